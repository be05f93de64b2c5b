"""People and posts in news English: appositive titles, ranks, remits, counterparts, plural titles."""

from __future__ import annotations

import pytest


def _roles(x) -> dict[str, list[str]]:
    return {p.name: [r.title for r in p.roles] for p in x.persons}


def test_title_after_the_name_with_a_remit(extract):
    x, _ = extract("The delegation was led by Jane Doyle, Assistant Secretary of State for Oceans and Fisheries "
                   "Affairs (OFA). Tomas Berg, state secretary at Norway's foreign ministry, joined.")
    roles = _roles(x)
    assert roles["Jane Doyle"] == ["Assistant Secretary of State for Oceans and Fisheries Affairs"]
    assert roles["Tomas Berg"] == ["State Secretary"]
    assert next(p for p in x.persons if p.name == "Tomas Berg").country == "NO"


def test_ranks_and_fields_before_a_title_stay_in_it(extract):
    x, _ = extract("Turkish Deputy Foreign Minister Emre Kaya met Vice Minister of Public Security Wang Lei. "
                   "Uganda's Interior Cabinet Secretary Joseph Okello also attended.")
    roles = _roles(x)
    assert roles["Emre Kaya"] == ["Deputy Foreign Minister"]
    assert roles["Wang Lei"] == ["Vice Minister of Public Security"]
    assert roles["Joseph Okello"] == ["Interior Cabinet Secretary"]


def test_ministry_spokesperson_with_place_and_comma(extract):
    x, _ = extract("A foreign ministry spokesperson in Hanoi, Pham Thu Hang, said on Monday the talks went well.")
    assert _roles(x)["Pham Thu Hang"] == ["foreign ministry spokesperson"]
    assert x.persons[0].country == "VN"


def test_counterparts_inherit_the_post(extract):
    x, _ = extract("Italian Interior Minister Marco Rossi met his French counterpart, Luc Martin, in Rome. "
                   "Spanish Foreign Minister Ana Ruiz will meet her counterpart Retno in Madrid.")
    roles = _roles(x)
    assert roles["Luc Martin"] == ["Interior Minister"]
    assert roles["Retno"] == ["Foreign Minister"]


def test_abbreviation_as_a_given_name_and_plural_titles(extract):
    x, _ = extract("Japanese Defence Minister Gen Nakatani arrived. Presidents Luiz Inacio Lula da Silva and "
                   "Santiago Pena are expected to meet.")
    roles = _roles(x)
    assert roles["Gen Nakatani"] == ["Defence Minister"]
    assert roles["Luiz Inacio Lula da Silva"] == ["President"] and roles["Santiago Pena"] == ["President"]


def test_job_appositive_and_body_qualified_director(extract):
    x, _ = extract("\"Trust matters,\" said Amina Yusuf, a researcher at the Lake Institute. "
                   "Federal Police director Carlos Mendes said the unit was ready.")
    roles = _roles(x)
    assert roles["Amina Yusuf"] == ["researcher"]
    assert roles["Carlos Mendes"] == ["Federal Police Director"]


def test_an_envoy_in_a_capital_does_not_serve_it(extract):
    x, _ = extract("India and Canada will resume talks. The High Commissioner in Ottawa, Dinesh Patnaik, said so.")
    assert all(p.country != "CA" for p in x.persons if p.name == "Dinesh Patnaik")


def test_counterpart_whose_adjective_is_not_in_the_table(extract):
    x, _ = extract("Colombian Defence Minister Pedro Sanchez met his Defence counterpart, Gian Carlo Loffredo, in "
                   "Ipiales. Ecuador and Colombia agreed to share intelligence.")
    assert _roles(x)["Gian Carlo Loffredo"] == ["Defence Minister"]


def test_a_group_described_by_a_militant_noun_is_not_a_person(extract):
    x, _ = extract("Tehran and Islamabad would cooperate against Jaish al-Adl, a militant group that has attacked "
                   "border guards, Pakistan's foreign office said.")
    assert not any(p.name == "Jaish al-Adl" for p in x.persons)
    assert any(s.speaker.label == "Pakistani foreign office" for s in x.statements)


