"""The reference tables stay well-formed: known threat keys, ISO codes, compiled patterns that match their rows."""

from __future__ import annotations

import re

import pycountry

from kg.extract import reference

def _scheme() -> set[str]:
    """The threat scheme's concept keys, read from the ontology so a new concept needs one edit."""
    from rdflib import Graph
    from rdflib.namespace import SKOS

    from kg.config import ONTOLOGY_DIR

    g = Graph().parse(ONTOLOGY_DIR / "threats.ttl")
    return {str(c).rsplit("/", 1)[-1] for c in g.subjects(SKOS.inScheme, None)}


SCHEME = _scheme()


def test_threat_rows_use_the_scheme_and_are_reachable_by_the_stem_filter():
    for concept, _ in reference.threat_rows():
        assert concept in SCHEME, concept
    for wording in ("fentanyl trafficking", "illicit financial flows", "small boats", "threats to Indian officials",
                    "immigration loopholes", "cross-border attacks", "transnational repression", "espionage"):
        assert reference.THREAT_STEMS.search(wording), wording
        assert reference.threat_pattern().fullmatch(wording), wording


def test_country_codes_are_iso_and_names_resolve():
    countries = reference.countries()
    for code in set(countries.names.values()) | set(countries.adjectives.values()) | set(countries.cities.values()):
        # Kosovo's XK is the one code outside ISO 3166 (user-assigned, as the EU and the World Bank write it)
        assert pycountry.countries.get(alpha_2=code) is not None or code == "XK", code
    assert countries.code("Canadian") == "CA" and countries.code("Ottawa") == "CA" and countries.code("UK") == "GB"


def test_title_and_organisation_patterns_find_their_own_rows():
    titles = reference.titles()
    assert titles.pattern.fullmatch("National Security Adviser")
    assert titles.normal["nsa"] == titles.normal["national security adviser"] == "National Security Advisor"
    orgs = reference.organizations()
    for word, org in orgs.by_word.items():
        assert orgs.pattern.search(f"said {word} today"), word
        assert org.kind in {"government", "agency", "ministry", "nonstate", "media", "international", "other"}


def test_trie_alternation_prefers_the_longest_word():
    pattern = re.compile("(?:" + reference.alternation(["Delhi", "New Delhi", "New"]) + r")\b")
    assert pattern.findall("in New Delhi and Delhi") == ["New Delhi", "Delhi"]
