"""Semantic validation of a :class:`~diva_desktop.core.model.Model` (spec §1).

:func:`validate` returns every problem it finds, each naming its place as a dotted
path with identifiers (``scores.e_services.lead_time``, ``weights.root.order``,
``criteria.lead_time.scale.worst``). It never raises on bad content. Feasibility of
preference statements is checked by the decision engine, which needs linear
programming; :func:`validate` checks everything that can be checked locally.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from datetime import date

from .errors import ModelError, Problem
from .model import (
    DOCUMENT_KINDS,
    ROOT_ID,
    SURROGATES,
    AtLeast,
    Bound,
    CarWeights,
    Criterion,
    IntervalWeights,
    LevelsScale,
    LinearScale,
    Model,
    PiecewiseScale,
    PointWeights,
    PreferenceSet,
    RankingWeights,
    Ratio,
    Scale,
    Score,
)

ID_PATTERN = re.compile(r"[A-Za-z0-9_.-]{1,64}")
TOLERANCE = 1e-6


def is_valid_id(value: str) -> bool:
    return bool(ID_PATTERN.fullmatch(value))


def is_iso_date(value: str) -> bool:
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _is_number(x: object) -> bool:
    return isinstance(x, int | float) and not isinstance(x, bool)


def _finite(x: float) -> bool:
    if not _is_number(x):
        return False
    try:
        return math.isfinite(x)
    except OverflowError:  # an integer beyond the float range
        return False


def _fmt(x: float) -> str:
    return f"{x:g}"


class _Collector:
    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def error(self, code: str, location: str, text: str, **params: object) -> None:
        self.problems.append(Problem(code, location, text, "error", params))

    def warning(self, code: str, location: str, text: str, **params: object) -> None:
        self.problems.append(Problem(code, location, text, "warning", params))

    def check_id(self, value: str, location: str) -> None:
        if not is_valid_id(value):
            self.error(
                "bad_id",
                location,
                f"identifier {value!r} is not valid: use 1–64 characters from "
                "A–Z, a–z, 0–9, '_', '.' and '-'",
                value=value,
            )

    def check_unique(self, ids: Iterable[str], location: str, kind: str) -> None:
        for value, n in Counter(ids).items():
            if n > 1:
                self.error(
                    "duplicate_id",
                    location,
                    f"the {kind} id {value!r} is used {n} times; ids must be unique",
                    value=value,
                    kind=kind,
                )

    def check_number(
        self,
        x: float,
        location: str,
        *,
        low: float | None = None,
        high: float | None = None,
        strict_low: bool = False,
    ) -> bool:
        if not _is_number(x):
            self.error("wrong_type", location, f"{x!r} is not a number")
            return False
        if not _finite(x):
            shown = repr(x) if len(repr(x)) <= 24 else repr(x)[:20] + "…"
            self.error("not_finite", location, f"{shown} is not a finite number (or too large)")
            return False
        if low is not None and (x < low or (strict_low and x <= low)):
            rel = ">" if strict_low else "≥"
            self.error(
                "out_of_range",
                location,
                f"{_fmt(x)} is out of range: it must be {rel} {_fmt(low)}"
                + ("" if high is None else f" and ≤ {_fmt(high)}"),
                value=x,
                low=low,
                high=high,
            )
            return False
        if high is not None and x > high:
            self.error(
                "out_of_range",
                location,
                f"{_fmt(x)} is out of range: it must be ≤ {_fmt(high)}"
                + ("" if low is None else f" and ≥ {_fmt(low)}"),
                value=x,
                low=low,
                high=high,
            )
            return False
        return True


def validate(model: Model) -> list[Problem]:
    """Every error and warning in ``model``, each naming its place."""
    c = _Collector()
    _validate_documents(model, c)
    _validate_criteria(model, c)
    _validate_alternatives(model, c)
    _validate_scores(model, c)
    nodes = {n.id: n for n in model.internal_nodes()}
    all_criteria = {cr.id for cr in model.walk_criteria()}
    _validate_weight_sets(model.weights, "weights", nodes, all_criteria, c)
    c.check_unique((p.id for p in model.participants), "participants", "participant")
    for p in model.participants:
        c.check_id(p.id, f"participants.{p.id}")
        _validate_weight_sets(p.weights, f"participants.{p.id}.weights", nodes, all_criteria, c)
    _validate_portfolio(model, c)
    _validate_followup(model, c)
    return c.problems


def errors_of(problems: Iterable[Problem]) -> list[Problem]:
    return [p for p in problems if p.severity == "error"]


def ensure_valid(model: Model) -> list[Problem]:
    """Raise :class:`ModelError` if the model has errors; return its warnings."""
    problems = validate(model)
    errors = errors_of(problems)
    if errors:
        raise ModelError(errors)
    return [p for p in problems if p.severity == "warning"]


# ---------------------------------------------------------------------------


def _validate_documents(model: Model, c: _Collector) -> None:
    c.check_unique((d.id for d in model.documents), "documents", "document")
    for d in model.documents:
        loc = f"documents.{d.id}"
        c.check_id(d.id, loc)
        if not d.title.strip():
            c.error("empty", f"{loc}.title", "the title is empty")
        if d.kind is not None and d.kind not in DOCUMENT_KINDS:
            c.warning(
                "unknown_kind",
                f"{loc}.kind",
                f"unknown document kind {d.kind!r}; known kinds: {', '.join(DOCUMENT_KINDS)}",
            )
        if d.decision_date is not None and not is_iso_date(d.decision_date):
            c.error(
                "bad_date",
                f"{loc}.decision_date",
                f"{d.decision_date!r} is not an ISO 8601 date (YYYY-MM-DD)",
            )
    docs = {d.id: d for d in model.documents}
    c.check_unique((g.id for g in model.goals), "goals", "goal")
    for g in model.goals:
        loc = f"goals.{g.id}"
        c.check_id(g.id, loc)
        doc = docs.get(g.document)
        if doc is None:
            c.error(
                "unknown_reference",
                f"{loc}.document",
                f"unknown document {g.document!r}",
                value=g.document,
            )
        elif g.page is not None:
            n = len(doc.pages)
            if not 1 <= g.page <= n:
                c.error(
                    "out_of_range",
                    f"{loc}.page",
                    f"page {g.page} does not exist: document {doc.id!r} has {n} page(s)",
                )
        if not g.quote.strip():
            c.error("empty", f"{loc}.quote", "the quote is empty")


def _validate_scale(scale: Scale, loc: str, c: _Collector) -> None:
    if isinstance(scale, LinearScale):
        ok = c.check_number(scale.worst, f"{loc}.worst")
        ok = c.check_number(scale.best, f"{loc}.best") and ok
        if ok and scale.worst == scale.best:
            c.error(
                "degenerate_scale",
                loc,
                f"worst and best are both {_fmt(scale.worst)}; they must differ",
            )
    elif isinstance(scale, PiecewiseScale):
        if len(scale.points) < 2:
            c.error("too_few_points", f"{loc}.points", "a piecewise scale needs at least 2 points")
        prev: float | None = None
        for i, (x, v) in enumerate(scale.points):
            okx = c.check_number(x, f"{loc}.points[{i}][0]")
            c.check_number(v, f"{loc}.points[{i}][1]", low=0.0, high=1.0)
            if okx and prev is not None and x <= prev:
                c.error(
                    "not_increasing",
                    f"{loc}.points[{i}][0]",
                    f"x = {_fmt(x)} must be greater than the previous point's {_fmt(prev)}",
                )
            if okx:
                prev = x
    else:
        if not scale.levels:
            c.error("too_few_levels", f"{loc}.levels", "a level scale needs at least one level")
        for value, n in Counter(lv.label for lv in scale.levels).items():
            if n > 1:
                c.error("duplicate_label", f"{loc}.levels", f"the label {value!r} is used {n} times")
        for i, lv in enumerate(scale.levels):
            if not lv.label:
                c.error("empty", f"{loc}.levels[{i}].label", "the label is empty")
            c.check_number(lv.value, f"{loc}.levels[{i}].value", low=0.0, high=1.0)


def _validate_criteria(model: Model, c: _Collector) -> None:
    all_c = list(model.walk_criteria())
    c.check_unique((cr.id for cr in all_c), "criteria", "criterion")
    goals = {g.id for g in model.goals}
    for cr in all_c:
        loc = f"criteria.{cr.id}"
        if cr.id == ROOT_ID:
            c.error("reserved_id", loc, "'root' is reserved for the top of the tree; choose another id")
        else:
            c.check_id(cr.id, loc)
        if not cr.name.strip():
            c.error("empty", f"{loc}.name", "the name is empty")
        for g in cr.goals:
            if g not in goals:
                c.error("unknown_reference", f"{loc}.goals", f"unknown goal {g!r}", value=g)
        if cr.children and cr.scale is not None:
            c.error(
                "scale_on_node",
                f"{loc}.scale",
                "only leaf criteria have a scale; this criterion has sub-criteria",
            )
        if cr.is_leaf:
            _validate_scale(cr.effective_scale, f"{loc}.scale", c)


def _validate_alternatives(model: Model, c: _Collector) -> None:
    c.check_unique((a.id for a in model.alternatives), "alternatives", "alternative")
    for a in model.alternatives:
        loc = f"alternatives.{a.id}"
        c.check_id(a.id, loc)
        if not a.name.strip():
            c.error("empty", f"{loc}.name", "the name is empty")
        c.check_number(a.cost, f"{loc}.cost", low=0.0)
        for r, amount in a.resources.items():
            c.check_number(amount, f"{loc}.resources.{r}", low=0.0)
    nothing = [a.id for a in model.alternatives if a.do_nothing]
    if len(nothing) > 1:
        c.error(
            "several_do_nothing",
            "alternatives",
            f"at most one alternative may be the do-nothing alternative; marked: {', '.join(nothing)}",
        )


def validate_score(score: Score, scale: Scale, loc: str) -> list[Problem]:
    """Problems of one score on a leaf's scale (used by the table editor too)."""
    c = _Collector()
    _validate_score(score, scale, loc, c)
    return c.problems


