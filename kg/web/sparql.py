"""The SPARQL 1.1 Protocol endpoint at /sparql (query, update, service description) and VoID at /.well-known/void.

Request handling only: what the request asks for (``read_operation``), which format answers it (``choose``),
and the safety rules that apply before anything runs. Queries execute in killable processes (kg.web.workers);
checks on the query text are kg.web.guard's; the formats are kg.formats'.
"""

from __future__ import annotations

import hmac
import time
from dataclasses import dataclass, replace

import pyoxigraph as ox
from flask import Blueprint, Response, current_app, g, redirect, request, url_for
from werkzeug.datastructures import CombinedMultiDict, MultiDict

from kg import formats
from kg.config import Settings
from kg.errors import QueryError
from kg.web.conneg import negotiate, prefers_html
from kg.web.guard import check_iri, check_query, check_update, with_using
from kg.web.errors import NotAcceptable, ProtocolError
from kg.web.limits import check_utf8_urlencoded
from kg.web.inline import InlineRunner, short_limit
from kg.web.workers import Answer, Job, QueryPool, execute, run_update

bp = Blueprint("sparql", __name__)

MAX_URL_BYTES = 16_384  # longer GET requests get 414; POST the query instead
TIMEOUT_HEADER = "X-KG-Timeout"

SD = "http://www.w3.org/ns/sparql-service-description#"
VOID = "http://rdfs.org/ns/void#"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
PREFIXES = {"sd": SD, "void": VOID, "formats": "http://www.w3.org/ns/formats/",
            "rdfs": "http://www.w3.org/2000/01/rdf-schema#", "dcterms": "http://purl.org/dc/terms/"}
FORM_TYPE = "application/x-www-form-urlencoded"
QUERY_TYPE = "application/sparql-query"
UPDATE_TYPE = "application/sparql-update"


def _settings() -> Settings:
    return current_app.extensions["kg.settings"]


def _pool() -> QueryPool:
    return current_app.extensions["kg.pool"]


@dataclass(frozen=True)
class Operation:
    kind: str               # "query" | "update"
    text: str
    params: MultiDict       # URL and form parameters together


def _decode(body: bytes, what: str) -> str:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ProtocolError(f"the {what} is not valid UTF-8 (byte {exc.start})") from None


def _single(values: list[str], name: str) -> str | None:
    if len(values) > 1:
        raise ProtocolError(f"{len(values)} '{name}' parameters; send exactly one")
    return values[0] if values else None


def read_operation() -> Operation | None:
    """The query or update a request carries (SPARQL 1.1 Protocol §2.1, §2.2), or None for a bare GET."""
    args = request.args
    check_utf8_urlencoded(request.environ.get("QUERY_STRING", ""), "request URL")
    if request.method == "GET":
        if "update" in args:
            raise ProtocolError("SPARQL Update must be sent with POST, not GET", 405, {"Allow": "POST"})
        query = _single(args.getlist("query"), "query")
        return None if query is None else Operation("query", query, args)
    charset = request.mimetype_params.get("charset", "utf-8").lower()
    if charset not in ("utf-8", "utf8"):
        raise ProtocolError(f"charset {charset} is not supported; send UTF-8", 415)
    mimetype = request.mimetype
    if mimetype == FORM_TYPE:
        check_utf8_urlencoded(request.get_data(cache=True), "form body")
        form = request.form
        params = CombinedMultiDict([args, form])
        query = _single(args.getlist("query") + form.getlist("query"), "query")
        update = _single(args.getlist("update") + form.getlist("update"), "update")
        if query is not None and update is not None:
            raise ProtocolError("a request carries either query= or update=, not both")
        if query is not None:
            return Operation("query", query, params)
        if update is not None:
            return Operation("update", update, params)
        raise ProtocolError("the form has no query= or update= parameter")
    if mimetype in (QUERY_TYPE, UPDATE_TYPE):
        kind = "query" if mimetype == QUERY_TYPE else "update"
        if kind in args:
            raise ProtocolError(f"the {kind} is in the body; do not also send {kind}= in the URL")
        return Operation(kind, _decode(request.get_data(cache=False), kind), args)
    got = f"Content-Type {mimetype}" if mimetype else "no Content-Type"
    raise ProtocolError(f"{got}: POST a query as {QUERY_TYPE}, an update as {UPDATE_TYPE}, or either as "
                        f"{FORM_TYPE}", 415)


