"""Later mentions of people already found (surnames, initials, bare titles: "the NSA"), and what is not a person
mention at all (places named like people)."""

from __future__ import annotations

import bisect
import functools
import re

from kg.extract import salience
from kg.extract.context import Context, Mention
from kg.extract.model import Person
from kg.extract.names import (CAP, HYPHEN_PARTICLES, KIN, PARTICLES, RULER_STYLES, STOP_WORDS, bare, patronymic_only,
                              slug, tokens)
from kg.extract.posts import Chain


def merge_initials(ctx: Context) -> None:
    """"S Jaishankar" and "Subrahmanyam Jaishankar" in one article are one person, under the fuller name; so are
    "Garcia Harfuch" and "Omar Garcia Harfuch" (a later mention without the given name)."""
    for short in list(ctx.persons.values()):
        toks = tokens(short.name)
        if len(toks) == 1 and short.key in ctx.persons:
            target = _fuller_name(ctx, short)
            if target is not None:
                _fold(ctx, short, target)
            continue
        if len(toks) < 2:
            continue
        if all(len(t) == 1 for t in toks[:-1]):
            full = [p for p in ctx.persons.values() if p is not short and tokens(p.name)[-1] == toks[-1]
                    and tokens(p.name)[0][0] == toks[0][0] and len(tokens(p.name)[0]) > 1]
        else:
            # `father-not-son`: "Salman bin Abdulaziz" closing "Mohammed bin Salman bin Abdulaziz" is the father's
            # lineage, another person (the word before it is "bin"), not a later mention without the given name
            full = [p for p in ctx.persons.values() if p is not short and len(tokens(p.name)) > len(toks)
                    and tokens(p.name)[-len(toks):] == toks
                    and tokens(p.name)[-len(toks) - 1].lower() not in KIN]
            if not full:
                # "Mohamed bin Zayed" and "Mohamed bin Zayed Al Nahyan", "Joaquim Silva" and "Joaquim Silva e Luna":
                # a name of three words, or with a particle, or one a particle continues, that begins a longer name is
                # that person without the rest of the family name (a "Jr" after it is the son, another person)
                full = [p for p in ctx.persons.values() if p is not short and len(tokens(p.name)) > len(toks)
                        and tokens(p.name)[:len(toks)] == toks and _prefix_of(toks, tokens(p.name)[len(toks):])]
        if len(full) != 1:
            continue
        _fold(ctx, short, full[0])


def _fuller_name(ctx: Context, short: Person) -> Person | None:
    """Join `lone-word-joins-full-name`: a person named by one word ("counterpart Saar", "Martinez, the attorney
    general") whose word is the surname of exactly one person named in full in the report ("Gideon Saar"), else the
    given name of exactly one, is that person: a second mention, not a second person."""
    word = short.name
    others = [p for p in ctx.persons.values() if p is not short and len(tokens(p.name)) > 1]
    if any(r.title.lower() in RULER_STYLES for r in short.roles):
        # `style-not-patronymic`: "King Salman" does not join "Mohammed bin Salman"
        others = [p for p in others if not patronymic_only(p.name, word)]
    for part in (lambda t: (t[-1], bare(t[-1])), lambda t: (t[0],)):
        hits = [p for p in others if word in part(tokens(p.name))]
        if hits:
            return hits[0] if len(hits) == 1 else None
    return None


def _prefix_of(toks: list[str], rest: list[str]) -> bool:
    if rest[0].lower() in ("jr", "sr", "ii", "iii", "iv"):
        return False
    return len(toks) >= 3 or any(t in PARTICLES for t in toks[1:]) or rest[0] in PARTICLES or rest[0] in ("Al", "El")


def _fold(ctx: Context, short: Person, target: Person) -> None:
    """Make ``short`` an alias of ``target``: names, posts, evidence, country and mentions move over."""
    if short.key in ctx.persons:
        for alias in [short.name, *short.aliases]:
            if alias not in target.aliases and alias != target.name:
                target.aliases.append(alias)
        for role in short.roles:
            if role.key not in {r.key for r in target.roles}:
                target.roles.append(role)
        target.support.evidence.extend(e for e in short.support.evidence if e not in target.support.evidence)
        if short.key in ctx.person_explicit_country and target.key not in ctx.person_explicit_country:
            target.country = short.country
            ctx.person_explicit_country.add(target.key)
        for m in ctx.person_mentions:
            if m.key == short.key:
                m.key = target.key
        del ctx.persons[short.key]


