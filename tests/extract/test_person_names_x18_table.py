"""Round x18 (x18initials): person names that open with two to four initials.

- `initials-not-an-end` (sentences._initials_before_name): capitals each closed by a full stop before a name word
  ("Rear Admiral K.L. Mwita", "Lt Gen. R.S.T. Pillai", "H.E. U. Batbold") do not end the sentence; before a word that
  opens sentences ("... in Washington D.C. The talks") they still may.
- the name grammar (names.NAME) reads initials written together, two to four letters, with or without the last full
  stop ("J.K.L.M. Perera", "B.K Rana"); a name never starts inside them ("H.E.").
- `title-initials-name` (persons._initialed_after): after a post, perhaps a rank or a style between, initials written
  as one word open the holder's name ("Army Chief General KS Thapa", "Prime Minister JK Rana Bista");
  `style-or-rank-initials-name` the same after a rank or a style alone ("Brigadier General OA Bello").
- the name's key skips the initials (names.given), so its surname alone later ("Thapa said") is that person.
- vetoes: `initials-are-a-body` (names.caps_initials_vetoed): the capitals name a body, a post, a state or a style, or
  the report writes them elsewhere without the name word ("DG BSF Daljit Singh", "HE Sheikh X", "UN Secretary-General");
  `three-letters-need-a-rank`: three capitals right after a civil post are a party's or a force's initials.

Sentences are invented for this file; kg:rule names the trigger."""

from __future__ import annotations

import pytest

from kg.extract.names import caps_initials_vetoed, clean_name, person_key
from kg.extract.sentences import split


def _people(x) -> dict[str, tuple[list[str], str]]:
    return {p.name: ([r.title for r in p.roles], p.support.rule) for p in x.persons}


# (text, the person, a post the person holds, rule)
INITIALED = [
    ("KATHMANDU: Army Chief General KS Thapa met the visiting Indian defence secretary on Monday.", "KS Thapa",
     "General", "title-initials-name"),
    ("Nepal's Prime Minister JK Rana Bista held talks with the Chinese envoy in Kathmandu on Friday.",
     "JK Rana Bista", "Prime Minister", "title-initials-name"),
    ("The Chief of Air Staff, Air Chief Marshal RKT Lal, received the French air chief in Delhi on Tuesday.",
     "RKT Lal", "Air Chief Marshal", "title-initials-name"),
    ("Nigeria was represented by Brigadier General OA Bello at the border meeting in Maroua.", "OA Bello",
     "Brigadier General", "title-initials-name"),
    ("The talks were opened by Honourable TM Dlamini in Pretoria on Monday.", "TM Dlamini", None,
     "style-or-rank-initials-name"),
]


@pytest.mark.parametrize(("text", "name", "post", "rule"), INITIALED)
def test_initials_written_as_one_word_open_a_name(extract, text, name, post, rule):
    x, _ = extract(text)
    people = _people(x)
    assert name in people, people
    if post:
        assert post in people[name][0], people
    assert people[name][1] == rule, people


# Initials written together with full stops: the sentence goes on and the name is read after its post.
DOTTED = [
    ("Commander of the Kenyan Navy Rear Admiral K.L. Mwita received the Indian ships in Mombasa on Monday.",
     "K.L. Mwita", "Rear Admiral"),
    ("The talks were led by Lt Gen. R.S.T. Pillai, who takes over the corps this week.", "R.S.T. Pillai",
     "Lieutenant General"),
    ("Secretary to the Ministry of Ports, J.K.L.M. Perera said the talks had not begun.", "J.K.L.M. Perera",
     "Secretary to the Ministry of Ports"),
    ("Nepal's Home Minister B.K Rana met the Indian ambassador in Kathmandu on Sunday.", "B.K Rana", "Home Minister"),
    ("He called on the President of Mongolia, H.E. Mr. U. Batbold, in Ulaanbaatar on Tuesday.", "U. Batbold",
     "President"),
]


