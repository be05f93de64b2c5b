"""The search box in a real headless Chromium against a real ``kg serve`` (the fixtures of test_ui.py): typing
part of a name offers the person, choosing opens the page; Enter opens the results page; the browse page
counts types. No request leaves 127.0.0.1."""

from __future__ import annotations

from test_ui import _offsite, browser, page, server  # noqa: F401  (fixtures, shared with the other UI tests)


def test_search_box_finds_ajit_doval_and_opens_his_page(page, server) -> None:  # noqa: F811
    page.goto(server + "/graph")
    box = page.locator("#kg-search")
    box.click()
    page.keyboard.type("dov")  # a prefix of his surname, lower case
    suggestion = page.locator("#kg-search-list a", has_text="Ajit Doval").first
    suggestion.wait_for(timeout=10_000)
    assert "person" in suggestion.inner_text()
    suggestion.click()
    page.wait_for_url(server + "/id/person/ajit-doval")
    assert page.locator("h1").inner_text() == "Ajit Doval"
    assert _offsite(page.requests, server) == []


def test_keyboard_choice_and_results_page(page, server) -> None:  # noqa: F811
    page.goto(server + "/id/")
    counts = {a.get_attribute("data-kind"): a for a in page.locator(".kinds a").all()}
    assert {"person", "country", "organization", "event", "agreement", "threat"} <= set(counts)
    assert int(page.locator(".kinds li", has=page.locator("[data-kind=person]")).locator(".count").inner_text()) > 1
    page.locator("#kg-search").fill("ajit")
    page.locator("#kg-search-list a").first.wait_for(timeout=10_000)
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    page.wait_for_url(server + "/id/person/ajit-doval")
    page.locator("#kg-search").fill("doval")
    page.locator("#kg-search-list a").first.wait_for(timeout=10_000)
    page.keyboard.press("Enter")  # no suggestion chosen: the results page
    page.wait_for_url("**/search?q=doval")
    assert page.locator(".hits li a").first.inner_text() == "Ajit Doval"
    assert _offsite(page.requests, server) == []
