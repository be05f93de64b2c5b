"""One article's concerns: each sentence's mentions vetoed, named armed groups added, one record per concern."""

from __future__ import annotations

import re
from dataclasses import replace

from kg.extract.context import Context
from kg.extract.model import Threat
from kg.extract.organizations import armed_group_cue
from kg.extract.sentences import Sentence
from kg.extract.threats.records import _Concern, _Mention, _rank
from kg.extract.threats.sentence import _definite_anaphor, _mentions
from kg.extract.threats.vetoes import _Scene, vetoed
from kg.extract.threats.wordings import _EVALUATIVE


def find(ctx: Context) -> list[Threat]:
    concerns: list[_Concern] = []
    names = [(o.start, o.end) for o in ctx.org_mentions if ctx.organizations[o.key].kind != "nonstate"]
    groups = {o.text for o in ctx.org_mentions if ctx.organizations[o.key].kind == "nonstate"}
    main_states = frozenset(ctx.main_countries())
    # one-group-one-concern: a non-state group's initials or short form narrow a concern as its name does ("ADF
    # rebels" and "Allied Democratic Forces (ADF) rebels" are one group)
    groups_named = [o for o in ctx.organizations.values() if o.kind == "nonstate"]
    group_names = {w.lower(): o.name.lower() for o in groups_named for w in (o.name, *o.aliases)}
    group_names |= {_initials(o.name).lower(): o.name.lower() for o in groups_named
                    if " " in o.name}  # initials name the long form
    known_groups = frozenset(group_names.values())
    for s in ctx.reporting():
        mentions = _armed_group_mentions(ctx, s, _mentions(s, groups))
        for m in mentions:
            if vetoed(m, _Scene(names, mentions, main_states)):
                continue
            earlier = next((c for c in reversed(concerns) if s not in c.evidence and not c.generic), None)
            if earlier is not None and _definite_anaphor(m):
                # "condemning the attack", "to quell the unrest": a bare act word with a definite article and no
                # complement points back at a concern an earlier sentence named; it names no further one
                earlier.evidence.append(s)
                continue
            wording = m.wording or s.text[m.start:m.end]
            modifiers = frozenset(group_names.get(w, w) for w in m.modifiers - _EVALUATIVE)
            # a non-state group's name among the narrowing words is the concern, whatever else narrows the wording
            modifiers = (modifiers & known_groups) or modifiers
            if modifiers:
                identity = (m.concept, modifiers)
            elif not m.generic:
                identity = (m.concept, re.sub(r"s$", "", m.term))
            else:
                identity = (m.concept, None)
            if identity[1] is None:
                # A bare word folds into a concern of its concept that uses the same word ("terrorism" into
                # "cross-border terrorism"); another word of the concept ("armed groups" after "rebels") is another
                # concern the report names.
                same = next((c for c in concerns if c.concept == m.concept and (_shares_word(m.term, c) or
                             m.term in _BARE_REBELS and c.term.startswith("insurgen"))), None)
            else:
                same = next((c for c in concerns if c.identity == identity), None)
            if same is None:
                concerns.append(_Concern(concept=m.concept, wording=wording, identity=identity, rule=m.rule,
                                         term=m.term, generic=m.generic, evidence=[s]))
            elif s not in same.evidence:
                same.evidence.append(s)
    concerns = _fold_exchanges(_fold_bare_words(_fold_named_groups(concerns)))
    return [Threat(concept=c.concept, wording=c.wording,
                   support=ctx.support(c.evidence, rule=c.rule, confidence=0.8 if c.identity[1] else 0.7))
            for c in concerns]


# Bare rebels in a report that already names an insurgency by that word are its fighters ("to fight an insurgency ...
# when some 300 rebels attacked a village"): one concern, not two. A named group ("the RSF") may be another party.
_BARE_REBELS = {"rebels", "rebel groups"}


def _initials(name: str) -> str:
    """"Allied Democratic Forces" -> "ADF": a report may use a group's initials without defining them."""
    words = re.findall(r"[A-Z][\w'’-]*", name)
    return "".join(w[0] for w in words) if len(words) > 1 else name


# A named group with no row of its own takes the concept of the word that calls it armed (as the lexicon files that
# word): rebels and insurgents fight a government; a militia, "armed group" or "fighters" say no aim (armed violence);
# only words that say the extremist kind give extremism.
_ARMED_GROUP_CUE_CONCEPTS = [("rebel", "insurgency"), ("insurgent", "insurgency"), ("guerrilla", "insurgency"),
                             ("separatist", "separatism"), ("jihadist", "jihadist-groups"), ("terrorist", "terrorism"),
                             ("militant", "terrorism")]
_ARMED_GROUP_CONCEPT = "armed-violence"


def _armed_group_concept(cue: str) -> str:
    return next((c for word, c in _ARMED_GROUP_CUE_CONCEPTS if word in cue), _ARMED_GROUP_CONCEPT)