def _validate_score(score: Score, scale: Scale, loc: str, c: _Collector) -> None:
    ends = (score.low, score.high)
    if isinstance(scale, LevelsScale):
        labels = [lv.label for lv in scale.levels]
        idx: list[int] = []
        for e in ends:
            if not isinstance(e, str):
                c.error(
                    "level_expected",
                    loc,
                    f"{e!r} is a number, but this criterion is scored with levels: "
                    f"{', '.join(labels)}",
                )
                return
            i = scale.index_of(e)
            if i is None:
                c.error(
                    "unknown_level",
                    loc,
                    f"unknown level {e!r}; the levels are: {', '.join(labels)}",
                    value=e,
                )
                return
            idx.append(i)
        if idx[0] > idx[1]:
            c.error(
                "interval_reversed",
                loc,
                f"the interval [{score.low}, {score.high}] is reversed: list the earlier level first",
            )
        return
    lo_hi: list[float] = []
    for e in ends:
        if isinstance(e, str) or not _is_number(e):
            c.error("number_expected", loc, f"{e!r} is not a number; this criterion takes numbers")
            return
        if not _finite(e):
            c.error("not_finite", loc, f"{e!r} is not a finite number (or too large)")
            return
        lo_hi.append(e)
    lo, hi = lo_hi
    if lo > hi:
        c.error(
            "interval_reversed",
            loc,
            f"the interval [{_fmt(lo)}, {_fmt(hi)}] has low > high; write the lower number first",
        )
        return
    dlo, dhi = scale.domain
    for x in {lo, hi}:
        if not dlo <= x <= dhi:
            c.error(
                "score_out_of_scale",
                loc,
                f"score {_fmt(x)} is outside the scale; allowed range [{_fmt(dlo)}, {_fmt(dhi)}]",
                value=x,
                low=dlo,
                high=dhi,
            )


