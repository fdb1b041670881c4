"""Undoable edits of a :class:`~diva_desktop.core.model.Model`.

Every edit is a small immutable *command*. ``command.apply(model)`` returns the
edited model and the *inverse* command, which turns the edited model back into
exactly the one given (``inverse.apply(new)[0] == model``). An edit that would
make the model invalid raises :class:`~diva_desktop.core.errors.ModelError`
with the problems and changes nothing.

How an edit works (the same for every command):

1. the command makes its own change (rename a criterion, remove an alternative…);
2. :func:`repair` removes what the change left dangling: scores of removed
   alternatives or of criteria that are no longer leaves, weight sets of nodes
   that no longer exist, mentions of removed children in a node's preference
   statements (a weight set that must name every child and no longer does is
   removed: the node falls back to equal weights), goal links, indicator links,
   portfolio constraints;
3. the result is validated (:func:`~diva_desktop.core.validation.validate`);
   an error that the model did not have before rejects the edit;
4. the inverse is a :class:`Restore` of the model fields that changed. The
   model is immutable and edits share untouched parts, so the inverse holds
   references, not copies, and restores every cascaded change exactly.

Commands carry a ``code`` and ``params`` (identifiers and given values as
text) from which the user interface builds a translated label such as
"Rename criterion ‘Tillgänglighet’". ``merge`` joins a command with the next
one of the same kind on the same target (typing, dragging a slider) so that
one undo step undoes both.

No Qt here: the GUI adapts commands to a ``QUndoStack`` in
``diva_desktop.ui.document``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields, replace
from types import MappingProxyType
from typing import Any, ClassVar, Protocol, runtime_checkable

from . import hierarchy
from .errors import ModelError, Problem
from .model import (
    ROOT_ID,
    Alternative,
    CarWeights,
    Criterion,
    Document,
    FollowUp,
    Goal,
    Indicator,
    IntervalWeights,
    Measurement,
    Model,
    Participant,
    PointWeights,
    PortfolioConstraints,
    PreferenceSet,
    RankingWeights,
    Score,
    Statement,
    SwingWeights,
)
from .model import Bound as BoundStatement
from .validation import validate

__all__ = [
    "PARTS",
    "AddAlternative",
    "AddCriterion",
    "AddDocument",
    "AddGoal",
    "AddIndicator",
    "AddMeasurement",
    "AddParticipant",
    "Batch",
    "ChangeSet",
    "Command",
    "MoveAlternative",
    "MoveCriterion",
    "RemoveAlternative",
    "RemoveCriterion",
    "RemoveDocument",
    "RemoveGoal",
    "RemoveIndicator",
    "RemoveMeasurement",
    "RemoveParticipant",
    "Restore",
    "SetModelInfo",
    "SetPortfolio",
    "SetScore",
    "SetScores",
    "SetWeights",
    "UpdateAlternative",
    "UpdateCriterion",
    "UpdateDocument",
    "UpdateGoal",
    "UpdateIndicator",
    "UpdateMeasurement",
    "UpdateParticipant",
    "changes",
    "repair",
]


@runtime_checkable
class Command(Protocol):
    """An undoable edit (see the module documentation)."""

    @property
    def code(self) -> str:
        """What the edit does, e.g. ``"rename_criterion"``; the UI translates it."""
        ...

    @property
    def params(self) -> Mapping[str, str]:
        """Values for the label: ids (``criterion``, ``alternative``…) and given names."""
        ...

    def apply(self, model: Model) -> tuple[Model, Command]:
        """The edited model and the inverse command; :class:`ModelError` if invalid."""
        ...

    def merge(self, other: Command) -> Command | None:
        """One command doing this and then ``other``, or ``None`` if they do not merge."""
        ...


# ---------------------------------------------------------------------------
# What changed
# ---------------------------------------------------------------------------

PARTS = (
    "info",
    "documents",
    "goals",
    "criteria",
    "alternatives",
    "scores",
    "weights",
    "participants",
    "portfolio",
    "followup",
)

_FIELD_PARTS: Mapping[str, tuple[str, ...]] = {
    "name": ("info",),
    "description": ("info",),
    "language": ("info",),
    "documents": ("documents",),
    "goals": ("goals",),
    "criteria": ("criteria",),
    "alternatives": ("alternatives",),
    "scores": ("scores",),
    "weights": ("weights",),
    "participants": ("participants", "weights"),
    "portfolio": ("portfolio",),
    "followup": ("followup",),
}

_MODEL_FIELDS = tuple(f.name for f in fields(Model))


@dataclass(frozen=True)
class ChangeSet:
    """Which parts of the model an edit changed (Anki's ``OpChanges``).

    ``"participants"`` changes imply ``"weights"`` (participants hold weight sets).
    """

    parts: frozenset[str]

    @staticmethod
    def everything() -> ChangeSet:
        return ChangeSet(frozenset(PARTS))

    def __contains__(self, part: object) -> bool:
        return part in self.parts

    def __bool__(self) -> bool:
        return bool(self.parts)

    @property
    def info(self) -> bool:
        return "info" in self.parts

    @property
    def documents(self) -> bool:
        return "documents" in self.parts

    @property
    def goals(self) -> bool:
        return "goals" in self.parts

    @property
    def criteria(self) -> bool:
        return "criteria" in self.parts

    @property
    def alternatives(self) -> bool:
        return "alternatives" in self.parts

    @property
    def scores(self) -> bool:
        return "scores" in self.parts

    @property
    def weights(self) -> bool:
        return "weights" in self.parts

    @property
    def participants(self) -> bool:
        return "participants" in self.parts

    @property
    def portfolio(self) -> bool:
        return "portfolio" in self.parts

    @property
    def followup(self) -> bool:
        return "followup" in self.parts


def _changed_fields(before: Model, after: Model) -> list[str]:
    return [
        name
        for name in _MODEL_FIELDS
        if getattr(before, name) is not getattr(after, name)
        and getattr(before, name) != getattr(after, name)
    ]


def changes(before: Model, after: Model) -> ChangeSet:
    """The parts in which ``after`` differs from ``before``."""
    parts: set[str] = set()
    for name in _changed_fields(before, after):
        parts.update(_FIELD_PARTS[name])
    return ChangeSet(frozenset(parts))


# ---------------------------------------------------------------------------
# Repair: remove what an edit left dangling
# ---------------------------------------------------------------------------


def _drop_car_position(pref: CarWeights, i: int) -> CarWeights:
    steps = list(pref.steps)
    n = len(pref.order)
    if n <= 1:
        steps = []
    elif i == 0:
        steps = steps[1:]
    elif i == n - 1:
        steps = steps[:-1]
    else:
        steps[i - 1 : i + 1] = [min(3, steps[i - 1] + steps[i])]
    order = pref.order[:i] + pref.order[i + 1 :]
    return replace(pref, order=order, steps=tuple(steps))


def _statement_names(st: Statement) -> tuple[str, ...]:
    if isinstance(st, BoundStatement):
        return (st.criterion,)
    return (st.left, st.right)


def repair_preference(pref: PreferenceSet, children: tuple[str, ...]) -> PreferenceSet | None:
    """``pref`` restricted to ``children``; ``None`` if it no longer says anything complete.

    Mentions of other criteria are removed (a CAR order joins the two steps around a
    removed criterion, at most 3). A set that must name every child (point, ranking,
    CAR, swing) and misses one is dropped; focal weights that do not name exactly the
    children are dropped. Returns ``pref`` itself when nothing needed changing.
    """
    kids = set(children)
    new: PreferenceSet = pref
    if isinstance(new, PointWeights):
        if any(k not in kids for k in new.weights):
            new = replace(new, weights={k: v for k, v in new.weights.items() if k in kids})
        named: set[str] = set(new.weights)
        complete = named == kids and bool(named)
    elif isinstance(new, RankingWeights):
        if any(n not in kids for g in new.order for n in g):
            groups = tuple(tuple(n for n in g if n in kids) for g in new.order)
            new = replace(new, order=tuple(g for g in groups if g))
        named = {n for g in new.order for n in g}
        complete = named == kids and bool(named)
    elif isinstance(new, CarWeights):
        while any(n not in kids for n in new.order):
            i = next(i for i, n in enumerate(new.order) if n not in kids)
            new = _drop_car_position(new, i)
        named = set(new.order)
        complete = named == kids and bool(named)
    elif isinstance(new, IntervalWeights):
        if any(k not in kids for k in new.bounds):
            new = replace(new, bounds={k: v for k, v in new.bounds.items() if k in kids})
        complete = bool(kids)
    else:
        assert isinstance(new, SwingWeights)
        if any(k not in kids for k in new.points):
            new = replace(new, points={k: v for k, v in new.points.items() if k in kids})
        named = set(new.points)
        complete = named == kids and bool(named)
    if not complete:
        return None
    if not isinstance(new, PointWeights) and any(
        n not in kids for st in new.constraints for n in _statement_names(st)
    ):
        kept = tuple(st for st in new.constraints if all(n in kids for n in _statement_names(st)))
        new = replace(new, constraints=kept)
    if new.focal is not None and set(new.focal) != kids:
        new = replace(new, focal=None)
    return new


def _repair_weight_sets(
    sets: Mapping[str, PreferenceSet], nodes: Mapping[str, tuple[str, ...]]
) -> Mapping[str, PreferenceSet]:
    out: dict[str, PreferenceSet] = {}
    changed = False
    for node_id, pref in sets.items():
        children = nodes.get(node_id)
        fixed = None if children is None else repair_preference(pref, children)
        if fixed is not pref:
            changed = True
        if fixed is not None:
            out[node_id] = fixed
    return out if changed else sets


def _repair_tree(tree: tuple[Criterion, ...], goal_ids: set[str]) -> tuple[Criterion, ...]:
    out = []
    changed = False
    for c in tree:
        new = c
        children = _repair_tree(c.children, goal_ids)
        if children is not c.children:
            new = replace(new, children=children)
        if children and new.scale is not None:
            new = replace(new, scale=None)
        if any(g not in goal_ids for g in new.goals):
            new = replace(new, goals=tuple(g for g in new.goals if g in goal_ids))
        changed = changed or new is not c
        out.append(new)
    return tuple(out) if changed else tree


def repair(model: Model) -> Model:
    """``model`` without dangling references (see the module documentation).

    Parts that need no repair are returned as the same objects, so that
    :func:`changes` sees only what really changed.
    """
    doc_ids = {d.id for d in model.documents}
    goals = model.goals
    if any(g.document not in doc_ids for g in goals):
        goals = tuple(g for g in goals if g.document in doc_ids)
    goal_ids = {g.id for g in goals}
    criteria = _repair_tree(model.criteria, goal_ids)
    tree = replace(model, criteria=criteria)
    nodes = {n.id: tuple(ch.id for ch in n.children) for n in tree.internal_nodes()}
    leaves = {c.id for c in tree.leaves()}
    all_criteria = {c.id for c in tree.walk_criteria()}
    alt_ids = {a.id for a in model.alternatives}

    scores: Mapping[str, Mapping[str, Score]] = model.scores
    if any(a not in alt_ids or any(k not in leaves for k in row) for a, row in scores.items()):
        scores = {
            a: {k: s for k, s in row.items() if k in leaves}
            for a, row in scores.items()
            if a in alt_ids
        }

    weights = _repair_weight_sets(model.weights, nodes)
    participants = model.participants
    fixed_participants = []
    for p in participants:
        pw = _repair_weight_sets(p.weights, nodes)
        fixed_participants.append(p if pw is p.weights else replace(p, weights=pw))
    if any(a is not b for a, b in zip(fixed_participants, participants, strict=True)):
        participants = tuple(fixed_participants)

    portfolio = model.portfolio
    if portfolio is not None:
        portfolio = _repair_portfolio(portfolio, alt_ids)

    followup = model.followup
    inds = []
    for ind in followup.indicators:
        new = ind
        if new.alternative is not None and new.alternative not in alt_ids:
            new = replace(new, alternative=None)
        if new.criterion is not None and new.criterion not in all_criteria:
            new = replace(new, criterion=None)
        inds.append(new)
    ind_ids = {i.id for i in inds}
    if any(a is not b for a, b in zip(inds, followup.indicators, strict=True)) or any(
        m.indicator not in ind_ids for m in followup.measurements
    ):
        followup = FollowUp(
            tuple(inds), tuple(m for m in followup.measurements if m.indicator in ind_ids)
        )

    if (
        goals is model.goals
        and criteria is model.criteria
        and scores is model.scores
        and weights is model.weights
        and participants is model.participants
        and portfolio is model.portfolio
        and followup is model.followup
    ):
        return model
    return replace(
        model,
        goals=goals,
        criteria=criteria,
        scores=scores,
        weights=weights,
        participants=participants,
        portfolio=portfolio,
        followup=followup,
    )


def _repair_portfolio(p: PortfolioConstraints, alt_ids: set[str]) -> PortfolioConstraints:
    def ok(ids: tuple[str, ...]) -> bool:
        return all(a in alt_ids for a in ids)

    if ok(p.mandatory) and ok(p.excluded) and all(ok(r) for r in p.requires) and all(
        ok(g) for g in p.exclusive
    ):
        return p
    exclusive = tuple(g2 for g2 in (tuple(a for a in g if a in alt_ids) for g in p.exclusive) if len(g2) > 1)
    return replace(
        p,
        mandatory=tuple(a for a in p.mandatory if a in alt_ids),
        excluded=tuple(a for a in p.excluded if a in alt_ids),
        requires=tuple(r for r in p.requires if ok(r)),
        exclusive=exclusive,
    )


# ---------------------------------------------------------------------------
# Shared machinery
# ---------------------------------------------------------------------------


def _problem(code: str, location: str, text: str, **params: Any) -> ModelError:
    return ModelError(Problem(code, location, text, "error", params))


_ErrorKey = tuple[str, str]
_last_checked: list[tuple[Model, frozenset[_ErrorKey]]] = []


def _error_keys(model: Model) -> frozenset[_ErrorKey]:
    """Codes and places of the model's errors (the last model's result is cached)."""
    if _last_checked and _last_checked[0][0] is model:
        return _last_checked[0][1]
    keys = frozenset((p.code, p.location) for p in validate(model) if p.severity == "error")
    _last_checked[:] = [(model, keys)]
    return keys


def _finish(
    before: Model, after: Model, code: str, params: Mapping[str, str], *, cascade: bool
) -> tuple[Model, Command]:
    """Repair, validate and build the inverse of an edit (steps 2–4 of the module docs).

    Only edits that remove or move things (``cascade``) are repaired; any other edit
    that leaves a dangling reference (a goal of an unknown document, weights naming
    a non-child) is refused by the validation instead of being quietly trimmed.
    """
    if cascade:
        after = repair(after)
    return _checked(before, after, code, params)


def _checked(before: Model, after: Model, code: str, params: Mapping[str, str]) -> tuple[Model, Command]:
    """Refuse ``after`` if it has errors that ``before`` did not have; else the inverse."""
    old = _error_keys(before)
    problems = validate(after)
    new_errors = [p for p in problems if p.severity == "error" and (p.code, p.location) not in old]
    if new_errors:
        raise ModelError(new_errors)
    _last_checked[:] = [
        (after, frozenset((p.code, p.location) for p in problems if p.severity == "error"))
    ]
    changed = _changed_fields(before, after)
    inverse = Restore({name: getattr(before, name) for name in changed}, code, params)
    return after, inverse


def _frozen(mapping: Mapping[str, Any]) -> Mapping[str, Any]:
    return MappingProxyType(dict(mapping))


@dataclass(frozen=True)
class Restore:
    """Put back model fields as they were: the inverse of every other command.

    ``code`` and ``params`` are those of the command it undoes.
    """

    fields: Mapping[str, Any]
    undoes: str = "restore"
    undoes_params: Mapping[str, str] = field(default_factory=dict)

    @property
    def code(self) -> str:
        return self.undoes

    @property
    def params(self) -> Mapping[str, str]:
        return self.undoes_params

    def apply(self, model: Model) -> tuple[Model, Command]:
        unknown = [k for k in self.fields if k not in _MODEL_FIELDS]
        if unknown:
            raise _problem("bad_command", "", f"unknown model fields {unknown}")
        inverse = Restore({k: getattr(model, k) for k in self.fields}, self.undoes, self.undoes_params)
        return replace(model, **dict(self.fields)), inverse

    def merge(self, other: Command) -> Command | None:
        return None


class _Base:
    """Shared ``apply``: the subclass's ``_edit`` followed by :func:`_finish`."""

    _cascade: ClassVar[bool] = False

    @property
    def code(self) -> str:
        raise NotImplementedError

    @property
    def params(self) -> Mapping[str, str]:
        raise NotImplementedError

    def _edit(self, model: Model) -> Model:
        raise NotImplementedError

    def apply(self, model: Model) -> tuple[Model, Command]:
        return _finish(model, self._edit(model), self.code, self.params, cascade=self._cascade)

    def edit_unchecked(self, model: Model) -> Model:
        """The edit and its repair without the validation (for :class:`Batch`)."""
        after = self._edit(model)
        return repair(after) if self._cascade else after

    def merge(self, other: Command) -> Command | None:
        return None


