"""The JSON exchange format ``diva-model`` version 1 (spec §1) ⇄ the core model.

Reading is strict: unknown keys, wrong types, bad identifiers and unknown references
are errors, and every error found is reported at once with its place. Malformed JSON
is reported with line and column. ``NaN`` and ``Infinity`` are refused.

Three additions to the spec's example, documented in the user guide: a criterion may
carry ``"description"``, a document may carry ``"validity"`` (its period of validity,
giltighetstid, as free text such as ``"2025–2028"`` or ``"tills vidare"``), and a score
may be written as an object ``{"value": <score>, "rationale": "why"}`` to keep the
assessor's reason.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any, NoReturn

from ..core.errors import ModelError, Problem
from ..core.model import (
    FORMAT_NAME,
    FORMAT_VERSION,
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
from ..core.validation import ensure_valid, validate

__all__ = [
    "dumps_model",
    "load_model_file",
    "loads_model",
    "model_from_dict",
    "model_to_dict",
    "save_model_file",
]


class _Invalid(Exception):
    """Raised inside the reader to abandon one value after recording a problem."""


class _Reader:
    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def fail(self, loc: str, text: str, code: str = "bad_value") -> NoReturn:
        self.problems.append(Problem(code, loc, text))
        raise _Invalid

    def obj(
        self,
        value: Any,
        loc: str,
        *,
        required: tuple[str, ...] = (),
        optional: tuple[str, ...] = (),
    ) -> dict[str, Any]:
        if not isinstance(value, dict):
            self.fail(loc, f"expected an object, found {_kind(value)}", "wrong_type")
        allowed = set(required) | set(optional)
        unknown = [k for k in value if k not in allowed]
        missing = [k for k in required if k not in value]
        for k in unknown:
            self.problems.append(
                Problem(
                    "unknown_key",
                    f"{loc}.{k}" if loc else k,
                    f"unknown key {k!r}; allowed here: {', '.join(sorted(allowed))}",
                )
            )
        for k in missing:
            self.problems.append(
                Problem("missing_key", f"{loc}.{k}" if loc else k, f"the required key {k!r} is missing")
            )
        if unknown or missing:
            raise _Invalid
        return value

    def seq(self, value: Any, loc: str) -> list[Any]:
        if not isinstance(value, list):
            self.fail(loc, f"expected a list, found {_kind(value)}", "wrong_type")
        return value

    def text(self, value: Any, loc: str) -> str:
        if not isinstance(value, str):
            self.fail(loc, f"expected text, found {_kind(value)}", "wrong_type")
        return value

    def opt_str(self, d: Mapping[str, Any], key: str, loc: str) -> str | None:
        if key not in d or d[key] is None:
            return None
        return self.text(d[key], f"{loc}.{key}")

    def num(self, value: Any, loc: str) -> float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.fail(loc, f"expected a number, found {_kind(value)}", "wrong_type")
        return value

    def opt_num(self, d: Mapping[str, Any], key: str, loc: str) -> float | None:
        if key not in d or d[key] is None:
            return None
        return self.num(d[key], f"{loc}.{key}")

    def whole(self, value: Any, loc: str) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(loc, f"expected a whole number, found {_kind(value)}", "wrong_type")
        return value

    def flag(self, value: Any, loc: str) -> bool:
        if not isinstance(value, bool):
            self.fail(loc, f"expected true or false, found {_kind(value)}", "wrong_type")
        return value

    def pair(self, value: Any, loc: str) -> tuple[float, float]:
        items = self.seq(value, loc)
        if len(items) != 2:
            self.fail(loc, f"expected [low, high], found a list of {len(items)}", "wrong_type")
        return (self.num(items[0], f"{loc}[0]"), self.num(items[1], f"{loc}[1]"))

    def each(self, items: list[Any], fn: Any, loc: str) -> list[Any]:
        """Apply ``fn(item, loc_i)`` to each item, collecting problems of all."""
        out = []
        for i, item in enumerate(items):
            try:
                out.append(fn(item, _item_loc(loc, item, i)))
            except _Invalid:
                continue
        return out


def _item_loc(loc: str, item: Any, i: int) -> str:
    if isinstance(item, dict) and isinstance(item.get("id"), str):
        return f"{loc}.{item['id']}"
    return f"{loc}[{i}]"


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return f"the number {value!r}"
    if isinstance(value, str):
        return f"the text {value!r}" if len(value) < 40 else "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


# ---------------------------------------------------------------------------
# Reading
# ---------------------------------------------------------------------------


def loads_model(text: str, *, check: bool = True) -> Model:
    """Parse a ``diva-model`` JSON text.

    Raises :class:`ModelError` with every problem found (line and column for
    malformed JSON). With ``check`` the semantic validation runs too and its errors
    are raised; warnings are left for :func:`~diva_desktop.core.validation.validate`.
    """
    try:
        data = json.loads(text, parse_constant=_refuse_constant)
    except json.JSONDecodeError as exc:
        raise ModelError(
            Problem(
                "malformed_json",
                f"line {exc.lineno}, column {exc.colno}",
                f"malformed JSON: {exc.msg}",
            )
        ) from None
    except ValueError as exc:
        raise ModelError(Problem("malformed_json", "", str(exc))) from None
    return model_from_dict(data, check=check)


def _refuse_constant(name: str) -> NoReturn:
    raise ValueError(f"{name} is not allowed: every number must be finite")


def load_model_file(path: str | Path, *, check: bool = True) -> Model:
    p = Path(path)
    try:
        raw = p.read_bytes()
    except OSError as exc:
        raise ModelError(Problem("io", str(p), f"cannot read the file: {exc.strerror or exc}")) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ModelError(
            Problem("encoding", str(p), f"the file is not UTF-8 text (byte {exc.start})")
        ) from None
    return loads_model(text, check=check)


def model_from_dict(data: Any, *, check: bool = True) -> Model:
    r = _Reader()
    model: Model | None = None
    try:
        model = _read_model(r, data)
    except _Invalid:
        pass
    if r.problems or model is None:
        raise ModelError(r.problems)
    if check:
        ensure_valid(model)
    return model


_TOP_KEYS = (
    "name",
    "description",
    "language",
    "documents",
    "goals",
    "participants",
    "portfolio",
    "followup",
    "scores",
    "weights",
)


def _read_model(r: _Reader, data: Any) -> Model:
    d = r.obj(data, "", required=("format", "version", "criteria", "alternatives"), optional=_TOP_KEYS)
    if d["format"] != FORMAT_NAME:
        r.fail("format", f"expected {FORMAT_NAME!r}, found {d['format']!r}", "wrong_format")
    version = r.whole(d["version"], "version")
    if version > FORMAT_VERSION:
        r.fail(
            "version",
            f"the model is format version {version}, newer than this program reads "
            f"({FORMAT_VERSION}); update DIVÄ Desktop",
            "newer_version",
        )
    if version < 1:
        r.fail("version", f"unknown format version {version}", "wrong_format")
    model_name = r.opt_str(d, "name", "name") or ""
    description = r.opt_str(d, "description", "description")
    language = r.opt_str(d, "language", "language")
    documents = r.each(r.seq(d.get("documents", []), "documents"), lambda x, loc: _read_document(r, x, loc), "documents")
    goals = r.each(r.seq(d.get("goals", []), "goals"), lambda x, loc: _read_goal(r, x, loc), "goals")
    criteria = r.each(r.seq(d["criteria"], "criteria"), lambda x, loc: _read_criterion(r, x, loc), "criteria")
    alternatives = r.each(
        r.seq(d["alternatives"], "alternatives"), lambda x, loc: _read_alternative(r, x, loc), "alternatives"
    )
    scores = _read_scores(r, d.get("scores", {}))
    weights = _read_weight_sets(r, d.get("weights", {}), "weights")
    participants = r.each(
        r.seq(d.get("participants", []), "participants"),
        lambda x, loc: _read_participant(r, x, loc),
        "participants",
    )
    portfolio = None
    if d.get("portfolio") is not None:
        try:
            portfolio = _read_portfolio(r, d["portfolio"])
        except _Invalid:
            pass
    followup = FollowUp()
    if d.get("followup") is not None:
        try:
            followup = _read_followup(r, d["followup"])
        except _Invalid:
            pass
    return Model(
        name=model_name,
        description=description,
        language=language,
        documents=tuple(documents),
        goals=tuple(goals),
        criteria=tuple(criteria),
        alternatives=tuple(alternatives),
        scores=scores,
        weights=weights,
        participants=tuple(participants),
        portfolio=portfolio,
        followup=followup,
    )


def _read_document(r: _Reader, x: Any, loc: str) -> Document:
    d = r.obj(
        x,
        loc,
        required=("id", "title"),
        optional=("kind", "decided_by", "decision_date", "reference", "validity", "source", "text"),
    )
    return Document(
        id=r.text(d["id"], f"{loc}.id"),
        title=r.text(d["title"], f"{loc}.title"),
        kind=r.opt_str(d, "kind", loc),
        decided_by=r.opt_str(d, "decided_by", loc),
        decision_date=r.opt_str(d, "decision_date", loc),
        reference=r.opt_str(d, "reference", loc),
        validity=r.opt_str(d, "validity", loc),
        source=r.opt_str(d, "source", loc),
        text=r.opt_str(d, "text", loc) or "",
    )


def _read_goal(r: _Reader, x: Any, loc: str) -> Goal:
    d = r.obj(x, loc, required=("id", "document", "quote"), optional=("page", "paraphrase"))
    page = None
    if d.get("page") is not None:
        page = r.whole(d["page"], f"{loc}.page")
    return Goal(
        id=r.text(d["id"], f"{loc}.id"),
        document=r.text(d["document"], f"{loc}.document"),
        quote=r.text(d["quote"], f"{loc}.quote"),
        page=page,
        paraphrase=r.opt_str(d, "paraphrase", loc),
    )


def _read_scale(r: _Reader, x: Any, loc: str) -> Scale:
    if not isinstance(x, dict):
        r.fail(loc, f"expected an object, found {_kind(x)}", "wrong_type")
    kind = x.get("type")
    if kind == "linear":
        d = r.obj(x, loc, required=("type",), optional=("worst", "best"))
        worst = r.num(d.get("worst", 0), f"{loc}.worst")
        best = r.num(d.get("best", 10), f"{loc}.best")
        return LinearScale(worst, best)
    if kind == "piecewise":
        d = r.obj(x, loc, required=("type", "points"))
        pts = r.seq(d["points"], f"{loc}.points")
        return PiecewiseScale(tuple(r.pair(p, f"{loc}.points[{i}]") for i, p in enumerate(pts)))
    if kind == "levels":
        d = r.obj(x, loc, required=("type", "levels"))
        levels = []
        for i, lv in enumerate(r.seq(d["levels"], f"{loc}.levels")):
            ld = r.obj(lv, f"{loc}.levels[{i}]", required=("label", "value"))
            levels.append(
                Level(r.text(ld["label"], f"{loc}.levels[{i}].label"), r.num(ld["value"], f"{loc}.levels[{i}].value"))
            )
        return LevelsScale(tuple(levels))
    r.fail(f"{loc}.type", f"unknown scale type {kind!r}; use linear, piecewise or levels", "unknown_type")


def _read_criterion(r: _Reader, x: Any, loc: str) -> Criterion:
    d = r.obj(
        x,
        loc,
        required=("id", "name"),
        optional=("description", "unit", "scale", "goals", "children"),
    )
    cid = r.text(d["id"], f"{loc}.id")
    loc = f"criteria.{cid}"
    scale = None
    if d.get("scale") is not None:
        scale = _read_scale(r, d["scale"], f"{loc}.scale")
    goals = tuple(r.text(g, f"{loc}.goals[{i}]") for i, g in enumerate(r.seq(d.get("goals", []), f"{loc}.goals")))
    children = r.each(
        r.seq(d.get("children", []), f"{loc}.children"),
        lambda y, cloc: _read_criterion(r, y, cloc),
        "criteria",
    )
    return Criterion(
        id=cid,
        name=r.text(d["name"], f"{loc}.name"),
        description=r.opt_str(d, "description", loc),
        unit=r.opt_str(d, "unit", loc),
        scale=scale,
        goals=goals,
        children=tuple(children),
    )


def _read_alternative(r: _Reader, x: Any, loc: str) -> Alternative:
    d = r.obj(
        x,
        loc,
        required=("id", "name"),
        optional=("description", "cost", "resources", "do_nothing"),
    )
    resources = _num_map(r, d.get("resources") or {}, f"{loc}.resources")
    return Alternative(
        id=r.text(d["id"], f"{loc}.id"),
        name=r.text(d["name"], f"{loc}.name"),
        description=r.opt_str(d, "description", loc),
        cost=r.num(d.get("cost", 0), f"{loc}.cost"),
        resources=resources,
        do_nothing=r.flag(d.get("do_nothing", False), f"{loc}.do_nothing"),
    )


def _free_obj(r: _Reader, x: Any, loc: str) -> dict[str, Any]:
    if not isinstance(x, dict):
        r.fail(loc, f"expected an object, found {_kind(x)}", "wrong_type")
    return x


def _read_score_value(r: _Reader, x: Any, loc: str) -> Score:
    rationale = None
    if isinstance(x, dict):
        d = r.obj(x, loc, required=("value",), optional=("rationale",))
        rationale = r.opt_str(d, "rationale", loc)
        x = d["value"]
    if isinstance(x, str):
        return Score(x, x, rationale)
    if isinstance(x, list):
        if len(x) != 2:
            r.fail(loc, f"an interval score is [low, high]; found a list of {len(x)}", "wrong_type")
        lo, hi = x
        if isinstance(lo, str) and isinstance(hi, str):
            return Score(lo, hi, rationale)
        return Score(r.num(lo, f"{loc}[0]"), r.num(hi, f"{loc}[1]"), rationale)
    v = r.num(x, loc)
    return Score(v, v, rationale)


def _read_scores(r: _Reader, x: Any) -> dict[str, dict[str, Score]]:
    out: dict[str, dict[str, Score]] = {}
    try:
        d = _free_obj(r, x, "scores")
    except _Invalid:
        return out
    for a, row in d.items():
        try:
            rd = _free_obj(r, row, f"scores.{a}")
        except _Invalid:
            continue
        scores: dict[str, Score] = {}
        for k, v in rd.items():
            try:
                scores[k] = _read_score_value(r, v, f"scores.{a}.{k}")
            except _Invalid:
                continue
        out[a] = scores
    return out


def _read_statement(r: _Reader, x: Any, loc: str) -> Statement:
    if not isinstance(x, dict):
        r.fail(loc, f"expected an object, found {_kind(x)}", "wrong_type")
    kind = x.get("kind")
    if kind == "at_least":
        d = r.obj(x, loc, required=("kind", "left", "right"), optional=("margin",))
        return AtLeast(
            r.text(d["left"], f"{loc}.left"),
            r.text(d["right"], f"{loc}.right"),
            r.opt_num(d, "margin", loc) or 0.0,
        )
    if kind == "ratio":
        d = r.obj(x, loc, required=("kind", "left", "right"), optional=("min", "max"))
        return Ratio(
            r.text(d["left"], f"{loc}.left"),
            r.text(d["right"], f"{loc}.right"),
            r.opt_num(d, "min", loc),
            r.opt_num(d, "max", loc),
        )
    if kind == "bound":
        d = r.obj(x, loc, required=("kind", "criterion"), optional=("min", "max"))
        return Bound(r.text(d["criterion"], f"{loc}.criterion"), r.opt_num(d, "min", loc), r.opt_num(d, "max", loc))
    r.fail(f"{loc}.kind", f"unknown statement kind {kind!r}; use at_least, ratio or bound", "unknown_type")


def _num_map(r: _Reader, x: Any, loc: str) -> dict[str, float]:
    d = _free_obj(r, x, loc)
    return {k: r.num(v, f"{loc}.{k}") for k, v in d.items()}


def _read_preference_set(r: _Reader, x: Any, loc: str) -> PreferenceSet:
    if not isinstance(x, dict):
        r.fail(loc, f"expected an object, found {_kind(x)}", "wrong_type")
    method = x.get("method")
    common = ("method", "constraints", "focal")
    focal = _num_map(r, x["focal"], f"{loc}.focal") if x.get("focal") is not None else None
    constraints: tuple[Statement, ...] = ()
    if method != "point" and x.get("constraints") is not None:
        items = r.seq(x["constraints"], f"{loc}.constraints")
        constraints = tuple(_read_statement(r, s, f"{loc}.constraints[{i}]") for i, s in enumerate(items))
    if method == "point":
        d = r.obj(x, loc, required=("method", "weights"), optional=("focal",))
        return PointWeights(_num_map(r, d["weights"], f"{loc}.weights"), focal)
    if method == "ranking":
        d = r.obj(x, loc, required=("method", "order"), optional=(*common, "surrogate"))
        groups: list[tuple[str, ...]] = []
        for i, g in enumerate(r.seq(d["order"], f"{loc}.order")):
            if isinstance(g, str):
                groups.append((g,))
            else:
                groups.append(tuple(r.text(n, f"{loc}.order[{i}]") for n in r.seq(g, f"{loc}.order[{i}]")))
        surrogate = r.opt_str(d, "surrogate", loc) or "roc"
        return RankingWeights(tuple(groups), surrogate, constraints, focal)
    if method == "car":
        d = r.obj(x, loc, required=("method", "order", "steps"), optional=common)
        order = tuple(r.text(n, f"{loc}.order[{i}]") for i, n in enumerate(r.seq(d["order"], f"{loc}.order")))
        steps = tuple(r.whole(s, f"{loc}.steps[{i}]") for i, s in enumerate(r.seq(d["steps"], f"{loc}.steps")))
        return CarWeights(order, steps, constraints, focal)
    if method == "interval":
        d = r.obj(x, loc, required=("method", "bounds"), optional=common)
        b = _free_obj(r, d["bounds"], f"{loc}.bounds")
        return IntervalWeights({k: r.pair(v, f"{loc}.bounds.{k}") for k, v in b.items()}, constraints, focal)
    if method == "swing":
        d = r.obj(x, loc, required=("method", "points"), optional=common)
        pts: dict[str, tuple[float, float]] = {}
        for k, v in _free_obj(r, d["points"], f"{loc}.points").items():
            if isinstance(v, list):
                pts[k] = r.pair(v, f"{loc}.points.{k}")
            else:
                n = r.num(v, f"{loc}.points.{k}")
                pts[k] = (n, n)
        return SwingWeights(pts, constraints, focal)
    r.fail(
        f"{loc}.method",
        f"unknown method {method!r}; use point, ranking, car, interval or swing",
        "unknown_type",
    )


def _read_weight_sets(r: _Reader, x: Any, loc: str) -> dict[str, PreferenceSet]:
    out: dict[str, PreferenceSet] = {}
    try:
        d = _free_obj(r, x, loc)
    except _Invalid:
        return out
    for node, pref in d.items():
        try:
            out[node] = _read_preference_set(r, pref, f"{loc}.{node}")
        except _Invalid:
            continue
    return out


def _read_participant(r: _Reader, x: Any, loc: str) -> Participant:
    d = r.obj(x, loc, required=("id", "name"), optional=("role", "weights"))
    pid = r.text(d["id"], f"{loc}.id")
    return Participant(
        id=pid,
        name=r.text(d["name"], f"{loc}.name"),
        role=r.opt_str(d, "role", loc),
        weights=_read_weight_sets(r, d.get("weights", {}), f"participants.{pid}.weights"),
    )


def _id_list(r: _Reader, x: Any, loc: str) -> tuple[str, ...]:
    return tuple(r.text(v, f"{loc}[{i}]") for i, v in enumerate(r.seq(x, loc)))


def _read_portfolio(r: _Reader, x: Any) -> PortfolioConstraints:
    loc = "portfolio"
    d = r.obj(x, loc, optional=("budget", "resources", "mandatory", "excluded", "requires", "exclusive"))
    requires = []
    for i, pair in enumerate(r.seq(d.get("requires", []), f"{loc}.requires")):
        ids = _id_list(r, pair, f"{loc}.requires[{i}]")
        if len(ids) != 2:
            r.fail(f"{loc}.requires[{i}]", "expected a pair [a, b]: a only with b", "wrong_type")
        requires.append((ids[0], ids[1]))
    return PortfolioConstraints(
        budget=r.opt_num(d, "budget", loc),
        resources=_num_map(r, d.get("resources", {}), f"{loc}.resources"),
        mandatory=_id_list(r, d.get("mandatory", []), f"{loc}.mandatory"),
        excluded=_id_list(r, d.get("excluded", []), f"{loc}.excluded"),
        requires=tuple(requires),
        exclusive=tuple(
            _id_list(r, g, f"{loc}.exclusive[{i}]") for i, g in enumerate(r.seq(d.get("exclusive", []), f"{loc}.exclusive"))
        ),
    )


def _read_observation(r: _Reader, x: Any, loc: str) -> Observation:
    d = r.obj(x, loc, required=("value",), optional=("date",))
    return Observation(r.num(d["value"], f"{loc}.value"), r.opt_str(d, "date", loc))


def _read_indicator(r: _Reader, x: Any, loc: str) -> Indicator:
    d = r.obj(
        x,
        loc,
        required=("id", "name"),
        optional=("alternative", "criterion", "unit", "owner", "source", "baseline", "target"),
    )
    return Indicator(
        id=r.text(d["id"], f"{loc}.id"),
        name=r.text(d["name"], f"{loc}.name"),
        alternative=r.opt_str(d, "alternative", loc),
        criterion=r.opt_str(d, "criterion", loc),
        unit=r.opt_str(d, "unit", loc),
        owner=r.opt_str(d, "owner", loc),
        source=r.opt_str(d, "source", loc),
        baseline=_read_observation(r, d["baseline"], f"{loc}.baseline") if d.get("baseline") is not None else None,
        target=_read_observation(r, d["target"], f"{loc}.target") if d.get("target") is not None else None,
    )


def _read_measurement(r: _Reader, x: Any, loc: str) -> Measurement:
    d = r.obj(x, loc, required=("indicator", "date", "value"), optional=("note",))
    return Measurement(
        indicator=r.text(d["indicator"], f"{loc}.indicator"),
        date=r.text(d["date"], f"{loc}.date"),
        value=r.num(d["value"], f"{loc}.value"),
        note=r.opt_str(d, "note", loc),
    )


def _read_followup(r: _Reader, x: Any) -> FollowUp:
    d = r.obj(x, "followup", optional=("indicators", "measurements"))
    inds = r.each(
        r.seq(d.get("indicators", []), "followup.indicators"),
        lambda y, loc: _read_indicator(r, y, loc),
        "followup.indicators",
    )
    meas = []
    for i, m in enumerate(r.seq(d.get("measurements", []), "followup.measurements")):
        try:
            meas.append(_read_measurement(r, m, f"followup.measurements[{i}]"))
        except _Invalid:
            continue
    return FollowUp(tuple(inds), tuple(meas))


# ---------------------------------------------------------------------------
# Writing
# ---------------------------------------------------------------------------


def _put(d: dict[str, Any], key: str, value: Any) -> None:
    if value is not None:
        d[key] = value


def _num_out(x: float) -> float | int:
    """Integral floats are written as integers (60.0 → 60) for readable files."""
    if isinstance(x, float) and x.is_integer() and abs(x) < 2**53:
        return int(x)
    return x


def _scale_to_dict(s: Scale) -> dict[str, Any]:
    if isinstance(s, LinearScale):
        return {"type": "linear", "worst": _num_out(s.worst), "best": _num_out(s.best)}
    if isinstance(s, PiecewiseScale):
        return {"type": "piecewise", "points": [[_num_out(x), _num_out(v)] for x, v in s.points]}
    return {"type": "levels", "levels": [{"label": lv.label, "value": _num_out(lv.value)} for lv in s.levels]}


def _criterion_to_dict(c: Criterion) -> dict[str, Any]:
    d: dict[str, Any] = {"id": c.id, "name": c.name}
    _put(d, "description", c.description)
    _put(d, "unit", c.unit)
    if c.scale is not None:
        d["scale"] = _scale_to_dict(c.scale)
    if c.goals:
        d["goals"] = list(c.goals)
    if c.children:
        d["children"] = [_criterion_to_dict(ch) for ch in c.children]
    return d


def _score_to_json(s: Score) -> Any:
    def one(v: float | str) -> Any:
        return v if isinstance(v, str) else _num_out(v)

    value: Any = one(s.low) if s.low == s.high else [one(s.low), one(s.high)]
    if s.rationale is not None:
        return {"value": value, "rationale": s.rationale}
    return value


def _statement_to_dict(st: Statement) -> dict[str, Any]:
    if isinstance(st, AtLeast):
        d: dict[str, Any] = {"kind": "at_least", "left": st.left, "right": st.right}
        if st.margin:
            d["margin"] = _num_out(st.margin)
        return d
    if isinstance(st, Ratio):
        d = {"kind": "ratio", "left": st.left, "right": st.right}
    else:
        d = {"kind": "bound", "criterion": st.criterion}
    if st.min is not None:
        d["min"] = _num_out(st.min)
    if st.max is not None:
        d["max"] = _num_out(st.max)
    return d


def preference_to_dict(p: PreferenceSet) -> dict[str, Any]:
    d: dict[str, Any] = {"method": p.method}
    if isinstance(p, PointWeights):
        d["weights"] = {k: _num_out(v) for k, v in p.weights.items()}
    elif isinstance(p, RankingWeights):
        d["order"] = [list(g) for g in p.order]
        if p.surrogate != "roc":
            d["surrogate"] = p.surrogate
    elif isinstance(p, CarWeights):
        d["order"] = list(p.order)
        d["steps"] = list(p.steps)
    elif isinstance(p, IntervalWeights):
        d["bounds"] = {k: [_num_out(lo), _num_out(hi)] for k, (lo, hi) in p.bounds.items()}
    else:
        d["points"] = {
            k: _num_out(lo) if lo == hi else [_num_out(lo), _num_out(hi)] for k, (lo, hi) in p.points.items()
        }
    if p.constraints:
        d["constraints"] = [_statement_to_dict(s) for s in p.constraints]
    if p.focal is not None:
        d["focal"] = {k: _num_out(v) for k, v in p.focal.items()}
    return d


def preference_from_dict(data: Any, loc: str = "weights") -> PreferenceSet:
    """Parse one preference set (used by the storage layer)."""
    r = _Reader()
    try:
        pref = _read_preference_set(r, data, loc)
    except _Invalid:
        raise ModelError(r.problems) from None
    if r.problems:
        raise ModelError(r.problems)
    return pref


def score_from_json(data: Any, loc: str = "score") -> Score:
    r = _Reader()
    try:
        return _read_score_value(r, data, loc)
    except _Invalid:
        raise ModelError(r.problems) from None


def score_to_json(s: Score) -> Any:
    return _score_to_json(s)


def scale_from_dict(data: Any, loc: str = "scale") -> Scale:
    r = _Reader()
    try:
        return _read_scale(r, data, loc)
    except _Invalid:
        raise ModelError(r.problems) from None


def scale_to_dict(s: Scale) -> dict[str, Any]:
    return _scale_to_dict(s)


def model_to_dict(model: Model) -> dict[str, Any]:
    """The model as a ``diva-model`` JSON object (keys in the spec's order)."""
    d: dict[str, Any] = {"format": FORMAT_NAME, "version": FORMAT_VERSION, "name": model.name}
    _put(d, "description", model.description)
    _put(d, "language", model.language)
    d["documents"] = []
    for doc in model.documents:
        dd: dict[str, Any] = {"id": doc.id, "title": doc.title}
        for key in ("kind", "decided_by", "decision_date", "reference", "validity", "source"):
            _put(dd, key, getattr(doc, key))
        dd["text"] = doc.text
        d["documents"].append(dd)
    d["goals"] = []
    for g in model.goals:
        gd: dict[str, Any] = {"id": g.id, "document": g.document}
        _put(gd, "page", g.page)
        gd["quote"] = g.quote
        _put(gd, "paraphrase", g.paraphrase)
        d["goals"].append(gd)
    d["criteria"] = [_criterion_to_dict(c) for c in model.criteria]
    d["alternatives"] = []
    for a in model.alternatives:
        ad: dict[str, Any] = {"id": a.id, "name": a.name}
        _put(ad, "description", a.description)
        ad["cost"] = _num_out(a.cost)
        if a.resources:
            ad["resources"] = {k: _num_out(v) for k, v in a.resources.items()}
        if a.do_nothing:
            ad["do_nothing"] = True
        d["alternatives"].append(ad)
    d["scores"] = {a: {k: _score_to_json(s) for k, s in row.items()} for a, row in model.scores.items()}
    d["weights"] = {node: preference_to_dict(p) for node, p in model.weights.items()}
    d["participants"] = []
    for p in model.participants:
        pd: dict[str, Any] = {"id": p.id, "name": p.name}
        _put(pd, "role", p.role)
        pd["weights"] = {node: preference_to_dict(w) for node, w in p.weights.items()}
        d["participants"].append(pd)
    if model.portfolio is not None:
        pf = model.portfolio
        pfd: dict[str, Any] = {}
        if pf.budget is not None:
            pfd["budget"] = _num_out(pf.budget)
        if pf.resources:
            pfd["resources"] = {k: _num_out(v) for k, v in pf.resources.items()}
        for key in ("mandatory", "excluded"):
            if getattr(pf, key):
                pfd[key] = list(getattr(pf, key))
        if pf.requires:
            pfd["requires"] = [list(p) for p in pf.requires]
        if pf.exclusive:
            pfd["exclusive"] = [list(g) for g in pf.exclusive]
        d["portfolio"] = pfd
    inds = []
    for ind in model.followup.indicators:
        idd: dict[str, Any] = {"id": ind.id, "name": ind.name}
        for key in ("alternative", "criterion", "unit", "owner", "source"):
            _put(idd, key, getattr(ind, key))
        for key in ("baseline", "target"):
            obs = getattr(ind, key)
            if obs is not None:
                od: dict[str, Any] = {"value": _num_out(obs.value)}
                _put(od, "date", obs.date)
                idd[key] = od
        inds.append(idd)
    meas = []
    for m in model.followup.measurements:
        md: dict[str, Any] = {"indicator": m.indicator, "date": m.date, "value": _num_out(m.value)}
        _put(md, "note", m.note)
        meas.append(md)
    d["followup"] = {"indicators": inds, "measurements": meas}
    return d


def dumps_model(model: Model) -> str:
    """The model as JSON text (UTF-8 kept, two-space indent, trailing newline)."""
    return json.dumps(model_to_dict(model), ensure_ascii=False, indent=2, allow_nan=False) + "\n"


def save_model_file(model: Model, path: str | Path) -> None:
    """Write the model's JSON atomically (a temporary file renamed into place)."""
    from .atomic import atomic_write_bytes

    atomic_write_bytes(Path(path), dumps_model(model).encode("utf-8"))


def check_model(model: Model) -> list[Problem]:
    """Every problem of a parsed model (alias of core validation, for the CLI)."""
    return validate(model)
