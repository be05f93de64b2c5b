"""The baseline of issue 11 item 4: pyoxigraph behind gunicorn with nothing else — no guard, no time limit, no
query processes, no row cap. bench/bench_endpoint.py --overhead serves the same store with it and with
`kg serve`, and drives both with wrk in the same run.

    KG_BENCH_STORE=DIR gunicorn -w 2 -k sync -b 127.0.0.1:PORT unguarded_app:app   (from bench/)
"""

from __future__ import annotations

import os
from urllib.parse import parse_qs

import pyoxigraph as ox

_store = None


def app(environ, start_response):
    global _store
    if _store is None:  # opened in each worker after fork
        _store = ox.Store.read_only(os.environ["KG_BENCH_STORE"])
    size = int(environ.get("CONTENT_LENGTH") or 0)
    form = parse_qs(environ["wsgi.input"].read(size).decode("utf-8")) if size else parse_qs(environ.get("QUERY_STRING", ""))
    result = _store.query(form["query"][0], use_default_graph_as_union=True)
    body = result.serialize(format=ox.QueryResultsFormat.JSON)
    start_response("200 OK", [("Content-Type", "application/sparql-results+json"),
                              ("Content-Length", str(len(body)))])
    return [body]
