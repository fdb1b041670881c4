"""Portfolio: the figures of ``diva portfolio``, the constraint editor (undoable), comparisons, stale."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtTest import QTest
from ui_helpers import type_text

from diva_desktop.core.commands import RemoveAlternative, SetScore
from diva_desktop.core.model import Score
from diva_desktop.core.portfolio import (
    COMPARE_SETTING,
    compare_portfolios,
    feasibility_violations,
    portfolio_analysis,
)
from diva_desktop.storage import open_content, save_project
from diva_desktop.ui.document import ProjectDocument
from diva_desktop.ui.models.portfolio_models import (
    ID_ROLE,
    RAW_ROLE,
    PortfolioListModel,
    PortfolioProjectsModel,
    violation_sentences,
)
from diva_desktop.ui.panels.portfolio_panel import PortfolioPanel

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "resources" / "examples" / "norrvik.json"


@pytest.fixture(scope="module")
def expected(example_model_module) -> dict:
    """``diva portfolio --json`` of the example (the core function while the CLI lacks it)."""
    run = subprocess.run(
        [sys.executable, "-m", "diva_desktop.cli", "portfolio", str(EXAMPLE), "--json"],
        capture_output=True,
        check=False,
        text=True,
        timeout=300,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    if run.returncode == 0:
        return json.loads(run.stdout)
    return json.loads(json.dumps(portfolio_analysis(example_model_module)))


@pytest.fixture(scope="module")
def example_model_module():
    from diva_desktop.io.json_model import load_model_file

    return load_model_file(EXAMPLE)


def _settle(qtbot, p: PortfolioPanel) -> None:
    qtbot.waitUntil(
        lambda: (
            p.result() is not None
            and not p.is_stale()
            and not p.runner.is_running()
            and not p._debounce.isActive()
        ),
        timeout=60_000,
    )
    p.runner.wait(5000)


@pytest.fixture
def panel(qtbot, example_model):
    p = PortfolioPanel(ProjectDocument(example_model))
    qtbot.addWidget(p)
    p.resize(1180, 690)
    p.show()
    qtbot.waitExposed(p)
    _settle(qtbot, p)
    yield p
    p.runner.shutdown()


def test_results_equal_the_command_line(panel, expected) -> None:
    r = json.loads(json.dumps(panel.result()))
    for key in ("focal_optimum", "non_dominated", "core_index", "classification", "frontier", "truncated"):
        assert r[key] == expected[key], key
    nd = panel.nd_model
    assert nd.rowCount() == len(expected["non_dominated"])
    for row, p in enumerate(expected["non_dominated"]):
        assert nd.index(row, PortfolioListModel.PROJECTS).data(RAW_ROLE) == p["alternatives"]
        assert nd.index(row, PortfolioListModel.COST).data(RAW_ROLE) == p["cost"]
        assert nd.index(row, PortfolioListModel.VALUE).data(RAW_ROLE) == p["value"]
        assert nd.index(row, PortfolioListModel.LOW).data(RAW_ROLE) == p["value_min"]
        assert nd.index(row, PortfolioListModel.HIGH).data(RAW_ROLE) == p["value_max"]
    chart = panel.frontier_chart
    assert [(q.cost, q.value) for q in chart._frontier] == [
        (p["cost"], p["value"]) for p in expected["frontier"]
    ]
    assert chart._optimum.cost == expected["focal_optimum"]["cost"]
    assert chart._optimum.value == expected["focal_optimum"]["value"]
    core = panel.core_chart
    names = {a.id: a.name for a in panel.document.model.alternatives}
    by_name = dict(zip(core._names, core._index, strict=True))
    for a, share in expected["core_index"].items():
        assert by_name[names[a]] == share
    assert "E-tjänsteplattform" in panel.optimum_label.text()


def test_models_pass_the_model_tester(panel, qtmodeltester) -> None:
    panel.add_portfolio(["isms", "iam"])
    for model in (panel.projects_model, panel.nd_model, panel.membership_model):
        qtmodeltester.check(model, force_py=True)


def test_budget_edit_is_one_undoable_step_and_marks_results_stale(panel, qtbot) -> None:
    doc = panel.document
    panel.budget_edit.setFocus()
    panel.budget_edit.selectAll()
    type_text(panel.budget_edit, "6000000")
    QTest.keyClick(panel.budget_edit, Qt.Key.Key_Return)
    assert doc.model.portfolio.budget == 6_000_000
    assert panel.is_stale() and panel.frontier_chart.is_stale() and panel.controls.is_stale()
    _settle(qtbot, panel)
    assert panel.result()["budget"] == 6_000_000
    assert panel.result()["focal_optimum"]["cost"] <= 6_000_000
    doc.undo_stack.undo()
    assert doc.model.portfolio.budget == 7_500_000
    assert panel.budget_edit.text() == "7500000"


def test_budget_refuses_words(panel) -> None:
    panel.budget_edit.setText("mycket")
    panel.budget_edit.editingFinished.emit()
    assert panel.document.model.portfolio.budget == 7_500_000
    assert panel.budget_edit.text() == "7500000"


def test_mandatory_and_excluded_from_the_projects_table(panel, qtbot) -> None:
    doc = panel.document
    model = panel.projects_model
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data(ID_ROLE) == "iam")
    assert model.setData(
        model.index(row, PortfolioProjectsModel.MANDATORY),
        Qt.CheckState.Checked.value,
        Qt.ItemDataRole.CheckStateRole,
    )
    assert doc.model.portfolio.mandatory == ("iam",)
    assert model.setData(
        model.index(row, PortfolioProjectsModel.EXCLUDED),
        Qt.CheckState.Checked.value,
        Qt.ItemDataRole.CheckStateRole,
    )
    assert doc.model.portfolio.mandatory == () and doc.model.portfolio.excluded == ("iam",)
    _settle(qtbot, panel)
    assert panel.result()["core_index"]["iam"] == 0.0
    assert panel.result()["classification"]["iam"] == "exterior"
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert doc.model.portfolio.excluded == () and doc.model.portfolio.mandatory == ()


def test_requires_and_exclusive_editors(panel) -> None:
    doc = panel.document
    panel.requires_a.setCurrentIndex(panel.requires_a.findData("iam"))
    panel.requires_b.setCurrentIndex(panel.requires_b.findData("isms"))
    panel.add_requires_button.click()
    assert ("iam", "isms") in doc.model.portfolio.requires
    assert panel.requires_list.count() == 2
    panel.requires_list.setCurrentRow(1)
    panel.remove_requires_button.click()
    assert ("iam", "isms") not in doc.model.portfolio.requires
    model = panel.projects_model
    selection = panel.projects_table.selectionModel()
    for aid in ("rpa_ekonomi", "iam"):
        row = next(r for r in range(model.rowCount()) if model.index(r, 0).data(ID_ROLE) == aid)
        selection.select(
            model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    panel.add_exclusive_button.click()
    assert ("rpa_ekonomi", "iam") in doc.model.portfolio.exclusive
    assert "RPA för ekonomiadministration" in panel.exclusive_list.item(1).text()
    panel.exclusive_list.setCurrentRow(1)
    panel.remove_exclusive_button.click()
    assert doc.model.portfolio.exclusive == (("e_arkiv", "e_arkiv_samverkan"),)


def test_resource_limits(panel) -> None:
    doc = panel.document
    assert panel.resources_table.rowCount() == 1
    panel.resources_table.item(0, 1).setText("3000")
    assert doc.model.portfolio.resources == {"it_staff_hours": 3000}
    panel.resources_table.setCurrentCell(0, 0)
    panel.remove_resource_button.click()
    assert doc.model.portfolio.resources == {}
    panel.add_resource_button.click()
    assert list(doc.model.portfolio.resources) == ["it_staff_hours"]


def test_an_analysis_edit_marks_the_portfolios_stale(panel, qtbot) -> None:
    assert panel.document.execute(SetScore(alternative="iam", criterion="nki", score=Score.point(79)))
    assert panel.is_stale()
    _settle(qtbot, panel)
    assert not panel.is_stale()


def test_user_portfolios_compared_side_by_side(panel, qtbot) -> None:
    model = panel.document.model
    optimum = list(panel.result()["focal_optimum"]["alternatives"])
    panel.add_portfolio(optimum, "Optimum")
    panel.add_portfolio(["e_tjansteplattform", "digital_bygglov", "isms", "iam"], "Dyr")
    qtbot.waitUntil(
        lambda: panel.comparison() is not None and len(panel.comparison()["portfolios"]) == 2, timeout=10_000
    )
    expected = compare_portfolios(model, panel.membership_model.portfolios())
    assert panel.comparison() == expected
    cm = panel.comparison_model
    assert cm.index(0, cm.FEASIBLE).data(RAW_ROLE) is True
    assert cm.index(1, cm.FEASIBLE).data(RAW_ROLE) is False
    reasons = cm.index(1, cm.FEASIBLE).data(Qt.ItemDataRole.ToolTipRole)
    assert "budget" in reasons
    names = [r.name for r in panel.comparison_chart.rows()]
    assert set(names) == {"Optimum", "Dyr"}
    # ticking a project in the membership table re-runs the comparison
    mm = panel.membership_model
    row = next(r for r in range(mm.rowCount()) if mm.index(r, 1).data(ID_ROLE) == "iam")
    assert mm.setData(mm.index(row, 1), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    qtbot.waitUntil(
        lambda: "iam" not in panel.comparison()["portfolios"]["Dyr"]["alternatives"], timeout=10_000
    )


def _tick(panel: PortfolioPanel, name: str, alternative: str, on: bool = True) -> None:
    mm = panel.membership_model
    column = list(mm.portfolios()).index(name)
    row = next(r for r in range(mm.rowCount()) if mm.index(r, column).data(ID_ROLE) == alternative)
    state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
    assert mm.setData(mm.index(row, column), state.value, Qt.ItemDataRole.CheckStateRole)


def _compared(qtbot, panel: PortfolioPanel, names: list[str]) -> dict:
    qtbot.waitUntil(
        lambda: panel.comparison() is not None
        and list(panel.comparison()["portfolios"]) == names
        and not panel.runner.is_running("comparison"),
        timeout=20_000,
    )
    return panel.comparison()


def test_user_portfolios_are_a_project_setting_undoable_and_modified(panel, qtbot) -> None:
    doc = panel.document
    assert not doc.modified and doc.settings == {}
    panel.new_portfolio_button.click()
    assert doc.modified
    assert doc.settings == {COMPARE_SETTING: {"Portfolio 1": []}}
    assert doc.undo_stack.undoText() == "Add portfolio ‘Portfolio 1’"
    _tick(panel, "Portfolio 1", "iam")
    _tick(panel, "Portfolio 1", "isms")
    assert doc.setting(COMPARE_SETTING) == {"Portfolio 1": ["isms", "iam"]}  # in the projects' order
    assert doc.undo_stack.undoText() == "Add ‘Informationssäkerhetsprogram (ISMS)’ to portfolio ‘Portfolio 1’"
    assert panel.rename_portfolio("Portfolio 1", "Säkerhet")
    assert doc.setting(COMPARE_SETTING) == {"Säkerhet": ["isms", "iam"]}
    assert panel.membership_model.headerData(0, Qt.Orientation.Horizontal) == "Säkerhet"
    other = panel.add_portfolio(["iam"], "Liten")
    assert not panel.rename_portfolio(other, "Säkerhet")  # taken: refused, said
    assert "already a portfolio called ‘Säkerhet’" in panel.comparison_sentence.text()
    assert list(doc.setting(COMPARE_SETTING)) == ["Säkerhet", "Liten"]
    compared = _compared(qtbot, panel, ["Säkerhet", "Liten"])
    assert compared == compare_portfolios(doc.model, doc.setting(COMPARE_SETTING))
    panel.membership_table.setCurrentIndex(panel.membership_model.index(0, 0))
    panel.remove_portfolio_button.click()
    assert list(doc.setting(COMPARE_SETTING)) == ["Liten"]
    # every step undoes, back to the saved state: not modified any more
    while doc.undo_stack.canUndo():
        doc.undo_stack.undo()
    assert doc.settings == {} and panel.membership_model.portfolios() == {}
    assert not doc.modified
    doc.undo_stack.redo()
    assert panel.membership_model.portfolios() == {"Portfolio 1": []}
    assert doc.modified


def test_user_portfolios_are_saved_with_the_project_and_come_back(panel, qtbot, tmp_path, example_model) -> None:
    doc = panel.document
    panel.add_portfolio(list(panel.result()["focal_optimum"]["alternatives"]), "Optimum")
    panel.add_portfolio(["e_tjansteplattform", "digital_bygglov", "isms", "iam"], "Dyr")
    before = _compared(qtbot, panel, ["Optimum", "Dyr"])
    path = tmp_path / "norrvik.diva"
    save_project(doc.model, path, settings=doc.settings)  # what File → Save writes
    doc.mark_saved(path)
    assert not doc.modified

    model, settings = open_content(path)
    fresh = ProjectDocument()
    fresh.reset(model, path, settings=settings)
    again = PortfolioPanel(fresh)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    try:
        saved = again.membership_model.portfolios()
        assert saved == panel.membership_model.portfolios()
        assert list(saved) == ["Optimum", "Dyr"]
        after = _compared(qtbot, again, ["Optimum", "Dyr"])
        assert after == compare_portfolios(model, saved) == before
        assert again.comparison_model.rowCount() == 2
        assert {r.name for r in again.comparison_chart.rows()} == {"Optimum", "Dyr"}
        assert not fresh.modified
        assert again.portfolio_problems() == "" and again.portfolio_problems_label.isHidden()
    finally:
        again.runner.shutdown()


def test_a_deleted_alternative_is_a_problem_of_its_portfolio_only(panel, qtbot) -> None:
    doc = panel.document
    panel.add_portfolio(["iam"], "Liten")
    panel.add_portfolio(["isms", "iam"], "Säker")
    _compared(qtbot, panel, ["Liten", "Säker"])
    assert doc.execute(RemoveAlternative("isms"))
    compared = _compared(qtbot, panel, ["Liten"])  # the other is still compared
    assert compared == compare_portfolios(doc.model, {"Liten": ["iam"]})
    problems = panel.portfolio_problems()
    assert "‘Säker’ is not compared" in problems and "‘isms’" in problems and "Liten" not in problems
    assert not panel.portfolio_problems_label.isHidden()
    tip = panel.membership_model.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "isms" in tip
    # the id is kept (undoing the deletion mends the portfolio) ...
    assert doc.setting(COMPARE_SETTING)["Säker"] == ["isms", "iam"]
    doc.undo_stack.undo()
    _compared(qtbot, panel, ["Liten", "Säker"])
    assert panel.portfolio_problems() == ""
    doc.undo_stack.redo()
    _compared(qtbot, panel, ["Liten"])
    # ... until the user edits that portfolio
    _tick(panel, "Säker", "iam", on=False)
    assert doc.setting(COMPARE_SETTING)["Säker"] == []
    _compared(qtbot, panel, ["Liten", "Säker"])
    assert panel.portfolio_problems() == ""


def test_a_damaged_saved_setting_is_said_not_a_crash(panel, qtbot) -> None:
    doc = panel.document
    doc.reset(doc.model, None, settings={COMPARE_SETTING: ["iam"]})
    qtbot.waitUntil(lambda: "cannot be read" in panel.portfolio_problems(), timeout=10_000)
    assert "settings.portfolio.compare" in panel.portfolio_problems()
    assert panel.membership_model.portfolios() == {}
    panel.add_portfolio(["iam"], "Ny")  # a new portfolio replaces the damaged value
    assert doc.setting(COMPARE_SETTING) == {"Ny": ["iam"]}
    _compared(qtbot, panel, ["Ny"])
    assert panel.portfolio_problems() == ""


def test_violation_sentences_agree_with_the_core(example_model) -> None:
    cases = [
        [],
        ["e_tjansteplattform", "digital_bygglov", "isms", "iam"],
        ["ai_kundcenter"],
        ["e_arkiv", "e_arkiv_samverkan"],
        ["nollalternativ"],
    ]
    for members in cases:
        assert bool(violation_sentences(example_model, members)) == bool(
            feasibility_violations(example_model, members)
        )
    assert len(violation_sentences(example_model, ["e_arkiv", "e_arkiv_samverkan", "ai_kundcenter"])) == 2


def test_cancel_leaves_no_thread(panel, qtbot) -> None:
    panel.limit_spin.setValue(100_000)
    panel.run()
    QTest.mouseClick(panel.controls.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not panel.runner.is_running(), timeout=20_000)
    assert panel.runner.wait(10_000)
    assert panel.runner.pool.activeThreadCount() == 0


def test_selecting_a_non_dominated_portfolio_points_at_it(panel) -> None:
    panel.select_non_dominated(2)
    p = panel.result()["non_dominated"][2]
    text = panel.frontier_chart.readout.text()
    assert "Non-dominated" in text and "0.4" in text
    assert panel.frontier_chart.current() == 1 + len(panel.result()["frontier"]) + 2
    assert p["value"] == panel.frontier_chart._nd[2].value


@pytest.fixture(params=["en", "sv"])
def language(request, qapp):
    from diva_desktop.ui import i18n

    translators = i18n.install_translators(qapp, request.param)
    yield request.param
    i18n.remove_translators(qapp, translators)
    i18n.install_translators(qapp, "en")


def test_every_tab_in_the_main_window_at_1366x768(qtbot, tmp_path, settings, recovery_dir, language) -> None:
    """The Portfolio step in the real window, each tab with its results, in English and Swedish."""
    from PySide6.QtWidgets import QApplication

    from diva_desktop.ui.main_window import MainWindow

    out = Path(os.environ.get("DIVA_SCREENSHOT_DIR") or tmp_path)
    out.mkdir(parents=True, exist_ok=True)
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    assert window.open_example()
    assert window.show_step("portfolio")
    panel = window.panels["portfolio"]
    assert isinstance(panel, PortfolioPanel)
    _settle(qtbot, panel)
    panel.add_portfolio(list(panel.result()["focal_optimum"]["alternatives"]))
    panel.add_portfolio(["e_tjansteplattform", "digital_bygglov", "isms", "iam"])
    qtbot.waitUntil(lambda: panel.comparison() is not None, timeout=10_000)
    panel.select_non_dominated(0)
    for i in range(panel.tabs.count()):
        panel.tabs.setCurrentIndex(i)
        QApplication.processEvents()
        assert window.grab().save(str(out / f"{language}-portfolio-{i}.png"))
    if language == "sv":
        assert panel.tabs.tabText(1) == "&Kärnindex"
    window.document.undo_stack.setClean()
    panel.runner.shutdown()
