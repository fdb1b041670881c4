"""The Reports step: a report for residents or decision-makers, previewed and exported.

Choose the audience (residents: plain language; decision-makers: every result
in brief) and the report's language (independent of the interface's). The
preview shows the same HTML that *Export HTML…* writes; ``QTextBrowser`` knows
no SVG, so its figures are the same drawings painted into images, and its
style sheet support is a subset (the exported files' layout may differ
slightly; a note says so). *Export HTML…* and *Export PDF…* write the file
atomically with :func:`diva_desktop.reports.render`, exactly what ``diva report``
writes.

The analyses behind a report (:func:`~diva_desktop.reports.compute_results`:
``diva analyze`` with fixed seed, sensitivity, portfolio) run on a worker
thread. Any edit of the project marks the report out of date; it is computed
again when the panel is shown (or at once, when it is visible). An export of an
out-of-date report first computes it again, so a file never shows old numbers.
"""

from __future__ import annotations

import datetime as dt
import html
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, QUrl
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QGuiApplication,
    QImage,
    QPainter,
    QPen,
    QPolygonF,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from diva_desktop.core.commands import ChangeSet
from diva_desktop.core.errors import DivaError
from diva_desktop.core.model import Model
from diva_desktop.io.atomic import atomic_write_bytes
from diva_desktop.reports import (
    AUDIENCES,
    SAMPLES,
    SEED,
    Report,
    Results,
    build_report,
    compute_results,
    render,
    report_language,
)
from diva_desktop.reports.figures import Canvas, Diamond, Line, Rect, Text, layout
from diva_desktop.reports.formats import NumberFormat
from diva_desktop.reports.html import figures_of, render_html
from diva_desktop.reports.pdf import FontMissingError

from ..analysis_runner import AnalysisRunner, Job, RunControls
from ..document import ProjectDocument
from ..messages import problems_text

LANGUAGE_NAMES = (("sv", "Svenska"), ("en", "English"))
DEBOUNCE_MS = 400
PREVIEW_SCALE = 2.0


def paint_canvas(canvas: Canvas, scale: float = PREVIEW_SCALE) -> QImage:
    """A figure's canvas painted into an image (the preview's stand-in for the SVG)."""
    image = QImage(round(canvas.width * scale), round(canvas.height * scale), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    p = QPainter(image)
    p.scale(scale, scale)  # the <img> element's width and height show it at the canvas's size
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    for s in canvas.shapes:
        if isinstance(s, Rect):
            p.setPen(QPen(QColor(s.stroke), 0.6) if s.stroke else Qt.PenStyle.NoPen)
            p.setBrush(QBrush(QColor(s.fill)))
            p.drawRect(QRectF(s.x, s.y, s.w, s.h))
        elif isinstance(s, Line):
            p.setPen(QPen(QColor(s.stroke), s.width))
            p.drawLine(QPointF(s.x1, s.y1), QPointF(s.x2, s.y2))
        elif isinstance(s, Diamond):
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QBrush(QColor(s.fill)))
            p.drawPolygon(
                QPolygonF(
                    [
                        QPointF(s.cx, s.cy - s.r),
                        QPointF(s.cx + s.r, s.cy),
                        QPointF(s.cx, s.cy + s.r),
                        QPointF(s.cx - s.r, s.cy),
                    ]
                )
            )
        elif isinstance(s, Text):
            font = QFont("DejaVu Sans")
            font.setPixelSize(max(1, round(s.size)))
            font.setBold(s.bold)
            p.setFont(font)
            p.setPen(QPen(QColor(s.fill)))
            width = p.fontMetrics().horizontalAdvance(s.text)
            x = s.x - width if s.anchor == "end" else s.x - width / 2 if s.anchor == "middle" else s.x
            p.drawText(QPointF(x, s.y), s.text)
    p.end()
    return image


