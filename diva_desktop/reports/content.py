"""What a report says: its content built from a model and the core's results.

The numbers come from the functions the command line and the GUI use:
:func:`~diva_desktop.core.analysis.analyze` (spec §4, SMAA with
:data:`SAMPLES` samples and seed :data:`SEED`, so a report is reproducible),
:func:`~diva_desktop.core.analysis.sensitivity.sensitivity` (§5),
:func:`~diva_desktop.core.portfolio.portfolio_analysis` (§6, when the model has
a ``portfolio`` section) and :mod:`~diva_desktop.core.traceability` (goals and
quotes behind each criterion). :func:`build_report` turns them into a
:class:`~.tree.Report` for one of two audiences:

``citizens`` (invånare)
    Plain language (klarspråk): what the municipality wants to achieve, quoted
    from its steering documents with title and page; which investments were
    considered; which are recommended and why, in words ("X is best in every
    case we examined", "X is best unless … matters more than we have
    assumed"); the uncertainty in words; what will be followed up and, once
    measured, how far each indicator has come and whether that is on plan
    ("has come 37 % of the way; behind plan"); where the model has participants,
    who weighed the goals, which goals they agreed and differed most on, and for
    how many of them the best alternative is best with their own weights.
``decision-makers`` (beslutsfattare)
    Brief and complete: the criteria tree with focal weights and feasible
    ranges, value intervals, dominance, decision rules, contraction levels,
    SMAA first-rank acceptabilities, the most sensitive weights with their
    stable intervals, the portfolio (focal optimum, core, borderline and
    exterior projects, frontier, budget use), each criterion's goal quotes and
    the follow-up indicators with progress and status, and expected against
    realised value per measured investment. Where the model has participants, a
    section "Participants' views": each participant's best alternative and its
    value at their own weights, the nodes with the highest conflict index with
    the spread of the participants' focal weights, and whether the group's
    statements allow every participant's focal weights.

The participants' figures are :func:`~diva_desktop.core.group.combine`'s (what
``diva group`` prints); a model without participants gives the same report as
before they existed.

The follow-up figures are :func:`~diva_desktop.core.followup.evaluate_followup`'s
(what the Follow-up step and ``diva followup`` show) at the report's date: a
measurement dated after it is not counted, so a report made for a given date is
the same whenever it is made.

Every sentence is an English source string marked with ``QT_TRANSLATE_NOOP``
in the ``Report`` context and translated by :class:`~.i18n.ReportTranslator`
(Swedish in ``resources/translations/reports_sv.ts``).
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from diva_desktop import __version__
from diva_desktop.core.analysis import Evaluation, analyze, prepare
from diva_desktop.core.analysis.sensitivity import sensitivity
from diva_desktop.core.errors import ModelError, Problem
from diva_desktop.core.followup import FollowUpResult, IndicatorStatus, evaluate_followup
from diva_desktop.core.group import CONTAINMENT_TOL, GroupResult, NodeGroup, combine
from diva_desktop.core.model import ROOT_ID, Criterion, Model
from diva_desktop.core.portfolio import portfolio_analysis
from diva_desktop.core.preferences import local_set
from diva_desktop.core.progress import CancelToken, Progress, check, stage, throttled
from diva_desktop.core.traceability import coverage, goals_for_alternative

from .formats import NBSP, NumberFormat
from .i18n import LANGUAGES, QT_TRANSLATE_NOOP, ReportTranslator
from .tree import BarRow, Block, Figure, IntervalRow, Items, Paragraph, Quote, Report, Section, Table

AUDIENCES = ("citizens", "decision-makers")
DEFAULT_AUDIENCE = "decision-makers"
SAMPLES = 10_000
"""SMAA samples of a report (the default of ``diva analyze``)."""
SEED = 1
"""SMAA seed of a report (the default of ``diva analyze``): the same model gives the same report."""
SENSITIVE_SHOWN = 6
CONFLICT_SHOWN = 5
"""Nodes shown in the decision-makers' table of the participants' disagreement (highest conflict index first)."""
TOL = 1e-9
_MISSING = re.compile(r"^scores\.(?P<alt>[^.:]+)\.(?P<leaf>[^.:]+): missing score")
_HIT_AND_RUN = re.compile(r"^weights\.(?P<node>[^.:]+): SMAA weights sampled by hit-and-run")

STATUS_LABELS: dict[str, str] = {
    "not_measured": QT_TRANSLATE_NOOP("Report", "Not measured yet"),
    "on_track": QT_TRANSLATE_NOOP("Report", "On track"),
    "at_risk": QT_TRANSLATE_NOOP("Report", "At risk"),
    "off_track": QT_TRANSLATE_NOOP("Report", "Off track"),
    "achieved": QT_TRANSLATE_NOOP("Report", "Achieved"),
    "exceeded": QT_TRANSLATE_NOOP("Report", "Exceeded"),
    "undetermined": QT_TRANSLATE_NOOP("Report", "Cannot be judged"),
}
"""The status of an indicator (codes of :data:`~diva_desktop.core.followup.STATUSES`): the glossary's
labels, as the Follow-up step shows them (Swedish: Ej mätt ännu, Enligt plan, Risk för avvikelse,
Avviker, Realiserad, Överträffad, Kan inte bedömas)."""

__all__ = [
    "AUDIENCES",
    "DEFAULT_AUDIENCE",
    "SAMPLES",
    "SEED",
    "Results",
    "build_report",
    "compute_results",
    "report_date",
    "report_language",
]


@dataclass(frozen=True)
class Results:
    """The core's results a report is built from (JSON-ready dicts of spec §4–§6).

    ``evaluation`` is the model prepared for the follow-up figures (``None`` when
    the model has no follow-up indicators, or when not computed: the report then
    prepares it itself). ``group`` is :func:`~diva_desktop.core.group.combine`'s
    result (what ``diva group`` prints) when the model has participants;
    ``group_problems`` the problems that kept it from being computed.
    """

    analysis: dict[str, Any]
    sensitivity: dict[str, Any]
    portfolio: dict[str, Any] | None
    evaluation: Evaluation | None = None
    group: GroupResult | None = None
    group_problems: tuple[Problem, ...] = ()


def report_language(model: Model, language: str | None = None) -> str:
    """``language`` if given, else the model's ``language`` if it is sv or en, else Swedish."""
    if language is not None:
        if language not in LANGUAGES:
            raise ValueError(f"unknown report language {language!r}; choose one of {', '.join(LANGUAGES)}")
        return language
    return model.language if model.language in LANGUAGES else "sv"


def has_portfolio(model: Model) -> bool:
    return model.portfolio is not None and any(not a.do_nothing for a in model.alternatives)


def combine_participants(model: Model) -> tuple[GroupResult | None, tuple[Problem, ...]]:
    """:func:`~diva_desktop.core.group.combine` of a model with participants, or the problems it raised.

    ``(None, ())`` for a model without participants. Invalid or infeasible
    statements of a participant do not stop a report: they are reported in it.
    """
    if not model.participants:
        return None, ()
    try:
        return combine(model), ()
    except ModelError as exc:
        return None, tuple(exc.problems)


def compute_results(
    model: Model, *, progress: Progress | None = None, cancel: CancelToken | None = None
) -> Results:
    """Run the analyses a report needs (raises the core's ``ModelError`` on invalid input)."""
    report = throttled(progress)
    report(0.0)
    analysis = analyze(model, samples=SAMPLES, seed=SEED, progress=stage(report, 0.0, 0.6), cancel=cancel)
    check(cancel)
    sens = sensitivity(model)
    report(0.65)
    check(cancel)
    port = None
    if has_portfolio(model):
        port = portfolio_analysis(model, progress=stage(report, 0.65, 1.0), cancel=cancel)
    check(cancel)
    # the follow-up depends on the report's date, so only its (date-free) preparation is kept:
    # every report built from these results reuses it (analyze has validated the model)
    evaluation = prepare(model, check_model=False) if model.followup.indicators else None
    group, group_problems = combine_participants(model)
    report(1.0)
    return Results(analysis, sens, port, evaluation, group, group_problems)


def report_date(date: str | _dt.date | None = None) -> _dt.date:
    """The date a report is made for: ``date`` (ISO 8601, ``YYYY-MM-DD``) or today.

    The title page prints it and the follow-up is evaluated at it.

    Raises
    ------
    ValueError
        If ``date`` is not an ISO 8601 date.
    """
    if date is None:
        return _dt.date.today()
    if isinstance(date, _dt.datetime):
        return date.date()
    if isinstance(date, _dt.date):
        return date
    try:
        return _dt.date.fromisoformat(date)
    except ValueError:
        raise ValueError(f"{date!r} is not a date written YYYY-MM-DD") from None


