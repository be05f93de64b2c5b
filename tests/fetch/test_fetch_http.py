"""kg/fetch/http.py against a real server of our own: polite (robots.txt, rate limit, concurrency cap,
conditional requests, User-Agent) and safe (redirect checks, caps, timeouts, content types, charsets)."""

from __future__ import annotations

import threading
import time
from dataclasses import replace

import pytest

from kg.fetch.http import FEED_TYPES, HTML_TYPES, Fetcher, FetchPolicy
from kg.fetch.safety import FetchRefused
from fetch_site import HUGE_BYTES, LATIN1_TITLE, Route


def test_article_fetched_with_project_user_agent(site, fetcher):
    page = fetcher.get(f"{site.base}/news/talks.html")
    assert page.status == 200 and page.is_html and page.charset == "utf-8"
    assert "Portugal and Chile" in page.text
    agent = dict(site.log)["/news/talks.html"]["User-Agent"]
    assert agent.startswith("kg/") and "w3id.org/kg" in agent


def test_redirect_followed_and_final_url_kept(site, fetcher):
    page = fetcher.get(f"{site.base}/old/talks")
    assert page.url == f"{site.base}/old/talks" and page.final_url == f"{site.base}/news/talks.html"


def test_redirect_loop_stops_at_the_limit(site, fetcher):
    with pytest.raises(FetchRefused, match="more than 5 redirects"):
        fetcher.get(f"{site.base}/loop")
    assert site.hits("/loop") == 6


@pytest.mark.parametrize("path, reason", [
    ("/to-private", "redirect to http://10.20.30.40/admin: 10.20.30.40 is a private address"),
    ("/to-metadata", "169.254.169.254 is a link-local address"),
    ("/to-file", "redirect to file:///etc/passwd: only http and https"),
])
def test_every_redirect_is_checked(site, fetcher, path, reason):
    with pytest.raises(FetchRefused, match=reason):
        fetcher.get(site.base + path)


def test_loopback_refused_without_allow_private(site):
    with pytest.raises(FetchRefused, match="127.0.0.1 is a loopback address"):
        Fetcher(FetchPolicy(min_interval=0)).get(f"{site.base}/news/talks.html")
    assert site.log == []   # refused before any connection, robots.txt included


def test_robots_txt_disallowed_path_never_requested(site, fetcher):
    for path in ("/private/memo.html", "/to-robots-blocked"):
        with pytest.raises(FetchRefused, match="disallowed by robots.txt"):
            fetcher.get(site.base + path)
    assert site.hits("/private/memo.html") == 0


def test_robots_txt_read_once_per_site(site, fetcher):
    for slug in ("talks", "summit", "visit"):
        fetcher.get(f"{site.base}/news/{slug}.html")
    assert site.hits("/robots.txt") == 1


def test_missing_robots_txt_allows_everything(site, fetcher):
    del site.routes["/robots.txt"]
    fetcher.get(f"{site.base}/private/memo.html")
    assert site.hits("/private/memo.html") == 1


def test_failing_robots_txt_allows_nothing(site, fetcher):
    site.routes["/robots.txt"] = site.routes["/broken.html"]
    with pytest.raises(FetchRefused, match="robots.txt unreachable \\(HTTP 503\\)") as refused:
        fetcher.get(f"{site.base}/news/talks.html")
    assert site.hits("/news/talks.html") == 0 and refused.value.transient


def test_http_errors_name_the_status(site, fetcher):
    with pytest.raises(FetchRefused, match="HTTP 404") as missing:
        fetcher.get(f"{site.base}/missing.html")
    with pytest.raises(FetchRefused, match="HTTP 503") as broken:
        fetcher.get(f"{site.base}/broken.html")
    assert not missing.value.transient and broken.value.transient


def test_slow_page_times_out(site, fetcher):
    started = time.monotonic()
    with pytest.raises(FetchRefused, match="timed out") as refused:
        fetcher.get(f"{site.base}/slow.html")
    assert time.monotonic() - started < 2.5 and refused.value.transient


@pytest.mark.parametrize("path, reason", [
    ("/huge.html", "page is 52,428,800 bytes, over the 5,000,000-byte cap"),  # announced: refused at once
    ("/huge-unannounced.html", "page exceeds the 5,000,000-byte cap"),         # streamed: cut at the cap
])
def test_huge_page_refused_without_downloading_it(site, fetcher, path, reason):
    with pytest.raises(FetchRefused, match=reason):
        fetcher.get(site.base + path)
    time.sleep(0.2)
    assert site.sent.get(path, 0) < HUGE_BYTES / 2


def test_non_html_refused_with_its_type(site, fetcher):
    with pytest.raises(FetchRefused, match="application/pdf is not HTML; refused"):
        fetcher.get(f"{site.base}/report.pdf")
    with pytest.raises(FetchRefused, match="application/rss\\+xml is not HTML"):
        fetcher.get(f"{site.base}/feeds/rss.xml")
    assert fetcher.get(f"{site.base}/feeds/rss.xml", accept=FEED_TYPES).status == 200


