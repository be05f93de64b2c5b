"""Small helpers shared by the extractor tests."""

from __future__ import annotations


def the_person(x, name_part: str):
    """The one person whose name contains ``name_part`` (fails when there are none or several)."""
    hits = [p for p in x.persons if name_part in p.name]
    assert len(hits) == 1, [p.name for p in x.persons]
    return hits[0]


def titles(person) -> list[str]:
    return sorted(r.title for r in person.roles)


def check_threat(extract, sentence, concept, word, rule=None):
    """The sentence names a threat of this concept (by this rule) whose wording holds the word; concept None: none."""
    x, _ = extract(sentence)
    found = [t for t in x.threats if word.lower() in t.wording.lower()]
    if concept is None:
        assert found == [], [(t.concept, t.wording, t.support.rule) for t in found]
        return
    assert any(t.concept == concept and (rule is None or t.support.rule.startswith(rule)) for t in found), \
        [(t.concept, t.wording, t.support.rule) for t in x.threats]


def check_posts(extract, text, name, present, absent):
    """The person ``name`` is found in ``text`` holding every post of ``present`` and none of ``absent``."""
    x, _ = extract(text)
    people = {p.name: [r.title for r in p.roles] for p in x.persons}
    assert name in people, people
    for post in present:
        assert post in people[name], people
    for post in absent:
        assert post not in people[name], people


def participants(x, event) -> list[str]:
    """An event's participants by name (the person's key when the extraction has no such person), sorted."""
    names = {p.key: p.name for p in x.persons}
    return sorted(names.get(k, k) for k in event.participants)
