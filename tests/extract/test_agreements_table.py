"""The agreement table, row by row: one sentence per named trigger (the fact it yields and the rule it names)
and one per named veto (the fact it keeps out). Sentences are invented for this file."""

from __future__ import annotations

import pytest

# (trigger name, text, a word of the description, expected status)
TRIGGER_ROWS = [
    ("to-sign", "Ghana and Togo will sign a fisheries accord next month.", "fisheries", "expected"),
    ("noun-expected-to-be-signed", "Ghana and Togo met in Accra. A separate accord on fishing licences is expected "
     "to be signed in June, officials said.", "licences", "expected"),
    ("sign-verb", "Ghana and Togo signed a memorandum on maritime security on Tuesday.", "maritime", "signed"),
    ("reached-agreement-on", "Ghana and Togo reached an agreement to share customs data.", "customs", "agreed"),
    ("agreed-to-clause", "Ghana and Togo agreed to open a second border crossing.", "crossing", "agreed"),
    ("agreed-to-clause", "Ghana agreed with Togo during Monday's talks to open a second border crossing.",
     "crossing", "agreed"),
    # a joint restraint keeps its "not"
    ("agreed-to-clause", "Ghana and Togo agreed not to station heavy weapons near the lagoon.", "not to station",
     "agreed"),
    ("pledged-to-clause", "Ghana and Togo pledged not to arm the militias on the lagoon.", "not to arm", "committed"),
    ("decided-to-clause", "Ghana and Togo decided to reopen their consulates in Kumasi and Kara.", "consulates", "agreed"),
    ("pledged-to-clause", "Ghana and Togo pledged to fight piracy together.", "piracy", "committed"),
    ("pledged-noun", "Ghana and Togo pledged closer cooperation against piracy in the gulf.", "piracy", "committed"),
    ("said-they-would", "Officials from Ghana and Togo said they would pool surveillance aircraft.", "aircraft",
     "committed"),
    ("outlined-plans", "Ministers of Ghana and Togo outlined plans to build a joint radar station.", "radar",
     "committed"),
    ("both-will", "Ghana and Togo met in Lome. In addition, the two navies will patrol the gulf jointly.", "gulf",
     "committed"),
    ("set-to-create", "Ghana and Togo are set to establish a joint customs office in Aflao.", "customs", "committed"),
    ("talks-focused-on", "Ghana and Togo met in Lome. The talks focused on linking their customs databases.",
     "databases", "discussed"),
    # the topic the talks centred on, a noun phrase or a gerund with a concrete object
    ("talks-focused-on-topic", "Ghana and Togo met in Lome. The meeting focused in particular on a shared radar "
     "network for the lagoon.", "radar", "discussed"),
    ("talks-focused-on-topic", "Ghana and Togo met in Lome. They further focused on a mechanism for returning stolen "
     "vehicles.", "vehicles", "discussed"),
    ("talks-focused-on-topic", "Ghana and Togo met in Lome. Discussions focused on strengthening joint patrols "
     "against pirates in the gulf.", "pirates", "discussed"),
    ("discussed-ways-to", "Ghana and Togo discussed ways to curb fuel smuggling across the lagoon.", "smuggling",
     "discussed"),
    ("discussed-proposal", "Ghana and Togo met in Lome. The two sides also discussed a common visa for traders.",
     "visa", "discussed"),
    ("under-the-deal", "Ghana and Togo signed a memorandum on Monday. Under the memorandum, Togo will train "
     "Ghanaian customs officers.", "officers", "committed"),
    ("deal-creates", "Ghana and Togo signed a border pact on Monday. It creates a joint patrol unit on the lagoon.",
     "patrol", "committed"),
    # (x24agstatus2, content-of-signed-deal: what a signed deal sets out was signed with it)
    ("deal-includes", "Ghana and Togo signed a border pact on Monday. The pact also includes a hotline between "
     "the two coast guards.", "hotline", "signed"),
    # a deal's content by a verb only deals take, with "It" or "one of the agreements" for the deal
    ("deal-includes", "Ghana and Togo signed a border pact on Monday. The pact comprises joint radar coverage of the "
     "lagoon.", "radar", "signed"),
    ("deal-includes", "Ghana and Togo signed three accords. One of the agreements provides that Togo shall "
     "lease fuel depots to Ghana.", "fuel", "signed"),
    ("deal-includes", "Ghana and Togo agreed on Monday to guard the lagoon together. The agreement includes a hotline "
     "between the two coast guards.", "hotline", "agreed"),
    ("deal-sets-out-pledges", "Ghana and Togo signed a border declaration on Monday. It includes pledges to pool "
     "radar data, train customs officers together, and open a second crossing.", "radar", "committed"),
    ("deal-will-also-see", "Ghana and Togo signed a border pact on Monday. It comprises joint radar coverage of the "
     "lagoon, and will also see the training of customs officers.", "customs", "committed"),  # what it will see: bound
    ("agreed-to-clause", "Ghana and Togo met in Lome. It was mutually decided that the customs posts will open at "
     "night.", "customs", "agreed"),
    ("under-the-deal", "Ghana and Togo signed a treaty. Through the treaty, Togo will give Ghanaian boats access "
     "to the port of Lome.", "port", "committed"),
    ("both-established", "Ghana and Togo met in Lome. They have established a hotline between their coast guards.",
     "hotline", "agreed"),
    ("nominal-expected", "Ghana and Togo will meet in Lome. During the visit, the launch of a joint shipping line "
     "is expected.", "shipping", "expected"),
    ("noun-was-agreed", "Ghana and Togo met in Lome. A prisoner exchange deal was reached on Friday.", "prisoner",
     "agreed"),
    ("noun+agreed-participle", "Ghana and Togo met in Lome. A truce brokered by Nigeria in March has held.",
     "truce", "agreed"),
    ("noun-took-effect", "Ghana and Togo met in Lome. A ceasefire between the two militias took effect at "
     "midnight.", "ceasefire", "signed"),
    ("expected-to-sign+noun", "Ghana and Togo hope to conclude a fisheries treaty by June.", "fisheries", "expected"),
    ("sign-verb+noun", "Ghana and Togo sealed a border security pact on Friday.", "security", "signed"),
    ("agree-verb+noun", "Ghana and Togo approved a joint action plan against piracy.", "piracy", "agreed"),
    ("discuss-verb+noun", "Ghana and Togo negotiated a draft extradition treaty.", "extradition", "discussed"),
    ("talks-on+noun", "Ghana and Togo resumed talks on a fisheries agreement.", "fisheries", "discussed"),
    ("created-joint-body", "Ghana and Togo launched a joint task force against smuggling.", "task", "agreed"),
    ("reaffirmed-named-plan", "Ghana and Togo met. Both delegations reaffirmed the importance of the Joint Lagoon "
     "Patrol Plan against smuggling.", "Lagoon", "agreed"),
    ("renegotiation-of-noun", "Ghana and Togo brace for the renegotiation of the regional customs treaty.", "customs",
     "expected"),
    ("renegotiation-of-noun", "Ghana and Togo met. Their ministers began a review of the fisheries protocol.",
     "fisheries", "discussed"),
    ("asked-for", "Ghana and Togo spoke by phone. The Ghanaian president asked Togo for relief from port fees.",
     "port fees", "discussed"),
    ("colon-list", "Ghana and Togo met in Lome. Other issues discussed included: reopening the rail link to Kara; "
     "addressing concerns over delays; and sharing weather data between the ports.", "rail", "discussed"),
    ("colon-list", "Ghana and Togo met in Lome. The two sides agreed on the following: a joint radio network for "
     "the coast guards; weekly exchanges of passenger lists.", "radio", "agreed"),
    ("dated-instrument", "Ghana and Togo met in Lome. Both cited the 1994 Lagos Accord on border crossings.",
     "Lagos", "signed"),
    ("dated-instrument", "Ghana and Togo met in Lome. Both cited the 1972 Ghana-Togo joint statement.",
     "1972", "agreed"),
    ("noun-was-signed", "Ghana and Togo met in Lome. The protocol was signed by both interior ministers.",
     "protocol", "signed"),
    ("talks-expected-to-produce", "Ghana and Togo met in Lome. Talks on reopening the rail link are expected to "
     "produce an agreement.", "rail", "expected"),
    ("ongoing-mechanism", "Ghana and Togo met under their annual Joint Border Commission Dialogue.", "Dialogue",
     "committed"),
    ("noun-took-effect", "Ghana and Togo met in Lome. The Lagoon Fisheries Agreement, which entered into force "
     "last year, covers canoes.", "Lagoon", "signed"),
    ("listed-step", "Ghana and Togo met in Lome. Steps agreed include: • Reopening the rail link • Sharing "
     "customs data", "rail", "agreed"),
    # a passive signing names its agreement before the verb; with a modal the signing is still to come
    ("sign-verb", "Police chiefs of Ghana and Togo met in Lome. A protocol on hot pursuit would be signed to that "
     "end, officials said.", "hot pursuit", "expected"),
    ("sign-verb", "Ghana and Togo met in Lome. They invoked the Lome Convention signed between the two states in "
     "1994.", "Lome Convention", "signed"),
    # a stage of an instrument named by a noun: a text settled is agreed, one put into effect is signed
    ("stage-of-noun", "Ghana and Togo met in Lome. The two presidents welcomed the adoption of a joint statement on "
     "lagoon fisheries.", "fisheries", "agreed"),
    ("stage-of-noun", "Ghana and Togo met in Lome. They announced the conclusion of negotiations over an agreement "
     "on the extradition of fugitives, officials reported.", "extradition", "agreed"),
    ("stage-of-noun", "Ghana and Togo met in Lome. The ministers welcomed the entry into force of the Lagoon "
     "Navigation Protocol last month.", "Navigation", "signed"),
    ("stage-of-noun", "Ghana and Togo met in Lome. \"We also talked about the finalisation of a customs treaty "
     "between our states,\" the minister said.", "customs", "discussed"),
    ("their-commitment-to-act", "Ghana and Togo met in Lome. The two governments reaffirmed their commitment to "
     "reopen the rail link to Kara by June.", "rail", "committed"),
    # the same table reads a stated joint intention: "confirmed their intentions to ..."
    ("their-commitment-to-act", "Ghana and Togo met in Lome. The two ministers confirmed their intentions to pool "
     "coast guard radar data.", "radar", "committed"),
    # a group's undertaking with a modal: "our two countries will", "affirmed that they would", "We will continue
    # cooperation", "is willing to work with <state>"
    ("both-will", "Ghana and Togo met in Lome. \"Our two countries will pool radar data on the gulf,\" the president "
     "said.", "radar", "committed"),
    ("said-they-would", "Ghana and Togo met in Lome. The ministers affirmed that they would continue joint naval "
     "patrols in the gulf.", "patrols", "committed"),
    # the group may be the two states' bodies ("their security forces would"), or one state's undertaking told to the
    # other ("conveyed to Ghana that it will")
    ("said-they-would", "Ghana and Togo met in Lome. Both governments confirmed that their coast guards would share "
     "radar data on the gulf.", "radar", "committed"),
    ("said-they-would", "Ghana and Togo met in Lome. Togo also conveyed to Ghana that it will train Ghanaian customs "
     "officers.", "customs", "committed"),
    ("we-will-together", "Ghana and Togo met in Lome. \"We will continue cooperation in customs training,\" the "
     "joint statement said.", "customs", "committed"),
    # (readiness stated by both sides: one side's alone is its stance, one-side-willing)
    ("willing-to-work-with", "Ghana and Togo met in Lome. Ghana is willing to work with Togo to curb fuel smuggling "
     "on the lagoon, he added. Togo is ready to work with Ghana as well.", "smuggling", "committed"),
    # a joint step one side put on the table is discussed
    # an offer made to the other state is a proposal on the table, even without a word of cooperation
    ("proposed-act", "Ghana and Togo met in Lome. Togo offered to train Ghanaian customs officers.", "customs",
     "discussed"),
    ("proposed-act", "Ghana and Togo met in Lome. Togo welcomed Ghana's proposal to establish a joint lagoon "
     "committee to oversee dredging.", "dredging", "discussed"),
    ("proposed-act", "Ghana and Togo met in Lome. Both sides stressed the need to convene joint committees on "
     "customs.", "customs", "discussed"),
    ("proposed-act", "Ghana and Togo met in Lome. He called on both countries to expand police exchanges.",
     "police", "discussed"),
    # a topic of talks reported as the subject of a passive, or listed after an umbrella noun, is discussed
    ("topic-figured-in-talks", "Ghana and Togo met in Lome. Sales of patrol boats to Togo figured in the talks.",
     "patrol boats", "discussed"),
    ("topic-figured-in-talks", "Ghana and Togo met in Lome. The prospects for a joint lagoon ferry service were "
     "examined.", "ferry", "discussed"),
    ("topic-figured-in-talks", "Ghana and Togo met in Lome. Dredging the shared channel is also on the agenda.",
     "Dredging", "discussed"),
    ("included-instrument", "Ghana and Togo met in Lome. Nine documents were signed during the visit, including "
     "an accord between the interior ministries on passport checks, and an accord between the transport "
     "ministries on ferry fares.", "ferry", "signed"),
]


