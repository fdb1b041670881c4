"""One-way sensitivity analyses (spec §5): weight lines, switch points, tornado, score thresholds.

Notation (spec §4): ``V(a) = Σ_leaf W_leaf · v_leaf(a)``; the focal point is
every node at its focal local weights and every score at its focal score.

One-way weight sensitivity (spec §5)
    For node N (global focal weight ``G_N``, the product of the focal local
    weights on its path) and child c, the child's local weight t moves over
    [0, 1] while the other children keep their focal proportions,
    ``w_j(t) = (1 − t) f_j / (1 − f_c)`` (equal shares when ``f_c = 1``); all
    other nodes stay at their focal weights and all scores at their focal
    scores. With ``U_j(a)`` the focal value of child j's subtree (its own
    local weights normalised to 1) and ``V_out(a)`` the focal contribution of
    the leaves outside N,

        V_a(t) = V_out(a) + G_N · (t U_c(a) + (1 − t) Σ_{j≠c} p_j U_j(a)),   p_j = f_j / (1 − f_c),

    a straight line ``A_a + B_a t`` (the classical one-way analysis of additive
    value models, e.g. Belton & Stewart 2002, *Multiple Criteria Decision
    Analysis*, §5.4; Mustajoki, Hämäläinen & Salo 2005 for value trees). The
    best alternative as a function of t is the upper envelope of the lines; its
    breakpoints (the switch points) are found exactly by walking the envelope
    from t = 0: from the current best line, the next switch is the least
    crossing ``t = (A_cur − A_j)/(B_j − B_cur)`` with a steeper line j, and the
    steepest line crossing there takes over. Ties at a point go to the steeper
    line, then to the alternative listed first.

Stable interval
    The largest interval around the focal weight on which the focal best
    alternative b (greatest focal value; the first listed among ties within
    1e-9) stays best: the intersection over j of the half-lines
    ``(A_b − A_j) + (B_b − B_j) t ≥ 0``, within [0, 1].

Tornado (spec §5)
    ``V_a`` at the least and greatest feasible local weight of the child
    (:func:`~diva_desktop.core.preferences.weight_bounds`), the others in focal
    proportions; the line's extremes over that range are at its ends.

Score thresholds (added to spec §5 as ``score_thresholds``)
    For alternative a and leaf ℓ, with the other scores and all weights at the
    focal point, changing a's score from its focal score x₀ to x changes V(a)
    by ``W_ℓ (v(x) − v(x₀))`` (``W_ℓ`` the global focal leaf weight). With b
    the focal best alternative and ``V₂`` the best value among the others, the
    best alternative changes where

    * a = b: ``v(x) < v(x₀) − (V(b) − V₂)/W_ℓ`` (the runner-up takes over);
    * a ≠ b: ``v(x) > v(x₀) + (V(b) − V(a))/W_ℓ`` (a takes over).

    ``lower`` is the nearest score below x₀ (within the scale's domain) at which
    this happens — the supremum of the change region below x₀, where the two
    values are equal — and ``upper`` the nearest above; ``None`` where it never
    happens. A linear or piecewise scale is linear on each segment between its
    points, so the region is found exactly segment by segment, whether or not
    the scale is monotone. For a level scale the candidates are the levels in
    the order listed (from the lower end of an interval score downwards, from
    its upper end upwards). A missing score has no position on the scale: its
    thresholds are given in value units only (``value_lower``/``value_upper``,
    from the focal value 0.5 over [0, 1]).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from ..model import LevelsScale, LinearScale, Model, PiecewiseScale, Scale
from ..preferences import weight_bounds
from ..scales import FloatArray
from ..validation import ensure_valid
from .values import TOLERANCE, Evaluation, prepare

FORMAT_NAME = "diva-sensitivity"
FORMAT_VERSION = 1

_EPS = 1e-12
"""Numerical slack of crossing computations (value units)."""

__all__ = [
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "OneWay",
    "ScoreThreshold",
    "Switch",
    "focal_best",
    "one_way",
    "one_way_all",
    "score_thresholds",
    "sensitivity",
    "upper_envelope",
]


# ---------------------------------------------------------------------------
# One-way weight sensitivity
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Switch:
    """The best alternative changes from ``best_before`` to ``best_after`` at ``weight``."""

    weight: float
    best_before: str
    best_after: str


@dataclass(frozen=True, eq=False)
class OneWay:
    """The lines of one child's one-way weight sensitivity (for charts and spec §5).

    ``V_a(t) = intercept[a] + slope[a] · t`` for the child's local weight t in
    [0, 1]. ``segments`` are the pieces ``(t0, t1, a)`` of the upper envelope
    (a: index into ``alternatives``), ``switches`` its breakpoints, ``stable``
    the interval around ``focal`` where ``best`` (the focal best alternative)
    stays best, ``feasible`` the child's least and greatest feasible local
    weight.
    """

    node: str
    criterion: str
    alternatives: tuple[str, ...]
    focal: float
    feasible: tuple[float, float]
    intercept: FloatArray
    slope: FloatArray
    segments: tuple[tuple[float, float, int], ...]
    switches: tuple[Switch, ...]
    stable: tuple[float, float]
    best: str

    def values(self, t: npt.ArrayLike) -> FloatArray:
        """``(len(t), m)`` values of every alternative at the weights ``t``."""
        tt = np.atleast_1d(np.asarray(t, dtype=np.float64))
        return np.asarray(self.intercept[None, :] + tt[:, None] * self.slope[None, :], dtype=np.float64)

    def value_range(self, low: float, high: float) -> tuple[FloatArray, FloatArray]:
        """Least and greatest value of each alternative for t in ``[low, high]`` (line ends)."""
        ends = self.values([low, high])
        return ends.min(axis=0), ends.max(axis=0)

    def to_json(self) -> dict[str, Any]:
        """The spec §5 ``one_way`` entry."""
        return {
            "node": self.node,
            "criterion": self.criterion,
            "focal": self.focal,
            "feasible": [self.feasible[0], self.feasible[1]],
            "switches": [
                {"weight": s.weight, "best_before": s.best_before, "best_after": s.best_after}
                for s in self.switches
            ],
            "stable": [self.stable[0], self.stable[1]],
        }


def focal_best(ev: Evaluation) -> int:
    """Index of the focal best alternative: greatest focal V, the first listed among ties (1e-9)."""
    fv = ev.focal_values
    if fv.size == 0:
        raise ValueError("the model has no alternatives")
    return _first_best(fv)


def _node_weights(ev: Evaluation) -> FloatArray:
    """Global focal weight of every internal node (root 1): products along the path."""
    N = len(ev.nodes)
    G = np.ones(N)
    for k in range(1, N):
        parent = int(ev.node_parent[k])
        G[k] = G[parent] * float(ev.local_focal(parent)[int(ev.node_position[k])])
    return G


def _subtree_values(ev: Evaluation) -> FloatArray:
    """``(N, m)``: focal value of every node's subtree with its local focal weights (sum 1)."""
    L, N = len(ev.leaves), len(ev.nodes)
    out = np.zeros((N, ev.m))
    for k in range(N - 1, -1, -1):  # children after parents
        f = ev.local_focal(k)
        for j, r in enumerate(ev.children[k]):
            col = ev.focal[:, r] if r < L else out[int(r) - L]
            out[k] += f[j] * col
    return out


