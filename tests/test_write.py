"""Writing: schemas from one module, Parquet round trip, atomic replace, idempotent reruns, kill and rerun."""
from __future__ import annotations

import datetime as dt
import os
import shutil
import signal
import subprocess
import sys
import time

import pandas as pd
import pyarrow.parquet as pq
import pytest

from extract import load
from extract.pipeline import run
from extract.schema import SCHEMAS, TABLES, DateMention, Item
from extract.settings import Settings
from extract.write import BatchWriter, read_table, table_path

from .conftest import DOCS, ROOT


def _settings(in_dir, out_dir, **kw):
    return Settings(in_dir=in_dir, out_dir=out_dir, progress=False, **kw)


def test_schemas_follow_the_contract_types():
    s = SCHEMAS
    assert s["items"].field("ordinal").type == "int32" and s["documents"].field("n_chars").type == "int32"
    assert str(s["dates"].field("date_start").type) == "date32[day]"
    assert str(s["meetings"].field("parties").type) == "list<item: string>"
    assert s["locations"].field("geonames_id").type == "int64"
    assert not s["dates"].field("granularity").nullable and s["dates"].field("item_id").nullable
    for t in ("dates", "locations", "officials", "agencies"):
        assert s[t].names[:7] == ["item_id", "doc_id", "batch", "text", "start_char", "end_char", "extractor"]


def test_round_trip_keeps_schema_and_values(tmp_path):
    w = BatchWriter(tmp_path, "b1", set(), {"pipeline_version": "x"})
    d = DateMention(item_id="abc-000", doc_id="abc", batch="b1", text="May 2019", start_char=3, end_char=11,
                    extractor="pattern:month_year", date_start=dt.date(2019, 5, 1), date_end=dt.date(2019, 5, 31),
                    granularity="month")
    w.add("dates", [d])
    w.add("items", [Item(item_id="abc-000", doc_id="abc", batch="b1", ordinal=0, headline=None, body="x",
                         start_char=0, end_char=1, dateline_place=None, item_date=None)])
    counts = w.commit()
    assert counts["dates"] == 1 and counts["meetings"] == 0
    for t in TABLES:   # every table written, even empty, with its full schema
        f = table_path(tmp_path, t, "b1")
        assert pq.read_schema(f).remove_metadata().equals(SCHEMAS[t])
    back = read_table(tmp_path, "dates").to_pylist()[0]
    assert back["date_start"] == dt.date(2019, 5, 1) and back["granularity"] == "month"
    df = pd.read_parquet(tmp_path / "dates")
    assert list(df.columns) == SCHEMAS["dates"].names and len(df) == 1


def test_pipeline_writes_all_tables_and_manifest(tmp_path, batch_dir, nlp):
    out = tmp_path / "out"
    s = run(_settings(batch_dir, out))
    assert s.rows["documents"] == 3 and s.rows["items"] >= 6
    for t in TABLES:
        assert table_path(out, t, "raw").exists()
    import json
    m = json.loads((out / "manifest.json").read_text())
    assert m["pipeline_version"] and m["resources_version"] and m["model"]["version"] == "3.8.0"
    files = m["batches"]["raw"]["input_files"]
    assert len(files) == 3 and all(len(f["doc_id"]) == 16 for f in files)
    assert m["batches"]["raw"]["rows"]["documents"] == 3 and m["batches"]["raw"]["started"] <= m["batches"]["raw"]["finished"]
    # notebooks: one call per table
    items = load("items", out)
    assert len(items) == s.rows["items"] and {"item_id", "headline", "item_date"} <= set(items.columns)


def test_rerun_is_idempotent_and_skips_unchanged(tmp_path, batch_dir, nlp):
    out = tmp_path / "out"
    run(_settings(batch_dir, out))
    first = {t: read_table(out, t).to_pylist() for t in TABLES}
    mtime = table_path(out, "items", "raw").stat().st_mtime_ns
    s2 = run(_settings(batch_dir, out))
    assert s2.n_processed == 0 and s2.n_skipped == 3 and not s2.rewritten
    assert table_path(out, "items", "raw").stat().st_mtime_ns == mtime
    s3 = run(_settings(batch_dir, out, force=True))
    assert s3.n_processed == 3
    assert {t: read_table(out, t).to_pylist() for t in TABLES} == first
    # a new page: only it is processed, the others are kept, no duplicates
    shutil.copy(DOCS / "minrex_en-usa-page17.txt", batch_dir)
    s4 = run(_settings(batch_dir, out))
    assert s4.n_processed == 1 and s4.n_skipped == 3
    docs = read_table(out, "documents").to_pylist()
    assert len(docs) == 4 and len({d["doc_id"] for d in docs}) == 4
    items = read_table(out, "items").to_pylist()
    assert len({i["item_id"] for i in items}) == len(items)
    # a removed page leaves the batch
    (batch_dir / "minrex_en-usa-page17.txt").unlink()
    run(_settings(batch_dir, out))
    assert {t: read_table(out, t).to_pylist() for t in TABLES} == first