def _rule(a) -> str:
    return a.support.rule.removeprefix("agreement/")


@pytest.mark.parametrize(("trigger", "text", "word", "status"), TRIGGER_ROWS,
                         ids=[f"{r[0]}-{i}" for i, r in enumerate(TRIGGER_ROWS)])
def test_trigger_row(extract, trigger, text, word, status):
    x, _ = extract(text)
    got = [(a.status, _rule(a), a.description) for a in x.agreements if word in a.description]
    assert got, f"no agreement about {word!r}: {[(a.status, _rule(a), a.description) for a in x.agreements]}"
    assert (status, trigger) in [(g[0], g[1]) for g in got], got


# (veto name, text, a word that must not start an agreement of its own)
VETO_ROWS = [
    # an offer that concerns only the offering state is its own measure
    ("unilateral-measure", "Ghana and Togo met in Lome. Togo offered to lower its own fuel tax.", "fuel"),
    # a general topic, talk about talk, ties, or one state's own course is no concrete topic of talks
    ("general-topic", "Ghana and Togo met in Lome. The talks focused on strengthening bilateral ties.", "ties"),
    ("general-topic", "Ghana and Togo met in Lome. The talks focused on enhancing cooperation on security and "
     "customs issues.", "customs"),
    ("general-topic", "Ghana and Togo met in Lome. The talks focused on consultations between the two ministries.",
     "consultations"),
    ("general-topic", "Ghana and Togo met in Lome. The talks focused on cooperation on trade and good neighbourly "
     "relations.", "neighbourly"),
    ("general-topic", "Ghana and Togo met in Lome. The talks focused on Benin's plans for a new port.", "port"),
    ("general-topic", "Ghana and Togo met. Regional and international developments figured in the talks.",
     "developments"),
    ("world-affairs", "Ghana and Togo met. The settlement of conflicts in the Sahel also figured in the talks.",
     "Sahel"),
    ("already-bound", "Ghana and Togo met. Fuel smuggling, which both have pledged to curb, also figured in the talks.",
     "Fuel"),
    ("negated", "Ghana and Togo met. Ghana did not commit to a date for reopening the border.", "date"),
    ("topic-not-proposal", "Ghana and Togo met. The two sides also discussed cooperation on terrorism.",
     "terrorism"),
    ("too-short-or-umbrella", "Ghana and Togo signed a series of agreements on Monday.", "series"),
    ("reaffirmed-principle", "Ghana and Togo committed to the principles of sovereignty and non-interference.",
     "sovereignty"),
    ("shared-view", "Ghana and Togo agreed that piracy is a grave threat to the region.", "piracy"),
    ("vague-goal-discussed", "Ghana and Togo discussed ways to further strengthen bilateral ties.", "ties"),
    ("itinerary", "Ghana and Togo met. The two leaders will participate in a bilateral meeting today.", "meeting"),
    ("deal-content", "Ghana and Togo met. They cited a border pact signed in 2020, which pledged closer "
     "cooperation in the gulf.", "gulf"),
    ("one-state-stance", "Ghana and Togo met. Kwame Mensah said that Ghana was committed to ending the dispute.",
     "dispute"),
    ("one-side-agenda", "Ghana and Togo met in Lome. Ghana discussed a new levy on imported rice.", "levy"),
    ("unilateral-measure", "Ghana and Togo met in Lome. Ghana decided to deploy more troops to its northern "
     "border.", "troops"),
    ("framework-idiom", "Ghana and Togo met in Lome. Their defence chiefs signed within the framework of the "
     "annual border conference.", "framework"),
    ("vague-goal-discussed", "Ghana and Togo met in Lome. The two sides reaffirmed their commitment to "
     "strengthening bilateral ties.", "ties"),
    ("partner-not-a-state", "Ghana and Togo met in Lome. Ghana is willing to work with the IMF on its debt.", "IMF"),
    ("proposal-alone", "Ghana and Togo met in Lome. Ghana called for the release of the fishing crew.", "crew"),
    ("proposal-alone", "Ghana and Togo met in Lome. He stressed the need to improve bilateral ties with Togo.", "ties"),
    ("proposal-alone", "Ghana and Togo met in Lome. Both called for de-escalation and dialogue on the border.",
     "escalation"),
    ("proposal-alone", "Ghana and Togo met in Lome. They called for continued cooperation against piracy.", "piracy"),
    ("vague-goal-discussed", "Ghana and Togo met in Lome. The two sides reaffirmed their firm commitment to "
     "bolster strategic ties in line with mutual interests.", "ties"),
]


