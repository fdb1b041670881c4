"""Typed errors with structured fields.

A :class:`Problem` carries a machine-readable ``code``, the ``location`` where it
occurs (a dotted path in the model such as ``scores.e_services.lead_time``) and
``params`` for the message. :attr:`Problem.message` is the English sentence the
command line prints; the GUI looks the code up in its translations and formats the
same params, so no UI text lives in the core beyond this English default.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class Problem:
    code: str
    location: str
    text: str
    severity: Severity = "error"
    params: Mapping[str, Any] = field(default_factory=dict)

    @property
    def message(self) -> str:
        """One readable line: ``location: text``."""
        return f"{self.location}: {self.text}" if self.location else self.text

    def __str__(self) -> str:
        return self.message


class DivaError(Exception):
    """Base class of every error the core and storage raise on bad input."""

    def __init__(self, problems: Iterable[Problem] | Problem | str) -> None:
        if isinstance(problems, str):
            problems = [Problem("error", "", problems)]
        elif isinstance(problems, Problem):
            problems = [problems]
        self.problems: list[Problem] = list(problems)
        super().__init__("\n".join(p.message for p in self.problems))


class ModelError(DivaError):
    """The model (JSON or in memory) is invalid; ``problems`` lists every error."""


class InfeasibleError(DivaError):
    """A node's preference statements admit no weights.

    ``node`` names the node, ``conflict`` a smallest subset of statement labels
    that cannot hold together.
    """

    def __init__(self, node: str, conflict: list[str], problem: Problem) -> None:
        self.node = node
        self.conflict = conflict
        super().__init__(problem)


class ProjectFileError(DivaError):
    """A ``.diva`` file cannot be opened or written."""


class CancelledError(Exception):
    """Long work was cancelled through its cancel check."""
