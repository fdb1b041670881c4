"""Core model ⇄ rows of the ``.diva`` tables.

:func:`model_to_rows` turns a :class:`~diva_desktop.core.model.Model` into plain row
dictionaries per ORM class (the insert order of :data:`~.orm.MODEL_TABLES`);
:func:`model_from_session` reads them back. The pair is lossless for every model
that :func:`storage_problems` accepts: the model read back equals the model written,
and every list keeps its order.

A model is storable when its references resolve and its identifiers are unique (the
relational tables need that); other problems, such as an empty name or a score
outside its scale, are stored as they are, so that unfinished work is never lost.
"""

from __future__ import annotations

import math
import numbers
from collections import defaultdict
from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..core.errors import ModelError, Problem
from ..core.model import (
    ROOT_ID,
    Alternative,
    Criterion,
    Document,
    FollowUp,
    Goal,
    Indicator,
    Measurement,
    Model,
    Observation,
    Participant,
    PortfolioConstraints,
    PreferenceSet,
    Scale,
    Score,
    ScoreValue,
)
from ..core.validation import validate
from ..io.json_model import (
    preference_from_dict,
    preference_to_dict,
    scale_from_dict,
    scale_to_dict,
)
from .orm import (
    AlternativeRow,
    Base,
    CriterionGoalRow,
    CriterionRow,
    DocumentRow,
    GoalRow,
    IndicatorRow,
    MeasurementRow,
    ParticipantRow,
    PortfolioChoiceRow,
    PortfolioExclusiveGroupRow,
    PortfolioExclusiveRow,
    PortfolioRequiresRow,
    PortfolioResourceRow,
    PortfolioRow,
    PreferenceSetRow,
    ProjectRow,
    ResourceRow,
    ScoreRow,
    ScoreRowRow,
)

Rows = dict[type[Base], list[dict[str, Any]]]

# Validation codes that make a model impossible to store in relational tables.
_BLOCKING = frozenset({"duplicate_id", "unknown_reference", "reserved_id", "not_finite"})


class DamagedContent(Exception):
    """A value in the file cannot be decoded; the message names the place."""


def storage_problems(model: Model) -> list[Problem]:
    """The errors that keep ``model`` out of a project file (empty when storable)."""
    return [p for p in validate(model) if p.severity == "error" and p.code in _BLOCKING]


def _number(value: Any, loc: str) -> int | float:
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        raise ModelError(Problem("number_expected", loc, f"{value!r} is not a number"))
    if isinstance(value, numbers.Integral):
        return int(value)
    x = float(value)
    if not math.isfinite(x):
        raise ModelError(Problem("not_finite", loc, f"{value!r} is not a finite number"))
    return x


def _opt_number(value: Any, loc: str) -> int | float | None:
    return None if value is None else _number(value, loc)


def _preference_body(pref: PreferenceSet, loc: str) -> dict[str, Any]:
    """The set's JSON form, checked to read back as the same JSON (so the file stays readable)."""
    body = preference_to_dict(pref)
    if preference_to_dict(preference_from_dict(body, loc)) != body:
        raise ModelError(Problem("not_storable", loc, "these preference statements cannot be stored exactly"))
    return body


def _scale_body(scale: Scale, loc: str) -> dict[str, Any]:
    body = scale_to_dict(scale)
    if scale_to_dict(scale_from_dict(body, loc)) != body:
        raise ModelError(Problem("not_storable", loc, "this scale cannot be stored exactly"))
    return body


def _score_ends(value: ScoreValue, loc: str) -> tuple[int | float | None, str | None]:
    if isinstance(value, str):
        return None, value
    return _number(value, loc), None


