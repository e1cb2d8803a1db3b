"""The tidy tables in a DuckDB database file: a table per entity, and views for analysts.

An export merges into the file: every report of the dataset replaces the rows
of the report with the same sha256 (a re-extraction of the same PDF) and other
reports stay, so exporting the same inputs twice changes nothing and nothing is
ever duplicated.  It all happens in one transaction: a failed export leaves the
file as it was.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

from delar_extract.errors import DelarError
from delar_extract.io.arrow import frame_to_arrow
from delar_extract.io.columns import DUCKDB_TYPES, TABLES, TableSpec
from delar_extract.io.files import require
from delar_extract.io.tidy import Dataset

# Goal and uppdrag status as of each one's latest report, per organisation: goals
# and uppdrag line up across reports by their normalised title.
_LATEST_STATUS = """
CREATE OR REPLACE VIEW {name} AS
SELECT organisation, body, title, title_key, status, status_label, year, report_type,
       report_period, period_end, source_file, sha256, page
FROM {table}
WHERE status IS NOT NULL
QUALIFY row_number() OVER (
    PARTITION BY organisation, title_key
    ORDER BY period_end DESC NULLS LAST, year DESC NULLS LAST, source_file, sha256, {index}
) = 1
"""

VIEWS: dict[str, str] = {
    "goal_status_latest": _LATEST_STATUS.format(
        name="goal_status_latest", table="goals", index="goal_index"
    ),
    "assignment_status_latest": _LATEST_STATUS.format(
        name="assignment_status_latest", table="assignments", index="assignment_index"
    ),
    # One row per budget line and period: utfall, budget, the deviation printed and
    # the one computed (utfall - budget), side by side.
    "budget_deviation": """
CREATE OR REPLACE VIEW budget_deviation AS
WITH lines AS (
    SELECT organisation, body, year, report_type, report_period, source_file, sha256,
           table_id, table_kind, table_title, unit, row_index, row_label, row_key, is_total,
           period,
           arg_min(value, column_index) FILTER (WHERE measure = 'utfall') AS utfall,
           arg_min(value, column_index) FILTER (WHERE measure = 'budget') AS budget,
           arg_min(value, column_index) FILTER (WHERE measure = 'avvikelse') AS avvikelse,
           arg_min(value, column_index) FILTER (WHERE measure = 'prognos') AS prognos,
           arg_min(value, column_index) FILTER (WHERE measure = 'prognos_avvikelse')
               AS prognos_avvikelse
    FROM table_cells
    WHERE measure IN ('utfall', 'budget', 'avvikelse', 'prognos', 'prognos_avvikelse')
    GROUP BY ALL
)
SELECT *, utfall - budget AS utfall_minus_budget
FROM lines
WHERE budget IS NOT NULL OR avvikelse IS NOT NULL OR prognos_avvikelse IS NOT NULL
ORDER BY row_key, year, organisation, period, source_file, table_id, row_index
""",
    # An indicator lined up across organisations and years: one row per value.
    "indicator_series": """
CREATE OR REPLACE VIEW indicator_series AS
SELECT name_key, name, organisation, body, year, report_type, value_kind, period, value,
       text, unit, status, source_file, page
FROM indicators
WHERE value IS NOT NULL OR text IS NOT NULL
ORDER BY name_key, organisation, year, value_order, source_file
""",
}


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _create_table(con: Any, spec: TableSpec) -> None:
    columns = ", ".join(f'"{c.name}" {DUCKDB_TYPES[c.kind]}' for c in spec.columns)
    con.execute(f'CREATE TABLE "{spec.name}" ({columns})')
    con.execute(f'COMMENT ON TABLE "{spec.name}" IS {_quote("One row per " + spec.row + ".")}')
    for c in spec.columns:
        con.execute(f'COMMENT ON COLUMN "{spec.name}"."{c.name}" IS {_quote(c.description)}')


def _ensure_table(con: Any, spec: TableSpec, target: Path) -> None:
    """Create the table, or check that the existing one has this version's columns."""
    existing = con.execute(
        "SELECT column_name, data_type FROM information_schema.columns "
        "WHERE table_schema = 'main' AND table_name = ? ORDER BY ordinal_position",
        [spec.name],
    ).fetchall()
    if not existing:
        _create_table(con, spec)
        return
    wanted = [(c.name, DUCKDB_TYPES[c.kind]) for c in spec.columns]
    if [(name, kind.upper()) for name, kind in existing] != wanted:
        raise DelarError(
            f"{target}: table {spec.name} has other columns than this version writes; "
            "export into a new file",
            code="export-schema-mismatch",
        )


def write_duckdb(dataset: Dataset, target: Path) -> Path:
    """Merge the dataset into the DuckDB file ``target`` (created if missing).

    Rows of reports whose sha256 is in the dataset are replaced; the views are
    (re)created.  Returns ``target``.
    """
    duckdb = require("duckdb", "duckdb")
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        con = duckdb.connect(str(target))
    except duckdb.Error as exc:
        raise DelarError(f"{target}: cannot open as a DuckDB database: {exc}") from exc
    shas = sorted(dataset.reports["sha256"].dropna().tolist())
    try:
        con.execute("BEGIN TRANSACTION")
        for name, frame in dataset.frames().items():
            spec = TABLES[name]
            _ensure_table(con, spec, target)
            con.execute(f'DELETE FROM "{name}" WHERE list_contains(?, sha256)', [shas])
            con.register("incoming", frame_to_arrow(frame, spec, "duckdb"))
            con.execute(f'INSERT INTO "{name}" SELECT * FROM incoming')
            con.unregister("incoming")
        for sql in VIEWS.values():
            con.execute(sql)
        con.execute("COMMIT")
    except BaseException:
        # The transaction may not have begun; the error that matters is the first.
        with contextlib.suppress(duckdb.Error):
            con.execute("ROLLBACK")
        raise
    finally:
        con.close()
    return target
