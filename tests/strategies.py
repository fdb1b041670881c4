"""Hypothesis strategies for valid DIVÄ models (spec ``model-format.md`` §1).

:func:`models` draws models that pass :func:`diva_desktop.core.validation.validate`
without errors (warnings, such as missing scores, are allowed): documents with any
Unicode text (å, ä, ö, form feeds between pages), goals quoting them, a criteria tree
of up to three levels with all three scale types, alternatives with costs, resources
and at most one do-nothing alternative, every kind of score (numbers, intervals,
levels, level intervals, rationales, missing), preference sets of every method and
statement kind (not necessarily feasible), participants, portfolio constraints and
follow-up indicators with measurements.

Numbers mix integers (some beyond 64 bits) and floats, so that writers and readers
must keep both exactly.
"""

from __future__ import annotations

import datetime as dt
import string
from typing import Any

from hypothesis import strategies as st

from diva_desktop.core.model import (
    DOCUMENT_KINDS,
    ROOT_ID,
    SURROGATES,
    Alternative,
    AtLeast,
    Bound,
    CarWeights,
    Criterion,
    Document,
    FollowUp,
    Goal,
    Indicator,
    IntervalWeights,
    Level,
    LevelsScale,
    LinearScale,
    Measurement,
    Model,
    Observation,
    Participant,
    PiecewiseScale,
    PointWeights,
    PortfolioConstraints,
    PreferenceSet,
    RankingWeights,
    Ratio,
    Scale,
    Score,
    Statement,
    SwingWeights,
)

Draw = Any  # hypothesis' draw function

_ALPHABET = st.one_of(
    st.sampled_from("åäöÅÄÖéü \f\n\t–—’€§½"),
    st.characters(codec="utf-8"),
)

texts = st.text(_ALPHABET, max_size=20)
"""Any Unicode text (possibly empty or blank)."""

names = st.text(_ALPHABET, min_size=1, max_size=20).filter(lambda s: bool(s.strip()))
"""Text that is not blank (names, titles, quotes, labels)."""

optional_texts = st.none() | texts

_ID_CHARS = string.ascii_letters + string.digits + "_.-"

ids = st.text(_ID_CHARS, min_size=1, max_size=12).map(lambda s: "root_" if s == ROOT_ID else s)
"""Identifiers as the spec allows them ([A-Za-z0-9_.-]{1,64}), never ``root``."""

iso_dates = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)).map(dt.date.isoformat)

validities = st.none() | st.sampled_from(("2025–2028", "tills vidare", "2025-01-01–2028-12-31")) | texts
"""A document's period of validity: free text as municipalities write it, or any text."""

finite_floats = st.floats(allow_nan=False, allow_infinity=False)

_HUGE = 10**30  # beyond 64 bits, well below float overflow (which the validator cannot take)

numbers = st.one_of(
    st.integers(min_value=-(10**6), max_value=10**6),
    st.integers(min_value=-_HUGE, max_value=_HUGE),
    finite_floats,
)
"""Any finite number: small and huge integers, floats."""

scale_numbers = st.one_of(
    st.integers(min_value=-(10**6), max_value=10**6),
    st.integers(min_value=-(2**53), max_value=2**53),
    finite_floats,
)
"""Numbers for scales and scores: integers only up to 2**53, since the validator compares
scores with the scale in floating point (a larger integer may look outside its scale)."""

non_negative = st.one_of(
    st.integers(min_value=0, max_value=10**9),
    st.integers(min_value=0, max_value=_HUGE),
    st.sampled_from([2**53 + 1, 2**63, 2**64 + 1, 10**20]),
    st.floats(min_value=0.0, allow_nan=False, allow_infinity=False),
)

unit_floats = st.one_of(st.sampled_from([0, 1, 0.5]), st.floats(min_value=0.0, max_value=1.0))
"""Numbers in [0, 1]."""

positive = st.one_of(
    st.integers(min_value=1, max_value=1000),
    st.floats(min_value=1e-6, max_value=1e6, allow_nan=False, allow_infinity=False),
)


def _pick(items: Any) -> st.SearchStrategy[Any]:
    """``sampled_from`` on a tuple, which hypothesis caches (fast in nested draws)."""
    return st.sampled_from(tuple(items))


def _maybe(draw: Draw, strategy: st.SearchStrategy[Any]) -> Any:
    """``None`` or a value of ``strategy``."""
    return draw(strategy) if draw(st.booleans()) else None


def _chance(draw: Draw, k: int, n: int) -> bool:
    """True with probability about k/n; False in hypothesis' simplest case."""
    return bool(draw(_pick(range(n))) >= n - k)


def _count(draw: Draw, low: int, high: int) -> int:
    """A size drawn uniformly from low..high (``st.integers`` favours small ones)."""
    return int(draw(_pick(range(low, high + 1))))


