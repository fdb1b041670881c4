"""A :class:`~.figures.Canvas` as an inline SVG element (for the HTML report)."""

from __future__ import annotations

from html import escape

from .figures import Canvas, Diamond, Line, Rect, Text


def _n(x: float) -> str:
    return f"{x:.2f}".rstrip("0").rstrip(".")


def to_svg(canvas: Canvas, *, title: str, description: str, ident: str) -> str:
    """The canvas as ``<svg role="img">`` with a title and description for screen readers."""
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 {_n(canvas.width)} {_n(canvas.height)}" '
        f'width="{_n(canvas.width)}" height="{_n(canvas.height)}" aria-labelledby="{ident}-t {ident}-d" '
        f'font-family="DejaVu Sans, Verdana, Arial, sans-serif">',
        f'<title id="{ident}-t">{escape(title)}</title>',
        f'<desc id="{ident}-d">{escape(description)}</desc>',
    ]
    for s in canvas.shapes:
        if isinstance(s, Rect):
            stroke = f' stroke="{s.stroke}" stroke-width="0.6"' if s.stroke else ""
            parts.append(
                f'<rect x="{_n(s.x)}" y="{_n(s.y)}" width="{_n(s.w)}" height="{_n(s.h)}" fill="{s.fill}"{stroke}/>'
            )
        elif isinstance(s, Line):
            parts.append(
                f'<line x1="{_n(s.x1)}" y1="{_n(s.y1)}" x2="{_n(s.x2)}" y2="{_n(s.y2)}" '
                f'stroke="{s.stroke}" stroke-width="{_n(s.width)}"/>'
            )
        elif isinstance(s, Diamond):
            pts = [(s.cx, s.cy - s.r), (s.cx + s.r, s.cy), (s.cx, s.cy + s.r), (s.cx - s.r, s.cy)]
            parts.append(
                f'<polygon points="{" ".join(f"{_n(x)},{_n(y)}" for x, y in pts)}" fill="{s.fill}"/>'
            )
        elif isinstance(s, Text):
            weight = ' font-weight="bold"' if s.bold else ""
            parts.append(
                f'<text x="{_n(s.x)}" y="{_n(s.y)}" font-size="{_n(s.size)}" text-anchor="{s.anchor}" '
                f'fill="{s.fill}"{weight}>{escape(s.text)}</text>'
            )
    parts.append("</svg>")
    return "".join(parts)
