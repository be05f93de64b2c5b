"""One sentence's concerns gathered, each wording taken on to its complement, and the bare act words that refer back."""

from __future__ import annotations

import re

from kg.extract import reference
from kg.extract.sentences import Sentence
from kg.extract.threats.lexical import _lexicon
from kg.extract.threats.lists import _elided, _list_members, _listed
from kg.extract.threats.records import _Mention


def _mentions(s: Sentence, group_names: set[str]) -> list[_Mention]:
    lexical = _lexicon(s, group_names)
    # "illicit flows of money": a wording that starts before the list's trigger and takes it in names the concern
    listed = [(a, b, x) for a, b, x in _listed(s) if not any(m.start < a < m.end and not m.term.startswith(s.text[a:a + 5].lower())
                                                          for m in lexical)]
    kept = [m for m in lexical if not any(a <= m.start < b or m.start <= a < m.end for a, b, _ in listed)]
    kept += [x for _, _, x in listed]
    for x in _elided(s, kept):
        touching = [k for k in kept if k.start < x.end and x.start < k.end]
        if not touching:
            kept.append(x)
        elif all(x.start <= k.start and k.end <= x.end and k.wording is None and k.concept == x.concept
                 and " " not in k.term for k in touching) and _COORDINATED.match(s.text, x.end):
            # coordinated-modifier: "drug and arms trafficking" names drug trafficking; the bare "drug" the lexicon
            # read in the modifier's place gives way to the rebuilt wording, which takes the shared head (an item
            # of a comma list is left alone: "smuggling of FICN, contraband, and human trafficking")
            kept = [k for k in kept if k not in touching] + [x]
    kept += _list_members(s, kept)
    kept = sorted(kept, key=lambda m: m.start)
    for i, m in enumerate(kept):
        limit = kept[i + 1].start if i + 1 < len(kept) else len(s.text)
        m.end = _complement_end(s.text, m, limit)
        for _, rule in _BOUNDARIES:
            m.end = rule(s.text, m, limit)
    return kept


_COORDINATED = re.compile(r"\s+(?:and|or)\s+")   # "drug and arms trafficking": two modifiers of one head


# -- friction words take their complement: "tensions with Turkey over the deployment of armoured vehicles" --------
# A bare word for friction between states says little; what it is over or between says which concern it is, and
# the wording keeps it (up to a clause boundary, a second concern, or sixteen words).
_FRICTION = re.compile(r"(?:tensions?|disputes?|controvers(?:y|ies)|war|rivalry|standoff|stand-off|row)$", re.IGNORECASE)
_PREPOSITIONS = set("with between over about around on along across near in of by to from against".split())
_DETERMINERS = set("the a an its their his her this that these those some several".split())
_COMPLEMENT_STOP = set("""that which who whom whose while as after before when where since because if although though
is are was were be been being has have had will would can could may might should must shall do does did said says
say told or but according amid despite during""".split())


# Nouns of an act that name what it moves or spreads in an "of" phrase, which the wording keeps: "infiltration of
# armed men", "influx of fighters across the border".
# ("illegal movement of people across the border": a movement of something is the act, not a group's movement)
_OF_TAKERS = re.compile(r"(?:infiltration|proliferation|influx|inflows?|flows?|militari[sz]ation|incursions?|"
                        r"intrusions?|violations?|smuggling|trafficking|(?<=illegal )movements?|(?<=illicit )movements?)$",
                        re.IGNORECASE)


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
    # a wording that ends on its preposition ("occupation of") is an act whose object follows: it takes it
    dangling = _DANGLING.search(text[m.start:m.end])
    if dangling:
        m.end -= len(dangling.group())
    term = _DANGLING.sub("", m.term)
    # (only the object of its own preposition: "occupation of Southeast Asia", not "... in the last century")
    most = 1 if dangling else 2
    friction = _FRICTION.search(term) is not None
    if _HEDGED.search(term):  # "evolving security challenges such as the cyber domain": the examples say which
        example = _EXAMPLES_AFTER.match(text[m.end:limit])
        return m.end + example.end() if example else m.end
    if not friction and not (_OF_TAKERS.search(term) and re.match(r"\s+of\s", text[m.end:limit])) \
            and not (_ACTS.search(term) and re.match(r"\s+(?:on|against|of|in|between|across|along|near|into|by)\s",
                                                       text[m.end:limit])):
        return m.end
    words = [(w.group(), m.end + w.end()) for w in re.finditer(r"[^\s,;:()\"“”!?]+", text[m.end:limit])]
    punct = re.compile(r"[,;:()\"“”!?]")
    end, i, phrase = m.end, 0, 0
    while i < len(words) and words[i][0].lower() in _PREPOSITIONS and phrase < (5 if friction else most):
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


