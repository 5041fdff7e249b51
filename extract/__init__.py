"""press-extract: diplomatic press pages -> clean, analysable Parquet tables (see CONTRACT.md).

    >>> import extract
    >>> items = extract.load("items", "data/processed")      # a pandas DataFrame
"""
from __future__ import annotations

from .errors import ExtractError
from .pipeline import PIPELINE_VERSION, RunSummary, load_table as load, run
from .schema import SCHEMAS, TABLES
from .settings import Settings

__version__ = "0.1.0"
__all__ = ["ExtractError", "PIPELINE_VERSION", "RunSummary", "SCHEMAS", "Settings", "TABLES", "__version__", "load", "run"]
