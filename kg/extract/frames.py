"""Who held an occasion its own clause names without people: the delegation heads or the officials of two states
that the next sentences name ("talks between the two countries' defence secretaries ... Indian Defence Secretary A
led a delegation ... with his Sri Lankan counterpart B")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extract import reference
from kg.extract.context import Context
from kg.extract.model import Person
from kg.extract.sentences import Sentence

# The holders of an office, named by their post only.
_HOLDER = (r"(?:ministers?|secretar(?:y|ies)|officials?|presidents?|premiers?|leaders?|chiefs?|heads?|advis[eo]rs?|"
           r"commanders?|envoys?|ambassadors?|chancellors?|delegations?|representatives?|NSAs?)")
# "both countries' defence ministers signed", "Venezuela's top security official and Colombia's defence minister
# signed", "The defence ministers of A and B held talks": the subject is a post, not a name.
_HOLDER_SUBJECT = re.compile(rf"\b{_HOLDER}(?:\s+(?:of|from)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*"
                             rf"(?:\s+and\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)?)?"
                             rf"(?:\s+(?:on|last|this)\s+\w+|\s+(?:also|have|has|had|formally|jointly))*\s*$",
                             re.IGNORECASE)
# "talks between the two countries' defence secretaries", "a meeting of the delegations".
_HOLDER_AFTER = re.compile(rf"^\s+(?:[\w-]+\s+){{0,2}}?(?:between|of|among|with)\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,4}}?"
                           rf"{_HOLDER}\b", re.IGNORECASE)
# "home secretary-level talks", "the Home Secretary Level Talks": an occasion named by the rank of its holders.
_LEVEL = re.compile(r"\b[\w-]+[\s-][Ll]evel\s+$")


def unnamed_holders(seg: str, t: re.Match[str]) -> bool:
    """The clause names the occasion's holders by their posts only."""
    before = seg[max(0, t.start() - 100):t.start()]
    return bool(_HOLDER_SUBJECT.search(before) or _LEVEL.search(before) or _HOLDER_AFTER.match(seg[t.end():]))


def window(ctx: Context, s: Sentence, ahead: int = 3) -> list[Sentence]:
    """The sentence and the next few: where a report names who held the occasion it names."""
    return [x for x in ctx.reporting() if s.index <= x.index <= s.index + ahead and x.paragraph <= s.paragraph + ahead
            and x.index not in ctx.headlines]


SPOKESPERSON = re.compile(r"\b(?:spokes(?:person|man|woman|people)|press secretary)\b", re.IGNORECASE)


def _named(ctx: Context, sentences: list[Sentence]) -> Iterator[Person]:
    """The people the sentences name who serve a state, in the order the text names them."""
    for x in sentences:
        for m in ctx.persons_in(x.start, x.end):
            person = ctx.persons.get(m.key) if m.key else None
            if person and person.country and not (person.roles and all(SPOKESPERSON.search(r.title) for r in person.roles)):
                yield person  # (a spokesperson speaks about the occasion for a state: see events, spokesperson-no-participant)


def two_states(ctx: Context, sentences: list[Sentence]) -> list[str]:
    """The first person of each state the sentences name, when they name people of at least two states."""
    first = {}
    for person in _named(ctx, sentences):
        first.setdefault(person.country, person.key)
    return list(first.values()) if len(first) >= 2 else []


# A standing body of states by its name: "Joint Commission", "Bi-National Commission", "India-Nepal Boundary Working
# Group" (two states named in it). A sitting of one is a meeting of the states it joins.
_OF_STATES = re.compile(r"\b(?:Joint|Bi-?[Nn]ational|Bilateral|Inter-?[Gg]overnmental|Mixed)\b")
# "a joint military committee meeting between the two countries": a sitting written in lower case says it joins states
_BETWEEN = re.compile(r"\bbetween$")


def _names_two_states(body: str) -> bool:
    countries = reference.countries()
    words = re.split(r"[\s–—-]+", body)
    found = {countries.code(w) for w in words} | {countries.code(f"{a} {b}") for a, b in zip(words, words[1:])}
    return len(found - {None}) >= 2


def session_holders(ctx: Context, s: Sentence, body: str) -> list[str]:
    """Who sat at a session of a standing body of states: the first official of each state the next sentences name,
    or the one official named when the report names only its own side ("Welcoming participants, the Permanent
    Secretary X ...")."""
    if not (_OF_STATES.search(body) or _names_two_states(body) or _BETWEEN.search(body)):
        return []  # "the next meeting of the UN Security Council": a body of many, not a meeting between two
    near = window(ctx, s, ahead=8)  # sessions open with speeches: the other side speaks paragraphs later
    before = next((x for x in ctx.reporting() if x.index == s.index - 1 and x.index not in ctx.headlines), None)
    if before and _PRONOUN.search(s.text) and not ctx.persons_in(s.start, s.end):
        near = [before] + near  # "Addressing the 20th Meeting of the ... Joint Commission, he said": the one before
    keys = _chairs(ctx, near)
    if keys:
        return keys
    return next(([p.key] for p in _named(ctx, near) if p.roles), [])