def _child_values(ev: Evaluation, k: int, sub: FloatArray) -> FloatArray:
    """``(C, m)``: focal subtree value of each child of node k."""
    L = len(ev.leaves)
    return np.array([ev.focal[:, r] if r < L else sub[int(r) - L] for r in ev.children[k]]).reshape(
        len(ev.children[k]), ev.m
    )


def _lines(ev: Evaluation, k: int, j: int, G: FloatArray, sub: FloatArray) -> tuple[FloatArray, FloatArray]:
    """Intercepts and slopes of ``V_a(t)`` for child j of node k."""
    f = ev.local_focal(k)
    C = f.size
    U = _child_values(ev, k, sub)
    V = ev.focal_values
    if C == 1:
        return V.copy(), np.zeros(ev.m)
    outside = V - G[k] * sub[k]
    others = np.arange(C) != j
    rest = 1.0 - float(f[j])
    p = f[others] / rest if rest > _EPS else np.full(C - 1, 1.0 / (C - 1))
    mix = p @ U[others]
    return outside + G[k] * mix, G[k] * (U[j] - mix)


def _best_at(A: FloatArray, B: FloatArray, t: float) -> int:
    """Best line at t: greatest value, then steepest, then first listed."""
    v = A + B * t
    top = v.max()
    near = np.flatnonzero(v >= top - _EPS * max(1.0, abs(top)))
    steep = near[B[near] >= B[near].max() - 1e-15]
    return int(steep[0])


