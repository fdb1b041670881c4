"""The whole Norrvik example built through the GUI, from an empty project in the main window.

Each step's panel is driven as a user would (keyboard via qtbot, delegates, the panels'
buttons and public slots); the exported model must equal ``norrvik.json`` section by
section, then as a whole. Undo all the way gives the empty project back; redo all the way
gives the example again.

Honest workarounds (each explained where it is used):

* identifiers: the editors derive ids from names or quotes (``hierarchy.unique_id``,
  ``new_goal_id``, the import's file-name slug) and the UI has no way to type an id. The id
  makers are patched to hand out the example's ids, in the order the test creates items;
  everything else goes through the widgets.
* the document's text: the importer trims trailing blank lines of every page, the example
  stores them; one ``UpdateDocument(text=…)`` restores the exact text.
* the project's language, the participants and the follow-up have no panel (yet): they are
  set with the core commands through ``document.execute``.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit
from ui_helpers import EXAMPLE, type_text

from diva_desktop.core.commands import (
    AddIndicator,
    AddMeasurement,
    AddParticipant,
    SetModelInfo,
    UpdateDocument,
)
from diva_desktop.core.model import (
    AtLeast,
    Criterion,
    LevelsScale,
    LinearScale,
    Model,
    PiecewiseScale,
    Ratio,
)
from diva_desktop.io.json_model import load_model_file, model_to_dict
from diva_desktop.ui.models.alternatives_model import (
    COST,
    DESCRIPTION,
    DO_NOTHING,
    RESOURCES,
    format_resources,
)
from diva_desktop.ui.models.portfolio_models import ID_ROLE
from diva_desktop.ui.models.scores_model import format_score
from diva_desktop.ui.numbers import format_plain
from diva_desktop.ui.panels.criteria_panel import LEVELS, PIECEWISE
from diva_desktop.ui.panels.scores_panel import LevelRangeEditor
from diva_desktop.ui.panels.weights_panel import METHOD_KEYS

SECTIONS = (
    "name",
    "description",
    "language",
    "documents",
    "goals",
    "criteria",
    "alternatives",
    "scores",
    "weights",
    "participants",
    "portfolio",
    "followup",
)


# ---------------------------------------------------------------------------
# identifiers: the one thing a user cannot type
# ---------------------------------------------------------------------------


@pytest.fixture
def example_ids(monkeypatch: pytest.MonkeyPatch, example_model: Model) -> None:
    """Make the id makers hand out the example's ids (see the module documentation).

    Criteria are created in pre-order (as ``walk_criteria``), alternatives in the example's
    order, so a queue per kind is enough; goals are looked up by their quote.
    """
    import diva_desktop.io.documents as io_documents
    import diva_desktop.ui.panels.documents_panel as documents_panel
    import diva_desktop.ui.panels.goals_panel as goals_panel
    from diva_desktop.core import hierarchy

    queues = {
        "criterion": iter([c.id for c in example_model.walk_criteria()]),
        "alternative": iter([a.id for a in example_model.alternatives]),
        "document": iter([d.id for d in example_model.documents]),
    }
    real_unique_id = hierarchy.unique_id

    def unique_id(name: str, taken, fallback: str = "item") -> str:
        queue = queues.get(fallback)
        if queue is None:
            return real_unique_id(name, taken, fallback)
        new = next(queue)
        assert new not in set(taken), new
        return new

    by_quote = {g.quote: g.id for g in example_model.goals}

    def new_goal_id(text: str, taken) -> str:
        return by_quote[text]

    monkeypatch.setattr(hierarchy, "unique_id", unique_id)
    monkeypatch.setattr(io_documents, "unique_id", unique_id)
    monkeypatch.setattr(documents_panel, "new_goal_id", new_goal_id)
    monkeypatch.setattr(goals_panel, "new_goal_id", new_goal_id)


# ---------------------------------------------------------------------------
# small drivers (the same ways as the per-panel tests)
# ---------------------------------------------------------------------------


def _keys(qtbot, widget, text: str) -> None:
    """Type ``text`` key by key; characters QTest cannot name (–, å) as key events with text."""
    for ch in text:
        if ch.isascii() and ch != "\n":
            qtbot.keyClicks(widget, ch)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def _commit_line(qtbot, edit: QLineEdit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    if text:
        type_text(edit, text)
    else:
        qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def _type_in_focused_editor(qtbot, text: str) -> None:
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit), editor
    editor.selectAll()
    type_text(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # the delegate commits on Return through a queued call


def _number(x: float) -> str:
    return f"{x:g}".replace(".", ",")


def _settle_portfolio(qtbot, panel) -> None:
    qtbot.waitUntil(
        lambda: not panel.runner.is_running() and not panel._debounce.isActive(),
        timeout=60_000,
    )


# ---------------------------------------------------------------------------
# the steps
# ---------------------------------------------------------------------------


def _project_info(window, example: Model) -> None:
    """Project ▸ Properties: the dialog's fields typed into, then OK (its modal loop is skipped)."""
    from diva_desktop.ui.dialogs.project_info_dialog import ProjectInfoDialog

    def fill_and_accept(dialog) -> int:
        dialog.name_edit.setText(example.name)
        dialog.description_edit.setPlainText(example.description or "")
        return 1

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(ProjectInfoDialog, "exec", fill_and_accept)
        window.edit_project_info()
    # No widget edits the model's language: the core command.
    assert window.document.execute(SetModelInfo(language=example.language))


