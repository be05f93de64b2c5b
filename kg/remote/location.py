"""Where a remote store is: its ``sparql+http://`` address, its endpoints and where its credentials come from."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit, urlunsplit

from kg.errors import ConfigError

SCHEMES = ("sparql+http://", "sparql+https://")


def is_remote(location: object) -> bool:
    return isinstance(location, RemoteLocation) or (isinstance(location, str) and location.startswith(SCHEMES))


@dataclass(frozen=True)
class RemoteLocation:
    """Where a remote store is: ``sparql+http://host:port/path`` (the query endpoint) and the credentials, which
    come from the environment (KG_STORE_USER, KG_STORE_PASSWORD), never from the command line.

    Optional query parameters of the location: ``update=PATH`` (the SPARQL Update endpoint; Virtuoso:
    ``/sparql-auth`` when credentials are given, else the query endpoint) and ``gsp=PATH`` (the Graph Store
    endpoint; Virtuoso: ``/sparql-graph-crud-auth`` or ``/sparql-graph-crud``; others: none, SPARQL is used)."""

    url: str
    user: str | None = None
    password: str | None = field(default=None, repr=False)
    query_timeout: float | None = None  # seconds the server itself may spend on one query (kg serve sets it)

    @classmethod
    def parse(cls, text: str, *, user: str | None = None, password: str | None = None) -> "RemoteLocation":
        if not text.startswith(SCHEMES):
            raise ConfigError(f"--store {text!r}: a remote store is sparql+http://host:port/path")
        parts = urlsplit(text.removeprefix("sparql+"))
        if not parts.hostname or parts.username or parts.password:
            shown = re.sub(r"//[^/@]*@", "//***@", text)  # never echo a password back
            raise ConfigError(f"--store {shown!r}: name the host, and put credentials in KG_STORE_USER and "
                              "KG_STORE_PASSWORD (never on the command line)")
        try:
            parts.port
        except ValueError:
            raise ConfigError(f"--store {text!r}: the port must be a number 0-65535") from None
        if bool(user) != bool(password):
            raise ConfigError("KG_STORE_USER and KG_STORE_PASSWORD: set both or neither")
        return cls(text, user or None, password or None)

    @property
    def label(self) -> str:
        return self.url

    def endpoint(self, name: str) -> str | None:
        """The query, update or gsp endpoint's URL (None: that protocol is not configured)."""
        parts = urlsplit(self.url.removeprefix("sparql+"))
        params = dict(p.split("=", 1) for p in parts.query.split("&") if "=" in p)
        base = urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))
        if name == "query":
            return base
        path = params.get(name)
        return urlunsplit((parts.scheme, parts.netloc, path, "", "")) if path else None

