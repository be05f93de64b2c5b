"""Local pages for the vocabulary: the w3id IRIs of ontology terms (``https://w3id.org/kg/ontology#Person``),
threat concepts (``.../threat/terrorism``), agreement statuses (``.../status/agreed``) and modalities resolve on
this server, as ``/id/`` resources do: HTML for people, Turtle / JSON-LD / N-Triples / RDF-XML by content
negotiation. ``/ontology/terms.json`` lists the classes and properties the query editor completes, so it never
asks a vocabulary site on the internet.
"""

from __future__ import annotations

from functools import lru_cache

import pyoxigraph as ox
from flask import Blueprint, Response, abort, current_app, jsonify, render_template, request, url_for

from kg.config import SHAPES_DIR
from kg.vocab import PREFIXES
from kg.web import entity, pages
from kg.web.local_paths import BASE, ONTOLOGY, SPACES, local_path  # noqa: F401 - re-exported (kg.web.terms.local_path)

bp = Blueprint("terms", __name__, template_folder="templates")

OWL_CLASS = "http://www.w3.org/2002/07/owl#Class"
SH = "http://www.w3.org/ns/shacl#"
NOT_TERMS = ("http://www.w3.org/2001/XMLSchema#",)  # datatypes are ranges, not classes one queries for


def _rows(name: str) -> list[dict[str, str]]:
    def rows(store) -> list[dict[str, str]]:
        result = store.query(entity.sparql(name))
        names = [v.value for v in result.variables]
        return [{n: row[n].value for n in names if row[n] is not None} for row in result]

    return pages._read(rows)


@lru_cache(maxsize=1)
def _shape_terms() -> tuple[frozenset[str], frozenset[str]]:
    """Classes and properties the SHACL contract names (sh:targetClass, sh:class, sh:path): the reused terms the
    data really uses (schema:startDate, org:holds ...), which the ontology graph does not declare."""
    classes: set[str] = set()
    properties: set[str] = set()
    for path in sorted(SHAPES_DIR.glob("*.ttl")):
        for q in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE):
            if isinstance(q.object, ox.NamedNode):
                if q.predicate.value in (SH + "targetClass", SH + "class"):
                    classes.add(q.object.value)
                elif q.predicate.value == SH + "path":
                    properties.add(q.object.value)
    return frozenset(classes), frozenset(properties)


def vocabulary() -> dict[str, list[str]]:
    """Every class and property worth completing, as full IRIs (the editor shortens them with its prefixes)."""
    classes, properties = (set(s) for s in _shape_terms())
    for r in _rows("terms_vocabulary"):
        (classes if r["kind"] == "class" else properties).add(r["term"])
    keep = lambda iris: sorted(i for i in iris if not i.startswith(NOT_TERMS))  # noqa: E731
    return {"classes": keep(classes), "properties": keep(properties)}


@bp.get("/ontology/terms.json")
def terms_json() -> Response:
    response = jsonify({**vocabulary(), "prefixes": PREFIXES})
    response.cache_control.max_age = 300
    return response


def ontology_terms() -> list[dict[str, object]]:
    out: dict[str, dict[str, object]] = {}
    for r in _rows("terms_ontology"):
        t = out.setdefault(r["term"], {"iri": r["term"], "name": entity.local_name(r["term"]),
                                       "kind": "class" if r["type"] == OWL_CLASS else "property",
                                       "label": r.get("label", ""), "comment": r.get("comment", ""), "super": []})
        if "super" in r and r["super"] not in t["super"]:  # type: ignore[operator]
            t["super"].append(r["super"])  # type: ignore[union-attr]
    return list(out.values())


@bp.get("/ontology")
def ontology() -> Response:
    chosen = pages.choose_format(request.headers.get("Accept"), request.args.get("format"))
    if chosen is None:
        abort(406, description="The ontology is available as " + ", ".join(
            ["text/html"] + [f.media_types[0] for f in pages.page_formats()]) + ".")
    alternates = [(f.name, f.media_types[0], url_for("terms.ontology", format=f.name)) for f in pages.page_formats()]
    if chosen == "html":
        terms = ontology_terms()
        response = current_app.make_response(render_template(
            "ontology.html", classes=[t for t in terms if t["kind"] == "class"],
            properties=[t for t in terms if t["kind"] == "property"], alternates=alternates,
            href=pages.local_href, curie=pages.curie))
    else:
        triples = pages._read(lambda store: list(store.query(entity.sparql("terms_ontology_rdf"))))
        prefixes = {k: v for k, v in PREFIXES.items() if k != "kgid"}
        body = ox.serialize(sorted(triples, key=str), format=chosen.ox, prefixes=prefixes if chosen.ox in (
            ox.RdfFormat.TURTLE, ox.RdfFormat.RDF_XML) else None) or b""
        response = Response(body, headers={"Content-Type": chosen.content_type})
    response.headers["Vary"] = "Accept"
    return response


@bp.get("/<any(threat, status, modality):space>/<name>")
def concept(space: str, name: str) -> Response:
    iri = f"{BASE}{space}/{name}"
    return pages.serve(iri, lambda **args: url_for("terms.concept", space=space, name=name, **args))
