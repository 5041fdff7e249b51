"""Officials (named people): person names cleaned of honorifics and swallowed titles, with the title
read from the nearest construction, and linked to the fullest form of the name in the document.

Where names come from (each candidate is a token range of the segment's Doc):
  1. PERSON entities of the model, cleaned ("Ambassador Hermes Herrera" -> "Hermes Herrera", "Rubio’s
     Call" -> "Rubio") and grown over adjacent name tokens the model left out ("Vidal Ferreiro" with
     "Josefina" before it -> "Josefina Vidal Ferreiro");
  2. title anchors, for the many names the small model misses or labels ORG/GPE (Spanish, African and
     Asian names): a title head with its office ("Deputy Minister of Foreign Affairs Le Hoai Trung",
     "Foreign Minister Dar", "the Cuban Ambassador, Ernesto Gómez Díaz") or an apposition after the name
     ("Dammu Ravi, Secretary for Economic Relations");
  3. later short mentions of a name already found in the segment ("Wang", "Sierra Díaz", "Vilsack").

Title constructions, nearest first (ANNOTATION.md): the premodifier ("Cuban Ambassador to Canada
Josefina Vidal" -> "Ambassador to Canada"), a preceding role set off by a comma ("the Minister of
Foreign Affairs, Bruno Rodríguez Parrilla"), else the apposition ("Josefina Vidal Ferreiro, Director
General for U.S. Affairs"). Honorifics (models/honorifics.txt) are stripped and never a title. The
title vocabulary (heads, office words, stripped adjectives) is data: models/titles.txt.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from ..normalize.places import lookup_country
from ..resources import Resources, fold
from .context import Context, Hit, doc_text

CONNECT = {"of", "for", "to", "at", "the", "and", "in", "on", "&", "-", "’s", "'s", "/",
           # Spanish titles on Cuban pages: "la Embajadora de Cuba en Indonesia", "Ministro de Ciencia,
           # Tecnología y Energía de Jamaica"
           "de", "del", "en", "y", "la", "el", "los", "las"}
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
#: prepositions that open the office part of a title ("Minister *of* Foreign Affairs")
OFFICE_PREP = {"of", "for", "to", "at", "in", "on", "de", "del", "en"}
#: lowercase particles inside names ("Carlos Fernández de Cossío", "Mohammed bin Abdulaziz")
PARTICLES = {"de", "del", "la", "las", "los", "da", "das", "do", "dos", "van", "von", "der", "den", "bin", "bint",
             "ibn", "al", "el", "y", "di", "du", "le"}
#: tokens inside a title that are neither capitalized nor connectors ("Chargé d'Affaires a.i.")
TITLE_INNER = {"U.S.", "a.i.", "a.i", "d'Affaires", "d’Affaires", "d´Affaires", "d´Affairs", "d'Affairs", "d’Affairs",
               "ad", "interim", "e.p.", "/"}
PUNCT_STOP = {",", ".", ";", ":", "(", ")", "[", "]", "“", "”", '"', "|", "–", "—", "•", "?", "!"}
#: text that is never a person although the model tags it PERSON
NOT_NAME = re.compile(r"\b(?:Alert|Revolution|Republic|Day|Government|Embassy|Ministry|Party|Agenda|Summit|Street|Avenue|"
                      r"Square|Airport|Hotel|University|Center|Centre|Institute|Prize|Award|Act|Law|Doctrine|Accords?|"
                      r"Cup|Festival|Covid|COVID|Blockade|Helms|Burton|Medal|Order|Foundation|Association|Brigade|"
                      r"Cuba|Cuban|Island|Province|Cabinet|Minrex|MINREX|God|Pope John Paul|Xinhua|Prensa Latina|"
                      r"Photo|Reply|Readout|Learning|Opens|Caravan|Farm|Family|Bilaterales|Solidaridad|Primera|"
                      r"Call|Meeting|Visit|Visits|Talks|Club|Statement|Delegation|Friendship|Campus|Barracks|Military|"
                      r"Revolución|Industries|Building|Sputnik|Granma|Cubadebate|Reuters|"
                      # section labels of pages ("1. Initial Remarks", "COVID-19 Protocols", "Fecha de publicación")
                      r"Remarks|Protocols?|Fecha|Imagen|Publicación|Ministers|Ministries|Deputies|Ambassadors|"
                      # words of title-case headlines and page furniture ("Secretary General Meets Deputy Minister")
                      r"Meets?|Receives|Presents|Credentials|Holds|Signs|Hosts|Welcomes|Discusses|Agree|Debate|"
                      r"Ceremony|Number|Transition|Palace|Residence|"
                      r"Treaty|Roadmap|Passports?|Twitter|Antara|"
                      # storms are named like people ("Cyclone Pam")
                      r"Cyclone|Hurricane|Typhoon|Storm|States|School|"
                      # (not people either: "Brexit", "Gavi", "Closed Session", a "News" label)
                      r"Brexit|Gavi|Situation|Session|Vocational|Portfolio|News|Website|Events|Calendar|PDF|Mosques?|"
                      r"Masjid)\b")
_MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
           "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
_HYPHENS = {"-", "‐", "‑"}
#: nouns that end a place's name ("Victoria Falls"), never a person's
_PLACE_NOUNS = {"Falls", "City", "Bay", "Island", "Islands", "Beach", "Springs", "Town", "Valley", "Lake", "River", "Harbour",
                "Harbor", "Port", "Coast", "Mountains", "Hills"}
#: words that end the names of organizations, never of people
_ORG_WORDS = {"Agency", "Movement", "Service", "Services", "Bureau", "Corporation", "Company", "Group", "Council",
              "Committee", "Union", "Front", "Network", "Forum", "Bank", "Fund", "Authority", "Party", "News", "Times"}
#: letters after a name that are no part of it (a seat, an order)
_POSTNOMINALS = {"TD", "MP", "MEP", "MLA", "MHA", "QC", "KC", "SC", "OBE", "CBE", "MBE", "KBE", "DBE", "CMG", "KCMG", "GCMG"}
_STOP_NAME_TOKENS = {"the", "a", "an", "his", "her", "their", "our", "this", "that"}
_POSSESSIVE = re.compile(r"(?:'s|’s|’|')(?=\s|$)")
_CAMEL = re.compile(r"[a-zà-ÿ][A-Z]")          # glued tokens: "TumbaElBloqueo", "StatesCubaNews"
#: ... but not the surname prefixes that capitalize inside a name ("McKenzie", "MacDonald", "DeSantis")
_CAMEL_OK = re.compile(r"^(?:Mc|Mac|De|Di|Du|La|Le|Van|Von|O’|O')[A-ZÀ-Þ][a-zà-ÿ]+$")


def _glued(t: str) -> bool:
    return bool(_CAMEL.search(t)) and not _CAMEL_OK.match(t)
#: entity labels whose tokens never belong to a name
_NON_NAME_ENTS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}
MAX_NAME_TOKENS = 7
#: honorifics that are also name words: stripped only before a name of two words or more
AMBIGUOUS_HONORIFICS = {"Sheikh", "Shaikh", "Sheikha", "Shaikha"}


@dataclass(frozen=True)
class Lexicon:
    heads: frozenset[str]           # lowercased role nouns, plurals included
    office: frozenset[str]          # lowercased office words
    strip: frozenset[str]           # lowercased words dropped from a title's front
    honorific_lead: re.Pattern      # honorifics at the start of a string
    honorific_tail: re.Pattern      # honorifics at the end of a string (right before a name)
    honorific_toks: frozenset[str]  # single words of honorifics ("Mr.", "Excellency", "H.E"): never name words


def _sections(lines: list[str]) -> dict[str, list[str]]:
    """models/titles.txt lines by "[section]" marker (lines before any marker are heads)."""
    out: dict[str, list[str]] = {"heads": []}
    cur = "heads"
    for ln in lines:
        m = re.fullmatch(r"\[(\w+)\]", ln)
        if m:
            cur = m.group(1)
            out.setdefault(cur, [])
        else:
            out[cur].append(ln)
    return out


_CACHE: dict[int, Lexicon] = {}


def lexicon(res: Resources) -> Lexicon:
    """The compiled title and honorific vocabulary (cached per Resources)."""
    k = id(res)
    if k not in _CACHE:
        sec = _sections(res.titles)
        heads = set()
        for t in sec["heads"]:
            heads |= {t.lower(), t.lower() + "s"}
        heads |= {"deputies", "secretaries", "attorneys", "ambassadors", "ministers"}
        office = {t.lower() for t in sec.get("office", [])}
        strip = {t.lower() for t in sec.get("strip", [])}
        alt = "|".join(re.escape(h) for h in sorted(res.honorifics, key=len, reverse=True))
        # used with .match only (anchored at its start position, which may be inside a text)
        lead = re.compile(r"(?:(?:" + alt + r")(?=[\s,:]|$)[\s,:]*)+")
        # "…, H.E. Mr. " right before a name; an honorific may also be glued ("Mr.Angel")
        tail = re.compile(r"(?:(?<![\w.])(?:" + alt + r")[\s:]*)+$")
        # ("Tun" also opens Burmese names, "Sri" is a word of "Sri Lanka": as words of their own they are not
        # held back from names or titles)
        words = {w for h in res.honorifics for w in h.split()} - {"The", "the", "Most", "Right", "Senator", "Tun", "Tan", "Sri", "Seri"}
        words |= {w.rstrip(".") for w in words}
        # (the letters of a spaced "H. E." are initials of names too: "Ismara M. Vargas", "M. H. Ansari")
        words = {w for w in words if len(w.rstrip(".")) > 1}
        _CACHE[k] = Lexicon(frozenset(heads), frozenset(office), frozenset(strip), lead, tail, frozenset(words))
    return _CACHE[k]


# ---------------------------------------------------------------- token tests
_PATRONYMIC = ("bin", "ibn", "bint")
_PATRONYMIC_NEXT = re.compile(r"(?:%s)\s" % "|".join(_PATRONYMIC))


def _patronymic_given_name(tok) -> bool:
    """A title word used as a given name before an Arabic patronymic ('Sultan bin Saad Al-Muraikhi')."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return nxt is not None and nxt.lower_ in _PATRONYMIC and nxt.text.islower()


def _is_head(tok, lex: Lexicon) -> bool:
    low = tok.lower_
    if low in lex.heads and _patronymic_given_name(tok):
        return False
    return low in lex.heads or "-" in low and any(p in lex.heads for p in low.split("-") if p)


def _name_token(tok, lex: Lexicon, res: Resources) -> bool:
    """Can this token be part of a person's name? (particles are handled by the caller)"""
    t = tok.text
    if not t[:1].isupper() or any(ch.isdigit() for ch in t) or "\n" in t or "#" in t or "@" in t:
        return False
    low = tok.lower_
    if (low in lex.heads and not _patronymic_given_name(tok)) or low in lex.office or low in _MONTHS \
            or low in STOP_WORDS or low in lex.strip:
        return False
    if t in res.nationalities or t in ("U.S.", "US", "UK", "EU", "UN") or t in lex.honorific_toks:
        return False
    if t in _HEADLINE_VERBS:
        return False    # a title-case headline's verb ("President Alejandro Giammattei Met with ...")
    if _glued(t):
        return False
    if len(t) > 3 and t.isupper():
        # ALL-CAPS words are headline or acronym text, except a surname in capitals before a
        # capitalized given name ("IWAYA Takeshi")
        nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        return nxt is not None and nxt.text[:1].isupper() and not nxt.text.isupper()
    return True


class _Seg:
    """Per-segment facts the rules consult: blocked tokens (agencies, places), entity labels."""

    def __init__(self, doc: Doc, ctx: Context, agencies: list[Hit]):
        self.doc = doc
        self.res = ctx.res
        n = len(doc)
        self.blocked = [False] * n   # inside an agency or a place-ruler span
        self.ent = [""] * n
        for e in doc.ents:
            for i in range(e.start, e.end):
                self.ent[i] = e.label_
        for h in agencies:
            sp = doc.char_span(h.start - ctx.offset, h.end - ctx.offset, alignment_mode="expand")
            if sp is not None:
                for i in range(sp.start, sp.end):
                    self.blocked[i] = True
        self.state_name = [False] * n   # inside a state's name of several words
        self.place = [False] * n     # a one-word place (a surname may be a city: "Camilo Cienfuegos")
        for sp in doc.spans.get("places", []):
            # (a state's name of several words is no person even where the model reads a word of it as one:
            # "Antigua and | Barbuda")
            several = sp.end - sp.start > 2 and lookup_country(sp.text, ctx.res)
            if several:
                for i in range(sp.start, sp.end):
                    self.state_name[i] = True
            if all(self.ent[i] != "PERSON" for i in range(sp.start, sp.end)) or several:
                for i in range(sp.start, sp.end):
                    self.blocked[i] = True
                if sp.end - sp.start == 1 and not self.ent[sp.start] == "GPE":
                    self.place[sp.start] = True
        self.taken = [False] * n     # tokens already in a candidate name
        # computed once per segment: Doc.text re-joins every token on each access, and the token
        # tests below run many times per token
        self.text = doc_text(doc)
        self.folded = [fold(t.text) for t in doc]
        self._name_tok: list[bool | None] = [None] * n

    def free_name_token(self, i: int, lex: Lexicon, res: Resources) -> bool:
        if self.blocked[i] or self.taken[i] or self.ent[i] in _NON_NAME_ENTS:
            return False
        v = self._name_tok[i]
        if v is None:
            v = self._name_tok[i] = _name_token(self.doc[i], lex, res)
        return v


def _joins_name(doc: Doc, j: int) -> bool:
    """A hyphen glued to the words on both sides ("Díaz-Canel")."""
    return doc[j].text in ("-", "‐") and doc[j].whitespace_ == "" and 0 < j < len(doc) - 1 \
        and doc[j - 1].whitespace_ == ""


