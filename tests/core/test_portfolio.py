"""Portfolio analysis (spec §1.5, §6): feasibility, focal optimum, frontier, RPM, comparisons.

The algorithms are checked against brute force: every subset of the projects is
tested for feasibility with :func:`feasibility_violations` (spec §1.5 read
directly), and dominance between every pair of feasible portfolios is decided
with the exact optimiser :func:`~diva_desktop.core.analysis.values.value_ranges`
on the coefficient vector ``1[a∈p] − 1[a∈q]`` (do-nothing ``−(|p| − |q|)``).
"""

from __future__ import annotations

import itertools
import json
import math
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from scipy.optimize import Bounds, LinearConstraint, milp

from diva_desktop.core import portfolio as pf
from diva_desktop.core.analysis.values import prepare, value_range, value_ranges
from diva_desktop.core.errors import CancelledError, ModelError
from diva_desktop.core.model import (
    Alternative,
    Criterion,
    IntervalWeights,
    Level,
    LevelsScale,
    LinearScale,
    Model,
    PiecewiseScale,
    PortfolioConstraints,
    RankingWeights,
    Score,
)
from diva_desktop.core.portfolio import (
    compare_portfolios,
    efficient_frontier,
    feasibility_violations,
    focal_optimum,
    non_dominated,
    portfolio_analysis,
    portfolio_problem,
)
from diva_desktop.core.progress import CancelToken

# ---------------------------------------------------------------------------
# Brute force
# ---------------------------------------------------------------------------


def _projects(model: Model) -> list[str]:
    return [a.id for a in model.alternatives if not a.do_nothing]


def brute_feasible(model: Model) -> list[tuple[str, ...]]:
    ids = _projects(model)
    out = []
    for r in range(len(ids) + 1):
        for comb in itertools.combinations(ids, r):
            if not feasibility_violations(model, comb):
                out.append(comb)
    return out


def coefficient_rows(model: Model, portfolios: Sequence[Sequence[str]]) -> np.ndarray:
    ids = [a.id for a in model.alternatives]
    d = model.do_nothing()
    C = np.zeros((len(portfolios), len(ids)))
    for k, p in enumerate(portfolios):
        for a in p:
            C[k, ids.index(a)] = 1.0
        if d is not None:
            C[k, ids.index(d.id)] = -len(p)
    return C


def brute_non_dominated(model: Model) -> set[frozenset[str]]:
    feas = brute_feasible(model)
    ev = prepare(model)
    C = coefficient_rows(model, feas)
    P = len(feas)
    if P == 1:
        return {frozenset(feas[0])}
    rows, cols = np.nonzero(~np.eye(P, dtype=bool))
    lo, hi = value_ranges(ev, C[rows] - C[cols])
    dominated = np.zeros(P, dtype=bool)
    dominated[cols[(lo >= -1e-9) & (hi > 1e-9)]] = True
    return {frozenset(feas[i]) for i in range(P) if not dominated[i]}


def brute_frontier(model: Model) -> set[frozenset[str]]:
    feas = brute_feasible(model)
    ev = prepare(model)
    value = coefficient_rows(model, feas) @ ev.focal_values
    cost = np.array([sum(model.alternative(a).cost for a in p) for p in feas])  # type: ignore[union-attr]
    out = set()
    tc = 1e-9 * max(1.0, float(sum(a.cost for a in model.alternatives)))
    for i in range(len(feas)):
        beaten = (
            (cost <= cost[i] + tc)
            & (value >= value[i] - 1e-9)
            & ((cost < cost[i] - tc) | (value > value[i] + 1e-9))
        )
        if not beaten.any():
            out.add(frozenset(feas[i]))
    return out


def as_sets(portfolios: Sequence[pf.Portfolio]) -> set[frozenset[str]]:
    return {frozenset(p.alternatives) for p in portfolios}


# ---------------------------------------------------------------------------
# Random models
# ---------------------------------------------------------------------------


