"""Scoring one article: gold against the competency queries' rows, category by category."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache
from typing import Any

from kg.evaluate.matching import (
    _date, _group, _Item, _local, _nonzero, _org_strength, _speaker_words, _tokens, fold, greedy_match, keyword_in,
    name_strength, role_match,
)
from kg.evaluate.report import ArticleScore, Row


# -- scoring one article -------------------------------------------------------------------------------------
def score_article(gold: dict[str, Any], predicted: dict[str, list[Row]], *, article: str = "") -> ArticleScore:
    """Match one article's predicted query rows against its gold; count, and say what was missed or wrong."""
    out = ArticleScore(article=article)
    gold_people = gold.get("people") or []
    people = _group(predicted.get("people") or [], "person")
    person_forms = [[p.get("name") or "", *p.all("name")[1:], *p.all("alias")] for p in people]
    gold_person_forms = [[g["name"], *(g.get("aliases") or [])] for g in gold_people]

    # people, then roles within matched people
    pairs = greedy_match(gold_person_forms, person_forms, lambda g, p: _nonzero(name_strength(g, p)))
    _count(out, "people", pairs, gold_people, people, lambda g: g["name"], lambda p: p.get("name") or p.key)
    matched_person = {pi: gi for gi, pi in pairs}
    for gi, g in enumerate(gold_people):
        g_roles = [r for r in (g.get("roles") or []) if r]
        pi = next((p for p, q in matched_person.items() if q == gi), None)
        p_roles = people[pi].all("role") if pi is not None else []
        role_pairs = greedy_match(g_roles, p_roles, lambda a, b: (1,) if role_match(a, b) else None)
        _count(out, "roles", role_pairs, g_roles, p_roles,
               lambda r, who=g["name"]: f"{who}: {r}", lambda r, who=g["name"]: f"{who}: {r}")
    for pi, p in enumerate(people):
        if pi not in matched_person:
            out.counts["roles"].fp += len(p.all("role"))
            out.false_positives["roles"] += [f"{p.get('name')}: {r}" for r in p.all("role")]

    # organizations
    gold_orgs = gold.get("organizations") or []
    orgs = _group(predicted.get("organizations") or [], "organization")
    org_forms = [[o.get("name") or "", *o.all("name")[1:], *o.all("alias")] for o in orgs]
    gold_org_forms = [[g["name"], *(g.get("aliases") or [])] for g in gold_orgs]
    pairs = greedy_match(gold_org_forms, org_forms, lambda g, p: _nonzero(_org_strength(g, p)))
    _count(out, "organizations", pairs, gold_orgs, orgs, lambda g: g["name"], lambda p: p.get("name") or p.key)

    def gold_person_of(name: str | None, forms: Sequence[str] = ()) -> int | None:
        """The gold person a predicted name denotes: via the people matching, else the best name match."""
        for pi, gi in matched_person.items():
            if name and fold(name) in {fold(f) for f in person_forms[pi]}:
                return gi
        strengths = [(name_strength(gf, [name or "", *forms]), -gi) for gi, gf in enumerate(gold_person_forms)]
        best = max(strengths, default=(0, 0))
        return -best[1] if best[0] else None

    _score_meetings(out, gold, predicted, gold_person_of)
    _score_agreements(out, gold, predicted)
    _score_threats(out, gold, predicted)
    _score_statements(out, gold, predicted, gold_person_of, gold_org_forms)
    return out


def _count(out: ArticleScore, category: str, pairs: list[tuple[int, int]], gold: Sequence[Any],
           pred: Sequence[Any], show_gold: Callable[[Any], str], show_pred: Callable[[Any], str]) -> None:
    matched_g = {gi for gi, _ in pairs}
    matched_p = {pi for _, pi in pairs}
    counts = out.counts[category]
    counts.tp += len(pairs)
    counts.fn += len(gold) - len(matched_g)
    counts.fp += len(pred) - len(matched_p)
    out.outcomes += [(category, p.key, i in matched_p) for i, p in enumerate(pred) if hasattr(p, "key")]
    out.misses[category] += [show_gold(g) for i, g in enumerate(gold) if i not in matched_g]
    out.false_positives[category] += [show_pred(p) for i, p in enumerate(pred) if i not in matched_p]


