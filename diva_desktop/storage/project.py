"""Reading and writing ``.diva`` project files (spec ``model-format.md`` §2).

Saving never leaves a half-written project:

* Saving over an existing project of this program replaces the model's rows in one
  SQLite transaction (snapshots stay; settings stay too unless new ones are given,
  which replace them in the same transaction). A crash or a full disk mid-save
  rolls the transaction back: the file holds the previous model and settings.
* Saving to a new path (or over a file that is not a healthy project) writes a
  complete database to a temporary file in the same folder, folds its write-ahead
  log in, flushes it to disk and renames it over the target in one step.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import json
import os
import sqlite3
import tempfile
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

from sqlalchemy import Engine, delete, insert, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from ..core.errors import ModelError, ProjectFileError
from ..core.model import Model
from ..core.validation import ensure_valid
from ..io.atomic import target_mode
from ..io.json_model import dumps_model, load_model_file, loads_model
from . import fileformat as ff
from .mapping import DamagedContent, Rows, model_from_session, model_to_rows
from .orm import MODEL_TABLES, SCHEMA_VERSION, SettingRow, SnapshotRow

PROJECT_SUFFIX = ".diva"


@dataclass(frozen=True)
class SnapshotInfo:
    """A decided model version kept in the project (without the model itself).

    ``chosen`` is the decided investments (alternative ids, in the order recorded),
    ``None`` when the decision recorded none (every snapshot of a file older than
    schema 4); ``note`` the motivation.
    """

    id: int
    label: str
    decided_on: str | None
    decided_by: str | None
    reference: str | None
    created_at: str
    chosen: tuple[str, ...] | None = None
    note: str | None = None


def _check_settings(settings: Mapping[str, Any] | None) -> dict[str, Any] | None:
    """A copy of ``settings`` once every value is a JSON value (else ValueError/TypeError).

    ``None`` values are dropped (a key without a value is no setting).
    """
    if settings is None:
        return None
    out: dict[str, Any] = {}
    for key, value in settings.items():
        if not isinstance(key, str):
            raise TypeError(f"a setting's key must be text, not {type(key).__name__}")
        json.dumps(value, allow_nan=False)
        if value is not None:
            out[key] = value
    return out


def _write_rows(
    session: Session, rows: Rows, *, replace: bool = True, settings: Mapping[str, Any] | None = None
) -> None:
    """Insert the model's rows; with ``replace`` first delete the rows there are.

    With ``settings`` the file's settings become exactly these (in the same transaction).
    """
    if replace:
        for cls in reversed(MODEL_TABLES):
            session.execute(delete(cls))
    for cls in MODEL_TABLES:
        batch = rows.get(cls)
        if batch:
            session.execute(insert(cls), batch)
    if settings is not None:
        session.execute(delete(SettingRow))
        if settings:
            session.execute(insert(SettingRow), [{"key": k, "value": v} for k, v in settings.items()])


def _read_model(engine: Engine, path: Path, *, check: bool) -> Model:
    return _read_content(engine, path, check=check, settings=False)[0]


def _read_content(engine: Engine, path: Path, *, check: bool, settings: bool = True) -> tuple[Model, dict[str, Any]]:
    """The model and (with ``settings``) the settings, read in one transaction."""
    values: dict[str, Any] = {}
    try:
        with Session(engine) as session, session.begin():
            model = model_from_session(session)
            if settings:
                values = {row.key: row.value for row in session.scalars(select(SettingRow).order_by(SettingRow.key))}
    except (DamagedContent, ValueError) as exc:  # ValueError: undecodable JSON in a column
        ff.fail(
            path,
            "damaged",
            f"the project file is damaged ({exc}). Restore it from a backup; this program left it unchanged.",
        )
    except (SQLAlchemyError, sqlite3.Error) as exc:
        code, reason = ff.reason_of(exc)
        if code == "damaged":
            ff.fail(path, "damaged", f"{reason}. Restore it from a backup; this program left it unchanged.")
        ff.fail(path, "unreadable", f"cannot read the project: {reason}.")
    if check:
        ensure_valid(model)
    return model, values


class ProjectStore:
    """An open project file: its model, snapshots of decided versions and settings.

    Open with :meth:`open` (which upgrades an older file after backing it up) or
    :meth:`create`. Each method is one transaction; no connection stays open between
    calls, so the store may be kept for as long as the project is open.
    """

    def __init__(self, path: Path, *, backup: Path | None = None) -> None:
        self._path = path
        self._engine = ff.make_engine(path)
        self.backup_path = backup
        """Where the pre-upgrade copy was written, if :meth:`open` upgraded the file."""

    # -- life cycle -----------------------------------------------------------

    @classmethod
    def open(cls, path: str | Path) -> ProjectStore:
        """Open an existing project for reading and writing.

        Raises :class:`ProjectFileError` for a missing, damaged, foreign or newer
        file. An older file is copied to ``<name>.v<old>.bak`` and upgraded.
        """
        p = Path(path)
        return cls._open_checked(p, ff.inspect(p))

    @classmethod
    def _open_checked(cls, path: Path, version: int) -> ProjectStore:
        backup = ff.upgrade_in_place(path, version) if version < SCHEMA_VERSION else None
        return cls(path, backup=backup)

    @classmethod
    def create(cls, path: str | Path, model: Model) -> ProjectStore:
        """Write ``model`` as a new project at ``path`` (replacing any file there)."""
        p = Path(path)
        _write_new_file(p, model_to_rows(model))
        return cls(p)

    def close(self) -> None:
        self._engine.dispose()

    def __enter__(self) -> ProjectStore:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    @property
    def path(self) -> Path:
        return self._path

    @property
    def schema_version(self) -> int:
        """The file's schema version (always the current one once opened)."""
        with self._engine.connect() as conn:
            return int(conn.exec_driver_sql("PRAGMA user_version").scalar_one())

    # -- the model ------------------------------------------------------------

    def load_model(self, *, check: bool = False) -> Model:
        """The model; with ``check`` a :class:`ModelError` if it has errors."""
        return _read_model(self._engine, self._path, check=check)

    def save_model(self, model: Model, *, settings: Mapping[str, Any] | None = None) -> None:
        """Replace the model in one transaction (snapshots stay).

        The settings stay as they are, or with ``settings`` become exactly these, in the
        same transaction (values must be JSON values: else ValueError or TypeError
        before the file is touched).
        """
        self._save_rows(model_to_rows(model), settings=_check_settings(settings))

    def _save_rows(self, rows: Rows, *, settings: Mapping[str, Any] | None = None) -> None:
        try:
            with Session(self._engine) as session, session.begin():
                _write_rows(session, rows, settings=settings)
        except (SQLAlchemyError, sqlite3.Error, OSError) as exc:
            ff.save_failed(self._path, exc)

    def save_as(self, model: Model, path: str | Path) -> None:
        """Write a copy with ``model``, snapshots and settings to ``path``; continue there."""
        target = Path(path)
        rows = model_to_rows(model)
        if target.resolve() == self._path.resolve():
            self.save_model(model)
            return
        _write_new_file(target, rows, copy_of=self._path)
        self._engine.dispose()
        self._path = target
        self._engine = ff.make_engine(target)

    # -- settings -------------------------------------------------------------

    def settings(self) -> dict[str, Any]:
        """Every analysis setting of the project (JSON values)."""
        with self._reading() as session:
            return {row.key: row.value for row in session.scalars(select(SettingRow).order_by(SettingRow.key))}

    def get_setting(self, key: str, default: Any = None) -> Any:
        with self._reading() as session:
            row = session.get(SettingRow, key)
            return default if row is None else row.value

    def set_settings(self, values: Mapping[str, Any]) -> None:
        """Store several settings in one transaction; a value of ``None`` removes the key.

        Values are JSON values; anything else (NaN, objects) raises :class:`ValueError`
        or :class:`TypeError` before the file is touched.
        """
        for value in values.values():
            json.dumps(value, allow_nan=False)
        with self._writing() as session:
            for key, value in values.items():
                row = session.get(SettingRow, key)
                if value is None:
                    if row is not None:
                        session.delete(row)
                elif row is None:
                    session.add(SettingRow(key=key, value=value))
                else:
                    row.value = value

    def set_setting(self, key: str, value: Any) -> None:
        self.set_settings({key: value})

    # -- snapshots of decided versions -----------------------------------------

    def add_snapshot(
        self,
        model: Model,
        *,
        label: str,
        decided_on: str | None = None,
        decided_by: str | None = None,
        reference: str | None = None,
        chosen: Sequence[str] | None = None,
        note: str | None = None,
    ) -> SnapshotInfo:
        """Keep ``model`` as a decided version (label, decision date, body, reference,
        the decided investments ``chosen`` and the motivation ``note``), in one transaction."""
        created = _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds")
        row = SnapshotRow(
            label=label,
            decided_on=decided_on,
            decided_by=decided_by,
            reference=reference,
            created_at=created,
            model=dumps_model(model),
            chosen=None if chosen is None else list(dict.fromkeys(chosen)),
            note=note,
        )
        with self._writing() as session:
            session.add(row)
            session.flush()
            return _snapshot_info(row)

    def snapshots(self) -> list[SnapshotInfo]:
        """The decided versions, oldest first."""
        with self._reading() as session:
            return [_snapshot_info(r) for r in session.scalars(select(SnapshotRow).order_by(SnapshotRow.id))]

    def snapshot(self, snapshot_id: int) -> SnapshotInfo:
        """One decided version; :class:`KeyError` if there is none with this id."""
        with self._reading() as session:
            row = session.get(SnapshotRow, snapshot_id)
            if row is None:
                raise KeyError(snapshot_id)
            return _snapshot_info(row)

    def snapshot_model(self, snapshot_id: int) -> Model:
        with self._reading() as session:
            row = session.get(SnapshotRow, snapshot_id)
            if row is None:
                raise KeyError(snapshot_id)
            text = row.model
        try:
            return loads_model(text, check=False)
        except ModelError as exc:
            ff.fail(self._path, "damaged", f"the snapshot {snapshot_id} is damaged ({exc}).")

    # -- helpers --------------------------------------------------------------

    @contextlib.contextmanager
    def _reading(self) -> Iterator[Session]:
        try:
            with Session(self._engine) as session, session.begin():
                yield session
        except (SQLAlchemyError, sqlite3.Error) as exc:
            _, reason = ff.reason_of(exc)
            ff.fail(self._path, "unreadable", f"cannot read the project: {reason}.")

    @contextlib.contextmanager
    def _writing(self) -> Iterator[Session]:
        try:
            with Session(self._engine, expire_on_commit=False) as session, session.begin():
                yield session
        except (SQLAlchemyError, sqlite3.Error, OSError) as exc:
            ff.save_failed(self._path, exc)