def test_listed_instruments_after_including_are_one_agreement_each(extract):
    x, _ = extract("Ghana and Togo met in Lome. The two sides adopted a plan of action on the lagoon, and finalised "
                   "six agreements, including two pacts on ferry safety, a treaty on the transfer of prisoners and "
                   "an MoU for cooperation in weather forecasting.")
    got = [a.description for a in x.agreements]
    for word in ("plan of action", "ferry", "prisoners", "weather"):
        assert sum(word in d for d in got) == 1, (word, got)



def test_verb_phrases_after_semicolons_are_one_commitment_each(extract):
    x, _ = extract("Ghana and Togo agreed to pool radar data on the gulf; tighten checks on fuel tankers at Aflao; "
                   "and set up a hotline between their navies.")
    got = sorted(a.description for a in x.agreements)
    assert any("radar" in d for d in got) and any("fuel tankers" in d for d in got) \
        and any("hotline" in d for d in got), got


def test_infinitives_listed_after_a_colon_are_one_agreement_each(extract):
    x, _ = extract("Ghana and Togo met in Lome. The talks yielded the following decisions: to reopen the rail link "
                   "by June, to call on customs agencies to share their data, and to avoid steps that might raise "
                   "tension on the border.")
    got = [a.description for a in x.agreements]
    assert any("rail link" in d for d in got) and any("customs agencies" in d for d in got) \
        and any("tension" in d for d in got), got


