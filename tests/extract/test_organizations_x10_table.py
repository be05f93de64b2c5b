"""Organisations, tenth round: (sentence, the body's name, its rule); name None: the words in the third column
name no body (a veto). Sentences written for these tests, in news style."""

from __future__ import annotations

import pytest

ROWS = [
    # initials written as a word (British style) and two bodies' initials joined by a hyphen
    ("Ministers pledged to reinforce Nato’s northern flank before winter.", "NATO", "org/known"),
    ("Monitors from the Osce reported shelling near the line.", "Organization for Security and Co-operation in Europe",
     "org/known"),
    ("Both leaders praised the EU-NATO partnership on cyber defence.", "European Union", "org/known"),
    ("Both leaders praised the EU-NATO partnership on cyber defence.", "NATO", "org/known"),
    # service words with a state's possessive before them, or their own initials after them, name a body
    ("Drills with Japan's Self-Defense Forces resumed in May.", "Self-Defense Forces", "org/head-shape"),
    ("Officers of the Coastal Security Force (CSF) boarded the trawler.", "Coastal Security Force",
     "org/acronym-defined"),
    # ... and without them describe a kind of force or a post
    ("He met the Chief of Defence Force in Dili on Monday.", None, "generic-forces"),
    ("Pilots said joint Navy and Air Force units trained together.", None, "generic-forces"),
    # "Military" heads a body its bracketed initials define, as the last word only
    ("Troops of the Bolivian Military (FAB) patrolled the border.", "Bolivian Military", "org/acronym-defined"),
    ("He wrote on Applied Military Intelligence (AMI) in 2019.", None, "acronym-head"),
    # initials open an of-shape name; an en dash joins capitalised words of a name
    ("Delegates of the SADC Committee of Ambassadors met in Gaborone.", "SADC Committee of Ambassadors",
     "org/of-shape"),
    ("The Chile–Peru Joint Commission met in Arica.", "Chile–Peru Joint Commission", "org/head-shape"),
    # a state's presidency, capitalised or not
    ("According to the Malawian Presidency, the two leaders met twice.", "Malawian Presidency", "org/armed-forces"),
    # a service named by its head alone after "and" is the same state's
    ("Officers of the Fiji Military Forces and Police patrolled the port.", "Fiji Police", "org/shared-owner"),
    ("Both the Chilean Navy and the Air Force took part in the exercise.", "Chilean Air Force", "org/shared-owner"),
    # a conjunct ending in a school's or venue's head continues the name; words ending a body already found do not
    # open the next one
    ("He addressed the Kenya Armed Forces Command and Staff College in Nairobi.",
     "Kenya Armed Forces Command and Staff College", "org/head-shape"),
    ("The Ministry of Defence and Armed Forces Command met.", "Armed Forces Command", "org/head-shape"),
    # a one-word known name opening a longer body's of-name is not that body; an activity's initials name no body
    ("Customers of the Commonwealth Bank of Australia complained.", "Commonwealth Bank of Australia",
     "org/of-shape"),
    ("Both firms raised R&D spending last year.", None, "bare-acronym"),
    # firms by their own heads; an outlet named by the first word of a known agency's name is that agency
    ("Flights by Kestrel Airlines resumed on Monday.", "Kestrel Airlines", "org/head-shape"),
    ("Settlers in the West Bank protested on Monday.", None, "company"),
    ("The minister told Anadolu news agency that ties were strong.", "Anadolu Agency", "org/cue"),
    # a ministry named by the bare word: the minister's ministry whose post the report names before it
    ("Minister of Fisheries Tomas Reyes opened the talks. A ministry statement said both sides agreed.",
     "Ministry of Fisheries", "org/post-ministry"),
    ("Talks were held at the Ministry's offices, said Minister of National Security Ana Ruiz. The Ministry added "
     "that patrols would grow.", "Ministry of National Security", "org/post-ministry"),
    ("Prime Minister Lea Lind spoke first. The ministry said it would reply.", None, "post-ministry"),
]


@pytest.mark.parametrize(("sentence", "name", "rule"), ROWS)
def test_organization_row(extract, sentence, name, rule):
    x, _ = extract(sentence)
    found = {o.name: o.support.rule for o in x.organizations}
    if name is None:
        assert found == {}, f"veto {rule}: {found}"
        return
    assert found.get(name) == rule, found


def test_the_bare_ministry_is_the_named_ministry_of_the_minister_s_portfolio(extract):
    x, _ = extract("Chile's defence ministry hosted the talks. Defence Minister Ana Ruiz met her guest. The two "
                   "agreed to meet again, the ministry said.")
    assert [o.name for o in x.organizations] == ["Chilean defence ministry"]


def test_a_shared_owner_service_has_the_state(extract):
    x, _ = extract("The Sri Lanka Navy and Coast Guard rescued the crew.")
    orgs = {o.name: o.country for o in x.organizations}
    assert orgs.get("Sri Lanka Coast Guard") == "LK", orgs


def test_the_bare_ministry_said_before_the_ministry_is_named_makes_no_second_one(extract):
    x, _ = extract("Chilean National Defence Minister Ana Ruiz met her guest in Lima, the ministry said. Firms tied "
                   "to the Chilean Defence Ministry signed deals.")
    assert [o.name for o in x.organizations] == ["Chilean Defence Ministry"]


def test_a_post_two_sentences_back_makes_no_ministry(extract):
    x, _ = extract("Minister of Fisheries Tomas Reyes opened the talks. The sun shone on the harbour. A ministry "
                   "statement said both sides agreed.")
    assert x.organizations == [], [o.name for o in x.organizations]
