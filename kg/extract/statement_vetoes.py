"""Vetoes on reported speech: named predicates that reject what a row of kg.extract.triggers found, so that the
next row is tried. Each says why analysts would not count the words as a statement."""

from __future__ import annotations

import re
from collections.abc import Callable

from kg.extract import reporting
from kg.extract.triggers import VERBS, Clause, Found, outlet

# The words credited only narrate the event itself: "The Saudi crown prince and the UAE president met on Friday, state
# media reported", "Finland and Sweden signed an agreement on Tuesday, Finnish media reported", "The meeting was held
# at headquarters, it was indicated", "He was welcomed by Tokayev at the airport". An outlet that reports an event
# vouches for a fact and states no position; a meeting that "was held" or a guest who "was welcomed" has no speaker
# at all. A ministry's "X met Y, the ministry said" stays a statement (analysts count the readout), and a clause that
# goes on to what was agreed, discussed or said ("met Y and agreed to ...") is never vetoed.
_EVENT_VERB = (r"(?:has\s+|have\s+|had\s+)?(?:also\s+|today\s+|on\s+\w+\s+)?(?:met|meets|"
               r"(?:held|holds)(?=(?:\s+[\w-]+){0,3}?\s+(?:talks|meetings?|consultations|discussions|call|session|dialogue|"
               r"round|summit|ceremony)\b)|hosted|hosts|received|receives|attended|attends|arrived|arrives|visited|"
               r"visits|paid|pays|signed|signs|inked|took\s+place|takes\s+place|"
               # x17speakers: an outlet's "X inaugurated the joint cabinet", "X was summoned to the ministry", "X were
               # visiting Manila" narrates the event too
               r"inaugurated|inaugurates|(?:is|are|was|were)\s+(?:visiting|paying)|(?:was|were|has\s+been)\s+summoned)\b")
# The event itself as the subject, or its guest: "The meeting was held", "They were welcomed by", "took place".
_AGENTLESS_EVENT = r"(?:(?:was|were|has\s+been|have\s+been)\s+(?:held|welcomed|greeted|hosted)|took\s+place|takes\s+place)\b"
_SUBJECT = r"^\s*(?:[^,;:“”\"]{1,120}?\s)??"
_NARRATED = re.compile(rf"{_SUBJECT}{_EVENT_VERB}[^“”\"]*$")
_AGENTLESS = re.compile(rf"{_SUBJECT}{_AGENTLESS_EVENT}[^“”\"]*$")
_GOES_ON = re.compile(rf"\b(?:agreed|agree|discussed|discuss|discussing|that|reviewed|exchanged\s+views|focused|focusing|"
                      rf"assurances?|guarantees?|responsible|(?:to\s+|and\s+)(?:{VERBS})|{reporting.gerund()})\b",
                      re.IGNORECASE)
def narrated_event(c: Clause, found: Found) -> bool:
    """Veto: an outlet narrates a meeting, visit, reception or signing and nothing more, or no one could have said
    it ("the meeting was held", "he was welcomed")."""
    words = found.words
    if _GOES_ON.search(words):
        return False
    return _AGENTLESS.match(words) is not None or (outlet(c, found.speaker) and _NARRATED.match(words) is not None)


def narrates(words: str) -> bool:
    """Words that only narrate a meeting, visit or signing ("He also paid a courtesy call on the Vice President"): a
    release's account of the event, not a position, when a quotation paragraph goes on with it."""
    return not _GOES_ON.search(words) and (_AGENTLESS.match(words) is not None or _NARRATED.match(words) is not None)


# Several parties undertaking something together: "(the two sides pledged) to hold a security cabinet every six
# months", "the two sides committed to a moratorium", "they agreed to address the border mechanisms", "Australia
# and Indonesia will begin coordinated patrols". That is an agreement (see kg.extract.agreements), not a statement
# of a position; one party's pledge stays a statement, and so does what the parties said of the world.
_UNDERTAKING = re.compile(r"^\s*(?:(?:on|last|this)\s+\w+\s+|(?-i:[A-Z])\w+day\s+)?(?:also\s+)?to\s+(?!be\b|have\b)[a-z]+|"
                          r"^[^,;“”\"]{0,80}?\b(?:(?:have|has|had|also|jointly)\s+)*(?:agreed|committed|pledged|vowed|decided|"
                          r"resolved)\s+to\b|"
                          r"^[^,;“”\"]{0,80}?\bwill\s+(?:jointly\s+)?(?:begin|start|hold|sign|set\s+up|establish|launch|conduct|"
                          r"create|form|deploy|exchange)\b")