def _name_run(seg: _Seg, i: int, lex: Lexicon, res: Resources, step: int = 1) -> tuple[int, int] | None:
    """The run of name tokens starting at token i going right (step 1) or ending at i going left (-1)."""
    doc = seg.doc
    j = i
    toks = []
    while 0 <= j < len(doc) and len(toks) < MAX_NAME_TOKENS:
        t = doc[j]
        if seg.free_name_token(j, lex, res):
            toks.append(j)
        elif _joins_name(doc, j) and toks and seg.free_name_token(j + step, lex, res):
            toks.append(j)      # "Díaz-Canel", "Nandi-Ndaitwah": the model splits at the hyphen
        elif t.lower_ in PARTICLES and t.text.islower() and toks and 0 <= j + step < len(doc) \
                and seg.free_name_token(j + step, lex, res):
            toks.append(j)
        elif t.text == '"' and toks and step == 1 and j + 2 < len(doc) and doc[j + 2].text == '"' \
                and seg.free_name_token(j + 1, lex, res) and j + 3 < len(doc) and seg.free_name_token(j + 3, lex, res):
            # a quoted nickname inside a name: Bonginkosi Emmanuel "Blade" Nzimande
            toks += [j, j + 1, j + 2]
            j += 3
            continue
        else:
            break
        if step == 1 and "\n" in t.whitespace_:
            break
        j += step
    if not toks:
        return None
    a, b = min(toks), max(toks) + 1
    while a < b and doc[a].lower_ in PARTICLES and doc[a].text.islower():
        a += 1
    while b > a and doc[b - 1].lower_ in PARTICLES and doc[b - 1].text.islower():
        b -= 1
    return (a, b) if b > a else None


def _run_ok(doc: Doc, a: int, b: int, res: Resources, anchored: bool = False) -> bool:
    text = doc[a:b].text
    if "\n" in text or NOT_NAME.search(text) or len(text) < 2 or text in res.nationalities:
        return False    # ("South African | Minister of ...": an adjective before a role, no person)
    if b - a == 1:
        # one word is a name only when the tagger reads it as a proper noun and it is no place
        # ("Minister of Tourism, Arts", "Correspondents Club", "Latin America" are not people)
        places = res.places.get(fold(text), [])
        # (right after its role noun, "Foreign Minister Dar", the tagger's reading is not needed)
        if (doc[a].pos_ not in ("PROPN", "") and not anchored) or lookup_country(text, res) or text.isupper() \
                or any(p.kind in ("country", "region") or p.population > 100_000 and not anchored for p in places):
            return False
    return True


# ---------------------------------------------------------------- cleaning model PERSON entities
def clean_name(text: str, res: Resources) -> tuple[int, int] | None:
    """(start, end) of the bare name inside a PERSON span text, or None when it is no name."""
    lex = lexicon(res)
    heads = lex.heads
    s, e = 0, len(text)
    # a name never crosses a line break or a possessive: "Dar\nReadout", "Rubio’s Call"
    for stop in ("\n", "/"):
        nl = text.find(stop, 0, e)
        if nl > 0:
            e = nl
    m = _POSSESSIVE.search(text, 0, e)
    if m:
        e = m.start()
    m = re.search(r"\s+-[A-Z]{2,6}-", text[:e])     # a news agency's credit after the reporter ("Julio Morales -AGN-")
    if m:
        e = m.start()
    while True:
        m = lex.honorific_lead.match(text[s:e])
        if m and m.end():
            if m.group().split()[-1] in AMBIGUOUS_HONORIFICS and len(text[s + m.end():e].split()) < 2:
                break   # "Sheikh Hasina": the word is her name, not an honorific
            s += m.end()
            continue
        # the state of a title swallowed into the entity: "Ambassador of Russia to | Sri Lanka Yury Materiy"
        # (a one-word state only after 'to'/'of'/'in', in find(): "Chad Smith" is a name)
        lead = next((w for w in (re.match(r"(?:[\w.’'-]+\s+){%d}" % n, text[s:e]) for n in (3, 2))
                     if w and len(text[s + w.end():e].split()) >= 2 and lookup_country(w.group().strip(), res)), None)
        if lead:
            s += lead.end()
            continue
        # titles swallowed into the entity: "Ambassador Hermes Herrera", "Minister Rodríguez"
        # (not a given name before an Arabic patronymic: "Sultan bin Saad Al-Muraikhi")
        w = re.match(r"[\w.’'-]+\s+", text[s:e])
        if w and (w.group().strip().lower() in heads or w.group().strip().lower() in lex.office
                  or w.group().strip().lower() in lex.strip) and len(text[s + w.end():e].split()) >= 1 \
                and not _PATRONYMIC_NEXT.match(text, s + w.end(), e):
            s += w.end()
            continue
        break
    name = text[s:e].strip(" ,.-–:")
    if not name:
        return None
    s = text.index(name, s)
    e = s + len(name)
    toks = name.split()
    if not toks or not toks[0][:1].isupper() or "#" in name or "@" in name or NOT_NAME.search(name) \
            or any(_glued(t) for t in toks):
        return None
    if all(t in lex.honorific_toks or t.rstrip(".") in lex.honorific_toks for t in toks):
        return None   # "Cro" of "Cro. Guillermo Vazquez": the model split the honorific off
    if toks[0].lower() in _STOP_NAME_TOKENS or all(t.lower().strip(".") in heads or t.lower() in lex.office
                                                   or t.lower() + "." in heads for t in toks):
        return None
    if len(toks) > 1 and all(t.isupper() and len(t) > 2 for t in toks) \
            and any(lookup_country(t.title(), res) or t.title() in res.nationalities for t in toks):
        return None   # an ALL-CAPS signature naming a mission ("EMBACUBA IRELAND"); names in capitals stay
    if any(ch.isdigit() for ch in name) or len(name) < 3 or len(toks) == 1 and re.search(r"\w-[A-Z]$", name):
        return None   # (and a product's code name: "Heberprot-P")
    if name in res.nationalities or lookup_country(name, res) or len(toks) == 1 and any(
            p.kind in ("region", "admin1") or p.population > 1_000_000 for p in res.places.get(fold(name), [])) \
            or len(toks) > 1 and toks[-1] in _PLACE_NOUNS and res.places.get(fold(name)) \
            or toks[0] in ("St.", "St", "Saint") and res.places.get(fold(name)):
        # "Lao", "Sri Lanka", "Victoria Falls", "St. Petersburg": places the model took for people (one-word small towns are
        # surnames, "Rubio"; places named after people are people: "Ho Chi Minh", "Jose Rizal")
        return None
    return s, e


def _after_lead_honorifics(seg: _Seg, a: int, b: int, lex: Lexicon) -> int:
    """Token where the name starts when the run a..b opens with honorifics whose words are name words
    alone ("Tan Sri | Muhyiddin Yassin", "Datuk Seri | Anwar Ibrahim"): at least one name word stays."""
    doc = seg.doc
    # (the honorific may begin before the run: "Datuk | Seri Anwar Ibrahim" with "Seri" grown into it)
    m = None
    for p in range(max(0, a - 2), a + 1):
        m = lex.honorific_lead.match(seg.text, doc[p].idx, doc[b - 1].idx)
        if m and m.end() > doc[a].idx:
            break
    if not m or m.end() <= doc[a].idx:
        return a
    k = a
    while k < b - 1 and doc[k + 1].idx <= m.end():
        k += 1
    if k > a and doc[k].idx >= m.end() and doc[k - 1].text.split()[-1] not in AMBIGUOUS_HONORIFICS:
        return k
    return a


def _surname_ent(seg: _Seg, k: int, res: Resources) -> bool:
    """Token k, after a name's particle, may be its surname: no entity, a person's, or a 'place' no gazetteer
    knows as a country (the model tags 'Leyen' of 'Ursula von der Leyen' GPE)."""
    return seg.ent[k] in ("", "PERSON") or seg.ent[k] == "GPE" and not lookup_country(seg.doc[k].text, res) \
        and not res.places.get(fold(seg.doc[k].text))


def _grow(seg: _Seg, a: int, b: int, lex: Lexicon, res: Resources) -> tuple[int, int]:
    """Grow a name over adjacent name tokens the model left out ('Josefina' + 'Vidal Ferreiro')."""
    doc = seg.doc
    while a > 0 and b - a < MAX_NAME_TOKENS and seg.free_name_token(a - 1, lex, res) \
            and "\n" not in doc[a - 1].whitespace_ and seg.ent[a - 1] in ("", "PERSON", "ORG", "GPE", "NORP") \
            and not (doc[a - 1].is_sent_start and doc[a - 1].lower_ in STOP_WORDS):
        if seg.ent[a - 1] in ("ORG", "GPE", "NORP") and doc[a - 1].ent_iob_ == "B" and doc[a - 1].ent_type_ and \
                a - 1 >= 0 and doc[a].ent_type_ != doc[a - 1].ent_type_ and not (
                    seg.ent[a - 1] == "GPE" and doc[a].ent_type_ == "PERSON"
                    and not res.places.get(fold(doc[a - 1].text)) and not lookup_country(doc[a - 1].text, res)):
            # (a one-word "GPE" no gazetteer knows right before the model's PERSON is a given name:
            # "Yaimí | Pérez Ruiz")
            break
        a -= 1
    # a particle between a given name and the model's span: "María del | Pilar Fernández Otero"
    while a > 1 and doc[a - 1].lower_ in PARTICLES and doc[a - 1].text.islower() \
            and seg.free_name_token(a - 2, lex, res) and "\n" not in doc[a - 2].whitespace_ \
            and seg.ent[a - 2] in ("", "PERSON") and not doc[a - 2].is_sent_start:
        a -= 2
    while b + 1 < len(doc) and _joins_name(doc, b) and seg.free_name_token(b + 1, lex, res):
        b += 2                                   # "Miguel Díaz" + "-Canel"
    if b - a == 1 and b < len(doc) and seg.place[b] and not seg.taken[b] and "\n" not in doc[b - 1].whitespace_ \
            and doc[b - 1].whitespace_ and _name_token(doc[b], lex, res) and not lookup_country(doc[b].text, res):
        b += 1      # a given name and a surname that is also a town: "Camilo | Cienfuegos"
    while b < len(doc) and b - a < MAX_NAME_TOKENS and "\n" not in doc[b - 1].whitespace_:
        if doc[b].lower_ in PARTICLES and doc[b].text.islower() and b + 1 < len(doc) and doc[b].whitespace_ \
                and seg.free_name_token(b + 1, lex, res) and _surname_ent(seg, b + 1, res) \
                and b + 2 - a <= MAX_NAME_TOKENS:
            b += 2  # a particle and the surname after it: "Maria de Lourdes | dos Santos"
            continue
        if doc[b].lower_ in PARTICLES and doc[b].text.islower() and b + 2 < len(doc) and doc[b].whitespace_ \
                and doc[b + 1].lower_ in PARTICLES and doc[b + 1].text.islower() and doc[b + 1].whitespace_ \
                and seg.free_name_token(b + 2, lex, res) and _surname_ent(seg, b + 2, res) \
                and b + 3 - a <= MAX_NAME_TOKENS:
            b += 3  # two particles and the surname: "Ursula | von der Leyen", "Juan | de la Fuente"
            continue
        if not (seg.free_name_token(b, lex, res) and seg.ent[b] in ("", "PERSON", "GPE", "ORG")):
            break
        if seg.ent[b] in ("GPE", "ORG") and (b + 1 < len(doc) and doc[b + 1].ent_iob_ == "I"):
            e = b + 1
            while e < len(doc) and doc[e].ent_iob_ == "I":
                e += 1
            if doc[b].ent_iob_ == "B" and seg.ent[b] == "ORG" and e - a <= MAX_NAME_TOKENS and b - a == 1 \
                    and all(seg.free_name_token(x, lex, res) and "\n" not in doc[x].whitespace_ for x in range(b, e - 1)) \
                    and seg.free_name_token(e - 1, lex, res):
                b = e   # the rest of a name the model read as a body: "Counsellor Ana" + "Lidia Pérez"
                continue
            break   # a multi-token place or body after the name is not part of it
        b += 1
    return a, b


# ---------------------------------------------------------------- titles
def _trailing_honorifics(doc: Doc, i: int, lex: Lexicon) -> int:
    """Token index before the honorifics that precede token i ('Ambassador H.E. Ms. X' -> at 'Ms.')."""
    first = max(0, i - 8)
    # the few tokens before i, not doc.text (which Doc rebuilds on every access)
    prefix = "".join(t.text_with_ws for t in doc[first:i])
    m = lex.honorific_tail.search(prefix)
    if not m or m.end() != len(prefix):
        return i
    base = doc[first].idx
    sp = doc.char_span(base + m.start(), base + len(prefix), alignment_mode="expand")
    return sp.start if sp is not None else i


#: lowercase words that may stand between a head and the name before any head is seen, walking
#: back from the name ("the Cuban Ambassador to this organization, H.E. Mr. Angel Villa")
_PRE_HEAD_LOWER = 4
#: words that refer back to a place already named ("in that country", "to this organization")
_DEICTIC = {"that", "this", "these", "those", "his", "her", "its", "our", "their"}
#: commas allowed inside an office list before the head is reached ("Minister of Tourism, Arts and
#: Culture, Hon. Dr. Ibrahim Mohammed Awal")
_PRE_HEAD_COMMAS = 2
#: words that make a plural role the group's, not each member's ("leaders of both countries")
_GROUP_WORDS = {"both", "two", "three", "their", "our", "all"}
#: heads ending in "s" that are singular
_SINGULAR_HEADS = {"boss", "chargés", "witness", "princess", "actress", "hostess", "congress", "alias", "bus"}


