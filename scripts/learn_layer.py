"""Issue 8's statistical component, kept as an experiment (it did not pay; BENCHMARKS.md "A statistical component?").

A logistic regression per category over word uni/bigrams and a few shape features (a reporting verb, a modal, an
agreement noun, a quotation mark, how many people / bodies / countries the sentence names), fitted on the weak
sentence labels of scripts/learn_data.py and scored with plain Python from its exported weights; a sentence it flags
where the rules found no fact of the category goes through a generic slot-filler (statement: the subject of the
reporting verb, else the first person named before it; agreement: the clause from the status verb or the agreement
noun, its status by the verb, its parties the states named), kg:rule "learned-<category>". ``LearnedExtractor`` is
the rule extractor plus this layer, for scripts/learn_loso.py; the runtime extractor does not use it.
Needs scikit-learn for ``fit`` (pip install scikit-learn); nothing here is imported by kg.
"""

from __future__ import annotations

import math
import re
import sys
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from learn_data import Row  # noqa: E402

from kg.extract import agreements, context, events, organizations, persons, reporting, statements, threats  # noqa: E402
from kg.extract.agreement_lexicon import NOUN  # noqa: E402
from kg.extract.calibration import calibrate  # noqa: E402
from kg.extract.context import Context  # noqa: E402
from kg.extract.model import Agreement, Event, Extraction, Speaker, Statement  # noqa: E402
from kg.extract.rules import RuleExtractor  # noqa: E402
from kg.extract.sentences import Sentence  # noqa: E402
from kg.sources import Document  # noqa: E402

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


PRIOR = 0.5  # the stated confidence of a "learned-<category>" fact (never calibrated: the layer was not kept)
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
         models: dict[str, Model]) -> tuple[list[Agreement], list[Statement]]:
    """New agreements and statements from the body sentences a model flags and the rules left without one."""
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
    """The subject of the sentence's reporting verb (or the one credited after it), else the first person named
    before the verb; its words are the sentence. No reporting verb, or nobody to credit: no statement."""
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
    if not verb:
        return None  # no reporting verb: nobody is credited, whatever the model thinks of the words
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
        limit = s.start + verb.start()
        people = [m for m in ctx.persons_in(s.start + offset, limit) if m.key in ctx.persons]
        if people:
            person = ctx.persons[people[0].key]
            speaker = Speaker(kind="person", key=person.key, label=person.name)
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


C = 0.5  # inverse regularisation of the logistic regression


def row_features(row: Row) -> list[str]:
    return features(row.text, persons=row.persons, orgs=row.orgs, countries=row.countries)


def fit(rows: list[Row], category: str, *, threshold: float) -> dict:
    from sklearn.feature_extraction.text import CountVectorizer
    from sklearn.linear_model import LogisticRegression

    sentences = [r for r in rows if r.index >= 0]
    vectorizer = CountVectorizer(analyzer=lambda feats: feats, min_df=2, binary=True)
    x = vectorizer.fit_transform([row_features(r) for r in sentences])
    y = [category in r.gold for r in sentences]
    clf = LogisticRegression(C=C, class_weight="balanced", max_iter=5000, solver="liblinear").fit(x, y)
    weights = {f: round(float(clf.coef_[0][i]), 4) for f, i in sorted(vectorizer.vocabulary_.items())
               if abs(clf.coef_[0][i]) >= 1e-3}
    return {"weights": weights, "intercept": round(float(clf.intercept_[0]), 4), "threshold": threshold}


def fit_models(rows: list[Row], thresholds: dict[str, float]) -> dict[str, Model]:
    """One model per category of ``thresholds``, fitted on ``rows``."""
    return load({"models": {c: fit(rows, c, threshold=th) for c, th in thresholds.items()}})


class LearnedExtractor(RuleExtractor):
    """The rule pipeline of kg.extract.rules, then the learned layer over what it left."""

    def __init__(self, models: dict[str, Model]) -> None:
        self.models = models

    def extract(self, document: Document) -> Extraction:
        ctx = context.build(document)
        organizations.find(ctx)
        persons.find(ctx)
        found_events = events.find(ctx)
        found_agreements = agreements.find(ctx, found_events)
        found_threats = threats.find(ctx)
        found_statements = statements.find(ctx, found_events)
        more_agreements, more_statements = find(ctx, found_events, agreements=found_agreements,
                                                statements=found_statements, models=self.models)
        return calibrate(Extraction(
            extractor=self.name, countries=list(ctx.country_counts), persons=list(ctx.persons.values()),
            organizations=list(ctx.organizations.values()), events=found_events,
            agreements=found_agreements + more_agreements, threats=found_threats,
            statements=found_statements + more_statements))
