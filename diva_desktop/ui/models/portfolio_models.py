"""Table models of the Portfolio step (spec §1.5 constraints, §6 results).

* :class:`PortfolioProjectsModel` wraps the document: one row per project (every
  alternative except the do-nothing one) with its cost and two check boxes,
  *mandatory* and *excluded*; ticking one executes
  :class:`~diva_desktop.core.commands.SetPortfolio` (undoable).
* :class:`PortfolioListModel` shows the non-dominated portfolios of a
  ``diva portfolio`` result (spec §6): projects, cost, focal, least and
  greatest value.
* :class:`PortfolioMembershipModel` shows the user's own portfolios (projects
  as rows, portfolios as check-box columns); they are a project setting of the
  document (``portfolio.compare``), saved in the project file, not in the model.
* :class:`PortfolioComparisonModel` shows a
  :func:`~diva_desktop.core.portfolio.compare_portfolios` result side by side.

:func:`violation_sentences` says in plain words why a set of projects is not a
feasible portfolio (the same rules as
:func:`~diva_desktop.core.portfolio.feasibility_violations`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from diva_desktop.core.commands import ChangeSet, SetPortfolio
from diva_desktop.core.errors import ModelError, Problem
from diva_desktop.core.model import Alternative, Model, PortfolioConstraints
from diva_desktop.core.portfolio import COMPARE_SETTING, portfolio_reference_problems, saved_portfolios

from .. import messages
from ..charts.base import elide, fmt
from ..document import ProjectDocument
from ..numbers import format_number

Index = QModelIndex | QPersistentModelIndex

RAW_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2


def projects(model: Model) -> list[Alternative]:
    """The alternatives that can be in a portfolio (all but the do-nothing one), model order."""
    return [a for a in model.alternatives if not a.do_nothing]


def constraints(model: Model) -> PortfolioConstraints:
    return model.portfolio if model.portfolio is not None else PortfolioConstraints()


def names_of(model: Model, ids: Sequence[str]) -> list[str]:
    by_id = {a.id: a.name or a.id for a in model.alternatives}
    return [by_id.get(a, a) for a in ids]


def money(value: float) -> str:
    """An amount in SEK in the locale (group separators, no decimals for whole kronor)."""
    return format_number(float(value))


def violation_sentences(model: Model, members: Sequence[str]) -> list[str]:
    """Why ``members`` is not a feasible portfolio, in plain translated sentences (empty: feasible)."""

    pc = constraints(model)
    alts = {a.id: a for a in model.alternatives}
    chosen = [a for a in dict.fromkeys(members) if a in alts]
    name = {a: alts[a].name or a for a in alts}
    out: list[str] = []
    for a in chosen:
        if alts[a].do_nothing:
            out.append(
                QCoreApplication.translate(
                    "PortfolioViolations", "‘{name}’ is the do-nothing alternative and cannot be chosen."
                ).format(name=name[a])
            )
    if pc.budget is not None:
        total = sum(float(alts[a].cost) for a in chosen)
        if total > pc.budget + 1e-9 * max(1.0, abs(pc.budget)):
            out.append(
                QCoreApplication.translate(
                    "PortfolioViolations", "It costs {cost}, more than the budget of {budget}."
                ).format(cost=money(total), budget=money(pc.budget))
            )
    for resource, limit in pc.resources.items():
        total = sum(float(alts[a].resources.get(resource, 0.0)) for a in chosen)
        if total > limit + 1e-9 * max(1.0, abs(limit)):
            out.append(
                QCoreApplication.translate(
                    "PortfolioViolations", "It uses {use} of ‘{resource}’, more than the limit of {limit}."
                ).format(use=format_number(total), resource=resource, limit=format_number(limit))
            )
    selected = set(chosen)
    for a in pc.mandatory:
        if a not in selected:
            out.append(
                QCoreApplication.translate(
                    "PortfolioViolations", "The mandatory ‘{name}’ is missing."
                ).format(name=name.get(a, a))
            )
    for a in pc.excluded:
        if a in selected:
            out.append(
                QCoreApplication.translate(
                    "PortfolioViolations", "The excluded ‘{name}’ is included."
                ).format(name=name.get(a, a))
            )
    for a, b in pc.requires:
        if a in selected and b not in selected:
            out.append(
                QCoreApplication.translate(
                    "PortfolioViolations", "‘{first}’ needs ‘{second}’, which is not included."
                ).format(first=name.get(a, a), second=name.get(b, b))
            )
    for group in pc.exclusive:
        hit = [a for a in dict.fromkeys(group) if a in selected]
        if len(hit) > 1:
            out.append(
                QCoreApplication.translate(
                    "PortfolioViolations", "Only one of {names} may be chosen."
                ).format(names=", ".join(f"‘{name.get(a, a)}’" for a in group))
            )
    return out


class PortfolioProjectsModel(QAbstractTableModel):
    """Projects with cost and the mandatory/excluded marks (see the module documentation)."""

    NAME, COST, MANDATORY, EXCLUDED = range(4)

    def __init__(self, document: ProjectDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document = document
        document.model_changed.connect(self._on_document_model_changed)

    def _on_document_model_changed(self, changes: ChangeSet) -> None:
        if changes.alternatives or changes.portfolio:
            self.beginResetModel()
            self.endResetModel()

    def _projects(self) -> list[Alternative]:
        return projects(self._document.model)

    def project_id(self, row: int) -> str | None:
        items = self._projects()
        return items[row].id if 0 <= row < len(items) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._projects())

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        headers = [self.tr("Project"), self.tr("Cost (SEK)"), self.tr("Mandatory"), self.tr("Excluded")]
        return headers[section] if 0 <= section < len(headers) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in (self.MANDATORY, self.EXCLUDED):
            base |= Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        items = self._projects()
        if not index.isValid() or not (0 <= index.row() < len(items)):
            return None
        a = items[index.row()]
        col = index.column()
        pc = constraints(self._document.model)
        if role == ID_ROLE:
            return a.id
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.NAME:
                return a.name or a.id
            if col == self.COST:
                return money(a.cost)
            return None
        if role == RAW_ROLE:
            return {
                self.NAME: a.id,
                self.COST: float(a.cost),
                self.MANDATORY: a.id in pc.mandatory,
                self.EXCLUDED: a.id in pc.excluded,
            }.get(col)
        if role == Qt.ItemDataRole.CheckStateRole:
            if col == self.MANDATORY:
                return Qt.CheckState.Checked if a.id in pc.mandatory else Qt.CheckState.Unchecked
            if col == self.EXCLUDED:
                return Qt.CheckState.Checked if a.id in pc.excluded else Qt.CheckState.Unchecked
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.NAME:
                return a.name or a.id
            if col == self.MANDATORY:
                return self.tr("Every portfolio must contain this project")
            if col == self.EXCLUDED:
                return self.tr("No portfolio may contain this project")
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.COST:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() not in (self.MANDATORY, self.EXCLUDED):
            return False
        aid = self.project_id(index.row())
        if aid is None:
            return False
        on = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        pc = constraints(self._document.model)
        mandatory = [a for a in pc.mandatory if a != aid]
        excluded = [a for a in pc.excluded if a != aid]
        if on and index.column() == self.MANDATORY:
            mandatory.append(aid)
        if on and index.column() == self.EXCLUDED:
            excluded.append(aid)
        new = replace(pc, mandatory=tuple(mandatory), excluded=tuple(excluded))
        return self._document.execute(SetPortfolio(new))


class _DictTable(QAbstractTableModel):
    """Base of the result tables: holds a result document and the model it came from."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._data: dict[str, Any] | None = None
        self._model: Model | None = None

    def set_result(self, data: dict[str, Any] | None, model: Model | None) -> None:
        self.beginResetModel()
        self._data = data
        self._model = model
        self._reset()
        self.endResetModel()

    def _reset(self) -> None:
        pass

    def _headers(self) -> list[str]:
        return []

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        headers = self._headers()
        return headers[section] if 0 <= section < len(headers) else None

    def names(self, ids: Sequence[str]) -> list[str]:
        return names_of(self._model, ids) if self._model is not None else list(ids)


