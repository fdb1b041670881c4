"""Participants and group weighting in the GUI: add, rename, edit a participant's statements through
the weight editors, combine, undo; the figures shown equal the core's; the Swedish translation."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from diva_desktop.core.group import combine
from diva_desktop.core.model import IntervalWeights, Model, RankingWeights
from diva_desktop.ui import i18n
from diva_desktop.ui.document import ProjectDocument
from diva_desktop.ui.panels.participants_panel import (
    VALUE_ROLE,
    ParticipantsDialog,
    ParticipantsPanel,
)
from diva_desktop.ui.panels.weights_panel import METHOD_KEYS, WeightsPanel


@pytest.fixture
def weights(qtbot, document: ProjectDocument, example_model: Model) -> WeightsPanel:
    document.reset(example_model)
    panel = WeightsPanel(document)
    qtbot.addWidget(panel)
    panel.resize(1366, 768)
    panel.show()
    return panel


@pytest.fixture
def people(weights: WeightsPanel) -> ParticipantsPanel:
    dialog = weights.show_participants()
    assert isinstance(dialog, ParticipantsDialog)
    return dialog.panel


def _column(panel: ParticipantsPanel, header: str) -> int:
    t = panel.weights
    heads = [t.horizontalHeaderItem(c).text() for c in range(t.columnCount())]
    return heads.index(header)


def test_the_figures_shown_equal_the_core(people: ParticipantsPanel, document: ProjectDocument) -> None:
    core = combine(document.model)
    assert people.result() == core
    root = core.node("root")
    # the conflict index per node
    rows = {people.nodes.item(r, 0).data(VALUE_ROLE): r for r in range(people.nodes.rowCount())}
    assert people.nodes.item(rows["root"], 2).data(VALUE_ROLE) == root.conflict
    assert people.nodes.item(rows["root"], 2).text() == f"{root.conflict:.3f}"
    assert people.nodes.item(rows["invanare"], 2).text() == "–"
    # the side-by-side table of the top level
    assert people.current_node() == "root"
    for j, pid in enumerate(root.participants):
        name = people._participant_name(pid)
        col = _column(people, name)
        assert col == j
        for row in range(len(root.children)):
            assert people.weights.item(row, col).data(VALUE_ROLE) == root.focal[pid][row]
    spread = _column(people, "Spread")
    after = _column(people, "After combining")
    bounds = core.weights["root"]
    assert isinstance(bounds, IntervalWeights)
    for row, c in enumerate(root.children):
        assert people.weights.item(row, spread).data(VALUE_ROLE) == (
            root.spread_low[row],
            root.spread_high[row],
        )
        lo, hi = people.weights.item(row, after).data(VALUE_ROLE)
        assert (lo, hi) == pytest.approx(bounds.bounds[c], abs=1e-9)
    # each participant's preferred alternative
    for row, p in enumerate(core.participants):
        assert people.choices.item(row, 0).data(VALUE_ROLE) == p.id
        assert people.choices.item(row, 1).data(VALUE_ROLE) == list(p.best)
        assert people.choices.item(row, 2).data(VALUE_ROLE) == p.values[p.best[0]]
    assert people.combine_button.isEnabled()


def test_add_rename_edit_statements_combine_undo(
    qtbot, weights: WeightsPanel, people: ParticipantsPanel, document: ProjectDocument, dialogs
) -> None:
    original = document.model
    # add a participant and rename them in the table
    pid = people.add_participant()
    assert pid == "p3"
    assert [p.id for p in document.model.participants][-1] == "p3"
    row = people.table.currentRow()
    people.table.item(row, 0).setText("Anna Berg")
    people.table.item(row, 1).setText("Socialnämnden")
    added = document.model.participants[-1]
    assert (added.name, added.role) == ("Anna Berg", "Socialnämnden")
    assert people.table.item(row, 2).text() == "no statements yet"
    # "Edit their statements" switches the weight editors to Anna's statements
    people.table.setCurrentCell(row, 0)
    people.edit_button.click()
    assert weights.statements_owner() == "p3"
    assert weights.owner_combo.currentText() == "Anna Berg"
    assert weights.current_pref() is None
    assert "left out of this criterion" in weights.note_label.text()
    group_before = document.model.weights
    i = METHOD_KEYS.index("ranking")
    weights.method_combo.setCurrentIndex(i)
    weights.method_combo.activated.emit(i)
    anna = document.model.participants[-1]
    assert isinstance(anna.weights["root"], RankingWeights)
    assert document.model.weights == group_before  # the group's statements are untouched
    assert "Top level" in people.table.item(row, 2).text()
    # the figures follow: three participants at the top level now
    core = combine(document.model)
    assert core.node("root").participants == ("ks_ordforande", "tjanstepersoner", "p3")
    assert people.result() == core
    assert people.weights.columnCount() == 3 + 3
    # back to the group's statements
    weights.set_statements_owner(None)
    assert weights.owner_combo.currentIndex() == 0
    assert weights.current_pref() == document.model.weights["root"]
    # combine into the group's weights: one undoable step
    before = document.model
    expected = combine(before).weights
    assert people.combine_into_group()
    assert document.model.weights == expected
    assert document.undo_stack.undoText().startswith("Combine the participants' statements")
    assert "Undo" in people.status_label.text()
    assert weights.current_pref() == expected["root"]  # the editor shows the combined set
    lo, hi = people.weights.item(0, _column(people, "Group now")).data(VALUE_ROLE)
    assert (lo, hi) == pytest.approx(expected["root"].bounds["invanare"], abs=1e-9)
    document.undo_stack.undo()
    assert document.model == before
    document.undo_stack.redo()
    assert document.model.weights == expected
    document.undo_stack.undo()
    # remove Anna (asked first) and undo back to the start
    people.table.setCurrentCell(row, 0)
    dialogs.question = dialogs.question.No
    assert not people.remove_participant()
    dialogs.question = dialogs.question.Yes
    weights.set_statements_owner("p3")
    assert people.remove_participant()
    assert [p.id for p in document.model.participants] == ["ks_ordforande", "tjanstepersoner"]
    assert weights.statements_owner() is None  # the chooser falls back to the group
    while document.undo_stack.canUndo():
        document.undo_stack.undo()
    assert document.model == original


def test_intersection_is_refused_with_a_reason(people: ParticipantsPanel, document: ProjectDocument) -> None:
    people.set_method("intersection")
    assert people.preview_result() is None
    assert not people.combine_button.isEnabled()
    assert "no weights in common" in people.problems_label.text()
    assert "Top level" in people.problems_label.text()
    people.set_method("envelope")
    assert people.combine_button.isEnabled() and not people.problems_label.isVisibleTo(people)


def test_an_infeasible_participant_is_named(
    qtbot, weights: WeightsPanel, people: ParticipantsPanel, document: ProjectDocument
) -> None:
    weights.set_statements_owner("ks_ordforande")
    bad = IntervalWeights({"invanare": (0.7, 1.0), "effektivitet": (0.5, 1.0)})
    weights._commit(bad)
    assert document.model.participants[0].weights["root"] == bad
    assert weights.conflict()  # the weight editor marks the conflict in place
    text = people.problems_label.text()
    assert text.startswith("Karin Ek: no weights satisfy all the statements on ‘Top level’")
    assert "interval invanare ∈ [0.7, 1]" in text
    assert not people.combine_button.isEnabled()


def test_panel_without_participants(qtbot, document: ProjectDocument, example_model: Model) -> None:
    from dataclasses import replace

    document.reset(replace(example_model, participants=()))
    panel = ParticipantsPanel(document)
    qtbot.addWidget(panel)
    panel.show()
    assert panel.table.rowCount() == 0
    assert not panel.combine_button.isEnabled()
    assert "no participants" in panel.problems_label.text()
    assert not panel.remove_button.isEnabled()
    panel.add_participant()
    assert panel.table.rowCount() == 1 and document.model.participants[0].name == "Participant 1"
    # hidden, it waits; shown again, it catches up
    panel.hide()
    panel.add_participant()
    assert panel.table.rowCount() == 1
    panel.show()
    assert panel.table.rowCount() == 2 and document.model.participants[1].id == "p2"


# ---------------------------------------------------------------------------
# Swedish
# ---------------------------------------------------------------------------


def test_the_views_speak_swedish(qtbot, qapp, document: ProjectDocument, example_model: Model) -> None:
    translators = i18n.install_translators(qapp, "sv")
    try:
        document.reset(example_model)
        weights = WeightsPanel(document)
        qtbot.addWidget(weights)
        assert weights.owner_combo.itemText(0) == "Gruppen (vikterna som analyserna använder)"
        dialog = weights.show_participants()
        assert isinstance(dialog, ParticipantsDialog)
        panel = dialog.panel
        assert dialog.windowTitle() == "Deltagare och gruppviktning"
        assert panel.combine_button.text() == "&Slå samman till gruppens vikter"
        assert panel.nodes.horizontalHeaderItem(2).text() == "Konfliktindex"
        root = combine(example_model).node("root")
        assert panel.nodes.item(0, 2).text() == f"{root.conflict:.3f}".replace(".", ",")
        panel.set_method("intersection")
        assert "inga vikter gemensamt" in panel.problems_label.text()
    finally:
        i18n.remove_translators(qapp, translators)
        i18n.install_translators(qapp, "en")
    QApplication.processEvents()