# "According to a joint statement, the delegations agreed to ...": what a document says the parties undertook is
# the document's statement (analysts count it).
_DOCUMENT_WORDS = re.compile(r"\b(?:statement|declaration|communiqu[eé]|readout|release)\b", re.IGNORECASE)


def joint_undertaking(c: Clause, found: Found) -> bool:
    """Veto: several speakers credited with undertaking something together — an agreement, not a statement —
    unless a joint document reports it."""
    several = found.speaker.kind == "unnamed" and any(" and " in n for n in (found.speaker.label, *found.speaker.aliases))
    return several and _UNDERTAKING.match(found.words) is not None and not _DOCUMENT_WORDS.search(c.text)


# Several parties restating the meeting's courtesies: "Both ministers emphasised the importance of economic
# cooperation", "The two leaders reaffirmed their resolve to bolster ties", "They also stressed the need to convene
# the committees", "The ministers outlined a shared vision for ...". A readout's narration of what the sides held
# dear, not a position one speaker took: analysts credit the joint document, or nothing. Words of their own ("both
# sides stressed that ..."), a quotation in them, or a document credited in the sentence keep it a statement.
_COURTESY = re.compile(r"^\s*(?:the|their|a|an|its)\s+(?:[\w’'-]+\s+){0,2}?(?:importance|need|necessity|significance|"
                       r"commitment|resolve|determination|vision|readiness|willingness)\b")


def joint_courtesy(c: Clause, found: Found) -> bool:
    """Veto: several speakers credited, by a verb before the words, with the importance, need or commitment the
    meeting restated."""
    several = found.speaker.kind == "unnamed" and any(" and " in n for n in (found.speaker.label, *found.speaker.aliases))
    return (several and found.rule in ("statement/speaker-said", "statement/speaker-stance")
            and _COURTESY.match(found.words) is not None and not re.search(r"[“”\"]", found.words)
            and not _DOCUMENT_WORDS.search(c.text))


# Several parties credited with one belief or hope: "The two ministers believe that involving the UK will help ...",
# "the two sides believed that developing ties can help ...". The readout's summary of the meeting's mood, which
# analysts leave uncounted like the courtesies above; one party's "Iran believes that ..." stays a statement.
_BELIEF_LEMMAS = frozenset(("believe", "think", "hope"))


def joint_belief(c: Clause, found: Found) -> bool:
    """Veto: several speakers credited with believing, thinking or hoping something together (x16stmtR)."""
    several = found.speaker.kind == "unnamed" and any(" and " in n for n in (found.speaker.label, *found.speaker.aliases))
    return several and reporting.lemma_of(found.verb) in _BELIEF_LEMMAS and not _DOCUMENT_WORDS.search(c.text)


# Several parties' thanks for a deed: "The two ministers expressed their appreciation for the support of the
# coast guards", "Both sides expressed gratitude to the hosts for ...". One speaker's thanks for a deed is a statement
# (rule statement/thanks-for, x19courtesy); several speakers' are the readout's courtesy, like "both sides stressed the
# importance of ..." above (a joint document credited in the sentence keeps it).
def joint_thanks(c: Clause, found: Found) -> bool:
    """Veto: several speakers credited with thanks for a deed (rule statement/thanks-for)."""
    several = found.speaker.kind == "unnamed" and any(" and " in n for n in (found.speaker.label, *found.speaker.aliases))
    return several and found.rule == "statement/thanks-for" and not _DOCUMENT_WORDS.search(c.text)


