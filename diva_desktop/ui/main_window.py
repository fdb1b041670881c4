"""The main window: the workflow as navigation, menus, toolbar, status bar, project life.

The side list follows the workflow of DESIGN.md §4 (Start, Dokument, Mål,
Kriterier, Alternativ, Bedömningar, Vikter, Analys, Portfölj, Beslut,
Uppföljning, Rapporter). Each step's panel is a widget constructed with the
:class:`~diva_desktop.ui.document.ProjectDocument`; :data:`STEPS` names the
module and class of each. A step whose module is not installed yet is left out
of the navigation (no placeholder pages). :meth:`MainWindow.register_panel` adds
a panel from elsewhere.

Project life: new, open (``.diva`` and ``.json``, also by dropping a file on the
window), save, save as, import and export of the model as an Excel workbook
(``.xlsx``, also by dropping one), recent files, the unsaved-changes question, autosave
to a recovery file and the offer to recover after a crash. No domain logic
lives here: edits are core commands executed by the document.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QCoreApplication, QDateTime, QLocale, QSize, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QUndoView,
    QWidget,
)

from diva_desktop.core.errors import DivaError, Problem
from diva_desktop.core.model import Model

from ..io.documents import SUPPORTED_SUFFIXES as DOCUMENT_SUFFIXES
from ..io.xlsx_model import XLSX_SUFFIX
from .dialogs.common import show_problems
from .dialogs.preferences_dialog import PreferencesDialog
from .dialogs.project_info_dialog import ProjectInfoDialog
from .document import ProjectDocument
from .icons import icon
from .messages import QT_TRANSLATE_NOOP, problem_sentence
from .paths import example_project
from .recovery import RecoveryManager, RecoverySession, orphaned_sessions
from .settings import Settings
from .welcome import WelcomePage

log = logging.getLogger(__name__)

PROJECT_SUFFIX = ".diva"
JSON_SUFFIX = ".json"
ZOOM_STEPS = (70, 80, 90, 100, 115, 130, 150, 175, 200, 250)
PRESENTATION_ZOOM = 150


@dataclass(frozen=True)
class Step:
    """A workflow step: where its panel class lives."""

    key: str
    title: str  # English source text; translated in the "Workflow" context
    icon: str
    module: str
    cls: str


STEPS: tuple[Step, ...] = (
    Step("documents", QT_TRANSLATE_NOOP("Workflow", "Documents"), "documents", "documents_panel", "DocumentsPanel"),
    Step("goals", QT_TRANSLATE_NOOP("Workflow", "Goals"), "goals", "goals_panel", "GoalsPanel"),
    Step("criteria", QT_TRANSLATE_NOOP("Workflow", "Criteria"), "criteria", "criteria_panel", "CriteriaPanel"),
    Step(
        "alternatives",
        QT_TRANSLATE_NOOP("Workflow", "Alternatives"),
        "alternatives",
        "alternatives_panel",
        "AlternativesPanel",
    ),
    Step("scores", QT_TRANSLATE_NOOP("Workflow", "Scores"), "scores", "scores_panel", "ScoresPanel"),
    Step("weights", QT_TRANSLATE_NOOP("Workflow", "Weights"), "weights", "weights_panel", "WeightsPanel"),
    Step("analysis", QT_TRANSLATE_NOOP("Workflow", "Analysis"), "analysis", "analysis_panel", "AnalysisPanel"),
    Step(
        "portfolio", QT_TRANSLATE_NOOP("Workflow", "Portfolio"), "portfolio", "portfolio_panel", "PortfolioPanel"
    ),
    Step("decision", QT_TRANSLATE_NOOP("Workflow", "Decision"), "decision", "decision_panel", "DecisionPanel"),
    Step(
        "followup", QT_TRANSLATE_NOOP("Workflow", "Follow-up"), "followup", "followup_panel", "FollowUpPanel"
    ),
    Step("reports", QT_TRANSLATE_NOOP("Workflow", "Reports"), "reports", "reports_panel", "ReportsPanel"),
    Step(
        "traceability",
        QT_TRANSLATE_NOOP("Workflow", "Traceability"),
        "traceability",
        "traceability_panel",
        "TraceabilityPanel",
    ),
)


def load_panel_class(step: Step) -> type[QWidget] | None:
    """The panel class of a step, or ``None`` if its module does not exist (yet)."""
    name = f"diva_desktop.ui.panels.{step.module}"
    try:
        module = importlib.import_module(name)
    except ImportError as exc:
        if getattr(exc, "name", None) != name:
            log.warning("the %s panel cannot be loaded: %s", step.key, exc)
        return None
    cls = getattr(module, step.cls, None)
    return cls if isinstance(cls, type) and issubclass(cls, QWidget) else None


class MainWindow(QMainWindow):
    """DIVÄ Desktop's main window (see the module documentation)."""

    def __init__(
        self,
        settings: Settings | None = None,
        document: ProjectDocument | None = None,
        parent: QWidget | None = None,
        *,
        load_panels: bool = True,
    ) -> None:
        super().__init__(parent)
        self.settings = settings or Settings()
        self.document = document or ProjectDocument(parent=self)
        self.recovery = RecoveryManager(self.document, self.settings.autosave_interval, parent=self)
        self.panels: dict[str, QWidget] = {}
        self._base_font_size = QApplication.font().pointSizeF()
        self.setWindowIcon(icon("diva"))
        self.setAcceptDrops(True)
        self.setObjectName("MainWindow")

        self._build_central()
        self._build_actions()
        self._build_menus_and_toolbar()
        self._build_status_bar()
        if load_panels:
            for step in STEPS:
                cls = load_panel_class(step)
                if cls is None:
                    continue
                try:
                    panel = cls(self.document)  # type: ignore[arg-type]  # a panel takes the document
                except Exception:
                    log.exception("the %s panel failed to start", step.key)
                    continue
                self.register_panel(step.key, QCoreApplication.translate("Workflow", step.title), panel, step.icon)
            self._connect_panels()

        self.document.modified_changed.connect(self._on_document_modified_changed)
        self.document.path_changed.connect(self._update_title)
        self.document.model_changed.connect(self._on_document_model_changed)
        self.document.error.connect(self._on_document_error)
        self.recovery.autosaved.connect(self._on_recovery_autosaved)
        self.recovery.autosave_failed.connect(self._on_recovery_autosave_failed)
        self.recovery.start()
        self.set_zoom(self.settings.zoom)
        self._update_title()
        self._update_actions()
        self._restore_window_state()

    # -- layout -------------------------------------------------------------

    def _build_central(self) -> None:
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        self.nav = QListWidget(splitter)
        self.nav.setAccessibleName(self.tr("Workflow steps"))
        self.nav.setIconSize(QSize(22, 22))
        self.nav.setSpacing(2)
        self.nav.setMinimumWidth(150)
        self.nav.setMaximumWidth(260)
        self.nav.currentRowChanged.connect(self._on_nav_current_row_changed)
        self.stack = QStackedWidget(splitter)
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([180, 1100])
        self.splitter = splitter
        self.setCentralWidget(splitter)

        self.welcome = WelcomePage(self.stack)
        self.welcome.new_requested.connect(self.new_project)
        self.welcome.open_requested.connect(self.open_dialog)
        self.welcome.example_requested.connect(self.open_example)
        self.welcome.recent_requested.connect(self.open_path)
        self.register_panel("start", self.tr("Start"), self.welcome, "start")

        self.history_dock = QDockWidget(self.tr("History"), self)
        self.history_dock.setObjectName("HistoryDock")
        self.undo_view = QUndoView(self.document.undo_stack, self.history_dock)
        self.undo_view.setEmptyLabel(self.tr("<opened project>"))
        self.undo_view.setAccessibleName(self.tr("Edit history"))
        self.history_dock.setWidget(self.undo_view)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.history_dock)
        self.history_dock.hide()

    def register_panel(self, key: str, title: str, widget: QWidget, icon_name: str = "") -> None:
        """Show ``widget`` as the workflow step ``key`` (in :data:`STEPS` order)."""
        order = ["start", *(s.key for s in STEPS)]
        position = order.index(key) if key in order else len(order)
        row = sum(1 for k in self.panels if (order.index(k) if k in order else len(order)) < position)
        self.panels = dict(
            sorted({**self.panels, key: widget}.items(), key=lambda kv: order.index(kv[0]) if kv[0] in order else len(order))
        )
        item = QListWidgetItem(icon(icon_name) if icon_name else icon(key), title)
        item.setData(Qt.ItemDataRole.UserRole, key)
        item.setSizeHint(QSize(0, max(32, self.fontMetrics().lineSpacing() + 14)))
        self.nav.insertItem(row, item)
        self.stack.insertWidget(row, widget)
        widget.setAccessibleName(title)
        if hasattr(self, "go_menu"):
            self._rebuild_go_menu()

    def show_step(self, key: str) -> bool:
        """Make a workflow step the current page."""
        keys = list(self.panels)
        if key not in keys:
            return False
        self.nav.setCurrentRow(keys.index(key))
        return True

    def current_step(self) -> str:
        item = self.nav.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else "start"

    def _on_nav_current_row_changed(self, row: int) -> None:
        if row >= 0:
            self.stack.setCurrentIndex(row)

    # -- actions, menus -----------------------------------------------------

    def _make_action(
        self,
        text: str,
        slot: Callable[[], object] | None = None,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        icon_name: str | None = None,
        tip: str | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if icon_name:
            action.setIcon(icon(icon_name))
        if shortcut is not None:
            if isinstance(shortcut, QKeySequence.StandardKey):
                action.setShortcuts(shortcut)
            else:
                action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
        if slot is not None:
            action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_actions(self) -> None:
        K = QKeySequence.StandardKey
        self.new_action = self._make_action(self.tr("&New project"), self.new_project, K.New, "document-new", self.tr("Start an empty project"))
        self.open_action = self._make_action(self.tr("&Open…"), self.open_dialog, K.Open, "document-open", self.tr("Open a .diva project or a .json model"))
        self.example_action = self._make_action(self.tr("Open the &example"), self.open_example, None, None, self.tr("Open the Norrvik example project"))
        self.save_action = self._make_action(self.tr("&Save"), self.save, K.Save, "document-save", self.tr("Save the project"))
        self.save_as_action = self._make_action(self.tr("Save &as…"), self.save_as, K.SaveAs, None, self.tr("Save the project under another name"))
        if self.save_as_action.shortcut().isEmpty():
            self.save_as_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.import_xlsx_action = self._make_action(
            self.tr("&Import model from Excel…"),
            self.import_excel,
            None,
            None,
            self.tr("Read a model prepared in an Excel workbook (.xlsx) as a new project"),
        )
        self.export_xlsx_action = self._make_action(
            self.tr("E&xport model to Excel…"),
            self.export_excel,
            None,
            None,
            self.tr("Write the model to an Excel workbook (.xlsx) to review or edit it in a spreadsheet"),
        )
        self.properties_action = self._make_action(self.tr("Project &properties…"), self.edit_project_info)
        self.quit_action = self._make_action(self.tr("&Quit"), self.close, K.Quit, "application-exit")
        if self.quit_action.shortcut().isEmpty():
            self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))

        stack = self.document.undo_stack
        self.undo_action = stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts(K.Undo)
        self.undo_action.setIcon(icon("edit-undo"))
        self.redo_action = stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts(K.Redo)
        self.redo_action.setIcon(icon("edit-redo"))
        self.preferences_action = self._make_action(self.tr("&Preferences…"), self.edit_preferences, K.Preferences)

        self.zoom_in_action = self._make_action(self.tr("Zoom &in"), lambda: self.step_zoom(1), K.ZoomIn)
        self.zoom_out_action = self._make_action(self.tr("Zoom &out"), lambda: self.step_zoom(-1), K.ZoomOut)
        self.zoom_reset_action = self._make_action(self.tr("&Normal size"), lambda: self.set_zoom(100), "Ctrl+0")
        self.presentation_action = self._make_action(
            self.tr("&Presentation zoom"), None, "F5", None, self.tr("Larger text for a projector")
        )
        self.presentation_action.setCheckable(True)
        self.presentation_action.toggled.connect(self._on_presentation_action_toggled)
        self.history_action = self.history_dock.toggleViewAction()
        self.history_action.setText(self.tr("Edit &history"))
        self.history_action.setShortcut(QKeySequence("Ctrl+H"))
        self.next_step_action = self._make_action(self.tr("&Next step"), lambda: self._step_by(1), "Ctrl+PgDown")
        self.previous_step_action = self._make_action(self.tr("&Previous step"), lambda: self._step_by(-1), "Ctrl+PgUp")
        self.about_action = self._make_action(self.tr("&About DIVÄ Desktop"), self.show_about, None, "help-about")
        for action in (self.next_step_action, self.previous_step_action, self.zoom_in_action, self.zoom_out_action):
            self.addAction(action)

    def _build_menus_and_toolbar(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.open_action)
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._rebuild_recent_menu)
        file_menu.addAction(self.example_action)
        file_menu.addSeparator()
        file_menu.addAction(self.save_action)
        file_menu.addAction(self.save_as_action)
        file_menu.addSeparator()
        file_menu.addAction(self.import_xlsx_action)
        file_menu.addAction(self.export_xlsx_action)
        file_menu.addSeparator()
        file_menu.addAction(self.properties_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.preferences_action)

        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addAction(self.presentation_action)
        view_menu.addAction(self.zoom_in_action)
        view_menu.addAction(self.zoom_out_action)
        view_menu.addAction(self.zoom_reset_action)
        view_menu.addSeparator()
        view_menu.addAction(self.history_action)

        self.go_menu = bar.addMenu(self.tr("&Go"))
        self._step_group = QActionGroup(self)
        self._rebuild_go_menu()

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)

        toolbar = self.addToolBar(self.tr("Main toolbar"))
        toolbar.setObjectName("MainToolbar")
        toolbar.setIconSize(QSize(20, 20))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (self.new_action, self.open_action, self.save_action):
            toolbar.addAction(action)
        toolbar.addSeparator()
        toolbar.addAction(self.undo_action)
        toolbar.addAction(self.redo_action)
        self.toolbar = toolbar

    def _rebuild_go_menu(self) -> None:
        self.go_menu.clear()
        self.go_menu.addAction(self.previous_step_action)
        self.go_menu.addAction(self.next_step_action)
        self.go_menu.addSeparator()
        for number, (key, widget) in enumerate(self.panels.items()):
            action = QAction(icon(key), widget.accessibleName(), self.go_menu)
            if number < 10:
                action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _checked=False, k=key: self.show_step(k))
            self.go_menu.addAction(action)

    def _step_by(self, delta: int) -> None:
        row = self.nav.currentRow() + delta
        if 0 <= row < self.nav.count():
            self.nav.setCurrentRow(row)

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        self.problem_label = QLabel(status)
        self.problem_label.setObjectName("problemLabel")
        self.problem_label.setAccessibleName(self.tr("Last problem"))
        self.autosave_label = QLabel(status)
        self.autosave_label.setAccessibleName(self.tr("Autosave status"))
        status.addWidget(self.problem_label, 1)
        status.addPermanentWidget(self.autosave_label)
        self._problem_timer = QTimer(self)
        self._problem_timer.setSingleShot(True)
        self._problem_timer.timeout.connect(self.problem_label.clear)

    def _rebuild_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = self.settings.recent_files()
        if not files:
            empty = self.recent_menu.addAction(self.tr("No recent projects"))
            empty.setEnabled(False)
            return
        for number, path in enumerate(files, start=1):
            action = self.recent_menu.addAction(f"&{number} {path.name}")
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.triggered.connect(lambda _checked=False, p=path: self.open_path(p))

    # -- state display --------------------------------------------------------

    def _update_title(self, *_args: object) -> None:
        self.setWindowTitle(f"{self.document.display_name()}[*] — DIVÄ Desktop")
        self.setWindowModified(self.document.modified)
        self.welcome.set_recent_files(self.settings.recent_files())

    def _update_actions(self) -> None:
        self.save_action.setEnabled(True)

    def _on_document_modified_changed(self, _modified: bool) -> None:
        self._update_title()

    def _on_document_model_changed(self, changes: object) -> None:
        if getattr(changes, "info", False):
            self._update_title()

    def _on_document_error(self, problems: list[Problem]) -> None:
        text = "  ".join(problem_sentence(p, self.document.model) for p in problems[:3])
        self.show_problem(text)

    def show_problem(self, text: str, timeout_ms: int = 12000) -> None:
        """Show a refusal or failure in the status bar (not modal)."""
        self.problem_label.setText(text)
        self.problem_label.setToolTip(text)
        self._problem_timer.start(timeout_ms)
        QApplication.beep()

    def _on_recovery_autosaved(self, when: object) -> None:
        time = QLocale().toString(when.time(), QLocale.FormatType.ShortFormat)  # type: ignore[attr-defined]
        self.autosave_label.setText(self.tr("Changes kept for recovery at {time}").format(time=time))

    def _on_recovery_autosave_failed(self, reason: str) -> None:
        self.autosave_label.setText(self.tr("Autosave failed: {reason}").format(reason=reason))

    # -- zoom -----------------------------------------------------------------

    def set_zoom(self, percent: int) -> None:
        """Scale every text of the application (presentation zoom)."""
        percent = int(min(max(percent, ZOOM_STEPS[0]), ZOOM_STEPS[-1]))
        self.settings.zoom = percent
        app = QApplication.instance()
        if isinstance(app, QApplication) and self._base_font_size > 0:
            font = app.font()
            size = self._base_font_size * percent / 100
            font.setPointSizeF(size)
            app.setFont(font)
            self.setStyleSheet(
                f"QLabel#panelTitle {{ font-size: {size * 1.45:.1f}pt; font-weight: 600; }}"
                f"QLabel#sectionTitle {{ font-size: {size * 1.15:.1f}pt; font-weight: 600; }}"
                f"QLabel#welcomeTitle {{ font-size: {size * 2.0:.1f}pt; font-weight: 600; }}"
                "QLabel#problemLabel { color: #b71c1c; }"
            )
        self.presentation_action.blockSignals(True)
        self.presentation_action.setChecked(percent >= PRESENTATION_ZOOM)
        self.presentation_action.blockSignals(False)
        self._zoom = percent

    def zoom(self) -> int:
        return self._zoom

    def step_zoom(self, direction: int) -> None:
        current = self._zoom
        if direction > 0:
            bigger = [z for z in ZOOM_STEPS if z > current]
            self.set_zoom(bigger[0] if bigger else ZOOM_STEPS[-1])
        else:
            smaller = [z for z in ZOOM_STEPS if z < current]
            self.set_zoom(smaller[-1] if smaller else ZOOM_STEPS[0])

    def _on_presentation_action_toggled(self, on: bool) -> None:
        self.set_zoom(PRESENTATION_ZOOM if on else 100)

    # -- project life -----------------------------------------------------------

    def maybe_save(self) -> bool:
        """Ask about unsaved changes; ``False`` if the user cancels."""
        if not self.document.modified:
            return True
        answer = QMessageBox.warning(
            self,
            self.tr("Unsaved changes"),
            self.tr("‘{name}’ has changes that are not saved. Save them?").format(name=self.document.display_name()),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def _show_project(
        self,
        model: Model,
        path: Path | None,
        *,
        modified: bool = False,
        settings: dict[str, Any] | None = None,
    ) -> None:
        self.recovery.discard()
        self.document.reset(model, path, modified=modified, settings=settings)
        self._update_title()
        if self.current_step() == "start":
            self.show_step("criteria")

    def new_project(self) -> bool:
        if not self.maybe_save():
            return False
        self._show_project(Model(), None)
        self.statusBar().showMessage(self.tr("New project"), 5000)
        return True

    def open_dialog(self) -> bool:
        if not self.maybe_save():
            return False
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Open project"),
            self.settings.last_folder,
            self.tr("DIVÄ projects and models (*.diva *.json);;DIVÄ projects (*.diva);;JSON models (*.json);;All files (*)"),
        )
        if not path:
            return False
        return self.open_path(Path(path), ask=False)

    def open_example(self) -> bool:
        path = example_project()
        if not self.maybe_save():
            return False
        content = self._read(path)
        if content is None:
            return False
        self._show_project(content[0], None, settings=content[1])
        self.statusBar().showMessage(self.tr("Opened the example; save it to keep your changes"), 8000)
        return True

    def _read(self, path: Path) -> tuple[Model, dict[str, Any]] | None:
        """The model and project settings of ``path``, or ``None`` after telling the user why not."""
        from diva_desktop.storage import open_content

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return open_content(path)
        except DivaError as exc:
            QGuiApplication.restoreOverrideCursor()
            show_problems(
                self,
                self.tr("Cannot open the file"),
                self.tr("‘{file}’ could not be opened. The project you have open is unchanged.").format(file=path.name),
                exc.problems,
            )
            return None
        except OSError as exc:
            QGuiApplication.restoreOverrideCursor()
            show_problems(
                self,
                self.tr("Cannot open the file"),
                self.tr("‘{file}’ could not be opened. The project you have open is unchanged.").format(file=path.name),
                [Problem("io", str(path), exc.strerror or str(exc))],
            )
            return None
        finally:
            if QGuiApplication.overrideCursor() is not None:
                QGuiApplication.restoreOverrideCursor()

    def open_path(self, path: Path | str, *, ask: bool = True) -> bool:
        """Open a project or model file; on failure the open project stays as it is."""
        path = Path(path)
        if ask and not self.maybe_save():
            return False
        content = self._read(path)
        if content is None:
            if not path.exists():
                self.settings.remove_recent_file(path)
                self.welcome.set_recent_files(self.settings.recent_files())
            return False
        self._show_project(content[0], path, settings=content[1])
        self.settings.add_recent_file(path)
        self.settings.last_folder = str(path.parent)
        self.welcome.set_recent_files(self.settings.recent_files())
        self.statusBar().showMessage(self.tr("Opened {file}").format(file=str(path)), 5000)
        return True

    def save(self) -> bool:
        if self.document.path is None:
            return self.save_as()
        return self.save_to(self.document.path)

    def save_as(self) -> bool:
        current = self.document.path
        suggested = str(current) if current is not None else str(
            Path(self.settings.last_folder or Path.home()) / f"{self.document.display_name()}{PROJECT_SUFFIX}"
        )
        path, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Save project as"),
            suggested,
            self.tr("DIVÄ project (*.diva);;JSON model (*.json)"),
        )
        if not path:
            return False
        target = Path(path)
        if target.suffix.lower() not in (PROJECT_SUFFIX, JSON_SUFFIX):
            target = target.with_name(target.name + (JSON_SUFFIX if "json" in chosen.lower() else PROJECT_SUFFIX))
        if target.suffix.lower() == JSON_SUFFIX and not self._json_keeps_enough(target):
            return False
        return self.save_to(target)

    def _json_keeps_enough(self, target: Path) -> bool:
        """Ask before a JSON model leaves out what only a project file holds (spec §2)."""
        lost: list[str] = []
        if self.document.settings:
            lost.append(self.tr("the settings of the analysis (your own portfolios)"))
        source = self.document.path
        if source is not None and source.suffix.lower() == PROJECT_SUFFIX and source.is_file():
            from diva_desktop.storage import ProjectStore

            try:
                with ProjectStore.open(source) as store:
                    if store.snapshots():
                        lost.append(self.tr("the decided model versions"))
            except DivaError:
                pass  # an unreadable project: saving the model is still wanted
        if not lost:
            return True
        kept = (
            self.tr("They stay in ‘{project}’.").format(project=source.name)
            if source is not None and source.suffix.lower() == PROJECT_SUFFIX
            else self.tr("Save as a .diva project to keep them.")
        )
        answer = QMessageBox.question(
            self,
            self.tr("Save as a JSON model"),
            self.tr("A JSON model holds only the model, so ‘{file}’ will not have {parts}. {kept} Save anyway?").format(
                file=target.name, parts=self.tr(" and ").join(lost), kept=kept
            ),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Save

    def save_to(self, path: Path) -> bool:
        """Write the project to ``path`` (``.json``: the JSON model); on failure nothing is lost."""
        model = self.document.model
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if path.suffix.lower() == JSON_SUFFIX:
                from diva_desktop.io.json_model import save_model_file

                save_model_file(model, path)
            else:
                from diva_desktop.storage import save_project

                # Save as: the new file copies the open project's decided versions; the settings
                # of the analysis are the document's, written in the same transaction as the model.
                save_project(model, path, copy_of=self.document.path, settings=self.document.settings)
        except (DivaError, OSError) as exc:
            QGuiApplication.restoreOverrideCursor()
            problems = (
                exc.problems
                if isinstance(exc, DivaError)
                else [Problem("io", str(path), exc.strerror or str(exc))]
            )
            show_problems(
                self,
                self.tr("Cannot save the project"),
                self.tr(
                    "The project could not be saved to ‘{file}’. Nothing is lost: your changes are still open "
                    "here and are kept for recovery. Save to another folder or free some disk space."
                ).format(file=str(path)),
                problems,
            )
            self.recovery.autosave_now()
            return False
        QGuiApplication.restoreOverrideCursor()
        self.document.mark_saved(path)
        self.recovery.discard()
        self.settings.add_recent_file(path)
        self.settings.last_folder = str(path.parent)
        self._update_title()
        self.statusBar().showMessage(self.tr("Saved {file}").format(file=str(path)), 5000)
        return True

    # -- the model as an Excel workbook (io.xlsx_model) ---------------------------------

    def import_excel(self) -> bool:
        """Read a model workbook as a new, unsaved project; on failure the open project stays."""
        if not self.maybe_save():
            return False
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import model from Excel"),
            self.settings.last_folder,
            self.tr("Excel workbooks (*.xlsx);;All files (*)"),
        )
        if not path:
            return False
        return self.import_excel_file(Path(path), asked=True)

    def import_excel_file(self, source: Path, *, asked: bool = False) -> bool:
        """Read the workbook ``source`` as a new, unsaved project (also when it is dropped on the window)."""
        if not asked and not self.maybe_save():
            return False
        from diva_desktop.io.xlsx_model import load_model_xlsx

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            model = load_model_xlsx(source, check=False)  # like a JSON model: problems show in the steps
        except DivaError as exc:
            QGuiApplication.restoreOverrideCursor()
            show_problems(
                self,
                self.tr("Cannot import the workbook"),
                self.tr("‘{file}’ could not be imported. The project you have open is unchanged.").format(
                    file=source.name
                ),
                exc.problems,
            )
            return False
        finally:
            if QGuiApplication.overrideCursor() is not None:
                QGuiApplication.restoreOverrideCursor()
        self._show_project(model, None, modified=True)
        self.settings.last_folder = str(source.parent)
        self.statusBar().showMessage(
            self.tr("Imported {file}; save it as a project to keep it").format(file=str(source)), 8000
        )
        return True

    def export_excel(self) -> bool:
        """Write the model to a workbook; on failure nothing changes."""
        suggested = Path(self.settings.last_folder or Path.home()) / f"{self.document.display_name()}.xlsx"
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export model to Excel"),
            str(suggested),
            self.tr("Excel workbook (*.xlsx)"),
        )
        if not path:
            return False
        from diva_desktop.io.xlsx_model import save_model_xlsx

        target = Path(path)
        if target.suffix.lower() != XLSX_SUFFIX:
            target = target.with_name(target.name + XLSX_SUFFIX)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            save_model_xlsx(self.document.model, target)
        except (DivaError, OSError) as exc:
            QGuiApplication.restoreOverrideCursor()
            problems = (
                exc.problems
                if isinstance(exc, DivaError)
                else [Problem("io", str(target), exc.strerror or str(exc))]
            )
            show_problems(
                self,
                self.tr("Cannot export the model"),
                self.tr("The model could not be exported to ‘{file}’. The project is unchanged.").format(
                    file=str(target)
                ),
                problems,
            )
            return False
        finally:
            if QGuiApplication.overrideCursor() is not None:
                QGuiApplication.restoreOverrideCursor()
        self.settings.last_folder = str(target.parent)
        self.statusBar().showMessage(self.tr("Exported {file}").format(file=str(target)), 5000)
        return True

    def edit_project_info(self) -> None:
        dialog = ProjectInfoDialog(self.document.model, self)
        if dialog.exec():
            command = dialog.command()
            if command is not None:
                self.document.execute(command)

    def edit_preferences(self) -> None:
        dialog = PreferencesDialog(self.settings, self)
        if dialog.exec():
            old_language = self.settings.language
            dialog.apply()
            self.recovery.set_interval(self.settings.autosave_interval)
            if self.settings.language != old_language:
                QMessageBox.information(
                    self, self.tr("Language"), self.tr("The new language is used when DIVÄ Desktop starts next time.")
                )

    def show_about(self) -> None:
        from diva_desktop import __version__

        QMessageBox.about(
            self,
            self.tr("About DIVÄ Desktop"),
            self.tr(
                "DIVÄ Desktop {version}\n\nDecision support for municipal digitalisation investments: "
                "multi-criteria decision analysis with imprecise preferences, portfolios and benefits realisation."
            ).format(version=__version__),
        )

    # -- recovery ---------------------------------------------------------------

    def offer_recovery(self) -> bool:
        """Offer the unsaved work of a crashed session; ``True`` if one was recovered."""
        for session in orphaned_sessions():
            if self._ask_recover(session):
                try:
                    model, settings = session.load_content()
                except DivaError as exc:
                    show_problems(
                        self, self.tr("Cannot recover"), self.tr("The recovery file cannot be read."), exc.problems
                    )
                    session.discard()
                    continue
                self._show_project(model, session.project_path, modified=True, settings=settings)
                session.discard()
                self.statusBar().showMessage(self.tr("Recovered the unsaved changes; save them to keep them"), 10000)
                self.recovery.autosave_now()
                return True
            session.discard()
        return False

    def _ask_recover(self, session: RecoverySession) -> bool:
        when = (
            QLocale().toString(
                QDateTime.fromString(session.saved_at.isoformat(), Qt.DateFormat.ISODate).toLocalTime(),
                QLocale.FormatType.ShortFormat,
            )
            if session.saved_at is not None
            else "?"
        )
        name = session.name or (session.project_path.name if session.project_path else self.tr("Untitled project"))
        answer = QMessageBox.question(
            self,
            self.tr("Recover unsaved changes"),
            self.tr(
                "DIVÄ Desktop was not closed properly. Unsaved changes to ‘{name}’ from {time} were kept. "
                "Recover them? If you choose No, they are deleted."
            ).format(name=name, time=when),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        return answer == QMessageBox.StandardButton.Yes

    # -- window events ------------------------------------------------------------

    def _dropped_file(self, event: QDragEnterEvent | QDropEvent) -> Path | None:
        """A dropped project or model, or a steering document when the Documents step exists."""
        data = event.mimeData()
        if not data.hasUrls():
            return None
        accepted = {PROJECT_SUFFIX, JSON_SUFFIX, XLSX_SUFFIX}
        if "documents" in self.panels:
            accepted |= set(DOCUMENT_SUFFIXES)
        for url in data.urls():
            if url.isLocalFile():
                path = Path(url.toLocalFile())
                if path.suffix.lower() in accepted:
                    return path
        return None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_file(event) is not None:
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        path = self._dropped_file(event)
        if path is None:
            super().dropEvent(event)
            return
        event.acceptProposedAction()
        if path.suffix.lower() == XLSX_SUFFIX:
            QTimer.singleShot(0, lambda: self.import_excel_file(path))
        elif path.suffix.lower() in DOCUMENT_SUFFIXES:
            QTimer.singleShot(0, lambda: self.import_document(path))
        else:
            QTimer.singleShot(0, lambda: self.open_path(path))

    def import_document(self, path: Path) -> None:
        """Import a steering document into the open project (the Documents step does the work)."""
        panel = self.panels.get("documents")
        start_import = getattr(panel, "start_import", None)
        if start_import is None:
            return
        self.show_step("documents")
        start_import(path)

    def _connect_panels(self) -> None:
        """Links between steps: a goal shown in its document from the Goals step."""
        goals = self.panels.get("goals")
        signal = getattr(goals, "show_goal_in_document", None)
        if signal is not None:
            signal.connect(self._on_goals_show_goal_in_document)

    def _on_goals_show_goal_in_document(self, goal_id: str) -> None:
        panel = self.panels.get("documents")
        show_goal = getattr(panel, "show_goal", None)
        if show_goal is None:
            return
        self.show_step("documents")
        show_goal(goal_id)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.maybe_save():
            event.ignore()
            return
        self.settings.set_window_state("geometry", self.saveGeometry())
        self.settings.set_window_state("state", self.saveState())
        self.recovery.stop()
        event.accept()

    def _restore_window_state(self) -> None:
        geometry = self.settings.window_state("geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            screen = QGuiApplication.primaryScreen()
            available = screen.availableGeometry() if screen is not None else None
            width, height = 1280, 720
            if available is not None:
                width = min(width, available.width())
                height = min(height, available.height())
            self.resize(width, height)
        state = self.settings.window_state("state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)


__all__ = ["STEPS", "MainWindow", "Step", "load_panel_class"]
