"""Threats and security concerns: lexicon wordings mapped onto the threat scheme, one record per distinct concern.

Three tables drive it. The lexicon (data/reference/threats.tsv) maps wordings onto concepts. ``_LISTS`` rebuilds
the wordings a list leaves implicit: "smuggling of narcotics, arms and gold" names three concerns, "drug and
firearm trafficking" two; each rebuilt wording ("gold smuggling") is looked up in the lexicon like any other.
``_CLAIMS`` reads claims on a place ("the row over the Rann marshes", "Oslo, which disputes parts of the shelf",
"encroached on Philippine waters"), the place kept in the wording. ``_VETOES`` are the named reasons a match is no
concern ("the Bureau of International Narcotics Affairs", "a joint
border security committee"). Every threat carries ``support.rule`` = "threat/<trigger>:<term>", e.g. "threat/lexicon:human trafficking",
"threat/object-list:gold smuggling".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from kg.extract import prefilter, reference
from kg.extract.organizations import armed_group_cue
from kg.extract.context import Context
from kg.extract.first_letter import FirstLetterIndex, top_level_alternatives
from kg.extract.model import Threat
from kg.extract.sentences import Sentence

# Words that narrow a threat down ("cross-border terrorism", "Khalistani extremists", "transnational crime").
_MODIFIERS = set("""transnational organised organized illegal illicit violent criminal international global regional
cross-border trans-border synthetic maritime domestic foreign armed radical islamist jihadist separatist extremist terrorist narco
online state-sponsored homegrown lone-wolf barbaric deadly heinous brutal terror-related drug-related gang-related""".split())
# Judgements, not kinds: they stay in the wording but do not make a concern distinct.
_EVALUATIVE = {"barbaric", "deadly", "heinous", "brutal"}
# Bodies a bare threat word can name the remit of.
_BODY_AFTER = re.compile(r"^\s+(?:committees?|commissions?|units?|cells?|task\s?forces?|desks?|departments?|centres?|centers?)\b")
_LAST_WORD = re.compile(r"([\w’'-]+)\s+$")
# The place or target after a concern, a whole name ("tensions in the East China Sea", not "... the East").
_RIGHT = re.compile(r"^\s+(?:in|against|from)\s+(?:the\s+)?(?:[A-Z][\w-]+['’]s\s+)?([A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,3})")
# A group's own short name before a threat word narrows it: "M23 rebels", "TTP militants".
_ACRONYM = re.compile(r"[A-Z][A-Z0-9-]{1,6}")
# When two concerns share a clause ("extremists ... to export separatism"), the narrower concept names it.
_PRECEDENCE = ["cattle-rustling", "border-killings", "border-tampering", "border-incursions", "gold-smuggling", "counterfeit-currency",
               "contraband-smuggling", "tobacco-smuggling", "fuel-smuggling", "cattle-smuggling", "piracy",
               "terrorist-attacks", "atrocities", "occupation", "military-pressure", "maritime-security",
               "hybrid-threats", "drone-incursions", "sabotage", "maritime-coercion", "attacks-on-shipping",
               "military-satellites", "explosive-remnants", "territorial-claims", "jihadist-groups", "foreign-fighters",
               "assassination", "coup", "explosive-attacks", "terrorist-financing", "synthetic-drugs", "drug-precursors",
               "drug-abuse", "arms-trafficking", "illegal-fishing", "wildlife-trafficking", "environmental-crime",
               "migrant-deaths", "migrant-abuse", "transnational-repression", "separatism", "insurgency",
               "disinformation", "foreign-interference", "espionage", "radicalisation", "terrorism", "drug-trafficking",
               "human-trafficking", "arms-proliferation", "illicit-flows", "money-laundering", "sanctions-evasion", "cyber-threats",
               "fraud", "illegal-immigration", "intimidation", "criminal-gangs", "organised-crime",
               "military-aggression", "hegemony", "state-threats", "armed-conflict", "armed-attacks", "border-security", "violent-extremism",
               "violent-incidents",
               "instability", "transnational-threats", "natural-disasters", "climate-change", "political-violence", "crime"]


def _rank(concept: str) -> int:
    return _PRECEDENCE.index(concept) if concept in _PRECEDENCE else len(_PRECEDENCE)


@dataclass
class _Mention:
    start: int          # offsets into the sentence
    end: int
    concept: str
    generic: bool
    modifiers: frozenset[str]
    term: str
    sentence: Sentence
    rule: str = ""
    named: bool = False          # a group's proper name ("PKK", "Boko Haram"): the name is the concern
    wording: str | None = None   # a wording rebuilt from a list, when the text has none of its own
    anchor: int | None = None    # where the concern's own word starts, when a possessor opens the span ("Kremlin's")
    apart: bool = False          # a concern of its own that no neighbour in the clause joins ("violence in the row over X")


@dataclass
class _Concern:
    concept: str
    wording: str
    identity: tuple
    rule: str
    term: str
    generic: bool
    evidence: list[Sentence] = field(default_factory=list)


# -- the lexicon -----------------------------------------------------------------------------------------------
def _lookup(phrase: str) -> tuple[str, bool] | None:
    """(concept, generic) of the lexicon row a whole phrase is, or None."""
    m = reference.threat_pattern().fullmatch(phrase)
    return reference.threat_rows()[m.lastindex - 1] if m else None


def _lexicon(s: Sentence, group_names: set[str]) -> list[_Mention]:
    rows = reference.threat_rows()
    found: list[_Mention] = []
    for m in _scan(reference.threat_index(), s.text):
        concept, generic = rows[m.lastindex - 1]
        start, end = m.start(), m.end()
        term = m.group().lower()
        named = bool(re.search(r"[A-Z]", m.group()[1:])) and not m.group().isupper() or m.group().isupper() \
            and len(m.group()) > 1
        if re.match(r"counter-?(?:terror|narco|insurgen|extrem|radical|prolifer)", term):
            # "counter-terrorism" is about terrorism; keep the threat's own word as its wording.
            start += len(re.match(r"counter-?", term).group())
            term = term[len(re.match(r"counter-?", term).group()):]
        start, end, modifiers = _extend(s, start, end, term, group_names)
        found.append(_Mention(start=start, end=end, concept=concept, generic=generic, modifiers=frozenset(modifiers),
                              term=term, sentence=s, rule=f"threat/lexicon:{term}", named=named))
    for h in _harm_phrases(s, group_names):
        # "separatist factions" gives the bare "separatist" its head; a fuller or specific lexicon wording wins
        inside = [f for f in found if h.start <= f.start and f.end <= h.end and f.generic and (f.start, f.end) != (h.start, h.end)]
        noun = _HARM_NOUN.search(h.term)
        if noun:
            # "Sectarian violence": the kind says which violence the bare noun is, over the noun's generic row and a
            # capitalised adjective's modifier reading; a row that names the noun specifically still wins
            head = h.end - len(noun.group())
            overlapping = [f for f in found if f.start < h.end and h.start < f.end]
            if any(not f.generic and f.end > head for f in overlapping):
                continue
            inside = overlapping
            h.start = min([h.start] + [f.start for f in inside])
            h.end = max([h.end] + [f.end for f in inside])
        if not any(f.start < h.end and h.start < f.end for f in found if f not in inside):
            found = [f for f in found if f not in inside] + [h]
    for c in _state_conduct(s):
        # a lexicon wording inside the conduct phrase ("aggressive activities") gives way to it; one that overlaps
        # it otherwise ("malicious cyber activities") is the narrower concern
        inside = [f for f in found if c.start <= f.start < c.end]
        c.end = max([c.end] + [f.end for f in inside])
        if not any(f.start < c.end and c.start < f.end for f in found if f not in inside):
            found = [f for f in found if f not in inside] + [c]
    for c in _place_claims(s):
        # a lexicon wording inside the claim ("territorial dispute") gives way to the fuller span
        inside = [f for f in found if c.start <= f.start and f.end <= c.end or f.start <= c.start < f.end]
        c.start = min([c.start] + [f.start for f in inside])
        c.end = max([c.end] + [f.end for f in inside])
        found = [f for f in found if f not in inside] + [c]
    return _join(sorted(found, key=lambda m: m.start))


def _extend(s: Sentence, start: int, end: int, term: str, group_names: set[str]) -> tuple[int, int, set[str]]:
    """The span of a threat word grown over the words that narrow it, and those words (lowercased)."""
    modifiers: set[str] = set()
    # Narrowing words to the left: "transnational organised crime", "pro-Khalistan extremists", "M23 rebels".
    left = s.text[:start]
    while True:
        w = _LAST_WORD.search(left, max(0, len(left) - 40))
        if not w:
            break
        word = w.group(1)
        if word.lower() in _MODIFIERS or (re.fullmatch(r"(?:pro|anti)-[A-Z][\w-]+|[A-Z][a-z]+(?:i|ist|ese|an|ish)", word)
                                          or _ACRONYM.fullmatch(word) or word in group_names) \
                and reference.countries().code(word) is None and word not in _NOT_GROUP_ACRONYMS:
            modifiers.add(word.lower())
            start = w.start(1)
            left = s.text[:start]
        else:
            break
    # A group's own name before a word for its members names the concern: "the Ansar Al Sunnah terrorists".
    if _MEMBERS.search(term) and not modifiers:
        run = _NAME_RUN.search(left, max(0, len(left) - 60))
        if run and _is_group_name(run.group(1), left[:run.start(1)]):
            modifiers.add(run.group(1).lower())
            start = run.start(1)
            left = s.text[:start]
    # "clan militias and other armed bands", "pirates and other criminals": the kind named first is one of the concern,
    # and the wording keeps it.
    kind = _AND_OTHER.search(left, max(0, len(left) - 60))
    if kind and not _STEMS.search(kind.group(1)):
        start = kind.start(1)
        left = s.text[:start]
    # A state named just before ("Russia's aggression", "the Ukrainian conflict") stays in the wording, as readers
    # write it, but does not make the concern distinct: a state's concern is still the concern.
    w = _LAST_WORD.search(left, max(0, len(left) - 40))
    if w and reference.countries().code(re.sub(r"['’]s$", "", w.group(1))) is not None \
            and w.group(1) not in _NOT_GROUP_ACRONYMS:
        start = w.start(1)
        # the state's whole name, not its last word: "North Korea's missiles", not "Korea's"; "South Sudan's"
        whole = [m for m in reference.countries().pattern.finditer(left, max(0, start - 40)) if m.end() == w.end(1)]
        if whole:
            start = min(start, whole[0].start())
    right = _RIGHT.match(s.text[end:])
    if right:  # "atrocities in Gaza": the place stays in the wording; only a non-state narrows the concern
        if reference.countries().code(right.group(1)) is None:
            modifiers.add(right.group(1).lower())
        end += right.end()
    elif _GROUP_HEAD.search(term):
        named = _APPOSED_NAMES.match(s.text[end:])
        if named:  # "the terrorist groups OLF Shene and Al-Shabbab": the groups named are the concern ...
            names = []
            for n in re.finditer(_NAME, named.group(1)):
                if _lookup(n.group()) or n.group().split()[0] in _NOT_NAMES:
                    break  # ... up to a group the lexicon knows (a concern of its own) or a word that is no name
                names.append(n)
            if names:
                modifiers |= {n.group().lower() for n in names}
                end += named.start(1) + names[-1].end()
    return start, end, modifiers


_AND_OTHER_GAP = re.compile(r",?\s+and\s+(?:all\s+)?other\s+")
_AND_OTHER = re.compile(r"(?<![\w'’-])((?:[A-Za-z][\w'’-]*\s+){0,2}[A-Za-z][\w'’-]*),?\s+and\s+other\s+$")
# Words for a group's members or the group itself, which a name before can narrow ("Hamas militants").
_MEMBERS = re.compile(r"(?:terrorists|militants|rebels|insurgents|fighters|extremists|jihadists|separatists|"
                      r"militias?|gangs?|cartels?|groups?)$")
_PARTICLE = r"(?:al|Al|el|El|ul|de|del|da|wal)[- ]"
_NAME_RUN = re.compile(rf"((?:{_PARTICLE})?[A-Z][\w'’-]+(?:[ -](?:{_PARTICLE})?[A-Z][\w'’-]+){{0,3}})\s+$")
_MONTHS = set("January February March April May June July August September October November December".split())


def _is_group_name(run: str, before: str) -> bool:
    """A run of capitalised words is a group's name: not a state, a date, a clause opener or a sentence's first word."""
    words = re.findall(r"[A-Z][\w'’-]+", run)
    if not before.strip() or before.rstrip()[-1:] in ".:\"“(" or not re.search(r"[a-z,]\s*$", before):
        return False  # the sentence's first words, or after punctuation: a capital says nothing
    return not any(w in _NOT_NAMES or w in _MONTHS or w in _NOT_GROUP_ACRONYMS
                   or reference.countries().code(re.sub(r"['’]s$", "", w)) is not None for w in words)


# Group words a name can follow in apposition ("the terrorist group OLF Shene", "militias Mai-Mai and Wazalendo").
_GROUP_HEAD = re.compile(r"(?:groups?|organi[sz]ations?|outfits?|factions?|militias?|movements?)$")
# Capitalised words that open a clause or a date, not a group's name.
_NOT_NAMES = set("""In On At By For From To The This That These Those It Its Their They He She We But And Or As Since
After Before While Which Who When Where Monday Tuesday Wednesday Thursday Friday Saturday Sunday""".split())
_NAME = r"(?:al-|Al-)?[A-Z][\w'’-]+(?:\s+(?:al-|Al-)?[A-Z][\w'’-]+){0,3}"
_APPOSED_NAMES = re.compile(rf"^\s+(?:the\s+)?({_NAME}(?:\s*,\s*{_NAME})*(?:,?\s+and\s+(?:the\s+)?{_NAME})?)(?![\w'’-])")

# -- harm phrases: a word that says harm before a head that says "who or what" ----------------------------------
# "trans-border criminal activities", "counter-revolutionary elements", "subversive acts": the head is generic,
# the adjective says which harm; the concept follows the adjective. Lexicon rows win where they overlap.
_HARM_ADJECTIVES = {
    "criminal": "organised-crime", "illegal": "organised-crime", "illicit": "organised-crime",
    "terrorist": "terrorism", "terror": "terrorism", "militant": "terrorism",
    "extremist": "violent-extremism", "subversive": "violent-extremism", "anti-national": "violent-extremism",
    "anti-state": "violent-extremism", "counter-revolutionary": "violent-extremism", "hostile": "violent-extremism",
    "destabilising": "violent-extremism", "destabilizing": "violent-extremism", "armed": "violent-extremism",
    "separatist": "separatism", "secessionist": "separatism", "jihadist": "jihadist-groups", "jihadi": "jihadist-groups",
    "insurgent": "insurgency", "rebel": "insurgency", "radical": "radicalisation", "negative": "violent-extremism",
    # kinds of violence named by who fights whom or why ("ethnic violence", "post-election violence"): only before
    # "violence" itself (_ONLY_BEFORE); "political groups" or "religious movements" name no harm
    "ethnic": "political-violence", "sectarian": "political-violence", "communal": "political-violence",
    "intercommunal": "political-violence", "inter-communal": "political-violence", "tribal": "political-violence",
    "religious": "political-violence", "political": "political-violence", "electoral": "political-violence",
    "post-election": "political-violence", "post-electoral": "political-violence",
}
_ONLY_BEFORE = {a: {"violence"} for a, c in _HARM_ADJECTIVES.items() if c == "political-violence"}
# "violence" takes only a kind of violence ("ethnic violence"): the other harm adjectives before a harm noun
# ("militant attacks", "jihadist violence") were measured to fold an act the readers keep apart into its agents' concept.
_HARM_HEADS = (r"activit(?:y|ies)|elements|acts|groups?|networks?|organi[sz]ations?|outfits?|cells?|factions?|"
               r"movements?|forces|operations|violence")
_HARM_PHRASE = re.compile(rf"(?<![\w-])({'|'.join(sorted(_HARM_ADJECTIVES, key=len, reverse=True))})\s+"
                          rf"({_HARM_HEADS})(?![\w-])", re.IGNORECASE)
# Heads that only name a concern after some adjectives: "armed forces" and "illegal operations" are no concern.
_DESCRIBES_NAME = re.compile(r"[A-Z][\w'’-]+,\s+(?:the|an?)\s+(?:[\w-]+\s+){0,2}$")
_HARM_NOUN = re.compile(r"violence$")
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


# Acronyms that head a sentence or name a state's own body, never a group: "EU sanctions evasion", "US drug policy".
_NOT_GROUP_ACRONYMS = {"UN", "EU", "AU", "US", "UK", "NATO", "ASEAN", "SCO", "BRICS", "G7", "G20", "OAS", "IMF"}


# The stems, tried only where a word starts (or after a hyphen): every wording starts a word, and trying the long
# alternation inside words is most of the cost of a sentence without threats.
# (after "rocket": the armed exchanges of _EXCHANGE, "exchanged fire", "opened fire on", "skirmishes"; a crisis in a place)
_EXTRA_STEMS = ["counter", "blast", "explos", "tension", "disput", "contested", "conflict", "rocket",
                "exchang", "open", "skirmish", "shoot", "gun ?battle", "firefight", "indiscriminate", "unprovoked", "cris[ie]s"]
_STEMS = re.compile(r"(?<![a-z])(?:" + reference.THREAT_STEMS.pattern + "|" + "|".join(_EXTRA_STEMS) + ")", re.IGNORECASE)
_STEM_INDEX = FirstLetterIndex(_STEMS, [*top_level_alternatives(reference.THREAT_STEMS.pattern), *_EXTRA_STEMS],
                               "", lookbehind=r"(?<![a-z])", capture=False)  # the same hits, tried by first letter


def _scan(pattern: FirstLetterIndex, text: str) -> list[re.Match[str]]:
    """The full wording pattern, run only in small windows around stem hits (it is costly at every position)."""
    windows: list[list[int]] = []
    for hit in _STEM_INDEX.finditer(text):
        a, b = max(0, hit.start() - 45), min(len(text), hit.end() + 90)
        if windows and a <= windows[-1][1]:
            windows[-1][1] = b
        else:
            windows.append([a, b])
    out: list[re.Match[str]] = []
    for a, b in windows:
        pos = a
        while pos < b:
            m = pattern.search(text, pos, min(len(text), b + 60))
            if not m or m.start() >= b:
                break
            if not out or m.start() >= out[-1].end():
                out.append(m)
            pos = max(m.end(), pos + 1)
    return out


# A concern and one example of it ("dissident groups including the New IRA") are one concern; a cover word with a
# list of kinds ("crimes such as intrusion, trafficking and smuggling") gives way to the list (veto list-hypernym).
_EXAMPLE_GAP = re.compile(r",?\s+(?:including|such as|notably|like|especially|particularly)\s+(?:the\s+)?")
_LIST_AFTER = re.compile(r"^\s*(?:,|and\b|or\b)")


# A subordinate clause opens between two concerns: "to counter drug smuggling while deterring the re-emergence of
# Islamic State" names two.
_SUBORDINATOR = re.compile(r"\b(?:while|whereas|because|although|though|unless)\b",
                           re.IGNORECASE)
_COMPOUND_GAP = re.compile(r"-[a-z]+\s+")   # the rest of a hyphenated modifier: "cocaine[-producing ]gangs"
_BY_AGENT = re.compile(r"\s+by\s+(?:the\s+|an?\s+)?")
# Words for those who act, not for what they do: traffickers, extremists, militants, rebels, gangs.
_AGENT = re.compile(r"(?:ers|ists|ants|ents|rebels|groups?|gangs?|cartels?|networks?|militias?)$")


def _join(mentions: list[_Mention]) -> list[_Mention]:
    """Two concerns in one clause with no list between them ("extremists using X to export separatism") are one."""
    out: list[_Mention] = []
    for m in mentions:
        if out and not (out[-1].apart or m.apart) and _AND_OTHER_GAP.fullmatch(m.sentence.text[out[-1].end:m.start]):
            prev = out.pop()  # "heroin and other drugs": one concern; a bare cover word ("and other hostile
            # elements") says less than the kind named first, which then names it
            named = prev if m.generic else m
            out.append(replace(named, start=prev.start, end=m.end, modifiers=m.modifiers | prev.modifiers, generic=False))
            continue
        if out and m.start < out[-1].end and (out[-1].named or m.named) and out[-1].concept == m.concept \
                and _MEMBERS.search((m if not m.named else out[-1]).term):
            # named-members: "the Tren de Aragua gang" grew over the group's own name the lexicon knows; the name
            # with its members word is the one concern the name is
            prev = out.pop()
            named = prev if prev.named else m
            out.append(replace(named, start=min(prev.start, m.start), end=max(prev.end, m.end)))
            continue
        if out and out[-1].concept != m.concept and not (out[-1].apart or m.apart):
            gap = m.sentence.text[out[-1].end:m.start]
            # A relative clause ("networks that help Mexican cartels") names a second concern, not a narrower one.
            # ... and so does a bare article between them ("membership of a terrorist group a crime").
            if gap.split() and all(w.lower() in ("a", "an", "the") for w in gap.split()):
                out.append(m)
                continue
            if not out[-1].generic and _EXAMPLE_GAP.fullmatch(gap) and not _LIST_AFTER.match(m.sentence.text[m.end:]):
                out[-1] = replace(out[-1], end=m.end)  # "dissident groups including the New IRA": one concern
                continue
            if len(gap.split()) <= 8 and not re.search(r"[,;.\"“”]|\band\b|\bor\b|\bas well as\b|\b(?:that|which|who|such as|including|like)\b", gap) \
                    and not _SUBORDINATOR.search(gap):
                prev = out.pop()
                named = prev if prev.named else m if m.named else None
                concept = min(prev.concept, m.concept, key=_rank)
                if _BY_AGENT.fullmatch(gap) and (m.named or _AGENT.search(m.term)):
                    # "money laundering by drug traffickers", "attacks by the PKK": the act is the concern, its agent
                    # stays in the wording (a means does not: "attempts to change the status quo by coercion"); a
                    # group named as the agent still names what follows ("by the Al-Shabaab militant group")
                    concept, source = prev.concept, prev
                else:
                    if not gap.strip() or _COMPOUND_GAP.fullmatch(gap):  # a compound names its head: "drug
                        concept = m.concept  # trafficking gangs" and "cocaine-producing gangs" are gangs
                    if named is not None:  # ... but a group's name is the concern: "the PKK terrorist group"
                        concept = named.concept
                    # the rule that gave the concept names the joined concern
                    source = named or (m if concept == m.concept else prev)
                out.append(_Mention(start=prev.start, end=m.end, concept=concept, generic=False,
                                    modifiers=prev.modifiers | m.modifiers | {prev.term}, term=m.term,
                                    sentence=m.sentence, rule=source.rule, named=named is not None))
                continue
        out.append(m)
    return out


# -- lists that leave a wording implicit -----------------------------------------------------------------------
# What a crime verb or noun becomes as the head of a rebuilt wording: "smuggle cigarettes" → "cigarettes smuggling".
_HEAD_NOUN = [(re.compile(r"smuggl", re.I), "smuggling"), (re.compile(r"traffic", re.I), "trafficking"),
              (re.compile(r"trade", re.I), "trade"), (re.compile(r"flows?", re.I), "trafficking")]
# Where a list of conjuncts ends: punctuation, or a preposition that starts the next phrase ("... from Belarus").
_LIST_END = re.compile(r"[.;:()\"“”]|\s(?:from|across|into|through|by|with|along|via|at|on|in|to|over|between|"
                       r"that|which|who|while|as|for|under|near|since|after|before|are|is|was|were|has|have|had)\s")
_CONJUNCT_SPLIT = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|as well as)\s+")


@dataclass(frozen=True)
class _ListTrigger:
    name: str                    # the rule's name: "threat/<name>:<rebuilt wording>"
    pattern: re.Pattern[str]     # ends where the list of conjuncts starts
    # the "smuggled / trafficked" word whose head noun completes each conjunct


_LISTS = [
    # "smuggling of narcotics, arms, gold, fake currency, and contraband"; "trafficking in women and children"
    _ListTrigger("object-list", re.compile(r"(?<![\w-])(?P<head>smuggling|trafficking|trade|flows?)\s+(?:of|in)\s+"
                                           r"(?:(?:illegal|illicit|the)\s+)?", re.I)),
    # "balloons used to smuggle cigarettes"; "gangs that traffic drugs and guns"
    _ListTrigger("verb-object", re.compile(r"(?<![\w-])(?P<head>smuggl(?:e|es|ed)|traffic(?:s|ked)?)\s+(?:in\s+)?", re.I)),
]


def _conjuncts(text: str, start: int) -> list[tuple[int, int, str]]:
    """(start, end, words) of each conjunct of the list that begins at ``start``: short noun phrases only."""
    stop = _LIST_END.search(text, start)
    segment = text[start:stop.start() if stop else len(text)]
    out, pos = [], 0
    for piece in [*_CONJUNCT_SPLIT.split(segment)]:
        at = segment.find(piece, pos)
        pos = at + len(piece)
        words = piece.strip()
        if not words or len(words.split()) > 3:
            break
        out.append((start + at, start + at + len(piece.rstrip()), words))
    return out


def _rebuild(conjunct: str, head: str) -> tuple[str, tuple[str, bool]] | None:
    """The lexicon wording and row a conjunct makes with its head: ("gold smuggling", ("gold-smuggling", False))."""
    for phrase in (f"{conjunct} {head}", f"{re.sub(r's$', '', conjunct)} {head}"):
        row = _lookup(phrase)
        if row:
            return phrase, row
    words = conjunct.split()
    for i in range(1, len(words)):  # "small arms", "light weapons": the last noun says what is smuggled
        row = _lookup(f"{' '.join(words[i:])} {head}")
        if row:
            return f"{conjunct} {head}", row
    return None


# What is smuggled or trafficked, when the lexicon has no row for it ("smuggling of native species"): the thing
# still names a concern of the crime's own concept. Only plain lowercase nouns: "smuggling of the victims' ..." or a
# name is no commodity.
_UNLISTED = {"smuggling": "contraband-smuggling"}
_NOT_GOODS = set("the a an its their his her our this that these those all any such other some people persons".split())


# A word the list runs on into that opens a verb phrase ("smuggling of weapons and drugs, and try to stop ...",
# "... native species, according to the agency") is no commodity: the conjunct is followed by "to" and a word.
_VERB_AFTER = re.compile(r"\s+to\s+(?:the\s+)?[a-z]")


def _unlisted(words: str, head: str) -> tuple[str, tuple[str, bool]] | None:
    if not re.fullmatch(r"[a-z]+(?:[ -][a-z]+){0,2}", words) or words.split()[0] in _NOT_GOODS \
            or any(w.endswith("ly") or w in _UNLISTED for w in words.split()):
        return None  # "smuggling of particularly ...": an adverb or a second crime is no commodity
    return f"{head} of {words}", (_UNLISTED[head], False)


def _listed(s: Sentence) -> list[tuple[int, int, _Mention]]:
    """Mentions rebuilt from lists, each with the span of the whole list that made it (lexicon matches inside it
    give way)."""
    out = []
    for trigger in _LISTS:
        for m in trigger.pattern.finditer(s.text):
            head = next(noun for stem, noun in _HEAD_NOUN if stem.match(m.group("head")))
            made = []
            for a, b, words in _conjuncts(s.text, m.end()):
                rebuilt = _rebuild(words.lower(), head)
                if rebuilt is None and trigger.name == "object-list" and m.group("head").lower() in _UNLISTED \
                        and not _VERB_AFTER.match(s.text[b:]):
                    rebuilt = _unlisted(words, m.group("head").lower())
                if rebuilt:
                    phrase, (concept, generic) = rebuilt
                    made.append(_Mention(start=a, end=b, concept=concept, generic=False, modifiers=frozenset(),
                                         term=phrase, sentence=s, rule=f"threat/{trigger.name}:{phrase}",
                                         wording=phrase))
            if made:
                out += [(m.start(), made[-1].end, x) for x in made]
    return out


def _elided(s: Sentence, mentions: list[_Mention]) -> list[_Mention]:
    """"drug and firearm trafficking", "maritime and cyber security threats": modifiers coordinated before one head
    each name a concern, rebuilt as "<modifier> <head>" and looked up."""
    out = []
    for m in mentions:
        words = s.text[m.start:m.end].split()
        if len(words) < 2:
            continue
        rest = " ".join(words[1:]).lower()
        left = s.text[:m.start]
        while True:
            c = re.search(r"(?<![\w-])([\w-]+(?:\s[\w-]+)?)(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$", left)
            if not c:
                break
            for words_ in (c.group(1), c.group(1).split()[-1]):
                phrase = f"{words_.lower()} {rest}"
                row = _lookup(phrase)
                if row:
                    start = c.start(1) + (len(c.group(1)) - len(words_))
                    out.append(_Mention(start=start, end=c.end(1), concept=row[0], generic=False,
                                        modifiers=frozenset(), term=phrase, sentence=s,
                                        rule=f"threat/elided-head:{phrase}", wording=phrase))
                    left = left[:start]
                    break
            else:
                break
    return out


# -- vetoes: named reasons a match is no concern ----------------------------------------------------------------
@dataclass(frozen=True)
class _Scene:
    """What a veto reads besides the mention: the article's body names, the sentence's other mentions, its states."""
    names: list[tuple[int, int]]
    siblings: list[_Mention] = field(default_factory=list)
    main_states: frozenset[str] = frozenset()


def _inside_body_name(m: _Mention, scene: _Scene) -> bool:
    """"Bureau of International Narcotics Affairs": the word names the body (armed groups are the exception)."""
    at = m.sentence.start + (m.start if m.anchor is None else m.anchor)
    return any(a <= at < b for a, b in scene.names)


# A force named by the field it guards: "border security forces exchanged fire", "maritime security personnel".
_FORCE_AFTER = re.compile(r"^\s+(?:forces?|personnel|guards?|troops|officers|officials|agenc(?:y|ies))\b")


def _body_remit(m: _Mention, _: _Scene) -> bool:
    """"a joint border security committee", "border security forces": the body's remit, not a concern the report
    raises."""
    after = m.sentence.text[m.end:]
    return m.generic and (_BODY_AFTER.match(after) is not None
                          or _FIELD.fullmatch(m.term) is not None and _FORCE_AFTER.match(after) is not None)


def _list_hypernym(m: _Mention, scene: _Scene) -> bool:
    """"cross-border crimes such as intrusion and trafficking": the list names the concerns, not the cover word (a list
    of places names none: "conflicts in several regions, including Libya and Syria")."""
    cue = re.match(r"^(?:\s+(?:ahead|today|now|too|also))?,?\s+(?:such as|including|like|notably)\s+(?:the\s+|an?\s+|[“\"])?",
                   m.sentence.text[m.end:])
    # The list's first item must be a concern itself: "crimes such as illegal intrusion" (not "war of aggression,
    # including on sanctions" or "cyber security, including prevention of ...").
    return m.generic and cue is not None \
        and any(m.end + cue.end() <= x.start <= m.end + cue.end() + 12 for x in scene.siblings if x is not m)


# "<domain> security" names a field of work ("cooperation in cyber security, military medicine and training"); it
# is a concern only beside one ("maritime security, counter-terrorism and cyber security").
_FIELD = re.compile(r"(?:cyber|border|maritime|energy|food|health|information)[ -]?security", re.IGNORECASE)


def _cooperation_field(m: _Mention, scene: _Scene) -> bool:
    """A bare "cyber security" or "border security" in a sentence that names no concern besides: a field."""
    field = lambda x: x.generic and _FIELD.fullmatch(x.term) is not None  # noqa: E731
    return field(m) and not any(not field(x) for x in scene.siblings if x is not m)


# A treaty's or plan's hypothetical: "to defend each other in the event of armed attacks", "in case of an attack",
# also as the second of two cases it supposes ("in case of rebellion or external aggression").
_HYPOTHETICAL = re.compile(r"(?:in\s+the\s+event\s+of|in\s+case\s+of|should\s+there\s+be|against\s+any\s+possible)"
                           r"\s+(?:an?\s+|any\s+|future\s+)*(?:[\w-]+\s+(?:or|and)\s+(?:an?\s+|any\s+)?(?:[\w-]+\s+)?)?$",
                           re.IGNORECASE)
# ... and the attack a pact deters: "joint deterrence against any aggression", "protection against external aggression"
# ("protection against terrorism" names a concern the pact meets, not one it supposes).
_DETERRED = re.compile(r"(?:deterren(?:ce|t)|protection)\s+(?:against|from)\s+(?:an?\s+|any\s+|future\s+|external\s+|"
                       r"foreign\s+|possible\s+|potential\s+)*$", re.IGNORECASE)
_DETERRED_ACTS = re.compile(r"(?:aggression|(?:armed\s+)?attacks?|invasion)$", re.IGNORECASE)


def _hypothetical(m: _Mention, _: _Scene) -> bool:
    """A bare attack or conflict word a clause only supposes ("in the event of an armed attack"): no concern raised."""
    if not m.generic:
        return False
    text = m.sentence.text
    if _HYPOTHETICAL.search(text, max(0, m.start - 60), m.start) is None and not (
            _DETERRED_ACTS.search(m.term) and _DETERRED.search(text, max(0, m.start - 60), m.start)):
        return False
    # a state named in the wording makes it an act someone makes: "deterrence against Russian aggression"
    return not re.search(r"(?-i:[A-Z])", text[m.start:m.end].split(m.term.split()[0])[0] if m.term else "")


# A mutual-defence clause names the act it answers, not one anyone has made: "aggression against either country
# shall be considered aggression against both", "an attack on one or more contracted parties ... an aggression
# against the other parties".
_PARTNERS = (r"(?:countr(?:y|ies)|states?|nations?|part(?:y|ies)|members?(?:\s+states?)?|signator(?:y|ies)|allies|sides?|"
             r"of\s+them)")
_MUTUAL_CLAUSE = re.compile(rf"(?<![\w-])(?:on|against|of)\s+(?:either|(?:any|one|each)(?:\s+(?:or\s+more\s+)?of)?|one\s+or\s+more)"
                            rf"\s+(?:the\s+|its\s+|their\s+)?(?:two\s+|three\s+|contracting\s+|contracted\s+|member\s+|"
                            rf"allied\s+|signatory\s+)*{_PARTNERS}(?![\w-])", re.IGNORECASE)
_MUTUAL_TARGET = re.compile(r"^\s+(?:on|against)\s+(?:the\s+(?:sovereignty|territorial\s+integrity|security)(?:\s+(?:and|or)\s+"
                            r"(?:sovereignty|territorial\s+integrity|security))?\s+of\s+)?"
                            r"(?:either|any|one|each|both|all|the\s+others?)(?![\w-])", re.IGNORECASE)


def _mutual_defence(m: _Mention, _: _Scene) -> bool:
    """An attack or aggression word, no one named in it, aimed at "either country", "one state" or "both", in a
    sentence that states a mutual-defence clause: no act anyone has made."""
    text = m.sentence.text
    # (a wording that names someone, "Russian aggression against either ...", is an act someone made)
    if re.search(r"[A-Z]", text[m.start:m.end]) or not _MUTUAL_CLAUSE.search(text):
        return False
    # the wording may already hold its complement ("aggression against either country"): read from the term's end
    head = re.search(re.escape(m.term.split()[-1]), text[m.start:m.end], re.IGNORECASE)
    return head is not None and _MUTUAL_TARGET.match(text[m.start + head.end():]) is not None


# A weapon a state buys, sells or builds for itself is equipment, not a threat: "supplied its cruise missile systems",
# "jointly produce interceptor missiles", "a missile defence shield".
_EQUIPMENT_AFTER = re.compile(r"^\s+(?:systems?|batteries|launchers?|defen[cs]e|shield|interceptors?|deals?|sales?|"
                              r"purchases?|contracts?|exports?|procurement|frigates?|boats?|corvettes?|makers?|manufacturers?|"
                              r"producers?)\b", re.IGNORECASE)
_EQUIPMENT_BEFORE = re.compile(r"(?:suppl(?:y|ies|ied|ying)|sell(?:s|ing)?|sold|bu(?:y|ys|ying)|bought|purchas\w*|acquir\w*|"
                               r"procur\w*|deliver\w*|export\w*|produc\w*|manufactur\w*|interceptor|anti-ship|"
                               r"anti-aircraft|anti-tank|surface-to-air|air[- ]defen[cs]e|armed\s+with|equipped\s+with|fitted\s+with)\b"
                               r"(?:\s+[\w-]+){0,5}\s*$", re.IGNORECASE)
# ... and "attack" names the role of a platform: "Mi-35 attack helicopters", "light attack aircraft".
_PLATFORM_AFTER = re.compile(r"^\s+(?:aircraft|helicopters?|choppers?|jets?|planes?|submarines?|craft)\b", re.IGNORECASE)


def _equipment(m: _Mention, _: _Scene) -> bool:
    """A missile or rocket named as what a state supplies, buys, makes or arms a craft with, and the attack aircraft or
    helicopter a fleet holds: equipment, not a concern."""
    if re.fullmatch(r"attacks?", m.term) and re.fullmatch(r"(?i)attacks?", m.sentence.text[m.start:m.end]):
        return _PLATFORM_AFTER.match(m.sentence.text[m.end:]) is not None
    if m.concept != "arms-proliferation" or not re.search(r"missile|rocket", m.term):
        return False
    text = m.sentence.text
    return bool(_EQUIPMENT_AFTER.match(text[m.end:]) or _EQUIPMENT_BEFORE.search(text, max(0, m.start - 70), m.start))


# A state's own build-up, told of the state itself: "Japan has been accelerating its military buildup".
_OWN = re.compile(r"(?:its|their|our)\s+(?:own\s+)?$", re.IGNORECASE)


def _own_capability(m: _Mention, scene: _Scene) -> bool:
    """Military power a report's own state is building ("Tokyo is expanding its military build-up"): no threat to it."""
    if m.concept != "military-pressure" or not _OWN.search(m.sentence.text, max(0, m.start - 12), m.start):
        return False
    before = m.sentence.text[:m.start]
    subjects = [reference.countries().code(re.sub(r"['’]s$", "", w)) for w in re.findall(r"[A-Z][\w'’-]+", before)]
    states = [c for c in subjects if c]
    return bool(states) and states[-1] in scene.main_states  # the nearest state before is whose forces they are


