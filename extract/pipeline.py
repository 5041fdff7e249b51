"""The run: read -> split -> one nlp.pipe pass per item -> annotate/normalize -> write. Composition only.

Work is done in chunks of documents (`Settings.chunk_docs`), one `nlp.pipe` call per chunk over all
its segments, in this process (workers=1) or in a pool of worker processes that each load the model
once (workers>1). The main process only writes, so memory stays flat whatever the corpus size.
"""
from __future__ import annotations

import datetime as dt
import multiprocessing as mp
import re
import sys
import time
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from . import read as R
from . import split as S
from .annotate import Context, annotate
from .annotate.context import doc_text, dominant_country, set_doc_text
from .annotate import dates as AD
from .annotate import officials as AO
from .errors import ExtractError, ReadError, SettingsError
from .nlp import rule_components
from .normalize import places as NP
from .resources import Resources, load
from .schema import (AgencyMention, DateMention, Document, ErrorRow, Item, LocationMention, Meeting, OfficialMention,
                     TABLES, to_row)
from .settings import Settings
from .write import BatchWriter, cleanup_temp, locked, read_table, write_json_atomic

PIPELINE_VERSION = "1.0.0"   # major = CONTRACT.md version
# (also printed after its Spanish: 'Cuba en Turquía / Cuba in Turkey')
_SITE_TITLE = re.compile(r"^\s*(?:Cuba en [^/\n]{2,40}/\s*)?Cuba in (?:the )?(?P<host>[A-Z][\w .&'’-]+?)\s*$", re.M)


@dataclass
class RunSummary:
    batch: str
    n_inputs: int = 0
    n_processed: int = 0
    n_skipped: int = 0
    rows: dict[str, int] = field(default_factory=dict)
    n_errors: int = 0
    seconds: float = 0.0
    rewritten: bool = False


# ---------------------------------------------------------------- per-process state (model loaded once)
_STATE: dict = {}


def _init_worker(model: str | None, resources: str) -> None:
    from .nlp import build_nlp
    res = load(resources)
    _STATE["res"] = res
    _STATE["nlp"] = build_nlp(model, res)
    _STATE["rules"] = S.boilerplate_rules(str(res.boilerplate_path))
    _STATE["key"] = (model, resources)


def _ensure_worker(model: str | None, resources: str) -> None:
    if _STATE.get("key") != (model, resources):
        _STATE.clear()
        _init_worker(model, resources)


def _state(settings: Settings):
    """This process's model and resources, loaded once (again only when the settings ask for others)."""
    if _STATE.get("key") != (settings.model, str(settings.resources)):
        _STATE.clear()
        _init_worker(settings.model, str(settings.resources))
    return _STATE


# ---------------------------------------------------------------- document processing (pure given state)
def _doc_context(doc: Document, res: Resources) -> dict:
    pub = res.publishers.get(doc.publisher or "", {})
    m = _SITE_TITLE.search(doc.text[:300])
    host = NP.lookup_country(m["host"], res) if m else None
    # a publisher the table does not know is placed by its web address ("mfa.gov.lk" publishes for LK), and
    # writes slash dates as its state does: month first in the few states that do, else day first
    cc = pub.get("country_code") or NP.state_of_url(doc.source_url)
    order = pub.get("slash_order") or ("dmy" if cc and cc not in _MONTH_FIRST_STATES else "mdy")
    return {"publisher_cc": cc, "slash_order": order, "host_cc": host}


#: states whose pages write slash dates month first (04/06/2025 is April 6)
_MONTH_FIRST_STATES = frozenset({"US", "PH", "FM", "MH", "PW", "BZ"})


def _segments(text: str, spans: list[S.ItemSpan]) -> list[tuple[int, int, int | None]]:
    """Items plus the text between them (site titles, labels): (start, end, item ordinal or None)."""
    segs = []
    pos = 0
    for it in spans:
        if it.start > pos and text[pos:it.start].strip():
            segs.append((pos, it.start, None))
        segs.append((it.start, it.end, it.ordinal))
        pos = it.end
    if pos < len(text) and text[pos:].strip():
        segs.append((pos, len(text), None))
    return segs


