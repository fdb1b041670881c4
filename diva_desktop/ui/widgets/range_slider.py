"""A horizontal slider with two handles that selects an integer range [low, high].

Mouse: drag either handle (the nearer one is taken; a click on the groove moves the
nearer handle there). Keyboard: Left/Right (or Down/Up) move the active handle by one
step, Page Up/Page Down by a page step, Home/End to the ends; Space switches the
active handle. ``slider_pressed``/``slider_released`` frame a drag so that a caller
can merge the edits it makes while dragging into one undo step.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget


class RangeSlider(QWidget):
    """Two-handle slider over integers ``minimum`` … ``maximum``."""

    range_changed = Signal(int, int)
    slider_pressed = Signal()
    slider_released = Signal()

    LOW = 0
    HIGH = 1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._minimum = 0
        self._maximum = 100
        self._low = 0
        self._high = 100
        self._single_step = 1
        self._page_step = 10
        self._active = self.LOW
        self._dragging: int | None = None
        self._invalid = False
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(False)

    # -- properties ---------------------------------------------------------

    def minimum(self) -> int:
        return self._minimum

    def maximum(self) -> int:
        return self._maximum

    def setRange(self, minimum: int, maximum: int) -> None:
        self._minimum, self._maximum = minimum, max(minimum, maximum)
        self._low = min(max(self._low, self._minimum), self._maximum)
        self._high = min(max(self._high, self._low), self._maximum)
        self.update()

    def low(self) -> int:
        return self._low

    def high(self) -> int:
        return self._high

    def values(self) -> tuple[int, int]:
        return (self._low, self._high)

    def setValues(self, low: int, high: int) -> None:
        """Set both ends without emitting ``range_changed``."""
        low = min(max(low, self._minimum), self._maximum)
        high = min(max(high, self._minimum), self._maximum)
        if low > high:
            low, high = high, low
        if (low, high) != (self._low, self._high):
            self._low, self._high = low, high
            self.update()

    def setSingleStep(self, step: int) -> None:
        self._single_step = max(1, step)

    def setPageStep(self, step: int) -> None:
        self._page_step = max(1, step)

    def activeHandle(self) -> int:
        return self._active

    def setActiveHandle(self, handle: int) -> None:
        self._active = handle
        self.update()

    def isSliderDown(self) -> bool:
        return self._dragging is not None

    def setInvalid(self, invalid: bool) -> None:
        """Draw the selected span in the error colour (a conflicting bound)."""
        if invalid != self._invalid:
            self._invalid = invalid
            self.update()

    # -- geometry -----------------------------------------------------------

    def sizeHint(self) -> QSize:
        h = max(22, self.fontMetrics().height() + 6)
        return QSize(160, h)

    def minimumSizeHint(self) -> QSize:
        return QSize(60, self.sizeHint().height())

    def _radius(self) -> float:
        return max(6.0, self.height() / 2 - 3)

    def _groove(self) -> QRectF:
        r = self._radius()
        return QRectF(r + 1, self.height() / 2 - 2, max(1.0, self.width() - 2 * r - 2), 4)

    def _x_of(self, value: int) -> float:
        g = self._groove()
        span = self._maximum - self._minimum
        frac = 0.0 if span == 0 else (value - self._minimum) / span
        return g.left() + frac * g.width()

    def _value_at(self, x: float) -> int:
        g = self._groove()
        frac = 0.0 if g.width() <= 0 else (x - g.left()) / g.width()
        frac = min(1.0, max(0.0, frac))
        return round(self._minimum + frac * (self._maximum - self._minimum))

    # -- painting -----------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        enabled = self.isEnabled()
        groove = self._groove()
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(pal.color(QPalette.ColorRole.Mid))
        p.drawRoundedRect(groove, 2, 2)
        span_colour = QColor("#c62828") if self._invalid else pal.color(QPalette.ColorRole.Highlight)
        if not enabled:
            span_colour = pal.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Mid)
        x0, x1 = self._x_of(self._low), self._x_of(self._high)
        p.setBrush(span_colour)
        p.drawRect(QRectF(x0, groove.top() - 1, max(1.0, x1 - x0), groove.height() + 2))
        r = self._radius()
        cy = self.height() / 2
        for handle, x in ((self.LOW, x0), (self.HIGH, x1)):
            active = self.hasFocus() and handle == self._active
            pen = QPen(
                pal.color(QPalette.ColorRole.Highlight) if active else pal.color(QPalette.ColorRole.Dark)
            )
            pen.setWidthF(2.0 if active else 1.0)
            p.setPen(pen)
            p.setBrush(pal.color(QPalette.ColorRole.Button))
            p.drawEllipse(QPointF(x, cy), r - 1, r - 1)
        p.end()

    # -- mouse --------------------------------------------------------------

    def _nearest_handle(self, x: float) -> int:
        d_low = abs(x - self._x_of(self._low))
        d_high = abs(x - self._x_of(self._high))
        if d_low == d_high:
            # overlapping handles: go the way the user points
            return self.LOW if x < self._x_of(self._low) else self.HIGH
        return self.LOW if d_low < d_high else self.HIGH

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or not self.isEnabled():
            super().mousePressEvent(event)
            return
        x = event.position().x()
        self._dragging = self._nearest_handle(x)
        self._active = self._dragging
        self.slider_pressed.emit()
        self._move_handle(self._dragging, self._value_at(x))
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._dragging is None:
            super().mouseMoveEvent(event)
            return
        self._move_handle(self._dragging, self._value_at(event.position().x()))
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._dragging is None:
            super().mouseReleaseEvent(event)
            return
        self._dragging = None
        self.update()
        self.slider_released.emit()
        event.accept()

    # -- keyboard -----------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        current = self._low if self._active == self.LOW else self._high
        target: int | None = None
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Down):
            target = current - self._single_step
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Up):
            target = current + self._single_step
        elif key == Qt.Key.Key_PageDown:
            target = current - self._page_step
        elif key == Qt.Key.Key_PageUp:
            target = current + self._page_step
        elif key == Qt.Key.Key_Home:
            target = self._minimum
        elif key == Qt.Key.Key_End:
            target = self._maximum
        elif key == Qt.Key.Key_Space:
            self._active = self.HIGH if self._active == self.LOW else self.LOW
            self.update()
            event.accept()
            return
        if target is None:
            super().keyPressEvent(event)
            return
        self._move_handle(self._active, target)
        event.accept()

    # -- the one place that changes values ----------------------------------

    def _move_handle(self, handle: int, value: int) -> None:
        value = min(max(value, self._minimum), self._maximum)
        low, high = self._low, self._high
        if handle == self.LOW:
            low = min(value, high)
        else:
            high = max(value, low)
        if (low, high) != (self._low, self._high):
            self._low, self._high = low, high
            self.update()
            self.range_changed.emit(low, high)
