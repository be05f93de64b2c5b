"""The steps that grow a post over the words before it: its field, body, kind, grades, "de facto", ordinal."""

from __future__ import annotations

import re
from collections.abc import Callable

from kg.extract import reference
from kg.extract.context import Context
from kg.extract.org_words import HEADS
from kg.extract.sentences import Sentence

from kg.extract.posts.patterns import (_BODY_BEFORE, _DE_FACTO_BEFORE, _DEPUTY_POST, _FIELD_BEFORE, _FIELD_BEFORE_LOWER,
                                       _FIELDED_POSTS, _FIELDS, _GRADED_ONLY, _GRADED_POSTS, _KIND_BEFORE, _KINDED,
                                       _MINISTRY_BEFORE, _ORDINAL_BEFORE, _RANK_BEFORE, _SPEAKS_FOR_BEFORE, _UNDER,
                                       country_of)
from kg.extract.posts.records import _Post
from kg.extract.posts.bodies import _HEAD_RANKS


# Bare posts that exist in many bodies, and the body words a run of words before them ends in ("Defence Forces
# chief", "South Xinjiang Military District chief", "navy chief", "Supreme National Security Council secretary").
_BARE_POSTS = {"Chief", "Secretary", "Director", "Commander", "Spokesperson", "Spokesman", "Spokeswoman",
               "Commander-in-Chief", "Commandant"}  # "Army Commander-in-Chief", "Coast Guard Commandant"
# `body-number-before-post`: "Naval Task Force 80 chief": a unit's number closes its name
_BODY_RUN_BEFORE = re.compile(rf"(?<![\w'’-])((?:[A-Z][\w-]*\s+){{0,4}}(?:{HEADS}|District|Division|Region|Fleet)(?:\s+[0-9]{{1,3}})?|"
                              rf"navy|army|police|military|air\s+force|coast\s+guard|border\s+guard|armed\s+forces)\s+"
                              # `body-before-graded-post`: "Navy deputy chief", "Army Deputy Commander": a grade
                              # between them does not cut the body off the post
                              r"(?P<grade>(?:[Dd]eputy|[Vv]ice|[Aa]ssistant)\s+)?$")


def _body_run_before(s: Sentence, start: int, end: int, title_end: int, normal: str,
                     ctx: Context) -> tuple[int, str, int] | None:
    """(where the body begins, the body as written, where the post begins in the grown wording) for a bare post with
    a body's name right before it; a state, demonym or "The" opening the run is left to the prefix. None when the
    body is one the report names as an organisation (its post is named from the body below) or a state's."""
    if normal not in _BARE_POSTS or end != title_end:
        return None
    m = _BODY_RUN_BEFORE.search(s.text, max(0, start - 60), start)
    if m is None:
        return None
    words = m.group(1).split()
    while words and (words[0] in ("The", "the") or country_of(words[0]) or country_of(re.sub(r"['’]s$", "", words[0]))):
        words = words[1:]
    if not words or country_of(" ".join(words)):
        return None
    run = " ".join(words)
    begin = m.end(1) - len(m.group(1)) + m.group(1).index(words[0])
    if any(om.end == s.start + m.end(1) for om in ctx.org_mentions) \
            or reference.titles().pattern.search(run):
        return None  # a body the report knows (named below from its organisation), or a post before this one
    return begin, run, (m.start("grade") if m.group("grade") else start) - begin


def _ends_a_name(before: str) -> bool:
    """The words before a remit make it the tail of a longer name ("Bureau of Western Hemisphere Affairs", "Ministry
    of External Affairs"): "of"/"for" or a capitalised word that is no state ("India's", "Kenyan") stands before it."""
    m = re.search(r"([\w'’.-]+)\s+$", before[-40:])
    if m is None:
        return False
    word = m.group(1)
    if word in ("of", "for", "Of", "For") or re.search(r"(?:of|for)\s+the\s+$", before):
        return True
    return word[0].isupper() and word not in ("The", "A", "An") and not country_of(word) \
        and not word.endswith((".", "'s", "’s"))


