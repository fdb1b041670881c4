"""A report's facts are the core's results, worded for its audience and language."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from diva_desktop.core.analysis import analyze
from diva_desktop.core.analysis.sensitivity import sensitivity
from diva_desktop.core.model import Alternative, Criterion, Document, Goal, LinearScale, Model, Score
from diva_desktop.core.portfolio import portfolio_analysis
from diva_desktop.reports import SAMPLES, SEED, build_report, report_language
from diva_desktop.reports.formats import NBSP, NumberFormat
from diva_desktop.reports.html import render_html
from diva_desktop.reports.tree import Figure, IntervalRow, Table

DATE = "2026-11-27"


def _text(report) -> str:
    html = render_html(report)
    html = re.sub(r"<style>.*?</style>", "", html, flags=re.S)
    return re.sub(r"[ \t\r\n]+", " ", re.sub(r"<[^>]+>", " ", html)).replace("&amp;", "&")


def _blocks(report):
    for s in report.sections:
        yield from s.blocks


@pytest.mark.parametrize("name", ["norrvik", "small"])
def test_facts_equal_the_core(models, results, name) -> None:
    model = models[name]
    core = analyze(model, samples=SAMPLES, seed=SEED)
    port = portfolio_analysis(model)
    sens = sensitivity(model)
    report = build_report(model, audience="decision-makers", language="en", date=DATE, results=results[name])
    facts = report.facts
    assert facts["values"] == core["values"]
    assert facts["rank1"] == {a: acc[0] for a, acc in core["smaa"]["rank_acceptability"].items()}
    assert facts["portfolio"] == port["focal_optimum"]["alternatives"]
    assert facts["classification"] == port["classification"]
    assert facts["recommended"] == sens["focal_best"]
    assert facts["recommended"] == max(core["values"], key=lambda a: core["values"][a]["focal"])
    assert (facts["samples"], facts["seed"]) == (SAMPLES, SEED)
    # and without precomputed results the same numbers (fixed seed)
    again = build_report(model, audience="decision-makers", language="en", date=DATE)
    assert again.facts == facts


def test_value_table_and_figure_show_the_core_intervals(models, results) -> None:
    model = models["norrvik"]
    core = analyze(model, samples=SAMPLES, seed=SEED)
    f = NumberFormat("sv")
    report = build_report(
        model, audience="decision-makers", language="sv", date=DATE, results=results["norrvik"]
    )
    tables = [b for b in _blocks(report) if isinstance(b, Table) and b.caption == "Värdeintervall"]
    assert len(tables) == 1
    names = {a.id: a.name for a in model.alternatives}
    rows = {row[0]: row for row in tables[0].rows}
    assert len(rows) == len(model.alternatives)
    for a, v in core["values"].items():
        assert rows[names[a]][1:4] == (f.value(v["focal"]), f.value(v["min"]), f.value(v["max"]))
        assert rows[names[a]][4] == f.value(core["max_regret"][a])
    figure = next(b for b in _blocks(report) if isinstance(b, Figure) and b.kind == "intervals")
    drawn = {r.label: r for r in figure.rows if isinstance(r, IntervalRow)}
    for a, v in core["values"].items():
        assert (drawn[names[a]].low, drawn[names[a]].focal, drawn[names[a]].high) == (
            v["min"],
            v["focal"],
            v["max"],
        )


def test_the_recommended_portfolio_is_the_focal_optimum_in_both_audiences(models, results) -> None:
    model = models["norrvik"]
    optimum = portfolio_analysis(model)["focal_optimum"]
    names = [model.alternative(a).name for a in optimum["alternatives"]]  # type: ignore[union-attr]
    citizens = _text(
        build_report(model, audience="citizens", language="sv", date=DATE, results=results["norrvik"])
    )
    proposal = re.search(
        r"Vi föreslår (\d+) investeringar som tillsammans kostar ([^,]+), inom budgeten på ([^:]+): (.*?)\.",
        citizens,
    )
    assert proposal is not None
    assert int(proposal[1]) == len(names)
    assert proposal[2] == NumberFormat("sv").money(optimum["cost"])
    assert proposal[3] == f"7{NBSP}500{NBSP}000{NBSP}kr"
    for n in names:
        assert n in proposal[4]
    dm = _text(
        build_report(model, audience="decision-makers", language="en", date=DATE, results=results["norrvik"])
    )
    assert "Investments: " + ", ".join(names[:-1]) + " and " + names[-1] in dm


def test_citizens_report_quotes_goals_with_document_and_page(models, results) -> None:
    model = models["norrvik"]
    text = _text(
        build_report(model, audience="citizens", language="sv", date=DATE, results=results["norrvik"])
    )
    goal = model.goal("g_bygglov")
    assert goal is not None
    assert f"”{goal.quote}”" in text
    assert "Digital agenda för Norrviks kommun 2025–2028, sidan 2" in text
    for heading in (
        "Vad kommunen vill uppnå",
        "Investeringarna vi har jämfört",
        "Vad vi föreslår, och varför",
        "Hur säkra är vi?",
        "Vad vi kommer att följa upp",
    ):
        assert heading in text
    # follow-up indicators from the model, with baseline and target
    assert (
        "Genomsnittlig handläggningstid bygglov: från 52\u00a0dagar (2024-12-31) till 36\u00a0dagar (2027-12-31)"
        in text
    )


def test_verdict_names_the_nearest_switch(models, results) -> None:
    model = models["norrvik"]
    sens = sensitivity(model)
    entry = next(e for e in sens["one_way"] if e["node"] == "root" and e["criterion"] == "sakerhet")
    switch = NumberFormat("en").percent(entry["stable"][1])
    text = _text(
        build_report(model, audience="citizens", language="en", date=DATE, results=results["norrvik"])
    )
    assert (
        "E-tjänsteplattform is best unless ‘Trygghet och informationssäkerhet’ matters more than we have assumed: "
        f"if its share of the total weight rose from 21% to more than {switch}, "
        "Informationssäkerhetsprogram (ISMS) would be best instead."
    ) in text


def _clear_winner() -> Model:
    crit = (
        Criterion("q", "Kvalitet", scale=LinearScale(0, 10)),
        Criterion("p", "Pris", scale=LinearScale(0, 10)),
    )
    return Model(
        name="Vinnare",
        language="en",
        documents=(Document("d", "Plan", text="Vi ska bli bättre."),),
        goals=(Goal("g", "d", "Vi ska bli bättre.", page=1),),
        criteria=(replace(crit[0], goals=("g",)), crit[1]),
        alternatives=(Alternative("a", "Alfa", cost=10), Alternative("b", "Beta", cost=5)),
        scores={
            "a": {"q": Score.point(8), "p": Score(6, 7)},
            "b": {"q": Score.point(3), "p": Score.point(2)},
        },
    )


def test_best_everywhere_in_words_both_languages() -> None:
    model = _clear_winner()
    en = _text(build_report(model, audience="citizens", date=DATE))
    assert "Alfa is best in every case we examined." in en
    sv = _text(build_report(model, audience="citizens", language="sv", date=DATE))
    assert "Alfa är bäst i alla fall som vi har undersökt." in sv
    # no portfolio section without a portfolio in the model
    assert "Portfolio" not in _text(build_report(model, date=DATE))


def test_language_defaults_to_the_models_then_swedish(models) -> None:
    assert report_language(models["small"]) == "sv"
    assert report_language(_clear_winner()) == "en"
    assert report_language(replace(_clear_winner(), language=None)) == "sv"
    assert report_language(replace(_clear_winner(), language="fi")) == "sv"
    assert report_language(_clear_winner(), "sv") == "sv"
    with pytest.raises(ValueError, match="unknown report language"):
        report_language(_clear_winner(), "de")
    with pytest.raises(ValueError, match="unknown audience"):
        build_report(_clear_winner(), audience="press")


def test_numbers_follow_the_report_language(models, results) -> None:
    model = models["norrvik"]
    sv = _text(build_report(model, language="sv", date=DATE, results=results["norrvik"]))
    en = _text(build_report(model, language="en", date=DATE, results=results["norrvik"]))
    assert f"7{NBSP}500{NBSP}000{NBSP}kr" in sv and "0,405" in sv and f"99,5{NBSP}%" in sv
    assert "SEK\u00a07,500,000" in en and "0.405" in en and "99.5%" in en
    f = NumberFormat("sv")
    assert f.number(-0.1234, 3) == "−0,123"
    assert f.number(1234567.891, 2) == f"1{NBSP}234{NBSP}567,89"
    assert f.number(-0.0001, 3) == "0,000"
    assert NumberFormat("en").money(1200000.5) == "SEK\u00a01,200,000.50"


def test_decision_makers_report_has_every_part(models, results) -> None:
    model = models["norrvik"]
    report = build_report(
        model, audience="decision-makers", language="en", date=DATE, results=results["norrvik"]
    )
    titles = [s.title for s in report.sections]
    assert titles == [
        "Summary",
        "Criteria and weights",
        "Participants’ views",
        "Value of each alternative",
        "Dominance, decision rules and contraction",
        "Rank acceptabilities",
        "Sensitivity",
        "Portfolio",
        "Traceability to the steering documents",
        "Follow-up",
        "Notes",
    ]
    text = _text(report)
    # a missing score in the example is reported in words, by name
    assert "The score of ‘AI-stöd i kundcenter’ on ‘Risk för personuppgiftsincident’ is missing" in text
    criteria = next(
        b for b in _blocks(report) if isinstance(b, Table) and b.caption == "Criteria and weights"
    )
    assert len(criteria.rows) == sum(1 for _ in model.walk_criteria())
