"""Round 14 mechanisms of people and posts, found on a bank of unannotated news (branch x14roles). Sentences written
for the tests in news style."""

from __future__ import annotations

import pytest
from extract_support import check_posts

# holder-taken: in a list of posts each followed by its holder, a name already named right after an earlier post
# does not take the next post when that post's own holder is written in a shape the name grammar does not read
# (a capitalised word follows the post). Rows: (text, name, posts it must hold, posts it must not hold).
HOLDER_TAKEN = [
    ("The pact was agreed among Ruritania's Interior Secretary Tomas Velez, Malaysia Home Minister Dato’ Seri Amir "
     "Rahim and Syldavia Interior Minister Jan Kopec in Klow.", "Tomas Velez", ["Interior Secretary"],
     ["Home Minister"]),
    ("Talks were held between Kenya's Foreign Minister Joseph Mwangi, Malaysian Defence Minister Dato’ Sri Hasan "
     "Noor and others.", "Joseph Mwangi", ["Foreign Minister"], ["Defence Minister"]),
]

# ... but a rank is not a post held by another: "Capt. X, commander of ..." is one person's apposition.
RANK_THEN_POST = [
    ("Capt. Laura Menendez, commander of Coast Guard Forces Guam, said the drill went well.",
     "Laura Menendez", ["Captain", "Commander of Coast Guard Forces"], []),
    ("The session was chaired by Major General Omar Haddad, Minister of Defence Affairs in Bahrain.",
     "Omar Haddad", ["Major General"], []),
]


@pytest.mark.parametrize(("text", "name", "present", "absent"), HOLDER_TAKEN + RANK_THEN_POST)
def test_holder_taken(extract, text, name, present, absent):
    check_posts(extract, text, name, present, absent)


# body-word-not-surname: the last word of a body's or a remit's name, cut off from it, stands beside a post like a
# surname; it is no person.
BODY_WORDS = [
    ("Guinea was represented by Mamadou Barry, Minister of Security and Civil Protection in the West African nation.",
     "Protection"),
    ("Head of EU Delegation to Moldova Anna Weber was summoned to the foreign ministry on Monday.", "Delegation"),
    ("The ministers met at the headquarters of the General Secretariat in Riyadh on Tuesday.", "Secretariat"),
]


@pytest.mark.parametrize(("text", "word"), BODY_WORDS)
def test_body_word_is_no_person(extract, text, word):
    x, _ = extract(text)
    assert word not in [p.name for p in x.persons], [p.name for p in x.persons]


# "Minister of Security and Civil Protection": "Protection" is a field of a minister's post, like "Security".
def test_civil_protection_is_a_field(extract):
    check_posts(extract, "Guinea was represented by Mamadou Barry, Minister of Security and Civil Protection.",
                "Mamadou Barry", ["Minister of Security and Civil Protection"], [])
