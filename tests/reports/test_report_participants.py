"""The participants' views in the reports: the figures of core.group.combine, in words and tables."""

from __future__ import annotations

import dataclasses
import io
import xml.etree.ElementTree as ET

import pytest
from pypdf import PdfReader

from diva_desktop.core.group import CONTAINMENT_TOL, combine
from diva_desktop.core.model import IntervalWeights, Model, Participant, PointWeights
from diva_desktop.core.preferences import local_set
from diva_desktop.reports import build_report, compute_results, render
from diva_desktop.reports.formats import NumberFormat
from diva_desktop.reports.html import render_html
from diva_desktop.reports.i18n import ReportTranslator

DATE = "2026-11-27"

CASES = [(a, lang) for a in ("citizens", "decision-makers") for lang in ("sv", "en")]
TITLE = "Participants’ views"


def _text(report) -> str:
    """The report's HTML as plain text (it parses as XHTML)."""
    root = ET.fromstring(render_html(report))
    return " ".join(" ".join(root.itertext()).split())


def _pdf_text(report) -> str:
    reader = PdfReader(io.BytesIO(render(report, "pdf")))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def _section(report, title: str):
    found = [s for s in report.sections if s.title == title]
    return found[0] if found else None


@pytest.fixture(scope="module")
def group(models):
    return combine(models["norrvik"])


@pytest.fixture(scope="module")
def reports(models, results):
    return {
        (a, lang): build_report(
            models["norrvik"], audience=a, language=lang, date=DATE, results=results["norrvik"]
        )
        for a, lang in CASES
    }


def test_the_results_carry_the_core_combination(results, group) -> None:
    g = results["norrvik"].group
    assert g is not None and results["norrvik"].group_problems == ()
    assert g == group
    assert results["small"].group is None


@pytest.mark.parametrize("case", CASES, ids="-".join)
def test_the_report_figures_are_the_core_figures(models, reports, group, case) -> None:
    audience, lang = case
    report = reports[case]
    facts = report.facts["participants"]
    assert [p["id"] for p in facts["participants"]] == [p.id for p in group.participants]
    for fp, p in zip(facts["participants"], group.participants, strict=True):
        assert fp["best"] == list(p.best)
        assert fp["value"] == p.values[p.best[0]]
        assert fp["name"] == p.name and fp["role"] == p.role
    assert facts["conflict"] == {n.node: n.conflict for n in group.nodes if n.participants}
    for n in group.nodes:
        if n.participants:
            assert facts["spread"][n.node] == {
                c: [lo, hi] for c, lo, hi in zip(n.children, n.spread_low, n.spread_high, strict=True)
            }
    assert facts["best_for"] == [p.id for p in group.participants if report.facts["recommended"] in p.best]
    # Norrvik: both participants prefer the e-service platform; they differ most on the residents
    assert facts["best_for"] == ["ks_ordforande", "tjanstepersoner"]
    assert facts["differ"] == ["invanare"]
    assert set(facts["agree"]) == {"sakerhet", "oppenhet"}

    text = _text(report)
    f = NumberFormat(lang)
    names = {c.id: c.name for c in models["norrvik"].walk_criteria()}
    for p in group.participants:
        assert p.name in text
    if audience == "decision-makers":
        section = _section(report, ReportTranslator(lang)(TITLE))
        assert section is not None
        views, spread = (b for b in section.blocks if hasattr(b, "rows"))
        for row, p in zip(views.rows, group.participants, strict=True):
            assert row[0] == p.name and row[1] == p.role
            assert row[3] == f.value(p.values[p.best[0]])
            assert row[4] == f.value(p.values[report.facts["recommended"]])
        root = group.node("root")
        assert spread.rows[0][1] == f.number(root.conflict, 2)
        for row, c, lo, hi in zip(
            spread.rows[1:], root.children, root.spread_low, root.spread_high, strict=True
        ):
            assert row[0] == names[c]
            assert row[2] == f.interval(f.percent(lo, 1), f.percent(hi, 1))
            assert " ".join(row[2].split()) in text
        assert f.number(root.conflict, 2) in text
        # the section comes right after the criteria and weights
        titles = [s.title for s in report.sections]
        assert titles.index(section.title) == 2
    else:
        t = ReportTranslator(lang)
        assert (
            t(
                "{count} participants weighed the goals, each on their own: {names}.", count=2, names=""
            ).rstrip(": .")
            in text
        )
        assert names["invanare"] in text


@pytest.mark.parametrize("case", CASES, ids="-".join)
def test_html_parses_and_the_pdf_names_the_participants(reports, group, case) -> None:
    report = reports[case]
    ET.fromstring(render_html(report))
    text = _pdf_text(report)
    for p in group.participants:
        assert p.name in text


