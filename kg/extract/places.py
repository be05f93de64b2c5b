"""Where a meeting took place: a known city after "in/at/to", or a venue named right after "meeting/talks in"."""

from __future__ import annotations

import re

from kg.extract import dates as dates_mod
from kg.extract import gazetteer, reference

# (any word between, quoted titles and dashes included: "signed the ‘Agreement on ...’ on Wednesday in Port Moresby";
# a semicolon ends the clause)
_PLACE_AFTER = re.compile(r"^\s*(?:[^\s;]+\s+){0,25}?(?:in|to|at|visited|visiting|reached|(?:departs?|departed|departing|leaves|left|leaving|heads|headed|bound)\s+for)\s+(?:the\s+)?(?P<city>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)")
# "a meeting in Foz do Iguacu between ...", "the APEC summit in Shenzhen in November": a place named right after
# the noun is the venue even when it is not in the city table.
_VENUE = re.compile(r"^(?:meeting|meetings|talks|summit)\s+in\s+(?P<city>[A-Z][\w-]+(?:\s+(?:(?:do|da|de|del|di|du|el|al|es|la|le)\s+)?"
                    r"[A-Z][\w-]+)*(?:\s+\([A-Z][a-z]+\))?)(?=\s+(?:between|with|on|in|last|this|next|later|as)\b|[,.]|$)")
# "Frankfurt (Oder)": a bracketed qualifier is part of the place's name.
_QUALIFIED = re.compile(r"^\s+\([A-Z][a-z]+\)")
# "in the border city of Tacna", "in the capital, Kyiv": the text itself says the name is a city, known or not.
# "in the Kyrgyz village of Borborduk", "in the Hungarian-Serbian border town of Roszke": a state's adjective may lead.
# "in the capital Ankara": after "capital" the name may follow bare (never a day or month: "in the capital Monday").
_DAYS = "|".join(sorted(dates_mod.WEEKDAYS_TITLE))
_DESCRIBED = re.compile(r"\b(?P<prep>in|at|to)\s+the\s+(?:[A-Z][\w-]+\s+)?(?:[a-z]+\s+){0,2}?(?:(?:city|town|capital|port|village)"
                        rf"(?:\s+of|,)|capital(?!\s+(?:{_DAYS}|{dates_mod.MONTH_NAMES})\b))"
                        rf"\s+(?P<city>[A-Z][\w-]+(?:\s+(?!(?:{_DAYS})\b)"
                        r"[A-Z][\w-]+)?)")


# "in the Turkish capital Ankara", "in the German capital": a capital named by its country's adjective or name.
# "in Qatar's capital Doha", "to Mali's capital, Bamako": the capital named by its state's possessive.
_NAMED_CAPITAL = re.compile(r"\b(?P<prep>in|at|to)\s+(?:the\s+(?P<country>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)|"
                            r"(?P<owner>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)['’]s)\s+capital"
                            r"(?:,?\s+(?P<city>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?))?")


def capital_of(code: str) -> str | None:
    """The first capital the country table lists for a state ("DE" -> "Berlin")."""
    return next((cap for cap, c in reference.countries().capitals.items() if c == code), None)


def _name_capital(m: re.Match[str]) -> str:
    code = reference.countries().code(re.sub(r"['’]s$", "", m.group("country") or m.group("owner")))
    named = m.group("city") if m.group("city") and m.group("city") in reference.countries().cities else None
    capital = named or (capital_of(code) if code else None)
    return f"{m.group('prep')} {capital}" if capital else m.group()


def city(text: str) -> str | None:
    """The first known city the text names after "in", "to", "at" or "visited" (or a town placed by its region
    and country: "Kananaskis, Alberta, Canada")."""
    cities = reference.countries().cities
    text = re.sub(r"^[^\w]*(?:visited|visiting|visits|visit)\s+(?=[A-Z])", "to ", text)
    text = _NAMED_CAPITAL.sub(_name_capital, text)
    described = {m.group("city") for m in _DESCRIBED.finditer(text)}
    text = _DESCRIBED.sub(lambda m: f"{m.group('prep')} {m.group('city')}", text)
    m = _PLACE_AFTER.match(text)
    while m:
        found = m.group("city")
        for cand in (found, found.split()[0]):
            if cand in cities or cand in described:
                qualified = _QUALIFIED.match(text[m.end():]) if cand == found else None
                return cand + qualified.group() if qualified else cand
        town = _town(found)
        if town:
            # "in Port Area, Manila": a district the gazetteer knows, placed by its known city: the city is the place
            district = re.match(r"^,\s+([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)", text[m.end():])
            return district.group(1) if district and district.group(1) in cities else town
        tail = text[m.end():]
        # "Kananaskis, Alberta, Canada", "Guiyang, Guizhou Province, China": a town placed by its region and state
        if re.match(r"^,\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?,\s+[A-Z]", tail) and reference.countries().code(
                tail.split(",")[2].strip().rstrip(".").split()[0]):
            return found
        text = text[m.end():]
        m = _PLACE_AFTER.match(text)
    return None


def _town(found: str) -> str | None:
    """Rule "gazetteer-town": a name the hand tables lack that the gazetteer knows as a town ("in Batumi", "to
    Mombasa"), read whole: its first word alone only before a day or month ("in Rawalpindi Monday"), never before
    another name ("to Vladimir Putin", "in Hassan Abdullah's office")."""
    if gazetteer.state(found):
        return found
    first, _, rest = found.partition(" ")
    if rest and (rest in dates_mod.WEEKDAYS_TITLE or rest.lower() in dates_mod.MONTHS) and gazetteer.state(first):
        return first
    return None


def state(place: str) -> str | None:
    """The state a meeting's place is in: the hand tables' city or state, else the gazetteer's town."""
    return reference.countries().place_state(place) or gazetteer.state(place)


# "an informal meeting between A and B took place in Almaty", "The meeting, which took place in Algiers": the words
# say the name is where it happened.
# (an acronym in brackets may follow the occasion's name: "the 29th session of the Joint ... Commission (JPCDS) was held
# in Swakopmund")
_HELD_IN = re.compile(r"^[\w/–-]+,?\s+(?:[\w’'.,-]+\s+|\([A-Z]{2,8}\)\s+){0,12}?(?:took place|takes place|was held|were held|will be held|"
                      r"will take place|is being held|are being held)\s+in\s+(?P<city>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)"
                      r"(?=\s+(?:on|in|last|this|next|between|with)\b|[,.]|$)")


def venue(text: str) -> str | None:
    """The place a text starting with "meeting/talks/summit in ..." or "meeting ... took place in X" names, whether
    or not it is a known city (a state's name is no venue: "held in India" says which country only)."""
    m = _VENUE.match(text) or _HELD_IN.match(text)
    if m and reference.countries().names.get(m.group("city")):
        return None
    if not m or m.group("city").split()[0].lower() in dates_mod.MONTHS or m.group("city") in dates_mod.WEEKDAYS_TITLE:
        return None  # "talks in October" says when, not where
    return m.group("city")
