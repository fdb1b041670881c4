"""Autosave to a recovery file, and recovery after a crash.

While a project has unsaved changes, :class:`RecoveryManager` writes the model
and the project's settings of the analysis every ``interval`` seconds to
``<data dir>/recovery/<session>.json``, one file written atomically so the two
always belong together::

    {"format": "diva-recovery", "version": 1, "settings": {...}, "model": {<the JSON model>}}

with a small ``.meta.json`` beside it naming the project's file and the time. A
recovery file of an older version that holds only the JSON model is still read
(with no settings). The session holds a ``QLockFile``
(``<session>.lock``) for as long as the program runs. Saving, discarding or
closing normally removes the session's files.

After a crash the lock's owner is gone: :func:`orphaned_sessions` finds such
sessions (``QLockFile`` recognises a lock whose process no longer exists), and
the main window offers to recover them. A session that another running
DIVÄ Desktop still holds is never touched.

Autosave never interrupts: a failure (disk full, read-only folder) is reported
through :attr:`RecoveryManager.autosave_failed` and retried at the next tick.
"""

from __future__ import annotations

import contextlib
import json
import logging
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLockFile, QObject, QTimer, Signal

from diva_desktop.core.errors import DivaError, ModelError, Problem
from diva_desktop.core.model import Model
from diva_desktop.io.atomic import atomic_write_bytes
from diva_desktop.io.json_model import dumps_model, loads_model, model_from_dict

from .document import ProjectDocument
from .paths import data_dir

log = logging.getLogger(__name__)


RECOVERY_FORMAT = "diva-recovery"
RECOVERY_VERSION = 1


def recovery_dir() -> Path:
    return data_dir() / "recovery"


def dumps_recovery(model: Model, settings: dict[str, Any]) -> str:
    """The text of a recovery file: the model and the project's settings together."""
    head = json.dumps(
        {"format": RECOVERY_FORMAT, "version": RECOVERY_VERSION, "settings": settings},
        ensure_ascii=False,
        allow_nan=False,
    )
    return head[:-1] + ', "model": ' + dumps_model(model) + "}\n"


def loads_recovery(text: str) -> tuple[Model, dict[str, Any]]:
    """The model and settings of a recovery file (an older one: the bare JSON model, no settings).

    Raises :class:`ModelError` if the text is neither.
    """
    try:
        data = json.loads(text)
    except ValueError:
        data = None
    if not (isinstance(data, dict) and data.get("format") == RECOVERY_FORMAT):
        return loads_model(text, check=False), {}
    if data.get("version") != RECOVERY_VERSION:
        raise ModelError(
            Problem("wrong_format", "version", f"unknown recovery file version {data.get('version')!r}")
        )
    settings = data.get("settings")
    if not isinstance(settings, dict):
        settings = {}
    return model_from_dict(data.get("model"), check=False), settings


@dataclass(frozen=True)
class RecoverySession:
    """A recovery file left by a session that ended without saving."""

    session: str
    model_file: Path
    meta_file: Path
    lock_file: Path
    project_path: Path | None
    name: str
    saved_at: datetime | None

    def load(self) -> Model:
        """The recovered model; raises :class:`DivaError` if the file is unreadable."""
        return self.load_content()[0]

    def load_content(self) -> tuple[Model, dict[str, Any]]:
        """The recovered model and project settings; :class:`DivaError` if unreadable."""
        try:
            text = self.model_file.read_text(encoding="utf-8")
        except OSError as exc:
            raise DivaError(str(exc)) from None
        return loads_recovery(text)

    def discard(self) -> None:
        for f in (self.model_file, self.meta_file, self.lock_file):
            with contextlib.suppress(OSError):
                f.unlink()


