"""Sides the clause leaves unnamed: a counterpart, a post as subject, a pronoun partner, "the two leaders", "he"."""

from __future__ import annotations

import re

from kg.extract import reference, salience
from kg.extract.context import Context, Mention
from kg.extract.model import Person
from kg.extract.participants.lists import titled_partner_gap
from kg.extract.participants.patterns import _GROUP_AFTER, _GROUP_BEFORE, _HE_HELD, _PRONOUN, _SPEECH_GAP


# "met his Iraqi counterpart on Monday": a counterpart the clause does not name.
_COUNTERPART = re.compile(r"^\s+(?:(?:on|last)\s+[A-Z][a-z]+day\s+)?(?:with\s+)?(?:his|her|their)\s+(?:(?P<adj>[A-Z][\w'’-]+)\s+)?"
                          r"counterparts?\b(?!\s*,?\s+[A-Z])")


def _unnamed_counterpart(ctx: Context, tail: str, subjects: list[str]) -> list[str]:
    """"A met his Iraqi counterpart": the one Iraqi person the report names elsewhere; without an adjective, the
    one person of the report's other main state."""
    m = _COUNTERPART.match(tail)
    if not m or not subjects:
        return []
    mine = {ctx.persons[k].country for k in subjects if k in ctx.persons}
    code = reference.countries().code(re.sub(r"['’]s$", "", m.group("adj"))) if m.group("adj") else None
    if code is None:
        others = [c for c in ctx.main_countries() if c not in mine]
        code = others[0] if others and mine - {None} else None
    candidates = [p.key for p in ctx.persons.values() if code and p.country == code and p.key not in subjects]
    if len(candidates) > 1:
        # "Turkey's defence minister met his Qatari counterpart": of several Qatari people, the one in the same post
        posts = {post for k in subjects if k in ctx.persons for post in _posts(ctx.persons[k])}
        candidates = [k for k in candidates if posts & _posts(ctx.persons[k])] or candidates
    if m.group().rstrip().endswith("counterparts"):
        # "met his counterparts from Balkan countries": several, of states the words do not say
        return candidates if m.group("adj") else []
    return candidates if len(candidates) == 1 else []


# Rule "post-subject": a clause whose subject is a state's post without a name ("Turkey's defense minister met ...",
# "Colombia's defence minister met with Venezuelan President X", "the Turkish foreign minister held talks with Y")
# names the one person the report gives that post of that state (news names the holder in the next sentence).
_POST_WORDS = (r"(?:(?:foreign|defen[cs]e|interior|home|security|finance|trade|justice|economy|energy|army|navy|police|"
               r"national\s+security|deputy|vice|prime)\s+)?(?:minister|secretary|advis[eo]r|chief(?:\s+of\s+staff)?)|"
               r"president|premier|chancellor")
_POST_SUBJECT = re.compile(rf"(?:^|(?<=\s))(?:[Tt]he\s+)?(?P<state>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)(?:['’]s)?\s+"
                           rf"(?P<post>(?i:{_POST_WORDS}))(?:\s+(?:on|last|this)\s+\w+|\s+(?:also|has|had|have|will|would|"
                           rf"is|was|to|earlier))*\s*$")
_POST_NORMAL = [(r"\bdefense\b", "defence"), (r"^minister of (?:the )?(defence|interior|justice|finance|trade)$", r"\1 minister"),
                (r"^(?:minister of foreign affairs|foreign affairs minister)$", "foreign minister"),
                (r"^(?:minister of home affairs|home minister|minister of interior)$", "interior minister"),
                (r"^(?:secretary of defence)$", "defence secretary")]


def _normal_post(title: str) -> str:
    post = re.sub(r"\s+", " ", title.lower().strip())
    for pattern, repl in _POST_NORMAL:
        post = re.sub(pattern, repl, post)
    return post


def _posts(person: Person) -> set[str]:
    return {_normal_post(r.title) for r in person.roles}


