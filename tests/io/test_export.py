"""Exports of the real sample extractions: each format read back with its own reader
gives the rows and values of ``load``; re-exports are identical; DuckDB merges."""

from __future__ import annotations

from pathlib import Path

import duckdb
import openpyxl
import pandas as pd
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner
from pandas.testing import assert_frame_equal

from delar_extract import DelarError, Report
from delar_extract.cli import cli
from delar_extract.io.arrow import arrow_schema
from delar_extract.io.columns import REPORT_ORDER, TABLES
from delar_extract.io.duckdb_store import VIEWS
from delar_extract.io.export import FORMATS, ExportFormat, export_dataset
from delar_extract.io.files import require
from delar_extract.io.tidy import Dataset, conform, reports_to_dataset
from delar_extract.io.writer import report_to_json
from delar_extract.io.xlsx import DOCS_SHEET

TARGETS = {"csv": "csv", "parquet": "parquet", "xlsx": "tables.xlsx", "duckdb": "tables.duckdb"}


@pytest.fixture(scope="module")
def exported(dataset: Dataset, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("export")
    targets = {fmt: root / name for fmt, name in TARGETS.items()}
    for fmt, target in targets.items():
        export_dataset(dataset, fmt, target)  # type: ignore[arg-type]
    return targets


def _order(name: str) -> list[str]:
    return [*REPORT_ORDER, "sha256", *TABLES[name].order]


def read_csv(folder: Path, name: str) -> pd.DataFrame:
    raw = pd.read_csv(
        folder / f"{name}.csv", dtype=str, keep_default_na=False, na_values=[""], encoding="utf-8"
    )
    return conform(raw, name)


def read_parquet(folder: Path, name: str) -> pd.DataFrame:
    return conform(pd.read_parquet(folder / f"{name}.parquet"), name)


def read_xlsx(path: Path, name: str) -> pd.DataFrame:
    workbook = openpyxl.load_workbook(path, read_only=True)
    rows = list(workbook[name].iter_rows(values_only=True))
    workbook.close()
    return conform(pd.DataFrame(rows[1:], columns=rows[0], dtype=object), name)


def read_duckdb(path: Path, name: str) -> pd.DataFrame:
    with duckdb.connect(str(path), read_only=True) as con:
        order = ", ".join(f"{c} NULLS LAST" for c in _order(name))
        frame = con.execute(f"SELECT * FROM {name} ORDER BY {order}").df()
    return conform(frame, name)


READERS = {"csv": read_csv, "parquet": read_parquet, "xlsx": read_xlsx, "duckdb": read_duckdb}


@pytest.mark.parametrize("fmt", FORMATS)
def test_export_reads_back_as_loaded(fmt: str, dataset: Dataset, exported: dict[str, Path]) -> None:
    for name, frame in dataset.frames().items():
        back = READERS[fmt](exported[fmt], name)
        assert_frame_equal(back, frame, obj=f"{fmt} {name}")


@pytest.mark.parametrize("fmt", ["csv", "parquet", "xlsx"])
def test_reexport_gives_the_same_bytes(
    fmt: ExportFormat, dataset: Dataset, exported: dict[str, Path], tmp_path: Path
) -> None:
    again = tmp_path / TARGETS[fmt]
    export_dataset(dataset, fmt, again)
    first = exported[fmt]
    files = sorted(p.name for p in first.iterdir()) if first.is_dir() else [None]
    for name in files:
        a, b = (first / name, again / name) if name else (first, again)
        assert a.read_bytes() == b.read_bytes(), a


def test_parquet_files_have_the_documented_types(exported: dict[str, Path]) -> None:
    for name, spec in TABLES.items():
        schema = pq.read_schema(exported["parquet"] / f"{name}.parquet")
        assert schema.remove_metadata().equals(arrow_schema(spec).remove_metadata()), name
        assert schema.field("sha256").metadata[b"description"]


def test_xlsx_sheets_are_formatted_for_people(dataset: Dataset, exported: dict[str, Path]) -> None:
    workbook = openpyxl.load_workbook(exported["xlsx"])
    assert workbook.sheetnames == [*TABLES, DOCS_SHEET]
    sheet = workbook["table_cells"]
    assert sheet.freeze_panes == "A2"
    assert all(cell.font.bold for cell in sheet[1])
    names = [cell.value for cell in sheet[1]]
    value_col = sheet[2][names.index("value")]
    assert isinstance(value_col.value, int | float)
    widths = {
        name: sheet.column_dimensions[openpyxl.utils.get_column_letter(i + 1)].width
        for i, name in enumerate(names)
    }
    # Sized to the content: a page number is narrow, a row label wide, long text capped.
    assert widths["page"] < 10 < widths["row_label"] <= widths["text"] < 70
    documented = sum(len(spec.columns) for spec in TABLES.values())
    assert workbook[DOCS_SHEET].max_row == documented + 1


def _snapshot(path: Path) -> dict[str, list[tuple]]:
    with duckdb.connect(str(path), read_only=True) as con:
        return {
            name: sorted(con.execute(f"SELECT * FROM {name}").fetchall(), key=repr)
            for name in [*TABLES, *VIEWS]
        }


def test_duckdb_second_export_changes_nothing(dataset: Dataset, tmp_path: Path) -> None:
    target = tmp_path / "db.duckdb"
    export_dataset(dataset, "duckdb", target)
    before = _snapshot(target)
    export_dataset(dataset, "duckdb", target)
    assert _snapshot(target) == before
    assert len(before["reports"]) == len(dataset.reports)


def test_duckdb_adds_new_reports_and_replaces_reextracted_ones(
    reports: list[Report], dataset: Dataset, tmp_path: Path
) -> None:
    target = tmp_path / "db.duckdb"
    export_dataset(reports_to_dataset(reports[:2]), "duckdb", target)
    export_dataset(dataset, "duckdb", target)
    assert_frame_equal(read_duckdb(target, "goals"), dataset.goals)
    # The same PDF extracted again, by a version that found one goal fewer
    # and reads another title: its rows are replaced, the others stay.
    changed = next(r for r in reports if len(r.goals) > 1)
    goals = [g.model_copy(update={"title": f"{g.title} (ny)"}) for g in changed.goals[:-1]]
    again = changed.model_copy(update={"goals": goals})
    export_dataset(reports_to_dataset([again]), "duckdb", target)
    back = read_duckdb(target, "goals")
    mine = back[back["sha256"] == changed.source.sha256]
    assert list(mine["title"]) == [g.title for g in goals]
    others = dataset.goals[dataset.goals["sha256"] != changed.source.sha256]
    assert_frame_equal(
        back[back["sha256"] != changed.source.sha256].reset_index(drop=True),
        others.reset_index(drop=True),
    )
    assert len(read_duckdb(target, "reports")) == len(reports)


def test_duckdb_views_answer_the_analysts_questions(
    dataset: Dataset, exported: dict[str, Path]
) -> None:
    with duckdb.connect(str(exported["duckdb"]), read_only=True) as con:
        latest = con.execute(
            "SELECT organisation, title_key, year FROM goal_status_latest"
        ).fetchall()
        deviation = con.execute(
            "SELECT sha256, table_id, row_index, period, utfall, budget, avvikelse "
            "FROM budget_deviation WHERE budget IS NOT NULL AND utfall IS NOT NULL"
        ).fetchall()
        series = con.execute("SELECT count(*) FROM indicator_series").fetchall()
    goals = dataset.goals[dataset.goals["status"].notna()]
    assert len(latest) == len(goals.drop_duplicates(["organisation", "title_key"]))
    assert len({(o, k) for o, k, _ in latest}) == len(latest)
    assert deviation, "the samples have budget tables with utfall and budget"
    # The view takes, per row, period and measure, the first column's number.
    cells = dataset.table_cells[dataset.table_cells["value"].notna()]
    first = (
        cells.sort_values("column_index")
        .groupby(["sha256", "table_id", "row_index", "period", "measure"])["value"]
        .first()
    )
    for sha, table, row, period, utfall, budget, _ in deviation:
        if period is not None:
            assert first[(sha, table, row, period, "utfall")] == utfall
            assert first[(sha, table, row, period, "budget")] == budget
    values = dataset.indicators["value"].notna() | dataset.indicators["text"].notna()
    assert series == [(int(values.sum()),)]


def test_export_command_writes_every_format(reports: list[Report], tmp_path: Path) -> None:
    folder = tmp_path / "json"
    folder.mkdir()
    for report in reports[:2]:
        (folder / f"{report.source.sha256[:8]}.json").write_text(report_to_json(report))
    for fmt, name in TARGETS.items():
        result = CliRunner().invoke(
            cli, ["export", str(folder), "--to", fmt, "-o", str(tmp_path / name)]
        )
        assert result.exit_code == 0, result.output
        assert "2 reports" in result.stderr
        assert (tmp_path / name).exists()


def test_export_command_bad_input_one_line_error(tmp_path: Path) -> None:
    bad = tmp_path / "notes.json"
    bad.write_text("[1, 2]")
    result = CliRunner().invoke(cli, ["export", str(bad), "--to", "csv", "-o", str(tmp_path / "o")])
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"error: {bad}: not a delar-extract report (no schema_version and source)"
    ]
    assert not (tmp_path / "o").exists()


