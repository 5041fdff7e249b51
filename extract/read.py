"""Stage 1, READ: a batch folder -> raw inputs -> `Document` records (or `ErrorRow`s).

Formats: `.txt` (UTF-8 with or without BOM, UTF-16, legacy single-byte encodings detected with
charset-normalizer), `.html`/`.htm` (main text extracted with trafilatura; offsets refer to the
extracted text stored in `documents.text`) and `.jsonl` (one document per line: `text` plus optional
`url`, `published`, `publisher`, `title`). `index.tsv` next to the inputs supplies `source_url` and
`publisher`. Every failure is a `ReadError` with a one-line message; `read_path` turns it into one
`errors` row and the batch goes on.
"""
from __future__ import annotations

import codecs
import csv
import datetime as dt
import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from .errors import ReadError
from .schema import Document, ErrorRow

TEXT_EXT = {".txt"}
HTML_EXT = {".html", ".htm"}
JSONL_EXT = {".jsonl"}
SUPPORTED = TEXT_EXT | HTML_EXT | JSONL_EXT
#: files that describe a batch rather than belong to it
METADATA_FILES = {"index.tsv"}

_MAGIC = {
    b"%PDF": "PDF document", b"\x89PNG": "PNG image", b"\xff\xd8\xff": "JPEG image", b"GIF8": "GIF image",
    b"PK\x03\x04": "ZIP archive (docx/xlsx?)", b"\x1f\x8b": "gzip archive", b"\xd0\xcf\x11\xe0": "MS Office document",
    b"\x7fELF": "executable",
}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass(frozen=True, slots=True)
class RawInput:
    """One unit of input: a file, or one line of a JSONL file."""

    rel_path: str
    fmt: str                      # txt | html | jsonl
    data: bytes
    line: int | None = None       # 1-based line number for JSONL


def doc_hash(data: bytes) -> str:
    """`doc_id`: hex content hash of the raw input bytes (stable across runs, machines, renames)."""
    return hashlib.sha256(data).hexdigest()[:16]


def discover(in_dir: Path) -> list[Path]:
    """All candidate input files under `in_dir`, in a stable order (hidden files skipped)."""
    files = []
    for p in sorted(in_dir.rglob("*")):
        rel = p.relative_to(in_dir)
        if any(part.startswith(".") for part in rel.parts) or not p.is_file() or p.name in METADATA_FILES:
            continue
        files.append(p)
    return files


def load_index(in_dir: Path) -> dict[str, dict]:
    """`index.tsv` rows (file, url, publisher, ...) keyed by path relative to `in_dir`."""
    out: dict[str, dict] = {}
    for idx in sorted(in_dir.rglob("index.tsv")):
        base = idx.parent.relative_to(in_dir)
        with idx.open(encoding="utf-8-sig", newline="") as fh:
            for row in csv.DictReader(fh, delimiter="\t"):
                name = (row.get("file") or "").strip()
                if name:
                    out[str(base / name) if str(base) != "." else name] = row
    return out


def decode_text(data: bytes) -> tuple[str, str]:
    """Bytes of a text file -> (text, encoding). Raises ReadError for empty, binary, truncated or
    undecodable input."""
    if not data.strip():
        raise ReadError("empty", "file is empty" if not data else "file holds only whitespace")
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise ReadError("binary", f"binary file ({what}), not text")
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[3:], "utf-8"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16"), "utf-16"
    if b"\x00" in data:
        # UTF-16 without a BOM shows NULs in every other byte; anything else with NULs is binary
        even, odd = data[0::2].count(0), data[1::2].count(0)
        if odd > 0.3 * len(data) / 2 and even == 0:
            return _strict(data, "utf-16-le"), "utf-16-le"
        if even > 0.3 * len(data) / 2 and odd == 0:
            return _strict(data, "utf-16-be"), "utf-16-be"
        raise ReadError("binary", "binary content (NUL bytes), not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        if e.reason == "unexpected end of data" and e.start >= len(data) - 3:
            raise ReadError("truncated", f"truncated UTF-8: incomplete character at byte {e.start}") from None
        text, enc = _detect_legacy(data)
        return _check_texty(text), enc
    return _check_texty(text), "utf-8"


def _strict(data: bytes, enc: str) -> str:
    try:
        return _check_texty(data.decode(enc))
    except UnicodeDecodeError as e:
        kind = "truncated" if e.reason in ("truncated data", "unexpected end of data") else "encoding"
        raise ReadError(kind, f"cannot decode as {enc}: {e.reason} at byte {e.start}") from None


def _detect_legacy(data: bytes) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=None).best()
    if best is None:
        raise ReadError("encoding", "not valid UTF-8 and no legacy encoding fits")
    return str(best), best.encoding