def mention_key(ctx: Context, start: int) -> str | None:
    return next((m.key for m in ctx.person_mentions if m.start == start), None)


def mention(ctx: Context, key: str, start: int, end: int, text: str) -> None:
    if not any(m.start == start and m.key == key for m in ctx.person_mentions):
        ctx.person_mentions.append(Mention(start=start, end=end, key=key, text=text))


def resolve_token(ctx: Context, token: str) -> str | None:
    """A lone capitalised token names a known person when it is one of their name tokens (surname first)."""
    token = _POSSESSIVE.sub("", token)
    hits = [p.key for p, toks in ((p, tokens(p.name)) for p in ctx.persons.values())
            if len(toks) > 1 and token in (toks[-1], bare(toks[-1]))]
    if not hits:
        hits = [p.key for p in ctx.persons.values()
                if token in tokens(p.name) or any(token in tokens(a) for a in p.aliases)]
    return hits[0] if len(set(hits)) == 1 else None


_SHORT = re.compile(rf"(?<![\w-])(?:(?:la|de|del|bin|al)\s+|(?:al|el)-)?{CAP}")
_POSSESSIVE = re.compile(r"['’]s$")


class _Tokens:
    """resolve_token() as two lookups instead of a scan over every person, for the one pass of short_mentions
    (names are fixed during it; a new alias adds its tokens)."""

    def __init__(self, ctx: Context) -> None:
        self.surnames: dict[str, set[str]] = {}
        self.any: dict[str, set[str]] = {}
        for p in ctx.persons.values():
            toks = tokens(p.name)
            if len(toks) > 1:
                for t in (toks[-1], bare(toks[-1])):
                    self.surnames.setdefault(t, set()).add(p.key)
            for name in (p.name, *p.aliases):
                self.alias(p.key, name)

    def alias(self, key: str, name: str) -> None:
        for t in tokens(name):
            self.any.setdefault(t, set()).add(key)

    def resolve(self, token: str) -> str | None:
        token = _POSSESSIVE.sub("", token)
        hits = self.surnames.get(token) or self.any.get(token) or ()
        head, _, rest = token.partition("-")
        if not hits and rest and head.lower() in HYPHEN_PARTICLES:
            # "Al-Otaibi told ..." opening a sentence: the particle capitalised, the name "al-Otaibi".
            token = head.lower() + "-" + rest
            hits = self.surnames.get(token) or self.any.get(token) or ()
        return next(iter(hits)) if len(hits) == 1 else None


def short_mentions(ctx: Context) -> None:
    """Later short mentions: a surname or given name alone, or a multi-word surname ("la Fuente")."""
    known = {m.start for m in ctx.person_mentions}
    # every offset inside a mention: one set lookup instead of a scan over all mentions per capitalised word
    covered = {i for pm in ctx.person_mentions for i in range(pm.start, pm.end)}
    index = _Tokens(ctx)
    for s in ctx.reporting():
        for m in _SHORT.finditer(s.text):
            start = s.start + m.start()
            word = _POSSESSIVE.sub("", m.group())
            if start in known or word in STOP_WORDS or start in covered:
                continue
            key = None
            if " " in word:  # only a multi-word surname can end a longer name after a space
                for person in ctx.persons.values():
                    names = [person.name, *person.aliases]
                    if any(n.endswith(" " + word) for n in names):
                        key = person.key
            key = key or index.resolve(word)
            if key:
                before = len(ctx.person_mentions)
                mention(ctx, key, start, start + len(word), word)
                if len(ctx.person_mentions) > before:
                    covered.update(range(start, start + len(word)))
                person = ctx.persons[key]
                if word != person.name and word not in person.aliases:
                    person.aliases.append(word)
                    index.alias(key, word)


