"""Portfolios in the cost–value plane (spec §6).

The efficient frontier at the focal point (no other feasible portfolio has a
value at least as high for a cost no higher) is a line of dots; the
non-dominated portfolios of Robust Portfolio Modeling are diamonds at their
focal value with a bar from their least to greatest value over S; the focal
optimum is a large star; the budget a dashed vertical line. Costs of a million
or more are drawn in millions.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QWidget

from .base import ChartFrame, fmt
from .palette import BLUE, GREY, ORANGE, VERMILLION


@dataclass(frozen=True)
class PortfolioPoint:
    """A portfolio drawn: its members' names, cost and focal value (with min/max when known)."""

    names: tuple[str, ...]
    cost: float
    value: float
    value_min: float | None = None
    value_max: float | None = None


class FrontierChart(ChartFrame):
    """Cost against value (see the module documentation)."""

    def __init__(self, title: str, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(title, caption, parent)
        self._frontier: list[PortfolioPoint] = []
        self._nd: list[PortfolioPoint] = []
        self._optimum: PortfolioPoint | None = None
        self._scale = 1.0
        item = self.plot_item
        item.showGrid(x=True, y=True, alpha=0.2)
        item.setLabel("left", self.tr("Value added"))
        self.frontier_line = pg.PlotDataItem(
            [], [], pen=pg.mkPen(BLUE, width=2), symbol="o", symbolSize=7, symbolBrush=BLUE, symbolPen=None
        )
        self.nd_bars = pg.ErrorBarItem(
            x=np.zeros(0),
            y=np.zeros(0),
            top=np.zeros(0),
            bottom=np.zeros(0),
            beam=0.0,
            pen=pg.mkPen(ORANGE, width=1.5),
        )
        self.nd_points = pg.ScatterPlotItem(
            [], [], symbol="d", size=11, brush=pg.mkBrush(ORANGE), pen=pg.mkPen("#ffffff")
        )
        self.optimum = pg.ScatterPlotItem(
            [], [], symbol="star", size=22, brush=pg.mkBrush(VERMILLION), pen=pg.mkPen("#000000")
        )
        self.optimum.setZValue(20)
        self.budget_line = pg.InfiniteLine(
            pos=0.0, angle=90, pen=pg.mkPen(GREY, width=1.5, style=Qt.PenStyle.DashLine)
        )
        self.current_mark = pg.ScatterPlotItem(
            [], [], symbol="o", size=20, brush=None, pen=pg.mkPen("#000000", width=2)
        )
        self.current_mark.setZValue(25)
        for it in (
            self.budget_line,
            self.frontier_line,
            self.nd_bars,
            self.nd_points,
            self.optimum,
            self.current_mark,
        ):
            item.addItem(it)
        self.set_legend(
            [
                (BLUE, self.tr("efficient frontier")),
                (ORANGE, self.tr("non-dominated portfolios (bar: least to greatest value)")),
                (VERMILLION, self.tr("focal optimum")),
                (GREY, self.tr("budget")),
            ]
        )

    def set_data(
        self,
        frontier: Sequence[PortfolioPoint],
        non_dominated: Sequence[PortfolioPoint],
        optimum: PortfolioPoint | None,
        budget: float | None,
    ) -> None:
        self._frontier = list(frontier)
        self._nd = list(non_dominated)
        self._optimum = optimum
        costs = [p.cost for p in (*self._frontier, *self._nd)] + ([budget] if budget else [])
        self._scale = 1e6 if max(costs, default=0.0) >= 1e6 else 1.0
        s = self._scale
        self.plot_item.setLabel("bottom", self.tr("Cost (million SEK)") if s > 1 else self.tr("Cost (SEK)"))
        self.frontier_line.setData([p.cost / s for p in self._frontier], [p.value for p in self._frontier])
        xs = np.array([p.cost / s for p in self._nd])
        ys = np.array([p.value for p in self._nd])
        tops = np.array([(p.value_max if p.value_max is not None else p.value) - p.value for p in self._nd])
        bottoms = np.array(
            [p.value - (p.value_min if p.value_min is not None else p.value) for p in self._nd]
        )
        self.nd_bars.setData(x=xs, y=ys, top=tops, bottom=bottoms, beam=0.0)
        self.nd_points.setData(xs, ys)
        if optimum is not None:
            self.optimum.setData([optimum.cost / s], [optimum.value])
        else:
            self.optimum.setData([], [])
        if budget:
            self.budget_line.setPos(budget / s)
            self.budget_line.show()
        else:
            self.budget_line.hide()
        self.plot_item.enableAutoRange()
        self.refresh_current()

    def _items(self) -> list[tuple[str, PortfolioPoint]]:
        out: list[tuple[str, PortfolioPoint]] = []
        if self._optimum is not None:
            out.append(("optimum", self._optimum))
        out += [("frontier", p) for p in self._frontier]
        out += [("nd", p) for p in self._nd]
        return out

    def item_count(self) -> int:
        return len(self._items())

    def item_text(self, i: int) -> str:
        kind, p = self._items()[i]
        members = ", ".join(p.names) if p.names else self.tr("nothing")
        cost = fmt(p.cost / self._scale, 2 if self._scale > 1 else 0)
        head = {
            "optimum": self.tr("Focal optimum"),
            "frontier": self.tr("On the frontier"),
            "nd": self.tr("Non-dominated"),
        }[kind]
        text = self.tr("{head}: cost {cost}, value {value} — {members}").format(
            head=head, cost=cost, value=fmt(p.value, 3), members=members
        )
        if p.value_min is not None and p.value_max is not None:
            text += " " + self.tr("(value between {low} and {high})").format(
                low=fmt(p.value_min, 3), high=fmt(p.value_max, 3)
            )
        return text

    def show_current(self, i: int) -> None:
        items = self._items()
        if 0 <= i < len(items):
            p = items[i][1]
            self.current_mark.setData([p.cost / self._scale], [p.value])
        else:
            self.current_mark.setData([], [])

    def hover_text(self, scene_pos: QPointF) -> str | None:
        if self.data_point(scene_pos) is None:
            return None
        best, best_d = -1, 14.0
        for i, (_kind, p) in enumerate(self._items()):
            at = self.view_box.mapViewToScene(QPointF(p.cost / self._scale, p.value))
            d = ((at.x() - scene_pos.x()) ** 2 + (at.y() - scene_pos.y()) ** 2) ** 0.5
            if d < best_d:
                best, best_d = i, d
        return self.item_text(best) if best >= 0 else None


__all__ = ["FrontierChart", "PortfolioPoint"]
