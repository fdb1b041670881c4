"""Shared builders, an independent LP reference and hypothesis strategies for the analysis tests."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
from hypothesis import strategies as st
from scipy.optimize import linprog

from diva_desktop.core.analysis.values import Evaluation, flat_program
from diva_desktop.core.model import (
    Alternative,
    AtLeast,
    Criterion,
    IntervalWeights,
    Level,
    LevelsScale,
    LinearScale,
    Model,
    PiecewiseScale,
    PreferenceSet,
    RankingWeights,
    Scale,
    Score,
)

Draw = Any


def leaf(cid: str, scale: Scale | None = None) -> Criterion:
    return Criterion(id=cid, name=cid.upper(), scale=scale if scale is not None else LinearScale(0, 1))


def node(cid: str, *children: Criterion) -> Criterion:
    return Criterion(id=cid, name=cid.upper(), children=tuple(children))


def model(
    criteria: Sequence[Criterion],
    scores: Mapping[str, Mapping[str, Any]],
    weights: Mapping[str, PreferenceSet] | None = None,
) -> Model:
    """A model from plain scores: numbers/labels are precise, 2-tuples intervals, absent missing."""
    rows: dict[str, dict[str, Score]] = {}
    for a, row in scores.items():
        out: dict[str, Score] = {}
        for c, x in row.items():
            out[c] = Score(x[0], x[1]) if isinstance(x, tuple) else Score.point(x)
        rows[a] = out
    return Model(
        name="test",
        criteria=tuple(criteria),
        alternatives=tuple(Alternative(id=a, name=a.upper()) for a in scores),
        scores=rows,
        weights=dict(weights or {}),
    )


def free(*children: str) -> IntervalWeights:
    """The whole simplex over the children (interval weights without bounds)."""
    return IntervalWeights(bounds={})


def lp_optimum(ev: Evaluation, leaf_coefficients: np.ndarray, *, maximize: bool = False) -> float:
    """Optimum of ``Σ_leaf W_leaf · c_leaf`` by one LP over the flattened global weights."""
    fp = flat_program(ev)
    n = fp.A_eq.shape[1]
    c = np.zeros(n)
    c[: fp.n_leaves] = leaf_coefficients
    res = linprog(
        -c if maximize else c,
        A_ub=fp.A_ub if fp.A_ub.shape[0] else None,
        b_ub=fp.b_ub if fp.A_ub.shape[0] else None,
        A_eq=fp.A_eq,
        b_eq=fp.b_eq,
        bounds=(0, None),
        method="highs",
    )
    assert res.status == 0, res.message
    return float(-res.fun if maximize else res.fun)


# ---------------------------------------------------------------------------
# Hypothesis: small, always feasible models
# ---------------------------------------------------------------------------

_TENT = PiecewiseScale(((0.0, 0.0), (4.0, 1.0), (10.0, 0.2)))
_LEVELS = LevelsScale((Level("l0", 0.0), Level("l1", 0.7), Level("l2", 0.4), Level("l3", 1.0)))


def _scale(draw: Draw) -> Scale:
    options: list[Scale] = [LinearScale(0, 10), LinearScale(10, 0), _TENT, _LEVELS]
    scale: Scale = draw(st.sampled_from(options))
    return scale


def _score(draw: Draw, scale: Scale, *, allow_missing: bool) -> Score | None:
    kind = draw(
        st.sampled_from(
            ["precise", "precise", "interval", "missing"] if allow_missing else ["precise", "interval"]
        )
    )
    if kind == "missing":
        return None
    if isinstance(scale, LevelsScale):
        i = draw(st.integers(0, 3))
        j = i if kind == "precise" else draw(st.integers(i, 3))
        return Score(scale.levels[i].label, scale.levels[j].label)
    x = draw(st.integers(0, 100)) / 10
    if kind == "precise":
        return Score.point(x)
    y = draw(st.integers(0, 100)) / 10
    return Score(min(x, y), max(x, y))


def _preference(draw: Draw, children: list[str]) -> PreferenceSet | None:
    kind = draw(st.sampled_from(["none", "free", "interval", "ranking", "interval_at_least"]))
    n = len(children)
    if kind == "none":
        return None
    if kind == "free":
        return IntervalWeights(bounds={})
    if kind == "ranking":
        order = draw(st.permutations(children))
        return RankingWeights(order=tuple((c,) for c in order))
    # bounds around a random feasible point (so the set is never empty)
    raw = np.array([draw(st.integers(1, 10)) for _ in children], dtype=float)
    point = raw / raw.sum()
    bounds: dict[str, tuple[float, float]] = {}
    for c, p in zip(children, point, strict=True):
        if draw(st.booleans()):
            lo = max(0.0, round(p - draw(st.integers(0, 4)) / 10, 2) - 0.005)
            hi = min(1.0, round(p + draw(st.integers(0, 4)) / 10, 2) + 0.005)
            bounds[c] = (lo, hi)
    cons: tuple[AtLeast, ...] = ()
    if kind == "interval_at_least" and n >= 2:
        i, j = (0, 1) if point[0] >= point[1] else (1, 0)
        cons = (AtLeast(children[i], children[j]),)
    return IntervalWeights(bounds=bounds, constraints=cons)


@st.composite
def small_models(
    draw: Draw, *, max_alternatives: int = 4, allow_missing: bool = True, levels: int = 2
) -> Model:
    """Feasible models: 2–4 alternatives, a tree of one or two levels, 2–6 leaves."""
    counter = iter(range(1000))
    prefs: dict[str, PreferenceSet] = {}

    def make_leaf() -> Criterion:
        return leaf(f"c{next(counter)}", _scale(draw))

    top: list[Criterion] = []
    for _ in range(draw(st.integers(2, 3))):
        if levels > 1 and draw(st.booleans()):
            kids = [make_leaf() for _ in range(draw(st.integers(2, 3)))]
            nd = node(f"n{next(counter)}", *kids)
            top.append(nd)
            p = _preference(draw, [k.id for k in kids])
            if p is not None:
                prefs[nd.id] = p
        else:
            top.append(make_leaf())
    p = _preference(draw, [c.id for c in top])
    if p is not None:
        prefs["root"] = p
    leaves = [c for t in top for c in t.walk() if c.is_leaf]
    m = draw(st.integers(2, max_alternatives))
    rows: dict[str, dict[str, Score]] = {}
    for a in range(m):
        row: dict[str, Score] = {}
        for lf in leaves:
            s = _score(draw, lf.effective_scale, allow_missing=allow_missing)
            if s is not None:
                row[lf.id] = s
        rows[f"a{a}"] = row
    return Model(
        name="h",
        criteria=tuple(top),
        alternatives=tuple(Alternative(id=f"a{a}", name=f"A{a}") for a in range(m)),
        scores=rows,
        weights=prefs,
    )
