"""Small modal questions and messages, all through ``QMessageBox``'s static functions.

Keeping every modal in these functions lets tests patch ``QMessageBox`` once.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QMessageBox, QWidget

from diva_desktop.core.errors import Problem
from diva_desktop.core.model import Model

from ..messages import problems_text


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    """A yes/no question; ``True`` for yes."""
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def show_problems(
    parent: QWidget | None,
    title: str,
    intro: str,
    problems: Iterable[Problem],
    model: Model | None = None,
) -> None:
    """A warning that explains why something failed, one translated problem a line."""
    body = problems_text(problems, model)
    QMessageBox.warning(parent, title, f"{intro}\n\n{body}" if body else intro)


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)
