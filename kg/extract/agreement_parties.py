"""Named repairs of an agreement's parties after its trigger gave them (x14 bank census).

*three-party-group*: a report about three states ("Indonesia, Malaysia and the Philippines reach accord on joint
patrols") tells its deals with "the three countries", "trilateral": the fallback to the report's two most
named states drops the third (on the x14 bank, 10 of 60 sampled agreements lost a party this way).

*mediator-not-party*: "a ceasefire brokered by US President Donald Trump", "talks mediated by Russia", "facilitated by
Qatari and Turkish authorities": the state that brokers, mediates or hosts a deal is no party to it, though a report on
the deal names it often enough to be one of its two most named states.

*venue-not-party*: "met in Almaty, Kazakhstan", "talks held in Georgia's capital Tbilisi": a state named only as the
place of the talks is no party to what the talks agreed."""

from __future__ import annotations

import re

from kg.extract import reference
from kg.extract.agreement_vetoes import parties_named, states_in
from kg.extract.context import Context

_STATE = r"(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}"
# "Mali, Niger and Burkina Faso", "the U.S., Colombia, and Mexico": three states listed together.
_LIST_OF_THREE = re.compile(rf"(?P<a>{_STATE}),\s+(?P<b>{_STATE}),?\s+and\s+(?P<c>{_STATE})")
# The clause speaks of the three together: "the three countries", "all three", "trilateral", "tripartite".
_THREE = re.compile(r"\b(?:[Tt]he|[Aa]ll|[Tt]hese|[Tt]hose|[Tt]heir)\s+three\b|\b[Tt]hree\s+(?:[\w-]+\s+){0,3}?"
                    r"(?:countries|nations|states|sides|governments|neighbou?rs|parties|leaders|ministers|chiefs|navies|"
                    r"militaries|armies|forces|juntas|allies|partners)\b|\b[Tt]ri(?:lateral|partite)\b")


def trio(ctx: Context) -> list[str] | None:
    """The three states a report lists together, each named again elsewhere in it (first such list); None if none."""
    for m in _LIST_OF_THREE.finditer(ctx.text):
        if re.search(r",\s*(?:and\s+)?$", ctx.text[max(0, m.start() - 3):m.start()]):
            continue   # the tail of a longer list ("A, B, C and D")
        codes = [parties_named(m.group(k)) for k in "abc"]
        if not all(len(c) == 1 for c in codes):
            continue
        three = [c[0] for c in codes]
        if len(set(three)) == 3 and all(ctx.country_counts[c] >= 2 for c in three):
            return three
    return None


def three_party_group(parties: list[str], sentence: str, three: list[str] | None) -> list[str]:
    """The report's three states when a deal given two states, one of them of the three, is told of the three together
    ("the three countries' foreign ministers agreed" in a report on Ukraine, the UK and Poland that names Russia most)."""
    if not three or len(parties) != 2 or not set(parties) & set(three):
        return parties
    if _THREE.search(sentence):   # (a sentence naming the three may be two of them pledging to the third)
        return [c for c in parties if c in three] + [c for c in three if c not in parties]
    return parties


# "brokered by US President Donald Trump", "mediated by Russia", "facilitated by Qatari and Turkish authorities"
_MEDIATED = re.compile(r"\b(?:brokered|mediated|facilitated|hosted|sponsored)\s+by\s+(?P<who>[^,.;:]{2,60})")


def mediator_not_party(parties: list[str], sentence: str, ctx: Context) -> list[str]:
    """The parties without the states the sentence names as the deal's broker, the next most named state instead."""
    mediators = {code for m in _MEDIATED.finditer(sentence) for code in states_in(m.group("who"))}
    return _without(parties, mediators, ctx)


def _without(parties: list[str], dropped: set[str], ctx: Context) -> list[str]:
    """The parties less the dropped states, topped up to two from the report's next most named states."""
    if not dropped & set(parties):
        return parties
    kept = [c for c in parties if c not in dropped]
    others = [c for c in ctx.country_counts if c not in dropped and c not in kept]
    return kept + others[:max(0, 2 - len(kept))]


# "in Almaty, Kazakhstan", "at Samarkand, Uzbekistan,", "in Georgia's capital": a state named as the place
# ("in Dhaka, Myanmar and Bangladeshi officials" is a list after the city, not its state: no "and"/"or" after it)
_VENUE = re.compile(r"\b(?:in|at)\s+(?:the\s+)?(?:[A-Z][\w'’-]+\s+){0,2}?[A-Z][\w'’-]+,\s+(?P<state>[A-Z][\w'’-]+"
                    r"(?:\s+[A-Z][\w'’-]+)?)(?=[,.;:]|\s+(?!and\b|or\b)[a-z]|$)"
                    r"|\b(?:in|to)\s+(?P<owner>[A-Z][\w'’-]+)['’]s\s+capital\b")
# The place must be the talks' ("met in", "talks held in", "signed at"): "a consulate in Basra, Iraq" is what was
# agreed, not where.
_TALKS = re.compile(r"\b(?:met|meet(?:s|ing|ings)?|talks|held|hosted|signed|summit|conference|visit(?:s|ed|ing)?|"
                    r"gathered|convened|sat down)\b", re.IGNORECASE)
_TALKS_REACH = 60  # characters before "in"/"at" where the meeting word stands


def venue_not_party(parties: list[str], sentence: str, ctx: Context) -> list[str]:
    """The parties without a state the sentence names only as the place of the talks, the next most named state
    instead ("the US, Colombia, and Mexico met in Cartagena, Colombia": Colombia named as a party too, it stays)."""
    names = reference.countries().names
    venues = {names[w] for m in _VENUE.finditer(sentence) for w in [m.group("state") or m.group("owner")]
              if w in names and _TALKS.search(sentence, max(0, m.start() - _TALKS_REACH), m.start())}
    if not venues & set(parties):
        return parties
    outside = parties_named(_VENUE.sub(" ", sentence))
    return _without(parties, {c for c in venues if c not in outside}, ctx)
