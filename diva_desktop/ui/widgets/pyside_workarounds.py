"""Workarounds for defects of the Qt binding that the whole GUI must live with.

Clipboard at exit: a ``QMimeData`` made in Python and handed to the clipboard is
owned by Qt, and Qt destroys it in a static destructor of QtGui after the Python
interpreter has finalised. Shiboken then tries to release the Python wrapper
without an interpreter: a segmentation fault at exit. :func:`release_clipboard`,
connected to ``aboutToQuit`` (and run at the end of the GUI tests), replaces such
data with copies that Qt makes itself, so the user keeps what was copied.

(PySide6 6.12.0 also dropped a reference to ``None`` on every ``void`` call under
CPython 3.11; ``pyproject.toml`` keeps PySide6 below 6.12 for that reason.)
"""

from __future__ import annotations

import shiboken6
from PySide6.QtGui import QGuiApplication


def release_clipboard() -> None:
    """Swap Python-made clipboard data for Qt-made copies (image, else text)."""
    if QGuiApplication.instance() is None:
        return
    clipboard = QGuiApplication.clipboard()
    if clipboard is None:
        return
    mime = clipboard.mimeData()
    if mime is None or not shiboken6.Shiboken.createdByPython(mime):
        return  # Qt's own data (or another program's): nothing to release
    if mime.hasImage():
        clipboard.setImage(clipboard.image())
    elif mime.hasText():
        clipboard.setText(mime.text())
    else:
        clipboard.clear()
