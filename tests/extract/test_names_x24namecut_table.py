"""Round x24 (x24namecut): names cut short, padded, or made of a post's words (blind audit24a/24b), as table rows.

- `apostrophe-final-word`: a name word may end in an apostrophe when a name word follows ("Shia’ Sabbar");
- `en-dash-article`: "Al–Zaabi" written with an en dash is one name word;
- `state-word-in-name`: right after a post, a state's name or demonym glued inside or at the end of a name of plain
  words is a name word ("Lai Thai Binh", "Badrodin Haiti"), never after a phrase word or a hyphenated word;
- `ruler-style-doubled`: "Sultan Sultan X" is one style;
- `body-or-post-word` ("Command", "Responsible"), `remit-noun` ("Decentralization") and `body-run` ("Central
  Command"): no person.

Sentences are invented for this file in news style; kg:rule names the trigger."""

from __future__ import annotations

import pytest

from kg.extract.names import NAME_RE, clean_name

# (text, the person who must be found whole)
WHOLE_NAMES = [
    ("Iraqi Prime Minister, Mohammed Shia’ Sabbar al-Sudani, signed the accord in Baghdad on Monday.",
     "Mohammed Shia’ Sabbar al-Sudani"),
    ("Secretary General Dr Mohammed Bin Salim Bin Saif Al–Harthy called on the minister in Delhi.",
     "Mohammed Bin Salim Bin Saif Al–Harthy"),
    ("The delegation was joined by Vietnam's Ambassador to Manila, Lai Thai Binh, on Monday.", "Lai Thai Binh"),
    ("The Australian minister met National Police Chief General Badrodin Haiti in Jakarta on Friday.",
     "Badrodin Haiti"),
    ("India and Oman signed a defence pact on Monday. The pact follows the visit of the Head of State of the Sultanate "
     "of Oman, Sultan Sultan Faisal Bin Turki in May 2019, the ministry said.", "Sultan Faisal Bin Turki"),
]


@pytest.mark.parametrize(("text", "name"), WHOLE_NAMES)
def test_the_name_is_read_whole(extract, text, name):
    x, _ = extract(text)
    assert name in {p.name for p in x.persons}, [p.name for p in x.persons]


# (text, a word that must not be a person's name, a person who must still be found)
NOT_NAMES = [
    ("Sayyid Badr Al Harthi, Minister Responsible for Defence Affairs, received the Saudi commander on Monday.",
     "Responsible", "Badr Al Harthi"),
    ("Officers of the Ministry of Defence and the General Command of the Armed Forces attended the talks.",
     "Command", None),
    ("He spoke after meeting Niger's Minister of State, Minister of Interior, Public Security, Decentralization and "
     "Religious Affairs, Moussa Ibrahim.", "Decentralization", None),
    ("The police chief said the Directorate of Identification, Colonel Information Musa, would lead.",
     "Information", None),    ("The Saudi admiral met Vice Admiral Brad Cooper, Commander of US Naval Forces Central Command, in Riyadh.",
     "Central", "Brad Cooper"),
    ("India's Defence Minister Rajnath Singh held talks with the Defence Minister From Mongolia on Monday.",
     "Mongolia", "Rajnath Singh"),
    ("Pakistan's Interior Minister met the chief of the Junta-led Niger on Monday in Niamey.", "Niger", None),
]


@pytest.mark.parametrize(("text", "word", "person"), NOT_NAMES)
def test_a_post_or_remit_word_is_no_name(extract, text, word, person):
    x, _ = extract(text)
    names = [p.name for p in x.persons]
    assert not any(word in n.split() for n in names), names
    if person:
        assert person in names, names


# clean_name on runs: possessives stay cut, a state after a comma stays out, "Clement" stays a name
RUNS = [
    ("Clement Mouamba", "Clement Mouamba"),
    ("Lisa Monaco", "Lisa"),  # a state's word joins a name only right after its post (after_post)
    ("Ishaq Dar Pakistan’s", "Ishaq Dar"),
    ("Min Min Than", "Min Min Than"),
]


@pytest.mark.parametrize(("run", "name"), RUNS)
def test_clean_name_runs(run, name):
    assert clean_name(run) == name


def test_state_word_joins_a_name_after_its_post():
    assert clean_name("Lisa Monaco", after_post=True) == "Lisa Monaco"
    assert clean_name("Junta-led Niger", after_post=True) is None or "Niger" not in clean_name("Junta-led Niger", after_post=True)


# a plural possessive closes no name word: the apostrophe stays outside the name grammar's runs
POSSESSIVES = [
    ("the Defence Ministers’ Meeting in Hanoi", ["Defence Ministers", "Meeting", "Hanoi"]),
    ("From Caracas' Tiuna Fort", ["From Caracas", "Tiuna Fort"]),
]


@pytest.mark.parametrize(("text", "runs"), POSSESSIVES)
def test_possessive_apostrophe_ends_no_name_word(text, runs):
    assert [m.group() for m in NAME_RE.finditer(text)] == runs