class _FieldUpdate(_Base):
    """An update of some fields of one object (``id`` and a ``fields`` mapping).

    Construct as ``UpdateX(id, {"name": "…"})`` or ``UpdateX(id, name="…")``.
    Consecutive updates of the same object and the same fields merge.
    """

    allowed: ClassVar[frozenset[str]] = frozenset()
    id: str
    fields: Mapping[str, Any]

    def __init__(self, id: str, fields: Mapping[str, Any] | None = None, /, **kwargs: Any) -> None:
        merged = dict(fields or {})
        merged.update(kwargs)
        unknown = sorted(set(merged) - self.allowed)
        if unknown:
            raise TypeError(f"{type(self).__name__} cannot change {', '.join(unknown)}")
        if not merged:
            raise TypeError(f"{type(self).__name__} needs at least one field")
        object.__setattr__(self, "id", id)
        object.__setattr__(self, "fields", _frozen(merged))

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and (self.id, dict(self.fields)) == (
            other.id,
            dict(other.fields),
        )

    def __hash__(self) -> int:
        return hash((type(self).__name__, self.id, tuple(sorted(self.fields))))

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.id!r}, {dict(self.fields)!r})"

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable")

    def merge(self, other: Command) -> Command | None:
        if (
            type(other) is type(self)
            and other.id == self.id
            and set(other.fields) == set(self.fields)
        ):
            return other
        return None


