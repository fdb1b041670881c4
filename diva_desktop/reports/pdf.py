"""A report as a PDF (A4), laid out with ReportLab's platypus.

Fonts: DejaVu Sans (regular, bold, oblique) is embedded, so that å ä ö, dashes,
≥ and − print on every platform. The files ship in ``resources/fonts`` with
their licence; where they are missing (a trimmed install) the system's copy in
``/usr/share/fonts/truetype/dejavu`` (Debian's ``fonts-dejavu-core``) is used,
and otherwise :class:`FontMissingError` names the fix.

Layout: a title page (project name, audience, description, documents, date),
then the sections; headings are kept with what follows, table headers repeat
on every page, each page after the first has a footer with the title and the
page number. Figures are drawn from the same primitives as the HTML's SVG
(:mod:`.figures`). The output is reproducible: ReportLab's *invariant* mode
leaves out the creation time and random document id.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from . import tree
from .figures import Canvas, Diamond, Line, Rect, Text, layout
from .formats import NumberFormat
from .i18n import resources_dir

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"
SYSTEM_FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
_FILES = {FONT: "DejaVuSans.ttf", FONT_BOLD: "DejaVuSans-Bold.ttf", FONT_ITALIC: "DejaVuSans-Oblique.ttf"}
BLUE = colors.HexColor("#003f6b")
LIGHT = colors.HexColor("#e8f1f8")
RULE = colors.HexColor("#c8c8c8")
GREY = colors.HexColor("#444444")
MARGIN_X = 2.0 * cm
MARGIN_TOP = 2.0 * cm
MARGIN_BOTTOM = 2.2 * cm


class FontMissingError(FileNotFoundError):
    """The DejaVu Sans font files were not found (the message names the fix)."""


def font_file(name: str) -> Path:
    """The TrueType file of one of the report's fonts: bundled, else the system's."""
    filename = _FILES[name]
    for folder in (resources_dir() / "fonts", SYSTEM_FONT_DIR):
        candidate = folder / filename
        if candidate.is_file():
            return candidate
    raise FontMissingError(
        f"the font {filename} is missing from {resources_dir() / 'fonts'} and {SYSTEM_FONT_DIR}; "
        "reinstall DIVÄ Desktop, or install DejaVu Sans (Debian/Ubuntu: apt-get install fonts-dejavu-core)"
    )


def register_fonts() -> None:
    """Register DejaVu Sans with ReportLab once (raises :class:`FontMissingError`)."""
    registered = set(pdfmetrics.getRegisteredFontNames())
    for name in (FONT, FONT_BOLD, FONT_ITALIC):
        if name not in registered:
            pdfmetrics.registerFont(TTFont(name, str(font_file(name))))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD)


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=13.5, spaceAfter=5)
    return {
        "body": base,
        "summary": ParagraphStyle("summary", parent=base, fontSize=10.5, leading=15, spaceAfter=7),
        "note": ParagraphStyle("note", parent=base, fontSize=8.5, leading=12, textColor=GREY),
        "title": ParagraphStyle(
            "title", parent=base, fontName=FONT_BOLD, fontSize=24, leading=30, textColor=BLUE, spaceAfter=10
        ),
        "subtitle": ParagraphStyle(
            "subtitle", parent=base, fontSize=14, leading=19, textColor=BLUE, spaceAfter=22
        ),
        "titleline": ParagraphStyle("titleline", parent=base, fontSize=10.5, leading=15, spaceAfter=8),
        "h2": ParagraphStyle(
            "h2",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=14,
            leading=18,
            textColor=BLUE,
            spaceBefore=14,
            spaceAfter=7,
        ),
        "h3": ParagraphStyle(
            "h3", parent=base, fontName=FONT_BOLD, fontSize=11.5, leading=15, spaceBefore=10, spaceAfter=5
        ),
        "caption": ParagraphStyle(
            "caption", parent=base, fontName=FONT_BOLD, fontSize=8.5, leading=11, spaceBefore=4, spaceAfter=3
        ),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8, leading=10, spaceAfter=0),
        "cellnum": ParagraphStyle(
            "cellnum", parent=base, fontSize=8, leading=10, spaceAfter=0, alignment=TA_RIGHT
        ),
        "head": ParagraphStyle("head", parent=base, fontName=FONT_BOLD, fontSize=8, leading=10, spaceAfter=0),
        "headnum": ParagraphStyle(
            "headnum",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=8,
            leading=10,
            spaceAfter=0,
            alignment=TA_RIGHT,
        ),
        "quote": ParagraphStyle(
            "quote",
            parent=base,
            fontName=FONT_ITALIC,
            fontSize=9.5,
            leading=13.5,
            leftIndent=14,
            borderPadding=(0, 0, 0, 6),
            spaceAfter=1,
        ),
        "source": ParagraphStyle(
            "source", parent=base, fontSize=8, leading=10.5, leftIndent=14, textColor=GREY, spaceAfter=2
        ),
        "paraphrase": ParagraphStyle("paraphrase", parent=base, leftIndent=14, spaceAfter=8),
        "item": ParagraphStyle("item", parent=base, leftIndent=14, bulletIndent=3, spaceAfter=2),
    }


def _markup(text: str) -> str:
    return "<br/>".join(escape(line) for line in text.split("\n"))


class FigureFlowable(Flowable):
    """A :class:`~.figures.Canvas` drawn with ReportLab, scaled to the frame's width if wider."""

    def __init__(self, canvas: Canvas) -> None:
        super().__init__()
        self.figure = canvas
        self.scale = 1.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.scale = min(1.0, availWidth / self.figure.width)
        return self.figure.width * self.scale, self.figure.height * self.scale

    def draw(self) -> None:
        c = self.canv
        fig = self.figure
        c.saveState()
        c.scale(self.scale, self.scale)
        h = fig.height
        for s in fig.shapes:
            if isinstance(s, Rect):
                c.setFillColor(colors.HexColor(s.fill))
                if s.stroke:
                    c.setStrokeColor(colors.HexColor(s.stroke))
                    c.setLineWidth(0.6)
                c.rect(s.x, h - s.y - s.h, s.w, s.h, stroke=1 if s.stroke else 0, fill=1)
            elif isinstance(s, Line):
                c.setStrokeColor(colors.HexColor(s.stroke))
                c.setLineWidth(s.width)
                c.line(s.x1, h - s.y1, s.x2, h - s.y2)
            elif isinstance(s, Diamond):
                c.setFillColor(colors.HexColor(s.fill))
                p = c.beginPath()
                p.moveTo(s.cx, h - s.cy + s.r)
                p.lineTo(s.cx + s.r, h - s.cy)
                p.lineTo(s.cx, h - s.cy - s.r)
                p.lineTo(s.cx - s.r, h - s.cy)
                p.close()
                c.drawPath(p, stroke=0, fill=1)
            elif isinstance(s, Text):
                c.setFillColor(colors.HexColor(s.fill))
                c.setFont(FONT_BOLD if s.bold else FONT, s.size)
                y = h - s.y
                if s.anchor == "end":
                    c.drawRightString(s.x, y, s.text)
                elif s.anchor == "middle":
                    c.drawCentredString(s.x, y, s.text)
                else:
                    c.drawString(s.x, y, s.text)
        c.restoreState()


