"""Local feasible sets, focal weights and diagnosis of imprecise preferences (spec §1.3)."""

from __future__ import annotations

import math
from fractions import Fraction

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from diva_desktop.core import polytope
from diva_desktop.core.errors import InfeasibleError, ModelError
from diva_desktop.core.model import (
    AtLeast,
    Bound,
    CarWeights,
    Criterion,
    IntervalWeights,
    Model,
    PointWeights,
    RankingWeights,
    Ratio,
    SwingWeights,
)
from diva_desktop.core.preferences import (
    LocalSet,
    car_weights,
    conflicting_statements,
    contracted,
    global_weight_samples,
    global_weights,
    local_set,
    node_sets,
    optimize,
    optimize_many,
    surrogate_weights,
    tied_surrogate_weights,
    vertices,
    weight_bounds,
)


def node(n: int, name: str = "root") -> Criterion:
    return Criterion(name, name, children=tuple(Criterion(f"c{i}", f"c{i}") for i in range(n)))


def order(n: int) -> tuple[tuple[str, ...], ...]:
    return tuple((f"c{i}",) for i in range(n))


# ---------------------------------------------------------------------------
# Surrogate weights: the literature's formulas, in exact fractions
# ---------------------------------------------------------------------------


def expected(n: int, kind: str) -> list[Fraction]:
    if kind == "roc":  # Barron & Barrett 1996
        return [sum((Fraction(1, j) for j in range(i, n + 1)), Fraction(0)) / n for i in range(1, n + 1)]
    if kind == "rs":  # Stillwell et al. 1981
        return [Fraction(2 * (n + 1 - i), n * (n + 1)) for i in range(1, n + 1)]
    if kind == "rr":
        total = sum((Fraction(1, j) for j in range(1, n + 1)), Fraction(0))
        return [Fraction(1, i) / total for i in range(1, n + 1)]
    if kind == "sr":  # Danielson & Ekenberg 2014
        raw = [Fraction(1, i) + Fraction(n + 1 - i, n) for i in range(1, n + 1)]
        return [r / sum(raw, Fraction(0)) for r in raw]
    return [Fraction(1, n)] * n


@pytest.mark.parametrize("kind", ["roc", "rs", "rr", "sr", "ew"])
@pytest.mark.parametrize("n", [2, 3, 4, 5, 6])
def test_surrogate_tables(n: int, kind: str) -> None:
    got = surrogate_weights(n, kind)
    assert got.shape == (n,)
    for g, e in zip(got, expected(n, kind), strict=True):
        assert g == pytest.approx(float(e), abs=1e-15)
    assert got.sum() == pytest.approx(1.0, abs=1e-14)
    assert np.all(np.diff(got) <= 1e-15)


def test_published_values() -> None:
    assert np.round(surrogate_weights(3, "roc"), 4).tolist() == [0.6111, 0.2778, 0.1111]
    assert surrogate_weights(4, "rs").tolist() == pytest.approx([0.4, 0.3, 0.2, 0.1])
    assert surrogate_weights(3, "rr").tolist() == pytest.approx([6 / 11, 3 / 11, 2 / 11])
    assert surrogate_weights(3, "sr").tolist() == pytest.approx([12 / 23, 7 / 23, 4 / 23])
    assert np.round(surrogate_weights(4, "roc"), 4).tolist() == [0.5208, 0.2708, 0.1458, 0.0625]


def test_unknown_surrogate() -> None:
    with pytest.raises(ValueError, match="unknown surrogate"):
        surrogate_weights(3, "xyz")


@pytest.mark.parametrize("kind", ["roc", "rs", "rr", "sr", "ew"])
def test_ties_get_mean_of_positions(kind: str) -> None:
    base = expected(6, kind)
    got = tied_surrogate_weights([1, 3, 2], kind)
    want = [base[0]] + [sum(base[1:4], Fraction(0)) / 3] * 3 + [sum(base[4:6], Fraction(0)) / 2] * 2
    assert got.tolist() == pytest.approx([float(x) for x in want], abs=1e-15)
    assert got.sum() == pytest.approx(1.0)
    assert tied_surrogate_weights([1, 1, 1], kind).tolist() == pytest.approx(surrogate_weights(3, kind).tolist())