def _capitalised(words: str) -> str:
    """"national security" -> "National Security" ("and" stays lowercase)."""
    return " ".join(w if w == "and" else w[:1].upper() + w[1:] for w in words.split())


# The words right before the post that are part of it; the first of these rows that reads them wins.
def _field_before_post(p: _Post) -> re.Match[str] | None:
    return _FIELD_BEFORE.search(p.s.text, max(0, p.m.start() - 60), p.m.start()) or (
        _FIELD_BEFORE_LOWER.search(p.s.text, max(0, p.m.start() - 60), p.m.start()) if p.lower else None)


def _field_widens(p: _Post) -> bool:
    """"National Defence Minister": field words before a post that already has its field widen it."""
    pre = _field_before_post(p)
    if not (pre and p.normal not in ("Minister", "Secretary")
            and re.fullmatch(rf"(?:{_FIELDS})(?:\s+(?:{_FIELDS}))* (?:Minister|Secretary)", p.normal)
            and not p.normal.startswith(pre.group(1)) and p.clear_of(pre.start(1))):
        return False
    p.grow_before(pre.start(1), f"{pre.group(1)} {p.normal}")
    return True


def _spokesperson_for(p: _Post) -> bool:
    """"government spokesman", "presidential spokesperson": whom the spokesperson speaks for is the post."""
    speaks_for = _SPEAKS_FOR_BEFORE.search(p.s.text, max(0, p.m.start() - 20), p.m.start()) \
        if p.normal in ("Spokesperson", "Spokesman", "Spokeswoman") else None
    if not (speaks_for and p.clear_of(speaks_for.start(1))):
        return False
    p.grow_before(speaks_for.start(1), f"{speaks_for.group(1).lower()} {p.normal.lower()}")
    return True


def _field_before(p: _Post) -> bool:
    """"national security minister": field words before a post are part of it, as the post is named."""
    pre = _field_before_post(p)
    if not (pre and p.normal in _FIELDED_POSTS and p.clear_of(pre.start(1))):
        return False
    p.grow_before(pre.start(1), f"{_capitalised(pre.group(1))} {p.normal}")
    return True


def _body_before(p: _Post) -> bool:
    """"navy chief", "Defence Forces chief", "Military District chief": the body named before a bare post is part of
    the post as written."""
    body = _body_run_before(p.s, p.m.start(), p.end, p.m.end(), p.normal, p.ctx)
    if not (body and p.clear_of(body[0])):
        return False
    p.grow_before(body[0], f"{body[1]} {p.s.text[body[0] + body[2]:p.end].strip()}")
    return True


def _ministry_before(p: _Post) -> bool:
    """"foreign ministry spokesperson", "national security council secretary": the unnamed ministry or body before
    the post is part of it, as written (reports differ on the word)."""
    ministry = _MINISTRY_BEFORE.search(p.s.text, max(0, p.m.start() - 40), p.m.start()) \
        or (_BODY_BEFORE.search(p.s.text, max(0, p.m.start() - 50), p.m.start()) if p.m.group()[0].islower() else None)
    if not (ministry and p.normal in ("Spokesperson", "Spokesman", "Spokeswoman", "Secretary", "Director", "head",
                                      "Chief")
            and p.clear_of(ministry.start(1))):
        return False
    p.grow_before(ministry.start(1), f"{ministry.group(1).lower()} {p.normal.lower()}")
    return True


