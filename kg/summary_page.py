"""What a person's linked-data page shows, chosen in its summary graph (kg/summary.py), so the page reads a bounded
number of rows however many articles name the person (issue 11 item 3).

Written into ``summary/person/<slug>`` beside the events and posts:

- ``<graph#events>``, ``#agreements``, ``#statements``, ``#threats``, ``#incoming`` with ``kg:itemCount``: how
  many items each page section has in all (the page shows ``PAGE`` of them and links to the rest);
- the ``PAGE`` newest events and agreements (those reached at its events), one row each (``<graph#event/1>``
  ...): ``kg:item``, ``kg:pageRank`` (1 = newest) and ``kg:pageGraph`` (the graph describing it: an identity graph
  for a canonical one, the article graph for a mention no canonical stands for);
- the ``PAGE`` newest statements, one row per wording (copies and outlets repeating the words are one statement):
  ``kg:item`` (a statement with those words), ``schema:text``, ``kg:quoted``, ``kg:modality``, ``kg:reportCount``,
  ``kg:reportedOn`` (first publication date), ``kg:pageRank``;
- every threat spoken of (the threat lexicon bounds them): ``kg:item`` (the concept), ``kg:wording``,
  ``kg:reportCount``, ``kg:lastReportedOn``;
- the property table: one row per (property, value) the person is the subject of, ``rdf:predicate``,
  ``rdf:object``, ``kg:graphCount`` (graphs stating it) and ``kg:inferredCount`` (of which inference graphs).

The orders are kg/web/entity.py's: newest first by own date, else first report, then label; threats by reports.
Each is a pure function of the article, inference and identity graphs, read by index lookups.
"""

from __future__ import annotations

from collections import defaultdict

import pyoxigraph as ox

from kg import summary_terms as s

PAGE = 25              # items per page section (kg.web.entity.SHOWN)
MAX_PROPERTIES = 1000  # rows of the property table (entity_properties.rq's limit)
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
KG = "https://w3id.org/kg/ontology#"  # as kg.summary_terms.KG
SPEAKER, EVIDENCE, THREAT, WORDING, REACHED_AT, SOURCE_COUNT, MODALITY, QUOTED, REPORTED_ON, AGREEMENT = (
    ox.NamedNode(KG + n) for n in ("speaker", "evidence", "threat", "wording", "reachedAt", "sourceCount",
                                   "modality", "quoted", "reportedOn", "Agreement"))
TEXT, TYPE = ox.NamedNode("https://schema.org/text"), ox.NamedNode(RDF + "type")


def _value(term) -> str:  # noqa: ANN001 - a literal's text, "" for none
    return term.value if term is not None else ""


def _newest(items: list[tuple[str, str, str, object]]) -> list[object]:
    """(date, label, IRI, item) → items newest first, ties by label then IRI descending (entity._newest_first;
    the IRI makes the choice the same whatever order the store's indexes give)."""
    return [item for *_, item in sorted(items, key=lambda t: t[:3], reverse=True)]


def page_lines(store, person: str, events: dict[str, ox.NamedNode]) -> list[str]:  # noqa: ANN001
    """The page's choices for ``person`` whose events (event → describing graph) the summary already holds."""
    graph, p = s.summary_graph(person), s._n(person)
    lines: list[str] = []
    lines += _ranked_events(store, graph, events)
    lines += _ranked_agreements(store, graph, p)
    said = _said(store, p)
    lines += _statements(store, graph, said)
    lines += _threats(store, graph, said)
    lines += _properties(store, graph, p)
    incoming = {(q.subject, q.predicate) for q in store.quads_matching(None, None, p, None)
                if isinstance(q.graph_name, ox.NamedNode) and not q.graph_name.value.startswith(s.SUMMARY)}
    return lines + _count(graph, "events", len(events)) + _count(graph, "incoming", len(incoming))


def _count(graph: str, section: str, n: int) -> list[str]:
    return [s._t(f"{graph}#{section}", s.KG + "itemCount", s._int(n))] if n else []


def _ranked_events(store, graph: str, events: dict[str, ox.NamedNode]) -> list[str]:  # noqa: ANN001
    keyed = []
    for event, eg in events.items():
        node = s._n(event)
        date = s._one(store, node, s.START, eg) or s._one(store, node, REPORTED_ON, eg)
        keyed.append((_value(date), _value(s._one(store, node, s.LABEL, eg)), event, event))
    return [line for i, e in enumerate(_newest(keyed)[:PAGE], 1) for line in _row(graph, "event", i, e, events[e])]


