"""The Decision step: record a decided model version, list it, compare it, keep it through every save;
and its Swedish translation."""

from __future__ import annotations

import errno
import json
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox

from diva_desktop.core.commands import SetScore, UpdateAlternative
from diva_desktop.core.decisions import compare_models, focal_portfolio, portfolio_status
from diva_desktop.core.model import Model, Score
from diva_desktop.io.json_model import dumps_model, load_model_file
from diva_desktop.storage import ProjectStore, load_project
from diva_desktop.storage import fileformat as ff
from diva_desktop.ui import i18n
from diva_desktop.ui.document import ProjectDocument
from diva_desktop.ui.main_window import MainWindow
from diva_desktop.ui.panels.decision_panel import DecidedVersionDialog, DecisionPanel

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "resources" / "examples" / "norrvik.diva"


@pytest.fixture(autouse=True)
def british_numbers():
    """English number formats with group separators (the default locale of a test is C)."""
    from PySide6.QtCore import QLocale

    old = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(old)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    path = tmp_path / "norrvik.diva"
    shutil.copyfile(EXAMPLE, path)
    return path


def _panel(qtbot, document: ProjectDocument) -> DecisionPanel:
    panel = DecisionPanel(document)
    qtbot.addWidget(panel)
    panel.resize(1140, 700)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def _fill(panel: DecisionPanel) -> None:
    panel.body_edit.setCurrentText("KF")
    panel.date_edit.setDate(QDate(2026, 3, 16))
    panel.reference_edit.setText("KS 2026/0123, § 45")
    panel.label_edit.setText("Investeringsbeslut 2026")
    panel.note_edit.setPlainText("Enligt förslaget.")


def _changes(panel: DecisionPanel) -> list[str]:
    return [panel.changes_list.item(i).text() for i in range(panel.changes_list.count())]


def test_record_a_decision_through_the_panel(qtbot, document: ProjectDocument, project: Path) -> None:
    model = load_project(project)
    document.reset(model, project)
    panel = _panel(qtbot, document)
    assert panel.chosen() == list(focal_portfolio(model))  # pre-filled with the focal optimum
    assert panel.decision_list.count() == 0 and panel.empty_label.text() == "No decision recorded yet."
    _fill(panel)
    # The body adopted the optimum without its last investment.
    dropped = panel.chosen()[-1]
    item = next(
        panel.chosen_list.item(i)
        for i in range(panel.chosen_list.count())
        if panel.chosen_list.item(i).data(Qt.ItemDataRole.UserRole) == dropped
    )
    item.setCheckState(Qt.CheckState.Unchecked)
    decided = panel.chosen()
    assert dropped not in decided
    qtbot.mouseClick(panel.record_button, Qt.MouseButton.LeftButton)
    # In the file at once, with every detail; not an edit of the model.
    with ProjectStore.open(project) as store:
        [info] = store.snapshots()
        assert store.snapshot_model(info.id) == model
    assert (info.label, info.decided_by, info.decided_on, info.reference, info.note) == (
        "Investeringsbeslut 2026",
        "KF",
        "2026-03-16",
        "KS 2026/0123, § 45",
        "Enligt förslaget.",
    )
    assert info.chosen == tuple(decided)
    assert document.undo_stack.count() == 0 and not document.modified
    assert load_project(project) == model
    # In the list, selected, with nothing changed since.
    assert panel.decision_list.count() == 1 and panel.current_decision() == info
    assert panel.decision_list.item(0).text().startswith("Investeringsbeslut 2026 — KF, ")
    assert _changes(panel) == ["Nothing has changed since the decision."]
    assert panel.status_label.text() == "Checking the decided portfolio under the current model…"
    qtbot.waitUntil(lambda: panel.status is not None)  # on a worker thread
    assert panel.status is not None and panel.status.feasible
    assert panel.status.still_best is False  # the optimum without one investment is worth less
    assert "No longer the focal optimum" in panel.status_label.text()
    # A second decision comes first in the list (newest first).
    panel.label_edit.setText("Revidering")
    second = panel.record_decision()
    assert second is not None
    assert [panel.decision_list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(2)] == [
        second.id,
        info.id,
    ]
    assert panel.current_decision() == second