def test_charset_from_header_and_from_meta(site, fetcher):
    latin = fetcher.get(f"{site.base}/latin1.html")      # declared in the header as ISO-8859-1
    assert latin.charset == "cp1252" and LATIN1_TITLE in latin.text
    cyrillic = fetcher.get(f"{site.base}/cyrillic.html")  # declared only in <meta charset>
    assert cyrillic.charset == "windows-1251" and "Министры иностранных дел" in cyrillic.text


def test_charset_guessed_when_undeclared(site, fetcher):
    page = site.routes["/cyrillic.html"]
    site.routes["/guess.html"] = replace(page, body=page.body.replace(b'<meta charset="windows-1251">', b""))
    assert "Министры иностранных дел" in fetcher.get(f"{site.base}/guess.html").text


def test_conditional_request_gets_304(site, fetcher):
    first = fetcher.get(f"{site.base}/feeds/rss.xml", accept=FEED_TYPES)
    again = fetcher.get(f"{site.base}/feeds/rss.xml", accept=FEED_TYPES, etag=first.etag)
    assert first.etag and again.not_modified and again.body == b""
    assert site.log[-1][1]["If-None-Match"] == first.etag


def test_rate_limit_spaces_requests_to_one_host(site, policy):
    fetcher = Fetcher(replace(policy, min_interval=0.3))
    for slug in ("talks", "summit", "visit"):
        fetcher.get(f"{site.base}/news/{slug}.html")
    gaps = [b - a for a, b in zip(site.times, site.times[1:])]
    assert len(gaps) == 3 and min(gaps) >= 0.28   # robots.txt, then three pages


def test_robots_crawl_delay_honoured(site, fetcher):
    site.page("/robots.txt", "User-agent: *\nCrawl-delay: 0.3\nDisallow: /private/\n", content_type="text/plain")
    for slug in ("talks", "summit"):
        fetcher.get(f"{site.base}/news/{slug}.html")
    assert site.times[2] - site.times[1] >= 0.28


def test_concurrency_capped_per_host(site, policy):
    for slug in ("talks", "summit", "visit", "accord"):
        site.routes[f"/news/{slug}.html"].delay = 0.2
    fetcher = Fetcher(policy)
    threads = [threading.Thread(target=fetcher.get, args=(f"{site.base}/news/{s}.html",))
               for s in ("talks", "summit", "visit", "accord")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert site.hits("/news/accord.html") == 1 and site.max_in_flight == 1


def test_a_page_still_arriving_holds_the_hosts_slot(site, policy):
    # bodies of 4 MB: the socket cannot take a whole one at once, so a slot given back after the headers (the old
    # code) let the next request start while the last page was still arriving
    for n in range(3):
        site.routes[f"/news/long-{n}.html"] = Route(stream=4_000_000)
    fetcher = Fetcher(policy)
    threads = [threading.Thread(target=fetcher.get, args=(f"{site.base}/news/long-{n}.html",)) for n in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sum(site.hits(f"/news/long-{n}.html") for n in range(3)) == 3 and site.max_in_flight == 1


def test_html_or_feed_accepted_together(site, fetcher):
    kinds = {fetcher.get(f"{site.base}{p}", accept=HTML_TYPES | FEED_TYPES).content_type
             for p in ("/news/talks.html", "/feeds/atom.xml")}
    assert kinds == {"text/html", "application/atom+xml"}


@pytest.fixture
def tls_site(site, tmp_path):
    """The same site over HTTPS, with a certificate for 127.0.0.1 from a CA of our own (made by openssl)."""
    import shutil
    import ssl
    import subprocess
    from http.server import ThreadingHTTPServer

    from fetch_site import Handler

    if not shutil.which("openssl"):
        pytest.skip("openssl not installed")

    def certificate(name: str, san: str) -> tuple[str, str]:
        cert, key = tmp_path / f"{name}.pem", tmp_path / f"{name}.key"
        subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-keyout", str(key), "-out",
                        str(cert), "-days", "1", "-subj", "/CN=kg-test", "-addext", f"subjectAltName={san}"],
                       check=True, capture_output=True)
        return str(cert), str(key)

    servers, running = {}, []
    for name, san in (("good", "IP:127.0.0.1"), ("wrong-name", "DNS:elsewhere.example")):
        cert, key = certificate(name, san)
        server = ThreadingHTTPServer(("127.0.0.1", 0), type("H", (Handler,), {"site": site}))
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(cert, key)
        server.socket = context.wrap_socket(server.socket, server_side=True)
        threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
        running.append(server)
        servers[name] = (f"https://127.0.0.1:{server.server_address[1]}", cert)
    yield servers
    for server in running:
        server.shutdown()
        server.server_close()


def test_https_verified_against_the_trusted_ca(tls_site, policy):
    base, cert = tls_site["good"]
    page = Fetcher(replace(policy, ca_certs=cert)).get(f"{base}/news/talks.html")
    assert page.status == 200 and "Portugal and Chile" in page.text


@pytest.mark.parametrize("name, trusted", [("good", False), ("wrong-name", True)])
def test_https_refused_on_untrusted_or_wrong_certificate(site, tls_site, policy, name, trusted):
    base, cert = tls_site[name]
    fetcher = Fetcher(replace(policy, ca_certs=cert if trusted else None))
    with pytest.raises(FetchRefused, match="robots.txt unreachable \\(TLS failed"):
        fetcher.get(f"{base}/news/talks.html")
    assert site.log == []   # no request got through the failed handshake