def _row(graph: str, section: str, rank: int, item: str, described_in: ox.NamedNode) -> list[str]:
    """A chosen event or agreement: a row of the summary (not a triple about the item, which its own page would
    list), with its rank and the graph describing it."""
    row = f"{graph}#{section}/{rank}"
    return [s._t(row, s.KG + "item", item), s._t(row, s.KG + "pageRank", s._int(rank)),
            s._t(row, s.KG + "pageGraph", described_in.value)]


def _agreements_of(store, p: ox.NamedNode) -> dict[str, ox.NamedNode]:  # noqa: ANN001
    """Agreement → describing graph, as entity_agreements.rq finds them: canonical agreements reached at a
    canonical event it took part in (or naming it a party), and mentions no canonical stands for."""
    out: dict[str, ox.NamedNode] = {}

    def canonical(node, g) -> bool:  # noqa: ANN001
        return next(iter(store.quads_matching(node, SOURCE_COUNT, None, g)), None) is not None

    articles: dict[str, bool] = {}  # article graph with its document (a mention's graph), per graph

    def article(g: ox.NamedNode) -> bool:
        if g.value not in articles:
            articles[g.value] = s._is_article(g) and s._one(store, g, s.DERIVED, g) is not None
        return articles[g.value]

    def add(agreement, g, is_canonical: bool) -> None:  # noqa: ANN001
        if not isinstance(agreement, ox.NamedNode) or not isinstance(g, ox.NamedNode) or agreement.value in out:
            return
        if is_canonical or (article(g) and s._one(store, agreement, s.SPECIALIZATION) is None):
            if next(iter(store.quads_matching(agreement, TYPE, AGREEMENT, g)), None) is not None:
                out[agreement.value] = g

    for q in store.quads_matching(None, s.PARTY, p, None):
        add(q.subject, q.graph_name, canonical(q.subject, q.graph_name))
    for q in store.quads_matching(None, s.PARTICIPANT, p, None):
        at, eg = q.subject, q.graph_name
        if canonical(at, eg):
            for a in store.quads_matching(None, REACHED_AT, at, None):
                if canonical(a.subject, a.graph_name):
                    add(a.subject, a.graph_name, True)
        if s._is_article(eg):
            for a in store.quads_matching(None, REACHED_AT, at, eg):
                add(a.subject, eg, False)
    return out


def _ranked_agreements(store, graph: str, p: ox.NamedNode) -> list[str]:  # noqa: ANN001
    agreements = _agreements_of(store, p)
    keyed = []
    for agreement, ag in agreements.items():
        node = s._n(agreement)
        date = s._one(store, node, s.START, ag) or s._one(store, node, REPORTED_ON, ag)
        keyed.append((_value(date), _value(s._one(store, node, s.LABEL, ag)), agreement, agreement))
    lines = _count(graph, "agreements", len(agreements))
    for i, a in enumerate(_newest(keyed)[:PAGE], 1):
        lines += _row(graph, "agreement", i, a, agreements[a])
    return lines


def _said(store, p: ox.NamedNode) -> list[tuple]:  # noqa: ANN001
    """(statement, graph, doc, issued, report) for every statement credited to ``p`` in an article graph with its
    document: the date the document was published (or None) and the report it is a copy of (or itself)."""
    out = []
    for q in store.quads_matching(None, SPEAKER, p, None):
        g = q.graph_name
        doc = s._one(store, g, s.DERIVED, g) if isinstance(g, ox.NamedNode) else None
        if isinstance(doc, ox.NamedNode) and isinstance(q.subject, ox.NamedNode):
            out.append((q.subject, g, doc, s._one(store, doc, s.ISSUED, g), s.report_of(store, doc)))
    return out