class PortfolioListModel(_DictTable):
    """The non-dominated portfolios (by decreasing focal value, as the core lists them)."""

    PROJECTS, COUNT, COST, VALUE, LOW, HIGH = range(6)

    def _headers(self) -> list[str]:
        return [
            self.tr("Projects"),
            self.tr("Number"),
            self.tr("Cost (SEK)"),
            self.tr("Value"),
            self.tr("Least"),
            self.tr("Greatest"),
        ]

    def portfolios(self) -> list[dict[str, Any]]:
        return list(self._data["non_dominated"]) if self._data is not None else []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.portfolios())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        items = self.portfolios()
        if not index.isValid() or not (0 <= index.row() < len(items)):
            return None
        p = items[index.row()]
        col = index.column()
        raw: Any = {
            self.PROJECTS: list(p["alternatives"]),
            self.COUNT: len(p["alternatives"]),
            self.COST: p["cost"],
            self.VALUE: p["value"],
            self.LOW: p.get("value_min"),
            self.HIGH: p.get("value_max"),
        }.get(col)
        if role == RAW_ROLE:
            return raw
        if role == ID_ROLE:
            return list(p["alternatives"])
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.PROJECTS:
                return ", ".join(self.names(raw))
            if col == self.COUNT:
                return str(raw)
            if col == self.COST:
                return money(raw)
            return fmt(raw, 3)
        if role == Qt.ItemDataRole.ToolTipRole and col == self.PROJECTS:
            return "\n".join(self.names(raw))
        if role == Qt.ItemDataRole.TextAlignmentRole and col != self.PROJECTS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def _removed_at(old: list[str], new: list[str]) -> int | None:
    """The position of the one name ``new`` lacks, if ``new`` is ``old`` without one name."""
    if len(new) != len(old) - 1:
        return None
    at = next((i for i, n in enumerate(new) if n != old[i]), len(new))
    return at if old[:at] + old[at + 1 :] == new else None


