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
each weight runs over its feasible range) and, on request, the score
thresholds. The thresholds are also offered to the Scores step:
:attr:`SensitivityPanel.score_thresholds_changed` and :func:`score_thresholds`.

The numbers come from the core's ``sensitivity`` (spec §5) when it is
installed; :func:`one_way_lines` gives the straight lines of the chart from
the prepared model. Sensitivity is cheap: it re-runs by itself after every
edit (on a worker thread, while the panel is shown).
"""

from __future__ import annotations

import importlib
import itertools
import math
from collections.abc import Mapping
from functools import partial
from typing import Any

import numpy as np
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
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
from diva_desktop.core.analysis.values import Evaluation
from diva_desktop.core.commands import ChangeSet, SetWeights
from diva_desktop.core.errors import DivaError
from diva_desktop.core.model import ROOT_ID, Model, PointWeights
from diva_desktop.core.preferences import weight_bounds
from diva_desktop.core.progress import CancelToken, Progress, check

from ..analysis_runner import ANALYSIS_PARTS, AnalysisRunner, Job, RunControls, stale_parts, stale_sentence
from ..charts.base import ChartFrame, fmt
from ..charts.tornado_chart import TornadoChart
from ..charts.weight_line_chart import Switch, WeightLineChart
from ..document import ProjectDocument
from ..messages import problems_text

DEBOUNCE_MS = 200
TIE = 1e-12


# ---------------------------------------------------------------------------
# Pure computations (worker thread)
# ---------------------------------------------------------------------------


def _local_with(ev: Evaluation, k: int, j: int, w: float) -> np.ndarray:
    """Node k's local weights with child j at ``w`` and the others in their focal proportions."""
    f = ev.local_focal(k).astype(float)
    n = f.size
    rest = 1.0 - f[j]
    out = f * ((1.0 - w) / rest) if rest > 1e-12 else np.full(n, (1.0 - w) / max(n - 1, 1))
    out[j] = w
    return out


def _global(ev: Evaluation, local: list[np.ndarray]) -> np.ndarray:
    L = len(ev.leaves)
    out = np.zeros(L)
    node_weight = np.ones(len(ev.nodes))
    for k, refs in enumerate(ev.children):  # parents come before their children
        for j, r in enumerate(refs):
            g = node_weight[k] * float(local[k][j])
            if r < L:
                out[r] = g
            else:
                node_weight[r - L] = g
    return out


def one_way_lines(ev: Evaluation, node: str, child: str) -> tuple[np.ndarray, np.ndarray]:
    """Every alternative's V at the child's local weight 0 and 1 (siblings in focal proportion).

    V is linear in that weight (spec §5), so these two ends give the whole line.
    """
    k = ev.nodes.index(node)
    children = _children_ids(ev, k)
    j = children.index(child)
    ends = []
    for w in (0.0, 1.0):
        local = [ev.local_focal(q).astype(float) for q in range(len(ev.nodes))]
        local[k] = _local_with(ev, k, j, w)
        ends.append(ev.focal @ _global(ev, local))
    return ends[0], ends[1]


def _children_ids(ev: Evaluation, k: int) -> list[str]:
    L = len(ev.leaves)
    return [ev.leaves[r] if r < L else ev.nodes[r - L] for r in ev.children[k]]


def _envelope(v0: np.ndarray, v1: np.ndarray) -> list[tuple[float, float, int]]:
    """Segments ``(start, end, best)`` of the upper envelope of the lines on [0, 1]."""
    slope = v1 - v0
    m = v0.size
    if m == 0:
        return []

    def best_at(w: float, prefer_slope: bool) -> int:
        values = v0 + slope * w
        top = values.max()
        tied = np.flatnonzero(values >= top - TIE)
        return int(tied[np.argmax(slope[tied])]) if prefer_slope else int(tied[0])

    segments: list[tuple[float, float, int]] = []
    w = 0.0
    best = best_at(0.0, True)
    while True:
        steeper = np.flatnonzero(slope > slope[best] + TIE)
        if steeper.size:
            cross = (v0[best] - v0[steeper]) / (slope[steeper] - slope[best])
            ahead = cross > w + 1e-12
            nxt = float(cross[ahead].min()) if ahead.any() else math.inf
        else:
            nxt = math.inf
        if nxt >= 1.0:
            segments.append((w, 1.0, best))
            break
        segments.append((w, nxt, best))
        w = nxt
        best = best_at(w, True)
    merged: list[tuple[float, float, int]] = []
    for seg in segments:  # a tie can split one alternative's stretch in two
        if merged and merged[-1][2] == seg[2]:
            merged[-1] = (merged[-1][0], seg[1], seg[2])
        else:
            merged.append(seg)
    return merged


