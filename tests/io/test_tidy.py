"""Tidy tables of the real sample extractions: documented columns and dtypes, one row
per indicator value and per figure-table cell, report identity on every row."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from pandas.testing import assert_frame_equal

import delar_extract
from delar_extract import InputError, Report
from delar_extract.io.columns import IDENTITY_NAMES, TABLES
from delar_extract.io.tidy import (
    NON_FIGURE_KINDS,
    Dataset,
    _place,
    reports_to_dataset,
)
from delar_extract.io.writer import report_to_json
from delar_extract.model import Cell, Row
from tests.conftest import sample_pdfs
from tests.samples_cache import sample_report


@pytest.fixture(scope="module")
def json_folder(reports: list[Report], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The samples' reports as a batch would leave them: nested JSON, a manifest, a log."""
    folder = tmp_path_factory.mktemp("out")
    for index, report in enumerate(reports):
        target = folder / ("sub" if index % 2 else "") / f"{Path(report.source.file).stem}.json"
        target.parent.mkdir(exist_ok=True)
        target.write_text(report_to_json(report), encoding="utf-8")
    (folder / "manifest.jsonl").write_text('{"path": "x.pdf", "status": "ok"}\n')
    (folder / "settings.json").write_text('{"not": "a report"}')
    return folder


def test_every_frame_has_the_documented_columns_and_dtypes(dataset: Dataset) -> None:
    frames = dataset.frames()
    assert list(frames) == list(TABLES)
    for name, frame in frames.items():
        spec = TABLES[name]
        assert list(frame.columns) == spec.names, name
        for column, dtype in spec.dtypes.items():
            assert frame[column].dtype == pd.api.types.pandas_dtype(dtype), (name, column)


def test_indicators_have_one_row_per_value(reports: list[Report], dataset: Dataset) -> None:
    frame = dataset.indicators
    assert len(frame) == 3 * sum(len(r.indicators) for r in reports)
    assert not frame.duplicated(["sha256", "indicator_id", "value_kind"]).any()
    rows = frame.set_index(["sha256", "indicator_id", "value_kind"])
    compared = 0
    for report in reports:
        for indicator in report.indicators:
            for kind in ("baseline", "target", "outcome"):
                expected = getattr(indicator, kind)
                row = rows.loc[(report.source.sha256, indicator.id, kind)]
                if expected is None or expected.value is None:
                    assert pd.isna(row["value"])
                else:
                    assert row["value"] == expected.value
                    assert row["period"] == expected.period
                    compared += 1
    assert compared > 20  # the samples do have indicator values


def test_table_cells_are_the_figure_tables_cells(reports: list[Report], dataset: Dataset) -> None:
    frame = dataset.table_cells
    expected = {
        (r.source.sha256, t.id, i, j, c.value, c.text or None, col.measure, col.period)
        for r in reports
        for t in r.tables
        if t.kind not in NON_FIGURE_KINDS
        for i, row in enumerate(t.rows, start=1)
        for j, (col, c) in enumerate(zip(t.columns, row.cells, strict=False), start=1)
    }
    got = {
        (
            row.sha256,
            row.table_id,
            row.row_index,
            row.column_index,
            None if pd.isna(row.value) else row.value,
            None if pd.isna(row.text) else row.text,
            None if pd.isna(row.measure) else row.measure,
            None if pd.isna(row.period) else row.period,
        )
        for row in frame.itertuples()
    }
    assert got == expected
    assert len(frame) == len(expected) > 500
    assert not set(frame["table_kind"]) & {k.value for k in NON_FIGURE_KINDS}
    assert frame["page"].notna().all()


