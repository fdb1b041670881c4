"""The core and storage load without Qt (DESIGN.md §1)."""

from __future__ import annotations

import subprocess
import sys


def test_core_storage_io_and_cli_import_without_qt() -> None:
    code = (
        "import sys, importlib, pkgutil\n"
        "import diva_desktop.core, diva_desktop.io, diva_desktop.storage, diva_desktop.cli\n"
        "for pkg in (diva_desktop.core, diva_desktop.io, diva_desktop.storage):\n"
        "    for m in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.'):\n"
        "        importlib.import_module(m.name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'pyqtgraph', 'shiboken6'))\n"
        "print(bad)\n"
        "sys.exit(1 if bad else 0)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stdout + proc.stderr