def test_the_cue_nearest_the_colon_names_the_list(extract):
    x, _ = extract("Ghana and Togo met in Lome. The talks yielded the following decisions: to reopen the rail link "
                   "by June, to call on customs agencies to share their data.")
    assert {a.status for a in x.agreements if "rail" in a.description or "customs" in a.description} == {"agreed"}


def test_the_agreement_was_reached_points_back(extract):
    x, _ = extract("Ghana and Togo agreed to reopen the rail link by June. According to officials, the agreement was "
                   "reached after talks between their transport ministers.")
    assert [a.description for a in x.agreements] == ["reopen the rail link by June"]


def test_a_definite_passive_signing_points_back_to_the_agreement_reported(extract):
    x, _ = extract("Ghana and Togo signed a fisheries accord in Lome on Monday. The accord must now be ratified by "
                   "both parliaments.")
    assert [(a.status, a.description) for a in x.agreements if "ratif" in a.description or "must" in a.description] \
        == []
    assert len(x.agreements) == 1 and len(x.agreements[0].support.evidence) == 2


@pytest.mark.parametrize(("veto", "text", "word"), VETO_ROWS, ids=[r[0] for r in VETO_ROWS])
def test_veto_row(extract, veto, text, word):
    x, _ = extract(text)
    assert not [a.description for a in x.agreements if word in a.description]