def upper_envelope(
    A: FloatArray, B: FloatArray
) -> tuple[list[tuple[float, float, int]], list[tuple[float, int, int]]]:
    """Pieces and breakpoints of ``max_a (A_a + B_a t)`` over t in [0, 1].

    Returns ``(segments, switches)``: segments ``(t0, t1, a)`` covering [0, 1],
    switches ``(t, before, after)`` at every breakpoint strictly inside (0, 1).
    Each step moves to a strictly steeper line, so there are at most m − 1
    switches.
    """
    segments: list[tuple[float, float, int]] = []
    switches: list[tuple[float, int, int]] = []
    if A.size == 0:
        return segments, switches
    t = 0.0
    cur = _best_at(A, B, 0.0)
    while True:
        steeper = np.flatnonzero(B - B[cur] > 1e-15)
        nxt = math.inf
        if steeper.size:
            cross = (A[cur] - A[steeper]) / (B[steeper] - B[cur])
            ahead = cross > t + _EPS
            if ahead.any():
                nxt = float(cross[ahead].min())
        if nxt >= 1.0:
            segments.append((t, 1.0, cur))
            return segments, switches
        at = steeper[np.abs((A[cur] - A[steeper]) / (B[steeper] - B[cur]) - nxt) <= _EPS]
        at = at[(A[at] - A[cur]) + (B[at] - B[cur]) * nxt >= -_EPS * max(1.0, abs(A[cur] + B[cur] * nxt))]
        new = (
            int(at[np.argmax(B[at])])
            if at.size
            else int(steeper[np.argmin(np.abs((A[cur] - A[steeper]) / (B[steeper] - B[cur]) - nxt))])
        )
        segments.append((t, nxt, cur))
        switches.append((nxt, cur, new))
        cur, t = new, nxt


def _stable(A: FloatArray, B: FloatArray, b: int, focal: float) -> tuple[float, float]:
    """Largest interval around ``focal`` in [0, 1] where line b is no lower than every other."""
    lo, hi = 0.0, 1.0
    dA, dB = A[b] - A, B[b] - B
    for j in range(A.size):
        if j == b:
            continue
        if dB[j] > 0:
            lo = max(lo, -dA[j] / dB[j])
        elif dB[j] < 0:
            hi = min(hi, dA[j] / -dB[j])
    return min(lo, focal), max(hi, focal)


