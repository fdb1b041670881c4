"""Core analyses on worker threads, with progress, cancel and stale marking (DESIGN §3.5).

:class:`AnalysisRunner` runs a pure core function ``fn(progress=…, cancel=…)``
on a private ``QThreadPool``. The worker never touches Qt objects: it writes its
progress and outcome into a plain :class:`Job`, and a timer on the GUI thread
polls the jobs and emits :attr:`~AnalysisRunner.progressed`,
:attr:`~AnalysisRunner.finished`, :attr:`~AnalysisRunner.failed` and
:attr:`~AnalysisRunner.cancelled`. Starting a job of a kind cancels the running
job of that kind (its outcome is dropped). When the runner is destroyed its jobs
are cancelled and its pool waits for them, so no thread outlives it.

The analyses themselves are the core's: :func:`full_analysis` is
:func:`diva_desktop.core.analysis.analyze` (the numbers of ``diva analyze
--json``); :func:`exact_analysis` is the same document without SMAA, assembled
by the same :func:`~diva_desktop.core.analysis.to_json`. Both keep the prepared
:class:`~diva_desktop.core.analysis.values.Evaluation` for the contribution and
contraction charts.

Stale results: :data:`RELEVANT_PARTS` says which parts of the model each kind
of result depends on; :func:`stale_parts` compares the model a result was
computed from with the current one (:func:`diva_desktop.core.commands.changes`).
:class:`RunControls` is the strip with progress bar, run and cancel buttons and
the out-of-date notice that the analysis panels share.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import partial
from typing import Any

import numpy as np
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QSizePolicy, QWidget

from diva_desktop.core.analysis import analyze, decided_at, differences, prepare, to_json, value_intervals
from diva_desktop.core.analysis.smaa import SmaaResult
from diva_desktop.core.analysis.values import Evaluation
from diva_desktop.core.commands import changes
from diva_desktop.core.errors import CancelledError, DivaError
from diva_desktop.core.model import ROOT_ID, Model
from diva_desktop.core.progress import CancelToken, Progress, check, stage, throttled

log = logging.getLogger(__name__)

__all__ = [
    "RELEVANT_PARTS",
    "AnalysisResult",
    "AnalysisRunner",
    "Job",
    "RunControls",
    "exact_analysis",
    "full_analysis",
    "plain_warning",
    "stale_parts",
]

ANALYSIS_PARTS = frozenset({"criteria", "alternatives", "scores", "weights", "participants"})
RELEVANT_PARTS: Mapping[str, frozenset[str]] = {
    "exact": ANALYSIS_PARTS,
    "full": ANALYSIS_PARTS,
    "sensitivity": ANALYSIS_PARTS,
    "portfolio": ANALYSIS_PARTS | {"portfolio"},
    "comparison": ANALYSIS_PARTS | {"portfolio"},
}
"""Model parts each kind of result depends on (``ChangeSet`` part names)."""

POLL_MS = 40


# ---------------------------------------------------------------------------
# Analyses (pure functions: run on worker threads)
# ---------------------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class AnalysisResult:
    """A spec §4 document (``data``; ``data["smaa"]`` is ``None`` for the exact part only),
    the model it was computed from and the prepared evaluation."""

    model: Model
    data: dict[str, Any]
    ev: Evaluation | None = None

    @property
    def has_smaa(self) -> bool:
        return self.data.get("smaa") is not None

    def contributions(self) -> np.ndarray:
        """``(m, L)`` focal global weight × focal value of every leaf (sums to focal V)."""
        if self.ev is None or not len(self.ev.leaves):
            return np.zeros((len(self.data.get("alternatives", [])), 0))
        return np.asarray(self.ev.focal * self.ev.focal_weights[None, :])


def _no_smaa(ev: Evaluation) -> SmaaResult:
    m, L = ev.m, len(ev.leaves)
    return SmaaResult(
        samples=0,
        seed=0,
        rank_acceptability=np.zeros((m, m)),
        central_weights=np.full((m, L), np.nan),
        confidence=np.full(m, np.nan),
        pairwise_winning=np.zeros((m, m)),
        holistic=np.zeros(m),
        samplers=tuple("" for _ in ev.nodes),
    )


def exact_analysis(
    model: Model, *, progress: Progress | None = None, cancel: CancelToken | None = None
) -> AnalysisResult:
    """Values, differences, contraction levels, dominance and rules of spec §4 (no SMAA).

    The same core functions as :func:`~diva_desktop.core.analysis.analyze`, assembled by
    the same ``to_json``; ``data["smaa"]`` is ``None``.
    """
    report = throttled(progress)
    report(0.0)
    ev = prepare(model)
    check(cancel)
    vals = value_intervals(ev)
    diff = differences(ev, cancel=cancel)
    check(cancel)
    report(0.3)
    decided = decided_at(ev, diff, progress=stage(report, 0.3, 1.0), cancel=cancel)
    data = to_json(ev, vals, diff, decided, _no_smaa(ev))
    data["smaa"] = None
    report(1.0)
    return AnalysisResult(model, data, ev)


def full_analysis(
    model: Model,
    *,
    samples: int,
    seed: int,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> AnalysisResult:
    """``diva analyze`` (spec §4, SMAA included) with the prepared evaluation kept."""
    data = analyze(model, samples=samples, seed=seed, progress=progress, cancel=cancel)
    return AnalysisResult(model, data, prepare(model))


def stale_parts(result_model: Model | None, current: Model, kind: str) -> frozenset[str]:
    """The parts, relevant to ``kind``, in which ``current`` differs from ``result_model``."""
    if result_model is None:
        return frozenset()
    if result_model is current:
        return frozenset()
    return changes(result_model, current).parts & RELEVANT_PARTS.get(kind, ANALYSIS_PARTS)


# ---------------------------------------------------------------------------
# Jobs and the runner
# ---------------------------------------------------------------------------


@dataclass(eq=False)
class Job:
    """One run: written by the worker, read by the GUI thread's poll."""

    kind: str
    model: Model | None
    params: Mapping[str, Any] = field(default_factory=dict)
    token: CancelToken = field(default_factory=CancelToken)
    progress: float = 0.0
    state: str = "queued"  # queued, running, done, failed, cancelled
    result: Any = None
    error: BaseException | None = None
    done: threading.Event = field(default_factory=threading.Event)
    reported_progress: float = -1.0

    def set_progress(self, fraction: float) -> None:
        self.progress = float(fraction)