def model_to_rows(model: Model) -> Rows:
    """Row dictionaries per table, parents first. Raises :class:`ModelError` if unstorable."""
    problems = storage_problems(model)
    if problems:
        raise ModelError(problems)
    rows: Rows = defaultdict(list)
    rows[ProjectRow].append(
        {"id": 1, "name": model.name, "description": model.description, "language": model.language}
    )
    for i, doc in enumerate(model.documents):
        rows[DocumentRow].append(
            {
                "id": doc.id,
                "position": i,
                "title": doc.title,
                "kind": doc.kind,
                "decided_by": doc.decided_by,
                "decision_date": doc.decision_date,
                "reference": doc.reference,
                "source": doc.source,
                "text": doc.text,
                "validity": doc.validity,
            }
        )
    for i, goal in enumerate(model.goals):
        rows[GoalRow].append(
            {
                "id": goal.id,
                "position": i,
                "document_id": goal.document,
                "page": _opt_number(goal.page, f"goals.{goal.id}.page"),
                "quote": goal.quote,
                "paraphrase": goal.paraphrase,
            }
        )

    def add_criterion(c: Criterion, parent: str | None, position: int) -> None:
        scale = None if c.scale is None else _scale_body(c.scale, f"criteria.{c.id}.scale")
        rows[CriterionRow].append(
            {
                "id": c.id,
                "parent_id": parent,
                "position": position,
                "name": c.name,
                "description": c.description,
                "unit": c.unit,
                "scale": scale,
            }
        )
        for k, g in enumerate(c.goals):
            rows[CriterionGoalRow].append({"criterion_id": c.id, "position": k, "goal_id": g})
        for k, child in enumerate(c.children):
            add_criterion(child, c.id, k)

    for i, c in enumerate(model.criteria):
        add_criterion(c, None, i)
    for i, a in enumerate(model.alternatives):
        loc = f"alternatives.{a.id}"
        rows[AlternativeRow].append(
            {
                "id": a.id,
                "position": i,
                "name": a.name,
                "description": a.description,
                "cost": _number(a.cost, f"{loc}.cost"),
                "do_nothing": bool(a.do_nothing),
            }
        )
        for k, (name, amount) in enumerate(a.resources.items()):
            rows[ResourceRow].append(
                {
                    "alternative_id": a.id,
                    "name": name,
                    "position": k,
                    "amount": _number(amount, f"{loc}.resources.{name}"),
                }
            )
    position = 0
    for i, (alt, row) in enumerate(model.scores.items()):
        rows[ScoreRowRow].append({"alternative_id": alt, "position": i})
        for crit, s in row.items():
            loc = f"scores.{alt}.{crit}"
            low_number, low_label = _score_ends(s.low, loc)
            high_number, high_label = _score_ends(s.high, loc)
            rows[ScoreRow].append(
                {
                    "alternative_id": alt,
                    "criterion_id": crit,
                    "position": position,
                    "low_number": low_number,
                    "low_label": low_label,
                    "high_number": high_number,
                    "high_label": high_label,
                    "rationale": s.rationale,
                }
            )
            position += 1
    prefs = rows[PreferenceSetRow]

    def add_preferences(weights: Mapping[str, PreferenceSet], participant: str | None, base: str) -> None:
        for node, pref in weights.items():
            prefs.append(
                {
                    "participant_id": participant,
                    "node_id": None if node == ROOT_ID else node,
                    "position": len(prefs),
                    "method": pref.method,
                    "body": _preference_body(pref, f"{base}.{node}"),
                }
            )

    add_preferences(model.weights, None, "weights")
    for i, p in enumerate(model.participants):
        rows[ParticipantRow].append({"id": p.id, "position": i, "name": p.name, "role": p.role})
        add_preferences(p.weights, p.id, f"participants.{p.id}.weights")
    if model.portfolio is not None:
        _portfolio_rows(model.portfolio, rows)
    for i, ind in enumerate(model.followup.indicators):
        loc = f"followup.indicators.{ind.id}"
        rows[IndicatorRow].append(
            {
                "id": ind.id,
                "position": i,
                "name": ind.name,
                "alternative_id": ind.alternative,
                "criterion_id": ind.criterion,
                "unit": ind.unit,
                "owner": ind.owner,
                "source": ind.source,
                "baseline_value": None if ind.baseline is None else _number(ind.baseline.value, f"{loc}.baseline"),
                "baseline_date": None if ind.baseline is None else ind.baseline.date,
                "target_value": None if ind.target is None else _number(ind.target.value, f"{loc}.target"),
                "target_date": None if ind.target is None else ind.target.date,
            }
        )
    for i, m in enumerate(model.followup.measurements):
        rows[MeasurementRow].append(
            {
                "position": i,
                "indicator_id": m.indicator,
                "date": m.date,
                "value": _number(m.value, f"followup.measurements[{i}].value"),
                "note": m.note,
            }
        )
    return dict(rows)


