"""kg/extract/participants/ rules "post-subject" and veto "object-beyond-clause", kg/extract/events/ rules
"ahead-of-visit-apart" and "post-group-first": a meeting whose subject is a state's post without a name is held by
that post's holder the report names; a person beyond the verb's own phrase is no guest; a visit named as a time mark
("ahead of X's visit") is an occasion apart; a plural post group resolves to that post's holders first."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2026, 3, 12)  # a Thursday

ROWS = [
    # (why, text, the participants of one meeting (as a set), names no meeting may have)
    ("post-subject-with-named-guest",
     "NAIROBI - Kenya's defence minister met Ugandan President Grace Akello on Monday to review border patrols. "
     "Defence Minister John Otieno said the patrols would double.",
     {"John Otieno", "Grace Akello"}, set()),
    ("post-subject-and-counterpart-same-post",
     "KAMPALA (KNA) - Kenya's foreign minister met Tuesday in Kampala with his Ugandan counterpart ahead of "
     "Kenyan President Peter Kamau's state visit. Kenyan Foreign Minister Mary Wanjiru and Ugandan Foreign "
     "Minister Samuel Okello discussed trade. Ugandan President Joseph Mugisha will host the visit.",
     {"Mary Wanjiru", "Samuel Okello"}, {"Peter Kamau"}),
    ("post-subject-counterpart-of-the-same-post",
     "Kenya's foreign minister met his Ugandan counterpart on Tuesday. Kenyan Foreign Minister Mary Wanjiru said "
     "ties were strong. Ugandan Foreign Minister Samuel Okello agreed, and Ugandan President Joseph Mugisha "
     "welcomed the progress.",
     {"Mary Wanjiru", "Samuel Okello"}, {"Joseph Mugisha"}),
    ("object-beyond-purpose-clause",
     "The interior ministers of Kenya and Uganda met in Kampala on Tuesday to ease tension caused by Kenyan "
     "Army Chief David Mwangi, who accused Uganda of harbouring rebels. Kenyan Interior Minister Alice Njeri "
     "and Ugandan Interior Minister Robert Ssali signed a protocol.",
     {"Alice Njeri", "Robert Ssali"}, {"David Mwangi"}),
]


def _names(x, e):
    names = {p.key: p.name for p in x.persons}
    return {names.get(k, k) for k in e.participants}


@pytest.mark.parametrize("why,text,want,outsiders", ROWS, ids=[r[0] for r in ROWS])
def test_post_subject(extract, why, text, want, outsiders):
    x, _ = extract(text, published=PUBLISHED)
    got = [(_names(x, e), e.kind, e.support.rule) for e in x.events]
    assert any(want <= names for names, kind, _ in got if kind != "visit"), got
    assert not any(outsiders & names for names, kind, _ in got if kind != "visit"), got


def test_the_visit_ahead_of_which_they_met_is_planned_and_apart(extract):
    x, _ = extract("KAMPALA (KNA) - Kenya's foreign minister met Tuesday in Kampala with his Ugandan counterpart ahead "
                   "of Kenyan President Peter Kamau's state visit. Kenyan Foreign Minister Mary Wanjiru and Ugandan "
                   "Foreign Minister Samuel Okello discussed trade.", published=PUBLISHED)
    visits = [e for e in x.events if "Peter Kamau" in _names(x, e)]
    assert visits and all(e.kind == "visit" and e.modality == "expected" and _names(x, e) == {"Peter Kamau"}
                          for e in visits), [(_names(x, e), e.kind, e.modality) for e in x.events]


def test_a_named_subject_still_takes_the_object(extract):
    x, _ = extract("Kenyan Foreign Minister Mary Wanjiru met Ugandan Foreign Minister Samuel Okello in Kampala on "
                   "Tuesday.", published=PUBLISHED)
    assert any(_names(x, e) == {"Mary Wanjiru", "Samuel Okello"} for e in x.events)
