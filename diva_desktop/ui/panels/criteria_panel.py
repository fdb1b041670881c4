"""The criteria step: the criteria tree and, beside it, the selected criterion's details.

Left: the tree (add, add sub-criterion, delete, move by drag and drop or
Alt+arrow keys, rename in place with F2). Right: name, description and unit, and
for a leaf its scale: linear (worst, best and the direction), piecewise linear
(a table of points) or levels (labels with values), with a live plot of the
value function. Every change is one undoable command.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QAbstractItemModel, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QFocusEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from diva_desktop.core import hierarchy
from diva_desktop.core.commands import (
    AddCriterion,
    Batch,
    ChangeSet,
    Command,
    MoveCriterion,
    RemoveCriterion,
    SetScores,
    UpdateCriterion,
)
from diva_desktop.core.errors import Problem
from diva_desktop.core.model import (
    ROOT_ID,
    Criterion,
    Level,
    LevelsScale,
    LinearScale,
    Model,
    PiecewiseScale,
    Scale,
    Score,
    mentioned_children,
)
from diva_desktop.core.validation import validate_score

from ..charts.scale_plot import ScalePlot
from ..dialogs.common import confirm
from ..document import ProjectDocument
from ..icons import icon
from ..models.criteria_model import NAME_COLUMN, CriteriaTreeModel
from ..models.scale_models import LevelsTableModel, PointsTableModel
from ..numbers import format_plain, parse_number

LINEAR, PIECEWISE, LEVELS = range(3)


class DescriptionEdit(QPlainTextEdit):
    """A multi-line text field that reports when the user leaves it."""

    editing_finished = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.editing_finished.emit()


def tool_button(action: QAction, parent: QWidget) -> QToolButton:
    button = QToolButton(parent)
    button.setDefaultAction(action)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
    button.setAccessibleName(action.text().replace("&", ""))
    button.setAutoRaise(True)
    return button


def _scores_on(model: Model, criterion_id: str) -> dict[str, Score]:
    return {a: row[criterion_id] for a, row in model.scores.items() if criterion_id in row}


class CriteriaPanel(QWidget):
    """Workflow step "Kriterier" (see the module documentation)."""

    def __init__(self, document: ProjectDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.model = CriteriaTreeModel(document, self)
        self._current: str | None = None
        self._expanded: set[str] = set()
        self._known_ids = {c.id for c in document.model.walk_criteria()}
        self._build()
        self.points_model.set_criterion(None)
        self.levels_model.set_criterion(None)
        document.model_changed.connect(self._on_document_model_changed)
        self.model.modelAboutToBeReset.connect(self._on_tree_about_to_reset)
        self.model.modelReset.connect(self._on_tree_reset)
        self.tree.expandAll()
        self._show_details()

    # -- construction ---------------------------------------------------------

    def _action(
        self,
        text: str,
        icon_name: str,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None,
        slot: Callable[[], object],
        widget: QWidget,
    ) -> QAction:
        action = QAction(icon(icon_name), text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.setToolTip(f"{text.replace('&', '')} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})")
        action.triggered.connect(slot)
        widget.addAction(action)
        return action

    def _build(self) -> None:
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        title = QLabel(self.tr("Criteria"), self)
        title.setObjectName("panelTitle")
        hint = QLabel(
            self.tr(
                "Build the criteria tree: what the investments are judged on. Leaves are scored on a scale; "
                "criteria with sub-criteria are weighted."
            ),
            self,
        )
        hint.setWordWrap(True)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addWidget(splitter, 1)

        # left: tree with its actions
        left = QWidget(splitter)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.tree = QTreeView(left)
        self.tree.setModel(self.model)
        self.tree.setAccessibleName(self.tr("Criteria tree"))
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)  # the model accepts only its own ids
        self.tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.tree.setDragEnabled(True)
        self.tree.setAcceptDrops(True)
        self.tree.setDropIndicatorShown(True)
        self.tree.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(2, 170)
        self.tree.selectionModel().currentRowChanged.connect(self._on_tree_current_changed)

        tw = self.tree
        self.add_action = self._action(self.tr("&Add criterion"), "add", "Ins", self.add_criterion, tw)
        self.add_child_action = self._action(
            self.tr("Add &sub-criterion"), "add-child", "Shift+Ins", self.add_sub_criterion, tw
        )
        self.delete_action = self._action(self.tr("&Delete criterion"), "delete", QKeySequence.StandardKey.Delete, self.delete_selected, tw)
        self.up_action = self._action(self.tr("Move &up"), "up", "Alt+Up", lambda: self.move_current(-1), tw)
        self.down_action = self._action(self.tr("Move do&wn"), "down", "Alt+Down", lambda: self.move_current(1), tw)
        self.outdent_action = self._action(self.tr("Move &out one level"), "", "Alt+Left", self.outdent_current, tw)
        self.indent_action = self._action(
            self.tr("Move &in under the criterion above"), "", "Alt+Right", self.indent_current, tw
        )
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        buttons = QHBoxLayout()
        self.tool_buttons = []
        for action in (self.add_action, self.add_child_action, self.delete_action, self.up_action, self.down_action):
            b = tool_button(action, left)
            self.tool_buttons.append(b)
            buttons.addWidget(b)
        buttons.addStretch(1)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.tree, 1)
        splitter.addWidget(left)

        # right: details
        scroll = QScrollArea(splitter)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        details = QWidget(scroll)
        scroll.setWidget(details)
        dlayout = QVBoxLayout(details)
        dlayout.setContentsMargins(8, 0, 0, 0)
        self.details_title = QLabel(details)
        self.details_title.setObjectName("sectionTitle")
        dlayout.addWidget(self.details_title)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name_edit = QLineEdit(details)
        self.name_edit.setAccessibleName(self.tr("Name of the criterion"))
        self.name_edit.editingFinished.connect(self._on_name_edit_finished)
        self.description_edit = DescriptionEdit(details)
        self.description_edit.setAccessibleName(self.tr("Description of the criterion"))
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.description_edit.editing_finished.connect(self._on_description_edit_finished)
        self.unit_edit = QLineEdit(details)
        self.unit_edit.setAccessibleName(self.tr("Unit of the criterion"))
        self.unit_edit.setPlaceholderText(self.tr("e.g. %, days, SEK"))
        self.unit_edit.editingFinished.connect(self._on_unit_edit_finished)
        name_label = QLabel(self.tr("&Name:"), details)
        name_label.setBuddy(self.name_edit)
        desc_label = QLabel(self.tr("&Description:"), details)
        desc_label.setBuddy(self.description_edit)
        unit_label = QLabel(self.tr("U&nit:"), details)
        unit_label.setBuddy(self.unit_edit)
        form.addRow(name_label, self.name_edit)
        form.addRow(desc_label, self.description_edit)
        form.addRow(unit_label, self.unit_edit)
        dlayout.addLayout(form)

        self.node_note = QLabel(
            self.tr("This criterion has sub-criteria: it is weighted, and its sub-criteria are scored."), details
        )
        self.node_note.setWordWrap(True)
        dlayout.addWidget(self.node_note)

        self.scale_box = QGroupBox(self.tr("Scale"), details)
        sform = QVBoxLayout(self.scale_box)
        type_row = QFormLayout()
        self.type_combo = QComboBox(self.scale_box)
        self.type_combo.addItems([self.tr("Linear"), self.tr("Piecewise linear"), self.tr("Levels")])
        self.type_combo.setAccessibleName(self.tr("Type of scale"))
        self.type_combo.activated.connect(self._on_type_combo_activated)
        type_label = QLabel(self.tr("&Type:"), self.scale_box)
        type_label.setBuddy(self.type_combo)
        type_row.addRow(type_label, self.type_combo)
        sform.addLayout(type_row)

        self.scale_pages = QStackedWidget(self.scale_box)
        # linear
        linear = QWidget(self.scale_pages)
        lform = QFormLayout(linear)
        lform.setContentsMargins(0, 0, 0, 0)
        self.direction_combo = QComboBox(linear)
        self.direction_combo.addItems([self.tr("Higher is better"), self.tr("Lower is better")])
        self.direction_combo.setAccessibleName(self.tr("Direction of the scale"))
        self.direction_combo.activated.connect(self._on_direction_combo_activated)
        self.worst_edit = QLineEdit(linear)
        self.worst_edit.setAccessibleName(self.tr("Worst score (value 0)"))
        self.worst_edit.editingFinished.connect(self._on_linear_edit_finished)
        self.best_edit = QLineEdit(linear)
        self.best_edit.setAccessibleName(self.tr("Best score (value 1)"))
        self.best_edit.editingFinished.connect(self._on_linear_edit_finished)
        for text, widget in (
            (self.tr("Di&rection:"), self.direction_combo),
            (self.tr("&Worst (value 0):"), self.worst_edit),
            (self.tr("&Best (value 1):"), self.best_edit),
        ):
            label = QLabel(text, linear)
            label.setBuddy(widget)
            lform.addRow(label, widget)
        self.scale_pages.addWidget(linear)

        # piecewise
        self.points_model = PointsTableModel(self.document, self.change_scale, self)
        piecewise = QWidget(self.scale_pages)
        playout = QVBoxLayout(piecewise)
        playout.setContentsMargins(0, 0, 0, 0)
        self.points_view = self._small_table(self.points_model, self.tr("Points of the value function"), piecewise)
        prow = QHBoxLayout()
        self.add_point_action = self._action(self.tr("Add point"), "add", None, self._on_add_point, piecewise)
        self.remove_point_action = self._action(self.tr("Remove point"), "remove", None, self._on_remove_point, piecewise)
        for action in (self.add_point_action, self.remove_point_action):
            prow.addWidget(tool_button(action, piecewise))
        prow.addStretch(1)
        playout.addLayout(prow)
        playout.addWidget(self.points_view)
        self.scale_pages.addWidget(piecewise)

        # levels
        self.levels_model = LevelsTableModel(self.document, self.change_scale, self)
        levels = QWidget(self.scale_pages)
        vlayout = QVBoxLayout(levels)
        vlayout.setContentsMargins(0, 0, 0, 0)
        self.levels_view = self._small_table(self.levels_model, self.tr("Levels of the scale"), levels)
        vrow = QHBoxLayout()
        self.add_level_action = self._action(self.tr("Add level"), "add", None, self._on_add_level, levels)
        self.remove_level_action = self._action(self.tr("Remove level"), "remove", None, self._on_remove_level, levels)
        self.level_up_action = self._action(self.tr("Move level up"), "up", None, lambda: self._on_move_level(-1), levels)
        self.level_down_action = self._action(
            self.tr("Move level down"), "down", None, lambda: self._on_move_level(1), levels
        )
        for action in (self.add_level_action, self.remove_level_action, self.level_up_action, self.level_down_action):
            vrow.addWidget(tool_button(action, levels))
        vrow.addStretch(1)
        vlayout.addLayout(vrow)
        vlayout.addWidget(self.levels_view)
        self.scale_pages.addWidget(levels)

        sform.addWidget(self.scale_pages)
        self.plot = ScalePlot(self.scale_box)
        self.plot.setMinimumHeight(150)
        sform.addWidget(self.plot)
        dlayout.addWidget(self.scale_box)
        dlayout.addStretch(1)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([560, 440])
        self.splitter = splitter

        QWidget.setTabOrder(self.tree, self.name_edit)
        QWidget.setTabOrder(self.name_edit, self.description_edit)
        QWidget.setTabOrder(self.description_edit, self.unit_edit)
        QWidget.setTabOrder(self.unit_edit, self.type_combo)
        QWidget.setTabOrder(self.type_combo, self.direction_combo)
        QWidget.setTabOrder(self.direction_combo, self.worst_edit)
        QWidget.setTabOrder(self.worst_edit, self.best_edit)

    def _small_table(self, model: QAbstractItemModel, name: str, parent: QWidget) -> QTableView:
        view = QTableView(parent)
        view.setModel(model)
        view.setAccessibleName(name)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().lineSpacing() + 10)
        view.setMinimumHeight(view.fontMetrics().lineSpacing() * 6)
        view.setTabKeyNavigation(False)
        return view

    # -- selection ------------------------------------------------------------

    def current_id(self) -> str | None:
        return self._current

    def select(self, criterion_id: str | None) -> None:
        """Make ``criterion_id`` the current criterion (``None``: none)."""
        if criterion_id is None:
            self.tree.selectionModel().clearSelection()
            self.tree.setCurrentIndex(QModelIndex())
            self._current = None
            self._show_details()
            return
        index = self.model.index_of(criterion_id)
        if not index.isValid():
            return
        parent = index.parent()
        while parent.isValid():
            self.tree.expand(parent)
            parent = parent.parent()
        self.tree.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.tree.scrollTo(index)

    def _selected_ids(self) -> list[str]:
        ids = []
        for index in self.tree.selectionModel().selectedRows(NAME_COLUMN):
            cid = self.model.criterion_id(index)
            if cid is not None:
                ids.append(cid)
        if not ids and self._current is not None:
            ids.append(self._current)
        return ids

    def _on_tree_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._current = self.model.criterion_id(current)
        self._show_details()

    def _on_tree_about_to_reset(self) -> None:
        self._expanded = set()

        def collect(parent: QModelIndex) -> None:
            for row in range(self.model.rowCount(parent)):
                index = self.model.index(row, 0, parent)
                cid = self.model.criterion_id(index)
                if cid is not None and self.tree.isExpanded(index):
                    self._expanded.add(cid)
                collect(index)

        collect(QModelIndex())

    def _on_tree_reset(self) -> None:
        model = self.document.model
        for c in model.walk_criteria():
            if c.id in self._expanded or c.id not in self._known_ids:
                index = self.model.index_of(c.id)
                if index.isValid():
                    self.tree.expand(index)
        self._known_ids = {c.id for c in model.walk_criteria()}
        current = self._current
        if current is not None and model.criterion(current) is not None:
            self.select(current)
        else:
            self._current = None
            self._show_details()

    # -- tree edits -----------------------------------------------------------

    def _new_name(self) -> str:
        base = self.tr("New criterion")
        names = {c.name for c in self.document.model.walk_criteria()}
        name, n = base, 2
        while name in names:
            name = f"{base} {n}"
            n += 1
        return name

    def _new_criterion(self, name: str | None) -> Criterion:
        name = name or self._new_name()
        taken = [c.id for c in self.document.model.walk_criteria()]
        return Criterion(hierarchy.unique_id(name, taken, "criterion"), name)

    def add_criterion(self, name: str | None = None, *, edit: bool = True) -> str | None:
        """Add a criterion after the current one (at the top level if none); returns its id."""
        criterion = self._new_criterion(name if isinstance(name, str) else None)
        model = self.document.model
        parent, index = ROOT_ID, len(model.criteria)
        if self._current is not None:
            where = hierarchy.locate(model.criteria, self._current)
            if where is not None:
                parent, index = where[0], where[1] + 1
        return self._add(parent, index, criterion, edit=edit)

    def add_sub_criterion(self, name: str | None = None, *, edit: bool = True) -> str | None:
        """Add a sub-criterion as the last child of the current criterion; returns its id."""
        if self._current is None:
            return self.add_criterion(name, edit=edit)
        parent = self.document.model.criterion(self._current)
        if parent is None:
            return None
        criterion = self._new_criterion(name if isinstance(name, str) else None)
        if parent.is_leaf:
            scores = _scores_on(self.document.model, parent.id)
            if scores and not confirm(
                self,
                self.tr("Add sub-criterion"),
                self.tr(
                    "‘{name}’ has {count} scores. A criterion with sub-criteria is not scored: "
                    "its scores and its scale will be removed. Add the sub-criterion anyway? "
                    "(You can undo it.)"
                ).format(name=parent.name, count=len(scores)),
            ):
                return None
        return self._add(parent.id, len(parent.children), criterion, edit=edit)

    def _add(self, parent: str, index: int, criterion: Criterion, *, edit: bool) -> str | None:
        if not self.document.execute(AddCriterion(parent, index, criterion)):
            return None
        self.select(criterion.id)
        if edit:
            self.tree.edit(self.model.index_of(criterion.id))
        return criterion.id

    def _dependents(self, criterion_id: str) -> tuple[int, int]:
        """Scores and weight sets that hang on a criterion (and its subtree)."""
        model = self.document.model
        node = model.criterion(criterion_id)
        if node is None:
            return 0, 0
        ids = {c.id for c in node.walk()}
        scores = sum(1 for row in model.scores.values() for k in row if k in ids)
        sets = [model.weights, *(p.weights for p in model.participants)]
        weights = 0
        for s in sets:
            for node_id, pref in s.items():
                if node_id in ids or criterion_id in mentioned_children(pref):
                    weights += 1
        return scores, weights

    def delete_selected(self) -> bool:
        """Delete the selected criteria (asking first if scores or weights hang on them)."""
        criteria = self.document.model.criteria
        ids = [
            cid for cid in self._selected_ids()
            if not any(o != cid and hierarchy.is_in_subtree(criteria, o, cid) for o in self._selected_ids())
        ]
        if not ids:
            return False
        scores = weights = 0
        for cid in ids:
            s, w = self._dependents(cid)
            scores += s
            weights += w
        names = ", ".join(f"‘{self.document.model.criterion(c).name}’" for c in ids)  # type: ignore[union-attr]
        if (scores or weights) and not confirm(
            self,
            self.tr("Delete criterion"),
            self.tr(
                "{names} and its sub-criteria have {scores} scores and {weights} weight statements. "
                "Delete them all? (You can undo it.)"
            ).format(names=names, scores=scores, weights=weights),
        ):
            return False
        parent_id, row = hierarchy.locate(criteria, ids[0]) or (ROOT_ID, 0)
        commands: list[Command] = [RemoveCriterion(cid) for cid in ids]
        command = commands[0] if len(commands) == 1 else Batch(
            "remove_criteria", {"count": str(len(commands))}, tuple(commands)
        )
        if not self.document.execute(command):
            return False
        siblings = hierarchy.children_of(self.document.model.criteria, parent_id) or ()
        if siblings:
            self.select(siblings[min(row, len(siblings) - 1)].id)
        else:
            self.select(None if parent_id == ROOT_ID else parent_id)
        return True

    def move_current(self, delta: int) -> bool:
        """Move the current criterion up (-1) or down (+1) among its siblings."""
        cid = self._current
        if cid is None:
            return False
        where = hierarchy.locate(self.document.model.criteria, cid)
        siblings = hierarchy.children_of(self.document.model.criteria, where[0]) if where else None
        if where is None or siblings is None or not 0 <= where[1] + delta < len(siblings):
            return False
        ok = self.document.execute(MoveCriterion(cid, where[0], where[1] + delta))
        self.select(cid)
        return ok

    def outdent_current(self) -> bool:
        """Move the current criterion out of its parent, just after it."""
        cid = self._current
        if cid is None:
            return False
        where = hierarchy.locate(self.document.model.criteria, cid)
        if where is None or where[0] == ROOT_ID:
            return False
        grand = hierarchy.locate(self.document.model.criteria, where[0])
        assert grand is not None
        ok = self._move_with_confirmation(cid, grand[0], grand[1] + 1)
        self.select(cid)
        return ok

    def indent_current(self) -> bool:
        """Move the current criterion under its previous sibling, as its last child."""
        cid = self._current
        if cid is None:
            return False
        where = hierarchy.locate(self.document.model.criteria, cid)
        siblings = hierarchy.children_of(self.document.model.criteria, where[0]) if where else None
        if where is None or siblings is None or where[1] == 0:
            return False
        target = siblings[where[1] - 1]
        ok = self._move_with_confirmation(cid, target.id, len(target.children))
        self.select(cid)
        return ok

    def _move_with_confirmation(self, cid: str, parent: str, index: int) -> bool:
        target = self.document.model.criterion(parent)
        if target is not None and parent != ROOT_ID and target.is_leaf:
            scores = _scores_on(self.document.model, parent)
            if scores and not confirm(
                self,
                self.tr("Move criterion"),
                self.tr(
                    "‘{name}’ has {count} scores. A criterion with sub-criteria is not scored: "
                    "its scores and its scale will be removed. Move anyway? (You can undo it.)"
                ).format(name=target.name, count=len(scores)),
            ):
                return False
        return self.document.execute(MoveCriterion(cid, parent, index))

    # -- details ----------------------------------------------------------------

    def _criterion(self) -> Criterion | None:
        return None if self._current is None else self.document.model.criterion(self._current)

    @staticmethod
    def _set_text(widget: QLineEdit, text: str) -> None:
        if widget.text() != text and not (widget.hasFocus() and widget.isModified()):
            widget.setText(text)
            widget.setCursorPosition(0)

    def _show_details(self) -> None:
        node = self._criterion()
        has = node is not None
        for w in (self.name_edit, self.description_edit, self.unit_edit):
            w.setEnabled(has)
        self.delete_action.setEnabled(has)
        self.add_child_action.setEnabled(has)
        for a in (self.up_action, self.down_action, self.outdent_action, self.indent_action):
            a.setEnabled(has)
        if node is None:
            self.details_title.setText(self.tr("No criterion selected"))
            self.name_edit.clear()
            self.description_edit.setPlainText("")
            self.unit_edit.clear()
            self.node_note.hide()
            self.scale_box.hide()
            self.points_model.set_criterion(None)
            self.levels_model.set_criterion(None)
            return
        self.details_title.setText(node.name)
        self._set_text(self.name_edit, node.name)
        if not self.description_edit.hasFocus() and self.description_edit.toPlainText() != (node.description or ""):
            self.description_edit.setPlainText(node.description or "")
        self._set_text(self.unit_edit, node.unit or "")
        self.node_note.setVisible(not node.is_leaf)
        self.scale_box.setVisible(node.is_leaf)
        if not node.is_leaf:
            self.points_model.set_criterion(None)
            self.levels_model.set_criterion(None)
            return
        scale = node.effective_scale
        if isinstance(scale, LinearScale):
            page = LINEAR
            self.direction_combo.setCurrentIndex(0 if scale.best >= scale.worst else 1)
            self._set_text(self.worst_edit, format_plain(scale.worst))
            self._set_text(self.best_edit, format_plain(scale.best))
        elif isinstance(scale, PiecewiseScale):
            page = PIECEWISE
        else:
            page = LEVELS
        self.type_combo.setCurrentIndex(page)
        self.scale_pages.setCurrentIndex(page)
        if self.points_model.criterion_id != (node.id if page == PIECEWISE else None):
            self.points_model.set_criterion(node.id if page == PIECEWISE else None)
        if self.levels_model.criterion_id != (node.id if page == LEVELS else None):
            self.levels_model.set_criterion(node.id if page == LEVELS else None)
        self.plot.show_scale(scale, node.unit)

    def _on_document_model_changed(self, changes: ChangeSet) -> None:
        if changes.criteria or changes.scores:
            if self._current is not None and self.document.model.criterion(self._current) is None:
                self._current = None
            self._show_details()

    def _on_name_edit_finished(self) -> None:
        node = self._criterion()
        if node is None or not self.name_edit.isModified():
            return
        self.name_edit.setModified(False)
        text = self.name_edit.text().strip()
        if text != node.name and not self.document.execute(UpdateCriterion(node.id, name=text)):
            self.name_edit.setText(node.name)

    def _on_description_edit_finished(self) -> None:
        node = self._criterion()
        if node is None:
            return
        text = self.description_edit.toPlainText().strip() or None
        if text != node.description:
            self.document.execute(UpdateCriterion(node.id, description=text))

    def _on_unit_edit_finished(self) -> None:
        node = self._criterion()
        if node is None or not self.unit_edit.isModified():
            return
        self.unit_edit.setModified(False)
        text = self.unit_edit.text().strip() or None
        if text != node.unit:
            self.document.execute(UpdateCriterion(node.id, unit=text))

    # -- scale editing --------------------------------------------------------

    def change_scale(
        self, criterion_id: str, scale: Scale, renames: Mapping[str, str | None] | None = None
    ) -> bool:
        """Give a leaf a new scale as one undoable step.

        ``renames`` maps old level labels to new ones (``None``: the level was
        removed); scores using them follow. Scores that do not fit the new scale
        are cleared after the user agrees.
        """
        model = self.document.model
        node = model.criterion(criterion_id)
        if node is None:
            return False
        block: dict[tuple[str, str], Score | None] = {}
        for alt, old_score in _scores_on(model, criterion_id).items():
            score = old_score
            if renames and isinstance(score.low, str):
                low, high = renames.get(score.low, score.low), renames.get(str(score.high), str(score.high))
                if low is None or high is None:
                    block[(alt, criterion_id)] = None
                    continue
                if (low, high) != (score.low, score.high):
                    score = Score(low, high, score.rationale)
                    block[(alt, criterion_id)] = score
            if validate_score(score, scale, f"scores.{alt}.{criterion_id}"):
                block[(alt, criterion_id)] = None
        cleared = sum(1 for v in block.values() if v is None)
        if cleared and not confirm(
            self,
            self.tr("Change scale"),
            self.tr(
                "{count} scores on ‘{name}’ do not fit the new scale. Change the scale and clear those "
                "scores? (You can undo it.)"
            ).format(count=cleared, name=node.name),
        ):
            self._show_details()
            return False
        update = UpdateCriterion(criterion_id, scale=scale)
        if not block:
            return self.document.execute(update)
        code = "change_scale_and_clear_scores" if cleared else "change_scale_of_criterion"
        return self.document.execute(
            Batch(code, {"criterion": criterion_id, "count": str(cleared)}, (update, SetScores(block)))
        )

    def _default_scale(self, kind: int, old: Scale) -> Scale:
        if kind == LINEAR:
            if isinstance(old, PiecewiseScale):
                (x0, v0), (x1, v1) = old.points[0], old.points[-1]
                return LinearScale(x0, x1) if v1 >= v0 else LinearScale(x1, x0)
            return LinearScale(0.0, 10.0)
        if kind == PIECEWISE:
            if isinstance(old, LinearScale):
                lo, hi = old.domain
                ascending = old.best >= old.worst
                return PiecewiseScale(((lo, 0.0 if ascending else 1.0), (hi, 1.0 if ascending else 0.0)))
            return PiecewiseScale(((0.0, 0.0), (10.0, 1.0)))
        return LevelsScale(
            (Level(self.tr("low"), 0.0), Level(self.tr("medium"), 0.5), Level(self.tr("high"), 1.0))
        )

    def set_scale_type(self, kind: int) -> bool:
        node = self._criterion()
        if node is None or not node.is_leaf:
            return False
        old = node.effective_scale
        current = {LinearScale: LINEAR, PiecewiseScale: PIECEWISE, LevelsScale: LEVELS}[type(old)]
        if kind == current:
            return True
        return self.change_scale(node.id, self._default_scale(kind, old))

    def _on_type_combo_activated(self, kind: int) -> None:
        if not self.set_scale_type(kind):
            self._show_details()

    def _on_direction_combo_activated(self, direction: int) -> None:
        node = self._criterion()
        if node is None or not isinstance(node.effective_scale, LinearScale):
            return
        scale = node.effective_scale
        higher_better = scale.best >= scale.worst
        if (direction == 0) != higher_better:
            self.change_scale(node.id, LinearScale(scale.best, scale.worst))

    def _on_linear_edit_finished(self) -> None:
        node = self._criterion()
        if node is None or not isinstance(node.effective_scale, LinearScale):
            return
        worst = parse_number(self.worst_edit.text())
        best = parse_number(self.best_edit.text())
        if worst is None or best is None:
            bad = self.worst_edit.text() if worst is None else self.best_edit.text()
            self.document.error.emit(
                [Problem("not_a_number", f"criteria.{node.id}.scale", f"{bad!r} is not a number", "error", {"value": bad})]
            )
            self.worst_edit.setModified(False)
            self.best_edit.setModified(False)
            self._set_text(self.worst_edit, format_plain(node.effective_scale.worst))
            self._set_text(self.best_edit, format_plain(node.effective_scale.best))
            return
        self.worst_edit.setModified(False)
        self.best_edit.setModified(False)
        changed = (worst, best) != (node.effective_scale.worst, node.effective_scale.best)
        if changed and not self.change_scale(node.id, LinearScale(worst, best)):
            self._show_details()

    def _on_add_point(self) -> None:
        row = self.points_view.currentIndex().row()
        self.points_model.insert_point(row if row >= 0 else self.points_model.rowCount() - 1)

    def _on_remove_point(self) -> None:
        row = self.points_view.currentIndex().row()
        if row >= 0:
            self.points_model.remove_point(row)

    def _on_add_level(self) -> None:
        scale = self.levels_model.scale()
        if scale is None:
            return
        labels = {lv.label for lv in scale.levels}
        n = len(labels) + 1
        while self.tr("level {n}").format(n=n) in labels:
            n += 1
        row = self.levels_view.currentIndex().row()
        self.levels_model.insert_level(row if row >= 0 else len(labels) - 1, self.tr("level {n}").format(n=n))

    def _on_remove_level(self) -> None:
        row = self.levels_view.currentIndex().row()
        if row >= 0:
            self.levels_model.remove_level(row)

    def _on_move_level(self, delta: int) -> None:
        row = self.levels_view.currentIndex().row()
        if row >= 0 and self.levels_model.move_level(row, delta):
            self.levels_view.setCurrentIndex(self.levels_model.index(row + delta, 0))
