"""One typed record schema shared by every stage and by the Parquet writer.

Each output table of CONTRACT.md is a frozen dataclass; its pyarrow schema is derived from the
dataclass's type hints, so the records the stages pass around and the columns written to Parquet
can never drift apart. `Annotated[int, pa.int32()]` pins a narrower Arrow type where the contract
asks for one; `X | None` marks a nullable column.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import types
import typing
from typing import Annotated, Optional

import pyarrow as pa

Int32 = Annotated[int, pa.int32()]
Int64 = Annotated[int, pa.int64()]


@dataclasses.dataclass(frozen=True, slots=True)
class Document:
    doc_id: str
    batch: str
    source_path: str
    source_url: Optional[str]
    publisher: Optional[str]
    title: Optional[str]
    published: Optional[dt.date]
    language: str
    n_chars: Int32
    n_items: Int32
    text: str
    pipeline_version: str
    source_format: str
    encoding: str
    source_line: Optional[Int32] = None


@dataclasses.dataclass(frozen=True, slots=True)
class Item:
    item_id: str
    doc_id: str
    batch: str
    ordinal: Int32
    headline: Optional[str]
    body: str
    start_char: Int32
    end_char: Int32
    dateline_place: Optional[str]
    item_date: Optional[dt.date]
    dateline: Optional[str] = None
    body_start: Optional[Int32] = None


@dataclasses.dataclass(frozen=True, slots=True)
class Mention:
    """The columns every mention table starts with (CONTRACT.md): where the mention is and what found it."""

    item_id: Optional[str]
    doc_id: str
    batch: str
    text: str
    start_char: Int32
    end_char: Int32
    extractor: str


@dataclasses.dataclass(frozen=True, slots=True)
class DateMention(Mention):
    date_start: Optional[dt.date]
    date_end: Optional[dt.date]
    granularity: str


@dataclasses.dataclass(frozen=True, slots=True)
class LocationMention(Mention):
    name: str
    kind: str
    country_code: Optional[str]
    admin1: Optional[str]
    latitude: Optional[float]
    longitude: Optional[float]
    geonames_id: Optional[Int64]


@dataclasses.dataclass(frozen=True, slots=True)
class OfficialMention(Mention):
    name: str
    title: Optional[str]
    agency: Optional[str]
    country_code: Optional[str]


@dataclasses.dataclass(frozen=True, slots=True)
class AgencyMention(Mention):
    name: str
    acronym: Optional[str]
    kind: str
    country_code: Optional[str]


@dataclasses.dataclass(frozen=True, slots=True)
class Meeting:
    meeting_id: str
    item_id: str
    doc_id: str
    batch: str
    meeting_type: str
    text: str
    start_char: Int32
    end_char: Int32
    extractor: str
    status: str
    round: Optional[Int32]
    date_start: Optional[dt.date]
    date_end: Optional[dt.date]
    location: Optional[str]
    country_code: Optional[str]
    parties: list[str]
    officials: list[str]
    agencies: list[str]
    plover: str
    plover_mode: Optional[str]
    cameo: str


@dataclasses.dataclass(frozen=True, slots=True)
class ErrorRow:
    batch: str
    source_path: str
    stage: str
    error_type: str
    message: str
    doc_id: Optional[str] = None      # the failed input's content hash, when it was read at all


#: table name -> record type, in the order the tables are listed in CONTRACT.md.
TABLES: dict[str, type] = {
    "documents": Document,
    "items": Item,
    "dates": DateMention,
    "locations": LocationMention,
    "officials": OfficialMention,
    "agencies": AgencyMention,
    "meetings": Meeting,
    "errors": ErrorRow,
}

#: mention tables: rows that point into documents.text through start_char/end_char.
MENTION_TABLES = ("dates", "locations", "officials", "agencies")

_SCALARS = {str: pa.string(), int: pa.int64(), float: pa.float64(), bool: pa.bool_(), dt.date: pa.date32()}


def _arrow_type(hint) -> tuple[pa.DataType, bool]:
    """Map one resolved type hint to (arrow type, nullable)."""
    nullable = False
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        nullable = len(args) < len(typing.get_args(hint))
        hint = args[0]
        origin = typing.get_origin(hint)
    if origin is Annotated:
        base, arrow = typing.get_args(hint)[:2]
        return arrow, nullable
    if origin is list:
        (inner,) = typing.get_args(hint)
        return pa.list_(_SCALARS[inner]), nullable
    return _SCALARS[hint], nullable


def arrow_schema(record_type: type) -> pa.Schema:
    hints = typing.get_type_hints(record_type, include_extras=True)
    fields = []
    for f in dataclasses.fields(record_type):
        typ, nullable = _arrow_type(hints[f.name])
        fields.append(pa.field(f.name, typ, nullable=nullable))
    return pa.schema(fields)


SCHEMAS: dict[str, pa.Schema] = {name: arrow_schema(t) for name, t in TABLES.items()}


def to_row(record) -> dict:
    """A record as a plain dict (no deep copy: fields are immutable scalars or lists)."""
    return {f.name: getattr(record, f.name) for f in dataclasses.fields(record)}
