"""kg/fetch/watch.py: feeds polled with conditional requests; only new entries fetched and ingested; state
kept across restarts; Ctrl-C stops cleanly."""

from __future__ import annotations

import pytest

from kg.build import graph_iri
from kg.fetch.cache import PageCache
from kg.fetch.collect import Collector
from kg.fetch.feeds import FeedRegistry
from kg.fetch.watch import poll_once, watch
from kg.pipeline import ingest
from kg.store import Store


@pytest.fixture
def setup(site, tmp_path, fetcher):
    store_dir = tmp_path / "store"
    registry = FeedRegistry(store_dir)
    lines: list[str] = []
    collector = Collector(fetcher=fetcher, cache=PageCache(tmp_path / "store-cache"), log=lines.append)
    store = Store(None)
    hooks = dict(ingest=lambda paths: ingest(paths, store=store, extractor="rules"),
                 in_store=lambda doc_id: str(graph_iri(doc_id)) in store.graphs(), log=lines.append)
    return registry, collector, store, hooks, lines


def _articles(store: Store) -> set[str]:
    return {g for g in store.graphs() if "/graph/127-0-0-1-news-" in g and not g.endswith("/inferred")}


def test_second_cycle_lands_exactly_the_new_entry(site, setup):
    registry, collector, store, hooks, lines = setup
    registry.add(f"{site.base}/feeds/rss.xml")
    assert poll_once(registry, collector, **hooks).new == 3
    assert len(_articles(store)) == 3
    site.rss_slugs.append("accord")
    site.feeds()
    second = poll_once(registry, collector, **hooks)
    assert second.new == 1 and len(_articles(store)) == 4
    assert any(line.startswith("new") and "/news/accord.html" in line for line in lines)
    for slug in ("talks", "summit", "visit", "accord"):
        assert site.hits(f"/news/{slug}.html") == 1


def test_unchanged_feed_answers_304_and_nothing_is_fetched(site, setup):
    registry, collector, store, hooks, lines = setup
    registry.add(f"{site.base}/feeds/rss.xml")
    registry.add(f"{site.base}/feeds/atom.xml")
    first = poll_once(registry, collector, **hooks)
    assert first.new == 3            # talks and summit are in both feeds: fetched and ingested once
    requests = len(site.log)
    again = poll_once(registry, collector, **hooks)
    assert (again.new, again.feeds_unchanged) == (0, 2) and len(site.log) == requests + 2
    conditional = [h for p, h in site.log[-2:]]
    assert conditional[0].get("If-None-Match") and conditional[1].get("If-Modified-Since")


def test_atom_feed_gaining_an_entry(site, setup):
    registry, collector, store, hooks, lines = setup
    registry.add(f"{site.base}/feeds/atom.xml")
    assert poll_once(registry, collector, **hooks).new == 2
    site.atom_slugs.append("visit")
    site.feeds()
    assert poll_once(registry, collector, **hooks).new == 1 and len(_articles(store)) == 3


def test_state_survives_a_restart(site, setup, tmp_path, fetcher):
    registry, collector, store, hooks, lines = setup
    registry.add(f"{site.base}/feeds/rss.xml")
    poll_once(registry, collector, **hooks)
    restarted = Collector(fetcher=fetcher, cache=PageCache(tmp_path / "store-cache"), log=lines.append)
    assert poll_once(FeedRegistry(registry.path.parent), restarted, **hooks).new == 0
    assert site.hits("/news/talks.html") == 1


def test_transient_failure_is_retried_next_cycle(site, setup):
    registry, collector, store, hooks, lines = setup
    site.rss_slugs = ["talks", "summit"]
    good = site.routes["/news/summit.html"]
    site.routes["/news/summit.html"] = site.routes["/broken.html"]
    site.feeds()
    registry.add(f"{site.base}/feeds/rss.xml")
    assert poll_once(registry, collector, **hooks).new == 1
    site.routes["/news/summit.html"] = good
    site.rss_slugs.append("visit")
    site.feeds()
    assert poll_once(registry, collector, **hooks).new == 2   # summit again, and the new visit


def test_ctrl_c_stops_cleanly_with_state_kept(site, setup):
    registry, collector, store, hooks, lines = setup
    registry.add(f"{site.base}/feeds/rss.xml")

    def interrupt(seconds: float) -> None:
        raise KeyboardInterrupt

    assert watch(registry, collector, interval=60, sleep=interrupt, **hooks) == 3
    assert lines[-1] == "stopped" and len(registry.feeds()[0].seen) == 3


def test_watch_without_feeds_is_one_clear_error(tmp_path, setup):
    from kg.errors import KGError

    registry, collector, store, hooks, lines = setup
    with pytest.raises(KGError, match="no feeds to watch"):
        watch(registry, collector, interval=1, cycles=1, **hooks)
