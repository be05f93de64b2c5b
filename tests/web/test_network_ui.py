"""The network view (issue 10, item 3) in headless Chromium against a real ``kg serve`` over the seed articles
and ../shared/corpus: filter by country, expand a node with a real click, hover a link for its evidence,
find and focus a node, a seeded layout, "show more", and exports of the view (PNG, SVG, GEXF of the filtered
subgraph). No request leaves 127.0.0.1 and no script error happens."""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import networkx as nx
import pytest
import requests

from test_ui import ARGS, CHROMIUM, browser, sync_api  # noqa: F401  (chromium check and browser fixture)
from web_support import serve_seeds_and_corpus

pytestmark = [pytest.mark.browser, pytest.mark.server]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    yield from serve_seeds_and_corpus(tmp_path_factory.mktemp("network-ui") / "store")


@pytest.fixture()
def page(browser, server):
    context = browser.new_context(viewport={"width": 1400, "height": 900}, accept_downloads=True)
    pg = context.new_page()
    pg.requests, pg.errors = [], []
    pg.on("request", lambda r: pg.requests.append(r.url))
    pg.on("console", lambda m: pg.errors.append(m.text) if m.type == "error" else None)
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    yield pg
    context.close()
    assert pg.errors == []
    assert [u for u in pg.requests if not u.startswith((server, "data:", "blob:"))] == []  # nothing left 127.0.0.1


def open_graph(page, url: str) -> None:
    page.goto(url)
    page.wait_for_function("() => Number(document.getElementById('cy').dataset.rendered || 0) > 0", timeout=30_000)


def wait_for_view(page, fragment: str) -> None:
    page.wait_for_function("(f) => (document.getElementById('cy').dataset.view || '').includes(f)", arg=fragment,
                           timeout=20_000)


def drawn(page) -> dict[str, dict]:
    return {d["id"]: d for d in page.evaluate("() => window.kgCy.nodes().map(n => n.data())")}


def screen_point(page, script: str) -> tuple[float, float]:
    """Page coordinates of a rendered position computed by ``script`` (an expression over window.kgCy)."""
    x, y = page.evaluate(f"""() => {{ const p = {script}; const b = document.getElementById('cy').getBoundingClientRect();
                                       return [p.x + b.left, p.y + b.top]; }}""")
    return x, y


def test_filters_by_country_and_expands_a_node(page, server) -> None:
    whole = requests.get(server + "/graph.json", params={"events": 2000}, timeout=30).json()
    everything = nx.read_gexf(io.BytesIO(requests.get(server + "/graph.gexf", timeout=30).content))
    open_graph(page, server + "/graph")
    before = drawn(page)
    countries = page.locator("#g-country option").evaluate_all("os => os.map(o => o.value).filter(Boolean)")
    assert countries == [c["iri"] for c in whole["options"]["countries"]]
    country = countries[-1]  # the least linked: a narrow view
    page.select_option("#g-country", country)
    wait_for_view(page, "country=")
    after = drawn(page)
    events = {n for n, d in after.items() if d["category"] in ("meeting", "agreement")}
    assert events and len(after) < len(before)
    assert all(country in after[e]["countries"] for e in events)
    assert "not shown:" in page.locator("#graph-status").inner_text()
    assert "country=" in (page.locator("#g-gexf").get_attribute("href") or "")

    # a node whose neighbourhood is not all drawn; clicking it brings its neighbours in
    node = next(n for n in sorted(after) if set(nx.all_neighbors(everything, n)) - set(after))
    x, y = screen_point(page, f"window.kgCy.getElementById({node!r}).renderedPosition()")
    page.mouse.click(x, y)
    wait_for_view(page, "expand=")
    page.wait_for_function("(n) => window.kgCy.nodes().length > n", arg=len(after), timeout=20_000)
    expanded = drawn(page)
    assert set(nx.all_neighbors(everything, node)) <= set(expanded)
    assert set(expanded) - set(after) <= set(nx.all_neighbors(everything, node))  # only its neighbours came
    assert page.locator("#graph-info h2").inner_text() == after[node]["label"]
    assert parse_qs(urlparse(page.url).query)["expand"] == [node]
    page.screenshot(path="/tmp/kg-ui-network.png")


