"""Charts of the Follow-up step: one indicator over time, and expected vs realised value.

:class:`IndicatorChart` draws the selected indicator's measurements (dots joined
by a line, in the order of their dates) against its plan: a dashed line from the
baseline (value and date) to the target, and a vertical line at the as-of date.
Dates on the axis are in the locale's short date format.

:class:`RealisationChart` has one row per alternative with two bars: the expected
value (focal V(a), light) and the realised value (V with the measured criteria's
scores replaced by their latest measurements, dark); the do-nothing alternative's
value is a dotted vertical line. The read-out gives the realisation index and the
share of weight that is measured.

Both are created once and updated with ``setData``/``setOpts``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QDate, QLocale, QPointF, Qt
from PySide6.QtWidgets import QWidget

from .base import CategoryAxis, ChartFrame, fmt, fmt_percent, nice_step
from .palette import BLUE, GREY, SKY_BLUE, VERMILLION

_EPOCH = dt.date(1970, 1, 1)


def day_number(day: dt.date) -> float:
    """Days since 1970-01-01 (the x coordinate of a date)."""
    return float((day - _EPOCH).days)


def day_of(x: float) -> dt.date:
    return _EPOCH + dt.timedelta(days=round(x))


def locale_date(day: dt.date, locale: QLocale | None = None) -> str:
    """A date in the locale's short format (``2026-09-30`` in Swedish)."""
    loc = locale or QLocale()
    return loc.toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


