"""app.main in a subprocess (one QApplication per process), no display, the exception hook."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from ui_helpers import EXAMPLE

from diva_desktop import app

ROOT = Path(__file__).resolve().parents[2]

SMOKE = r"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from diva_desktop import app

qapp = app.create_application()
def check_and_quit():
    window = QApplication.activeWindow() or next(
        w for w in QApplication.topLevelWidgets() if type(w).__name__ == "MainWindow"
    )
    print("TITLE", window.windowTitle())
    print("STEPS", ",".join(window.panels))
    qapp.quit()
QTimer.singleShot(1500, check_and_quit)
sys.exit(app.main(sys.argv[1:]))
"""


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(
        DIVA_CONFIG_DIR=str(tmp_path / "config"),
        DIVA_DATA_DIR=str(tmp_path / "data"),
        DIVA_CACHE_DIR=str(tmp_path / "cache"),
        PYQTGRAPH_QT_LIB="PySide6",
    )
    env.update(extra)
    return env


@pytest.mark.parametrize("language", ["en", "sv"])
def test_main_starts_opens_a_file_and_quits(tmp_path, language) -> None:
    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "diva-desktop.ini").write_text(f"[preferences]\nlanguage={language}\n")
    result = subprocess.run(
        [sys.executable, "-c", SMOKE, str(EXAMPLE)],
        env=_env(tmp_path, QT_QPA_PLATFORM="offscreen"),
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert "TITLE Digitaliseringsportfölj Norrvik 2026" in result.stdout
    assert "criteria" in result.stdout
    # the Swedish .qm was built into the cache
    if language == "sv":
        assert list((tmp_path / "cache" / "translations").glob("diva_sv-*.qm"))


def test_main_without_a_display_explains_and_returns(tmp_path) -> None:
    if not sys.platform.startswith("linux"):
        pytest.skip("a display is always there on this platform")
    result = subprocess.run(
        [sys.executable, "-c", "import sys; from diva_desktop import app; sys.exit(app.main([]))"],
        env=_env(tmp_path),
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert result.returncode == 1
    assert "display" in result.stderr
    assert "Traceback" not in result.stderr


def test_main_refuses_two_files(tmp_path) -> None:
    assert app.main(["a.diva", "b.diva"]) == 2


def test_excepthook_logs_and_shows_a_dialog(qtbot, monkeypatch, tmp_path, caplog) -> None:
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append((self.text(), self.detailedText())) or 0)
    old_hook, old_thread_hook = sys.excepthook, __import__("threading").excepthook
    try:
        app.install_excepthook(tmp_path / "diva.log")
        try:
            raise ValueError("boom")
        except ValueError:
            with caplog.at_level(logging.CRITICAL, logger="diva_desktop"):
                sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = old_hook
        __import__("threading").excepthook = old_thread_hook
    assert shown and "ValueError: boom" in shown[0][0]
    assert "Traceback" in shown[0][1]
    assert "diva.log" in shown[0][0]
    assert any("unexpected error" in r.message for r in caplog.records)
