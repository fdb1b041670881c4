"""The Scores step: the consequence table with a rationale editor.

Rows are alternatives, columns the leaf criteria under a header that shows the
criteria tree. A cell takes a number (``30``; ``30,5`` in Swedish), an interval
(``30–40`` or ``30-40``) or, on a level scale, a level or two levels picked from
lists. The tooltip of a cell gives its value on the 0–1 scale. Missing scores are
yellow; text that is not a valid score stays red in its cell with the reason, the
model unchanged, until it is corrected or discarded with Esc.

Keyboard: arrows move, typing or F2 edits, Enter commits, Esc cancels (and discards
invalid input), Delete clears the selected scores, Ctrl+C / Ctrl+V copy and paste
tab-separated blocks (one undo step), Ctrl+R jumps to the rationale of the current
cell and Ctrl+Enter in the rationale applies it. Every edit goes through
``document.execute`` and can be undone.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QFont,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPalette,
    QPen,
    QPolygon,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from diva_desktop.core.model import Score
from diva_desktop.ui.models.scores_model import (
    GROUP_ROLE,
    LEVELS_ROLE,
    PENDING_ROLE,
    RATIONALE_ROLE,
    SCORE_ROLE,
    STATUS_INVALID,
    STATUS_MISSING,
    STATUS_PENDING,
    STATUS_ROLE,
    ScoresTableModel,
    cell_data,
    discrete,
    format_score,
    parse_table_text,
)
from diva_desktop.ui.widgets.grouped_header import GroupedHeaderView

Index = QModelIndex | QPersistentModelIndex

RATIONALE_MARK = QColor("#1f5fa8")
INVALID_BORDER = QColor("#c62828")


class LevelRangeEditor(QWidget):
    """Editor of a level score: a level, or an interval from one level to another.

    The first list also offers "(missing)" to remove the score. Left/Right arrows
    move between the two lists; Enter commits, Esc cancels (the table's delegate).
    """

    def __init__(self, levels: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAutoFillBackground(True)
        self._levels = list(levels)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.low_combo = QComboBox(self)
        self.low_combo.addItem(self.tr("(missing)"), "")  # "" not None: see cell_data
        for label in self._levels:
            self.low_combo.addItem(label, label)
        self.low_combo.setAccessibleName(self.tr("Level, or lower end of a level interval"))
        self.high_combo = QComboBox(self)
        for label in self._levels:
            self.high_combo.addItem(label, label)
        self.high_combo.setAccessibleName(self.tr("Upper end of the level interval"))
        self.high_combo.setToolTip(self.tr("Pick a different level here for an interval of levels."))
        dash = QLabel("–", self)
        layout.addWidget(self.low_combo, 1)
        layout.addWidget(dash)
        layout.addWidget(self.high_combo, 1)
        self.setFocusProxy(self.low_combo)
        self.low_combo.currentIndexChanged.connect(self._on_low_changed)
        self._previous_low: str | None = None
        for combo in (self.low_combo, self.high_combo):
            combo.installEventFilter(self)

    def set_score(self, score: Score | None) -> None:
        if score is None or not isinstance(score.low, str):
            self.low_combo.setCurrentIndex(0)
            self._previous_low = None
            self.high_combo.setEnabled(False)
            return
        self.low_combo.setCurrentIndex(max(0, self.low_combo.findData(score.low)))
        self.high_combo.setCurrentIndex(max(0, self.high_combo.findData(score.high)))
        self._previous_low = str(score.low)

    def score(self) -> Score | None:
        low = self.low_combo.currentData()
        if not low:
            return None
        high = self.high_combo.currentData()
        return Score(str(low), str(high or low))

    def _on_low_changed(self, _index: int) -> None:
        low = self.low_combo.currentData()
        self.high_combo.setEnabled(bool(low))
        if not low:
            return
        # a precise score stays precise: the upper end follows the lower end
        high = self.high_combo.currentData()
        if (
            self._previous_low is None
            or high == self._previous_low
            or not high
            or self._levels.index(str(high)) < self._levels.index(str(low))
        ):
            self.high_combo.setCurrentIndex(max(0, self.high_combo.findData(low)))
        self._previous_low = str(low)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() == Qt.Key.Key_Right and watched is self.low_combo and self.high_combo.isEnabled():
                self.high_combo.setFocus()
                return True
            if event.key() == Qt.Key.Key_Left and watched is self.high_combo:
                self.low_combo.setFocus()
                return True
        return super().eventFilter(watched, event)


class ScoreItemDelegate(QStyledItemDelegate):
    """Text editor for numeric cells, level lists for level cells; marks cells."""

    pending_discarded = Signal()

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        levels = cell_data(index, LEVELS_ROLE)
        if levels:
            editor: QWidget = LevelRangeEditor(list(levels), parent)
            editor.setAccessibleName(self.tr("Score"))
            return editor
        line = QLineEdit(parent)
        line.setPlaceholderText(self.tr("e.g. 30 or 30–40"))
        line.setAccessibleName(self.tr("Score"))
        line.setFrame(False)
        return line

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, LevelRangeEditor):
            editor.set_score(cell_data(index, SCORE_ROLE))
            return
        if isinstance(editor, QLineEdit):
            editor.setText(str(cell_data(index, Qt.ItemDataRole.EditRole) or ""))
            editor.selectAll()
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, LevelRangeEditor):
            model.setData(index, editor.score(), SCORE_ROLE)
            return
        if isinstance(editor, QLineEdit):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: Index) -> None:
        rect = QRect(option.rect)
        hint = editor.sizeHint()
        if isinstance(editor, LevelRangeEditor) and hint.width() > rect.width():
            rect.setWidth(hint.width())
        if hint.height() > rect.height() and isinstance(editor, LevelRangeEditor):
            rect.setHeight(hint.height())
        editor.setGeometry(rect)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and isinstance(watched, QWidget)
        ):
            view = watched.parent()
            while view is not None and not isinstance(view, QAbstractItemView):
                view = view.parent()
            if isinstance(view, QAbstractItemView):
                model = view.model()
                if isinstance(model, ScoresTableModel) and model.discard_pending(view.currentIndex()):
                    self.pending_discarded.emit()
        return super().eventFilter(watched, event)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        super().paint(painter, option, index)
        rect = option.rect
        status = cell_data(index, STATUS_ROLE)
        painter.save()
        if status == STATUS_MISSING and not cell_data(index, Qt.ItemDataRole.DisplayRole):
            font = QFont(option.font)
            font.setItalic(True)
            painter.setFont(font)
            painter.setPen(option.palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(
                rect.adjusted(4, 0, -4, 0),
                int(Qt.AlignmentFlag.AlignCenter),
                self.tr("missing"),
            )
        if status in (STATUS_INVALID, STATUS_PENDING):
            pen = QPen(INVALID_BORDER)
            pen.setWidth(2)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(1, 1, -1, -1))
        if cell_data(index, RATIONALE_ROLE):
            s = 7
            tri = QPolygon(
                [
                    QPoint(rect.right() - s, rect.top()),
                    QPoint(rect.right(), rect.top()),
                    QPoint(rect.right(), rect.top() + s),
                ]
            )
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(RATIONALE_MARK)
            painter.drawPolygon(tri)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        size = super().sizeHint(option, index)
        fm = option.fontMetrics
        if cell_data(index, STATUS_ROLE) == STATUS_MISSING:
            size.setWidth(max(size.width(), fm.horizontalAdvance(self.tr("missing")) + 12))
        size.setWidth(size.width() + 8)
        size.setHeight(max(size.height(), fm.height() + 8))
        return size


class ScoresTableView(QTableView):
    """The consequence table: keyboard, clipboard and context menu of the Scores step."""

    rationale_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setWordWrap(False)
        self.setTabKeyNavigation(True)
        self.setCornerButtonEnabled(True)
        self.verticalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.verticalHeader().setSectionResizeMode(self.verticalHeader().ResizeMode.ResizeToContents)

        self.action_edit = QAction(self.tr("&Edit score"), self)
        self.action_edit.setShortcut(QKeySequence(Qt.Key.Key_F2))
        self.action_edit.triggered.connect(lambda: self.edit(self.currentIndex()))
        self.action_rationale = QAction(self.tr("Edit &rationale…"), self)
        self.action_rationale.setShortcut(QKeySequence("Ctrl+R"))
        self.action_rationale.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.action_rationale.triggered.connect(self.rationale_requested)
        self.addAction(self.action_rationale)
        self.action_clear = QAction(self.tr("C&lear score"), self)
        self.action_clear.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.action_clear.triggered.connect(self.clear_selected)
        self.action_copy = QAction(self.tr("&Copy"), self)
        self.action_copy.setShortcut(QKeySequence(QKeySequence.StandardKey.Copy))
        self.action_copy.triggered.connect(self.copy_selection)
        self.action_paste = QAction(self.tr("&Paste"), self)
        self.action_paste.setShortcut(QKeySequence(QKeySequence.StandardKey.Paste))
        self.action_paste.triggered.connect(self.paste)
        self.action_discard = QAction(self.tr("&Discard invalid input"), self)
        self.action_discard.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.action_discard.triggered.connect(self.discard_pending_selected)

    def scores_model(self) -> ScoresTableModel | None:
        m = self.model()
        return m if isinstance(m, ScoresTableModel) else None

    # -- operations -----------------------------------------------------------

    def _selected_rect(self) -> tuple[int, int, int, int] | None:
        indexes = self.selectedIndexes() or ([self.currentIndex()] if self.currentIndex().isValid() else [])
        if not indexes:
            return None
        rows = [i.row() for i in indexes]
        cols = [i.column() for i in indexes]
        return min(rows), min(cols), max(rows), max(cols)

    def copy_selection(self) -> None:
        model = self.scores_model()
        box = self._selected_rect()
        if model is None or box is None:
            return
        r0, c0, r1, c1 = box
        selected = {(i.row(), i.column()) for i in self.selectedIndexes()} or {(r0, c0)}
        lines = []
        for r in range(r0, r1 + 1):
            cells = []
            for c in range(c0, c1 + 1):
                text = ""
                if (r, c) in selected:
                    text = format_score(model.data(model.index(r, c), SCORE_ROLE), QLocale())
                cells.append(text)
            lines.append("\t".join(cells))
        QGuiApplication.clipboard().setText("\n".join(lines) + "\n")

    def paste(self) -> tuple[int, int]:
        """Paste the clipboard's block at the current cell; (changed, invalid) counts."""
        return self.paste_text(QGuiApplication.clipboard().text())

    def paste_text(self, text: str) -> tuple[int, int]:
        model = self.scores_model()
        if model is None or not text:
            return (0, 0)
        block = parse_table_text(text)
        if not block:
            return (0, 0)
        box = self._selected_rect()
        if box is None:
            return (0, 0)
        r0, c0, r1, c1 = box
        if len(block) == 1 and len(block[0]) == 1 and (r1 > r0 or c1 > c0):
            # one value into a selection: fill every selected cell
            block = [[block[0][0]] * (c1 - c0 + 1) for _ in range(r1 - r0 + 1)]
        result = model.set_block(r0, c0, block)
        rows = min(len(block), model.rowCount() - r0)
        cols = min(max(len(line) for line in block), model.columnCount() - c0)
        if rows > 0 and cols > 0:
            sel = self.selectionModel()
            top_left = model.index(r0, c0)
            bottom_right = model.index(r0 + rows - 1, c0 + cols - 1)
            from PySide6.QtCore import QItemSelection

            sel.select(
                QItemSelection(top_left, bottom_right), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        return result

    def clear_selected(self) -> None:
        model = self.scores_model()
        if model is None:
            return
        indexes = self.selectedIndexes() or [self.currentIndex()]
        block: dict[tuple[str, str], Score | None] = {}
        for ix in indexes:
            ids = model.cell_ids(ix)
            if ids is not None and cell_data(ix, SCORE_ROLE) is not None:
                block[ids] = None
            if ids is not None:
                model.discard_pending(ix)
        if not block:
            return
        from diva_desktop.core.commands import SetScore, SetScores

        if len(block) == 1:
            (alt, crit), _ = next(iter(block.items()))
            model.document.execute(discrete(SetScore(alternative=alt, criterion=crit, score=None)))
        else:
            model.document.execute(discrete(SetScores(block=block)))

    def discard_pending_selected(self) -> bool:
        model = self.scores_model()
        if model is None:
            return False
        indexes = self.selectedIndexes() or [self.currentIndex()]
        found = False
        for ix in indexes:
            found = model.discard_pending(ix) or found
        return found

    # -- events ---------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.state() != QAbstractItemView.State.EditingState:
            if event.matches(QKeySequence.StandardKey.Paste):
                self.paste()
                event.accept()
                return
            if event.matches(QKeySequence.StandardKey.Copy):
                self.copy_selection()
                event.accept()
                return
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and event.modifiers() in (
                Qt.KeyboardModifier.NoModifier,
                Qt.KeyboardModifier.KeypadModifier,
            ):
                self.clear_selected()
                event.accept()
                return
            if event.key() == Qt.Key.Key_Escape:
                if self.discard_pending_selected():
                    event.accept()
                    return
                event.ignore()
                return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        index = self.indexAt(event.pos())
        if index.isValid() and not self.selectionModel().isSelected(index):
            self.setCurrentIndex(index)
        menu = self.build_context_menu()
        menu.exec(event.globalPos())

    def build_context_menu(self) -> QMenu:
        menu = QMenu(self)
        current = self.currentIndex()
        has_score = current.isValid() and cell_data(current, SCORE_ROLE) is not None
        self.action_edit.setEnabled(current.isValid())
        self.action_rationale.setEnabled(has_score)
        self.action_clear.setEnabled(current.isValid())
        self.action_discard.setEnabled(
            any(cell_data(ix, PENDING_ROLE) is not None for ix in (self.selectedIndexes() or [current]))
        )
        for action in (
            self.action_edit,
            self.action_rationale,
            None,
            self.action_copy,
            self.action_paste,
            self.action_clear,
            None,
            self.action_discard,
        ):
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        return menu


class ScoresPanel(QWidget):
    """The consequence table of ``document`` with a rationale editor below it."""

    def __init__(self, document: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._rationale_cell: tuple[str, str] | None = None
        self._rationale_dirty = False

        self.model = ScoresTableModel(document, self)
        self.table = ScoresTableView(self)
        self.header = GroupedHeaderView(GROUP_ROLE, self.table)
        self.table.setHorizontalHeader(self.header)
        self.delegate = ScoreItemDelegate(self.table)
        self.table.setItemDelegate(self.delegate)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Consequence table"))
        self.table.setAccessibleDescription(
            self.tr(
                "Alternatives in rows, criteria in columns. Type a number, an interval such as 30–40, or pick a level."
            )
        )

        self.help_label = QLabel(
            self.tr(
                "Type a number or an interval (30–40); on a level scale pick a level or two. "
                "Hover a cell for its value on the 0–1 scale. Yellow: missing; red: not accepted."
            ),
            self,
        )
        self.help_label.setWordWrap(True)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName(self.tr("Message"))

        # rationale editor beside (below) the table
        self.rationale_box = QGroupBox(self.tr("Rationale"), self)
        self.cell_label = QLabel(self.rationale_box)
        self.cell_label.setWordWrap(True)
        self.value_label = QLabel(self.rationale_box)
        self.value_label.setWordWrap(True)
        self.rationale_edit = QPlainTextEdit(self.rationale_box)
        self.rationale_edit.setAccessibleName(self.tr("Rationale of the selected score"))
        self.rationale_edit.setPlaceholderText(self.tr("Why this score? Sources, assumptions, uncertainty."))
        self.rationale_edit.setTabChangesFocus(True)
        self.rationale_edit.installEventFilter(self)
        self.apply_button = QPushButton(self.tr("&Apply rationale"), self.rationale_box)
        self.apply_button.setAccessibleName(self.tr("Apply rationale"))
        self.apply_button.setToolTip(self.tr("Save the rationale (Ctrl+Enter)"))
        self.apply_button.clicked.connect(self.apply_rationale)
        self.rationale_edit.textChanged.connect(self._on_rationale_edit_text_changed)
        box_layout = QVBoxLayout(self.rationale_box)
        top = QHBoxLayout()
        top.addWidget(self.cell_label, 1)
        top.addWidget(self.apply_button)
        box_layout.addLayout(top)
        box_layout.addWidget(self.value_label)
        box_layout.addWidget(self.rationale_edit, 1)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.rationale_box)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.help_label)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status_label)

        self.table.selectionModel().currentChanged.connect(self._on_table_current_changed)
        self.table.rationale_requested.connect(self.focus_rationale)
        self.model.dataChanged.connect(self._on_model_data_changed)
        self.model.modelReset.connect(self._on_model_reset)
        document.model_changed.connect(self._on_document_model_changed)
        self.delegate.pending_discarded.connect(self._update_status)
        self.table.resizeColumnsToContents()
        self._show_cell()

    # -- rationale ------------------------------------------------------------

    def _current_ids(self) -> tuple[str, str] | None:
        return self.model.cell_ids(self.table.currentIndex())

    def focus_rationale(self) -> None:
        if self.rationale_edit.isEnabled():
            self.rationale_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _on_rationale_edit_text_changed(self) -> None:
        if self._rationale_cell is not None:
            self._rationale_dirty = True

    def apply_rationale(self) -> bool:
        """Store the editor's text as the rationale of its cell (one undo step)."""
        if self._rationale_cell is None or not self._rationale_dirty:
            return False
        alt, crit = self._rationale_cell
        r, c = self.model.row_of(alt), self.model.column_of(crit)
        self._rationale_dirty = False
        if r < 0 or c < 0:
            return False
        return self.model.setData(self.model.index(r, c), self.rationale_edit.toPlainText(), RATIONALE_ROLE)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.rationale_edit:
            if event.type() == QEvent.Type.FocusOut:
                self.apply_rationale()
            elif (
                event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier
            ):
                self.apply_rationale()
                self.table.setFocus()
                return True
        return super().eventFilter(watched, event)

    def _show_cell(self) -> None:
        """Fill the rationale editor for the current cell."""
        ids = self._current_ids()
        ix = self.table.currentIndex()
        self._rationale_cell = ids
        self.rationale_edit.blockSignals(True)
        if ids is None:
            self.cell_label.setText(self.tr("Select a cell to see and edit its rationale."))
            self.value_label.setText("")
            self.rationale_edit.setPlainText("")
            self.rationale_edit.setEnabled(False)
            self.apply_button.setEnabled(False)
        else:
            alt = self.model.alternative_at(ix.row())
            crit = self.model.criterion_at(ix.column())
            score = cell_data(ix, SCORE_ROLE)
            self.cell_label.setText(
                self.tr("<b>{alternative}</b> × <b>{criterion}</b>: {score}").format(
                    alternative=_html(alt.name if alt else ""),
                    criterion=_html(crit.name if crit else ""),
                    score=_html(format_score(score, QLocale()) or self.tr("missing")),
                )
            )
            info = [self.model.describe_scale(crit.effective_scale, crit.unit)] if crit else []
            tip = cell_data(ix, Qt.ItemDataRole.ToolTipRole)
            if tip:
                info.append(str(tip).split("\n")[0] if score is not None else str(tip))
            self.value_label.setText("\n".join(info))
            self.rationale_edit.setPlainText(cell_data(ix, RATIONALE_ROLE) or "")
            self.rationale_edit.setEnabled(score is not None)
            self.apply_button.setEnabled(score is not None)
            if score is None:
                self.rationale_edit.setPlaceholderText(
                    self.tr("Enter a score first; then give its rationale.")
                )
            else:
                self.rationale_edit.setPlaceholderText(
                    self.tr("Why this score? Sources, assumptions, uncertainty.")
                )
        self.rationale_edit.blockSignals(False)
        self._rationale_dirty = False

    def _on_table_current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        self.apply_rationale()
        self._show_cell()

    def _on_model_data_changed(self, *_: Any) -> None:
        self._update_status()
        if not self._rationale_dirty:
            self._show_cell()

    def _on_model_reset(self) -> None:
        self._rationale_dirty = False
        self._show_cell()
        self.table.resizeColumnsToContents()
        self._update_status()

    def _on_document_model_changed(self, changes: Any) -> None:
        self.header.updateGeometry()

    def _update_status(self) -> None:
        pending = self.model.pending_cells()
        if pending:
            self.status_label.setText(
                self.tr(
                    "{count} cell(s) with input that was not accepted (red). Hover for the reason; Esc discards."
                ).format(count=len(pending))
            )
        else:
            self.status_label.setText("")

    # -- for the main window and tests -----------------------------------------

    def select_cell(self, alternative: str, criterion: str) -> QModelIndex:
        ix = self.model.index(self.model.row_of(alternative), self.model.column_of(criterion))
        self.table.setCurrentIndex(ix)
        return ix


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


__all__ = [
    "LevelRangeEditor",
    "ScoreItemDelegate",
    "ScoresPanel",
    "ScoresTableView",
]
