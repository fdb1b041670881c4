"""Colours of the analysis charts: the Okabe–Ito palette and ramps built from it.

Okabe & Ito (2008), "Color Universal Design": eight colours that stay apart for
the common forms of colour blindness. Categorical series (criteria groups,
alternatives A and B, portfolio classes) take these colours; ordered quantities
(ranks) take the *cividis* ramp (Nuñez, Anderton & Renslow 2018), designed to be
read alike with and without colour vision deficiency; two-sided quantities
(shares around ½, differences around 0) run from orange through white to blue,
a pair that the palette keeps apart. Text drawn on a colour is black or white,
whichever contrasts more.
"""

from __future__ import annotations

from PySide6.QtGui import QColor

ORANGE = QColor("#E69F00")
SKY_BLUE = QColor("#56B4E9")
BLUISH_GREEN = QColor("#009E73")
YELLOW = QColor("#F0E442")
BLUE = QColor("#0072B2")
VERMILLION = QColor("#D55E00")
REDDISH_PURPLE = QColor("#CC79A7")
BLACK = QColor("#000000")
GREY = QColor("#8C8C8C")

OKABE_ITO: tuple[QColor, ...] = (
    BLUE,
    ORANGE,
    BLUISH_GREEN,
    VERMILLION,
    REDDISH_PURPLE,
    SKY_BLUE,
    YELLOW,
    BLACK,
)
"""Categorical order: strong, well separated colours first."""

CORE = BLUISH_GREEN
BORDERLINE = ORANGE
EXTERIOR = GREY
"""Core index classes (core / borderline / exterior); the class name is always written too."""

_CIVIDIS = ("#00224E", "#35456C", "#666970", "#948E77", "#C8B866", "#FEE838")


def categorical(i: int) -> QColor:
    """The ``i``-th categorical colour (cycles after eight)."""
    return QColor(OKABE_ITO[i % len(OKABE_ITO)])


def mix(a: QColor, b: QColor, t: float) -> QColor:
    """``a`` moved a fraction ``t`` toward ``b``."""
    t = min(max(t, 0.0), 1.0)
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * t,
        a.greenF() + (b.greenF() - a.greenF()) * t,
        a.blueF() + (b.blueF() - a.blueF()) * t,
        1.0,
    )


def lighter(c: QColor, t: float) -> QColor:
    """``c`` mixed with white by ``t``."""
    return mix(c, QColor("#FFFFFF"), t)


def shade(group: int, member: int, members: int) -> QColor:
    """A colour for member ``member`` of ``members`` in categorical group ``group``.

    Members alternate between the full colour and lighter tints, so that
    neighbouring segments of a stacked bar stay apart while the group reads as
    one colour.
    """
    base = categorical(group)
    if members <= 1:
        return base
    steps = (0.0, 0.45, 0.2, 0.6, 0.3, 0.7)
    return lighter(base, steps[member % len(steps)])


def ramp(t: float) -> QColor:
    """The cividis ramp at ``t`` in [0, 1] (dark blue to yellow)."""
    t = min(max(t, 0.0), 1.0) * (len(_CIVIDIS) - 1)
    i = min(int(t), len(_CIVIDIS) - 2)
    return mix(QColor(_CIVIDIS[i]), QColor(_CIVIDIS[i + 1]), t - i)


def ordinal(i: int, n: int) -> QColor:
    """Colour of position ``i`` of ``n`` ordered positions (rank 1 darkest)."""
    return ramp(0.0 if n <= 1 else i / (n - 1))


def diverging(t: float) -> QColor:
    """Orange at −1, white at 0, blue at +1."""
    t = min(max(t, -1.0), 1.0)
    white = QColor("#FFFFFF")
    return mix(white, BLUE, t * 0.85) if t >= 0 else mix(white, ORANGE, -t * 0.9)


def text_on(background: QColor) -> QColor:
    """Black or white, whichever reads better on ``background`` (WCAG relative luminance)."""

    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    lum = (
        0.2126 * channel(background.redF())
        + 0.7152 * channel(background.greenF())
        + 0.0722 * channel(background.blueF())
    )
    return QColor("#000000") if lum > 0.179 else QColor("#FFFFFF")
