"""Bad project files: each is refused with one line naming the file and the fix, and
nothing is lost (the file is left exactly as it was)."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from project_helpers import V1_MODEL, V1_PROJECT, folder_files, read_only_folder

from diva_desktop.core.errors import ModelError, ProjectFileError
from diva_desktop.core.model import Model
from diva_desktop.io.json_model import load_model_file
from diva_desktop.storage import (
    SCHEMA_VERSION,
    ProjectStore,
    is_project_file,
    load_project,
    open_model,
    save_project,
)
from diva_desktop.storage import fileformat as ff


@pytest.fixture
def model() -> Model:
    return load_model_file(V1_MODEL)


@pytest.fixture
def project(tmp_path: Path, model: Model) -> Path:
    path = tmp_path / "plan.diva"
    save_project(model, path)
    return path


def refused(path: Path, code: str) -> str:
    """Load ``path``, expect a ProjectFileError with ``code``; check the file is untouched."""
    before = path.read_bytes() if path.is_file() else None
    neighbours = folder_files(path.parent)
    with pytest.raises(ProjectFileError) as info:
        load_project(path)
    message = str(info.value)
    assert [p.code for p in info.value.problems] == [code], message
    assert "\n" not in message
    assert message.startswith(f"{path}: "), message
    if before is not None:
        assert path.read_bytes() == before
    assert folder_files(path.parent) == neighbours
    assert not is_project_file(path) or code in ("newer_version", "damaged")
    return message


def test_a_newer_project_is_refused_with_update_advice(project: Path, model: Model) -> None:
    con = sqlite3.connect(project)
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    con.close()
    message = refused(project, "newer_version")
    assert (
        f"this project was written by a newer DIVÄ Desktop (schema {SCHEMA_VERSION + 1}; this version "
        f"reads up to {SCHEMA_VERSION}). Update the program to open it." in message
    )
    before = project.read_bytes()
    with pytest.raises(ProjectFileError, match="newer DIVÄ Desktop"):
        save_project(model, project)
    with pytest.raises(ProjectFileError, match="newer DIVÄ Desktop"):
        ProjectStore.open(project)
    assert project.read_bytes() == before


def test_a_truncated_project_is_reported_as_damaged(project: Path) -> None:
    data = project.read_bytes()
    assert len(data) > 8192
    project.write_bytes(data[: len(data) // 2])
    message = refused(project, "damaged")
    assert "damaged" in message and "Restore it from a backup" in message


@pytest.mark.parametrize("size", [0, 10, 99])
def test_a_project_cut_off_in_the_header_is_damaged(project: Path, size: int) -> None:
    project.write_bytes(project.read_bytes()[:size])
    message = refused(project, "damaged")
    assert "damaged" in message


def test_a_corrupted_project_is_reported_as_damaged(project: Path) -> None:
    data = bytearray(project.read_bytes())
    page = 4096
    for start in range(page, len(data), 3 * page):  # garble every third page after the first
        data[start : start + page] = bytes((i * 151 + 7) % 256 for i in range(page))
    project.write_bytes(bytes(data))
    message = refused(project, "damaged")
    assert "Restore it from a backup" in message


def test_a_damaged_schema_page_is_reported_as_damaged(project: Path) -> None:
    data = bytearray(project.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)
    project.write_bytes(bytes(data))
    refused(project, "damaged")


@pytest.mark.parametrize(
    "content",
    [b"hello, this is text\n", b'{"format": "diva-model", "version": 1}', bytes(range(256)) * 64],
    ids=["text", "json", "binary"],
)
def test_a_file_that_is_not_sqlite_is_refused(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "plan.diva"
    path.write_bytes(content)
    message = refused(path, "not_sqlite")
    assert "not a DIVÄ project file (it is not a SQLite database)" in message
    assert "Open a .diva file saved by DIVÄ Desktop" in message


@pytest.mark.parametrize("app_id", [0, 0x12345678], ids=["plain", "other_app"])
def test_a_sqlite_file_of_another_program_is_refused(tmp_path: Path, app_id: int) -> None:
    path = tmp_path / "other.diva"
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA application_id = {app_id}")
    con.execute("PRAGMA user_version = 1")
    con.execute("CREATE TABLE project (id INTEGER PRIMARY KEY, name TEXT)")
    con.execute("INSERT INTO project VALUES (1, 'inte vår')")
    con.commit()
    con.close()
    message = refused(path, "foreign_database")
    assert "a SQLite database of another program" in message
    assert "not a DIVÄ project" in message
    if app_id:
        assert "0x12345678" in message


def test_a_missing_file_and_a_folder_are_refused(tmp_path: Path) -> None:
    message = refused(tmp_path / "nothing.diva", "not_found")
    assert "does not exist" in message
    (tmp_path / "folder.diva").mkdir()
    assert "folder" in refused(tmp_path / "folder.diva", "not_a_file")


def test_open_model_dispatches_on_content(tmp_path: Path, project: Path, model: Model) -> None:
    assert open_model(project) == model
    renamed = tmp_path / "project-without-suffix.bin"
    renamed.write_bytes(project.read_bytes())
    assert open_model(renamed) == model
    assert open_model(V1_MODEL) == model
    as_diva = tmp_path / "model.diva"
    as_diva.write_bytes(V1_MODEL.read_bytes())
    with pytest.raises(ProjectFileError, match="not a SQLite database"):
        open_model(as_diva)
    broken = tmp_path / "broken.json"
    broken.write_text("{", encoding="utf-8")
    with pytest.raises(ModelError):
        open_model(broken)


# ---------------------------------------------------------------------------
# Saving where it cannot be done
# ---------------------------------------------------------------------------


def _other(model: Model) -> Model:
    from dataclasses import replace

    return replace(model, name="En annan version", alternatives=model.alternatives[:2], scores={})


def test_saving_into_a_read_only_folder_fails_and_keeps_the_old_file(project: Path, model: Model) -> None:
    folder = project.parent
    before = project.read_bytes()
    with read_only_folder(folder):
        with pytest.raises(ProjectFileError) as info:
            save_project(_other(model), project)
        message = str(info.value)
        assert message.startswith(f"{project}: cannot save the project: the folder or the file is read-only")
        assert "Save it to a folder where you may write" in message
        assert "\n" not in message
        with pytest.raises(ProjectFileError, match="read-only"):
            save_project(model, folder / "new.diva")
        # The project still opens there, unchanged.
        assert load_project(project) == model
        with ProjectStore.open(project) as store:
            with pytest.raises(ProjectFileError, match="read-only"):
                store.save_model(_other(model))
            with pytest.raises(ProjectFileError, match="read-only"):
                store.set_setting("seed", 7)
    assert project.read_bytes() == before
    assert folder_files(folder) == ["plan.diva"]
    assert load_project(project) == model


def test_saving_over_a_read_only_file_fails_and_keeps_it(tmp_path: Path, project: Path, model: Model) -> None:
    if os.geteuid() == 0:
        pytest.skip("root may write any file; the read-only folder test covers root")
    project.chmod(0o444)
    try:
        with pytest.raises(ProjectFileError, match="read-only"):
            save_project(_other(model), project)
    finally:
        project.chmod(0o644)
    assert load_project(project) == model


def test_a_full_disk_during_a_save_keeps_the_old_model(
    project: Path, model: Model, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLite reports a full disk (SQLITE_FULL); the transaction is rolled back."""
    pages = project.stat().st_size // 4096
    original = ff._on_connect

    def tiny_disk(dbapi_connection: object, record: object) -> None:
        original(dbapi_connection, record)
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages + 2}")  # type: ignore[attr-defined]

    monkeypatch.setattr(ff, "_on_connect", tiny_disk)
    monkeypatch.setattr(ff, "_on_connect_scratch", tiny_disk)
    from dataclasses import replace

    big = replace(model, documents=(replace(model.documents[0], text="x" * 200_000),))
    with pytest.raises(ProjectFileError) as info:
        save_project(big, project)
    message = str(info.value)
    assert "the disk is full" in message and "Free some disk space" in message
    assert "the file on disk is unchanged" in message
    with pytest.raises(ProjectFileError, match="the disk is full"):
        save_project(big, project.parent / "new.diva")
    monkeypatch.undo()
    assert load_project(project) == model
    assert folder_files(project.parent) == ["plan.diva"]


