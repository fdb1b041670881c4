"""The start page: new project, open, recent projects, the example."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .icons import icon


class WelcomePage(QWidget):
    """Buttons for the usual ways to begin, and the recent projects."""

    new_requested = Signal()
    open_requested = Signal()
    example_requested = Signal()
    recent_requested = Signal(object)  # Path

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        column = QVBoxLayout()
        outer.addLayout(column, 4)
        outer.addStretch(1)
        column.addStretch(1)

        logo = QLabel(self)
        logo.setPixmap(icon("diva").pixmap(QSize(64, 64)))
        logo.setAccessibleName("DIVÄ Desktop")
        title = QLabel("DIVÄ Desktop", self)
        title.setObjectName("welcomeTitle")
        subtitle = QLabel(
            self.tr(
                "Decision support for a municipality's digitalisation investments: from the strategy "
                "documents through criteria, alternatives, scores and weights to a decision and its follow-up."
            ),
            self,
        )
        subtitle.setWordWrap(True)
        head = QHBoxLayout()
        head.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        texts = QVBoxLayout()
        texts.addWidget(title)
        texts.addWidget(subtitle)
        head.addLayout(texts, 1)
        column.addLayout(head)
        column.addSpacing(16)

        self.new_button = QPushButton(icon("document-new"), self.tr("&New project"), self)
        self.open_button = QPushButton(icon("document-open"), self.tr("&Open project…"), self)
        self.example_button = QPushButton(icon("criteria"), self.tr("Open the &example (Norrvik)"), self)
        buttons = QHBoxLayout()
        for button, signal in (
            (self.new_button, self.new_requested),
            (self.open_button, self.open_requested),
            (self.example_button, self.example_requested),
        ):
            button.setMinimumHeight(button.sizeHint().height() + 8)
            button.clicked.connect(signal)
            buttons.addWidget(button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        column.addSpacing(16)

        recent_label = QLabel(self.tr("&Recent projects"), self)
        recent_label.setObjectName("sectionTitle")
        self.recent_list = QListWidget(self)
        self.recent_list.setAccessibleName(self.tr("Recent projects"))
        self.recent_list.itemActivated.connect(self._on_recent_list_item_activated)
        recent_label.setBuddy(self.recent_list)
        self.empty_label = QLabel(self.tr("No recent projects yet."), self)
        column.addWidget(recent_label)
        column.addWidget(self.recent_list, 1)
        column.addWidget(self.empty_label)
        column.addStretch(1)
        QWidget.setTabOrder(self.new_button, self.open_button)
        QWidget.setTabOrder(self.open_button, self.example_button)
        QWidget.setTabOrder(self.example_button, self.recent_list)

    def set_recent_files(self, files: list[Path]) -> None:
        self.recent_list.clear()
        for path in files:
            item = QListWidgetItem(icon("documents"), f"{path.name}    —    {path.parent}")
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(str(path))
            self.recent_list.addItem(item)
        self.recent_list.setVisible(bool(files))
        self.empty_label.setVisible(not files)
        if files:
            self.recent_list.setCurrentRow(0)

    def _on_recent_list_item_activated(self, item: QListWidgetItem) -> None:
        self.recent_requested.emit(Path(item.data(Qt.ItemDataRole.UserRole)))
