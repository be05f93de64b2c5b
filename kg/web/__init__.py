"""The web layer: ``create_app(settings)`` builds the Flask app (SPARQL protocol, VoID, UI and linked-data pages).

Errors are translated here, once: library and web errors (KGError and children) become a status code and a
plain-text message; anything else is a bug and stays a 500 with the traceback in the server log.
"""

from __future__ import annotations

import logging

from flask import Flask, Response

from kg.config import Settings
from kg.errors import KGError, QueryError, StoreError
from kg.web.guard import NotAllowed, TooComplex
from kg.web.workers import Busy, NotAcceptable, QueryPool, QueryTimeout, WorkerCrashed

log = logging.getLogger(__name__)

# The one error → HTTP status table (first match wins, so children come before parents).
STATUS: tuple[tuple[type[KGError], int], ...] = (
    (NotAllowed, 403),
    (TooComplex, 400),
    (QueryError, 400),
    (NotAcceptable, 406),
    (QueryTimeout, 503),
    (Busy, 503),
    (StoreError, 503),
    (WorkerCrashed, 500),
)


class ProtocolError(KGError):
    """A request the SPARQL protocol rejects before any query runs (wrong method, media type, size, token)."""

    def __init__(self, message: str, status: int = 400, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.headers = headers or {}


def status_of(exc: KGError) -> int:
    if isinstance(exc, ProtocolError):
        return exc.status
    for cls, status in STATUS:
        if isinstance(exc, cls):
            return status
    return 500


def _error_response(exc: KGError) -> Response:
    status = status_of(exc)
    if status >= 500 and not isinstance(exc, (QueryTimeout, Busy)):
        log.error("%s: %s", type(exc).__name__, exc)
    # text/plain, never HTML: a message may quote the query, and nothing here is rendered as markup.
    resp = Response(f"{exc}\n", status=status, content_type="text/plain; charset=utf-8")
    resp.headers["X-Content-Type-Options"] = "nosniff"
    if isinstance(exc, ProtocolError):
        resp.headers.update(exc.headers)
    if isinstance(exc, Busy):
        resp.headers["Retry-After"] = "1"
    return resp


def create_app(settings: Settings | None = None) -> Flask:
    settings = settings or Settings()
    app = Flask(__name__)
    app.config.update(
        MAX_CONTENT_LENGTH=settings.max_request_bytes,
        MAX_FORM_MEMORY_SIZE=settings.max_request_bytes,
        JSON_SORT_KEYS=False,
    )
    app.extensions["kg.settings"] = settings
    size = int(settings.extra.get("query_processes", 2)) if settings.extra else 2
    app.extensions["kg.pool"] = QueryPool(settings.store, size=size)

    from kg.web import pages, sparql, timeline, ui

    for blueprint in (sparql.bp, ui.bp, pages.bp, timeline.bp):
        app.register_blueprint(blueprint)
    app.after_request(ui.security_headers)  # every response, whichever blueprint made it

    app.register_error_handler(KGError, _error_response)
    return app


def close_app(app: Flask) -> None:
    """Stop the app's query processes (tests; gunicorn workers just exit and take their children along)."""
    app.extensions["kg.pool"].close()
