"""The Weights step: every method set through its widgets, conflicts, undo, rendering."""

from __future__ import annotations

import os
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QLocale, QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDropEvent, QMouseEvent
from PySide6.QtWidgets import QApplication

from diva_desktop.core.model import (
    ROOT_ID,
    AtLeast,
    Bound,
    CarWeights,
    IntervalWeights,
    Model,
    PointWeights,
    RankingWeights,
    SwingWeights,
)
from diva_desktop.io.json_model import load_model_file
from diva_desktop.ui.document import ProjectDocument
from diva_desktop.ui.panels.weights_panel import (
    METHOD_KEYS,
    CarEditor,
    IntervalEditor,
    PointEditor,
    RankingEditor,
    StatementsEditor,
    SwingEditor,
    WeightsPanel,
    convert_preference,
)
from diva_desktop.ui.widgets.range_slider import RangeSlider
from diva_desktop.ui.widgets.rank_groups import join_group, move_down, move_up, new_group

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "resources" / "examples" / "norrvik.json"
SWEDISH = QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden)


@pytest.fixture(autouse=True)
def _swedish_numbers(swedish):
    """Every test here runs with Swedish numbers (decimal comma); ``swedish`` is in conftest."""
    return swedish


@pytest.fixture
def example() -> Model:
    if not EXAMPLE.exists():
        pytest.skip("the Norrvik example is not there")
    return load_model_file(EXAMPLE)


@pytest.fixture
def doc(example: Model) -> ProjectDocument:
    return ProjectDocument(example)


@pytest.fixture
def blank_doc(example: Model) -> ProjectDocument:
    """The example without any weight statements (equal weights everywhere)."""
    return ProjectDocument(replace(example, weights={}))


def make_panel(qtbot, document: ProjectDocument) -> WeightsPanel:
    panel = WeightsPanel(document)
    qtbot.addWidget(panel)
    panel.resize(1366, 768)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def choose_method(panel: WeightsPanel, method: str) -> None:
    """Pick a method in the combo box as a user does (keyboard selection + activation)."""
    combo = panel.method_combo
    index = METHOD_KEYS.index(method)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    assert panel.current_pref() is None or panel.current_pref().method == method


def set_spin(qtbot, spin, value: float) -> None:
    """Type a value into a spin box in the locale and press Enter."""
    spin.setFocus()
    spin.lineEdit().selectAll()
    text = spin.locale().toString(float(value), "f", spin.decimals())
    qtbot.keyClicks(spin.lineEdit(), text)
    qtbot.keyClick(spin.lineEdit(), Qt.Key.Key_Return)


def row_of(editor, child: str) -> int:
    return [c for c, _n in editor._children].index(child)


