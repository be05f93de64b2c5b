"""Threats and security concerns: lexicon wordings mapped onto the threat scheme, one record per distinct concern."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.extract import reference
from kg.extract.context import Context
from kg.extract.model import Threat
from kg.extract.sentences import Sentence

# Words that narrow a threat down ("cross-border terrorism", "Khalistani extremists", "transnational crime").
_MODIFIERS = set("""transnational organised organized illegal illicit violent criminal international global regional
cross-border synthetic maritime domestic foreign armed radical islamist jihadist separatist extremist terrorist narco
online state-sponsored homegrown lone-wolf barbaric deadly heinous brutal terror-related drug-related gang-related""".split())
# Judgements, not kinds: they stay in the wording but do not make a concern distinct.
_EVALUATIVE = {"barbaric", "deadly", "heinous", "brutal"}
# Bodies a bare threat word can name the remit of.
_BODY_AFTER = re.compile(r"^\s+(?:committees?|commissions?|units?|cells?|task\s?forces?|desks?|departments?|centres?|centers?)\b")
_LAST_WORD = re.compile(r"([\w’'-]+)\s+$")
_RIGHT = re.compile(r"^\s+(?:in|against|from)\s+(?:the\s+)?([A-Z][\w-]+)")
# When two concerns share a clause ("extremists ... to export separatism"), the narrower concept names it.
_PRECEDENCE = ["hybrid-threats", "maritime-coercion", "attacks-on-shipping", "military-satellites", "explosive-remnants",
               "territorial-claims", "jihadist-groups", "foreign-fighters", "explosive-attacks",
               "terrorist-financing", "synthetic-drugs", "drug-precursors", "drug-abuse", "arms-trafficking",
               "illegal-fishing", "environmental-crime", "migrant-deaths", "migrant-abuse", "transnational-repression", "separatism", "foreign-interference", "espionage", "radicalisation",
               "terrorism", "drug-trafficking", "human-trafficking", "arms-proliferation", "money-laundering",
               "cyber-threats", "fraud", "illegal-immigration", "intimidation", "criminal-gangs", "organised-crime", "military-aggression",
               "border-security", "violent-extremism"]


@dataclass
class _Mention:
    start: int          # offsets into the sentence
    end: int
    concept: str
    generic: bool
    modifiers: frozenset[str]
    term: str
    sentence: Sentence


@dataclass
class _Concern:
    concept: str
    wording: str
    identity: tuple
    evidence: list[Sentence] = field(default_factory=list)


def _mentions(s: Sentence) -> list[_Mention]:
    pattern = reference.threat_pattern()
    rows = reference.threat_rows()
    found: list[_Mention] = []
    for m in _scan(pattern, s.text):
        concept, generic = rows[m.lastindex - 1]
        start, end = m.start(), m.end()
        term = m.group().lower()
        if term.startswith("counter"):
            # "counter-terrorism" is about terrorism; keep the threat's own word as its wording.
            start += len(re.match(r"counter-?", term).group())
            term = term[len(re.match(r"counter-?", term).group()):]
        modifiers = set()
        # Narrowing words to the left: "transnational organised crime", "pro-Khalistan extremists".
        left = s.text[:start]
        while True:
            w = _LAST_WORD.search(left, max(0, len(left) - 40))
            if not w:
                break
            word = w.group(1)
            if word.lower() in _MODIFIERS or re.fullmatch(r"(?:pro|anti)-[A-Z][\w-]+|[A-Z][a-z]+(?:i|ist|ese|an)", word) \
                    and reference.countries().code(word) is None:
                modifiers.add(word.lower())
                start = w.start(1)
                left = s.text[:start]
            else:
                break
        right = _RIGHT.match(s.text[end:])
        if right and reference.countries().code(right.group(1)) is None:
            modifiers.add(right.group(1).lower())
            end += right.end()
        found.append(_Mention(start=start, end=end, concept=concept, generic=generic, modifiers=frozenset(modifiers),
                              term=term, sentence=s))
    return _join(found)


def _scan(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """The full wording pattern, run only in small windows around stem hits (it is costly at every position)."""
    windows: list[list[int]] = []
    for hit in reference.THREAT_STEMS.finditer(text):
        a, b = max(0, hit.start() - 45), min(len(text), hit.end() + 90)
        if windows and a <= windows[-1][1]:
            windows[-1][1] = b
        else:
            windows.append([a, b])
    out: list[re.Match[str]] = []
    for a, b in windows:
        pos = a
        while pos < b:
            m = pattern.search(text, pos, min(len(text), b + 60))
            if not m or m.start() >= b:
                break
            if not out or m.start() >= out[-1].end():
                out.append(m)
            pos = max(m.end(), pos + 1)
    return out


def _join(mentions: list[_Mention]) -> list[_Mention]:
    """Two concerns in one clause with no list between them ("extremists using X to export separatism") are one."""
    out: list[_Mention] = []
    for m in mentions:
        if out and out[-1].concept != m.concept:
            gap = m.sentence.text[out[-1].end:m.start]
            # A relative clause ("networks that help Mexican cartels") names a second concern, not a narrower one.
            # ... and so does a bare article between them ("membership of a terrorist group a crime").
            if gap.split() and all(w.lower() in ("a", "an", "the") for w in gap.split()):
                out.append(m)
                continue
            if len(gap.split()) <= 8 and not re.search(r"[,;.\"“”]|\band\b|\bor\b|\bas well as\b|\b(?:that|which|who)\b", gap):
                prev = out.pop()
                concept = min(prev.concept, m.concept, key=_PRECEDENCE.index)
                if not gap.strip():  # a compound names its head: "drug trafficking gangs" are gangs
                    concept = m.concept
                out.append(_Mention(start=prev.start, end=m.end, concept=concept, generic=False,
                                    modifiers=prev.modifiers | m.modifiers | {prev.term}, term=m.term,
                                    sentence=m.sentence))
                continue
        out.append(m)
    return out


def find(ctx: Context) -> list[Threat]:
    concerns: list[_Concern] = []
    # A threat word inside a body's name ("Bureau of International Narcotics ...") names the body, not a concern;
    # armed groups and cartels are the exception: their names are the concern.
    names = [(o.start, o.end) for o in ctx.org_mentions if ctx.organizations[o.key].kind != "nonstate"]
    for s in ctx.reporting():
        for m in _mentions(s):
            if any(a <= s.start + m.start < b for a, b in names):
                continue
            if m.generic and _BODY_AFTER.match(s.text[m.end:]):
                continue  # "a joint border security committee": the body's remit, not a concern the report raises
            wording = s.text[m.start:m.end]
            modifiers = m.modifiers - _EVALUATIVE
            if modifiers:
                identity = (m.concept, modifiers)
            elif not m.generic:
                identity = (m.concept, re.sub(r"s$", "", m.term))
            else:
                identity = (m.concept, None)
            same = next((c for c in concerns if c.identity == identity), None)
            if same is None and identity[1] is None:
                same = next((c for c in concerns if c.concept == m.concept), None)  # a bare word folds in
            if same is None:
                concerns.append(_Concern(concept=m.concept, wording=wording, identity=identity, evidence=[s]))
            elif s not in same.evidence:
                same.evidence.append(s)
    return [Threat(concept=c.concept, wording=c.wording,
                   support=ctx.support(c.evidence, rule="threat-lexicon", confidence=0.8 if c.identity[1] else 0.7))
            for c in concerns]
