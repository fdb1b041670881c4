"""Schema 1 → 2: the ``snapshot`` table for decided model versions."""

from __future__ import annotations

from sqlalchemy import Connection

_DDL = """
CREATE TABLE snapshot (
    id INTEGER NOT NULL,
    label TEXT NOT NULL,
    decided_on TEXT,
    decided_by TEXT,
    reference TEXT,
    created_at TEXT NOT NULL,
    model TEXT NOT NULL,
    PRIMARY KEY (id)
)
"""


def upgrade(conn: Connection) -> None:
    conn.exec_driver_sql(_DDL)
