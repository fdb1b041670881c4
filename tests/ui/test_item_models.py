"""Every item model of the criteria and alternatives editors passes qtmodeltester,
before and after edits, and reads the document's current model (no stale copies)."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QByteArray, QMimeData, QModelIndex, Qt

from diva_desktop.core.commands import RemoveCriterion, UpdateCriterion
from diva_desktop.core.model import ROOT_ID, Model
from diva_desktop.ui.document import ProjectDocument
from diva_desktop.ui.models.alternatives_model import (
    COST,
    DO_NOTHING,
    NAME,
    RESOURCES,
    AlternativesTableModel,
)
from diva_desktop.ui.models.criteria_model import MIME_TYPE, CriteriaTreeModel
from diva_desktop.ui.models.scale_models import LevelsTableModel, PointsTableModel


def _commit(document: ProjectDocument):
    def commit(cid, scale, renames):
        return document.execute(UpdateCriterion(cid, scale=scale))

    return commit


@pytest.mark.parametrize("empty", [True, False])
def test_criteria_tree_model(qtmodeltester, qtbot, example_model, empty) -> None:
    doc = ProjectDocument(Model() if empty else example_model)
    model = CriteriaTreeModel(doc)
    qtmodeltester.check(model)
    if not empty:
        assert model.rowCount() == len(example_model.criteria)
        first = model.index(0, 0)
        assert model.data(first) == example_model.criteria[0].name
        child = model.index(0, 0, first)
        assert model.parent(child) == first
        assert model.criterion_id(child) == example_model.criteria[0].children[0].id
        # edits go through the document and the model follows them
        assert model.setData(first, "Invånare")
        assert doc.model.criteria[0].name == "Invånare"
        assert model.data(model.index(0, 0)) == "Invånare"
        doc.execute(RemoveCriterion("digital_service"))
        qtmodeltester.check(model)
        doc.undo_stack.undo()
        qtmodeltester.check(model)
        assert model.rowCount(model.index_of("digital_service")) == 2


def test_criteria_drag_and_drop_is_one_undo_step(qtbot, example_model) -> None:
    doc = ProjectDocument(example_model)
    model = CriteriaTreeModel(doc)
    ids = ["klimat", "frigjord_tid"]
    data = model.mimeData([model.index_of(i) for i in ids])
    target = model.index_of("oppenhet")
    assert model.canDropMimeData(data, Qt.DropAction.MoveAction, 0, 0, target)
    # the view must not remove the source rows itself: dropMimeData says False
    assert not model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, target)
    assert [c.id for c in doc.model.criterion("oppenhet").children][:2] == ids  # type: ignore[union-attr]
    assert doc.undo_stack.count() == 1
    assert doc.undo_stack.undoText() == "Move 2 criteria"
    doc.undo_stack.undo()
    assert doc.model == example_model


def test_criteria_drop_into_own_subtree_is_refused(qtbot, example_model) -> None:
    doc = ProjectDocument(example_model)
    model = CriteriaTreeModel(doc)
    data = model.mimeData([model.index_of("invanare")])
    inside = model.index_of("digital_service")
    assert not model.canDropMimeData(data, Qt.DropAction.MoveAction, -1, 0, inside)
    model.dropMimeData(data, Qt.DropAction.MoveAction, -1, 0, inside)
    assert doc.model is example_model
    bogus = QMimeData()
    bogus.setData(MIME_TYPE, QByteArray(b"not json"))
    assert not model.canDropMimeData(bogus, Qt.DropAction.MoveAction, -1, 0, QModelIndex())


def test_criteria_drop_reorders_within_parent(qtbot, example_model) -> None:
    doc = ProjectDocument(example_model)
    model = CriteriaTreeModel(doc)
    data = model.mimeData([model.index_of("invanare")])
    model.dropMimeData(data, Qt.DropAction.MoveAction, 3, 0, QModelIndex())  # between 3rd and 4th
    assert [c.id for c in doc.model.criteria][:3] == ["effektivitet", "arbetsgivare", "invanare"]
    model.dropMimeData(model.mimeData([model.index_of("invanare")]), Qt.DropAction.MoveAction, -1, 0, QModelIndex())
    assert doc.model.criteria[-1].id == "invanare"
    assert ROOT_ID in doc.model.weights


def test_alternatives_table_model(qtmodeltester, qtbot, example_model) -> None:
    doc = ProjectDocument(example_model)
    model = AlternativesTableModel(doc)
    qtmodeltester.check(model)
    assert model.rowCount() == len(example_model.alternatives)
    assert model.data(model.index(0, NAME)) == example_model.alternatives[0].name
    do_nothing_row = next(i for i, a in enumerate(example_model.alternatives) if a.do_nothing)
    assert model.data(model.index(do_nothing_row, DO_NOTHING), Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert model.setData(model.index(0, COST), "2 500 000")
    assert doc.model.alternatives[0].cost == 2_500_000
    assert model.setData(model.index(0, RESOURCES), "it_staff_hours: 100; konsult: 5.5")
    assert dict(doc.model.alternatives[0].resources) == {"it_staff_hours": 100, "konsult": 5.5}
    qtmodeltester.check(model)


@pytest.mark.parametrize("bad", ["abc", "12 kr", "", "1,2,3x", "-5"])
def test_alternatives_model_refuses_bad_cost(qtbot, example_model, bad) -> None:
    doc = ProjectDocument(example_model)
    model = AlternativesTableModel(doc)
    errors = []
    doc.error.connect(errors.append)
    assert not model.setData(model.index(0, COST), bad)
    assert doc.model is example_model
    assert errors


def test_alternatives_drop_reorders(qtbot, example_model) -> None:
    doc = ProjectDocument(example_model)
    model = AlternativesTableModel(doc)
    data = model.mimeData([model.index(0, 0), model.index(1, 0)])
    assert json.loads(bytes(data.data("application/x-diva-alternative-ids").data())) == [
        example_model.alternatives[0].id,
        example_model.alternatives[1].id,
    ]
    model.dropMimeData(data, Qt.DropAction.MoveAction, 5, 0, QModelIndex())
    ids = doc.model.alternative_ids()
    assert ids[3:5] == [example_model.alternatives[0].id, example_model.alternatives[1].id]
    assert doc.undo_stack.count() == 1


def test_scale_table_models(qtmodeltester, qtbot, example_model, swedish) -> None:
    doc = ProjectDocument(example_model)
    points = PointsTableModel(doc, _commit(doc))
    levels = LevelsTableModel(doc, _commit(doc))
    qtmodeltester.check(points)
    qtmodeltester.check(levels)
    points.set_criterion("handlaggningstid_bygglov")
    levels.set_criterion("kontinuitet")
    qtmodeltester.check(points)
    qtmodeltester.check(levels)
    assert points.rowCount() == 4
    assert levels.rowCount() == 4
    assert points.setData(points.index(1, 1), "0,75")
    assert doc.model.criterion("handlaggningstid_bygglov").scale.points[1] == (36, 0.75)  # type: ignore[union-attr]
    assert points.insert_point(0)
    assert points.rowCount() == 5
    qtmodeltester.check(points)
    assert not points.setData(points.index(0, 0), "tjugo")
    # x typed out of order: the points are sorted
    assert points.setData(points.index(0, 0), "100")
    xs = [p[0] for p in doc.model.criterion("handlaggningstid_bygglov").scale.points]  # type: ignore[union-attr]
    assert xs == sorted(xs)
    assert levels.setData(levels.index(0, 1), "0,1")
    qtmodeltester.check(levels)
    # a leaf of another type shows no rows
    points.set_criterion("kontinuitet")
    assert points.rowCount() == 0