def _documents_and_goals(qtbot, window, example: Model, tmp_path: Path) -> None:
    document = window.document
    assert window.show_step("documents")
    panel = window.panels["documents"]
    (doc,) = example.documents
    assert doc.source is not None
    source = tmp_path / doc.source
    source.write_text(doc.text, encoding="utf-8")
    with qtbot.waitSignal(panel.import_finished, timeout=60_000) as blocker:
        panel.start_import(source)
    assert blocker.args[0] == doc.id
    # The importer trims the blank lines at the end of every page; the example keeps them.
    # The reader has no text editor, so the exact text is restored with the core command.
    imported = document.model.document(doc.id)
    assert imported is not None and imported.pages == [p.rstrip() for p in doc.pages]
    if imported.text != doc.text:
        assert document.execute(UpdateDocument(doc.id, text=doc.text))
    # the metadata form (the import guesses well; the form must agree and keep it)
    for edit, value in (
        (panel.title_edit, doc.title),
        (panel.decided_by_edit, doc.decided_by),
        (panel.date_edit, doc.decision_date),
        (panel.reference_edit, doc.reference),
        (panel.validity_edit, doc.validity),
    ):
        _commit_line(qtbot, edit, value or "")
    panel.kind_combo.setCurrentIndex(panel.kind_combo.findData(doc.kind))
    panel.kind_combo.activated.emit(panel.kind_combo.currentIndex())
    assert document.model.document(doc.id) == doc

    # goals: select each quote in the reader, make it a goal, type its paraphrase
    for goal in example.goals:
        assert goal.document == doc.id and goal.page is not None
        panel.reader.show_page(goal.page)
        page = panel.reader.text.toPlainText()
        assert page == doc.pages[goal.page - 1]
        start = page.index(goal.quote)
        panel.reader.select(start, start + len(goal.quote))
        assert panel.make_goal_button.isEnabled()
        gid = panel.make_goal_from_selection()
        assert gid == goal.id
        if goal.paraphrase:
            assert panel.paraphrase_edit.hasFocus()
            _commit_line(qtbot, panel.paraphrase_edit, goal.paraphrase)
        assert document.model.goal(gid) == goal
    assert document.model.goals == example.goals


