"""The ``.diva`` schema as SQLAlchemy 2.x ORM classes (current version, see ``SCHEMA_VERSION``).

The ORM stays inside :mod:`diva_desktop.storage`; callers only ever see core objects
(:mod:`.mapping` converts). Every list of the model keeps its order in a ``position``
column, so that a file exports to exactly the JSON it was imported from.

Numbers are stored by :class:`ExactNumber`: a column without a declared type (SQLite's
"BLOB affinity"), so SQLite keeps each value as it was bound: an ``int`` as INTEGER, a
``float`` as REAL (an IEEE double, exact). Integers beyond 64 bits, which SQLite cannot
hold, are kept as decimal TEXT. Hence 60 reads back as 60 and 60.5 as 60.5, bit for bit.

Foreign keys cascade on delete where the child has no meaning without its parent
(goals of a document, scores of an alternative, …); an indicator's link to an
alternative or criterion is set to NULL instead, so follow-up data is never lost.

Schema history (each step is a migration in :mod:`.migrations`):

1. the model tables and ``setting``;
2. adds ``snapshot`` (decided model versions);
3. adds ``document.validity`` (a document's period of validity, free text);
4. adds ``snapshot.chosen`` (the decided investments, a JSON list of alternative ids)
   and ``snapshot.note`` (the motivation of the decision, free text).

A column added by ``ALTER TABLE … ADD COLUMN`` comes last in its table, so a new
column is declared last in its class too: a migrated file then has exactly the
schema of a new one.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    ForeignKey,
    Integer,
    Text,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator, UserDefinedType

SCHEMA_VERSION = 4
"""The schema version this program writes (``PRAGMA user_version``)."""

APPLICATION_ID = 0x44495641
"""``PRAGMA application_id`` of every ``.diva`` file: the bytes "DIVA"."""

_INT64 = 2**63


class _AnyValue(UserDefinedType[Any]):
    """A column with no declared type: SQLite stores each value as it is bound."""

    cache_ok = True

    def get_col_spec(self, **kw: Any) -> str:
        return ""


class ExactNumber(TypeDecorator[float]):
    """An ``int`` or ``float`` kept exactly (see the module docstring)."""

    impl = _AnyValue
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        if value is None:
            return None
        if isinstance(value, int) and not -_INT64 <= value < _INT64:
            return str(value)
        return value

    def process_result_value(self, value: Any, dialect: Dialect) -> Any:
        if isinstance(value, str):
            try:
                return int(value)
            except ValueError:
                return value  # not a number: the reader reports the damaged value
        return value


class JsonText(TypeDecorator[Any]):
    """A JSON value as readable UTF-8 text (no NaN, key order kept)."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        if value is None:
            return None
        return json.dumps(value, ensure_ascii=False, allow_nan=False, separators=(",", ":"))

    def process_result_value(self, value: Any, dialect: Dialect) -> Any:
        if value is None:
            return None
        return json.loads(value)


class Base(DeclarativeBase):
    pass


# ---------------------------------------------------------------------------
# The model (schema version 1)
# ---------------------------------------------------------------------------


