"""One Settings object, built once from CLI flags and the environment, then passed down."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from kg.resources import CHECKOUT, folder

PROJECT_ROOT = CHECKOUT
ONTOLOGY_DIR = folder("ontology")  # a checkout's folders, or their copies inside an installed wheel
QUERIES_DIR = folder("ontology/queries")
SHAPES_DIR = folder("shapes")
REFERENCE_DIR = folder("data/reference")
ARTICLES_DIR = folder("data/articles")  # the seed articles 'kg build' ingests
DATA_DIR = PROJECT_ROOT / "data"
DEFAULT_STORE = Path(".kg-store")


@dataclass(frozen=True)
class Settings:
    store: Path = DEFAULT_STORE
    host: str = "127.0.0.1"
    port: int = 8000
    workers: int = 2
    query_timeout: float = 30.0          # seconds; a client may ask for less, never more
    max_rows: int = 10_000               # row cap announced to the client
    max_request_bytes: int = 1_000_000
    update_token: str | None = None      # SPARQL Update is refused unless set
    extra: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_env(cls, **overrides: object) -> "Settings":
        """Environment (KG_*) first, then explicit overrides that are not None."""
        env: dict[str, object] = {}
        if "KG_STORE" in os.environ:
            env["store"] = Path(os.environ["KG_STORE"])
        if "KG_QUERY_TIMEOUT" in os.environ:
            env["query_timeout"] = float(os.environ["KG_QUERY_TIMEOUT"])
        if "KG_MAX_ROWS" in os.environ:
            env["max_rows"] = int(os.environ["KG_MAX_ROWS"])
        if "KG_UPDATE_TOKEN" in os.environ:
            env["update_token"] = os.environ["KG_UPDATE_TOKEN"]
        env.update({k: v for k, v in overrides.items() if v is not None})
        if "store" in env:
            env["store"] = Path(env["store"])  # type: ignore[arg-type]
        return cls(**env)  # type: ignore[arg-type]
