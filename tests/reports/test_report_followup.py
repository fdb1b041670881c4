"""The reports' follow-up is the core's (evaluate_followup) at the report's date, in both languages."""

from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ET
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader

from diva_desktop.core import followup as core_followup
from diva_desktop.core.followup import evaluate_followup
from diva_desktop.core.model import (
    Alternative,
    Criterion,
    FollowUp,
    Indicator,
    LinearScale,
    Measurement,
    Model,
    Observation,
    Score,
)
from diva_desktop.reports import build_report, render
from diva_desktop.reports.content import STATUS_LABELS, report_date
from diva_desktop.reports.formats import NumberFormat
from diva_desktop.reports.html import render_html
from diva_desktop.reports.i18n import ReportTranslator
from diva_desktop.reports.tree import Table

ROOT = Path(__file__).resolve().parents[2]
DATE = "2026-11-27"
HEADERS = {
    "en": {
        "status": ("Indicator", "Latest measurement", "Progress", "Plan", "Status"),
        "value": ("Investment", "Expected value", "Realised value", "Realisation index", "Measured weight"),
    },
    "sv": {
        "status": ("Indikator", "Senaste mätning", "Uppnått", "Plan", "Status"),
        "value": ("Investering", "Förväntat värde", "Realiserat värde", "Realiseringsindex", "Mätt vikt"),
    },
}
GLOSSARY_SV = {
    "not_measured": "Ej mätt ännu",
    "on_track": "Enligt plan",
    "at_risk": "Risk för avvikelse",
    "off_track": "Avviker",
    "achieved": "Realiserad",
    "exceeded": "Överträffad",
    "undetermined": "Kan inte bedömas",
}


def _text(report) -> str:
    html = re.sub(r"<style>.*?</style>", "", render_html(report), flags=re.S)
    text = re.sub(r"<[^>]+>", " ", html).replace("&amp;", "&").replace("&#x27;", "'")
    return " ".join(text.split())


def _flat(text: str) -> str:
    return " ".join(text.split())  # also folds no-break spaces


def _table(report, header: tuple[str, ...]) -> Table | None:
    for section in report.sections:
        for block in section.blocks:
            if isinstance(block, Table) and block.header == header:
                return block
    return None


def _observation(f: NumberFormat, value: float, date: str, unit: str | None) -> str:
    text = f.quantity(value)
    if unit == "%":
        text = f"{text}\u00a0%" if f.language == "sv" else f"{text}%"
    elif unit:
        text = f"{text}\u00a0{unit}"
    return f"{text} ({date})"


def _check_against_core(model: Model, report, language: str, as_of: str) -> None:
    """Every follow-up figure of a decision-makers report is evaluate_followup's at ``as_of``."""
    core = evaluate_followup(model, as_of)
    f = NumberFormat(language)
    t = ReportTranslator(language)
    assert report.facts["followup"] == core.to_json()
    status = _table(report, HEADERS[language]["status"])
    assert status is not None
    assert len(status.rows) == len(core.indicators)
    for row, s in zip(status.rows, core.indicators, strict=True):
        ind = s.indicator
        latest = "–" if s.latest is None else _observation(f, s.latest.value, s.latest.date, ind.unit)
        assert row == (
            ind.name,
            latest,
            "–" if s.progress is None else f.percent(s.progress),
            "–" if s.planned_progress is None else f.percent(s.planned_progress),
            t(STATUS_LABELS[s.status]),
        )
    measured = [r for r in core.alternatives if r.measured_criteria]
    value = _table(report, HEADERS[language]["value"])
    if not measured:
        assert value is None
        return
    assert value is not None
    names = {a.id: a.name for a in model.alternatives}
    assert value.rows == tuple(
        (
            names[r.alternative],
            f.value(r.expected),
            f.value(r.realised),
            "–" if r.index is None else f.number(r.index, 2),
            f.percent(r.coverage, 1),
        )
        for r in measured
    )


@pytest.mark.parametrize("language", ["sv", "en"])
def test_norrvik_figures_equal_evaluate_followup_at_the_report_date(models, results, language) -> None:
    model = models["norrvik"]
    core = evaluate_followup(model, DATE)
    assert len(core.indicators) == 5 and all(s.latest is not None for s in core.indicators)
    report = build_report(
        model, audience="decision-makers", language=language, date=DATE, results=results["norrvik"]
    )
    _check_against_core(model, report, language, DATE)
    # the example: every indicator is measured, and four investments have a realisation index
    assert sum(1 for r in core.alternatives if r.index is not None) == 4
    first = core.indicators[0]
    f, t = NumberFormat(language), ReportTranslator(language)
    text = _text(report)
    caption = {"sv": "Uppnått och status den 2026-11-27", "en": "Progress and status on 2026-11-27"}
    assert caption[language] in text
    assert first.progress is not None and first.planned_progress is not None
    row = f"{f.percent(first.progress)} {f.percent(first.planned_progress)} {t(STATUS_LABELS[first.status])}"
    assert _flat(row) in text
    assert {"sv": "37 % 64 % Avviker", "en": "37% 64% Off track"}[language] in text


