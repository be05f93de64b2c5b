"""kg/fetch/collect.py: URLs → cached article files; failures skipped with one line, the rest go on; nothing
fetched twice; duplicates by URL and by text left out."""

from __future__ import annotations

import datetime as dt

import pytest

from kg import sources
from kg.fetch.cache import PageCache
from kg.fetch.collect import Collector


@pytest.fixture
def lines() -> list[str]:
    return []


@pytest.fixture
def collector(tmp_path, fetcher, lines) -> Collector:
    return Collector(fetcher=fetcher, cache=PageCache(tmp_path / "store-cache"), log=lines.append)


def test_article_lands_with_metadata_and_retrieval(site, collector):
    before = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    [outcome] = collector.collect([f"{site.base}/old/talks"]).outcomes
    assert outcome.status == "new"
    doc = sources.load(outcome.path)
    assert doc.title == "Portugal and Chile resume security talks in Lisbon"
    assert (doc.publisher, doc.author) == ("Test Wire", "Rita Sousa")
    assert doc.published == dt.date(2026, 11, 25)
    assert doc.url == f"{site.base}/news/talks.html"      # the page's canonical URL
    r = doc.retrieval
    assert (r.url, r.final_url, r.status) == (f"{site.base}/old/talks", f"{site.base}/news/talks.html", 200)
    assert before <= r.fetched_at <= dt.datetime.now(dt.timezone.utc)
    assert "drug trafficking" in doc.text


def test_nothing_fetched_twice(site, collector, fetcher):
    urls = [f"{site.base}/news/talks.html", f"{site.base}/news/summit.html"]
    first = collector.collect(urls)
    requests = fetcher.requests
    again = collector.collect(urls)
    assert [o.status for o in again.outcomes] == ["cached", "cached"] and again.paths == first.paths
    assert fetcher.requests == requests and site.hits("/news/talks.html") == 1


def test_refresh_refetches(site, tmp_path, fetcher, lines):
    cache = PageCache(tmp_path / "cache")
    Collector(fetcher=fetcher, cache=cache, log=lines.append).collect([f"{site.base}/news/talks.html"])
    [outcome] = Collector(fetcher=fetcher, cache=cache, log=lines.append, refresh=True).collect(
        [f"{site.base}/news/talks.html"]).outcomes
    assert outcome.status == "new" and site.hits("/news/talks.html") == 2


def test_same_text_under_another_url_is_a_duplicate(site, collector, lines):
    outcomes = collector.collect([f"{site.base}/news/talks.html", f"{site.base}/copy/talks.html"]).outcomes
    assert [o.status for o in outcomes] == ["new", "duplicate"]
    assert "same article as 127-0-0-1-news-talks" in lines[-1]
    assert len(collector.cache.known()) == 1


def test_feed_url_gives_one_article_per_entry(site, collector):
    collected = collector.collect([f"{site.base}/feeds/rss.xml"])
    assert [o.url for o in collected.outcomes] == [f"{site.base}/news/{s}.html" for s in ("talks", "summit", "visit")]
    assert all(o.status == "new" for o in collected.outcomes)


def test_failures_skipped_with_one_line_each_and_the_rest_land(site, collector, lines):
    bad = ["/to-private", "/private/memo.html", "/huge.html", "/report.pdf", "/missing.html", "/empty.html"]
    urls = [f"{site.base}/news/talks.html", *(site.base + p for p in bad), f"{site.base}/latin1.html"]
    collected = collector.collect(urls)
    assert [o.url for o in collected.outcomes if o.usable] == [urls[0], urls[-1]]
    skips = [line for line in lines if line.startswith("skip ")]
    assert len(skips) == len(bad) and all("\n" not in line for line in skips)
    for path, reason in zip(bad, ["private address", "robots.txt", "byte cap", "application/pdf",
                                  "HTTP 404", "no article text"]):
        assert any(path in line and reason in line for line in skips), (path, skips)
    assert not any(p.name.startswith("127-0-0-1-empty") for p in collector.cache.folder.iterdir())

