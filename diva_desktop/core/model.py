"""Immutable domain model of a DIVÄ decision model (spec ``model-format.md`` §1).

Every object is a frozen dataclass. Mappings inside them (``dict``) are treated as
immutable by convention: code never mutates them, edits build new objects with
:func:`dataclasses.replace`. Tuples keep the order the user gave.

The model mirrors the JSON exchange format one to one, so that JSON → model →
JSON and model → ``.diva`` → model are lossless.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Literal, TypeAlias

FORMAT_NAME = "diva-model"
FORMAT_VERSION = 1
ROOT_ID = "root"

DOCUMENT_KINDS = (
    "vision",
    "strategi",
    "program",
    "plan",
    "policy",
    "riktlinje",
    "budget",
)

# ---------------------------------------------------------------------------
# Documents and goals
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Document:
    """A steering document. ``text`` holds all pages separated by form feeds.

    ``validity`` (giltighetstid) is free text as the municipality writes it:
    ``"2025–2028"``, ``"tills vidare"``, ``"2025-01-01–2028-12-31"``.
    """

    id: str
    title: str
    kind: str | None = None
    decided_by: str | None = None
    decision_date: str | None = None
    reference: str | None = None
    validity: str | None = None
    source: str | None = None
    text: str = ""

    @property
    def pages(self) -> list[str]:
        """The document's pages (split on form feed)."""
        return self.text.split("\f")


@dataclass(frozen=True)
class Goal:
    """A quoted passage of a document that states a goal."""

    id: str
    document: str
    quote: str
    page: int | None = None
    paraphrase: str | None = None


# ---------------------------------------------------------------------------
# Scales and criteria
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class LinearScale:
    """v(x) = (x − worst)/(best − worst); worst > best means lower is better."""

    worst: float = 0.0
    best: float = 10.0
    type: Literal["linear"] = field(default="linear", init=False)

    @property
    def domain(self) -> tuple[float, float]:
        return (min(self.worst, self.best), max(self.worst, self.best))


@dataclass(frozen=True)
class PiecewiseScale:
    """Linear interpolation between ``points`` (x strictly increasing, v in [0, 1])."""

    points: tuple[tuple[float, float], ...]
    type: Literal["piecewise"] = field(default="piecewise", init=False)

    @property
    def domain(self) -> tuple[float, float]:
        return (self.points[0][0], self.points[-1][0])


@dataclass(frozen=True)
class Level:
    label: str
    value: float


@dataclass(frozen=True)
class LevelsScale:
    """A constructed scale of labelled levels, each with a value in [0, 1]."""

    levels: tuple[Level, ...]
    type: Literal["levels"] = field(default="levels", init=False)

    def index_of(self, label: str) -> int | None:
        for i, level in enumerate(self.levels):
            if level.label == label:
                return i
        return None

    def value_of(self, label: str) -> float | None:
        i = self.index_of(label)
        return None if i is None else self.levels[i].value


Scale: TypeAlias = LinearScale | PiecewiseScale | LevelsScale

DEFAULT_SCALE = LinearScale(0.0, 10.0)


@dataclass(frozen=True)
class Criterion:
    """A node of the criteria tree. Leaves carry a scale and are scored.

    ``scale`` is ``None`` on internal nodes and on leaves that use the default
    scale (linear 0–10); :meth:`effective_scale` resolves it.
    """

    id: str
    name: str
    description: str | None = None
    unit: str | None = None
    scale: Scale | None = None
    goals: tuple[str, ...] = ()
    children: tuple[Criterion, ...] = ()

    @property
    def is_leaf(self) -> bool:
        return not self.children

    @property
    def effective_scale(self) -> Scale:
        return self.scale if self.scale is not None else DEFAULT_SCALE

    def walk(self) -> Iterator[Criterion]:
        """This node and all its descendants, depth-first in tree order."""
        yield self
        for child in self.children:
            yield from child.walk()


# ---------------------------------------------------------------------------
# Alternatives and scores
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Alternative:
    id: str
    name: str
    description: str | None = None
    cost: float = 0.0
    resources: Mapping[str, float] = field(default_factory=dict)
    do_nothing: bool = False


ScoreValue: TypeAlias = float | str


