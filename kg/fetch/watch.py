"""Poll the registered feeds: a conditional GET per feed (ETag / Last-Modified), then only the entries not
seen before are fetched and ingested, one log line per article; Ctrl-C stops between steps, state kept."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from kg.errors import KGError
from kg.fetch import feeds
from kg.fetch.collect import Collector, Log
from kg.fetch.feeds import FeedRegistry
from kg.fetch.http import FEED_TYPES
from kg.fetch.safety import FetchRefused

Ingest = Callable[[list[Path]], None]     # cached pages → the store
InStore = Callable[[str], bool]           # is this article id already in the store?


@dataclass(frozen=True)
class Cycle:
    new: int = 0
    skipped: int = 0
    feeds_unchanged: int = 0


def poll_once(registry: FeedRegistry, collector: Collector, *, ingest: Ingest, in_store: InStore,
              log: Log) -> Cycle:
    new = skipped = unchanged = 0
    for feed in registry.feeds():
        now = dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()
        try:
            page = collector.fetcher.get(feed.url, accept=FEED_TYPES, etag=feed.etag,
                                         last_modified=feed.last_modified)
            if page.not_modified:
                unchanged += 1
                log(f"feed {feed.url}: not modified")
                registry.update(feed, last_polled=now)
                continue
            links = feeds.entry_links(page)
        except KGError as exc:   # FetchRefused or not a feed: this feed waits for the next cycle
            log(f"skip feed {exc}")
            continue
        fresh = [link for link in links if link not in feed.seen]
        log(f"feed {feed.url}: {len(links)} entries, {len(fresh)} not seen before")
        paths: list[Path] = []
        settled: list[str] = []
        for link in fresh:
            outcome = collector.article(link)
            if outcome.path is not None and (outcome.status == "new" or not in_store(outcome.path.stem)):
                paths.append(outcome.path)
            if outcome.status == "skipped":
                skipped += 1
            if not outcome.transient:   # a timeout or a 5xx is tried again next cycle
                settled.append(link)
        if paths:
            try:
                ingest(paths)
                new += len(paths)
            except KGError as exc:   # a page that fails extraction or validation would fail every cycle
                log(f"skip ingest: {exc}")
                skipped += len(paths)
        registry.update(feed, etag=page.etag, last_modified=page.last_modified, last_polled=now,
                        seen=tuple(dict.fromkeys([*feed.seen, *settled])))
    return Cycle(new, skipped, unchanged)


def watch(registry: FeedRegistry, collector: Collector, *, ingest: Ingest, in_store: InStore, log: Log,
          interval: float, cycles: int | None = None, sleep: Callable[[float], None] = time.sleep) -> int:
    """Poll every interval seconds, cycles times (forever if None); returns the number of articles ingested."""
    if not registry.feeds():
        raise KGError(f"{registry.path}: no feeds to watch (add one with 'kg feed add URL')")
    total = done = 0
    try:
        while True:
            cycle = poll_once(registry, collector, ingest=ingest, in_store=in_store, log=log)
            total += cycle.new
            done += 1
            log(f"cycle {done}: {cycle.new} new article(s), {cycle.skipped} skipped")
            if cycles is not None and done >= cycles:
                break
            sleep(interval)
    except KeyboardInterrupt:
        log("stopped")
    return total