def _field_code(fields: Mapping[str, Any], kind: str, names: Mapping[str, str]) -> str:
    """``rename_criterion`` for a name change etc.; ``edit_<kind>`` for anything else."""
    if len(fields) == 1:
        (key,) = fields
        if key in names:
            return f"{names[key]}_{kind}"
    return f"edit_{kind}"


def _index_problem(kind: str, index: int, size: int) -> ModelError:
    return _problem(
        "bad_index",
        kind,
        f"position {index} is outside 0–{size}",
        index=index,
        size=size,
    )


def _unknown(kind: str, item_id: str) -> ModelError:
    return _problem(
        f"unknown_{kind}",
        f"{kind}.{item_id}",
        f"there is no {kind} {item_id!r}",
        id=item_id,
    )


def _position(index: int | None, size: int, kind: str) -> int:
    if index is None:
        return size
    if not 0 <= index <= size:
        raise _index_problem(kind, index, size)
    return index


def _add_item(items: tuple[Any, ...], index: int | None, item: Any, kind: str) -> tuple[Any, ...]:
    i = _position(index, len(items), kind)
    return (*items[:i], item, *items[i:])


def _find_index(items: tuple[Any, ...], item_id: str, kind: str) -> int:
    for i, it in enumerate(items):
        if it.id == item_id:
            return i
    raise _unknown(kind, item_id)