def test_car_equals_sr_when_every_step_is_one() -> None:
    for n in range(2, 8):
        assert car_weights([1] * (n - 1)).tolist() == pytest.approx(surrogate_weights(n, "sr").tolist())


def test_car_by_hand() -> None:
    # steps [2]: p = (1, 3), Q = 3; w ∝ (1 + 3/3, 1/3 + 1/3) = (2, 2/3)
    assert car_weights([2]).tolist() == pytest.approx([0.75, 0.25])
    # a step 0 gives equal weights
    w = car_weights([0, 3, 1])
    assert w[0] == pytest.approx(w[1])
    assert w[1] > w[2] > w[3]
    assert car_weights([]).tolist() == [1.0]
    with pytest.raises(ValueError):
        car_weights([4])


# ---------------------------------------------------------------------------
# Feasible sets of each method
# ---------------------------------------------------------------------------


def test_ranking_set_vertices_and_focal() -> None:
    ls = local_set(node(3), RankingWeights(order(3)))
    assert ls.method == "ranking"
    assert ls.children == ("c0", "c1", "c2")
    V = vertices(ls)
    assert V is not None
    want = np.array([[1, 0, 0], [0.5, 0.5, 0], [1 / 3, 1 / 3, 1 / 3]])
    assert sorted(map(tuple, np.round(V, 12))) == sorted(map(tuple, np.round(want, 12)))
    assert ls.focal.tolist() == pytest.approx([11 / 18, 5 / 18, 2 / 18])
    assert "ranking: c0 ≥ c1" in ls.labels_ub
    assert ls.labels_eq[0] == "sum of weights = 1"
    assert np.allclose(ls.A_eq[0], 1.0)
    # same vertices by the double-description method from the unit simplex
    V2 = polytope.enumerate_vertices(ls.A_ub, ls.b_ub, ls.A_eq, ls.b_eq)
    assert V2 is not None
    assert sorted(map(tuple, np.round(V2, 12))) == sorted(map(tuple, np.round(want, 12)))


def test_ranking_in_other_than_tree_order() -> None:
    ls = local_set(node(3), RankingWeights((("c2",), ("c0",), ("c1",)), surrogate="rs"))
    assert ls.focal.tolist() == pytest.approx([2 / 6, 1 / 6, 3 / 6])
    lo, hi = weight_bounds(ls)
    assert lo.tolist() == pytest.approx([0, 0, 1 / 3])
    assert hi.tolist() == pytest.approx([0.5, 1 / 3, 1.0])


def test_ranking_with_ties() -> None:
    ls = local_set(node(4), RankingWeights((("c0", "c1"), ("c2",), ("c3",))))
    assert "ranking: c0 = c1" in ls.labels_eq
    assert ls.focal[0] == pytest.approx(ls.focal[1])
    roc = surrogate_weights(4, "roc")
    assert ls.focal[0] == pytest.approx((roc[0] + roc[1]) / 2)
    V = vertices(ls)
    assert V is not None
    want = np.array([[0.5, 0.5, 0, 0], [1 / 3, 1 / 3, 1 / 3, 0], [0.25] * 4])
    assert sorted(map(tuple, np.round(V, 12))) == sorted(map(tuple, np.round(want, 12)))


def test_all_tied_is_a_point() -> None:
    ls = local_set(node(3), RankingWeights((("c0", "c1", "c2"),)))
    V = vertices(ls)
    assert V is not None and V.shape == (1, 3)
    assert V[0].tolist() == pytest.approx([1 / 3] * 3)
    assert ls.focal.tolist() == pytest.approx([1 / 3] * 3)


