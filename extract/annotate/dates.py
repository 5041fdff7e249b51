"""Dates: the date grammar (normalize/dates.py) over a segment's text, years inferred from context.

A missing year comes from, in order (ANNOTATION.md, issue 4): the item's dateline; else the nearest
earlier full date in the item; else the page's own date; otherwise the mention is kept with null
values and granularity "unresolved". Relative days ("on Thursday", "yesterday") are resolved against
the item's date (its dateline, else the page's date) and are only reported when that date is known.
A weekday standing right before a date ("Friday, March 10") is part of that date, not a mention.
"""
from __future__ import annotations

import datetime as dt
import re

from ..normalize import dates as D
from .context import Context, Hit

_WEEKDAY_BEFORE = re.compile(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s*$", re.I)


def find(text: str, ctx: Context) -> list[Hit]:
    exprs = D.find(text, ctx.slash_order)
    out: list[Hit] = []
    dl = ctx.dateline
    dl_ref = ctx.item_date
    last_full: dt.date | None = None
    for i, e in enumerate(exprs):
        if e.kind == "relative":
            nxt = exprs[i + 1] if i + 1 < len(exprs) else None
            # "Friday, March 10" / "on Thursday, November 2": the weekday belongs to the date after it
            if nxt is not None and nxt.kind in ("day", "range") and 0 <= nxt.start - e.end <= 3:
                continue
            ref = dl_ref or ctx.published
            if ref is None:
                continue
        ref = dl_ref if dl_ref is not None else last_full if last_full is not None else ctx.published
        if e.kind == "relative":
            ref = dl_ref or ctx.published
        is_dateline = dl is not None and dl.date is not None and dl.date.start == e.start + ctx.offset
        if is_dateline:
            ref = ctx.item_date or ctx.published
        start, end, gran = D.resolve(e, ref if not e.year_written else None)
        if e.year_written and e.kind in ("day", "range") and start is not None:
            last_full = start
        out.append(Hit(e.start + ctx.offset, e.end + ctx.offset, text[e.start:e.end], f"pattern:{e.pattern}",
                       {"date_start": start, "date_end": end, "granularity": gran}))
    return out


def dateline_date(ctx: Context) -> dt.date | None:
    """The item's own date from its dateline, the year taken from the page's date when missing."""
    dl = ctx.dateline
    if dl is None or dl.date is None:
        return None
    start, _, gran = D.resolve(dl.date, ctx.published)
    return start if gran == "day" else None