def test_a_project_in_a_read_only_folder_can_be_read(project: Path, model: Model) -> None:
    with read_only_folder(project.parent):
        assert load_project(project) == model
        assert is_project_file(project)
    assert folder_files(project.parent) == ["plan.diva"]


def test_an_old_project_in_a_read_only_folder_is_read_without_upgrading(tmp_path: Path, model: Model) -> None:
    path = tmp_path / "old.diva"
    path.write_bytes(V1_PROJECT.read_bytes())
    with read_only_folder(tmp_path):
        assert load_project(path) == model
        with pytest.raises(ProjectFileError, match="no backup copy could be written"):
            ProjectStore.open(path)
    assert path.read_bytes() == V1_PROJECT.read_bytes()
    assert folder_files(tmp_path) == ["old.diva"]


def test_saving_over_a_damaged_or_foreign_file_replaces_it(tmp_path: Path, model: Model) -> None:
    path = tmp_path / "plan.diva"
    path.write_bytes(b"not a database")
    save_project(model, path)
    assert load_project(path) == model
    path.write_bytes(path.read_bytes()[:5000])
    save_project(model, path)
    assert load_project(path) == model
    assert folder_files(tmp_path) == ["plan.diva"]


def test_rows_that_refer_to_nothing_make_a_damaged_file(project: Path) -> None:
    con = sqlite3.connect(project)
    con.execute("PRAGMA foreign_keys = OFF")
    con.execute("UPDATE goal SET document_id = 'ghost'")
    con.commit()
    con.close()
    assert "refers to a missing row of document" in refused(project, "damaged")


