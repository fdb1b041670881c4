"""The criteria tree as a Qt item model over the document's current model.

:class:`CriteriaTreeModel` never copies criteria: every call reads
``document.model``. Index internal ids are small integers assigned once per
criterion id (so an index stays meaningful while the criterion exists); the
tree's shape (parent and row of each id) is cached per model version and
rebuilt when the criteria change. Edits (rename, unit, drag and drop) become
core commands executed by the document, so they can be undone.

Columns: name, unit, scale (a summary such as "linear 40–100").
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QByteArray,
    QCoreApplication,
    QLocale,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from diva_desktop.core import hierarchy
from diva_desktop.core.commands import Batch, ChangeSet, Command, MoveCriterion, UpdateCriterion
from diva_desktop.core.errors import ModelError
from diva_desktop.core.model import ROOT_ID, Criterion, LevelsScale, LinearScale, Scale

from ..document import ProjectDocument
from ..messages import QT_TRANSLATE_NOOP

Index = QModelIndex | QPersistentModelIndex

ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the criterion id (str)
MIME_TYPE = "application/x-diva-criterion-ids"

NAME_COLUMN, UNIT_COLUMN, SCALE_COLUMN = range(3)


def scale_summary(scale: Scale, locale: QLocale | None = None) -> str:
    """A short translated description of a scale for the tree's scale column."""
    loc = locale or QLocale()

    def num(x: float) -> str:
        return loc.toString(float(x), "g", 10)

    def tr(text: str) -> str:
        return QCoreApplication.translate("CriteriaTreeModel", text)

    if isinstance(scale, LinearScale):
        if scale.worst <= scale.best:
            return tr(QT_TRANSLATE_NOOP("CriteriaTreeModel", "linear {worst}–{best}")).format(worst=num(scale.worst), best=num(scale.best))
        return tr(QT_TRANSLATE_NOOP("CriteriaTreeModel", "linear {best}–{worst}, lower is better")).format(
            worst=num(scale.worst), best=num(scale.best)
        )
    if isinstance(scale, LevelsScale):
        return tr(QT_TRANSLATE_NOOP("CriteriaTreeModel", "levels: {labels}")).format(labels=", ".join(lv.label for lv in scale.levels))
    lo, hi = scale.domain
    return tr(QT_TRANSLATE_NOOP("CriteriaTreeModel", "piecewise {low}–{high}, {count} points")).format(
        low=num(lo), high=num(hi), count=len(scale.points)
    )