def _snapshot_info(row: SnapshotRow) -> SnapshotInfo:
    chosen = row.chosen
    return SnapshotInfo(
        row.id,
        row.label,
        row.decided_on,
        row.decided_by,
        row.reference,
        row.created_at,
        tuple(str(a) for a in chosen) if isinstance(chosen, list) else None,
        row.note,
    )


# ---------------------------------------------------------------------------
# Writing a whole new file
# ---------------------------------------------------------------------------


def _write_new_file(
    path: Path, rows: Rows, *, copy_of: Path | None = None, settings: Mapping[str, Any] | None = None
) -> None:
    """Write a complete project to a temporary file beside ``path`` and rename it into place."""
    folder = path.parent
    try:
        mode = target_mode(path)
        fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
        try:
            os.fchmod(fd, mode)
        finally:
            os.close(fd)
    except OSError as exc:
        ff.save_failed(path, exc)
    tmp = Path(name)
    wal, shm = ff.sidecars(tmp)
    try:
        if copy_of is not None:
            src = ff.connect_readonly(copy_of)
            try:
                dst = sqlite3.connect(tmp)
                try:
                    src.backup(dst)
                finally:
                    dst.close()
            finally:
                src.close()
        engine = ff.make_engine(tmp, scratch=True)
        try:
            if copy_of is None:
                ff.create_schema(engine)
            else:
                ff.run_migrations(engine)  # a copy of an older file (read where it could not be upgraded)
            with Session(engine) as session, session.begin():
                _write_rows(session, rows, replace=copy_of is not None, settings=settings)
            ff.switch_to_wal(engine)
        finally:
            engine.dispose()
        ff.remove_quietly(wal, shm)
        ff.fsync_file(tmp)
        ff.settle_sidecars(path)
        os.replace(tmp, path)
    except (SQLAlchemyError, sqlite3.Error, OSError) as exc:
        ff.remove_quietly(tmp, wal, shm)
        ff.save_failed(path, exc)
    except BaseException:
        ff.remove_quietly(tmp, wal, shm)
        raise
    ff.fsync_folder(folder)


