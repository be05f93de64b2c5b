"""Learned candidates: sentences a linear model flags as holding a statement or an agreement where the rules found none.

The model is a logistic regression per category over word uni/bigrams and a few shape features (a reporting verb,
a modal, an agreement noun, a quotation mark, how many people / bodies / countries the sentence names), trained by
scripts/learned_weights.py on weak sentence labels from the studied sets' gold and shipped as plain weights in
data/reference/learned_weights.json: scoring is a sum of weights, nothing is downloaded or imported at run time.
A flagged sentence goes through a generic slot-filler; its fact's kg:rule is "learned-<category>".
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from functools import cache

from kg.extract import reporting
from kg.extract.agreement_lexicon import NOUN
from kg.extract.context import Context
from kg.extract.model import Agreement, Event, Speaker, Statement
from kg.extract.reference import REFERENCE_DIR
from kg.extract.sentences import Sentence

WEIGHTS = "learned_weights.json"
_MODAL = re.compile(r"\b(?:will|would|could|should|may|might|must|shall|can)\b", re.IGNORECASE)
_QUOTE = re.compile(r"[\"“”]")
_ACCORDING = re.compile(r"\baccording to\b", re.IGNORECASE)
_CAPS = re.compile(r"(?<![.!?]\s)\b[A-Z][a-z]+")
_WORD = re.compile(r"[a-z0-9]+")


@cache
def _reporting() -> re.Pattern[str]:
    return re.compile(rf"\b{reporting.finite()}\b")


def features(text: str, *, persons: int, orgs: int, countries: int) -> list[str]:
    """The features of one sentence: its word unigrams and bigrams, then its shape tokens (prefixed "_")."""
    words = _WORD.findall(text.lower())
    out = words + [f"{a} {b}" for a, b in zip(words, words[1:])]
    if _reporting().search(text):
        out.append("_rep")
    if _ACCORDING.search(text):
        out.append("_acc")
    if _MODAL.search(text):
        out.append("_modal")
    if NOUN.search(text):
        out.append("_agrnoun")
    if _QUOTE.search(text):
        out.append("_quote")
    out += [f"_pers{min(persons, 2)}", f"_orgs{min(orgs, 2)}", f"_ctry{min(countries, 2)}",
            f"_caps{min(len(_CAPS.findall(text)) // 3, 3)}"]
    return out


@dataclass(frozen=True)
class Model:
    """One category's weights: feature → weight, the intercept, and the probability a flag needs."""

    weights: dict[str, float] = field(default_factory=dict)
    intercept: float = 0.0
    threshold: float = 1.1   # above any probability: a category without a model flags nothing

    def probability(self, feats: list[str]) -> float:
        z = self.intercept + sum(self.weights.get(f, 0.0) for f in set(feats))
        return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))


def load(data: dict) -> dict[str, Model]:
    return {c: Model(weights=m["weights"], intercept=m["intercept"], threshold=m["threshold"])
            for c, m in data.get("models", {}).items()}


@cache
def shipped() -> dict[str, Model]:
    """The shipped models; none (nothing flagged) when the weights file is absent."""
    path = REFERENCE_DIR / WEIGHTS
    if not path.exists():
        return {}
    return load(json.loads(path.read_text(encoding="utf-8")))


PRIOR = 0.5  # the stated confidence before scripts/calibrate.py has measured the rules "learned-<category>"
# The status an agreement's verb gives it, first row that matches wins.
_STATUS = (("signed", re.compile(r"\b(?:sign(?:ed|ing)|ink(?:ed|ing)|seal(?:ed|ing)|ratif(?:ied|ying))\b", re.I)),
           ("expected", re.compile(r"\b(?:will|would|(?:expected|due|set|plan(?:s|ned)?|hope[sd]?)\s+to)\s+"
                                   r"(?:be\s+)?(?:sign|conclud|finali[sz]|ink)\w*", re.I)),
           ("agreed", re.compile(r"\b(?:agreed|decided|reached|struck|approved)\b", re.I)),
           ("discussed", re.compile(r"\b(?:discuss(?:ed|ing|ion)?s?|talks|negotiat\w+|explor\w+|review\w*)\b", re.I)))
# "The agreement will provide ...", "this MoU involved ...": an agreement already found, told more about.
_POINTS_BACK = re.compile(rf"\b(?i:the|this|that|these|those|both)\s+(?:[\w-]+\s+){{0,3}}?{NOUN.pattern}")
_CLAUSE_END = re.compile(r"[,;:“”\"]")


