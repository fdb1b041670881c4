"""The goals step: goals and their criteria, suggested goals, coverage and balance.

Tabs:

*Goals and criteria*
    The goals (quote, plain-language paraphrase, page, the criteria that serve
    them, whether they are operational) beside the criteria tree. Drag goals
    onto a criterion to link them (many to many), or select goals and a
    criterion and press *Link*; *Unlink* removes the selected goals from the
    selected criterion. Quote and paraphrase are edited in place.
*Suggestions*
    The candidate goal statements of a document, best first, with why each was
    suggested and whether it is operational. *Accept* makes the selected ones
    goals; *Edit*, then *Accept edited*, takes the text below (trimmed to the
    part that states the goal, with a paraphrase); *Reject* hides them.
*Coverage*
    Goals that no criterion serves, and leaf criteria that no goal anchors.
*Balance*
    Per section of each document: its goals, how many a criterion serves, and
    the criteria that serve them.

Every change is one undoable command.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from diva_desktop.core.commands import AddGoal, Batch, ChangeSet, Command, RemoveGoal, UpdateCriterion
from diva_desktop.core.goals import find_quote, new_goal_id
from diva_desktop.core.model import Goal
from diva_desktop.core.traceability import balance, coverage

from ..document import ProjectDocument
from ..models.goals_model import (
    C_NAME,
    CLARITY,
    CRITERIA,
    DOCUMENT,
    PAGE,
    PARAPHRASE,
    QUOTE,
    S_TEXT,
    S_WHY,
    CriteriaLinkModel,
    GoalsTableModel,
    SuggestionsTableModel,
)


def _flat(text: str) -> str:
    return " ".join(text.split())


class GoalsPanel(QWidget):
    """Workflow step "Mål" (see the module documentation).

    Signals:
        show_goal_in_document(str): the user asked to see a goal in its document.
    """

    show_goal_in_document = Signal(str)

    def __init__(self, document: ProjectDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.goals_model = GoalsTableModel(document, self)
        self.criteria_model = CriteriaLinkModel(document, self)
        self.suggestions_model = SuggestionsTableModel(document, self)
        self._build()
        self._kept_goals: list[str] = []
        self._kept_criterion: str | None = None
        self.goals_model.modelAboutToBeReset.connect(self._on_goals_about_to_reset)
        self.goals_model.modelReset.connect(lambda: self.select_goals(self._kept_goals))
        self.criteria_model.modelAboutToBeReset.connect(self._on_criteria_about_to_reset)
        self.criteria_model.modelReset.connect(self._on_criteria_reset)
        document.model_changed.connect(self._on_document_model_changed)
        self._refresh_documents()
        self.goals_view.setColumnHidden(DOCUMENT, len(self.document.model.documents) <= 1)
        self._refresh_coverage()
        self._refresh_balance()
        self.criteria_tree.expandAll()
        self._update_buttons()

    # -- construction ---------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget(self)
        layout.addWidget(self.tabs)
        self.tabs.addTab(self._build_links_tab(), self.tr("Goals and criteria"))
        self.tabs.addTab(self._build_suggestions_tab(), self.tr("Suggestions"))
        self.tabs.addTab(self._build_coverage_tab(), self.tr("Coverage"))
        self.tabs.addTab(self._build_balance_tab(), self.tr("Balance"))

    def _build_links_tab(self) -> QWidget:
        page = QWidget(self)
        splitter = QSplitter(Qt.Orientation.Horizontal, page)
        QVBoxLayout(page).addWidget(splitter)

        left = QWidget(splitter)
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        hint = QLabel(self.tr("Drag goals onto a criterion to link them; a goal may serve several criteria."), left)
        hint.setWordWrap(True)
        lv.addWidget(hint)
        self.goals_view = QTableView(left)
        self.goals_view.setModel(self.goals_model)
        self.goals_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.goals_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.goals_view.setDragEnabled(True)
        self.goals_view.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.goals_view.setDefaultDropAction(Qt.DropAction.LinkAction)
        self.goals_view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.goals_view.verticalHeader().hide()
        self.goals_view.setWordWrap(True)
        self.goals_view.setAlternatingRowColors(True)
        self.goals_view.setAccessibleName(self.tr("Goals"))
        header = self.goals_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(QUOTE, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.goals_view.setColumnWidth(PARAPHRASE, 210)
        self.goals_view.setColumnWidth(DOCUMENT, 130)
        self.goals_view.setColumnWidth(PAGE, 44)
        self.goals_view.setColumnWidth(CRITERIA, 190)
        self.goals_view.setColumnWidth(CLARITY, 100)
        self.goals_view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.goals_view.doubleClicked.connect(self._on_goals_view_double_clicked)
        lv.addWidget(self.goals_view, 1)
        row = QHBoxLayout()
        self.remove_goal_button = QPushButton(self.tr("&Remove goal"), left)
        self.remove_goal_button.clicked.connect(self.remove_selected_goals)
        row.addWidget(self.remove_goal_button)
        row.addStretch(1)
        lv.addLayout(row)

        right = QWidget(splitter)
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(QLabel(self.tr("Criteria"), right))
        self.criteria_tree = QTreeView(right)
        self.criteria_tree.setModel(self.criteria_model)
        self.criteria_tree.setAcceptDrops(True)
        self.criteria_tree.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.criteria_tree.setDropIndicatorShown(True)
        self.criteria_tree.setAccessibleName(self.tr("Criteria"))
        self.criteria_tree.header().setSectionResizeMode(C_NAME, QHeaderView.ResizeMode.Stretch)
        self.criteria_tree.header().setStretchLastSection(False)
        self.criteria_tree.selectionModel().selectionChanged.connect(lambda *_: self._on_criterion_selected())
        rv.addWidget(self.criteria_tree, 1)
        buttons = QHBoxLayout()
        self.link_button = QPushButton(self.tr("&Link selected goals"), right)
        self.link_button.clicked.connect(self.link_selected)
        self.unlink_button = QPushButton(self.tr("&Unlink"), right)
        self.unlink_button.setToolTip(self.tr("Remove the selected goals from the selected criterion"))
        self.unlink_button.clicked.connect(self.unlink_selected)
        buttons.addWidget(self.link_button)
        buttons.addWidget(self.unlink_button)
        buttons.addStretch(1)
        rv.addLayout(buttons)
        self.criterion_goals_label = QLabel(right)
        self.criterion_goals_label.setWordWrap(True)
        self.criterion_goals_label.setTextFormat(Qt.TextFormat.RichText)
        rv.addWidget(self.criterion_goals_label)

        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([820, 460])
        return page

    def _build_suggestions_tab(self) -> QWidget:
        page = QWidget(self)
        v = QVBoxLayout(page)
        top = QHBoxLayout()
        doc_label = QLabel(self.tr("&Document"), page)
        self.suggest_document_combo = QComboBox(page)
        self.suggest_document_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        doc_label.setBuddy(self.suggest_document_combo)
        self.suggest_document_combo.currentIndexChanged.connect(self._on_suggest_document_changed)
        self.suggestions_count_label = QLabel(page)
        top.addWidget(doc_label)
        top.addWidget(self.suggest_document_combo)
        top.addWidget(self.suggestions_count_label, 1)
        v.addLayout(top)
        self.suggestions_view = QTableView(page)
        self.suggestions_view.setModel(self.suggestions_model)
        self.suggestions_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.suggestions_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.suggestions_view.verticalHeader().hide()
        self.suggestions_view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.suggestions_view.setWordWrap(False)
        self.suggestions_view.setAlternatingRowColors(True)
        self.suggestions_view.setAccessibleName(self.tr("Suggested goals"))
        header = self.suggestions_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(S_TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(S_WHY, QHeaderView.ResizeMode.Interactive)
        self.suggestions_view.setColumnWidth(S_WHY, 300)
        self.suggestions_view.selectionModel().selectionChanged.connect(lambda *_: self._on_suggestion_selected())
        self.suggestions_model.modelReset.connect(self._on_suggestions_reset)
        v.addWidget(self.suggestions_view, 1)
        buttons = QHBoxLayout()
        self.accept_button = QPushButton(self.tr("&Accept"), page)
        self.accept_button.setToolTip(self.tr("Make the selected suggestions goals"))
        self.accept_button.clicked.connect(self.accept_selected)
        self.reject_button = QPushButton(self.tr("Re&ject"), page)
        self.reject_button.setToolTip(self.tr("Hide the selected suggestions"))
        self.reject_button.clicked.connect(self.reject_selected)
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.reject_button)
        buttons.addStretch(1)
        v.addLayout(buttons)
        box = QGroupBox(self.tr("Edit before accepting"), page)
        bv = QVBoxLayout(box)
        self.edit_quote = QPlainTextEdit(box)
        self.edit_quote.setAccessibleName(self.tr("Quote"))
        self.edit_quote.setPlaceholderText(self.tr("Select a suggestion; trim the quote to the passage that states the goal"))
        self.edit_quote.setMaximumHeight(80)
        self.edit_quote.textChanged.connect(self._update_buttons)
        self.edit_paraphrase = QLineEdit(box)
        self.edit_paraphrase.setPlaceholderText(self.tr("Plain-language paraphrase (optional)"))
        self.edit_paraphrase.setAccessibleName(self.tr("Plain-language paraphrase"))
        self.accept_edited_button = QPushButton(self.tr("Accept &edited"), box)
        self.accept_edited_button.clicked.connect(self.accept_edited)
        self.edit_note = QLabel(box)
        self.edit_note.setWordWrap(True)
        bv.addWidget(self.edit_quote)
        row = QHBoxLayout()
        row.addWidget(self.edit_paraphrase, 1)
        row.addWidget(self.accept_edited_button)
        bv.addLayout(row)
        bv.addWidget(self.edit_note)
        v.addWidget(box)
        return page

    def _build_coverage_tab(self) -> QWidget:
        page = QWidget(self)
        v = QVBoxLayout(page)
        self.coverage_label = QLabel(page)
        self.coverage_label.setWordWrap(True)
        v.addWidget(self.coverage_label)
        row = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Goals that no criterion serves"), page))
        self.uncovered_list = QListWidget(page)
        self.uncovered_list.setWordWrap(True)
        self.uncovered_list.setAccessibleName(self.tr("Goals that no criterion serves"))
        self.uncovered_list.itemActivated.connect(self._on_uncovered_activated)
        left.addWidget(self.uncovered_list)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Leaf criteria that no goal anchors"), page))
        self.unanchored_list = QListWidget(page)
        self.unanchored_list.setWordWrap(True)
        self.unanchored_list.setAccessibleName(self.tr("Leaf criteria that no goal anchors"))
        self.unanchored_list.itemActivated.connect(self._on_unanchored_activated)
        right.addWidget(self.unanchored_list)
        row.addLayout(left, 1)
        row.addLayout(right, 1)
        v.addLayout(row, 1)
        return page

    def _build_balance_tab(self) -> QWidget:
        page = QWidget(self)
        v = QVBoxLayout(page)
        top = QHBoxLayout()
        label = QLabel(self.tr("Section &level"), page)
        self.level_spin = QSpinBox(page)
        self.level_spin.setRange(0, 6)
        self.level_spin.setSpecialValueText(self.tr("automatic"))
        self.level_spin.setToolTip(
            self.tr("The heading level whose sections are compared; automatic spreads the goals the most")
        )
        label.setBuddy(self.level_spin)
        self.level_spin.valueChanged.connect(lambda _v: self._refresh_balance())
        top.addWidget(label)
        top.addWidget(self.level_spin)
        top.addStretch(1)
        v.addLayout(top)
        self.balance_table = QTableWidget(0, 5, page)
        self.balance_table.setHorizontalHeaderLabels(
            [self.tr("Section"), self.tr("Page"), self.tr("Goals"), self.tr("Served by criteria"), self.tr("Criteria")]
        )
        self.balance_table.verticalHeader().hide()
        self.balance_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.balance_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.balance_table.setAccessibleName(self.tr("Balance across sections"))
        h = self.balance_table.horizontalHeader()
        h.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        h.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        h.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        h.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        h.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.balance_table.setColumnWidth(3, 200)
        v.addWidget(self.balance_table, 1)
        return page

    # -- refresh ------------------------------------------------------------------------

    def _on_document_model_changed(self, changes: ChangeSet) -> None:
        if changes.documents:
            self._refresh_documents()
            self.goals_view.setColumnHidden(DOCUMENT, len(self.document.model.documents) <= 1)
        if changes.documents or changes.goals or changes.criteria:
            self._refresh_coverage()
            self._refresh_balance()
            self.criteria_tree.expandAll()
            self._on_criterion_selected()
        self._update_buttons()

    def _refresh_documents(self) -> None:
        current = self.suggest_document_combo.currentData()
        self.suggest_document_combo.blockSignals(True)
        self.suggest_document_combo.clear()
        for d in self.document.model.documents:
            self.suggest_document_combo.addItem(d.title, d.id)
        i = self.suggest_document_combo.findData(current)
        self.suggest_document_combo.setCurrentIndex(i if i >= 0 else (0 if self.suggest_document_combo.count() else -1))
        self.suggest_document_combo.blockSignals(False)
        self._on_suggest_document_changed()

    def _refresh_coverage(self) -> None:
        model = self.document.model
        cov = coverage(model)
        n_goals, n_leaves = len(model.goals), len(model.leaves())
        self.coverage_label.setText(
            self.tr(
                "{served} of {goals} goal(s) are served by a criterion; {anchored} of {leaves} leaf criteria are "
                "anchored in a goal."
            ).format(
                served=n_goals - len(cov.uncovered_goals),
                goals=n_goals,
                anchored=n_leaves - len(cov.unanchored_leaves),
                leaves=n_leaves,
            )
        )
        self.uncovered_list.clear()
        for g in cov.uncovered_goals:
            item = QListWidgetItem(f"“{_flat(g.quote)}”", self.uncovered_list)
            item.setData(Qt.ItemDataRole.UserRole, g.id)
            item.setToolTip(g.paraphrase or g.quote)
        if not cov.uncovered_goals:
            QListWidgetItem(self.tr("None: every goal is served."), self.uncovered_list).setFlags(Qt.ItemFlag.NoItemFlags)
        self.unanchored_list.clear()
        for c in cov.unanchored_leaves:
            path = " › ".join(x.name for x in model.path_to(c.id)[1:])
            item = QListWidgetItem(path, self.unanchored_list)
            item.setData(Qt.ItemDataRole.UserRole, c.id)
        if not cov.unanchored_leaves:
            QListWidgetItem(self.tr("None: every leaf criterion is anchored."), self.unanchored_list).setFlags(
                Qt.ItemFlag.NoItemFlags
            )
        self.tabs.setTabText(
            2,
            self.tr("Coverage ({gaps})").format(gaps=len(cov.uncovered_goals) + len(cov.unanchored_leaves))
            if not cov.complete
            else self.tr("Coverage"),
        )

    def _refresh_balance(self) -> None:
        model = self.document.model
        level = self.level_spin.value() or None
        rows = balance(model, level)
        names = {c.id: c.name for c in model.walk_criteria()}
        titles = {d.id: d.title for d in model.documents}
        self.balance_table.setRowCount(0)
        show_doc = len(model.documents) > 1
        for b in rows:
            r = self.balance_table.rowCount()
            self.balance_table.insertRow(r)
            section = b.section or self.tr("(before the first heading)")
            if show_doc:
                section = f"{titles.get(b.document, b.document)}: {section}"
            self.balance_table.setItem(r, 0, QTableWidgetItem(section))
            page_item = QTableWidgetItem("" if b.page is None else str(b.page))
            page_item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.balance_table.setItem(r, 1, page_item)
            goals_item = QTableWidgetItem(str(len(b.goals)))
            goals_item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.balance_table.setItem(r, 2, goals_item)
            bar = QProgressBar(self.balance_table)
            bar.setRange(0, max(1, len(b.goals)))
            bar.setValue(len(b.served))
            bar.setFormat(self.tr("{served} of {goals}").format(served=len(b.served), goals=len(b.goals)))
            if not b.goals:
                bar.setFormat(self.tr("no goals"))
                bar.setValue(0)
            self.balance_table.setCellWidget(r, 3, bar)
            self.balance_table.setItem(r, 4, QTableWidgetItem(", ".join(names.get(c, c) for c in b.criteria)))
        self.balance_rows = rows

    # -- goals and criteria -----------------------------------------------------------

    def _on_goals_about_to_reset(self) -> None:
        self._kept_goals = self.selected_goal_ids()

    def _on_criteria_about_to_reset(self) -> None:
        self._kept_criterion = self.selected_criterion_id()

    def _on_criteria_reset(self) -> None:
        self.criteria_tree.expandAll()
        if self._kept_criterion is not None:
            self.select_criterion(self._kept_criterion)

    def selected_goal_ids(self) -> list[str]:
        ids = []
        for index in self.goals_view.selectionModel().selectedRows():
            g = self.goals_model.goal_at(index.row())
            if g is not None:
                ids.append(g.id)
        return ids

    def select_goals(self, goal_ids: list[str]) -> None:
        sel = self.goals_view.selectionModel()
        sel.clearSelection()
        for gid in goal_ids:
            row = self.goals_model.row_of(gid)
            if row >= 0:
                sel.select(
                    self.goals_model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.goals_view.scrollTo(self.goals_model.index(row, 0))

    def selected_criterion_id(self) -> str | None:
        rows = self.criteria_tree.selectionModel().selectedRows()
        return self.criteria_model.criterion_id(rows[0]) if rows else None

    def select_criterion(self, criterion_id: str) -> None:
        index = self.criteria_model.index_of(criterion_id)
        if index.isValid():
            self.criteria_tree.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            )
            self.criteria_tree.scrollTo(index)

    def link_selected(self) -> bool:
        cid = self.selected_criterion_id()
        if cid is None:
            return False
        command = self.criteria_model.link_command(cid, self.selected_goal_ids())
        return command is not None and self.document.execute(command)

    def unlink_selected(self) -> bool:
        cid = self.selected_criterion_id()
        c = self.document.model.criterion(cid) if cid else None
        if c is None or cid is None:
            return False
        drop = set(self.selected_goal_ids())
        if not drop & set(c.goals):
            return False
        return self.document.execute(UpdateCriterion(cid, goals=tuple(g for g in c.goals if g not in drop)))

    def remove_selected_goals(self) -> bool:
        ids = self.selected_goal_ids()
        if not ids:
            return False
        served = [g for g in ids if coverage(self.document.model).served_by.get(g)]
        text = self.tr("Remove {count} goal(s)?").format(count=len(ids))
        if served:
            text += " " + self.tr("Their links to criteria are removed too.")
        answer = QMessageBox.question(
            self,
            self.tr("Remove goals"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        command: Command = RemoveGoal(ids[0])
        if len(ids) > 1:
            command = Batch("remove_goals", {"count": str(len(ids))}, tuple(RemoveGoal(g) for g in ids))
        return self.document.execute(command, text=self.tr("Remove {count} goal(s)").format(count=len(ids)))

    def _on_criterion_selected(self) -> None:
        cid = self.selected_criterion_id()
        model = self.document.model
        c = model.criterion(cid) if cid else None
        if c is None:
            self.criterion_goals_label.setText("")
        else:
            quotes = [_flat(g.quote) for gid in c.goals if (g := model.goal(gid)) is not None]
            if quotes:
                items = "".join(f"<li>{_escape(q)}</li>" for q in quotes)
                self.criterion_goals_label.setText(
                    self.tr("<b>{name}</b> serves:").format(name=_escape(c.name)) + f"<ul>{items}</ul>"
                )
            else:
                self.criterion_goals_label.setText(
                    self.tr("<b>{name}</b> serves no goal of its own.").format(name=_escape(c.name))
                )
        self._update_buttons()

    def _on_goals_view_double_clicked(self, index: QModelIndex) -> None:
        if index.column() not in (QUOTE, PARAPHRASE):
            g = self.goals_model.goal_at(index.row())
            if g is not None:
                self.show_goal_in_document.emit(g.id)

    def _on_uncovered_activated(self, item: QListWidgetItem) -> None:
        gid = item.data(Qt.ItemDataRole.UserRole)
        if gid:
            self.tabs.setCurrentIndex(0)
            self.select_goals([gid])

    def _on_unanchored_activated(self, item: QListWidgetItem) -> None:
        cid = item.data(Qt.ItemDataRole.UserRole)
        if cid:
            self.tabs.setCurrentIndex(0)
            self.select_criterion(cid)

    # -- suggestions ------------------------------------------------------------------

    def _on_suggest_document_changed(self, *_args: object) -> None:
        self.suggestions_model.set_document(self.suggest_document_combo.currentData())

    def _on_suggestions_reset(self) -> None:
        n = self.suggestions_model.rowCount()
        vague = sum(1 for r in range(n) if (s := self.suggestions_model.suggestion_at(r)) is not None and s.vague)
        doc_id = self.suggestions_model.document_id
        if doc_id is None:
            self.suggestions_count_label.setText(self.tr("Import a document to get suggestions."))
        else:
            self.suggestions_count_label.setText(
                self.tr("{count} suggestion(s), best first; {vague} vague (no measure or no target).").format(
                    count=n, vague=vague
                )
            )
        self._update_buttons()

    def _on_suggestion_selected(self) -> None:
        rows = self.suggestions_view.selectionModel().selectedRows()
        s = self.suggestions_model.suggestion_at(rows[0].row()) if len(rows) == 1 else None
        self.edit_quote.setPlainText(s.text if s is not None else "")
        self.edit_paraphrase.setText("")
        self._update_buttons()

    def _selected_suggestion_rows(self) -> list[int]:
        return sorted(i.row() for i in self.suggestions_view.selectionModel().selectedRows())

    def accept_selected(self) -> list[str]:
        """Make the selected suggestions goals (one undoable step); returns the new goal ids."""
        doc_id = self.suggestions_model.document_id
        rows = self._selected_suggestion_rows()
        if doc_id is None or not rows:
            return []
        taken = [g.id for g in self.document.model.goals]
        goals = []
        for row in rows:
            s = self.suggestions_model.suggestion_at(row)
            if s is None:
                continue
            gid = new_goal_id(s.text, taken)
            taken.append(gid)
            goals.append(Goal(gid, doc_id, s.text, s.page))
        return self._add_goals(goals)

    def accept_edited(self) -> list[str]:
        doc_id = self.suggestions_model.document_id
        doc = self.document.model.document(doc_id) if doc_id else None
        quote = self.edit_quote.toPlainText().strip()
        if doc is None or not quote:
            return []
        rows = self._selected_suggestion_rows()
        s = self.suggestions_model.suggestion_at(rows[0]) if rows else None
        where = find_quote(doc, quote, s.page if s is not None else None)
        page = where.page if where is not None else (s.page if s is not None else None)
        if where is not None:
            quote = doc.pages[where.page - 1][where.start : where.end]  # verbatim, as printed
            self.edit_note.setText("")
        else:
            self.edit_note.setText(self.tr("Note: this text is not a passage of the document; it is kept as written."))
        gid = new_goal_id(quote, [g.id for g in self.document.model.goals])
        paraphrase = self.edit_paraphrase.text().strip() or None
        return self._add_goals([Goal(gid, doc.id, quote, page, paraphrase)])

    def _add_goals(self, goals: list[Goal]) -> list[str]:
        if not goals:
            return []
        command: Command = AddGoal(None, goals[0])
        label = None
        if len(goals) > 1:
            command = Batch("add_goals", {"count": str(len(goals))}, tuple(AddGoal(None, g) for g in goals))
            label = self.tr("Add {count} goals").format(count=len(goals))
        if not self.document.execute(command, text=label):
            return []
        return [g.id for g in goals]

    def reject_selected(self) -> None:
        self.suggestions_model.reject(self._selected_suggestion_rows())

    # -- state -------------------------------------------------------------------------

    def _update_buttons(self) -> None:
        goals = self.selected_goal_ids()
        cid = self.selected_criterion_id()
        c = self.document.model.criterion(cid) if cid else None
        self.remove_goal_button.setEnabled(bool(goals))
        self.link_button.setEnabled(bool(goals) and c is not None and any(g not in c.goals for g in goals))
        self.unlink_button.setEnabled(bool(goals) and c is not None and any(g in c.goals for g in goals))
        rows = self._selected_suggestion_rows()
        self.accept_button.setEnabled(bool(rows))
        self.reject_button.setEnabled(bool(rows))
        self.accept_edited_button.setEnabled(
            self.suggestions_model.document_id is not None and bool(self.edit_quote.toPlainText().strip())
        )


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
