"""The issue's 'done when', through the CLI: an article URL lands with metadata and provenance; a feed of three
lands three and a second watch cycle after one more entry lands exactly one; refusals are one line each."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.errors import KGError
from kg.store import Store

FETCH = ["--allow-private", "--delay", "0"]


@pytest.fixture
def kg(tmp_path):
    store = tmp_path / "store"

    def run(*args: str):
        return CliRunner().invoke(cli, [*args, "--store", str(store)])

    run.store = store  # type: ignore[attr-defined]
    return run


def _rows(store_dir, sparql: str) -> list[tuple[str, ...]]:
    with Store(store_dir, read_only=True) as store:
        return [tuple(t.value if t is not None else "" for t in row) for row in store.query(sparql)]


PROVENANCE = """
PREFIX dcterms: <http://purl.org/dc/terms/>  PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX schema: <https://schema.org/>  PREFIX http: <http://www.w3.org/2011/http#>
SELECT ?title ?publisher ?author ?issued ?canonical ?asked ?final ?status ?at WHERE {
  GRAPH ?g {
    ?doc dcterms:title ?title ; dcterms:publisher ?publisher ; dcterms:creator ?author ; dcterms:issued ?issued ;
         schema:url ?canonical .
    ?fetch prov:generated ?doc ; http:absoluteURI ?asked ; prov:endedAtTime ?at ;
           http:resp [ http:statusCodeValue ?status ; schema:url ?final ] .
    ?ingest prov:used ?doc ; prov:wasInformedBy ?fetch .
  }
}"""


def test_article_url_lands_with_metadata_and_provenance(site, kg):
    result = kg("ingest", f"{site.base}/old/talks", *FETCH)
    assert result.exit_code == 0, result.output
    [row] = _rows(kg.store, PROVENANCE)
    assert row[:5] == ("Portugal and Chile resume security talks in Lisbon", "Test Wire", "Rita Sousa",
                       "2026-11-25", f"{site.base}/news/talks.html")
    assert row[5:8] == (f"{site.base}/old/talks", f"{site.base}/news/talks.html", "200") and row[8]
    assert (kg.store.parent / "store-cache").is_dir()


def test_refusals_are_one_line_each_and_the_rest_land(site, kg):
    bad = ["/to-metadata", "/private/memo.html", "/huge.html", "/report.pdf"]
    result = kg("ingest", f"{site.base}/news/talks.html", *(site.base + p for p in bad),
                f"{site.base}/news/summit.html", *FETCH)
    assert result.exit_code == 1
    skips = [line for line in result.output.splitlines() if line.startswith("skip ")]
    assert len(skips) == 4 and all(any(p in line for line in skips) for p in bad)
    assert "ingested 2 article(s)" in result.output and "4 URL(s) skipped" in result.output
    assert len(_rows(kg.store, PROVENANCE)) == 2


def test_feed_then_watch_lands_only_the_new_entry(site, kg):
    assert kg("feed", "add", f"{site.base}/feeds/rss.xml").exit_code == 0
    first = kg("watch", "--cycles", "1", *FETCH)
    assert first.exit_code == 0, first.output
    assert "cycle 1: 3 new article(s)" in first.output
    site.rss_slugs.append("accord")
    site.feeds()
    second = kg("watch", "--cycles", "1", *FETCH)
    assert "cycle 1: 1 new article(s)" in second.output
    [landed] = [line for line in second.output.splitlines() if line.startswith("new")]
    assert f"{site.base}/news/accord.html" in landed
    assert len(_rows(kg.store, PROVENANCE)) == 4
    listed = kg("feed", "list")
    assert f"{site.base}/feeds/rss.xml" in listed.output and "4 entries seen" in listed.output


def test_ingest_feed_url_directly(site, kg):
    result = kg("ingest", f"{site.base}/feeds/atom.xml", *FETCH)
    assert result.exit_code == 0 and "ingested 2 article(s)" in result.output


def test_feed_remove_and_mistakes(site, kg):
    kg("feed", "add", f"{site.base}/feeds/rss.xml")
    assert kg("feed", "remove", f"{site.base}/feeds/rss.xml").exit_code == 0
    missing = kg("feed", "remove", f"{site.base}/feeds/rss.xml")
    assert isinstance(missing.exception, KGError) and "not a followed feed" in str(missing.exception)
    bad = kg("feed", "add", "ftp://example.org/feed")
    assert isinstance(bad.exception, KGError) and "only http and https" in str(bad.exception)


def test_every_url_refused_is_an_error(site, kg):
    result = kg("ingest", f"{site.base}/report.pdf", *FETCH)
    assert isinstance(result.exception, KGError) and "none of the 1 URL(s)" in str(result.exception)
    assert site.hits("/report.pdf") == 1


def test_rebuild_from_the_cache_fetches_nothing(site, kg, tmp_path):
    kg("ingest", f"{site.base}/news/talks.html", f"{site.base}/news/visit.html", *FETCH)
    requests = len(site.log)
    rebuilt = CliRunner().invoke(cli, ["ingest", str(kg.store.parent / "store-cache"),
                                       "--store", str(tmp_path / "rebuilt")])
    assert rebuilt.exit_code == 0 and "ingested 2 article(s)" in rebuilt.output
    assert len(site.log) == requests
    assert sorted(_rows(tmp_path / "rebuilt", PROVENANCE)) == sorted(_rows(kg.store, PROVENANCE))


def test_ctrl_c_stops_watch_cleanly(site, kg):
    """A real process and a real SIGINT: the watch says 'stopped', exits 0, no traceback, state kept."""
    import signal
    import subprocess
    import sys
    import time

    from kg.fetch.feeds import FeedRegistry

    kg("feed", "add", f"{site.base}/feeds/atom.xml")
    proc = subprocess.Popen([sys.executable, "-c", "from kg.cli import main; main()", "watch", "--interval", "60",
                             "--store", str(kg.store), *FETCH], stderr=subprocess.PIPE, text=True)
    lines = []
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        line = proc.stderr.readline()
        lines.append(line)
        if line.startswith("cycle 1") or not line:
            break
    proc.send_signal(signal.SIGINT)
    rest = proc.communicate(timeout=30)[1]
    assert proc.returncode == 0, rest
    assert "cycle 1: 2 new article(s)" in "".join(lines) and rest.strip().endswith("stopped")
    assert "Traceback" not in rest
    assert len(FeedRegistry(kg.store).feeds()[0].seen) == 2