def random_model(
    seed: int,
    n: int,
    *,
    leaves: int = 3,
    hierarchy: bool = False,
    interval_scores: float = 0.3,
    do_nothing: bool = True,
    constraints: bool = True,
    width: float = 0.25,
    resources: int = 1,
) -> Model:
    """A valid model with interval weights (and a ranking below the root when hierarchical)."""
    rng = np.random.default_rng(seed)
    scales: list[LinearScale | PiecewiseScale | LevelsScale | None] = [
        None,
        LinearScale(10.0, 0.0),
        PiecewiseScale(((0.0, 0.0), (4.0, 0.8), (10.0, 0.5))),
        LevelsScale((Level("low", 0.0), Level("mid", 0.6), Level("high", 1.0))),
    ]
    leaf_scales = [scales[int(rng.integers(len(scales)))] for _ in range(leaves)]
    leaf_nodes = [Criterion(f"c{i}", f"C{i}", scale=leaf_scales[i]) for i in range(leaves)]
    if hierarchy and leaves >= 3:
        crit: tuple[Criterion, ...] = (
            Criterion("g", "G", children=tuple(leaf_nodes[:2])),
            *leaf_nodes[2:],
        )
    else:
        crit = tuple(leaf_nodes)
    top = [c.id for c in crit]
    f = rng.dirichlet(np.ones(len(top)))
    weights: dict[str, object] = {
        "root": IntervalWeights(
            bounds={
                c: (
                    float(max(0.0, f[i] - rng.uniform(0, width))),
                    float(min(1.0, f[i] + rng.uniform(0, width))),
                )
                for i, c in enumerate(top)
            }
        )
    }
    if hierarchy and leaves >= 3:
        weights["g"] = RankingWeights(order=(("c0",), ("c1",)))
    alts = []
    for i in range(n):
        res = {f"r{j}": float(rng.integers(0, 5)) for j in range(resources)}
        alts.append(Alternative(f"p{i}", f"P{i}", cost=float(rng.integers(0, 10)), resources=res))
    if do_nothing:
        alts.append(Alternative("d", "Nothing", cost=0.0, do_nothing=True))
    scores: dict[str, dict[str, Score]] = {}
    for a in alts:
        row = {}
        for i, leaf in enumerate(leaf_nodes):
            sc = leaf_scales[i]
            if isinstance(sc, LevelsScale):
                lo = int(rng.integers(3))
                hi = min(2, lo + int(rng.random() < interval_scores))
                row[leaf.id] = Score(sc.levels[lo].label, sc.levels[hi].label)
            else:
                x = float(rng.integers(0, 11))
                y = min(10.0, x + float(rng.integers(1, 4))) if rng.random() < interval_scores else x
                row[leaf.id] = Score(x, y)
        scores[a.id] = row
    ids = [a.id for a in alts if not a.do_nothing]
    total = sum(a.cost for a in alts)
    pc = PortfolioConstraints(budget=float(round(rng.uniform(0.25, 0.7) * total, 1)))
    if constraints and n >= 2:
        perm = [str(x) for x in rng.permutation(ids)]
        pc = replace(
            pc,
            resources={f"r{j}": float(rng.integers(3, 12)) for j in range(resources)},
            mandatory=(perm[0],) if rng.random() < 0.4 else (),
            excluded=(perm[1],) if rng.random() < 0.3 else (),
            requires=tuple((perm[i], perm[i + 1]) for i in range(2, min(n - 1, 5)))
            if rng.random() < 0.7
            else (),
            exclusive=((perm[-1], perm[-2], perm[min(2, n - 1)]),) if n >= 4 and rng.random() < 0.7 else (),
        )
    return Model(
        name="random",
        criteria=crit,
        alternatives=tuple(alts),
        scores=scores,
        weights=weights,  # type: ignore[arg-type]
        portfolio=pc,
    )


# ---------------------------------------------------------------------------
# A small exact case
# ---------------------------------------------------------------------------


def _two_criteria(
    bounds: tuple[float, float],
    values: dict[str, tuple[float, float]],
    costs: dict[str, float],
    budget: float,
    do_nothing: tuple[float, float] | None = None,
) -> Model:
    crit = (Criterion("x", "X"), Criterion("y", "Y"))
    alts = [Alternative(a, a.upper(), cost=c) for a, c in costs.items()]
    scores = {a: {"x": Score.point(v[0]), "y": Score.point(v[1])} for a, v in values.items()}
    if do_nothing is not None:
        alts.append(Alternative("d", "D", cost=0.0, do_nothing=True))
        scores["d"] = {"x": Score.point(do_nothing[0]), "y": Score.point(do_nothing[1])}
    return Model(
        name="exact",
        criteria=crit,
        alternatives=tuple(alts),
        scores=scores,
        weights={"root": IntervalWeights(bounds={"x": bounds})},
        portfolio=PortfolioConstraints(budget=budget),
    )


def test_hand_computed_rpm_example() -> None:
    # V(a) = w·x/10 + (1 − w)·y/10 with w ∈ [0.4, 0.6]; budget 2, unit costs.
    # a = (10, 0): V ∈ [0.4, 0.6]; b = (0, 10): V ∈ [0.4, 0.6]; c = (4, 4): V = 0.4; e = (1, 1): 0.1.
    # Pairs: {a, b} = 1 always; {a, c} = 0.4 + w ∈ [0.8, 1.0] < 1 except at w = 0.6 → {a, b}
    # dominates {a, c} (≥ everywhere, > at w < 0.6) and {b, c}; every 2-set containing e is
    # dominated by the same set with c instead. So the only non-dominated portfolio is {a, b}.
    m = _two_criteria(
        (0.4, 0.6),
        {"a": (10, 0), "b": (0, 10), "c": (4, 4), "e": (1, 1)},
        {"a": 1, "b": 1, "c": 1, "e": 1},
        budget=2,
    )
    res = portfolio_analysis(m)
    assert [p["alternatives"] for p in res["non_dominated"]] == [["a", "b"]]
    assert res["core_index"] == {"a": 1.0, "b": 1.0, "c": 0.0, "e": 0.0}
    assert res["classification"] == {"a": "core", "b": "core", "c": "exterior", "e": "exterior"}
    nd = res["non_dominated"][0]
    assert nd["value_min"] == pytest.approx(1.0) and nd["value_max"] == pytest.approx(1.0)
    assert res["focal_optimum"]["alternatives"] == ["a", "b"]
    assert res["focal_optimum"]["value"] == pytest.approx(1.0)


