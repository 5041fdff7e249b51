"""Stage 3+4, ANNOTATE and NORMALIZE: one spaCy Doc of a segment (an item, or text outside items) ->
mention hits per field, with canonical values. Order matters: agencies first (places and people
inside an agency's name are not mentions), then places, people, dates and meetings."""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc

from . import agencies, dates, locations, meetings, officials
from .context import Context, Hit, doc_text


@dataclass
class Annotations:
    dates: list[Hit] = field(default_factory=list)
    locations: list[Hit] = field(default_factory=list)
    officials: list[Hit] = field(default_factory=list)
    agencies: list[Hit] = field(default_factory=list)
    meetings: list[dict] = field(default_factory=list)


def annotate(doc: Doc, ctx: Context, with_meetings: bool = True) -> Annotations:
    ags = agencies.find(doc, ctx)
    offs = officials.find(doc, ctx, ags)
    blocked = [(h.start, h.end) for h in ags] + [(h.start, h.end) for h in offs]
    locs = locations.find(doc, ctx, blocked)
    dts = dates.find(doc_text(doc), ctx)
    mts = meetings.find(doc, ctx, dts, locs, offs, ags) if with_meetings else []
    return Annotations(dts, locs, offs, ags, mts)


__all__ = ["Annotations", "Context", "Hit", "annotate"]
