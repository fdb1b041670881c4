"""The traceability matrix: filters, export to CSV and Excel, goals per investment, and the
Swedish translation of the documents, goals and traceability steps."""

from __future__ import annotations

import csv
import string
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from diva_desktop.core.commands import SetScore
from diva_desktop.core.model import Model
from diva_desktop.core.traceability import goals_for_alternative, trace_rows
from diva_desktop.ui import i18n
from diva_desktop.ui.document import ProjectDocument
from diva_desktop.ui.models.trace_model import SHOWN, TraceFilterModel, TraceTableModel
from diva_desktop.ui.panels.documents_panel import DocumentsPanel
from diva_desktop.ui.panels.goals_panel import GoalsPanel
from diva_desktop.ui.panels.traceability_panel import TraceabilityPanel

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "documents_sv.ts"


@pytest.fixture
def panel(qtbot, document: ProjectDocument, example_model: Model) -> TraceabilityPanel:
    document.reset(example_model)
    widget = TraceabilityPanel(document)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_models_pass_the_model_tester(qtmodeltester, qtbot, example_model: Model) -> None:
    doc = ProjectDocument(example_model)
    model = TraceTableModel(doc)
    qtmodeltester.check(model)
    proxy = TraceFilterModel()
    proxy.setSourceModel(model)
    proxy.set_filters(alternative="e_tjansteplattform")
    qtmodeltester.check(proxy)


def test_filters_match_the_core_rows(qtbot, panel: TraceabilityPanel, example_model: Model) -> None:
    rows = trace_rows(example_model)
    assert panel.proxy.rowCount() == len(rows)
    panel.set_filters(alternative="digital_bygglov")
    assert panel.proxy.rowCount() == sum(r.alternative == "digital_bygglov" for r in rows)
    panel.set_filters(alternative="digital_bygglov", goal="g_bygglov")
    shown = panel.proxy.visible_rows()
    assert shown and all(r.goal == "g_bygglov" and r.alternative == "digital_bygglov" for r in shown)
    assert any(r.indicator == "ind_bygglov" for r in shown)
    panel.set_filters(criterion="digitala_arenden")
    assert all("digitala_arenden" in (r.criterion, r.leaf) for r in panel.proxy.visible_rows())
    panel.set_filters(text="Nöjd-Kund")
    assert panel.proxy.rowCount() and all(
        "Nöjd-Kund" in (r.quote + r.leaf_name + r.criterion_name + r.indicator_name) for r in panel.proxy.visible_rows()
    )
    panel.clear_filters()
    assert panel.proxy.rowCount() == len(rows)
    assert panel.count_label.text() == f"{len(rows)} of {len(rows)} rows"


def test_export_csv_and_xlsx(qtbot, panel: TraceabilityPanel, dialogs, tmp_path: Path) -> None:
    panel.set_filters(alternative="e_tjansteplattform")
    n = panel.proxy.rowCount()
    dialogs.save_file = str(tmp_path / "spårbarhet.csv")
    panel.export_csv_button.click()
    with (tmp_path / "spårbarhet.csv").open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh, delimiter=";"))
    assert rows[0][:3] == ["Document", "Page", "Goal"]
    assert len(rows) == n + 1
    assert all(r[rows[0].index("Investment")] == "E-tjänsteplattform" for r in rows[1:])
    dialogs.save_file = str(tmp_path / "spårbarhet")  # the extension is added
    panel.export_xlsx_button.click()
    from openpyxl import load_workbook

    ws = load_workbook(tmp_path / "spårbarhet.xlsx").active
    assert ws.max_row == n + 1
    dialogs.save_file = ""  # cancelled
    assert panel.export(".csv") is None


