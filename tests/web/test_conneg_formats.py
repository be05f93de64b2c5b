"""Content negotiation (a pure function) and the one format table."""

from __future__ import annotations

import pytest

from kg import formats
from kg.web.conneg import negotiate, prefers_html

RESULTS = ["application/sparql-results+json", "application/sparql-results+xml", "text/csv"]


@pytest.mark.parametrize(("accept", "expected"), [
    (None, "application/sparql-results+json"),
    ("", "application/sparql-results+json"),
    ("*/*", "application/sparql-results+json"),
    ("text/csv", "text/csv"),
    ("text/*", "text/csv"),
    ("application/sparql-results+xml;q=0.9, application/sparql-results+json;q=0.8", "application/sparql-results+xml"),
    ("text/csv;q=0.1, */*;q=0.5", "application/sparql-results+json"),
    ("*/*;q=0.5, application/sparql-results+json;q=0", "application/sparql-results+xml"),
    ("application/*;q=0.2, text/csv;q=0.3", "text/csv"),
    ("TEXT/CSV", "text/csv"),
    ("text/csv; charset=utf-8", "text/csv"),
    ("image/png", None),
    ("text/csv;q=0", None),
    ("garbage, ;;, text/csv;q=abc", None),
])
def test_negotiate(accept, expected) -> None:
    assert negotiate(accept, RESULTS) == expected


def test_more_specific_range_wins_over_wildcard() -> None:
    # text/csv is explicitly refused even though text/* is welcome
    assert negotiate("text/*, text/csv;q=0", ["text/csv", "text/tab-separated-values"]) == "text/tab-separated-values"


@pytest.mark.parametrize(("accept", "html"), [
    ("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", True),
    ("text/turtle, text/html;q=0.5", False),
    ("*/*", False),
    (None, False),
])
def test_prefers_html(accept, html) -> None:
    assert prefers_html(accept) is html


def test_format_table_is_consistent() -> None:
    seen = set()
    for fmt in formats.FORMATS:
        assert (fmt.kind, fmt.name) not in seen
        seen.add((fmt.kind, fmt.name))
        assert fmt.content_type.split(";")[0] == fmt.media_types[0]
        assert ("charset=utf-8" in fmt.content_type) == (fmt.content_type.startswith("text/") or "xml" in fmt.name)
        assert fmt.w3c_iri.startswith("http://www.w3.org/ns/formats/")
    assert formats.names(formats.RDF_KINDS) == ["ttl", "nt", "jsonld", "xml", "trig", "nq"]
    assert formats.names(formats.RESULT_KINDS) == ["json", "xml", "csv", "tsv"]


@pytest.mark.parametrize(("name", "kinds", "expected"), [
    ("turtle", formats.RDF_KINDS, "ttl"),
    ("json", formats.RDF_KINDS, "jsonld"),
    ("xml", formats.RDF_KINDS, "xml"),
    ("json", formats.RESULT_KINDS, "json"),
    ("text/csv", formats.RESULT_KINDS, "csv"),
    ("NQuads", formats.RDF_KINDS, "nq"),
])
def test_by_name(name, kinds, expected) -> None:
    assert formats.by_name(name, kinds).name == expected


def test_unknown_format_names_the_choices() -> None:
    with pytest.raises(KeyError, match="ttl, nt, jsonld"):
        formats.by_name("pdf", formats.RDF_KINDS)


def test_formats_module_has_no_flask() -> None:
    import subprocess
    import sys

    code = "import sys, kg.formats; sys.exit('flask' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0