def _remove_item(items: tuple[Any, ...], item_id: str, kind: str) -> tuple[Any, ...]:
    i = _find_index(items, item_id, kind)
    return items[:i] + items[i + 1 :]


def _update_item(
    items: tuple[Any, ...], item_id: str, kind: str, changes_: Mapping[str, Any]
) -> tuple[Any, ...]:
    i = _find_index(items, item_id, kind)
    return (*items[:i], replace(items[i], **dict(changes_)), *items[i + 1 :])


def _name_of(items: tuple[Any, ...], item_id: str, attr: str = "name") -> str:
    for it in items:
        if it.id == item_id:
            return str(getattr(it, attr))
    return item_id


# ---------------------------------------------------------------------------
# Model information
# ---------------------------------------------------------------------------


class SetModelInfo(_FieldUpdate):
    """Change the model's ``name``, ``description`` or ``language``: ``SetModelInfo(name="…")``."""

    allowed: ClassVar[frozenset[str]] = frozenset({"name", "description", "language"})

    def __init__(self, fields: Mapping[str, Any] | None = None, /, **kwargs: Any) -> None:
        super().__init__("model", fields, **kwargs)

    @property
    def code(self) -> str:
        return "rename_project" if set(self.fields) == {"name"} else "edit_project_info"

    @property
    def params(self) -> Mapping[str, str]:
        return {k: str(v) for k, v in self.fields.items() if v is not None}

    def _edit(self, model: Model) -> Model:
        return replace(model, **dict(self.fields))


# ---------------------------------------------------------------------------
# Criteria
# ---------------------------------------------------------------------------


def _tree_params(model_criteria: tuple[Criterion, ...], criterion_id: str) -> str:
    c = hierarchy.find(model_criteria, criterion_id)
    return c.name if c is not None else criterion_id


def _check_parent(model: Model, parent: str) -> tuple[Criterion, ...]:
    children = hierarchy.children_of(model.criteria, parent)
    if children is None:
        raise _unknown("criterion", parent)
    return children


