"""The query UI (YASGUI, kg/web/static/ui.js and yasr-views.js) in a real headless Chromium against a real
``kg serve`` on the seed articles: shared links, the project's prefixes, local completion, chart and graph views.
Every request of the browser context is recorded: none may leave 127.0.0.1."""

from __future__ import annotations

import urllib.parse

import pytest

from kg.vocab import PREFIXES
from seeds_server import offsite, seeds_server  # noqa: F401  (module fixture)
from test_entity_ui import browser, page  # noqa: F401  (fixtures: recording context, no script errors)
from test_ui import SCREENSHOTS

pytestmark = [pytest.mark.browser, pytest.mark.server]

PEOPLE = ("PREFIX kg: <https://w3id.org/kg/ontology#>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
          "SELECT ?person ?name WHERE { GRAPH ?g { ?person a kg:Person ; rdfs:label ?name } } ORDER BY ?name")


def _editor(page):
    return page.locator(".CodeMirror").locator("visible=true")


def _run(page) -> None:
    page.locator(".yasqe_queryButton").locator("visible=true").click()
    page.locator(".yasr_response_chip").locator("visible=true").wait_for(timeout=20_000)


def _value(page) -> str:
    return page.evaluate("() => window.kgYasgui.getTab().getYasqe().getValue()")


@pytest.mark.parametrize("where", ["#", "?"])
def test_shared_link_opens_its_query_in_the_active_tab(page, seeds_server, where) -> None:  # noqa: F811
    link = (f"{seeds_server}/{where}query={urllib.parse.quote(PEOPLE)}"
            f"&endpoint={urllib.parse.quote('https://example.org/sparql')}")  # a foreign endpoint is never used
    page.goto(link)
    page.wait_for_selector(".yasqe .CodeMirror")
    assert _value(page) == PEOPLE
    active = page.locator(".tabsList .tab.active")
    assert active.count() == 1
    assert page.locator(".tabsList .tab").count() > 1                    # the competency queries are still there
    page.locator(".yasr table tbody tr td").first.wait_for(timeout=20_000)  # ran on load, here
    assert "Ajit Doval" in page.locator(".yasr").locator("visible=true").inner_text()
    assert page.evaluate("() => window.kgYasgui.getTab().getEndpoint()") == seeds_server + "/sparql"


def test_share_button_link_round_trips(page, seeds_server) -> None:  # noqa: F811
    page.goto(seeds_server + "/")
    page.wait_for_selector(".yasqe .CodeMirror")
    page.evaluate("(q) => window.kgYasgui.getTab().getYasqe().setValue(q)", PEOPLE)
    link = page.evaluate("() => window.kgYasgui.getTab().getShareableLink()")
    assert link.startswith(seeds_server + "/")
    page.goto("about:blank")
    page.goto(link)
    page.wait_for_selector(".yasqe .CodeMirror")
    assert _value(page) == PEOPLE


def test_typing_schema_prefix_inserts_https_schema_org_and_the_query_returns_rows(page, seeds_server) -> None:  # noqa: F811
    page.goto(seeds_server + "/")
    page.wait_for_selector(".yasqe .CodeMirror")
    page.evaluate("() => window.kgYasgui.getTab().getYasqe().setValue('')")
    _editor(page).click()
    page.keyboard.type("SELECT ?event ?date WHERE { GRAPH ?g { ?event schema:")
    page.wait_for_function("() => /PREFIX schema:/.test(window.kgYasgui.getTab().getYasqe().getValue())", timeout=10_000)
    page.keyboard.press("Escape")
    page.keyboard.type("startDate ?date } }")
    text = _value(page)
    assert f"PREFIX schema: <{PREFIXES['schema']}>" in text and PREFIXES["schema"] == "https://schema.org/"
    _run(page)
    yasr = page.locator(".yasr").locator("visible=true")
    assert yasr.locator(".errorResult").count() == 0
    page.locator(".yasr table tbody tr td").first.wait_for(timeout=20_000)
    assert "2026-02-07" in yasr.inner_text()


def test_ontology_terms_complete_from_this_server(page, seeds_server) -> None:  # noqa: F811
    page.goto(seeds_server + "/")
    page.wait_for_selector(".yasqe .CodeMirror")
    page.evaluate("() => window.kgYasgui.getTab().getYasqe().setValue("
                  "'PREFIX kg: <https://w3id.org/kg/ontology#>\\nSELECT * WHERE { ?s a kg:Pers')")
    _editor(page).click()
    page.keyboard.press("Control+End")
    page.keyboard.press("Control+Space")
    hints = page.locator(".CodeMirror-hints li")
    hints.first.wait_for(timeout=10_000)
    assert "kg:Person" in [h.inner_text() for h in hints.all()]
    page.keyboard.press("Escape")
    page.keyboard.type(" ; kg:nation")
    page.keyboard.press("Control+Space")
    hints.first.wait_for(timeout=10_000)
    assert "kg:nationality" in [h.inner_text() for h in hints.all()]
    assert any(u.startswith(seeds_server + "/ontology/terms.json") for u in page.context.requests)


def test_chart_view_draws_a_numeric_column(page, seeds_server) -> None:  # noqa: F811
    page.goto(seeds_server + "/")
    page.wait_for_selector(".yasqe .CodeMirror")
    page.evaluate("""() => window.kgYasgui.getTab().getYasqe().setValue(
        'PREFIX kg: <https://w3id.org/kg/ontology#>\\nPREFIX prov: <http://www.w3.org/ns/prov#>\\n'
        + 'SELECT ?kind (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { ?g prov:wasDerivedFrom ?d . ?s a ?kind } } '
        + 'GROUP BY ?kind ORDER BY DESC(?n)')""")
    _run(page)
    page.locator(".yasr_btn.select_chart").locator("visible=true").click()
    canvas = page.locator("canvas.kg-chart").locator("visible=true")
    canvas.wait_for(timeout=10_000)
    rows = int(canvas.get_attribute("data-rendered"))
    assert rows > 3
    page.locator("select.kg-chart-type").select_option("line")
    assert int(canvas.get_attribute("data-rendered")) == rows
    page.screenshot(path=str(SCREENSHOTS / "kg-ui-chart.png"))


def test_construct_results_open_in_the_graph_view(page, seeds_server) -> None:  # noqa: F811
    page.goto(seeds_server + "/")
    page.wait_for_selector(".yasqe .CodeMirror")
    page.evaluate("""() => window.kgYasgui.getTab().getYasqe().setValue(
        'PREFIX kg: <https://w3id.org/kg/ontology#>\\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\\n'
        + 'CONSTRUCT { ?e kg:participant ?p . ?p rdfs:label ?l } WHERE { GRAPH ?g { ?e kg:participant ?p . ?p rdfs:label ?l } }')""")
    _run(page)
    view = page.locator(".kg-graph-view").locator("visible=true")
    view.wait_for(timeout=10_000)
    assert int(view.get_attribute("data-nodes")) >= 3
    assert view.locator("canvas").count() > 0
    page.screenshot(path=str(SCREENSHOTS / "kg-ui-construct-graph.png"))