def _title_before(doc: Doc, i: int, lex: Lexicon, seg: _Seg) -> tuple[int, int] | None:
    """Token range of a premodifier title ending right before token i (or before ', ' + i)."""
    heads = lex.heads
    end = _trailing_honorifics(doc, i, lex)
    while end > 0 and doc[end - 1].is_space:
        end -= 1                      # "Ghana,  H.E. Anette": the double space is a token of its own
    if end > 0 and doc[end - 1].text == ",":
        end -= 1
    if end > 1 and doc[end - 1].text == "." and doc[end - 2].lower_ + "." in heads and not doc[end - 2].whitespace_:
        return end - 2, end     # an abbreviated title the tokenizer split: "Amb. Fernandez Hernandez"
    start = end
    # a place by reference closing the office: "la Embajadora de Cuba en | esta nación caribeña |, Inés"
    for k in range(max(0, end - 4), end - 1):
        if doc[k].lower_ in _DEMONSTRATIVES and k > 0 and doc[k - 1].lower_ in OFFICE_PREP \
                and all(doc[x].is_alpha and not seg.taken[x] for x in range(k, end)):
            start = k
            break
    has_head = False
    lower_ok = False   # a lowercase head ("the Cuban ambassador") may start a lowercase title
    lowers = commas = 0
    while start > 0 and end - start < 25:
        t = doc[start - 1]
        low = t.lower_
        if seg.taken[start - 1] or "\n" in t.whitespace_:
            break
        if t.text == ")" and start - 3 >= 0 and doc[start - 3].text == "(" and doc[start - 2].text.isupper():
            start -= 3      # an acronym after its body: "... to the International Maritime Organization (IMO), Name"
            continue
        if t.text == "." and start - 2 >= 0 and doc[start - 2].text in TITLE_INNER and not doc[start - 2].whitespace_:
            start -= 1      # "Chargé d'Affaires a.i | ." split by the tokenizer
            continue
        if t.text == "." and start - 2 >= 0 and doc[start - 2].lower_ + "." in heads and not doc[start - 2].whitespace_ \
                and not seg.taken[start - 2]:
            start -= 2      # an abbreviated rank the tokenizer split: "Lt | . | Gen. Michael Kurilla"
            has_head = True
            if doc[start].is_sent_start:
                break
            continue
        if t.text in PUNCT_STOP:
            # an office list before its head: "Minister of Tourism, Arts and Culture"
            if t.text == "," and not has_head and commas < _PRE_HEAD_COMMAS and start - 2 >= 0 \
                    and doc[start - 2].text[:1].isupper() and not seg.taken[start - 2]:
                commas += 1
                start -= 1
                continue
            break
        is_head = low in heads or low.rstrip("s") in heads
        pre_head_lower = (not has_head and t.is_lower and t.is_alpha and t.pos_ in ("NOUN", "ADJ", "DET")
                          and lowers < _PRE_HEAD_LOWER and low not in ("the", "a", "an"))
        if t.text[:1].isupper() or is_head or (low in CONNECT and start - 1 > 0 and start < end) \
                or t.text in TITLE_INNER or pre_head_lower or _ORDINAL.fullmatch(t.text) and doc[start].text[:1].isupper() \
                or (has_head and t.is_lower and low in lex.office) \
                or (lower_ok and t.is_lower and t.is_alpha and t.pos_ in ("NOUN", "ADJ", "PROPN")):
            if is_head:
                has_head = True
                lower_ok = t.is_lower
            elif pre_head_lower:
                lowers += 1
            start -= 1
            if doc[start].is_sent_start:
                break
            continue
        break
    if not has_head:
        return None
    if start > 0 and seg.taken[start - 1]:
        # the run reached the previous person's name: what hangs on that name is not this role
        # ("Prime Minister Mia Mottley of Barbados and | President Miguel Díaz-Canel")
        first_head = next(k for k in range(start, end) if doc[k].lower_ in heads or doc[k].lower_.rstrip("s") in heads)
        ands = [k for k in range(start, first_head) if doc[k].lower_ in ("and", "&")]
        if ands:
            start = ands[-1] + 1
    last_head = max(k for k in range(start, end) if doc[k].lower_ in heads or doc[k].lower_.rstrip("s") in heads)
    if doc[last_head].is_lower and doc[last_head].lower_ not in _SINGULAR_HEADS and doc[last_head].lower_.endswith("s") \
            and any(doc[k].lower_ in _GROUP_WORDS for k in range(last_head, end)):
        return None     # "the historic leaders of both countries, Fidel Castro and ...": a group's role
    for k in range(last_head + 1, end - 1):
        if doc[k].lower_ == "in" and doc[k + 1].lower_ in _DEICTIC:
            end = k     # "ambassador concurrent | in that country" ("to this organization" names the body)
            break
    start = _role_start(doc, start, end, lex, seg)
    while start < end and (doc[start].lower_ in CONNECT or doc[start].lower_ in lex.strip
                           or lex.honorific_lead.match(doc[start].text + " ") or doc[start].lower_ in STOP_WORDS
                           and doc[start].lower_ not in heads and doc[start].lower_ not in lex.office):
        start += 1
    while end > start and (doc[end - 1].lower_ in CONNECT or doc[end - 1].text == ","):
        end -= 1
    if end <= start or not any(doc[k].lower_ in heads or doc[k].lower_.rstrip("s") in heads for k in range(start, end)):
        return None
    # an abbreviated rank after a role and its comma leaves the role as the title ("Minister of Foreign
    # Affairs, Sen. Maxine McClean"; a rank alone stays: "Sen. Dan Kerschen")
    if end - start == 1 and doc[start].text.endswith(".") and start > 1 and doc[start - 1].text == "," \
            and doc[start - 2].text[:1].isupper():
        fuller = _title_before(doc, start, lex, seg)
        if fuller is not None:
            return fuller
    return start, end


def _role_start(doc: Doc, start: int, end: int, lex: Lexicon, seg: _Seg) -> int:
    """Where the role begins in a premodifier run: words before the first head that hang on it by a
    preposition or an agency name are not the role ("Press Conference of | Minister Bruno Rodríguez",
    "Credentials to the | President of Trinidad and Tobago", "Ministry of Foreign Affairs | General
    Director for U.S. Affairs"). Modifiers of the head stay ("First Deputy Foreign Minister")."""
    k0 = next((k for k in range(start, end) if doc[k].lower_ in lex.heads or doc[k].lower_.rstrip("s") in lex.heads),
              None)
    if k0 is None:
        return start
    s = k0
    while s > start:
        t = doc[s - 1]
        if t.lower_ in OFFICE_PREP or t.lower_ in ("the", "a", "an", "’s", "'s") or t.text == ",":
            break
        if seg.blocked[s - 1] and t.text not in seg.res.nationalities and not lookup_country(t.text, seg.res) \
                and any(doc[x].lower_ == "of" and seg.blocked[x] for x in range(start, s)):
            # a full agency name before the role is the person's agency, not the title ("Ministry of
            # Foreign Affairs | General Director"); a compound stays ("Foreign Ministry Spokesperson")
            break
        s -= 1
    # a possessive ("the Foreign Ministry’s Director General") is handled by _strip_title
    if s > start and doc[s - 1].lower_ in ("’s", "'s"):
        return start
    return s


#: marks that open an apposition after a name: the comma, and the dashes of "Dr. Dayton Campbell –the
#: opposition spokesman on Health–"
_APPOS_OPEN = {",", "–", "—"}
#: lowercase words that may stand before the head of an apposition ("Dr. Yoel Beovides García, a research
#: scientist at ...", "David Abdulah, recognized political figure"): at most this many
_APPOS_PRE_LOWER = 3


#: honorifics that head a title when a seat follows ("MP for Leeds Central"); alone they are no title
_SEAT_HONORIFICS = {"MP", "MPs", "MEP", "MLA"}


def _seat_honorific(doc: Doc, k: int, lex: Lexicon) -> bool:
    return doc[k].text in _SEAT_HONORIFICS and k + 2 < len(doc) and doc[k + 1].lower_ in ("for", "of") \
        and doc[k + 2].text[:1].isupper()


def _title_after(doc: Doc, i: int, lex: Lexicon, seg: "_Seg | None" = None) -> tuple[int, int] | None:
    """Token range of an apposition title after the name ending at token i: ', Director General for ...'."""
    if i >= len(doc):
        return None
    paren = doc[i].text == "("
    if paren:
        pass    # a role in brackets right after the name: "Nguyen Minh Vu (Deputy Minister)"
    elif doc[i].text not in _APPOS_OPEN:
        # an apposition the page left without its comma: "Fadli Zon Deputy Speaker of the House",
        # "Adam M. Tugio Director for North America" (a capitalized head right after the name)
        if not (doc[i].text[:1].isupper() and (_is_head(doc[i], lex) or _seat_honorific(doc, i, lex))) \
                or "\n" in doc[i - 1].whitespace_:
            return None
        i -= 1
    elif doc[i].text != "," and doc[i].whitespace_:
        return None     # a dash set off by spaces is a clause break, not an apposition
    start = i + 1
    # honorifics written after the name are no title: "Honourable Gail Teixeira, MP, Minister of ..."
    while start + 1 < len(doc) and doc[start].text in lex.honorific_toks and doc[start + 1].text == ",":
        start += 2
    while start < len(doc) and doc[start].lower_ in ("the", "a", "an", "its", "his", "her", "their"):
        start += 1
    if start + 2 < len(doc) and doc[start].lower_ == "who" and doc[start + 1].lower_ in ("is", "was", "serves"):
        # a relative clause naming the role: "Ana da Silva Costa, who is (also) the Secretary of State ..."
        start += 2
        while start < len(doc) and doc[start].lower_ in ("also", "currently", "now", "as", "the", "a", "an", "until",
                                                         "recently", "formerly", "previously", "then"):
            start += 1
    if start >= len(doc):
        return None
    end = base = start
    has_head = False
    head_upper = False
    lowers = 0
    while end < len(doc) and end - start < 30:
        t = doc[end]
        low = t.lower_
        if t.text == "." and end > start and doc[end - 1].text == "a.i" and not doc[end - 1].whitespace_:
            end += 1    # "a.i." split by the tokenizer
            continue
        if t.text == "(" and has_head and end + 2 < len(doc) and doc[end + 1].text.isupper() \
                and doc[end + 2].text == ")":
            # an acronym after its body closes the title: "... Institute of Tropical Roots (INIVIT) | in
            # Cuba"; an agency's acronym is that agency's mention, not title text (DECISIONS: "(DACCRE)")
            if seg is None or not seg.blocked[end + 1]:
                end += 3
            break
        if t.text == "," and end > start and end + 1 < len(doc) and doc[end + 1].text in ("D.C", "D.C.", "DC") \
                and doc[end - 1].text == "Washington":
            end += 2    # "the Cuban Embassy in Washington, D.C"
            continue
        if t.text in PUNCT_STOP or t.is_sent_start and end > start or "\n" in doc[end - 1].whitespace_ and end > start:
            break
        if low == "in" and end + 1 < len(doc) and doc[end + 1].lower_ in _DEICTIC:
            break       # "ambassador concurrent | in that country": a place by reference is no office
        if end > start and (t.text in lex.honorific_toks and t.text[:1].isupper()
                            or t.ent_type_ == "PERSON" and t.ent_iob_ == "B" and low not in lex.office
                            and not (t.text[:1].isupper() and _is_head(t, lex) and has_head)
                            and not (seg is not None and seg.state_name[end])):
            break   # the title ends where the next person begins ("... and Dr. Jacqueline Bisasor")
        if not has_head and low in ("’s", "'s") and end > start and end == base + lowers and doc[end - 1].is_lower \
                and doc[end - 1].is_alpha and end + 1 < len(doc) and doc[end + 1].is_lower:
            # a lowercase body owning the role: "the embassy's | first secretary", "the mission's | press attaché"
            # (_strip_title drops the owner)
            end += 1
            base, lowers = end, 0
            continue
        if t.text in ("'", "’") and end > start and not doc[end - 1].whitespace_ and doc[end - 1].lower_.endswith("s") \
                and end + 1 < len(doc) and doc[end + 1].text[:1].isupper():
            end += 1    # a plural possessive inside an office: "General Secretary of the Workers' | Party of Korea"
            continue
        if has_head and low in ("’s", "'s") and not any(doc[x].lower_ in OFFICE_PREP for x in range(start, end)) \
                and any(_is_head(doc[x], lex) for x in range(end + 1, min(end + 4, len(doc)))) \
                and all(doc[x].is_lower and doc[x].is_alpha for x in range(end + 1, min(end + 2, len(doc)))):
            # a role owning the person's role: "Mikhail Bogdanov, the Russian President's | special envoy for
            # the Middle East": the role is what follows the possessive
            start = base = end = end + 1
            has_head = head_upper = False
            lowers = 0
            continue
        if has_head and low in ("’s", "'s") and end + 1 < len(doc) and doc[end + 1].is_lower:
            # a possessive topic after the office ends it: "General Director for U.S. Affairs | on U.S.
            # State Department's false accusations"; cut back to the preposition that opened it
            k = max((x for x in range(start, end) if doc[x].lower_ in OFFICE_PREP), default=None)
            if k is not None and any(_is_head(doc[x], lex) for x in range(start, k)):
                end = k
            break
        if head_upper and low in ("at", "in", "on", "during") and end + 2 < len(doc) and doc[end + 1].lower_ in ("the", "a", "an") \
                and doc[end + 2].is_lower and doc[end + 2].pos_ == "NOUN":
            break   # a capitalized title ends where a lowercase phrase begins: "Minister of ... | at the reception"
        is_head = _is_head(t, lex) or low.rstrip("s") in lex.heads or _seat_honorific(doc, end, lex)
        if t.text[:1].isupper() or low in CONNECT or t.text in TITLE_INNER or is_head \
                or (has_head and t.is_lower and t.pos_ in ("NOUN", "ADJ", "PROPN", "CCONJ", "DET")):
            if is_head:
                if not has_head:
                    head_upper = t.text[:1].isupper()
                has_head = True
            elif not has_head and t.is_lower and low not in CONNECT:
                break
            end += 1
            continue
        if not has_head and t.is_lower and t.is_alpha and lowers < _APPOS_PRE_LOWER and end == base + lowers \
                and t.pos_ in ("ADJ", "NOUN", "VERB") and not (
                    t.tag_ in ("VBD", "VBZ", "VBP") and end + 1 < len(doc) and doc[end + 1].pos_ in ("DET", "PRON", "ADP", "PART")):
            # (a finite verb ends the name's clause: "Sir Rodney Williams, | received the Cuban ambassador")
            lowers += 1     # "a research | scientist", "recognized political | figure"
            end += 1
            continue
        break
    while end > start and (doc[end - 1].lower_ in CONNECT or doc[end - 1].pos_ in ("DET", "CCONJ")):
        end -= 1
    if not has_head or end <= start or paren and (end >= len(doc) or doc[end].text != ")"):
        return None
    if seg is not None:
        # an agency named before the role is the person's agency, not the title: "Josefina Vidal Ferreiro,
        # Cuban Ministry of Foreign Affairs | Director General for U.S. Affairs"
        start = _role_start(doc, start, end, lex, seg)
    return start, end


