"""The main window: workflow navigation, project life, bad files and failing saves,
the unsaved-changes question, file drops, zoom, keyboard and accessibility."""

from __future__ import annotations

import json
import os
import stat

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)
from ui_helpers import EXAMPLE

from diva_desktop.core.commands import UpdateCriterion
from diva_desktop.core.errors import Problem, ProjectFileError
from diva_desktop.core.model import Model
from diva_desktop.io.json_model import load_model_file
from diva_desktop.storage import load_project
from diva_desktop.ui.main_window import STEPS, MainWindow, load_panel_class


@pytest.fixture
def window(qtbot, settings, recovery_dir) -> MainWindow:
    w = MainWindow(settings)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.document.undo_stack.setClean()  # no unsaved-changes question at teardown
    w.document.reset(Model())


def test_navigation_lists_only_steps_that_have_panels(window) -> None:
    keys = list(window.panels)
    assert keys[0] == "start"
    assert "criteria" in keys and "alternatives" in keys
    for step in STEPS:
        assert (step.key in keys) == (load_panel_class(step) is not None)
    assert window.nav.count() == len(keys)
    order = ["start", *(s.key for s in STEPS)]
    assert keys == sorted(keys, key=order.index)


def test_open_the_example_from_the_welcome_page(qtbot, window, example_model) -> None:
    qtbot.mouseClick(window.welcome.example_button, Qt.MouseButton.LeftButton)
    assert window.document.model == example_model
    assert window.document.path is None  # the example is never overwritten
    assert example_model.name in window.windowTitle()
    assert window.current_step() == "criteria"
    assert not window.isWindowModified()


def test_edit_marks_modified_and_undo_clears_it(window, example_model) -> None:
    window.open_example()
    window.document.execute(UpdateCriterion("klimat", name="Klimat"))
    assert window.isWindowModified()
    assert window.undo_action.text() == "&Undo Rename criterion ‘Klimat’"
    window.undo_action.trigger()
    assert not window.isWindowModified()
    assert window.redo_action.isEnabled()


def test_save_as_and_reopen(window, dialogs, tmp_path, settings, example_model) -> None:
    window.open_example()
    window.document.execute(UpdateCriterion("klimat", name="Klimat"))
    target = tmp_path / "norrvik"
    dialogs.save_file = str(target)
    dialogs.save_filter = "DIVÄ project (*.diva)"
    assert window.save()  # no path yet: save as
    saved = tmp_path / "norrvik.diva"
    assert saved.is_file()
    assert window.document.path == saved
    assert not window.isWindowModified()
    assert settings.recent_files()[0] == saved.resolve()
    assert load_project(saved) == window.document.model
    window.document.execute(UpdateCriterion("klimat", name="Klimatet"))
    assert window.save()  # to the same file, no dialog
    assert dialogs.texts("save") == [""]
    assert load_project(saved).criterion("klimat").name == "Klimatet"  # type: ignore[union-attr]
    # and back through the recent list
    window.new_project()
    assert window.open_path(settings.recent_files()[0])
    assert window.document.model.criterion("klimat").name == "Klimatet"  # type: ignore[union-attr]


def test_save_as_json(window, dialogs, tmp_path, example_model) -> None:
    window.open_example()
    dialogs.save_file = str(tmp_path / "model.json")
    assert window.save_as()
    assert load_model_file(tmp_path / "model.json") == example_model


def test_save_as_json_asks_before_leaving_out_project_parts(window, dialogs, tmp_path) -> None:
    from diva_desktop.storage import ProjectStore

    window.open_example()
    project = tmp_path / "norrvik.diva"
    dialogs.save_file = str(project)
    assert window.save_as()
    with ProjectStore.open(project) as store:
        store.add_snapshot(window.document.model, label="Beslut", decided_by="KF")
    assert window.document.set_setting("portfolio.compare", {"mine": ["rpa_ekonomi"]}, text="Add portfolio")
    target = tmp_path / "model.json"
    dialogs.save_file = str(target)
    dialogs.question = QMessageBox.StandardButton.Cancel
    assert not window.save_as()
    assert not target.exists() and window.document.path == project
    (text,) = dialogs.texts("question")
    assert "the settings of the analysis" in text and "the decided model versions" in text
    assert "They stay in ‘norrvik.diva’" in text
    dialogs.question = QMessageBox.StandardButton.Save
    assert window.save_as()
    assert target.is_file() and window.document.path == target