def one_way(ev: Evaluation, node: str, child: str) -> OneWay:
    """One-way weight sensitivity of one child of one node (spec §5; formulas in the module docstring).

    Parameters
    ----------
    ev
        The prepared model (:func:`~diva_desktop.core.analysis.values.prepare`).
    node
        An internal node id (``"root"`` for the top level).
    child
        One of its children.

    Returns
    -------
    OneWay
        Lines, upper envelope, switch points, stable interval, feasible range.

    Raises
    ------
    KeyError
        If the node or child is unknown.
    """
    if node not in ev.nodes:
        raise KeyError(f"unknown node {node!r}")
    k = ev.nodes.index(node)
    ls = ev.sets[node]
    if child not in ls.children:
        raise KeyError(f"{child!r} is not a child of {node!r}")
    j = ls.children.index(child)
    return _one_way(ev, k, j, G=_node_weights(ev), sub=_subtree_values(ev), best=focal_best(ev))


def _one_way(ev: Evaluation, k: int, j: int, *, G: FloatArray, sub: FloatArray, best: int) -> OneWay:
    node = ev.nodes[k]
    ls = ev.sets[node]
    A, B = _lines(ev, k, j, G, sub)
    f = float(ev.local_focal(k)[j])
    lo, hi = weight_bounds(ls)
    if ls.n == 1:
        segments = [(0.0, 1.0, _best_at(A, B, 0.0))]
        switches: list[tuple[float, int, int]] = []
    else:
        segments, switches = upper_envelope(A, B)
    alts = ev.alternatives
    return OneWay(
        node=node,
        criterion=ls.children[j],
        alternatives=alts,
        focal=f,
        feasible=(float(lo[j]), float(hi[j])),
        intercept=A,
        slope=B,
        segments=tuple(segments),
        switches=tuple(Switch(t, alts[a], alts[b]) for t, a, b in switches),
        stable=_stable(A, B, best, f),
        best=alts[best],
    )


def one_way_all(ev: Evaluation) -> list[OneWay]:
    """:func:`one_way` for every internal node (depth-first) and each of its children."""
    if ev.m == 0:
        return []
    G, sub, best = _node_weights(ev), _subtree_values(ev), focal_best(ev)
    return [
        _one_way(ev, k, j, G=G, sub=sub, best=best)
        for k in range(len(ev.nodes))
        for j in range(ev.children[k].size)
    ]


# ---------------------------------------------------------------------------
# Score thresholds
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class ScoreThreshold:
    """How far one score can move before the focal best alternative changes.

    ``score`` is the focal score (a number, a level label, a pair of labels for
    a level interval, ``None`` when missing). ``lower``/``upper`` are the
    nearest scores below/above at which the best alternative changes (numbers
    or level labels; ``None`` where it never does within the scale's domain),
    ``value_lower``/``value_upper`` the value v there, and ``best_lower``/
    ``best_upper`` the alternative that becomes best.
    """

    alternative: str
    criterion: str
    score: float | str | tuple[str, str] | None
    lower: float | str | None
    upper: float | str | None
    value_lower: float | None
    value_upper: float | None
    best_lower: str | None
    best_upper: str | None

    def to_json(self) -> dict[str, Any]:
        score: Any = list(self.score) if isinstance(self.score, tuple) else self.score
        return {
            "alternative": self.alternative,
            "criterion": self.criterion,
            "score": score,
            "lower": self.lower,
            "upper": self.upper,
            "value_lower": self.value_lower,
            "value_upper": self.value_upper,
            "best_lower": self.best_lower,
            "best_upper": self.best_upper,
        }


def _segments(scale: LinearScale | PiecewiseScale) -> tuple[FloatArray, FloatArray]:
    """Breakpoints (x increasing) and values of a numeric scale's value function."""
    if isinstance(scale, LinearScale):
        pts = sorted([(scale.worst, 0.0), (scale.best, 1.0)])
        return np.array([p[0] for p in pts], dtype=np.float64), np.array(
            [p[1] for p in pts], dtype=np.float64
        )
    arr = np.asarray(scale.points, dtype=np.float64).reshape(-1, 2)
    return arr[:, 0], arr[:, 1]


