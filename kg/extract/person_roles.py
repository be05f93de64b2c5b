"""Adding a person to the context: the mention, the person, their posts (roles) and the state a post serves."""

from __future__ import annotations

import re

from kg.extract import coreference, reference
from kg.extract.context import Context
from kg.extract.model import Person, Role, Support
from kg.extract.names import NAME_RE, clean_name, person_key, slug, tokens
from kg.extract.posts import BODY_POSTS as _BODY_POSTS, LOWER_BODY_POSTS as _LOWER_BODY_POSTS
from kg.extract.posts import SPOKESPEOPLE as _SPOKESPEOPLE, Chain, _heads_body, body_as_named as _body_as_named
from kg.extract.sentences import Sentence


# Posts of an international body, which serves no one state: the body is what tells the post ("EU foreign policy
# chief", "NATO Secretary General"); of a state's body ("Japan's top diplomat") the state is the post's country.
_INTERNATIONAL_POSTS = {"foreign policy chief", "top diplomat", "Secretary-General", "Secretary General",
                        "Deputy Secretary-General", "Deputy Secretary General"}


def _add(ctx: Context, s: Sentence, start: int, end: int, name: str, chain: Chain | None, *, rule: str,
         confidence: float = 0.9) -> None:
    if name in (ctx.doc.author.strip(), ctx.doc.publisher.strip()):
        return  # the byline and the outlet are not people in the story
    key = person_key(name)
    person = ctx.persons.get(key)
    if person is None:
        person = Person(key=key, name=name, support=Support(evidence=[ctx.span(s)], rule=rule, confidence=confidence))
        ctx.persons[key] = person
    elif name != person.name and name not in person.aliases:
        if len(name) > len(person.name):
            person.aliases.append(person.name)
            person.name = name
        else:
            person.aliases.append(name)
    if ctx.span(s) not in person.support.evidence:
        person.support.evidence.append(ctx.span(s))
    coreference.mention(ctx, key, start, end, name)
    _add_roles(ctx, person, s, chain)


# "Egyptian Armed Forces Chief of Staff, Lt Gen X", "US Joint Chiefs of Staff Spokesperson Navy Capt. Y": a state
# named as an adjective or a possessive ahead of an unqualified post, with no other person between, is whose post it
# is more often than the report's home state; a bare state name ("talks in Australia, Prime Minister X") is not.
_POSSESSIVE_AFTER = re.compile(r"['’]s\b")
_QUOTE_MARK = re.compile(r"[\"“”]")
_CLAUSE_BREAK = re.compile(r";|\b(?:while|whereas)\b")


def _sentence_country(ctx: Context, s: Sentence, chain: Chain, person: Person) -> str | None:
    at = s.start + min(chain.prefix_start, chain.start)
    floor = max((pm.end for pm in ctx.person_mentions
                 if s.start <= pm.start < at and pm.key != person.key), default=s.start)
    ahead = [cm for cm in ctx.country_mentions if floor <= cm.start and cm.end <= at]
    if not ahead:
        return None
    last = max(ahead, key=lambda cm: cm.end)
    between = ctx.text[last.end:at]
    if _QUOTE_MARK.search(between) or any(
            (name := clean_name(m.group())) and len(tokens(name)) >= 2 and name != person.name
            for m in NAME_RE.finditer(between)):
        return None  # a quotation ends, or someone else is named, between the state and the post
    if _CLAUSE_BREAK.search(between):
        return None  # `state-clause-break`: "... led Bangladesh's delegation while BGP's Police Major General X": the
        # state belongs to the first clause
    adjective = last.text in reference.countries().adjectives and last.text not in reference.countries().names
    if adjective or _POSSESSIVE_AFTER.match(ctx.text, last.end):
        return last.key
    return None


