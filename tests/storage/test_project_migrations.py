"""Older project files are backed up, then upgraded in one transaction (schema 1 → 2 → 3 → 4)."""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from project_helpers import V1_MODEL, V1_PROJECT, V2_MODEL, V2_PROJECT, folder_files
from sqlalchemy import Connection

from diva_desktop.core.errors import ProjectFileError
from diva_desktop.io.json_model import load_model_file
from diva_desktop.storage import SCHEMA_VERSION, ProjectStore, load_project, migrations, save_project


def _copy_v1(folder: Path) -> Path:
    path = folder / "plan.diva"
    shutil.copyfile(V1_PROJECT, path)
    return path


def _copy_v2(folder: Path) -> Path:
    path = folder / "plan.diva"
    shutil.copyfile(V2_PROJECT, path)
    return path


def _version(path: Path) -> int:
    con = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
    try:
        return int(con.execute("PRAGMA user_version").fetchone()[0])
    finally:
        con.close()


def _schema(path: Path) -> dict[str, Any]:
    """Tables with their columns, foreign keys and indexes, in a comparable form."""
    con = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
    try:
        out: dict[str, Any] = {}
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        for t in tables:
            columns = [tuple(r[1:]) for r in con.execute(f"PRAGMA table_info('{t}')")]
            fks = sorted(tuple(r[2:]) for r in con.execute(f"PRAGMA foreign_key_list('{t}')"))
            indexes = sorted(
                (r[1], r[2], tuple(c[2] for c in con.execute(f"PRAGMA index_info('{r[1]}')")))
                for r in con.execute(f"PRAGMA index_list('{t}')")
            )
            out[t] = (columns, fks, indexes)
        out["application_id"] = con.execute("PRAGMA application_id").fetchone()[0]
        out["user_version"] = con.execute("PRAGMA user_version").fetchone()[0]
        return out
    finally:
        con.close()


def _columns(path: Path, table: str) -> list[str]:
    con = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
    try:
        return [r[1] for r in con.execute(f"PRAGMA table_info('{table}')")]
    finally:
        con.close()


def test_the_fixtures_are_real_version_1_and_2_files() -> None:
    assert SCHEMA_VERSION == 4
    assert _version(V1_PROJECT) == 1
    assert "snapshot" not in _schema(V1_PROJECT)
    assert "validity" not in _columns(V1_PROJECT, "document")
    assert _version(V2_PROJECT) == 2
    assert "snapshot" in _schema(V2_PROJECT)
    assert "validity" not in _columns(V2_PROJECT, "document")


def test_loading_a_version_1_file_backs_it_up_and_migrates_it(tmp_path: Path) -> None:
    path = _copy_v1(tmp_path)
    expected = load_model_file(V1_MODEL)
    assert load_project(path, check=True) == expected
    backup = tmp_path / "plan.diva.v1.bak"
    assert folder_files(tmp_path) == ["plan.diva", "plan.diva.v1.bak"]
    assert backup.read_bytes() == V1_PROJECT.read_bytes()
    assert _version(path) == SCHEMA_VERSION
    # Nothing else happens on the next load: no second backup.
    assert load_project(path) == expected
    assert folder_files(tmp_path) == ["plan.diva", "plan.diva.v1.bak"]


def test_a_migrated_file_has_exactly_the_schema_of_a_new_file(tmp_path: Path) -> None:
    path = _copy_v1(tmp_path)
    with ProjectStore.open(path) as store:
        assert store.schema_version == SCHEMA_VERSION
        assert store.backup_path == tmp_path / "plan.diva.v1.bak"
    fresh = tmp_path / "fresh.diva"
    save_project(load_model_file(V1_MODEL), fresh)
    assert _schema(path) == _schema(fresh)


def test_a_migrated_file_keeps_its_settings_and_takes_snapshots(tmp_path: Path) -> None:
    path = _copy_v1(tmp_path)
    model = load_model_file(V1_MODEL)
    with ProjectStore.open(path) as store:
        assert store.settings() == {"samples": 10000, "seed": 1}
        info = store.add_snapshot(model, label="Beslut i KF", decided_on="2025-02-03", decided_by="KF")
        assert store.snapshot_model(info.id) == model
        store.save_model(model)
    with ProjectStore.open(path) as store:
        assert [s.label for s in store.snapshots()] == ["Beslut i KF"]
        assert store.load_model() == model