class _Pdf:
    def __init__(self, report: tree.Report) -> None:
        self.report = report
        self.fmt = NumberFormat(report.language)
        self.st = _styles()
        self.width = A4[0] - 2 * MARGIN_X

    def table(self, t: tree.Table) -> list[Flowable]:
        st = self.st
        header = [
            Paragraph(_markup(h), st["headnum"] if t.is_numeric(j) else st["head"])
            for j, h in enumerate(t.header)
        ]
        rows: list[list[Any]] = [header]
        for i, row in enumerate(t.rows):
            cells = []
            for j, cell in enumerate(row):
                style = st["cellnum"] if t.is_numeric(j) else st["cell"]
                text = _markup(cell)
                if j == 0 and t.indent:
                    depth = t.indent[i] if i < len(t.indent) else 0
                    style = ParagraphStyle(f"cell{depth}", parent=style, leftIndent=9 * depth)
                    if depth == 0 and i + 1 < len(t.indent) and t.indent[i + 1] > depth:
                        text = f"<b>{text}</b>"
                cells.append(Paragraph(text, style))
            rows.append(cells)
        n = len(t.header)
        weights = list(t.widths) if len(t.widths) == n else [1.0] * n
        total = sum(weights)
        col_widths = [self.width * w / total for w in weights]
        table = Table(rows, colWidths=col_widths, repeatRows=1, hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("BACKGROUND", (0, 0), (-1, 0), LIGHT),
                    ("GRID", (0, 0), (-1, -1), 0.4, RULE),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                    ("LEFTPADDING", (0, 0), (-1, -1), 4),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ]
            )
        )
        caption = Paragraph(_markup(t.caption), st["caption"])
        return [CondPageBreak(3 * cm), caption, table, Spacer(1, 8)]

    def block(self, b: object) -> list[Flowable]:
        st = self.st
        if isinstance(b, tree.Paragraph):
            lead = f"<b>{escape(b.lead)}</b>" if b.lead else ""
            return [Paragraph(lead + _markup(b.text), st.get(b.kind, st["body"]))]
        if isinstance(b, tree.Quote):
            parts: list[Flowable] = []
            if b.text:
                qo, qc = self.report.labels.get("quote_open", "“"), self.report.labels.get("quote_close", "”")
                parts.append(Paragraph(f"{qo}{_markup(b.text)}{qc}", st["quote"]))
                parts.append(Paragraph(_markup(b.source), st["source"]))
                if b.paraphrase:
                    parts.append(Paragraph(_markup(b.paraphrase), st["paraphrase"]))
                else:
                    parts.append(Spacer(1, 6))
            else:
                parts.append(
                    Paragraph(_markup(b.paraphrase), ParagraphStyle("pp", parent=st["body"], spaceAfter=1))
                )
                parts.append(
                    Paragraph(_markup(b.source), ParagraphStyle("ps", parent=st["source"], leftIndent=0))
                )
                parts.append(Spacer(1, 6))
            return [KeepTogether(parts)]
        if isinstance(b, tree.Items):
            out: list[Flowable] = []
            for k, item in enumerate(b.items, 1):
                bullet = f"{k}." if b.numbered else "•"
                out.append(Paragraph(_markup(item), st["item"], bulletText=bullet))
            out.append(Spacer(1, 4))
            return out
        if isinstance(b, tree.Table):
            return self.table(b)
        if isinstance(b, tree.Figure):
            canvas = layout(b, self.fmt, width=self.width)
            return [
                KeepTogether(
                    [
                        Spacer(1, 4),
                        FigureFlowable(canvas),
                        Paragraph(_markup(b.caption), st["caption"]),
                        Spacer(1, 6),
                    ]
                )
            ]
        return []

    def section(self, s: tree.Section, level: int) -> list[Flowable]:
        style = self.st["h2"] if level == 2 else self.st["h3"]
        heading = Paragraph(_markup(s.title), style)
        blocks: list[Flowable] = []
        for b in s.blocks:
            blocks.extend(self.block(b))
        out: list[Flowable] = [CondPageBreak(4 * cm), heading, *blocks]
        for sub in s.subsections:
            out.extend(self.section(sub, level + 1))
        return out

    def story(self) -> list[Flowable]:
        r = self.report
        st = self.st
        story: list[Flowable] = [Spacer(1, 3 * cm), Paragraph(_markup(r.title), st["title"])]
        story.append(Paragraph(_markup(r.subtitle), st["subtitle"]))
        for line in r.title_lines:
            story.append(Paragraph(_markup(line), st["titleline"]))
        story.append(PageBreak())
        for s in r.sections:
            story.extend(self.section(s, 2))
        return story

    def render(self) -> bytes:
        register_fonts()
        r = self.report
        buffer = io.BytesIO()
        doc = BaseDocTemplate(
            buffer,
            pagesize=A4,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=f"{r.title} – {r.subtitle}",
            author="DIVÄ Desktop",
            subject=r.subtitle,
            creator="DIVÄ Desktop",
            lang=r.language,
            invariant=1,
        )
        frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")
        page_label = r.labels.get("page", "Page {page}")
        footer_title = f"{r.title} – {r.subtitle}"

        def footer(canv: Any, document: Any) -> None:
            page = canv.getPageNumber()
            if page == 1:
                return
            canv.saveState()
            canv.setFont(FONT, 7.5)
            canv.setFillColor(GREY)
            y = MARGIN_BOTTOM - 0.9 * cm
            canv.setStrokeColor(RULE)
            canv.setLineWidth(0.4)
            canv.line(MARGIN_X, y + 10, A4[0] - MARGIN_X, y + 10)
            label = page_label.format(page=page)
            room = A4[0] - 2 * MARGIN_X - pdfmetrics.stringWidth(label, FONT, 7.5) - 20
            text = footer_title
            while text and pdfmetrics.stringWidth(text, FONT, 7.5) > room:
                text = text[:-2] + "…" if len(text) > 2 else ""
            canv.drawString(MARGIN_X, y, text)
            canv.drawRightString(A4[0] - MARGIN_X, y, label)
            canv.restoreState()

        doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=footer)])
        doc.build(self.story())
        return buffer.getvalue()


def render_pdf(report: tree.Report) -> bytes:
    """The report as PDF bytes (raises :class:`FontMissingError` when no DejaVu Sans is found)."""
    return _Pdf(report).render()
