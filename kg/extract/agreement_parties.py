"""Named repairs of an agreement's parties after its trigger gave them (x14 bank census).

*three-party-group*: a report about three states ("Indonesia, Malaysia and the Philippines reach accord on joint
patrols") tells its deals with "the three countries", "trilateral": the fallback to the report's two most
named states drops the third (on the x14 bank, 10 of 60 sampled agreements lost a party this way).

*mediator-not-party*: "a ceasefire brokered by US President Donald Trump", "talks mediated by Russia", "facilitated by
Qatari and Turkish authorities": the state that brokers, mediates or hosts a deal is no party to it, though a report on
the deal names it often enough to be one of its two most named states.

*venue-not-party*: "met in Almaty, Kazakhstan", "talks held in Georgia's capital Tbilisi": a state named only as the
place of the talks is no party to what the talks agreed.

*host-city-not-party* (x19): "ceasefire talks held in Doha, Qatar", "top diplomats from India and China met in
Moscow": a capital (or a state after its city) named as the place of two other states' talks was counted as a mention of
its state, which made the host one of the report's two most named states, the parties a deal told without its own fall
back to. Only a venue of two other states' talks: "Prabowo held talks with Rajnath Singh in New Delhi" keeps India.
*mediator-not-party* holds report-wide too (x19): "a US-brokered peace agreement" in the lead, "both countries agreed to
..." further down: a state named anywhere as broker or mediator is no fallback party (x19 bank: 12 agreements of 5
reports change parties, 10 of 12 now right, 0 worse)."""

from __future__ import annotations

import re
from collections import Counter

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
    if _THREE.search(sentence) or _three_told_plural(parties, sentence, three):
        # (a sentence naming the three may be two of them pledging to the third)
        return [c for c in parties if c in three] + [c for c in three if c not in parties]
    return parties


# three-party-plural (x19): in a report on three states' meeting, "the defense chiefs also agreed", "the leaders
# pledged", "we explored avenues" tell the meeting's deal without a number; "both sides", "our two countries",
# "bilateral" tell a deal of two of them.
_PLURAL_SIDES = re.compile(r"\b(?:[Tt]he|[Aa]ll)\s+(?:[\w-]+\s+){0,2}?(?i:ministers|chiefs|leaders|presidents|heads|"
                           r"delegations|countries|nations)\b|\b(?:[Tt]hey|[Ww]e)\s+(?:also\s+)?(?:agreed|discussed|"
                           r"explored|pledged|signed|decided|committed|vowed)\b")
_TWO_SIDES = re.compile(r"\b(?:[Bb]oth|two|[Bb]ilateral(?:ly)?|each\s+other|[Cc]ounterparts?)\b")


def _three_told_plural(parties: list[str], sentence: str, three: list[str]) -> bool:
    """Two of the report's three states given from the fallback to a sentence that names no two states and tells its
    makers in the plural, not as two."""
    return set(parties) <= set(three) and len(parties_named(sentence)) < 2 and _PLURAL_SIDES.search(sentence) is not None \
        and _TWO_SIDES.search(sentence) is None


# "brokered by US President Donald Trump", "mediated by Russia", "facilitated by Qatari and Turkish authorities"
_BROKERED = r"brokered|mediated|facilitated"
_MEDIATED = re.compile(rf"\b(?:{_BROKERED}|hosted|sponsored)\s+by\s+(?P<who>[^,.;:]{{2,60}})")


def mediator_not_party(parties: list[str], sentence: str, ctx: Context) -> list[str]:
    """The parties without the states the sentence names as the deal's broker, the next most named state instead."""
    mediators = {code for m in _MEDIATED.finditer(sentence) for code in states_in(m.group("who"))}
    return _without(parties, mediators, ctx)


def _without(parties: list[str], dropped: set[str], ctx: Context) -> list[str]:
    """The parties less the dropped states, topped up to two from the report's next most named states."""
    if not dropped & set(parties):
        return parties
    kept = [c for c in parties if c not in dropped]
    others = [c for c in deal_counts(ctx) if c not in dropped and c not in kept]
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