def test_expanding_keeps_drawn_nodes_in_place(page, server) -> None:
    open_graph(page, server + "/graph?events=2")
    first = page.evaluate("() => Object.fromEntries(window.kgCy.nodes().map(n => [n.id(), n.position()]))")
    everything = nx.read_gexf(io.BytesIO(requests.get(server + "/graph.gexf", timeout=30).content))
    node = next(n for n in sorted(first) if set(nx.all_neighbors(everything, n)) - set(first))
    x, y = screen_point(page, f"window.kgCy.getElementById({node!r}).renderedPosition()")
    page.mouse.click(x, y)
    page.wait_for_function("(n) => window.kgCy.nodes().length > n", arg=len(first), timeout=20_000)
    now = page.evaluate("(ids) => ids.map(id => window.kgCy.getElementById(id).position())", list(first))
    assert now == list(first.values())


def test_hovering_a_link_shows_its_sentence_and_source(page, server) -> None:
    open_graph(page, server + "/graph")
    edge = page.evaluate("() => { const e = window.kgCy.edges('[label = \"participant\"]')[0]; return e.data(); }")
    evidence = requests.get(server + "/graph/evidence.json", timeout=30, params={
        "source": edge["source"], "target": edge["target"], "predicate": "participant"}).json()["evidence"]
    assert evidence
    page.evaluate("(id) => window.kgCy.fit(window.kgCy.getElementById(id), 200)", edge["id"])
    x, y = screen_point(page, f"window.kgCy.getElementById({edge['id']!r}).renderedMidpoint()")
    page.mouse.move(x, y)
    tip = page.locator("#graph-tip blockquote").first
    tip.wait_for(timeout=10_000)
    assert tip.inner_text() == evidence[0]["text"]
    assert page.locator("#graph-tip .source a").first.get_attribute("href") == evidence[0]["doc"]


def test_find_focuses_a_node(page, server) -> None:
    open_graph(page, server + "/graph")
    person = next(d for d in drawn(page).values() if d["category"] == "person" and len(d["label"]) > 5)
    page.locator("#g-find").fill(person["label"][:5].lower())
    choice = page.locator("#g-find-list a", has_text=person["label"]).first
    choice.wait_for(timeout=10_000)
    choice.click()
    page.wait_for_function("() => window.kgCy.$(':selected').length === 1", timeout=10_000)
    assert page.evaluate("() => window.kgCy.$(':selected')[0].id()") == person["id"]
    assert page.locator("#graph-info h2").inner_text() == person["label"]


def test_layout_is_seeded_and_can_be_chosen(page, server) -> None:
    def positions() -> dict:
        return page.evaluate("() => Object.fromEntries(window.kgCy.nodes().map(n => [n.id(), n.position()]))")

    open_graph(page, server + "/graph")
    first = positions()
    open_graph(page, server + "/graph")
    assert positions() == first  # the same view draws the same picture
    page.select_option("#g-layout", "concentric")
    page.wait_for_function("() => location.search.includes('layout=concentric')")
    assert positions() != first
    open_graph(page, page.url)  # the layout is part of the view's URL
    assert page.locator("#g-layout").input_value() == "concentric"


def test_show_more_draws_the_next_events(page, server) -> None:
    open_graph(page, server + "/graph?events=1")
    more = page.locator("#g-more")
    assert more.is_visible()
    count = page.evaluate("() => window.kgCy.nodes('[category = \"meeting\"], [category = \"agreement\"]').length")
    more.click()
    wait_for_view(page, "events=301")
    assert page.evaluate("() => window.kgCy.nodes('[category = \"meeting\"], [category = \"agreement\"]').length") > count


def test_exports_of_the_filtered_view(page, server, tmp_path: Path) -> None:
    open_graph(page, server + "/graph")
    country = page.locator("#g-country option").evaluate_all("os => os.map(o => o.value).filter(Boolean)")[-1]
    page.select_option("#g-country", country)
    wait_for_view(page, "country=")
    ids = set(drawn(page))
    with page.expect_download() as got:
        page.locator("#g-gexf").click()
    gexf = nx.read_gexf(got.value.path())
    assert set(gexf.nodes) == ids
    assert gexf.number_of_edges() == page.evaluate("() => window.kgCy.edges().length")
    with page.expect_download() as got:
        page.locator("#g-graphml").click()
    assert set(nx.read_graphml(got.value.path()).nodes) == ids
    with page.expect_download() as got:
        page.locator("#g-png").click()
    png = Path(got.value.path()).read_bytes()
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 1000
    with page.expect_download() as got:
        page.locator("#g-svg").click()
    svg = ET.parse(got.value.path()).getroot()
    titles = {t.text for t in svg.iterfind(".//{http://www.w3.org/2000/svg}g/{http://www.w3.org/2000/svg}title")}
    assert titles == ids
