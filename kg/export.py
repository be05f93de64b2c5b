"""Store → files: RDF dumps and SPARQL result serialisations for the CLI."""

from __future__ import annotations

import pyoxigraph as ox

from kg import formats
from kg.errors import KGError
from kg.store import Store

EXPORT_CHOICES = formats.names(formats.RDF_KINDS)      # dataset formats keep the named graphs
RESULT_CHOICES = formats.names(formats.RESULT_KINDS)


def export(store: Store, fmt: str, *, graph: str | None = None) -> bytes:
    try:
        rdf_format = formats.by_name(fmt, formats.RDF_KINDS).ox
    except KeyError as exc:
        raise KGError(str(exc.args[0])) from None
    return store.dump(rdf_format, graph=graph)  # type: ignore[arg-type]


def serialize_results(result: object, fmt: str) -> bytes:
    """SELECT/ASK results in a W3C results format, CONSTRUCT/DESCRIBE triples as N-Triples or Turtle."""
    if isinstance(result, ox.QueryTriples):
        rdf_format = ox.RdfFormat.TURTLE if fmt in ("table", "ttl") else ox.RdfFormat.N_TRIPLES
        return ox.serialize(result, format=rdf_format) or b""
    return result.serialize(format=formats.by_name(fmt, formats.RESULT_KINDS).ox)  # type: ignore[attr-defined]


def render_table(result: ox.QuerySolutions | ox.QueryBoolean, *, max_width: int = 60) -> str:
    """A plain-text table for people at a terminal."""
    if isinstance(result, ox.QueryBoolean):
        return "true" if bool(result) else "false"
    names = [v.value for v in result.variables]
    rows = []
    for solution in result:
        cells = []
        for name in names:
            term = solution[name]
            text = "" if term is None else (term.value if isinstance(term, (ox.Literal, ox.NamedNode)) else str(term))
            cells.append(text if len(text) <= max_width else text[: max_width - 1] + "…")
        rows.append(cells)
    widths = [max([len(n)] + [len(r[i]) for r in rows]) for i, n in enumerate(names)]
    line = lambda cells: "  ".join(c.ljust(w) for c, w in zip(cells, widths)).rstrip()  # noqa: E731
    out = [line(names), line(["-" * w for w in widths])] + [line(r) for r in rows]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out)
