"""Follow-up: indicator progress and status, realised value and realisation index.

The small model below is computed by hand (values in the comments); the properties
check the definitions of :mod:`diva_desktop.core.followup` over many inputs.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from diva_desktop.core.commands import AddIndicator, AddMeasurement, RemoveIndicator, UpdateIndicator
from diva_desktop.core.errors import ModelError
from diva_desktop.core.followup import (
    AT_RISK_MARGIN,
    evaluate_followup,
    followup_problems,
    latest_measurement,
    parse_date,
    planned_progress,
    progress,
    status_of,
)
from diva_desktop.core.model import (
    Alternative,
    Criterion,
    FollowUp,
    Indicator,
    Level,
    LevelsScale,
    LinearScale,
    Measurement,
    Model,
    Observation,
    PiecewiseScale,
    PointWeights,
    Score,
)
from diva_desktop.io.json_model import load_model_file

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "resources" / "examples" / "norrvik.json"

RISK = LevelsScale((Level("hög", 0.0), Level("medel", 0.5), Level("låg", 1.0)))
TIME = PiecewiseScale(((20.0, 1.0), (40.0, 0.4), (60.0, 0.0)))


def small_model(*, do_nothing: bool = True) -> Model:
    """Three leaves (linear, piecewise, levels) with point weights 0.5, 0.3, 0.2.

    V(a) = 0.5·0.6 + 0.3·v(35) + 0.2·0.5 = 0.3 + 0.3·0.55 + 0.1 = 0.565
    V(d) = 0.5·0.4 + 0.3·v(50) + 0.2·1.0 = 0.2 + 0.3·0.2 + 0.2 = 0.46
    """
    criteria = (
        Criterion("share", "Andel digitala ärenden", unit="%", scale=LinearScale(0, 100)),
        Criterion("time", "Handläggningstid", unit="dagar", scale=TIME),
        Criterion("risk", "Risk", scale=RISK),
    )
    alternatives = (
        Alternative("a", "E-tjänster", cost=100),
        Alternative("d", "Nollalternativ", do_nothing=do_nothing),
    )
    scores = {
        "a": {"share": Score.point(60), "time": Score(30, 40), "risk": Score.point("medel")},
        "d": {"share": Score.point(40), "time": Score.point(50), "risk": Score.point("låg")},
    }
    indicators = (
        Indicator(
            "i_share",
            "Andel",
            "a",
            "share",
            "%",
            baseline=Observation(40, "2024-01-01"),
            target=Observation(70, "2026-01-01"),
        ),
        Indicator(
            "i_time",
            "Tid",
            "a",
            "time",
            "dagar",
            baseline=Observation(50, "2024-01-01"),
            target=Observation(30, "2026-01-01"),
        ),
        Indicator(
            "i_risk",
            "Risk",
            "a",
            "risk",
            baseline=Observation(0, "2024-01-01"),
            target=Observation(1, "2026-01-01"),
        ),
    )
    measurements = (
        Measurement("i_share", "2024-07-01", 46),
        Measurement("i_share", "2025-01-01", 52),
        Measurement("i_share", "2025-01-01", 55, "corrected: 52 was a typing error"),
        Measurement("i_time", "2024-12-01", 38),
        Measurement("i_risk", "2024-12-01", 1),
        Measurement("i_share", "2025-06-01", 90, "after the as-of date of most tests"),
    )
    return Model(
        name="Liten",
        criteria=criteria,
        alternatives=alternatives,
        scores=scores,
        weights={"root": PointWeights({"share": 0.5, "time": 0.3, "risk": 0.2})},
        followup=FollowUp(indicators, measurements),
    )


# ---------------------------------------------------------------------------
# Hand-computed cases
# ---------------------------------------------------------------------------


def test_indicator_figures_by_hand() -> None:
    r = evaluate_followup(small_model(), "2025-01-01")
    share = r.indicator("i_share")
    assert share is not None and share.latest is not None
    # the two measurements of 2025-01-01: the one entered last wins; 2025-06-01 is later than as-of
    assert share.latest.value == 55 and share.latest_index == 2
    assert [m.value for m in share.history] == [46, 52, 55]
    assert share.progress == pytest.approx((55 - 40) / (70 - 40))  # 0.5
    assert share.planned_progress == pytest.approx(366 / 731)  # 2024 is a leap year
    assert share.status == "at_risk"  # 0.0007 behind plan, within the 0.10 margin
    assert share.direction == "increase" and share.applied

    time = r.indicator("i_time")
    assert time is not None
    assert time.progress == pytest.approx((38 - 50) / (30 - 50))  # 0.6: lower is better
    assert time.direction == "decrease"
    assert time.status == "on_track"

    risk = r.indicator("i_risk")
    assert risk is not None
    assert risk.status == "achieved" and risk.progress == 1.0
    assert not risk.applied  # a number cannot be a level label


def test_realised_value_and_index_by_hand() -> None:
    r = evaluate_followup(small_model(), "2025-01-01")
    a = r.alternative("a")
    d = r.alternative("d")
    assert a is not None and d is not None
    assert a.expected == pytest.approx(0.565)
    assert d.expected == pytest.approx(0.46)
    # share 55 → 0.55 (linear), time 38 → 1 − 0.6·18/20 = 0.46 (piecewise), risk kept at 0.5 (levels)
    assert a.realised == pytest.approx(0.5 * 0.55 + 0.3 * 0.46 + 0.2 * 0.5)  # 0.513
    assert a.index == pytest.approx((0.513 - 0.46) / (0.565 - 0.46))  # 0.50476…
    assert a.coverage == pytest.approx(0.8)
    assert a.measured_criteria == ("share", "time")
    assert d.index is None and d.coverage == 0.0 and d.realised == pytest.approx(0.46)
    assert r.do_nothing == "d"
    codes = {p.code for p in r.warnings}
    assert codes == {"levels_scale_measurement"}


def test_realisation_index_without_do_nothing() -> None:
    r = evaluate_followup(small_model(do_nothing=False), "2025-01-01")
    a = r.alternative("a")
    d = r.alternative("d")
    assert a is not None and d is not None
    assert r.do_nothing is None
    assert a.index == pytest.approx(0.513 / 0.565)
    assert d.index is None  # nothing measured for d


def test_status_over_time_and_direction() -> None:
    m = small_model()
    # 2025-07-01: share's latest is 90 (2025-06-01): beyond the target 70
    r = evaluate_followup(m, "2025-07-01")
    assert r.indicator("i_share").status == "exceeded"  # type: ignore[union-attr]
    assert r.indicator("i_share").progress == pytest.approx(50 / 30)  # type: ignore[union-attr]
    # before any measurement
    r = evaluate_followup(m, "2024-06-30")
    assert r.indicator("i_share").status == "not_measured"  # type: ignore[union-attr]
    assert r.indicator("i_share").progress is None  # type: ignore[union-attr]
    # far behind plan: time measured 48 (progress 0.1) at 2025-06-01 (plan 0.7086)
    m2 = replace(m, followup=replace(m.followup, measurements=(Measurement("i_time", "2025-06-01", 48),)))
    r = evaluate_followup(m2, "2025-06-01")
    assert r.indicator("i_time").progress == pytest.approx(0.1)  # type: ignore[union-attr]
    assert r.indicator("i_time").planned_progress == pytest.approx(517 / 731)  # type: ignore[union-attr]
    assert r.indicator("i_time").status == "off_track"  # type: ignore[union-attr]
    # lower is better: exactly the target is achieved, below it exceeded
    for value, status in ((30, "achieved"), (25, "exceeded"), (55, "off_track")):
        m3 = replace(
            m, followup=replace(m.followup, measurements=(Measurement("i_time", "2025-06-01", value),))
        )
        assert evaluate_followup(m3, "2025-06-01").indicator("i_time").status == status  # type: ignore[union-attr]


def test_status_rules() -> None:
    assert status_of(None, 0.5, measured=False) == "not_measured"
    assert status_of(0.5, 0.5, measured=True) == "on_track"
    assert status_of(0.45, 0.5, measured=True) == "at_risk"
    assert status_of(0.5 - AT_RISK_MARGIN, 0.5, measured=True) == "at_risk"
    assert status_of(0.39, 0.5, measured=True) == "off_track"
    assert status_of(1.0, 0.2, measured=True) == "achieved"
    assert status_of(1.01, 0.2, measured=True) == "exceeded"
    assert status_of(0.5, None, measured=True) == "undetermined"
    assert status_of(None, 0.5, measured=True) == "undetermined"
    assert status_of(0.5, 0.9, measured=True, margin=0.5) == "at_risk"


def test_progress_and_plan_edge_cases() -> None:
    assert progress(10, 10, 12) is None  # target equals baseline
    assert progress(None, 10, 12) is None
    assert progress(10, 20, None) is None
    assert progress(10, 20, 5) == pytest.approx(-0.5)
    d = dt.date
    assert planned_progress(d(2024, 1, 1), d(2025, 1, 1), d(2023, 1, 1)) == 0.0
    assert planned_progress(d(2024, 1, 1), d(2025, 1, 1), d(2026, 1, 1)) == 1.0
    assert planned_progress(d(2024, 1, 1), d(2024, 1, 1), d(2024, 1, 1)) is None
    assert planned_progress(None, d(2024, 1, 1), d(2024, 1, 1)) is None


def test_indicator_without_target_is_undetermined_and_unlinked_is_not_applied() -> None:
    m = small_model()
    inds = (Indicator("free", "Fri indikator", baseline=Observation(3)),)
    m = replace(m, followup=FollowUp(m.followup.indicators + inds, (Measurement("free", "2024-05-05", 4),)))
    r = evaluate_followup(m, "2025-01-01")
    free = r.indicator("free")
    assert free is not None and free.status == "undetermined" and not free.applied
    assert free.planned_progress is None


def test_example_project() -> None:
    model = load_model_file(EXAMPLE)
    r = evaluate_followup(model, "2026-11-27")
    ind = r.indicator("ind_bygglov")
    assert ind is not None and ind.latest is not None
    assert ind.latest.value == 44 and ind.progress == pytest.approx(0.5)
    e = r.alternative("e_tjansteplattform")
    assert e is not None and set(e.measured_criteria) == {"digitala_arenden", "nki"}
    assert r.do_nothing == "nollalternativ"
    assert all(a.realised <= a.expected + 1e-12 for a in r.alternatives)  # the example is behind plan


# ---------------------------------------------------------------------------
# Bad input
# ---------------------------------------------------------------------------


def test_unknown_indicator_is_an_error_with_code_and_fields() -> None:
    m = small_model()
    m = replace(
        m,
        followup=replace(
            m.followup, measurements=(*m.followup.measurements, Measurement("nope", "2025-01-01", 1))
        ),
    )
    with pytest.raises(ModelError) as info:
        evaluate_followup(m, "2025-01-01")
    (p,) = info.value.problems
    assert p.code == "unknown_indicator"
    assert p.location == "followup.measurements[6].indicator"
    assert p.params == {"indicator": "nope", "index": 6}


def test_non_iso_dates_are_errors() -> None:
    m = small_model()
    m = replace(m, followup=replace(m.followup, measurements=(Measurement("i_share", "31/12/2025", 50),)))
    problems = followup_problems(m)
    assert [(p.code, p.severity, p.location) for p in problems] == [
        ("bad_date", "error", "followup.measurements[0].date")
    ]
    with pytest.raises(ModelError):
        evaluate_followup(m, "2025-01-01")
    ind = replace(m.followup.indicators[0], target=Observation(70, "2026-13-01"))
    m2 = replace(m, followup=FollowUp((ind,), ()))
    assert [p.location for p in followup_problems(m2)] == ["followup.indicators.i_share.target.date"]
    with pytest.raises(ModelError) as info:
        evaluate_followup(small_model(), "1 januari 2025")
    assert info.value.problems[0].code == "bad_date" and info.value.problems[0].location == "as_of"
    assert parse_date("2025-02-03") == dt.date(2025, 2, 3)


def test_warnings_before_baseline_and_outside_scale() -> None:
    m = small_model()
    extra = (Measurement("i_share", "2023-12-31", 41), Measurement("i_share", "2025-01-02", 120))
    m = replace(m, followup=replace(m.followup, measurements=m.followup.measurements + extra))
    problems = {p.code: p for p in followup_problems(m)}
    assert problems["measurement_before_baseline"].severity == "warning"
    assert problems["measurement_before_baseline"].params["baseline_date"] == "2024-01-01"
    out = problems["measurement_outside_scale"]
    assert out.severity == "warning" and out.params["low"] == 0 and out.params["high"] == 100
    r = evaluate_followup(m, "2025-01-02")
    a = r.alternative("a")
    assert a is not None
    assert a.realised == pytest.approx(0.5 * 1.0 + 0.3 * 0.46 + 0.2 * 0.5)  # 120 taken at the scale's end
    assert r.indicator("i_share").status == "exceeded"  # type: ignore[union-attr]


def test_duplicate_link_uses_the_first_indicator() -> None:
    m = small_model()
    dup = Indicator(
        "i_share2", "Andel (annan källa)", "a", "share", baseline=Observation(40), target=Observation(70)
    )
    fu = FollowUp(
        (*m.followup.indicators, dup), (*m.followup.measurements, Measurement("i_share2", "2024-12-31", 10))
    )
    r = evaluate_followup(replace(m, followup=fu), "2025-01-01")
    assert {p.code for p in r.warnings} >= {"duplicate_indicator_link"}
    assert r.indicator("i_share").applied and not r.indicator("i_share2").applied  # type: ignore[union-attr]
    assert r.alternative("a").realised == pytest.approx(0.513)  # type: ignore[union-attr]


def test_indicator_on_an_internal_criterion_is_a_warning() -> None:
    m = small_model()
    tree = (Criterion("g", "Grupp", children=m.criteria),)
    ind = Indicator("ig", "Grupp", "a", "g", baseline=Observation(0), target=Observation(1))
    m = replace(
        m,
        criteria=tree,
        weights={"g": PointWeights({"share": 0.5, "time": 0.3, "risk": 0.2})},
        followup=FollowUp((ind,), (Measurement("ig", "2024-02-02", 0.5),)),
    )
    r = evaluate_followup(m, "2025-01-01")
    assert [p.code for p in r.warnings] == ["indicator_not_leaf"]
    assert not r.indicator("ig").applied  # type: ignore[union-attr]


# ---------------------------------------------------------------------------
# Commands
# ---------------------------------------------------------------------------


def test_followup_commands_are_undoable() -> None:
    m = small_model()
    new = Indicator("i_new", "Ny", "d", "share", "%", baseline=Observation(1, "2024-01-01"))
    m1, inv = AddIndicator(None, new).apply(m)
    assert m1.followup.indicators[-1] == new
    assert inv.apply(m1)[0] == m
    m2, inv2 = UpdateIndicator("i_new", target=Observation(5, "2025-01-01")).apply(m1)
    assert inv2.apply(m2)[0] == m1
    m3, inv3 = AddMeasurement(Measurement("i_new", "2024-06-01", 3, "first")).apply(m2)
    assert m3.followup.measurements[-1].note == "first"
    assert inv3.apply(m3)[0] == m2
    m4, inv4 = RemoveIndicator("i_new").apply(m3)
    assert all(x.indicator != "i_new" for x in m4.followup.measurements)  # its measurements go with it
    assert inv4.apply(m4)[0] == m3
    with pytest.raises(ModelError):
        AddMeasurement(Measurement("i_new", "someday", 3)).apply(m2)


# ---------------------------------------------------------------------------
# Properties
# ---------------------------------------------------------------------------

finite = st.floats(-1e6, 1e6, allow_nan=False, allow_infinity=False)
days = st.dates(dt.date(2000, 1, 1), dt.date(2040, 12, 31))


@given(b=finite, g=finite, x=finite, k=st.floats(0.001, 1000), sign=st.sampled_from([-1.0, 1.0]), c=finite)
def test_progress_is_invariant_to_the_unit_of_measure(  # noqa: PLR0917
    b: float, g: float, x: float, k: float, sign: float, c: float
) -> None:
    assume(abs(g - b) > 1e-3 * max(1.0, abs(b), abs(g)))
    p = progress(b, g, x)
    scaled = progress(sign * k * b + c, sign * k * g + c, sign * k * x + c)
    assert p is not None and scaled is not None
    assert scaled == pytest.approx(p, rel=1e-6, abs=1e-6)


@given(
    entries=st.lists(st.tuples(days, finite), min_size=1, max_size=12),
    older=st.tuples(st.integers(1, 5000), finite),
    as_of=days,
)
def test_adding_an_older_measurement_never_changes_the_latest(
    entries: list[tuple[dt.date, float]], older: tuple[int, float], as_of: dt.date
) -> None:
    log = tuple(Measurement("i", d.isoformat(), v) for d, v in entries)
    before = latest_measurement(log, "i", as_of)
    assume(before is not None)
    assert before is not None
    new_date = dt.date.fromisoformat(before[1].date) - dt.timedelta(days=older[0])
    after = latest_measurement((*log, Measurement("i", new_date.isoformat(), older[1])), "i", as_of)
    assert after == before


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    share=st.floats(0, 100),
    time_lo=st.floats(20, 60),
    width=st.floats(0, 20),
    w=st.tuples(st.floats(0.05, 1), st.floats(0.05, 1), st.floats(0.05, 1)),
    with_d=st.booleans(),
)
def test_measuring_the_planned_score_gives_index_one(
    share: float, time_lo: float, width: float, w: tuple[float, float, float], with_d: bool
) -> None:
    time_hi = min(time_lo + width, 60.0)
    m = small_model(do_nothing=with_d)
    scores = {
        **m.scores,
        "a": {**m.scores["a"], "share": Score.point(share), "time": Score(time_lo, time_hi)},
    }
    planned = (
        Measurement("i_share", "2024-06-01", share),
        Measurement("i_time", "2024-06-01", (time_lo + time_hi) / 2),  # the focal score is the midpoint
    )
    m = replace(
        m,
        scores=scores,
        weights={"root": PointWeights({"share": w[0], "time": w[1], "risk": w[2]})},
        followup=replace(m.followup, measurements=planned),
    )
    r = evaluate_followup(m, "2025-01-01")
    a = r.alternative("a")
    assert a is not None
    assert a.realised == pytest.approx(a.expected, abs=1e-12)
    d_value = r.alternative("d").expected if with_d else 0.0  # type: ignore[union-attr]
    assume(abs(a.expected - d_value) > 1e-6)
    assert a.index == pytest.approx(1.0, abs=1e-9)
    assert a.coverage == pytest.approx((w[0] + w[1]) / sum(w))


@settings(max_examples=60, deadline=None)
@given(x=st.floats(0, 100), y=st.floats(0, 100))
def test_realised_value_is_monotone_in_a_better_measurement(x: float, y: float) -> None:
    lo, hi = sorted((x, y))
    base = small_model()
    out = []
    for value in (lo, hi):
        m = replace(
            base, followup=replace(base.followup, measurements=(Measurement("i_share", "2024-06-01", value),))
        )
        out.append(evaluate_followup(m, "2025-01-01").alternative("a").realised)  # type: ignore[union-attr]
    assert out[0] <= out[1] + 1e-12
    assert not math.isnan(out[0])
