"""The one-resource lookup answered before Flask: a WSGI layer for the plainest /sparql query requests.

Why: Flask's request machinery (routing, the form parser, negotiation, context locals, after-request hooks)
cost about 1 ms of CPU per request, ten times the lookup itself (issue 11, item 4). This layer answers only the
requests it recognises completely: GET /sparql?query=…, or a POST whose body is one ``query=`` form field or an
``application/sparql-query`` text, with no other parameter and no X-KG-Timeout, carrying a provably short query
(kg.web.inline) that the guard passes. It runs the same checks as kg.web.sparql, on the same inline runner with
its watchdog, and answers with the same status, body and headers. Every other request, and every case it is
unsure of (a refusal, a format nobody accepts, busy inline threads), goes to the Flask app unchanged: the body
read here is handed on.
"""

from __future__ import annotations

import io
import time
from functools import lru_cache
from urllib.parse import unquote_to_bytes

from werkzeug.http import parse_options_header
from werkzeug.wsgi import get_current_url

from kg import formats
from kg.errors import KGError, QueryError
from kg.web.errors import error_response
from kg.web.guard import CACHED_TEXT, check_iri, check_query
from kg.web.inline import short_limit
from kg.web.sparql import FORM_TYPE, MAX_URL_BYTES, QUERY_TYPE, choose
from kg.web.workers import Job, execute

MARK = 'path;desc="fast"'   # a second Server-Timing metric: this layer answered (tests and operators tell)
_CORS = [("Vary", "Accept"), ("Access-Control-Allow-Origin", "*"),
         ("Access-Control-Expose-Headers", "X-KG-Row-Cap, X-KG-Truncated"), ("X-Content-Type-Options", "nosniff")]


class FastLookup:
    """WSGI middleware over the Flask app: answers the plain lookups described above, hands on the rest."""

    def __init__(self, flask_app, wsgi_app) -> None:  # noqa: ANN001 - a Flask app and its WSGI callable
        self.next = wsgi_app
        self.settings = flask_app.extensions["kg.settings"]
        self.inline = flask_app.extensions["kg.inline"]
        self.pool = flask_app.extensions["kg.pool"]
        self.answered = 0   # requests this layer answered (tests)

    def __call__(self, environ: dict, start_response):  # noqa: ANN204 - WSGI
        if environ.get("PATH_INFO") in ("/sparql", "/sparql/") and not environ.get("SCRIPT_NAME"):
            text = self._query_text(environ)
            if text is not None:
                out = self._answer(environ, text)
                if out is not None:
                    status, headers, body = out
                    self.answered += 1
                    start_response(status, headers)
                    return [body]
        return self.next(environ, start_response)

    def _query_text(self, environ: dict) -> str | None:
        """The query of a request in one of the plain forms, or None (hand it on)."""
        method, qs = environ.get("REQUEST_METHOD"), environ.get("QUERY_STRING", "")
        if method == "GET":
            if len(environ["PATH_INFO"]) + len(qs) > MAX_URL_BYTES:
                return None  # Flask answers 414
            return _one_query(qs.encode("latin-1"))  # WSGI hands the URL over as latin-1 text
        if method != "POST" or qs:
            return None
        kind = _body_kind(environ.get("CONTENT_TYPE", ""))
        length = environ.get("CONTENT_LENGTH", "")
        if kind is None or not length.isdigit() or int(length) > self.settings.max_request_bytes:
            return None
        body = environ["wsgi.input"].read(int(length))
        environ["wsgi.input"] = io.BytesIO(body)  # Flask reads it again if this layer hands the request on
        if len(body) != int(length):
            return None
        if kind == "form":
            return _one_query(body)
        try:
            return body.decode("utf-8")
        except UnicodeDecodeError:
            return None

    def _answer(self, environ: dict, text: str) -> tuple[str, list, bytes] | None:
        """kg.web.sparql's _query and _inline for this one case, or None where they could decide otherwise."""
        inline, settings = self.inline, self.settings
        if (inline.retiring or "HTTP_X_KG_TIMEOUT" in environ or settings.query_timeout < inline.limit):
            return None
        short, bound = short_limit(text)
        if not short:
            return None
        try:
            info = check_query(text)
        except KGError:
            return None  # Flask answers the refusal
        fmt = _results_format(environ.get("HTTP_ACCEPT"), info.form)
        base = _base_url(environ.get("wsgi.url_scheme", "http"), environ.get("HTTP_HOST"),
                         environ.get("SERVER_NAME", ""), environ.get("SERVER_PORT", ""), environ["PATH_INFO"])
        client = environ.get("REMOTE_ADDR") or ""
        if info.from_graphs or fmt is None or base is None or self.pool.is_heavy(client):
            return None
        job = Job("query", text, base_iri=base, results_format=fmt.name, max_rows=settings.max_rows,
                  row_bound=bound)
        started = time.perf_counter()
        try:
            answer = inline.try_run(lambda store: execute(store, job))
        except KGError as exc:
            resp = error_response(exc)
            return (resp.status, [*resp.headers.items(), *_CORS[:3], ("Server-Timing", MARK)], resp.get_data())
        if answer is None:
            return None  # every inline thread is busy: Flask's path sends it to a query process
        took = (time.perf_counter() - started) * 1000
        headers = [("Content-Type", answer.content_type), ("Content-Length", str(len(answer.body))),
                   ("Server-Timing", f'query;desc="inline";dur={took:.1f}, {MARK}'),
                   ("X-KG-Row-Cap", str(settings.max_rows)),
                   ("X-KG-Truncated", "true" if answer.truncated else "false"), *_CORS]
        return "200 OK", headers, answer.body


