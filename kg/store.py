"""The only module that knows the backend: an embedded, persistent Oxigraph store.

Why Oxigraph: on our graph shape it loads 12-15x faster than rdflib's memory store, answers analyst queries
4-420x faster and persists to disk with no server (shared/PERFORMANCE-NOTES.md, and bench/). rdflib users get
the same data through ``rdflib_dataset()`` (oxrdflib). Every write replaces whole named graphs inside one
SPARQL Update, which Oxigraph runs as a single transaction: a failed write leaves the store as it was.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

import pyoxigraph as ox

from kg.errors import QueryError, StoreError

# The dataset's default graph, as analysts expect of a news graph (Fuseki's unionDefaultGraph): the union of
# every named graph. Shipped queries still scope with GRAPH ?g, which is faster and de-duplicates nothing wrongly.
UNION_DEFAULT = True


class Store:
    """A store on disk (``path``) or in memory (``path=None``)."""

    def __init__(self, path: Path | None = None, *, read_only: bool = False) -> None:
        self.path = path
        self.read_only = read_only
        try:
            if path is None:
                self._ox = ox.Store()
            elif read_only:
                if not (path / "CURRENT").exists():
                    raise StoreError(f"{path}: no store here (run 'kg build' or 'kg ingest' first)")
                self._ox = ox.Store.read_only(str(path))
            else:
                path.mkdir(parents=True, exist_ok=True)
                self._ox = ox.Store(str(path))
        except OSError as exc:
            reason = str(exc).splitlines()[0] if str(exc) else exc.__class__.__name__
            if "lock" in reason.lower():
                reason = "it is open in another process (is 'kg serve' running on it?)"
            raise StoreError(f"{path}: cannot open the store: {reason}") from None

    # -- writing -----------------------------------------------------------------------------------------
    def replace_graphs(self, graphs: dict[str, str]) -> None:
        """Replace each named graph (IRI → N-Triples text) in one transaction; all or nothing."""
        if not graphs:
            return
        parts = [f"DROP SILENT GRAPH <{iri}>" for iri in graphs]
        body = "\n".join(f"GRAPH <{iri}> {{\n{nt}\n}}" for iri, nt in graphs.items())
        parts.append(f"INSERT DATA {{\n{body}\n}}")
        try:
            self._ox.update(";\n".join(parts))
        except (SyntaxError, OSError, ValueError) as exc:
            raise StoreError(f"{self.path or 'memory store'}: write failed, nothing changed: {exc}") from None

    def bulk_load(self, nquads: bytes) -> None:
        """Fast, non-transactional load for benchmarks and restores (Oxigraph's bulk loader)."""
        self._ox.bulk_load(nquads, format=ox.RdfFormat.N_QUADS)

    def optimize(self) -> None:
        """Compact the on-disk files after a large write (RocksDB leaves many small files behind)."""
        if self.path is not None and not self.read_only:
            self._ox.optimize()

    def drop_graphs(self, iris: list[str]) -> None:
        """Drop named graphs in one transaction (one SPARQL Update): all or nothing."""
        if not iris:
            return
        try:
            self._ox.update(";\n".join(f"DROP GRAPH <{ox.NamedNode(iri).value}>" for iri in iris))
        except (SyntaxError, OSError, ValueError) as exc:
            raise StoreError(f"{self.path or 'memory store'}: removal failed, nothing changed: {exc}") from None

    def drop_graph(self, iri: str) -> None:
        self._ox.update(f"DROP SILENT GRAPH <{iri}>")

    def update(self, sparql: str) -> None:
        try:
            self._ox.update(sparql)
        except SyntaxError as exc:
            raise QueryError(f"SPARQL Update syntax error: {exc}") from None

    def flush(self) -> None:
        if self.path is not None and not self.read_only:
            self._ox.flush()

    # -- reading -----------------------------------------------------------------------------------------
    def query(
        self,
        sparql: str,
        *,
        default_graph: list[str] | None = None,
        named_graphs: list[str] | None = None,
        bindings: dict[str, ox.NamedNode | ox.Literal] | None = None,
    ) -> ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples:
        """Run a SPARQL query. A dataset given by the protocol (default-graph-uri, named-graph-uri) wins
        over the union default graph."""
        kwargs: dict[str, object] = {}
        if default_graph:
            kwargs["default_graph"] = [ox.NamedNode(g) for g in default_graph]
        elif UNION_DEFAULT:
            kwargs["use_default_graph_as_union"] = True
        if named_graphs:
            kwargs["named_graphs"] = [ox.NamedNode(g) for g in named_graphs]
        if bindings:
            kwargs["substitutions"] = {ox.Variable(k): v for k, v in bindings.items()}
        try:
            return self._ox.query(sparql, **kwargs)
        except SyntaxError as exc:
            raise QueryError(f"SPARQL syntax error: {exc}") from None

    def graphs(self) -> list[str]:
        return sorted(g.value for g in self._ox.named_graphs() if isinstance(g, ox.NamedNode))

    def quads(self, graph: str | None = None) -> Iterator[ox.Quad]:
        return iter(self._ox.quads_for_pattern(None, None, None, ox.NamedNode(graph) if graph else None))

    def __len__(self) -> int:
        return len(self._ox)

    def dump(self, fmt: ox.RdfFormat, *, graph: str | None = None) -> bytes:
        if graph is None and not fmt.supports_datasets:
            # Triple formats get the union of all graphs, de-duplicated.
            triples = {ox.Triple(q.subject, q.predicate, q.object) for q in self._ox}
            return ox.serialize(sorted(triples, key=str), format=fmt, prefixes=_prefixes(fmt)) or b""
        if graph is not None:
            return self._ox.dump(format=fmt, from_graph=ox.NamedNode(graph), prefixes=_prefixes(fmt)) or b""
        return self._ox.dump(format=fmt, prefixes=_prefixes(fmt)) or b""

    def rdflib_dataset(self):  # -> rdflib.Dataset
        """The same data through rdflib's API (oxrdflib), for notebooks and rdflib-based tools."""
        import rdflib
        from oxrdflib import OxigraphStore

        return rdflib.Dataset(store=OxigraphStore(store=self._ox))

    def close(self) -> None:
        self.flush()
        del self._ox

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _prefixes(fmt: ox.RdfFormat) -> dict[str, str] | None:
    """Readable prefixes for the formats that have them."""
    if fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG, ox.RdfFormat.RDF_XML):
        from kg.vocab import PREFIXES

        return PREFIXES
    return None


def iter_rows(result: ox.QuerySolutions) -> Iterable[tuple[ox.NamedNode | ox.Literal | ox.BlankNode | None, ...]]:
    variables = [v.value for v in result.variables]
    for solution in result:
        yield tuple(solution[v] for v in variables)