def test_hand_computed_borderline_example() -> None:
    # Budget 1: {a} and {b} are non-dominated (each better at one end of w), {c} is
    # dominated by {a} (0.4 + 0.2 w' ≥ 0.4), {e} by everything, {} by {a}.
    m = _two_criteria(
        (0.4, 0.6),
        {"a": (10, 0), "b": (0, 10), "c": (4, 4), "e": (1, 1)},
        {"a": 1, "b": 1, "c": 1, "e": 1},
        budget=1,
    )
    res = portfolio_analysis(m)
    got = {tuple(p["alternatives"]) for p in res["non_dominated"]}
    assert got == {("a",), ("b",)}
    assert res["core_index"] == {"a": 0.5, "b": 0.5, "c": 0.0, "e": 0.0}
    assert res["classification"]["a"] == "borderline"
    # frontier at the focal w = 0.5: {} (0, 0), then cost 1 value 0.5 ({a} and {b} tie, both listed)
    fr = res["frontier"]
    assert [p["cost"] for p in fr] == [0, 1, 1]
    assert {tuple(p["alternatives"]) for p in fr[1:]} == {("a",), ("b",)}


def test_do_nothing_terms_cancel_only_for_equal_sizes() -> None:
    # With do-nothing d = (5, 5) (V(d) = 0.5): a project worth 0.4 adds −0.1, so the
    # empty portfolio dominates {c}; {a} and {b} add [−0.1, 0.1] and are non-dominated.
    m = _two_criteria(
        (0.4, 0.6),
        {"a": (10, 0), "b": (0, 10), "c": (4, 4)},
        {"a": 1, "b": 1, "c": 1},
        budget=2,
        do_nothing=(5, 5),
    )
    got = as_sets(non_dominated(portfolio_problem(m))[0])
    assert got == brute_non_dominated(m)
    assert frozenset() in got  # the empty portfolio is never beaten everywhere
    assert frozenset({"c"}) not in got
    res = portfolio_analysis(m)
    for p in res["non_dominated"]:
        lo, hi = value_range(prepare(m), coefficient_rows(m, [p["alternatives"]])[0])
        assert p["value_min"] == pytest.approx(lo) and p["value_max"] == pytest.approx(hi)


# ---------------------------------------------------------------------------
# Brute-force comparisons (property tests)
# ---------------------------------------------------------------------------

_SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_SETTINGS
@given(
    seed=st.integers(0, 2**31 - 1),
    n=st.integers(1, 12),
    leaves=st.integers(1, 4),
    hierarchy=st.booleans(),
    do_nothing=st.booleans(),
    interval_scores=st.sampled_from([0.0, 0.3, 0.7]),
)
def test_non_dominated_equals_brute_force(  # noqa: PLR0917 - hypothesis arguments
    seed: int, n: int, leaves: int, hierarchy: bool, do_nothing: bool, interval_scores: float
) -> None:
    m = random_model(
        seed, n, leaves=leaves, hierarchy=hierarchy, do_nothing=do_nothing, interval_scores=interval_scores
    )
    feasible = brute_feasible(m)
    if not feasible:
        with pytest.raises(ModelError):
            portfolio_problem(m)
        return
    problem = portfolio_problem(m)
    nd, truncated = non_dominated(problem)
    assert not truncated
    assert as_sets(nd) == brute_non_dominated(m)
    # exact value intervals and focal values of the listed portfolios
    ev = prepare(m)
    C = coefficient_rows(m, [p.alternatives for p in nd])
    lo, hi = value_ranges(ev, C)
    assert np.allclose([p.value_min for p in nd], lo, atol=1e-12)
    assert np.allclose([p.value_max for p in nd], hi, atol=1e-12)
    assert np.allclose([p.value for p in nd], C @ ev.focal_values, atol=1e-12)
    # frontier and focal optimum
    fr, _ = efficient_frontier(problem)
    assert as_sets(fr) == brute_frontier(m)
    costs = [p.cost for p in fr]
    assert costs == sorted(costs)
    best = max(coefficient_rows(m, feasible) @ ev.focal_values)
    assert focal_optimum(problem).value == pytest.approx(best, abs=1e-9)