def _armed_group_mentions(ctx: Context, s: Sentence, mentions: list[_Mention]) -> list[_Mention]:
    """armed-group: a non-state body the words around it call an armed group ("ADF rebels", "Jaish-e-Adl, a militant
    group", "rebels of the RED-Tabara group") is a concern by its name, as the readers record named groups. A mention
    that already holds the name stands; one that holds only the cue ("a militant group") grows over the name."""
    out = list(mentions)
    for om in ctx.orgs_in(s.start, s.end):
        if ctx.organizations[om.key].kind != "nonstate":
            continue
        cue = armed_group_cue(ctx.text, om.start, om.end)
        if cue is None:
            continue
        word, name = cue[0], ctx.organizations[om.key].name
        a, b = om.start - s.start, om.end - s.start
        lo, hi = min(a, cue[1] - s.start), max(b, cue[2] - s.start)
        touching = [m for m in out if m.start < hi and lo < m.end]
        holding = [m for m in touching if m.start <= a and b <= m.end]
        if holding:  # "ADF rebels", "Boko Haram militants": read already, the name inside; the name narrows it
            out = [m if m not in holding or m.named else replace(m, modifiers=m.modifiers | {name.lower()},
                                                                 generic=False) for m in out]
            continue
        out = [m for m in out if m not in touching]
        concept = min((m.concept for m in touching), key=_rank) if touching else _armed_group_concept(word)
        out.append(_Mention(start=min([lo] + [m.start for m in touching]), end=max([hi] + [m.end for m in touching]),
                            concept=concept, generic=False, modifiers=frozenset({name.lower()}), term=word, sentence=s,
                            rule=f"threat/armed-group:{word}", named=True))
    return sorted(out, key=lambda m: m.start)


def _fold_named_groups(concerns: list[_Concern]) -> list[_Concern]:
    """A group the armed-group trigger named ("Taliban fighters") is no further concern when another concern of the
    report is narrowed by the same group ("Taliban attacks on Ghazni"): the readers keep what the group did."""
    out = []
    for c in concerns:
        names = c.identity[1] if c.rule.startswith("threat/armed-group:") else None
        # ... and a cue that says no kind ("ADF fighters", "the group's militia") is the group another cue named
        # with its kind ("Allied Democratic Forces (ADF) rebels"): one group, one concern
        kindless = c.concept == _ARMED_GROUP_CONCEPT
        other = next((d for d in concerns if d is not c and isinstance(d.identity[1], frozenset)
                      and names and names <= d.identity[1] and (not d.rule.startswith("threat/armed-group:")
                                                                or kindless and d.concept != _ARMED_GROUP_CONCEPT)), None)
        if other is None:
            out.append(c)
        else:
            other.evidence.extend(e for e in c.evidence if e not in other.evidence)
    return out


def _shares_word(term: str, concern: _Concern) -> bool:
    """A word of the term (its first five letters: terrorism ~ terrorists) starts a word of the concern."""
    theirs = re.findall(r"[a-z]+", f"{concern.wording} {concern.term}".lower())
    return any(any(w.startswith(word[:5]) for w in theirs) for word in re.findall(r"[a-z]{4,}", term.lower()))


def _fold_bare_words(concerns: list[_Concern]) -> list[_Concern]:
    """A bare "smuggling" or "trafficking" is the concern a fuller wording in the article names ("cigarette
    smuggling"), whatever concept each maps to."""
    out = []
    for c in concerns:
        if c.generic and c.identity[1] is None and " " not in c.term:
            word = re.sub(r"s$", "", c.term)
            fuller = next((o for o in concerns if o is not c and re.search(rf"(?<![\w-]){re.escape(word)}s?(?![\w-])",
                                                                         o.wording.lower())), None)
            if fuller is not None:
                fuller.evidence += [e for e in c.evidence if e not in fuller.evidence]
                continue
        out.append(c)
    return [replace(c) for c in out]


# -- armed exchanges: one incident however often it is retold -----------------------------------------------------
# "the two armies exchanged fire", "skirmishes broke out", "troops opened fire on a post", "the clash lasted an hour":
# an armed exchange between forces is a concern (data/reference/threats.tsv, military aggression), but a report retells
# one incident in many words. A concern named only by such words is the incident an armed-violence concern of the
# report already names ("clashes along the border", "the conflict", "hostilities"); without one, the exchanges are
# one concern together, under the first wording.
_EXCHANGE = re.compile(r"(?:exchanges?\s+of\s+(?:gun)?fire|exchang(?:ed|ing|e)\s+(?:heavy\s+)?(?:gun)?fire|skirmish(?:es)?|"
                       r"shoot-?outs?|gun\s?battles?|firefights?|(?:cross[ -]border|cross[ -]loc|indiscriminate|unprovoked)\s+firing|"
                       r"open(?:ed|ing|s)?\s+fire(?:\s+(?:on|at|with))?|(?:\w+\s+)?clash)", re.IGNORECASE)
_ARMED_VIOLENCE = ("military-aggression", "armed-conflict", "violent-incidents", "armed-attacks")


def _fold_exchanges(concerns: list[_Concern]) -> list[_Concern]:
    # (one joined to a neighbour keeps the exchange's rule when the exchange gave its concept: "the clash began after
    # troops opened fire")
    exchange = [c for c in concerns if _EXCHANGE.fullmatch(c.term if c.generic and c.identity[1] is None
                                                            else c.rule.partition(":")[2])]
    if not exchange:
        return concerns
    others = [c for c in concerns if c.concept in _ARMED_VIOLENCE and c not in exchange]
    target = next((c for c in others if "clash" in c.wording.lower()), others[0] if others else exchange[0])
    out = []
    for c in concerns:
        if c in exchange and c is not target:
            target.evidence += [e for e in c.evidence if e not in target.evidence]
            continue
        out.append(c)
    return out