def build_report(
    model: Model,
    *,
    audience: str = DEFAULT_AUDIENCE,
    language: str | None = None,
    date: str | None = None,
    results: Results | None = None,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> Report:
    """The report of ``model`` for ``audience`` in ``language`` (see the module documentation).

    ``date`` (ISO 8601) is printed on the title page and is the as-of date of the
    follow-up (measurements after it are not counted); today by default.
    ``results`` may be given when already computed for this model.
    """
    if audience not in AUDIENCES:
        raise ValueError(f"unknown audience {audience!r}; choose one of {', '.join(AUDIENCES)}")
    lang = report_language(model, language)
    as_of = report_date(date)
    if results is None:
        results = compute_results(model, progress=progress, cancel=cancel)
    builder = _Builder(model, results, lang, as_of)
    return builder.citizens() if audience == "citizens" else builder.decision_makers()


# ---------------------------------------------------------------------------


class _Builder:
    def __init__(self, model: Model, results: Results, language: str, as_of: _dt.date) -> None:
        self.model = model
        self.r = results
        self.a = results.analysis
        self.s = results.sensitivity
        self.p = results.portfolio
        self.lang = language
        self.as_of = as_of
        self.date = as_of.isoformat()
        self.fu: FollowUpResult | None = (
            evaluate_followup(model, as_of, evaluation=results.evaluation)
            if model.followup.indicators
            else None
        )
        self.t = ReportTranslator(language)
        self.f = NumberFormat(language)
        self.alt_names = {a.id: a.name or a.id for a in model.alternatives}
        self.crit = {c.id: c for c in model.walk_criteria()}
        self.alts: list[str] = list(self.a["alternatives"])
        values = self.a["values"]
        self.ranked = sorted(self.alts, key=lambda x: (-values[x]["focal"], self.alts.index(x)))
        self.best = self.ranked[0] if self.ranked else None
        self.group, self.group_problems = results.group, results.group_problems
        if model.participants and self.group is None and not self.group_problems:
            self.group, self.group_problems = combine_participants(model)

    # -- helpers ------------------------------------------------------------------------

    def name(self, alternative: str) -> str:
        return self.alt_names.get(alternative, alternative)

    def cname(self, criterion: str) -> str:
        if criterion == ROOT_ID:
            return self.t(QT_TRANSLATE_NOOP("Report", "the whole"))
        c = self.crit.get(criterion)
        return c.name if c is not None and c.name else criterion

    def names(self, alternatives: Sequence[str]) -> str:
        return self.listing([self.name(a) for a in alternatives])

    def listing(self, items: Sequence[str]) -> str:
        """``a, b and c`` (translated); ``none`` for no items."""
        if not items:
            return self.t(QT_TRANSLATE_NOOP("Report", "none"))
        if len(items) == 1:
            return items[0]
        return self.t(
            QT_TRANSLATE_NOOP("Report", "{first} and {last}"), first=", ".join(items[:-1]), last=items[-1]
        )

    def source_of(self, document: str, page: int | None) -> str:
        doc = self.model.document(document)
        title = doc.title if doc is not None else document
        if page is None:
            return title
        return self.t(QT_TRANSLATE_NOOP("Report", "{document}, page {page}"), document=title, page=page)

    def quote_text(self, text: str) -> str:
        return " ".join(text.split())

    @property
    def quote_marks(self) -> tuple[str, str]:
        """Swedish quotes with ” on both sides, English with “ ”."""
        return ("\u201d", "\u201d") if self.lang == "sv" else ("\u201c", "\u201d")

    def quoted(self, text: str) -> str:
        left, right = self.quote_marks
        return f"{left}{self.quote_text(text)}{right}"

    def facts(self) -> dict[str, Any]:
        facts: dict[str, Any] = {
            "recommended": self.best,
            "ranking": list(self.ranked),
            "values": {a: dict(v) for a, v in self.a["values"].items()},
            "samples": self.a["smaa"]["samples"],
            "seed": self.a["smaa"]["seed"],
            "rank1": {a: acc[0] for a, acc in self.a["smaa"]["rank_acceptability"].items()},
            "dominance": [list(p) for p in self.a["dominance"]],
            "portfolio": None,
        }
        if self.p is not None:
            facts["portfolio"] = list(self.p["focal_optimum"]["alternatives"])
            facts["classification"] = dict(self.p["classification"])
        facts["followup"] = self.fu.to_json() if self.fu is not None else None
        if self.model.participants:
            facts["participants"] = self.participant_facts()
        return facts

    def _report(self, audience: str, subtitle: str, sections: list[Section]) -> Report:
        t = self.t
        lines: list[str] = []
        if self.model.description:
            lines.append(self.model.description)
        if self.model.documents:
            titles = "; ".join(d.title for d in self.model.documents)
            lines.append(t(QT_TRANSLATE_NOOP("Report", "Based on: {documents}"), documents=titles))
        lines.append(t(QT_TRANSLATE_NOOP("Report", "Date: {date}"), date=self.date))
        lines.append(
            t(QT_TRANSLATE_NOOP("Report", "Produced with DIVÄ Desktop {version}"), version=__version__)
        )
        title = self.model.name or t(QT_TRANSLATE_NOOP("Report", "Untitled project"))
        labels = {
            "page": t(QT_TRANSLATE_NOOP("Report", "Page {page}")),
            "audience": subtitle,
            "quote_open": self.quote_marks[0],
            "quote_close": self.quote_marks[1],
        }
        return Report(
            language=self.lang,
            audience=audience,
            title=title,
            subtitle=subtitle,
            date=self.date,
            title_lines=tuple(lines),
            sections=tuple(sections),
            labels=labels,
            facts=self.facts(),
        )

    # -- shared findings ---------------------------------------------------------------

    def best_everywhere(self) -> bool:
        """The best alternative is at least as good as every other one for all weights and scores."""
        if self.best is None:
            return False
        diffs = self.a["differences"][self.best]
        return all(d["min"] >= -TOL for d in diffs.values())

    def nearest_switch(self) -> dict[str, Any] | None:
        """The one-way weight change closest to its focal value that makes another alternative best."""
        if self.best is None:
            return None
        found: list[dict[str, Any]] = []
        for e in self.s["one_way"]:
            lo, hi = e["stable"]
            for s in e["switches"]:
                if abs(s["weight"] - hi) < 1e-9 and s["best_before"] == self.best and hi < 1 - TOL:
                    found.append({**e, "at": hi, "up": True, "other": s["best_after"]})
                if abs(s["weight"] - lo) < 1e-9 and s["best_after"] == self.best and lo > TOL:
                    found.append({**e, "at": lo, "up": False, "other": s["best_before"]})
        if not found:
            return None
        return min(found, key=lambda x: abs(x["at"] - x["focal"]))

    def verdict(self) -> list[str]:
        """Why the best alternative is recommended, in words (one or two sentences)."""
        t, f = self.t, self.f
        if self.best is None:
            return []
        best = self.name(self.best)
        if len(self.alts) == 1:
            return [t(QT_TRANSLATE_NOOP("Report", "{best} is the only alternative."), best=best)]
        if self.best_everywhere():
            return [t(QT_TRANSLATE_NOOP("Report", "{best} is best in every case we examined."), best=best)]
        sw = self.nearest_switch()
        if sw is None:
            return [
                t(
                    QT_TRANSLATE_NOOP(
                        "Report",
                        "{best} is best however much weight any single criterion is given; only the uncertainty "
                        "in the assessments can change the order.",
                    ),
                    best=best,
                )
            ]
        fields = {
            "best": best,
            "criterion": self.cname(sw["criterion"]),
            "parent": self.cname(sw["node"]),
            "focal": f.percent(sw["focal"]),
            "switch": f.percent(sw["at"]),
            "other": self.name(sw["other"]),
        }
        if sw["node"] == ROOT_ID:
            template = (
                QT_TRANSLATE_NOOP(
                    "Report",
                    "{best} is best unless ‘{criterion}’ matters more than we have assumed: if its share of the "
                    "total weight rose from {focal} to more than {switch}, {other} would be best instead.",
                )
                if sw["up"]
                else QT_TRANSLATE_NOOP(
                    "Report",
                    "{best} is best unless ‘{criterion}’ matters less than we have assumed: if its share of the "
                    "total weight fell from {focal} to less than {switch}, {other} would be best instead.",
                )
            )
        else:
            template = (
                QT_TRANSLATE_NOOP(
                    "Report",
                    "{best} is best unless ‘{criterion}’ matters more than we have assumed: if its share of the "
                    "weight of ‘{parent}’ rose from {focal} to more than {switch}, {other} would be best instead.",
                )
                if sw["up"]
                else QT_TRANSLATE_NOOP(
                    "Report",
                    "{best} is best unless ‘{criterion}’ matters less than we have assumed: if its share of the "
                    "weight of ‘{parent}’ fell from {focal} to less than {switch}, {other} would be best instead.",
                )
            )
        out = [t(template, **fields)]
        lo, hi = sw["feasible"]
        if sw["at"] < lo - TOL or sw["at"] > hi + TOL:
            out.append(
                t(QT_TRANSLATE_NOOP("Report", "Such a weight lies outside what has been judged reasonable."))
            )
        else:
            out.append(
                t(
                    QT_TRANSLATE_NOOP(
                        "Report",
                        "Such a weight is within what has been judged reasonable: this is a real trade-off.",
                    )
                )
            )
        return out

    def acceptability_sentence(self) -> str:
        if self.best is None:
            return ""
        sm = self.a["smaa"]
        share = sm["rank_acceptability"][self.best][0]
        return self.t(
            QT_TRANSLATE_NOOP(
                "Report",
                "We repeated the calculation {samples} times with weights and assessments drawn at random "
                "within what has been judged reasonable. {best} came first in {share} of them.",
            ),
            samples=self.f.number(sm["samples"]),
            best=self.name(self.best),
            share=self.f.percent(share, 1 if 0 < share < 1 else 0),
        )

    def indicators(self) -> tuple[IndicatorStatus, ...]:
        """Each indicator's figures at the report's date (:func:`evaluate_followup`), in model order."""
        return self.fu.indicators if self.fu is not None else ()

    def status_label(self, code: str) -> str:
        return self.t(STATUS_LABELS[code]) if code in STATUS_LABELS else code

    def share(self, value: float | None) -> str:
        return self.f.percent(value) if value is not None else "–"

    def amount(self, value: float, unit: str | None) -> str:
        text = self.f.quantity(value)
        if not unit:
            return text
        if unit == "%":
            return f"{text}{NBSP}%" if self.lang == "sv" else f"{text}%"
        return f"{text}{NBSP}{unit}"

    # -- decision-makers ---------------------------------------------------------------

    def decision_makers(self) -> Report:
        t = self.t
        sections = [
            self.dm_summary(),
            self.dm_criteria(),
        ]
        views = self.dm_participants()
        if views is not None:
            sections.append(views)
        sections += [
            self.dm_values(),
            self.dm_robustness(),
            self.dm_smaa(),
            self.dm_sensitivity(),
        ]
        if self.p is not None:
            sections.append(self.dm_portfolio())
        sections.append(self.dm_traceability())
        follow = self.dm_followup()
        if follow is not None:
            sections.append(follow)
        sections.append(self.dm_notes())
        subtitle = t(QT_TRANSLATE_NOOP("Report", "Decision basis for decision-makers"))
        return self._report("decision-makers", subtitle, sections)

    def dm_summary(self) -> Section:
        t, f = self.t, self.f
        blocks: list[Block] = []
        if self.best is not None:
            v = self.a["values"][self.best]
            blocks.append(
                Paragraph(
                    t(
                        QT_TRANSLATE_NOOP(
                            "Report",
                            "{best} has the highest value at the representative weights and scores ({focal}; "
                            "between {low} and {high} over all feasible weights and scores).",
                        ),
                        best=self.name(self.best),
                        focal=f.value(v["focal"]),
                        low=f.value(v["min"]),
                        high=f.value(v["max"]),
                    ),
                    kind="summary",
                )
            )
            blocks.append(Paragraph(" ".join(self.verdict()), kind="summary"))
            blocks.append(Paragraph(self.acceptability_sentence(), kind="summary"))
        if self.p is not None:
            opt = self.p["focal_optimum"]
            budget = self.p.get("budget")
            if budget:
                text = t(
                    QT_TRANSLATE_NOOP(
                        "Report",
                        "Best portfolio within the budget of {budget} at the representative weights: {projects} "
                        "(cost {cost}, {share} of the budget).",
                    ),
                    budget=f.money(budget),
                    projects=self.names(opt["alternatives"]),
                    cost=f.money(opt["cost"]),
                    share=f.percent(opt["cost"] / budget),
                )
            else:
                text = t(
                    QT_TRANSLATE_NOOP(
                        "Report", "Best portfolio at the representative weights: {projects} (cost {cost})."
                    ),
                    projects=self.names(opt["alternatives"]),
                    cost=f.money(opt["cost"]),
                )
            blocks.append(Paragraph(text, kind="summary"))
        if self.a["warnings"]:
            blocks.append(
                Paragraph(
                    t(
                        QT_TRANSLATE_NOOP(
                            "Report", "The analysis has {count} warning(s); see ‘Notes’ at the end."
                        ),
                        count=len(self.a["warnings"]),
                    ),
                    kind="note",
                )
            )
        return Section(t(QT_TRANSLATE_NOOP("Report", "Summary")), tuple(blocks))

    def method_text(self, node: Criterion) -> str:
        t = self.t
        pref = self.model.weights.get(node.id)
        if pref is None:
            return t(QT_TRANSLATE_NOOP("Report", "equal weights"))
        if pref.method == "point":
            return t(QT_TRANSLATE_NOOP("Report", "precise weights"))
        if pref.method == "ranking":
            return t(QT_TRANSLATE_NOOP("Report", "ranking ({surrogate})"), surrogate=pref.surrogate.upper())
        if pref.method == "car":
            return t(QT_TRANSLATE_NOOP("Report", "ranking with steps (CAR)"))
        if pref.method == "interval":
            return t(QT_TRANSLATE_NOOP("Report", "weight intervals"))
        return t(QT_TRANSLATE_NOOP("Report", "swing weighting"))

    def dm_criteria(self) -> Section:
        t, f = self.t, self.f
        local = {(e["node"], e["criterion"]): e for e in self.s["one_way"]}
        w = self.a["weights"]
        rows: list[tuple[str, ...]] = []
        indent: list[int] = []

        def global_focal(c: Criterion) -> float:
            return float(sum(w["focal"].get(leaf.id, 0.0) for leaf in c.walk() if leaf.is_leaf))

        def visit(node: Criterion, parent: Criterion, depth: int) -> None:
            e = local.get((parent.id, node.id))
            local_focal = f.percent(e["focal"], 1) if e else "–"
            local_range = (
                f.interval(f.percent(e["feasible"][0], 1), f.percent(e["feasible"][1], 1)) if e else "–"
            )
            if node.is_leaf:
                glob_range = f.interval(f.percent(w["min"][node.id], 1), f.percent(w["max"][node.id], 1))
                how = ""
            else:
                glob_range = ""
                how = self.method_text(node)
            rows.append(
                (node.name, how, local_focal, local_range, f.percent(global_focal(node), 1), glob_range)
            )
            indent.append(depth)
            for ch in node.children:
                visit(ch, node, depth + 1)

        root = self.model.root
        for c in self.model.criteria:
            visit(c, root, 0)
        table = Table(
            caption=t(QT_TRANSLATE_NOOP("Report", "Criteria and weights")),
            header=(
                t(QT_TRANSLATE_NOOP("Report", "Criterion")),
                t(QT_TRANSLATE_NOOP("Report", "Sub-criteria weighted by")),
                t(QT_TRANSLATE_NOOP("Report", "Weight within parent")),
                t(QT_TRANSLATE_NOOP("Report", "Allowed within parent")),
                t(QT_TRANSLATE_NOOP("Report", "Share of total")),
                t(QT_TRANSLATE_NOOP("Report", "Allowed share of total")),
            ),
            rows=tuple(rows),
            numeric=(False, False, True, True, True, True),
            indent=tuple(indent),
            widths=(3.0, 1.8, 1.2, 1.8, 1.1, 1.7),
        )
        intro = Paragraph(
            t(
                QT_TRANSLATE_NOOP(
                    "Report",
                    "Weights are given as imprecise statements (rankings, intervals, swing points) at each level of "
                    "the criteria tree ({method} at the top level). The table shows the representative weights and "
                    "the least and greatest weights the statements allow.",
                ),
                method=self.method_text(root),
            )
        )
        return Section(t(QT_TRANSLATE_NOOP("Report", "Criteria and weights")), (intro, table))

    # -- participants (group weighting) -----------------------------------------------

    def node_label(self, node: str) -> str:
        """A node of the criteria tree as the participants' tables name it (the root: the top level)."""
        if node == ROOT_ID:
            return self.t(QT_TRANSLATE_NOOP("Report", "Top level"))
        return self.cname(node)

    def node_place(self, node: str) -> str:
        """Where in the criteria tree, within a sentence: “at the top level”, “under ‘X’”."""
        if node == ROOT_ID:
            return self.t(QT_TRANSLATE_NOOP("Report", "at the top level"))
        return self.t(QT_TRANSLATE_NOOP("Report", "under ‘{criterion}’"), criterion=self.cname(node))

    def participant_name(self, participant: str) -> str:
        assert self.group is not None
        p = self.group.participant(participant)
        return p.name or p.id

    def compared_nodes(self) -> list[NodeGroup]:
        """The nodes where at least two participants have statements (those with a conflict index)."""
        return [n for n in self.group.nodes if n.conflict is not None] if self.group is not None else []

    def focal_outside(self) -> list[tuple[str, str]]:
        """``(participant, node)`` where the group's current statements exclude the participant's focal weights.

        The group's set is the core's :func:`~diva_desktop.core.preferences.local_set`
        of the top-level statements, the participant's focal local weights
        :func:`~diva_desktop.core.group.combine`'s, and inside means
        :meth:`~diva_desktop.core.preferences.LocalSet.contains` within
        :data:`~diva_desktop.core.group.CONTAINMENT_TOL` (the group module's test).
        """
        if self.group is None:
            return []
        out: list[tuple[str, str]] = []
        for n in self.group.nodes:
            if not n.participants:
                continue
            node = self.model.criterion(n.node)
            assert node is not None
            group_set = local_set(node, self.model.weights.get(n.node))
            out.extend(
                (p, n.node) for p in n.participants if not group_set.contains(n.focal[p], CONTAINMENT_TOL)
            )
        return out

    def agreement(self) -> tuple[list[str], list[str]]:
        """The criteria whose weight the participants were closest on, and furthest apart on.

        By the spread (greatest − least focal local weight, ties within 1e-9 all
        named) over the nodes where two or more participants have statements;
        both empty when there is no such node or every spread is 0.
        """
        spreads = [
            (c, hi - lo)
            for n in self.compared_nodes()
            for c, lo, hi in zip(n.children, n.spread_low, n.spread_high, strict=True)
        ]
        if not spreads:
            return [], []
        low = min(s for _c, s in spreads)
        high = max(s for _c, s in spreads)
        if high <= TOL:
            return [], []
        return [c for c, s in spreads if s <= low + TOL], [c for c, s in spreads if s >= high - TOL]

    def best_for(self) -> list[str]:
        """The participants for whom the report's best alternative is among their focal-best."""
        if self.group is None or self.best is None:
            return []
        return [p.id for p in self.group.participants if self.best in p.best]

    def participant_facts(self) -> dict[str, Any]:
        g = self.group
        if g is None:
            return {"problems": [f"{p.location}: {p.text}" for p in self.group_problems]}
        agree, differ = self.agreement()
        return {
            "method": g.method,
            "participants": [
                {
                    "id": p.id,
                    "name": p.name,
                    "role": p.role,
                    "best": list(p.best),
                    "value": p.values[p.best[0]] if p.best else None,
                }
                for p in g.participants
            ],
            "conflict": {n.node: n.conflict for n in g.nodes if n.participants},
            "spread": {
                n.node: {
                    c: [lo, hi] for c, lo, hi in zip(n.children, n.spread_low, n.spread_high, strict=True)
                }
                for n in g.nodes
                if n.participants
            },
            "shown": [n.node for n in self.conflicting()],
            "outside": [list(x) for x in self.focal_outside()],
            "best_for": self.best_for(),
            "agree": agree,
            "differ": differ,
        }

    def conflicting(self) -> list[NodeGroup]:
        """At most :data:`CONFLICT_SHOWN` nodes by conflict index, highest first (ties in tree order)."""
        nodes = self.compared_nodes()
        order = {n.node: i for i, n in enumerate(nodes)}
        return sorted(nodes, key=lambda n: (-(n.conflict or 0.0), order[n.node]))[:CONFLICT_SHOWN]

    def dm_participants(self) -> Section | None:
        """The participants' views: each one's preferred alternative, and where they differ."""
        if not self.model.participants:
            return None
        t, f = self.t, self.f
        title = t(QT_TRANSLATE_NOOP("Report", "Participants’ views"))
        g = self.group
        if g is None:
            text = t(
                QT_TRANSLATE_NOOP("Report", "The participants’ statements could not be compared: {problems}"),
                problems="; ".join(p.text for p in self.group_problems),
            )
            return Section(title, (Paragraph(text, kind="note"),))
        stated = [n.node for n in g.nodes if n.participants]
        blocks: list[Block] = [
            Paragraph(
                t(
                    QT_TRANSLATE_NOOP(
                        "Report",
                        "{count} participants stated their own weights {where}. Each participant’s "
                        "representative weights, with the group’s where they stated none, give their own value "
                        "of every alternative; the table shows the alternative that is best for each of them.",
                    ),
                    count=len(g.participants),
                    where=self.listing([self.node_place(n) for n in stated]),
                )
            )
        ]

        def value(p: Any, alternative: str | None) -> str:
            return (
                f.value(p.values[alternative]) if alternative is not None and alternative in p.values else "–"
            )

        header = [
            t(QT_TRANSLATE_NOOP("Report", "Participant")),
            t(QT_TRANSLATE_NOOP("Report", "Role")),
            t(QT_TRANSLATE_NOOP("Report", "Best at own weights")),
            t(QT_TRANSLATE_NOOP("Report", "Its value")),
        ]
        if self.best is not None:
            header.append(t(QT_TRANSLATE_NOOP("Report", "Value of the group’s best")))
        rows = []
        for p in g.participants:
            row = [p.name or p.id, p.role or "", self.names(p.best), value(p, p.best[0] if p.best else None)]
            if self.best is not None:
                row.append(value(p, self.best))
            rows.append(tuple(row))
        blocks.append(
            Table(
                caption=t(QT_TRANSLATE_NOOP("Report", "Each participant’s best alternative")),
                header=tuple(header),
                rows=tuple(rows),
                numeric=(False, False, False, True, True),
                widths=(2.4, 2.8, 2.4, 1.0, 1.4)[: len(header)],
            )
        )
        if self.best is not None:
            blocks.append(
                Paragraph(
                    t(
                        QT_TRANSLATE_NOOP(
                            "Report",
                            "The group’s best is {best}, the alternative with the highest value at the group’s "
                            "representative weights; the last column gives its value at each participant’s own "
                            "weights.",
                        ),
                        best=self.name(self.best),
                    ),
                    kind="note",
                )
            )
        shown = self.conflicting()
        if not shown:
            blocks.append(
                Paragraph(
                    t(
                        QT_TRANSLATE_NOOP(
                            "Report",
                            "No criterion has statements from more than one participant, so there is no conflict "
                            "index to show.",
                        )
                    )
                )
            )
        else:
            allowed = {(e["node"], e["criterion"]): e["feasible"] for e in self.s["one_way"]}
            table_rows: list[tuple[str, ...]] = []
            indent: list[int] = []
            for n in shown:
                table_rows.append((self.node_label(n.node), f.number(n.conflict or 0.0, 2), "", ""))
                indent.append(0)
                for c, lo, hi in zip(n.children, n.spread_low, n.spread_high, strict=True):
                    feasible = allowed.get((n.node, c))
                    table_rows.append(
                        (
                            self.cname(c),
                            "",
                            f.interval(f.percent(lo, 1), f.percent(hi, 1)),
                            f.interval(f.percent(feasible[0], 1), f.percent(feasible[1], 1))
                            if feasible
                            else "–",
                        )
                    )
                    indent.append(1)
            compared = self.compared_nodes()
            caption = (
                t(QT_TRANSLATE_NOOP("Report", "Where the participants differ"))
                if len(shown) == len(compared)
                else t(
                    QT_TRANSLATE_NOOP(
                        "Report", "Where the participants differ most ({shown} of {total} criteria)"
                    ),
                    shown=len(shown),
                    total=len(compared),
                )
            )
            blocks.append(
                Table(
                    caption=caption,
                    header=(
                        t(QT_TRANSLATE_NOOP("Report", "Criterion")),
                        t(QT_TRANSLATE_NOOP("Report", "Conflict index")),
                        t(QT_TRANSLATE_NOOP("Report", "Participants’ weights (least–greatest)")),
                        t(QT_TRANSLATE_NOOP("Report", "Allowed within parent")),
                    ),
                    rows=tuple(table_rows),
                    numeric=(False, True, True, True),
                    indent=tuple(indent),
                    widths=(3.4, 1.3, 2.0, 1.8),
                )
            )
            blocks.append(
                Paragraph(
                    t(
                        QT_TRANSLATE_NOOP(
                            "Report",
                            "The conflict index of a criterion is the share of the weight under it that one "
                            "participant would have to move to reach another’s representative weights, averaged "
                            "over every pair of participants: 0 means they agree, 1 that they put their weight on "
                            "entirely different sub-criteria. The weights are each participant’s representative "
                            "weights within the parent.",
                        )
                    )
                )
            )
        outside = self.focal_outside()
        if not outside:
            blocks.append(
                Paragraph(
                    t(
                        QT_TRANSLATE_NOOP(
                            "Report",
                            "The group’s weight statements, on which this report is based, allow every "
                            "participant’s representative weights.",
                        )
                    )
                )
            )
        else:
            blocks.append(
                Paragraph(
                    t(
                        QT_TRANSLATE_NOOP(
                            "Report",
                            "The group’s weight statements, on which this report is based, do not allow the "
                            "representative weights of every participant: {cases}. Combining the participants’ "
                            "statements (diva group) gives statements that allow them all.",
                        ),
                        cases="; ".join(
                            f"{self.participant_name(p)} {self.node_place(node)}" for p, node in outside
                        ),
                    ),
                    kind="note",
                )
            )
        return Section(title, tuple(blocks))

    def participants_text(self) -> str:
        """Who weighed the goals, where they agreed and differed, and for how many the proposal is best."""
        g = self.group
        if g is None or not g.participants:
            return ""
        t = self.t
        names = self.listing([p.name or p.id for p in g.participants])
        n = len(g.participants)
        if n == 1:
            out = [t(QT_TRANSLATE_NOOP("Report", "One participant weighed the goals: {names}."), names=names)]
        else:
            out = [
                t(
                    QT_TRANSLATE_NOOP(
                        "Report", "{count} participants weighed the goals, each on their own: {names}."
                    ),
                    count=n,
                    names=names,
                )
            ]
            agree, differ = self.agreement()
            if agree and differ:
                out.append(
                    t(
                        QT_TRANSLATE_NOOP(
                            "Report",
                            "They agreed most on how much {agree} should weigh, and differed most on {differ}.",
                        ),
                        agree=self.listing([f"‘{self.cname(c)}’" for c in agree]),
                        differ=self.listing([f"‘{self.cname(c)}’" for c in differ]),
                    )
                )
            elif self.compared_nodes():
                out.append(t(QT_TRANSLATE_NOOP("Report", "They weighed the goals in the same way.")))
        if self.best is not None:
            k = len(self.best_for())
            best = self.name(self.best)
            if n == 1:
                template = (
                    QT_TRANSLATE_NOOP("Report", "With their weighing too, {best} comes out best.")
                    if k
                    else QT_TRANSLATE_NOOP(
                        "Report", "With their weighing, another alternative than {best} comes out best."
                    )
                )
            elif k == n:
                template = QT_TRANSLATE_NOOP(
                    "Report", "With each one’s own weighing, {best} comes out best for all of them."
                )
            elif k:
                template = QT_TRANSLATE_NOOP(
                    "Report", "With each one’s own weighing, {best} comes out best for {k} of them."
                )
            else:
                template = QT_TRANSLATE_NOOP(
                    "Report", "With each one’s own weighing, {best} does not come out best for any of them."
                )
            out.append(t(template, best=best, k=k))
        return " ".join(out)

    def dm_values(self) -> Section:
        t, f = self.t, self.f
        values = self.a["values"]
        figure = Figure(
            kind="intervals",
            caption=t(QT_TRANSLATE_NOOP("Report", "Value intervals of the alternatives")),
            alt=t(
                QT_TRANSLATE_NOOP(
                    "Report",
                    "Horizontal bars, one per alternative, from the least to the greatest value; a diamond marks "
                    "the representative value. Highest: {best} ({focal}). The table below gives every number.",
                ),
                best=self.name(self.ranked[0]) if self.ranked else "",
                focal=f.value(values[self.ranked[0]]["focal"]) if self.ranked else "",
            ),
            axis=t(QT_TRANSLATE_NOOP("Report", "Value (0 = worst, 1 = best on every criterion)")),
            rows=tuple(
                IntervalRow(self.name(a), values[a]["min"], values[a]["focal"], values[a]["max"])
                for a in self.ranked
            ),
            legend=(
                ("interval", t(QT_TRANSLATE_NOOP("Report", "least to greatest value"))),
                ("focal", t(QT_TRANSLATE_NOOP("Report", "representative value"))),
            ),
        )
        rows = tuple(
            (
                self.name(a),
                f.value(values[a]["focal"]),
                f.value(values[a]["min"]),
                f.value(values[a]["max"]),
                f.value(self.a["max_regret"][a]),
            )
            for a in self.ranked
        )
        table = Table(
            caption=t(QT_TRANSLATE_NOOP("Report", "Value intervals")),
            header=(
                t(QT_TRANSLATE_NOOP("Report", "Alternative")),
                t(QT_TRANSLATE_NOOP("Report", "Representative value")),
                t(QT_TRANSLATE_NOOP("Report", "Least value")),
                t(QT_TRANSLATE_NOOP("Report", "Greatest value")),
                t(QT_TRANSLATE_NOOP("Report", "Greatest regret")),
            ),
            rows=rows,
            numeric=(False, True, True, True, True),
            widths=(3.6, 1.4, 1.2, 1.2, 1.2),
        )
        intro = Paragraph(
            t(
                QT_TRANSLATE_NOOP(
                    "Report",
                    "The value of an alternative is the weighted sum of its values on the criteria (0 to 1). "
                    "Because weights and scores are imprecise, each value is an interval: its least and greatest "
                    "value over all weights and scores that the statements allow, computed exactly.",
                )
            )
        )
        return Section(t(QT_TRANSLATE_NOOP("Report", "Value of each alternative")), (intro, figure, table))

    def dm_robustness(self) -> Section:
        t, f = self.t, self.f
        blocks: list[Block] = []
        dom = self.a["dominance"]
        if dom:
            blocks.append(
                Paragraph(
                    t(
                        QT_TRANSLATE_NOOP(
                            "Report",
                            "An alternative dominates another when it is at least as good for every allowed "
                            "weight and score, and better for some. Dominance relations:",
                        )
                    )
                )
            )
            blocks.append(
                Items(
                    tuple(
                        t(QT_TRANSLATE_NOOP("Report", "{a} dominates {b}"), a=self.name(a), b=self.name(b))
                        for a, b in dom
                    )
                )
            )
        else:
            blocks.append(
                Paragraph(
                    t(
                        QT_TRANSLATE_NOOP(
                            "Report", "No alternative dominates another over all allowed weights and scores."
                        )
                    )
                )
            )
        rules = self.a["rules"]
        meaning = {
            "maximax": t(QT_TRANSLATE_NOOP("Report", "greatest possible value (optimistic)")),
            "maximin": t(QT_TRANSLATE_NOOP("Report", "greatest least value (cautious)")),
            "central_values": t(QT_TRANSLATE_NOOP("Report", "greatest midpoint of the value interval")),
            "minimax_regret": t(QT_TRANSLATE_NOOP("Report", "least greatest regret")),
            "focal": t(QT_TRANSLATE_NOOP("Report", "greatest representative value")),
        }
        rule_names = {
            "maximax": "maximax",
            "maximin": "maximin",
            "central_values": t(QT_TRANSLATE_NOOP("Report", "central values")),
            "minimax_regret": t(QT_TRANSLATE_NOOP("Report", "minimax regret")),
            "focal": t(QT_TRANSLATE_NOOP("Report", "representative weights")),
        }
        blocks.append(
            Table(
                caption=t(QT_TRANSLATE_NOOP("Report", "Decision rules")),
                header=(
                    t(QT_TRANSLATE_NOOP("Report", "Rule")),
                    t(QT_TRANSLATE_NOOP("Report", "Chooses the alternative with")),
                    t(QT_TRANSLATE_NOOP("Report", "Best")),
                ),
                rows=tuple((rule_names[k], meaning[k], self.names(rules.get(k, []))) for k in meaning),
                widths=(1.6, 3.0, 2.8),
            )
        )
        if self.best is not None and len(self.alts) > 1:
            diffs = self.a["differences"][self.best]
            pairs = [(b, d) for b, d in diffs.items() if d["focal"] > TOL and d["decided_at"] is not None]
            pairs.sort(key=lambda x: -x[1]["decided_at"])
            at_once = sum(1 for _b, d in pairs if d["decided_at"] <= TOL)
            blocks.append(
                Paragraph(
                    t(
                        QT_TRANSLATE_NOOP(
                            "Report",
                            "Contraction: the allowed weights and scores are shrunk step by step toward the "
                            "representative ones (level 0 = as stated, 1 = only the representative point). A "
                            "comparison is decided at the level where one alternative becomes better everywhere. "
                            "{best} is better than {count} of the {total} other alternatives already as stated.",
                        ),
                        best=self.name(self.best),
                        count=at_once,
                        total=len(self.alts) - 1,
                    )
                )
            )
            later = [(b, d) for b, d in pairs if d["decided_at"] > TOL]
            if later:
                blocks.append(
                    Table(
                        caption=t(
                            QT_TRANSLATE_NOOP(
                                "Report", "Comparisons with {best} decided only after contraction"
                            ),
                            best=self.name(self.best),
                        ),
                        header=(
                            t(QT_TRANSLATE_NOOP("Report", "Compared with")),
                            t(QT_TRANSLATE_NOOP("Report", "Difference (representative)")),
                            t(QT_TRANSLATE_NOOP("Report", "Difference (least to greatest)")),
                            t(QT_TRANSLATE_NOOP("Report", "Decided at level")),
                        ),
                        rows=tuple(
                            (
                                self.name(b),
                                f.value(d["focal"]),
                                f.range(d["min"], d["max"]),
                                f.number(d["decided_at"], 2),
                            )
                            for b, d in later
                        ),
                        numeric=(False, True, True, True),
                        widths=(3.2, 1.6, 2.0, 1.4),
                    )
                )
        return Section(
            t(QT_TRANSLATE_NOOP("Report", "Dominance, decision rules and contraction")), tuple(blocks)
        )

    def dm_smaa(self) -> Section:
        t, f = self.t, self.f
        sm = self.a["smaa"]
        order = sorted(self.alts, key=lambda a: (-sm["rank_acceptability"][a][0], self.ranked.index(a)))
        figure = Figure(
            kind="bars",
            caption=t(QT_TRANSLATE_NOOP("Report", "First-rank acceptability")),
            alt=t(
                QT_TRANSLATE_NOOP(
                    "Report",
                    "Bars of the share of samples in which each alternative comes first. Highest: {best} "
                    "({share}). The table below gives every number.",
                ),
                best=self.name(order[0]) if order else "",
                share=f.percent(sm["rank_acceptability"][order[0]][0], 1) if order else "",
            ),
            axis=t(QT_TRANSLATE_NOOP("Report", "Share of samples with rank 1")),
            rows=tuple(BarRow(self.name(a), sm["rank_acceptability"][a][0]) for a in order),
            percent=True,
        )

        def conf(a: str) -> str:
            c = sm["confidence"][a]
            return "–" if c is None else f.percent(c, 1)

        table = Table(
            caption=t(QT_TRANSLATE_NOOP("Report", "Rank acceptabilities (SMAA)")),
            header=(
                t(QT_TRANSLATE_NOOP("Report", "Alternative")),
                t(QT_TRANSLATE_NOOP("Report", "Rank 1")),
                t(QT_TRANSLATE_NOOP("Report", "Holistic acceptability")),
                t(QT_TRANSLATE_NOOP("Report", "Confidence factor")),
            ),
            rows=tuple(
                (
                    self.name(a),
                    f.percent(sm["rank_acceptability"][a][0], 1),
                    f.number(sm["holistic"][a], 3),
                    conf(a),
                )
                for a in order
            ),
            numeric=(False, True, True, True),
            widths=(3.6, 1.2, 1.6, 1.6),
        )
        intro = Paragraph(
            t(
                QT_TRANSLATE_NOOP(
                    "Report",
                    "Stochastic multicriteria acceptability analysis (SMAA-2): {samples} samples of weights and "
                    "scores drawn uniformly from the allowed sets (seed {seed}, so the report is reproducible). "
                    "Rank 1 is the share of samples in which the alternative is best.",
                ),
                samples=f.number(sm["samples"]),
                seed=sm["seed"],
            )
        )
        return Section(t(QT_TRANSLATE_NOOP("Report", "Rank acceptabilities")), (intro, figure, table))

    def sensitive_weights(self) -> list[dict[str, Any]]:
        found = []
        for e in self.s["one_way"]:
            lo, hi = e["stable"]
            margins = []
            if lo > TOL:
                margins.append(e["focal"] - lo)
            if hi < 1 - TOL:
                margins.append(hi - e["focal"])
            if margins:
                found.append({**e, "margin": min(margins)})
        found.sort(key=lambda x: x["margin"])
        return found[:SENSITIVE_SHOWN]

    def dm_sensitivity(self) -> Section:
        t, f = self.t, self.f
        items = self.sensitive_weights()
        blocks: list[Block] = [
            Paragraph(
                t(
                    QT_TRANSLATE_NOOP(
                        "Report",
                        "One-way sensitivity: one weight at a time is varied from 0 to 100% of its parent while "
                        "the others keep their proportions. The stable interval is where {best} stays best.",
                    ),
                    best=self.name(self.best) if self.best else "",
                )
            )
        ]
        if not items:
            blocks.append(
                Paragraph(
                    t(QT_TRANSLATE_NOOP("Report", "No single weight change makes another alternative best."))
                )
            )
        else:

            def change(e: dict[str, Any]) -> str:
                return "; ".join(
                    t(
                        QT_TRANSLATE_NOOP("Report", "at {weight}: {before} → {after}"),
                        weight=f.percent(s["weight"], 1),
                        before=self.name(s["best_before"]),
                        after=self.name(s["best_after"]),
                    )
                    for s in e["switches"]
                )

            blocks.append(
                Table(
                    caption=t(QT_TRANSLATE_NOOP("Report", "The most sensitive weights")),
                    header=(
                        t(QT_TRANSLATE_NOOP("Report", "Weight")),
                        t(QT_TRANSLATE_NOOP("Report", "Representative")),
                        t(QT_TRANSLATE_NOOP("Report", "Allowed")),
                        t(QT_TRANSLATE_NOOP("Report", "Stable interval")),
                        t(QT_TRANSLATE_NOOP("Report", "Best alternative changes")),
                    ),
                    rows=tuple(
                        (
                            self.cname(e["criterion"])
                            if e["node"] == ROOT_ID
                            else t(
                                QT_TRANSLATE_NOOP("Report", "{criterion} (in {parent})"),
                                criterion=self.cname(e["criterion"]),
                                parent=self.cname(e["node"]),
                            ),
                            f.percent(e["focal"], 1),
                            f.interval(f.percent(e["feasible"][0], 1), f.percent(e["feasible"][1], 1)),
                            f.interval(f.percent(e["stable"][0], 1), f.percent(e["stable"][1], 1)),
                            change(e),
                        )
                        for e in items
                    ),
                    numeric=(False, True, True, True, False),
                    widths=(2.3, 1.7, 1.5, 1.5, 2.8),
                )
            )
        blocks.append(Paragraph(" ".join(self.verdict())))
        return Section(t(QT_TRANSLATE_NOOP("Report", "Sensitivity")), tuple(blocks))

    def class_name(self, cls: str) -> str:
        t = self.t
        return {
            "core": t(QT_TRANSLATE_NOOP("Report", "core")),
            "borderline": t(QT_TRANSLATE_NOOP("Report", "borderline")),
            "exterior": t(QT_TRANSLATE_NOOP("Report", "exterior")),
        }[cls]

    def dm_portfolio(self) -> Section:
        t, f = self.t, self.f
        assert self.p is not None
        p = self.p
        opt = p["focal_optimum"]
        blocks: list[Block] = []
        budget = p.get("budget")
        pc = self.model.portfolio
        lines = [
            t(
                QT_TRANSLATE_NOOP("Report", "Investments: {projects}"),
                projects=self.names(opt["alternatives"]),
            ),
            t(QT_TRANSLATE_NOOP("Report", "Cost: {cost}"), cost=f.money(opt["cost"])),
            t(
                QT_TRANSLATE_NOOP("Report", "Portfolio value (representative): {value}"),
                value=f.value(opt["value"]),
            ),
        ]
        if budget:
            lines.append(
                t(
                    QT_TRANSLATE_NOOP("Report", "Budget use: {cost} of {budget} ({share})"),
                    cost=f.money(opt["cost"]),
                    budget=f.money(budget),
                    share=f.percent(opt["cost"] / budget),
                )
            )
        if pc is not None:
            for res, limit in pc.resources.items():
                used = sum(
                    float(a.resources.get(res, 0.0))
                    for a in self.model.alternatives
                    if a.id in opt["alternatives"]
                )
                lines.append(
                    t(
                        QT_TRANSLATE_NOOP("Report", "Use of {resource}: {used} of {limit} ({share})"),
                        resource=res,
                        used=f.quantity(used),
                        limit=f.quantity(limit),
                        share=f.percent(used / limit) if limit else "–",
                    )
                )
        blocks.append(
            Paragraph(
                t(
                    QT_TRANSLATE_NOOP(
                        "Report",
                        "The portfolio with the greatest total value at the representative weights and scores, "
                        "within the budget and the other constraints (the value of a portfolio is the sum of what "
                        "each investment adds to the do-nothing alternative):",
                    )
                )
            )
        )
        blocks.append(Items(tuple(lines)))
        nd = len(p["non_dominated"])
        blocks.append(
            Paragraph(
                t(
                    QT_TRANSLATE_NOOP(
                        "Report",
                        "Robust portfolio modelling: {count} feasible portfolios are non-dominated, that is, no "
                        "other feasible portfolio is at least as good for every allowed weight and score. The core "
                        "index of an investment is the share of them that contain it: core investments (index 1) "
                        "belong in the decision whatever the weights, exterior ones (0) can be left out, borderline "
                        "ones depend on the weights.",
                    ),
                    count=f.number(nd),
                )
            )
        )
        if p.get("truncated"):
            blocks.append(
                Paragraph(
                    t(
                        QT_TRANSLATE_NOOP("Report", "The search stopped at the limit of {limit} portfolios."),
                        limit=f.number(p.get("limit", 0)),
                    ),
                    kind="note",
                )
            )
        core = p["core_index"]
        order = sorted(core, key=lambda a: (-core[a], list(core).index(a)))
        blocks.append(
            Figure(
                kind="bars",
                caption=t(QT_TRANSLATE_NOOP("Report", "Core index of each investment")),
                alt=t(
                    QT_TRANSLATE_NOOP(
                        "Report",
                        "Bars of the core index of each investment, coloured by class: core {core}; borderline "
                        "{borderline}; exterior {exterior}.",
                    ),
                    core=self.names([a for a in order if p["classification"][a] == "core"]),
                    borderline=self.names([a for a in order if p["classification"][a] == "borderline"]),
                    exterior=self.names([a for a in order if p["classification"][a] == "exterior"]),
                ),
                axis=t(QT_TRANSLATE_NOOP("Report", "Core index (share of non-dominated portfolios)")),
                rows=tuple(BarRow(self.name(a), core[a], p["classification"][a]) for a in order),
                legend=tuple((c, self.class_name(c)) for c in ("core", "borderline", "exterior")),
            )
        )
        blocks.append(
            Table(
                caption=t(QT_TRANSLATE_NOOP("Report", "Core index")),
                header=(
                    t(QT_TRANSLATE_NOOP("Report", "Investment")),
                    t(QT_TRANSLATE_NOOP("Report", "Cost")),
                    t(QT_TRANSLATE_NOOP("Report", "Core index")),
                    t(QT_TRANSLATE_NOOP("Report", "Class")),
                    t(QT_TRANSLATE_NOOP("Report", "In the best portfolio")),
                ),
                rows=tuple(
                    (
                        self.name(a),
                        f.money(self.cost(a)),
                        f.number(core[a], 2),
                        self.class_name(p["classification"][a]),
                        t(QT_TRANSLATE_NOOP("Report", "yes")) if a in opt["alternatives"] else "",
                    )
                    for a in order
                ),
                numeric=(False, True, True, False, False),
                widths=(3.4, 1.6, 1.1, 1.2, 1.3),
            )
        )
        frontier = p["frontier"]
        if frontier:
            blocks.append(
                Table(
                    caption=t(QT_TRANSLATE_NOOP("Report", "Cost–value frontier (representative weights)")),
                    header=(
                        t(QT_TRANSLATE_NOOP("Report", "Cost")),
                        t(QT_TRANSLATE_NOOP("Report", "Value")),
                        t(QT_TRANSLATE_NOOP("Report", "Investments")),
                    ),
                    rows=tuple(
                        (f.money(q["cost"]), f.value(q["value"]), self.names(q["alternatives"]))
                        for q in frontier
                    ),
                    numeric=(True, True, False),
                    widths=(1.5, 1.0, 5.5),
                )
            )
        return Section(t(QT_TRANSLATE_NOOP("Report", "Portfolio")), tuple(blocks))

    def cost(self, alternative: str) -> float:
        a = self.model.alternative(alternative)
        return float(a.cost) if a is not None else 0.0

    def dm_traceability(self) -> Section:
        t = self.t
        cov = coverage(self.model)
        rows = []
        for leaf in self.model.leaves():
            goals = [
                g for g in (self.model.goal(gid) for gid in cov.anchors.get(leaf.id, ())) if g is not None
            ]
            if goals:
                text = "\n".join(
                    f"{self.quoted(g.quote)} ({self.source_of(g.document, g.page)})" for g in goals
                )
            else:
                text = t(QT_TRANSLATE_NOOP("Report", "No goal is linked to this criterion."))
            rows.append((leaf.name, text))
        blocks: list[Block] = [
            Paragraph(
                t(
                    QT_TRANSLATE_NOOP(
                        "Report",
                        "Each scored criterion and the goals in the steering documents it serves (its own and "
                        "those of the criteria above it), quoted verbatim with document and page.",
                    )
                )
            ),
            Table(
                caption=t(QT_TRANSLATE_NOOP("Report", "Criteria and the goals behind them")),
                header=(t(QT_TRANSLATE_NOOP("Report", "Criterion")), t(QT_TRANSLATE_NOOP("Report", "Goals"))),
                rows=tuple(rows),
                widths=(2.3, 5.7),
            ),
        ]
        if cov.uncovered_goals:
            blocks.append(
                Paragraph(
                    t(
                        QT_TRANSLATE_NOOP("Report", "Goals that no criterion serves: {goals}"),
                        goals="; ".join(
                            f"{self.quoted(g.quote)} ({self.source_of(g.document, g.page)})"
                            for g in cov.uncovered_goals
                        ),
                    ),
                    kind="note",
                )
            )
        return Section(
            t(QT_TRANSLATE_NOOP("Report", "Traceability to the steering documents")), tuple(blocks)
        )

    def dm_followup(self) -> Section | None:
        t, f = self.t, self.f
        fu = self.fu
        if fu is None:
            return None
        # two tables: with every column in one, dates and names would break inside words on A4
        definitions = []
        statuses = []
        for st in fu.indicators:
            ind = st.indicator
            latest = st.latest
            definitions.append(
                (
                    ind.name,
                    self.name(ind.alternative) if ind.alternative else t(QT_TRANSLATE_NOOP("Report", "all")),
                    self.observation(ind.baseline.value, ind.baseline.date, ind.unit)
                    if ind.baseline
                    else "–",
                    self.observation(ind.target.value, ind.target.date, ind.unit) if ind.target else "–",
                    ind.owner or "",
                )
            )
            statuses.append(
                (
                    ind.name,
                    self.observation(latest.value, latest.date, ind.unit) if latest else "–",
                    self.share(st.progress),
                    self.share(st.planned_progress),
                    self.status_label(st.status),
                )
            )
        blocks: list[Block] = [
            Table(
                caption=t(QT_TRANSLATE_NOOP("Report", "Follow-up indicators")),
                header=(
                    t(QT_TRANSLATE_NOOP("Report", "Indicator")),
                    t(QT_TRANSLATE_NOOP("Report", "Investment")),
                    t(QT_TRANSLATE_NOOP("Report", "Baseline")),
                    t(QT_TRANSLATE_NOOP("Report", "Target")),
                    t(QT_TRANSLATE_NOOP("Report", "Responsible")),
                ),
                rows=tuple(definitions),
                numeric=(False, False, True, True, False),
                widths=(3.6, 3.0, 2.6, 2.6, 5.2),
            ),
            Paragraph(
                t(
                    QT_TRANSLATE_NOOP(
                        "Report",
                        "Status on {date}, the date of this report: each indicator’s latest measurement on or "
                        "before that date (later ones are not counted). Progress is the share of the distance "
                        "from the baseline to the target that has been covered; the plan is a straight line from "
                        "the baseline date to the target date. {on_track}: at or ahead of plan; {at_risk}: behind "
                        "plan by at most {margin} of the distance; {off_track}: further behind.",
                    ),
                    date=self.date,
                    margin=f.percent(fu.margin),
                    on_track=self.status_label("on_track"),
                    at_risk=self.status_label("at_risk"),
                    off_track=self.status_label("off_track"),
                )
            ),
            Table(
                caption=t(QT_TRANSLATE_NOOP("Report", "Progress and status on {date}"), date=self.date),
                header=(
                    t(QT_TRANSLATE_NOOP("Report", "Indicator")),
                    t(QT_TRANSLATE_NOOP("Report", "Latest measurement")),
                    t(QT_TRANSLATE_NOOP("Report", "Progress")),
                    t(QT_TRANSLATE_NOOP("Report", "Plan")),
                    t(QT_TRANSLATE_NOOP("Report", "Status")),
                ),
                rows=tuple(statuses),
                numeric=(False, True, True, True, False),
                widths=(6.0, 3.4, 2.2, 2.2, 3.2),
            ),
        ]
        measured = [r for r in fu.alternatives if r.measured_criteria]
        if measured:
            if fu.do_nothing is not None:
                index_text = t(
                    QT_TRANSLATE_NOOP(
                        "Report",
                        "The realisation index is the share of the expected gain over {reference} that is "
                        "realised: 1 means as planned.",
                    ),
                    reference=self.name(fu.do_nothing),
                )
            else:
                index_text = t(
                    QT_TRANSLATE_NOOP(
                        "Report", "The realisation index is the realised value divided by the expected value."
                    )
                )
            blocks.append(
                Paragraph(
                    " ".join(
                        (
                            t(
                                QT_TRANSLATE_NOOP(
                                    "Report",
                                    "Expected value is the representative value the decision was based on; "
                                    "realised value is the same with the latest measurements in place of the "
                                    "planned scores. Measured weight is the share of the weight on measured "
                                    "criteria.",
                                )
                            ),
                            index_text,
                            t(
                                QT_TRANSLATE_NOOP(
                                    "Report", "Before the target dates an index below 1 is to be expected."
                                )
                            ),
                        )
                    )
                )
            )
            blocks.append(
                Table(
                    caption=t(
                        QT_TRANSLATE_NOOP("Report", "Expected and realised value of the measured investments")
                    ),
                    header=(
                        t(QT_TRANSLATE_NOOP("Report", "Investment")),
                        t(QT_TRANSLATE_NOOP("Report", "Expected value")),
                        t(QT_TRANSLATE_NOOP("Report", "Realised value")),
                        t(QT_TRANSLATE_NOOP("Report", "Realisation index")),
                        t(QT_TRANSLATE_NOOP("Report", "Measured weight")),
                    ),
                    rows=tuple(
                        (
                            self.name(r.alternative),
                            f.value(r.expected),
                            f.value(r.realised),
                            f.number(r.index, 2) if r.index is not None else "–",
                            f.percent(r.coverage, 1),
                        )
                        for r in measured
                    ),
                    numeric=(False, True, True, True, True),
                    widths=(5.0, 2.8, 2.8, 3.4, 3.0),
                )
            )
        return Section(t(QT_TRANSLATE_NOOP("Report", "Follow-up")), tuple(blocks))

    def observation(self, value: float, date: str | None, unit: str | None) -> str:
        text = self.amount(value, unit)
        return f"{text} ({date})" if date else text

    def plain_warning(self, text: str) -> str:
        """A core warning (``location: message``) as a sentence with names, where it is a known kind."""
        if m := _MISSING.match(text):
            return self.t(
                QT_TRANSLATE_NOOP(
                    "Report",
                    "The score of ‘{alternative}’ on ‘{criterion}’ is missing; the analysis allows anything from "
                    "the worst to the best value there.",
                ),
                alternative=self.name(m["alt"]),
                criterion=self.cname(m["leaf"]),
            )
        if m := _HIT_AND_RUN.match(text):
            return self.t(
                QT_TRANSLATE_NOOP(
                    "Report",
                    "The weights under ‘{criterion}’ are sampled approximately (hit-and-run); the acceptabilities "
                    "are close estimates.",
                ),
                criterion=self.cname(m["node"]),
            )
        return text

    def indicator_name(self, indicator: Any) -> str:
        ind = next((i for i in self.model.followup.indicators if i.id == indicator), None)
        return ind.name if ind is not None and ind.name else str(indicator)

    def followup_warning(self, problem: Problem) -> str:
        """A warning of the follow-up (:func:`evaluate_followup`) as a sentence with names."""
        t, f = self.t, self.f
        q = problem.params
        ind = self.indicator_name(q.get("indicator"))
        if problem.code == "measurement_before_baseline":
            return t(
                QT_TRANSLATE_NOOP(
                    "Report",
                    "A measurement of ‘{indicator}’ ({date}) is older than its baseline ({baseline_date}).",
                ),
                indicator=ind,
                date=q.get("date", ""),
                baseline_date=q.get("baseline_date", ""),
            )
        if problem.code == "measurement_outside_scale":
            return t(
                QT_TRANSLATE_NOOP(
                    "Report",
                    "A measurement of ‘{indicator}’ ({value}) is outside the criterion’s scale {low}–{high}; "
                    "the realised value takes it at the scale’s end.",
                ),
                indicator=ind,
                value=f.quantity(q["value"]),
                low=f.quantity(q["low"]),
                high=f.quantity(q["high"]),
            )
        if problem.code == "levels_scale_measurement":
            return t(
                QT_TRANSLATE_NOOP(
                    "Report",
                    "‘{criterion}’ is scored with levels, so the numbers measured by ‘{indicator}’ cannot replace "
                    "its score; the realised value keeps the planned score.",
                ),
                criterion=self.cname(q["criterion"]),
                indicator=ind,
            )
        if problem.code == "indicator_not_leaf":
            return t(
                QT_TRANSLATE_NOOP(
                    "Report",
                    "‘{criterion}’ has sub-criteria, so the measurements of ‘{indicator}’ are not used in the "
                    "realised value.",
                ),
                criterion=self.cname(q["criterion"]),
                indicator=ind,
            )
        if problem.code == "duplicate_indicator_link":
            return t(
                QT_TRANSLATE_NOOP(
                    "Report",
                    "‘{indicator}’ follows the same investment and criterion as ‘{other}’; the first with a "
                    "measurement is used in the realised value.",
                ),
                indicator=ind,
                other=self.indicator_name(q.get("other")),
            )
        return f"{problem.location}: {problem.text}"

    def dm_notes(self) -> Section:
        t = self.t
        blocks: list[Block] = []
        raw = [*self.a["warnings"], *self.s.get("warnings", [])]
        if self.p is not None:
            raw.extend(self.p.get("warnings", []))
        texts = [self.plain_warning(str(w)) for w in raw]
        if self.fu is not None:
            texts.extend(self.followup_warning(w) for w in self.fu.warnings)
        warnings = list(dict.fromkeys(texts))
        if warnings:
            blocks.append(Paragraph(t(QT_TRANSLATE_NOOP("Report", "Warnings from the analysis:"))))
            blocks.append(Items(tuple(warnings)))
        blocks.append(
            Paragraph(
                t(
                    QT_TRANSLATE_NOOP(
                        "Report",
                        "Methods: additive value model with imprecise weights and interval scores; exact value "
                        "intervals, differences and dominance; contraction after the Delta method; SMAA-2; robust "
                        "portfolio modelling (Liesiö, Mild and Salo 2007). Every number in this report can be "
                        "checked with the command line: diva analyze, diva sensitivity and diva portfolio.",
                    )
                ),
                kind="note",
            )
        )
        return Section(t(QT_TRANSLATE_NOOP("Report", "Notes")), tuple(blocks))

    # -- citizens ------------------------------------------------------------------------

    def citizens(self) -> Report:
        t = self.t
        sections = [
            self.c_summary(),
            self.c_goals(),
            self.c_investments(),
            self.c_recommendation(),
            self.c_uncertainty(),
        ]
        sections.append(self.c_followup())
        sections.append(self.c_about())
        subtitle = t(
            QT_TRANSLATE_NOOP("Report", "What we want to achieve and what we propose – for residents")
        )
        return self._report("citizens", subtitle, sections)

    def recommended(self) -> list[str]:
        if self.p is not None:
            return list(self.p["focal_optimum"]["alternatives"])
        return [self.best] if self.best is not None else []

    def c_summary(self) -> Section:
        t = self.t
        blocks: list[Block] = []
        rec = self.recommended()
        if self.p is not None:
            budget = self.p.get("budget")
            if budget:
                template = (
                    QT_TRANSLATE_NOOP(
                        "Report",
                        "We propose one investment, which costs {cost}, within the budget of {budget}: {projects}.",
                    )
                    if len(rec) == 1
                    else QT_TRANSLATE_NOOP(
                        "Report",
                        "We propose {count} investments that together cost {cost}, within the budget of "
                        "{budget}: {projects}.",
                    )
                )
                blocks.append(
                    Paragraph(
                        t(
                            template,
                            count=len(rec),
                            cost=self.f.money(self.p["focal_optimum"]["cost"]),
                            budget=self.f.money(budget),
                            projects=self.names(rec),
                        ),
                        kind="summary",
                    )
                )
            else:
                blocks.append(
                    Paragraph(
                        t(
                            QT_TRANSLATE_NOOP("Report", "We propose these investments: {projects}."),
                            projects=self.names(rec),
                        ),
                        kind="summary",
                    )
                )
        if self.best is not None:
            blocks.append(
                Paragraph(
                    t(
                        QT_TRANSLATE_NOOP(
                            "Report",
                            "Of all the alternatives, {best} does the most for the goals of the municipality.",
                        ),
                        best=self.name(self.best),
                    ),
                    kind="summary",
                )
            )
            blocks.append(Paragraph(" ".join(self.verdict()), kind="summary"))
        return Section(t(QT_TRANSLATE_NOOP("Report", "In brief")), tuple(blocks))

    def c_goals(self) -> Section:
        t = self.t
        cov = coverage(self.model)
        served = [g for g in self.model.goals if cov.served_by.get(g.id)]
        blocks: list[Block] = []
        if not served:
            blocks.append(
                Paragraph(
                    t(QT_TRANSLATE_NOOP("Report", "The project does not yet link its criteria to any goals."))
                )
            )
        else:
            blocks.append(
                Paragraph(
                    t(
                        QT_TRANSLATE_NOOP(
                            "Report",
                            "The investments have been compared against the goals that the municipality has "
                            "decided on in its steering documents. These are the goals, in the documents’ own words:",
                        )
                    )
                )
            )
            for g in served:
                # a row of a table in the document reads badly as a quote: its plain wording instead
                table_row = " | " in g.quote and bool(g.paraphrase)
                blocks.append(
                    Quote(
                        "" if table_row else self.quote_text(g.quote),
                        self.source_of(g.document, g.page),
                        self.quote_text(g.paraphrase) if g.paraphrase else "",
                    )
                )
        return Section(
            t(QT_TRANSLATE_NOOP("Report", "What the municipality wants to achieve")), tuple(blocks)
        )

    def c_investments(self) -> Section:
        t, f = self.t, self.f
        rows = []
        for a in self.model.alternatives:
            what = a.description or ""
            if a.do_nothing:
                what = (what + " " if what else "") + t(
                    QT_TRANSLATE_NOOP("Report", "(To do nothing new: the comparison point.)")
                )
            rows.append((a.name or a.id, what, f.money(a.cost)))
        intro = Paragraph(
            t(
                QT_TRANSLATE_NOOP("Report", "We have compared {count} alternatives:"),
                count=len(self.model.alternatives),
            )
        )
        table = Table(
            caption=t(QT_TRANSLATE_NOOP("Report", "The alternatives we compared")),
            header=(
                t(QT_TRANSLATE_NOOP("Report", "Investment")),
                t(QT_TRANSLATE_NOOP("Report", "What it is")),
                t(QT_TRANSLATE_NOOP("Report", "Cost")),
            ),
            rows=tuple(rows),
            numeric=(False, False, True),
            widths=(2.3, 4.6, 1.4),
        )
        return Section(t(QT_TRANSLATE_NOOP("Report", "The investments we compared")), (intro, table))

    def served_text(self, alternative: str) -> str:
        t = self.t
        served = goals_for_alternative(self.model, alternative)[:3]
        if not served:
            return t(
                QT_TRANSLATE_NOOP("Report", "It adds value mainly through criteria not linked to a goal.")
            )
        parts = [
            (self.quote_text(s.goal.paraphrase) if s.goal.paraphrase else self.quoted(s.goal.quote))
            for s in served
        ]
        return t(
            QT_TRANSLATE_NOOP("Report", "It helps most toward these goals: {goals}"), goals=" ".join(parts)
        )

    def c_recommendation(self) -> Section:
        t = self.t
        blocks: list[Block] = []
        rec = self.recommended()
        blocks.append(
            Paragraph(
                t(
                    QT_TRANSLATE_NOOP(
                        "Report",
                        "Each investment has been assessed on how much it helps toward each goal. The goals have "
                        "been given different importance. Together this gives each investment a total value.",
                    )
                )
            )
        )
        if self.group is not None:
            blocks.append(Paragraph(self.participants_text()))
        if self.p is not None:
            blocks.append(
                Paragraph(
                    t(
                        QT_TRANSLATE_NOOP(
                            "Report",
                            "The money does not suffice for everything, so we have looked for the combination "
                            "of investments that gives the most value for the money available.",
                        )
                    )
                )
            )
        for a in rec:
            blocks.append(Paragraph(self.served_text(a), lead=self.name(a) + ". "))
        blocks.append(Paragraph(" ".join(self.verdict())))
        if self.p is not None:
            cls = self.p["classification"]
            core = [a for a in rec if cls.get(a) == "core"]
            border = [a for a in rec if cls.get(a) == "borderline"]
            if core:
                blocks.append(
                    Paragraph(
                        t(
                            QT_TRANSLATE_NOOP(
                                "Report", "{projects} belong in the best combinations whatever the weights."
                            ),
                            projects=self.names(core),
                        )
                    )
                )
            if border:
                blocks.append(
                    Paragraph(
                        t(
                            QT_TRANSLATE_NOOP(
                                "Report",
                                "Whether {projects} should be included depends on how the goals are weighed "
                                "against each other.",
                            ),
                            projects=self.names(border),
                        )
                    )
                )
            left_out = [a for a in self.p["core_index"] if a not in rec]
            if left_out:
                blocks.append(
                    Paragraph(
                        t(
                            QT_TRANSLATE_NOOP(
                                "Report",
                                "Not proposed now: {projects}. Within the budget, other combinations give more "
                                "value for the money.",
                            ),
                            projects=self.names(left_out),
                        )
                    )
                )
        return Section(t(QT_TRANSLATE_NOOP("Report", "What we propose, and why")), tuple(blocks))

    def c_uncertainty(self) -> Section:
        t, f = self.t, self.f
        blocks: list[Block] = [
            Paragraph(
                t(
                    QT_TRANSLATE_NOOP(
                        "Report",
                        "Many assessments are uncertain: we do not know exactly how well an investment will work, "
                        "and people weigh the goals differently. That is why we have used ranges instead of exact "
                        "numbers where we are unsure, and checked how the result changes within those ranges.",
                    )
                )
            )
        ]
        if self.best is not None:
            blocks.append(Paragraph(self.acceptability_sentence()))
            v = self.a["values"][self.best]
            blocks.append(
                Paragraph(
                    t(
                        QT_TRANSLATE_NOOP(
                            "Report",
                            "On a scale from 0 (worst) to 100 (best), {best} gets about {focal}, but it could be "
                            "anything between {low} and {high}.",
                        ),
                        best=self.name(self.best),
                        focal=f.number(100 * v["focal"]),
                        low=f.number(100 * v["min"]),
                        high=f.number(100 * v["max"]),
                    )
                )
            )
        missing = [w for w in self.a["warnings"] if _MISSING.match(w)]
        if missing:
            template = (
                QT_TRANSLATE_NOOP(
                    "Report",
                    "One assessment is still missing; there we have allowed anything from the worst to the best.",
                )
                if len(missing) == 1
                else QT_TRANSLATE_NOOP(
                    "Report",
                    "{count} assessments are still missing; there we have allowed anything from the worst to the best.",
                )
            )
            blocks.append(Paragraph(t(template, count=len(missing))))
        return Section(t(QT_TRANSLATE_NOOP("Report", "How sure are we?")), tuple(blocks))

    def plain_progress(self, st: IndicatorStatus) -> str:
        """How far an indicator has come and whether that is on plan, in plain words."""
        t, f = self.t, self.f
        if st.status == "not_measured":
            return t(QT_TRANSLATE_NOOP("Report", "not measured yet"))
        if st.status == "exceeded":
            return t(QT_TRANSLATE_NOOP("Report", "has gone beyond the target"))
        if st.status == "achieved":
            return t(QT_TRANSLATE_NOOP("Report", "has reached the target"))
        if st.progress is None:
            return t(QT_TRANSLATE_NOOP("Report", "there is no starting point and target to compare with"))
        if st.progress < 0:
            come = t(QT_TRANSLATE_NOOP("Report", "has moved away from the target since the start"))
        else:
            come = t(QT_TRANSLATE_NOOP("Report", "has come {share} of the way"), share=f.percent(st.progress))
        plan = {
            "on_track": QT_TRANSLATE_NOOP("Report", "on plan"),
            "at_risk": QT_TRANSLATE_NOOP("Report", "a little behind plan"),
            "off_track": QT_TRANSLATE_NOOP("Report", "behind plan"),
        }.get(st.status, QT_TRANSLATE_NOOP("Report", "there is no timetable to compare with"))
        return f"{come}; {t(plan)}"

    def c_followup(self) -> Section:
        t = self.t
        inds = self.indicators()
        blocks: list[Block] = []
        measured = any(st.latest is not None for st in inds)
        if not inds:
            blocks.append(
                Paragraph(
                    t(
                        QT_TRANSLATE_NOOP(
                            "Report",
                            "What will be measured is decided together with the decision on the investments.",
                        )
                    )
                )
            )
        else:
            if measured:
                intro = t(
                    QT_TRANSLATE_NOOP(
                        "Report",
                        "We measure whether the investments give what we expect. This is how far they had come "
                        "on {date}:",
                    ),
                    date=self.date,
                )
            else:
                intro = t(
                    QT_TRANSLATE_NOOP(
                        "Report", "We will measure whether the investments give what we expect:"
                    )
                )
            blocks.append(Paragraph(intro))
            items = []
            for st in inds:
                ind = st.indicator
                parts = [ind.name]
                if ind.baseline and ind.target:
                    parts.append(
                        t(
                            QT_TRANSLATE_NOOP("Report", "from {baseline} to {target}"),
                            baseline=self.observation(ind.baseline.value, ind.baseline.date, ind.unit),
                            target=self.observation(ind.target.value, ind.target.date, ind.unit),
                        )
                    )
                elif ind.target:
                    parts.append(
                        t(
                            QT_TRANSLATE_NOOP("Report", "target {target}"),
                            target=self.observation(ind.target.value, ind.target.date, ind.unit),
                        )
                    )
                latest = st.latest
                if latest is not None:
                    parts.append(
                        t(
                            QT_TRANSLATE_NOOP("Report", "latest measurement {value}"),
                            value=self.observation(latest.value, latest.date, ind.unit),
                        )
                    )
                if measured:
                    parts.append(self.plain_progress(st))
                if ind.owner:
                    parts.append(t(QT_TRANSLATE_NOOP("Report", "responsible: {owner}"), owner=ind.owner))
                items.append(parts[0] + ": " + "; ".join(parts[1:]) if len(parts) > 1 else parts[0])
            blocks.append(Items(tuple(items)))
        return Section(t(QT_TRANSLATE_NOOP("Report", "What we will follow up")), tuple(blocks))

    def c_about(self) -> Section:
        t = self.t
        blocks: list[Block] = []
        docs = []
        for d in self.model.documents:
            extra = ", ".join(x for x in (d.decided_by, d.decision_date, d.reference) if x)
            docs.append(f"{d.title} ({extra})" if extra else d.title)
        if docs:
            blocks.append(
                Paragraph(t(QT_TRANSLATE_NOOP("Report", "The steering documents behind this report:")))
            )
            blocks.append(Items(tuple(docs)))
        blocks.append(
            Paragraph(
                t(
                    QT_TRANSLATE_NOOP(
                        "Report",
                        "The comparison was made with the decision support tool DIVÄ Desktop. A more detailed "
                        "report for decision-makers, with all the numbers, is available from the municipality.",
                    )
                ),
                kind="note",
            )
        )
        return Section(t(QT_TRANSLATE_NOOP("Report", "About this report")), tuple(blocks))
