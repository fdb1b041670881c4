"""Icons: SVGs drawn for DIVÄ Desktop (``resources/icons``), crisp at any DPI.

Standard actions (new, open, save, undo…) use the desktop theme's icon when there
is one and the style's standard icon otherwise.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

from .paths import resources_dir

_STANDARD = {
    "document-new": QStyle.StandardPixmap.SP_FileIcon,
    "document-open": QStyle.StandardPixmap.SP_DialogOpenButton,
    "document-save": QStyle.StandardPixmap.SP_DialogSaveButton,
    "edit-undo": QStyle.StandardPixmap.SP_ArrowBack,
    "edit-redo": QStyle.StandardPixmap.SP_ArrowForward,
    "help-about": QStyle.StandardPixmap.SP_MessageBoxInformation,
    "application-exit": QStyle.StandardPixmap.SP_DialogCloseButton,
}


@cache
def icon(name: str) -> QIcon:
    """The icon ``name``: our SVG if we drew one, else the theme's or the style's."""
    svg = resources_dir() / "icons" / f"{name}.svg"
    if svg.is_file():
        return QIcon(str(svg))
    if QIcon.hasThemeIcon(name):
        return QIcon.fromTheme(name)
    standard = _STANDARD.get(name)
    if standard is not None:
        return QApplication.style().standardIcon(standard)
    return QIcon()