@dataclass(frozen=True)
class Score:
    """A score of one alternative on one leaf criterion.

    A precise score has ``low == high``. Numbers are scores in the criterion's
    units; strings are level labels. ``rationale`` is the assessor's reason.
    """

    low: ScoreValue
    high: ScoreValue
    rationale: str | None = None

    @staticmethod
    def point(value: ScoreValue, rationale: str | None = None) -> Score:
        return Score(value, value, rationale)

    @property
    def is_interval(self) -> bool:
        return self.low != self.high

    @property
    def is_level(self) -> bool:
        return isinstance(self.low, str)


# ---------------------------------------------------------------------------
# Preferences (weights)
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class AtLeast:
    """w_left − w_right ≥ margin."""

    left: str
    right: str
    margin: float = 0.0
    kind: Literal["at_least"] = field(default="at_least", init=False)


@dataclass(frozen=True)
class Ratio:
    """min ≤ w_left / w_right ≤ max (either bound optional)."""

    left: str
    right: str
    min: float | None = None
    max: float | None = None
    kind: Literal["ratio"] = field(default="ratio", init=False)


@dataclass(frozen=True)
class Bound:
    """min ≤ w_criterion ≤ max (either bound optional)."""

    criterion: str
    min: float | None = None
    max: float | None = None
    kind: Literal["bound"] = field(default="bound", init=False)


Statement: TypeAlias = AtLeast | Ratio | Bound

SURROGATES = ("roc", "rs", "rr", "sr", "ew")


@dataclass(frozen=True)
class PointWeights:
    """Precise weights, normalised by their sum."""

    weights: Mapping[str, float]
    focal: Mapping[str, float] | None = None
    method: Literal["point"] = field(default="point", init=False)

    @property
    def constraints(self) -> tuple[Statement, ...]:
        return ()


@dataclass(frozen=True)
class RankingWeights:
    """Ordinal ranking: groups of tied children, most important first."""

    order: tuple[tuple[str, ...], ...]
    surrogate: str = "roc"
    constraints: tuple[Statement, ...] = ()
    focal: Mapping[str, float] | None = None
    method: Literal["ranking"] = field(default="ranking", init=False)


@dataclass(frozen=True)
class CarWeights:
    """CAR: an order and n − 1 steps 0–3 between neighbours."""

    order: tuple[str, ...]
    steps: tuple[int, ...]
    constraints: tuple[Statement, ...] = ()
    focal: Mapping[str, float] | None = None
    method: Literal["car"] = field(default="car", init=False)


@dataclass(frozen=True)
class IntervalWeights:
    """Interval bounds per child; unlisted children are in [0, 1]."""

    bounds: Mapping[str, tuple[float, float]]
    constraints: tuple[Statement, ...] = ()
    focal: Mapping[str, float] | None = None
    method: Literal["interval"] = field(default="interval", init=False)


@dataclass(frozen=True)
class SwingWeights:
    """Swing points per child, each precise (low == high) or an interval."""

    points: Mapping[str, tuple[float, float]]
    constraints: tuple[Statement, ...] = ()
    focal: Mapping[str, float] | None = None
    method: Literal["swing"] = field(default="swing", init=False)


PreferenceSet: TypeAlias = (
    PointWeights | RankingWeights | CarWeights | IntervalWeights | SwingWeights
)

METHODS = ("point", "ranking", "car", "interval", "swing")


def mentioned_children(pref: PreferenceSet) -> list[str]:
    """Every child id that a preference set names, in order of appearance."""
    names: list[str] = []
    if isinstance(pref, PointWeights):
        names.extend(pref.weights)
    elif isinstance(pref, RankingWeights):
        for group in pref.order:
            names.extend(group)
    elif isinstance(pref, CarWeights):
        names.extend(pref.order)
    elif isinstance(pref, IntervalWeights):
        names.extend(pref.bounds)
    else:
        names.extend(pref.points)
    for st in pref.constraints:
        if isinstance(st, Bound):
            names.append(st.criterion)
        else:
            names.extend((st.left, st.right))
    if pref.focal is not None:
        names.extend(pref.focal)
    return names


# ---------------------------------------------------------------------------
# Participants, portfolio, follow-up
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Participant:
    id: str
    name: str
    role: str | None = None
    weights: Mapping[str, PreferenceSet] = field(default_factory=dict)