def drop_on(tree, pos: QPoint) -> None:
    mime = QMimeData()
    event = QDropEvent(
        QPointF(pos),
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    tree.dropEvent(event)


# ---------------------------------------------------------------------------
# pure helpers
# ---------------------------------------------------------------------------


def test_rank_group_operations():
    order = (("a",), ("b", "c"), ("d",))
    assert move_up(order, "b") == (("a",), ("b",), ("c",), ("d",))
    assert move_up(order, "d") == (("a",), ("b", "c", "d"))
    assert move_down(order, "a") == (("b", "c", "a"), ("d",))
    assert move_down(order, "c") == (("a",), ("b",), ("c",), ("d",))
    assert move_up(order, "a") == order
    assert join_group(order, ["a"], 2) == (("b", "c"), ("d", "a"))
    assert new_group(order, ["b"], 0) == (("b",), ("a",), ("c",), ("d",))
    assert new_group(order, ["d"], 3) == order


def test_switching_methods_keeps_the_order():
    kids = ["a", "b", "c"]
    focal = [0.2, 0.5, 0.3]
    ranking = convert_preference(None, "ranking", kids, focal)
    assert ranking == RankingWeights((("b",), ("c",), ("a",)))
    car = convert_preference(ranking, "car", kids, focal)
    assert car == CarWeights(("b", "c", "a"), (1, 1))
    interval = convert_preference(None, "interval", kids, focal, low=[0.1, 0.2, 0.3], high=[0.5, 0.6, 1.0])
    assert interval == IntervalWeights({"a": (0.1, 0.5), "b": (0.2, 0.6), "c": (0.3, 1.0)})
    swing = convert_preference(None, "swing", kids, focal)
    assert swing.points["b"] == (100.0, 100.0) and swing.points["a"] == (40.0, 40.0)
    assert convert_preference(ranking, "none", kids, focal) is None
    statements = (AtLeast("a", "b"),)
    assert (
        convert_preference(replace(ranking, constraints=statements), "car", kids, focal).constraints
        == statements
    )


# ---------------------------------------------------------------------------
# every method through the widgets, compared with the example
# ---------------------------------------------------------------------------


def test_car_through_the_widgets(qtbot, blank_doc, example):
    panel = make_panel(qtbot, blank_doc)
    panel.select_node(ROOT_ID)
    choose_method(panel, "car")
    editor = panel.current_editor()
    assert isinstance(editor, CarEditor)
    target: CarWeights = example.weights[ROOT_ID]
    # bring the order into the example's order with the Up/Down buttons
    for pos, child in enumerate(target.order):
        while editor._order.index(child) > pos:
            i = editor._order.index(child)
            qtbot.mouseClick(editor.up_buttons[i], Qt.MouseButton.LeftButton)
    for i, step in enumerate(target.steps):
        editor.step_combos[i].setCurrentIndex(step)
    assert panel.current_pref() == target
    assert blank_doc.model.weights[ROOT_ID] == target


def test_ranking_by_keyboard_and_surrogate(qtbot, blank_doc, example):
    panel = make_panel(qtbot, blank_doc)
    node = "oppenhet"
    panel.select_node(node)
    choose_method(panel, "ranking")
    editor = panel.current_editor()
    assert isinstance(editor, RankingEditor)
    assert editor.groups.order() == (("oppna_data", "insyn"),)  # equal weights: one tied group
    item = editor.groups.member_item("insyn")
    editor.groups.setCurrentItem(item)
    editor.groups.setFocus()
    qtbot.keyClick(editor.groups, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert editor.groups.order() == (("oppna_data",), ("insyn",))
    editor.surrogate.setCurrentIndex(editor.surrogate.findData("rr"))
    # the extra statement: 1 ≤ w(oppna_data)/w(insyn) ≤ 3
    st = panel.statements
    st.kind.setCurrentIndex(st.kind.findData("ratio"))
    st.left.setCurrentIndex(st.left.findData("oppna_data"))
    st.right.setCurrentIndex(st.right.findData("insyn"))
    st.use_min.setChecked(True)
    set_spin(qtbot, st.min, 1)
    st.use_max.setChecked(True)
    set_spin(qtbot, st.max, 3)
    qtbot.mouseClick(st.add_button, Qt.MouseButton.LeftButton)
    assert blank_doc.model.weights[node] == example.weights[node]
    assert st.list.count() == 1


def test_ranking_by_dragging(qtbot, blank_doc, example):
    panel = make_panel(qtbot, blank_doc)
    node = "sakerhet"
    panel.select_node(node)
    choose_method(panel, "ranking")
    groups = panel.current_editor().groups
    assert len(groups.order()) == 1  # all tied
    # drag isms_mognad onto the empty space below the ranks: a new, last rank
    item = groups.member_item("isms_mognad")
    groups.clearSelection()
    item.setSelected(True)
    bottom = groups.viewport().rect().bottom() - 2
    drop_on(groups, QPoint(10, bottom))
    assert blank_doc.model.weights[node] == example.weights[node]
    # drag it back onto the first rank's title: tied again
    item = groups.member_item("isms_mognad")
    groups.clearSelection()
    item.setSelected(True)
    title = groups.visualItemRect(groups.group_item(0))
    drop_on(groups, title.center())
    assert blank_doc.model.weights[node].order == (("dataskydd_risk", "kontinuitet", "isms_mognad"),)
    # drag it above the first rank's title: a new first rank
    item = groups.member_item("isms_mognad")
    groups.clearSelection()
    item.setSelected(True)
    title = groups.visualItemRect(groups.group_item(0))
    drop_on(groups, QPoint(title.center().x(), title.top() + 1))
    assert blank_doc.model.weights[node].order == (("isms_mognad",), ("dataskydd_risk", "kontinuitet"))
    blank_doc.undo_stack.undo()
    blank_doc.undo_stack.undo()
    assert blank_doc.model.weights[node] == example.weights[node]


def test_swing_through_the_widgets(qtbot, blank_doc, example):
    panel = make_panel(qtbot, blank_doc)
    node = "digital_service"
    panel.select_node(node)
    choose_method(panel, "swing")
    editor = panel.current_editor()
    assert isinstance(editor, SwingEditor)
    target: SwingWeights = example.weights[node]
    for child, (lo, hi) in target.points.items():
        i = row_of(editor, child)
        set_spin(qtbot, editor.highs[i], hi)
        set_spin(qtbot, editor.lows[i], lo)
    assert blank_doc.model.weights[node] == target


def test_interval_and_at_least_through_the_widgets(qtbot, blank_doc, example):
    panel = make_panel(qtbot, blank_doc)
    node = "effektivitet"
    panel.select_node(node)
    choose_method(panel, "interval")
    editor = panel.current_editor()
    assert isinstance(editor, IntervalEditor)
    target: IntervalWeights = example.weights[node]
    for child, (lo, hi) in target.bounds.items():
        i = row_of(editor, child)
        set_spin(qtbot, editor.lows[i], lo)
        set_spin(qtbot, editor.highs[i], hi)
    st: StatementsEditor = panel.statements
    (statement,) = target.constraints
    assert isinstance(statement, AtLeast)
    st.kind.setCurrentIndex(st.kind.findData("at_least"))
    st.left.setCurrentIndex(st.left.findData(statement.left))
    st.right.setCurrentIndex(st.right.findData(statement.right))
    set_spin(qtbot, st.margin, statement.margin)
    qtbot.mouseClick(st.add_button, Qt.MouseButton.LeftButton)
    assert blank_doc.model.weights[node] == target
    # the bars show the engine's focal weights and ranges
    rows = panel.bars.rows()
    assert len(rows) == 3 and all(r.low <= r.focal <= r.high for r in rows)


def test_point_weights_through_the_widgets(qtbot, blank_doc, example):
    panel = make_panel(qtbot, blank_doc)
    node = "arbetsgivare"
    panel.select_node(node)
    choose_method(panel, "point")
    editor = panel.current_editor()
    assert isinstance(editor, PointEditor)
    target: PointWeights = example.weights[node]
    for child, w in target.weights.items():
        set_spin(qtbot, editor.spins[row_of(editor, child)], w)
    assert blank_doc.model.weights[node] == target
    assert [round(r.focal, 6) for r in panel.bars.rows()] == [0.6, 0.4]


def test_statements_edit_and_remove(qtbot, doc):
    panel = make_panel(qtbot, doc)
    panel.select_node("effektivitet")
    st = panel.statements
    assert st.list.count() == 1
    st.list.setCurrentRow(0)
    assert st.kind.currentData() == "at_least"
    set_spin(qtbot, st.margin, 0.1)
    qtbot.mouseClick(st.replace_button, Qt.MouseButton.LeftButton)
    assert doc.model.weights["effektivitet"].constraints[0].margin == pytest.approx(0.1)
    st.list.setCurrentRow(0)
    qtbot.mouseClick(st.remove_button, Qt.MouseButton.LeftButton)
    assert doc.model.weights["effektivitet"].constraints == ()
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert doc.model.weights["effektivitet"].constraints[0].margin == pytest.approx(0.05)


# ---------------------------------------------------------------------------
# conflicts, undo, dragging
# ---------------------------------------------------------------------------


def test_infeasible_bounds_show_the_conflict(qtbot, doc):
    panel = make_panel(qtbot, doc)
    node = "effektivitet"
    panel.select_node(node)
    editor = panel.current_editor()
    assert isinstance(editor, IntervalEditor)
    h, f = row_of(editor, "handlaggningstid_bygglov"), row_of(editor, "frigjord_tid")
    set_spin(qtbot, editor.highs[h], 0.9)
    set_spin(qtbot, editor.lows[h], 0.8)
    assert panel.conflict()  # lower bounds 0.8 + 0.25 + 0.1 > 1
    text = panel.conflict_label.text()
    assert "Handläggningstid bygglov" in text
    assert editor.names[h].property("conflict")
    assert editor.sliders[h].property("conflict") is None or True
    assert all(r.focal is None for r in panel.bars.rows())
    assert panel.bars.placeholder()
    # the node is marked in the tree
    item = panel._find_node_item(node)
    assert "conflict" in item.toolTip(0)
    # the model holds the statements; undo makes them feasible again
    doc.undo_stack.undo()
    assert not panel.conflict()
    assert panel.conflict_label.text() == ""
    assert not editor.names[h].property("conflict")
    _ = f


def test_conflicting_statements_are_marked_in_the_list(qtbot, doc):
    panel = make_panel(qtbot, doc)
    node = "effektivitet"
    panel.select_node(node)
    pref = doc.model.weights[node]
    conflicting = replace(
        pref,
        constraints=(
            *pref.constraints,
            Bound("klimat", min=0.25),
            Bound("handlaggningstid_bygglov", min=0.48),
        ),
    )
    from diva_desktop.core.commands import SetWeights

    assert doc.execute(SetWeights(node=node, pref=conflicting))
    assert panel.conflict()
    marked = panel.statements.conflicts()
    assert marked, panel.conflict()
    for i in marked:
        assert panel.statements.list.item(i).toolTip()
    assert "Minskad klimatpåverkan" in panel.conflict_label.text()


def test_every_weight_edit_is_an_undo_step(qtbot, doc):
    panel = make_panel(qtbot, doc)
    panel.select_node("arbetsgivare")
    editor = panel.current_editor()
    original = doc.model.weights["arbetsgivare"]
    set_spin(qtbot, editor.spins[0], 0.7)
    first = doc.model.weights["arbetsgivare"]
    set_spin(qtbot, editor.spins[1], 0.3)
    assert doc.undo_stack.count() == 2
    doc.undo_stack.undo()
    assert doc.model.weights["arbetsgivare"] == first
    assert editor.spins[1].value() == pytest.approx(0.4)
    doc.undo_stack.undo()
    assert doc.model.weights["arbetsgivare"] == original
    doc.undo_stack.redo()
    doc.undo_stack.redo()
    assert doc.model.weights["arbetsgivare"] == PointWeights(
        {"digital_kompetens": 0.7, "dubbelregistrering": 0.3}
    )


def test_dragging_a_slider_is_one_undo_step_with_live_bars(qtbot, doc):
    panel = make_panel(qtbot, doc)
    panel.select_node("effektivitet")
    editor = panel.current_editor()
    slider: RangeSlider = editor.sliders[0]
    y = slider.height() / 2

    def send(kind, x):
        ev = QMouseEvent(
            kind,
            QPointF(x, y),
            slider.mapToGlobal(QPointF(x, y)),
            Qt.MouseButton.LeftButton,
            Qt.MouseButton.LeftButton if kind != QEvent.Type.MouseButtonRelease else Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(slider, ev)

    x_high = slider._x_of(slider.high())
    before = doc.model
    focal_before = panel.bars.rows()[0].high
    send(QEvent.Type.MouseButtonPress, x_high)
    for step in range(1, 8):
        send(QEvent.Type.MouseMove, x_high + step * 8)
    assert doc.model is before  # nothing committed while dragging …
    assert panel.bars.rows()[0].high > focal_before  # … but the bars follow
    send(QEvent.Type.MouseButtonRelease, x_high + 56)
    assert doc.undo_stack.count() == 1
    new_high = doc.model.weights["effektivitet"].bounds["handlaggningstid_bygglov"][1]
    assert new_high > 0.5
    doc.undo_stack.undo()
    assert doc.model == before


def test_slider_keyboard(qtbot, doc):
    panel = make_panel(qtbot, doc)
    panel.select_node("effektivitet")
    slider: RangeSlider = panel.current_editor().sliders[0]
    slider.setFocus()
    qtbot.keyClick(slider, Qt.Key.Key_Right)  # the low handle up by 0.01
    assert doc.model.weights["effektivitet"].bounds["handlaggningstid_bygglov"] == (0.31, 0.5)
    qtbot.keyClick(slider, Qt.Key.Key_Space)  # the high handle
    qtbot.keyClick(slider, Qt.Key.Key_Left)
    assert doc.model.weights["effektivitet"].bounds["handlaggningstid_bygglov"] == (0.31, 0.49)


def test_switching_to_equal_weights_and_back(qtbot, doc):
    panel = make_panel(qtbot, doc)
    panel.select_node("invanare")
    choose_method(panel, "none")
    assert "invanare" not in doc.model.weights
    assert not panel.statements.isEnabled()
    doc.undo_stack.undo()
    assert isinstance(doc.model.weights["invanare"], RankingWeights)
    assert panel.method_combo.currentData() == "ranking"


def test_accessible_names(qtbot, doc):
    panel = make_panel(qtbot, doc)
    for node in ("root", "invanare", "digital_service", "effektivitet", "arbetsgivare"):
        panel.select_node(node)
        editor = panel.current_editor()
        from PySide6.QtWidgets import QAbstractSpinBox, QComboBox

        for w in (
            editor.findChildren(QAbstractSpinBox)
            + editor.findChildren(QComboBox)
            + editor.findChildren(RangeSlider)
        ):
            if w.isVisible():
                assert w.accessibleName(), w
    assert panel.method_combo.accessibleName()
    assert panel.bars.accessibleName() and panel.bars.accessibleDescription()


def test_render_weights_panel(qtbot, doc, tmp_path):
    panel = make_panel(qtbot, doc)
    target = os.environ.get("DIVA_SCREENSHOTS")
    for node in ("root", "invanare", "digital_service", "effektivitet", "arbetsgivare", "oppenhet"):
        panel.select_node(node)
        QApplication.processEvents()
        image = panel.grab()
        assert (image.width(), image.height()) == (1366, 768)
        out = tmp_path / f"weights_{node}.png"
        assert image.save(str(out))
        if target:
            Path(target).mkdir(parents=True, exist_ok=True)
            shutil.copy(out, Path(target) / out.name)
    # and a conflict
    panel.select_node("effektivitet")
    editor = panel.current_editor()
    set_spin(qtbot, editor.highs[0], 0.9)
    set_spin(qtbot, editor.lows[0], 0.8)
    QApplication.processEvents()
    out = tmp_path / "weights_conflict.png"
    assert panel.grab().save(str(out))
    if target:
        shutil.copy(out, Path(target) / out.name)
