"""Table models over the results of ``diva analyze`` (spec §4) for the Analysis step.

Each model wraps an :class:`~diva_desktop.ui.analysis_runner.AnalysisResult`
(its ``data`` is the spec §4 document; nothing is copied) and shows it with
names from the model the result was computed from. Numbers are written in the
locale; :data:`RAW_ROLE` gives the unrounded figure (what the tests compare
with the command line), :data:`ID_ROLE` the alternative's id.

* :class:`AnalysisValuesModel`: alternatives ranked by focal value — rank,
  name, focal value, least and greatest value, maximum regret.
* :class:`AnalysisRulesModel`: the decision rules and their winners.
* :class:`AnalysisDifferencesModel`: the pairwise difference matrix — least
  and greatest V(a) − V(b) and the contraction level at which it is decided,
  coloured (blue: the row is better, orange: the column is better; full colour
  where it holds for all of S, paler the later it is decided).
* :class:`AnalysisSmaaModel`: acceptabilities per alternative — first-rank
  and holistic acceptability and the confidence factor.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from diva_desktop.core.model import Model

from ..analysis_runner import AnalysisResult
from ..charts.base import fmt, fmt_percent, fmt_signed
from ..charts.palette import ORANGE, SKY_BLUE, lighter, text_on
from ..messages import QT_TRANSLATE_NOOP

Index = QModelIndex | QPersistentModelIndex

RAW_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
PAIR_ROLE = Qt.ItemDataRole.UserRole + 3

RULES: tuple[tuple[str, str, str], ...] = (
    (
        "focal",
        QT_TRANSLATE_NOOP("AnalysisRulesModel", "Representative weights"),
        QT_TRANSLATE_NOOP("AnalysisRulesModel", "Greatest value at the representative weights and scores."),
    ),
    (
        "maximax",
        QT_TRANSLATE_NOOP("AnalysisRulesModel", "Maximax (optimistic)"),
        QT_TRANSLATE_NOOP("AnalysisRulesModel", "Greatest value in the best case."),
    ),
    (
        "maximin",
        QT_TRANSLATE_NOOP("AnalysisRulesModel", "Maximin (cautious)"),
        QT_TRANSLATE_NOOP("AnalysisRulesModel", "Greatest value in the worst case."),
    ),
    (
        "central_values",
        QT_TRANSLATE_NOOP("AnalysisRulesModel", "Central values"),
        QT_TRANSLATE_NOOP("AnalysisRulesModel", "Greatest midpoint of the value interval."),
    ),
    (
        "minimax_regret",
        QT_TRANSLATE_NOOP("AnalysisRulesModel", "Minimax regret"),
        QT_TRANSLATE_NOOP(
            "AnalysisRulesModel", "Smallest loss against the best other alternative in the worst case."
        ),
    ),
)


def alternative_names(model: Model) -> dict[str, str]:
    """Alternative id → name (the id where the name is empty)."""
    return {a.id: (a.name or a.id) for a in model.alternatives}


def criterion_names(model: Model) -> dict[str, str]:
    return {c.id: (c.name or c.id) for c in model.walk_criteria()}


def ranked(data: dict[str, Any]) -> list[str]:
    """Alternative ids by decreasing focal value (ties: model order)."""
    alts = list(data.get("alternatives", []))
    values = data.get("values", {})
    return sorted(alts, key=lambda a: (-values[a]["focal"], alts.index(a)))


class _ResultModel(QAbstractTableModel):
    """Base: holds the result; ``set_result`` resets."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._result: AnalysisResult | None = None
        self._names: dict[str, str] = {}

    def set_result(self, result: AnalysisResult | None) -> None:
        self.beginResetModel()
        self._result = result
        self._names = alternative_names(result.model) if result is not None else {}
        self._reset()
        self.endResetModel()

    def _reset(self) -> None:
        """Recompute derived orders (inside the reset)."""

    def result(self) -> AnalysisResult | None:
        return self._result

    def name(self, alternative: str) -> str:
        return self._names.get(alternative, alternative)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers())

    def _headers(self) -> list[str]:
        return []

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            headers = self._headers()
            return headers[section] if 0 <= section < len(headers) else None
        return str(section + 1)