def _body_before(ctx: Context, s: Sentence, chain: Chain) -> bool:
    """`body-then-post`: "Ukrainian Canadian Congress (UCC) President X", "Senate Speaker X": the body the post heads is
    named right before it (a body's, not a state's, name), so it is part of the post as written."""
    org = ctx.organizations.get(chain.org_key or "")
    return org is not None and org.kind != "state" and any(
        m.key == chain.org_key and s.start + chain.prefix_start <= m.start and m.end <= s.start + chain.start
        for m in ctx.org_mentions)


def _named_before(ctx: Context, s: Sentence, person: Person) -> bool:
    """`sentence-state-first-named`: "The Minister of Defence, Gen. Yassin Ibrahim ... the Sudanese – Chadian forces
    on Wednesday, Gen. Ibrahim described": a post repeated for someone the report has already named is not where
    their state is told, so a state written ahead of it (most often another side's) is a weaker guess than the
    report's home state, kept apart (`person_later_sentence_country`); a state the post itself carries ("Chad's
    defence minister Ibrahim") still counts in full."""
    return any(m.key == person.key and m.start < s.start for m in ctx.person_mentions)


def _add_roles(ctx: Context, person: Person, s: Sentence, chain: Chain | None, *, rule: str = "title") -> None:
    if chain is None:
        return
    if chain.country is None and person.key not in ctx.person_explicit_country \
            and person.key not in ctx.person_sentence_country:
        code = _sentence_country(ctx, s, chain, person)
        if code and _named_before(ctx, s, person):
            ctx.person_later_sentence_country.setdefault(person.key, code)
        elif code:
            ctx.person_sentence_country[person.key] = code
    if chain.country and person.key not in ctx.person_explicit_country:
        person.country = chain.country
        ctx.person_explicit_country.add(person.key)
    for wording, normal in chain.titles:
        title = normal
        if chain.org_key and (normal in _SPOKESPEOPLE or chain.lower and normal in _LOWER_BODY_POSTS
                              or normal[0].islower() and ctx.organizations[chain.org_key].kind == "nonstate"
                              and not normal.startswith(ctx.organizations[chain.org_key].name)):  # "Taliban commander"
            # "head of the Kyrgyz border service": the body as this sentence writes it, not under its fuller name
            written = next((m.text for m in ctx.org_mentions if m.key == chain.org_key
                            and s.start + chain.start <= m.start < s.start + chain.end), None)
            title = f"{written or ctx.organizations[chain.org_key].name} {normal}"
        elif chain.org_key and (normal in _BODY_POSTS or normal in _INTERNATIONAL_POSTS
                                and chain.org_key in ctx.organizations
                                and ctx.organizations[chain.org_key].country is None
                                or _heads_body(normal) and _body_before(ctx, s, chain)):
            # "FBI Director Kash Patel", "White House press secretary": the post is the body's, named as written.
            written = next((m for m in ctx.org_mentions if m.key == chain.org_key
                            and s.start + chain.prefix_start - 1 <= m.start < s.start + chain.end + 80), None)
            if written is None or not re.match(r"['’]s\b", ctx.text[written.end:written.end + 2]):
                title = f"{_body_as_named(ctx, chain.org_key, written.text) if written else ctx.organizations[chain.org_key].name} {normal}"
            # "Europol's executive director": the possessive names the body, the post stays as it is
        if chain.former and (wording, normal) == chain.titles[0]:
            title = f"former {title}"  # "former president Jair Bolsonaro": not the president now
        key = slug(title)
        role = next((r for r in person.roles if r.key == key), None)
        if role is None:
            person.roles.append(Role(title=title, key=key, country=chain.country, organization=chain.org_key,
                                     wording=wording.strip(),
                                     support=Support(evidence=[ctx.span(s)], rule=rule, confidence=0.85)))
        else:
            if len(wording) > len(role.wording):
                role.wording = wording.strip()
            role.country = role.country or chain.country
            if ctx.span(s) not in role.support.evidence:
                role.support.evidence.append(ctx.span(s))
