"""Stage 5, WRITE: records -> one Parquet file per table and batch, atomically, streaming.

Layout (CONTRACT.md): OUT/<table>/<batch>/part-0.parquet plus OUT/manifest.json. The batch folder
name carries no `key=value`, so readers never infer a partition column that clashes with `batch`.

A batch is rewritten as a whole on every run that changes it: kept rows of unchanged documents are
streamed from the previous file, new rows appended in row groups, and each new file is renamed over
the old one only when complete (`os.replace` is atomic on POSIX). `documents` is replaced last: it is
the commit record, so a run killed half-way leaves tables whose documents are re-done next time.
"""
from __future__ import annotations

import contextlib
import json
import os
import sys
from pathlib import Path
from typing import Iterable, Iterator

try:                                    # POSIX advisory locks; elsewhere runs are not serialized
    import fcntl
except ImportError:                     # pragma: no cover - Windows
    fcntl = None

import pyarrow as pa
import pyarrow.dataset as pads
import pyarrow.parquet as pq

from .errors import SchemaError
from .schema import SCHEMAS, TABLES, to_row

PART = "part-0.parquet"
#: `documents` last: it marks which documents are complete
WRITE_ORDER = [t for t in TABLES if t != "documents"] + ["documents"]


def table_path(out_dir: Path, table: str, batch: str) -> Path:
    return out_dir / table / batch / PART


def _sort_key(table: str):
    if table == "errors":
        return lambda r: (r["source_path"], r["message"])
    if table == "documents":
        return lambda r: (r["source_path"], r.get("source_line") or 0, r["doc_id"])
    if table == "items":
        return lambda r: (r["doc_id"], r["ordinal"])
    return lambda r: (r["doc_id"], r["start_char"], r["end_char"], r.get("name") or r.get("meeting_type") or "")


def to_table(table: str, rows: list[dict]) -> pa.Table:
    rows = sorted(rows, key=_sort_key(table))
    try:
        return pa.Table.from_pylist(rows, schema=SCHEMAS[table])
    except (pa.ArrowInvalid, pa.ArrowTypeError) as e:
        raise SchemaError(f"{table}: rows do not fit the schema: {e}") from e


class BatchWriter:
    """Streams the rows of one batch into temporary Parquet files, then swaps them in atomically.

    Rows are buffered per table and flushed as a row group every `flush_rows` rows, so memory stays
    bounded whatever the batch size. Rows from the previous file whose doc_id is in `keep` are copied
    first (streamed by record batch).
    """

    def __init__(self, out_dir: Path, batch: str, keep: set[str], metadata: dict[str, str], flush_rows: int = 20000):
        self.out_dir, self.batch, self.keep = out_dir, batch, keep
        self.flush_rows = flush_rows
        self.counts = {t: 0 for t in TABLES}
        self._buf: dict[str, list[dict]] = {t: [] for t in TABLES}
        self._writers: dict[str, pq.ParquetWriter] = {}
        self._tmp: dict[str, Path] = {}
        self._meta = {k.encode(): v.encode() for k, v in metadata.items()}
        for t in TABLES:
            final = table_path(out_dir, t, batch)
            final.parent.mkdir(parents=True, exist_ok=True)
            tmp = final.with_name(f".{PART}.{os.getpid()}.tmp")
            self._tmp[t] = tmp
            schema = SCHEMAS[t].with_metadata(self._meta)
            self._writers[t] = pq.ParquetWriter(tmp, schema, compression="zstd")
            if final.exists() and keep:
                self._copy_kept(t, final)

    def _copy_kept(self, table: str, final: Path) -> None:
        ds = pads.dataset(final, format="parquet")
        flt = pads.field("doc_id").isin(pa.array(sorted(self.keep), pa.string()))
        for rb in ds.to_batches(filter=flt, batch_size=self.flush_rows):
            if rb.num_rows:
                tbl = pa.Table.from_batches([rb]).select(SCHEMAS[table].names).cast(SCHEMAS[table])
                self._writers[table].write_table(tbl)
                self.counts[table] += rb.num_rows

    def add(self, table: str, records: Iterable) -> None:
        buf = self._buf[table]
        buf.extend(r if isinstance(r, dict) else to_row(r) for r in records)
        if len(buf) >= self.flush_rows:
            self._flush(table)

    def _flush(self, table: str) -> None:
        buf = self._buf[table]
        if buf:
            self._writers[table].write_table(to_table(table, buf).replace_schema_metadata(self._meta))
            self.counts[table] += len(buf)
            buf.clear()

    def commit(self) -> dict[str, int]:
        for t in TABLES:
            self._flush(t)
            self._writers[t].close()
        for t in WRITE_ORDER:
            os.replace(self._tmp[t], table_path(self.out_dir, t, self.batch))
        return dict(self.counts)

    def abort(self) -> None:
        for t, w in self._writers.items():
            try:
                w.close()
            finally:
                self._tmp[t].unlink(missing_ok=True)


def read_table(out_dir: Path, table: str, batch: str | None = None, columns: list[str] | None = None) -> pa.Table:
    """One table (all batches, or one) as a pyarrow Table with the contract schema."""
    root = out_dir / table if batch is None else out_dir / table / batch
    files = sorted(p for p in root.rglob("*.parquet") if not p.name.startswith(".")) if root.exists() else []
    schema = SCHEMAS[table] if columns is None else pa.schema([SCHEMAS[table].field(c) for c in columns])
    if not files:
        return schema.empty_table()
    ds = pads.dataset([str(f) for f in files], format="parquet", schema=SCHEMAS[table])
    return ds.to_table(columns=columns)


def write_json_atomic(path: Path, obj) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(json.dumps(obj, indent=2, ensure_ascii=False, default=str) + "\n", encoding="utf-8")
    os.replace(tmp, path)


def _pid_alive(pid: int) -> bool:
    if os.name == "nt":                 # signal 0 is CTRL_C_EVENT there: never probe, keep the file
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:                     # PermissionError: alive, owned by someone else
        return True
    return True


def cleanup_temp(out_dir: Path) -> None:
    """Remove temporary files left by killed runs (they are never read). Temp names carry the
    writer's pid (`.NAME.PID.tmp`); files of a run that is still alive are left to it."""
    if not out_dir.exists():
        return
    for p in out_dir.rglob(".*.tmp"):
        pid = p.name.rsplit(".", 2)[-2] if p.name.count(".") >= 3 else ""
        if pid.isdigit() and int(pid) != os.getpid() and _pid_alive(int(pid)):
            continue
        p.unlink(missing_ok=True)


@contextlib.contextmanager
def locked(path: Path, what: str) -> Iterator[None]:
    """Hold an exclusive advisory lock on `path` (created if missing) for the block.

    Two runs into one OUT serialize on it: a second run of the same batch waits and then finds its
    rows unchanged; runs of different batches only wait for each other's manifest update."""
    if fcntl is None:
        yield
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a+b") as fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            print(f"waiting for another run writing {what} ...", file=sys.stderr)
            fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)
