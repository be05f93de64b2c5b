"""Round 16 role recall: posts set off after a name, and counterparts named with a style; one table per trigger,
sentences written for the tests in news style. Each row: (text, the person's name, posts that must be there, posts
that must not)."""

from __future__ import annotations

import pytest
from extract_support import check_posts as _check

# `appositive-complement` (posts.py): a post set off after a name runs to where the apposition closes, over ordinals,
# lowercase words and a state's possessive
APPOSITIVE_COMPLEMENT = [
    ("The talks were opened by Brigadier Somchai Rattana, Commander of the 2nd Infantry Division, on Monday.",
     "Somchai Rattana", ["Commander of the 2nd Infantry Division"], ["Commander"]),
    ("Rear Admiral Peter Hollis, Commander of the fifth fleet, welcomed the visitors aboard.",
     "Peter Hollis", ["Commander of the fifth fleet"], ["Commander"]),
    ("General Amadou Kone, the head of Mali's army, said the force would be ready by June.",
     "Amadou Kone", ["head of Mali's army"], ["head"]),
    ("Colonel Jean Habimana, the head of military intelligence, led the delegation to Kigali.",
     "Jean Habimana", ["head of military intelligence"], ["head"]),
    ("Major General Paulo Ferreira, Deputy Chief of Doctrine and Planning for the Brazilian Ministry of Defense, "
     "explained the plan.", "Paulo Ferreira",
     ["Deputy Chief of Doctrine and Planning for the Brazilian Ministry of Defense"], ["Deputy Chief"]),
    ("The team met Ana Ruiz, commander of the U.S. Coast Guard's Atlantic Area, in Miami.",
     "Ana Ruiz", ["Commander of the U.S. Coast Guard's Atlantic Area"], ["Commander"]),
    ("Also present was Musa Bello, Adviser for Regional Policy, who took notes.",
     "Musa Bello", ["Adviser for Regional Policy"], ["Adviser"]),
    # the apposition closes before "in <Place>": the place is where the body is, not its name
    ("The guests included General Anan Srisuk, Commander of the 3rd Army Region in Phitsanulok, and others.",
     "Anan Srisuk", ["Commander of the 3rd Army Region"], []),
]


@pytest.mark.parametrize(("text", "name", "present", "absent"), APPOSITIVE_COMPLEMENT)
def test_appositive_complement(extract, text, name, present, absent):
    _check(extract, text, name, present, absent)


# vetoes: a run that ends in a holder's name, a clause, or a bare state is no body
APPOSITIVE_COMPLEMENT_VETOES = [
    ("Foreign Secretary Luis Ortega, Secretary of Government Miguel Salinas, and the attorney general met on Friday.",
     "Luis Ortega", [], ["Secretary of Government Miguel Salinas"]),
    ("Ahmed Farah, head of the delegation that visited Nairobi, said the talks went well.",
     "Ahmed Farah", [], ["head of the delegation that visited Nairobi"]),
]


@pytest.mark.parametrize(("text", "name", "present", "absent"), APPOSITIVE_COMPLEMENT_VETOES)
def test_appositive_complement_vetoes(extract, text, name, present, absent):
    _check(extract, text, name, present, absent)


# `counterpart-styled` (persons.py): a counterpart named after a style, an honorific or an abbreviated rank holds the
# owner's post; a rank the owner holds is not given
COUNTERPART_STYLED = [
    ("Iranian Foreign Minister Reza Karimi met his Saudi counterpart Prince Khalid bin Saad in Beijing on Thursday.",
     "Khalid bin Saad", ["Foreign Minister"], []),
    ("Kenya's defence minister Joseph Mwangi signed for Kenya, while his Tanzanian counterpart, Dr Hamisi Mrisho "
     "signed for Tanzania.", "Hamisi Mrisho", ["Defence Minister"], []),
    ("Rwanda's Minister of Interior Eric Nkusi met his Liberian counterpart Maj Gen (Rtd) Samuel Kollie Doe in Kigali.",
     "Samuel Kollie Doe", ["Minister of Interior"], []),
    ("Sudanese Army Chief of Staff Lt-Gen Omar Bashir Idris met his Chadian counterpart Lt Gen Mahamat Abakar Issa.",
     "Mahamat Abakar Issa", ["Army Chief of Staff"], []),
    # the owner's rank is his own: "his counterpart Col X" is no General
    ("Brigadier General Paul Mugisha, the head of military intelligence, leads the Ugandan team, while his "
     "counterpart Col Pierre Ndikumana leads the Burundian one.", "Pierre Ndikumana",
     ["head of military intelligence"], ["General", "Brigadier General"]),
]


