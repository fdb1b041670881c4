"""Traceability: from the steering documents through goals and criteria to each investment.

Top: the matrix document → goal → criterion → scored criterion → investment →
score and value → follow-up indicator, filterable by document, goal,
criterion, investment and free text, and exported (the rows shown, every
column) to CSV or Excel. Below: one investment at a time, in words — "this
investment serves these goals", each with its quote, document and page, and the
criteria through which it does (see
:func:`~diva_desktop.core.traceability.goals_for_alternative`).

Nothing here edits the model: the matrix is derived and follows every change.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from diva_desktop.core.commands import ChangeSet
from diva_desktop.core.traceability import goals_for_alternative, trace_table

from ..document import ProjectDocument
from ..models.trace_model import SHOWN, TraceFilterModel, TraceTableModel, translated_columns


class TraceabilityPanel(QWidget):
    """The traceability view (see the module documentation)."""

    def __init__(self, document: ProjectDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.model = TraceTableModel(document, self)
        self.proxy = TraceFilterModel(self)
        self.proxy.setSourceModel(self.model)
        self._build()
        document.model_changed.connect(self._on_document_model_changed)
        self._refresh_filters()
        self._refresh_investment()

    # -- construction -------------------------------------------------------------------

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(name)
        combo.setMinimumContentsLength(14)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.currentIndexChanged.connect(lambda _i: self._apply_filters())
        return combo

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        filters = QHBoxLayout()
        self.document_filter = self._combo(self.tr("Document"))
        self.goal_filter = self._combo(self.tr("Goal"))
        self.criterion_filter = self._combo(self.tr("Criterion"))
        self.alternative_filter = self._combo(self.tr("Investment"))
        self.text_filter = QLineEdit(self)
        self.text_filter.setPlaceholderText(self.tr("Filter by text"))
        self.text_filter.setClearButtonEnabled(True)
        self.text_filter.setAccessibleName(self.tr("Filter by text"))
        self.text_filter.textChanged.connect(lambda _t: self._apply_filters())
        for label, widget in (
            (self.tr("&Document"), self.document_filter),
            (self.tr("&Goal"), self.goal_filter),
            (self.tr("&Criterion"), self.criterion_filter),
            (self.tr("&Investment"), self.alternative_filter),
        ):
            lab = QLabel(label, self)
            lab.setBuddy(widget)
            filters.addWidget(lab)
            filters.addWidget(widget, 1)
        filters.addWidget(self.text_filter, 1)
        self.clear_button = QPushButton(self.tr("Clear"), self)
        self.clear_button.clicked.connect(self.clear_filters)
        filters.addWidget(self.clear_button)
        layout.addLayout(filters)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        layout.addWidget(splitter, 1)
        top = QWidget(splitter)
        tv = QVBoxLayout(top)
        tv.setContentsMargins(0, 0, 0, 0)
        self.table = QTableView(top)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setAccessibleName(self.tr("Traceability matrix"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        widths = {
            "document_title": 120,
            "page": 44,
            "quote": 320,
            "criterion_name": 160,
            "leaf_name": 160,
            "alternative_name": 170,
            "score": 130,
            "value": 56,
            "indicator_name": 160,
            "target": 110,
        }
        for i, key in enumerate(SHOWN):
            self.table.setColumnWidth(i, widths.get(key, 100))
        header.setStretchLastSection(True)
        tv.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.count_label = QLabel(top)
        row.addWidget(self.count_label, 1)
        self.export_csv_button = QPushButton(self.tr("Export &CSV…"), top)
        self.export_csv_button.clicked.connect(lambda: self.export(".csv"))
        self.export_xlsx_button = QPushButton(self.tr("Export &Excel…"), top)
        self.export_xlsx_button.clicked.connect(lambda: self.export(".xlsx"))
        row.addWidget(self.export_csv_button)
        row.addWidget(self.export_xlsx_button)
        tv.addLayout(row)

        bottom = QWidget(splitter)
        bv = QVBoxLayout(bottom)
        bv.setContentsMargins(0, 0, 0, 0)
        pick = QHBoxLayout()
        lab = QLabel(self.tr("Goals served by the in&vestment"), bottom)
        self.investment_combo = QComboBox(bottom)
        self.investment_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        lab.setBuddy(self.investment_combo)
        self.investment_combo.currentIndexChanged.connect(lambda _i: self._refresh_investment())
        pick.addWidget(lab)
        pick.addWidget(self.investment_combo)
        pick.addStretch(1)
        bv.addLayout(pick)
        self.investment_text = QTextBrowser(bottom)
        self.investment_text.setOpenLinks(False)
        self.investment_text.setAccessibleName(self.tr("Goals served by the investment"))
        bv.addWidget(self.investment_text, 1)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

    # -- filters ------------------------------------------------------------------------

    def _fill(self, combo: QComboBox, items: list[tuple[str, str]], everything: str) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for key, text in items:
            combo.addItem(text, key)
            combo.setItemData(combo.count() - 1, text, Qt.ItemDataRole.ToolTipRole)
        i = combo.findData(current)
        combo.setCurrentIndex(i if i >= 0 else 0)
        combo.blockSignals(False)

    def _refresh_filters(self) -> None:
        model = self.document.model
        self._fill(self.document_filter, [(d.id, d.title) for d in model.documents], self.tr("All documents"))
        self._fill(
            self.goal_filter,
            [(g.id, _short(g.paraphrase or g.quote)) for g in model.goals],
            self.tr("All goals"),
        )
        self._fill(
            self.criterion_filter,
            [(c.id, "  " * (len(model.path_to(c.id)) - 2) + c.name) for c in model.walk_criteria()],
            self.tr("All criteria"),
        )
        self._fill(self.alternative_filter, [(a.id, a.name) for a in model.alternatives], self.tr("All investments"))
        current = self.investment_combo.currentData()
        self.investment_combo.blockSignals(True)
        self.investment_combo.clear()
        for a in model.alternatives:
            self.investment_combo.addItem(a.name, a.id)
        i = self.investment_combo.findData(current)
        self.investment_combo.setCurrentIndex(i if i >= 0 else (0 if self.investment_combo.count() else -1))
        self.investment_combo.blockSignals(False)
        self._apply_filters()

    def set_filters(
        self,
        *,
        document: str | None = None,
        goal: str | None = None,
        criterion: str | None = None,
        alternative: str | None = None,
        text: str = "",
    ) -> None:
        for combo, value in (
            (self.document_filter, document),
            (self.goal_filter, goal),
            (self.criterion_filter, criterion),
            (self.alternative_filter, alternative),
        ):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            combo.blockSignals(False)
        self.text_filter.blockSignals(True)
        self.text_filter.setText(text)
        self.text_filter.blockSignals(False)
        self._apply_filters()

    def clear_filters(self) -> None:
        self.set_filters()

    def _apply_filters(self) -> None:
        self.proxy.set_filters(
            document=self.document_filter.currentData(),
            goal=self.goal_filter.currentData(),
            criterion=self.criterion_filter.currentData(),
            alternative=self.alternative_filter.currentData(),
            text=self.text_filter.text(),
        )
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        loc = QLocale()
        self.count_label.setText(
            self.tr("{shown} of {total} rows").format(shown=loc.toString(shown), total=loc.toString(total))
        )
        has_rows = shown > 0
        self.export_csv_button.setEnabled(has_rows)
        self.export_xlsx_button.setEnabled(has_rows)

    def _on_document_model_changed(self, changes: ChangeSet) -> None:
        if changes.parts & {"documents", "goals", "criteria", "alternatives", "scores", "followup"}:
            self._refresh_filters()
            self._refresh_investment()

    # -- export -------------------------------------------------------------------------

    def export(self, suffix: str, path: str | None = None) -> Path | None:
        """Write the rows shown, every column, to CSV or XLSX; returns the file or ``None``."""
        if path is None:
            name = self.tr("traceability") + suffix
            filters = "CSV (*.csv)" if suffix == ".csv" else self.tr("Excel workbook (*.xlsx)")
            path, _selected = QFileDialog.getSaveFileName(self, self.tr("Export traceability matrix"), name, filters)
            if not path:
                return None
        out = Path(path)
        if out.suffix.lower() != suffix:
            out = out.with_suffix(suffix)
        from diva_desktop.io.tabular import write_table

        header, rows = trace_table(self.proxy.visible_rows(), translated_columns())
        try:
            write_table(out, header, rows, sheet=self.tr("Traceability"))
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Export failed"),
                self.tr("Cannot write {file}: {reason}").format(file=out.name, reason=exc.strerror or str(exc)),
            )
            return None
        return out

    # -- per investment --------------------------------------------------------------------

    def _refresh_investment(self) -> None:
        model = self.document.model
        alt_id = self.investment_combo.currentData()
        alt = model.alternative(alt_id) if alt_id else None
        if alt is None:
            empty = self.tr("The project has no investments yet.")
            self.investment_text.setHtml(f"<p>{html.escape(empty)}</p>")
            return
        served = goals_for_alternative(model, alt.id)
        ref = model.do_nothing()
        basis = (
            self.tr("compared with {reference}").format(reference=ref.name)
            if ref is not None and ref.id != alt.id
            else self.tr("compared with the worst value")
        )
        parts = [f"<h3>{html.escape(alt.name)}</h3>"]
        if not served:
            none = self.tr("This investment serves none of the goals ({basis}).").format(basis=basis)
            parts.append(f"<p>{html.escape(none)}</p>")
        else:
            parts.append(
                "<p>"
                + html.escape(self.tr("This investment serves these goals ({basis}):").format(basis=basis))
                + "</p><ol>"
            )
            names = {c.id: c.name for c in model.walk_criteria()}
            loc = QLocale()
            through_word = self.tr("through")
            quoted = self.tr("“{quote}”")
            for s in served:
                doc = s.document
                where = self.tr("{document}, page {page}").format(
                    document=doc.title if doc is not None else s.goal.document,
                    page=s.goal.page if s.goal.page is not None else "?",
                )
                through = ", ".join(f"{names.get(leaf, leaf)} (+{loc.toString(gain, 'f', 2)})" for leaf, gain in s.leaves)
                paraphrase = f"<br/><i>{html.escape(s.goal.paraphrase)}</i>" if s.goal.paraphrase else ""
                parts.append(
                    f"<li><blockquote>{html.escape(quoted.format(quote=' '.join(s.goal.quote.split())))}</blockquote>"
                    f"<small>{html.escape(where)}</small>{paraphrase}<br/>"
                    f"<small>{html.escape(through_word)} {html.escape(through)}</small></li>"
                )
            parts.append("</ol>")
        self.investment_text.setHtml("".join(parts))

    def show_investment(self, alternative_id: str) -> None:
        i = self.investment_combo.findData(alternative_id)
        if i >= 0:
            self.investment_combo.setCurrentIndex(i)


def _short(text: str, width: int = 70) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"
