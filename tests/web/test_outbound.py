"""No query reaches the network: the guard decides on a parse, and the kernel refuses what it might miss."""

from __future__ import annotations

import socket
import subprocess
import sys
import threading
from pathlib import Path

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from web_support import make_store

from kg.errors import QueryError
from kg.web.guard import check_query
from kg.web.workers import Job, QueryPool

# The review's bypass: the lexer read <'x> as an IRI where SPARQL reads less-than and a string.
BYPASS = "SELECT * WHERE {{ BIND(1<'x>' AS ?z) SERVICE <{url}/sparql> {{ ?x ?p ?o }} BIND('q' AS ?w) }}"


class Listener:
    """A local listener that counts every connection made to it."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(64)
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        self.hits = 0
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.hits += 1
            conn.close()

    def close(self) -> None:
        self.sock.close()


@pytest.fixture
def listener():
    listening = Listener()
    yield listening
    listening.close()


def test_the_reviews_bypass_is_refused(client, listener) -> None:
    resp = client.get("/sparql", query_string={"query": BYPASS.format(url=listener.url)})
    assert resp.status_code == 403, resp.data
    assert listener.hits == 0


def test_the_bypass_cannot_hide_deep_nesting(client) -> None:
    deep = "SELECT * WHERE { BIND(1<'x>' AS ?z) " + "{" * 2000 + "}" * 2000 + " BIND('q' AS ?w) }"
    resp = client.get("/sparql", query_string={"query": deep})
    assert resp.status_code == 400 and b"nested" in resp.data


def test_query_process_cannot_connect_even_when_the_guard_is_skipped(tmp_path: Path, listener) -> None:
    """Defence in depth: a job sent straight to a query process (no guard) still opens no connection."""
    pool = QueryPool(make_store(tmp_path / "store"), size=1)
    try:
        job = Job(kind="query", sparql=f"SELECT * WHERE {{ SERVICE <{listener.url}/sparql> {{ ?s ?p ?o }} }}",
                  results_format="json")
        with pytest.raises(QueryError, match="network"):
            pool.run(job, timeout=20)
    finally:
        pool.close()
    assert listener.hits == 0


def _kg(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", "from kg.cli import main; main()", *args], capture_output=True, text=True, timeout=60)


def test_cli_refuses_service_unless_allowed(tmp_path: Path, listener) -> None:
    store = make_store(tmp_path / "store")
    query = f"SELECT * WHERE {{ SERVICE <{listener.url}/sparql> {{ ?s ?p ?o }} }}"
    refused = _kg("query", "--store", str(store), query)
    assert refused.returncode != 0 and "--allow-service" in refused.stderr
    assert "Traceback" not in refused.stderr
    hidden = _kg("query", "--store", str(store), BYPASS.format(url=listener.url))
    assert hidden.returncode != 0 and "Traceback" not in hidden.stderr
    assert listener.hits == 0
    _kg("query", "--store", str(store), "--allow-service", query)
    assert listener.hits >= 1  # the flag really lets it through: the refusals above were the guard's doing


# -- fuzzing: valid queries that mix strings, IRIs, comparisons, comments and escapes around SERVICE ----------
# Each fragment is a valid group-pattern element (so Oxigraph would run the query); {n} keeps variables apart.
_FRAGMENTS = [
    r"BIND(1<'x>' AS ?z{n})", r"BIND(1 < '>' AS ?y{n})", r"FILTER(?a{n}<?b{n})", r"FILTER(?c{n}>?d{n})",
    r"BIND('q' AS ?w{n})", r"""BIND("'" AS ?v{n})""", r"BIND('\'' AS ?u{n})", r"?s{n} ex:a\#b ?o{n} .",
    r"?s{n} ex:a\'b ?o{n} .", "# a comment with ' and < and {{\n", "#'\n", r'?s{n} ?p{n} "<" .',
    "?s{n} ?p{n} '''multi\nline ' '''.", r"OPTIONAL {{ ?s{n} ?p{n} <http://x/'> }}",
    r"{{ ?s{n} ?p{n} <http://x/#> }}", r"?s{n} ?p{n} 'SERVICE <http://evil/>' .", r"?s{n} ex:service ?x{n} .",
    r"?s{n} ex:SERVICE ?x{n} .", r'FILTER("#" != "{{")', r'BIND("""x""" AS ?t{n})', r"MINUS {{ ?s{n} ?p{n} ?o{n} }}",
]
_KEYWORDS = ["SERVICE", "service", "SeRvIcE", "SERVICE SILENT"]


def _queries(url: str) -> st.SearchStrategy[tuple[str, str]]:
    """(query with SERVICE, the same query with an OPTIONAL there: proves the text is otherwise valid)."""
    fragments = st.lists(st.sampled_from(_FRAGMENTS), max_size=5)

    def assemble(parts: tuple) -> tuple[str, str]:
        before, word, after = parts
        head = " ".join(f.format(n=i) for i, f in enumerate(before))
        tail = " ".join(f.format(n=i + 10) for i, f in enumerate(after))
        query = "PREFIX ex: <http://x/> SELECT * WHERE {{ {} {} {{ ?x ?p ?o }} {} }}"
        return query.format(head, f"{word} <{url}/sparql>", tail), query.format(head, "OPTIONAL", tail)

    return st.tuples(fragments, st.sampled_from(_KEYWORDS), fragments).map(assemble)


def test_fuzzed_queries_never_reach_a_listener(listener) -> None:
    """Every text the guard lets through runs in Oxigraph here, without the sandbox: the guard alone must hold."""
    store = ox.Store()
    passed, valid = [], []

    @settings(max_examples=500, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    @given(_queries(listener.url))
    def run(pair: tuple[str, str]) -> None:
        query, twin = pair
        try:
            store.query(twin)
            valid.append(twin)
        except SyntaxError:
            pass
        try:
            check_query(query)
        except QueryError:
            return
        passed.append(query)
        try:
            list(store.query(query))
        except (SyntaxError, OSError, ValueError):
            pass

    run()
    assert len(valid) > 250, f"the generator should produce valid queries ({len(valid)} of 500)"
    assert listener.hits == 0, f"a fuzzed query reached the listener; allowed: {passed[-3:]}"


def test_cli_depth_check_holds_with_allow_service_too(tmp_path: Path) -> None:
    """With --allow-service only the depth check stands between the text and Oxigraph's recursive parser; the
    lexer trick that hid SERVICE must not hide nesting from it either."""
    store = make_store(tmp_path / "store")
    deep = "SELECT * WHERE { BIND(1<'x>' AS ?z) " + "{" * 3000 + "}" * 3000 + " BIND('q' AS ?w) }"
    out = _kg("query", "--store", str(store), "--allow-service", deep)
    assert out.returncode not in (0, -11, 139) and "nested" in out.stderr and "Traceback" not in out.stderr
