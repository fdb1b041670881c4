"""Follow-up of decided investments: indicator status and realised value (spec §1.6).

The model holds, per indicator, the alternative (investment) and the criterion it
follows, a baseline and a target (each a value with a date), and an append-only log
of measurements. Spec §1.6 fixes only the data; the figures below are this
module's definitions, chosen after the benefits-management literature: Ward &
Daniel, *Benefits Management: How to Realize the Benefits of IT Investments*
(2nd ed., Wiley 2012), ch. 4 and 9 (a benefit is measured against a baseline and a
target with an owner and a date; reviewing benefits compares realised against
planned benefit), and Bradley, *Benefit Realisation Management* (2nd ed., Gower
2010) (benefit profiles with trajectories from baseline to target). The value
model is the additive one of spec §4.

Indicator figures at an as-of date t (default: today)
------------------------------------------------------
*Latest measurement*: among the indicator's measurements dated on or before t,
the one with the greatest date; of several on the same date the one entered last
(the log is append-only: a correction is a new measurement, usually with a note).
Measurements after t are ignored.

*Progress* (share of the baseline→target distance achieved)::

    p = (x − b) / (g − b)

with x the latest measurement, b the baseline value and g the target value. The
formula respects direction by itself: a target below the baseline means lower is
better, and a fall of x then gives a positive p. p is ``None`` when there is no
measurement, no baseline or no target, or g = b. p is affine-invariant: the same
in any unit of measure (``p`` of ``k·x + c`` equals ``p`` of ``x``).

*Planned progress* (a linear trajectory, Bradley's "benefit profile")::

    q(t) = clip((t − t_b) / (t_g − t_b), 0, 1)

with t_b the baseline date and t_g the target date, in days. ``None`` when a date
is missing or t_g ≤ t_b.

*Status* (labels of the project glossary), first rule that applies:

1. ``not_measured`` (*Ej mätt ännu*): no measurement on or before t;
2. ``exceeded`` (*Överträffad*): p > 1 (beyond the target in its direction);
3. ``achieved`` (*Realiserad*): p = 1 (within 1e-9): the target is reached;
4. ``undetermined``: p or q is ``None`` (no baseline, target or dates to plan by);
5. ``on_track`` (*Enligt plan*): p ≥ q;
6. ``at_risk`` (*Risk för avvikelse*): q − p ≤ m, behind plan by at most the margin
   m (:data:`AT_RISK_MARGIN` = 0.10, ten percent of the baseline→target distance);
7. ``off_track`` (*Avviker*): further behind. After the target date q = 1, so an
   indicator short of its target by more than m is off track.

Value figures per alternative a
-------------------------------
With the notation of spec §4 at the focal point (focal global leaf weights W and
focal scores, spec §1.2–1.3):

*Expected value*: ``V_exp(a) = Σ_l W_l · v_l(s_al)``, the focal V(a) that the
decision was based on (:attr:`~diva_desktop.core.analysis.values.Evaluation.focal_values`).

*Realised value*: ``V_real(a) = Σ_l W_l · v_l(s'_al)`` where ``s'_al`` is the latest
measurement of the indicator linked to (a, l) when there is one that applies, and
the focal score otherwise. A measurement is read in the criterion's own units and
goes through the leaf's value function v_l. It applies when l is a leaf with a
linear or piecewise scale. A level scale takes level labels, and a measurement is
a number, so it does not apply; the warning ``levels_scale_measurement`` says so
and the planned score is kept. A measurement outside the scale's domain is taken at
the nearer end of the scale, with the warning ``measurement_outside_scale`` (never
silently). When several indicators follow the same (a, l), the first listed that
has a measurement applies (warning ``duplicate_indicator_link``).

*Realisation index* against the do-nothing alternative d (spec §1.5: what an
investment adds to the present state)::

    R(a) = (V_real(a) − V_exp(d)) / (V_exp(a) − V_exp(d))

1 means the planned gain over doing nothing is realised, 0 that none of it is, and
> 1 that more is. V(d) is the do-nothing alternative's expected value: the present
state as estimated at the decision. Without a do-nothing alternative
``R(a) = V_real(a) / V_exp(a)``. ``None`` when the denominator is 0 (within
1e-12), in particular R(d) itself, and when no criterion of a is measured yet
(then V_real(a) = V_exp(a) says nothing about realisation).

*Coverage*: ``Σ W_l`` over the leaves whose score was replaced by a measurement,
the share of the alternative's weight that the realised value rests on
measurements (the rest is still the plan).

The realised value compares the state measured at t with the end state the
decision expected; before the target dates an index below 1 is normal, and the
status of each indicator says whether it is behind its own plan.

Bad input
---------
:func:`followup_problems` lists, with codes and fields (no UI text beyond the English
default of :class:`~diva_desktop.core.errors.Problem`): errors ``unknown_indicator``
(a measurement of an indicator that does not exist) and ``bad_date`` (a date that
is not ISO 8601); warnings ``measurement_before_baseline``,
``measurement_outside_scale``, ``levels_scale_measurement``,
``indicator_not_leaf`` and ``duplicate_indicator_link``.
:func:`evaluate_followup` raises :class:`~diva_desktop.core.errors.ModelError` on
errors and reports the warnings.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any, Literal

import numpy as np

from .analysis.values import Evaluation, prepare
from .errors import ModelError, Problem, Severity
from .model import Indicator, LevelsScale, Measurement, Model, Observation, Scale
from .scales import values

__all__ = [
    "AT_RISK_MARGIN",
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "PROBLEM_CODES",
    "STATUSES",
    "AlternativeRealisation",
    "FollowUpResult",
    "IndicatorStatus",
    "evaluate_followup",
    "followup_problems",
    "history",
    "latest_measurement",
    "parse_date",
    "planned_progress",
    "progress",
    "status_of",
]

FORMAT_NAME = "diva-followup"
FORMAT_VERSION = 1

AT_RISK_MARGIN = 0.10
"""How far (share of the baseline→target distance) behind plan still counts as *at risk*."""

TOLERANCE = 1e-9
"""Progress within this of 1 counts as *achieved*."""

_ZERO = 1e-12

Status = Literal["not_measured", "on_track", "at_risk", "off_track", "achieved", "exceeded", "undetermined"]

STATUSES: tuple[Status, ...] = (
    "not_measured",
    "on_track",
    "at_risk",
    "off_track",
    "achieved",
    "exceeded",
    "undetermined",
)
"""Every status code, in the order of the module documentation's rules (first: no data)."""


