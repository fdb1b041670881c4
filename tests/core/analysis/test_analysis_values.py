"""Exact value intervals, differences, dominance, regret and rules (spec §4)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from analysis_helpers import free, leaf, lp_optimum, model, node, small_models
from hypothesis import given, settings
from hypothesis import strategies as st

from diva_desktop.core.analysis import (
    decision_rules,
    differences,
    dominance,
    global_weight_bounds,
    max_regret,
    prepare,
    value_intervals,
    value_range,
    value_ranges,
)
from diva_desktop.core.analysis.values import contracted_scores
from diva_desktop.core.errors import InfeasibleError, ModelError
from diva_desktop.core.model import (
    Bound,
    Criterion,
    IntervalWeights,
    LinearScale,
    Model,
    PiecewiseScale,
    PointWeights,
    RankingWeights,
    Score,
)
from diva_desktop.io.json_model import load_model_file

# the spec's small example (shared/examples/small-model.json), kept with the tests
SMALL = Path(__file__).resolve().parents[2] / "data" / "small-model.json"


def flat_case() -> Model:
    """Two criteria on 0–1 scales, w1 ∈ [0.2, 0.6] (so w2 = 1 − w1 ∈ [0.4, 0.8]).

    a = (1, 0), b = (0, 1), c = ([0.2, 0.6], 0.5). Focal w1 = centroid = 0.4.
    """
    return model(
        [leaf("c1"), leaf("c2")],
        {"a": {"c1": 1, "c2": 0}, "b": {"c1": 0, "c2": 1}, "c": {"c1": (0.2, 0.6), "c2": 0.5}},
        {"root": IntervalWeights(bounds={"c1": (0.2, 0.6)})},
    )


def test_flat_case_by_hand() -> None:
    ev = prepare(flat_case())
    vals = value_intervals(ev)
    # V(a) = w1 ∈ [0.2, 0.6], focal 0.4.  V(b) = 1 − w1 ∈ [0.4, 0.8], focal 0.6.
    # V(c) = w1·x + 0.5(1 − w1), x ∈ [0.2, 0.6]: least at x = 0.2, w1 = 0.6: 0.5 − 0.3·0.6 = 0.32;
    # greatest at x = 0.6, w1 = 0.6: 0.5 + 0.1·0.6 = 0.56; focal x = 0.4, w1 = 0.4: 0.46.
    assert np.allclose(vals.min, [0.2, 0.4, 0.32])
    assert np.allclose(vals.max, [0.6, 0.8, 0.56])
    assert np.allclose(vals.focal, [0.4, 0.6, 0.46])
    diff = differences(ev)
    # δ(a, b) = 2 w1 − 1 ∈ [−0.6, 0.2], focal −0.2.
    # δ(a, c) = w1(1.5 − x) − 0.5: least x = 0.6, w1 = 0.2 → −0.32; greatest x = 0.2, w1 = 0.6 → 0.28.
    # δ(b, c) = 0.5 − w1(0.5 + x): least x = 0.6, w1 = 0.6 → −0.16; greatest x = 0.2, w1 = 0.2 → 0.36.
    expect_min = np.array([[0, -0.6, -0.32], [-0.2, 0, -0.16], [-0.28, -0.36, 0]])
    expect_max = -expect_min.T
    assert np.allclose(diff.min, expect_min)
    assert np.allclose(diff.max, expect_max)
    assert np.allclose(diff.focal, [[0, -0.2, -0.06], [0.2, 0, 0.14], [0.06, -0.14, 0]])
    assert dominance(diff) == []
    # regret[a] = max_b max δ(b, a): a: max(0.6, 0.32); b: max(0.2, 0.16); c: max(0.28, 0.36)
    regret = max_regret(diff)
    assert np.allclose(regret, [0.6, 0.2, 0.36])
    rules = decision_rules(vals, regret)
    assert rules == {
        "maximax": [1],
        "maximin": [1],
        "central_values": [1],
        "minimax_regret": [1],
        "focal": [1],
    }


def hierarchical_case() -> Model:
    """root → (n1 → (c1, c2), c3); root: ranking n1 ≥ c3; n1: the whole simplex.

    Root vertices (1, 0) and (1/2, 1/2), focal ROC (3/4, 1/4); n1 vertices e1, e2,
    focal (1/2, 1/2).
    """
    return model(
        [node("n1", leaf("c1"), leaf("c2")), leaf("c3")],
        {"a": {"c1": 1, "c2": 0, "c3": 0.4}, "b": {"c1": 0.5, "c2": 0.5, "c3": 1}},
        {"root": RankingWeights(order=(("n1",), ("c3",))), "n1": free("c1", "c2")},
    )


def test_hierarchical_case_by_hand() -> None:
    ev = prepare(hierarchical_case())
    vals = value_intervals(ev)
    # a: n1 ∈ [0, 1]; root least min(0, ½·0 + ½·0.4) = 0, greatest max(1, ½ + 0.2) = 1;
    #    focal ¾·½ + ¼·0.4 = 0.475.
    # b: n1 ≡ 0.5; root least min(0.5, ¾) = 0.5, greatest 0.75; focal ¾·½ + ¼ = 0.625.
    assert np.allclose(vals.min, [0.0, 0.5])
    assert np.allclose(vals.max, [1.0, 0.75])
    assert np.allclose(vals.focal, [0.475, 0.625])
    diff = differences(ev)
    # δ(a, b) leaf terms (0.5, −0.5, −0.6): n1 ∈ [−0.5, 0.5];
    # least min(−0.5, ½(−0.5) + ½(−0.6)) = −0.55; greatest max(0.5, ½·0.5 − 0.3) = 0.5.
    assert diff.min[0, 1] == pytest.approx(-0.55)
    assert diff.max[0, 1] == pytest.approx(0.5)
    assert diff.focal[0, 1] == pytest.approx(-0.15)
    # global weights: c1 ∈ [½·0, 1·1], c3 ∈ [0, ½]; focal (3/8, 3/8, 1/4)
    lo, hi = global_weight_bounds(ev)
    assert np.allclose(lo, [0, 0, 0]) and np.allclose(hi, [1, 1, 0.5])
    assert np.allclose(ev.focal_weights, [0.375, 0.375, 0.25])


def test_small_example_end_to_end_values() -> None:
    ev = prepare(load_model_file(SMALL))
    vals = value_intervals(ev)
    a = ev.alternatives.index("e_tjanster")
    # Root: CAR, invanare over risk with step 2: w_inv ≥ w_risk (vertices (1, 0), (½, ½)),
    #   focal ∝ (1/1 + 3/3, 1/3 + 1/3) = (¾, ¼).
    # invanare: digitala ∈ [0.4, 0.7], handläggning = 1 − digitala; focal = centroid (0.55, 0.45).
    # e_tjanster: digitala [70, 85] on 40–100 → [0.5, 0.75], focal v(77.5) = 0.625;
    #   handläggning 48 on (20,1)-(36,0.6)-(60,0) → 0.6 − 0.6·12/24 = 0.3; risk medel → 0.5.
    # least: invanare min over w of 0.5w + 0.3(1 − w) = 0.3 + 0.2w → 0.38 (w = 0.4);
    #   root min(0.38, ½·0.38 + ½·0.5) = 0.38.
    # greatest: 0.75w + 0.3(1 − w) → 0.615 (w = 0.7); root max(0.615, ½·0.615 + ¼) = 0.615.
    # focal: 0.4125·0.625 + 0.3375·0.3 + 0.25·0.5 = 0.4840625.
    assert vals.min[a] == pytest.approx(0.38)
    assert vals.max[a] == pytest.approx(0.615)
    assert vals.focal[a] == pytest.approx(0.4840625)
    b = ev.alternatives.index("bygglov")
    # bygglov: digitala 50 → 1/6; handläggning [28, 36] → [0.6, 0.8], focal v(32) = 0.7;
    #   risk [medel, låg] → [0.5, 1], focal 0.75.
    # least: 1/6·w + 0.6(1 − w) at w = 0.7 → 0.29667; root min(0.29667, ½·0.29667 + ¼) = 0.29667.
    # greatest: 1/6·w + 0.8(1 − w) at w = 0.4 → 0.54667; root max(·, ½·0.54667 + ½) = 0.77333.
    assert vals.min[b] == pytest.approx(0.6 - 0.7 * (0.6 - 1 / 6))
    assert vals.max[b] == pytest.approx(0.5 * (0.8 - 0.4 * (0.8 - 1 / 6)) + 0.5)
    assert vals.focal[b] == pytest.approx(0.4125 / 6 + 0.3375 * 0.7 + 0.25 * 0.75)
    lo, hi = global_weight_bounds(ev)
    assert np.allclose(ev.focal_weights, [0.4125, 0.3375, 0.25])
    assert np.allclose(lo, [0.2, 0.15, 0.0]) and np.allclose(hi, [0.7, 0.6, 0.5])


def test_missing_scores_warn_and_span_the_scale() -> None:
    m = model([leaf("c1"), leaf("c2")], {"a": {"c1": 1}, "b": {"c1": 0, "c2": 1}})
    ev = prepare(m)
    assert ev.lo[0, 1] == 0 and ev.hi[0, 1] == 1 and ev.focal[0, 1] == 0.5
    assert any("scores.a.c2" in w and "missing" in w for w in ev.warnings)


def test_invalid_and_infeasible_models_raise() -> None:
    bad = model([leaf("c1")], {"a": {"c1": 2}})  # outside the 0–1 scale
    with pytest.raises(ModelError):
        prepare(bad)
    infeasible = model(
        [leaf("c1"), leaf("c2")],
        {"a": {"c1": 1, "c2": 0}},
        {"root": IntervalWeights(bounds={"c1": (0.7, 1.0), "c2": (0.4, 1.0)})},
    )
    with pytest.raises(InfeasibleError):
        prepare(infeasible)


def test_dominance_and_ties() -> None:
    m = model(
        [leaf("c1"), leaf("c2")],
        {
            "a": {"c1": 0.8, "c2": 0.6},
            "b": {"c1": 0.5, "c2": 0.6},  # a ≥ b everywhere, > where w1 > 0
            "c": {"c1": 0.8, "c2": 0.6},  # identical to a: a tie, no dominance
        },
        {"root": free()},
    )
    ev = prepare(m)
    diff = differences(ev)
    pairs = {(ev.alternatives[x], ev.alternatives[y]) for x, y in dominance(diff)}
    assert pairs == {("a", "b"), ("c", "b")}
    rules = decision_rules(value_intervals(ev), max_regret(diff))
    for name in ("maximax", "maximin", "central_values", "minimax_regret", "focal"):
        assert [ev.alternatives[i] for i in rules[name]] == ["a", "c"], name


def test_value_range_general_coefficients() -> None:
    ev = prepare(hierarchical_case())
    diff = differences(ev)
    lo, hi = value_range(ev, [1.0, -1.0])
    assert (lo, hi) == pytest.approx((diff.min[0, 1], diff.max[0, 1]))
    vals = value_intervals(ev)
    lows, highs = value_ranges(ev, np.eye(2))
    assert np.allclose(lows, vals.min) and np.allclose(highs, vals.max)
    # τ = 1: everything contracted to the focal point
    lo1, hi1 = value_range(ev, [2.0, 1.0], tau=1.0)
    assert lo1 == pytest.approx(hi1) == pytest.approx(2 * 0.475 + 0.625)


def test_contracted_scores_by_hand() -> None:
    tent = PiecewiseScale(((0.0, 0.0), (5.0, 1.0), (10.0, 0.0)))
    m = model(
        [leaf("c1", LinearScale(0, 10)), leaf("c2", tent)],
        {"a": {"c1": (2.0, 8.0), "c2": (1.0, 7.0)}},
    )
    ev = prepare(m)
    lo, hi = contracted_scores(ev, 0.5)
    # c1: [2, 8] → [3.5, 6.5] → values [0.35, 0.65]
    # c2: [1, 7], midpoint 4, half-width 3·0.5 → [2.5, 5.5]: v(2.5) = 0.5, v(5) = 1, v(5.5) = 0.9
    assert np.allclose(lo[0], [0.35, 0.5]) and np.allclose(hi[0], [0.65, 1.0])
    assert ev.curved[0, 1] and not ev.curved[0, 0]


# ---------------------------------------------------------------------------
# Properties
# ---------------------------------------------------------------------------


@settings(max_examples=40)
@given(small_models())
def test_matches_one_lp_over_the_flattened_problem(m: Model) -> None:
    ev = prepare(m)
    vals = value_intervals(ev)
    diff = differences(ev)
    for a in range(ev.m):
        assert vals.min[a] == pytest.approx(lp_optimum(ev, ev.lo[a]), abs=1e-9)
        assert vals.max[a] == pytest.approx(lp_optimum(ev, ev.hi[a], maximize=True), abs=1e-9)
        for b in range(ev.m):
            if a != b:
                assert diff.min[a, b] == pytest.approx(lp_optimum(ev, ev.lo[a] - ev.hi[b]), abs=1e-9)
    assert np.all(vals.min <= vals.focal + 1e-12) and np.all(vals.focal <= vals.max + 1e-12)
    assert np.allclose(diff.max, -diff.min.T)


def _with_bound(m: Model, node_id: str, child: str, lo: float, hi: float) -> Model:
    pref = m.weights.get(node_id)
    assert pref is not None and not isinstance(pref, PointWeights)
    new = replace(pref, constraints=(*pref.constraints, Bound(child, min=lo, max=hi)))
    return replace(m, weights={**m.weights, node_id: new})


@settings(max_examples=30)
@given(small_models(), st.data())
def test_a_statement_never_widens_intervals_nor_removes_dominance(m: Model, data: st.DataObject) -> None:
    ev = prepare(m)
    nodes = [n for n in ev.nodes if n in m.weights and not isinstance(m.weights[n], PointWeights)]
    if not nodes:
        return
    node_id = data.draw(st.sampled_from(nodes))
    ls = ev.sets[node_id]
    j = data.draw(st.integers(0, ls.n - 1))
    f = float(ls.focal[j])
    width = data.draw(st.sampled_from([0.0, 0.02, 0.1]))
    m2 = _with_bound(m, node_id, ls.children[j], max(0.0, f - width), min(1.0, f + width))
    ev2 = prepare(m2)
    v1, v2 = value_intervals(ev), value_intervals(ev2)
    assert np.all(v2.min >= v1.min - 1e-9) and np.all(v2.max <= v1.max + 1e-9)
    d1, d2 = differences(ev), differences(ev2)
    assert np.all(d2.min >= d1.min - 1e-9) and np.all(d2.max <= d1.max + 1e-9)
    for a, b in dominance(d1):
        # δ ≥ 0 everywhere survives; "> 0 somewhere" may vanish only if δ ≡ 0 on the new set
        assert d2.min[a, b] >= -1e-9
        assert (a, b) in dominance(d2) or d2.max[a, b] <= 1e-9


@settings(max_examples=30)
@given(small_models(), st.randoms(use_true_random=False))
def test_permuting_alternatives_permutes_results(m: Model, rnd: object) -> None:
    perm = list(range(len(m.alternatives)))
    rnd.shuffle(perm)  # type: ignore[attr-defined]
    m2 = replace(m, alternatives=tuple(m.alternatives[i] for i in perm))
    ev, ev2 = prepare(m), prepare(m2)
    v, v2 = value_intervals(ev), value_intervals(ev2)
    for name in ("min", "max", "focal"):
        assert np.allclose(getattr(v2, name), getattr(v, name)[perm])
    d, d2 = differences(ev), differences(ev2)
    ix = np.ix_(perm, perm)
    assert np.allclose(d2.min, d.min[ix]) and np.allclose(d2.max, d.max[ix])
    assert {(perm[a], perm[b]) for a, b in dominance(d2)} == set(dominance(d))


def _reorder(criteria: tuple[Criterion, ...], rnd: object) -> tuple[Criterion, ...]:
    kids = [replace(c, children=_reorder(c.children, rnd)) if c.children else c for c in criteria]
    rnd.shuffle(kids)  # type: ignore[attr-defined]
    return tuple(kids)


@settings(max_examples=30)
@given(small_models(), st.randoms(use_true_random=False))
def test_permuting_criteria_leaves_values_unchanged(m: Model, rnd: object) -> None:
    m2 = replace(m, criteria=_reorder(m.criteria, rnd))
    v, v2 = value_intervals(prepare(m)), value_intervals(prepare(m2))
    assert np.allclose(v.min, v2.min, atol=1e-9)
    assert np.allclose(v.max, v2.max, atol=1e-9)
    assert np.allclose(v.focal, v2.focal, atol=1e-6)  # focal weights may be sampled centroids


def _affine(m: Model, factor: float, shift: float) -> Model:
    """x ↦ factor·x + shift on every numeric scale and score (the scale ends move too)."""

    def t(x: object) -> object:
        return x if isinstance(x, str) else factor * float(x) + shift  # type: ignore[arg-type]

    def crit(c: Criterion) -> Criterion:
        if c.children:
            return replace(c, children=tuple(crit(ch) for ch in c.children))
        s = c.effective_scale
        if isinstance(s, LinearScale):
            return replace(c, scale=LinearScale(t(s.worst), t(s.best)))  # type: ignore[arg-type]
        if isinstance(s, PiecewiseScale):
            return replace(c, scale=PiecewiseScale(tuple((t(x), v) for x, v in s.points)))  # type: ignore[misc]
        return c

    scores = {a: {k: Score(t(s.low), t(s.high)) for k, s in row.items()} for a, row in m.scores.items()}  # type: ignore[arg-type]
    return replace(m, criteria=tuple(crit(c) for c in m.criteria), scores=scores)


@settings(max_examples=30)
@given(small_models(), st.sampled_from([(2.0, 1.0), (0.5, -3.0), (10.0, 100.0)]))
def test_positive_affine_change_of_units_leaves_values_unchanged(m: Model, fs: tuple[float, float]) -> None:
    v = value_intervals(prepare(m))
    v2 = value_intervals(prepare(_affine(m, *fs)))
    for name in ("min", "max", "focal"):
        assert np.allclose(getattr(v, name), getattr(v2, name), atol=1e-9), name


@settings(max_examples=15)
@given(small_models(max_alternatives=3))
def test_lp_fallback_without_vertices_gives_the_same_optima(m: Model) -> None:
    # nodes whose vertices are not enumerated (too many) are optimised by one LP per objective
    ev = prepare(m)
    ev_lp = replace(ev, node_vertices=tuple(None for _ in ev.nodes))
    v, v_lp = value_intervals(ev), value_intervals(ev_lp)
    assert np.allclose(v.min, v_lp.min, atol=1e-9) and np.allclose(v.max, v_lp.max, atol=1e-9)
    d, d_lp = differences(ev), differences(ev_lp)
    assert np.allclose(d.min, d_lp.min, atol=1e-9)
    lo, hi = value_range(ev, np.ones(ev.m), tau=0.3)
    lo2, hi2 = value_range(ev_lp, np.ones(ev.m), tau=0.3)
    assert (lo, hi) == pytest.approx((lo2, hi2), abs=1e-9)


def test_edge_cases_one_alternative_and_no_criteria() -> None:
    ev = prepare(model([leaf("c1"), leaf("c2")], {"a": {"c1": 0.3, "c2": 0.5}}))
    diff = differences(ev)
    assert list(max_regret(diff)) == [0.0]
    assert decision_rules(value_intervals(ev), max_regret(diff))["maximin"] == [0]
    empty = prepare(Model(name="x", alternatives=model([], {"a": {}, "b": {}}).alternatives))
    v = value_intervals(empty)
    assert list(v.min) == [0.0, 0.0] and list(v.max) == [0.0, 0.0]
    assert dominance(differences(empty)) == []