def title_refs(ctx: Context) -> None:
    """"the NSA", "Defence Minister", "the Saudi Crown Prince": the one person in the article holding that post."""
    resolved = []
    ordered = sorted((m for m in ctx.person_mentions if m.key), key=lambda m: m.start)
    for ref in ctx.title_refs:
        if "," in ref.text:
            continue  # "the Mauritanian President, the minister said": two posts run together, no one post of anyone
        chain: Chain = ref.chain  # type: ignore[attr-defined]
        wanted = {slug(normal) for _, normal in chain.titles}
        hits = [p for p in ctx.persons.values() if any(_names_post(w, r.key) for w in wanted for r in p.roles)]
        if chain.country:
            hits = [p for p in hits if p.country in (None, chain.country) or p.key not in ctx.person_explicit_country]
        if len({p.key for p in hits}) > 1:
            # Two hold the post ("The Prime Minister held talks with ..." after Modi and the UAE's prime minister
            # are named): the holder named most recently before the post, unless both are named in that sentence,
            # and never the one whose words report it ("X said the NSA met ...": the NSA is someone else).
            holders = {p.key for p in hits}
            key = salience.antecedent(ctx, ref.start, holders.__contains__, exclude=_reporter(ctx, ref.start),
                                      mentions=ordered)
            hits = [ctx.persons[key]] if key else []
        if len({p.key for p in hits}) != 1:
            continue
        person = hits[0]
        ref.key = person.key
        resolved.append(ref)
        if chain.country and person.key not in ctx.person_explicit_country:
            person.country = chain.country
            ctx.person_explicit_country.add(person.key)
            for role in person.roles:
                role.country = role.country or chain.country
        alias = ref.text.strip()
        if alias != person.name and alias not in person.aliases and len(alias) > 3 and not re.search(r" (?:to|of) ", alias):
            person.aliases.append(alias)
    ctx.title_refs = resolved


def _names_post(wanted: str, role_key: str) -> bool:
    """A bare post names the same post held of a body: "the Angolan Chief of General Staff" is the "Chief of General
    Staff of the Angolan Armed Forces" named before. A one-word post ("the minister") stays exact: it would name
    every "Minister of ..." in the report."""
    return role_key == wanted or ("-" in wanted and role_key.startswith(wanted + "-of-"))


# "Zakari said that the NSA ...", "X, who ..., told reporters the minister ...": who reports the clause the post is in.
_REPORTS = re.compile(r"^(?:['’]s)?(?:\s*,[^,]{0,80},)?\s+(?:also\s+|further\s+)?(?:said|says|told\s+\w+|added|stated|noted|"
                      r"revealed|disclosed|explained)\s+(?:that\s+)?$")


def _reporter(ctx: Context, at: int) -> list[str]:
    """The person whose reporting verb governs the clause that starts right before ``at`` (none, or one)."""
    s = ctx.sentence_at(at)
    before = [m for m in ctx.person_mentions if m.key and s.start <= m.start and m.end <= at]
    head = at - len(re.search(r"(?:[Tt]he\s+)?(?:[A-Z][\w'’-]*\s+){0,2}$", ctx.text[s.start:at]).group())
    return [m.key for m in before if _REPORTS.match(ctx.text[m.end:head])][-1:]


def reports(between: str) -> bool:
    """The words between two people mentioned make the first the reporter of a clause the second opens ("X said
    that the NSA ...", "X, the spokesman, told reporters Minister Y ...")."""
    head = len(between) - len(re.search(r"(?:[Tt]he\s+)?(?:[A-Z][\w'’.-]*\s+){0,6}$", between).group())
    return _REPORTS.match(between[:head]) is not None


# Veto `region-name`: a compass word opening or inside a capitalised run, or a continent or ocean word closing it,
# makes it a region ("Southeast Asia nations", "the Middle East map", "the South Pacific archipelago", "Communist-ruled
# Southeast Asian country"), however often its last word recurs alone.
_COMPASS = frozenset("North South East West Northeast Northwest Southeast Southwest Middle Central Far Near".split())
_REGION_ENDS = frozenset("Asia Asian Pacific Africa African Europe European America American Atlantic Arctic "
                         "Caribbean Caucasus Balkans Sahel East".split())
