"""Date expressions: find them with one compiled grammar, normalize them to ISO ranges.

Hand-written on purpose: spaCy's DATE entities and dateparser both miss or mangle the forms these
pages use ("January 22-23, 2018", "April 9- 10", "from Dec. 11 to 12", "the 19th of May 2018",
"October 31st, 2017.Governor") and neither does ranges or year inference from an item's context.
dateparser is used, with `languages=["en"]`, explicit settings and a cache, for the one thing it is
good at here: a single date string of unknown form, such as a JSONL `published` value
(`parse_with_dateparser`, called by read.py). No function here reads the clock: relative
expressions are resolved against an explicit reference date.

`find(text)` yields `Expr` objects with what the text states (year may be missing); `resolve(expr,
ref)` fills a missing year from a reference date and returns (start, end, granularity).
"""
from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from dataclasses import dataclass, replace

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
# Month names of the other languages these pages quote ("sab 11 dicembre 2021", "11 de diciembre",
# "febrero de 1990"). Used only next to a day number or a year, never alone, so "Mayo" or "marzo" in
# running text is not a date by itself. French "mars" and "mai" are left out on purpose (the planet, a
# name).
FOREIGN_MONTHS = {
    # Spanish
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
    "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
    # Italian
    "gennaio": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7, "settembre": 9,
    "ottobre": 10, "dicembre": 12,
    # Portuguese
    "janeiro": 1, "fevereiro": 2, "março": 3, "maio": 5, "junho": 6, "julho": 7, "setembro": 9,
    "outubro": 10, "dezembro": 12,
    # French ('janvier 10, 2018' on an AU page)
    "janvier": 1, "février": 2, "fevrier": 2, "avril": 4, "juin": 6, "juillet": 7, "août": 8, "aout": 8,
    "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}

# Month names: full names in Title or UPPER case, abbreviations with an optional period. Lowercase
# "may"/"march" are verbs far more often than months, so case is part of the grammar.
#: the English month names written out (not abbreviated)
MONTH_NAMES = tuple(m for m in MONTHS if len(m) > 4 or m in ("may", "june", "july"))
_full = "|".join(MONTH_NAMES)
_abbr = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
MONTH_EN = (r"(?:(?:" + "|".join(m.capitalize() for m in _full.split("|")) + "|" + _full.upper() + r")\b"
            r"|(?:" + _abbr + "|" + _abbr.upper() + r")(?:\.|\b))")
_foreign = sorted(FOREIGN_MONTHS, key=len, reverse=True)
MONTH_FOREIGN = r"(?:" + "|".join(f + "|" + f.capitalize() for f in _foreign) + r")\b"
MONTH = rf"(?:{MONTH_EN}|{MONTH_FOREIGN})"
DAY = r"(?:[0-3]?\d)(?:st|nd|rd|th)?(?![\d:/])"
YEAR = r"(?:1[89]\d\d|20\d\d)(?!\d)"
SEP = r"\s*(?:-|–|—|to|through|until|till|and|&)\s*"
WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?,?\s+"


Y4, M2, D2, D12 = r"(?:19|20)\d\d", r"[01]\d", r"[0-3]\d", r"[0-3]?\d"


def _g(name: str, pat: str) -> str:
    return f"(?P<{name}>{pat})"


# Alternatives, most specific first; each names the parts it captures.
_PATTERNS = [
    # ISO with optional time and zone: 2022-12-12 19:15:00, 2016-04-21 14:10 GMT+8. Numeric dates glued
    # to a word ('19/05/2023PRIME MINISTER ...', a template's run-together link) are no mention
    ("iso", rf"(?<![\d/-]){_g('y', Y4)}-{_g('m', M2)}-{_g('d', D2)}"
            rf"(?:[ T]\d{{1,2}}:\d\d(?::\d\d)?(?:\s*(?:GMT|UTC)(?:\s*[+-]\s*\d{{1,2}}(?::?\d\d)?)?)?)?(?![\d-])(?![A-Za-z])"),
    # slash dates with optional time and zone: 04/06/2025 03:35 PM EDT, 09/09/2019 - 18:55 (EEAS)
    ("slash", rf"(?<![\d/]){_g('a', D12)}/{_g('b', D12)}/{_g('y', Y4)}(?![\d/])"
              r"(?:(?:\s+|\s*[-–]\s*)\d{1,2}:\d\d(?::\d\d)?(?:\s*[AP]\.?M\.?)?(?:\s+[A-Z]{2,4}T)?)?(?![A-Za-z])"),
    # dotted or dashed day.month.year, European order, optional time: 12.02.2019 20:00 (Polish Radio),
    # 28-01-2022 17:57 (a post stamp; year-first dashes are ISO, above); a sentence's full stop may follow
    # ('DUSHANBE, 25.02.2020. (NIAT Khovar)')
    ("dot", rf"(?<![\d.-]){_g('d', D12)}(?P<s>[.-]){_g('m', D12)}(?P=dot_s){_g('y', Y4)}(?![\d-])(?!\.\d)"
            rf"(?:\s+\d{{1,2}}:\d\d(?::\d\d)?)?(?![A-Za-z\d])"),
    # dotted year.month.day, Hungarian and East Asian order: 2019.05.14. (kormany.hu), 2018.11.23 (La Moncloa)
    ("ymd", rf"(?<![\d.]){_g('y', Y4)}\.{_g('m', M2)}\.{_g('d', D2)}(?![\d])(?!\.\d)(?:\s+\d{{1,2}}:\d\d)?(?![A-Za-z\d])"),
    # Month D1 - Month D2, YYYY  /  Month D1 - D2, YYYY  /  Month D1 and D2
    ("mdmd", rf"{_g('m', MONTH)}\s+{_g('d', DAY)}{SEP}{_g('m2', MONTH)}\s+{_g('d2', DAY)}(?:,?\s*{_g('y', YEAR)})?"),
    ("mdd", rf"{_g('m', MONTH)}\s+{_g('d', DAY)}{SEP}{_g('d2', DAY)}(?:,?\s*{_g('y', YEAR)})?"),
    # D1 Month - D2 Month YYYY / D1-D2 Month YYYY / the 10th to 13th of April
    ("dmdm", rf"{_g('d', DAY)}\s+(?:of\s+)?{_g('m', MONTH)}{SEP}{_g('d2', DAY)}\s+(?:of\s+)?{_g('m2', MONTH)}(?:,?\s*{_g('y', YEAR)})?"),
    ("ddm", rf"(?<![\d.]){_g('d', DAY)}{SEP}(?:the\s+)?{_g('d2', DAY)}\s+(?:of\s+)?{_g('m', MONTH)}(?:,?\s*{_g('y', YEAR)})?"),
    # Month and Month of YYYY / Month to Month YYYY: one month range
    ("mmy", rf"{_g('m', MONTH)}{SEP}{_g('m2', MONTH)},?\s+(?:of\s+|de\s+)?{_g('y', YEAR)}"),
    # a day and month in parentheses after 'today'/'yesterday' ('called on the Minister today (29/07)'),
    # in the page's slash order; a bare 'D/M' elsewhere is no date
    ("pdm", rf"(?:(?<=today \()|(?<=Today \()|(?<=yesterday \()|(?<=Yesterday \())"
            rf"{_g('a', r'[0-3]?[0-9]')}/{_g('b', r'[01]?[0-9]')}(?=\))"),
    # Month D/YYYY: the Ethiopian News Agency's datelines ('Addis Ababa February 15/2023 /ENA/')
    ("mdsy", rf"{_g('m', MONTH)}\s+{_g('d', r'[0-3]?[0-9]')}/{_g('y', YEAR)}(?![\d/])"),
    # Month D, YYYY / Month D YYYY / Month D,YYYY / Month Dth
    ("md", rf"{_g('m', MONTH)}\s+{_g('d', DAY)}(?:(?:,\s*|\s+){_g('y', YEAR)})?"),
    # D Month YYYY / Dth of Month, YYYY / D Month / 11 de diciembre de 2013 / 30April 2020 (glued by the page)
    ("dm", rf"(?<![\d.,]){_g('d', DAY)}(?:\s+(?:of\s+|de\s+)?|(?=[A-Z][a-z]{{2}})){_g('m', MONTH)}(?:,?\s*(?:de\s+)?{_g('y', YEAR)})?"),
    # D. Month YYYY: '05. Dec 2022', a day with a dot as Serbian and German pages write it (with a year only)
    ("dotdm", rf"(?<![\d.,]){_g('d', r'[0-3]?[0-9]')}\.\s+{_g('m', MONTH)},?\s+{_g('y', YEAR)}"),
    # Month YYYY / Month of YYYY / febrero de 1990
    ("my", rf"{_g('m', MONTH)},?\s+(?:of\s+|de\s+)?{_g('y', YEAR)}"),
]
# Every alternative starts with a digit or a month name, and a month name starts a word (or follows a
# digit: '30April'): the guard rejects all other positions at once. Python's re tries each alternative
# at each position; the guard cut the scan of the 123 gold pages from 1.08 s to 0.12 s, same matches.
_FIRST = "".join(sorted({c for m in (*MONTHS, *FOREIGN_MONTHS) for c in (m[0].lower(), m[0].upper())}))
_GRAMMAR = re.compile(rf"(?:(?=\d)|(?<![^\W\d_])(?=[{_FIRST}]))(?:"
                      + "|".join(f"(?P<_{name}>{pat.replace('(?P<', f'(?P<{name}_')})" for name, pat in _PATTERNS)
                      + ")")
# a clock time right after a full written date makes it a timestamp, one mention with its AM/PM and zone
# (DECISIONS.md): "January 27, 2016, 6:39 am", "June 30, 2022 14:30 KST", "11 June 2021 14:18 (UTC+04:00)".
# A time behind a separator ("10th September 2020 | 08:23 PM") is a separate field of the page.
_CLOCK_TAIL = re.compile(r"(?:,[ \t]*|[ \t]+)\d{1,2}:\d\d(?::\d\d)?(?:[ \t]*[AaPp]\.?[Mm]\b\.?)?"
                         r"(?:[ \t]*\(?(?:(?:GMT|UTC)(?:[ \t]*[+-][ \t]*\d{1,2}(?::?\d\d)?)?|[A-Z]{1,3}[SD]T)\)?)?(?![\w:])")

# Month alone ("in March"), year alone ("in 2015", "the 1994 Migration Accords"): only in contexts that
# make them dates, never inside programme names, resolutions, phone numbers or counters. English month
# names only: a foreign month name alone is too often a word or a name.
_MONTH_ALONE = re.compile(rf"\b(?:in|of|since|until|early|late|mid|during|before|after|by|from|In|Since)[ -]{_g('m', MONTH_EN)}(?![\s-]*\d)"
                          # "January this year": the month is the mention, "this year" is not (DECISIONS.md)
                          rf"|\b{_g('m2', MONTH_EN)}(?=\s+(?:of\s+)?this\s+year\b)")
# "last February", "next June", "this March": relative months keep their modifier in the text and are
# reported only when the item's or page's date resolves them.
_MONTH_RELATIVE = re.compile(rf"\b(?P<mod>last|next|this|Last|Next|This)\s+{_g('m', MONTH_EN)}(?![\s-]*\d)")
_YEAR_ALONE = re.compile(rf"(?<![\w/.,:+#$€£-]){_g('y', YEAR)}(?![\w/%:-]|\.\d|,\d)")
# Year ranges: "(1853-1895)", "the 2017-2020 period", "from 2014 to 2020", "the years 2016 and 2017".
_YEAR_RANGE = re.compile(rf"(?<![\w/.,:+#-]){_g('y', YEAR)}(?:\s*[-–]\s*|\s+(?:to|through|until)\s+|(?<=years \d{{4}})\s+and\s+)"
                         rf"{_g('y2', YEAR)}(?![\w/%:-]|\.\d|,\d)"
                         # a dash range may shorten the second year: "the 1950-53 Korean War", "2019-20"
                         rf"|(?<![\w/.,:+#-]){_g('ys', YEAR)}[-–](?P<y2s>\d\d)(?![\w/%:-]|\.\d|,\d)")
# digit groups around a four-digit number make it part of a phone or reference number ("(537) 838 2019 20")
_NOT_YEAR_AFTER = re.compile(r"[ \t]\d{3,}(?![,.\d])|\s*(?:Agenda|Sustainable|Development\s+Goals|SDGs?|Vision|Strategy|Goals|hours|hrs|km|people|persons|"
                             r"participants|members|delegates|students|invitees|tons|US\$|dollars|million|cases)\b", re.I)
_NOT_YEAR_BEFORE = re.compile(r"\d[ \t)]+$|(?:[Pp]age|p\.)\s*\d+\s+(?:of|/)\s*$|(?:Agenda|Resolution|resolution|No\.|number|Law|Decree|G-?|COVID-?|page|Page|p\.|tel\.?|phone|"
                              r"\+|Room|Box|Suite|Act|room|ID|Vision|code|Code)\s*$")

# "today", "yesterday", "this day" (the dateline's day), weekdays with an optional modifier. "to this
# day" means "until now" and is not a date.
_RELATIVE = re.compile(r"\b(?:(?P<this>this|last|next|on|On|This|Last|Next)\s+)?(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
                       r"|\b(?P<word>yesterday|Yesterday|today|Today|tomorrow|Tomorrow|(?<!to )(?<!until )(?<!till )[Tt]his day)\b")
_RELATIVE_SHIFT = {"yesterday": -1, "today": 0, "tomorrow": 1, "this day": 0}
# What may stand between two dates that form one range ("1 June 2016 to 3 June 2016",
# "April 2019 to March 2020"); "and" only after "between".
_RANGE_GAP = re.compile(r"\s*(?:-|–|—|to|through|until|till)\s*")
_RANGE_GAP_AND = re.compile(r"\s*(?:and|&)\s*")


@dataclass(frozen=True, slots=True)
class Expr:
    """A date expression as written: parts that are missing are None."""

    start: int
    end: int
    kind: str                  # day | range | month | month_range | year | year_range | relative | relative_month
    year: int | None = None
    month: int | None = None
    day: int | None = None
    month2: int | None = None
    day2: int | None = None
    year_written: bool = False
    weekday: int | None = None     # relative: weekday number
    shift: int | None = None       # relative: days from the reference (yesterday = -1)
    rel_mode: str | None = None    # relative weekday or month: "last" | "next" | "this" | "on"
    pattern: str = ""
    year2: int | None = None       # ranges whose end states its own year
    days: int | None = None        # a weekday range ('from Thursday to Saturday'): days from its start to its end


def _month(s: str) -> int:
    k = s.rstrip(".").lower()
    return MONTHS.get(k) or FOREIGN_MONTHS[k]


def _day(s: str) -> int:
    return int(re.match(r"\d+", s).group())


def _valid(y: int | None, m: int, d: int) -> bool:
    return 1 <= m <= 12 and 1 <= d <= (calendar.monthrange(y or 2000, m)[1])


@functools.lru_cache(maxsize=16384)
def find(text: str, slash_order: str = "mdy") -> tuple[Expr, ...]:
    """All date expressions in `text`, non-overlapping, in order. `slash_order` is "mdy" or "dmy" for
    ambiguous slash dates (a part above 12 decides on its own). Cached: the splitter, the date
    annotator and the page-date finder ask about the same lines; the result is immutable."""
    return tuple(_find(text, slash_order))


def _find(text: str, slash_order: str) -> list[Expr]:
    out: list[Expr] = []
    taken: list[tuple[int, int]] = []

    def free(s, e):
        return all(e <= a or s >= b for a, b in taken)

    # year ranges first: "1853-1895" must not become two rejected years
    for m in _YEAR_RANGE.finditer(text):
        s, e = m.start(), m.end()
        if m["ys"]:
            y = int(m["ys"])
            y2 = y // 100 * 100 + int(m["y2s"])
        else:
            y, y2 = int(m["y"]), int(m["y2"])
        if not (y < y2 <= y + 100) or _NOT_YEAR_AFTER.match(text, e) or _NOT_YEAR_BEFORE.search(text[max(0, s - 12):s]):
            continue
        out.append(Expr(s, e, "year_range", year=y, year2=y2, year_written=True, pattern="year_range"))
        taken.append((s, e))
    for m in _GRAMMAR.finditer(text):
        if not free(m.start(), m.end()):
            continue
        name = m.lastgroup[1:]
        g = {k.split("_", 1)[1]: v for k, v in m.groupdict().items() if v is not None and k.startswith(name + "_")}
        end = m.end()
        if name in ("md", "dm") and "y" in g:
            tail = _CLOCK_TAIL.match(text, end)
            end = tail.end() if tail else end
        e = _build(name, g, m.start(), end, slash_order)
        if e is not None:
            out.append(e)
            taken.append((m.start(), end))
    for m in _MONTH_RELATIVE.finditer(text):
        if free(m.start(), m.end()):
            out.append(Expr(m.start(), m.end(), "relative_month", month=_month(m["m"]), rel_mode=m["mod"].lower(),
                            pattern="month_relative"))
            taken.append((m.start(), m.end()))
    for m in _MONTH_ALONE.finditer(text):
        g = "m" if m["m"] else "m2"
        if free(m.start(g), m.end(g)):
            out.append(Expr(m.start(g), m.end(g), "month", month=_month(m[g]), pattern="month_alone"))
            taken.append((m.start(g), m.end(g)))
    for m in _YEAR_ALONE.finditer(text):
        s, e = m.start(), m.end()
        if not free(s, e) or _NOT_YEAR_AFTER.match(text, e) or _NOT_YEAR_BEFORE.search(text[max(0, s - 12):s]):
            continue
        out.append(Expr(s, e, "year", year=int(m["y"]), year_written=True, pattern="year"))
        taken.append((s, e))
    for m in _RELATIVE.finditer(text):
        if not free(m.start(), m.end()):
            continue
        if m["wd"]:
            mode = (m["this"] or "on").lower()
            s = m.start("this") if mode in ("this", "last", "next") else m.start("wd")
            out.append(Expr(s, m.end(), "relative", weekday=WEEKDAYS[m["wd"].lower()], rel_mode=mode, pattern="weekday"))
        else:
            shift = _RELATIVE_SHIFT[m["word"].lower()]
            out.append(Expr(m.start(), m.end(), "relative", shift=shift, pattern="relative_day"))
    out.sort(key=lambda e: e.start)
    return _merge_ranges(out, text)


# kinds that can be joined into one range, and the kind of the result
_JOIN = {("day", "day"): "range", ("month", "month"): "month_range", ("year", "year"): "year_range"}


def _merge_ranges(exprs: list[Expr], text: str) -> list[Expr]:
    """Join two written dates that form one range: "1 June 2016 to 3 June 2016", "April 2019 to March
    2020", "between 2 May and 4 June 2019". The first may borrow the year of the second; the end must
    not come before the start."""
    out: list[Expr] = []
    for e in exprs:
        p = out[-1] if out else None
        # two weekdays ('Thursday to Saturday', 'from Monday through Wednesday'): the first day and the days up to
        # the second
        if p is not None and p.pattern == e.pattern == "weekday" and p.rel_mode == e.rel_mode == "on" \
                and p.end <= e.start and _RANGE_GAP.fullmatch(text[p.end:e.start]) and p.weekday != e.weekday:
            out[-1] = replace(p, end=e.end, pattern="weekday_range", days=(e.weekday - p.weekday) % 7)
            continue
        kind = _JOIN.get((p.kind, e.kind)) if p is not None else None
        if kind is not None and e.year_written and p.end <= e.start:
            gap = text[p.end:e.start]
            ok = _RANGE_GAP.fullmatch(gap) or (_RANGE_GAP_AND.fullmatch(gap)
                                                and re.search(r"\bbetween\s+$", text[max(0, p.start - 10):p.start]))
            y1 = p.year if p.year_written else e.year
            start_key = (y1, p.month or 1, p.day or 1)
            end_key = (e.year, e.month or 12, e.day or 31)
            if ok and start_key < end_key:
                out[-1] = Expr(p.start, e.end, kind, y1, p.month, p.day, e.month, e.day, True,
                               pattern=f"range_{p.pattern}", year2=e.year)
                continue
        out.append(e)
    return out


def _build(name: str, g: dict, s: int, e: int, slash_order: str) -> Expr | None:
    y = int(g["y"]) if "y" in g else None
    if name in ("iso", "ymd", "dot"):
        m, d = int(g["m"]), int(g["d"])
        return Expr(s, e, "day", y, m, d, year_written=True, pattern=name) if _valid(y, m, d) else None
    if name in ("slash", "pdm"):
        a, b = int(g["a"]), int(g["b"])
        if a > 12 or (slash_order == "dmy" and b <= 12):
            d, m = a, b
        else:
            m, d = a, b
        return Expr(s, e, "day", y, m, d, year_written=y is not None, pattern=name) if _valid(y, m, d) else None
    if name == "my":
        return Expr(s, e, "month", y, _month(g["m"]), year_written=True, pattern="month_year")
    if name == "mmy":
        m, m2 = _month(g["m"]), _month(g["m2"])
        if m2 <= m:
            return None
        return Expr(s, e, "month_range", y, m, None, m2, None, True, pattern="month_range", year2=y)
    m, d = _month(g["m"]), _day(g["d"])
    if not _valid(y, m, d):
        return None
    if name in ("md", "dm", "mdsy", "dotdm"):
        return Expr(s, e, "day", y, m, d, year_written=y is not None, pattern="day")
    d2 = _day(g["d2"])
    m2 = _month(g["m2"]) if "m2" in g else m
    if not _valid(y, m2, d2) or (m2, d2) <= (m, d) and m2 == m:
        return None
    return Expr(s, e, "range", y, m, d, m2, d2, year_written=y is not None, pattern=f"range_{name}")


def infer_year(month: int, day: int | None, ref: dt.date) -> int:
    """The year that puts month/day nearest to the reference date (within half a year)."""
    d = day or 15
    cand = dt.date(ref.year, month, min(d, calendar.monthrange(ref.year, month)[1]))
    if (cand - ref).days > 183:
        return ref.year - 1
    if (ref - cand).days > 183:
        return ref.year + 1
    return ref.year


def resolve(e: Expr, ref: dt.date | None) -> tuple[dt.date | None, dt.date | None, str]:
    """(date_start, date_end, granularity) for an expression; `ref` supplies a missing year and anchors
    relative days. Never raises; start <= end always holds for a resolved value."""
    try:
        return _resolve(e, ref)
    except (ValueError, OverflowError):
        return None, None, "unresolved"


def _last_day(y: int, m: int) -> dt.date:
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def _resolve(e: Expr, ref):
    if e.kind == "relative":
        if ref is None:
            return None, None, "unresolved"
        if e.shift is not None:
            d = ref + dt.timedelta(days=e.shift)
        else:
            delta = (ref.weekday() - e.weekday) % 7
            ahead = (e.weekday - ref.weekday()) % 7
            if e.rel_mode == "next":
                d = ref + dt.timedelta(days=ahead or 7)
            elif e.rel_mode == "future":   # "will meet on Friday": the coming such day, today included
                d = ref + dt.timedelta(days=ahead)
            elif e.rel_mode == "last":
                d = ref - dt.timedelta(days=delta or 7)
            else:   # "on Thursday"/"this Friday" in a report: the most recent such day, today included
                d = ref - dt.timedelta(days=delta)
        return d, d + dt.timedelta(days=e.days or 0), "day"
    if e.kind == "relative_month":
        if ref is None:
            return None, None, "unresolved"
        if e.rel_mode == "last":
            y = ref.year if e.month < ref.month else ref.year - 1
        elif e.rel_mode == "next":
            y = ref.year if e.month > ref.month else ref.year + 1
        else:
            y = infer_year(e.month, None, ref)
        return dt.date(y, e.month, 1), _last_day(y, e.month), "month"
    y = e.year
    if y is None and e.kind in ("day", "range", "month"):
        if ref is None:
            return None, None, "unresolved"
        y = infer_year(e.month, e.day, ref)
    if e.kind == "year":
        return dt.date(y, 1, 1), dt.date(y, 12, 31), "year"
    if e.kind == "year_range":
        return dt.date(y, 1, 1), dt.date(e.year2, 12, 31), "year"
    if e.kind == "month":
        return dt.date(y, e.month, 1), _last_day(y, e.month), "month"
    if e.kind == "month_range":
        y2 = e.year2 if e.year2 is not None else y
        return dt.date(y, e.month, 1), _last_day(y2, e.month2), "month"
    start = dt.date(y, e.month, e.day)
    if e.kind == "day":
        return start, start, "day"
    if e.year2 is not None:
        y2 = e.year2
    else:
        y2 = y + 1 if (e.month2, e.day2) < (e.month, e.day) else y
    end = dt.date(y2, e.month2, e.day2)
    if end < start:
        return None, None, "unresolved"
    return start, end, "day"


@functools.lru_cache(maxsize=4096)
def parse_with_dateparser(s: str, ref: dt.date | None) -> dt.date | None:
    """Normalize one short date string of unknown form with dateparser (English only, explicit
    settings, cached): metadata dates such as JSONL `published`. Never used to scan texts."""
    import dateparser

    settings = {"PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False, "STRICT_PARSING": False,
                "REQUIRE_PARTS": ["month"], "PREFER_DATES_FROM": "past"}
    if ref is not None:
        settings["RELATIVE_BASE"] = dt.datetime(ref.year, ref.month, ref.day)
    else:
        # nothing to take a missing year from: the string must state day, month and year itself
        settings["RELATIVE_BASE"] = dt.datetime(2000, 1, 1)
        settings["REQUIRE_PARTS"] = ["day", "month", "year"]
    out = dateparser.parse(s, languages=["en"], settings=settings)
    return out.date() if out else None
