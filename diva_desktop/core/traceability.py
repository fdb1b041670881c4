"""From steering documents to investments: coverage, balance and the traceability matrix.

Links
    A criterion serves the goals it lists (``Criterion.goals``, many to many). A
    goal linked to an internal criterion serves, through it, every leaf below it.
    A leaf is *anchored* when it or one of its ancestors lists a goal.

Coverage (:func:`coverage`)
    The goals that no criterion serves and the leaves that no goal anchors: the
    two gaps a facilitator closes before scoring.

Balance (:func:`balance`)
    Per section of each document (the headings of one level), how many goals it
    has, how many of them a criterion serves and which criteria serve them. The
    level is chosen per document as the one whose sections hold the goals most
    spread out (ties: the higher level), unless given.

Traceability matrix (:func:`trace_rows`)
    One row per document → goal → criterion → leaf → alternative → indicator,
    with the alternative's score on the leaf, its value interval and focal value
    (spec §1.2) and the follow-up indicator of that alternative on that
    criterion (``followup.indicators`` with ``alternative`` and ``criterion``;
    an indicator without an alternative applies to all). Goals without a
    criterion, and criteria without alternatives, still give a row, so gaps show.

Per investment (:func:`goals_for_alternative`)
    The goals an alternative serves: those anchoring a leaf on which the
    alternative's focal value is greater than the do-nothing alternative's (or,
    without one, greater than the worst value 0), strongest first.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from .errors import ModelError
from .goals import Heading, find_quote, outline, section_of
from .model import Criterion, Document, Goal, Indicator, Model, Score
from .scales import score_values

__all__ = [
    "TRACE_COLUMNS",
    "Coverage",
    "SectionBalance",
    "ServedGoal",
    "TraceRow",
    "balance",
    "coverage",
    "format_score",
    "goal_sections",
    "goals_for_alternative",
    "trace_rows",
    "trace_table",
]


# ---------------------------------------------------------------------------
# Coverage
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Coverage:
    """Which criteria serve which goals, and the gaps.

    Attributes
    ----------
    served_by
        Goal id → the criteria (any level, tree order) that list it.
    anchors
        Leaf id → the goals that anchor it (its own and its ancestors'), in order.
    uncovered_goals
        Goals that no criterion serves, in model order.
    unanchored_leaves
        Leaves that no goal anchors, in tree order.
    """

    served_by: Mapping[str, tuple[str, ...]]
    anchors: Mapping[str, tuple[str, ...]]
    uncovered_goals: tuple[Goal, ...]
    unanchored_leaves: tuple[Criterion, ...]

    @property
    def complete(self) -> bool:
        """True when every goal is served and every leaf anchored."""
        return not self.uncovered_goals and not self.unanchored_leaves


def _leaves_under(node: Criterion) -> list[Criterion]:
    return [c for c in node.walk() if c.is_leaf]


def _anchor_map(model: Model) -> dict[str, tuple[str, ...]]:
    anchors: dict[str, tuple[str, ...]] = {}

    def visit(node: Criterion, inherited: tuple[str, ...]) -> None:
        own = inherited + tuple(g for g in node.goals if g not in inherited)
        if node.is_leaf:
            anchors[node.id] = own
        for child in node.children:
            visit(child, own)

    for c in model.criteria:
        visit(c, ())
    return anchors


def coverage(model: Model) -> Coverage:
    """Goals served, leaves anchored and the gaps (see the module documentation)."""
    served: dict[str, list[str]] = {g.id: [] for g in model.goals}
    for c in model.walk_criteria():
        for g in c.goals:
            if g in served and c.id not in served[g]:
                served[g].append(c.id)
    anchors = _anchor_map(model)
    goal_ids = set(served)
    return Coverage(
        served_by={g: tuple(cs) for g, cs in served.items()},
        anchors=anchors,
        uncovered_goals=tuple(g for g in model.goals if not served[g.id]),
        unanchored_leaves=tuple(
            c for c in model.leaves() if not any(g in goal_ids for g in anchors.get(c.id, ()))
        ),
    )


# ---------------------------------------------------------------------------
# Balance across sections
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class SectionBalance:
    """One section of a document: its goals, the served ones, the criteria serving them.

    ``section`` is the heading text ("" for text before the first heading of the
    level), ``page`` the heading's page (``None`` for that leading part).
    """

    document: str
    section: str
    level: int
    page: int | None
    goals: tuple[str, ...] = ()
    served: tuple[str, ...] = ()
    criteria: tuple[str, ...] = ()

    @property
    def share_served(self) -> float | None:
        """Served goals / goals, or ``None`` without goals."""
        return len(self.served) / len(self.goals) if self.goals else None


def goal_sections(document: Document, goals: Iterable[Goal], level: int) -> dict[str, Heading | None]:
    """Goal id → the heading of level ≤ ``level`` above its quote (``None``: before any)."""
    heads = outline(document)
    out: dict[str, Heading | None] = {}
    for g in goals:
        m = find_quote(document, g.quote, g.page)
        if m is not None:
            out[g.id] = section_of(heads, m.page, m.start, level)
        elif g.page is not None:
            out[g.id] = section_of(heads, g.page, 0, level)
        else:
            out[g.id] = None
    return out


def _spread_level(document: Document, goals: Sequence[Goal]) -> int:
    heads = outline(document)
    levels = sorted({h.level for h in heads})
    if not levels:
        return 1
    # without goals to spread: the first level that divides the document (two headings or more)
    best = next((lv for lv in levels if sum(h.level == lv for h in heads) >= 2), levels[0])
    best_n = 1
    for level in levels:
        n = len({(h.page, h.start) if h else None for h in goal_sections(document, goals, level).values()})
        if n > best_n:
            best, best_n = level, n
    return best


def balance(model: Model, level: int | Mapping[str, int] | None = None) -> list[SectionBalance]:
    """Goals, served goals and serving criteria per section of each document.

    ``level`` is one heading level for all documents, a level per document id, or
    ``None`` to choose per document (see the module documentation). Every heading
    of the level is listed, also those without goals, in document order; text
    above them (an introduction under a higher heading) is listed when it holds goals.
    """
    cov = coverage(model)
    out: list[SectionBalance] = []
    for doc in model.documents:
        goals = [g for g in model.goals if g.document == doc.id]
        if isinstance(level, Mapping):
            lvl = level.get(doc.id) or _spread_level(doc, goals)
        else:
            lvl = level or _spread_level(doc, goals)
        heads = [h for h in outline(doc) if h.level <= lvl]
        where = goal_sections(doc, goals, lvl)
        buckets: dict[tuple[int, int] | None, list[Goal]] = {None: []}
        for h in heads:
            buckets[(h.page, h.start)] = []
        for g in goals:
            above = where[g.id]
            buckets[(above.page, above.start) if above else None].append(g)
        sections: list[tuple[str, int | None, tuple[int, int] | None, int]] = [("", None, None, lvl)]
        sections += [(h.text, h.page, (h.page, h.start), h.level) for h in heads]
        for text, page, key, h_level in sections:
            gs = buckets[key]
            if not gs and (key is None or h_level < lvl):
                continue  # only the chosen level's sections, and parts above them that hold goals
            served = tuple(g.id for g in gs if cov.served_by.get(g.id))
            criteria: list[str] = []
            for g in gs:
                for c in cov.served_by.get(g.id, ()):
                    if c not in criteria:
                        criteria.append(c)
            out.append(
                SectionBalance(doc.id, text, h_level, page, tuple(g.id for g in gs), served, tuple(criteria))
            )
    return out


# ---------------------------------------------------------------------------
# The traceability matrix
# ---------------------------------------------------------------------------


def format_score(score: Score | None) -> str:
    """``60``, ``30–40``, ``medel``, ``låg–medel``; ``""`` when missing."""
    if score is None:
        return ""

    def one(v: float | str) -> str:
        return v if isinstance(v, str) else f"{v:g}"

    return one(score.low) if score.low == score.high else f"{one(score.low)}–{one(score.high)}"


@dataclass(frozen=True)
class TraceRow:
    """One path document → goal → criterion → leaf → alternative → indicator.

    ``criterion`` is the criterion that lists the goal, ``leaf`` the scored leaf
    under it (the same when the goal is linked to a leaf); ``path`` names the
    leaf's ancestors and itself. ``value``, ``value_low`` and ``value_high`` are
    the focal value and value interval of the score (spec §1.2), ``None`` when the
    score is missing or invalid.
    """

    document: str
    document_title: str
    goal: str
    quote: str
    page: int | None
    paraphrase: str | None = None
    criterion: str | None = None
    criterion_name: str = ""
    leaf: str | None = None
    leaf_name: str = ""
    path: tuple[str, ...] = ()
    unit: str | None = None
    alternative: str | None = None
    alternative_name: str = ""
    score: str = ""
    value: float | None = None
    value_low: float | None = None
    value_high: float | None = None
    rationale: str | None = None
    indicator: str | None = None
    indicator_name: str = ""
    indicator_unit: str | None = None
    baseline: float | None = None
    baseline_date: str | None = None
    target: float | None = None
    target_date: str | None = None
    owner: str | None = None


def _indicators_for(model: Model, alternative: str, ids: Sequence[str]) -> list[Indicator]:
    found = [
        ind
        for ind in model.followup.indicators
        if ind.alternative in (alternative, None) and ind.criterion in ids
    ]
    # the alternative's own indicators first, then shared ones
    return sorted(found, key=lambda ind: (ind.alternative is None, ids.index(ind.criterion or "")))


def trace_rows(model: Model) -> list[TraceRow]:
    """The traceability matrix (see the module documentation), in document, goal and tree order."""
    docs = {d.id: d for d in model.documents}
    linking: dict[str, list[Criterion]] = {g.id: [] for g in model.goals}
    for c in model.walk_criteria():
        for gid in c.goals:
            if gid in linking and c not in linking[gid]:
                linking[gid].append(c)
    rows: list[TraceRow] = []
    order = {d.id: i for i, d in enumerate(model.documents)}
    goals = sorted(model.goals, key=lambda g: order.get(g.document, len(order)))
    for g in goals:
        doc = docs.get(g.document)
        if doc is None:
            continue
        base = TraceRow(doc.id, doc.title, g.id, g.quote, g.page, g.paraphrase)
        if not linking[g.id]:
            rows.append(base)
            continue
        for crit in linking[g.id]:
            for leaf in _leaves_under(crit):
                path = tuple(c.name for c in model.path_to(leaf.id)[1:])
                at_leaf = replace(
                    base,
                    criterion=crit.id,
                    criterion_name=crit.name,
                    leaf=leaf.id,
                    leaf_name=leaf.name,
                    path=path,
                    unit=leaf.unit,
                )
                if not model.alternatives:
                    rows.append(at_leaf)
                    continue
                for alt in model.alternatives:
                    rows.extend(_alternative_rows(model, at_leaf, leaf=leaf, crit=crit, alt_id=alt.id, alt_name=alt.name))
    return rows


def _alternative_rows(
    model: Model, at_leaf: TraceRow, *, leaf: Criterion, crit: Criterion, alt_id: str, alt_name: str
) -> list[TraceRow]:
    score = model.score(alt_id, leaf.id)
    value = low = high = None
    if score is not None:
        try:
            sv = score_values(leaf.effective_scale, score, f"scores.{alt_id}.{leaf.id}")
            value, low, high = sv.focal, sv.low, sv.high
        except ModelError:
            pass
    row = replace(
        at_leaf,
        alternative=alt_id,
        alternative_name=alt_name,
        score=format_score(score),
        value=value,
        value_low=low,
        value_high=high,
        rationale=score.rationale if score is not None else None,
    )
    ids = [leaf.id] + ([crit.id] if crit.id != leaf.id else [])
    indicators = _indicators_for(model, alt_id, ids)
    if not indicators:
        return [row]
    return [
        replace(
            row,
            indicator=ind.id,
            indicator_name=ind.name,
            indicator_unit=ind.unit,
            baseline=ind.baseline.value if ind.baseline else None,
            baseline_date=ind.baseline.date if ind.baseline else None,
            target=ind.target.value if ind.target else None,
            target_date=ind.target.date if ind.target else None,
            owner=ind.owner,
        )
        for ind in indicators
    ]


TRACE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("document_title", "Document"),
    ("page", "Page"),
    ("goal", "Goal"),
    ("quote", "Quote"),
    ("paraphrase", "Plain language"),
    ("criterion_name", "Criterion"),
    ("leaf_name", "Scored criterion"),
    ("alternative_name", "Investment"),
    ("score", "Score"),
    ("unit", "Unit"),
    ("value", "Value"),
    ("value_low", "Value low"),
    ("value_high", "Value high"),
    ("indicator_name", "Indicator"),
    ("baseline", "Baseline"),
    ("baseline_date", "Baseline date"),
    ("target", "Target"),
    ("target_date", "Target date"),
    ("owner", "Indicator owner"),
)
"""The matrix's columns: the :class:`TraceRow` field and an English heading."""

Cell = str | int | float | None


def trace_table(
    rows: Iterable[TraceRow], columns: Sequence[tuple[str, str]] = TRACE_COLUMNS
) -> tuple[list[str], list[list[Cell]]]:
    """Headings and cells of the matrix for export (numbers stay numbers; values rounded to 4 places)."""
    header = [title for _key, title in columns]
    table: list[list[Cell]] = []
    for row in rows:
        cells: list[Cell] = []
        for key, _title in columns:
            v = getattr(row, key)
            if isinstance(v, float) and key.startswith("value"):
                v = round(v, 4)
            cells.append(v if v is None or isinstance(v, str | int | float) else str(v))
        table.append(cells)
    return header, table


# ---------------------------------------------------------------------------
# Per investment
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class ServedGoal:
    """A goal an alternative serves, with the leaves through which it does.

    ``leaves`` holds ``(leaf id, contribution)`` pairs, strongest first; the
    contribution is the alternative's focal value on the leaf minus the
    reference's (the do-nothing alternative's, else 0). ``contribution`` is the
    largest of them.
    """

    goal: Goal
    document: Document | None
    leaves: tuple[tuple[str, float], ...]

    @property
    def contribution(self) -> float:
        return self.leaves[0][1] if self.leaves else 0.0


def _focal(model: Model, alternative: str, leaf: Criterion) -> float | None:
    score = model.score(alternative, leaf.id)
    if score is None:
        return None
    try:
        return score_values(leaf.effective_scale, score).focal
    except ModelError:
        return None


def goals_for_alternative(model: Model, alternative: str, *, tolerance: float = 1e-9) -> list[ServedGoal]:
    """The goals ``alternative`` serves (see the module documentation), strongest first.

    Ties keep the model's goal order. An unknown alternative, or the do-nothing
    alternative itself, serves no goal relative to itself only when no other
    reference exists; the do-nothing alternative is compared with the worst value 0.
    """
    if model.alternative(alternative) is None:
        return []
    ref = model.do_nothing()
    ref_id = ref.id if ref is not None and ref.id != alternative else None
    anchors = _anchor_map(model)
    by_goal: dict[str, list[tuple[str, float]]] = {}
    for leaf in model.leaves():
        goals = anchors.get(leaf.id, ())
        if not goals:
            continue
        mine = _focal(model, alternative, leaf)
        if mine is None:
            continue
        base = 0.0
        if ref_id is not None:
            theirs = _focal(model, ref_id, leaf)
            if theirs is None:
                continue
            base = theirs
        gain = mine - base
        if gain > tolerance:
            for g in goals:
                by_goal.setdefault(g, []).append((leaf.id, gain))
    docs = {d.id: d for d in model.documents}
    order = {g.id: i for i, g in enumerate(model.goals)}
    out = [
        ServedGoal(goal, docs.get(goal.document), tuple(sorted(by_goal[goal.id], key=lambda lv: -lv[1])))
        for goal in model.goals
        if goal.id in by_goal
    ]
    out.sort(key=lambda s: (-s.contribution, order[s.goal.id]))
    return out