@pytest.mark.parametrize(
    ("sql", "detail"),
    [
        ("UPDATE criterion SET scale = '{\"type\": \"spiral\"}' WHERE scale IS NOT NULL", "unknown scale type"),
        ("UPDATE criterion SET scale = '{not json' WHERE scale IS NOT NULL", "Expecting property name"),
        ("UPDATE preference_set SET body = '{\"method\": \"magic\"}'", "unknown method"),
        ("UPDATE criterion SET parent_id = id WHERE id = 'risk'", "not part of the tree"),
        ("DELETE FROM project", "the project row is missing"),
        ("UPDATE alternative SET cost = 'dyr'", "cost"),
    ],
    ids=["scale", "json", "preferences", "cycle", "no_project", "cost"],
)
def test_undecodable_content_makes_a_damaged_file(project: Path, sql: str, detail: str) -> None:
    con = sqlite3.connect(project)
    con.execute("PRAGMA foreign_keys = OFF")
    con.execute(sql)
    con.commit()
    con.close()
    message = refused(project, "damaged")
    assert detail in message


def test_a_stale_log_beside_a_replaced_file_is_not_replayed(tmp_path: Path, model: Model) -> None:
    """Saving over another program's database whose -wal file is left over."""
    other = tmp_path / "other.db"
    con = sqlite3.connect(other)
    con.execute("PRAGMA journal_mode = WAL")
    con.execute("PRAGMA wal_autocheckpoint = 0")
    con.execute("CREATE TABLE t (x)")
    con.executemany("INSERT INTO t VALUES (?)", [(i,) for i in range(2000)])
    con.commit()
    stale_log = (tmp_path / "other.db-wal").read_bytes()
    con.close()
    other.unlink()
    assert len(stale_log) > 4096
    path = tmp_path / "plan.diva"
    path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)  # damaged
    (tmp_path / "plan.diva-wal").write_bytes(stale_log)
    save_project(model, path)
    assert load_project(path) == model
    assert folder_files(tmp_path) == ["plan.diva"]
