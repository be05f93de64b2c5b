"""Threats, one row per trigger and per veto: (sentence, concept expected or None, a word of its wording, rule)."""

from __future__ import annotations

import pytest
from rdflib import Graph
from rdflib.namespace import SKOS

from kg.config import ONTOLOGY_DIR
from kg.extract import reference

# (sentence, concept, a word the wording holds, rule prefix); concept None: that word names no concern.
ROWS = [
    # lexicon rows
    ("The envoys spoke about piracy off the coast.", "piracy", "piracy", "threat/lexicon:piracy"),
    ("Border guards reported an illegal intrusion near the river.", "border-incursions", "intrusion",
     "threat/lexicon:illegal intrusion"),
    ("The two forces will work to end border killings.", "border-killings", "killings", "threat/lexicon:border"),
    ("Villagers accused smugglers of tampering with border markers.", "border-tampering", "markers",
     "threat/lexicon:tampering"),
    ("An assassination attempt on the governor failed last week.", "assassination", "assassination",
     "threat/lexicon:assassination"),
    ("Aid groups fear the fighting that erupted in the north will spread.", "armed-conflict", "fighting",
     "threat/lexicon:fighting"),
    ("The region has suffered years of political instability.", "instability", "instability", "threat/lexicon:"),
    ("Officials warned of a disinformation campaign before the vote.", "disinformation", "disinformation",
     "threat/lexicon:disinformation"),
    ("Drone sightings closed the airport twice.", "drone-incursions", "drone", "threat/lexicon:drone sightings"),
    ("Investigators suspect sabotage at the rail depot.", "sabotage", "sabotage", "threat/lexicon:sabotage"),
    ("Both navies face maritime security threats in the strait.", "maritime-security", "maritime",
     "threat/lexicon:maritime"),
    ("A terror attack in the capital killed nine.", "terrorist-attacks", "attack", "threat/lexicon:terror attack"),
    ("The report documents massacres in three villages.", "atrocities", "massacres", "threat/lexicon:massacres"),
    ("Analysts point to the military build-up near the border.", "military-pressure", "build-up",
     "threat/lexicon:military build-up"),
    ("The fleet was accused of sanctions evasion in open waters.", "sanctions-evasion", "sanctions",
     "threat/lexicon:sanctions evasion"),
    ("Rangers arrested three men for ivory trafficking.", "wildlife-trafficking", "ivory", "threat/lexicon:ivory"),
    ("Police seized counterfeit banknotes at the crossing.", "counterfeit-currency", "counterfeit", "threat/lexicon:"),
    ("Trawlers were caught fishing illegally near the atoll.", "illegal-fishing", "illegally",
     "threat/lexicon:fishing illegally"),
    ("Boko Haram fighters raided a market.", "jihadist-groups", "Boko", "threat/lexicon:boko haram"),
    ("Interior ministers met to curb illegal migration across the Balkans.", "illegal-immigration", "migration",
     "threat/lexicon:illegal migration"),
    ("Two bombers violated Finland's airspace on Monday, the navy said.", "hybrid-threats", "airspace",
     "threat/lexicon:violated finland"),
    ("The junta said it had foiled a coup attempt by junior officers.", "coup", "coup", "threat/lexicon:coup attempt"),
    ("Both capitals warned against an escalation of tensions along the river.", "military-pressure", "escalation",
     "threat/lexicon:escalation of tensions"),
    ("Villagers fled after drone strikes on the valley.", "military-aggression", "drone", "threat/lexicon:drone strikes"),
    ("Nationwide protests followed the disputed vote.", "instability", "protests", "threat/lexicon:nationwide protests"),
    ("The envoys discussed the territorial controversy over the delta.", "territorial-claims", "controversy",
     "threat/lexicon:territorial controversy"),
    # a named group before a threat word names the concern: "the X terrorist group" is the group
    ("Ankara called the PKK terrorist group a danger.", "separatism", "PKK", "threat/lexicon:pkk"),
    ("The M23 rebels took the town.", "insurgency", "M23", "threat/lexicon:m23"),
    # an acronym before a threat word narrows it: "ADF rebels"
    ("The ADF rebels attacked a clinic.", "insurgency", "ADF", "threat/lexicon:rebels"),
    # lists rebuild the wordings they leave implicit
    ("The patrols target smuggling of cattle, fuel and fake currency.", "cattle-smuggling", "cattle",
     "threat/object-list:cattle smuggling"),
    ("The patrols target smuggling of cattle, fuel and fake currency.", "fuel-smuggling", "fuel",
     "threat/object-list:fuel smuggling"),
    ("The patrols target smuggling of cattle, fuel and fake currency.", "counterfeit-currency", "currency",
     "threat/object-list:fake currency smuggling"),
    ("Gangs use drones to smuggle cigarettes over the fence.", "tobacco-smuggling", "cigarettes",
     "threat/verb-object:cigarettes smuggling"),
    ("The task force will tackle gold and arms smuggling.", "gold-smuggling", "gold", "threat/elided-head:gold smuggling"),
    ("The task force will tackle gold and arms smuggling.", "arms-trafficking", "arms", "threat/lexicon:arms smuggling"),
    # harm phrases: an adjective of harm before a generic head ("criminal activities") names a concern
    ("The governors pledged to curb cross-border criminal activities in the valley.", "organised-crime",
     "cross-border criminal", "threat/harm-phrase:criminal activities"),
    ("The minister blamed subversive elements for the riots.", "violent-extremism", "subversive",
     "threat/harm-phrase:subversive elements"),
    ("Troops raided camps of separatist factions in the hills.", "separatism", "separatist factions",
     "threat/harm-phrase:separatist factions"),
    ("Both armed forces joined the parade.", None, "armed forces", "harm-phrase head veto"),
    ("Al-Nusra, the Syrian armed group, denied the report.", None, "armed group", "describes-name"),
    # names in apposition to a group word stay in its wording; a group the lexicon knows stays its own concern
    ("Police hunted the militant groups Kata Ridge and Boko Haram near the lake.", "terrorism", "Kata Ridge",
     "threat/harm-phrase:militant groups"),
    ("Police hunted the militant groups Kata Ridge and Boko Haram near the lake.", "jihadist-groups", "Boko",
     "threat/lexicon:boko haram"),
    # a state, an ethnic adjective or a possessive before the threat word stays in the wording
    ("Diplomats discussed the Syrian conflict at length.", "armed-conflict", "Syrian conflict", "threat/lexicon:conflict"),
    ("Jets struck Kurdish rebels in the mountains.", "insurgency", "Kurdish rebels", "threat/lexicon:rebels"),
    ("Manila vowed to resist Beijing's assertiveness at sea.", "military-pressure", "Beijing's assertiveness",
     "threat/lexicon:assertiveness"),
    # what is smuggled, when the lexicon has no row for it, still names a smuggling concern
    ("The pact targets the smuggling of rare orchids and timber.", "contraband-smuggling", "rare orchids",
     "threat/object-list:smuggling of rare orchids"),
    # a modifier before a known commodity keeps the commodity's concept: "small arms" are arms
    ("Customs will stop the smuggling of small arms and gold.", "arms-trafficking", "small arms",
     "threat/object-list:small arms smuggling"),
    ("Both banks will trace illicit flows of money across the border.", "illicit-flows", "illicit flows",
     "threat/lexicon:illicit flows"),
    # vetoes
    ("She joined the Bureau of Counter Terrorism in May.", None, "Terrorism", "inside-body-name"),
    ("The two sides formed a border security committee.", None, "border security", "body-remit"),
    ("They discussed crimes such as kidnapping and extortion.", None, "crimes", "list-hypernym"),
    # a list that does not open with a concern leaves the cover word standing
    ("The ministers reviewed the response to the war of aggression against Moldova, including on export controls.",
     "military-aggression", "aggression", "threat/lexicon:aggression"),
    ("They will widen cooperation in cyber security, including training courses for judges on terrorism financing.",
     "cyber-threats", "cyber security", "threat/lexicon:cyber security"),
]


