"""The documents step end to end: import real files on the worker thread (with progress, cancel
and bad files), read them page by page, search, quote goals from a selection, edit metadata,
remove, undo."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from diva_desktop.core.model import Model
from diva_desktop.ui.document import ProjectDocument
from diva_desktop.ui.models.documents_model import DocumentsTableModel
from diva_desktop.ui.panels.documents_panel import DocumentsPanel

DATA = Path(__file__).resolve().parents[1] / "data" / "documents"
AGENDA_MD = DATA / "digital-agenda-norrvik.md"


def _makers():
    if "make_documents" in sys.modules:
        return sys.modules["make_documents"]
    spec = importlib.util.spec_from_file_location("make_documents", DATA / "make_documents.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_documents"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def panel(qtbot, document: ProjectDocument) -> DocumentsPanel:
    widget = DocumentsPanel(document)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _import(qtbot, panel: DocumentsPanel, path: Path) -> str:
    with qtbot.waitSignal(panel.import_finished, timeout=60000) as blocker:
        panel.start_import(path)
    return blocker.args[0]


def test_import_markdown_agenda_and_undo(qtbot, panel: DocumentsPanel, document: ProjectDocument) -> None:
    doc_id = _import(qtbot, panel, AGENDA_MD)
    assert doc_id == "digital-agenda-norrvik"
    doc = document.model.document(doc_id)
    assert doc is not None and doc.title == "Digital agenda för Norrviks kommun 2025–2028"
    assert (doc.kind, doc.decided_by, doc.decision_date) == ("strategi", "KF", "2024-11-18")
    assert doc.validity == "2025–2028"  # guessed from the title
    assert panel.selected_document() == doc
    assert panel.title_edit.text() == doc.title
    assert panel.validity_edit.text() == "2025–2028"
    assert panel.reader.page_count == 1
    assert "Strategiska mål" in panel.reader.text.toPlainText()
    assert "suggested goal" in panel.message_label.text()
    assert not panel.progress_row.isVisible() and panel.import_button.isEnabled()
    document.undo_stack.undo()
    assert document.model.documents == ()
    assert panel.reader.text.toPlainText() == ""


def test_pdf_pages_search_and_quote_a_goal(qtbot, qapp, panel: DocumentsPanel, document: ProjectDocument, tmp_path: Path) -> None:
    make = _makers()
    pdf = tmp_path / "agenda.pdf"
    make.agenda_pdf(pdf)
    progress: list[float] = []
    panel.import_finished.connect(lambda _id: None)
    with qtbot.waitSignal(panel.import_finished, timeout=60000):
        panel.start_import(pdf)
        panel._signals.progress.connect(progress.append)  # type: ignore[union-attr]
    assert panel.reader.page_count == 3
    assert panel.reader.page == 1
    assert "Sida 1 av 3" not in panel.reader.text.toPlainText()  # the footer is gone
    assert "headers and footers were removed" in panel.message_label.text()
    # page navigation
    panel.reader.next_button.click()
    assert panel.reader.page == 2
    assert panel.reader.text.toPlainText().startswith("## 3. Strategiska mål")
    panel.reader.page_spin.setValue(3)
    assert panel.reader.page == 3 and not panel.reader.next_button.isEnabled()
    # search across pages: å ä ö and line breaks inside the phrase
    panel.reader.search_edit.setText("handläggningstiden för bygglov")
    assert len(panel.reader.hits()) == 1
    panel.reader.find_next()
    assert panel.reader.page == 2
    assert panel.reader.text.textCursor().selectedText() == "handläggningstiden för bygglov"
    panel.reader.search_edit.setText("")
    # select a passage (with its list marker) and make it a goal
    page = panel.reader.text.toPlainText()
    passage = "Vi vill minska handläggningstiden för bygglov med 30 procent till 2026."
    start = page.index(passage)
    panel.reader.select(start, start + len(passage))
    assert panel.make_goal_button.isEnabled()
    gid = panel.make_goal_from_selection()
    assert gid is not None
    goal = document.model.goal(gid)
    assert goal is not None and goal.quote == passage and goal.page == 2
    assert gid in [g for g, _a, _b in panel.reader.goal_ranges()]
    assert panel.paraphrase_edit.isEnabled() and panel.paraphrase_edit.hasFocus()
    panel.paraphrase_edit.setText("Bygglov ska gå en tredjedel snabbare.")
    panel.paraphrase_edit.editingFinished.emit()
    assert document.model.goal(gid).paraphrase == "Bygglov ska gå en tredjedel snabbare."  # type: ignore[union-attr]
    document.undo_stack.undo()
    assert document.model.goal(gid).paraphrase is None  # type: ignore[union-attr]
    document.undo_stack.undo()
    assert document.model.goal(gid) is None
    assert panel.reader.goal_ranges() == []


def test_bad_files_are_explained_and_nothing_is_added(qtbot, panel: DocumentsPanel, document: ProjectDocument, dialogs, tmp_path: Path) -> None:
    make = _makers()
    scanned = tmp_path / "skannad.pdf"
    make.scanned_pdf(scanned)
    with qtbot.waitSignal(panel.import_failed, timeout=60000) as blocker:
        panel.start_import(scanned)
    assert blocker.args[0][0].code == "no_text_layer"
    assert document.model.documents == ()
    assert "skannad.pdf has no text layer" in panel.message_label.text()
    assert any("no text layer" in t for t in dialogs.texts("warning"))
    fake = tmp_path / "plan.docx"
    fake.write_text("bara text", encoding="utf-8")
    with qtbot.waitSignal(panel.import_failed, timeout=60000):
        panel.start_import(fake)
    assert "is not what its name says" in panel.message_label.text()
    assert document.model.documents == () and document.undo_stack.count() == 0


def test_cancel_a_long_import(qtbot, qapp, panel: DocumentsPanel, document: ProjectDocument, tmp_path: Path) -> None:
    make = _makers()
    pdf = tmp_path / "lang.pdf"
    make.long_pdf(pdf, pages=40)
    with qtbot.waitSignal(panel.import_cancelled, timeout=60000):
        panel.start_import(pdf)
        assert panel.importing and panel.progress_row.isVisible()
        panel._signals.progress.connect(lambda _f: panel.cancel_button.click())  # type: ignore[union-attr]
    assert document.model.documents == ()
    assert "cancelled" in panel.message_label.text()
    assert not panel.importing and panel.import_button.isEnabled()
    assert panel.wait_for_import()


def test_metadata_edits_are_undoable(qtbot, panel: DocumentsPanel, document: ProjectDocument, example_model: Model, dialogs) -> None:
    document.reset(example_model)
    QApplication.processEvents()
    assert panel.selected_document() is not None
    assert panel.reader.page_count == 4
    assert len(panel.reader.goal_ranges()) == 1  # g_valfard on page 1
    assert panel.show_goal("g_kompetens")
    assert panel.reader.page == 3
    assert panel.reader.text.textCursor().selectedText() == "Medarbetare ska ha den digitala kompetens som krävs för uppdraget."
    assert "g_kompetens" in panel.goal_label.text()
    panel.title_edit.setText("Digital agenda 2025–2028")
    panel.title_edit.editingFinished.emit()
    assert document.model.documents[0].title == "Digital agenda 2025–2028"
    panel.date_edit.setText("18 november 2024")
    panel.date_edit.editingFinished.emit()
    assert document.model.documents[0].decision_date == "2024-11-18"  # refused: not ISO
    assert "YYYY-MM-DD" in panel.date_edit.toolTip()
    panel.kind_combo.setCurrentIndex(panel.kind_combo.findData("plan"))
    panel.kind_combo.activated.emit(panel.kind_combo.currentIndex())
    assert document.model.documents[0].kind == "plan"
    # validity: free text, shown from the model, edited through UpdateDocument
    assert panel.validity_edit.text() == example_model.documents[0].validity == "2025–2028"
    panel.validity_edit.setText("  tills vidare ")
    panel.validity_edit.editingFinished.emit()
    assert document.model.documents[0].validity == "tills vidare"
    assert document.undo_stack.undoText().startswith("Edit")
    document.undo_stack.undo()
    assert document.model.documents[0].validity == "2025–2028"
    assert panel.validity_edit.text() == "2025–2028"
    document.undo_stack.redo()
    panel.validity_edit.setText("")
    panel.validity_edit.editingFinished.emit()
    assert document.model.documents[0].validity is None  # cleared
    document.undo_stack.undo()
    document.undo_stack.undo()
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert document.model.documents[0] == example_model.documents[0]
    # remove with its goals, after a confirmation
    dialogs.question = dialogs.question.Yes
    panel.remove_button.click()
    assert document.model.documents == () and document.model.goals == ()
    assert "19 goal(s)" in dialogs.texts("question")[-1]
    document.undo_stack.undo()
    assert document.model == example_model


def test_documents_model(qtmodeltester, qtbot, example_model: Model) -> None:
    doc = ProjectDocument(example_model)
    model = DocumentsTableModel(doc)
    qtmodeltester.check(model)
    assert model.rowCount() == 1
    assert model.index(0, 6).data() == "19"


def test_validity_field_speaks_swedish(qtbot, qapp, document: ProjectDocument, example_model: Model) -> None:
    from PySide6.QtWidgets import QFormLayout

    from diva_desktop.ui import i18n

    translators = i18n.install_translators(qapp, "sv")
    try:
        document.reset(example_model)
        panel = DocumentsPanel(document)
        qtbot.addWidget(panel)
        form = panel.form_box.layout()
        assert isinstance(form, QFormLayout)
        assert form.labelForField(panel.validity_edit).text() == "Gi&ltighetstid"
        assert panel.validity_edit.placeholderText() == "t.ex. 2025–2028, tills vidare"
    finally:
        i18n.remove_translators(qapp, translators)
        i18n.install_translators(qapp, "en")