def scipy_milp_optimum(model: Model) -> float:
    """The focal optimum by :func:`scipy.optimize.milp`, formulated here straight from the model."""
    alts = [a for a in model.alternatives if not a.do_nothing]
    ids = [a.id for a in alts]
    ev = prepare(model)
    value = coefficient_rows(model, [[a] for a in ids]) @ ev.focal_values
    pc = model.portfolio
    assert pc is not None
    n = len(ids)
    rows = [np.array([a.cost for a in alts])]
    ub = [pc.budget if pc.budget is not None else np.inf]
    for r, limit in pc.resources.items():
        rows.append(np.array([a.resources.get(r, 0.0) for a in alts]))
        ub.append(limit)
    for a, b in pc.requires:
        row = np.zeros(n)
        row[ids.index(a)], row[ids.index(b)] = 1.0, -1.0
        rows.append(row)
        ub.append(0.0)
    for g in pc.exclusive:
        row = np.zeros(n)
        row[[ids.index(a) for a in g]] = 1.0
        rows.append(row)
        ub.append(1.0)
    lower = np.array([1.0 if a in pc.mandatory else 0.0 for a in ids])
    upper = np.array([0.0 if a in pc.excluded else 1.0 for a in ids])
    res = milp(
        -value,
        integrality=np.ones(n),
        bounds=Bounds(lower, upper),
        constraints=[LinearConstraint(np.array(rows), -np.inf, np.array(ub))],
        options={"mip_rel_gap": 0.0},
    )
    assert res.status == 0
    return -float(res.fun)


@pytest.mark.parametrize("seed", range(8))
def test_focal_optimum_of_larger_models_agrees_with_scipy_milp(seed: int) -> None:
    # Beyond brute force: 60 projects, three resources and every kind of
    # constraint; SciPy's own HiGHS (an older release, reached another way)
    # must find the same optimal value.
    m = random_model(seed, 60, leaves=4, resources=3, interval_scores=0.2)
    m = replace(
        m, portfolio=replace(m.portfolio, resources={r: 6.0 * v for r, v in m.portfolio.resources.items()})
    )  # type: ignore[arg-type]
    problem = portfolio_problem(m)
    opt = focal_optimum(problem)
    assert opt.value == pytest.approx(scipy_milp_optimum(m), abs=1e-9)
    assert not pf.feasibility_violations(m, opt.alternatives)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(0, 2**31 - 1), n=st.integers(2, 10))
def test_leaf_space_and_point_space_agree(seed: int, n: int) -> None:
    # The same answer whether the extreme points are enumerated or the weights are
    # optimised bottom-up per leaf.
    m = random_model(seed, n, leaves=3, hierarchy=True, interval_scores=0.4)
    if not brute_feasible(m):
        return
    problem = portfolio_problem(m)
    a = as_sets(non_dominated(problem)[0])
    old = pf.POINT_LIMIT
    pf.POINT_LIMIT = 0
    try:
        b = as_sets(non_dominated(problem)[0])
    finally:
        pf.POINT_LIMIT = old
    assert a == b


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(0, 2**31 - 1), n=st.integers(2, 11), interval_scores=st.sampled_from([0.0, 0.4]))
def test_heuristic_first_passes_only_supply_incumbents(seed: int, n: int, interval_scores: float) -> None:
    # Force the beam passes (normally for larger problems) on tiny beams: the
    # results must still be exact.
    m = random_model(seed, n, leaves=3, interval_scores=interval_scores)
    if not brute_feasible(m):
        return
    saved = (pf.RPM_BEAM_FROM, pf.RPM_BEAM, pf.BEAM)
    pf.RPM_BEAM_FROM, pf.RPM_BEAM, pf.BEAM = 0, 3, 4
    try:
        problem = portfolio_problem(m)
        nd = as_sets(non_dominated(problem)[0])
        fr = as_sets(efficient_frontier(problem)[0])
    finally:
        pf.RPM_BEAM_FROM, pf.RPM_BEAM, pf.BEAM = saved
    assert nd == brute_non_dominated(m)
    assert fr == brute_frontier(m)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(0, 2**31 - 1), n=st.integers(1, 10), shrink=st.floats(0.0, 1.0))
def test_narrowing_statements_never_adds_non_dominated_portfolios(seed: int, n: int, shrink: float) -> None:
    wide = random_model(seed, n, leaves=3, interval_scores=0.5, constraints=True)
    if not brute_feasible(wide):
        return
    # Narrow every weight interval and every numeric score interval toward its middle.
    root = wide.weights["root"]
    assert isinstance(root, IntervalWeights)

    def narrow(lo: float, hi: float) -> tuple[float, float]:
        mid, half = 0.5 * (lo + hi), 0.5 * (hi - lo) * shrink
        return (mid - half, mid + half)

    # keep the narrowed weight set non-empty: shrink around a feasible point
    ev = prepare(wide)
    f = ev.sets["root"].focal
    bounds = {}
    for i, (c, (lo, hi)) in enumerate(root.bounds.items()):
        bounds[c] = (f[i] - (f[i] - lo) * shrink, f[i] + (hi - f[i]) * shrink)
    scores = {}
    for a, row in wide.scores.items():
        scores[a] = {}
        for k, s in row.items():
            if isinstance(s.low, str) or isinstance(s.high, str):
                scores[a][k] = s
            else:
                lo, hi = narrow(float(s.low), float(s.high))
                scores[a][k] = Score(lo, hi)
    narrow_model = replace(wide, weights={"root": IntervalWeights(bounds=bounds)}, scores=scores)
    nd_wide = as_sets(non_dominated(portfolio_problem(wide))[0])
    nd_narrow = as_sets(non_dominated(portfolio_problem(narrow_model))[0])
    assert nd_narrow <= nd_wide


