"""Meetings: one row per meeting event an item reports, typed with the closed taxonomy of CONTRACT.md.

Triggers are data (models/meetings.json: per type, regexes over one sentence, with a priority). Per
sentence the highest-priority type wins where triggers overlap; mentions of the same type in one item
are one event unless they carry different dates ("a fourth meeting ... a continuity of the one held
... on September 15, 2017" is two). Each event takes, from its own sentence first and the item
second: status (planned cues: "will", "to be held", "next round"), round ("eighth", "3rd", "XVIII"),
dates (date mentions), place (a location after "in"/"at", else the dateline), parties (states of the
places, officials, agencies and nationality adjectives involved; IGO acronyms), officials, agencies.
"""
from __future__ import annotations

import functools
import hashlib
import re
from dataclasses import dataclass

from spacy.tokens import Doc

from ..resources import Resources
from .context import Context, Hit

ORDINALS = {w: i for i, w in enumerate(
    "zeroth first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
    "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split())}
_ROMAN = re.compile(r"\b(?=[XVI])(X{0,3})(IX|IV|V?I{0,3})\b")
_ROUND = re.compile(r"\b(?P<w>" + "|".join(ORDINALS) + r")\b|\b(?P<n>\d{1,2})(?:st|nd|rd|th)\b|\b(?P<r>[XVI]{1,6})\b",
                    re.IGNORECASE)


@dataclass
class Trigger:
    type: str
    start: int   # segment offsets
    end: int
    sent: int    # sentence index
    priority: int


@functools.lru_cache(maxsize=4)
def _compiled(res_id: int, types_json: str):
    import json
    types = json.loads(types_json)
    return {t: ([re.compile(p, re.IGNORECASE) for p in spec["triggers"]], spec["priority"]) for t, spec in types.items()}


def _rules(res: Resources):
    import json
    spec = res.extra["meetings"]
    comp = _compiled(id(res), json.dumps(res.meeting_types, sort_keys=True))
    planned = [re.compile(p, re.IGNORECASE) for p in spec.get("planned", [])]
    not_meeting = [re.compile(p, re.IGNORECASE) for p in spec.get("not_meeting", [])]
    return comp, planned, not_meeting


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


def _round(sent_text: str, trig_rel: int) -> int | None:
    """The ordinal nearest before the trigger in its sentence ('the eighth technical exchange')."""
    best = None
    for m in _ROUND.finditer(sent_text[:trig_rel + 1]):
        if trig_rel - m.end() > 40:
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


def find(doc: Doc, ctx: Context, dates: list[Hit], locations: list[Hit], officials: list[Hit],
         agencies: list[Hit], headline_end: int | None = None) -> list[dict]:
    res = ctx.res
    comp, planned_cues, not_meeting = _rules(res)
    sents = list(doc.sents)
    triggers: list[Trigger] = []
    for si, sent in enumerate(sents):
        st = sent.text
        if any(p.search(st) for p in not_meeting):
            continue
        found: list[Trigger] = []
        for mtype, (pats, prio) in comp.items():
            for p in pats:
                for m in p.finditer(st):
                    found.append(Trigger(mtype, sent.start_char + m.start(), sent.start_char + m.end(), si, prio))
                    break
        if not found:
            continue
        # the highest-priority type of the sentence wins; other types survive only when they are
        # visits or signings reported next to a meeting (a visit gives a visit plus its meetings)
        found.sort(key=lambda t: (-t.priority, t.start))
        top = found[0]
        keep = [top]
        for t in found[1:]:
            if t.type in ("official_visit", "agreement_signing", "credentials") and t.type != top.type and \
                    t.type not in {k.type for k in keep}:
                keep.append(t)
        triggers.extend(keep)
    events: list[dict] = []
    for t in triggers:
        sent = sents[t.sent]
        s0, s1 = sent.start_char + ctx.offset, sent.end_char + ctx.offset
        in_sent = lambda h: s0 <= h.start < s1  # noqa: E731
        sdates = [d for d in dates if in_sent(d) and d.fields["date_start"] is not None and d.fields["granularity"] == "day"]
        st = sent.text
        is_planned = any(p.search(st) for p in planned_cues) and not re.search(r"\b(?:was|were) held\b", st)
        ds = de = None
        if sdates:
            d0 = sdates[0]
            ds, de = d0.fields["date_start"], d0.fields["date_end"]
        elif not is_planned and ctx.item_date is not None:
            ds = de = ctx.item_date
        ev_key = (t.type, ds)
        same = [e for e in events if e["meeting_type"] == t.type and (e["date_start"] in (None, ds) or ds is None)]
        if same:
            e = same[0]
            if e["date_start"] is None and ds is not None:
                e["date_start"], e["date_end"] = ds, de
            e["_sents"].add(t.sent)
            continue
        rel = t.start - sent.start_char
        events.append({"meeting_type": t.type, "start": t.start + ctx.offset, "end": t.end + ctx.offset,
                       "text": doc.text[t.start:t.end], "status": "planned" if is_planned else "held",
                       "round": _round(st, rel), "date_start": ds, "date_end": de, "_sents": {t.sent}, "_key": ev_key})
    out = []
    for e in events:
        spans = [(sents[i].start_char + ctx.offset, sents[i].end_char + ctx.offset) for i in sorted(e.pop("_sents"))]
        e.pop("_key")
        inside = lambda h: any(a <= h.start < b for a, b in spans)  # noqa: E731
        locs = [h for h in locations if inside(h)]
        place = _meeting_place(doc, ctx, locs)
        if place is None and ctx.dateline_cc and e["status"] == "held":
            place = (ctx.extras.get("dateline_place_name"), ctx.dateline_cc)
        if place is None and e["meeting_type"] == "credentials" and ctx.host_cc:
            place = (res.country_by_code[ctx.host_cc].name if ctx.host_cc in res.country_by_code else None, ctx.host_cc)
        offs = [h for h in officials if inside(h)]
        ags = [h for h in agencies if inside(h)]
        parties = set()
        for h in locs:
            if h.fields["kind"] == "country" and h.fields["country_code"]:
                parties.add(h.fields["country_code"])
        for h in offs + ags:
            if h.fields.get("kind") == "igo" and h.fields.get("acronym"):
                parties.add(h.fields["acronym"])
            elif h.fields.get("country_code"):
                parties.add(h.fields["country_code"])
        for sp in doc.spans.get("nations", []):
            if inside(Hit(sp.start_char + ctx.offset, sp.end_char + ctx.offset, "", "", {})):
                parties.add(sp.id_)
        if ctx.publisher_cc and len(parties) == 1 and ctx.publisher_cc not in parties:
            parties.add(ctx.publisher_cc)
        spec = res.meeting_types[e["meeting_type"]]
        e.update({"location": place[0] if place else None, "country_code": place[1] if place else None,
                  "parties": sorted(parties), "officials": sorted({h.fields["name"] for h in offs}),
                  "agencies": sorted({h.fields["name"] for h in ags}),
                  "plover": spec["plover"], "plover_mode": spec.get("plover_mode"), "cameo": spec["cameo"],
                  "extractor": f"rule:{e['meeting_type']}"})
        out.append(e)
    return out


def _meeting_place(doc: Doc, ctx: Context, locs: list[Hit]) -> tuple[str, str] | None:
    text = doc.text
    best = None
    for h in locs:
        rel = h.start - ctx.offset
        before = text[max(0, rel - 6):rel].lower()
        if re.search(r"\b(?:in|at)\s+(?:the\s+)?$", before):
            if best is None or (h.fields["kind"] == "city" and best.fields["kind"] != "city"):
                best = h
    if best is None:
        return None
    return best.fields["name"], best.fields["country_code"]


def meeting_id(item_id: str, start: int, mtype: str) -> str:
    return hashlib.sha256(f"{item_id}:{start}:{mtype}".encode()).hexdigest()[:16]
