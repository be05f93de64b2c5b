"""Credit phrases of reported speech: unnamed sources ("a senior Kenyan security official") and quotations."""

from __future__ import annotations

import re

from kg.extract.model import Speaker
from kg.extract.names import slug

# Unnamed sources, singular or plural, with whose they are ("a Polish government source", "a senior Kenyan
# security official", "Commission officials", "two diplomats familiar with the preparations", "officials in
# Canberra", "people familiar with the talks", "human rights groups").
_SOURCE_WORD = (r"(?:senior|top|government|official|diplomatic|intelligence|security|informed|unnamed|ministry|police|"
                r"defence|defense|military|western|local|federal|state|human|rights|other|foreign|(?-i:[A-Z][\w.]*))")
UNNAMED = re.compile(r"(?<![\w-])((?:(?:a|an|the|one|two|three|four|several|some)\s+)?(?:" + _SOURCE_WORD + r"\s+){0,3}"
                     r"(?:sources?|officials?|(?:a|an|the)\s+(?:\w+\s+)?(?:spokesperson|spokesman|spokeswoman)|"
                     r"spokesperson|spokesman|spokeswoman|"
                     r"analysts|experts|observers|diplomats?|insiders|groups|people(?=\s+(?:familiar|close|briefed))|"
                     r"intelligence assessments(?: cited by sources)?)"
                     r"(?:\s+(?:from|in|at|of|with|close to|familiar with|briefed on)\s+[^,;:]{1,50})?)\s*$", re.IGNORECASE)
# "officials in Canberra": a source placed somewhere is still a source, not the state of that place.
UNNAMED_TAIL = re.compile(r"\b(?:sources?|officials?|diplomats?|people)\s+(?:from|in|at|of|close to|familiar with|briefed on)\s+"
                          r"[^,;:]{1,50}$", re.IGNORECASE)
DETERMINER = re.compile(r"^(?:a|an|the|one|two|three|four|several|some)\s+", re.IGNORECASE)


def unnamed(label: str) -> Speaker:
    """An unnamed source as credited, without its determiner: "a Polish government source" → "Polish government source"."""
    label = DETERMINER.sub("", label.strip())
    label = label[0].upper() + label[1:]
    return Speaker(kind="unnamed", key=slug(label), label=label)


def quotations(text: str) -> list[tuple[int, int, str]]:
    """(start, end, words) of each quotation of 12+ characters. Quote marks are paired in order within a line, so
    a short quotation ("candid") does not throw the pairing of straight quotes off for the rest of the report."""
    out = []
    for line in re.finditer(r"[^\n]+", text):
        opened = None
        for q in re.finditer(r"[“”\"]", line.group()):
            at = line.start() + q.start()
            if opened is None and q.group() != "”":
                opened = at
            elif opened is not None and q.group() != "“":
                inner = text[opened + 1:at]
                if len(inner) >= 12:
                    out.append((opened + 1, at, inner))
                opened = None
            elif q.group() == "“":
                opened = at
    return out