def test_interval_weights_30_projects_matches_pairwise_check_of_candidates() -> None:
    # Larger than brute force allows: every listed portfolio is feasible, none
    # dominates another (pairwise exact check), and every single-project swap or
    # addition of a listed portfolio that is feasible is not better everywhere.
    m = random_model(7, 30, leaves=5, interval_scores=0.0, constraints=False, width=0.1)
    problem = portfolio_problem(m)
    nd, truncated = non_dominated(problem)
    assert not truncated and nd
    ev = prepare(m)
    for p in nd:
        assert not feasibility_violations(m, p.alternatives)
    C = coefficient_rows(m, [p.alternatives for p in nd])
    P = len(nd)
    if P > 1:
        rows, cols = np.nonzero(~np.eye(P, dtype=bool))
        lo, hi = value_ranges(ev, C[rows] - C[cols])
        assert not ((lo >= -1e-9) & (hi > 1e-9)).any()
    ids = _projects(m)
    for p in nd[:20]:
        neighbours = []
        for a in ids:
            q = set(p.alternatives) ^ {a}
            if not feasibility_violations(m, sorted(q)):
                neighbours.append(sorted(q))
        if neighbours:
            D = coefficient_rows(m, neighbours) - coefficient_rows(m, [p.alternatives])
            lo, hi = value_ranges(ev, D)
            assert not ((lo >= -1e-9) & (hi > 1e-9)).any()


# ---------------------------------------------------------------------------
# The analysis output
# ---------------------------------------------------------------------------


def test_portfolio_analysis_shape_and_json() -> None:
    m = random_model(3, 8, leaves=3, interval_scores=0.3)
    res = portfolio_analysis(m)
    assert res["format"] == "diva-portfolio" and res["version"] == 1
    assert set(res) >= {
        "focal_optimum",
        "non_dominated",
        "core_index",
        "classification",
        "frontier",
        "truncated",
        "limit",
    }
    json.dumps(res)  # JSON-ready
    ids = _projects(m)
    assert list(res["core_index"]) == ids
    n_nd = len(res["non_dominated"])
    for a in ids:
        share = sum(a in p["alternatives"] for p in res["non_dominated"]) / n_nd
        assert res["core_index"][a] == pytest.approx(share)
        want = "core" if share == 1 else "exterior" if share == 0 else "borderline"
        assert res["classification"][a] == want
    for p in res["non_dominated"]:
        assert p["value_min"] <= p["value"] + 1e-12 <= p["value_max"] + 2e-12
    # the focal optimum is the frontier's most valuable point
    assert res["focal_optimum"]["value"] == pytest.approx(max(p["value"] for p in res["frontier"]))
    assert res["truncated"] is False


def test_focal_optimum_prefers_the_cheapest_of_equal_value() -> None:
    # z has zero focal value (equal to do-nothing) and costs 1: leave it out.
    m = _two_criteria((0.5, 0.5), {"a": (10, 10), "z": (5, 5)}, {"a": 1, "z": 1}, budget=5, do_nothing=(5, 5))
    res = portfolio_analysis(m)
    assert res["focal_optimum"]["alternatives"] == ["a"]
    assert focal_optimum(portfolio_problem(m)).alternatives == ("a",)


def test_mandatory_projects_are_in_every_portfolio() -> None:
    m = random_model(11, 8, leaves=2, constraints=False)
    ids = _projects(m)
    pc = replace(m.portfolio, mandatory=(ids[0],), requires=((ids[0], ids[1]),))  # type: ignore[arg-type]
    m = replace(m, portfolio=replace(pc, budget=sum(a.cost for a in m.alternatives)))
    res = portfolio_analysis(m)
    for p in res["non_dominated"] + res["frontier"]:
        assert ids[0] in p["alternatives"] and ids[1] in p["alternatives"]
    assert res["classification"][ids[0]] == "core" and res["classification"][ids[1]] == "core"


def test_limit_truncates_and_says_so() -> None:
    # No weights information and no constraints: many non-dominated portfolios.
    m = random_model(5, 10, leaves=4, interval_scores=0.6, width=1.0, constraints=False)
    m = replace(m, portfolio=None)
    full = portfolio_analysis(m)
    assert full["truncated"] is False
    if len(full["non_dominated"]) > 3:
        res = portfolio_analysis(m, limit=3)
        assert res["truncated"] is True
        assert res["limit"] == 3
        assert len(res["non_dominated"]) <= 3