PROBLEM_CODES: tuple[str, ...] = (
    "bad_date",
    "out_of_range",
    "unknown_indicator",
    "measurement_before_baseline",
    "measurement_outside_scale",
    "levels_scale_measurement",
    "indicator_not_leaf",
    "duplicate_indicator_link",
)
"""Every code of the problems this module reports (the GUI has a sentence for each)."""


def _problem(
    code: str, location: str, text: str, severity: Severity = "error", params: Mapping[str, Any] | None = None
) -> Problem:
    """A :class:`Problem` of this module; ``code`` is one of :data:`PROBLEM_CODES`."""
    assert code in PROBLEM_CODES, code
    return Problem(code, location, text, severity, dict(params or {}))


# ---------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------


def parse_date(value: str | dt.date | None, location: str = "as_of") -> dt.date:
    """An ISO 8601 date (``YYYY-MM-DD``); ``None`` is today.

    Raises
    ------
    ModelError
        ``bad_date`` with ``params`` ``{"value": …}`` when the text is not an ISO date.
    """
    if value is None:
        return dt.date.today()
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        raise ModelError(
            _problem(
                "bad_date",
                location,
                f"{value!r} is not an ISO 8601 date (YYYY-MM-DD)",
                "error",
                {"value": value},
            )
        ) from None