class PortfolioMembershipModel(QAbstractTableModel):
    """The user's own portfolios: projects (rows) × portfolios (check-box columns).

    The portfolios are the document's project setting
    :data:`~diva_desktop.core.portfolio.COMPARE_SETTING` (``{name: [ids]}``, in
    order), so they are saved with the project. Adding, renaming, removing a
    portfolio and ticking a project are undoable steps
    (:meth:`~diva_desktop.ui.document.ProjectDocument.set_setting`). Ids of
    alternatives no longer in the model stay in a portfolio (see
    :meth:`problems`) until the user changes that portfolio's projects.

    Signals:
        portfolios_changed(): a portfolio was added, removed, renamed or its projects
            changed, or the alternatives changed.
    """

    portfolios_changed = Signal()

    def __init__(self, document: ProjectDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self.load_problem: str | None = None
        """Why the saved portfolios could not be read (a damaged setting), else ``None``."""
        self._portfolios: dict[str, list[str]] = self._read()
        document.model_changed.connect(self._on_document_model_changed)
        document.settings_changed.connect(self._on_document_settings_changed)

    def _read(self) -> dict[str, list[str]]:
        try:
            portfolios = saved_portfolios(self._document.setting(COMPARE_SETTING))
        except ModelError as exc:
            self.load_problem = "; ".join(messages.problem_sentence(p) for p in exc.problems)
            return {}
        self.load_problem = None
        return portfolios

    def _on_document_model_changed(self, changes: ChangeSet) -> None:
        if changes.alternatives:
            self.beginResetModel()
            self.endResetModel()
            self.portfolios_changed.emit()

    def _on_document_settings_changed(self, key: str) -> None:
        if key not in ("", COMPARE_SETTING):
            return
        old, new = list(self._portfolios), self._read()
        names = list(new)
        if list(self._portfolios.items()) == list(new.items()):
            return
        if names == old:
            self._portfolios = new
            if self.rowCount() and names:
                self.dataChanged.emit(
                    self.index(0, 0), self.index(self.rowCount() - 1, len(names) - 1), [Qt.ItemDataRole.CheckStateRole]
                )
        elif names[:-1] == old:
            self.beginInsertColumns(QModelIndex(), len(old), len(old))
            self._portfolios = new
            self.endInsertColumns()
        elif (column := _removed_at(old, names)) is not None:
            self.beginRemoveColumns(QModelIndex(), column, column)
            self._portfolios = new
            self.endRemoveColumns()
        elif len(names) == len(old):  # renamed in place
            self._portfolios = new
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(names) - 1)
            if self.rowCount():
                self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, len(names) - 1))
        else:
            self.beginResetModel()
            self._portfolios = new
            self.endResetModel()
        self.portfolios_changed.emit()

    def _store(self, portfolios: dict[str, list[str]], text: str) -> bool:
        return self._document.set_setting(COMPARE_SETTING, portfolios or None, text=text)

    def portfolios(self) -> dict[str, list[str]]:
        return {n: list(p) for n, p in self._portfolios.items()}

    def problems(self) -> dict[str, list[Problem]]:
        """Per portfolio with any, what cannot be compared (a deleted alternative, the do-nothing one)."""
        found = portfolio_reference_problems(self._document.model, self._portfolios)
        return {n: ps for n, ps in found.items() if ps}

    def add_portfolio(self, members: Sequence[str] = (), name: str | None = None) -> str:
        """Add a portfolio (a free name is chosen when ``name`` is ``None``); returns its name."""
        if name is None or not name.strip() or name in self._portfolios:
            k = len(self._portfolios) + 1
            while (candidate := self.tr("Portfolio {number}").format(number=k)) in self._portfolios:
                k += 1
            name = candidate
        portfolios = self.portfolios()
        portfolios[name] = list(dict.fromkeys(members))
        self._store(portfolios, self.tr("Add portfolio ‘{name}’").format(name=name))
        return name

    def remove_portfolio(self, name: str) -> None:
        if name not in self._portfolios:
            return
        portfolios = self.portfolios()
        del portfolios[name]
        self._store(portfolios, self.tr("Remove portfolio ‘{name}’").format(name=name))

    def rename_portfolio(self, name: str, new_name: str) -> bool:
        """Give a portfolio another name (its place stays); ``False`` if the name is empty or taken."""
        new_name = new_name.strip()
        if name not in self._portfolios or not new_name or (new_name != name and new_name in self._portfolios):
            return False
        if new_name == name:
            return True
        portfolios = {(new_name if n == name else n): p for n, p in self._portfolios.items()}
        return self._store(
            portfolios, self.tr("Rename portfolio ‘{name}’ to ‘{new}’").format(name=name, new=new_name)
        )

    def name_at(self, column: int) -> str | None:
        names = list(self._portfolios)
        return names[column] if 0 <= column < len(names) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(projects(self._document.model))

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._portfolios)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if orientation == Qt.Orientation.Horizontal:
            name = self.name_at(section)
            if name is None or role == Qt.ItemDataRole.DisplayRole:
                return name
            found = self.problems().get(name)
            return "\n".join([name, *(self.problem_sentence(p) for p in found)]) if found else name
        items = projects(self._document.model)
        if not 0 <= section < len(items):
            return None
        name = items[section].name or items[section].id
        return elide(name, 24) if role == Qt.ItemDataRole.DisplayRole else name

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        items = projects(self._document.model)
        name = self.name_at(index.column()) if index.isValid() else None
        if name is None or not (0 <= index.row() < len(items)):
            return None
        a = items[index.row()].id
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if a in self._portfolios[name] else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{items[index.row()].name} — {name}"
        if role == ID_ROLE:
            return a
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        items = projects(self._document.model)
        name = self.name_at(index.column()) if index.isValid() else None
        if role != Qt.ItemDataRole.CheckStateRole or name is None or not (0 <= index.row() < len(items)):
            return False
        a = items[index.row()].id
        on = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        order = [p.id for p in items]
        # an edit of the portfolio drops the ids that are no longer projects of the model
        members = [x for x in self._portfolios[name] if x != a and x in order]
        if on:
            members.append(a)
        portfolios = self.portfolios()
        portfolios[name] = sorted(members, key=order.index)
        text = (
            self.tr("Add ‘{project}’ to portfolio ‘{name}’") if on else self.tr("Remove ‘{project}’ from portfolio ‘{name}’")
        ).format(project=items[index.row()].name or a, name=name)
        self._store(portfolios, text)
        return True

    def problem_sentence(self, problem: Problem) -> str:
        """One problem of :meth:`problems` in plain words."""
        value = str(problem.params.get("value", ""))
        if problem.code == "do_nothing_in_portfolio":
            return self.tr("It holds the do-nothing alternative ‘{id}’, which is never part of a portfolio.").format(
                id=value
            )
        return self.tr("It holds ‘{id}’, which is no longer an alternative of the model.").format(id=value)


