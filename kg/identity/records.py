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


_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_PROV_DERIVED = "http://www.w3.org/ns/prov#wasDerivedFrom"
_PROV_SPECIALIZATION = ox.NamedNode("http://www.w3.org/ns/prov#specializationOf")
_DCT = "http://purl.org/dc/terms/"
_SCHEMA = "https://schema.org/"
_RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
_SKOS_LABELS = (ox.NamedNode("http://www.w3.org/2004/02/skos/core#prefLabel"),
                ox.NamedNode("http://www.w3.org/2004/02/skos/core#altLabel"))
_OA = "http://www.w3.org/ns/oa#"
_BLOCK_KEY, _TEXT_HASH, _MINHASH = (ox.NamedNode(KG + "blockKey"), ox.NamedNode(KG + "textHash"),
                                    ox.NamedNode(KG + "minhash"))
_DCT_SOURCE = ox.NamedNode(_DCT + "source")


class _Article:
    """One article graph, read lazily by index lookups (graph + subject + predicate, or graph + type), each
    remembered. Why lazy: decoding a stored quad costs tens of microseconds, and resolution needs ~1 in 8 of an
    article's quads (its facts' types, participants, dates, parties; not the evidence selectors)."""

    def __init__(self, store: Store, graph: str) -> None:
        self.store, self.graph = store, ox.NamedNode(graph)
        self._seen: dict[tuple[str, str], list] = {}
        self._typed: dict[str, list[str]] = {}

    def objects(self, s: str, p: str) -> list:
        if (s, p) not in self._seen:
            self._seen[(s, p)] = [q.object for q in self.store.quads_matching(_n(s), _n(p), None, self.graph)]
        return self._seen[(s, p)]

    def first(self, s: str, p: str):
        values = self.objects(s, p)
        return values[0] if values else None

    def values(self, s: str, p: str) -> list[str]:
        return [o.value for o in self.objects(s, p)]

    def of_type(self, cls: str) -> list[str]:
        if cls not in self._typed:
            self._typed[cls] = sorted(q.subject.value for q in self.store.quads_matching(
                None, _n(_RDF_TYPE), _n(cls), self.graph))
        return self._typed[cls]

    def has_type(self, s: str, cls: str) -> bool:
        return s in self.of_type(cls)