def _change_region(xs: FloatArray, vs: FloatArray, crit: float, below: bool) -> list[tuple[float, float]]:
    """Intervals of x where ``v(x) < crit`` (``below``) or ``v(x) > crit``, segment by segment.

    A segment counts only where it passes the critical value by more than a
    rounding slack; the interval ends are where v equals it.
    """
    g = (vs - crit) if below else (crit - vs)  # change where g < 0
    out: list[tuple[float, float]] = []
    slack = _EPS
    for i in range(xs.size - 1):
        g0, g1 = float(g[i]), float(g[i + 1])
        x0, x1 = float(xs[i]), float(xs[i + 1])
        if min(g0, g1) >= -slack:
            continue
        if g0 < 0 and g1 < 0:
            out.append((x0, x1))
            continue
        xc = x0 + (0.0 - g0) / (g1 - g0) * (x1 - x0)
        out.append((x0, xc) if g0 < 0 else (xc, x1))
    return out


def _nearest(region: Sequence[tuple[float, float]], x0: float) -> tuple[float | None, float | None]:
    """Supremum of the region below x0 and infimum above it."""
    lower = [min(b, x0) for a, b in region if a < x0]
    upper = [max(a, x0) for a, b in region if b > x0]
    return (max(lower) if lower else None, min(upper) if upper else None)


def _level_label(scale: LevelsScale, i: int) -> str:
    return scale.levels[i].label


def _first_best(values: FloatArray) -> int:
    """The focal-best rule on a value vector: greatest value, first listed among ties (1e-9)."""
    return int(np.flatnonzero(values >= values.max() - TOLERANCE)[0])


def _with_value(ev: Evaluation, a: int, i: int, W: float, v: float) -> FloatArray:
    """Focal values with alternative a's value on leaf i set to v."""
    V = ev.focal_values.copy()
    V[a] += W * (v - float(ev.focal[a, i]))
    return V


def _thresholds_one(
    ev: Evaluation, model: Model, a: int, i: int, *, crit: float, below: bool, after: int
) -> ScoreThreshold:
    alt, leaf = ev.alternatives[a], ev.leaves[i]
    scale: Scale = ev.scales[i]
    score = model.score(alt, leaf)
    name = ev.alternatives[after]
    if score is None:  # missing: value units over [0, 1] from 0.5
        v0 = float(ev.focal[a, i])
        vl = crit if below and crit > _EPS else None
        vu = crit if not below and crit < 1.0 - _EPS else None
        return ScoreThreshold(
            alt,
            leaf,
            None,
            None,
            None,
            None if vl is None else min(vl, v0),
            None if vu is None else max(vu, v0),
            name if vl is not None else None,
            name if vu is not None else None,
        )
    if isinstance(scale, LevelsScale):
        # Discrete: evaluate every level with the focal-best rule itself (ties to the
        # alternative listed first, within 1e-9), so exact ties are handled alike.
        lv = np.array([x.value for x in scale.levels], dtype=np.float64)
        i_lo = scale.index_of(str(score.low))
        i_hi = scale.index_of(str(score.high))
        assert i_lo is not None and i_hi is not None
        b = _first_best(ev.focal_values)
        W = float(ev.focal_weights[i])
        new_best = [_first_best(_with_value(ev, a, i, W, float(v))) for v in lv]
        down = [j for j in range(lv.size) if j <= i_lo and new_best[j] != b]
        up = [j for j in range(lv.size) if j >= i_hi and new_best[j] != b]
        jl = max(down) if down else None
        ju = min(up) if up else None
        focal_score: float | str | tuple[str, str] | None = (
            str(score.low) if i_lo == i_hi else (str(score.low), str(score.high))
        )
        return ScoreThreshold(
            alt,
            leaf,
            focal_score,
            None if jl is None else _level_label(scale, jl),
            None if ju is None else _level_label(scale, ju),
            None if jl is None else float(lv[jl]),
            None if ju is None else float(lv[ju]),
            None if jl is None else ev.alternatives[new_best[jl]],
            None if ju is None else ev.alternatives[new_best[ju]],
        )
    assert isinstance(scale, LinearScale | PiecewiseScale)
    xs, vs = _segments(scale)
    x0 = 0.5 * (float(ev.x_lo[a, i]) + float(ev.x_hi[a, i]))
    lower, upper = _nearest(_change_region(xs, vs, crit, below), x0)
    return ScoreThreshold(
        alt,
        leaf,
        x0,
        lower,
        upper,
        None if lower is None else float(np.interp(lower, xs, vs)),
        None if upper is None else float(np.interp(upper, xs, vs)),
        name if lower is not None else None,
        name if upper is not None else None,
    )