@pytest.mark.parametrize(
    ("content", "expect"),
    [
        (b"\x00\x01garbage that is not a project", "not a DIVÄ project"),
        (b"SQLite format 3\x00" + b"\x00" * 40, "damaged"),
        (b"{ not json", "not valid JSON"),
        (json.dumps({"format": "diva-model", "version": 99, "criteria": [], "alternatives": []}).encode(), "newer"),
    ],
)
def test_bad_files_are_refused_and_the_project_stays(window, dialogs, tmp_path, content, expect) -> None:
    window.open_example()
    before = window.document.model
    window.document.execute(UpdateCriterion("klimat", name="Ändrad"))
    edited = window.document.model
    suffix = ".json" if content.startswith(b"{") else ".diva"
    bad = tmp_path / f"bad{suffix}"
    bad.write_bytes(content)
    assert not window.open_path(bad, ask=False)
    assert window.document.model is edited
    assert window.document.modified
    warnings = dialogs.texts("warning")
    assert warnings and expect in warnings[-1], warnings
    assert before is not edited


def test_missing_file_is_refused(window, dialogs, tmp_path) -> None:
    assert not window.open_path(tmp_path / "nowhere.diva", ask=False)
    assert "does not exist" in dialogs.texts("warning")[-1]


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write into read-only folders")
def test_read_only_folder_at_save(window, dialogs, tmp_path) -> None:
    window.open_example()
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        window.document.execute(UpdateCriterion("klimat", name="Klimat"))
        assert not window.save_to(folder / "p.diva")
    finally:
        folder.chmod(stat.S_IRWXU)
    assert window.document.modified
    assert "read-only" in dialogs.texts("warning")[-1]


@pytest.mark.parametrize(
    ("reason", "expect"),
    [
        ("the disk is full (No space left on device)", "The disk is full"),
        ("the folder or the file is read-only (Permission denied)", "read-only"),
    ],
)
def test_failing_save_loses_nothing_and_autosave_goes_on(
    window, dialogs, tmp_path, *, monkeypatch, reason, expect
) -> None:
    """A full disk or a read-only place at save: a dialog, the project stays open and modified,
    and the recovery file is written."""
    import diva_desktop.storage as storage

    def disk_full(model, path, **_options):
        raise ProjectFileError(
            Problem(
                "save_failed",
                str(path),
                f"cannot save the project: {reason}. Save it elsewhere; the file on disk is unchanged.",
                params={"path": str(path)},
            )
        )

    monkeypatch.setattr(storage, "save_project", disk_full)
    window.open_example()
    window.document.execute(UpdateCriterion("klimat", name="Klimat"))
    edited = window.document.model
    assert not window.save_to(tmp_path / "p.diva")
    assert window.document.model is edited
    assert window.document.modified
    text = dialogs.texts("warning")[-1]
    assert "Nothing is lost" in text and expect in text
    assert window.recovery.model_file.is_file()
    from diva_desktop.ui.recovery import loads_recovery

    assert loads_recovery(window.recovery.model_file.read_text(encoding="utf-8")) == (edited, {})


def test_unsaved_changes_question(window, dialogs, example_model) -> None:
    window.open_example()
    window.document.execute(UpdateCriterion("klimat", name="Klimat"))
    edited = window.document.model
    dialogs.warning = QMessageBox.StandardButton.Cancel
    assert not window.new_project()
    assert window.document.model is edited
    assert "not saved" in dialogs.texts("warning")[-1]
    dialogs.warning = QMessageBox.StandardButton.Discard
    assert window.new_project()
    assert window.document.model == Model()


def test_close_asks_and_can_be_cancelled(window, dialogs) -> None:
    window.open_example()
    window.document.execute(UpdateCriterion("klimat", name="Klimat"))
    dialogs.warning = QMessageBox.StandardButton.Cancel
    assert not window.close()
    assert window.isVisible()


def test_drop_a_file_on_the_window(qtbot, window, tmp_path, example_model) -> None:
    path = tmp_path / "dropped.json"
    path.write_bytes(EXAMPLE.read_bytes())
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        QPointF(200, 200), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    window.dropEvent(event)
    qtbot.waitUntil(lambda: window.document.path == path)
    assert window.document.model == example_model


def test_drop_a_workbook_imports_the_model(qtbot, window, tmp_path, example_model) -> None:
    from diva_desktop.io.xlsx_model import save_model_xlsx

    path = tmp_path / "dropped.xlsx"
    save_model_xlsx(example_model, path)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        QPointF(200, 200), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    window.dropEvent(event)
    qtbot.waitUntil(lambda: window.document.model == example_model)
    assert window.document.path is None  # a new, unsaved project: the workbook is never overwritten
    assert window.isWindowModified()


def test_presentation_zoom(window, settings) -> None:
    base = QApplication.font().pointSizeF()
    window.presentation_action.trigger()
    assert window.zoom() == 150
    assert QApplication.font().pointSizeF() == pytest.approx(base * 1.5, rel=0.05)
    window.zoom_in_action.trigger()
    assert window.zoom() > 150
    window.zoom_reset_action.trigger()
    assert window.zoom() == 100
    assert QApplication.font().pointSizeF() == pytest.approx(base, rel=0.05)
    assert settings.zoom == 100


