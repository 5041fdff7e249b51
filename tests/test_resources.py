"""The agency resources are well formed: models/patterns/agencies.jsonl, models/aliases/agencies.csv
and models/aliases/nationalities.csv (validated with spaCy's validate=True and pycountry)."""
from __future__ import annotations

import csv
from collections import Counter

import pycountry
import pytest
import spacy

from extract.nlp import agency_patterns
from extract.resources import read_jsonl

from .conftest import ROOT

MODELS = ROOT / "models"
KINDS = {"ministry", "department", "agency", "embassy", "legislature", "military", "law_enforcement", "judiciary",
         "party", "igo", "other"}
ISO2 = {c.alpha_2 for c in pycountry.countries} | {"XK"}   # Kosovo: user-assigned but in common use


def _csv(name: str) -> list[dict]:
    with (MODELS / "aliases" / name).open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


@pytest.fixture(scope="module")
def agency_rows():
    return _csv("agencies.csv")


def test_agency_patterns_validate(res):
    """Every pattern (file, alias phrases and generated ones) passes spaCy's schema validation."""
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("span_ruler", config={"validate": True, "phrase_matcher_attr": "ORTH"})
    pats = agency_patterns(res)
    ruler.add_patterns(pats)
    assert len(ruler.patterns) == len(pats)


def test_pattern_file_ids():
    pats = read_jsonl(MODELS / "patterns" / "agencies.jsonl")
    assert pats and all(p["label"] == "AGENCY" for p in pats)
    # rule ids start with '@'; any other id names an alias row and must exist (and be unique)
    alias_ids = [p["id"] for p in pats if not p["id"].startswith("@")]
    assert len(alias_ids) == len(set(alias_ids))
    aliases = {r["alias"] for r in _csv("agencies.csv")}
    assert set(alias_ids) <= aliases


def test_alias_ids_unique_and_present(res):
    ids = [p["id"] for p in agency_patterns(res) if not p["id"].startswith("@")]
    assert len(ids) == len(set(ids))
    assert set(ids) <= set(res.agencies)


def test_agency_rows_well_formed(agency_rows):
    assert agency_rows
    for r in agency_rows:
        assert set(r) == {"alias", "name", "acronym", "kind", "country_code"}, r
        assert r["alias"].strip() == r["alias"] and r["alias"], r
        assert r["name"].strip() == r["name"] and r["name"], r
        assert r["kind"] in KINDS, r
        if r["country_code"]:
            assert r["country_code"] in ISO2, r
        if r["kind"] == "igo":
            assert not r["country_code"], f"IGO with a country: {r}"


def test_agency_aliases_not_conflicting(agency_rows):
    """A duplicate alias would silently lose its second row (first row wins)."""
    seen: dict[str, tuple] = {}
    for r in agency_rows:
        key = (r["name"], r["acronym"], r["kind"], r["country_code"])
        assert seen.setdefault(r["alias"], key) == key, f"conflicting rows for {r['alias']!r}"


def test_agency_aliases_listed_once(agency_rows):
    """A repeated row is dead weight that a later edit of one copy turns into a silent conflict."""
    aliases = [r["alias"] for r in agency_rows]
    assert sorted({a for a in aliases if aliases.count(a) > 1}) == []


def test_agency_aliases_have_no_leading_article(agency_rows):
    assert not [r["alias"] for r in agency_rows if r["alias"].lower().startswith("the ")]


def test_nationalities_well_formed():
    rows = _csv("nationalities.csv")
    assert len(rows) > 190
    counts = Counter(r["adjective"] for r in rows)
    assert not [a for a, n in counts.items() if n > 1]
    for r in rows:
        assert r["country_code"] in ISO2, r
        assert r["adjective"][:1].isupper(), r


def test_persons_well_formed():
    rows = _csv("persons.csv")
    assert not [a for a, n in Counter(r["alias"] for r in rows).items() if n > 1]
    names = {r["name"] for r in rows}
    for r in rows:
        assert r["country_code"] in ISO2, r
        assert r["name"] in names and r["alias"].strip() == r["alias"], r
    # an alias names one person: the same alias never gives two states
    by_name = {}
    for r in rows:
        assert by_name.setdefault(r["name"], r["country_code"]) == r["country_code"], r


def test_agency_names_have_one_kind(agency_rows):
    """All rows of one body (canonical name and state) agree on its kind."""
    kinds: dict[tuple, set] = {}
    for r in agency_rows:
        kinds.setdefault((r["name"], r["country_code"]), set()).add(r["kind"])
    assert not {k: v for k, v in kinds.items() if len(v) > 1}


def test_agency_variant_keys_stay_apart(res):
    """Spelling folding (Organisation/Organization, '&'/'and', 'Ministry for'/'of', case) must not merge two
    different bodies of the table, except the listed pairs (each still matched exactly)."""
    from extract.annotate.agencies import variant_key
    names: dict[str, set] = {}
    for alias, a in res.agencies.items():
        if " " in alias:
            names.setdefault(variant_key(alias), set()).add(a.name)
    merged = {k for k, v in names.items() if len(v) > 1}
    assert merged <= {"department of education"}   # GB "Department for Education" vs the generic row
