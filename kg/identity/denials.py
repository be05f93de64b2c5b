"""A statement denied by its supposed speaker: one report credits X with a claim, another reports X denying it.

Statements are not merged (each outlet's wording stays its own); a denial and a claim of one speaker, in two
different reports published within DENIAL_WINDOW of each other and sharing MIN_SHARED content words, make a
``kg:Conflict`` on ``schema:text`` whose sides are the two statements (each with its evidence sentence).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass

from kg.identity.mentions import Report

DENIAL_WINDOW = dt.timedelta(days=30)
MIN_SHARED = 2
# Named cues, one per row: the wording that makes a statement a denial.
DENIAL_CUES = {
    "deny": r"\bden(?:y|ies|ied|ying|ial)\b",
    "reject": r"\breject(?:s|ed|ing)?\b",
    "baseless": r"\b(?:baseless|unfounded|fabricated)\b",
    "untrue": r"\b(?:untrue|not true|false claims?)\b",
    "never-said": r"\bnever (?:said|made|stated)\b",
}
_CUE = re.compile("|".join(f"(?:{p})" for p in DENIAL_CUES.values()), re.IGNORECASE)
_STOP = frozenset("""the a an and or of to in on for with by from at as that this it its was were is are be been
has have had not no he she they we i you said says say told would will could should about also than then""".split())


@dataclass(frozen=True)
class StatementMention:
    iri: str
    doc: Report
    speaker: str                # person or organisation IRI (never a per-article unnamed source)
    words: frozenset[str]       # content words of the text, without the denial cue
    denial: bool


def statement(iri: str, doc: Report, speaker: str, text: str, sentence: str) -> StatementMention:
    denial = bool(_CUE.search(text) or _CUE.search(sentence))
    words = frozenset(w for w in re.findall(r"[a-z]{3,}", _CUE.sub(" ", text.casefold())) if w not in _STOP)
    return StatementMention(iri=iri, doc=doc, speaker=speaker, words=words, denial=denial)


def interval(m: StatementMention) -> tuple[dt.date, dt.date] | None:
    if m.doc.published is None:
        return None
    half = DENIAL_WINDOW // 2
    return m.doc.published - half, m.doc.published + half


def contradicts(a: StatementMention, b: StatementMention) -> bool:
    if a.denial == b.denial or a.speaker != b.speaker or a.doc.report == b.doc.report:
        return False
    ia, ib = interval(a), interval(b)
    if ia and ib and not (ia[0] <= ib[1] and ib[0] <= ia[1]):
        return False
    return len(a.words & b.words) >= MIN_SHARED


def conflict_iri(pair: Sequence[StatementMention]) -> str:
    key = "|".join(sorted(m.iri for m in pair))
    return "https://w3id.org/kg/id/canonical/denial/" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]
