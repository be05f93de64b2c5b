"""The web layer's errors and the one table that maps them to HTTP statuses; every error answer is one plain line.

Library errors (kg.errors) and these meet here only: handlers raise, ``error_response`` answers. Imports nothing
from the rest of kg.web, so any module of the web layer can raise these without importing the package.
"""

from __future__ import annotations

import logging

from werkzeug.wrappers import Response

from kg.errors import KGError, QueryError, StoreError

log = logging.getLogger("kg.web")


class NotAllowed(QueryError):
    """The request is well-formed but asks for something this endpoint refuses (outbound traffic, writes)."""


class TooComplex(QueryError):
    """The query text is nested too deeply to be parsed safely."""


class QueryTimeout(KGError):
    """A query or update ran past its time limit and was stopped."""


class Busy(KGError):
    """No query process became free in time, or this client already has its share of long queries running."""

    retry_after = 1

    def __init__(self, message: str = "", *, retry_after: int = 1) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class NotAcceptable(KGError):
    """No format the client accepts fits the result (→ 406)."""


class WorkerCrashed(KGError):
    """A query process died (killed by the OS, a crash in the engine)."""


class OutOfMemory(KGError):
    """A query process reached its memory cap; the query was stopped, the others went on."""


class ProtocolError(KGError):
    """A request the SPARQL protocol rejects before any query runs (wrong method, media type, size, token)."""

    def __init__(self, message: str, status: int = 400, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.headers = headers or {}

    def __reduce__(self):  # survives the pipe from a query process
        return (type(self), (str(self), self.status, self.headers))


# The one error → HTTP status table (first match wins, so children come before parents).
STATUS: tuple[tuple[type[KGError], int], ...] = (
    (NotAllowed, 403),
    (TooComplex, 400),
    (QueryError, 400),
    (NotAcceptable, 406),
    (QueryTimeout, 503),
    (Busy, 503),
    (OutOfMemory, 503),
    (StoreError, 503),
    (WorkerCrashed, 500),
)

# Statuses werkzeug raises itself before a handler runs, answered in the same plain format.
HTTP_MESSAGES = {
    400: "bad request",
    404: "not found",
    405: "method not allowed",
    413: "request body over the size limit",
    414: "request URL too long; POST the query instead",
    431: "request header fields too large",
}


def status_of(exc: KGError) -> int:
    if isinstance(exc, ProtocolError):
        return exc.status
    for cls, status in STATUS:
        if isinstance(exc, cls):
            return status
    return 500


def plain(message: str, status: int, headers: dict[str, str] | None = None) -> Response:
    """text/plain, never HTML: a message may quote the query, and nothing here is rendered as markup."""
    resp = Response(f"{' '.join(message.split())}\n", status=status, content_type="text/plain; charset=utf-8")
    resp.headers["X-Content-Type-Options"] = "nosniff"
    if headers:
        resp.headers.update(headers)
    return resp


def error_response(exc: KGError) -> Response:
    status = status_of(exc)
    if status >= 500 and not isinstance(exc, (QueryTimeout, Busy, OutOfMemory)):
        log.error("%s: %s", type(exc).__name__, exc)
    headers = dict(exc.headers) if isinstance(exc, ProtocolError) else {}
    if isinstance(exc, (Busy, QueryTimeout, OutOfMemory)) or status == 503:
        headers.setdefault("Retry-After", str(getattr(exc, "retry_after", 1)))
    return plain(str(exc), status, headers)
