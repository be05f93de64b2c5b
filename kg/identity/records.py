"""Reading what resolution needs from the store, always by index: one article graph at a time, or literal keys.

Nothing here scans the store: a document's mentions come from its own named graph, candidates from
``kg:blockKey`` literals (object index), links from the mention or document IRI (subject/object index).
"""

from __future__ import annotations

import datetime as dt
import re

import pyoxigraph as ox

from kg.identity.denials import StatementMention, statement
from kg.identity.mentions import AgreementMention, EventMention, Report
from kg.store import Store

KG = "https://w3id.org/kg/ontology#"
BASE = "https://w3id.org/kg/"
IDENTITY = BASE + "identity/"          # every graph resolution writes lives under here
ARTICLE_GRAPH = BASE + "graph/"
KINDS = {f"{KG}Meeting": "meeting", f"{KG}Visit": "visit", f"{KG}Talks": "talks", f"{KG}Summit": "summit",
         f"{KG}Call": "call", f"{KG}Arrest": "arrest"}
STOPWORDS = frozenset("""a an and the of to in on for with by from at as its their each other both two between
their respective would will be is are was were that this these those such into over more further new agreement
agreements deal pact cooperation bilateral countries country nations
security law enforcement national strengthen enhance boost collaboration sides
memorandum understanding mou field area sector""".split())
# words every security agreement shares: two descriptions must share words beyond these to be one agreement

PREFIXES = """PREFIX kg: <https://w3id.org/kg/ontology#>
PREFIX schema: <https://schema.org/>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
"""
DOCUMENT = PREFIXES + """SELECT ?g ?doc ?publisher ?issued WHERE { GRAPH ?g {
  ?g prov:wasDerivedFrom ?doc . OPTIONAL { ?doc dcterms:publisher ?publisher } OPTIONAL { ?doc dcterms:issued ?issued } } }"""
EVENTS = PREFIXES + """SELECT ?g ?e ?class ?p ?date ?end ?place ?modality ?country WHERE { GRAPH ?g {
  ?e a ?class . OPTIONAL { ?e kg:modality ?modality }
  OPTIONAL { ?e kg:participant ?p . ?p a kg:Person }
  OPTIONAL { ?e schema:startDate ?date } OPTIONAL { ?e schema:endDate ?end } OPTIONAL { ?e schema:location ?place }
  OPTIONAL { ?e kg:country ?country } } }"""
AGREEMENTS = PREFIXES + """SELECT ?g ?a ?status ?party ?description ?topic ?date ?event WHERE { GRAPH ?g {
  ?a a kg:Agreement ; kg:status ?status ; dcterms:description ?description .
  OPTIONAL { ?a kg:party ?party } OPTIONAL { ?a kg:threat ?topic } OPTIONAL { ?a dcterms:date ?date }
  OPTIONAL { ?a kg:reachedAt ?event } } }"""
STATEMENTS = PREFIXES + """PREFIX oa: <http://www.w3.org/ns/oa#>
SELECT ?g ?s ?speaker ?text ?sentence WHERE { GRAPH ?g {
  ?s a kg:Statement ; kg:speaker ?speaker ; schema:text ?text .
  FILTER NOT EXISTS { ?speaker a kg:UnnamedSource }
  OPTIONAL { ?s kg:evidence/oa:hasSelector/oa:exact ?sentence } } }"""
