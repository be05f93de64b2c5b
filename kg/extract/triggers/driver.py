"""The table of trigger rows in order, and reported(): the first row's answer no veto rejects, an outlet's relayed."""

from __future__ import annotations

import re
from collections.abc import Callable

from kg.extract import reporting
from kg.extract.model import Speaker
from kg.extract.speakers import resolve
from kg.extract.triggers.clause import Clause, Found, nested, outlet
from kg.extract.triggers.credited import (according_to_after, according_to_bare, according_to_first, as_credited_by, characterisation,
                                          citing, impersonal_passive, in_a_statement, passive_stance,
                                          quoted_as_saying, said_after_words, said_inverted, said_inverted_wide,
                                          said_mid, what_x_termed)
from kg.extract.triggers.patterns import SPEECH_VERBS, VERBS
from kg.extract.triggers.subject import coordinated_verb, saying_participle, saying_that, speaker_verb, with_x_saying


# Tried in order; the first row that answers gives the sentence's statement.
TRIGGERS: tuple[tuple[str, Callable[[Clause], Found | None]], ...] = (
    ("according-to", according_to_first),
    ("according-to-after", according_to_after),
    ("according-to-bare", according_to_bare),
    ("as-credited-by", as_credited_by),
    ("characterisation", characterisation),
    ("passive-stance", passive_stance),
    ("quoted-as-saying", quoted_as_saying),
    ("what-x-termed", what_x_termed),
    ("saying-that", saying_that),
    ("saying-participle", saying_participle),
    ("with-x-saying", with_x_saying),
    ("citing", citing),
    ("said-after-words", said_after_words),
    ("said-inverted", said_inverted),
    ("said-mid", said_mid),
    ("speaker-verb", speaker_verb),
    ("coordinated-verb", coordinated_verb),
    ("said-inverted-wide", said_inverted_wide),
    ("in-a-statement", in_a_statement),
    ("impersonal-passive", impersonal_passive),
)


Veto = Callable[[Clause, Found], bool]


def reported(c: Clause, vetoes: tuple[tuple[str, Veto], ...] = ()) -> Found | None:
    """The sentence's reported statement, by the first trigger row that finds one no veto rejects (the vetoes are
    kg.extract.statement_vetoes.VETOES). An outlet's report of someone speaking is that someone's (outlet_relays)."""
    for _name, trigger in TRIGGERS:
        found = trigger(c)
        if found and outlet(c, found.speaker):
            found = outlet_relays(c, found)
        if found and not any(veto(c, found) for _veto, veto in vetoes):
            return found
    return None


def outlet_relays(c: Clause, found: Found) -> Found:
    """"The leaders called on the world to act, state news agency Wam reported", "According to the Vn Express, the
    two leaders also agreed to ...", "He urged restraint, Xinhua said": an outlet has no stance of its own; the
    subject of the clause it reports, speaking (a person, a body, several, a pronoun), is credited, and the vetoes
    then judge that credit (several undertaking something is an agreement). Without such a subject the outlet
    stays credited (it vouches for a fact: "the ship docked, Wam reported")."""
    at = c.ctx.text.find(found.words[:40], c.s.start)
    if at < 0:
        return found
    inner = nested(c.ctx, at, found.words, found.speaker, anyone=True, memory=c.memory, events=c.events)
    if inner is None or outlet(c, inner[0]):
        return relayed_wide(c, at, found)
    return Found(inner[0], inner[1], "statement/outlet-relays", found.verb)


# Reading `outlet-relays-wide` (x20outlettail): the clause an outlet relays names its speaker in a way the short
# subject of `nested` does not read — a name with its full post ("Turkish National Defence Minister A B has stated
# that ..., Trend reported"), a name or post set off by an apposition ("Haftar, a commander in the LNA, stressed ...",
# "(Iranian media say) the chief of staff, General C, warned ..."), a participle before the subject ("(Tasnim notes
# that,) pointing to the visits ..., the general said that ..."), or the speaker's own credit closing the clause
# ("Lithuania and Poland plan to ..., President N announced, BNS reports"). The speaker is credited as the outlet
# relays them; a body or an outlet read this way stays the outlet's (only people and bodies the report names).
_RELAY_LEAD = re.compile(r"^(?:that,?\s+)?(?:pointing|referring|speaking|commenting|responding|reacting|turning)\s+(?:to|on)\b"
                         r"[^,;“”\"]{1,120},\s+")
