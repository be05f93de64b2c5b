"""Names with joined articles, places and outlets that are not people, full military ranks, job titles,
plural titles and counterparts taking the matching post."""

from __future__ import annotations

import pytest

from extract_support import the_person as _person
from extract_support import titles as _titles


def test_hyphenated_article_keeps_two_namesakes_apart(extract):
    x, _ = extract("Libyan President Abdel Karim al-Mansour met Chad's army chief Abdel Karim el-Hadi in Tripoli on "
                   "Monday. Mansour said later that el-Hadi had agreed.")
    mansour, hadi = _person(x, "al-Mansour"), _person(x, "el-Hadi")
    assert mansour.name == "Abdel Karim al-Mansour" and mansour.key != hadi.key
    assert "Mansour" in mansour.aliases


def test_particles_inside_and_after_a_name(extract):
    x, _ = extract("Qatari Interior Minister Faisal bin Rashid al-Kuwari arrived on Tuesday.")
    assert _person(x, "Faisal").name == "Faisal bin Rashid al-Kuwari"


def test_places_and_outlets_are_not_people(extract):
    x, _ = extract("Boats were seen near the Spratly Islands on Monday, Balkan Wire reported. Balkan Wire said the "
                   "Spratly Islands patrol ended.")
    assert x.persons == []


def test_full_military_ranks_are_kept(extract):
    x, _ = extract("Lieutenant General Omar Haddad and Rear Admiral Lena Brandt inspected the port. Maj. Gen. Tomas "
                   "Vik joined them.")
    assert _titles(_person(x, "Haddad")) == ["Lieutenant General"]
    assert _titles(_person(x, "Brandt")) == ["Rear Admiral"]
    assert _titles(_person(x, "Vik")) == ["Major General"]


def test_head_of_government_titles_and_jobs(extract):
    x, _ = extract("Taoiseach Eamon Keane met Egypt's top diplomat, Karim Saleh, on Monday. \"It is a start,\" said "
                   "Lea Novak, a security analyst at the Baltic Policy Institute.")
    keane = _person(x, "Keane")
    assert _titles(keane) == ["Taoiseach"] and keane.country == "IE"
    assert _titles(_person(x, "Saleh")) == ["top diplomat"] and _person(x, "Saleh").country == "EG"
    assert _titles(_person(x, "Novak")) == ["security analyst"]


def test_lowercase_plural_title_over_two_names(extract):
    x, _ = extract("Defence ministers Arman Petrosyan and Kamran Aliyev met in Tbilisi on Friday.")
    assert _titles(_person(x, "Petrosyan")) == ["Defence Minister"]
    assert _titles(_person(x, "Aliyev")) == ["Defence Minister"]


def test_counterpart_takes_the_matching_post_only(extract):
    x, _ = extract("Australian Deputy Prime Minister and Defence Minister Tom Ridley met his Indonesian counterpart "
                   "Budi Santoso in Jakarta on Monday.")
    santoso = _person(x, "Santoso")
    assert _titles(santoso) == ["Defence Minister"] and santoso.country == "ID"


def test_well_known_office_holder_keeps_his_country_in_a_report_from_abroad(extract):
    x, _ = extract("BEIJING, July 14 (GAW) - President Donald Trump and Chinese President Xi Jinping may meet in "
                   "November, diplomats said.")
    assert _person(x, "Trump").country == "US" and _person(x, "Trump").roles[0].country == "US"


def test_police_and_justice_ranks(extract):
    x, _ = extract("Chief Constable Mary Doyle and Kenya's Inspector General of Police Peter Otieno spoke on Monday.")
    assert _titles(_person(x, "Doyle")) == ["Chief Constable"]
    assert _titles(_person(x, "Otieno")) == ["Inspector General of Police"]


def test_names_with_an_inner_capital(extract):
    x, _ = extract("Public Safety Minister Dominic LeBrun met Senator Kevin McAllister on Tuesday.")
    assert _person(x, "LeBrun").name == "Dominic LeBrun"
    assert _person(x, "McAllister").name == "Kevin McAllister"


