"""Contraction levels ``decided_at`` (spec §4), against hand derivations and a brute force."""

from __future__ import annotations

import math

import numpy as np
import pytest
from analysis_helpers import free, leaf, lp_optimum, model, node, small_models
from hypothesis import given, settings

from diva_desktop.core.analysis import differences, prepare
from diva_desktop.core.analysis.contraction import decided_at, min_difference_at
from diva_desktop.core.analysis.values import Evaluation, contracted_scores
from diva_desktop.core.model import IntervalWeights, LinearScale, Model, RankingWeights
from diva_desktop.core.preferences import contracted


def levels(m: Model) -> tuple[Evaluation, np.ndarray]:
    ev = prepare(m)
    return ev, decided_at(ev, differences(ev))


def test_flat_precise_closed_form() -> None:
    # a = (1, 0), b = (0, 1), w1 ∈ [0.2, 0.9], focal = centroid (0.55, 0.45).
    # δ(a, b) = 2 w1 − 1: focal 0.1, least −0.6. Contracted: least(τ) = 0.1 + (1 − τ)(−0.6 − 0.1),
    # which is 0 at 1 − τ = 0.1/0.7, τ = 6/7.
    m = model(
        [leaf("c1"), leaf("c2")],
        {"a": {"c1": 1, "c2": 0}, "b": {"c1": 0, "c2": 1}},
        {"root": IntervalWeights(bounds={"c1": (0.2, 0.9)})},
    )
    ev, lv = levels(m)
    assert lv[0, 1] == pytest.approx(6 / 7, abs=1e-12)
    assert lv[1, 0] == lv[0, 1]
    assert math.isnan(lv[0, 0])
    # the bisection path (used for non-flat models) agrees with the closed form
    tau = np.array([6 / 7 - 1e-4, 6 / 7 + 1e-4])
    vals = min_difference_at(ev, np.array([0, 0]), np.array([1, 1]), tau)
    assert vals[0] < 0 < vals[1]


def test_spec_example_numbers() -> None:
    # spec §4's example: least −0.1, focal 0.0889 → decided at 0.1/0.1889 = 0.5294.
    # a = (0.2778, 0), b = (0, 0.1) on the whole simplex (focal w = (½, ½)):
    # δ(w) = 0.2778 w1 − 0.1 w2, focal 0.1389 − 0.05 = 0.0889, least −0.1 (at w1 = 0).
    m = model(
        [leaf("c1"), leaf("c2")],
        {"a": {"c1": 0.2778, "c2": 0.0}, "b": {"c1": 0.0, "c2": 0.1}},
        {"root": free()},
    )
    _, lv = levels(m)
    assert lv[0, 1] == pytest.approx(0.1 / 0.1889, abs=1e-12)
    assert round(lv[0, 1], 4) == 0.5294


def test_interval_score_linear_in_tau() -> None:
    # One criterion (weight 1). a ∈ [2, 8] on 0–10 → [0.2, 0.8], focal 0.5; b = 4 → 0.4.
    # δ ∈ [−0.2, 0.4], focal 0.1; contracted least 0.1 − 0.3(1 − τ) = 0 at τ = 2/3.
    m = model([leaf("c", LinearScale(0, 10))], {"a": {"c": (2.0, 8.0)}, "b": {"c": 4.0}})
    _, lv = levels(m)
    assert lv[0, 1] == pytest.approx(2 / 3, abs=1e-5)


def test_weights_and_scores_shrinking_together_quadratic() -> None:
    # Two criteria, the whole simplex (focal w1 = ½). a = ([0.2, 0.8], 0.5), b = (0.3, 0.4).
    # δ = w1(x − 0.3) + 0.1(1 − w1) = w1(x − 0.4) + 0.1; focal x = 0.5: δ_f = 0.15.
    # At shrink s = 1 − τ: w1 ∈ [½ − ½s, ½ + ½s], x ∈ [0.5 − 0.3s, 0.5 + 0.3s]; the least δ takes
    # x = 0.5 − 0.3s, coefficient 0.1 − 0.3s < 0 for s > 1/3, so w1 = ½ + ½s:
    # (½ + ½s)(0.1 − 0.3s) + 0.1 = 0  ⇔  0.15 s² + 0.1 s − 0.15 = 0  ⇔  s = (−0.1 + √0.1)/0.3.
    m = model(
        [leaf("c1"), leaf("c2")],
        {"a": {"c1": (0.2, 0.8), "c2": 0.5}, "b": {"c1": 0.3, "c2": 0.4}},
        {"root": free()},
    )
    _, lv = levels(m)
    s = (-0.1 + math.sqrt(0.1)) / 0.3
    assert lv[0, 1] == pytest.approx(1 - s, abs=1e-5)


