"""Which part of the network a view shows: filters (type, country, threat, date range, minimum sources), a cap
on events with "show more", and neighbourhoods expanded on request, with counts of what stays hidden.

Pure functions over a kg.graphio.Network (no Flask, no store), so the JSON view and the GEXF/GraphML export of
the same request draw exactly the same subgraph.

Events and agreements choose the view: the filters select them, the best-connected ``limit`` of those are
kept, and the actors and countries linked to them come along. Types only decide what is drawn. An expanded
node brings its neighbours (of drawn types) whatever the filters, since exploring is the point.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from kg.errors import KGError
from kg.graphio import Network

CATEGORIES = ("person", "organization", "country", "meeting", "agreement")
EVENTS = ("meeting", "agreement")
DEFAULT_LIMIT = 300    # events drawn at first; "show more" asks for the next ones
MAX_LIMIT = 2000       # ~2,800 nodes at 10k articles: a browser draws a few thousand, not tens of thousands
EXPAND_CAP = 60        # neighbours one expansion adds, best-connected first
MAX_EXPAND = 50        # expanded nodes one view may carry


class ViewError(KGError):
    """A filter value that cannot be understood (the web layer answers 400 with the message)."""


@dataclass(frozen=True)
class Filters:
    types: frozenset[str] = frozenset(CATEGORIES)
    country: str | None = None           # IRI of a country node
    threat: str | None = None            # IRI of a threat concept
    date_from: str | None = None         # YYYY-MM-DD, inclusive
    date_to: str | None = None
    min_sources: int = 1
    limit: int = DEFAULT_LIMIT
    expand: tuple[str, ...] = ()

    @property
    def narrows(self) -> bool:
        """True when a filter (not the cap) keeps events out."""
        return bool(self.country or self.threat or self.date_from or self.date_to or self.min_sources > 1)


def _date(name: str, value: str | None) -> str | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        raise ViewError(f"{name}={value!r}: not a date (YYYY-MM-DD)") from None


def _int(name: str, value: str | None, default: int, low: int, high: int) -> int:
    if value is None or value == "":
        return default
    try:
        number = int(value)
    except ValueError:
        raise ViewError(f"{name}={value!r}: not a whole number") from None
    if not low <= number <= high:
        raise ViewError(f"{name}={value!r}: must be {low}-{high}")
    return number


def parse_filters(args: dict[str, str], *, expand: list[str] | None = None, id_base: str = "") -> Filters:
    """Filters from request arguments; a value that cannot be understood raises ViewError naming it.
    ``country`` may be a country node's IRI or an ISO code (``IN``); ``types`` a comma-separated list."""
    raw_types = args.get("types")
    types = frozenset(t for t in (raw_types or ",".join(CATEGORIES)).split(",") if t)
    unknown = sorted(types - set(CATEGORIES))
    if unknown:
        raise ViewError(f"types={raw_types!r}: {', '.join(unknown)} is not a type (one of {', '.join(CATEGORIES)})")
    country = (args.get("country") or "").strip() or None
    if country and "://" not in country:
        country = f"{id_base}country/{country.upper()}"
    date_from, date_to = _date("from", args.get("from")), _date("to", args.get("to"))
    if date_from and date_to and date_from > date_to:
        raise ViewError(f"from={date_from} is after to={date_to}")
    expand = [e for e in (expand or []) if e]
    if len(expand) > MAX_EXPAND:
        raise ViewError(f"expand: at most {MAX_EXPAND} nodes in one view")
    return Filters(types=types, country=country, threat=(args.get("threat") or "").strip() or None,
                   date_from=date_from, date_to=date_to,
                   min_sources=_int("min_sources", args.get("min_sources"), 1, 1, 1000),
                   limit=_int("events", args.get("events"), DEFAULT_LIMIT, 1, MAX_LIMIT),
                   expand=tuple(dict.fromkeys(expand)))