@pytest.mark.parametrize(("text", "name", "post"), DOTTED)
def test_dotted_initials_open_a_name(extract, text, name, post):
    x, _ = extract(text)
    people = _people(x)
    assert name in people, people
    assert post in people[name][0], people
    assert not any(n.startswith(("H.E", "E.")) for n in people), people


def test_initials_do_not_end_a_sentence():
    assert len(split("Lt Gen. R.S.T. Pillai met him. Then he left.")) == 2
    assert len(split("Secretary W.M.K. Silva said so.")) == 1
    assert len(split("He met H.E. U. Batbold on Monday.")) == 1
    # before a word that opens sentences, capitals with full stops may end one
    assert len(split("The talks were held in Washington D.C. The two sides met again.")) == 2


def test_initials_are_no_name_and_no_given_name():
    assert clean_name("H.E. Mr") is None
    assert clean_name("H.E Mr Taro Kono") == "Taro Kono"
    # the key skips initials however they are written: "KS Thapa", "K.S. Thapa" and "K S Thapa" are one person
    assert person_key("KS Thapa") == person_key("K.S. Thapa") == person_key("K S Thapa") == "thapa"
    assert person_key("JK Rana Bista") == person_key("J K Rana Bista") == "rana-bista"


# The surname alone later names the same person: one person, the speaker of the statement, at the meeting.
def test_surname_alone_resolves_to_the_initialed_name(extract):
    x, _ = extract("KATHMANDU: Army Chief General KS Thapa met Indian Army Chief Manoj Pande in Kathmandu on Monday. "
                   "Thapa said the two armies would train together.")
    people = _people(x)
    assert "KS Thapa" in people and "Thapa" not in people, people
    assert any(s.speaker.label == "KS Thapa" and "train together" in s.text for s in x.statements), x.statements
    assert any({"ks-thapa", "thapa"} & set(e.participants) for e in x.events if e.kind == "meeting"), x.events


# Veto `initials-are-a-body` and `three-letters-need-a-rank`: (text, a name that must not be found)
NOT_INITIALS = [
    # a body's initials the report writes elsewhere too
    ("The Indian side was led by DG BSF Daljit Singh Rawat. The BSF delegation arrived on Monday.",
     "BSF Daljit Singh Rawat"),
    # a post's initials, a state's, a style
    ("Venezuela's Foreign Minister FM Yvan Gil met Guyana's envoy on Monday.", "FM Yvan Gil"),
    ("The ministers met UN Secretary-General Antonio Guterres in New York on Monday.", "UN Antonio Guterres"),
    ("Turkey's Foreign Minister met HE Sheikh Mohamed Al Thani in Doha on Monday.", "HE Sheikh Mohamed Al Thani"),
    # three capitals right after a civil post, no rank or style between
    ("Sudan's Deputy Commander RSM Abdel Rahim Dagalo met the envoy in Khartoum on Monday.",
     "RSM Abdel Rahim Dagalo"),
    # a regnal number in a long style of honour (lead mend after the merge: `initials-are-a-body` reads Roman numerals)
    ("Brunei's Defence Minister II Pehin Orang Kaya Major General Ali Rahman met the envoy on Monday.",
     "II Pehin Orang Kaya"),
]


@pytest.mark.parametrize(("text", "not_a_name"), NOT_INITIALS)
def test_body_initials_are_no_name(extract, text, not_a_name):
    x, _ = extract(text)
    assert not_a_name not in _people(x), _people(x)


def test_caps_initials_veto_reads_the_report():
    text = "DG BSF Daljit Rawat led the team. The BSF said so."
    assert caps_initials_vetoed(text, 3, "BSF", "Daljit")
    text = "General MM Naravane met them. General MM Naravane said so."
    assert not caps_initials_vetoed(text, 8, "MM", "Naravane")
    assert caps_initials_vetoed("US President Joe Biden", 0, "US", "President")
    assert caps_initials_vetoed("UN Secretary-General Antonio Guterres", 0, "UN", "Secretary")  # a known body