def post_subject(ctx: Context, before_verb: str) -> str | None:
    """The person holding the post the clause's nameless subject names, when the report gives it to exactly one
    person of that state ("Turkey's defense minister met" -> the Turkish defence minister named elsewhere)."""
    m = _POST_SUBJECT.search(before_verb[-90:])
    if not m or re.search(r"(?:\band|\bor|,)\s*$", before_verb[-90:][:m.start()]):
        return None  # "A's top security official and B's defence minister signed": a pair of posts (kg.extract.frames)
    code = reference.countries().code(m.group("state"))
    if code is None:
        return None
    post = _normal_post(m.group("post"))
    holders = {p.key for p in ctx.persons.values() if p.country == code and post in _posts(p)}
    return holders.pop() if len(holders) == 1 else None


# "he and Maldivian President B held talks": a pronoun coordinated with the first named subject.
_PRONOUN_AND = re.compile(r"\b(?P<pro>[Hh]e|[Ss]he)(?P<gap>\s*,?\s+and\s+[^.;:]*)$")


def _pronoun_partner(ctx: Context, seg_start: int, before: list[Mention], subjects: list[str],
                     last_person: str | None) -> list[str]:
    """Rule "pronoun-partner": "A handed over the vessels as he and Maldivian President B held talks": the pronoun
    beside the named subject is a partner too — the person named before it in the clause, else the person last
    spoken of, if the pronoun fits them."""
    j = len(before) - len(subjects)
    opening = before[j - 1].end if j > 0 else seg_start
    m = _PRONOUN_AND.search(ctx.text[opening:before[j].start])
    if not m or not titled_partner_gap(m.group("gap")):
        return []
    gender = salience.pronoun_gender(m.group("pro"))
    if j > 0 and salience.compatible_gender(ctx, before[j - 1].key, gender):
        return [before[j - 1].key]
    near = [x for x in ctx.persons_in(max(0, seg_start - 60), seg_start) if x.key and x.key not in subjects]
    if j == 0 and near and not re.search(r"[.!?]\s", ctx.text[near[-1].end:seg_start]) \
            and salience.compatible_gender(ctx, near[-1].key, gender):
        return [near[-1].key]  # "B said after he and C signed": the clause cut off its sentence; he is B
    return [k for k in (_agreeing(ctx, last_person, m.group("pro"), seg_start) if last_person else []) if k not in subjects]


def _implicit_subject(ctx: Context, seg: str, seg_start: int, t: re.Match[str], last_occasion: list[str],
                      last_person: str | None, upto: int | None = None) -> list[str]:
    """"The two leaders met": the pair just reported (or the last two people named); "he met": the last person.
    (``upto``: where the subject's own verb is, when the trigger is a second predicate: "he called on A and met B")"""
    prefix = seg[:t.start() if upto is None else upto]
    group = _GROUP_BEFORE.search(prefix[-60:]) or _GROUP_AFTER.match(seg[t.end():])
    if group and len(last_occasion) > 1:
        return list(last_occasion)
    if group:
        earlier = [m.key for m in sorted(ctx.person_mentions + ctx.title_refs, key=lambda m: m.start)
                   if m.end <= seg_start and m.key]
        pair = list(dict.fromkeys(reversed(earlier)))[:2]
        return list(reversed(pair)) if len(pair) == 2 else []
    pronoun = _PRONOUN.search(prefix[-25:])
    if pronoun and last_person:
        return _agreeing(ctx, last_person, pronoun.group(), seg_start)
    if last_person and _HE_HELD.match(prefix) and not _SPEECH_GAP.search(prefix):
        # "He also discussed regional stability in separate conversations with X": the sentence's subject held them
        return _agreeing(ctx, last_person, prefix.split()[0], seg_start)
    return []


def _agreeing(ctx: Context, key: str, pronoun: str, at: int) -> list[str]:
    """"he"/"she" is the person last spoken of, if the pronoun fits them; else the last person named whom the text
    gives the pronoun's gender; else no one."""
    gender = salience.pronoun_gender(pronoun)
    if salience.compatible_gender(ctx, key, gender):
        return [key]
    known = salience.genders(ctx)
    other = salience.antecedent(ctx, at, lambda k: known.get(k) == gender)
    return [other] if other else []