def process_chunk(raws: list[R.RawInput], batch: str, index: dict, settings: Settings | None = None) -> dict[str, list]:
    """Raw inputs -> rows per table (plain dicts, cheap to pickle)."""
    st = _STATE if settings is None else _state(settings)
    res, nlp, rules = st["res"], st["nlp"], st["rules"]
    out: dict[str, list] = {t: [] for t in TABLES}
    docs: list[tuple[Document, list[S.ItemSpan], dict]] = []
    for raw in raws:
        where = raw.rel_path + (f" line {raw.line}" if raw.line else "")
        did = R.doc_hash(raw.data)
        try:
            doc = R.to_document(raw, batch, index.get(raw.rel_path, {}), PIPELINE_VERSION)
            spans = S.split(doc.text, rules)
            longest = max((e - s for s, e, _ in _segments(doc.text, spans)), default=0)
            if longest > nlp.max_length:
                raise ReadError("too_large", f"{where}: a text segment of {longest} characters exceeds the model's "
                                             f"limit of {nlp.max_length}")
            dctx = _doc_context(doc, res)
            if doc.published is None:
                # a .txt page states its own date in its text (post date line, "Source: Xinhua | 2019-11-28")
                page = AD.page_date(doc.text, dctx["slash_order"], frozenset(
                    doc.text[it.dateline.start:it.dateline.end].strip() for it in spans if it.dateline is not None)
                    if len(spans) > 1 else frozenset())
                if page is not None:
                    doc = Document(**{**to_row(doc), "published": page})
        except ReadError as e:
            out["errors"].append(to_row(R.error_row(batch, raw.rel_path, e, line=raw.line, doc_id=did)))
            continue
        except Exception as e:  # a bug on one page costs that page, never the batch
            out["errors"].append(to_row(ErrorRow(batch, raw.rel_path, "split", type(e).__name__, f"{where}: {e}", did)))
            continue
        docs.append((doc, spans, dctx))
    # items: one full spaCy pass each, batched over the whole chunk; text outside items (site titles,
    # labels) gets only the tokenizer and the rule components (no statistical model)
    item_texts, item_meta, other = [], [], []
    for di, (doc, spans, _) in enumerate(docs):
        for seg in _segments(doc.text, spans):
            if seg[2] is None:
                other.append((di, seg))
            else:
                item_texts.append(doc.text[seg[0]:seg[1]])
                item_meta.append((di, seg))
    per_doc: dict[int, list] = {}
    sdocs = nlp.pipe(item_texts, batch_size=settings.nlp_batch_size if settings else 64)
    for (di, seg), text, sdoc in zip(item_meta, item_texts, sdocs):
        per_doc.setdefault(di, []).append((seg, set_doc_text(sdoc, text)))
    rulers = [nlp.get_pipe(n) for n in rule_components(nlp)]
    for di, seg in other:
        text = docs[di][0].text[seg[0]:seg[1]]
        sdoc = set_doc_text(nlp.make_doc(text), text)
        for r in rulers:
            sdoc = r(sdoc)
        per_doc.setdefault(di, []).append((seg, sdoc))
    for segs in per_doc.values():
        segs.sort(key=lambda x: x[0][0])
    for di, (doc, spans, dctx) in enumerate(docs):
        try:
            _emit_document(doc, spans, dctx, per_doc.get(di, []), res, out)
        except Exception as e:
            out["errors"].append(to_row(ErrorRow(batch, doc.source_path, "annotate", type(e).__name__,
                                                 f"{doc.source_path}: {e}", doc.doc_id)))
    return out