def _override(params: MultiDict) -> str | None:
    """SPARQLWrapper and others name a format in format= or output= (results= is ignored)."""
    for key in ("format", "output"):
        value = params.get(key)
        if value:
            return value
    return None


def choose(kinds: tuple[str, ...], *, override: str | None, accept: str | None,
           exclude: tuple[str, ...] = ()) -> formats.Format | None:
    """The format to answer in: ``format=``/``output=`` when it names one of ``kinds``, else the Accept header."""
    candidates = [f for f in formats.of_kind(kinds) if f.name not in exclude]
    if override:
        try:
            fmt = formats.by_name(override, kinds)
        except KeyError:
            fmt = None  # an unknown name is ignored (SPARQLWrapper sends format=json for everything)
        if fmt is not None and fmt in candidates:
            return fmt
    offers = [f.media_types[0] for f in candidates] + [m for f in candidates for m in f.media_types[1:]]
    chosen = negotiate(accept, offers)
    return None if chosen is None else formats.by_media_type(chosen, kinds)


def _timeout(params: MultiDict) -> float:
    """The server's limit, or less when the client asks (``timeout=`` seconds, or the X-KG-Timeout header)."""
    limit = _settings().query_timeout
    asked = params.get("timeout") or request.headers.get(TIMEOUT_HEADER)
    if not asked:
        return limit
    try:
        value = float(asked)
    except ValueError:
        raise ProtocolError(f"timeout {asked!r} is not a number of seconds") from None
    if not value > 0:
        raise ProtocolError(f"timeout {asked!r} must be a positive number of seconds")
    return min(value, limit)


def _endpoint_url() -> str:
    """The endpoint's URL as the client called it (the service description's sd:endpoint; the query's BASE).

    It comes from the client's Host header and is written into the query text as BASE <...>, so it must be a
    plain IRI: otherwise a Host header could smuggle SPARQL (a SERVICE clause) past the guard.
    """
    url = request.base_url if request.endpoint == "sparql.endpoint" else url_for("sparql.endpoint", _external=True)
    try:
        return check_iri(url)
    except QueryError:
        raise ProtocolError("the Host header does not make a valid IRI") from None


@bp.before_request
def _limit_url() -> None:
    size = len(request.environ.get("PATH_INFO", "")) + len(request.environ.get("QUERY_STRING", ""))
    if size > MAX_URL_BYTES:
        raise ProtocolError(f"request URL of {size} bytes is over the limit of {MAX_URL_BYTES}; POST the "
                            "query instead", 414)


@bp.after_request
def _headers(resp: Response) -> Response:
    resp.headers.add("Vary", "Accept")
    if request.method == "OPTIONS":  # CORS preflight: queries only; no Authorization, so no cross-site updates
        resp.headers["Access-Control-Allow-Origin"] = "*"
        resp.headers["Access-Control-Allow-Methods"] = "GET, POST"
        resp.headers["Access-Control-Allow-Headers"] = f"Content-Type, Accept, {TIMEOUT_HEADER}"
    elif g.get("kg_cors"):
        resp.headers["Access-Control-Allow-Origin"] = "*"
        resp.headers["Access-Control-Expose-Headers"] = "X-KG-Row-Cap, X-KG-Truncated"
    return resp


@bp.route("/sparql/", methods=["GET", "POST"])
@bp.route("/sparql", methods=["GET", "POST"])
def endpoint() -> Response:
    operation = read_operation()
    if operation is None:
        g.kg_cors = True
        if prefers_html(request.headers.get("Accept")):
            return redirect("/", 303)  # a browser: the query UI
        return _describe(service_description(_endpoint_url(), update=bool(_settings().update_token)))
    if operation.kind == "update":
        return _update(operation)
    g.kg_cors = True
    return _query(operation)


