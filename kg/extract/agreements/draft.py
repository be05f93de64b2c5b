"""The draft every part fills (_Draft), how far along a status is, and the helpers that cut and compare descriptions."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from kg.extract import dates as dates_mod
from kg.extract.agreement_lexicon import NOUNS
from kg.extract.agreement_parts import parts
from kg.extract.sentences import Sentence

_FUTURE = re.compile(r"\b(?:expected to|likely to|set to|will|plans? to|to sign|would sign|anticipat(?:es|ed|ing)|expects?|"
                     r"looks? forward to|looking forward to)\s+(?:\w+\s+){0,2}$")
# x24agdesc, description bounds (blind audit of the fresh bank10: descriptions cut mid-phrase). Named rows; each says
# where a description read after its verb ends (more rows, below the bank bar, in /work/notes/x24agdesc-prototype.patch):
DESCRIPTION_BOUNDS: tuple[tuple[str, str], ...] = (
    # phrase-end-cap: the word cap (30) ends at the phrase's end when it comes within a few words ("... sharing and curbing
    # illegal human" cut before "and drug trafficking"; "the 30th anniversary of diplomatic" before "ties"), else where
    # it fell
    ("phrase-end-cap", r"[,;]$"),
    # one-line: a hard-wrapped source ("a roadmap for\nfuture cooperation", "the  view to  harmonize") gives a
    # description on one line, its words one space apart
    ("one-line", r"\s+"),
)
_BOUND = dict(DESCRIPTION_BOUNDS)
# x25agwhole, whole-sentence fallbacks (x25agprec census: descriptions kept as the whole sentence, or only its setting).
# Named rows; each says what a description read at an instrument noun keeps instead of its setting or its signatories
# (two more rows, for a bare signing described by its sentence, in /work/notes/x25agwhole-shown-prototype.patch):
SENTENCE_FALLBACKS: tuple[tuple[str, str], ...] = (
    # matter-after-instrument (x25agwhole2): "signed an agreement on joint fight against drug trafficking", "a pact for
    # setting up a coastal surveillance system", "an agreement, signed by A and B, on X": words after the instrument's
    # noun that say what it holds make it no bare instrument; the record shows them, not the sentence. Before the matter
    # may stand its counterpart ("with his Mexican counterpart, Felipe Calderon,"), a short setting ("on Sunday", "in
    # Riyadh"), a participle of its signing ("signed by A and B", "concluded between ...") or a name in apposition.
    ("matter-after-instrument", r"^(?:\s*\([A-Za-z]+\))?(?:,?\s+(?:(?:with|between)\s+(?:the\s+|his\s+|her\s+|their\s+)?"
                                r"(?:[A-Z][\w'’.-]*|[a-z]+\s+(?=[A-Z])|(?:counterparts?|authorities|officials|government|two\s+(?:countries|sides|nations)|"
                                r"both\s+(?:countries|sides))\b|and\b|of\b|\s)+"
                                r"(?:,\s+(?:[A-Z][\w'’.-]*\s*)+,?)?|on\s+\w+day|in\s+[A-Z][\w'’-]+|yesterday|today|last\s+\w+|"
                                r"(?:signed|concluded|formed|reached|inked|agreed|struck|sealed)\s+(?:by|between|with|in|at)\s+"
                                r"(?:the\s+)?(?:[A-Z][\w'’.-]*|and\b|of\b|two\s+(?:countries|sides|nations)|both\s+(?:countries|sides)|\s)+,?|"
                                r",\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s*)+,)"
                                r"(?=[\s,]))*"
                                r",?\s+(?:on\s+(?!(?:the\s+sidelines|behalf)\b|\w+day\b|\d|"
                                rf"(?:{dates_mod.MONTH_NAMES})\b)|for\s+(?!the\s+first\b|\d)|to\s+(?!be\b|date\b|the\b)[a-z]+|"
                                r"about\s+(?!(?:a|an|one|two|three|\d+)\s+(?:years?|months?|weeks?|days?|decades?)\b)|regarding|concerning|covering|aimed|aiming|in\s+the\s+(?:fields?|areas?|spheres?)\s+of|"
                                r"(?:which|that)\s+(?:will|would|could|can|may|should|aims?|grants?|gives?|outlines?|defines?|regulates?|provides?|allows?|covers?|sets?|seeks?|envisages?|"
                                r"establish\w*|includes?|paves?)\b|(?!(?:during|following|according|including|being)\b)[a-z]+ing\s+"
                                r"(?!(?:the\s+)?(?:visit|meeting|talks|ceremony)\b))"),
    # passive-setting: "The agreement was reached during a bilateral meeting between A and B at the Palace": after a finite
    # passive the adverbial is the setting of the act, not a description of the instrument (as the reduced participle's
    # "a framework signed in Abuja" is)
    ("passive-setting", r"^(?:during|at|in|on|following|after|before|within|last|earlier|this|yesterday|today|\d)\b"),
    # setting-before-object: "signed in Dushanbe an agreement on X", "signed on Thursday a document of co-operation": the
    # object follows a short setting, and is read after it (not the subject, which names the signatories)
    ("setting-before-object", r"^(?:(?:in|at)\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}|on\s+(?:\w+day|\d{1,2}\s+[A-Z]\w+|"
                              r"[A-Z][a-z]+\s+\d{1,2})|(?:yesterday|today|last\s+\w+|this\s+\w+))(?:\s*,)?\s+"
                              rf"(?=(?:an?|the|two|three|four|five|\d+|several|a\s+number\s+of)\s+(?:[\w'’-]+\s+){{0,5}}?"
                              rf"(?:{NOUNS}|documents?)\b)"),
)
_FALLBACK = {name: re.compile(pattern) for name, pattern in SENTENCE_FALLBACKS}
_PHRASE_END = re.compile(_BOUND["phrase-end-cap"])
_CAP, _CAP_REACH = 30, 6

_CUT = re.compile(r"\s*(?:;|,\s+(?:the\s+|a\s+|an\s+)?[\w’' ()-]{0,80}?\b(?:said|says|noted|added|stated|told|reported|"
                  r"(?:has|have|had)\s+(?:learned|learnt|gathered))\b|[”\"],|,[”\"](?=\s)|,\s+according\b|,\s+with\b|\s+when\b|"
                  r"\s+so that\b|\s+and\s+(?:commits|creates|establishes|obliges)\b|\s+during\b|\s+after\b|\s+following\b|,\s+which\b|,\s+while\b|,\s+as part of\b|\s+as per\b|:|\s+•|"
                  r"\s+(?:and\s+)?(?:agreed|decided|committed|deliberated|welcomed|discussed)\b|"
                  # "The signing of the SOVFA between A and B was just days after ...": the noun phrase ends at its verb
                  r"(?<!\bthat)(?<!\bwhich)(?<!\bwho)\s+(?:was|were)\s+(?:just|only|also|not|the|a|an|one|part)\b|"
                  # "welcomed the finalisation of A and expressed their commitment to B": a second stance, its own clause
                  r"\s+and\s+(?:also\s+)?(?:expressed|reaffirmed|reiterated|stressed|underlined|underscored|emphasi[sz]ed|"
                  r"noted|called|urged|highlighted|voiced)\b|,?\s+and\s+(?:also\s+)?(?:signed|struck|"
                  r"reached|pledged|vowed|clinched)\b|,\s+but\b|"
                  # ", and the two sides ...": a new clause; not ", and the MoU on X" closing a list of instruments (x19)
                  rf",\s+and\s+(?:an?|the)\s+(?!(?:[\w'’-]+\s+){{0,3}}?{NOUNS}\s+(?:on|of|for|between|to|with|concerning|regarding)\b)|"
                  # ", the first such deal since 2019": an apposition summing up, not part of the deal
                  r",\s+(?:the|a|its|their)\s+(?:first|second|third|latest|last|biggest|largest)\b|"
                  # ", and both sides pledged to ...": a new clause, its subject the two sides
                  r",\s+and\s+(?:the\s+two\s+\w+|both\s+\w+|they)\s+(?:also\s+)?(?:pledged|agreed|vowed|committed|decided|"
                  r"promised|undertook|resolved)\b|"
                  # ", and Niger will allow ...": a new clause with its own subject
                  r",\s+and\s+(?:the\s+)?(?:[A-Z][\w-]+|two\s+\w+|both\s+\w+)(?:\s+[A-Z][\w-]+)?\s+(?:will|would|shall)\b|"
                  # "It comprises A, and will also see B": the deal's second item, read by its own trigger
                  r",?\s+and\s+(?:it\s+)?will\s+also\s+(?:see|include|cover|involve|provide)\b|"
                  # "signing a record and pledging cooperation": a second clause; "X is expected": its verb
                  r"\s+and\s+(?:also\s+)?(?:pledging|vowing|agreeing|signing|committing|promising|discussing|reaffirming)\b|"
                  r"\s+(?:is|are|was|were)\s+(?:expected|planned|scheduled|due|likely)\b|"
                  # "concluded a plan of action ..., and finalised 14 agreements": a second predicate, read by its own trigger
                  r",\s+and\s+(?:also\s+)?(?:finali[sz]ed|concluded|adopted|approved|exchanged|inked|sealed|launched|"
                  r"established|renewed|initial(?:l)?ed)\b|"
                  r"[.?!](?:\s|$)|[”\"]\s*$)")
_BARE = re.compile(r"^(?:a\s+|an\s+|the\s+)?(?:landmark\s+|historic\s+|new\s+)?(?:deal|agreement|pact|accord|agreements|deals)\b")
_STOP = set("a an the to of and or in on for with by at from as that this these those their its our we they both each "
            "other there will be would can is are was were have has had so which who also more further between two sides "
            "countries side country".split())
STATUS_RANK = {"signed": 0, "agreed": 1, "committed": 2, "expected": 3, "discussed": 4}


@dataclass
class _Draft:
    description: str
    status: str
    parties: list[str]
    sentence: Sentence
    evidence: list[Sentence] = field(default_factory=list)
    date: dates_mod.DateMention | None = None
    bare: bool = False     # described by its whole sentence ("X and Y signed a pact on Tuesday ...")
    rule: str = ""         # the trigger's name
    clause: tuple[int, int, str] | None = None  # (sentence, match start, trigger): parts of one clause stay apart
    span: tuple[int, int] | None = None  # where the description stands in its sentence, when it is a piece of it
    named: bool = False    # its parties named in its own clause ("Venezuela and Brazil confirmed ..."), not the article's
    reach: int | None = None  # where its trigger's match ends in its sentence: the noun a noun-object row governs
    forward: bool = False  # its words read after its verb ("signed a pact on Friday in X"), where a setting can trail
    shown: str | None = None  # what the record shows of a bare signing: its matter-after-instrument words (x25agwhole2)


@functools.lru_cache(maxsize=4096)
def _stems(text: str, n: int) -> frozenset[str]:
    words = [w.lower() for w in re.findall(r"[A-Za-z][\w-]+", text)]
    content = [w for w in words if w not in _STOP][:n]
    return frozenset(w[:5] for w in content)


def _same(a: str, b: str) -> bool:
    """Same agreement: its opening content words mostly agree (the rest of a report's wording varies)."""
    for n, threshold in ((3, 0.6), (6, 0.55)):
        sa, sb = _stems(a, n), _stems(b, n)
        if n == 6 and min(len(sa), len(sb)) == 2:
            continue  # two words are judged on the openings alone: "border treaty" is not "a treaty on ... borders"
        if sa and sb and len(sa & sb) / min(len(sa), len(sb)) >= threshold:
            return True
    return False


# x19agrref, no-dangling-tail: a description cut by a clause boundary or the word cap does not end on a word that needs
# more after it ("external partners for peace and", "extend the transitional period which", "the lives of the").
_DANGLING = re.compile(r"(?:\s+(?:and|or|but|of|to|in|on|at|by|for|with|from|into|than|as|the|a|an|their|its|his|her|our|"
                       r"which|who|whose|that|is|are|was|were|be|been|has|have|had|will|would|shall|mutually))+$", re.IGNORECASE)


def _description(rest: str) -> str:
    cut = _CUT.search(rest)
    text = rest[:cut.start()] if cut else rest
    words = text.split()
    if len(words) > _CAP:
        end = next((i + 1 for i in range(_CAP, min(len(words), _CAP + _CAP_REACH)) if _PHRASE_END.search(words[i])),
                   len(words) if len(words) <= _CAP + _CAP_REACH else _CAP)
        # (not when the words added make one more commitment for the splitter ("... as well as B", "... and enhance B"):
        # they would become an agreement of their own)
        if end > _CAP and len(parts(" ".join(words[:end]), split_verbs=True)) > \
                len(parts(" ".join(words[:_CAP]), split_verbs=True)):
            end = _CAP
        text = " ".join(words[:end])
    text = re.sub(_BOUND["one-line"], " ", text).strip(" ,.“”\"'‘’")
    if len(text.split()) > 3:
        text = _DANGLING.sub("", text).strip(" ,“”\"'‘’")
    return text.replace("“", "").replace("”", "")