def _emit_document(doc: Document, spans: list[S.ItemSpan], dctx: dict, segs: list, res: Resources, out: dict) -> None:
    item_rows, dates, locs, offs, ags, mtgs, abroad = [], [], [], [], [], [], []
    by_ord = {it.ordinal: it for it in spans}
    stamps = AD.stamps_above(doc.text, sorted(spans, key=lambda it: it.start), dctx["slash_order"])
    for (s, e, ordinal), sdoc in segs:
        it = by_ord.get(ordinal) if ordinal is not None else None
        item_id = f"{doc.doc_id}-{ordinal:03d}" if it is not None else None
        # doc.published (metadata, or the page's own date found by process_chunk) resolves year-less
        # and relative dates when the item has no dateline
        ctx = Context(res=res, doc_id=doc.doc_id, batch=doc.batch, item_id=item_id, offset=s, published=doc.published,
                      publisher_cc=dctx["publisher_cc"], host_cc=dctx["host_cc"], slash_order=dctx["slash_order"],
                      dateline=it.dateline if it else None,
                      body_start=it.body_start if it is not None and it.headline else None)
        place = None
        if it is not None and it.dateline is not None and it.dateline.place:
            place = _dateline_place(it.dateline.place, res, dctx)
            if place is not None:
                ctx.dateline_cc = place.country_code
                ctx.extras["dateline_place_name"] = place.name
        ctx.item_date = (AD.item_date(ctx, doc_text(sdoc)) or stamps.get(ordinal)) if it is not None else None
        ann = annotate(sdoc, ctx, with_meetings=it is not None)
        # items.item_date: the dateline's (or post-date line's) date, else the item's first day date
        item_date = ctx.item_date or next((d.fields["date_start"] for d in ann.dates
                                           if d.fields["granularity"] == "day"), None) if it is not None else None
        if it is not None:
            item_rows.append(Item(item_id=item_id, doc_id=doc.doc_id, batch=doc.batch, ordinal=it.ordinal,
                                  headline=it.headline, body=doc.text[it.body_start:it.end], start_char=it.start,
                                  end_char=it.end, dateline_place=(place.name if place else it.dateline.place) if it.dateline and it.dateline.place else None,
                                  item_date=item_date,
                                  dateline=doc.text[it.dateline.start:it.dateline.end].strip() if it.dateline else None,
                                  body_start=it.body_start))
        base = dict(item_id=item_id, doc_id=doc.doc_id, batch=doc.batch)
        dates += _mentions(DateMention, base, ann.dates)
        locs += _mentions(LocationMention, base, ann.locations)
        offs += [(base, h) for h in ann.officials]
        abroad += [ctx.host_cc or ctx.dateline_cc] * len(ann.officials)
        ags += _mentions(AgencyMention, base, ann.agencies)
        for k, m in enumerate(ann.meetings):
            # the k-th event of the item: several events may share a trigger (one visit per country)
            mtgs.append(Meeting(meeting_id=f"{item_id}-m{k:02d}", item_id=item_id,
                                doc_id=doc.doc_id, batch=doc.batch, meeting_type=m["meeting_type"], text=m["text"],
                                start_char=m["start"], end_char=m["end"], extractor=m["extractor"], status=m["status"],
                                round=m["round"], date_start=m["date_start"], date_end=m["date_end"],
                                location=m["location"], country_code=m["country_code"], parties=m["parties"],
                                officials=m["officials"], agencies=m["agencies"], plover=m["plover"],
                                plover_mode=m["plover_mode"], cameo=m["cameo"]))
    # names link to their fullest form across the whole document, so officials are built last
    linked = AO.share_person_fields(AO.link_names([h for _, h in offs]))
    # (an unknown publisher's page: the state its places name most stands in for the publisher's)
    default_cc = dctx.get("publisher_cc") or dominant_country(m.country_code for m in locs)
    linked = AO.agency_by_state(AO.default_country(linked, res, default_cc, abroad))
    offs_rows = [_mentions(OfficialMention, base, [h])[0] for (base, _), h in zip(offs, linked)]
    n_items = len(item_rows)
    out["documents"].append(to_row(Document(**{**to_row(doc), "n_items": n_items})))
    out["items"] += [to_row(r) for r in item_rows]
    out["dates"] += [to_row(r) for r in dates]
    out["locations"] += [to_row(r) for r in locs]
    out["officials"] += [to_row(r) for r in offs_rows]
    out["agencies"] += [to_row(r) for r in ags]
    out["meetings"] += [to_row(r) for r in mtgs]


