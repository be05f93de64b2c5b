"""Reference data, fourteenth round (x14bnames): every state resolves by the short name news gives it, not only by
ISO's ("Brunei", not only "Brunei Darussalam"; Kosovo, which ISO leaves out). Rows: (wording, code)."""

from __future__ import annotations

import pytest

from kg.extract import reference

# state-common-name: the names ISO 3166 (pycountry) lacks, from data/reference/countries.tsv
NAME_ROWS = [
    ("Brunei", "BN"), ("Brunei Darussalam", "BN"), ("Bruneian", "BN"),
    ("Kosovo", "XK"), ("Kosovar", "XK"),
    ("São Tomé and Príncipe", "ST"), ("Sao Tome and Principe", "ST"), ("Santomean", "ST"),
    ("St Lucia", "LC"), ("St. Lucia", "LC"), ("St. Kitts and Nevis", "KN"),
    ("St. Vincent and the Grenadines", "VC"),
    ("Federated States of Micronesia", "FM"), ("Republic of Moldova", "MD"), ("Macau", "MO"),
]


@pytest.mark.parametrize(("wording", "code"), NAME_ROWS)
def test_state_common_name(wording, code):
    assert reference.countries().code(wording) == code


# A state's label is the name news uses, not ISO's inverted or long form.
LABEL_ROWS = [("BN", "Brunei"), ("XK", "Kosovo"), ("CD", "Democratic Republic of the Congo"), ("PS", "Palestine")]


@pytest.mark.parametrize(("code", "label"), LABEL_ROWS)
def test_state_label(code, label):
    assert reference.countries().display[code] == label


# The state a body's name opens with, and a post's state, read through the short name.
ORG_ROWS = [
    ("The commander of the Royal Brunei Armed Forces met the visiting minister.", "Royal Brunei Armed Forces", "BN"),
]


@pytest.mark.parametrize(("sentence", "name", "country"), ORG_ROWS)
def test_body_state_by_short_name(extract, sentence, name, country):
    x, _ = extract(sentence)
    found = {o.name: o.country for o in x.organizations}
    assert found.get(name) == country, found


def test_kosovo_post_state(extract):
    x, _ = extract("Kosovo Prime Minister Albin Kurti met Serbian President Aleksandar Vucic in Brussels.")
    states = {p.name: [r.country for r in p.roles] for p in x.persons}
    assert states.get("Albin Kurti") == ["XK"], states


def test_label_outside_iso_in_the_graph():
    from kg.build import country_names

    assert country_names("XK") == ("Kosovo", "")


# state-written-variant: the typographic apostrophe and the unaccented spelling read as the name does; an ordinary
# word ("Reunion") stays out
VARIANT_ROWS = [
    ("Côte d’Ivoire", "CI"), ("Cote d’Ivoire", "CI"), ("Turkiye", "TR"), ("Curacao", "CW"),
    ("Democratic People’s Republic of Korea", "KP"), ("Democratic People's Republic of Korea", "KP"),
    ("St George’s", "GD"), ("N’Djamena", "TD"), ("Sao Tome", "ST"),
]


@pytest.mark.parametrize(("wording", "code"), VARIANT_ROWS)
def test_state_written_variant(wording, code):
    matched = reference.countries().pattern.fullmatch(wording)
    assert matched and reference.countries().code(wording) == code


def test_folded_ordinary_word_stays_out():
    assert reference.countries().code("Reunion") is None


def test_north_korea_in_full_is_not_the_republic_of_korea(extract):
    x, _ = extract("The Democratic People’s Republic of Korea fired two missiles into the sea on Sunday.")
    assert "KP" in x.countries and "KR" not in x.countries, x.countries
