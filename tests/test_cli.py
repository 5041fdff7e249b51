"""The CLI through click's CliRunner: run, validate, eval, errors as one line, docs on every command."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from extract.cli import cli
from extract.write import read_table

from .conftest import ROOT


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_every_command_has_a_docstring_with_an_example(name):
    doc = cli.commands[name].help or ""
    assert "Example:" in doc, name
    assert name in (ROOT / "README.md").read_text(encoding="utf-8"), f"README does not document `{name}`"


def test_run_then_validate(tmp_path, batch_dir, nlp):
    out = tmp_path / "out"
    r = CliRunner().invoke(cli, ["run", str(batch_dir), str(out), "--no-progress"])
    assert r.exit_code == 0, r.output
    assert "documents" in r.output and "errors 0" in r.output
    assert len(read_table(out, "documents")) == 3
    v = CliRunner().invoke(cli, ["validate", str(out)])
    assert v.exit_code == 0, v.output
    assert "match the contract" in v.output
    again = CliRunner().invoke(cli, ["run", str(batch_dir), str(out), "--no-progress"])
    assert "skipped (unchanged) 3" in again.output and "nothing rewritten" in again.output


def test_validate_reports_a_broken_table(tmp_path, batch_dir, nlp):
    out = tmp_path / "out"
    CliRunner().invoke(cli, ["run", str(batch_dir), str(out), "--no-progress"])
    import pyarrow as pa
    import pyarrow.parquet as pq
    f = out / "items" / "raw" / "part-0.parquet"
    t = pq.read_table(f)
    pq.write_table(t.set_column(t.schema.get_field_index("ordinal"), "ordinal", t.column("ordinal").cast(pa.int64())), f)
    v = CliRunner().invoke(cli, ["validate", str(out)])
    assert v.exit_code == 1 and "ordinal is int64" in v.output


def test_missing_input_is_one_line_error(tmp_path):
    r = CliRunner().invoke(cli, ["run", str(tmp_path / "nope"), str(tmp_path / "out")])
    assert r.exit_code != 0
    assert "input folder not found" in r.output and "Traceback" not in r.output


def test_bad_settings_are_one_line_errors(tmp_path, batch_dir):
    r = CliRunner().invoke(cli, ["run", str(batch_dir), str(tmp_path / "o"), "--workers", "0"])
    assert r.exit_code == 2 and "workers" in r.output.lower()
    r = CliRunner().invoke(cli, ["run", str(batch_dir), str(tmp_path / "o"), "--model", str(tmp_path / "no-model")])
    assert r.exit_code == 1 and "cannot load spaCy model" in r.output and "Traceback" not in r.output


def test_python_dash_m_entry_point(tmp_path):
    r = subprocess.run([sys.executable, "-m", "extract", "--help"], capture_output=True, text=True, cwd=ROOT)
    assert r.returncode == 0 and "run" in r.stdout and "eval" in r.stdout and "validate" in r.stdout


def test_eval_json_output(tmp_path, nlp):
    r = CliRunner().invoke(cli, ["eval", str(ROOT / "tests" / "gold"), str(tmp_path / "ev"), "--json", "--subset", "b00"])
    assert r.exit_code == 0, r.output
    report = json.loads(r.output)
    assert report["n_docs"] == 1 and 0.0 <= report["items"]["f1"] <= 1.0