def test_crash_during_commit_leaves_readable_tables_and_rerun_completes(tmp_path, batch_dir, nlp, monkeypatch):
    out = tmp_path / "out"
    clean = tmp_path / "clean"
    run(_settings(batch_dir, clean))
    import extract.write as W
    real = os.replace
    calls = {"n": 0}

    def flaky(a, b):
        calls["n"] += 1
        if calls["n"] == 4:           # die half-way through swapping tables in
            raise KeyboardInterrupt
        return real(a, b)
    monkeypatch.setattr(W.os, "replace", flaky)
    with pytest.raises(KeyboardInterrupt):
        run(_settings(batch_dir, out))
    monkeypatch.setattr(W.os, "replace", real)
    for p in out.rglob("*.parquet"):
        pq.read_table(p)                 # every visible file is whole
    assert not table_path(out, "documents", "raw").exists()   # documents (the commit record) comes last
    run(_settings(batch_dir, out))
    for t in TABLES:
        assert read_table(out, t).to_pylist() == read_table(clean, t).to_pylist(), t
    assert not list(out.rglob("*.tmp"))


def test_killed_process_leaves_no_half_table(tmp_path, batch_dir):
    """SIGKILL a real run mid-way, then rerun: the second run completes and equals a clean run."""
    big = tmp_path / "big"
    big.mkdir()
    src = sorted(p for p in DOCS.glob("*.txt"))
    for k in range(6):   # distinct content per copy, so nothing is deduplicated
        for p in src:
            (big / f"{k}_{p.name}").write_text(p.read_text(encoding="utf-8") + f"\n\nCopy {k}.\n", encoding="utf-8")
    out = tmp_path / "out"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    cmd = [sys.executable, "-m", "extract", "run", str(big), str(out), "--no-progress"]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    # wait until it is writing (temporary files exist), then kill it hard
    deadline = time.time() + 120
    while time.time() < deadline and not list(out.rglob(".*.tmp")):
        time.sleep(0.05)
    time.sleep(0.5)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    for p in out.rglob("*.parquet"):
        pq.read_table(p)
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    docs = read_table(out, "documents").to_pylist()
    assert len(docs) == len(src) * 6
    assert not list(out.rglob("*.tmp"))
    items = read_table(out, "items").to_pylist()
    assert len({i["item_id"] for i in items}) == len(items)


def test_two_workers_give_the_same_rows(tmp_path, nlp):
    d = tmp_path / "raw"
    d.mkdir()
    for p in sorted(DOCS.glob("*.txt"))[:24]:
        shutil.copy(p, d / p.name)
    one, two = tmp_path / "one", tmp_path / "two"
    run(Settings(in_dir=d, out_dir=one, progress=False, workers=1, chunk_docs=4))
    s = run(Settings(in_dir=d, out_dir=two, progress=False, workers=2, chunk_docs=4))
    assert s.n_processed == 24
    for t in TABLES:
        assert read_table(one, t).to_pylist() == read_table(two, t).to_pylist(), t


def test_rerun_with_bad_inputs_rewrites_nothing(tmp_path, batch_dir, nlp):
    (batch_dir / "empty.txt").write_bytes(b"")
    (batch_dir / "feed.jsonl").write_text('{"text": "Havana, 3 December 2019. Talks."}\n{"text": 5}\n', encoding="utf-8")
    out = tmp_path / "out"
    first = run(_settings(batch_dir, out))
    assert first.n_errors == 2
    mtime = table_path(out, "errors", "raw").stat().st_mtime_ns
    again = run(_settings(batch_dir, out))
    assert not again.rewritten and again.n_processed == 0 and again.n_errors == 2
    assert table_path(out, "errors", "raw").stat().st_mtime_ns == mtime
    # a new page: the failed inputs keep their error rows, nothing is duplicated
    shutil.copy(DOCS / "minrex_en-usa-page17.txt", batch_dir)
    third = run(_settings(batch_dir, out))
    assert third.n_processed == 1
    errs = read_table(out, "errors").to_pylist()
    assert sorted(e["source_path"] for e in errs) == ["empty.txt", "feed.jsonl"]


