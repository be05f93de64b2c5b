"""Polite and safe HTTP GET: robots.txt, a per-host rate limit and concurrency cap, timeouts, a size cap,
redirects followed with a limit and re-checked at every hop, only the content types asked for, charset detection.

Built on urllib3 (a trafilatura dependency). Every connection goes to an address checked by safety.py.
"""

from __future__ import annotations

import datetime as dt
import re
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from urllib.parse import quote, urljoin, urlsplit

import urllib3

import kg
from kg.fetch.safety import FetchRefused, Network, resolve, split_url

USER_AGENT = f"kg/{kg.__version__} (+https://w3id.org/kg/; news knowledge graph; fetches only what a user asked for)"
ROBOTS_AGENT = "kg"
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
FEED_TYPES = frozenset({"application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml",
                        "text/xml"})
REDIRECTS = frozenset({301, 302, 303, 307, 308})
ROBOTS_MAX_BYTES = 512_000   # RFC 9309 asks parsers to read at least 500 KiB
MAX_CRAWL_DELAY = 30.0       # a robots.txt Crawl-delay beyond this is capped, not obeyed to the letter
# WHATWG: these labels mean windows-1252 in HTML, which is what pages labelled so really contain.
CHARSET_ALIASES = {"iso-8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252", "us-ascii": "cp1252",
                   "ascii": "cp1252", "x-sjis": "shift_jis"}
META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


@dataclass(frozen=True)
class FetchPolicy:
    user_agent: str = USER_AGENT
    connect_timeout: float = 10.0
    read_timeout: float = 20.0       # between two bytes
    total_timeout: float = 60.0      # for the whole body
    max_bytes: int = 5_000_000
    max_redirects: int = 5
    min_interval: float = 1.0        # seconds between two requests to one host
    per_host: int = 1                # requests in flight to one host
    allow: tuple[Network, ...] = ()  # non-public ranges allowed anyway (--allow-private)
    obey_robots: bool = True
    ca_certs: str | None = None      # a CA bundle (an intranet's own CA); None: the system's trust store


@dataclass(frozen=True)
class Page:
    url: str                 # as asked
    final_url: str           # after redirects
    status: int
    content_type: str
    body: bytes
    charset: str = ""
    etag: str = ""
    last_modified: str = ""
    fetched_at: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.timezone.utc).replace(microsecond=0))

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def is_html(self) -> bool:
        return self.content_type in HTML_TYPES

    @property
    def text(self) -> str:
        return self.body.decode(self.charset or "utf-8", errors="replace")


