"""Locations: the model's GPE/LOC entities and the `place_ruler`'s gazetteer matches, filtered by the
guide's rules and resolved offline.

Fixes for the NER errors seen on these pages: "Washington" / "D.C." joined into one place; an
article, a possessive ("Cuba's", "Cuba´s") or a trailing "region" ("the Caribbean region") trimmed;
places glued to other tokens ("CubaUs", "#CubaUs") dropped; places inside agency names, other
organization names ("University of Ghana", "Cuba Solidarity Campaign", "Embassy of Cuba in Canada")
and person names ("Camilo Cienfuegos") dropped; places naming an office inside a title ("Director
General for U.S. Affairs", "Director of Central America ... of the Ministry") dropped; nationality
adjectives ("Lao ambassador") and honorifics ("Hon.") never become places; names in scripts written
without spaces ("中国-拉美") are found by a substring scan of the curated aliases.

Everything here is a pure function of the segment's Doc and Context; the rule vocabularies are the
module-level tables below.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from ..normalize import places as P
from ..resources import Resources
from .context import Context, Hit, doc_text

# ---------------------------------------------------------------------------------------------- data
#: words naming an organization (a place in "<Head> of X" or "X ... <Head>" is part of its name)
ORG_HEADS = ("Ministry", "Ministries", "Department", "Embassy", "Embassies", "Consulate", "Consulate General",
             "Mission", "Brigade", "Parliament", "Assembly", "Council", "Councils", "Government", "Palace",
             "University", "Institute", "Academy", "Society", "Association", "Chamber", "Chambers", "Committee",
             "Federation", "Foundation", "Centre", "Center", "Campaign", "Network", "Forum", "Club", "School",
             "College", "Bank", "Court", "Office", "Troops", "Forces", "Party", "Authority", "Agency", "Bureau",
             "Directorate", "Police", "Friends", "Interests Section", "High Commission", "Embajada", "Consulado",
             "Ministerio", "Library", "Museum", "Hospital", "Clinic", "Union", "Movement")
#: lowercase heads that still name a body ("foreign ministries of Vietnam and Laos", "foreign service
#: academies of Pakistan and Azerbaijan"); only with "of", never "a trade mission to Cuba"
ORG_HEADS_LOWER = ("ministry", "ministries", "academies", "parliaments")
#: lowercase mission words name a body only with their host: "the diplomatic mission of Cuba in
#: Jamaica" is one agency, "the diplomatic mission of Cuba, located in Washington" has a location
MISSION_LOWER = ("embassy", "embassies", "mission", "missions", "consulate")
#: heads after which "in/to <host>" is still the body's name ("Cuban Embassy in Canada", "Cuban
#: Medical Brigade in Ghana", "Permanent Mission of Cuba to the United Nations")
MISSION_HEADS = ("Embassy", "Embassies", "Consulate", "Consulate General", "Mission", "Brigade",
                 "Interests Section", "High Commission", "Embajada", "Consulado")
#: last words of organization or product names that start with a place ("Pakistan-Cuba Social
#: Forum", "London School of Economics", "Manila Polo Club", "Cuba Libre", "Hyderabad House"); bilateral mechanisms
#: ("U.S.-Cuba Joint Council", "Bilateral Commission") are deliberately absent: their places count
TRAILING_ORG_HEADS = ("Forum", "Campaign", "Group", "Club", "School", "Hub", "Society", "Association", "Network",
                      "Institute", "University", "College", "Academy", "Foundation", "Centre", "Center",
                      "Federation", "Chamber", "Libre", "Company", "Corporation", "Airlines", "Airways", "Airport",
                      "Movement", "Library", "Museum", "Hospital", "House", "Hotel")
#: titles whose "for <place>" always names an office ("Director for North America"), and whose
#: "of <place>" does when the office is "of/at" a body ("Director of Americas of the Kenyan Foreign
#: Ministry"); never "Ambassador of Cuba to Canada" or "Minister of Foreign Affairs of Kazakhstan"
OFFICE_TITLES = ("Director", "Directorate", "Minister", "Secretary", "Head", "Chief", "Coordinator", "Officer")
#: words after a place that make it the name of an office ("Americas Director", "U.S. Division")
OFFICE_WORDS_AFTER = ("Director", "Directorate", "Division", "División", "Desk", "Department", "Bureau")
#: capitalized words that may stand before a city without making it a surname ("Old Havana")
NAME_PREFIX_OK = {"Old", "New", "Central", "Greater", "Downtown", "North", "South", "East", "West", "Upper", "Lower",
                  "Northern", "Southern", "Eastern", "Western", "Metropolitan", "In", "To", "From", "Of", "At", "And",
                  "The", "For", "On", "With", "By", "Visit", "Visits", "Visited", "City", "Province", "Capital"}

_CAP = r"[A-Z][\w.'’´&-]*"
_CAPS = rf"{_CAP}(?:\s+{_CAP})*"                      # a run of capitalized words, spaces only
# coordination before the place: "Sri Lanka and ", "Central America, Mexico and the "
_COORD = rf"(?:{_CAPS}\s*(?:,\s*|\s+and\s+)(?:the\s+)?)*"


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


# "<Head> [of|for|on|and <Caps>]* of [the] [X and] <place>": "Ministry of Foreign Affairs of Guyana"
_ORG_OF = re.compile(rf"(?:\b(?:{_alt(ORG_HEADS)})|\b(?:{_alt(ORG_HEADS_LOWER)}))"
                     rf"(?:\s+(?:of|for|on|and)\s+(?:the\s+)?{_CAPS})*\s+(?:of|de|del)\s+(?:the\s+)?{_COORD}$")
# "<Mission head> [of [the] X] in|to|en [the] [X and] <place>": "Cuban Embassy in Canada",
# "diplomatic mission of Cuba in Jamaica"
_MISSIONS = _alt(MISSION_HEADS + ("embassy", "embassies", "consulate"))     # not "a trade mission to Cuba"
_MISSION_LOWER_OF = re.compile(rf"\b(?:{_alt(MISSION_LOWER)})\s+of\s+(?:the\s+)?$")
_HOST_AFTER = re.compile(r"\s+(?:in|to)\s+(?:the\s+)?[A-Z]")
_ORG_IN = re.compile(rf"\b(?:(?:{_MISSIONS})|(?:{_MISSIONS}|{_alt(MISSION_LOWER)}|Association|Society|Friends)"
                     rf"\s+(?:of|de)\s+(?:the\s+)?{_CAPS})\s+(?:in|to|en)\s+(?:the\s+)?{_COORD}$")
_ORG_TAIL = re.compile(rf"(?:\s*[-–]\s*|\s+)(?:{_CAP}\s+){{0,3}}(?:{_alt(TRAILING_ORG_HEADS)})\b")
# "Brigade of Solidarity with Cuba", "Solidarity Movement with Cuba": a group's name. Events and
# lowercase groups keep the place ("Conference of Solidarity with Cuba", "groups of Solidarity with Cuba")
_SOLIDARITY_GROUPS = r"(?:Brigade|Movement|Committee|Network|Campaign|Association|Group)s?"
_SOLIDARITY_WITH = re.compile(rf"\b(?:{_SOLIDARITY_GROUPS}\s+of\s+Solidarity|Solidarity\s+{_SOLIDARITY_GROUPS})"
                              rf"\s+with\s+(?:the\s+)?{_COORD}$")
# "Director for North America and Central America", "Assistant Deputy Minister for the Americas":
# what an office is "for" is its domain, never a location (unlike the state a title is "of")
_OFFICE_FOR = re.compile(rf"\b(?:{_alt(OFFICE_TITLES)})(?:\s+General)?\s+for\s+(?:the\s+)?{_COORD}$")
# "<Title> [General] of|for [the] [X and for] [Y and] <place>" ...
_OFFICE_BEFORE_T = re.compile(rf"\b(?:{_alt(OFFICE_TITLES)})(?:\s+General)?\s+(?:of|for)\s+(?:the\s+)?"
                              rf"(?:{_CAPS}\s+and\s+for\s+(?:the\s+)?)?{_COORD}$")
# ... "[, Y]* [and Z] of <Name> | at the <...> Ministry": the office belongs to a body or a state.
# A list needs its "and" ("Central America, Mexico and the Caribbean of the Ministry"): a comma
# alone introduces a name ("Foreign Minister of Jamaica, Kamina Johnson Smith, at the ...")
_OFFICE_AFTER_T = re.compile(rf"(?:(?:,\s*{_CAPS})*\s+and\s+(?:the\s+)?{_CAPS})?\s+"
                             rf"(?:of\s+(?:the\s+)?[A-Z]|at\s+(?:the\s+)?(?:{_CAP}\s+){{0,3}}"
                             rf"(?:Ministry|Department|Office|Secretariat|Cancillería|MINREX)\b)")
_OFFICE_WORD_AFTER = re.compile(rf"^\s+(?:{_alt(OFFICE_WORDS_AFTER)})\b")
# "Director General for U.S. Affairs", "Assistant Secretary for Western Hemisphere Affairs"
_OFFICE_AFTER = re.compile(r"^\s*(?:and [A-Z][\w.]* )?(?:Affairs|Division|División|Desk|Department|Bureau|Directorate)\b")
_OFFICE_BEFORE = re.compile(r"\b(?:for|of)\s+(?:the\s+)?$")
_DC = re.compile(r"^,?\s*D\.?\s?C\.?")
_POSSESSIVE = re.compile(r"(?:'s|’s|´s|')$")
_POSSESSIVE_AFTER = re.compile(r"(?:'s|’s|´s)")
_REGION_WORD = re.compile(r"\s+region$")
# a token "Cuba´s": the tokenizer keeps an acute-accent possessive glued to the name
_GLUED_POSSESSIVE = re.compile(r"^(?P<name>[A-Z][\w.-]*)(?:´s|`s)$")
_HYPHEN = re.compile(r"[-–]")
_NO_SPACE_SCRIPT = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")

_NER_LABELS = ("GPE", "LOC")
_NOT_NAME_POS = ("ADP", "DET", "AUX", "VERB", "CCONJ", "SCONJ", "PRON", "NUM", "PUNCT", "PART")
_NAME_ENTS = ("ORG", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT")


# ---------------------------------------------------------------------------------------------- span
def trim(text: str, s: int, e: int, res: Resources | None = None) -> tuple[int, int]:
    """Segment offsets of the place name proper: no article, no possessive, no trailing "region"
    when the rest is a place ("the Caribbean region" -> "Caribbean", but "Gulf region" stays),
    "Washington" joined with a following "D.C."."""
    m = P.ARTICLE.match(text, s, e)
    if m:
        s = m.end()
    m = _POSSESSIVE.search(text[s:e])
    if m:
        e -= len(m.group())
    m = _REGION_WORD.search(text[s:e])
    if m and e - s > len(m.group()) and (res is None or P.candidates(text[s:e - len(m.group())], res)):
        e -= len(m.group())
    if text[s:e] == "Washington":
        m = _DC.match(text[e:e + 6])
        if m:
            e += m.end()
    return s, e


def glued(text: str, s: int, e: int) -> bool:
    """True when the name is glued to letters, digits or a hashtag ('CubaUs', '#Cuba')."""
    return s > 0 and (text[s - 1].isalnum() or text[s - 1] in "#@_") or e < len(text) and text[e].isalnum()


# ---------------------------------------------------------------------------------------------- rules
def in_organization_name(text: str, s: int, e: int) -> bool:
    """A place inside the name of a body or any other organization: "Ministry of Foreign Affairs of
    Guyana", "Chambers of Commerce of Sri Lanka and Cuba", "Cuban Embassy in Canada", "Friends of
    Cuba", "Pakistan-Cuba Social Forum"."""
    before = text[max(0, s - 160):s]
    if _ORG_OF.search(before) or _ORG_IN.search(before) or _SOLIDARITY_WITH.search(before):
        return True
    return bool(_MISSION_LOWER_OF.search(before) and _HOST_AFTER.match(text, e))


