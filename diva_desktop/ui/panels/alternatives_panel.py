"""The alternatives step: the investments to choose among, and the do-nothing alternative.

A table with name, description, cost, resources and the do-nothing mark; add,
duplicate (with its scores), delete (asking first when scores hang on it) and
reorder (Alt+Up/Down or drag and drop). Below the table the selected
alternative's description can be written at length. Cost accepts only numbers in
the locale (a decimal comma in Swedish); anything else is refused and the model
stays unchanged.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence, QValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from diva_desktop.core import hierarchy
from diva_desktop.core.commands import (
    AddAlternative,
    Batch,
    ChangeSet,
    Command,
    MoveAlternative,
    RemoveAlternative,
    SetScores,
    UpdateAlternative,
)
from diva_desktop.core.model import Alternative

from ..dialogs.common import confirm
from ..document import ProjectDocument
from ..icons import icon
from ..models.alternatives_model import COST, DESCRIPTION, DO_NOTHING, NAME, RESOURCES, AlternativesTableModel
from ..numbers import parse_number
from .criteria_panel import DescriptionEdit, tool_button


class NumberValidator(QValidator):
    """Accepts what :func:`~diva_desktop.ui.numbers.parse_number` reads; refuses letters."""

    _allowed = frozenset("0123456789+-.,eE \u00a0\u202f")

    def validate(self, text: str, pos: int) -> object:
        if not text.strip():
            return QValidator.State.Intermediate, text, pos
        if any(ch not in self._allowed for ch in text):
            return QValidator.State.Invalid, text, pos
        if parse_number(text) is None:
            return QValidator.State.Intermediate, text, pos
        return QValidator.State.Acceptable, text, pos


class CostDelegate(QStyledItemDelegate):
    """A line edit that only takes numbers in the locale."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QWidget:
        editor = QLineEdit(parent)
        editor.setValidator(NumberValidator(editor))
        editor.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        editor.setAccessibleName(self.tr("Cost in SEK"))
        return editor