class AnalysisValuesModel(_ResultModel):
    """Alternatives ranked by focal value (see the module documentation)."""

    RANK, NAME, FOCAL, LOW, HIGH, REGRET = range(6)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._order: list[str] = []

    def _reset(self) -> None:
        self._order = ranked(self._result.data) if self._result is not None else []

    def order(self) -> list[str]:
        return list(self._order)

    def _headers(self) -> list[str]:
        return [
            self.tr("Rank"),
            self.tr("Alternative"),
            self.tr("Value"),
            self.tr("Least"),
            self.tr("Greatest"),
            self.tr("Max. regret"),
        ]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._order)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._result is None or not (0 <= index.row() < len(self._order)):
            return None
        a = self._order[index.row()]
        col = index.column()
        d = self._result.data
        raw: Any = {
            self.RANK: index.row() + 1,
            self.NAME: self.name(a),
            self.FOCAL: d["values"][a]["focal"],
            self.LOW: d["values"][a]["min"],
            self.HIGH: d["values"][a]["max"],
            self.REGRET: d["max_regret"][a],
        }.get(col)
        if role == RAW_ROLE:
            return raw
        if role == ID_ROLE:
            return a
        if role == Qt.ItemDataRole.DisplayRole:
            if col in (self.RANK, self.NAME):
                return str(raw)
            return fmt(raw, 3)
        if role == Qt.ItemDataRole.ToolTipRole and col == self.NAME:
            return self.name(a)
        if role == Qt.ItemDataRole.TextAlignmentRole and col != self.NAME:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class AnalysisRulesModel(_ResultModel):
    """The decision rules and their winners (ties list all)."""

    RULE, WINNERS = range(2)

    def _headers(self) -> list[str]:
        return [self.tr("Decision rule"), self.tr("Best alternative")]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self._result is None else len(RULES)

    def winners(self, rule: str) -> list[str]:
        if self._result is None:
            return []
        return list(self._result.data["rules"].get(rule, []))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._result is None or not (0 <= index.row() < len(RULES)):
            return None
        key, label, explanation = RULES[index.row()]
        col = index.column()
        if role == ID_ROLE:
            return key
        if role == RAW_ROLE:
            return key if col == self.RULE else self.winners(key)
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.RULE:
                return QCoreApplication.translate("AnalysisRulesModel", label)
            return ", ".join(self.name(a) for a in self.winners(key))
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate("AnalysisRulesModel", explanation)
        return None


def difference_colour(low: float, high: float, focal: float, decided: float | None) -> QColor | None:
    """Blue when the row is better, orange when the column is; paler the later it is decided."""
    if low >= -1e-9 and high > 1e-9:
        return QColor(SKY_BLUE)
    if high <= 1e-9 and low < -1e-9:
        return QColor(ORANGE)
    if decided is None or abs(focal) <= 1e-9:
        return None
    strength = 1.0 - decided
    base = SKY_BLUE if focal > 0 else ORANGE
    return lighter(base, 0.92 - 0.6 * strength)