class ReportPreview(QTextBrowser):
    """A text browser that serves the report's figures as images."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.images: dict[str, QImage] = {}
        self.setOpenLinks(False)

    def loadResource(self, kind: int, name: QUrl | str) -> Any:
        image = self.images.get(name.toString() if isinstance(name, QUrl) else name)
        if image is not None:
            return image
        return super().loadResource(kind, name)


class ReportsPanel(QWidget):
    """Report preview and export (see the module documentation)."""

    def __init__(self, document: ProjectDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.runner = AnalysisRunner(self)
        self._results: Results | None = None
        self._results_model: Model | None = None
        self._failure: str | None = None
        self._pending = True
        self._report: Report | None = None
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self._auto_run)
        self._build()
        self.runner.progressed.connect(self._on_runner_progressed)
        self.runner.finished.connect(self._on_runner_finished)
        self.runner.failed.connect(self._on_runner_failed)
        self.runner.cancelled.connect(self._on_runner_cancelled)
        document.model_changed.connect(self._on_document_model_changed)
        self._reset_language()
        self._show_status()

    # -- construction -------------------------------------------------------------------

    def _build(self) -> None:
        layout_ = QVBoxLayout(self)
        row = QHBoxLayout()
        self.audience_combo = QComboBox(self)
        self.audience_combo.addItem(self.tr("Residents (plain language)"), "citizens")
        self.audience_combo.addItem(self.tr("Decision-makers (all results)"), "decision-makers")
        self.audience_combo.setCurrentIndex(1)
        self.audience_combo.setAccessibleName(self.tr("Audience of the report"))
        self.language_combo = QComboBox(self)
        for code, name in LANGUAGE_NAMES:
            self.language_combo.addItem(name, code)
        self.language_combo.setAccessibleName(self.tr("Language of the report"))
        for text, combo in (
            (self.tr("&Audience"), self.audience_combo),
            (self.tr("&Language"), self.language_combo),
        ):
            label = QLabel(text, self)
            label.setBuddy(combo)
            row.addWidget(label)
            row.addWidget(combo)
        row.addStretch(1)
        self.export_html_button = QPushButton(self.tr("Export &HTML…"), self)
        self.export_pdf_button = QPushButton(self.tr("Export &PDF…"), self)
        self.export_html_button.clicked.connect(lambda: self.export("html"))
        self.export_pdf_button.clicked.connect(lambda: self.export("pdf"))
        row.addWidget(self.export_html_button)
        row.addWidget(self.export_pdf_button)
        layout_.addLayout(row)
        self.controls = RunControls(self.tr("&Update"), self)
        self.controls.run_requested.connect(self.run)
        self.controls.cancel_requested.connect(self.cancel)
        layout_.addWidget(self.controls)
        self.preview = ReportPreview(self)
        self.preview.setAccessibleName(self.tr("Report preview"))
        layout_.addWidget(self.preview, 1)
        self.note = QLabel(
            self.tr(
                "The preview shows the report’s content; the exported HTML and PDF files lay it out "
                "for reading and printing (A4), so spacing and fonts differ a little."
            ),
            self,
        )
        self.note.setWordWrap(True)
        self.note.setStyleSheet("QLabel { color: palette(placeholder-text); }")
        layout_.addWidget(self.note)
        self.audience_combo.currentIndexChanged.connect(lambda _i: self._show_report())
        self.language_combo.currentIndexChanged.connect(lambda _i: self._show_report())

    # -- choices ------------------------------------------------------------------------

    def audience(self) -> str:
        value = self.audience_combo.currentData()
        return value if value in AUDIENCES else "decision-makers"

    def language(self) -> str:
        return str(self.language_combo.currentData() or "sv")

    def set_choices(self, *, audience: str | None = None, language: str | None = None) -> None:
        if audience is not None:
            self.audience_combo.setCurrentIndex(max(0, self.audience_combo.findData(audience)))
        if language is not None:
            self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(language)))

    def _reset_language(self) -> None:
        code = report_language(self.document.model)
        self.language_combo.blockSignals(True)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(code)))
        self.language_combo.blockSignals(False)

    # -- running --------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._pending:
            self._debounce.start(0)

    def _on_document_model_changed(self, changes: ChangeSet) -> None:
        if not changes.parts:
            return
        if changes.info:
            self._reset_language()
        self.runner.cancel("report")
        self._pending = True
        self._report = None
        self._show_status()
        if self.isVisible():
            self._debounce.start()

    def has_content(self) -> bool:
        model = self.document.model
        return bool(model.alternatives) and any(True for _ in model.walk_criteria())

    def _auto_run(self) -> None:
        if self._pending:
            self.run()

    def run(self) -> Job | None:
        """Compute the report's analyses for the current model on a worker thread."""
        self._pending = False
        model = self.document.model
        if not self.has_content():
            self._results = None
            self._results_model = None
            self._failure = None
            self._show_report()
            return None
        job = self.runner.run("report", partial(compute_results, model), model)
        self.controls.set_running(True)
        self._show_status()
        return job

    def cancel(self) -> None:
        self.runner.cancel("report")

    def _on_runner_progressed(self, kind: str, fraction: float) -> None:
        self.controls.set_progress(fraction)

    def _on_runner_finished(self, kind: str, job: Job) -> None:
        self.controls.set_running(False)
        self._results = job.result
        self._results_model = job.model
        self._failure = None
        self._show_report()

    def _on_runner_failed(self, kind: str, job: Job) -> None:
        self.controls.set_running(False)
        error = job.error
        text = (
            problems_text(error.problems, self.document.model) if isinstance(error, DivaError) else str(error)
        )
        self._failure = self.tr("The report cannot be made: {problems}").format(problems=text)
        self._results = None
        self._report = None
        self._show_report()

    def _on_runner_cancelled(self, kind: str) -> None:
        self.controls.set_running(False)
        self._show_status()

    # -- showing --------------------------------------------------------------------------

    def is_stale(self) -> bool:
        return self._results is None or self._results_model is not self.document.model

    def _show_status(self) -> None:
        if self.runner.is_running("report"):
            self.controls.set_status(self.tr("Computing the analyses for the report…"))
        elif self._failure:
            self.controls.set_status(self._failure, stale=True)
        elif not self.has_content():
            self.controls.set_status(self.tr("Add criteria and alternatives to make a report."))
        elif self._results is not None and self.is_stale():
            self.controls.set_status(
                self.tr("Out of date: the project has changed. Press Update, or export to compute it again."),
                stale=True,
            )
        elif self._results is None:
            self.controls.set_status(self.tr("Press Update to make the report."))
        else:
            self.controls.set_status(
                self.tr("Up to date. SMAA with {samples} samples and seed {seed}, as ‘diva report’.").format(
                    samples=self.locale().toString(SAMPLES), seed=SEED
                )
            )
        ready = self.has_content() and not self._failure
        self.export_html_button.setEnabled(ready)
        self.export_pdf_button.setEnabled(ready)

    def current_report(self) -> Report | None:
        """The report for the chosen audience and language from the latest results (``None`` if none)."""
        if self._results is None or self._results_model is None:
            return None
        return build_report(
            self._results_model,
            audience=self.audience(),
            language=self.language(),
            date=dt.date.today().isoformat(),
            results=self._results,
        )

    def _show_report(self) -> None:
        self._show_status()
        if self._failure:
            self.preview.setHtml(f"<p>{html.escape(self._failure)}</p>")
            return
        report = self.current_report()
        self._report = report
        if report is None:
            self.preview.setHtml("")
            return
        fmt = NumberFormat(report.language)
        self.preview.images = {
            f"figure-{n}.png": paint_canvas(layout(fig, fmt)) for n, fig in enumerate(figures_of(report), 1)
        }
        bar = self.preview.verticalScrollBar()
        position = bar.value()
        self.preview.setHtml(render_html(report, figure_images=True))
        bar.setValue(position)

    def preview_text(self) -> str:
        return self.preview.toPlainText()

    # -- export ---------------------------------------------------------------------------

    def _fresh_report(self) -> Report | None:
        """The report of the current model, computing its analyses now if they are out of date."""
        if self.is_stale():
            self.runner.cancel("report")
            model = self.document.model
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                self._results = compute_results(model)
                self._results_model = model
                self._failure = None
            except DivaError as exc:
                self._failure = self.tr("The report cannot be made: {problems}").format(
                    problems=problems_text(exc.problems, model)
                )
                self._results = None
            finally:
                QGuiApplication.restoreOverrideCursor()
            self._pending = False
            self._show_report()
        return self.current_report()

    def export(self, fmt: str, path: str | None = None) -> Path | None:
        """Write the report as ``"html"`` or ``"pdf"``; returns the file, or ``None`` if not written."""
        suffix = "." + fmt
        if path is None:
            stem = (self.document.model.name or self.tr("report")).replace("/", "-")
            name = f"{stem} – {self.audience_combo.currentText().split(' (')[0]}{suffix}"
            filters = self.tr("Web page (*.html)") if fmt == "html" else self.tr("PDF document (*.pdf)")
            path, _selected = QFileDialog.getSaveFileName(self, self.tr("Export report"), name, filters)
            if not path:
                return None
        out = Path(path)
        if out.suffix.lower() != suffix:
            out = out.with_name(out.name + suffix)
        report = self._fresh_report()
        if report is None:
            QMessageBox.warning(
                self,
                self.tr("Export failed"),
                self._failure or self.tr("Add criteria and alternatives to make a report."),
            )
            return None
        try:
            atomic_write_bytes(out, render(report, fmt))
        except FontMissingError as exc:
            QMessageBox.warning(
                self,
                self.tr("Export failed"),
                self.tr(
                    "Cannot write {file}: the font DejaVu Sans is missing ({reason}). Reinstall DIVÄ Desktop, "
                    "or install DejaVu Sans, and export again."
                ).format(file=out.name, reason=str(exc)),
            )
            return None
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Export failed"),
                self.tr(
                    "Cannot write {file}: {reason}. Choose a folder where you may save files and that has free "
                    "space, or close the file if another program has it open."
                ).format(file=str(out), reason=exc.strerror or str(exc)),
            )
            return None
        return out
