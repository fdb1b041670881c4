"""A report as one self-contained, accessible HTML file.

No external resources: the style sheet is inline, figures are inline SVG with a
title and description for screen readers (and a caption). Headings are
semantic (``h1`` title, ``h2`` sections, ``h3`` subsections); tables have a
``caption``, column headers ``th scope="col"`` and row headers ``th
scope="row"``; the ``html`` element carries the report's ``lang``. The output is
well-formed XML as well as HTML5 (every element closed), so it can be checked
and transformed with XML tools. A print style sheet sets A4 pages and keeps
headings with what follows.

``figure_images``: the GUI's preview (``QTextBrowser``, which shows no SVG and
knows a subset of CSS) asks for ``<img src="figure-N.png">`` references instead,
supplies the images, and gets a simpler style sheet (:data:`PREVIEW_CSS`).
"""

from __future__ import annotations

from html import escape

from .figures import layout
from .formats import NumberFormat
from .tree import Figure, Items, Paragraph, Quote, Report, Section, Table

CSS = """
:root { color-scheme: light; }
body { font-family: "DejaVu Sans", Verdana, Arial, sans-serif; font-size: 11pt; line-height: 1.45;
       color: #1a1a1a; background: #ffffff; margin: 0 auto; padding: 1.5rem 2rem 3rem; max-width: 52rem; }
header.title-page { border-bottom: 2px solid #0072b2; padding-bottom: 1rem; margin-bottom: 1.5rem; }
header.title-page p.audience { font-size: 1.2rem; color: #00466e; margin: 0.2rem 0 0.8rem; }
header.title-page p { margin: 0.2rem 0; }
h1 { font-size: 1.9rem; line-height: 1.2; margin: 0 0 0.3rem; color: #003f6b; }
h2 { font-size: 1.35rem; margin: 2rem 0 0.6rem; color: #003f6b; border-bottom: 1px solid #c8c8c8; }
h3 { font-size: 1.1rem; margin: 1.4rem 0 0.4rem; }
p.summary { font-size: 1.05rem; }
p.note { font-size: 0.9rem; color: #444444; }
table { border-collapse: collapse; width: 100%; margin: 0.6rem 0 1.2rem; font-size: 0.88rem; }
caption { text-align: left; font-weight: bold; padding: 0.2rem 0; caption-side: top; }
th, td { border: 1px solid #c8c8c8; padding: 0.25rem 0.45rem; vertical-align: top; text-align: left; }
thead th { background: #e8f1f8; }
tbody th { font-weight: normal; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
figure { margin: 1rem 0 1.4rem; }
figure svg { max-width: 100%; height: auto; }
figcaption { font-weight: bold; font-size: 0.9rem; margin-top: 0.3rem; }
figure.quote { margin: 0.8rem 0 1rem; }
blockquote { margin: 0; padding: 0.2rem 0 0.2rem 1rem; border-left: 4px solid #56b4e9; font-style: italic; }
figcaption.source { font-weight: normal; font-size: 0.85rem; color: #444444; margin-left: 1.25rem; }
p.paraphrase { margin: 0.2rem 0 0 1.25rem; }
footer { margin-top: 2.5rem; font-size: 0.85rem; color: #444444; }
@media print {
  @page { size: A4; margin: 2cm 1.8cm; }
  body { max-width: none; padding: 0; font-size: 10pt; }
  header.title-page { page-break-after: always; border: none; }
  h2, h3, caption, figcaption { page-break-after: avoid; break-after: avoid; }
  tr, figure, blockquote { page-break-inside: avoid; break-inside: avoid; }
  thead { display: table-header-group; }
}
"""

PREVIEW_CSS = """
h1 { font-size: x-large; color: #003f6b; }
h2 { font-size: large; color: #003f6b; margin-top: 18px; }
h3 { font-size: medium; }
p.audience { font-size: large; color: #00466e; }
p.note { color: #444444; }
table { border-collapse: collapse; margin-top: 6px; margin-bottom: 12px; }
th, td { border: 1px solid #c8c8c8; padding: 3px; }
thead th { background-color: #e8f1f8; }
tbody th { font-weight: normal; text-align: left; }
td.num, th.num { text-align: right; }
blockquote { font-style: italic; margin-left: 12px; }
figcaption { font-weight: bold; }
figcaption.source { font-weight: normal; color: #444444; }
"""
"""A style sheet within ``QTextBrowser``'s subset (pixels and keywords; no rem, no media queries)."""


def _text(text: str) -> str:
    return "<br/>".join(escape(line, quote=False) for line in text.split("\n"))


