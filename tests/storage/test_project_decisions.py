"""Recorded decisions (schema 4): chosen investments and the note round-trip and survive
every kind of save; a schema-3 file is backed up and migrated."""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
from project_helpers import V3_MODEL, V3_PROJECT, folder_files

from diva_desktop.core.errors import ProjectFileError
from diva_desktop.core.model import Model
from diva_desktop.io.json_model import load_model_file
from diva_desktop.storage import SCHEMA_VERSION, ProjectStore, load_project, save_project


@pytest.fixture
def model() -> Model:
    return load_model_file(V3_MODEL)


def _columns(path: Path, table: str) -> list[str]:
    con = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
    try:
        return [r[1] for r in con.execute(f"PRAGMA table_info('{table}')")]
    finally:
        con.close()


def _record(store: ProjectStore, model: Model) -> int:
    info = store.add_snapshot(
        model,
        label="Investeringsbeslut 2026",
        decided_on="2026-03-16",
        decided_by="KF",
        reference="KS 2026/0123, § 45",
        chosen=["e_services", "case_system", "e_services"],
        note="Plattformen först; ärendesystemet när budgeten medger.",
    )
    return info.id


def test_chosen_and_note_round_trip(tmp_path: Path, model: Model) -> None:
    path = tmp_path / "plan.diva"
    with ProjectStore.create(path, model) as store:
        sid = _record(store, model)
        plain = store.add_snapshot(model, label="Utan val")
    with ProjectStore.open(path) as store:
        info = store.snapshot(sid)
        assert info.chosen == ("e_services", "case_system")  # duplicates dropped, order kept
        assert info.note == "Plattformen först; ärendesystemet när budgeten medger."
        assert (info.label, info.decided_by, info.decided_on, info.reference) == (
            "Investeringsbeslut 2026",
            "KF",
            "2026-03-16",
            "KS 2026/0123, § 45",
        )
        assert store.snapshot(plain.id).chosen is None and store.snapshot(plain.id).note is None
        assert store.snapshots() == [info, store.snapshot(plain.id)]
        assert store.snapshot_model(sid) == model
        with pytest.raises(KeyError):
            store.snapshot(999)
    # An empty choice (the body adopted nothing) is not the same as no record.
    with ProjectStore.open(path) as store:
        empty = store.add_snapshot(model, label="Inget", chosen=[])
        assert store.snapshot(empty.id).chosen == ()


def test_snapshots_survive_save_save_as_and_a_recovered_save(tmp_path: Path, model: Model) -> None:
    path = tmp_path / "plan.diva"
    save_project(model, path)
    with ProjectStore.open(path) as store:
        sid = _record(store, model)
        store.set_setting("seed", 9)
    edited = replace(model, name="Efter beslutet")
    # Save (the GUI's save): the model is replaced, the decision stays.
    save_project(edited, path)
    with ProjectStore.open(path) as store:
        assert store.load_model() == edited
        assert store.snapshot(sid).chosen == ("e_services", "case_system")
        assert store.snapshot_model(sid) == model
    # Save as a new file (the GUI passes the open project as copy_of): a copy with the decision.
    copy = tmp_path / "kopia.diva"
    later = replace(edited, description="ändrad")
    save_project(later, copy, copy_of=path)
    with ProjectStore.open(copy) as store:
        assert store.load_model() == later
        assert [s.label for s in store.snapshots()] == ["Investeringsbeslut 2026"]
        assert store.snapshot(sid).note == "Plattformen först; ärendesystemet när budgeten medger."
        assert store.settings() == {"seed": 9}
    assert load_project(path) == edited  # the source is unchanged
    # Save as over another, existing project: it becomes the copy (its own snapshots go).
    other = tmp_path / "annan.diva"
    with ProjectStore.create(other, model) as store:
        store.add_snapshot(model, label="Annat beslut")
    save_project(later, other, copy_of=path)
    with ProjectStore.open(other) as store:
        assert [s.label for s in store.snapshots()] == ["Investeringsbeslut 2026"]
    # Recovery: the recovered model (a JSON model) saved over the project keeps the decision.
    recovered = replace(model, name="Återställd")
    save_project(recovered, path)
    with ProjectStore.open(path) as store:
        assert store.load_model() == recovered
        assert [s.id for s in store.snapshots()] == [sid]
    # Without copy_of a new file has no snapshots (the model alone was asked for).
    fresh = tmp_path / "ny.diva"
    save_project(model, fresh)
    with ProjectStore.open(fresh) as store:
        assert store.snapshots() == []


