"""Meetings: one row per meeting event an item reports, typed with the closed taxonomy of CONTRACT.md.

Triggers are data (models/meetings.json: per type, regexes over one sentence, with a priority; a rule
may carry its own priority). The algorithm, in pure functions:

1. `sentence_triggers`: per sentence, every trigger match; matches in a background frame ("within
   the context of the law enforcement dialogue", "mechanisms such as political consultations") are
   dropped; overlapping matches keep the higher priority; then the highest-priority *competing* type
   of the sentence wins, while the *independent* types (a visit, a signing) always survive, so "during
   her visit she met ..." gives a visit and its meetings.
2. `_mentions`: each match gets a scope (up to the next match of its type in the sentence) and, from
   it, its date, its destination list (a visit to "Norway, Sweden and Belgium" is three visits) and
   its counterparts (the people named after "met with": one bilateral meeting per counterpart).
3. `_group`: mentions of one type in one item are one event unless their explicit dates, their
   destinations or their counterparts differ ("a fourth meeting ... a continuity of the one held ...
   on September 15, 2017" is two).
4. `_finish`: status (planned cues), round ("eighth", "3rd", "XVIII"), dates (else the item's date for
   held meetings), place (a place after "in"/"at" or the visit's "to", an embassy's host, a city of
   the event's sentences, the dateline, the host state for credentials, the visited country for a
   meeting during a visit), parties, officials, agencies, the PLOVER/CAMEO mapping.

Second round (generalization): the dateline's date is only a last-resort event date and never tells
two mentions apart; a visit's destination must stand near its trigger; a meeting during a tour takes
the visited country its counterpart serves before any other visit's country.

Third round: a type may survive next to the sentence's top type when its cue stands there
(`alongside`: 'met ... on the margins of the G7 Meeting'); a tour written as a bare list of
countries gives one visit per country (`_tour_list`); a place right after a trigger ('their meeting in
San Francisco') tells two meetings apart; people after 'accompanied by' are no counterparts; a place
after 'in' only locates a meeting near one of its triggers; a bare 'this conference' refers back to
the event named in full (`_anaphora`).

Fourth round: a date alone on its line (or closing a source line) is the post's, not an event's; a
held event takes no date after its report; 'During the celebration, ...' refers back to the event
told before (no dates of its own, joins it); a dateline glued to the headline's line dates and places
the item; a UN body's meeting is placed only by a locative next to it (or a dateline naming the UN);
planned cues count within the trigger's clause, plus a cue right before it ('ahead of the vote'); a
session or a credentials presentation takes over the date and place of the bare 'met' it absorbs;
'our Minister ...' after a trigger is the publisher's side, not a counterpart.

Fifth round (guide conformance on new wordings): an earlier event told as background ('their previous
meeting', 'Last year ... travelled to', 'the Commission last met') is its own event and takes neither
the dateline's date nor its place; a city places an event only where a place is written (a line
start, a locative, a 'City, Country' or 'City, date' stamp), not as a title's or an origin's ('the
Mayor of Toronto', 'a delegation from Havana'); credentials are placed in the recipient's state; a
meeting told with a dated visit takes its dates, with a planned visit its planned status; 'the next
round will take place in Havana' is a planned session of the item's mechanism; a relative clause
after a trigger ('signed ... that will promote') does not make it planned.

Sixth round (blind pages of the fifth session): a headline's event takes the date its body tells (a
date near the headline is the post's); mentions whose dates nest ('in June', 'June 14-16') are one
event; 'counterparts from A, B and C' and 'his Saudi, Omani and Iraqi counterparts' give one bilateral
meeting per state; after a credentials ceremony, 'the meeting with <envoy>' is that envoy's meeting;
people and dates after 'at the invitation of' or 'in the framework of' belong to another event;
credentials on the receiving state's own page are placed there.
"""
from __future__ import annotations

import datetime as dt
import functools
import json
import re
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc

from ..resources import Resources, fold
from ..nlp import HONORIFIC_ABBREVIATIONS
from .context import Context, Hit, doc_text
from .dates import DATE_LINE_REST

