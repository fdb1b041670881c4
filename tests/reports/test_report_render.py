"""HTML is well-formed and accessible, the PDF is valid and prints Swedish letters, both reproducible."""

from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import pytest
from pypdf import PdfReader

from diva_desktop.reports import build_report, render
from diva_desktop.reports import pdf as pdf_module
from diva_desktop.reports.html import render_html

DATE = "2026-11-27"
XHTML = "{http://www.w3.org/1999/xhtml}"
CASES = [
    (m, a, lang)
    for m in ("norrvik", "small")
    for a in ("citizens", "decision-makers")
    for lang in ("sv", "en")
]


class _Strict(HTMLParser):
    """Checks that every element is closed in order (void elements self-closed)."""

    VOID = frozenset({"meta", "br", "img", "hr", "link", "input"})

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.errors: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        pass  # <br/>, <meta ... />: complete in themselves

    def handle_endtag(self, tag):
        if not self.stack or self.stack.pop() != tag:
            self.errors.append(tag)


@pytest.fixture(scope="module")
def reports(models, results):
    return {
        (m, a, lang): build_report(models[m], audience=a, language=lang, date=DATE, results=results[m])
        for m, a, lang in CASES
    }


@pytest.mark.parametrize("case", CASES, ids="-".join)
def test_html_is_well_formed_and_accessible(reports, case) -> None:
    report = reports[case]
    text = render_html(report)
    root = ET.fromstring(text)  # well-formed XML (XHTML)
    assert root.get("lang") == case[2]
    parser = _Strict()
    parser.feed(text)
    parser.close()
    assert parser.errors == [] and parser.stack == []
    # semantic headings: one h1, sections with h2
    assert len(root.findall(f".//{XHTML}h1")) == 1
    assert len(root.findall(f".//{XHTML}h2")) == len(report.sections)
    tables = root.findall(f".//{XHTML}table")
    assert tables
    for table in tables:
        assert (table.find(f"{XHTML}caption").text or "").strip()
        for th in table.findall(f"{XHTML}thead/{XHTML}tr/{XHTML}th"):
            assert th.get("scope") == "col"
        for row in table.findall(f"{XHTML}tbody/{XHTML}tr"):
            assert row[0].tag == f"{XHTML}th" and row[0].get("scope") == "row"
    svgs = root.findall(".//{http://www.w3.org/2000/svg}svg")
    if case[1] == "decision-makers":
        assert len(svgs) >= 2
    for svg in svgs:
        assert svg.get("role") == "img"
        title = svg.find("{http://www.w3.org/2000/svg}title")
        desc = svg.find("{http://www.w3.org/2000/svg}desc")
        assert title is not None and (title.text or "").strip()
        assert desc is not None and len(desc.text or "") > 20
    # self-contained: no scripts, links, external images or fonts
    assert not re.search(r"<(script|link|iframe)\b", text)
    assert not re.search(r"""(src|href)=["'](https?:|//)""", text)
    assert "@import" not in text and "url(" not in text
    assert "@media print" in text and "size: A4" in text


@pytest.mark.parametrize("case", CASES, ids="-".join)
def test_pdf_is_valid_and_prints_the_text(reports, case) -> None:
    data = render(reports[case], "pdf")
    assert data.startswith(b"%PDF-")
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) >= 2  # title page and content
    text = "\n".join(page.extract_text() for page in reader.pages)
    flat = " ".join(text.split())
    if case[2] == "sv":
        words = {
            "citizens": ["Vad kommunen vill uppnå", "Hur säkra är vi?", "Investeringarna vi har jämfört"],
            "decision-makers": ["Sammanfattning", "Värdeintervall", "Kärnindex", "Känslighetsanalys"],
        }[case[1]]
        assert "Sida 2" in flat
    else:
        words = {
            "citizens": ["What the municipality wants to achieve", "How sure are we?"],
            "decision-makers": ["Summary", "Value intervals", "Core index", "Sensitivity"],
        }[case[1]]
        assert "Page 2" in flat
    for word in words:
        assert word in flat, word
    assert "Nollalternativ" in flat
    fonts = {
        str(f.get_object().get("/BaseFont"))
        for page in reader.pages
        for f in (page.get("/Resources", {}).get("/Font", {}) or {}).values()
    }
    assert any("DejaVuSans" in name for name in fonts), fonts
    assert reader.metadata is not None and reports[case].title in (reader.metadata.title or "")


def test_rendering_is_reproducible(models, results) -> None:
    a = build_report(models["small"], audience="decision-makers", language="sv", date=DATE)
    b = build_report(
        models["small"], audience="decision-makers", language="sv", date=DATE, results=results["small"]
    )
    assert render(a, "html") == render(b, "html")
    assert render(a, "pdf") == render(b, "pdf")


def test_unknown_format_is_refused(reports) -> None:
    with pytest.raises(ValueError, match="html or pdf"):
        render(reports[CASES[0]], "docx")


def test_missing_font_names_the_fix(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf_module, "resources_dir", lambda: tmp_path)
    monkeypatch.setattr(pdf_module, "SYSTEM_FONT_DIR", tmp_path / "none")
    with pytest.raises(pdf_module.FontMissingError, match="fonts-dejavu-core") as exc:
        pdf_module.font_file(pdf_module.FONT)
    assert "reinstall DIVÄ Desktop" in str(exc.value)


def test_the_fonts_ship_with_their_licence() -> None:
    fonts = Path(pdf_module.__file__).resolve().parents[2] / "resources" / "fonts"
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"):
        assert (fonts / name).stat().st_size > 500_000
        assert pdf_module.font_file(pdf_module.FONT).parent == fonts
    licence = (fonts / "LICENSE-DejaVu.txt").read_text(encoding="utf-8")
    assert "Bitstream" in licence and "Permission is hereby granted" in licence