class _Task(QRunnable):
    def __init__(self, job: Job, fn: Callable[..., Any]) -> None:
        super().__init__()
        self._job = job
        self._fn = fn
        self.setAutoDelete(True)

    def run(self) -> None:
        job = self._job
        job.state = "running"
        try:
            job.token.check()
            job.result = self._fn(progress=job.set_progress, cancel=job.token)
            job.state = "cancelled" if job.token.cancelled else "done"
        except CancelledError:
            job.state = "cancelled"
        except DivaError as exc:
            job.error = exc
            job.state = "failed"
        except Exception as exc:  # a defect: keep the program alive, log it
            log.exception("analysis %s failed", job.kind)
            job.error = exc
            job.state = "failed"
        finally:
            self._fn = None  # type: ignore[assignment]
            job.done.set()


def _cancel_all(tokens: set[CancelToken], *_args: object) -> None:
    for token in list(tokens):
        token.cancel()


class AnalysisRunner(QObject):
    """Runs core functions on worker threads (see the module documentation).

    Signals:
        started(str): a job of this kind started.
        progressed(str, float): its progress in [0, 1].
        finished(str, object): it finished; the :class:`Job` (``job.result``).
        failed(str, object): it raised; the :class:`Job` (``job.error``).
        cancelled(str): it was cancelled (not when superseded by a new job).
    """

    started = Signal(str)
    progressed = Signal(str, float)
    finished = Signal(str, object)
    failed = Signal(str, object)
    cancelled = Signal(str)

    def __init__(self, parent: QObject | None = None, *, threads: int = 2) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(threads)
        self._jobs: dict[str, Job] = {}
        self._retired: list[Job] = []
        self._tokens: set[CancelToken] = set()
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)
        self.destroyed.connect(partial(_cancel_all, self._tokens))

    def run(self, kind: str, fn: Callable[..., Any], model: Model | None = None, **params: Any) -> Job:
        """Start ``fn(progress=…, cancel=…)`` for ``kind``; a running job of that kind is cancelled."""
        self._retire(kind)
        job = Job(kind, model, dict(params))
        self._jobs[kind] = job
        self._tokens.add(job.token)
        self.pool.start(_Task(job, fn))
        if not self._timer.isActive():
            self._timer.start()
        self.started.emit(kind)
        return job

    def _retire(self, kind: str) -> None:
        old = self._jobs.pop(kind, None)
        if old is not None:
            old.token.cancel()
            self._retired.append(old)

    def cancel(self, kind: str | None = None) -> None:
        """Cancel the job of ``kind`` (all jobs when ``None``); ``cancelled`` follows."""
        for k, job in list(self._jobs.items()):
            if kind is None or k == kind:
                job.token.cancel()

    def job(self, kind: str) -> Job | None:
        return self._jobs.get(kind)

    def is_running(self, kind: str | None = None) -> bool:
        """Whether a (current) job of ``kind`` (any kind when ``None``) is still running."""
        return any(kind is None or k == kind for k in self._jobs)

    def wait(self, msecs: int = -1) -> bool:
        """Block until every job (superseded ones too) has ended; then deliver the outcomes."""
        ok = self.pool.waitForDone(msecs)
        self._poll()
        return bool(ok)

    def shutdown(self, msecs: int = 10000) -> bool:
        """Cancel everything and wait for the threads to end."""
        _cancel_all(self._tokens)
        return self.wait(msecs)

    def _poll(self) -> None:
        self._retired = [j for j in self._retired if not j.done.is_set()]
        for kind, job in list(self._jobs.items()):
            if job.done.is_set():
                del self._jobs[kind]
                self._tokens.discard(job.token)
                if job.state == "done":
                    self.progressed.emit(kind, 1.0)
                    self.finished.emit(kind, job)
                elif job.state == "failed":
                    self.failed.emit(kind, job)
                else:
                    self.cancelled.emit(kind)
            elif job.progress != job.reported_progress:
                job.reported_progress = job.progress
                self.progressed.emit(kind, job.progress)
        for job in self._retired:
            if job.done.is_set():
                self._tokens.discard(job.token)
        if not self._jobs and not self._retired:
            self._timer.stop()


