"""The analysis charts: render offscreen, export PNG/SVG, copy, hover, keyboard, thirty rows, Okabe–Ito.

Every chart is drawn with data of thirty alternatives with long Swedish names;
the test fails on any Qt warning (pytest-qt, ``qt_log_level_fail``).
"""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage
from PySide6.QtTest import QTest

from diva_desktop.ui.charts import palette
from diva_desktop.ui.charts.base import NAME_CHARS, elide, fmt, fmt_percent, nice_step
from diva_desktop.ui.charts.comparison_chart import PairComparisonChart
from diva_desktop.ui.charts.contraction_chart import ContractionChart
from diva_desktop.ui.charts.core_index_chart import CoreIndexChart
from diva_desktop.ui.charts.dominance_graph import DominanceGraph, layers, transitive_reduction
from diva_desktop.ui.charts.frontier_chart import FrontierChart, PortfolioPoint
from diva_desktop.ui.charts.heatmap import HeatMapChart
from diva_desktop.ui.charts.interval_chart import IntervalChart, IntervalRow
from diva_desktop.ui.charts.stacked_bars import StackedBarChart
from diva_desktop.ui.charts.tornado_chart import TornadoChart
from diva_desktop.ui.charts.weight_line_chart import Switch, WeightLineChart

N = 30
NAMES = [f"Åtgärd {i + 1}: gemensam ärendehantering för förskola och äldreomsorg" for i in range(N)]
RNG = np.random.default_rng(7)


def _interval(qtbot):
    chart = IntervalChart("Värden", "Staplarna visar värdeintervallen.", value_label="Värde")
    lows = RNG.uniform(0.1, 0.4, N)
    highs = lows + RNG.uniform(0.05, 0.4, N)
    rows = [
        IntervalRow(n, (lo + hi) / 2, lo, hi, marked=i == 0)
        for i, (n, lo, hi) in enumerate(zip(NAMES, lows, highs, strict=True))
    ]
    chart.set_rows(rows, x_range=(0.0, 1.0))
    return chart


