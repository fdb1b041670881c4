"""Qt table models of the Follow-up step over the document's model and the core's result.

* :class:`IndicatorTableModel`: one row per indicator (model order) with its link,
  baseline, target, latest measurement, progress, plan and status;
* :class:`MeasurementTableModel`: the measurements of one indicator, by date and
  order of entry (read-only: the log is append-only);
* :class:`RealisationTableModel`: expected and realised value, realisation index and
  measured weight per alternative.

The models read ``document.model`` and a :class:`~diva_desktop.core.followup.FollowUpResult`
that the panel sets (:meth:`set_result`); they copy nothing and never keep a
``QModelIndex``. Status is shown as text with a colour swatch, never colour alone.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

from diva_desktop.core.commands import ChangeSet
from diva_desktop.core.followup import FollowUpResult, IndicatorStatus, progress
from diva_desktop.core.model import Indicator, Measurement, Observation

from ..charts.base import fmt, fmt_percent
from ..charts.palette import BLUE, BLUISH_GREEN, GREY, ORANGE, SKY_BLUE, VERMILLION
from ..document import ProjectDocument
from ..messages import QT_TRANSLATE_NOOP
from ..numbers import format_number

Index = QModelIndex | QPersistentModelIndex

ID_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2
VALUE_ROLE = Qt.ItemDataRole.UserRole + 3
"""The unrounded number behind a cell (``None`` where there is none)."""

STATUS_CONTEXT = "FollowUpStatus"

STATUS_LABELS: dict[str, str] = {
    "not_measured": QT_TRANSLATE_NOOP("FollowUpStatus", "Not measured yet"),
    "on_track": QT_TRANSLATE_NOOP("FollowUpStatus", "On track"),
    "at_risk": QT_TRANSLATE_NOOP("FollowUpStatus", "At risk"),
    "off_track": QT_TRANSLATE_NOOP("FollowUpStatus", "Off track"),
    "achieved": QT_TRANSLATE_NOOP("FollowUpStatus", "Achieved"),
    "exceeded": QT_TRANSLATE_NOOP("FollowUpStatus", "Exceeded"),
    "undetermined": QT_TRANSLATE_NOOP("FollowUpStatus", "Cannot be judged"),
}

STATUS_HINTS: dict[str, str] = {
    "not_measured": QT_TRANSLATE_NOOP("FollowUpStatus", "No measurement on or before the as-of date"),
    "on_track": QT_TRANSLATE_NOOP("FollowUpStatus", "At or ahead of the planned progress"),
    "at_risk": QT_TRANSLATE_NOOP(
        "FollowUpStatus", "Behind the planned progress by at most {margin} of the distance to the target"
    ),
    "off_track": QT_TRANSLATE_NOOP(
        "FollowUpStatus", "Behind the planned progress by more than {margin} of the distance to the target"
    ),
    "achieved": QT_TRANSLATE_NOOP("FollowUpStatus", "The target value is reached"),
    "exceeded": QT_TRANSLATE_NOOP("FollowUpStatus", "Beyond the target value"),
    "undetermined": QT_TRANSLATE_NOOP(
        "FollowUpStatus",
        "Without a baseline and a target that differ, and their dates, progress cannot be judged",
    ),
}

STATUS_COLOURS: dict[str, QColor] = {
    "not_measured": GREY,
    "on_track": BLUISH_GREEN,
    "at_risk": ORANGE,
    "off_track": VERMILLION,
    "achieved": BLUE,
    "exceeded": SKY_BLUE,
    "undetermined": QColor("#BBBBBB"),
}


def status_label(code: str) -> str:
    """The status in the user's language (glossary terms)."""
    return QCoreApplication.translate(STATUS_CONTEXT, STATUS_LABELS.get(code, code))


def status_hint(code: str, margin: float) -> str:
    text = QCoreApplication.translate(STATUS_CONTEXT, STATUS_HINTS.get(code, ""))
    return text.format(margin=fmt_percent(margin)) if "{margin}" in text else text


def status_icon(code: str, size: int = 12) -> QIcon:
    """A round swatch of the status colour (beside the status text)."""
    pix = QPixmap(size, size)
    pix.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pix)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(STATUS_COLOURS.get(code, GREY))
    painter.setPen(QColor("#555555"))
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pix)


