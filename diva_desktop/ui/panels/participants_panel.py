"""Participants and group weighting: who states what, how far apart they are, and combining.

The facilitator (processledare) adds, renames and removes participants (deltagare);
"Edit their statements" switches the Weights step's editors to a participant's own
statements (the "Statements of" chooser there). For the chosen node the table shows
every participant's representative (focal) weights side by side, their spread, the
group's current feasible range and the range after combining; the conflict index
(konfliktindex) of every node is listed beside it, and each participant's preferred
alternative under their own weights. "Combine into group weights" replaces the
group's statements with the combination (:mod:`diva_desktop.core.group`; envelope
or intersection) as one undoable step; the preview shows the result first.

Every figure comes from :func:`diva_desktop.core.group.combine`, the same function
``diva group`` prints.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QColor, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from diva_desktop.core.errors import DivaError, ModelError, Problem
from diva_desktop.core.group import METHODS, CombineParticipants, GroupResult, combine
from diva_desktop.core.model import ROOT_ID, IntervalWeights, Model, Participant, PreferenceSet
from diva_desktop.ui.messages import QT_TRANSLATE_NOOP

VALUE_ROLE = Qt.ItemDataRole.UserRole + 1
ERROR_COLOUR = QColor("#c62828")

#: Sentences for the group module's problem codes (context ``GroupProblem``, group_sv.ts).
PROBLEM_TEXTS: dict[str, str] = {
    "group_no_participants": QT_TRANSLATE_NOOP(
        "GroupProblem", "There are no participants yet: add participants and their statements first."
    ),
    "group_no_consensus": QT_TRANSLATE_NOOP(
        "GroupProblem",
        "On ‘{node}’ the participants have no weights in common. Use the envelope, or revise the statements.",
    ),
    "group_focal_outside": QT_TRANSLATE_NOOP(
        "GroupProblem",
        "On ‘{node}’ the representative weights of {participant} are outside the weights all participants "
        "accept, so the intersection would leave them out. Use the envelope, or revise the statements.",
    ),
    "infeasible": QT_TRANSLATE_NOOP(
        "GroupProblem",
        "{participant}: no weights satisfy all the statements on ‘{node}’. Conflicting: {conflict}.",
    ),
}

__all__ = ["PROBLEM_TEXTS", "ParticipantsDialog", "ParticipantsPanel"]


def _item(text: str, value: Any = None, *, editable: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
    if editable:
        flags |= Qt.ItemFlag.ItemIsEditable
    item.setFlags(flags)
    if value is not None:
        item.setData(VALUE_ROLE, value)
    return item


class ParticipantsPanel(QWidget):
    """Participants, their disagreement per node, and the combination into the group's weights.

    Signals:
        statements_owner_requested(object): show and edit the statements of this
            participant id (``None``: the group's) in the weight editors.
    """

    statements_owner_requested = Signal(object)

    def __init__(self, document: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._result: GroupResult | None = None
        self._preview: GroupResult | None = None
        self._executing = False
        self._stale = False

        # -- participants ------------------------------------------------------------
        people_box = QGroupBox(self.tr("Participants"), self)
        self.table = QTableWidget(0, 3, people_box)
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Role"), self.tr("Statements on")])
        self.table.setAccessibleName(self.tr("Participants"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemChanged.connect(self._on_table_item_changed)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.add_button = QPushButton(self.tr("&Add participant"), people_box)
        self.add_button.clicked.connect(self.add_participant)
        self.remove_button = QPushButton(self.tr("&Remove"), people_box)
        self.remove_button.clicked.connect(self.remove_participant)
        self.edit_button = QPushButton(self.tr("Edit their &statements"), people_box)
        self.edit_button.setToolTip(
            self.tr("Show and edit this participant's statements in the weight editors")
        )
        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        hint = QLabel(self.tr("Double-click a name or a role to change it."), people_box)
        hint.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        edit_row = QHBoxLayout()
        edit_row.addWidget(self.edit_button)
        edit_row.addStretch(1)
        pb = QVBoxLayout(people_box)
        pb.addWidget(self.table, 1)
        pb.addWidget(hint)
        pb.addLayout(buttons)
        pb.addLayout(edit_row)

        # -- preferred alternatives ---------------------------------------------------
        choice_box = QGroupBox(self.tr("Preferred alternative under each participant's own weights"), self)
        self.choices = QTableWidget(0, 3, choice_box)
        self.choices.setHorizontalHeaderLabels(
            [self.tr("Participant"), self.tr("Preferred alternative"), self.tr("Value")]
        )
        self.choices.setAccessibleName(self.tr("Preferred alternatives"))
        self.choices.verticalHeader().setVisible(False)
        self.choices.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        ch = self.choices.horizontalHeader()
        ch.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        ch.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        ch.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        choice_note = QLabel(
            self.tr(
                "Representative weights and scores; where a participant has no statements the group's are used."
            ),
            choice_box,
        )
        choice_note.setWordWrap(True)
        cb = QVBoxLayout(choice_box)
        cb.addWidget(self.choices, 1)
        cb.addWidget(choice_note)

        # -- disagreement ----------------------------------------------------------------
        spread_box = QGroupBox(self.tr("Representative weights side by side"), self)
        self.nodes = QTableWidget(0, 3, spread_box)
        self.nodes.setHorizontalHeaderLabels(
            [self.tr("Criterion"), self.tr("Participants"), self.tr("Conflict index")]
        )
        self.nodes.setAccessibleName(self.tr("Conflict index per criterion"))
        self.nodes.verticalHeader().setVisible(False)
        self.nodes.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.nodes.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.nodes.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        nh = self.nodes.horizontalHeader()
        nh.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        nh.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        nh.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.nodes.currentCellChanged.connect(self._on_nodes_current_cell_changed)
        self.node_title = QLabel(spread_box)
        self.node_title.setWordWrap(True)
        self.weights = QTableWidget(0, 0, spread_box)
        self.weights.setAccessibleName(self.tr("Representative weights of the participants"))
        self.weights.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.weights.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.weights.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        legend = QLabel(
            self.tr(
                "Conflict index: the mean over pairs of participants of half the summed differences between "
                "their representative weights; 0 = they agree, 1 = completely different weights. Spread: "
                "the least and greatest representative weight. Group now: the feasible range of the "
                "group's current statements; after combining: the range the combination gives."
            ),
            spread_box,
        )
        legend.setWordWrap(True)
        sb = QVBoxLayout(spread_box)
        sb.addWidget(self.nodes, 2)
        sb.addWidget(self.node_title)
        sb.addWidget(self.weights, 3)
        sb.addWidget(legend)

        # -- combining -----------------------------------------------------------------------
        combine_box = QGroupBox(self.tr("Combine into the group's weights"), self)
        self.method_combo = QComboBox(combine_box)
        self.method_combo.setAccessibleName(self.tr("Combination method"))
        for key, text in zip(METHODS, self._method_names(), strict=True):
            self.method_combo.addItem(text, key)
        self.method_combo.currentIndexChanged.connect(self._on_method_combo_changed)
        method_label = QLabel(self.tr("&Method:"), combine_box)
        method_label.setBuddy(self.method_combo)
        self.method_help = QLabel(combine_box)
        self.method_help.setWordWrap(True)
        self.preview = QTextBrowser(combine_box)
        self.preview.setAccessibleName(self.tr("Preview of the combination"))
        self.preview.setMinimumHeight(5 * self.fontMetrics().lineSpacing())
        self.problems_label = QLabel(combine_box)
        self.problems_label.setWordWrap(True)
        pal = self.problems_label.palette()
        pal.setColor(QPalette.ColorRole.WindowText, ERROR_COLOUR)
        self.problems_label.setPalette(pal)
        self.status_label = QLabel(combine_box)
        self.status_label.setWordWrap(True)
        self.combine_button = QPushButton(self.tr("&Combine into group weights"), combine_box)
        self.combine_button.clicked.connect(self.combine_into_group)
        grid = QGridLayout(combine_box)
        grid.addWidget(method_label, 0, 0)
        grid.addWidget(self.method_combo, 0, 1)
        grid.addWidget(self.combine_button, 0, 2)
        grid.addWidget(self.method_help, 1, 0, 1, 3)
        grid.addWidget(self.preview, 2, 0, 1, 3)
        grid.addWidget(self.problems_label, 3, 0, 1, 3)
        grid.addWidget(self.status_label, 4, 0, 1, 3)
        grid.setColumnStretch(1, 1)

        left = QSplitter(Qt.Orientation.Vertical, self)
        left.addWidget(people_box)
        left.addWidget(choice_box)
        left.setChildrenCollapsible(False)
        top = QSplitter(Qt.Orientation.Horizontal, self)
        top.addWidget(left)
        top.addWidget(spread_box)
        top.setStretchFactor(0, 2)
        top.setStretchFactor(1, 3)
        top.setSizes([440, 860])
        top.setChildrenCollapsible(False)
        outer = QSplitter(Qt.Orientation.Vertical, self)
        outer.addWidget(top)
        outer.addWidget(combine_box)
        outer.setStretchFactor(0, 3)
        outer.setStretchFactor(1, 1)
        outer.setSizes([560, 240])
        outer.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(outer)

        document.model_changed.connect(self._on_document_model_changed)
        document.error.connect(self._on_document_error)
        self._update_method_help()
        self.refresh()

    # -- texts ---------------------------------------------------------------------------------

    def _method_names(self) -> list[str]:
        return [
            self.tr("Envelope: every participant's weights are allowed"),
            self.tr("Intersection: only weights every participant accepts"),
        ]

    def _update_method_help(self) -> None:
        if self.method() == "envelope":
            text = self.tr(
                "For each criterion the group's interval runs from the least to the greatest weight any "
                "participant allows, so every participant's weights stay possible. The representative "
                "weights are the mean of the participants'."
            )
        else:
            text = self.tr(
                "The group keeps only the weights that satisfy every participant's statements. Refused "
                "where that would leave out a participant's representative weights."
            )
        self.method_help.setText(text)

    @property
    def _model(self) -> Model:
        model: Model = self._document.model
        return model

    def _node_name(self, node_id: str) -> str:
        if node_id == ROOT_ID:
            return self.tr("Top level")
        c = self._model.criterion(node_id)
        return c.name if c is not None else node_id

    def _participant_name(self, pid: str) -> str:
        for p in self._model.participants:
            if p.id == pid:
                return p.name or p.id
        return pid

    def _alternative_name(self, aid: str) -> str:
        a = self._model.alternative(aid)
        return a.name if a is not None and a.name else aid

    def _num(self, x: float) -> str:
        return self.locale().toString(float(x), "f", 3)

    def _range(self, lo: float, hi: float) -> str:
        return f"{self._num(lo)}–{self._num(hi)}"

    def problem_text(self, problem: Problem) -> str:
        """A problem of the combination as a translated sentence with names."""
        from diva_desktop.ui.messages import problem_sentence

        template = PROBLEM_TEXTS.get(problem.code)
        params: Mapping[str, Any] = problem.params
        if template is None or (problem.code == "infeasible" and "participant" not in params):
            return problem_sentence(problem, self._model)
        values = {
            "node": self._node_name(str(params.get("node", ""))),
            "participant": self._participant_name(str(params.get("participant", ""))),
            "conflict": "; ".join(str(x) for x in params.get("conflict", [])),
        }
        return QCoreApplication.translate("GroupProblem", template).format(**values)

    # -- state ------------------------------------------------------------------------------------

    def method(self) -> str:
        return str(self.method_combo.currentData())

    def set_method(self, method: str) -> None:
        self.method_combo.setCurrentIndex(METHODS.index(method))

    def result(self) -> GroupResult | None:
        """The figures shown (the envelope's combination, which every figure but the preview uses)."""
        return self._result

    def preview_result(self) -> GroupResult | None:
        """The combination with the chosen method, as previewed (``None`` when refused)."""
        return self._preview

    def selected_participant(self) -> str | None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        return None if item is None else str(item.data(VALUE_ROLE))

    def current_node(self) -> str:
        row = self.nodes.currentRow()
        item = self.nodes.item(row, 0) if row >= 0 else None
        return ROOT_ID if item is None else str(item.data(VALUE_ROLE))

    # -- refreshing ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Recompute every figure from the model (core :func:`~diva_desktop.core.group.combine`)."""
        self._stale = False
        model = self._model
        self._result = self._preview = None
        problems: list[Problem] = []
        if model.participants and model.criteria:
            try:
                self._result = combine(model, "envelope")
            except ModelError as exc:
                problems = list(exc.problems)
            except DivaError as exc:
                problems = list(exc.problems)
            if self._result is not None:
                if self.method() == "envelope":
                    self._preview = self._result
                else:
                    try:
                        self._preview = combine(model, self.method())
                    except DivaError as exc:
                        problems = list(exc.problems)
        elif model.criteria:
            problems = [Problem("group_no_participants", "participants", "no participants")]
        self._fill_participants()
        self._fill_choices()
        self._fill_nodes()
        self._fill_weights()
        self._fill_preview()
        lines = [self.problem_text(p) for p in problems]
        self.problems_label.setText("\n".join(lines))
        self.problems_label.setVisible(bool(lines))
        self.combine_button.setEnabled(self._preview is not None)
        self._update_buttons()

    def _fill_participants(self) -> None:
        model = self._model
        keep = self.selected_participant()
        with QSignalBlocker(self.table):
            self.table.setRowCount(len(model.participants))
            for row, p in enumerate(model.participants):
                self.table.setItem(row, 0, _item(p.name, p.id, editable=True))
                self.table.setItem(row, 1, _item(p.role or "", p.id, editable=True))
                nodes = [self._node_name(n.id) for n in model.internal_nodes() if n.id in p.weights]
                stated = ", ".join(nodes) if nodes else self.tr("no statements yet")
                self.table.setItem(row, 2, _item(stated, len(nodes)))
            rows = [p.id for p in model.participants]
            if keep in rows:
                self.table.setCurrentCell(rows.index(keep), 0)

    def _fill_choices(self) -> None:
        r = self._result
        rows = [] if r is None else list(r.participants)
        with QSignalBlocker(self.choices):
            self.choices.setRowCount(len(rows))
            for row, p in enumerate(rows):
                self.choices.setItem(row, 0, _item(p.name or p.id, p.id))
                best = ", ".join(self._alternative_name(a) for a in p.best)
                self.choices.setItem(row, 1, _item(best, list(p.best)))
                value = p.values[p.best[0]] if p.best else 0.0
                self.choices.setItem(row, 2, _item(self._num(value), value))

    def _fill_nodes(self) -> None:
        keep = self.current_node()
        model = self._model
        nodes = model.internal_nodes()
        with QSignalBlocker(self.nodes):
            self.nodes.setRowCount(len(nodes))
            for row, node in enumerate(nodes):
                self.nodes.setItem(row, 0, _item(self._node_name(node.id), node.id))
                group = None if self._result is None else self._result.node(node.id)
                count = 0 if group is None else len(group.participants)
                self.nodes.setItem(row, 1, _item(str(count), count))
                conflict = None if group is None else group.conflict
                text = "–" if conflict is None else self._num(conflict)
                item = _item(text, conflict)
                if conflict is None:
                    item.setToolTip(self.tr("Fewer than two participants have statements here."))
                self.nodes.setItem(row, 2, item)
            ids = [n.id for n in nodes]
            self.nodes.setCurrentCell(ids.index(keep) if keep in ids else 0, 0)

    def _group_range(self, node_id: str, pref: PreferenceSet | None) -> list[tuple[float, float]] | None:
        from diva_desktop.core.preferences import local_set, weight_bounds

        node = self._model.criterion(node_id)
        if node is None:
            return None
        try:
            lo, hi = weight_bounds(local_set(node, pref))
        except DivaError:
            return None
        return [(float(a), float(b)) for a, b in zip(lo, hi, strict=True)]

    def _fill_weights(self) -> None:
        model = self._model
        node_id = self.current_node()
        node = model.criterion(node_id)
        children = [] if node is None else list(node.children)
        group = None if self._result is None else self._result.node(node_id)
        people = [] if group is None else list(group.participants)
        headers = [self._participant_name(p) for p in people]
        headers += [self.tr("Spread"), self.tr("Group now"), self.tr("After combining")]
        now = self._group_range(node_id, model.weights.get(node_id))
        after = None
        if self._preview is not None:
            combined = self._preview.node(node_id)
            if combined.range_low:
                after = list(zip(combined.range_low, combined.range_high, strict=True))
        if group is None:
            self.node_title.setText(self._node_name(node_id))
        elif group.conflict is None:
            self.node_title.setText(
                self.tr("{node}: {count} participant(s) with statements").format(
                    node=self._node_name(node_id), count=len(people)
                )
            )
        else:
            self.node_title.setText(
                self.tr("{node}: conflict index {value}").format(
                    node=self._node_name(node_id), value=self._num(group.conflict)
                )
            )
        self.weights.clear()
        self.weights.setColumnCount(len(headers))
        self.weights.setRowCount(len(children))
        self.weights.setHorizontalHeaderLabels(headers)
        self.weights.setVerticalHeaderLabels([c.name for c in children])
        for row, child in enumerate(children):
            col = 0
            for p in people:
                assert group is not None
                f = group.focal[p][row]
                self.weights.setItem(row, col, _item(self._num(f), f))
                col += 1
            if group is not None and people:
                lo, hi = group.spread_low[row], group.spread_high[row]
                self.weights.setItem(row, col, _item(self._range(lo, hi), (lo, hi)))
            else:
                self.weights.setItem(row, col, _item("–"))
            col += 1
            for rng in (now, after):
                if rng is None:
                    self.weights.setItem(row, col, _item("–"))
                else:
                    self.weights.setItem(row, col, _item(self._range(*rng[row]), rng[row]))
                col += 1
            self.weights.verticalHeaderItem(row).setToolTip(child.name)

    def _fill_preview(self) -> None:
        p = self._preview
        if p is None:
            self.preview.setHtml("")
            return
        lines = []
        for n in p.nodes:
            if n.source != "participants":
                continue
            pref = n.combined
            name = self._node_name(n.node)
            if isinstance(pref, IntervalWeights):
                parts = []
                node = self._model.criterion(n.node)
                for child in [] if node is None else node.children:
                    lo, hi = pref.bounds.get(child.id, (0.0, 1.0))
                    parts.append(f"{_esc(child.name)} {self._range(lo, hi)}")
                extra = (
                    self.tr(" and {count} statement(s)").format(count=len(pref.constraints))
                    if pref.constraints
                    else ""
                )
                lines.append(f"<b>{_esc(name)}</b>: " + "; ".join(parts) + _esc(extra))
            else:
                lines.append(
                    f"<b>{_esc(name)}</b>: " + _esc(self.tr("the participants' common statements, unchanged"))
                )
        head = self.tr("After combining, the group's statements will be:")
        kept = self.tr("Criteria where no participant has statements keep the group's own.")
        self.preview.setHtml(f"{_esc(head)}<br>" + "<br>".join(lines) + f"<br><i>{_esc(kept)}</i>")

    def _update_buttons(self) -> None:
        chosen = self.selected_participant() is not None
        self.remove_button.setEnabled(chosen)
        self.edit_button.setEnabled(chosen)

    # -- edits ---------------------------------------------------------------------------------------

    def _execute(self, command: Any, text: str | None = None) -> bool:
        self.status_label.setText("")
        self._executing = True
        try:
            return bool(self._document.execute(command, text=text))
        finally:
            self._executing = False

    def add_participant(self) -> str | None:
        """Add a participant with a free id and a numbered name; returns the id."""
        from diva_desktop.core.commands import AddParticipant

        taken = {p.id for p in self._model.participants}
        k = len(taken) + 1
        while f"p{k}" in taken:
            k += 1
        pid = f"p{k}"
        name = self.tr("Participant {number}").format(number=k)
        if not self._execute(AddParticipant(None, Participant(pid, name))):
            return None
        row = [p.id for p in self._model.participants].index(pid)
        if row < self.table.rowCount():
            self.table.setCurrentCell(row, 0)
        return pid

    def rename_participant(self, pid: str, name: str) -> bool:
        from diva_desktop.core.commands import UpdateParticipant

        return self._execute(UpdateParticipant(pid, name=name))

    def set_role(self, pid: str, role: str) -> bool:
        from diva_desktop.core.commands import UpdateParticipant

        return self._execute(UpdateParticipant(pid, role=role.strip() or None))

    def remove_participant(self) -> bool:
        from diva_desktop.core.commands import RemoveParticipant

        pid = self.selected_participant()
        if pid is None:
            return False
        answer = QMessageBox.question(
            self,
            self.tr("Remove participant"),
            self.tr("Remove {name} and all their statements?").format(name=self._participant_name(pid)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        return self._execute(RemoveParticipant(pid))

    def combine_into_group(self) -> bool:
        """Replace the group's statements with the combination (one undoable step)."""
        method = self.method()
        label = self.tr("Combine the participants' statements ({method})").format(
            method=self.method_combo.currentText()
        )
        ok = self._execute(CombineParticipants(method), text=label)
        if ok:
            self.status_label.setText(
                self.tr(
                    "The group's weights now hold the combination. Undo (Ctrl+Z) restores the previous ones."
                )
            )
        return ok

    # -- signals --------------------------------------------------------------------------------------

    def _on_table_item_changed(self, item: QTableWidgetItem) -> None:
        pid = str(item.data(VALUE_ROLE))
        if item.column() == 0:
            ok = self.rename_participant(pid, item.text().strip())
        elif item.column() == 1:
            ok = self.set_role(pid, item.text())
        else:
            return
        if not ok:
            self.refresh()

    def _on_edit_button_clicked(self) -> None:
        pid = self.selected_participant()
        if pid is not None:
            self.statements_owner_requested.emit(pid)

    def _on_nodes_current_cell_changed(self, *_: Any) -> None:
        self._fill_weights()

    def _on_method_combo_changed(self, _index: int) -> None:
        self._update_method_help()
        self.status_label.setText("")
        self.refresh()

    def _on_document_model_changed(self, _changes: Any) -> None:
        if self.isVisible():
            self.refresh()
        else:  # recomputed when shown again (combining every edit costs LPs)
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self._stale = False
            self.refresh()
        super().showEvent(event)

    def _on_document_error(self, problems: list[Problem]) -> None:
        if self._executing:
            self.problems_label.setText("\n".join(self.problem_text(p) for p in problems))
            self.problems_label.setVisible(True)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class ParticipantsDialog(QDialog):
    """The participants view in its own window (opened from the Weights step; not modal)."""

    def __init__(self, document: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Participants and group weighting"))
        self.setModal(False)
        self.panel = ParticipantsPanel(document, self)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        box.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel, 1)
        layout.addWidget(box)
        self.resize(1340, 800)
