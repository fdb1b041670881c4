"""Every report string is in reports_sv.ts and translated; the reports package needs no Qt."""

from __future__ import annotations

import re
import shutil
import string
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from diva_desktop.reports import build_report
from diva_desktop.reports.html import render_html
from diva_desktop.reports.i18n import ReportTranslator, translations, ts_path

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "reports_sv.ts"


def _entries(ts: Path) -> dict[tuple[str, str], ET.Element]:
    out = {}
    for ctx in ET.parse(ts).getroot().iter("context"):
        for m in ctx.iter("message"):
            out[(ctx.findtext("name") or "", m.findtext("source") or "")] = m
    return out


def test_lupdate_finds_exactly_the_strings_of_the_ts(tmp_path: Path) -> None:
    """What pyside6-lupdate collects from diva_desktop/reports is all in reports_sv.ts, and no more."""
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    exe = str(lupdate) if lupdate.exists() else shutil.which("pyside6-lupdate")
    if exe is None:
        pytest.skip("pyside6-lupdate is not installed")
    files = sorted(str(p) for p in (ROOT / "diva_desktop" / "reports").glob("*.py"))
    fresh = tmp_path / "fresh.ts"
    subprocess.run([exe, *files, "-ts", str(fresh)], check=True, capture_output=True, timeout=120)
    collected = set(_entries(fresh))
    have = set(_entries(TS))
    assert collected, "lupdate found no report strings"
    assert collected - have == set(), (
        "run pyside6-lupdate on diva_desktop/reports into reports_sv.ts and translate"
    )
    assert have - collected == set(), "reports_sv.ts has strings the code no longer uses"


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_entry_is_translated_and_keeps_its_placeholders() -> None:
    entries = _entries(TS)
    assert {ctx for ctx, _ in entries} == {"Report"}
    for (_ctx, source), m in entries.items():
        tr = m.find("translation")
        assert tr is not None and tr.get("type") is None and (tr.text or "").strip(), source
        assert _fields(source) == _fields(tr.text or ""), source
    assert ts_path("sv") == TS
    assert len(translations("sv")) == len(entries)


def test_glossary_terms() -> None:
    table = translations("sv")
    assert table["Rank acceptabilities"] == "Rangacceptans"
    assert table["Core index"] == "Kärnindex"
    assert table["Stable interval"] == "Stabilt intervall"
    assert table["borderline"] == "gränsfall"
    assert table["Decision basis for decision-makers"] == "Beslutsunderlag för beslutsfattare"
    assert "invånare" in table["What we want to achieve and what we propose – for residents"]
    assert ReportTranslator("sv")("{a} dominates {b}", a="X", b="Y") == "X dominerar Y"
    assert ReportTranslator("en")("{a} dominates {b}", a="X", b="Y") == "X dominates Y"
    with pytest.raises(ValueError):
        ReportTranslator("de")


@pytest.mark.parametrize("audience", ["citizens", "decision-makers"])
def test_a_swedish_report_has_no_english_sentences(models, results, audience) -> None:
    report = build_report(
        models["norrvik"], audience=audience, language="sv", date="2026-11-27", results=results["norrvik"]
    )
    text = re.sub(r"<[^>]+>", " ", render_html(report))
    sources = [src for (_ctx, src) in _entries(TS) if len(src) > 12]
    prefixes = {s: s.split("{")[0].strip() for s in sources}
    english = [s for s, prefix in prefixes.items() if len(prefix) >= 8 and prefix in text]
    assert english == []


def test_the_reports_package_loads_no_qt() -> None:
    code = (
        "import sys\n"
        "from diva_desktop.io.json_model import load_model_file\n"
        "from diva_desktop.reports import build_report, render\n"
        f"m = load_model_file({str(ROOT / 'tests' / 'data' / 'small-model.json')!r})\n"
        "r = build_report(m, audience='citizens', language='sv')\n"
        "render(r, 'pdf'); render(r, 'html')\n"
        "bad = [n for n in sys.modules if n.startswith(('PySide6', 'pyqtgraph', 'shiboken'))]\n"
        "assert not bad, bad\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=300, check=False
    )
    assert proc.returncode == 0, proc.stderr
