"""The Portfolio step: budget and constraints, and every result of ``diva portfolio`` (spec §1.5, §6).

Left, the constraints (each change is one undoable
:class:`~diva_desktop.core.commands.SetPortfolio`): the budget, limits of other
resources, projects that are mandatory or excluded, projects that need another
one (*requires*) and groups of which at most one may be chosen (*exclusive*).

Right, in tabs: the cost–value chart (efficient frontier, non-dominated
portfolios with their value ranges, the focal optimum, the budget) with the
non-dominated portfolios as a table; the core index of every project (core /
borderline / exterior); and the user's own portfolios compared side by side
(:func:`~diva_desktop.core.portfolio.compare_portfolios`: cost, feasibility with
the reasons, value range, and which dominates which).

The user's portfolios are a setting of the project (``portfolio.compare``, kept by
the document and saved in the ``.diva`` file): adding, renaming, removing one and
ticking its projects are undoable and mark the project modified. A portfolio that
names an alternative no longer in the model is listed as a problem (and left out
of the comparison) until the user changes its projects; the others are compared.

Robust Portfolio Modeling runs on a worker thread with progress and a stop
button. An edit of the model or the constraints marks the results out of date;
they re-run by themselves when the panel is shown and the problem is small
(at most :data:`AUTO_RPM_PROJECTS` projects), otherwise on request (*Run*).
"""

from __future__ import annotations

from dataclasses import replace
from functools import partial
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from diva_desktop.core.commands import ChangeSet, SetPortfolio
from diva_desktop.core.errors import DivaError
from diva_desktop.core.model import Model, PortfolioConstraints
from diva_desktop.core.portfolio import DEFAULT_LIMIT, compare_portfolios, portfolio_analysis

from ..analysis_runner import (
    RELEVANT_PARTS,
    AnalysisRunner,
    Job,
    RunControls,
    plain_warning,
    stale_parts,
    stale_sentence,
)
from ..charts.base import ChartFrame, fmt
from ..charts.core_index_chart import CoreIndexChart
from ..charts.frontier_chart import FrontierChart, PortfolioPoint
from ..charts.interval_chart import IntervalChart, IntervalRow
from ..charts.palette import ORANGE, SKY_BLUE
from ..document import ProjectDocument
from ..messages import problems_text
from ..models.portfolio_models import (
    PortfolioComparisonModel,
    PortfolioListModel,
    PortfolioMembershipModel,
    PortfolioProjectsModel,
    constraints,
    money,
    names_of,
    projects,
)
from ..numbers import format_plain, parse_number
from ..widgets.section_title import section_title

AUTO_RPM_PROJECTS = 14
"""Robust Portfolio Modeling re-runs by itself up to this many projects."""

DEBOUNCE_MS = 250