@pytest.mark.parametrize(("text", "name", "present", "absent"), COUNTERPART_STYLED)
def test_counterpart_styled(extract, text, name, present, absent):
    _check(extract, text, name, present, absent)


# `field-before-lower-post` (posts.py): a post written in lowercase takes its field before it in lowercase too, and
# an adviser takes a field before it as a minister does; "presidential" may lead the field
FIELD_BEFORE_LOWER_POST = [
    ("Ghana's national security minister Kofi Mensah on Monday led a delegation to Lome.",
     "Kofi Mensah", ["National Security Minister"], ["Minister"]),
    ("Speaking on Friday, presidential communications secretary Maria Santos said the pact was signed.",
     "Maria Santos", ["Presidential Communications Secretary"], ["Secretary"]),
    ("The delegation was led by Homeland Security Advisor Laura Whitman and two deputies.",
     "Laura Whitman", ["Homeland Security Adviser"], ["Adviser"]),
    ("The border force's operations director Lieutenant Colonel Karim Hossain said patrols would resume.",
     "Karim Hossain", ["Operations Director", "Lieutenant Colonel"], []),
    # a capitalised field before a lowercase post is still read as before
    ("It was endorsed by Internal Security minister Jean Mugabo on Tuesday.",
     "Jean Mugabo", ["Internal Security Minister"], []),
]


@pytest.mark.parametrize(("text", "name", "present", "absent"), FIELD_BEFORE_LOWER_POST)
def test_field_before_lower_post(extract, text, name, present, absent):
    _check(extract, text, name, present, absent)


# `Commander-in-Chief` (titles.tsv, a post that heads a body): read with its hyphens and with its body
COMMANDER_IN_CHIEF = [
    ("Senior General Aung Tun, Commander-in-Chief of the Myanmar Armed Forces, met the prime minister.",
     "Aung Tun", ["Commander-in-Chief of the Myanmar Armed Forces"], []),
    ("National Armed Forces commander-in-chief Budi Santoso attended the signing.",
     "Budi Santoso", ["Commander-in-Chief"], []),
]


@pytest.mark.parametrize(("text", "name", "present", "absent"), COMMANDER_IN_CHIEF)
def test_commander_in_chief(extract, text, name, present, absent):
    _check(extract, text, name, present, absent)


# `counterpart-no-seat` (persons.py): a seat in a legislature is no office with a like abroad; the owner's office
# named elsewhere in the report is the counterpart's like post
COUNTERPART_NO_SEAT = [
    ("Defence Minister Mark Hill arrived in Jakarta on Monday. Senator Hill described talks with his Indonesian "
     "counterpart, Budi Santoso, as friendly.", "Budi Santoso", ["Defence Minister"], ["Senator"]),
    ("Senator Mark Hill described talks with his Indonesian counterpart, Budi Santoso, as friendly.",
     "Budi Santoso", [], ["Senator"]),
]


@pytest.mark.parametrize(("text", "name", "present", "absent"), COUNTERPART_NO_SEAT)
def test_counterpart_no_seat(extract, text, name, present, absent):
    _check(extract, text, name, present, absent)


# the title table knows a chargé d'affaires, however the accent and apostrophe are written
CHARGE_D_AFFAIRES = [
    ("The ministry summoned the Norwegian Chargé d'Affaires Lars Eide Holm to protest.", "Lars Eide Holm",
     ["Chargé d'Affaires"], []),
    ("A protest was lodged with Danish charge d’affaires Mette Krogh Olsen on Monday.", "Mette Krogh Olsen",
     ["Chargé d'Affaires"], []),
]


@pytest.mark.parametrize(("text", "name", "present", "absent"), CHARGE_D_AFFAIRES)
def test_charge_d_affaires(extract, text, name, present, absent):
    _check(extract, text, name, present, absent)
