"""Officials (named people): PERSON entities cleaned of honorifics and swallowed titles, with the
title read from the nearest construction, and linked to the fullest form of the name in the document.

Title constructions, nearest first (ANNOTATION.md): the premodifier ("Cuban Ambassador to Canada
Josefina Vidal" -> "Ambassador to Canada"), a preceding role set off by a comma ("the Minister of
Foreign Affairs, Bruno Rodríguez Parrilla"), else the apposition ("Josefina Vidal Ferreiro, Director
General for U.S. Affairs"). Honorifics (models/honorifics.txt) are stripped and never a title.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from ..normalize.places import lookup_country
from ..resources import Resources, fold
from .context import Context, Hit

CONNECT = {"of", "for", "to", "at", "the", "and", "in", "on", "&", "de", "del", "-", "’s", "'s"}
NOT_NAME = re.compile(r"\b(?:Alert|Revolution|Republic|Day|Government|Embassy|Ministry|Party|Agenda|Summit|Street|Avenue|"
                      r"Square|Airport|Hotel|University|Center|Centre|Institute|Prize|Award|Act|Law|Doctrine|Accords?|"
                      r"Cup|Festival|Covid|COVID|Blockade|Helms|Burton|Medal|Order|Foundation|Association|Brigade|"
                      r"Cuba|Cuban|Island|Province|Cabinet|Minrex|MINREX|God|Pope John Paul)\b")
_STOP_NAME_TOKENS = {"the", "a", "an", "his", "her", "their", "our", "this", "that"}


def _title_heads(res: Resources) -> set[str]:
    heads = set()
    for t in res.titles:
        heads.add(t.lower())
        heads.add(t.lower() + "s")
    return heads


def _honorific_re(res: Resources) -> re.Pattern:
    hs = sorted(res.honorifics, key=len, reverse=True)
    return re.compile(r"^(?:(?:" + "|".join(re.escape(h) for h in hs) + r")(?=\s|$)[\s,]*)+")


_CACHE: dict[int, tuple] = {}


def _lex(res: Resources):
    k = id(res)
    if k not in _CACHE:
        _CACHE[k] = (_title_heads(res), _honorific_re(res))
    return _CACHE[k]


def clean_name(text: str, res: Resources) -> tuple[int, int] | None:
    """(start, end) of the bare name inside a PERSON span text, or None when it is no name."""
    heads, hon = _lex(res)
    s, e = 0, len(text)
    while True:
        m = hon.match(text[s:])
        if m and m.end():
            s += m.end()
            continue
        # titles swallowed into the entity: "Ambassador Hermes Herrera", "Minister Rodríguez"
        w = re.match(r"[\w.’'-]+\s+", text[s:])
        if w and (w.group().strip().lower() in heads or w.group().strip().lower() in ("foreign", "deputy", "vice", "prime", "first", "general", "secretary")) \
                and len(text[s + w.end():].split()) >= 1:
            s += w.end()
            continue
        break
    m = re.search(r"(?:'s|’s|’|')$", text[s:e])
    if m:
        e -= len(m.group())
    name = text[s:e].strip(" ,.-–")
    if not name:
        return None
    s = text.index(name, s)
    e = s + len(name)
    toks = name.split()
    if not toks or not toks[0][:1].isupper() or "#" in name or "@" in name or NOT_NAME.search(name):
        return None
    if toks[0].lower() in _STOP_NAME_TOKENS or all(t.lower().strip(".") in heads for t in toks):
        return None
    if any(ch.isdigit() for ch in name) or len(name) < 3:
        return None
    return s, e


def _title_before(doc: Doc, i: int, heads: set[str], hon: re.Pattern) -> tuple[int, int] | None:
    """Token range of a premodifier title ending right before token i (or before ', ' + i)."""
    j = i
    # skip honorifics between title and name: "Ambassador H.E. Ms. X"
    while j > 0 and hon.match(doc[j - 1].text + " "):
        j -= 1
    end = j
    k = j
    if k > 0 and doc[k - 1].text == ",":
        k -= 1
        end = k
    start = end
    has_head = False
    while start > 0:
        t = doc[start - 1]
        low = t.lower_
        if t.text[:1].isupper() or low in CONNECT and start - 1 > 0 and start < end or t.text in ("U.S.", "a.i.", "d'Affaires"):
            if t.text in (",", ".", ";", ":", "(", ")", "“", "”", '"'):
                break
            if low in heads or low.rstrip("s") in heads:
                has_head = True
            start -= 1
            if start == 0 or doc[start - 1].is_sent_end:
                break
            continue
        break
    while start < end and doc[start].lower_ in CONNECT:
        start += 1
    while end > start and doc[end - 1].lower_ in CONNECT:
        end -= 1
    if not has_head or end <= start:
        return None
    return start, end


def _title_after(doc: Doc, i: int, heads: set[str]) -> tuple[int, int] | None:
    """Token range of an apposition title after the name ending at token i: ', Director General for ...'."""
    if i >= len(doc) or doc[i].text != ",":
        return None
    start = i + 1
    while start < len(doc) and doc[start].lower_ in ("the", "a"):
        start += 1
    end = start
    has_head = False
    while end < len(doc):
        t = doc[end]
        low = t.lower_
        if t.text in (",", ".", ";", ":", "(", ")", "“", "”", '"') or t.is_sent_start and end > start:
            break
        if t.text[:1].isupper() or low in CONNECT or t.text in ("U.S.", "a.i."):
            if low in heads or low.rstrip("s") in heads:
                has_head = True
            end += 1
            continue
        break
    while end > start and doc[end - 1].lower_ in CONNECT:
        end -= 1
    if not has_head or end <= start or not doc[start].text[:1].isupper():
        return None
    return start, end


def _strip_title(title: str, res: Resources) -> tuple[str, str | None]:
    """Drop a leading nationality adjective / country / possessive; return (title, country from it)."""
    cc = None
    words = title.split()
    while words:
        w2 = " ".join(words[:2])
        if w2 in res.nationalities:
            cc = cc or res.nationalities[w2]
            words = words[2:]
        elif words[0] in res.nationalities:
            cc = cc or res.nationalities[words[0]]
            words = words[1:]
        elif words[0].rstrip("’s").rstrip("'s") and lookup_country(re.sub(r"(?:’s|'s)$", "", words[0]), res) and len(words) > 1:
            cc = cc or lookup_country(re.sub(r"(?:’s|'s)$", "", words[0]), res)
            words = words[1:]
        else:
            break
    return " ".join(words), cc


def _country_of_title(title: str, res: Resources) -> str | None:
    m = re.search(r"\bof (?:the )?(?:Republic of |Kingdom of |State of )?([A-Z][\w’' -]+?)(?: to | in |$|,)", title + "$")
    if m:
        cc = lookup_country(m.group(1).strip(), res)
        if cc:
            return cc
    return None


def _agency_of_title(title: str, res: Resources) -> str | None:
    m = re.search(r"\bMinister (?:of|for) (?:the )?([A-Z][\w ,&’'-]+?)(?: of [A-Z].*)?$", title)
    if m:
        return f"Ministry of {'the ' if m.group(1) == 'Interior' else ''}{m.group(1).strip()}"
    if re.search(r"\bForeign Minister\b", title):
        return "Ministry of Foreign Affairs"
    for alias, a in res.agencies.items():
        if len(alias) > 4 and alias in title:
            return a.name
    return None


def find(doc: Doc, ctx: Context, agencies: list[Hit]) -> list[Hit]:
    res = ctx.res
    heads, hon = _lex(res)
    out = []
    ag_spans = [(h.start, h.end) for h in agencies]
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        r = clean_name(ent.text, res)
        if r is None:
            continue
        s = ent.start_char + r[0]
        e = ent.start_char + r[1]
        ds, de = s + ctx.offset, e + ctx.offset
        if any(a <= ds and de <= b for a, b in ag_spans):
            continue
        name_span = doc.char_span(s, e, alignment_mode="expand")
        title = None
        tcc = None
        if name_span is not None:
            rng = _title_before(doc, name_span.start, heads, hon) or _title_after(doc, name_span.end, heads)
            if rng is not None:
                raw = doc[rng[0]:rng[1]].text
                title, tcc = _strip_title(raw, res)
                title = title or None
        cc = tcc or (_country_of_title(title, res) if title else None)
        agency = _agency_of_title(title, res) if title else None
        out.append(Hit(ds, de, doc.text[s:e], "ner", {"name": doc.text[s:e], "title": title, "agency": agency,
                                                       "country_code": cc}))
    return out


def link_names(hits: list[Hit]) -> list[Hit]:
    """Give every mention the fullest form of its name in the document (accent-insensitive token
    containment: 'Vidal' -> 'Josefina Vidal Ferreiro'; the nearest earlier full form wins on ties)."""
    def toks(n):
        return [t for t in re.split(r"[\s.]+", fold(n)) if t]
    out = []
    for i, h in enumerate(hits):
        mine = toks(h.fields["name"])
        best = h.fields["name"]
        best_len = len(mine)
        for j, o in enumerate(hits):
            ot = toks(o.fields["name"])
            if len(ot) > best_len and all(t in ot for t in mine):
                # prefer the closest earlier mention among equally long ones
                best, best_len = o.fields["name"], len(ot)
        if best != h.fields["name"]:
            h = Hit(h.start, h.end, h.text, h.extractor, {**h.fields, "name": best})
        out.append(h)
    return out
