"""Score the pipeline against gold annotations (tests/gold/gold.jsonl, written per ../shared/ANNOTATION.md).

Micro precision/recall/F1 per field, over all gold pages:
  items      a predicted item matches a gold item when start and end are both within 3 characters;
  dates      span (exact offsets) and normalized value (start, end, granularity) both right;
  locations  exact span; plus country-code accuracy over matched spans;
  officials  exact span; plus name, title, country-code and agency accuracy over matched spans;
  agencies   exact span (one row per coordinated body); plus canonical-name accuracy;
  meetings   meeting type within the same gold item (the one holding the trigger); plus date and
             country accuracy over matched meetings.
Accuracies are over matched pairs (the attribute given a correct mention).
"""
from __future__ import annotations

import itertools
import json
import math
import runpy
import shutil
import sys
from collections import defaultdict
from pathlib import Path

from .errors import ExtractError
from .resources import fold
from .settings import Settings

FIELDS = ["items", "dates", "dates_span", "locations", "officials", "agencies", "meetings"]


def load_gold(gold_dir: Path, subset: list[str] | None = None) -> list[dict]:
    path = gold_dir / "gold.jsonl"
    if not path.exists():
        raise ExtractError(f"no gold file at {path}")
    recs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    if subset:
        files = set()
        sys.path.insert(0, str(gold_dir / "specs"))
        try:
            for b in subset:
                for spec in (gold_dir / "specs").glob(f"{b}*.py"):
                    files |= {d["file"] for d in runpy.run_path(str(spec))["DOCS"]}
        finally:
            sys.path.pop(0)
        recs = [r for r in recs if r["file"] in files]
    return recs


def _prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": tp, "fp": fp, "fn": fn}


def _acc(ok: int, n: int) -> float | None:
    return round(ok / n, 4) if n else None


def _iso(v) -> str | None:
    return None if v is None else str(v)[:10]


