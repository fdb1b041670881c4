"""Every panel renders with the example project at 1366 × 768, in English and Swedish.

The PNGs go to a temporary folder, or to ``$DIVA_SCREENSHOT_DIR`` to look at them.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from diva_desktop.ui import i18n
from diva_desktop.ui.main_window import MainWindow


@pytest.fixture(params=["en", "sv"])
def language(request, qapp):
    translators = i18n.install_translators(qapp, request.param)
    yield request.param
    i18n.remove_translators(qapp, translators)
    i18n.install_translators(qapp, "en")


def test_render_every_panel(qtbot, tmp_path, settings, recovery_dir, language) -> None:
    out = Path(os.environ.get("DIVA_SCREENSHOT_DIR") or tmp_path)
    out.mkdir(parents=True, exist_ok=True)
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.show_step("start")
    QApplication.processEvents()
    assert window.grab().save(str(out / f"{language}-00-start-empty.png"))
    assert window.open_example()
    written = []
    for number, key in enumerate(window.panels):
        window.show_step(key)
        panel = window.panels[key]
        if key == "criteria":
            panel.select("handlaggningstid_bygglov")  # a piecewise scale with its plot
        if key == "alternatives":
            panel.select("e_tjansteplattform")
        QApplication.processEvents()
        assert window.width() == 1366 and window.height() == 768
        path = out / f"{language}-{number:02d}-{key}.png"
        assert window.grab().save(str(path))
        written.append(path)
    if "criteria" in window.panels:
        window.show_step("criteria")
        window.panels["criteria"].select("kontinuitet")  # levels
        QApplication.processEvents()
        assert window.grab().save(str(out / f"{language}-criteria-levels.png"))
        window.panels["criteria"].select("sakerhet")  # a node
        QApplication.processEvents()
        assert window.grab().save(str(out / f"{language}-criteria-node.png"))
    window.set_zoom(150)
    window.show_step("alternatives")
    QApplication.processEvents()
    assert window.grab().save(str(out / f"{language}-zoom150-alternatives.png"))
    window.set_zoom(100)
    assert all(p.stat().st_size > 10_000 for p in written)
    if language == "sv":
        assert window.nav.item(1).text() in ("Kriterier", "Dokument", "Mål")
    window.document.undo_stack.setClean()
