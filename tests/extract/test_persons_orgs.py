"""People with titles in their common shapes, organisations and acronyms, and keys that survive spelling."""

from __future__ import annotations

from extract_support import the_person as _person
from extract_support import titles as _titles

from kg.extract.names import person_key


def test_title_before_name_with_acronym_and_country(extract):
    x, _ = extract("Officials said NSA Meera Kapoor flew to Paris. India's National Security Advisor (NSA) Meera Kapoor "
                   "spoke later.")
    p = _person(x, "Kapoor")
    assert _titles(p) == ["National Security Advisor"]
    assert p.roles[0].key == "national-security-advisor"
    assert p.country == "IN" and p.roles[0].country == "IN"


def test_appositive_with_two_posts_and_country_of_service(extract):
    x, _ = extract("The envoy met Liam Tremblay, Deputy Clerk and National Security and Intelligence Advisor to the "
                   "Prime Minister of Canada, on Friday.")
    p = _person(x, "Tremblay")
    assert _titles(p) == ["Deputy Clerk", "National Security and Intelligence Advisor"]
    assert {r.country for r in p.roles} == {"CA"}
    # The Prime Minister inside the complement is not a person of its own.
    assert [q.name for q in x.persons] == ["Liam Tremblay"]


def test_possessive_country_title_comma_name(extract):
    x, _ = extract("Canada's Minister for Public Safety, Jean Gagnon, announced new funding.")
    p = _person(x, "Gagnon")
    assert _titles(p) == ["Minister of Public Safety"] and p.country == "CA"


def test_high_commissioner_to_a_capital_serves_the_sending_country(extract):
    x, _ = extract("India's High Commissioner to Ottawa Vikram Rao said ties were improving.")
    p = _person(x, "Rao")
    assert p.name == "Vikram Rao"
    assert _titles(p) == ["High Commissioner"] and p.roles[0].country == "IN"
    assert "Ottawa" in p.roles[0].wording


def test_demonym_title_and_bare_title(extract):
    x, _ = extract("French President Claire Dubois welcomed Prime Minister Tom Hughes to Paris.")
    assert _person(x, "Dubois").roles[0].country == "FR"
    assert _titles(_person(x, "Hughes")) == ["Prime Minister"]


def test_nationality_carries_over_a_coordinated_title(extract):
    x, _ = extract("Rubens met Mexican President Ana Torres and Foreign Secretary Luis Ortega de la Vega on Monday.")
    assert _person(x, "Ortega").country == "MX"
    assert _person(x, "Ortega").key == "luis-de-la-vega"


def test_short_mentions_resolve_to_the_full_name(extract):
    x, _ = extract("Defence Minister Arjun Mehta arrived in Canberra. Mehta later met officials.")
    assert len(x.persons) == 1
    assert "Mehta" in x.persons[0].aliases


def test_authors_are_not_people(extract):
    x, _ = extract("Foreign Minister Ana Lopez visited Rome.\nPublished By : Ravi Kumar", author="Ravi Kumar")
    assert [p.name for p in x.persons] == ["Ana Lopez"]


def test_person_key_drops_initials_and_folds_spelling_variants():
    keys = {person_key(n) for n in ("Nathalie Drouin", "Nathalie G. Drouin", "Natalie G. Drouin", "Nathalie G Drouin")}
    assert keys == {"nathalie-drouin"}
    assert person_key("S Jaishankar") == person_key("Jaishankar") == "jaishankar"
    assert person_key("Mohammed bin Salman") == "mohammed-bin-salman"


def test_organisation_with_acronym_and_later_acronym_mentions(extract):
    x, _ = extract("The Ministry of Home Affairs (MHA) issued an order. The MHA said more would follow.")
    org = next(o for o in x.organizations if o.name == "Ministry of Home Affairs")
    assert "MHA" in org.aliases and org.kind == "ministry"


def test_outlet_is_an_organisation_only_when_credited(extract):
    x, _ = extract("Paris, May 2 (AFP): Leaders met. A senior official told CNN-News18 that talks went well.")
    names = {o.name for o in x.organizations}
    assert "CNN-News18" in names and "AFP" not in names


def test_countries_by_name_adjective_and_capital(extract):
    x, _ = extract("The Indian side pressed its case. Ottawa will take further action, and Canada agreed.")
    assert set(x.countries) == {"IN", "CA"}


def test_post_named_in_an_appositive_descriptor(extract):
    x, _ = extract("Police arrested Harjit Singh Mann, a key Referendum Campaign coordinator, on Friday.")
    p = _person(x, "Mann")
    assert _titles(p) == ["Referendum Campaign coordinator"]


def test_counterpart_takes_the_post_and_the_other_state(extract):
    x, _ = extract("India and Japan held talks. Prime Minister Arun Desai and his Japanese counterpart Hiro Sato "
                   "met in Tokyo.")
    sato, desai = _person(x, "Sato"), _person(x, "Desai")
    assert sato.country == "JP" and _titles(sato) == ["Prime Minister"]
    assert desai.country == "IN"


def test_field_of_a_ministry_and_post_in_a_named_body(extract):
    x, _ = extract("Minister of State for External Affairs Kavita Rao met Commissioner of the RCMP Paul Girard.")
    assert _titles(_person(x, "Kavita Rao")) == ["Minister of State for External Affairs"]
    girard = _person(x, "Girard")
    assert girard.roles[0].organization == "royal-canadian-mounted-police" and girard.country == "CA"


def test_capitalised_bodies_are_not_people(extract):
    x, _ = extract("Human Rights Watch said the law was flawed. Air India said flights would resume.")
    assert x.persons == []
    assert all(s.speaker.label != "India" for s in x.statements)


def test_initial_and_full_given_name_are_one_person_and_posts_can_name_the_state(extract):
    x, _ = extract("Ottawa: External Affairs Minister S Jaishankar arrived. Indian foreign minister Subrahmanyam "
                   "Jaishankar then met Canadian officials.")
    assert [p.name for p in x.persons] == ["Subrahmanyam Jaishankar"]
    p = x.persons[0]
    assert "S Jaishankar" in p.aliases and p.country == "IN"
    assert _titles(p) == ["External Affairs Minister", "Foreign Minister"]


def test_bare_name_counts_when_its_surname_recurs_alone(extract):
    x, _ = extract("Ties soured after Hardeep Singh Nijjar was shot dead. Canada blamed agents for Nijjar's killing. "
                   "Police in Uttar Pradesh and officials in Uttar Pradesh were told.")
    assert [p.name for p in x.persons] == ["Hardeep Singh Nijjar"]
    assert "Nijjar" in x.persons[0].aliases


def test_keys_survive_dropped_leading_names_and_surname_only_mentions(extract):
    assert person_key("Syed Asim Munir") == person_key("Asim Munir") == "asim-munir"
    assert person_key("Mohammad Ishaq Dar") == person_key("Ishaq Dar")
    x, _ = extract("Prime Minister Carney met Prime Minister Modi.")
    # Well-known office holders named by surname keep the key their full name gives (data/reference/people.tsv).
    assert sorted(p.key for p in x.persons) == ["mark-carney", "narendra-modi"]
    assert all(p.name.split()[-1] in p.aliases for p in x.persons)
