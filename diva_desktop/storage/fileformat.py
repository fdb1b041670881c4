"""The ``.diva`` file itself: identity, schema version, connections, upgrades, errors.

A project file is a SQLite database with ``PRAGMA application_id`` =
:data:`~.orm.APPLICATION_ID` ("DIVA") and ``PRAGMA user_version`` = its schema version.
Every connection runs in WAL mode with foreign keys on and ``synchronous = FULL``.
Files are inspected through a read-only connection before anything else touches them,
so that a file of another program, a damaged file or one from a newer DIVÄ Desktop is
refused without being changed. An older file is first copied to
``<name>.v<old>.bak`` beside it, then upgraded in one transaction.
"""

from __future__ import annotations

import contextlib
import errno
import functools
import os
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NoReturn

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.dialects import sqlite
from sqlalchemy.exc import StatementError
from sqlalchemy.pool import NullPool, StaticPool
from sqlalchemy.schema import CreateIndex, CreateTable

from ..core.errors import Problem, ProjectFileError
from .migrations import migrate
from .orm import APPLICATION_ID, SCHEMA_VERSION, Base

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_S = 10.0


def fail(path: Path, code: str, text: str) -> NoReturn:
    """Raise a :class:`ProjectFileError` of one line: ``<path>: <text>``."""
    text = " ".join(text.split())
    raise ProjectFileError(Problem(code, str(path), text, params={"path": str(path)}))


def sidecars(path: Path) -> tuple[Path, Path]:
    """SQLite's write-ahead log and shared-memory files of ``path``."""
    return path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")


def _has_pending_log(path: Path) -> bool:
    wal, _ = sidecars(path)
    try:
        return wal.stat().st_size > 0
    except OSError:
        return False


# ---------------------------------------------------------------------------
# Reasons, in words
# ---------------------------------------------------------------------------


def reason_of(exc: BaseException) -> tuple[str, str]:
    """A short reason and the fix for an OS or SQLite error (code, sentence)."""
    if isinstance(exc, StatementError) and exc.orig is not None:
        exc = exc.orig
    if isinstance(exc, OSError):
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return "read_only", f"the folder or the file is read-only ({exc.strerror})"
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            return "disk_full", f"the disk is full ({exc.strerror})"
        return "io", exc.strerror or str(exc)
    text = str(exc)
    low = text.lower()
    if "readonly" in low or "read-only" in low or "unable to open" in low or "access permission" in low:
        return "read_only", f"the folder or the file is read-only ({text})"
    if "disk is full" in low or "disk full" in low:
        return "disk_full", f"the disk is full ({text})"
    if "locked" in low or "busy" in low:
        return "locked", f"another program is using the file ({text})"
    if "malformed" in low or "not a database" in low or "corrupt" in low:
        return "damaged", f"the file is damaged ({text})"
    return "io", text


_SAVE_FIX = {
    "read_only": "Save it to a folder where you may write",
    "disk_full": "Free some disk space or save it to another disk",
    "locked": "Close the other program and save again",
}


def save_failed(path: Path, exc: BaseException) -> NoReturn:
    code, reason = reason_of(exc)
    fix = _SAVE_FIX.get(code, "Save it under another name or in another folder")
    fail(path, "save_failed", f"cannot save the project: {reason}. {fix}; the file on disk is unchanged.")


# ---------------------------------------------------------------------------
# Connections
# ---------------------------------------------------------------------------


def _uri(path: Path, mode: str) -> str:
    return f"{path.resolve().as_uri()}?mode={mode}"


def connect_readonly(path: Path) -> sqlite3.Connection:
    """A read-only connection that changes nothing, not even beside the file.

    When no write-ahead log is pending the file is opened as immutable: SQLite then
    reads it without locks and creates no ``-wal``/``-shm`` files (which a read-only
    connection could not remove again, and a read-only folder would not allow).
    With a pending log (after a crash, or while another program writes) it is opened
    read-only in the ordinary way, so that the log's committed transactions count.
    """
    if _has_pending_log(path):
        return sqlite3.connect(_uri(path, "ro"), uri=True, timeout=BUSY_TIMEOUT_S, isolation_level=None)
    return sqlite3.connect(
        _uri(path, "ro") + "&immutable=1", uri=True, timeout=BUSY_TIMEOUT_S, isolation_level=None
    )