class CriteriaTreeModel(QAbstractItemModel):
    """Criteria tree of a :class:`ProjectDocument` (see the module documentation)."""

    def __init__(self, document: ProjectDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._keys: dict[str, int] = {}
        self._ids: list[str] = []
        self._place: dict[str, tuple[str, int]] = {}
        self._children: dict[str, tuple[str, ...]] = {}
        self._rebuild()
        document.model_changed.connect(self._on_document_model_changed)

    # -- the cached shape -----------------------------------------------------

    def _key(self, criterion_id: str) -> int:
        key = self._keys.get(criterion_id)
        if key is None:
            key = len(self._ids) + 1
            self._keys[criterion_id] = key
            self._ids.append(criterion_id)
        return key

    def _id_of(self, index: Index) -> str:
        if not index.isValid():
            return ROOT_ID
        return self._ids[index.internalId() - 1]

    def _rebuild(self) -> None:
        place: dict[str, tuple[str, int]] = {}
        children: dict[str, tuple[str, ...]] = {}

        def visit(parent_id: str, nodes: tuple[Criterion, ...]) -> None:
            children[parent_id] = tuple(c.id for c in nodes)
            for row, c in enumerate(nodes):
                place[c.id] = (parent_id, row)
                self._key(c.id)
                visit(c.id, c.children)

        visit(ROOT_ID, self._document.model.criteria)
        self._place = place
        self._children = children

    def _on_document_model_changed(self, changes: ChangeSet) -> None:
        if not changes.criteria:
            return
        old_children = self._children
        new_children: dict[str, tuple[str, ...]] = {}

        def shape(parent_id: str, nodes: tuple[Criterion, ...]) -> None:
            new_children[parent_id] = tuple(c.id for c in nodes)
            for c in nodes:
                shape(c.id, c.children)

        shape(ROOT_ID, self._document.model.criteria)
        if new_children == old_children:
            self._rebuild()
            self._emit_all_changed(QModelIndex())
        else:
            self.beginResetModel()
            self._rebuild()
            self.endResetModel()

    def _emit_all_changed(self, parent: QModelIndex) -> None:
        rows = self.rowCount(parent)
        if rows == 0:
            return
        self.dataChanged.emit(self.index(0, 0, parent), self.index(rows - 1, SCALE_COLUMN, parent))
        for row in range(rows):
            self._emit_all_changed(self.index(row, 0, parent))

    # -- public helpers -----------------------------------------------------

    def criterion_id(self, index: Index) -> str | None:
        """The criterion id of an index (``None`` for the invisible root)."""
        return None if not index.isValid() else self._id_of(index)

    def criterion(self, index: Index) -> Criterion | None:
        cid = self.criterion_id(index)
        return None if cid is None else hierarchy.find(self._document.model.criteria, cid)

    def index_of(self, criterion_id: str, column: int = 0) -> QModelIndex:
        """The current index of a criterion (invalid if it does not exist)."""
        where = self._place.get(criterion_id)
        if where is None:
            return QModelIndex()
        return self.createIndex(where[1], column, self._key(criterion_id))

    # -- structure ----------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column < 0 or column >= self.columnCount() or row < 0:
            return QModelIndex()
        if parent.isValid() and parent.column() != 0:
            return QModelIndex()
        kids = self._children.get(self._id_of(parent), ())
        if row >= len(kids):
            return QModelIndex()
        return self.createIndex(row, column, self._key(kids[row]))

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        parent_id, _row = self._place.get(self._id_of(index), (ROOT_ID, 0))
        if parent_id == ROOT_ID:
            return QModelIndex()
        return self.index_of(parent_id)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._children.get(self._id_of(parent), ()))

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 3

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return self.rowCount(parent) > 0

    # -- data ---------------------------------------------------------------

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {NAME_COLUMN: self.tr("Criterion"), UNIT_COLUMN: self.tr("Unit"), SCALE_COLUMN: self.tr("Scale")}.get(
            section
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node = self.criterion(index)
        if node is None:
            return None
        column = index.column()
        if role == ID_ROLE:
            return node.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == NAME_COLUMN:
                return node.name
            if column == UNIT_COLUMN:
                return node.unit or ""
            if column == SCALE_COLUMN:
                if not node.is_leaf:
                    return "" if role == Qt.ItemDataRole.EditRole else self.tr("{count} sub-criteria").format(
                        count=len(node.children)
                    )
                return scale_summary(node.effective_scale)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == NAME_COLUMN:
                return node.description or None
            if column == SCALE_COLUMN:
                return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        flags = (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemIsDropEnabled
        )
        if index.column() in (NAME_COLUMN, UNIT_COLUMN):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        cid = self._id_of(index)
        text = "" if value is None else str(value)
        if index.column() == NAME_COLUMN:
            return self._document.execute(UpdateCriterion(cid, name=text.strip()))
        if index.column() == UNIT_COLUMN:
            return self._document.execute(UpdateCriterion(cid, unit=text.strip() or None))
        return False

    # -- drag and drop --------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        ids: list[str] = []
        for index in indexes:
            cid = self.criterion_id(index)
            if cid is not None and cid not in ids:
                ids.append(cid)
        data = QMimeData()
        data.setData(MIME_TYPE, QByteArray(json.dumps(ids).encode("utf-8")))
        return data

    @staticmethod
    def _decode(data: QMimeData) -> list[str]:
        if not data.hasFormat(MIME_TYPE):
            return []
        try:
            ids = json.loads(bytes(data.data(MIME_TYPE).data()).decode("utf-8"))
        except (ValueError, UnicodeDecodeError):
            return []
        return [i for i in ids if isinstance(i, str)] if isinstance(ids, list) else []

    def move_command(self, ids: list[str], parent_id: str, row: int) -> Command | None:
        """The command that moves ``ids`` (in order) to ``row`` under ``parent_id``.

        ``row`` counts among the parent's current children (``-1`` appends), as in a
        drop. Criteria inside another moved criterion move with it. ``None`` if the
        move is impossible (into its own subtree, unknown ids).
        """
        criteria = self._document.model.criteria
        roots = [
            cid
            for cid in ids
            if hierarchy.find(criteria, cid) is not None
            and not any(o != cid and hierarchy.is_in_subtree(criteria, o, cid) for o in ids)
        ]
        if not roots or any(hierarchy.is_in_subtree(criteria, cid, parent_id) for cid in roots):
            return None
        siblings = hierarchy.children_of(criteria, parent_id)
        if siblings is None:
            return None
        insert_at = len(siblings) if row < 0 else min(row, len(siblings))
        model = self._document.model
        commands: list[Command] = []
        for cid in roots:
            where = hierarchy.locate(model.criteria, cid)
            assert where is not None
            if where[0] == parent_id and where[1] < insert_at:
                insert_at -= 1
            command = MoveCriterion(cid, parent_id, insert_at)
            try:
                model, _inverse = command.apply(model)
            except ModelError:
                return None
            commands.append(command)
            insert_at += 1
        if len(commands) == 1:
            return commands[0]
        return Batch("move_criteria", {"count": str(len(commands))}, tuple(commands))

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if action != Qt.DropAction.MoveAction:
            return False
        ids = self._decode(data)
        return bool(ids) and self.move_command(ids, self._id_of(parent), row) is not None

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        """Move the dropped criteria with one undoable command.

        Returns ``False`` although the move happened: the view must not remove the
        source rows itself (the command already moved them).
        """
        if action != Qt.DropAction.MoveAction:
            return False
        ids = self._decode(data)
        command = self.move_command(ids, self._id_of(parent), row) if ids else None
        if command is not None:
            self._document.execute(command)
        return False