def test_car_set() -> None:
    ls = local_set(node(4), CarWeights(("c3", "c0", "c1", "c2"), (2, 0, 1)))
    assert ls.method == "car"
    assert "car: c0 = c1" in ls.labels_eq
    assert "car: c3 ≥ c0" in ls.labels_ub
    w = car_weights([2, 0, 1])
    assert ls.focal.tolist() == pytest.approx([w[1], w[2], w[3], w[0]])
    assert ls.contains(ls.focal)


def test_interval_set() -> None:
    ls = local_set(node(3), IntervalWeights({"c0": (0.3, 0.6), "c1": (0.2, 0.5)}))
    lo, hi = weight_bounds(ls)
    assert lo.tolist() == pytest.approx([0.3, 0.2, 0.0])
    assert hi.tolist() == pytest.approx([0.6, 0.5, 0.5])
    assert "interval c0 ∈ [0.3, 0.6]" in ls.labels_ub
    # the focal point is the exact centroid of the pentagon, by the shoelace formula
    V = vertices(ls)
    assert V is not None and V.shape[0] == 5
    pts = V[:, :2]
    c = pts.mean(axis=0)
    pts = pts[np.argsort(np.arctan2(pts[:, 1] - c[1], pts[:, 0] - c[0]))]
    x, y = pts[:, 0], pts[:, 1]
    x1, y1 = np.roll(x, -1), np.roll(y, -1)
    cross = x * y1 - x1 * y
    area = cross.sum() / 2
    cx = ((x + x1) * cross).sum() / (6 * area)
    cy = ((y + y1) * cross).sum() / (6 * area)
    assert ls.focal[:2].tolist() == pytest.approx([cx, cy], abs=1e-12)
    assert ls.focal_note is None


def test_swing_set_ratio_bounds() -> None:
    pts = {"c0": (100.0, 100.0), "c1": (50.0, 70.0), "c2": (20.0, 40.0)}
    ls = local_set(node(3), SwingWeights(pts))
    mid = np.array([100, 60, 30]) / 190
    assert ls.focal.tolist() == pytest.approx(mid.tolist())
    V = vertices(ls)
    assert V is not None
    # a ratio of linear functions is extreme at vertices
    for j in range(3):
        for k in range(3):
            if j == k:
                continue
            r = V[:, j] / V[:, k]
            lj, hj = pts[f"c{j}"]
            lk, hk = pts[f"c{k}"]
            assert r.min() == pytest.approx(lj / hk)
            assert r.max() == pytest.approx(hj / lk)
    # the same vertices by double description
    V2 = polytope.enumerate_vertices(ls.A_ub, ls.b_ub, ls.A_eq, ls.b_eq)
    assert V2 is not None
    assert sorted(map(tuple, np.round(V2, 10))) == sorted(map(tuple, np.round(V, 10)))


def test_precise_swing_is_a_point() -> None:
    ls = local_set(node(3), SwingWeights({"c0": (100.0, 100.0), "c1": (50.0, 50.0), "c2": (50.0, 50.0)}))
    V = vertices(ls)
    assert V is not None and V.shape[0] == 1
    assert V[0].tolist() == pytest.approx([0.5, 0.25, 0.25])


def test_point_and_default() -> None:
    ls = local_set(node(3), PointWeights({"c0": 2.0, "c1": 1.0, "c2": 1.0}))
    assert ls.focal.tolist() == pytest.approx([0.5, 0.25, 0.25])
    lo, hi = weight_bounds(ls)
    assert lo.tolist() == pytest.approx(hi.tolist())
    d = local_set(node(4), None)
    assert d.method == "point"
    assert d.focal.tolist() == pytest.approx([0.25] * 4)


