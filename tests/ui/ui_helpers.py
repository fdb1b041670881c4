"""Helpers for GUI tests (imported by test modules; fixtures are in conftest.py)."""

from __future__ import annotations

from pathlib import Path


def type_text(widget, text: str) -> None:
    """Type ``text`` into ``widget`` as key events (QTest.keyClicks only knows ASCII)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for ch in text:
        key = Qt.Key(ord(ch.upper())) if ch.isascii() and ch.isalnum() else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch))


EXAMPLE = Path(__file__).resolve().parents[2] / "resources" / "examples" / "norrvik.json"