#: role words whose title runs on to the state or body they are sent or attached to ("Ambassador to
#: Nigeria", "Consul General in Toronto", "Minister Delegate to the Minister of External Relations")
_SENT_TO = re.compile(r"\b(?:Ambassadors?|Envoys?|Consuls?|Charg[eé]|Representatives?|Mission|Embassy|Commissioner|"
                      r"Delegates?|Advis[eo]rs?|Assistants?|Attach[eé]s?|Counsell?ors?|Secretary to|Liaison)\b", re.I)


def _trim_title(doc: Doc, rng: tuple[int, int], seg: "_Seg") -> tuple[int, int] | None:
    """What is not the role at a title's edges: a state the holder travels to ("President of Kazakhstan |
    to the U.S. in January"), unless the role is one sent to a place ("Ambassador to Nigeria"); a lowercase
    role coordinated before it ("the minister and the | Ethiopian Ambassador to Nigeria"). (A place the
    holder serves in stays: "Head of the Cuban Medical Brigade in Ghana".)"""
    lo, hi = rng
    # the end of a dateline run into the role: "HAVANA, Cuba, Mar 2 (ACN) | Cuban first deputy ...", "Havana, Cuba.- |
    # Cuban President ..." (a parenthesized group opening the role, an unmatched ')', a '.-' separator)
    cut = max((k for k in range(lo, hi - 1) if doc[k].text.endswith(".-")
               or doc[k].text == ")" and (k - lo <= 4 and doc[lo].text == "(" or not any(doc[j].text == "(" for j in range(lo, k)))),
              default=None)
    if cut is not None:
        lo = cut + 1
    while lo < hi and doc[lo].is_punct:
        lo += 1         # "Department of Foreign Affairs (DFA) | Secretary Enrique Manalo": not the acronym's ')'
    if not _SENT_TO.search(doc[lo:hi].text):
        for k in range(lo + 1, hi - 1):
            if doc[k].lower_ == "to":
                j = k + 1 + (doc[k + 1].lower_ == "the")
                if j < hi and (doc[j].ent_type_ == "GPE" or seg.place[j] or seg.state_name[j]):
                    hi = k
                    break
    if hi - lo > 3 and doc[lo].is_lower and doc[lo + 1].lower_ == "and" and doc[lo + 2].lower_ == "the" \
            and doc[lo + 3].text[:1].isupper():
        lo += 3
    # a participle opening the title is no role ("Congratulating Minister Sabry"; "Acting", "Founding" are)
    if hi - lo > 1 and doc[lo].text[:1].isupper() and doc[lo].lower_.endswith("ing") and len(doc[lo]) >= 7 \
            and doc[lo].lower_ not in _ROLE_PARTICIPLES:
        lo += 1
    # an honorific after the role's comma is no part of it ("President of Barbados, Her Excellency, ...")
    for k in range(lo + 1, hi - 1):
        if doc[k].text == "," and doc[k + 1].lower_ in ("her", "his", "their") and k + 2 < hi \
                and doc[k + 2].lower_ in ("excellency", "excellencies", "majesty", "highness", "honour", "honor"):
            hi = k
            break
    return (lo, hi) if hi > lo else None


_HEADLINE_VERBS = frozenset({"Met", "Meets", "Meet", "Holds", "Held", "Receives", "Received", "Visits", "Visited", "Hosts",
                             "Hosted", "Signs", "Signed", "Calls", "Called", "Talks", "Discusses", "Discussed",
                             "Congratulates", "Congratulated", "Welcomes", "Welcomed", "Attends", "Attended",
                             "Urges", "Urged", "Announces", "Announced", "Joins", "Joined", "Demonstrate",
                             "Demonstrates", "Sign", "Says", "Reaffirms", "Stresses", "Thanks", "Opens",
                             "Launches", "Leads", "Addresses", "Participates", "Pays", "Condemns", "Expresses",
                             "Praises", "Arrives", "Concludes", "Hails", "Underlines", "Emphasizes", "Emphasises"})
_ROLE_PREMODIFIERS = frozenset({"high", "non-resident", "resident", "deputy", "vice", "chief", "special", "senior", "prime"})
_ROLE_PARTICIPLES = frozenset({"acting", "founding", "outgoing", "incoming", "serving", "ruling", "reigning",
                               "presiding", "governing", "managing", "standing", "visiting", "leading"})
#: a word the page glued to the role's first word ("ConsultationState Secretary", "SupernakPolish Foreign Minister")
_GLUED = re.compile(r"^.*[a-z]{2}(?=[A-Z][a-z])")


def _strip_title(title: str, res: Resources) -> tuple[str, str | None]:
    """Drop what is not the role from a title's front: a nationality adjective or country, a possessive
    body ("the Foreign Ministry’s Director General"), party adjectives ("Republican Senator") and
    lowercase words before the role noun ("new ambassador", "young diplomat"); return (title, country)."""
    lex = lexicon(res)
    if title.isupper() and " " in title.strip():
        # a role in capitals ('GUATEMALAN FOREIGN MINISTER'): read as capitalized words (no word is an
        # acronym), kept as written
        t2, cc = _strip_title(title.title(), res)
        n = len(t2.split())
        kept = " ".join(title.split()[-n:]) if n else ""
        return (kept if kept.title() == t2 else t2.upper()), cc
    cc = None
    g = _GLUED.match(title)
    if g is not None and any(w.lower() in lex.heads for w in title[g.end():].split()):
        title = title[g.end():]
    words = title.split()
    # a possessive body or country before the role: "Foreign Ministry’s Director General" -> role only
    for n, w in enumerate(words[:-1]):
        if any(x.lower() in lex.heads for x in words[:n + 1]):
            break   # "Head of the Ministry's Department ...": the possessive is inside the office
        if re.search(r"(?:’s|'s)$", w):
            owner = re.sub(r"(?:’s|'s)$", "", " ".join(words[:n + 1]))
            cc = lookup_country(owner, res)
            # a medium is no affiliation to drop (media are not agencies): "Sputnik's correspondent in
            # Canada" stays as written
            if cc or not NOT_NAME.fullmatch(owner):
                words = words[n + 1:]
            break
    while words:
        w2 = " ".join(words[:2])
        low = words[0].lower()
        if len(words) > 1 and low in _HONORIFIC_NOUNS:
            words = words[1:]   # "Her Majesty Queen ...": the honorific's noun is no part of the role
        elif w2 in res.nationalities:
            cc = cc or res.nationalities[w2]
            words = words[2:]
        elif words[0] in res.nationalities:
            cc = cc or res.nationalities[words[0]]
            words = words[1:]
        elif len(words) > 1 and _country_prefix(words, res):
            # a country written before the role, one word or several ("Trinidad and Tobago Minister of ...")
            n, pcc = _country_prefix(words, res)
            cc = cc or pcc
            words = words[n:]
        elif len(words) > 1 and low in lex.strip:
            # only listed words go ("the then Foreign Minister"); other lowercase premodifiers are part
            # of the role as written ("retired colonel", "political analyst", "opera singer")
            words = words[1:]
        else:
            break
    # an acronym of the body before a lowercase role: "FAO officials for the Caribbean" -> "official for ..."
    # (and before a capitalized one: "IFCO Executive Director", "UN Special Rapporteur": the body is no part
    # of the role)
    if len(words) > 1 and words[0].isupper() and words[0].isalpha() and len(words[0]) > 1 \
            and (words[1].lower() in lex.heads or _plural_head(words[1], lex)
                 or len(words) > 2 and words[1][:1].isupper() and words[2].lower() in lex.heads):
        words = words[1:]
    # a nationality adjective further in, before the head: "former South African president" -> "former
    # president", "prominent Cuban intellectual" -> "intellectual" (descriptive words before it go,
    # modifiers of the role stay)
    k0 = next((k for k, w in enumerate(words) if w.lower() in lex.heads or _plural_head(w, lex)), None)
    for k in range(1, k0 or 0):
        nat = words[k] in res.nationalities and 1 or " ".join(words[k:k + 2]) in res.nationalities and 2
        if nat:
            cc = cc or res.nationalities.get(words[k]) or res.nationalities[" ".join(words[k:k + 2])]
            keep = [w for w in words[:k] if w[:1].isupper() or w.lower() in _ROLE_MODIFIERS]
            words = keep + words[k + nat:]
            break
    # an honorific between the role and the name is no part of the role ("President His Highness | Sheikh ...")
    tail = _TRAILING_HONORIFIC.search(" ".join(words))
    if tail is not None and tail.start() > 0:
        words = " ".join(words)[:tail.start()].split()
    return _singular(words, lex), cc


_TRAILING_HONORIFIC = re.compile(r"\s+(?:His|Her|Their)(?:\s+Royal)?\s+(?:Highness|Excellency|Excellencies|Majesty|Holiness)$", re.I)


#: nouns of honorifics that can be left at a title's front ("His Majesty King", "His Royal Highness Prince")
_HONORIFIC_NOUNS = {"majesty", "majesties", "excellency", "excellencies", "highness", "holiness", "royal"}

#: lowercase words before a nationality adjective that are part of the role ("former South African president")
_ROLE_MODIFIERS = {"former", "acting", "interim", "outgoing", "incoming", "ex", "late"}


def _plural_head(w: str, lex: Lexicon) -> str | None:
    """The singular of a plural role noun ("Ambassadors", "deputies"), else None."""
    low = w.lower()
    if low in _SINGULAR_HEADS or not low.endswith("s") or low.endswith("ss"):
        return None
    if low.endswith("ies") and low[:-3] + "y" in lex.heads:
        return w[:-3] + "y"
    if low[:-1] in lex.heads:
        return w[:-1]
    return None


def _singular(words: list[str], lex: Lexicon) -> str:
    """A plural title applied to one person or to coordinated names is written in the singular
    (DECISIONS b01: "deputies X and Y" -> "deputy"; "intellectuals and friends of Cuba" -> "intellectual
    and friend of Cuba"): plural nouns before the first preposition lose their "s" when one is a head."""
    cut = next((k for k, w in enumerate(words) if w.lower() in OFFICE_PREP), len(words))
    if not any(_plural_head(w, lex) for w in words[:cut]):
        return " ".join(words)
    out = []
    for k, w in enumerate(words):
        if k < cut and w.lower() not in lex.office:
            sg = _plural_head(w, lex)
            if sg is None and w.islower() and w.endswith("s") and not w.endswith("ss") and len(w) > 3:
                sg = w[:-1]     # a coordinated plural noun: "friends" of "intellectuals and friends"
            w = sg or w
        out.append(w)
    return " ".join(out)


def _country_prefix(words: list[str], res: Resources) -> tuple[int, str] | None:
    """(number of words, country code) of a country name opening `words` (longest first, up to 4)."""
    for n in range(min(4, len(words) - 1), 0, -1):
        cc = lookup_country(" ".join(words[:n]), res)
        if cc:
            return n, cc
    return None


# "Secretary of State", "Deputy Assistant Secretary of State for ...": the U.S. Department of State
# ("Secretary of State for Migration", "State Secretary for International Cooperation": European junior
# ministers; the U.S. Secretary takes no "for", its Assistant and Under Secretaries do)
_US_STATE_SECRETARY = re.compile(r"\b(?:Assistant|Under)[- ]Secretary of State\b|"
                                 r"\bSecretary of State\b(?!\s+for\b|\s+of\s+(?!the United States\b|the U\.S\.|the US\b))")
_OF_STATE = re.compile(r"\b(?:of|de|del)\s+(?:the\s+|la\s+)?(?=[A-Z])")
_US_STATE_SEAT = re.compile(r"\b(?:Senator|Representative|Congress(?:wo)?man|Governor)\s+(?:for|from|of)\s+(?P<st>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)")


