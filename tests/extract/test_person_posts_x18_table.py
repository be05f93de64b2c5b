"""Round x18, lead mend after the merge (person_posts._remit_run_name, reading `remit-then-style`): a style written
between a post's capitalised remit and its holder's name ("Minister for Pacific Peoples Dr X") opens the name; it is
never the remit's last word. Sentences are invented for this file."""

from __future__ import annotations

import pytest

# (text, the holder, the post as read)
STYLED = [
    ("Minister for Pacific Peoples Dr Anna Tuilagi landed in Apia on Thursday.", "Anna Tuilagi",
     "Minister for Pacific Peoples"),
    ("Minister for Health and Pacific Peoples Prof Mark Hale landed in Apia on Thursday.", "Mark Hale",
     "Minister of Health and Pacific Peoples"),
]


@pytest.mark.parametrize(("text", "name", "post"), STYLED)
def test_a_style_after_the_remit_opens_the_name(extract, text, name, post):
    x, _ = extract(text)
    roles = {p.name: [r.title for r in p.roles] for p in x.persons}
    assert post in roles.get(name, []), roles