# host-city-not-party: "in Doha", "at talks in Moscow", "arrived in Cairo": a capital right after "in"/"at" is a place;
# so is a state right after its city ("held in Doha, Qatar")
_PLACE_BEFORE = re.compile(r"\b(?:in|at)\s+$")
_STATE_OF_PLACE_BEFORE = re.compile(r"\b(?:in|at)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?,\s+$")


# the place is the talks' ("talks held in Doha", "met in Moscow", "arrived in Doha for talks"): "the government in
# Mogadishu" is no venue
_TALKS_OR_ARRIVAL = re.compile(_TALKS.pattern + r"|\barriv(?:e|es|ed|ing)\b", re.IGNORECASE)


def _third_state_venue(ctx: Context, m) -> bool:
    """The mention names the place of talks between two other states its sentence names ("Pakistan and Afghanistan
    agreed at talks in Doha"); a host of its own talks is named alongside one state only ("Prabowo held talks with
    Rajnath Singh in New Delhi"), or by its name too ("the ministers of Latvia and Lithuania met in Vilnius")."""
    countries = reference.countries()
    if m.text in countries.names:
        place = _STATE_OF_PLACE_BEFORE.search(ctx.text, max(0, m.start - 40), m.start)
    else:
        place = m.text in countries.capitals and _PLACE_BEFORE.search(ctx.text, max(0, m.start - 4), m.start)
    if not place:
        return False
    s = ctx.sentence_at(m.start)
    at = m.start - s.start
    if not _TALKS_OR_ARRIVAL.search(s.text, max(0, at - _TALKS_REACH), at):
        return False
    begin = (place.start() if m.text in countries.names else m.start) - s.start
    elsewhere = s.text[:max(0, begin)] + " " + s.text[at + len(m.text):]   # the sentence less the place
    named = parties_named(elsewhere)
    return m.key not in [countries.code(w) for w in re.findall(r"[A-Z][\w'’-]+", elsewhere) if w in countries.names] \
        and len([c for c in named if c != m.key]) >= 2


# mediator-not-party, report-wide (x19): "a US-brokered peace agreement", "talks mediated by Turkey", "under the
# auspices of China" anywhere in the report: the broker is no party to a deal told without its parties ("both countries
# agreed to hold follow-up meetings"). "hosted by" is left out: a host is mostly one of the two sides.
_BROKER = re.compile(rf"\b(?:{_BROKERED})\s+by\s+(?P<who>[^,.;:]{{2,60}})"
                     r"|\bunder\s+the\s+(?:joint\s+)?(?:auspices|mediation)\s+of\s+(?P<aus>[^,.;:]{2,60})"
                     r"|\b(?P<adj>[A-Z][\w'’.-]+)-(?:brokered|mediated)\b")

_SERVES = re.compile(r"\s+(?:for|to|in|on|between|with)\s+")


def brokers(ctx: Context) -> set[str]:
    """The states the report names as a deal's broker or mediator (cached on the context)."""
    if ctx._brokers is None:
        # the broker's phrase ends before what it serves: "the UN Special Coordinator for Lebanon"
        phrases = [_SERVES.split(m.group("who") or m.group("aus") or m.group("adj"))[0]
                   for m in _BROKER.finditer(ctx.text)]
        ctx._brokers = {code for p in phrases for code in states_in(p)}
    return ctx._brokers


def deal_counts(ctx: Context) -> Counter:
    """The report's state mentions, most named first (ties: first named), less the venues of other states' talks
    (cached on the context)."""
    if ctx._deal_counts is None:
        dropped = brokers(ctx)
        paired = set(map(id, ctx.paired_mentions))   # "India-Japan talks": both named, neither a venue
        counts: Counter = Counter(m.key for m in sorted(ctx.country_mentions + ctx.paired_mentions, key=lambda m: m.start)
                                  if m.key not in dropped and (id(m) in paired or not _third_state_venue(ctx, m)))
        ctx._deal_counts = Counter(dict(counts.most_common()))   # (stable: first named on ties)
    return ctx._deal_counts


def deal_states(ctx: Context) -> list[str]:
    """The two states a deal told without its parties binds: the report's two most named, a host of others' talks not
    counted by its venue."""
    return ctx.in_report_order([code for code, _ in deal_counts(ctx).most_common(2)])
