"""A lexicon wording found in a sentence (looked up, scanned by stem) and grown over the words that narrow it."""

from __future__ import annotations

import re

from kg.extract import reference
from kg.extract.first_letter import FirstLetterIndex, top_level_alternatives
from kg.extract.sentences import Sentence


# Words that narrow a threat down ("cross-border terrorism", "Khalistani extremists", "transnational crime").
_MODIFIERS = set("""transnational organised organized illegal illicit violent criminal international global regional
cross-border trans-border synthetic maritime domestic foreign armed radical islamist jihadist separatist extremist terrorist narco
online state-sponsored homegrown lone-wolf barbaric deadly heinous brutal terror-related drug-related gang-related""".split())
# Judgements, not kinds: they stay in the wording but do not make a concern distinct.
_EVALUATIVE = {"barbaric", "deadly", "heinous", "brutal"}
# "gender-based violence", "school-based violence": the compound before a bare "violence" is its kind, kept in the wording.
_BASED = re.compile(r"[A-Za-z]+-based")
_LAST_WORD = re.compile(r"([\w’'-]+)\s+$")
# The place or target after a concern, a whole name ("tensions in the East China Sea", not "... the East").
_RIGHT = re.compile(r"^\s+(?:in|against|from)\s+(?:the\s+)?(?:[A-Z][\w-]+['’]s\s+)?([A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,3})")
# A group's own short name before a threat word narrows it: "M23 rebels", "TTP militants".
_ACRONYM = re.compile(r"[A-Z][A-Z0-9-]{1,6}")


# -- the lexicon -----------------------------------------------------------------------------------------------
def _lookup(phrase: str) -> tuple[str, bool] | None:
    """(concept, generic) of the lexicon row a whole phrase is, or None."""
    m = reference.threat_pattern().fullmatch(phrase)
    return reference.threat_rows()[m.lastindex - 1] if m else None


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
        if word.lower() in _MODIFIERS or term == "violence" and _BASED.fullmatch(word) or (re.fullmatch(r"(?:pro|anti)-[A-Z][\w-]+|[A-Z][a-z]+(?:i|ist|ese|an|ish)", word)
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