def _country_of_title(title: str, res: Resources) -> str | None:
    """The state a title says its holder serves: the country an "of"/"de" names ("Minister of Health of
    Jamaica", "Ministro ... de Jamaica", "President of the Democratic Socialist Republic of Sri Lanka"),
    a U.S. state after "Senator for" or an office only the U.S. has. "to X" names the receiving state,
    not the holder's ("Ambassador to Canada")."""
    for m in _OF_STATE.finditer(title):
        words = re.findall(r"[\w’'.-]+", title[m.end():])
        cut = next((i for i, w in enumerate(words) if w in ("to", "in", "for", "at", "on")), len(words))
        words = words[:min(cut, 7)]
        for n in range(len(words), 0, -1):       # the longest run of words that names a country
            if n < len(words) and words[n] in _OFFICE_UNITS:
                continue    # "Director General of the U.S. Division": a unit named after a state
            cc = lookup_country(" ".join(words[:n]).rstrip(".,"), res)
            if cc:
                return cc
    m = _US_STATE_SEAT.search(title)
    if m and any(p.kind == "admin1" and p.country_code == "US" for p in res.places.get(fold(m["st"]), [])):
        return "US"
    if _US_STATE_SECRETARY.search(title):       # an office only the U.S. has
        return "US"
    for rx, cc in _ONE_STATE_OFFICES:
        if rx.search(title):
            return cc
    return None


_OFFICE_UNITS = frozenset({"Division", "Department", "Affairs", "Desk", "Section", "Bureau", "Unit", "Office", "Directorate"})
#: offices only one state has by that name ("External Affairs Minister" is India's foreign minister)
_ONE_STATE_OFFICES = ((re.compile(r"\bExternal Affairs Minister\b|\bMinister (?:of|for) External Affairs\b", re.I), "IN"),
                      (re.compile(r"\b(?:Taoiseach|T[áa]naiste)\b"), "IE"))


_FOREIGN_MINISTER = re.compile(r"\b(?:Foreign(?: Affairs)?|External Affairs) Minister\b|\b(?:FM|EAM)\b|"
                               r"\bSecretary of State for (?:Foreign|External) (?:Affairs|Relations)\b|"
                               r"\bMinist(?:er|ro)(?: of State)? (?:of|for|de) (?:Foreign (?:Affairs|Relations)|External (?:Affairs|Relations)|"
                               r"Relaciones Exteriores)")
# a U.S. cabinet secretary names a department: "Secretary of Agriculture", "Agriculture Secretary"
_US_SECRETARY = re.compile(r"\bSecretary of (?:the )?(?P<a>(?!State\b)[A-Z][a-z]+(?: [A-Z][a-z]+)?)\b|"
                           r"\b(?P<b>(?!State\b)[A-Z][a-z]+) Secretary\b")


def _agency_of_title(title: str, res: Resources) -> str | None:
    """The body a title names by its holder's office, by its canonical name in the agency table
    (state-specific names are chosen later, once the person's state is known: agency_by_state)."""
    if _FOREIGN_MINISTER.search(title):
        return "Ministry of Foreign Affairs"
    if _US_STATE_SECRETARY.search(title):
        return "Department of State"
    m = _US_SECRETARY.search(title)
    if m:
        a = res.agencies.get(f"Department of {'the ' if m['a'] == 'Treasury' else ''}{m['a'] or m['b']}")
        if a is not None and a.country_code == "US":
            return a.name
    m = re.search(r"(?<!Prime )(?<!First )\bMinister (of|for) (?:the )?([A-Z][\w ,&’'-]+?)(?: of [A-Z].*)?$", title)
    if m and not lookup_country(m.group(2).strip(), res) and not m.group(2).startswith("State"):
        # (a state after "Minister of" is the minister's country: "Prime Minister of India" names no ministry)
        name = f"Ministry of {'the ' if m.group(2) == 'Interior' else ''}{m.group(2).strip()}"
        a = res.agencies.get(name)
        if a is not None:
            return a.name
        if m.group(1) == "of":
            # "Minister for Development Cooperation", "Deputy Minister for Political Affairs" name a
            # portfolio, not a ministry the page names
            return name
    # the longest alias the title holds ("Ministry of Health and Wellness", not "Ministry of Health")
    by_length = res.extra.get("agency_aliases_longest_first")
    if by_length is None:
        by_length = res.extra["agency_aliases_longest_first"] = sorted(res.agencies.items(), key=lambda kv: -len(kv[0]))
    for alias, a in by_length:
        if len(alias) <= 4 or alias not in title or a.kind == "embassy" and a.country_code is None:
            continue    # (a bare "the Embassy", "High Commission" names no particular body)
        m = re.search(r"(?<![\w-])" + re.escape(alias) + r"(?![\w-])", title)   # ("High Commissioner")
        if m and not re.search(r"\b(?:to|before)\s+(?:the\s+)?(?:[A-Z][\w.-]*\s+)?$", title[:m.start()]):
            # (a body the title is "to" is the one the holder is accredited to: "Ambassador ... to the
            # African Union", "permanent representative to the Association of Caribbean States")
            return a.name
    return None


def agency_by_state(hits: list[Hit]) -> list[Hit]:
    """An official's agency in the name its state gives it, once the state is known ("Minister of
    International Relations and Cooperation" of South Africa: the Department of International Relations
    and Cooperation; India's foreign minister: the Ministry of External Affairs)."""
    from .agencies import BY_STATE
    out = []
    for h in hits:
        a, cc = h.fields.get("agency"), h.fields.get("country_code")
        name = BY_STATE.get((a, cc)) if a and cc else None
        out.append(Hit(h.start, h.end, h.text, h.extractor, {**h.fields, "agency": name}) if name else h)
    return out


# ---------------------------------------------------------------- candidates
def _office_end(seg: _Seg, k: int, lex: Lexicon) -> int:
    """Token after the office part of a title whose head is token k ('Minister of Foreign Affairs|')."""
    doc = seg.doc
    j = k + 1
    while j < len(doc):
        t = doc[j]
        low = t.lower_
        if low in lex.heads or low in lex.office or t.text in ("U.S.", "a.i.", "/"):
            j += 1
        elif low in OFFICE_PREP or low in ("and", "&", "y") and j + 1 < len(doc) and \
                (doc[j + 1].lower_ in lex.office or doc[j + 1].lower_ in lex.heads or seg.blocked[j + 1]
                 or doc[j + 1].lower_ in _ARTICLES):
            j += 1
            while j < len(doc) and doc[j].lower_ in _ARTICLES:
                j += 1
            d = _deictic_place(doc, j)
            if d is not None:
                return d    # "the Cuban Ambassador in this African country, | Ernesto Gómez Díaz"
        elif seg.blocked[j] or seg.ent[j] in ("GPE", "NORP") and not _name_token(t, lex, seg.res):
            j += 1
        else:
            break
        if "\n" in doc[j - 1].whitespace_:
            break
    return j


_ARTICLES = {"the", "a", "la", "el", "los", "las"}
#: demonstratives before a place named by reference ("in this African country", "en esta nación caribeña")
_DEMONSTRATIVES = {"this", "that", "esta", "este", "dicha", "dicho"}


def _deictic_place(doc: Doc, j: int) -> int | None:
    """Token after ", " when a place by reference ends the office at j: "this African country, "."""
    if j >= len(doc) or doc[j].lower_ not in _DEMONSTRATIVES:
        return None
    for k in range(j + 1, min(j + 5, len(doc))):
        if doc[k].text == ",":
            return k + 1 if k > j + 1 else None
        if not doc[k].is_alpha:
            return None
    return None


def of_state_starts(doc: Doc, lo: int, j: int):
    """Where a state's name could start in "of (the) <...>" ending right before token j (the 'of' at lo
    or later, at most five tokens back): the callers check the words from there to j."""
    for p in range(max(lo, j - 5), j - 1):
        if doc[p].lower_ == "of":
            q = p + 1 + (doc[p + 1].lower_ == "the")
            if q < j:
                yield q


def _ends_on_state(doc: Doc, k: int, j: int, res: Resources) -> bool:
    """The title from token k to j ends with "of (the) <State>"."""
    return any(lookup_country(doc[q:j].text, res) for q in of_state_starts(doc, k + 1, j))


def _title_anchored(seg: _Seg, lex: Lexicon, res: Resources) -> list[tuple[int, int]]:
    """Names right after a title ('Spokesperson Ned Price', 'Foreign Minister Dar', 'the Ambassador of
    Cuba, Narciso Reinaldo Amador Socorro') or right before an apposition title ('Dammu Ravi, Secretary')."""
    doc = seg.doc
    out = []
    for k, t in enumerate(doc):
        if not (t.lower_ in lex.heads) or seg.blocked[k] or seg.taken[k]:
            continue
        if t.is_lower and t.lower_ not in ("ambassador", "minister", "president", "diplomat", "singer", "deputies",
                                            "deputy", "counsellor", "secretary", "spokesperson", "writer",
                                            "officials", "intellectuals"):
            continue
        j = _office_end(seg, k, lex)
        # a one-word name only right after its role noun ("Foreign Minister Dar", "Secretary Rubio’s");
        # after an office or a comma a lone capitalized word is mostly more office ("Tourism, Arts")
        one_word_ok = j == k + 1 and t.text[:1].isupper()
        if j < len(doc) and doc[j].text == "," and "\n" not in doc[j].whitespace_:
            j += 1
            one_word_ok = False
            lone_ok = j + 1 < len(doc) and doc[j + 1].text in (".", ";") and doc[j].pos_ == "PROPN"
        else:
            lone_ok = False
        if j >= len(doc):
            continue
        # honorifics between title and name ("Prime Minister of India Shri. Narendra Modi")
        m = lex.honorific_lead.match(seg.text, doc[j].idx, doc[j].idx + 40)
        if m and m.end() > m.start():
            sp = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if sp is not None and sp.end < len(doc) and sp.end - j <= 4:
                j = sp.end if doc[sp.end - 1].idx + len(doc[sp.end - 1]) <= m.end() else sp.end - 1
        if j >= len(doc) or seg.ent[j] == "PERSON":
            continue
        # right after "of"/"for" (+ "the") come more office words, not a name: "Minister of
        # Plantations Industries receives ...", "Minister for the Sugar Industry"
        p = j - 1 if doc[j - 1].lower_ not in ("the",) else j - 2
        if p > k and doc[p].lower_ in OFFICE_PREP:
            continue
        r = _name_run(seg, j, lex, res)
        # a lone surname after a title that ends on its state: "Director General of the Ministry of Foreign
        # Affairs of Estonia Uibo.", "... of the Kyrgyz Republic Dzhusupov."
        if r and r[1] == r[0] + 1 and j > k + 2 and r[1] < len(doc) and doc[r[1]].text in (".", ",", ";") \
                and doc[j].pos_ == "PROPN" and _ends_on_state(doc, k, j, res):
            one_word_ok = True
        if r and (r[1] - r[0] > 1 or one_word_ok or lone_ok and r[1] == r[0] + 1 and r[1] < len(doc) and doc[r[1]].text in (".", ";")) \
                and _run_ok(doc, *r, res, anchored=one_word_ok) \
                and not (r[1] - r[0] == 1 and doc[r[0]].ent_iob_ == "I" and doc[k].ent_type_ in ("GPE", "ORG", "LOC")):
            # (a word the model reads as one place or body with the role noun is no name: "Member States")
            out.append(r)
            for i in range(*r):
                seg.taken[i] = True
    # honorifics anchor a name too: "Mr Purevsuren’s consultations", "H.E. Mr. Liu Xuyi"
    for k, t in enumerate(doc):
        if seg.taken[k] or seg.blocked[k] or t.text not in lex.honorific_toks or (k > 0 and doc[k - 1].text in lex.honorific_toks):
            continue
        m = lex.honorific_lead.match(seg.text, t.idx, t.idx + 40)
        if not m or m.end() == m.start():
            continue
        sp = doc.char_span(m.start(), m.end(), alignment_mode="contract")
        j = sp.end if sp is not None else k + 1
        if j >= len(doc) or seg.ent[j] == "PERSON" or seg.taken[j]:
            continue
        r = _name_run(seg, j, lex, res)
        if r and _run_ok(doc, *r, res):
            out.append(r)
            for i in range(*r):
                seg.taken[i] = True
    # photo credits: "[Photo by Zhang Ling/Xinhua]", "Photos: Katlholo Maifadi / DIRCO"
    for k, t in enumerate(doc[:-2]):
        if t.lower_ in ("photo", "photos", "foto", "fotos") and doc[k + 1].lower_ in ("by", ":", "por"):
            r = _name_run(seg, k + 2, lex, res)
            if r and r[0] == k + 2 and r[1] - r[0] >= 2 and _run_ok(doc, *r, res) \
                    and not any(seg.taken[i] for i in range(*r)):
                out.append(r)
                for i in range(*r):
                    seg.taken[i] = True
    # apposition: "<Name>, <Title>" where the model missed the name (two tokens at least)
    for c, t in enumerate(doc):
        if c == 0 or seg.taken[c - 1]:
            continue
        if t.text != ",":
            # "...; Ma'ruf Cahyono General Secretary of the People's Consultative Assembly;": a list of
            # names each followed by its role without a comma
            if not (t.text[:1].isupper() and _is_head(t, lex)) or seg.taken[c] or seg.blocked[c]:
                continue
        if _title_after(doc, c, lex) is None:
            continue
        r = _name_run(seg, c - 1, lex, res, step=-1)
        if r and r[1] == c and r[1] - r[0] >= 2 and _run_ok(doc, *r, res) \
                and (r[0] == 0 or doc[r[0] - 1].text in PUNCT_STOP or doc[r[0] - 1].lower_ in STOP_WORDS
                     or "\n" in doc[r[0] - 1].whitespace_
                     or t.text == "," and doc[r[0] - 1].pos_ in ("VERB", "ADP", "AUX", "CCONJ", "SCONJ")):
            out.append(r)
            for i in range(*r):
                seg.taken[i] = True
    return out


