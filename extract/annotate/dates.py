"""Dates: the date grammar (normalize/dates.py) over a segment's text, years inferred from context.

A missing year comes from, in order (ANNOTATION.md, issue 4): the item's dateline; else the nearest
earlier full date in the item; else the page's own date; otherwise the mention is kept with null
values and granularity "unresolved". Relative days ("on Thursday", "yesterday") and relative months
("last February") are resolved against the item's date (its dateline, else the page's date) and are
only reported when that date is known (DECISIONS.md "Harmonized"). A weekday standing right before a
date ("Friday, March 10") is part of that date, not a mention; "today" before a date in apposition
("today, 29 June 2021") is a mention of its own and takes that date.

Two small pure functions give the reference dates; pipeline.py calls them once per page / item:
`page_date(text)` (the page's own date), `item_date(ctx, text)` (the item's own date).
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import re

from .. import split as S
from ..normalize import dates as D
from .context import Context, Hit

# a weekday (or "today") is in apposition with the date after it when only this stands between them
# (a part of the day may stand between: "on Monday morning, July 4"; or a parenthesis: "today (29/07)")
_APPOSITION = re.compile(r"[\s,]{0,3}(?:(?:morning|afternoon|evening|night)[\s,]{1,3})?\(?")
# a weekday in a sentence that announces ("will meet on Friday") names the coming day, not the last one
_FUTURE = re.compile(r"\b(?:will|shall|scheduled|expected|plans?\s+to|planned\s+to|to\s+be\s+held|due\s+to|is\s+to|are\s+to)\b"
                     # a stay told in the present that ends on the weekday ('on a working visit ... that concludes on
                     # Wednesday', under a Tuesday dateline)
                     r"|\b(?:concludes|ends|finishes|culminates|runs|lasts|continues)\s+(?:on|until|till|through)\s*$", re.I)
_MODIFIER_BEFORE = re.compile(r"\b(?:last|next) $", re.IGNORECASE)
_SENT_START = re.compile(r"(?:[.!?](?=\s)|\n)[^.!?\n]*$")


def find(text: str, ctx: Context) -> list[Hit]:
    exprs = D.find(text, ctx.slash_order)
    out: list[Hit] = []
    dl_ref = ctx.item_date
    page = ctx.published
    rel_ref = dl_ref or page        # what relative days and months are resolved against
    last_full: dt.date | None = None
    for i, e in enumerate(exprs):
        nxt = exprs[i + 1] if i + 1 < len(exprs) else None
        apposed = nxt is not None and nxt.kind in ("day", "range") and _APPOSITION.fullmatch(text, e.end, nxt.start)
        if e.kind == "relative":
            if e.weekday is not None and apposed:
                continue    # "Friday, March 10": the weekday belongs to the date after it
            if apposed:     # "today, 29 June 2021": the relative day is that date
                start, end, gran = D.resolve(nxt, None if nxt.year_written else dl_ref or last_full or page)
            else:
                # "this day" is the dateline's day; a page date alone does not fix it
                ref = dl_ref if e.pattern == "relative_day" and text[e.start:e.end].lower().endswith("this day") else rel_ref
                if e.weekday is not None and e.rel_mode in ("on", "this") and _announces(text, e):
                    e = dataclasses.replace(e, rel_mode="future")
                start, end, gran = D.resolve(e, ref)
            if start is None:
                continue    # not annotated when nothing dates it
        elif e.kind == "relative_month":
            start, end, gran = D.resolve(e, rel_ref)
            if start is None:
                continue
        else:
            # a missing year: the item's date (dateline or post-date line), else the nearest earlier
            # full date, else the page's date (the dateline itself was dated the same way by item_date);
            # "last year in April", "in March next year" shift it
            ref = None if e.year_written else dl_ref or last_full or page
            shift = _year_shift(text, e) if ref is not None and e.kind in ("month", "day", "range") else 0
            if shift:
                e = dataclasses.replace(e, year=ref.year + shift, year_written=True)
            start, end, gran = D.resolve(e, ref)
        if e.year_written and e.kind in ("day", "range") and start is not None:
            last_full = start
        # the mission pages' "last April 11", "next February 24": the text keeps its modifier, as a relative
        # month's does (DECISIONS.md: text keeps "this"/"last"/"next")
        a = e.start
        if e.kind in ("day", "range", "month"):
            mod = _MODIFIER_BEFORE.search(text, max(0, a - 6), a)
            a = mod.start() if mod else a
        out.append(Hit(a + ctx.offset, e.end + ctx.offset, text[a:e.end], f"pattern:{e.pattern}",
                       {"date_start": start, "date_end": end, "granularity": gran}))
    return out


_YEAR_CUE_BEFORE = re.compile(r"\b(?P<w>last|next|this) year,?\s+(?:in|on|during)\s+(?:the\s+)?(?:month\s+of\s+)?$", re.I)
_YEAR_CUE_AFTER = re.compile(r"\s*,?\s*(?:of\s+)?(?P<w>last|next|this) year\b", re.I)


def _year_shift(text: str, e: D.Expr) -> int:
    """-1 for a yearless date said to be of last year ("last year in April", "April last year"), +1 for next
    year, 0 otherwise."""
    m = _YEAR_CUE_BEFORE.search(text, max(0, e.start - 40), e.start) or _YEAR_CUE_AFTER.match(text, e.end)
    return {"last": -1, "next": 1}.get(m["w"].lower(), 0) if m else 0


def _announces(text: str, e: D.Expr) -> bool:
    """Whether the sentence of a weekday announces what is to come: a future marker before the weekday
    ("are scheduled to continue their talks on Friday"), or anywhere in a sentence that opens with the
    weekday ("Saturday morning, the committee will provide ..."). A marker after a weekday elsewhere
    ("said on Thursday that it will ...") does not count."""
    before = _sentence_before(text, e.start)
    if _FUTURE.search(before):
        return True
    if re.fullmatch(r"\s*(?:[Oo]n\s+)?", before):
        after = re.match(r"[^.!?\n]*", text[e.end:e.end + 200]).group()
        return bool(_FUTURE.search(after))
    return False


def _sentence_before(text: str, pos: int) -> str:
    """The part of the sentence that precedes `pos` (at most 200 characters back)."""
    window = text[max(0, pos - 200):pos]
    m = _SENT_START.search(window)
    return window[m.start() + 1:] if m else window


# ---------------------------------------------------------------- reference dates



# A line that is only a date, with an optional weekday, clock time and place ("Thursday, July 17, 2014",
# "23 March 2019", "Havana, 09/09/2019 - 18:55, UNIQUE ID: 190909_7"): what may surround the date.
DATE_LINE_REST = re.compile(r"[\s,.;:()|–—•·-]*(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
                             r"Mon|Tue|Wed|Thu|Fri|Sat|Sun)\.?)?[\s,.;:()|–—-]*"
                             r"(?:\d{1,2}:\d\d(?::\d\d)?\s*(?:[AP]\.?M\.?)?(?:\s+[A-Z]{2,4}T?)?)?[\s,.;:()|–—-]*")
_NEAR_TOP_LINES = 4


_PLACE_SIGNOFF = re.compile(r"\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3},")


_AUTHOR_DATE = re.compile(r"(?:By\s+)?[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}\s+(?=\d)")


def _full_day(line: str, slash_order: str, place: bool = False) -> dt.date | None:
    """The date of a line that is only a full date (weekday and clock time allowed; with `place`, also a
    place before it: the sign-off "Havana, April 30, 2020"), else None."""
    exprs = [e for e in D.find(line, slash_order) if e.kind != "relative" or e.weekday is None]
    if len(exprs) != 1 or exprs[0].kind != "day" or not exprs[0].year_written:
        return None
    e = exprs[0]
    # a post-date label before it ('Posted on 21 December 2023', 'Published: 13 July 2021')
    label = S._DATE_LABEL.match(line) or _KIND_LEAD.match(line)
    lead = label.end() if label and label.end() <= e.start else 0
    # (or the post's kind beside it: 'News | 3 June 2025', '04.06.2023 - Article')
    kind = _KIND_TAIL.match(line, e.end)
    end = kind.end() if kind and kind.end() == len(line) else e.end
    if place and not lead:
        # (or an author's byline with its post date: "Grzegorz Siwicki 12.02.2019 20:00")
        m = _PLACE_SIGNOFF.match(line) or _AUTHOR_DATE.match(line)
        lead = m.end() if m and m.end() <= e.start else 0
    if not (DATE_LINE_REST.fullmatch(line, lead, e.start) and DATE_LINE_REST.fullmatch(line, end)):
        return None
    return D.resolve(e, None)[0]


_KINDS = (r"(?:News|News story|Article|Press releases?|(?:Joint )?(?:Media releases?|Statements?)|Speech|Readout|Communiqu[ée]|"
          r"Announcement|Press statement)")
_KIND_LEAD = re.compile(rf"^\s*{_KINDS}\s*[|·•–—-]\s*", re.IGNORECASE)
_KIND_TAIL = re.compile(rf"\s*[|·•–—-]\s*{_KINDS}\s*", re.IGNORECASE)


def item_date(ctx: Context, text: str) -> dt.date | None:
    """The item's own date (`items.item_date` and the reference for its relative days):

    1. its dateline's date; a year-less dateline takes its year from a full date printed before it in
       the item ("September 24, 2007 / On Monday, September 24,") or else from the page's date;
    2. else a post-date line among the item's first lines ("Thursday, July 17, 2014" under a listing
       headline), which plays the dateline's part.
    `text` is the item's segment text (ctx.offset is where it starts in the document).
    """
    dl = ctx.dateline
    if dl is not None and dl.date is not None:
        if dl.date.year_written:
            return D.resolve(dl.date, None)[0]
        rel = dl.date.start - ctx.offset
        before = [e for e in D.find(text[:max(rel, 0)], ctx.slash_order) if e.kind == "day" and e.year_written]
        ref = D.resolve(before[-1], None)[0] if before else ctx.published
        start, _, gran = D.resolve(dl.date, ref)
        if gran == "day":
            return start
    lines = [ln for ln in text.splitlines() if ln.strip()]
    for ln in lines[:_NEAR_TOP_LINES]:
        d = _full_day(ln, ctx.slash_order) if len(ln) <= 60 else None
        if d is None:
            # a dateline opening a paragraph that the splitter did not take as the item's first one
            # (a photo caption stands before it: "Jakarta, June 6th, 2018. The Secretary General ...")
            dl2 = S.parse_dateline(ln.lstrip())
            if dl2 is not None and dl2.date is not None and dl2.date.kind == "day" and dl2.date.year_written:
                d = D.resolve(dl2.date, None)[0]
        if d is not None:
            return d
    # a labelled stamp closing a listing's teaser ('News story / Organisation: ... / Published: 29 April 2016')
    for ln in (ln.strip() for ln in lines[-3:]):
        if S._DATE_LABEL.match(ln):
            d = _full_day(ln, ctx.slash_order)
            if d is not None:
                return d
    return None


def stamps_above(text: str, spans: list, slash_order: str = "mdy") -> dict[int, dt.date]:
    """A listing's date stamps printed on the line above each headline ('24.10.2024' / 'Maxim Ryzhenkov meets with
    ...'), by item ordinal: the last line between an item and the one before it, when it is only a full date.
    Only on pages where the first item has one too: a stamp closing an item (after its text) is not the next
    item's. `spans`: the page's ItemSpans in text order."""
    out: dict[int, dt.date] = {}
    prev = 0
    for it in spans:
        lines = [ln.strip() for ln in text[prev:it.start].splitlines() if ln.strip()]
        d = _full_day(lines[-1], slash_order) if lines and len(lines[-1]) <= 40 else None
        if d is not None:
            out[it.ordinal] = d
        prev = it.end
    return out if spans and spans[0].ordinal in out else {}


# The page's own date (DECISIONS.md: `published` is a date the page prints as its own date).
_SOURCE_LINE = re.compile(r"^[^\n]{0,80}\b(?:Source|Fuente|Posted|Published|Updated)\b[^\n]{0,80}?[|:,]\s*(?P<date>[^\n|]{6,40})$", re.M)
_META_LINE = re.compile(r"^(?P<line>[^\n]{0,80}UNIQUE ID[^\n]*)$", re.M)
_PAGE_TOP = 3000
_TITLE_LINES = 8      # the page's heading is among its first non-empty lines


def page_date(text: str, slash_order: str = "mdy", datelines: frozenset[str] = frozenset()) -> dt.date | None:
    """The date a page prints as its own, or None. Pure; reads only the top of the page.

    In order: a source/post line ("Source: Xinhua | 2019-11-28"); an EEAS metadata line ("Havana,
    09/09/2019 - 18:55, UNIQUE ID: ..."); a heading line ending in a full date ("Briefing by ..., September
    10, 2015"); standalone date lines or place/date sign-offs ("Havana, April 30, 2020"); last, a
    " date YYYY-MM-DD" crawl prefix. Headings and standalone lines count only when they all give one
    date: a listing page with a post-date line per item has no page date. A single release's dateline
    is not read here: it is already the item's date (`item_date`), and on listing pages the first
    item's dateline would wrongly date the others; so neither is a line that is only a dateline when the
    caller names it in `datelines` (the stripped dateline lines of a page of several items: 'Nairobi, 1st
    March 2024' under a listing's first headline dates that item, not the undated teasers after it).
    """
    top = text[:_PAGE_TOP]
    for m in _SOURCE_LINE.finditer(top):
        d = _full_day(m["date"], slash_order)
        if d is not None:
            return d
    m = _META_LINE.search(top)
    if m:
        exprs = [e for e in D.find(m["line"], "dmy") if e.kind == "day" and e.year_written]
        if exprs:
            return D.resolve(exprs[0], None)[0]
    crawl = S.CRAWL_PREFIX.match(top)
    body = top[crawl.end():] if crawl else top
    titles: set[dt.date] = set()
    title_near_top = False
    standalone: set[dt.date] = set()
    for n, ln in enumerate(ln for ln in body.splitlines() if ln.strip()):
        s = ln.strip()
        if len(s) <= 60 and s not in datelines:
            d = _full_day(s, slash_order, place=True)
            if d is not None:
                if not _clock_follows(body, ln):
                    standalone.add(d)
                continue
        # a heading, not a sentence: a line closing with "..., Washington, December 11, 2017." is a dateline
        d = _title_date(s, slash_order) if len(s) <= 400 and not s.endswith(".") else None
        if d is not None:
            titles.add(d)
            title_near_top |= n < _TITLE_LINES
    # a listing page repeats the pattern once per item with different dates: then no page date
    if titles:
        return next(iter(titles)) if len(titles) == 1 and title_near_top else None
    if standalone:
        return next(iter(standalone)) if len(standalone) == 1 else None
    if crawl:
        return dt.date.fromisoformat(crawl["date"])
    return None


def _title_date(line: str, slash_order: str) -> dt.date | None:
    """The full date closing a heading line ("MFA Press Statement: ..., 23 March 2019"), else None."""
    if len(line) <= 30:
        return None
    exprs = D.find(line, slash_order)
    if not exprs:
        return None
    e = exprs[-1]
    if e.kind != "day" or not e.year_written or line[e.end:].strip(" .") or not line[:e.start].rstrip().endswith((",", "–", "—", "-", ":")):
        return None
    return D.resolve(e, None)[0]


_CLOCK_LINE = re.compile(r"\s*[A-Z][\w .]{1,30}:\s*\d{1,2}:\d\d\s*$")


def _clock_follows(text: str, line: str) -> bool:
    """A site-header clock ("22 September 2017 / Moscow: 16:21") prints the crawl day, not the page's."""
    i = text.find(line)
    nxt = text[i + len(line):].lstrip("\n").split("\n", 1)[0]
    return bool(_CLOCK_LINE.fullmatch(nxt))