def _stacked(qtbot):
    chart = StackedBarChart("Bidrag", "Segmenten är kriteriernas bidrag.")
    values = RNG.uniform(0, 0.05, (N, 12))
    chart.set_data(
        NAMES,
        [f"Kriterium {j}" for j in range(12)],
        values,
        [palette.shade(j // 3, j % 3, 3) for j in range(12)],
    )
    chart.set_legend([(palette.categorical(g), f"Grupp {g}") for g in range(4)])
    return chart


def _comparison(qtbot):
    chart = PairComparisonChart("Jämförelse", "Två alternativ sida vid sida.")
    w = np.full(17, 1 / 17)
    va, vb = RNG.uniform(0, 1, 17), RNG.uniform(0, 1, 17)
    chart.set_data(
        [f"Kriterium {j} med långt namn på svenska" for j in range(17)],
        (NAMES[0], NAMES[1]),
        contribution_a=w * va,
        contribution_b=w * vb,
        weights=w,
        value_a=va,
        value_b=vb,
    )
    return chart


def _dominance(qtbot):
    chart = DominanceGraph("Dominans", "Pilar visar dominans.")
    pairs = [(i, j) for i in range(N) for j in range(N) if i < j and (j - i) % 7 == 0]
    chart.set_data(NAMES, pairs, list(range(N)))
    return chart


def _heatmap(qtbot):
    chart = HeatMapChart("Parvis vinstandel", "Andel av dragningarna.")
    m = RNG.uniform(0, 1, (N, N))
    np.fill_diagonal(m, np.nan)
    chart.set_data(NAMES, m)
    return chart


def _contraction(qtbot):
    chart = ContractionChart("Kontraktion", "Intervallet krymper.")
    tau = np.linspace(0, 1, 101)
    chart.set_data((NAMES[0], NAMES[1]), tau, -0.1 + 0.2 * tau, 0.4 - 0.3 * tau, 0.5)
    return chart


def _weight_lines(qtbot):
    chart = WeightLineChart("Vikt", "Linjerna visar värdet.")
    v0, v1 = RNG.uniform(0.2, 0.5, N), RNG.uniform(0.1, 0.7, N)
    chart.set_data(
        NAMES,
        v0,
        v1,
        focal=0.3,
        feasible=(0.2, 0.6),
        stable=(0.1, 0.45),
        switches=[Switch(0.45, NAMES[0], NAMES[1])],
    )
    return chart


def _tornado(qtbot):
    chart = TornadoChart("Tornado", "Hur värdet rör sig.")
    lo = RNG.uniform(0.2, 0.3, 17)
    chart.set_data(NAMES[0], [f"Kriterium {j}" for j in range(17)], lo, lo + RNG.uniform(0, 0.2, 17), 0.3)
    return chart


def _frontier(qtbot):
    chart = FrontierChart("Front", "Kostnad mot värde.")
    frontier = [PortfolioPoint((NAMES[i],), 1e6 * i, 0.05 * i) for i in range(8)]
    nd = [PortfolioPoint((NAMES[i], NAMES[(i + 1) % N]), 6.5e6 + 1e5 * i, 0.38, 0.2, 0.55) for i in range(N)]
    chart.set_data(frontier, nd, frontier[-1], 7.5e6)
    return chart


def _core(qtbot):
    chart = CoreIndexChart("Kärnindex", "Andel portföljer.")
    idx = RNG.uniform(0, 1, N)
    idx[0], idx[1] = 1.0, 0.0
    kinds = ["core" if x == 1 else "exterior" if x == 0 else "borderline" for x in idx]
    chart.set_data(NAMES, idx, kinds)
    return chart


FACTORIES = [
    _interval,
    _stacked,
    _comparison,
    _dominance,
    _heatmap,
    _contraction,
    _weight_lines,
    _tornado,
    _frontier,
    _core,
]


@pytest.fixture(params=FACTORIES, ids=lambda f: f.__name__.strip("_"))
def chart(request, qtbot):
    widget = request.param(qtbot)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_chart_exports_png_and_svg_with_swedish_letters(chart, tmp_path) -> None:
    png, svg = tmp_path / "chart.png", tmp_path / "chart.svg"
    assert chart.export_png(png)
    assert chart.export_svg(svg)
    image = QImage(str(png))
    assert image.width() >= 300 and image.height() >= 200
    text = svg.read_text(encoding="utf-8")
    assert text.lstrip().startswith("<?xml") and "<svg" in text
    assert chart.title() in text  # the heading is real text (å ä ö kept, no boxes)
    distinct = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(distinct) > 5  # something was drawn


def test_chart_copies_image_and_svg_to_the_clipboard(chart) -> None:
    chart.copy_to_clipboard()
    mime = QGuiApplication.clipboard().mimeData()
    assert mime.hasImage()
    assert b"<svg" in bytes(mime.data("image/svg+xml").data())


def test_chart_has_caption_and_accessible_names(chart) -> None:
    assert chart.caption_label.text() == chart.caption()
    assert chart.view.accessibleName() == chart.title()
    for button in (chart.copy_button, chart.png_button, chart.svg_button):
        assert button.accessibleName()


def test_keyboard_walks_the_items_and_says_their_numbers(chart, qtbot) -> None:
    chart.activateWindow()
    chart.view.setFocus()
    qtbot.waitUntil(chart.view.hasFocus)
    if not isinstance(chart, WeightLineChart):
        assert chart.current() == 0  # taking focus says the first item's numbers
        QTest.keyClick(chart.view, Qt.Key.Key_Right)
        assert chart.current() == 1
        assert chart.readout.text() == chart.item_text(1)
        QTest.keyClick(chart.view, Qt.Key.Key_End)
        assert chart.current() == chart.item_count() - 1
        return
    QTest.keyClick(chart.view, Qt.Key.Key_Right)
    QTest.keyClick(chart.view, Qt.Key.Key_Right)
    assert chart.readout.text()
    if isinstance(chart, WeightLineChart):
        assert chart.weight() == pytest.approx(0.32)  # the arrows move the weight line
        QTest.keyClick(chart.view, Qt.Key.Key_End)
        assert chart.weight() == 1.0


def test_hover_gives_the_numbers_under_the_pointer(chart) -> None:
    if isinstance(chart, DominanceGraph):
        node = chart._nodes[0]
        pos = node.sceneBoundingRect().center()
        assert NAMES[0] in (chart.hover_text(pos) or "")
        return
    vb = chart.view_box
    (x0, x1), (y0, y1) = vb.viewRange()
    hits = 0
    for fx in np.linspace(0.05, 0.95, 12):
        for fy in np.linspace(0.05, 0.95, 12):
            text = chart.hover_text(vb.mapViewToScene(QPointF(x0 + fx * (x1 - x0), y0 + fy * (y1 - y0))))
            hits += bool(text)
    assert hits > 0


def test_thirty_long_names_are_elided_with_full_names_kept(qtbot) -> None:
    chart = _interval(qtbot)
    qtbot.addWidget(chart)
    assert chart.axis.names() == NAMES
    assert all(len(s) <= NAME_CHARS and s.endswith("…") for s in chart.axis.shown())
    assert chart.view.minimumHeight() >= N * chart.ROW_HEIGHT  # grows; the scroll area scrolls
    assert chart.scroll_area is not None
    scene = chart.axis.sceneBoundingRect().center()
    name = chart._axis_name_at(scene)
    assert name in NAMES


def test_dominance_is_drawn_as_its_transitive_reduction_in_layers() -> None:
    # 0 > 1 > 2 and 0 > 2 (implied), 3 alone
    assert transitive_reduction(4, [(0, 1), (1, 2), (0, 2)]) == [(0, 1), (1, 2)]
    assert layers(4, [(0, 1), (1, 2)], [0, 1, 2, 3]) == [[0, 3], [1], [2]]
    assert transitive_reduction(3, []) == []


def test_dominance_graph_hides_implied_arrows(qtbot) -> None:
    chart = DominanceGraph("Dominans", "Pilar.")
    qtbot.addWidget(chart)
    chart.set_data(["A", "B", "C"], [(0, 1), (1, 2), (0, 2)])
    assert chart.reduced_edges() == [(0, 1), (1, 2)]
    assert chart.layer_of() == {0: 0, 1: 1, 2: 2}
    chart.set_current(0)
    assert "better than B, C" in chart.readout.text()  # the full relation in words


def test_heat_map_writes_numbers_only_when_they_fit(qtbot) -> None:
    chart = HeatMapChart("Vinst", "Andelar.")
    qtbot.addWidget(chart)
    m = np.array([[np.nan, 0.7], [0.3, np.nan]])
    chart.set_data(["A", "B"], m)
    assert sorted(chart.cell_texts()) == ["30", "70"]
    big = np.full((N, N), 0.5)
    chart.set_data(NAMES, big)
    assert chart.cell_texts() == []


def test_weight_line_is_an_exploration_with_the_ranking_in_words(qtbot) -> None:
    chart = WeightLineChart("Vikt", "Linjer.")
    qtbot.addWidget(chart)
    chart.set_data(
        ["A", "B"],
        np.array([0.6, 0.2]),
        np.array([0.2, 0.6]),
        focal=0.25,
        feasible=(0, 1),
        stable=(0, 0.5),
        switches=[Switch(0.5, "A", "B")],
    )
    moved = []
    chart.weight_moved.connect(moved.append)
    chart.set_weight(0.8)
    assert moved == [0.8]
    assert chart.ranking_at(0.8) == [1, 0]
    assert "best is B" in chart.readout.text()
    chart.set_weight(1.7)
    assert chart.weight() == 1.0


def test_okabe_ito_and_readable_text() -> None:
    assert [c.name().upper() for c in palette.OKABE_ITO] == [
        "#0072B2",
        "#E69F00",
        "#009E73",
        "#D55E00",
        "#CC79A7",
        "#56B4E9",
        "#F0E442",
        "#000000",
    ]
    assert palette.text_on(QColor("#00224E")) == QColor("#FFFFFF")
    assert palette.text_on(QColor("#FEE838")) == QColor("#000000")
    assert palette.diverging(0.0) == QColor("#FFFFFF")


def test_numbers_follow_the_locale(swedish) -> None:
    assert fmt(0.4051) == "0,41"
    assert fmt(-0.25) == "\u22120,25"
    assert fmt_percent(0.583) == "58\u00a0%"
    assert elide("kort") == "kort"
    assert nice_step(0.17) == 0.2


def test_stale_chart_says_so_in_its_heading(qtbot) -> None:
    chart = _contraction(qtbot)
    qtbot.addWidget(chart)
    chart.set_stale(True)
    assert chart.is_stale() and chart.title_label.text() != chart.title()
    chart.set_stale(False)
    assert chart.title_label.text() == chart.title()