class ProjectRow(Base):
    """The single row with the model's own fields."""

    __tablename__ = "project"
    __table_args__ = (CheckConstraint("id = 1", name="single_project"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    description: Mapped[str | None] = mapped_column(Text)
    language: Mapped[str | None] = mapped_column(Text)


class DocumentRow(Base):
    __tablename__ = "document"

    id: Mapped[str] = mapped_column(Text, primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(Text)
    kind: Mapped[str | None] = mapped_column(Text)
    decided_by: Mapped[str | None] = mapped_column(Text)
    decision_date: Mapped[str | None] = mapped_column(Text)
    reference: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    validity: Mapped[str | None] = mapped_column(Text)  # schema 3; last, as ADD COLUMN puts it


class GoalRow(Base):
    __tablename__ = "goal"

    id: Mapped[str] = mapped_column(Text, primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    document_id: Mapped[str] = mapped_column(ForeignKey("document.id", ondelete="CASCADE"), index=True)
    page: Mapped[int | None] = mapped_column(ExactNumber)
    quote: Mapped[str] = mapped_column(Text)
    paraphrase: Mapped[str | None] = mapped_column(Text)


class CriterionRow(Base):
    """A node of the criteria tree; ``parent_id`` NULL for a top-level criterion."""

    __tablename__ = "criterion"

    id: Mapped[str] = mapped_column(Text, primary_key=True)
    parent_id: Mapped[str | None] = mapped_column(
        ForeignKey("criterion.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(Text)
    description: Mapped[str | None] = mapped_column(Text)
    unit: Mapped[str | None] = mapped_column(Text)
    scale: Mapped[Any] = mapped_column(JsonText, nullable=True)


class CriterionGoalRow(Base):
    __tablename__ = "criterion_goal"

    criterion_id: Mapped[str] = mapped_column(
        ForeignKey("criterion.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    goal_id: Mapped[str] = mapped_column(ForeignKey("goal.id", ondelete="CASCADE"), index=True)


class AlternativeRow(Base):
    __tablename__ = "alternative"

    id: Mapped[str] = mapped_column(Text, primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(Text)
    description: Mapped[str | None] = mapped_column(Text)
    cost: Mapped[float] = mapped_column(ExactNumber)
    do_nothing: Mapped[bool] = mapped_column(Boolean)


class ResourceRow(Base):
    """What an alternative draws on a named resource."""

    __tablename__ = "alternative_resource"

    alternative_id: Mapped[str] = mapped_column(
        ForeignKey("alternative.id", ondelete="CASCADE"), primary_key=True
    )
    name: Mapped[str] = mapped_column(Text, primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    amount: Mapped[float] = mapped_column(ExactNumber)


class ScoreRowRow(Base):
    """One alternative's row of the consequence table (kept even when empty)."""

    __tablename__ = "score_row"

    alternative_id: Mapped[str] = mapped_column(
        ForeignKey("alternative.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer)


class ScoreRow(Base):
    """A score: each end is either a number or a level label (the other column NULL)."""

    __tablename__ = "score"
    __table_args__ = (
        CheckConstraint("(low_number IS NULL) <> (low_label IS NULL)", name="low_is_number_or_label"),
        CheckConstraint("(high_number IS NULL) <> (high_label IS NULL)", name="high_is_number_or_label"),
    )

    alternative_id: Mapped[str] = mapped_column(
        ForeignKey("score_row.alternative_id", ondelete="CASCADE"), primary_key=True
    )
    criterion_id: Mapped[str] = mapped_column(
        ForeignKey("criterion.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    low_number: Mapped[float | None] = mapped_column(ExactNumber)
    low_label: Mapped[str | None] = mapped_column(Text)
    high_number: Mapped[float | None] = mapped_column(ExactNumber)
    high_label: Mapped[str | None] = mapped_column(Text)
    rationale: Mapped[str | None] = mapped_column(Text)


class ParticipantRow(Base):
    __tablename__ = "participant"

    id: Mapped[str] = mapped_column(Text, primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(Text)
    role: Mapped[str | None] = mapped_column(Text)


class PreferenceSetRow(Base):
    """One node's preference statements; the group's when ``participant_id`` is NULL.

    ``node_id`` NULL is the root of the tree. ``body`` is the set in the JSON model's
    form (spec §1.3); ``method`` repeats its method for queries.
    """

    __tablename__ = "preference_set"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    participant_id: Mapped[str | None] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"), index=True
    )
    node_id: Mapped[str | None] = mapped_column(ForeignKey("criterion.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    method: Mapped[str] = mapped_column(Text)
    body: Mapped[Any] = mapped_column(JsonText)


class PortfolioRow(Base):
    """Present (one row) exactly when the model has portfolio constraints."""

    __tablename__ = "portfolio"
    __table_args__ = (CheckConstraint("id = 1", name="single_portfolio"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    budget: Mapped[float | None] = mapped_column(ExactNumber)


class PortfolioResourceRow(Base):
    __tablename__ = "portfolio_resource"

    name: Mapped[str] = mapped_column(Text, primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    amount: Mapped[float] = mapped_column(ExactNumber)


class PortfolioChoiceRow(Base):
    """An entry of the ``mandatory`` or ``excluded`` list."""

    __tablename__ = "portfolio_choice"
    __table_args__ = (CheckConstraint("kind IN ('mandatory', 'excluded')", name="known_list"),)

    kind: Mapped[str] = mapped_column(Text, primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    alternative_id: Mapped[str] = mapped_column(ForeignKey("alternative.id", ondelete="CASCADE"), index=True)


class PortfolioRequiresRow(Base):
    """``alternative_id`` only together with ``required_id``."""

    __tablename__ = "portfolio_requires"

    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    alternative_id: Mapped[str] = mapped_column(ForeignKey("alternative.id", ondelete="CASCADE"), index=True)
    required_id: Mapped[str] = mapped_column(ForeignKey("alternative.id", ondelete="CASCADE"), index=True)


class PortfolioExclusiveGroupRow(Base):
    """A group of mutually exclusive alternatives (at most one of them)."""

    __tablename__ = "portfolio_exclusive_group"

    position: Mapped[int] = mapped_column(Integer, primary_key=True)


class PortfolioExclusiveRow(Base):
    __tablename__ = "portfolio_exclusive"

    group_position: Mapped[int] = mapped_column(
        ForeignKey("portfolio_exclusive_group.position", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    alternative_id: Mapped[str] = mapped_column(ForeignKey("alternative.id", ondelete="CASCADE"), index=True)


class IndicatorRow(Base):
    __tablename__ = "indicator"

    id: Mapped[str] = mapped_column(Text, primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(Text)
    alternative_id: Mapped[str | None] = mapped_column(
        ForeignKey("alternative.id", ondelete="SET NULL"), index=True
    )
    criterion_id: Mapped[str | None] = mapped_column(ForeignKey("criterion.id", ondelete="SET NULL"), index=True)
    unit: Mapped[str | None] = mapped_column(Text)
    owner: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str | None] = mapped_column(Text)
    baseline_value: Mapped[float | None] = mapped_column(ExactNumber)
    baseline_date: Mapped[str | None] = mapped_column(Text)
    target_value: Mapped[float | None] = mapped_column(ExactNumber)
    target_date: Mapped[str | None] = mapped_column(Text)


class MeasurementRow(Base):
    """A measurement (append-only); ``position`` is the order of entry."""

    __tablename__ = "measurement"

    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    indicator_id: Mapped[str] = mapped_column(ForeignKey("indicator.id", ondelete="CASCADE"), index=True)
    date: Mapped[str] = mapped_column(Text)
    value: Mapped[float] = mapped_column(ExactNumber)
    note: Mapped[str | None] = mapped_column(Text)


# ---------------------------------------------------------------------------
# Application data
# ---------------------------------------------------------------------------


class SettingRow(Base):
    """An analysis setting of this project (samples, seed, …) as a JSON value."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(Text, primary_key=True)
    value: Mapped[Any] = mapped_column(JsonText)


class SnapshotRow(Base):
    """A decided model version (schema version 2; ``chosen`` and ``note`` schema 4).

    ``chosen`` is the JSON list of the alternatives the body adopted (``NULL``: not
    recorded, as in files older than schema 4); ``model`` the frozen JSON model.
    """

    __tablename__ = "snapshot"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    label: Mapped[str] = mapped_column(Text)
    decided_on: Mapped[str | None] = mapped_column(Text)
    decided_by: Mapped[str | None] = mapped_column(Text)
    reference: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[str] = mapped_column(Text)
    model: Mapped[str] = mapped_column(Text)
    chosen: Mapped[Any] = mapped_column(JsonText, nullable=True)  # schema 4; last, as ADD COLUMN puts it
    note: Mapped[str | None] = mapped_column(Text)  # schema 4


MODEL_TABLES = (
    ProjectRow,
    DocumentRow,
    GoalRow,
    CriterionRow,
    CriterionGoalRow,
    AlternativeRow,
    ResourceRow,
    ScoreRowRow,
    ScoreRow,
    ParticipantRow,
    PreferenceSetRow,
    PortfolioRow,
    PortfolioResourceRow,
    PortfolioChoiceRow,
    PortfolioRequiresRow,
    PortfolioExclusiveGroupRow,
    PortfolioExclusiveRow,
    IndicatorRow,
    MeasurementRow,
)
"""The tables that hold the model, parents before children (the insert order)."""

__all__ = [
    "APPLICATION_ID",
    "MODEL_TABLES",
    "SCHEMA_VERSION",
    "Base",
    "ExactNumber",
    "JsonText",
]
