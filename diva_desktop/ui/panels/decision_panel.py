"""The Decision step: record a decided model version (fastställd modellversion) and follow it.

Left, the form of a decision: the deciding body (KF, KS, a nämnd …), the decision
date, the reference (diarienummer, paragraf), a label, the decided investments —
a checkable list pre-filled with the focal optimum of the portfolio analysis
(:func:`~diva_desktop.core.decisions.focal_portfolio`), editable — and a note with
the motivation. *Record decision* freezes the model as it is shown into the
project file, with these details.

Right, the decided versions of the project, newest first, with their details; for
the selected one what changed since the decision
(:func:`~diva_desktop.core.decisions.compare_models`, the comparison ``diva
decisions --compare`` prints) and whether its decided portfolio is still
feasible and still the focal optimum under the current model
(:func:`~diva_desktop.core.decisions.portfolio_status`). A decided version can
be viewed read-only or exported to a JSON model. The portfolio check solves the
focal optimum's 0-1 programme, so it runs on a worker thread
(:class:`~diva_desktop.ui.analysis_runner.AnalysisRunner`); the comparison is
immediate.

Recording a decision is not an edit of the model: it goes on no undo stack and
does not mark the project modified. It must be durable at once, so it is written
straight into the ``.diva`` file in one transaction
(:meth:`~diva_desktop.storage.ProjectStore.add_snapshot`); the file's model rows
are not touched. What is frozen is the model on screen, including changes not
yet saved. A project without a ``.diva`` file (new, the example, or a ``.json``
model) is first saved as a project, after asking. Saving, *Save as* (which
copies the open project's decisions) and saving a recovered model all keep the
recorded decisions. If the file cannot be written, a dialog names the file, the
reason and the fix; the file and the open model stay as they were.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from diva_desktop.core.commands import ChangeSet
from diva_desktop.core.decisions import (
    ModelComparison,
    PortfolioStatus,
    ScorePair,
    Violation,
    compare_models,
    focal_portfolio,
    portfolio_status,
)
from diva_desktop.core.errors import DivaError, Problem
from diva_desktop.core.model import ROOT_ID, Criterion, Model
from diva_desktop.storage import PROJECT_SUFFIX, ProjectStore, SnapshotInfo, is_project_file, save_project

from ..analysis_runner import AnalysisRunner, Job
from ..dialogs.common import show_problems
from ..document import ProjectDocument
from ..numbers import format_number
from ..widgets.section_title import section_title

BODIES = ("KF", "KS", "Nämnd")
"""Suggestions for the deciding body; any text is accepted."""

DEBOUNCE_MS = 250
STATUS_JOB = "decision_status"


def _status_job(
    model: Model, chosen: Sequence[str], *, progress: Any = None, cancel: Any = None
) -> PortfolioStatus:
    """The decided portfolio's status, on a worker thread (a 0-1 programme: may take a second)."""
    return portfolio_status(model, chosen)


def _names(*models: Model) -> dict[str, str]:
    """Names of alternatives and criteria by id (later models win)."""
    out: dict[str, str] = {}
    for m in models:
        out.update({a.id: a.name or a.id for a in m.alternatives})
        out.update({c.id: c.name or c.id for c in m.walk_criteria()})
    return out