def _coordinated_names(seg: _Seg, names: list[tuple[int, int]], lex: Lexicon, res: Resources) -> list[tuple[int, int]]:
    """Runs of two or more proper-noun name words joined to a found name by "and" or a comma, left or right,
    with nothing but punctuation, a function word or a line start on their other side."""
    doc = seg.doc
    out: list[tuple[int, int]] = []
    todo = list(names)
    while todo:
        a, b = todo.pop()
        found = []
        # left: "<run> and|, <name>"
        if a >= 3 and (doc[a - 1].lower_ in ("and", "&") or doc[a - 1].text == ","):
            r = _name_run(seg, a - 2, lex, res, step=-1)
            if r and r[1] == a - 1:
                found.append(r)
        # right: "<name> and|, <run>"
        if b + 2 < len(doc) and (doc[b].lower_ in ("and", "&") or doc[b].text == ","):
            r = _name_run(seg, b + 1, lex, res)
            if r and r[0] == b + 1:
                found.append(r)
        for r in found:
            x, y = r
            if y - x < 2 or not all(doc[k].pos_ == "PROPN" or doc[k].lower_ in PARTICLES for k in range(x, y)) \
                    or not _run_ok(doc, x, y, res) or any("\n" in doc[k].whitespace_ for k in range(x, y - 1)) \
                    or any(seg.ent[k] not in ("", "PERSON") for k in range(x, y)) \
                    or lookup_country(doc[x:y].text, res) or res.places.get(fold(doc[x:y].text)):
                continue    # (a body, a medium or a place the model saw: "Coca Cola and", "Saint Lucia and")
            before_ok = x == 0 or doc[x - 1].text in PUNCT_STOP or doc[x - 1].lower_ in STOP_WORDS \
                or "\n" in doc[x - 1].whitespace_ or doc[x - 1].pos_ in ("VERB", "ADP", "AUX", "CCONJ", "SCONJ")
            after_ok = y >= len(doc) or doc[y].text in PUNCT_STOP or doc[y].lower_ in STOP_WORDS or doc[y].is_lower
            # (a determiner before capitalized words makes them an epithet or a thing: "the Heroic Guerrilla,
            # Ernesto Che Guevara")
            if not (before_ok and after_ok) or x > 0 and doc[x - 1].lower_ in _STOP_NAME_TOKENS \
                    or _named_thing(doc, x, y, lex):
                continue
            for k in range(x, y):
                seg.taken[k] = True
            out.append(r)
            todo.append(r)
    return out


def _short_mentions(seg: _Seg, names: list[tuple[int, int]], lex: Lexicon, res: Resources) -> list[tuple[int, int]]:
    """Later mentions by part of a name found in the segment ('Wang' of 'Wang Yi', 'Sierra Díaz')."""
    doc = seg.doc
    parts: set[tuple[str, ...]] = set()
    fulls: set[tuple[str, ...]] = set()   # the whole name again (the model misses repeats; a surname may be a
    #                                       town: "Camilo Cienfuegos")
    for a, b in names:
        toks = [seg.folded[i] for i in range(a, b) if doc[i].text != '"']
        if len(toks) < 2:
            continue
        for x in range(len(toks)):
            for y in range(x + 1, len(toks) + 1):
                sub = tuple(toks[x:y])
                # (a particle hyphened to the surname stays with it: 'Al-Muraikhi' of 'Sultan bin Saad Al-Muraikhi')
                glued = len(sub) >= 3 and sub[1] in _HYPHENS
                if len(sub) < len(toks) and (sub[0] not in PARTICLES or glued) and sub[-1] not in PARTICLES \
                        and sub[0] not in _HYPHENS and sub[-1] not in _HYPHENS \
                        and not (len(sub) == 1 and (len(sub[0]) < 2 or sub[0].endswith("."))):
                    parts.add(sub)
        fulls.add(tuple(toks))
    if not parts:
        return []
    fulls -= parts
    parts |= fulls
    maxlen = max(len(p) for p in parts)
    out = []
    i = 0
    while i < len(doc):
        hit = None
        for n in range(maxlen, 0, -1):
            if i + n > len(doc):
                continue
            key = tuple(seg.folded[i:i + n])
            if key in parts and not doc[i].text.isupper() and \
                    all(seg.free_name_token(k, lex, res) or doc[k].lower_ in PARTICLES
                        # the hyphen of a double surname: 'Diaz-Canel and Amos', 'Heaton-Harris is'
                        or doc[k].text in _HYPHENS and not doc[k - 1].whitespace_ and not doc[k].whitespace_
                        or key in fulls and seg.place[k] and not seg.taken[k] for k in range(i, i + n)):
                # a standalone mention, not part of a longer capitalized name
                if (i > 0 and seg.free_name_token(i - 1, lex, res) and "\n" not in doc[i - 1].whitespace_) or \
                        (i + n < len(doc) and seg.free_name_token(i + n, lex, res) and "\n" not in doc[i + n - 1].whitespace_):
                    break
                if i + n < len(doc) and doc[i + n].text[:1].isupper() and doc[i + n].lower_ in lex.office \
                        and doc[i + n].lower_ not in lex.heads:
                    break   # inside an institution's name: "the José Martí | Cultural and Friendship Association"
                hit = (i, i + n)
                break
        if hit:
            out.append(hit)
            for k in range(*hit):
                seg.taken[k] = True
            i = hit[1]
        else:
            i += 1
    return out


_BYLINE_LINE = re.compile(r"(?m)^[ \t]*(?:By|From)[ \t]+(?P<name>[A-Z][\w.'’-]+(?:[ \t]+[A-Z][\w.'’-]+){1,3})"
                          r"(?:,[ \t]*[A-Z][\w .'’-]{1,30})?[ \t]*$")


def _lower_in_line(text: str, at: int) -> bool:
    """The line holding position `at` has a lowercase letter (it is no line in capitals)."""
    a = text.rfind("\n", 0, at) + 1
    b = text.find("\n", at)
    return any(ch.islower() for ch in text[a:b if b >= 0 else len(text)])


