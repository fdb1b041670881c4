"""The Scores step: the consequence table, its editors, pending input, paste, undo."""

from __future__ import annotations

import os
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QLocale, QModelIndex, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from diva_desktop.core.model import LevelsScale, Model, Score
from diva_desktop.io.json_model import load_model_file
from diva_desktop.ui.document import ProjectDocument
from diva_desktop.ui.models.scores_model import (
    PENDING_ROLE,
    SCORE_ROLE,
    STATUS_MISSING,
    STATUS_OK,
    STATUS_PENDING,
    STATUS_ROLE,
    VALUE_ROLE,
    ScoresTableModel,
    cell_data,
    format_score,
    parse_score_text,
    parse_table_text,
)
from diva_desktop.ui.panels.scores_panel import LevelRangeEditor, ScoresPanel

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = [ROOT / "resources" / "examples" / "norrvik.json", ROOT / "tests" / "data" / "small-model.json"]
SWEDISH = QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden)


def example_path() -> Path:
    for p in EXAMPLES:
        if p.exists():
            return p
    pytest.skip("no example model")
    raise AssertionError


@pytest.fixture
def example() -> Model:
    return load_model_file(example_path())


@pytest.fixture
def blank_doc(example: Model) -> ProjectDocument:
    """The example without any score."""
    return ProjectDocument(replace(example, scores={}))


@pytest.fixture
def doc(example: Model) -> ProjectDocument:
    return ProjectDocument(example)


def make_panel(qtbot, document: ProjectDocument) -> ScoresPanel:
    panel = ScoresPanel(document)
    qtbot.addWidget(panel)
    panel.resize(1366, 768)
    panel.show()
    qtbot.waitExposed(panel)
    panel.activateWindow()
    return panel


def type_text(qtbot, widget, text: str) -> None:
    """Type ``text`` key by key; characters QTest cannot name (–, å) as key events with text."""
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def open_line_editor(panel: ScoresPanel) -> QLineEdit:
    editors = [e for e in panel.table.viewport().findChildren(QLineEdit) if e.isVisible()]
    assert len(editors) == 1, editors
    return editors[0]


def bare(score: Score | None) -> Score | None:
    return None if score is None else Score(score.low, score.high)


def bare_scores(model: Model) -> dict[tuple[str, str], Score | None]:
    return {(a.id, c.id): bare(model.score(a.id, c.id)) for a in model.alternatives for c in model.leaves()}