class DateAxis(pg.AxisItem):
    """An axis of dates (x = days since 1970): ticks at the start of months, quarters or years."""

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list[tuple[float, list[float]]]:
        if not (np.isfinite(minVal) and np.isfinite(maxVal)) or maxVal <= minVal:
            return []
        first, last = day_of(minVal), day_of(maxVal)
        months = (last.year - first.year) * 12 + last.month - first.month + 1
        room = max(2, int(size // 90))  # about 90 pixels per label
        step = next((s for s in (1, 2, 3, 6, 12, 24, 60) if months / s <= room), 120)
        ticks = []
        y, m = first.year, first.month
        while (y, m) <= (last.year, last.month):
            if (m - 1) % min(step, 12) == 0 and (step < 12 or (y % (step // 12) == 0)):
                x = day_number(dt.date(y, m, 1))
                if minVal <= x <= maxVal:
                    ticks.append(x)
            m += 1
            if m > 12:
                y, m = y + 1, 1
        return [(float(step), ticks)]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        return [locale_date(day_of(v)) for v in values]


@dataclass(frozen=True)
class ChartMeasurement:
    """One point of :class:`IndicatorChart`."""

    day: dt.date
    value: float
    note: str = ""


class IndicatorChart(ChartFrame):
    """One indicator's measurements against its baseline→target plan (module documentation)."""

    def __init__(self, title: str, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(title, caption, parent, bottom_axis=DateAxis("bottom"))
        self._points: list[ChartMeasurement] = []
        self._unit = ""
        item = self.plot_item
        item.showGrid(x=True, y=True, alpha=0.2)
        self.plan_line = pg.PlotDataItem([], [], pen=pg.mkPen(GREY, width=2, style=Qt.PenStyle.DashLine))
        self.target_mark = pg.ScatterPlotItem(
            [], [], symbol="star", size=16, brush=pg.mkBrush(GREY), pen=None
        )
        self.measured_line = pg.PlotDataItem([], [], pen=pg.mkPen(BLUE, width=2))
        self.measured_dots = pg.ScatterPlotItem([], [], symbol="o", size=9, brush=pg.mkBrush(BLUE), pen=None)
        self.current_mark = pg.ScatterPlotItem(
            [], [], symbol="o", size=17, brush=None, pen=pg.mkPen("#444444", width=1.5)
        )
        self.as_of_line = pg.InfiniteLine(
            angle=90, movable=False, pen=pg.mkPen(VERMILLION, width=1.5, style=Qt.PenStyle.DotLine)
        )
        for it in (
            self.plan_line,
            self.target_mark,
            self.measured_line,
            self.measured_dots,
            self.current_mark,
        ):
            item.addItem(it)
        item.addItem(self.as_of_line, ignoreBounds=True)
        self.as_of_line.hide()

    def set_data(
        self,
        measurements: Sequence[ChartMeasurement],
        *,
        baseline: tuple[dt.date, float] | None,
        target: tuple[dt.date, float] | None,
        as_of: dt.date | None,
        unit: str = "",
    ) -> None:
        """The measurements (by date), the plan's ends and the as-of date."""
        self._points = sorted(measurements, key=lambda m: m.day)
        self._unit = unit
        xs = np.array([day_number(m.day) for m in self._points], dtype=float)
        ys = np.array([m.value for m in self._points], dtype=float)
        self.measured_line.setData(xs, ys)
        self.measured_dots.setData(xs, ys)
        if baseline is not None and target is not None:
            self.plan_line.setData([day_number(baseline[0]), day_number(target[0])], [baseline[1], target[1]])
            self.target_mark.setData([day_number(target[0])], [target[1]])
        elif baseline is not None:
            self.plan_line.setData([day_number(baseline[0])], [baseline[1]])
            self.target_mark.setData([], [])
        else:
            self.plan_line.setData([], [])
            self.target_mark.setData([], [])
        if as_of is not None:
            self.as_of_line.setPos(day_number(as_of))
            self.as_of_line.show()
        else:
            self.as_of_line.hide()
        all_x = list(xs) + [day_number(p[0]) for p in (baseline, target) if p is not None]
        all_y = list(ys) + [p[1] for p in (baseline, target) if p is not None]
        if all_x:
            lo, hi = min(all_x), max(all_x)
            if as_of is not None and lo - 400 <= day_number(as_of) <= hi + 400:
                lo, hi = min(lo, day_number(as_of)), max(hi, day_number(as_of))
            pad = max((hi - lo) * 0.12, 45.0)  # room for the first and last date labels
            self.plot_item.setXRange(lo - pad, hi + pad, padding=0)
            ylo, yhi = min(all_y), max(all_y)
            ypad = max((yhi - ylo) * 0.1, abs(yhi) * 0.05, 1e-6)
            self.plot_item.setYRange(ylo - ypad, yhi + ypad, padding=0)
        self.set_value_label(unit)
        legend = [(BLUE, self.tr("Measurements")), (GREY, self.tr("Plan: baseline to target"))]
        if as_of is not None:
            legend.append((VERMILLION, self.tr("As of {date}").format(date=locale_date(as_of))))
        self.set_legend(legend if all_x else [])
        self.refresh_current()

    def set_value_label(self, text: str) -> None:
        self.plot_item.setLabel("left", text)

    def points(self) -> list[ChartMeasurement]:
        return list(self._points)

    def item_count(self) -> int:
        return len(self._points)

    def item_text(self, i: int) -> str:
        p = self._points[i]
        value = QLocale().toString(float(p.value), "g", 12)
        if self._unit:
            value = f"{value} {self._unit}"
        text = self.tr("{date}: {value}").format(date=locale_date(p.day), value=value)
        return f"{text} — {p.note}" if p.note else text

    def show_current(self, i: int) -> None:
        if i < 0 or i >= len(self._points):
            self.current_mark.setData([], [])
            return
        p = self._points[i]
        self.current_mark.setData([day_number(p.day)], [p.value])

    def hover_text(self, scene_pos: QPointF) -> str | None:
        p = self.data_point(scene_pos)
        if p is None or not self._points:
            return None
        xs = np.array([day_number(m.day) for m in self._points])
        i = int(np.argmin(np.abs(xs - p.x())))
        (x0, x1), _ = self.view_box.viewRange()
        if abs(xs[i] - p.x()) > 0.03 * (x1 - x0):
            return None
        return self.item_text(i)


@dataclass(frozen=True)
class ValueRow:
    """One alternative of :class:`RealisationChart`."""

    name: str
    expected: float
    realised: float
    index: float | None
    coverage: float


class RealisationChart(ChartFrame):
    """Expected vs realised value per alternative (module documentation)."""

    def __init__(self, title: str, caption: str, parent: QWidget | None = None) -> None:
        axis = CategoryAxis("left")
        super().__init__(title, caption, parent, scrollable=True, left_axis=axis)
        self.axis = axis
        self._rows: list[ValueRow] = []
        self._reference: float | None = None
        item = self.plot_item
        item.invertY(True)
        item.showGrid(x=True, y=False, alpha=0.2)
        self.expected_bars = pg.BarGraphItem(x0=[], y=[], width=[], height=0.36, brush=SKY_BLUE, pen=None)
        self.realised_bars = pg.BarGraphItem(x0=[], y=[], width=[], height=0.36, brush=BLUE, pen=None)
        self.current_mark = pg.BarGraphItem(
            x0=[],
            y=[],
            width=[],
            height=0.95,
            brush=None,
            pen=pg.mkPen("#444444", width=1.5, style=Qt.PenStyle.DashLine),
        )
        self.reference_line = pg.InfiniteLine(
            angle=90, movable=False, pen=pg.mkPen(GREY, width=1.5, style=Qt.PenStyle.DotLine)
        )
        for it in (self.expected_bars, self.realised_bars, self.current_mark):
            item.addItem(it)
        item.addItem(self.reference_line, ignoreBounds=True)
        self.reference_line.hide()

    def set_data(
        self, rows: Sequence[ValueRow], *, reference: float | None, reference_name: str = ""
    ) -> None:
        """Rows in display order; ``reference`` is the do-nothing alternative's value (or ``None``)."""
        self._rows = list(rows)
        self._reference = reference
        n = len(self._rows)
        self.reserve_rows(n, extra=80)
        self.axis.set_categories([r.name for r in self._rows])
        ys = np.arange(n, dtype=float)
        expected = np.array([r.expected for r in self._rows], dtype=float)
        realised = np.array([r.realised for r in self._rows], dtype=float)
        self.expected_bars.setOpts(x0=np.zeros(n), y=ys - 0.19, width=expected, height=0.36)
        self.realised_bars.setOpts(x0=np.zeros(n), y=ys + 0.19, width=realised, height=0.36)
        top = float(max(expected.max(initial=0.0), realised.max(initial=0.0), 1e-6))
        step = nice_step(top / 5)
        top = float(np.ceil(top / step) * step)
        self.set_value_ticks(0.0, top)
        self.plot_item.setXRange(0.0, top * 1.02, padding=0.01)
        self.plot_item.setYRange(-0.6, max(n, 1) - 0.4, padding=0)
        legend = [(SKY_BLUE, self.tr("Expected value")), (BLUE, self.tr("Realised value"))]
        if reference is not None:
            self.reference_line.setPos(reference)
            self.reference_line.show()
            legend.append((GREY, self.tr("Do-nothing: {name}").format(name=reference_name)))
        else:
            self.reference_line.hide()
        self.set_legend(legend if n else [])
        self.refresh_current()

    def rows(self) -> list[ValueRow]:
        return list(self._rows)

    def item_count(self) -> int:
        return len(self._rows)

    def item_text(self, i: int) -> str:
        r = self._rows[i]
        return self.tr(
            "{name}: expected {expected}, realised {realised}, realisation index {index}, measured weight {coverage}"
        ).format(
            name=r.name,
            expected=fmt(r.expected, 3),
            realised=fmt(r.realised, 3),
            index=fmt(r.index, 2),
            coverage=fmt_percent(r.coverage),
        )

    def show_current(self, i: int) -> None:
        if i < 0 or i >= len(self._rows):
            self.current_mark.setOpts(x0=[], y=[], width=[])
            return
        (lo, hi), _ = self.view_box.viewRange()
        self.current_mark.setOpts(x0=[lo], y=[float(i)], width=[hi - lo], height=0.95)

    def hover_text(self, scene_pos: QPointF) -> str | None:
        p = self.data_point(scene_pos)
        if p is None:
            if self._axis_name_at(scene_pos) is None:
                return None
            p = self.view_box.mapSceneToView(scene_pos)
        i = round(p.y())
        return self.item_text(i) if 0 <= i < len(self._rows) else None


__all__ = [
    "ChartMeasurement",
    "DateAxis",
    "IndicatorChart",
    "RealisationChart",
    "ValueRow",
    "day_number",
    "locale_date",
]