def test_coordinated_commitments_are_one_agreement_each(extract):
    x, _ = extract("Ghana and Togo vowed to maintain joint naval patrols and deepen customs cooperation.")
    assert sorted(a.description for a in x.agreements) == ["deepen customs cooperation", "maintain joint naval patrols"]


def test_coordinated_commitment_to_what_exists_stays_whole(extract):
    x, _ = extract("Ghana and Togo agreed to strengthen security cooperation and reinforce existing channels.")
    assert len(x.agreements) == 1


def test_two_things_created_are_two_agreements(extract):
    x, _ = extract("Ghana and Togo are set to establish a joint customs office in Aflao and a joint police "
                   "training school in Kara.")
    assert sorted(a.description for a in x.agreements) == [
        "establish a joint customs office in Aflao", "establish a joint police training school in Kara"]


def test_two_instruments_signed_together_are_two(extract):
    x, _ = extract("Ghana and Togo signed the Charter and a protocol on the joint border commission.")
    assert {a.description.split()[0] for a in x.agreements} == {"Charter", "protocol"}


def test_enumerated_instruments_are_one_agreement_each(extract):
    x, _ = extract("Ghana and Togo signed a memorandum on tourism, an agreement on visa exemption and a protocol on "
                   "fisheries, the first such deals since 2019.")
    assert sorted(a.description for a in x.agreements) == [
        "agreement on visa exemption", "memorandum on tourism", "protocol on fisheries"]


