"""Reading articles: headers, HTML, folders, and clear errors."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.errors import SourceError
from kg.sources import discover, load


def test_header_and_text(tmp_path):
    p = tmp_path / "One Article.txt"
    p.write_text("---\ntitle: A: B\nurl:\npublished: 2026-02-08\n---\nBody text.\n", encoding="utf-8")
    doc = load(p)
    assert (doc.id, doc.title, doc.url, doc.published, doc.text) == ("one-article", "A: B", "", dt.date(2026, 2, 8), "Body text.")
    assert len(doc.sha256) == 64


def test_no_header_is_plain_text(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("Just text.", encoding="utf-8")
    assert load(p).text == "Just text." and load(p).published is None


@pytest.mark.parametrize("content, message", [
    ("---\ntitle: x\nBody", "never closed"),
    ("---\ntitle x\n---\nBody", ":2: header line"),
    ("---\npublished: 8 Feb\n---\nBody", ":2: published date"),
    ("---\ntitle: x\n---\n   \n", "no text"),
])
def test_malformed_input_names_file_and_line(tmp_path, content, message):
    p = tmp_path / "bad.txt"
    p.write_text(content, encoding="utf-8")
    with pytest.raises(SourceError, match=message) as err:
        load(p)
    assert "bad.txt" in str(err.value)


def test_not_utf8(tmp_path):
    p = tmp_path / "latin.txt"
    p.write_bytes("caf\xe9".encode("latin-1"))
    with pytest.raises(SourceError, match="not UTF-8"):
        load(p)


def test_html_main_text_and_metadata(tmp_path):
    p = tmp_path / "page.html"
    body = " ".join(["The ministers met in Paris to discuss border security and agreed on new patrols."] * 4)
    p.write_text(f"""<html><head><title>Ministers meet</title>
        <meta property="og:title" content="Ministers meet in Paris">
        <meta property="article:published_time" content="2025-08-05T10:00:00Z"></head>
        <body><nav>Home | World | Sport</nav><article><h1>Ministers meet in Paris</h1><p>{body}</p>
        <p>{body}</p></article><footer>Copyright</footer></body></html>""", encoding="utf-8")
    doc = load(p)
    assert "ministers met in Paris" in doc.text and "Copyright" not in doc.text
    assert doc.published == dt.date(2025, 8, 5)


def test_discover_folders_and_errors(tmp_path):
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.html").write_text("x")
    (tmp_path / "notes.json").write_text("{}")
    assert [p.name for p in discover([tmp_path])] == ["a.txt", "b.html"]
    with pytest.raises(SourceError, match="no such file"):
        discover([tmp_path / "missing"])
    with pytest.raises(SourceError, match="not an article"):
        discover([tmp_path / "notes.json"])


def test_skipped_files_are_the_ones_discover_leaves_out(tmp_path) -> None:
    from kg.sources import discover, skipped_files

    (tmp_path / "sub").mkdir()
    for name in ("a.txt", "sub/b.html", "notes.pdf", ".hidden.txt", "sub/data.csv"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    kept = discover([tmp_path])
    skipped = skipped_files([tmp_path])
    assert [p.name for p in kept] == ["a.txt", "b.html"]
    assert sorted(p.name for p in skipped) == [".hidden.txt", "data.csv", "notes.pdf"]
    assert skipped_files([tmp_path / "a.txt"]) == []  # a file named on the command line is never "skipped"


def test_a_folders_readme_is_not_an_article(tmp_path):
    from kg.sources import discover, skipped_files

    (tmp_path / "README.md").write_text("# About this corpus\n")
    (tmp_path / "a.txt").write_text("---\ntitle: A\n---\nText.\n")
    assert discover([tmp_path]) == [tmp_path / "a.txt"]
    assert skipped_files([tmp_path]) == [tmp_path / "README.md"]   # named with --verbose
    assert discover([tmp_path / "README.md"]) == [tmp_path / "README.md"]  # asked for by name, it is read
