"""GUI test set-up: offscreen Qt, isolated settings and data folders, patched modals.

The environment is set before anything imports Qt: the offscreen platform (no
display needed), pyqtgraph on PySide6, and private settings, data and cache
folders so that tests never touch the user's files.

Every modal ``QMessageBox`` and ``QFileDialog`` call is patched (autouse): a
test says what the user answers with the ``dialogs`` fixture and can read what
was asked. A test that opens a modal it did not expect gets the cautious answer
(No / Cancel) instead of hanging.
"""

from __future__ import annotations

import os
import tempfile

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["PYQTGRAPH_QT_LIB"] = "PySide6"
_STATE = tempfile.mkdtemp(prefix="diva-ui-tests-")
for _var, _sub in (("DIVA_CONFIG_DIR", "config"), ("DIVA_DATA_DIR", "data"), ("DIVA_CACHE_DIR", "cache")):
    os.environ[_var] = os.path.join(_STATE, _sub)

from dataclasses import dataclass, field  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QFileDialog, QMessageBox  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "resources" / "examples" / "norrvik.json"
OFFSCREEN_NOTE = "This plugin does not support propagateSizeHints"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """The offscreen platform says once per window that it cannot resize native windows."""
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOTE))


@dataclass
class Dialogs:
    """Answers for patched modals, and a record of what was shown."""

    question: QMessageBox.StandardButton = QMessageBox.StandardButton.No
    warning: QMessageBox.StandardButton = QMessageBox.StandardButton.Cancel
    open_file: str = ""
    save_file: str = ""
    save_filter: str = ""
    shown: list[tuple[str, str, str]] = field(default_factory=list)

    def texts(self, kind: str | None = None) -> list[str]:
        return [text for k, _title, text in self.shown if kind is None or k == kind]


@pytest.fixture(autouse=True)
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    record = Dialogs()

    def question(parent: Any, title: str, text: str, *args: Any, **kwargs: Any) -> QMessageBox.StandardButton:
        record.shown.append(("question", title, text))
        return record.question

    def warning(parent: Any, title: str, text: str, *args: Any, **kwargs: Any) -> QMessageBox.StandardButton:
        record.shown.append(("warning", title, text))
        buttons = args[0] if args else kwargs.get("buttons")
        return record.warning if buttons is not None else QMessageBox.StandardButton.Ok

    def information(parent: Any, title: str, text: str, *args: Any, **kwargs: Any) -> QMessageBox.StandardButton:
        record.shown.append(("information", title, text))
        return QMessageBox.StandardButton.Ok

    def critical(parent: Any, title: str, text: str, *args: Any, **kwargs: Any) -> QMessageBox.StandardButton:
        record.shown.append(("critical", title, text))
        return QMessageBox.StandardButton.Ok

    def about(parent: Any, title: str, text: str) -> None:
        record.shown.append(("about", title, text))

    def get_open(*args: Any, **kwargs: Any) -> tuple[str, str]:
        record.shown.append(("open", "", ""))
        return record.open_file, ""

    def get_save(*args: Any, **kwargs: Any) -> tuple[str, str]:
        record.shown.append(("save", "", ""))
        return record.save_file, record.save_filter

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    monkeypatch.setattr(QMessageBox, "information", staticmethod(information))
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(critical))
    monkeypatch.setattr(QMessageBox, "about", staticmethod(about))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(get_open))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(get_save))
    return record


@pytest.fixture
def settings(tmp_path: Path):
    """Settings in a private INI file."""
    from diva_desktop.ui.settings import Settings

    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def example_model():
    from diva_desktop.io.json_model import load_model_file

    return load_model_file(EXAMPLE)


@pytest.fixture
def document(qtbot):
    from diva_desktop.ui.document import ProjectDocument

    return ProjectDocument()


@pytest.fixture
def recovery_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private recovery folder for this test."""
    folder = tmp_path / "data"
    monkeypatch.setenv("DIVA_DATA_DIR", str(folder))
    return folder / "recovery"


@pytest.fixture
def swedish():
    """Swedish number formats (decimal comma) for the test; the old default comes back after."""
    from PySide6.QtCore import QLocale

    old = QLocale()
    sv = QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden)
    QLocale.setDefault(sv)
    yield sv
    QLocale.setDefault(old)



@pytest.fixture(autouse=True)
def _collect_qt_garbage(qapp: Any):
    """Destroy each test's widgets while the QApplication still runs.

    Python wrappers of Qt objects left in reference cycles are otherwise collected
    only at the very end, by pytest's final garbage collection, when their C++
    counterparts are half torn down: a segmentation fault at exit.
    """
    yield
    import gc

    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()
    gc.collect()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture(autouse=True, scope="session")
def _release_clipboard():
    """Hand the clipboard's data back while Python still runs.

    A QMimeData made in Python and given to the clipboard is destroyed by a static
    destructor of QtGui after the interpreter has finalised: a segmentation fault at
    exit. The application does the same on quit (see ``app.release_clipboard``).
    """
    yield
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is not None:
        QGuiApplication.clipboard().clear()