def find(ctx: Context, events: list[Event], *, agreements: list[Agreement], statements: list[Statement],
         models: dict[str, Model] | None = None) -> tuple[list[Agreement], list[Statement]]:
    """New agreements and statements from the body sentences a model flags and the rules left without one."""
    models = shipped() if models is None else models
    if not models:
        return [], []
    covered = {c: [(sp.start, sp.end) for f in facts for sp in f.support.evidence]
               for c, facts in (("agreements", agreements), ("statements", statements))}
    new_agreements: list[Agreement] = []
    new_statements: list[Statement] = []
    for s, offset in ctx.body():
        flagged = [c for c in ("agreements", "statements") if c in models
                   and not any(a < s.end and s.start < b for a, b in covered[c])]
        if not flagged:
            continue
        feats = features(s.text, persons=len(ctx.persons_in(s.start, s.end)), orgs=len(ctx.orgs_in(s.start, s.end)),
                         countries=len(ctx.countries_in(s.start, s.end)))
        for c in flagged:
            if models[c].probability(feats) < models[c].threshold:
                continue
            if c == "statements":
                statement = _statement(ctx, s, offset, events, statements + new_statements)
                if statement:
                    new_statements.append(statement)
            elif not (agreements and _POINTS_BACK.search(s.text, offset)):
                new_agreements.append(_agreement(ctx, s, offset))
    return new_agreements, new_statements


def _statement(ctx: Context, s: Sentence, offset: int, events: list[Event],
               before: list[Statement]) -> Statement | None:
    """The subject of the sentence's reporting verb (or the one credited after it), else the first person, else the
    first body the sentence names; its words are the sentence."""
    from kg.extract.speakers import Memory, resolve

    memory = Memory()
    for st in before:
        if st.support.evidence and st.support.evidence[0].start < s.start:
            if st.speaker.kind == "person":
                memory.last_person = st.speaker
            else:
                memory.last_voice = st.speaker
    speaker = None
    verb = _reporting().search(s.text, offset)
    if verb:
        head = max((s.text.rfind(ch, offset, verb.start()) for ch in ",;“”\""), default=-1) + 1
        speaker = resolve(ctx, s.start + max(head, offset), s.start + verb.start(), memory, events)
        if speaker is None and re.search(r"[,“”\"]\s*$", s.text[:verb.start()]):  # "“...,” said X"
            tail = _CLAUSE_END.search(s.text, verb.end())
            end = tail.start() if tail else len(s.text)
            if end > verb.end():
                speaker = resolve(ctx, s.start + verb.end(), s.start + end, memory, events, whole=True)
    if speaker is None:
        # the first person named before the verb (after it, a person is more often the one spoken to or about)
        limit = s.start + (verb.start() if verb else len(s.text))
        people = [m for m in ctx.persons_in(s.start + offset, limit) if m.key in ctx.persons]
        if people:
            person = ctx.persons[people[0].key]
            speaker = Speaker(kind="person", key=person.key, label=person.name)
    if speaker is None:
        bodies = ctx.orgs_in(s.start + offset, s.start + (verb.start() if verb else len(s.text)))
        if bodies and bodies[0].key in ctx.organizations:
            org = ctx.organizations[bodies[0].key]
            speaker = Speaker(kind="organization", key=org.key, label=org.name)
    if speaker is None:
        return None
    return Statement(speaker=speaker, text=s.text[offset:].strip(), modality="asserted",
                     support=ctx.support([s], rule="learned-statement", confidence=PRIOR))


def _agreement(ctx: Context, s: Sentence, offset: int) -> Agreement:
    """The clause from the status verb or the agreement noun on; its status by the verb; its parties the states
    the sentence names, else the two the article is about."""
    text = s.text
    status, start = "committed", offset
    for name, pattern in _STATUS:
        m = pattern.search(text, offset)
        if m:
            status, start = name, m.end()
            break
    noun = NOUN.search(text, offset)
    if noun and (start == offset or noun.start() < start):
        start = noun.start()
    description = " ".join(text[start:].split()[:30]).strip(" ,.;:") or text[offset:].strip()
    parties = list(dict.fromkeys(m.key for m in ctx.countries_in(s.start, s.end)))
    if len(parties) < 2:
        parties = list(dict.fromkeys(parties + ctx.main_countries()))[:max(2, len(parties))]
    return Agreement(description=description, status=status, parties=parties,
                     support=ctx.support([s], rule="learned-agreement", confidence=PRIOR))


__all__ = ["Model", "PRIOR", "WEIGHTS", "features", "find", "load", "shipped"]
