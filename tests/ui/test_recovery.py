"""Autosave and crash recovery: a real process is killed with SIGKILL after an autosave,
and the next start offers the unsaved changes back."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from ui_helpers import EXAMPLE

from diva_desktop.core.commands import UpdateCriterion
from diva_desktop.io.json_model import load_model_file
from diva_desktop.storage import save_project
from diva_desktop.ui.document import ProjectDocument
from diva_desktop.ui.main_window import MainWindow
from diva_desktop.ui.recovery import RecoveryManager, loads_recovery, orphaned_sessions

ROOT = Path(__file__).resolve().parents[2]

CHILD = r"""
import sys
from PySide6.QtCore import QTimer
from diva_desktop import app as A
from diva_desktop.core.commands import RemoveAlternative, UpdateCriterion
from diva_desktop.io.json_model import dumps_model

qapp = A.create_application()
from diva_desktop.ui.settings import Settings
Settings().autosave_interval = 1
window = A.create_main_window(sys.argv[1])
window.show()

def edit():
    window.document.execute(UpdateCriterion("klimat", name="Klimat (redigerad)"))
    window.document.execute(RemoveAlternative("isms"))
    window.document.set_setting("portfolio.compare", {"Mine": ["iam", "isms"]}, text="Add portfolio")
    with open(sys.argv[2], "w", encoding="utf-8") as fh:
        fh.write(dumps_model(window.document.model))

QTimer.singleShot(300, edit)
sys.exit(qapp.exec())
"""


SAVED = {"portfolio.compare": {"Mine": ["iam", "isms"]}}


def _env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        PYQTGRAPH_QT_LIB="PySide6",
        DIVA_CONFIG_DIR=str(tmp_path / "config"),
        DIVA_DATA_DIR=str(tmp_path / "data"),
        DIVA_CACHE_DIR=str(tmp_path / "cache"),
    )
    return env


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_kill_then_recover(qtbot, tmp_path, monkeypatch, dialogs, settings) -> None:
    project = tmp_path / "norrvik.diva"
    save_project(load_model_file(EXAMPLE), project)
    edited_file = tmp_path / "edited.json"
    recovery = tmp_path / "data" / "recovery"
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(project), str(edited_file)],
        env=_env(tmp_path),
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            autosaved = [p for p in recovery.glob("*.json") if not p.name.endswith(".meta.json")]
            if edited_file.exists() and autosaved:
                edited = load_model_file(edited_file)
                if loads_recovery(autosaved[0].read_text(encoding="utf-8")) == (edited, SAVED):
                    break
            if child.poll() is not None:
                pytest.fail(f"the app ended early: {child.communicate()}")
            time.sleep(0.2)
        else:
            pytest.fail("no autosave within 60 s")
        # the running session is not an orphan
        assert orphaned_sessions(recovery) == []
    finally:
        child.send_signal(signal.SIGKILL)
        child.communicate(timeout=30)
    assert child.returncode == -signal.SIGKILL

    # the next start finds the session and offers it; the user says yes
    monkeypatch.setenv("DIVA_DATA_DIR", str(tmp_path / "data"))
    sessions = orphaned_sessions(recovery)
    assert len(sessions) == 1
    assert sessions[0].project_path == project
    dialogs.question = QMessageBox.StandardButton.Yes
    window = MainWindow(settings)
    qtbot.addWidget(window)
    assert window.offer_recovery()
    assert "not closed properly" in dialogs.texts("question")[-1]
    assert window.document.model == edited
    assert window.document.settings == SAVED  # the portfolios come back with the model
    assert window.document.path == project
    assert window.document.modified
    assert window.isWindowModified()
    # the old session's files are gone; the recovered project is autosaved in a new session
    assert not sessions[0].model_file.exists()
    assert window.recovery.model_file.is_file()
    window.document.mark_saved(project)
    assert not window.recovery.model_file.exists()


def test_declined_recovery_is_deleted(qtbot, dialogs, settings, recovery_dir) -> None:
    recovery_dir.mkdir(parents=True)
    (recovery_dir / "dead.json").write_text(EXAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    (recovery_dir / "dead.meta.json").write_text('{"path": "", "name": "X", "time": "2026-01-01T10:00:00"}')
    dialogs.question = QMessageBox.StandardButton.No
    window = MainWindow(settings)
    qtbot.addWidget(window)
    assert not window.offer_recovery()
    assert not (recovery_dir / "dead.json").exists()
    assert window.document.model.criteria == ()


def test_autosave_only_when_modified_and_cleans_up(qtbot, tmp_path, example_model) -> None:
    doc = ProjectDocument(example_model)
    manager = RecoveryManager(doc, 60, folder=tmp_path)
    assert not manager.autosave_now()  # nothing to keep
    doc.execute(UpdateCriterion("klimat", name="K"))
    with qtbot.waitSignal(manager.autosaved):
        assert manager.autosave_now()
    assert loads_recovery(manager.model_file.read_text(encoding="utf-8")) == (doc.model, {})
    assert not manager.autosave_now()  # unchanged since
    # a change of a project setting alone is kept too, in the same file as the model
    doc.set_setting("portfolio.compare", {"A": ["iam"]}, text="Add portfolio")
    assert manager.autosave_now()
    assert loads_recovery(manager.model_file.read_text(encoding="utf-8")) == (
        doc.model,
        {"portfolio.compare": {"A": ["iam"]}},
    )
    assert not manager.autosave_now()
    doc.undo_stack.undo()
    doc.undo_stack.undo()  # back to the saved state: nothing to recover
    assert not manager.model_file.exists()
    manager.stop()
    assert list(tmp_path.iterdir()) == []


def test_autosave_failure_is_reported_not_raised(qtbot, tmp_path, example_model) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    doc = ProjectDocument(example_model)
    manager = RecoveryManager(doc, 60, folder=blocker / "recovery")
    doc.execute(UpdateCriterion("klimat", name="K"))
    with qtbot.waitSignal(manager.autosave_failed) as failed:
        assert not manager.autosave_now()
    assert failed.args[0]
    # and it tries again at the next tick, without raising
    assert not manager.autosave_now()


def test_an_older_recovery_file_holds_only_the_model(tmp_path, example_model) -> None:
    from diva_desktop.io.json_model import dumps_model
    from diva_desktop.ui.recovery import dumps_recovery

    assert loads_recovery(dumps_model(example_model)) == (example_model, {})
    text = dumps_recovery(example_model, {"portfolio.compare": {"Å": ["iam"]}})
    assert loads_recovery(text) == (example_model, {"portfolio.compare": {"Å": ["iam"]}})