# Challenges the parties are said to share are the frame of their cooperation, not a concern the report names:
# "to deal with shared security challenges", "we can face these common challenges together".
_SHARED = re.compile(r"(?:shared|common|mutual|these|our|the same)\s+$", re.IGNORECASE)


def _shared_challenge(m: _Mention, _: _Scene) -> bool:
    """"shared security challenges in the Indo-Pacific": what two states face together frames a pact, names no concern."""
    if not re.search(r"challenges?$", m.term):
        return False
    return bool(re.match(r"(?:shared|common|mutual)\s", m.term)) or \
        _SHARED.search(m.sentence.text, max(0, m.start - 12), m.start) is not None


def _unplaced_situation(m: _Mention, _: _Scene) -> bool:
    """"the region's security situation": a security situation is a concern only with its place named ("Libya's
    security situation", "the security situation in the Sahel"); the lexicon row admits any possessor."""
    if not m.term.startswith("security situation"):
        return False
    return not re.search(r"(?-i:[A-Z])", m.sentence.text[m.start:m.end])


_VETOES: list[tuple[str, Callable[[_Mention, _Scene], bool]]] = [
    ("inside-body-name", _inside_body_name),
    ("body-remit", _body_remit),
    ("list-hypernym", _list_hypernym),
    ("cooperation-field", _cooperation_field),
    ("hypothetical", _hypothetical),
    ("mutual-defence", _mutual_defence),
    ("equipment", _equipment),
    ("own-capability", _own_capability),
    ("shared-challenge", _shared_challenge),
    ("unplaced-situation", _unplaced_situation),
]


