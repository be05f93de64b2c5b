"""Rule "described-holder": a side written as a post without a name ("the visiting minister") as its one holder."""

from __future__ import annotations

import re

from kg.extract import reference
from kg.extract.context import Context, Mention
from kg.extract.model import Person
from kg.extract.speakers import _adjectives as _state_adjectives, _holds


# Rule "described-holder" (x19): a post written without a name in a meeting clause ("the Pakistani minister held talks
# with ...", "Russia's security chief held talks with ...", "the visiting minister also met ...", "talks with the
# South Korean Minister of Defence") is the one person the report names holding that post of that state. The post's
# words must all be a post of that person (speakers._holds), a state written as a possessive or an adjective must be
# theirs, "visiting" must be someone not of the dateline's state, and one bare word ("the minister") names no one:
# of two holders, nobody (never a guess between two).
_DESCRIBED_HEAD = (r"(?:minister|secretary|chief|president|premier|chancellor|adviser|advisor|commander|envoy|"
                   r"ambassador|leader)")
_DESCRIBED = re.compile(
    r"(?<![\w’'-])(?:[Tt]he\s+|(?P<owner>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)['’]s\s+)(?P<visiting>visiting\s+)?"
    rf"(?P<words>(?:(?!(?:the|a|an|and|or|with|of|two|both|his|her|their)\s)[A-Za-z-]+\s+){{0,4}}?"
    rf"(?i:{_DESCRIBED_HEAD}))"
    r"(?:\s+(?:of|for)\s+(?:the\s+)?(?P<of>[A-Z][\w-]+(?:\s+(?:(?:and|of|for|the)\s+)*[A-Z][\w-]+){0,6}))?"
    r"(?![\w-])"
    # a post going on in words the pattern does not read ("Oman's minister responsible for foreign affairs", "the
    # Minister for home affairs", "the commander of Thailand's armed forces"): not read at all
    r"(?!\s+(?:of|for|responsible|in\s+charge)\b|['’]s?\s)")
# Words that qualify a holder without being a post's words ("the new Philippine president", "the top diplomat"), and
# "affairs" ("the Minister of Foreign Affairs" is the foreign minister).
_QUALIFIERS = frozenset("new top senior current incumbent then visiting affairs".split())
_REMIT_SMALL = _QUALIFIERS | {"and", "of", "for", "the"}
# Right after the post, a name or a style and a name ("the Chief of Army Staff, General H"), or right before it a name
# and a comma ("A, the Ukrainian president,"): an apposition, not a description; the name itself is the mention.
_NAME_NEXT = re.compile(r"^\s*,?\s*(?:[A-Z][\w.’'-]*\s+){0,3}$")
_NAME_BEFORE = re.compile(r"^(?:['’]s)?\s*,?\s*$")
# "Adviser to the Prime Minister", "Office of the President", "spokesman for the minister": a post owned by another.
_INSIDE_POST = re.compile(r"\b(?:to|of|for)\s+$")
# "In addition to meeting the Lebanese president, A held talks with B", "after calling on the prime minister, ...": the
# description is the side of another occasion the sentence only recalls (veto "other-occasion").
_OTHER_OCCASION = re.compile(r"\b(?:in\s+addition\s+to|besides|apart\s+from|after|before|following)\s+(?:his\s+|her\s+|their\s+)?"
                             r"(?:meeting(?:\s+with)?|talks\s+with|calling\s+on|a\s+meeting\s+with|visiting)\s+$", re.IGNORECASE)


def described(ctx: Context, start: int, end: int) -> list[Mention]:
    """The descriptions of people in ctx.text[start:end] that name one holder (rule "described-holder"), as mentions
    of that holder; spans a mention already covers are left to it. The people the clause names are not the holder a
    description in it names ("A met the defence minister": someone else than A)."""
    text = ctx.text[start:end]
    if not _DESCRIBED_WORD.search(text):
        return []
    known = ctx.persons_in(start, end)
    found = []
    for m in _DESCRIBED.finditer(text):
        a, b = start + m.start(), start + m.end()
        if any(k.start < b and a < k.end for k in known):
            continue
        if _INSIDE_POST.search(text[:m.start()]):
            continue  # "B, Adviser to the Canadian Prime Minister": part of B's post, not a person of the clause
        if _OTHER_OCCASION.search(text[:m.start()]):
            continue  # "In addition to meeting the Lebanese president, ...": another occasion's side
        nxt = next((k for k in known if k.start >= b), None)
        prev = next((k for k in reversed(known) if k.end <= a), None)
        if nxt and nxt.start - b <= 40 and _NAME_NEXT.match(ctx.text[b:nxt.start]) or \
                prev and _NAME_BEFORE.match(ctx.text[prev.end:a]):
            continue
        key = _holder(ctx, m, {k.key for k in known})
        if key:
            found.append(Mention(start=a, end=b, key=key, text=m.group()))
    return found


_DESCRIBED_WORD = re.compile(rf"(?i:{_DESCRIBED_HEAD})")


def _prime_only(person: Person, words: list[str]) -> bool:
    """"The minister" is not the prime minister: a holder whose every post is a prime minister's holds "minister"
    only when the description says "prime" ("the Rwandan prime minister")."""
    return "prime" not in words and all("prime" in r.title.lower() for r in person.roles)


def _holder(ctx: Context, m: re.Match[str], named: set[str]) -> str | None:
    """The one person of the report holding the post the description names, or None."""
    words = [w for w in m.group("words").lower().split() if w not in _QUALIFIERS]
    if m.group("of"):
        # "Minister of Defence", "Minister for Foreign Affairs and Cooperation": the remit's words before the head
        words = [w for w in m.group("of").lower().split() if w not in _REMIT_SMALL] + words
    adjectives = _state_adjectives()
    state = reference.countries().code(m.group("owner")) if m.group("owner") else None
    if m.group("owner") and state is None:
        return None  # "Trump's envoy": a person's, not a state's
    for n in (2, 1):  # "South Korean", "Pakistani": the state the adjective names, taken out of the post's words
        for i in range(len(words) - n):
            if " ".join(words[i:i + n]) in adjectives:
                state = state or adjectives[" ".join(words[i:i + n])]
                words = words[:i] + words[i + n:]
                break
    visiting = bool(m.group("visiting"))
    if not words or (len(words) == 1 and state is None and not visiting):
        return None
    home = ctx.dateline_state
    holders = {p.key for p in ctx.persons.values()
               if p.key not in named and _holds(p, words) and not _prime_only(p, words)
               and (state is None or p.country in (None, state))
               and not (visiting and home is not None and p.country in (None, home))}
    return holders.pop() if len(holders) == 1 else None
