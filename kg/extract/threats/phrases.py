"""Concerns a pattern names rather than a lexicon row: harm phrases, a state's conduct, claims on a place."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract import reference
from kg.extract.sentences import Sentence
from kg.extract.threats.records import _Mention
from kg.extract.threats.wordings import _extend


# -- harm phrases: a word that says harm before a head that says "who or what" ----------------------------------
# "trans-border criminal activities", "counter-revolutionary elements", "subversive acts": the head is generic,
# the adjective says which harm; the concept follows the adjective. Lexicon rows win where they overlap.
_HARM_ADJECTIVES = {
    "criminal": "organised-crime", "illegal": "organised-crime", "illicit": "organised-crime",
    "terrorist": "terrorism", "terror": "terrorism", "militant": "terrorism",
    "extremist": "violent-extremism", "subversive": "violent-extremism", "anti-national": "violent-extremism",
    "anti-state": "violent-extremism", "counter-revolutionary": "violent-extremism", "hostile": "violent-extremism",
    "destabilising": "violent-extremism", "destabilizing": "violent-extremism",
    # "armed elements", "armed factions": armed says who, not why (kgt:armed-violence, as the lexicon's "armed groups")
    "armed": "armed-violence",
    "separatist": "separatism", "secessionist": "separatism", "jihadist": "jihadist-groups", "jihadi": "jihadist-groups",
    "insurgent": "insurgency", "rebel": "insurgency", "radical": "radicalisation", "negative": "violent-extremism",
    # kinds of violence named by who fights whom or why ("ethnic violence", "post-election violence"): only before
    # "violence" itself (_ONLY_BEFORE); "political groups" or "religious movements" name no harm
    "ethnic": "political-violence", "sectarian": "political-violence", "communal": "political-violence",
    "intercommunal": "political-violence", "inter-communal": "political-violence", "tribal": "political-violence",
    "religious": "political-violence", "political": "political-violence", "electoral": "political-violence",
    "post-election": "political-violence", "post-electoral": "political-violence",
}
# violence named by the crime behind it ("drug violence", "cartel violence"): the noun before is its kind, and the
# wording keeps it (a bare "violence" read alone was cut from the phrase and typed as extremism)
_CRIME_VIOLENCE = {"drug": "drug-trafficking", "narco": "drug-trafficking", "cartel": "criminal-gangs",
                   "gang": "criminal-gangs", "gun": "armed-violence"}
_HARM_ADJECTIVES |= _CRIME_VIOLENCE
_ONLY_BEFORE = {a: {"violence"} for a, c in _HARM_ADJECTIVES.items() if c == "political-violence" or a in _CRIME_VIOLENCE}
# "violence" takes only a kind of violence ("ethnic violence"): the other harm adjectives before a harm noun
# ("militant attacks", "jihadist violence") were measured to fold an act the readers keep apart into its agents' concept.
_HARM_HEADS = (r"activit(?:y|ies)|elements|acts|groups?|networks?|organi[sz]ations?|outfits?|cells?|factions?|"
               r"movements?|forces|operations|violence")
_HARM_PHRASE = re.compile(rf"(?<![\w-])({'|'.join(sorted(_HARM_ADJECTIVES, key=len, reverse=True))})\s+"
                          rf"({_HARM_HEADS})(?![\w-])", re.IGNORECASE)
# Heads that only name a concern after some adjectives: "armed forces" and "illegal operations" are no concern.
_DESCRIBES_NAME = re.compile(r"[A-Z][\w'’-]+,\s+(?:the|an?)\s+(?:[\w-]+\s+){0,2}$")
_HARM_NOUN = re.compile(r"violence$")
# violence-kind: the lexicon's bare "violence" says no kind (kgt:armed-violence: gun, criminal and communal violence
# outnumber the extremist kind in the bank); a word the wording keeps before it ("jihadist violence", "criminal
# violence", "insurgent violence") says which, and files it there. Only the words that name the extremist kind file
# it under violent extremism.
_VIOLENCE_KINDS = {
    "extremist": "violent-extremism", "jihadist": "violent-extremism", "jihadi": "violent-extremism",
    "terrorist": "violent-extremism", "terror": "violent-extremism", "terror-related": "violent-extremism",
    "islamist": "violent-extremism", "radical": "violent-extremism", "separatist": "separatism",
    "insurgent": "insurgency", "rebel": "insurgency", "criminal": "organised-crime",
    "drug-related": "drug-trafficking", "gang-related": "criminal-gangs",
}
# ("violence" needs no entry: it takes only the kinds of violence of _ONLY_BEFORE, see _harm_phrases)
_HEAD_VETO = {"forces": {"armed", "illegal", "hostile"}, "operations": {"armed", "illegal", "illicit", "hostile"}}


def _harm_phrases(s: Sentence, group_names: set[str]) -> list[_Mention]:
    out = []
    for m in _HARM_PHRASE.finditer(s.text):
        adjective, head = m.group(1).lower(), m.group(2).lower()
        if adjective in _HEAD_VETO.get(head, ()) or head not in _ONLY_BEFORE.get(adjective, {head}) \
                or head == "violence" and adjective not in _ONLY_BEFORE:
            continue
        if _DESCRIBES_NAME.search(s.text, max(0, m.start() - 60), m.start()):
            continue  # "Hezbollah, the Lebanese armed group": a description of the name before, not a concern
        term = f"{adjective} {head}"
        start, end, modifiers = _extend(s, m.start(), m.end(), term, group_names)
        out.append(_Mention(start=start, end=end, concept=_HARM_ADJECTIVES[adjective], generic=not modifiers,
                            modifiers=frozenset(modifiers), term=term, sentence=s, rule=f"threat/harm-phrase:{term}"))
    return out


# -- state conduct: what a state does to a region, named by a judgement or by the frame around it -------------------
# "China's growing hegemonic moves", "malign influences in the Western Hemisphere", "coercive military activities":
# a judgement word before a head that says conduct names a concern; the judgement says which. A neutral head
# ("China's growing influence") names one only inside a frame that opposes it ("to deter ...", "amid ...").
_CONDUCT_JUDGEMENTS = {
    "hegemonic": "hegemony", "hegemonist": "hegemony", "hegemonistic": "hegemony", "expansionist": "hegemony",
    "imperial": "hegemony", "imperialist": "hegemony", "revisionist": "hegemony",
    "malign": "foreign-interference", "malicious": "foreign-interference", "nefarious": "foreign-interference",
    "coercive": "military-pressure", "aggressive": "military-pressure", "assertive": "military-pressure",
    "belligerent": "military-pressure", "provocative": "military-pressure", "destabilising": "military-pressure",
    "destabilizing": "military-pressure", "bullying": "hegemony",
}
# Conduct heads; a few name their own concern whatever the judgement ("malicious propaganda" is disinformation).
_CONDUCT_HEADS = (r"moves|actions?|activit(?:y|ies)|behaviou?rs?|influences?|ambitions?|designs|polic(?:y|ies)|posture|"
                  r"tactics|practices|conduct|presence|expansion|attempts?|man(?:oeu|eu)vres|maneuvers|intentions|acts|"
                  r"rhetoric|propaganda|interference|operations|rise")
_HEAD_CONCEPT = {"propaganda": "disinformation", "interference": "foreign-interference"}
# A state as possessor or adjective ("China's", "Beijing’s", "Russian"), or a leader's possessive ("Putin's").
_CAP = r"(?-i:[A-Z])"
_OWNER = rf"(?:(?:the\s+)?{_CAP}[\w-]+(?:\s+{_CAP}[\w-]+)?['’]s\s+|{_CAP}[a-z]+(?:an|ese|ish|i)\s+)?"
_GROWING = r"(?:(?:increasingly|growing|rising|increasing|expanding|continued|ongoing|repeated|more)\s+)?"
_DOMAIN = r"(?:(?:military|maritime|naval|economic|political|foreign|regional|grey-zone|gray-zone)\s+)?"
_JUDGED = re.compile(rf"(?<![\w-]){_OWNER}{_GROWING}(?P<judgement>{'|'.join(_CONDUCT_JUDGEMENTS)})\s+{_DOMAIN}"
                     rf"(?P<head>{_CONDUCT_HEADS})(?![\w-])", re.IGNORECASE)
# A frame that opposes what follows makes a neutral power word a concern: "to deter China's growing influence".
_OPPOSING = (r"counter(?:ing|s|ed)?|deter(?:ring|s|red)?|contain(?:ing|s|ed)?|curb(?:ing|s|ed)?|check(?:ing)?|"
             r"resist(?:ing|s|ed)?|confront(?:ing|s)?|push(?:ing)?\s+back\s+(?:against|on)|amid|in\s+the\s+face\s+of|"
             r"concerns?\s+(?:over|about|at)|wary\s+of|alarm(?:ed)?\s+(?:at|over|by)|worr(?:ied|ies|y)\s+(?:about|by|over)|fears?\s+(?:of|over|about)|unease\s+(?:over|about|at)|"
             r"counterweight\s+to|counterbalance|offset(?:ting)?|balance\s+against|threatened\s+by")
_POWER = r"influence|presence|clout|footprint|ambitions|power|might|reach|expansion|dominance|rise|build-?up"
_OPPOSED = re.compile(rf"(?<![\w-])(?:{_OPPOSING})\s+(?:what\s+\w+\s+(?:calls?|called|describes?|described|sees?)\s+as\s+)?"
                      rf"(?:the\s+|an?\s+)?(?P<span>(?P<owner>(?:{_CAP}[\w-]+(?:\s+{_CAP}[\w-]+)?['’]s|{_CAP}[a-z]+(?:an|ese|ish|i))\s+)?"
                      rf"(?P<growing>(?:increasingly\s+|ever-?\s*)?(?:growing|rising|increasing|expanding|increased|burgeoning|"
                      rf"outsized|spreading)\s+)?{_DOMAIN}(?P<head>{_POWER})(?![\w-]))", re.IGNORECASE)
# ... and the power named before its owner: "to deter the might of a rising Russia", "wary of the reach of Moscow".
_OPPOSED_OF = re.compile(rf"(?<![\w-])(?:{_OPPOSING})\s+(?:the\s+)?(?P<span>(?P<growing>(?:growing|rising|increasing|expanding|"
                         rf"increased)\s+)?{_DOMAIN}(?P<head>{_POWER})\s+of\s+(?:an?\s+|the\s+)?(?:(?:rising|resurgent|"
                         rf"increasingly\s+assertive|expansionist)\s+)?(?P<owner>{_CAP}[\w-]+))(?![\w-])", re.IGNORECASE)
# Attempts on an order: "unilateral attempts to change the status quo by force", "attempts to rebuild the empire".
_ORDER_ATTEMPT = re.compile(rf"(?<![\w-])(?:(?:{_CAP}[\w-]+['’]s|unilateral)\s+)?(?P<attempt>attempts?)\s+to\s+(?:change|alter|redraw|"
                            r"redefine|rewrite|rebuild|restore|revise|upend|overturn)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
                            r"(?:status\s+quo|norms|order|borders|empire)(?![\w-])", re.IGNORECASE)
# A state itself as the object of a verb that opposes it: "an indispensable partner in confronting China", "pacts to
# counter Beijing in the Pacific" (its conduct or power, when named, is read above: "to counter China's influence").
_OPPOSED_STATE = re.compile(rf"(?<![\w-])(?P<verb>counter(?:ing|s)?|confront(?:ing|s)?|deter(?:ring|s)?|contain(?:ing|s)?|"
                            rf"push(?:ing)?\s+back\s+against)\s+(?:an?\s+(?:increasingly\s+)?(?:assertive|aggressive|rising|"
                            rf"resurgent|expansionist)\s+)?(?P<state>{_CAP}[a-z]+(?:\s+{_CAP}[a-z]+)?)(?![\w'’-])")
_CONDUCT_HINT = re.compile(rf"(?<![\w-])(?:{'|'.join(_CONDUCT_JUDGEMENTS)}|influence|presence|clout|footprint|ambitions|"
                           rf"power|might|reach|expansion|dominance|rise|build-?up|attempts?|counter(?:ing|s)?|confront(?:ing|s)?|"
                           rf"deter(?:ring|s)?|contain(?:ing|s)?|push(?:ing)?\s+back)(?![\w-])", re.IGNORECASE)


# Whose conduct, or where, when it follows: "malign influence from communist China", "influence of China".
_CONDUCT_RIGHT = re.compile(rf"^\s+(?:of|from|in|over|across|around)\s+(?:the\s+|communist\s+)?{_CAP}[\w-]+"
                            rf"(?:\s+{_CAP}[\w-]+){{0,3}}")


def _state_conduct(s: Sentence) -> list[_Mention]:
    """Mentions of a state's conduct judged harmful (rule state-conduct) or opposed by the frame (opposed-power)."""
    if not _CONDUCT_HINT.search(s.text):
        return []
    out = []
    for m in _JUDGED.finditer(s.text):
        judgement, head = m.group("judgement").lower(), m.group("head").lower()
        concept = _HEAD_CONCEPT.get(head) or _CONDUCT_JUDGEMENTS[judgement]
        term = f"{judgement} {head}"
        out.append(_Mention(start=m.start(), end=m.end(), concept=concept, generic=False,
                            modifiers=frozenset({judgement}), term=term, sentence=s, rule=f"threat/state-conduct:{term}",
                            anchor=m.start("judgement")))
    for m in _OPPOSED.finditer(s.text):
        owner, growing = m.group("owner"), m.group("growing")
        if not (growing or owner and reference.countries().code(re.sub(r"['’]s$|^rising\s+", "", owner.strip()).split()[-1])):
            continue  # "to counter influence" or "amid the presence of troops": no state's power named
        head = m.group("head").lower()
        term = f"{'growing ' if growing else ''}{head}"
        out.append(_Mention(start=m.start("span"), end=m.end("span"), concept="hegemony", generic=False,
                            modifiers=frozenset({head}), term=term, sentence=s, rule=f"threat/opposed-power:{head}",
                            anchor=m.start("head")))
    for m in _OPPOSED_OF.finditer(s.text):
        if reference.countries().code(m.group("owner")) is None:
            continue  # "to counter the influence of money": no state's power named
        head = m.group("head").lower()
        out.append(_Mention(start=m.start("span"), end=m.end("span"), concept="hegemony", generic=False,
                            modifiers=frozenset({head}), term=f"{head} of", sentence=s,
                            rule=f"threat/opposed-power-of:{head}", anchor=m.start("head")))
    for m in _OPPOSED_STATE.finditer(s.text):
        if reference.countries().code(m.group("state")) is None:
            continue  # "to counter Hamas" is a group the lexicon reads; "to deter Friday's" no state at all
        out.append(_Mention(start=m.start("state"), end=m.end("state"), concept="state-threats", generic=False,
                            modifiers=frozenset({m.group("state").lower()}), term=m.group("state").lower(), sentence=s,
                            rule=f"threat/opposed-state:{m.group('verb').lower()}", anchor=m.start("state")))
    for m in _ORDER_ATTEMPT.finditer(s.text):
        out.append(_Mention(start=m.start(), end=m.end(), concept="hegemony", generic=False,
                            modifiers=frozenset({"attempts"}), term="attempts to change the order", sentence=s,
                            rule="threat/order-attempt:attempts to change the order", anchor=m.start("attempt")))
    for m in out:
        right = _CONDUCT_RIGHT.match(s.text[m.end:])
        if right:
            m.end += right.end()
    return out


