"""Typed settings: one table of preferences, window state kept apart.

Every preference is declared once in :data:`PREFERENCES` with its key, type,
default and limits; :class:`Settings` reads and writes them through
``QSettings`` (an INI file in :func:`~diva_desktop.ui.paths.config_dir`).
Window geometry and splitter states live in the ``window/`` group, which is not
a preference (MNELAB, Picard).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from .paths import config_dir

MAX_RECENT = 8


@dataclass(frozen=True)
class Preference:
    key: str
    type: type
    default: Any
    minimum: float | None = None
    maximum: float | None = None


PREFERENCES: dict[str, Preference] = {
    # "" follows the system's language
    "language": Preference("preferences/language", str, ""),
    # seconds between autosaves to the recovery file
    "autosave_interval": Preference("preferences/autosave_interval", int, 120, 1, 3600),
    # presentation zoom in percent of the normal font size
    "zoom": Preference("view/zoom_percent", int, 100, 70, 250),
    "recent_files": Preference("files/recent", list, []),
    "last_folder": Preference("files/last_folder", str, ""),
}


class Settings:
    """The application's settings; pass a ``QSettings`` to use another store (tests)."""

    def __init__(self, store: QSettings | None = None) -> None:
        if store is None:
            folder = config_dir()
            folder.mkdir(parents=True, exist_ok=True)
            store = QSettings(str(folder / "diva-desktop.ini"), QSettings.Format.IniFormat)
        self.store = store

    # -- preferences --------------------------------------------------------

    def get(self, name: str) -> Any:
        pref = PREFERENCES[name]
        raw = self.store.value(pref.key, pref.default)
        try:
            if pref.type is list:
                if raw is None or raw == "":
                    return []
                return [str(x) for x in (raw if isinstance(raw, list) else [raw])]
            value = pref.type(raw)
        except (TypeError, ValueError):
            return pref.default
        if pref.minimum is not None and value < pref.minimum:
            return pref.default
        if pref.maximum is not None and value > pref.maximum:
            return pref.default
        return value

    def set(self, name: str, value: Any) -> None:
        pref = PREFERENCES[name]
        self.store.setValue(pref.key, value)
        self.store.sync()

    @property
    def language(self) -> str:
        return str(self.get("language"))

    @language.setter
    def language(self, value: str) -> None:
        self.set("language", value)

    @property
    def autosave_interval(self) -> int:
        return int(self.get("autosave_interval"))

    @autosave_interval.setter
    def autosave_interval(self, seconds: int) -> None:
        self.set("autosave_interval", int(seconds))

    @property
    def zoom(self) -> int:
        return int(self.get("zoom"))

    @zoom.setter
    def zoom(self, percent: int) -> None:
        pref = PREFERENCES["zoom"]
        assert pref.minimum is not None and pref.maximum is not None
        self.set("zoom", int(min(max(percent, pref.minimum), pref.maximum)))

    @property
    def last_folder(self) -> str:
        return str(self.get("last_folder"))

    @last_folder.setter
    def last_folder(self, folder: str) -> None:
        self.set("last_folder", folder)

    # -- recent files -------------------------------------------------------

    def recent_files(self) -> list[Path]:
        """Recent project files, most recent first (files that no longer exist are left out)."""
        return [Path(p) for p in self.get("recent_files") if Path(p).is_file()]

    def add_recent_file(self, path: Path) -> None:
        entry = str(Path(path).resolve())
        files = [p for p in self.get("recent_files") if p != entry]
        self.set("recent_files", [entry, *files][:MAX_RECENT])

    def remove_recent_file(self, path: Path) -> None:
        entry = str(Path(path).resolve())
        self.set("recent_files", [p for p in self.get("recent_files") if p != entry])

    # -- window state (not preferences) --------------------------------------

    def window_state(self, name: str) -> QByteArray | None:
        value = self.store.value(f"window/{name}")
        return value if isinstance(value, QByteArray) else None

    def set_window_state(self, name: str, state: QByteArray) -> None:
        self.store.setValue(f"window/{name}", state)
