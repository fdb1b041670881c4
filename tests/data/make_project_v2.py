"""Build ``project_v2.diva``: a project file of schema version 2 (kept in git).

Schema 2 is the schema of today's ORM without the ``document.validity`` column (added
by schema 3). This script was run once, at the commit that introduced schema 3; with
later code it no longer builds a version-2 file, which is why the file itself is in
git. It holds the model of ``project_v2.json``, two analysis settings and one snapshot
of a decided version (the table schema 2 added).

    .venv/bin/python tests/data/make_project_v2.py
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import Column, MetaData, PrimaryKeyConstraint, Table, insert
from sqlalchemy.dialects import sqlite
from sqlalchemy.orm import Session
from sqlalchemy.schema import CreateIndex, CreateTable

from diva_desktop.io.json_model import dumps_model, load_model_file
from diva_desktop.storage import fileformat as ff
from diva_desktop.storage.mapping import model_to_rows
from diva_desktop.storage.orm import APPLICATION_ID, MODEL_TABLES, Base, DocumentRow, SettingRow, SnapshotRow

HERE = Path(__file__).resolve().parent
LATER_COLUMNS = {"document": {"validity"}}
"""Columns of today's tables that schema 2 did not have."""


def v2_ddl() -> list[str]:
    """CREATE statements of schema 2: today's tables without :data:`LATER_COLUMNS`."""
    dialect = sqlite.dialect()
    statements = []
    for today in Base.metadata.sorted_tables:
        table = today
        drop = LATER_COLUMNS.get(today.name, set())
        if drop:
            simple = {type(c) for c in today.constraints} == {PrimaryKeyConstraint} and not today.indexes
            assert simple, f"rebuild the indexes and constraints of {today.name} here too"
            columns = [
                Column(c.name, c.type, primary_key=c.primary_key, nullable=c.nullable)
                for c in today.columns
                if c.name not in drop
            ]
            table = Table(today.name, MetaData(), *columns)
        statements.append(str(CreateTable(table).compile(dialect=dialect)).strip())
        for index in sorted(table.indexes, key=lambda ix: str(ix.name)):
            statements.append(str(CreateIndex(index).compile(dialect=dialect)).strip())
    return statements


def main() -> None:
    target = HERE / "project_v2.diva"
    target.unlink(missing_ok=True)
    target.touch()
    model = load_model_file(HERE / "project_v2.json")
    rows = model_to_rows(model)
    for row in rows.get(DocumentRow, []):
        for name in LATER_COLUMNS["document"]:
            row.pop(name, None)
    engine = ff.make_engine(target)
    with engine.begin() as conn:
        for statement in v2_ddl():
            conn.exec_driver_sql(statement)
        conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.exec_driver_sql("PRAGMA user_version = 2")
    with Session(engine) as session, session.begin():
        for cls in MODEL_TABLES:
            if rows.get(cls):
                session.execute(insert(cls), rows[cls])
        session.add_all([SettingRow(key="samples", value=5000), SettingRow(key="seed", value=7)])
        session.execute(
            insert(SnapshotRow),
            [
                {
                    "id": 1,
                    "label": "Beslut i KF",
                    "decided_on": "2025-02-03",
                    "decided_by": "KF",
                    "reference": "KF 2025-02-03 § 12",
                    "created_at": "2025-02-04T09:30:00+00:00",
                    "model": dumps_model(model),
                }
            ],
        )
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    con = sqlite3.connect(target)
    try:
        columns = [r[1] for r in con.execute("PRAGMA table_info('document')")]
        assert not LATER_COLUMNS["document"] & set(columns), columns
    finally:
        con.close()
    print(f"wrote {target}")


if __name__ == "__main__":
    main()
