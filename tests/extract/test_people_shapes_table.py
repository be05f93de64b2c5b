"""Names and posts in shapes that lost people before: styles of address, honorifics closing a name, abbreviated
ranks, a rank set off after a post, a demonym after "of the". One row per mechanism; sentences written for the tests."""

from __future__ import annotations

import pytest

# (sentence, the person's name, their posts in order found)
ROWS = [
    # styles of address are not names
    ("The Honourable Kamla Baptiste, Minister of National Security, spoke to reporters.", "Kamla Baptiste",
     ["Minister of National Security"]),
    ("The call was requested by His Excellency Jorge Alvarado Rios, Ambassador of Peru.", "Jorge Alvarado Rios",
     ["Ambassador"]),
    ("She briefed Selangor Chief Minister Tan Sri Ahmad Kamal Yusof on the plan.", "Ahmad Kamal Yusof",
     ["Chief Minister"]),
    # an honorific with a full stop between a post and the name; a weekday right after a post is a given name
    ("Speaking for Kenya, the Principal Secretary for Defence, Dr. Ruth Wanjiru Kamau, opened the talks.",
     "Ruth Wanjiru Kamau", ["Principal Secretary of Defence"]),
    ("Ghana's Interior Minister Mr. Kwame Asante Boateng arrived.", "Kwame Asante Boateng", ["Interior Minister"]),
    ("Nigeria's Permanent Secretary Friday Okonkwo chaired the session.", "Friday Okonkwo", ["Permanent Secretary"]),
    # a regnal number closes a name
    ("Morocco's King Hassan III received the Mauritanian envoy.", "Hassan III", ["King"]),
    # `comma-suffix`: a generational suffix set off by a comma stays in the name (round x21, lead mend)
    ("President Ramon T. Villanueva, Jr. received the Thai envoy.", "Ramon T. Villanueva, Jr", ["President"]),
    # an honorific after a given name is a family name
    ("The protocol was signed by army commander General Omar Sheikh.", "Omar Sheikh", ["army commander", "General"]),
    # an abbreviated rank between a post and the name is a post of its own
    ("Navy chief Adm Rashid Karimov inspected the fleet.", "Rashid Karimov", ["Admiral"]),
    ("The interim president of Burkina Faso, Gen Ibrahim Sawadogo, flew to Niamey.", "Ibrahim Sawadogo",
     ["Interim President", "General"]),
    # a rank set off by a comma after a post belongs to the post's holder
    ("The plan was signed by the Chief of Staff of the Gabonese Armed Forces (FAG), General Paul Nzeng.",
     "Paul Nzeng", ["Chief of Staff of the Gabonese Armed Forces", "General"]),
    # the body or remit a post is of stays in the post, up to a word that ends a body; a name after it is the holder
    ("Speaker of the National Assembly of Zambia Nelly Mutti opened the session.", "Nelly Mutti",
     ["Speaker of the National Assembly of Zambia"]),
    ("Governor of Kano province Abba Yusuf welcomed the delegation.", "Abba Yusuf", ["Governor of Kano province"]),
    ("Mr Tomas Berg, Minister of Foreign Affairs, Trade and Regional Cooperation, signed the note.", "Tomas Berg",
     ["Minister of Foreign Affairs, Trade and Regional Cooperation"]),
    ("Minister of Foreign Affairs and Defence Minister Lea Stone spoke first.", "Lea Stone",
     ["Minister of Foreign Affairs", "Defence Minister"]),
    # field words before a post that has its field, and whom a spokesperson speaks for, are part of the post
    ("Norway's Public Security Minister Kari Holm arrived.", "Kari Holm", ["Public Security Minister"]),
    ("Chilean government spokeswoman Ana Reyes said the talks went well.", "Ana Reyes", ["government spokeswoman"]),
    ("Defence Minister of Armenia, Colonel General Davit Harutyunyan, arrived.", "Davit Harutyunyan",
     ["Defence Minister", "Colonel General"]),
    # a demonym after "of the" qualifies the body that follows, so the post is that body's
    ("The commander of the Uzbek border troops Bakhtiyor Rakhimov met the press.", "Bakhtiyor Rakhimov",
     ["Uzbek border troops Commander"]),
    ("Chief of the General Staff Lt Gen Petr Novak said the exercise would go ahead.", "Petr Novak",
     ["Chief of General Staff", "Lieutenant General"]),
]


