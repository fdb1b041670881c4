"""Preferences: language, autosave interval."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QSpinBox, QWidget

from ..i18n import LANGUAGES
from ..settings import PREFERENCES, Settings


class PreferencesDialog(QDialog):
    """Edits the user's preferences in :class:`Settings`."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.settings = settings
        form = QFormLayout(self)
        self.language_combo = QComboBox(self)
        self.language_combo.setAccessibleName(self.tr("Language"))
        self.language_combo.addItem(self.tr("The system's language"), "")
        for code, name in LANGUAGES.items():
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(settings.language)))
        language_label = QLabel(self.tr("&Language:"), self)
        language_label.setBuddy(self.language_combo)
        form.addRow(language_label, self.language_combo)
        form.addRow(QLabel(self.tr("A new language is used after a restart."), self))

        pref = PREFERENCES["autosave_interval"]
        self.autosave_spin = QSpinBox(self)
        self.autosave_spin.setAccessibleName(self.tr("Autosave interval in seconds"))
        self.autosave_spin.setRange(int(pref.minimum or 1), int(pref.maximum or 3600))
        self.autosave_spin.setSuffix(self.tr(" s"))
        self.autosave_spin.setValue(settings.autosave_interval)
        autosave_label = QLabel(self.tr("&Autosave every:"), self)
        autosave_label.setBuddy(self.autosave_spin)
        form.addRow(autosave_label, self.autosave_spin)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def apply(self) -> None:
        self.settings.language = str(self.language_combo.currentData())
        self.settings.autosave_interval = self.autosave_spin.value()
