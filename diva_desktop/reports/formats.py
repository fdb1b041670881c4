"""Numbers, amounts, shares and dates as a report in Swedish or English writes them.

Swedish: decimal comma, a no-break space between thousands, ``1 200 000 kr``,
``42 %``. English: decimal point, comma thousands, ``SEK 1,200,000``, ``42%``.
Negative numbers take the minus sign (U+2212). Dates are ISO 8601 in both
languages (the Swedish standard form, and unambiguous in English).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

NBSP = "\u00a0"
MINUS = "\u2212"
EN_DASH = "\u2013"


@dataclass(frozen=True)
class NumberFormat:
    """Formats numbers for one report language (``"sv"`` or ``"en"``)."""

    language: str

    @property
    def decimal(self) -> str:
        return "," if self.language == "sv" else "."

    @property
    def group(self) -> str:
        return NBSP if self.language == "sv" else ","

    def number(self, value: float, decimals: int = 0) -> str:
        """``value`` rounded to ``decimals`` places, grouped by thousands."""
        if not math.isfinite(value):
            return EN_DASH
        text = f"{abs(value):,.{decimals}f}"
        if decimals:
            whole, frac = text.split(".")
        else:
            whole, frac = text, ""
        whole = whole.replace(",", self.group)
        out = whole + (self.decimal + frac if frac else "")
        negative = value < 0 and any(ch not in "0.," for ch in f"{abs(value):.{decimals}f}")
        return (MINUS if negative else "") + out

    def value(self, value: float) -> str:
        """A value in [0, 1] (or a difference of values) to three decimals."""
        return self.number(value, 3)

    def weight(self, value: float) -> str:
        """A weight in [0, 1] to three decimals."""
        return self.number(value, 3)

    def percent(self, share: float, decimals: int = 0) -> str:
        """A share in [0, 1] as per cent: ``42 %`` (Swedish) or ``42%`` (English)."""
        text = self.number(100.0 * share, decimals)
        return f"{text}{NBSP}%" if self.language == "sv" else f"{text}%"

    def money(self, amount: float) -> str:
        """Kronor: ``1 200 000 kr`` (Swedish) or ``SEK 1,200,000`` (English)."""
        decimals = 0 if float(amount).is_integer() else 2
        text = self.number(amount, decimals)
        return f"{text}{NBSP}kr" if self.language == "sv" else f"SEK{NBSP}{text}"

    def quantity(self, value: float) -> str:
        """A score or measured quantity: whole numbers plain, else up to two decimals."""
        if float(value).is_integer():
            return self.number(value, 0)
        text = self.number(value, 2)
        return text.rstrip("0").rstrip(self.decimal) if self.decimal in text else text

    def interval(self, low: str, high: str) -> str:
        """``low–high`` with an en dash (spaced when a part has spaces)."""
        if " " in low + high or NBSP in low + high:
            return f"{low} {EN_DASH} {high}"
        return f"{low}{EN_DASH}{high}"

    def range(self, low: float, high: float, decimals: int = 3) -> str:
        """``[0,164; 0,824]`` (Swedish: semicolon between) or ``[0.164, 0.824]``."""
        sep = "; " if self.language == "sv" else ", "
        return f"[{self.number(low, decimals)}{sep}{self.number(high, decimals)}]"