def test_focal_outside_is_the_group_sets_test(models, reports, group) -> None:
    """The report says whose focal weights the group's statements exclude, as LocalSet.contains decides."""
    model = models["norrvik"]
    expected = []
    for n in group.nodes:
        if n.participants:
            ls = local_set(model.criterion(n.node), model.weights.get(n.node))
            expected += [[p, n.node] for p in n.participants if not ls.contains(n.focal[p], CONTAINMENT_TOL)]
    facts = reports[("decision-makers", "en")].facts["participants"]
    assert facts["outside"] == expected == [["tjanstepersoner", "root"]]
    assert (
        "do not allow the representative weights of every participant: Tjänstepersonsgruppen at the top level"
        in (_text(reports[("decision-makers", "en")]))
    )


def test_combined_statements_allow_every_participant(models, group) -> None:
    """With the combined (envelope) statements as the group's, every participant's focal weights are allowed."""
    model = dataclasses.replace(models["norrvik"], weights=dict(group.weights))
    report = build_report(model, audience="decision-makers", language="en", date=DATE)
    assert report.facts["participants"]["outside"] == []
    assert "allow every participant’s representative weights" in _text(report)


def _without(model: Model) -> Model:
    return dataclasses.replace(model, participants=())


@pytest.mark.parametrize("case", CASES, ids="-".join)
def test_without_participants_nothing_changes(models, results, reports, case) -> None:
    audience, lang = case
    bare = _without(models["norrvik"])
    plain_results = dataclasses.replace(results["norrvik"], group=None)
    report = build_report(bare, audience=audience, language=lang, date=DATE, results=plain_results)
    assert "participants" not in report.facts
    with_views = reports[case]
    facts = dict(with_views.facts)
    del facts["participants"]
    assert report.facts == facts
    t = ReportTranslator(lang)
    if audience == "decision-makers":
        assert _section(report, t(TITLE)) is None
        assert report.sections == tuple(s for s in with_views.sections if s.title != t(TITLE))
    else:
        assert len(report.sections) == len(with_views.sections)
        for a, b in zip(report.sections, with_views.sections, strict=True):
            extra = [x for x in b.blocks if x not in a.blocks]
            assert [x for x in b.blocks if x not in extra] == list(a.blocks)
            assert all("Tjänstepersonsgruppen" in x.text for x in extra)
    for p in models["norrvik"].participants:
        assert p.name not in _text(report)


@pytest.mark.parametrize("audience", ["citizens", "decision-makers"])
def test_a_model_without_participants_has_no_views(models, results, audience) -> None:
    report = build_report(
        models["small"], audience=audience, language="en", date=DATE, results=results["small"]
    )
    assert "participants" not in report.facts
    assert _section(report, TITLE) is None
    assert "participants" not in _text(report).lower()


def test_infeasible_participant_statements_are_reported_not_raised(models) -> None:
    model = models["norrvik"]
    bad = Participant(
        id="ovan",
        name="Ovanlig röst",
        weights={"root": IntervalWeights(bounds={"invanare": (0.8, 1.0), "effektivitet": (0.8, 1.0)})},
    )
    model = dataclasses.replace(model, participants=(*model.participants, bad))
    report = build_report(model, audience="decision-makers", language="en", date=DATE)
    section = _section(report, TITLE)
    assert section is not None and section.blocks[0].kind == "note"
    assert "could not be compared" in section.blocks[0].text and "ovan" in section.blocks[0].text
    assert report.facts["participants"]["problems"]
    citizens = build_report(model, audience="citizens", language="en", date=DATE)
    assert "weighed the goals" not in _text(citizens)


def test_the_most_conflicting_nodes_come_first(models) -> None:
    """Participants at several nodes: the table lists the nodes by conflict index, highest first."""
    model = models["norrvik"]
    eff = model.criterion("effektivitet")
    sak = model.criterion("sakerhet")
    assert eff is not None and sak is not None

    def point(node, ws):
        return PointWeights(weights=dict(zip([c.id for c in node.children], ws, strict=True)))

    a = Participant(
        id="a",
        name="Anna",
        weights={"effektivitet": point(eff, (1, 1, 1)), "sakerhet": point(sak, (1, 1, 1))},
    )
    b = Participant(
        id="b", name="Bo", weights={"effektivitet": point(eff, (3, 1, 1)), "sakerhet": point(sak, (1, 1, 2))}
    )
    model = dataclasses.replace(model, participants=(*model.participants, a, b))
    group = combine(model)
    report = build_report(model, audience="decision-makers", language="en", date=DATE)
    compared = [n for n in group.nodes if n.conflict is not None]
    expected = [n.node for n in sorted(compared, key=lambda n: -(n.conflict or 0.0))]
    assert report.facts["participants"]["shown"] == expected
    assert report.facts["participants"]["conflict"] == {n.node: n.conflict for n in compared}
    spread = [b for b in _section(report, TITLE).blocks if hasattr(b, "rows")][1]
    heads = [row for row, depth in zip(spread.rows, spread.indent, strict=True) if depth == 0]
    f = NumberFormat("en")
    assert [h[1] for h in heads] == [f.number(group.node(n).conflict, 2) for n in expected]


def test_compute_results_is_unchanged_for_a_model_without_participants(models) -> None:
    res = compute_results(_without(models["norrvik"]))
    assert res.group is None and res.group_problems == ()
