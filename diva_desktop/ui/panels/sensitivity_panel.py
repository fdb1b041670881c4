"""Sensitivity (``diva sensitivity``, spec §5): weight lines, tornado chart, score thresholds.

Left, the one-way analysis of one weight: pick a criterion group (an internal
node) and one of its children; the chart draws every alternative's value as
that child's local weight runs over [0, 1] with its siblings in their focal
proportions, marks the switch points, shades the feasible range and the stable
interval, and shows the focal weight as a line to drag (or to move with the
arrow keys or the spin box). Moving it only explores; *Apply these weights*
writes them to the model as point weights of that node (one undoable
:class:`~diva_desktop.core.commands.SetWeights`).

Right, the tornado chart of a chosen alternative (how far its value moves as
each weight runs over its feasible range) and the score thresholds (how far
each score can move before the best alternative changes). The thresholds are
offered to the Scores step for its consequence table:
:attr:`SensitivityPanel.score_thresholds_changed` carries them (``None`` while
they are out of date), :func:`score_thresholds` computes them for a model,
:func:`thresholds_by_cell` indexes them by (alternative, criterion) and
:func:`threshold_sentence` says one in words.

Every figure is the core's: :func:`sensitivity_result` runs
:func:`diva_desktop.core.analysis.sensitivity.sensitivity` (the numbers of
``diva sensitivity --json``) and keeps the straight lines of
:func:`~diva_desktop.core.analysis.sensitivity.one_way_all` for the charts.
Sensitivity is cheap: it re-runs by itself after every edit (on a worker
thread, while the panel is shown).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import partial
from typing import Any

import numpy as np
from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from diva_desktop.core.analysis import prepare
from diva_desktop.core.analysis.sensitivity import one_way_all, sensitivity
from diva_desktop.core.commands import ChangeSet, SetWeights
from diva_desktop.core.errors import DivaError
from diva_desktop.core.model import ROOT_ID, Model, PointWeights
from diva_desktop.core.progress import CancelToken, Progress, check

from ..analysis_runner import ANALYSIS_PARTS, AnalysisRunner, Job, RunControls, stale_parts, stale_sentence
from ..charts.base import ChartFrame, fmt
from ..charts.tornado_chart import TornadoChart
from ..charts.weight_line_chart import Switch, WeightLineChart
from ..document import ProjectDocument
from ..messages import problems_text
from ..numbers import format_number

DEBOUNCE_MS = 200


# ---------------------------------------------------------------------------
# Pure computations (worker thread)
# ---------------------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class SensitivityResult:
    """``diva sensitivity`` of ``model`` (``data``, spec §5 and score thresholds) with chart lines.

    ``lines[(node, child)]`` are every alternative's values at the child's local
    weight 0 and 1 (the lines are straight); ``children[node]`` and
    ``local_focal[node]`` give each node's children and focal local weights;
    ``focal_values`` V at the focal point.
    """

    model: Model
    data: dict[str, Any]
    lines: Mapping[tuple[str, str], tuple[np.ndarray, np.ndarray]]
    children: Mapping[str, tuple[str, ...]]
    local_focal: Mapping[str, np.ndarray]
    focal_values: Mapping[str, float]

    def trial_weights(self, node: str, child: str, w: float) -> dict[str, float]:
        """The node's local weights with ``child`` at ``w`` and the others in focal proportions.

        ``w_j = (1 − w) f_j / (1 − f_c)`` (equal shares when ``f_c = 1``), as in spec §5.
        """
        children = self.children[node]
        f = np.asarray(self.local_focal[node], dtype=float)
        j = children.index(child)
        rest = 1.0 - float(f[j])
        others = f * ((1.0 - w) / rest) if rest > 1e-12 else np.full(f.size, (1.0 - w) / max(f.size - 1, 1))
        others[j] = w
        return {c: float(x) for c, x in zip(children, others, strict=True)}


def sensitivity_result(
    model: Model, *, progress: Progress | None = None, cancel: CancelToken | None = None
) -> SensitivityResult:
    """The core's sensitivity analysis of ``model`` and the lines of its weight charts."""
    data = sensitivity(model)
    check(cancel)
    ev = prepare(model, check_model=False)
    lines = {
        (ow.node, ow.criterion): (np.asarray(ow.intercept), np.asarray(ow.intercept + ow.slope))
        for ow in one_way_all(ev)
    }
    children = {n: tuple(ev.sets[n].children) for n in ev.nodes}
    local_focal = {n: ev.local_focal(k).copy() for k, n in enumerate(ev.nodes)}
    focal_values = {a: float(v) for a, v in zip(ev.alternatives, ev.focal_values, strict=True)}
    if progress is not None:
        progress(1.0)
    return SensitivityResult(model, data, lines, children, local_focal, focal_values)


