"""The report's figures as a few drawing primitives, laid out once for SVG and PDF.

:func:`layout` turns a :class:`~.tree.Figure` into a :class:`Canvas` of
rectangles, lines, diamonds and texts in points, y downward from the top-left
corner. :mod:`.svg` writes the canvas as SVG (HTML reports); :mod:`.pdf` draws the
same primitives with ReportLab, so both formats show the same picture.

Kinds of figure:

``intervals``
    One row per alternative: a bar from the least to the greatest value over
    all feasible weights and scores, a diamond at the focal value.
``bars``
    One row per item: a bar from 0 to the value (core index, acceptability),
    coloured by group, the value written at its end.

Colours are from the Okabe–Ito palette (distinguishable with the common colour
vision deficiencies); each group is also named in a legend.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TypeAlias

from .formats import NumberFormat
from .tree import BarRow, Figure, IntervalRow

FONT_SIZE = 8.0
ROW = 16.0
CHAR_WIDTH = 0.56  # of the font size: DejaVu Sans' average advance in mixed text, a little generous
INK = "#222222"
GRID = "#c8c8c8"
INTERVAL_FILL = "#56b4e9"
FOCAL_FILL = "#003f6b"
GROUP_COLOURS = {"core": "#009e73", "borderline": "#e69f00", "exterior": "#8c8c8c", "": "#0072b2"}


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    w: float
    h: float
    fill: str
    stroke: str | None = None


@dataclass(frozen=True)
class Line:
    x1: float
    y1: float
    x2: float
    y2: float
    stroke: str = INK
    width: float = 0.6


@dataclass(frozen=True)
class Diamond:
    cx: float
    cy: float
    r: float
    fill: str


@dataclass(frozen=True)
class Text:
    """A line of text; ``y`` is its baseline, ``anchor`` start, middle or end."""

    x: float
    y: float
    text: str
    size: float = FONT_SIZE
    anchor: str = "start"
    bold: bool = False
    fill: str = INK


Shape: TypeAlias = Rect | Line | Diamond | Text


@dataclass(frozen=True)
class Canvas:
    width: float
    height: float
    shapes: tuple[Shape, ...]


def text_width(text: str, size: float = FONT_SIZE) -> float:
    """An estimate of the width of ``text`` in DejaVu Sans (slightly generous)."""
    return len(text) * size * CHAR_WIDTH


def fit(text: str, width: float, size: float = FONT_SIZE) -> str:
    """``text`` shortened with an ellipsis to fit ``width`` (the full text is in the tables)."""
    if text_width(text, size) <= width:
        return text
    n = max(1, int(width / (size * CHAR_WIDTH)) - 1)
    return text[:n].rstrip() + "…"


def _ticks(low: float, high: float) -> list[float]:
    span = high - low
    step = 0.1 if span <= 0.6 else 0.2
    if span <= 0.25:
        step = 0.05
    first = math.ceil(low / step - 1e-9) * step
    out = []
    t = first
    while t <= high + 1e-9:
        out.append(round(t, 10))
        t += step
    return out


def _axis_range(rows: tuple[IntervalRow, ...]) -> tuple[float, float]:
    if not rows:
        return 0.0, 1.0
    low = min(r.low for r in rows)
    high = max(r.high for r in rows)
    lo = max(0.0, math.floor(low * 10 - 1e-9) / 10)
    hi = min(1.0, math.ceil(high * 10 + 1e-9) / 10)
    if hi - lo < 0.2:
        mid = (lo + hi) / 2
        lo, hi = max(0.0, mid - 0.1), min(1.0, mid + 0.1)
    return lo, hi


def layout(figure: Figure, fmt: NumberFormat, width: float = 480.0) -> Canvas:
    """The figure drawn in a canvas ``width`` points wide (see the module documentation)."""
    labels = [r.label for r in figure.rows]
    label_w = min(max((text_width(t) for t in labels), default=40.0) + 8.0, 0.42 * width)
    left = label_w + 6.0
    right = width - 34.0 if figure.kind == "bars" else width - 12.0
    top = 22.0 if figure.legend else 6.0
    shapes: list[Shape] = []
    if figure.kind == "intervals":
        lo, hi = _axis_range(tuple(r for r in figure.rows if isinstance(r, IntervalRow)))
    else:
        lo, hi = 0.0, 1.0

    def x_of(v: float) -> float:
        return left + (min(max(v, lo), hi) - lo) / (hi - lo) * (right - left)

    n = len(figure.rows)
    bottom = top + n * ROW
    for t in _ticks(lo, hi):
        x = x_of(t)
        shapes.append(Line(x, top, x, bottom, GRID, 0.4))
        label = (
            fmt.percent(t)
            if figure.percent
            else fmt.number(t, 2 if abs(t * 10 - round(t * 10)) > 1e-9 else 1)
        )
        shapes.append(Text(x, bottom + 10.0, label, 7.0, "middle"))
    shapes.append(Line(left, bottom, right, bottom, INK, 0.6))
    shapes.append(Text((left + right) / 2, bottom + 22.0, figure.axis, 7.5, "middle"))
    for i, row in enumerate(figure.rows):
        y = top + i * ROW
        mid = y + ROW / 2
        shapes.append(Text(label_w, mid + 3.0, fit(row.label, label_w - 4.0), FONT_SIZE, "end"))
        if isinstance(row, IntervalRow):
            x0, x1 = x_of(row.low), x_of(row.high)
            shapes.append(Rect(x0, mid - 4.0, max(x1 - x0, 1.0), 8.0, INTERVAL_FILL, "#2b7fb0"))
            shapes.append(Diamond(x_of(row.focal), mid, 4.2, FOCAL_FILL))
        elif isinstance(row, BarRow):
            colour = GROUP_COLOURS.get(row.group, GROUP_COLOURS[""])
            x1 = x_of(row.value)
            shapes.append(Rect(left, mid - 5.0, max(x1 - left, 0.8), 10.0, colour))
            text = fmt.percent(row.value) if figure.percent else fmt.number(row.value, 2)
            shapes.append(Text(x1 + 3.0, mid + 3.0, text, 7.0, "start"))
    if figure.legend:
        x = left
        for group, name in figure.legend:
            if group == "interval":
                shapes.append(Rect(x, 6.0, 16.0, 8.0, INTERVAL_FILL, "#2b7fb0"))
                x += 4.0
            elif group == "focal":
                shapes.append(Diamond(x + 5.0, 10.0, 4.2, FOCAL_FILL))
            else:
                shapes.append(Rect(x, 5.5, 9.0, 9.0, GROUP_COLOURS.get(group, GROUP_COLOURS[""])))
            shapes.append(Text(x + 14.0, 13.0, name, 7.5))
            x += 14.0 + text_width(name, 7.5) + 14.0
    height = bottom + 28.0
    return Canvas(width, height, tuple(shapes))
