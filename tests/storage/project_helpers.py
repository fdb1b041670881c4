"""Helpers for the project-file tests (imported by name: pytest puts this folder on sys.path)."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1] / "data"
V1_PROJECT = DATA / "project_v1.diva"
V1_MODEL = DATA / "project_v1.json"
V2_PROJECT = DATA / "project_v2.diva"
V2_MODEL = DATA / "project_v2.json"
V3_PROJECT = DATA / "project_v3.diva"
V3_MODEL = DATA / "project_v3.json"


@contextlib.contextmanager
def read_only_folder(folder: Path) -> Iterator[None]:
    """Make ``folder`` refuse new files and renames, also for root (``chattr +i``)."""
    if os.geteuid() == 0:
        if shutil.which("chattr") is None:
            pytest.skip("running as root without chattr: cannot make a folder read-only")
        done = subprocess.run(["chattr", "+i", str(folder)], capture_output=True, check=False)
        if done.returncode != 0:
            pytest.skip(f"chattr +i is not supported here: {done.stderr.decode(errors='replace')}")
        try:
            yield
        finally:
            subprocess.run(["chattr", "-i", str(folder)], check=True)
    else:
        mode = folder.stat().st_mode
        folder.chmod(0o555)
        try:
            yield
        finally:
            folder.chmod(mode)


def folder_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())

