"""SMAA-2 (spec §4): exact small cases, sampling error bounds and properties."""

from __future__ import annotations

import math
from dataclasses import replace

import numpy as np
import pytest
from analysis_helpers import free, leaf, model, node, small_models
from hypothesis import given, settings

from diva_desktop.core.analysis import prepare
from diva_desktop.core.analysis.smaa import holistic_weights, smaa
from diva_desktop.core.errors import CancelledError
from diva_desktop.core.model import IntervalWeights, LinearScale, Model, PointWeights
from diva_desktop.core.progress import CancelToken

K = 40_000


def within(estimate: float, p: float, k: int = K, sigmas: float = 3.0) -> bool:
    """|estimate − p| ≤ 3σ with σ = √(p(1 − p)/K) (plus a hair for p ∈ {0, 1})."""
    return abs(estimate - p) <= sigmas * math.sqrt(p * (1 - p) / k) + 1e-12


def two_alternatives(bounds: dict[str, tuple[float, float]]) -> Model:
    return model(
        [leaf("c1"), leaf("c2")],
        {"a": {"c1": 1, "c2": 0}, "b": {"c1": 0, "c2": 1}},
        {"root": IntervalWeights(bounds=bounds)},
    )


def test_two_criteria_uniform_weights() -> None:
    # V(a) = w1, V(b) = 1 − w1 with w1 ~ U(0, 1): a ranks first iff w1 > ½ → ½.
    # Central weights of a: E[w1 | w1 > ½] = ¾. Confidence (precise scores): 1.
    r = smaa(prepare(two_alternatives({})), samples=K, seed=3)
    acc = r.rank_acceptability
    assert within(acc[0, 0], 0.5) and acc[0, 0] + acc[0, 1] == pytest.approx(1)
    assert np.allclose(acc.sum(axis=0), 1) and np.allclose(acc.sum(axis=1), 1)
    assert r.central_weights[0] == pytest.approx([0.75, 0.25], abs=0.01)
    assert r.central_weights[1] == pytest.approx([0.25, 0.75], abs=0.01)
    assert list(r.confidence) == [1.0, 1.0]
    assert r.pairwise_winning[0, 1] == pytest.approx(acc[0, 0])
    assert r.holistic == pytest.approx(acc[:, 0])  # α = (1, 0)


def test_two_criteria_bounded_weight() -> None:
    # w1 ~ U(0.2, 0.6): P(w1 > ½) = 0.1/0.4 = 0.25; E[w1 | w1 > ½] = 0.55.
    r = smaa(prepare(two_alternatives({"c1": (0.2, 0.6)})), samples=K, seed=5)
    assert within(r.rank_acceptability[0, 0], 0.25)
    assert r.central_weights[0, 0] == pytest.approx(0.55, abs=0.003)
    assert r.central_weights[1, 0] == pytest.approx(0.35, abs=0.005)  # E[w1 | w1 < ½]


def test_three_alternatives_interval_lengths() -> None:
    # a = (1, 0), b = (0, 1), c = (0.6, 0.6): V = w1, 1 − w1, 0.6 with w1 ~ U(0, 1).
    # a first iff w1 > 0.6 (0.4); b first iff w1 < 0.4 (0.4); c first on (0.4, 0.6) (0.2).
    # a last iff w1 < ½ (below b and below 0.6): 0.5; so a's acceptabilities (0.4, 0.1, 0.5).
    # c is never last (min(w1, 1 − w1) ≤ ½ < 0.6): (0.2, 0.8, 0).
    # Holistic with α = (1, ½, 0): a 0.45, b 0.45, c 0.6. Central weights: a (0.8, 0.2),
    # c (0.5, 0.5). Pairwise: P(a > b) = ½, P(a > c) = 0.4, P(c > b) = 0.6.
    m = model(
        [leaf("c1"), leaf("c2")],
        {"a": {"c1": 1, "c2": 0}, "b": {"c1": 0, "c2": 1}, "c": {"c1": 0.6, "c2": 0.6}},
        {"root": free()},
    )
    r = smaa(prepare(m), samples=K, seed=11)
    expect = np.array([[0.4, 0.1, 0.5], [0.4, 0.1, 0.5], [0.2, 0.8, 0.0]])
    for a in range(3):
        for k in range(3):
            assert within(r.rank_acceptability[a, k], expect[a, k]), (a, k)
    assert np.allclose(r.holistic, r.rank_acceptability @ [1.0, 0.5, 0.0])
    assert r.holistic == pytest.approx([0.45, 0.45, 0.6], abs=0.01)
    assert r.central_weights[0] == pytest.approx([0.8, 0.2], abs=0.01)
    assert r.central_weights[2] == pytest.approx([0.5, 0.5], abs=0.01)
    assert within(r.pairwise_winning[0, 1], 0.5)
    assert within(r.pairwise_winning[0, 2], 0.4)
    assert within(r.pairwise_winning[2, 1], 0.6)
    assert np.allclose(r.pairwise_winning + r.pairwise_winning.T + np.eye(3), 1)
    assert list(r.confidence) == [1.0, 1.0, 1.0]


