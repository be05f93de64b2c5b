"""Concerns a list names: wordings a list leaves implicit, rebuilt and looked up, and items listed among concerns."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract.sentences import Sentence
from kg.extract.threats.records import _Mention
from kg.extract.threats.wordings import _lookup


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
