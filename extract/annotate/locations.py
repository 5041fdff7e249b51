"""Locations: the model's GPE/LOC entities and the `place_ruler`'s gazetteer matches, filtered by the
guide's rules and resolved offline.

Fixes for the NER errors seen on these pages: "Washington" / "D.C." joined into one place; an
article or possessive trimmed ("the United States", "Cuba's"); places glued to other tokens
("CubaUs", "#CubaUs") dropped; places inside agency names and person names dropped; places inside
the name of an office in a title ("Director General for U.S. Affairs") dropped; nationality
adjectives (NORP) never become places.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from ..normalize import places as P
from .context import Context, Hit

_OFFICE_AFTER = re.compile(r"^\s*(?:and [A-Z][\w.]* )?(?:Affairs|Division|Desk|Department|Bureau|Directorate)\b")
_OFFICE_BEFORE = re.compile(r"\b(?:for|of)\s+(?:the\s+)?$")
_DC = re.compile(r"^,?\s*D\.?\s?C\.?")


def find(doc: Doc, ctx: Context, blocked: list[tuple[int, int]]) -> list[Hit]:
    """Place mentions of a segment. `blocked` are document spans (agencies, persons) that contain no
    location by the guide's rules."""
    res = ctx.res
    cands: list[Span] = [e for e in doc.ents if e.label_ in ("GPE", "LOC")]
    cands += list(doc.spans.get("places", []))
    cands.sort(key=lambda s: (-(s.end_char - s.start_char), s.start_char))
    text = doc.text
    out: list[Hit] = []
    taken: list[tuple[int, int]] = []
    context_ccs = tuple(c for c in (ctx.dateline_cc, ctx.host_cc, ctx.publisher_cc) if c)
    for sp in cands:
        s, e = sp.start_char, sp.end_char
        # trim an article and a possessive
        m = re.match(r"(?:the|The|THE)\s+", text[s:e])
        if m:
            s += m.end()
        m = re.search(r"(?:'s|’s|')$", text[s:e])
        if m:
            e -= len(m.group())
        # join "Washington" + ", D.C."
        if text[s:e] == "Washington":
            m = _DC.match(text[e:e + 6])
            if m:
                e += m.end()
        if e <= s:
            continue
        # glued to other letters/digits or a hashtag: not a clean name
        if s > 0 and (text[s - 1].isalnum() or text[s - 1] in "#@_") or e < len(text) and text[e].isalnum():
            continue
        ds, de = s + ctx.offset, e + ctx.offset
        if any(a <= ds and de <= b for a, b in blocked) or any(not (de <= a or ds >= b) for a, b in taken):
            continue
        # a place naming an office inside a title: "for U.S. Affairs", "for Western Hemisphere Affairs"
        if _OFFICE_AFTER.match(text[e:e + 30]) and _OFFICE_BEFORE.search(text[max(0, s - 12):s]):
            continue
        place = P.resolve(text[s:e], res, context_ccs)
        if place is None:
            continue
        taken.append((ds, de))
        out.append(Hit(ds, de, text[s:e], "ner" if sp.label_ in ("GPE", "LOC") else "gazetteer", {
            "name": place.name, "kind": place.kind, "country_code": place.country_code, "admin1": place.admin1,
            "latitude": place.latitude, "longitude": place.longitude, "geonames_id": place.geonames_id}))
    out.sort(key=lambda h: h.start)
    return out