def _one_query(raw: bytes) -> str | None:
    """The value of a urlencoded ``query=…`` that is the only field, decoded as werkzeug would; None otherwise
    (another field, or malformed UTF-8, which Flask's path refuses with its own message). Remembered per text:
    urllib's percent-decoding is pure Python, ~40 µs for a lookup."""
    if not raw.startswith(b"query=") or b"&" in raw:
        return None
    return _decoded(raw) if len(raw) <= CACHED_TEXT else _decoded.__wrapped__(raw)


@lru_cache(maxsize=1024)
def _decoded(raw: bytes) -> str | None:
    try:
        return unquote_to_bytes(raw[6:].replace(b"+", b" ")).decode("utf-8")
    except UnicodeDecodeError:
        return None


@lru_cache(maxsize=64)
def _body_kind(content_type: str) -> str | None:
    """"form" or "query" for the two body types this layer reads (UTF-8 or no charset), else None."""
    mimetype, params = parse_options_header(content_type)
    if params.get("charset", "utf-8").lower() not in ("utf-8", "utf8"):
        return None
    return {FORM_TYPE: "form", QUERY_TYPE: "query"}.get(mimetype.lower())


@lru_cache(maxsize=256)
def _results_format(accept: str | None, form: str | None) -> formats.Format | None:
    """kg.web.sparql.choose for a SELECT or ASK without format=/output=, remembered per Accept header."""
    if form not in ("SELECT", "ASK"):
        return None
    exclude = ("csv", "tsv") if form == "ASK" else ()
    return choose(formats.RESULT_KINDS, override=None, accept=accept, exclude=exclude)


@lru_cache(maxsize=64)
def _base_url(scheme: str, host: str | None, server_name: str, server_port: str, path: str) -> str | None:
    """request.base_url as Flask computes it (the query's BASE), or None when it is no plain IRI (Flask's 400)."""
    environ = {"wsgi.url_scheme": scheme, "SERVER_NAME": server_name, "SERVER_PORT": server_port,
               "SCRIPT_NAME": "", "PATH_INFO": path}
    if host is not None:
        environ["HTTP_HOST"] = host
    try:
        return check_iri(get_current_url(environ, strip_querystring=True))
    except (QueryError, ValueError):
        return None