def starts_organization_name(doc: Doc, text: str, s: int, e: int) -> bool:
    """A place that begins an organization or product name the model tagged as one entity
    ("the London School of Economics", "Cuba Libre"): the words after it end in an org head."""
    m = _ORG_TAIL.match(text, e)
    if not m:
        return False
    return any(ent.label_ in _NAME_ENTS and ent.start_char <= s and m.end() <= ent.end_char for ent in doc.ents)


def names_an_office(text: str, s: int, e: int) -> bool:
    """A place naming an office inside a title: "Director General for U.S. Affairs", "Americas
    Director", "Director of Central America, Mexico and the Caribbean of the Ministry"."""
    if _OFFICE_AFTER.match(text[e:e + 30]) and _OFFICE_BEFORE.search(text[max(0, s - 12):s]):
        return True
    if _OFFICE_WORD_AFTER.match(text[e:e + 20]) or _OFFICE_FOR.search(text[max(0, s - 120):s]):
        return True
    return bool(_OFFICE_BEFORE_T.search(text[max(0, s - 120):s]) and _OFFICE_AFTER_T.match(text, e, e + 120))


def is_surname(doc: Doc, s: int, e: int, place) -> bool:
    """A one-word city right after a capitalized name word is a surname ("Camilo Cienfuegos",
    "José Ramón Cabañas Rodríguez"), unless that word commonly precedes a city ("Old Havana")."""
    if place.kind != "city":
        return False
    span = doc.char_span(s, e)
    if span is None or len(span) != 1 or span.start == 0:
        return False
    prev = doc[span.start - 1]
    if prev.whitespace_ != " " or not prev.is_alpha or not prev.is_title or prev.text in NAME_PREFIX_OK:
        return False
    # the tagger often reads a surname as ADJ ("Cabañas"); function words never start a name
    if prev.ent_type_ in _NER_LABELS or prev.ent_type_ == "NORP" or prev.pos_ in _NOT_NAME_POS:
        return False
    return not (span.end < len(doc) and doc[span.end].is_title and doc[span.end].whitespace_)


