"""Agreements in news English: discussed proposals, objects named before their verb, negation, umbrella deals."""

from __future__ import annotations


def _got(x) -> dict[str, str]:
    return {a.description: a.status for a in x.agreements}


def test_discussed_proposal_is_an_agreement_but_a_topic_is_not(extract):
    x, _ = extract("Chile and Peru agreed on Monday to open a joint border post. The two sides also discussed a "
                   "shared database of stolen vehicles, but no agreement was reached. "
                   "They also discussed cooperation on terrorism.")
    got = _got(x)
    assert got.get("a shared database of stolen vehicles") == "discussed"
    assert not any(d.startswith("cooperation") for d in got)


def test_and_discussed_splits_two_agreements(extract):
    x, _ = extract("The two ministers also agreed to expand joint naval exercises, and discussed the possible "
                   "sale of patrol aircraft to Chile.")
    got = _got(x)
    assert got["expand joint naval exercises"] == "agreed"
    assert got["possible sale of patrol aircraft to Chile"] == "discussed"


def test_object_before_verb(extract):
    x, _ = extract("Ghana and Togo will hold joint patrols. The patrols fall under the Border Security Agreement "
                   "the two countries signed in 2021. A separate accord on returning detained fishermen is "
                   "expected to be signed in the coming weeks, officials said.")
    got = _got(x)
    assert got["Border Security Agreement"] == "signed"
    assert got["accord on returning detained fishermen"] == "expected"


def test_negation_and_one_state_stance_are_not_agreements(extract):
    x, _ = extract("Germany and Poland agreed to set up joint patrols. Dobrindt did not commit to a date for "
                   "ending checks. Martin Weber told reporters that Poland was committed to ending the dispute.")
    assert list(_got(x)) == ["set up joint patrols"]


def test_commitments_under_an_umbrella_deal(extract):
    x, _ = extract("Kenya and Uganda signed a memorandum of understanding on Monday. Under the MoU, Uganda will "
                   "train Kenyan customs officers in cargo scanning.")
    assert _got(x).get("train Kenyan customs officers in cargo scanning") == "committed"


def test_lead_pact_takes_the_name_given_next(extract):
    x, _ = extract("Japan and the Philippines signed a pact on Tuesday allowing their forces to share fuel. "
                   "Defence Minister Taro Kono and Gilberto Teodoro, the defence secretary, signed the "
                   "Acquisition and Cross-Servicing Agreement (ACSA). The accord builds on the Reciprocal Access "
                   "Agreement (RAA), which took effect last year.")
    got = _got(x)
    assert len([d for d in got if "fuel" in d or "Cross-Servicing" in d]) == 1
    assert got.get("Reciprocal Access Agreement (RAA)") == "signed"


def test_the_eu_is_a_party_that_can_sign(extract):
    x, _ = extract("The European Union and Tunisia signed a letter of intent on Tuesday to increase returns.")
    assert any(d.startswith("letter of intent") for d in _got(x))


def test_a_discussed_situation_is_not_a_proposal(extract):
    x, _ = extract("The two leaders discussed the war in Ukraine and other issues. "
                   "The two sides also discussed other regional matters.")
    assert x.agreements == []


def test_discussed_a_proposal_to_act(extract):
    x, _ = extract("The ministers also agreed to share intelligence, and discussed a proposal to build a joint "
                   "command centre.")
    assert _got(x).get("build a joint command centre") == "discussed"


def test_a_pact_with_a_purpose_is_described_by_it(extract):
    x, _ = extract("Egypt and Sudan signed an agreement on Tuesday to tighten security along their shared border, "
                   "Egypt's foreign ministry said. Talks also covered the war in Sudan.")
    # (x20agrinst, instrument-setting-tail: the day of the signing is no part of the description)
    assert list(_got(x)) == ["agreement to tighten security along their shared border"]
    assert any(t.concept == "military-aggression" for t in x.threats)


