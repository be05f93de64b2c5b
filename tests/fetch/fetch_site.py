"""The site the fetch tests run against: article pages, feeds, redirects, a 404, a slow page, a huge page,
pages in other charsets, a PDF and a robots.txt that disallows a path, all made here for these tests.

Every request it receives is logged, so tests can prove what was (and was not) fetched.
"""

from __future__ import annotations

import html
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler

HUGE_BYTES = 50 * 1024 * 1024

# (slug, title, paragraphs): short reports written for these tests.
STORIES = {
    "talks": ("Portugal and Chile resume security talks in Lisbon", [
        "Portugal and Chile resumed their security dialogue in Lisbon on Monday, the foreign ministries of both "
        "countries said in a joint statement after a day of meetings.",
        "Foreign Minister Ana Duarte of Portugal met Chilean Interior Minister Tomas Reyes to discuss drug "
        "trafficking across the Atlantic and the exchange of liaison officers between their police forces.",
        "The two ministers agreed to set up a joint working group on maritime smuggling, which will meet every "
        "three months and report to both governments before the end of the year.",
    ]),
    "summit": ("Baltic leaders meet Finland over cyber attacks", [
        "The prime ministers of Estonia, Latvia and Lithuania met the President of Finland in Helsinki on "
        "Wednesday to coordinate their response to a wave of cyber attacks on public services.",
        "Officials said the leaders discussed sharing threat intelligence between national cyber agencies and "
        "holding a joint exercise in the spring to test the defences of electricity networks.",
        "Finland offered to host a permanent liaison office for the four national computer emergency teams.",
    ]),
    "visit": ("Kenyan defence minister visits Ghana", [
        "Kenya's defence minister arrived in Accra on Thursday for a two-day visit focused on peacekeeping and "
        "the fight against piracy in the Gulf of Guinea, the Ghanaian government said.",
        "The minister held talks with his Ghanaian counterpart on training exchanges for naval officers and on "
        "the contribution of both countries to regional peacekeeping missions.",
        "Both governments said they would sign a memorandum on maritime security before the end of the month.",
    ]),
    "accord": ("Norway and Iceland sign fisheries security accord", [
        "Norway and Iceland signed an accord on Friday to police illegal fishing in the North Atlantic, the "
        "Norwegian foreign ministry announced in Oslo.",
        "Under the accord the coast guards of both countries will share vessel tracking data and carry out joint "
        "patrols, and officers will be able to board suspect ships flying either flag.",
        "Ministers described the agreement as a response to organised crime networks moving into the fisheries.",
    ]),
    "memo": ("Internal memo", ["This page is behind a robots.txt rule and must never be fetched by the crawler. "
                               "It repeats a sentence so that it is long enough to look like an article." * 3]),
}
LATIN1_TITLE = "São Tomé and Príncipe hosts Angola for coast guard talks"
LATIN1_TEXT = ("São Tomé and Príncipe hosted Angola's interior minister on Tuesday for talks on coast guard "
               "coöperation, piracy and the protection of fishing grounds, the government in São Tomé said. "
               "The ministers agreed to exchange liaison officers and to hold joint patrols in the Gulf of Guinea.")
CYRILLIC_TEXT = ("Министры иностранных дел Казахстана и Узбекистана встретились в Ташкенте во вторник и "
                 "обсудили безопасность границы, борьбу с наркотрафиком и обмен информацией между "
                 "пограничными службами двух стран. Стороны договорились провести совместные учения. ") * 3