PERSON_LABELS = PREFIXES + """SELECT ?g ?p ?label WHERE { GRAPH ?g { ?p a kg:Person ; rdfs:label ?label } }"""
KNOWN_LABELS = PREFIXES + """SELECT ?pg ?label WHERE { GRAPH ?pg { ?p skos:prefLabel|skos:altLabel ?label } }"""
BY_KEY = PREFIXES + """SELECT DISTINCT ?key ?m ?kg WHERE { GRAPH ?kg { ?m kg:blockKey ?key } }"""
SIGNATURE = PREFIXES + """SELECT ?kg ?sig WHERE { GRAPH ?kg { ?doc kg:minhash ?sig } }"""
TEXT_HASH = PREFIXES + """SELECT DISTINCT ?hash ?kg WHERE { GRAPH ?kg { ?doc kg:textHash ?hash } }"""
HASH_OF = PREFIXES + """SELECT ?kg ?hash WHERE { GRAPH ?kg { ?doc kg:textHash ?hash } } LIMIT 1"""
CANONICAL_OF = PREFIXES + """SELECT DISTINCT ?m ?cg WHERE { GRAPH ?cg { ?m prov:specializationOf ?c } }"""
CANONICAL_OF_ANY = PREFIXES + """SELECT ?m ?c WHERE { GRAPH ?cg { ?m prov:specializationOf ?c } } ORDER BY ?c LIMIT 1"""
PREF_LABEL = PREFIXES + """SELECT ?p ?label WHERE { GRAPH ?pg { ?p skos:prefLabel ?label } } LIMIT 1"""
CANONICAL_FROM = PREFIXES + """SELECT DISTINCT ?doc ?cg WHERE { GRAPH ?cg { ?c dcterms:source ?doc } }"""
MEMBERS = PREFIXES + """SELECT ?cg ?m WHERE { GRAPH ?cg { ?m prov:specializationOf ?c } }"""


def keys_graph(doc_id: str) -> str:
    return f"{IDENTITY}keys/{doc_id}"


def doc_id_of_keys_graph(iri: str) -> str:
    return iri[len(IDENTITY + "keys/"):]