def test_the_report_reuses_the_prepared_evaluation(models, results, monkeypatch) -> None:
    """compute_results keeps the prepared model; a report built from it does not prepare again."""
    model = models["norrvik"]
    assert results["norrvik"].evaluation is not None
    assert results["small"].evaluation is None  # no indicators: nothing to prepare
    expected = build_report(model, language="en", date=DATE, results=results["norrvik"]).facts["followup"]

    def no_prepare(*args, **kwargs):
        raise AssertionError("the report prepared the model again")

    monkeypatch.setattr(core_followup, "prepare", no_prepare)
    for audience in ("citizens", "decision-makers"):
        report = build_report(model, audience=audience, language="sv", date=DATE, results=results["norrvik"])
        assert report.facts["followup"] == expected
    monkeypatch.undo()
    # without it (results made elsewhere) the report prepares the model itself: the same figures
    bare = replace(results["norrvik"], evaluation=None)
    assert build_report(model, language="en", date=DATE, results=bare).facts["followup"] == expected


def test_a_measurement_after_the_report_date_is_not_the_latest(models, results) -> None:
    model = models["norrvik"]
    ind = next(i for i in model.followup.indicators if i.id == "ind_nki")
    later = Measurement("ind_nki", "2027-01-15", 69.0, note="Efter rapportens datum")
    changed = replace(
        model, followup=replace(model.followup, measurements=(*model.followup.measurements, later))
    )
    # the analyses do not depend on the follow-up data; the report prepares the changed model itself
    res = replace(results["norrvik"], evaluation=None)
    before = evaluate_followup(model, DATE).indicator("ind_nki")
    assert before is not None and before.latest is not None and before.latest.date == "2026-10-31"
    for language in ("sv", "en"):
        f = NumberFormat(language)
        future = _observation(f, 69.0, "2027-01-15", ind.unit)
        current = _observation(f, 64.0, "2026-10-31", ind.unit)
        dm = build_report(changed, audience="decision-makers", language=language, date=DATE, results=res)
        _check_against_core(changed, dm, language, DATE)
        assert (
            dm.facts["followup"]
            == build_report(
                model, audience="decision-makers", language=language, date=DATE, results=res
            ).facts["followup"]
        )
        citizens = build_report(changed, audience="citizens", language=language, date=DATE, results=res)
        for report in (dm, citizens):
            text = _text(report)
            assert _flat(current) in text
            assert _flat(future) not in text and "2027-01-15" not in text
        # made for a later date, the same model shows it
        after = build_report(
            changed, audience="decision-makers", language=language, date="2027-02-01", results=res
        )
        _check_against_core(changed, after, language, "2027-02-01")
        assert _flat(future) in _text(after)


@pytest.mark.parametrize(
    ("language", "phrase"),
    [
        ("sv", "har nått {share} av vägen; ligger efter planen"),
        ("en", "has come {share} of the way; behind plan"),
    ],
)
def test_residents_read_progress_in_plain_words(models, results, language, phrase) -> None:
    model = models["norrvik"]
    core = evaluate_followup(model, DATE)
    f = NumberFormat(language)
    report = build_report(
        model, audience="citizens", language=language, date=DATE, results=results["norrvik"]
    )
    text = _text(report)
    for s in core.indicators:
        assert s.status == "off_track" and s.progress is not None
        assert _flat(f"{s.indicator.name}: ") in text
        assert _flat(phrase.format(share=f.percent(s.progress))) in text
    assert "2026-11-27:" in text
    # no jargon in the residents' report
    for word in ("Realiseringsindex", "Realisation index", "Avviker", "Off track", "progress"):
        assert word not in text


def _statuses_model() -> Model:
    """One indicator in each state at 2026-07-02 (plan about 50 % along), one beyond the scale."""
    base, goal = Observation(0.0, "2026-01-01"), Observation(10.0, "2027-01-01")

    def ind(i: str, **kw) -> Indicator:
        return Indicator(i, f"Mått {i}", **{"alternative": "a", "baseline": base, "target": goal, **kw})

    indicators = (
        ind("on"),
        ind("risk"),
        ind("off"),
        ind("back"),
        ind("done"),
        ind("beyond", criterion="q"),
        ind("none"),
        ind("nodate", baseline=Observation(0.0)),
        ind("noplan", target=None),
    )
    measurements = (
        Measurement("on", "2026-07-01", 8.0),
        Measurement("risk", "2026-07-01", 4.5),
        Measurement("off", "2026-07-01", 2.0),
        Measurement("back", "2026-07-01", -2.0),
        Measurement("done", "2026-07-01", 10.0),
        Measurement("beyond", "2026-07-01", 12.0),
        Measurement("nodate", "2026-07-01", 5.0),
        Measurement("noplan", "2026-07-01", 5.0),
        Measurement("none", "2026-08-01", 5.0),  # after the report date
    )
    return Model(
        name="Uppföljning",
        language="en",
        criteria=(
            Criterion("q", "Kvalitet", scale=LinearScale(0, 10)),
            Criterion("p", "Pris", scale=LinearScale(0, 10)),
        ),
        alternatives=(Alternative("a", "Alfa", cost=10), Alternative("b", "Beta", cost=5)),
        scores={
            "a": {"q": Score.point(8), "p": Score(6, 7)},
            "b": {"q": Score.point(3), "p": Score.point(2)},
        },
        followup=FollowUp(indicators=indicators, measurements=measurements),
    )


