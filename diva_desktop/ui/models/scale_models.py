"""Table models for the points of a piecewise scale and the levels of a level scale.

Both wrap the scale of one leaf criterion in the document's current model (the
panel chooses the leaf with ``set_criterion``); every edit builds the new scale
and hands it to a *commit* callback, which the criteria panel implements (it
renames level labels in existing scores and asks before clearing scores that no
longer fit).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from diva_desktop.core.commands import ChangeSet
from diva_desktop.core.errors import Problem
from diva_desktop.core.model import Level, LevelsScale, PiecewiseScale, Scale

from ..document import ProjectDocument
from ..numbers import format_number, format_plain, parse_number

Index = QModelIndex | QPersistentModelIndex

# commit(criterion id, new scale, level renames {old label: new label or None})
Commit = Callable[[str, Scale, Mapping[str, str | None]], bool]


class _ScaleTableModel(QAbstractTableModel):
    scale_type: type = PiecewiseScale

    def __init__(self, document: ProjectDocument, commit: Commit, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._commit = commit
        self._criterion: str | None = None
        self._rows = 0
        document.model_changed.connect(self._on_document_model_changed)

    @property
    def criterion_id(self) -> str | None:
        return self._criterion

    def set_criterion(self, criterion_id: str | None) -> None:
        self.beginResetModel()
        self._criterion = criterion_id
        self._rows = self._count()
        self.endResetModel()

    def scale(self) -> Any:
        if self._criterion is None:
            return None
        node = self._document.model.criterion(self._criterion)
        if node is None or not node.is_leaf:
            return None
        scale = node.effective_scale
        return scale if isinstance(scale, self.scale_type) else None

    def _count(self) -> int:
        raise NotImplementedError

    def _on_document_model_changed(self, changes: ChangeSet) -> None:
        if not changes.criteria:
            return
        rows = self._count()
        if rows != self._rows:
            self.beginResetModel()
            self._rows = rows
            self.endResetModel()
        elif rows:
            self.dataChanged.emit(self.index(0, 0), self.index(rows - 1, 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def _number(self, value: Any, field: str) -> float | None:
        if isinstance(value, int | float) and not isinstance(value, bool):
            return float(value)
        number = parse_number(str(value))
        if number is None:
            loc = f"criteria.{self._criterion}.scale.{field}"
            self._document.error.emit(
                [Problem("not_a_number", loc, f"{value!r} is not a number", "error", {"value": str(value)})]
            )
        return number


class PointsTableModel(_ScaleTableModel):
    """Points ``(x, v)`` of a piecewise scale, sorted by x."""

    scale_type = PiecewiseScale

    def _count(self) -> int:
        scale = self.scale()
        return 0 if scale is None else len(scale.points)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return (self.tr("Score"), self.tr("Value (0–1)"))[section] if section in (0, 1) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        scale = self.scale()
        if not index.isValid() or scale is None or index.row() >= len(scale.points):
            return None
        value = scale.points[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return format_number(value) if index.column() == 0 else format_number(value, decimals=2)
        if role == Qt.ItemDataRole.EditRole:
            return format_plain(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        scale = self.scale()
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or scale is None or self._criterion is None:
            return False
        number = self._number(value, f"points[{index.row()}]")
        if number is None:
            return False
        points = [list(p) for p in scale.points]
        points[index.row()][index.column()] = number
        new = PiecewiseScale(tuple(sorted((p[0], p[1]) for p in points)))
        return self._commit(self._criterion, new, {})

    def insert_point(self, after: int) -> bool:
        """Add a point after row ``after``: midway to the next one, or beyond the last."""
        scale = self.scale()
        if scale is None or self._criterion is None:
            return False
        pts = list(scale.points)
        i = min(max(after, 0), len(pts) - 1)
        if i + 1 < len(pts):
            (x0, v0), (x1, v1) = pts[i], pts[i + 1]
            new = ((x0 + x1) / 2, (v0 + v1) / 2)
        else:
            (x0, _v0), (x1, v1) = pts[-2], pts[-1]
            new = (x1 + (x1 - x0), v1)
        pts.insert(i + 1, new)
        return self._commit(self._criterion, PiecewiseScale(tuple(pts)), {})

    def remove_point(self, row: int) -> bool:
        scale = self.scale()
        if scale is None or self._criterion is None or len(scale.points) <= 2:
            return False
        pts = [p for i, p in enumerate(scale.points) if i != row]
        return self._commit(self._criterion, PiecewiseScale(tuple(pts)), {})


class LevelsTableModel(_ScaleTableModel):
    """Levels (label, value) of a level scale, worst first as the user lists them."""

    scale_type = LevelsScale

    def _count(self) -> int:
        scale = self.scale()
        return 0 if scale is None else len(scale.levels)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return (self.tr("Label"), self.tr("Value (0–1)"))[section] if section in (0, 1) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        scale = self.scale()
        if not index.isValid() or scale is None or index.row() >= len(scale.levels):
            return None
        level = scale.levels[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if index.column() == 0:
                return level.label
            if role == Qt.ItemDataRole.EditRole:
                return format_plain(level.value)
            return format_number(level.value, decimals=2)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        scale = self.scale()
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or scale is None or self._criterion is None:
            return False
        levels = list(scale.levels)
        old = levels[index.row()]
        renames: dict[str, str | None] = {}
        if index.column() == 0:
            label = str(value).strip()
            if label == old.label:
                return True
            levels[index.row()] = Level(label, old.value)
            renames[old.label] = label
        else:
            number = self._number(value, f"levels[{index.row()}].value")
            if number is None:
                return False
            levels[index.row()] = Level(old.label, number)
        return self._commit(self._criterion, LevelsScale(tuple(levels)), renames)

    def insert_level(self, after: int, label: str) -> bool:
        scale = self.scale()
        if scale is None or self._criterion is None:
            return False
        levels = list(scale.levels)
        i = min(max(after + 1, 0), len(levels))
        value = levels[i - 1].value if i > 0 else 0.0
        if i < len(levels):
            value = (value + levels[i].value) / 2
        levels.insert(i, Level(label, value))
        return self._commit(self._criterion, LevelsScale(tuple(levels)), {})

    def remove_level(self, row: int) -> bool:
        scale = self.scale()
        if scale is None or self._criterion is None or len(scale.levels) <= 1:
            return False
        removed = scale.levels[row].label
        levels = tuple(lv for i, lv in enumerate(scale.levels) if i != row)
        return self._commit(self._criterion, LevelsScale(levels), {removed: None})

    def move_level(self, row: int, delta: int) -> bool:
        scale = self.scale()
        target = row + delta
        if scale is None or self._criterion is None or not 0 <= target < len(scale.levels):
            return False
        levels = list(scale.levels)
        levels[row], levels[target] = levels[target], levels[row]
        return self._commit(self._criterion, LevelsScale(tuple(levels)), {})
