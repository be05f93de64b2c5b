"""A title as found: the named rejections that drop it, then the steps that grow it over the words after it."""

from __future__ import annotations

import re

from kg.extract import post_bodies, reference, styles

from kg.extract.posts.patterns import (_BRACKETED_REMIT, _FOR_FIELD, _FOR_FIELD_LOWER, _FOR_REMIT, _FOR_REMIT_LOWER,
                                       _LEADER_POST, _OF_AFTER, _TO_LEADER, country_of)
from kg.extract.posts.records import _Post
from kg.extract.posts.bodies import _FIELD_INTO_BODY


def _acronym_case(p: _Post) -> bool:
    """A short title in capitals that the sentence writes otherwise. As written it never holds (the wording is the
    match itself, and no string in capitals changes when put in capitals); kept as it was, pending a look."""
    return p.wording.isupper() and len(p.wording) <= 4 and p.wording != p.m.group().upper()


def _acronym_lowercase(p: _Post) -> bool:
    """"pm", "fm", "gen": acronym titles only in capitals."""
    return len(p.wording) <= 4 and not p.wording.isupper() \
        and p.wording.lower() in ("pm", "nsa", "eam", "fm", "nsia", "gen")


def _chief_as_rank(p: _Post) -> bool:
    """"Chief Cabinet Secretary": a rank of the post that follows, not a post of its own."""
    return p.normal == "Chief" and p.wording[0].isupper() and re.match(r"\s+[A-Z]", p.s.text[p.m.end():]) is not None


def _field_after(p: _Post) -> None:
    """"Minister for Public Safety", "Secretary of Homeland Security": the field is part of the post."""
    field_m = _FOR_FIELD.match(p.rest) or (_FOR_FIELD_LOWER.match(p.rest) if p.lower else None)
    if not (field_m and p.normal in ("Minister", "Secretary", "Minister of State", "Director", "Chief", "Commissioner",
                                     "Undersecretary")
            and country_of(field_m.group(1)) is None):
        return
    p.grow_after(field_m.end(), f"{p.normal} of {field_m.group(1)}" if p.normal != "Minister of State"
                 else f"Minister of State for {field_m.group(1)}")
    p.fielded = True


def _field_into_body(p: _Post) -> None:
    """"Chief of the Defence Force", "Director of Defence Services": the field words open a body's name, which runs
    on to its last word; the whole name is the post's."""
    body = _FIELD_INTO_BODY.match(p.rest) if p.fielded and not p.lower and p.normal.split()[0] != "Minister" else None
    if body:
        p.grow_after(body.end(), p.normal + re.sub(r"\s+", " ", body.group()))


def _remit_after(p: _Post) -> None:
    """"Special Envoy for Climate", "Commissioner for Human Rights": a capitalised remit after the post is part of
    it."""
    remit = _FOR_REMIT.match(p.rest)
    if remit and country_of(remit.group(1)) is None and (p.normal in ("Commissioner", "Secretary of State", "Envoy",
                                                                      "Special Envoy", "Secretary", "Minister",
                                                                      "Undersecretary", "Special Representative")):
        p.grow_after(remit.end(), f"{p.normal} for {remit.group(1)}")


def _grade_before_remit(p: _Post) -> None:
    """"Joint Secretary (Counter Terrorism)", "Additional Secretary Defence": a grade is read against the post as it
    stands here, before a bracketed remit or a body after it."""
    p.graded = p.normal


def _body_after(p: _Post) -> None:
    """"Chairman Joint Chiefs of Staff Committee", "Secretary Defence X": a body written right after the post it
    heads, with no "of", is part of the post."""
    body = post_bodies.body_after(p.normal, p.rest) if p.end == p.m.end() and p.wording[0].isupper() else None
    p.body_state = post_bodies.state_of(body[1]) if body else None
    if body:
        p.grow_after(body[0], f"{p.normal} {body[1]}")


def _bracketed_remit(p: _Post) -> None:
    """"deputy secretary (policy) Teo Eng Dih", "Director (Operations) X": the bracketed remit before the holder's
    name is part of the post; a bracketed style is not ("Colonel (Dr) X", `style-skipped`)."""
    bracket = _BRACKETED_REMIT.match(p.rest)
    if bracket and not re.fullmatch(r"(?i)re?td\.?|retired|ret\.?", bracket.group("r")) \
            and f"({bracket.group('r')})" not in styles.WORDS \
            and country_of(bracket.group("r")) is None and bracket.group("r") not in reference.countries().cities:
        p.grow_after(bracket.end(), f"{p.normal} ({bracket.group('r')})")


def _leader_served(p: _Post) -> None:
    """"National Security Advisor to the Prime Minister Ajit Doval", "Parliamentary Secretary to the President X": the
    leader an aide serves is part of the aide's post, not a post of the name after it."""
    rest = p.rest
    serves = _TO_LEADER.match(rest) if not _LEADER_POST.fullmatch(p.normal) else None
    if serves and (p.lower or serves.group("leader")[0].isupper()) and not _OF_AFTER.match(rest, serves.end()):
        p.grow_after(serves.end(), p.normal + " " + " ".join(serves.group().split()))


def _envoy_remit_lowercase(p: _Post) -> None:
    """"special envoy for border issues": a lowercase envoy's remit, written in lowercase, is part of the post."""
    remit = _FOR_REMIT_LOWER.match(p.rest) if p.lower and p.normal in ("Special Envoy", "Envoy") else None
    if remit:
        p.grow_after(remit.end(), f"{p.m.group()} for {remit.group(1)}")
