"""The goals step: link goals to criteria by dropping them, unlink, accept/edit/reject suggestions,
coverage and balance follow every edit, and everything undoes."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication

from diva_desktop.core.model import Criterion, Model
from diva_desktop.ui.document import ProjectDocument
from diva_desktop.ui.models.goals_model import (
    CLARITY,
    PARAPHRASE,
    CriteriaLinkModel,
    GoalsTableModel,
    SuggestionsTableModel,
)
from diva_desktop.ui.panels.goals_panel import GoalsPanel


def _without_links(model: Model, goal_ids: set[str]) -> Model:
    def strip(c: Criterion) -> Criterion:
        return replace(c, goals=tuple(g for g in c.goals if g not in goal_ids), children=tuple(strip(x) for x in c.children))

    return replace(model, criteria=tuple(strip(c) for c in model.criteria))


@pytest.fixture
def panel(qtbot, document: ProjectDocument, example_model: Model) -> GoalsPanel:
    document.reset(example_model)
    widget = GoalsPanel(document)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_models_pass_the_model_tester(qtmodeltester, qtbot, example_model: Model) -> None:
    doc = ProjectDocument(example_model)
    for model in (GoalsTableModel(doc), CriteriaLinkModel(doc)):
        qtmodeltester.check(model)
    suggestions = SuggestionsTableModel(doc)
    suggestions.set_document("agenda")
    qtmodeltester.check(suggestions)
    assert suggestions.rowCount() > 0


def test_drop_goals_on_a_criterion_links_them(qtbot, panel: GoalsPanel, document: ProjectDocument) -> None:
    goals, tree = panel.goals_model, panel.criteria_model
    rows = [goals.row_of("g_klimat"), goals.row_of("g_bygglov")]
    mime = goals.mimeData([goals.index(r, 0) for r in rows])
    target = tree.index_of("oppna_data")
    assert tree.canDropMimeData(mime, Qt.DropAction.LinkAction, -1, -1, target)
    tree.dropMimeData(mime, Qt.DropAction.LinkAction, -1, -1, target)
    assert document.model.criterion("oppna_data").goals[-2:] == ("g_klimat", "g_bygglov")  # type: ignore[union-attr]
    assert document.undo_stack.count() == 1  # one drop, one step
    # dropping them again changes nothing
    tree.dropMimeData(mime, Qt.DropAction.LinkAction, -1, -1, tree.index_of("oppna_data"))
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert "g_klimat" not in document.model.criterion("oppna_data").goals  # type: ignore[union-attr]
    # not on the tree's background
    from PySide6.QtCore import QModelIndex

    assert not tree.canDropMimeData(mime, Qt.DropAction.LinkAction, -1, -1, QModelIndex())


def test_link_and_unlink_buttons_and_coverage(qtbot, panel: GoalsPanel, document: ProjectDocument, example_model: Model) -> None:
    document.reset(_without_links(example_model, {"g_bygglov"}))
    QApplication.processEvents()
    assert panel.uncovered_list.count() == 1
    assert panel.uncovered_list.item(0).data(Qt.ItemDataRole.UserRole) == "g_bygglov"
    # its only criterion lost its only goal: one goal and one leaf are gaps
    assert panel.tabs.tabText(2) == "Coverage (2)"
    assert panel.unanchored_list.item(0).data(Qt.ItemDataRole.UserRole) == "handlaggningstid_bygglov"
    assert "18 of 19 goal(s)" in panel.coverage_label.text()
    panel.select_goals(["g_bygglov"])
    panel.select_criterion("handlaggningstid_bygglov")
    assert panel.link_button.isEnabled() and not panel.unlink_button.isEnabled()
    panel.link_button.click()
    assert "g_bygglov" in document.model.criterion("handlaggningstid_bygglov").goals  # type: ignore[union-attr]
    assert panel.tabs.tabText(2) == "Coverage"
    assert "19 of 19 goal(s)" in panel.coverage_label.text()
    assert "serves:" in panel.criterion_goals_label.text()
    panel.select_goals(["g_bygglov"])
    panel.select_criterion("handlaggningstid_bygglov")
    assert panel.unlink_button.isEnabled()
    panel.unlink_button.click()
    assert "g_bygglov" not in document.model.criterion("handlaggningstid_bygglov").goals  # type: ignore[union-attr]
    # a leaf without a goal shows as unanchored
    document.reset(_without_links(example_model, {"g_kontinuitet"}))
    QApplication.processEvents()
    unanchored = [panel.unanchored_list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(panel.unanchored_list.count())]
    assert "kontinuitet" in unanchored


def test_accept_edit_and_reject_suggestions(qtbot, panel: GoalsPanel, document: ProjectDocument, example_model: Model) -> None:
    panel.tabs.setCurrentIndex(1)
    model = panel.suggestions_model
    assert model.document_id == "agenda"
    n = model.rowCount()
    first = model.suggestion_at(0)
    assert first is not None
    view = panel.suggestions_view
    view.selectionModel().select(
        model.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    )
    assert panel.edit_quote.toPlainText() == first.text
    panel.accept_button.click()
    added = document.model.goals[-1]
    assert (added.quote, added.page, added.document) == (first.text, first.page, "agenda")
    assert model.rowCount() == n - 1  # an accepted suggestion is a goal now
    # edit: keep the part that states the goal, with a paraphrase
    vision = next(r for r in range(model.rowCount()) if model.suggestion_at(r).text.startswith("Norrvik ska vara"))  # type: ignore[union-attr]
    view.selectionModel().select(
        model.index(vision, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    )
    panel.edit_quote.setPlainText("Norrvik ska vara en öppen, trygg och innovativ kommun")
    panel.edit_paraphrase.setText("En öppen och trygg kommun.")
    assert panel.accept_edited_button.isEnabled()
    panel.accept_edited_button.click()
    edited = document.model.goals[-1]
    assert edited.quote == "Norrvik ska vara en öppen, trygg och innovativ kommun"
    assert edited.paraphrase == "En öppen och trygg kommun." and edited.page == 1
    # reject hides for the session, changes nothing in the model
    before = document.model
    m = model.rowCount()
    view.selectionModel().select(
        model.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    )
    panel.reject_button.click()
    assert model.rowCount() == m - 1 and document.model is before
    # several at once: one undo step
    view.selectAll()
    k = model.rowCount()
    added_ids = panel.accept_selected()
    assert len(added_ids) == k and model.rowCount() == 0
    document.undo_stack.undo()
    assert model.rowCount() == k
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert document.model.goals == example_model.goals


def test_edit_paraphrase_in_place_and_remove_goals(qtbot, panel: GoalsPanel, document: ProjectDocument, dialogs, example_model: Model) -> None:
    goals = panel.goals_model
    row = goals.row_of("g_tillganglighet")
    assert goals.setData(goals.index(row, PARAPHRASE), "Tjänsterna ska gå att använda för alla.", Qt.ItemDataRole.EditRole)
    assert document.model.goal("g_tillganglighet").paraphrase == "Tjänsterna ska gå att använda för alla."  # type: ignore[union-attr]
    assert goals.index(row, CLARITY).data() == "vague"
    assert "no measure" in goals.index(row, CLARITY).data(Qt.ItemDataRole.ToolTipRole)
    assert goals.index(goals.row_of("g_bygglov"), CLARITY).data() == "operational"
    panel.select_goals(["g_tillganglighet", "g_klimat"])
    dialogs.question = dialogs.question.Yes
    assert panel.remove_selected_goals()
    assert document.model.goal("g_klimat") is None
    assert all("g_klimat" not in c.goals for c in document.model.walk_criteria())
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert document.model == example_model


def test_balance_follows_the_section_level(qtbot, panel: GoalsPanel) -> None:
    panel.tabs.setCurrentIndex(3)
    sections = [panel.balance_table.item(r, 0).text() for r in range(panel.balance_table.rowCount())]
    assert sections[1] == "3.1 Invånare och företag i centrum"
    panel.level_spin.setValue(2)
    sections = [panel.balance_table.item(r, 0).text() for r in range(panel.balance_table.rowCount())]
    assert sections == ["1. Inledning", "2. Vision", "3. Strategiska mål", "4. Uppföljning", "5. Prioritering av investeringar"]
    bar = panel.balance_table.cellWidget(2, 3)
    assert bar.format() == "15 of 15"
