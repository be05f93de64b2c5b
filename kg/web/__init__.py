"""The web layer: ``create_app(settings)`` builds the Flask app (SPARQL protocol, VoID, UI and linked-data pages).

Errors are translated here, once, through kg.web.errors' status table: library and web errors (KGError and
children) and werkzeug's own refusals become a status code and one plain-text line; anything else is a bug and
stays a 500 with the traceback in the server log.
"""

from __future__ import annotations

import dataclasses
import os

from flask import Flask
from werkzeug.exceptions import HTTPException

from kg.config import Settings
from kg.errors import KGError
from kg.web.errors import HTTP_MESSAGES, ProtocolError, error_response, plain, status_of  # noqa: F401 (re-exported)
from kg.web.limits import BodyLimit
from kg.sandbox import network_denied
from kg.store import hold_serving
from kg.web.inline import InlineRunner
from kg.web.workers import Lanes, QueryPool


def _http_error(exc: HTTPException):
    """werkzeug's own refusals (413, 404, 405 …) in the same one-line plain format as ours, not an HTML page."""
    status = exc.code or 500
    default = type(exc).description  # werkzeug's generic sentence: ours is shorter and says what to do
    message = exc.description if exc.description and exc.description != default else None
    message = message or HTTP_MESSAGES.get(status) or exc.name or "error"
    headers = {}
    if status == 405:
        headers = {k: v for k, v in exc.get_headers() if k == "Allow"}
    return plain(str(message), status, headers)


def create_app(settings: Settings | None = None) -> Flask:
    settings = settings or Settings()
    app = Flask(__name__)
    app.config.update(
        MAX_CONTENT_LENGTH=settings.max_request_bytes,
        MAX_FORM_MEMORY_SIZE=settings.max_request_bytes,
        JSON_SORT_KEYS=False,
    )
    app.extensions["kg.settings"] = settings
    # every app on a store folder holds it served (kg.store.hold_serving), also outside 'kg serve'
    app.extensions["kg.serving"] = None if settings.remote else hold_serving(settings.store)
    app.wsgi_app = BodyLimit(app.wsgi_app, settings.max_request_bytes)  # type: ignore[method-assign]
    lanes = Lanes(fast=settings.query_processes, long=settings.query_processes,
                  long_per_client=settings.long_queries_per_client, budget=settings.fast_lane_seconds)
    location = settings.location
    if settings.remote:  # the server stops a query at the same limit as ours (kg.remote)
        location = dataclasses.replace(settings.remote, query_timeout=settings.query_timeout)
    app.extensions["kg.pool"] = pool = QueryPool(location, lanes=lanes, memory_mb=settings.query_memory_mb)
    if settings.warm_query_processes:
        pool.warm()
    app.extensions["kg.inline"] = None
    if settings.inline and not settings.remote and network_denied():  # only a sandboxed worker answers itself
        app.extensions["kg.inline"] = InlineRunner(settings.store, limit=settings.inline_limit)

    from kg.web import network, pages, search, sparql, terms, timeline, ui

    for blueprint in (sparql.bp, ui.bp, pages.bp, network.bp, search.bp, timeline.bp, terms.bp):
        app.register_blueprint(blueprint)
    app.after_request(ui.security_headers)  # every response, whichever blueprint made it

    app.register_error_handler(KGError, error_response)
    app.register_error_handler(HTTPException, _http_error)
    if app.extensions["kg.inline"] is not None and settings.fast_lookup:
        from kg.web.fastpath import FastLookup

        # inside BodyLimit, which has already given a chunked body its length
        app.wsgi_app.app = FastLookup(app, app.wsgi_app.app)  # type: ignore[attr-defined]
    return app


def close_app(app: Flask) -> None:
    """Stop the app's query processes (tests; gunicorn workers just exit and take their children along)."""
    app.extensions["kg.pool"].close()
    held = app.extensions.pop("kg.serving", None)
    if held is not None:
        os.close(held)
