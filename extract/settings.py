"""One validated settings object for a run (after dateparser's `Settings` and trafilatura's options).

Defaults are the dataclass defaults; the CLI maps its flags onto `Settings` in one place
(`cli._settings`), and `PRESS_EXTRACT_MODEL` / `PRESS_EXTRACT_RESOURCES` override the spaCy model and
the resources folder for a whole environment.
"""
from __future__ import annotations

import dataclasses
import os
from pathlib import Path

from .errors import SettingsError

#: the project's domain resources (patterns, alias and gazetteer tables, meeting taxonomy, model pin)
DEFAULT_RESOURCES = Path(__file__).resolve().parent.parent / "models"


@dataclasses.dataclass(frozen=True)
class Settings:
    in_dir: Path = Path("data/raw")
    out_dir: Path = Path("data/processed")
    batch: str | None = None          # partition name; default: the input folder's name
    model: str | None = None          # spaCy package name or path; default: models/base_model.json
    resources: Path = dataclasses.field(default_factory=lambda: Path(os.environ.get("PRESS_EXTRACT_RESOURCES") or DEFAULT_RESOURCES))
    workers: int = 1
    chunk_docs: int = 16              # documents per unit of work (one nlp.pipe call per chunk)
    nlp_batch_size: int = 64
    force: bool = False
    progress: bool | None = None      # None: a bar only on a terminal

    def __post_init__(self):
        for name in ("in_dir", "out_dir", "resources"):
            object.__setattr__(self, name, Path(getattr(self, name)))
        if not isinstance(self.workers, int) or not 1 <= self.workers <= 64:
            raise SettingsError(f"workers must be an integer from 1 to 64, not {self.workers!r}")
        if not isinstance(self.chunk_docs, int) or self.chunk_docs < 1:
            raise SettingsError(f"chunk_docs must be a positive integer, not {self.chunk_docs!r}")
        if not isinstance(self.nlp_batch_size, int) or self.nlp_batch_size < 1:
            raise SettingsError(f"nlp_batch_size must be a positive integer, not {self.nlp_batch_size!r}")
        if self.batch is not None and (not self.batch or "/" in self.batch or self.batch.startswith(".")):
            raise SettingsError(f"batch must be a plain folder name, not {self.batch!r}")

    @classmethod
    def from_env(cls, **kw) -> "Settings":
        env_model = os.environ.get("PRESS_EXTRACT_MODEL")
        env_res = os.environ.get("PRESS_EXTRACT_RESOURCES")
        if env_model and kw.get("model") is None:
            kw["model"] = env_model
        if env_res and kw.get("resources") is None:
            kw["resources"] = Path(env_res)
        kw = {k: v for k, v in kw.items() if v is not None}
        unknown = set(kw) - {f.name for f in dataclasses.fields(cls)}
        if unknown:
            raise SettingsError(f"unknown settings: {', '.join(sorted(unknown))}")
        return cls(**kw)

    def replace(self, **kw) -> "Settings":
        return dataclasses.replace(self, **kw)

    @property
    def batch_name(self) -> str:
        return self.batch or (self.in_dir.resolve().name or "batch")
