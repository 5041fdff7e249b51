"""What an annotator knows about the text it reads: where the segment sits in the document, the
item's dateline, the page's date and publisher, and the shared resources. Pure data."""
from __future__ import annotations

import datetime as dt
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
    extras: dict = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Hit:
    """A mention found in a segment, offsets already in documents.text."""

    start: int
    end: int
    text: str
    extractor: str
    fields: dict