def test_a_failed_migration_leaves_the_file_as_it_was(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _copy_v1(tmp_path)
    original = migrations.STEPS[1]

    def failing(conn: Connection) -> None:
        original(conn)  # creates the snapshot table …
        conn.exec_driver_sql("DROP TABLE setting")
        raise RuntimeError("simulated failure in the middle of an upgrade")  # … then fails

    monkeypatch.setitem(migrations.STEPS, 1, failing)
    with pytest.raises(ProjectFileError) as info:
        load_project(path)
    message = str(info.value)
    assert message.startswith(f"{path}: cannot upgrade this project from schema 1 to {SCHEMA_VERSION}")
    assert "a copy is at plan.diva.v1.bak" in message
    assert _schema(path) == _schema(V1_PROJECT)
    monkeypatch.undo()
    assert load_project(path) == load_model_file(V1_MODEL)
    # The first backup is kept; the second upgrade wrote a second one beside it.
    assert folder_files(tmp_path) == ["plan.diva", "plan.diva.v1-2.bak", "plan.diva.v1.bak"]


def test_saving_over_a_version_1_file_upgrades_it_first(tmp_path: Path) -> None:
    path = _copy_v1(tmp_path)
    model = load_model_file(V1_MODEL)
    save_project(model, path)
    assert _version(path) == SCHEMA_VERSION
    assert (tmp_path / "plan.diva.v1.bak").exists()
    with ProjectStore.open(path) as store:
        assert store.settings() == {"samples": 10000, "seed": 1}


def test_every_version_has_a_step() -> None:
    assert sorted(migrations.STEPS) == list(range(1, SCHEMA_VERSION))


# ---------------------------------------------------------------------------
# Schema 2 → 3 (document.validity)
# ---------------------------------------------------------------------------


def test_loading_a_version_2_file_backs_it_up_and_migrates_it(tmp_path: Path) -> None:
    path = _copy_v2(tmp_path)
    expected = load_model_file(V2_MODEL)
    assert all(d.validity is None for d in expected.documents)
    with ProjectStore.open(path) as store:
        assert store.schema_version == SCHEMA_VERSION
        assert store.backup_path == tmp_path / "plan.diva.v2.bak"
        assert store.load_model(check=False) == expected
        assert store.settings() == {"samples": 5000, "seed": 7}
        [snapshot] = store.snapshots()
        assert (snapshot.id, snapshot.label, snapshot.decided_on, snapshot.decided_by, snapshot.reference) == (
            1,
            "Beslut i KF",
            "2025-02-03",
            "KF",
            "KF 2025-02-03 § 12",
        )
        assert snapshot.created_at == "2025-02-04T09:30:00+00:00"
        assert store.snapshot_model(1) == expected
    assert folder_files(tmp_path) == ["plan.diva", "plan.diva.v2.bak"]
    assert (tmp_path / "plan.diva.v2.bak").read_bytes() == V2_PROJECT.read_bytes()
    assert _version(path) == SCHEMA_VERSION
    assert _columns(path, "document")[-1] == "validity"
    # Nothing else happens on the next load: no second backup.
    assert load_project(path) == expected
    assert folder_files(tmp_path) == ["plan.diva", "plan.diva.v2.bak"]


def test_a_migrated_version_2_file_has_exactly_the_schema_of_a_new_file(tmp_path: Path) -> None:
    path = _copy_v2(tmp_path)
    load_project(path)
    fresh = tmp_path / "fresh.diva"
    save_project(load_model_file(V2_MODEL), fresh)
    assert _schema(path) == _schema(fresh)


def test_a_migrated_version_2_file_stores_validity(tmp_path: Path) -> None:
    path = _copy_v2(tmp_path)
    model = load_model_file(V2_MODEL)
    agenda, budget = model.documents
    changed = replace(model, documents=(replace(agenda, validity="2025–2028"), replace(budget, validity="tills vidare")))
    with ProjectStore.open(path) as store:
        store.save_model(changed)
        assert store.snapshot_model(1) == model  # the decided version is unchanged
    assert load_project(path) == changed
    assert [d.validity for d in load_project(path).documents] == ["2025–2028", "tills vidare"]


def test_a_version_1_file_migrates_through_2_and_3_to_4(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _copy_v1(tmp_path)
    ran: list[int] = []

    def counted(version: int, step: migrations.Step) -> migrations.Step:
        def run(conn: Connection) -> None:
            ran.append(version)
            step(conn)

        return run

    for version, step in list(migrations.STEPS.items()):
        monkeypatch.setitem(migrations.STEPS, version, counted(version, step))
    assert load_project(path) == load_model_file(V1_MODEL)
    assert ran == [1, 2, 3]
    assert _version(path) == 4
    assert folder_files(tmp_path) == ["plan.diva", "plan.diva.v1.bak"]  # one backup, of the file as it was
    assert _columns(path, "document")[-1] == "validity"
    assert "snapshot" in _schema(path)
    fresh = tmp_path / "fresh.diva"
    save_project(load_model_file(V1_MODEL), fresh)
    assert _schema(path) == _schema(fresh)
    with ProjectStore.open(path) as store:
        assert store.settings() == {"samples": 10000, "seed": 1}


def test_a_failed_step_2_to_3_leaves_a_version_1_file_as_it_was(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Both steps run in one transaction: the snapshot table of step 1 → 2 goes too."""
    path = _copy_v1(tmp_path)

    def failing(conn: Connection) -> None:
        raise RuntimeError("simulated failure in the second step")

    monkeypatch.setitem(migrations.STEPS, 2, failing)
    with pytest.raises(ProjectFileError) as info:
        load_project(path)
    assert f"cannot upgrade this project from schema 1 to {SCHEMA_VERSION}" in str(info.value)
    assert _schema(path) == _schema(V1_PROJECT)
