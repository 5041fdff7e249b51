"""Stage 2, SPLIT: a document's text -> news items (headline, dateline, paragraphs; boilerplate dropped).

Hand-written: no library splits press *listing* pages into items; boundary extraction tools
(trafilatura, justext) find one main text per page. The rules work on lines, because every page of the
corpus puts headlines, paragraphs and boilerplate on lines of their own:

1. each non-blank line is a block, classified by models/boilerplate.txt as boilerplate of one of three
   strengths (`break`: "Read more", separators, tag lists: the item above is over; `boiler`: chrome
   that may or may not sit between items; `inline`: captions, image alt lines, ads, which sit inside
   items and never mark a boundary), a site-top line, a dateline-only line, or text;
2. an item opens with a *head*: its headline (or a dateline-only line) followed by the short lines
   pages print under it (the headline repeated, a translation, a caption, 'Office of the Spokesperson',
   a place line, a date line); the head never starts a new item;
3. after the head, a block starts a new item when a break stands before it, when it looks like a
   headline (short, and the block under it reads as its body: a dateline, a repeat, a longer paragraph,
   shared words; a statement or speech heading, 'Statement by ...', 'Remarks delivered by ...', even long
   and ending with a period), when it is a dateline paragraph and the current item already had a dateline,
   when it follows the item's signature line ('Embacuba Kenya.'), or when it is a headline printed twice
   right under a head (that head's item is then a headline alone); inside a statement two paragraphs long,
   short lines are sub-headings unless the paragraph under them takes up their words; on a page of one story,
   a short line whose paragraph goes on with the story's names is a sub-heading too;
4. an item ends at its last non-boilerplate block; items made only of date lines are page chrome.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path

from .normalize import dates as D

WS = " \t\r\n\u00a0\u2002\u2003\u2009\u200b\ufeff"


@dataclass(frozen=True, slots=True)
class Block:
    start: int
    end: int
    text: str
    kind: str = "text"      # text | dateline_only | top | boiler | break | inline


@dataclass(frozen=True, slots=True)
class Dateline:
    start: int                # offsets in the document
    end: int
    place: str | None
    place_start: int | None
    date: D.Expr | None       # offsets of the Expr are document offsets


@dataclass(frozen=True, slots=True)
class ItemSpan:
    ordinal: int
    start: int
    end: int
    headline: str | None
    body_start: int
    dateline: Dateline | None


_NEVER = re.compile("(?!)")


@dataclass(frozen=True)
class Rules:
    anywhere: re.Pattern                 # boilerplate of ordinary strength
    top: re.Pattern                      # only before the page's first item (site headers, section labels)
    brk: re.Pattern = _NEVER             # boilerplate that closes the item above it
    inline: re.Pattern = _NEVER          # chrome inside items (captions, alt lines): never a boundary
    end: re.Pattern = _NEVER             # the page's stories are over: this line and all after it are chrome


@functools.lru_cache(maxsize=4)
def boilerplate_rules(path: str) -> Rules:
    lines = [ln.strip() for ln in Path(path).read_text(encoding="utf-8").splitlines()]
    lines = [r for r in lines if r and not r.startswith("#")]
    tagged: dict[str, list[str]] = {"top": [], "break": [], "inline": [], "end": [], "": []}
    for r in lines:
        tag, _, rest = r.partition(" ")
        if tag[:1] == "@" and tag[1:] in tagged:
            tagged[tag[1:]].append(rest.strip())
        else:
            tagged[""].append(r)

    def compile_(rs):
        return re.compile("(?:" + ")|(?:".join(rs) + ")", re.IGNORECASE) if rs else _NEVER
    return Rules(compile_(tagged[""]), compile_(tagged["top"]), compile_(tagged["break"]), compile_(tagged["inline"]),
                 compile_(tagged["end"]))


# letters of other scripts (Greek, Cyrillic, Armenian, Hebrew, Arabic, the Indic scripts and Sinhala, Thai,
# Georgian, kana, CJK, Hangul): a line mostly in them is a site header or slogan of an English page
_NON_LATIN = re.compile(r"[\u0370-\u03ff\u0400-\u04ff\u0530-\u06ff\u0900-\u0dff\u0e00-\u0e7f\u10a0-\u10ff"
                        r"\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_PLACE = r"[A-Z][\w.'’&-]*(?:\s+(?:[A-Z][\w.'’&-]*|of|de|la|del|and|the|da))*"
# (ANI's datelines put the state in brackets after the city: 'Ulan Bator [Mongolia], July 5 (ANI/Xinhua):')
# (and Andina's a clock before the place and the state in parentheses: '00:01 | Bogota (Colombia), Dec. 4.')
_PLACE_PREFIX = re.compile(rf"^\s*(?:\d{{1,2}}:\d\d\s*\|\s*)?[/(]?\s*(?P<place>{_PLACE}(?:\s*,\s*{_PLACE}){{0,2}})?"
                           rf"(?:\s*\[{_PLACE}\]|\s+\({_PLACE}\))?[\s,]*(?:[–-]\s*)?\(?\s*$")
# the agency after the date: '(Xinhua)', or between slashes 'Addis Ababa February 15/2023 /ENA/'
_AFTER_DATE = re.compile(r"\s*\)?\s*(?:\((?P<agency>[^)]{2,40})\)|/(?P<slash_agency>[A-Z]{2,10})/)?\s*(?P<sep>\.\s*[-–—_]+|[-–—_]+|\.|:|,)?")
_AGENCY_DATELINE = re.compile(rf"^(?P<place>{_PLACE}(?:\s*,\s*{_PLACE})?)\s*\((?:Xinhua|VNA|AFP|Reuters|AP|PL|Prensa Latina|IPS|ANI|PTI|TASS)\)\s*[-–—]+\s*")
# a reporter's byline on its own line: 'From Aidoghie Paulinus, Abuja', 'By Jane Doe, Nairobi'
_BYLINE = re.compile(rf"^(?:From|By)\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){{0,3}},\s*(?P<place>{_PLACE})\s*$")
# ... and without a place ('By Timilehin Ajibade'): a line of the head, never a headline
_BYLINE_NAME = re.compile(r"^By\s+[A-Z][\w.'’-]+(?:\s+(?:[A-Z][\w.'’-]+|de|da|van|von|bin))*\s*$")
_PLACE_ONLY = re.compile(rf"^(?P<place>{_PLACE}(?:\s*,\s*{_PLACE})?)\s*(?:\.-|\.\s+|:\s+|\s+[-–—]\s+)(?=[A-Z“\"])")
_SENT_END = re.compile(r"(?<!\b[A-Z])(?<!\bSt)(?<!\bMr)(?<!\bDr)[.!?][\"”’)»]*$")
_SOURCE_TAIL = re.compile(r"[.!?][\"”’]?\s*\([^()]{2,80}\)\.?$")
_LABEL_WORD = re.compile(r"\b(?:Press|Release|Statement|Declaration|Note|Message|Notice|Update|Readout|Communiqu\w*|"
                         r"Source|Photo|Caption|Subject|Re|Fwd|Breaking|Interview|Remarks|Speech|Briefing)\b")
# the heading of a statement, speech or release: 'Statement by the Ministry ...', 'Remarks delivered by Senator ...',
# 'Declaration of the Revolutionary Government', 'Press release issued by ...': a headline, or (short, under
# another headline) that headline's label line
_LABEL_HEAD = re.compile(r"^[•·\-\s]*(?:Joint\s+)?(?:Statements?|Remarks|Speech|Declaration|Address|Message|Intervention|"
                         r"Communiqu\w*|Press [Rr]elease)\b(?:\s+[\w-]+){0,3}?\s+(?:by|of|from|to|at|delivered|issued|made)\b")
# a crawler's " date YYYY-MM-DD" stamp at the start of a page line (also read by annotate.dates)
CRAWL_PREFIX = re.compile(r"\s*date (?P<date>\d{4}-\d\d-\d\d)(?:\s+|$)")
# a teaser whose own line ends with the site's link text: 'held in Havana. Read More...', '... Revolution. »'
_TRAILING_MORE = re.compile(r"\s+(?:(?:Read [Mm]ore|READ MORE)\s*(?:\.\.\.|…|»)?|»)\s*$")
# the right border of a page laid out as a table: '... the G20 Foreign Ministers. |'
_TABLE_EDGE = re.compile(r"\s+\|$")
_SIGNATURE = re.compile(r"^\(.{3,60}\)\.?$|^(?:Emba ?cuba|Embassy of Cuba|Consulate|\(?Cuban Embassy)[\w ,.]{0,40}\.?\)?$", re.I)
_NUMBERED = re.compile(r"^(?:\d+(?:\.\d+)*\.?|[ivxIVX]+\.|[a-z]\)|[-•°*·])\s")
_URL = re.compile(r"https?://|www\.|\.(?:com|org|cu|gov|net)\b")
_WORD = re.compile(r"[A-Za-zÀ-ÿ]{3,}")
_STOP = {"the", "and", "for", "with", "from", "that", "this", "its", "their", "his", "her", "was", "were", "are",
         "has", "have", "had", "into", "about", "between", "during", "which", "who", "will", "been", "also"}
# Sentences opening with a pronoun or a back-reference continue a story; headlines never open so.
_ANAPHORIC = re.compile(r"^(?:Both|He|She|They|It|This|These|Those|Its|His|Her|Their|There|Also|In addition|"
                        r"Furthermore|Moreover|However|Meanwhile|The two|The latter|The former|For (?:his|her|their) part)\b")
# Spanish function words: a Spanish line right under an English headline is its translation.
_ES_WORDS = re.compile(r"\b(?:de|del|la|las|los|el|en|y|con|para|por|sobre|una?|al)\b")
_EN_WORDS = re.compile(r"\b(?:the|of|and|to|in|with|for|on|at|by)\b")
# '... with the United States.  Washington, December 11, 2017.': a headline with its dateline glued on
_GLUED_TAIL = re.compile(r"(?<=[.!?])\s{1,3}(?=[A-Z(])")
# a mailing-list subject prefix before a headline that the message repeats: 'MINREX: Foreign Minister ...'
_SUBJECT_PREFIX = re.compile(r"^[A-Z][A-Za-z]{1,15}:\s+")


def blocks(text: str, rules: Rules) -> list[Block]:
    out = []
    pos = 0
    ended = False       # past an @end line ('Related posts'): the rest of the page is chrome
    for line in text.split("\n"):
        s = pos + (len(line) - len(line.lstrip(WS)))
        e = pos + len(line.rstrip(WS))
        pos += len(line) + 1
        if e <= s:
            continue
        crawl = CRAWL_PREFIX.match(text, s, e)
        if crawl and crawl.end() >= e:
            continue            # the crawl stamp alone on its line: no block (page_date reads it)
        if crawl:
            s = crawl.end()
        pipe = _TABLE_EDGE.search(text, s, e)
        if pipe and pipe.start() > s:
            e = pipe.start()
        more = _TRAILING_MORE.search(text, s, e)
        if more and more.start() > s:
            e = more.start()
        t = text[s:e]
        kind = "boiler" if ended else _kind(t, rules)
        # (only after a story's paragraph: a 'Related news' box above the story ends nothing)
        if not ended and rules.end.fullmatch(t) and any(x.kind == "text" and len(x.text) > 80 for x in out):
            ended, kind = True, "break"
        out.append(Block(s, e, t, kind))
    return _menu_runs(text, out)


def _menu_entry(b: Block) -> bool:
    return b.kind in ("text", "top", "boiler") and len(b.text.split()) <= 5 \
        and not any(c.isdigit() for c in b.text) and not _ends_sentence(b.text)


def _paragraph(b: Block) -> bool:
    return b.kind == "text" and (len(b.text.split()) > 12 or _ends_sentence(b.text))


def _line_groups(text: str, bl: list[Block], start: int = 0):
    """(first, last) block indexes of each run of lines printed together (no blank line between them)."""
    k = start
    while k < len(bl):
        j = k
        while j + 1 < len(bl) and text.count("\n", bl[j].end, bl[j + 1].start) == 1:
            j += 1
        yield k, j
        k = j + 1


def _menu_runs(text: str, bl: list[Block]) -> list[Block]:
    """Chrome told by the layout of lines, which line regexes cannot see (written by hand for that reason):
    a site's menu printed one entry per line ('Home' / 'President' / 'Council of Ministers' / 'Press Office':
    three or more short lines in a row above the page's first paragraph are site header, below its last
    paragraph footer), a signature block under the pager, and a contact block."""
    paras = [k for k, b in enumerate(bl) if _paragraph(b)]
    if not paras:
        return bl
    out = list(bl)

    def mark(q: int, kind: str) -> None:
        out[q] = Block(out[q].start, out[q].end, out[q].text, kind)

    for k, j in _line_groups(text, bl):
        # the menu's entries: the longest runs of short lines inside the group
        q = k
        while q <= j:
            r = q
            while r <= j and _menu_entry(bl[r]):
                r += 1
            if r - q >= 3 and (r - 1 < paras[0] or q > paras[-1]):
                for x in range(q, r):
                    if bl[x].kind == "text":
                        mark(x, "top" if r - 1 < paras[0] else "boiler")
            q = r + 1 if r == q else r
    # a site header printed as one group of lines with a navigation bar or breadcrumb in it ('ASEAN' / 'ONE
    # VISION ONE IDENTITY ONE COMMUNITY' / 'Home  About ASEAN  ...' / 'News > Secretary-General'), when the
    # headline stands apart under it, above the first paragraph: the group's other lines are header too
    for k, j in _line_groups(text, bl):
        if j >= paras[0]:
            break
        if j > k and any(bl[q].kind in ("top", "boiler") for q in range(k, j + 1)) \
                and any(bl[q].kind == "text" for q in range(j + 1, paras[0])):
            for q in range(k, j + 1):
                if out[q].kind == "text":
                    mark(q, "top")
    # a signature block under the last story, after the pager or other chrome or the story's own source line
    # ('Embassy of the Republic of Cuba in Argentina' / 'Buenos Aires, Argentina'); a signature right under
    # the last paragraph is the story's
    for k, j in _line_groups(text, out, paras[-1] + 1):
        group = range(k, j + 1)
        if any(out[q].kind in ("break", "boiler") or _closes_item(out[q]) for q in range(paras[-1] + 1, k)) \
                and any(out[q].kind == "top" for q in group) \
                and all(out[q].kind in ("boiler", "break") or len(out[q].text.split()) <= 12
                        and not _ends_sentence(out[q].text) for q in group):
            for q in group:
                mark(q, "boiler")
    # a contact block ('Ministry of Foreign Affairs and Foreign Trade' / '21 Dominica Drive, Kingston 5' /
    # 'Tel: (876) 926-4220'): the short lines printed together with a phone or e-mail line are footer
    for k, j in _line_groups(text, out):
        group = range(k, j + 1)
        if j > k and any(_CONTACT.search(out[q].text) for q in group):
            for q in group:
                if out[q].kind in ("text", "top") and len(out[q].text.split()) <= 14 and not _ends_sentence(out[q].text):
                    mark(q, "boiler")
    return out


_CONTACT = re.compile(r"\b(?:tel|phone|telephone|fax|e-?mail)\b\.?\s*:|\(\+?\d{1,4}[\d ]*\)\s*\d{3}|^\S+@\S+\.\w+$", re.IGNORECASE)


def _kind(t: str, rules: Rules) -> str:
    if rules.brk.fullmatch(t):
        return "break"
    if rules.inline.fullmatch(t):
        return "inline"
    if rules.anywhere.fullmatch(t) or _NON_LATIN.search(t[:40]) and len(_NON_LATIN.findall(t)) > len(t) / 4:
        return "boiler"
    if rules.top.fullmatch(t):
        return "top"
    if _dateline_only(t):
        return "dateline_only"
    return "text"


_DATE_LABEL = re.compile(r"^(?:\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\s*)?(?:Published|Posted|Updated|Last updated|Publication date|"
                         r"Release date)(?:\s+on)?\s*:?\s*", re.IGNORECASE)   # (not 'Date:', a media advisory's field line)
_CLOCK_TAIL = re.compile(r"[\s,|–-]*\d{1,2}[:.h]\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?:\(?(?:GMT|UTC)\s*(?:[+-]\s*\d{1,2}(?::?\d{2})?)?\)?|[A-Z]{2,4})?\s*$")


def _dateline_only(t: str) -> bool:
    """A line that is only a place and/or a date ('Havana, 3 September 2019', 'Friday, November 25, 2016',
    'July 2020', '(New York, 16 October 2023)', '14 February 2018')."""
    # a post-date stamp: 'Published On: 19/05/2023' (also glued behind a copy of its date, as site
    # templates print it), '2016-04-21 14:10 GMT+8', 'March 3, 2021 | 10:15 AM'
    label = _DATE_LABEL.match(t)
    if label:
        t = t[label.end():]
    clock = _CLOCK_TAIL.search(t)
    if clock and clock.start() > 0:
        t = t[:clock.start()]
    # a Canadian release's line: 'January 10, 2023 – Mexico City, Mexico – Global Affairs Canada', 'May 16, 2019 -
    # Ottawa, Ontario - Global Affairs Canada' (date, place, publisher)
    src = _SOURCE_AFTER_PLACE.match(t)
    if src:
        t = src["core"]
    if len(t) > 60:
        return False
    exprs = [e for e in D.find(t) if e.kind in ("day", "range", "month")]
    if len(exprs) != 1:
        return False
    e = exprs[0]
    before, after = t[:e.start], t[e.end:]
    before = re.sub(rf"^\(?{_WEEKDAYS},?\s*", "(", before)
    before = _TRAIL_WEEKDAY.sub(" ", before) if before.strip() else before
    return bool(_PLACE_PREFIX.match(before) and (re.fullmatch(r"[\s).,:-]*", after)
                                                 or not before.strip() and _PLACE_AFTER.fullmatch(after)))


_SOURCE_AFTER_PLACE = re.compile(r"(?P<core>.+?\s[–—-]\s.+?)\s[–—-]\s[A-Z][\w&.'’ ]{2,50}")
_PLACE_AFTER = re.compile(rf"\s*[–—-]\s*{_PLACE}(?:\s*,\s*{_PLACE})?\s*\.?")


_WEEKDAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_TRAIL_WEEKDAY = re.compile(rf"(?<=[\w)])\s*,?\s*{_WEEKDAYS},?\s*$")


_DATE_OPENERS = frozenset({"on", "from", "since", "between", "last", "next", "this", "early", "late", "until", "by",
                           "in", "during", "after", "before", "as of", "till"})


def parse_dateline(text: str, offset: int = 0) -> Dateline | None:
    """The dateline at the start of a paragraph: 'Ottawa, October 16, 2019.-', 'BEIJING, Nov. 27 (Xinhua) --',
    'JAMAICA, KINGSTON, October 31st, 2017.Permanent', 'Hanoi (VNA) –', 'Addis Ababa. ', '09 November 2016 –'."""
    head = text[:140]
    m = _BYLINE.match(head)
    if m:
        return Dateline(offset, offset + m.end(), m["place"], offset + m.start("place"), None)
    m = _AGENCY_DATELINE.match(head)
    if m:
        return Dateline(offset, offset + m.end(), m["place"], offset + m.start("place"), None)
    for e in D.find(head):
        if e.kind not in ("day", "range") or e.start > 70:
            continue
        # (a weekday between the place and the date is neither: 'Havana (Cuba), Friday 23 November 2018')
        pre = _TRAIL_WEEKDAY.sub(" ", head[:e.start]) if e.start else ""
        pm = _PLACE_PREFIX.match(pre)
        if not pm:
            break
        before = pre.strip()
        # (nor a date the sentence opens with: 'Last February 21, Ambassador ... had presented')
        if before.lower() in _DATE_OPENERS or (before and before[0].islower()):
            break
        am = _AFTER_DATE.match(head, e.end)
        sep = am["sep"] if am else None
        if not sep and not (am and (am["agency"] or am["slash_agency"])):
            # 'October 31st, 2017.Governor' is caught by the '.' separator; a date running on into the
            # sentence ('On January 9, a hearing') is not a dateline
            break
        place = pm["place"]
        shifted = D.Expr(e.start + offset, e.end + offset, e.kind, e.year, e.month, e.day, e.month2, e.day2,
                         e.year_written, pattern=e.pattern)
        return Dateline(offset, offset + am.end(), place, offset + pm.start("place") if place else None, shifted)
    m = _PLACE_ONLY.match(head)
    # a place-only dateline is not a name ending in an initial ('Secretary of State Antony J. Blinken')
    # nor a label ('Press Release: Illinois ...', 'MINREX: Foreign Minister ...')
    if m and len(m["place"]) <= 40 and not re.search(r"\b(?:The|This|In|On|At|A|An|Mr|Mrs|Ms|Dr|H\.E|Hon|Sen|Amb|Rev|Prof|Sir)\b|\b[A-Z]$", m["place"]) \
            and not _LABEL_WORD.search(m["place"]) and not (m["place"].isupper() and head[m.end("place"):].lstrip().startswith(":")):
        return Dateline(offset, offset + m.end(), m["place"], offset, None)
    return None


# ---------------------------------------------------------------- block predicates (pure)

def _words(t: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(t)} - _STOP


def _ends_sentence(t: str) -> bool:
    """Closing punctuation, also before a source tag: '... of society. (EMBACUBA IRELAND)'."""
    return _SENT_END.search(t) is not None or _SOURCE_TAIL.search(t) is not None


def _is_dateline_para(b: Block) -> bool:
    return b.kind == "text" and parse_dateline(b.text) is not None


def _repeats(t: str, n: str) -> bool:
    """`n` repeats headline `t` (exactly, or extended: 'Second Round of U.S.-Cuba Talks' / '... to Re-establish
    Diplomatic Relations')."""
    short, long_ = sorted((t, n), key=len)
    return n == t or long_.startswith(short) and (len(short) >= 0.5 * len(long_) or len(short.split()) >= 4)


def _spanish(t: str) -> bool:
    return len(_ES_WORDS.findall(t)) >= 2 and len(_EN_WORDS.findall(t)) == 0


_FR_WORDS = re.compile(r"\b(?:le|la|les|des|du|et|une|un|pour|dans|sur|avec|au|aux)\b", re.IGNORECASE)


def _not_english(t: str) -> bool:
    """A Spanish or French line ('Click acá para ir directamente al contenido', 'Une Afrique Unie et Forte')."""
    return _spanish(t) or len(_FR_WORDS.findall(t)) >= 2 and len(_EN_WORDS.findall(t)) == 0


def _head_line(b: Block, headline: str | None) -> bool:
    """A line that stays in an item's head: the headline repeated, a date or place line, or a short label,
    caption or translation without closing punctuation ('Office of the Spokesperson', 'Washington, DC')."""
    if b.kind == "dateline_only" or headline is not None and _repeats(headline, b.text):
        return True
    t = b.text
    # (a headline's translation stays too: 'Legado de Camilo Cienfuegos presente en Jamaica.' under the English one)
    return b.kind == "text" and (len(t.split()) <= 12 and not _ends_sentence(t) and not t.endswith(":") or _label_line(t)
                                 or _CAPTION.match(t) and len(t.split()) <= 12
                                 or headline is not None and len(t.split()) <= 16 and _spanish(t)
                                 and not _spanish(headline))


def _label_line(t: str) -> bool:
    """A statement label printed under a headline ('Declaration of the Ministry of Foreign Affairs of Cuba.')."""
    return _LABEL_HEAD.match(t) is not None and len(t.split()) <= 14 and not t.endswith(":")


def _glued_dateline_cut(t: str) -> int | None:
    """Where a dateline glued after a headline's last sentence starts, if one is."""
    for m in _GLUED_TAIL.finditer(t):
        if 20 <= m.start() and _dateline_only(t[m.end():]):
            return m.start()
    # a listing's headline run into its story's agency dateline: "... 62nd anniversaryHavana, Jun 16
    # (Prensa Latina) The Cuban Ministry ..."
    m = _GLUED_AGENCY.search(t, 20, 220)
    return m.start() if m else None


_GLUED_AGENCY = re.compile(r"(?<=[a-z0-9’'”\"?!])(?=[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,2},\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s+"
                           r"\((?:Prensa Latina|PL|Xinhua|VNA|ANI|TASS|IPS|AFP|Reuters|AP)\))")


def _chrome_like(t: str) -> bool:
    """Too short to be a headline or a paragraph: an image alt line or a label ('OAA Cuba')."""
    return len(t.split()) <= 3 and not _ends_sentence(t)


def _headline_shape(t: str) -> bool:
    if len(t) > 230 or len(t.split()) > 38 or len(t) < 8 or len(t.split()) < 3:
        return False
    if t[0].islower() or t.endswith((":", ",", ";")) or _NUMBERED.match(t) or _URL.search(t):
        return False
    if "¡" in t or t.endswith("!") and len(t.split()) <= 5:
        return False           # a closing slogan ('¡Abajo el bloqueo!', 'Sahha, Cuba! / ¡Viva Cuba!')
    # a sentence opening with a back-reference or saying 'also' continues a story, and so does one
    # opening with a closing connective ('Finally, the Ministers announced ...', 'Lastly, ...')
    if _CLOSING.match(t):
        return False
    # (nor does a quote's attribution line: '– The Honourable Mélanie Joly, Minister of Foreign Affairs')
    return t[0] not in "(/[–—" and not (_ends_sentence(t) and (_ANAPHORIC.match(t) or re.search(r"\balso\b", t)))


_CLOSING = re.compile(r"^(?:Finally|Lastly|Last but not least|In conclusion|To conclude|Additionally|Likewise|Similarly|"
                      r"Furthermore|Moreover|Meanwhile|In addition|Also),\s")


@dataclass
class _Ctx:
    """What the headline test may look at around block i of the content blocks."""
    blocks: list[Block]
    before: list[str]       # per content block: strongest boilerplate kind standing before it ("" if none)
    n_headed: int = 0       # items with a headline so far (a listing page once >= 2)
    first: bool = True      # no item yet
    statement: bool = False  # the current item is a statement or speech already two paragraphs long


#: the field lines of a media advisory ('Date: Friday, 21 May 2021', 'Venue: Taj Hotel'): never a headline
_FIELD_LINE = re.compile(r"^(?:Date|Time|Venue|Enquiries|Contact|Media contact|Location|Where|When|RSVP|Organi[sz]ations?|From)\s*:|\d{1,2}(?:h|:)\d{2}\b", re.IGNORECASE)


#: a photo's caption or credit line ('Photo: Twitter RR.EE.', printed twice by some templates): never a headline
_CAPTION = re.compile(r"^(?:Photos?|Pictures?|Images?|Caption|Credits?|Fotos?)(?: credit)?\s*:", re.IGNORECASE)


def _headline_like(i: int, ctx: _Ctx) -> bool:
    b = ctx.blocks[i]
    t = b.text
    if b.kind != "text" or _FIELD_LINE.match(t) or _CAPTION.match(t) or _BYLINE.match(t) \
            or _BYLINE_NAME.match(t) and len(t.split()) <= 5:
        return False
    cut = _glued_dateline_cut(t)
    if cut is not None and _headline_shape(t[:cut]) and len(t[:cut]) <= 200:
        return True
    if not _headline_shape(t):
        return False
    if _LABEL_HEAD.match(t):
        return True            # a statement's or speech's heading, even a long one ending with a period
    ends = _ends_sentence(t)
    # the lines under the candidate: at most two head lines (repeat, caption, translation, date), then a body;
    # a break ends the look
    sub, body, body_j = [], None, -1
    for j in range(i + 1, min(i + 4, len(ctx.blocks))):
        x = ctx.blocks[j]
        if ctx.before[j] == "break" or not ends and _printed_twice(j, ctx) and not _repeats(t, x.text) \
                and not _CAPTION.match(x.text):
            break              # a headline printed twice under it is the next item's: this one has no body
        # under a line that ends a sentence only a repeat or a date line is a sub-line: a short line there
        # is the next teaser's headline ('... de Primera.' / 'Meeting between Cuba and China ...')
        if len(sub) < 2 and (_head_line(x, t) if not ends else
                             x.kind == "dateline_only" or _repeats(t, x.text) or x.kind == "text" and _label_line(x.text)):
            sub.append(x)
            continue
        body, body_j = x, j
        break
    dup = any(_repeats(t, x.text) or _label_line(x.text) for x in sub) or body is not None and _repeats(t, body.text)
    # (a media advisory's 'Date: Friday, 4 August 2023' field under a sentence dates no headline)
    dated = any(x.kind == "dateline_only" for x in sub) or body is not None and not _FIELD_LINE.match(body.text) and (
        body.kind == "dateline_only" or _is_dateline_para(body))
    listing_last = ctx.n_headed >= 2 and len(t) <= 130 and ". " not in t[:-1] and not _SIGNATURE.match(t)
    if body is None and not dup and not dated:
        # nothing (or only a cut line) under it before a break or the page's end: a headline closing a cut
        # listing page; on a listing page the last teaser's headline may end with a period
        if ctx.first and not sub:
            return False
        if not ends:
            return len(t) < 140
        # (a sentence right under a story's paragraph, before its 'Read more' and more teasers, is the
        # teaser's last line; the page's last line there is a cut teaser's headline)
        return listing_last and (ctx.before[i] in ("break", "boiler") or i + 1 >= len(ctx.blocks))
    if dup or dated or body is None:
        return True
    n = body.text
    if not ends:
        if ctx.statement and not ctx.before[i] and len(t.split()) <= 10:
            # a sub-heading of a long statement ('Background', 'The blockade is an act of war'), unless
            # the paragraph under it takes up its words as a new story's lead does
            hw = _words(t)
            return len(hw & _words(n[:400])) >= 0.5 * max(1, len(hw))
        # the block under it must read as body: a longer paragraph or a sentence
        return body.kind != "top" and (len(n) > len(t) or _ends_sentence(n))
    if t.startswith(("“", '"', "'")):
        return False
    if body_j + 1 == len(ctx.blocks) and not _ends_sentence(n) and listing_last:
        return True            # the last teaser of a listing, cut by the page's end under its headline
    hw = _words(t)
    overlap = len(hw & _words(n[:400])) / max(1, len(hw))
    prev_kind = ctx.before[i]
    prev = ctx.blocks[i - 1] if i else None
    boundary = ctx.first or prev_kind in ("break", "boiler") or prev is not None and _SIGNATURE.match(prev.text) is not None
    return len(t) <= 160 and (overlap >= 0.5 or boundary and len(t) <= 120 and len(n) > len(t))


def _printed_twice(j: int, ctx: _Ctx) -> bool:
    """Block j is repeated by the block right under it (pages print headlines twice)."""
    return j + 1 < len(ctx.blocks) and ctx.before[j + 1] != "break" and ctx.blocks[j + 1].text == ctx.blocks[j].text


def _page_label(i: int, ctx: _Ctx) -> bool:
    """A page title or section label above the first headline ('European Union External Action',
    'Briefing by Foreign Ministry Spokesperson ..., September 10, 2015'): a line without closing
    punctuation right above a headline that is not its repeat, translation or caption."""
    b = ctx.blocks[i]
    if i + 1 >= len(ctx.blocks) or ctx.before[i + 1] == "break":
        return False
    n = ctx.blocks[i + 1]
    if n.kind != "text" or _repeats(b.text, n.text) or _spanish(n.text) or _ends_sentence(b.text):
        return False
    if len(b.text.split()) > 5 and not 0.8 * len(b.text) <= len(n.text) <= 1.3 * len(b.text):
        return False           # a much shorter or longer line under a headline is its caption or standfirst
    if _ends_sentence(n.text) and len(n.text.split()) > 15:
        return False           # a sentence under it is the story's first paragraph, not a headline
    if not _headline_like(i + 1, ctx):
        return False
    # the candidate label must not itself have the repeat/dateline cues of a headline
    return not (i + 2 < len(ctx.blocks) and _repeats(b.text, ctx.blocks[i + 2].text))


# ---------------------------------------------------------------- the splitter

@dataclass
class _Item:
    start: int
    headline: str | None
    last: Block
    body: list[Block] = field(default_factory=list)
    dateline: Dateline | None = None
    texts: int = 0          # text blocks (not date lines)
    head: list[Block] = field(default_factory=list)   # the lines under the headline, before the body


def split(text: str, rules: Rules) -> list[ItemSpan]:
    """Item spans of a document, in reading order."""
    content, before = _content_blocks(blocks(text, rules))
    ctx = _Ctx(content, before)
    teasers = sum(b.kind == "text" and b.text.endswith(_CUT_MARKS) for b in content) >= 2
    items: list[_Item] = []
    cur: _Item | None = None
    for i, b in enumerate(content):
        brk = before[i] == "break"
        if brk:
            cur = None
            ctx.statement = False
        if cur is None and not _opens_item(i, ctx):
            continue
        in_head = cur is not None and not cur.body
        # a headline printed twice under a head is the next item's: the head's item is a headline alone
        twice = in_head and _printed_twice(i, ctx) and not _repeats(cur.headline or "", b.text) \
            and b.kind == "text" and _headline_shape(b.text) and not _CAPTION.match(b.text)
        if in_head and not twice and _head_line(b, cur.headline):
            if b.kind == "dateline_only" and cur.dateline is None:
                # 'Headline' / '00:01 | Bogota (Colombia), Dec. 4.': a line naming a place dates the item; a post
                # date alone ('Thursday, October 26, 2017') leaves the dateline to the story's first paragraph
                dl = _line_dateline(b)
                if dl is not None and dl.place is not None and not _WEEKDAY.match(dl.place):
                    cur.dateline = dl
            cur.head.append(b)
            cur.last = b
            cur.texts += b.kind == "text"
            continue
        starts = cur is None or twice or not in_head and _headline_like(i, ctx)
        if starts and not twice and cur is not None and cur.body and not brk and _sub_heading(i, ctx, cur):
            starts = False     # a sub-heading of the story ('Safe Mobility Offices'), not the next story's headline
        dl = parse_dateline(b.text, b.start) if b.kind == "text" else None
        if not starts and cur is not None and cur.body and _second_dateline(dl, cur, content[i - 1]):
            starts = True      # a second story under one heading, opening with its own dateline
        if not starts and cur is not None and cur.body and b.kind == "text" and _closes_item(content[i - 1]):
            if _chrome_like(b.text) and (i + 1 >= len(content) or before[i + 1] in ("break", "boiler")):
                continue       # a category label over the tag list ('(Embacuba Noruega)' / 'Bilateral Relations')
            starts = True      # a paragraph after an item's signature line ('Embacuba Kenya.') is a new story
        if not starts and teasers and cur is not None and cur.body and b.kind == "text" \
                and content[i - 1].text.endswith(_CUT_MARKS):
            starts = True      # a listing of cut teasers ('... could also lead to better security. ...'): one each
        if starts:
            cur = _new_item(b, i, ctx, brk)
            items.append(cur)
            if cur.headline is not None:
                ctx.n_headed += 1
            ctx.first = False
            ctx.statement = False
            if cur.texts:          # the block was its headline
                continue
        _add_body(cur, b, dl)
        ctx.statement = _is_statement(cur)
    return [ItemSpan(n, it.start, it.last.end, it.headline,
                     it.body[0].start if it.body else it.last.end, it.dateline)
            for n, it in enumerate(x for x in items if x.texts)]


_CUT_MARKS = ("...", "…")
#: a capitalized word inside a sentence (a name, mostly): what a story's paragraphs share
_NAME_WORD = re.compile(r"(?<=[a-z,;]\s)[A-Z][a-zà-ÿ'’-]{2,}")


def _sub_heading(i: int, ctx: _Ctx, cur: _Item) -> bool:
    """A short line inside a story on a page of one story is a sub-heading when the paragraph under it goes on
    with the story's names ('Safe Mobility Offices' / 'The President ... Giammattei ...'): at least two of the
    capitalized words inside its sentences stand inside the story's sentences too. Listing pages (two headed items
    already) keep their headlines."""
    t = ctx.blocks[i].text
    if ctx.n_headed >= 2 or cur.headline is None or len(t.split()) > 8 or _ends_sentence(t) or i + 1 >= len(ctx.blocks):
        return False
    nxt = ctx.blocks[i + 1]
    if nxt.kind != "text" or ctx.before[i + 1] or _is_dateline_para(nxt):
        return False
    story = " ".join([cur.headline] + [b.text for b in cur.body])
    shared = set(_NAME_WORD.findall(nxt.text)) & set(_NAME_WORD.findall(story) + cur.headline.split())
    return len(shared) >= 2


def _is_statement(it: _Item) -> bool:
    """A statement, declaration or speech (by its headline or a label line in its head) with at least two
    paragraphs: its later short lines are sub-headings."""
    if sum(b.kind == "text" and len(b.text) > 150 for b in it.body) < 2:
        return False
    return bool(it.headline and _LABEL_HEAD.match(it.headline)) or any(
        _LABEL_HEAD.match(b.text) for b in it.head)


def _closes_item(b: Block) -> bool:
    """A signature or source line, which is an item's last paragraph ('Embassy of Cuba in Lao PDR.',
    '(Embacuba Sri Lanka)'); not a parenthesized place/date line."""
    return b.kind in ("text", "top") and _SIGNATURE.match(b.text) is not None and not D.find(b.text)


def _second_dateline(dl: Dateline | None, cur: _Item, prev: Block) -> bool:
    """A dateline paragraph inside an item that already had one opens a new (headline-less) story: with a
    date, or place-only on a page whose items use place-only datelines ('Addis Ababa. The ...'). Not
    after a line announcing what follows ('... attributable to Spokesperson Ned Price:')."""
    if dl is None or cur.dateline is None or prev.text.endswith(":"):
        return False
    return dl.date is not None or cur.dateline.date is None and cur.dateline.place is not None

def _content_blocks(bl: list[Block]) -> tuple[list[Block], list[str]]:
    """The blocks that can belong to items, and for each the strongest boilerplate standing before it
    ('break' > 'boiler' > 'inline' > '')."""
    rank = {"": 0, "inline": 1, "boiler": 2, "break": 3}
    content, before, pending = [], [], ""
    for b in bl:
        if b.kind in rank:
            pending = max(pending, b.kind, key=rank.get)
            continue
        content.append(b)
        before.append(pending)
        pending = ""
    return content, before


def _opens_item(i: int, ctx: _Ctx) -> bool:
    """Whether block i, outside every item, opens one (rather than being page chrome)."""
    b = ctx.blocks[i]
    nxt_chrome = i + 1 >= len(ctx.blocks) or ctx.before[i + 1] in ("boiler", "break")
    if b.kind == "top":
        # a site title, unless a dateline paragraph under it shows it is a headline
        # (a paragraph: 'Cuba: Press release following the third EU-Cuba Joint Council' under a breadcrumb is
        # the headline, not a dateline paragraph)
        return i + 1 < len(ctx.blocks) and not nxt_chrome and _is_dateline_para(ctx.blocks[i + 1]) \
            and _paragraph(ctx.blocks[i + 1])
    if b.kind == "dateline_only":
        # a page date above chrome ('22 September 2017' / 'Moscow: 16:21') opens no item, nor does a post
        # date above a headline ('April 16, 2025' / 'Johnson Smith meets with US Delegation'): the
        # headline opens it
        # (past a short section label between them: '16 September 2023' / 'Secretary-General' / 'Readout of ...')
        j = i + 1
        if ctx.first and j + 1 < len(ctx.blocks) and _chrome_like(ctx.blocks[j].text) and ctx.before[j + 1] != "break":
            j += 1
        return not nxt_chrome and not (ctx.first and len(ctx.blocks[j].text.split()) >= 5
                                       and not _label_line(ctx.blocks[j].text) and _headline_like(j, ctx))
    if ctx.first and len(b.text.split()) <= 12 and _not_english(b.text) and any(
            x.kind == "text" and len(x.text) > 150 and not _not_english(x.text) for x in ctx.blocks[i + 1:i + 6]):
        return False                 # a site's slogan or skip link in another language above an English page
    if _headline_like(i, ctx):
        return not (ctx.first and _page_label(i, ctx))
    return not (_chrome_like(b.text) and i + 1 < len(ctx.blocks))


def _new_item(b: Block, i: int, ctx: _Ctx, after_break: bool) -> _Item:
    t = b.text
    if b.kind == "top" or b.kind == "text" and _headline_like(i, ctx):
        cut = _glued_dateline_cut(t)
        if cut is not None and _headline_shape(t[:cut]):
            if _GLUED_AGENCY.match(t, cut):
                # the story runs on in the same line: the block is the item's first body paragraph too
                return _Item(b.start, t[:cut], b, body=[b], texts=1)
            t = t[:cut]
        m = _SUBJECT_PREFIX.match(t)
        nxt = ctx.blocks[i + 1:i + 4]
        if m and any(x.text == t[m.end():] for x in nxt):
            return _Item(b.start + m.end(), t[m.end():], b, texts=1)
        return _Item(b.start, t, b, texts=1)
    it = _Item(b.start, None, b)
    alone = i + 1 == len(ctx.blocks) or ctx.before[i + 1] == "break"
    if (after_break or ctx.first) and alone and b.kind == "text" and _headline_shape(t):
        # a line standing alone between separators or read-more links: a headline with nothing under it
        it.headline = t
    elif after_break and b.kind == "text":
        # 'Minister Pandor arrives in Italy for G20 Ministers’ Meetings. The Minister of ...': a teaser
        # between separators whose headline is run into its paragraph
        m = re.match(r".{20,160}?(?<!\b[A-Z])(?<!\bMr)(?<!\bDr)(?<!\bSt)[.!?](?=\s+[A-Z])", t)
        if m and _headline_shape(m.group()) and not _ANAPHORIC.match(t):
            it.headline = m.group()
    return it


_WEEKDAY = re.compile(r"^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b", re.IGNORECASE)


def _line_dateline(b: Block) -> Dateline | None:
    """The dateline of a date line: it has no separator of its own, so give it one, then keep the span inside
    the line."""
    dl = parse_dateline(b.text + ".", b.start)
    return dl and Dateline(dl.start, min(dl.end, b.end), dl.place, dl.place_start, dl.date)



def _add_body(cur: _Item, b: Block, dl: Dateline | None) -> None:
    if cur.dateline is None and not cur.body:
        if dl is not None:
            cur.dateline = dl
        elif b.kind == "dateline_only":
            cur.dateline = _line_dateline(b)
    if b.kind == "dateline_only" and not cur.body:
        cur.last = b            # a date line opening a headline-less item is part of its head
        return
    cur.body.append(b)
    cur.last = b
    cur.texts += b.kind == "text"
