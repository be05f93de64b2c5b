"""An Oxigraph dataset written out the way kg writes one: ``dump`` and the rdflib view, shared by both backends.

The embedded store (kg.store) dumps its own dataset; the remote one (kg.remote) fetches a server's graphs into a
dataset in memory and dumps that, so the two give the same bytes. Kept below both, so neither imports the other.
"""

from __future__ import annotations

import pyoxigraph as ox


def dump(dataset: ox.Store, fmt: ox.RdfFormat, *, graph: str | None = None) -> bytes:
    if graph is None and not fmt.supports_datasets:
        # Triple formats get the union of all graphs, de-duplicated.
        triples = {ox.Triple(q.subject, q.predicate, q.object) for q in dataset}
        return ox.serialize(sorted(triples, key=str), format=fmt, prefixes=prefixes(fmt)) or b""
    if graph is not None:
        return dataset.dump(format=fmt, from_graph=ox.NamedNode(graph), prefixes=prefixes(fmt)) or b""
    return dataset.dump(format=fmt, prefixes=prefixes(fmt)) or b""


def rdflib_dataset(dataset: ox.Store):  # -> rdflib.Dataset
    """The same data through rdflib's API (oxrdflib), for notebooks and rdflib-based tools."""
    import rdflib
    from oxrdflib import OxigraphStore

    return rdflib.Dataset(store=OxigraphStore(store=dataset))


def prefixes(fmt: ox.RdfFormat) -> dict[str, str] | None:
    """Readable prefixes for the formats that have them."""
    if fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG, ox.RdfFormat.RDF_XML):
        from kg.vocab import PREFIXES

        return PREFIXES
    return None
