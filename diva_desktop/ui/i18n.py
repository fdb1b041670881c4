"""Language choice, translators and the locale for numbers and dates.

Source strings are English; Qt Linguist files in ``resources/translations``
(kept in git) hold the Swedish translation: ``diva_sv.ts`` for the shell and
everything no other file covers, and ``<part>_sv.ts`` files that a part's
authors keep for their own modules (``editors_sv.ts``: scores and weights).
Every ``*_sv.ts`` is loaded; a test fails on any unfinished entry. After
changing strings, update ``diva_sv.ts`` with::

    .venv/bin/python -m diva_desktop.ui.i18n

which runs ``pyside6-lupdate`` over ``diva_desktop/app.py`` and the modules of
``diva_desktop/ui`` that no other ``.ts`` file names, then lists the entries
still to translate.

Compiled ``.qm`` files are not in git. At start-up :func:`compiled_translation`
uses a ``.qm`` beside the ``.ts`` if it is up to date (an installer may ship
one), else builds one with PySide6's ``lrelease`` into the cache folder
(:func:`~diva_desktop.ui.paths.cache_dir`) and reuses it while the ``.ts`` is
unchanged. If ``lrelease`` is not available, :class:`TsTranslator` reads the
``.ts`` directly, so the program is never left untranslated.

The language is the ``language`` setting, or the system's language when that is
empty (Swedish if the system is Swedish, otherwise English). Numbers and dates
follow the language's locale: ``QLocale.setDefault`` makes Swedish show a
decimal comma.
"""

from __future__ import annotations

import hashlib
import logging
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator

from .paths import cache_dir, resources_dir

log = logging.getLogger(__name__)

LANGUAGES: dict[str, str] = {"en": "English", "sv": "Svenska"}
SOURCE_LANGUAGE = "en"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def ts_file(language: str) -> Path:
    return translations_dir() / f"diva_{language}.ts"


def ts_files(language: str) -> list[Path]:
    """Every ``.ts`` of ``language``: ``diva_<language>.ts`` first, then the parts' files."""
    main = ts_file(language)
    others = sorted(p for p in translations_dir().glob(f"*_{language}.ts") if p != main)
    return ([main] if main.is_file() else []) + others


def system_language() -> str:
    code = QLocale.system().name().split("_")[0]
    return code if code in LANGUAGES else SOURCE_LANGUAGE


def resolve_language(setting: str) -> str:
    """The language to use for a setting value ("" means the system's)."""
    return setting if setting in LANGUAGES else system_language()


def locale_for(language: str) -> QLocale:
    """The system locale if it speaks ``language``, else the language's usual country."""
    system = QLocale.system()
    if system.name().split("_")[0] == language:
        return system
    if language == "sv":
        return QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def _lrelease() -> Path | None:
    import PySide6

    folder = Path(PySide6.__file__).resolve().parent
    for name in ("lrelease", "lrelease.exe"):
        candidate = folder / name
        if candidate.is_file():
            return candidate
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    return Path(found) if found else None


def compiled_translation(language: str, ts: Path | None = None) -> Path | None:
    """An up-to-date ``.qm`` for a ``.ts`` file (``diva_<language>.ts`` by default), built if
    needed; ``None`` if impossible."""
    ts = ts or ts_file(language)
    if not ts.is_file():
        return None
    beside = ts.with_suffix(".qm")
    if beside.is_file() and beside.stat().st_mtime >= ts.stat().st_mtime:
        return beside
    digest = hashlib.sha256(ts.read_bytes()).hexdigest()[:16]
    target = cache_dir() / "translations" / f"{ts.stem}-{digest}.qm"
    if target.is_file():
        return target
    tool = _lrelease()
    if tool is None:
        return None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_suffix(".tmp.qm")
        subprocess.run(
            [str(tool), "-silent", str(ts), "-qm", str(tmp)],
            check=True,
            capture_output=True,
            timeout=60,
        )
        tmp.replace(target)
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("could not build %s: %s", target, exc)
        return None
    return target


class TsTranslator(QTranslator):
    """Translates straight from a ``.ts`` file (when no ``.qm`` can be built)."""

    def __init__(self, ts: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._table: dict[tuple[str, str], list[str]] = {}
        root = ET.parse(ts).getroot()
        for context in root.iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                source = message.findtext("source") or ""
                tr = message.find("translation")
                if tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished"):
                    continue
                forms = [n.text or "" for n in tr.iter("numerusform")] or [tr.text or ""]
                if any(forms):
                    self._table[(name, source)] = forms

    def isEmpty(self) -> bool:
        return not self._table

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        forms = self._table.get((context, source))
        if not forms:
            return ""
        if len(forms) > 1 and n >= 0:
            return forms[0] if n == 1 else forms[1]
        return forms[0]


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install Qt's own and our translators for ``language``; set the default locale.

    Returns the installed translators (keep them alive).
    """
    QLocale.setDefault(locale_for(language))
    installed: list[QTranslator] = []
    if language == SOURCE_LANGUAGE:
        return installed
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    for ts in ts_files(language):
        ours: QTranslator | None = None
        qm = compiled_translation(language, ts)
        if qm is not None:
            candidate = QTranslator(app)
            if candidate.load(str(qm)):
                ours = candidate
        if ours is None:
            ours = TsTranslator(ts, app)
        app.installTranslator(ours)
        installed.append(ours)
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for t in translators:
        app.removeTranslator(t)


# -- maintenance: python -m diva_desktop.ui.i18n ---------------------------------


def _covered_by_other_ts(language: str) -> set[Path]:
    """Source files that another ``*_<language>.ts`` names in its locations."""
    covered: set[Path] = set()
    for ts in ts_files(language)[1:]:
        for location in ET.parse(ts).getroot().iter("location"):
            name = location.get("filename")
            if name:
                covered.add((ts.parent / name).resolve())
    return covered


def main_ts_sources(language: str = "sv") -> list[Path]:
    """``app.py`` and the ``ui`` modules that ``diva_<language>.ts`` covers."""
    package = Path(__file__).resolve().parents[1]
    covered = _covered_by_other_ts(language)
    files = [package / "app.py", *sorted((package / "ui").rglob("*.py"))]
    return [f for f in files if f.resolve() not in covered]


def unfinished(ts: Path) -> list[tuple[str, str]]:
    """``(context, source)`` of every entry of ``ts`` without a finished translation."""
    out = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            tr = message.find("translation")
            if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete") or not (tr.text or "").strip():
                out.append((name, message.findtext("source") or ""))
    return out


def update_main_ts(language: str = "sv") -> int:  # pragma: no cover - a developer's command
    import PySide6

    tool = Path(PySide6.__file__).resolve().parent / "lupdate"
    ts = ts_file(language)
    sources = [str(p) for p in main_ts_sources(language)]
    subprocess.run(
        [str(tool), *sources, "-ts", str(ts), "-target-language", f"{language}_SE", "-no-obsolete"], check=True
    )
    todo = unfinished(ts)
    for context, source in todo:
        print(f"to translate: {context}: {source!r}")
    return 1 if todo else 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(update_main_ts())
