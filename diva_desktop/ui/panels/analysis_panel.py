"""The Analysis step: every result of ``diva analyze`` (spec §4), and the sensitivity views.

Tabs:

Overview
    Alternatives ranked by focal value with their value intervals (bars), the
    winners of each decision rule, and the warnings in plain words.
Why
    Stacked contributions (focal weight × focal value per leaf, coloured by
    top-level criterion) of the alternatives the user ticks, and two
    alternatives side by side criterion by criterion.
Dominance
    The dominance relation as a Hasse diagram.
Robustness
    The pairwise difference matrix (least, greatest, decided-at level;
    coloured) and the contraction chart of the pair selected in the matrix.
Acceptabilities
    SMAA-2: rank acceptabilities as stacked bars, first-rank and holistic
    acceptability with the confidence factors, the pairwise winning heat map and
    the central weights; the sample count and seed are set in the run strip.
Sensitivity
    :class:`~diva_desktop.ui.panels.sensitivity_panel.SensitivityPanel`.

Behaviour (DESIGN §3.4–3.5): analyses run on worker threads
(:class:`~diva_desktop.ui.analysis_runner.AnalysisRunner`) with a progress bar
and a stop button. An edit of criteria, alternatives, scores or weights marks
the results out of date; the exact part re-runs by itself (when the panel is
shown), SMAA too when it is small (samples × alternatives × criteria ≤
:data:`AUTO_SMAA_LIMIT`), otherwise on request with *Run*.
"""

from __future__ import annotations

from functools import partial
from typing import Any

import numpy as np
from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPersistentModelIndex, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from diva_desktop.core.analysis.smaa import DEFAULT_SAMPLES
from diva_desktop.core.commands import ChangeSet
from diva_desktop.core.errors import DivaError
from diva_desktop.core.model import Model

from ..analysis_runner import (
    ANALYSIS_PARTS,
    AnalysisResult,
    AnalysisRunner,
    Job,
    RunControls,
    contraction_curve,
    exact_analysis,
    full_analysis,
    plain_warning,
    stale_parts,
    stale_sentence,
)
from ..charts.base import ChartFrame, fmt_percent
from ..charts.comparison_chart import PairComparisonChart
from ..charts.contraction_chart import ContractionChart
from ..charts.dominance_graph import DominanceGraph
from ..charts.heatmap import HeatMapChart
from ..charts.interval_chart import IntervalChart, IntervalRow
from ..charts.palette import ORANGE, SKY_BLUE, ordinal, shade
from ..charts.stacked_bars import StackedBarChart
from ..document import ProjectDocument
from ..messages import problems_text
from ..models.analysis_models import (
    AnalysisDifferencesModel,
    AnalysisRulesModel,
    AnalysisSmaaModel,
    AnalysisValuesModel,
    alternative_names,
    criterion_names,
    ranked,
)
from ..widgets.section_title import section_title

AUTO_SMAA_LIMIT = 20_000_000
"""SMAA re-runs by itself when samples × alternatives × leaves is at most this."""

DEBOUNCE_MS = 250
MAX_SAMPLES = 10_000_000
DEFAULT_SELECTED = 8


def leaf_colours(model: Model) -> tuple[list[str], list[QColor], list[tuple[QColor, str]]]:
    """Leaf ids (depth-first), a colour per leaf by top-level criterion, and the legend."""
    leaves: list[str] = []
    colours: list[QColor] = []
    legend: list[tuple[QColor, str]] = []
    for g, top in enumerate(model.criteria):
        members = [c for c in top.walk() if c.is_leaf]
        for k, leaf in enumerate(members):
            leaves.append(leaf.id)
            colours.append(shade(g, k, len(members)))
        legend.append((shade(g, 0, 1), top.name or top.id))
    return leaves, colours, legend


def small_enough(model: Model, samples: int) -> bool:
    """Whether SMAA with ``samples`` samples is quick enough to re-run by itself."""
    m = len(model.alternatives)
    leaves = sum(1 for c in model.walk_criteria() if c.is_leaf)
    return samples * max(m, 1) * max(leaves, 1) <= AUTO_SMAA_LIMIT