class Reader:
    """Reads documents' mentions, caching each document (a resolution touches a few dozen at most).

    Every read is an index lookup (``Store.quads_matching``): an article's graph, or the quads with one literal
    key, one mention or one canonical graph. Only keys are memoised across calls: they are written before any
    reader exists and never change during a resolution, whereas canonical links are rewritten as it goes."""

    def __init__(self, store: Store, reports: dict[str, str], *, articles: dict | None = None) -> None:
        self.store = store
        self.reports = reports   # document IRI → report key
        self._docs: dict[str, Report | None] = {}
        # article graphs never change during a resolution: readers of one resolution share what they read
        self._articles: dict[str, _Article] = {} if articles is None else articles
        self._keys: dict[str, list[tuple[str, str]]] = {}

    def _quads(self, s=None, p=None, o=None, g=None) -> list[ox.Quad]:
        """Quads in named graphs only (as GRAPH ?g in SPARQL): the default graph is never resolution's."""
        return [q for q in self.store.quads_matching(s, p, o, g) if not isinstance(q.graph_name, ox.DefaultGraph)]

    def _article(self, doc_id: str) -> _Article:
        if doc_id not in self._articles:
            self._articles[doc_id] = _Article(self.store, ARTICLE_GRAPH + doc_id)
        return self._articles[doc_id]

    def document(self, doc_id: str) -> Report | None:
        if doc_id not in self._docs:
            g = ARTICLE_GRAPH + doc_id
            art = self._article(doc_id)
            doc_term = art.first(g, _PROV_DERIVED)
            if doc_term is None:
                self._docs[doc_id] = None
            else:
                doc = doc_term.value
                publisher = art.first(doc, _DCT + "publisher")
                report = self.reports.get(doc) or self.canonical_of(doc) or doc
                self._docs[doc_id] = Report(doc=doc, report=report,
                                            outlet=outlet(publisher.value if publisher is not None else ""),
                                            published=_date(art.first(doc, _DCT + "issued")))
        return self._docs[doc_id]

    def canonical_of(self, mention: str) -> str | None:
        found = [q.object.value for q in self._quads(_n(mention), _PROV_SPECIALIZATION)]
        return min(found) if found else None

    def pref_label(self, person: str) -> str | None:
        rows = self._quads(_n(person), _SKOS_LABELS[0])
        return rows[0].object.value if rows else None

    def events(self, doc_id: str) -> list[EventMention]:
        report = self.document(doc_id)
        if report is None:
            return []
        art = self._article(doc_id)
        out = []
        kinds_of: dict[str, list[str]] = {}
        for cls, kind in KINDS.items():
            for iri in art.of_type(cls):
                kinds_of.setdefault(iri, []).append(kind)
        for iri in sorted(kinds_of):
            kinds = sorted(kinds_of[iri])
            persons = frozenset(p for p in art.values(iri, KG + "participant") if art.has_type(p, KG + "Person"))
            if not persons:
                continue
            place = art.first(iri, _SCHEMA + "location")
            modality = art.first(iri, KG + "modality")
            out.append(EventMention(
                iri=iri, doc=report, kind=kinds[0], persons=persons,
                date=_date(art.first(iri, _SCHEMA + "startDate")), end=_date(art.first(iri, _SCHEMA + "endDate")),
                place=place.value if place is not None else None,
                expected=modality is not None and modality.value.endswith("/expected"),
                countries=frozenset(art.values(iri, KG + "country")),
                labels=frozenset((p, label) for p in persons for label in art.values(p, _RDFS_LABEL))))
        return out

    def agreements(self, doc_id: str) -> list[AgreementMention]:
        report = self.document(doc_id)
        if report is None:
            return []
        art = self._article(doc_id)
        out = []
        for iri in art.of_type(KG + "Agreement"):
            status, description = art.first(iri, KG + "status"), art.first(iri, _DCT + "description")
            if status is None or description is None:
                continue
            event = art.first(iri, KG + "reachedAt")
            out.append(AgreementMention(
                iri=iri, doc=report, status=status.value.rsplit("/", 1)[-1], description=description.value,
                parties=frozenset(art.values(iri, KG + "party")), words=content_words(description.value),
                topics=frozenset(art.values(iri, KG + "threat")), date=_date(art.first(iri, _DCT + "date")),
                event=event.value if event is not None else None))
        return out

    def statements(self, doc_id: str) -> list[StatementMention]:
        report = self.document(doc_id)
        if report is None:
            return []
        art = self._article(doc_id)
        out = []
        for iri in art.of_type(KG + "Statement"):
            speaker, text = art.first(iri, KG + "speaker"), art.first(iri, _SCHEMA + "text")
            if speaker is None or text is None or art.has_type(speaker.value, KG + "UnnamedSource"):
                continue
            sentences = [exact for e in art.values(iri, KG + "evidence")
                         for sel in art.values(e, _OA + "hasSelector") for exact in art.values(sel, _OA + "exact")]
            out.append(statement(iri, report, speaker.value, text.value, " ".join(sorted(sentences))))
        return out

    def person_labels(self, doc_id: str) -> dict[str, set[str]]:
        art = self._article(doc_id)
        out: dict[str, set[str]] = {}
        for p in art.of_type(KG + "Person"):
            labels = set(art.values(p, _RDFS_LABEL))
            if labels:
                out[p] = labels
        return out

    def known_labels(self, person_graph: str) -> set[str]:
        g = _n(person_graph)
        return {q.object.value for p in _SKOS_LABELS for q in self._quads(None, p, None, g)}

    # -- index lookups ---------------------------------------------------------------------------------------
    def by_keys(self, keys: set[str]) -> set[tuple[str, str]]:
        """(mention or document IRI, document id) holding any of these block keys."""
        out: set[tuple[str, str]] = set()
        for key in keys:
            if key not in self._keys:
                self._keys[key] = [(q.subject.value, doc_id_of_keys_graph(q.graph_name.value))
                                   for q in self._quads(None, _BLOCK_KEY, ox.Literal(key))]
            out.update(self._keys[key])
        return out

    def docs_with_hash(self, text_hash: str) -> set[str]:
        """Ids of the documents whose normalised text hashes alike."""
        return {doc_id_of_keys_graph(q.graph_name.value) for q in self._quads(None, _TEXT_HASH, ox.Literal(text_hash))}

    def text_hash(self, doc_id: str) -> str | None:
        rows = self._quads(None, _TEXT_HASH, None, _n(keys_graph(doc_id)))
        return rows[0].object.value if rows else None

    def signature(self, doc_id: str) -> str | None:
        rows = self._quads(None, _MINHASH, None, _n(keys_graph(doc_id)))
        return rows[0].object.value if rows else None

    def canonical_graphs_of(self, mentions: set[str]) -> set[str]:
        return {q.graph_name.value for m in sorted(mentions) for q in self._quads(_n(m), _PROV_SPECIALIZATION)}

    def canonical_graphs_from(self, docs: set[str]) -> set[str]:
        return {q.graph_name.value for d in sorted(docs) for q in self._quads(None, _DCT_SOURCE, _n(d))}

    def members(self, graph: str) -> set[str]:
        return {q.subject.value for q in self._quads(None, _PROV_SPECIALIZATION, None, _n(graph))}
