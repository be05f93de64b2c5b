"""Threat shapes of the sixth round, one table per mechanism: (sentence, concept or None, a word of the wording).

Sentences are written for these tests, in the general shapes the mechanisms read; none is taken from an eval set.
"""

from __future__ import annotations

import pytest
from extract_support import check_threat as _check


# claims on a place: a claim word whose object is a place names a territorial concern, the place in the wording
PLACE_CLAIMS = [
    ("The two presidents pledged to settle their dispute over the Rann marshes peacefully.", "territorial-claims",
     "Rann", "threat/claim-over-place"),
    ("Oslo protested Moscow's claims over the Svalbard shelf.", "territorial-claims", "Svalbard",
     "threat/claim-over-place"),
    ("Athens warned Ankara, which disputes parts of the Aegean continental shelf, against new surveys.",
     "territorial-claims", "Aegean", "threat/disputes-place"),
    ("The minister said the survey ship had encroached on Philippine waters.", "territorial-claims", "waters",
     "threat/infringes-place"),
    ("The reef, also claimed by Malaysia, lies off the coast.", "territorial-claims", "Malaysia",
     "threat/claimed-by"),
    # a claim whose object is no place, or a claim that is a statement: nothing
    ("Both navies left unsettled a dispute over a radar incident last year.", None, "radar", None),
    ("The opposition claims to be the larger party.", None, "claims", None),
    ("He claimed on Tuesday that the talks had failed.", None, "claimed", None),
]


def test_a_claim_is_a_concern_apart_from_violence_in_it(extract):
    x, _ = extract("The leaders rejected any threat of violence in their dispute over the Rann marshes.")
    # (the violence between two states says no extremism: a bare "violence" is armed violence, x25violence)
    assert {t.concept for t in x.threats} >= {"territorial-claims", "armed-violence"}


# non-traditional threats: the climate and natural hazards; relief and response are capabilities
NON_TRADITIONAL = [
    ("Island states named climate change the gravest danger they face.", "climate-change", "climate change"),
    ("The two armies will cooperate in disaster risk reduction.", "natural-disasters", "disaster risk"),
    ("Army helicopters may be sent to fight large-scale wildfires next summer.", "natural-disasters", "wildfires"),
    ("The navy delivered disaster relief after the storm.", None, "disaster"),
    ("The talks covered humanitarian assistance and disaster response.", None, "disaster"),
]


# removal of migrants named as the concern
DEPORTATION = [
    ("The coast guard deported more than 3,000 Cuban migrants last month.", "illegal-immigration", "migrants"),
    ("The country agreed to take migrants from third countries who are being deported from the north.",
     "illegal-immigration", "deported"),
    ("Talks stalled over the return of Moroccans under deportation orders.", "illegal-immigration", "deportation"),
    ("The court deported the appeal to a lower chamber.", None, "deported"),
]


# opposed power with its owner after it, and worry frames
OPPOSED_POWER_OF = [
    ("The fleet was expanded to deter the might of a rising Russia in the Baltic.", "hegemony", "might of",
     "threat/opposed-power-of"),
    ("Both capitals signed the deal amid worries about Iran's growing military influence in the Gulf.", "hegemony",
     "influence", "threat/opposed-power"),
    ("The club sought to counter the influence of money in football.", None, "influence", None),
]


# wordings that keep their complement: a whole place name, an act's "of" phrase
COMPLEMENTS = [
    ("Both navies drilled amid rising tensions in the East China Sea.", "military-pressure", "China Sea"),
    ("The leaders agreed to stop the infiltration of armed men across the frontier.", "border-security",
     "armed men"),
]


# concern heads: cattle rustling, its own concept under organised crime
CONCERN_HEADS = [
    ("The ministers agreed to act together against cattle rustling in the border counties.", "cattle-rustling",
     "rustling"),
    ("Herders blamed livestock raids for the clashes.", "cattle-rustling", "livestock raids"),
]


# acts keep their target, place or author; a list of places after a cover word is no list of concerns
ACT_COMPLEMENTS = [
    ("The leaders condemned the invasion of Ukraine.", "military-aggression", "invasion of Ukraine"),
    ("Both sides discussed the conflict between Armenia and Azerbaijan.", "armed-conflict", "Armenia"),
    ("They condemned attacks on power plants near the capital.", "armed-attacks", "power plants"),
    ("The ministers discussed conflicts in several regions, including Libya and Syria.", "armed-conflict", "conflicts"),
]


