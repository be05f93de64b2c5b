"""What a store holds, and taking articles out of it: ``kg stats`` and ``kg remove``.

An article lives in two named graphs (its extraction and its inferences, kg.build.graph_iri and
inferred_graph_iri); removing it drops both, for every article named, in one transaction, and only after every
name has been found: a typo removes nothing. Cross-report identity then forgets it: its keys go, and every
report, canonical event or agreement it took part in is rebuilt from the articles that remain (kg.identity.forget).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass

import pyoxigraph as ox

from kg.build import graph_iri, inferred_graph_iri
from kg.errors import KGError
from kg.store import Store
from kg.vocab import GRAPH

_IS_ARTICLE = "ASK { GRAPH ?g { ?g <http://www.w3.org/ns/prov#wasDerivedFrom> ?doc } }"

_ARTICLES = """
PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT (COUNT(DISTINCT ?g) AS ?articles) (MAX(?at) AS ?last) WHERE {
  GRAPH ?g { ?g prov:wasDerivedFrom ?doc ; prov:wasGeneratedBy ?activity . ?activity prov:endedAtTime ?at }
}"""

# What an analyst counts, by asserted type in article graphs (inferred graphs would count superclasses again).
_ENTITIES = """
PREFIX kg: <https://w3id.org/kg/ontology#>
PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT ?t (COUNT(DISTINCT ?s) AS ?n) WHERE {
  VALUES ?t { kg:Person kg:Organization kg:GovernmentBody kg:NonStateGroup kg:MediaOrganization
              kg:InternationalOrganization kg:Country kg:Post kg:Meeting kg:Visit kg:Talks kg:Summit kg:Call
              kg:Arrest kg:ThreatMade kg:Agreement kg:Statement kg:ThreatMention kg:Sentence }
  GRAPH ?g { ?g prov:wasDerivedFrom ?doc . ?s a ?t }
}
GROUP BY ?t"""

KINDS = {  # ontology class → the row of the report
    "Person": "persons", "Organization": "organisations", "GovernmentBody": "organisations",
    "NonStateGroup": "organisations", "MediaOrganization": "organisations", "InternationalOrganization": "organisations",
    "Country": "countries", "Post": "posts", "Meeting": "events", "Visit": "events", "Talks": "events",
    "Summit": "events", "Call": "events", "Arrest": "events", "ThreatMade": "events", "Agreement": "agreements",
    "Statement": "statements", "ThreatMention": "threat mentions", "Sentence": "evidence sentences",
}


@dataclass(frozen=True)
class Stats:
    articles: int
    quads: int
    graphs: int
    last_ingest: str | None
    entities: dict[str, int]
    article_ids: list[str] | None = None  # newest ingest first, when asked for

    def to_text(self) -> str:
        width = max(len(k) for k in ("articles", "quads", "named graphs", "last ingest", *self.entities))
        rows = [("articles", f"{self.articles:,}"), ("quads", f"{self.quads:,}"), ("named graphs", f"{self.graphs:,}"),
                ("last ingest", self.last_ingest or "never")]
        rows += [(k, f"{v:,}") for k, v in self.entities.items()]
        lines = [f"{k:<{width}}  {v}" for k, v in rows]
        if self.article_ids is not None:
            lines += ["", "article ids (newest ingest first):", *(f"  {a}" for a in self.article_ids)]
        return "\n".join(lines)

    def to_json(self) -> str:
        return json.dumps({k: v for k, v in asdict(self).items() if v is not None or k != "article_ids"}, indent=2)


_IDS = """
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?id (MAX(?at) AS ?last) WHERE {
  GRAPH ?g { ?g prov:wasDerivedFrom ?doc ; prov:wasGeneratedBy ?activity . ?activity prov:endedAtTime ?at .
             ?doc dcterms:identifier ?id }
}
GROUP BY ?id ORDER BY DESC(?last) ?id"""


def stats(store: Store, *, with_ids: bool = False) -> Stats:
    [row] = list(store.query(_ARTICLES))  # type: ignore[arg-type]
    counts = {name: 0 for name in dict.fromkeys(KINDS.values())}
    for r in store.query(_ENTITIES):  # type: ignore[union-attr]
        counts[KINDS[r["t"].value.rsplit("#", 1)[-1]]] += int(r["n"].value)
    last = row["last"].value if row["last"] is not None else None
    return Stats(articles=int(row["articles"].value), quads=len(store), graphs=len(store.graphs()),
                 last_ingest=last, entities=counts,
                 article_ids=[r["id"].value for r in store.query(_IDS)] if with_ids else None)  # type: ignore[union-attr]


def article_graphs(store: Store, ids: list[str]) -> dict[str, list[str]]:
    """article id → its graphs in the store; an id may also be given as its graph IRI. Raises naming the first
    id that is not in the store."""
    present = set(store.graphs())
    out: dict[str, list[str]] = {}
    for given in ids:
        doc_id = given.removeprefix(str(GRAPH)) if given.startswith(str(GRAPH)) else given
        main, inferred = str(graph_iri(doc_id)), str(inferred_graph_iri(doc_id))
        if not doc_id or "/" in doc_id or main not in present or not bool(
                store.query(_IS_ARTICLE, bindings={"g": ox.NamedNode(main)})):
            raise KGError(f"{given}: no article with this id in {store.path or 'the store'}; nothing removed")
        out[doc_id] = [main] + ([inferred] if inferred in present else [])
    return out


def remove(store: Store, ids: list[str]) -> dict[str, list[str]]:
    """Drop every named article's graphs in one transaction; all or nothing."""
    from kg import identity, summary

    found = article_graphs(store, ids)
    touched = summary.entities_of(store, [graphs[0] for graphs in found.values()])  # read before they go
    # identity first reads what the articles were linked to, then rebuilds those links without them
    identity.forget(store, list(found), lambda: store.drop_graphs([g for graphs in found.values() for g in graphs]))
    summary.refresh(store, touched)  # each touched summary recomputed from the articles that remain
    store.flush()
    return found
