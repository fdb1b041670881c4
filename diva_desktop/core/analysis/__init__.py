"""The evaluation of spec §4 (``diva analyze``): one function, one JSON-ready result.

:func:`analyze` prepares the model once (:func:`~.values.prepare`) and runs the
exact value intervals and differences (:mod:`.values`), the contraction levels
(:mod:`.contraction`) and SMAA-2 (:mod:`.smaa`). The result is a plain ``dict``
with exactly the shape of spec §4 (``"format": "diva-analysis"``); floats are
full precision, and absent results are ``None`` (JSON ``null``).
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np

from ..model import Model
from ..progress import CancelToken, Progress, check, stage, throttled
from ..scales import FloatArray
from .contraction import decided_at
from .smaa import DEFAULT_SAMPLES, SmaaResult, smaa
from .values import (
    TOLERANCE,
    Differences,
    Evaluation,
    ValueIntervals,
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

FORMAT_NAME = "diva-analysis"
FORMAT_VERSION = 1

__all__ = [
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "TOLERANCE",
    "Differences",
    "Evaluation",
    "SmaaResult",
    "ValueIntervals",
    "analyze",
    "decided_at",
    "decision_rules",
    "differences",
    "dominance",
    "global_weight_bounds",
    "max_regret",
    "prepare",
    "smaa",
    "value_intervals",
    "value_range",
    "value_ranges",
]


def _f(x: float) -> float | None:
    """A float for JSON, ``None`` for NaN."""
    v = float(x)
    return None if math.isnan(v) else v


def _leaf_map(leaves: tuple[str, ...], w: FloatArray) -> dict[str, float]:
    return {leaf: float(x) for leaf, x in zip(leaves, w, strict=True)}


def analyze(
    model: Model,
    *,
    samples: int = DEFAULT_SAMPLES,
    seed: int = 1,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> dict[str, Any]:
    """The complete evaluation of spec §4 as a JSON-ready ``dict``.

    Parameters
    ----------
    model
        The decision model (validated here).
    samples, seed
        SMAA sample count K and seed (spec §4 ``smaa``).
    progress
        Receives the fraction done in [0, 1] (throttled).
    cancel
        Checked between stages and chunks; raises ``CancelledError``.

    Returns
    -------
    dict
        ``format``, ``version``, ``alternatives``, ``criteria`` (leaves,
        depth-first), ``weights`` (global leaf weights: focal, and least/greatest
        feasible = products of the per-node least/greatest local weights along
        the path), ``values``, ``differences`` (with ``decided_at``),
        ``dominance``, ``max_regret``, ``rules``, ``smaa`` and ``warnings``.

    Raises
    ------
    ModelError, InfeasibleError
        On invalid input or infeasible preference statements.
    """
    report = throttled(progress)
    report(0.0)
    ev = prepare(model)
    check(cancel)
    report(0.02)
    vals = value_intervals(ev)
    diff = differences(ev, cancel=cancel)
    check(cancel)
    report(0.06)
    decided = decided_at(ev, diff, progress=stage(report, 0.06, 0.15), cancel=cancel)
    smaa_result = smaa(
        ev, samples=samples, seed=seed, progress=stage(report, 0.15, 1.0), cancel=cancel, diff=diff
    )
    result = to_json(ev, vals, diff, decided, smaa_result)
    report(1.0)
    return result


def to_json(
    ev: Evaluation,
    vals: ValueIntervals,
    diff: Differences,
    decided: FloatArray,
    sm: SmaaResult,
) -> dict[str, Any]:
    """Assemble the spec §4 document from the computed parts."""
    alts, leaves = ev.alternatives, ev.leaves
    m = len(alts)
    w_lo, w_hi = global_weight_bounds(ev)
    regret = max_regret(diff)
    rules = decision_rules(vals, regret)
    difference_map: dict[str, dict[str, dict[str, float | None]]] = {}
    for a in range(m):
        row: dict[str, dict[str, float | None]] = {}
        for b in range(m):
            if a != b:
                row[alts[b]] = {
                    "min": float(diff.min[a, b]),
                    "max": float(diff.max[a, b]),
                    "focal": float(diff.focal[a, b]),
                    "decided_at": _f(decided[a, b]),
                }
        difference_map[alts[a]] = row
    central: dict[str, dict[str, float] | None] = {}
    confidence: dict[str, float | None] = {}
    for a in range(m):
        cw = sm.central_weights[a]
        central[alts[a]] = None if np.isnan(cw).any() else _leaf_map(leaves, cw)
        confidence[alts[a]] = _f(sm.confidence[a])
    warnings = list(ev.warnings)
    for node, description in zip(ev.nodes, sm.samplers, strict=True):
        if description.startswith("hit-and-run"):
            warnings.append(f"weights.{node}: SMAA weights sampled by {description} (approximately uniform)")
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "alternatives": list(alts),
        "criteria": list(leaves),
        "weights": {
            "focal": _leaf_map(leaves, ev.focal_weights),
            "min": _leaf_map(leaves, w_lo),
            "max": _leaf_map(leaves, w_hi),
        },
        "values": {
            alts[a]: {"focal": float(vals.focal[a]), "min": float(vals.min[a]), "max": float(vals.max[a])}
            for a in range(m)
        },
        "differences": difference_map,
        "dominance": [[alts[a], alts[b]] for a, b in dominance(diff)],
        "max_regret": {alts[a]: float(regret[a]) for a in range(m)},
        "rules": {name: [alts[i] for i in idx] for name, idx in rules.items()},
        "smaa": {
            "samples": sm.samples,
            "seed": sm.seed,
            "rank_acceptability": {alts[a]: [float(x) for x in sm.rank_acceptability[a]] for a in range(m)},
            "central_weights": central,
            "confidence": confidence,
            "pairwise_winning": {
                alts[a]: {alts[b]: float(sm.pairwise_winning[a, b]) for b in range(m) if b != a}
                for a in range(m)
            },
            "holistic": {alts[a]: float(sm.holistic[a]) for a in range(m)},
        },
        "warnings": warnings,
    }
