"""Numbers as the user reads and writes them: in the locale (decimal comma in Swedish)."""

from __future__ import annotations

import math
import re

from PySide6.QtCore import QLocale

_SPACES = re.compile(r"[\s\u00a0\u202f\u2009]+")


def parse_number(text: str, locale: QLocale | None = None) -> float | None:
    """A finite number from user text, or ``None``.

    Accepts the locale's format (``1 200 000,50`` in Swedish, ``1,200,000.50`` in
    English) and, as a convenience, a plain ``1200000.5`` with a point in any locale.
    """
    loc = locale or QLocale()
    compact = _SPACES.sub("", text.strip())
    if not compact:
        return None
    value, ok = loc.toDouble(compact)
    if not ok:
        try:
            value = float(compact)
        except ValueError:
            return None
    return value if math.isfinite(value) else None


def format_number(value: float, locale: QLocale | None = None, *, decimals: int | None = None) -> str:
    """``value`` in the locale, with group separators; whole numbers without decimals."""
    loc = locale or QLocale()
    if decimals is None:
        decimals = 0 if float(value).is_integer() else 2
        if decimals and abs(value) < 1:
            return loc.toString(float(value), "g", 6)
    return loc.toString(float(value), "f", decimals)


def format_plain(value: float, locale: QLocale | None = None) -> str:
    """``value`` for an edit field: the locale's decimal sign, no group separators."""
    loc = QLocale(locale or QLocale())
    loc.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    return loc.toString(float(value), "g", 15)
