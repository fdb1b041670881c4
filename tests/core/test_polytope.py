"""LP helpers, vertices, centroids and uniform samplers of local weight sets."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from scipy import stats

from diva_desktop.core import polytope
from diva_desktop.core.errors import InfeasibleError
from diva_desktop.core.model import (
    AtLeast,
    Bound,
    CarWeights,
    Criterion,
    IntervalWeights,
    PreferenceSet,
    RankingWeights,
    Ratio,
    Statement,
    SwingWeights,
)
from diva_desktop.core.polytope import (
    BoxSampler,
    HitAndRunSampler,
    PointSampler,
    RejectionSampler,
    SimplexSampler,
    SwingSampler,
    TriangulationSampler,
    WeakOrderSampler,
    centroid,
    dirichlet1,
    enumerate_vertices,
    interior_point,
    make_sampler,
    reduce_polytope,
)
from diva_desktop.core.preferences import LocalSet, contracted, local_set, vertices


def node(n: int) -> Criterion:
    return Criterion("root", "root", children=tuple(Criterion(f"c{i}", f"c{i}") for i in range(n)))


def order(n: int) -> tuple[tuple[str, ...], ...]:
    return tuple((f"c{i}",) for i in range(n))


def check_rows(ls: LocalSet) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    return ls.A_ub, ls.b_ub, ls.A_eq, ls.b_eq


def max_violation(ls: LocalSet, W: np.ndarray) -> float:
    v = max(0.0, float(-W.min()))
    if ls.A_ub.shape[0]:
        v = max(v, float((W @ ls.A_ub.T - ls.b_ub).max()))
    v = max(v, float(np.abs(W @ ls.A_eq.T - ls.b_eq).max()))
    return v


def rejection_reference(ls: LocalSet, rng: np.random.Generator, k: int) -> np.ndarray:
    """Exact uniform samples by plain rejection from Dirichlet(1) (independent of make_sampler)."""
    out: list[np.ndarray] = []
    got = 0
    while got < k:
        W = dirichlet1(rng, 200_000, ls.n)
        ok = np.ones(W.shape[0], dtype=bool)
        if ls.A_ub.shape[0]:
            ok &= (ls.b_ub >= W @ ls.A_ub.T).all(axis=1)
        out.append(W[ok])
        got += int(ok.sum())
    return np.vstack(out)[:k]


# ---------------------------------------------------------------------------
# LP helpers
# ---------------------------------------------------------------------------


def test_interior_point_and_implied_equalities() -> None:
    ls = local_set(node(3), IntervalWeights({}, constraints=(Ratio("c0", "c1", min=2.0, max=2.0),)))
    res = interior_point(*check_rows(ls))
    assert res is not None
    x, radius = res
    assert radius > 0
    assert x[0] == pytest.approx(2 * x[1])
    red = reduce_polytope(*check_rows(ls))
    assert red is not None
    assert red.dim == 1  # the ratio rows are an implied equality
    assert len(red.implied) == 2
    assert (red.h > 0).all()


def test_interior_point_of_a_single_point_and_of_an_empty_set() -> None:
    A_ub = np.array([[-1.0, 0.0], [0.0, -1.0]])
    res = interior_point(A_ub, [-0.5, -0.5], [[1.0, 1.0]], [1.0])
    assert res is not None
    assert res[0].tolist() == pytest.approx([0.5, 0.5])
    assert res[1] == 0.0
    assert interior_point(A_ub, [-0.6, -0.5], [[1.0, 1.0]], [1.0]) is None
    assert not polytope.lp_feasible(A_ub, [-0.6, -0.5], [[1.0, 1.0]], [1.0])
    assert polytope.lp_optimize([1.0, 0.0], A_ub, [-0.6, -0.5], [[1.0, 1.0]], [1.0]) is None


def test_enumerate_vertices_of_the_simplex_and_a_limit() -> None:
    V = enumerate_vertices(np.zeros((0, 4)), np.zeros(0), np.ones((1, 4)), [1.0])
    assert V is not None
    assert np.allclose(np.sort(V, axis=0), np.sort(np.eye(4), axis=0))
    # strict ranking of 6: closed form (1/k, …, 1/k, 0, …, 0)
    ls = local_set(node(6), RankingWeights(order(6)))
    V = enumerate_vertices(*check_rows(ls))
    assert V is not None and V.shape == (6, 6)
    want = np.array([[1 / k if i < k else 0.0 for i in range(6)] for k in range(1, 7)])
    assert sorted(map(tuple, np.round(V, 12))) == sorted(map(tuple, np.round(want, 12)))
    box = local_set(node(6), IntervalWeights({f"c{i}": (0.1, 0.25) for i in range(6)}))
    assert enumerate_vertices(*check_rows(box), limit=3) is None


def test_vertices_thirty_criteria_ranking_with_bounds_is_fast() -> None:
    n = 30
    pref = RankingWeights(order(n), constraints=(Bound("c0", max=0.2), Bound("c29", min=0.005)))
    ls = local_set(node(n), pref)
    V = vertices(ls)
    assert V is not None
    for v in V:
        assert ls.contains(v)


# ---------------------------------------------------------------------------
# Centroids
# ---------------------------------------------------------------------------


def test_centroid_of_the_simplex_and_of_a_ranking() -> None:
    ls = local_set(node(5), IntervalWeights({}))
    c, note = centroid(ls)
    assert note is None
    assert c.tolist() == pytest.approx([0.2] * 5)
    ls = local_set(node(3), RankingWeights(order(3)))
    c, note = centroid(ls)
    # the triangle (1,0,0), (1/2,1/2,0), (1/3,1/3,1/3): centroid = mean of vertices = ROC
    assert c.tolist() == pytest.approx([11 / 18, 5 / 18, 2 / 18])
    assert note is None


def test_centroid_of_a_square_is_not_the_vertex_mean() -> None:
    # a quadrilateral whose vertex mean differs from its centroid
    ls = local_set(node(3), IntervalWeights({"c0": (0.0, 0.5), "c1": (0.0, 0.2)}))
    V = vertices(ls)
    assert V is not None and V.shape[0] == 4
    c, _ = centroid(ls)
    # by hand: split into the rectangle [0,0.5]×[0,0.2] (area 0.1) in (w0, w1)
    assert c[:2].tolist() == pytest.approx([0.25, 0.1])
    tri = polytope.triangulate(np.array([[0.0, 0, 1], [1, 0, 0], [0.9, 0.1, 0], [0, 0.1, 0.9]]))
    assert tri is not None
    V4 = np.array([[0.0, 0, 1], [1, 0, 0], [0.9, 0.1, 0], [0, 0.1, 0.9]])
    assert not np.allclose(tri.centroid, V4.mean(axis=0))


# ---------------------------------------------------------------------------
# Samplers: exactness and uniformity
# ---------------------------------------------------------------------------


def test_dirichlet_marginal_on_the_3_simplex() -> None:
    rng = np.random.default_rng(11)
    W = make_sampler(local_set(node(3), IntervalWeights({}))).sample(rng, 20_000)
    assert W.shape == (20_000, 3)
    # the marginal of one weight on the 2-simplex in R^3 has density 2(1 − x), CDF 1 − (1 − x)²
    for j in range(3):
        res = stats.kstest(W[:, j], lambda x: 1 - (1 - np.clip(x, 0, 1)) ** 2)
        assert res.pvalue > 1e-3


def test_ranking_sampler_agrees_with_rejection_from_dirichlet() -> None:
    ls = local_set(node(4), RankingWeights(order(4)))
    sampler = make_sampler(ls)
    assert isinstance(sampler, WeakOrderSampler)
    rng = np.random.default_rng(5)
    W = sampler.sample(rng, 40_000)
    assert (np.diff(W, axis=1) <= 0).all()
    assert max_violation(ls, W) <= 1e-12
    D = dirichlet1(rng, 600_000, 4)
    ref = D[(np.diff(D, axis=1) <= 0).all(axis=1)]  # 1/24 of them
    assert ref.shape[0] > 20_000
    assert W.mean(axis=0) == pytest.approx(ref.mean(axis=0), abs=3e-3)
    assert W.mean(axis=0) == pytest.approx([25 / 48, 13 / 48, 7 / 48, 3 / 48], abs=3e-3)  # ROC
    for j in range(4):
        qs = [0.1, 0.5, 0.9]
        assert np.quantile(W[:, j], qs) == pytest.approx(np.quantile(ref[:, j], qs), abs=5e-3)
        assert stats.ks_2samp(W[:20_000, j], ref[:20_000, j]).pvalue > 1e-3


def test_weak_order_with_ties_is_uniform() -> None:
    # groups {c0, c1} ≥ {c2}: uniform on the triangle (½,½,0), (⅓,⅓,⅓)… a segment in fact
    ls = local_set(node(3), RankingWeights((("c0", "c1"), ("c2",))))
    rng = np.random.default_rng(2)
    W = make_sampler(ls).sample(rng, 20_000)
    assert np.allclose(W[:, 0], W[:, 1])
    # the set is the segment from (½,½,0) to (⅓,⅓,⅓): w2 is uniform on [0, ⅓]
    assert stats.kstest(W[:, 2], "uniform", args=(0, 1 / 3)).pvalue > 1e-3
    # 4 children in groups {c0}, {c1, c2}, {c3}: compare with group-space rejection
    ls = local_set(node(4), RankingWeights((("c0",), ("c1", "c2"), ("c3",))))
    W = make_sampler(ls).sample(rng, 30_000)
    assert np.allclose(W[:, 1], W[:, 2])
    # uniform on {x0 ≥ x1 ≥ x2 ≥ 0, x0 + 2 x1 + x3 = 1}: parametrise by (x0, x1, x3) ∈ simplex-like set
    # via rejection: draw (a, b, c) uniform on the simplex, x = (a, b/2, c) — an affine bijection
    D = dirichlet1(rng, 400_000, 3)
    X = np.column_stack([D[:, 0], D[:, 1] / 2, D[:, 2]])
    X = X[(X[:, 0] >= X[:, 1]) & (X[:, 1] >= X[:, 2])]
    for col, j in ((0, 0), (1, 1), (2, 3)):
        assert stats.ks_2samp(W[:, j], X[:30_000, col]).pvalue > 1e-3


def test_car_sampler_is_the_weak_order() -> None:
    ls = local_set(node(4), CarWeights(("c0", "c1", "c2", "c3"), (1, 0, 2)))
    sampler = make_sampler(ls)
    assert isinstance(sampler, WeakOrderSampler)
    W = sampler.sample(np.random.default_rng(0), 1000)
    assert np.allclose(W[:, 1], W[:, 2])
    assert max_violation(ls, W) <= 1e-12


def test_rejection_sampler_is_uniform() -> None:
    n = 5
    pref = IntervalWeights({f"c{i}": (0.05, 0.4) for i in range(n)}, constraints=(Ratio("c0", "c1", min=1.0),))
    ls = local_set(node(n), pref)
    sampler = make_sampler(ls)
    rng = np.random.default_rng(9)
    W = sampler.sample(rng, 20_000)
    assert max_violation(ls, W) <= 1e-9
    ref = rejection_reference(ls, rng, 20_000)
    assert W.mean(axis=0) == pytest.approx(ref.mean(axis=0), abs=3e-3)
    for j in range(n):
        assert stats.ks_2samp(W[:, j], ref[:, j]).pvalue > 1e-3


@pytest.mark.parametrize("case", ["precise", "constraint", "no precise child"])
def test_swing_sampler_is_uniform(case: str) -> None:
    points = {"c0": (100.0, 100.0), "c1": (40.0, 80.0), "c2": (10.0, 60.0), "c3": (20.0, 30.0)}
    if case == "no precise child":
        points["c0"] = (90.0, 110.0)
    constraints = (Ratio("c1", "c2", max=2.0),) if case == "constraint" else ()
    ls = local_set(node(4), SwingWeights(points, constraints=constraints))
    sampler = make_sampler(ls)
    if case == "precise":
        assert isinstance(sampler, SwingSampler)
    else:
        base = polytope.swing_sampler(ls)
        assert base is not None
        if case == "no precise child":
            assert base.ref == 0 and "relative to c0" in base.description
        sampler = RejectionSampler(base, *check_rows(ls), acceptance=0.5)
    rng = np.random.default_rng(17)
    W = sampler.sample(rng, 30_000)
    assert max_violation(ls, W) <= 1e-9
    ref = rejection_reference(ls, rng, 30_000)
    assert W.mean(axis=0) == pytest.approx(ref.mean(axis=0), abs=3e-3)
    for j in range(4):
        assert stats.ks_2samp(W[:, j], ref[:, j]).pvalue > 1e-3
    tri = polytope.triangulate(vertices(ls))  # type: ignore[arg-type]
    assert tri is not None
    assert W.mean(axis=0) == pytest.approx(tri.centroid, abs=3e-3)


def test_swing_sampler_agrees_with_hit_and_run_in_nine_dimensions() -> None:
    points = {"c0": (100.0, 100.0)} | {f"c{i}": (8.0 * i, 8.0 * i + 25) for i in range(1, 10)}
    ls = local_set(node(10), SwingWeights(points))
    exact = make_sampler(ls)
    assert isinstance(exact, SwingSampler)
    rng = np.random.default_rng(3)
    W = exact.sample(rng, 20_000)
    red = reduce_polytope(*check_rows(ls))
    assert red is not None
    H = HitAndRunSampler(red, check_rows(ls), vertices=vertices(ls)).sample(rng, 20_000)
    assert max_violation(ls, W) <= 1e-9
    assert W.mean(axis=0) == pytest.approx(H.mean(axis=0), abs=1e-3)
    for j in range(10):
        assert stats.ks_2samp(W[:, j], H[:, j]).pvalue > 1e-3


def test_box_sampler_is_uniform() -> None:
    n = 5
    pref = IntervalWeights({f"c{i}": (0.1, 0.35) for i in range(n)}, constraints=(AtLeast("c0", "c1"),))
    ls = local_set(node(n), pref)
    lower, upper = np.full(n, 0.1), np.full(n, 0.35)
    base = BoxSampler(lower, upper)
    sampler = RejectionSampler(base, *check_rows(ls), acceptance=0.5)
    rng = np.random.default_rng(23)
    W = sampler.sample(rng, 20_000)
    assert max_violation(ls, W) <= 1e-9
    ref = rejection_reference(ls, rng, 20_000)
    assert W.mean(axis=0) == pytest.approx(ref.mean(axis=0), abs=3e-3)
    for j in range(n):
        assert stats.ks_2samp(W[:, j], ref[:, j]).pvalue > 1e-3


def test_triangulation_sampler_is_uniform() -> None:
    pref = IntervalWeights({"c0": (0.3, 0.6), "c1": (0.2, 0.5)}, constraints=(AtLeast("c0", "c2"),))
    ls = local_set(node(3), pref)
    sampler = make_sampler(ls)
    assert isinstance(sampler, TriangulationSampler)
    rng = np.random.default_rng(4)
    W = sampler.sample(rng, 30_000)
    assert max_violation(ls, W) <= 1e-9
    ref = rejection_reference(ls, rng, 30_000)
    assert W.mean(axis=0) == pytest.approx(ref.mean(axis=0), abs=3e-3)
    assert W.mean(axis=0) == pytest.approx(ls.focal, abs=3e-3)  # the focal point is the exact centroid
    for j in range(3):
        assert stats.ks_2samp(W[:, j], ref[:, j]).pvalue > 1e-3


@pytest.mark.parametrize(
    "pref",
    [
        IntervalWeights({"c0": (0.1, 0.5), "c1": (0.1, 0.3)}, constraints=(Ratio("c2", "c3", min=0.5, max=1.5),)),
        RankingWeights(order(4), constraints=(Bound("c0", max=0.45),)),
    ],
)
def test_hit_and_run_matches_exact_sampling(pref: PreferenceSet) -> None:
    """The chosen burn-in and thinning give the uniform law (means, KS on marginals)."""
    ls = local_set(node(4), pref)
    red = reduce_polytope(*check_rows(ls))
    assert red is not None
    rng = np.random.default_rng(21)
    sampler = HitAndRunSampler(red, check_rows(ls), vertices=vertices(ls), chains=500)
    assert sampler.thinning == 5 * 3 + 5 and sampler.burn_in == 50 * 3
    first = sampler.sample(rng, 4000)  # 8 outputs from each of 500 chains
    second = sampler.sample(rng, 4000)  # chunk-wise: the chains go on
    W = np.vstack([first, second])
    assert max_violation(ls, W) <= 1e-9
    ref = rejection_reference(ls, rng, 40_000)
    assert W.mean(axis=0) == pytest.approx(ref.mean(axis=0), abs=4e-3)
    for j in range(4):
        assert stats.ks_2samp(W[:, j], ref[:, j]).pvalue > 1e-3
    assert "hit-and-run" in sampler.description and "thinning 20" in sampler.description


@pytest.mark.parametrize(
    "pref",
    [
        IntervalWeights({f"c{i}": (0.03, 0.2) for i in range(10)}, constraints=(Ratio("c0", "c1", min=1, max=2),)),
        RankingWeights(order(10), constraints=(Ratio("c0", "c1", max=1.3), Bound("c2", max=0.15))),
    ],
)
def test_hit_and_run_in_nine_dimensions_matches_rejection(pref: PreferenceSet) -> None:
    ls = local_set(node(10), pref)
    red = reduce_polytope(*check_rows(ls))
    assert red is not None and red.dim == 9
    rng = np.random.default_rng(13)
    W = HitAndRunSampler(red, check_rows(ls), vertices=vertices(ls)).sample(rng, 20_000)
    exact = make_sampler(ls)
    assert isinstance(exact, RejectionSampler)
    R = exact.sample(rng, 20_000)
    assert max_violation(ls, W) <= 1e-9
    assert W.mean(axis=0) == pytest.approx(R.mean(axis=0), abs=2e-3)
    assert W.std(axis=0) == pytest.approx(R.std(axis=0), rel=0.03)
    for j in range(10):
        assert stats.ks_2samp(W[:, j], R[:, j]).pvalue > 1e-3


def test_hit_and_run_without_vertices_uses_pilot_rounding() -> None:
    pref = IntervalWeights({"c0": (0.1, 0.5)}, constraints=(Ratio("c1", "c2", min=0.5, max=1.5),))
    ls = local_set(node(3), pref)
    red = reduce_polytope(*check_rows(ls))
    assert red is not None
    rng = np.random.default_rng(8)
    W = HitAndRunSampler(red, check_rows(ls), chains=1000).sample(rng, 8000)
    ref = rejection_reference(ls, rng, 20_000)
    assert max_violation(ls, W) <= 1e-9
    for j in range(3):
        assert stats.ks_2samp(W[:, j], ref[:, j]).pvalue > 1e-3


def test_hit_and_run_on_a_lower_dimensional_set() -> None:
    # an implied equality: c0 = 2 c1 via ratio min = max, plus a bound that cuts the set
    pref = IntervalWeights({"c2": (0.1, 0.6)}, constraints=(Ratio("c0", "c1", min=2.0, max=2.0),))
    ls = local_set(node(5), pref)
    red = reduce_polytope(*check_rows(ls))
    assert red is not None and red.dim == 3
    W = HitAndRunSampler(red, check_rows(ls), chains=200).sample(np.random.default_rng(0), 2000)
    assert np.allclose(W[:, 0], 2 * W[:, 1], atol=1e-12)
    assert max_violation(ls, W) <= 1e-9


def test_large_set_falls_back_on_hit_and_run() -> None:
    n = 10
    pref = RankingWeights(order(n), constraints=(Ratio("c0", "c1", min=2.0, max=2.2), Ratio("c1", "c2", min=2.0)))
    ls = local_set(node(n), pref)
    sampler = make_sampler(ls)
    assert isinstance(sampler, HitAndRunSampler | RejectionSampler)
    W = sampler.sample(np.random.default_rng(0), 3000)
    assert W.shape == (3000, n)
    assert max_violation(ls, W) <= 1e-9


@pytest.mark.parametrize(
    "pref",
    [
        RankingWeights((("c0", "c1", "c2"),)),
        IntervalWeights({"c0": (0.5, 0.5), "c1": (0.3, 0.3)}),
        IntervalWeights({"c0": (0.5, 1.0), "c1": (0.3, 1.0), "c2": (0.2, 1.0)}),
        SwingWeights({"c0": (10.0, 10.0), "c1": (5.0, 5.0), "c2": (5.0, 5.0)}),
    ],
)
def test_degenerate_sets_sample_their_point(pref: PreferenceSet) -> None:
    ls = local_set(node(3), pref)
    sampler = make_sampler(ls)
    W = sampler.sample(np.random.default_rng(0), 100)
    assert W.shape == (100, 3)
    assert np.allclose(W, ls.focal, atol=1e-9)
    assert max_violation(ls, W) <= 1e-9
    V = vertices(ls)
    assert V is not None and V.shape[0] == 1


def test_point_sampler_for_an_equal_point() -> None:
    ls = local_set(node(4), None)
    sampler = make_sampler(ls)
    assert isinstance(sampler, PointSampler)
    assert np.allclose(sampler.sample(np.random.default_rng(0), 5), 0.25)


def test_simplex_sampler_variants() -> None:
    rng = np.random.default_rng(0)
    lower = np.array([0.1, 0.2, 0.0])
    W = SimplexSampler(lower, 0.7).sample(rng, 1000)
    assert (lower - 1e-15 <= W).all() and np.allclose(W.sum(axis=1), 1.0)
    upper = np.array([0.5, 0.5, 0.5])
    W = SimplexSampler(upper, -0.5).sample(rng, 1000)
    assert (upper + 1e-15 >= W).all() and np.allclose(W.sum(axis=1), 1.0)


def test_contracted_sampler() -> None:
    ls = local_set(node(4), RankingWeights(order(4)))
    rng = np.random.default_rng(0)
    W = make_sampler(contracted(ls, 1.0)).sample(rng, 50)
    assert np.allclose(W, ls.focal)
    half = contracted(ls, 0.5)
    W = make_sampler(half).sample(rng, 5000)
    assert max_violation(half, W) <= 1e-9
    assert W.mean(axis=0) == pytest.approx(ls.focal, abs=5e-3)  # ROC is the centroid, a fixed point
    assert np.allclose(make_sampler(contracted(ls, 0.0)).sample(rng, 3).sum(axis=1), 1.0)


@pytest.mark.parametrize(
    ("n", "pref"),
    [
        (4, SwingWeights({"c0": (100.0, 100.0), "c1": (40.0, 80.0), "c2": (10.0, 60.0), "c3": (20.0, 30.0)})),
        (10, IntervalWeights({f"c{i}": (0.08, 0.12) for i in range(10)}, constraints=(Ratio("c0", "c1", min=1.0),))),
        (10, SwingWeights({f"c{i}": (10.0 * (i + 1), 10.0 * (i + 1) + 15) for i in range(10)})),
        (10, RankingWeights(order(10), constraints=(Ratio("c0", "c1", min=2.0, max=2.2), Ratio("c1", "c2", min=2.0)))),
    ],
)
def test_sampler_is_reproducible_with_a_seed(n: int, pref: PreferenceSet) -> None:
    ls = local_set(node(n), pref)
    first = make_sampler(ls)  # runs the pilot
    a = [first.sample(np.random.default_rng(7), 500), first.sample(np.random.default_rng(8), 300)]
    second = make_sampler(ls)  # uses the cached choice
    b = [second.sample(np.random.default_rng(7), 500), second.sample(np.random.default_rng(8), 300)]
    assert first.description == second.description
    assert np.array_equal(a[0], b[0]) and np.array_equal(a[1], b[1])


# ---------------------------------------------------------------------------
# Property: every sample satisfies its node's statements
# ---------------------------------------------------------------------------


@st.composite
def statement_sets(draw: st.DrawFn) -> tuple[int, PreferenceSet]:
    n = draw(st.integers(2, 6))
    names = [f"c{i}" for i in range(n)]
    pair = st.tuples(st.sampled_from(names), st.sampled_from(names)).filter(lambda p: p[0] != p[1])
    frac = st.floats(0.0, 1.0).map(lambda x: round(x, 3))
    statements: list[Statement] = []
    for _ in range(draw(st.integers(0, 4))):
        kind = draw(st.sampled_from(["at_least", "ratio", "bound"]))
        if kind == "at_least":
            a, b = draw(pair)
            statements.append(AtLeast(a, b, draw(st.floats(-0.3, 0.3).map(lambda x: round(x, 3)))))
        elif kind == "ratio":
            a, b = draw(pair)
            lo = draw(st.floats(0.2, 3.0).map(lambda x: round(x, 2)))
            hi = draw(st.one_of(st.none(), st.floats(lo, 5.0).map(lambda x: round(x, 2))))
            statements.append(Ratio(a, b, min=lo, max=hi if hi is not None and hi >= lo else None))
        else:
            c = draw(st.sampled_from(names))
            lo2 = draw(frac)
            hi2 = draw(st.one_of(st.none(), st.floats(lo2, 1.0)))
            statements.append(Bound(c, min=lo2, max=hi2))
    method = draw(st.sampled_from(["ranking", "interval", "swing", "car"]))
    pref: PreferenceSet
    if method == "ranking":
        perm = draw(st.permutations(names))
        cuts = draw(st.lists(st.booleans(), min_size=n - 1, max_size=n - 1))
        groups: list[list[str]] = [[perm[0]]]
        for name, cut in zip(perm[1:], cuts, strict=True):
            if cut:
                groups.append([name])
            else:
                groups[-1].append(name)
        pref = RankingWeights(tuple(tuple(g) for g in groups), constraints=tuple(statements))
    elif method == "car":
        perm = draw(st.permutations(names))
        steps = tuple(draw(st.lists(st.integers(0, 3), min_size=n - 1, max_size=n - 1)))
        pref = CarWeights(tuple(perm), steps, constraints=tuple(statements))
    elif method == "interval":
        bounds = {}
        for c in names:
            if draw(st.booleans()):
                lo3 = draw(frac)
                bounds[c] = (lo3, draw(st.floats(lo3, 1.0)))
        pref = IntervalWeights(bounds, constraints=tuple(statements))
    else:
        points = {}
        for c in names:
            lo4 = draw(st.floats(1.0, 100.0))
            points[c] = (lo4, lo4 * draw(st.sampled_from([1.0, 1.5, 3.0])))
        pref = SwingWeights(points, constraints=tuple(statements))
    return n, pref


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(statement_sets())
def test_every_sample_satisfies_the_statements(case: tuple[int, PreferenceSet]) -> None:
    n, pref = case
    try:
        ls = local_set(node(n), pref)
    except InfeasibleError:
        return  # diagnosis is tested in test_preferences.py
    assert ls.contains(ls.focal, 1e-9)
    sampler = make_sampler(ls)
    rng = np.random.default_rng(0)
    for _ in range(2):  # chunk-wise
        W = sampler.sample(rng, 300)
        assert W.shape == (300, n)
        assert np.isfinite(W).all()
        assert max_violation(ls, W) <= 1e-9
    V = vertices(ls)
    if V is not None:
        for v in V:
            assert ls.contains(v, 1e-9)
