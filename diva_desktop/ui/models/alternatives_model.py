"""The alternatives as a Qt table model over the document's current model.

Rows are the model's alternatives in order; columns name, description, cost,
resources and the do-nothing mark (a check box). Every ``data`` call reads
``document.model``; every edit is a core command executed by the document.
Text that is not a number (cost) or not ``name: amount`` pairs (resources) is
refused: ``setData`` returns ``False``, the document's ``error`` signal carries
the reason, and the model is unchanged.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from diva_desktop.core.commands import Batch, ChangeSet, Command, MoveAlternative, UpdateAlternative
from diva_desktop.core.errors import Problem
from diva_desktop.core.model import Alternative

from ..document import ProjectDocument
from ..numbers import format_number, format_plain, parse_number

Index = QModelIndex | QPersistentModelIndex

ID_ROLE = Qt.ItemDataRole.UserRole + 1
MIME_TYPE = "application/x-diva-alternative-ids"

NAME, DESCRIPTION, COST, RESOURCES, DO_NOTHING = range(5)


def format_resources(resources: dict[str, float] | Any, *, plain: bool = False) -> str:
    fmt = format_plain if plain else format_number
    return "; ".join(f"{name}: {fmt(amount)}" for name, amount in resources.items())


def parse_resources(text: str) -> dict[str, float] | None:
    """``"it_staff_hours: 1 200; konsult: 5,5"`` → a dict; ``None`` if not of that form."""
    out: dict[str, float] = {}
    for part in text.split(";"):
        if not part.strip():
            continue
        name, sep, amount = part.rpartition(":")
        if not sep or not name.strip():
            return None
        value = parse_number(amount)
        if value is None or value < 0:
            return None
        out[name.strip()] = value
    return out


class AlternativesTableModel(QAbstractTableModel):
    """Alternatives of a :class:`ProjectDocument` (see the module documentation)."""

    def __init__(self, document: ProjectDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._ids = tuple(document.model.alternative_ids())
        document.model_changed.connect(self._on_document_model_changed)

    def _on_document_model_changed(self, changes: ChangeSet) -> None:
        if not changes.alternatives:
            return
        ids = tuple(self._document.model.alternative_ids())
        if ids == self._ids:
            if ids:
                self.dataChanged.emit(self.index(0, 0), self.index(len(ids) - 1, DO_NOTHING))
        else:
            self.beginResetModel()
            self._ids = ids
            self.endResetModel()

    def alternative(self, row: int) -> Alternative | None:
        alts = self._document.model.alternatives
        return alts[row] if 0 <= row < len(alts) else None

    def row_of(self, alternative_id: str) -> int:
        try:
            return self._ids.index(alternative_id)
        except ValueError:
            return -1

    # -- shape --------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return {
            NAME: self.tr("Name"),
            DESCRIPTION: self.tr("Description"),
            COST: self.tr("Cost (SEK)"),
            RESOURCES: self.tr("Resources"),
            DO_NOTHING: self.tr("Do-nothing"),
        }.get(section)

    # -- data ---------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        alt = self.alternative(index.row())
        if alt is None:
            return None
        col = index.column()
        if role == ID_ROLE:
            return alt.id
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                NAME: alt.name,
                DESCRIPTION: (alt.description or "").split("\n", 1)[0],
                COST: format_number(alt.cost),
                RESOURCES: format_resources(alt.resources),
                DO_NOTHING: None,
            }.get(col)
        if role == Qt.ItemDataRole.EditRole:
            return {
                NAME: alt.name,
                DESCRIPTION: alt.description or "",
                COST: format_plain(alt.cost),
                RESOURCES: format_resources(alt.resources, plain=True),
                DO_NOTHING: alt.do_nothing,
            }.get(col)
        if role == Qt.ItemDataRole.CheckStateRole and col == DO_NOTHING:
            return Qt.CheckState.Checked if alt.do_nothing else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.TextAlignmentRole and col == COST:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == DESCRIPTION and alt.description:
                return alt.description
            if col == DO_NOTHING:
                return self.tr("The do-nothing alternative: the present state, which every investment is compared with")
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if col == DO_NOTHING:
                return self.tr("Do-nothing alternative") if alt.do_nothing else self.tr("Not the do-nothing alternative")
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        if index.column() == DO_NOTHING:
            return flags | Qt.ItemFlag.ItemIsUserCheckable
        return flags | Qt.ItemFlag.ItemIsEditable

    def _refuse(self, alt: Alternative, field: str, code: str, text: str, value: str) -> bool:
        self._document.error.emit([Problem(code, f"alternatives.{alt.id}.{field}", text, "error", {"value": value})])
        return False

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        alt = self.alternative(index.row())
        if alt is None:
            return False
        col = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and col == DO_NOTHING:
            checked = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
            return self._document.execute(UpdateAlternative(alt.id, do_nothing=checked))
        if role != Qt.ItemDataRole.EditRole:
            return False
        if col == NAME:
            return self._document.execute(UpdateAlternative(alt.id, name=str(value).strip()))
        if col == DESCRIPTION:
            text = str(value or "").strip()
            return self._document.execute(UpdateAlternative(alt.id, description=text or None))
        if col == COST:
            if isinstance(value, int | float) and not isinstance(value, bool):
                number: float | None = float(value)
            else:
                number = parse_number(str(value))
            if number is None:
                return self._refuse(alt, "cost", "not_a_number", f"{value!r} is not a number", str(value))
            return self._document.execute(UpdateAlternative(alt.id, cost=number))
        if col == RESOURCES:
            resources = parse_resources(str(value or ""))
            if resources is None:
                return self._refuse(
                    alt, "resources", "bad_resources", "write resources as 'name: amount; …'", str(value)
                )
            return self._document.execute(UpdateAlternative(alt.id, resources=resources))
        if col == DO_NOTHING:
            return self._document.execute(UpdateAlternative(alt.id, do_nothing=bool(value)))
        return False

    # -- drag and drop (reorder) --------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        rows = sorted({i.row() for i in indexes if i.isValid()})
        data = QMimeData()
        ids = [self._ids[r] for r in rows if r < len(self._ids)]
        data.setData(MIME_TYPE, QByteArray(json.dumps(ids).encode("utf-8")))
        return data

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        return action == Qt.DropAction.MoveAction and data.hasFormat(MIME_TYPE)

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        """Reorder with :class:`MoveAlternative` commands; ``False`` so the view removes nothing."""
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        try:
            ids = [i for i in json.loads(bytes(data.data(MIME_TYPE).data()).decode("utf-8")) if i in self._ids]
        except (ValueError, UnicodeDecodeError, TypeError):
            return False
        if parent.isValid():  # dropped onto a row: before it
            row = parent.row()
        target = len(self._ids) if row < 0 else row
        commands: list[Command] = []
        order = list(self._ids)
        for aid in ids:
            current = order.index(aid)
            if current < target:
                target -= 1
            order.pop(current)
            order.insert(target, aid)
            commands.append(MoveAlternative(aid, target))
            target += 1
        if len(commands) == 1:
            self._document.execute(commands[0])
        elif commands:
            self._document.execute(Batch("move_alternatives", {"count": str(len(commands))}, tuple(commands)))
        return False
