"""A cluster of mentions → the canonical resource's named graph: what the reports agree on, how many
independent outlets report it, when it was first reported, and where they disagree (with both sides)."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter
from collections.abc import Sequence

from kg.identity.match import block_names, lone_name_fits, person_names, same_person
from kg.identity.mentions import STATUS_RANK, AgreementMention, EventMention
from kg.identity.records import IDENTITY

BASE = "https://w3id.org/kg/"
KG = "https://w3id.org/kg/ontology#"
CLASSES = {"meeting": "Meeting", "visit": "Visit", "talks": "Talks", "summit": "Summit", "call": "Call",
           "arrest": "Arrest"}
SCHEMA = "https://schema.org/"
SKOS_EXACT = "http://www.w3.org/2004/02/skos/core#exactMatch"
DCTERMS = "http://purl.org/dc/terms/"
PROV = "http://www.w3.org/ns/prov#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
XSD = "http://www.w3.org/2001/XMLSchema#"


def _lit(value: str, datatype: str | None = None) -> str:
    escaped = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    return f'"{escaped}"' + (f"^^<{XSD}{datatype}>" if datatype else "")


def _t(s: str, p: str, o: str) -> str:
    return f"<{s}> <{p}> {o} ."


def _majority(values: Sequence, *, key=lambda v: v) -> object:
    """The value most distinct reports give; ties go to the smallest, so the choice is order-free."""
    counts = Counter(values)
    return min(counts, key=lambda v: (-counts[v], key(v))) if counts else None


def _per_report(mentions: Sequence[EventMention | AgreementMention]) -> list:
    """One mention per report: copies do not vote twice."""
    seen: dict[str, EventMention | AgreementMention] = {}
    for m in sorted(mentions, key=lambda m: m.iri):
        seen.setdefault(m.doc.report, m)
    return list(seen.values())


def _hash(*parts: object) -> str:
    return hashlib.sha1("|".join(map(str, parts)).encode("utf-8")).hexdigest()[:12]


def _corroboration(iri: str, mentions: Sequence[EventMention | AgreementMention]) -> list[str]:
    out = []
    docs = sorted({m.doc.doc for m in mentions})
    sources = {m.doc.source for m in mentions}
    published = sorted(m.doc.published for m in mentions if m.doc.published)
    out += [_t(iri, DCTERMS + "source", f"<{d}>") for d in docs]
    out += [_t(iri, KG + "outlet", _lit(o)) for o in sorted({m.doc.outlet for m in mentions}) if o]
    out.append(_t(iri, KG + "sourceCount", _lit(str(len(sources)), "integer")))
    out.append(_t(iri, KG + "reportCount", _lit(str(len({m.doc.report for m in mentions})), "integer")))
    if published:
        out.append(_t(iri, KG + "reportedOn", _lit(published[0].isoformat(), "date")))
    out += [_t(m.iri, PROV + "specializationOf", f"<{iri}>") for m in mentions]
    return out


def _conflict(iri: str, prop: str, name: str, sides: Sequence[EventMention | AgreementMention],
              describe) -> list[str]:
    c = f"{iri}/conflict/{name}"
    text = "reports disagree on the " + name + ": " + "; ".join(
        f"{describe(m)} ({m.doc.outlet or 'unnamed outlet'})" for m in sorted(sides, key=lambda m: (describe(m), m.iri)))
    out = [_t(c, RDF_TYPE, f"<{KG}Conflict>"), _t(c, SCHEMA + "about", f"<{iri}>"),
           _t(c, KG + "disputedProperty", f"<{prop}>"), _t(c, RDFS_LABEL, _lit(text))]
    out += [_t(c, KG + "side", f"<{m.iri}>") for m in sides]
    return out


def _anchor(votes: Sequence[EventMention | AgreementMention]) -> str:
    """The date a canonical IRI is named by: the date most reports fix, else the first report's day."""
    date = _majority([m.date for m in votes if m.date], key=str)
    if date:
        return date.isoformat()
    published = sorted(m.doc.published for m in votes if m.doc.published)
    return f"reported {published[0].isoformat()}" if published else "undated"


def event_iri(mentions: Sequence[EventMention]) -> str:
    persons = sorted(set().union(*(m.persons for m in mentions)))
    return f"{BASE}id/canonical/event/{_hash(mentions[0].group, persons, _anchor(_per_report(mentions)))}"