# -- claims on a place: what a state claims, disputes or infringes, named by the place ---------------------------
# "their row over the Rann marshes", "claims over the Svalbard shelf", "Ankara, which disputes parts of the Aegean
# shelf", "the survey ship encroached on Philippine waters", "a reef also claimed by Malaysia": a claim word with a place
# for its object names a territorial concern, and the place stays in the wording (readers name the concern by it).
# The object must be a place: a name, or a word for territory ("a dispute over a radar incident" is no claim).
_TERRITORY = (r"(?:waters|territor(?:y|ies)|islands?|isles|islets?|reefs?|shoals?|atolls?|region|area|province|"
              r"enclave|border|frontier|boundary|EEZ|exclusive\s+economic\s+zone|sea|seabed|continental\s+shelf|"
              r"airspace|peninsula|strait|coast(?:line)?|land)")
_PLACE = (rf"(?:the\s+|its\s+|their\s+|parts?\s+of\s+(?:the\s+)?|sovereignty\s+(?:over|of)\s+(?:the\s+)?)*"
          rf"(?:(?-i:[A-Z])[\w'’-]+\s+){{0,3}}(?:{_TERRITORY}|(?-i:[A-Z])[\w'’-]+)(?![\w-])"
          rf"(?:\s+(?:{_TERRITORY})(?![\w-]))?")