def test_its_spokesperson_speaks_for_the_body_just_named(extract):
    x, _ = extract("China's Ministry of Foreign Affairs said the two sides should talk. Its spokesperson, Li Wen, "
                   "said Beijing was ready.")
    li = _person(x, "Li Wen")
    assert li.country == "CN" and li.roles[0].organization == "ministry-of-foreign-affairs"
    assert {o.name: o.country for o in x.organizations} == {"Ministry of Foreign Affairs": "CN"}


def test_commodore_and_speaker_are_posts(extract):
    x, _ = extract("Commodore Jose Ramos and House Speaker Ana Cruz attended on Monday.")
    assert _titles(_person(x, "Ramos")) == ["Commodore"]
    assert _titles(_person(x, "Cruz")) == ["Speaker"]


def test_rank_after_a_possessive_post_takes_its_country(extract):
    x, _ = extract("QUITO, Feb 10 - Ecuador's army said Peru's army commander, General Luis Vega, visited.")
    vega = _person(x, "Vega")
    assert vega.country == "PE" and _titles(vega) == ["General", "army commander"]


def test_post_owned_by_the_body_between_name_and_title(extract):
    x, _ = extract("Maria Soto, the group's Americas director, said the army had committed abuses.")
    assert _titles(_person(x, "Soto")) == ["Director"]


def test_religious_and_gulf_honorifics_are_not_names_or_posts(extract):
    x, _ = extract("Kuwaiti Prime Minister and Foreign Minister Sheikh Ahmad bin Nasser Al Sabah met Ayatollah Ali "
                   "Sistani on Monday.")
    sabah = _person(x, "Sabah")
    assert sabah.name == "Ahmad bin Nasser Al Sabah"
    assert _titles(sabah) == ["Foreign Minister", "Prime Minister"]
    assert "Sheikh Ahmad bin Nasser Al Sabah" in sabah.aliases


def test_job_in_an_armed_group_names_the_group(extract):
    x, _ = extract("Hamas official Yusuf Karim said the group would not disarm. Israel's Mossad director Avi Levin "
                   "and Egyptian intelligence chief Hani Fawzi met in Cairo.")
    karim = _person(x, "Karim")
    assert _titles(karim) == ["Hamas official"] and karim.country is None
    assert _person(x, "Levin").country == "IL" and _person(x, "Levin").roles[0].organization == "mossad"
    assert _titles(_person(x, "Fawzi")) == ["intelligence chief"] and _person(x, "Fawzi").country == "EG"


def test_post_then_rank_before_one_name(extract):
    x, _ = extract("Ghanaian Chief of Defence Staff General Kofi Mensah told reporters the army was ready.")
    mensah = _person(x, "Mensah")
    assert _titles(mensah) == ["Chief of Defence Staff", "General"] and mensah.country == "GH"


def test_qualified_post_keeps_the_state_before_the_qualifier(extract):
    x, _ = extract("KAMPALA, May 5 - Mali's transitional president, General Idriss Abakar, met Niger's junta leader, "
                   "Captain Moussa Sani.")
    assert _person(x, "Abakar").country == "ML"
    sani = _person(x, "Sani")
    assert sani.country == "NE" and _titles(sani) == ["Captain", "junta leader"]


def test_irish_names_and_field_commanders(extract):
    x, _ = extract("Ireland's Minister for Justice Sean O'Donnell met Border Security Commander Paul Gray and "
                   "Interpol's executive director Ana Ruiz on Monday.")
    assert _person(x, "Donnell").name == "Sean O'Donnell"
    assert _titles(_person(x, "Gray")) == ["Border Security Commander"]
    ruiz = _person(x, "Ruiz")
    assert _titles(ruiz) == ["Executive Director"] and ruiz.roles[0].organization == "interpol" and ruiz.country is None


