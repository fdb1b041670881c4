"""Where the application finds its resources and keeps its files.

Environment variables override the platform's standard folders (tests, portable
installs): ``DIVA_CONFIG_DIR`` (settings), ``DIVA_DATA_DIR`` (recovery files, log)
and ``DIVA_CACHE_DIR`` (compiled translations).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QStandardPaths

APP_NAME = "DIVÄ Desktop"
ORGANIZATION = "DIVA"


def resources_dir() -> Path:
    """``resources/`` of the source tree, or of a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def _standard(env: str, location: QStandardPaths.StandardLocation) -> Path:
    override = os.environ.get(env)
    if override:
        return Path(override)
    folder = QStandardPaths.writableLocation(location)
    return Path(folder) if folder else Path.home() / ".diva-desktop"


def config_dir() -> Path:
    return _standard("DIVA_CONFIG_DIR", QStandardPaths.StandardLocation.AppConfigLocation)


def data_dir() -> Path:
    return _standard("DIVA_DATA_DIR", QStandardPaths.StandardLocation.AppLocalDataLocation)


def cache_dir() -> Path:
    return _standard("DIVA_CACHE_DIR", QStandardPaths.StandardLocation.CacheLocation)


def example_project() -> Path:
    return resources_dir() / "examples" / "norrvik.json"