# The head of a named sea, island group or region: "the South China Sea", "the Kuril Islands", "the Aegean".
_GEO_HEAD = r"(?:Sea|Seas|Ocean|Strait|Straits|Gulf|Bay|Islands|Isles|Shoal|Reef|Peninsula|Region|Himalayas|Arctic|Aegean)"


@dataclass(frozen=True)
class _ClaimTrigger:
    name: str                    # the rule's name: "threat/<name>"
    pattern: re.Pattern[str]     # the claim and its place; group "claim" is the claim word


_CLAIMS = [
    # a claim or dispute named as a noun, its place after over/to/about: "the row over the Rann marshes"
    _ClaimTrigger("claim-over-place", re.compile(
        rf"(?<![\w-])(?P<claim>(?:territorial\s+|maritime\s+|border\s+|sovereignty\s+)?(?:claims?|disputes?|"
        rf"controvers(?:y|ies)|row))\s+(?:over|to|about|on)\s+{_PLACE}", re.IGNORECASE)),
    # ... or in a named sea, island group or region: "to manage disputes in the South China Sea", "a long-standing
    # dispute in the South China Sea"
    _ClaimTrigger("claim-in-place", re.compile(
        rf"(?<![\w-])(?P<claim>(?:territorial\s+|maritime\s+|border\s+|sovereignty\s+)?(?:claims|disputes?|"
        rf"controvers(?:y|ies)))\s+in\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]+\s+){{0,3}}(?-i:{_GEO_HEAD})(?![\w-])",
        re.IGNORECASE)),
    # a state disputing or claiming a place, the verb before its object: "which disputes parts of the Aegean shelf"
    _ClaimTrigger("disputes-place", re.compile(
        rf"(?<![\w-])(?P<claim>(?:disputes|contests|claims|lays\s+claim\s+to|laid\s+claim\s+to|exerting\s+claims?\s+(?:over|to)))"
        rf"\s+(?=(?:parts?\s+of|sovereignty|the\s+(?-i:[A-Z])|(?-i:[A-Z])))(?:{_PLACE})", re.IGNORECASE)),
    # an act on another's place: "encroached on Philippine waters", "encroachment into Indian territory"
    _ClaimTrigger("infringes-place", re.compile(
        rf"(?<![\w-])(?P<claim>(?:infring|encroach)\w*)\s+(?:on|upon|into|in)\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,2}}?"
        rf"(?:{_TERRITORY})(?![\w-])", re.IGNORECASE)),
    # a place claimed by a state: "the reef, also claimed by Malaysia"
    _ClaimTrigger("claimed-by", re.compile(
        r"(?<![\w-])(?P<claim>(?:also\s+)?claimed)\s+by\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]+", re.IGNORECASE)),
]
_CLAIM_HINT = re.compile(r"claim|disput|controvers|\brow\b|infring|encroach|contests", re.IGNORECASE)
# Whose claim, when a state opens it: "Ankara, which disputes ...", "Moscow's claims over ...".
_CLAIMANT = re.compile(r"((?-i:[A-Z])[\w'’-]+)(?:['’]s\s+|,?\s+which\s+|\s+)$")


def _place_claims(s: Sentence) -> list[_Mention]:
    """Mentions of a claim on a place (rules claim-over-place, disputes-place, infringes-place, claimed-by)."""
    if not _CLAIM_HINT.search(s.text):
        return []
    out: list[_Mention] = []
    for trigger in _CLAIMS:
        for m in trigger.pattern.finditer(s.text):
            if any(o.start <= m.start() < o.end for o in out):
                continue
            start = m.start()
            who = _CLAIMANT.search(s.text, max(0, start - 40), start)
            if who and reference.countries().code(who.group(1)) is not None:
                start = who.start(1)
            claim = re.sub(r"\s+", " ", m.group("claim").lower())
            out.append(_Mention(start=start, end=m.end(), concept="territorial-claims", generic=False,
                                modifiers=frozenset({"place"}), term=claim, sentence=s,
                                rule=f"threat/{trigger.name}:{claim}", anchor=m.start("claim"), apart=True))
    return out
