"""The timeline view (issue 9) in headless Chromium against a real ``kg serve`` over ingested articles:
canonical items by date, filters by country/person/kind, links to each item's page and its reports."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from test_ui import ARGS, CHROMIUM, sync_api  # a missing chromium skips this module too
from web_support import serve_seeds_and_corpus

pytestmark = [pytest.mark.browser, pytest.mark.server]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    yield from serve_seeds_and_corpus(tmp_path_factory.mktemp("timeline") / "store")


def test_timeline_lists_canonical_items_filters_and_links(server) -> None:
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        page = browser.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(server + "/timeline")
        page.wait_for_selector("#timeline li")
        items = page.locator("#timeline li")
        total = items.count()
        assert total > 0
        dates = [d for d in page.locator("#timeline li time").all_inner_texts() if d[:1].isdigit()]
        assert dates == sorted(dates)  # by date
        # each item links to its page and to the reports behind it
        first = items.first
        assert first.locator("a.item").get_attribute("href").startswith("/id/canonical/")
        assert first.locator("a.document").count() >= 1
        # a person filter keeps only items with that person, fewer than all
        options = page.locator("#f-person option").all_inner_texts()[1:]
        assert options
        page.select_option("#f-person", options[0])
        kept = items.count()
        assert 0 < kept < total
        for text in page.locator("#timeline li a.item").all_inner_texts():
            assert text.startswith(("Meeting", "Visit", "Talks", "Summit", "Call", "Arrest"))
        page.select_option("#f-person", "")
        page.select_option("#f-kind", "agreement")
        assert 0 < items.count() < total
        assert {t.lower() for t in page.locator("#timeline li .kind").all_inner_texts()} == {"agreement"}
        # the item's page opens on this server
        href = page.locator("#timeline li a.item").first.get_attribute("href")
        response = page.goto(server + href)
        assert response is not None and response.status == 200
        assert errors == []
        page.screenshot(path="/tmp/kg-ui-timeline.png")
        browser.close()
