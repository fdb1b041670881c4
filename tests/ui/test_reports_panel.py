"""The Reports step: preview, audience and language, export identical to ``diva report``, stale marking."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from ui_helpers import EXAMPLE

from diva_desktop import cli
from diva_desktop.core.commands import UpdateAlternative
from diva_desktop.core.model import Model
from diva_desktop.reports import build_report, render
from diva_desktop.ui import i18n
from diva_desktop.ui.document import ProjectDocument
from diva_desktop.ui.main_window import STEPS, load_panel_class
from diva_desktop.ui.panels.reports_panel import ReportsPanel

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def panel(qtbot, document: ProjectDocument, example_model: Model) -> ReportsPanel:
    document.reset(example_model)
    widget = ReportsPanel(document)
    qtbot.addWidget(widget)
    widget.run()
    widget.runner.wait()
    return widget


def test_the_workflow_step_exists() -> None:
    step = next(s for s in STEPS if s.key == "reports")
    assert load_panel_class(step) is ReportsPanel


def test_preview_follows_audience_and_language(panel: ReportsPanel) -> None:
    assert panel.language() == "sv"  # the example's language
    assert panel.audience() == "decision-makers"
    text = panel.preview_text()
    assert "Beslutsunderlag för beslutsfattare" in text and "Rangacceptans" in text
    assert panel.preview.images, "figures are painted for the preview"
    assert all(not image.isNull() for image in panel.preview.images.values())
    panel.set_choices(audience="citizens", language="en")
    text = panel.preview_text()
    assert "What the municipality wants to achieve" in text
    assert "Rank acceptabilities" not in text
    assert not panel.controls.is_stale()


@pytest.mark.parametrize(
    ("fmt", "audience", "language"), [("html", "citizens", "sv"), ("pdf", "decision-makers", "en")]
)
def test_export_writes_what_the_command_line_writes(  # noqa: PLR0917 - fixtures and parameters
    panel: ReportsPanel, dialogs, tmp_path: Path, fmt: str, audience: str, language: str
) -> None:
    panel.set_choices(audience=audience, language=language)
    dialogs.save_file = str(tmp_path / "från panelen")  # the suffix is added
    written = panel.export(fmt)
    assert written == tmp_path / f"från panelen.{fmt}"
    assert ("save", "", "") in dialogs.shown
    out = tmp_path / f"cli.{fmt}"
    assert cli.main(["report", str(EXAMPLE), "-o", str(out), "--audience", audience, "--lang", language]) == 0
    assert written.read_bytes() == out.read_bytes()


def test_an_edit_makes_the_report_stale_and_export_recomputes(
    panel: ReportsPanel, document: ProjectDocument, tmp_path: Path
) -> None:
    assert not panel.is_stale()
    assert document.execute(UpdateAlternative("rpa_ekonomi", name="Robotar i ekonomin"))
    assert panel.is_stale()
    assert panel.controls.is_stale()
    assert "Out of date" in panel.controls.status_label.text()
    panel.set_choices(audience="decision-makers", language="sv")
    written = panel.export("html", str(tmp_path / "ny.html"))
    assert written is not None
    text = written.read_text(encoding="utf-8")
    assert "Robotar i ekonomin" in text and "RPA för ekonomiadministration" not in text
    expected = build_report(
        document.model, audience="decision-makers", language="sv", date=dt.date.today().isoformat()
    )
    assert written.read_bytes() == render(expected, "html")
    assert not panel.is_stale()
    ET.fromstring(text)


def test_export_errors_name_the_file_and_the_fix(panel: ReportsPanel, dialogs, tmp_path: Path) -> None:
    target = tmp_path / "saknas" / "rapport.pdf"
    assert panel.export("pdf", str(target)) is None
    warnings = dialogs.texts("warning")
    assert len(warnings) == 1
    assert str(target) in warnings[0] and "Choose a folder" in warnings[0]
    assert not target.exists()


def test_cancelled_dialog_writes_nothing(panel: ReportsPanel, dialogs, tmp_path: Path) -> None:
    dialogs.save_file = ""
    assert panel.export("pdf") is None
    assert list(tmp_path.iterdir()) == []


def test_an_empty_project_asks_for_content(qtbot, document: ProjectDocument) -> None:
    widget = ReportsPanel(document)
    qtbot.addWidget(widget)
    assert widget.run() is None
    assert not widget.export_pdf_button.isEnabled()
    assert "Add criteria and alternatives" in widget.controls.status_label.text()


def test_panel_speaks_swedish_and_the_report_ts_is_harmless(qtbot, qapp, document, example_model) -> None:
    """Every *_sv.ts is installed as a Qt translation, reports_sv.ts too: it only adds its own context."""
    assert ROOT / "resources" / "translations" / "reports_sv.ts" in i18n.ts_files("sv")
    translators = i18n.install_translators(qapp, "sv")
    try:
        document.reset(example_model)
        widget = ReportsPanel(document)
        qtbot.addWidget(widget)
        assert widget.export_pdf_button.text() == "Exportera &PDF…"
        assert widget.audience_combo.itemText(0) == "Invånare (klarspråk)"
        assert QCoreApplication.translate("Report", "Core index") == "Kärnindex"
        assert QCoreApplication.translate("Workflow", "Reports") in ("Rapporter", "Reports")
        # the report's language is its own choice, not the interface's
        widget.set_choices(language="en")
        widget.run()
        widget.runner.wait()
        assert "Summary" in widget.preview_text()
    finally:
        i18n.remove_translators(qapp, translators)
        i18n.install_translators(qapp, "en")