def test_hierarchy_quadratic_in_tau() -> None:
    # root → (n1 → (c1, c2), c3); root ranking n1 ≥ c3, focal (¾, ¼), vertices (1, 0), (½, ½);
    # n1 the whole simplex, focal (½, ½). a = (1, 0, 0.4), b = (0.5, 0.5, 1): δ_f(b, a) = 0.15.
    # max δ(a, b) at shrink s: n1 gives w_c1 − ½ ≤ ½s; the root vertex (¾ + ¼s, ¼ − ¼s) is best:
    # (¾ + ¼s)(½s) − 0.6(¼ − ¼s) = 0.125 s² + 0.525 s − 0.15 = 0 ⇒ s = (−0.525 + √0.350625)/0.25.
    m = model(
        [node("n1", leaf("c1"), leaf("c2")), leaf("c3")],
        {"a": {"c1": 1, "c2": 0, "c3": 0.4}, "b": {"c1": 0.5, "c2": 0.5, "c3": 1}},
        {"root": RankingWeights(order=(("n1",), ("c3",))), "n1": free()},
    )
    _, lv = levels(m)
    s = (-0.525 + math.sqrt(0.350625)) / 0.25
    assert lv[1, 0] == pytest.approx(1 - s, abs=1e-5)


def test_null_when_focal_difference_is_zero_and_zero_when_never_open() -> None:
    m = model(
        [leaf("c1"), leaf("c2")],
        {
            "a": {"c1": 1, "c2": 0},
            "b": {"c1": 0, "c2": 1},  # δ(a, b) = 2w1 − 1, focal 0 (centroid ½): null
            "c": {"c1": 0, "c2": 0},  # dominated by a and b: decided at 0
        },
        {"root": free()},
    )
    _, lv = levels(m)
    assert math.isnan(lv[0, 1]) and math.isnan(lv[1, 0])
    assert lv[0, 2] == 0.0 and lv[2, 1] == 0.0


def brute_min_difference(ev: Evaluation, a: int, b: int, tau: float) -> float:
    """least δ(a, b) at level τ by contracted node sets (preferences.contracted) and one LP."""
    sets = {n: contracted(ev.sets[n], tau) for n in ev.nodes}
    ev_t = Evaluation(**{**ev.__dict__, "sets": sets})
    lo, hi = contracted_scores(ev, tau)
    return lp_optimum(ev_t, lo[a] - hi[b])


@settings(max_examples=25)
@given(small_models(max_alternatives=3))
def test_decided_at_is_the_least_decided_level(m: Model) -> None:
    ev = prepare(m)
    diff = differences(ev)
    lv = decided_at(ev, diff)
    for a in range(ev.m):
        for b in range(ev.m):
            if a == b:
                continue
            d_f = diff.focal[a, b]
            if abs(d_f) <= 1e-9:
                assert math.isnan(lv[a, b])
                continue
            t = lv[a, b]
            assert 0.0 <= t <= 1.0 and lv[b, a] == t
            x, y = (a, b) if d_f > 0 else (b, a)  # the pair whose δ_f > 0
            if t == 0.0:
                assert diff.min[x, y] >= -1e-9
                continue
            # decided at t (within the bisection tolerance), still open a little below
            assert brute_min_difference(ev, x, y, min(1.0, t + 1e-5)) >= -1e-9
            assert brute_min_difference(ev, x, y, max(0.0, t - 2e-4)) < 1e-9
