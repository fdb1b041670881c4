"""The traceability matrix as a table model, and a proxy that filters it.

:class:`TraceTableModel` shows :func:`~diva_desktop.core.traceability.trace_rows`
of the document's current model: the rows are derived data, recomputed when
documents, goals, criteria, alternatives, scores or indicators change (never
edited here). :class:`TraceFilterModel` keeps the rows of one document, goal,
criterion (the linked criterion or the scored leaf) and investment, and rows
whose text contains a search string.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from diva_desktop.core.commands import ChangeSet
from diva_desktop.core.traceability import TRACE_COLUMNS, TraceRow, trace_rows

from ..document import ProjectDocument
from ..messages import QT_TRANSLATE_NOOP

Index = QModelIndex | QPersistentModelIndex

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the TraceRow

# every column of the core's matrix, with its heading marked for translation
COLUMN_TITLES: dict[str, str] = {
    "document_title": QT_TRANSLATE_NOOP("TraceTableModel", "Document"),
    "page": QT_TRANSLATE_NOOP("TraceTableModel", "Page"),
    "goal": QT_TRANSLATE_NOOP("TraceTableModel", "Goal"),
    "quote": QT_TRANSLATE_NOOP("TraceTableModel", "Quote"),
    "paraphrase": QT_TRANSLATE_NOOP("TraceTableModel", "Plain language"),
    "criterion_name": QT_TRANSLATE_NOOP("TraceTableModel", "Criterion"),
    "leaf_name": QT_TRANSLATE_NOOP("TraceTableModel", "Scored criterion"),
    "alternative_name": QT_TRANSLATE_NOOP("TraceTableModel", "Investment"),
    "score": QT_TRANSLATE_NOOP("TraceTableModel", "Score"),
    "unit": QT_TRANSLATE_NOOP("TraceTableModel", "Unit"),
    "value": QT_TRANSLATE_NOOP("TraceTableModel", "Value"),
    "value_low": QT_TRANSLATE_NOOP("TraceTableModel", "Value low"),
    "value_high": QT_TRANSLATE_NOOP("TraceTableModel", "Value high"),
    "indicator_name": QT_TRANSLATE_NOOP("TraceTableModel", "Indicator"),
    "baseline": QT_TRANSLATE_NOOP("TraceTableModel", "Baseline"),
    "baseline_date": QT_TRANSLATE_NOOP("TraceTableModel", "Baseline date"),
    "target": QT_TRANSLATE_NOOP("TraceTableModel", "Target"),
    "target_date": QT_TRANSLATE_NOOP("TraceTableModel", "Target date"),
    "owner": QT_TRANSLATE_NOOP("TraceTableModel", "Indicator owner"),
}
assert set(COLUMN_TITLES) == {key for key, _title in TRACE_COLUMNS}

SHOWN = (
    "document_title",
    "page",
    "quote",
    "criterion_name",
    "leaf_name",
    "alternative_name",
    "score",
    "value",
    "indicator_name",
    "target",
)
"""The columns the panel shows; the export writes all of :data:`TRACE_COLUMNS`."""

_NUMERIC = {"page", "value", "value_low", "value_high", "baseline", "target"}


def column_title(key: str) -> str:
    return QCoreApplication.translate("TraceTableModel", COLUMN_TITLES[key])


def translated_columns() -> list[tuple[str, str]]:
    """The core's columns with headings in the user's language, for export."""
    return [(key, column_title(key)) for key, _title in TRACE_COLUMNS]


class TraceTableModel(QAbstractTableModel):
    """The matrix rows of a :class:`ProjectDocument` (see the module documentation)."""

    def __init__(self, document: ProjectDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._rows: list[TraceRow] = trace_rows(document.model)
        document.model_changed.connect(self._on_document_model_changed)

    @property
    def rows(self) -> list[TraceRow]:
        return self._rows

    def _on_document_model_changed(self, changes: ChangeSet) -> None:
        if changes.parts & {"documents", "goals", "criteria", "alternatives", "scores", "followup"}:
            self.beginResetModel()
            self._rows = trace_rows(self._document.model)
            self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(SHOWN)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(SHOWN):
            return column_title(SHOWN[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        key = SHOWN[index.column()]
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "score" and row.alternative is not None and row.leaf is not None:
                return self._local_score(row)
            return self._display(row, key)
        if role == Qt.ItemDataRole.ToolTipRole:
            if key == "quote":
                return row.quote + (f"\n\n{row.paraphrase}" if row.paraphrase else "")
            if key == "leaf_name" and row.path:
                return " › ".join(row.path)
            if key == "score" and row.rationale:
                return row.rationale
            if key == "value" and row.value_low is not None and row.value_high is not None:
                loc = QLocale()
                return QCoreApplication.translate("TraceTableModel", "value interval {low}–{high}").format(
                    low=loc.toString(row.value_low, "f", 2), high=loc.toString(row.value_high, "f", 2)
                )
        if role == Qt.ItemDataRole.TextAlignmentRole and key in _NUMERIC | {"score"}:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _local_score(self, row: TraceRow) -> str:
        """The score with the locale's decimal sign and the unit; "missing" when there is none."""
        assert row.alternative is not None and row.leaf is not None
        score = self._document.model.score(row.alternative, row.leaf)
        if score is None:
            return QCoreApplication.translate("TraceTableModel", "missing")
        loc = QLocale()

        def one(v: float | str) -> str:
            return v if isinstance(v, str) else loc.toString(float(v), "g", 10)

        text = one(score.low) if score.low == score.high else f"{one(score.low)}–{one(score.high)}"
        return text + (f" {row.unit}" if row.unit else "")

    @staticmethod
    def _display(row: TraceRow, key: str) -> str:
        loc = QLocale()
        value = getattr(row, key)
        if key == "quote":
            return " ".join(row.quote.split())
        if key == "criterion_name" and row.criterion is None:
            return QCoreApplication.translate("TraceTableModel", "— no criterion —")
        if key == "alternative_name" and row.alternative is None and row.criterion is not None:
            return QCoreApplication.translate("TraceTableModel", "— no investment —")
        if key == "score" and row.alternative is not None and not row.score:
            return QCoreApplication.translate("TraceTableModel", "missing")
        if key in ("value", "value_low", "value_high"):
            return loc.toString(value, "f", 2) if value is not None else ""
        if key == "score" and row.score:
            return row.score + (f" {row.unit}" if row.unit else "")
        if key == "target" and value is not None:
            unit = f" {row.indicator_unit}" if row.indicator_unit else ""
            date = f" ({row.target_date})" if row.target_date else ""
            return loc.toString(float(value), "g", 10) + unit + date
        if isinstance(value, int) and not isinstance(value, bool):
            return loc.toString(value)
        if isinstance(value, float):
            return loc.toString(value, "g", 10)
        return "" if value is None else str(value)