def test_extra_statements_rows() -> None:
    pref = IntervalWeights(
        {},
        constraints=(
            AtLeast("c0", "c1", 0.1),
            Ratio("c1", "c2", min=0.5, max=2.0),
            Bound("c2", min=0.2, max=0.4),
        ),
    )
    ls = local_set(node(3), pref)
    assert set(ls.labels_ub) == {
        "at_least c0 − c1 ≥ 0.1",
        "ratio c1/c2 ≥ 0.5",
        "ratio c1/c2 ≤ 2",
        "bound c2 ≥ 0.2",
        "bound c2 ≤ 0.4",
    }
    assert ls.violated([0.3, 0.25, 0.45]) == ["at_least c0 − c1 ≥ 0.1", "bound c2 ≤ 0.4"]
    assert ls.violated([0.7, 0.05, 0.25]) == ["ratio c1/c2 ≥ 0.5"]
    V = vertices(ls)
    assert V is not None
    for v in V:
        assert ls.contains(v)
    assert ls.contains(ls.focal)


def test_method_focal_violating_constraint_uses_centroid() -> None:
    pref = RankingWeights(order(3), constraints=(Bound("c0", max=0.5),))
    ls = local_set(node(3), pref)
    assert ls.contains(ls.focal)
    assert ls.focal_note is not None and "bound c0 ≤ 0.5" in ls.focal_note
    # exact: the set is the triangle (1/2,1/2,0), (1/3,1/3,1/3), (1/2,1/4,1/4)
    assert ls.focal.tolist() == pytest.approx([4 / 9, 13 / 36, 7 / 36])


def test_estimated_centroid_names_samples_and_seed() -> None:
    n = 10
    pref = IntervalWeights({f"c{i}": (0.05, 0.2) for i in range(n)})
    ls = local_set(node(n), pref)
    assert ls.focal_note is not None
    assert "20000 uniform samples" in ls.focal_note and "seed 0" in ls.focal_note
    assert ls.contains(ls.focal)
    assert ls.focal.tolist() == pytest.approx([0.1] * n, abs=2e-3)


def test_explicit_focal() -> None:
    pref = RankingWeights(order(3), focal={"c0": 0.5, "c1": 0.3, "c2": 0.2})
    ls = local_set(node(3), pref)
    assert ls.focal.tolist() == pytest.approx([0.5, 0.3, 0.2])
    bad = RankingWeights(order(3), focal={"c0": 0.2, "c1": 0.3, "c2": 0.5})
    with pytest.raises(ModelError, match="root") as info:
        local_set(node(3), bad)
    assert info.value.problems[0].code == "focal_outside"
    assert "ranking: c0 ≥ c1" in info.value.problems[0].text


# ---------------------------------------------------------------------------
# Infeasibility
# ---------------------------------------------------------------------------


def test_two_bounds_conflict() -> None:
    pref = IntervalWeights({}, constraints=(Bound("c0", min=0.7), Bound("c1", max=0.3), Bound("c2", min=0.4)))
    with pytest.raises(InfeasibleError) as info:
        local_set(node(3), pref)
    err = info.value
    assert err.node == "root"
    assert err.conflict == ["bound c0 ≥ 0.7", "bound c2 ≥ 0.4"]
    assert "bound c0 ≥ 0.7 conflicts with bound c2 ≥ 0.4" in str(err)
    assert err.problems[0].location == "weights.root"


def test_ranking_conflict_is_minimal() -> None:
    pref = RankingWeights(order(3), constraints=(Bound("c2", min=0.4), Bound("c0", max=0.9)))
    with pytest.raises(InfeasibleError) as info:
        local_set(node(3), pref)
    assert sorted(info.value.conflict) == sorted(["ranking: c0 ≥ c1", "ranking: c1 ≥ c2", "bound c2 ≥ 0.4"])
    assert "conflict" in str(info.value)


def test_interval_sum_conflict() -> None:
    pref = IntervalWeights({"c0": (0.5, 0.6), "c1": (0.4, 0.5), "c2": (0.2, 0.3)})
    with pytest.raises(InfeasibleError) as info:
        local_set(node(3), pref)
    # every pair is feasible (0.5 + 0.4 + 0.1 = 1 …), all three are not
    assert len(info.value.conflict) == 3
    assert str(info.value).endswith(
        "interval c0 ∈ [0.5, 0.6], interval c1 ∈ [0.4, 0.5] and interval c2 ∈ [0.2, 0.3] conflict"
    )


