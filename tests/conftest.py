"""Shared fixtures. The spaCy model is loaded once per test session (extract.pipeline caches it per
process); rule tests use spacy.blank("en") with the project's rulers and need no model."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "gold"
DOCS = GOLD / "docs"


def gold_text(name: str) -> str:
    return (DOCS / name).open(encoding="utf-8", newline="").read()


@pytest.fixture(scope="session")
def res():
    from extract.resources import load
    from extract.settings import Settings
    return load(str(Settings().resources))


@pytest.fixture(scope="session")
def nlp(res):
    from extract.pipeline import _STATE, _init_worker
    from extract.settings import Settings
    if "nlp" not in _STATE:
        _init_worker(None, str(Settings().resources))
    return _STATE["nlp"]


@pytest.fixture
def batch_dir(tmp_path):
    """A small real batch: three dev pages and their index rows."""
    d = tmp_path / "raw"
    d.mkdir()
    names = ["001_9cd6b6c6809c8e84.txt", "cubaminrex_en-articulos-201-page2.txt",
             "cgtn_2024-05-31-chinese-vice-fm-meets-us-principal-deputy-nsa.txt"]
    for n in names:
        shutil.copy(DOCS / n, d / n)
    rows = [ln for ln in (DOCS / "index.tsv").read_text(encoding="utf-8").splitlines()
            if ln.split("\t")[0] in names or ln.startswith("file\t")]
    (d / "index.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return d
