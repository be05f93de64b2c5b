"""Helpers for the web tests (imported by conftest.py and the test modules): stores, a live server."""

from __future__ import annotations

import subprocess
from pathlib import Path

from kg.store import Store
from kg.web.server import launch, stop

ROOT = Path(__file__).resolve().parents[2]

REPO = Path(__file__).resolve().parents[2]
W3C = REPO.parent / "shared" / "w3c"
TOKEN = "s3cret-update-token"

EX_GRAPH = "https://w3id.org/kg/graph/test-article"
EX_TRIPLES = """\
<https://w3id.org/kg/id/a> <http://www.w3.org/2000/01/rdf-schema#label> "Alpha" .
<https://w3id.org/kg/id/b> <http://www.w3.org/2000/01/rdf-schema#label> "Beta <b>&amp;</b>"@en .
<https://w3id.org/kg/id/a> <https://w3id.org/kg/ontology#meets> <https://w3id.org/kg/id/b> .
"""


def make_store(path: Path, graphs: dict[str, str] | None = None) -> Path:
    """A store on disk at ``path`` holding ``graphs`` (IRI → N-Triples), closed again so servers can open it."""
    with Store(path) as store:
        store.replace_graphs(graphs if graphs is not None else {EX_GRAPH: EX_TRIPLES})
    return path


class LiveServer:
    def __init__(self, process: subprocess.Popen, url: str) -> None:
        self.process, self.url = process, url

    @property
    def endpoint(self) -> str:
        return self.url + "/sparql"


def start_server(store: Path, *, workers: int = 2, timeout: float = 30.0, max_rows: int = 10_000,
                 update_token: str | None = None) -> LiveServer:
    process, url = launch(store, workers=workers, timeout=timeout, max_rows=max_rows, update_token=update_token,
                          wait=30)
    return LiveServer(process, url)


stop_server = stop





def serve_seeds_and_corpus(store: Path):  # -> Iterator[str]: a live server's URL, stopped afterwards
    """``kg serve`` over the seed articles and ../shared/corpus (when present), for the browser tests of views
    that need several reports of one event."""
    from kg.pipeline import ingest

    articles = [ROOT / "data" / "articles"]
    shared = ROOT.parent / "shared" / "corpus"
    if shared.is_dir():
        articles += sorted(shared.glob("*.txt"))
    with Store(store) as s:
        ingest(articles, store=s)
    live = start_server(store, workers=1)
    try:
        yield live.url
    finally:
        stop_server(live.process)
