"""Speaker shapes without a name: unnamed sources, several states, groups, pronouns, and a bare name as credited."""

from __future__ import annotations

import re
from functools import cache

from kg.extract import credits, reference, salience
from kg.extract.coreference import occurrences
from kg.extract.model import Speaker
from kg.extract.names import STOP_WORDS, slug
from kg.extract.speakers.groups import _group
from kg.extract.speakers.memory import Credit
from kg.extract.speakers.named import _STYLE_LEAD
from kg.extract.speakers.patterns import (_GROUP, _HE_SHE, _HIS, _IT, _NATIONAL, _PLURAL_POST, _SEVERAL,
                                          _SUBJECT_NEXT, _THEY)


# "a representative of the border service said", "an official told reporters": a source introduced without a name;
# "the official", "the representative", "the source" after it is that source again.
_SOURCE_NOUN = r"(?:official|representative|source|spokes(?:person|man|woman)|diplomat|aide|envoy)"
_INTRODUCED = re.compile(rf"(?:^|[^\w-])(?:[Aa]n?|[Oo]ne)\s+(?:[\w-]+\s+){{0,3}}?{_SOURCE_NOUN}\b(?:\s+(?:of|for|from|at|in)\s+[^,;:]{{1,60}})?\s*$")
_DEFINITE_SOURCE = re.compile(rf"(?:^|[^\w-])[Tt]he\s+(?:same\s+|senior\s+|(?:[a-z]+\s+){{0,1}})?{_SOURCE_NOUN}\s*$")


def _source_again(c: Credit) -> Speaker | None:
    """"according to the official", "the representative added": the source the report introduced without a name."""
    if c.memory.introduced is None or not _DEFINITE_SOURCE.search(c.head):
        return None
    return c.memory.introduced


def _unnamed(c: Credit) -> Speaker | None:
    """"officials", "a senior Kenyan security official", "Canadian officials", "state media"."""
    u = credits.UNNAMED.search(c.head)
    if not u:
        return None
    if _GROUP.search(c.head) and any(len(e.participants) > 1 for e in c.events):
        return None  # "both diplomats" after a meeting of two: the pair (the group row)
    label = credits.DETERMINER.sub("", u.group(1).strip())
    nat = _NATIONAL.search(c.head)
    if nat and reference.countries().adjectives.get(nat.group(1)) and c.head[nat.start(1):].strip() in label:
        label = c.head[nat.start(1):].strip()  # "Canadian officials": whose officials is part of the credit
    return credits.unnamed(label)


def _several_states(c: Credit) -> Speaker | None:
    """"Several European countries", "other NATO allies": states credited together without their names."""
    m = _SEVERAL.search(c.head)
    return credits.unnamed(m.group("who")) if m else None


def _his_people(c: Credit) -> Speaker | None:
    """"his aides", "her spokesman", "his office": people or a body of the person who spoke (or was named) last."""
    m = _HIS.search(c.head)
    if not m:
        return None
    owner = c.memory.last_person
    if owner is None:
        named = [p for p in c.ctx.person_mentions if p.key and p.end <= c.start + m.start()]
        owner = Speaker(kind="person", key=named[-1].key, label=c.ctx.persons[named[-1].key].name) if named else None
    return credits.unnamed(f"{owner.label}'s {m.group()[4:].strip()}") if owner else None  # "X's press office"


def _they(c: Credit) -> Speaker | None:
    """"they said" after several speakers spoke together: the same several."""
    if _THEY.search(c.head) and c.memory.last_group:
        c.memory.how = "pronoun"
        return c.memory.last_group
    return None


def _plural_post(c: Credit) -> Speaker | None:
    """"the ministers said": the holders of that post — the people of the meeting last reported, when there is
    one (also known as credited, "Ministers"), else as credited."""
    m = _PLURAL_POST.search(c.head)
    if not m:
        return None
    if any(len(e.participants) > 1 for e in c.events):
        return _group(c.ctx, "the parties", c.events, c.memory, at=c.start, credited=m.group("post"))
    return credits.unnamed(m.group("post"))


def _group_shape(c: Credit) -> Speaker | None:
    """"the two ministers", "both sides", "the governments", "they": who took part together."""
    m = _GROUP.search(c.head)
    return _group(c.ctx, c.head, c.events, c.memory, at=c.start, credited=m.group()) if m else None