def _validate_scores(model: Model, c: _Collector) -> None:
    alts = {a.id for a in model.alternatives}
    criteria = {cr.id: cr for cr in model.walk_criteria()}
    for a, row in model.scores.items():
        if a not in alts:
            c.error("unknown_reference", f"scores.{a}", f"unknown alternative {a!r}", value=a)
            continue
        for k, score in row.items():
            loc = f"scores.{a}.{k}"
            cr = criteria.get(k)
            if cr is None:
                c.error("unknown_reference", loc, f"unknown criterion {k!r}", value=k)
                continue
            if not cr.is_leaf:
                c.error(
                    "score_on_node",
                    loc,
                    f"criterion {k!r} has sub-criteria; only leaf criteria are scored",
                )
                continue
            _validate_score(score, cr.effective_scale, loc, c)
    for alt in model.alternatives:
        given = model.scores.get(alt.id, {})
        for leaf in model.leaves():
            if leaf.id not in given:
                c.warning(
                    "missing_score",
                    f"scores.{alt.id}.{leaf.id}",
                    "missing score; treated as the whole scale (value 0–1)",
                    alternative=alt.id,
                    criterion=leaf.id,
                )


def _validate_weight_sets(
    weights: Mapping[str, PreferenceSet],
    base: str,
    nodes: Mapping[str, Criterion],
    all_criteria: set[str],
    c: _Collector,
) -> None:
    for node_id, pref in weights.items():
        loc = f"{base}.{node_id}"
        node = nodes.get(node_id)
        if node is None:
            if node_id in all_criteria:
                c.error(
                    "weights_on_leaf",
                    loc,
                    f"{node_id!r} is a leaf criterion; weights belong to nodes with sub-criteria",
                )
            else:
                c.error("unknown_reference", loc, f"unknown criterion node {node_id!r}", value=node_id)
            continue
        _validate_preference_set(pref, loc, [ch.id for ch in node.children], c)


