"""The query UI and the network view in a real headless browser (Playwright driving Debian's Chromium) against a
real ``kg serve`` (gunicorn) on 127.0.0.1, with no network beyond it. Screenshots go to /tmp/kg-ui-*.png."""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from kg.store import Store
from web_support import start_server, stop_server

pytestmark = [pytest.mark.browser, pytest.mark.server]

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
SCREENSHOTS = Path(os.environ.get("KG_SCREENSHOTS", "/tmp"))

if not CHROMIUM.exists():
    pytest.skip("no /usr/bin/chromium (make setup-test installs Debian's chromium)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright (Python package) is not installed")


def _small_graph() -> bytes:
    spec = importlib.util.spec_from_file_location("test_pages_data", Path(__file__).with_name("test_pages.py"))
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module.small_graph_nquads(3000)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """``kg serve`` on a free port; yields its base URL; stops its process group afterwards."""
    store = tmp_path_factory.mktemp("ui") / "store"
    with Store(store) as s:
        s.bulk_load(_small_graph())
    live = start_server(store, workers=1)
    try:
        yield live.url
    finally:
        stop_server(live.process)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


@pytest.fixture()
def page(browser, server):
    """A page that records every request, so tests can prove nothing left 127.0.0.1."""
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    pg = context.new_page()
    pg.requests = []
    pg.errors = []
    pg.on("request", lambda r: pg.requests.append(r.url))
    pg.on("console", lambda m: pg.errors.append(m.text) if m.type == "error" else None)
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    yield pg
    context.close()
    assert pg.errors == []  # no script error, no Content-Security-Policy violation, no failed asset


def _offsite(requests: list[str], base: str) -> list[str]:
    return [u for u in requests if not (u.startswith(base) or u.startswith(("data:", "blob:")))]


def test_query_ui_runs_a_query_and_shows_rows(page, server) -> None:
    page.goto(server + "/")
    page.wait_for_selector(".yasqe .CodeMirror")
    files = sorted((ROOT / "ontology" / "queries").glob("*.rq"))
    # one tab per competency query, titled from the file; the list beside shows the # title: lines
    assert page.locator(".tabsList .tab").count() == max(len(files), 1)
    if files:
        first = files[0].read_text(encoding="utf-8").splitlines()[0]
        if first.startswith("# title:"):
            assert page.locator("#kg-examples li a[data-index]").first.inner_text() == first.split(":", 1)[1].strip()
    # a query of our own in the current tab, run with the editor's button
    page.evaluate("""() => window.kgYasgui.getTab().getYasqe().setValue(
        'PREFIX kg: <https://w3id.org/kg/ontology#>\\n'
        + 'PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\\n'
        + 'SELECT ?person ?name WHERE { GRAPH ?g { ?person a kg:Person ; rdfs:label ?name } } ORDER BY ?name LIMIT 20')""")
    page.locator(".yasqe_queryButton").locator("visible=true").click()
    rows = page.locator(".yasr table tbody tr")
    rows.first.wait_for(timeout=20_000)
    page.wait_for_function("() => document.querySelectorAll('.yasr table tbody tr td').length > 2")
    assert rows.count() >= 5
    assert "Ajit Doval" in page.locator(".yasr table").inner_text()
    page.screenshot(path=str(SCREENSHOTS / "kg-ui-query.png"))
    # typing prefixes, classes and properties triggers YASQE's autocompleters: none may go to the web
    # (prefix.cc, LOV): prefixes come from the bundled list, the class/property completers are off
    editor = page.locator(".CodeMirror").locator("visible=true")
    editor.click()
    page.keyboard.press("Control+End")
    page.keyboard.type("\nPREFIX foa")
    page.wait_for_timeout(500)
    page.keyboard.press("Escape")
    page.keyboard.type("\n# ?s a foaf:Pers ; foaf:na")
    page.wait_for_timeout(1000)
    assert _offsite(page.requests, server) == []
    # our IRIs in the results open this server's page, not w3id.org
    link = page.locator(".yasr table tbody a[href^='https://w3id.org/kg/id/person/']").first
    with page.context.expect_page() as popup:
        link.click()
    opened = popup.value
    opened.wait_for_load_state()
    assert opened.url.startswith(server + "/id/person/")
    assert opened.locator("h1").inner_text()


def test_competency_query_tab_runs(page, server) -> None:
    files = sorted((ROOT / "ontology" / "queries").glob("*.rq"))
    if not files:
        pytest.skip("no competency queries yet")
    page.goto(server + "/")
    page.wait_for_selector(".yasqe .CodeMirror")
    page.locator("#kg-examples li a[data-index]").last.click()
    text = page.evaluate("() => window.kgYasgui.getTab().getYasqe().getValue()")
    assert text == files[-1].read_text(encoding="utf-8")
    page.locator(".yasqe_queryButton").locator("visible=true").click()
    page.locator(".yasr_response_chip").locator("visible=true").wait_for(timeout=20_000)
    yasr = page.locator(".yasr").locator("visible=true")
    assert yasr.locator(".errorResult").count() == 0
    assert yasr.locator("table tbody tr td").count() > 1   # the synthetic graph answers every competency query


def test_network_view_renders_nodes(page, server) -> None:
    page.goto(server + "/graph")
    page.wait_for_function("() => Number(document.getElementById('cy').dataset.rendered || 0) > 0", timeout=30_000)
    count = page.evaluate("() => window.kgCy.nodes().length")
    assert count > 10
    cats = set(page.evaluate("() => window.kgCy.nodes().map(n => n.data('category'))"))
    assert {"person", "country", "meeting", "agreement"} <= cats
    assert page.locator("#cy canvas").count() > 0
    page.screenshot(path=str(SCREENSHOTS / "kg-ui-graph.png"))
    assert _offsite(page.requests, server) == []


def test_resource_page_in_browser(page, server) -> None:
    page.goto(server + "/id/person/ajit-doval")
    assert page.locator("h1").inner_text() == "Ajit Doval"
    assert page.locator(".evidence blockquote").count() >= 2
    page.screenshot(path=str(SCREENSHOTS / "kg-ui-person.png"), full_page=False)
    page.goto(server + "/id/person/nathalie-drouin")
    assert "Nathalie Drouin <script>alert(1)</script>" in page.locator("main").inner_text()  # shown as text
    assert page.evaluate("() => document.querySelectorAll('main script').length") == 0
