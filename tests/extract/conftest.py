"""Fixtures for the extractor tests: a fresh extractor and a helper that builds a Document from text."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.extract.rules import RuleExtractor
from kg.sources import Document


@pytest.fixture
def extract():
    extractor = RuleExtractor()

    def run(text: str, *, published: dt.date | None = dt.date(2026, 3, 12), author: str = ""):
        doc = Document(id="t", text=text, path="t.txt", published=published, author=author)
        return extractor.extract(doc), doc

    return run