@dataclass(frozen=True)
class AddCriterion(_Base):
    """Insert ``criterion`` (with its subtree) among ``parent``'s children at ``index``.

    ``parent`` is ``"root"`` for the top level; ``index`` ``None`` appends. Adding
    under a leaf makes it a node: its scale and its scores go (the inverse restores
    them). A weight set of the parent that must name every child is removed.
    """

    _cascade: ClassVar[bool] = True

    parent: str
    index: int | None
    criterion: Criterion

    @property
    def code(self) -> str:
        return "add_criterion"

    @property
    def params(self) -> Mapping[str, str]:
        return {"name": self.criterion.name, "criterion": self.criterion.id, "parent": self.parent}

    def _edit(self, model: Model) -> Model:
        children = _check_parent(model, self.parent)
        taken = {c.id for c in model.walk_criteria()}
        for c in self.criterion.walk():
            if c.id in taken or c.id == ROOT_ID:
                raise _problem(
                    "duplicate_id",
                    f"criteria.{c.id}",
                    f"the criterion id {c.id!r} is already used",
                    value=c.id,
                    kind="criterion",
                )
        goal_ids = {g.id for g in model.goals}
        for c in self.criterion.walk():
            for g in c.goals:
                if g not in goal_ids:
                    raise _problem(
                        "unknown_reference", f"criteria.{c.id}.goals", f"unknown goal {g!r}", value=g
                    )
        index = _position(self.index, len(children), "criteria")
        return replace(
            model, criteria=hierarchy.insert(model.criteria, self.parent, index, self.criterion)
        )


@dataclass(frozen=True)
class RemoveCriterion(_Base):
    """Remove a criterion and its subtree, with everything that hangs on them.

    Scores on its leaves, weight sets of its nodes, mentions in the parent's
    preference statements (see :func:`repair_preference`), indicator links. The
    parent left without children becomes a leaf (its weight set goes).
    """

    _cascade: ClassVar[bool] = True

    id: str

    @property
    def code(self) -> str:
        return "remove_criterion"

    @property
    def params(self) -> Mapping[str, str]:
        return {"criterion": self.id}

    def _edit(self, model: Model) -> Model:
        try:
            tree, _removed, _parent, _index = hierarchy.remove(model.criteria, self.id)
        except KeyError:
            raise _unknown("criterion", self.id) from None
        return replace(model, criteria=tree)


_CRITERION_FIELD_CODES = {
    "name": "rename",
    "description": "describe",
    "unit": "change_unit_of",
    "scale": "change_scale_of",
    "goals": "link_goals_of",
}


class UpdateCriterion(_FieldUpdate):
    """Change a criterion's ``name``, ``description``, ``unit``, ``scale`` or ``goals``.

    A new scale on which an existing score is not valid is refused (the problems
    name each score); remove those scores first, e.g. in a :class:`Batch`.
    """

    allowed: ClassVar[frozenset[str]] = frozenset({"name", "description", "unit", "scale", "goals"})

    @property
    def code(self) -> str:
        return _field_code(self.fields, "criterion", _CRITERION_FIELD_CODES)

    @property
    def params(self) -> Mapping[str, str]:
        p = {"criterion": self.id}
        if "name" in self.fields:
            p["name"] = str(self.fields["name"])
        return p

    def _edit(self, model: Model) -> Model:
        node = hierarchy.find(model.criteria, self.id)
        if node is None:
            raise _unknown("criterion", self.id)
        changes_ = dict(self.fields)
        if "goals" in changes_:
            changes_["goals"] = tuple(changes_["goals"])
        if changes_.get("scale") is not None and node.children:
            raise _problem(
                "scale_on_node",
                f"criteria.{self.id}.scale",
                "only leaf criteria have a scale; this criterion has sub-criteria",
                criterion=self.id,
            )
        return replace(
            model, criteria=hierarchy.update(model.criteria, self.id, lambda c: replace(c, **changes_))
        )


@dataclass(frozen=True)
class MoveCriterion(_Base):
    """Move a criterion (with its subtree) under ``new_parent`` at ``index``.

    ``index`` counts among the new parent's children *without* the moved criterion
    (its final position). Moving into its own subtree is refused. The old and new
    parents' weight sets are repaired (see :func:`repair`).
    """

    _cascade: ClassVar[bool] = True

    id: str
    new_parent: str
    index: int | None

    @property
    def code(self) -> str:
        return "move_criterion"

    @property
    def params(self) -> Mapping[str, str]:
        return {"criterion": self.id, "parent": self.new_parent}

    def _edit(self, model: Model) -> Model:
        if hierarchy.find(model.criteria, self.id) is None:
            raise _unknown("criterion", self.id)
        _check_parent(model, self.new_parent)
        if hierarchy.is_in_subtree(model.criteria, self.id, self.new_parent):
            raise _problem(
                "move_into_itself",
                f"criteria.{self.id}",
                "a criterion cannot be moved under itself or its own sub-criteria",
                criterion=self.id,
            )
        tree, node, _parent, _index = hierarchy.remove(model.criteria, self.id)
        children = hierarchy.children_of(tree, self.new_parent)
        assert children is not None
        index = _position(self.index, len(children), "criteria")
        return replace(model, criteria=hierarchy.insert(tree, self.new_parent, index, node))


# ---------------------------------------------------------------------------
# Alternatives and scores
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class AddAlternative(_Base):
    """Insert an alternative at ``index`` (``None`` appends)."""

    index: int | None
    alternative: Alternative

    @property
    def code(self) -> str:
        return "add_alternative"

    @property
    def params(self) -> Mapping[str, str]:
        return {"name": self.alternative.name, "alternative": self.alternative.id}

    def _edit(self, model: Model) -> Model:
        return replace(
            model,
            alternatives=_add_item(model.alternatives, self.index, self.alternative, "alternatives"),
        )


@dataclass(frozen=True)
class RemoveAlternative(_Base):
    """Remove an alternative, its scores, portfolio constraints and indicator links."""

    _cascade: ClassVar[bool] = True

    id: str

    @property
    def code(self) -> str:
        return "remove_alternative"

    @property
    def params(self) -> Mapping[str, str]:
        return {"alternative": self.id}

    def _edit(self, model: Model) -> Model:
        return replace(model, alternatives=_remove_item(model.alternatives, self.id, "alternative"))


