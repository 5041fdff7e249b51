"""Quality regression on the blind sets of tests/heldout/ (pages written and annotated without the pipeline in
view; see tests/heldout/README.md): every field is held at its floor in tests/heldout/floors.json, and the
specs build and validate. Some sets were tuned on after their first score; the floors guard what was reached.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from extract.evaluate import evaluate

ROOT = Path(__file__).resolve().parents[1]
HELDOUT = ROOT / "tests" / "heldout"
FLOORS = json.loads((HELDOUT / "floors.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def report(tmp_path_factory, nlp):
    return evaluate(HELDOUT, tmp_path_factory.mktemp("heldout_eval"))


@pytest.mark.parametrize("field", sorted(FLOORS["f1"]))
def test_f1_floor(report, field):
    assert report[field]["f1"] >= FLOORS["f1"][field], (field, report[field])


@pytest.mark.parametrize("attr", sorted(FLOORS["accuracy"]))
def test_accuracy_floor(report, attr):
    assert report["accuracy"][attr] is not None and report["accuracy"][attr] >= FLOORS["accuracy"][attr], \
        (attr, report["accuracy"])


def test_heldout_specs_build_and_validate():
    r = subprocess.run([sys.executable, str(ROOT / "tests" / "gold" / "build.py"), "--root", str(HELDOUT), "--check"],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    n = sum(1 for line in (HELDOUT / "gold.jsonl").read_text(encoding="utf-8").splitlines() if line.strip())
    assert f"{n} docs OK" in r.stdout