_NOT_SUBJECT = re.compile(r"(?:^|\s)(?:while|but|that|which|who|if|when|after|as|and\s+(?-i:[a-z]))\s|"
                          r"\b(?:is|are|was|were|will|would|(?-i:[a-z]+ed))\b")
_LONG_SUBJECT = re.compile(rf"^(?P<who>(?:[\w’'.-]+\s+){{2,9}}?)(?:had\s+|has\s+|have\s+)?(?:also\s+|further\s+)?"
                           rf"(?P<verb>{VERBS})\b")
_SET_OFF_SUBJECT = re.compile(rf"^(?P<head>[^,;“”\"]{{2,60}}?),\s+(?P<apposition>[^,;“”\"]{{2,80}}?),\s+"
                              rf"(?:had\s+|has\s+|have\s+)?(?:also\s+|further\s+)?(?P<verb>{VERBS})\b")
_CLOSING_CREDIT = re.compile(rf",\s+(?P<who>(?-i:[A-Z])[^,;“”\"]{{1,80}}?)\s+(?:has\s+|had\s+)?(?P<verb>{SPEECH_VERBS})"
                             r"(?:\s+on\s+\w+)?\s*$")


# x21outletfix: the speaker's credit closing the clause inverted ("... met Y in Batumi, said Azerbaijan's Ministry of
# Defense, News.Az reports"): the ministry's words, as the outlet relays them.
_CLOSING_INVERTED = re.compile(rf",\s+(?P<verb>{SPEECH_VERBS})\s+(?P<who>(?:the\s+)?(?-i:[A-Z])[^,;“”\"]{{1,80}}?)\s*$")


def relayed_wide(c: Clause, at: int, found: Found) -> Found:
    """The speaker of the clause an outlet relays, read widely (reading `outlet-relays-wide`), or ``found``."""
    words = found.words
    closing = _CLOSING_CREDIT.search(words) or _CLOSING_INVERTED.search(words)
    if closing and len(words[:closing.start()].split()) >= 4:
        speaker = _relayed_speaker(c, at + closing.start("who"), closing.group("who"))
        if speaker:
            return Found(speaker, words[:closing.start()], "statement/outlet-relays-wide", closing.group("verb"))
    lead = _RELAY_LEAD.match(words)
    if lead:
        at, words = at + lead.end(), words[lead.end():]
        inner = nested(c.ctx, at, words, found.speaker, anyone=True, memory=c.memory, events=c.events)
        if inner and inner[0].kind != "unnamed" and not outlet(c, inner[0]):
            return Found(inner[0], inner[1], "statement/outlet-relays-wide", found.verb)
    for m in (_SET_OFF_SUBJECT.match(words), _LONG_SUBJECT.match(words)):
        if not m or not reporting.complement_ok(m.group("verb"), words[m.end():]) or \
                reporting.thanks_for(m.group("verb"), words[m.end():]):
            continue
        spans = [("head", m.group("head")), ("apposition", m.group("apposition"))] if m.re is _SET_OFF_SUBJECT \
            else [("who", m.group("who").strip())]
        for group, who in spans:
            if _NOT_SUBJECT.search(f" {who} "):
                continue
            speaker = _relayed_speaker(c, at + m.start(group), who)
            if speaker:
                rest = re.sub(r"^\s*that\s+", "", words[m.end():])
                return Found(speaker, rest, "statement/outlet-relays-wide", m.group("verb")) if len(rest.split()) >= 3 \
                    else found
    return found


def _relayed_speaker(c: Clause, start: int, who: str) -> Speaker | None:
    """A person or a body the report names at ``who`` (not an outlet, not the outlet's own pronoun)."""
    saved = c.memory.snapshot()
    speaker = resolve(c.ctx, start, start + len(who.rstrip()), c.memory, c.events, whole=True)
    if speaker is None or outlet(c, speaker) or speaker.kind not in ("person", "organization", "country"):
        c.memory.restore(saved)
        return None
    return speaker
