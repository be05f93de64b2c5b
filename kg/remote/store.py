"""A SPARQL 1.1 server holding the graph, behind ``kg.store.Store``'s methods (see the package's note on servers)."""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TypeVar
from urllib.parse import urlsplit, urlunsplit

import pyoxigraph as ox
import requests
from requests.auth import HTTPBasicAuth, HTTPDigestAuth

from kg import dataset
from kg.errors import QueryError, StoreError
from kg.remote.location import RemoteLocation
from kg.remote.wire import (as_query_triples, by_graph, fix_ntriples, normalise_results, raise_for_query, reason,
                            result_kind, server_says, with_values)

T = TypeVar("T")
# The graphs a fresh Virtuoso holds for itself (its RDF views, LDP and URIQA descriptions): not the store's.
VIRTUOSO_SYSTEM_GRAPHS = ("http://www.openlinksw.com/schemas/virtrdf#", "http://www.w3.org/ns/ldp#",
                          "http://localuriqaserver/sparql")
CONNECT_TIMEOUT = 10.0
READ_TIMEOUT = 600.0  # a write of many articles, or a query the caller bounds itself (kg serve kills at its limit)
# Graphs per SPARQL Update request: Virtuoso compiles a request to SQL and refuses one past 10,000 lines (a few
# hundred DROP GRAPHs); 50 (25 articles with their inferences, as kg.pipeline writes them) stays well inside.
WRITE_GRAPHS = 50
_RESULTS_JSON = "application/sparql-results+json"
_NTRIPLES = "application/n-triples"


@dataclass(frozen=True)
class Dialect:
    name: str
    update_path: str | None        # None: the query endpoint takes updates too
    gsp_path: str | None           # None: no Graph Store endpoint known
    excluded_graphs: tuple[str, ...] = ()

    def prologue(self) -> str:
        """Text put before every query: none (see the module's note on Virtuoso's graph-exclude pragmas)."""
        return ""


