"""The Swedish translation is complete and consistent, and the program uses it."""

from __future__ import annotations

import re
import string
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from diva_desktop.core.commands import AddCriterion, SetScore, UpdateCriterion
from diva_desktop.core.errors import Problem
from diva_desktop.core.model import ROOT_ID, Criterion, Score
from diva_desktop.ui import i18n
from diva_desktop.ui.messages import COMMAND_LABELS, PROBLEM_TEXTS, command_label, problem_text

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "diva_sv.ts"


def _messages(ts: Path = TS) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(ts).getroot()
    out = []
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for m in ctx.iter("message"):
            out.append((name, m.findtext("source") or "", m))
    return out


ALL_TS = i18n.ts_files("sv")


def test_the_main_ts_comes_first() -> None:
    assert ALL_TS[0] == TS


@pytest.mark.parametrize("ts", ALL_TS, ids=lambda p: p.name)
def test_swedish_has_no_unfinished_entries(ts: Path) -> None:
    todo = i18n.unfinished(ts)
    assert not todo, f"untranslated in {ts.name}:\n" + "\n".join(f"{c}: {s!r}" for c, s in todo)


def test_main_ts_covers_the_shell() -> None:
    """diva_sv.ts names the shell's modules (those no part's own .ts covers)."""
    names = {loc.get("filename", "").rsplit("/", 1)[-1] for loc in ET.parse(TS).getroot().iter("location")}
    for module in ("main_window.py", "messages.py", "criteria_panel.py", "alternatives_panel.py", "app.py"):
        assert module in names


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def _accelerators(text: str) -> int:
    return len(re.findall(r"&(?=[^&\s])", text.replace("&&", "")))


@pytest.mark.parametrize("ts", ALL_TS, ids=lambda p: p.name)
def test_translations_keep_placeholders_and_accelerators(ts: Path) -> None:
    for ctx, source, m in _messages(ts):
        translation = m.findtext("translation") or ""
        assert _fields(source) == _fields(translation), (ctx, source, translation)
        assert _accelerators(source) == _accelerators(translation), (ctx, source, translation)


def test_ts_is_up_to_date_with_the_sources() -> None:
    """Every string the UI code marks for translation is in the .ts file (run lupdate if not)."""
    sources = {(ctx, src) for ctx, src, _ in _messages()}
    for code, template in {**COMMAND_LABELS}.items():
        assert ("CommandLabel", template) in sources, code
    for code, template in PROBLEM_TEXTS.items():
        assert ("Problem", template) in sources, code


def test_every_core_problem_code_has_a_sentence() -> None:
    """Problem codes raised in core, io and storage have a translatable sentence."""
    codes: set[str] = set()
    pattern = re.compile(
        r"""(?:Problem\(|_problem\(|\.error\(|\.warning\(|fail\([^,]*,)\s*["']([a-z_]+)["']"""
    )
    for folder in ("core", "io", "storage"):
        for path in (ROOT / "diva_desktop" / folder).rglob("*.py"):
            codes.update(pattern.findall(path.read_text(encoding="utf-8")))
    codes -= {"error", "format", "version"}  # generic fallbacks, not codes a user sees alone
    codes.discard("bad_command")  # a command built with unknown fields: a programming error
    # The follow-up step words its own problems (context "FollowUpProblem", followup_sv.ts).
    from diva_desktop.ui.panels.followup_panel import PROBLEM_TEXTS as FOLLOWUP_TEXTS

    assert {"unknown_indicator", "bad_date"} <= codes  # the pattern sees the follow-up module's codes
    # Group weighting words its own problems too (context "GroupProblem", group_sv.ts).
    from diva_desktop.ui.panels.participants_panel import PROBLEM_TEXTS as GROUP_TEXTS

    assert {"group_no_consensus", "group_focal_outside"} <= codes
    missing = sorted(codes - set(PROBLEM_TEXTS) - set(FOLLOWUP_TEXTS) - set(GROUP_TEXTS))
    assert not missing, missing