def _graph_params(params: MultiDict, name: str) -> tuple[str, ...]:
    return tuple(check_iri(iri) for iri in params.getlist(name))


def _query(operation: Operation) -> Response:
    settings = _settings()
    info = check_query(operation.text)
    params = operation.params
    accept = request.headers.get("Accept")
    override = _override(params)
    results_fmt = rdf_fmt = None
    if info.form in ("SELECT", "ASK", None):
        exclude = ("csv", "tsv") if info.form == "ASK" else ()
        results_fmt = choose(formats.RESULT_KINDS, override=override, accept=accept, exclude=exclude)
    if info.form in ("CONSTRUCT", "DESCRIBE", None):
        rdf_fmt = choose(formats.RDF_KINDS, override=override, accept=accept)
    if info.form is not None and results_fmt is None and rdf_fmt is None:
        raise NotAcceptable(f"none of the formats this endpoint has for a {info.form} result is acceptable "
                            f"(Accept: {accept})")
    job = Job(
        "query",
        operation.text,
        base_iri=_endpoint_url(),
        default_graph=_graph_params(params, "default-graph-uri"),
        named_graphs=_graph_params(params, "named-graph-uri"),
        require_graphs=info.from_graphs,
        results_format=results_fmt.name if results_fmt else None,
        rdf_format=rdf_fmt.name if rdf_fmt else None,
        rdf_kind=rdf_fmt.kind if rdf_fmt else "graph",
        max_rows=settings.max_rows,
    )
    started = time.perf_counter()
    timeout, client = _timeout(params), request.remote_addr or ""
    answer = _inline(job, operation.text, timeout=timeout, client=client)
    where = "inline" if answer is not None else "process"
    if answer is None:
        answer = _pool().run(job, timeout=timeout, client=client)
    resp = Response(answer.body, status=200, content_type=answer.content_type)
    # W3C Server Timing; desc says where it ran: in this worker (kg.web.inline) or in a query process
    resp.headers["Server-Timing"] = f'query;desc="{where}";dur={(time.perf_counter() - started) * 1000:.1f}'
    resp.headers["X-KG-Row-Cap"] = str(settings.max_rows)
    resp.headers["X-KG-Truncated"] = "true" if answer.truncated else "false"
    return resp


def _inline(job: Job, text: str, *, timeout: float, client: str) -> Answer | None:
    """A provably short query, answered in this worker (kg.web.inline), or None: the query processes answer it.
    Not for a client whose queries outran the fast lane lately, nor one asking for a limit below the inline
    watchdog's (reaching it retires the worker), nor a request naming its own dataset."""
    inline: InlineRunner | None = current_app.extensions.get("kg.inline")
    if (inline is None or timeout < inline.limit or job.default_graph or job.named_graphs or job.require_graphs
            or _pool().is_heavy(client)):
        return None
    short, bound = short_limit(text)
    if not short:
        return None
    job = replace(job, row_bound=bound)
    return inline.try_run(lambda store: execute(store, job))


