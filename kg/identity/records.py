"""Reading what resolution needs from the store, always by index: one article graph at a time, or literal keys.

Nothing here scans the store: a document's mentions come from its own named graph, candidates from
``kg:blockKey`` literals (object index), links from the mention or document IRI (subject/object index).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

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
    article's quads (its facts' types, participants, dates, parties; not the evidence selectors).

    With ``text`` (the N-Triples the graph was just written from, ``article_from_text``) the same answers come
    from that text instead of the store: the values of (subject, predicate) as a set, which is all a store
    lookup says of them. Read from the store still: ``first`` of a pair holding several values (which comes
    first is the store's index order), and a pair with a typed value the store may write back in another
    form (it keeps xsd:dateTime, numbers … as values: "…+00:00" comes back as "…Z"); so both give the same
    records (tests/test_identity.py)."""

    def __init__(self, store: Store, graph: str, *, text: "_Text | None" = None) -> None:
        self.store, self.graph = store, ox.NamedNode(graph)
        self._seen: dict[tuple[str, str], list] = {}
        self._typed: dict[str, list[str]] = {}
        self._text = text
        # kind → (the Report they were built with, the mentions): Reader._remembered
        self.mentions: dict[str, tuple[Report, list]] = {}

    def objects(self, s: str, p: str) -> list:
        if (s, p) not in self._seen:
            values = self._text.objects(s, p) if self._text is not None else None
            self._seen[(s, p)] = values if values is not None else self._stored(s, p)
        return self._seen[(s, p)]

    def _stored(self, s: str, p: str) -> list:
        return [q.object for q in self.store.quads_matching(_n(s), _n(p), None, self.graph)]

    def first(self, s: str, p: str):
        values = self.objects(s, p)
        if len(values) > 1 and self._text is not None:
            values = self._stored(s, p)  # which one comes first is the store's index order
        return values[0] if values else None

    def values(self, s: str, p: str) -> list[str]:
        return [o.value for o in self.objects(s, p)]

    def of_type(self, cls: str) -> list[str]:
        if cls not in self._typed:
            if self._text is not None:
                self._typed[cls] = self._text.of_type(cls)
            else:
                self._typed[cls] = sorted(q.subject.value for q in self.store.quads_matching(
                    None, _n(_RDF_TYPE), _n(cls), self.graph))
        return self._typed[cls]

    def has_type(self, s: str, cls: str) -> bool:
        return s in self.of_type(cls)


class _Text:
    """An article graph's N-Triples, indexed by (subject, predicate) with each object left as written until it
    is asked for (resolution asks for ~1 in 8). Lines as kg writes them (``<s> <p> object .``, single spaces,
    IRIs without escapes) are split as text; any other text is parsed whole by Oxigraph's parser."""

    def __init__(self, nt: str) -> None:
        self._raw: dict[tuple[str, str], list[str]] = {}
        self._types: dict[str, set[str]] = {}
        self._parsed: dict[tuple[str, str], list] | None = None
        self.usable = True  # False when the text has blank nodes (their stored names differ): read the store
        if not self._split(nt):
            self._raw, self._types = {}, {}
            self._parse(nt)

    def _split(self, nt: str) -> bool:
        raw, types, type_p = self._raw, self._types, f"<{_RDF_TYPE}>"
        for line in nt.split("\n"):
            if not line:
                continue
            parts = line.split(" ", 2)
            if len(parts) != 3:
                return False
            s, p, o = parts
            if not (s[:1] == "<" and s[-1:] == ">" and p[:1] == "<" and p[-1:] == ">" and o[-2:] == " ."
                    and "\\" not in s and "\\" not in p and "\t" not in line and "\r" not in line):
                return False
            o = o[:-2]
            if not o or o[-1] == " " or o[0] not in '<"' or (o[0] == "<" and ("\\" in o or o[-1] != ">")):
                return False
            raw.setdefault((s[1:-1], p[1:-1]), []).append(o)
            if p == type_p and o[0] == "<":
                types.setdefault(o[1:-1], set()).add(s[1:-1])
        return True

    def _parse(self, nt: str) -> None:
        parsed: dict[tuple[str, str], list] = {}
        types: dict[str, set[str]] = {}
        for t in ox.parse(nt.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES):
            if isinstance(t.subject, ox.BlankNode) or isinstance(t.object, ox.BlankNode):
                self.usable = False
                return
            parsed.setdefault((t.subject.value, t.predicate.value), []).append(t.object)
            if t.predicate.value == _RDF_TYPE and isinstance(t.object, ox.NamedNode):
                types.setdefault(t.object.value, set()).add(t.subject.value)
        self._parsed = {k: list(dict.fromkeys(v)) for k, v in parsed.items()}
        self._types = types

    def objects(self, s: str, p: str) -> list | None:
        """The values as the store holds them (a graph holds a triple once); None when the store must say."""
        if self._parsed is not None:
            values = self._parsed.get((s, p), [])
        else:
            values = [_term(o) for o in self._raw.get((s, p), ())]
        if not all(map(_as_stored, values)):
            return None
        return list(dict.fromkeys(values))

    def of_type(self, cls: str) -> list[str]:
        return sorted(self._types.get(cls, ()))