def vetoed(m: _Mention, scene: _Scene) -> str | None:
    """The name of the first veto a mention meets, or None."""
    return next((name for name, test in _VETOES if test(m, scene)), None)


# -- list members: an item listed among concerns is a concern too ---------------------------------------------
# "terrorism, violent extremism, climate change, porous borders and piracy": in a list whose other items are concerns
# the lexicon knows, an item the lexicon lacks is one more concern when its head says which (a head alone, outside
# such a list, names nothing: "open borders", "the pandemic year"). Concepts of the SKOS scheme, by head noun.
_MEMBER_HEADS = [
    (re.compile(r"(?:porous|insecure|unprotected|unmanned|poorly\s+(?:guarded|policed|controlled)|open)\s+"
                r"(?:land\s+|common\s+|shared\s+)?(?:borders?|frontiers?|boundaries)$", re.I), "border-security"),
    (re.compile(r"(?:\w+['’]?\s+){1,4}(?:clashes|violence|conflicts?)$", re.I), "violent-incidents"),
    (re.compile(r"(?:illegal|illicit|unlawful|unregulated)\s+(?:[\w-]+\s+){0,2}(?:extraction|logging|deforestation|"
                r"exploitation|quarrying|dumping)$", re.I), "environmental-crime"),
    (re.compile(r"(?:[\w-]+\s+){0,2}(?:pandemics?|epidemics?|outbreaks?)$", re.I), "non-traditional-threats"),
    (re.compile(r"(?:[\w-]+\s+){0,2}(?:hostilities)$", re.I), "armed-conflict"),
]
_ITEM_SPLIT = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|as\s+well\s+as)\s+(?=[a-z])")
_ITEM_DET = re.compile(r"^(?:the|a|an|of|such\s+as|including|like)\s+", re.I)