def _update(operation: Operation) -> Response:
    settings = _settings()
    token = settings.update_token
    if not token:
        raise ProtocolError("this endpoint is read-only: SPARQL Update is disabled (start 'kg serve' with "
                            "--update-token to enable it)", 403)
    scheme, _, credentials = request.headers.get("Authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not credentials.strip():
        raise ProtocolError("SPARQL Update needs 'Authorization: Bearer <update token>'", 401,
                            {"WWW-Authenticate": 'Bearer realm="kg"'})
    if not hmac.compare_digest(credentials.strip().encode(), token.encode()):
        raise ProtocolError("wrong update token", 403)
    info = check_update(operation.text)
    params = operation.params
    using = list(_graph_params(params, "using-graph-uri"))
    using_named = list(_graph_params(params, "using-named-graph-uri"))
    if (using or using_named) and info.has_dataset_clause:
        raise ProtocolError("the update names its dataset (USING or WITH) and the request also sends "
                            "using-graph-uri/using-named-graph-uri; send one or the other")
    sparql = with_using(operation.text, using=using, using_named=using_named)
    run_update(settings.location, f"BASE <{_endpoint_url()}>\n{sparql}", timeout=_timeout(params))
    return Response(status=204)


# -- descriptions -------------------------------------------------------------------------------------------
def _describe(triples: list[ox.Triple]) -> Response:
    """Serialize a small description graph in the negotiated RDF format."""
    fmt = choose(("graph",), override=_override(request.args), accept=request.headers.get("Accept"))
    if fmt is None:
        raise NotAcceptable("no acceptable RDF format; try text/turtle, application/rdf+xml or "
                            "application/ld+json")
    body = ox.serialize(triples, format=fmt.ox, prefixes=PREFIXES) or b""
    return Response(body, content_type=fmt.content_type)


def service_description(endpoint: str, *, update: bool) -> list[ox.Triple]:
    """SPARQL 1.1 Service Description (sd: vocabulary) of this endpoint."""
    sd = lambda local: ox.NamedNode(SD + local)  # noqa: E731
    service, dataset, graph = ox.BlankNode("service"), ox.BlankNode("dataset"), ox.BlankNode("defaultGraph")
    triples = [
        ox.Triple(service, RDF_TYPE, sd("Service")),
        ox.Triple(service, sd("endpoint"), ox.NamedNode(endpoint)),
        ox.Triple(service, sd("supportedLanguage"), sd("SPARQL11Query")),
        ox.Triple(service, sd("feature"), sd("UnionDefaultGraph")),
        ox.Triple(service, sd("defaultDataset"), dataset),
        ox.Triple(dataset, RDF_TYPE, sd("Dataset")),
        ox.Triple(dataset, sd("defaultGraph"), graph),
        ox.Triple(graph, RDF_TYPE, sd("Graph")),
        ox.Triple(dataset, ox.NamedNode(PREFIXES["rdfs"] + "seeAlso"),
                  ox.NamedNode(url_for("sparql.void", _external=True))),
    ]
    if update:
        triples.append(ox.Triple(service, sd("supportedLanguage"), sd("SPARQL11Update")))
    for fmt in formats.FORMATS:
        if fmt.kind in ("results", "graph"):
            triples.append(ox.Triple(service, sd("resultFormat"), ox.NamedNode(fmt.w3c_iri)))
    return triples


@bp.route("/.well-known/void", methods=["GET"])
def void() -> Response:
    """VoID description of the dataset, with its size (counted by a query process, under the time limit)."""
    g.kg_cors = True
    stats = _pool().run(Job("void"), timeout=_settings().query_timeout).stats or {}
    v = lambda local: ox.NamedNode(VOID + local)  # noqa: E731
    dataset = ox.NamedNode(url_for("sparql.void", _external=True) + "#dataset")
    integer = ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")
    triples = [
        ox.Triple(dataset, RDF_TYPE, v("Dataset")),
        ox.Triple(dataset, ox.NamedNode(PREFIXES["dcterms"] + "title"),
                  ox.Literal("kg: security and diplomatic relations from news reports")),
        ox.Triple(dataset, v("sparqlEndpoint"), ox.NamedNode(_endpoint_url())),
        ox.Triple(dataset, v("uriSpace"), ox.Literal("https://w3id.org/kg/id/")),
        ox.Triple(dataset, v("vocabulary"), ox.NamedNode("https://w3id.org/kg/ontology#")),
        # statements over all graphs (a triple asserted in two article graphs counts twice)
        ox.Triple(dataset, v("triples"), ox.Literal(str(stats.get("quads", 0)), datatype=integer)),
        # one named graph per source document (article)
        ox.Triple(dataset, v("documents"), ox.Literal(str(stats.get("graphs", 0)), datatype=integer)),
    ]
    for fmt in formats.FORMATS:
        if fmt.kind in ("graph", "dataset"):
            triples.append(ox.Triple(dataset, v("feature"), ox.NamedNode(fmt.w3c_iri)))
    return _describe(triples)
