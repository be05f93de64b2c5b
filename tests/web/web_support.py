"""Helpers for the web tests (imported by conftest.py and the test modules): stores, a live server."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

from kg.store import Store

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
    code = (
        "import sys; from pathlib import Path; from kg.config import Settings; from kg.web.server import run\n"
        f"run(Settings(store=Path({str(store)!r}), host='127.0.0.1', port=0, workers={workers}, "
        f"query_timeout={timeout}, max_rows={max_rows}, update_token={update_token!r}))\n"
    )
    process = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                               text=True, cwd=REPO, start_new_session=True)
    deadline = time.monotonic() + 30
    assert process.stdout is not None
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if not line:
            break
        match = re.search(r"listening on (http://[\d.]+:\d+)/sparql", line)
        if match:
            return LiveServer(process, match.group(1))
    stop_server(process)
    raise RuntimeError("kg serve did not start")


def stop_server(process: subprocess.Popen) -> None:
    """SIGTERM the server's own process group (the gunicorn master we started, its workers and their children)."""
    try:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(15)
    except ProcessLookupError:
        pass
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(5)