_ALTERNATIVE_FIELD_CODES = {
    "name": "rename",
    "description": "describe",
    "cost": "change_cost_of",
    "resources": "change_resources_of",
    "do_nothing": "mark_do_nothing",
}


class UpdateAlternative(_FieldUpdate):
    """Change ``name``, ``description``, ``cost``, ``resources`` or ``do_nothing``.

    Marking an alternative as do-nothing clears the mark on any other one (at most
    one may carry it); the inverse restores both.
    """

    allowed: ClassVar[frozenset[str]] = frozenset({"name", "description", "cost", "resources", "do_nothing"})

    @property
    def code(self) -> str:
        return _field_code(self.fields, "alternative", _ALTERNATIVE_FIELD_CODES)

    @property
    def params(self) -> Mapping[str, str]:
        p = {"alternative": self.id}
        if "name" in self.fields:
            p["name"] = str(self.fields["name"])
        return p

    def _edit(self, model: Model) -> Model:
        changes_ = dict(self.fields)
        if "resources" in changes_:
            changes_["resources"] = dict(changes_["resources"])
        for key in ("cost",):
            if key in changes_:
                value = changes_[key]
                if isinstance(value, bool) or not isinstance(value, int | float):
                    raise _problem(
                        "number_expected",
                        f"alternatives.{self.id}.{key}",
                        f"{value!r} is not a number",
                        value=str(value),
                    )
        alternatives = _update_item(model.alternatives, self.id, "alternative", changes_)
        if changes_.get("do_nothing"):
            alternatives = tuple(
                replace(a, do_nothing=False) if a.do_nothing and a.id != self.id else a
                for a in alternatives
            )
        return replace(model, alternatives=alternatives)


@dataclass(frozen=True)
class MoveAlternative(_Base):
    """Move an alternative to ``index`` (its final position in the list)."""

    id: str
    index: int

    @property
    def code(self) -> str:
        return "move_alternative"

    @property
    def params(self) -> Mapping[str, str]:
        return {"alternative": self.id}

    def _edit(self, model: Model) -> Model:
        i = _find_index(model.alternatives, self.id, "alternative")
        rest = model.alternatives[:i] + model.alternatives[i + 1 :]
        index = _position(self.index, len(rest), "alternatives")
        return replace(model, alternatives=(*rest[:index], model.alternatives[i], *rest[index:]))


def _set_scores(model: Model, block: Mapping[tuple[str, str], Score | None]) -> Model:
    alt_ids = {a.id for a in model.alternatives}
    leaves = {c.id for c in model.leaves()}
    scores = {a: dict(row) for a, row in model.scores.items()}
    for (alt, crit), score in block.items():
        if alt not in alt_ids:
            raise _unknown("alternative", alt)
        if crit not in leaves:
            if hierarchy.find(model.criteria, crit) is None:
                raise _unknown("criterion", crit)
            raise _problem(
                "score_on_node",
                f"scores.{alt}.{crit}",
                f"criterion {crit!r} has sub-criteria; only leaf criteria are scored",
                criterion=crit,
            )
        if score is None:
            row = scores.get(alt)
            if row is not None:
                row.pop(crit, None)
        else:
            scores.setdefault(alt, {})[crit] = score
    return replace(model, scores=scores)


@dataclass(frozen=True)
class SetScore(_Base):
    """Set (or with ``None`` remove) the score of ``alternative`` on the leaf ``criterion``."""

    alternative: str
    criterion: str
    score: Score | None

    @property
    def code(self) -> str:
        return "clear_score" if self.score is None else "set_score"

    @property
    def params(self) -> Mapping[str, str]:
        return {"alternative": self.alternative, "criterion": self.criterion}

    def _edit(self, model: Model) -> Model:
        return _set_scores(model, {(self.alternative, self.criterion): self.score})

    def merge(self, other: Command) -> Command | None:
        if (
            isinstance(other, SetScore)
            and (other.alternative, other.criterion) == (self.alternative, self.criterion)
        ):
            return other
        return None


@dataclass(frozen=True)
class SetScores(_Base):
    """Set or remove a block of scores at once (paste, fill): ``{(alternative, leaf): score}``."""

    block: Mapping[tuple[str, str], Score | None]

    @property
    def code(self) -> str:
        if all(s is None for s in self.block.values()):
            return "clear_scores"
        return "set_scores"

    @property
    def params(self) -> Mapping[str, str]:
        return {"count": str(len(self.block))}

    def _edit(self, model: Model) -> Model:
        return _set_scores(model, self.block)


# ---------------------------------------------------------------------------
# Weights, participants, portfolio
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class SetWeights(_Base):
    """Set (``None``: remove) the preference statements of an internal ``node``.

    With ``participant`` the participant's own statements are set instead of the
    group's. Consecutive sets on the same node merge (a slider being dragged).
    """

    node: str
    pref: PreferenceSet | None
    participant: str | None = None

    @property
    def code(self) -> str:
        return "clear_weights" if self.pref is None else "set_weights"

    @property
    def params(self) -> Mapping[str, str]:
        p = {"node": self.node}
        if self.participant is not None:
            p["participant"] = self.participant
        return p

    def _edit(self, model: Model) -> Model:
        node = model.criterion(self.node)
        if node is None:
            raise _unknown("criterion", self.node)
        if node.is_leaf and self.pref is not None:
            raise _problem(
                "weights_on_leaf",
                f"weights.{self.node}",
                f"{self.node!r} is a leaf criterion; weights belong to nodes with sub-criteria",
                criterion=self.node,
            )

        def put(sets: Mapping[str, PreferenceSet]) -> dict[str, PreferenceSet]:
            out = dict(sets)
            if self.pref is None:
                out.pop(self.node, None)
            else:
                out[self.node] = self.pref
            return out

        if self.participant is None:
            return replace(model, weights=put(model.weights))
        i = _find_index(model.participants, self.participant, "participant")
        p = model.participants[i]
        participants = (*model.participants[:i], replace(p, weights=put(p.weights)), *model.participants[i + 1 :])
        return replace(model, participants=participants)

    def merge(self, other: Command) -> Command | None:
        if isinstance(other, SetWeights) and (other.node, other.participant) == (self.node, self.participant):
            return other
        return None