def _check_texty(text: str) -> str:
    if len(_CONTROL.findall(text[:4096])) > max(2, len(text[:4096]) // 100):
        raise ReadError("binary", "binary content (control characters), not text")
    if not text.strip():
        raise ReadError("empty", "file holds no text")
    return text


def html_to_text(data: bytes) -> tuple[str, str, str | None, dt.date | None, str | None]:
    """HTML bytes -> (main text, encoding, title, published, url) with trafilatura."""
    import trafilatura

    html, enc = decode_text(data)
    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=False,
                                      deduplicate=False)
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not text:
        raise ReadError("no_text", "HTML page has no extractable main text")
    published = _iso_date(getattr(doc, "date", None))
    return text, enc, getattr(doc, "title", None), published, getattr(doc, "url", None)


def _iso_date(value) -> dt.date | None:
    """A metadata date (JSONL `published`, HTML meta) as a date: ISO strings directly, any other
    written form ("March 5, 2019", "5 March 2019 10:00") normalized by dateparser (cached)."""
    if not value:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        from .normalize.dates import parse_with_dateparser
        return parse_with_dateparser(str(value).strip()[:64], None)


_EN = re.compile(r"\b(the|and|of|to|in|with|was|for|on|is|has|by|that)\b", re.I)
_ES = re.compile(r"\b(el|los|las|del|con|por|para|una|que|fue|en|es|y)\b", re.I)


def guess_language(text: str) -> str:
    """'en' or 'es' by function-word counts. Hand-written: the pages are English with Spanish
    fragments, and this two-way choice needs no model (no language-id package is in the stack)."""
    sample = text[:5000]
    en, es = len(_EN.findall(sample)), len(_ES.findall(sample))
    return "es" if es > en * 1.5 else "en"


def iter_inputs(path: Path, rel: str) -> Iterator[RawInput | ErrorRow]:
    """Split one file into raw inputs (JSONL: one per non-blank line)."""
    ext = path.suffix.lower()
    data = path.read_bytes()
    if ext in JSONL_EXT:
        if not data.strip():
            raise ReadError("empty", "file is empty")
        for n, line in enumerate(data.splitlines(), 1):
            if line.strip():
                yield RawInput(rel, "jsonl", line, n)
    elif ext in HTML_EXT:
        yield RawInput(rel, "html", data)
    elif ext in TEXT_EXT:
        yield RawInput(rel, "txt", data)
    else:
        raise ReadError("unsupported", f"unsupported file type {ext or '(no extension)'!r}; expected .txt, .html or .jsonl")


def to_document(raw: RawInput, batch: str, meta: dict, pipeline_version: str) -> Document:
    """Decode one raw input into a Document (text not yet split)."""
    url, publisher, title, published = meta.get("url") or None, meta.get("publisher") or None, None, None
    if raw.fmt == "txt":
        text, enc = decode_text(raw.data)
    elif raw.fmt == "html":
        text, enc, title, published, html_url = html_to_text(raw.data)
        url = url or html_url
    else:
        try:
            obj = json.loads(raw.data.decode("utf-8-sig"))
        except UnicodeDecodeError as e:
            raise ReadError("encoding", f"line {raw.line}: not UTF-8 ({e.reason})") from None
        except json.JSONDecodeError as e:
            raise ReadError("json", f"line {raw.line}: invalid JSON ({e.msg} at column {e.colno})") from None
        if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
            raise ReadError("json", f"line {raw.line}: expected an object with a string 'text'")
        text, enc = obj["text"], "utf-8"
        if not text.strip():
            raise ReadError("empty", f"line {raw.line}: 'text' is empty")
        bad = [k for k in ("url", "publisher", "title", "published") if obj.get(k) is not None and not isinstance(obj[k], str)]
        if bad:
            raise ReadError("json", f"line {raw.line}: {', '.join(bad)} must be a string or null")
        url = obj.get("url") or url
        publisher = obj.get("publisher") or publisher
        title = obj.get("title") or None
        published = _iso_date(obj.get("published"))
    return Document(
        doc_id=doc_hash(raw.data), batch=batch, source_path=raw.rel_path, source_url=url, publisher=publisher,
        title=title, published=published, language=guess_language(text), n_chars=len(text), n_items=0,
        text=text, pipeline_version=pipeline_version, source_format=raw.fmt, encoding=enc, source_line=raw.line,
    )


def error_row(batch: str, rel: str, err: Exception, stage: str = "read", line: int | None = None,
              doc_id: str | None = None) -> ErrorRow:
    kind = getattr(err, "kind", type(err).__name__)
    msg = err.args[0] if err.args else str(err)
    where = rel if line is None or f"line {line}" in msg else f"{rel} line {line}"
    if msg.startswith(f"{where}: "):
        msg = msg[len(where) + 2:]
    return ErrorRow(batch=batch, source_path=rel, stage=stage, error_type=kind, message=f"{where}: {msg}", doc_id=doc_id)
