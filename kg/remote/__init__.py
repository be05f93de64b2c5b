"""The store on a remote SPARQL 1.1 server: the same methods as ``kg.store.Store``, over HTTP.

Reads go through the SPARQL 1.1 Protocol and come back as pyoxigraph objects (results parsed with
``ox.parse_query_results``), so every caller — ingest, identity resolution, pages, the endpoint — is unchanged.
Writes are SPARQL Update requests (``DROP SILENT GRAPH …; INSERT DATA {…}``) of at most WRITE_GRAPHS graphs, each
of which a server runs as one transaction: an article's graphs are replaced all or nothing. Whole graphs move over the Graph Store HTTP
Protocol when the server has one (export, ``kg load``).

What differs between servers is handled here, not in callers (``Dialect``):

* the default graph: kg reads the union of its named graphs. Virtuoso's default graph is already the union of
  every graph, but it also holds its own system graphs (``virtrdf#``, ``ldp#``, ~2,500 quads), and ``GRAPH ?g``
  ranges over them. ``graphs()``, ``len()``, ``quads()`` and ``dump()`` leave them out
  (``VIRTUOSO_SYSTEM_GRAPHS``); a client's query sees the server's dataset as the server defines it (the
  shipped queries name kg classes, so the system graphs never match). Virtuoso's ``input:*-graph-exclude``
  pragmas would hide them, but with them a join inside ``GRAPH <iri>`` silently returns nothing (7.2.5);
* datatypes: Virtuoso answers ``xsd:boolean`` as ``1``/``0`` and names blank nodes ``nodeID://…``; both are
  rewritten before parsing. It refuses blank nodes in ``INSERT DATA``: such a write uses ``INSERT … WHERE {}``;
* result caps: Virtuoso truncates results silently at ``ResultSetMaxRows`` (10,000 by default); bulk reads
  (``quads``, ``dump``) therefore go graph by graph, and the server's cap is named in the docs.

``location`` says where the server is, ``store`` talks to it, ``wire`` makes its answers standard.
"""

from kg.remote.location import SCHEMES, RemoteLocation, is_remote
from kg.remote.store import RemoteReader, RemoteStore, signature
from kg.remote.wire import with_values

__all__ = ["SCHEMES", "RemoteLocation", "RemoteReader", "RemoteStore", "is_remote", "signature", "with_values"]