def test_qm_is_built_into_the_cache(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("DIVA_CACHE_DIR", str(tmp_path))
    qm = i18n.compiled_translation("sv")
    assert qm is not None
    assert qm.is_file()
    assert tmp_path in qm.parents or qm.parent == TS.parent
    translator = QTranslator()
    assert translator.load(str(qm))
    assert translator.translate("Workflow", "Criteria") == "Kriterier"
    # built once: a second call reuses the file
    assert i18n.compiled_translation("sv") == qm


def test_ts_translator_fallback_reads_the_ts() -> None:
    translator = i18n.TsTranslator(TS)
    assert translator.translate("Workflow", "Alternatives") == "Alternativ"
    assert translator.translate("Workflow", "no such text") == ""


@pytest.fixture
def swedish_ui(qapp):
    translators = i18n.install_translators(qapp, "sv")
    yield
    i18n.remove_translators(qapp, translators)
    i18n.install_translators(qapp, "en")


def test_swedish_labels_problems_and_numbers(swedish_ui, example_model) -> None:
    assert QLocale().decimalPoint() == ","
    assert (
        command_label("rename_criterion", {"name": "Tillgänglighet"})
        == "Byt namn på kriterium till ‘Tillgänglighet’"
    )
    assert command_label("remove_criterion", {"criterion": "klimat"}, example_model) == (
        "Ta bort kriterium ‘Minskad klimatpåverkan’"
    )
    problem = Problem(
        "score_out_of_scale", "scores.a.b", "english", params={"value": 80.5, "low": 0, "high": 25}
    )
    assert problem_text(problem) == "Utfallet 80,5 ligger utanför skalan; tillåtet intervall 0–25."
    # real refusals from the core, in Swedish
    from diva_desktop.core.errors import ModelError

    with pytest.raises(ModelError) as exc:
        AddCriterion(ROOT_ID, 0, Criterion("klimat", "dubblett")).apply(example_model)
    assert problem_text(exc.value.problems[0]) == "Identiteten ‘klimat’ används redan."
    with pytest.raises(ModelError) as exc3:
        SetScore("rpa_ekonomi", "klimat", Score.point(99)).apply(example_model)
    assert (
        problem_text(exc3.value.problems[0]) == "Utfallet 99 ligger utanför skalan; tillåtet intervall 0–25."
    )
    with pytest.raises(ModelError) as exc2:
        UpdateCriterion("klimat", name=" ").apply(example_model)
    assert problem_text(exc2.value.problems[0]) == "Texten får inte vara tom."


def test_unknown_code_falls_back_to_the_core_text() -> None:
    p = Problem("something_new", "x", "the English text")
    assert problem_text(p) == "the English text"


def test_language_resolution() -> None:
    assert i18n.resolve_language("sv") == "sv"
    assert i18n.resolve_language("en") == "en"
    assert i18n.resolve_language("") in i18n.LANGUAGES
    assert QCoreApplication.translate("Workflow", "Criteria") in ("Criteria", "Kriterier")


# ---------------------------------------------------------------------------
# Every .ts file against the code (pyside6-lupdate)
# ---------------------------------------------------------------------------


def _lupdate(files: list[Path], out: Path) -> set[tuple[str, str]]:
    """The (context, source) pairs pyside6-lupdate collects from ``files``."""
    import shutil
    import subprocess
    import sys

    local = Path(sys.executable).parent / "pyside6-lupdate"
    exe = str(local) if local.exists() else shutil.which("pyside6-lupdate")
    if exe is None:
        pytest.skip("pyside6-lupdate is not installed")
    subprocess.run([exe, *map(str, files), "-ts", str(out)], check=True, capture_output=True, timeout=300)
    return {(ctx, src) for ctx, src, _ in _messages(out)}


def _location_files(ts: Path) -> list[Path]:
    """The source files a .ts names in its <location> entries (relative to the .ts)."""
    names = {loc.get("filename", "") for loc in ET.parse(ts).getroot().iter("location")}
    return sorted({(ts.parent / n).resolve() for n in names if n})


def test_every_marked_string_is_in_a_ts(tmp_path: Path) -> None:
    """What pyside6-lupdate collects from the whole package is in one of the .ts files."""
    files = sorted((ROOT / "diva_desktop").rglob("*.py"))
    collected = _lupdate(files, tmp_path / "all.ts")
    assert len(collected) > 1000
    have = {(ctx, src) for ts in ALL_TS for ctx, src, _ in _messages(ts)}
    missing = sorted(collected - have)
    assert not missing, f"run pyside6-lupdate into the part's .ts and translate: {missing[:20]}"


@pytest.mark.parametrize("ts", ALL_TS, ids=lambda p: p.name)
def test_no_ts_keeps_strings_the_code_dropped(ts: Path, tmp_path: Path) -> None:
    """Every entry of a .ts is still marked in the files its locations name."""
    files = _location_files(ts)
    assert files and all(f.is_file() for f in files), f"{ts.name} names missing files"
    stale = sorted({(ctx, src) for ctx, src, _ in _messages(ts)} - _lupdate(files, tmp_path / "fresh.ts"))
    assert not stale, f"{ts.name} has strings the code no longer uses: {stale[:20]}"
