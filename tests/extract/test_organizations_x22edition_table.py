"""Organisations, twenty-second round (x22edition): event-edition — a number of the edition, or "on the sidelines of",
before a forum, dialogue, summit or meeting makes it an occasion, not a body (studied golds: 0 of 12 such mentions
listed). A standing body's numbered sitting, a body of the reference table and an unnumbered forum stay bodies.
Rows: (text, bodies that must be found, names that must not be). Sentences invented."""

from __future__ import annotations

import pytest

ROWS = [
    ("The Serbian and Russian defence ministers were in Beijing for the ninth Beijing Xiangshan Forum on Monday.",
     set(), {"Beijing Xiangshan Forum"}),
    ("Dendias and Cavusoglu met on the sidelines of the Globsec Forum in Bratislava on Friday.",
     set(), {"Globsec Forum"}),
    ("The Serbian premier joined President Vucic at the third Belt and Road Forum for International Cooperation.",
     set(), {"Road Forum for International Cooperation", "Belt and Road Forum for International Cooperation"}),
    ("Officials of both navies met at the II Bilateral Naval Meeting in Lima on Monday.",
     set(), {"Bilateral Naval Meeting", "II Bilateral Naval Meeting"}),
]

# kept: a forum with no edition, a committee's numbered sitting, a body of the reference table
KEPT_ROWS = [
    ("\"The launch was a warning,\" said a fellow at the Asan Policy Forum in Seoul on Monday.", "Asan Policy Forum"),
    ("Both sides held the 42nd General Border Committee in Kuala Lumpur on Monday.", "General Border Committee"),
    ("The leaders met on the sidelines of the 53rd Pacific Islands Forum in Nuku'alofa.", "Pacific Islands Forum"),
]


@pytest.mark.parametrize(("text", "found", "not_found"), ROWS)
def test_event_edition_is_no_body(extract, text, found, not_found):
    x, _ = extract(text)
    names = {o.name for o in x.organizations}
    assert found <= names, names
    assert not names & not_found, names


@pytest.mark.parametrize(("text", "name"), KEPT_ROWS)
def test_body_without_edition_is_kept(extract, text, name):
    x, _ = extract(text)
    assert name in {o.name for o in x.organizations}