def _n(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


def _date(term: ox.Literal | None) -> dt.date | None:
    if term is None:
        return None
    try:
        return dt.date.fromisoformat(term.value[:10])
    except ValueError:
        return None


def outlet(publisher: str) -> str:
    """'Republic World (ANI)' and 'Republic World' are one outlet; the wire in brackets is kept apart."""
    return re.sub(r"\s+", " ", re.sub(r"\(.*?\)", "", publisher)).strip().casefold()


def content_words(description: str) -> frozenset[str]:
    words = re.findall(r"[a-z]+", description.casefold())
    return frozenset(w[:-1] if w.endswith("s") and len(w) > 4 else w for w in words
                     if w not in STOPWORDS and len(w) > 2)


class Reader:
    """Reads documents' mentions, caching each document (a resolution touches a few dozen at most)."""

    def __init__(self, store: Store, reports: dict[str, str]) -> None:
        self.store = store
        self.reports = reports   # document IRI → report key
        self._docs: dict[str, Report | None] = {}

    def _rows(self, query: str, **bind: ox.NamedNode | ox.Literal) -> list[ox.QuerySolution]:
        return list(self.store.query(query, bindings=bind))  # type: ignore[arg-type]

    def document(self, doc_id: str) -> Report | None:
        if doc_id not in self._docs:
            rows = self._rows(DOCUMENT, g=_n(ARTICLE_GRAPH + doc_id))
            if not rows:
                self._docs[doc_id] = None
            else:
                doc = rows[0]["doc"].value
                publisher = rows[0]["publisher"].value if rows[0]["publisher"] else ""
                report = self.reports.get(doc) or self.canonical_of(doc) or doc
                self._docs[doc_id] = Report(doc=doc, report=report, outlet=outlet(publisher),
                                            published=_date(rows[0]["issued"]))
        return self._docs[doc_id]

    def canonical_of(self, mention: str) -> str | None:
        rows = self._rows(CANONICAL_OF_ANY, m=_n(mention))
        return rows[0]["c"].value if rows else None

    def pref_label(self, person: str) -> str | None:
        rows = self._rows(PREF_LABEL, p=_n(person))
        return rows[0]["label"].value if rows else None

    def events(self, doc_id: str) -> list[EventMention]:
        report = self.document(doc_id)
        if report is None:
            return []
        found: dict[str, dict] = {}
        for r in self._rows(EVENTS, g=_n(ARTICLE_GRAPH + doc_id)):
            kind = KINDS.get(r["class"].value)
            if kind is None:
                continue
            e = found.setdefault(r["e"].value, {"kind": kind, "persons": set(), "date": None, "end": None,
                                                 "place": None, "expected": False,
                                                 "countries": set()})
            if r["country"]:
                e["countries"].add(r["country"].value)
            if r["p"]:
                e["persons"].add(r["p"].value)
            e["date"] = e["date"] or _date(r["date"])
            e["end"] = e["end"] or _date(r["end"])
            e["place"] = e["place"] or (r["place"].value if r["place"] else None)
            e["expected"] = bool(r["modality"]) and r["modality"].value.endswith("/expected")
        return [EventMention(iri=iri, doc=report, kind=e["kind"], persons=frozenset(e["persons"]), date=e["date"],
                             end=e["end"], place=e["place"], expected=e["expected"],
                             countries=frozenset(e["countries"]))
                for iri, e in sorted(found.items()) if e["persons"]]

    def agreements(self, doc_id: str) -> list[AgreementMention]:
        report = self.document(doc_id)
        if report is None:
            return []
        found: dict[str, dict] = {}
        for r in self._rows(AGREEMENTS, g=_n(ARTICLE_GRAPH + doc_id)):
            a = found.setdefault(r["a"].value, {"status": r["status"].value.rsplit("/", 1)[-1], "parties": set(),
                                                 "description": r["description"].value,
                                                 "words": content_words(r["description"].value), "topics": set(),
                                                 "date": None, "event": None})
            if r["party"]:
                a["parties"].add(r["party"].value)
            if r["topic"]:
                a["topics"].add(r["topic"].value)
            a["date"] = a["date"] or _date(r["date"])
            a["event"] = a["event"] or (r["event"].value if r["event"] else None)
        return [AgreementMention(iri=iri, doc=report, status=a["status"], description=a["description"], parties=frozenset(a["parties"]),
                                 words=a["words"], topics=frozenset(a["topics"]), date=a["date"], event=a["event"])
                for iri, a in sorted(found.items())]

    def statements(self, doc_id: str) -> list[StatementMention]:
        report = self.document(doc_id)
        if report is None:
            return []
        found: dict[str, tuple[str, str, list[str]]] = {}
        for r in self._rows(STATEMENTS, g=_n(ARTICLE_GRAPH + doc_id)):
            entry = found.setdefault(r["s"].value, (r["speaker"].value, r["text"].value, []))
            if r["sentence"]:
                entry[2].append(r["sentence"].value)
        return [statement(iri, report, speaker, text, " ".join(sorted(sentences)))
                for iri, (speaker, text, sentences) in sorted(found.items())]

    def person_labels(self, doc_id: str) -> dict[str, set[str]]:
        out: dict[str, set[str]] = {}
        for r in self._rows(PERSON_LABELS, g=_n(ARTICLE_GRAPH + doc_id)):
            out.setdefault(r["p"].value, set()).add(r["label"].value)
        return out

    def known_labels(self, person_graph: str) -> set[str]:
        return {r["label"].value for r in self._rows(KNOWN_LABELS, pg=_n(person_graph))}

    # -- index lookups ---------------------------------------------------------------------------------------
    def by_keys(self, keys: set[str]) -> set[tuple[str, str]]:
        """(mention or document IRI, document id) holding any of these block keys."""
        out: set[tuple[str, str]] = set()
        for key in sorted(keys):
            for r in self._rows(BY_KEY, key=ox.Literal(key)):
                out.add((r["m"].value, doc_id_of_keys_graph(r["kg"].value)))
        return out

    def docs_with_hash(self, text_hash: str) -> set[str]:
        """Ids of the documents whose normalised text hashes alike."""
        return {doc_id_of_keys_graph(r["kg"].value) for r in self._rows(TEXT_HASH, hash=ox.Literal(text_hash))}

    def text_hash(self, doc_id: str) -> str | None:
        rows = self._rows(HASH_OF, kg=_n(keys_graph(doc_id)))
        return rows[0]["hash"].value if rows else None

    def signature(self, doc_id: str) -> str | None:
        rows = self._rows(SIGNATURE, kg=_n(keys_graph(doc_id)))
        return rows[0]["sig"].value if rows else None

    def canonical_graphs_of(self, mentions: set[str]) -> set[str]:
        out = set()
        for m in sorted(mentions):
            out |= {r["cg"].value for r in self._rows(CANONICAL_OF, m=_n(m))}
        return out

    def canonical_graphs_from(self, docs: set[str]) -> set[str]:
        out = set()
        for d in sorted(docs):
            out |= {r["cg"].value for r in self._rows(CANONICAL_FROM, doc=_n(d))}
        return out

    def members(self, graph: str) -> set[str]:
        return {r["m"].value for r in self._rows(MEMBERS, cg=_n(graph))}