def test_interval_scores_and_confidence() -> None:
    # One criterion. a is missing (uniform on [0, 1]); b = 0.5; c ∈ [2, 4] on 0–10 → U(0.2, 0.4).
    # a first iff v_a > ½: ½; b first otherwise; c never first.
    # Confidence at the central weights (the only weight is 1): a ½, b ½; c none.
    m = model(
        [leaf("c", LinearScale(0, 10))],
        {"a": {}, "b": {"c": 5.0}, "c": {"c": (2.0, 4.0)}},
    )
    r = smaa(prepare(m), samples=K, seed=2)
    assert within(r.rank_acceptability[0, 0], 0.5)
    assert within(r.rank_acceptability[1, 0], 0.5)
    # c is second iff v_a < v_c: P = E[v_c] = 0.3
    assert within(r.rank_acceptability[2, 1], 0.3)
    assert within(r.confidence[0], 0.5) and within(r.confidence[1], 0.5)
    assert math.isnan(r.confidence[2]) and np.isnan(r.central_weights[2]).all()
    assert r.rank_acceptability[2, 0] == 0


def test_piecewise_interval_sampled_in_score_units() -> None:
    # v = x² approximated... use a two-segment scale: v(0) = 0, v(5) = 0.9, v(10) = 1.
    # a ∈ [0, 10] uniform in score units: P(v_a > 0.45) = P(x > 2.5) = 0.75 (not 0.55 as uniform
    # in value units would give). b = 0.45 exactly (x = 2.5).
    from diva_desktop.core.model import PiecewiseScale

    scale = PiecewiseScale(((0.0, 0.0), (5.0, 0.9), (10.0, 1.0)))
    m = model([leaf("c", scale)], {"a": {"c": (0.0, 10.0)}, "b": {"c": 2.5}})
    r = smaa(prepare(m), samples=K, seed=4)
    assert within(r.rank_acceptability[0, 0], 0.75)


def test_degenerate_point_weights_match_the_focal_ranking() -> None:
    m = model(
        [leaf("c1"), leaf("c2"), leaf("c3")],
        {
            "a": {"c1": 0.2, "c2": 0.9, "c3": 0.1},
            "b": {"c1": 0.8, "c2": 0.1, "c3": 0.5},
            "c": {"c1": 0.5, "c2": 0.5, "c3": 0.5},
            "d": {"c1": 0.5, "c2": 0.5, "c3": 0.5},  # tied with c
        },
        {"root": PointWeights(weights={"c1": 1, "c2": 2, "c3": 1})},
    )
    ev = prepare(m)
    r = smaa(ev, samples=1000, seed=1)
    # focal V: a (0.2 + 1.8 + 0.1)/4 = 0.525, b 0.375, c = d = 0.5 → ranks a 1, c 2, d 2, b 4
    expect = np.zeros((4, 4))
    expect[0, 0] = expect[2, 1] = expect[3, 1] = expect[1, 3] = 1
    assert np.array_equal(r.rank_acceptability, expect)
    assert r.pairwise_winning[2, 3] == 0 and r.pairwise_winning[3, 2] == 0
    assert r.central_weights[0] == pytest.approx([0.25, 0.5, 0.25])
    assert r.confidence[0] == 1.0 and np.isnan(r.confidence[1:]).all()


def test_hierarchy_central_weights_are_global() -> None:
    m = model(
        [node("n", leaf("c1"), leaf("c2")), leaf("c3")],
        {"a": {"c1": 1, "c2": 0, "c3": 0}, "b": {"c1": 0, "c2": 1, "c3": 1}},
        {"root": free(), "n": free()},
    )
    r = smaa(prepare(m), samples=20_000, seed=8)
    # V(a) = u·x, V(b) = u(1 − x) + (1 − u) with u, x ~ U(0, 1) independent:
    # a first iff u·x > 1 − u·x ⇔ u·x > ½: P = ∫_{½}^{1} (1 − 1/(2u)) du = ½ − ½ ln 2.
    assert within(r.rank_acceptability[0, 0], 0.5 - 0.5 * math.log(2), 20_000)
    assert np.allclose(np.nansum(r.central_weights, axis=1), 1.0)


