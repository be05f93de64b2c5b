"""One Settings object, built once from CLI flags and the environment, then passed down."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from kg.errors import ConfigError
from kg.remote import RemoteLocation, is_remote
from kg.resources import CHECKOUT, folder

PROJECT_ROOT = CHECKOUT
ONTOLOGY_DIR = folder("ontology")  # a checkout's folders, or their copies inside an installed wheel
QUERIES_DIR = folder("ontology/queries")
SHAPES_DIR = folder("shapes")
REFERENCE_DIR = folder("data/reference")
ARTICLES_DIR = folder("data/articles")  # the seed articles 'kg build' ingests
DATA_DIR = PROJECT_ROOT / "data"
DEFAULT_STORE = Path(".kg-store")
REMOTE_STATE = Path(".kg-remote")  # a remote store's local folder: quarantine report, feeds, page cache


@dataclass(frozen=True)
class Settings:
    store: Path = DEFAULT_STORE          # the embedded store's folder; for a remote store, its local state folder
    remote: RemoteLocation | None = None  # set by --store sparql+http://… (credentials: KG_STORE_USER/PASSWORD)
    host: str = "127.0.0.1"
    port: int = 8000
    workers: int = 2
    query_timeout: float = 30.0          # seconds; a client may ask for less, never more
    max_rows: int = 10_000               # row cap announced to the client
    max_request_bytes: int = 1_000_000
    update_token: str | None = None      # SPARQL Update is refused unless set

    max_article_bytes: int = 2_000_000   # one article's file; larger ones are quarantined, not extracted
    query_memory_mb: int = 2048          # address-space cap of each query process (RLIMIT_AS)
    fast_lane_seconds: float = 0.1       # CPU seconds a query may use in the fast lane before the long lane
    long_queries_per_client: int = 1     # long-lane queries one client may run at once, per server worker
    query_processes: int = 2             # query processes per lane, per server worker (kg.web.workers)
    warm_query_processes: bool = False   # start them with the app (kg serve), not at the first query
    inline: bool = False                 # answer provably short queries in the serving worker (kg.web.inline);
                                         # kg serve turns it on (KG_INLINE=0 keeps it off) in sandboxed workers
    inline_limit: float = 2.0            # seconds an inline query may run before the watchdog retires the worker
    fast_lookup: bool = True             # with inline: plain lookups are answered before Flask (kg.web.fastpath)

    def __post_init__(self) -> None:
        """Every knob checked once, whoever set it (flag, environment, code): one line naming it."""
        checks = (
            ("port", 0 <= self.port <= 65535, "must be 0-65535"),
            ("workers", self.workers >= 1, "must be at least 1"),
            ("timeout", self.query_timeout > 0 and self.query_timeout == self.query_timeout,
             "must be a positive number of seconds"),
            ("max-rows", self.max_rows >= 1, "must be at least 1"),
            ("max_request_bytes", self.max_request_bytes >= 1, "must be at least 1"),
            ("max_article_bytes", self.max_article_bytes >= 1, "must be at least 1"),
            ("query_memory_mb", self.query_memory_mb >= 256, "must be at least 256"),
            ("fast_lane_seconds", self.fast_lane_seconds > 0, "must be positive"),
            ("long_queries_per_client", self.long_queries_per_client >= 1, "must be at least 1"),
            ("query_processes", self.query_processes >= 1, "must be at least 1"),
            ("inline_limit", self.inline_limit > 0, "must be a positive number of seconds"),
            ("host", bool(self.host.strip()), "must not be empty"),
        )
        for name, ok, rule in checks:
            if not ok:
                raise ConfigError(f"--{name} {getattr(self, _FIELD.get(name, name))!r}: {rule}")

    @classmethod
    def from_env(cls, **overrides: object) -> "Settings":
        """Environment (KG_*) first, then explicit overrides that are not None."""
        env: dict[str, object] = {}
        for var, (name, parse) in ENVIRONMENT.items():
            raw = os.environ.get(var)
            if raw is None:
                continue
            try:
                env[name] = parse(raw)
            except ValueError:
                raise ConfigError(f"{var}={raw!r}: not a valid {parse.__name__} value") from None
        env.update({k: v for k, v in overrides.items() if v is not None})
        if "store" in env and is_remote(env["store"]):
            env["remote"] = RemoteLocation.parse(str(env["store"]), user=os.environ.get("KG_STORE_USER"),
                                                 password=os.environ.get("KG_STORE_PASSWORD"))
            env["store"] = REMOTE_STATE / _state_name(str(env["store"]))
        elif "store" in env:
            env["store"] = Path(env["store"])  # type: ignore[arg-type]
        return cls(**env)  # type: ignore[arg-type]

    @property
    def location(self) -> "Path | RemoteLocation":
        """What kg.store.open_store opens: the embedded store's folder or the remote server."""
        return self.remote or self.store


def _state_name(url: str) -> str:
    """A folder name for a remote store's local state: host, port and path, readable."""
    import re

    return re.sub(r"[^A-Za-z0-9.-]+", "_", url.split("://", 1)[1]).strip("_")


def _float(text: str) -> float:
    value = float(text)
    if value != value or value in (float("inf"), float("-inf")):
        raise ValueError(text)
    return value


_float.__name__ = "number"
_FIELD = {"timeout": "query_timeout", "max-rows": "max_rows"}
def _flag(raw: str) -> bool:
    if raw.strip() not in ("0", "1"):
        raise ValueError(raw)
    return raw.strip() == "1"


_flag.__name__ = "0/1"

ENVIRONMENT = {  # variable → (Settings field, parser); values are then checked like flags
    "KG_STORE": ("store", str),  # a folder, or sparql+http://… (a Path would fold the '//')
    "KG_QUERY_TIMEOUT": ("query_timeout", _float),
    "KG_MAX_ROWS": ("max_rows", int),
    "KG_UPDATE_TOKEN": ("update_token", str),
    "KG_MAX_ARTICLE_BYTES": ("max_article_bytes", int),
    "KG_QUERY_MEMORY_MB": ("query_memory_mb", int),
    "KG_INLINE": ("inline", _flag),
    "KG_INLINE_LIMIT": ("inline_limit", _float),
    "KG_FAST_LOOKUP": ("fast_lookup", _flag),
}
