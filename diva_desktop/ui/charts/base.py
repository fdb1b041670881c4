"""The frame every analysis chart shares: heading, plot, legend, one plain sentence, export.

:class:`ChartFrame` holds a pyqtgraph ``PlotWidget`` (or another view), a
heading, an optional legend, a caption (one plain sentence that says what the
chart shows) and a read-out line that gives the numbers under the pointer or
under the keyboard cursor. Buttons export the figure (heading, chart, legend
and caption) as PNG or SVG (``QSvgGenerator``; PySide6-Essentials ships QtSvg)
and copy it to the clipboard (as an image and as SVG).

Keyboard: the chart takes focus with Tab; the arrow keys (and Home/End) walk
through its items and the read-out line says each one's numbers; Ctrl+C copies
the figure. Subclasses give :meth:`ChartFrame.item_count`,
:meth:`ChartFrame.item_text` and :meth:`ChartFrame.show_current`, and
:meth:`ChartFrame.hover_text` for the pointer.

Long names are elided on the axes (:class:`CategoryAxis`) and written in full
in the read-out line and tooltip when the pointer is over them. Charts with many
rows grow in height and scroll (``scrollable=True``).

pyqtgraph items are created once by each chart and updated with ``setData`` /
``setOpts``; strings in this module use the ``ChartFrame`` translation context
because PySide's ``tr`` looks up the context of the runtime class only.
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable, Sequence
from pathlib import Path

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

import pyqtgraph as pg
from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QEvent,
    QIODevice,
    QLocale,
    QMimeData,
    QObject,
    QPoint,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QCursor,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QImage,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPalette,
)
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from .scale_plot import LocaleAxis

__all__ = [
    "CategoryAxis",
    "ChartFrame",
    "LocaleAxis",
    "elide",
    "fmt",
    "fmt_percent",
    "fmt_signed",
]

NAME_CHARS = 30
"""Names longer than this many characters are elided on axes (full name on hover)."""


# ---------------------------------------------------------------------------
# Numbers and names
# ---------------------------------------------------------------------------


def fmt(value: float | None, decimals: int = 2, locale: QLocale | None = None) -> str:
    """``value`` in the locale with ``decimals`` decimals (a decimal comma in Swedish); – for none."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    loc = locale or QLocale()
    rounded = round(float(value), decimals)
    text = loc.toString(rounded + 0.0 if rounded != 0 else 0.0, "f", decimals)  # never "−0.00"
    if text.startswith("-"):
        text = "\u2212" + text[1:]  # a real minus sign
    return text


def fmt_signed(value: float | None, decimals: int = 2, locale: QLocale | None = None) -> str:
    """Like :func:`fmt`, with a ``+`` on positive numbers."""
    text = fmt(value, decimals, locale)
    positive = value is not None and round(float(value), decimals) > 0
    return "+" + text if positive and not text.startswith("+") else text


def fmt_percent(share: float | None, decimals: int = 0, locale: QLocale | None = None) -> str:
    """A share in [0, 1] as a percentage in the locale (``58 %`` in Swedish, ``58%`` in English)."""
    if share is None or (isinstance(share, float) and math.isnan(share)):
        return "–"
    loc = locale or QLocale()
    number = loc.toString(100.0 * float(share), "f", decimals)
    space = "" if loc.language() == QLocale.Language.English else "\u00a0"
    return f"{number}{space}%"


def nice_step(raw: float) -> float:
    """A round step (1, 2, 2.5 or 5 times a power of ten) at least ``raw``."""
    if not (raw > 0 and math.isfinite(raw)):
        return 1.0
    power = 10.0 ** math.floor(math.log10(raw))
    for factor in (1.0, 2.0, 2.5, 5.0, 10.0):
        if factor * power >= raw - 1e-12:
            return factor * power
    return 10.0 * power


def elide(text: str, chars: int = NAME_CHARS) -> str:
    """``text`` shortened to ``chars`` characters with an ellipsis."""
    text = " ".join(text.split())
    return text if len(text) <= chars else text[: chars - 1].rstrip() + "…"


# ---------------------------------------------------------------------------
# Axes
# ---------------------------------------------------------------------------