@pytest.mark.parametrize(("sentence", "name", "posts"), ROWS)
def test_person_row(extract, sentence, name, posts):
    x, _ = extract(sentence)
    people = {p.name: [r.title for r in p.roles] for p in x.persons}
    assert name in people, people
    for post in posts:
        assert post in people[name], people


def test_a_counterpart_takes_the_post_not_the_rank(extract):
    x, _ = extract("Defence Minister of Armenia, Colonel General Davit Harutyunyan, met his Georgian counterpart Nika Beridze "
                   "in Yerevan.")
    beridze = next(p for p in x.persons if p.name == "Nika Beridze")
    assert [r.title for r in beridze.roles] == ["Defence Minister"]


def test_a_style_of_address_is_no_alias(extract):
    x, _ = extract("She briefed Selangor Chief Minister Tan Sri Ahmad Kamal Yusof. Later Ahmad Kamal spoke.")
    person = next(p for p in x.persons if p.name == "Ahmad Kamal Yusof")
    assert not any(a.split()[0] in ("Tan", "Sri") for a in person.aliases), person.aliases


# One plural title over two holders, each with their state in brackets or in apposition; a delegation's head; a relative clause naming the body headed.
BRACKETED_ROWS = [
    ("On Monday, Interior Ministers Tomas Lindqvist (Sweden) and Jari Makinen (Finland) met in Stockholm.",
     {"Tomas Lindqvist": ("Interior Minister", "SE"), "Jari Makinen": ("Interior Minister", "FI")}),
    ("The defence ministers of Peru (Luis Salazar) and Bolivia (Juan Mamani) spoke on Tuesday.",
     {"Luis Salazar": ("Defence Minister", "PE"), "Juan Mamani": ("Defence Minister", "BO")}),
    ("The interior ministers of Paraguay, Rosa Benitez, and Uruguay, Carlos Ferreira, met on Friday in Asuncion.",
     {"Rosa Benitez": ("Interior Minister", "PY"), "Carlos Ferreira": ("Interior Minister", "UY")}),
    ("The Presidents of Ghana, Kofi Mensah Boateng, and Togo, Yawa Kodjo, signed the accord.",
     {"Kofi Mensah Boateng": ("President", "GH"), "Yawa Kodjo": ("President", "TG")}),
    ("Zambia and Malawi met in Lusaka. Head of the Malawian delegation, Mr. Peter Banda Phiri, spoke first.",
     {"Peter Banda Phiri": ("Head of the Malawian delegation", "MW")}),
    ("Zambia and Malawi met in Lusaka. The Zambian delegation was led by Grace Mulenga.",
     {"Grace Mulenga": ("Head of the Zambian delegation", "ZM")}),
    # posts before names in a list: each name holds the post just before it, and "his counterpart" is the subject's
    ("The Minister of Defence of Chile, Rosa Vidal, arrived in Lima. She met the President of Peru, Hugo Quispe, "
     "the Speaker of the Peruvian Congress, Ana Flores, and her Peruvian counterpart, Luis Salazar.",
     {"Hugo Quispe": ("President", "PE"), "Ana Flores": ("Speaker of the Peruvian Congress", "PE"),
      "Luis Salazar": ("Minister of Defence", "PE")}),
    ("Karim Haddad, who heads Lebanon's General Security Directorate, met the envoy.",
     {"Karim Haddad": ("head of the General Security Directorate", "LB")}),
]


@pytest.mark.parametrize(("sentence", "expected"), BRACKETED_ROWS)
def test_bracketed_and_relative_posts_row(extract, sentence, expected):
    x, _ = extract(sentence)
    got = {p.name: [(r.title, r.country) for r in p.roles] for p in x.persons}
    for name, post in expected.items():
        assert post in got.get(name, []), got


def test_both_bracketed_holders_take_part(extract):
    x, _ = extract("The defence ministers of Peru (Luis Salazar) and Bolivia (Juan Mamani) held a phone conversation "
                   "on Tuesday.")
    assert [(e.kind, len(e.participants)) for e in x.events] == [("call", 2)]


def test_a_counterpart_does_not_head_the_same_body(extract):
    x, _ = extract("Karim Haddad, who heads Lebanon's General Security Directorate, met his Syrian counterpart "
                   "Omar Khatib.")
    khatib = next(p for p in x.persons if p.name == "Omar Khatib")
    assert not any("General Security Directorate" in r.title for r in khatib.roles)