class DifferenceMatrixFrame(ChartFrame):
    """The difference matrix as a coloured table inside a chart frame (export, caption)."""

    def __init__(
        self, model: AnalysisDifferencesModel, title: str, caption: str, parent: QWidget | None = None
    ):
        table = QTableView()
        super().__init__(title, caption, parent, view=table)
        self.table = table
        table.setModel(model)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        table.setWordWrap(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.setAccessibleName(title)
        table.setMinimumHeight(160)
        self.model = model
        self._shown_size: QSize | None = None

    def item_count(self) -> int:
        return 0

    def _export_view_size(self) -> QSize:
        """The whole matrix, not only the part in sight (at most 4000 pixels each way)."""
        table = self.table
        if self._shown_size is None:
            self._shown_size = table.size()
            table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        frame = 2 * table.frameWidth() + 2
        width = table.verticalHeader().width() + table.horizontalHeader().length() + frame
        height = table.horizontalHeader().height() + table.verticalHeader().length() + frame
        size = QSize(min(max(width, 300), 4000), min(max(height, 140), 4000))
        if table.size() != size:
            table.resize(size)
        return size

    def _export_done(self) -> None:
        if self._shown_size is not None:
            self.table.resize(self._shown_size)
            self._shown_size = None
            self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
            self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)