def _on_connect(dbapi_connection: Any, connection_record: Any) -> None:
    cur = dbapi_connection.cursor()
    try:
        cur.execute("PRAGMA foreign_keys = ON")
        cur.execute("PRAGMA journal_mode = WAL")
        cur.execute("PRAGMA synchronous = FULL")
    finally:
        cur.close()


def _on_begin(conn: Any) -> None:
    # pysqlite's own transaction handling is off (isolation_level=None); SQLAlchemy
    # emits BEGIN so that DDL, PRAGMA user_version and DML share one transaction.
    conn.exec_driver_sql("BEGIN")


def _on_connect_scratch(dbapi_connection: Any, connection_record: Any) -> None:
    cur = dbapi_connection.cursor()
    try:
        cur.execute("PRAGMA foreign_keys = ON")
        cur.execute("PRAGMA journal_mode = OFF")
        cur.execute("PRAGMA synchronous = OFF")
    finally:
        cur.close()


def make_engine(path: Path, *, scratch: bool = False) -> Engine:
    """An engine on an existing file: WAL, foreign keys, explicit transactions, no pool.

    ``scratch`` is for a temporary file that is renamed into place only when complete:
    no journal and no syncing while it is written (the caller switches it to WAL and
    flushes it once at the end).
    """
    uri = _uri(path, "rw")

    def creator() -> sqlite3.Connection:
        return sqlite3.connect(
            uri, uri=True, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False
        )

    engine = create_engine("sqlite://", creator=creator, poolclass=NullPool)
    event.listen(engine, "connect", _on_connect_scratch if scratch else _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def switch_to_wal(engine: Engine) -> None:
    """Put the file of a scratch engine into WAL mode (outside any transaction)."""
    raw = engine.raw_connection()
    try:
        con = raw.driver_connection
        assert con is not None
        mode = con.execute("PRAGMA journal_mode = WAL").fetchone()
        if mode is None or mode[0] != "wal":
            raise sqlite3.OperationalError(f"cannot switch the new file to WAL mode ({mode})")
    finally:
        raw.close()


def make_readonly_engine(path: Path) -> Engine:
    """An engine for reading a file that may lie in a read-only place."""

    def creator() -> sqlite3.Connection:
        con = connect_readonly(path)
        con.execute("PRAGMA foreign_keys = ON")
        return con

    engine = create_engine("sqlite://", creator=creator, poolclass=NullPool)
    event.listen(engine, "begin", _on_begin)
    return engine


def memory_engine(con: sqlite3.Connection) -> Engine:
    """An engine on one given (in-memory) connection."""
    engine = create_engine("sqlite://", creator=lambda: con, poolclass=StaticPool)
    event.listen(engine, "begin", _on_begin)
    return engine


@functools.cache
def schema_ddl() -> tuple[str, ...]:
    """The statements that create the current schema (tables, then their indexes)."""
    dialect = sqlite.dialect()
    statements = []
    for table in Base.metadata.sorted_tables:
        statements.append(str(CreateTable(table).compile(dialect=dialect)).strip())
        for index in sorted(table.indexes, key=lambda ix: str(ix.name)):
            statements.append(str(CreateIndex(index).compile(dialect=dialect)).strip())
    return tuple(statements)


def create_schema(engine: Engine) -> None:
    """Create the current schema in an empty database, in one transaction."""
    with engine.begin() as conn:
        for statement in schema_ddl():
            conn.exec_driver_sql(statement)
        conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.exec_driver_sql(f"PRAGMA user_version = {SCHEMA_VERSION}")


# ---------------------------------------------------------------------------
# Inspection
# ---------------------------------------------------------------------------


def read_header(path: Path) -> bytes:
    """The first 100 bytes; :class:`ProjectFileError` if the file cannot be read."""
    try:
        with path.open("rb") as fh:
            return fh.read(100)
    except FileNotFoundError:
        fail(path, "not_found", "the file does not exist. Check its name and folder.")
    except IsADirectoryError:
        fail(path, "not_a_file", "this is a folder, not a project file. Choose a .diva file.")
    except OSError as exc:
        fail(path, "unreadable", f"cannot read the file ({exc.strerror or exc}). Check that you may read it.")


def looks_like_sqlite(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return fh.read(16) == SQLITE_MAGIC
    except OSError:
        return False


def _damaged(path: Path, detail: str) -> NoReturn:
    detail = " ".join(detail.split())
    fail(
        path,
        "damaged",
        f"the project file is damaged ({detail}). Restore it from a backup "
        "(a .bak copy beside it or your backup system); this program left it unchanged.",
    )


def inspect(path: Path) -> int:
    """Check that ``path`` is a readable DIVÄ project this program can open.

    Returns its schema version (≤ :data:`SCHEMA_VERSION`). Raises
    :class:`ProjectFileError` for a missing, non-SQLite, foreign, damaged or newer
    file. Changes nothing in the file.
    """
    head = read_header(path)
    if not head:
        _damaged(path, "it is empty: 0 bytes")
    if not head.startswith(SQLITE_MAGIC):
        if len(head) < len(SQLITE_MAGIC) and SQLITE_MAGIC.startswith(head):
            _damaged(path, f"it is cut off after {len(head)} bytes")
        fail(
            path,
            "not_sqlite",
            "this is not a DIVÄ project file (it is not a SQLite database). "
            "Open a .diva file saved by DIVÄ Desktop, or import a JSON model.",
        )
    try:
        con = connect_readonly(path)
    except sqlite3.Error as exc:
        code, _ = reason_of(exc)
        if code == "read_only":
            fail(path, "unreadable", f"cannot open the file ({exc}). Copy it to a folder where you may write.")
        _damaged(path, str(exc))
    try:
        try:
            app_id = int(con.execute("PRAGMA application_id").fetchone()[0])
            version = int(con.execute("PRAGMA user_version").fetchone()[0])
        except sqlite3.Error as exc:
            _damaged(path, str(exc))
        if app_id != APPLICATION_ID:
            which = f" (application id 0x{app_id & 0xFFFFFFFF:08X})" if app_id else ""
            fail(
                path,
                "foreign_database",
                f"this is a SQLite database of another program{which}, not a DIVÄ project. "
                "Open a .diva file saved by DIVÄ Desktop.",
            )
        if version > SCHEMA_VERSION:
            fail(
                path,
                "newer_version",
                f"this project was written by a newer DIVÄ Desktop (schema {version}; this version "
                f"reads up to {SCHEMA_VERSION}). Update the program to open it.",
            )
        if version < 1:
            _damaged(path, "it has no schema version")
        try:
            problems = [row[0] for row in con.execute("PRAGMA quick_check(3)")]
        except sqlite3.Error as exc:
            _damaged(path, str(exc))
        if problems != ["ok"]:
            lines = [ln.strip() for p in problems for ln in str(p).splitlines()]
            lines = [ln for ln in lines if ln and not ln.startswith("***")]
            _damaged(path, lines[0] if lines else "the integrity check failed")
        try:
            broken = con.execute("PRAGMA foreign_key_check").fetchone()
        except sqlite3.Error as exc:
            _damaged(path, str(exc))
        if broken is not None:
            _damaged(path, f"a row of the table {broken[0]} refers to a missing row of {broken[2]}")
        return version
    finally:
        con.close()


def project_version(path: Path) -> int | None:
    """The schema version of a DIVÄ project at ``path`` (any version), else ``None``."""
    if not looks_like_sqlite(path):
        return None
    try:
        con = connect_readonly(path)
    except sqlite3.Error:
        return None
    try:
        if int(con.execute("PRAGMA application_id").fetchone()[0]) != APPLICATION_ID:
            return None
        return int(con.execute("PRAGMA user_version").fetchone()[0])
    except sqlite3.Error:
        return None
    finally:
        con.close()


# ---------------------------------------------------------------------------
# Upgrades
# ---------------------------------------------------------------------------


def backup_path(path: Path, version: int) -> Path:
    """``<name>.v<version>.bak``, or ``<name>.v<version>-2.bak`` … when that exists."""
    candidate = path.with_name(f"{path.name}.v{version}.bak")
    n = 2
    while candidate.exists():
        candidate = path.with_name(f"{path.name}.v{version}-{n}.bak")
        n += 1
    return candidate


def write_backup(path: Path, version: int) -> Path:
    """Copy the file (with any pending log) to its backup name; return that name."""
    target = backup_path(path, version)
    if not _has_pending_log(path):
        try:
            shutil.copy2(path, target)
        except BaseException:
            with contextlib.suppress(OSError):
                target.unlink()
            raise
        return target
    src = connect_readonly(path)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    except BaseException:
        with contextlib.suppress(OSError):
            target.unlink()
        raise
    finally:
        src.close()
    return target


def run_migrations(engine: Engine) -> None:
    """Upgrade the database behind ``engine`` to :data:`SCHEMA_VERSION` in one transaction."""
    with engine.begin() as conn:
        version = int(conn.exec_driver_sql("PRAGMA user_version").scalar_one())
        migrate(conn, version, SCHEMA_VERSION)
        conn.exec_driver_sql(f"PRAGMA user_version = {SCHEMA_VERSION}")


def upgrade_in_place(path: Path, version: int) -> Path:
    """Back up an older project, then migrate it. Returns the backup's path."""
    try:
        backup = write_backup(path, version)
    except (OSError, sqlite3.Error) as exc:
        _, reason = reason_of(exc)
        fail(
            path,
            "upgrade_failed",
            f"this project is from an older DIVÄ Desktop (schema {version}) and must be upgraded, "
            f"but no backup copy could be written: {reason}. Copy it to a folder where you may "
            "write and open it there; the file is unchanged.",
        )
    engine = make_engine(path)
    try:
        run_migrations(engine)
    except Exception as exc:  # a failing step, whatever it raised, must not escape unexplained
        _, reason = reason_of(exc)
        fail(
            path,
            "upgrade_failed",
            f"cannot upgrade this project from schema {version} to {SCHEMA_VERSION}: {reason}. "
            f"The file is unchanged; a copy is at {backup.name}.",
        )
    finally:
        engine.dispose()
    return backup


@contextlib.contextmanager
def migrated_copy_in_memory(path: Path) -> Iterator[Engine]:
    """An in-memory copy of an older project, upgraded; the file stays as it is."""
    mem = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    try:
        src = connect_readonly(path)
        try:
            src.backup(mem)
        finally:
            src.close()
        engine = memory_engine(mem)
        run_migrations(engine)
        yield engine
        engine.dispose()
    finally:
        mem.close()


# ---------------------------------------------------------------------------
# Files on disk
# ---------------------------------------------------------------------------


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_folder(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def remove_quietly(*paths: Path) -> None:
    for p in paths:
        with contextlib.suppress(OSError):
            p.unlink()


def settle_sidecars(path: Path) -> None:
    """Before another file is renamed onto ``path``: fold in and remove its old log.

    A stale ``-wal`` beside a new file would be replayed onto it, so the old file's
    log is first checkpointed into the old file (keeping it whole should the rename
    never happen), then the empty log and the shared-memory file are removed.
    """
    wal, shm = sidecars(path)
    if _has_pending_log(path) and looks_like_sqlite(path):
        with contextlib.suppress(sqlite3.Error, OSError):
            con = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_S)
            try:
                con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                con.close()
    remove_quietly(wal, shm)
