"""Outline, goal suggestions, vagueness and quotes (pure core, no Qt)."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from diva_desktop.core.goals import (
    MIN_SCORE,
    assess,
    blocks_of_page,
    find_quote,
    new_goal_id,
    outline,
    outline_of_pages,
    section_of,
    suggest_goals,
)
from diva_desktop.core.model import Document, Goal

AGENDA = Path(__file__).resolve().parents[1] / "data" / "documents" / "digital-agenda-norrvik.md"


def agenda() -> Document:
    return Document(id="agenda", title="Digital agenda", text=AGENDA.read_text(encoding="utf-8"))


def test_outline_of_markdown_and_numbered_text() -> None:
    heads = outline(agenda())
    assert [(h.level, h.text) for h in heads[:4]] == [
        (1, "Digital agenda för Norrviks kommun 2025–2028"),
        (2, "1. Inledning"),
        (2, "2. Vision"),
        (2, "3. Strategiska mål"),
    ]
    numbered = outline_of_pages(["1. Bakgrund\n\nText här.\n\n1.1 Nuläge\n\nMer text.", "2. Mål\n\nKommunen ska."])
    assert [(h.level, h.text, h.page) for h in numbered] == [
        (1, "1. Bakgrund", 1),
        (2, "1.1 Nuläge", 1),
        (1, "2. Mål", 2),
    ]
    setext = outline_of_pages(["Rubrik\n======\n\nText\n\nUnderrubrik\n-----------\n"])
    assert [(h.level, h.text) for h in setext] == [(1, "Rubrik"), (2, "Underrubrik")]


def test_blocks_strip_markers_and_keep_offsets() -> None:
    page = "## Mål\n\n- Första punkten\n  fortsätter här.\n- Andra\n\n| A | B |\n|---|---|\n| x | 1 |\n\nStycke ett. Två."
    blocks = blocks_of_page(page)
    kinds = [(b.kind, page[b.start : b.end]) for b in blocks]
    assert kinds == [
        ("heading", "Mål"),
        ("item", "Första punkten\n  fortsätter här."),
        ("item", "Andra"),
        ("header_row", "A | B"),
        ("row", "x | 1"),
        ("paragraph", "Stycke ett. Två."),
    ]


def test_suggestions_rank_operational_goals_first() -> None:
    doc = agenda()
    found = suggest_goals(doc)
    assert found == suggest_goals(doc)  # deterministic
    assert found[0].text == "Vi vill minska handläggningstiden för bygglov med 30 procent till 2026."
    assert found[1].text.startswith("Senast 2027 ska minst 80 procent")
    assert [s.score for s in found] == sorted((s.score for s in found), reverse=True)
    assert all(s.score >= MIN_SCORE for s in found)
    for s in found:  # verbatim: the quote is the page text at its offsets
        assert doc.pages[s.page - 1][s.start : s.end] == s.text
    texts = [s.text for s in found]
    # every list item under "3. Strategiska mål" is suggested
    assert sum(s.kind == "item" for s in found) == 16
    assert any(t.startswith("Norrvik ska vara en öppen, trygg") for t in texts)  # the vision
    assert "Andel ärendetyper som kan sökas digitalt | 45 % | 80 %" in texts  # a target table row
    # facts and the introduction are not goals
    assert not any(t.startswith(("Norrviks kommun har drygt", "Kommunens verksamheter står")) for t in texts)
    assert not any(s.kind == "heading" and s.text.startswith(("1.", "4.")) for s in found)
    first = found[0]
    assert {r.code for r in first.reasons} >= {"marker", "date", "measure", "goal_heading", "list_item"}
    assert first.section == "3.2 Effektiv och hållbar verksamhet"


def test_vague_goals_are_flagged() -> None:
    by_text = {s.text: s for s in suggest_goals(agenda())}
    precise = by_text["Vi vill minska handläggningstiden för bygglov med 30 procent till 2026."]
    assert not precise.vague and precise.vague_reasons == ()
    vague = by_text["Medarbetare ska ha den digitala kompetens som krävs för uppdraget."]
    assert vague.vague and vague.vague_reasons == ("no_measure", "no_target", "no_date")
    row = by_text["Nöjd-Kund-Index, digitala tjänster | 61 | 70"]
    assert not row.vague  # a measure, a target value, dated by the table's header "Mål 2027"


def test_assess() -> None:
    a = assess("Senast 2027 ska minst 80 procent av ärendena kunna sökas digitalt.")
    assert (a.measure, a.target, a.date) == ("80 procent", "minst 80", "Senast 2027")
    a = assess("Handläggningstiden ska halveras.")
    assert a.measure == "Handläggningstiden" and a.target == "halveras" and a.date is None
    assert not a.vague and a.vague_reasons == ("no_date",)
    a = assess("By 2030 the council will reduce emissions by 50 percent.")
    assert a.measure and a.target and a.date == "By 2030"
    assert assess("Kommunen ska vara en attraktiv arbetsgivare.").vague


def test_english_goals_and_questions() -> None:
    doc = Document(
        id="en",
        title="Strategy",
        text="# Digital strategy\n\n## Goals\n\n- By 2027 the council shall offer 90 percent of its services online.\n"
        "- Should we measure satisfaction?\n\n## Background\n\nThe town has 55 000 residents.",
    )
    found = suggest_goals(doc)
    assert found[0].text.startswith("By 2027 the council shall offer 90 percent")
    assert not any(s.text.startswith("Should we") for s in found)
    assert not any("residents" in s.text for s in found)


def test_existing_goals_are_not_suggested_again() -> None:
    doc = agenda()
    quote = "Vi vill minska handläggningstiden för bygglov med 30 procent till 2026."
    found = suggest_goals(doc, existing=[Goal("g1", "agenda", quote)])
    assert quote not in [s.text for s in found]
    assert len(found) == len(suggest_goals(doc)) - 1


def test_find_quote_ignores_line_breaks_and_prefers_the_page() -> None:
    doc = Document(id="d", title="T", text="Första sidan.\fKommunen ska\n  automatisera moment.\fKommunen ska automatisera moment.")
    m = find_quote(doc, "Kommunen ska automatisera moment.")
    assert (m.page, doc.pages[1][m.start : m.end]) == (2, "Kommunen ska\n  automatisera moment.")  # type: ignore[union-attr]
    assert find_quote(doc, "Kommunen ska automatisera moment.", page=3).page == 3  # type: ignore[union-attr]
    assert find_quote(doc, "finns inte") is None
    assert find_quote(doc, "   ") is None


def test_section_of() -> None:
    heads = outline(agenda())
    doc = agenda()
    m = find_quote(doc, "Vi vill minska handläggningstiden")
    assert m is not None
    assert section_of(heads, m.page, m.start, 3).text == "3.2 Effektiv och hållbar verksamhet"  # type: ignore[union-attr]
    assert section_of(heads, m.page, m.start, 2).text == "3. Strategiska mål"  # type: ignore[union-attr]
    assert section_of(heads, 1, 0, 2) is None


def test_new_goal_id() -> None:
    gid = new_goal_id("Öppna data ska återanvändas av företag", [])
    assert gid == "g_oppna_data_ska_ateranvandas"
    assert new_goal_id("Öppna data ska återanvändas av företag", [gid]) == gid + "_2"
    assert new_goal_id("§§§", []) == "g_goal"


@given(st.lists(st.text(alphabet="abcåäö ska 2027 % -|#\n.", max_size=60), max_size=6))
def test_suggestions_are_always_verbatim(pages: list[str]) -> None:
    doc = Document(id="d", title="T", text="\f".join(pages))
    for s in suggest_goals(doc, min_score=-10):
        assert doc.pages[s.page - 1][s.start : s.end] == s.text
        assert s.text.strip()