@settings(max_examples=15)
@given(small_models(max_alternatives=4))
def test_reproducible_and_shares_sum_to_one(m: Model) -> None:
    ev = prepare(m)
    r1 = smaa(ev, samples=2000, seed=7)
    r2 = smaa(ev, samples=2000, seed=7)
    for name in ("rank_acceptability", "pairwise_winning", "holistic"):
        assert np.array_equal(getattr(r1, name), getattr(r2, name))
    assert np.array_equal(r1.central_weights, r2.central_weights, equal_nan=True)
    assert np.array_equal(r1.confidence, r2.confidence, equal_nan=True)
    acc = r1.rank_acceptability
    assert np.allclose(acc.sum(axis=1), 1)
    # per rank the shares sum to 1 unless alternatives tie (then a rank is shared, the next empty)
    col = acc.sum(axis=0)
    assert np.all(col <= ev.m + 1e-9) and col.sum() == pytest.approx(ev.m)
    assert np.all((r1.holistic >= -1e-12) & (r1.holistic <= 1 + 1e-12))
    assert np.all(r1.pairwise_winning + r1.pairwise_winning.T <= 1 + 1e-12)
    has = ~np.isnan(r1.central_weights).any(axis=1)
    assert np.array_equal(has, acc[:, 0] > 0)
    assert np.allclose(r1.central_weights[has].sum(axis=1), 1)


@settings(max_examples=10)
@given(small_models(max_alternatives=4, allow_missing=False))
def test_without_ties_every_rank_sums_to_one(m: Model) -> None:
    # distinct scores per alternative make ties a zero-probability event unless two rows coincide
    ev = prepare(m)
    if len({tuple(r) for r in np.c_[ev.lo, ev.hi]}) < ev.m or np.any(ev.lo == ev.hi):
        return
    r = smaa(ev, samples=2000, seed=1)
    assert np.allclose(r.rank_acceptability.sum(axis=0), 1)


def test_permuting_alternatives_permutes_results_with_precise_scores() -> None:
    m = model(
        [leaf("c1"), leaf("c2"), leaf("c3")],
        {
            "a": {"c1": 0.9, "c2": 0.1, "c3": 0.4},
            "b": {"c1": 0.2, "c2": 0.8, "c3": 0.5},
            "c": {"c1": 0.5, "c2": 0.5, "c3": 0.2},
        },
        {"root": IntervalWeights(bounds={"c1": (0.1, 0.7)})},
    )
    perm = [2, 0, 1]
    m2 = replace(m, alternatives=tuple(m.alternatives[i] for i in perm))
    r1, r2 = smaa(prepare(m), samples=5000, seed=9), smaa(prepare(m2), samples=5000, seed=9)
    assert np.array_equal(r2.rank_acceptability, r1.rank_acceptability[perm])
    assert np.array_equal(r2.pairwise_winning, r1.pairwise_winning[np.ix_(perm, perm)])
    assert np.allclose(r2.central_weights, r1.central_weights[perm], equal_nan=True)


def test_holistic_meta_weights() -> None:
    assert list(holistic_weights(1)) == [1.0]
    assert list(holistic_weights(3)) == [1.0, 0.5, 0.0]


def test_progress_and_cancel() -> None:
    ev = prepare(two_alternatives({}))
    seen: list[float] = []
    smaa(ev, samples=5000, seed=1, chunk_size=1000, progress=seen.append)
    assert seen[0] == 0.0 and seen[-1] == 1.0 and seen == sorted(seen)
    token = CancelToken()
    token.cancel()
    with pytest.raises(CancelledError):
        smaa(ev, samples=5000, seed=1, cancel=token)


def test_chunking_does_not_change_exact_counts() -> None:
    # point weights: every sample identical, so chunking cannot change anything
    m = model([leaf("c1"), leaf("c2")], {"a": {"c1": 1, "c2": 0}, "b": {"c1": 0, "c2": 1}})
    r1 = smaa(prepare(m), samples=3000, seed=1, chunk_size=700)
    assert np.array_equal(r1.rank_acceptability, [[1, 0], [1, 0]])  # an exact tie: both first


@settings(max_examples=15)
@given(small_models(max_alternatives=4))
def test_pairs_decided_on_all_of_s_skip_comparison_without_changing_results(m: Model) -> None:
    ev = prepare(m)
    fast = smaa(ev, samples=1500, seed=2)  # decided/tied pairs from the exact differences
    slow = smaa(replace(ev, node_vertices=tuple(None for _ in ev.nodes)), samples=1500, seed=2)
    assert np.array_equal(fast.rank_acceptability, slow.rank_acceptability)
    assert np.array_equal(fast.pairwise_winning, slow.pairwise_winning)
    assert np.allclose(fast.central_weights, slow.central_weights, equal_nan=True)