def _unique_ids(draw: Draw, n: int, taken: set[str] | None = None) -> list[str]:
    """``n`` identifiers not in ``taken`` (which they are added to), without retry loops."""
    taken = set() if taken is None else taken
    out: list[str] = []
    for _ in range(n):
        candidate = draw(ids)
        k = len(taken)
        while candidate in taken:  # make it unique: a numbered variant
            candidate = f"{candidate[:50]}-{k}"
            k += 1
        taken.add(candidate)
        out.append(candidate)
    return out


# ---------------------------------------------------------------------------
# Documents and goals
# ---------------------------------------------------------------------------


@st.composite
def documents(draw: Draw, doc_id: str) -> Document:
    pages = [draw(st.text(_ALPHABET, max_size=40)) for _ in range(_count(draw, 1, 3))]
    if _chance(draw, 1, 2):
        pages[0] = "Målet är att öka tillgängligheten för invånare och företag. " + pages[0]
    return Document(
        id=doc_id,
        title=draw(names),
        kind=_maybe(draw, _pick(DOCUMENT_KINDS)),
        decided_by=draw(optional_texts),
        decision_date=_maybe(draw, iso_dates),
        reference=draw(optional_texts),
        validity=draw(validities),
        source=draw(optional_texts),
        text="\f".join(p.replace("\f", "") for p in pages),
    )


@st.composite
def goals(draw: Draw, goal_id: str, docs: list[Document]) -> Goal:
    doc = draw(_pick(docs))
    page = _maybe(draw, st.integers(min_value=1, max_value=len(doc.pages)))
    return Goal(id=goal_id, document=doc.id, quote=draw(names), page=page, paraphrase=draw(optional_texts))


# ---------------------------------------------------------------------------
# Scales, criteria
# ---------------------------------------------------------------------------


@st.composite
def linear_scales(draw: Draw) -> LinearScale:
    worst, best = draw(st.lists(scale_numbers, min_size=2, max_size=2, unique=True))
    return LinearScale(worst, best)


@st.composite
def piecewise_scales(draw: Draw) -> PiecewiseScale:
    xs = sorted(draw(st.lists(scale_numbers, min_size=2, max_size=5, unique=True)))
    xs = [x for i, x in enumerate(xs) if i == 0 or x > xs[i - 1]]
    if len(xs) < 2:
        xs = [0, 1]
    return PiecewiseScale(tuple((x, draw(unit_floats)) for x in xs))


@st.composite
def levels_scales(draw: Draw) -> LevelsScale:
    labels = draw(st.lists(names, min_size=1, max_size=5, unique=True))
    return LevelsScale(tuple(Level(label, draw(unit_floats)) for label in labels))


_SCALES: st.SearchStrategy[Scale | None] = st.one_of(
    st.none(), linear_scales(), piecewise_scales(), levels_scales()
)


def scales() -> st.SearchStrategy[Scale | None]:
    """No scale (the default linear 0–10), or a linear, piecewise or level scale."""
    return _SCALES


@st.composite
def criteria_trees(draw: Draw, goal_ids: list[str], max_depth: int = 3) -> tuple[Criterion, ...]:
    """Top-level criteria with up to ``max_depth`` levels in all, unique ids."""
    taken: set[str] = set()

    def node(depth: int) -> Criterion:
        (cid,) = _unique_ids(draw, 1, taken)
        n_children = _count(draw, 0, 3) if depth < max_depth else 0
        children = tuple(node(depth + 1) for _ in range(n_children))
        goal_refs: tuple[str, ...] = ()
        if goal_ids:
            goal_refs = tuple(draw(st.lists(_pick(goal_ids), max_size=2, unique=True)))
        return Criterion(
            id=cid,
            name=draw(names),
            description=draw(optional_texts),
            unit=draw(optional_texts),
            scale=None if children else draw(scales()),
            goals=goal_refs,
            children=children,
        )

    return tuple(node(1) for _ in range(_count(draw, 1, 3)))


# ---------------------------------------------------------------------------
# Alternatives and scores
# ---------------------------------------------------------------------------


@st.composite
def alternatives(draw: Draw, alt_ids: list[str], resource_names: list[str]) -> tuple[Alternative, ...]:
    nothing = _maybe(draw, _pick(alt_ids)) if alt_ids else None
    out = []
    for aid in alt_ids:
        res = {}
        if resource_names:
            for r in draw(st.lists(_pick(resource_names), max_size=2, unique=True)):
                res[r] = draw(non_negative)
        out.append(
            Alternative(
                id=aid,
                name=draw(names),
                description=draw(optional_texts),
                cost=draw(non_negative),
                resources=res,
                do_nothing=aid == nothing,
            )
        )
    return tuple(out)