def _check_child(name: str, children: list[str], loc: str, c: _Collector) -> bool:
    if name not in children:
        c.error(
            "not_a_child",
            loc,
            f"{name!r} is not a sub-criterion of this node; its sub-criteria are: "
            f"{', '.join(children)}",
            value=name,
        )
        return False
    return True


def _check_order(names: list[str], children: list[str], loc: str, c: _Collector) -> None:
    for n in names:
        _check_child(n, children, loc, c)
    for value, k in Counter(names).items():
        if k > 1:
            c.error("repeated_child", loc, f"{value!r} appears {k} times in the order")
    omitted = [ch for ch in children if ch not in names]
    if omitted:
        c.error(
            "omitted_child",
            loc,
            f"the order omits {', '.join(repr(o) for o in omitted)}; rank every sub-criterion",
            omitted=omitted,
        )


def _check_optional_range(
    lo: float | None, hi: float | None, loc: str, c: _Collector, *, positive: bool
) -> None:
    ok = True
    for name, x in (("min", lo), ("max", hi)):
        if x is None:
            continue
        if positive:
            ok = c.check_number(x, f"{loc}.{name}", low=0.0, strict_low=True) and ok
        else:
            ok = c.check_number(x, f"{loc}.{name}", low=0.0, high=1.0) and ok
    if lo is None and hi is None:
        c.error("empty_statement", loc, "give min, max or both")
    elif ok and lo is not None and hi is not None and lo > hi:
        c.error("interval_reversed", loc, f"min {_fmt(lo)} is greater than max {_fmt(hi)}")


