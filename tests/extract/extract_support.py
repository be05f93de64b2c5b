"""Small helpers shared by the extractor tests."""

from __future__ import annotations


def the_person(x, name_part: str):
    """The one person whose name contains ``name_part`` (fails when there are none or several)."""
    hits = [p for p in x.persons if name_part in p.name]
    assert len(hits) == 1, [p.name for p in x.persons]
    return hits[0]


def titles(person) -> list[str]:
    return sorted(r.title for r in person.roles)