def _mentions(record_type, base: dict, hits) -> list:
    return [record_type(**base, text=h.text, start_char=h.start, end_char=h.end, extractor=h.extractor, **h.fields)
            for h in hits]


def _dateline_place(text: str, res: Resources, dctx: dict):
    """The place of a dateline ('KINGSTON, JAMAICA' -> Kingston; 'JAMAICA, KINGSTON' -> Kingston)."""
    parts = [p.strip() for p in text.split(",") if p.strip()]
    ctx_ccs = tuple(c for c in (dctx.get("host_cc"), dctx.get("publisher_cc")) if c)
    found = [NP.resolve(p, res, ctx_ccs) for p in parts]
    countries = [p.country_code for p in found if p is not None and p.kind == "country"]
    cities = [p for p in (NP.resolve(q, res, tuple(countries) + ctx_ccs) for q in parts) if p is not None and p.kind != "country"]
    # a dateline naming its country has its city there ('ARGYLE, ST. VINCENT AND THE GRENADINES': not the Argyle
    # street of a Hong Kong district the gazetteer knows); else the country is the place
    if countries:
        cities = [p for p in cities if p.country_code in countries]
    if cities:
        return cities[0]
    return next((p for p in found if p is not None and (p.kind == "country" or not countries)), None)


# ---------------------------------------------------------------- the run
def _iter_raw(files: list[Path], in_dir: Path, batch: str, errors: list[dict]) -> list[R.RawInput]:
    raws = []
    for p in files:
        rel = str(p.relative_to(in_dir))
        try:
            raws.extend(R.iter_inputs(p, rel))
        except ReadError as e:
            errors.append(to_row(R.error_row(batch, rel, e)))
        except OSError as e:
            errors.append(to_row(ErrorRow(batch, rel, "read", "unreadable", f"{rel}: cannot read file ({e.strerror or e})")))
    return raws


def _chunks(items: list, n: int) -> Iterator[list]:
    for i in range(0, len(items), n):
        yield items[i:i + n]


def run(settings: Settings) -> RunSummary:
    """Process one batch folder into the contract tables under `settings.out_dir`."""
    t0 = time.time()
    started = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
    in_dir, out_dir = settings.in_dir, settings.out_dir
    if not in_dir.is_dir():
        raise SettingsError(f"input folder not found: {in_dir}")
    res_version = _resources_version(settings.resources)   # the tables themselves load only when needed
    batch = settings.batch_name
    out_dir.mkdir(parents=True, exist_ok=True)
    # a second run of the same batch into this OUT waits here, then finds its rows unchanged
    with locked(out_dir / f".batch-{batch}.lock", f"batch {batch!r} in {out_dir}"):
        return _run_locked(settings, batch, res_version, t0, started)


