"""The README's notebook examples work as written on real output (pandas and DuckDB)."""
from __future__ import annotations

import re

import pandas as pd

import extract
from extract.pipeline import run
from extract.settings import Settings

from .conftest import ROOT


def test_readme_examples_run(tmp_path, batch_dir, nlp, monkeypatch):
    import duckdb
    out = tmp_path / "data" / "processed"
    run(Settings(in_dir=batch_dir, out_dir=out, progress=False))
    monkeypatch.chdir(tmp_path)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", readme, flags=re.S)
    assert len(blocks) >= 2
    ns: dict = {}
    for b in blocks:
        exec(compile(b, "README.md", "exec"), ns)   # the examples, verbatim, against this output
    items = extract.load("items", "data/processed")
    assert isinstance(items, pd.DataFrame) and len(items) > 0
    df = duckdb.sql("SELECT count(*) AS n FROM 'data/processed/items/**/*.parquet'").df()
    assert int(df["n"][0]) == len(items)
    joined = duckdb.sql("""SELECT m.meeting_type, i.headline FROM 'data/processed/meetings/**/*.parquet' m
                           JOIN 'data/processed/items/**/*.parquet' i USING (item_id)""").df()
    assert len(joined) == len(extract.load("meetings", "data/processed"))