def one_way_entry(ev: Evaluation, k: int, j: int) -> dict[str, Any]:
    """The spec §5 ``one_way`` entry of child j of node k (and the lines)."""
    node = ev.nodes[k]
    child = _children_ids(ev, k)[j]
    v0, v1 = one_way_lines(ev, node, child)
    focal = float(ev.local_focal(k)[j])
    lo, hi = weight_bounds(ev.sets[node])
    segments = _envelope(v0, v1)
    switches = [
        {"weight": s1, "best_before": ev.alternatives[b0], "best_after": ev.alternatives[b1]}
        for (_s0, s1, b0), (_t0, _t1, b1) in itertools.pairwise(segments)
        if b0 != b1
    ]
    stable = None
    for s0, s1, _b in segments:
        if s0 - 1e-12 <= focal <= s1 + 1e-12:
            stable = [s0, s1]
            break
    return {
        "node": node,
        "criterion": child,
        "focal": focal,
        "feasible": [float(lo[j]), float(hi[j])],
        "switches": switches,
        "stable": stable,
        "lines": {"at_zero": v0, "at_one": v1},
    }


def local_sensitivity(
    model: Model, *, progress: Progress | None = None, cancel: CancelToken | None = None
) -> dict[str, Any]:
    """Spec §5 one-way analyses and tornado, with the lines of every weight chart.

    Uses the core's ``sensitivity`` (``diva sensitivity``) for the published numbers
    when it is installed; the lines (and, without it, every number) come from the
    prepared model: V is linear in one local weight with the siblings in focal
    proportions.
    """
    ev = prepare(model)
    check(cancel)
    entries = []
    total = sum(len(ev.children[k]) for k in range(len(ev.nodes))) or 1
    done = 0
    for k in range(len(ev.nodes)):
        for j in range(len(ev.children[k])):
            check(cancel)
            entries.append(one_way_entry(ev, k, j))
            done += 1
            if progress is not None:
                progress(0.8 * done / total)
    tornado = []
    for e in entries:
        v0, v1 = e["lines"]["at_zero"], e["lines"]["at_one"]
        lo, hi = e["feasible"]
        a_lo, a_hi = v0 + (v1 - v0) * lo, v0 + (v1 - v0) * hi
        tornado.append(
            {
                "node": e["node"],
                "criterion": e["criterion"],
                "values": {
                    a: [float(min(x, y)), float(max(x, y))]
                    for a, x, y in zip(ev.alternatives, a_lo, a_hi, strict=True)
                },
            }
        )
    data: dict[str, Any] = {
        "format": "diva-sensitivity",
        "version": 1,
        "one_way": entries,
        "tornado": tornado,
    }
    core = _core_sensitivity()
    if core is not None:
        published = core(model)
        lines = {(e["node"], e["criterion"]): e["lines"] for e in entries}
        data = dict(published)
        data["one_way"] = [
            {**e, "lines": lines.get((e["node"], e["criterion"]))} for e in published.get("one_way", [])
        ]
    data["focal_values"] = {a: float(v) for a, v in zip(ev.alternatives, ev.focal_values, strict=True)}
    if progress is not None:
        progress(1.0)
    return data


def _core_sensitivity() -> Any:
    try:
        module = importlib.import_module("diva_desktop.core.analysis.sensitivity")
    except ImportError:
        return None
    return getattr(module, "sensitivity", None)