def locale_date_text(text: str | None) -> str:
    """An ISO date in the locale's short format; other text unchanged; – for none."""
    if not text:
        return "–"
    try:
        d = dt.date.fromisoformat(text)
    except ValueError:
        return text
    return QLocale().toString(QDate(d.year, d.month, d.day), QLocale.FormatType.ShortFormat)


def with_unit(value: float | None, unit: str | None) -> str:
    if value is None:
        return "–"
    text = format_number(value)
    return f"{text} {unit}" if unit else text


def observation_text(obs: Observation | None, unit: str | None) -> str:
    if obs is None:
        return "–"
    text = with_unit(obs.value, unit)
    return f"{text} ({locale_date_text(obs.date)})" if obs.date else text


class _ReadOnlyTableModel(QAbstractTableModel):
    """Rows of a follow-up table: counts, header texts from the subclass, selectable cells."""

    COLUMNS = 0

    def _row_count(self) -> int:
        raise NotImplementedError

    def _headers(self) -> dict[int, str]:
        raise NotImplementedError

    def _header_tips(self) -> dict[int, str]:
        return {}

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._row_count()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1) if role == Qt.ItemDataRole.DisplayRole else None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers().get(section)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._header_tips().get(section)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class IndicatorTableModel(_ReadOnlyTableModel):
    """The indicators (see the module documentation)."""

    NAME, ALTERNATIVE, STATUS, PROGRESS, PLANNED, LATEST, BASELINE, TARGET, CRITERION = range(9)
    COLUMNS = 9

    def __init__(self, document: ProjectDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._ids = tuple(i.id for i in document.model.followup.indicators)
        self._result: FollowUpResult | None = None
        document.model_changed.connect(self._on_document_model_changed)

    def _on_document_model_changed(self, changes: ChangeSet) -> None:
        if not (changes.followup or changes.alternatives or changes.criteria):
            return
        ids = tuple(i.id for i in self._document.model.followup.indicators)
        if ids != self._ids:
            self.beginResetModel()
            self._ids = ids
            self.endResetModel()
        elif ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(ids) - 1, self.COLUMNS - 1))

    def set_result(self, result: FollowUpResult | None) -> None:
        """The core's figures for the computed columns (``None``: not computed)."""
        self._result = result
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, self.COLUMNS - 1))

    def indicator(self, row: int) -> Indicator | None:
        inds = self._document.model.followup.indicators
        return inds[row] if 0 <= row < len(inds) and row < len(self._ids) else None

    def status(self, row: int) -> IndicatorStatus | None:
        ind = self.indicator(row)
        if ind is None or self._result is None:
            return None
        return self._result.indicator(ind.id)

    def row_of(self, indicator_id: str) -> int:
        try:
            return self._ids.index(indicator_id)
        except ValueError:
            return -1

    def _row_count(self) -> int:
        return len(self._ids)

    def _headers(self) -> dict[int, str]:
        return {
            self.NAME: self.tr("Indicator"),
            self.ALTERNATIVE: self.tr("Investment"),
            self.CRITERION: self.tr("Criterion"),
            self.BASELINE: self.tr("Baseline"),
            self.TARGET: self.tr("Target"),
            self.LATEST: self.tr("Latest measurement"),
            self.PROGRESS: self.tr("Progress"),
            self.PLANNED: self.tr("Plan"),
            self.STATUS: self.tr("Status"),
        }

    def _header_tips(self) -> dict[int, str]:
        return {
            self.BASELINE: self.tr("Baseline value and date (the starting point)"),
            self.TARGET: self.tr("Target value and target date"),
            self.LATEST: self.tr("The latest measurement on or before the as-of date"),
            self.PROGRESS: self.tr("Share of the distance from baseline to target achieved"),
            self.PLANNED: self.tr(
                "Share planned by the as-of date (straight line from baseline to target date)"
            ),
        }

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        ind = self.indicator(index.row())
        if ind is None:
            return None
        col = index.column()
        st = self.status(index.row())
        if role == ID_ROLE:
            return ind.id
        if role == STATUS_ROLE:
            return st.status if st is not None else None
        if role == VALUE_ROLE:
            if st is None:
                return None
            return {
                self.LATEST: st.latest.value if st.latest is not None else None,
                self.PROGRESS: st.progress,
                self.PLANNED: st.planned_progress,
            }.get(col)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            model = self._document.model
            if col == self.NAME:
                return ind.name
            if col == self.ALTERNATIVE:
                alt = model.alternative(ind.alternative) if ind.alternative else None
                return alt.name if alt is not None else "–"
            if col == self.CRITERION:
                crit = model.criterion(ind.criterion) if ind.criterion else None
                return crit.name if crit is not None else "–"
            if col == self.BASELINE:
                return observation_text(ind.baseline, ind.unit)
            if col == self.TARGET:
                return observation_text(ind.target, ind.unit)
            if st is None:
                return "…" if col in (self.STATUS, self.PROGRESS, self.PLANNED, self.LATEST) else None
            if col == self.LATEST:
                if st.latest is None:
                    return "–"
                return f"{with_unit(st.latest.value, ind.unit)} ({locale_date_text(st.latest.date)})"
            if col == self.PROGRESS:
                return fmt_percent(st.progress)
            if col == self.PLANNED:
                return fmt_percent(st.planned_progress)
            if col == self.STATUS:
                return status_label(st.status)
        if role == Qt.ItemDataRole.DecorationRole and col == self.STATUS and st is not None:
            return status_icon(st.status)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.STATUS and st is not None and self._result is not None:
                return status_hint(st.status, self._result.margin)
            if col == self.NAME:
                parts = [ind.name]
                if ind.owner:
                    parts.append(self.tr("Owner: {owner}").format(owner=ind.owner))
                if ind.source:
                    parts.append(self.tr("Data source: {source}").format(source=ind.source))
                return "\n".join(parts)
            if col == self.LATEST and st is not None and st.latest is not None and st.latest.note:
                return st.latest.note
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (self.PROGRESS, self.PLANNED):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class MeasurementTableModel(_ReadOnlyTableModel):
    """The measurements of one indicator, by date then entry (see the module documentation)."""

    DATE, VALUE, PROGRESS, NOTE = range(4)
    COLUMNS = 4

    def __init__(self, document: ProjectDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._indicator: str | None = None
        self._as_of: dt.date | None = None
        self._rows: tuple[int, ...] = ()
        document.model_changed.connect(self._on_document_model_changed)

    def _positions(self) -> tuple[int, ...]:
        if self._indicator is None:
            return ()
        log = self._document.model.followup.measurements
        keyed = [(m.date, k) for k, m in enumerate(log) if m.indicator == self._indicator]
        keyed.sort()
        return tuple(k for _d, k in keyed)

    def _reload(self) -> None:
        rows = self._positions()
        if rows != self._rows:
            self.beginResetModel()
            self._rows = rows
            self.endResetModel()
        elif rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, self.COLUMNS - 1))

    def _on_document_model_changed(self, changes: ChangeSet) -> None:
        if changes.followup:
            if self._indicator is not None and self._document.model.followup is not None:
                ids = {i.id for i in self._document.model.followup.indicators}
                if self._indicator not in ids:
                    self._indicator = None
            self._reload()

    def set_indicator(self, indicator_id: str | None) -> None:
        self._indicator = indicator_id
        self._reload()

    def set_as_of(self, as_of: dt.date | None) -> None:
        self._as_of = as_of
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self.COLUMNS - 1))

    def indicator_id(self) -> str | None:
        return self._indicator

    def measurement(self, row: int) -> Measurement | None:
        log = self._document.model.followup.measurements
        if 0 <= row < len(self._rows) and self._rows[row] < len(log):
            return log[self._rows[row]]
        return None

    def position(self, row: int) -> int:
        """The measurement's position in the model's log."""
        return self._rows[row] if 0 <= row < len(self._rows) else -1

    def _after_as_of(self, m: Measurement) -> bool:
        if self._as_of is None:
            return False
        try:
            return dt.date.fromisoformat(m.date) > self._as_of
        except ValueError:
            return False

    def _row_count(self) -> int:
        return len(self._rows)

    def _headers(self) -> dict[int, str]:
        return {
            self.DATE: self.tr("Date"),
            self.VALUE: self.tr("Value"),
            self.PROGRESS: self.tr("Progress"),
            self.NOTE: self.tr("Note"),
        }

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        m = self.measurement(index.row())
        if m is None:
            return None
        ind = next((i for i in self._document.model.followup.indicators if i.id == m.indicator), None)
        col = index.column()
        if role == VALUE_ROLE:
            return m.value if col == self.VALUE else None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if col == self.DATE:
                return locale_date_text(m.date)
            if col == self.VALUE:
                return with_unit(m.value, ind.unit if ind is not None else None)
            if col == self.PROGRESS:
                if ind is None:
                    return "–"
                p = progress(
                    ind.baseline.value if ind.baseline is not None else None,
                    ind.target.value if ind.target is not None else None,
                    m.value,
                )
                return fmt_percent(p)
            if col == self.NOTE:
                return m.note or ""
        if role == Qt.ItemDataRole.ToolTipRole:
            if self._after_as_of(m):
                return self.tr("After the as-of date: not counted")
            if col == self.NOTE and m.note:
                return m.note
        if role == Qt.ItemDataRole.FontRole and self._after_as_of(m):
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and self._after_as_of(m):
            return GREY
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (self.VALUE, self.PROGRESS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class RealisationTableModel(_ReadOnlyTableModel):
    """Expected and realised value per alternative (see the module documentation)."""

    NAME, EXPECTED, REALISED, INDEX, COVERAGE = range(5)
    COLUMNS = 5

    def __init__(self, document: ProjectDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._result: FollowUpResult | None = None
        self._ids: tuple[str, ...] = ()

    def set_result(self, result: FollowUpResult | None) -> None:
        ids = tuple(r.alternative for r in result.alternatives) if result is not None else ()
        self.beginResetModel()
        self._result = result
        self._ids = ids
        self.endResetModel()

    def _row_count(self) -> int:
        return len(self._ids)

    def _headers(self) -> dict[int, str]:
        return {
            self.NAME: self.tr("Investment"),
            self.EXPECTED: self.tr("Expected value"),
            self.REALISED: self.tr("Realised value"),
            self.INDEX: self.tr("Realisation index"),
            self.COVERAGE: self.tr("Measured weight"),
        }

    def _header_tips(self) -> dict[int, str]:
        return {
            self.EXPECTED: self.tr(
                "The value V(a) the decision was based on (representative weights and scores)"
            ),
            self.REALISED: self.tr(
                "V(a) with each measured criterion's score replaced by its latest measurement"
            ),
            self.INDEX: self.tr(
                "(realised − do-nothing) / (expected − do-nothing): 1 means the planned gain is realised"
            ),
            self.COVERAGE: self.tr("Share of the weight on criteria that are measured"),
        }

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._result is None or not 0 <= index.row() < len(self._ids):
            return None
        r = self._result.alternatives[index.row()]
        col = index.column()
        if role == ID_ROLE:
            return r.alternative
        if role == VALUE_ROLE:
            return {
                self.EXPECTED: r.expected,
                self.REALISED: r.realised,
                self.INDEX: r.index,
                self.COVERAGE: r.coverage,
            }.get(col)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if col == self.NAME:
                alt = self._document.model.alternative(r.alternative)
                name = alt.name if alt is not None else r.alternative
                if r.alternative == self._result.do_nothing:
                    return self.tr("{name} (do-nothing)").format(name=name)
                return name
            return {
                self.EXPECTED: fmt(r.expected, 3),
                self.REALISED: fmt(r.realised, 3),
                self.INDEX: fmt(r.index, 2),
                self.COVERAGE: fmt_percent(r.coverage),
            }.get(col)
        if role == Qt.ItemDataRole.ToolTipRole and col == self.INDEX and r.index is None:
            if r.alternative == self._result.do_nothing:
                return self.tr("The do-nothing alternative is the reference")
            if not r.measured_criteria:
                return self.tr("Nothing measured yet")
            return self.tr("Expected value equals the reference: no index")
        if role == Qt.ItemDataRole.TextAlignmentRole and col != self.NAME:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


__all__ = [
    "ID_ROLE",
    "STATUS_COLOURS",
    "STATUS_LABELS",
    "STATUS_ROLE",
    "VALUE_ROLE",
    "IndicatorTableModel",
    "MeasurementTableModel",
    "RealisationTableModel",
    "locale_date_text",
    "status_label",
]
