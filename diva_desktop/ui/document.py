"""The open project: its current model, file path, undo stack and modified flag.

:class:`ProjectDocument` is the one place where the GUI changes the model. A
panel builds a core command (:mod:`diva_desktop.core.commands`) and calls
:meth:`ProjectDocument.execute`; the document applies it, pushes a
``QUndoCommand`` with a translated label onto its ``QUndoStack`` and emits
:attr:`~ProjectDocument.model_changed` with a
:class:`~diva_desktop.core.commands.ChangeSet` naming the parts that changed.
Undo applies the inverse the core computed; redo applies the command again.
Consecutive commands that ``merge`` (typing, dragging) become one undo step.

The document also carries the project's *settings of the analysis* (spec
``model-format.md`` §2: what only the application needs beside the model), a plain
dict of JSON values by key, for example the user's portfolios of the Compare tab
(``portfolio.compare``). They come from the ``.diva`` file when it is opened (a
``.json`` model or a new project has none), are saved with the model in the same
transaction, and kept in the recovery file. :meth:`ProjectDocument.set_setting`
changes one as an undoable step on the same undo stack (a ``QUndoCommand`` that
swaps the value, never merged with model edits), so undo, redo and the modified
flag treat it like any edit; :attr:`~ProjectDocument.settings_changed` names the key.

The modified flag follows the stack's clean state; a recovered project is
modified until saved even though its stack is empty.
"""

from __future__ import annotations

import copy
import json
import logging
import zlib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from diva_desktop.core.commands import ChangeSet, Command, changes
from diva_desktop.core.errors import ModelError
from diva_desktop.core.model import Model

from .messages import command_label

__all__ = ["ChangeSet", "ProjectDocument"]

log = logging.getLogger(__name__)


def _command_id(code: str) -> int:
    """A stable positive ``QUndoCommand.id`` per command code (Qt merges equal ids)."""
    return zlib.crc32(code.encode("utf-8")) & 0x3FFFFFFF


class _UndoCommand(QUndoCommand):
    """Adapts a core command to the undo stack."""

    def __init__(self, document: ProjectDocument, command: Command, after: Model, inverse: Command, text: str):
        super().__init__(text)
        self._document = document
        self.command = command
        self._after: Model | None = after
        self._inverse = inverse

    def id(self) -> int:
        return _command_id(self.command.code)

    def redo(self) -> None:
        if self._after is not None:  # the first redo: the model was computed by execute()
            after, self._after = self._after, None
            self._document._set_model(after)
            return
        try:
            after, self._inverse = self.command.apply(self._document.model)
        except ModelError as exc:  # cannot happen on a linear stack; never crash
            log.error("redo of %s failed: %s", self.command, exc)
            self.setObsolete(True)
            return
        self._document._set_model(after)

    def undo(self) -> None:
        before, _redo = self._inverse.apply(self._document.model)
        self._document._set_model(before)

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, _UndoCommand):
            return False
        merged = self.command.merge(other.command)
        if merged is None:
            return False
        self.command = merged
        self.setText(other.text())
        return True


class _SettingCommand(QUndoCommand):
    """Sets one project setting (``None`` removes it); undo puts the old value back."""

    def __init__(self, document: ProjectDocument, key: str, before: Any, after: Any, text: str):
        super().__init__(text)
        self._document = document
        self.key = key
        self._before = before
        self._after = after

    def redo(self) -> None:
        self._document._put_setting(self.key, self._after)

    def undo(self) -> None:
        self._document._put_setting(self.key, self._before)