@dataclass(frozen=True)
class PortfolioConstraints:
    budget: float | None = None
    resources: Mapping[str, float] = field(default_factory=dict)
    mandatory: tuple[str, ...] = ()
    excluded: tuple[str, ...] = ()
    requires: tuple[tuple[str, str], ...] = ()
    exclusive: tuple[tuple[str, ...], ...] = ()


@dataclass(frozen=True)
class Observation:
    """A dated value: an indicator's baseline or target."""

    value: float
    date: str | None = None


@dataclass(frozen=True)
class Indicator:
    id: str
    name: str
    alternative: str | None = None
    criterion: str | None = None
    unit: str | None = None
    owner: str | None = None
    source: str | None = None
    baseline: Observation | None = None
    target: Observation | None = None


@dataclass(frozen=True)
class Measurement:
    indicator: str
    date: str
    value: float
    note: str | None = None


@dataclass(frozen=True)
class FollowUp:
    indicators: tuple[Indicator, ...] = ()
    measurements: tuple[Measurement, ...] = ()


# ---------------------------------------------------------------------------
# The model
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Model:
    """A complete decision model (one project)."""

    name: str = ""
    description: str | None = None
    language: str | None = None
    documents: tuple[Document, ...] = ()
    goals: tuple[Goal, ...] = ()
    criteria: tuple[Criterion, ...] = ()
    alternatives: tuple[Alternative, ...] = ()
    scores: Mapping[str, Mapping[str, Score]] = field(default_factory=dict)
    weights: Mapping[str, PreferenceSet] = field(default_factory=dict)
    participants: tuple[Participant, ...] = ()
    portfolio: PortfolioConstraints | None = None
    followup: FollowUp = field(default_factory=FollowUp)

    # -- tree queries -------------------------------------------------------

    @property
    def root(self) -> Criterion:
        """A synthetic root node whose children are the top-level criteria."""
        return Criterion(id=ROOT_ID, name="", children=self.criteria)

    def walk_criteria(self) -> Iterator[Criterion]:
        """All criteria (not the root), depth-first in tree order."""
        for c in self.criteria:
            yield from c.walk()

    def leaves(self) -> list[Criterion]:
        """Leaf criteria, depth-first in tree order (the order of spec §4)."""
        return [c for c in self.walk_criteria() if c.is_leaf]

    def internal_nodes(self) -> list[Criterion]:
        """The root and every internal criterion, depth-first (root first)."""
        nodes = [self.root] if self.criteria else []
        nodes.extend(c for c in self.walk_criteria() if not c.is_leaf)
        return nodes

    def criterion(self, criterion_id: str) -> Criterion | None:
        if criterion_id == ROOT_ID:
            return self.root
        for c in self.walk_criteria():
            if c.id == criterion_id:
                return c
        return None

    def parent_of(self, criterion_id: str) -> Criterion | None:
        """The parent node (possibly the synthetic root) of a criterion."""
        for node in self.internal_nodes():
            if any(ch.id == criterion_id for ch in node.children):
                return node
        return None

    def path_to(self, criterion_id: str) -> list[Criterion]:
        """Nodes from the root (inclusive) down to the criterion (inclusive)."""

        def search(node: Criterion, trail: list[Criterion]) -> list[Criterion] | None:
            trail = [*trail, node]
            if node.id == criterion_id:
                return trail
            for ch in node.children:
                found = search(ch, trail)
                if found is not None:
                    return found
            return None

        return search(self.root, []) or []

    # -- other look-ups -----------------------------------------------------

    def alternative(self, alternative_id: str) -> Alternative | None:
        for a in self.alternatives:
            if a.id == alternative_id:
                return a
        return None

    def alternative_ids(self) -> list[str]:
        return [a.id for a in self.alternatives]

    def do_nothing(self) -> Alternative | None:
        for a in self.alternatives:
            if a.do_nothing:
                return a
        return None

    def score(self, alternative_id: str, criterion_id: str) -> Score | None:
        return self.scores.get(alternative_id, {}).get(criterion_id)

    def document(self, document_id: str) -> Document | None:
        for d in self.documents:
            if d.id == document_id:
                return d
        return None

    def goal(self, goal_id: str) -> Goal | None:
        for g in self.goals:
            if g.id == goal_id:
                return g
        return None