def test_single_statement_conflict_with_the_simplex() -> None:
    pref = IntervalWeights({}, constraints=(AtLeast("c0", "c1", 1.0), Bound("c1", min=0.1)))
    with pytest.raises(InfeasibleError) as info:
        local_set(node(2), pref)
    assert sorted(info.value.conflict) == ["at_least c0 − c1 ≥ 1", "bound c1 ≥ 0.1"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.integers(min_value=2, max_value=5).flatmap(
        lambda n: st.tuples(
            st.just(n),
            st.lists(
                st.tuples(
                    st.integers(0, n - 1),
                    st.sampled_from(["min", "max"]),
                    st.floats(0.05, 0.95).map(lambda x: round(x, 2)),
                ),
                min_size=1,
                max_size=6,
            ),
        )
    )
)
def test_reported_conflicts_are_minimal(case: tuple[int, list[tuple[int, str, float]]]) -> None:
    n, specs = case
    statements = tuple(
        Bound(f"c{i}", min=v) if kind == "min" else Bound(f"c{i}", max=v) for i, kind, v in specs
    )
    pref = RankingWeights(order(n), constraints=statements)
    rows = _build_rows(n, pref)
    labels = set(rows.labels_ub) | set(rows.labels_eq[1:])
    if _feasible(rows, labels):
        ls = local_set(node(n), pref)
        assert ls.contains(ls.focal)
        return
    with pytest.raises(InfeasibleError) as info:
        local_set(node(n), pref)
    conflict = set(info.value.conflict)
    assert conflict <= labels
    assert not _feasible(rows, conflict)
    for s in conflict:
        assert _feasible(rows, conflict - {s}), s


def _build_rows(n: int, pref: RankingWeights) -> LocalSet:
    # the same rows without the feasibility check: build from an unconstrained set plus rows
    base = local_set(node(n), RankingWeights(pref.order))
    rows_ub = [base.A_ub]
    b_ub = [base.b_ub]
    labels = list(base.labels_ub)
    for s in pref.constraints:
        assert isinstance(s, Bound)
        i = int(s.criterion[1:])
        e = np.zeros((1, n))
        if s.min is not None:
            e[0, i] = -1.0
            rows_ub.append(e)
            b_ub.append(np.array([-s.min]))
            labels.append(f"bound {s.criterion} ≥ {s.min:g}")
        else:
            assert s.max is not None
            e[0, i] = 1.0
            rows_ub.append(e)
            b_ub.append(np.array([s.max]))
            labels.append(f"bound {s.criterion} ≤ {s.max:g}")
    return LocalSet(
        base.node,
        base.children,
        np.vstack(rows_ub),
        np.concatenate(b_ub),
        base.A_eq,
        base.b_eq,
        tuple(labels),
        base.labels_eq,
        base.focal,
    )


def _feasible(ls: LocalSet, keep: set[str]) -> bool:
    mu = np.array([lab in keep for lab in ls.labels_ub], dtype=bool)
    me = np.array([i == 0 or lab in keep for i, lab in enumerate(ls.labels_eq)], dtype=bool)
    return polytope.lp_feasible(ls.A_ub[mu], ls.b_ub[mu], ls.A_eq[me], ls.b_eq[me])


def test_conflicting_statements_feasible_is_empty() -> None:
    ls = local_set(node(3), RankingWeights(order(3)))
    assert (
        conflicting_statements(ls.A_ub, ls.b_ub, ls.A_eq, ls.b_eq, labels_ub=ls.labels_ub, labels_eq=ls.labels_eq)
        == []
    )


