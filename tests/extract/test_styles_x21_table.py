"""The style table (kg/extract/styles.py): a style between a post or rank and a name, or opening it, is skipped: not
part of the name, not a person by itself, not a role."""

from __future__ import annotations

import pytest

from extract_support import check_posts
from kg.extract import styles

CASES = [
    # (style row, sentence, person, roles held, roles not held)
    ("malay-tan-sri", "Malaysia's Chief of Defence Forces Gen Tan Sri Mohammad Ab Rahman met Thai officers.",
     "Mohammad Ab Rahman", ["General"], []),
    ("malay-datuk", "Malaysian Home Minister Dato' Seri Ahmad Zahid Hamidi met Indonesian officials in Jakarta.",
     "Ahmad Zahid Hamidi", ["Home Minister"], []),
    ("malay-datuk", "The talks were co-chaired by Maj. Gen. Dato’ Hj Fazal bin Hj Abdul Rahman, Commander of "
     "Malaysia's 2nd Infantry Division.", "Fazal bin Hj Abdul Rahman", ["Major General"], []),
    ("malay-datuk", "Brunei's Commander of the Royal Brunei Armed Forces, Brigadier-General (rtd) Datuk Seri Pahlawan "
     "Aminuddin Ihsan met Malaysian officials.", "Aminuddin Ihsan", ["Brigadier General"], []),
    ("brunei-pehin", "Brunei's Defence Minister Pehin Datu Lailaraja Halbi Mohammad Yussof met Singapore's Defence "
     "Minister Ng Eng Hen.", "Halbi Mohammad Yussof", ["Defence Minister"], []),
    ("malay-haji", "Brunei's Minister Dato Paduka Awang Haji Halbi Mohammad Yussof met the Singapore delegation on "
     "Tuesday.", "Halbi Mohammad Yussof", ["Minister"], []),
    ("west-african-alhaji", "Nigeria's Vice President Alhaji Kashim Shettima met Ghanaian officials in Accra on Monday.",
     "Kashim Shettima", ["Vice President"], []),
    ("gulf-sheikh", "Kuwait's Minister of Interior Sheikh Fahad Yousef Saud Al-Sabah met Saudi officials.",
     "Fahad Yousef Saud Al-Sabah", ["Minister of Interior"], []),
    ("omani-sayyid", "Oman's Foreign Minister Sayyid Badr bin Hamad al Busaidi received the Iranian envoy in Muscat.",
     "Badr bin Hamad al Busaidi", ["Foreign Minister"], []),
    ("excellency", "Iran's Foreign Minister HE Dr. Abbas Araghchi met Qatari officials in Doha.", "Abbas Araghchi",
     ["Foreign Minister"], []),
    # x24styles: the excellency written as two spaced capitals, and Ethiopia's "Ato" (blind audit24b items 111, 124)
    ("excellency", "Colombia's Minister of National Defence H E Pedro Sanchez Suarez met Qatari officials in Doha.",
     "Pedro Sanchez Suarez", ["Minister of National Defence"], []),
    ("ethiopian-ato", "Ethiopia's Ambassador to Kenya Ato Shemsedin Ahmed met Kenyan officials in Nairobi.",
     "Shemsedin Ahmed", ["Ambassador"], []),
    ("honourable", "South Africa's Deputy Minister of Defence Honourable Thabang Makwetla met Zimbabwean officials.",
     "Thabang Makwetla", ["Deputy Minister of Defence"], []),
    ("profession", "Deputy Defence Minister Advocate Ngoako Ramatlhodi met Zimbabwean officials in Harare.",
     "Ngoako Ramatlhodi", ["Deputy Defence Minister"], []),
    ("aircrew-pilot", "Indonesian Air Force chief Brigadier General Pilot Hadi Tjahjanto visited Singapore on Monday.",
     "Hadi Tjahjanto", ["Brigadier General"], []),
    ("aircrew-pilot", "Indonesian Air Force chief Lieutenant General (Pilot) Hadi Tjahjanto visited Singapore.",
     "Hadi Tjahjanto", ["Lieutenant General"], ["Lieutenant General (Pilot)"]),
    ("bracketed-honorific", "Colonel (Dr) Jamil Ahmed met Saudi officials in Riyadh.", "Jamil Ahmed", ["Colonel"],
     ["Colonel (Dr)"]),
]


@pytest.mark.parametrize("row,text,name,present,absent", CASES)
def test_style_skipped(extract, row, text, name, present, absent):
    assert row in {r.name for r in styles.STYLES}
    check_posts(extract, text, name, present, absent)


def test_every_row_has_a_case():
    assert {r.name for r in styles.STYLES} <= {case[0] for case in CASES}


@pytest.mark.parametrize("text,name", [
    # `style-opens-name`: a style no name holds starts the name inside a run; the words before it are no name
    ("Malaysia's Chief of Defence Forces Jen Tan Sri Abdul Aziz Zainal met Thai officials.", "Abdul Aziz Zainal"),
])
def test_style_opens_name(extract, text, name):
    x, _ = extract(text)
    assert [p.name for p in x.persons] == [name]


@pytest.mark.parametrize("words,skipped", [
    ("Dato Paduka Awang Haji Halbi Mohammad Yussof", 4),
    ("Datuk Seri Pahlawan Aminuddin Ihsan", 3),
    ("Awang Adek Hussin", 0),  # "Awang" beside no style is a given name
    ("Tun Tun Naung", 0),  # Myanmar's "Tun" is a name; Malaysia's "Tun" is left out of the table
    ("Hishammuddin Tun Hussein", 0),
    ("Syed Asim Munir", 0),  # the golds keep Pakistan's "Syed"
    ("Tan Sri", 1),  # one word is always left
])
def test_leading(words, skipped):
    assert styles.leading(words.split()) == skipped


@pytest.mark.parametrize("words,begins", [
    ("Jen Tan Sri Abdul Aziz Zainal", 1),
    ("Fazal bin Hj Abdul Rahman", 0),  # "Hj" inside a patronymic stays
    ("Hassan Sheikh Mohamud", 0),  # so does "Sheikh" inside a Somali name
])
def test_inside(words, begins):
    assert styles.inside(words.split()) == begins