@dataclass
class Indexed:
    """A network with what every view needs precomputed once: neighbours, degrees, events ranked."""
    net: Network
    neighbours: dict[str, set[str]] = field(default_factory=dict)
    degree: Counter = field(default_factory=Counter)
    ranked_events: list[str] = field(default_factory=list)
    totals: Counter = field(default_factory=Counter)

    def __post_init__(self) -> None:
        adjacent: dict[str, set[str]] = defaultdict(set)
        for s, _, o in self.net.edges:
            adjacent[s].add(o)
            adjacent[o].add(s)
        self.neighbours = dict(adjacent)
        self.degree = Counter({n: len(v) for n, v in adjacent.items()})
        nodes = self.net.nodes
        events = [n for n, v in nodes.items() if v["category"] in EVENTS]
        self.ranked_events = sorted(events, key=lambda n: (-self.degree[n], -int(nodes[n].get("sources") or 1), n))
        self.totals = Counter(str(v["category"]) for v in nodes.values())

    def options(self) -> dict[str, object]:
        """What the filters can choose from: countries (most linked first), threats named, the date span."""
        nodes = self.net.nodes
        countries = sorted((n for n, v in nodes.items() if v["category"] == "country"),
                           key=lambda n: (-self.degree[n], str(nodes[n]["label"])))
        threats = Counter(t for v in nodes.values() if v["category"] in EVENTS for t in v.get("threats") or ())
        dates = sorted(str(v["date"]) for v in nodes.values() if v.get("date"))
        labels = self.net.labels
        return {"countries": [{"iri": n, "label": nodes[n]["label"]} for n in countries],
                "threats": [{"iri": t, "label": labels.get(t) or t.rstrip("/").rsplit("/", 1)[-1].replace("-", " "),
                             "count": c} for t, c in sorted(threats.items(), key=lambda tc: (-tc[1], tc[0]))],
                "dates": {"min": dates[0] if dates else None, "max": dates[-1] if dates else None},
                "max_sources": max((int(v.get("sources") or 1) for v in nodes.values() if v["category"] in EVENTS),
                                   default=1)}


def _matches(node: dict[str, object], f: Filters) -> bool:
    if f.country and f.country not in (node.get("countries") or ()):
        return False
    if f.threat and f.threat not in (node.get("threats") or ()):
        return False
    if f.date_from or f.date_to:
        date = node.get("date")
        if not date or (f.date_from and str(date) < f.date_from) or (f.date_to and str(date) > f.date_to):
            return False
    return int(node.get("sources") or 1) >= f.min_sources


@dataclass
class View:
    net: Network                          # the subgraph drawn
    matching: int                         # events and agreements passing the filters
    shown_events: int                     # of which in the view (the cap; drawn if their type is)
    hidden: dict[str, int]                # per category: in the whole network, not drawn
    expanded: dict[str, int]              # expanded node → neighbours it has that are still not drawn

    def counts(self) -> dict[str, object]:
        return {"matching": self.matching, "shown": self.shown_events, "more": self.matching - self.shown_events,
                "hidden": self.hidden, "expanded": self.expanded}


def select_view(index: Indexed, f: Filters) -> View:
    nodes, near = index.net.nodes, index.neighbours
    matching = [n for n in index.ranked_events if _matches(nodes[n], f)]
    chosen = matching[:f.limit]
    chosen_set = set(chosen)  # an agreement's meeting comes along only within the cap
    keep: set[str] = set()
    for event in chosen:
        keep.add(event)
        for other in near.get(event, ()):
            if nodes[other]["category"] not in EVENTS or other in chosen_set:
                keep.add(other)
    # organisations of the countries in view (they have no events of their own to bring them in)
    countries = {n for n in keep if nodes[n]["category"] == "country"}
    orgs = sorted({o for c in countries for o in near.get(c, ()) if nodes[o]["category"] == "organization"},
                  key=lambda n: (-index.degree[n], n))
    keep.update(orgs[:f.limit])
    keep = {n for n in keep if nodes[n]["category"] in f.types}
    expanded: dict[str, int] = {}
    for iri in f.expand:
        if iri not in nodes:
            continue
        keep.add(iri)
        around = sorted((n for n in near.get(iri, ()) if nodes[n]["category"] in f.types and n not in keep),
                        key=lambda n: (-index.degree[n], n))
        keep.update(around[:EXPAND_CAP])
        expanded[iri] = max(0, len(around) - EXPAND_CAP)
    drawn = {n: nodes[n] for n in nodes if n in keep}  # the network's own order: same view, same file
    edges = [e for e in index.net.edges if e[0] in drawn and e[2] in drawn]
    shown = Counter(str(v["category"]) for v in drawn.values())
    return View(net=Network(nodes=drawn, edges=edges, labels=index.net.labels),
                matching=len(matching), shown_events=len(chosen),
                hidden={c: index.totals[c] - shown[c] for c in CATEGORIES}, expanded=expanded)
