"""Copying a chart and quitting must not crash the process at exit."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path


def test_quit_with_python_made_clipboard_data_exits_cleanly(tmp_path: Path) -> None:
    script = textwrap.dedent(
        """
        from PySide6.QtCore import QByteArray, QMimeData, QTimer
        from PySide6.QtGui import QGuiApplication, QImage
        from diva_desktop.app import create_application

        app = create_application()
        mime = QMimeData()
        image = QImage(8, 8, QImage.Format.Format_RGB32)
        image.fill(0xFF0000)
        mime.setImageData(image)
        mime.setData("image/svg+xml", QByteArray(b"<svg/>"))
        QGuiApplication.clipboard().setMimeData(mime)
        QTimer.singleShot(50, app.quit)
        app.exec()
        assert QGuiApplication.clipboard().mimeData().hasImage()
        print("kept")
        """
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", DIVA_CONFIG_DIR=str(tmp_path / "c"),
               DIVA_DATA_DIR=str(tmp_path / "d"), DIVA_CACHE_DIR=str(tmp_path / "k"))
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env,
                          timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr
    assert "kept" in proc.stdout
