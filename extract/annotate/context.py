"""What an annotator knows about the text it reads: where the segment sits in the document, the
item's dateline, the page's date and publisher, and the shared resources. Pure data."""
from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from ..resources import Resources
from ..split import Dateline


@dataclass
class Context:
    res: Resources
    doc_id: str
    batch: str
    item_id: str | None               # None: text outside every item (site titles, labels)
    offset: int                       # segment start in documents.text
    published: dt.date | None = None
    publisher_cc: str | None = None   # the state whose institution publishes the page
    host_cc: str | None = None        # the host state of a mission site ("Cuba in Canada" -> CA)
    slash_order: str = "mdy"
    dateline: Dateline | None = None
    dateline_cc: str | None = None
    item_date: dt.date | None = None  # the dateline's resolved date
    body_start: int | None = None     # where the item's body starts, after its headline (None: no headline)
    extras: dict = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Hit:
    """A mention found in a segment, offsets already in documents.text."""

    start: int
    end: int
    text: str
    extractor: str
    fields: dict


def dominant_country(codes) -> str | None:
    """The country code named most often (at least twice, and more often than any other), else None: the
    state a page or item of an unknown publisher is about."""
    top = Counter(c for c in codes if c).most_common(2)
    if not top or top[0][1] < 2 or len(top) > 1 and top[1][1] == top[0][1]:
        return None
    return top[0][0]


_TEXT_KEY = "press_extract.text"


def doc_text(doc) -> str:
    """The text of a spaCy Doc, computed at most once: Doc.text re-joins every token on each access
    (a sizeable share of the run when five annotators read it). The pipeline stores the segment
    string it gave nlp.pipe (set_doc_text), so it is normally never rebuilt."""
    t = doc.user_data.get(_TEXT_KEY)
    if t is None:
        t = doc.user_data[_TEXT_KEY] = doc.text
    return t


def set_doc_text(doc, text: str):
    """Record the string a Doc was made from (spaCy keeps it verbatim: doc.text == text)."""
    doc.user_data[_TEXT_KEY] = text
    return doc