class _Html:
    def __init__(self, report: Report, figure_images: bool) -> None:
        self.report = report
        self.fmt = NumberFormat(report.language)
        self.figure_images = figure_images
        self.figures: list[Figure] = []
        self.out: list[str] = []
        self.qo = report.labels.get("quote_open", "“")
        self.qc = report.labels.get("quote_close", "”")

    def block(self, b: object) -> None:
        o = self.out
        if isinstance(b, Paragraph):
            cls = f' class="{b.kind}"' if b.kind != "body" else ""
            lead = f"<strong>{escape(b.lead, quote=False)}</strong>" if b.lead else ""
            o.append(f"<p{cls}>{lead}{_text(b.text)}</p>")
        elif isinstance(b, Quote):
            if b.text:
                o.append('<figure class="quote">')
                o.append(f"<blockquote><p>{self.qo}{_text(b.text)}{self.qc}</p></blockquote>")
                o.append(f'<figcaption class="source">{escape(b.source, quote=False)}</figcaption>')
                o.append("</figure>")
                if b.paraphrase:
                    o.append(f'<p class="paraphrase">{_text(b.paraphrase)}</p>')
            else:
                o.append(f"<p>{_text(b.paraphrase)}<br/><small>{escape(b.source, quote=False)}</small></p>")
        elif isinstance(b, Items):
            tag = "ol" if b.numbered else "ul"
            o.append(f"<{tag}>" + "".join(f"<li>{_text(i)}</li>" for i in b.items) + f"</{tag}>")
        elif isinstance(b, Table):
            self.table(b)
        elif isinstance(b, Figure):
            self.figure(b)

    def table(self, t: Table) -> None:
        o = self.out
        o.append(f"<table><caption>{escape(t.caption, quote=False)}</caption><thead><tr>")
        for j, h in enumerate(t.header):
            cls = ' class="num"' if t.is_numeric(j) else ""
            o.append(f'<th scope="col"{cls}>{escape(h, quote=False)}</th>')
        o.append("</tr></thead><tbody>")
        for i, row in enumerate(t.rows):
            o.append("<tr>")
            for j, cell in enumerate(row):
                if j == 0:
                    depth = t.indent[i] if i < len(t.indent) else 0
                    style = f' style="padding-left: {0.45 + 1.1 * depth:.2f}rem"' if depth else ""
                    strong = (
                        depth == 0 and bool(t.indent) and i + 1 < len(t.indent) and t.indent[i + 1] > depth
                    )
                    content = f"<strong>{_text(cell)}</strong>" if strong else _text(cell)
                    if self.figure_images and depth:  # QTextBrowser ignores the padding of table cells
                        content = "\u00a0" * (3 * depth) + content
                    o.append(f'<th scope="row"{style}>{content}</th>')
                else:
                    cls = ' class="num"' if t.is_numeric(j) else ""
                    o.append(f"<td{cls}>{_text(cell)}</td>")
            o.append("</tr>")
        o.append("</tbody></table>")

    def figure(self, fig: Figure) -> None:
        from .svg import to_svg

        n = len(self.figures) + 1
        self.figures.append(fig)
        canvas = layout(fig, self.fmt)
        o = self.out
        o.append(f'<figure id="figure-{n}">')
        if self.figure_images:
            o.append(f'<p><img src="figure-{n}.png" width="{canvas.width:.0f}" alt="{escape(fig.alt)}"/></p>')
        else:
            o.append(to_svg(canvas, title=fig.caption, description=fig.alt, ident=f"fig{n}"))
        o.append(f"<figcaption>{escape(fig.caption, quote=False)}</figcaption></figure>")

    def section(self, s: Section, level: int) -> None:
        self.out.append(f"<section><h{level}>{escape(s.title, quote=False)}</h{level}>")
        for b in s.blocks:
            self.block(b)
        for sub in s.subsections:
            self.section(sub, min(level + 1, 6))
        self.out.append("</section>")

    def render(self) -> str:
        r = self.report
        o = self.out
        o.append("<!DOCTYPE html>")
        o.append(f'<html lang="{r.language}" xml:lang="{r.language}" xmlns="http://www.w3.org/1999/xhtml">')
        o.append('<head><meta charset="utf-8"/>')
        o.append('<meta name="viewport" content="width=device-width, initial-scale=1"/>')
        o.append('<meta name="generator" content="DIVÄ Desktop"/>')
        o.append(f"<title>{escape(r.title, quote=False)} – {escape(r.subtitle, quote=False)}</title>")
        o.append(f"<style>{PREVIEW_CSS if self.figure_images else CSS}</style></head><body>")
        o.append('<header class="title-page">')
        o.append(f"<h1>{escape(r.title, quote=False)}</h1>")
        o.append(f'<p class="audience">{escape(r.subtitle, quote=False)}</p>')
        for line in r.title_lines:
            o.append(f"<p>{_text(line)}</p>")
        o.append("</header><main>")
        for s in r.sections:
            self.section(s, 2)
        o.append("</main></body></html>")
        return "\n".join(o) + "\n"


def render_html(report: Report, *, figure_images: bool = False) -> str:
    """The report as an HTML document (see the module documentation)."""
    return _Html(report, figure_images).render()


def figures_of(report: Report) -> list[Figure]:
    """The report's figures in document order (``figure-1`` … of :func:`render_html`)."""
    out: list[Figure] = []

    def visit(s: Section) -> None:
        out.extend(b for b in s.blocks if isinstance(b, Figure))
        for sub in s.subsections:
            visit(sub)

    for s in report.sections:
        visit(s)
    return out