def type_into_cell(qtbot, panel: ScoresPanel, ix: QModelIndex, text: str) -> None:
    """Open the delegate's line editor on a cell, type, press Enter (as a user does)."""
    panel.table.setCurrentIndex(ix)
    panel.table.edit(ix)
    editor = open_line_editor(panel)
    editor.selectAll()
    type_text(qtbot, editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # the delegate commits on Enter through a queued call


def pick_levels(qtbot, panel: ScoresPanel, ix: QModelIndex, low: str, high: str) -> None:
    """Open the level editor on a cell, pick one or two levels, press Enter."""
    panel.table.setCurrentIndex(ix)
    panel.table.edit(ix)
    editors = [e for e in panel.table.viewport().findChildren(LevelRangeEditor) if e.isVisible()]
    assert len(editors) == 1
    editor = editors[0]
    editor.low_combo.setCurrentIndex(editor.low_combo.findData(low))
    editor.high_combo.setCurrentIndex(editor.high_combo.findData(high))
    qtbot.keyClick(editor.low_combo, Qt.Key.Key_Return)
    QApplication.processEvents()


# ---------------------------------------------------------------------------
# parsing
# ---------------------------------------------------------------------------


def test_numbers_and_intervals_follow_the_locale(swedish):
    from diva_desktop.core.model import LinearScale

    scale = LinearScale(0, 100)
    assert parse_score_text("30,5", scale, swedish).score == Score.point(30.5)
    assert parse_score_text("30,5–40", scale, swedish).score == Score(30.5, 40.0)
    assert parse_score_text("30-40", scale, swedish).score == Score(30.0, 40.0)
    assert parse_score_text(" 30 – 40 ", scale, swedish).score == Score(30.0, 40.0)
    assert parse_score_text("", scale, swedish).score is None
    assert parse_score_text("", scale, swedish).ok
    english = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    assert parse_score_text("30.5-40", scale, english).score == Score(30.5, 40.0)
    assert format_score(Score(30.5, 40.0), swedish) == "30,5–40"
    assert format_score(Score(30.5, 40.0), english) == "30.5–40"
    bad = parse_score_text("40–30", scale, swedish)
    assert not bad.ok and bad.problems[0].code == "interval_reversed"
    assert parse_score_text("abc", scale, swedish).problems[0].code == "not_a_number"
    assert parse_score_text("150", scale, swedish).problems[0].code == "score_out_of_scale"
    neg = LinearScale(-10, 10)
    assert parse_score_text("-5--2", neg, swedish).score == Score(-5.0, -2.0)
    assert parse_score_text("−5–2", neg, swedish).score == Score(-5.0, 2.0)


def test_levels_and_level_intervals(swedish):
    from diva_desktop.core.model import Level

    scale = LevelsScale((Level("hög", 0.0), Level("medel", 0.5), Level("låg", 1.0)))
    assert parse_score_text("medel", scale, swedish).score == Score.point("medel")
    assert parse_score_text("Medel–låg", scale, swedish).score == Score("medel", "låg")
    assert parse_score_text("hög-medel", scale, swedish).score == Score("hög", "medel")
    assert parse_score_text("låg–hög", scale, swedish).problems[0].code == "interval_reversed"
    assert parse_score_text("okänd", scale, swedish).problems[0].code == "unknown_level"
    assert parse_score_text("3", scale, swedish).problems[0].code == "level_expected"


def test_spreadsheet_blocks_are_split_on_tabs_and_newlines():
    assert parse_table_text("1\t2\r\n3\t4\r\n") == [["1", "2"], ["3", "4"]]
    assert parse_table_text('"a\tb"\tc\n') == [["a\tb", "c"]]
    assert parse_table_text("x") == [["x"]]


# ---------------------------------------------------------------------------
# the item model
# ---------------------------------------------------------------------------


def test_model_passes_qtmodeltester(qtmodeltester, doc):
    model = ScoresTableModel(doc)
    qtmodeltester.check(model)


def test_model_wraps_the_document_without_copying(doc, swedish):
    model = ScoresTableModel(doc)
    a, c = doc.model.alternatives[0].id, doc.model.leaves()[0].id
    ix = model.index(0, 0)
    assert cell_data(ix, SCORE_ROLE) is doc.model.score(a, c)
    assert model.rowCount() == len(doc.model.alternatives)
    assert model.columnCount() == len(doc.model.leaves())


def test_header_shows_the_parents_of_each_leaf(qtbot, doc):
    panel = make_panel(qtbot, doc)
    model = doc.model
    for col, leaf in enumerate(model.leaves()):
        parents = [n.name for n in model.path_to(leaf.id)[1:-1]]
        assert list(panel.header.group_texts(col)) == parents
    assert panel.header.height() >= 2 * panel.header.fontMetrics().height()


# ---------------------------------------------------------------------------
# entering the example through the table
# ---------------------------------------------------------------------------


def test_enter_the_example_scores_through_the_table(qtbot, blank_doc, example, swedish):
    panel = make_panel(qtbot, blank_doc)
    model = panel.model
    assert all(
        cell_data(model.index(r, c), STATUS_ROLE) == STATUS_MISSING
        for r in range(model.rowCount())
        for c in range(model.columnCount())
    )
    typed_rows = {0, 1}  # the first rows through the real editors, the rest through setData
    for r, alt in enumerate(example.alternatives):
        for c, leaf in enumerate(example.leaves()):
            score = example.score(alt.id, leaf.id)
            if score is None:
                continue
            ix = model.index(r, c)
            if isinstance(leaf.effective_scale, LevelsScale):
                if r in typed_rows:
                    pick_levels(qtbot, panel, ix, str(score.low), str(score.high))
                else:
                    assert model.setData(ix, format_score(score, swedish), Qt.ItemDataRole.EditRole)
                continue
            text = format_score(score, swedish)
            if r % 2 and score.is_interval:
                text = text.replace("–", "-")  # 30-40 works as well as 30–40
            if r in typed_rows:
                type_into_cell(qtbot, panel, ix, text)
            else:
                assert model.setData(ix, text, Qt.ItemDataRole.EditRole), text
            assert cell_data(ix, STATUS_ROLE) == STATUS_OK, (
                alt.id,
                leaf.id,
                text,
                cell_data(ix, Qt.ItemDataRole.ToolTipRole),
            )
    assert bare_scores(blank_doc.model) == bare_scores(example)
    assert not model.pending_cells()
    # every cell edit is one undo step
    entered = sum(1 for v in bare_scores(example).values() if v is not None)
    assert blank_doc.undo_stack.count() == entered


def test_decimal_comma_in_swedish(qtbot, blank_doc, swedish):
    panel = make_panel(qtbot, blank_doc)
    model = panel.model
    col = next(
        c
        for c, leaf in enumerate(blank_doc.model.leaves())
        if not isinstance(leaf.effective_scale, LevelsScale)
    )
    leaf = blank_doc.model.leaves()[col]
    lo, hi = leaf.effective_scale.domain
    a = lo + (hi - lo) * 0.25 + 0.5
    b = lo + (hi - lo) * 0.75
    text = f"{swedish.toString(float(a), 'f', 1)}–{swedish.toString(float(b), 'f', 0)}"
    assert "," in text
    type_into_cell(qtbot, panel, model.index(0, col), text)
    alt = blank_doc.model.alternatives[0].id
    assert blank_doc.model.score(alt, leaf.id) == Score(round(a, 1), float(round(b)))
    assert cell_data(model.index(0, col)) == text


def test_value_on_the_0_1_scale_on_hover(doc, swedish):
    model = ScoresTableModel(doc)
    for c in range(model.columnCount()):
        ix = model.index(0, c)
        score = cell_data(ix, SCORE_ROLE)
        tip = cell_data(ix, Qt.ItemDataRole.ToolTipRole)
        if score is None:
            assert "0–1" in tip
            continue
        low, high, _focal = cell_data(ix, VALUE_ROLE)
        assert 0.0 <= low <= high <= 1.0
        assert swedish.toString(float(low), "f", 2) in tip


# ---------------------------------------------------------------------------
# bad input
# ---------------------------------------------------------------------------


def test_invalid_text_stays_red_and_the_model_is_unchanged(qtbot, doc, swedish):
    panel = make_panel(qtbot, doc)
    model = panel.model
    col = next(
        c for c, leaf in enumerate(doc.model.leaves()) if not isinstance(leaf.effective_scale, LevelsScale)
    )
    ix = model.index(1, col)
    before = doc.model
    old_text = cell_data(ix)
    type_into_cell(qtbot, panel, ix, "trettio")
    assert doc.model is before
    assert doc.undo_stack.count() == 0
    assert cell_data(ix) == "trettio"
    assert cell_data(ix, PENDING_ROLE) == "trettio"
    assert cell_data(ix, STATUS_ROLE) == STATUS_PENDING
    assert cell_data(ix, Qt.ItemDataRole.BackgroundRole).color().red() > 200
    tip = cell_data(ix, Qt.ItemDataRole.ToolTipRole)
    assert "trettio" in tip and "30–40" in tip
    assert "1 " in panel.status_label.text()

    # out of the scale: the reason names the allowed range
    leaf = doc.model.leaves()[col]
    lo, hi = leaf.effective_scale.domain
    too_big = hi + 10
    type_into_cell(qtbot, panel, ix, swedish.toString(float(too_big), "f", 0))
    assert doc.model is before
    tip = cell_data(ix, Qt.ItemDataRole.ToolTipRole)
    assert f"{swedish.toString(float(lo), 'g', 6)}–{swedish.toString(float(hi), 'g', 6)}" in tip

    # editing again starts from the pending text; correcting it commits
    panel.table.edit(ix)
    editor = open_line_editor(panel)
    assert editor.text() == swedish.toString(float(too_big), "f", 0)
    qtbot.keyClick(editor, Qt.Key.Key_Escape)  # Esc in the editor discards the pending input
    QApplication.processEvents()
    assert cell_data(ix, PENDING_ROLE) is None
    assert cell_data(ix) == old_text
    assert doc.model is before

    # Esc on the table discards it as well
    model.setData(ix, "x–y", Qt.ItemDataRole.EditRole)
    assert cell_data(ix, STATUS_ROLE) == STATUS_PENDING
    panel.table.setFocus()
    panel.table.setCurrentIndex(ix)
    qtbot.keyClick(panel.table, Qt.Key.Key_Escape)
    assert cell_data(ix, STATUS_ROLE) != STATUS_PENDING
    assert panel.status_label.text() == ""
    assert doc.model is before


def test_an_invalid_level_is_refused(doc, swedish):
    model = ScoresTableModel(doc)
    col = next(
        (c for c, leaf in enumerate(doc.model.leaves()) if isinstance(leaf.effective_scale, LevelsScale)),
        None,
    )
    if col is None:
        pytest.skip("no level scale in the example")
    before = doc.model
    ix = model.index(0, col)
    assert not model.setData(ix, "fantastisk", Qt.ItemDataRole.EditRole)
    assert doc.model is before
    assert "fantastisk" in cell_data(ix, Qt.ItemDataRole.ToolTipRole)


# ---------------------------------------------------------------------------
# paste, clear, undo
# ---------------------------------------------------------------------------


def test_paste_a_block_is_one_undo_step(qtbot, doc, example, swedish):
    panel = make_panel(qtbot, doc)
    model = panel.model
    cols = [
        c for c, leaf in enumerate(doc.model.leaves()) if not isinstance(leaf.effective_scale, LevelsScale)
    ]
    c0 = next(c for c in cols if c + 1 in cols)
    leaves = doc.model.leaves()
    rows = []
    expected = {}
    for r in range(2):
        cells = []
        for dc in range(2):
            leaf = leaves[c0 + dc]
            lo, hi = leaf.effective_scale.domain
            a, b = lo + (hi - lo) * (0.1 + 0.2 * r), lo + (hi - lo) * (0.5 + 0.1 * dc)
            a, b = round(a, 1), round(b, 1)
            cells.append(
                f"{swedish.toString(float(a), 'g', 6)}–{swedish.toString(float(b), 'g', 6)}"
                if dc
                else swedish.toString(float(a), "g", 6)
            )
            expected[(doc.model.alternatives[r].id, leaf.id)] = Score(a, b) if dc else Score.point(a)
        rows.append("\t".join(cells))
    QGuiApplication.clipboard().setText("\r\n".join(rows) + "\r\n")
    panel.table.setFocus()
    panel.table.setCurrentIndex(model.index(0, c0))
    before = doc.model
    qtbot.keyClick(panel.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    for (a, c), score in expected.items():
        assert bare(doc.model.score(a, c)) == score
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert doc.model == before
    doc.undo_stack.redo()
    for (a, c), score in expected.items():
        assert bare(doc.model.score(a, c)) == score
    # rationales survive a paste over a scored cell
    for a, c in expected:
        old = before.score(a, c)
        if old is not None and old.rationale:
            assert doc.model.score(a, c).rationale == old.rationale


def test_paste_keeps_invalid_cells_pending(qtbot, doc, swedish):
    panel = make_panel(qtbot, doc)
    model = panel.model
    col = next(
        c for c, leaf in enumerate(doc.model.leaves()) if not isinstance(leaf.effective_scale, LevelsScale)
    )
    leaf = doc.model.leaves()[col]
    lo, hi = leaf.effective_scale.domain
    good = swedish.toString(lo + (hi - lo) / 2, "g", 6)
    panel.table.setCurrentIndex(model.index(0, col))
    changed, invalid = panel.table.paste_text(f"{good}\nfel\n")
    assert (changed, invalid) == (1, 1)
    assert cell_data(model.index(1, col), STATUS_ROLE) == STATUS_PENDING
    assert cell_data(model.index(1, col)) == "fel"
    assert doc.undo_stack.count() == 1


def test_copy_then_paste_round_trip(qtbot, doc):
    panel = make_panel(qtbot, doc)
    model = panel.model
    panel.table.setFocus()
    panel.table.selectAll()
    before = doc.model
    panel.table.copy_selection()
    text = QGuiApplication.clipboard().text()
    assert text.count("\n") == model.rowCount()
    panel.table.setCurrentIndex(model.index(0, 0))
    panel.table.paste_text(text)
    assert bare_scores(doc.model) == bare_scores(before)
    assert not model.pending_cells()


def test_delete_clears_and_undo_restores(qtbot, doc):
    panel = make_panel(qtbot, doc)
    model = panel.model
    before = doc.model
    panel.table.setFocus()
    panel.table.setCurrentIndex(model.index(0, 0))
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert cell_data(model.index(0, 0), STATUS_ROLE) == STATUS_MISSING
    doc.undo_stack.undo()
    assert doc.model == before


def test_every_edit_is_an_undo_step(qtbot, doc, swedish):
    model = ScoresTableModel(doc)
    col = next(
        c for c, leaf in enumerate(doc.model.leaves()) if not isinstance(leaf.effective_scale, LevelsScale)
    )
    leaf = doc.model.leaves()[col]
    lo, hi = leaf.effective_scale.domain
    ix = model.index(0, col)
    original = doc.model
    first, second = lo + (hi - lo) * 0.25, lo + (hi - lo) * 0.75
    assert model.setData(ix, swedish.toString(float(first), "g", 6))
    after_first = doc.model
    assert model.setData(ix, swedish.toString(float(second), "g", 6))
    assert doc.undo_stack.count() == 2
    doc.undo_stack.undo()
    assert doc.model == after_first
    assert cell_data(ix, SCORE_ROLE).low == pytest.approx(first)
    doc.undo_stack.undo()
    assert doc.model == original
    doc.undo_stack.redo()
    doc.undo_stack.redo()
    assert cell_data(ix, SCORE_ROLE).low == pytest.approx(second)


def test_rationale_editor(qtbot, doc):
    panel = make_panel(qtbot, doc)
    a, c = doc.model.alternatives[0].id, doc.model.leaves()[0].id
    panel.select_cell(a, c)
    assert panel.rationale_edit.isEnabled()
    panel.rationale_edit.setFocus()
    panel.rationale_edit.selectAll()
    type_text(qtbot, panel.rationale_edit, "Enligt förstudien (s. 4)")
    qtbot.keyClick(panel.rationale_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert doc.model.score(a, c).rationale == "Enligt förstudien (s. 4)"
    doc.undo_stack.undo()
    assert doc.model.score(a, c).rationale != "Enligt förstudien (s. 4)"
    assert panel.rationale_edit.toPlainText() == (doc.model.score(a, c).rationale or "")


def test_context_menu_has_the_cell_actions(qtbot, doc):
    panel = make_panel(qtbot, doc)
    panel.table.setCurrentIndex(panel.model.index(0, 0))
    menu = panel.table.build_context_menu()
    texts = [a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()]
    assert "Edit rationale…" in texts and "Paste" in texts


def test_accessible_names(qtbot, doc):
    panel = make_panel(qtbot, doc)
    for w in (panel.table, panel.rationale_edit, panel.apply_button):
        assert w.accessibleName()


def test_render_scores_panel(qtbot, doc, tmp_path, swedish):
    panel = make_panel(qtbot, doc)
    panel.select_cell(doc.model.alternatives[0].id, doc.model.leaves()[0].id)
    col = next(
        c for c, leaf in enumerate(doc.model.leaves()) if not isinstance(leaf.effective_scale, LevelsScale)
    )
    panel.model.setData(panel.model.index(2, col), "fel", Qt.ItemDataRole.EditRole)
    panel.model.setData(panel.model.index(3, col), "", Qt.ItemDataRole.EditRole)
    QApplication.processEvents()
    image = panel.grab()
    assert (image.width(), image.height()) == (1366, 768)
    out = tmp_path / "scores_panel.png"
    assert image.save(str(out))
    target = os.environ.get("DIVA_SCREENSHOTS")
    if target:
        Path(target).mkdir(parents=True, exist_ok=True)
        shutil.copy(out, Path(target) / out.name)


def test_a_stored_score_outside_the_scale_is_marked_invalid(example):
    from diva_desktop.ui.models.scores_model import STATUS_INVALID

    col, leaf = next(
        (c, leaf)
        for c, leaf in enumerate(example.leaves())
        if not isinstance(leaf.effective_scale, LevelsScale)
    )
    alt = example.alternatives[0].id
    _lo, hi = leaf.effective_scale.domain
    scores = {a: dict(row) for a, row in example.scores.items()}
    scores[alt][leaf.id] = Score.point(hi + 1)
    doc = ProjectDocument(replace(example, scores=scores))
    model = ScoresTableModel(doc)
    ix = model.index(0, col)
    assert cell_data(ix, STATUS_ROLE) == STATUS_INVALID
    assert "Invalid score" in cell_data(ix, Qt.ItemDataRole.ToolTipRole)
    assert cell_data(ix, VALUE_ROLE) is None