def is_adjective_or_honorific(text: str, s: int, e: int, place, res: Resources) -> bool:
    """Nationality adjectives ("new Lao ambassadors") and honorifics ("Hon. Netumbo") are not places.
    A curated alias or a country name wins: "U.S." and "Singapore" are in both tables."""
    word = text[s:e]
    if place.population >= 10**9 or place.kind == "country":
        return False
    if word in res.nationalities:
        return True
    return word in _honorifics(res) or (e < len(text) and text[e] == "." and word + "." in _honorifics(res))


_PER_RESOURCES: dict[tuple[str, int], object] = {}


def _per_resources(kind: str, res: Resources, build):
    """A table derived from the resources, built once per Resources object (they live per process)."""
    key = (kind, id(res))
    if key not in _PER_RESOURCES:
        _PER_RESOURCES[key] = build(res)
    return _PER_RESOURCES[key]


def _honorifics(res: Resources) -> frozenset[str]:
    return _per_resources("honorifics", res, lambda r: frozenset(r.honorifics))


# ---------------------------------------------------------------------------------------------- extra candidates
def _no_space_aliases(res: Resources) -> re.Pattern | None:
    """One alternation of the curated aliases written in scripts without spaces, longest first."""
    def build(r: Resources):
        names = [a for a in r.places if _NO_SPACE_SCRIPT.search(a)]
        return re.compile(_alt(names)) if names else None
    return _per_resources("no_space", res, build)