@pytest.mark.parametrize(("sentence", "concept", "word", "rule"), ROWS)
def test_threat_row(extract, sentence, concept, word, rule):
    x, _ = extract(sentence)
    found = [t for t in x.threats if word.lower() in t.wording.lower()]
    if concept is None:
        assert found == [], f"{rule}: {[(t.concept, t.wording) for t in found]}"
        return
    assert any(t.concept == concept and t.support.rule.startswith(rule) for t in found), \
        [(t.concept, t.wording, t.support.rule) for t in x.threats]


def test_a_bare_crime_word_folds_into_the_fuller_wording():
    """"smuggling ... cigarettes smuggling": one concern, not organised crime besides tobacco smuggling."""
    from kg.extract.rules import RuleExtractor
    from kg.sources import Document

    doc = Document(id="t", text="Balloons were used to smuggle cigarettes. The mayor said the city must fight "
                   "smuggling.", path="t.txt", published=None)
    threats = RuleExtractor().extract(doc).threats
    assert [t.concept for t in threats] == ["tobacco-smuggling"]
    assert len(threats[0].support.evidence) == 2


def test_a_concern_with_one_example_is_one_concern(extract):
    x, _ = extract("Police watch dissident groups including the New IRA.")
    assert len(x.threats) == 1 and "New IRA" in x.threats[0].wording