def test_reached_and_struck_deals_and_agreement_in_principle(extract):
    x, _ = extract("Norway and Finland reached an agreement on Tuesday to share surveillance data. The two "
                   "countries also agreed in principle to hold joint naval drills every year, and struck a deal on "
                   "the joint purchase of artillery shells. The ministers are set to sign a memorandum on Arctic "
                   "search and rescue in June.")
    got = _got(x)
    assert got["share surveillance data"] == "agreed"
    assert got["hold joint naval drills every year"] == "agreed"
    assert got["joint purchase of artillery shells"] == "agreed"
    assert got["memorandum on Arctic search and rescue in June"] == "expected"


def test_a_pledge_to_a_third_state_is_not_a_bilateral_agreement(extract):
    x, _ = extract("Norway and Finland agreed to hold joint naval drills. Norway pledged to donate two frigates to "
                   "Ukraine. Finland also pledged to train Norwegian pilots.")
    got = _got(x)
    assert not any("frigates" in d for d in got)
    assert got.get("train Norwegian pilots") == "committed"


def test_a_deal_on_the_thing_discussed_is_now_expected(extract):
    x, _ = extract("The two ministers discussed the possible transfer of decommissioned destroyers. Officials said "
                   "a deal on the destroyers was expected before the end of the year.")
    assert _got(x) == {"possible transfer of decommissioned destroyers": "expected"}


def test_what_a_signed_deal_sets_up_and_binds_both_sides_to(extract):
    x, _ = extract("Norway and Iceland signed a fisheries accord on Tuesday. It creates a joint inspection centre in "
                   "Tromso and commits both countries to sharing catch data from their trawler fleets. Under it, a "
                   "satellite tracking system will be installed within a year. Under the deal, the Norwegian Coast "
                   "Guard and the Icelandic Coast Guard will set up a joint rescue unit. According to the text, the two "
                   "navies will hold annual drills off Svalbard.")
    got = _got(x)
    assert got.get("joint inspection centre in Tromso") == "committed"
    assert got.get("sharing catch data from their trawler fleets") == "committed"
    assert any(d.startswith("a satellite tracking system will be installed") and st == "committed" for d, st in got.items())
    assert got.get("set up a joint rescue unit") == "committed"
    assert got.get("hold annual drills off Svalbard") == "committed"


def test_discussed_without_a_result_and_talks_toward_a_deal(extract):
    x, _ = extract("Chile and Peru committed on Monday to open a joint border post. The ministers discussed, but did "
                   "not resolve, a long-running dispute over fishing quotas. The delegations discussed a proposed rail "
                   "link through the Atacama, but did not agree on its cost. Lima and Quito had discussed a possible "
                   "joint bid for the World Cup. Talks on easing visa rules are expected to produce an agreement by May.")
    got = _got(x)
    assert got.get("open a joint border post") == "committed"
    assert got.get("a long-running dispute over fishing quotas") == "discussed"
    assert got.get("a proposed rail link through the Atacama") == "discussed"
    assert got.get("a possible joint bid for the World Cup") == "discussed"
    assert got.get("easing visa rules") == "expected"


def test_agreeing_to_disagree_and_one_states_quoted_stance_are_no_agreements(extract):
    x, _ = extract("Chile and Peru signed a water accord on Monday. \"We agreed to disagree on the border,\" the "
                   "Chilean minister said. The Peruvian minister said Peru was \"committed to good relations\" with "
                   "its neighbours. The accord was signed by Chilean Foreign Minister Ana Soto and Peruvian Foreign "
                   "Minister Luis Vera.")
    got = _got(x)
    assert not any(d.startswith(("disagree", "good relations", "accord was")) for d in got)


def test_signed_it_points_back_at_the_deal_already_reported(extract):
    x, _ = extract("Chile and Peru signed a water-sharing accord on Monday. Chilean Foreign Minister Ana Soto and "
                   "Peruvian Foreign Minister Luis Vera signed it in Lima at a meeting of the Andean Council.")
    assert not any(a.description.startswith("it ") for a in x.agreements)
    assert len(next(a for a in x.agreements if a.status == "signed").support.evidence) == 2
