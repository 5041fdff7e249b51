"""Quality regression: run the pipeline over every gold page and hold each field at its floor.

Two gold sets: tests/gold (the 123 dev pages) and tests/heldout (the blind sets, see its README).
Each set's floors (floors.json) sit just under the figures `press-extract eval` prints on it today; raise
them as quality rises, never lower them to make a change pass.
"""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from extract.evaluate import evaluate

from .conftest import GOLD, ROOT

SETS = {"gold": GOLD, "heldout": ROOT / "tests" / "heldout"}
FLOORS = {name: json.loads((root / "floors.json").read_text(encoding="utf-8")) for name, root in SETS.items()}


@pytest.fixture(scope="module")
def report(tmp_path_factory, nlp):
    """One evaluation per set, run when a test first asks for it."""
    done: dict[str, dict] = {}

    def get(name: str) -> dict:
        if name not in done:
            done[name] = evaluate(SETS[name], tmp_path_factory.mktemp(f"{name}_eval"))
        return done[name]
    return get


@pytest.mark.parametrize("name, field", [(n, f) for n in SETS for f in sorted(FLOORS[n]["f1"])])
def test_f1_floor(report, name, field):
    r = report(name)
    assert r[field]["f1"] >= FLOORS[name]["f1"][field], (name, field, r[field])


@pytest.mark.parametrize("name, attr", [(n, a) for n in SETS for a in sorted(FLOORS[n]["accuracy"])])
def test_accuracy_floor(report, name, attr):
    acc = report(name)["accuracy"]
    assert acc[attr] is not None and acc[attr] >= FLOORS[name]["accuracy"][attr], (name, attr, acc)


@pytest.mark.parametrize("name", sorted(SETS))
def test_gold_specs_build_and_validate(name):
    """Every spec builds and validates, and gold.jsonl holds one record per spec page."""
    root = SETS[name]
    r = subprocess.run([sys.executable, str(GOLD / "build.py"), "--root", str(root), "--check"],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    n = sum(1 for line in (root / "gold.jsonl").read_text(encoding="utf-8").splitlines() if line.strip())
    assert f"{n} docs OK" in r.stdout


def test_every_gold_page_is_in_the_project():
    recs = [json.loads(line) for line in (GOLD / "gold.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(recs) >= 60
    for r in recs:
        text = (GOLD / "docs" / r["file"]).open(encoding="utf-8", newline="").read()
        for field in ("dates", "locations", "officials", "agencies"):
            for m in r[field]:
                assert text[m["start"]:m["end"]] == m["text"]


def test_heldout_spec_helpers_are_the_gold_ones():
    """tests/heldout/specs/common.py is a copy of tests/gold/specs/common.py (specs import it from their folder)."""
    assert (SETS["heldout"] / "specs" / "common.py").read_bytes() == (GOLD / "specs" / "common.py").read_bytes()


def test_meetings_of_one_type_pair_so_that_they_agree_most():
    # the legs of one tour: three gold legs, one dated; the undated predicted legs pair with the legs of their country
    from extract.evaluate import score
    leg = lambda cc, ds=None: {"item": 0, "meeting_type": "official_visit", "date_start": ds, "date_end": ds,  # noqa: E731
                               "country_code": cc}
    gold = [{"file": "f", "items": [{"start": 0, "end": 100}], "meetings": [leg("AU"), leg("NZ", "2018-05-07"), leg("FJ")]}]
    pred_leg = lambda cc, ds=None: {"meeting_type": "official_visit", "start_char": 5, "date_start": ds,  # noqa: E731
                                    "date_end": ds, "country_code": cc, "text": "visit"}
    pred = {"f": {"meetings": [pred_leg("NZ"), pred_leg("FJ"), pred_leg("AU")]}}
    acc = score(gold, pred)["accuracy"]
    assert acc["meetings.country"] == 1.0 and acc["meetings.date"] == pytest.approx(2 / 3, abs=1e-3)