def test_export_of_nothing_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "pdfs").mkdir()
    (tmp_path / "pdfs" / "report.pdf").write_bytes(b"%PDF-1.4\n")
    result = CliRunner().invoke(
        cli, ["export", str(tmp_path / "pdfs"), "--to", "csv", "-o", str(tmp_path / "o")]
    )
    assert result.exit_code == 1
    assert result.stderr.startswith(f"error: {tmp_path / 'pdfs'}: no reports found")
    assert not (tmp_path / "o").exists()


def test_a_missing_export_package_says_how_to_install_it() -> None:
    with pytest.raises(DelarError, match=r"xlsx export needs .*delar-extract\[export\]"):
        require("delar_extract_no_such_package", "xlsx")


def test_xlsx_writes_text_that_looks_like_a_formula_as_text(
    reports: list[Report], tmp_path: Path
) -> None:
    report = next(r for r in reports if r.goals)
    goal = report.goals[0].model_copy(update={"title": '=HYPERLINK("http://x", "1")'})
    tricky = report.model_copy(update={"goals": [goal]})
    target = tmp_path / "t.xlsx"
    export_dataset(reports_to_dataset([tricky]), "xlsx", target)
    sheet = openpyxl.load_workbook(target)["goals"]
    names = [cell.value for cell in sheet[1]]
    cell = sheet.cell(row=2, column=names.index("title") + 1)
    assert (cell.data_type, cell.value) == ("s", goal.title)
