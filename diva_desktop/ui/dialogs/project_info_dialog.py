"""The project's name and description."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from diva_desktop.core.commands import SetModelInfo
from diva_desktop.core.model import Model


class ProjectInfoDialog(QDialog):
    """Edits the model's name and description; :meth:`command` gives the edit."""

    def __init__(self, model: Model, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Project properties"))
        self._model = model
        form = QFormLayout(self)
        self.name_edit = QLineEdit(model.name, self)
        self.name_edit.setAccessibleName(self.tr("Project name"))
        self.description_edit = QPlainTextEdit(model.description or "", self)
        self.description_edit.setAccessibleName(self.tr("Project description"))
        self.description_edit.setTabChangesFocus(True)
        name_label = QLabel(self.tr("&Name:"), self)
        name_label.setBuddy(self.name_edit)
        desc_label = QLabel(self.tr("&Description:"), self)
        desc_label.setBuddy(self.description_edit)
        form.addRow(name_label, self.name_edit)
        form.addRow(desc_label, self.description_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(520, 300)

    def command(self) -> SetModelInfo | None:
        """The edit of the model's information, or ``None`` if nothing changed."""
        fields: dict[str, str | None] = {}
        name = self.name_edit.text().strip()
        description = self.description_edit.toPlainText().strip() or None
        if name != self._model.name:
            fields["name"] = name
        if description != self._model.description:
            fields["description"] = description
        return SetModelInfo(fields) if fields else None