class TraceFilterModel(QSortFilterProxyModel):
    """Rows of one document, goal, criterion and investment, containing a text (see the module documentation)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document: str | None = None
        self._goal: str | None = None
        self._criterion: str | None = None
        self._alternative: str | None = None
        self._text = ""

    def set_filters(
        self,
        *,
        document: str | None = None,
        goal: str | None = None,
        criterion: str | None = None,
        alternative: str | None = None,
        text: str = "",
    ) -> None:
        new_api = hasattr(QSortFilterProxyModel, "beginFilterChange")  # Qt 6.9 and later
        if new_api:
            self.beginFilterChange()
        self._document, self._goal, self._criterion, self._alternative = document, goal, criterion, alternative
        self._text = text.casefold().strip()
        if new_api:
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        source = self.sourceModel()
        if not isinstance(source, TraceTableModel) or not 0 <= source_row < len(source.rows):
            return False
        row = source.rows[source_row]
        if self._document is not None and row.document != self._document:
            return False
        if self._goal is not None and row.goal != self._goal:
            return False
        if self._criterion is not None and self._criterion not in (row.criterion, row.leaf):
            return False
        if self._alternative is not None and row.alternative != self._alternative:
            return False
        if self._text:
            fields = (
                row.document_title,
                row.quote,
                row.paraphrase,
                row.criterion_name,
                row.leaf_name,
                row.alternative_name,
                row.indicator_name,
                row.score,
            )
            hay = " ".join(str(v) for v in fields if v).casefold()
            return self._text in hay
        return True

    def visible_rows(self) -> list[TraceRow]:
        """The rows that pass the filter, in their shown order."""
        source = self.sourceModel()
        assert isinstance(source, TraceTableModel)
        return [source.rows[self.mapToSource(self.index(r, 0)).row()] for r in range(self.rowCount())]
