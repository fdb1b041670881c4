"""The criteria editor end to end: build the example's tree from nothing with the keyboard
and the panel's widgets, edit scales, delete with confirmation, undo and redo everything."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox
from ui_helpers import type_text

from diva_desktop.core.model import (
    Criterion,
    LevelsScale,
    LinearScale,
    Model,
    PiecewiseScale,
)
from diva_desktop.ui.document import ProjectDocument
from diva_desktop.ui.panels.criteria_panel import LEVELS, LINEAR, PIECEWISE, CriteriaPanel


def shape(criteria: tuple[Criterion, ...]) -> tuple[Any, ...]:
    """The tree without ids and goal links (the UI makes its own ids)."""
    return tuple(
        (
            c.name,
            c.description,
            c.unit,
            c.effective_scale if c.is_leaf else None,
            shape(c.children),
        )
        for c in criteria
    )


@pytest.fixture
def panel(qtbot, document: ProjectDocument) -> CriteriaPanel:
    widget = CriteriaPanel(document)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)
    return widget


def _type_name_in_editor(qtbot, name: str) -> None:
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit), editor
    editor.selectAll()
    type_text(editor, name)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # the delegate commits on Return through a queued call


def _commit_line(qtbot, edit: QLineEdit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    type_text(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def _fill_details(qtbot, panel: CriteriaPanel, c: Criterion) -> None:
    if c.description:
        panel.description_edit.setFocus()
        panel.description_edit.setPlainText(c.description)
        panel.description_edit.editing_finished.emit()
    if c.unit:
        _commit_line(qtbot, panel.unit_edit, c.unit)
    if not c.is_leaf:
        return
    scale = c.effective_scale
    if isinstance(scale, LinearScale):
        if scale.worst > scale.best:
            panel.direction_combo.setCurrentIndex(1)
            panel.direction_combo.activated.emit(1)
        _commit_line(qtbot, panel.worst_edit, f"{scale.worst:g}".replace(".", ","))
        _commit_line(qtbot, panel.best_edit, f"{scale.best:g}".replace(".", ","))
    elif isinstance(scale, PiecewiseScale):
        panel.type_combo.setCurrentIndex(PIECEWISE)
        panel.type_combo.activated.emit(PIECEWISE)
        model = panel.points_model
        while model.rowCount() < len(scale.points):
            panel.points_view.setCurrentIndex(model.index(model.rowCount() - 1, 0))
            panel.add_point_action.trigger()
        # set the x values from the right (they stay sorted), then the values
        for row in reversed(range(len(scale.points))):
            assert model.setData(model.index(row, 0), f"{scale.points[row][0]:g}")
        for row, (_x, v) in enumerate(scale.points):
            assert model.setData(model.index(row, 1), f"{v:g}".replace(".", ","))
    else:
        assert isinstance(scale, LevelsScale)
        panel.type_combo.setCurrentIndex(LEVELS)
        panel.type_combo.activated.emit(LEVELS)
        model = panel.levels_model
        while model.rowCount() < len(scale.levels):
            panel.levels_view.setCurrentIndex(model.index(model.rowCount() - 1, 0))
            panel.add_level_action.trigger()
        while model.rowCount() > len(scale.levels):
            panel.levels_view.setCurrentIndex(model.index(model.rowCount() - 1, 0))
            panel.remove_level_action.trigger()
        for row, level in enumerate(scale.levels):
            assert model.setData(model.index(row, 0), level.label)
            assert model.setData(model.index(row, 1), f"{level.value:g}".replace(".", ","))


def _build(qtbot, panel: CriteriaPanel, criteria: tuple[Criterion, ...], parent_id: str | None) -> None:
    for i, c in enumerate(criteria):
        panel.tree.setFocus()
        if i == 0 and parent_id is not None:
            panel.select(parent_id)
            qtbot.keyClick(panel.tree, Qt.Key.Key_Insert, Qt.KeyboardModifier.ShiftModifier)
        else:
            qtbot.keyClick(panel.tree, Qt.Key.Key_Insert)
        _type_name_in_editor(qtbot, c.name)
        current = panel.current_id()
        assert current is not None
        _fill_details(qtbot, panel, c)
        if c.children:
            _build(qtbot, panel, c.children, current)
            panel.select(current)
            panel.tree.setFocus()


def test_build_the_example_tree_from_scratch(qtbot, panel, document, example_model, swedish) -> None:
    panel.tree.setFocus()
    _build(qtbot, panel, example_model.criteria, None)
    assert shape(document.model.criteria) == shape(example_model.criteria)

    # undo everything: the empty project; redo everything: the same tree again
    built = document.model
    steps = document.undo_stack.count()
    assert steps > 40
    while document.undo_stack.canUndo():
        document.undo_stack.undo()
    assert document.model == Model()
    assert panel.model.rowCount() == 0
    while document.undo_stack.canRedo():
        document.undo_stack.redo()
    assert document.model == built
    assert panel.model.rowCount() != 0


def test_undo_labels_name_the_criterion(qtbot, panel, document) -> None:
    panel.tree.setFocus()
    qtbot.keyClick(panel.tree, Qt.Key.Key_Insert)
    _type_name_in_editor(qtbot, "Tillgänglighet")
    assert document.undo_stack.undoText() == "Rename criterion ‘Tillgänglighet’"
    assert document.undo_stack.text(0) == "Add criterion ‘New criterion’"


@pytest.fixture
def example_panel(qtbot, example_model) -> CriteriaPanel:
    widget = CriteriaPanel(ProjectDocument(example_model))
    qtbot.addWidget(widget)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)
    return widget


def test_delete_with_scores_asks_first_and_is_undoable(qtbot, example_panel, example_model, dialogs) -> None:
    doc = example_panel.document
    example_panel.select("klimat")
    dialogs.question = QMessageBox.StandardButton.No
    assert not example_panel.delete_selected()
    assert doc.model is example_model
    assert "scores" in dialogs.texts("question")[-1]
    dialogs.question = QMessageBox.StandardButton.Yes
    example_panel.tree.setFocus()
    qtbot.keyClick(example_panel.tree, Qt.Key.Key_Delete)
    assert doc.model.criterion("klimat") is None
    assert all("klimat" not in row for row in doc.model.scores.values())
    assert example_panel.current_id() == "digital_kompetens" or example_panel.current_id() is not None
    doc.undo_stack.undo()
    assert doc.model == example_model


def test_delete_without_dependents_does_not_ask(qtbot, panel, document, dialogs) -> None:
    cid = panel.add_criterion("A", edit=False)
    assert cid is not None
    assert panel.delete_selected()
    assert not dialogs.shown
    assert document.model.criteria == ()


def test_keyboard_moves(qtbot, example_panel) -> None:
    doc = example_panel.document
    example_panel.select("effektivitet")
    tree = example_panel.tree
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert doc.model.criteria[0].id == "effektivitet"
    qtbot.keyClick(tree, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert doc.model.criteria[1].id == "effektivitet"
    example_panel.select("oppenhet")
    qtbot.keyClick(tree, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)  # under "sakerhet"
    assert doc.model.parent_of("oppenhet").id == "sakerhet"  # type: ignore[union-attr]
    qtbot.keyClick(tree, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert doc.model.parent_of("oppenhet").id == "root"  # type: ignore[union-attr]
    assert example_panel.current_id() == "oppenhet"


def test_level_rename_follows_into_scores(qtbot, example_panel, swedish) -> None:
    doc = example_panel.document
    example_panel.select("dataskydd_risk")
    assert example_panel.type_combo.currentIndex() == LEVELS
    model = example_panel.levels_model
    before = {a: row["dataskydd_risk"] for a, row in doc.model.scores.items() if "dataskydd_risk" in row}
    assert any(s.low == "medel" or s.high == "medel" for s in before.values())
    assert model.setData(model.index(1, 0), "mellan")
    after = {a: row["dataskydd_risk"] for a, row in doc.model.scores.items() if "dataskydd_risk" in row}
    assert len(after) == len(before)
    assert not any("medel" in (s.low, s.high) for s in after.values())
    assert doc.undo_stack.count() == 1


def test_changing_the_scale_type_asks_before_clearing_scores(qtbot, example_panel, example_model, dialogs) -> None:
    doc = example_panel.document
    example_panel.select("klimat")
    dialogs.question = QMessageBox.StandardButton.No
    example_panel.type_combo.setCurrentIndex(LEVELS)
    example_panel.type_combo.activated.emit(LEVELS)
    assert doc.model is example_model
    assert example_panel.type_combo.currentIndex() == LINEAR
    dialogs.question = QMessageBox.StandardButton.Yes
    example_panel.type_combo.setCurrentIndex(LEVELS)
    example_panel.type_combo.activated.emit(LEVELS)
    assert isinstance(doc.model.criterion("klimat").scale, LevelsScale)  # type: ignore[union-attr]
    assert all("klimat" not in row for row in doc.model.scores.values())
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert doc.model == example_model


def test_linear_bounds_refuse_text_and_keep_model(qtbot, example_panel, example_model) -> None:
    doc = example_panel.document
    example_panel.select("klimat")
    errors = []
    doc.error.connect(errors.append)
    _commit_line(qtbot, example_panel.worst_edit, "noll")
    assert doc.model is example_model
    assert errors
    assert example_panel.worst_edit.text() == "0"


def test_details_follow_undo(qtbot, example_panel) -> None:
    doc = example_panel.document
    example_panel.select("klimat")
    _commit_line(qtbot, example_panel.name_edit, "Klimat")
    assert doc.model.criterion("klimat").name == "Klimat"  # type: ignore[union-attr]
    example_panel.tree.setFocus()
    doc.undo_stack.undo()
    assert example_panel.name_edit.text() == "Minskad klimatpåverkan"
    assert example_panel.details_title.text() == "Minskad klimatpåverkan"


def test_accessible_names_and_tab_order(qtbot, example_panel) -> None:
    for widget in (
        example_panel.tree,
        example_panel.name_edit,
        example_panel.description_edit,
        example_panel.unit_edit,
        example_panel.type_combo,
        example_panel.direction_combo,
        example_panel.worst_edit,
        example_panel.best_edit,
        example_panel.points_view,
        example_panel.levels_view,
        *example_panel.tool_buttons,
    ):
        assert widget.accessibleName(), widget
    assert example_panel.tree.nextInFocusChain() is not None
    assert example_panel.name_edit.nextInFocusChain() is example_panel.description_edit


def test_drop_through_the_view_moves_and_is_one_step(qtbot, example_panel, example_model) -> None:
    """A drag from the tree dropped on another item, delivered as real drag events to the viewport."""
    from PySide6.QtCore import QEvent, QPointF
    from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent

    tree = example_panel.tree
    model = example_panel.model
    doc = example_panel.document
    source = model.index_of("klimat")
    target = model.index_of("oppenhet")
    data = model.mimeData([source])
    rect = tree.visualRect(target)
    pos = QPointF(rect.center())
    viewport = tree.viewport()
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(pos.toPoint(), Qt.DropAction.MoveAction, data, buttons, mods)
    QApplication.sendEvent(viewport, enter)
    move = QDragMoveEvent(pos.toPoint(), Qt.DropAction.MoveAction, data, buttons, mods)
    QApplication.sendEvent(viewport, move)
    assert move.isAccepted()
    drop = QDropEvent(pos, Qt.DropAction.MoveAction, data, buttons, mods, QEvent.Type.Drop)
    QApplication.sendEvent(viewport, drop)
    assert doc.model.parent_of("klimat").id == "oppenhet"  # type: ignore[union-attr]
    assert doc.undo_stack.count() == 1
    assert doc.undo_stack.undoText() == "Move criterion ‘Minskad klimatpåverkan’"
    doc.undo_stack.undo()
    assert doc.model == example_model
