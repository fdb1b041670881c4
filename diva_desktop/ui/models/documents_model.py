"""The project's steering documents as a table model, and the loader of this step's translation.

:class:`DocumentsTableModel` reads ``document.model.documents`` on every call
(no copies) and resets when the documents or goals change. Columns: title,
kind, decided by, decision date, reference, pages, goals.

The Swedish strings of the documents, goals and traceability steps live in
``resources/translations/documents_sv.ts`` (loaded with every ``*_sv.ts`` by
:mod:`diva_desktop.ui.i18n`).
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
    Qt,
)

from diva_desktop.core.commands import ChangeSet
from diva_desktop.core.model import Document

from ..document import ProjectDocument
from ..messages import QT_TRANSLATE_NOOP

Index = QModelIndex | QPersistentModelIndex

TITLE, KIND, DECIDED_BY, DECISION_DATE, REFERENCE, PAGES, GOALS = range(7)
ID_ROLE = Qt.ItemDataRole.UserRole + 1

_HEADERS = (
    QT_TRANSLATE_NOOP("DocumentsTableModel", "Title"),
    QT_TRANSLATE_NOOP("DocumentsTableModel", "Kind"),
    QT_TRANSLATE_NOOP("DocumentsTableModel", "Decided by"),
    QT_TRANSLATE_NOOP("DocumentsTableModel", "Decision date"),
    QT_TRANSLATE_NOOP("DocumentsTableModel", "Reference"),
    QT_TRANSLATE_NOOP("DocumentsTableModel", "Pages"),
    QT_TRANSLATE_NOOP("DocumentsTableModel", "Goals"),
)

KIND_LABELS = {
    "vision": QT_TRANSLATE_NOOP("DocumentKind", "vision"),
    "strategi": QT_TRANSLATE_NOOP("DocumentKind", "strategy"),
    "program": QT_TRANSLATE_NOOP("DocumentKind", "programme"),
    "plan": QT_TRANSLATE_NOOP("DocumentKind", "plan"),
    "policy": QT_TRANSLATE_NOOP("DocumentKind", "policy"),
    "riktlinje": QT_TRANSLATE_NOOP("DocumentKind", "guideline"),
    "budget": QT_TRANSLATE_NOOP("DocumentKind", "budget"),
}


def kind_label(kind: str | None) -> str:
    """The translated name of a document kind (an unknown kind as it is)."""
    if kind is None:
        return ""
    source = KIND_LABELS.get(kind)
    return QCoreApplication.translate("DocumentKind", source) if source else kind


class DocumentsTableModel(QAbstractTableModel):
    """The steering documents of a :class:`ProjectDocument` (see the module documentation)."""

    def __init__(self, document: ProjectDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document = document
        document.model_changed.connect(self._on_document_model_changed)

    def _on_document_model_changed(self, changes: ChangeSet) -> None:
        if changes.documents or changes.goals:
            self.beginResetModel()
            self.endResetModel()

    def document_at(self, row: int) -> Document | None:
        docs = self._document.model.documents
        return docs[row] if 0 <= row < len(docs) else None

    def row_of(self, document_id: str) -> int:
        for i, d in enumerate(self._document.model.documents):
            if d.id == document_id:
                return i
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._document.model.documents)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(_HEADERS):
            return QCoreApplication.translate("DocumentsTableModel", _HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        doc = self.document_at(index.row())
        if doc is None:
            return None
        col = index.column()
        if role == ID_ROLE:
            return doc.id
        if role == Qt.ItemDataRole.DisplayRole:
            if col == TITLE:
                return doc.title
            if col == KIND:
                return kind_label(doc.kind)
            if col == DECIDED_BY:
                return doc.decided_by or ""
            if col == DECISION_DATE:
                return doc.decision_date or ""
            if col == REFERENCE:
                return doc.reference or ""
            if col == PAGES:
                return QLocale().toString(len(doc.pages))
            if col == GOALS:
                return QLocale().toString(sum(g.document == doc.id for g in self._document.model.goals))
        if role == Qt.ItemDataRole.ToolTipRole and col == TITLE:
            return doc.source or doc.title
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (PAGES, GOALS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