def _fill_criterion(qtbot, panel, c: Criterion) -> None:
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
        _commit_line(qtbot, panel.worst_edit, _number(scale.worst))
        _commit_line(qtbot, panel.best_edit, _number(scale.best))
    elif isinstance(scale, PiecewiseScale):
        panel.type_combo.setCurrentIndex(PIECEWISE)
        panel.type_combo.activated.emit(PIECEWISE)
        model = panel.points_model
        while model.rowCount() < len(scale.points):
            panel.points_view.setCurrentIndex(model.index(model.rowCount() - 1, 0))
            panel.add_point_action.trigger()
        for row in reversed(range(len(scale.points))):  # x from the right: they stay sorted
            assert model.setData(model.index(row, 0), f"{scale.points[row][0]:g}", Qt.ItemDataRole.EditRole)
        for row, (_x, v) in enumerate(scale.points):
            assert model.setData(model.index(row, 1), _number(v), Qt.ItemDataRole.EditRole)
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
            assert model.setData(model.index(row, 0), level.label, Qt.ItemDataRole.EditRole)
            assert model.setData(model.index(row, 1), _number(level.value), Qt.ItemDataRole.EditRole)


def _build_tree(qtbot, panel, criteria: tuple[Criterion, ...], parent_id: str | None) -> None:
    for i, c in enumerate(criteria):
        panel.tree.setFocus()
        if i == 0 and parent_id is not None:
            panel.select(parent_id)
            qtbot.keyClick(panel.tree, Qt.Key.Key_Insert, Qt.KeyboardModifier.ShiftModifier)
        else:
            qtbot.keyClick(panel.tree, Qt.Key.Key_Insert)
        _type_in_focused_editor(qtbot, c.name)
        assert panel.current_id() == c.id
        _fill_criterion(qtbot, panel, c)
        if c.children:
            _build_tree(qtbot, panel, c.children, c.id)
            panel.select(c.id)
            panel.tree.setFocus()


def _criteria(qtbot, window, example: Model) -> None:
    assert window.show_step("criteria")
    panel = window.panels["criteria"]
    panel.tree.setFocus()
    _build_tree(qtbot, panel, example.criteria, None)


def _goal_links(window, example: Model) -> None:
    """Link goals to criteria in the Goals step, one by one so the order is the example's."""
    assert window.show_step("goals")
    panel = window.panels["goals"]
    for c in example.walk_criteria():
        for gid in c.goals:
            panel.select_goals([gid])
            panel.select_criterion(c.id)
            assert panel.link_button.isEnabled(), (c.id, gid)
            panel.link_button.click()
        assert window.document.model.criterion(c.id).goals == c.goals
    assert window.document.model.criteria == example.criteria


def _edit_alternative_cell(qtbot, panel, row: int, column: int, text: str) -> None:
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


def _alternatives(qtbot, window, example: Model, locale) -> None:
    assert window.show_step("alternatives")
    panel = window.panels["alternatives"]
    for alt in example.alternatives:
        panel.table.setFocus()
        qtbot.keyClick(panel.table, Qt.Key.Key_Insert)
        _type_in_focused_editor(qtbot, alt.name)
        assert panel.current_id() == alt.id
        row = panel.model.row_of(alt.id)
        if alt.description:
            _edit_alternative_cell(qtbot, panel, row, DESCRIPTION, alt.description)
        if alt.cost is not None:
            _edit_alternative_cell(qtbot, panel, row, COST, format_plain(alt.cost, locale))
        if alt.resources:
            _edit_alternative_cell(qtbot, panel, row, RESOURCES, format_resources(alt.resources, plain=True))
        if alt.do_nothing:
            panel.table.setCurrentIndex(panel.model.index(row, DO_NOTHING))
            assert panel.model.setData(
                panel.model.index(row, DO_NOTHING),
                Qt.CheckState.Checked.value,
                Qt.ItemDataRole.CheckStateRole,
            )
    assert window.document.model.alternatives == example.alternatives


