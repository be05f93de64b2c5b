"""The resolution pass: keys for the new documents, their reports, then the blocks their mentions fall in."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol, TypeVar

import pyoxigraph as ox

from kg.errors import StoreError
from kg.identity import canonical, denials, match, texts
from kg.identity.denials import StatementMention
from kg.identity.mentions import AgreementMention, EventMention
from kg.identity.records import IDENTITY, Reader, article_from_text, keys_graph
from kg.store import Store

BUCKET_DAYS = 16        # block keys name 16-day periods: a window of days is a handful of literal lookups
WIDE_BUCKET_DAYS = 64   # ... and 64-day periods for the windows of undated mentions, months long
KG = "https://w3id.org/kg/ontology#"
PROV = "http://www.w3.org/ns/prov#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
REPORT = "https://w3id.org/kg/id/report/"


@dataclass(frozen=True)
class ResolveReport:
    documents: int
    copies: int          # documents found to be copies of a report already stored or in the batch
    events: int          # canonical events written
    agreements: int      # canonical agreements written
    conflicts: int


class TextDoc(Protocol):
    """What resolution needs of a source document (kg.sources.Document fits)."""

    @property
    def id(self) -> str: ...

    @property
    def text(self) -> str: ...


def _bucket(day: dt.date, days: int) -> int:
    return day.toordinal() // days


def _buckets(start: dt.date, end: dt.date, days: int) -> range:
    return range(_bucket(start, days), _bucket(end, days) + 1)


def _sig_key(m: EventMention | AgreementMention | StatementMention) -> str:
    if isinstance(m, StatementMention):
        return "sig:" + m.iri
    return _signature_key(match._signature(m))


@lru_cache(maxsize=1 << 16)
def _signature_key(signature: tuple) -> str:
    """A signature's key, remembered: every mention's is asked when its keys are filed and again when its partners
    are looked up (and copies share theirs). Equal signatures give one key: their fields are strings, dates, None,
    a bool and sets of strings (match._signature), whose equal values have one repr."""
    return "sig:" + hashlib.sha1(repr(_canonical(signature)).encode("utf-8")).hexdigest()[:16]


def _canonical(value: object) -> object:
    """Sets in sorted order: a set's repr follows the process's hash seed, and a key must be the same in every
    process (two ingests, a Dask worker's shard and 'kg ingest' give the same keys)."""
    if isinstance(value, (set, frozenset)):
        return tuple(sorted((_canonical(v) for v in value), key=repr))
    if isinstance(value, tuple):
        return tuple(_canonical(v) for v in value)
    return value


# How a mention's window of days reaches beyond its anchor (the dates it fixes, else its publication day), per
# kind of window: (days before, days after, bucket size). A mention is filed under its anchor's buckets only;
# a lookup turns its own window into the anchors each kind of partner window could have. The same candidates as
# filing every day of the window, for a handful of keys per mention instead of a dozen for an undated one.
_MODES = {
    "d": (match.SLACK, match.SLACK, BUCKET_DAYS),                                   # a fixed date
    "p": (match.REPORTED_BEFORE, dt.timedelta(0), WIDE_BUCKET_DAYS),                 # undated, past
    "x": (dt.timedelta(0), match.EXPECTED_WITHIN, WIDE_BUCKET_DAYS),                 # undated, expected
    "q": (match.AGREED_BEFORE, dt.timedelta(0), WIDE_BUCKET_DAYS),                   # undated agreement
    "s": (denials.DENIAL_WINDOW // 2, denials.DENIAL_WINDOW // 2, WIDE_BUCKET_DAYS),  # a statement
}
_KIND_MODES = {"e": "dpx", "a": "dqx", "s": "s"}
Anchor = tuple[dt.date, dt.date] | None


def stored_keys(m: EventMention | AgreementMention | StatementMention) -> set[str]:
    """The keys a mention is filed under."""
    keys = {_sig_key(m)}
    for block, mode, anchor in _blocks(m):
        keys.add(f"{block}:any")
        if anchor is None:
            keys.add(f"{block}:*")
        else:
            keys |= {f"{block}:{mode}{b}" for b in _buckets(*anchor, _MODES[mode][2])}
    return keys


def lookup_keys(m: EventMention | AgreementMention | StatementMention) -> set[str]:
    """The keys under which a mention's possible partners are filed: same block, a window overlapping its own.
    A statement's partners are those of the other polarity only (denials.contradicts): a claim looks up its
    speaker's denials (``sd:``), a denial every statement of its speaker (``s:``, claims and denials alike) —
    claims far outnumber denials, so a claim's lookup stays small however busy its speaker is."""
    keys = {_sig_key(m)}
    blocks = _blocks(m)
    if isinstance(m, StatementMention):
        _, mode, anchor = blocks[0]
        blocks = [(f"s:{m.speaker}" if m.denial else f"sd:{m.speaker}", mode, anchor)]
    for block, mode, anchor in blocks:
        if anchor is None:
            keys.add(f"{block}:any")  # nothing dates it: every mention of the block (rare; see README)
            continue
        before, after, _ = _MODES[mode]
        start, end = anchor[0] - before, anchor[1] + after   # this mention's window
        keys.add(f"{block}:*")
        for other in _KIND_MODES[block[0]]:
            o_before, o_after, days = _MODES[other]
            keys |= {f"{block}:{other}{b}" for b in _buckets(start - o_after, end + o_before, days)}
    return keys


def _blocks(m: EventMention | AgreementMention | StatementMention) -> list[tuple[str, str, Anchor]]:
    """(block, window mode, anchor) per block the mention is filed in: an event's kind group × a given or family
    name of each person (match.block_names), an agreement's parties, a statement's speaker."""
    if isinstance(m, StatementMention):
        published = m.doc.published
        anchor = (published, published) if published else None
        # a denial is also filed under its own block: a claim looks up only the denials of its speaker
        return [(f"s:{m.speaker}", "s", anchor)] + ([(f"sd:{m.speaker}", "s", anchor)] if m.denial else [])
    if isinstance(m, EventMention):
        mode, anchor = _anchor(m.date, m.end, m.doc.published, m.expected, past="p")
        names = sorted({n for p in m.persons for n in match.block_names(p)})
        return [(f"e:{m.group}:{n}", mode, anchor) for n in names]
    if len(m.parties) < 2:
        return []
    mode, anchor = _anchor(m.date, None, m.doc.published, m.status == "expected", past="q")
    return [("a:" + "|".join(sorted(m.parties)), mode, anchor)]


def _anchor(date: dt.date | None, end: dt.date | None, published: dt.date | None, expected: bool, *,
            past: str) -> tuple[str, Anchor]:
    """The days a window is measured from, as match.event_interval and match.agreement_interval measure it."""
    if date:
        return "d", (date, end or date)
    if published is None:
        return "d", None
    return ("x" if expected else past), (published, published)


def _lit(value: str) -> str:
    return canonical._lit(value)


def resolve(store: Store, documents: Sequence[TextDoc], *, graphs: Mapping[str, str] | None = None) -> ResolveReport:
    """Resolve the documents just stored. ``graphs``: document id → the N-Triples its article graph was just
    written from; those articles are read from that text instead of back from the store (the same records)."""
    # article graphs read once, shared by this resolution's readers
    articles: dict = {doc_id: article_from_text(store, doc_id, nt) for doc_id, nt in (graphs or {}).items()}
    _add_or_replace(store, document_keys(store, documents, articles=articles))
    return _recluster(store, sorted({d.id for d in documents}), articles=articles)


def _add_or_replace(store: Store, graphs: dict[str, str]) -> None:
    """New documents' keys graphs in one atomic bulk load where the store can (Store.add_new_graphs); else, or
    when it fails (having written nothing), in one transaction that replaces them."""
    try:
        if isinstance(store, Store) and len(graphs) > 1 and store.add_new_graphs(graphs):
            return
    except StoreError:
        pass
    store.replace_graphs(graphs)


def resolve_stored(store: Store, ids: Sequence[str]) -> ResolveReport:
    """Steps 2-4 for documents loaded with their keys graphs (``kg load`` of ``kg extract`` shards)."""
    return _recluster(store, sorted(set(ids)))


def document_keys(store: Store, documents: Sequence[TextDoc], *, articles: dict | None = None) -> dict[str, str]:
    """Step 1 alone: each document's keys graph (IRI → N-Triples), from its article graph in ``store``. It depends
    on the document only, so a shard extracted anywhere files the same keys as 'kg ingest'."""
    reader = Reader(store, {}, articles={} if articles is None else articles)
    ids = sorted({d.id for d in documents})
    fingerprints = {d.id: texts.fingerprint(d.text) for d in documents}
    hashes = {doc_id: h for doc_id, (h, _) in fingerprints.items()}
    sigs = {doc_id: sig for doc_id, (_, sig) in fingerprints.items()}
    # 1. every new document files its keys first, so documents of one batch find each other.
    keys: dict[str, str] = {}
    for doc_id in ids:
        report = reader.document(doc_id)
        if report is None:
            continue
        lines = [canonical._t(report.doc, KG + "textHash", _lit(hashes[doc_id])),
                 canonical._t(report.doc, KG + "minhash", _lit(texts.to_hex(sigs[doc_id])))]
        lines += [canonical._t(report.doc, KG + "blockKey", _lit(k)) for k in texts.band_keys(sigs[doc_id])]
        for m in [*reader.events(doc_id), *reader.agreements(doc_id), *reader.statements(doc_id)]:
            lines += [canonical._t(m.iri, KG + "blockKey", _lit(k)) for k in sorted(stored_keys(m))]
        keys[keys_graph(doc_id)] = "\n".join(lines)
    return keys


def _recluster(store: Store, ids: list[str], *, articles: dict | None = None) -> ResolveReport:
    """Steps 2-4 for documents whose keys are stored: reports, person labels, events, agreements, denials."""
    articles = {} if articles is None else articles
    reader = Reader(store, {}, articles=articles)
    # 2. reports: exact copies by hash, near-duplicates by LSH band then MinHash estimate.
    copies = _reports(store, reader, ids)
    reader = Reader(store, {}, articles=articles)  # re-read documents with their report keys
    _persons(store, reader, ids)
    # 3. events, then agreements (which point at canonical events).
    events, n_conf = _resolve_kind(store, reader, ids, reader.events, match.events_compatible, _write_event)
    agreements, n_conf2 = _resolve_kind(store, reader, ids, reader.agreements, match.agreements_compatible,
                                         _write_agreement)
    n_conf3 = _denials(store, reader, ids)
    store.flush()
    return ResolveReport(documents=len(ids), copies=copies, events=events, agreements=agreements,
                         conflicts=n_conf + n_conf2 + n_conf3)


_TOUCHING = """PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT DISTINCT ?g ?doc WHERE {
  GRAPH ?g { { ?x dcterms:source ?doc } UNION { ?doc prov:specializationOf ?r } }
  FILTER(STRSTARTS(STR(?g), "%s"))
}""" % IDENTITY
_SOURCES_IN = """PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT DISTINCT ?doc WHERE { GRAPH ?g { { ?x dcterms:source ?doc } UNION { ?doc prov:specializationOf ?r } } }"""
_DOC_GRAPH = """PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT ?a ?doc WHERE { GRAPH ?a { ?a prov:wasDerivedFrom ?doc } }"""


def forget(store: Store, doc_ids: Sequence[str], drop_articles: Callable[[], None]) -> ResolveReport:
    """Take articles out of identity: ``drop_articles`` removes their graphs; then their keys go, and every
    report or canonical resource built on them is rebuilt from the documents that remain in it."""
    reader = Reader(store, {})
    gone = {r.doc for d in doc_ids if (r := reader.document(d))}
    touched: set[str] = set()
    for doc in sorted(gone):
        touched |= {row["g"].value for row in store.query(_TOUCHING, bindings={"doc": ox.NamedNode(doc)})}
    partners: set[str] = set()
    for g in sorted(touched):
        partners |= {m for member in reader.members(g) if (m := _doc_id_of_mention(member))}
        for row in store.query(_SOURCES_IN, named_graphs=[g]):
            if row["doc"].value not in gone:
                partners |= {a["a"].value.rsplit("/", 1)[-1]
                             for a in store.query(_DOC_GRAPH, bindings={"doc": row["doc"]})}
    drop_articles()
    for g in sorted(touched | {keys_graph(d) for d in doc_ids}):
        store.drop_graph(g)
    after = Reader(store, {})
    remaining = sorted(p for p in partners - set(doc_ids) if after.document(p))
    return _recluster(store, remaining) if remaining else ResolveReport(0, 0, 0, 0, 0)


def _denials(store: Store, reader: Reader, ids: list[str]) -> int:
    """Conflicts between a claim and its speaker's denial, for the statements of the new documents."""
    docs = {reader.document(d).doc for d in ids if reader.document(d)}
    old = {g for g in reader.canonical_graphs_from(docs) if g.startswith(IDENTITY + "denial/")}
    loaded: dict[str, list[StatementMention]] = {}
    by_iri: dict[str, StatementMention] = {}  # every statement read so far: a candidate is one dict lookup

    def of(doc_id: str) -> list[StatementMention]:
        if doc_id not in loaded:
            loaded[doc_id] = reader.statements(doc_id)
            by_iri.update((o.iri, o) for o in loaded[doc_id])
        return loaded[doc_id]

    graphs: dict[str, str] = {}
    for doc_id in ids:
        for m in of(doc_id):
            for cand, other_doc in sorted(reader.by_keys(lookup_keys(m))):
                if other_doc not in loaded:
                    of(other_doc)
                other = by_iri.get(cand)
                # a speaker's claims far outnumber their denials: most candidates stop at the polarity test
                if other is None or other.denial == m.denial or not denials.contradicts(m, other):
                    continue
                iri = denials.conflict_iri((m, other))
                denial, claim = (m, other) if m.denial else (other, m)
                lines = [canonical._t(iri, canonical.RDF_TYPE, f"<{KG}Conflict>"),
                         canonical._t(iri, canonical.SCHEMA + "about", f"<{m.speaker}>"),
                         canonical._t(iri, KG + "disputedProperty", f"<{canonical.SCHEMA}text>"),
                         canonical._t(iri, KG + "side", f"<{claim.iri}>"),
                         canonical._t(iri, KG + "side", f"<{denial.iri}>"),
                         canonical._t(iri, canonical.RDFS_LABEL, _lit(
                             f"the speaker denies a statement credited to them: claim reported by "
                             f"{claim.doc.outlet or 'an unnamed outlet'}, denial reported by "
                             f"{denial.doc.outlet or 'an unnamed outlet'}"))]
                lines += [canonical._t(iri, canonical.DCTERMS + "source", f"<{d}>")
                          for d in sorted({claim.doc.doc, denial.doc.doc})]
                graphs[canonical._graph(iri)] = "\n".join(lines)
    for g in sorted(old - set(graphs)):
        store.drop_graph(g)
    store.replace_graphs(graphs)
    return len(graphs)


def _reports(store: Store, reader: Reader, ids: list[str]) -> int:
    """Group the new documents with their copies under one kg:Report (named by the smallest normalised-text
    hash among them, so the name does not depend on which copy came first); returns how many are copies."""
    graphs: dict[str, str] = {}
    drop: set[str] = set()
    copies = 0
    done: set[str] = set()
    for doc_id in ids:
        if doc_id in done or reader.document(doc_id) is None:
            continue
        members = {m for m in _near_duplicates(reader, doc_id) if reader.document(m)}
        done |= members
        if len(members) > 1:
            copies += len(members & set(ids))
        key = min(h for h in (reader.text_hash(m) for m in members) if h)
        report = REPORT + key
        for member in sorted(members):
            old = reader.canonical_of(reader.document(member).doc)
            if old and old != report:
                drop.add(IDENTITY + "report/" + old[len(REPORT):])
        lines = [canonical._t(report, canonical.RDF_TYPE, f"<{KG}Report>")]
        lines += [canonical._t(reader.document(m).doc, PROV + "specializationOf", f"<{report}>")
                  for m in sorted(members)]
        graphs[IDENTITY + "report/" + key] = "\n".join(lines)
    for g in sorted(drop - set(graphs)):
        store.drop_graph(g)
    store.replace_graphs(graphs)
    return copies


def _near_duplicates(reader: Reader, doc_id: str) -> set[str]:
    """The document's copies, transitively: same normalised text, or MinHash-similar through a shared band."""
    members, frontier = {doc_id}, [doc_id]
    while frontier:
        current = frontier.pop()
        sig_hex, h = reader.signature(current), reader.text_hash(current)
        if sig_hex is None or h is None:
            continue
        sig = texts.from_hex(sig_hex)
        found = reader.docs_with_hash(h)
        for _, other in reader.by_keys(set(texts.band_keys(sig))):
            if other in members or other in found:
                continue
            other_sig = reader.signature(other)
            if other_sig and texts.similar(sig, texts.from_hex(other_sig)):
                found.add(other)
        for other in sorted(found - members):
            members.add(other)
            frontier.append(other)
    return members


M = TypeVar("M", EventMention, AgreementMention)


def _resolve_kind(store: Store, reader: Reader, ids: list[str], mentions_of: Callable[[str], list[M]],
                  compatible: Callable[[M, M], bool], write) -> tuple[int, int]:
    """Re-cluster the new mentions with their direct partners and those partners' clusters; replace their graphs."""
    by_iri: dict[str, M] = {}
    loaded: set[str] = set()

    def load(doc_id: str) -> None:
        if doc_id not in loaded:
            loaded.add(doc_id)
            for m in mentions_of(doc_id):
                by_iri[m.iri] = m

    def absorb(graphs: set[str], into: set[str]) -> None:
        """Load every member of these canonical graphs into ``into`` (each old cluster is rebuilt whole)."""
        for g in sorted(graphs):
            for member in reader.members(g):
                doc_id = _doc_id_of_mention(member)
                if doc_id:
                    load(doc_id)
                    if member in by_iri:
                        into.add(member)

    for doc_id in ids:
        load(doc_id)
    seeds = set(by_iri)
    docs = {report.doc for d in ids if (report := reader.document(d))}
    old_graphs = {g for g in reader.canonical_graphs_from(docs) if _is_kind_graph(g, mentions_of, reader)}
    absorb(old_graphs, seeds)
    # One hop: the new mentions' direct partners, then every member of the clusters those belong to (so each
    # old cluster is rebuilt whole). Not the transitive closure: overlapping windows would chain a monthly
    # "cooperate against terrorism" through years of reports, and the cost would grow with the store.
    # Every seed's candidates first, their documents loaded once (in document order), then each candidate not yet
    # reached tried: the same partners as loading and testing candidate by candidate (compatible is a function of
    # the two mentions, and a candidate's document is loaded before it is looked up either way), without a load
    # call, a sort and a tuple per candidate — a busy person's block gives each seed hundreds.
    candidates = {iri: reader.by_keys(lookup_keys(by_iri[iri])) for iri in sorted(seeds)}
    for doc_id in sorted({doc_id for found in candidates.values() for _, doc_id in found} - loaded):
        load(doc_id)
    reached = set(seeds)
    for iri, found in candidates.items():
        m = by_iri[iri]
        for cand, _ in found:
            if cand not in reached:
                other = by_iri.get(cand)
                if other is not None and compatible(m, other):
                    reached.add(cand)
    partner_graphs = reader.canonical_graphs_of(reached) - old_graphs  # the seeds' own clusters are loaded
    absorb(partner_graphs, reached)
    old_graphs |= partner_graphs
    batch = [by_iri[i] for i in reached]
    clusters = match.cluster(batch, compatible, match.cluster_keys(batch))
    graphs: dict[str, str] = {}
    conflicts = 0
    for c in clusters:
        graph, lines = write(reader, c, graphs)
        graphs[graph] = "\n".join(lines)
        conflicts += sum(1 for line in lines if line.endswith(f"<{KG}Conflict> ."))
    for g in sorted(old_graphs - set(graphs)):
        store.drop_graph(g)
    store.rewrite_graphs(graphs)  # a cluster with one more member changes a few triples
    return len(graphs), conflicts


def _is_kind_graph(graph: str, mentions_of, reader: Reader) -> bool:
    kind = "event/" if mentions_of == reader.events else "agreement/"
    return graph.startswith(IDENTITY + kind)


_MENTION = re.compile(r"^https://w3id\.org/kg/id/(?:event|agreement)/(.+)/\d+$")


def _doc_id_of_mention(iri: str) -> str | None:
    found = _MENTION.match(iri)
    return found.group(1) if found else None


def _unique(iri: str, taken: dict[str, str], mentions: list) -> str:
    """Two clusters named alike (same kind, people and day, yet not one event) keep apart by their members."""
    if canonical._graph(iri) not in taken:
        return iri
    return f"{iri}-{canonical._hash(*sorted(m.iri for m in mentions))[:6]}"


def _write_event(reader: Reader, mentions: list[EventMention], taken: dict[str, str]) -> tuple[str, list[str]]:
    iri = _unique(canonical.event_iri(mentions), taken, mentions)
    names = {}
    for p in set().union(*(m.persons for m in mentions)):
        names[p] = reader.pref_label(p) or p.rsplit("/", 1)[-1]
    return canonical.event_graph(iri, mentions, names)


def _write_agreement(reader: Reader, mentions: list[AgreementMention], taken: dict[str, str]) -> tuple[str, list[str]]:
    iri = _unique(canonical.agreement_iri(mentions), taken, mentions)
    events = {m.event: reader.canonical_of(m.event) for m in mentions if m.event}
    return canonical.agreement_graph(iri, mentions, {k: v for k, v in events.items() if v})


# -- persons -----------------------------------------------------------------------------------------------
def preferred(labels: set[str]) -> str:
    """The fullest written-out form: no bare initials ("S Jaishankar", "Nathalie G. Drouin"), then more words,
    then the longest, then alphabetical — a function of the set, so the order of ingest does not matter."""
    def score(label: str) -> tuple:
        words = label.split()
        initials = sum(1 for w in words if len(w.rstrip(".")) == 1)
        return (initials, -len(words), -len(label), label)

    return min(labels, key=score)


def _persons(store: Store, reader: Reader, ids: list[str]) -> None:
    found: dict[str, set[str]] = {}
    for doc_id in ids:
        for p, labels in reader.person_labels(doc_id).items():
            found.setdefault(p, set()).update(labels)
    graphs = {}
    for p, labels in sorted(found.items()):
        graph = IDENTITY + "person/" + p.rsplit("/", 1)[-1]
        labels = labels | reader.known_labels(graph)
        pref = preferred(labels)
        lines = [canonical._t(p, SKOS + "prefLabel", _lit(pref))]
        lines += [canonical._t(p, SKOS + "altLabel", _lit(a)) for a in sorted(labels - {pref})]
        graphs[graph] = "\n".join(lines)
    store.rewrite_graphs(graphs)  # a cluster with one more member changes a few triples