def _caps_mentions(seg: _Seg, names: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Names of the segment written again in a line of capitals: the whole name, or its last one or two words
    (the model reads a shouting headline word by word, if at all). A match may cover a shorter name the model
    found inside it ('LUIS FERNANDO CARRERA | CASTRO'); the caller drops that one."""
    doc = seg.doc
    keys: set[tuple[str, ...]] = set()
    for a, b in names:
        toks = tuple(seg.folded[i] for i in range(a, b))
        if len(toks) >= 2 and not doc[a:b].text.isupper():
            keys |= {toks, toks[-1:], toks[-2:]} if len(toks[-1]) > 2 else {toks}
    if not keys:
        return []
    maxlen = max(len(k) for k in keys)
    inside = lambda i, j: all(not seg.taken[k] or any(x <= k < y and i <= x and y <= j for x, y in names)  # noqa: E731
                              for k in range(i, j))
    text = seg.text     # (not doc.text, which Doc rebuilds on every access)
    out, i = [], 0
    while i < len(doc):
        hit = None
        if doc[i].text.isupper() and doc[i].is_alpha and not _lower_in_line(text, doc[i].idx):
            hit = next(((i, i + n) for n in range(maxlen, 0, -1) if i + n <= len(doc)
                        and tuple(seg.folded[i:i + n]) in keys and inside(i, i + n)
                        and not (i + n < len(doc) and doc[i + n].is_alpha and doc[i + n].text.isupper()
                                 and tuple(seg.folded[i:i + n + 1]) in keys)), None)
        if hit:
            out.append(hit)
            i = hit[1]
        else:
            i += 1
    return out


_CAPS_MODIFIERS = {"prime", "deputy", "vice", "first", "general", "chief", "senior", "acting", "under", "assistant"}


def _caps_title(doc: Doc, a: int, lex: Lexicon, res: Resources) -> tuple[int, int] | None:
    """The role in capitals right before a name in capitals ('GUATEMALAN FOREIGN MINISTER | LUIS ...'): the
    title, office and nationality words next to it, on its line (the usual title rules read every capitalized
    word of such a line as part of the role)."""
    k = a
    while k > 0 and "\n" not in doc[k - 1].whitespace_ and doc[k - 1].text.isupper() and (
            _is_head(doc[k - 1], lex) or doc[k - 1].lower_ in lex.office or doc[k - 1].lower_ in _CAPS_MODIFIERS
            or doc[k - 1].text.title() in res.nationalities):
        k -= 1
    return (k, a) if k < a and any(_is_head(doc[i], lex) for i in range(k, a)) else None


def find(doc: Doc, ctx: Context, agencies: list[Hit]) -> list[Hit]:
    """Officials of one segment. Reads doc.ents (PERSON), doc.spans['places'] and the agency hits;
    returns Hits with fields name, title, agency, country_code."""
    res = ctx.res
    lex = lexicon(res)
    seg = _Seg(doc, ctx, agencies)
    cands: list[tuple[int, int, str]] = []
    # 1. the model's PERSON entities, cleaned and grown
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        r = clean_name(ent.text, res)
        if r is None:
            continue
        sp = doc.char_span(ent.start_char + r[0], ent.start_char + r[1], alignment_mode="expand")
        if sp is None or any(seg.blocked[i] and (seg.ent[i] != "PERSON" or seg.state_name[i])
                             for i in range(sp.start, sp.end)):
            continue
        # a dateline's place the model took for a person ('Buenos Aires, January 23, 2023.- ...'): a known place
        # opening a line, before its comma
        if (sp.start == 0 or "\n" in doc[sp.start - 1].whitespace_ or doc[sp.start - 1].is_space) \
                and sp.end < len(doc) and doc[sp.end].text == "," and res.places.get(fold(sp.text)):
            continue
        a, b = _grow(seg, sp.start, sp.end, lex, res)
        # words of a several-word honorific that are name words alone ("Datuk Seri | Anwar Ibrahim", "Dato'
        # Sri | Mohamad Hasan"): the name starts after the honorific
        a2 = _after_lead_honorifics(seg, a, b, lex)
        if a2 != a:
            # a role after the honorific is no part of the name either ("His | Majesty King Abdullah")
            r2 = clean_name(doc[a2:b].text, res)
            sp2 = doc.char_span(doc[a2].idx + r2[0], doc[a2].idx + r2[1], alignment_mode="expand") if r2 else None
            a2 = sp2.start if sp2 is not None and sp2.end == b else a2
        a = a2
        if b - a == 2 and doc[a].text in AMBIGUOUS_HONORIFICS and _short_form(doc, a + 1):
            a += 1      # the model's "Sheikh Abdullah" after "Sheikh Abdullah bin Zayed Al Nahyan"
        if b - a == 1 and a > 0 and doc[a - 1].text in AMBIGUOUS_HONORIFICS and not seg.taken[a - 1] \
                and "\n" not in doc[a - 1].whitespace_ and not _short_form(doc, a):
            a -= 1      # "Sheikh | Hasina": before a one-word name the word is part of it
        while b - a > 1 and doc[a].text.isupper() and len(doc[a]) > 1 and (
                doc[a].text in res.agencies or lookup_country(doc[a].text, res)):
            a += 1  # a body's acronym glued to the name by the model: "Secretary General of CARICOM | Carla Barnett"
        # the state of a title grown into the name: "US Ambassador to | Argentina Marc R. Stanley"
        if a > 0 and doc[a - 1].lower_ in ("to", "of", "in"):
            n = next((n for n in (3, 2, 1) if b - a - n >= 2 and lookup_country(doc[a:a + n].text, res)), 0)
            a += n
        if any(seg.taken[i] for i in range(a, b)) or NOT_NAME.search(doc[a:b].text):
            continue   # grown into an institution ("University" + "Kebansaang Malaysia")
        if doc[a].lower_.endswith("ing") and (doc[a].pos_ == "VERB" or len(doc[a]) >= 7 and (
                a == 0 or doc[a].is_sent_start or "\n" in doc[a - 1].whitespace_ or doc[a - 1].is_space)):
            # (short -ing words are names: "Ding", "Jing")
            if b - a == 1 or not seg.free_name_token(a + 1, lex, res):
                continue   # a headline gerund, "Honoring Fidel and Chávez"
            a += 1         # ... before the name: "Honoring | Fidel"
        if _named_thing(doc, a, b, lex) or _after_institution_noun(doc, a) or _before_place_noun(doc, a, b):
            continue   # (the Military Barracks Carlos Manuel de Céspedes: a facility named after a person)
        for i in range(a, b):
            seg.taken[i] = True
        cands.append((a, b, "ner"))
    # 1b. "the foreign ministers of Spain José Albares, Latvia Baiba Braže, ...": the model reads each state
    # with the name after it as one ORG; under a role named just before, the words after the state are a name
    listed = -1     # the end of the last such name: the list goes on after ', ' or 'and'
    state_before: dict[int, str | None] = {}     # name start -> the state written before it
    role_of: dict[int, tuple[int, int] | None] = {}  # name start -> the role over its list
    list_role = None
    for ent in doc.ents:
        if ent.label_ != "ORG":
            continue
        n, state = next(((n, cc) for n in (3, 2, 1) if ent.end - ent.start - n >= 2
                         and (cc := lookup_country(doc[ent.start:ent.start + n].text, res))), (0, None))
        if not n:
            continue
        a, b = ent.start + n, ent.end
        head = next((k for k in range(ent.start - 1, max(0, ent.start - 12) - 1, -1)
                     if doc[k].lower_ in lex.heads or _plural_head(doc[k].text, lex)), None)
        more = 0 < ent.start - listed <= 3 and all(doc[k].text == "," or doc[k].lower_ == "and" for k in range(listed, ent.start))
        role = head is not None or more
        if not role or b - a > 4 or any(seg.taken[k] or not (doc[k].is_title and doc[k].is_alpha)
                                                 or doc[k].lower_ in lex.heads or doc[k].lower_ in lex.office
                                                 or doc[k].text in _ORG_WORDS for k in range(a, b)) \
                or NOT_NAME.search(doc[a:b].text) or doc[a:b].text in res.agencies \
                or clean_name(doc[a:b].text, res) != (0, len(doc[a:b].text)):
            continue    # ("Jordan | News Agency", "Cuba | Solidarity Movement", "Macedonia | Mr Ilija ...")
        for k in range(a, b):
            seg.taken[k] = True
        cands.append((a, b, "rule:state_name"))
        state_before[a] = state
        # the role over the list ("the foreign ministers of"), each member's in the singular
        list_role = _title_before(doc, head + 1, lex, seg) if head is not None and not more else list_role
        role_of[a] = list_role
        listed = b
    # 1c. "the ambassadors of Kyrgyzstan - Daniyar Sydykov, France - Violaine de Villemeurt, ...", "The presidents of
    # Panama, José Raúl Mulino, and Costa Rica, Rodrigo Chaves": under a plural role, each state and a dash or comma,
    # then its holder's name (the model reads few of these names)
    dash_title: dict[int, str] = {}      # name start -> its role and state
    for sp in doc.spans.get("places", []):
        cc = lookup_country(sp.text, res)
        j = sp.end
        if cc is None or j + 1 >= len(doc) or doc[j].text not in ("-", "–", "—", ",") or not doc[j].whitespace_:
            continue
        head = next((k for k in range(sp.start - 1, max(0, sp.start - 60) - 1, -1)
                     if _plural_head(doc[k].text, lex) and doc[k + 1].lower_ == "of"), None)
        if head is None or any(doc[k].text in (".", ";") or "\n" in doc[k].whitespace_ for k in range(head, sp.start)) \
                or head > 0 and doc[head - 1].lower_ in ("and", "of"):
            continue    # (a plural inside a singular role: "President of the Councils of State and Ministers of Cuba")
        # (after a comma, only the list itself stands between the role and the state: earlier states and names)
        if doc[j].text == "," and not all(doc[k].text in (",", "-", "–", "—") or doc[k].lower_ in ("and", "the")
                                          or seg.taken[k] or seg.place[k] or seg.state_name[k] or doc[k].ent_type_ == "GPE"
                                          for k in range(head + 2, sp.start)):
            continue
        # the member's title is the role with its state, as the list writes them ("ambassador of the Czech Republic")
        k0 = sp.start - (sp.start > 0 and doc[sp.start - 1].lower_ == "the")
        dash_title[j + 1] = f"{_singular([doc[head].text], lex)} of {doc[k0:sp.end].text}"
        found = next((c for c in cands if c[0] == j + 1), None)
        if found is not None:       # a name the model read: only its state and role
            state_before[j + 1] = cc
            continue
        run = _name_run(seg, j + 1, lex, res)
        if run is None or run[0] != j + 1 or run[1] - run[0] < 2 or run[1] < len(doc) and doc[run[1]].text not in (",", "and", ".", ";"):
            continue
        for k in range(*run):
            seg.taken[k] = True
        cands.append((run[0], run[1], "rule:state_dash"))
        state_before[run[0]] = cc
    # 2. names next to a title that the model missed
    cands += [(a, b, "rule:title") for a, b in _title_anchored(seg, lex, res)]
    # 2b. names coordinated with a found name that the model missed ("Ana Torres and | Luis Gómez",
    # "Thabo Mokoena, | Sipho Dlamini and Nomvula Khumalo")
    cands += [(a, b, "rule:list") for a, b in _coordinated_names(seg, [(a, b) for a, b, _ in cands], lex, res)]
    # 2c. a reporter's byline on its own line ("By Timilehin Ajibade", "From Aidoghie Paulinus, Abuja"): the model
    # reads these names as anything
    for m in _BYLINE_LINE.finditer(seg.text):
        sp = doc.char_span(m.start("name"), m.end("name"))
        if sp is None or any(seg.taken[k] or seg.blocked[k] for k in range(sp.start, sp.end)) \
                or NOT_NAME.search(sp.text) or clean_name(sp.text, res) != (0, len(sp.text)):
            continue
        for k in range(sp.start, sp.end):
            seg.taken[k] = True
        cands.append((sp.start, sp.end, "rule:byline"))
    # 3. short later mentions of a name of this segment
    cands += [(a, b, "rule:link") for a, b in _short_mentions(seg, [(a, b) for a, b, _ in cands], lex, res)]
    # 3b. the names of a headline in capitals ("FOREIGN SECRETARY MEADE MEETS WITH ... LUIS FERNANDO CARRERA CASTRO")
    caps = _caps_mentions(seg, [(a, b) for a, b, _ in cands])
    cands = [c for c in cands if not any(x <= c[0] and c[1] <= y for x, y in caps)] + [(a, b, "rule:caps") for a, b in caps]
    out = []
    # a post-nominal after the name, whichever rule found it ("Minister Simon Coveney TD’s visit")
    cands = [(a, next(k for k in range(b, a, -1) if k - a == 1 or doc[k - 1].text not in _POSTNOMINALS), how)
             for a, b, how in cands]
    # (nor the start of a role read as a person: "Non-Resident High | Commissioner")
    cands = sorted(c for c in cands if not _named_thing(doc, c[0], c[1], lex)
                   and not (c[1] < len(doc) and _is_head(doc[c[1]], lex) and doc[c[1] - 1].lower_ in _ROLE_PREMODIFIERS))
    shared: tuple[int, int] | None = None   # a plural premodifier shared by coordinated names
    for n, (a, b, how) in enumerate(cands):
        span = doc[a:b]
        s, e = span.start_char, span.end_char
        title = tcc = None
        rng = _caps_title(doc, a, lex, res) if span.text.isupper() else None
        rng = rng or _title_before(doc, a, lex, seg)
        if rng is not None and _owned_by_previous(doc, rng, seg, lex):
            rng = None      # "Nora Alberteris, Consul General, | Thalia Gonzalez": the role is Nora's
        if rng is not None and _plural_title(doc, rng, lex):
            # a plural role is each member's only for coordinated names ("deputies Lázaro Barredo and
            # Surina Acosta"); before one name it is the group it belongs to ("On behalf of the
            # appointed ambassadors, María del Pilar Fernández Otero")
            nxt = _skip_paren(doc, b)
            while nxt < len(doc) and doc[nxt].text == ",":
                nxt += 1
            # (or a list: "Members of Parliament A, B, C and D")
            rng = rng if nxt < len(doc) and (doc[nxt].lower_ in ("and", "&") or nxt > b and any(c[0] == nxt for c in cands)) \
                else None
            shared = rng
        elif rng is None and shared is not None and n > 0 and _coordinated(doc, cands[n - 1][1], a):
            rng = shared    # "... and Keith Ellis" takes the plural role of "Arnold August"
        else:
            shared = None
        rng = rng or _title_after(doc, b, lex, seg) or role_of.get(a)
        if rng is not None:
            rng = _trim_title(doc, rng, seg)
        if rng is not None:
            raw = doc[rng[0]:rng[1]].text
            title, tcc = _strip_title(raw, res)
            title = title or None
        if a in dash_title:
            title = dash_title[a]
        cc = tcc or (_country_of_title(title, res) if title else None) or _country_after(doc, b, res) \
            or state_before.get(a) or _country_of_relation(doc, rng[0] if rng is not None and rng[1] <= a else a, res)
        agency = None
        if rng is not None:
            # a body named inside the title is the person's agency, with its state-specific canonical
            # name from the agency table ("Director General ... at the Cuban Ministry of Foreign Affairs")
            lo, hi = doc[rng[0]].idx + ctx.offset, doc[rng[1] - 1].idx + len(doc[rng[1] - 1]) + ctx.offset
            inside = [h for h in agencies if h.start < hi and h.end > lo and not _accredited_to(doc, h, ctx.offset)]
            if inside and inside[-1].fields.get("kind") == "igo" and title and _FOREIGN_MINISTER.search(title):
                # an IGO in a foreign minister's portfolio ("Minister of Foreign Affairs and CARICOM") is
                # not the body the minister serves
                inside = []
            if inside:
                # the last body the title names; of a coordination's rows (one span), the first body:
                # "President of the Councils of State and of Ministers" serves the Council of State
                body = next(h for h in inside if (h.start, h.end) == (inside[-1].start, inside[-1].end))
                agency = body.fields.get("name")
                acc = body.fields.get("country_code")
                # a state named inside the body's own name is the body's, as its table row gives it:
                # "General Secretary of the Workers' Party of Korea" serves KP, not KR
                if acc and not tcc and cc != acc and _country_of_title(body.text, res):
                    cc = acc
                cc = cc or acc
        agency = agency or (_agency_of_title(title, res) if title else None)
        out.append(Hit(s + ctx.offset, e + ctx.offset, seg.text[s:e], how,
                       {"name": seg.text[s:e], "title": title, "agency": agency, "country_code": cc}))
    return out


def _short_form(doc: Doc, i: int) -> bool:
    """The one word at i is a word of a longer name the model found elsewhere in the item: after 'Sheikh' it is
    that name's short form ('Sheikh Abdullah bin Zayed Al Nahyan ... Sheikh | Abdullah'), not a one-word name
    the honorific belongs to ('Sheikh Hasina')."""
    return any(e.label_ == "PERSON" and e.end - e.start > 2 and not e.start <= i < e.end and doc[i].text in e.text.split()
               for e in doc.ents)


def _country_after(doc: Doc, b: int, res: Resources) -> str | None:
    """The state an "of" right after a name gives ("Ambassador Marie Dubois of France", "Prime Minister
    Mia Mottley of Barbados"), or a state in parentheses ("Reid Sirrs (Canada)")."""
    if b + 2 < len(doc) and doc[b].text == "(":
        # 'Ambassadors Lilia Rossbach Suárez (Mexico), Reid Sirrs (Canada)': the state in parentheses
        close = next((k for k in range(b + 1, min(b + 6, len(doc))) if doc[k].text == ")"), None)
        return lookup_country(doc[b + 1:close].text, res) if close else None
    if b + 1 >= len(doc) or doc[b].lower_ != "of":
        return None
    k = b + 1
    if doc[k].lower_ == "the":
        k += 1
    for n in range(min(5, len(doc) - k), 0, -1):
        sp = doc[k:k + n]
        if any(t.text in PUNCT_STOP for t in sp):
            continue
        cc = lookup_country(sp.text, res)
        if cc:
            return cc
    return None


#: honorifics that may stand between a relation and its name ("his Saudi counterpart His Highness Prince ...")
_RELATION_SKIP = frozenset({"His", "Her", "Highness", "Royal", "Excellency", "H.E.", "HE", "Mr", "Mr.", "Ms", "Ms.",
                            "Mrs", "Mrs.", "Dr", "Dr.", "Hon", "Hon.", "Honourable", "Honorable", "the"})
#: relational nouns a nationality qualifies before a name: "his Australian counterpart Marise Payne"
_RELATIONS = frozenset({"counterpart", "counterparts", "colleague", "colleagues", "homologue", "peer", "host"})


def _country_of_relation(doc: Doc, a: int, res: Resources) -> str | None:
    """The state of a name a relation introduces: "his Australian counterpart (,) Marise Payne", "his
    Mexico counterpart, Marcelo Ebrard" (the relation is no title, ANNOTATION.md; its state is theirs)."""
    k = a - 1
    if k >= 0 and doc[k].text == ",":
        k -= 1
    while k > 0 and a - k <= 4 and doc[k].text in _RELATION_SKIP:
        k -= 1      # 'his Saudi Arabian counterpart His Highness | Prince Faisal'
    if k < 1 or doc[k].lower_ not in _RELATIONS:
        return None
    for n in (3, 2, 1):     # the longest state name or adjective right before the noun
        if k - n < 0:
            continue
        words = doc[k - n:k]
        if any(t.text in PUNCT_STOP for t in words):
            continue
        cc = res.nationalities.get(words.text) or lookup_country(words.text, res)
        if cc:
            return cc
    return None


def _accredited_to(doc: Doc, h: Hit, offset: int) -> bool:
    """A body a title is "to" is the one its holder is accredited to, not theirs ("Ambassador to the
    African Union", "Permanent Representative to the IMO")."""
    sp = doc.char_span(h.start - offset, h.end - offset, alignment_mode="expand")
    if sp is None:
        return False
    k = sp.start - 1
    while k >= 0 and doc[k].lower_ in ("the", "this", "that"):
        k -= 1
    return k >= 0 and doc[k].lower_ in ("to", "before")


def _after_institution_noun(doc: Doc, a: int) -> bool:
    """Does an institution or vessel noun stand before the name, or before the capitalized name it is
    coordinated with ("the ships Almirante Padilla and | Juan Pablo Duarte", "the schools Camilo
    Cienfuegos and | Frank País")?"""
    if a > 0 and doc[a - 1].lower_ in _INSTITUTION_NOUNS:
        return True
    if a > 2 and doc[a - 1].lower_ == "and":
        k = a - 2
        while k > 0 and a - 2 - k < 5 and (doc[k].text[:1].isupper() or doc[k].lower_ in PARTICLES):
            k -= 1
        return k < a - 2 and doc[k].lower_ in _INSTITUTION_NOUNS
    return False


#: nouns of facilities and institutions named after a person that follows them
_INSTITUTION_NOUNS = {"barracks", "school", "hospital", "polyclinic", "park", "street", "avenue", "square", "airport",
                      "stadium", "library", "museum", "theatre", "theater", "brigade", "contingent", "prize", "award",
                      "medal", "order", "foundation", "institute", "university", "association", "club", "movement",
                      "centre", "center", "hall", "campus",
                      # vessels named after people
                      "ship", "ships", "vessel", "vessels", "frigate", "schooner", "tanker", "cruiser", "yacht"}
#: nouns before a quoted proper name of a group or a work ('the musical group "María Alejandra y Cubanía"')
_GROUP_NOUNS = _INSTITUTION_NOUNS | {"group", "band", "orchestra", "ensemble", "company", "movie", "film", "book",
                                     "documentary", "programme", "program", "project", "festival", "contest", "event"}
_QUOTES = {'"', "“", "”", "«", "»"}


#: lowercase nouns of places named after a word before them ("the Akorda residence", "the Mandela stadium")
_PLACE_NOUNS_AFTER = frozenset({"residence", "palace", "building", "hall", "airport", "stadium", "street", "avenue",
                                "square", "park", "hotel", "school", "university", "hospital", "campus", "centre",
                                "center", "museum", "grounds", "compound"})


def _before_place_noun(doc: Doc, a: int, b: int) -> bool:
    """'the Akorda residence': a name between 'the' and a lowercase place noun names the place."""
    return a > 0 and doc[a - 1].lower_ == "the" and b < len(doc) and doc[b].is_lower and doc[b].lower_ in _PLACE_NOUNS_AFTER


def _named_thing(doc: Doc, a: int, b: int, lex: Lexicon) -> bool:
    """Is the name part of a quoted proper name, or cut off from glued text? A quote holding only
    capitalized words names an association, a band, a place or a school ("the Association of Cuban
    Residents “Ernesto Che Guevara”", "Musical group "María Alejandra y Cubanía"", "the “Queen Park
    Savannah”"); a quoted event title with lowercase words names the person ("The Life and Legacy of
    Fidel Castro"). A name running into a glued token ("Narciso Reinaldo ArmadorCubaMinister") is tag
    text (ANNOTATION.md: glued tokens are not annotated)."""
    if b < len(doc) and _glued(doc[b].text) and doc[b].text[:1].isupper() and not doc[b - 1].whitespace_ == "\n":
        return True
    lo = a - 1
    while lo >= 0 and a - lo <= 6 and doc[lo].text not in _QUOTES:
        lo -= 1
    hi = b
    while hi < len(doc) and hi - b <= 6 and doc[hi].text not in _QUOTES:
        hi += 1
    if lo < 0 or hi >= len(doc) or doc[lo].text not in _QUOTES or doc[hi].text not in _QUOTES:
        return False
    inner = doc[lo + 1:hi]
    if not all(t.text[:1].isupper() or t.lower_ in PARTICLES or t.text in ("-", "‐") for t in inner) \
            or any("\n" in t.whitespace_ for t in doc[lo:hi]):
        return False
    # the quote holds the name alone (or with a role word: "Queen"), or a group noun stands before it
    # (a quoted title-case headline naming a person is no institution)
    alone = all(a <= t.i < b or t.lower_ in lex.heads or t.text in lex.honorific_toks for t in inner)
    return alone or lo > 0 and doc[lo - 1].lower_ in _GROUP_NOUNS


def _owned_by_previous(doc: Doc, rng: tuple[int, int], seg: _Seg, lex: Lexicon) -> bool:
    """Is the role before a name the apposition of the name before it? (", <role>, <name>" right after
    another name: "Annie Gouin, Director General of the Chamber of Commerce, Pierre Urguhat")"""
    a, b = rng
    if b >= len(doc) or doc[b].text != ",":
        return False    # no comma after the role: a plain premodifier ("..., Ambassador Hermes Herrera")
    k = a - 1
    # over what the role's start left out: articles, a nationality, an agency before the role
    # ("Josefina Vidal Ferreiro, Cuban Ministry of Foreign Affairs | General Director ..., Bárbara")
    while k >= 0 and a - k < 12 and not seg.taken[k] and (doc[k].lower_ in ("the", "a", "an") or seg.blocked[k]
                                                          or doc[k].text in seg.res.nationalities):
        k -= 1
    if k < 0 or doc[k].text != ",":
        return False
    k -= 1
    while k >= 0 and doc[k].text in lex.honorific_toks:
        k -= 1          # "Gail Teixeira, MP, | Minister of ..."
        if k >= 0 and doc[k].text == ",":
            k -= 1
    if k < 0 or not seg.taken[k]:
        return False
    # a name that has its own role before it takes no apposition (the nearest construction is its
    # premodifier): "the Cuban Ambassador ..., José Ramón Cabañas, | IFCO Executive Director, Gail Walker"
    p = k
    while p > 0 and seg.taken[p - 1]:
        p -= 1
    return _title_before(doc, p, lex, seg) is None


def _plural_title(doc: Doc, rng: tuple[int, int], lex: Lexicon) -> bool:
    """Is the role noun of the title plural? (its head is the last role noun before the first preposition:
    "Speaker of the House of Representatives" is singular)"""
    a, b = rng
    cut = next((k for k in range(a, b) if doc[k].lower_ in OFFICE_PREP), b)
    heads = [k for k in range(a, cut) if doc[k].lower_ in lex.heads]
    return bool(heads) and _plural_head(doc[heads[-1]].text, lex) is not None


def _skip_paren(doc: Doc, i: int) -> int:
    """The token after a short parenthesis opening at i ("Rossbach Suárez | (Mexico) | , Sánchez Rico"), else i."""
    if i < len(doc) and doc[i].text == "(":
        for k in range(i + 1, min(i + 7, len(doc))):
            if doc[k].text == ")":
                return k + 1
    return i


def _coordinated(doc: Doc, prev_end: int, a: int) -> bool:
    """Only "and" / "," between the previous name and this one (after its state in parentheses)."""
    between = [t.text for t in doc[_skip_paren(doc, prev_end):a]]
    return 0 < len(between) <= 2 and all(x in (",", "and", "&") for x in between)


def share_person_fields(hits: list[Hit], fields: tuple[str, ...] = ("country_code", "agency")) -> list[Hit]:
    """Mentions of one person (the same linked name, accent-insensitively) share what the text says of
    them once: a later "Wang" serves China as "Chinese Foreign Minister Wang Yi" does. A mention without
    a value takes the nearest earlier mention's, else the nearest later one's; values are never
    overwritten. Run after link_names."""
    by_name: dict[str, list[int]] = {}
    for i, h in enumerate(hits):
        by_name.setdefault(fold(h.fields["name"]), []).append(i)
    hits = _other_states_secretary(hits, by_name)
    out = list(hits)
    for idx in by_name.values():
        for i in idx:
            h = out[i]
            new = {}
            for f in fields:
                if h.fields.get(f) is not None:
                    continue
                src = [j for j in idx if hits[j].fields.get(f) is not None]
                earlier = [j for j in src if hits[j].start < h.start]
                j = max(earlier, key=lambda j: hits[j].start) if earlier else \
                    min(src, key=lambda j: hits[j].start) if src else None
                if j is not None:
                    new[f] = hits[j].fields[f]
            if new:
                out[i] = Hit(h.start, h.end, h.text, h.extractor, {**h.fields, **new})
    return out


def _other_states_secretary(hits: list[Hit], by_name: dict[str, list[int]]) -> list[Hit]:
    """A bare "Secretary of State" reads as the U.S. one; when another mention of the same person says
    which state they serve ("the Secretary of State for External Relations of Angola, Téte António"), a
    later "Secretary of State Téte António" is that state's, with that mention's agency."""
    out = list(hits)
    for idx in by_name.values():
        told = {(hits[j].fields.get("country_code"), hits[j].fields.get("agency")) for j in idx
                if hits[j].fields.get("country_code") not in (None, "US")
                and (hits[j].fields.get("title") or "").lower() != "secretary of state"}
        if len(told) != 1:
            continue
        cc, agency = next(iter(told))
        for j in idx:
            h = hits[j]
            if (h.fields.get("title") or "").lower() == "secretary of state" and h.fields.get("country_code") == "US":
                out[j] = Hit(h.start, h.end, h.text, h.extractor, {**h.fields, "country_code": cc, "agency": agency})
    return out


_OWN_STAFF = re.compile(r"\b(?:ambassadors?|charg[eé]s?|consuls?|consul-general|counsell?ors?|attach[eé]s?|diplomats?"
                        r"|(?:first|second|third) secretary|head of mission|envoys?)\b", re.I)


def default_country(hits: list[Hit], res: Resources, publisher_cc: str | None,
                    abroad: list[str | None] | None = None) -> list[Hit]:
    """The state of a person the text gives none for: a person every reader places (Trump, Martí,
    Mandela: models/aliases/persons.csv, by the linked full name); else, for a person some mention
    titles with an office other than a diplomat's ("the Vice Minister of Foreign Affairs for
    Cooperation, Valdrack Jaentschke"), the state the item is set in when that is not the publisher's
    (`abroad`, one entry per hit: the mission site's host, else the dateline's state), as readers take
    the ministers and presidents a Cuban mission in Managua meets to be Nicaragua's; else the
    publisher's state, as a reader of a ministry's or embassy's page takes it (most people a page names
    without a state serve the publishing state). Ambassadors, chargés, consuls and counsellors abroad
    are the publisher's own staff, so they keep the publisher's state. Applied after
    share_person_fields: never overrides what the text says."""
    # an official of an intergovernmental body serves no state ("the Secretary-General of the United Nations,
    # António Guterres", "Secretary-General of ASEAN, Dr. Kao Kim Hourn" in Jakarta): neither the item's state
    # nor the publisher's is a default for them
    igo = lambda h: (body := res.agencies.get(h.fields.get("agency") or "")) is not None and body.kind == "igo"  # noqa: E731
    host_of: dict[str, str] = {}
    if abroad is not None:
        for h, st in zip(hits, abroad):
            t = h.fields.get("title")
            if st and st != publisher_cc and t and not _OWN_STAFF.search(t) and h.fields.get("country_code") is None \
                    and not igo(h):
                host_of.setdefault(fold(h.fields["name"]), st)
    out = []
    for h in hits:
        if h.fields.get("country_code") is None and fold(h.fields["name"]) in host_of \
                and fold(h.fields["name"]) not in res.persons:
            h = Hit(h.start, h.end, h.text, h.extractor, {**h.fields, "country_code": host_of[fold(h.fields["name"])]})
        if h.fields.get("country_code") is None:
            cc = res.persons.get(fold(h.fields["name"])) or (None if igo(h) else publisher_cc)
            if cc:
                h = Hit(h.start, h.end, h.text, h.extractor, {**h.fields, "country_code": cc})
        out.append(h)
    return out


def link_names(hits: list[Hit]) -> list[Hit]:
    """Give every mention the fullest form of its name in the document (accent-insensitive token
    containment: 'Vidal' -> 'Josefina Vidal Ferreiro'). Of several longer forms the nearest earlier one
    wins, else the nearest later one ("Castro" after "Raúl Castro" is Raúl even when "Fidel Castro" opens
    the page); the chosen form is then grown the same way to its own fullest form."""
    def toks(n):
        return frozenset(t for t in re.split(r"[\s.]+", fold(n).replace('"', "")) if t)
    keyed = [(toks(o.fields["name"]), o) for o in hits]
    # a last word that stands as a father's name ('Yusuf Bin Alawi Bin | Abdullah'): no short form of that person
    patronymic = {ot: frozenset(re.findall(r"\b(?:bin|bint|ibn|ben)\s+([\w'’-]+)$", fold(o.fields["name"])))
                  for ot, o in keyed}

    def fits(mine: frozenset, ot: frozenset) -> bool:
        # every word of the short form is a word of the long one, an initial matching a given name
        # ("Zéner J. Caro" -> "Zéner Javier Caro González")
        if len(mine) == 1 and mine <= patronymic.get(ot, frozenset()):
            return False    # "King Abdullah" is not "Yusuf Bin Alawi Bin Abdullah"
        return all(t in ot or len(t) == 1 and any(o.startswith(t) for o in ot - mine) for t in mine)

    def variant(mine: frozenset, ot: frozenset) -> bool:
        # the same name with a fuller given name: "Tom Vilsack" -> "Thomas Vilsack" (same initial, the
        # short form's letters in order in the long one)
        a, b = mine - ot, ot - mine
        if len(a) != 1 or len(b) != 1:
            return False
        x, y = next(iter(a)), next(iter(b))
        if len(x) == 1:
            return len(y) > 1 and y[0] == x    # an initial for the given name: "R. Sikorski" -> "Radosław Sikorski"
        it = iter(y)
        return len(y) > len(x) >= 2 and x[0] == y[0] and all(ch in it for ch in x)

    def longer(mine: frozenset, at: int) -> tuple[frozenset, Hit] | None:
        cands = [(ot, o) for ot, o in keyed if len(ot) > len(mine) and fits(mine, ot)
                 or len(ot) == len(mine) and variant(mine, ot)]
        before = [c for c in cands if c[1].start < at]
        after = [c for c in cands if c[1].start > at]
        best = max(before, key=lambda c: c[1].start) if before else \
            min(after, key=lambda c: c[1].start) if after else None
        if best is not None:
            # of forms of one person ("Tom Vilsack", "Thomas Vilsack"), the fullest
            alts = [c for c in cands if len(c[0]) == len(best[0]) and variant(best[0], c[0])]
            best = alts[0] if alts else best
        return best

    out = []
    for h in hits:
        mine, best = toks(h.fields["name"]), h.fields["name"]
        seen = {mine}
        while mine:
            nxt = longer(mine, h.start)
            if nxt is None or nxt[0] in seen:
                break
            seen.add(nxt[0])
            mine, best = nxt[0], nxt[1].fields["name"]
        if best.isupper():
            # a name in capitals is written as the document writes it elsewhere ('LUIS FERNANDO CARRERA CASTRO')
            best = next((o.fields["name"] for ot, o in keyed if ot == mine and not o.fields["name"].isupper()), best)
        if best != h.fields["name"]:
            h = Hit(h.start, h.end, h.text, h.extractor, {**h.fields, "name": best})
        out.append(h)
    return out