def _date_or_none(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


# ---------------------------------------------------------------------------
# Indicator figures
# ---------------------------------------------------------------------------


def history(
    measurements: Sequence[Measurement], indicator: str, as_of: dt.date
) -> list[tuple[int, Measurement]]:
    """The indicator's measurements dated on or before ``as_of``, by date then order of entry.

    Each with its position in the log. Measurements whose date is not ISO 8601 are
    left out (they are errors of :func:`followup_problems`).
    """
    out: list[tuple[dt.date, int, Measurement]] = []
    for k, m in enumerate(measurements):
        if m.indicator != indicator:
            continue
        d = _date_or_none(m.date)
        if d is not None and d <= as_of:
            out.append((d, k, m))
    out.sort(key=lambda e: (e[0], e[1]))
    return [(k, m) for _d, k, m in out]


def latest_measurement(
    measurements: Sequence[Measurement], indicator: str, as_of: dt.date
) -> tuple[int, Measurement] | None:
    """The latest measurement on or before ``as_of``: greatest date, then entered last.

    Returns its position in the log and the measurement, or ``None``.
    """
    h = history(measurements, indicator, as_of)
    return h[-1] if h else None


def progress(baseline: float | None, target: float | None, value: float | None) -> float | None:
    """Share of the baseline→target distance achieved: ``(x − b) / (g − b)``.

    ``None`` when a value is missing or ``g = b``. A target below the baseline
    (lower is better) gives positive progress for a fall of ``x``.
    """
    if baseline is None or target is None or value is None:
        return None
    span = float(target) - float(baseline)
    if span == 0.0 or not math.isfinite(span):
        return None
    return (float(value) - float(baseline)) / span


def planned_progress(
    baseline_date: dt.date | None, target_date: dt.date | None, as_of: dt.date
) -> float | None:
    """The linear plan ``clip((t − t_b) / (t_g − t_b), 0, 1)`` in days; ``None`` without dates."""
    if baseline_date is None or target_date is None:
        return None
    span = (target_date - baseline_date).days
    if span <= 0:
        return None
    return min(max((as_of - baseline_date).days / span, 0.0), 1.0)


def status_of(
    progress_: float | None, planned: float | None, *, measured: bool, margin: float = AT_RISK_MARGIN
) -> Status:
    """The status code by the rules of the module documentation."""
    if not measured:
        return "not_measured"
    if progress_ is not None:
        if progress_ > 1.0 + TOLERANCE:
            return "exceeded"
        if progress_ >= 1.0 - TOLERANCE:
            return "achieved"
    if progress_ is None or planned is None:
        return "undetermined"
    gap = planned - progress_
    if gap <= TOLERANCE:
        return "on_track"
    if gap <= margin + TOLERANCE:
        return "at_risk"
    return "off_track"


# ---------------------------------------------------------------------------
# Results
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class IndicatorStatus:
    """The figures of one indicator at the as-of date.

    Attributes
    ----------
    indicator
        The indicator (as in the model).
    latest
        The latest measurement on or before the as-of date, or ``None``.
    latest_index
        Its position in the measurement log (``-1`` without one).
    history
        The measurements on or before the as-of date, by date then entry.
    progress, planned_progress
        ``p`` and ``q(t)`` of the module documentation (``None`` where undefined).
    status
        One of :data:`STATUSES`.
    direction
        ``"increase"`` when the target is above the baseline, ``"decrease"`` when
        below (lower is better), ``None`` otherwise.
    applied
        True when the latest measurement replaced the planned score in the realised
        value of its alternative.
    """

    indicator: Indicator
    latest: Measurement | None
    latest_index: int
    history: tuple[Measurement, ...]
    progress: float | None
    planned_progress: float | None
    status: Status
    direction: Literal["increase", "decrease"] | None
    applied: bool

    @property
    def id(self) -> str:
        return self.indicator.id


@dataclass(frozen=True)
class AlternativeRealisation:
    """Expected and realised value of one alternative (module documentation)."""

    alternative: str
    expected: float
    realised: float
    index: float | None
    coverage: float
    measured_criteria: tuple[str, ...]


@dataclass(frozen=True)
class FollowUpResult:
    """Everything :func:`evaluate_followup` computes; :meth:`to_json` is ``diva followup --json``."""

    as_of: dt.date
    margin: float
    do_nothing: str | None
    indicators: tuple[IndicatorStatus, ...]
    alternatives: tuple[AlternativeRealisation, ...]
    warnings: tuple[Problem, ...]

    def indicator(self, indicator_id: str) -> IndicatorStatus | None:
        for s in self.indicators:
            if s.indicator.id == indicator_id:
                return s
        return None

    def alternative(self, alternative_id: str) -> AlternativeRealisation | None:
        for r in self.alternatives:
            if r.alternative == alternative_id:
                return r
        return None

    def to_json(self) -> dict[str, Any]:
        """The ``diva-followup`` document (version 1)."""

        def obs(o: Observation | None) -> dict[str, Any] | None:
            return None if o is None else {"value": o.value, "date": o.date}

        def meas(m: Measurement) -> dict[str, Any]:
            return {"date": m.date, "value": m.value, "note": m.note}

        return {
            "format": FORMAT_NAME,
            "version": FORMAT_VERSION,
            "as_of": self.as_of.isoformat(),
            "at_risk_margin": self.margin,
            "do_nothing": self.do_nothing,
            "indicators": [
                {
                    "id": s.indicator.id,
                    "name": s.indicator.name,
                    "alternative": s.indicator.alternative,
                    "criterion": s.indicator.criterion,
                    "unit": s.indicator.unit,
                    "baseline": obs(s.indicator.baseline),
                    "target": obs(s.indicator.target),
                    "latest": None if s.latest is None else meas(s.latest),
                    "measurements": [meas(m) for m in s.history],
                    "progress": s.progress,
                    "planned_progress": s.planned_progress,
                    "status": s.status,
                    "direction": s.direction,
                    "used_in_realised_value": s.applied,
                }
                for s in self.indicators
            ],
            "alternatives": {
                r.alternative: {
                    "expected": r.expected,
                    "realised": r.realised,
                    "realisation_index": r.index,
                    "coverage": r.coverage,
                    "measured_criteria": list(r.measured_criteria),
                }
                for r in self.alternatives
            },
            "warnings": [
                {"code": p.code, "location": p.location, "message": p.text, "params": dict(p.params)}
                for p in self.warnings
            ],
        }


# ---------------------------------------------------------------------------
# Validation
# ---------------------------------------------------------------------------


def _scale_of(model: Model, criterion_id: str) -> Scale | None:
    c = model.criterion(criterion_id)
    if c is None or not c.is_leaf:
        return None
    return c.effective_scale


def followup_problems(model: Model) -> list[Problem]:
    """Errors and warnings of the follow-up data (see the module documentation)."""
    problems: list[Problem] = []
    f = model.followup
    indicators = {i.id: i for i in f.indicators}
    for ind in f.indicators:
        loc = f"followup.indicators.{ind.id}"
        for name, o in (("baseline", ind.baseline), ("target", ind.target)):
            if o is not None and o.date is not None and _date_or_none(o.date) is None:
                problems.append(
                    _problem(
                        "bad_date",
                        f"{loc}.{name}.date",
                        f"{o.date!r} is not an ISO 8601 date (YYYY-MM-DD)",
                        "error",
                        {"value": o.date, "indicator": ind.id, "field": f"{name}.date"},
                    )
                )
        if ind.criterion is not None:
            c = model.criterion(ind.criterion)
            if c is not None and not c.is_leaf:
                problems.append(
                    _problem(
                        "indicator_not_leaf",
                        f"{loc}.criterion",
                        f"{ind.criterion!r} has sub-criteria; the indicator's measurements "
                        "are not used in the realised value",
                        "warning",
                        {"indicator": ind.id, "criterion": ind.criterion},
                    )
                )
    seen: dict[tuple[str, str], str] = {}
    for ind in f.indicators:
        if ind.alternative is None or ind.criterion is None:
            continue
        key = (ind.alternative, ind.criterion)
        if key in seen:
            problems.append(
                _problem(
                    "duplicate_indicator_link",
                    f"followup.indicators.{ind.id}",
                    f"{seen[key]!r} already follows {ind.alternative!r} on {ind.criterion!r}; "
                    "the first listed with a measurement is used in the realised value",
                    "warning",
                    {
                        "indicator": ind.id,
                        "other": seen[key],
                        "alternative": ind.alternative,
                        "criterion": ind.criterion,
                    },
                )
            )
        else:
            seen[key] = ind.id
    levels_warned: set[str] = set()
    for k, m in enumerate(f.measurements):
        loc = f"followup.measurements[{k}]"
        owner = indicators.get(m.indicator)
        if owner is None:
            problems.append(
                _problem(
                    "unknown_indicator",
                    f"{loc}.indicator",
                    f"there is no indicator {m.indicator!r}",
                    "error",
                    {"indicator": m.indicator, "index": k},
                )
            )
            continue
        day = _date_or_none(m.date)
        if day is None:
            problems.append(
                _problem(
                    "bad_date",
                    f"{loc}.date",
                    f"{m.date!r} is not an ISO 8601 date (YYYY-MM-DD)",
                    "error",
                    {"value": m.date, "indicator": m.indicator, "index": k, "field": "date"},
                )
            )
        base_day = _date_or_none(owner.baseline.date) if owner.baseline is not None else None
        if day is not None and base_day is not None and day < base_day:
            problems.append(
                _problem(
                    "measurement_before_baseline",
                    f"{loc}.date",
                    f"the measurement of {m.date} is older than the baseline of {base_day.isoformat()}",
                    "warning",
                    {
                        "indicator": m.indicator,
                        "index": k,
                        "date": m.date,
                        "baseline_date": base_day.isoformat(),
                    },
                )
            )
        scale = _scale_of(model, owner.criterion) if owner.criterion is not None else None
        if isinstance(scale, LevelsScale):
            if owner.id not in levels_warned:
                levels_warned.add(owner.id)
                problems.append(
                    _problem(
                        "levels_scale_measurement",
                        f"followup.indicators.{owner.id}",
                        f"{owner.criterion!r} is scored with levels ({', '.join(lv.label for lv in scale.levels)}); "
                        "a numeric measurement cannot apply, so the planned score is kept in the realised value",
                        "warning",
                        {
                            "indicator": owner.id,
                            "criterion": owner.criterion,
                            "levels": [lv.label for lv in scale.levels],
                        },
                    )
                )
        elif scale is not None and math.isfinite(m.value):
            low, high = scale.domain
            if not low <= m.value <= high:
                problems.append(
                    _problem(
                        "measurement_outside_scale",
                        f"{loc}.value",
                        f"the measurement {m.value:g} is outside the scale of {owner.criterion!r} "
                        f"({low:g}–{high:g}); the realised value takes it at the scale's end",
                        "warning",
                        {"value": m.value, "low": low, "high": high, "indicator": m.indicator, "index": k},
                    )
                )
    return problems


# ---------------------------------------------------------------------------
# The evaluation
# ---------------------------------------------------------------------------


def _direction(ind: Indicator) -> Literal["increase", "decrease"] | None:
    if ind.baseline is None or ind.target is None or ind.target.value == ind.baseline.value:
        return None
    return "increase" if ind.target.value > ind.baseline.value else "decrease"


def _indicator_status(
    ind: Indicator, measurements: Sequence[Measurement], as_of: dt.date, margin: float
) -> IndicatorStatus:
    h = history(measurements, ind.id, as_of)
    latest = h[-1] if h else None
    value = latest[1].value if latest is not None else None
    p = progress(
        ind.baseline.value if ind.baseline is not None else None,
        ind.target.value if ind.target is not None else None,
        value,
    )
    q = planned_progress(
        _date_or_none(ind.baseline.date) if ind.baseline is not None else None,
        _date_or_none(ind.target.date) if ind.target is not None else None,
        as_of,
    )
    return IndicatorStatus(
        indicator=ind,
        latest=latest[1] if latest is not None else None,
        latest_index=latest[0] if latest is not None else -1,
        history=tuple(m for _k, m in h),
        progress=p,
        planned_progress=q,
        status=status_of(p, q, measured=latest is not None, margin=margin),
        direction=_direction(ind),
        applied=False,
    )


def _measured_value(scale: Scale, x: float) -> float | None:
    """v(x) of a measurement on a numeric scale, x taken at the nearer end if outside."""
    if isinstance(scale, LevelsScale):
        return None
    low, high = scale.domain
    return float(values(scale, min(max(float(x), low), high)))


def evaluate_followup(
    model: Model,
    as_of: str | dt.date | None = None,
    *,
    margin: float = AT_RISK_MARGIN,
    evaluation: Evaluation | None = None,
) -> FollowUpResult:
    """Indicator status and expected vs realised value at ``as_of`` (module documentation).

    Parameters
    ----------
    model
        The decision model with its follow-up data.
    as_of
        The date (ISO text or a date); ``None`` is today.
    margin
        How far behind plan is still *at risk* (share of the baseline→target distance).
    evaluation
        ``prepare(model)`` if the caller has it (the weights and scores must be this
        model's); computed otherwise.

    Returns
    -------
    FollowUpResult
        One :class:`IndicatorStatus` per indicator in model order, one
        :class:`AlternativeRealisation` per alternative in model order, and the
        warnings of :func:`followup_problems`.

    Raises
    ------
    ModelError
        If the as-of date or the follow-up data have errors, or the model is invalid.
    InfeasibleError
        If a node's preference statements admit no weights.
    """
    day = parse_date(as_of)
    if not (0.0 <= margin <= 1.0):
        raise ModelError(
            _problem(
                "out_of_range", "margin", f"the margin {margin} is outside 0–1", "error", {"value": margin}
            )
        )
    problems = followup_problems(model)
    errors = [p for p in problems if p.severity == "error"]
    if errors:
        raise ModelError(errors)
    ev = evaluation if evaluation is not None else prepare(model)
    f = model.followup
    statuses = [_indicator_status(ind, f.measurements, day, margin) for ind in f.indicators]

    alt_index = {a: i for i, a in enumerate(ev.alternatives)}
    leaf_index = {c: j for j, c in enumerate(ev.leaves)}
    realised_values = np.array(ev.focal, dtype=np.float64, copy=True)
    replaced = np.zeros(realised_values.shape, dtype=bool)
    for n, s in enumerate(statuses):
        ind = s.indicator
        if s.latest is None or ind.alternative is None or ind.criterion is None:
            continue
        i = alt_index.get(ind.alternative)
        j = leaf_index.get(ind.criterion)
        if i is None or j is None or replaced[i, j]:
            continue
        v = _measured_value(ev.scales[j], s.latest.value)
        if v is None:
            continue
        realised_values[i, j] = v
        replaced[i, j] = True
        statuses[n] = replace(s, applied=True)

    weights = np.asarray(ev.focal_weights, dtype=np.float64)
    expected = np.asarray(ev.focal_values, dtype=np.float64)
    realised = realised_values @ weights if weights.size else np.zeros(len(ev.alternatives))
    dn = model.do_nothing()
    d = alt_index.get(dn.id) if dn is not None else None
    rows: list[AlternativeRealisation] = []
    for a, i in alt_index.items():
        if d is not None:
            denominator = float(expected[i] - expected[d])
            numerator = float(realised[i] - expected[d])
        else:
            denominator = float(expected[i])
            numerator = float(realised[i])
        measured = bool(replaced[i].any())
        index = None if abs(denominator) <= _ZERO or not measured else numerator / denominator
        rows.append(
            AlternativeRealisation(
                alternative=a,
                expected=float(expected[i]),
                realised=float(realised[i]),
                index=index,
                coverage=float(weights[replaced[i]].sum()) if weights.size else 0.0,
                measured_criteria=tuple(ev.leaves[j] for j in np.flatnonzero(replaced[i])),
            )
        )
    return FollowUpResult(
        as_of=day,
        margin=margin,
        do_nothing=dn.id if dn is not None else None,
        indicators=tuple(statuses),
        alternatives=tuple(rows),
        warnings=tuple(p for p in problems if p.severity == "warning"),
    )
