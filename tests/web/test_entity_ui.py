"""Entity pages in a real headless Chromium against a real ``kg serve`` on the seed articles: a person's page
opens with the summary (posts, then meetings newest first), then properties, then evidence; terms link to local
pages. Every request the browser makes is recorded: none may leave 127.0.0.1."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from seeds_server import offsite, seeds_server  # noqa: F401  (module fixture)
from test_ui import ARGS, CHROMIUM, SCREENSHOTS, sync_api

pytestmark = [pytest.mark.browser, pytest.mark.server]


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


@pytest.fixture()
def page(browser, seeds_server):  # noqa: F811
    context = browser.new_context(viewport={"width": 1300, "height": 900})
    context.requests = []
    context.on("request", lambda r: context.requests.append(r.url))  # every page of the context, popups too
    pg = context.new_page()
    pg.errors = []
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    pg.on("console", lambda m: pg.errors.append(m.text) if m.type == "error" else None)
    yield pg
    assert offsite(context.requests, seeds_server) == []
    context.close()
    assert pg.errors == []


def _order(page, selector: str) -> list[int]:
    """Vertical positions of the first element of each selector, to check what comes first on the page."""
    return [page.locator(s).first.bounding_box()["y"] for s in selector.split(" | ")]


def test_doval_page_opens_with_posts_and_the_7_february_meeting(page, seeds_server) -> None:  # noqa: F811
    page.goto(seeds_server + "/id/person/ajit-doval")
    assert page.locator("h1").inner_text() == "Ajit Doval"
    summary = page.locator("section.summary[data-kind=person]")
    # summary first: posts, then meetings, above the property table, above the evidence
    posts_y, meetings_y, props_y, evidence_y = _order(
        page, "h2:has-text('Posts') | h2:has-text('Meetings attended') | h2:has-text('Properties') | h2:has-text('Evidence')")
    assert posts_y < meetings_y < props_y < evidence_y
    post = summary.locator("ul.posts li").first
    assert "National Security Advisor" in post.inner_text() and "India" in post.inner_text()
    assert re.search(r"\d+ reports?", post.inner_text())
    # meetings newest first; the first is the one of 7 February 2026, in Ottawa, with Nathalie Drouin
    first = summary.locator("table.events tr").first
    assert first.locator("time").get_attribute("datetime") == "2026-02-07"
    assert "7 February 2026" in first.inner_text()
    assert "Nathalie Drouin" in first.locator(".with").inner_text()
    dates = [t.get_attribute("datetime") for t in summary.locator("table.events time").all()]
    assert dates == sorted(dates, reverse=True)
    assert re.search(r"\d+ reports?, \d+ outlets?", first.inner_text())
    page.screenshot(path=str(SCREENSHOTS / "kg-ui-person-summary.png"))
    # the meeting row opens the canonical event, whose page gives its corroborated record
    first.locator("a[href^='/id/canonical/event/']").first.click()
    page.wait_for_url(re.compile(r".*/id/canonical/event/.*"))
    record = page.locator("dl.record")
    assert "7 February 2026" in record.inner_text() and "Ajit Doval" in record.inner_text()


def test_inferred_rows_are_marked_once_and_terms_resolve_locally(page, seeds_server) -> None:  # noqa: F811
    page.goto(seeds_server + "/id/person/ajit-doval")
    rows = page.locator("table.props").first.locator("tbody tr")
    pairs = [(r.locator("td").nth(0).inner_text().split("\n")[0], r.locator("td").nth(1).inner_text()) for r in rows.all()]
    assert len(pairs) == len(set(pairs))                      # every property and value once
    assert page.locator("tr.inferred .inferred-mark").count() >= 1   # inferred super-classes, marked
    assert page.locator("tr:not(.inferred) .inferred-mark").count() == 0
    # the type badge goes to the local ontology page, anchored on the class
    page.locator("p.types a", has_text="Person").click()
    page.wait_for_url(seeds_server + "/ontology#Person")
    assert page.locator("dt#Person").is_visible()


def test_document_page_shows_header_and_every_fact(page, seeds_server) -> None:  # noqa: F811
    page.goto(seeds_server + "/id/person/ajit-doval")
    page.locator(".evidence .source a.muted", has_text="document").first.click()
    page.wait_for_url(re.compile(r".*/id/doc/.*"))
    meta = page.locator("dl.doc-meta")
    assert meta.locator(".doc-title").inner_text() not in ("", "(no title)")
    link = meta.locator(".doc-url a")
    if link.count():
        assert link.get_attribute("href").startswith("https://")
    date = meta.locator(".doc-date time")
    if date.count():
        dt.date.fromisoformat(date.get_attribute("datetime"))
    facts = page.locator("ul.facts li a")
    assert facts.count() >= 5
    assert page.locator("ul.facts li a", has_text="Ajit Doval").count() >= 1
