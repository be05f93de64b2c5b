"""A post whose body follows it with no "of", as South Asian, Gulf and some African styles write it: "Chairman Joint
Chiefs of Staff Committee (CJCSC)", "Secretary Defence X", "Director General Inter-Services Public Relations",
"Commander Sri Lankan Army". The body is a run of body words ending in a body's or a field's word; the whole is the
post, and what follows the body (a rank, a name, an acronym in brackets) is left to the holder rules."""

from __future__ import annotations

import re

from kg.extract import reference
from kg.extract.names import BODY_OR_POST_WORDS, STOP_WORDS

# Posts that head a body and are written with it right after them (rule `body-after-post`). Ministers and presidents
# are not: "President Donald Trump's Cabinet" is a name, then a body.
POSTS = frozenset({"Chairman", "Chairperson", "Secretary", "Director General", "Director-General", "Director",
                   "Commander", "Inspector General", "Commandant", "head"})

# The words a body's name ends in ("... Committee", "... Public Relations") or a field a post heads ("Secretary
# Defence", "Secretary Interior"): the run stops at the last of them, so a holder's name after it stays out.
_ENDS = frozenset("""Committee Staff Council Commission Agency Division Department Relations Bureau Board Authority
    Service Services Force Forces Army Navy Corps Command Directorate Secretariat Headquarters Wing Cell Communication
    Communications Police Guard Guards Intelligence Operations Defence Defense Interior Affairs Finance Commerce Trade
    Health Education Justice Narcotics Planning""".split())
# Words inside a body's name that the shared name tables do not list ("Joint Chiefs of Staff Committee",
# "Inter-Services Public Relations", "Senate Standing Committee"); "of", "and", "&" join them.
_INSIDE = frozenset("""Chiefs Inter-Services Standing Armed Naval Military Maritime Strategic Special Operations Combined
    Coast Rangers Frontier Constabulary Capital Provincial Establishment Production Division Counter-Terrorism
    Anti-Narcotics Information""".split())
_JOINS = frozenset({"of", "and", "&"})
# `post-acronym`: "Chairman Joint Chiefs of Staff Committee (CJCSC)", "Director General Inter-Services Public Relations
# (DG ISPR)": the acronym in brackets right after the post is the post's own; the chain runs over it to the holder.
_POST_ACRONYM = re.compile(r"\s*\((?:[A-Z]{2,3}\s+)?[A-Z][A-Z&]{1,7}\)")
_WORD = re.compile(r"\s+([A-Z][\w'’&-]*|of|and|&)(?=[\s,.;:()]|$)")


def _body_word(word: str, before: str) -> bool:
    """A word of a body's name: a word of bodies, posts and fields, a join, a state or its demonym (alone or with the
    word before it: "Sri Lankan")."""
    countries = reference.countries()
    return word in _JOINS or word in _ENDS or word in _INSIDE or word in STOP_WORDS or word in BODY_OR_POST_WORDS \
        or countries.code(word) is not None or countries.code(f"{before} {word}") is not None


def body_after(normal: str, rest: str) -> tuple[int, str] | None:
    """(how far the body runs in ``rest``, the body as written) for a post of POSTS right before a run of body words
    that ends in a body's or a field's word; None otherwise (a name, "of" or a lowercase word right after the post)."""
    if normal not in POSTS:
        return None
    end, words, last = 0, [], ""
    at = 0
    while (m := _WORD.match(rest, at)) is not None and _body_word(m.group(1), last):
        words.append(m.group(1))
        last = m.group(1)
        at = m.end()
        if m.group(1) in _ENDS:
            end = at
    if not end or words[0] in _JOINS or words[0] in ("General", "Minister", "Chief", "The"):
        return None  # "Director General ..." is read as a post of its own; "Secretary General" too
    body = rest[:end].strip()
    if reference.titles().pattern.search(body) or reference.countries().code(body) is not None:
        return None  # another post inside the run ("Secretary Defence Minister"), or a state alone
    acronym = _POST_ACRONYM.match(rest, end)
    return (acronym.end() if acronym else end), body


def state_of(body: str) -> str | None:
    """The state a body's words name ("Sri Lankan Army" -> LK, "Bangladesh Navy" -> BD), one word or two."""
    words = body.split()
    countries = reference.countries()
    pairs = [f"{a} {b}" for a, b in zip(words, words[1:])]
    return next((countries.code(w) for w in pairs + words if countries.code(w) is not None), None)