ORDINALS = {w: i for i, w in enumerate(
    "zeroth first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
    "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split())}
ORDINALS["inaugural"] = 1   # 'the inaugural round in Seoul'
_ROUND = re.compile(r"\b(?P<w>" + "|".join(ORDINALS) + r")\b|\b(?P<n>\d{1,2})(?:st|nd|rd|th)\b|\b(?P<r>[XVI]{1,6})\b",
                    re.IGNORECASE)
# a place is the meeting's place when a locative stands right before it ("held in Washington",
# "at the Embassy"); for a visit also its destination ("visit to Azerbaijan", "arrived in Baku")
_LOCATIVE = re.compile(r"\b(?:in|at)\s+(?:the\s+)?$", re.IGNORECASE)
_DESTINATION = re.compile(r"\b(?:in|at|to|of|visit(?:s|ed|ing)?|toured|touring|also included|which included|headed for)\s+(?:the\s+)?$",
                          re.IGNORECASE)
_DEST_REACH = 60
_VISITOR_TO = re.compile(r"\S+\s+of\s+[^,;:()\n]+?\s+to\s+(?:the\s+)?", re.IGNORECASE)
_OF_CUE = re.compile(r"\bof\s+(?:the\s+)?$", re.IGNORECASE)
_OF_NEAR = re.compile(r"^\S+(?:\s+\S+){0,3}\s+of\s+(?:the\s+)?$", re.IGNORECASE)   # 'visited the city of '

# places in one list: "Norway, Sweden, Denmark, Finland and Belgium"
_LIST_GAP = re.compile(r"^\s*(?:,|;|,?\s+and|,?\s+&)\s*(?:the\s+)?$", re.IGNORECASE)
_EMBASSY_HOST = re.compile(r"^(?:Embassy|Consulate(?: General)?|Residence) of .+? in (?P<host>.+)$")
_YEAR_IN = re.compile(r"(?:\bin|\b(?:semester|half|quarter|trimester) of)\s+$", re.IGNORECASE)
#: a part of a year written before it ('in the first semester of 2019', 'the second half of 2024', 'the first
#: quarter of 2020'): a planned meeting's dates are that part (the date mention itself is the year)
_YEAR_PART = re.compile(r"\b(?P<n>first|second|third|fourth|last|1st|2nd|3rd|4th)\s+(?P<p>semester|half|quarter|trimester)\s+of\s+$",
                        re.IGNORECASE)
_PART_N = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}


def year_part(text: str, h: Hit, off: int) -> tuple[dt.date, dt.date] | None:
    """The part of the year a year mention is written as ('the first semester of 2019' -> January-June)."""
    if h.fields["granularity"] != "year" or h.fields["date_start"] is None:
        return None
    m = _YEAR_PART.search(text[max(0, h.start - off - 40):h.start - off])
    if m is None:
        return None
    parts = 2 if m["p"].lower() in ("semester", "half") else (3 if m["p"].lower() == "trimester" else 4)
    n = parts if m["n"].lower() == "last" else _PART_N[m["n"].lower()]
    if n > parts:
        return None
    y, months = h.fields["date_start"].year, 12 // parts
    first = dt.date(y, (n - 1) * months + 1, 1)
    last = dt.date(y + 1, 1, 1) if n == parts else dt.date(y, n * months + 1, 1)
    return first, last - dt.timedelta(days=1)
# a place standing right after its trigger is that mention's own place ('their meeting in San
# Francisco', 'met in Havana'): two mentions with different own places are two events
_OWN_PLACE_GAP = re.compile(r"^\s*(?:,\s*)?(?:held\s+)?(?:in|at)\s+(?:the\s+)?$", re.IGNORECASE)
# a gathering named after its host city: 'the 61st Munich Security Conference', 'the Antalya Diplomacy Forum'
# (the city's name, then capitalized words up to the capitalized trigger; not a body named after a city,
# whose sessions move: 'the Shanghai Cooperation Organisation Summit')
_NAMED_AFTER_GAP = re.compile(r"(?:\s+(?!(?:Cooperation|Organi[sz]ation|Union|Community|Group|Process|Treaty|Pact|"
                              r"Initiative|Agreement)\b)[A-Z][\w-]*){0,3}\s+")
# a tour written as a bare list of countries ('The tour includes ... Trinidad and Tobago, Barbados,
# Guyana, and Jamaica'): a list this long is the itinerary even without a destination cue
_TOUR_LIST_MIN = 3
# a place after 'in'/'at' is the meeting's only when it stands this close to one of its triggers
# ('especially in Cuba and Kenya' three sentences on is no meeting place)
_LOCATIVE_REACH = 150
_REMOTE_REACH = 40
# people named after these cues came along with a side, they are no further counterparts ('a
# farewell lunch to Mr. Philip St Hill ..., who was accompanied by his spouse Stephanie'; 'the
# delegation, also integrated by ... Jorge Luis Mayo')
_CIRCUMSTANCE = re.compile(r"\b(?:(?:with)?in the framework of|at the invitation of)\b", re.IGNORECASE)
_COMPANY = re.compile(r"\b(?:accompanied|integrated|joined|escorted|flanked) by\b|\b(?:along|together) with\b|"
                      r"\b(?:his|her) (?:wife|husband|spouse)\b|"
                      # ('... to pay a courtesy call and conveyed greetings from Thai Prime Minister Srettha')
                      r"\b(?:greetings|regards|wishes|message|letter|invitation)s? (?:from|of) |\bon behalf of\b",
                      re.IGNORECASE)
# a visit one is invited to make ('extended an invitation for the Lao Prime Minister to visit Thailand')
_INVITED = re.compile(r"\binvit(?:ation|ations|ed|es|ing)\b", re.IGNORECASE)
# 'our Minister of Foreign Affairs, Bruno Rodríguez': the publisher's own side, no counterpart
_OUR = re.compile(r"\bour (?:[\w'’.-]+,? ){0,6}$", re.IGNORECASE)
# an online event has no place, whatever the dateline says
# 'During the celebration, the Ambassador reviewed ... the visit to Cuba in January 1960': a trigger
# after these words refers back to the event the item has told; the dates of its sentence are others'
_BACKREF_CUES = r"during|at|after|following|throughout|in the course of"
#: 'a day after the inauguration ...': a time reckoned from another event, which is told with its own date
_SPAN_AFTER = re.compile(r"\b(?:a|an|one|two|three|four|five|\d+)\s+(?:days?|weeks?|months?|hours?|years?)\s+after\s+(?:the\s+)?$",
                         re.IGNORECASE)
_GAP_CLAUSE = re.compile(r"[,;]|\b(?:and|when|where|which|who|that|while|after|before)\b", re.IGNORECASE)
_OWN_DAY_GAP = re.compile(r",?\s*(?:(?:held|which took place|that took place)\s+)?(?:last|on|this|of|on last)?\s*", re.IGNORECASE)
_POSSESSIVE_BEFORE = re.compile(r"\b(?:his|her|their|its)\s+$", re.IGNORECASE)
_BACKREF = re.compile(rf"\b(?:{_BACKREF_CUES}|on the occasion of)\s+(?:(?:the|this|that|said|his|her|their|its)\s+)?$", re.IGNORECASE)
# the state credentials are presented to: 'to the President of ', 'Ambassador of Cuba to ', 'accredited to '
_RECIPIENT = re.compile(r"\b(?i:to|before)\s+(?:the\s+)?(?:[A-Z][\w.'’-]*,?\s+|of\s+(?:the\s+)?|and\s+){0,8}$")
#: the item's standing body as the subject of a bare 'met': 'The Commission, which last | met', 'the Joint Council last'
_BODY_MET = re.compile(r"\b(?:the|The|This|this|Its|its)\s+(?:(?:Joint|Mixed|Intergovernmental|Bilateral)\s+)?"
                       r"(?:Commission|Council|Committee)\b(?:,?\s+which)?(?:\s+(?:had|has|have))?(?:\s+(?:last|previously|first))?\s*$")
_MET = re.compile(r"met|meets|convened|gathered", re.IGNORECASE)
# ('held this Tuesday the third round of Political Consultations': an article and an ordinal may stand between)
# (not 'concluded this Thursday a working visit': the day a visit ended)
_ADJ_GAP = re.compile(r"\s*(?:also|officially|jointly|formally)?\s*(?:(?:the|a)\s+(?:new|" + "|".join(ORDINALS)
                      + r"|\d{1,2}(?:st|nd|rd|th)|[XVI]{1,6})\s+)?", re.IGNORECASE)
_RELATIVE = re.compile(r"\b(?:that|which|who|whom|whose|where|in order to|aimed at|with the aim)\b", re.IGNORECASE)
# (an enumerating connective may open the line: 'First, on Monday morning, July 4, the Minister will meet')
_LEAD_GAP = re.compile(r"\s*(?:(?:first|second|third|next|then|also|finally|lastly|later|previously|earlier|subsequently|"
                       r"afterwards|meanwhile|likewise|additionally|moreover)\s*,\s*)?(?:on\s+)?"
                       r"(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s*(?:morning|afternoon|evening|night)?\s*,?\s*)?",
                       re.IGNORECASE)
_ENCLOSED_RELATIVE = re.compile(r",\s*(?:who|which|whose)\b[^,;]*,", re.IGNORECASE)
_ONLINE = re.compile(r"\b(?:online|virtual(?:ly)?|videoconference|video conference|webinar|via zoom)\b", re.IGNORECASE)


@dataclass
class Trigger:
    type: str
    start: int   # segment offsets
    end: int
    sent: int    # sentence index
    priority: int
    in_head: bool = False   # in the item's headline


@dataclass
class Mention:
    trig: Trigger
    scope: tuple[int, int]                       # segment offsets of the text this trigger governs
    date: Hit | None = None                      # an explicit date in its scope
    own_date: bool = False                       # the date follows the trigger ('the one held on ...')
    weak_date: bool = False                      # the date is the dateline's (a last resort)
    dest: Hit | None = None                      # official_visit: one destination
    counterpart: str | None = None               # bilateral_meeting: one person met
    counterpart_cc: str | None = None            # the state that person serves
    subjects: tuple[str, ...] = ()               # bilateral_meeting: the people named before the trigger
    own_place: str | None = None                 # a place right after the trigger ('their meeting in San Francisco')
    near_places: tuple[str, ...] = ()            # places after 'in'/'at' shortly after the trigger
    backref: bool = False                        # 'During the celebration, ...': the event told before
    with_counterpart: bool = False               # 'the meeting with <person>' (not 'present at the call were ...')
    earlier: bool = False                        # 'their previous meeting', 'last year ... travelled to'
    listed_place: Hit | None = None              # one entry of a list of sessions by place and date: its place
    invited: bool = False                        # a visit someone is invited to make ('an invitation ... to visit')
    leg: bool = False                            # one country of a visit to several ('a tour of A, B and C')
    sentence: tuple[int, int] = (0, 0)           # its sentence's offsets


@dataclass
class Event:
    type: str
    first: Mention
    sents: set[int] = field(default_factory=set)
    date: Hit | None = None
    weak_date: bool = False
    own_date: bool = False                          # the date follows one of its triggers
    dest: Hit | None = None
    counterparts: set[str] = field(default_factory=set)
    counterpart_ccs: set[str] = field(default_factory=set)
    subjects: set[str] = field(default_factory=set)
    places: set[str] = field(default_factory=set)   # the mentions' own and near places
    trigs: list[Trigger] = field(default_factory=list)
    next_place: Hit | None = None                   # the announced next session: its place, and no other
    next_session: bool = False
    listed: bool = False                            # one entry of a list of sessions: next_place is its place

    @property
    def earlier(self) -> bool:
        """Background, not news: neither the dateline's date nor its place are this event's."""
        return self.first.earlier


# ---------------------------------------------------------------- rules (data -> compiled, cached)
@dataclass(frozen=True, eq=False)   # hashed by identity: compiled once per spec, a cheap cache key
class Rules:
    triggers: tuple[tuple[str, re.Pattern, int], ...]   # (type, regex, priority)
    planned: tuple[re.Pattern, ...]
    held: tuple[re.Pattern, ...]
    not_meeting: tuple[re.Pattern, ...]
    background: re.Pattern | None
    independent: frozenset[str]
    sessions: frozenset[str]      # types that are sessions of a standing mechanism
    rounds: frozenset[str]        # types that carry a round number
    not_meeting_date: re.Pattern | None
    alongside: tuple[tuple[str, re.Pattern], ...] = ()   # (type, cue): survives next to the top type
    any_trigger: re.Pattern | None = None    # all triggers in one alternation: most sentences have none
    planned_before: re.Pattern | None = None  # cue right before a trigger: 'ahead of the vote'
    remote_body: re.Pattern | None = None     # a trigger naming a body that sits elsewhere (the UN)
    type_background: tuple[tuple[str, re.Pattern], ...] = ()   # (type, cue before its trigger): no event
    earlier: re.Pattern | None = None          # cue in the trigger's clause before it: an earlier event
    civil_event: re.Pattern | None = None      # a conference-like trigger ...
    civil_host: re.Pattern | None = None       # ... that a civil-society body holds: a ceremony
    session_parties: re.Pattern | None = None  # a sentence opening on a session's sides ('The parties ...') ...
    session_exchange: re.Pattern | None = None  # ... and their exchange of views: the session, no meeting


@functools.lru_cache(maxsize=4)
def _compile(spec_json: str) -> Rules:
    spec = json.loads(spec_json)
    trig = []
    for t, tspec in spec["types"].items():
        for p in tspec["triggers"]:
            pat, prio = (p, tspec["priority"]) if isinstance(p, str) else (p["re"], p.get("priority", tspec["priority"]))
            trig.append((t, re.compile(pat, re.IGNORECASE), prio))
    comp = lambda key: tuple(re.compile(p, re.IGNORECASE) for p in spec.get(key, []))  # noqa: E731
    bg = spec.get("background")
    return Rules(tuple(trig), comp("planned"), comp("held"), comp("not_meeting"),
                 re.compile("(?:" + "|".join(bg) + r")\s*$", re.IGNORECASE) if bg else None,
                 frozenset(spec.get("independent", [])), frozenset(spec.get("sessions", [])),
                 frozenset(spec.get("rounds", spec["types"])),
                 re.compile("(?:" + "|".join(spec["not_meeting_date"]) + r")\s*$", re.IGNORECASE)
                 if spec.get("not_meeting_date") else None,
                 tuple((t, re.compile("|".join(cues), re.IGNORECASE)) for t, cues in spec.get("alongside", {}).items()),
                 re.compile("|".join(f"(?:{p.pattern})" for _, p, _ in trig), re.IGNORECASE) if trig else None,
                 re.compile("(?:" + "|".join(spec["planned_before"]) + r")\s*$", re.IGNORECASE)
                 if spec.get("planned_before") else None,
                 re.compile("|".join(spec["remote_body"]), re.IGNORECASE) if spec.get("remote_body") else None,
                 tuple((t, re.compile("(?:" + "|".join(cues) + r")\s*$", re.IGNORECASE))
                       for t, cues in spec.get("type_background", {}).items()),
                 re.compile("|".join(spec["earlier"]), re.IGNORECASE) if spec.get("earlier") else None,
                 *(re.compile("|".join(spec["civil"][k]), re.IGNORECASE) if spec.get("civil") else None
                   for k in ("event", "host")),
                 *(re.compile(spec["session_parties"][k], re.IGNORECASE) if spec.get("session_parties") else None
                   for k in ("subject", "trigger")))


_BY_SPEC: dict[int, tuple[dict, Rules]] = {}


def rules(res: Resources) -> Rules:
    """The compiled rules of a Resources object (compiled once per loaded spec, not per item)."""
    spec = res.extra["meetings"]
    hit = _BY_SPEC.get(id(spec))
    if hit is None or hit[0] is not spec:
        hit = (spec, _compile(json.dumps(spec, sort_keys=True)))
        _BY_SPEC[id(spec)] = hit
    return hit[1]


# ---------------------------------------------------------------- small pure helpers
def roman(s: str) -> int | None:
    vals = {"I": 1, "V": 5, "X": 10}
    total, prev = 0, 0
    for ch in reversed(s.upper()):
        v = vals.get(ch)
        if v is None:
            return None
        total = total - v if v < prev else total + v
        prev = max(prev, v)
    return total or None


def round_before(text: str, pos: int) -> int | None:
    """The ordinal nearest before `pos` and at most 40 characters away ('the eighth technical
    exchange', 'the 3rd round', 'XVIII session'); uppercase Roman numerals only."""
    best = None
    for m in _ROUND.finditer(text[:pos]):
        if pos - m.end() > 40:
            continue
        if m["w"]:
            v = ORDINALS[m["w"].lower()]
        elif m["n"]:
            v = int(m["n"])
        else:
            if not m["r"].isupper():
                continue
            v = roman(m["r"])
        if v:
            best = v
    return best


@functools.lru_cache(maxsize=8192)
def sentence_triggers(text: str, rl: Rules) -> tuple[tuple[str, int, int, int], ...]:
    """The kept trigger matches of one sentence: (type, start, end, priority), in text order.
    Cached: an item's event rows ask again about the sentences their triggers came from."""
    if rl.any_trigger is not None and not rl.any_trigger.search(text):
        return ()
    if any(p.search(text) for p in rl.not_meeting):
        return ()
    found = []
    for mtype, pat, prio in rl.triggers:
        for m in pat.finditer(text):
            end = m.start() + len(m.group().rstrip())     # 'visit to ' before a lookahead: no trailing space
            if end == m.start():
                continue
            if rl.background is not None and rl.background.search(text[max(0, m.start() - 60):m.start()]):
                continue
            if any(t == mtype and cue.search(text[max(0, m.start() - 60):m.start()]) for t, cue in rl.type_background):
                continue
            # ('The parties reviewed the course of relations ... and exchanged views on ...': the session's sides)
            if mtype == "bilateral_meeting" and rl.session_parties is not None and rl.session_exchange.match(m.group()) \
                    and rl.session_parties.match(text) and not _WITH_AFTER.match(text, end):
                continue
            found.append((mtype, m.start(), end, prio))
    # overlapping matches: the higher priority (then the longer) wins
    found.sort(key=lambda t: (-t[3], -(t[2] - t[1]), t[1]))
    kept: list[tuple[str, int, int, int]] = []
    for f in found:
        if all(f[2] <= k[1] or f[1] >= k[2] for k in kept):
            kept.append(f)
    # a type with its cue in the sentence survives too ('met ... on the margins of the G7 Meeting')
    free = rl.independent | {t for t, cue in rl.alongside if cue.search(text)}
    # the top type is chosen per clause: 'held talks with the President of Vietnam and later attended a
    # reception offered in his honour' reports two events
    cuts = [m.start() for m in _CLAUSE_CUT.finditer(text)]
    clause = lambda k: sum(c <= k[1] for c in cuts)  # noqa: E731
    # an event the sentence names as ahead ('received by Foreign Minister Cafiero ahead of the CELAC Summit',
    # 'the preparations for the summit') is told besides the one reported: it takes no clause's top (a
    # ceremony word is no such event: 'the upcoming celebration in Havana of the Summit' names the summit)
    ahead = {k for k in kept if k[0] != "ceremony" and (
        rl.planned_before is not None and rl.planned_before.search(text[max(0, k[1] - 40):k[1]])
        or _TO_BE_HELD.match(text, k[2]))}
    # so is an event named in a relative clause after another trigger ('was received by the Deputy Prime
    # Minister ..., to whom he conveyed the gratitude of Cuba for the vote ... at the General Assembly')
    ahead |= {k for k in kept if any(o[2] <= k[1] and _WHOM.search(text, o[2], k[1]) for o in kept if o is not k)}
    tops: dict[int, str] = {}
    for k in kept:
        if k[0] not in free and k not in ahead:
            tops.setdefault(clause(k), k[0])
    return tuple(sorted((k for k in kept if k[0] in free or k in ahead or tops.get(clause(k)) == k[0]),
                        key=lambda t: t[1]))


_OWN_CLAUSE = re.compile(r"\s+(?:took place|was held|were held|had taken place|has taken place|had been held)\b", re.IGNORECASE)
_WITH_AFTER = re.compile(r"[^.;]{0,100}?\bwith\b", re.IGNORECASE)
_WHOM = re.compile(r",\s*(?:(?:to|with|from|for|of) )?(?:whom|which|whose)\b", re.IGNORECASE)

#: an event announced right after its name ('the summit to be held on January 24'); _TO_BE_HELD_AT finds
#: the announcement later in a sentence
_ANNOUNCED = r"(?:(?:which|that) (?:will|is to) (?:be held|take place)|to be held|scheduled (?:for|to))\b"
_TO_BE_HELD = re.compile(r"\s*,?\s*" + _ANNOUNCED, re.IGNORECASE)
_TO_BE_HELD_AT = re.compile(r"(?<=\s)" + _ANNOUNCED, re.IGNORECASE)
_EVENT_NOUN = re.compile(r"\b(?:summit|meeting|conference|session|forum|round|talks|consultations|commission|visit|"
                         r"assembly|congress|ceremony|event|dialogue|vote|edition)s?\b", re.IGNORECASE)

#: a clause that reports a further event: 'and later', 'and then', '; ', ', after which'
#: a past report, then what the sides agreed ('highlighted the technical meeting ... held in Havana in March, and
#: agreed to convene the next round of talks in Havana'): the agreed clause's tense is not the report's
_RECALLED = re.compile(r",?\s+and (?:also )?(?:recalled|remembered|evoked|recalling)\b", re.IGNORECASE)
_AGREED_CUT = re.compile(r",? and (?:(?:both|the two) (?:sides|parties|delegations) |the (?:sides|parties|delegations) |they )?"
                         r"(?:agreed|decided|resolved|pledged|committed|undertook) to\b", re.IGNORECASE)
_CLAUSE_CUT = re.compile(r",? and (?:later|then|afterwards|subsequently|also)\b|;\s|, after which\b|,? before (?:attending|holding|meeting|visiting)\b"
                         rf"|{_AGREED_CUT.pattern}", re.IGNORECASE)


def _first_date(dates: list[Hit], a: int, b: int, text: str, offset: int, skip: re.Pattern | None = None) -> Hit | None:
    """The first resolved date in [a, b): a day or range first, else a month, else a year written
    after 'in' ('in 2015'; not 'the 1994 Accords'). `skip`: cues before a date that make it no
    meeting's date ('a channel set up in September 2008', 'since May 2017')."""
    inside = [d for d in dates if a <= d.start < b and d.fields["date_start"] is not None
              and not (skip is not None and skip.search(text[max(0, d.start - offset - 120):d.start - offset]))]
    for ok in (lambda d: d.fields["granularity"] == "day", lambda d: d.fields["granularity"] == "month",
               lambda d: d.fields["granularity"] == "year" and _YEAR_IN.search(text[max(0, d.start - offset - 20):d.start - offset])):
        c = [d for d in inside if ok(d)]
        if c:
            return c[0]
    return None


#: a state before the visitor's title is the visitor's ('visiting US Secretary of State Mike Pompeo')
_VISITOR_STATE = re.compile(r"(?:['’]s)?\s+(?:Secretary|Minister|President|Prime|Vice|Deputy|Foreign|Defen[cs]e|Ambassador|Chancellor|"
                            r"Premier|King|Queen|Prince|Senator|delegation|counterpart|envoy|officials?)\b"
                            # ('the visit of the President of the Czech Republic Miloš Zeman to the Republic of Serbia')
                            r"|\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){1,3}\s+to\b", re.IGNORECASE)


def _destinations(locs: list[Hit], a: int, b: int, text: str, offset: int) -> list[Hit]:
    """A visit's destinations in its scope: the first place after a destination cue, then the
    places listed right after it ('visit to Norway, Sweden and Belgium'); one per country."""
    cands = sorted((h for h in locs if a <= h.start < b and h.fields.get("kind") in ("country", "city", "admin1")
                    and h.fields.get("country_code")), key=lambda h: h.start)
    out: list[Hit] = []
    for k, h in enumerate(cands):
        before = text[max(0, h.start - offset - 14):h.start - offset]
        # the destination stands close to the trigger ('visit of Ernesto Che Guevara to Indonesia');
        # a place further on belongs to another clause ('the first visit to several cities in this
        # territory and an opportunity to expose the reality of Cuba'); a bare 'of' only right
        # after the trigger ('visited the city of Toronto')
        gap = text[a - offset:h.start - offset]
        # ('the recent visit of the Chairman of the Halk Maslahaty of Turkmenistan Gurbanguly
        # Berdimuhamedov to Turkey': a visitor named in full after 'of' reaches further to its 'to')
        if len(gap) > _DEST_REACH and not (len(gap) <= 2 * _DEST_REACH and _VISITOR_TO.fullmatch(gap)):
            break
        if _DESTINATION.search(before) and (not _OF_CUE.search(before) or _OF_NEAR.match(gap)) \
                and not _VISITOR_STATE.match(text, h.end - offset):
            out = _listed_from(cands, k, text, offset)
            break
    seen, uniq = set(), []
    for h in out:
        cc = h.fields["country_code"]
        if cc in seen:
            continue
        seen.add(cc)
        uniq.append(h)
    return uniq


def _listed_from(cands: list[Hit], k: int, text: str, offset: int) -> list[Hit]:
    """cands[k] and the candidates listed right after it ('Norway, Sweden and Belgium'), in order."""
    out = [cands[k]]
    for h in cands[k + 1:]:
        # ('during his working visit to New York, Kyrgyz Republic's Minister ...': a state before its
        # official's title is the visitor's, no further destination)
        if not _LIST_GAP.match(text[out[-1].end - offset:h.start - offset]) or \
                _VISITOR_STATE.match(text, h.end - offset):
            break
        out.append(h)
    return out


def _tour_list(locs: list[Hit], a: int, b: int, text: str, offset: int, home: str | None) -> list[Hit]:
    """The countries of a tour written as a list without a destination cue: when the span [a, b)
    holds a list of at least _TOUR_LIST_MIN countries, every country named in it but the visitor's
    own ('in addition to Surinam, the four countries ..., Trinidad and Tobago, Barbados, Guyana,
    and Jamaica')."""
    cands = sorted((h for h in locs if a <= h.start < b and h.fields.get("kind") == "country"
                    and h.fields.get("country_code") and h.fields["country_code"] != home), key=lambda h: h.start)
    run = best = 1 if cands else 0
    for x, y in zip(cands, cands[1:]):
        run = run + 1 if _LIST_GAP.match(text[x.end - offset:y.start - offset]) else 1
        best = max(best, run)
    if best < _TOUR_LIST_MIN:
        return []
    seen: dict[str, Hit] = {}
    for h in cands:
        seen.setdefault(h.fields["country_code"], h)
    return list(seen.values())


def _same_person(a: str, b: str) -> bool:
    """'Wang Yi' and a later 'Wang', 'Le Hoai Trung' and 'Trung' are one person: one name's words are
    all in the other's. A shared family name alone is not ('Gotabaya Rajapaksa', 'Mahinda Rajapaksa')."""
    wa = {w for w in fold(a).split() if len(w) > 2}
    wb = {w for w in fold(b).split() if len(w) > 2}
    return bool(wa and wb and (wa <= wb or wb <= wa))


# ---------------------------------------------------------------- the annotator


def _sentences(doc: Doc) -> list:
    """The parser's sentences, rejoined where it split after an honorific abbreviation ('paid a courtesy call
    on the Most Hon. | Andrew Holness'): the parser does not always keep the boundary honorific_glue unset."""
    # the parser may also end a sentence inside a name ('... Deputy Minister of Foreign Affairs Gerardo | Peñalver
    # Portal co-chaired'): a sentence it ended mid-line without closing punctuation goes on
    out: list = []
    for s in doc.sents:
        prev = out[-1] if out else None
        if prev is not None and len(prev) >= 2 and s.text[:1].isupper() and (
                prev[-1].text in HONORIFIC_ABBREVIATIONS
                or prev[-1].text == "." and prev[-2].text + "." in HONORIFIC_ABBREVIATIONS and not prev[-2].whitespace_):
            out[-1] = doc[prev.start:s.end]
        elif prev is not None and "\n" not in doc.text[prev.end_char:s.start_char] and prev[-1].whitespace_ \
                and "\n" not in prev[-1].whitespace_ and not _SENT_CLOSE.search(prev.text):
            out[-1] = doc[prev.start:s.end]
        else:
            out.append(s)
    return out


_SENT_CLOSE = re.compile(r"[.!?:;\"”’)»]\s*$")


def find(doc: Doc, ctx: Context, dates: list[Hit], locations: list[Hit], officials: list[Hit],
         agencies: list[Hit]) -> list[dict]:
    """Meeting rows of one item. Reads the item's date, location, official and agency hits; returns
    dicts with the columns of the meetings table (offsets in documents.text)."""
    rl = rules(ctx.res)
    off = ctx.offset
    text = doc_text(doc)
    if ctx.item_date is None and (ctx.dateline is None or ctx.dateline.date is None):
        ctx = _glued_dateline(ctx, text, dates, locations)
    sents = _sentences(doc)
    # the dateline's date is the report's date, not an event's ('Kingston, November 7th, 2018.- Last
    # November 6th, 2018, the talks ...'): a date written in the text wins over it, and it does not
    # tell two mentions apart; it stays a last resort ('Des Moines, June 3, 2016 - FRIDAY, Vilsack will
    # host ...'). Only a date line or a dateline whose place resolved is trusted ('On Friday, February
    # 27,' is none).
    dl = ctx.dateline
    dl_dates: list[Hit] = []
    if dl is not None and (dl.place is None or ctx.dateline_cc):
        dl_dates = [d for d in dates if dl.start <= d.start < dl.end]
        dates = [d for d in dates if not dl.start <= d.start < dl.end]
    # a date alone on its line under a headline ('Monday, May 22, 2017') is the post's date, not an
    # event's: the item's date (its dateline's, else that line's) stands for it
    # (without an item date, it is the last resort the dateline's date would be)
    post = [d for d in dates if _post_date_line(d, text, off)]
    if post:
        dates = [d for d in dates if d not in post]
        if ctx.item_date is None:
            dl_dates = dl_dates + post
    head_end = ctx.body_start - off if ctx.body_start is not None else -1
    # nationality adjectives (the nation ruler's spans: "Saudi" -> SA), for lists of counterparts
    nations = sorted((sp.start_char + off, sp.end_char + off, sp.id_) for sp in doc.spans.get("nations", []))
    mentions: list[Mention] = []
    kept_by_sent = [sentence_triggers(sent.text, rl) for sent in sents]
    commission = any(k[0] == "bilateral_commission" for kept in kept_by_sent for k in kept)
    for si, sent in enumerate(sents):
        kept = kept_by_sent[si]
        if commission:
            # 'The Commission, which last met in Santo Domingo in November 2016': the standing body the item
            # reports met, a session of it (not a meeting of people)
            kept = tuple((("bilateral_commission", *k[1:]) if k[0] == "bilateral_meeting"
                          and _BODY_MET.search(sent.text[:k[1]]) and _MET.fullmatch(sent.text[k[1]:k[2]]) else k)
                         for k in kept)
        # 'agreed to hold the next round of Consultations in New Delhi': the announced next session is
        # its own event (_next_sessions), not a mention of the one reported
        nexts = [(m.start(), m.end()) for m in _NEXT.finditer(sent.text)] if kept else []
        for j, (mtype, a, b, prio) in enumerate(kept):
            if mtype in rl.sessions and any(x < b and a < y for x, y in nexts) and _is_planned(sent.text, a, rl):
                continue
            s0 = sent.start_char
            nxt = next((k[1] for k in kept[j + 1:] if k[0] == mtype), len(sent.text))
            prv = max((k[2] for k in kept[:j] if k[0] == mtype), default=0)
            trig = Trigger(mtype, s0 + a, s0 + b, si, prio, s0 + a < head_end)
            # the scope of a trigger: its sentence, cut at the neighbouring triggers of its type and
            # at line breaks (the parser may glue a headline, a photo caption and the first
            # paragraph into one sentence)
            lo, hi = s0 + prv, s0 + nxt
            nl = text.rfind("\n", lo, s0 + a)
            lo = nl + 1 if nl >= 0 else lo
            nl = text.find("\n", s0 + b, hi)
            hi = nl if nl >= 0 else hi
            scope = (lo + off, hi + off)
            # an earlier event, told as background ('their previous meeting', 'Last year the Senator
            # travelled to Havana', 'the Commission last met'): its cue stands in the trigger's own
            # stretch of the clause, after any other trigger (their 'met with X, and recalled the
            # visit of 1991' leaves the 'met' news)
            e_lo = max([k[2] for k in kept[:j]] + [sent.text.rfind(";", 0, a) + 1, lo - s0])
            earlier = rl.earlier is not None and bool(rl.earlier.search(sent.text, e_lo, b))
            found = _mentions(trig, scope, (s0 + prv + off, s0 + nxt + off), text, off, dates, locations, officials,
                              rl.not_meeting_date, [] if earlier else dl_dates, ctx.publisher_cc, earlier, nations, agencies)
            found = [replace(m, sentence=(s0 + off, s0 + len(sent.text) + off)) for m in found]
            if mtype == "official_visit" and _INVITED.search(sent.text, max(e_lo, a - 80), a):
                found = [replace(m, invited=True) for m in found]
            mentions.extend(x for m in found for x in _listed_sessions(m, sents, text, off, dates, locations))
    # a headline names the event its body tells ('Minister Joly meets with French counterpart' / 'The
    # Minister ... met yesterday with Jean-Yves Le Drian'): the date near it is the post's, a last resort
    mentions = [replace(m, weak_date=True) if m.trig.in_head and m.date is not None else m for m in mentions]
    events = _group(mentions)
    events += _next_sessions(events, sents, text, off, dates, locations, rl)
    events += _previous_sessions(events, sents, text, off, dates, locations, rl)
    events = _civil_events(_anaphora(_absorb(events, rl, text, sents), text), sents, text, agencies, off, rl)
    events = [e for e in events if e.type != "official_visit" or _state_actor(e, sents, text, officials, agencies, off)]
    rows: dict[int, dict] = {}      # one row per event: an event is also read as a later one's occasion
    out = [_finish(e, doc, ctx, rl, sents, events, dates, locations, officials, agencies, rows) for e in events]
    return [r for e, row in zip(events, out) for r in _calls_listed(e, row, sents, officials, off)]


#: several calls announced in one sentence ('Telephone calls were held between ... and several of his counterparts')
_PLURAL_CALLS = re.compile(r"\b(?:calls|conversations)\b", re.IGNORECASE)
#: the sentence after it that lists whom they were with ('Discussions were held with A, ...; B, ...; and C, ...')
_CALLS_WITH = re.compile(r"^\W*(?:the\s+)?(?:discussions|talks|calls|conversations|contacts)\s+(?:were\s+held\s+|took\s+place\s+)?with\b",
                         re.IGNORECASE)


def _calls_listed(e: Event, row: dict, sents, officials: list[Hit], off: int) -> list[dict]:
    """One phone call per person listed right after a sentence announcing several calls (one call per
    counterpart, as DECISIONS.md has one bilateral meeting per counterpart); else the row itself."""
    k = e.first.trig.sent + 1
    if row["meeting_type"] != "phone_call" or not _PLURAL_CALLS.search(row["text"]) or k >= len(sents) \
            or not _CALLS_WITH.match(sents[k].text):
        return [row]
    s = sents[k]
    listed: dict[str, Hit] = {}
    for h in officials:
        if s.start_char + off <= h.start < s.end_char + off:
            listed.setdefault(h.fields["name"], h)
    if len(listed) < 2:
        return [row]
    own = [p for p in row["parties"] if p not in {h.fields.get("country_code") for h in listed.values()}]
    return [{**row, "officials": sorted(set(row["officials"]) - set(listed) | {name}),
             "parties": sorted(set(own) | ({h.fields["country_code"]} if h.fields.get("country_code") else set()))}
            for name, h in listed.items()]


#: words that name a state's visitor ('the delegation', 'the Minister', 'the Prime Minister's visit')
_STATE_ACTOR = re.compile(r"\b(?:delegations?|ministers?|ambassadors?|presidents?|premier|chancellor|secretary|secretaries|"
                          r"diplomats?|envoys?|officials?|king|queen|prince|princess|monarch|governors?|mayors?|senators?|"
                          r"congress(?:wo)?m[ae]n|parliamentarians?|deputies|legislators|counterparts?|consuls?|"
                          r"head of (?:state|government)|vice|deputy|chief|commander|general|admiral|spokesperson|"
                          r"charg[eé] d.affaires|government|authorities|foreign office|mission)\b", re.IGNORECASE)


def _state_actor(e: Event, sents, text: str, officials: list[Hit], agencies: list[Hit], off: int) -> bool:
    """An official visit is made by a state's official, delegation or body (CONTRACT.md: 'official, state or
    working visits; a delegation visiting'): a tour of a civil-society group ('IFCO Pastors for Peace
    commenced a tour of ... communities') is none. Some sentence of the event, or the item's headline,
    names such a visitor: a named person, a public body, or a role word."""
    spans = [(sents[i].start_char, sents[i].end_char) for i in sorted(e.sents | {0})]
    for a, b in spans:
        if _STATE_ACTOR.search(text, a, b):
            return True
        if any(a <= h.start - off < b for h in officials):
            return True     # a named person ('the visit of Nelson Mandela to Cuba in 1991')
        if any(a <= h.start - off < b for h in agencies):
            return True
    return False


def _civil_events(events: list[Event], sents, text: str, agencies: list[Hit], off: int, rl: Rules) -> list[Event]:
    """A conference, symposium or forum that a university, foundation, institute or other civil-society
    body holds, with no intergovernmental body in its sentence, is a diplomat meeting the public: a
    ceremony (ANNOTATION.md), not a multilateral meeting ('The World Monument Fund organized a symposium
    ... Ambassador Cabañas was among the speakers')."""
    if rl.civil_event is None or rl.civil_host is None:
        return events
    for e in events:
        if e.type != "multilateral_meeting" or not all(rl.civil_event.search(text[t.start:t.end]) for t in e.trigs):
            continue
        spans = [(sents[i].start_char, sents[i].end_char) for i in sorted(e.sents)]
        if any(h.fields.get("kind") == "igo" and any(a <= h.start - off < b for a, b in spans) for h in agencies):
            continue
        if any(rl.civil_host.search(text[a:b]) for a, b in spans):
            e.type = "ceremony"
    return events


# 'Press release issued by the Cuban delegation ... with the United States.  Washington, December 11,
# 2017.': a dateline glued to the end of the headline's line, a place and a full date closing it
_GLUED_DL = re.compile(r"[.!?:]\s+(?P<place>[A-Z][\w.'’ -]{1,40}?),\s*$")
_GLUED_END = re.compile(r"^\s*(?:[.\-–—:]|$)")


def _glued_dateline(ctx: Context, text: str, dates: list[Hit], locations: list[Hit]) -> Context:
    """The item's context with the date (and place) of a dateline glued to its first line, which
    the splitter did not take as one; unchanged when there is none."""
    off = ctx.offset
    nl = text.find("\n")
    first = len(text) if nl < 0 else nl
    for d in dates:
        a, b = d.start - off, d.end - off
        if b > first or d.fields.get("granularity") != "day" or d.fields.get("date_start") is None:
            continue
        m = _GLUED_DL.search(text, 0, a)
        if m is None or not _GLUED_END.match(text[b:first + 1]):
            continue
        place = next((h for h in locations if h.start - off == m.start("place") and h.fields.get("country_code")), None)
        extras = dict(ctx.extras)
        new = replace(ctx, item_date=d.fields["date_start"], extras=extras)
        if place is not None and not ctx.dateline_cc:
            new.dateline_cc = place.fields["country_code"]
            extras["dateline_place_name"] = place.fields["name"]
        return new
    return ctx


# 'Source: Xinhua | 2019-11-28': a source line's date is the post's too
_SOURCE_PREFIX = re.compile(r"\s*(?:Source|Fuente|Posted|Published|Updated|Date)\b[^\n]{0,60}?[|:,]\s*", re.IGNORECASE)


def _post_date_line(d: Hit, text: str, off: int) -> bool:
    """The date is the only content of its line (weekday, clock time and punctuation aside), or
    closes a source line."""
    if d.fields.get("granularity") != "day":
        return False
    a, b = d.start - off, d.end - off
    lo, hi = text.rfind("\n", 0, a) + 1, text.find("\n", b)
    hi = len(text) if hi < 0 else hi
    return hi - lo <= 80 and bool((DATE_LINE_REST.fullmatch(text, lo, a) or _SOURCE_PREFIX.fullmatch(text, lo, a))
                                  and DATE_LINE_REST.fullmatch(text, b, hi))


def _mentions(trig: Trigger, scope: tuple[int, int], wide: tuple[int, int], text: str, off: int, dates: list[Hit],
              locs: list[Hit], offs: list[Hit], skip: re.Pattern | None = None,
              fallback: list[Hit] = (), home: str | None = None, earlier: bool = False,
              nations: list[tuple[int, int, str]] = (), ags: list[Hit] = ()) -> list[Mention]:
    """The mentions one trigger makes: one, or one per destination (visits) or counterpart (bilateral
    meetings). `scope` is the trigger's line within its sentence, `wide` the sentence part it governs;
    a date may come from the wider span ('On July 10, 2018,' on the line after a glued headline)."""
    a, b = scope
    if trig.type == "agreement_signing":
        skip = None     # ('the Agreement, signed in Brussels in December 2016': the signing's own date)
    # ('during a meeting of both sides on Wednesday': an indefinite trigger tells a new event)
    # ('during his visit, ...' refers back; 'during his visit to Spain he met ...' names a visit of its own)
    # ('the summit to be held on January 24': an event announced right after its name)
    announced = _TO_BE_HELD.match(text, trig.end)
    backref = bool(_BACKREF.search(text[max(0, trig.start - 30):trig.start])) and not announced and \
        not _SPAN_AFTER.search(text[max(0, trig.start - 40):trig.start]) and \
        not re.match(r"an?\s", text[trig.start:trig.end], re.IGNORECASE) and \
        not (_POSSESSIVE_BEFORE.search(text[max(0, trig.start - 8):trig.start])
             and (re.match(r"\s+(?:to|in)\s", text[trig.end:trig.end + 5])
                  or re.search(r"\s(?:to|in)$", text[trig.start:trig.end])))
    # ('at the United Nations General Assembly last November 7', 'after the official visit to Cuba by Prime Minister
    # Pham Minh Chinh from 15 to 17 September 2023': days of its own name the event, not one told before)
    if backref and any(h.fields["granularity"] == "day" and trig.end + off <= h.start < b
                       and (_OWN_DAY_GAP.fullmatch(text[trig.end:h.start - off])
                            or h.start - off - trig.end <= 100 and not _GAP_CLAUSE.search(text, trig.end, h.start - off))
                       for h in dates):
        backref = False
    if backref:
        dates, fallback = [], []
    # a date opening the trigger's line ('March 31, 2015, the first meeting took place ... as was proposed
    # by Cuba in July of 2014'; 'On June 14, 2018, the Seventh ...') is the event's, before any later one
    lead = next((h for h in dates if a <= h.start < trig.start + off
                 and _LEAD_GAP.fullmatch(text[a - off:h.start - off])
                 and not _CLAUSE_CUT.search(text, h.end - off, trig.start)
                 and not re.search(r",\s*(?:and|but|while)\b", text[h.end - off:trig.start])
                 # ('On July 4, the Minister will meet Ebrard, who will visit Korea from July 3 to 6')
                 and not _RELATIVE.search(text, h.end - off, trig.start)), None)
    # ('holds a brief exchange with ... Sheikh Hasina, during the reception ..., in the framework of his State
    # visit to India from 7 to 10 April 2017, at the invitation of ... Narendra Modi': what follows such a
    # phrase is another event's time and people)
    circ = _CIRCUMSTANCE.search(text, trig.end, b - off)
    if circ is not None:
        b = circ.start() + off
    # ('was received by Foreign Minister Cafiero ..., where they exchanged on the preparations for the summit
    # to be held on January 24': the date of an event announced later in the sentence is that event's)
    # (not 'attending the regional event sponsored by Cuba and PAHO on Zika, to be held October 20-21')
    after = announced.end() if announced else trig.end
    later = _TO_BE_HELD_AT.search(text, after, b - off)
    if later is not None and _EVENT_NOUN.search(text, after, later.start()):
        b = later.start() + off
    # (and a relative clause after it that names another event: 'was received by the Deputy Prime Minister,
    # to whom he conveyed the gratitude of Cuba for the vote ... last November 7')
    # (not one telling of the trigger's own event: 'The last meeting between ..., which took place in London on 4
    # December 2019, had underlined the importance of ... dialogue')
    rel = _WHOM.search(text, trig.end, b - off)
    if rel is not None and _EVENT_NOUN.search(text, rel.end(), b - off) and not _OWN_CLAUSE.match(text, rel.end()):
        b = rel.start() + off
    # (and a clause recalling an earlier one: 'agreed to hold the next meeting ... in the first semester of
    # 2019, and recalled that the previous round of consultations took place ... in March 2016')
    rec = _RECALLED.search(text, trig.end, b - off)
    if rec is not None:
        b = rec.start() + off
    # a date right before the trigger's verb is its own ('Pedro Sánchez, today held a meeting ... since
    # Felipe González travelled to the island in 1986'; 'on Tuesday met with'), before any later one
    adjacent = next((h for h in reversed(dates) if a <= h.start and h.end <= trig.start + off
                     and h.fields["granularity"] == "day" and _ADJ_GAP.fullmatch(text[h.end - off:trig.start])), None)
    own = lead or adjacent or _first_date(dates, trig.start + off, b, text, off, skip)
    # (the wider span stops where the trigger's own part was cut: '..., whose last edition took place ...')
    # (a day in a relative clause enclosed before the trigger is another event's: 'Díaz-Canel, who arrived in Mexico
    # on Friday on his first official visit to this country, later met with López Obrador')
    enclosed = [m.span() for m in _ENCLOSED_RELATIVE.finditer(text, a - off, trig.start)]
    free = [h for h in dates if not any(x <= h.start - off < y for x, y in enclosed)]
    d = own or _first_date(free, a, b, text, off, skip) or \
        _first_date(free, wide[0], b if b < scope[1] else wide[1], text, off, skip)
    weak = d is None
    d = d or _first_date(list(fallback), *wide, text, off, skip)
    mk = functools.partial(Mention, trig, scope, d, own is not None, weak and d is not None)
    own_place = next((h.fields["name"] for h in sorted(locs, key=lambda h: h.start)
                      if trig.end + off <= h.start < b and h.fields.get("country_code")
                      and _OWN_PLACE_GAP.match(text[trig.end:h.start - off])), None)
    near = tuple(h.fields["name"] for h in locs if trig.end + off <= h.start < min(b, trig.end + off + 80)
                 and h.fields.get("country_code") and _LOCATIVE.search(text[max(0, h.start - off - 12):h.start - off]))
    with_cp = bool(re.search(r"\bwith\s*$", text[trig.start:trig.end]) or re.match(r"\s+with\b", text[trig.end:trig.end + 6]))
    mk = functools.partial(mk, own_place=own_place, near_places=near, backref=backref, earlier=earlier,
                           with_counterpart=with_cp)
    if trig.type == "official_visit":
        dests = _destinations(locs, trig.start + off, b, text, off)
        ccs = {h.fields["country_code"] for h in dests}
        dests += [h for h in _tour_list(locs, trig.start + off, wide[1], text, off, home)
                  if h.fields["country_code"] not in ccs]
        if len(dests) > 1:
            # 'his tour also included Venezuela, Brazil and Nicaragua': the legs of a tour are dated only
            # by a date of their own, not by the tour's, the report's or the dateline's (dev gold b03,
            # the blind sets' tours)
            return [replace(mk(dest=h), date=None, own_date=False, weak_date=False, leg=True) for h in dests]
        return [mk(dest=h) for h in dests] or [mk()]
    if trig.type == "bilateral_meeting":
        # the people named after the trigger, minus the subject named before it on its line
        # ('Minh received ...'; 'Song Tao called on and was hosted to lunch by Balakrishnan')
        line_lo = text.rfind("\n", 0, trig.start) + 1 + off
        subject = [h.fields["name"] for h in offs if max(line_lo, wide[0]) <= h.start < trig.start + off]
        names: dict[str, str | None] = {}
        stop = _COMPANY.search(text, trig.end, b - off)
        stop_at = stop.start() + off if stop else b
        for h in sorted(offs, key=lambda h: h.start):
            n = h.fields["name"]
            if trig.end + off <= h.start < stop_at and not any(_same_person(n, x) for x in [*subject, *names]):
                if _OUR.search(text[max(0, h.start - off - 60):h.start - off]) or \
                        _OF_HOLDER.match(text, trig.end, h.start - off):
                    # 'with Secretary of State Rex Tillerson, our Minister ... Bruno Rodríguez'; 'the bilateral
                    # meetings of External Affairs Minister Pranab Mukherjee': the holder, not one met
                    subject.append(n)
                    continue
                names[n] = h.fields.get("country_code") or _state_after(h, locs, offs, b)
        # 'in a meeting held that day ... with Secretary of State, Rex Tillerson, our Minister of
        # Foreign Affairs, Bruno Rodríguez Parrilla': people of two states after the trigger are the
        # two sides of one meeting; the publisher's own is a subject, not a counterpart
        if home and any(cc == home for cc in names.values()) and any(cc and cc != home for cc in names.values()):
            subject += [n for n, cc in names.items() if cc == home]
            names = {n: cc for n, cc in names.items() if cc != home}
        if not names:
            # 'held bilateral meetings with her counterparts from the three friendly countries of Papua New
            # Guinea, Norway, and China': one meeting per state listed
            ccs = _counterpart_states(locs, trig.end + off, b, text, off) or \
                _counterpart_nationalities(nations, trig.end + off, b, text, off)
            if len(ccs) > 1:
                return [mk(counterpart_cc=cc, subjects=tuple(subject)) for cc in ccs]
            bodies = _counterpart_bodies(ags, trig.end + off, b, text, off)
            if len(bodies) > 1:
                return [mk(counterpart=n, subjects=tuple(subject)) for n in bodies]
        return [mk(counterpart=n, counterpart_cc=cc, subjects=tuple(subject))
                for n, cc in names.items()] or [mk(subjects=tuple(subject))]
    return [mk()]


#: 'meetings of <title> NAME': the name after "of" is the meetings' holder
_OF_HOLDER = re.compile(r"\s+of\s+(?:(?!with\b|between\b|and\b)[\w.’'-]+\s+){0,6}$", re.IGNORECASE)


_COUNTERPARTS_FROM = re.compile(r"\bcounterparts (?:from|of) (?:the )?(?:[\w-]+ ){0,3}?(?:(?:countries|states|nations) (?:of )?)?$",
                                re.IGNORECASE)


def _counterpart_states(locs: list[Hit], a: int, b: int, text: str, off: int) -> list[str]:
    """The states of a list right after 'counterparts from (the countries of)', in order."""
    cands = sorted((h for h in locs if a <= h.start < b and h.fields.get("kind") == "country"), key=lambda h: h.start)
    if not cands or not _COUNTERPARTS_FROM.search(text[max(a - off, cands[0].start - off - 60):cands[0].start - off]):
        return []
    return list(dict.fromkeys(h.fields["country_code"] for h in _listed_from(cands, 0, text, off)))


#: people of bodies right before the first body of a list ('met with representatives from the Caribbean
#: Disaster Emergency Management Agency (CDEMA), CARICOM, and ...')
_REPS_OF = re.compile(r"\b(?:representatives|officials|members|heads|leaders|delegations?|delegates)\s+(?:from|of)\s+(?:the\s+)?$",
                      re.IGNORECASE)
_BODY_LIST_GAP = re.compile(r"^\)?\s*(?:,|;|,?\s+and|,?\s+&)\s*(?:the\s+)?$", re.IGNORECASE)


def _counterpart_bodies(ags: list[Hit], a: int, b: int, text: str, off: int) -> list[str]:
    """The canonical names of the bodies listed right after 'representatives from', in order: one meeting
    per body. A body's acronym in parentheses after it is that body, not another."""
    cands = sorted((h for h in ags if a <= h.start < b), key=lambda h: h.start)
    if not cands or not _REPS_OF.search(text[max(a - off, cands[0].start - off - 40):cands[0].start - off]):
        return []
    names, last = [cands[0].fields["name"]], cands[0]
    for h in cands[1:]:
        gap = text[last.end - off:h.start - off]
        if h.fields["name"] == names[-1] and re.fullmatch(r"\s*\(", gap):
            last = h
            continue
        if not _BODY_LIST_GAP.match(gap):
            break
        names.append(h.fields["name"])
        last = h
    return list(dict.fromkeys(names))


def _counterpart_nationalities(nations: list[tuple[int, int, str]], a: int, b: int, text: str, off: int) -> list[str]:
    """The states of a list of nationality adjectives right before 'counterparts' ('met with his Saudi, Omani,
    Iraqi and Egyptian counterparts'), in order."""
    run: list[tuple[int, int, str]] = []
    for n in (n for n in nations if a <= n[0] < b):
        if run and not _LIST_GAP.match(text[run[-1][1] - off:n[0] - off]):
            run = []
        run.append(n)
        if re.match(r"\s+counterparts\b", text[n[1] - off:n[1] - off + 14]):
            return list(dict.fromkeys(cc for _, _, cc in run)) if len(run) > 1 else []
    return []


def _state_after(person: Hit, locs: list[Hit], offs: list[Hit], end: int) -> str | None:
    """The country named after a person and before the next person ('Anniken Huitfeldt ... of Norway;')."""
    nxt = min((h.start for h in offs if h.start > person.start), default=end)
    return next((h.fields["country_code"] for h in sorted(locs, key=lambda h: h.start)
                 if person.end <= h.start < min(nxt, end) and h.fields.get("kind") == "country"), None)


def _date_key(h: Hit | None):
    return None if h is None else (h.fields["date_start"], h.fields["date_end"])


def _span(h: Hit) -> int:
    return (h.fields["date_end"] - h.fields["date_start"]).days if h.fields["date_start"] and h.fields["date_end"] else 10**6


def _nested(a: Hit, b: Hit) -> bool:
    """The same dates, or one range within the other ('in June' and 'on June 14-16')."""
    (a0, a1), (b0, b1) = _date_key(a), _date_key(b)
    if None in (a0, a1, b0, b1):
        return (a0, a1) == (b0, b1)
    return a0 <= b0 and b1 <= a1 or b0 <= a0 and a1 <= b1


def _swapped(m: Mention, e: Event) -> bool:
    """The same two people with the roles swapped: 'A's meeting with B' then 'B called on A'."""
    return bool(m.counterpart and e.subjects and any(_same_person(m.counterpart, x) for x in e.subjects)
                and any(_same_person(s, c) for s in m.subjects for c in e.counterparts))


def _sentence_date(m: Mention, e: Event) -> bool:
    """The event's date is no trigger's own but only one the mention's sentence holds: the mention's own
    date is the event's ('for the vote of Qatar ... at the United Nations General Assembly last November 7')."""
    return e.date is not None and not e.own_date and m.sentence[0] <= e.date.start < m.sentence[1]


def _group(mentions: list[Mention]) -> list[Event]:
    """Mentions of one type are one event unless explicit dates, destinations or counterparts differ."""
    events: list[Event] = []
    for m in mentions:
        def compatible(e: Event) -> bool:
            if e.type != m.trig.type:
                return False
            # each entry of a list of sessions is its own event
            if m.listed_place is not None or e.listed:
                return False
            # 'received the Vice Minister' and 'their previous meeting held in Beijing': two events
            if m.earlier != e.earlier and not m.backref:
                return False
            # only a date stated after the trigger tells a second event apart ('a continuity of the
            # one held ... on September 15, 2017'); a date elsewhere in the sentence may be the report's
            # (a trigger's own date after one whose date the sentence only held, same sentence: the one event's
            # date: 'for the vote of Qatar ... at the United Nations General Assembly last November 7')
            if m.own_date and e.date is not None and not e.weak_date and not _nested(m.date, e.date) and \
                    not _sentence_date(m, e):
                return False
            if m.dest is not None and e.dest is not None and m.dest.fields["country_code"] != e.dest.fields["country_code"]:
                return False
            # a visit someone is invited to make is not the one reported ('made an official visit to Laos ...
            # extended an invitation for the Lao Prime Minister to visit Thailand')
            if m.dest is not None and m.invited != e.first.invited:
                return False
            # 'met with Finer in Washington' ... 'their meeting in San Francisco': two meetings
            if m.own_place and e.places and m.own_place not in e.places:
                return False
            # an event known only by its place ('their meeting in San Francisco') takes no other
            # meeting's counterpart ('Ma also met with Jake Sullivan')
            if e.first.own_place and not e.counterparts and m.counterpart is not None and \
                    m.own_place != e.first.own_place:
                return False
            # a headline's meeting is the body's first of its type, however each names the person met
            # ('Ambassador Igarza meets with the personal envoy of President Hollande' / 'was received this
            # Tuesday by Jean-Pierre Bel, personal envoy of the President')
            if m.trig.type == "bilateral_meeting" and all(t.in_head for t in e.trigs) and not m.trig.in_head \
                    and not any(not t.in_head for x in events if x.type == m.trig.type for t in x.trigs):
                return True
            # the person met is the event's own subject ('Rodríguez met with senators' ... 'During the
            # meeting held at the Senate, the Foreign Minister Bruno Rodríguez'): the same event
            if m.counterpart is not None and any(_same_person(m.counterpart, x) for x in e.subjects):
                return True
            if m.counterpart is not None and e.counterparts and \
                    not any(_same_person(m.counterpart, c) for c in e.counterparts) and not _swapped(m, e):
                return False
            # one of the meetings with 'counterparts from A, B and C' is that state's
            if m.counterpart_cc and e.counterpart_ccs and m.counterpart_cc not in e.counterpart_ccs and not e.counterparts:
                return False
            return True
        cands = [e for e in events if compatible(e)]
        # 'During the meeting held at the Dirksen Senate Building, the Foreign Minister ...': a
        # back-reference is the event told before, whoever it names
        # (one naming a new counterpart is a new meeting: 'Following the ceremony, the President met with the
        # Ambassadors ... At the meeting with the Ambassador of South Africa Ms Dolana Msimang')
        if m.backref and not cands and not (m.counterpart is not None and m.with_counterpart):
            cands = [e for e in events if e.type == m.trig.type]
        # a counterpart or destination already seen wins over a bare earlier event
        e = next((e for e in cands if m.counterpart is not None and
                  any(_same_person(m.counterpart, c) for c in e.counterparts)), None) or \
            next((e for e in cands if m.dest is not None and e.dest is not None), None) or \
            (cands[0] if cands else None)
        if e is None:
            e = Event(m.trig.type, m, next_place=m.listed_place, listed=m.listed_place is not None)
            events.append(e)
        e.sents.add(m.trig.sent)
        e.trigs.append(m.trig)
        e.places.update(m.near_places)
        # a date written in the text beats the dateline's ('visits Indonesia' / 'Jakarta, April 15,
        # 2018. From the 10th to 13th of April a delegation ... made a visit')
        # ('during his visit to the country in June' / 'He will visit Azerbaijan on June 14-16': the finer)
        # ('Cuban Ambassador meets with Deputy Minister' / 'Putrajaya, September 16. The Ambassador ... was received
        # this Tuesday by': the body's own day beats the dateline's a headline mention took)
        head_date = e.first.trig.in_head and not e.first.own_date and e.date is e.first.date
        if m.date is not None and (e.date is None or (e.weak_date and not m.weak_date)
                                   or not m.weak_date and _nested(m.date, e.date) and _span(m.date) < _span(e.date)
                                   # (but a visit's or a gathering's days keep their span: 'is on a state visit to
                                   # China from Thursday to Saturday' / 'arrived in Beijing on Thursday'; 'held in
                                   # Havana on 15-16 September' / 'Addressing the Summit on 16 September')
                                   and not (e.type in ("official_visit", "multilateral_meeting")
                                            and e.date.fields["granularity"] == "day")
                                   or head_date and m.own_date and not m.trig.in_head
                                   or m.own_date and _sentence_date(m, e)):
            e.date, e.weak_date, e.own_date = m.date, m.weak_date, m.own_date
        e.dest = e.dest or m.dest
        if m.counterpart is not None:
            e.counterparts.add(m.counterpart)
        if m.counterpart_cc:
            e.counterpart_ccs.add(m.counterpart_cc)
        e.subjects.update(m.subjects)
    return events


# 'the next round will take place in Havana', 'agreed to hold the next session in Hanoi in 2020'
_NEXT = re.compile(r"\b(?:the |its |their )?(?:next|following|upcoming|subsequent) (?:round|meeting|session|edition)\b"
                   # ('agreed to celebrate the next one in the Netherlands in 2021')
                   r"|(?:(?<=\bto hold )|(?<=\bto celebrate )|(?<=\bto convene )|(?<=\bto organize ))the next one\b"
                   # an ordinal round the item agrees to hold ('agreed to hold the fourth round in Havana')
                   r"|(?<=\bto hold )the (?:" + "|".join(w for w in ORDINALS if w not in ("first", "inaugural"))
                   + r"|\d{1,2}(?:st|nd|rd|th)|[XVI]{1,6}) (?:round|meeting|session|edition)\b", re.IGNORECASE)


def _next_sessions(events: list[Event], sents, text: str, off: int, dates: list[Hit], locs: list[Hit],
                   rl: Rules) -> list[Event]:
    """The next session of the item's standing mechanism, announced: 'Political consultations ...
    were held in Moscow. The parties agreed to hold the next round in Havana in 2020' is a second,
    planned event of that mechanism's type, with its own date and place (never the report's)."""
    kinds = [e for e in events if e.type in rl.sessions and e.type != "credentials" and not e.earlier]
    if not kinds:
        return []
    mtype = kinds[0].type
    taken = [(t.start, t.end) for e in events for t in e.trigs]
    nxt: Event | None = None      # every mention of the next session is that one event
    for si, sent in enumerate(sents):
        for m in _NEXT.finditer(sent.text):
            a, b = sent.start_char + m.start(), sent.start_char + m.end()
            if any(x < b and a < y for x, y in taken) or not _is_planned(sent.text, m.start(), rl):
                continue
            if any(a < x and _OF_NAME.fullmatch(text, b, x) for x, y in taken):
                # ('the next meeting of the Joint Intergovernmental Commission': the commission's own mention)
                continue
            trig = Trigger(mtype, a, b, si, 0)
            # (its date is told after it: 'highlighted the technical meeting ... in March, and agreed to
            # convene the next round of talks in Havana')
            span = (a + off, sent.end_char + off)
            (mn,) = _mentions(trig, span, span, text, off, dates, [], [], rl.not_meeting_date)
            # its place: a locative after it in its sentence ('the next round will take place in Hanoi')
            place = next((h for h in sorted(locs, key=lambda h: h.start) if b + off <= h.start < span[1]
                          and h.fields.get("country_code")
                          and _LOCATIVE.search(text[max(0, h.start - off - 12):h.start - off])), None)
            if nxt is None:
                nxt = Event(mtype, mn, {si}, mn.date, False, trigs=[trig], next_session=True)
            else:
                nxt.sents.add(si)
                nxt.trigs.append(trig)
                nxt.date = nxt.date or mn.date
            nxt.next_place = nxt.next_place or place
            break
    return [nxt] if nxt is not None else []


#: the mechanism's session before the one reported, told with its place or date: 'the previous session, held in
#: Havana on September 19, 2023', 'following the one held in Havana on November 15, 2022', 'the previous one having
#: taken place in Washington on April 21, 2022'
_PREVIOUS = re.compile(r"\b(?:the|its|their|whose) (?:previous|last|prior|preceding) (?:one|round|meeting|session|edition)\b"
                       # ('the first one after the round held in Havana in April 2017')
                       r"|\b(?:following|follows|followed|after|since) the (?:one|round|meeting|session|edition)\b"
                       r"(?=\s+(?:held|that took place|which took place))",
                       re.IGNORECASE)


#: the end of its details: the clause's ('D.C. on April 21' goes on)
_PREVIOUS_END = re.compile(r";|\.(?=\s+[A-Z]|\s*$)|,\s+(?:in|to|and|which|where|as)\b")


#: the words between 'the next meeting' or 'the previous round' and the mechanism it names
_OF_NAME = re.compile(r"\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}", re.IGNORECASE)


def _named_after(sent_text: str, end: int, rl: Rules) -> str | None:
    """The session type named right after 'the previous round' ('the previous round of consultations')."""
    gap = _OF_NAME.match(sent_text, end)
    if gap is None:
        return None
    tail = sent_text[end:gap.end() + 40]
    return next((t[0] for t in sentence_triggers(tail, rl) if t[1] <= gap.end() - end and t[0] in rl.sessions
                 and t[0] != "credentials"), None)


def _previous_sessions(events: list[Event], sents, text: str, off: int, dates: list[Hit], locs: list[Hit],
                       rl: Rules) -> list[Event]:
    """The previous session of the item's standing mechanism, when the text gives its place or date: an
    earlier, held event of the mechanism's type ('... a new round of migration talks, following the one held
    in Havana on November 15, 2022'), with that date and place (never the report's)."""
    kinds = [e for e in events if e.type in rl.sessions and e.type != "credentials" and not e.earlier
             and not e.next_session]
    # (a meeting of people has no 'previous session', but 'the one held on August 8' is its predecessor)
    meets = [e for e in events if e.type == "bilateral_meeting" and not e.earlier]
    if not kinds and not meets:
        return []
    mtype = kinds[0].type if kinds else "bilateral_meeting"
    taken = [(t.start, t.end) for e in events for t in e.trigs]
    out: list[Event] = []
    for si, sent in enumerate(sents):
        for m in _PREVIOUS.finditer(sent.text):
            if not kinds and not m.group().lower().endswith("the one"):
                continue
            a, b = sent.start_char + m.start(), sent.start_char + m.end()
            if any(x < b and a < y for x, y in taken):
                continue
            # its own details: up to the clause's end ('the previous session, held in Havana on ..., in areas')
            stop = _PREVIOUS_END.search(sent.text, m.end())
            end = sent.start_char + (stop.start() if stop else len(sent.text))
            day = next((h for h in dates if b + off <= h.start < end + off and h.fields["date_start"] is not None), None)
            place = next((h for h in sorted(locs, key=lambda h: h.start) if b + off <= h.start < end + off
                          and h.fields.get("country_code")
                          and _LOCATIVE.search(text[max(0, h.start - off - 12):h.start - off])), None)
            if day is None and place is None:
                continue
            kind = _named_after(sent.text, m.end(), rl) or mtype
            trig = Trigger(kind, a, b, si, 0)
            mn = Mention(trig, (a + off, end + off), day, day is not None, False, earlier=True)
            out.append(Event(kind, mn, {si}, day, False, trigs=[trig], next_place=place, listed=True))
            break
    return out


#: a list of sessions by place and date: 'in Iquitos on September 30, 2014; in Medellin on October 30, 2015; ...'
_ENTRY_HEAD = re.compile(r"\b(?:in|at)\s+(?:the\s+)?$", re.IGNORECASE)                 # before an entry's place
_ENTRY_MID = re.compile(r"^(?:\s*\([^()]{0,40}\))?,?\s+(?:on|in)\s+(?:the\s+)?$", re.IGNORECASE)   # place -> date
_ENTRY_SEP = re.compile(r"^\s*(?:[,;]\s*(?:and\s+)?|,?\s+and\s+)(?:in|at)\s+(?:the\s+)?$", re.IGNORECASE)  # date -> place


def _listed_sessions(m: Mention, sents, text: str, off: int, dates: list[Hit], locs: list[Hit]) -> list[Mention]:
    """An earlier event told as a list of places and dates is one mention per entry, each with its date and
    place: 'To date, five Presidential Meetings and Binational Cabinets have been held between Peru and
    Colombia: in Iquitos on September 30, 2014; in Medellin on October 30, 2015; ...'. Else [m]."""
    if not m.earlier or m.trig.type == "official_visit":
        return [m]
    t = m.trig
    a, b = t.end + off, sents[t.sent].end_char + off
    places = sorted((h for h in locs if a <= h.start < b and h.fields.get("country_code")), key=lambda h: h.start)
    days = sorted((h for h in dates if a <= h.start < b and h.fields.get("date_start")), key=lambda h: h.start)
    entries: list[tuple[Hit, Hit]] = []
    for p in places:
        if entries and p.start < entries[-1][1].end:
            continue
        d = next((d for d in days if d.start >= p.end), None)
        if d is None or not _ENTRY_HEAD.search(text[max(0, p.start - off - 12):p.start - off]) \
                or not _ENTRY_MID.match(text[p.end - off:d.start - off]):
            continue
        if entries and not _ENTRY_SEP.match(text[entries[-1][1].end - off:p.start - off]):
            break
        entries.append((p, d))
    if len(entries) < 2:
        return [m]
    return [replace(m, date=d, own_date=True, weak_date=False, listed_place=p) for p, d in entries]


_SPOKE = re.compile(r"(?:spoke|speaks|spoken|talked|talks) (?:with|to)\b", re.IGNORECASE)
_DEFINITE = re.compile(r"\b(?:the|this|that|said)\s+(?:[\w-]+\s+)?(?:meeting|talks|dialogue|session)\b", re.IGNORECASE)


def _absorb(events: list[Event], rl: Rules, text: str, sents) -> list[Event]:
    """'U.S. and Cuban officials met in Havana' in an item on a session of a standing mechanism (talks,
    consultations, a commission) is that session: a bare bilateral meeting (no named counterpart) is
    dropped when the item reports a mechanism session it can be (no conflicting date). So is a meeting
    named with a definite article after the session ('had their inaugural strategic dialogue ...
    Foreign Minister Park had the meeting with his Dutch counterpart in The Hague on Thursday'): the
    session takes its day date when its own is no day ('in a follow-up to a summit deal in November')."""
    # (a planned session takes nothing that was held; a phone call takes the exchange of views it was)
    sessions = [e for e in events if (e.type in rl.sessions or e.type == "phone_call") and not _event_planned(e, sents, rl)]
    out = []
    for e in events:
        t = e.first.trig
        definite = e.type == "bilateral_meeting" and bool(_DEFINITE.search(text, max(0, t.start - 12), t.end))
        s = next((s for s in sessions if e.type == "bilateral_meeting" and not e.counterparts and
                  (e.date is None or s.date is None or _date_key(e.date) == _date_key(s.date))), None)
        if s is None and e.type == "bilateral_meeting" and _SPOKE.match(text, t.start):
            # 'Secretary Blinken's Call with ... Garneau' / 'Blinken spoke with ... Garneau today': the call
            s = next((s for s in sessions if s.type == "phone_call" and not s.earlier and not e.earlier), None)
        if s is None and e.type == "ceremony" and all(text[x.start:x.end].lower() in ("ceremony", "ceremonies") for x in e.trigs):
            # 'presented his letter of credential ... in a ceremony held at the Palace', 'The ceremony was aired':
            # the bare ceremony of an item on a presentation of credentials is that presentation
            s = next((s for s in sessions if s.type == "credentials" and not s.earlier), None)
        if s is None and definite:
            # (a credentials ceremony keeps the meetings with each envoy that follow it: 'At the meeting with the
            # Ambassador of South Africa Ms Dolana Msimang')
            s = next((s for s in sessions if s.first.trig.start < t.start and not s.earlier and not e.earlier
                      and s.type != "phone_call" and not (s.type == "credentials" and e.counterparts)), None)
        if s is None:
            out.append(e)
            continue
        # the session takes what the bare 'met' told of it: 'Today, January 22, 2015, U.S. and Cuban
        # officials met in Havana' ... 'This extended bilateral session'
        day = lambda h: h is not None and h.fields.get("granularity") == "day"  # noqa: E731
        if s.date is None or (s.weak_date and e.date is not None and not e.weak_date) or \
                definite and day(e.date) and not e.weak_date and not day(s.date):
            s.date, s.weak_date = e.date, e.weak_date
        s.sents |= e.sents
        s.trigs += e.trigs
        s.places |= e.places
    return out


_ANAPHOR = re.compile(r"\b(?:this|that|the|said)\s+(?:(?:morning|afternoon|evening)\s+)?$", re.IGNORECASE)


def _anaphora(events: list[Event], text: str) -> list[Event]:
    """'the International Conference for U.S.-Cuba Normalization' (a ceremony) ... 'This conference
    is especially useful': a bare head noun after a demonstrative refers back to an event of the
    item named in full, so it makes no event of its own."""
    def heads(e: Event) -> set[str]:
        return {fold(text[t.start:t.end]) for t in e.trigs}
    def bare(e: Event) -> bool:
        return all(" " not in text[t.start:t.end].strip() and _ANAPHOR.search(text[max(0, t.start - 20):t.start])
                   for t in e.trigs)
    def told_before(e: Event) -> bool:
        # 'Following the ceremony, Mr Elbegdorj met ...': a bare head noun after a back-reference cue,
        # closing its phrase, in an item that reported another event before it, is that event (not 'during
        # the reception given to ...', which tells the reception)
        t = e.trigs[0]
        return len(e.trigs) == 1 and bare(e) and bool(_BACKREF_DEF.search(text[max(0, t.start - 30):t.start])) and \
            bool(re.match(r"\s*[,.;]", text[t.end:t.end + 3])) and \
            any(o is not e and o.type != e.type and o.first.trig.start < t.start for o in events)
    out = []
    for e in events:
        if bare(e) and any(o is not e and o.type != e.type and
                           any(h in " ".join(heads(o)).split() for h in heads(e)) for o in events) or told_before(e):
            continue
        out.append(e)
    return out


_BACKREF_DEF = re.compile(rf"\b(?:{_BACKREF_CUES})\s+(?:the|this|that|said)\s+$", re.IGNORECASE)   # a definite one


_PAST_TRIGGER = re.compile(r"(?:arrived|visited|travell?ed|came|paid|met|held|went|flew)\b", re.IGNORECASE)


def _is_planned(sent_text: str, rel: int, rl: Rules) -> bool:
    """Planned when a cue stands in the trigger's clause ('will hold', 'to be held', 'next round')
    and no 'was held' says otherwise. A clause ends at a semicolon: 'gave a friendly reception to the
    Vice Chancellor ...; moments before joining the meeting that will preside ...' is held."""
    lo = sent_text.rfind(";", 0, rel) + 1
    hi = sent_text.find(";", rel)
    hi = hi if hi >= 0 else len(sent_text)
    # (so does a clause reporting a further event: 'highlighted the technical meeting ... held in March, and
    # agreed to convene the next round')
    # (the agreed clause keeps its cue: ', and agreed to hold the third round of consultations in 2020')
    for m in _AGREED_CUT.finditer(sent_text, lo, hi):
        if m.start() >= rel:
            hi = m.start()
            break
        lo = m.start()
    # a relative clause after the trigger tells of the outcome, not of the event: 'signed a Memorandum
    # of Understanding on October 12 that will promote ...' is held
    rc = _RELATIVE.search(sent_text, rel, hi)
    # and an enclosed relative clause before it tells of another time: 'The Minister, who will travel
    # to Hanoi next week, met today with ...' is held
    before = _ENCLOSED_RELATIVE.sub(" ", sent_text[lo:rel])
    after = sent_text[rel:rc.start() if rc else hi]
    if _PAST_TRIGGER.match(after) and not any(p.search(before) for p in rl.planned):
        # a purpose after a past verb is no announcement: 'arrived in Tashkent to attend the next meeting'
        return False
    clause = before + after
    return any(p.search(clause) for p in rl.planned) and not any(p.search(clause) for p in rl.held)


def _event_planned(e: Event, sents, rl: Rules) -> bool:
    """The event is announced, not reported: a planned cue in its first trigger's clause or right before
    it. A headline names an event without tense ('Mongolian Foreign Minister's working visit to
    Russia'): the first mention in the body tells."""
    t = e.first.trig
    if t.in_head:
        t = next((x for x in e.trigs if not x.in_head), t)
    sent = sents[t.sent]
    st = sent.text
    rel = t.start - sent.start_char
    return _is_planned(st, rel, rl) or bool(
        rl.planned_before is not None and rl.planned_before.search(st[max(0, rel - 40):rel]))


#: 'the State Visit ... that they began on November 12', 'an official visit ..., which began last May 14'
_BEGAN = re.compile(r"\b(?:which|that)\s+(?:(?:he|she|they|it)\s+)?(?:began|started|had begun)\s+(?:on\s+)?$", re.IGNORECASE)
_CONCLUDED = re.compile(r"\b(?:conclud(?:es|ed)|ends|ended|wraps up|wrapped up|finish(?:es|ed))\b", re.IGNORECASE)


_N_DAYS = re.compile(r"\b(?P<n>two|three|four|five|2|3|4|5)[- ]day\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_NUMBER = {"two": 2, "three": 3, "four": 4, "five": 5, "2": 2, "3": 3, "4": 4, "5": 5}


def _days_long(e: Event, sents) -> tuple[int, bool] | None:
    """The length in days written before one of the visit's triggers ('a two-day official visit'), and
    whether that sentence reports the visit's end; else None."""
    for t in e.trigs:
        sent = sents[t.sent]
        rel = t.start - sent.start_char
        m = _N_DAYS.search(sent.text[max(0, rel - 40):rel])
        if m:
            return _NUMBER[m["n"].lower()], bool(_CONCLUDED.search(sent.text[:rel]))
    return None


def _began_then(d: Hit, text: str, off: int) -> bool:
    """The date is the day a visit began, in the sentence that reports its end."""
    a = d.start - off
    lo = max(text.rfind(".", 0, a - 1), text.rfind("\n", 0, a)) + 1
    return bool(_BEGAN.search(text[max(lo, a - 40):a]) and _CONCLUDED.search(text[lo:a]))


#: 'During her stay in Ghana, the Cuban Deputy Minister was received by ...': a stay of days the item does not date
_DURING_STAY = re.compile(r"\b(?:during|in the course of|throughout)\s+(?:his|her|their|its|the|this)\s+"
                          r"(?:[\w-]+\s+){0,2}?(?:stay|visit|tour|trip)\b", re.IGNORECASE)


def _during_stay(e: Event, sents) -> bool:
    """The event is told as happening some time during a visit ('During his stay in Vientiane, ... paid a
    courtesy call on the Minister'), or is that visit: with no date of its own (nor the visit's, see
    _finish), it has none; the report's day is only the day the stay was told of."""
    t = e.first.trig
    sent = sents[t.sent]
    m = _DURING_STAY.search(sent.text, 0, t.end - sent.start_char)
    return m is not None and m.start() < 20


def _leg_day(e: Event, events: list[Event], sents, dates: list[Hit], locations: list[Hit], off: int) -> Hit | None:
    """The days a tour's leg is told with elsewhere in the item: the one day date of a sentence that names the
    leg's country (or a place in it) and no other country of the tour ('Her first stop, on 4 and 5 June, is
    Brazil'; 'Lavrov began his tour on April 17 in Brasilia, where he met ...')."""
    cc = e.dest.fields["country_code"]
    others = {v.dest.fields["country_code"] for v in events if v.first.leg and v.dest is not None} - {cc}
    for si, sent in enumerate(sents):
        if si in e.sents:
            continue
        a, b = sent.start_char + off, sent.end_char + off
        ccs = {h.fields.get("country_code") for h in locations if a <= h.start < b}
        if cc not in ccs or ccs & others:
            continue
        days = [h for h in dates if a <= h.start < b and h.fields["granularity"] == "day"]
        if len(days) == 1 and _LEG_CUE.search(sent.text):
            return days[0]
    return None


#: a sentence telling a leg of a trip, not an event during it ('held political consultations in Mexico City')
_LEG_CUE = re.compile(r"\b(?:stops?|legs?|tour|trip|travel(?:s|led|ling)?(?: on)? to|arriv(?:e|es|ed|ing) in|"
                      r"(?:will|to) be in|is in|visit(?:s|ed|ing)?|fl(?:y|ies|ew) to|(?:go|goes|went|move|moves|moved) on to)\b",
                      re.IGNORECASE)


def _holds_report_day(ds: dt.date, de: dt.date, day: dt.date | None) -> bool:
    """A span of days that holds the report's own day."""
    return day is not None and ds < de and ds <= day <= de


def _finish(e: Event, doc: Doc, ctx: Context, rl: Rules, sents, events: list[Event], dates: list[Hit],
            locations: list[Hit], officials: list[Hit], agencies: list[Hit], rows: dict[int, dict]) -> dict:
    key = id(e)
    if key in rows:
        return rows[key]
    # an event asked for while it is being finished (one event's occasion, gathering or 'same day' read back as
    # another's) stands for nothing rather than recursing
    busy = rows.setdefault(0, {})
    if key in busy:
        return _UNFINISHED
    busy[key] = True
    res, off = ctx.res, ctx.offset
    t = e.first.trig
    # (a previous session recalled was held: 'agreed to work for the holding of the next meeting ..., whose last
    # edition took place in Havana on November 28, 2019')
    planned = _event_planned(e, sents, rl) and not (e.earlier and e.listed)
    if not planned and e.type != "official_visit" and not e.earlier:
        # 'will pay a working visit to Russia on September 10-12. ... The visit programme includes Mr
        # Purevsuren's consultations with Sergey Donskoy': a meeting told with a planned visit is planned
        planned = any(v.type == "official_visit" and v is not e and not v.earlier and v.sents & e.sents
                      and _event_planned(v, sents, rl) for v in events)
    rnd = None
    for si in sorted(e.sents) if e.type in rl.rounds else ():
        s = sents[si]
        # the round stated before any trigger of the event's sentences ('a first technical exchange')
        for m in sentence_triggers(s.text, rl):
            if m[0] == e.type:
                rnd = rnd or round_before(s.text, m[1])
    ds = de = visit_days = same_day = None
    stay = e.date is None and _during_stay(e, sents)
    occasion = None if planned or e.earlier or stay or e.type in ("official_visit", "multilateral_meeting") else \
        _occasion(e, events, sents)
    if occasion is not None:
        occasion = _finish(occasion, doc, ctx, rl, sents, events, dates, locations, officials, agencies, rows)
        if occasion["status"] != "held" or occasion["date_start"] is None:
            occasion = None
    if e.type not in ("official_visit", "multilateral_meeting") and not planned and not e.earlier and \
            (e.date is None or e.weak_date) and not (occasion is not None and e.type == "agreement_signing"):
        # 'From the 10th to 13th of April a delegation ... made a visit to Indonesia. During the visit,
        # Cuban officials held meetings with the Indonesian authorities': a held meeting of a dated visit,
        # with no date of its own (nor, for an agreement, the date of the talks it was signed at), takes
        # the visit's dates: the visit told in its sentence, or the visit the item reports, whose span holds
        # the report's day ('Santo Domingo, October 24. ... concluded today an official visit ..., October
        # 22-24. ... The Deputy Minister was also received by the President of the Senate')
        # (the visit's days as its row has them: 'concluded today a two-day official visit')
        for v in events:
            if v.type != "official_visit" or v is e or v.date is None or v.weak_date or v.earlier:
                continue
            vrow = _finish(v, doc, ctx, rl, sents, events, dates, locations, officials, agencies, rows)
            if vrow["status"] == "held" and vrow["date_start"] is not None and (
                    v.sents & e.sents or _holds_report_day(vrow["date_start"], vrow["date_end"], ctx.item_date)):
                visit_days = vrow["date_start"], vrow["date_end"]
                break
    if visit_days is not None:
        ds, de = visit_days
    elif e.date is not None:
        ds, de = year_part(doc_text(doc), e.date, off) or (e.date.fields["date_start"], e.date.fields["date_end"])
        if e.type == "official_visit" and not planned and ctx.item_date is not None and de is not None \
                and de < ctx.item_date and _began_then(e.date, doc_text(doc), off):
            # 'concluded on Thursday the State Visit to Cuba that they began on November 12': the visit runs
            # from the day it began to the report's
            de = ctx.item_date
        long = _days_long(e, sents) if e.type == "official_visit" and ds is not None and ds == de else None
        if long is not None:
            # 'concluded today a two-day official visit', 'arrived in Baku yesterday on a two-day visit': the
            # visit's one day told is its last when the sentence reports its end, else its first
            n, concluded = long
            if concluded:
                ds = ds - dt.timedelta(days=n - 1)
            else:
                de = de + dt.timedelta(days=n - 1)
        # a held event does not start after its report: a later date is another's ('hosted the
        # celebrations of the 57th Anniversary ..., next 22nd January' on January 19)
        if not planned and ctx.item_date is not None and ds is not None and ds > ctx.item_date:
            ds = de = None
    if ds is None and occasion is not None and e.date is None:
        ds, de = occasion["date_start"], occasion["date_end"]
    if (e.date is None or e.weak_date) and not planned and not e.earlier and _SAME_DAY.match(sents[min(e.sents)].text):
        # 'On Friday, ... was received by the President ... The same day, Valdés Mesa also held meetings with ...':
        # the day of the event told just before
        prev = [v for v in events if v is not e and v.date is not None and not v.weak_date and not v.earlier
                and v.first.trig.sent < min(e.sents)]
        if prev:
            prow = _finish(max(prev, key=lambda v: v.first.trig.start), doc, ctx, rl, sents, events, dates, locations,
                           officials, agencies, rows)
            if prow["status"] == "held" and prow["date_start"] is not None and prow["date_start"] == prow["date_end"]:
                ds, de = same_day = prow["date_start"], prow["date_end"]
    if (e.date is None or e.weak_date) and visit_days is None and same_day is None and not planned and not e.earlier \
            and e.type in ("bilateral_meeting", "agreement_signing"):
        # 'On the sidelines of the Summit, President Wickremesinghe held a bilateral meeting with ...': a meeting
        # with no day of its own takes the days of the gathering it was held at (not the report's)
        gathering = _gathering(e, events, sents) if any(_AT_SUMMIT.search(sents[i].text) for i in e.sents) else None
        if gathering is not None:
            grow = _finish(gathering, doc, ctx, rl, sents, events, dates, locations, officials, agencies, rows)
            if grow["status"] == "held" and grow["date_start"] is not None:
                ds, de = grow["date_start"], grow["date_end"]
    if ds is None and e.first.leg and e.dest is not None:
        leg = _leg_day(e, events, sents, dates, locations, off)
        if leg is not None:
            ds, de = leg.fields["date_start"], leg.fields["date_end"]
    if ds is None and not planned and not e.earlier and not e.first.leg and ctx.item_date is not None \
            and not stay:
        ds = de = ctx.item_date
    spans = [(sents[i].start_char + off, sents[i].end_char + off) for i in sorted(e.sents)]
    inside = lambda h: any(a <= h.start < b for a, b in spans)  # noqa: E731
    locs = [h for h in locations if inside(h)]
    ags = [h for h in agencies if inside(h)]
    offs = [h for h in officials if inside(h)]
    place = _place(e, doc, ctx, rl, sents, locs, ags, planned, events, locations) or \
        _host_state(e, doc, sents, offs, off, res)
    scene = None if planned or e.earlier or e.type not in ("bilateral_meeting", "agreement_signing") else \
        _scene_place(e, events, sents, locations, doc_text(doc), off)
    if scene is not None and ctx.dateline_cc and place == (ctx.extras.get("dateline_place_name"), ctx.dateline_cc) \
            and _place(e, doc, replace(ctx, dateline_cc=None), rl, sents, locs, ags, planned, events, locations) is None:
        # 'ASTANA – ... held talks with his foreign counterparts ... in New York. ... Nurtleu met with ...': the
        # meetings of the scene the lead sets are where it says, not at the dateline
        place = scene
    if place is None and occasion is not None and occasion["country_code"] and e.type != "phone_call":
        place = occasion["location"], occasion["country_code"]
    if place is None and not planned and not e.earlier and e.type in ("bilateral_meeting", "agreement_signing"):
        gathering = _gathering(e, events, sents)
        if gathering is not None:
            row = _finish(gathering, doc, ctx, rl, sents, events, dates, locations, officials, agencies, rows)
            if row["status"] == "held" and row["country_code"]:
                place = row["location"], row["country_code"]
    parties: set[str] = set()
    for h in locs:
        if h.fields["kind"] == "country" and h.fields["country_code"]:
            parties.add(h.fields["country_code"])
    for h in offs + ags:
        if h.fields.get("kind") == "igo" and h.fields.get("acronym"):
            parties.add(h.fields["acronym"])
        elif h.fields.get("country_code"):
            parties.add(h.fields["country_code"])
    for sp in doc.spans.get("nations", []):
        if any(a <= sp.start_char + off < b for a, b in spans):
            parties.add(sp.id_)
    # the parties of the bodies met, when every counterpart is a body ('representatives from CDEMA, CARICOM')
    met_bodies = None
    if e.type == "bilateral_meeting" and e.counterparts:
        bodies = {h.fields["name"]: h.fields.get("acronym") if h.fields.get("kind") == "igo" else h.fields.get("country_code")
                  for h in ags}
        if all(c in bodies for c in e.counterparts):
            met_bodies = {bodies[c] for c in e.counterparts if bodies[c]}
    if e.type == "bilateral_meeting" and (len(parties) > 2 and len(e.counterpart_ccs) == 1 and len(e.counterparts) <= 1
                                          or met_bodies is not None):
        # one of the meetings with 'his Saudi, Omani, Iraqi and Egyptian counterparts', 'the foreign ministers of
        # Spain José Albares, Latvia Baiba Braže, ...' or 'representatives from CDEMA, CARICOM and ...': that state
        # or body and the subject's state (named before the trigger, else the meeting's own place)
        own = {h.fields["country_code"] for h in offs if h.fields["name"] in e.subjects and h.fields.get("country_code")}
        own = own or ({place[1]} if place and place[1] else set())
        parties = (met_bodies if met_bodies is not None else set(e.counterpart_ccs)) | own
    if ctx.publisher_cc and len(parties) == 1 and ctx.publisher_cc not in parties:
        parties.add(ctx.publisher_cc)
    spec = res.meeting_types[e.type]
    row = {"meeting_type": e.type, "start": t.start + off, "end": t.end + off, "text": doc_text(doc)[t.start:t.end],
            "status": "planned" if planned else "held", "round": rnd, "date_start": ds, "date_end": de,
            "location": place[0] if place else None, "country_code": place[1] if place else None,
            "parties": sorted(parties), "officials": sorted({h.fields["name"] for h in offs}),
            "agencies": sorted({h.fields["name"] for h in ags}),
            "plover": spec["plover"], "plover_mode": spec.get("plover_mode"), "cameo": spec["cameo"],
            "extractor": f"rule:{e.type}"}
    rows[key] = row
    del busy[key]
    return row


_UNFINISHED = {"status": None, "date_start": None, "date_end": None, "location": None, "country_code": None}


#: a sentence opening that starts another occasion of the same trip or day ('Meanwhile, CS Omamo paid a
#: courtesy call ...', 'In addition, ...', 'Later, ...'): its event takes nothing from the one before
_NEW_OCCASION = re.compile(r"^\W*(?:meanwhile|in addition|additionally|separately|besides|earlier|later|previously|"
                           r"subsequently|afterwards|moreover|furthermore|on the other hand|also on|on the same day|"
                           r"the same day|the next day|the following day)\b", re.IGNORECASE)


def _occasion(e: Event, events: list[Event], sents) -> Event | None:
    """The held event whose occasion an undated event belongs to: 'Cabinet Secretary Omamo Sunday held
    bilateral talks ... in Riyadh. ... The two Ministers during the talks signed a Memorandum ...': the
    signing takes the talks' date and place. The nearest earlier dated event of the item (the caller
    checks it was held), when no sentence from the one after it up to the event's own opens another
    occasion ('Meanwhile, ...')."""
    first = min(e.sents)
    prev = [v for v in events if v is not e and v.date is not None and not v.earlier and v.first.trig.sent < first
            and v.type != "multilateral_meeting"]
    if not prev:
        return None
    v = max(prev, key=lambda v: v.first.trig.start)
    # after 'held, Wednesday in Cairo, a series of talks with a number of his Arab counterparts', an 'In
    # addition, ... held talks with the Emirati Minister' is one of that series, not another occasion
    if not _SERIES.search(sents[v.first.trig.sent].text) and \
            any(_NEW_OCCASION.match(sents[i].text) for i in range(v.first.trig.sent + 1, first + 1)):
        return None
    t = e.first.trig
    lead = sents[t.sent].text[:max(0, t.start - sents[t.sent].start_char)]
    return None if _OTHER_OCCASION.search(lead) else v


#: a meeting told as held at a gathering: 'on the sidelines of the summit', 'On the first day of the conference, he met'
_AT_CUES = (r"on the (?:sidelines?|margins?|fringes?)|(?:on|during) the (?:first|second|third|last|final|opening|closing) day|"
            r"during|at|on the occasion")
_AT_OF_THE = r"\s+(?:of\s+)?the\s+(?:[\w'’-]+\s+){0,5}?"
_GATHERING_NOUNS = r"conference|summit|forum|session|assembly|congress"
_AT_GATHERING = re.compile(rf"\b(?:{_AT_CUES}|in the framework){_AT_OF_THE}(?:{_GATHERING_NOUNS}|meeting|meetings|dialogue)\b",
                           re.IGNORECASE)
#: ... one that names the gathering itself, not any meeting ('During the meeting, they ... signed'): its days
_AT_SUMMIT = re.compile(rf"\b(?:{_AT_CUES}){_AT_OF_THE}(?:{_GATHERING_NOUNS})\b", re.IGNORECASE)
#: a sentence told on the day of the one before it
_SAME_DAY = re.compile(r"^\W*(?:(?:on|later on|earlier on)\s+)?(?:the|that)\s+(?:same\s+)?day\b(?!\s+(?:before|after))",
                       re.IGNORECASE)


def _gathering(e: Event, events: list[Event], sents) -> Event | None:
    """The multilateral meeting of the item at which a meeting with no place of its own was held: the
    item's first held one, when a sentence of the meeting places it there ('On the first day of the
    conference, he met with ...'). Its place is the meeting's (the caller finishes it)."""
    if not any(_AT_GATHERING.search(sents[i].text) for i in e.sents):
        return None
    return next((v for v in sorted(events, key=lambda v: v.first.trig.start) if v is not e
                 and v.type == "multilateral_meeting" and not v.earlier), None)


#: a lead sentence setting the scene of the item's meetings: 'held talks with his foreign counterparts ... in New York'
_SCENE = re.compile(r"\b(?:held|holds|had|hold) (?:[\w-]+ ){0,3}?(?:talks|meetings|consultations|discussions) with "
                    r"(?:his|her|their|the) (?:[\w-]+ ){0,2}counterparts\b", re.IGNORECASE)


def _scene_place(e: Event, events: list[Event], sents, locations: list[Hit], text: str, off: int) -> tuple[str, str] | None:
    """The place a lead event states for the meetings told after it ('... held talks with his foreign counterparts
    ... of the UN General Assembly in New York'): a city (else a state) after 'in'/'at' in its sentence."""
    first = min(e.sents)
    lead = next((v for v in sorted(events, key=lambda v: v.first.trig.start) if v is not e and not v.earlier
                 and v.first.trig.sent < first and (_SCENE.search(sents[v.first.trig.sent].text)
                                                   or _SERIES.search(sents[v.first.trig.sent].text))), None)
    if lead is None:
        return None
    s = sents[lead.first.trig.sent]
    cands = [h for h in locations if s.start_char + off <= h.start < s.end_char + off and h.fields.get("country_code")
             and _LOCATIVE.search(text[max(0, h.start - off - 12):h.start - off])]
    h = next((h for h in cands if h.fields.get("kind") == "city"), cands[0] if cands else None)
    return (h.fields["name"], h.fields["country_code"]) if h is not None else None


#: a sentence announcing several meetings of one occasion ('a series of talks', 'with a number of his counterparts')
_SERIES = re.compile(r"\b(?:a series of|a number of|a round of|several|various|numerous|multiple)\s+(?:[\w'’-]+\s+){0,3}?"
                     r"(?:talks|meetings|consultations|counterparts|ministers|leaders|delegations)\b", re.IGNORECASE)


#: an event named as what is talked about is another occasion ('congratulated them on the expected
#: results of the meeting of the heads of delegation and the consultation between the vice ministers')
_OTHER_OCCASION = re.compile(r"\b(?:results?|outcomes?|success|preparations?|follow-up|agreements reached) (?:of|at|in) "
                             r"(?:the |this |that |their |its )?(?:[\w'’-]+ ){0,20}$", re.IGNORECASE)


#: where a report was given, not where its event is ('..., it was said in Ljubljana on Tuesday')
_SAID_IN = re.compile(r"\b(?:said|announced|stated|reported|declared|told (?:reporters|journalists|the press))\s+(?:\w+\s+)?in\s+(?:the\s+)?$",
                      re.IGNORECASE)


def _said_in(text: str, h: Hit, off: int) -> bool:
    """The place is where a report was given: a speech verb and 'in' right before it."""
    return bool(_SAID_IN.search(text, max(0, h.start - off - 40), h.start - off))


def _place(e: Event, doc: Doc, ctx: Context, rl: Rules, sents, locs: list[Hit], ags: list[Hit], planned: bool,
           events: list[Event], item_locs: list[Hit] = ()) -> tuple[str | None, str] | None:
    """Where the meeting took place, only when the item states it (ANNOTATION.md), in this order:
    a visit's destination; a place after 'in'/'at' in the event's sentences (a city beats a
    country; not where a report was given, 'it was said in Ljubljana'); the city a gathering is named
    after; the host of an embassy it is held at; a city named in its sentences; the dateline (held
    meetings); the host state (credentials); the country visited during the item's single visit."""
    text = doc_text(doc)
    res, off = ctx.res, ctx.offset
    # (an online event is nowhere: its own first sentence says so; 'many ambassadors have had to present their
    # credentials ... virtually' in another sentence is background)
    first = sents[e.first.trig.sent]
    if e.type == "phone_call" or _ONLINE.search(first.text):
        return None
    if e.dest is not None:
        return e.dest.fields["name"], e.dest.fields["country_code"]
    if e.next_session or e.listed:
        if e.next_place is not None:
            return e.next_place.fields["name"], e.next_place.fields["country_code"]
        # ('agreed to hold the next round in the Cuban capital'): a capital named by its state's adjective
        # after the announcement
        t = e.first.trig
        m = _NAT_CAPITAL.search(text, t.end, sents[t.sent].end_char)
        cc = m and res.nationalities.get(m["nat"])
        return _country_place(cc, res) if cc else None
    # the UN General Assembly, a UN vote: it sits where the body sits, whatever the dateline or the
    # cities of the sentence say; only a place written after 'in'/'at' next to it tells
    remote = rl.remote_body is not None and all(rl.remote_body.search(text[t.start:t.end]) for t in e.trigs)
    # the place the parse ties to a trigger ('met in New York', 'the meeting was held at the Embassy
    # in Abuja', 'talks in Beijing') comes first: a place of another clause ('the Ambassador of Cuba',
    # 'the blockade against Cuba', 'the Mayor of Toronto') is a party's or a topic's, not the event's
    tied = _tied_place(doc, e.trigs, locs, off)
    if tied is not None:
        return tied.fields["name"], tied.fields["country_code"]
    best = None
    trigs = [(t.start + off, t.end + off) for t in e.trigs]
    for h in locs:
        if not h.fields.get("country_code"):
            continue
        reach = _REMOTE_REACH if remote else _LOCATIVE_REACH
        if not any(ta - reach <= h.start < tb + reach for ta, tb in trigs):
            continue
        if _LOCATIVE.search(text[max(0, h.start - off - 12):h.start - off]) and _verbless(doc, h.start - off) \
                and not _said_in(text, h, off):
            if best is None or (h.fields["kind"] == "city" and best.fields["kind"] != "city"):
                best = h
    if best is not None:
        return best.fields["name"], best.fields["country_code"]
    # the city a gathering is named after ('the 61st Munich Security Conference')
    head = e.first.trig
    named = next((h for h in locs if h.end <= head.start + off and h.fields["kind"] == "city"
                  and h.fields.get("country_code") and text[head.start:head.start + 1].isupper()
                  and _NAMED_AFTER_GAP.fullmatch(text, h.end - off, head.start)), None)
    if named is not None:
        return named.fields["name"], named.fields["country_code"]
    # 'held in the Vietnamese capital': a capital named by its state's adjective (no location mention)
    for a, b in ((sents[i].start_char, sents[i].end_char) for i in sorted(e.sents)):
        m = _NAT_CAPITAL.search(text, a, b)
        cc = m and res.nationalities.get(m["nat"])
        if cc:
            return _country_place(cc, res)
    if remote:
        # unless the dateline is the body's own ('United Nations, New York, November 2, 2023')
        dl = ctx.dateline
        if dl is not None and ctx.dateline_cc and rl.remote_body.search(text[dl.start - off:dl.end - off]):
            return ctx.extras.get("dateline_place_name"), ctx.dateline_cc
        return None
    for h in ags:
        m = _EMBASSY_HOST.match(h.fields.get("name") or "")
        if m and _LOCATIVE.search(text[max(0, h.start - off - 12):h.start - off]):
            cc = _country_code(m["host"], res)
            if cc:
                # the canonical name the locations table uses ('the Philippines' -> 'Philippines')
                return _country_place(cc, res, m["host"])
    # a city of the event's sentences that stands as a place, not as a party's title or origin or a
    # name ('the Mayor of Toronto', 'a delegation from Havana', 'the Havana Fair'): a dateline-like
    # line start ('Addis Ababa, June 7, 2018.'), or after a locative cue ('in Havana', 'the Indian
    # city of Indore', 'Venue: ..., Cape Town')
    city = next((h for h in locs if h.fields["kind"] == "city" and h.fields.get("country_code")
                 and _place_position(text, h, locs, off)
                 and not _said_in(text, h, off)), None)
    if city is not None:
        return city.fields["name"], city.fields["country_code"]
    # (a visit announced for later hosts no meeting held: 'Dendias will be heading to Rome on Tuesday')
    dests = {v.dest.fields["country_code"]: v.dest for v in events if v.type == "official_visit" and v.dest
             and (planned or not _event_planned(v, sents, rl))}
    if e.type != "official_visit":
        # a meeting during a tour takes place in the visited country its counterpart serves
        # ('During her visit, she met ... Anniken Huitfeldt ... of Norway')
        hit = [dests[c] for c in sorted(e.counterpart_ccs) if c in dests]
        if len(hit) == 1 and len(dests) > 1:
            return hit[0].fields["name"], hit[0].fields["country_code"]
        # 'on his second trip to Cuba in March, Vilsack signed a Memorandum': the visit's country
        near = [v.dest for v in events if v.type == "official_visit" and v.dest is not None and v.sents & e.sents]
        if len({h.fields["country_code"] for h in near}) == 1:
            return near[0].fields["name"], near[0].fields["country_code"]
        # a wire's dateline is where the report was filed: the item's single visit abroad holds the meetings
        # ('DUSHANBE, 25.02.2020 - The Minister ... visited Russia ... Muhriddin held negotiations with Lavrov')
        now = {v.dest.fields["country_code"]: v.dest for v in events if v.type == "official_visit" and v.dest
               and not v.earlier and not _event_planned(v, sents, rl)}
        if len(now) == 1 and ctx.dateline_cc and ctx.dateline_cc not in now and not planned and not e.earlier:
            (h,) = now.values()
            return h.fields["name"], h.fields["country_code"]
    if ctx.dateline_cc and not planned and not e.earlier:
        return ctx.extras.get("dateline_place_name"), ctx.dateline_cc
    # 'at the headquarters of the Ministry of Foreign Affairs of Korea': a state body's premises (after the dateline:
    # a body's state may be the publisher's by default)
    for h in ags:
        if h.fields.get("country_code") and h.fields.get("kind") not in ("igo", "embassy") \
                and _PREMISES.search(text[max(0, h.start - off - 40):h.start - off]):
            return _country_place(h.fields["country_code"], res)
    if not planned and not e.earlier and e.type != "official_visit":
        # 'The Cuban Embassy in Nigeria commemorated ...', 'The Ambassador of Cuba in Sri Lanka ... met
        # ...': a mission (or its head) hosting or holding the event, with no other place written, holds
        # it in the state it is accredited in
        host = _subject_host(doc, e.trigs, locs, ags, off, res)
        if host is not None:
            return host
    if e.type == "credentials":
        # credentials are presented in the host state: the site's host, else the state of the one
        # they are presented to ('to the Foreign Minister of Jamaica', 'Ambassador of Cuba to Kenya')
        cc = ctx.host_cc or next((h.fields["country_code"] for h in sorted(locs, key=lambda h: h.start)
                                  if h.fields.get("kind") == "country" and h.fields.get("country_code")
                                  and _RECIPIENT.search(text[max(0, h.start - off - 80):h.start - off])), None)
        if cc is None:
            # the envoy's title elsewhere in the item ('The new Ambassador of Cuba to Sri Lanka ... called on
            # ...', then 'who presented his credentials to President Gotabaya Rajapaksa')
            cc = next((h.fields["country_code"] for h in sorted(item_locs, key=lambda h: h.start)
                       if h.fields.get("kind") == "country" and h.fields.get("country_code")
                       and _ENVOY_TO.search(text[max(0, h.start - off - 80):h.start - off])), None)
        if cc is None and ctx.publisher_cc and not ctx.host_cc:
            # a page of the receiving state's own institution ('Government House welcomed diplomats ...
            # for the Credentials ceremonies'): presented there, unless the envoy is the page's own state's
            # ('the Cuban Ambassador presented his credentials to the Governor-General')
            span = " ".join(sents[i].text for i in sorted(e.sents))
            own = [a for a, c in res.nationalities.items() if c == ctx.publisher_cc]
            place = res.country_by_code.get(ctx.publisher_cc)
            names = "|".join(re.escape(x) for x in own + ([place.name] if place else []))
            envoy = r"(?:Ambassador|High Commissioner|[Ee]nvoy|Charg[eé] d.Affaires)"
            if not names or not re.search(rf"\b(?:{names}) {envoy}|\b{envoy}s? of (?:the )?(?:Republic of )?(?:{names})\b",
                                          span):
                cc = ctx.publisher_cc
        if cc:
            return _country_place(cc, res)
    if e.type != "official_visit":
        # a meeting during a visit takes place in the visited country: the one its counterpart
        # serves when the item reports a tour, else the single country visited
        hit = [dests[c] for c in sorted(e.counterpart_ccs) if c in dests]
        if len(hit) == 1:
            return hit[0].fields["name"], hit[0].fields["country_code"]
        if len(dests) == 1:
            (h,) = dests.values()
            return h.fields["name"], h.fields["country_code"]
    return None


#: a host's verb: the meeting takes place where the host serves ('will host his Norwegian counterpart')
_HOST_VERB = re.compile(r"\bhost(?:s|ed|ing)?\b", re.IGNORECASE)
#: a reception fixes the place only at the host's own premises ('received ... at the Chancellery's headquarters')
_RECEIVE_VERB = re.compile(r"\b(?:receiv(?:e|es|ed|ing)|welcom(?:e|es|ed|ing)|accept(?:s|ed|ing)?)\b", re.IGNORECASE)
_HOST_VENUE = re.compile(r"\b(?:at|in) (?:the |his |her |its )?(?:[\w'’-]+ ){0,3}?(?:office|offices|headquarters|ministry|"
                         r"chancellery|palace|residence|state house)\b", re.IGNORECASE)
#: a call paid at the host's premises: the host is the one called on ('called on Foreign Minister Dinesh
#: Gunawardena today at the Foreign Ministry')
_CALL_ON = re.compile(r"\bcall(?:ed|s)? on\b", re.IGNORECASE)
_ENVOY_BEFORE = re.compile(r"\b(?:Ambassador|High Commissioner|Charg[eé] d.Affaires)\b")
_HOST_PASSIVE = re.compile(r"\b(?:was|were|is|are|be|been) (?:\w+ )?(?:hosted|received|welcomed)\b(?: \w+){0,3}? by\b",
                           re.IGNORECASE)


def _host_state(e: Event, doc: Doc, sents, offs: list[Hit], off: int, res: Resources) -> tuple[str | None, str] | None:
    """Last resort for a place no text states: the state of the official who hosts the meeting ('Minister
    Lamola to host his Norwegian counterpart for Bilateral Consultations') or receives it at the host's
    premises ('the Deputy Prime Minister ... of Namibia received the Cuban ambassador ... at the
    Chancellery's headquarters'); 'was received by' names the host after the verb. Not for visits (their
    place is the destination), multilateral, phone or earlier events."""
    if e.type in ("official_visit", "phone_call", "multilateral_meeting") or e.earlier:
        return None
    text = doc_text(doc)
    for si in sorted(e.sents):
        sent = sents[si]
        a, b = sent.start_char, sent.end_char
        for m in _host_cues(text, a, b, e.type):
            line_lo = max(a, text.rfind("\n", 0, m.start()) + 1)
            line_hi = text.find("\n", m.end())
            line_hi = b if line_hi < 0 else min(b, line_hi)
            if _HOST_PASSIVE.search(text[max(line_lo, m.start() - 12):m.end() + 20]) or _CALL_ON.fullmatch(m.group()):
                host = next((h for h in sorted(offs, key=lambda h: h.start) if m.end() + off <= h.start < line_hi + off), None)
            else:
                host = next((h for h in sorted(offs, key=lambda h: -h.start) if line_lo + off <= h.start < m.start() + off), None)
            cc = host.fields.get("country_code") if host is not None else None
            if cc:
                return _country_place(cc, res)
    return None


def _host_cues(text: str, a: int, b: int, etype: str):
    """The verbs of a sentence that name a host: 'host' first; else a reception or call whose kind fixes the
    place (credentials are received in the receiving state, wherever the text says it happened; an envoy
    calls on the officials of the state he is accredited to: 'Ambassador Liu Xiaoming called on the British
    Lord Speaker'), or one at the host's premises."""
    m = _HOST_VERB.search(text, a, b)
    if m is not None:
        yield m
        return
    for m in sorted([*_RECEIVE_VERB.finditer(text, a, b), *_CALL_ON.finditer(text, a, b)], key=lambda m: m.start()):
        if etype == "credentials" and _RECEIVE_VERB.fullmatch(m.group()) or _HOST_VENUE.search(text, m.end(), b) \
                or _CALL_ON.fullmatch(m.group()) and _ENVOY_BEFORE.search(text, a, m.start()):
            yield m


#: an envoy's title naming the state of accreditation: 'Ambassador of Cuba to Sri Lanka'
_ENVOY_TO = re.compile(r"\b(?:Ambassador|High Commissioner|Envoy)\s+of\s+[^.;:\n]{2,50}?\s+to\s+(?:the\s+)?$")
_PREMISES = re.compile(r"\bat the (?:headquarters|seat|offices?|premises|building) of (?:the )?$", re.IGNORECASE)
_NAT_CAPITAL = re.compile(r"\b(?:in|at|to) the (?P<nat>[A-Z][\w-]+(?: [A-Z][\w-]+)?) capital\b")
_TIE_PREPS = frozenset({"in", "at"})
_TIE_CUE = re.compile(r"(?:\b(?:in|at|city of|capital of|capital,?)\s+(?:the\s+)?)$", re.IGNORECASE)


def _trigger_roots(doc: Doc, trigs: list[Trigger]):
    """(span, syntactic root) of each trigger the tokenization can hold."""
    for t in trigs:
        sp = doc.char_span(t.start, t.end, alignment_mode="expand")
        if sp is not None:
            yield sp, sp.root


def _extent(tok) -> tuple[int, int]:
    """Character offsets (in the segment) of a token's whole subtree."""
    return tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge)


def _tied_place(doc: Doc, trigs: list[Trigger], locs: list[Hit], off: int) -> Hit | None:
    """The place a locative attached to a trigger names, by the dependency parse: a prep 'in'/'at'
    whose head is the trigger's root token ('the meeting in Havana', 'met in New York') or that
    token's head ('held talks in Beijing', 'the meeting was held in Havana'). Within the object of
    the preposition, the object itself or a place after a further locative ('at the Embassy in Abuja',
    'in the city of Indore'); a city beats a country."""
    text = doc_text(doc)
    for sp, root in _trigger_roots(doc, trigs):
        anchors = [root]
        if root.head is not root and root.dep_ in ("dobj", "nsubjpass", "nsubj", "attr", "xcomp", "conj"):
            anchors.append(root.head)
        # 'the session of the Human Rights Council in Geneva': the body the trigger names holds it
        anchors += [o for p in root.children if p.dep_ == "prep" and p.lower_ == "of"
                    for o in p.children if o.dep_ == "pobj"]
        for anc in anchors:
            for prep in anc.children:
                if prep.dep_ != "prep" or prep.lower_ not in _TIE_PREPS or prep.i < sp.start - 12:
                    continue
                for obj in prep.children:
                    if obj.dep_ != "pobj":
                        continue
                    a, b = _extent(obj)
                    best = None
                    for h in locs:
                        i = h.start - off
                        if not (a <= i < b) or not h.fields.get("country_code"):
                            continue
                        if not (i <= obj.idx < h.end - off or _TIE_CUE.search(text[max(0, i - 14):i])):
                            continue
                        if best is None or (h.fields["kind"] == "city" and best.fields["kind"] != "city"):
                            best = h
                    if best is not None:
                        return best
    return None


def _verbless(doc: Doc, i: int) -> bool:
    """The sentence at character `i` has no verb: a title or caption ('Honoring Fidel and Chavez in
    Indonesia'), where the parse ties no locative reliably, so a place after 'in' near the trigger
    stands for the event's."""
    sp = doc.char_span(i, i + 1, alignment_mode="expand")
    if sp is None:
        return False
    return not any(t.pos_ in ("VERB", "AUX") and t.tag_ != "VBG" for t in doc[sp.start].sent)


_GUEST_VERB = re.compile(r"(?:attend|participat|join|took|tak|visit|travel)", re.IGNORECASE)
_MISSION_HEAD = re.compile(r"\b(?:Embassy|Consulate|Mission|Ambassador|Charg[eé] d.Affaires|Consul)\b", re.IGNORECASE)


def _subject_host(doc: Doc, trigs: list[Trigger], locs: list[Hit], ags: list[Hit], off: int,
                  res: Resources) -> tuple[str | None, str] | None:
    """The state a mission (or its head) that is the subject of a trigger is accredited in: 'The
    Cuban Embassy in Nigeria commemorated', 'The Ambassador of Cuba in (or to) Sri Lanka ... met'."""
    text = doc_text(doc)
    for _, root in _trigger_roots(doc, trigs):
        verb = root if root.pos_ in ("VERB", "AUX") else root.head
        if _GUEST_VERB.match(verb.lower_):
            continue    # 'The Cuban Embassy in Canada attended the Volleyball Cup': a guest, not the host
        for subj in verb.children:
            if subj.dep_ not in ("nsubj", "nsubjpass"):
                continue
            a, b = _extent(subj)
            for h in ags:
                m = _EMBASSY_HOST.match(h.fields.get("name") or "")
                if m and a <= h.start - off < b:
                    cc = _country_code(m["host"], res)
                    if cc:
                        return _country_place(cc, res, m["host"])
            if not _MISSION_HEAD.search(text[a:b]):
                continue
            for h in locs:
                i = h.start - off
                if a <= i < b and h.fields.get("kind") == "country" and h.fields.get("country_code") \
                        and (_LOCATIVE.search(text[max(0, i - 12):i]) or _ENVOY_TO.search(text[max(a, i - 80):i])) \
                        and _MISSION_HEAD.search(text[a:i]):
                    return h.fields["name"], h.fields["country_code"]
    return None


_STAMP_DATE = re.compile(r",\s*(?:\d{1,2}(?:st|nd|rd|th)?(?:\s+of)?\s+[A-Z][a-z]+\.?,?\s+\d{4}|[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}/\d{1,2}/\d{2,4})")
_LINE_START = re.compile(r"(?:^|\n)[ \t]*$")
_PLACE_CUE = re.compile(r"(?:\b(?:in|at|city of|capital,?)\s+(?:the\s+)?|\bVenue:[^\n]{0,60}?)$", re.IGNORECASE)


def _place_position(text: str, h: Hit, locs: list[Hit], off: int) -> bool:
    """A city stands where an event's place is written: it opens its line (a dateline the splitter
    did not take), follows a locative cue, or is stamped with its country or a date ('the G20
    Ministers' Meetings, Matera, Republic of Italy, 28-29 June 2021'; '23rd June, 2021, Maputo,
    Mozambique'; 'United States. Washington, November 30, 2015')."""
    i, j = h.start - off, h.end - off
    before = text[max(0, i - 80):i]
    if _LINE_START.search(before) or _PLACE_CUE.search(before):
        return True
    if any(g.fields.get("kind") == "country" and g.fields.get("country_code") == h.fields["country_code"]
           and 0 < g.start - h.end <= 3 and text[j:g.start - off].strip() == "," for g in locs):
        return True
    return bool(_STAMP_DATE.match(text, j))


def _country_place(cc: str, res: Resources, written: str | None = None) -> tuple[str | None, str]:
    """(location, country_code) of a place known only as a state: the canonical name the locations table
    uses ('the Philippines' -> 'Philippines'), else the name as written."""
    p = res.country_by_code.get(cc)
    return (p.name if p else written), cc


def _country_code(name: str, res: Resources) -> str | None:
    from ..normalize.places import lookup_country
    return lookup_country(name, res)