class PortfolioComparisonModel(_DictTable):
    """User portfolios side by side: cost, feasibility, focal, least and greatest value."""

    NAME, COUNT, COST, FEASIBLE, VALUE, LOW, HIGH = range(7)

    def _headers(self) -> list[str]:
        return [
            self.tr("Portfolio"),
            self.tr("Projects"),
            self.tr("Cost (SEK)"),
            self.tr("Feasible"),
            self.tr("Value"),
            self.tr("Least"),
            self.tr("Greatest"),
        ]

    def names_list(self) -> list[str]:
        return list(self._data["portfolios"]) if self._data is not None else []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.names_list())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        names = self.names_list()
        if not index.isValid() or self._data is None or not (0 <= index.row() < len(names)):
            return None
        name = names[index.row()]
        p = self._data["portfolios"][name]
        col = index.column()
        raw: Any = {
            self.NAME: name,
            self.COUNT: len(p["alternatives"]),
            self.COST: p["cost"],
            self.FEASIBLE: p["feasible"],
            self.VALUE: p["value"],
            self.LOW: p["value_min"],
            self.HIGH: p["value_max"],
        }.get(col)
        if role == RAW_ROLE:
            return raw
        if role == ID_ROLE:
            return name
        if role == Qt.ItemDataRole.DisplayRole:
            if col in (self.NAME,):
                return name
            if col == self.COUNT:
                return str(raw)
            if col == self.COST:
                return money(raw)
            if col == self.FEASIBLE:
                return self.tr("yes") if raw else self.tr("no")
            return fmt(raw, 3)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.FEASIBLE and self._model is not None:
                reasons = violation_sentences(self._model, p["alternatives"])
                return "\n".join(reasons) if reasons else self.tr("Meets the budget and every constraint.")
            if col in (self.NAME, self.COUNT):
                return "\n".join(self.names(p["alternatives"])) or self.tr("No projects")
        if role == Qt.ItemDataRole.TextAlignmentRole and col not in (self.NAME, self.FEASIBLE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


__all__ = [
    "ID_ROLE",
    "RAW_ROLE",
    "PortfolioComparisonModel",
    "PortfolioListModel",
    "PortfolioMembershipModel",
    "PortfolioProjectsModel",
    "constraints",
    "money",
    "names_of",
    "projects",
    "violation_sentences",
]