def _score_meetings(out: ArticleScore, gold: dict[str, Any], predicted: dict[str, list[Row]],
                    gold_person_of: Callable[..., int | None]) -> None:
    gold_meetings = gold.get("meetings") or []
    meetings = _group(predicted.get("meetings") or [], "event")

    def entity(name: str) -> tuple[str, Any]:
        gi = gold_person_of(name)
        return ("person", gi) if gi is not None else ("name", fold(name))

    g_sets = [{entity(n) for n in (m.get("participants") or []) if n} for m in gold_meetings]
    p_sets = [{entity(n) for n in m.all("participantName")} for m in meetings]

    def agree(g: dict[str, Any], p: _Item) -> tuple[bool, bool, bool]:
        return (_local(g.get("kind")) == _local(p.get("kind")), _date(g.get("date")) == _date(p.get("date")),
                fold(g.get("place")) == fold(p.get("place")))

    def score(gi: int, pi: int) -> tuple | None:
        g, p = g_sets[gi], p_sets[pi]
        kind_ok, date_ok, place_ok = agree(gold_meetings[gi], meetings[pi])
        if not g and not p:
            jaccard = 1.0 if kind_ok and place_ok else 0.0
        else:
            jaccard = len(g & p) / len(g | p)
        return (jaccard, kind_ok, date_ok, place_ok) if jaccard >= 0.5 else None

    pairs = greedy_match(range(len(gold_meetings)), range(len(meetings)), score)

    def show_gold(m: dict[str, Any]) -> str:
        return f"{m.get('kind')} of {', '.join(m.get('participants') or []) or '?'} ({m.get('date')}, {m.get('place')})"

    def show_pred(m: _Item) -> str:
        return f"{m.get('kind')} of {', '.join(m.all('participantName')) or '?'} ({m.get('date')}, {m.get('place')})"

    _count(out, "meetings", pairs, gold_meetings, meetings, show_gold, show_pred)
    for gi, pi in pairs:
        g, p = gold_meetings[gi], meetings[pi]
        kind_ok, date_ok, place_ok = agree(g, p)
        out.accuracy["meeting_date"].add(date_ok)
        out.accuracy["meeting_place"].add(place_ok)
        out.accuracy["meeting_kind"].add(kind_ok)
        for what, ok, gv, pv in (("date", date_ok, g.get("date"), p.get("date")),
                                 ("place", place_ok, g.get("place"), p.get("place")),
                                 ("kind", kind_ok, g.get("kind"), p.get("kind"))):
            if not ok:
                out.mismatches.append(f"meeting {show_gold(g)}: {what} {gv!r}, predicted {pv!r}")


def _hits(keywords: Sequence[str], texts: Sequence[str | None]) -> int:
    return sum(1 for k in keywords if any(keyword_in(k, t) for t in texts))


def _overlap(a: str | None, texts: Sequence[str | None]) -> int:
    words = set(_tokens(a))
    return len(words & {w for t in texts for w in _tokens(t)})


def _agreement_pair(g: dict[str, Any], descriptions: Sequence[str | None], status: str | None) -> tuple | None:
    """How well a predicted agreement (its descriptions, its status) matches a gold one: a gold keyword in a
    description first, then the status, then the words shared with the gold's "about"; None when no keyword is in."""
    hits = _hits(g.get("keywords") or [], descriptions)
    if not hits:
        return None
    return (hits, _local(g.get("status")) == _local(status), _overlap(g.get("about"), descriptions))


def _score_agreements(out: ArticleScore, gold: dict[str, Any], predicted: dict[str, list[Row]]) -> None:
    gold_agreements = gold.get("agreements") or []
    agreements = _group(predicted.get("agreements") or [], "agreement")
    pairs = greedy_match(gold_agreements, agreements,
                         lambda g, p: _agreement_pair(g, p.all("description"), p.get("status")))
    _count(out, "agreements", pairs, gold_agreements, agreements,
           lambda g: f"{g.get('about')} [{g.get('status')}]",
           lambda p: f"{p.get('description') or p.key} [{p.get('status')}]")
    for gi, pi in pairs:
        g, p = gold_agreements[gi], agreements[pi]
        status_ok = _local(g.get("status")) == _local(p.get("status"))
        out.accuracy["agreement_status"].add(status_ok)
        if not status_ok:
            out.mismatches.append(f"agreement {g.get('about')!r}: status {g.get('status')!r}, "
                                  f"predicted {p.get('status')!r}")
        parties_ok = {_party(x) for x in g.get("parties") or []} == {_party(x) for x in p.all("partyName") if x}
        out.accuracy["agreement_parties"].add(parties_ok)
        if not parties_ok:
            out.mismatches.append(f"agreement {g.get('about')!r}: parties {sorted(g.get('parties') or [])}, "
                                  f"predicted {sorted(x for x in p.all('partyName') if x)}")


