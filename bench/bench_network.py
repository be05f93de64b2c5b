"""Network view: time to read the network from a store of N synthetic articles (bench/gen_graph.py), and per
view (default, filtered by a country, expanded node), with the size of what a browser is sent.

    .venv/bin/python bench/bench_network.py --articles 10000 [--browser]

The read is done once per server worker after each write to the store; a view is selected per request. View
times are CPU time (the machine is shared). With --browser, the same graph is served by ``kg serve`` and
headless Chromium opens /graph: time until the view is drawn and laid out. Numbers go to BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

from flask import Flask

from kg.store import Store

import synthetic  # bench/synthetic.py



def _cpu_ms(fn, repeat: int) -> tuple[float, object]:
    times, out = [], None
    for _ in range(repeat):
        t = time.process_time()
        out = fn()
        times.append(time.process_time() - t)
    return statistics.median(times) * 1000, out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--browser", action="store_true", help="Also time drawing /graph in headless Chromium.")
    args = parser.parse_args()

    from kg.web import network, pages
    from kg.web.network_view import Indexed, parse_filters, select_view

    nquads = synthetic.nquads(args.articles)
    store = Store(None)
    store.bulk_load(nquads)
    app = Flask(__name__)
    app.extensions["kg.store"] = store
    app.register_blueprint(pages.bp)
    app.register_blueprint(network.bp)
    with app.test_request_context():
        started, cpu = time.perf_counter(), time.process_time()
        index = Indexed(network.read_network())
        read, read_cpu = time.perf_counter() - started, time.process_time() - cpu
        net = index.net
        country = index.options()["countries"][0]["iri"]
        busiest = index.ranked_events[0]
        views = {"default (300 events)": {}, "country filter": {"country": country},
                 "2,000 events (the cap)": {"events": "2000"}}
        print(f"articles={args.articles} quads={len(store)} nodes={len(net.nodes)} edges={len(net.edges)}")
        print(f"network read + index: {read:.2f}s wall, {read_cpu:.2f}s CPU")
        for name, params in views.items():
            ms, view = _cpu_ms(lambda: select_view(index, parse_filters(params)), args.repeat)
            ms_x, _ = _cpu_ms(lambda: select_view(index, parse_filters(params, expand=[busiest])), args.repeat)
            with app.test_request_context("/graph.json", query_string=params):
                body = network.graph_json().get_data()
            print(f"view {name}: {len(view.net.nodes)} nodes, {len(view.net.edges)} edges, select {ms:.1f} ms CPU "
                  f"(with an expanded node {ms_x:.1f} ms), /graph.json {len(body) / 1024:.0f} KiB, "
                  f"{json.loads(body)['counts']['more']} more events behind 'show more'")
    if args.browser:
        browser_times(nquads, {"default": "", "country filter": f"?country={country}"})


def browser_times(nquads: bytes, views: dict[str, str]) -> None:
    """Wall time from navigation to a drawn, laid-out view in headless Chromium (one kg serve worker)."""
    import tempfile

    from playwright.sync_api import sync_playwright

    from kg.web.server import launch, stop

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "store"
        with Store(path) as s:
            s.bulk_load(nquads)
        process, url = launch(path, workers=1)
        try:
            with sync_playwright() as p:
                b = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--headless", "--no-sandbox"])
                page = b.new_page(viewport={"width": 1400, "height": 900})
                page.goto(url + "/graph?events=1")  # the server reads the network once: not part of a view
                page.wait_for_function("() => Number(document.getElementById('cy').dataset.rendered || 0) > 0",
                                       timeout=300_000)
                for name, query in views.items():
                    started = time.perf_counter()
                    page.goto(url + "/graph" + query)
                    page.wait_for_function("() => Number(document.getElementById('cy').dataset.rendered || 0) > 0",
                                           timeout=300_000)
                    drawn = page.evaluate("() => window.kgCy.nodes().length")
                    print(f"browser {name}: {drawn} nodes drawn and laid out in {time.perf_counter() - started:.1f}s")
                b.close()
        finally:
            stop(process)


if __name__ == "__main__":
    main()