class AnalysisDifferencesModel(_ResultModel):
    """The pairwise difference matrix (rows a, columns b: V(a) − V(b))."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._order: list[str] = []

    def _reset(self) -> None:
        self._order = ranked(self._result.data) if self._result is not None else []

    def order(self) -> list[str]:
        return list(self._order)

    def _headers(self) -> list[str]:
        return [self.name(a) for a in self._order]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._order)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not (0 <= section < len(self._order)):
            return None
        a = self._order[section]
        if role == Qt.ItemDataRole.DisplayRole:
            name = self.name(a)
            if orientation == Qt.Orientation.Horizontal:
                return f"{section + 1}"
            return f"{section + 1}. {name if len(name) <= 28 else name[:27] + '…'}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.name(a)
        return None

    def pair(self, index: Index) -> tuple[str, str] | None:
        if not index.isValid() or not (
            0 <= index.row() < len(self._order) and 0 <= index.column() < len(self._order)
        ):
            return None
        return self._order[index.row()], self._order[index.column()]

    def entry(self, a: str, b: str) -> dict[str, Any] | None:
        if self._result is None or a == b:
            return None
        return self._result.data["differences"][a][b]

    def sentence(self, a: str, b: str) -> str:
        e = self.entry(a, b)
        if e is None:
            return ""
        decided = e["decided_at"]
        text = self.tr(
            "V({a}) − V({b}) lies between {low} and {high}; at the representative point it is {focal}."
        ).format(
            a=self.name(a),
            b=self.name(b),
            low=fmt_signed(e["min"], 3),
            high=fmt_signed(e["max"], 3),
            focal=fmt_signed(e["focal"], 3),
        )
        if decided is None:
            text += " " + self.tr("The two are equal at the representative point.")
        elif decided <= 0:
            text += " " + self.tr("The order holds for every allowed weight and score.")
        else:
            text += " " + self.tr("The order is decided at contraction level {tau}.").format(
                tau=fmt(decided, 2)
            )
        return text

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        pair = self.pair(index)
        if pair is None or self._result is None:
            return None
        a, b = pair
        e = self.entry(a, b)
        if role == PAIR_ROLE:
            return pair
        if e is None:
            if role == Qt.ItemDataRole.DisplayRole:
                return "—"
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignCenter)
            return None
        if role == RAW_ROLE:
            return dict(e)
        if role == Qt.ItemDataRole.DisplayRole:
            span = f"{fmt_signed(e['min'], 2)} … {fmt_signed(e['max'], 2)}"
            decided = e["decided_at"]
            second = "τ –" if decided is None else f"τ {fmt(decided, 2)}"
            return f"{span}\n{second}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.sentence(a, b)
        colour = difference_colour(e["min"], e["max"], e["focal"], e["decided_at"])
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(text_on(colour)) if colour is not None else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class AnalysisSmaaModel(_ResultModel):
    """Acceptabilities per alternative (in focal-value order)."""

    NAME, FIRST, HOLISTIC, CONFIDENCE = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._order: list[str] = []

    def _reset(self) -> None:
        has = self._result is not None and self._result.has_smaa
        self._order = ranked(self._result.data) if has and self._result is not None else []

    def order(self) -> list[str]:
        return list(self._order)

    def _headers(self) -> list[str]:
        return [
            self.tr("Alternative"),
            self.tr("Rank 1 acceptability"),
            self.tr("Holistic acceptability"),
            self.tr("Confidence factor"),
        ]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._order)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._result is None or not (0 <= index.row() < len(self._order)):
            return None
        smaa = self._result.data["smaa"]
        a = self._order[index.row()]
        col = index.column()
        raw: Any = {
            self.NAME: self.name(a),
            self.FIRST: smaa["rank_acceptability"][a][0] if smaa["rank_acceptability"][a] else 0.0,
            self.HOLISTIC: smaa["holistic"][a],
            self.CONFIDENCE: smaa["confidence"][a],
        }.get(col)
        if role == RAW_ROLE:
            return raw
        if role == ID_ROLE:
            return a
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.NAME:
                return raw
            return fmt_percent(raw, 1) if raw is not None else "–"
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.NAME:
                return raw
            if col == self.CONFIDENCE and raw is None:
                return self.tr("Never ranked first, so it has no central weights.")
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and col != self.NAME:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


__all__ = [
    "ID_ROLE",
    "PAIR_ROLE",
    "RAW_ROLE",
    "RULES",
    "AnalysisDifferencesModel",
    "AnalysisRulesModel",
    "AnalysisSmaaModel",
    "AnalysisValuesModel",
    "alternative_names",
    "criterion_names",
    "difference_colour",
    "ranked",
]