# Rule "session-chairs" (x18session): a sitting of a joint commission is co-chaired by each state's minister; where the
# report names one, they sat for their state, rather than the official first quoted ("Executive Director A said the
# commission will review ... Minister B will co-chair the commission with her counterpart C").
# (a head of state or government under whose patronage a sitting is held seldom sits at it: ministers co-chair)
_CHAIR_POST = re.compile(r"\b(?:(?<!Prime )Minister|Secretary of State|Cabinet Secretary)\b")
_PRONOUN = re.compile(r"\b(?:he|she)\b")


def _chairs(ctx: Context, sentences: list[Sentence]) -> list[str]:
    """The minister of each state the sentences name (else its first official), when they name two states or more."""
    first: dict[str, str] = {}
    chair: dict[str, str] = {}
    for person in _named(ctx, sentences):
        first.setdefault(person.country, person.key)
        if any(_CHAIR_POST.search(r.title) for r in person.roles):
            chair.setdefault(person.country, person.key)
    return [chair.get(c, k) for c, k in first.items()] if len(first) >= 2 else []



# A group of office holders named by their shared post: "the Iranian and Omani foreign ministers", "the two defence
# chiefs", "Defence ministers from five European countries", "the foreign ministers of India and Japan". The post is
# a ministry's or an office's name before a plural holder word; the states, when given, are demonyms or names.
_STATE = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?"
_PLURAL_POST = (r"(?P<post>(?i:(?:(?:foreign|defen[cs]e|interior|home|security|finance|trade|justice|economy|energy|"
                r"army|navy|military|police|intelligence|border|coast\s+guard|national\s+security)\s+)?"
                r"(?:ministers|secretaries|chiefs|advis[eo]rs|commanders|chief\s+diplomats|top\s+diplomats)|"
                r"(?:prime\s+ministers|presidents)))\b")
POST_GROUP = re.compile(
    rf"(?:\b(?:[Tt]he\s+)?(?P<count>two|both|three|four|five|six|seven|eight)\s+(?:countries['’]\s+|sides['’]\s+|"
    rf"nations['’]\s+)?|\b(?:[Tt]he\s+)?(?P<dems>{_STATE}(?:\s*,\s*{_STATE})*\s+and\s+{_STATE})\s+|\b(?:[Tt]he\s+)?)"
    rf"{_PLURAL_POST}(?:\s+(?:of|from)\s+(?:the\s+)?(?P<of>{_STATE}(?:\s*,\s*{_STATE})*\s+and\s+{_STATE}|"
    rf"(?:two|three|four|five|six|seven|eight)\b))?")
_SYNONYM = {"chief diplomat": "foreign minister", "top diplomat": "foreign minister", "defense minister": "defence minister",
            "defense secretary": "defence secretary", "home minister": "interior minister"}
_COUNTS = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}


def _singular(post: str) -> str:
    post = re.sub(r"\s+", " ", post.lower())
    post = re.sub(r"ies$", "y", post) if post.endswith("secretaries") else re.sub(r"s$", "", post)
    return _SYNONYM.get(post, post)


def post_group(ctx: Context, text: str) -> list[str]:
    """The people of the article who hold the post a plural group names ("the Iranian and Omani foreign ministers" ->
    the Iranian and the Omani foreign minister the report names elsewhere): one per state, at least two states, and
    as many as the group counts when it counts them. A bare "the ministers" names no post and resolves to nobody."""
    countries = reference.countries()
    for m in POST_GROUP.finditer(text):
        post = _singular(m.group("post"))
        if " " not in post and post not in ("president", "prime minister"):
            continue  # "the two ministers", "the chiefs": no office named
        states = m.group("dems") or (m.group("of") if m.group("of") and m.group("of")[0].isupper() else None)
        wanted = None
        if states:
            wanted = {countries.code(w.strip()) for w in re.split(r"\s*,\s*|\s+and\s+", states)}
            if None in wanted:
                continue  # "the Foreign and Defence ministers": not a list of states
        count = _COUNTS.get((m.group("count") or m.group("of") or "").lower())
        first: dict[str, str] = {}
        for person in ctx.persons.values():
            if not person.country or (wanted and person.country not in wanted):
                continue
            if any(_SYNONYM.get(r.title.lower(), r.title.lower()) == post for r in person.roles):
                first.setdefault(person.country, person.key)
        if len(first) >= 2 and (count is None or len(first) <= count) and (wanted is None or len(first) == len(wanted)):
            return list(first.values())
    return []
