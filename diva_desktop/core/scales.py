"""Value functions of the leaf scales and value intervals of scores (spec §1.1–1.2).

Every function here is vectorised over numpy arrays. Scores are assumed to be
valid (inside the scale's domain, known level labels): validation happens once at
the boundary (:mod:`diva_desktop.core.validation`); :func:`score_values` re-checks
a single score and raises :class:`~diva_desktop.core.errors.ModelError` rather than
clipping silently.

Value function v (spec §1.1):

* linear: ``v(x) = (x − worst)/(best − worst)``;
* piecewise: linear interpolation between the points ``(x_k, v_k)``;
* levels: the value of the level (here addressed by the level's index).

Value interval of a score (spec §1.2): ``[min v, max v]`` over the score
interval. A piecewise function need not be monotone, so its extremes over
``[low, high]`` are among ``v(low)``, ``v(high)`` and the values at the
breakpoints strictly inside the interval (a linear function on each segment
attains its extremes at the segment's ends). For levels the extremes are taken
over the levels from ``low`` to ``high`` in the order listed. A missing score is
complete ignorance: ``[0, 1]`` with focal value 0.5.

The focal (representative) value is ``v`` at the midpoint of a numeric interval
in score units, or the mean of the two end levels' values for a level interval.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from .errors import ModelError
from .model import LevelsScale, LinearScale, PiecewiseScale, Scale, Score
from .validation import errors_of, validate_score

FloatArray = npt.NDArray[np.float64]

__all__ = [
    "FloatArray",
    "ScoreValues",
    "level_values",
    "numeric_value_interval",
    "score_values",
    "values",
]


def level_values(scale: LevelsScale) -> FloatArray:
    """The values of the levels of a level scale, in the order listed."""
    return np.array([lv.value for lv in scale.levels], dtype=np.float64)


def _points(scale: PiecewiseScale) -> tuple[FloatArray, FloatArray]:
    pts = np.asarray(scale.points, dtype=np.float64).reshape(-1, 2)
    return pts[:, 0], pts[:, 1]


def values(scale: Scale, x: npt.ArrayLike) -> FloatArray:
    """The value function v applied elementwise (spec §1.1).

    Parameters
    ----------
    scale
        A leaf's scale.
    x
        Scores in the scale's units (numeric scales), or level indices (integers
        into ``scale.levels``) for a :class:`~diva_desktop.core.model.LevelsScale`.

    Returns
    -------
    ndarray
        ``v(x)`` with the shape of ``x``: ``(x − worst)/(best − worst)`` for a
        linear scale, linear interpolation between the points for a piecewise
        scale, the level's value for a level scale. Numeric scores are not
        clipped; scores outside the domain are the caller's error.
    """
    if isinstance(scale, LinearScale):
        arr = np.asarray(x, dtype=np.float64)
        return (arr - scale.worst) / (scale.best - scale.worst)
    if isinstance(scale, PiecewiseScale):
        arr = np.asarray(x, dtype=np.float64)
        xs, vs = _points(scale)
        return np.asarray(np.interp(arr, xs, vs), dtype=np.float64)
    idx = np.asarray(x, dtype=np.intp)
    return level_values(scale)[idx]


def numeric_value_interval(
    scale: LinearScale | PiecewiseScale, low: npt.ArrayLike, high: npt.ArrayLike
) -> tuple[FloatArray, FloatArray]:
    """Least and greatest value of v over score intervals ``[low, high]``.

    Parameters
    ----------
    scale
        A linear or piecewise scale.
    low, high
        Interval ends in score units (broadcast together), ``low ≤ high``.

    Returns
    -------
    (vmin, vmax)
        ``min`` and ``max`` of v over each interval. A linear v is monotone, so
        the extremes are at the ends. A piecewise-linear v attains its extremes
        on a closed interval at an end or at a breakpoint strictly inside
        (spec §1.2), so those candidates are compared.
    """
    lo, hi = np.broadcast_arrays(np.asarray(low, dtype=np.float64), np.asarray(high, dtype=np.float64))
    v_lo = values(scale, lo)
    v_hi = values(scale, hi)
    vmin = np.minimum(v_lo, v_hi)
    vmax = np.maximum(v_lo, v_hi)
    if isinstance(scale, PiecewiseScale) and len(scale.points) > 2 and lo.size:
        xs, vs = _points(scale)
        inner_x, inner_v = xs[1:-1], vs[1:-1]
        inside = (inner_x > lo[..., None]) & (inner_x < hi[..., None])
        vmin = np.minimum(vmin, np.where(inside, inner_v, np.inf).min(axis=-1))
        vmax = np.maximum(vmax, np.where(inside, inner_v, -np.inf).max(axis=-1))
    return vmin, vmax


@dataclass(frozen=True)
class ScoreValues:
    """A score expressed in value units, with what contraction and sampling need.

    Attributes
    ----------
    low, high
        The value interval ``[min v, max v]`` over the score (spec §1.2).
    focal
        The focal value: v at the midpoint in score units (numeric scores), the
        mean of the two end levels' values (levels), or 0.5 (missing).
    numeric
        True for a numeric score: contracted and sampled in score units.
        False for level scores and missing scores: contracted and sampled in
        value units.
    x_low, x_high
        The score interval in score units (numeric scores), else NaN.
    missing
        True when the score is absent (treated as ``[0, 1]``, focal 0.5).
    """

    low: float
    high: float
    focal: float
    numeric: bool
    x_low: float = math.nan
    x_high: float = math.nan
    missing: bool = False

    @property
    def precise(self) -> bool:
        """True when the value interval is a single point."""
        return self.low == self.high


MISSING = ScoreValues(0.0, 1.0, 0.5, numeric=False, missing=True)


def score_values(scale: Scale, score: Score | None, location: str = "score") -> ScoreValues:
    """The value interval and focal value of one score (spec §1.2).

    Parameters
    ----------
    scale
        The leaf's (effective) scale.
    score
        The score, or ``None`` when it is missing.
    location
        Where the score is, for error messages (``scores.<alternative>.<leaf>``).

    Returns
    -------
    ScoreValues
        Missing → ``[0, 1]`` with focal 0.5. Numeric ``[x_lo, x_hi]`` →
        ``[min v, max v]`` over it with focal ``v((x_lo + x_hi)/2)``. Levels
        ``[i, j]`` → ``[min, max]`` of the level values ``i..j`` with focal
        ``(v_i + v_j)/2``.

    Raises
    ------
    ModelError
        If the score does not fit the scale (unknown level, out of the domain,
        reversed interval).
    """
    if score is None:
        return MISSING
    errors = errors_of(validate_score(score, scale, location))
    if errors:
        raise ModelError(errors)
    if isinstance(scale, LevelsScale):
        i = scale.index_of(str(score.low))
        j = scale.index_of(str(score.high))
        assert i is not None and j is not None  # checked by validate_score
        vals = level_values(scale)[i : j + 1]
        focal = 0.5 * (float(vals[0]) + float(vals[-1]))
        return ScoreValues(float(vals.min()), float(vals.max()), focal, numeric=False)
    x_lo, x_hi = float(score.low), float(score.high)
    vmin, vmax = numeric_value_interval(scale, x_lo, x_hi)
    focal = float(values(scale, 0.5 * (x_lo + x_hi)))
    return ScoreValues(float(vmin), float(vmax), focal, numeric=True, x_low=x_lo, x_high=x_hi)