def orphaned_sessions(folder: Path | None = None) -> list[RecoverySession]:
    """Recovery sessions whose program is no longer running, newest first."""
    folder = folder or recovery_dir()
    if not folder.is_dir():
        return []
    found = []
    for model_file in folder.glob("*.json"):
        if model_file.name.endswith(".meta.json"):
            continue
        session = model_file.stem
        lock_path = folder / f"{session}.lock"
        lock = QLockFile(str(lock_path))
        lock.setStaleLockTime(0)  # stale only if its process is gone, however old
        if not lock.tryLock(0):
            continue  # a running program owns it
        lock.unlock()
        meta_file = folder / f"{session}.meta.json"
        meta: dict[str, object] = {}
        with contextlib.suppress(OSError, ValueError):
            loaded = json.loads(meta_file.read_text(encoding="utf-8"))
            if isinstance(loaded, dict):
                meta = loaded
        path = meta.get("path")
        saved = meta.get("time")
        saved_at = None
        if isinstance(saved, str):
            with contextlib.suppress(ValueError):
                saved_at = datetime.fromisoformat(saved)
        found.append(
            RecoverySession(
                session=session,
                model_file=model_file,
                meta_file=meta_file,
                lock_file=lock_path,
                project_path=Path(path) if isinstance(path, str) and path else None,
                name=str(meta.get("name") or ""),
                saved_at=saved_at,
            )
        )
    found.sort(key=lambda s: s.model_file.stat().st_mtime if s.model_file.exists() else 0, reverse=True)
    return found


class RecoveryManager(QObject):
    """Autosaves the document's unsaved changes (see the module documentation)."""

    autosaved = Signal(object)  # datetime
    autosave_failed = Signal(str)  # the reason (OS message)

    def __init__(
        self,
        document: ProjectDocument,
        interval_seconds: int,
        folder: Path | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._document = document
        self._folder = folder or recovery_dir()
        self._session = uuid.uuid4().hex
        self._lock: QLockFile | None = None
        self._written: tuple[Model, dict[str, Any]] | None = None
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.autosave_now)
        self.set_interval(interval_seconds)
        document.modified_changed.connect(self._on_document_modified_changed)

    @property
    def model_file(self) -> Path:
        return self._folder / f"{self._session}.json"

    @property
    def meta_file(self) -> Path:
        return self._folder / f"{self._session}.meta.json"

    def set_interval(self, seconds: int) -> None:
        self._timer.setInterval(max(1, int(seconds)) * 1000)

    def start(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        """Stop autosaving and remove this session's files (a normal end)."""
        self._timer.stop()
        self.discard()
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None
            with contextlib.suppress(OSError):
                (self._folder / f"{self._session}.lock").unlink()

    def _ensure_lock(self) -> None:
        if self._lock is None:
            self._folder.mkdir(parents=True, exist_ok=True)
            lock = QLockFile(str(self._folder / f"{self._session}.lock"))
            lock.setStaleLockTime(0)
            if lock.tryLock(0):
                self._lock = lock

    def autosave_now(self) -> bool:
        """Write the recovery file if the project has changes not yet written."""
        document = self._document
        model, settings = document.model, document.settings
        written = self._written
        if not document.modified or (written is not None and written[0] is model and written[1] == settings):
            return False
        meta = {
            "path": str(document.path) if document.path is not None else "",
            "name": document.display_name(),
            "time": datetime.now().astimezone().isoformat(timespec="seconds"),
        }
        try:
            self._ensure_lock()
            atomic_write_bytes(self.model_file, dumps_recovery(model, settings).encode("utf-8"))
            atomic_write_bytes(self.meta_file, json.dumps(meta, ensure_ascii=False).encode("utf-8"))
        except (OSError, ValueError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            log.warning("autosave failed: %s", reason)
            self.autosave_failed.emit(reason)
            return False
        self._written = (model, settings)
        self.autosaved.emit(datetime.now())
        return True

    def discard(self) -> None:
        """Remove the recovery file (the project was saved, closed or discarded)."""
        self._written = None
        for f in (self.model_file, self.meta_file):
            with contextlib.suppress(OSError):
                f.unlink()

    def _on_document_modified_changed(self, modified: bool) -> None:
        if not modified:
            self.discard()