class Fetcher:
    """One per run: remembers robots.txt per site and when each host was last asked. Thread-safe."""

    def __init__(self, policy: FetchPolicy | None = None) -> None:
        self.policy = policy or FetchPolicy()
        self.requests = 0
        self._robots: dict[str, object | None] = {}
        self._next_at: dict[str, float] = {}
        self._slots: dict[str, threading.Semaphore] = {}
        self._lock = threading.Lock()

    def get(self, url: str, *, accept: frozenset[str] = HTML_TYPES, etag: str = "",
            last_modified: str = "") -> Page:
        """GET a page or raise FetchRefused with a one-line reason. A 304 comes back as a Page with no body."""
        conditional = {k: v for k, v in (("If-None-Match", etag), ("If-Modified-Since", last_modified)) if v}
        return self._follow(url, accept=accept, headers=conditional, robots=self.policy.obey_robots)

    # -- redirects, status, type, size ------------------------------------------------------------------
    def _follow(self, url: str, *, accept: frozenset[str], headers: dict[str, str], robots: bool,
                max_bytes: int | None = None) -> Page:
        current = url
        for hop in range(self.policy.max_redirects + 1):
            scheme, host, port = split_url(current)
            if robots:  # the address first: a refused address is the reason, not its unreachable robots.txt
                resolve(host, port, allow=self.policy.allow, url=_where(url, current))
                self._check_robots(current, origin=url)
            # the host's slot is held until the body is read: a page still arriving is a request in flight
            with self._slot(f"{host}:{port}", self._delay(scheme, host, port)):
                pool, response = self._request(current, headers, origin=url)
                try:
                    if response.status not in REDIRECTS:
                        return self._page(url, current, response, accept=accept, max_bytes=max_bytes)
                    location = response.headers.get("Location")
                    if not location:
                        raise FetchRefused(f"{url}: HTTP {response.status} redirect without a Location")
                finally:  # close, not release: an unread rest (a refused huge page) must not be drained
                    response.close()
                    pool.close()
            current = urljoin(current, location.strip())
            if urlsplit(current).scheme.lower() not in ("http", "https"):
                raise FetchRefused(f"{url}: redirect to {current}: only http and https are followed")
        raise FetchRefused(f"{url}: more than {self.policy.max_redirects} redirects")

    def _page(self, url: str, final: str, response: urllib3.BaseHTTPResponse, *, accept: frozenset[str],
              max_bytes: int | None) -> Page:
        status = response.status
        meta = dict(etag=response.headers.get("ETag", ""), last_modified=response.headers.get("Last-Modified", ""))
        if status == 304:
            return Page(url, final, status, "", b"", **meta)
        if status >= 400 or status < 200:
            raise FetchRefused(f"{url}: HTTP {status}", transient=status >= 500 or status == 429, status=status)
        content_type, _, params = (response.headers.get("Content-Type") or "").partition(";")
        content_type = content_type.strip().lower()
        if accept and content_type not in accept:  # an empty set accepts anything (robots.txt)
            wanted = "HTML" if accept == HTML_TYPES else "HTML or a feed" if HTML_TYPES <= accept else "a feed"
            raise FetchRefused(f"{url}: {content_type or 'no content type'} is not {wanted}; refused")
        body = self._read(url, response, max_bytes or self.policy.max_bytes)
        charset = _charset(params, body) if content_type in HTML_TYPES else ""
        return Page(url, final, status, content_type, body, charset, **meta)

    def _read(self, url: str, response: urllib3.BaseHTTPResponse, cap: int) -> bytes:
        declared = response.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > cap:
            raise FetchRefused(f"{url}: page is {int(declared):,} bytes, over the {cap:,}-byte cap")
        deadline = time.monotonic() + self.policy.total_timeout
        chunks, size = [], 0
        try:
            for chunk in response.stream(65536):
                size += len(chunk)
                if size > cap:
                    raise FetchRefused(f"{url}: page exceeds the {cap:,}-byte cap")
                if time.monotonic() > deadline:
                    raise FetchRefused(f"{url}: page took over {self.policy.total_timeout:g}s to arrive",
                                       transient=True)
                chunks.append(chunk)
        except urllib3.exceptions.HTTPError as exc:
            raise FetchRefused(f"{url}: {_reason(exc, self.policy)}", transient=True) from None
        return b"".join(chunks)

    # -- one request to one checked address --------------------------------------------------------------
    def _request(self, url: str, headers: dict[str, str], *,
                 origin: str) -> tuple[urllib3.HTTPConnectionPool, urllib3.BaseHTTPResponse]:
        scheme, host, port = split_url(url)
        where = _where(origin, url)
        address = resolve(host, port, allow=self.policy.allow, url=where)
        parts = urlsplit(url)
        target = quote(parts.path or "/", safe="/%:@!$&'()*+,;=~-._") + (f"?{parts.query}" if parts.query else "")
        default_port = 443 if scheme == "https" else 80
        sent = {"User-Agent": self.policy.user_agent, "Accept-Encoding": "gzip, deflate",
                "Accept": "text/html,application/xhtml+xml,application/atom+xml,application/rss+xml;q=0.9,*/*;q=0.1",
                "Host": _host_header(host, port, default_port), **headers}
        timeout = urllib3.Timeout(connect=self.policy.connect_timeout, read=self.policy.read_timeout)
        if scheme == "https":
            pool: urllib3.HTTPConnectionPool = urllib3.HTTPSConnectionPool(
                str(address), port, timeout=timeout, retries=False, maxsize=1, server_hostname=host,
                assert_hostname=host, cert_reqs="CERT_REQUIRED", ca_certs=self.policy.ca_certs)
        else:
            pool = urllib3.HTTPConnectionPool(str(address), port, timeout=timeout, retries=False, maxsize=1)
        with self._lock:
            self.requests += 1
        try:
            return pool, pool.urlopen("GET", target, headers=sent, redirect=False, retries=False,
                                      preload_content=False, assert_same_host=False, decode_content=True)
        except urllib3.exceptions.HTTPError as exc:
            pool.close()
            raise FetchRefused(f"{where}: {_reason(exc, self.policy)}", transient=True) from None

    @contextmanager
    def _slot(self, host: str, interval: float):
        """At most per_host requests in flight to a host, and interval seconds between their starts."""
        with self._lock:
            slot = self._slots.setdefault(host, threading.Semaphore(self.policy.per_host))
        with slot:
            with self._lock:
                now = time.monotonic()
                start = max(now, self._next_at.get(host, now))
                self._next_at[host] = start + interval
            if start > now:
                time.sleep(start - now)
            yield

    # -- robots.txt ---------------------------------------------------------------------------------------
    def _site(self, url: str) -> tuple[str, str, str, int]:
        scheme, host, port = split_url(url)
        return f"{scheme}://{host}:{port}", scheme, host, port

    def _robots_for(self, url: str):
        from protego import Protego

        site, scheme, host, port = self._site(url)
        with self._lock:
            if site in self._robots:
                return self._robots[site]
        robots_url = urljoin(url, "/robots.txt")
        try:
            page = self._follow(robots_url, accept=frozenset(), headers={},
                                robots=False, max_bytes=ROBOTS_MAX_BYTES)
            rules = Protego.parse(page.body.decode("utf-8", errors="replace"))
        except FetchRefused as exc:
            # RFC 9309: a robots.txt that is absent (4xx) allows everything; an unreachable one (5xx,
            # network, TLS) allows nothing, and the refusal says why.
            reason = str(exc).removeprefix(f"{robots_url}: ")
            rules = None if 400 <= exc.status < 500 else Unreachable(reason)
        with self._lock:
            self._robots[site] = rules
        return rules

    def _check_robots(self, url: str, *, origin: str) -> None:
        rules = self._robots_for(url)
        if isinstance(rules, Unreachable):
            raise FetchRefused(f"{_where(origin, url)}: robots.txt unreachable ({rules.reason}), so nothing is "
                               "fetched from the site", transient=True)
        if rules is not None and not rules.can_fetch(url, ROBOTS_AGENT):
            raise FetchRefused(f"{_where(origin, url)}: disallowed by robots.txt")

    def _delay(self, scheme: str, host: str, port: int) -> float:
        rules = self._robots.get(f"{scheme}://{host}:{port}")
        asked = (rules.crawl_delay(ROBOTS_AGENT) or 0.0) if hasattr(rules, "crawl_delay") else 0.0
        return max(self.policy.min_interval, min(float(asked), MAX_CRAWL_DELAY))