def test_keyboard_navigation_between_steps(qtbot, window) -> None:
    window.nav.setFocus()
    window.show_step("start")
    window.next_step_action.trigger()
    assert window.current_step() == list(window.panels)[1]
    window.previous_step_action.trigger()
    assert window.current_step() == "start"
    shortcuts = {a.shortcut().toString(): a for a in window.go_menu.actions() if not a.shortcut().isEmpty()}
    shortcuts["Ctrl+2"].trigger()
    assert window.current_step() == list(window.panels)[2]


def test_standard_shortcuts(window) -> None:
    for action, key in (
        (window.new_action, "Ctrl+N"),
        (window.open_action, "Ctrl+O"),
        (window.save_action, "Ctrl+S"),
        (window.save_as_action, "Ctrl+Shift+S"),
        (window.undo_action, "Ctrl+Z"),
        (window.quit_action, "Ctrl+Q"),
    ):
        assert key in [s.toString() for s in action.shortcuts()], (action.text(), key)


def test_every_control_has_an_accessible_name(window) -> None:
    window.open_example()
    missing = []
    for key in window.panels:
        if key not in ("start", "criteria", "alternatives"):
            continue  # other steps are tested by their authors
        window.show_step(key)
        page = window.panels[key]
        controls = (QLineEdit, QPlainTextEdit, QComboBox, QAbstractItemView, QAbstractButton)
        for widget in page.findChildren(QWidget):
            if not isinstance(widget, controls) or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
                continue
            has_label = isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip()
            buddy = any(label.buddy() is widget for label in page.findChildren(QLabel))
            popup = widget.parent().parent() if widget.parent() is not None else None
            if isinstance(popup, QComboBox):
                continue  # a combo box's own popup list
            if not (widget.accessibleName() or has_label or buddy):
                missing.append(f"{key}: {type(widget).__name__} {widget.objectName()} in {type(widget.parent()).__name__}")
    assert not missing, missing


def test_fits_1366x768(window) -> None:
    window.open_example()
    for key in window.panels:
        window.show_step(key)
        hint = window.minimumSizeHint()
        assert hint.width() <= 1366 and hint.height() <= 768, (key, hint)


def test_example_menu_and_recent_menu(window, settings, tmp_path) -> None:
    window._rebuild_recent_menu()
    assert not window.recent_menu.actions()[0].isEnabled()
    path = tmp_path / "x.json"
    path.write_bytes(EXAMPLE.read_bytes())
    assert window.open_path(path)
    window._rebuild_recent_menu()
    assert window.recent_menu.actions()[0].text().endswith("x.json")
    assert window.welcome.recent_list.count() == 1


def test_project_properties(window, monkeypatch) -> None:
    from diva_desktop.ui.dialogs.project_info_dialog import ProjectInfoDialog

    def fake_exec(self) -> int:
        self.name_edit.setText("Nytt namn")
        return 1

    monkeypatch.setattr(ProjectInfoDialog, "exec", fake_exec)
    window.edit_project_info()
    assert window.document.model.name == "Nytt namn"
    assert "Nytt namn" in window.windowTitle()
    assert window.document.undo_stack.undoText() == "Rename project ‘Nytt namn’"


def test_status_bar_shows_refusals(window) -> None:
    window.open_example()
    window.document.execute(UpdateCriterion("klimat", name=""))
    assert "must not be empty" in window.problem_label.text()



def test_drop_a_steering_document_imports_it(qtbot, window, tmp_path) -> None:
    path = tmp_path / "agenda.md"
    path.write_text("# Agenda för Åby\n\nKommunen ska öka andelen digitala ärenden till 80 procent.\n", encoding="utf-8")
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        QPointF(200, 200), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    window.dropEvent(event)
    qtbot.waitUntil(lambda: len(window.document.model.documents) == 1, timeout=10_000)
    assert window.current_step() == "documents"
    assert "80 procent" in window.document.model.documents[0].text


def test_show_goal_in_document_switches_to_the_documents_step(qtbot, window, example_model) -> None:
    window.open_example()
    goal = example_model.goals[3]
    window.show_step("goals")
    window.panels["goals"].show_goal_in_document.emit(goal.id)
    assert window.current_step() == "documents"
    reader = window.panels["documents"].reader
    assert reader.page == goal.page
    start, end = reader.selection()
    page_text = example_model.documents[0].pages[goal.page - 1]
    assert page_text[start:end] == goal.quote