def test_posts_common_to_many_bodies_keep_the_body(extract):
    x, _ = extract("FBI Director Sam Hale, DEA Administrator Jo Kerr and White House press secretary Amy Lund spoke. "
                   "Homeland Security Secretary Lisa Dunn and Vice Premier He Wenbo met U.S. Trade Representative "
                   "Carl Fox. In Seoul, South Korean Foreign Minister Park Min said North Korean leader Ri Chol was ill.")
    assert _titles(_person(x, "Hale")) == ["FBI Director"]
    assert _titles(_person(x, "Kerr")) == ["DEA Administrator"]
    assert _titles(_person(x, "Lund")) == ["White House Press Secretary"]
    assert _titles(_person(x, "Dunn")) == ["Homeland Security Secretary"]
    assert _titles(_person(x, "Fox")) == ["Trade Representative"]
    assert _person(x, "Ri Chol").country == "KP"
    assert not any("Korean" in p.name for p in x.persons)


def test_chinese_surname_he_and_surname_first_known_leaders(extract):
    x, _ = extract("TOKYO - Vice Premier He Wenbo met President Xi on Monday. He said both sides were ready.")
    assert _titles(_person(x, "Wenbo")) == ["Vice Premier"]
    xi = _person(x, "Xi")
    assert xi.name == "Xi Jinping" and xi.country == "CN"


def test_head_chair_and_secretary_of_a_named_body(extract):
    x, _ = extract("Ali Karimi, secretary of Iran's Supreme National Security Council, met the head of Iran's Atomic "
                   "Energy Organization, Reza Tavakoli. Gen. Tom Reed, chairman of the Joint Chiefs of Staff, spoke.")
    karimi = _person(x, "Karimi")
    assert karimi.country == "IR" and karimi.roles[0].organization == "supreme-national-security-council"
    assert _person(x, "Tavakoli").roles[0].organization == "atomic-energy-organization"
    assert "Joint Chiefs of Staff Chairman" in _titles(_person(x, "Reed"))
    assert "UN Security Council" not in {o.name for o in x.organizations}


def test_places_in_lists_and_with_particles_are_not_people(extract):
    x, _ = extract("Police in Porto Alegre and Vila do Conde said on Monday that barges left Vila do Conde at night. "
                   "Officers in Ciudad del Norte arrested 12 suspects. Ciudad del Norte is a border town.")
    assert x.persons == []


def test_known_as_and_job_appositives(extract):
    x, _ = extract("Police arrested Carlos Mendes Rocha, known as Carlinhos, on Monday. \"It is the main exit,\" said "
                   "Lucia Prado, a Recife state prosecutor.")
    assert _person(x, "Rocha").name == "Carlos Mendes Rocha"
    assert _titles(_person(x, "Prado")) == ["state prosecutor"]


def test_army_chief_is_kept_as_written(extract):
    x, _ = extract("Sudan's army chief Omar Bashir Taha met reporters on Monday.")
    assert _titles(_person(x, "Taha")) == ["Army Chief"]


def test_month_names_inside_a_name(extract):
    x, _ = extract("Li Jun, China's defence minister, skipped the meeting on Jun 2. Admiral Li was replaced.")
    li = _person(x, "Li Jun")
    assert _titles(li) == ["Admiral", "Defence Minister"]


def test_spokesman_stays_as_written(extract):
    x, _ = extract("Chinese foreign ministry spokesman Wu Bo and Pentagon spokeswoman Ann Lee spoke on Monday.")
    assert _titles(_person(x, "Wu Bo")) == ["foreign ministry spokesman"]
    assert _titles(_person(x, "Ann Lee")) == ["Pentagon Spokeswoman"]


def test_full_name_after_a_quotation_and_said(extract):
    x, _ = extract("\"We will act,\" said Joana Pires on Monday. \"Fine,\" said Transparency International. "
                   "\"No,\" said the minister.")
    assert [p.name for p in x.persons] == ["Joana Pires"]


def test_generational_suffix_is_not_the_family_name(extract):
    x, _ = extract("Philippine President Ramon Santos Jr. is due to visit Japan next week.")
    assert _person(x, "Santos").key == "ramon-santos"