_CLAUSE = re.compile(r"[^;:.()“”\"]+")   # a list's items stay inside one clause


def _list_members(s: Sentence, kept: list[_Mention]) -> list[_Mention]:
    if not kept:   # a list member needs known items beside it (most sentences name no concern)
        return []
    text, out = s.text, []
    for clause in _CLAUSE.finditer(text):
        pieces, at = [], clause.start()
        for piece in _ITEM_SPLIT.split(clause.group()):
            start = text.find(piece, at)
            if piece and start >= 0:
                pieces.append((start, start + len(piece)))
                at = start + len(piece)
        if len(pieces) < 3:
            continue
        known = [(a, b) for a, b in pieces if any(a <= m.start < b or m.start <= a < m.end for m in kept)]
        if len(known) < 2:
            continue
        for a, b in pieces:
            if (a, b) in known:
                continue
            item = _ITEM_DET.sub("", text[a:b].strip())
            a = b - len(item)
            # the item must sit between two known items, or directly after the last: a list, not the clause's tail
            if not any(k[1] < a for k in known) or len(item.split()) > 6:
                continue
            concept = next((c for pattern, c in _MEMBER_HEADS if pattern.fullmatch(item)), None)
            if concept is not None:
                out.append(_Mention(start=a, end=b, concept=concept, generic=False, modifiers=frozenset(),
                                    term=item.lower(), sentence=s, rule=f"threat/list-member:{item.split()[-1].lower()}",
                                    apart=True))
    return out