def extra_spans(doc: Doc, res: Resources) -> list[tuple[int, int, str]]:
    """Segment (start, end, extractor) of names the tokenizer cannot isolate: curated aliases in
    scripts written without spaces ("中国-拉美和加勒比"), and "Cuba´s" with an acute-accent
    possessive glued to the name."""
    out = []
    text = doc_text(doc)
    if _NO_SPACE_SCRIPT.search(text):
        rx = _no_space_aliases(res)
        if rx is not None:
            out += [(m.start(), m.end(), "gazetteer:script") for m in rx.finditer(text)]
    for tok in doc:
        if "´" in tok.text or "`" in tok.text:
            m = _GLUED_POSSESSIVE.match(tok.text)
            if m:
                out.append((tok.idx, tok.idx + len(m["name"]), "gazetteer"))
        elif "-" in tok.text or "–" in tok.text:
            out += _compound_parts(tok.text, tok.idx, res)
    return out


def _known_name(piece: str, res: Resources) -> bool:
    """A name that stands for a place by itself: a country, region, admin1, curated alias or big city
    (not "Trans" or "Indo", which only some small town's alternate names match)."""
    return any(p.kind != "city" or p.population >= P.KNOWN_CITY_POPULATION for p in P.candidates(piece, res))


def _compound_parts(word: str, start: int, res: Resources) -> list[tuple[int, int, str]]:
    """The places of a hyphenated compound the tokenizer keeps whole ("U.S.-UK", "China-U.S."),
    when every part is a place or an acronym ("U.S.-CELAC"); never "Trans-Pacific"."""
    parts, pos = [], 0
    for piece in _HYPHEN.split(word):
        if piece:
            parts.append((start + pos, start + pos + len(piece), piece))
        pos += len(piece) + 1
    if len(parts) < 2:
        return []
    places = [(a, b) for a, b, piece in parts if _known_name(piece, res)]
    if not places or any(not (_known_name(piece, res) or piece.isupper()) for _, _, piece in parts):
        return []
    return [(a, b, "gazetteer:compound") for a, b in places]


