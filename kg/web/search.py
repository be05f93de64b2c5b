"""Find: the search box on every page, its JSON API (``/search.json``), a results page (``/search``) and the
browse page ``/id/`` (each type with its count, then its members).

Searchable are persons, organisations, countries, events, agreements and threat concepts, by label and alias
(skos:altLabel). Matching ignores case and accents and takes prefixes of words ("dov" finds "Ajit Doval",
"jose" finds "José"); results are ranked by how well the name matches, then by how many articles cite the
thing. The index is read from the store with two fixed queries and kept until the store changes, like the
network (a few seconds at a million quads; a look-up is then a dictionary walk, not a SPARQL query).
"""

from __future__ import annotations

import bisect
import heapq
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field

import pyoxigraph as ox
from flask import Blueprint, Response, abort, jsonify, render_template, request, url_for

from kg.web.pages import KG, local_href
from kg.web.reads import select as _select
from kg.web.reads import until_store_changes

bp = Blueprint("search", __name__, template_folder="templates")

# ontology class → the kind shown to people (and the ?type= of the API); order = order on the browse page
KINDS: dict[str, str] = {
    "Person": "person",
    **{c: "organization" for c in ("Organization", "GovernmentBody", "NonStateGroup", "MediaOrganization",
                                   "InternationalOrganization")},
    "Country": "country",
    **{c: "event" for c in ("Event", "Meeting", "Visit", "Talks", "Summit", "Call", "Arrest", "ThreatMade")},
    "Agreement": "agreement",
    "ThreatConcept": "threat",
}
KIND_TITLES = {"person": "Persons", "organization": "Organisations", "country": "Countries", "event": "Events",
               "agreement": "Agreements", "threat": "Threats"}
MAX_LIMIT = 100
PAGE = 200  # entries per browse page
_WORD = re.compile(r"[^\w]+")