def _portfolio_rows(pf: PortfolioConstraints, rows: Rows) -> None:
    rows[PortfolioRow].append({"id": 1, "budget": _opt_number(pf.budget, "portfolio.budget")})
    for i, (name, amount) in enumerate(pf.resources.items()):
        rows[PortfolioResourceRow].append(
            {"name": name, "position": i, "amount": _number(amount, f"portfolio.resources.{name}")}
        )
    for kind in ("mandatory", "excluded"):
        for i, alt in enumerate(getattr(pf, kind)):
            rows[PortfolioChoiceRow].append({"kind": kind, "position": i, "alternative_id": alt})
    for i, (a, b) in enumerate(pf.requires):
        rows[PortfolioRequiresRow].append({"position": i, "alternative_id": a, "required_id": b})
    for i, group in enumerate(pf.exclusive):
        rows[PortfolioExclusiveGroupRow].append({"position": i})
        for k, alt in enumerate(group):
            rows[PortfolioExclusiveRow].append({"group_position": i, "position": k, "alternative_id": alt})


# ---------------------------------------------------------------------------
# Reading
# ---------------------------------------------------------------------------


def _all(session: Session, cls: Any, *order: Any) -> list[Any]:
    return list(session.scalars(select(cls).order_by(*order)))


def _end(number: Any, label: str | None, loc: str) -> ScoreValue:
    if label is not None:
        return label
    if number is None or isinstance(number, bool) or not isinstance(number, int | float):
        raise DamagedContent(f"{loc}: the score is neither a number nor a level")
    return number


def _check_number(value: Any, loc: str) -> Any:
    if value is not None and (isinstance(value, bool) or not isinstance(value, int | float)):
        raise DamagedContent(f"{loc}: {value!r} is not a number")
    return value


def model_from_session(session: Session) -> Model:
    """Read the model from the tables. Raises :class:`DamagedContent` on undecodable values."""
    project = session.get(ProjectRow, 1)
    if project is None:
        raise DamagedContent("the project row is missing")
    documents = tuple(
        Document(
            id=d.id,
            title=d.title,
            kind=d.kind,
            decided_by=d.decided_by,
            decision_date=d.decision_date,
            reference=d.reference,
            validity=d.validity,
            source=d.source,
            text=d.text,
        )
        for d in _all(session, DocumentRow, DocumentRow.position)
    )
    goals = tuple(
        Goal(
            id=g.id,
            document=g.document_id,
            quote=g.quote,
            page=_check_number(g.page, f"goals.{g.id}.page"),
            paraphrase=g.paraphrase,
        )
        for g in _all(session, GoalRow, GoalRow.position)
    )
    criterion_goals: dict[str, list[str]] = defaultdict(list)
    for cg in _all(session, CriterionGoalRow, CriterionGoalRow.criterion_id, CriterionGoalRow.position):
        criterion_goals[cg.criterion_id].append(cg.goal_id)
    children: dict[str | None, list[CriterionRow]] = defaultdict(list)
    for c in _all(session, CriterionRow, CriterionRow.position):
        children[c.parent_id].append(c)

    def build(row: CriterionRow, depth: int) -> Criterion:
        if depth > 1000:
            raise DamagedContent("the criteria tree has a cycle")
        scale = None
        if row.scale is not None:
            try:
                scale = scale_from_dict(row.scale, f"criteria.{row.id}.scale")
            except ModelError as exc:
                raise DamagedContent(str(exc)) from None
        return Criterion(
            id=row.id,
            name=row.name,
            description=row.description,
            unit=row.unit,
            scale=scale,
            goals=tuple(criterion_goals.get(row.id, ())),
            children=tuple(build(ch, depth + 1) for ch in children.get(row.id, ())),
        )

    criteria = tuple(build(c, 0) for c in children.get(None, ()))
    n_rows = sum(len(rows) for rows in children.values())
    if n_rows != sum(1 for c in criteria for _ in c.walk()):
        raise DamagedContent("some criteria are not part of the tree")
    resources: dict[str, dict[str, float]] = defaultdict(dict)
    for r in _all(session, ResourceRow, ResourceRow.alternative_id, ResourceRow.position):
        resources[r.alternative_id][r.name] = _check_number(r.amount, f"alternatives.{r.alternative_id}.resources")
    alternatives = tuple(
        Alternative(
            id=a.id,
            name=a.name,
            description=a.description,
            cost=_check_number(a.cost, f"alternatives.{a.id}.cost"),
            resources=resources.get(a.id, {}),
            do_nothing=bool(a.do_nothing),
        )
        for a in _all(session, AlternativeRow, AlternativeRow.position)
    )
    scores: dict[str, dict[str, Score]] = {
        r.alternative_id: {} for r in _all(session, ScoreRowRow, ScoreRowRow.position)
    }
    for s in _all(session, ScoreRow, ScoreRow.position):
        loc = f"scores.{s.alternative_id}.{s.criterion_id}"
        scores[s.alternative_id][s.criterion_id] = Score(
            _end(s.low_number, s.low_label, loc), _end(s.high_number, s.high_label, loc), s.rationale
        )
    group: dict[str, PreferenceSet] = {}
    personal: dict[str, dict[str, PreferenceSet]] = defaultdict(dict)
    for p in _all(session, PreferenceSetRow, PreferenceSetRow.position):
        node = ROOT_ID if p.node_id is None else p.node_id
        base = "weights" if p.participant_id is None else f"participants.{p.participant_id}.weights"
        try:
            pref = preference_from_dict(p.body, f"{base}.{node}")
        except ModelError as exc:
            raise DamagedContent(str(exc)) from None
        (group if p.participant_id is None else personal[p.participant_id])[node] = pref
    participants = tuple(
        Participant(id=p.id, name=p.name, role=p.role, weights=personal.get(p.id, {}))
        for p in _all(session, ParticipantRow, ParticipantRow.position)
    )
    return Model(
        name=project.name,
        description=project.description,
        language=project.language,
        documents=documents,
        goals=goals,
        criteria=criteria,
        alternatives=alternatives,
        scores=scores,
        weights=group,
        participants=participants,
        portfolio=_read_portfolio(session),
        followup=_read_followup(session),
    )


