"""Start the GUI: QApplication, logging, the exception hook, translators, settings, main window.

``main(argv)`` is what ``diva`` and ``diva FILE`` call (through the CLI) and what
the ``diva-desktop`` GUI script runs. ``argv`` holds the arguments after the
program name: at most one file to open. Without a display on Linux (no
``DISPLAY``/``WAYLAND_DISPLAY`` and no ``QT_QPA_PLATFORM``) it explains the
problem and returns 1 instead of letting Qt abort.

A Python exception that reaches the event loop never shows a traceback to the
user: :func:`install_excepthook` logs it to ``diva-desktop.log`` in the data
folder and shows a dialog.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
import threading
import traceback
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from .ui.main_window import MainWindow

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

log = logging.getLogger("diva_desktop")

_hook_state = {"active": False}


def display_available() -> bool:
    """Whether Qt can open windows here (always on Windows and macOS)."""
    if not sys.platform.startswith("linux") and "bsd" not in sys.platform:
        return True
    return any(os.environ.get(v) for v in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def setup_logging(folder: Path) -> Path | None:
    """Log warnings and errors to ``folder/diva-desktop.log`` (rotated); returns its path."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "diva-desktop.log"
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=2, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.setLevel(logging.INFO)
    root = logging.getLogger()
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > logging.INFO:
        root.setLevel(logging.INFO)
    return path


def _show_unexpected_error(text: str, details: str, log_path: Path | None) -> None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication, QMessageBox

    if not isinstance(QApplication.instance(), QApplication):
        return
    box = QMessageBox(QApplication.activeWindow())
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("App", "Unexpected error"))
    message = QCoreApplication.translate(
        "App",
        "Something went wrong in DIVÄ Desktop: {error}\n\nYour project is still open; save it under a new "
        "name to be safe. The details are in the log:\n{log}",
    ).format(error=text, log=str(log_path) if log_path else "—")
    box.setText(message)
    box.setDetailedText(details)
    box.exec()


def install_excepthook(log_path: Path | None) -> None:
    """Log uncaught exceptions and show a dialog instead of a traceback."""

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        log.critical("unexpected error", exc_info=(exc_type, exc, tb))
        if _hook_state["active"]:
            return
        _hook_state["active"] = True
        try:
            _show_unexpected_error(
                f"{exc_type.__name__}: {exc}", "".join(traceback.format_exception(exc_type, exc, tb)), log_path
            )
        except Exception:  # the dialog itself must never raise
            log.exception("could not show the error dialog")
        finally:
            _hook_state["active"] = False

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        log.critical(
            "unexpected error in thread %s",
            args.thread.name if args.thread else "?",
            exc_info=(args.exc_type, args.exc_value, args.exc_traceback),  # type: ignore[arg-type]
        )

    sys.excepthook = hook
    threading.excepthook = thread_hook


def create_application(qt_argv: Sequence[str] | None = None) -> QApplication:
    """The QApplication (created once per process) with names, icon and translators."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from .ui.i18n import install_translators, resolve_language
    from .ui.settings import Settings
    from .ui.widgets.pyside_workarounds import release_clipboard

    app = QApplication.instance()
    if app is None:
        QCoreApplication.setOrganizationName("DIVA")
        QCoreApplication.setApplicationName("DIVÄ Desktop")
        app = QApplication(list(qt_argv or [sys.argv[0] if sys.argv else "diva-desktop"]))
    QCoreApplication.setOrganizationName("DIVA")
    QCoreApplication.setApplicationName("DIVÄ Desktop")
    QApplication.setApplicationDisplayName("DIVÄ Desktop")
    from . import __version__

    QCoreApplication.setApplicationVersion(__version__)
    assert isinstance(app, QApplication)
    settings = Settings()
    language = resolve_language(settings.language)
    app._diva_translators = install_translators(app, language)  # type: ignore[attr-defined]
    app._diva_language = language  # type: ignore[attr-defined]
    app.aboutToQuit.connect(release_clipboard)
    return app


def create_main_window(file: str | Path | None = None, *, offer_recovery: bool = True) -> MainWindow:
    """The main window, after recovery has been offered and ``file`` opened."""
    from .ui.icons import icon
    from .ui.main_window import MainWindow
    from .ui.settings import Settings

    window = MainWindow(Settings())
    from PySide6.QtWidgets import QApplication

    QApplication.setWindowIcon(icon("diva"))
    recovered = window.offer_recovery() if offer_recovery else False
    if file is not None and not recovered:
        window.open_path(Path(file), ask=False)
    return window


def main(argv: list[str] | None = None) -> int:
    """Start the GUI; ``argv`` is ``[]`` or ``[FILE]``. Returns the exit status."""
    args = list(sys.argv[1:] if argv is None else argv)
    files = [a for a in args if not a.startswith("-")]
    if len(files) > 1:
        print("diva-desktop: give at most one file to open", file=sys.stderr)
        return 2
    if not display_available():
        print(
            "DIVÄ Desktop needs a graphical display, and none was found (DISPLAY and WAYLAND_DISPLAY are "
            "not set). Start it from a desktop session, or use the command line: diva --help",
            file=sys.stderr,
        )
        return 1
    try:
        from PySide6.QtWidgets import QApplication
    except ImportError as exc:
        print(f"DIVÄ Desktop cannot start its user interface: {exc}", file=sys.stderr)
        return 1

    from .ui.paths import data_dir

    log_path = setup_logging(data_dir())
    install_excepthook(log_path)
    qt_args = [sys.argv[0] if sys.argv else "diva-desktop", *(a for a in args if a.startswith("-"))]
    app = create_application(qt_args)
    assert isinstance(app, QApplication)
    window = create_main_window(files[0] if files else None)
    window.show()
    return int(app.exec())


if __name__ == "__main__":
    sys.exit(main())