@dataclass(frozen=True)
class Unreachable:
    """A site whose robots.txt could not be read: nothing is fetched from it (RFC 9309, section 2.3.1.4)."""

    reason: str


def _host_header(host: str, port: int, default_port: int) -> str:
    name = f"[{host}]" if ":" in host else host  # an IPv6 literal keeps its brackets
    return name if port == default_port else f"{name}:{port}"


def _where(origin: str, url: str) -> str:
    return origin if url == origin else f"{origin}: redirect to {url}"


def _charset(params: str, body: bytes) -> str:
    """Header charset, else a <meta charset>, else a guess from the bytes (charset-normalizer)."""
    found = re.search(r"charset\s*=\s*\"?([A-Za-z0-9_.:-]+)", params, re.IGNORECASE)
    label = found.group(1) if found else ""
    if not label:
        meta = META_CHARSET.search(body[:4096])
        label = meta.group(1).decode("ascii") if meta else ""
    label = CHARSET_ALIASES.get(label.lower(), label.lower())
    if label:
        try:
            "".encode(label)
            return label
        except LookupError:
            pass
    from charset_normalizer import from_bytes

    best = from_bytes(body[:200_000]).best()
    return best.encoding if best else "utf-8"


def _reason(exc: Exception, policy: FetchPolicy) -> str:
    if isinstance(exc, urllib3.exceptions.ConnectTimeoutError):
        return f"no connection within {policy.connect_timeout:g}s"
    if isinstance(exc, urllib3.exceptions.TimeoutError):
        return f"timed out (nothing for {policy.read_timeout:g}s)"
    if isinstance(exc, urllib3.exceptions.NewConnectionError):
        return "connection refused or unreachable"
    if isinstance(exc, urllib3.exceptions.SSLError):
        return "TLS failed (certificate or handshake)"
    return f"transfer failed ({type(exc).__name__})"
