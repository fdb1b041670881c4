"""Build ``project_v3.diva``: a project file of schema version 3 (kept in git).

Schema 3 is the schema of today's ORM without the columns that later versions added
(:data:`LATER_COLUMNS`: schema 4 added ``snapshot.chosen`` and ``snapshot.note``). The
file was built once, at the commit that introduced schema 4, and is kept in git; this
script shows how. It holds the model of ``project_v3.json``, two analysis settings and
two snapshots of decided versions (the second one of a model with a larger budget).

    .venv/bin/python tests/data/make_project_v3.py
"""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path

from sqlalchemy import Column, MetaData, PrimaryKeyConstraint, Table, insert
from sqlalchemy.dialects import sqlite
from sqlalchemy.orm import Session
from sqlalchemy.schema import CreateIndex, CreateTable

from diva_desktop.io.json_model import dumps_model, load_model_file
from diva_desktop.storage import fileformat as ff
from diva_desktop.storage.mapping import model_to_rows
from diva_desktop.storage.orm import APPLICATION_ID, MODEL_TABLES, Base, SettingRow, SnapshotRow

HERE = Path(__file__).resolve().parent
LATER_COLUMNS = {"snapshot": {"chosen", "note"}}
"""Columns of today's tables that schema 3 did not have."""


def v3_ddl() -> list[str]:
    """CREATE statements of schema 3: today's tables without :data:`LATER_COLUMNS`."""
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
    target = HERE / "project_v3.diva"
    target.unlink(missing_ok=True)
    target.touch()
    model = load_model_file(HERE / "project_v3.json")
    assert model.portfolio is not None
    revised = dataclasses.replace(model, portfolio=dataclasses.replace(model.portfolio, budget=3_500_000))
    rows = model_to_rows(model)
    engine = ff.make_engine(target)
    with engine.begin() as conn:
        for statement in v3_ddl():
            conn.exec_driver_sql(statement)
        conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.exec_driver_sql("PRAGMA user_version = 3")
    with Session(engine) as session, session.begin():
        for cls in MODEL_TABLES:
            if rows.get(cls):
                session.execute(insert(cls), rows[cls])
        session.add_all([SettingRow(key="samples", value=2000), SettingRow(key="seed", value=3)])
        session.execute(
            insert(SnapshotRow.__table__).values(
                [
                    {
                        "id": 1,
                        "label": "Beslut i KF",
                        "decided_on": "2025-02-03",
                        "decided_by": "KF",
                        "reference": "KF 2025-02-03 § 12",
                        "created_at": "2025-02-04T09:30:00+00:00",
                        "model": dumps_model(model),
                    },
                    {
                        "id": 2,
                        "label": "Revidering i KS",
                        "decided_on": "2025-09-15",
                        "decided_by": "KS",
                        "reference": "KS 2025/0412",
                        "created_at": "2025-09-16T08:00:00+00:00",
                        "model": dumps_model(revised),
                    },
                ]
            ),
        )
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    con = sqlite3.connect(target)
    try:
        columns = [r[1] for r in con.execute("PRAGMA table_info('snapshot')")]
        assert not LATER_COLUMNS["snapshot"] & set(columns), columns
        assert int(con.execute("PRAGMA user_version").fetchone()[0]) == 3
    finally:
        con.close()
    print(f"wrote {target}")


if __name__ == "__main__":
    main()