@st.composite
def scores_for(draw: Draw, scale: Scale) -> Score:
    rationale = draw(optional_texts)
    interval = _chance(draw, 1, 2)
    if isinstance(scale, LevelsScale):
        i = _count(draw, 0, len(scale.levels) - 1)
        j = _count(draw, i, len(scale.levels) - 1) if interval else i
        return Score(scale.levels[i].label, scale.levels[j].label, rationale)
    lo, hi = scale.domain
    inside: st.SearchStrategy[float] = st.sampled_from([lo, hi])
    flo, fhi = float(lo), float(hi)
    if lo <= flo < fhi <= hi:
        inside = st.one_of(inside, st.floats(min_value=flo, max_value=fhi))
    if isinstance(lo, int) and isinstance(hi, int):
        inside = st.one_of(inside, st.integers(min_value=lo, max_value=hi))
    a = draw(inside)
    if not interval:
        return Score(a, a, rationale)
    b = draw(inside)
    return Score(min(a, b), max(a, b), rationale)


# ---------------------------------------------------------------------------
# Preferences
# ---------------------------------------------------------------------------


@st.composite
def statements(draw: Draw, children: list[str]) -> Statement:
    kinds = ["at_least", "bound"] + (["ratio"] if len(children) > 1 else [])
    kind = draw(_pick(kinds))
    if kind == "at_least":
        return AtLeast(
            draw(_pick(children)),
            draw(_pick(children)),
            draw(st.one_of(st.just(0.0), st.floats(min_value=-1.0, max_value=1.0))),
        )
    if kind == "ratio":
        left, right = draw(st.permutations(children))[:2]
        lo, hi = sorted(draw(st.lists(positive, min_size=2, max_size=2)))
        which = draw(_pick(["min", "max", "both"]))
        return Ratio(left, right, None if which == "max" else lo, None if which == "min" else hi)
    lo, hi = sorted(draw(st.lists(unit_floats, min_size=2, max_size=2)))
    which = draw(_pick(["min", "max", "both"]))
    return Bound(draw(_pick(children)), None if which == "max" else lo, None if which == "min" else hi)


@st.composite
def focal_weights(draw: Draw, children: list[str]) -> dict[str, float]:
    raw = draw(st.lists(st.integers(1, 100), min_size=len(children), max_size=len(children)))
    total = sum(raw)
    return {c: r / total for c, r in zip(children, raw, strict=True)}


@st.composite
def preference_sets(draw: Draw, children: list[str]) -> PreferenceSet:
    method = draw(_pick(["point", "ranking", "car", "interval", "swing"]))
    focal = _maybe(draw, focal_weights(children))
    if method == "point":
        weights = {c: draw(non_negative) for c in children}
        if not any(w > 0 for w in weights.values()):
            weights[children[0]] = 1
        return PointWeights(weights, focal)
    constraints = tuple(draw(st.lists(statements(children), max_size=3)))
    if method == "ranking":
        order = draw(st.permutations(children))
        cuts = sorted(draw(st.sets(st.integers(1, max(len(order) - 1, 1)), max_size=len(order) - 1)))
        groups, start = [], 0
        for cut in [*cuts, len(order)]:
            if cut > start:
                groups.append(tuple(order[start:cut]))
                start = cut
        surrogate = draw(_pick(SURROGATES))
        return RankingWeights(tuple(groups), surrogate, constraints, focal)
    if method == "car":
        order = tuple(draw(st.permutations(children)))
        steps = tuple(draw(st.lists(st.integers(0, 3), min_size=len(order) - 1, max_size=len(order) - 1)))
        return CarWeights(order, steps, constraints, focal)
    if method == "interval":
        bounds = {}
        for c in draw(st.lists(_pick(children), unique=True)):
            lo, hi = sorted(draw(st.lists(unit_floats, min_size=2, max_size=2)))
            bounds[c] = (lo, hi)
        return IntervalWeights(bounds, constraints, focal)
    points = {}
    for c in children:
        lo, hi = sorted(draw(st.lists(positive, min_size=2, max_size=2)))
        points[c] = (lo, lo) if draw(st.booleans()) else (lo, hi)
    return SwingWeights(points, constraints, focal)


@st.composite
def weight_maps(draw: Draw, nodes: dict[str, list[str]]) -> dict[str, PreferenceSet]:
    chosen = [n for n in draw(st.permutations(sorted(nodes))) if not _chance(draw, 1, 4)]
    return {n: draw(preference_sets(nodes[n])) for n in chosen}


# ---------------------------------------------------------------------------
# Portfolio and follow-up
# ---------------------------------------------------------------------------