def score_thresholds(model: Model) -> Mapping[str, Any] | None:
    """The score thresholds of ``diva sensitivity`` (``None`` when the core does not give them).

    For the Scores step: what it can show in the consequence table on request.
    """
    core = _core_sensitivity()
    if core is None:
        return None
    result = core(model)
    thresholds = result.get("score_thresholds") if isinstance(result, Mapping) else None
    return thresholds if isinstance(thresholds, Mapping) else None


# ---------------------------------------------------------------------------
# The panel
# ---------------------------------------------------------------------------


class SensitivityPanel(QWidget):
    """One-way sensitivity, tornado chart and score thresholds (see the module documentation).

    Signals:
        score_thresholds_changed(object): the thresholds of the current model
            (a mapping, or ``None`` while they are out of date or unavailable).
    """

    score_thresholds_changed = Signal(object)

    def __init__(self, document: ProjectDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.runner = AnalysisRunner(self)
        self._result: dict[str, Any] | None = None
        self._result_model: Model | None = None
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
        self.thresholds_button = QPushButton(self.tr("Compute the score &thresholds"), thresholds)
        self.thresholds_button.clicked.connect(self.show_score_thresholds)
        t_layout.addWidget(self.thresholds_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.thresholds_note = QLabel(thresholds)
        self.thresholds_note.setWordWrap(True)
        t_layout.addWidget(self.thresholds_note)
        self.thresholds_table = QTableWidget(0, 0, thresholds)
        self.thresholds_table.setAccessibleName(self.tr("Score thresholds"))
        self.thresholds_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
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
        job = self.runner.run("sensitivity", partial(local_sensitivity, model), model)
        self.controls.set_running(True)
        self._show_status()
        return job

    def _on_runner_finished(self, kind: str, job: Job) -> None:
        if kind == "thresholds":
            self._show_thresholds(job.result)
            self.score_thresholds_changed.emit(job.result)
            return
        self._result = job.result
        self._result_model = job.model
        self._failure = None
        self.controls.set_running(False)
        self._show_all()

    def _on_runner_failed(self, kind: str, job: Job) -> None:
        error = job.error
        text = (
            problems_text(error.problems, self.document.model) if isinstance(error, DivaError) else str(error)
        )
        if kind == "thresholds":
            self.thresholds_note.setText(
                self.tr("The thresholds cannot be computed: {problems}").format(problems=text)
            )
            return
        self._failure = self.tr("The sensitivity analysis cannot run: {problems}").format(problems=text)
        self.controls.set_running(False)
        self._show_all()

    def _on_runner_cancelled(self, kind: str) -> None:
        if kind == "sensitivity":
            self.controls.set_running(False)
            self._show_status()

    # -- state ------------------------------------------------------------------------------

    def result(self) -> dict[str, Any] | None:
        return self._result

    def is_stale(self) -> bool:
        return bool(
            self._result is not None and stale_parts(self._result_model, self.document.model, "sensitivity")
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
                stale_sentence(stale_parts(self._result_model, self.document.model, "sensitivity")),
                stale=True,
            )
        elif self._result is None:
            self.controls.set_status(self.tr("Add criteria and alternatives to see the sensitivity."))
        else:
            self.controls.set_status(
                self.tr("Drag the orange line, or use the arrow keys on the chart, to try other weights.")
            )

    def _names(self) -> dict[str, str]:
        model = self._result_model or self.document.model
        return {a.id: a.name or a.id for a in model.alternatives}

    def _criterion_name(self, cid: str) -> str:
        model = self._result_model or self.document.model
        if cid == ROOT_ID:
            return self.tr("Overall (top level)")
        c = model.criterion(cid)
        return c.name if c is not None and c.name else cid

    def _show_all(self) -> None:
        self._show_status()
        self._mark_stale()
        r = self._result
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
        if r is not None:
            order = sorted(r["focal_values"], key=lambda a: -r["focal_values"][a])
            for a in order:
                self.tornado_combo.addItem(names.get(a, a), a)
            index = self.tornado_combo.findData(current_alt)
            self.tornado_combo.setCurrentIndex(index if index >= 0 else 0)
        self.tornado_combo.blockSignals(False)
        self._show_lines()
        self._show_tornado()

    def _on_node_changed(self, _index: int) -> None:
        self._fill_children()
        self._show_lines()

    def _fill_children(self) -> None:
        r = self._result
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
        r = self._result
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
        if e is None or e.get("lines") is None:
            self.line_chart.set_data(
                [], np.zeros(0), np.zeros(0), focal=0.0, feasible=(0.0, 1.0), stable=None, switches=[]
            )
            self.weight_spin.setEnabled(False)
            return
        names = self._names()
        alternatives = list(self._result["focal_values"]) if self._result is not None else []
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
            e["lines"]["at_zero"],
            e["lines"]["at_one"],
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
        if e is None or self._result_model is None:
            return None
        ev = prepare(self._result_model, check_model=False)
        k = ev.nodes.index(e["node"])
        children = _children_ids(ev, k)
        local = _local_with(ev, k, children.index(e["criterion"]), self.line_chart.weight())
        return {c: float(x) for c, x in zip(children, local, strict=True)}

    def apply_weight(self) -> bool:
        """Write the tried weights to the model as point weights of the node (undoable)."""
        e = self.entry()
        weights = self.trial_weights()
        if e is None or weights is None or self.is_stale():
            return False
        return self.document.execute(SetWeights(node=e["node"], pref=PointWeights(weights=weights)))

    def _show_tornado(self, *_args: object) -> None:
        r = self._result
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
            r["focal_values"][a],
        )

    # -- score thresholds ---------------------------------------------------------------------

    def show_score_thresholds(self) -> None:
        """Compute the score thresholds (on request) and show them."""
        model = self.document.model

        def compute(*, progress: object = None, cancel: object = None) -> Mapping[str, Any] | None:
            return score_thresholds(model)

        self.thresholds_note.setText(self.tr("Computing…"))
        self.runner.run("thresholds", compute, model)

    def _show_thresholds(self, thresholds: Mapping[str, Any] | None) -> None:
        table = self.thresholds_table
        table.clear()
        if thresholds is None:
            table.setRowCount(0)
            table.setColumnCount(0)
            self.thresholds_note.setText(self.tr("Score thresholds are not available in this version."))
            return
        rows = _threshold_rows(thresholds)
        table.setColumnCount(3)
        table.setHorizontalHeaderLabels([self.tr("Alternative"), self.tr("Criterion"), self.tr("Threshold")])
        table.setRowCount(len(rows))
        names = {a.id: a.name or a.id for a in self.document.model.alternatives}
        for i, (a, c, text) in enumerate(rows):
            table.setItem(i, 0, QTableWidgetItem(names.get(a, a)))
            table.setItem(i, 1, QTableWidgetItem(self._criterion_name(c)))
            table.setItem(i, 2, QTableWidgetItem(text))
        self.thresholds_note.setText(
            self.tr("How far each score can move before the best alternative changes.")
        )

    def charts(self) -> list[ChartFrame]:
        return [self.line_chart, self.tornado_chart]


def _threshold_rows(thresholds: Mapping[str, Any]) -> list[tuple[str, str, str]]:
    """Flatten ``{alternative: {criterion: value}}`` for the table (values shown as given)."""
    rows: list[tuple[str, str, str]] = []
    for a, per in thresholds.items():
        if isinstance(per, Mapping):
            for c, value in per.items():
                rows.append((str(a), str(c), _threshold_text(value)))
    return rows


def _threshold_text(value: Any) -> str:
    if isinstance(value, (int, float)):
        return fmt(float(value), 3)
    if isinstance(value, (list, tuple)):
        return " … ".join(_threshold_text(v) for v in value)
    if isinstance(value, Mapping):
        return ", ".join(f"{k} {_threshold_text(v)}" for k, v in value.items())
    return "–" if value is None else str(value)


__all__ = ["SensitivityPanel", "local_sensitivity", "one_way_lines", "score_thresholds"]
