"""The Analysis step: the figures of ``diva analyze --json``, stale marking, workers, 30 alternatives."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from diva_desktop.core.commands import (
    AddAlternative,
    SetPortfolio,
    SetScore,
    SetWeights,
    UpdateCriterion,
)
from diva_desktop.core.model import (
    Alternative,
    LinearScale,
    Model,
    PointWeights,
    PortfolioConstraints,
    RankingWeights,
    Score,
)
from diva_desktop.ui.charts.dominance_graph import transitive_reduction
from diva_desktop.ui.document import ProjectDocument
from diva_desktop.ui.models.analysis_models import ID_ROLE, RAW_ROLE, RULES, AnalysisValuesModel
from diva_desktop.ui.panels.analysis_panel import AnalysisPanel

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "resources" / "examples" / "norrvik.json"


@pytest.fixture(scope="module")
def cli_json() -> dict:
    """``diva analyze --json`` of the example, run once in a subprocess (10 000 samples, seed 1)."""
    out = subprocess.run(
        [sys.executable, "-m", "diva_desktop.cli", "analyze", str(EXAMPLE), "--json"],
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    return json.loads(out.stdout)


def _panel(qtbot, model: Model, *, show: bool = True) -> AnalysisPanel:
    document = ProjectDocument(model)
    panel = AnalysisPanel(document)
    qtbot.addWidget(panel)
    panel.resize(1180, 690)
    if show:
        panel.show()
        qtbot.waitExposed(panel)
    return panel


def _settle(qtbot, panel: AnalysisPanel, *, smaa: bool = True, timeout: int = 60_000) -> None:
    def done() -> bool:
        if panel.is_running() or panel._debounce.isActive():
            return False
        if panel.exact_result() is None or "exact" in panel.stale_kinds():
            return False
        return not smaa or (panel.smaa_result() is not None and "smaa" not in panel.stale_kinds())

    qtbot.waitUntil(done, timeout=timeout)
    panel.runner.wait(5000)


@pytest.fixture
def panel(qtbot, example_model) -> AnalysisPanel:
    p = _panel(qtbot, example_model)
    _settle(qtbot, p)
    yield p
    p.runner.shutdown()
    if p.sensitivity is not None:
        p.sensitivity.runner.shutdown()


def _column(model, column: int, role=RAW_ROLE) -> list:
    return [model.index(r, column).data(role) for r in range(model.rowCount())]


def test_values_rules_and_differences_equal_the_command_line(panel, cli_json) -> None:
    vm = panel.values_model
    ids = _column(vm, 0, ID_ROLE)
    assert ids == sorted(cli_json["alternatives"], key=lambda a: -cli_json["values"][a]["focal"])
    for row, a in enumerate(ids):
        assert vm.index(row, AnalysisValuesModel.FOCAL).data(RAW_ROLE) == cli_json["values"][a]["focal"]
        assert vm.index(row, AnalysisValuesModel.LOW).data(RAW_ROLE) == cli_json["values"][a]["min"]
        assert vm.index(row, AnalysisValuesModel.HIGH).data(RAW_ROLE) == cli_json["values"][a]["max"]
        assert vm.index(row, AnalysisValuesModel.REGRET).data(RAW_ROLE) == cli_json["max_regret"][a]
    rows = panel.values_chart.rows()
    for row, a in zip(rows, ids, strict=True):
        assert (row.focal, row.low, row.high) == (
            cli_json["values"][a]["focal"],
            cli_json["values"][a]["min"],
            cli_json["values"][a]["max"],
        )
    rm = panel.rules_model
    for r, (key, _label, _why) in enumerate(RULES):
        assert rm.index(r, 1).data(RAW_ROLE) == cli_json["rules"][key]
    dm = panel.differences_model
    order = dm.order()
    for i, a in enumerate(order):
        for j, b in enumerate(order):
            cell = dm.index(i, j).data(RAW_ROLE)
            assert cell == (None if a == b else cli_json["differences"][a][b])
    assert panel.exact_result().data["warnings"] == cli_json["warnings"]
    assert "AI-stöd i kundcenter" in panel.warnings_label.text()


def test_dominance_graph_is_the_reduction_of_the_cli_relation(panel, cli_json) -> None:
    order = panel.differences_model.order()
    pos = {a: i for i, a in enumerate(order)}
    pairs = [(pos[a], pos[b]) for a, b in cli_json["dominance"]]
    assert panel.dominance_graph.reduced_edges() == transitive_reduction(len(order), pairs)
    assert sorted(panel.dominance_graph._all) == sorted(pairs)


def test_acceptabilities_equal_the_command_line(panel, cli_json) -> None:
    smaa = cli_json["smaa"]
    shown = panel.smaa_result().data["smaa"]
    assert shown == smaa
    assert "10" in panel.smaa_note.text() and "1" in panel.smaa_note.text()
    sm = panel.smaa_model
    for r in range(sm.rowCount()):
        a = sm.index(r, 0).data(ID_ROLE)
        assert sm.index(r, 1).data(RAW_ROLE) == smaa["rank_acceptability"][a][0]
        assert sm.index(r, 2).data(RAW_ROLE) == smaa["holistic"][a]
        assert sm.index(r, 3).data(RAW_ROLE) == smaa["confidence"][a]
    order = panel.values_model.order()
    ranks = panel.rank_chart.values()
    for i, a in enumerate(order):
        assert list(ranks[i]) == smaa["rank_acceptability"][a]
    win = panel.winning_chart.matrix()
    for i, a in enumerate(order):
        for j, b in enumerate(order):
            if a != b:
                assert win[i, j] == smaa["pairwise_winning"][a][b]
    central = panel.central_chart.values()
    with_weights = [a for a in order if smaa["central_weights"][a] is not None]
    leaves = [c.id for c in panel.document.model.leaves()]
    for i, a in enumerate(with_weights):
        assert list(central[i]) == [smaa["central_weights"][a][c] for c in leaves]


def test_contributions_add_up_to_the_focal_values(panel, cli_json) -> None:
    panel.set_explained(cli_json["alternatives"])
    values = panel.contribution_chart.values()
    names = {a.id: a.name for a in panel.document.model.alternatives}
    rows = panel.contribution_chart.rows()
    for i, name in enumerate(rows):
        a = next(k for k, v in names.items() if v == name)
        assert values[i].sum() == pytest.approx(cli_json["values"][a]["focal"], abs=1e-12)
    assert len(rows) == len(cli_json["alternatives"])
    weights = cli_json["weights"]["focal"]
    chart = panel.comparison_chart
    assert chart._weights.sum() == pytest.approx(sum(weights.values()))


def test_contraction_chart_follows_the_selected_pair(panel, qtbot, cli_json) -> None:
    a, b = "e_tjansteplattform", "digital_bygglov"
    panel.select_pair(a, b)
    qtbot.waitUntil(
        lambda: panel.contraction_chart.decided() == cli_json["differences"][a][b]["decided_at"], timeout=5000
    )
    chart = panel.contraction_chart
    assert chart._low[0] == pytest.approx(cli_json["differences"][a][b]["min"], abs=1e-12)
    assert chart._high[0] == pytest.approx(cli_json["differences"][a][b]["max"], abs=1e-12)
    assert chart._low[-1] == pytest.approx(cli_json["differences"][a][b]["focal"], abs=1e-12)
    assert "E-tjänsteplattform" in chart.title()
    assert "V(E-tjänsteplattform) − V(Digital bygglovsprocess)" in panel.matrix.readout.text()


def test_item_models_pass_the_model_tester(panel, qtmodeltester) -> None:
    for model in (panel.values_model, panel.rules_model, panel.differences_model, panel.smaa_model):
        qtmodeltester.check(model, force_py=True)


@pytest.mark.parametrize("edit", ["scores", "weights", "criteria", "alternatives"])
def test_an_edit_marks_results_stale_and_they_rerun_by_themselves(panel, qtbot, edit) -> None:
    doc = panel.document
    model = doc.model
    if edit == "scores":
        command = SetScore(alternative="e_tjansteplattform", criterion="nki", score=Score.point(51))
    elif edit == "weights":
        command = SetWeights(
            node="invanare", pref=RankingWeights(order=(("tillganglighet",), ("digital_service",)))
        )
    elif edit == "criteria":
        command = UpdateCriterion("nki", scale=LinearScale(40, 90))
    else:
        command = AddAlternative(index=None, alternative=Alternative(id="ny", name="Ny insats", cost=10))
    assert doc.execute(command)
    assert "exact" in panel.stale_kinds() and "smaa" in panel.stale_kinds()
    assert panel.values_chart.is_stale() and panel.rank_chart.is_stale()
    assert panel.controls.is_stale()
    _settle(qtbot, panel)
    assert not panel.stale_kinds()
    assert not panel.values_chart.is_stale()
    assert panel.exact_result().model is doc.model
    assert model is not doc.model


def test_a_portfolio_edit_leaves_the_analysis_fresh(panel, qtbot) -> None:
    doc = panel.document
    assert doc.execute(SetPortfolio(PortfolioConstraints(budget=1_000_000)))
    assert not panel.stale_kinds()
    assert not panel.values_chart.is_stale()
    assert not panel._debounce.isActive() and not panel.is_running()


def test_big_smaa_waits_for_run_and_cancel_leaves_no_thread(panel, qtbot) -> None:
    panel.samples_spin.setValue(1_000_000)
    assert "smaa" in panel.stale_kinds()
    qtbot.wait(400)
    assert not panel.runner.is_running("full")  # too big to start by itself
    assert "Run" in panel.controls.status_label.text()
    QTest.mouseClick(panel.controls.run_button, Qt.MouseButton.LeftButton)
    assert panel.runner.is_running("full")
    assert panel.controls.progress_bar.isVisible()
    qtbot.wait(200)
    QTest.mouseClick(panel.controls.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not panel.runner.is_running(), timeout=10_000)
    assert panel.runner.wait(5000)
    assert panel.runner.pool.activeThreadCount() == 0
    assert not panel.controls.progress_bar.isVisible()
    assert "smaa" in panel.stale_kinds()  # the old acceptabilities stay, marked


def test_changing_the_seed_reruns_small_smaa(panel, qtbot) -> None:
    panel.seed_spin.setValue(42)
    _settle(qtbot, panel)
    assert panel.smaa_result().data["smaa"]["seed"] == 42
    assert "42" in panel.smaa_note.text()


def test_numbers_are_in_the_swedish_locale(qtbot, example_model, swedish) -> None:
    p = _panel(qtbot, example_model)
    _settle(qtbot, p)
    text = p.values_model.index(0, AnalysisValuesModel.FOCAL).data(Qt.ItemDataRole.DisplayRole)
    assert "," in text and "." not in text
    assert "0,4" in p.values_chart.item_text(0)
    p.runner.shutdown()


def _thirty(model: Model) -> Model:
    alternatives = list(model.alternatives)
    scores = {a: dict(s) for a, s in model.scores.items()}
    source = [a.id for a in model.alternatives]
    for i in range(30 - len(alternatives)):
        aid = f"extra_{i}"
        alternatives.append(
            Alternative(
                id=aid, name=f"Gemensam plattform för ärenden inom äldreomsorg, steg {i + 1}", cost=100_000
            )
        )
        scores[aid] = dict(model.scores[source[i % len(source)]])
    return replace(model, alternatives=tuple(alternatives), scores=scores)


def test_thirty_alternatives_stay_readable(qtbot, example_model) -> None:
    p = _panel(qtbot, _thirty(example_model))
    _settle(qtbot, p)
    assert p.values_model.rowCount() == 30
    axis = p.values_chart.axis
    assert len(axis.names()) == 30
    assert all(len(s) <= 30 for s in axis.shown())
    assert any(s.endswith("…") for s in axis.shown())
    assert p.values_chart.view.minimumHeight() >= 30 * p.values_chart.ROW_HEIGHT
    assert p.differences_model.rowCount() == 30
    assert p.winning_chart.cell_texts() == []  # numbers only in the read-out
    assert p.alternative_list.count() == 30 and p.alternative_list.wordWrap()
    assert p.alternative_list.item(20).toolTip().startswith("Gemensam plattform")
    p.runner.shutdown()


def test_empty_and_invalid_models_say_what_to_do(qtbot) -> None:
    p = _panel(qtbot, Model())
    qtbot.wait(400)
    assert "Add criteria and alternatives" in p.controls.status_label.text()
    assert p.exact_result() is None
    model = Model(
        criteria=(__import__("diva_desktop.core.model", fromlist=["Criterion"]).Criterion(id="c", name="C"),),
        alternatives=(Alternative(id="a", name="A"),),
        scores={"a": {"c": Score.point(99)}},  # outside the default 0–10 scale
    )
    p.document.reset(model)
    qtbot.waitUntil(lambda: p._failure is not None, timeout=10_000)
    assert "cannot run" in p.controls.status_label.text()
    p.runner.shutdown()


def test_tabs_and_controls_are_keyboard_operable(panel, qtbot) -> None:
    texts = [panel.tabs.tabText(i) for i in range(panel.tabs.count())]
    assert all("&" in t for t in texts)
    assert len({t[t.index("&") + 1].lower() for t in texts}) == len(texts)  # distinct mnemonics
    for widget in (
        panel.samples_spin,
        panel.seed_spin,
        panel.controls.run_button,
        panel.controls.cancel_button,
    ):
        assert widget.accessibleName()
        assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus
    panel.tabs.setCurrentIndex(0)
    panel.values_chart.view.setFocus()
    qtbot.waitUntil(panel.values_chart.view.hasFocus)
    QTest.keyClick(panel.values_chart.view, Qt.Key.Key_Down)
    assert panel.values_chart.readout.text().startswith("2. ")


def test_every_chart_renders_at_1366x768(qtbot, panel, tmp_path) -> None:
    out = Path(os.environ.get("DIVA_SCREENSHOT_DIR") or tmp_path)
    out.mkdir(parents=True, exist_ok=True)
    window = panel.window()
    window.resize(1366 - 186, 768 - 80)
    for i in range(panel.tabs.count()):
        panel.tabs.setCurrentIndex(i)
        QApplication.processEvents()
        if panel.sensitivity is not None and panel.tabs.currentWidget() is panel.sensitivity:
            qtbot.waitUntil(lambda: panel.sensitivity.result() is not None, timeout=20_000)
        assert panel.grab().save(str(out / f"analysis-tab{i}.png"))
    for chart in panel.charts():
        name = chart.__class__.__name__
        assert chart.export_png(out / f"analysis-{name}-{id(chart)}.png")
        assert chart.export_svg(out / f"analysis-{name}-{id(chart)}.svg")
    assert all(np.isfinite(r.focal) for r in panel.values_chart.rows())


def test_point_weights_model_edit_roundtrip(panel, qtbot) -> None:
    """Undo brings back the results' model: they are fresh again after a re-run."""
    doc = panel.document
    assert doc.execute(
        SetWeights(
            node="arbetsgivare",
            pref=PointWeights(weights={"digital_kompetens": 0.5, "dubbelregistrering": 0.5}),
        )
    )
    _settle(qtbot, panel)
    doc.undo_stack.undo()
    assert "exact" in panel.stale_kinds()
    _settle(qtbot, panel)
    assert panel.exact_result().model is doc.model