# ---------------------------------------------------------------------------
# The run strip of the panels
# ---------------------------------------------------------------------------


class RunControls(QWidget):
    """Progress bar, run and cancel buttons, and a status or out-of-date notice.

    Signals:
        run_requested(): the user asked to run (again).
        cancel_requested(): the user asked to stop.
    """

    run_requested = Signal()
    cancel_requested = Signal()

    def __init__(self, run_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.status_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.status_label.setAccessibleName(self.tr("Analysis status"))
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setRange(0, 1000)
        self.progress_bar.setTextVisible(True)
        self.progress_bar.setFormat("%p %")
        self.progress_bar.setMaximumWidth(200)
        self.progress_bar.setAccessibleName(self.tr("Progress of the analysis"))
        self.progress_bar.hide()
        self.run_button = QPushButton(run_text, self)
        self.run_button.setAccessibleName(run_text.replace("&", ""))
        self.cancel_button = QPushButton(self.tr("&Stop"), self)
        self.cancel_button.setAccessibleName(self.tr("Stop the analysis"))
        self.cancel_button.setEnabled(False)
        self.run_button.clicked.connect(self.run_requested)
        self.cancel_button.clicked.connect(self.cancel_requested)
        layout.addWidget(self.status_label, 1)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.run_button)
        layout.addWidget(self.cancel_button)
        self._stale = False

    def set_running(self, running: bool) -> None:
        self.progress_bar.setVisible(running)
        self.cancel_button.setEnabled(running)
        if running:
            self.progress_bar.setValue(0)

    def set_progress(self, fraction: float) -> None:
        self.progress_bar.setValue(round(1000 * min(max(fraction, 0.0), 1.0)))

    def set_status(self, text: str, *, stale: bool = False) -> None:
        self._stale = stale
        self.status_label.setText(text)
        self.status_label.setStyleSheet("QLabel { color: #8a4b00; font-weight: 600; }" if stale else "")

    def is_stale(self) -> bool:
        return self._stale