def test_plural_titles_with_states_per_holder(extract):
    x, _ = extract("The defence ministers, Tom Ridley of Australia and Jose Cruz of the Philippines, met on Monday. "
                   "The foreign ministers of India and Canada, Ravi Menon and Claire Roy, spoke by phone.")
    assert _person(x, "Ridley").country == "AU" and _person(x, "Cruz").country == "PH"
    assert _person(x, "Menon").country == "IN" and _person(x, "Roy").country == "CA"
    assert _titles(_person(x, "Roy")) == ["Foreign Minister"]


def test_acting_and_interim_stay_in_the_post(extract):
    x, _ = extract("Ukraine's acting foreign minister, Olena Marchuk, met Syria's interim president Karim Haddad.")
    assert _titles(_person(x, "Marchuk")) == ["Acting Foreign Minister"] and _person(x, "Marchuk").country == "UA"
    assert _titles(_person(x, "Haddad")) == ["Interim President"] and _person(x, "Haddad").country == "SY"


def test_body_after_a_demonym_owns_the_post(extract):
    x, _ = extract("Afghan Taliban spokesman Qari Yusuf said. Indian Army chief Vikram Rao spoke.")
    yusuf = _person(x, "Yusuf")
    assert _titles(yusuf) == ["Taliban Spokesman"] and yusuf.country == "AF"
    assert _titles(_person(x, "Rao")) == ["Army Chief"]


def test_apostrophe_inside_a_name_but_not_a_possessive(extract):
    x, _ = extract("Foreign Minister Ja'far Hassan met Defence Minister Omar Smith's deputy on Monday.")
    assert {p.name for p in x.persons} == {"Ja'far Hassan", "Omar Smith"}


def test_the_countrys_post_serves_the_state_just_named(extract):
    x, _ = extract("TOKYO - Peru rejected the report on Monday. The country's defence minister, Jorge Salas, said "
                   "Lima would respond.")
    assert _person(x, "Salas").country == "PE"


def test_later_mention_without_the_given_name_is_the_same_person(extract):
    x, _ = extract("Mexican Security Secretary Omar Garcia Luna said on Monday that arrests were up. Asked about "
                   "tariffs, Garcia Luna said trade was not discussed.")
    luna = _person(x, "Luna")
    assert luna.name == "Omar Garcia Luna" and "Garcia Luna" in luna.aliases


def test_portuguese_and_dutch_particles(extract):
    x, _ = extract("Brazilian Defence Minister Jose Lima do Nascimento met Dutch Foreign Minister Pieter ter Horst.")
    assert _person(x, "Nascimento").name == "Jose Lima do Nascimento"
    assert _person(x, "Horst").name == "Pieter ter Horst"


def test_several_leading_initials_and_chief_adviser(extract):
    x, _ = extract("Nepal's Prime Minister K P Rana Magar met Bangladesh's chief adviser Amir Hossain on Monday.")
    assert _person(x, "Magar").name == "K P Rana Magar"
    assert _titles(_person(x, "Hossain")) == ["Chief Adviser"] and _person(x, "Hossain").country == "BD"


def test_lowercase_unnamed_body_before_a_post(extract):
    x, _ = extract("Taras Koval, Ukraine's national security council secretary, met Ukraine's military intelligence "
                   "agency chief Ivan Bondar and Japan's Chief Cabinet Secretary Kenji Mori on Monday.")
    koval = _person(x, "Koval")
    assert _titles(koval) == ["national security council secretary"] and koval.country == "UA"
    assert _titles(_person(x, "Bondar")) == ["military intelligence agency chief"]
    assert _titles(_person(x, "Mori")) == ["Chief Cabinet Secretary"] and _person(x, "Mori").country == "JP"


def test_title_words_never_start_a_name(extract):
    x, _ = extract("Treasury Secretary Ann Holt and U.S. Trade Representative Carl Greer met Chinese officials.")
    assert {p.name for p in x.persons} == {"Ann Holt", "Carl Greer"}


