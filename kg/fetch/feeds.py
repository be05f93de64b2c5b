"""RSS and Atom feeds: recognise one, list its entries' article links (feedparser), and keep the feeds a
store follows with their polling state in <store>/feeds.json, so a watch survives restarts."""

from __future__ import annotations

import datetime as dt
import json
import os
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from urllib.parse import urljoin

from kg.errors import KGError
from kg.fetch.http import FEED_TYPES, Page

REGISTRY_FILE = "feeds.json"
SNIFF = (b"<rss", b"<feed", b"<rdf:rdf")


def looks_like_feed(page: Page) -> bool:
    """A feed by its type, or an XML/HTML-typed body that opens like RSS, Atom or RSS 1.0."""
    if page.content_type in FEED_TYPES - {"application/xml", "text/xml"}:
        return True
    head = page.body[:2048].lstrip().lower()
    return any(tag in head for tag in SNIFF) and not head.startswith((b"<!doctype html", b"<html"))


def entry_links(page: Page) -> list[str]:
    """The article links of a feed's entries, absolute, in feed order, without repeats."""
    import feedparser

    parsed = feedparser.parse(page.body, response_headers={"content-location": page.final_url,
                                                           "content-type": page.content_type})
    if not parsed.get("version") and (parsed.get("bozo") or not parsed.entries):
        raise KGError(f"{page.url}: not an RSS or Atom feed")
    links: list[str] = []
    for entry in parsed.entries:
        link = entry.get("link") or next((l.get("href") for l in entry.get("links", []) if l.get("href")), "")
        if link:
            link = urljoin(page.final_url, link.strip())
            if link not in links:
                links.append(link)
    return links


@dataclass(frozen=True)
class Feed:
    url: str
    added: str
    etag: str = ""
    last_modified: str = ""
    last_polled: str = ""
    seen: tuple[str, ...] = field(default_factory=tuple)   # entry links already ingested or refused for good


class FeedRegistry:
    """The feeds of one store, in one JSON file written atomically."""

    def __init__(self, store: Path) -> None:
        self.path = store / REGISTRY_FILE

    def feeds(self) -> list[Feed]:
        if not self.path.is_file():
            return []
        try:
            rows = json.loads(self.path.read_text(encoding="utf-8"))["feeds"]
            return [Feed(**{**row, "seen": tuple(row.get("seen", ()))}) for row in rows]
        except (ValueError, KeyError, TypeError) as exc:
            raise KGError(f"{self.path}: unreadable feed list ({exc})") from None

    def add(self, url: str) -> bool:
        feeds = self.feeds()
        if any(f.url == url for f in feeds):
            return False
        now = dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()
        self._save([*feeds, Feed(url=url, added=now)])
        return True

    def remove(self, url: str) -> bool:
        feeds = self.feeds()
        kept = [f for f in feeds if f.url != url]
        if len(kept) == len(feeds):
            return False
        self._save(kept)
        return True

    def update(self, feed: Feed, **changes: object) -> Feed:
        new = replace(feed, **changes)  # type: ignore[arg-type]
        self._save([new if f.url == feed.url else f for f in self.feeds()])
        return new

    def _save(self, feeds: list[Feed]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(f".{self.path.name}.tmp")
        tmp.write_text(json.dumps({"feeds": [{**asdict(f), "seen": list(f.seen)} for f in feeds]}, indent=1) + "\n",
                       encoding="utf-8")
        os.replace(tmp, self.path)