# ---------------------------------------------------------------------------
# The public functions
# ---------------------------------------------------------------------------


def save_project(
    model: Model,
    path: str | Path,
    *,
    copy_of: str | Path | None = None,
    settings: Mapping[str, Any] | None = None,
) -> None:
    """Save ``model`` to the project file ``path``, atomically.

    Over an existing project of this program (or an older one, which is backed up and
    upgraded first) the model is replaced in one transaction and the file's snapshots
    and settings stay. Anywhere else a new file is written and renamed into place.

    ``copy_of`` is for *Save as*: when it names another project file, ``path``
    becomes a copy of that project (its snapshots of decided versions and its
    settings) holding ``model``, replacing whatever ``path`` held.

    ``settings`` (the analysis settings the application keeps, JSON values; ``None``
    values are dropped) replace the file's settings in the same transaction or new
    file as the model, so a crash never leaves one without the other. Without it the
    settings stay as they are (or are copied from ``copy_of``).

    Raises :class:`ModelError` if the model cannot be stored (duplicate identifiers or
    references to nothing; other problems are stored as they are) and
    :class:`ProjectFileError` if the file cannot be written; the file on disk is then
    unchanged.
    """
    p = Path(path)
    rows = model_to_rows(model)
    values = _check_settings(settings)
    version = ff.project_version(p)
    if version is not None and version > SCHEMA_VERSION:
        ff.fail(
            p,
            "newer_version",
            f"this project was written by a newer DIVÄ Desktop (schema {version}; this version "
            f"writes {SCHEMA_VERSION}) and would lose data. Save under another name, or update the program.",
        )
    if copy_of is not None:
        source = Path(copy_of)
        if source.resolve() != p.resolve() and is_project_file(source):
            ff.inspect(source)  # refuses a damaged or newer source before anything is written
            _write_new_file(p, rows, copy_of=source, settings=values)
            return
    if version is None:
        _write_new_file(p, rows, settings=values)
        return
    try:
        version = ff.inspect(p)
    except ProjectFileError:
        _write_new_file(p, rows, settings=values)  # a damaged project: replace it whole
        return
    with ProjectStore._open_checked(p, version) as store:
        store._save_rows(rows, settings=values)