def event_graph(iri: str, mentions: Sequence[EventMention], names: dict[str, str]) -> tuple[str, list[str]]:
    """(graph IRI, N-Triples lines) of one canonical event."""
    votes = _per_report(mentions)
    kind = _majority([m.kind for m in votes], key=lambda k: list(CLASSES).index(k))
    dated = [m for m in votes if m.date]
    date = _majority([m.date for m in dated], key=str)
    end = _majority([m.end for m in dated if m.end and m.date == date], key=str)
    placed = [m for m in votes if m.place]
    place = _majority([m.place for m in placed], key=str)
    persons, variants = _fold_spellings(votes)
    lines = [_t(iri, RDF_TYPE, f"<{KG}{CLASSES[kind]}>")]
    label = f"{kind.capitalize()}: {', '.join(sorted(names.get(p, p.rsplit('/', 1)[-1]) for p in persons))}"
    lines.append(_t(iri, RDFS_LABEL, _lit(label + (f" ({date.isoformat()})" if date else ""))))
    lines += [_t(iri, KG + "participant", f"<{p}>") for p in persons]
    lines += [_t(variant, SKOS_EXACT, f"<{p}>") for variant, p in sorted(variants.items())]
    lines += [_t(iri, KG + "country", f"<{c}>") for c in sorted(set().union(*(m.countries for m in mentions)))]
    if date:
        lines.append(_t(iri, SCHEMA + "startDate", _lit(date.isoformat(), "date")))
    if end:
        lines.append(_t(iri, SCHEMA + "endDate", _lit(end.isoformat(), "date")))
    if place:
        lines.append(_t(iri, SCHEMA + "location", f"<{place}>"))
    happened = any(not m.expected for m in mentions)
    lines.append(_t(iri, KG + "modality", f"<{BASE}modality/{'asserted' if happened else 'expected'}>"))
    lines += _corroboration(iri, mentions)
    if len({m.date for m in dated}) > 1:
        lines += _conflict(iri, SCHEMA + "startDate", "date", dated, lambda m: m.date.isoformat())
    if len({m.place for m in placed}) > 1:
        lines += _conflict(iri, SCHEMA + "location", "place", placed, lambda m: m.place.rsplit("/", 1)[-1])
    return _graph(iri), lines


def _fold_spellings(votes: Sequence[EventMention]) -> tuple[list[str], dict[str, str]]:
    """One participant per person however the reports spell them ("Yvan Gil"/"Yvan Gill", "Tiani"/"Abdourahamane
    Tchiani"): the spelling most reports use stands for the person (ties: the smallest key, then the fullest); the
    others point to it with skos:exactMatch. A lone name folds only into the one person it fits."""
    counts = Counter(p for m in votes for p in m.persons)
    names = person_names(*votes)
    chosen: list[str] = []
    variants: dict[str, str] = {}
    for p in sorted(counts, key=lambda p: (-counts[p], len(block_names(p)) == 1, p)):
        twin = next((c for c in chosen if same_person(c, p, names)), None)
        if twin is None:
            fits = [c for c in chosen if lone_name_fits(c, p, names)]
            twin = fits[0] if len(fits) == 1 else None
        if twin is None:
            chosen.append(p)
        else:
            variants[p] = twin
    return sorted(chosen), variants


def agreement_iri(mentions: Sequence[AgreementMention]) -> str:
    parties = sorted(mentions[0].parties)
    words = sorted(set.intersection(*(set(m.words) for m in mentions)) or mentions[0].words)
    return f"{BASE}id/canonical/agreement/{_hash(parties, words[:8], _anchor(_per_report(mentions)))}"


def agreement_graph(iri: str, mentions: Sequence[AgreementMention], events: dict[str, str]) -> tuple[str, list[str]]:
    """(graph IRI, N-Triples lines) of one canonical agreement; ``events`` maps event mentions to canonical events."""
    votes = _per_report(mentions)

    def when(m: AgreementMention) -> tuple:
        return (m.doc.published or dt.date.min, STATUS_RANK.get(m.status, 0))

    latest = max(votes, key=lambda m: (when(m), m.iri))
    lead = min(votes, key=lambda m: (-len(m.words), m.iri))
    lines = [_t(iri, RDF_TYPE, f"<{KG}Agreement>")]
    lines += [_t(iri, RDFS_LABEL, _lit(lead.description)), _t(iri, DCTERMS + "description", _lit(lead.description))]
    lines.append(_t(iri, KG + "status", f"<{BASE}status/{latest.status}>"))
    lines += [_t(iri, KG + "party", f"<{p}>") for p in sorted(mentions[0].parties)]
    lines += [_t(iri, KG + "threat", f"<{t}>") for t in sorted(set().union(*(m.topics for m in mentions)))]
    date = _majority([m.date for m in votes if m.date], key=str)
    if date:
        lines.append(_t(iri, DCTERMS + "date", _lit(date.isoformat(), "date")))
    for e in sorted({events[m.event] for m in mentions if m.event in events}):
        lines.append(_t(iri, KG + "reachedAt", f"<{e}>"))
    lines += _corroboration(iri, mentions)
    lines += _status_conflicts(iri, votes)
    return _graph(iri), lines


def _status_conflicts(iri: str, votes: Sequence[AgreementMention]) -> list[str]:
    """'Signed' in one report and only 'expected' or 'discussed' in another of the same day is a conflict;
    expected then signed on a later day is the agreement's history."""
    by_day: dict[dt.date, list[AgreementMention]] = {}
    for m in votes:
        day = m.date or m.doc.published
        if day:
            by_day.setdefault(day, []).append(m)
    sides = []
    for day in sorted(by_day):
        ms = by_day[day]
        if any(m.status == "signed" for m in ms) and any(m.status in ("expected", "discussed") for m in ms):
            sides += [m for m in ms if m.status in ("signed", "expected", "discussed")]
    if not sides:
        return []
    return _conflict(iri, KG + "status", "status", sides, lambda m: m.status)


def _graph(iri: str) -> str:
    return IDENTITY + iri[len(BASE + "id/canonical/"):]