class CategoryAxis(pg.AxisItem):
    """An axis whose ticks are names at 0, 1, 2, …; names are elided, full names kept."""

    def __init__(self, orientation: str, **kwargs: object) -> None:
        super().__init__(orientation, **kwargs)
        self._names: list[str] = []
        self._shown: list[str] = []

    def set_categories(self, names: Sequence[str], chars: int = NAME_CHARS) -> None:
        """Show ``names`` at positions 0..n−1 (every one, however many)."""
        self._names = list(names)
        self._shown = [elide(n, chars) for n in names]
        ticks = [(float(i), s) for i, s in enumerate(self._shown)]
        self.setTicks([ticks, []])
        fm = QFontMetrics(self._tick_font())
        if self.orientation in ("left", "right"):
            widest = max((fm.horizontalAdvance(s) for s in self._shown), default=20)
            self.setWidth(widest + 16)
        else:
            self.setHeight(fm.height() + 14)

    def _tick_font(self) -> QFont:
        font = self.style.get("tickFont")
        return QFont(font) if isinstance(font, QFont) else QFont(self.font())

    def name_at(self, position: float) -> str | None:
        """The full name nearest ``position`` (in data coordinates), if any."""
        i = round(position)
        if 0 <= i < len(self._names) and abs(position - i) <= 0.5:
            return self._names[i]
        return None

    def names(self) -> list[str]:
        return list(self._names)

    def shown(self) -> list[str]:
        return list(self._shown)


def style_axes(plot_item: pg.PlotItem, palette: QPalette) -> None:
    """Axes in the palette's text colour."""
    foreground = palette.color(QPalette.ColorRole.Text)
    for name in ("left", "bottom", "right", "top"):
        axis = plot_item.getAxis(name)
        axis.setPen(pg.mkPen(foreground))
        axis.setTextPen(pg.mkPen(foreground))


# ---------------------------------------------------------------------------
# The frame
# ---------------------------------------------------------------------------


