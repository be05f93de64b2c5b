"""What stands before a post: the state or body it serves ("India's", "MEA"), "former", and places named."""

from __future__ import annotations

import re

from kg.extract import reference
from kg.extract.context import Context
from kg.extract.sentences import Sentence

from kg.extract.posts.patterns import country_of


def _demonym_of_body(words: str, after: str) -> bool:
    """"head of the Kyrgyz border service", "Chief of Staff of the Djiboutian Armed Forces": after "of the", a
    demonym qualifies the body that follows; the post is that body's, not the state's."""
    first = words.split()[0]
    countries = reference.countries()
    return first in countries.adjectives and first not in countries.names and (
        len(words.split()) > 1 or re.match(r"\s+[a-z]+", after) is not None)


def _place_prefix(words: str) -> tuple[str | None, int]:
    """Country code of the country/capital at the start of ``words`` and how many characters to give back."""
    countries = reference.countries()
    if country_of(words):
        return country_of(words), 0
    if words in countries.cities:
        return countries.cities[words], 0
    first = words.split()[0]
    if len(words.split()) > 1:
        code = country_of(first) or countries.cities.get(first)
        if code:
            return code, len(words) - len(first)
    return None, 0


# Posts over a city, emirate or province that is not a state: the place is part of the post ("Crown Prince of Abu
# Dhabi", "Governor of Jakarta"); of a state, it is only the post's country ("Crown Prince of Saudi Arabia").
_RULES_A_PLACE = {"Crown Prince", "Ruler", "Emir", "Governor", "Mayor", "Prince", "Chief Minister", "Sultan"}
_QUALIFIERS = re.compile(r"(?<![\w-])(?:(?:transitional|interim|caretaker|outgoing|incoming|new|newly appointed|host|visiting|Visiting|"
                         r"current|then|de facto|military|junta|long-serving|veteran|former|top|previous|late)\s+)+$")
# "former president", "far-right former president", "a former Estonian prime minister", "ex-minister": the post is
# one held before, and news names it so; a state's name may stand between the word and the post.
_FORMER_BEFORE = re.compile(r"(?<![\w-])(?:[Ff]ormer|[Ee]x-)\s*((?:[A-Z][\w'’-]*\s+){0,2})$")


def _is_former(text: str, start: int) -> bool:
    """The post starting at ``start`` is named as a former one: "former" or "ex-" right before it, or before the
    state or the body's acronym that qualifies it ("the former Iranian SNSC Secretary", "former FBI Director")."""
    m = _FORMER_BEFORE.search(text, max(0, start - 40), start)
    return bool(m) and (not m.group(1).strip() or country_of(m.group(1).strip()) is not None
                        or all(country_of(w) or _ACRONYM.fullmatch(w) for w in m.group(1).split()))


_ACRONYM = re.compile(r"[A-Z]{2,6}")


# "Philippines' Defense Secretary", "the United States' envoy": a name ending in s takes a bare apostrophe
_PREFIX = re.compile(r"(?:the\s+)?([A-Z][A-Za-z.]+(?:\s+[A-Z][a-z]+)?|its|country|nation|kingdom|republic|emirate)(?:['’]s|(?<=s)['’])?\s+$")


_BRACKETED_ACRONYM = re.compile(r"(?<=[a-z])\s+\([A-Z][A-Za-z&]{1,7}\)\s+$")


def _prefix_start(text: str, base: int) -> int:
    """Where the prefix _prefix read before the post at ``base`` begins."""
    bracket = _BRACKETED_ACRONYM.search(text, max(0, base - 60), base)
    if bracket:
        cut = text[:bracket.start()] + " "
        m = _PREFIX.search(cut, max(0, len(cut) - 60))
        if m:
            return m.start()
    m = _PREFIX.search(text, max(0, base - 60), base)
    return m.start() if m else base


def _numbered_unit_before(before: str, s: Sentence, ctx: Context) -> tuple[str | None, str] | None:
    """(its state, its key) for a body the report names whose name ends in a number, right before a title."""
    end = s.start + len(before.rstrip())
    om = next((om for om in ctx.orgs_in(s.start, end) if om.end == end and om.text[-1:].isdigit()), None)
    org = ctx.organizations.get(om.key) if om else None
    return (org.country, om.key) if org else None


def _state_ending_at(before: str, cut: int, end: int) -> str | None:
    """`state-name-whole`: a state's name of three words or more ends where the prefix's words end ("Papua New Guinea
    Foreign Minister", "the United Arab Emirates' envoy"): the whole name, not its last word ("Guinea")."""
    countries = reference.countries()
    for m in countries.pattern.finditer(before, cut):
        if m.end() == end and len(m.group().split()) >= 3:
            return countries.mention_code(re.sub(r"['’]s$", "", m.group()))
    return None


def _prefix(before: str, s: Sentence, ctx: Context) -> tuple[str | None, str | None]:
    """The country ("India's", "Canadian", "US") or body ("MEA") named just before a title."""
    cut = max(0, len(before) - 60)  # "$"-anchored searches scan from every start: look at the tail only
    bracket = _BRACKETED_ACRONYM.search(before, cut)
    if bracket:  # "National Intelligence and Security Service (NISS) Head": the body, then its acronym, then the post
        before = before[:bracket.start()] + " "
    numbered = _numbered_unit_before(before, s, ctx)
    if numbered:  # "Naval Task Force 41 chief": a unit whose number closes its name, which the prefix does not read
        return numbered
    m = _PREFIX.search(before, cut)
    if not m:
        return None, None
    word = m.group(1)
    code = _state_ending_at(before, cut, m.end(1)) or country_of(word) or country_of(word.split()[-1]) \
        or country_of(word.split()[0])
    for om in ctx.org_mentions:
        if (om.end == s.start + m.end(1) or om.end == s.start + m.start(1) + len(word)) and not country_of(om.text):
            org = ctx.organizations.get(om.key)  # "Afghan Taliban spokesman": the body's post, in that state
            return (org.country if org and org.country else code), om.key
    if code:
        return code, None
    if word in ("country", "nation", "kingdom", "republic", "emirate"):
        # "Iran ... the country's defence minister", "Saudi Arabia ... the kingdom's ruler": the state just named
        at = s.start + m.start(1)
        last = max((cm for cm in ctx.country_mentions if at - 400 < cm.end <= at), key=lambda cm: cm.end, default=None)
        return (last.key if last else None), None
    if word.lower() == "its":  # "China's Ministry of Foreign Affairs said ... Its spokesperson, Guo Jiakun": that body's
        at = s.start + m.start(1)
        last = max((om for om in ctx.org_mentions if at - 300 < om.end <= at), key=lambda om: om.end, default=None)
        if last and ctx.organizations.get(last.key):
            return ctx.organizations[last.key].country, last.key
    return None, None
