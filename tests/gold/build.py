"""Build tests/gold/gold.jsonl from the compact specs in tests/gold/specs/ and validate every record.

Usage: python tests/gold/build.py            (build + validate all specs)
       python tests/gold/build.py --check    (validate only; exit 1 on the first problem list)
       python tests/gold/build.py --root DIR (another gold set laid out the same way: DIR/docs,
                                              DIR/specs with a copy of specs/common.py, DIR/gold.jsonl)

Offsets are computed from text + whole-word occurrence, never counted by hand (after
../shared/tools/annotate.py). Each record is checked: text == doc[start:end], items ordered and
non-overlapping, dates ISO with start <= end, granularity in the closed set, country codes ISO 3166-1
alpha-2, kinds and meeting types from CONTRACT.md, meeting items in range.
"""
from __future__ import annotations

import datetime as dt
import json
import re
import runpy
import sys
from pathlib import Path

import pycountry

HERE = Path(__file__).resolve().parent
DOCS_DIR, SPECS, OUT = HERE / "docs", HERE / "specs", HERE / "gold.jsonl"

GRAN = {"day", "month", "year", "unresolved"}
LOC_KINDS = {"country", "admin1", "city", "region", "other"}
AG_KINDS = {"ministry", "department", "agency", "embassy", "legislature", "military", "law_enforcement",
            "judiciary", "party", "igo", "other"}
MEETING_TYPES = {"bilateral_commission", "migration_talks", "law_enforcement_dialogue", "political_consultations",
                 "technical_exchange", "official_visit", "bilateral_meeting", "phone_call", "multilateral_meeting",
                 "agreement_signing", "credentials", "ceremony"}
CODES = {c.alpha_2 for c in pycountry.countries} | {"XK"}
IGO_PARTIES_RE = re.compile(r"^[A-Z][A-Za-z0-9]{1,9}$")


def whole_word_hits(text: str, t: str) -> list[int]:
    return [m.start() for m in re.finditer(r"(?<![A-Za-z0-9])" + re.escape(t) + r"(?![A-Za-z0-9])", text)]


def build_doc(d: dict) -> dict:
    text = (DOCS_DIR / d["file"]).open(encoding="utf-8", newline="").read()
    rec = {"file": d["file"], "published": d.get("published"), "items": []}
    for first, last, head in d["items"]:
        if isinstance(first, tuple):
            s = -1
            for _ in range(first[1] + 1):
                s = text.index(first[0], s + 1)
        else:
            s = text.index(first)
        e = text.index(last, s) + len(last)
        rec["items"].append({"start": s, "end": e, "headline": head})
    for field in ("dates", "locations", "officials", "agencies"):
        rec[field] = []
        for t, occ, extra in d.get(field, []):
            hits = whole_word_hits(text, t)
            if occ >= len(hits):
                raise ValueError(f"{d['file']}: {field} {t!r} occurrence {occ} not found ({len(hits)} whole-word hits)")
            pos = hits[occ]
            rec[field].append({"text": t, "start": pos, "end": pos + len(t), **extra})
        rec[field].sort(key=lambda m: m["start"])
    rec["meetings"] = d.get("meetings", [])
    return rec


def _date(v):
    return None if v is None else dt.date.fromisoformat(v)