def test_code_or_model_change_reprocesses(tmp_path, batch_dir, nlp, monkeypatch):
    import extract.pipeline as P
    out = tmp_path / "out"
    run(_settings(batch_dir, out))
    assert run(_settings(batch_dir, out)).n_processed == 0
    monkeypatch.setattr(P, "_code_version", lambda: "changed-code")
    assert run(_settings(batch_dir, out)).n_processed == 3
    monkeypatch.setattr(P, "_model_identity", lambda s: {"name": "other_model", "version": "9.9"})
    assert run(_settings(batch_dir, out)).n_processed == 3


def test_a_segment_too_large_for_the_model_costs_one_error_row(tmp_path, batch_dir, nlp, monkeypatch):
    from extract.pipeline import _state
    monkeypatch.setattr(_state(Settings())["nlp"], "max_length", 2000)   # the model the run will use
    big = "Havana, 3 December 2019. " + "The delegations met and reviewed bilateral cooperation. " * 60
    (batch_dir / "huge.txt").write_text(big, encoding="utf-8")
    out = tmp_path / "out"
    s = run(_settings(batch_dir, out))
    errs = read_table(out, "errors").to_pylist()
    assert [e["error_type"] for e in errs] == ["too_large"] and errs[0]["source_path"] == "huge.txt"
    assert s.rows["documents"] == 3


def test_meeting_ids_are_unique(tmp_path, nlp):
    d = tmp_path / "raw"
    d.mkdir()
    for p in sorted(DOCS.glob("*.txt")):
        shutil.copy(p, d / p.name)
    out = tmp_path / "out"
    run(_settings(d, out))
    ids = [m["meeting_id"] for m in read_table(out, "meetings").to_pylist()]
    assert len(ids) > 100 and len(ids) == len(set(ids))
    from extract.validate import validate
    assert validate(out) == []


def test_concurrent_runs_of_two_batches_both_reach_the_manifest(tmp_path, batch_dir):
    """Two processes writing different batches into one OUT at once: each batch's tables and its
    manifest entry survive (the manifest is merged under a lock, not overwritten from a stale read)."""
    import json
    out = tmp_path / "out"
    dirs = []
    for name in ("batch_a", "batch_b"):
        d = tmp_path / name
        shutil.copytree(batch_dir, d)
        dirs.append(d)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    procs = [subprocess.Popen([sys.executable, "-m", "extract", "run", str(d), str(out), "--no-progress"],
                              env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
             for d in dirs]
    for p in procs:
        _, err = p.communicate(timeout=600)
        assert p.returncode == 0, err
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert set(manifest["batches"]) == {"batch_a", "batch_b"}
    n_docs = len(read_table(out, "documents", "batch_a"))
    assert n_docs == 3 and len(read_table(out, "documents", "batch_b")) == n_docs
    assert manifest["rows"]["documents"] == 2 * n_docs
    assert not list(out.rglob("*.tmp"))


def test_cleanup_keeps_temp_files_of_a_live_run(tmp_path):
    from extract.write import cleanup_temp
    live = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    try:
        d = tmp_path / "items" / "b"
        d.mkdir(parents=True)
        mine = d / f".part-0.parquet.{live.pid}.tmp"
        stale = d / f".part-0.parquet.{dead.pid}.tmp"
        odd = d / ".part-0.parquet.tmp"
        for p in (mine, stale, odd):
            p.write_bytes(b"x")
        cleanup_temp(tmp_path)
        assert mine.exists() and not stale.exists() and not odd.exists()
    finally:
        live.kill()
        live.wait()


def test_a_batch_named_manifest_does_not_lock_itself(tmp_path, batch_dir, nlp):
    # the batch lock and the manifest lock are different files whatever the batch is called
    s = run(_settings(batch_dir, tmp_path / "out", batch="manifest"))
    assert s.n_processed == 3 and len(read_table(tmp_path / "out", "documents", "manifest")) == 3