def score(gold: list[dict], pred: dict[str, dict]) -> dict:
    """gold: records of gold.jsonl; pred: file -> {"items": [...], "dates": [...], ...} as dict rows."""
    counts = {f: [0, 0, 0] for f in FIELDS}
    acc = defaultdict(lambda: [0, 0])
    errors: dict[str, list[str]] = {}
    for g in gold:
        p = pred.get(g["file"], {f: [] for f in FIELDS})
        errs: list[str] = []
        # items
        used = set()
        gitems = g["items"]
        for it in p.get("items", []):
            k = next((i for i, gi in enumerate(gitems) if i not in used and abs(gi["start"] - it["start_char"]) <= 3
                      and abs(gi["end"] - it["end_char"]) <= 3), None)
            if k is None:
                counts["items"][1] += 1
                errs.append(f"items FP [{it['start_char']}:{it['end_char']}] {it.get('headline')!r}")
            else:
                used.add(k)
                counts["items"][0] += 1
        for i, gi in enumerate(gitems):
            if i not in used:
                counts["items"][2] += 1
                errs.append(f"items FN [{gi['start']}:{gi['end']}] {gi.get('headline')!r}")
        # mention fields
        for field, key_fn, attrs in (
            ("dates", lambda m: (m["start"], m["end"], _iso(m["date_start"]), _iso(m["date_end"]), m["granularity"]), ()),
            ("dates_span", lambda m: (m["start"], m["end"]), ()),
            ("locations", lambda m: (m["start"], m["end"]), ("country_code",)),
            ("officials", lambda m: (m["start"], m["end"]), ("name", "title", "country_code", "agency")),
            ("agencies", lambda m: (m["start"], m["end"]), ("name",)),
        ):
            src = "dates" if field == "dates_span" else field
            gm = [_g(m) for m in g.get(src, [])]
            pm = [_p(m) for m in p.get(src, [])]
            _match(field, gm, pm, key_fn, attrs, counts, acc, errs)
        # meetings: (gold item holding the trigger, type)
        gmeet = [(m["item"], m["meeting_type"], m) for m in g.get("meetings", [])]
        pmeet = []
        for m in p.get("meetings", []):
            k = next((i for i, gi in enumerate(gitems) if gi["start"] <= m["start_char"] < gi["end"] + 1), None)
            pmeet.append((k, m["meeting_type"], m))
        gby, pby = defaultdict(list), defaultdict(list)
        for k, t, m in gmeet:
            gby[(k, t)].append(m)
        for k, t, m in pmeet:
            pby[(k, t)].append(m)
        gleft = []
        for key in sorted(set(gby) | set(pby), key=lambda x: (x[0] is None, x[0] or 0, x[1])):
            k, t = key
            gs, ps = gby.get(key, []), pby.get(key, [])
            pairs = _pairs(ps, gs)
            for i, m in enumerate(ps):
                if i not in pairs:
                    counts["meetings"][1] += 1
                    errs.append(f"meetings FP item {k} {t} {m['text']!r} {_iso(m['date_start'])}")
                    continue
                best = gs[pairs[i]]
                counts["meetings"][0] += 1
                gd = (_iso(best.get("date_start")), _iso(best.get("date_end")))
                pd = (_iso(m["date_start"]), _iso(m["date_end"]))
                acc["meetings.date"][0] += gd == pd
                acc["meetings.date"][1] += 1
                acc["meetings.country"][0] += best.get("country_code") == m["country_code"]
                acc["meetings.country"][1] += 1
                if gd != pd:
                    errs.append(f"meetings date item {k} {t}: gold {gd} pred {pd}")
                if best.get("country_code") != m["country_code"]:
                    errs.append(f"meetings country item {k} {t}: gold {best.get('country_code')} pred {m['country_code']}")
            paired = set(pairs.values())
            gleft += [(k, t, g) for j, g in enumerate(gs) if j not in paired]
        for k, t, m in gleft:
            counts["meetings"][2] += 1
            errs.append(f"meetings FN item {k} {t} {_iso(m.get('date_start'))}")
        if errs:
            errors[g["file"]] = errs
    report = {f: _prf(*counts[f]) for f in FIELDS}
    report["accuracy"] = {k: _acc(*v) for k, v in sorted(acc.items())}
    report["n_docs"] = len(gold)
    report["errors"] = errors
    return report


def _agree(p: dict, g: dict) -> int:
    """How far a predicted meeting agrees with a gold one of its item and type: its dates, its country."""
    return int((_iso(g.get("date_start")), _iso(g.get("date_end"))) == (_iso(p["date_start"]), _iso(p["date_end"]))) + \
        int(g.get("country_code") == p["country_code"])


def _pairs(ps: list[dict], gs: list[dict]) -> dict[int, int]:
    """Pair the predicted and gold meetings of one item and type (as many pairs as the shorter list) so that
    they agree most in dates and country: which gold leg of a tour or meeting of a visit a prediction stands
    for is otherwise arbitrary. Exact over all pairings when there are few (itertools.permutations; no
    assignment solver is worth a dependency here), else greedy in text order."""
    if not ps or not gs:
        return {}
    small, large, flip = (ps, gs, False) if len(ps) <= len(gs) else (gs, ps, True)
    if math.perm(len(large), len(small)) <= 5040:
        best = max(itertools.permutations(range(len(large)), len(small)),
                   key=lambda perm: sum(_agree(*((large[j], small[i]) if flip else (small[i], large[j])))
                                        for i, j in enumerate(perm)))
        pairs = dict(enumerate(best))
        return {j: i for i, j in pairs.items()} if flip else pairs
    out: dict[int, int] = {}
    for i, p in enumerate(ps):
        free = [j for j in range(len(gs)) if j not in out.values()]
        if free:
            out[i] = max(free, key=lambda j: _agree(p, gs[j]))
    return out


def _g(m: dict) -> dict:
    return {**m}


def _p(m: dict) -> dict:
    return {**m, "start": m["start_char"], "end": m["end_char"]}


def _norm(v):
    return fold(v) if isinstance(v, str) else v