# Veto `place-noun-after`: a name a lowercase place noun follows somewhere is a place ("Mozambique's Cabo Delgado
# province", "the Kurdistan region").
_PLACE_NOUN_AFTER = re.compile(r"\s+(?:province|region|district|county|governorate|oblast|prefecture|state|city|town|"
                               r"village)\b")


def is_region(name: str) -> bool:
    toks = tokens(name)
    return bool(toks) and (toks[0] in _COMPASS or any(t in _COMPASS for t in toks[1:-1]) or toks[-1] in _REGION_ENDS)


def is_place(ctx: Context, name: str) -> bool:
    """The name follows "in", "from", "near" ... somewhere, alone or in a list ("in Sao Paulo and Rio de Janeiro"),
    or a place noun follows it, or it is shaped like a region."""
    if is_region(name):
        return True
    # Same answer as one pattern "<preposition> <list> <name>" per name, without compiling one per name (~1 ms each):
    # at each whole-word occurrence of the name, the preposition and list must end right before it, and they use only
    # word characters, spaces, commas and apostrophes, so the search starts after the last other character.
    text = ctx.text
    at = text.find(name)
    while at != -1:
        after = at + len(name)
        if after == len(text) or not _WORD_OR_HYPHEN.match(text, after):
            if _PLACE_NOUN_AFTER.match(text, after):
                return True
            floor = _stops(text)
            i = bisect.bisect_left(floor, at)
            if _PLACE_PREFIX.search(text, floor[i - 1] + 1 if i else 0, at):
                return True
        at = text.find(name, at + 1)
    return False


_LISTED = r"(?:[A-Z][\w'’-]*(?:\s+(?:(?:de|do|da|del|la|el|al)\s+)?[A-Z][\w'’-]*)*\s*(?:,|and|or)\s+)*"
_PLACE_PREFIX = re.compile(rf"(?<![\w-])(?:in|from|to|near|via|across|outside|into|between)\s+(?:the\s+)?{_LISTED}\Z")
_WORD_OR_HYPHEN = re.compile(r"[\w-]")
_STOP = re.compile(r"[^\w\s,'’-]")  # a character the preposition-and-list run never holds


@functools.lru_cache(maxsize=8)
def _stops(text: str) -> list[int]:
    """Offsets of the characters a place prefix cannot span, in order (one scan per article)."""
    return [m.start() for m in _STOP.finditer(text)]


def occurrences(text: str, word: str):
    """(start, end) of each whole-word ``word`` in ``text`` (no word character or hyphen on either side), as
    re.finditer finds them, without compiling a pattern per word."""
    at = text.find(word)
    while at != -1:
        end = at + len(word)
        if (at == 0 or not _WORD_OR_HYPHEN.match(text, at - 1)) and (end == len(text) or not _WORD_OR_HYPHEN.match(text, end)):
            yield at, end
            at = text.find(word, end if end > at else at + 1)
        else:
            at = text.find(word, at + 1)


def lone(text: str, m: re.Match[str]) -> bool:
    """The surname stands alone: no capitalised word right before or after it (it is not "Uttar Pradesh")."""
    return lone_at(text, m.start(), m.end())


def lone_at(text: str, start: int, end: int) -> bool:
    """lone() for the span start..end."""
    before = re.search(r"(\S+)\s+$", text[max(0, start - 30):start])
    after = re.match(r"^(?:['’]s)?\s+(\S+)", text[end:end + 30])
    if before and before.group(1)[0].isupper() and not before.group(1).endswith((".", ":", ",")) \
            and before.group(1) not in ("The", "A", "An", "But", "And", "In", "On", "For", "As"):
        return False
    if before and before.group(1).lower() in PARTICLES:
        return False  # "Ciudad del Este": the word belongs to a longer name
    return not (after and after.group(1)[0].isupper() and not text[end:end + 2].startswith(("'", "’")))