def _scores(qtbot, window, example: Model, locale) -> None:
    assert window.show_step("scores")
    panel = window.panels["scores"]
    table, model = panel.table, panel.model
    leaves = example.leaves()
    for r, alt in enumerate(example.alternatives):
        for c, leaf in enumerate(leaves):
            score = example.score(alt.id, leaf.id)
            if score is None:
                continue
            ix: QModelIndex = model.index(r, c)
            table.setCurrentIndex(ix)
            table.edit(ix)
            if isinstance(leaf.effective_scale, LevelsScale):
                (editor,) = [e for e in table.viewport().findChildren(LevelRangeEditor) if e.isVisible()]
                editor.low_combo.setCurrentIndex(editor.low_combo.findData(score.low))
                editor.high_combo.setCurrentIndex(editor.high_combo.findData(score.high))
                qtbot.keyClick(editor.low_combo, Qt.Key.Key_Return)
            else:
                (editor,) = [e for e in table.viewport().findChildren(QLineEdit) if e.isVisible()]
                editor.selectAll()
                _keys(qtbot, editor, format_score(score, locale))
                qtbot.keyClick(editor, Qt.Key.Key_Return)
            QApplication.processEvents()  # the delegate commits through a queued call
            if score.rationale:
                panel.select_cell(alt.id, leaf.id)
                assert panel.rationale_edit.isEnabled()
                panel.rationale_edit.setFocus()
                panel.rationale_edit.selectAll()
                _keys(qtbot, panel.rationale_edit, score.rationale)
                qtbot.keyClick(panel.rationale_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
            assert window.document.model.score(alt.id, leaf.id) == score, (alt.id, leaf.id)
    assert not model.pending_cells()
    assert window.document.model.scores == example.scores


def _set_spin(qtbot, spin, value: float) -> None:
    spin.setFocus()
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), spin.locale().toString(float(value), "f", spin.decimals()))
    qtbot.keyClick(spin.lineEdit(), Qt.Key.Key_Return)


def _add_statement(qtbot, panel, statement) -> None:
    st = panel.statements
    if isinstance(statement, AtLeast):
        st.kind.setCurrentIndex(st.kind.findData("at_least"))
        st.left.setCurrentIndex(st.left.findData(statement.left))
        st.right.setCurrentIndex(st.right.findData(statement.right))
        _set_spin(qtbot, st.margin, statement.margin)
    else:
        assert isinstance(statement, Ratio), statement
        st.kind.setCurrentIndex(st.kind.findData("ratio"))
        st.left.setCurrentIndex(st.left.findData(statement.left))
        st.right.setCurrentIndex(st.right.findData(statement.right))
        st.use_min.setChecked(statement.min is not None)
        if statement.min is not None:
            _set_spin(qtbot, st.min, statement.min)
        st.use_max.setChecked(statement.max is not None)
        if statement.max is not None:
            _set_spin(qtbot, st.max, statement.max)
    qtbot.mouseClick(st.add_button, Qt.MouseButton.LeftButton)


