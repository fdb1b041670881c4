"""The traceability matrix: filters, export to CSV and Excel, goals per investment, and the
Swedish translation of the documents, goals and traceability steps."""

from __future__ import annotations

import csv
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
        "Nöjd-Kund" in (r.quote + r.leaf_name + r.criterion_name + r.indicator_name)
        for r in panel.proxy.visible_rows()
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


def test_goals_per_investment_and_updates(
    qtbot, panel: TraceabilityPanel, document: ProjectDocument, example_model: Model
) -> None:
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
    missing = [
        r
        for r in panel.model.rows
        if r.alternative == "digital_bygglov" and r.leaf == "handlaggningstid_bygglov"
    ]
    assert missing and all(r.score == "" for r in missing)
    assert "handläggningstiden för bygglov" not in panel.investment_text.toPlainText()


# ---------------------------------------------------------------------------
# Swedish
# ---------------------------------------------------------------------------


def test_panels_speak_swedish(qtbot, qapp, document: ProjectDocument, example_model: Model) -> None:
    translators = i18n.install_translators(qapp, "sv")
    try:
        document.reset(example_model)
        panel = TraceabilityPanel(document)
        qtbot.addWidget(panel)
        assert panel.export_csv_button.text() == "Exportera &CSV…"
        assert (
            panel.model.headerData(SHOWN.index("alternative_name"), Qt.Orientation.Horizontal)
            == "Investering"
        )
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
