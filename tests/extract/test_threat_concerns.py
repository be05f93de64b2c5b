"""Threats: distinct concerns stay distinct concepts; named groups, hybrid and maritime coercion, new lexicon rows."""

from __future__ import annotations


def _concepts(x) -> set[str]:
    return {t.concept for t in x.threats}


def test_drug_concerns_are_kept_apart(extract):
    x, _ = extract("Officials discussed methamphetamine flows, precursor chemicals shipped from abroad and a rise "
                   "in overdoses, and warned about cartels in the north.")
    assert {"synthetic-drugs", "drug-precursors", "drug-abuse", "criminal-gangs"} <= _concepts(x)


def test_drug_and_arms_trafficking_are_two_concerns(extract):
    x, _ = extract("The unit will fight drug and arms trafficking along the river.")
    assert {"drug-trafficking", "arms-trafficking"} <= _concepts(x)


def test_relative_clause_keeps_a_second_concern(extract):
    x, _ = extract("Officials raised money laundering networks that they say help Colombian cartels.")
    assert {"money-laundering", "criminal-gangs"} <= _concepts(x)


def test_named_groups_hybrid_and_maritime_threats(extract):
    x, _ = extract("The coast guard used water cannon against fishing boats, in what Manila calls grey-zone tactics. "
                   "The ministers also discussed al-Shabaab, roadside bombs and foreign fighters.")
    assert {"maritime-coercion", "hybrid-threats", "jihadist-groups", "explosive-attacks",
            "foreign-fighters"} <= _concepts(x)


def test_migration_and_fishing_concerns(extract):
    x, _ = extract("Irregular crossings rose and 300 people have died or gone missing at sea this year. "
                   "Patrols will also target illegal fishing.")
    assert {"illegal-immigration", "migrant-deaths", "illegal-fishing"} <= _concepts(x)


def test_no_junk_label_and_no_threat_from_a_body_name(extract):
    x, _ = extract("A new law makes membership of a terrorist organisation a crime. "
                   "The Bureau of International Narcotics Affairs said nothing.")
    assert all("a crime" not in t.wording for t in x.threats)
    assert "drug-trafficking" not in _concepts(x) or all("Narcotics" not in t.wording for t in x.threats)


def test_coordinated_financing_and_abuse_of_migrants(extract):
    x, _ = extract("They will exchange information on militant recruitment and financing. "
                   "Rights groups accuse border guards of abusing migrants.")
    assert {"terrorist-financing", "migrant-abuse"} <= _concepts(x)


def test_no_threat_wording_across_a_quotation(extract):
    x, _ = extract('Loffredo said the gangs had "turned our ports into export hubs for cocaine".')
    assert all('"' not in t.wording for t in x.threats)


def test_missiles_and_a_named_war(extract):
    x, _ = extract("North Korea fired two ballistic missiles, and Pyongyang sent troops to support Russia's war "
                   "in Ukraine.")
    assert {"arms-proliferation", "military-aggression"} <= _concepts(x)


def test_more_concerns_of_security_news(extract):
    x, _ = extract("The ministers discussed online scam centres, sabotage of undersea cables, illegal mining, "
                   "armed groups and North Korea's nuclear weapons.")
    # armed groups named with no aim are armed violence, not extremism (x25armedgroups)
    assert {"fraud", "hybrid-threats", "environmental-crime", "armed-violence", "arms-proliferation"} <= _concepts(x)



def test_flow_of_drugs_and_arms_names_arms_trafficking(extract):
    x, _ = extract("They will increase inspections to stop the flow of drugs and arms.")
    assert "arms-trafficking" in _concepts(x)


def test_named_armed_groups_are_concerns(extract):
    x, _ = extract("India accused Lashkar-e-Taiba of the attack. Pakistan blamed the Balochistan Liberation Army.")
    assert {"jihadist-groups", "separatism"} <= _concepts(x)


def test_war_legacy_claims_and_state_threats_by_what_they_do(extract):
    x, _ = extract("Unexploded ordnance still litters the valley, and Lisbon wants Madrid to drop its territorial "
                   "claims. Pilots said bombers had violated Danish airspace, and analysts expect more spy satellite "
                   "launches. Armed attacks on tankers near the strait continued.")
    by_concept = {t.concept: t.wording for t in x.threats}
    assert {"explosive-remnants", "territorial-claims", "hybrid-threats", "military-satellites",
            "attacks-on-shipping"} <= set(by_concept)
    assert by_concept["hybrid-threats"] == "violated Danish airspace"


def test_crime_and_militancy_by_what_they_do(extract):
    x, _ = extract("Police said mafias ran the crossings, that fuel laundering cost the treasury millions and that "
                   "dissident loyalist groups were active. Gunmen carried out a raid on a police checkpoint, "
                   "farmers have been harassed, and the fishermen have repeatedly been harassed at sea. Illegal "
                   "diamond mining grew.")
    by_concept = {t.concept: t.wording for t in x.threats}
    assert {"criminal-gangs", "fraud", "violent-extremism", "terrorism", "intimidation",
            "environmental-crime"} <= set(by_concept)
    # the attackers, a harm head of their own since x12threats, join the act as its agents
    assert by_concept["terrorism"] in ("raid on a police checkpoint", "Gunmen carried out a raid on a police checkpoint")


def test_a_compound_concern_is_named_by_its_head(extract):
    x, _ = extract("Farmers fled the valley as drug trafficking gangs took over the roads.")
    assert {t.concept: t.wording for t in x.threats}.get("criminal-gangs") == "drug trafficking gangs"


def test_a_bare_threat_word_naming_a_bodys_remit_is_no_concern(extract):
    x, _ = extract("Chile and Peru will set up a joint border security committee. Police warned of arms smuggling.")
    assert "border-security" not in _concepts(x) and "arms-trafficking" in _concepts(x)
