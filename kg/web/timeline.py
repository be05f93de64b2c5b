"""The timeline view: canonical events and agreements by date (ontology/queries/timeline.rq), filtered in the
browser by country, person and kind; each item links to its page and to every report behind it."""

from __future__ import annotations

from flask import Blueprint, Response, jsonify, render_template, url_for

from kg.config import QUERIES_DIR
from kg.web.pages import local_href
from kg.web.reads import read

bp = Blueprint("timeline", __name__, template_folder="templates")


@bp.app_context_processor
def _inject() -> dict[str, object]:
    """The navigation links here only in apps that serve the timeline."""
    return {"timeline_url": lambda: url_for("timeline.timeline_view")}


def _split(value: str | None, sep: str) -> list[str]:
    return [v for v in (value or "").split(sep) if v]


def _rows(store) -> list[dict[str, str | None]]:
    result = store.query((QUERIES_DIR / "timeline.rq").read_text(encoding="utf-8"))
    names = [v.value for v in result.variables]  # type: ignore[union-attr]
    return [{n: (row[n].value if row[n] is not None else None) for n in names} for row in result]  # type: ignore


def items() -> list[dict[str, object]]:
    out = []
    for r in read(_rows):  # the pages' snapshot protocol: never fails while 'kg ingest' writes
        out.append({
            "href": local_href(r["item"]), "kind": r["kind"], "date": r["date"], "dated": r["dated"] == "true",
            "reportedOn": r["reportedOn"], "label": r["label"], "sources": int(r["sources"] or 0),
            "reports": int(r["reports"] or 0), "people": sorted(_split(r["people"], "; ")),
            "countries": sorted(_split(r["countries"], "; ")),
            "documents": [{"href": local_href(d), "name": d.rsplit("/", 1)[-1]} for d in _split(r["documents"], " ")],
        })
    return out


@bp.get("/timeline")
def timeline_view() -> str:
    return render_template("timeline.html")


@bp.get("/timeline.json")
def timeline_json() -> Response:
    return jsonify({"items": items()})