@cache
def _party_codes() -> dict[str, str]:
    """Every way a party is written that names a state → its code: the extractor's tables (names, demonyms) and the
    labels the store gives states ("Russian Federation"). (Imported here: scoring needs the extractor's tables only
    for this.)"""
    import pycountry

    from kg.extract.reference import countries

    table = countries()
    iso = {c.name: c.alpha_2 for c in pycountry.countries}  # labels a store built before readable labels may hold
    return iso | table.names | table.adjectives | {label: code for code, label in table.display.items()}


def _party(name: str) -> str:
    """A party as a country code when it names a state however it is written ("Turkey"/"Türkiye", "Russia"/
    "Russian Federation"), else folded (the European Union, NATO)."""
    return _party_codes().get(name) or fold(name)


def _score_threats(out: ArticleScore, gold: dict[str, Any], predicted: dict[str, list[Row]]) -> None:
    gold_threats = gold.get("threats") or []
    threats = _group(predicted.get("threats") or [], "threat")

    def score(g: dict[str, Any], p: _Item) -> tuple | None:
        labels = p.all("label")
        hits = _hits(g.get("keywords") or [], labels)
        return (hits, _overlap(g.get("label"), labels)) if hits else None

    pairs = greedy_match(gold_threats, threats, score)
    _count(out, "threats", pairs, gold_threats, threats, lambda g: g.get("label") or "?",
           lambda p: " / ".join(p.all("label")) or p.key)


def _gold_speaker(by: str, gold_person_forms: list[list[str]], gold_org_forms: list[list[str]]) -> tuple[str, Any]:
    """A gold speaker is a gold person, a gold organisation, or an unnamed source (matched by words)."""
    for gi, forms in enumerate(gold_person_forms):
        if name_strength(forms, [by]) >= 2:
            return ("person", gi)
    for oi, forms in enumerate(gold_org_forms):
        if _org_strength(forms, [by]):
            return ("org", oi)
    return ("unnamed", frozenset(_speaker_words(by)))


def _credited(speaker: tuple[str, Any], p: _Item, gold_person_forms: list[list[str]],
              gold_person_of: Callable[..., int | None], gold_org_forms: list[list[str]]) -> bool:
    """A predicted statement credits the gold speaker (of ``_gold_speaker``) by one of its speaker's names."""
    forms = [*p.all("speakerName"), *p.all("speakerAlias")]
    kind, ref = speaker
    if kind == "person":
        return any(gold_person_of(f, forms) == ref for f in forms) or bool(name_strength(gold_person_forms[ref], forms))
    if kind == "org":
        return bool(_org_strength(gold_org_forms[ref], forms))
    return any(ref & _speaker_words(f) for f in forms)


def _score_statements(out: ArticleScore, gold: dict[str, Any], predicted: dict[str, list[Row]],
                      gold_person_of: Callable[..., int | None], gold_org_forms: list[list[str]]) -> None:
    gold_statements = gold.get("statements") or []
    statements = _group(predicted.get("statements") or [], "statement")
    gold_people = gold.get("people") or []
    gold_person_forms = [[g["name"], *(g.get("aliases") or [])] for g in gold_people]
    kinds = [_gold_speaker(s.get("by") or "", gold_person_forms, gold_org_forms) for s in gold_statements]

    def score(gi: int, pi: int) -> tuple | None:
        p = statements[pi]
        hits = _hits(gold_statements[gi].get("keywords") or [], p.all("text"))
        credited = hits and _credited(kinds[gi], p, gold_person_forms, gold_person_of, gold_org_forms)
        return (hits,) if credited else None

    pairs = greedy_match(range(len(gold_statements)), range(len(statements)), score)
    _count(out, "statements", pairs, gold_statements, statements,
           lambda g: f"{g.get('by')}: {', '.join(g.get('keywords') or [])}",
           lambda p: f"{', '.join(p.all('speakerName')) or '?'}: {(p.get('text') or '')[:80]}")
