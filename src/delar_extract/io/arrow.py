"""The tidy tables as pyarrow Tables, typed as documented (Parquet and DuckDB share them)."""

from __future__ import annotations

from typing import Any

import pandas as pd

from delar_extract.io.columns import TableSpec
from delar_extract.io.files import require


def arrow_schema(spec: TableSpec, fmt: str = "parquet") -> Any:
    """The pyarrow schema of a table, each field carrying its description."""
    pa = require("pyarrow", fmt)
    types = {
        "string": pa.string(),
        "int": pa.int64(),
        "float": pa.float64(),
        "bool": pa.bool_(),
        "date": pa.date32(),
    }
    return pa.schema(
        [
            pa.field(c.name, types[c.kind], metadata={"description": c.description})
            for c in spec.columns
        ],
        metadata={"delar_extract.table": spec.name, "delar_extract.row": spec.row},
    )


def frame_to_arrow(frame: pd.DataFrame, spec: TableSpec, fmt: str = "parquet") -> Any:
    """The frame as a pyarrow Table with the documented types."""
    pa = require("pyarrow", fmt)
    return pa.Table.from_pandas(frame, schema=arrow_schema(spec, fmt), preserve_index=False)
