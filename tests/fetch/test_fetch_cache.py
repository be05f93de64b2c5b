"""kg/fetch/cache.py: pages kept beside the store with their fetch record, read back by kg.sources."""

from __future__ import annotations

import datetime as dt

from kg import sources
from kg.fetch.cache import PageCache, cache_dir, page_id
from kg.fetch.http import Page


def _page(url: str, text: str = "<html><body><p>x</p></body></html>") -> Page:
    return Page(url, url.replace("/old/", "/new/"), 200, "text/html", text.encode("cp1252"), charset="cp1252",
                fetched_at=dt.datetime(2026, 11, 20, 8, 30, tzinfo=dt.timezone.utc))


def test_page_id_is_stable_readable_and_distinct():
    a = page_id("https://news.example.org/world/2026/talks-resume.html")
    assert a == page_id("https://news.example.org/world/2026/talks-resume.html")
    assert a.startswith("news-example-org-world-2026-talks-resume-")
    assert a != page_id("https://news.example.org/world/2026/talks-resume.html?page=2")
    assert len(page_id("https://example.org/" + "x" * 500)) < 80


def test_cache_is_beside_the_store(tmp_path):
    assert cache_dir(tmp_path / ".kg-store") == tmp_path / ".kg-store-cache"


def test_put_keeps_utf8_text_and_a_record_sources_reads(tmp_path):
    cache = PageCache(tmp_path / "cache")
    path = cache.put(_page("https://example.org/old/a.html", "<p>Besançon – São Tomé</p>"))
    assert cache.get("https://example.org/old/a.html") == path
    assert "Besançon – São Tomé" in path.read_text(encoding="utf-8")
    retrieval = sources.read_retrieval(path)
    assert retrieval == sources.Retrieval("https://example.org/old/a.html", "https://example.org/new/a.html", 200,
                                          dt.datetime(2026, 11, 20, 8, 30, tzinfo=dt.timezone.utc))


def test_known_pages_carry_their_urls_and_text_hash(tmp_path):
    cache = PageCache(tmp_path / "cache")
    path = cache.put(_page("https://example.org/old/a.html"))
    cache.note(path, canonical_url="https://example.org/a", text_sha256="ab" * 32)
    [known] = cache.known()
    assert known.path == path and known.text_sha256 == "ab" * 32
    assert known.urls == {"https://example.org/old/a.html", "https://example.org/new/a.html", "https://example.org/a"}
    cache.drop(path)
    assert cache.known() == [] and cache.get("https://example.org/old/a.html") is None


def test_unreadable_record_is_one_clear_error(tmp_path):
    import pytest

    from kg.errors import SourceError

    cache = PageCache(tmp_path / "cache")
    path = cache.put(_page("https://example.org/a.html"))
    path.with_suffix(sources.RETRIEVAL_SUFFIX).write_text("{}", encoding="utf-8")
    with pytest.raises(SourceError, match="unreadable fetch record"):
        sources.read_retrieval(path)