# ---------------------------------------------------------------------------
# Bad input
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "pref",
    [
        IntervalWeights({}, constraints=(Ratio("c0", "c1", min=0.0),)),
        IntervalWeights({}, constraints=(Ratio("c0", "c1", min=-1.0),)),
        IntervalWeights({}, constraints=(Ratio("c0", "c1", max=math.nan),)),
        IntervalWeights({}, constraints=(Ratio("c0", "c1", min=math.inf),)),
        IntervalWeights({}, constraints=(Ratio("c0", "c0", min=1.0),)),
        IntervalWeights({}, constraints=(Ratio("c0", "c1"),)),
        IntervalWeights({}, constraints=(Bound("c0", min=2.0),)),
        IntervalWeights({}, constraints=(Bound("c0", min=0.6, max=0.4),)),
        IntervalWeights({}, constraints=(Bound("zz", min=0.1),)),
        IntervalWeights({}, constraints=(AtLeast("c0", "c1", math.nan),)),
        IntervalWeights({"c0": (math.nan, 0.5)}),
        IntervalWeights({"c0": (0.6, 0.5)}),
        IntervalWeights({"c0": (0.1,)}),  # type: ignore[dict-item]
        SwingWeights({"c0": (0.0, 0.0), "c1": (50.0, 50.0), "c2": (10.0, 10.0)}),
        SwingWeights({"c0": (100.0, math.inf), "c1": (50.0, 50.0), "c2": (10.0, 10.0)}),
        SwingWeights({"c0": (100.0, 100.0), "c1": (50.0, 50.0)}),
        PointWeights({"c0": 0.0, "c1": 0.0, "c2": 0.0}),
        PointWeights({"c0": -1.0, "c1": 1.0, "c2": 1.0}),
        PointWeights({"c0": math.nan, "c1": 1.0, "c2": 1.0}),
        RankingWeights((("c0",), ("c1",))),
        RankingWeights((("c0",), ("c1",), ("c2",), ("c2",))),
        RankingWeights(order(3), surrogate="median"),
        CarWeights(("c0", "c1", "c2"), (1,)),
        CarWeights(("c0", "c1", "c2"), (1, 5)),
        RankingWeights(order(3), focal={"c0": 0.5, "c1": 0.5}),
        RankingWeights(order(3), focal={"c0": math.nan, "c1": 0.5, "c2": 0.5}),
    ],
)
def test_bad_input_is_a_model_error_naming_the_node(pref: object) -> None:
    with pytest.raises(ModelError) as info:
        local_set(node(3, "citizens"), pref)  # type: ignore[arg-type]
    assert all("citizens" in p.location for p in info.value.problems)
    assert "citizens" in str(info.value)


def test_node_without_children() -> None:
    with pytest.raises(ModelError):
        local_set(Criterion("x", "x"), None)


# ---------------------------------------------------------------------------
# LP helpers, contraction, global weights
# ---------------------------------------------------------------------------


def test_optimize_matches_lp() -> None:
    pref = IntervalWeights(
        {"c0": (0.1, 0.5), "c3": (0.05, 0.3)},
        constraints=(Ratio("c1", "c2", min=0.5, max=2.0), AtLeast("c0", "c4")),
    )
    ls = local_set(node(5), pref)
    rng = np.random.default_rng(3)
    C = rng.normal(size=(50, 5))
    mins = optimize_many(ls, C)
    maxs = optimize_many(ls, C, maximize=True)
    for c, lo, hi in zip(C, mins, maxs, strict=True):
        lp_lo = polytope.lp_optimize(c, ls.A_ub, ls.b_ub, ls.A_eq, ls.b_eq)
        lp_hi = polytope.lp_optimize(c, ls.A_ub, ls.b_ub, ls.A_eq, ls.b_eq, maximize=True)
        assert lo == pytest.approx(lp_lo, abs=1e-9)
        assert hi == pytest.approx(lp_hi, abs=1e-9)
        assert optimize(ls, c) == pytest.approx(lo)
        assert optimize(ls, c, maximize=True) == pytest.approx(hi)


def test_vertices_limit() -> None:
    ls = local_set(node(3), IntervalWeights({"c0": (0.3, 0.6), "c1": (0.2, 0.5)}))
    assert vertices(ls, limit=2) is None
    V = vertices(ls)
    assert V is not None and V.shape == (5, 3)


