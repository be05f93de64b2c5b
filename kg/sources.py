"""Files and folders → Document records (id, metadata, text). No RDF here.

Two input shapes are understood:
- text with a header between ``---`` lines (title, url, publisher, published, author; any may be empty);
- HTML pages, whose main text and metadata are pulled out by trafilatura.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from kg.errors import SourceError

TEXT_SUFFIXES = {".txt", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
HEADER_KEYS = ("title", "url", "publisher", "published", "author")
RETRIEVAL_SUFFIX = ".fetch.json"  # beside a page fetched from the web (kg/fetch/cache.py): how it was fetched


@dataclass(frozen=True)
class Retrieval:
    """How a page came from the web: what was asked for, where it ended up, when, and the HTTP status."""

    url: str
    final_url: str
    status: int
    fetched_at: dt.datetime


@dataclass(frozen=True)
class Document:
    id: str                       # stable slug: re-ingesting the same file replaces its graph
    text: str                     # the article body; every evidence offset points into it
    path: str
    title: str = ""
    url: str = ""
    publisher: str = ""
    published: dt.date | None = None
    author: str = ""
    retrieval: Retrieval | None = None   # set for pages fetched from the web

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


# A folder's own documentation, not a report: a corpus folder usually carries a README.md beside its articles.
_FOLDER_DOCS = frozenset({"README", "LICENSE", "LICENCE", "CHANGELOG", "NOTICE", "CONTRIBUTING", "COPYING"})


def _is_article(p: Path) -> bool:
    return (p.suffix.lower() in TEXT_SUFFIXES | HTML_SUFFIXES and not p.name.startswith(".")
            and p.stem.upper() not in _FOLDER_DOCS)


def skipped_files(paths: list[Path]) -> list[Path]:
    """Files inside the given folders that discover() leaves out (not articles by their suffix, or hidden)."""
    return [p for path in paths if path.is_dir() for p in sorted(path.rglob("*")) if p.is_file() and not _is_article(p)]


def discover(paths: list[Path]) -> list[Path]:
    """Expand folders into the article files below them, sorted; reject what cannot be ingested."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(p for p in sorted(path.rglob("*")) if p.is_file() and _is_article(p))
        elif path.is_file():
            if path.suffix.lower() not in TEXT_SUFFIXES | HTML_SUFFIXES:
                raise SourceError(f"{path}: not an article (expected .txt, .md or .html)")
            found.append(path)
        else:
            raise SourceError(f"{path}: no such file or folder")
    return found


def load(path: Path) -> Document:
    """Read one article file."""
    try:
        raw = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise SourceError(f"{path}: not UTF-8 text (byte {exc.start})") from None
    except OSError as exc:
        raise SourceError(f"{path}: cannot read ({exc.strerror})") from None
    if path.suffix.lower() in HTML_SUFFIXES:
        return _from_html(path, raw)
    return _from_text(path, raw)


def doc_id(path: Path) -> str:
    return re.sub(r"[^A-Za-z0-9_-]+", "-", path.stem).strip("-").lower() or "article"


def _parse_date(value: str, *, path: Path, line: int) -> dt.date | None:
    value = value.strip()
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        raise SourceError(f"{path}:{line}: published date {value!r} is not YYYY-MM-DD") from None


def _from_text(path: Path, raw: str) -> Document:
    raw = raw.lstrip("\ufeff")
    meta: dict[str, str] = {}
    body = raw
    if raw.startswith("---"):
        lines = raw.split("\n")
        try:
            close = next(i for i in range(1, len(lines)) if lines[i].strip() == "---")
        except StopIteration:
            raise SourceError(f"{path}:1: header opened with '---' is never closed") from None
        for number, line in enumerate(lines[1:close], start=2):
            if not line.strip():
                continue
            key, sep, value = line.partition(":")
            if not sep:
                raise SourceError(f"{path}:{number}: header line {line.strip()!r} is not 'key: value'")
            meta[key.strip().lower()] = value.strip()
        body = "\n".join(lines[close + 1:])
        published_line = next((i + 2 for i, l in enumerate(lines[1:close]) if l.lower().startswith("published")), 1)
    else:
        published_line = 1
    text = body.strip()
    if not text:
        raise SourceError(f"{path}: the article has no text")
    return Document(
        id=doc_id(path), text=text, path=str(path),
        title=meta.get("title", ""), url=meta.get("url", ""), publisher=meta.get("publisher", ""),
        author=meta.get("author", ""),
        published=_parse_date(meta.get("published", ""), path=path, line=published_line),
    )


def _from_html(path: Path, raw: str) -> Document:
    import trafilatura  # heavy import, only when HTML is ingested

    text = trafilatura.extract(raw, include_comments=False, include_tables=False, favor_precision=True)
    if not text or not text.strip():
        raise SourceError(f"{path}: no article text found in the HTML page")
    meta = trafilatura.extract_metadata(raw)
    published = None
    if meta is not None and meta.date:
        try:
            published = dt.date.fromisoformat(meta.date[:10])
        except ValueError:
            published = None
    retrieval = read_retrieval(path)
    url = (meta.url or "") if meta else ""
    if retrieval:  # no canonical URL in the page: where the fetch ended up
        from urllib.parse import urljoin

        url = urljoin(retrieval.final_url, url)
    return Document(
        id=doc_id(path), text=text.strip(), path=str(path), retrieval=retrieval,
        title=(meta.title or "") if meta else "", url=url,
        publisher=(meta.sitename or "") if meta else "", author=(meta.author or "") if meta else "",
        published=published,
    )


def read_retrieval(page: Path) -> Retrieval | None:
    """The fetch record kept beside a cached page, if the page came from the web."""
    import json

    record = page.with_suffix(RETRIEVAL_SUFFIX)
    if not record.is_file():
        return None
    try:
        data = json.loads(record.read_text(encoding="utf-8"))
        return Retrieval(url=data["url"], final_url=data["final_url"], status=int(data["status"]),
                         fetched_at=dt.datetime.fromisoformat(data["fetched_at"]))
    except (ValueError, KeyError, TypeError) as exc:
        raise SourceError(f"{record}: unreadable fetch record ({exc})") from None