# One speaker's thanks relayed by a reporter the sentence names after them: "Tokayev expressed appreciation for Dong
# Jun's contribution to ..., reported the Akorda press service", "X expressed gratitude for Y's support, the ministry
# said". The readout's thanks are the reporter's account, as with "the ministry said that X expressed appreciation
# for ..." (triggers.nested): the trailing credit's row takes the sentence, or nothing does.
_TRAILING_CREDIT = re.compile(r",\s+(?:(?:said|says|reported|reports|stated|added|according\s+to)\s+(?:the\s+|a\s+)?"
                              r"(?-i:[A-Z])|(?:the|a|an|its|his|her)\s+(?:[\w’'-]+\s+){0,5}?(?:said|says|reported|reports|"
                              r"stated|added)\b)[^,;]*$", re.IGNORECASE)


def relayed_thanks(c: Clause, found: Found) -> bool:
    """Veto: one speaker's thanks for a deed (rule statement/thanks-for) with a reporter credited after them."""
    return found.rule == "statement/thanks-for" and _TRAILING_CREDIT.search(found.words) is not None


# An agreement announced: "El Salvador announced a similar but broader agreement on Monday", "India and the
# Philippines announced an upgraded strategic partnership", "both sides had announced an agreement to cease all
# firing". What is announced is the agreement itself (kg.extract.agreements finds it), not a position; an
# announcement of words ("announced that ...", "announced: “...”") or of anything else stays a statement.
# "announced the formation of a joint security committee", "announced the creation of a hotline": a joint body set
# up is the agreement itself too.
_ANNOUNCED_PACT = re.compile(r"^\s*(?:(?:on|last|this)\s+\w+\s+)?(?:the|a|an|its|their|his|her)\s+(?:[\w’'-]+\s+){0,3}?"
                             r"(?:agreements?|deals?|accords?|pacts?|treat(?:y|ies)|partnerships?|ceasefire|truce|"
                             r"memorand(?:um|a)|MoUs?|(?:formation|establishment|creation|launch|setting\s+up)\s+of\s+"
                             r"(?:a|an|the)\s+(?:new\s+)?(?:joint|bilateral|common|combined)\b)")


def announced_agreement(c: Clause, found: Found) -> bool:
    """Veto: "X announced an agreement / a partnership / a ceasefire" — the agreement, not a statement."""
    return (reporting.lemma_of(found.verb) == "announce" and _ANNOUNCED_PACT.match(found.words) is not None
            and not re.search(r"[“”\"]", found.words))


# The words are only the relay of what the credit passed on: "Az reports citing foreign media ...", "..., Trend reports
# referring to the press service of the ministry.", "UNN reports, with reference to the Estonian Foreign Ministry.",
# "Officials were cited in media reports as saying that ...". The outlet states nothing there; the claim, if any, is
# elsewhere in the sentence (another row, or nothing).
_RELAY_ONLY = re.compile(r"^\s*,?\s*(?:citing|quoting|referring\s+to|with\s+reference\s+to|in\s+reference\s+to|"
                         r"as\s+saying|as\s+stating)\b", re.IGNORECASE)


def relay_phrase(c: Clause, found: Found) -> bool:
    """Veto: the words credited begin with the relay itself ("citing ...", "referring to ...", "as saying ...")."""
    return _RELAY_ONLY.match(found.words) is not None


def told_hearer(c: Clause, found: Found) -> bool:
    """Veto `told-hearer` (x21outletfix): an inverted "told" names who heard the words, not who spoke them ("“...,” Davron
    Z., the deputy governor, told Asia-Plus in an interview"): the teller before it is credited by a later row."""
    return found.rule in ("statement/said-inverted", "statement/said-inverted-wide") \
        and reporting.lemma_of(found.verb or "") == "tell"


# Tried on every find; one that answers True rejects it.
VETOES: tuple[tuple[str, Callable[[Clause, Found], bool]], ...] = (
    ("narrated-event", narrated_event),
    ("joint-undertaking", joint_undertaking),
    ("joint-courtesy", joint_courtesy),
    ("joint-belief", joint_belief),
    ("joint-thanks", joint_thanks),
    ("relayed-thanks", relayed_thanks),
    ("announced-agreement", announced_agreement),
    ("relay-phrase", relay_phrase),
    ("told-hearer", told_hearer),
)
