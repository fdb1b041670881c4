"""Schema 2 → 3: ``document.validity``, a document's period of validity (free text)."""

from __future__ import annotations

from sqlalchemy import Connection


def upgrade(conn: Connection) -> None:
    conn.exec_driver_sql("ALTER TABLE document ADD COLUMN validity TEXT")
