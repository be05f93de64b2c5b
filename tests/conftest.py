"""Shared fixtures: fresh state per test; a small synthetic extraction for testing the graph layer."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))  # virtuoso_support, for every test folder

from kg.extract.model import (
    Agreement, Event, Extraction, Organization, Person, Place, Role, Span, Speaker, Statement, Support, Threat,
)
from kg.sources import Document

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"

SYNTHETIC_TEXT = (
    "Foreign Minister Ana Lopez met Interior Secretary Jon Park in Lisbon on Monday. "
    "The two countries agreed to exchange liaison officers to fight drug trafficking. "
    "\"We will act together,\" the Ministry of Interior said."
)


def _span(text: str, needle: str) -> Span:
    start = text.index(needle)
    return Span(start, start + len(needle), needle)


class SyntheticExtractor:
    """Returns a fixed extraction of SYNTHETIC_TEXT: exercises build, validation and queries without
    depending on the rule extractor."""

    name = "synthetic/1"

    def extract(self, document: Document) -> Extraction:
        t = document.text
        s1, s2, s3 = (_span(t, sentence) for sentence in (
            "Foreign Minister Ana Lopez met Interior Secretary Jon Park in Lisbon on Monday.",
            "The two countries agreed to exchange liaison officers to fight drug trafficking.",
            "\"We will act together,\" the Ministry of Interior said."))
        sup = lambda *spans: Support(list(spans), rule="synthetic", confidence=0.9)  # noqa: E731
        return Extraction(
            extractor=self.name,
            countries=["PT", "KR"],
            persons=[
                Person("ana-lopez", "Ana Lopez", aliases=["Lopez"], country="PT", support=sup(s1),
                       roles=[Role("Foreign Minister", "foreign-minister", country="PT", wording="Foreign Minister",
                                   support=sup(s1))]),
                Person("jon-park", "Jon Park", country="KR", support=sup(s1),
                       roles=[Role("Interior Secretary", "interior-secretary", country="KR", support=sup(s1))]),
            ],
            organizations=[Organization("ministry-of-interior-kr", "Ministry of Interior", kind="ministry",
                                        country="KR", support=sup(s3))],
            events=[Event("meeting", participants=["ana-lopez", "jon-park"], date=dt.date(2026, 3, 2),
                          date_text="on Monday", place=Place("lisbon", "Lisbon", "PT"), countries=["PT", "KR"],
                          support=sup(s1))],
            agreements=[Agreement("exchange liaison officers", "agreed", parties=["PT", "KR"],
                                  topics=["drug-trafficking"], event_index=0, support=sup(s2))],
            threats=[Threat("drug-trafficking", "drug trafficking", support=sup(s2))],
            statements=[Statement(Speaker("organization", "ministry-of-interior-kr", "Ministry of Interior"),
                                  "We will act together", quoted=True, support=sup(s3))],
        )


@pytest.fixture
def synthetic_article(tmp_path: Path) -> Path:
    path = tmp_path / "articles" / "synthetic-meeting.txt"
    path.parent.mkdir()
    path.write_text("---\ntitle: Synthetic meeting\nurl: https://example.org/a\npublisher: Example\n"
                    "published: 2026-03-03\nauthor: A. Writer\n---\n" + SYNTHETIC_TEXT + "\n", encoding="utf-8")
    return path


@pytest.fixture
def synthetic_extractor() -> SyntheticExtractor:
    return SyntheticExtractor()


# -- a real Virtuoso, for the tests that run the same suites on the remote backend ------------------------
@pytest.fixture(scope="session")
def virtuoso(tmp_path_factory):
    """One Virtuoso for the session (its own ports and database folder under a temporary directory), stopped at
    the end; skipped with the reason when it is not installed (make test installs it)."""
    import virtuoso_support

    if not virtuoso_support.available():
        pytest.skip(virtuoso_support.INSTALL_HINT)
    server = virtuoso_support.start(tmp_path_factory.mktemp("virtuoso"))
    yield server
    server.stop()


@pytest.fixture
def remote(virtuoso, monkeypatch):
    """An empty remote store on the session's Virtuoso: its location, with the credentials in the environment
    (as a user would set them); every graph of the previous test is dropped first."""
    from kg.config import Settings
    from kg.store import open_store

    for name, value in virtuoso.env.items():
        monkeypatch.setenv(name, value)
    settings = Settings.from_env(store=virtuoso.url)
    with open_store(settings.location) as store:
        store.drop_graphs(store.graphs())
    return settings.location
