"""Value functions and value intervals of scores (spec §1.1–1.2)."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from diva_desktop.core.errors import ModelError
from diva_desktop.core.model import Level, LevelsScale, LinearScale, PiecewiseScale, Score
from diva_desktop.core.scales import level_values, numeric_value_interval, score_values, values

LEVELS = LevelsScale((Level("hög", 0.0), Level("medel", 0.5), Level("låg", 1.0)))
# A non-monotone level scale: the middle level is the best.
PEAK_LEVELS = LevelsScale((Level("a", 0.2), Level("b", 1.0), Level("c", 0.0), Level("d", 0.6)))
# A non-monotone piecewise scale: best at 5.
TENT = PiecewiseScale(((0.0, 0.0), (5.0, 1.0), (10.0, 0.0)))


def test_linear_values_vectorised_and_reversed() -> None:
    x = np.array([[0.0, 25.0], [50.0, 100.0]])
    assert np.allclose(values(LinearScale(0, 100), x), x / 100)
    # worst > best: lower is better, v(x) = (x − 60)/(20 − 60)
    assert np.allclose(values(LinearScale(60, 20), [60, 40, 20]), [0.0, 0.5, 1.0])


def test_piecewise_interpolates() -> None:
    s = PiecewiseScale(((20.0, 1.0), (40.0, 0.4), (60.0, 0.0)))
    assert np.allclose(values(s, [20, 30, 40, 50, 60]), [1.0, 0.7, 0.4, 0.2, 0.0])


def test_levels_by_index() -> None:
    assert np.allclose(values(LEVELS, [0, 2, 1]), [0.0, 1.0, 0.5])
    assert np.allclose(level_values(PEAK_LEVELS), [0.2, 1.0, 0.0, 0.6])


def test_piecewise_interval_includes_interior_breakpoints() -> None:
    # [2, 8] on the tent: v(2) = 0.4, v(8) = 0.4, but v(5) = 1 is inside.
    lo, hi = numeric_value_interval(TENT, 2.0, 8.0)
    assert (float(lo), float(hi)) == pytest.approx((0.4, 1.0))
    # [6, 9]: monotone decreasing part, no interior breakpoint.
    lo, hi = numeric_value_interval(TENT, [6.0, 0.0], [9.0, 10.0])
    assert np.allclose(lo, [0.2, 0.0]) and np.allclose(hi, [0.8, 1.0])
    # a breakpoint exactly at an end counts through the end value
    lo, hi = numeric_value_interval(TENT, 5.0, 7.5)
    assert (float(lo), float(hi)) == pytest.approx((0.5, 1.0))


@given(
    st.floats(0, 10, allow_nan=False),
    st.floats(0, 10, allow_nan=False),
)
def test_piecewise_interval_matches_dense_grid(x0: float, x1: float) -> None:
    lo_x, hi_x = min(x0, x1), max(x0, x1)
    scale = PiecewiseScale(((0.0, 0.3), (2.0, 0.9), (3.0, 0.1), (7.0, 0.7), (10.0, 0.2)))
    grid = np.linspace(lo_x, hi_x, 20001)
    grid = np.concatenate([grid, [p[0] for p in scale.points if lo_x <= p[0] <= hi_x]])
    v = values(scale, grid)
    lo, hi = numeric_value_interval(scale, lo_x, hi_x)
    assert float(lo) == pytest.approx(v.min(), abs=1e-12)
    assert float(hi) == pytest.approx(v.max(), abs=1e-12)


def test_score_values_numeric() -> None:
    sv = score_values(LinearScale(40, 100), Score(70.0, 85.0))
    assert (sv.low, sv.high, sv.focal) == pytest.approx((0.5, 0.75, 0.625))
    assert sv.numeric and not sv.missing and not sv.precise
    assert (sv.x_low, sv.x_high) == (70.0, 85.0)
    # focal is v at the midpoint in score units, not the mid of the value interval
    sv = score_values(TENT, Score(2.0, 8.0))
    assert (sv.low, sv.high, sv.focal) == pytest.approx((0.4, 1.0, 1.0))
    sv = score_values(TENT, Score(0.0, 6.0))  # midpoint 3 → 0.6; interval [0, 1]
    assert (sv.low, sv.high, sv.focal) == pytest.approx((0.0, 1.0, 0.6))


def test_score_values_precise() -> None:
    sv = score_values(PiecewiseScale(((20.0, 1.0), (36.0, 0.6), (60.0, 0.0))), Score.point(48.0))
    assert sv.precise and sv.low == pytest.approx(0.3) and sv.focal == pytest.approx(0.3)


def test_score_values_levels() -> None:
    sv = score_values(LEVELS, Score("medel", "låg"))
    assert (sv.low, sv.high, sv.focal) == (0.5, 1.0, 0.75)
    assert not sv.numeric and math.isnan(sv.x_low)
    # non-monotone levels: the extremes over a..c are 0 and 1, the focal the ends' mean
    sv = score_values(PEAK_LEVELS, Score("a", "c"))
    assert (sv.low, sv.high, sv.focal) == pytest.approx((0.0, 1.0, 0.1))
    sv = score_values(PEAK_LEVELS, Score.point("d"))
    assert (sv.low, sv.high, sv.focal) == (0.6, 0.6, 0.6)


def test_missing_score_is_complete_ignorance() -> None:
    sv = score_values(LinearScale(0, 10), None)
    assert (sv.low, sv.high, sv.focal) == (0.0, 1.0, 0.5)
    assert sv.missing and not sv.numeric


@pytest.mark.parametrize(
    ("scale", "score"),
    [
        (LinearScale(0, 10), Score.point(11.0)),
        (TENT, Score(-1.0, 3.0)),
        (LEVELS, Score.point("okänd")),
        (LEVELS, Score("låg", "hög")),
        (LinearScale(0, 10), Score(5.0, 4.0)),
    ],
)
def test_invalid_scores_raise_not_clip(
    scale: LinearScale | PiecewiseScale | LevelsScale, score: Score
) -> None:
    with pytest.raises(ModelError) as err:
        score_values(scale, score, "scores.a.c")
    assert "scores.a.c" in str(err.value)


@given(
    st.floats(-50, 50, allow_nan=False),
    st.floats(0.1, 20, allow_nan=False),
    st.floats(0, 1),
)
def test_positive_affine_change_of_units_keeps_values(shift: float, factor: float, u: float) -> None:
    # x ↦ factor·x + shift with the scale's ends moved likewise leaves v unchanged
    base = LinearScale(10, 90)
    moved = LinearScale(10 * factor + shift, 90 * factor + shift)
    x = 10 + 80 * u
    assert float(values(moved, factor * x + shift)) == pytest.approx(float(values(base, x)), abs=1e-9)