_LITERAL = re.compile(r'"((?:[^"\\])*)"(?:\^\^<([^<>"{}|^`\\\x00-\x20]*)>|@([a-z]+(?:-[a-z0-9]+)*))?')


_XSD = "http://www.w3.org/2001/XMLSchema#"
_AS_WRITTEN = {_XSD + "string": None, _XSD + "date": re.compile(r"[1-9][0-9]{3}-[0-9]{2}-[0-9]{2}")}


def _as_stored(term) -> bool:  # noqa: ANN001 - an Oxigraph term
    """Is this term read back from the store exactly as written? IRIs, plain and language-tagged strings, and
    dates written as YYYY-MM-DD are; other typed values may come back in their canonical form."""
    if not isinstance(term, ox.Literal) or term.language:
        return isinstance(term, (ox.NamedNode, ox.Literal))
    if term.datatype.value not in _AS_WRITTEN:
        return False
    form = _AS_WRITTEN[term.datatype.value]
    return form is None or form.fullmatch(term.value) is not None


def _term(o: str):
    """One object as written in N-Triples → the Oxigraph term the store holds for it."""
    if o[0] == "<":
        return ox.NamedNode(o[1:-1])
    found = _LITERAL.fullmatch(o)
    if found is None:  # escapes inside the literal, a language tag to normalise: Oxigraph's parser reads them
        return next(iter(ox.parse(f"<urn:x> <urn:x> {o} .".encode("utf-8"), format=ox.RdfFormat.N_TRIPLES))).object
    lexical, datatype, language = found.groups()
    if language:
        return ox.Literal(lexical, language=language)
    if datatype:
        return ox.Literal(lexical, datatype=ox.NamedNode(datatype))
    return ox.Literal(lexical)


def article_from_text(store: Store, doc_id: str, nt: str) -> _Article:
    """The article graph of ``doc_id`` answered from the N-Triples it was written from (see ``_Article``)."""
    text = _Text(nt)
    return _Article(store, ARTICLE_GRAPH + doc_id, text=text if text.usable else None)


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

    def _remembered(self, doc_id: str, kind: str, build) -> list:  # noqa: ANN001
        """A document's mentions of one kind, built once per resolution: the readers of one resolution share its
        article graphs (``articles``), and a new document's mentions are read when its keys are filed and again
        when it is clustered. They depend on the article graph (unchanged while a resolution runs) and on the
        document's Report, which the reports step may change (a copy found): then the same mentions are given
        the new Report (``dataclasses.replace``), as building them again would give them."""
        report = self.document(doc_id)
        if report is None:
            return []
        art = self._article(doc_id)
        held = art.mentions.get(kind)
        if held is None:
            held = art.mentions[kind] = (report, build(report, art))
        built_for, out = held
        if built_for != report:
            out = [replace(m, doc=report) for m in out]
            art.mentions[kind] = (report, out)
        return list(out)

    def events(self, doc_id: str) -> list[EventMention]:
        return self._remembered(doc_id, "events", self._events)

    def _events(self, report: Report, art: _Article) -> list[EventMention]:
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
        return self._remembered(doc_id, "agreements", self._agreements)

    def _agreements(self, report: Report, art: _Article) -> list[AgreementMention]:
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
        return self._remembered(doc_id, "statements", self._statements)

    def _statements(self, report: Report, art: _Article) -> list[StatementMention]:
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