# -- one sentence, then the article --------------------------------------------------------------------------
def _mentions(s: Sentence, group_names: set[str]) -> list[_Mention]:
    lexical = _lexicon(s, group_names)
    # "illicit flows of money": a wording that starts before the list's trigger and takes it in names the concern
    listed = [(a, b, x) for a, b, x in _listed(s) if not any(m.start < a < m.end and not m.term.startswith(s.text[a:a + 5].lower())
                                                          for m in lexical)]
    kept = [m for m in lexical if not any(a <= m.start < b or m.start <= a < m.end for a, b, _ in listed)]
    kept += [x for _, _, x in listed]
    kept += [x for x in _elided(s, kept) if not any(k.start < x.end and x.start < k.end for k in kept)]
    kept += _list_members(s, kept)
    kept = sorted(kept, key=lambda m: m.start)
    for i, m in enumerate(kept):
        limit = kept[i + 1].start if i + 1 < len(kept) else len(s.text)
        m.end = _complement_end(s.text, m, limit)
    return kept


# -- friction words take their complement: "tensions with Turkey over the deployment of armoured vehicles" --------
# A bare word for friction between states says little; what it is over or between says which concern it is, and
# the wording keeps it (up to a clause boundary, a second concern, or sixteen words).
_FRICTION = re.compile(r"(?:tensions?|disputes?|controvers(?:y|ies)|war|rivalry|standoff|stand-off|row)$", re.IGNORECASE)
_PREPOSITIONS = set("with between over about around on along across near in of by to from against".split())
_DETERMINERS = set("the a an its their his her this that these those some several".split())
_COMPLEMENT_STOP = set("""that which who whom whose while as after before when where since because if although though
is are was were be been being has have had will would can could may might should said says say told or but
according amid despite during""".split())