def test_every_concept_has_label_definition_and_a_place_in_the_scheme():
    g = Graph().parse(ONTOLOGY_DIR / "threats.ttl")
    concepts = set(g.subjects(SKOS.inScheme, None))
    for c in concepts:
        assert g.value(c, SKOS.prefLabel) and g.value(c, SKOS.definition), c
        broader = g.value(c, SKOS.broader)
        assert broader in concepts or g.value(c, SKOS.topConceptOf), c
    keys = {str(c).rsplit("/", 1)[-1] for c in concepts}
    assert {concept for concept, _ in reference.threat_rows()} <= keys


def test_every_row_is_reachable_by_a_stem_at_a_word_start():
    from kg.extract.threats import _STEMS

    for wording in ("gold smuggling", "fake currency", "contraband", "assassination attempt", "hostilities",
                    "political instability", "border killings", "illegal intrusion", "drone sightings", "the M23",
                    "Boko Haram", "massacres", "military build-up", "sanctions evasion", "ivory trafficking"):
        assert _STEMS.search(wording), wording
        assert reference.threat_pattern().search(wording), wording


def test_every_concept_a_row_can_give_has_a_precedence():
    """Two concerns joined in one clause are named by the narrower: each row's concept needs a rank."""
    from kg.extract.threats import _PRECEDENCE

    assert {concept for concept, _ in reference.threat_rows()} <= set(_PRECEDENCE)


@pytest.mark.parametrize(("sentence", "concept", "word"), [
    ("Rebels launched deadly attacks on two villages.", "armed-attacks", "attacks"),
    ("Two blasts hit the market at dawn.", "explosive-attacks", "blasts"),
    ("Both sides claim the disputed islands.", "territorial-claims", "disputed"),
    ("Rising tensions along the frontier worry the neighbours.", "military-pressure", "tensions"),
    ("The conflict has displaced thousands.", "armed-conflict", "conflict"),
    ("The army said it shot down four rockets.", "arms-proliferation", "rockets"),
])
def test_violence_and_friction_rows(extract, sentence, concept, word):
    x, _ = extract(sentence)
    assert any(t.concept == concept and word in t.wording.lower() for t in x.threats), \
        [(t.concept, t.wording) for t in x.threats]


def test_two_words_of_one_concept_are_two_concerns(extract):
    """"rebels" and later "armed groups": two concerns the report names, though one concept; a bare "terrorism"
    after "cross-border terrorism" is the same concern."""
    x, _ = extract("Rebels crossed the border last year. The minister accused the neighbour of arming armed groups. "
                   "The talks covered cross-border terrorism. Terrorism was the main topic.")
    wordings = sorted(t.wording.lower() for t in x.threats)
    assert any("rebels" in w for w in wordings) and any("armed groups" in w for w in wordings), wordings
    assert len([t for t in x.threats if t.concept == "terrorism"]) == 1, wordings