def test_progress_and_cancel() -> None:
    m = random_model(2, 12, leaves=3)
    seen: list[float] = []
    portfolio_analysis(m, progress=seen.append)
    assert seen and seen[-1] == 1.0
    assert seen == sorted(seen)
    token = CancelToken()
    token.cancel()
    with pytest.raises(CancelledError):
        portfolio_analysis(m, cancel=token)


def test_without_portfolio_section_every_subset_is_feasible() -> None:
    m = replace(random_model(4, 6, leaves=2, constraints=False), portfolio=None)
    assert len(brute_feasible(m)) == 2**6
    assert as_sets(non_dominated(portfolio_problem(m))[0]) == brute_non_dominated(m)


# ---------------------------------------------------------------------------
# Bad input
# ---------------------------------------------------------------------------


def _simple(pc: PortfolioConstraints, costs: dict[str, float] | None = None) -> Model:
    costs = costs or {"a": 3.0, "b": 4.0, "c": 5.0}
    return Model(
        name="bad",
        criteria=(Criterion("x", "X"),),
        alternatives=tuple(Alternative(a, a, cost=c, resources={"staff": 1.0}) for a, c in costs.items()),
        scores={a: {"x": Score.point(5.0)} for a in costs},
        portfolio=pc,
    )


def _codes(exc: pytest.ExceptionInfo[ModelError]) -> list[tuple[str, str]]:
    return [(p.code, p.location) for p in exc.value.problems]


def test_negative_budget_is_an_error() -> None:
    with pytest.raises(ModelError) as exc:
        portfolio_analysis(_simple(PortfolioConstraints(budget=-1.0)))
    assert ("out_of_range", "portfolio.budget") in _codes(exc)


def test_negative_cost_is_an_error() -> None:
    with pytest.raises(ModelError) as exc:
        portfolio_analysis(_simple(PortfolioConstraints(budget=10.0), {"a": -2.0, "b": 1.0}))
    assert ("out_of_range", "alternatives.a.cost") in _codes(exc)


def test_mandatory_over_budget_names_them() -> None:
    with pytest.raises(ModelError) as exc:
        portfolio_analysis(_simple(PortfolioConstraints(budget=6.0, mandatory=("a", "b"))))
    (problem,) = exc.value.problems
    assert problem.code == "mandatory_over_limit" and problem.location == "portfolio.budget"
    assert "a, b" in problem.text and "no portfolio is feasible" in problem.text


def test_mandatory_over_resource_limit() -> None:
    pc = PortfolioConstraints(
        budget=100.0, resources={"staff": 1.5}, mandatory=("a",), requires=(("a", "b"),)
    )
    with pytest.raises(ModelError) as exc:
        portfolio_analysis(_simple(pc))
    assert ("mandatory_over_limit", "portfolio.resources.staff") in _codes(exc)
    assert "a, b" in exc.value.problems[0].text  # b is required by the mandatory a


def test_mandatory_conflicting_with_exclusive_through_requires() -> None:
    pc = PortfolioConstraints(
        budget=100.0, mandatory=("a", "c"), requires=(("a", "b"),), exclusive=(("b", "c"),)
    )
    with pytest.raises(ModelError) as exc:
        portfolio_analysis(_simple(pc))
    texts = " ".join(p.text for p in exc.value.problems)
    assert "'b'" in texts and "exclusive" in texts and "no portfolio is feasible" in texts


def test_mandatory_conflicting_with_excluded() -> None:
    pc = PortfolioConstraints(budget=100.0, mandatory=("a",), requires=(("a", "b"),), excluded=("b",))
    with pytest.raises(ModelError) as exc:
        portfolio_analysis(_simple(pc))
    problems = exc.value.problems
    assert {p.code for p in problems} == {"portfolio_conflict"}
    assert {p.location for p in problems} == {"portfolio.mandatory"}
    # both a (mandatory, but it requires the excluded b) and b are named
    assert any("'b'" in p.text and "excluded" in p.text for p in problems)
    assert any(p.text.startswith("'a'") for p in problems)


def test_mandatory_and_excluded_directly() -> None:
    with pytest.raises(ModelError) as exc:
        portfolio_analysis(_simple(PortfolioConstraints(budget=100.0, mandatory=("a",), excluded=("a",))))
    assert any(p.location == "portfolio" for p in exc.value.problems)


def test_requires_unknown_alternative() -> None:
    with pytest.raises(ModelError) as exc:
        portfolio_analysis(_simple(PortfolioConstraints(budget=10.0, requires=(("a", "zz"),))))
    assert ("unknown_reference", "portfolio.requires[0]") in _codes(exc)


def test_unused_resource_is_a_warning() -> None:
    res = portfolio_analysis(_simple(PortfolioConstraints(budget=10.0, resources={"cars": 2.0})))
    assert any("cars" in w for w in res["warnings"])


