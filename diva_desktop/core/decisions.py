"""Decided model versions: what changed since a decision, and whether it still holds.

A *decision* (beslut) freezes the whole model as a fastställd modellversion together
with the investments the deciding body adopted (spec ``model-format.md`` §2,
DESIGN §4). This module compares such a frozen model with the current one and
checks the decided portfolio against the current model. It is pure: the GUI's
Decision step and ``diva decisions --compare`` show the same results.

Comparison (:func:`compare_models`)
    Alternatives and criteria are matched by identifier, which edits keep: a
    changed name under the same identifier is a *rename* (never a removal and an
    addition); an identifier only in the decided model is *removed*, one only in
    the current model *added*. Criteria also report a new parent (*moved*) and a
    leaf's changed scale. Scores are compared for the alternatives and leaves in
    both models, by their values (``low``, ``high``; a rationale alone is not a
    change). Weights are compared per node (``root`` or an internal criterion) as
    whole statement sets. Costs and resource use per alternative, the budget, the
    other resource limits and the logical constraints (mandatory, excluded,
    requires, exclusive) complete the picture; the remaining parts of the model
    that differ (documents, goals, participants, follow-up, the project's own
    fields ``info``) are named in ``other_parts`` (:class:`~.commands.ChangeSet`
    part names), and so is a detailed part whose difference lies in what the
    details leave out (a description, a unit, a rationale, a link to a goal).

Decided portfolio (:func:`portfolio_status`)
    Feasibility under the current constraints (spec §1.5), the same checks as
    :func:`~.portfolio.feasibility_violations`, as structured :class:`Violation`\\ s
    (code and parameters, for translated sentences) with that function's
    English texts beside them. Value: the decided portfolio's focal value
    ``Σ_{a∈p} (V_f(a) − V_f(d))`` under the current model and the focal optimum
    (the portfolio analysis's ``focal_optimum``, spec §6, by the same 0-1
    programme, :func:`~.portfolio.focal_optimum`). The decided portfolio is
    *still best* when it is feasible and its focal value is within 1e-9
    (relative) of the optimum's.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from .commands import changes
from .errors import DivaError
from .model import Alternative, Model, PortfolioConstraints, PreferenceSet, Score, ScoreValue
from .portfolio import feasibility_violations, focal_optimum, portfolio_problem

__all__ = [
    "CostChange",
    "ModelComparison",
    "Moved",
    "PortfolioStatus",
    "Renamed",
    "ScoreChange",
    "Violation",
    "WeightChange",
    "compare_models",
    "comparison_to_json",
    "focal_portfolio",
    "portfolio_status",
    "status_to_json",
]

TOLERANCE = 1e-9

ScorePair = tuple[ScoreValue, ScoreValue]


@dataclass(frozen=True)
class Renamed:
    """An alternative or criterion whose name changed (same identifier)."""

    id: str
    before: str
    after: str


@dataclass(frozen=True)
class Moved:
    """A criterion under another parent (``"root"`` for the top level)."""

    id: str
    before: str
    after: str


@dataclass(frozen=True)
class ScoreChange:
    """A score of ``alternative`` on ``criterion`` (a leaf in both models); ``None`` = missing."""

    alternative: str
    criterion: str
    before: ScorePair | None
    after: ScorePair | None


@dataclass(frozen=True)
class WeightChange:
    """The statement set of ``node`` (``root`` or an internal criterion); methods ``None`` = none."""

    node: str
    before: str | None
    after: str | None


@dataclass(frozen=True)
class CostChange:
    """A cost (``resource`` ``None``) or resource use of an alternative in both models."""

    alternative: str
    resource: str | None
    before: float | None
    after: float | None


@dataclass(frozen=True)
class ModelComparison:
    """What changed from a decided model (*before*) to the current one (*after*).

    Identifiers of removed items are those of the decided model; everything is in
    model order (the current model's, then the decided model's for removals).
    ``limits`` are budget (``resource`` ``None``) and resource-limit changes;
    ``constraints`` names the logical constraint kinds that changed.
    """

    alternatives_added: tuple[str, ...] = ()
    alternatives_removed: tuple[str, ...] = ()
    alternatives_renamed: tuple[Renamed, ...] = ()
    do_nothing: tuple[str | None, str | None] | None = None
    criteria_added: tuple[str, ...] = ()
    criteria_removed: tuple[str, ...] = ()
    criteria_renamed: tuple[Renamed, ...] = ()
    criteria_moved: tuple[Moved, ...] = ()
    scales_changed: tuple[str, ...] = ()
    scores_changed: tuple[ScoreChange, ...] = ()
    weights_changed: tuple[WeightChange, ...] = ()
    costs_changed: tuple[CostChange, ...] = ()
    limits: tuple[CostChange, ...] = ()
    constraints: tuple[str, ...] = ()
    other_parts: tuple[str, ...] = ()

    @property
    def unchanged(self) -> bool:
        """True when nothing at all differs."""
        return not any(getattr(self, name) for name in self.__dataclass_fields__)

    def count(self) -> int:
        """The number of reported differences."""
        total = 0
        for name in self.__dataclass_fields__:
            value = getattr(self, name)
            if name == "do_nothing":
                total += value is not None
            else:
                total += len(value)
        return total


# ---------------------------------------------------------------------------
# The comparison
# ---------------------------------------------------------------------------


def _parents(model: Model) -> dict[str, str]:
    return {child.id: node.id for node in model.internal_nodes() for child in node.children}


def _score_pair(score: Score | None) -> ScorePair | None:
    return None if score is None else (score.low, score.high)


def _same_number(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return float(a) == float(b)


def _method(pref: PreferenceSet | None) -> str | None:
    return None if pref is None else pref.method


def _alternative_costs(before: Alternative, after: Alternative) -> list[CostChange]:
    out: list[CostChange] = []
    if not _same_number(before.cost, after.cost):
        out.append(CostChange(after.id, None, float(before.cost), float(after.cost)))
    names = list(dict.fromkeys([*after.resources, *before.resources]))
    for r in names:
        b, a = before.resources.get(r), after.resources.get(r)
        if not _same_number(b, a):
            out.append(
                CostChange(after.id, r, None if b is None else float(b), None if a is None else float(a))
            )
    return out


def _limits(before: PortfolioConstraints, after: PortfolioConstraints) -> list[CostChange]:
    out: list[CostChange] = []
    if not _same_number(before.budget, after.budget):
        out.append(CostChange("", None, before.budget, after.budget))
    for r in dict.fromkeys([*after.resources, *before.resources]):
        b, a = before.resources.get(r), after.resources.get(r)
        if not _same_number(b, a):
            out.append(CostChange("", r, b, a))
    return out


def compare_models(before: Model, after: Model) -> ModelComparison:
    """The structured differences between a decided model ``before`` and ``after``.

    See the module documentation for how items are matched. Comparing a model
    with itself (or an equal one) gives a comparison whose ``unchanged`` is true.
    """
    alts_b = {a.id: a for a in before.alternatives}
    alts_a = {a.id: a for a in after.alternatives}
    crit_b = {c.id: c for c in before.walk_criteria()}
    crit_a = {c.id: c for c in after.walk_criteria()}
    parents_b, parents_a = _parents(before), _parents(after)

    common_alts = [a for a in alts_a if a in alts_b]
    renamed_alts = tuple(
        Renamed(a, alts_b[a].name, alts_a[a].name) for a in common_alts if alts_b[a].name != alts_a[a].name
    )
    d_b, d_a = before.do_nothing(), after.do_nothing()
    d_ids = (None if d_b is None else d_b.id, None if d_a is None else d_a.id)

    common_crit = [c for c in crit_a if c in crit_b]
    renamed_crit = tuple(
        Renamed(c, crit_b[c].name, crit_a[c].name) for c in common_crit if crit_b[c].name != crit_a[c].name
    )
    moved = tuple(
        Moved(c, parents_b[c], parents_a[c]) for c in common_crit if parents_b.get(c) != parents_a.get(c)
    )
    scales = tuple(
        c
        for c in common_crit
        if crit_a[c].is_leaf and crit_b[c].is_leaf and crit_a[c].effective_scale != crit_b[c].effective_scale
    )

    leaves = [c for c in common_crit if crit_a[c].is_leaf and crit_b[c].is_leaf]
    score_changes: list[ScoreChange] = []
    for a in common_alts:
        row_b, row_a = before.scores.get(a, {}), after.scores.get(a, {})
        for c in leaves:
            sb, sa = _score_pair(row_b.get(c)), _score_pair(row_a.get(c))
            if sb != sa:
                score_changes.append(ScoreChange(a, c, sb, sa))

    nodes = list(dict.fromkeys([*after.weights, *before.weights]))
    weight_changes = tuple(
        WeightChange(n, _method(before.weights.get(n)), _method(after.weights.get(n)))
        for n in nodes
        if before.weights.get(n) != after.weights.get(n)
    )

    costs = tuple(ch for a in common_alts for ch in _alternative_costs(alts_b[a], alts_a[a]))
    pc_b = before.portfolio or PortfolioConstraints()
    pc_a = after.portfolio or PortfolioConstraints()
    constraint_kinds = tuple(
        kind
        for kind in ("mandatory", "excluded", "requires", "exclusive")
        if getattr(pc_b, kind) != getattr(pc_a, kind)
    )

    found = ModelComparison(
        alternatives_added=tuple(a for a in alts_a if a not in alts_b),
        alternatives_removed=tuple(a for a in alts_b if a not in alts_a),
        alternatives_renamed=renamed_alts,
        do_nothing=d_ids if d_ids[0] != d_ids[1] else None,
        criteria_added=tuple(c for c in crit_a if c not in crit_b),
        criteria_removed=tuple(c for c in crit_b if c not in crit_a),
        criteria_renamed=renamed_crit,
        criteria_moved=moved,
        scales_changed=scales,
        scores_changed=tuple(score_changes),
        weights_changed=weight_changes,
        costs_changed=costs,
        limits=tuple(_limits(pc_b, pc_a)),
        constraints=constraint_kinds,
    )
    # A part that differs in what the details leave out (a description, a unit, a
    # rationale, a goal link …) is named as a whole, so that "unchanged" is never wrong.
    detailed = {part for part, names in _DETAILS.items() if any(getattr(found, n) for n in names)}
    other = tuple(sorted(changes(before, after).parts - detailed))
    return replace(found, other_parts=other)


_DETAILS: Mapping[str, tuple[str, ...]] = {
    "criteria": (
        "criteria_added",
        "criteria_removed",
        "criteria_renamed",
        "criteria_moved",
        "scales_changed",
    ),
    "alternatives": (
        "alternatives_added",
        "alternatives_removed",
        "alternatives_renamed",
        "do_nothing",
        "costs_changed",
    ),
    "scores": ("scores_changed",),
    "weights": ("weights_changed",),
    "portfolio": ("limits", "constraints"),
}
"""Which fields of :class:`ModelComparison` detail each part of the model."""


# ---------------------------------------------------------------------------
# The decided portfolio under the current model
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Violation:
    """Why a portfolio is not feasible, as a code with parameters.

    Codes: ``unknown_alternative`` (alternative), ``do_nothing_chosen``
    (alternative), ``over_budget`` (total, limit), ``over_resource`` (resource,
    total, limit), ``mandatory_missing`` (alternative), ``excluded_chosen``
    (alternative), ``requirement_missing`` (alternative, required),
    ``exclusive_broken`` (alternatives).
    """

    code: str
    params: Mapping[str, Any] = field(default_factory=dict)


def _violations(model: Model, alternatives: Sequence[str]) -> list[Violation]:
    """The checks of :func:`~.portfolio.feasibility_violations`, one :class:`Violation` each."""
    pc = model.portfolio if model.portfolio is not None else PortfolioConstraints()
    alts = {a.id: a for a in model.alternatives}
    chosen = list(dict.fromkeys(alternatives))
    out: list[Violation] = []
    for a in chosen:
        if a not in alts:
            out.append(Violation("unknown_alternative", {"alternative": a}))
        elif alts[a].do_nothing:
            out.append(Violation("do_nothing_chosen", {"alternative": a}))
    known = [alts[a] for a in chosen if a in alts]
    if pc.budget is not None:
        total = sum(float(a.cost) for a in known)
        if total > pc.budget + TOLERANCE * max(1.0, abs(pc.budget)):
            out.append(Violation("over_budget", {"total": total, "limit": float(pc.budget)}))
    for r, lim in pc.resources.items():
        total = sum(float(a.resources.get(r, 0.0)) for a in known)
        if total > lim + TOLERANCE * max(1.0, abs(lim)):
            out.append(Violation("over_resource", {"resource": r, "total": total, "limit": float(lim)}))
    sel = set(chosen)
    out.extend(Violation("mandatory_missing", {"alternative": a}) for a in pc.mandatory if a not in sel)
    out.extend(Violation("excluded_chosen", {"alternative": a}) for a in pc.excluded if a in sel)
    out.extend(
        Violation("requirement_missing", {"alternative": a, "required": b})
        for a, b in pc.requires
        if a in sel and b not in sel
    )
    for group in pc.exclusive:
        if len([a for a in dict.fromkeys(group) if a in sel]) > 1:
            out.append(Violation("exclusive_broken", {"alternatives": list(group)}))
    return out


@dataclass(frozen=True)
class PortfolioStatus:
    """The decided portfolio checked against the current model.

    ``missing``: decided investments the current model no longer has.
    ``value`` / ``optimum`` / ``optimum_value`` / ``still_best`` are ``None``
    when the current model cannot be evaluated (``error`` says why: the core's
    English text; ``error_problems`` the problems themselves).
    """

    chosen: tuple[str, ...]
    missing: tuple[str, ...]
    violations: tuple[Violation, ...]
    messages: tuple[str, ...]
    value: float | None = None
    optimum: tuple[str, ...] | None = None
    optimum_value: float | None = None
    still_best: bool | None = None
    error: str | None = None
    error_problems: tuple[Any, ...] = ()

    @property
    def feasible(self) -> bool:
        return not self.violations


def portfolio_status(model: Model, chosen: Sequence[str]) -> PortfolioStatus:
    """Is the decided portfolio ``chosen`` still feasible, and still the focal optimum, in ``model``?"""
    picked = tuple(dict.fromkeys(chosen))
    alts = {a.id for a in model.alternatives}
    missing = tuple(a for a in picked if a not in alts)
    violations = tuple(_violations(model, picked))
    messages = tuple(feasibility_violations(model, picked))
    try:
        problem = portfolio_problem(model)
        opt = focal_optimum(problem)
    except DivaError as exc:
        return PortfolioStatus(
            picked,
            missing,
            violations,
            messages,
            error="; ".join(p.message for p in exc.problems) or str(exc),
            error_problems=tuple(exc.problems),
        )
    ev = problem.ev
    row = {a: i for i, a in enumerate(ev.alternatives)}
    base = float(ev.focal_values[problem.do_nothing]) if problem.do_nothing >= 0 else 0.0
    d = model.do_nothing()
    members = [a for a in picked if a in row and (d is None or a != d.id)]
    value = float(sum(float(ev.focal_values[row[a]]) - base for a in members))
    best = not violations and value >= opt.value - TOLERANCE * max(1.0, abs(opt.value))
    return PortfolioStatus(
        picked,
        missing,
        violations,
        messages,
        value=value,
        optimum=opt.alternatives,
        optimum_value=opt.value,
        still_best=best,
    )


def focal_portfolio(model: Model) -> tuple[str, ...]:
    """The focal optimum's investments (spec §6), or ``()`` if the model cannot be evaluated."""
    try:
        return focal_optimum(portfolio_problem(model)).alternatives
    except DivaError:
        return ()


