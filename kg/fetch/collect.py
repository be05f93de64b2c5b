"""URLs → cached article files for the ordinary pipeline. A page URL gives one article, a feed URL one per
entry; a URL that fails or is refused is skipped with a one-line reason and the others go on."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from kg import sources
from kg.errors import KGError
from kg.fetch import feeds
from kg.fetch.cache import PageCache
from kg.fetch.http import FEED_TYPES, HTML_TYPES, Fetcher
from kg.fetch.safety import FetchRefused

Log = Callable[[str], None]


@dataclass(frozen=True)
class Outcome:
    url: str
    status: str            # new | cached | duplicate | skipped
    path: Path | None = None
    reason: str = ""
    transient: bool = False

    @property
    def usable(self) -> bool:
        return self.path is not None


@dataclass
class Collected:
    outcomes: list[Outcome] = field(default_factory=list)

    @property
    def paths(self) -> list[Path]:
        return [o.path for o in self.outcomes if o.path is not None]

    @property
    def skipped(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.status == "skipped"]


class Collector:
    def __init__(self, *, fetcher: Fetcher, cache: PageCache, log: Log, refresh: bool = False) -> None:
        self.fetcher, self.cache, self.log, self.refresh = fetcher, cache, log, refresh
        self._by_text: dict[str, Path] | None = None
        self._by_url: dict[str, Path] = {}

    def collect(self, urls: list[str]) -> Collected:
        """Each URL: a page (fetched unless cached) or a feed (every entry's page)."""
        out = Collected()
        for url in urls:
            if not self.refresh and self.cache.get(url):
                out.outcomes.append(self._report(Outcome(url, "cached", self.cache.get(url))))
                continue
            try:
                page = self.fetcher.get(url, accept=HTML_TYPES | FEED_TYPES)
            except FetchRefused as exc:
                out.outcomes.append(self._report(Outcome(url, "skipped", reason=str(exc), transient=exc.transient)))
                continue
            if feeds.looks_like_feed(page):
                try:
                    links = feeds.entry_links(page)
                except KGError as exc:
                    out.outcomes.append(self._report(Outcome(url, "skipped", reason=str(exc))))
                    continue
                self.log(f"feed {url}: {len(links)} entries")
                out.outcomes.extend(self.article(link) for link in links)
            else:
                out.outcomes.append(self._keep(url, page))
        return out

    def article(self, url: str) -> Outcome:
        """One article page: from the cache, or fetched, checked for text and for a duplicate, and kept."""
        cached = self.cache.get(url)
        if cached and not self.refresh:
            return self._report(Outcome(url, "cached", cached))
        try:
            page = self.fetcher.get(url, accept=HTML_TYPES)
        except FetchRefused as exc:
            return self._report(Outcome(url, "skipped", reason=str(exc), transient=exc.transient))
        return self._keep(url, page)

    def _keep(self, url: str, page) -> Outcome:
        if not page.is_html:
            return self._report(Outcome(url, "skipped", reason=f"{url}: {page.content_type} is not HTML; refused"))
        path = self.cache.put(page)
        try:
            document = sources.load(path)
        except KGError as exc:
            self.cache.drop(path)
            return self._report(Outcome(url, "skipped", reason=str(exc).replace(str(path), url)))
        same = self._duplicate_of(path, document)
        if same is not None:
            self.cache.drop(path)
            return self._report(Outcome(url, "duplicate", reason=f"{url}: same article as {same.stem}"))
        self.cache.note(path, canonical_url=document.url, text_sha256=document.sha256)
        retrieval = document.retrieval
        self._remember(path, frozenset(u for u in (url, document.url, retrieval and retrieval.final_url) if u),
                       document.sha256)
        return self._report(Outcome(url, "new", path))

    def _duplicate_of(self, path: Path, document: sources.Document) -> Path | None:
        """Another cached page with the same text, or whose URLs include this page's canonical URL."""
        if self._by_text is None:   # read the cache's records once per run, then keep the index up to date
            self._by_text, self._by_url = {}, {}
            for known in self.cache.known():
                self._remember(known.path, known.urls, known.text_sha256)
        for same in (self._by_text.get(document.sha256), self._by_url.get(document.url)):
            if same is not None and same != path and same.is_file():
                return same
        return None

    def _remember(self, path: Path, urls: frozenset[str], text_sha256: str) -> None:
        assert self._by_text is not None and self._by_url is not None
        if text_sha256:
            self._by_text.setdefault(text_sha256, path)
        for url in urls:
            self._by_url.setdefault(url, path)

    def _report(self, outcome: Outcome) -> Outcome:
        if outcome.status == "skipped":
            self.log(f"skip {outcome.reason}")
        elif outcome.status == "duplicate":
            self.log(f"dupe {outcome.reason}")
        else:
            self.log(f"{outcome.status:<6} {outcome.url} → {outcome.path.stem}")  # type: ignore[union-attr]
        return outcome


def make_collector(*, store: Path, log: Log, refresh: bool = False, allow_private: bool = False,
                   delay: float | None = None) -> Collector:
    """The collector the CLI uses: default policy, the page cache beside ``store``."""
    from dataclasses import replace

    from kg.fetch.cache import cache_dir
    from kg.fetch.http import FetchPolicy
    from kg.fetch.safety import PRIVATE_NETWORKS

    policy = FetchPolicy(allow=PRIVATE_NETWORKS if allow_private else ())
    if delay is not None:
        policy = replace(policy, min_interval=delay)
    return Collector(fetcher=Fetcher(policy), cache=PageCache(cache_dir(store)), log=log, refresh=refresh)