# ---------------------------------------------------------------------------------------------- blocking
def blocked_by(ds: int, de: int, blocked: list[tuple[int, int]], text: str, offset: int) -> bool:
    """True when the place lies inside an agency or person span. Exceptions: a possessive country
    heading the span is a location of its own ("Cuba's Border Guard Troops"); so is a span that is
    exactly the place (the model read "Sri Lanka" as a person); and a span running over a line
    break is no name at all (a heading glued to a dateline)."""
    for a, b in blocked:
        if not (a <= ds and de <= b):
            continue
        if ds == a and (de == b or _POSSESSIVE_AFTER.match(text, de - offset)):
            continue
        if "\n" in text[max(0, a - offset):b - offset]:
            continue
        return True
    return False


# ---------------------------------------------------------------------------------------------- find
_STATE_STYLE = re.compile(r"(?<!\bof )(?<!\bfor )\b(?:(?:Federal|Islamic|Democratic|Arab|Socialist|People['’]s|Bolivarian|Plurinational|Hashemite|"
                          r"Cooperative|Oriental|Federative|Argentine|United) )*(?:Republic|Kingdom|State|Commonwealth|"
                          r"Principality|Grand Duchy|Sultanate|Federation) of (?:the )?$")


def find(doc: Doc, ctx: Context, blocked: list[tuple[int, int]]) -> list[Hit]:
    """Place mentions of a segment. `blocked` are document spans (agencies, persons) that contain no
    location by the guide's rules.

    Two passes: the first finds the names (longest first, no overlaps) and the countries they
    name; the second resolves each name with the full context (dateline, the item's own countries,
    the mission's host, the publisher) and the qualifier written after it ("Dayton, Ohio"), and
    drops readings too weak to be places (see places.is_weak)."""
    res = ctx.res
    text = doc_text(doc)
    raw: list[tuple[int, int, str]] = [(e.start_char, e.end_char, "ner") for e in doc.ents if e.label_ in _NER_LABELS]
    raw += [(sp.start_char, sp.end_char, "gazetteer") for sp in doc.spans.get("places", [])]
    raw += extra_spans(doc, res)
    # trimmed before ranking, so "Indo-Pacific" beats the model's "Pacific region"
    cands = [(*trim(text, s, e, res), extractor) for s, e, extractor in raw]
    cands.sort(key=lambda c: (-(c[1] - c[0]), c[0]))
    no_space = bool(_NO_SPACE_SCRIPT.search(text))
    base_ccs = tuple(c for c in (ctx.dateline_cc, ctx.host_cc, ctx.publisher_cc) if c)
    found: list[tuple[int, int, str, object]] = []
    taken: list[tuple[int, int]] = []
    for s, e, extractor in cands:
        if e <= s:
            continue
        if glued(text, s, e) and not (no_space and _NO_SPACE_SCRIPT.search(text[s:e])):
            continue
        ds, de = s + ctx.offset, e + ctx.offset
        # "Washington, DC" is tested as "Washington": "Cuban Embassy in Washington" holds the city
        core_end = s + len("Washington") if text.startswith("Washington", s) else e
        if any(not (de <= a or ds >= b) for a, b in taken) or \
                blocked_by(ds, core_end + ctx.offset, blocked, text, ctx.offset):
            continue
        # a state written after a body's name and its comma is a place of its own ("Ministry of External
        # Affairs, India"): the agencies stage ended the body at the comma
        after_body = text[max(0, s - 2):s] == ", " and any(b_ == ds - 2 for _, b_ in blocked)
        if names_an_office(text, s, e) or not after_body and in_organization_name(text, s, e) \
                or starts_organization_name(doc, text, s, e):
            continue
        place = P.resolve(text[s:e], res, base_ccs)
        if place is None or is_adjective_or_honorific(text, s, e, place, res) or is_surname(doc, s, e, place):
            continue
        # a state's style before its name is part of the mention ('the Republic of Rwanda', 'the Republic of Sudan',
        # 'the Kingdom of Denmark'), official name or not
        style = _STATE_STYLE.search(text, max(0, s - 60), s) if place.kind == "country" else None
        if style is not None and not blocked_by(style.start() + ctx.offset, ds, blocked, text, ctx.offset) \
                and not any(a < ds and b > style.start() + ctx.offset for a, b in taken):
            s, ds = style.start(), style.start() + ctx.offset
        taken.append((ds, de))
        found.append((s, e, extractor, place))
    found.sort(key=lambda f: f[0])
    context_ccs = item_context(found, ctx)
    out: list[Hit] = []
    for k, (s, e, extractor, place) in enumerate(found):
        qual = qualifier_after(text, e, found[k + 1] if k + 1 < len(found) else None)
        if place.kind != "country":
            place = P.resolve(text[s:e], res, context_ccs, qual) or place
            if P.is_weak(text[s:e], place, context_ccs, qual):
                continue
        out.append(Hit(s + ctx.offset, e + ctx.offset, text[s:e], extractor, {
            "name": place.name, "kind": place.kind, "country_code": place.country_code, "admin1": place.admin1,
            "latitude": place.latitude, "longitude": place.longitude, "geonames_id": place.geonames_id}))
    return out