def _validate_preference_set(
    pref: PreferenceSet, loc: str, children: list[str], c: _Collector
) -> None:
    if isinstance(pref, PointWeights):
        total = 0.0
        for ch, w in pref.weights.items():
            if _check_child(ch, children, f"{loc}.weights", c) and c.check_number(
                w, f"{loc}.weights.{ch}", low=0.0
            ):
                total += w
        if pref.weights and total <= 0:
            c.error("zero_weights", f"{loc}.weights", "the weights sum to 0; give at least one positive weight")
        omitted = [ch for ch in children if ch not in pref.weights]
        if omitted:
            c.error(
                "omitted_child",
                f"{loc}.weights",
                f"no weight for {', '.join(repr(o) for o in omitted)}; give every sub-criterion a weight",
            )
    elif isinstance(pref, RankingWeights):
        if pref.surrogate not in SURROGATES:
            c.error(
                "unknown_surrogate",
                f"{loc}.surrogate",
                f"unknown surrogate {pref.surrogate!r}; use one of {', '.join(SURROGATES)}",
            )
        if any(not g for g in pref.order):
            c.error("empty_group", f"{loc}.order", "a rank group is empty")
        _check_order([n for g in pref.order for n in g], children, f"{loc}.order", c)
    elif isinstance(pref, CarWeights):
        _check_order(list(pref.order), children, f"{loc}.order", c)
        if len(pref.steps) != max(len(pref.order) - 1, 0):
            c.error(
                "wrong_step_count",
                f"{loc}.steps",
                f"{len(pref.steps)} steps for {len(pref.order)} criteria; give one step "
                "between each pair of neighbours",
            )
        for i, s in enumerate(pref.steps):
            if isinstance(s, bool) or not isinstance(s, int) or not 0 <= s <= 3:
                c.error(
                    "bad_step",
                    f"{loc}.steps[{i}]",
                    f"step {s!r} must be 0 (equal), 1, 2 or 3 (much more important)",
                )
    elif isinstance(pref, IntervalWeights):
        for ch, (lo, hi) in pref.bounds.items():
            if not _check_child(ch, children, f"{loc}.bounds", c):
                continue
            ok = c.check_number(lo, f"{loc}.bounds.{ch}[0]", low=0.0, high=1.0)
            ok = c.check_number(hi, f"{loc}.bounds.{ch}[1]", low=0.0, high=1.0) and ok
            if ok and lo > hi:
                c.error(
                    "interval_reversed",
                    f"{loc}.bounds.{ch}",
                    f"[{_fmt(lo)}, {_fmt(hi)}] has low > high; write the lower bound first",
                )
    else:
        for ch, (lo, hi) in pref.points.items():
            if not _check_child(ch, children, f"{loc}.points", c):
                continue
            ok = c.check_number(lo, f"{loc}.points.{ch}", low=0.0, strict_low=True)
            ok = c.check_number(hi, f"{loc}.points.{ch}", low=0.0, strict_low=True) and ok
            if ok and lo > hi:
                c.error(
                    "interval_reversed",
                    f"{loc}.points.{ch}",
                    f"[{_fmt(lo)}, {_fmt(hi)}] has low > high; write the lower number first",
                )
        omitted = [ch for ch in children if ch not in pref.points]
        if omitted:
            c.error(
                "omitted_child",
                f"{loc}.points",
                f"no swing points for {', '.join(repr(o) for o in omitted)}; "
                "give every sub-criterion its points",
            )
    for i, st in enumerate(pref.constraints):
        sloc = f"{loc}.constraints[{i}]"
        if isinstance(st, AtLeast):
            _check_child(st.left, children, f"{sloc}.left", c)
            _check_child(st.right, children, f"{sloc}.right", c)
            c.check_number(st.margin, f"{sloc}.margin", low=-1.0, high=1.0)
        elif isinstance(st, Ratio):
            _check_child(st.left, children, f"{sloc}.left", c)
            _check_child(st.right, children, f"{sloc}.right", c)
            if st.left == st.right:
                c.error("self_ratio", sloc, "left and right are the same criterion")
            _check_optional_range(st.min, st.max, sloc, c, positive=True)
        elif isinstance(st, Bound):
            _check_child(st.criterion, children, f"{sloc}.criterion", c)
            _check_optional_range(st.min, st.max, sloc, c, positive=False)
    if pref.focal is not None:
        floc = f"{loc}.focal"
        total = 0.0
        for ch, w in pref.focal.items():
            if _check_child(ch, children, floc, c) and c.check_number(
                w, f"{floc}.{ch}", low=0.0, high=1.0
            ):
                total += w
        omitted = [ch for ch in children if ch not in pref.focal]
        if omitted:
            c.error(
                "omitted_child",
                floc,
                f"no focal weight for {', '.join(repr(o) for o in omitted)}",
            )
        elif abs(total - 1.0) > TOLERANCE:
            c.error("focal_sum", floc, f"the focal weights sum to {_fmt(total)}; they must sum to 1")