def score_thresholds(ev: Evaluation, model: Model) -> list[ScoreThreshold]:
    """Score thresholds for every alternative and leaf (module docstring), alternatives outer.

    Parameters
    ----------
    ev
        The prepared model.
    model
        The same model (for the scores as written: labels and numbers).
    """
    m, L = ev.m, len(ev.leaves)
    out: list[ScoreThreshold] = []
    if m == 0:
        return out
    V = ev.focal_values
    b = focal_best(ev)
    rest = V.copy()
    rest[b] = -math.inf
    runner = _first_best(rest) if m > 1 else b  # who takes over when b falls back
    V2 = float(V[runner]) if m > 1 else -math.inf
    for a in range(m):
        for i in range(L):
            W = float(ev.focal_weights[i])
            if m < 2 or W <= _EPS:
                out.append(_no_threshold(ev, model, a, i))
                continue
            v0 = float(ev.focal[a, i])
            if a == b:
                crit = v0 - max(float(V[b]) - V2, 0.0) / W
                out.append(_thresholds_one(ev, model, a, i, crit=crit, below=True, after=runner))
            else:
                crit = v0 + max(float(V[b]) - float(V[a]), 0.0) / W
                out.append(_thresholds_one(ev, model, a, i, crit=crit, below=False, after=a))
    return out


def _no_threshold(ev: Evaluation, model: Model, a: int, i: int) -> ScoreThreshold:
    t = _thresholds_one(ev, model, a, i, crit=-math.inf, below=True, after=a)  # an empty change region
    return ScoreThreshold(t.alternative, t.criterion, t.score, None, None, None, None, None, None)


# ---------------------------------------------------------------------------
# The analysis of spec §5
# ---------------------------------------------------------------------------


def sensitivity(model: Model) -> dict[str, Any]:
    """The one-way analyses of spec §5 (``"format": "diva-sensitivity"``) plus score thresholds.

    Returns
    -------
    dict
        ``one_way`` (every internal node depth-first, each child in order:
        focal weight, feasible range, switches, stable interval), ``tornado``
        (each alternative's least and greatest V over the child's feasible
        range), and the added keys ``score_thresholds`` (:func:`score_thresholds`),
        ``focal_best`` and ``warnings``.

    Raises
    ------
    ModelError, InfeasibleError
        On an invalid model or infeasible preference statements.
    """
    warnings = [p.message for p in ensure_valid(model)]
    ev = prepare(model, check_model=False)
    warnings.extend(w for w in ev.warnings if w not in warnings)
    lines = one_way_all(ev)
    tornado = []
    for ow in lines:
        lo, hi = ow.value_range(*ow.feasible)
        tornado.append(
            {
                "node": ow.node,
                "criterion": ow.criterion,
                "values": {a: [float(x), float(y)] for a, x, y in zip(ev.alternatives, lo, hi, strict=True)},
            }
        )
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "focal_best": ev.alternatives[focal_best(ev)] if ev.m else None,
        "one_way": [ow.to_json() for ow in lines],
        "tornado": tornado,
        "score_thresholds": [t.to_json() for t in score_thresholds(ev, model)],
        "warnings": warnings,
    }