def _he_she(c: Credit) -> Speaker | None:
    """"he said": the last person who spoke, or the last person named if no one has."""
    if not _HE_SHE.search(c.head):
        return None
    # After a quotation, "he" is someone named before the quotation began.
    here = c.ctx.sentence_at(c.memory.quote_start if 0 <= c.memory.quote_start < c.start else c.start)
    before = c.ctx.sentences[here.index - 1] if here.index > 0 else here
    recent = [m for m in c.ctx.person_mentions if m.key and before.start <= m.start and m.end <= c.start + len(c.head)
              and _SUBJECT_NEXT.match(c.ctx.text[m.end:m.end + 60])]
    in_sentence = [m for m in recent if m.start >= here.start]
    if recent and (c.memory.last_person is None or recent[-1].key != c.memory.last_person.key) and (
            in_sentence or c.memory.last_person is None or c.memory.last_person.key not in {m.key for m in recent}):
        # (The last speaker, named again as a subject in the sentence before — "Wol said Kiir and Al-Burhan
        # deliberated ... He said ..." — goes on speaking: the pronoun continues the speaker, not the people of the
        # clause he reported; a subject in the pronoun's own sentence comes first: "Shibani was in Amman when he".)
        # "... Judith Collins backed the UK ... . This was the first attack, she said": the person just named as a
        # subject, before any person named as an object ("Singh held a meeting with Lecornu. He said ...").
        person = c.ctx.persons[recent[-1].key]
        c.memory.last_person = Speaker(kind="person", key=person.key, label=person.name)
    if c.memory.last_person is None:
        named = [m for m in c.ctx.person_mentions if m.end <= c.start + len(c.head) and m.key]
        if named:
            person = c.ctx.persons[max(named, key=lambda m: m.start).key]
            c.memory.last_person = Speaker(kind="person", key=person.key, label=person.name)
    pronoun = salience.pronoun_gender(_HE_SHE.search(c.head).group().strip())
    if c.memory.last_person and not salience.compatible_gender(c.ctx, c.memory.last_person.key, pronoun):
        # "She said ..." after Carney spoke: not Carney. The last person named whom the text calls "she", else no one.
        known = salience.genders(c.ctx)
        key = salience.antecedent(c.ctx, c.start, lambda k: known.get(k) == pronoun)
        person = c.ctx.persons[key] if key else None
        c.memory.last_person = Speaker(kind="person", key=person.key, label=person.name) if person else None
    if c.memory.last_person:
        c.memory.how = "pronoun"
    return c.memory.last_person


def _it(c: Credit) -> Speaker | None:
    """"it said": the body that spoke last, else the source of the statement quoted."""
    if not _IT.search(c.head):
        return None
    speaker = c.memory.last_voice or c.memory.statement_source
    if speaker:
        # More of the statement quoted goes on with it; a body answering again says something new.
        c.memory.how = "document" if speaker == c.memory.statement_source else "pronoun"
    return speaker


def _they_statement(c: Credit) -> Speaker | None:
    """"they said" of a statement's authors."""
    if _THEY.search(c.head) and c.memory.statement_source:
        c.memory.how = "pronoun"
        return c.memory.statement_source
    return None


# A credit that is nothing but a person's name the report gives no title or full name ("“...,” Kimathi said",
# "Borrell conceded that ..."), perhaps after a post ("Interior Minister Jan Hamacek told ..."): one to three
# capitalised name words; the name finder, which wants a full name or a title, does not know it.
_NAME_WORD = r"(?-i:[A-Z])[a-z]+(?:[-’'](?-i:[A-Z])?[a-z]+)?"
_BARE_NAME = re.compile(rf"^(?:(?-i:[A-Z])[a-z]+\.?\s+){{0,4}}{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}}$")


@cache
def _title_words() -> frozenset[str]:
    words = {w for wording in reference.titles().normal for w in re.findall(r"[a-z]+", wording)}
    return frozenset(words - {"the", "a", "an", "of", "and", "for", "to", "in", "on", "at"})


def _unknown_name(c: Credit) -> Speaker | None:
    """A bare name as the whole credit, a person the report names no other way: the name as credited. A lone word
    must recur in the report (people are named again by surname; a word that is said once is more often a body);
    no word may be a state, a capital, a nationality, a body's or a post's word, or inside a named body."""
    m = _BARE_NAME.match(c.head.strip())
    if not m:
        return None
    words = m.group().split()
    # "Interior Minister Jan Hamacek": the post is the longest run of post words the credit opens with
    cut = next((i for i, w in enumerate(words) if w.rstrip(".").lower() not in _title_words()
                and not _STYLE_LEAD.fullmatch(w + " ")), len(words))
    post, name = words[:cut], words[cut:]
    if not 1 <= len(name) <= 3 or len(post) > 4:
        return None
    countries = reference.countries()
    # after a post, a given name may be a word that is mostly something else ("Interior Minister Jan Hamacek")
    checked = name[1:] if post and len(name) > 1 else name
    if any(w in STOP_WORDS for w in checked) or any(countries.code(w) or w in countries.adjectives for w in name):
        return None
    named = " ".join(name)
    start = c.start + len(c.head) - len(c.head.lstrip()) + m.group().rfind(named)
    if c.ctx.orgs_in(start, start + len(named)) or c.ctx.countries_in(start, start + len(named)):
        return None
    if len(name) == 1 and (len(name[0]) < 3 or sum(1 for _ in occurrences(c.ctx.text, name[0])) < 2):
        return None
    known = [p for p in c.ctx.persons.values() if p.name.split()[-1] == name[-1]]
    if len(known) == 1:
        return Speaker(kind="person", key=known[0].key, label=known[0].name)
    c.memory.bare_names.add(slug(named))  # a person: no voice for a later "it said", no statement's source
    return Speaker(kind="unnamed", key=slug(named), label=named)
