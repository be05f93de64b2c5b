"""One meeting per host: rules "each-with", "split-<cue>" and "each-predicate", which events' splitting applies."""

from __future__ import annotations

import re

from kg.extract.context import Context
from kg.extract.participants.lists import _NEXT_PREDICATE, _objects, second_predicate, with_again


def each_with(ctx: Context, seg: str, seg_start: int, t: re.Match[str]) -> list[str]:
    """The hosts the trigger names each with their own "with" (rule "each-with"): the run of people after the
    trigger that "(, and) with" joins, when it does so once at least; else none."""
    after = [m for m in ctx.persons_in(seg_start, seg_start + len(seg)) if m.start >= seg_start + t.end()]
    run = after[:1]
    for a, b in zip(after, after[1:]):
        if not with_again(ctx.text[a.end:b.start]):
            break
        run.append(b)
    return [m.key for m in run] if len(run) > 1 else []


# Rules "split-<cue>" (x21pluralmeet): wording that says a subject held several meetings, one with each host of the
# list after the trigger: "held meetings with A, B and C", "held separate talks with A and B", "met separately with",
# "a series of meetings with", "met individually with", "has met respectively with A and B", "talks each with A and B".
# A singular "a meeting with A and B", "talks with A and B" or "met A and B" stays one meeting of all (the corpus:
# "Rubio met with Sheinbaum and de la Fuente" is one). Each row is looked for between the subject and the first host
# (a cue before the subject, "Separately, X met A and B", says "in other news", not "one by one"); "respectively"
# also right after the list ("met A and B respectively").
SPLIT_CUES: list[tuple[str, re.Pattern[str]]] = [
    # "separate talks/meetings with", "met separately with", "separately met" (not "a separate meeting": one more)
    ("separately", re.compile(r"\bseparate\s+(?:[\w-]+\s+)?(?:meetings|talks|discussions|consultations|sessions|"
                              r"audiences)\b|\bseparately\b(?!\s*,)")),
    ("series-of", re.compile(r"\bseries\s+of\s+(?:[\w-]+\s+){0,2}?(?:meetings|talks|discussions|consultations)\b")),
    ("individually", re.compile(r"\bindividual(?:ly)?\b(?!\s+capacity)")),
    ("respectively", re.compile(r"\brespectively\b")),
    # "after hours of talks each with A and B"
    ("each-with-list", re.compile(r"\beach\s+with\b")),
    # "meetings with": a plural noun whose people come through "with" ("the meetings between A and B" is a pair's)
    ("plural-meetings", re.compile(r"\bmeetings[”\"]?\s+(?:(?:on|last)\s+[A-Z][a-z]+day\s+|in\s+[A-Z][\w-]+\s+)?with\s+[^,;]*$")),
]
_RESPECTIVELY_AFTER = re.compile(r"^\s*,?\s*respectively\b")


def split_cue(ctx: Context, seg: str, seg_start: int, t: re.Match[str]) -> tuple[str, list[str]]:
    """The SPLIT_CUES row the words around the trigger match and the hosts it splits (the object run after the
    trigger, two at least), or ("", []) when they say nothing of several meetings."""
    people = ctx.persons_in(seg_start, seg_start + len(seg))
    after = [m for m in people if m.start >= seg_start + t.end()]
    hosts = _objects(ctx, after)
    if len(hosts) < 2:
        return "", []
    before = [m for m in people if m.end <= seg_start + t.start()]
    # from the subject (or the clause's opening) through the trigger to the first host
    window = ctx.text[(before[-1].end if before else seg_start):after[0].start]
    last = next(m for m in reversed(after) if m.key == hosts[-1])
    tail = ctx.text[last.end:seg_start + len(seg)]
    for name, pattern in SPLIT_CUES:
        if pattern.search(window) or (name == "respectively" and _RESPECTIVELY_AFTER.match(tail)):
            return name, hosts
    return "", []


def each_predicate(ctx: Context, seg: str, seg_start: int, t: re.Match[str]) -> bool:
    """The verb trigger ``t`` is one of the coordinated predicates of rule "each-predicate": the second ("and met
    B"), or the first whose host is followed by "and (then) met/called on/held talks"."""
    people = ctx.persons_in(seg_start, seg_start + len(seg))
    at, end = seg_start + t.start(), seg_start + t.end()
    before = [m for m in people if m.end <= at]
    if before and second_predicate(ctx, seg_start, before, at) is not None:
        return True
    return any(_NEXT_PREDICATE.match(ctx.text[m.end:seg_start + len(seg)]) for m in people if m.start >= end)