def validate(rec: dict) -> list[str]:
    f = rec["file"]
    text = (DOCS_DIR / f).open(encoding="utf-8", newline="").read()
    errs = []
    if rec.get("published"):
        _date(rec["published"])
    prev_end = -1
    for i, it in enumerate(rec["items"]):
        if not (0 <= it["start"] < it["end"] <= len(text)):
            errs.append(f"{f}: item {i} bad span")
        if it["start"] < prev_end:
            errs.append(f"{f}: item {i} overlaps the previous one")
        if text[it["start"]:it["end"]] != text[it["start"]:it["end"]].strip():
            errs.append(f"{f}: item {i} has surrounding whitespace")
        if it["headline"] is not None and not text[it["start"]:].startswith(it["headline"]):
            errs.append(f"{f}: item {i} headline is not the item's first characters")
        prev_end = it["end"]
    for field in ("dates", "locations", "officials", "agencies"):
        seen = set()
        for m in rec[field]:
            if text[m["start"]:m["end"]] != m["text"]:
                errs.append(f"{f}: {field} {m['text']!r} offsets do not match")
            key = (m["start"], m["end"], m.get("name"), m.get("country_code"))
            if key in seen:
                errs.append(f"{f}: {field} {m['text']!r}@{m['start']} annotated twice")
            seen.add(key)
            cc = m.get("country_code")
            if cc is not None and cc not in CODES:
                errs.append(f"{f}: {field} {m['text']!r} bad country_code {cc!r}")
    for m in rec["dates"]:
        if m["granularity"] not in GRAN:
            errs.append(f"{f}: date {m['text']!r} bad granularity")
        ds, de = _date(m["date_start"]), _date(m["date_end"])
        if (ds is None) != (m["granularity"] == "unresolved") or (ds is None) != (de is None):
            errs.append(f"{f}: date {m['text']!r} nulls do not match granularity")
        if ds and de and ds > de:
            errs.append(f"{f}: date {m['text']!r} start after end")
    for m in rec["locations"]:
        if m["kind"] not in LOC_KINDS or not m.get("name"):
            errs.append(f"{f}: location {m['text']!r} bad kind/name")
    for m in rec["officials"]:
        if not m.get("name"):
            errs.append(f"{f}: official {m['text']!r} has no name")
    for m in rec["agencies"]:
        if m["kind"] not in AG_KINDS or not m.get("name"):
            errs.append(f"{f}: agency {m['text']!r} bad kind/name")
        if m["kind"] == "igo" and m.get("country_code") is not None:
            errs.append(f"{f}: agency {m['text']!r} igo with a country")
    for m in rec["meetings"]:
        if m["meeting_type"] not in MEETING_TYPES:
            errs.append(f"{f}: meeting type {m['meeting_type']!r}")
        if m["status"] not in {"held", "planned"}:
            errs.append(f"{f}: meeting status {m['status']!r}")
        if not (0 <= m["item"] < len(rec["items"])):
            errs.append(f"{f}: meeting item {m['item']} out of range")
        ds, de = _date(m.get("date_start")), _date(m.get("date_end"))
        if ds and de and ds > de:
            errs.append(f"{f}: meeting start after end")
        if m.get("country_code") is not None and m["country_code"] not in CODES:
            errs.append(f"{f}: meeting country_code {m['country_code']!r}")
        for p in m.get("parties", []):
            if p not in CODES and not IGO_PARTIES_RE.match(p):
                errs.append(f"{f}: meeting party {p!r}")
    return errs


def main(argv: list[str]) -> int:
    global DOCS_DIR, SPECS, OUT
    if "--root" in argv:
        i = argv.index("--root")
        root = Path(argv[i + 1]).resolve()
        argv = argv[:i] + argv[i + 2:]
        DOCS_DIR, SPECS, OUT = root / "docs", root / "specs", root / "gold.jsonl"
    sys.path.insert(0, str(SPECS))  # specs do `from common import *`
    only = [a for a in argv if not a.startswith("--")]
    recs, errs = [], []
    for spec in sorted(SPECS.glob("*.py")):
        if spec.name == "common.py" or (only and spec.stem not in only):
            continue
        try:
            docs = runpy.run_path(str(spec))["DOCS"]
            for d in docs:
                rec = build_doc(d)
                errs += validate(rec)
                recs.append(rec)
        except Exception as e:  # report every broken spec, not just the first
            errs.append(f"{spec.name}: {type(e).__name__}: {e}")
    files = [r["file"] for r in recs]
    dupes = {f for f in files if files.count(f) > 1}
    errs += [f"{f}: annotated in more than one spec" for f in sorted(dupes)]
    for e in errs:
        print(e, file=sys.stderr)
    if errs:
        return 1
    if "--check" not in argv and not only:
        recs.sort(key=lambda r: r["file"])
        OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), encoding="utf-8")
    print(f"{len(recs)} docs OK" + ("" if "--check" in argv or only else f" -> {OUT.name}"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
