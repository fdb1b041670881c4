"""The documents step: steering documents, their decision metadata, and a reader to quote goals from.

Left: the project's documents (import, remove) and the selected document's
metadata — title, kind, decided by, decision date, reference, validity — each
change one undoable command; an import prefills them from the text's guess.
Importing reads the file on a worker thread
(:func:`diva_desktop.io.documents.extract_document`) with a progress bar and a
Cancel button; a file that cannot be imported (a scanned PDF, a protected or
damaged file …) is explained and nothing is added.

Right: the reader. One page at a time with page navigation and a search that
runs through all pages; headings are set bold, goals already quoted from the
document are highlighted, search hits too. Selecting a passage and pressing
*Make goal* adds a goal with the verbatim quote and its page; the plain-language
paraphrase of the goal under the cursor is edited below the page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QKeySequence,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from diva_desktop.core.commands import (
    AddDocument,
    AddGoal,
    ChangeSet,
    RemoveDocument,
    UpdateDocument,
    UpdateGoal,
)
from diva_desktop.core.errors import CancelledError, DivaError, Problem
from diva_desktop.core.goals import find_quote, new_goal_id, suggest_goals
from diva_desktop.core.model import DOCUMENT_KINDS, Document, Goal
from diva_desktop.core.progress import CancelToken
from diva_desktop.core.validation import is_iso_date
from diva_desktop.io.documents import SUPPORTED_SUFFIXES, ExtractedDocument, extract_document

from ..document import ProjectDocument
from ..messages import QT_TRANSLATE_NOOP
from ..models.documents_model import (
    DECIDED_BY,
    DECISION_DATE,
    REFERENCE,
    TITLE,
    DocumentsTableModel,
    kind_label,
)

# ---------------------------------------------------------------------------
# Import on a worker thread
# ---------------------------------------------------------------------------


class _ImportSignals(QObject):
    progress = Signal(float)
    finished = Signal(object)  # ExtractedDocument
    failed = Signal(object)  # list[Problem]
    cancelled = Signal()


class _ImportTask(QRunnable):
    """Runs :func:`extract_document` off the GUI thread; reports through queued signals."""

    def __init__(self, path: Path, token: CancelToken, signals: _ImportSignals) -> None:
        super().__init__()
        self.path = path
        self.token = token
        self.signals = signals

    def run(self) -> None:
        try:
            result = extract_document(self.path, progress=self.signals.progress.emit, cancel=self.token)
        except CancelledError:
            self.signals.cancelled.emit()
        except DivaError as exc:
            self.signals.failed.emit(list(exc.problems))
        except Exception as exc:  # never lose the GUI to a reader's bug
            self.signals.failed.emit([Problem("internal", "", f"{type(exc).__name__}: {exc}", params={"file": self.path.name})])
        else:
            self.signals.finished.emit(result)


# ---------------------------------------------------------------------------
# The reader
# ---------------------------------------------------------------------------


class _PageHighlighter(QSyntaxHighlighter):
    """Headings bold and larger, goal quotes and search hits with a background."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.goals: list[tuple[int, int]] = []
        self.hits: list[tuple[int, int]] = []
        self.current_hit: tuple[int, int] | None = None
        base = document.defaultFont().pointSizeF()
        self._heading = QTextCharFormat()
        self._heading.setFontWeight(QFont.Weight.Bold)
        self._heading.setFontPointSize(base * 1.15)
        self._marker = QTextCharFormat()
        self._marker.setForeground(QColor("#9a9a9a"))
        self._goal = QTextCharFormat()
        self._goal.setBackground(QColor("#fff2a8"))
        self._hit = QTextCharFormat()
        self._hit.setBackground(QColor("#ffc48a"))
        self._current = QTextCharFormat()
        self._current.setBackground(QColor("#ff9a3c"))

    def set_ranges(self, goals: list[tuple[int, int]], hits: list[tuple[int, int]], current: tuple[int, int] | None) -> None:
        self.goals, self.hits, self.current_hit = goals, hits, current
        self.rehighlight()

    def highlightBlock(self, text: str) -> None:
        block = self.currentBlock()
        start, end = block.position(), block.position() + len(text)
        m = re.match(r"^(#{1,6})\s+", text)
        if m:
            self.setFormat(0, len(text), self._heading)
            self.setFormat(0, m.end(), self._marker)
        for ranges, fmt in ((self.goals, self._goal), (self.hits, self._hit)):
            for a, b in ranges:
                lo, hi = max(a, start), min(b, end)
                if lo < hi:
                    self.setFormat(lo - start, hi - lo, fmt)
        if self.current_hit is not None:
            a, b = self.current_hit
            lo, hi = max(a, start), min(b, end)
            if lo < hi:
                self.setFormat(lo - start, hi - lo, self._current)