class DecisionPanel(QWidget):
    """The Decision step (see the module documentation).

    Signals:
        status_checked(): the decided portfolio's status under the current model is shown.
    """

    status_checked = Signal()

    def __init__(self, document: ProjectDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.decisions: list[SnapshotInfo] = []
        self.comparison: ModelComparison | None = None
        self.status: PortfolioStatus | None = None
        self._decided: Model | None = None
        self._chosen_edited = False
        self._prefilled_for: Model | None = None
        self._pending = True
        self._dialog: DecidedVersionDialog | None = None
        self._refresh = QTimer(self)
        self._refresh.setSingleShot(True)
        self._refresh.setInterval(DEBOUNCE_MS)
        self._refresh.timeout.connect(self._show_selected)
        self.runner = AnalysisRunner(self)
        self.runner.finished.connect(self._on_runner_finished)
        self.runner.failed.connect(self._on_runner_failed)

        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Decision"), self)
        title.setObjectName("panelTitle")
        layout.addWidget(title)
        intro = QLabel(
            self.tr(
                "Record what the deciding body adopted: the model as it stands is frozen as a decided "
                "model version in the project file, with the decided investments. Later you see what "
                "has changed since and whether the decided portfolio still holds."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.setChildrenCollapsible(False)
        split.addWidget(self._build_form())
        split.addWidget(self._build_history())
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setSizes([430, 640])
        layout.addWidget(split, 1)

        document.model_changed.connect(self._on_document_model_changed)
        document.path_changed.connect(self._on_document_path_changed)
        self._fill_alternatives()
        self._load_decisions()

    # -- building -------------------------------------------------------------------

    def _build_form(self) -> QWidget:
        box = QWidget(self)
        outer = QVBoxLayout(box)
        outer.setContentsMargins(0, 0, 6, 0)
        outer.addWidget(section_title(self.tr("Record a decision"), box))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.body_edit = QComboBox(box)
        self.body_edit.setEditable(True)
        self.body_edit.addItems(list(BODIES))
        self.body_edit.setToolTip(
            self.tr("Who decided: kommunfullmäktige (KF), kommunstyrelsen (KS), a committee (nämnd) …")
        )
        self.body_edit.setAccessibleName(self.tr("Deciding body"))
        form.addRow(self.tr("Deciding &body:"), self.body_edit)
        self.date_edit = QDateEdit(QDate.currentDate(), box)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setAccessibleName(self.tr("Decision date"))
        form.addRow(self.tr("&Date:"), self.date_edit)
        self.reference_edit = QLineEdit(box)
        self.reference_edit.setPlaceholderText(self.tr("e.g. KS 2026/0123, § 45"))
        self.reference_edit.setToolTip(
            self.tr("The registration number (diarienummer) and minutes paragraph")
        )
        self.reference_edit.setAccessibleName(self.tr("Reference"))
        form.addRow(self.tr("&Reference:"), self.reference_edit)
        self.label_edit = QLineEdit(box)
        self.label_edit.setPlaceholderText(self.tr("e.g. Investment decision 2026"))
        self.label_edit.setAccessibleName(self.tr("Label"))
        form.addRow(self.tr("&Label:"), self.label_edit)
        outer.addLayout(form)

        row = QHBoxLayout()
        chosen_label = QLabel(self.tr("Decided &investments:"), box)
        row.addWidget(chosen_label, 1)
        self.optimum_button = QPushButton(self.tr("Use the &focal optimum"), box)
        self.optimum_button.setToolTip(
            self.tr("Check the investments of the portfolio analysis's focal optimum under the current model")
        )
        self.optimum_button.clicked.connect(self._on_optimum_button_clicked)
        row.addWidget(self.optimum_button)
        outer.addLayout(row)
        self.chosen_list = QListWidget(box)
        self.chosen_list.setAccessibleName(self.tr("Decided investments"))
        self.chosen_list.itemChanged.connect(self._on_chosen_list_item_changed)
        chosen_label.setBuddy(self.chosen_list)
        outer.addWidget(self.chosen_list, 3)
        self.chosen_summary = QLabel(box)
        self.chosen_summary.setWordWrap(True)
        outer.addWidget(self.chosen_summary)

        note_label = QLabel(self.tr("&Note (motivation):"), box)
        outer.addWidget(note_label)
        self.note_edit = QPlainTextEdit(box)
        self.note_edit.setAccessibleName(self.tr("Note"))
        self.note_edit.setPlaceholderText(self.tr("Why the body decided so; conditions, reservations"))
        note_label.setBuddy(self.note_edit)
        outer.addWidget(self.note_edit, 2)
        self.record_button = QPushButton(self.tr("Re&cord decision"), box)
        self.record_button.setToolTip(
            self.tr("Freeze the current model with these details in the project file")
        )
        self.record_button.clicked.connect(self.record_decision)
        outer.addWidget(self.record_button, 0, Qt.AlignmentFlag.AlignRight)
        return box

    def _build_history(self) -> QWidget:
        box = QWidget(self)
        outer = QVBoxLayout(box)
        outer.setContentsMargins(6, 0, 0, 0)
        outer.addWidget(section_title(self.tr("Decided versions"), box))
        self.decision_list = QListWidget(box)
        self.decision_list.setAccessibleName(self.tr("Decided versions, newest first"))
        self.decision_list.currentRowChanged.connect(self._on_decision_list_current_row_changed)
        outer.addWidget(self.decision_list, 1)
        self.empty_label = QLabel(box)
        self.empty_label.setWordWrap(True)
        outer.addWidget(self.empty_label)
        self.details_label = QLabel(box)
        self.details_label.setWordWrap(True)
        self.details_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        outer.addWidget(self.details_label)
        buttons = QHBoxLayout()
        self.view_button = QPushButton(self.tr("&View read-only…"), box)
        self.view_button.setToolTip(self.tr("Show the decided model version without changing anything"))
        self.view_button.clicked.connect(self.view_selected)
        self.export_button = QPushButton(self.tr("E&xport to JSON…"), box)
        self.export_button.setToolTip(self.tr("Write the decided model version as a JSON model"))
        self.export_button.clicked.connect(self.export_selected)
        buttons.addWidget(self.view_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        outer.addLayout(buttons)
        self.status_title = section_title(self.tr("The decided portfolio today"), box)
        outer.addWidget(self.status_title)
        self.status_label = QLabel(box)
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        outer.addWidget(self.status_label)
        outer.addWidget(section_title(self.tr("Changed since the decision"), box))
        self.changes_list = QListWidget(box)
        self.changes_list.setWordWrap(True)
        self.changes_list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.changes_list.setAccessibleName(self.tr("Changes since the decision"))
        outer.addWidget(self.changes_list, 3)
        return box

    # -- the decided investments -----------------------------------------------------

    def chosen(self) -> list[str]:
        """The checked investments, in model order."""
        out = []
        for i in range(self.chosen_list.count()):
            item = self.chosen_list.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return out

    def set_chosen(self, ids: Sequence[str], *, edited: bool = True) -> None:
        wanted = set(ids)
        self.chosen_list.blockSignals(True)
        for i in range(self.chosen_list.count()):
            item = self.chosen_list.item(i)
            on = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.chosen_list.blockSignals(False)
        self._chosen_edited = edited
        self._update_chosen_summary()

    def _fill_alternatives(self) -> None:
        """One checkable row per investment (the do-nothing alternative is never one)."""
        keep = set(self.chosen())
        model = self.document.model
        self.chosen_list.blockSignals(True)
        self.chosen_list.clear()
        for a in model.alternatives:
            if a.do_nothing:
                continue
            item = QListWidgetItem(
                self.tr("{name} ({cost} SEK)").format(name=a.name or a.id, cost=format_number(float(a.cost))),
                self.chosen_list,
            )
            item.setData(Qt.ItemDataRole.UserRole, a.id)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable
            )
            item.setCheckState(Qt.CheckState.Checked if a.id in keep else Qt.CheckState.Unchecked)
        self.chosen_list.blockSignals(False)
        self._update_chosen_summary()

    def prefill_from_focal_optimum(self) -> None:
        """Check exactly the investments of the current model's focal optimum."""
        self.set_chosen(focal_portfolio(self.document.model), edited=False)
        self._prefilled_for = self.document.model

    def _on_optimum_button_clicked(self) -> None:
        self.prefill_from_focal_optimum()

    def _on_chosen_list_item_changed(self, _item: QListWidgetItem) -> None:
        self._chosen_edited = True
        self._update_chosen_summary()

    def _update_chosen_summary(self) -> None:
        model = self.document.model
        picked = self.chosen()
        cost = sum(float(a.cost) for a in model.alternatives if a.id in set(picked))
        budget = model.portfolio.budget if model.portfolio is not None else None
        if budget is None:
            text = self.tr("Chosen: {count}, together {cost} SEK").format(
                count=len(picked), cost=format_number(cost)
            )
        else:
            text = self.tr("Chosen: {count}, together {cost} SEK of the budget {budget} SEK").format(
                count=len(picked), cost=format_number(cost), budget=format_number(float(budget))
            )
        self.chosen_summary.setText(text)

    # -- recording -------------------------------------------------------------------

    def _project_path(self) -> Path | None:
        path = self.document.path
        if (
            path is not None
            and path.suffix.lower() == PROJECT_SUFFIX
            and (not path.exists() or is_project_file(path))
        ):
            return path
        return None

    def _save_first(self) -> Path | None:
        """Ask to save the model as a ``.diva`` project; its path, or ``None`` if not saved."""
        answer = QMessageBox.question(
            self,
            self.tr("Save the project first"),
            self.tr(
                "A decision is kept in the project file (.diva), and this project has none yet. "
                "Save it as a project now?"
            ),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer not in (QMessageBox.StandardButton.Save, QMessageBox.StandardButton.Yes):
            return None
        current = self.document.path
        folder = current.parent if current is not None else Path.home()
        suggested = folder / f"{self.document.display_name()}{PROJECT_SUFFIX}"
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save project as"), str(suggested), self.tr("DIVÄ project (*.diva)")
        )
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() != PROJECT_SUFFIX:
            path = path.with_name(path.name + PROJECT_SUFFIX)
        try:
            save_project(self.document.model, path, settings=self.document.settings)
        except (DivaError, OSError) as exc:
            self._show_file_error(
                self.tr("Cannot save the project"),
                self.tr(
                    "The project could not be saved to ‘{file}’; no decision was recorded. Nothing is lost."
                ).format(file=str(path)),
                exc,
                path,
            )
            return None
        self.document.mark_saved(path)
        return path

    def _show_file_error(self, title: str, intro: str, exc: DivaError | OSError, path: Path) -> None:
        problems = (
            exc.problems
            if isinstance(exc, DivaError)
            else [Problem("io", str(path), exc.strerror or str(exc))]
        )
        show_problems(self, title, intro, problems, self.document.model)

    def record_decision(self) -> SnapshotInfo | None:
        """Freeze the current model with the form's details in the project file (one transaction)."""
        body = self.body_edit.currentText().strip()
        date = self.date_edit.date().toString(Qt.DateFormat.ISODate)
        when = QLocale().toString(self.date_edit.date(), QLocale.FormatType.ShortFormat)
        label = self.label_edit.text().strip() or " ".join(x for x in (self.tr("Decision"), body, when) if x)
        path = self._project_path() or self._save_first()
        if path is None:
            return None
        try:
            with ProjectStore.open(path) as store:
                info = store.add_snapshot(
                    self.document.model,
                    label=label,
                    decided_on=date,
                    decided_by=body or None,
                    reference=self.reference_edit.text().strip() or None,
                    chosen=self.chosen(),
                    note=self.note_edit.toPlainText().strip() or None,
                )
        except DivaError as exc:
            self._show_file_error(
                self.tr("Cannot record the decision"),
                self.tr(
                    "The decision could not be written to ‘{file}’. The file and your model are unchanged; "
                    "nothing is lost. Fix the cause below, or save the project elsewhere (File → Save as) "
                    "and record the decision there."
                ).format(file=str(path)),
                exc,
                path,
            )
            return None
        self.label_edit.clear()
        self.reference_edit.clear()
        self.note_edit.clear()
        self._load_decisions(select=info.id)
        return info

    # -- the decided versions --------------------------------------------------------

    def _load_decisions(self, select: int | None = None) -> None:
        path = self._project_path()
        self.decisions = []
        problem = ""
        if path is not None and path.exists():
            try:
                with ProjectStore.open(path) as store:
                    self.decisions = list(reversed(store.snapshots()))  # newest first
            except DivaError as exc:
                problem = "; ".join(p.text for p in exc.problems)
        previous = self.current_decision()
        wanted = select if select is not None else (previous.id if previous is not None else None)
        self.decision_list.blockSignals(True)
        self.decision_list.clear()
        for info in self.decisions:
            item = QListWidgetItem(self._decision_title(info), self.decision_list)
            item.setData(Qt.ItemDataRole.UserRole, info.id)
        row = next((i for i, d in enumerate(self.decisions) if d.id == wanted), 0 if self.decisions else -1)
        self.decision_list.setCurrentRow(row)
        self.decision_list.blockSignals(False)
        if problem:
            self.empty_label.setText(self.tr("The decisions cannot be read: {reason}").format(reason=problem))
        elif path is None:
            self.empty_label.setText(
                self.tr(
                    "Decisions are kept in the project file. Save the project as a .diva file to record one."
                )
            )
        elif not self.decisions:
            self.empty_label.setText(self.tr("No decision recorded yet."))
        self.empty_label.setVisible(bool(problem) or not self.decisions)
        self._show_selected()

    def _decision_title(self, info: SnapshotInfo) -> str:
        parts = [p for p in (info.decided_by, self._date_text(info.decided_on), info.reference) if p]
        return f"{info.label} — {', '.join(parts)}" if parts else info.label

    @staticmethod
    def _date_text(iso: str | None) -> str:
        if not iso:
            return ""
        date = QDate.fromString(iso, Qt.DateFormat.ISODate)
        return QLocale().toString(date, QLocale.FormatType.ShortFormat) if date.isValid() else iso

    @staticmethod
    def _time_text(iso: str) -> str:
        moment = QDateTime.fromString(iso, Qt.DateFormat.ISODate)
        if not moment.isValid():
            return iso
        return QLocale().toString(moment.toLocalTime(), QLocale.FormatType.ShortFormat)

    def current_decision(self) -> SnapshotInfo | None:
        row = self.decision_list.currentRow()
        return self.decisions[row] if 0 <= row < len(self.decisions) else None

    def select_decision(self, snapshot_id: int) -> None:
        row = next(i for i, d in enumerate(self.decisions) if d.id == snapshot_id)
        self.decision_list.setCurrentRow(row)

    def _on_decision_list_current_row_changed(self, _row: int) -> None:
        self._show_selected()

    def _decided_model(self, info: SnapshotInfo) -> Model | None:
        path = self._project_path()
        if path is None:
            return None
        try:
            with ProjectStore.open(path) as store:
                return store.snapshot_model(info.id)
        except (DivaError, KeyError) as exc:
            text = "; ".join(p.text for p in exc.problems) if isinstance(exc, DivaError) else str(exc)
            self.status_label.setText(
                self.tr("The decided version cannot be read: {reason}").format(reason=text)
            )
            return None

    def _show_selected(self) -> None:
        self._pending = False
        self.runner.cancel(STATUS_JOB)
        info = self.current_decision()
        self.view_button.setEnabled(info is not None)
        self.export_button.setEnabled(info is not None)
        self.status_title.setVisible(info is not None)
        self.status_label.setVisible(info is not None)
        self.changes_list.clear()
        self.comparison = None
        self.status = None
        self._decided = None
        if info is None:
            self.details_label.clear()
            self.status_label.clear()
            return
        self.details_label.setText(self._details_text(info))
        decided = self._decided_model(info)
        if decided is None:
            return
        self._decided = decided
        current = self.document.model
        self.comparison = compare_models(decided, current)
        lines = self.change_sentences(self.comparison, decided, current)
        for line in lines or [self.tr("Nothing has changed since the decision.")]:
            QListWidgetItem(line, self.changes_list)
        if info.chosen is None:
            self.status_label.setText(self.tr("This decision recorded no decided investments."))
            return
        self.status_label.setText(self.tr("Checking the decided portfolio under the current model…"))
        self.runner.run(STATUS_JOB, partial(_status_job, current, info.chosen), current, snapshot=info.id)

    def _on_runner_finished(self, kind: str, job: Job) -> None:
        info = self.current_decision()
        if kind != STATUS_JOB or info is None or job.params.get("snapshot") != info.id:
            return
        if job.model is not self.document.model or self._decided is None:
            return  # the model changed meanwhile: a newer check follows
        self.status = job.result
        self.status_label.setText(self.status_text(job.result, self._decided, self.document.model))
        self.status_checked.emit()

    def _on_runner_failed(self, kind: str, job: Job) -> None:
        if kind == STATUS_JOB:
            reason = (
                "; ".join(p.text for p in job.error.problems)
                if isinstance(job.error, DivaError)
                else str(job.error)
            )
            self.status_label.setText(
                self.tr("The current model cannot be valued: {reason}").format(reason=reason)
            )

    def _details_text(self, info: SnapshotInfo) -> str:
        lines = [
            self.tr("Decided by: {body}").format(body=info.decided_by or "–"),
            self.tr("Decision date: {date}").format(date=self._date_text(info.decided_on) or "–"),
            self.tr("Reference: {reference}").format(reference=info.reference or "–"),
            self.tr("Recorded: {time}").format(time=self._time_text(info.created_at)),
        ]
        if info.chosen is not None:
            names = _names(self.document.model)
            chosen = ", ".join(names.get(a, a) for a in info.chosen) or self.tr("none")
            lines.append(self.tr("Decided investments: {names}").format(names=chosen))
        if info.note:
            lines.append(self.tr("Note: {note}").format(note=info.note))
        return "\n".join(lines)

    # -- sentences ------------------------------------------------------------------

    def _score_text(self, pair: ScorePair | None) -> str:
        if pair is None:
            return self.tr("missing")

        def one(x: Any) -> str:
            return x if isinstance(x, str) else format_number(float(x))

        low, high = pair
        return one(low) if low == high else f"{one(low)}–{one(high)}"

    def _amount(self, x: float | None) -> str:
        return self.tr("none") if x is None else format_number(float(x))

    def _method(self, method: str | None) -> str:
        names = {
            None: self.tr("no statements"),
            "point": self.tr("point weights"),
            "ranking": self.tr("ranking"),
            "car": self.tr("CAR steps"),
            "interval": self.tr("intervals"),
            "swing": self.tr("swing"),
        }
        return names.get(method, method or "")

    def change_sentences(self, cmp: ModelComparison, decided: Model, current: Model) -> list[str]:
        """One translated sentence per difference of ``cmp`` (the core's comparison)."""
        names = _names(decided, current)

        def n(x: str | None) -> str:
            if x is None:
                return self.tr("none")
            return self.tr("the top level") if x == ROOT_ID else names.get(x, x)

        out: list[str] = []
        out += [self.tr("Investment added: {name}").format(name=n(a)) for a in cmp.alternatives_added]
        out += [self.tr("Investment removed: {name}").format(name=n(a)) for a in cmp.alternatives_removed]
        out += [
            self.tr("Investment renamed: ‘{before}’ → ‘{after}’").format(before=r.before, after=r.after)
            for r in cmp.alternatives_renamed
        ]
        if cmp.do_nothing is not None:
            out.append(
                self.tr("Do-nothing alternative: {before} → {after}").format(
                    before=n(cmp.do_nothing[0]), after=n(cmp.do_nothing[1])
                )
            )
        out += [self.tr("Criterion added: {name}").format(name=n(c)) for c in cmp.criteria_added]
        out += [self.tr("Criterion removed: {name}").format(name=n(c)) for c in cmp.criteria_removed]
        out += [
            self.tr("Criterion renamed: ‘{before}’ → ‘{after}’").format(before=r.before, after=r.after)
            for r in cmp.criteria_renamed
        ]
        out += [
            self.tr("Criterion moved: {name} from {before} to {after}").format(
                name=n(m.id), before=n(m.before), after=n(m.after)
            )
            for m in cmp.criteria_moved
        ]
        out += [self.tr("Scale changed: {name}").format(name=n(c)) for c in cmp.scales_changed]
        out += [
            self.tr("Score of {alternative} on {criterion}: {before} → {after}").format(
                alternative=n(s.alternative),
                criterion=n(s.criterion),
                before=self._score_text(s.before),
                after=self._score_text(s.after),
            )
            for s in cmp.scores_changed
        ]
        out += [
            self.tr("Weights of {node} changed ({before} → {after})").format(
                node=n(w.node), before=self._method(w.before), after=self._method(w.after)
            )
            for w in cmp.weights_changed
        ]
        for c in cmp.costs_changed:
            if c.resource is None:
                text = self.tr("Cost of {alternative}: {before} → {after} SEK")
            else:
                text = self.tr("Use of {resource} by {alternative}: {before} → {after}")
            out.append(
                text.format(
                    alternative=n(c.alternative),
                    resource=c.resource,
                    before=self._amount(c.before),
                    after=self._amount(c.after),
                )
            )
        for c in cmp.limits:
            if c.resource is None:
                text = self.tr("Budget: {before} → {after} SEK")
            else:
                text = self.tr("Limit of {resource}: {before} → {after}")
            out.append(
                text.format(resource=c.resource, before=self._amount(c.before), after=self._amount(c.after))
            )
        kinds = {
            "mandatory": self.tr("The mandatory investments changed"),
            "excluded": self.tr("The excluded investments changed"),
            "requires": self.tr("The ‘requires’ constraints changed"),
            "exclusive": self.tr("The ‘at most one of’ groups changed"),
        }
        out += [kinds[k] for k in cmp.constraints]
        parts = {
            "info": self.tr("the project information"),
            "documents": self.tr("the documents"),
            "goals": self.tr("the goals"),
            "criteria": self.tr("other details of the criteria"),
            "alternatives": self.tr("other details of the investments"),
            "scores": self.tr("the rationales of scores"),
            "weights": self.tr("the weights"),
            "participants": self.tr("the participants"),
            "portfolio": self.tr("the portfolio constraints"),
            "followup": self.tr("the follow-up"),
        }
        if cmp.other_parts:
            listed = ", ".join(parts.get(p, p) for p in cmp.other_parts)
            out.append(self.tr("Also changed: {parts}").format(parts=listed))
        return out

    def violation_sentence(self, v: Violation, names: dict[str, str]) -> str:
        p = dict(v.params)

        def n(x: str) -> str:
            return names.get(x, x)

        if v.code == "unknown_alternative":
            return self.tr("‘{name}’ is no longer in the model").format(name=n(p["alternative"]))
        if v.code == "do_nothing_chosen":
            return self.tr("‘{name}’ is the do-nothing alternative").format(name=n(p["alternative"]))
        if v.code == "over_budget":
            return self.tr("the cost {total} SEK exceeds the budget {limit} SEK").format(
                total=format_number(p["total"]), limit=format_number(p["limit"])
            )
        if v.code == "over_resource":
            return self.tr("the use of {resource}, {total}, exceeds the limit {limit}").format(
                resource=p["resource"], total=format_number(p["total"]), limit=format_number(p["limit"])
            )
        if v.code == "mandatory_missing":
            return self.tr("the mandatory ‘{name}’ is not included").format(name=n(p["alternative"]))
        if v.code == "excluded_chosen":
            return self.tr("the excluded ‘{name}’ is included").format(name=n(p["alternative"]))
        if v.code == "requirement_missing":
            return self.tr("‘{name}’ requires ‘{required}’, which is not included").format(
                name=n(p["alternative"]), required=n(p["required"])
            )
        if v.code == "exclusive_broken":
            listed = ", ".join(f"‘{n(a)}’" for a in p["alternatives"])
            return self.tr("at most one of {names} may be chosen").format(names=listed)
        return v.code

    def status_text(self, status: PortfolioStatus, decided: Model, current: Model) -> str:
        names = _names(decided, current)
        lines: list[str] = []
        if status.feasible:
            lines.append(self.tr("✔ Still feasible under the current budget and constraints."))
        else:
            reasons = "; ".join(self.violation_sentence(v, names) for v in status.violations)
            lines.append(self.tr("✘ No longer feasible: {reasons}.").format(reasons=reasons))
        if status.error is not None:
            lines.append(self.tr("The current model cannot be valued: {reason}").format(reason=status.error))
        elif status.still_best:
            lines.append(
                self.tr("✔ Still the focal optimum (value {value}).").format(
                    value=format_number(status.value or 0.0, decimals=3)
                )
            )
        else:
            optimum = ", ".join(names.get(a, a) for a in status.optimum or ()) or self.tr("none")
            lines.append(
                self.tr(
                    "✘ No longer the focal optimum: value {value}; the optimum {best} is {optimum}."
                ).format(
                    value=format_number(status.value or 0.0, decimals=3),
                    best=format_number(status.optimum_value or 0.0, decimals=3),
                    optimum=optimum,
                )
            )
        return "\n".join(lines)

    # -- viewing and exporting ---------------------------------------------------------

    def view_selected(self) -> None:
        info = self.current_decision()
        if info is None or self._decided is None:
            return
        dialog = DecidedVersionDialog(self._decided, info, self)
        dialog.open()
        self._dialog = dialog

    def export_selected(self) -> bool:
        info = self.current_decision()
        if info is None or self._decided is None:
            return False
        folder = self.document.path.parent if self.document.path is not None else Path.home()
        safe = "".join(ch if ch.isalnum() or ch in "-_ " else "_" for ch in info.label).strip() or "decision"
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export decided version"),
            str(folder / f"{safe}.json"),
            self.tr("JSON model (*.json)"),
        )
        if not name:
            return False
        path = Path(name)
        if path.suffix.lower() != ".json":
            path = path.with_name(path.name + ".json")
        from diva_desktop.io.json_model import save_model_file

        try:
            save_model_file(self._decided, path)
        except (DivaError, OSError) as exc:
            self._show_file_error(
                self.tr("Cannot export"),
                self.tr(
                    "‘{file}’ could not be written. Choose another folder or free some disk space."
                ).format(file=str(path)),
                exc,
                path,
            )
            return False
        return True

    # -- document events ---------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._chosen_edited and self._prefilled_for is not self.document.model:
            self.prefill_from_focal_optimum()
        if self._pending:
            self._refresh.start(0)

    def _on_document_model_changed(self, changes: ChangeSet) -> None:
        if changes.parts >= ChangeSet.everything().parts:  # another project
            self._chosen_edited = False
            self._prefilled_for = None
            self._fill_alternatives()
            self._load_decisions()
            if self.isVisible():
                self.prefill_from_focal_optimum()
            return
        if changes.alternatives:
            self._fill_alternatives()
        else:
            self._update_chosen_summary()
        self._pending = True
        if self.isVisible():
            self._refresh.start()

    def _on_document_path_changed(self, _path: object) -> None:
        self._load_decisions()


class DecidedVersionDialog(QDialog):
    """A decided model version, read-only: investments, criteria and the consequence table."""

    def __init__(self, model: Model, info: SnapshotInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Decided version: {label}").format(label=info.label))
        self.resize(820, 520)
        layout = QVBoxLayout(self)
        head = QLabel(
            self.tr(
                "Decided model version ‘{label}’, decided by {body} on {date}. This copy cannot be changed."
            ).format(
                label=info.label,
                body=info.decided_by or "–",
                date=DecisionPanel._date_text(info.decided_on) or "–",
            ),
            self,
        )
        head.setWordWrap(True)
        layout.addWidget(head)
        tabs = QTabWidget(self)
        chosen = set(info.chosen or ())

        investments = QTableWidget(0, 3, tabs)
        investments.setHorizontalHeaderLabels(
            [self.tr("Investment"), self.tr("Cost (SEK)"), self.tr("Decided")]
        )
        for a in model.alternatives:
            r = investments.rowCount()
            investments.insertRow(r)
            investments.setItem(r, 0, QTableWidgetItem(a.name or a.id))
            cost = QTableWidgetItem(format_number(float(a.cost)))
            cost.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            investments.setItem(r, 1, cost)
            mark = self.tr("do-nothing") if a.do_nothing else ("✔" if a.id in chosen else "")
            investments.setItem(r, 2, QTableWidgetItem(mark))
        investments.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        tabs.addTab(investments, self.tr("Investments"))

        tree = QTreeWidget(tabs)
        tree.setHeaderLabels([self.tr("Criterion"), self.tr("Unit")])

        def add(parent: QTreeWidget | QTreeWidgetItem, c: Criterion) -> None:
            item = QTreeWidgetItem(parent, [c.name or c.id, c.unit or ""])
            for child in c.children:
                add(item, child)

        for c in model.criteria:
            add(tree, c)
        tree.expandAll()
        tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        tabs.addTab(tree, self.tr("Criteria"))

        leaves = model.leaves()
        table = QTableWidget(len(model.alternatives), len(leaves), tabs)
        table.setHorizontalHeaderLabels([c.name or c.id for c in leaves])
        table.setVerticalHeaderLabels([a.name or a.id for a in model.alternatives])
        for r, a in enumerate(model.alternatives):
            row = model.scores.get(a.id, {})
            for k, c in enumerate(leaves):
                s = row.get(c.id)
                text = "" if s is None else self._score(s.low, s.high)
                table.setItem(r, k, QTableWidgetItem(text))
        tabs.addTab(table, self.tr("Scores"))
        for widget in (investments, table):
            widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        layout.addWidget(tabs, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.tabs = tabs

    @staticmethod
    def _score(low: Any, high: Any) -> str:
        def one(x: Any) -> str:
            return x if isinstance(x, str) else format_number(float(x))

        return one(low) if low == high else f"{one(low)}–{one(high)}"


__all__ = ["DecidedVersionDialog", "DecisionPanel"]