# Nouns of an act that name what it moves or spreads in an "of" phrase, which the wording keeps: "infiltration of
# armed men", "influx of fighters across the border".
_OF_TAKERS = re.compile(r"(?:infiltration|proliferation|influx|inflows?|flows?|militari[sz]ation|incursions?|"
                        r"intrusions?|violations?|smuggling|trafficking)$", re.IGNORECASE)


# Nouns of a violent or hostile act, whose target, place or author the wording keeps: "attacks on power plants",
# "invasion of Ukraine", "conflict between Armenia and Azerbaijan", "clashes along the frontier".
_ACTS = re.compile(r"(?:attacks?|strikes?|invasion|occupation|annexation|bombings?|shelling|killings?|conflicts?|clashes|"
                   r"fighting|hostilities|aggression|offensives?|raids?|assaults?|threats?|violence|incidents?|"
                   r"bombardments?|(?<![\w-])(?:gun)?fire|skirmish(?:es)?|shoot-?outs?|firefights?|gun\s?battles?|clash)$",
                   re.IGNORECASE)


# Words for concerns only hedged or grouped ("evolving security challenges", "emerging threats"), and the examples
# that name them.
_HEDGED = re.compile(r"(?:challenges|threats)$", re.IGNORECASE)
_EXAMPLES_AFTER = re.compile(r"^,?\s+(?:such\s+as|including)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}[\w’'-]+")