def test_the_comparison_shown_is_the_cores(qtbot, document: ProjectDocument, project: Path) -> None:
    model = load_project(project)
    with ProjectStore.open(project) as store:
        info = store.add_snapshot(model, label="Beslut", decided_by="KS", chosen=focal_portfolio(model))
    document.reset(model, project)
    panel = _panel(qtbot, document)
    assert panel.current_decision() == info
    assert document.execute(UpdateAlternative("rpa_ekonomi", name="RPA i ekonomin", cost=2_000_000))
    assert document.execute(SetScore("isms", "klimat", Score(5, 10)))
    current = document.model
    qtbot.waitUntil(
        lambda: panel.comparison is not None and panel.comparison == compare_models(model, current)
    )
    expected = compare_models(model, current)
    assert _changes(panel) == panel.change_sentences(expected, model, current)
    assert len(_changes(panel)) == expected.count() == 3
    assert _changes(panel) == [
        "Investment renamed: ‘RPA för ekonomiadministration’ → ‘RPA i ekonomin’",
        "Score of Informationssäkerhetsprogram (ISMS) on Minskad klimatpåverkan: 0 → 5–10",
        "Cost of RPA i ekonomin: 950,000 → 2,000,000 SEK",
    ]
    qtbot.waitUntil(lambda: panel.status is not None)
    assert panel.status == portfolio_status(current, focal_portfolio(model))
    assert (
        "No longer feasible: the cost 8,550,000 SEK exceeds the budget 7,500,000 SEK"
        in panel.status_label.text()
    )
    # The details name the decided investments by their current names.
    assert "RPA i ekonomin" in panel.details_label.text()


def test_an_unsaved_project_is_saved_first_after_asking(
    qtbot, dialogs, document: ProjectDocument, tmp_path: Path
) -> None:
    model = load_project(EXAMPLE)
    document.reset(model)  # like the example: no file
    panel = _panel(qtbot, document)
    assert "Save the project as a .diva file" in panel.empty_label.text()
    _fill(panel)
    # The user declines: nothing is written.
    dialogs.question = QMessageBox.StandardButton.Cancel
    assert panel.record_decision() is None
    assert "A decision is kept in the project file" in dialogs.texts("question")[-1]
    assert list(tmp_path.iterdir()) == []
    # The user saves: the project is written, then the decision.
    dialogs.question = QMessageBox.StandardButton.Save
    dialogs.save_file = str(tmp_path / "plan")  # no suffix: .diva is added
    info = panel.record_decision()
    assert info is not None
    target = tmp_path / "plan.diva"
    assert document.path == target and not document.modified
    assert load_project(target) == model
    with ProjectStore.open(target) as store:
        assert store.snapshots() == [info]
    assert panel.decision_list.count() == 1


def test_a_json_model_is_saved_as_a_project_first(
    qtbot, dialogs, document: ProjectDocument, tmp_path: Path
) -> None:
    model = load_project(EXAMPLE)
    source = tmp_path / "modell.json"
    source.write_text(dumps_model(model), encoding="utf-8")
    document.reset(model, source)
    panel = _panel(qtbot, document)
    dialogs.question = QMessageBox.StandardButton.Save
    dialogs.save_file = str(tmp_path / "modell.diva")
    assert panel.record_decision() is not None
    assert document.path == tmp_path / "modell.diva"
    assert json.loads(source.read_text(encoding="utf-8"))["format"] == "diva-model"  # untouched