def test_rank_abbreviation_between_post_and_name(extract):
    # The abbreviated rank is not part of the name, but it is a post written short: "Gen" is a General.
    x, _ = extract("Pakistan Army chief Gen Tariq Mahmood met Saudi officials on Monday.")
    mahmood = _person(x, "Mahmood")
    assert mahmood.name == "Tariq Mahmood" and _titles(mahmood) == ["Army Chief", "General"]
    assert not any(a.startswith("Gen") for a in mahmood.aliases)


def test_full_name_owned_by_a_state(extract):
    x, _ = extract("Hungary's Viktor Balogh objected, while Brazil's Sao Paulo state and Brazil's Federal Police "
                   "agreed.")
    assert [p.name for p in x.persons] == ["Viktor Balogh"] and x.persons[0].country == "HU"


def test_his_minister_serves_the_state_of_the_one_just_named(extract):
    x, _ = extract("ABUJA - Nigeria hosted talks. Mali's president, Amadou Keita, sent his defence minister, "
                   "Oumar Diallo.")
    assert _person(x, "Diallo").country == "ML"


def test_kind_of_leader_is_part_of_the_post(extract):
    x, _ = extract("Opposition leader Rosa Mendez said on Monday that the rebel commander Jean Bosco had fled. "
                   "Later the senior leader Ali Hamid agreed.")
    assert _titles(_person(x, "Mendez")) == ["opposition leader"]
    assert _titles(_person(x, "Bosco")) == ["rebel commander"]
    assert _titles(_person(x, "Hamid")) == ["leader"]


def test_an_honorific_between_two_name_words_is_part_of_the_name(extract):
    x, _ = extract("Kenyan President Daniel Arap Moi welcomed Somali President Sharif Sheikh Ahmed on Monday.")
    assert any(p.name == "Sharif Sheikh Ahmed" for p in x.persons)
    y, _ = extract("Qatari Emir Sheikh Tamim bin Hamad arrived on Monday.")  # opening a name, it is a title
    assert not any(p.name.startswith("Sheikh") for p in y.persons)


def test_post_positive_general_is_written_both_ways(extract):
    x, _ = extract("The director-general, Ana Ruiz Vela, said the plan would hold. Inspector General Tomas Brun agreed.")
    assert "Director General" in _titles(_person(x, "Ruiz Vela")) or "Director-General" in _titles(_person(x, "Ruiz Vela"))
    assert _person(x, "Brun").roles


# Names spelt with letters beyond Latin-1 (Polish, Czech, Lithuanian, Romanian, Turkish, Vietnamese): whole names.
EXTENDED_LATIN_ROWS = [
    ("Czech Interior Minister Vít Rakušan met Slovak Interior Minister Matúš Šutaj Eštok in Prague.",
     ["Matúš Šutaj Eštok", "Vít Rakušan"]),
    ("Polish Foreign Minister Radosław Sikorski spoke with Romanian Foreign Minister Oana Țoiu on Monday.",
     ["Oana Țoiu", "Radosław Sikorski"]),
    ("Vietnamese Defence Minister Nguyễn Tân Cương received Turkish Defence Minister Yaşar Güler in Hanoi.",
     ["Nguyễn Tân Cương", "Yaşar Güler"]),
]


@pytest.mark.parametrize("text,names", EXTENDED_LATIN_ROWS)
def test_names_with_extended_latin_letters(extract, text, names):
    x, _ = extract(text)
    assert sorted(p.name for p in x.persons) == names
    assert [sorted(e.participants) for e in x.events] == [sorted(p.key for p in x.persons)]


@pytest.mark.parametrize("text,name,country", [
    ("The interim president of Chad, Idriss Mahamat, said the border would reopen.", "Idriss Mahamat", "TD"),
    ("The foreign minister of the Philippines, Enrique Manalo, met envoys on Monday.", "Enrique Manalo", "PH"),
    ("Fiji's Minister of Defence, Hon. Pio Tikoduadua, inspected the base.", "Pio Tikoduadua", "FJ"),
])
def test_post_then_the_name_in_apposition_after_a_state_or_a_style(extract, text, name, country):
    x, _ = extract(text)
    person = _person(x, name.split()[-1])
    assert (person.name, person.country) == (name, country)
