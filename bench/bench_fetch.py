"""Fetch throughput against a local server: URLs → fetched, checked for article text, cached (kg/fetch).

    .venv/bin/python bench/bench_fetch.py [--articles 200]

Measures the fetcher's own cost (no network latency, no politeness delay: --delay 0 on 127.0.0.1), then a
second pass that must be served from the page cache with no request at all. With the default politeness
(one request per second per host) N articles from one site take at least N seconds whatever these numbers say.
"""

from __future__ import annotations

import argparse
import ipaddress
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from kg.fetch.cache import PageCache
from kg.fetch.collect import Collector
from kg.fetch.http import Fetcher, FetchPolicy

PARAGRAPH = ("The foreign ministers of {a} and {b} met on {day} to discuss border security, the exchange of "
             "liaison officers and joint patrols against smuggling networks, officials said in a statement. ")
COUNTRIES = ["Portugal", "Chile", "Kenya", "Ghana", "Norway", "Iceland", "Estonia", "Finland", "Peru", "Japan"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def page(i: int) -> bytes:
    a, b, day = COUNTRIES[i % 10], COUNTRIES[(i * 3 + 1) % 10], DAYS[i % 5]
    body = "".join(f"<p>{PARAGRAPH.format(a=a, b=b, day=day)} Report {i}, part {k}.</p>" for k in range(8))
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{a} and {b} talks ({i})</title></head>"
            f"<body><article><h1>{a} and {b} talks</h1>{body}</article></body></html>").encode()


class Handler(BaseHTTPRequestHandler):
    hits = 0

    def do_GET(self) -> None:  # noqa: N802
        Handler.hits += 1
        body = b"User-agent: *\nAllow: /\n" if self.path == "/robots.txt" else page(int(self.path.strip("/a")))
        self.send_response(200)
        self.send_header("Content-Type", "text/plain" if self.path == "/robots.txt" else "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=200)
    n = parser.parse_args().articles
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    urls = [f"{base}/a{i}" for i in range(n)]
    policy = FetchPolicy(allow=(ipaddress.ip_network("127.0.0.1/32"),), min_interval=0.0)
    with tempfile.TemporaryDirectory() as tmp:
        cache = PageCache(Path(tmp) / "cache")
        started = time.perf_counter()
        first = Collector(fetcher=Fetcher(policy), cache=cache, log=lambda line: None).collect(urls)
        fetch_s = time.perf_counter() - started
        hits = Handler.hits
        started = time.perf_counter()
        again = Collector(fetcher=Fetcher(policy), cache=cache, log=lambda line: None).collect(urls)
        cached_s = time.perf_counter() - started
    server.shutdown()
    assert len(first.paths) == n and len(again.paths) == n and Handler.hits == hits
    print("| articles | fetch + extract check + cache | per article | second pass (cache) | requests |")
    print("|---|---|---|---|---|")
    print(f"| {n} | {fetch_s:.2f} s | {fetch_s / n * 1000:.1f} ms | {cached_s:.3f} s | {hits} then 0 |")


if __name__ == "__main__":
    main()