@dataclass(frozen=True)
class _Hit:
    page: int  # 1-based
    start: int
    end: int


class DocumentReader(QWidget):
    """One document, page by page (see the module documentation).

    Signals:
        make_goal(str, int, int, int): the user wants a goal from page text [start, end) of page n.
    """

    make_goal = Signal(int, int, int)  # page, start, end

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._doc: Document | None = None
        self._pages: list[str] = []
        self._page = 1
        self._goal_ranges: list[tuple[str, int, int]] = []  # goal id, start, end on the shown page
        self._goals: tuple[Goal, ...] = ()
        self._hits: list[_Hit] = []
        self._hit_index = -1
        self._build()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        nav = QHBoxLayout()
        self.previous_button = QToolButton(self)
        self.previous_button.setText("◀")
        self.previous_button.setToolTip(self.tr("Previous page (Ctrl+Page Up)"))
        self.previous_button.setAccessibleName(self.tr("Previous page"))
        self.previous_button.clicked.connect(lambda: self.show_page(self._page - 1))
        self.page_spin = QSpinBox(self)
        self.page_spin.setMinimum(1)
        self.page_spin.setAccessibleName(self.tr("Page"))
        self.page_spin.valueChanged.connect(self._on_page_spin_value_changed)
        self.page_count_label = QLabel(self)
        self.next_button = QToolButton(self)
        self.next_button.setText("▶")
        self.next_button.setToolTip(self.tr("Next page (Ctrl+Page Down)"))
        self.next_button.setAccessibleName(self.tr("Next page"))
        self.next_button.clicked.connect(lambda: self.show_page(self._page + 1))
        page_label = QLabel(self.tr("Page"), self)
        page_label.setBuddy(self.page_spin)
        nav.addWidget(self.previous_button)
        nav.addWidget(page_label)
        nav.addWidget(self.page_spin)
        nav.addWidget(self.page_count_label)
        nav.addWidget(self.next_button)
        nav.addSpacing(16)
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Search the document"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName(self.tr("Search the document"))
        self.search_edit.textChanged.connect(self._on_search_text_changed)
        self.search_edit.returnPressed.connect(self.find_next)
        self.find_previous_button = QToolButton(self)
        self.find_previous_button.setText("▲")
        self.find_previous_button.setToolTip(self.tr("Previous hit (Shift+F3)"))
        self.find_previous_button.clicked.connect(self.find_previous)
        self.find_next_button = QToolButton(self)
        self.find_next_button.setText("▼")
        self.find_next_button.setToolTip(self.tr("Next hit (F3)"))
        self.find_next_button.clicked.connect(self.find_next)
        self.hits_label = QLabel(self)
        nav.addWidget(self.search_edit, 1)
        nav.addWidget(self.find_previous_button)
        nav.addWidget(self.find_next_button)
        nav.addWidget(self.hits_label)
        layout.addLayout(nav)

        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Page text"))
        self.text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        font = self.text.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.text.setFont(font)
        self.highlighter = _PageHighlighter(self.text.document())
        layout.addWidget(self.text, 1)

        for key, slot in (
            (QKeySequence(QKeySequence.StandardKey.FindNext), self.find_next),
            (QKeySequence(QKeySequence.StandardKey.FindPrevious), self.find_previous),
            (QKeySequence(Qt.Key.Key_PageDown | Qt.KeyboardModifier.ControlModifier), lambda: self.show_page(self._page + 1)),
            (QKeySequence(Qt.Key.Key_PageUp | Qt.KeyboardModifier.ControlModifier), lambda: self.show_page(self._page - 1)),
        ):
            action = QAction(self)
            action.setShortcut(key)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
        find = QAction(self)
        find.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        find.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.triggered.connect(self._on_find_triggered)
        self.addAction(find)

    def _on_find_triggered(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    # -- content ----------------------------------------------------------------

    @property
    def page(self) -> int:
        return self._page

    @property
    def page_count(self) -> int:
        return len(self._pages)

    def set_document(self, doc: Document | None, goals: tuple[Goal, ...] = ()) -> None:
        """Show ``doc`` (keeping the page when it is the same document) with its goals highlighted."""
        same = doc is not None and self._doc is not None and doc.id == self._doc.id
        self._doc = doc
        self._pages = doc.pages if doc is not None else []
        self._goals = tuple(g for g in goals if doc is not None and g.document == doc.id)
        self.page_spin.blockSignals(True)
        self.page_spin.setMaximum(max(1, len(self._pages)))
        self.page_spin.blockSignals(False)
        self.page_count_label.setText(self.tr("of {count}").format(count=max(1, len(self._pages))))
        self._find_hits()
        self.show_page(self._page if same else 1, force=True)

    def show_page(self, page: int, *, force: bool = False) -> None:
        if not self._pages:
            self.text.setPlainText("")
            self._update_buttons()
            return
        page = min(max(1, page), len(self._pages))
        if page == self._page and not force:
            return
        self._page = page
        self.page_spin.blockSignals(True)
        self.page_spin.setValue(page)
        self.page_spin.blockSignals(False)
        self.text.setPlainText(self._pages[page - 1])
        self._goal_ranges = []
        if self._doc is not None:
            for g in self._goals:
                m = find_quote(self._doc, g.quote, g.page)
                if m is not None and m.page == page:
                    self._goal_ranges.append((g.id, m.start, m.end))
        self._apply_highlights()
        self._update_buttons()

    def goal_ranges(self) -> list[tuple[str, int, int]]:
        """The goals highlighted on the shown page: ``(goal id, start, end)``."""
        return list(self._goal_ranges)

    def goal_at_cursor(self) -> str | None:
        pos = self.text.textCursor().position()
        for gid, a, b in self._goal_ranges:
            if a <= pos <= b:
                return gid
        return None

    def select(self, start: int, end: int) -> None:
        cursor = self.text.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.text.setTextCursor(cursor)
        self.text.ensureCursorVisible()

    def selection(self) -> tuple[int, int] | None:
        """The selected range on the shown page, trimmed of spaces, list markers and ``#``."""
        cursor = self.text.textCursor()
        if not cursor.hasSelection() or not self._pages:
            return None
        text = self._pages[self._page - 1]
        a, b = cursor.selectionStart(), cursor.selectionEnd()
        while a < b:
            m = re.match(r"#{1,6}\s+|[-*•]\s+|\|\s*|\s+", text[a:b])
            if not m or not m.end():
                break
            a += m.end()
        while b > a and text[b - 1] in " \t\n|":
            b -= 1
        return (a, b) if a < b else None

    def _update_buttons(self) -> None:
        n = len(self._pages)
        self.previous_button.setEnabled(self._page > 1)
        self.next_button.setEnabled(self._page < n)
        self.page_spin.setEnabled(n > 1)

    def _on_page_spin_value_changed(self, value: int) -> None:
        self.show_page(value)

    # -- search -----------------------------------------------------------------

    def _on_search_text_changed(self, _text: str) -> None:
        self._find_hits()
        self._apply_highlights()

    def _find_hits(self) -> None:
        needle = self.search_edit.text().strip()
        self._hits = []
        self._hit_index = -1
        if needle:
            pattern = re.compile(r"\s+".join(re.escape(w) for w in needle.split()), re.IGNORECASE)
            for i, page in enumerate(self._pages):
                self._hits.extend(_Hit(i + 1, m.start(), m.end()) for m in pattern.finditer(page))
        self._update_hits_label()

    def _update_hits_label(self) -> None:
        if not self.search_edit.text().strip():
            self.hits_label.setText("")
        elif not self._hits:
            self.hits_label.setText(self.tr("no hits"))
        elif self._hit_index < 0:
            self.hits_label.setText(self.tr("{count} hits").format(count=len(self._hits)))
        else:
            self.hits_label.setText(
                self.tr("{index} of {count}").format(index=self._hit_index + 1, count=len(self._hits))
            )

    def find_next(self) -> None:
        self._step_hit(+1)

    def find_previous(self) -> None:
        self._step_hit(-1)

    def _step_hit(self, step: int) -> None:
        if not self._hits:
            return
        if self._hit_index < 0:
            # the first hit at or after the cursor on the shown page
            pos = self.text.textCursor().position()
            after = [i for i, h in enumerate(self._hits) if (h.page, h.start) >= (self._page, pos)]
            self._hit_index = (after[0] if after else 0) if step > 0 else ((after[0] - 1) if after else len(self._hits) - 1)
        else:
            self._hit_index = (self._hit_index + step) % len(self._hits)
        hit = self._hits[self._hit_index]
        self.show_page(hit.page)
        self._apply_highlights()
        self.select(hit.start, hit.end)
        self._update_hits_label()

    def hits(self) -> list[tuple[int, int, int]]:
        return [(h.page, h.start, h.end) for h in self._hits]

    def _apply_highlights(self) -> None:
        hits = [(h.start, h.end) for h in self._hits if h.page == self._page]
        current = None
        if 0 <= self._hit_index < len(self._hits) and self._hits[self._hit_index].page == self._page:
            h = self._hits[self._hit_index]
            current = (h.start, h.end)
        self.highlighter.set_ranges([(a, b) for _g, a, b in self._goal_ranges], hits, current)


# ---------------------------------------------------------------------------
# The panel
# ---------------------------------------------------------------------------

DOCUMENT_PROBLEMS = {
    "unreadable": QT_TRANSLATE_NOOP(
        "DocumentsPanel",
        "Cannot read {file}.",
    ),
    "empty_file": QT_TRANSLATE_NOOP(
        "DocumentsPanel",
        "{file} is empty: it contains no text.",
    ),
    "empty_document": QT_TRANSLATE_NOOP(
        "DocumentsPanel",
        "{file} contains no text.",
    ),
    "no_text_layer": QT_TRANSLATE_NOOP(
        "DocumentsPanel",
        "{file} has no text layer: its pages are images, probably from a scanner. Run text recognition (OCR) on it, or ask for the original document, and import it again. Nothing was imported.",
    ),
    "encrypted": QT_TRANSLATE_NOOP(
        "DocumentsPanel",
        "{file} is protected with a password, so its text cannot be read. Save or ask for a copy without password protection and import that.",
    ),
    "truncated": QT_TRANSLATE_NOOP(
        "DocumentsPanel",
        "{file} is incomplete (truncated): the end of the file is missing. Copy or download it again.",
    ),
    "corrupt": QT_TRANSLATE_NOOP(
        "DocumentsPanel",
        "{file} is damaged and cannot be read. Export it again from the program that made it, or ask for a new copy.",
    ),
    "unsupported": QT_TRANSLATE_NOOP(
        "DocumentsPanel",
        "{file} cannot be imported: import a PDF, a Word document (.docx), a text file (.txt), Markdown (.md) or a web page (.html).",
    ),
    "wrong_content": QT_TRANSLATE_NOOP(
        "DocumentsPanel",
        "{file} is not what its name says. Save it again in the right format and import that.",
    ),
    "not_text": QT_TRANSLATE_NOOP(
        "DocumentsPanel",
        "{file} is not a text file.",
    ),
    "internal": QT_TRANSLATE_NOOP(
        "DocumentsPanel",
        "{file} could not be read because of an error in the program.",
    ),
    "renamed": QT_TRANSLATE_NOOP(
        "DocumentsPanel",
        "The name of {file} does not match its content; it was read as what it is.",
    ),
    "encoding": QT_TRANSLATE_NOOP(
        "DocumentsPanel",
        "{file} is not UTF-8; it was read as Windows-1252. Check that å, ä and ö look right.",
    ),
    "pages_without_text": QT_TRANSLATE_NOOP(
        "DocumentsPanel",
        "Some pages of {file} have no text layer (scanned images?) and are empty: {pages}.",
    ),
    "pages_unreadable": QT_TRANSLATE_NOOP(
        "DocumentsPanel",
        "Some pages of {file} could not be read and are empty: {pages}.",
    ),
    "headers_removed": QT_TRANSLATE_NOOP(
        "DocumentsPanel",
        "Repeated page headers and footers were removed: {lines}",
    ),
}


class DocumentsPanel(QWidget):
    """Workflow step "Dokument" (see the module documentation).

    Signals:
        import_finished(str): a document was imported (its id).
        import_failed(list): an import failed; the list holds its problems.
        import_cancelled(): the user cancelled an import.
    """

    import_finished = Signal(str)
    import_failed = Signal(list)
    import_cancelled = Signal()

    def __init__(self, document: ProjectDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.model = DocumentsTableModel(document, self)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._token: CancelToken | None = None
        self._signals: _ImportSignals | None = None
        self._importing: Path | None = None
        self._current_goal: str | None = None
        self._build()
        document.model_changed.connect(self._on_document_model_changed)
        if self.model.rowCount() > 0:
            self.select_document(self.model.document_at(0).id)  # type: ignore[union-attr]
        else:
            self._show_selected()

    # -- construction -------------------------------------------------------------

    def _build(self) -> None:
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        left = QWidget(splitter)
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        buttons = QHBoxLayout()
        self.import_button = QPushButton(self.tr("&Import document…"), left)
        self.import_button.setToolTip(self.tr("Import a steering document: PDF, Word (.docx), text, Markdown or HTML"))
        self.import_button.clicked.connect(self._on_import_clicked)
        self.remove_button = QPushButton(self.tr("&Remove"), left)
        self.remove_button.setToolTip(self.tr("Remove the document and the goals quoted from it"))
        self.remove_button.clicked.connect(self._on_remove_clicked)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        lv.addLayout(buttons)

        self.progress_row = QWidget(left)
        pr = QHBoxLayout(self.progress_row)
        pr.setContentsMargins(0, 0, 0, 0)
        self.progress_label = QLabel(self.progress_row)
        self.progress_bar = QProgressBar(self.progress_row)
        self.progress_bar.setRange(0, 1000)
        self.progress_bar.setTextVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"), self.progress_row)
        self.cancel_button.clicked.connect(self.cancel_import)
        pr.addWidget(self.progress_label)
        pr.addWidget(self.progress_bar, 1)
        pr.addWidget(self.cancel_button)
        self.progress_row.hide()
        lv.addWidget(self.progress_row)

        self.message_label = QLabel(left)
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message_label.hide()
        lv.addWidget(self.message_label)

        self.table = QTableView(left)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (DECIDED_BY, DECISION_DATE, REFERENCE):  # shown in the form below
            self.table.setColumnHidden(column, True)
        self.table.setAccessibleName(self.tr("Documents"))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_selected())
        lv.addWidget(self.table, 1)

        box = QGroupBox(self.tr("Document"), left)
        form = QFormLayout(box)
        self.title_edit = QLineEdit(box)
        self.kind_combo = QComboBox(box)
        self.kind_combo.addItem("", None)
        for kind in DOCUMENT_KINDS:
            self.kind_combo.addItem(kind_label(kind), kind)
        self.decided_by_edit = QLineEdit(box)
        self.decided_by_edit.setPlaceholderText(self.tr("e.g. KF (kommunfullmäktige)"))
        self.date_edit = QLineEdit(box)
        self.date_edit.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.reference_edit = QLineEdit(box)
        self.reference_edit.setPlaceholderText(self.tr("e.g. § 142, dnr KS 2024/0871"))
        self.validity_edit = QLineEdit(box)
        self.validity_edit.setPlaceholderText(self.tr("e.g. 2025–2028, until further notice"))
        self.validity_edit.setToolTip(self.tr("The period the document applies to, as the document states it"))
        self.source_label = QLabel(box)
        self.source_label.setWordWrap(True)
        form.addRow(self.tr("&Title"), self.title_edit)
        form.addRow(self.tr("&Kind"), self.kind_combo)
        form.addRow(self.tr("Decided &by"), self.decided_by_edit)
        form.addRow(self.tr("Decision &date"), self.date_edit)
        form.addRow(self.tr("&Reference"), self.reference_edit)
        form.addRow(self.tr("Va&lidity"), self.validity_edit)
        form.addRow(self.tr("Imported from"), self.source_label)
        self.title_edit.editingFinished.connect(lambda: self._commit_text("title", self.title_edit.text()))
        self.decided_by_edit.editingFinished.connect(lambda: self._commit_text("decided_by", self.decided_by_edit.text()))
        self.date_edit.editingFinished.connect(self._on_date_edit_editing_finished)
        self.reference_edit.editingFinished.connect(lambda: self._commit_text("reference", self.reference_edit.text()))
        self.validity_edit.editingFinished.connect(lambda: self._commit_text("validity", self.validity_edit.text()))
        self.kind_combo.activated.connect(self._on_kind_combo_activated)
        self.form_box = box
        lv.addWidget(box)

        right = QWidget(splitter)
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        self.reader = DocumentReader(right)
        rv.addWidget(self.reader, 1)
        goal_row = QHBoxLayout()
        self.make_goal_button = QPushButton(self.tr("Make &goal from selection"), right)
        self.make_goal_button.setToolTip(self.tr("Quote the selected passage as a goal of this document"))
        self.make_goal_button.clicked.connect(self.make_goal_from_selection)
        self.paraphrase_edit = QLineEdit(right)
        self.paraphrase_edit.setPlaceholderText(self.tr("Plain-language paraphrase of the goal (optional)"))
        self.paraphrase_edit.setAccessibleName(self.tr("Plain-language paraphrase"))
        self.paraphrase_edit.editingFinished.connect(self._on_paraphrase_edit_editing_finished)
        goal_row.addWidget(self.make_goal_button)
        goal_row.addWidget(self.paraphrase_edit, 1)
        rv.addLayout(goal_row)
        self.goal_label = QLabel(right)
        self.goal_label.setWordWrap(True)
        rv.addWidget(self.goal_label)
        self.reader.text.selectionChanged.connect(self._update_goal_actions)
        self.reader.text.cursorPositionChanged.connect(self._on_reader_cursor_moved)

        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([520, 780])
        self._update_goal_actions()

    # -- selection and display ----------------------------------------------------

    def selected_document(self) -> Document | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.document_at(rows[0].row())

    def select_document(self, document_id: str) -> None:
        row = self.model.row_of(document_id)
        if row >= 0:
            self.table.selectRow(row)
        self._show_selected()

    def _show_selected(self) -> None:
        doc = self.selected_document()
        self.remove_button.setEnabled(doc is not None)
        self.form_box.setEnabled(doc is not None)
        for edit, value in (
            (self.title_edit, doc.title if doc else ""),
            (self.decided_by_edit, doc.decided_by if doc else ""),
            (self.date_edit, doc.decision_date if doc else ""),
            (self.reference_edit, doc.reference if doc else ""),
            (self.validity_edit, doc.validity if doc else ""),
        ):
            if not edit.hasFocus() or doc is None:
                edit.setText(value or "")
        self.date_edit.setStyleSheet("")
        i = self.kind_combo.findData(doc.kind if doc else None)
        if doc is not None and doc.kind is not None and i < 0:
            self.kind_combo.addItem(doc.kind, doc.kind)
            i = self.kind_combo.count() - 1
        self.kind_combo.setCurrentIndex(max(0, i))
        self.source_label.setText(doc.source or "" if doc else "")
        self.reader.set_document(doc, self.document.model.goals)
        self._update_goal_actions()

    def _on_document_model_changed(self, changes: ChangeSet) -> None:
        if not (changes.documents or changes.goals):
            return
        current = self.selected_document()
        keep = self._last_selected if current is None else current.id
        if keep is not None and self.model.row_of(keep) >= 0:
            self.select_document(keep)
        elif self.model.rowCount() > 0:
            first = self.model.document_at(0)
            assert first is not None
            self.select_document(first.id)
        else:
            self._show_selected()

    @property
    def _last_selected(self) -> str | None:
        return self.reader._doc.id if self.reader._doc is not None else None

    # -- metadata -------------------------------------------------------------------

    def _commit_text(self, field: str, text: str) -> None:
        doc = self.selected_document()
        if doc is None:
            return
        value: str | None = text.strip() or None
        if field == "title" and value is None:
            self.title_edit.setText(doc.title)
            return
        if getattr(doc, field) != value:
            self.document.execute(UpdateDocument(doc.id, {field: value}))

    def _on_date_edit_editing_finished(self) -> None:
        text = self.date_edit.text().strip()
        if text and not is_iso_date(text):
            self.date_edit.setStyleSheet("QLineEdit { border: 1px solid #c0392b; }")
            self.date_edit.setToolTip(self.tr("Write the date as YYYY-MM-DD, e.g. 2024-11-18."))
            return
        self.date_edit.setStyleSheet("")
        self.date_edit.setToolTip("")
        self._commit_text("decision_date", text)

    def _on_kind_combo_activated(self, index: int) -> None:
        doc = self.selected_document()
        kind = self.kind_combo.itemData(index)
        if doc is not None and doc.kind != kind:
            self.document.execute(UpdateDocument(doc.id, kind=kind))

    def _on_remove_clicked(self) -> None:
        doc = self.selected_document()
        if doc is None:
            return
        n = sum(g.document == doc.id for g in self.document.model.goals)
        text = self.tr("Remove ‘{title}’?").format(title=doc.title)
        if n:
            text += " " + self.tr("Its {count} goal(s) and their links to criteria are removed too.").format(count=n)
        answer = QMessageBox.question(
            self,
            self.tr("Remove document"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.document.execute(RemoveDocument(doc.id))

    # -- goals from the reader ------------------------------------------------------

    def _update_goal_actions(self) -> None:
        doc = self.selected_document()
        self.make_goal_button.setEnabled(doc is not None and self.reader.selection() is not None)
        self.paraphrase_edit.setEnabled(self._current_goal is not None)

    def _on_reader_cursor_moved(self) -> None:
        gid = self.reader.goal_at_cursor()
        if gid is not None:
            self._set_current_goal(gid)

    def _set_current_goal(self, goal_id: str | None) -> None:
        self._current_goal = goal_id
        goal = self.document.model.goal(goal_id) if goal_id else None
        if goal is None:
            self._current_goal = None
            self.paraphrase_edit.setText("")
            self.goal_label.setText("")
        else:
            self.paraphrase_edit.setText(goal.paraphrase or "")
            self.goal_label.setText(
                self.tr("Goal {id}, page {page}: “{quote}”").format(
                    id=goal.id, page=goal.page if goal.page is not None else "?", quote=" ".join(goal.quote.split())
                )
            )
        self._update_goal_actions()

    def show_goal(self, goal_id: str) -> bool:
        """Show the goal's passage: its document, its page, the quote selected."""
        model = self.document.model
        goal = model.goal(goal_id)
        doc = model.document(goal.document) if goal is not None else None
        if goal is None or doc is None:
            return False
        self.select_document(doc.id)
        where = find_quote(doc, goal.quote, goal.page)
        if where is None:
            if goal.page is not None:
                self.reader.show_page(goal.page)
            self._set_current_goal(goal.id)
            return False
        self.reader.show_page(where.page)
        self.reader.select(where.start, where.end)
        self._set_current_goal(goal.id)
        return True

    def make_goal_from_selection(self) -> str | None:
        """Add the selected passage as a goal; returns its id (``None`` when nothing is selected)."""
        doc = self.selected_document()
        sel = self.reader.selection()
        if doc is None or sel is None:
            return None
        page = self.reader.page
        quote = doc.pages[page - 1][sel[0] : sel[1]]
        gid = new_goal_id(quote, [g.id for g in self.document.model.goals])
        if not self.document.execute(AddGoal(None, Goal(gid, doc.id, quote, page))):
            return None
        self._set_current_goal(gid)
        self.paraphrase_edit.setFocus()
        return gid

    def _on_paraphrase_edit_editing_finished(self) -> None:
        goal = self.document.model.goal(self._current_goal) if self._current_goal else None
        if goal is None:
            return
        text = self.paraphrase_edit.text().strip() or None
        if text != goal.paraphrase:
            self.document.execute(UpdateGoal(goal.id, paraphrase=text))

    # -- import -----------------------------------------------------------------------

    @property
    def importing(self) -> bool:
        return self._importing is not None

    def _on_import_clicked(self) -> None:
        patterns = " ".join(f"*{s}" for s in SUPPORTED_SUFFIXES)
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import steering document"),
            "",
            self.tr("Steering documents ({patterns});;All files (*)").format(patterns=patterns),
        )
        if path:
            self.start_import(Path(path))

    def start_import(self, path: Path) -> None:
        """Read ``path`` on the worker thread; a running import is cancelled first."""
        self.cancel_import()
        self._token = CancelToken()
        signals = _ImportSignals()
        signals.progress.connect(self._on_import_progress)
        signals.finished.connect(self._on_import_finished)
        signals.failed.connect(self._on_import_failed)
        signals.cancelled.connect(self._on_import_cancelled)
        self._signals = signals
        self._importing = path
        self.progress_label.setText(self.tr("Reading {file}…").format(file=path.name))
        self.progress_bar.setValue(0)
        self.progress_row.show()
        self.import_button.setEnabled(False)
        self._pool.start(_ImportTask(path, self._token, signals))

    def cancel_import(self) -> None:
        if self._token is not None:
            self._token.cancel()

    def wait_for_import(self, msecs: int = 30000) -> bool:
        return self._pool.waitForDone(msecs)

    def _finish_import(self) -> None:
        self._importing = None
        self._token = None
        self.progress_row.hide()
        self.import_button.setEnabled(True)

    @Slot(float)
    def _on_import_progress(self, fraction: float) -> None:
        if self.sender() is self._signals:
            self.progress_bar.setValue(round(fraction * 1000))

    @Slot(object)
    def _on_import_finished(self, result: ExtractedDocument) -> None:
        if self.sender() is not self._signals:
            return
        self._finish_import()
        taken = [d.id for d in self.document.model.documents]
        doc = result.to_document(taken=taken)
        if not self.document.execute(AddDocument(None, doc)):
            return
        self.select_document(doc.id)
        n = len(suggest_goals(doc, existing=self.document.model.goals))
        lines = [
            self.tr("Imported {file}: {pages} page(s), {headings} heading(s). {count} suggested goal(s) are waiting in the Goals step.").format(
                file=result.source, pages=len(result.pages), headings=len(result.structure), count=n
            )
        ]
        lines += [self.problem_text(w) for w in result.warnings]
        self._show_message("\n".join(lines), error=False)
        self.import_finished.emit(doc.id)

    @Slot(object)
    def _on_import_failed(self, problems: list[Problem]) -> None:
        if self.sender() is not self._signals:
            return
        self._finish_import()
        text = "\n".join(self.problem_text(p) for p in problems)
        self._show_message(text, error=True)
        QMessageBox.warning(self, self.tr("Import failed"), text)
        self.import_failed.emit(problems)

    @Slot()
    def _on_import_cancelled(self) -> None:
        if self.sender() is not self._signals:
            return
        name = self._importing.name if self._importing else ""
        self._finish_import()
        self._show_message(self.tr("The import of {file} was cancelled; nothing was added.").format(file=name), error=False)
        self.import_cancelled.emit()

    def problem_text(self, problem: Problem) -> str:
        """A document problem in the user's language (the core's English text when unknown)."""
        template = DOCUMENT_PROBLEMS.get(problem.code)
        if template is None:
            return problem.message
        params = {"file": "", "pages": "", "lines": "", **{k: str(v) for k, v in problem.params.items()}}
        return QCoreApplication.translate("DocumentsPanel", template).format(**params)

    def _show_message(self, text: str, *, error: bool) -> None:
        self.message_label.setText(text)
        self.message_label.setStyleSheet("QLabel { color: #a4281b; }" if error else "")
        self.message_label.setVisible(bool(text))