PLAIN = {
    "en": {
        "on": "has come 80% of the way; on plan",
        "risk": "has come 45% of the way; a little behind plan",
        "off": "has come 20% of the way; behind plan",
        "back": "has moved away from the target since the start; behind plan",
        "done": "has reached the target",
        "beyond": "has gone beyond the target",
        "none": "not measured yet",
        "nodate": "has come 50% of the way; there is no timetable to compare with",
        "noplan": "there is no starting point and target to compare with",
    },
    "sv": {
        "on": "har nått 80 % av vägen; ligger enligt planen",
        "risk": "har nått 45 % av vägen; ligger lite efter planen",
        "off": "har nått 20 % av vägen; ligger efter planen",
        "back": "har gått åt fel håll sedan starten; ligger efter planen",
        "done": "har nått målet",
        "beyond": "har gått längre än målet",
        "none": "inte mätt ännu",
        "nodate": "har nått 50 % av vägen; det finns ingen tidsplan att jämföra med",
        "noplan": "det finns inget utgångsläge och mål att jämföra med",
    },
}


@pytest.mark.parametrize("language", ["sv", "en"])
def test_every_status_in_both_reports(language) -> None:
    model = _statuses_model()
    as_of = "2026-07-02"
    core = evaluate_followup(model, as_of)
    assert {s.id: s.status for s in core.indicators} == {
        "on": "on_track",
        "risk": "at_risk",
        "off": "off_track",
        "back": "off_track",
        "done": "achieved",
        "beyond": "exceeded",
        "none": "not_measured",
        "nodate": "undetermined",
        "noplan": "undetermined",
    }
    dm = build_report(model, audience="decision-makers", language=language, date=as_of)
    _check_against_core(model, dm, language, as_of)
    dm_text = _text(dm)
    # the measurement beyond the scale is a warning in words; the realised value uses the scale's end
    warning = {
        "en": "A measurement of ‘Mått beyond’ (12) is outside the criterion’s scale 0–10",
        "sv": "En mätning av ‘Mått beyond’ (12) ligger utanför kriteriets skala 0–10",
    }[language]
    assert warning in dm_text
    # without a do-nothing alternative the index is realised / expected
    assert {
        "en": "The realisation index is the realised value divided by the expected value.",
        "sv": "Realiseringsindex är det realiserade värdet delat med det förväntade värdet.",
    }[language] in dm_text
    citizens = _text(build_report(model, audience="citizens", language=language, date=as_of))
    for indicator, words in PLAIN[language].items():
        assert _flat(f"Mått {indicator}: ") in citizens
        assert _flat(words) in citizens, words


def test_swedish_status_words_are_the_glossarys_and_the_follow_up_steps() -> None:
    sv = ReportTranslator("sv")
    assert {code: sv(label) for code, label in STATUS_LABELS.items()} == GLOSSARY_SV
    assert set(STATUS_LABELS) == set(core_followup.STATUSES)
    panel = {}
    root = ET.parse(ROOT / "resources" / "translations" / "followup_sv.ts").getroot()
    for ctx in root.iter("context"):
        if ctx.findtext("name") == "FollowUpStatus":
            for m in ctx.iter("message"):
                panel[m.findtext("source")] = m.findtext("translation")
    for label in STATUS_LABELS.values():
        assert sv(label) == panel[label], label


CASES = [(a, lang) for a in ("decision-makers", "citizens") for lang in ("sv", "en")]
PDF_WORDS = {
    ("decision-makers", "sv"): [
        "Uppnått och status den 2026-11-27",
        "Avviker",
        "Realiseringsindex",
        "Mätt vikt",
    ],
    ("decision-makers", "en"): ["Progress and status on 2026-11-27", "Off track", "Realisation index"],
    ("citizens", "sv"): ["har nått 37 % av vägen; ligger efter planen"],
    ("citizens", "en"): ["has come 37% of the way; behind plan"],
}


@pytest.mark.parametrize("case", CASES, ids="-".join)
def test_both_languages_render(models, results, case) -> None:
    audience, language = case
    report = build_report(
        models["norrvik"], audience=audience, language=language, date=DATE, results=results["norrvik"]
    )
    root = ET.fromstring(render_html(report))
    assert root.get("lang") == language
    reader = PdfReader(io.BytesIO(render(report, "pdf")))
    flat = _flat("\n".join(page.extract_text() for page in reader.pages))
    for words in PDF_WORDS[case]:
        assert _flat(words) in flat, words


def test_the_report_date() -> None:
    assert report_date("2026-11-27").isoformat() == "2026-11-27"
    assert report_date(None) is not None
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        report_date("27/11/2026")
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        build_report(_statuses_model(), date="den 27 november")
    report = build_report(_statuses_model(), audience="citizens", date="2026-07-02")
    assert report.date == "2026-07-02"
    assert report.facts["followup"]["as_of"] == "2026-07-02"