def item_context(found: list, ctx: Context) -> tuple[str, ...]:
    """Countries in context, most relevant first: the dateline's, then those the segment names
    (countries, admin1 and curated places, most frequent first), then the host and the publisher."""
    counts: dict[str, int] = {}
    for _, _, _, p in found:
        if p.country_code and (p.kind in ("country", "admin1", "region") or p.population >= 10**9):
            counts[p.country_code] = counts.get(p.country_code, 0) + 1
    named = sorted(counts, key=lambda c: -counts[c])
    ccs = [c for c in (ctx.dateline_cc, *named, ctx.host_cc, ctx.publisher_cc) if c]
    return tuple(dict.fromkeys(ccs))


_QUAL_SEP = re.compile(r",\s*")


def qualifier_after(text: str, e: int, nxt) -> P.Qualifier | None:
    """The country or state written right after a name ("Georgetown, Guyana", "Dayton, Ohio",
    "DECATUR, ILL.")."""
    if nxt is None:
        return None
    m = _QUAL_SEP.match(text, e)
    if not m or m.end() != nxt[0]:
        return None
    p = nxt[3]
    if p.kind == "country":
        return P.Qualifier(p.country_code)
    if p.kind == "admin1":
        return P.Qualifier(p.country_code, p.admin1)
    return None