# "X and other Y": one concern; a bare cover word says less than the kind named first
AND_OTHER = [
    # the cover word says the kind the group word leaves unsaid (x25armedgroups)
    ("The council stood firm against the rebels and other terrorist groups in the north.", "terrorism",
     "rebels and other terrorist groups"),
    ("Customs seized heroin and other drugs at the port.", "drug-trafficking", "heroin and other drugs"),
    ("The pact bars the use of either territory by criminal gangs and other negative elements.", "organised-crime",
     "criminal gangs and other negative elements"),
]


# seventh round. Offensives: a state's offensive named by its adjective, its kind or the verb that launches it;
# a charm or diplomatic offensive is no attack
OFFENSIVES = [
    ("The Chinese offensives came after weeks of shelling.", "military-aggression", "offensives"),
    ("Observers feared a Turkish ground offensive in the north.", "military-aggression", "ground offensive"),
    ("The army launched a ground offensive in the valley on Monday.", "military-aggression", "offensive"),
    ("Rebels said the air offensive had destroyed two bridges.", "military-aggression", "air offensive"),
    ("The envoy launched a charm offensive in the capital.", None, "offensive"),
    ("The team's offensive line looked weak.", None, "offensive"),
]


# named groups whose words hold no stem of the prefilter are still found (a row the stems miss is never tried)
STEMLESS_ROWS = [
    ("Police raided a hideout of the Clan del Golfo near the coast.", "criminal-gangs", "Clan del Golfo"),
    ("Prosecutors described plots to overthrow the government of Chad.", "instability", "overthrow"),
]


# security challenges named by their place, threats by their hedge; shared challenges frame a pact
SECURITY_CHALLENGES = [
    ("The interior ministers discussed security challenges in the Horn of Africa.", "transnational-threats", "Horn"),
    ("Officials listed the security challenges facing Europe this winter.", "transnational-threats", "challenges"),
    # a trend word alone names none (measured: it added a false concern on fresh reports and found none there)
    ("The committee will chart strategies for emerging security challenges.", None, "challenges"),
    ("Both stressed the need for a common defence against potential threats.", "transnational-threats", "potential"),
    ("The two navies will work together to meet shared security challenges in the Pacific.", None, "challenges"),
    ("We can face these security challenges together, the minister said.", None, "challenges"),
    # a cover word before a list of kinds gives way to the list, an adverb between them or not
    ("Island states face serious security challenges ahead, including climate change.", None, "challenges"),
]


# a security situation judged by a word for its danger is a concern; a bare "security situation" is a topic
JUDGED_SITUATIONS = [
    ("The talks were held amid the most difficult strategic environment since the Cold War.", "instability",
     "strategic environment"),
    ("Both sides will respond jointly to the deteriorating situation in Myanmar.", "instability", "Myanmar"),
    ("The security situation in the Horn of Africa has become increasingly volatile, the envoy said.", "instability",
     "volatile"),
    ("The ministers exchanged views on the regional security situation.", None, "situation"),
    ("The two ministries monitor the security situation daily.", None, "situation"),
    ("Farmers face a difficult situation this year.", None, "situation"),
]


# an assassination told by its verb is the concern its noun names
ASSASSINATION_VERBS = [
    ("The militia assassinated a provincial governor last spring.", "assassination", "assassinated"),
    ("Officials accused the cell of assassinating two judges.", "assassination", "assassinating"),
]


# Every table above, one case per row (a row of three has no rule to check).
TABLES = {
    "place_claims": PLACE_CLAIMS,
    "non_traditional": NON_TRADITIONAL,
    "deportation": DEPORTATION,
    "opposed_power_of": OPPOSED_POWER_OF,
    "complements": COMPLEMENTS,
    "concern_heads": CONCERN_HEADS,
    "act_complements": ACT_COMPLEMENTS,
    "and_other": AND_OTHER,
    "offensives": OFFENSIVES,
    "stemless_rows": STEMLESS_ROWS,
    "security_challenges": SECURITY_CHALLENGES,
    "judged_situations": JUDGED_SITUATIONS,
    "assassination_verbs": ASSASSINATION_VERBS,
}


@pytest.mark.parametrize(("sentence", "concept", "word", "rule"), [
    pytest.param(*row, *(None,) * (4 - len(row)), id=f"{name}-{i}")
    for name, rows in TABLES.items() for i, row in enumerate(rows)])
def test_threat_shapes(extract, sentence, concept, word, rule):
    _check(extract, sentence, concept, word, rule)