class AlternativesPanel(QWidget):
    """Workflow step "Alternativ" (see the module documentation)."""

    def __init__(self, document: ProjectDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.model = AlternativesTableModel(document, self)
        self._current: str | None = None
        self._build()
        document.model_changed.connect(self._on_document_model_changed)
        self.model.modelReset.connect(self._on_table_reset)
        self._show_details()

    def _action(
        self,
        text: str,
        icon_name: str,
        shortcut: str | QKeySequence | QKeySequence.StandardKey,
        slot: Callable[[], object],
    ) -> QAction:
        action = QAction(icon(icon_name), text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setToolTip(
            f"{text.replace('&', '')} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
        )
        action.triggered.connect(slot)
        self.table.addAction(action)
        return action

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        title = QLabel(self.tr("Alternatives"), self)
        title.setObjectName("panelTitle")
        hint = QLabel(
            self.tr(
                "The investments to choose among, with their costs and the resources they need. "
                "Mark the do-nothing alternative: the present state that every investment is compared with."
            ),
            self,
        )
        hint.setWordWrap(True)
        layout.addWidget(title)
        layout.addWidget(hint)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        top = QWidget(splitter)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableView(top)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Alternatives table"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)  # the model accepts only its own ids
        self.table.setDragEnabled(True)
        self.table.setAcceptDrops(True)
        self.table.setDropIndicatorShown(True)
        self.table.setDragDropOverwriteMode(False)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.setItemDelegateForColumn(COST, CostDelegate(self.table))
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().lineSpacing() + 12)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COST, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(RESOURCES, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(DO_NOTHING, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(NAME, 260)
        header.resizeSection(RESOURCES, 190)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_changed)

        self.add_action = self._action(self.tr("&Add alternative"), "add", "Ins", self.add_alternative)
        self.duplicate_action = self._action(self.tr("D&uplicate alternative"), "duplicate", "Ctrl+D", self.duplicate_current)
        self.delete_action = self._action(self.tr("&Delete alternative"), "delete", QKeySequence.StandardKey.Delete, self.delete_selected)
        self.up_action = self._action(self.tr("Move &up"), "up", "Alt+Up", lambda: self.move_current(-1))
        self.down_action = self._action(self.tr("Move do&wn"), "down", "Alt+Down", lambda: self.move_current(1))
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        buttons = QHBoxLayout()
        for action in (self.add_action, self.duplicate_action, self.delete_action, self.up_action, self.down_action):
            buttons.addWidget(tool_button(action, top))
        buttons.addStretch(1)
        top_layout.addLayout(buttons)
        top_layout.addWidget(self.table, 1)

        bottom = QWidget(splitter)
        blayout = QVBoxLayout(bottom)
        blayout.setContentsMargins(0, 4, 0, 0)
        self.description_label = QLabel(bottom)
        self.description_edit = DescriptionEdit(bottom)
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setAccessibleName(self.tr("Description of the alternative"))
        self.description_edit.editing_finished.connect(self._on_description_edit_finished)
        self.description_label.setBuddy(self.description_edit)
        blayout.addWidget(self.description_label)
        blayout.addWidget(self.description_edit)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)
        QWidget.setTabOrder(self.table, self.description_edit)

    # -- selection ------------------------------------------------------------

    def current_id(self) -> str | None:
        return self._current

    def select(self, alternative_id: str | None) -> None:
        row = -1 if alternative_id is None else self.model.row_of(alternative_id)
        if row < 0:
            self.table.selectionModel().clearSelection()
            self._current = None
            self._show_details()
            return
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, NAME),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )

    def _selected_ids(self) -> list[str]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        ids = [a.id for r in rows if (a := self.model.alternative(r)) is not None]
        if not ids and self._current is not None:
            ids = [self._current]
        return ids

    def _on_table_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        alt = self.model.alternative(current.row()) if current.isValid() else None
        self._current = None if alt is None else alt.id
        self._show_details()

    def _on_table_reset(self) -> None:
        if self._current is not None and self.model.row_of(self._current) >= 0:
            self.select(self._current)
        else:
            self._current = None
            self._show_details()

    def _on_document_model_changed(self, changes: ChangeSet) -> None:
        if changes.alternatives:
            self._show_details()

    def _show_details(self) -> None:
        alt = None if self._current is None else self.document.model.alternative(self._current)
        has = alt is not None
        for a in (self.duplicate_action, self.delete_action, self.up_action, self.down_action):
            a.setEnabled(has)
        self.description_edit.setEnabled(has)
        if alt is None:
            self.description_label.setText(self.tr("Description"))
            self.description_edit.setPlainText("")
            return
        self.description_label.setText(self.tr("&Description of ‘{name}’:").format(name=alt.name))
        if not self.description_edit.hasFocus() and self.description_edit.toPlainText() != (alt.description or ""):
            self.description_edit.setPlainText(alt.description or "")

    def _on_description_edit_finished(self) -> None:
        alt = None if self._current is None else self.document.model.alternative(self._current)
        if alt is None:
            return
        text = self.description_edit.toPlainText().strip() or None
        if text != alt.description:
            self.document.execute(UpdateAlternative(alt.id, description=text))

    # -- edits ----------------------------------------------------------------

    def _unique_name(self, base: str) -> str:
        names = {a.name for a in self.document.model.alternatives}
        name, n = base, 2
        while name in names:
            name = f"{base} {n}"
            n += 1
        return name

    def add_alternative(self, name: str | None = None, *, edit: bool = True) -> str | None:
        """Add an alternative after the current one; returns its id."""
        name = name if isinstance(name, str) else self._unique_name(self.tr("New alternative"))
        alt = Alternative(hierarchy.unique_id(name, self.document.model.alternative_ids(), "alternative"), name)
        row = self.model.row_of(self._current) + 1 if self._current is not None else self.model.rowCount()
        if not self.document.execute(AddAlternative(row, alt)):
            return None
        self.select(alt.id)
        if edit:
            self.table.edit(self.model.index(self.model.row_of(alt.id), NAME))
        return alt.id

    def duplicate_current(self) -> str | None:
        """Duplicate the current alternative with its scores (never as do-nothing)."""
        alt = None if self._current is None else self.document.model.alternative(self._current)
        if alt is None:
            return None
        model = self.document.model
        name = self._unique_name(self.tr("{name} (copy)").format(name=alt.name))
        copy = replace(alt, id=hierarchy.unique_id(name, model.alternative_ids(), "alternative"), name=name, do_nothing=False)
        commands: list[Command] = [AddAlternative(self.model.row_of(alt.id) + 1, copy)]
        scores = model.scores.get(alt.id, {})
        if scores:
            commands.append(SetScores({(copy.id, k): s for k, s in scores.items()}))
        if not self.document.execute(Batch("duplicate_alternative", {"alternative": alt.id}, tuple(commands))):
            return None
        self.select(copy.id)
        return copy.id

    def delete_selected(self) -> bool:
        """Delete the selected alternatives (asking first if they have scores)."""
        ids = self._selected_ids()
        if not ids:
            return False
        model = self.document.model
        scores = sum(len(model.scores.get(a, {})) for a in ids)
        names = ", ".join(f"‘{model.alternative(a).name}’" for a in ids)  # type: ignore[union-attr]
        if scores and not confirm(
            self,
            self.tr("Delete alternative"),
            self.tr("{names} has {count} scores. Delete it with its scores? (You can undo it.)").format(
                names=names, count=scores
            ),
        ):
            return False
        row = self.model.row_of(ids[0])
        commands: list[Command] = [RemoveAlternative(a) for a in ids]
        command = commands[0] if len(commands) == 1 else Batch(
            "remove_alternatives", {"count": str(len(commands))}, tuple(commands)
        )
        if not self.document.execute(command):
            return False
        remaining = self.document.model.alternatives
        self.select(remaining[min(row, len(remaining) - 1)].id if remaining else None)
        return True

    def move_current(self, delta: int) -> bool:
        if self._current is None:
            return False
        row = self.model.row_of(self._current)
        target = row + delta
        if not 0 <= target < self.model.rowCount():
            return False
        current = self._current
        ok = self.document.execute(MoveAlternative(current, target))
        self.select(current)
        return ok
