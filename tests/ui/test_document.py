"""ProjectDocument: undo stack adapter, labels, merging, modified flag, refusals."""

from __future__ import annotations

from diva_desktop.core.commands import (
    AddCriterion,
    RemoveCriterion,
    SetWeights,
    UpdateAlternative,
    UpdateCriterion,
)
from diva_desktop.core.model import ROOT_ID, Criterion, Model, PointWeights
from diva_desktop.ui.document import ProjectDocument


def test_execute_undo_redo_and_labels(qtbot, example_model) -> None:
    doc = ProjectDocument(example_model)
    changes = []
    doc.model_changed.connect(changes.append)
    assert doc.execute(UpdateCriterion("tillganglighet", name="Tillgänglighet"))
    assert doc.undo_stack.undoText() == "Rename criterion ‘Tillgänglighet’"
    assert changes[-1].criteria and not changes[-1].scores
    assert doc.modified
    assert doc.execute(RemoveCriterion("klimat"))
    assert doc.undo_stack.undoText() == "Delete criterion ‘Minskad klimatpåverkan’"
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert doc.model == example_model
    assert not doc.modified
    doc.undo_stack.redo()
    doc.undo_stack.redo()
    assert doc.model.criterion("klimat") is None
    assert doc.model.criterion("tillganglighet").name == "Tillgänglighet"  # type: ignore[union-attr]


def test_refused_edit_emits_error_and_changes_nothing(qtbot, example_model) -> None:
    doc = ProjectDocument(example_model)
    with qtbot.waitSignal(doc.error) as blocker:
        assert not doc.execute(UpdateAlternative("rpa_ekonomi", cost="abc"))
    assert blocker.args[0][0].code == "number_expected"
    assert doc.model is example_model
    assert doc.undo_stack.count() == 0


def test_typing_and_dragging_merge_into_one_step(qtbot) -> None:
    doc = ProjectDocument(Model(criteria=(Criterion("a", "A"), Criterion("b", "B"))))
    for name in ("T", "Ti", "Til"):
        doc.execute(UpdateCriterion("a", name=name))
    assert doc.undo_stack.count() == 1
    assert doc.undo_stack.undoText() == "Rename criterion ‘Til’"
    for w in (0.1, 0.2, 0.3, 0.4):
        doc.execute(SetWeights(ROOT_ID, PointWeights({"a": w, "b": 1 - w})))
    assert doc.undo_stack.count() == 2
    doc.undo_stack.undo()
    assert ROOT_ID not in doc.model.weights
    doc.undo_stack.undo()
    assert doc.model.criteria[0].name == "A"


def test_no_merge_across_save(qtbot, tmp_path) -> None:
    doc = ProjectDocument(Model(criteria=(Criterion("a", "A"),)))
    doc.execute(UpdateCriterion("a", name="B"))
    doc.mark_saved(tmp_path / "x.diva")
    assert not doc.modified
    doc.execute(UpdateCriterion("a", name="C"))
    assert doc.undo_stack.count() == 2
    doc.undo_stack.undo()
    assert not doc.modified
    assert doc.model.criteria[0].name == "B"


def test_no_op_edit_is_not_an_undo_step(qtbot) -> None:
    doc = ProjectDocument(Model(criteria=(Criterion("a", "A"),)))
    assert doc.execute(UpdateCriterion("a", name="A"))
    assert doc.undo_stack.count() == 0


def test_reset_and_recovered_project_is_modified(qtbot, example_model, tmp_path) -> None:
    doc = ProjectDocument()
    modified = []
    doc.modified_changed.connect(modified.append)
    doc.execute(AddCriterion(ROOT_ID, None, Criterion("x", "X")))
    doc.reset(example_model, tmp_path / "p.diva", modified=True)
    assert doc.undo_stack.count() == 0
    assert doc.modified
    assert doc.path == tmp_path / "p.diva"
    doc.mark_saved(tmp_path / "p.diva")
    assert not doc.modified
    assert modified == [True, False]
    assert doc.display_name() == example_model.name


def test_project_settings_are_undoable_steps_and_come_with_a_reset(qtbot, example_model) -> None:
    import pytest

    doc = ProjectDocument(example_model)
    assert doc.settings == {}
    seen: list[str] = []
    doc.settings_changed.connect(seen.append)
    assert doc.set_setting("portfolio.compare", {"A": ["iam"]}, text="Add portfolio ‘A’")
    assert doc.modified and doc.undo_stack.undoText() == "Add portfolio ‘A’"
    assert seen == ["portfolio.compare"]
    assert not doc.set_setting("portfolio.compare", {"A": ["iam"]}, text="same")  # nothing changes
    # the order of the names counts (it is the order shown)
    assert doc.set_setting("portfolio.compare", {"A": ["iam"], "B": []}, text="Add portfolio ‘B’")
    assert doc.set_setting("portfolio.compare", {"B": [], "A": ["iam"]}, text="Reorder")
    got = doc.setting("portfolio.compare")
    got["C"] = []  # a copy: changing it changes nothing
    assert list(doc.setting("portfolio.compare")) == ["B", "A"]
    with pytest.raises(ValueError):
        doc.set_setting("bad", float("nan"), text="x")
    assert "bad" not in doc.settings
    # a model edit and a setting share the stack
    assert doc.execute(UpdateCriterion("klimat", name="K"))
    for _ in range(4):
        doc.undo_stack.undo()
    assert doc.settings == {} and doc.model == example_model and not doc.modified
    doc.undo_stack.redo()
    assert doc.settings == {"portfolio.compare": {"A": ["iam"]}}
    # a reset brings the settings of the project opened (none when not given)
    doc.reset(example_model, None, settings={"portfolio.compare": {"Z": []}})
    assert doc.settings == {"portfolio.compare": {"Z": []}} and not doc.modified
    assert seen[-1] == ""
    doc.reset(example_model)
    assert doc.settings == {}
