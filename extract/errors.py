"""Exceptions with stable codes. A bad input never raises out of the pipeline: the reader turns these
into one `errors` row per file (see read.py); only configuration problems stop a run."""
from __future__ import annotations


class ExtractError(Exception):
    code = "E000"

    def __str__(self) -> str:  # one line, with the code, for CLI users
        return f"[{self.code}] {super().__str__()}"


class SettingsError(ExtractError):
    code = "E001"


class ResourceError(ExtractError):
    code = "E002"


class ModelError(ExtractError):
    code = "E003"


class ReadError(ExtractError):
    """A single input file (or JSONL line) that cannot be read; `kind` goes to errors.error_type."""

    code = "E100"

    def __init__(self, kind: str, message: str):
        super().__init__(message)
        self.kind = kind


class SchemaError(ExtractError):
    code = "E200"