def _complement_end(text: str, m: _Mention, limit: int) -> int:
    """Where a friction word's wording ends once it takes its complement, a chain of prepositional phrases of a few
    words each ("with Turkey over the alleged deployment of armoured vehicles"); an act's noun takes its "of" phrase
    and one more ("infiltration of armed men"); other wordings keep their end."""
    friction = _FRICTION.search(m.term) is not None
    if _HEDGED.search(m.term):  # "evolving security challenges such as the cyber domain": the examples say which
        example = _EXAMPLES_AFTER.match(text[m.end:limit])
        return m.end + example.end() if example else m.end
    if not friction and not (_OF_TAKERS.search(m.term) and re.match(r"\s+of\s", text[m.end:limit])) \
            and not (_ACTS.search(m.term) and re.match(r"\s+(?:on|against|of|in|between|across|along|near|into|by)\s",
                                                       text[m.end:limit])):
        return m.end
    words = [(w.group(), m.end + w.end()) for w in re.finditer(r"[^\s,;:()\"“”!?]+", text[m.end:limit])]
    punct = re.compile(r"[,;:()\"“”!?]")
    end, i, phrase = m.end, 0, 0
    while i < len(words) and words[i][0].lower() in _PREPOSITIONS and phrase < (5 if friction else 2):
        if punct.search(text[end:words[i][1] - len(words[i][0])]):
            break
        j, content, last_end = i + 1, 0, None
        while j < len(words) and content < 4 and not punct.search(text[words[j - 1][1]:words[j][1] - len(words[j][0])]):
            w = words[j][0]
            low = w.lower().rstrip(".")
            if low in _COMPLEMENT_STOP or low in _PREPOSITIONS:
                break
            if low == "and" and not (j + 1 < len(words) and words[j + 1][0][:1].isupper()):
                break  # "between Thailand and Cambodia" joins names; another "and" opens a new clause
            if low in _DETERMINERS and content:
                last_end = words[j - 2][1] if content > 1 else None
                break  # "along the frontier worry the ...": the word before a new article was a verb
            if content and re.fullmatch(r"[a-z]+ed", w) and re.fullmatch(r"[A-Z][a-z]+", words[j - 1][0]):
                break  # "Cambodia flared": a verb after a name
            if low not in _DETERMINERS and low != "and":
                content += 1
                last_end = words[j][1]
            j += 1
            if w.endswith(".") and not re.fullmatch(r"(?:[A-Z]\.)+", w):
                last_end = last_end - 1 if last_end == words[j - 1][1] else last_end
                break  # the sentence's full stop ends the phrase ("U.S." does not)
        if last_end is None:
            break
        end, i, phrase = last_end, j, phrase + 1
        if last_end != words[j - 1][1]:
            break
    return end


# -- coreference: a definite bare act word refers back -------------------------------------------------------
# "El-Sisi condemned the attack" after "an assassination attempt on the president's motorcade"; "troops deployed to
# quell the unrest" after "the insurgency in the north". A bare generic word for an act or a state of friction, after
# a definite or demonstrative determiner and with no complement of its own, is an anaphor of an earlier concern.
_ANAPHOR_WORDS = re.compile(r"(?:attacks?|unrest|violence|conflict|fighting|clashes|tensions|incidents?|crisis)",
                            re.IGNORECASE)
_DEFINITE_BEFORE = re.compile(r"(?<![\w-])(?:the|this|that|these|those)\s+$", re.IGNORECASE)


def _definite_anaphor(m: _Mention) -> bool:
    """A bare generic act word, "the"/"this" before it and nothing after it taken into the wording."""
    text = m.sentence.text
    return m.generic and m.wording is None and _ANAPHOR_WORDS.fullmatch(text[m.start:m.end]) is not None \
        and _DEFINITE_BEFORE.search(text, max(0, m.start - 8), m.start) is not None


