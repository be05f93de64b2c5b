"""Round 22 post extent (x22postextent), posts.ends_in_post, `post-spelling-variant`: a post written with spaces
where its normal form has hyphens ("Secretary General", "Commander in Chief") is read whole with the body it heads, as
the hyphenated spelling is; "Deputy Secretary General" is one post, not "Deputy Secretary" and a rank "General".
Sentences written for the tests in news style. Each row: (text, the person's name, posts that must be there, posts that
must not)."""

from __future__ import annotations

import pytest
from extract_support import check_posts as _check

SPELLING_VARIANT = [
    # spaced spelling, body after the post, name after the body (the body is one the report knows)
    ("The minister met Secretary General of the Ministry of Defence Nguyen Van Minh in Hanoi.",
     "Nguyen Van Minh", ["Secretary-General of the Ministry of Defence"], ["Secretary-General"]),
    # the same post set off after the name
    ("The minister met Nguyen Van Minh, Secretary General of the Ministry of Defence, in Hanoi.",
     "Nguyen Van Minh", ["Secretary-General of the Ministry of Defence"], ["Secretary-General"]),
    # the hyphenated spelling read the same way before and after
    ("The minister met Secretary-General of the Ministry of Defence Nguyen Van Minh in Hanoi.",
     "Nguyen Van Minh", ["Secretary-General of the Ministry of Defence"], []),
    ("Admiral Juan Perez, Commander in Chief of the Peruvian Navy, met the visiting delegation in Lima.",
     "Juan Perez", ["Commander-in-Chief of the Peruvian Navy", "Admiral"], ["Commander-in-Chief"]),
    ("The minister met Commander in Chief of the Navy Admiral Juan Perez in Lima.",
     "Juan Perez", ["Commander-in-Chief of the Navy", "Admiral"], []),
    # the deputy's post is one post; "General" is no rank of the holder
    ("The minister met Deputy Secretary General of the Supreme National Security Council Ali Rahimi in Tehran.",
     "Ali Rahimi", ["Deputy Secretary-General of the Supreme National Security Council"], ["Deputy Secretary", "General"]),
    ("Ali Rahimi, Deputy Secretary General of the Supreme National Security Council, attended the meeting.",
     "Ali Rahimi", ["Deputy Secretary-General of the Supreme National Security Council"], ["Deputy Secretary"]),
    # a body's acronym before the deputy post still names it
    ("NATO Deputy Secretary General Radmila Shekerinska met Georgia's Defence Minister.",
     "Radmila Shekerinska", ["NATO Deputy Secretary-General"], ["Deputy Secretary"]),
    # unchanged: a bare post with no body after it stays bare
    ("Secretary General Mark Rutte arrived in Brussels on Monday.",
     "Mark Rutte", ["Secretary-General"], []),
]


@pytest.mark.parametrize(("text", "name", "present", "absent"), SPELLING_VARIANT)
def test_post_spelling_variant(extract, text, name, present, absent):
    _check(extract, text, name, present, absent)
