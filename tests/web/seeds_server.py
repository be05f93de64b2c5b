"""A real ``kg serve`` on the seed articles (data/articles, ingested through kg.pipeline like ``kg build``), and a
headless Chromium page that records every request it makes, for the browser tests of entity pages and the
query UI. Imported by those test modules (pytest fixtures, module-scoped: one ingest, one server per module)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kg.pipeline import ingest
from kg.store import Store
from web_support import REPO, start_server, stop_server

SEEDS = sorted((REPO / "data" / "articles").glob("*.txt"))


def build_seed_store(path: Path) -> Path:
    with Store(path) as store:
        ingest(SEEDS, store=store)
    return path


@pytest.fixture(scope="module")
def seeds_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    live = start_server(build_seed_store(tmp_path_factory.mktemp("seeds") / "store"), workers=1)
    try:
        yield live.url
    finally:
        stop_server(live.process)


def offsite(requests: list[str], base: str) -> list[str]:
    """Requests that went anywhere but the server under test (data: and blob: URLs never leave the page)."""
    return [u for u in requests if not (u.startswith(base + "/") or u == base or u.startswith(("data:", "blob:")))]