class ProjectDocument(QObject):
    """The open project (see the module documentation).

    Signals:
        model_changed(ChangeSet): after every edit, undo, redo and reset.
        path_changed(object): the file path (``Path`` or ``None``) changed.
        modified_changed(bool): the project became modified or unmodified.
        error(list): an edit was refused; the list holds its core ``Problem``\\ s.
        settings_changed(str): a setting changed (its key; ``""`` after a reset).
    """

    model_changed = Signal(object)
    settings_changed = Signal(str)
    path_changed = Signal(object)
    modified_changed = Signal(bool)
    error = Signal(list)

    def __init__(self, model: Model | None = None, path: Path | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self._model = model if model is not None else Model()
        self._path = path
        self._settings: dict[str, Any] = {}
        self._forced_modified = False
        self._was_modified = False
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._on_undo_stack_clean_changed)

    # -- state --------------------------------------------------------------

    @property
    def model(self) -> Model:
        """The current model (immutable; replaced by every edit)."""
        return self._model

    @property
    def path(self) -> Path | None:
        return self._path

    @property
    def settings(self) -> dict[str, Any]:
        """The project's settings of the analysis (a copy: change them with :meth:`set_setting`)."""
        return copy.deepcopy(self._settings)

    def setting(self, key: str, default: Any = None) -> Any:
        """One setting's value (a copy), or ``default``."""
        return copy.deepcopy(self._settings[key]) if key in self._settings else default

    @property
    def modified(self) -> bool:
        return self._forced_modified or not self.undo_stack.isClean()

    def display_name(self) -> str:
        """The project's name for titles: the model's name, else the file name."""
        if self._model.name.strip():
            return self._model.name
        if self._path is not None:
            return self._path.stem
        return self.tr("Untitled project")

    # -- editing ------------------------------------------------------------

    def execute(self, command: Command, *, text: str | None = None) -> bool:
        """Apply ``command`` as an undoable step.

        Returns ``False`` and emits :attr:`error` with the problems if the core
        refuses the edit; the model is then unchanged. An edit that changes
        nothing is not put on the stack.
        """
        before = self._model
        try:
            after, inverse = command.apply(before)
        except ModelError as exc:
            self.error.emit(list(exc.problems))
            return False
        if not changes(before, after):
            return True
        label = text if text is not None else command_label(command.code, command.params, before)
        self.undo_stack.push(_UndoCommand(self, command, after, inverse, label))
        return True

    def set_setting(self, key: str, value: Any, *, text: str) -> bool:
        """Set a setting as an undoable step labelled ``text``; ``None`` removes it.

        The value must be a JSON value (else ValueError or TypeError, nothing
        changes). Returns ``False`` when the value is the one there is (nothing is
        put on the stack).
        """
        if value is not None:
            json.dumps(value, allow_nan=False)
            value = copy.deepcopy(value)
        before = copy.deepcopy(self._settings.get(key))
        if json.dumps(before) == json.dumps(value):  # order counts: the portfolios' order is shown
            return False
        self.undo_stack.push(_SettingCommand(self, key, before, value, text))
        return True

    def _put_setting(self, key: str, value: Any) -> None:
        settings = dict(self._settings)
        if value is None:
            settings.pop(key, None)
        else:
            settings[key] = copy.deepcopy(value)
        self._settings = settings
        self.settings_changed.emit(key)

    def _set_model(self, model: Model) -> None:
        before = self._model
        self._model = model
        change = changes(before, model)
        if change:
            self.model_changed.emit(change)

    # -- project life -------------------------------------------------------

    def reset(
        self,
        model: Model,
        path: Path | None = None,
        *,
        modified: bool = False,
        settings: Mapping[str, Any] | None = None,
    ) -> None:
        """Show another project with its ``settings`` (none if not given): clears the
        undo stack; ``modified`` for a recovered one."""
        self._forced_modified = modified
        self.undo_stack.clear()
        self.undo_stack.setClean()
        self._model = model
        self._settings = {k: copy.deepcopy(v) for k, v in (settings or {}).items() if v is not None}
        self._set_path(path)
        self.model_changed.emit(ChangeSet.everything())
        self.settings_changed.emit("")
        self._emit_modified()

    def mark_saved(self, path: Path) -> None:
        """The model was written to ``path``: clean state and new path."""
        self._forced_modified = False
        self.undo_stack.setClean()
        self._set_path(path)
        self._emit_modified()

    def _set_path(self, path: Path | None) -> None:
        if path != self._path:
            self._path = path
            self.path_changed.emit(path)

    def _on_undo_stack_clean_changed(self, _clean: bool) -> None:
        self._emit_modified()

    def _emit_modified(self) -> None:
        now = self.modified
        if now != self._was_modified:
            self._was_modified = now
            self.modified_changed.emit(now)
