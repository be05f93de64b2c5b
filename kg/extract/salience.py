"""Who a mention without a name stands for: "he", "she", "the Prime Minister" when two hold the post.

One resolver for statements, meetings and roles: the persons introduced so far, most recent first (a salience
list), each with what the text tells of them — gender from styles, gendered posts and the pronouns that refer
to them; posts and country from the entity layer. A mention resolves to the most recent compatible person; when
another compatible person is named in the same sentence as that one, the mention is ambiguous and resolves to
no one.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from kg.extract.context import Context, Mention

# Styles and posts that say a person's gender ("Mr Albanese", "Ms Botchwey", "the spokeswoman", "Sheikh Mohammed").
_STYLE_GENDER = {
    "mr": "m", "sir": "m", "lord": "m", "king": "m", "prince": "m", "sheikh": "m", "emir": "m", "sultan": "m",
    "mrs": "f", "ms": "f", "mme": "f", "madam": "f", "madame": "f", "dame": "f", "lady": "f", "queen": "f",
    "princess": "f", "sheikha": "f", "hajia": "f", "alhaja": "f",
}
_STYLE_BEFORE = re.compile(r"(?<![\w-])(?P<style>[A-Z][a-z]+)\.?\s+$")
_GENDERED_POST = re.compile(r"\b(?:spokes|chair|congress|business|country)(?P<g>man|woman)\b", re.IGNORECASE)
# A pronoun that refers back: "he", "his", "him"; "she", "her". ("her" after a preposition is the object.)
_PRONOUN = re.compile(r"(?<![\w-])(?P<m>[Hh]e|[Hh]is|[Hh]im|[Hh]imself)(?![\w-])|(?<![\w-])(?P<f>[Ss]he|[Hh]er|[Hh]erself)(?![\w-])")


def genders(ctx: Context) -> dict[str, str]:
    """Each person's gender, where the text says it: a style before a mention ("Mr", "Ms", "Sheikh"), a gendered post,
    or the pronouns of the sentences that name that person alone (every such pronoun of one gender). A person the
    text gives both genders has none."""
    cached = ctx._genders
    if cached is not None and cached[0] == len(ctx.person_mentions):
        return cached[1]
    votes: dict[str, set[str]] = {}
    for m in ctx.person_mentions:
        if not m.key:
            continue
        style = _STYLE_BEFORE.search(ctx.text[max(0, m.start - 12):m.start])
        words = m.text.split()
        first = words[0].rstrip(".").lower() if words else ""
        g = _STYLE_GENDER.get(style.group("style").lower()) if style else None
        g = g or (_STYLE_GENDER.get(first) if len(words) > 1 else None)
        if g:
            votes.setdefault(m.key, set()).add(g)
    for key, person in ctx.persons.items():
        for role in person.roles:
            pm = _GENDERED_POST.search(f"{role.title} {role.wording}")
            if pm:
                votes.setdefault(key, set()).add("f" if pm.group("g").lower() == "woman" else "m")
    by_sentence: dict[int, set[str]] = {}
    for m in ctx.person_mentions:
        if m.key:
            by_sentence.setdefault(ctx.sentence_at(m.start).index, set()).add(m.key)
    for s in ctx.sentences:
        keys = by_sentence.get(s.index, set())
        if len(keys) != 1:
            continue
        key = next(iter(keys))
        first = min(m.end for m in ctx.person_mentions if m.key == key and s.start <= m.start < s.end)
        seen = {("m" if p.group("m") else "f") for p in _PRONOUN.finditer(ctx.text, first, s.end)}
        if len(seen) == 1:
            votes.setdefault(key, set()).update(seen)
    out = {k: next(iter(v)) for k, v in votes.items() if len(v) == 1}
    ctx._genders = (len(ctx.person_mentions), out)
    return out


def pronoun_gender(word: str) -> str | None:
    """"he", "his", "him" → "m"; "she", "her" → "f"; anything else → None."""
    m = _PRONOUN.fullmatch(word.strip())
    return None if m is None else ("m" if m.group("m") else "f")


def compatible_gender(ctx: Context, key: str, gender: str | None) -> bool:
    """The person may be "he" (or "she"): the text gives them that gender or none."""
    return gender is None or genders(ctx).get(key) in (None, gender)


def antecedent(ctx: Context, at: int, fits: Callable[[str], bool], *, exclude: Iterable[str] = (),
               reach: int | None = None, mentions: list[Mention] | None = None) -> str | None:
    """The most recent person named before ``at`` for whom ``fits`` holds (and not in ``exclude``), or None when a
    second such person is named in the same sentence as that one (two compatible: the mention does not say who).
    ``reach``: the earliest offset a mention may start at."""
    skip = set(exclude)
    pool = mentions if mentions is not None else sorted(ctx.person_mentions + ctx.title_refs, key=lambda m: m.start)
    first: Mention | None = None
    for m in reversed(pool):
        if m.end > at or not m.key or m.key in skip or m.key not in ctx.persons:
            continue
        if reach is not None and m.start < reach:
            break
        if first is not None:
            if ctx.sentence_at(m.start).index != ctx.sentence_at(first.start).index:
                break
            if m.key != first.key and fits(m.key):
                return None  # two compatible people in one sentence: ambiguous
            continue
        if fits(m.key):
            first = m
    return first.key if first else None