def stale_sentence(parts: Iterable[str]) -> str:
    """What changed since the results were computed, in one sentence."""
    names = {
        "criteria": QCoreApplication.translate("RunControls", "the criteria"),
        "alternatives": QCoreApplication.translate("RunControls", "the alternatives"),
        "scores": QCoreApplication.translate("RunControls", "the scores"),
        "weights": QCoreApplication.translate("RunControls", "the weights"),
        "participants": QCoreApplication.translate("RunControls", "the participants"),
        "portfolio": QCoreApplication.translate("RunControls", "the budget and constraints"),
    }
    order = ["criteria", "alternatives", "scores", "weights", "participants", "portfolio"]
    which = [names[p] for p in order if p in set(parts)]
    if not which:
        return QCoreApplication.translate("RunControls", "These results are out of date.")
    listed = ", ".join(which)
    return QCoreApplication.translate(
        "RunControls", "Out of date: {parts} changed since these results were computed."
    ).format(parts=listed)


# ---------------------------------------------------------------------------
# Warnings in plain words
# ---------------------------------------------------------------------------

_MISSING = re.compile(r"^scores\.(?P<alt>[^.:]+)\.(?P<leaf>[^.:]+): missing score")
_HIT_AND_RUN = re.compile(r"^weights\.(?P<node>[^.:]+): SMAA weights sampled by hit-and-run")
_CENTROID = re.compile(r"^weights\.(?P<node>[^.:]+): the .* violate .*centroid")
_ESTIMATE = re.compile(r"^weights\.(?P<node>[^.:]+): .*(sample|estimat)")


def _criterion_name(model: Model, cid: str) -> str:
    if cid == ROOT_ID:
        return QCoreApplication.translate("AnalysisWarnings", "the top level")
    c = model.criterion(cid)
    return c.name if c is not None and c.name else cid


def _alternative_name(model: Model, aid: str) -> str:
    a = model.alternative(aid)
    return a.name if a is not None and a.name else aid


def plain_warning(text: str, model: Model) -> str:
    """A core warning (``location: message``) as a plain sentence with names."""
    if m := _MISSING.match(text):
        return QCoreApplication.translate(
            "AnalysisWarnings",
            "The score of ‘{alternative}’ on ‘{criterion}’ is missing, so the analysis allows anything "
            "from the worst to the best value there.",
        ).format(alternative=_alternative_name(model, m["alt"]), criterion=_criterion_name(model, m["leaf"]))
    if m := _HIT_AND_RUN.match(text):
        return QCoreApplication.translate(
            "AnalysisWarnings",
            "The weights under ‘{criterion}’ are sampled approximately (hit-and-run), so the acceptabilities "
            "are close estimates.",
        ).format(criterion=_criterion_name(model, m["node"]))
    if m := _CENTROID.match(text):
        return QCoreApplication.translate(
            "AnalysisWarnings",
            "The usual representative weights under ‘{criterion}’ break one of its statements, so the middle "
            "of the allowed weights is used instead.",
        ).format(criterion=_criterion_name(model, m["node"]))
    if m := _ESTIMATE.match(text):
        return QCoreApplication.translate(
            "AnalysisWarnings", "The representative weights under ‘{criterion}’ are estimated from samples."
        ).format(criterion=_criterion_name(model, m["node"]))
    return text


def contraction_curve(
    ev: Evaluation,
    a: int,
    b: int,
    *,
    points: int = 101,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Least and greatest δ(a, b) at ``points`` contraction levels τ in [0, 1] (spec §4).

    Exact at every level (:func:`~diva_desktop.core.analysis.contraction.min_difference_at`);
    the greatest difference is ``−min δ(b, a; τ)``.
    """
    from diva_desktop.core.analysis.contraction import min_difference_at

    check(cancel)
    tau = np.linspace(0.0, 1.0, points)
    ia = np.full(points, a, dtype=np.intp)
    ib = np.full(points, b, dtype=np.intp)
    low = min_difference_at(ev, ia, ib, tau)
    check(cancel)
    high = 0.0 - min_difference_at(ev, ib, ia, tau)
    return tau, np.asarray(low), np.asarray(high)