def test_a_bare_title_speaking_is_the_hyphenated_name_speaking_next(extract):
    x, _ = extract("LOME, March 3 (Reuters) - Togo's Security Minister said on Wednesday the country would tighten "
                   "border checks. Kofi Agbo-Mensah added that patrols in the north would be doubled by April.")
    assert _roles(x) == {"Kofi Agbo-Mensah": ["Security Minister"]}
    assert {s.speaker.label for s in x.statements} == {"Kofi Agbo-Mensah"}
    assert len(x.statements) == 2
    x, _ = extract("Togo's Security Minister said the country would tighten border checks. "
                   "Kofi Agbo-Mensah, a lawyer, said the plan was unlawful.")
    assert "Security Minister" not in _roles(x)["Kofi Agbo-Mensah"]


FORMER_POSTS = [
    ("The former president of Chad, Idriss Deby, lives in Paris.", "Idriss Deby", "former President"),
    ("His ally, far-right former president Jair Mendes, was convicted.", "Jair Mendes", "former President"),
    ("The remarks came from former Tuvalu prime minister Enele Tafua.", "Enele Tafua", "former Prime Minister"),
    ("Defence Minister Jon Park met the former defence minister, Ana Ruiz, in Lisbon.", "Jon Park", "Defence Minister"),
]


@pytest.mark.parametrize(("text", "name", "title"), FORMER_POSTS)
def test_a_former_post_is_named_former(extract, text, name, title):
    assert title in _roles(extract(text)[0])[name]


BODIES_AND_PLACES_OF_POSTS = [
    ("Opening the talks, Acting Permanent Secretary of the Ministry of Defence, Dr. Musa Bello, spoke.", "Musa Bello",
     "Acting Permanent Secretary of the Ministry of Defence"),
    ("Omar Bashir, head of the National Intelligence and Security Service, attended.", "Omar Bashir",
     "head of the National Intelligence and Security Service"),
    ("The team, led by General Tesfaye Alemu, Chief of the Ethiopian National Defense Force (ENDF), arrived.",
     "Tesfaye Alemu", "Chief of the Ethiopian National Defense Force"),
    ("Sheikh Hamad bin Khalid, Crown Prince of Abu Dhabi, received the envoy.", "Hamad bin Khalid",
     "Crown Prince of Abu Dhabi"),
    ("Governor of Jakarta Budi Santoso met the mayor.", "Budi Santoso", "Governor of Jakarta"),
    ("Crown Prince of Saudi Arabia Faisal bin Nasser met the envoy.", "Faisal bin Nasser", "Crown Prince"),
    ("Chairman of the Parliament of Georgia Levan Beridze met him.", "Levan Beridze", "Chairman of the Parliament of Georgia"),
]


@pytest.mark.parametrize(("text", "name", "title"), BODIES_AND_PLACES_OF_POSTS)
def test_a_post_keeps_its_whole_body_or_the_place_it_rules(extract, text, name, title):
    assert title in _roles(extract(text)[0])[name]


COUNTERPARTS_OF_A_SURNAME = [
    ("German Defence Minister Karl Weber arrived in Kyiv on Monday. Weber and his Ukrainian counterpart, Ivan Bondar, "
     "signed the deal.", "Ivan Bondar", "Defence Minister"),
    ("Danish Foreign Minister Lars Holm flew to Oslo. Holm and his Norwegian counterpart Erik Dahl met there.",
     "Erik Dahl", "Foreign Minister"),
    ("Defence Minister Arjun Mehta and his Thai counterpart General Somchai Prasert held talks.", "Somchai Prasert",
     "Defence Minister"),
]


@pytest.mark.parametrize(("text", "name", "title"), COUNTERPARTS_OF_A_SURNAME)
def test_a_counterpart_of_a_surname_named_before_takes_the_post(extract, text, name, title):
    assert title in _roles(extract(text)[0])[name]