@dataclass(frozen=True)
class SetPortfolio(_Base):
    """Set (``None``: remove) the portfolio constraints."""

    portfolio: PortfolioConstraints | None

    @property
    def code(self) -> str:
        return "set_portfolio"

    @property
    def params(self) -> Mapping[str, str]:
        return {}

    def _edit(self, model: Model) -> Model:
        return replace(model, portfolio=self.portfolio)

    def merge(self, other: Command) -> Command | None:
        return other if isinstance(other, SetPortfolio) else None


# ---------------------------------------------------------------------------
# Lists of identified items: documents, goals, participants, indicators
# ---------------------------------------------------------------------------


def _get_items(model: Model, attr: str) -> tuple[Any, ...]:
    if attr == "indicators":
        return model.followup.indicators
    return tuple(getattr(model, attr))


def _put_items(model: Model, attr: str, items: tuple[Any, ...]) -> Model:
    if attr == "indicators":
        return replace(model, followup=replace(model.followup, indicators=items))
    changes_: dict[str, Any] = {attr: items}
    return replace(model, **changes_)


class _AddItem(_Base):
    _kind: ClassVar[str]
    _attr: ClassVar[str]
    _label: ClassVar[str] = "name"
    index: int | None

    def _item(self) -> Any:
        raise NotImplementedError

    @property
    def code(self) -> str:
        return f"add_{self._kind}"

    @property
    def params(self) -> Mapping[str, str]:
        item = self._item()
        return {"name": str(getattr(item, self._label)), self._kind: item.id}

    def _edit(self, model: Model) -> Model:
        return _put_items(model, self._attr, _add_item(_get_items(model, self._attr), self.index, self._item(), self._attr))


class _RemoveItem(_Base):
    _cascade: ClassVar[bool] = True
    _kind: ClassVar[str]
    _attr: ClassVar[str]
    id: str

    @property
    def code(self) -> str:
        return f"remove_{self._kind}"

    @property
    def params(self) -> Mapping[str, str]:
        return {self._kind: self.id}

    def _edit(self, model: Model) -> Model:
        return _put_items(model, self._attr, _remove_item(_get_items(model, self._attr), self.id, self._kind))


class _UpdateItem(_FieldUpdate):
    _kind: ClassVar[str]
    _attr: ClassVar[str]
    _label: ClassVar[str] = "name"

    @property
    def code(self) -> str:
        return f"edit_{self._kind}"

    @property
    def params(self) -> Mapping[str, str]:
        p = {self._kind: self.id}
        if self._label in self.fields:
            p["name"] = str(self.fields[self._label])
        return p

    def _edit(self, model: Model) -> Model:
        items = _update_item(_get_items(model, self._attr), self.id, self._kind, self.fields)
        return _put_items(model, self._attr, items)


def _allowed(cls: type, *exclude: str) -> frozenset[str]:
    return frozenset(f.name for f in fields(cls) if f.name not in {"id", *exclude})


@dataclass(frozen=True)
class AddDocument(_AddItem):
    """Insert a steering document at ``index`` (``None`` appends)."""

    _kind: ClassVar[str] = "document"
    _attr: ClassVar[str] = "documents"
    _label: ClassVar[str] = "title"
    index: int | None
    document: Document

    def _item(self) -> Any:
        return self.document


@dataclass(frozen=True)
class RemoveDocument(_RemoveItem):
    """Remove a document, its goals and the criteria's links to those goals."""

    _kind: ClassVar[str] = "document"
    _attr: ClassVar[str] = "documents"
    id: str


class UpdateDocument(_UpdateItem):
    """``UpdateDocument(id, title=…)``: change a document's fields."""

    _kind: ClassVar[str] = "document"
    _attr: ClassVar[str] = "documents"
    _label: ClassVar[str] = "title"
    allowed: ClassVar[frozenset[str]] = _allowed(Document)


@dataclass(frozen=True)
class AddGoal(_AddItem):
    """Insert a goal (a quoted passage of a document) at ``index``."""

    _kind: ClassVar[str] = "goal"
    _attr: ClassVar[str] = "goals"
    _label: ClassVar[str] = "quote"
    index: int | None
    goal: Goal

    def _item(self) -> Any:
        return self.goal


@dataclass(frozen=True)
class RemoveGoal(_RemoveItem):
    """Remove a goal and the criteria's links to it."""

    _kind: ClassVar[str] = "goal"
    _attr: ClassVar[str] = "goals"
    id: str


class UpdateGoal(_UpdateItem):
    """``UpdateGoal(id, quote=…)``: change a goal's fields."""

    _kind: ClassVar[str] = "goal"
    _attr: ClassVar[str] = "goals"
    _label: ClassVar[str] = "quote"
    allowed: ClassVar[frozenset[str]] = _allowed(Goal)


@dataclass(frozen=True)
class AddParticipant(_AddItem):
    """Insert a participant at ``index``."""

    _kind: ClassVar[str] = "participant"
    _attr: ClassVar[str] = "participants"
    index: int | None
    participant: Participant

    def _item(self) -> Any:
        return self.participant