def test_excluded_projects_are_exterior_and_never_chosen() -> None:
    m = random_model(8, 7, leaves=2, constraints=False)
    ids = _projects(m)
    m = replace(m, portfolio=replace(m.portfolio, excluded=(ids[0],)))  # type: ignore[arg-type]
    res = portfolio_analysis(m)
    assert res["core_index"][ids[0]] == 0.0
    assert all(ids[0] not in p["alternatives"] for p in res["frontier"])


# ---------------------------------------------------------------------------
# Comparing portfolios the user defines
# ---------------------------------------------------------------------------


def test_compare_portfolios_exact_and_dominance() -> None:
    m = _two_criteria(
        (0.4, 0.6),
        {"a": (10, 0), "b": (0, 10), "c": (4, 4)},
        {"a": 1, "b": 1, "c": 1},
        budget=2,
        do_nothing=(2, 2),
    )
    res = compare_portfolios(m, {"ab": ["a", "b"], "ac": ["a", "c"], "all": ["a", "b", "c"]})
    ev = prepare(m)
    P = {"ab": ["a", "b"], "ac": ["a", "c"], "all": ["a", "b", "c"]}
    for name, members in P.items():
        lo, hi = value_range(ev, coefficient_rows(m, [members])[0])
        assert res["portfolios"][name]["value_min"] == pytest.approx(lo)
        assert res["portfolios"][name]["value_max"] == pytest.approx(hi)
    # V(ab) − V(ac) = V(b) − V(c) = 0.6 − 0.6w... ∈ [0, 0.2]; > 0 for w < 0.6
    d = res["differences"]["ab"]["ac"]
    assert d["min"] == pytest.approx(0.0, abs=1e-12) and d["max"] == pytest.approx(0.2)
    assert ["ab", "ac"] in res["dominance"]
    # the do-nothing term does not cancel for portfolios of different sizes
    d2 = res["differences"]["all"]["ab"]
    lo, hi = value_range(ev, coefficient_rows(m, [P["all"]])[0] - coefficient_rows(m, [P["ab"]])[0])
    assert d2["min"] == pytest.approx(lo) and d2["max"] == pytest.approx(hi)
    assert res["portfolios"]["all"]["feasible"] is False
    assert any("budget" in v for v in res["portfolios"]["all"]["violations"])
    json.dumps(res)


def test_compare_portfolios_bad_names() -> None:
    m = _two_criteria((0.4, 0.6), {"a": (10, 0)}, {"a": 1}, budget=2, do_nothing=(2, 2))
    with pytest.raises(ModelError) as exc:
        compare_portfolios(m, {"mine": ["a", "zz", "d"]})
    assert [p.code for p in exc.value.problems] == ["unknown_reference", "do_nothing_in_portfolio"]
    assert all(p.location == "portfolios.mine" for p in exc.value.problems)


# ---------------------------------------------------------------------------
# The example model
# ---------------------------------------------------------------------------


def test_example_model() -> None:
    from diva_desktop.io.json_model import load_model_file

    m = load_model_file(Path(__file__).resolve().parents[1] / "data" / "small-model.json")
    res = portfolio_analysis(m)
    assert as_sets([pf.Portfolio(tuple(p["alternatives"]), 0, 0) for p in res["non_dominated"]]) == (
        brute_non_dominated(m)
    )
    assert math.isclose(
        res["focal_optimum"]["value"],
        max(coefficient_rows(m, brute_feasible(m)) @ prepare(m).focal_values),
        abs_tol=1e-12,
    )


# ---------------------------------------------------------------------------
# The command line
# ---------------------------------------------------------------------------


def _write_model(tmp_path, model: Model):  # type: ignore[no-untyped-def]
    from diva_desktop.io.json_model import dumps_model

    path = tmp_path / "model.json"
    path.write_text(dumps_model(model), encoding="utf-8")
    return path