# -- phrase boundaries: a wording ends where its phrase does ------------------------------------------------------
# Never on a preposition or an article ("illegal occupation of" Crimea), nor on an adjective whose noun follows
# ("drone attacks against the Iranian Kurdish" groups). Each rule gives the wording's end, tried in order.
_DANGLING = re.compile(r"\s+(?:of|on|against|in|into|to|from|by|with|over|between|along|across|the|an?)$", re.IGNORECASE)
# A capitalised adjective of a people or place ("Iranian", "Kurdish", "Balkan") ends no phrase when a plain noun
# follows it: the noun is the head ("the Iranian Kurdish groups").
_PEOPLE_ADJECTIVE = re.compile(r"(?<![\w'’-])(?-i:[A-Z])[a-z]+(?:an|ish|ese|i|ic)$")
_HEAD_AFTER = re.compile(r"^\s+([a-z][a-z-]*[a-z])(?![\w'’-])")
_NOT_HEAD = _COMPLEMENT_STOP | _PREPOSITIONS | _DETERMINERS | {"and", "nor", "not", "also", "both", "each", "all"}


def _adjective_head(text: str, m: _Mention, limit: int) -> int:
    """adjective-takes-head: "against the Iranian Kurdish" + "groups": the wording takes the noun the adjective opens,
    two words of a compound at most ("the Kenyan security forces"); a plural ends it ("groups operate"), and so do a
    verb's "-ed" or "-ing" form and a clause word."""
    adjective = _PEOPLE_ADJECTIVE.search(text[m.start:m.end])
    places = reference.countries()
    if not adjective or adjective.group() not in places.adjectives and places.place_state(adjective.group()):
        return m.end  # "gangs in Haiti": a state's or a city's name is a whole phrase
    end = m.end
    for _ in range(2):
        head = _HEAD_AFTER.match(text[end:limit])
        if head is None or head.group(1) in _NOT_HEAD or re.search(r"(?:ed|ing|ly)$", head.group(1)):
            break
        end += head.end()
        if head.group(1).endswith("s"):
            break
    return end


# Common nouns a place's or group's name opens ("the Sahel region", "Cabo Delgado province", "the Myanmar side",
# "Islamist groups"): the name is a modifier and the noun the phrase's head, which the wording keeps.
_NAMED_HEADS = re.compile(r"^\s+((?:sub-?)?regions?|provinces?|areas?|districts?|territor(?:y|ies)|zones?|basin|waters|"
                          r"corridor|borders?|borderlands?|frontier|coast(?:line)?|peninsula|belt|state|country|"
                          r"neighbou?rs?|side|groups?|factions?|militias?)(?![\w'’-])")
_ENDS_ON_NAME = re.compile(r"(?<![\w'’-])(?-i:[A-Z])[\w'’.-]*$")


def _name_takes_head(text: str, m: _Mention, limit: int) -> int:
    """name-takes-head: a wording that ends on a name ("security situation in the Tanzania's Southern", "instability in
    the Sahel") takes the place or group noun the name opens ("... neighbour", "... region"); one noun only."""
    if not _ENDS_ON_NAME.search(text[m.start:m.end]):
        return m.end
    head = _NAMED_HEADS.match(text[m.end:limit])
    return m.end + head.end() if head else m.end


# Threat words that are also adjectives ("Indian insurgent groups", "the Islamist militant group", "a terrorist
# threat"): before one of these nouns the threat word is a modifier, and the noun heads the phrase.
_ADJECTIVE_THREAT = re.compile(r"(?<![\w'’-])(?:insurgent|terrorist|militant|extremist|separatist|jihadist|narcotic|rebel)$",
                               re.IGNORECASE)
_MODIFIED_HEADS = re.compile(r"^\s+(groups?|outfits?|organi[sz]ations?|elements|networks?|threats?|ideolog(?:y|ies)|cells?|"
                             r"activit(?:y|ies)|attacks?|assaults?|violence|movements?|gangs?|fighters|drugs|causes|camps|"
                             r"hideouts|infrastructures?|forces|factions?|militias?|plots?)(?![\w'’-])", re.IGNORECASE)


def _modifier_head(text: str, m: _Mention, limit: int) -> int:
    """modifier-takes-head: a wording that ends on a threat word used as an adjective ("Indian insurgent") takes the
    noun it modifies ("... groups"); one noun only."""
    if not _ADJECTIVE_THREAT.search(text[m.start:m.end]):
        return m.end
    head = _MODIFIED_HEADS.match(text[m.end:limit])
    return m.end + head.end() if head else m.end


def _trailing_function_word(text: str, m: _Mention, limit: int) -> int:
    """no-dangling-word: whatever grew the wording, it does not end on a preposition or an article."""
    dangling = _DANGLING.search(text[m.start:m.end])
    return m.end - len(dangling.group()) if dangling else m.end


_BOUNDARIES = [
    ("adjective-takes-head", _adjective_head),
    ("name-takes-head", _name_takes_head),
    ("modifier-takes-head", _modifier_head),
    ("no-dangling-word", _trailing_function_word),
]


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