def test_project_settings_are_saved_with_the_model_and_restored(window, dialogs, tmp_path) -> None:
    """The user's portfolios (a project setting) go into the .diva file on save and save as,
    come back when the project is opened, and are not carried into a .json model."""
    from diva_desktop.core.portfolio import COMPARE_SETTING
    from diva_desktop.storage import load_project_content

    window.open_example()
    assert window.document.settings == {}  # a .json model has none
    assert window.document.set_setting(COMPARE_SETTING, {"Mine": ["iam", "isms"]}, text="Add portfolio ‘Mine’")
    assert window.isWindowModified()
    saved = tmp_path / "norrvik.diva"
    dialogs.save_file = str(saved)
    dialogs.save_filter = "DIVÄ project (*.diva)"
    assert window.save()
    assert not window.isWindowModified()
    assert load_project_content(saved) == (window.document.model, {COMPARE_SETTING: {"Mine": ["iam", "isms"]}})
    # a change of the setting alone marks the project modified; Save writes it over the file
    window.document.set_setting(COMPARE_SETTING, {"Mine": ["iam"], "Två": []}, text="Add portfolio ‘Två’")
    assert window.isWindowModified()
    assert window.save()
    assert load_project_content(saved)[1] == {COMPARE_SETTING: {"Mine": ["iam"], "Två": []}}
    # save as: the copy holds the document's settings
    copy = tmp_path / "kopia.diva"
    window.document.set_setting(COMPARE_SETTING, {"Kopia": ["iam"]}, text="Add portfolio ‘Kopia’")
    dialogs.save_file = str(copy)
    assert window.save_as()
    assert load_project_content(copy)[1] == {COMPARE_SETTING: {"Kopia": ["iam"]}}
    assert load_project_content(saved)[1] == {COMPARE_SETTING: {"Mine": ["iam"], "Två": []}}
    # reopening restores them; opening a .json model clears them
    assert window.open_path(saved)
    assert window.document.settings == {COMPARE_SETTING: {"Mine": ["iam"], "Två": []}}
    assert not window.isWindowModified()
    assert window.panels["portfolio"].membership_model.portfolios() == {"Mine": ["iam"], "Två": []}
    assert window.open_path(EXAMPLE)
    assert window.document.settings == {}
    assert window.panels["portfolio"].membership_model.portfolios() == {}


# -- the model as an Excel workbook ----------------------------------------------------


def test_export_and_import_the_model_as_an_excel_workbook(window, dialogs, tmp_path, example_model) -> None:
    from diva_desktop.io.xlsx_model import read_model_xlsx

    file_menu = window.menuBar().actions()[0].menu()
    assert window.import_xlsx_action in file_menu.actions()
    assert window.export_xlsx_action in file_menu.actions()
    window.open_example()
    dialogs.save_file = str(tmp_path / "norrvik")  # the suffix is added
    window.export_xlsx_action.trigger()
    book = tmp_path / "norrvik.xlsx"
    assert read_model_xlsx(book) == example_model
    assert "Exported" in window.statusBar().currentMessage()

    window.new_project()
    dialogs.open_file = str(book)
    window.import_xlsx_action.trigger()
    assert window.document.model == example_model
    assert window.document.path is None  # a new project: Save asks where
    assert window.isWindowModified()
    assert dialogs.texts("warning") == []


def test_a_bad_workbook_is_refused_with_its_cells_and_the_project_stays(window, dialogs, tmp_path) -> None:
    import openpyxl

    from diva_desktop.io.xlsx_model import save_model_xlsx

    window.open_example()
    before = window.document.model
    book = tmp_path / "bad.xlsx"
    save_model_xlsx(before, book)
    wb = openpyxl.load_workbook(book)
    wb["Alternatives"]["D2"] = "mycket"
    wb["Criteria"]["B3"] = "ingenstans"
    wb.save(book)
    dialogs.open_file = str(book)
    assert not window.import_excel()
    assert window.document.model is before
    warning = dialogs.texts("warning")[-1]
    assert "bad.xlsx" in warning
    assert "Alternatives!D2" in warning and "Criteria!B3" in warning

    (tmp_path / "fake.xlsx").write_text("no workbook", encoding="utf-8")
    dialogs.open_file = str(tmp_path / "fake.xlsx")
    assert not window.import_excel()
    assert "Excel workbook" in dialogs.texts("warning")[-1]


def test_a_failing_excel_export_is_reported(window, dialogs, tmp_path) -> None:
    window.open_example()
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("x", encoding="utf-8")
    dialogs.save_file = str(not_a_folder / "m.xlsx")
    assert not window.export_excel()
    assert "could not be exported" in dialogs.texts("warning")[-1]
    dialogs.save_file = ""  # cancelled
    assert not window.export_excel()
