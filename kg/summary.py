"""Per-entity summaries: one small named graph per person, country and country pair, so the analyst questions
that grow with a busy entity read that entity's rows instead of every mention in the store.

Graphs live under https://w3id.org/kg/summary/ (``summary_graph``): ``summary/person/<slug>``,
``summary/country/<code>`` and ``summary/pair/<a>/<b>`` (the two parties' paths under /id/, in IRI order).
Each is a pure function of the article and identity graphs, recomputed from scratch for the entities an ingest or
a removal touches (``refresh``), or for the whole store (``rebuild``, ``kg summarize``). Contents:

- person: every event it took part in — the canonical event (kg/identity) where one stands for the mentions, the
  mention otherwise — with ``schema:startDate`` and ``kg:describedIn`` (the graph describing the event); every
  post it holds with ``kg:articleCount`` (article graphs stating it), ``kg:reportCount`` (distinct reports),
  ``rdfs:label``, ``kg:country``, ``kg:reportedOn`` and ``kg:lastReportedOn`` (first and last publication dates).
  And what the person's linked-data page shows: section counts, the newest events, agreements and statements,
  the threats spoken of, the property table (kg/summary_page.py).
- country: one ``kg:Link`` per neighbour — ``kg:linkedTo``, ``kg:linkKind`` ("agreement": a party of an
  agreement with it; "national": a person of its nationality) and ``kg:articleCount``.
- pair: every agreement mention with both parties, ``dcterms:date`` (the agreement's own date, else the
  article's publication date) and ``kg:describedIn``.

Each graph also says ``<graph> a kg:EntitySummary ; schema:about <entity>``. Reads go through index lookups
(``Store.quads_matching``), never a whole-store query, so a refresh costs what the touched entities hold.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

import pyoxigraph as ox

from kg import summary_page  # the person page's choices
# the names shared with kg.summary_page, all re-exported (kg.summary.SUMMARY, .summary_graph, .report_of ...)
from kg.summary_terms import (  # noqa: F401
    ARTICLE_GRAPH, BASE, CANONICAL_EVENT_GRAPH, COUNTRY, DATE, DCT, DERIVED, HOLDS, ID, ISSUED, KG, LABEL,
    NATIONALITY, ORG_HOLDS, PARTICIPANT, PARTY, PERSON, PROV, RDF_TYPE, RDFS_LABEL, REPORTED_ON, SCHEMA, SPEAKER,
    SPECIALIZATION, START, SUMMARY, TYPE, XSD, _SHARED, _head, _int, _is_article, _local, _n, _one, _t, report_of,
    summary_graph)


class _Memo:
    """The store as one ``compute`` of people's summaries sees it: the point lookups that the summaries of the
    several people an article names all make (the article's document, its publication date and the report it is a
    copy of; an event mention's canonical; an event's or agreement's date and label) answered once per call, not
    once per person. Nothing is written while ``compute`` runs, and the memo goes with the call."""

    def __init__(self, store) -> None:  # noqa: ANN001
        self.store, self.ones = store, {}

    def quads_matching(self, subject=None, predicate=None, obj=None, graph=None):  # noqa: ANN001, ANN201
        return self.store.quads_matching(subject, predicate, obj, graph)


# -- what an article touches ------------------------------------------------------------------------------
def entities_of(store, graphs: Iterable[str]) -> set[tuple[str, ...]]:  # noqa: ANN001 - Store | RemoteStore
    """The summaries the given article graphs feed: ("person", iri), ("country", iri), ("pair", a, b)."""
    out: set[tuple[str, ...]] = set()
    for graph in graphs:
        g = _n(graph)
        for q in store.quads_matching(None, PARTICIPANT, None, g):
            out.add(("person", q.object.value))
            canonical = _one(store, q.subject, SPECIALIZATION)  # its event's other reports' people too
            if isinstance(canonical, ox.NamedNode):
                out |= {("person", c.object.value) for c in store.quads_matching(canonical, PARTICIPANT, None, None)}
        for q in store.quads_matching(None, HOLDS, None, g):
            out.add(("person", q.subject.value))
        # every person the article names: their page's property table, statements and links count it
        out |= {("person", q.subject.value) for q in store.quads_matching(None, TYPE, PERSON, g)}
        out |= {("person", q.object.value) for q in store.quads_matching(None, SPEAKER, None, g)
                if isinstance(q.object, ox.NamedNode)}
        for q in store.quads_matching(None, NATIONALITY, None, g):
            out.add(("country", q.object.value))
        parties: dict[str, set[str]] = defaultdict(set)
        for q in store.quads_matching(None, PARTY, None, g):
            parties[q.subject.value].add(q.object.value)
            out.add(("country", q.object.value))
        for members in parties.values():
            out |= {("pair", a, b) for a in members for b in members if a < b}
    return out


# -- one entity's summary ---------------------------------------------------------------------------------
def person_lines(store, person: str) -> list[str]:  # noqa: ANN001
    """Events (canonical where one stands for the mentions) with date and describing graph; posts with counts."""
    graph, p = summary_graph(person), _n(person)
    events: dict[str, ox.NamedNode] = {}
    for q in store.quads_matching(None, PARTICIPANT, p, None):
        if not isinstance(q.graph_name, ox.NamedNode) or not isinstance(q.subject, ox.NamedNode):
            continue
        if q.graph_name.value.startswith(CANONICAL_EVENT_GRAPH):
            events[q.subject.value] = q.graph_name
        elif _is_article(q.graph_name) and _one(store, q.subject, SPECIALIZATION) is None:
            events.setdefault(q.subject.value, q.graph_name)
    lines = _head(graph, person)
    for event, eg in events.items():
        lines.append(_t(event, KG + "describedIn", eg.value))
        date = _one(store, _n(event), START, eg)
        if date is not None:
            lines.append(_t(event, SCHEMA + "startDate", date))
    posts: dict[str, set[str]] = defaultdict(set)
    for q in store.quads_matching(p, HOLDS, None, None):
        if _is_article(q.graph_name):
            posts[q.object.value].add(q.graph_name.value)
    for post, graphs in posts.items():
        lines += _post_lines(store, post, graphs)
    if len(lines) == 2:
        return []
    return lines + summary_page.page_lines(store, person, events)


def _post_lines(store, post: str, graphs: set[str]) -> list[str]:  # noqa: ANN001
    """A post held: articles and distinct reports stating it (copies count once), label, country, and the first
    and last publication dates of those articles (as the page's posts section shows them)."""
    node, first = _n(post), _n(min(graphs))
    reports, dates = set(), []
    for g in graphs:
        gn = _n(g)
        doc = _one(store, gn, DERIVED, gn)
        if not isinstance(doc, ox.NamedNode):
            reports.add(g)
            continue
        reports.add(report_of(store, doc))
        issued = _one(store, doc, ISSUED, gn)
        if issued is not None:
            dates.append(issued)
    lines = [_t(post, KG + "articleCount", _int(len(graphs))), _t(post, KG + "reportCount", _int(len(reports)))]
    for prop, value in ((RDFS_LABEL, _one(store, node, LABEL, first)), (KG + "country", _one(store, node, COUNTRY, first))):
        if value is not None:
            lines.append(_t(post, prop, value))
    if dates:
        dates.sort(key=lambda d: d.value)
        lines += [_t(post, KG + "reportedOn", dates[0]), _t(post, KG + "lastReportedOn", dates[-1])]
    return lines


def _agreements(store, country: str) -> dict[tuple[str, str], set[str]]:  # noqa: ANN001
    """(agreement, article graph) → the parties of each agreement mention naming ``country``."""
    out: dict[tuple[str, str], set[str]] = {}
    for q in store.quads_matching(None, PARTY, _n(country), None):
        if _is_article(q.graph_name) and isinstance(q.subject, ox.NamedNode):
            out[(q.subject.value, q.graph_name.value)] = {
                o.object.value for o in store.quads_matching(q.subject, PARTY, None, q.graph_name)}
    return out


def country_lines(store, country: str, agreements=None) -> list[str]:  # noqa: ANN001
    """One kg:Link per neighbour (agreement partner or national), with the number of articles linking them."""
    agreements = _agreements(store, country) if agreements is None else agreements
    nationals = ((q.subject.value, q.graph_name.value) for q in store.quads_matching(None, NATIONALITY, _n(country), None)
                 if _is_article(q.graph_name))
    return _country_text(country, {key: len(graphs) for key, graphs in _links(country, agreements, nationals).items()})


def _links(country: str, agreements: dict, nationals: Iterable[tuple[str, str]]) -> dict[tuple[str, str], set[str]]:
    """(link kind, neighbour) → the article graphs linking them: agreement mentions naming ``country`` (as
    ``_agreements`` gives them) and (person, article graph) of its nationals."""
    links: dict[tuple[str, str], set[str]] = defaultdict(set)
    for (_, g), parties in agreements.items():
        for other in parties - {country}:
            links[("agreement", other)].add(g)
    for person, g in nationals:
        links[("national", person)].add(g)
    return links


def _country_text(country: str, counts: dict[tuple[str, str], int]) -> list[str]:
    graph = summary_graph(country)
    lines = _head(graph, country)
    for (kind, other), n in sorted(counts.items()):
        row = f"{graph}#{kind}/{_local(other)}"
        lines += [_t(row, RDF_TYPE, KG + "Link"), _t(row, KG + "linkedTo", other),
                  _t(row, KG + "linkKind", ox.Literal(kind)), _t(row, KG + "articleCount", _int(n))]
    return lines if len(lines) > 2 else []


def pair_lines(store, a: str, b: str, agreements=None) -> list[str]:  # noqa: ANN001
    """Every agreement mention with both parties: its date (own, else the article's) and describing graph."""
    graph = summary_graph(a, b)
    agreements = _agreements(store, a) if agreements is None else agreements
    lines = _head(graph, a) + [_t(graph, SCHEMA + "about", b)] + _pair_rows(store, a, b, agreements)
    return lines if len(lines) > 3 else []


def _pair_rows(store, a: str, b: str, agreements: dict) -> list[str]:  # noqa: ANN001
    lines: list[str] = []
    issued: dict[str, ox.Literal | None] = {}
    for (agreement, g), parties in agreements.items():
        if b not in parties or a not in parties:
            continue
        node, gn = _n(agreement), _n(g)
        when = _one(store, node, DATE, gn)
        if when is None:
            if g not in issued:
                doc = _one(store, gn, DERIVED, gn)
                issued[g] = _one(store, doc, ISSUED, gn) if isinstance(doc, ox.NamedNode) else None
            when = issued[g]
        lines.append(_t(agreement, KG + "describedIn", g))
        if when is not None:
            lines.append(_t(agreement, DCT + "date", when))
    return lines


# -- writing ----------------------------------------------------------------------------------------------
def compute(store, entities: Iterable[tuple[str, ...]]) -> dict[str, str]:  # noqa: ANN001
    """Summary graph IRI → N-Triples ("" when the entity no longer has anything: the graph is dropped)."""
    out: dict[str, str] = {}
    by_country: dict[str, dict] = {}

    def agreements(c: str) -> dict:
        if c not in by_country:
            by_country[c] = _agreements(store, c)
        return by_country[c]

    by_pair: dict[str, dict[str, dict]] = {}

    def pairs(a: str, b: str) -> dict:
        """The agreement mentions of a, bucketed by their other parties once per a (not once per pair)."""
        if a not in by_pair:
            buckets: dict[str, dict] = defaultdict(dict)
            for key, parties in agreements(a).items():
                for other in parties - {a}:
                    buckets[other][key] = parties
            by_pair[a] = buckets
        return by_pair[a].get(b, {})

    memo = _Memo(store)
    for key in sorted(set(entities)):
        if key[0] == "person":
            out[summary_graph(key[1])] = "\n".join(person_lines(memo, key[1]))
        elif key[0] == "country":
            out[summary_graph(key[1])] = "\n".join(country_lines(store, key[1], agreements(key[1])))
        else:
            out[summary_graph(key[1], key[2])] = "\n".join(pair_lines(store, key[1], key[2], pairs(key[1], key[2])))
    return out


def refresh(store, entities: Iterable[tuple[str, ...]], *, batch: int = 200) -> int:  # noqa: ANN001
    """Recompute the given entities' summaries and replace their graphs; returns how many were written."""
    graphs = compute(store, entities)
    items = sorted(graphs.items())
    for start in range(0, len(items), batch):
        chunk = dict(items[start:start + batch])
        store.drop_graphs(sorted(_present(store, [g for g, nt in chunk.items() if not nt])))
        store.rewrite_graphs({g: nt for g, nt in chunk.items() if nt})
    return len(graphs)


def refresh_ingest(store, graphs: list[str], *, fresh: set[str], before: set[tuple[str, ...]]) -> int:  # noqa: ANN001
    """Keep the summaries current after an ingest wrote the article ``graphs`` (``fresh``: those that were not in
    the store before it; ``before``: the entities the others fed before they were replaced).

    Country and pair summaries depend on article graphs only, and a fresh article adds to them without changing
    what older articles gave: where such a summary already stands and no re-ingested article feeds it, it is
    updated from the fresh articles alone — a country's link counts read back from its graph plus the fresh
    articles' links; a pair's new agreement rows added to its graph — so the cost follows the new articles, not
    the entity's history. Everything else (people, whose summaries hang on identity; entities a re-ingested
    article feeds; entities without a summary yet) is recomputed from scratch as ``refresh`` does. The result
    equals ``refresh`` of the same entities (tests/test_summary.py)."""
    entities = set(before) | entities_of(store, graphs)
    if not hasattr(store, "add_to_graphs"):
        return refresh(store, entities)
    new = [g for g in graphs if g in fresh]
    scratch = set(before) | entities_of(store, [g for g in graphs if g not in fresh])
    agreements, nationals = _fresh_links(store, new)
    candidates = sorted(e for e in entities if e[0] != "person" and e not in scratch)
    standing = _present(store, [summary_graph(*e[1:]) for e in candidates])
    countries, additions, done = {}, {}, set()
    for key in candidates:
        graph = summary_graph(*key[1:])
        if graph not in standing:
            continue
        done.add(key)
        if key[0] == "country":
            counts = _link_counts(store, graph)
            for link, gs in _links(key[1], _naming(agreements, key[1]), nationals.get(key[1], ())).items():
                counts[link] = counts.get(link, 0) + len(gs)
            countries[graph] = "\n".join(_country_text(key[1], counts))
        else:
            rows = _pair_rows(store, key[1], key[2], _naming(agreements, key[1]))
            if rows:
                additions[graph] = "\n".join(rows)
    written = refresh(store, entities - done)
    items = sorted(countries.items())
    for start in range(0, len(items), 200):
        store.rewrite_graphs(dict(items[start:start + 200]))
    store.add_to_graphs(additions)
    return written + len(done)


def _fresh_links(store, graphs: list[str]) -> tuple[dict, dict[str, list[tuple[str, str]]]]:  # noqa: ANN001
    """The agreement mentions of these article graphs ((agreement, graph) → its parties' values, and the countries
    naming it as ``_agreements`` finds them) and their nationals (country → [(person, graph)])."""
    agreements: dict[tuple[str, str], tuple[set[str], set[str]]] = {}
    nationals: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for g in graphs:
        gn = _n(g)
        for q in store.quads_matching(None, PARTY, None, gn):
            if isinstance(q.subject, ox.NamedNode):
                parties, named = agreements.setdefault((q.subject.value, g), (set(), set()))
                parties.add(q.object.value)
                if isinstance(q.object, ox.NamedNode):
                    named.add(q.object.value)
        for q in store.quads_matching(None, NATIONALITY, None, gn):
            if isinstance(q.object, ox.NamedNode):
                nationals[q.object.value].append((q.subject.value, g))
    return agreements, nationals


def _naming(agreements: dict, country: str) -> dict[tuple[str, str], set[str]]:
    """Of ``_fresh_links``' agreement mentions, those naming ``country`` (``_agreements``'s shape)."""
    return {key: parties for key, (parties, named) in agreements.items() if country in named}


def _link_counts(store, graph: str) -> dict[tuple[str, str], int]:  # noqa: ANN001
    """A country summary's links read back: (kind, neighbour) → article count."""
    rows: dict[str, dict[str, ox.NamedNode | ox.Literal]] = defaultdict(dict)
    for q in store.quads_matching(None, None, None, _n(graph)):
        rows[q.subject.value][q.predicate.value] = q.object
    out = {}
    for row in rows.values():
        if KG + "linkKind" in row:
            out[(row[KG + "linkKind"].value, row[KG + "linkedTo"].value)] = int(row[KG + "articleCount"].value)
    return out


def _present(store, graphs: Iterable[str]) -> set[str]:  # noqa: ANN001
    return {g for g in graphs if next(iter(store.quads_matching(None, None, None, _n(g))), None) is not None}


def all_entities(store) -> set[tuple[str, ...]]:  # noqa: ANN001
    """Every person, country and party pair the article graphs name (for ``rebuild``)."""
    out: set[tuple[str, ...]] = set()
    for pred, kind, side in ((PARTICIPANT, "person", "object"), (HOLDS, "person", "subject"),
                             (SPEAKER, "person", "object"), (NATIONALITY, "country", "object")):
        out |= {(kind, getattr(q, side).value) for q in store.quads_matching(None, pred, None, None)
                if _is_article(q.graph_name) and isinstance(getattr(q, side), ox.NamedNode)}
    out |= {("person", q.subject.value) for q in store.quads_matching(None, TYPE, PERSON, None)
            if _is_article(q.graph_name)}
    parties: dict[tuple[str, str], set[str]] = defaultdict(set)
    for q in store.quads_matching(None, PARTY, None, None):
        if _is_article(q.graph_name):
            parties[(q.subject.value, q.graph_name.value)].add(q.object.value)
    for members in parties.values():
        out |= {("country", m) for m in members}
        out |= {("pair", a, b) for a in members for b in members if a < b}
    return out


def stale(store) -> set[str]:  # noqa: ANN001
    """Summary graphs in the store that no entity of the article graphs feeds any more."""
    wanted = {summary_graph(*key[1:]) for key in all_entities(store)}
    return {g for g in store.graphs() if g.startswith(SUMMARY) and g not in wanted}


def rebuild(store) -> int:  # noqa: ANN001
    """Every summary of the store from scratch (stores built before summaries existed, bulk-loaded stores)."""
    store.drop_graphs(sorted(stale(store)))
    return refresh(store, all_entities(store))
