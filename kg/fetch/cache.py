"""The page cache beside the store: every fetched page as UTF-8 HTML, with its fetch record beside it.

A page's file name is its article id (readable host and path, plus a hash of the URL), so the ordinary file
pipeline ingests it and re-ingesting gives the same graph; a rebuild reads the cache and never refetches, and
evidence offsets always index a stored text. The folder can be ingested as it is: ``kg ingest .kg-store-cache``.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from kg.fetch.http import Page
from kg.sources import RETRIEVAL_SUFFIX

ID_LENGTH = 60


def cache_dir(store: Path) -> Path:
    """Beside the store, not in it: the store folder belongs to Oxigraph."""
    return store.parent / f"{store.name}-cache"


def page_id(url: str) -> str:
    """A stable, readable article id for a URL: 'example-org-news-talks-resume-1a2b3c4d5e'."""
    parts = urlsplit(url)
    readable = re.sub(r"[^a-z0-9]+", "-", f"{parts.hostname or ''}{parts.path}".lower()).strip("-")
    readable = re.sub(r"-(html?|php|aspx?)$", "", readable)[:ID_LENGTH].strip("-") or "page"
    return f"{readable}-{hashlib.sha256(url.encode('utf-8')).hexdigest()[:10]}"


@dataclass(frozen=True)
class Known:
    """What the cache knows of a page already ingested: for duplicate detection by URL and by text."""

    path: Path
    urls: frozenset[str]     # asked, final and canonical
    text_sha256: str


class PageCache:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def path(self, url: str) -> Path:
        return self.folder / f"{page_id(url)}.html"

    def get(self, url: str) -> Path | None:
        path = self.path(url)
        return path if path.is_file() and path.with_suffix(RETRIEVAL_SUFFIX).is_file() else None

    def put(self, page: Page) -> Path:
        """Keep a fetched page and its record; written record last, so a half-written entry is not 'cached'."""
        self.folder.mkdir(parents=True, exist_ok=True)
        path = self.path(page.url)
        _write(path, page.text)
        _write(path.with_suffix(RETRIEVAL_SUFFIX), json.dumps({
            "url": page.url, "final_url": page.final_url, "status": page.status,
            "fetched_at": page.fetched_at.isoformat(), "content_type": page.content_type,
            "charset": page.charset, "etag": page.etag, "last_modified": page.last_modified,
            "raw_sha256": hashlib.sha256(page.body).hexdigest(),
        }, indent=1) + "\n")
        return path

    def note(self, path: Path, *, canonical_url: str, text_sha256: str) -> None:
        """Add what extraction found (canonical URL, text hash) to a page's record, for later duplicate checks."""
        record = path.with_suffix(RETRIEVAL_SUFFIX)
        data = json.loads(record.read_text(encoding="utf-8"))
        data.update(canonical_url=canonical_url, text_sha256=text_sha256)
        _write(record, json.dumps(data, indent=1) + "\n")

    def drop(self, path: Path) -> None:
        path.with_suffix(RETRIEVAL_SUFFIX).unlink(missing_ok=True)
        path.unlink(missing_ok=True)

    def known(self) -> list[Known]:
        out = []
        for record in sorted(self.folder.glob(f"*{RETRIEVAL_SUFFIX}")):
            try:
                data = json.loads(record.read_text(encoding="utf-8"))
            except ValueError:
                continue
            urls = frozenset(u for u in (data.get("url"), data.get("final_url"), data.get("canonical_url")) if u)
            page = record.with_name(record.name[:-len(RETRIEVAL_SUFFIX)] + ".html")
            out.append(Known(page, urls, data.get("text_sha256", "")))
        return out


def _write(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)
