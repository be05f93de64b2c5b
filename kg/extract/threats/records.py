"""The records a threat mention and a concern are, and the precedence that says which concept is the narrower."""

from __future__ import annotations

from dataclasses import dataclass, field

from kg.extract.sentences import Sentence


# When two concerns share a clause ("extremists ... to export separatism"), the narrower concept names it.
_PRECEDENCE = ["cattle-rustling", "border-killings", "border-tampering", "border-incursions", "gold-smuggling", "counterfeit-currency",
               "contraband-smuggling", "tobacco-smuggling", "fuel-smuggling", "cattle-smuggling", "piracy",
               "terrorist-attacks", "atrocities", "occupation", "military-pressure", "maritime-security",
               "hybrid-threats", "drone-incursions", "sabotage", "maritime-coercion", "attacks-on-shipping",
               "military-satellites", "explosive-remnants", "territorial-claims", "jihadist-groups", "foreign-fighters",
               "assassination", "coup", "explosive-attacks", "terrorist-financing", "synthetic-drugs", "drug-precursors",
               "drug-abuse", "arms-trafficking", "illegal-fishing", "wildlife-trafficking", "environmental-crime",
               "migrant-deaths", "migrant-abuse", "transnational-repression", "separatism", "insurgency",
               "disinformation", "foreign-interference", "espionage", "radicalisation", "terrorism", "drug-trafficking",
               "human-trafficking", "arms-proliferation", "illicit-flows", "money-laundering", "sanctions-evasion", "cyber-threats",
               "fraud", "illegal-immigration", "intimidation", "criminal-gangs", "organised-crime",
               "military-aggression", "hegemony", "state-threats", "armed-conflict", "armed-attacks", "border-security", "violent-extremism",
               "armed-violence", "violent-incidents",
               "instability", "transnational-threats", "natural-disasters", "climate-change", "political-violence", "crime"]


def _rank(concept: str) -> int:
    return _PRECEDENCE.index(concept) if concept in _PRECEDENCE else len(_PRECEDENCE)


@dataclass
class _Mention:
    start: int          # offsets into the sentence
    end: int
    concept: str
    generic: bool
    modifiers: frozenset[str]
    term: str
    sentence: Sentence
    rule: str = ""
    named: bool = False          # a group's proper name ("PKK", "Boko Haram"): the name is the concern
    wording: str | None = None   # a wording rebuilt from a list, when the text has none of its own
    anchor: int | None = None    # where the concern's own word starts, when a possessor opens the span ("Kremlin's")
    apart: bool = False          # a concern of its own that no neighbour in the clause joins ("violence in the row over X")


@dataclass
class _Concern:
    concept: str
    wording: str
    identity: tuple
    rule: str
    term: str
    generic: bool
    evidence: list[Sentence] = field(default_factory=list)