class RemoteStore:
    """A SPARQL 1.1 server holding the graph; ``path`` is its location, for messages."""

    def __init__(self, location: RemoteLocation | str, *, read_only: bool = False) -> None:
        self.location = location if isinstance(location, RemoteLocation) else RemoteLocation.parse(location)
        self.path = self.location.label
        self.read_only = read_only
        self._http = requests.Session()
        self._auth_scheme: str | None = None
        self._query_url = self.location.endpoint("query")
        self.dialect = self._detect()

    # -- the wire ----------------------------------------------------------------------------------------
    def _request(self, method: str, url: str, *, write: bool = False, **kwargs: object) -> requests.Response:
        if write and self.location.user and self._auth_scheme:  # the first write learns the scheme from a 401
            kwargs["auth"] = self._auth()
        try:
            kwargs.setdefault("timeout", (CONNECT_TIMEOUT, READ_TIMEOUT))
            response = self._http.request(method, url, **kwargs)
        except requests.ConnectionError as exc:
            raise StoreError(f"{self.path}: cannot reach the SPARQL server ({reason(exc)})") from None
        except requests.Timeout:
            raise StoreError(f"{self.path}: the SPARQL server did not answer within {READ_TIMEOUT:g} s") from None
        if response.status_code == 401 and write and self.location.user and self._auth_scheme is None:
            challenge = response.headers.get("WWW-Authenticate", "")
            self._auth_scheme = "basic" if challenge.lower().startswith("basic") else "digest"
            return self._request(method, url, write=write, **kwargs)
        if response.status_code in (401, 403):
            who = "these credentials" if self.location.user else "no credentials (set KG_STORE_USER and KG_STORE_PASSWORD)"
            raise StoreError(f"{self.path}: the SPARQL server refused {'a write' if write else 'a read'} with "
                             f"{who} (HTTP {response.status_code})")
        return response

    def _auth(self):  # noqa: ANN202 - a requests auth object
        user, password = self.location.user or "", self.location.password or ""
        return HTTPDigestAuth(user, password) if self._auth_scheme == "digest" else HTTPBasicAuth(user, password)

    def _detect(self) -> Dialect:
        """Ask the server once who it is; Virtuoso gets its own endpoints and the list of its system graphs."""
        response = self._request("GET", self._query_url, params={"query": "ASK {}"},
                                 headers={"Accept": _RESULTS_JSON})
        if response.status_code >= 400:
            raise StoreError(f"{self.path}: not a SPARQL endpoint (HTTP {response.status_code} to ASK {{}})")
        virtuoso = "virtuoso" in response.headers.get("Server", "").lower()
        update = self.location.endpoint("update")
        gsp = self.location.endpoint("gsp")
        if not virtuoso:
            return Dialect("generic", update, gsp)
        root = urlunsplit(urlsplit(self._query_url)[:2] + ("", "", ""))
        if update is None and self.location.user:
            update = root + "/sparql-auth"
        if gsp is None:
            gsp = root + ("/sparql-graph-crud-auth" if self.location.user else "/sparql-graph-crud")
        return Dialect("virtuoso", update, gsp, VIRTUOSO_SYSTEM_GRAPHS)

    def _select_json(self, sparql: str, *, prologue: str | None = None, params: dict | None = None) -> dict:
        text = (self.dialect.prologue() if prologue is None else prologue) + sparql
        response = self._request("POST", self._query_url, data={"query": text, **(params or {})},
                                 headers={"Accept": _RESULTS_JSON})
        raise_for_query(response, self.path)
        return json.loads(response.content)

    # -- writing -----------------------------------------------------------------------------------------
    def _update_request(self, sparql: str, *, what: str) -> None:
        if self.read_only:
            raise StoreError(f"{self.path}: opened read-only; nothing written")
        url = self.dialect.update_path or self._query_url
        response = self._request("POST", url, data={"update": sparql}, write=True,
                                 headers={"Accept": "text/plain, */*"})
        if response.status_code >= 400:
            raise StoreError(f"{self.path}: {what} failed, nothing changed: {server_says(response)}")

    def replace_graphs(self, graphs: dict[str, str]) -> None:
        """Replace each named graph (IRI → N-Triples text), up to WRITE_GRAPHS graphs per request: each request
        is one server transaction. Ingest writes an article's graph and its inferences side by side, so they
        always travel in one request (an even count); a larger rewrite (identity) goes in several."""
        items = list(graphs.items())
        for iri, _ in items:
            ox.NamedNode(iri)
        for start in range(0, len(items), WRITE_GRAPHS):
            chunk = items[start:start + WRITE_GRAPHS]
            parts = [f"DROP SILENT GRAPH <{iri}>" for iri, _ in chunk]
            body = "\n".join(f"GRAPH <{iri}> {{\n{nt}\n}}" for iri, nt in chunk)
            # Virtuoso refuses blank nodes in INSERT DATA; INSERT … WHERE {} makes the same fresh nodes
            parts.append(f"INSERT {{\n{body}\n}} WHERE {{}}" if "_:" in body else f"INSERT DATA {{\n{body}\n}}")
            self._update_request(";\n".join(parts), what="write")


    # Store.rewrite_graphs writes only the changed triples; over the protocol a rewrite replaces graphs whole
    rewrite_graphs = replace_graphs
    def bulk_load(self, nquads: bytes) -> None:
        """Add N-Quads, graph by graph (Graph Store POST where the server has it, else INSERT DATA)."""
        for g, triples in by_graph(nquads).items():
            self.add_graph(g, ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b"")

    def load_nquads(self, nquads: bytes) -> None:
        """Replace every graph the N-Quads name, one Graph Store PUT (or one SPARQL Update) per graph."""
        for g, triples in by_graph(nquads).items():
            if not g:
                raise StoreError(f"{self.path}: kg load takes named graphs only (a triple in the default graph)")
            self.add_graph(g, ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b"", replace=True)

    def add_graph(self, iri: str, ntriples: bytes, *, replace: bool = False) -> None:
        """One graph's triples, added (or replacing it) in one request."""
        if self.dialect.gsp_path and iri:
            response = self._request("PUT" if replace else "POST", self.dialect.gsp_path,
                                     params={"graph-uri" if self.dialect.name == "virtuoso" else "graph": iri},
                                     data=ntriples, headers={"Content-Type": "text/plain"
                                                             if self.dialect.name == "virtuoso" else _NTRIPLES},
                                     write=True)
            if response.status_code >= 400:
                raise StoreError(f"{self.path}: loading graph <{iri}> failed: {server_says(response)}")
            return
        text = ntriples.decode("utf-8")
        if replace:
            self.replace_graphs({iri: text})
        else:
            self._update_request(f"INSERT DATA {{ GRAPH <{iri}> {{\n{text}\n}} }}", what="load")

    def optimize(self) -> None:
        """The server compacts itself."""

    def flush(self) -> None:
        """Every request is committed when the server answers it."""

    def drop_graphs(self, iris: list[str]) -> None:
        for start in range(0, len(iris), WRITE_GRAPHS):
            self._update_request(";\n".join(f"DROP SILENT GRAPH <{ox.NamedNode(i).value}>"
                                             for i in iris[start:start + WRITE_GRAPHS]), what="removal")

    def drop_graph(self, iri: str) -> None:
        self.drop_graphs([iri])

    def update(self, sparql: str) -> None:
        if self.read_only:
            raise StoreError(f"{self.path}: opened read-only; nothing written")
        url = self.dialect.update_path or self._query_url
        response = self._request("POST", url, data={"update": self.dialect.prologue() + sparql}, write=True)
        if response.status_code == 400:
            raise QueryError(f"SPARQL Update refused by the server: {server_says(response)}")
        if response.status_code >= 400:
            raise StoreError(f"{self.path}: update failed: {server_says(response)}")

    # -- reading -----------------------------------------------------------------------------------------
    def query(
        self,
        sparql: str,
        *,
        default_graph: list[str] | None = None,
        named_graphs: list[str] | None = None,
        bindings: dict[str, ox.NamedNode | ox.Literal] | None = None,
        timeout: float | None = None,
    ) -> ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples:
        """Run a SPARQL query on the server. It is first compiled by the embedded engine (on an empty store) so
        both backends accept the same language: no server extensions (Virtuoso's DEFINE, its SQL functions)
        slip through, and a syntax error reads the same."""
        try:
            kind = result_kind(ox.Store().query(sparql))
        except SyntaxError as exc:
            raise QueryError(f"SPARQL syntax error: {exc}") from None
        except RuntimeError as exc:
            raise QueryError(f"SPARQL evaluation error: {exc}") from None
        if bindings:
            sparql = with_values(sparql, bindings)
        params: list[tuple[str, str]] = [("query", self.dialect.prologue() + sparql)]
        if default_graph or named_graphs:
            params += [("default-graph-uri", g) for g in default_graph or []]
            params += [("named-graph-uri", g) for g in named_graphs or []]
        limit = timeout or self.location.query_timeout
        if limit and self.dialect.name == "virtuoso":  # the server stops too, not only our query process
            params.append(("timeout", str(int(limit * 1000))))
        accept = _NTRIPLES if kind == "triples" else _RESULTS_JSON
        response = self._request("POST", self._query_url, data=params, headers={"Accept": accept},
                                 **({"timeout": (CONNECT_TIMEOUT, limit + 5)} if limit else {}))
        raise_for_query(response, self.path)
        if response.headers.get("X-SQL-State") == "S1TAT":  # Virtuoso's "anytime" answer: partial, never shown
            raise StoreError(f"query stopped at the server's time limit of {limit:g} s (narrow it, add LIMIT, or "
                             "scope it with GRAPH)")
        if kind == "triples":
            return as_query_triples(response.content)
        return ox.parse_query_results(normalise_results(response.content), format=ox.QueryResultsFormat.JSON)

    def graphs(self) -> list[str]:
        # GROUP BY, not DISTINCT: on Virtuoso 7.2 'SELECT DISTINCT ?g … GRAPH ?g { ?s ?p ?o }' ran for minutes on
        # 400 graphs where this takes 70 ms (and 'GRAPH ?g {}' answers one graph)
        result = self._select_json("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
        return sorted(g for g in (b["g"]["value"] for b in result["results"]["bindings"]) if self._ours(g))

    def _ours(self, graph: str) -> bool:
        return graph not in self.dialect.excluded_graphs

    def quads(self, graph: str | None = None) -> Iterator[ox.Quad]:
        for g in [graph] if graph else self.graphs():
            node = ox.NamedNode(g)
            for t in ox.parse(self._graph_ntriples(g), format=ox.RdfFormat.N_TRIPLES):
                yield ox.Quad(t.subject, t.predicate, t.object, node)

    def quads_matching(self, subject=None, predicate=None, obj=None, graph=None) -> Iterator[ox.Quad]:
        """Quads in named graphs matching a pattern (None: any), as ``Store.quads_matching`` gives them: one
        SELECT with the known terms written in (a server has no index API; this is the lookup's round trip)."""
        g = graph if isinstance(graph, ox.NamedNode) else None
        terms = {"s": subject, "p": predicate, "o": obj, "g": g}
        pattern = " ".join(str(t) if t is not None else f"?{v}" for v, t in terms.items() if v != "g")
        query = f"SELECT * WHERE {{ GRAPH {str(g) if g is not None else '?g'} {{ {pattern} }} }}"
        for row in self.query(query):  # type: ignore[union-attr]
            values = {v: t if t is not None else row[v] for v, t in terms.items()}
            if values["g"].value in self.dialect.excluded_graphs:
                continue
            yield ox.Quad(values["s"], values["p"], values["o"], values["g"])

    def _graph_ntriples(self, iri: str) -> bytes:
        """One graph's triples: Graph Store GET where the server has it, else CONSTRUCT."""
        if self.dialect.gsp_path:
            key = "graph-uri" if self.dialect.name == "virtuoso" else "graph"
            response = self._request("GET", self.dialect.gsp_path, params={key: iri},
                                     headers={"Accept": _NTRIPLES}, write=True)
            if response.status_code == 404:
                return b""
            if response.status_code < 400:
                return fix_ntriples(response.content)
        result = self.query("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }",
                            bindings={"g": ox.NamedNode(iri)})
        return ox.serialize(result, format=ox.RdfFormat.N_TRIPLES) or b""

    def __len__(self) -> int:
        result = self._select_json("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
        return sum(int(b["n"]["value"]) for b in result["results"]["bindings"] if self._ours(b["g"]["value"]))

    def dump(self, fmt: ox.RdfFormat, *, graph: str | None = None) -> bytes:
        """Like the embedded store's dump: the graphs are fetched one by one into memory, then serialised there
        (a dump of a store much larger than memory goes through 'kg extract' shards instead)."""
        local = ox.Store()
        for g in [graph] if graph else self.graphs():
            nt = self._graph_ntriples(g)
            if nt:
                local.load(nt, format=ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(g))
        return dataset.dump(local, fmt, graph=graph)

    def rdflib_dataset(self):  # -> rdflib.Dataset
        """A copy in memory, through rdflib's API (for notebooks); writes to it do not reach the server."""
        local = ox.Store()
        local.bulk_load(input=self.dump(ox.RdfFormat.N_QUADS), format=ox.RdfFormat.N_QUADS)
        return dataset.rdflib_dataset(local)

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> "RemoteStore":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class RemoteReader:
    """The remote counterpart of ``kg.store.Snapshot``: the server keeps readers and writers apart itself."""

    def __init__(self, location: RemoteLocation) -> None:
        self.location = location
        self._store: RemoteStore | None = None

    def current(self) -> tuple[RemoteStore, tuple]:
        if self._store is None:
            self._store = RemoteStore(self.location, read_only=True)
        return self._store, signature()

    def invalidate(self) -> None:
        self._store = None

    def read(self, fn: Callable[[RemoteStore], T]) -> T:
        return fn(self.current()[0])


SIGNATURE_SECONDS = 5.0


def signature() -> tuple:
    """What caches of a remote store are keyed on: the server does not tell us when it changed, so caches (the
    search index, the network view) are refreshed every SIGNATURE_SECONDS."""
    return ("remote", int(time.time() // SIGNATURE_SECONDS))