@st.composite
def portfolios(draw: Draw, alts: tuple[Alternative, ...], resource_names: list[str]) -> PortfolioConstraints:
    candidates = [a.id for a in alts if not a.do_nothing]
    resources = {r: draw(non_negative) for r in draw(st.lists(_pick(resource_names), unique=True))} if resource_names else {}
    if not candidates:
        return PortfolioConstraints(budget=_maybe(draw, non_negative), resources=resources)
    n_picked = len(candidates) if _chance(draw, 1, 2) else _count(draw, 0, len(candidates))
    picked = list(draw(st.permutations(candidates)))[:n_picked]
    if len(picked) >= 2 and not _chance(draw, 1, 4):
        split = _count(draw, 1, len(picked) - 1)  # some mandatory, some excluded
    else:
        split = _count(draw, 0, len(picked))
    mandatory, excluded = tuple(picked[:split]), tuple(picked[split:])
    requires = tuple(
        (draw(_pick(candidates)), draw(_pick(candidates))) for _ in range(_count(draw, 0, 2))
    )
    exclusive = []
    for _ in range(_count(draw, 0, 2)):
        group = draw(st.lists(_pick(candidates), max_size=3, unique=True))
        if sum(a in mandatory for a in group) <= 1:
            exclusive.append(tuple(group))
    return PortfolioConstraints(
        budget=_maybe(draw, non_negative),
        resources=resources,
        mandatory=mandatory,
        excluded=excluded,
        requires=requires,
        exclusive=tuple(exclusive),
    )


@st.composite
def observations(draw: Draw) -> Observation:
    return Observation(draw(numbers), _maybe(draw, iso_dates))


@st.composite
def followups(draw: Draw, alt_ids: list[str], criterion_ids: list[str]) -> FollowUp:
    ind_ids = _unique_ids(draw, _count(draw, 0, 3))
    indicators = tuple(
        Indicator(
            id=i,
            name=draw(names),
            alternative=_maybe(draw, _pick(alt_ids)) if alt_ids else None,
            criterion=_maybe(draw, _pick(criterion_ids)),
            unit=draw(optional_texts),
            owner=draw(optional_texts),
            source=draw(optional_texts),
            baseline=_maybe(draw, observations()),
            target=_maybe(draw, observations()),
        )
        for i in ind_ids
    )
    measurements: tuple[Measurement, ...] = ()
    if ind_ids:
        measurements = tuple(
            Measurement(draw(_pick(ind_ids)), draw(iso_dates), draw(numbers), draw(optional_texts))
            for _ in range(_count(draw, 0, 4))
        )
    return FollowUp(indicators, measurements)


# ---------------------------------------------------------------------------
# Whole models
# ---------------------------------------------------------------------------


@st.composite
def models(draw: Draw, max_alternatives: int = 4) -> Model:
    """A valid model (no validation errors) exercising every part of the format."""
    doc_ids = _unique_ids(draw, 0 if _chance(draw, 1, 10) else _count(draw, 1, 2))
    docs = [draw(documents(d)) for d in doc_ids]
    goal_list = [draw(goals(g, docs)) for g in _unique_ids(draw, _count(draw, 1, 3))] if docs else []
    tree = draw(criteria_trees([g.id for g in goal_list]))
    root = Criterion(id=ROOT_ID, name="", children=tree)
    all_criteria = list(root.walk())[1:]
    leaves = [c for c in all_criteria if c.is_leaf]
    nodes = {n.id: [ch.id for ch in n.children] for n in root.walk() if n.children}

    resource_names = draw(st.lists(names, max_size=2, unique=True))
    alt_ids = _unique_ids(draw, 0 if _chance(draw, 1, 20) else _count(draw, 2, max_alternatives))
    alts = draw(alternatives(alt_ids, resource_names))

    # Most alternatives have a row, most rows most scores; rows and scores in any order.
    scores: dict[str, dict[str, Score]] = {}
    for aid in draw(st.permutations(alt_ids)):
        if _chance(draw, 1, 10):
            continue
        row = {}
        for leaf in draw(st.permutations(leaves)):
            if not _chance(draw, 1, 5):
                row[leaf.id] = draw(scores_for(leaf.effective_scale))
        scores[aid] = row

    participants = tuple(
        Participant(id=pid, name=draw(names), role=draw(optional_texts), weights=draw(weight_maps(nodes)))
        for pid in _unique_ids(draw, _count(draw, 0, 2))
    )
    return Model(
        name=draw(texts),
        description=draw(optional_texts),
        language=_maybe(draw, _pick(["sv", "en"])),
        documents=tuple(docs),
        goals=tuple(goal_list),
        criteria=tree,
        alternatives=alts,
        scores=scores,
        weights=draw(weight_maps(nodes)),
        participants=participants,
        portfolio=None if _chance(draw, 1, 3) else draw(portfolios(alts, resource_names)),
        followup=draw(followups(alt_ids, [c.id for c in all_criteria])),
    )