# ---------------------------------------------------------------------------
# JSON (diva decisions --json)
# ---------------------------------------------------------------------------


def _score_json(pair: ScorePair | None) -> Any:
    if pair is None:
        return None
    low, high = pair
    return low if low == high else [low, high]


def _num(x: float | None) -> float | int | None:
    if x is None:
        return None
    return int(x) if float(x).is_integer() and abs(x) < 2**53 else float(x)


def comparison_to_json(cmp: ModelComparison) -> dict[str, Any]:
    """The comparison as JSON values (``diva decisions --compare --json``)."""
    return {
        "unchanged": cmp.unchanged,
        "alternatives": {
            "added": list(cmp.alternatives_added),
            "removed": list(cmp.alternatives_removed),
            "renamed": [{"id": r.id, "before": r.before, "after": r.after} for r in cmp.alternatives_renamed],
            "do_nothing": None
            if cmp.do_nothing is None
            else {"before": cmp.do_nothing[0], "after": cmp.do_nothing[1]},
        },
        "criteria": {
            "added": list(cmp.criteria_added),
            "removed": list(cmp.criteria_removed),
            "renamed": [{"id": r.id, "before": r.before, "after": r.after} for r in cmp.criteria_renamed],
            "moved": [{"id": m.id, "before": m.before, "after": m.after} for m in cmp.criteria_moved],
            "scales": list(cmp.scales_changed),
        },
        "scores": [
            {
                "alternative": s.alternative,
                "criterion": s.criterion,
                "before": _score_json(s.before),
                "after": _score_json(s.after),
            }
            for s in cmp.scores_changed
        ],
        "weights": [{"node": w.node, "before": w.before, "after": w.after} for w in cmp.weights_changed],
        "costs": [
            {
                "alternative": c.alternative,
                "resource": c.resource,
                "before": _num(c.before),
                "after": _num(c.after),
            }
            for c in cmp.costs_changed
        ],
        "limits": [
            {"resource": c.resource, "before": _num(c.before), "after": _num(c.after)} for c in cmp.limits
        ],
        "constraints": list(cmp.constraints),
        "other": list(cmp.other_parts),
    }


def status_to_json(status: PortfolioStatus) -> dict[str, Any]:
    """The decided portfolio's status as JSON values."""
    return {
        "chosen": list(status.chosen),
        "missing": list(status.missing),
        "feasible": status.feasible,
        "violations": list(status.messages),
        "value": status.value,
        "focal_optimum": None
        if status.optimum is None
        else {"alternatives": list(status.optimum), "value": status.optimum_value},
        "still_best": status.still_best,
        "error": status.error,
    }
