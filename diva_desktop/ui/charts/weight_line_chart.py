"""One-way sensitivity: every alternative's value as one child's weight moves (spec §5).

The child's local weight runs over [0, 1] along the horizontal axis while its
siblings keep their focal proportions, so each alternative's value is a straight
line. Switch points (where the best alternative changes) are marked, the
feasible range of the weight and the stable interval are shaded, and the focal
weight is a line the user can drag (or move with the arrow keys): the read-out
then says which alternative is best there. Moving the line explores; applying it
to the model is the panel's business.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import QWidget

from .base import ChartFrame, fmt
from .palette import BLUISH_GREEN, GREY, ORANGE, categorical, lighter

_STYLES = (Qt.PenStyle.SolidLine, Qt.PenStyle.DashLine, Qt.PenStyle.DotLine, Qt.PenStyle.DashDotLine)


@dataclass(frozen=True)
class Switch:
    """The best alternative changes from ``before`` to ``after`` at ``weight``."""

    weight: float
    before: str
    after: str


def line_colour(i: int) -> QColor:
    return categorical(i)


def line_style(i: int) -> Qt.PenStyle:
    return _STYLES[(i // 8) % len(_STYLES)]


class WeightLineChart(ChartFrame):
    """Values against one weight, with a movable focal line (see the module documentation).

    Signals:
        weight_moved(float): the user moved the weight line (dragging or keys).
    """

    weight_moved = Signal(float)

    def __init__(self, title: str, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(title, caption, parent)
        self._names: list[str] = []
        self._v0 = np.zeros(0)
        self._v1 = np.zeros(0)
        self._focal = 0.0
        self._switches: list[Switch] = []
        self._curves: list[pg.PlotDataItem] = []
        self._switch_lines: list[pg.InfiniteLine] = []
        item = self.plot_item
        item.showGrid(x=True, y=True, alpha=0.2)
        item.setLabel("bottom", self.tr("Weight"))
        item.setLabel("left", self.tr("Value"))
        self.feasible = pg.LinearRegionItem(
            values=(0.0, 1.0), movable=False, brush=pg.mkBrush(lighter(GREY, 0.8)), pen=pg.mkPen(None)
        )
        self.stable = pg.LinearRegionItem(
            values=(0.0, 1.0),
            movable=False,
            brush=pg.mkBrush(lighter(BLUISH_GREEN, 0.35)),
            pen=pg.mkPen(None),
            span=(0.0, 0.035),
        )
        self.feasible.setZValue(-20)
        self.stable.setZValue(-19)
        item.addItem(self.feasible)
        item.addItem(self.stable)
        self.focal_line = pg.InfiniteLine(
            pos=0.0,
            angle=90,
            movable=True,
            bounds=(0.0, 1.0),
            pen=pg.mkPen(ORANGE, width=3),
            hoverPen=pg.mkPen(ORANGE.darker(130), width=4),
        )
        self.focal_line.setZValue(30)
        self.focal_line.sigPositionChanged.connect(self._on_focal_line_moved)
        self.home_line = pg.InfiniteLine(
            pos=0.0, angle=90, pen=pg.mkPen(ORANGE, width=1, style=Qt.PenStyle.DashLine)
        )
        item.addItem(self.home_line)
        item.addItem(self.focal_line)
        self.markers = pg.ScatterPlotItem(
            [], [], size=9, pen=pg.mkPen("#ffffff"), brush=pg.mkBrush("#333333")
        )
        self.markers.setZValue(31)
        item.addItem(self.markers)
        self.switch_marks = pg.ScatterPlotItem(
            [], [], symbol="t", size=12, brush=pg.mkBrush("#000000"), pen=None
        )
        item.addItem(self.switch_marks)

    def set_data(
        self,
        names: Sequence[str],
        at_zero: np.ndarray,
        at_one: np.ndarray,
        *,
        focal: float,
        feasible: tuple[float, float],
        stable: tuple[float, float] | None,
        switches: Sequence[Switch],
    ) -> None:
        """Lines from V(a) at weight 0 to V(a) at weight 1 for every alternative."""
        self._names = list(names)
        self._v0 = np.asarray(at_zero, dtype=float)
        self._v1 = np.asarray(at_one, dtype=float)
        self._focal = float(focal)
        self._switches = list(switches)
        n = len(self._names)
        while len(self._curves) < n:
            i = len(self._curves)
            curve = pg.PlotDataItem([], [], pen=pg.mkPen(line_colour(i), width=2, style=line_style(i)))
            self.plot_item.addItem(curve)
            self._curves.append(curve)
        for i, curve in enumerate(self._curves):
            if i < n:
                curve.setData([0.0, 1.0], [self._v0[i], self._v1[i]])
                curve.show()
            else:
                curve.setData([], [])
                curve.hide()
        self.feasible.setRegion(feasible)
        if stable is not None:
            self.stable.setRegion(stable)
            self.stable.show()
        else:
            self.stable.hide()
        while len(self._switch_lines) < len(self._switches):
            line = pg.InfiniteLine(
                pos=0.0, angle=90, pen=pg.mkPen("#000000", width=1, style=Qt.PenStyle.DotLine)
            )
            self.plot_item.addItem(line)
            self._switch_lines.append(line)
        for line, s in zip(self._switch_lines, self._switches, strict=False):
            line.setPos(s.weight)
            line.show()
        for line in self._switch_lines[len(self._switches) :]:
            line.hide()
        tops = [float(max(self.values_at(s.weight).max(initial=0.0), 0.0)) for s in self._switches]
        self.switch_marks.setData([s.weight for s in self._switches], tops)
        self.home_line.setPos(self._focal)
        self.set_legend([(line_colour(i), name) for i, name in enumerate(self._names)])
        lo = float(min(self._v0.min(initial=0.0), self._v1.min(initial=0.0), 0.0))
        hi = float(max(self._v0.max(initial=1.0), self._v1.max(initial=1.0)))
        self.plot_item.setXRange(0.0, 1.0, padding=0.02)
        self.plot_item.setYRange(lo, hi, padding=0.05)
        self.set_weight(self._focal, emit=False)

    def values_at(self, w: float) -> np.ndarray:
        """Every alternative's value at weight ``w`` (the lines are straight)."""
        return self._v0 + (self._v1 - self._v0) * float(w)

    def weight(self) -> float:
        return float(self.focal_line.value())

    def focal(self) -> float:
        return self._focal

    def switches(self) -> list[Switch]:
        return list(self._switches)

    def set_weight(self, w: float, *, emit: bool = True) -> None:
        """Move the weight line to ``w`` (clamped to [0, 1])."""
        w = min(max(float(w), 0.0), 1.0)
        self.focal_line.blockSignals(True)
        self.focal_line.setValue(w)
        self.focal_line.blockSignals(False)
        self._update_markers()
        if emit:
            self.weight_moved.emit(w)

    def _on_focal_line_moved(self, _line: object) -> None:
        self._update_markers()
        self.weight_moved.emit(self.weight())

    def _update_markers(self) -> None:
        w = self.weight()
        values = self.values_at(w)
        self.markers.setData([w] * len(values), values)
        self.readout.setText(self.describe(w))

    def ranking_at(self, w: float) -> list[int]:
        """Alternatives from best to worst at weight ``w``."""
        values = self.values_at(w)
        return [int(i) for i in np.argsort(-values, kind="stable")]

    def describe(self, w: float) -> str:
        if not self._names:
            return ""
        values = self.values_at(w)
        order = self.ranking_at(w)
        best = order[0]
        others = ", ".join(f"{self._names[i]} {fmt(float(values[i]), 3)}" for i in order[1:4])
        return self.tr("At weight {w}: best is {best} ({value}); then {others}").format(
            w=fmt(w, 2), best=self._names[best], value=fmt(float(values[best]), 3), others=others
        )

    def item_count(self) -> int:
        return 0

    def key_pressed(self, event: QKeyEvent) -> bool:
        key = event.key()
        step = 0.1 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 0.01
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Down):
            self.set_weight(self.weight() - step)
            return True
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Up):
            self.set_weight(self.weight() + step)
            return True
        if key == Qt.Key.Key_Home:
            self.set_weight(0.0)
            return True
        if key == Qt.Key.Key_End:
            self.set_weight(1.0)
            return True
        return super().key_pressed(event)

    def hover_text(self, scene_pos: QPointF) -> str | None:
        p = self.data_point(scene_pos)
        if p is None or not self._names:
            return None
        values = self.values_at(p.x())
        i = int(np.argmin(np.abs(values - p.y())))
        return self.tr("{name}: value {value} at weight {w}").format(
            name=self._names[i], value=fmt(float(values[i]), 3), w=fmt(p.x(), 2)
        )


__all__ = ["Switch", "WeightLineChart"]