def article_html(slug: str, *, base: str, canonical: str | None = None, charset: str = "utf-8",
                 title: str | None = None, paragraphs: list[str] | None = None, meta_charset: bool = True) -> str:
    story_title, story = STORIES.get(slug, ("", []))
    title = title or story_title
    paragraphs = paragraphs or story
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html>
<html lang="en"><head>
{f'<meta charset="{charset}">' if meta_charset else ''}
<title>{html.escape(title)} | Test Wire</title>
<link rel="canonical" href="{canonical or f'{base}/news/{slug}.html'}">
<meta property="og:title" content="{html.escape(title)}">
<meta property="og:site_name" content="Test Wire">
<meta name="author" content="Rita Sousa">
<meta property="article:published_time" content="2026-11-2{len(slug) % 9}T08:00:00Z">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>{html.escape(title)}</h1>
<p class="byline">By Rita Sousa</p>
{body}
</article>
<footer>Test Wire, made for the kg test suite.</footer>
</body></html>"""


def rss(base: str, slugs: list[str]) -> str:
    items = "".join(f"<item><title>{html.escape(STORIES[s][0])}</title><link>{base}/news/{s}.html</link>"
                    f"<guid>{base}/news/{s}.html</guid></item>" for s in slugs)
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Test Wire</title>'
            f"<link>{base}/</link><description>World news</description>{items}</channel></rss>")


def atom(base: str, slugs: list[str]) -> str:
    entries = "".join(f'<entry><title>{html.escape(STORIES[s][0])}</title><link href="/news/{s}.html"/>'
                      f"<id>{base}/news/{s}.html</id><updated>2026-11-20T08:00:00Z</updated></entry>"
                      for s in slugs)
    return (f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
            f"<title>Test Wire</title><id>{base}/</id><updated>2026-11-20T08:00:00Z</updated>{entries}</feed>")


@dataclass
class Route:
    status: int = 200
    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0             # seconds before answering
    stream: int = 0                # send this many bytes of filler instead of body (huge pages)
    declare_length: bool = True


class Site:
    """The routes (mutable between requests: feeds gain entries) and the log of requests received."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.log: list[tuple[str, dict[str, str]]] = []
        self.sent: dict[str, int] = {}
        self.times: list[float] = []       # when each request arrived (monotonic)
        self.in_flight = self.max_in_flight = 0
        self.lock = threading.Lock()
        self.base = ""
        self.rss_slugs = ["talks", "summit", "visit"]
        self.atom_slugs = ["talks", "summit"]

    def hits(self, path: str) -> int:
        return sum(1 for p, _ in self.log if p == path)

    def page(self, path: str, text: str, **kw) -> None:
        self.routes[path] = Route(body=text.encode(kw.pop("encoding", "utf-8")), **kw)

    def feeds(self) -> None:
        """(Re)publish both feeds; the ETag changes with the entries."""
        body = rss(self.base, self.rss_slugs).encode()
        self.routes["/feeds/rss.xml"] = Route(body=body, content_type="application/rss+xml",
                                              headers={"ETag": f'"rss-{len(self.rss_slugs)}"'})
        body = atom(self.base, self.atom_slugs).encode()
        self.routes["/feeds/atom.xml"] = Route(body=body, content_type="application/atom+xml",
                                               headers={"Last-Modified": f"Fri, 2{len(self.atom_slugs)} Nov 2026 "
                                                                         "08:00:00 GMT"})

    def build(self) -> None:
        b = self.base
        self.page("/robots.txt", "User-agent: *\nDisallow: /private/\n", content_type="text/plain")
        for slug in ("talks", "summit", "visit", "accord"):
            self.page(f"/news/{slug}.html", article_html(slug, base=b))
        self.page("/private/memo.html", article_html("memo", base=b))
        self.page("/copy/talks.html", article_html("talks", base=b, canonical=f"{b}/copy/talks.html"))
        self.routes["/old/talks"] = Route(301, headers={"Location": "/news/talks.html"})
        self.routes["/loop"] = Route(302, headers={"Location": "/loop"})
        self.routes["/to-private"] = Route(302, headers={"Location": "http://10.20.30.40/admin"})
        self.routes["/to-metadata"] = Route(302, headers={"Location": "http://169.254.169.254/latest/meta-data/"})
        self.routes["/to-file"] = Route(302, headers={"Location": "file:///etc/passwd"})
        self.routes["/to-robots-blocked"] = Route(302, headers={"Location": "/private/memo.html"})
        self.routes["/missing.html"] = Route(404, body=b"<html><body>not here</body></html>")
        self.routes["/broken.html"] = Route(503, body=b"<html><body>try later</body></html>")
        self.routes["/slow.html"] = Route(body=article_html("visit", base=b).encode(), delay=3.0)
        self.routes["/huge.html"] = Route(stream=HUGE_BYTES)
        self.routes["/huge-unannounced.html"] = Route(stream=HUGE_BYTES, declare_length=False)
        self.routes["/report.pdf"] = Route(body=b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n",
                                           content_type="application/pdf")
        self.routes["/empty.html"] = Route(body=b"<html><head><title>Nothing</title></head><body>"
                                                b"</body></html>")
        self.page("/latin1.html", article_html("x", base=b, title=LATIN1_TITLE, paragraphs=[LATIN1_TEXT] * 2,
                                               meta_charset=False),
                  content_type="text/html; charset=ISO-8859-1", encoding="cp1252")
        self.page("/cyrillic.html", article_html("y", base=b, title="Встреча министров", charset="windows-1251",
                                                 paragraphs=[CYRILLIC_TEXT]),
                  content_type="text/html", encoding="cp1251")
        self.feeds()


class Handler(BaseHTTPRequestHandler):
    site: Site

    def do_GET(self) -> None:  # noqa: N802
        site = self.site
        with site.lock:
            site.log.append((self.path, dict(self.headers.items())))
            site.times.append(time.monotonic())
            site.in_flight += 1
            site.max_in_flight = max(site.max_in_flight, site.in_flight)
        self._in_flight = True
        try:
            self._answer(site)
        finally:
            self._landed()

    def _landed(self) -> None:
        """The request stops counting as in flight just before its last bytes are handed over: the client may read
        them and start its next request before this thread runs again (that race once read as two in flight)."""
        if self._in_flight:
            self._in_flight = False
            with self.site.lock:
                self.site.in_flight -= 1

    def _answer(self, site: Site) -> None:
        route = site.routes.get(self.path.split("?")[0], Route(404, b"not found"))
        if route.delay:
            time.sleep(route.delay)
        etag, since = route.headers.get("ETag"), route.headers.get("Last-Modified")
        if (etag and self.headers.get("If-None-Match") == etag) or (since and self.headers.get("If-Modified-Since") == since):
            self.send_response(304)
            self._landed()
            self.end_headers()
            return
        self.send_response(route.status)
        self.send_header("Content-Type", route.content_type)
        for k, v in route.headers.items():
            self.send_header(k, v)
        size = route.stream or len(route.body)
        if route.declare_length:
            self.send_header("Content-Length", str(size))
        if not size:
            self._landed()
        self.end_headers()
        try:
            if route.stream:
                chunk = b"<p>" + b"filler " * 9000 + b"</p>\n"
                sent = 0
                while sent < route.stream:
                    if sent + len(chunk) >= route.stream:
                        self._landed()
                    self.wfile.write(chunk)
                    sent += len(chunk)
                    site.sent[self.path] = sent
            else:
                self._landed()
                self.wfile.write(route.body)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def log_message(self, *args: object) -> None:
        pass
