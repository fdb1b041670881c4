"""A small live plot of a leaf's value function (pyqtgraph).

The plot items are created once and updated with ``setData`` whenever the scale
changes (linear: a line between worst and best; piecewise: its points joined;
levels: one dot per level at its value).
"""

from __future__ import annotations

import math
import os

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

import pyqtgraph as pg
from PySide6.QtCore import QLocale, QSize
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QVBoxLayout, QWidget

from diva_desktop.core.model import LevelsScale, LinearScale, Scale

from ..numbers import format_number

ACCENT = "#1565c0"


class LocaleAxis(pg.AxisItem):
    """Tick labels in the user's locale (a decimal comma in Swedish)."""

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        places = max(0, math.ceil(-math.log10(spacing * scale))) if spacing > 0 else 0
        locale = QLocale()
        return [locale.toString(float(v) * scale, "f", places) for v in values]


class ScalePlot(QWidget):
    """Plot of v(x) for one scale; call :meth:`show_scale`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Value function plot"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        background = self.palette().color(QPalette.ColorRole.Base)
        foreground = self.palette().color(QPalette.ColorRole.Text)
        self.plot = pg.PlotWidget(
            background=background,
            axisItems={"left": LocaleAxis("left"), "bottom": LocaleAxis("bottom")},
        )
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.showGrid(x=True, y=True, alpha=0.25)
        item = self.plot.getPlotItem()
        for name in ("left", "bottom"):
            axis = item.getAxis(name)
            axis.setPen(pg.mkPen(foreground))
            axis.setTextPen(pg.mkPen(foreground))
        item.setLabel("left", self.tr("Value"))
        self.plot.setYRange(0, 1, padding=0.08)
        self.curve = self.plot.plot(
            [],
            [],
            pen=pg.mkPen(QColor(ACCENT), width=2),
            symbol="o",
            symbolSize=7,
            symbolBrush=QColor(ACCENT),
            symbolPen=None,
        )
        layout.addWidget(self.plot)

    def sizeHint(self) -> QSize:
        return QSize(320, 180)

    def show_scale(self, scale: Scale | None, unit: str | None = None) -> None:
        item = self.plot.getPlotItem()
        bottom = item.getAxis("bottom")
        if scale is None:
            self.curve.setData([], [])
            bottom.setTicks(None)
            item.setLabel("bottom", "")
            return
        if isinstance(scale, LevelsScale):
            positions = list(range(len(scale.levels)))
            values = [lv.value for lv in scale.levels]
            bottom.setTicks([[(i, lv.label) for i, lv in enumerate(scale.levels)]])
            item.setLabel("bottom", self.tr("Level"))
            self.curve.setData(positions, values)
            self.plot.setXRange(-0.5, max(len(positions) - 0.5, 0.5), padding=0)
            return
        bottom.setTicks(None)
        xs: list[float]
        ys: list[float]
        if isinstance(scale, LinearScale):
            xs = [scale.worst, scale.best]
            ys = [0.0, 1.0]
            order = sorted(range(2), key=lambda i: xs[i])
            xs = [xs[i] for i in order]
            ys = [ys[i] for i in order]
        else:
            xs = [p[0] for p in scale.points]
            ys = [p[1] for p in scale.points]
        label = self.tr("Score ({unit})").format(unit=unit) if unit else self.tr("Score")
        item.setLabel("bottom", label)
        self.curve.setData(xs, ys)
        if xs and xs[0] != xs[-1]:
            self.plot.setXRange(xs[0], xs[-1], padding=0.05)
        self.setToolTip(
            "; ".join(f"{format_number(x)} → {format_number(y, decimals=2)}" for x, y in zip(xs, ys, strict=True))
        )