def test_talk_about_talk_is_no_agenda_item(extract):
    x, _ = extract("Ghana and Togo met in Lome. Other issues discussed included: reopening the rail link to Kara; "
                   "addressing concerns over delays; and sharing weather data between the ports.")
    assert not [a for a in x.agreements if "concerns" in a.description]
    assert len(x.agreements) == 2


def test_a_lone_state_setting_something_up_is_no_agreement(extract):
    x, _ = extract("Ghana and Togo met in Lome. Ghana is set to open a naval base near the border.")
    assert x.agreements == []


def test_two_triggers_on_the_same_words_give_one_agreement(extract):
    x, _ = extract("Ghana and Togo reached an agreement on Tuesday to share customs data.")
    assert len(x.agreements) == 1 and x.agreements[0].status == "agreed"


def test_a_commitment_under_a_deal_made_in_the_same_breath_is_that_deal(extract):
    x, _ = extract("Ghana and Togo will resume joint patrols under a framework signed in Lome on Monday.")
    assert [(a.status, a.description) for a in x.agreements] == [("signed", "framework signed in Lome on Monday")]
    assert len(x.agreements[0].support.evidence) == 1


def test_a_signing_still_to_come_is_expected(extract):
    x, _ = extract("Ghana and Togo met. No date has been set for signing a fisheries treaty. During the summit, "
                   "the signing of a package of trade agreements is expected.")
    assert {a.status for a in x.agreements} == {"expected"}


def test_verbs_listed_before_one_object_stay_one_commitment(extract):
    x, _ = extract("Ghana and Togo agreed to control, regulate and share data on migrants crossing the lagoon.")
    assert [a.description for a in x.agreements if "migrants" in a.description] \
        == ["control, regulate and share data on migrants crossing the lagoon"], x.agreements


def test_an_adjective_in_a_list_starts_no_commitment(extract):
    x, _ = extract("Ghana and Togo vowed to work together to keep a safe, open and fair lagoon trade.")
    assert [a.description for a in x.agreements if "lagoon" in a.description] \
        == ["work together to keep a safe, open and fair lagoon trade"], x.agreements


def test_a_two_word_deal_is_not_merged_into_a_longer_one_sharing_words_further_on(extract):
    x, _ = extract("On Monday in Lome, Ghana and Togo signed a border treaty. \"We also agreed to sign a treaty with "
                   "Benin on the junction of borders,\" the minister said.")
    got = [a.description for a in x.agreements]
    assert any("border treaty" in d for d in got) and any("junction" in d for d in got), got


def test_a_verb_list_ending_in_and_verb_is_one_commitment_per_verb_phrase(extract):
    x, _ = extract("Ghana and Togo signed a border declaration on Monday. It includes pledges to pool radar data, "
                   "train customs officers together, and open a second crossing.")
    pledged = sorted(a.description for a in x.agreements if a.support.rule == "agreement/deal-sets-out-pledges")
    assert pledged == ["open a second crossing", "pool radar data", "train customs officers together"]


def test_bare_verbs_before_one_object_and_a_noun_list_stay_one_commitment(extract):
    x, _ = extract("Ghana and Togo agreed to control, regulate and share data on fishing boats. They also agreed to "
                   "boost cooperation in defence, trade and energy.")
    assert sorted(a.description for a in x.agreements) == ["boost cooperation in defence, trade and energy",
                                                           "control, regulate and share data on fishing boats"]