def score_thresholds(model: Model) -> list[dict[str, Any]]:
    """The score thresholds of ``diva sensitivity`` for ``model`` (one entry per alternative and leaf).

    Each entry: ``alternative``, ``criterion``, ``score`` (the focal score),
    ``lower``/``upper`` (the nearest scores at which the best alternative
    changes, ``None`` where it never does), ``value_lower``/``value_upper`` and
    ``best_lower``/``best_upper`` (who becomes best there).
    """
    return list(sensitivity(model)["score_thresholds"])


def thresholds_by_cell(thresholds: Iterable[Mapping[str, Any]]) -> dict[tuple[str, str], Mapping[str, Any]]:
    """Score thresholds indexed by ``(alternative, criterion)`` (a consequence-table cell)."""
    return {(str(t["alternative"]), str(t["criterion"])): t for t in thresholds}


def _score_text(value: Any) -> str:
    if value is None:
        return "–"
    if isinstance(value, (list, tuple)):
        return "–".join(_score_text(v) for v in value)
    if isinstance(value, (int, float)):
        return format_number(float(value))
    return str(value)


def threshold_sentence(entry: Mapping[str, Any], model: Model) -> str:
    """One score threshold in words, e.g. for a tooltip of the consequence table."""
    names = {a.id: a.name or a.id for a in model.alternatives}

    def who(a: Any) -> str:
        return names.get(str(a), str(a))

    parts = []
    if entry.get("lower") is not None or entry.get("value_lower") is not None:
        at = _score_text(entry["lower"]) if entry.get("lower") is not None else fmt(entry["value_lower"], 2)
        parts.append(
            QCoreApplication.translate("ScoreThresholds", "at {score} or lower, {name} becomes best").format(
                score=at, name=who(entry.get("best_lower"))
            )
        )
    if entry.get("upper") is not None or entry.get("value_upper") is not None:
        at = _score_text(entry["upper"]) if entry.get("upper") is not None else fmt(entry["value_upper"], 2)
        parts.append(
            QCoreApplication.translate("ScoreThresholds", "at {score} or higher, {name} becomes best").format(
                score=at, name=who(entry.get("best_upper"))
            )
        )
    if not parts:
        return QCoreApplication.translate(
            "ScoreThresholds", "No change of this score alone changes the best alternative."
        )
    return "; ".join(parts)


# ---------------------------------------------------------------------------
# The panel
# ---------------------------------------------------------------------------