def _run_locked(settings: Settings, batch: str, res_version: str, t0: float, started: str) -> RunSummary:
    in_dir, out_dir = settings.in_dir, settings.out_dir
    cleanup_temp(out_dir)
    summary = RunSummary(batch)
    files = R.discover(in_dir)
    index = R.load_index(in_dir)
    errors: list[dict] = []
    raws = _iter_raw(files, in_dir, batch, errors)
    # identical inputs share a doc_id: process the first, record the others
    seen: dict[str, str] = {}
    uniq = []
    for r in raws:
        did = R.doc_hash(r.data)
        where = r.rel_path + (f" line {r.line}" if r.line else "")
        if did in seen:
            errors.append(to_row(ErrorRow(batch, r.rel_path, "read", "duplicate",
                                          f"{where}: same content as {seen[did]} (doc_id {did}); kept once")))
            continue
        seen[did] = where
        uniq.append(r)
    summary.n_inputs = len(uniq)
    manifest_path = out_dir / "manifest.json"
    manifest = _read_manifest(manifest_path)
    prev_batch = manifest.get("batches", {}).get(batch, {})
    # rows are reused only when everything that makes them is unchanged: pipeline and contract
    # version, the code, the resources and the model
    fingerprint = {"pipeline_version": PIPELINE_VERSION, "resources_version": res_version,
                   "code_version": _code_version(), "model": _model_identity(settings)}
    prev_done: set[str] = set()
    if not settings.force and prev_batch.get("fingerprint") == fingerprint:
        prev_done = set(read_table(out_dir, "documents", batch, columns=["doc_id"]).column("doc_id").to_pylist())
        prev_done |= set(prev_batch.get("failed_doc_ids", []))   # inputs that failed stay failed
    ids = {R.doc_hash(r.data): r for r in uniq}
    keep = prev_done & set(ids)
    todo = [r for did, r in ids.items() if did not in keep]
    summary.n_skipped = len(uniq) - len(todo)
    err_msgs = sorted(e["message"] for e in errors)
    unchanged = not todo and keep == prev_done and prev_batch.get("read_errors") == err_msgs \
        and _all_tables_exist(out_dir, batch)
    model_meta = prev_batch.get("model")
    if unchanged:
        summary.rows = prev_batch.get("rows", {})
        summary.n_errors = summary.rows.get("errors", 0)
        failed = prev_batch.get("failed_doc_ids", [])
    else:
        meta = {"pipeline_version": PIPELINE_VERSION, "resources_version": res_version, "batch": batch}
        writer = BatchWriter(out_dir, batch, keep, meta)
        try:
            if errors:
                writer.add("errors", errors)
            for rows in _process(todo, batch, index, settings):
                for table, rs in rows.items():
                    if rs:
                        writer.add(table, rs)
                summary.n_processed += len(rows["documents"])
            summary.rows = writer.commit()
        except BaseException:
            writer.abort()
            raise
        summary.rewritten = True
        summary.n_errors = summary.rows.get("errors", 0)
        model_meta = _STATE.get("model_meta") or model_meta or _model_meta_lazy(settings)
        failed = sorted({d for d in read_table(out_dir, "errors", batch, columns=["doc_id"]).column("doc_id").to_pylist() if d})
    summary.seconds = time.time() - t0
    entry = {
        "input_dir": str(in_dir), "model": model_meta, "fingerprint": fingerprint,
        "input_files": [{"path": r.rel_path, "line": r.line, "doc_id": did, "bytes": len(r.data)} for did, r in ids.items()],
        "rows": summary.rows, "read_errors": err_msgs, "failed_doc_ids": failed,
        "started": started, "finished": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "processed": summary.n_processed, "skipped_unchanged": summary.n_skipped,
    }
    # other batches may have finished meanwhile: merge this entry into the manifest as it is now
    with locked(out_dir / ".manifest.lock", f"the manifest of {out_dir}"):
        manifest = _read_manifest(manifest_path)
        manifest.update({"pipeline_version": PIPELINE_VERSION, "resources_version": res_version, "model": model_meta})
        manifest.setdefault("batches", {})[batch] = entry
        totals: dict[str, int] = {t: 0 for t in TABLES}
        for b in manifest["batches"].values():
            for t, n in b.get("rows", {}).items():
                totals[t] = totals.get(t, 0) + n
        manifest["rows"] = totals
        write_json_atomic(manifest_path, manifest)
    return summary


def _resources_version(path: Path) -> str:
    """models/VERSION plus a hash of every resource file: editing an alias table or a rule changes
    the version, so the next run reprocesses instead of keeping rows made with the old resources."""
    import hashlib
    try:
        version = (path / "VERSION").read_text(encoding="utf-8").strip()
    except OSError:
        raise SettingsError(f"resources folder not found or incomplete: {path}") from None
    h = hashlib.sha256()
    for f in sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith(".")):
        h.update(str(f.relative_to(path)).encode())
        h.update(f.read_bytes())
    return f"{version}+{h.hexdigest()[:12]}"


def _all_tables_exist(out_dir: Path, batch: str) -> bool:
    from .write import table_path
    return all(table_path(out_dir, t, batch).exists() for t in TABLES)