def test_save_as_from_a_newer_source_is_refused(tmp_path: Path, model: Model) -> None:
    source = tmp_path / "plan.diva"
    save_project(model, source)
    con = sqlite3.connect(source)
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    con.commit()
    con.close()
    with pytest.raises(ProjectFileError):
        save_project(model, tmp_path / "kopia.diva", copy_of=source)
    assert not (tmp_path / "kopia.diva").exists()


def test_the_fixture_is_a_real_version_3_file() -> None:
    con = sqlite3.connect(f"file:{V3_PROJECT}?mode=ro&immutable=1", uri=True)
    try:
        assert con.execute("PRAGMA user_version").fetchone()[0] == 3
    finally:
        con.close()
    columns = _columns(V3_PROJECT, "snapshot")
    assert "chosen" not in columns and "note" not in columns
    assert "validity" in _columns(V3_PROJECT, "document")


def test_loading_a_version_3_file_backs_it_up_and_migrates_it(tmp_path: Path, model: Model) -> None:
    path = tmp_path / "plan.diva"
    shutil.copyfile(V3_PROJECT, path)
    with ProjectStore.open(path) as store:
        assert store.schema_version == SCHEMA_VERSION == 4
        assert store.backup_path == tmp_path / "plan.diva.v3.bak"
        assert store.load_model() == model
        assert store.settings() == {"samples": 2000, "seed": 3}
        first, second = store.snapshots()
        assert (first.label, first.decided_by, first.reference, first.chosen, first.note) == (
            "Beslut i KF",
            "KF",
            "KF 2025-02-03 § 12",
            None,
            None,
        )
        assert (second.label, second.decided_on, second.created_at) == (
            "Revidering i KS",
            "2025-09-15",
            "2025-09-16T08:00:00+00:00",
        )
        assert store.snapshot_model(1) == model
        revised = store.snapshot_model(2)
        assert revised.portfolio is not None and revised.portfolio.budget == 3_500_000
        # The migrated file takes decisions with chosen investments and a note.
        sid = _record(store, model)
        assert store.snapshot(sid).chosen == ("e_services", "case_system")
    assert (tmp_path / "plan.diva.v3.bak").read_bytes() == V3_PROJECT.read_bytes()
    assert _columns(path, "snapshot")[-2:] == ["chosen", "note"]
    assert folder_files(tmp_path) == ["plan.diva", "plan.diva.v3.bak"]
    # Nothing else happens on the next load: no second backup.
    assert load_project(path) == model
    assert folder_files(tmp_path) == ["plan.diva", "plan.diva.v3.bak"]


def test_a_migrated_version_3_file_has_exactly_the_schema_of_a_new_file(tmp_path: Path, model: Model) -> None:
    from test_project_migrations import _schema

    path = tmp_path / "plan.diva"
    shutil.copyfile(V3_PROJECT, path)
    load_project(path)
    fresh = tmp_path / "fresh.diva"
    save_project(model, fresh)
    assert _schema(path) == _schema(fresh)


def test_save_as_from_an_unmigrated_version_3_copy_upgrades_the_copy(tmp_path: Path, model: Model) -> None:
    """A source that could not be upgraded where it lies (read-only) is migrated in the copy."""
    source = tmp_path / "gammal.diva"
    shutil.copyfile(V3_PROJECT, source)
    target = tmp_path / "ny.diva"
    save_project(model, target, copy_of=source)
    with ProjectStore.open(target) as store:
        assert store.backup_path is None  # already current: nothing to back up
        assert [s.label for s in store.snapshots()] == ["Beslut i KF", "Revidering i KS"]
        assert store.load_model() == model
    con = sqlite3.connect(f"file:{source}?mode=ro&immutable=1", uri=True)
    try:
        assert con.execute("PRAGMA user_version").fetchone()[0] == 3  # the source is untouched
    finally:
        con.close()