def test_a_failed_write_is_explained_and_loses_nothing(
    qtbot, dialogs, document: ProjectDocument, project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    model = load_project(project)
    document.reset(model, project)
    panel = _panel(qtbot, document)
    _fill(panel)

    def disk_full(self, *args, **kwargs):
        ff.save_failed(project, OSError(errno.ENOSPC, "No space left on device"))

    monkeypatch.setattr(ProjectStore, "add_snapshot", disk_full)
    assert panel.record_decision() is None
    text = dialogs.texts("warning")[-1]
    assert f"could not be written to ‘{project}’" in text
    assert "The disk is full. Free some space or save to another disk." in text  # the reason and the fix
    assert panel.decision_list.count() == 0
    assert panel.label_edit.text() == "Investeringsbeslut 2026"  # the form is kept for another try
    monkeypatch.undo()
    assert panel.record_decision() is not None


def test_decisions_survive_save_as_and_a_recovered_save(
    qtbot, dialogs, settings, recovery_dir: Path, project: Path
) -> None:
    window = MainWindow(settings)
    qtbot.addWidget(window)
    assert window.open_path(project)
    panel = window.panels["decision"]
    assert isinstance(panel, DecisionPanel)
    _fill(panel)
    info = panel.record_decision()
    assert info is not None
    # Edit and save: the decision stays.
    assert window.document.execute(UpdateAlternative("rpa_ekonomi", cost=2_000_000))
    assert window.save()
    with ProjectStore.open(project) as store:
        assert [s.id for s in store.snapshots()] == [info.id]
    # Save as: the new file has the decision too, and the panel lists it from there.
    copy = project.parent / "kopia.diva"
    dialogs.save_file = str(copy)
    assert window.save_as()
    assert window.document.path == copy
    with ProjectStore.open(copy) as store:
        assert store.snapshots() == [info]
    assert panel.decision_list.count() == 1
    # A crash after an edit: the recovered model saved over the project keeps the decision.
    assert window.document.execute(UpdateAlternative("rpa_ekonomi", name="RPA i ekonomin"))
    edited = window.document.model
    recovery_dir.mkdir(parents=True, exist_ok=True)
    (recovery_dir / "dead.json").write_text(dumps_model(edited), encoding="utf-8")
    (recovery_dir / "dead.meta.json").write_text(
        json.dumps({"path": str(copy), "name": "Norrvik", "time": "2026-03-17T10:00:00+01:00"}),
        encoding="utf-8",
    )
    window.document.undo_stack.setClean()
    dialogs.question = QMessageBox.StandardButton.Yes
    later = MainWindow(settings)
    qtbot.addWidget(later)
    assert later.offer_recovery()
    assert later.document.model == edited and later.document.modified
    assert later.save()
    assert load_project(copy) == edited
    with ProjectStore.open(copy) as store:
        assert store.snapshots() == [info]
    later_panel = later.panels["decision"]
    assert isinstance(later_panel, DecisionPanel) and later_panel.decision_list.count() == 1


def test_view_and_export_a_decided_version(
    qtbot, dialogs, document: ProjectDocument, project: Path, tmp_path: Path
) -> None:
    model = load_project(project)
    chosen = focal_portfolio(model)
    with ProjectStore.open(project) as store:
        store.add_snapshot(model, label="Beslut", chosen=chosen)
    edited, _ = UpdateAlternative("rpa_ekonomi", name="RPA i ekonomin").apply(model)
    document.reset(edited, project)
    panel = _panel(qtbot, document)
    dialogs.save_file = str(tmp_path / "beslut.json")
    assert panel.export_selected()
    assert load_model_file(tmp_path / "beslut.json") == model  # the decided version, not the current one
    panel.view_selected()
    dialog = panel._dialog
    assert isinstance(dialog, DecidedVersionDialog)
    assert dialog.tabs.count() == 3
    investments = dialog.tabs.widget(0)
    names = [investments.item(r, 0).text() for r in range(investments.rowCount())]
    assert "RPA för ekonomiadministration" in names  # the name as decided
    marks = {
        investments.item(r, 0).text(): investments.item(r, 2).text() for r in range(investments.rowCount())
    }
    assert sum(m == "✔" for m in marks.values()) == len(chosen)
    dialog.close()


def test_the_panel_renders_with_the_example(qtbot, document: ProjectDocument, project: Path) -> None:
    model = load_project(project)
    with ProjectStore.open(project) as store:
        store.add_snapshot(
            model, label="Beslut", decided_by="KF", decided_on="2026-03-16", chosen=focal_portfolio(model)
        )
    document.reset(model, project)
    panel = _panel(qtbot, document)
    image = panel.grab()
    assert not image.isNull() and image.width() == 1140
    assert panel.record_button.isVisible() and panel.changes_list.isVisible()


# ---------------------------------------------------------------------------
# Swedish
# ---------------------------------------------------------------------------


def test_the_panel_speaks_swedish(qtbot, qapp, document: ProjectDocument, project: Path) -> None:
    model = load_project(project)
    with ProjectStore.open(project) as store:
        store.add_snapshot(
            model, label="Beslut", decided_by="KF", decided_on="2026-03-16", chosen=focal_portfolio(model)
        )
    translators = i18n.install_translators(qapp, "sv")
    try:
        edited, _ = UpdateAlternative("rpa_ekonomi", cost=2_000_000).apply(model)
        document.reset(edited, project)
        panel = _panel(qtbot, document)
        assert panel.record_button.text() == "Re&gistrera beslut"
        assert panel.decision_list.item(0).text() == "Beslut — KF, 2026-03-16"
        assert _changes(panel) == [
            "Kostnad för RPA för ekonomiadministration: 950\u00a0000 → 2\u00a0000\u00a0000 kr"
        ]
        qtbot.waitUntil(lambda: panel.status is not None)
        assert (
            "Inte längre genomförbar: kostnaden 8\u00a0550\u00a0000 kr överskrider budgeten"
            in panel.status_label.text()
        )
        assert "Beslutsdatum: 2026-03-16" in panel.details_label.text()
    finally:
        i18n.remove_translators(qapp, translators)
        i18n.install_translators(qapp, "en")


def test_recording_changes_no_model(
    qtbot, document: ProjectDocument, project: Path, example_model: Model
) -> None:
    document.reset(example_model, project)
    panel = _panel(qtbot, document)
    before = document.model
    assert panel.record_decision() is not None
    assert document.model is before and not document.modified