def _read_portfolio(session: Session) -> PortfolioConstraints | None:
    row = session.get(PortfolioRow, 1)
    if row is None:
        return None
    choices: dict[str, list[str]] = {"mandatory": [], "excluded": []}
    for c in _all(session, PortfolioChoiceRow, PortfolioChoiceRow.kind, PortfolioChoiceRow.position):
        if c.kind not in choices:
            raise DamagedContent(f"portfolio: unknown list {c.kind!r}")
        choices[c.kind].append(c.alternative_id)
    groups: dict[int, list[str]] = {
        g.position: [] for g in _all(session, PortfolioExclusiveGroupRow, PortfolioExclusiveGroupRow.position)
    }
    for e in _all(session, PortfolioExclusiveRow, PortfolioExclusiveRow.group_position, PortfolioExclusiveRow.position):
        groups[e.group_position].append(e.alternative_id)
    return PortfolioConstraints(
        budget=_check_number(row.budget, "portfolio.budget"),
        resources={
            r.name: _check_number(r.amount, f"portfolio.resources.{r.name}")
            for r in _all(session, PortfolioResourceRow, PortfolioResourceRow.position)
        },
        mandatory=tuple(choices["mandatory"]),
        excluded=tuple(choices["excluded"]),
        requires=tuple(
            (r.alternative_id, r.required_id)
            for r in _all(session, PortfolioRequiresRow, PortfolioRequiresRow.position)
        ),
        exclusive=tuple(tuple(members) for members in groups.values()),
    )


def _observation(value: Any, date: str | None, loc: str) -> Observation | None:
    if value is None:
        return None
    return Observation(_check_number(value, loc), date)


def _read_followup(session: Session) -> FollowUp:
    indicators = tuple(
        Indicator(
            id=i.id,
            name=i.name,
            alternative=i.alternative_id,
            criterion=i.criterion_id,
            unit=i.unit,
            owner=i.owner,
            source=i.source,
            baseline=_observation(i.baseline_value, i.baseline_date, f"followup.indicators.{i.id}.baseline"),
            target=_observation(i.target_value, i.target_date, f"followup.indicators.{i.id}.target"),
        )
        for i in _all(session, IndicatorRow, IndicatorRow.position)
    )
    measurements = tuple(
        Measurement(
            indicator=m.indicator_id,
            date=m.date,
            value=_check_number(m.value, f"followup.measurements[{k}].value"),
            note=m.note,
        )
        for k, m in enumerate(_all(session, MeasurementRow, MeasurementRow.position))
    )
    return FollowUp(indicators, measurements)
