"""The richer API of an open project: snapshots of decided versions, settings, save as."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
from project_helpers import V1_MODEL, folder_files

from diva_desktop.core.model import Model
from diva_desktop.io.json_model import load_model_file
from diva_desktop.storage import SCHEMA_VERSION, ProjectStore, is_project_file, load_project, save_project


@pytest.fixture
def model() -> Model:
    return load_model_file(V1_MODEL)


def test_settings_are_typed_json_values_that_persist(tmp_path: Path, model: Model) -> None:
    path = tmp_path / "plan.diva"
    with ProjectStore.create(path, model) as store:
        assert store.settings() == {}
        assert store.get_setting("samples", 10000) == 10000
        store.set_settings({"samples": 20000, "seed": 1, "ratio": 0.25, "labels": ["å", "ä"], "on": True})
        store.set_setting("seed", 7)
        store.set_setting("on", None)  # removes it
    with ProjectStore.open(path) as store:
        assert store.settings() == {"labels": ["å", "ä"], "ratio": 0.25, "samples": 20000, "seed": 7}
        assert isinstance(store.get_setting("samples"), int)
        with pytest.raises(ValueError):
            store.set_setting("bad", float("nan"))
        assert store.get_setting("bad") is None


def test_snapshots_keep_decided_versions(tmp_path: Path, model: Model) -> None:
    path = tmp_path / "plan.diva"
    with ProjectStore.create(path, model) as store:
        first = store.add_snapshot(
            model, label="Beslut KF", decided_on="2025-02-03", decided_by="Kommunfullmäktige", reference="KF § 12"
        )
        changed = replace(model, name="Reviderad portfölj")
        store.save_model(changed)
        second = store.add_snapshot(changed, label="Revidering")
        assert [s.label for s in store.snapshots()] == ["Beslut KF", "Revidering"]
        assert (first.decided_on, first.decided_by, first.reference) == ("2025-02-03", "Kommunfullmäktige", "KF § 12")
        assert first.created_at.endswith("+00:00")
        assert store.snapshot_model(first.id) == model
        assert store.snapshot_model(second.id) == changed
        assert store.load_model() == changed
        with pytest.raises(KeyError):
            store.snapshot_model(999)
    # Saving the model again keeps the snapshots.
    save_project(model, path)
    with ProjectStore.open(path) as store:
        assert len(store.snapshots()) == 2


def test_save_as_copies_snapshots_and_settings_and_moves_on(tmp_path: Path, model: Model) -> None:
    source = tmp_path / "plan.diva"
    with ProjectStore.create(source, model) as store:
        store.set_setting("seed", 3)
        store.add_snapshot(model, label="Beslut")
        edited = replace(model, name="Kopia")
        store.save_as(edited, tmp_path / "kopia.diva")
        assert store.path == tmp_path / "kopia.diva"
        store.set_setting("seed", 4)
    assert load_project(source) == model
    with ProjectStore.open(source) as store:
        assert store.settings() == {"seed": 3}
    with ProjectStore.open(tmp_path / "kopia.diva") as store:
        assert store.load_model() == edited
        assert store.settings() == {"seed": 4}
        assert [s.label for s in store.snapshots()] == ["Beslut"]
        assert store.schema_version == SCHEMA_VERSION
    assert folder_files(tmp_path) == ["kopia.diva", "plan.diva"]


def test_no_log_files_are_left_beside_a_project(tmp_path: Path, model: Model) -> None:
    path = tmp_path / "plan.diva"
    save_project(model, path)
    save_project(model, path)
    load_project(path)
    assert is_project_file(path)
    with ProjectStore.open(path) as store:
        store.set_setting("seed", 1)
        store.load_model()
    assert folder_files(tmp_path) == ["plan.diva"]


def test_a_pending_log_after_a_crash_is_read(tmp_path: Path, model: Model) -> None:
    """A committed transaction still only in the -wal file counts (WAL recovery)."""
    path = tmp_path / "plan.diva"
    save_project(model, path)
    keeper = sqlite3.connect(path)  # holds the log open so that it is not folded in
    keeper.execute("PRAGMA journal_mode = WAL")
    keeper.execute("UPDATE project SET name = 'Ändrad i loggen'")
    keeper.commit()
    assert (tmp_path / "plan.diva-wal").stat().st_size > 0
    assert load_project(path).name == "Ändrad i loggen"
    assert is_project_file(path)
    keeper.close()


def test_is_project_file(tmp_path: Path, model: Model) -> None:
    path = tmp_path / "plan.diva"
    save_project(model, path)
    assert is_project_file(path)
    assert not is_project_file(V1_MODEL)
    assert not is_project_file(tmp_path / "missing.diva")
    assert not is_project_file(tmp_path)