class PortfolioPanel(QWidget):
    """The Portfolio step (see the module documentation)."""

    def __init__(self, document: ProjectDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.runner = AnalysisRunner(self)
        self._result: dict[str, Any] | None = None
        self._result_model: Model | None = None
        self._comparison: dict[str, Any] | None = None
        self._comparison_model: Model | None = None
        self._failure: str | None = None
        self._pending = True
        self._stopped = False
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self._auto_run)

        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Portfolio"), self)
        title.setObjectName("panelTitle")
        layout.addWidget(title)
        self.controls = RunControls(self.tr("&Run"), self)
        self.controls.run_button.setToolTip(
            self.tr("Find the non-dominated portfolios, the frontier and the core index")
        )
        self.limit_spin = QSpinBox(self)
        self.limit_spin.setRange(1, 1_000_000)
        self.limit_spin.setValue(DEFAULT_LIMIT)
        self.limit_spin.setGroupSeparatorShown(True)
        self.limit_spin.setAccessibleName(self.tr("Most portfolios to keep"))
        self.limit_spin.setToolTip(self.tr("The search stops listing portfolios at this many"))
        limit_label = QLabel(self.tr("At &most:"), self)
        limit_label.setBuddy(self.limit_spin)
        controls_layout = self.controls.layout()
        assert isinstance(controls_layout, QHBoxLayout)
        at = controls_layout.indexOf(self.controls.progress_bar)
        controls_layout.insertWidget(at, limit_label)
        controls_layout.insertWidget(at + 1, self.limit_spin)
        self.controls.run_requested.connect(self.run)
        self.controls.cancel_requested.connect(self.cancel)
        layout.addWidget(self.controls)

        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.setChildrenCollapsible(False)
        split.addWidget(self._build_editor())
        self.tabs = QTabWidget(split)
        self.tabs.setDocumentMode(True)
        self.tabs.setAccessibleName(self.tr("Portfolio results"))
        self.tabs.addTab(self._build_frontier(), self.tr("&Frontier"))
        self.tabs.addTab(self._build_core(), self.tr("&Core index"))
        self.tabs.addTab(self._build_compare(), self.tr("Co&mpare"))
        split.addWidget(self.tabs)
        split.setStretchFactor(1, 1)
        split.setSizes([380, 800])
        layout.addWidget(split, 1)

        self.runner.progressed.connect(self._on_runner_progressed)
        self.runner.finished.connect(self._on_runner_finished)
        self.runner.failed.connect(self._on_runner_failed)
        self.runner.cancelled.connect(self._on_runner_cancelled)
        document.model_changed.connect(self._on_document_model_changed)
        self._load_constraints()
        self._show_results()

    # -- the constraint editor ---------------------------------------------------------

    def _build_editor(self) -> QWidget:
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setMinimumWidth(330)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 6, 0)

        form = QFormLayout()
        self.budget_edit = QLineEdit(page)
        self.budget_edit.setPlaceholderText(self.tr("no budget"))
        self.budget_edit.setAccessibleName(self.tr("Budget in SEK"))
        self.budget_edit.setToolTip(self.tr("The most all chosen projects may cost together; empty for none"))
        self.budget_edit.editingFinished.connect(self._on_budget_edit_finished)
        form.addRow(self.tr("&Budget (SEK):"), self.budget_edit)
        layout.addLayout(form)

        layout.addWidget(section_title(self.tr("Other resources"), page))
        self.resources_table = QTableWidget(0, 2, page)
        self.resources_table.setHorizontalHeaderLabels([self.tr("Resource"), self.tr("Limit")])
        self.resources_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.resources_table.verticalHeader().hide()
        self.resources_table.setAccessibleName(self.tr("Limits of other resources"))
        self.resources_table.setMaximumHeight(120)
        self.resources_table.itemChanged.connect(self._on_resources_item_changed)
        layout.addWidget(self.resources_table)
        row = QHBoxLayout()
        self.add_resource_button = QPushButton(self.tr("Add &limit"), page)
        self.remove_resource_button = QPushButton(self.tr("Remove limit"), page)
        self.add_resource_button.clicked.connect(self._on_add_resource_clicked)
        self.remove_resource_button.clicked.connect(self._on_remove_resource_clicked)
        row.addWidget(self.add_resource_button)
        row.addWidget(self.remove_resource_button)
        row.addStretch(1)
        layout.addLayout(row)

        layout.addWidget(section_title(self.tr("Projects"), page))
        self.projects_model = PortfolioProjectsModel(self.document, self)
        self.projects_table = QTableView(page)
        self.projects_table.setModel(self.projects_model)
        self.projects_table.setAccessibleName(self.tr("Projects: mandatory and excluded"))
        self.projects_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.projects_table.verticalHeader().hide()
        self.projects_table.setWordWrap(False)
        header = self.projects_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PortfolioProjectsModel.NAME, QHeaderView.ResizeMode.Stretch)
        self.projects_table.setMinimumHeight(200)
        layout.addWidget(self.projects_table, 1)

        layout.addWidget(section_title(self.tr("Needs"), page))
        grid = QGridLayout()
        self.requires_a = QComboBox(page)
        self.requires_b = QComboBox(page)
        self.requires_a.setAccessibleName(self.tr("Project that needs another"))
        self.requires_b.setAccessibleName(self.tr("Project it needs"))
        needs = QLabel(self.tr("needs"), page)
        self.add_requires_button = QPushButton(self.tr("&Add"), page)
        self.add_requires_button.setAccessibleName(self.tr("Add the need"))
        self.add_requires_button.clicked.connect(self._on_add_requires_clicked)
        for combo in (self.requires_a, self.requires_b):  # long names must not widen the editor
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
        grid.addWidget(self.requires_a, 0, 0, 1, 3)
        grid.addWidget(needs, 1, 0)
        grid.addWidget(self.requires_b, 1, 1)
        grid.addWidget(self.add_requires_button, 1, 2)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        self.requires_list = QListWidget(page)
        self.requires_list.setAccessibleName(self.tr("Projects that need another"))
        self.requires_list.setMaximumHeight(90)
        layout.addWidget(self.requires_list)
        self.remove_requires_button = QPushButton(self.tr("Remove the need"), page)
        self.remove_requires_button.clicked.connect(self._on_remove_requires_clicked)
        layout.addWidget(self.remove_requires_button, 0, Qt.AlignmentFlag.AlignLeft)

        layout.addWidget(section_title(self.tr("At most one of"), page))
        self.exclusive_list = QListWidget(page)
        self.exclusive_list.setAccessibleName(self.tr("Groups of which at most one may be chosen"))
        self.exclusive_list.setMaximumHeight(90)
        self.exclusive_list.setWordWrap(True)
        layout.addWidget(self.exclusive_list)
        row = QHBoxLayout()
        self.add_exclusive_button = QPushButton(self.tr("&Group the selected projects"), page)
        self.add_exclusive_button.setToolTip(self.tr("Select two or more projects above, then group them"))
        self.remove_exclusive_button = QPushButton(self.tr("Remove the group"), page)
        self.add_exclusive_button.clicked.connect(self._on_add_exclusive_clicked)
        self.remove_exclusive_button.clicked.connect(self._on_remove_exclusive_clicked)
        row.addWidget(self.add_exclusive_button)
        row.addWidget(self.remove_exclusive_button)
        row.addStretch(1)
        layout.addLayout(row)
        scroll.setWidget(page)
        return scroll

    def _constraints(self) -> PortfolioConstraints:
        return constraints(self.document.model)

    def _commit(self, new: PortfolioConstraints) -> bool:
        if new == self._constraints():
            return True
        ok = self.document.execute(SetPortfolio(new))
        if not ok:
            self._load_constraints()
        return ok

    def _load_constraints(self) -> None:
        """Show the model's constraints in the editor."""
        model = self.document.model
        pc = self._constraints()
        self.budget_edit.setText("" if pc.budget is None else format_plain(pc.budget))
        self.resources_table.blockSignals(True)
        self.resources_table.setRowCount(len(pc.resources))
        for i, (name, limit) in enumerate(pc.resources.items()):
            self.resources_table.setItem(i, 0, QTableWidgetItem(name))
            self.resources_table.setItem(i, 1, QTableWidgetItem(format_plain(limit)))
        self.resources_table.blockSignals(False)
        items = projects(model)
        for combo in (self.requires_a, self.requires_b):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for project in items:
                combo.addItem(project.name or project.id, project.id)
            index = combo.findData(current)
            combo.setCurrentIndex(
                index if index >= 0 else (1 if combo is self.requires_b and len(items) > 1 else 0)
            )
            combo.blockSignals(False)
        self.requires_list.clear()
        for a, b in pc.requires:
            first, second = names_of(model, [a, b])
            item = QListWidgetItem(self.tr("‘{first}’ needs ‘{second}’").format(first=first, second=second))
            item.setData(Qt.ItemDataRole.UserRole, (a, b))
            self.requires_list.addItem(item)
        self.exclusive_list.clear()
        for group in pc.exclusive:
            item = QListWidgetItem(
                self.tr("At most one of: {names}").format(names=", ".join(names_of(model, group)))
            )
            item.setData(Qt.ItemDataRole.UserRole, tuple(group))
            self.exclusive_list.addItem(item)

    def _on_budget_edit_finished(self) -> None:
        text = self.budget_edit.text().strip()
        if not text:
            self._commit(replace(self._constraints(), budget=None))
            return
        value = parse_number(text, self.locale())
        if value is None or value < 0:
            self.controls.set_status(self.tr("The budget must be a number of kronor, 0 or more."), stale=True)
            self._load_constraints()
            return
        self._commit(replace(self._constraints(), budget=value))

    def _resources_from_table(self) -> dict[str, float] | None:
        out: dict[str, float] = {}
        for i in range(self.resources_table.rowCount()):
            name_item, limit_item = self.resources_table.item(i, 0), self.resources_table.item(i, 1)
            name = name_item.text().strip() if name_item is not None else ""
            value = parse_number(limit_item.text(), self.locale()) if limit_item is not None else None
            if not name or value is None:
                return None
            out[name] = value
        return out

    def _on_resources_item_changed(self, _item: QTableWidgetItem) -> None:
        resources = self._resources_from_table()
        if resources is None:
            return  # incomplete: wait for the rest
        self._commit(replace(self._constraints(), resources=resources))

    def _on_add_resource_clicked(self) -> None:
        pc = self._constraints()
        used = [r for a in self.document.model.alternatives for r in a.resources if r not in pc.resources]
        name = used[0] if used else self.tr("resource")
        k = 2
        base = name
        while name in pc.resources:
            name = f"{base} {k}"
            k += 1
        total = sum(float(a.resources.get(name, 0.0)) for a in self.document.model.alternatives)
        self._commit(replace(pc, resources={**pc.resources, name: total}))

    def _on_remove_resource_clicked(self) -> None:
        row = self.resources_table.currentRow()
        pc = self._constraints()
        names = list(pc.resources)
        if 0 <= row < len(names):
            self._commit(replace(pc, resources={k: v for k, v in pc.resources.items() if k != names[row]}))

    def _on_add_requires_clicked(self) -> None:
        a, b = self.requires_a.currentData(), self.requires_b.currentData()
        if a is None or b is None or a == b:
            self.controls.set_status(self.tr("Choose two different projects."), stale=True)
            return
        pc = self._constraints()
        if (a, b) in pc.requires:
            return
        self._commit(replace(pc, requires=(*pc.requires, (a, b))))

    def _on_remove_requires_clicked(self) -> None:
        item = self.requires_list.currentItem()
        if item is None:
            return
        pair = tuple(item.data(Qt.ItemDataRole.UserRole))
        pc = self._constraints()
        self._commit(replace(pc, requires=tuple(p for p in pc.requires if tuple(p) != pair)))

    def _on_add_exclusive_clicked(self) -> None:
        rows = sorted({ix.row() for ix in self.projects_table.selectionModel().selectedRows()})
        ids = [self.projects_model.project_id(r) for r in rows]
        group = tuple(a for a in ids if a is not None)
        if len(group) < 2:
            self.controls.set_status(self.tr("Select two or more projects to group."), stale=True)
            return
        pc = self._constraints()
        self._commit(replace(pc, exclusive=(*pc.exclusive, group)))

    def _on_remove_exclusive_clicked(self) -> None:
        item = self.exclusive_list.currentItem()
        if item is None:
            return
        group = tuple(item.data(Qt.ItemDataRole.UserRole))
        pc = self._constraints()
        self._commit(replace(pc, exclusive=tuple(g for g in pc.exclusive if tuple(g) != group)))

    # -- results ----------------------------------------------------------------------------

    def _build_frontier(self) -> QWidget:
        split = QSplitter(Qt.Orientation.Vertical)
        split.setChildrenCollapsible(False)
        self.frontier_chart = FrontierChart(
            self.tr("Cost and value of portfolios"),
            self.tr(
                "Each point is a portfolio placed by its cost and the value it adds; the line joins the portfolios "
                "that no cheaper one beats, the star is the best within the budget at the representative weights."
            ),
        )
        split.addWidget(self.frontier_chart)
        box = QWidget()
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(0, 0, 0, 0)
        self.nd_label = section_title(self.tr("Non-dominated portfolios"), box)
        box_layout.addWidget(self.nd_label)
        self.nd_model = PortfolioListModel(self)
        self.nd_table = QTableView(box)
        self.nd_table.setModel(self.nd_model)
        self.nd_table.setAccessibleName(self.tr("Non-dominated portfolios"))
        self.nd_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.nd_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.nd_table.setWordWrap(False)
        self.nd_table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.nd_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PortfolioListModel.PROJECTS, QHeaderView.ResizeMode.Stretch)
        self.nd_table.selectionModel().currentRowChanged.connect(self._on_nd_current_changed)
        box_layout.addWidget(self.nd_table, 1)
        split.addWidget(box)
        split.setSizes([420, 220])
        return split

    def _build_core(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.optimum_label = QLabel(page)
        self.optimum_label.setWordWrap(True)
        self.optimum_label.setAccessibleName(self.tr("The focal optimum"))
        layout.addWidget(self.optimum_label)
        self.core_chart = CoreIndexChart(
            self.tr("Core index"),
            self.tr(
                "Each bar is the share of the non-dominated portfolios that contain the project: core projects are "
                "in all of them, exterior projects in none, borderline ones in some."
            ),
        )
        layout.addWidget(self.core_chart, 1)
        self.warnings_label = QLabel(page)
        self.warnings_label.setWordWrap(True)
        self.warnings_label.setAccessibleName(self.tr("Warnings about the portfolio analysis"))
        layout.addWidget(self.warnings_label)
        return page

    def _build_compare(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        buttons = QHBoxLayout()
        self.new_portfolio_button = QPushButton(self.tr("&New portfolio"), page)
        self.add_optimum_button = QPushButton(self.tr("Add the focal &optimum"), page)
        self.add_selected_button = QPushButton(self.tr("Add the &selected non-dominated"), page)
        self.remove_portfolio_button = QPushButton(self.tr("Remove portfolio"), page)
        self.rename_portfolio_button = QPushButton(self.tr("R&ename portfolio…"), page)
        self.rename_portfolio_button.setToolTip(self.tr("Give the selected portfolio another name"))
        self.new_portfolio_button.clicked.connect(lambda: self.add_portfolio([]))
        self.rename_portfolio_button.clicked.connect(self._on_rename_portfolio_clicked)
        self.add_optimum_button.clicked.connect(self._on_add_optimum_clicked)
        self.add_selected_button.clicked.connect(self._on_add_selected_clicked)
        self.remove_portfolio_button.clicked.connect(self._on_remove_portfolio_clicked)
        for b in (
            self.new_portfolio_button,
            self.add_optimum_button,
            self.add_selected_button,
            self.rename_portfolio_button,
            self.remove_portfolio_button,
        ):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.portfolio_problems_label = QLabel(page)
        self.portfolio_problems_label.setObjectName("problemLabel")
        self.portfolio_problems_label.setWordWrap(True)
        self.portfolio_problems_label.setAccessibleName(self.tr("Problems of your portfolios"))
        self.portfolio_problems_label.hide()
        layout.addWidget(self.portfolio_problems_label)
        split = QSplitter(Qt.Orientation.Horizontal, page)
        split.setChildrenCollapsible(False)
        self.membership_model = PortfolioMembershipModel(self.document, self)
        self.membership_model.portfolios_changed.connect(self._on_portfolios_changed)
        self.membership_table = QTableView(split)
        self.membership_table.setModel(self.membership_model)
        self.membership_table.setAccessibleName(self.tr("Projects in your portfolios"))
        self.membership_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        split.addWidget(self.membership_table)
        right = QSplitter(Qt.Orientation.Vertical)
        right.setChildrenCollapsible(False)
        self.comparison_model = PortfolioComparisonModel(self)
        self.comparison_table = QTableView(right)
        self.comparison_table.setModel(self.comparison_model)
        self.comparison_table.setAccessibleName(self.tr("Your portfolios side by side"))
        self.comparison_table.verticalHeader().hide()
        self.comparison_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        right.addWidget(self.comparison_table)
        self.comparison_sentence = QLabel(right)
        self.comparison_sentence.setWordWrap(True)
        self.comparison_sentence.setAccessibleName(self.tr("Which portfolio dominates which"))
        right.addWidget(self.comparison_sentence)
        self.comparison_chart = IntervalChart(
            self.tr("Value of your portfolios"),
            self.tr(
                "Each bar runs from the least to the greatest value the portfolio can add with the allowed weights "
                "and scores; the diamond is its value at the representative weights."
            ),
            value_label=self.tr("Value added"),
        )
        right.addWidget(self.comparison_chart)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        split.setSizes([320, 480])
        layout.addWidget(split, 1)
        return page

    # -- running -----------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._pending:
            self._debounce.start(0)

    def _on_document_model_changed(self, changes: ChangeSet) -> None:
        if changes.portfolio or changes.alternatives:
            self._load_constraints()
        if not (changes.parts & RELEVANT_PARTS["portfolio"]):
            return
        self._stopped = False
        self.runner.cancel("portfolio")
        self._pending = True
        self._show_status()
        self._mark_stale()
        if self.isVisible():
            self._debounce.start()
        self._run_comparison()

    def small_enough(self) -> bool:
        return len(projects(self.document.model)) <= AUTO_RPM_PROJECTS

    def _auto_run(self) -> None:
        if not self._pending or self._stopped:
            return
        self._pending = False
        model = self.document.model
        if not projects(model) or not any(True for _ in model.walk_criteria()):
            self._result = None
            self._failure = None
            self._show_results()
            return
        if self.small_enough():
            self.run()
        else:
            self._show_status()
        self._run_comparison()

    def run(self) -> Job:
        """Run ``diva portfolio`` on the current model."""
        self._stopped = False
        self._pending = False
        model = self.document.model
        limit = self.limit_spin.value()
        job = self.runner.run(
            "portfolio", partial(portfolio_analysis, model, limit=limit), model, limit=limit
        )
        self.controls.set_running(True)
        self._show_status()
        return job

    def cancel(self) -> None:
        self._stopped = True
        self.runner.cancel()

    def _run_comparison(self) -> None:
        problems = self.membership_model.problems()
        self._show_portfolio_problems(problems)
        portfolios = {n: p for n, p in self.membership_model.portfolios().items() if n not in problems}
        if not portfolios:
            self._comparison = None
            self._show_comparison()
            return
        model = self.document.model

        def compare(*, progress: object = None, cancel: object = None) -> dict[str, Any]:
            return compare_portfolios(model, portfolios)

        self.runner.run("comparison", compare, model)

    def _on_runner_progressed(self, kind: str, fraction: float) -> None:
        if kind == "portfolio":
            self.controls.set_progress(fraction)

    def _on_runner_finished(self, kind: str, job: Job) -> None:
        if kind == "comparison":
            self._comparison = job.result
            self._comparison_model = job.model
            self._show_comparison()
            return
        self._result = job.result
        self._result_model = job.model
        self._failure = None
        self.controls.set_running(False)
        self._show_results()

    def _on_runner_failed(self, kind: str, job: Job) -> None:
        error = job.error
        text = (
            problems_text(error.problems, self.document.model) if isinstance(error, DivaError) else str(error)
        )
        if kind == "comparison":
            self._comparison = None
            self.comparison_sentence.setText(self.tr("Cannot compare: {problems}").format(problems=text))
            return
        self._failure = self.tr("The portfolio analysis cannot run: {problems}").format(problems=text)
        self.controls.set_running(False)
        self._show_results()

    def _on_runner_cancelled(self, kind: str) -> None:
        if kind == "portfolio":
            self.controls.set_running(False)
            self._show_status()

    # -- showing ------------------------------------------------------------------------------

    def result(self) -> dict[str, Any] | None:
        return self._result

    def comparison(self) -> dict[str, Any] | None:
        return self._comparison

    def is_stale(self) -> bool:
        return bool(
            self._result is not None and stale_parts(self._result_model, self.document.model, "portfolio")
        )

    def _mark_stale(self) -> None:
        stale = self.is_stale()
        for chart in (self.frontier_chart, self.core_chart):
            chart.set_stale(stale)

    def _show_status(self) -> None:
        if self.runner.is_running("portfolio"):
            self.controls.set_status(self.tr("Searching the non-dominated portfolios…"))
            return
        if self._failure:
            self.controls.set_status(self._failure, stale=True)
            return
        model = self.document.model
        if not projects(model):
            self.controls.set_status(self.tr("Add alternatives with costs to build portfolios."))
            return
        if self.is_stale():
            text = stale_sentence(stale_parts(self._result_model, model, "portfolio"))
            if not self.small_enough() or self._stopped:
                text += " " + self.tr("Press Run to compute them again.")
            self.controls.set_status(text, stale=True)
            return
        if self._result is None:
            self.controls.set_status(self.tr("Press Run to find the best portfolios."))
            return
        count = len(self._result["non_dominated"])
        text = self.tr("{count} non-dominated portfolios.").format(count=self.locale().toString(count))
        if self._result.get("truncated"):
            text += " " + self.tr(
                "The list stopped at {limit} portfolios; raise the limit to see all."
            ).format(limit=self.locale().toString(int(self._result.get("limit", 0))))
        self.controls.set_status(text, stale=bool(self._result.get("truncated")))

    def _show_results(self) -> None:
        self._show_status()
        self._mark_stale()
        r = self._result
        model = self._result_model or self.document.model
        self.nd_model.set_result(r, model)
        if r is None:
            self.frontier_chart.set_data([], [], None, None)
            self.core_chart.set_data([], [], [])
            self.optimum_label.setText("")
            self.warnings_label.setText("")
            self.nd_label.setText(self.tr("Non-dominated portfolios"))
            return

        def point(p: dict[str, Any]) -> PortfolioPoint:
            return PortfolioPoint(
                tuple(names_of(model, p["alternatives"])),
                float(p["cost"]),
                float(p["value"]),
                p.get("value_min"),
                p.get("value_max"),
            )

        optimum = point(r["focal_optimum"])
        self.frontier_chart.set_data(
            [point(p) for p in r["frontier"]],
            [point(p) for p in r["non_dominated"]],
            optimum,
            r.get("budget"),
        )
        self.nd_label.setText(
            self.tr("Non-dominated portfolios ({count})").format(
                count=self.locale().toString(len(r["non_dominated"]))
            )
        )
        ids = list(r["core_index"])
        order = sorted(ids, key=lambda a: (-r["core_index"][a], ids.index(a)))
        self.core_chart.set_data(
            names_of(model, order),
            [r["core_index"][a] for a in order],
            [r["classification"][a] for a in order],
        )
        self.optimum_label.setText(
            self.tr(
                "Best within the budget at the representative weights: {names} — cost {cost} SEK, value {value}."
            ).format(
                names=", ".join(optimum.names) or self.tr("nothing"),
                cost=money(optimum.cost),
                value=fmt(optimum.value, 3),
            )
        )
        warnings = list(dict.fromkeys(plain_warning(w, model) for w in r.get("warnings", [])))
        self.warnings_label.setText("\n".join(f"• {w}" for w in warnings))

    def _on_nd_current_changed(self, current: Any, _previous: Any) -> None:
        if not current.isValid() or self._result is None:
            return
        offset = 1 + len(self._result["frontier"])  # optimum, frontier, then non-dominated
        self.frontier_chart.set_current(offset + current.row())

    # -- user portfolios ----------------------------------------------------------------------

    def add_portfolio(self, members: list[str], name: str | None = None) -> str:
        """Add one of the user's portfolios (compared in the Compare tab)."""
        return self.membership_model.add_portfolio(members, name)

    def _on_add_optimum_clicked(self) -> None:
        if self._result is not None:
            self.add_portfolio(list(self._result["focal_optimum"]["alternatives"]), self.tr("Focal optimum"))

    def _on_add_selected_clicked(self) -> None:
        index = self.nd_table.currentIndex()
        if self._result is None or not index.isValid():
            self.comparison_sentence.setText(self.tr("Select a portfolio in the Frontier tab first."))
            return
        members = self._result["non_dominated"][index.row()]["alternatives"]
        self.add_portfolio(list(members), self.tr("Non-dominated {number}").format(number=index.row() + 1))

    def _current_portfolio(self) -> str | None:
        """The portfolio of the selected column, else the last one."""
        name = self.membership_model.name_at(self.membership_table.currentIndex().column())
        if name is None:
            names = list(self.membership_model.portfolios())
            name = names[-1] if names else None
        return name

    def _on_remove_portfolio_clicked(self) -> None:
        name = self._current_portfolio()
        if name is not None:
            self.membership_model.remove_portfolio(name)

    def rename_portfolio(self, name: str, new_name: str) -> bool:
        """Rename one of the user's portfolios; says why not when the name is empty or taken."""
        if self.membership_model.rename_portfolio(name, new_name):
            return True
        if not new_name.strip():
            self.comparison_sentence.setText(self.tr("A portfolio needs a name."))
        else:
            self.comparison_sentence.setText(
                self.tr("There is already a portfolio called ‘{name}’; choose another name.").format(
                    name=new_name.strip()
                )
            )
        return False

    def _on_rename_portfolio_clicked(self) -> None:
        name = self._current_portfolio()
        if name is None:
            self.comparison_sentence.setText(self.tr("Make a portfolio first with New portfolio."))
            return
        new_name, ok = QInputDialog.getText(
            self, self.tr("Rename portfolio"), self.tr("New name of ‘{name}’:").format(name=name), text=name
        )
        if ok:
            self.rename_portfolio(name, new_name)

    def _show_portfolio_problems(self, problems: dict[str, list[Any]]) -> None:
        lines = []
        if self.membership_model.load_problem:
            lines.append(
                self.tr("The portfolios saved in this project cannot be read: {reason}").format(
                    reason=self.membership_model.load_problem
                )
            )
        for name, found in problems.items():
            reasons = " ".join(self.membership_model.problem_sentence(p) for p in found)
            lines.append(
                self.tr(
                    "‘{name}’ is not compared. {reasons} Tick or untick one of its projects to drop what is "
                    "missing, or remove the portfolio."
                ).format(name=name, reasons=reasons)
            )
        self.portfolio_problems_label.setText("\n".join(lines))
        self.portfolio_problems_label.setVisible(bool(lines))

    def portfolio_problems(self) -> str:
        """The problems shown above the comparison (empty when there are none)."""
        return self.portfolio_problems_label.text()

    def _on_portfolios_changed(self) -> None:
        self._run_comparison()

    def _show_comparison(self) -> None:
        c = self._comparison
        model = self._comparison_model or self.document.model
        self.comparison_model.set_result(c, model)
        if c is None:
            self.comparison_chart.set_rows([])
            self.comparison_sentence.setText(
                ""
                if self.membership_model.portfolios()
                else self.tr(
                    "Make portfolios of your own with New portfolio, then tick their projects on the left."
                )
            )
            return
        names = list(c["portfolios"])
        order = sorted(names, key=lambda n: -c["portfolios"][n]["value"])
        self.comparison_chart.set_rows(
            [
                IntervalRow(
                    n,
                    c["portfolios"][n]["value"],
                    c["portfolios"][n]["value_min"],
                    c["portfolios"][n]["value_max"],
                    note="" if c["portfolios"][n]["feasible"] else self.tr("Not feasible"),
                    marked=not c["portfolios"][n]["feasible"],
                )
                for n in order
            ]
        )
        self.comparison_chart.set_legend(
            [(SKY_BLUE, self.tr("feasible")), (ORANGE, self.tr("breaks the budget or a constraint"))]
        )
        if c["dominance"]:
            sentences = [self.tr("‘{a}’ dominates ‘{b}’.").format(a=a, b=b) for a, b in c["dominance"]]
            self.comparison_sentence.setText(" ".join(sentences))
        elif len(names) > 1:
            self.comparison_sentence.setText(
                self.tr("None of these portfolios is better than another for every allowed weight and score.")
            )
        else:
            self.comparison_sentence.setText("")

    def charts(self) -> list[ChartFrame]:
        return [self.frontier_chart, self.core_chart, self.comparison_chart]

    def select_non_dominated(self, row: int) -> None:
        index = self.nd_model.index(row, 0)
        self.nd_table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )


__all__ = ["AUTO_RPM_PROJECTS", "PortfolioPanel"]
