"""Every report string is in reports_sv.ts and translated; the reports package needs no Qt."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from diva_desktop.reports import build_report
from diva_desktop.reports.html import render_html
from diva_desktop.reports.i18n import ReportTranslator, translations

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "reports_sv.ts"


def _entries(ts: Path) -> dict[tuple[str, str], ET.Element]:
    out = {}
    for ctx in ET.parse(ts).getroot().iter("context"):
        for m in ctx.iter("message"):
            out[(ctx.findtext("name") or "", m.findtext("source") or "")] = m
    return out


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