def _validate_portfolio(model: Model, c: _Collector) -> None:
    p = model.portfolio
    if p is None:
        return
    alts = {a.id: a for a in model.alternatives}
    if p.budget is not None:
        c.check_number(p.budget, "portfolio.budget", low=0.0)
    for r, limit in p.resources.items():
        c.check_number(limit, f"portfolio.resources.{r}", low=0.0)
        if not any(r in a.resources for a in model.alternatives):
            c.warning(
                "unused_resource",
                f"portfolio.resources.{r}",
                f"no alternative uses the resource {r!r}; the limit has no effect",
            )

    def ref(aid: str, loc: str) -> None:
        a = alts.get(aid)
        if a is None:
            c.error("unknown_reference", loc, f"unknown alternative {aid!r}", value=aid)
        elif a.do_nothing:
            c.error(
                "do_nothing_in_portfolio",
                loc,
                f"{aid!r} is the do-nothing alternative, which is never part of a portfolio",
            )

    for aid in p.mandatory:
        ref(aid, "portfolio.mandatory")
    for aid in p.excluded:
        ref(aid, "portfolio.excluded")
    both = sorted(set(p.mandatory) & set(p.excluded))
    if both:
        c.error(
            "mandatory_excluded",
            "portfolio",
            f"{', '.join(both)} both mandatory and excluded; remove it from one list",
        )
    for i, (a, b) in enumerate(p.requires):
        ref(a, f"portfolio.requires[{i}]")
        ref(b, f"portfolio.requires[{i}]")
    for i, group in enumerate(p.exclusive):
        for a in group:
            ref(a, f"portfolio.exclusive[{i}]")
        mand = [a for a in group if a in p.mandatory]
        if len(mand) > 1:
            c.error(
                "mandatory_exclusive",
                f"portfolio.exclusive[{i}]",
                f"{', '.join(mand)} are all mandatory but at most one of them may be chosen",
            )


def _validate_followup(model: Model, c: _Collector) -> None:
    f = model.followup
    alts = {a.id for a in model.alternatives}
    criteria = {cr.id for cr in model.walk_criteria()}
    c.check_unique((i.id for i in f.indicators), "followup.indicators", "indicator")
    for ind in f.indicators:
        loc = f"followup.indicators.{ind.id}"
        c.check_id(ind.id, loc)
        if not ind.name.strip():
            c.error("empty", f"{loc}.name", "the name is empty")
        if ind.alternative is not None and ind.alternative not in alts:
            c.error("unknown_reference", f"{loc}.alternative", f"unknown alternative {ind.alternative!r}")
        if ind.criterion is not None and ind.criterion not in criteria:
            c.error("unknown_reference", f"{loc}.criterion", f"unknown criterion {ind.criterion!r}")
        for name, obs in (("baseline", ind.baseline), ("target", ind.target)):
            if obs is None:
                continue
            c.check_number(obs.value, f"{loc}.{name}.value")
            if obs.date is not None and not is_iso_date(obs.date):
                c.error("bad_date", f"{loc}.{name}.date", f"{obs.date!r} is not an ISO 8601 date")
    inds = {i.id for i in f.indicators}
    for k, m in enumerate(f.measurements):
        loc = f"followup.measurements[{k}]"
        if m.indicator not in inds:
            c.error("unknown_reference", f"{loc}.indicator", f"unknown indicator {m.indicator!r}")
        if not is_iso_date(m.date):
            c.error("bad_date", f"{loc}.date", f"{m.date!r} is not an ISO 8601 date")
        c.check_number(m.value, f"{loc}.value")