def find(ctx: Context) -> list[Threat]:
    concerns: list[_Concern] = []
    names = [(o.start, o.end) for o in ctx.org_mentions if ctx.organizations[o.key].kind != "nonstate"]
    groups = {o.text for o in ctx.org_mentions if ctx.organizations[o.key].kind == "nonstate"}
    main_states = frozenset(ctx.main_countries())
    # one-group-one-concern: a non-state group's initials or short form narrow a concern as its name does ("ADF
    # rebels" and "Allied Democratic Forces (ADF) rebels" are one group)
    groups_named = [o for o in ctx.organizations.values() if o.kind == "nonstate"]
    group_names = {w.lower(): o.name.lower() for o in groups_named for w in (o.name, *o.aliases)}
    group_names |= {_initials(o.name).lower(): o.name.lower() for o in groups_named
                    if " " in o.name}  # initials name the long form
    known_groups = frozenset(group_names.values())
    for s in ctx.reporting():
        mentions = _armed_group_mentions(ctx, s, _mentions(s, groups))
        for m in mentions:
            if vetoed(m, _Scene(names, mentions, main_states)):
                continue
            earlier = next((c for c in reversed(concerns) if s not in c.evidence and not c.generic), None)
            if earlier is not None and _definite_anaphor(m):
                # "condemning the attack", "to quell the unrest": a bare act word with a definite article and no
                # complement points back at a concern an earlier sentence named; it names no further one
                earlier.evidence.append(s)
                continue
            wording = m.wording or s.text[m.start:m.end]
            modifiers = frozenset(group_names.get(w, w) for w in m.modifiers - _EVALUATIVE)
            # a non-state group's name among the narrowing words is the concern, whatever else narrows the wording
            modifiers = (modifiers & known_groups) or modifiers
            if modifiers:
                identity = (m.concept, modifiers)
            elif not m.generic:
                identity = (m.concept, re.sub(r"s$", "", m.term))
            else:
                identity = (m.concept, None)
            if identity[1] is None:
                # A bare word folds into a concern of its concept that uses the same word ("terrorism" into
                # "cross-border terrorism"); another word of the concept ("armed groups" after "rebels") is another
                # concern the report names.
                same = next((c for c in concerns if c.concept == m.concept and _shares_word(m.term, c)), None)
            else:
                same = next((c for c in concerns if c.identity == identity), None)
            if same is None:
                concerns.append(_Concern(concept=m.concept, wording=wording, identity=identity, rule=m.rule,
                                         term=m.term, generic=m.generic, evidence=[s]))
            elif s not in same.evidence:
                same.evidence.append(s)
    concerns = _fold_exchanges(_fold_bare_words(_fold_named_groups(concerns)))
    return [Threat(concept=c.concept, wording=c.wording,
                   support=ctx.support(c.evidence, rule=c.rule, confidence=0.8 if c.identity[1] else 0.7))
            for c in concerns]


def _initials(name: str) -> str:
    """"Allied Democratic Forces" -> "ADF": a report may use a group's initials without defining them."""
    words = re.findall(r"[A-Z][\w'’-]*", name)
    return "".join(w[0] for w in words) if len(words) > 1 else name


# The concept the lexicon gives armed groups ("armed groups", "militias", "rebels"): a named group with no row of its own.
_ARMED_GROUP_CONCEPT = "violent-extremism"


def _armed_group_mentions(ctx: Context, s: Sentence, mentions: list[_Mention]) -> list[_Mention]:
    """armed-group: a non-state body the words around it call an armed group ("ADF rebels", "Jaish-e-Adl, a militant
    group", "rebels of the RED-Tabara group") is a concern by its name, as the readers record named groups. A mention
    that already holds the name stands; one that holds only the cue ("a militant group") grows over the name."""
    out = list(mentions)
    for om in ctx.orgs_in(s.start, s.end):
        if ctx.organizations[om.key].kind != "nonstate":
            continue
        cue = armed_group_cue(ctx.text, om.start, om.end)
        if cue is None:
            continue
        word, name = cue[0], ctx.organizations[om.key].name
        a, b = om.start - s.start, om.end - s.start
        lo, hi = min(a, cue[1] - s.start), max(b, cue[2] - s.start)
        touching = [m for m in out if m.start < hi and lo < m.end]
        holding = [m for m in touching if m.start <= a and b <= m.end]
        if holding:  # "ADF rebels", "Boko Haram militants": read already, the name inside; the name narrows it
            out = [m if m not in holding or m.named else replace(m, modifiers=m.modifiers | {name.lower()},
                                                                 generic=False) for m in out]
            continue
        out = [m for m in out if m not in touching]
        concept = min((m.concept for m in touching), key=_rank) if touching else _ARMED_GROUP_CONCEPT
        out.append(_Mention(start=min([lo] + [m.start for m in touching]), end=max([hi] + [m.end for m in touching]),
                            concept=concept, generic=False, modifiers=frozenset({name.lower()}), term=word, sentence=s,
                            rule=f"threat/armed-group:{word}", named=True))
    return sorted(out, key=lambda m: m.start)


def _fold_named_groups(concerns: list[_Concern]) -> list[_Concern]:
    """A group the armed-group trigger named ("Taliban fighters") is no further concern when another concern of the
    report is narrowed by the same group ("Taliban attacks on Ghazni"): the readers keep what the group did."""
    out = []
    for c in concerns:
        names = c.identity[1] if c.rule.startswith("threat/armed-group:") else None
        other = next((d for d in concerns if d is not c and isinstance(d.identity[1], frozenset)
                      and names and names <= d.identity[1] and not d.rule.startswith("threat/armed-group:")), None)
        if other is None:
            out.append(c)
        else:
            other.evidence.extend(e for e in c.evidence if e not in other.evidence)
    return out


def _shares_word(term: str, concern: _Concern) -> bool:
    """A word of the term (its first five letters: terrorism ~ terrorists) starts a word of the concern."""
    theirs = re.findall(r"[a-z]+", f"{concern.wording} {concern.term}".lower())
    return any(any(w.startswith(word[:5]) for w in theirs) for word in re.findall(r"[a-z]{4,}", term.lower()))


def _fold_bare_words(concerns: list[_Concern]) -> list[_Concern]:
    """A bare "smuggling" or "trafficking" is the concern a fuller wording in the article names ("cigarette
    smuggling"), whatever concept each maps to."""
    out = []
    for c in concerns:
        if c.generic and c.identity[1] is None and " " not in c.term:
            word = re.sub(r"s$", "", c.term)
            fuller = next((o for o in concerns if o is not c and re.search(rf"(?<![\w-]){re.escape(word)}s?(?![\w-])",
                                                                         o.wording.lower())), None)
            if fuller is not None:
                fuller.evidence += [e for e in c.evidence if e not in fuller.evidence]
                continue
        out.append(c)
    return [replace(c) for c in out]


# -- armed exchanges: one incident however often it is retold -----------------------------------------------------
# "the two armies exchanged fire", "skirmishes broke out", "troops opened fire on a post", "the clash lasted an hour":
# an armed exchange between forces is a concern (data/reference/threats.tsv, military aggression), but a report retells
# one incident in many words. A concern named only by such words is the incident an armed-violence concern of the
# report already names ("clashes along the border", "the conflict", "hostilities"); without one, the exchanges are
# one concern together, under the first wording.
_EXCHANGE = re.compile(r"(?:exchanges?\s+of\s+(?:gun)?fire|exchang(?:ed|ing|e)\s+(?:heavy\s+)?(?:gun)?fire|skirmish(?:es)?|"
                       r"shoot-?outs?|gun\s?battles?|firefights?|(?:cross[ -]border|cross[ -]loc|indiscriminate|unprovoked)\s+firing|"
                       r"open(?:ed|ing|s)?\s+fire(?:\s+(?:on|at|with))?|(?:\w+\s+)?clash)", re.IGNORECASE)
_ARMED_VIOLENCE = ("military-aggression", "armed-conflict", "violent-incidents", "armed-attacks")


def _fold_exchanges(concerns: list[_Concern]) -> list[_Concern]:
    # (one joined to a neighbour keeps the exchange's rule when the exchange gave its concept: "the clash began after
    # troops opened fire")
    exchange = [c for c in concerns if _EXCHANGE.fullmatch(c.term if c.generic and c.identity[1] is None
                                                            else c.rule.partition(":")[2])]
    if not exchange:
        return concerns
    others = [c for c in concerns if c.concept in _ARMED_VIOLENCE and c not in exchange]
    target = next((c for c in others if "clash" in c.wording.lower()), others[0] if others else exchange[0])
    out = []
    for c in concerns:
        if c in exchange and c is not target:
            target.evidence += [e for e in c.evidence if e not in target.evidence]
            continue
        out.append(c)
    return out