@dataclass(frozen=True)
class RemoveParticipant(_RemoveItem):
    """Remove a participant and their statements."""

    _kind: ClassVar[str] = "participant"
    _attr: ClassVar[str] = "participants"
    id: str


class UpdateParticipant(_UpdateItem):
    """``UpdateParticipant(id, name=…)``; their weights are set with :class:`SetWeights`."""

    _kind: ClassVar[str] = "participant"
    _attr: ClassVar[str] = "participants"
    allowed: ClassVar[frozenset[str]] = _allowed(Participant)


@dataclass(frozen=True)
class AddIndicator(_AddItem):
    """Insert a follow-up indicator at ``index``."""

    _kind: ClassVar[str] = "indicator"
    _attr: ClassVar[str] = "indicators"
    index: int | None
    indicator: Indicator

    def _item(self) -> Any:
        return self.indicator


@dataclass(frozen=True)
class RemoveIndicator(_RemoveItem):
    """Remove an indicator and its measurements."""

    _kind: ClassVar[str] = "indicator"
    _attr: ClassVar[str] = "indicators"
    id: str


class UpdateIndicator(_UpdateItem):
    """``UpdateIndicator(id, target=Observation(…))``: change an indicator's fields."""

    _kind: ClassVar[str] = "indicator"
    _attr: ClassVar[str] = "indicators"
    allowed: ClassVar[frozenset[str]] = _allowed(Indicator)


# ---------------------------------------------------------------------------
# Measurements (append-only log, addressed by position)
# ---------------------------------------------------------------------------


def _put_measurements(model: Model, items: tuple[Measurement, ...]) -> Model:
    return replace(model, followup=replace(model.followup, measurements=items))


def _measurement_index(model: Model, index: int) -> int:
    n = len(model.followup.measurements)
    if not 0 <= index < n:
        raise _index_problem("followup.measurements", index, max(n - 1, 0))
    return index


@dataclass(frozen=True)
class AddMeasurement(_Base):
    """Record a measurement (``index`` ``None`` appends)."""

    measurement: Measurement
    index: int | None = None

    @property
    def code(self) -> str:
        return "add_measurement"

    @property
    def params(self) -> Mapping[str, str]:
        return {"indicator": self.measurement.indicator, "date": self.measurement.date}

    def _edit(self, model: Model) -> Model:
        items = model.followup.measurements
        i = _position(self.index, len(items), "followup.measurements")
        return _put_measurements(model, (*items[:i], self.measurement, *items[i:]))


@dataclass(frozen=True)
class RemoveMeasurement(_Base):
    """Remove the measurement at ``index``."""

    index: int

    @property
    def code(self) -> str:
        return "remove_measurement"

    @property
    def params(self) -> Mapping[str, str]:
        return {"index": str(self.index)}

    def _edit(self, model: Model) -> Model:
        i = _measurement_index(model, self.index)
        items = model.followup.measurements
        return _put_measurements(model, items[:i] + items[i + 1 :])


class UpdateMeasurement(_FieldUpdate):
    """``UpdateMeasurement(index, value=…)``: correct the measurement at ``index``."""

    allowed: ClassVar[frozenset[str]] = frozenset({"indicator", "date", "value", "note"})

    def __init__(self, index: int, fields: Mapping[str, Any] | None = None, /, **kwargs: Any) -> None:
        super().__init__(str(index), fields, **kwargs)

    @property
    def index(self) -> int:
        return int(self.id)

    @property
    def code(self) -> str:
        return "edit_measurement"

    @property
    def params(self) -> Mapping[str, str]:
        return {"index": self.id}

    def _edit(self, model: Model) -> Model:
        i = _measurement_index(model, self.index)
        items = model.followup.measurements
        return _put_measurements(model, (*items[:i], replace(items[i], **dict(self.fields)), *items[i + 1 :]))


# ---------------------------------------------------------------------------
# Several commands as one step
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Batch:
    """Several commands applied in order as one undoable step with its own label.

    The model is validated once, after the last command, so that the steps may pass
    through states that are not valid on their own (rename a level, then the scores
    that use it). If the result is not valid or one step fails, nothing is applied.
    """

    batch_code: str
    batch_params: Mapping[str, str]
    commands: tuple[Command, ...]

    @property
    def code(self) -> str:
        return self.batch_code

    @property
    def params(self) -> Mapping[str, str]:
        return self.batch_params

    def apply(self, model: Model) -> tuple[Model, Command]:
        current = model
        for command in self.commands:
            if isinstance(command, _Base):
                current = command.edit_unchecked(current)
            else:
                current, _inverse = command.apply(current)
        return _checked(model, current, self.code, self.params)

    def merge(self, other: Command) -> Command | None:
        return None


def criterion_name(model: Model, criterion_id: str) -> str:
    """The criterion's name, or its id if unknown (for labels)."""
    return _tree_params(model.criteria, criterion_id)


def item_name(model: Model, kind: str, item_id: str) -> str:
    """The display name of an item of ``kind`` (criterion, alternative, document…) for labels."""
    lookups: dict[str, Callable[[], str]] = {
        "criterion": lambda: criterion_name(model, item_id),
        "node": lambda: criterion_name(model, item_id) if item_id != ROOT_ID else item_id,
        "parent": lambda: criterion_name(model, item_id) if item_id != ROOT_ID else item_id,
        "alternative": lambda: _name_of(model.alternatives, item_id),
        "document": lambda: _name_of(model.documents, item_id, "title"),
        "goal": lambda: _name_of(model.goals, item_id, "quote"),
        "participant": lambda: _name_of(model.participants, item_id),
        "indicator": lambda: _name_of(model.followup.indicators, item_id),
    }
    fn = lookups.get(kind)
    return fn() if fn is not None else item_id
