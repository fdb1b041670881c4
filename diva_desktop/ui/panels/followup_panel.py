"""The Follow-up step (uppföljning): indicators, measurements and realised value (spec §1.6).

Left, the indicators of the decided investments in a table (baseline, target,
latest measurement, progress, plan and status as text with a colour swatch); add,
edit and delete them (each one undoable command). Below, the selected indicator's
measurements, by date: a new measurement is added with its date, value and note.
The log is append-only: a correction is a new measurement with a note, and only
undo takes back the last one added.

Right, in tabs: the selected indicator's measurements against its plan (a straight
line from the baseline to the target), and the expected against the realised value
of every investment with the realisation index and the share of weight measured.

Every figure comes from :func:`diva_desktop.core.followup.evaluate_followup` at
the as-of date, the same function ``diva followup`` prints. An edit of the model
marks the figures out of date; they are recomputed a moment later while the panel
is shown, or when it is shown next.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QItemSelectionModel, QLocale, QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from diva_desktop.core import hierarchy
from diva_desktop.core.analysis.values import Evaluation, prepare
from diva_desktop.core.commands import (
    AddIndicator,
    AddMeasurement,
    ChangeSet,
    RemoveIndicator,
    UpdateIndicator,
    changes,
)
from diva_desktop.core.errors import DivaError, Problem
from diva_desktop.core.followup import STATUSES, FollowUpResult, evaluate_followup
from diva_desktop.core.model import Indicator, LevelsScale, Measurement, Model, Observation

from ..charts.base import fmt_percent
from ..charts.realisation_chart import ChartMeasurement, IndicatorChart, RealisationChart, ValueRow
from ..dialogs.common import confirm
from ..document import ProjectDocument
from ..icons import icon
from ..messages import QT_TRANSLATE_NOOP, problem_sentence
from ..models.followup_model import (
    IndicatorTableModel,
    MeasurementTableModel,
    RealisationTableModel,
    status_label,
)
from ..numbers import format_plain, parse_number
from ..widgets.section_title import section_title
from .criteria_panel import tool_button

DEBOUNCE_MS = 150

VALUE_PARTS = frozenset({"criteria", "alternatives", "scores", "weights", "participants"})
"""Parts of the model the expected values depend on (the evaluation is reused otherwise)."""

PROBLEM_TEXTS: dict[str, str] = {
    "unknown_indicator": QT_TRANSLATE_NOOP(
        "FollowUpProblem", "A measurement refers to the indicator ‘{indicator}’, which does not exist."
    ),
    "bad_date": QT_TRANSLATE_NOOP("FollowUpProblem", "‘{value}’ is not a date; write it as YYYY-MM-DD."),
    "measurement_before_baseline": QT_TRANSLATE_NOOP(
        "FollowUpProblem",
        "A measurement of ‘{indicator}’ ({date}) is older than its baseline ({baseline_date}).",
    ),
    "measurement_outside_scale": QT_TRANSLATE_NOOP(
        "FollowUpProblem",
        "A measurement of ‘{indicator}’ ({value}) is outside the criterion's scale {low}–{high}; "
        "the realised value takes it at the scale's end.",
    ),
    "levels_scale_measurement": QT_TRANSLATE_NOOP(
        "FollowUpProblem",
        "‘{criterion}’ is scored with levels, so the numbers measured by ‘{indicator}’ cannot replace its score; "
        "the realised value keeps the planned score.",
    ),
    "indicator_not_leaf": QT_TRANSLATE_NOOP(
        "FollowUpProblem",
        "‘{criterion}’ has sub-criteria, so the measurements of ‘{indicator}’ are not used in the realised value.",
    ),
    "duplicate_indicator_link": QT_TRANSLATE_NOOP(
        "FollowUpProblem",
        "‘{indicator}’ follows the same investment and criterion as ‘{other}’; the first with a measurement is used.",
    ),
}


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(qdate: QDate) -> dt.date:
    return dt.date(qdate.year(), qdate.month(), qdate.day())


def _date_edit(parent: QWidget, day: dt.date) -> QDateEdit:
    edit = QDateEdit(_qdate(day), parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
    edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance("2026-12-31") + 48)
    return edit


class IndicatorDialog(QDialog):
    """Add or edit an indicator: its link, unit, owner, source, baseline and target."""

    def __init__(self, model: Model, indicator: Indicator | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._original = indicator
        self.setWindowTitle(self.tr("Edit indicator") if indicator is not None else self.tr("New indicator"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name_edit = QLineEdit(self)
        form.addRow(self.tr("&Name:"), self.name_edit)
        self.alternative_combo = QComboBox(self)
        self.alternative_combo.addItem(self.tr("(none)"), None)
        for alt in model.alternatives:
            self.alternative_combo.addItem(alt.name, alt.id)
        form.addRow(self.tr("&Investment:"), self.alternative_combo)
        self.criterion_combo = QComboBox(self)
        self.criterion_combo.addItem(self.tr("(none)"), None)
        for crit in model.leaves():
            label = crit.name
            if isinstance(crit.effective_scale, LevelsScale):
                label = self.tr("{name} (levels: not measurable as a number)").format(name=crit.name)
            self.criterion_combo.addItem(label, crit.id)
        self.criterion_combo.currentIndexChanged.connect(self._on_criterion_combo_changed)
        form.addRow(self.tr("&Criterion:"), self.criterion_combo)
        self.unit_edit = QLineEdit(self)
        form.addRow(self.tr("&Unit:"), self.unit_edit)
        self.owner_edit = QLineEdit(self)
        form.addRow(self.tr("&Owner:"), self.owner_edit)
        self.source_edit = QLineEdit(self)
        form.addRow(self.tr("Data &source:"), self.source_edit)
        today = dt.date.today()
        self.baseline_edit = QLineEdit(self)
        self.baseline_edit.setPlaceholderText(self.tr("number"))
        self.baseline_date = _date_edit(self, today)
        row = QHBoxLayout()
        row.addWidget(self.baseline_edit, 1)
        row.addWidget(QLabel(self.tr("on"), self))
        row.addWidget(self.baseline_date)
        baseline_label = QLabel(self.tr("&Baseline:"), self)
        baseline_label.setBuddy(self.baseline_edit)
        form.addRow(baseline_label, row)
        self.target_edit = QLineEdit(self)
        self.target_edit.setPlaceholderText(self.tr("number"))
        self.target_date = _date_edit(
            self, today.replace(year=today.year + 3) if not (today.month == 2 and today.day == 29) else today
        )
        row = QHBoxLayout()
        row.addWidget(self.target_edit, 1)
        row.addWidget(QLabel(self.tr("by"), self))
        row.addWidget(self.target_date)
        target_label = QLabel(self.tr("&Target:"), self)
        target_label.setBuddy(self.target_edit)
        form.addRow(target_label, row)
        layout.addLayout(form)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("problemLabel")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if indicator is not None:
            self._load(indicator)
        self.resize(520, self.sizeHint().height())

    def _load(self, ind: Indicator) -> None:
        self.name_edit.setText(ind.name)
        self.alternative_combo.setCurrentIndex(max(0, self.alternative_combo.findData(ind.alternative)))
        self.criterion_combo.setCurrentIndex(max(0, self.criterion_combo.findData(ind.criterion)))
        self.unit_edit.setText(ind.unit or "")
        self.owner_edit.setText(ind.owner or "")
        self.source_edit.setText(ind.source or "")
        for obs, value_edit, date_edit in (
            (ind.baseline, self.baseline_edit, self.baseline_date),
            (ind.target, self.target_edit, self.target_date),
        ):
            if obs is None:
                continue
            value_edit.setText(format_plain(obs.value))
            if obs.date:
                try:
                    date_edit.setDate(_qdate(dt.date.fromisoformat(obs.date)))
                except ValueError:
                    pass

    def _on_criterion_combo_changed(self, _index: int) -> None:
        crit_id = self.criterion_combo.currentData()
        crit = self._model.criterion(crit_id) if crit_id else None
        if crit is not None and crit.unit and not self.unit_edit.text().strip():
            self.unit_edit.setText(crit.unit)

    def _observation(self, text: str, date_edit: QDateEdit) -> Observation | str | None:
        if not text.strip():
            return None
        value = parse_number(text)
        if value is None:
            return text
        return Observation(value, _pydate(date_edit.date()).isoformat())

    def indicator(self) -> Indicator | None:
        """The indicator as filled in, or ``None`` (the reason in :attr:`error_label`)."""
        name = self.name_edit.text().strip()
        if not name:
            self._refuse(self.tr("Give the indicator a name."))
            return None
        baseline = self._observation(self.baseline_edit.text(), self.baseline_date)
        target = self._observation(self.target_edit.text(), self.target_date)
        for obs in (baseline, target):
            if isinstance(obs, str):
                self._refuse(self.tr("‘{text}’ is not a number.").format(text=obs))
                return None
        assert not isinstance(baseline, str) and not isinstance(target, str)
        if baseline is not None and target is not None and (baseline.date or "") >= (target.date or ""):
            self._refuse(self.tr("The target date must come after the baseline date."))
            return None
        taken = [
            i.id
            for i in self._model.followup.indicators
            if self._original is None or i.id != self._original.id
        ]
        ind_id = (
            self._original.id if self._original is not None else hierarchy.unique_id(name, taken, "indicator")
        )
        return Indicator(
            id=ind_id,
            name=name,
            alternative=self.alternative_combo.currentData(),
            criterion=self.criterion_combo.currentData(),
            unit=self.unit_edit.text().strip() or None,
            owner=self.owner_edit.text().strip() or None,
            source=self.source_edit.text().strip() or None,
            baseline=baseline,
            target=target,
        )

    def _refuse(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def accept(self) -> None:
        if self.indicator() is not None:
            super().accept()


class FollowUpPanel(QWidget):
    """The Follow-up step (see the module documentation)."""

    def __init__(self, document: ProjectDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self._result: FollowUpResult | None = None
        self._failure: str | None = None
        self._evaluation: Evaluation | None = None
        self._evaluation_model: Model | None = None
        self._stale = True
        self._current: str | None = None
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self._on_debounce_timeout)

        self.indicator_model = IndicatorTableModel(document, self)
        self.measurement_model = MeasurementTableModel(document, self)
        self.realisation_model = RealisationTableModel(document, self)
        self._build()
        document.model_changed.connect(self._on_document_model_changed)
        self.indicator_model.modelReset.connect(self._on_indicator_model_reset)
        self.refresh()
        if self.indicator_model.rowCount():
            self.select_indicator(self.indicator_model.indicator(0).id)  # type: ignore[union-attr]

    # -- layout -------------------------------------------------------------------------

    def _action(
        self, text: str, icon_name: str, shortcut: str | QKeySequence.StandardKey, slot: Any
    ) -> QAction:
        action = QAction(icon(icon_name), text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setToolTip(text.replace("&", ""))
        action.triggered.connect(slot)
        self.indicator_table.addAction(action)
        return action

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        title = QLabel(self.tr("Follow-up"), self)
        title.setObjectName("panelTitle")
        hint = QLabel(
            self.tr(
                "Follow the benefits of the decided investments: each indicator has a baseline, a target value "
                "and a target date; measurements show how far it has come. The realised value puts the latest "
                "measurements into the value model in place of the planned scores."
            ),
            self,
        )
        hint.setWordWrap(True)
        layout.addWidget(title)
        layout.addWidget(hint)

        top = QHBoxLayout()
        as_of_label = QLabel(self.tr("&As of:"), self)
        self.as_of_edit = _date_edit(self, dt.date.today())
        self.as_of_edit.setAccessibleName(self.tr("As-of date"))
        self.as_of_edit.setToolTip(self.tr("Measurements after this date are not counted"))
        as_of_label.setBuddy(self.as_of_edit)
        self.as_of_edit.dateChanged.connect(self._on_as_of_edit_date_changed)
        self.today_button = QPushButton(self.tr("T&oday"), self)
        self.today_button.clicked.connect(self._on_today_button_clicked)
        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        self.summary_label.setAccessibleName(self.tr("Status summary"))
        top.addWidget(as_of_label)
        top.addWidget(self.as_of_edit)
        top.addWidget(self.today_button)
        top.addSpacing(16)
        top.addWidget(self.summary_label, 1)
        layout.addLayout(top)

        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.setChildrenCollapsible(False)
        split.addWidget(self._build_left())
        split.addWidget(self._build_right())
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setSizes([690, 500])
        layout.addWidget(split, 1)

        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.status_label.setObjectName("problemLabel")
        self.status_label.hide()
        layout.addWidget(self.status_label)
        self.warnings_label = QLabel(self)
        self.warnings_label.setWordWrap(True)
        self.warnings_label.setAccessibleName(self.tr("Warnings"))
        self.warnings_label.hide()
        layout.addWidget(self.warnings_label)

    def _build_left(self) -> QWidget:
        left = QSplitter(Qt.Orientation.Vertical)
        left.setChildrenCollapsible(False)
        top = QWidget(left)
        tl = QVBoxLayout(top)
        tl.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        head.addWidget(section_title(self.tr("Indicators"), top))
        self.indicator_table = QTableView(top)
        self.indicator_table.setModel(self.indicator_model)
        self.indicator_table.setAccessibleName(self.tr("Indicators"))
        self.indicator_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.indicator_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.indicator_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.indicator_table.setWordWrap(False)
        self.indicator_table.verticalHeader().hide()
        header = self.indicator_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.resizeSection(IndicatorTableModel.NAME, 200)
        for col, width in (
            (IndicatorTableModel.ALTERNATIVE, 130),
            (IndicatorTableModel.STATUS, 130),
            (IndicatorTableModel.PROGRESS, 70),
            (IndicatorTableModel.PLANNED, 50),
            (IndicatorTableModel.LATEST, 150),
            (IndicatorTableModel.BASELINE, 150),
            (IndicatorTableModel.TARGET, 150),
        ):
            header.resizeSection(col, width)
        self.indicator_table.selectionModel().currentRowChanged.connect(
            self._on_indicator_table_current_changed
        )
        self.indicator_table.doubleClicked.connect(self._on_indicator_table_double_clicked)
        self.add_action = self._action(
            self.tr("&Add indicator…"), "add", "Ins", self._on_add_action_triggered
        )
        self.edit_action = self._action(
            self.tr("&Edit indicator…"), "duplicate", "F2", self._on_edit_action_triggered
        )
        self.delete_action = self._action(
            self.tr("&Delete indicator"),
            "delete",
            QKeySequence.StandardKey.Delete,
            self._on_delete_action_triggered,
        )
        self.indicator_table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for action in (self.add_action, self.edit_action, self.delete_action):
            button = tool_button(action, top)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            head.addWidget(button)
        head.addStretch(1)
        tl.addLayout(head)
        tl.addWidget(self.indicator_table, 1)

        bottom = QWidget(left)
        bl = QVBoxLayout(bottom)
        bl.setContentsMargins(0, 4, 0, 0)
        self.measurements_title = section_title(self.tr("Measurements"), bottom)
        bl.addWidget(self.measurements_title)
        entry = QHBoxLayout()
        self.measurement_date = _date_edit(bottom, dt.date.today())
        self.measurement_date.setAccessibleName(self.tr("Date of the measurement"))
        self.measurement_value = QLineEdit(bottom)
        self.measurement_value.setPlaceholderText(self.tr("value"))
        self.measurement_value.setAccessibleName(self.tr("Measured value"))
        self.measurement_value.setMaximumWidth(120)
        self.measurement_note = QLineEdit(bottom)
        self.measurement_note.setPlaceholderText(
            self.tr("note (for example the source, or what it corrects)")
        )
        self.measurement_note.setAccessibleName(self.tr("Note on the measurement"))
        self.add_measurement_button = QPushButton(self.tr("Add &measurement"), bottom)
        self.add_measurement_button.clicked.connect(self._on_add_measurement_button_clicked)
        self.measurement_value.returnPressed.connect(self._on_add_measurement_button_clicked)
        self.measurement_note.returnPressed.connect(self._on_add_measurement_button_clicked)
        entry.addWidget(self.measurement_date)
        entry.addWidget(self.measurement_value)
        entry.addWidget(self.measurement_note, 1)
        entry.addWidget(self.add_measurement_button)
        bl.addLayout(entry)
        self.measurement_error = QLabel(bottom)
        self.measurement_error.setObjectName("problemLabel")
        self.measurement_error.hide()
        bl.addWidget(self.measurement_error)
        append_only = QLabel(
            self.tr(
                "Measurements are kept as entered. To correct one, add a new measurement with a note; "
                "Undo takes back the last one added."
            ),
            bottom,
        )
        append_only.setWordWrap(True)
        bl.addWidget(append_only)
        self.measurement_table = QTableView(bottom)
        self.measurement_table.setModel(self.measurement_model)
        self.measurement_table.setAccessibleName(self.tr("Measurements of the selected indicator"))
        self.measurement_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.measurement_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.measurement_table.verticalHeader().hide()
        mh = self.measurement_table.horizontalHeader()
        mh.setStretchLastSection(True)
        mh.resizeSection(MeasurementTableModel.DATE, 110)
        mh.resizeSection(MeasurementTableModel.VALUE, 110)
        mh.resizeSection(MeasurementTableModel.PROGRESS, 90)
        bl.addWidget(self.measurement_table, 1)
        left.addWidget(top)
        left.addWidget(bottom)
        left.setStretchFactor(0, 1)
        left.setStretchFactor(1, 1)
        return left

    def _build_right(self) -> QWidget:
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setAccessibleName(self.tr("Follow-up results"))
        self.indicator_chart = IndicatorChart(
            self.tr("Indicator over time"),
            self.tr(
                "The measurements against the plan: a straight line from the baseline to the target value."
            ),
        )
        self.indicator_chart.set_empty_text(self.tr("Select an indicator to see its measurements."))
        self.tabs.addTab(self.indicator_chart, self.tr("&Indicator"))
        page = QSplitter(Qt.Orientation.Vertical)
        page.setChildrenCollapsible(False)
        self.value_chart = RealisationChart(
            self.tr("Expected and realised value"),
            self.tr(
                "For each investment the value the decision expected and the value with the latest measurements "
                "in place of the planned scores; the dotted line is the do-nothing alternative."
            ),
        )
        page.addWidget(self.value_chart)
        self.realisation_table = QTableView(page)
        self.realisation_table.setModel(self.realisation_model)
        self.realisation_table.setAccessibleName(self.tr("Expected and realised value per investment"))
        self.realisation_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.realisation_table.verticalHeader().hide()
        self.realisation_table.setWordWrap(False)
        rh = self.realisation_table.horizontalHeader()
        rh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        rh.setSectionResizeMode(RealisationTableModel.NAME, QHeaderView.ResizeMode.Stretch)
        page.addWidget(self.realisation_table)
        page.setSizes([420, 260])
        self.tabs.addTab(page, self.tr("&Value per investment"))
        return self.tabs

    # -- state ----------------------------------------------------------------------------

    @property
    def result(self) -> FollowUpResult | None:
        """The figures shown (``None`` if the model cannot be evaluated)."""
        return self._result

    def is_stale(self) -> bool:
        """True while the figures shown belong to an earlier model or date."""
        return self._stale

    def as_of(self) -> dt.date:
        return _pydate(self.as_of_edit.date())

    def set_as_of(self, day: dt.date) -> None:
        self.as_of_edit.setDate(_qdate(day))

    def current_indicator_id(self) -> str | None:
        return self._current

    def select_indicator(self, indicator_id: str | None) -> None:
        row = -1 if indicator_id is None else self.indicator_model.row_of(indicator_id)
        if row < 0:
            self.indicator_table.selectionModel().clearSelection()
            self._set_current(None)
            return
        self.indicator_table.selectionModel().setCurrentIndex(
            self.indicator_model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )
        self._set_current(indicator_id)

    def _set_current(self, indicator_id: str | None) -> None:
        self._current = indicator_id
        self.measurement_model.set_indicator(indicator_id)
        self._show_current()

    # -- computing ------------------------------------------------------------------------

    def _mark_stale(self) -> None:
        self._stale = True
        self.indicator_chart.set_stale(True)
        self.value_chart.set_stale(True)
        if self.isVisible():
            self._debounce.start()

    def _on_debounce_timeout(self) -> None:
        if self._stale:
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:  # computed in milliseconds: fresh figures before the first paint
            self.refresh()

    def _evaluation_for(self, model: Model) -> Evaluation:
        cached = self._evaluation_model
        if (
            self._evaluation is not None
            and cached is not None
            and not (changes(cached, model).parts & VALUE_PARTS)
        ):
            return self._evaluation
        ev = prepare(model)
        self._evaluation, self._evaluation_model = ev, model
        return ev

    def refresh(self) -> None:
        """Recompute the figures for the current model and as-of date (the core's function)."""
        self._debounce.stop()
        model = self.document.model
        try:
            result: FollowUpResult | None = evaluate_followup(
                model, self.as_of(), evaluation=self._evaluation_for(model) if model.alternatives else None
            )
            self._failure = None
        except DivaError as exc:
            result = None
            self._failure = (
                self.tr("The follow-up cannot be computed:")
                + "\n"
                + "\n".join(self._problem_text(p, with_location=True) for p in exc.problems[:12])
            )
        except ValueError as exc:  # a model that prepare() cannot handle
            result = None
            self._failure = self.tr("The follow-up cannot be computed:") + f"\n{exc}"
        self._result = result
        self._stale = False
        self.indicator_model.set_result(result)
        self.measurement_model.set_as_of(self.as_of())
        self.realisation_model.set_result(result)
        self.indicator_chart.set_stale(False)
        self.value_chart.set_stale(False)
        self._show_summary()
        self._show_values()
        self._show_current()

    def _problem_text(self, p: Problem, *, with_location: bool = False) -> str:
        """A follow-up problem as a sentence in the user's language (others through ``messages``)."""
        template = PROBLEM_TEXTS.get(p.code)
        if template is None:
            text = problem_sentence(p, self.document.model)
            return text if with_location or not p.location else text.removeprefix(f"{p.location}: ")
        params: dict[str, Any] = {}
        model = self.document.model
        for key, value in p.params.items():
            if key in ("indicator", "other"):
                ind = next((i for i in model.followup.indicators if i.id == value), None)
                params[key] = ind.name if ind is not None else value
            elif key == "criterion":
                crit = model.criterion(str(value))
                params[key] = crit.name if crit is not None else value
            elif isinstance(value, float | int) and not isinstance(value, bool):
                params[key] = QLocale().toString(float(value), "g", 12)
            else:
                params[key] = value
        try:
            text = QCoreApplication.translate("FollowUpProblem", template).format(**params)
        except (KeyError, IndexError, ValueError):
            return p.message
        return f"{p.location}: {text}" if with_location and p.location else text

    def _show_summary(self) -> None:
        self.status_label.setVisible(self._failure is not None)
        self.status_label.setText(self._failure or "")
        r = self._result
        if r is None:
            self.summary_label.setText("")
            self.warnings_label.hide()
            return
        counts = dict.fromkeys(STATUSES, 0)
        for s in r.indicators:
            counts[s.status] += 1
        parts = [f"{status_label(code)}: {n}" for code, n in counts.items() if n]
        if parts:
            self.summary_label.setText(
                self.tr("{count} indicators — {statuses}").format(
                    count=len(r.indicators), statuses=", ".join(parts)
                )
            )
        else:
            self.summary_label.setText(self.tr("No indicators yet. Add one for each benefit to follow up."))
        if r.warnings:
            lines = [self._problem_text(p) for p in r.warnings[:8]]
            if len(r.warnings) > 8:
                lines.append(self.tr("… and {count} more").format(count=len(r.warnings) - 8))
            self.warnings_label.setText("\n".join("⚠ " + line for line in lines))
            self.warnings_label.show()
        else:
            self.warnings_label.hide()

    def _show_values(self) -> None:
        r = self._result
        if r is None:
            self.value_chart.set_data([], reference=None)
            return
        model = self.document.model
        rows = []
        reference: float | None = None
        reference_name = ""
        for a in r.alternatives:
            alt = model.alternative(a.alternative)
            name = alt.name if alt is not None else a.alternative
            if a.alternative == r.do_nothing:
                reference, reference_name = a.expected, name
            rows.append(ValueRow(name, a.expected, a.realised, a.index, a.coverage))
        self.value_chart.set_data(rows, reference=reference, reference_name=reference_name)

    def _show_current(self) -> None:
        model = self.document.model
        ind = next((i for i in model.followup.indicators if i.id == self._current), None)
        has = ind is not None
        for w in (self.edit_action, self.delete_action):
            w.setEnabled(has)
        for widget in (
            self.measurement_date,
            self.measurement_value,
            self.measurement_note,
            self.add_measurement_button,
        ):
            widget.setEnabled(has)
        if ind is None:
            self.measurements_title.setText(self.tr("Measurements"))
            self.indicator_chart.set_title(self.tr("Indicator over time"))
            self.indicator_chart.set_data([], baseline=None, target=None, as_of=None)
            return
        self.measurements_title.setText(self.tr("Measurements of ‘{name}’").format(name=ind.name))
        status = self._result.indicator(ind.id) if self._result is not None else None
        title = ind.name
        if status is not None:
            title = self.tr("{name} — {status}, progress {progress} (plan {plan})").format(
                name=ind.name,
                status=status_label(status.status),
                progress=fmt_percent(status.progress),
                plan=fmt_percent(status.planned_progress),
            )
        self.indicator_chart.set_title(title)
        points = []
        for m in model.followup.measurements:
            if m.indicator != ind.id:
                continue
            try:
                day = dt.date.fromisoformat(m.date)
            except ValueError:
                continue
            if day <= self.as_of():
                points.append(ChartMeasurement(day, m.value, m.note or ""))

        def end(obs: Observation | None) -> tuple[dt.date, float] | None:
            if obs is None or not obs.date:
                return None
            try:
                return dt.date.fromisoformat(obs.date), obs.value
            except ValueError:
                return None

        self.indicator_chart.set_data(
            points,
            baseline=end(ind.baseline),
            target=end(ind.target),
            as_of=self.as_of(),
            unit=ind.unit or "",
        )

    # -- events ---------------------------------------------------------------------------

    def _on_document_model_changed(self, change: ChangeSet) -> None:
        if change.followup or (change.parts & VALUE_PARTS):
            self._mark_stale()
        if change.followup and self._current is not None and self.indicator_model.row_of(self._current) < 0:
            self._set_current(None)

    def _on_indicator_model_reset(self) -> None:
        if self._current is not None and self.indicator_model.row_of(self._current) >= 0:
            self.select_indicator(self._current)
        elif self._current is None and self.indicator_model.rowCount():
            self.select_indicator(self.document.model.followup.indicators[0].id)
        else:
            self._set_current(None)

    def _on_indicator_table_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        ind = self.indicator_model.indicator(current.row()) if current.isValid() else None
        if (ind.id if ind is not None else None) != self._current:
            self._set_current(ind.id if ind is not None else None)

    def _on_indicator_table_double_clicked(self, _index: QModelIndex) -> None:
        self.edit_current()

    def _on_as_of_edit_date_changed(self, _date: QDate) -> None:
        self._mark_stale()
        self.refresh()

    def _on_today_button_clicked(self) -> None:
        self.set_as_of(dt.date.today())

    def _on_add_action_triggered(self) -> None:
        self.add_indicator()

    def _on_edit_action_triggered(self) -> None:
        self.edit_current()

    def _on_delete_action_triggered(self) -> None:
        self.delete_current()

    def _on_add_measurement_button_clicked(self) -> None:
        self.add_measurement()

    # -- edits ----------------------------------------------------------------------------

    def _dialog(self, indicator: Indicator | None) -> IndicatorDialog:
        return IndicatorDialog(self.document.model, indicator, self)

    def add_indicator(self, indicator: Indicator | None = None) -> str | None:
        """Add ``indicator`` (or one filled in a dialog) after the current one; returns its id."""
        if indicator is None:
            dialog = self._dialog(None)
            if self._current is not None:
                cur = next(
                    (i for i in self.document.model.followup.indicators if i.id == self._current), None
                )
                if cur is not None:
                    dialog.alternative_combo.setCurrentIndex(
                        max(0, dialog.alternative_combo.findData(cur.alternative))
                    )
            if not dialog.exec():
                return None
            indicator = dialog.indicator()
            if indicator is None:
                return None
        row = self.indicator_model.row_of(self._current) + 1 if self._current is not None else None
        if not self.document.execute(AddIndicator(row, indicator)):
            return None
        self.select_indicator(indicator.id)
        return indicator.id

    def edit_current(self, **fields: Any) -> bool:
        """Change the current indicator: the given fields, or what is filled in a dialog."""
        ind = next((i for i in self.document.model.followup.indicators if i.id == self._current), None)
        if ind is None:
            return False
        if not fields:
            dialog = self._dialog(ind)
            if not dialog.exec():
                return False
            edited = dialog.indicator()
            if edited is None:
                return False
            fields = {
                k: getattr(edited, k)
                for k in UpdateIndicator.allowed
                if getattr(edited, k) != getattr(ind, k)
            }
            if not fields:
                return True
        ok = self.document.execute(UpdateIndicator(ind.id, fields))
        self.select_indicator(ind.id)
        return ok

    def delete_current(self) -> bool:
        """Delete the current indicator (asking first when it has measurements)."""
        ind = next((i for i in self.document.model.followup.indicators if i.id == self._current), None)
        if ind is None:
            return False
        count = sum(m.indicator == ind.id for m in self.document.model.followup.measurements)
        if count and not confirm(
            self,
            self.tr("Delete indicator"),
            self.tr(
                "‘{name}’ has {count} measurements. Delete it with its measurements? (You can undo it.)"
            ).format(name=ind.name, count=count),
        ):
            return False
        row = self.indicator_model.row_of(ind.id)
        if not self.document.execute(RemoveIndicator(ind.id)):
            return False
        remaining = self.document.model.followup.indicators
        self.select_indicator(remaining[min(row, len(remaining) - 1)].id if remaining else None)
        return True

    def add_measurement(
        self, day: dt.date | None = None, value: float | None = None, note: str | None = None
    ) -> bool:
        """Append a measurement of the current indicator (arguments, or the entry fields)."""
        if self._current is None:
            return False
        if value is None:
            text = self.measurement_value.text()
            value = parse_number(text)
            if value is None:
                self.measurement_error.setText(
                    self.tr("‘{text}’ is not a number.").format(text=text)
                    if text.strip()
                    else self.tr("Give the measured value.")
                )
                self.measurement_error.show()
                return False
        if day is None:
            day = _pydate(self.measurement_date.date())
        if note is None:
            note = self.measurement_note.text().strip() or None
        self.measurement_error.hide()
        measurement = Measurement(self._current, day.isoformat(), value, note)
        if not self.document.execute(AddMeasurement(measurement)):
            return False
        self.measurement_value.clear()
        self.measurement_note.clear()
        return True


__all__ = ["FollowUpPanel", "IndicatorDialog"]
