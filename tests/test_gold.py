"""Quality regression: run the pipeline over every gold page and hold each field at its floor.

The floors (tests/gold/floors.json) sit just under the figures `make eval` prints today; raise them
as quality rises, never lower them to make a change pass.
"""
from __future__ import annotations

import json

import pytest

from extract.evaluate import evaluate

from .conftest import GOLD

FLOORS = json.loads((GOLD / "floors.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def report(tmp_path_factory, nlp):
    return evaluate(GOLD, tmp_path_factory.mktemp("gold_eval"))


@pytest.mark.parametrize("field", sorted(FLOORS["f1"]))
def test_f1_floor(report, field):
    assert report[field]["f1"] >= FLOORS["f1"][field], (field, report[field])


@pytest.mark.parametrize("attr", sorted(FLOORS["accuracy"]))
def test_accuracy_floor(report, attr):
    assert report["accuracy"][attr] is not None and report["accuracy"][attr] >= FLOORS["accuracy"][attr], (attr, report["accuracy"])


def test_gold_specs_build_and_validate():
    """Every spec builds and validates, and gold.jsonl holds one record per spec page."""
    import subprocess
    import sys
    r = subprocess.run([sys.executable, str(GOLD / "build.py"), "--check"], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    n = sum(1 for line in (GOLD / "gold.jsonl").read_text(encoding="utf-8").splitlines() if line.strip())
    assert f"{n} docs OK" in r.stdout


def test_every_gold_page_is_in_the_project():
    recs = [json.loads(line) for line in (GOLD / "gold.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(recs) >= 60
    for r in recs:
        text = (GOLD / "docs" / r["file"]).open(encoding="utf-8", newline="").read()
        for field in ("dates", "locations", "officials", "agencies"):
            for m in r[field]:
                assert text[m["start"]:m["end"]] == m["text"]