def _weights(qtbot, window, example: Model) -> None:
    assert window.show_step("weights")
    panel = window.panels["weights"]
    for node, target in example.weights.items():
        panel.select_node(node)
        combo = panel.method_combo
        combo.setCurrentIndex(METHOD_KEYS.index(target.method))
        combo.activated.emit(combo.currentIndex())
        editor = panel.current_editor()
        children = [c for c, _n in editor._children]
        if target.method == "car":
            for pos, child in enumerate(target.order):  # Up buttons into the example's order
                while editor._order.index(child) > pos:
                    qtbot.mouseClick(editor.up_buttons[editor._order.index(child)], Qt.MouseButton.LeftButton)
            for i, step in enumerate(target.steps):
                editor.step_combos[i].setCurrentIndex(step)
        elif target.method == "ranking":
            groups = editor.groups
            assert len(groups.order()) == 1  # equal weights: all tied
            for group in target.order[1:]:  # Ctrl+Down splits a member off into the next rank
                for member in group:
                    groups.setCurrentItem(groups.member_item(member))
                    groups.setFocus()
                    qtbot.keyClick(groups, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
            assert groups.order() == target.order
            if editor.surrogate.currentData() != target.surrogate:
                editor.surrogate.setCurrentIndex(editor.surrogate.findData(target.surrogate))
        elif target.method == "swing":
            for child, (lo, hi) in target.points.items():
                i = children.index(child)
                _set_spin(qtbot, editor.highs[i], hi)
                _set_spin(qtbot, editor.lows[i], lo)
        elif target.method == "interval":
            for child, (lo, hi) in target.bounds.items():
                i = children.index(child)
                _set_spin(qtbot, editor.lows[i], lo)
                _set_spin(qtbot, editor.highs[i], hi)
        elif target.method == "point":
            for child, w in target.weights.items():
                _set_spin(qtbot, editor.spins[children.index(child)], w)
        else:  # pragma: no cover - the example has no other method
            raise AssertionError(target.method)
        for statement in target.constraints:
            _add_statement(qtbot, panel, statement)
        assert window.document.model.weights[node] == target, node
    assert window.document.model.weights == example.weights


def _portfolio(qtbot, window, example: Model, locale) -> None:
    assert window.show_step("portfolio")
    panel = window.panels["portfolio"]
    target = example.portfolio
    model = panel.projects_model
    if target.budget is not None:
        _commit_line(qtbot, panel.budget_edit, format_plain(target.budget, locale))
    for i, (name, limit) in enumerate(target.resources.items()):
        panel.add_resource_button.click()  # proposes the resource the alternatives use
        assert panel.resources_table.item(i, 0).text() == name
        panel.resources_table.item(i, 1).setText(format_plain(limit, locale))
    for column, ids in ((model.MANDATORY, target.mandatory), (model.EXCLUDED, target.excluded)):
        for aid in ids:
            row = next(r for r in range(model.rowCount()) if model.index(r, 0).data(ID_ROLE) == aid)
            assert model.setData(
                model.index(row, column), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
            )
    for a, b in target.requires:
        panel.requires_a.setCurrentIndex(panel.requires_a.findData(a))
        panel.requires_b.setCurrentIndex(panel.requires_b.findData(b))
        panel.add_requires_button.click()
    selection = panel.projects_table.selectionModel()
    for group in target.exclusive:
        selection.clearSelection()
        for aid in group:
            row = next(r for r in range(model.rowCount()) if model.index(r, 0).data(ID_ROLE) == aid)
            selection.select(
                model.index(row, 0),
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
            )
        panel.add_exclusive_button.click()
    assert window.document.model.portfolio == target
    _settle_portfolio(qtbot, panel)


def _participants_and_followup(window, example: Model) -> None:
    # No panel edits participants (the Decision step records decided versions and edits nothing);
    # participants, indicators and measurements go in by the core commands, one undo step each.
    document = window.document
    for participant in example.participants:
        assert document.execute(AddParticipant(None, participant))
    for indicator in example.followup.indicators:
        assert document.execute(AddIndicator(None, indicator))
    for measurement in example.followup.measurements:
        assert document.execute(AddMeasurement(measurement))


# ---------------------------------------------------------------------------
# the test
# ---------------------------------------------------------------------------


def _assert_same(actual: dict, expected: dict) -> None:
    for key in SECTIONS:
        assert actual.get(key) == expected.get(key), key
    assert actual == expected


@pytest.mark.usefixtures("recovery_dir", "example_ids")
def test_build_the_norrvik_example_through_the_gui(qtbot, settings, swedish, tmp_path, dialogs) -> None:
    from diva_desktop.ui.main_window import MainWindow

    example = load_model_file(EXAMPLE)
    expected = model_to_dict(example)
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    document = window.document
    empty = model_to_dict(document.model)
    assert empty == model_to_dict(Model())

    try:
        _project_info(window, example)
        _documents_and_goals(qtbot, window, example, tmp_path)
        _criteria(qtbot, window, example)
        _goal_links(window, example)
        _alternatives(qtbot, window, example, swedish)
        _scores(qtbot, window, example, swedish)
        _weights(qtbot, window, example)
        _portfolio(qtbot, window, example, swedish)
        _participants_and_followup(window, example)

        assert not dialogs.texts("warning") and not dialogs.texts("critical")
        _assert_same(model_to_dict(document.model), expected)

        # undo everything: the empty project; redo everything: the example again
        steps = document.undo_stack.count()
        assert steps > 300
        while document.undo_stack.canUndo():
            document.undo_stack.undo()
        assert model_to_dict(document.model) == empty
        while document.undo_stack.canRedo():
            document.undo_stack.redo()
        _assert_same(model_to_dict(document.model), expected)
    finally:
        window.panels["portfolio"].runner.shutdown()
        document.undo_stack.setClean()