@pytest.mark.parametrize(
    "pref",
    [
        RankingWeights(order(4)),
        IntervalWeights({"c0": (0.3, 0.6), "c1": (0.1, 0.5)}, constraints=(Ratio("c2", "c3", min=1.0),)),
        SwingWeights({"c0": (100.0, 100.0), "c1": (50.0, 70.0), "c2": (20.0, 40.0), "c3": (5.0, 30.0)}),
    ],
)
def test_contraction(pref: object) -> None:
    ls = local_set(node(4), pref)  # type: ignore[arg-type]
    assert contracted(ls, 0.0) is ls
    full = contracted(ls, 1.0)
    V1 = vertices(full)
    assert V1 is not None
    assert np.allclose(V1, ls.focal)
    lo, hi = weight_bounds(full)
    assert np.allclose(lo, ls.focal) and np.allclose(hi, ls.focal)
    half = contracted(ls, 0.5)
    V = vertices(ls)
    Vh = vertices(half)
    assert V is not None and Vh is not None
    assert np.allclose(Vh, ls.focal + 0.5 * (V - ls.focal))
    # its rows describe exactly the image: every image vertex is in it, LP optima agree
    for v in Vh:
        assert half.contains(v, 1e-9)
    rng = np.random.default_rng(0)
    for c in rng.normal(size=(20, 4)):
        lp = polytope.lp_optimize(c, half.A_ub, half.b_ub, half.A_eq, half.b_eq)
        assert optimize(half, c) == pytest.approx(lp, abs=1e-9)
    # contraction composes: 0.5 then 0.5 is 0.75
    q = contracted(half, 0.5)
    Vq = vertices(q)
    assert Vq is not None
    assert np.allclose(Vq, ls.focal + 0.25 * (V - ls.focal))
    with pytest.raises(ValueError):
        contracted(ls, 1.5)


def test_global_weights_and_node_sets() -> None:
    citizens = Criterion(
        "citizens", "Citizens", children=(Criterion("a", "a"), Criterion("b", "b"), Criterion("c", "c"))
    )
    model = Model(
        criteria=(citizens, Criterion("efficiency", "E"), Criterion("staff", "S")),
        weights={
            "root": RankingWeights((("citizens",), ("efficiency", "staff"))),
            "citizens": IntervalWeights({"a": (0.3, 0.6), "b": (0.2, 0.5)}),
        },
    )
    sets = node_sets(model)
    assert list(sets) == ["root", "citizens"]
    g = global_weights(model, sets)
    assert list(g) == ["a", "b", "c", "efficiency", "staff"]
    assert sum(g.values()) == pytest.approx(1.0)
    assert g["a"] == pytest.approx(sets["root"].focal[0] * sets["citizens"].focal[0])
    assert g["efficiency"] == pytest.approx(sets["root"].focal[1])
    local = {"root": np.array([0.5, 0.25, 0.25])}
    g2 = global_weights(model, sets, local)
    assert g2["staff"] == pytest.approx(0.25)
    rng = np.random.default_rng(1)
    samples = {
        name: polytope.make_sampler(ls).sample(rng, 100) for name, ls in sets.items()
    }
    W = global_weight_samples(model, sets, samples)
    assert W.shape == (100, 5)
    assert np.allclose(W.sum(axis=1), 1.0)
    assert np.allclose(W[:, 0], samples["root"][:, 0] * samples["citizens"][:, 0])


def test_node_sets_raise_infeasible() -> None:
    model = Model(
        criteria=(Criterion("x", "x"), Criterion("y", "y")),
        weights={"root": IntervalWeights({"x": (0.7, 1.0), "y": (0.4, 1.0)})},
    )
    with pytest.raises(InfeasibleError, match=r"interval x ∈ \[0.7, 1\] conflicts with interval y ∈ \[0.4, 1\]"):
        node_sets(model)
