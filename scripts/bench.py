"""`make bench`: throughput, scaling and memory of the full pipeline against bare spaCy, in one run.

On the dev pages the tests ship (tests/gold/docs), repeated to a corpus of at least --min-items items
(each copy differs by trailing whitespace only, so every copy is a distinct document to the pipeline
and splits into the same items):

1. bare `nlp.pipe` of the same base model over the same item texts vs the full pipeline (read, split,
   spaCy, every extractor, normalization, Parquet): docs/s, items/s, words/s and their ratio;
2. the full pipeline with --workers 1 and 2: speed-up;
3. peak resident memory of a fresh process on the corpus at 1x and 10x (--mem-scale) its size;
4. a rerun over the unchanged batch as a share of the full run.

The figures go to BENCHMARK.md and into README.md between the bench markers.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extract.pipeline import _state, run  # noqa: E402
from extract.settings import Settings  # noqa: E402
from extract.write import read_table  # noqa: E402

SRC = ROOT / "tests" / "gold" / "docs"


def make_corpus(dst: Path, copies: int) -> None:
    dst.mkdir(parents=True, exist_ok=True)
    pages = sorted(SRC.glob("*.txt"))
    for k in range(copies):
        for p in pages:
            data = p.read_bytes()
            (dst / f"{k:04d}_{p.name}").write_bytes(data + b"\n" * (k + 1))
    shutil.copy(SRC / "index.tsv", dst / "index.tsv")


def items_per_copy() -> int:
    with tempfile.TemporaryDirectory() as t:
        out = Path(t) / "o"
        run(Settings(in_dir=SRC, out_dir=out, progress=False))
        return len(read_table(out, "items"))


def item_texts(out: Path) -> list[str]:
    docs = {d["doc_id"]: d["text"] for d in read_table(out, "documents", columns=["doc_id", "text"]).to_pylist()}
    return [docs[i["doc_id"]][i["start_char"]:i["end_char"]] for i in
            read_table(out, "items", columns=["doc_id", "start_char", "end_char"]).to_pylist()]


def timed_run(settings: Settings) -> float:
    t = time.perf_counter()
    run(settings)
    return time.perf_counter() - t


def peak_rss_mb(in_dir: Path, out_dir: Path) -> float:
    """Peak RSS of a fresh process running the pipeline (workers=1) over in_dir."""
    code = ("import resource,sys; sys.path.insert(0, %r)\n"
            "from extract.pipeline import run; from extract.settings import Settings; from pathlib import Path\n"
            "run(Settings(in_dir=Path(%r), out_dir=Path(%r), progress=False))\n"
            "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)") % (str(ROOT), str(in_dir), str(out_dir))
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return int(r.stdout.strip().splitlines()[-1]) / 1024


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--min-items", type=int, default=2000)
    ap.add_argument("--mem-scale", type=int, default=10)
    ap.add_argument("--work", type=Path, default=ROOT / ".bench")
    ap.add_argument("--no-readme", action="store_true")
    args = ap.parse_args(argv)
    work = args.work
    if work.exists():
        shutil.rmtree(work)
    work.mkdir(parents=True)
    settings = Settings(progress=False)
    st = _state(settings)            # load the model once, outside every timing
    per_copy = items_per_copy()
    copies = -(-args.min_items // per_copy)
    corpus = work / "corpus"
    make_corpus(corpus, copies)
    n_docs = len(list(corpus.glob("*.txt")))
    print(f"corpus: {n_docs} docs, {per_copy * copies} items ({copies} copies of {len(list(SRC.glob('*.txt')))} pages)", flush=True)

    full1 = timed_run(Settings(in_dir=corpus, out_dir=work / "out1", progress=False, workers=1))
    texts = item_texts(work / "out1")
    words = sum(len(t.split()) for t in texts)
    n_items = len(texts)
    # the baseline is the stock model, every component it ships (the pipeline itself leaves out the
    # ones no annotator reads, see models/base_model.json, and adds its rulers)
    import spacy
    from extract.nlp import resolve_model_name
    base = spacy.load(resolve_model_name(None, st["res"]))
    t = time.perf_counter()
    for _ in base.pipe(texts, batch_size=settings.nlp_batch_size):
        pass
    bare = time.perf_counter() - t
    rerun = timed_run(Settings(in_dir=corpus, out_dir=work / "out1", progress=False, workers=1))
    full2 = timed_run(Settings(in_dir=corpus, out_dir=work / "out2", progress=False, workers=2))
    print(f"bare {bare:.1f}s  full {full1:.1f}s  2 workers {full2:.1f}s  rerun {rerun:.2f}s", flush=True)

    mem_small = peak_rss_mb(corpus, work / "mem1")
    big = work / "corpus10"
    make_corpus(big, copies * args.mem_scale)
    mem_big = peak_rss_mb(big, work / "mem10")
    shutil.rmtree(big)

    def rates(sec):
        return n_docs / sec, n_items / sec, words / sec

    rows = [
        (f"bare spaCy `nlp.pipe` ({base.meta['lang']}_{base.meta['name']} {base.meta['version']}, all components, same item texts)", bare, *rates(bare)),
        ("full pipeline, 1 worker", full1, *rates(full1)),
        ("full pipeline, 2 workers", full2, *rates(full2)),
    ]
    cores = os.cpu_count()
    lines = [f"Machine: {cores} cores, Python {platform.python_version()}, {platform.machine()}; corpus {n_docs} documents, "
             f"{n_items} items, {words} words ({copies} copies of the {len(list(SRC.glob('*.txt')))} gold pages).", "",
             "| run | seconds | docs/s | items/s | words/s |", "|---|---:|---:|---:|---:|"]
    lines += [f"| {name} | {s:.1f} | {d:.1f} | {i:.1f} | {w:.0f} |" for name, s, d, i, w in rows]
    lines += ["", "| measure | value | target |", "|---|---:|---|",
              f"| full pipeline / bare spaCy throughput | {bare / full1:.2f}x | >= 0.8x |",
              f"| 2 workers / 1 worker speed-up | {full1 / full2:.2f}x | >= 1.7x |",
              f"| peak RSS at 1x corpus ({n_docs} docs) | {mem_small:.0f} MB | |",
              f"| peak RSS at {args.mem_scale}x corpus ({n_docs * args.mem_scale} docs) | {mem_big:.0f} MB ({(mem_big / mem_small - 1) * 100:+.1f}%) | within +10% |",
              f"| unchanged rerun / full run | {rerun:.2f}s = {rerun / full1 * 100:.1f}% | < 5% |"]
    table = "\n".join(lines)
    (ROOT / "BENCHMARK.md").write_text("# Benchmark (`make bench`)\n\n" + table + "\n", encoding="utf-8")
    print(table)
    if not args.no_readme:
        readme = ROOT / "README.md"
        txt = readme.read_text(encoding="utf-8")
        new = re.sub(r"(<!-- bench:start -->\n).*?(\n<!-- bench:end -->)", lambda m: m.group(1) + table + m.group(2), txt, flags=re.S)
        readme.write_text(new, encoding="utf-8")
    (work / "bench.json").write_text(json.dumps({"bare": bare, "full1": full1, "full2": full2, "rerun": rerun,
                                                 "mem1_mb": mem_small, "mem10_mb": mem_big}, indent=2))
    shutil.rmtree(work / "out2", ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