def _code_version() -> str:
    """A hash of the package's own source files: a code change reprocesses instead of keeping rows."""
    import hashlib
    h = hashlib.sha256()
    pkg = Path(__file__).resolve().parent
    for f in sorted(pkg.rglob("*.py")):
        h.update(str(f.relative_to(pkg)).encode())
        h.update(f.read_bytes())
    return h.hexdigest()[:12]


def _model_identity(settings: Settings) -> dict:
    """Which spaCy model a run would load, and its version, without loading it."""
    import importlib.metadata
    import json as _json
    from .nlp import resolve_model_name
    pin = _json.loads((settings.resources / "base_model.json").read_text(encoding="utf-8"))
    name = resolve_model_name(settings.model, None, pin)
    meta_file = Path(name) / "meta.json"
    if meta_file.exists():
        return {"name": str(Path(name).resolve()), "version": _json.loads(meta_file.read_text(encoding="utf-8")).get("version")}
    try:
        return {"name": name, "version": importlib.metadata.version(name)}
    except importlib.metadata.PackageNotFoundError:
        return {"name": name, "version": None}


def _read_manifest(path: Path) -> dict:
    import json
    if path.exists():
        try:
            return json.loads(path.read_text(encoding="utf-8"))
        except (json.JSONDecodeError, OSError):
            return {}
    return {}


def _model_meta_lazy(settings: Settings) -> dict:
    from .nlp import model_info
    st = _state(settings)
    return model_info(st["nlp"])


def _process(todo: list[R.RawInput], batch: str, index: dict, settings: Settings) -> Iterator[dict]:
    chunks = list(_chunks(todo, settings.chunk_docs))
    if not chunks:
        return            # nothing to process: the model is not even loaded
    bar = _progress(len(todo), settings)
    try:
        if settings.workers == 1 or len(chunks) <= 1:
            from .nlp import model_info
            st = _state(settings)
            _STATE["model_meta"] = model_info(st["nlp"])
            for ch in chunks:
                rows = process_chunk(ch, batch, index, settings)
                bar.update(len(ch))
                yield rows
        else:
            # fork where the platform has it: workers inherit this process's loaded model instead of
            # loading their own; elsewhere each spawned worker loads it once in its initializer
            if "fork" in mp.get_all_start_methods():
                _state(settings)
                ctx = mp.get_context("fork")
            else:
                ctx = mp.get_context("spawn")
            with ctx.Pool(settings.workers, initializer=_ensure_worker,
                          initargs=(settings.model, str(settings.resources))) as pool:
                # a bounded window of chunks in flight: results never pile up in memory
                pending: deque = deque()
                it = iter(chunks)
                for ch in it:
                    pending.append((ch, pool.apply_async(process_chunk, (ch, batch, index, settings))))
                    if len(pending) >= 2 * settings.workers:
                        break
                while pending:
                    ch, r = pending.popleft()
                    rows = r.get()
                    nxt = next(it, None)
                    if nxt is not None:
                        pending.append((nxt, pool.apply_async(process_chunk, (nxt, batch, index, settings))))
                    bar.update(len(ch))
                    yield rows
                _STATE["model_meta"] = pool.apply(_worker_model_meta)
    finally:
        bar.close()


def _worker_model_meta() -> dict:
    from .nlp import model_info
    return model_info(_STATE["nlp"])


def _progress(total: int, settings: Settings):
    from tqdm import tqdm
    show = settings.progress if settings.progress is not None else sys.stderr.isatty()
    return tqdm(total=total, unit="doc", desc="extract", delay=3.0, disable=not show, leave=False, dynamic_ncols=True)


def load_table(table: str, out_dir: str | Path = "data/processed"):
    """A table as a pandas DataFrame (all batches): `extract.load("items", "data/processed")`."""
    if table not in TABLES:
        raise ExtractError(f"unknown table {table!r}; one of {', '.join(TABLES)}")
    return read_table(Path(out_dir), table).to_pandas()