def test_cli_portfolio_json_is_one_document(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    from diva_desktop.cli import main

    m = random_model(21, 9, leaves=3, interval_scores=0.3)
    path = _write_model(tmp_path, m)
    assert main(["portfolio", str(path), "--json", "--limit", "500"]) == 0
    out = capsys.readouterr().out
    data = json.loads(out)  # exactly one JSON document, nothing else on stdout
    assert data["format"] == "diva-portfolio" and data["limit"] == 500
    assert as_sets([pf.Portfolio(tuple(p["alternatives"]), 0, 0) for p in data["non_dominated"]]) == (
        brute_non_dominated(m)
    )
    assert main(["portfolio", str(path)]) == 0
    assert "Non-dominated portfolios" in capsys.readouterr().out


def test_cli_portfolio_errors(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    from diva_desktop.cli import main

    bad = _simple(PortfolioConstraints(budget=6.0, mandatory=("a", "b")))
    path = _write_model(tmp_path, bad)
    assert main(["portfolio", str(path), "--json"]) == 1
    err = capsys.readouterr()
    assert err.out == ""
    assert "portfolio.budget" in err.err and "Traceback" not in err.err
    assert main(["portfolio", str(path), "--limit", "0"]) == 2


def test_cli_compares_the_users_portfolios(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    from diva_desktop.cli import main

    m = random_model(5, 8, leaves=3, interval_scores=0.3)
    path = _write_model(tmp_path, m)
    mine = {"ab": ["p0", "p1"], "c": ["p2"], "none": []}
    args = [f"--compare={k}={','.join(v)}" for k, v in mine.items()]
    assert main(["portfolio", str(path), *args, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)  # one document, the same as the core's
    assert data == json.loads(json.dumps(compare_portfolios(m, mine)))
    assert data["format"] == "diva-portfolio-comparison"
    assert main(["portfolio", str(path), *args]) == 0
    text = capsys.readouterr().out
    assert "ab − c:" in text and "Dominance:" in text
    # wrong usage: no name, a name twice; an unknown alternative names its place
    assert main(["portfolio", str(path), "--compare", "p0,p1"]) == 2
    assert main(["portfolio", str(path), "--compare", "x=p0", "--compare", "x=p1"]) == 2
    assert "names 'x' twice" in capsys.readouterr().err
    assert main(["portfolio", str(path), "--compare", "x=p0,zz"]) == 1
    err = capsys.readouterr().err
    assert "portfolios.x" in err and "zz" in err and "Traceback" not in err


def test_cli_compares_the_portfolios_saved_in_a_project(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    from diva_desktop.cli import main
    from diva_desktop.storage import save_project

    m = random_model(5, 8, leaves=3, interval_scores=0.3)
    saved = {"ab": ["p0", "p1"], "c": ["p2"], "tom": []}
    project = tmp_path / "plan.diva"
    save_project(m, project, settings={pf.COMPARE_SETTING: saved})
    assert main(["portfolio", str(project), "--compare-saved", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data == json.loads(json.dumps(compare_portfolios(m, saved)))
    assert list(data["portfolios"]) == ["ab", "c", "tom"]  # the saved order
    # combined with --compare: the saved ones first, then the given ones
    assert main(["portfolio", str(project), "--compare-saved", "--compare", "d=p3", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data == json.loads(json.dumps(compare_portfolios(m, {**saved, "d": ["p3"]})))
    assert main(["portfolio", str(project), "--compare-saved"]) == 0
    assert "ab − c:" in capsys.readouterr().out
    # a name of a saved portfolio given again is wrong usage
    assert main(["portfolio", str(project), "--compare-saved", "--compare", "c=p3"]) == 2
    err = capsys.readouterr().err
    assert "'c'" in err and "saved in the project" in err
    # a JSON model holds none: exit 1, naming the fix
    model_file = _write_model(tmp_path, m)
    assert main(["portfolio", str(model_file), "--compare-saved", "--json"]) == 1
    out = capsys.readouterr()
    assert out.out == ""
    assert "JSON model holds no saved portfolios" in out.err and "diva import" in out.err
    assert "Traceback" not in out.err
    # a project without any
    empty = tmp_path / "tom.diva"
    save_project(m, empty)
    assert main(["portfolio", str(empty), "--compare-saved"]) == 1
    assert "no saved portfolios" in capsys.readouterr().err
    # a saved portfolio naming an alternative no longer in the model: exit 1, naming both
    save_project(m, empty, settings={pf.COMPARE_SETTING: {"gammal": ["p0", "borta"]}})
    assert main(["portfolio", str(empty), "--compare-saved"]) == 1
    err = capsys.readouterr().err
    assert "portfolios.gammal" in err and "borta" in err and "Compare tab" in err
    # a damaged setting
    save_project(m, empty, settings={pf.COMPARE_SETTING: ["p0"]})
    assert main(["portfolio", str(empty), "--compare-saved"]) == 1
    assert "settings.portfolio.compare" in capsys.readouterr().err


def test_saved_portfolios_reads_the_setting_strictly() -> None:
    assert pf.saved_portfolios(None) == {}
    assert pf.saved_portfolios({"b": ["x", "x", "y"], "a": []}) == {"b": ["x", "y"], "a": []}
    for bad in (["x"], {"a": "x"}, {"a": [1]}):
        with pytest.raises(ModelError):
            pf.saved_portfolios(bad)


def test_a_resource_named_budget_is_not_the_budget() -> None:
    m = random_model(13, 9, leaves=2, constraints=False, resources=0)
    alts = tuple(
        a if a.do_nothing else replace(a, resources={"budget": float(i % 4)})
        for i, a in enumerate(m.alternatives)
    )
    m = replace(m, alternatives=alts, portfolio=PortfolioConstraints(resources={"budget": 5.0}))
    problem = portfolio_problem(m)
    assert not problem.has_budget
    assert as_sets(efficient_frontier(problem)[0]) == brute_frontier(m)
    assert as_sets(non_dominated(problem)[0]) == brute_non_dominated(m)