class SensitivityPanel(QWidget):
    """One-way sensitivity, tornado chart and score thresholds (see the module documentation).

    Signals:
        score_thresholds_changed(object): the score thresholds of the current model
            (the list of :func:`score_thresholds`), or ``None`` while they are out of date.
    """

    score_thresholds_changed = Signal(object)

    def __init__(self, document: ProjectDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.runner = AnalysisRunner(self)
        self._result: SensitivityResult | None = None
        self._failure: str | None = None
        self._pending = True
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self._auto_run)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.controls = RunControls(self.tr("Re&compute"), self)
        self.controls.run_requested.connect(self.run)
        self.controls.cancel_requested.connect(self.runner.cancel)
        layout.addWidget(self.controls)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.setChildrenCollapsible(False)
        split.addWidget(self._build_lines())
        split.addWidget(self._build_right())
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([640, 520])
        layout.addWidget(split, 1)

        self.runner.progressed.connect(lambda _k, f: self.controls.set_progress(f))
        self.runner.finished.connect(self._on_runner_finished)
        self.runner.failed.connect(self._on_runner_failed)
        self.runner.cancelled.connect(self._on_runner_cancelled)
        document.model_changed.connect(self._on_document_model_changed)
        self._show_all()

    def _build_lines(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.node_combo = QComboBox(page)
        self.node_combo.setAccessibleName(self.tr("Criterion whose weights to vary"))
        self.child_combo = QComboBox(page)
        self.child_combo.setAccessibleName(self.tr("Weight to vary"))
        for combo in (self.node_combo, self.child_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setMinimumContentsLength(16)
        node_label = QLabel(self.tr("Wei&ghts under"), page)
        node_label.setBuddy(self.node_combo)
        child_label = QLabel(self.tr("va&ry"), page)
        child_label.setBuddy(self.child_combo)
        for w in (node_label, self.node_combo, child_label, self.child_combo):
            row.addWidget(w)
        row.addStretch(1)
        self.node_combo.currentIndexChanged.connect(self._on_node_changed)
        self.child_combo.currentIndexChanged.connect(self._show_lines)
        layout.addLayout(row)
        self.line_chart = WeightLineChart(
            self.tr("Value as one weight changes"),
            self.tr(
                "Each line is an alternative's value as the chosen weight goes from 0 to 1 with the other weights "
                "in the same proportions; the grey band is the allowed range, the green strip where the best "
                "alternative stays best, and the orange line can be dragged to try another weight."
            ),
        )
        self.line_chart.weight_moved.connect(self._on_line_chart_weight_moved)
        layout.addWidget(self.line_chart, 1)
        row = QHBoxLayout()
        self.weight_spin = QDoubleSpinBox(page)
        self.weight_spin.setRange(0.0, 1.0)
        self.weight_spin.setDecimals(3)
        self.weight_spin.setSingleStep(0.01)
        self.weight_spin.setAccessibleName(self.tr("Weight to try"))
        self.weight_spin.valueChanged.connect(self._on_weight_spin_changed)
        weight_label = QLabel(self.tr("&Try the weight"), page)
        weight_label.setBuddy(self.weight_spin)
        self.reset_button = QPushButton(self.tr("Back to the &current weight"), page)
        self.reset_button.clicked.connect(self.reset_weight)
        self.apply_button = QPushButton(self.tr("&Apply these weights"), page)
        self.apply_button.setToolTip(
            self.tr(
                "Replace the weight statements of this criterion by these precise weights (can be undone)"
            )
        )
        self.apply_button.clicked.connect(self.apply_weight)
        for widget in (weight_label, self.weight_spin, self.reset_button, self.apply_button):
            row.addWidget(widget)
        row.addStretch(1)
        layout.addLayout(row)
        return page

    def _build_right(self) -> QWidget:
        tabs = QTabWidget()
        tabs.setAccessibleName(self.tr("Tornado chart and score thresholds"))
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.tornado_combo = QComboBox(page)
        self.tornado_combo.setAccessibleName(self.tr("Alternative of the tornado chart"))
        label = QLabel(self.tr("A&lternative:"), page)
        label.setBuddy(self.tornado_combo)
        row.addWidget(label)
        row.addWidget(self.tornado_combo, 1)
        self.tornado_combo.currentIndexChanged.connect(self._show_tornado)
        layout.addLayout(row)
        self.tornado_chart = TornadoChart(
            self.tr("Tornado"),
            self.tr(
                "Each bar shows how far the alternative's value moves as one weight runs over its allowed range; "
                "the widest bars are the weights that matter most."
            ),
        )
        layout.addWidget(self.tornado_chart, 1)
        tabs.addTab(page, self.tr("T&ornado"))
        thresholds = QWidget()
        t_layout = QVBoxLayout(thresholds)
        t_layout.setContentsMargins(0, 0, 0, 0)
        self.thresholds_note = QLabel(
            self.tr(
                "How far each score can move, the others staying as they are, before another alternative "
                "becomes the best."
            ),
            thresholds,
        )
        self.thresholds_note.setWordWrap(True)
        t_layout.addWidget(self.thresholds_note)
        self.thresholds_only = QCheckBox(
            self.tr("Only scores &that can change the best alternative"), thresholds
        )
        self.thresholds_only.setChecked(True)
        self.thresholds_only.toggled.connect(self._show_thresholds)
        t_layout.addWidget(self.thresholds_only)
        self.thresholds_table = QTableWidget(0, 6, thresholds)
        self.thresholds_table.setAccessibleName(self.tr("Score thresholds"))
        self.thresholds_table.setHorizontalHeaderLabels(
            [
                self.tr("Alternative"),
                self.tr("Criterion"),
                self.tr("Score now"),
                self.tr("Down to"),
                self.tr("Up to"),
                self.tr("Then best"),
            ]
        )
        self.thresholds_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.thresholds_table.verticalHeader().hide()
        self.thresholds_table.setWordWrap(False)
        header = self.thresholds_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in (
            0,
            1,
            5,
        ):  # long names are elided (full name in the tooltip); the thresholds stay in sight
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, 112)
        self.thresholds_table.setTextElideMode(Qt.TextElideMode.ElideRight)
        t_layout.addWidget(self.thresholds_table, 1)
        tabs.addTab(thresholds, self.tr("Score t&hresholds"))
        return tabs

    # -- running -----------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._pending:
            self._debounce.start(0)

    def _on_document_model_changed(self, changes: ChangeSet) -> None:
        if not (changes.parts & ANALYSIS_PARTS):
            return
        self.runner.cancel()
        self._pending = True
        self._show_status()
        self._mark_stale()
        self.score_thresholds_changed.emit(None)
        if self.isVisible():
            self._debounce.start()

    def _auto_run(self) -> None:
        if not self._pending:
            return
        self._pending = False
        model = self.document.model
        if not model.alternatives or not any(True for _ in model.walk_criteria()):
            self._result = None
            self._failure = None
            self._show_all()
            return
        self.run()

    def run(self) -> Job:
        """Recompute the sensitivity of the current model (on a worker thread)."""
        self._pending = False
        model = self.document.model
        job = self.runner.run("sensitivity", partial(sensitivity_result, model), model)
        self.controls.set_running(True)
        self._show_status()
        return job

    def _on_runner_finished(self, kind: str, job: Job) -> None:
        self._result = job.result
        self._failure = None
        self.controls.set_running(False)
        self._show_all()
        if not self.is_stale():
            self.score_thresholds_changed.emit(self.score_thresholds())

    def _on_runner_failed(self, kind: str, job: Job) -> None:
        error = job.error
        text = (
            problems_text(error.problems, self.document.model) if isinstance(error, DivaError) else str(error)
        )
        self._failure = self.tr("The sensitivity analysis cannot run: {problems}").format(problems=text)
        self.controls.set_running(False)
        self._show_all()

    def _on_runner_cancelled(self, kind: str) -> None:
        if kind == "sensitivity":
            self.controls.set_running(False)
            self._show_status()

    # -- state ------------------------------------------------------------------------------

    def result(self) -> dict[str, Any] | None:
        """The ``diva sensitivity`` document shown (``None`` before the first run)."""
        return self._result.data if self._result is not None else None

    def score_thresholds(self) -> list[dict[str, Any]] | None:
        """The score thresholds shown (``None`` before the first run or while out of date)."""
        if self._result is None or self.is_stale():
            return None
        return list(self._result.data.get("score_thresholds", []))

    def _result_model(self) -> Model | None:
        return self._result.model if self._result is not None else None

    def is_stale(self) -> bool:
        return bool(
            self._result is not None and stale_parts(self._result.model, self.document.model, "sensitivity")
        )

    def _mark_stale(self) -> None:
        stale = self.is_stale()
        self.line_chart.set_stale(stale)
        self.tornado_chart.set_stale(stale)
        self.apply_button.setEnabled(not stale and self._result is not None)

    def _show_status(self) -> None:
        if self.runner.is_running("sensitivity"):
            self.controls.set_status(self.tr("Computing the sensitivity…"))
        elif self._failure:
            self.controls.set_status(self._failure, stale=True)
        elif self.is_stale():
            self.controls.set_status(
                stale_sentence(stale_parts(self._result_model(), self.document.model, "sensitivity")),
                stale=True,
            )
        elif self._result is None:
            self.controls.set_status(self.tr("Add criteria and alternatives to see the sensitivity."))
        else:
            self.controls.set_status(
                self.tr("Drag the orange line, or use the arrow keys on the chart, to try other weights.")
            )

    def _names(self) -> dict[str, str]:
        model = self._result_model() or self.document.model
        return {a.id: a.name or a.id for a in model.alternatives}

    def _criterion_name(self, cid: str) -> str:
        model = self._result_model() or self.document.model
        if cid == ROOT_ID:
            return self.tr("Overall (top level)")
        c = model.criterion(cid)
        return c.name if c is not None and c.name else cid

    def _show_all(self) -> None:
        self._show_status()
        self._mark_stale()
        r = self.result()
        nodes: list[str] = []
        if r is not None:
            for e in r["one_way"]:
                if e["node"] not in nodes:
                    nodes.append(e["node"])
        current = self.node_combo.currentData()
        self.node_combo.blockSignals(True)
        self.node_combo.clear()
        for n in nodes:
            self.node_combo.addItem(self._criterion_name(n), n)
        index = self.node_combo.findData(current)
        self.node_combo.setCurrentIndex(index if index >= 0 else 0)
        self.node_combo.blockSignals(False)
        self._fill_children()
        names = self._names()
        current_alt = self.tornado_combo.currentData()
        self.tornado_combo.blockSignals(True)
        self.tornado_combo.clear()
        if self._result is not None:
            values = self._result.focal_values
            order = sorted(values, key=lambda a: -values[a])
            for a in order:
                self.tornado_combo.addItem(names.get(a, a), a)
            index = self.tornado_combo.findData(current_alt)
            self.tornado_combo.setCurrentIndex(index if index >= 0 else 0)
        self.tornado_combo.blockSignals(False)
        self._show_lines()
        self._show_tornado()
        self._show_thresholds()

    def _on_node_changed(self, _index: int) -> None:
        self._fill_children()
        self._show_lines()

    def _fill_children(self) -> None:
        r = self.result()
        node = self.node_combo.currentData()
        current = self.child_combo.currentData()
        self.child_combo.blockSignals(True)
        self.child_combo.clear()
        if r is not None:
            for e in r["one_way"]:
                if e["node"] == node:
                    self.child_combo.addItem(self._criterion_name(e["criterion"]), e["criterion"])
        index = self.child_combo.findData(current)
        self.child_combo.setCurrentIndex(index if index >= 0 else 0)
        self.child_combo.blockSignals(False)

    def entry(self) -> dict[str, Any] | None:
        """The ``one_way`` entry shown in the weight chart."""
        r = self.result()
        if r is None:
            return None
        node, child = self.node_combo.currentData(), self.child_combo.currentData()
        for e in r["one_way"]:
            if e["node"] == node and e["criterion"] == child:
                return dict(e)
        return None

    def select(self, node: str, child: str) -> None:
        """Show the weight chart of ``child`` under ``node``."""
        self.node_combo.setCurrentIndex(max(self.node_combo.findData(node), 0))
        self.child_combo.setCurrentIndex(max(self.child_combo.findData(child), 0))
        self._show_lines()

    def _show_lines(self, *_args: object) -> None:
        e = self.entry()
        lines = (
            self._result.lines.get((e["node"], e["criterion"])) if e is not None and self._result else None
        )
        if e is None or lines is None or self._result is None:
            self.line_chart.set_data(
                [], np.zeros(0), np.zeros(0), focal=0.0, feasible=(0.0, 1.0), stable=None, switches=[]
            )
            self.weight_spin.setEnabled(False)
            return
        names = self._names()
        alternatives = list(self._result.focal_values)
        switches = [
            Switch(
                float(s["weight"]),
                names.get(s["best_before"], s["best_before"]),
                names.get(s["best_after"], s["best_after"]),
            )
            for s in e["switches"]
        ]
        stable = (float(e["stable"][0]), float(e["stable"][1])) if e.get("stable") else None
        self.line_chart.set_data(
            [names.get(a, a) for a in alternatives],
            lines[0],
            lines[1],
            focal=float(e["focal"]),
            feasible=(float(e["feasible"][0]), float(e["feasible"][1])),
            stable=stable,
            switches=switches,
        )
        self.line_chart.set_title(
            self.tr("Value as the weight of ‘{criterion}’ changes").format(
                criterion=self._criterion_name(e["criterion"])
            )
        )
        if switches:
            text = "; ".join(
                self.tr("at {w}: {before} → {after}").format(
                    w=fmt(s.weight, 2), before=s.before, after=s.after
                )
                for s in switches
            )
            self.line_chart.set_caption(
                self.tr("Switch points (the best alternative changes) {points}.").format(points=text)
                + " "
                + self.tr(
                    "Grey: the allowed range; green strip: where the best alternative stays best; orange: the weight to try."
                )
            )
        else:
            self.line_chart.set_caption(
                self.tr("The best alternative is the same for every weight from 0 to 1.")
                + " "
                + self.tr(
                    "Grey: the allowed range; green strip: where the best alternative stays best; orange: the weight to try."
                )
            )
        self.weight_spin.setEnabled(True)
        self.weight_spin.blockSignals(True)
        self.weight_spin.setValue(float(e["focal"]))
        self.weight_spin.blockSignals(False)

    def _on_line_chart_weight_moved(self, w: float) -> None:
        self.weight_spin.blockSignals(True)
        self.weight_spin.setValue(w)
        self.weight_spin.blockSignals(False)

    def _on_weight_spin_changed(self, w: float) -> None:
        self.line_chart.set_weight(w, emit=False)

    def reset_weight(self) -> None:
        """Put the weight line back on the model's focal weight."""
        e = self.entry()
        if e is not None:
            self.line_chart.set_weight(float(e["focal"]))

    def trial_weights(self) -> dict[str, float] | None:
        """The node's local weights at the weight line (siblings in focal proportions)."""
        e = self.entry()
        if e is None or self._result is None:
            return None
        return self._result.trial_weights(e["node"], e["criterion"], self.line_chart.weight())

    def apply_weight(self) -> bool:
        """Write the tried weights to the model as point weights of the node (undoable)."""
        e = self.entry()
        weights = self.trial_weights()
        if e is None or weights is None or self.is_stale():
            return False
        return self.document.execute(SetWeights(node=e["node"], pref=PointWeights(weights=weights)))

    def _show_tornado(self, *_args: object) -> None:
        r = self.result()
        a = self.tornado_combo.currentData()
        if r is None or a is None:
            self.tornado_chart.set_data("", [], np.zeros(0), np.zeros(0), 0.0)
            return
        rows = []
        for t in r["tornado"]:
            lo, hi = t["values"][a]
            rows.append((hi - lo, self._criterion_name(t["criterion"]), lo, hi))
        rows.sort(key=lambda x: -x[0])
        self.tornado_chart.set_data(
            self._names().get(a, a),
            [x[1] for x in rows],
            np.array([x[2] for x in rows]),
            np.array([x[3] for x in rows]),
            self._result.focal_values[a] if self._result is not None else 0.0,
        )

    # -- score thresholds ---------------------------------------------------------------------

    def _show_thresholds(self, *_args: object) -> None:
        table = self.thresholds_table
        items = list(self._result.data.get("score_thresholds", [])) if self._result is not None else []
        model = self._result.model if self._result is not None else self.document.model
        names = {a.id: a.name or a.id for a in model.alternatives}
        if self.thresholds_only.isChecked():
            items = [t for t in items if t.get("best_lower") is not None or t.get("best_upper") is not None]
        table.setRowCount(len(items))
        for i, t in enumerate(items):
            lower = "–"
            if t.get("best_lower") is not None:
                at = _score_text(t["lower"]) if t.get("lower") is not None else fmt(t.get("value_lower"), 2)
                lower = self.tr("≤ {score}").format(score=at)
            upper = "–"
            if t.get("best_upper") is not None:
                at = _score_text(t["upper"]) if t.get("upper") is not None else fmt(t.get("value_upper"), 2)
                upper = self.tr("≥ {score}").format(score=at)
            best = t.get("best_lower") or t.get("best_upper")
            cells = [
                names.get(t["alternative"], t["alternative"]),
                self._criterion_name(t["criterion"]),
                _score_text(t["score"]) if t.get("score") is not None else self.tr("missing"),
                lower,
                upper,
                names.get(best, best) if best is not None else "–",
            ]
            sentence = threshold_sentence(t, model)
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(sentence if 2 <= j <= 4 else text)
                item.setData(Qt.ItemDataRole.UserRole, (t["alternative"], t["criterion"]))
                table.setItem(i, j, item)

    def charts(self) -> list[ChartFrame]:
        return [self.line_chart, self.tornado_chart]


__all__ = [
    "SensitivityPanel",
    "SensitivityResult",
    "score_thresholds",
    "sensitivity_result",
    "threshold_sentence",
    "thresholds_by_cell",
]
