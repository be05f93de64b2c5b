"""Split an article into sentences with exact character offsets (a regex splitter that knows news abbreviations)."""

from __future__ import annotations

import re
from dataclasses import dataclass

import pycountry

from kg.extract import ranks

# Words that end with a full stop without ending the sentence.
_ABBREVIATIONS = {
    "dr", "mr", "mrs", "ms", "prof", "st", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "gov", "sen", "rep",
    "jr", "sr", "no", "nos", "vs", "inc", "ltd", "co", "corp", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n", "e.g", "i.e", "etc", "approx", "hon", "rev", "mt",
    # styles and ranks written before names ("Amb. Abdullahi Ali", "Engr. X", "Brig. Y") and the abbreviated name
    # words of Filipino and Latin surnames ("Jose Santiago Sta. Romana", "Sto. Tomas")
    "amb", "engr", "brig", "cdr", "cmdr", "supt", "insp", "cpl", "pvt", "barr", "sta", "sto",
} | {a.lower() for a in ranks.ABBREVIATIONS if len(a) > 1}  # the rank grammar's: "Lieut. Gen.", "Snr. Col."
# A sentence ends at . ! ? (plus closing quotes/brackets) followed by space and something that can start one; or,
# in scraped copy that lost the space, a word's full stop glued to a capitalised word ("in Juba.The two leaders").
_END = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9•])|(?<=[a-z][a-z])[.!?]+[\"'”’)\]]*(?=[\"“‘]?[A-Z][a-z])")
_NEWLINE = re.compile(r"\n+")
# A line of the article: a hard-wrapped sentence (text copied from a PDF or an e-mail: "... training, military\n
# technology assistance ...") goes on over a single line break when the line before ends in no stop and the next opens
# in lowercase; a blank line, or a line closed by punctuation, still ends it (reading `wrapped-line`).
# A line ending in a word that cannot end a sentence ("... in Suva on\nMonday") goes on whatever opens the next.
_OPEN_WORDS = "on in of the and to with for at by from a an his her their its".split()
_LINE = re.compile(r"(?:[^\n]|(?<=[^\n.!?:;\"'”’)\]\s])\n(?=[a-z])|(?:"
                   + "|".join(rf"(?<=\s{w})" for w in _OPEN_WORDS) + r")\n(?=[^\s•*-]))+")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int
    index: int


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the full stop at ``dot`` closes an abbreviation or an initial, not a sentence."""
    if text[dot] != ".":
        return False
    word_start = dot
    while word_start > 0 and (text[word_start - 1].isalpha() or text[word_start - 1] == "."):
        word_start -= 1
    word = text[word_start:dot].lower()
    if word in _ABBREVIATIONS:
        return True
    # A single capital letter is an initial ("Nathalie G. Drouin"), except the pronoun-like "I".
    if len(word) == 1:
        return text[word_start].isupper() and text[word_start] != "I"
    return _initials_before_name(text, word_start, dot)


# `initials-not-an-end`: capitals each closed by a full stop ("Air Chief Marshal B.S. Dhanoa", "Lt Gen. P.G.K. Menon",
# "W.M.M.R. Adikari", "H.E. U. Khurelsukh") are a name's initials or a style when a name word follows; before a word
# that opens sentences ("... in Washington D.C. The talks") they may end one.
_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}[A-Z]")
_NAME_WORD_AFTER = re.compile(r"\.\s+(?:[A-Z]\.\s*)*([A-Z][a-z][\w'’-]*)")
_OPENERS = frozenset("""The A An In On At Of For To And But Or As After Before During Since Until While When Where
Which Who What Why How His Her Their Its Our This That These Those It He She They We You Both Also Earlier Later
Meanwhile However Following According Under Upon Such Other Another Here There Then Now Today Yesterday Officials
Police""".split())


def _initials_before_name(text: str, word_start: int, dot: int) -> bool:
    if not _INITIALS.fullmatch(text, word_start, dot):
        return False
    after = _NAME_WORD_AFTER.match(text, dot)
    return after is not None and after.group(1) not in _OPENERS


# `web-name-not-an-end` (x21outletfix): an outlet named by its web address ("News.Az reports", "Caliber.Az reported",
# "Report.az said", "YEN.com.gh") is one word: the full stop before its domain ends no sentence. A capitalised domain
# must be a state's two-letter one that is no English word ("in Khartoum.On Thursday", "in Juba.The two" still end),
# followed by a lowercase word or a stop ("in Beijing.Ma Zhaoxu said" still ends: "Ma" opens a name).
_OPENING_PAIRS = {"As", "At", "An", "Be", "By", "Do", "Go", "He", "If", "In", "Is", "It", "Me", "My", "No", "Of", "On",
                  "Or", "So", "To", "Up", "Us", "We"}
_STATE_DOMAINS = sorted({c.alpha_2.capitalize() for c in pycountry.countries} - _OPENING_PAIRS)
WEB_NAME = re.compile(rf"(?<![\w.-])[A-Z][\w-]*(?:\.(?:{'|'.join(_STATE_DOMAINS)}|Com|Net|Org)(?=\s+[a-z]|[,.;:!?)”\"’']|$)|"
                      r"(?:\.[a-z]{2,4})+)(?![\w-]|\.[\w])")


def _in_web_name(text: str, dot: int) -> bool:
    # a web name ends on its domain's letters, so a full stop inside one has a letter right after it: most sentence
    # ends (a space after the stop) are answered without the regex
    if not text[dot + 1:dot + 2].isalpha():
        return False
    lo = max(0, dot - 60)
    return any(m.start() < dot - lo < m.end() for m in WEB_NAME.finditer(text[lo:dot + 20]))


def split(text: str) -> list[Sentence]:
    """Sentences of ``text``; a line break also ends a sentence (headlines, bullets, bylines), unless it only wraps
    one (see _LINE)."""
    out: list[Sentence] = []
    paragraph = 0
    pos = 0
    for line_match in _LINE.finditer(text):
        line_start, line = line_match.start(), line_match.group()
        if text[pos:line_start].count("\n") > 0 and out:
            paragraph += 1
        pos = line_match.end()
        cut = 0
        for end in _END.finditer(line):
            if _is_abbreviation(line, end.start()) or _in_web_name(line, end.start()):
                continue
            _add(out, text, line_start + cut, line_start + end.end(), paragraph)
            cut = end.end()
        _add(out, text, line_start + cut, line_start + len(line), paragraph)
    return out


def _add(out: list[Sentence], text: str, start: int, end: int, paragraph: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start=start, end=end, text=text[start:end], paragraph=paragraph, index=len(out)))
