"""The Follow-up step: its item models, figures equal to the core's, edits with undo and redo,
and the Swedish translation of its strings."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from diva_desktop.core.followup import PROBLEM_CODES, evaluate_followup
from diva_desktop.core.model import Indicator, Measurement, Model, Observation
from diva_desktop.ui import i18n
from diva_desktop.ui.charts.base import fmt, fmt_percent
from diva_desktop.ui.document import ProjectDocument
from diva_desktop.ui.main_window import STEPS, load_panel_class
from diva_desktop.ui.messages import PROBLEM_TEXTS as SHARED_PROBLEM_TEXTS
from diva_desktop.ui.models.followup_model import (
    ID_ROLE,
    STATUS_ROLE,
    VALUE_ROLE,
    IndicatorTableModel,
    MeasurementTableModel,
    RealisationTableModel,
    status_label,
)
from diva_desktop.ui.panels.followup_panel import PROBLEM_TEXTS, FollowUpPanel, IndicatorDialog

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "followup_sv.ts"
AS_OF = dt.date(2026, 11, 27)


@pytest.fixture
def panel(qtbot, document: ProjectDocument, example_model: Model) -> FollowUpPanel:
    document.reset(example_model)
    widget = FollowUpPanel(document)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.set_as_of(AS_OF)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(lambda: not widget.is_stale())
    return widget


def _core(panel: FollowUpPanel):
    return evaluate_followup(panel.document.model, panel.as_of())


def _cell(model: Any, row: int, col: int, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
    return model.data(model.index(row, col), role)


def test_the_step_is_found_by_the_main_window() -> None:
    step = next(s for s in STEPS if s.key == "followup")
    assert load_panel_class(step) is FollowUpPanel


def test_models_pass_the_model_tester(qtmodeltester, qtbot, example_model: Model) -> None:
    doc = ProjectDocument(example_model)
    result = evaluate_followup(example_model, AS_OF)
    indicators = IndicatorTableModel(doc)
    qtmodeltester.check(indicators)
    indicators.set_result(result)
    qtmodeltester.check(indicators)
    measurements = MeasurementTableModel(doc)
    measurements.set_indicator("ind_bygglov")
    measurements.set_as_of(dt.date(2026, 7, 1))
    qtmodeltester.check(measurements)
    values = RealisationTableModel(doc)
    values.set_result(result)
    qtmodeltester.check(values)


def test_figures_shown_equal_the_core(panel: FollowUpPanel) -> None:
    core = _core(panel)
    assert panel.result is not None
    assert panel.result.to_json() == core.to_json()
    m = panel.indicator_model
    assert m.rowCount() == len(core.indicators)
    for row, s in enumerate(core.indicators):
        assert _cell(m, row, m.NAME, ID_ROLE) == s.indicator.id
        assert _cell(m, row, m.STATUS, STATUS_ROLE) == s.status
        assert _cell(m, row, m.STATUS) == status_label(s.status)
        assert isinstance(_cell(m, row, m.STATUS, Qt.ItemDataRole.DecorationRole), QIcon)  # colour and text
        assert _cell(m, row, m.PROGRESS, VALUE_ROLE) == s.progress
        assert _cell(m, row, m.PROGRESS) == fmt_percent(s.progress)
        assert _cell(m, row, m.PLANNED, VALUE_ROLE) == s.planned_progress
        assert _cell(m, row, m.LATEST, VALUE_ROLE) == (s.latest.value if s.latest else None)
    v = panel.realisation_model
    assert v.rowCount() == len(core.alternatives)
    for row, a in enumerate(core.alternatives):
        assert _cell(v, row, v.NAME, ID_ROLE) == a.alternative
        assert _cell(v, row, v.EXPECTED, VALUE_ROLE) == a.expected
        assert _cell(v, row, v.REALISED, VALUE_ROLE) == a.realised
        assert _cell(v, row, v.INDEX, VALUE_ROLE) == a.index
        assert _cell(v, row, v.COVERAGE, VALUE_ROLE) == a.coverage
        assert _cell(v, row, v.INDEX) == fmt(a.index, 2)
    chart_rows = panel.value_chart.rows()
    assert [r.expected for r in chart_rows] == [a.expected for a in core.alternatives]
    assert [r.realised for r in chart_rows] == [a.realised for a in core.alternatives]
    # the selected indicator's measurements are drawn
    panel.select_indicator("ind_bygglov")
    points = panel.indicator_chart.points()
    assert [p.value for p in points] == [50, 47, 44]
    assert panel.measurement_model.rowCount() == 3
    assert "Off track" in panel.summary_label.text() or "On track" in panel.summary_label.text()


def test_as_of_date_changes_the_figures(qtbot, panel: FollowUpPanel) -> None:
    panel.set_as_of(dt.date(2026, 5, 1))
    qtbot.waitUntil(lambda: not panel.is_stale())
    assert panel.result is not None and panel.result.as_of == dt.date(2026, 5, 1)
    assert panel.result.to_json() == _core(panel).to_json()
    s = panel.result.indicator("ind_nki")
    assert s is not None and s.status == "not_measured"
    row = panel.indicator_model.row_of("ind_nki")
    assert _cell(panel.indicator_model, row, IndicatorTableModel.STATUS) == "Not measured yet"
    panel.select_indicator("ind_bygglov")
    assert [p.value for p in panel.indicator_chart.points()] == [50]  # later ones are after the as-of date
    later = panel.measurement_model.index(2, MeasurementTableModel.DATE)
    assert (
        panel.measurement_model.data(later, Qt.ItemDataRole.ToolTipRole)
        == "After the as-of date: not counted"
    )


def _fill(dialog: IndicatorDialog, **values: Any) -> None:
    dialog.name_edit.setText(values.get("name", ""))
    dialog.alternative_combo.setCurrentIndex(dialog.alternative_combo.findData(values.get("alternative")))
    dialog.criterion_combo.setCurrentIndex(dialog.criterion_combo.findData(values.get("criterion")))
    dialog.baseline_edit.setText(values.get("baseline", ""))
    dialog.target_edit.setText(values.get("target", ""))
    if "baseline_date" in values:
        d = values["baseline_date"]
        dialog.baseline_date.setDate(dialog.baseline_date.date().fromString(d, "yyyy-MM-dd"))
    if "target_date" in values:
        d = values["target_date"]
        dialog.target_date.setDate(dialog.target_date.date().fromString(d, "yyyy-MM-dd"))


def test_add_indicator_and_measurement_through_the_panel_with_undo_and_redo(
    qtbot, monkeypatch: pytest.MonkeyPatch, panel: FollowUpPanel, swedish
) -> None:
    doc = panel.document
    before = doc.model

    def fake_exec(dialog: IndicatorDialog) -> int:
        _fill(
            dialog,
            name="Frigjord tid i ekonomiadministrationen",
            alternative="rpa_ekonomi",
            criterion="frigjord_tid",
            baseline="0",
            baseline_date="2025-01-01",
            target="3,5",
            target_date="2027-01-01",
        )
        assert dialog.unit_edit.text() == "årsarbetare"  # the criterion's unit is proposed
        dialog.accept()
        return 1 if dialog.result() else 0

    monkeypatch.setattr(IndicatorDialog, "exec", fake_exec)
    panel.add_action.trigger()
    ind = next(i for i in doc.model.followup.indicators if i.id == panel.current_indicator_id())
    assert ind.name == "Frigjord tid i ekonomiadministrationen"
    assert ind.alternative == "rpa_ekonomi" and ind.criterion == "frigjord_tid"
    assert ind.target == Observation(3.5, "2027-01-01") and ind.baseline == Observation(0.0, "2025-01-01")
    assert panel.current_indicator_id() == ind.id
    qtbot.waitUntil(lambda: not panel.is_stale())
    assert panel.result.indicator(ind.id).status == "not_measured"  # type: ignore[union-attr]

    # a measurement typed with a decimal comma
    panel.measurement_date.setDate(panel.measurement_date.date().fromString("2026-01-01", "yyyy-MM-dd"))
    panel.measurement_value.setText("1,75")
    panel.measurement_note.setText("Fyra flöden automatiserade")
    qtbot.mouseClick(panel.add_measurement_button, Qt.MouseButton.LeftButton)
    assert doc.model.followup.measurements[-1] == Measurement(
        ind.id, "2026-01-01", 1.75, "Fyra flöden automatiserade"
    )
    assert panel.measurement_value.text() == ""
    assert panel.measurement_model.rowCount() == 1
    qtbot.waitUntil(lambda: not panel.is_stale())
    s = panel.result.indicator(ind.id)  # type: ignore[union-attr]
    assert s is not None and s.progress == pytest.approx(0.5) and s.applied
    rpa = panel.result.alternative("rpa_ekonomi")  # type: ignore[union-attr]
    assert rpa is not None and rpa.coverage > 0 and rpa.index is not None
    assert panel.result.to_json() == _core(panel).to_json()  # type: ignore[union-attr]
    row = panel.indicator_model.row_of(ind.id)
    assert _cell(panel.indicator_model, row, IndicatorTableModel.PROGRESS) == fmt_percent(0.5)
    assert "50" in _cell(panel.indicator_model, row, IndicatorTableModel.PROGRESS)

    # undo the measurement, then the indicator; redo both
    doc.undo_stack.undo()
    assert all(m.indicator != ind.id for m in doc.model.followup.measurements)
    qtbot.waitUntil(lambda: not panel.is_stale())
    assert panel.result.indicator(ind.id).status == "not_measured"  # type: ignore[union-attr]
    doc.undo_stack.undo()
    assert doc.model == before
    assert panel.indicator_model.row_of(ind.id) == -1
    doc.undo_stack.redo()
    doc.undo_stack.redo()
    assert doc.model.followup.measurements[-1].value == 1.75
    qtbot.waitUntil(lambda: not panel.is_stale())
    assert panel.result.to_json() == _core(panel).to_json()  # type: ignore[union-attr]


def test_refused_input_changes_nothing(qtbot, monkeypatch: pytest.MonkeyPatch, panel: FollowUpPanel) -> None:
    doc = panel.document
    before = doc.model
    panel.select_indicator("ind_nki")
    panel.measurement_value.setText("sextiofem")
    assert not panel.add_measurement()
    assert not panel.measurement_error.isHidden() and "not a number" in panel.measurement_error.text()
    assert doc.model is before
    dialog = IndicatorDialog(doc.model, None, panel)
    qtbot.addWidget(dialog)
    _fill(dialog, name="", baseline="1")
    assert dialog.indicator() is None and "name" in dialog.error_label.text()
    _fill(dialog, name="X", baseline="ett", target="2")
    assert dialog.indicator() is None and "not a number" in dialog.error_label.text()
    _fill(dialog, name="X", baseline="1", target="2", baseline_date="2027-01-01", target_date="2026-01-01")
    assert dialog.indicator() is None and "target date" in dialog.error_label.text()
    monkeypatch.setattr(IndicatorDialog, "exec", lambda self: 0)  # cancelled
    assert panel.add_indicator() is None
    assert doc.model is before


def test_edit_and_delete_indicator(
    qtbot, monkeypatch: pytest.MonkeyPatch, panel: FollowUpPanel, dialogs
) -> None:
    doc = panel.document
    panel.select_indicator("ind_oppna_data")

    def fake_exec(dialog: IndicatorDialog) -> int:
        assert dialog.name_edit.text() == "Antal publicerade öppna datamängder"
        dialog.target_edit.setText("30")
        dialog.accept()
        return 1

    monkeypatch.setattr(IndicatorDialog, "exec", fake_exec)
    assert panel.edit_current()
    ind = next(i for i in doc.model.followup.indicators if i.id == "ind_oppna_data")
    assert ind.target == Observation(30.0, "2027-12-31")
    assert doc.undo_stack.undoText().startswith("Edit indicator")
    qtbot.waitUntil(lambda: not panel.is_stale())
    assert panel.result.indicator("ind_oppna_data").progress == pytest.approx((13 - 4) / (30 - 4))  # type: ignore[union-attr]

    before = doc.model
    dialogs.question = dialogs.question.No
    assert not panel.delete_current()  # it has measurements: asked, answered no
    assert doc.model is before
    dialogs.question = dialogs.question.Yes
    assert panel.delete_current()
    assert all(i.id != "ind_oppna_data" for i in doc.model.followup.indicators)
    assert all(m.indicator != "ind_oppna_data" for m in doc.model.followup.measurements)
    assert panel.current_indicator_id() is not None  # the next one is selected
    doc.undo_stack.undo()
    assert doc.model == before


def test_results_are_marked_out_of_date_until_refreshed(qtbot, panel: FollowUpPanel) -> None:
    from diva_desktop.core.commands import AddMeasurement

    panel.document.execute(AddMeasurement(Measurement("ind_nki", "2026-11-01", 70)))
    assert panel.is_stale()
    assert panel.value_chart.is_stale() and panel.indicator_chart.is_stale()
    qtbot.waitUntil(lambda: not panel.is_stale())
    assert not panel.value_chart.is_stale()
    assert panel.result.indicator("ind_nki").status == "achieved"  # type: ignore[union-attr]


def test_an_indicator_from_code_and_an_empty_project(qtbot, document: ProjectDocument) -> None:
    widget = FollowUpPanel(document)
    qtbot.addWidget(widget)
    assert widget.indicator_model.rowCount() == 0
    assert "No indicators yet" in widget.summary_label.text()
    assert not widget.add_measurement()  # nothing selected
    assert widget.add_indicator(Indicator("x", "Fri indikator")) == "x"
    assert widget.current_indicator_id() == "x"


def test_problems_are_shown_as_sentences(qtbot, panel: FollowUpPanel, example_model: Model) -> None:
    from dataclasses import replace

    from diva_desktop.core.commands import AddMeasurement

    panel.document.execute(AddMeasurement(Measurement("ind_oppna_data", "2026-11-01", 55, "fel i exporten")))
    qtbot.waitUntil(lambda: not panel.is_stale())
    assert not panel.warnings_label.isHidden()
    text = panel.warnings_label.text()
    assert "Antal publicerade öppna datamängder" in text and "outside the criterion's scale 0–40" in text
    broken = replace(
        example_model,
        followup=replace(
            example_model.followup,
            measurements=(*example_model.followup.measurements, Measurement("ind_borta", "2026-01-01", 1)),
        ),
    )
    panel.document.reset(broken)
    qtbot.waitUntil(lambda: not panel.is_stale())
    assert panel.result is None
    assert not panel.status_label.isHidden()
    assert "followup.measurements[12].indicator: A measurement refers to the indicator ‘ind_borta’" in (
        panel.status_label.text()
    )


def test_dialog_labels_with_a_mnemonic_have_a_buddy(qtbot, example_model: Model) -> None:
    from PySide6.QtWidgets import QLabel

    dialog = IndicatorDialog(example_model, example_model.followup.indicators[0])
    qtbot.addWidget(dialog)
    labels = [w for w in dialog.findChildren(QLabel) if "&" in w.text()]
    assert len(labels) >= 8
    assert all(label.buddy() is not None for label in labels), [w.text() for w in labels if w.buddy() is None]


def test_every_core_problem_code_has_a_sentence() -> None:
    for code in PROBLEM_CODES:
        assert code in PROBLEM_TEXTS or code in SHARED_PROBLEM_TEXTS, code


# ---------------------------------------------------------------------------
# Swedish
# ---------------------------------------------------------------------------


def _messages() -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(TS).getroot()
    return [
        (ctx.findtext("name") or "", m.findtext("source") or "", m)
        for ctx in root.iter("context")
        for m in ctx.iter("message")
    ]


def test_glossary_terms_in_swedish() -> None:
    sv = {src: m.findtext("translation") for _ctx, src, m in _messages()}
    assert sv["Follow-up"] == "Uppföljning"
    assert sv["Indicator"] == "Indikator"
    assert sv["Baseline"] == "Utgångsvärde"
    assert sv["Target"] == "Målvärde"
    assert sv["Expected value"] == "Förväntat värde"
    assert sv["Realised value"] == "Realiserat värde"
    assert sv["Realisation index"] == "Realiseringsindex"
    assert [
        sv[s] for s in ("On track", "At risk", "Off track", "Achieved", "Exceeded", "Not measured yet")
    ] == [
        "Enligt plan",
        "Risk för avvikelse",
        "Avviker",
        "Realiserad",
        "Överträffad",
        "Ej mätt ännu",
    ]


def test_panel_speaks_swedish(
    qtbot, qapp: QApplication, document: ProjectDocument, example_model: Model, swedish
) -> None:
    translators = i18n.install_translators(qapp, "sv")
    try:
        document.reset(example_model)
        panel = FollowUpPanel(document)
        qtbot.addWidget(panel)
        panel.set_as_of(AS_OF)
        assert panel.add_measurement_button.text() == "Lägg till &mätning"
        assert panel.tabs.tabText(1) == "&Värde per investering"
        m = panel.indicator_model
        assert m.headerData(m.BASELINE, Qt.Orientation.Horizontal) == "Utgångsvärde"
        row = m.row_of("ind_bygglov")
        assert _cell(m, row, m.STATUS) == "Avviker"
        assert _cell(m, row, m.BASELINE) == "52 dagar (2024-12-31)"
        assert _cell(m, row, m.PROGRESS) == "50\u00a0%"
        v = panel.realisation_model
        assert v.headerData(v.INDEX, Qt.Orientation.Horizontal) == "Realiseringsindex"
        e = panel.result.alternative("e_tjansteplattform")  # type: ignore[union-attr]
        assert e is not None
        assert _cell(v, 0, v.EXPECTED) == f"{e.expected:.3f}".replace(".", ",")  # decimal comma
        assert "Avviker: 5" in panel.summary_label.text()
    finally:
        i18n.remove_translators(qapp, translators)
        i18n.install_translators(qapp, "en")
    assert QCoreApplication.translate("FollowUpStatus", "On track") == "On track"
