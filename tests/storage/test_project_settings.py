"""The project's settings of the analysis saved with the model (spec §2): save, save as, atomic."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from project_helpers import V1_MODEL, folder_files

from diva_desktop.core.errors import ProjectFileError
from diva_desktop.core.model import Model
from diva_desktop.io.json_model import load_model_file, save_model_file
from diva_desktop.storage import (
    ProjectStore,
    load_project,
    load_project_content,
    open_content,
    save_project,
)
from diva_desktop.storage import project as project_module
from diva_desktop.storage.orm import SettingRow

SAVED = {"portfolio.compare": {"Dyr": ["b", "a"], "Å liten": []}}


@pytest.fixture
def model() -> Model:
    return load_model_file(V1_MODEL)


def test_settings_round_trip_through_save_and_keep_their_order(tmp_path: Path, model: Model) -> None:
    path = tmp_path / "plan.diva"
    save_project(model, path, settings=SAVED)  # a new file
    loaded, settings = load_project_content(path)
    assert loaded == model
    assert settings == SAVED
    assert list(settings["portfolio.compare"]) == ["Dyr", "Å liten"]  # insertion order kept
    assert open_content(path) == (model, SAVED)
    # saving over the project replaces them exactly (a removed key is gone), with the model
    edited = replace(model, name="Ny")
    save_project(edited, path, settings={"portfolio.compare": {"B": ["a"]}, "gone": None})
    assert load_project_content(path) == (edited, {"portfolio.compare": {"B": ["a"]}})
    # without settings they stay as they are
    save_project(model, path)
    assert load_project_content(path) == (model, {"portfolio.compare": {"B": ["a"]}})
    # and an empty dict removes them all
    save_project(model, path, settings={})
    assert load_project_content(path)[1] == {}


def test_save_as_writes_the_documents_settings_and_keeps_the_snapshots(tmp_path: Path, model: Model) -> None:
    source = tmp_path / "plan.diva"
    save_project(model, source, settings={"portfolio.compare": {"Old": ["a"]}})
    with ProjectStore.open(source) as store:
        store.add_snapshot(model, label="Beslut")
    copy = tmp_path / "kopia.diva"
    save_project(model, copy, copy_of=source, settings=SAVED)
    assert load_project_content(copy)[1] == SAVED
    assert load_project_content(source)[1] == {"portfolio.compare": {"Old": ["a"]}}
    with ProjectStore.open(copy) as store:
        assert [s.label for s in store.snapshots()] == ["Beslut"]
    # a save as without settings copies the source's
    save_project(model, tmp_path / "tredje.diva", copy_of=source)
    assert load_project_content(tmp_path / "tredje.diva")[1] == {"portfolio.compare": {"Old": ["a"]}}


def test_a_json_model_has_no_settings(tmp_path: Path, model: Model) -> None:
    path = tmp_path / "model.json"
    save_model_file(model, path)
    assert open_content(path) == (model, {})


def test_a_value_that_is_not_json_is_refused_before_the_file_is_touched(tmp_path: Path, model: Model) -> None:
    path = tmp_path / "plan.diva"
    save_project(model, path, settings=SAVED)
    before = path.read_bytes()
    with pytest.raises(ValueError):
        save_project(replace(model, name="X"), path, settings={"bad": float("nan")})
    with pytest.raises(TypeError):
        save_project(replace(model, name="X"), tmp_path / "new.diva", settings={"bad": object()})
    assert path.read_bytes() == before
    assert folder_files(tmp_path) == ["plan.diva"]


@pytest.mark.parametrize("target", ["same", "copy"])
def test_a_failed_save_keeps_the_old_model_and_settings_together(
    tmp_path: Path, model: Model, monkeypatch: pytest.MonkeyPatch, target: str
) -> None:
    """The settings are written after the model's rows in the same transaction: a failure
    there rolls the model back too (over the project) or leaves no file (save as)."""
    path = tmp_path / "plan.diva"
    save_project(model, path, settings=SAVED)
    real_insert = project_module.insert

    def failing_insert(table: object) -> object:
        if table is SettingRow:
            raise OSError(28, "No space left on device")
        return real_insert(table)  # type: ignore[arg-type]

    monkeypatch.setattr(project_module, "insert", failing_insert)
    out = path if target == "same" else tmp_path / "kopia.diva"
    with pytest.raises(ProjectFileError):
        save_project(replace(model, name="Halvt"), out, copy_of=path, settings={"portfolio.compare": {"N": []}})
    monkeypatch.undo()
    assert load_project_content(path) == (model, SAVED)
    assert load_project(path).name == model.name
    assert folder_files(tmp_path) == ["plan.diva"]