def _match(field, gm, pm, key_fn, attrs, counts, acc, errs) -> None:
    gk = defaultdict(list)
    for m in gm:
        gk[key_fn(m)].append(m)
    for m in pm:
        lst = gk.get(key_fn(m))
        if not lst:
            counts[field][1] += 1
            errs.append(f"{field} FP {m['text']!r}@{m['start']}" + (f" {_iso(m.get('date_start'))}..{_iso(m.get('date_end'))} {m.get('granularity')}" if field == "dates" else ""))
            continue
        # with coordinations, pair by name when possible
        best = next((x for x in lst if "name" in attrs and _norm(x.get("name")) == _norm(m.get("name"))), lst[0])
        lst.remove(best)
        counts[field][0] += 1
        for a in attrs:
            ok = _norm(best.get(a)) == _norm(m.get(a))
            acc[f"{field}.{a}"][0] += ok
            acc[f"{field}.{a}"][1] += 1
            if not ok:
                errs.append(f"{field}.{a} {m['text']!r}@{m['start']}: gold {best.get(a)!r} pred {m.get(a)!r}")
    for lst in gk.values():
        for m in lst:
            counts[field][2] += 1
            errs.append(f"{field} FN {m['text']!r}@{m['start']}" + (f" {m.get('date_start')}..{m.get('date_end')} {m.get('granularity')}" if field == "dates" else ""))


def predictions(out_dir: Path) -> dict[str, dict]:
    from .write import read_table

    docs = read_table(out_dir, "documents", columns=["doc_id", "source_path"]).to_pylist()
    by_id = {d["doc_id"]: d["source_path"] for d in docs}
    pred: dict[str, dict] = {f: {} for f in by_id.values()}
    for table in ("items", "dates", "locations", "officials", "agencies", "meetings"):
        for r in read_table(out_dir, table).to_pylist():
            f = by_id.get(r["doc_id"])
            if f is not None:
                pred[f].setdefault(table, []).append(r)
    return pred


def evaluate(gold_dir: Path, out_dir: Path, model: str | None = None, subset: list[str] | None = None,
             workers: int = 1) -> dict:
    """Run the pipeline over gold_dir/docs into out_dir (fresh) and score it."""
    from .pipeline import run

    gold = load_gold(gold_dir, subset)
    if out_dir.exists():
        shutil.rmtree(out_dir)
    run(Settings.from_env(in_dir=gold_dir / "docs", out_dir=out_dir, batch="gold", model=model, workers=workers,
                          progress=False))
    return score(gold, predictions(out_dir))


def format_table(report: dict) -> str:
    acc = report["accuracy"]
    extra = {
        "items": "", "dates": "span + value", "dates_span": "span only",
        "locations": f"country-code acc {_fmt(acc.get('locations.country_code'))}",
        "officials": f"name acc {_fmt(acc.get('officials.name'))}, title acc {_fmt(acc.get('officials.title'))}, "
                     f"country acc {_fmt(acc.get('officials.country_code'))}, agency acc {_fmt(acc.get('officials.agency'))}",
        "agencies": f"canonical-name acc {_fmt(acc.get('agencies.name'))}",
        "meetings": f"date acc {_fmt(acc.get('meetings.date'))}, country acc {_fmt(acc.get('meetings.country'))}",
    }
    lines = [f"gold pages: {report['n_docs']}", "",
             "| field | precision | recall | F1 | tp | fp | fn | attributes |",
             "|---|---:|---:|---:|---:|---:|---:|---|"]
    for f in FIELDS:
        r = report[f]
        lines.append(f"| {f} | {r['precision']:.3f} | {r['recall']:.3f} | {r['f1']:.3f} | {r['tp']} | {r['fp']} | {r['fn']} | {extra[f]} |")
    return "\n".join(lines)


def _fmt(v) -> str:
    return "n/a" if v is None else f"{v:.3f}"


def format_errors(report: dict) -> str:
    out = []
    for f, errs in sorted(report["errors"].items()):
        out.append(f"\n== {f}")
        out += [f"  {e}" for e in errs]
    return "\n".join(out)

