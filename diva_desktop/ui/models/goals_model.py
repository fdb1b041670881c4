"""Item models of the goals step: the goals, the suggested goals, and a criteria tree that takes goals.

- :class:`GoalsTableModel` — one row per goal of ``document.model`` (read on every
  call, never copied): quote, plain-language paraphrase, document, page, the
  criteria that serve it and how operational it is. Quote and paraphrase are
  edited in place (:class:`~diva_desktop.core.commands.UpdateGoal`); rows drag
  out as goal ids.
- :class:`SuggestionsTableModel` — the ranked candidate goal statements of one
  document (:func:`~diva_desktop.core.goals.suggest_goals`), without the ones
  the user rejected in this session or has already made goals.
- :class:`CriteriaLinkModel` — the criteria tree; dropping goals on a criterion
  links them to it (:class:`~diva_desktop.core.commands.UpdateCriterion` with
  ``goals``), one undoable step per drop.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QLocale,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from diva_desktop.core.commands import ChangeSet, UpdateCriterion, UpdateGoal
from diva_desktop.core.goals import Suggestion, assess, suggest_goals
from diva_desktop.core.model import ROOT_ID, Criterion, Goal
from diva_desktop.core.traceability import coverage

from ..document import ProjectDocument
from ..messages import QT_TRANSLATE_NOOP

Index = QModelIndex | QPersistentModelIndex

GOAL_MIME = "application/x-diva-goal-ids"
ID_ROLE = Qt.ItemDataRole.UserRole + 1

QUOTE, PARAPHRASE, DOCUMENT, PAGE, CRITERIA, CLARITY = range(6)

_GOAL_HEADERS = (
    QT_TRANSLATE_NOOP("GoalsTableModel", "Quote"),
    QT_TRANSLATE_NOOP("GoalsTableModel", "Plain language"),
    QT_TRANSLATE_NOOP("GoalsTableModel", "Document"),
    QT_TRANSLATE_NOOP("GoalsTableModel", "Page"),
    QT_TRANSLATE_NOOP("GoalsTableModel", "Criteria"),
    QT_TRANSLATE_NOOP("GoalsTableModel", "Operational?"),
)

VAGUE_REASONS = {
    "no_measure": QT_TRANSLATE_NOOP("GoalClarity", "no measure"),
    "no_target": QT_TRANSLATE_NOOP("GoalClarity", "no target value"),
    "no_date": QT_TRANSLATE_NOOP("GoalClarity", "no date"),
}

REASONS = {
    "marker": QT_TRANSLATE_NOOP("SuggestionReason", "goal wording ‘{detail}’"),
    "strong_marker": QT_TRANSLATE_NOOP("SuggestionReason", "states a goal: ‘{detail}’"),
    "date": QT_TRANSLATE_NOOP("SuggestionReason", "date ‘{detail}’"),
    "measure": QT_TRANSLATE_NOOP("SuggestionReason", "value ‘{detail}’"),
    "direction": QT_TRANSLATE_NOOP("SuggestionReason", "direction ‘{detail}’"),
    "goal_heading": QT_TRANSLATE_NOOP("SuggestionReason", "under ‘{detail}’"),
    "goal_area": QT_TRANSLATE_NOOP("SuggestionReason", "goal area under ‘{detail}’"),
    "list_item": QT_TRANSLATE_NOOP("SuggestionReason", "list item"),
    "target_table": QT_TRANSLATE_NOOP("SuggestionReason", "row of a target table"),
    "too_short": QT_TRANSLATE_NOOP("SuggestionReason", "very short"),
    "too_long": QT_TRANSLATE_NOOP("SuggestionReason", "very long"),
    "question": QT_TRANSLATE_NOOP("SuggestionReason", "a question"),
}

VAGUE_BRUSH = QBrush(QColor("#8a5300"))


def clarity_label(vague: bool) -> str:
    """"vague" or "operational" (translated), for a table cell."""
    if vague:
        return QCoreApplication.translate("GoalClarity", "vague")
    return QCoreApplication.translate("GoalClarity", "operational")


def clarity_text(vague: bool, reasons: Sequence[str]) -> str:
    """"operational", or "vague: no measure, no date" (translated)."""
    names = ", ".join(QCoreApplication.translate("GoalClarity", VAGUE_REASONS.get(r, r)) for r in reasons)
    if not vague:
        if names:
            return QCoreApplication.translate("GoalClarity", "operational ({missing})").format(missing=names)
        return QCoreApplication.translate("GoalClarity", "operational")
    return QCoreApplication.translate("GoalClarity", "vague: {missing}").format(missing=names)


def reasons_text(suggestion: Suggestion) -> str:
    parts = []
    for r in suggestion.reasons:
        template = REASONS.get(r.code)
        if template is None:
            continue
        parts.append(QCoreApplication.translate("SuggestionReason", template).format(detail=r.detail))
    return "; ".join(parts)


def _flat(text: str) -> str:
    return " ".join(text.split())


def goal_ids_from_mime(data: QMimeData) -> list[str]:
    if not data.hasFormat(GOAL_MIME):
        return []
    try:
        ids = json.loads(bytes(data.data(GOAL_MIME).data()).decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        return []
    return [i for i in ids if isinstance(i, str)] if isinstance(ids, list) else []


def goals_mime(ids: Sequence[str]) -> QMimeData:
    mime = QMimeData()
    mime.setData(GOAL_MIME, QByteArray(json.dumps(list(ids)).encode("utf-8")))
    mime.setText("\n".join(ids))
    return mime


# ---------------------------------------------------------------------------
# Goals
# ---------------------------------------------------------------------------


class GoalsTableModel(QAbstractTableModel):
    """The goals of a :class:`ProjectDocument` (see the module documentation)."""

    def __init__(self, document: ProjectDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._served: dict[str, tuple[str, ...]] = {}
        self._clarity: dict[str, tuple[bool, tuple[str, ...]]] = {}
        self._refresh_derived()
        document.model_changed.connect(self._on_document_model_changed)

    def _refresh_derived(self) -> None:
        model = self._document.model
        self._served = dict(coverage(model).served_by)
        self._clarity = {}
        for g in model.goals:
            a = assess(g.quote, table_row=" | " in g.quote)
            self._clarity[g.id] = (a.vague, a.vague_reasons)

    def _on_document_model_changed(self, changes: ChangeSet) -> None:
        if changes.goals or changes.criteria or changes.documents:
            self.beginResetModel()
            self._refresh_derived()
            self.endResetModel()

    def goal_at(self, row: int) -> Goal | None:
        goals = self._document.model.goals
        return goals[row] if 0 <= row < len(goals) else None

    def row_of(self, goal_id: str) -> int:
        for i, g in enumerate(self._document.model.goals):
            if g.id == goal_id:
                return i
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._document.model.goals)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_GOAL_HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(_GOAL_HEADERS):
            return QCoreApplication.translate("GoalsTableModel", _GOAL_HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        goal = self.goal_at(index.row())
        if goal is None:
            return None
        col = index.column()
        if role == ID_ROLE:
            return goal.id
        model = self._document.model
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == QUOTE:
                return _flat(goal.quote) if role == Qt.ItemDataRole.DisplayRole else goal.quote
            if col == PARAPHRASE:
                return goal.paraphrase or ""
            if col == DOCUMENT:
                doc = model.document(goal.document)
                return doc.title if doc is not None else goal.document
            if col == PAGE:
                return QLocale().toString(goal.page) if goal.page is not None else ""
            if col == CRITERIA:
                names = [c.name for cid in self._served.get(goal.id, ()) if (c := model.criterion(cid)) is not None]
                return ", ".join(names) if names else QCoreApplication.translate("GoalsTableModel", "— none —")
            if col == CLARITY:
                return clarity_label(self._clarity.get(goal.id, (False, ()))[0])
        if role == Qt.ItemDataRole.ToolTipRole:
            if col in (QUOTE, PARAPHRASE):
                return goal.quote if col == QUOTE else (goal.paraphrase or "")
            if col == CLARITY:
                vague, reasons = self._clarity.get(goal.id, (False, ()))
                tip = clarity_text(vague, reasons)
                if vague:
                    tip += "\n" + QCoreApplication.translate(
                        "GoalClarity", "Ask for an operational criterion: a measure, a target value and a date."
                    )
                return tip
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == CLARITY and self._clarity.get(goal.id, (False, ()))[0]:
                return VAGUE_BRUSH
            if col == CRITERIA and not self._served.get(goal.id):
                return VAGUE_BRUSH
        if role == Qt.ItemDataRole.TextAlignmentRole and col == PAGE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        if index.column() in (QUOTE, PARAPHRASE):
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        goal = self.goal_at(index.row())
        if goal is None:
            return False
        text = str(value)
        if index.column() == QUOTE:
            if not text.strip() or text == goal.quote:
                return False
            return self._document.execute(UpdateGoal(goal.id, quote=text))
        if index.column() == PARAPHRASE:
            new = text.strip() or None
            if new == goal.paraphrase:
                return False
            return self._document.execute(UpdateGoal(goal.id, paraphrase=new))
        return False

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.LinkAction | Qt.DropAction.CopyAction

    def mimeTypes(self) -> list[str]:
        return [GOAL_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        ids: list[str] = []
        for index in indexes:
            goal = self.goal_at(index.row())
            if goal is not None and goal.id not in ids:
                ids.append(goal.id)
        return goals_mime(ids)


# ---------------------------------------------------------------------------
# Suggestions
# ---------------------------------------------------------------------------

S_SCORE, S_PAGE, S_TEXT, S_WHY, S_CLARITY = range(5)

_SUGGESTION_HEADERS = (
    QT_TRANSLATE_NOOP("SuggestionsTableModel", "Score"),
    QT_TRANSLATE_NOOP("SuggestionsTableModel", "Page"),
    QT_TRANSLATE_NOOP("SuggestionsTableModel", "Suggested goal"),
    QT_TRANSLATE_NOOP("SuggestionsTableModel", "Why"),
    QT_TRANSLATE_NOOP("SuggestionsTableModel", "Operational?"),
)


class SuggestionsTableModel(QAbstractTableModel):
    """Ranked suggestions for one document (see the module documentation)."""

    def __init__(self, document: ProjectDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._document_id: str | None = None
        self._rejected: set[tuple[str, str]] = set()
        self._items: list[Suggestion] = []
        document.model_changed.connect(self._on_document_model_changed)

    @property
    def document_id(self) -> str | None:
        return self._document_id

    def set_document(self, document_id: str | None) -> None:
        self._document_id = document_id
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        model = self._document.model
        doc = model.document(self._document_id) if self._document_id else None
        if doc is None:
            self._items = []
        else:
            self._items = [
                s for s in suggest_goals(doc, existing=model.goals) if (doc.id, _flat(s.text)) not in self._rejected
            ]
        self.endResetModel()

    def reject(self, rows: Sequence[int]) -> None:
        """Hide these suggestions for the rest of the session."""
        if self._document_id is None:
            return
        for row in rows:
            if 0 <= row < len(self._items):
                self._rejected.add((self._document_id, _flat(self._items[row].text)))
        self.refresh()

    def _on_document_model_changed(self, changes: ChangeSet) -> None:
        if changes.documents or changes.goals:
            if self._document_id is not None and self._document.model.document(self._document_id) is None:
                self._document_id = None
            self.refresh()

    def suggestion_at(self, row: int) -> Suggestion | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_SUGGESTION_HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(_SUGGESTION_HEADERS)
        ):
            return QCoreApplication.translate("SuggestionsTableModel", _SUGGESTION_HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        s = self.suggestion_at(index.row())
        if s is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == S_SCORE:
                return QLocale().toString(s.score)
            if col == S_PAGE:
                return QLocale().toString(s.page)
            if col == S_TEXT:
                return _flat(s.text)
            if col == S_WHY:
                return reasons_text(s)
            if col == S_CLARITY:
                return clarity_label(s.vague)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == S_TEXT:
                section = QCoreApplication.translate("SuggestionsTableModel", "Section: {section}").format(section=s.section)
                return f"{s.text}\n\n{section}"
            if col == S_WHY:
                return reasons_text(s)
            if col == S_CLARITY:
                return clarity_text(s.vague, s.vague_reasons)
        if role == Qt.ItemDataRole.ForegroundRole and col == S_CLARITY and s.vague:
            return VAGUE_BRUSH
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (S_SCORE, S_PAGE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


# ---------------------------------------------------------------------------
# The criteria tree that takes goals
# ---------------------------------------------------------------------------

C_NAME, C_GOALS = range(2)

_CRITERIA_HEADERS = (
    QT_TRANSLATE_NOOP("CriteriaLinkModel", "Criterion"),
    QT_TRANSLATE_NOOP("CriteriaLinkModel", "Goals"),
)


class CriteriaLinkModel(QAbstractItemModel):
    """The criteria tree; goals dropped on a criterion are linked to it.

    Internal ids are small integers per criterion id, kept for the model's life;
    the tree's shape is rebuilt when the criteria change.
    """

    def __init__(self, document: ProjectDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._keys: dict[str, int] = {}
        self._ids: list[str] = []
        self._place: dict[str, tuple[str, int]] = {}
        self._children: dict[str, tuple[str, ...]] = {}
        self._anchored: dict[str, tuple[str, ...]] = {}
        self._rebuild()
        document.model_changed.connect(self._on_document_model_changed)

    def _key(self, criterion_id: str) -> int:
        key = self._keys.get(criterion_id)
        if key is None:
            key = len(self._ids)
            self._keys[criterion_id] = key
            self._ids.append(criterion_id)
        return key

    def _rebuild(self) -> None:
        self._place = {}
        self._children = {}

        def visit(parent_id: str, nodes: tuple[Criterion, ...]) -> None:
            self._children[parent_id] = tuple(c.id for c in nodes)
            for row, c in enumerate(nodes):
                self._key(c.id)
                self._place[c.id] = (parent_id, row)
                visit(c.id, c.children)

        visit(ROOT_ID, self._document.model.criteria)
        self._anchored = dict(coverage(self._document.model).anchors)

    def _on_document_model_changed(self, changes: ChangeSet) -> None:
        if changes.criteria or changes.goals:
            self.beginResetModel()
            self._rebuild()
            self.endResetModel()

    def criterion_id(self, index: Index) -> str | None:
        if not index.isValid():
            return None
        key = index.internalId()
        return self._ids[key] if 0 <= key < len(self._ids) else None

    def index_of(self, criterion_id: str, column: int = 0) -> QModelIndex:
        place = self._place.get(criterion_id)
        if place is None:
            return QModelIndex()
        return self.createIndex(place[1], column, self._keys[criterion_id])

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        parent_id = self.criterion_id(parent) if parent.isValid() else ROOT_ID
        kids = self._children.get(parent_id or ROOT_ID, ())
        if not (0 <= row < len(kids) and 0 <= column < len(_CRITERIA_HEADERS)):
            return QModelIndex()
        return self.createIndex(row, column, self._keys[kids[row]])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        cid = self.criterion_id(index)
        if cid is None:
            return QModelIndex()
        parent_id, _row = self._place.get(cid, (ROOT_ID, 0))
        if parent_id == ROOT_ID:
            return QModelIndex()
        return self.index_of(parent_id)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        parent_id = self.criterion_id(parent) if parent.isValid() else ROOT_ID
        return len(self._children.get(parent_id or ROOT_ID, ()))

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(_CRITERIA_HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(_CRITERIA_HEADERS):
            return QCoreApplication.translate("CriteriaLinkModel", _CRITERIA_HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        cid = self.criterion_id(index)
        if cid is None:
            return None
        c = self._document.model.criterion(cid)
        if c is None:
            return None
        if role == ID_ROLE:
            return cid
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == C_NAME:
                return c.name
            if index.column() == C_GOALS:
                return QLocale().toString(len(c.goals)) if c.goals else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            model = self._document.model
            quotes = [_flat(g.quote) for gid in c.goals if (g := model.goal(gid)) is not None]
            if quotes:
                return "\n".join(f"• {q}" for q in quotes)
            if c.is_leaf and not self._anchored.get(cid):
                return QCoreApplication.translate("CriteriaLinkModel", "No goal anchors this criterion yet.")
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == C_NAME and c.is_leaf and not self._anchored.get(cid):
            return VAGUE_BRUSH
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDropEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.LinkAction | Qt.DropAction.CopyAction | Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [GOAL_MIME]

    def link_command(self, criterion_id: str, goal_ids: Sequence[str]) -> UpdateCriterion | None:
        """The command that links ``goal_ids`` to the criterion; ``None`` if all are linked."""
        c = self._document.model.criterion(criterion_id)
        if c is None or criterion_id == ROOT_ID:
            return None
        new = [g for g in goal_ids if g not in c.goals and self._document.model.goal(g) is not None]
        if not new:
            return None
        return UpdateCriterion(criterion_id, goals=(*c.goals, *new))

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        cid = self.criterion_id(parent)
        return cid is not None and bool(goal_ids_from_mime(data))

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        cid = self.criterion_id(parent)
        if cid is None:
            return False
        command = self.link_command(cid, goal_ids_from_mime(data))
        if command is None:
            return False
        self._document.execute(command)
        return False  # nothing to remove at the source: linking is not a move
