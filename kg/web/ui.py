"""The query UI at ``/``: YASGUI (vendored, works offline) on /sparql, with the competency queries as tabs.

The examples are read from ontology/queries/*.rq on every page load, so the UI always shows the queries the
ontology promises to answer, never a copy. Static files are served from ``/assets/`` with a content hash in
the URL: a versioned URL is cached for a year (immutable), an unversioned one revalidates by ETag.
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from pathlib import Path

from flask import Blueprint, Response, abort, render_template, request, send_from_directory, url_for

from kg.config import QUERIES_DIR
from kg.vocab import PREFIXES

bp = Blueprint("ui", __name__, template_folder="templates")

# Pages show text taken from news articles: besides autoescaping, the browser runs no script but ours.
CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
       "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'")


def security_headers(response: Response) -> Response:
    if response.mimetype == "text/html":
        response.headers.setdefault("Content-Security-Policy", CSP)
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    return response


STATIC_DIR = Path(__file__).resolve().parent / "static"
YEAR = 365 * 24 * 3600
_HEADER = re.compile(r"^#\s*([A-Za-z][\w-]*)\s*:\s*(.*?)\s*$")


def read_queries(folder: Path) -> list[dict[str, str]]:
    """Each ``*.rq`` file as {name, title, tab, description, query}: the title from the leading ``# title: ...``
    comment line (the file name when absent), the description from the other leading comment lines."""
    out = []
    for path in sorted(folder.glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        meta: dict[str, str] = {}
        notes: list[str] = []
        for line in text.splitlines():
            if not line.startswith("#"):
                if line.strip():
                    break
                continue
            m = _HEADER.match(line)
            if m and m.group(1).lower() in ("title", "description"):
                meta.setdefault(m.group(1).lower(), m.group(2))
            else:
                notes.append(line.lstrip("#").strip())
        meta.setdefault("description", " ".join(n for n in notes if n))
        out.append({
            "name": path.stem,
            "title": meta.get("title") or path.stem.replace("-", " ").replace("_", " "),
            "tab": path.stem.replace("-", " ").replace("_", " ").capitalize(),  # short, for the tab bar
            "description": meta.get("description", ""),
            "query": text,
        })
    return out


@lru_cache(maxsize=256)
def _digest(path: Path, mtime_ns: int) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:12]


def asset_url(filename: str) -> str:
    """URL of a static file with its content hash, so browsers may cache it for good."""
    path = STATIC_DIR / filename
    try:
        version = _digest(path, path.stat().st_mtime_ns)
    except OSError:
        return url_for("ui.asset", filename=filename)
    return url_for("ui.asset", filename=filename, v=version)


@bp.app_context_processor
def _inject() -> dict[str, object]:
    return {"asset_url": asset_url}


@bp.get("/assets/<path:filename>")
def asset(filename: str) -> Response:
    versioned = "v" in request.args
    response = send_from_directory(STATIC_DIR, filename, max_age=YEAR if versioned else 300, conditional=True)
    if versioned:
        response.cache_control.immutable = True
    response.cache_control.public = True
    return response


@bp.get("/")
def index() -> str:
    queries = read_queries(QUERIES_DIR) if QUERIES_DIR.is_dir() else []
    endpoint = request.host_url + "sparql"  # kg.web.sparql's endpoint, absolute as YASGUI wants it
    return render_template("index.html", queries=queries, endpoint=endpoint, prefixes=PREFIXES)


@bp.get("/queries/<name>.rq")
def query_file(name: str) -> Response:
    """One competency query as a file (for curl users and for links from the UI)."""
    for q in read_queries(QUERIES_DIR) if QUERIES_DIR.is_dir() else []:
        if q["name"] == name:
            return Response(q["query"], mimetype="application/sparql-query")
    abort(404)
