"""kg/fetch/feeds.py: RSS and Atom entries (feedparser) and the feed list kept in the store folder."""

from __future__ import annotations

import pytest

from kg.errors import KGError
from kg.fetch.feeds import FeedRegistry, entry_links, looks_like_feed
from kg.fetch.http import FEED_TYPES, HTML_TYPES


@pytest.mark.parametrize("path, slugs", [("/feeds/rss.xml", ["talks", "summit", "visit"]),
                                         ("/feeds/atom.xml", ["talks", "summit"])])
def test_entry_links_in_feed_order_and_absolute(site, fetcher, path, slugs):
    page = fetcher.get(site.base + path, accept=FEED_TYPES)
    assert looks_like_feed(page)
    assert entry_links(page) == [f"{site.base}/news/{s}.html" for s in slugs]   # Atom's links are relative


def test_feed_served_as_plain_xml_is_recognised(site, fetcher):
    site.routes["/feeds/rss.xml"].content_type = "text/xml"
    assert looks_like_feed(fetcher.get(f"{site.base}/feeds/rss.xml", accept=FEED_TYPES))


def test_html_page_is_not_a_feed(site, fetcher):
    page = fetcher.get(f"{site.base}/news/talks.html", accept=HTML_TYPES)
    assert not looks_like_feed(page)
    with pytest.raises(KGError, match="not an RSS or Atom feed"):
        entry_links(page)


def test_registry_survives_a_restart(tmp_path):
    store = tmp_path / "store"
    assert FeedRegistry(store).add("https://example.org/rss") and not FeedRegistry(store).add("https://example.org/rss")
    FeedRegistry(store).add("https://example.org/atom")
    registry = FeedRegistry(store)
    feed = registry.feeds()[0]
    registry.update(feed, etag='"v2"', seen=("https://example.org/a",))
    again = FeedRegistry(store).feeds()
    assert [f.url for f in again] == ["https://example.org/rss", "https://example.org/atom"]
    assert again[0].etag == '"v2"' and again[0].seen == ("https://example.org/a",)
    assert FeedRegistry(store).remove("https://example.org/rss") and not FeedRegistry(store).remove("https://x/")
    assert [f.url for f in FeedRegistry(store).feeds()] == ["https://example.org/atom"]


def test_broken_feed_list_is_one_clear_error(tmp_path):
    (tmp_path / "feeds.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(KGError, match="unreadable feed list"):
        FeedRegistry(tmp_path).feeds()