class AnalysisPanel(QWidget):
    """The Analysis step (see the module documentation)."""

    def __init__(self, document: ProjectDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.runner = AnalysisRunner(self)
        self._exact: AnalysisResult | None = None
        self._smaa: AnalysisResult | None = None
        self._failure: str | None = None
        self._pending = True  # results wanted but not yet run (run when shown)
        self._stopped = False
        self._selected: set[str] | None = None
        self._pair: tuple[str, str] | None = None
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self._auto_run)

        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Analysis"), self)
        title.setObjectName("panelTitle")
        layout.addWidget(title)
        layout.addLayout(self._build_run_strip())
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Analysis views"))
        self.tabs.setDocumentMode(True)
        layout.addWidget(self.tabs, 1)
        self.tabs.addTab(self._build_overview(), self.tr("&Overview"))
        self.tabs.addTab(self._build_why(), self.tr("&Why"))
        self.tabs.addTab(self._build_dominance(), self.tr("&Dominance"))
        self.tabs.addTab(self._build_robustness(), self.tr("&Robustness"))
        self.tabs.addTab(self._build_acceptabilities(), self.tr("A&cceptabilities"))
        self.sensitivity: QWidget | None = None
        try:
            from .sensitivity_panel import SensitivityPanel
        except ImportError:  # pragma: no cover - the module is part of this package
            pass
        else:
            self.sensitivity = SensitivityPanel(document, self)
            self.tabs.addTab(self.sensitivity, self.tr("&Sensitivity"))

        self.runner.progressed.connect(self._on_runner_progressed)
        self.runner.finished.connect(self._on_runner_finished)
        self.runner.failed.connect(self._on_runner_failed)
        self.runner.cancelled.connect(self._on_runner_cancelled)
        document.model_changed.connect(self._on_document_model_changed)
        self._show_all()

    # -- building ------------------------------------------------------------------

    def _build_run_strip(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.controls = RunControls(self.tr("&Run"), self)
        self.controls.run_button.setToolTip(self.tr("Run the whole analysis, acceptabilities included"))
        self.samples_spin = QSpinBox(self)
        self.samples_spin.setRange(100, MAX_SAMPLES)
        self.samples_spin.setSingleStep(10_000)
        self.samples_spin.setValue(DEFAULT_SAMPLES)
        self.samples_spin.setGroupSeparatorShown(True)
        self.samples_spin.setAccessibleName(self.tr("Number of SMAA samples"))
        self.samples_spin.setToolTip(
            self.tr("How many random weights and scores the acceptabilities are estimated from")
        )
        self.seed_spin = QSpinBox(self)
        self.seed_spin.setRange(0, 2_147_483_647)
        self.seed_spin.setValue(1)
        self.seed_spin.setAccessibleName(self.tr("Random seed of SMAA"))
        self.seed_spin.setToolTip(self.tr("The same seed gives the same acceptabilities again"))
        samples_label = QLabel(self.tr("Sa&mples:"), self)
        samples_label.setBuddy(self.samples_spin)
        seed_label = QLabel(self.tr("S&eed:"), self)
        seed_label.setBuddy(self.seed_spin)
        controls_layout = self.controls.layout()
        assert isinstance(controls_layout, QHBoxLayout)
        at = controls_layout.indexOf(self.controls.progress_bar)
        for offset, widget in enumerate((samples_label, self.samples_spin, seed_label, self.seed_spin)):
            controls_layout.insertWidget(at + offset, widget)
        self.controls.run_requested.connect(self.run_full)
        self.controls.cancel_requested.connect(self.cancel)
        self.samples_spin.valueChanged.connect(self._on_smaa_settings_changed)
        self.seed_spin.valueChanged.connect(self._on_smaa_settings_changed)
        row.addWidget(self.controls)
        return row

    def _table(self, model: Any, name: str) -> QTableView:
        table = QTableView(self)
        table.setModel(model)
        table.setAccessibleName(name)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        name_column = getattr(model, "NAME", None)
        if isinstance(name_column, int):
            header.setSectionResizeMode(name_column, QHeaderView.ResizeMode.Stretch)
        else:
            header.setStretchLastSection(True)
        return table

    def _build_overview(self) -> QWidget:
        page = QSplitter(Qt.Orientation.Horizontal)
        page.setChildrenCollapsible(False)
        self.values_chart = IntervalChart(
            self.tr("Value of each alternative"),
            self.tr(
                "Each bar runs from the least to the greatest overall value the alternative can have with the "
                "allowed weights and scores; the diamond is its value at the representative weights."
            ),
            value_label=self.tr("Overall value (0–1)"),
        )
        page.addWidget(self.values_chart)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        self.rules_model = AnalysisRulesModel(self)
        self.values_model = AnalysisValuesModel(self)
        side_layout.addWidget(section_title(self.tr("Decision rules"), side))
        self.rules_table = self._table(self.rules_model, self.tr("Winners of the decision rules"))
        self.rules_table.setMaximumHeight(190)
        side_layout.addWidget(self.rules_table)
        self.rules_sentence = QLabel(side)
        self.rules_sentence.setWordWrap(True)
        side_layout.addWidget(self.rules_sentence)
        side_layout.addWidget(section_title(self.tr("Warnings"), side))
        self.warnings_label = QLabel(side)
        self.warnings_label.setWordWrap(True)
        self.warnings_label.setTextFormat(Qt.TextFormat.RichText)
        self.warnings_label.setAccessibleName(self.tr("Warnings about the analysis"))
        self.warnings_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        side_layout.addWidget(self.warnings_label)
        side_layout.addWidget(section_title(self.tr("Values"), side))
        self.values_table = self._table(self.values_model, self.tr("Values of the alternatives"))
        side_layout.addWidget(self.values_table, 1)
        page.addWidget(side)
        page.setStretchFactor(0, 3)
        page.setStretchFactor(1, 2)
        return page

    def _build_why(self) -> QWidget:
        page = QSplitter(Qt.Orientation.Horizontal)
        page.setChildrenCollapsible(False)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        pick = QLabel(self.tr("E&xplain these alternatives:"), left)
        pick.setWordWrap(True)
        self.alternative_list = QListWidget(left)
        self.alternative_list.setAccessibleName(self.tr("Alternatives to explain"))
        self.alternative_list.setWordWrap(True)
        self.alternative_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.alternative_list.itemChanged.connect(self._on_alternative_list_item_changed)
        pick.setBuddy(self.alternative_list)
        left_layout.addWidget(pick)
        left_layout.addWidget(self.alternative_list, 1)
        left.setMaximumWidth(260)
        page.addWidget(left)
        right = QSplitter(Qt.Orientation.Vertical)
        right.setChildrenCollapsible(False)
        self.contribution_chart = StackedBarChart(
            self.tr("What makes up each value"),
            self.tr(
                "Each segment is what one criterion adds to the alternative's value (its weight times its value), "
                "coloured by the main criterion it belongs to."
            ),
            value_label=self.tr("Contribution to the overall value"),
        )
        right.addWidget(self.contribution_chart)
        compare = QWidget()
        compare_layout = QVBoxLayout(compare)
        compare_layout.setContentsMargins(0, 0, 0, 0)
        pick_row = QHBoxLayout()
        self.compare_a = QComboBox(compare)
        self.compare_b = QComboBox(compare)
        self.compare_a.setAccessibleName(self.tr("First alternative to compare"))
        self.compare_b.setAccessibleName(self.tr("Second alternative to compare"))
        label_a = QLabel(self.tr("Com&pare"), compare)
        label_a.setBuddy(self.compare_a)
        label_b = QLabel(self.tr("wi&th"), compare)
        label_b.setBuddy(self.compare_b)
        for w in (label_a, self.compare_a, label_b, self.compare_b):
            pick_row.addWidget(w)
        pick_row.addStretch(1)
        self.compare_a.currentIndexChanged.connect(self._show_comparison)
        self.compare_b.currentIndexChanged.connect(self._show_comparison)
        compare_layout.addLayout(pick_row)
        self.comparison_chart = PairComparisonChart(
            self.tr("Two alternatives criterion by criterion"),
            self.tr(
                "For every criterion, the bars show what it adds to each of the two alternatives; where the "
                "first bar is longer, that criterion speaks for the first alternative."
            ),
            value_label=self.tr("Contribution to the overall value"),
        )
        compare_layout.addWidget(self.comparison_chart, 1)
        right.addWidget(compare)
        page.addWidget(right)
        page.setStretchFactor(1, 1)
        return page

    def _build_dominance(self) -> QWidget:
        self.dominance_graph = DominanceGraph(
            self.tr("Dominance"),
            self.tr(
                "An arrow from one alternative to another means the first is at least as good whatever the allowed "
                "weights and scores; alternatives on the left are dominated by none."
            ),
        )
        return self.dominance_graph

    def _build_robustness(self) -> QWidget:
        right = QSplitter(Qt.Orientation.Vertical)
        right.setChildrenCollapsible(False)
        self.differences_model = AnalysisDifferencesModel(self)
        self.matrix = DifferenceMatrixFrame(
            self.differences_model,
            self.tr("Pairwise differences"),
            self.tr(
                "Each cell gives the least and greatest difference in value between the row and the column "
                "alternative and the contraction level τ at which their order is decided; blue favours the row, "
                "orange the column, paler colours are decided later."
            ),
        )
        self.matrix.table.selectionModel().currentChanged.connect(self._on_matrix_current_changed)
        right.addWidget(self.matrix)
        self.contraction_chart = ContractionChart(
            self.tr("Contraction"),
            self.tr(
                "As the allowed weights and scores shrink toward their representative values (level τ from 0 to 1), "
                "the range of the difference narrows; from the marked level on, one alternative is better."
            ),
        )
        right.addWidget(self.contraction_chart)
        return right

    def _build_acceptabilities(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.smaa_note = QLabel(page)
        self.smaa_note.setWordWrap(True)
        self.smaa_note.setAccessibleName(self.tr("Sample count and seed of the acceptabilities"))
        layout.addWidget(self.smaa_note)
        split = QSplitter(Qt.Orientation.Horizontal, page)
        split.setChildrenCollapsible(False)
        left = QSplitter(Qt.Orientation.Vertical)
        left.setChildrenCollapsible(False)
        self.rank_chart = StackedBarChart(
            self.tr("Rank acceptability"),
            self.tr(
                "Each bar splits the random draws of weights and scores by the rank the alternative gets; "
                "a long dark first segment means it often comes first."
            ),
            value_label=self.tr("Share of the samples"),
            formatter=fmt_percent,
            show_totals=False,
        )
        left.addWidget(self.rank_chart)
        self.smaa_model = AnalysisSmaaModel(self)
        self.smaa_table = self._table(self.smaa_model, self.tr("Acceptabilities and confidence factors"))
        left.addWidget(self.smaa_table)
        left.setStretchFactor(0, 3)
        left.setStretchFactor(1, 2)
        split.addWidget(left)
        right = QTabWidget(page)
        right.setAccessibleName(self.tr("Pairwise winning and central weights"))
        self.winning_chart = HeatMapChart(
            self.tr("Pairwise winning"),
            self.tr(
                "Each cell gives the share of the random draws, in per cent, in which the row alternative has a "
                "greater value than the column alternative (numbered as the rows)."
            ),
            describe=self._describe_winning,
        )
        right.addTab(self.winning_chart, self.tr("Pairwise &winning"))
        self.central_chart = StackedBarChart(
            self.tr("Central weights"),
            self.tr(
                "The typical weights that make each alternative the best: the mean weights of the draws in which "
                "it came first."
            ),
            value_label=self.tr("Weight"),
            show_totals=False,
        )
        right.addTab(self.central_chart, self.tr("Central &weights"))
        split.addWidget(right)
        layout.addWidget(split, 1)
        return page

    def _describe_winning(self, a: str, b: str, share: float) -> str:
        return self.tr("{a} has a greater value than {b} in {share} of the samples").format(
            a=a, b=b, share=fmt_percent(share, 1)
        )

    # -- state --------------------------------------------------------------------------

    def exact_result(self) -> AnalysisResult | None:
        return self._exact

    def smaa_result(self) -> AnalysisResult | None:
        return self._smaa

    def stale_kinds(self) -> set[str]:
        """Which shown results are out of date: ``"exact"`` and/or ``"smaa"``."""
        model = self.document.model
        out = set()
        if self._exact is not None and stale_parts(self._exact.model, model, "exact"):
            out.add("exact")
        if self._smaa is not None and (
            stale_parts(self._smaa.model, model, "full") or not self._smaa_settings_match()
        ):
            out.add("smaa")
        return out

    def _smaa_settings_match(self) -> bool:
        if self._smaa is None or not self._smaa.has_smaa:
            return False
        smaa = self._smaa.data["smaa"]
        return bool(smaa["samples"] == self.samples_spin.value() and smaa["seed"] == self.seed_spin.value())

    def is_running(self) -> bool:
        return self.runner.is_running()

    # -- running ---------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._pending:
            self._debounce.start(0)

    def _on_document_model_changed(self, changes: ChangeSet) -> None:
        if not (changes.parts & ANALYSIS_PARTS):
            return
        self._stopped = False
        for kind in ("exact", "full", "contraction"):
            self.runner.cancel(kind)
        self._pending = True
        self._show_status()
        self._mark_stale()
        if self.isVisible():
            self._debounce.start()

    def _on_smaa_settings_changed(self, _value: int) -> None:
        self._mark_stale()
        self._show_status()
        if self.isVisible() and small_enough(self.document.model, self.samples_spin.value()):
            self._pending = True
            self._debounce.start()

    def _auto_run(self) -> None:
        if not self._pending or self._stopped:
            return
        self._pending = False
        model = self.document.model
        if not model.alternatives or not any(True for _ in model.walk_criteria()):
            self._exact = self._smaa = None
            self._failure = None
            self._show_all()
            return
        if small_enough(model, self.samples_spin.value()):
            self.run_full()
        elif "exact" in self.stale_kinds() or self._exact is None:
            self.run_exact()

    def run_exact(self) -> Job:
        """Run the exact part (values, differences, contraction, dominance, rules)."""
        self._stopped = False
        model = self.document.model
        job = self.runner.run("exact", partial(exact_analysis, model), model)
        self.controls.set_running(True)
        self._show_status()
        return job

    def run_full(self) -> Job:
        """Run the whole analysis (``diva analyze``) with the chosen samples and seed."""
        self._stopped = False
        self._pending = False
        model = self.document.model
        samples, seed = self.samples_spin.value(), self.seed_spin.value()
        self.runner.cancel("exact")
        job = self.runner.run(
            "full",
            partial(full_analysis, model, samples=samples, seed=seed),
            model,
            samples=samples,
            seed=seed,
        )
        self.controls.set_running(True)
        self._show_status()
        return job

    def cancel(self) -> None:
        """Stop the running analyses; the results shown stay (marked out of date if they are)."""
        self._stopped = True
        self.runner.cancel()

    def _on_runner_progressed(self, kind: str, fraction: float) -> None:
        if kind in ("exact", "full"):
            self.controls.set_progress(fraction)

    def _on_runner_finished(self, kind: str, job: Job) -> None:
        if kind == "contraction":
            self._show_contraction_curve(job)
            return
        result: AnalysisResult = job.result
        self._failure = None
        self._exact = result
        if kind == "full":
            self._smaa = result
        self._after_run()
        if (
            kind == "exact"
            and small_enough(self.document.model, self.samples_spin.value())
            and "smaa" in self.stale_kinds()
        ):
            self.run_full()

    def _on_runner_failed(self, kind: str, job: Job) -> None:
        if kind == "contraction":
            return
        error = job.error
        if isinstance(error, DivaError):
            self._failure = self.tr("The analysis cannot run: {problems}").format(
                problems=problems_text(error.problems, self.document.model)
            )
        else:
            self._failure = self.tr("The analysis failed: {error}").format(error=str(error))
        self._after_run()

    def _on_runner_cancelled(self, kind: str) -> None:
        if kind in ("exact", "full"):
            self._after_run()

    def _after_run(self) -> None:
        running = self.runner.is_running("exact") or self.runner.is_running("full")
        self.controls.set_running(running)
        self._show_all()
        if not running and self.stale_kinds() & {"exact"} and not self._stopped and self.isVisible():
            self._pending = True
            self._debounce.start()

    # -- showing ----------------------------------------------------------------------------

    def _mark_stale(self) -> None:
        stale = self.stale_kinds()
        exact = "exact" in stale
        smaa = "smaa" in stale
        exact_charts: list[ChartFrame] = [
            self.values_chart,
            self.contribution_chart,
            self.comparison_chart,
            self.dominance_graph,
            self.matrix,
            self.contraction_chart,
        ]
        for chart in exact_charts:
            chart.set_stale(exact)
        for chart in (self.rank_chart, self.winning_chart, self.central_chart):
            chart.set_stale(smaa)

    def _show_status(self) -> None:
        if self.runner.is_running("full"):
            self.controls.set_status(
                self.tr("Computing the analysis with {samples} samples…").format(
                    samples=self.locale().toString(self.samples_spin.value())
                )
            )
            return
        if self.runner.is_running("exact"):
            self.controls.set_status(self.tr("Computing values and differences…"))
            return
        if self._failure:
            self.controls.set_status(self._failure, stale=True)
            return
        model = self.document.model
        if not model.alternatives or not any(True for _ in model.walk_criteria()):
            self.controls.set_status(self.tr("Add criteria and alternatives to see the analysis."))
            return
        stale = self.stale_kinds()
        if "exact" in stale and self._exact is not None:
            parts = stale_parts(self._exact.model, model, "exact")
            text = stale_sentence(parts)
            if self._stopped:
                text += " " + self.tr("Stopped; press Run to compute them again.")
            self.controls.set_status(text, stale=True)
            return
        if "smaa" in stale:
            self.controls.set_status(
                self.tr(
                    "The acceptabilities are out of date; press Run to compute them with {samples} samples."
                ).format(samples=self.locale().toString(self.samples_spin.value())),
                stale=True,
            )
            return
        if self._exact is None:
            self.controls.set_status(self.tr("Press Run to analyse the model."))
            return
        if self._smaa is None:
            self.controls.set_status(self.tr("Values are up to date; press Run for the acceptabilities."))
            return
        self.controls.set_status(self.tr("The results are up to date."))

    def _show_all(self) -> None:
        self._show_status()
        self._show_overview()
        self._show_why()
        self._show_robustness()
        self._show_acceptabilities()
        self._mark_stale()

    def _names(self, result: AnalysisResult) -> dict[str, str]:
        return alternative_names(result.model)

    def _show_overview(self) -> None:
        r = self._exact
        self.rules_model.set_result(r)
        self.values_model.set_result(r)
        if r is None:
            self.values_chart.set_rows([])
            self.warnings_label.setText("")
            self.rules_sentence.setText("")
            return
        names = self._names(r)
        d = r.data
        order = ranked(d)
        winners = set(d["rules"].get("focal", []))
        self.values_chart.set_rows(
            [
                IntervalRow(
                    f"{i + 1}. {names[a]}",
                    d["values"][a]["focal"],
                    d["values"][a]["min"],
                    d["values"][a]["max"],
                    note=self.tr("Max. regret {regret}").format(
                        regret=self.locale().toString(d["max_regret"][a], "f", 3)
                    ),
                    marked=a in winners,
                )
                for i, a in enumerate(order)
            ],
            x_range=(0.0, 1.0),
        )
        self.values_chart.set_legend(
            [
                (ORANGE, self.tr("best at the representative weights")),
                (SKY_BLUE, self.tr("the other alternatives")),
            ]
        )
        every = [set(v) for v in d["rules"].values()]
        common = set.intersection(*every) if every else set()
        if common:
            self.rules_sentence.setText(
                self.tr("Every decision rule picks {names}.").format(
                    names=", ".join(names[a] for a in order if a in common)
                )
            )
        else:
            self.rules_sentence.setText(self.tr("The decision rules disagree; look at the robustness views."))
        warnings = [plain_warning(w, r.model) for w in d.get("warnings", [])]
        if warnings:
            items = "".join(f"<li>{_escape(w)}</li>" for w in warnings)
            self.warnings_label.setText(f"<ul style='margin-left:0'>{items}</ul>")
        else:
            self.warnings_label.setText(self.tr("No warnings."))

    def _selected_alternatives(self, r: AnalysisResult) -> list[str]:
        order = ranked(r.data)
        if self._selected is None:
            keep = order[:DEFAULT_SELECTED]
            self._selected = set(keep)
        return [a for a in order if a in self._selected]

    def _show_why(self) -> None:
        r = self._exact
        self.alternative_list.blockSignals(True)
        self.alternative_list.clear()
        self.compare_a.blockSignals(True)
        self.compare_b.blockSignals(True)
        previous = (self.compare_a.currentData(), self.compare_b.currentData())
        self.compare_a.clear()
        self.compare_b.clear()
        if r is None or r.ev is None:
            self.alternative_list.blockSignals(False)
            self.compare_a.blockSignals(False)
            self.compare_b.blockSignals(False)
            self.contribution_chart.set_data([], [], np.zeros((0, 0)), [])
            empty = np.zeros(0)
            self.comparison_chart.set_data(
                [],
                ("", ""),
                contribution_a=empty,
                contribution_b=empty,
                weights=empty,
                value_a=empty,
                value_b=empty,
            )
            return
        names = self._names(r)
        order = ranked(r.data)
        self._selected = {a for a in (self._selected or set()) if a in names} or None
        chosen = self._selected_alternatives(r)
        for a in order:
            item = QListWidgetItem(names[a])
            item.setData(Qt.ItemDataRole.UserRole, a)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if a in chosen else Qt.CheckState.Unchecked)
            item.setToolTip(names[a])
            self.alternative_list.addItem(item)
            self.compare_a.addItem(names[a], a)
            self.compare_b.addItem(names[a], a)
        a0 = previous[0] if previous[0] in names else order[0]
        b0 = previous[1] if previous[1] in names else order[min(1, len(order) - 1)]
        self.compare_a.setCurrentIndex(max(self.compare_a.findData(a0), 0))
        self.compare_b.setCurrentIndex(max(self.compare_b.findData(b0), 0))
        self.alternative_list.blockSignals(False)
        self.compare_a.blockSignals(False)
        self.compare_b.blockSignals(False)
        self._show_contributions()
        self._show_comparison()

    def _show_contributions(self) -> None:
        r = self._exact
        if r is None or r.ev is None:
            return
        names = self._names(r)
        leaves, colours, legend = leaf_colours(r.model)
        leaf_names = criterion_names(r.model)
        rows = self._selected_alternatives(r)
        contrib = r.contributions()
        index = {a: i for i, a in enumerate(r.ev.alternatives)}
        col = {c: j for j, c in enumerate(r.ev.leaves)}
        values = np.array([[contrib[index[a], col[c]] for c in leaves] for a in rows]).reshape(
            len(rows), len(leaves)
        )
        self.contribution_chart.set_data(
            [names[a] for a in rows], [leaf_names[c] for c in leaves], values, colours
        )
        self.contribution_chart.set_legend(legend)

    def _show_comparison(self, *_args: object) -> None:
        r = self._exact
        if r is None or r.ev is None or self.compare_a.count() == 0:
            return
        a, b = self.compare_a.currentData(), self.compare_b.currentData()
        ev = r.ev
        index = {x: i for i, x in enumerate(ev.alternatives)}
        leaf_names = criterion_names(r.model)
        leaves, _colours, _legend = leaf_colours(r.model)
        col = [list(ev.leaves).index(c) for c in leaves]
        w = ev.focal_weights[col]
        va, vb = ev.focal[index[a], col], ev.focal[index[b], col]
        names = self._names(r)
        self.comparison_chart.set_data(
            [leaf_names[c] for c in leaves],
            (names[a], names[b]),
            contribution_a=w * va,
            contribution_b=w * vb,
            weights=w,
            value_a=va,
            value_b=vb,
        )

    def _on_alternative_list_item_changed(self, item: QListWidgetItem) -> None:
        a = item.data(Qt.ItemDataRole.UserRole)
        if self._selected is None:
            self._selected = set()
        if item.checkState() == Qt.CheckState.Checked:
            self._selected.add(a)
        else:
            self._selected.discard(a)
        self._show_contributions()

    def set_explained(self, alternatives: list[str]) -> None:
        """Tick exactly ``alternatives`` in the Why view."""
        self._selected = set(alternatives)
        self._show_why()

    def _show_robustness(self) -> None:
        r = self._exact
        self.differences_model.set_result(r)
        if r is None:
            self.dominance_graph.set_data([], [])
            self.contraction_chart.set_data(("", ""), np.zeros(0), np.zeros(0), np.zeros(0), None)
            return
        names = self._names(r)
        order = ranked(r.data)
        pos = {a: i for i, a in enumerate(order)}
        self.dominance_graph.set_data(
            [names[a] for a in order],
            [(pos[a], pos[b]) for a, b in r.data["dominance"]],
            list(range(len(order))),
        )
        self.matrix.table.resizeColumnsToContents()
        pair = self._pair if self._pair is not None and all(x in pos for x in self._pair) else None
        if pair is None and len(order) >= 2:
            pair = (order[0], order[1])
        if pair is not None:
            self.select_pair(*pair)

    def select_pair(self, a: str, b: str) -> None:
        """Select the pair (a, b) in the matrix and draw its contraction chart."""
        order = self.differences_model.order()
        if a not in order or b not in order:
            return
        index = self.differences_model.index(order.index(a), order.index(b))
        self.matrix.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self._start_contraction(a, b)

    def _on_matrix_current_changed(
        self, current: QModelIndex | QPersistentModelIndex, _previous: object
    ) -> None:
        pair = self.differences_model.pair(current)
        if pair is not None:
            self.matrix.readout.setText(self.differences_model.sentence(*pair))
            if pair[0] != pair[1]:
                self._start_contraction(*pair)

    def _start_contraction(self, a: str, b: str) -> None:
        r = self._exact
        if r is None or r.ev is None or a == b:
            return
        self._pair = (a, b)
        ia, ib = r.ev.alternatives.index(a), r.ev.alternatives.index(b)
        self.runner.run(
            "contraction", partial(contraction_curve, r.ev, ia, ib), r.model, pair=(a, b), result=r
        )

    def _show_contraction_curve(self, job: Job) -> None:
        r = job.params.get("result")
        a, b = job.params["pair"]
        if r is not self._exact or r is None:
            return
        tau, low, high = job.result
        names = self._names(r)
        decided = r.data["differences"][a][b]["decided_at"]
        self.contraction_chart.set_title(
            self.tr("Contraction: {a} against {b}").format(a=names[a], b=names[b])
        )
        self.contraction_chart.set_data((names[a], names[b]), tau, low, high, decided)

    def _show_acceptabilities(self) -> None:
        r = self._smaa
        self.smaa_model.set_result(r)
        if r is None or not r.has_smaa:
            self.smaa_note.setText(self.tr("The acceptabilities have not been computed yet."))
            self.rank_chart.set_data([], [], np.zeros((0, 0)), [])
            self.winning_chart.set_data([], np.zeros((0, 0)))
            self.central_chart.set_data([], [], np.zeros((0, 0)), [])
            return
        smaa = r.data["smaa"]
        names = self._names(r)
        order = ranked(r.data)
        m = len(order)
        self.smaa_note.setText(
            self.tr("Estimated from {samples} random draws of weights and scores (seed {seed}).").format(
                samples=self.locale().toString(int(smaa["samples"])), seed=smaa["seed"]
            )
        )
        ranks = np.array([smaa["rank_acceptability"][a] for a in order]).reshape(m, m)
        rank_names = [self.tr("rank {rank}").format(rank=k + 1) for k in range(m)]
        colours = [ordinal(k, m) for k in range(m)]
        self.rank_chart.set_data([names[a] for a in order], rank_names, ranks, colours, x_max=1.0)
        legend = [(colours[k], rank_names[k]) for k in range(min(m, 10))]
        if m > 10:
            legend.append((colours[-1], self.tr("… rank {rank}").format(rank=m)))
        self.rank_chart.set_legend(legend)
        win = np.full((m, m), np.nan)
        for i, a in enumerate(order):
            for j, b in enumerate(order):
                if a != b:
                    win[i, j] = smaa["pairwise_winning"][a][b]
        self.winning_chart.set_data([names[a] for a in order], win)
        leaves, leaf_cols, legend_groups = leaf_colours(r.model)
        leaf_names = criterion_names(r.model)
        with_weights = [a for a in order if smaa["central_weights"].get(a) is not None]
        cw = np.array([[smaa["central_weights"][a][c] for c in leaves] for a in with_weights]).reshape(
            len(with_weights), len(leaves)
        )
        notes = [
            self.tr("Confidence factor {confidence}").format(confidence=fmt_percent(smaa["confidence"][a], 1))
            for a in with_weights
        ]
        self.central_chart.set_data(
            [names[a] for a in with_weights],
            [leaf_names[c] for c in leaves],
            cw,
            leaf_cols,
            notes=notes,
            x_max=1.0,
        )
        self.central_chart.set_legend(legend_groups)

    # -- for the other panels -----------------------------------------------------------------

    def charts(self) -> list[ChartFrame]:
        """Every chart of this panel (the sensitivity tab's too)."""
        own: list[ChartFrame] = [
            self.values_chart,
            self.contribution_chart,
            self.comparison_chart,
            self.dominance_graph,
            self.matrix,
            self.contraction_chart,
            self.rank_chart,
            self.winning_chart,
            self.central_chart,
        ]
        extra = getattr(self.sensitivity, "charts", None)
        return own + (list(extra()) if callable(extra) else [])


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


__all__ = ["AUTO_SMAA_LIMIT", "AnalysisPanel", "leaf_colours", "small_enough"]