def fold(text: str) -> str:
    """Lower case, accents off, punctuation to spaces: 'Drouïn-Smith' → 'drouin smith'."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(_WORD.sub(" ", bare.casefold()).split())


@dataclass
class Entry:
    iri: str
    kind: str
    cited: int = 0
    label: str = ""
    names: list[str] = field(default_factory=list)  # label first, then aliases, as written
    folded: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)  # (folded name, its words), once
    rank: tuple[int, str, str] = (0, "", "")          # most cited first, then by label: fixed per entry

    def as_json(self, matched: str | None = None) -> dict[str, object]:
        out: dict[str, object] = {"iri": self.iri, "href": local_href(self.iri), "label": self.label,
                                  "kind": self.kind, "cited": self.cited}
        if matched and matched != self.label:
            out["alias"] = matched
        return out


@dataclass
class Index:
    entries: dict[str, Entry]
    words: list[str]                                 # every folded word of every name, sorted, unique
    by_word: dict[str, set[str]]                     # folded word → IRIs with a name containing it
    names: list[tuple[str, str]]                     # (folded name, IRI), sorted: names beginning with a query
    order: dict[str, int]                            # IRI → place in the ranking (most cited first)

    def search(self, query: str, *, kind: str | None = None, limit: int = 20) -> list[tuple[Entry, str]]:
        """(entry, the name that matched), best first: whole names, then names beginning with the query, then
        names with a word beginning with each query word; within each, most cited first.

        A short prefix matches thousands of names at 10k articles, so nothing is scored per candidate: the sets
        come from sorted lists (bisect) and the best few are taken by their precomputed place (heapq)."""
        q = fold(query)
        if not q:
            return []
        terms = q.split()
        exact: set[str] = set()
        starts: set[str] = set()
        i = bisect.bisect_left(self.names, (q, ""))
        while i < len(self.names) and self.names[i][0].startswith(q):
            (exact if self.names[i][0] == q else starts).add(self.names[i][1])
            i += 1
        words = self._word_matches(terms)
        if len(terms) > 1:  # every query word must begin a word of the same name
            words = {iri for iri in words if any(_tier(f, w, q, terms) is not None for f, w in self.entries[iri].folded)}
        tiers = [exact, starts - exact, words - exact - starts]
        if kind:
            tiers = [{iri for iri in tier if self.entries[iri].kind == kind} for tier in tiers]
        chosen: list[str] = []
        for tier in tiers:
            if len(chosen) >= limit:
                break
            chosen += heapq.nsmallest(limit - len(chosen), tier, key=self.order.__getitem__)
        return [(self.entries[iri], self._matched(self.entries[iri], q, terms)) for iri in chosen]

    def _word_matches(self, terms: list[str]) -> set[str]:
        candidates: set[str] | None = None
        for t in sorted(terms, key=len, reverse=True):  # the longest term narrows the most
            found: set[str] = set()
            i = bisect.bisect_left(self.words, t)
            while i < len(self.words) and self.words[i].startswith(t):
                found |= self.by_word[self.words[i]]
                i += 1
            candidates = found if candidates is None else candidates & found
            if not candidates:
                return set()
        return candidates or set()

    @staticmethod
    def _matched(e: Entry, q: str, terms: list[str]) -> str:
        """The name to show as matched: the best-matching one, the label on a tie."""
        tiers = [(tier, i) for i, (f, w) in enumerate(e.folded) if (tier := _tier(f, w, q, terms)) is not None]
        return e.names[min(tiers)[1]] if tiers else e.label

    def counts(self) -> dict[str, int]:
        out = {k: 0 for k in KIND_TITLES}
        for e in self.entries.values():
            out[e.kind] += 1
        return out

    def members(self, kind: str) -> list[Entry]:
        return sorted((e for e in self.entries.values() if e.kind == kind),
                      key=lambda e: (-e.cited, e.label.casefold(), e.iri))


def _tier(name: str, words: tuple[str, ...], q: str, terms: list[str]) -> int | None:
    """0: the whole name; 1: the name begins with the query; 2: each query word begins a word of the name."""
    if name == q:
        return 0
    if name.startswith(q):
        return 1
    if all(any(w.startswith(t) for w in words) for t in terms):
        return 2
    return None


def read_index() -> Index:
    entries: dict[str, Entry] = {}
    for row in _select("search_terms"):
        node, kind = row["s"], KINDS.get(row["t"].value.removeprefix(KG))
        if kind is None or not isinstance(node, ox.NamedNode):
            continue
        cited = int(row["cited"].value) if "cited" in row else 0
        e = entries.get(node.value)
        if e is None:
            entries[node.value] = Entry(node.value, kind, cited)
        else:  # typed twice (a Meeting that is also a Visit): one entry, cited in the most articles found
            e.cited = max(e.cited, cited)
    labels: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for row in _select("search_labels"):
        if row["s"].value in entries and isinstance(row["label"], ox.Literal):
            labels[row["s"].value][row["p"].value.rsplit("#", 1)[-1]].append(row["label"].value)
    by_word: dict[str, set[str]] = defaultdict(set)
    for iri, e in entries.items():
        found = labels.get(iri, {})
        main = sorted(found.get("prefLabel", [])) + sorted(found.get("label", []))
        e.label = main[0] if main else iri.rstrip("/").rsplit("/", 1)[-1]
        e.names = list(dict.fromkeys([e.label, *main, *sorted(found.get("altLabel", []))]))
        e.folded = [(f, tuple(f.split())) for f in map(fold, e.names)]
        e.rank = (-e.cited, e.label.casefold(), iri)
        for _, words in e.folded:
            for word in words:
                by_word[word].add(iri)
    names = sorted((f, iri) for iri, e in entries.items() for f, _ in e.folded)
    ranked = sorted(entries, key=lambda iri: entries[iri].rank)
    return Index(entries=entries, words=sorted(by_word), by_word=dict(by_word), names=names,
                 order={iri: place for place, iri in enumerate(ranked)})


def index() -> Index:
    """The index, re-read when anything has written the store since (kept per server worker)."""
    return until_store_changes("kg.search.index", read_index)


@bp.app_context_processor
def _inject() -> dict[str, object]:
    """base.html shows the search box and the Browse link when this blueprint is registered."""
    return {"search_urls": {"page": url_for("search.search_page"), "api": url_for("search.search_json"),
                            "browse": url_for("search.browse")}}


def _kind_arg() -> str | None:
    kind = request.args.get("type") or None
    if kind is not None and kind not in KIND_TITLES:
        abort(400, description=f"type={kind!r}: not a searchable type (one of {', '.join(KIND_TITLES)})")
    return kind


@bp.get("/search.json")
def search_json() -> Response:
    q = request.args.get("q", "")
    limit = min(max(request.args.get("limit", 20, type=int), 1), MAX_LIMIT)
    hits = index().search(q, kind=_kind_arg(), limit=limit)
    return jsonify({"query": q, "results": [e.as_json(name) for e, name in hits]})


@bp.get("/search")
def search_page() -> str:
    q = request.args.get("q", "")
    kind = _kind_arg()
    hits = index().search(q, kind=kind, limit=MAX_LIMIT)
    return render_template("search.html", q=q, kind=kind, hits=[e.as_json(name) for e, name in hits],
                           titles=KIND_TITLES)


@bp.get("/id/")
def browse() -> str:
    idx = index()
    kind = _kind_arg()
    offset = max(request.args.get("offset", 0, type=int), 0)
    members = idx.members(kind) if kind else []
    return render_template("browse.html", counts=idx.counts(), titles=KIND_TITLES, kind=kind, offset=offset,
                           page=[e.as_json() for e in members[offset:offset + PAGE]], total=len(members),
                           size=PAGE)