def _statements(store, graph: str, said: list[tuple]) -> list[str]:  # noqa: ANN001
    """One row per wording (entity.group_statements): the first statement IRI, first date, reports, modalities."""
    groups: dict[str, dict] = {}
    for statement, g, _, issued, report in said:
        text = s._one(store, statement, TEXT, g)
        if text is None:
            continue
        key = " ".join(text.value.casefold().split())
        group = groups.setdefault(key, {"iris": {}, "dates": [], "reports": set(), "modalities": set()})
        group["iris"].setdefault(statement.value, (text, s._one(store, statement, QUOTED, g)))
        group["modalities"] |= {q.object.value for q in store.quads_matching(statement, MODALITY, None, g)}
        if issued is not None:
            group["dates"].append(issued)
        group["reports"].add(report)
    keyed = []
    for group in groups.values():
        iri = min(group["iris"])
        group["iri"], (group["text"], group["quoted"]) = iri, group["iris"][iri]
        group["first"] = min(group["dates"], key=lambda d: d.value) if group["dates"] else None
        keyed.append((_value(group["first"]), group["text"].value, iri, group))
    lines = _count(graph, "statements", len(groups))
    for i, group in enumerate(_newest(keyed)[:PAGE], 1):
        row = f"{graph}#statement/{i}"
        lines += [s._t(row, s.KG + "item", group["iri"]), s._t(row, s.SCHEMA + "text", group["text"]),
                  s._t(row, s.KG + "reportCount", s._int(len(group["reports"]))),
                  s._t(row, s.KG + "pageRank", s._int(i))]
        lines += [s._t(row, s.KG + "modality", m) for m in sorted(group["modalities"])]
        if group["quoted"] is not None:
            lines.append(s._t(row, s.KG + "quoted", group["quoted"]))
        if group["first"] is not None:
            lines.append(s._t(row, s.KG + "reportedOn", group["first"]))
    return lines


def _threats(store, graph: str, said: list[tuple]) -> list[str]:  # noqa: ANN001
    """Every threat concept spoken of (entity.group_threats): the threat mentions in the sentences of its
    statements, and the statements' own kg:threat; wordings, distinct reports, latest date."""
    threats: dict[str, dict] = defaultdict(lambda: {"words": set(), "reports": set(), "last": None})
    for statement, g, _, issued, report in said:
        found: list[tuple[ox.NamedNode, ox.Literal | None]] = []
        for sentence in store.quads_matching(statement, EVIDENCE, None, g):
            for mention in store.quads_matching(None, EVIDENCE, sentence.object, g):
                found += [(t.object, s._one(store, mention.subject, WORDING, g))
                          for t in store.quads_matching(mention.subject, THREAT, None, g)]
        found += [(t.object, None) for t in store.quads_matching(statement, THREAT, None, g)]
        for threat, wording in found:
            entry = threats[threat.value]
            if wording is not None and wording.value:
                entry["words"].add(wording.value)
            entry["reports"].add(report)
            if issued is not None and (entry["last"] is None or issued.value > entry["last"].value):
                entry["last"] = issued
    lines = _count(graph, "threats", len(threats))
    for i, (threat, entry) in enumerate(sorted(threats.items()), 1):
        row = f"{graph}#threat/{i}"
        lines += [s._t(row, s.KG + "item", threat), s._t(row, s.KG + "reportCount", s._int(len(entry["reports"])))]
        lines += [s._t(row, s.KG + "wording", ox.Literal(w)) for w in sorted(entry["words"])]
        if entry["last"] is not None:
            lines.append(s._t(row, s.KG + "lastReportedOn", entry["last"]))
    return lines


def _properties(store, graph: str, p: ox.NamedNode) -> list[str]:  # noqa: ANN001
    """The property table (entity_properties.rq): each (property, value) with the graphs stating it."""
    stated: dict[tuple, list[set[str]]] = defaultdict(lambda: [set(), set()])
    for q in store.quads_matching(p, None, None, None):
        g = q.graph_name
        if not isinstance(g, ox.NamedNode) or g.value.startswith(s.SUMMARY) or isinstance(q.object, ox.BlankNode):
            continue
        entry = stated[(q.predicate, q.object)]
        entry[0].add(g.value)
        if g.value.endswith("/inferred"):
            entry[1].add(g.value)
    lines = []
    for i, ((prop, value), (graphs, inferred)) in enumerate(sorted(stated.items(), key=lambda kv: (
            kv[0][0].value, str(kv[0][1])))[:MAX_PROPERTIES], 1):
        row = f"{graph}#property/{i}"
        lines += [s._t(row, RDF + "predicate", prop.value), s._t(row, RDF + "object", value),
                  s._t(row, s.KG + "graphCount", s._int(len(graphs))),
                  s._t(row, s.KG + "inferredCount", s._int(len(inferred)))]
    return lines
