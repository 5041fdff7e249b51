"""`press-extract validate OUT`: check written tables against CONTRACT.md."""
from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq

from .schema import MENTION_TABLES, SCHEMAS, TABLES
from .write import read_table

from .resources import AGENCY_KINDS as AG_KINDS
from .resources import LOCATION_KINDS as LOC_KINDS

GRANULARITY = {"day", "month", "year", "unresolved"}
STATUS = {"held", "planned"}


def validate(out_dir: Path) -> list[str]:
    import pycountry

    codes = {c.alpha_2 for c in pycountry.countries} | {"XK"}
    problems: list[str] = []
    for t in TABLES:
        root = out_dir / t
        files = sorted(p for p in root.rglob("*.parquet") if not p.name.startswith(".")) if root.exists() else []
        if not files:
            problems.append(f"{t}: no Parquet file (every table is written, even empty)")
            continue
        for f in files:
            schema = pq.read_schema(f)
            for field in SCHEMAS[t]:
                if field.name not in schema.names:
                    problems.append(f"{f.relative_to(out_dir)}: missing column {field.name}")
                elif not schema.field(field.name).type.equals(field.type):
                    problems.append(f"{f.relative_to(out_dir)}: {field.name} is {schema.field(field.name).type}, contract {field.type}")
    if not (out_dir / "manifest.json").exists():
        problems.append("manifest.json missing")
    else:
        m = json.loads((out_dir / "manifest.json").read_text(encoding="utf-8"))
        for k in ("pipeline_version", "model", "resources_version", "batches", "rows"):
            if k not in m:
                problems.append(f"manifest.json: missing {k}")
    if problems:
        return problems
    docs = read_table(out_dir, "documents").to_pylist()
    texts = {d["doc_id"]: d["text"] for d in docs}
    # doc_id is a content hash: the same page may sit in two batches, never twice in one
    if len({(d["batch"], d["doc_id"]) for d in docs}) != len(docs):
        problems.append("documents: duplicate doc_id within a batch")
    items = read_table(out_dir, "items").to_pylist()
    item_ids = set()
    seen_items = set()
    for it in items:
        if it["item_id"] != f"{it['doc_id']}-{it['ordinal']:03d}":
            problems.append(f"items: bad item_id {it['item_id']}")
        if (it["batch"], it["item_id"]) in seen_items:
            problems.append(f"items: duplicate item_id {it['item_id']}")
        seen_items.add((it["batch"], it["item_id"]))
        item_ids.add(it["item_id"])
        if it["doc_id"] not in texts:
            problems.append(f"items: {it['item_id']} has no document")
        elif not (0 <= it["start_char"] < it["end_char"] <= len(texts[it["doc_id"]])):
            problems.append(f"items: {it['item_id']} span out of range")
    for t in MENTION_TABLES:
        for r in read_table(out_dir, t).to_pylist():
            where = f"{t}: {r['doc_id']}@{r['start_char']}"
            txt = texts.get(r["doc_id"])
            if txt is None:
                problems.append(f"{where}: no document")
                continue
            if txt[r["start_char"]:r["end_char"]] != r["text"]:
                problems.append(f"{where}: text does not match documents.text[start:end]")
            if r["item_id"] is not None and r["item_id"] not in item_ids:
                problems.append(f"{where}: unknown item_id")
            if t == "dates":
                if r["granularity"] not in GRANULARITY:
                    problems.append(f"{where}: granularity {r['granularity']!r}")
                if (r["date_start"] is None) != (r["granularity"] == "unresolved"):
                    problems.append(f"{where}: null dates must go with 'unresolved'")
                if r["date_start"] and r["date_end"] and r["date_start"] > r["date_end"]:
                    problems.append(f"{where}: date_start after date_end")
            if t == "locations" and r["kind"] not in LOC_KINDS:
                problems.append(f"{where}: kind {r['kind']!r}")
            if t == "agencies" and r["kind"] not in AG_KINDS:
                problems.append(f"{where}: kind {r['kind']!r}")
            if r.get("country_code") is not None and r["country_code"] not in codes:
                problems.append(f"{where}: country_code {r['country_code']!r}")
    from .resources import load
    from .settings import Settings
    taxonomy = load(str(Settings().resources)).meeting_types
    meeting_ids = set()
    for r in read_table(out_dir, "meetings").to_pylist():
        where = f"meetings: {r['meeting_id']}"
        if (r["batch"], r["meeting_id"]) in meeting_ids:
            problems.append(f"{where}: duplicate meeting_id")
        meeting_ids.add((r["batch"], r["meeting_id"]))
        spec = taxonomy.get(r["meeting_type"])
        if spec is None:
            problems.append(f"{where}: meeting_type {r['meeting_type']!r} is not in the taxonomy")
        elif (r["plover"], r["plover_mode"], r["cameo"]) != (spec["plover"], spec.get("plover_mode"), spec["cameo"]):
            problems.append(f"{where}: plover/cameo do not match the taxonomy for {r['meeting_type']}")
        for p in r["parties"]:
            if p not in codes and not (p.isupper() or p in ("Interpol",)):
                problems.append(f"{where}: party {p!r} is neither an ISO code nor an IGO acronym")
        if r["status"] not in STATUS:
            problems.append(f"{where}: status {r['status']!r}")
        if r["item_id"] not in item_ids:
            problems.append(f"{where}: unknown item_id")
        txt = texts.get(r["doc_id"], "")
        if txt[r["start_char"]:r["end_char"]] != r["text"]:
            problems.append(f"{where}: trigger text does not match documents.text")
    return problems