def test_goals_per_investment_and_updates(qtbot, panel: TraceabilityPanel, document: ProjectDocument, example_model: Model) -> None:
    panel.show_investment("digital_bygglov")
    text = panel.investment_text.toPlainText()
    served = goals_for_alternative(example_model, "digital_bygglov")
    assert "This investment serves these goals (compared with Nollalternativ)" in text
    assert " ".join(served[0].goal.quote.split()) in text
    assert text.index("handläggningstiden för bygglov") < text.index(" ".join(served[-1].goal.quote.split()))
    before = panel.model.rowCount()
    assert document.execute(SetScore("digital_bygglov", "handlaggningstid_bygglov", None))
    QApplication.processEvents()
    assert panel.model.rowCount() == before  # the rows stay, the score is missing
    missing = [r for r in panel.model.rows if r.alternative == "digital_bygglov" and r.leaf == "handlaggningstid_bygglov"]
    assert missing and all(r.score == "" for r in missing)
    assert "handläggningstiden för bygglov" not in panel.investment_text.toPlainText()


# ---------------------------------------------------------------------------
# Swedish
# ---------------------------------------------------------------------------


def _messages() -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(TS).getroot()
    return [
        (ctx.findtext("name") or "", m.findtext("source") or "", m)
        for ctx in root.iter("context")
        for m in ctx.iter("message")
    ]


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_swedish_translation_is_complete_and_keeps_placeholders() -> None:
    messages = _messages()
    assert len(messages) > 150
    for ctx, source, m in messages:
        tr = m.find("translation")
        assert tr is not None and tr.get("type") not in ("unfinished", "vanished", "obsolete"), (ctx, source)
        text = tr.text or ""
        assert text.strip(), (ctx, source)
        assert _fields(source) == _fields(text), (ctx, source, text)
        assert source.count("&") - 2 * source.count("&&") == text.count("&") - 2 * text.count("&&"), (ctx, source, text)


def test_every_string_of_these_steps_is_in_the_ts(tmp_path: Path) -> None:
    """What pyside6-lupdate collects from these steps' code is all in documents_sv.ts."""
    import shutil
    import subprocess
    import sys

    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    exe = str(lupdate) if lupdate.exists() else shutil.which("pyside6-lupdate")
    if exe is None:
        pytest.skip("pyside6-lupdate is not installed")
    ui = ROOT / "diva_desktop" / "ui"
    files = [ui / "panels" / f"{n}_panel.py" for n in ("documents", "goals", "traceability")]
    files += [ui / "models" / f"{n}_model.py" for n in ("documents", "goals", "trace")]
    fresh = tmp_path / "fresh.ts"
    subprocess.run([exe, *map(str, files), "-ts", str(fresh)], check=True, capture_output=True, timeout=120)
    collected = {
        (ctx.findtext("name"), m.findtext("source"))
        for ctx in ET.parse(fresh).getroot().iter("context")
        for m in ctx.iter("message")
    }
    have = {(ctx, src) for ctx, src, _ in _messages()}
    assert collected - have == set(), "run pyside6-lupdate on these files into documents_sv.ts and translate"
    assert have - collected == set(), "documents_sv.ts has strings the code no longer uses"


def test_panels_speak_swedish(qtbot, qapp, document: ProjectDocument, example_model: Model) -> None:
    translators = i18n.install_translators(qapp, "sv")
    try:
        document.reset(example_model)
        panel = TraceabilityPanel(document)
        qtbot.addWidget(panel)
        assert panel.export_csv_button.text() == "Exportera &CSV…"
        assert panel.model.headerData(SHOWN.index("alternative_name"), Qt.Orientation.Horizontal) == "Investering"
        assert QCoreApplication.translate("GoalClarity", "vague") == "vagt"
        panel.show_investment("digital_bygglov")
        text = panel.investment_text.toPlainText()
        assert "Investeringen bidrar till dessa mål" in text
        assert "genom Handläggningstid bygglov (+0,50)" in text  # decimal comma
        goals = GoalsPanel(document)
        qtbot.addWidget(goals)
        assert goals.tabs.tabText(0) == "Mål och kriterier"
        docs = DocumentsPanel(document)
        qtbot.addWidget(docs)
        assert docs.import_button.text() == "&Importera dokument…"
    finally:
        i18n.remove_translators(qapp, translators)
        i18n.install_translators(qapp, "en")
    assert QCoreApplication.translate("TraceTableModel", "Investment") == "Investment"
