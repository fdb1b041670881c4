"""The alternatives editor end to end: build the example's alternatives from nothing,
refuse bad input, duplicate, delete with confirmation, reorder, undo and redo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox
from ui_helpers import type_text

from diva_desktop.core.model import Model
from diva_desktop.ui.document import ProjectDocument
from diva_desktop.ui.models.alternatives_model import (
    COST,
    DESCRIPTION,
    DO_NOTHING,
    NAME,
    RESOURCES,
    format_resources,
)
from diva_desktop.ui.numbers import format_plain
from diva_desktop.ui.panels.alternatives_panel import AlternativesPanel, NumberValidator


def _panel(qtbot, document: ProjectDocument) -> AlternativesPanel:
    widget = AlternativesPanel(document)
    qtbot.addWidget(widget)
    widget.resize(1100, 650)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)
    return widget


def _edit_cell(qtbot, panel: AlternativesPanel, row: int, column: int, text: str) -> None:
    table = panel.table
    table.setFocus()
    table.setCurrentIndex(panel.model.index(row, column))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit), editor
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    type_text(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()


def shape(model: Model) -> list[tuple]:
    return [(a.name, a.description, a.cost, dict(a.resources), a.do_nothing) for a in model.alternatives]


def test_build_the_example_alternatives_from_scratch(qtbot, document, example_model, swedish) -> None:
    panel = _panel(qtbot, document)
    for alt in example_model.alternatives:
        panel.table.setFocus()
        qtbot.keyClick(panel.table, Qt.Key.Key_Insert)
        editor = QApplication.focusWidget()
        assert isinstance(editor, QLineEdit)
        editor.selectAll()
        type_text(editor, alt.name)
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        QApplication.processEvents()
        row = panel.model.row_of(panel.current_id())  # type: ignore[arg-type]
        if alt.description:
            _edit_cell(qtbot, panel, row, DESCRIPTION, alt.description)
        _edit_cell(qtbot, panel, row, COST, format_plain(alt.cost, swedish))
        if alt.resources:
            _edit_cell(qtbot, panel, row, RESOURCES, format_resources(alt.resources, plain=True))
        if alt.do_nothing:
            panel.table.setCurrentIndex(panel.model.index(row, DO_NOTHING))
            assert panel.model.setData(
                panel.model.index(row, DO_NOTHING), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
            )
    assert shape(document.model) == shape(example_model)

    built = document.model
    while document.undo_stack.canUndo():
        document.undo_stack.undo()
    assert document.model == Model()
    while document.undo_stack.canRedo():
        document.undo_stack.redo()
    assert document.model == built


def test_cost_editor_refuses_letters(qtbot, example_model, swedish) -> None:
    doc = ProjectDocument(example_model)
    panel = _panel(qtbot, doc)
    panel.table.setFocus()
    panel.table.setCurrentIndex(panel.model.index(0, COST))
    qtbot.keyClick(panel.table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    type_text(editor, "abc")
    assert editor.text() == ""  # the validator refuses every letter
    type_text(editor, "12,5")
    assert editor.text() == "12,5"
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    QApplication.processEvents()
    assert doc.model is example_model
    validator = NumberValidator()
    assert validator.validate("1 200 000,5", 0)[0] == NumberValidator.State.Acceptable
    assert validator.validate("12 kr", 0)[0] == NumberValidator.State.Invalid


def test_non_numeric_cost_via_model_leaves_model_unchanged(qtbot, example_model) -> None:
    doc = ProjectDocument(example_model)
    panel = _panel(qtbot, doc)
    errors = []
    doc.error.connect(errors.append)
    assert not panel.model.setData(panel.model.index(2, COST), "tre miljoner")
    assert doc.model is example_model
    assert errors[0][0].code == "not_a_number"


def test_duplicate_copies_scores_and_is_one_step(qtbot, example_model) -> None:
    doc = ProjectDocument(example_model)
    panel = _panel(qtbot, doc)
    panel.select("rpa_ekonomi")
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    copy_id = panel.current_id()
    assert copy_id is not None and copy_id != "rpa_ekonomi"
    copy = doc.model.alternative(copy_id)
    assert copy is not None
    assert copy.name == "RPA för ekonomiadministration (copy)"
    assert doc.model.scores[copy_id] == doc.model.scores["rpa_ekonomi"]
    assert doc.undo_stack.count() == 1
    assert doc.undo_stack.undoText() == "Duplicate alternative ‘RPA för ekonomiadministration’"
    doc.undo_stack.undo()
    assert doc.model == example_model


def test_delete_with_scores_asks_first(qtbot, example_model, dialogs) -> None:
    doc = ProjectDocument(example_model)
    panel = _panel(qtbot, doc)
    panel.select("isms")
    dialogs.question = QMessageBox.StandardButton.No
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert doc.model is example_model
    assert dialogs.texts("question")
    dialogs.question = QMessageBox.StandardButton.Yes
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert doc.model.alternative("isms") is None
    assert "isms" not in doc.model.scores
    doc.undo_stack.undo()
    assert doc.model == example_model


def test_reorder_with_keyboard(qtbot, example_model) -> None:
    doc = ProjectDocument(example_model)
    panel = _panel(qtbot, doc)
    panel.select("rpa_ekonomi")
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert doc.model.alternative_ids()[1] == "rpa_ekonomi"
    assert panel.current_id() == "rpa_ekonomi"
    qtbot.keyClick(panel.table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert doc.model.alternatives == example_model.alternatives


def test_do_nothing_mark_moves(qtbot, example_model) -> None:
    doc = ProjectDocument(example_model)
    panel = _panel(qtbot, doc)
    row = panel.model.row_of("kompetenslyft")
    assert panel.model.setData(panel.model.index(row, DO_NOTHING), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert [a.id for a in doc.model.alternatives if a.do_nothing] == ["kompetenslyft"]
    # an alternative named in the portfolio constraints cannot be the do-nothing one
    errors = []
    doc.error.connect(errors.append)
    row = panel.model.row_of("e_arkiv")
    assert not panel.model.setData(
        panel.model.index(row, DO_NOTHING), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )
    assert errors[0][0].code == "do_nothing_in_portfolio"


@pytest.mark.parametrize("text", ["", "   "])
def test_empty_name_is_refused(qtbot, example_model, text) -> None:
    doc = ProjectDocument(example_model)
    panel = _panel(qtbot, doc)
    assert not panel.model.setData(panel.model.index(0, NAME), text)
    assert doc.model is example_model


def test_description_box_edits_the_current_alternative(qtbot, example_model) -> None:
    doc = ProjectDocument(example_model)
    panel = _panel(qtbot, doc)
    panel.select("iam")
    panel.description_edit.setFocus()
    panel.description_edit.setPlainText("Ny beskrivning\nmed två rader")
    panel.table.setFocus()
    assert doc.model.alternative("iam").description == "Ny beskrivning\nmed två rader"  # type: ignore[union-attr]
    assert panel.description_edit.accessibleName()
    assert panel.table.accessibleName()


def test_drag_a_row_onto_another(qtbot, example_model) -> None:
    from PySide6.QtCore import QEvent, QPointF
    from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent

    doc = ProjectDocument(example_model)
    panel = _panel(qtbot, doc)
    data = panel.model.mimeData([panel.model.index(0, NAME)])
    rect = panel.table.visualRect(panel.model.index(4, NAME))
    pos = QPointF(rect.center().x(), rect.top() + 2)  # just above the 5th row
    viewport = panel.table.viewport()
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    QApplication.sendEvent(viewport, QDragEnterEvent(pos.toPoint(), Qt.DropAction.MoveAction, data, buttons, mods))
    QApplication.sendEvent(viewport, QDragMoveEvent(pos.toPoint(), Qt.DropAction.MoveAction, data, buttons, mods))
    QApplication.sendEvent(viewport, QDropEvent(pos, Qt.DropAction.MoveAction, data, buttons, mods, QEvent.Type.Drop))
    ids = doc.model.alternative_ids()
    assert ids.index(example_model.alternatives[0].id) == 3  # before the old 5th row
    assert len(ids) == len(example_model.alternatives)
    assert doc.undo_stack.count() == 1