class ChartFrame(QFrame):
    """A chart with heading, legend, caption, read-out, keyboard walk and export (see module doc).

    Signals:
        current_changed(int): the keyboard cursor moved to item ``i`` (−1: none).
    """

    current_changed = Signal(int)

    ROW_HEIGHT = 26
    """Pixels per row of a chart with one row per item (scrollable charts)."""

    def __init__(
        self,
        title: str,
        caption: str,
        parent: QWidget | None = None,
        *,
        scrollable: bool = False,
        left_axis: pg.AxisItem | None = None,
        bottom_axis: pg.AxisItem | None = None,
        view: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._title = title
        self._caption = caption
        self._legend: list[tuple[QColor, str]] = []
        self._current = -1
        self._stale = False
        self._empty_text = ""
        self.setFrameShape(QFrame.Shape.NoFrame)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        header = QHBoxLayout()
        header.setSpacing(4)
        self.title_label = QLabel(title, self)
        self.title_label.setObjectName("sectionTitle")
        self.title_label.setWordWrap(True)
        self.title_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        header.addWidget(self.title_label, 1)
        self.copy_button = self._tool_button(
            QCoreApplication.translate("ChartFrame", "Copy"),
            QCoreApplication.translate("ChartFrame", "Copy the chart to the clipboard"),
        )
        self.png_button = self._tool_button(
            QCoreApplication.translate("ChartFrame", "PNG…"),
            QCoreApplication.translate("ChartFrame", "Save the chart as a PNG image"),
        )
        self.svg_button = self._tool_button(
            QCoreApplication.translate("ChartFrame", "SVG…"),
            QCoreApplication.translate("ChartFrame", "Save the chart as an SVG drawing"),
        )
        self.copy_button.clicked.connect(self.copy_to_clipboard)
        self.png_button.clicked.connect(self._on_png_clicked)
        self.svg_button.clicked.connect(self._on_svg_clicked)
        for button in (self.copy_button, self.png_button, self.svg_button):
            header.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(header)

        self.plot: pg.PlotWidget | None = None
        if view is None:
            value_axis = "top" if scrollable else "bottom"
            axes: dict[str, pg.AxisItem] = {
                "left": left_axis if left_axis is not None else LocaleAxis("left"),
                value_axis: bottom_axis if bottom_axis is not None else LocaleAxis(value_axis),
            }
            background = self.palette().color(QPalette.ColorRole.Base)
            self.plot = pg.PlotWidget(self, background=background, axisItems=axes)
            self.plot.setMenuEnabled(False)
            self.plot.setMouseEnabled(x=False, y=False)
            self.plot.hideButtons()
            self.plot_item.setDefaultPadding(0.02)
            if scrollable:  # the value axis stays in sight at the top of a long chart
                self.plot_item.showAxis("top")
                self.plot_item.hideAxis("bottom")
            for axis in axes.values():
                axis.enableAutoSIPrefix(False)
            style_axes(self.plot_item, self.palette())
            self.plot.scene().sigMouseMoved.connect(self._on_scene_mouse_moved)
            view = self.plot
        self.view = view
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.view.installEventFilter(self)
        self.view.setAccessibleName(title)
        self.view.setMinimumHeight(140)
        self.scroll_area: QScrollArea | None = None
        if scrollable:
            self.scroll_area = QScrollArea(self)
            self.scroll_area.setWidgetResizable(True)
            self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
            self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.scroll_area.setWidget(self.view)
            self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            layout.addWidget(self.scroll_area, 1)
        else:
            layout.addWidget(self.view, 1)

        self.legend_label = QLabel(self)
        self.legend_label.setWordWrap(True)
        self.legend_label.setTextFormat(Qt.TextFormat.RichText)
        self.legend_label.hide()
        layout.addWidget(self.legend_label)
        self.readout = QLabel(self)
        self.readout.setWordWrap(True)
        self.readout.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.readout.setAccessibleName(
            QCoreApplication.translate("ChartFrame", "Numbers of the item under the pointer or cursor")
        )
        self.readout.setMinimumHeight(self.fontMetrics().lineSpacing())
        layout.addWidget(self.readout)
        self.caption_label = QLabel(caption, self)
        self.caption_label.setWordWrap(True)
        self.caption_label.setObjectName("chartCaption")
        layout.addWidget(self.caption_label)
        self.view.setAccessibleDescription(caption)

    # -- pieces ----------------------------------------------------------------

    def _tool_button(self, text: str, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setAutoRaise(True)
        return button

    def set_value_label(self, text: str) -> None:
        """Label the value axis (at the top of scrollable charts, else at the bottom)."""
        self.plot_item.setLabel(self.value_axis_name(), text)

    def set_value_ticks(
        self, low: float, high: float, formatter: Callable[[float], str] | None = None
    ) -> None:
        """Ticks on the value axis only from ``low`` to ``high`` (room beyond stays unlabelled)."""
        axis = self.plot_item.getAxis(self.value_axis_name())
        step = nice_step((high - low) / 6.0)
        first = math.ceil(low / step - 1e-9)
        ticks = []
        k = first
        while k * step <= high + 1e-9:
            v = round(k * step, 12)
            ticks.append((v, formatter(v) if formatter else fmt(v, max(0, -math.floor(math.log10(step))))))
            k += 1
        axis.setTicks([ticks, []])

    def value_axis_name(self) -> str:
        return "top" if self.scroll_area is not None else "bottom"

    @property
    def plot_item(self) -> pg.PlotItem:
        assert self.plot is not None
        return self.plot.getPlotItem()

    @property
    def view_box(self) -> pg.ViewBox:
        return self.plot_item.getViewBox()

    def title(self) -> str:
        return self._title

    def caption(self) -> str:
        return self._caption

    def set_title(self, title: str) -> None:
        self._title = title
        self._update_title()
        self.view.setAccessibleName(title)

    def set_caption(self, caption: str) -> None:
        self._caption = caption
        self.caption_label.setText(caption)
        self.view.setAccessibleDescription(caption)

    def set_stale(self, stale: bool) -> None:
        """Mark the chart as showing results of an earlier model (heading says so)."""
        if stale != self._stale:
            self._stale = stale
            self._update_title()

    def is_stale(self) -> bool:
        return self._stale

    def _update_title(self) -> None:
        text = self._title
        if self._stale:
            text = QCoreApplication.translate("ChartFrame", "{title} (out of date)").format(title=self._title)
        self.title_label.setText(text)

    def set_legend(self, entries: Sequence[tuple[QColor, str]]) -> None:
        """Colour swatches with their meaning under the chart (also in exports)."""
        self._legend = [(QColor(c), t) for c, t in entries]
        if not self._legend:
            self.legend_label.hide()
            return
        parts = [
            f'<span style="color:{c.name()}; font-size:large;">■</span>&nbsp;{_escape(t)}'
            for c, t in self._legend
        ]
        self.legend_label.setText("&nbsp;&nbsp; ".join(parts))
        self.legend_label.setAccessibleName(QCoreApplication.translate("ChartFrame", "Legend"))
        self.legend_label.setAccessibleDescription("; ".join(t for _c, t in self._legend))
        self.legend_label.show()

    def legend(self) -> list[tuple[QColor, str]]:
        return list(self._legend)

    def reserve_rows(self, rows: int, extra: int = 70) -> None:
        """Make room for ``rows`` rows (scrollable charts grow, the scroll area scrolls)."""
        self.view.setMinimumHeight(max(140, rows * self.ROW_HEIGHT + extra))

    def set_empty_text(self, text: str) -> None:
        """What the read-out says when there is nothing to show."""
        self._empty_text = text
        if self.item_count() == 0:
            self.readout.setText(text)

    # -- items, keyboard and hover (subclasses refine) -----------------------------

    def item_count(self) -> int:
        """How many items the keyboard walks through."""
        return 0

    def item_text(self, i: int) -> str:
        """The numbers of item ``i`` in words."""
        return ""

    def show_current(self, i: int) -> None:
        """Highlight item ``i`` (−1: none)."""

    def hover_text(self, scene_pos: QPointF) -> str | None:
        """The numbers under the pointer at ``scene_pos``, or ``None``."""
        return self._axis_name_at(scene_pos)

    def current(self) -> int:
        return self._current

    def set_current(self, i: int) -> None:
        n = self.item_count()
        i = -1 if n == 0 else min(max(i, 0), n - 1)
        self._current = i
        self.show_current(i)
        text = self.item_text(i) if i >= 0 else self._empty_text
        self.readout.setText(text)
        self.view.setAccessibleDescription(f"{self._caption} {text}".strip())
        self.current_changed.emit(i)

    def refresh_current(self) -> None:
        """After new data: keep the cursor in range and say its numbers again."""
        if self._current >= 0 or self.item_count() == 0:
            self.set_current(self._current if self.item_count() else -1)
        else:
            self.readout.setText("" if self.item_count() else self._empty_text)

    def key_pressed(self, event: QKeyEvent) -> bool:
        """Handle a key on the chart; ``True`` if used. Arrows walk, Ctrl+C copies."""
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_to_clipboard()
            return True
        key = event.key()
        n = self.item_count()
        if n == 0:
            return False
        here = self._current
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Right):
            self.set_current(0 if here < 0 else min(here + 1, n - 1))
            return True
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Left):
            self.set_current(0 if here < 0 else max(here - 1, 0))
            return True
        if key == Qt.Key.Key_Home:
            self.set_current(0)
            return True
        if key == Qt.Key.Key_End:
            self.set_current(n - 1)
            return True
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is getattr(self, "view", None):
            if (
                event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and self.key_pressed(event)
            ):
                event.accept()
                return True
            if event.type() == QEvent.Type.FocusIn and self._current < 0 and self.item_count():
                self.set_current(0)
        return super().eventFilter(watched, event)

    def _axis_name_at(self, scene_pos: QPointF) -> str | None:
        if self.plot is None:
            return None
        for name in ("left", "bottom", "top"):
            axis = self.plot_item.getAxis(name)
            if (
                isinstance(axis, CategoryAxis)
                and axis.isVisible()
                and axis.sceneBoundingRect().contains(scene_pos)
            ):
                point = self.view_box.mapSceneToView(scene_pos)
                return axis.name_at(point.y() if name == "left" else point.x())
        return None

    def data_point(self, scene_pos: QPointF) -> QPointF | None:
        """``scene_pos`` in data coordinates when it is inside the plot area."""
        if self.plot is None or not self.view_box.sceneBoundingRect().contains(scene_pos):
            return None
        return self.view_box.mapSceneToView(scene_pos)

    def _on_scene_mouse_moved(self, scene_pos: QPointF) -> None:
        text = self.hover_text(scene_pos)
        if text:
            self.readout.setText(text)
            QToolTip.showText(QCursor.pos(), text, self.view)
        else:
            QToolTip.hideText()

    # -- export -----------------------------------------------------------------

    def _figure_fonts(self) -> tuple[QFont, QFont]:
        base = QFont(self.font())
        bold = QFont(base)
        bold.setBold(True)
        bold.setPointSizeF(base.pointSizeF() * 1.15 if base.pointSizeF() > 0 else 11)
        return bold, base

    def _export_view_size(self) -> QSize:
        size = self.view.size()
        if size.width() < 300 or size.height() < 140 or not self.view.isVisible():
            size = QSize(max(size.width(), 800), max(size.height(), self.view.minimumHeight(), 420))
            self.view.resize(size)
        return size

    def _text_height(self, font: QFont, width: int, text: str) -> int:
        if not text:
            return 0
        fm = QFontMetrics(font)
        return fm.boundingRect(QRect(0, 0, width, 100000), Qt.TextFlag.TextWordWrap, text).height()

    def figure_size(self) -> QSize:
        """Size of the exported figure: heading, chart, legend and caption."""
        view = self._export_view_size()
        width = view.width()
        bold, base = self._figure_fonts()
        pad = 8
        inner = width - 2 * pad
        height = pad + self._text_height(bold, inner, self._title) + pad + view.height()
        if self._legend:
            height += pad + self._legend_height(base, inner)
        height += pad + self._text_height(base, inner, self._caption) + pad
        return QSize(width, height)

    def _legend_layout(self, font: QFont, width: int) -> list[tuple[int, int, QColor, str]]:
        fm = QFontMetrics(font)
        swatch = fm.height()
        x, y, out = 0, 0, []
        for colour, text in self._legend:
            w = swatch + 4 + fm.horizontalAdvance(text) + 14
            if x > 0 and x + w > width:
                x, y = 0, y + fm.lineSpacing() + 2
            out.append((x, y, colour, text))
            x += w
        return out

    def _legend_height(self, font: QFont, width: int) -> int:
        layout = self._legend_layout(font, width)
        fm = QFontMetrics(font)
        return (layout[-1][1] + fm.lineSpacing()) if layout else 0

    def render_figure(self, painter: QPainter) -> None:
        """Draw the figure (heading, chart, legend, caption) with ``painter`` at the origin."""
        size = self.figure_size()
        width = size.width()
        bold, base = self._figure_fonts()
        pad = 8
        inner = width - 2 * pad
        background = self.palette().color(QPalette.ColorRole.Base)
        text_colour = self.palette().color(QPalette.ColorRole.Text)
        painter.fillRect(QRect(0, 0, width, size.height()), background)
        painter.setPen(text_colour)
        y = pad
        painter.setFont(bold)
        h = self._text_height(bold, inner, self._title)
        painter.drawText(QRect(pad, y, inner, h), int(Qt.TextFlag.TextWordWrap), self._title)
        y += h + pad
        view = self._export_view_size()
        if isinstance(self.view, QGraphicsView):
            self.view.render(
                painter,
                QRectF(0, y, view.width(), view.height()),
                QRect(0, 0, view.width(), view.height()),
                Qt.AspectRatioMode.IgnoreAspectRatio,
            )
        else:
            QWidget.render(self.view, painter, QPoint(0, y))
        y += view.height()
        painter.setFont(base)
        fm = QFontMetrics(base)
        if self._legend:
            y += pad
            swatch = fm.height() - 2
            for lx, ly, colour, text in self._legend_layout(base, inner):
                painter.fillRect(QRect(pad + lx, y + ly + 1, swatch, swatch), colour)
                painter.setPen(text_colour)
                painter.drawText(QPoint(pad + lx + swatch + 4, y + ly + fm.ascent()), text)
            y += self._legend_height(base, inner)
        y += pad
        painter.setPen(text_colour)
        h = self._text_height(base, inner, self._caption)
        painter.drawText(QRect(pad, y, inner, h), int(Qt.TextFlag.TextWordWrap), self._caption)

    def _export_done(self) -> None:
        """Called after an export (a view resized for it goes back)."""

    def image(self) -> QImage:
        """The figure as an image."""
        try:
            size = self.figure_size()
            image = QImage(size, QImage.Format.Format_ARGB32)
            image.fill(self.palette().color(QPalette.ColorRole.Base))
            painter = QPainter(image)
            try:
                painter.setRenderHint(QPainter.RenderHint.Antialiasing)
                painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
                self.render_figure(painter)
            finally:
                painter.end()
        finally:
            self._export_done()
        return image

    def svg_bytes(self) -> bytes:
        """The figure as an SVG document."""
        try:
            size = self.figure_size()
            buffer = QBuffer()
            buffer.open(QIODevice.OpenModeFlag.WriteOnly)
            self._write_svg(buffer, size)
            buffer.close()
        finally:
            self._export_done()
        return bytes(buffer.data().data())

    def _write_svg(self, device: QBuffer | None, size: QSize, path: str | None = None) -> None:
        generator = QSvgGenerator()
        if device is not None:
            generator.setOutputDevice(device)
        else:
            generator.setFileName(path or "")
        generator.setSize(size)
        generator.setViewBox(QRect(QPoint(0, 0), size))
        generator.setTitle(self._title)
        generator.setDescription(self._caption)
        painter = QPainter(generator)
        try:
            self.render_figure(painter)
        finally:
            painter.end()

    def export_png(self, path: str | Path) -> bool:
        """Save the figure as PNG; ``True`` on success."""
        return self.image().save(str(path), "PNG")  # type: ignore[call-overload]  # PySide takes str

    def export_svg(self, path: str | Path) -> bool:
        """Save the figure as SVG; ``True`` on success."""
        data = self.svg_bytes()
        try:
            Path(path).write_bytes(data)
        except OSError:
            return False
        return True

    def copy_to_clipboard(self) -> None:
        """Put the figure on the clipboard as an image and as SVG."""
        mime = QMimeData()
        mime.setImageData(self.image())
        mime.setData("image/svg+xml", QByteArray(self.svg_bytes()))
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.setMimeData(mime)
            self.readout.setText(QCoreApplication.translate("ChartFrame", "The chart is on the clipboard."))

    def _suggested_name(self, suffix: str) -> str:
        stem = "".join(ch if ch.isalnum() or ch in "-_ " else "_" for ch in self._title).strip() or "chart"
        return f"{stem}.{suffix}"

    def _on_png_clicked(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("ChartFrame", "Save the chart as PNG"),
            self._suggested_name("png"),
            QCoreApplication.translate("ChartFrame", "PNG image (*.png)"),
        )
        if path:
            if not path.lower().endswith(".png"):
                path += ".png"
            ok = self.export_png(path)
            self.readout.setText(
                QCoreApplication.translate("ChartFrame", "Saved {file}").format(file=path)
                if ok
                else QCoreApplication.translate("ChartFrame", "Could not save {file}").format(file=path)
            )

    def _on_svg_clicked(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("ChartFrame", "Save the chart as SVG"),
            self._suggested_name("svg"),
            QCoreApplication.translate("ChartFrame", "SVG drawing (*.svg)"),
        )
        if path:
            if not path.lower().endswith(".svg"):
                path += ".svg"
            ok = self.export_svg(path)
            self.readout.setText(
                QCoreApplication.translate("ChartFrame", "Saved {file}").format(file=path)
                if ok
                else QCoreApplication.translate("ChartFrame", "Could not save {file}").format(file=path)
            )


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class TextPool:
    """Text labels on a plot, created as needed and reused (never re-created per update)."""

    def __init__(self, plot_item: pg.PlotItem, anchor: tuple[float, float] = (0.0, 0.5)) -> None:
        self._plot_item = plot_item
        self._anchor = anchor
        self._items: list[pg.TextItem] = []

    def set_texts(self, entries: Sequence[tuple[float, float, str, QColor]]) -> None:
        """Show ``(x, y, text, colour)`` labels; extra labels are hidden."""
        while len(self._items) < len(entries):
            item = pg.TextItem("", anchor=self._anchor)
            item.setZValue(20)
            self._plot_item.addItem(item, ignoreBounds=True)
            self._items.append(item)
        for item, (x, y, text, colour) in zip(self._items, entries, strict=False):
            item.setText(text, color=colour)
            item.setPos(x, y)
            item.show()
        for item in self._items[len(entries) :]:
            item.hide()

    def texts(self) -> list[str]:
        return [item.toPlainText() for item in self._items if item.isVisible()]

    @property
    def items(self) -> list[pg.TextItem]:
        return list(self._items)


def set_bars(item: pg.BarGraphItem, **opts: object) -> None:
    """``item.setOpts(**opts)``, with an empty ``pens`` list passed as no pen.

    pyqtgraph 0.14's ``BarGraphItem`` fails on an empty ``pens`` list.
    """
    pens = opts.get("pens")
    if pens is not None and not list(pens):  # type: ignore[call-overload]
        opts["pens"] = None
        opts["pen"] = None
    brushes = opts.get("brushes")
    if brushes is not None and not list(brushes):  # type: ignore[call-overload]
        opts["brushes"] = None
        opts["brush"] = None
    item.setOpts(**opts)
