"""Report strings: marked for Qt Linguist, translated without Qt.

A report is written in the language asked for (``--lang``), whatever the
language of the user interface, and the reports package may not import Qt. The
strings are still maintained with Qt Linguist: the code marks each English
source string with :func:`QT_TRANSLATE_NOOP` in the context ``"Report"``
(``pyside6-lupdate`` extracts calls of that name), the Swedish translation lives
in ``resources/translations/reports_sv.ts``, and :class:`ReportTranslator`
reads that file's XML directly at render time.

Placeholders are Python ``{name}`` fields; a translation keeps every one.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from functools import lru_cache
from pathlib import Path
from typing import Any

CONTEXT = "Report"
LANGUAGES = ("sv", "en")
SOURCE_LANGUAGE = "en"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for ``pyside6-lupdate`` (which looks for this name); returns it unchanged."""
    return text


def resources_dir() -> Path:
    """``resources/`` of the source tree, or of a PyInstaller bundle (no Qt needed)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def ts_path(language: str) -> Path:
    return resources_dir() / "translations" / f"reports_{language}.ts"


@lru_cache(maxsize=4)
def _table(path: Path, mtime: float) -> dict[str, str]:
    table: dict[str, str] = {}
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        if (context.findtext("name") or "") != CONTEXT:
            continue
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            tr = message.find("translation")
            if tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            if tr.text:
                table[source] = tr.text
    return table


def translations(language: str) -> dict[str, str]:
    """Source → translation for ``language`` (empty for English or a missing file)."""
    if language == SOURCE_LANGUAGE:
        return {}
    path = ts_path(language)
    if not path.is_file():
        raise FileNotFoundError(f"{path}: the report translation is missing; reinstall DIVÄ Desktop")
    return _table(path, path.stat().st_mtime)


class ReportTranslator:
    """Translates marked report strings into one language and fills their placeholders."""

    def __init__(self, language: str) -> None:
        if language not in LANGUAGES:
            raise ValueError(f"unknown report language {language!r}; choose one of {', '.join(LANGUAGES)}")
        self.language = language
        self._table = translations(language)

    def __call__(self, text: str, /, **fields: Any) -> str:
        template = self._table.get(text, text)
        return template.format(**fields) if fields else template

    def missing(self, texts: list[str]) -> list[str]:
        """The texts without a translation (always empty for English)."""
        if self.language == SOURCE_LANGUAGE:
            return []
        return [t for t in texts if t not in self._table]