@pytest.fixture(params=["en", "sv"])
def language(request, qapp):
    from diva_desktop.ui import i18n

    translators = i18n.install_translators(qapp, request.param)
    yield request.param
    i18n.remove_translators(qapp, translators)
    i18n.install_translators(qapp, "en")


def test_every_tab_in_the_main_window_at_1366x768(qtbot, tmp_path, settings, recovery_dir, language) -> None:
    """The Analysis step in the real window, every tab after its results arrived, in English and Swedish."""
    from diva_desktop.ui.main_window import MainWindow

    out = Path(os.environ.get("DIVA_SCREENSHOT_DIR") or tmp_path)
    out.mkdir(parents=True, exist_ok=True)
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    assert window.open_example()
    assert window.show_step("analysis")
    panel = window.panels["analysis"]
    assert isinstance(panel, AnalysisPanel)
    _settle(qtbot, panel)
    for i in range(panel.tabs.count()):
        panel.tabs.setCurrentIndex(i)
        if panel.tabs.currentWidget() is panel.sensitivity:
            qtbot.waitUntil(lambda: panel.sensitivity.result() is not None, timeout=20_000)
        QApplication.processEvents()
        assert window.grab().save(str(out / f"{language}-analysis-{i}.png"))
    if language == "sv":
        assert panel.tabs.tabText(0) == "&Översikt"
        assert "," in panel.values_model.index(0, AnalysisValuesModel.FOCAL).data()
    window.document.undo_stack.setClean()
    panel.runner.shutdown()
    panel.sensitivity.runner.shutdown()