def load_project(path: str | Path, *, check: bool = False) -> Model:
    """Read the model of a project file.

    An older file is backed up to ``<name>.v<old>.bak`` and upgraded; if that is not
    possible (a read-only folder), an upgraded copy in memory is read and the file is
    left as it is. Raises :class:`ProjectFileError` for a file that is missing, not a
    project, damaged or from a newer version, and with ``check`` a
    :class:`ModelError` if the model has errors (unfinished models are stored as
    they are, so ``check`` is off by default).
    """
    return _load(Path(path), check=check, settings=False)[0]


def load_project_content(path: str | Path, *, check: bool = False) -> tuple[Model, dict[str, Any]]:
    """The model and the analysis settings of a project file, read together.

    Like :func:`load_project` (upgrades, errors); the settings are a dict of JSON
    values by key (empty when the project has none).
    """
    return _load(Path(path), check=check, settings=True)


def _load(p: Path, *, check: bool, settings: bool) -> tuple[Model, dict[str, Any]]:
    version = ff.inspect(p)
    if version < SCHEMA_VERSION:
        try:
            ff.upgrade_in_place(p, version)
        except ProjectFileError as exc:
            # Not upgradable here (a read-only folder or file): read an upgraded copy.
            try:
                with ff.migrated_copy_in_memory(p) as engine:
                    return _read_content(engine, p, check=check, settings=settings)
            except Exception:
                raise exc from None
    engine = ff.make_engine(p)
    try:
        try:
            with engine.connect():
                pass
        except (SQLAlchemyError, sqlite3.Error):
            engine.dispose()
            engine = ff.make_readonly_engine(p)
        return _read_content(engine, p, check=check, settings=settings)
    finally:
        engine.dispose()


def is_project_file(path: str | Path) -> bool:
    """True if ``path`` is a DIVÄ project file (of any schema version)."""
    return ff.project_version(Path(path)) is not None


def open_model(path: str | Path, *, check: bool = False) -> Model:
    """Read a model from a ``.diva`` project, an ``.xlsx`` workbook or a ``.json`` model.

    A SQLite file is read as a project, anything else with a ``.diva`` suffix is
    refused as a project (:class:`ProjectFileError`), an ``.xlsx`` file is read as
    the model's workbook (:mod:`diva_desktop.io.xlsx_model`), and the rest is parsed
    as JSON (:class:`ModelError`). ``check`` runs the full validation for all.
    """
    p = Path(path)
    if ff.looks_like_sqlite(p) or p.suffix.lower() == PROJECT_SUFFIX:
        return load_project(p, check=check)
    if p.suffix.lower() == ".xlsx":
        from ..io.xlsx_model import load_model_xlsx

        return load_model_xlsx(p, check=check)
    return load_model_file(p, check=check)


def open_content(path: str | Path, *, check: bool = False) -> tuple[Model, dict[str, Any]]:
    """Like :func:`open_model`, with the project's analysis settings (``{}`` for a JSON model)."""
    p = Path(path)
    if ff.looks_like_sqlite(p) or p.suffix.lower() == PROJECT_SUFFIX:
        return load_project_content(p, check=check)
    return load_model_file(p, check=check), {}
