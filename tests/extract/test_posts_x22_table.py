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


# Round 22 post extent, second census (x22postext2), posts._post_in_ministry, `post-in-ministry`: the ministry or office
# a civil post serves in, linked by "in" or set off by a comma where "of" would stand, is part of the post; only an
# administration the report names, and the post ends there.
POST_IN_MINISTRY = [
    # "in the": the body, its fields after the organisation's name, then the holder's name
    ("Namibia's Executive Director in the Ministry of Defence and Veterans' Affairs, Annely Haiphele, spoke first.",
     "Annely Haiphele", ["Executive Director in the Ministry of Defence and Veterans' Affairs"], ["Executive Director"]),
    ("The minister met Montenegro's State Secretary in the Ministry of Defence Marko Markovic in Doha.",
     "Marko Markovic", ["State Secretary in the Ministry of Defence"], ["State Secretary"]),
    # a state's possessive before the ministry is the ministry's, not a place the post is in
    ("Maambo Haamaundu, Permanent Secretary in Zambia's Ministry of Defence, opened the session.",
     "Maambo Haamaundu", ["Permanent Secretary in Zambia's Ministry of Defence"], ["Permanent Secretary in Zambia"]),
    # a comma where "of" would stand, the ministry's list of fields read whole
    ("Kenya was represented by Ms. Jane Otieno, Permanent Secretary, Ministry of National Security, Justice and "
     "Immigration.",
     "Jane Otieno", ["Permanent Secretary, Ministry of National Security, Justice and Immigration"],
     ["Permanent Secretary"]),
    # a post grown over its remit, then its office; a reporting verb closes the office
    ("A statement by Zakari Usman, Head Strategic Communication, Office of the National Security Adviser said the "
     "visit went well.",
     "Zakari Usman", ["head Strategic Communication, Office of the National Security Adviser"], []),
    ("He met the Ambassador, Nigeria High Commission, Ibok Ete Ibas, in Accra.",
     "Ibok Ete Ibas", ["Ambassador, Nigeria High Commission"], ["Ambassador"]),
    # unchanged: a minister heads a ministry ("of"); "in the ministry" is where he spoke
    ("Defence Minister John Banda in the Ministry of Defence said the talks went well.",
     "John Banda", ["Defence Minister"], ["Defence Minister in the Ministry of Defence"]),
    # unchanged: the body names what follows it (a lowercase word), so it is not the post's
    ("The talks were attended by Secretary Peter Mwale, Ministry of Defence officials and police chiefs.",
     "Peter Mwale", [], ["Secretary, Ministry of Defence"]),
]


@pytest.mark.parametrize(("text", "name", "present", "absent"), POST_IN_MINISTRY)
def test_post_in_ministry(extract, text, name, present, absent):
    _check(extract, text, name, present, absent)
