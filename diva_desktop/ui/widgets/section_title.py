"""The bold heading above a group of controls (styled by the main window's ``QLabel#sectionTitle``)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

SECTION_TITLE = "sectionTitle"


def section_title(text: str, parent: QWidget | None = None) -> QLabel:
    """A label that the main window's style sheet shows as a section heading."""
    label = QLabel(text, parent)
    label.setObjectName(SECTION_TITLE)
    return label
