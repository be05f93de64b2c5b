"""Round 20, Gulf styles: a ruler named by a style and one word ("King Faisal") is that ruler, not the person who
carries the word as a father's name after "bin". Sentences written for the tests in news style."""

from __future__ import annotations

import pytest
from extract_support import check_posts

from kg.extract.names import patronymic_only

# `style-not-patronymic` (the test): the word stands in the full name only as a father's name
PATRONYMIC = [
    ("Turki bin Faisal", "Faisal", True),
    ("Hamad bin Isa Al Khalifa", "Isa", True),
    ("Noura bint Khalid", "Khalid", True),
    ("Turki bin Faisal", "Turki", False),      # his own given name
    ("Faisal bin Faisal", "Faisal", False),    # his own name too
    ("Faisal Al Saud", "Faisal", False),       # no "bin"
]


@pytest.mark.parametrize(("full", "word", "only"), PATRONYMIC)
def test_patronymic_only(full, word, only):
    assert patronymic_only(full, word) is only


_LEAD = "RIYADH, March 3 (Gulf Wire) - "
# `style-not-patronymic`: "King X" beside "... bin X" is the king, a person of his own
STYLE_NOT_PATRONYMIC = [
    (_LEAD + "The envoy thanked Crown Prince Turki bin Faisal for the talks and sent greetings to King Faisal.",
     "Turki bin Faisal", ["Crown Prince"], ["King"]),
    (_LEAD + "Crown Prince Turki bin Faisal received the Omani envoy. King Faisal later hosted a dinner for him.",
     "Turki bin Faisal", ["Crown Prince"], ["King"]),
    (_LEAD + "The treaty was signed before Emir Hamad and Crown Prince Tamim bin Hamad in Doha on Monday.",
     "Tamim bin Hamad", ["Crown Prince"], ["Emir"]),
]


@pytest.mark.parametrize(("text", "name", "present", "absent"), STYLE_NOT_PATRONYMIC)
def test_style_not_patronymic(extract, text, name, present, absent):
    check_posts(extract, text, name, present, absent)


# no ruler's style: a lone surname still joins the full name as before
STILL_JOINS = [
    (_LEAD + "Foreign Minister Turki bin Faisal met the Omani envoy. Minister Faisal said the talks went well.",
     "Turki bin Faisal", ["Foreign Minister"], []),
]


@pytest.mark.parametrize(("text", "name", "present", "absent"), STILL_JOINS)
def test_still_joins(extract, text, name, present, absent):
    check_posts(extract, text, name, present, absent)


# `father-not-son`: a name closing a longer one after "bin" is the father's lineage, a person of his own
FATHER_NOT_SON = [
    (_LEAD + "The envoy conveyed greetings to King Faisal bin Saud Al Rashid and to Crown Prince Turki bin Faisal bin "
             "Saud Al Rashid.", "Turki bin Faisal bin Saud Al Rashid", ["Crown Prince"], ["King"]),
    (_LEAD + "The envoy conveyed greetings to King Faisal bin Saud Al Rashid and to Crown Prince Turki bin Faisal bin "
             "Saud Al Rashid.", "Faisal bin Saud Al Rashid", ["King"], ["Crown Prince"]),
]


@pytest.mark.parametrize(("text", "name", "present", "absent"), FATHER_NOT_SON)
def test_father_not_son(extract, text, name, present, absent):
    check_posts(extract, text, name, present, absent)