def test_cell_place_prefers_the_cells_own_page_and_bbox() -> None:
    row = Row(label="Hyror", cells=[], page=3, bbox=[1.0, 2.0, 3.0, 4.0])
    own = Cell(text="12", value=12.0, page=4, bbox=[5.0, 6.0, 7.0, 8.0])
    assert _place(own, row.page, row.bbox) == {
        "page": 4,
        "x0": 5.0,
        "top": 6.0,
        "x1": 7.0,
        "bottom": 8.0,
    }
    assert _place(Cell(text="", value=None), row.page, row.bbox) == {
        "page": 3,
        "x0": 1.0,
        "top": 2.0,
        "x1": 3.0,
        "bottom": 4.0,
    }


def test_every_row_carries_its_reports_identity(dataset: Dataset) -> None:
    identity = dataset.reports[list(IDENTITY_NAMES)]
    assert identity["sha256"].is_unique
    for name, frame in dataset.frames().items():
        merged = frame[list(IDENTITY_NAMES)].drop_duplicates()
        joined = merged.merge(identity, how="left", on="sha256", suffixes=("", "_report"))
        for column in (c for c in IDENTITY_NAMES if c != "sha256"):
            left, right = joined[column], joined[f"{column}_report"]
            assert ((left == right) | (left.isna() & right.isna())).all(), (name, column)


def test_row_order_does_not_depend_on_input_order(reports: list[Report], dataset: Dataset) -> None:
    shuffled = reports_to_dataset(reports[::-1])
    for name, frame in dataset.frames().items():
        assert_frame_equal(shuffled.frames()[name], frame, obj=name)


def test_row_keys_line_up_a_line_across_tables(dataset: Dataset) -> None:
    cells = dataset.table_cells
    # Printed differently (case, numbering), the same key: the samples print e.g.
    # "Verksamhetens nettokostnader" and "Verksamhetens Nettokostnader".
    labels_per_key = cells.groupby("row_key")["row_label"].nunique()
    assert (labels_per_key > 1).any()
    assert cells["row_key"].notna().sum() == cells["row_label"].notna().sum()


def test_load_reads_a_folder_like_the_reports(json_folder: Path, dataset: Dataset) -> None:
    loaded = delar_extract.load(json_folder)
    for name, frame in dataset.frames().items():
        assert_frame_equal(loaded.frames()[name], frame, obj=name)


def test_load_keeps_a_report_met_twice_once(json_folder: Path, dataset: Dataset) -> None:
    named = sorted(json_folder.rglob("*.json"))[0]
    loaded = delar_extract.load([named, json_folder, named])
    assert len(loaded.reports) == len(dataset.reports)


def test_load_extracts_a_pdf(reports: list[Report]) -> None:
    pdf = sample_pdfs()[2]
    loaded = delar_extract.load(pdf)
    assert list(loaded.reports["source_file"]) == [pdf.name]
    expected = reports_to_dataset([sample_report(pdf.stem)])
    for name, frame in expected.frames().items():
        assert_frame_equal(loaded.frames()[name], frame, obj=name)


def test_load_names_the_file_that_is_not_a_report(json_folder: Path, tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"settings\.json: not a delar-extract report"):
        delar_extract.load(json_folder / "settings.json")
    broken = tmp_path / "broken.json"
    broken.write_text('{"schema_version": "1.0", "source": {}}')
    with pytest.raises(InputError, match=r"broken\.json: not a valid report at source"):
        delar_extract.load(broken)
    with pytest.raises(InputError, match=r"missing\.json: no such file"):
        delar_extract.load(tmp_path / "missing.json")


def test_values_and_key_figures_keep_their_own_boxes(
    reports: list[Report], dataset: Dataset
) -> None:
    figures = [f for r in reports for f in r.key_figures]
    with_box = sum(f.bbox is not None for f in figures)
    assert with_box > 0
    assert dataset.key_figures["x0"].notna().sum() == with_box
    outcomes = [i.outcome for r in reports for i in r.indicators if i.outcome and i.outcome.bbox]
    frame = dataset.indicators[dataset.indicators.value_kind == "outcome"]
    assert len(outcomes) > 0
    assert set(frame["x0"].dropna().round(2)) >= {round(v.bbox[0], 2) for v in outcomes}