def _kind_before(p: _Post) -> bool:
    """"opposition leader", "rebel commander", "defence analyst": the kind of leader is the post."""
    if p.normal not in _KINDED:
        return False
    kind = _KIND_BEFORE.search(p.s.text, max(0, p.start - 20), p.start)
    if kind is None:  # "Opposition leader X said": the kind opens the sentence
        kind = re.fullmatch(r"([A-Z][a-z]{2,})\s+", p.s.text[:p.start])
        kind = kind if kind and not country_of(kind.group(1)) and kind.group(1) not in ("The", "Former", "Top",
                                                                                       "Senior", "Military", "Veteran",
                                                                                       "Prominent", "Key") else None
    if not (kind and p.clear_of(kind.start(1))):
        return False
    p.wording, p.start = p.s.text[kind.start(1):p.end], kind.start(1)
    p.normal = f"{kind.group(1).lower()} {p.normal.lower()}"
    return True


_WORDS_BEFORE: tuple[tuple[str, Callable[[_Post], bool]], ...] = (
    ("field-widens-post", _field_widens),        # "National Defence Minister"
    ("spokesperson-for", _spokesperson_for),     # "government spokesman", "presidential spokesperson"
    ("field-before-post", _field_before),        # "national security minister"
    ("body-before-post", _body_before),          # "navy chief", "Defence Forces chief"
    ("ministry-before-post", _ministry_before),  # "foreign ministry spokesperson", "... council secretary"
    ("kind-before-post", _kind_before),          # "opposition leader", "rebel commander"
)


def _words_before(p: _Post) -> None:
    """The words right before the post that are part of it: the first row of _WORDS_BEFORE that reads them."""
    for _, read in _WORDS_BEFORE:
        if read(p):
            return


def _stacked_grades(p: _Post) -> None:
    """"Deputy Assistant Secretary", "Principal Deputy Director": grades stack."""
    for _ in range(3):
        rank = _RANK_BEFORE.search(p.s.text, max(0, p.start - 14), p.start)
        if rank and _UNDER.match(rank.group()) and "Secretary" not in p.normal:
            rank = None  # "Under President X", "under Prime Minister Y": a preposition
        if rank and _GRADED_ONLY.match(rank.group()) and p.graded not in _GRADED_POSTS:
            rank = None  # "Joint Task Force Commander": "joint" grades a secretary or director, not any post
        if not (rank and p.clear_of(rank.start()) and not p.normal.startswith(rank.group().strip(" -").title())):
            break
        p.grow_before(rank.start(), f"{rank.group().strip(' -').title()} {p.normal}")


def _field_before_grade(p: _Post) -> None:
    """"Foreign Affairs Principal Secretary", "Defence Permanent Secretary": the remit stands before the grade as
    before the post; not the tail of a body's name ("Ministry of X Joint ...")."""
    ungraded = _HEAD_RANKS.sub("", p.normal)
    if ungraded != p.normal and ungraded in _FIELDED_POSTS:
        pre = _FIELD_BEFORE.search(p.s.text, max(0, p.start - 60), p.start)
        if pre and p.clear_of(pre.start(1)) and not _ends_a_name(p.s.text[:pre.start(1)]):
            p.grow_before(pre.start(1), f"{_capitalised(pre.group(1))} {p.normal}")


def _de_facto(p: _Post) -> None:
    """"the kingdom's de facto ruler": a post held in fact, not in name, is another post than the one in name."""
    de_facto = _DE_FACTO_BEFORE.search(p.s.text, max(0, p.start - 9), p.start) \
        if "facto" in p.s.text[max(0, p.start - 9):p.start] else None
    if de_facto and p.clear_of(de_facto.start()):
        p.grow_before(de_facto.start(), f"de facto {p.normal.lower() if p.lower else p.normal}")


def _ordinal_deputy(p: _Post) -> None:
    """"First Deputy Prime Minister", "Second Vice President": the ordinal is part of a deputy's post."""
    ordinal = _ORDINAL_BEFORE.search(p.s.text, max(0, p.start - 8), p.start) if _DEPUTY_POST.match(p.normal) else None
    if ordinal and p.clear_of(ordinal.start()):
        p.grow_before(ordinal.start(), f"{ordinal.group().strip(' -').title()} {p.normal}")
