"""What a clause says beyond its words: how far along it is, what its pronoun stands for, the earlier deal it names."""

from __future__ import annotations

import re

from kg.extract.agreement_lexicon import DISCUSS_VERBS, NOUN, NOUNS
from kg.extract.agreement_vetoes import Clause, future_undertaking, talk_with_aim
from kg.extract.agreements.draft import _FUTURE, _description, _Draft
from kg.extract.agreements.records import word_stem
from kg.extract.context import Context

# "the signing of a package of agreements is expected": a nominal signing still to come.
_NOMINAL_FUTURE = re.compile(r"\b(?:is|are)\s+(?:expected|planned|scheduled|due|set|likely)\b|\bwill\b|\bto\s+be\s+held\b|"
                             r"\b(?:tomorrow|next\s+(?:week|month|year))\b")


_PLAIN = ("agreement", "deal", "accord", "pact")
_PLAIN_HEADS = rf"\b(?:{'|'.join(_PLAIN)})"


def _pointed_back(passive: re.Match[str], drafts: list[_Draft]) -> _Draft | None:
    """The earlier agreement a definite "The <noun> was signed" refers to: the last one naming that noun."""
    before = passive.string[:passive.start()]
    if not re.search(r"(?:^|\b(?:The|the|This|this|That|that))\s+(?:[\w-]+\s+){0,2}$", before):
        return None
    head = re.match(r"[\w-]+", passive.group()).group().lower().rstrip("s")
    year = re.search(r"\b((?:19|20)\d\d)\s+(?:[\w-]+\s+){0,2}$", before)
    # "the 2024 accord was signed": the instrument of that year already reported ("a defence pact signed in 2024")
    same = next((d for d in reversed(drafts) if head in d.description.lower()
                 or year and re.search(rf"\b{year.group(1)}\b", d.description)), None)
    if same is not None or head not in _PLAIN:
        return same
    # deal-by-any-name: "the deal was ratified" after "signed a defence agreement" (no deal named before): the plain
    # nouns name one another
    return next((d for d in reversed(drafts) if re.search(_PLAIN_HEADS, d.description.lower())), None)


# "agreed to share intelligence ...; increase control over ...; and create a commission ...": each verb phrase after
# a semicolon is one more commitment of the same clause.
_SEMICOLON_ITEM = re.compile(r";\s+(?:and\s+)?(?P<item>(?!(?:the|a|an|it|they|he|she|this|that|these|those|but|while|"
                             r"which|as|in|on|at|for|with)\b)[a-z]+\s[^;]{8,})")


def _more_infinitives(c: Clause) -> list[str]:
    if not c.m.group().rstrip().endswith("to"):
        return []
    return [_description(m.group("item").strip()) for m in _SEMICOLON_ITEM.finditer(c.rest)]


# An instrument named by its title (and acronym) earlier in the sentence: what a later "it" stands for.
_TITLED = re.compile(r"\b(?:[A-Z][\w'’-]*\s+(?:(?:of|on|for|and|the)\s+)*){1,8}(?:Agreement|Treaty|Accord|Pact|Memorandum|"
                     r"Protocol|Convention|Arrangement|Declaration)\b(?:\s+\([A-Z][A-Za-z-]{1,9}\))?")
_IT_OBJECT = re.compile(r"^(?P<verb>[a-z]+(?:\s+[a-z]+)?\s+)it\b")


def _it_named(before: str, part: str) -> str:
    """"keeping the General Security of Military Information Agreement (GSOMIA) in force, and both sides pledged to
    let it renew": the object "it" of a commitment is the instrument the sentence titled before it."""
    m = _IT_OBJECT.match(part)
    titles = _TITLED.findall(before) if m else []
    if not titles:
        return part
    return f"{m.group('verb')}the {titles[-1].strip()}{part[m.end():]}"


# A trigger after which a bare verb phrase follows: "agreed to A and B", "the two armies will A and B" (each verb
# phrase one commitment).
_VERB_PHRASE_NEXT = re.compile(r"(?:\bto|\b(?:will|would|shall)(?:\s+also)?)\s*$")


# "reviewed the entire gamut of security cooperation and border management and agreed to strengthen it further": an
# object that is a pronoun or "these measures" stands for what the same subject reviewed or discussed just before.
_ANAPHOR_OBJECT = re.compile(r"^(?P<verb>(?:(?:further|also|jointly)\s+)*[a-z]+\s+(?:further\s+)?)"
                             r"(?:it|them|these\s+(?:measures|efforts|mechanisms|arrangements|areas)|this\s+(?:cooperation|"
                             r"mechanism|arrangement|partnership)|such\s+(?:cooperation|efforts|measures))(?P<tail>\s+further)?$")
_REVIEWED = re.compile(r"\b(?:reviewed|discussed|assessed|evaluated|examined|took\s+stock\s+of|exchanged\s+views\s+on|"
                       r"deliberated\s+on)\s+(?P<np>[^,;:]{8,160}?)\s*,?\s+and\s+(?:also\s+)?$")
_SCOPE = re.compile(r"^(?:the\s+)?(?:(?:full|entire|whole|wide)\s+)?(?:scope|gamut|range|spectrum|state|status)\s+of\s+",
                    re.IGNORECASE)


def _antecedent(c: Clause) -> str:
    """The description with its anaphoric object replaced by what the sentence reviewed before the trigger."""
    m = _ANAPHOR_OBJECT.match(c.desc)
    before = _REVIEWED.search(c.subject) if m else None
    if before is None:
        return c.desc
    np = re.sub(r",?\s+as\s+well\s+as\s+", " and ", _SCOPE.sub("", before.group("np").strip()))  # one object reviewed
    further = "further " if m.group("tail") and "further" not in m.group("verb") else ""
    return f"{further}{m.group('verb')}{np}"


# noun-takes-its-verb: "will sign an agreement to fight terrorism", "proposed a cooperation agreement to deepen ties": the
# nominal "agreement to" names a deal whose status is its governing verb's (a signing to come, a proposal), not agreed.
_GOVERNED_NOUN = r"\s+(?:an?|the|two|three|\d+|new)\s+(?:[\w'’-]+\s+){0,4}?$"
_GOVERNED_STATUS = (
    ("expected", re.compile(r"\b(?:(?:to|will|would|shall|could|may|might)\s+(?:also\s+)?(?:sign|ink|seal|conclude)|"
                            r"(?:planning|planned|plan|plans|preparing|expected|set|due|poised)\s+(?:on|to)\s+"
                            r"(?:sign|ink|seal|conclude)(?:ing)?)" + _GOVERNED_NOUN)),
    ("discussed", re.compile(r"\b(?:proposed|suggested|discussed|negotiating|negotiated|sought|seeking)" + _GOVERNED_NOUN)),
)


def _status(ctx: Context, c: Clause) -> str:
    text, m = c.sentence.text, c.m
    if c.trigger.name == "agreed-to-clause" and m.group().startswith("agreement"):
        before = text[:m.start()]
        for status, verb in _GOVERNED_STATUS:
            if verb.search(before):
                return status
    if c.to_come:
        return "expected"   # "a memorandum would be signed to that effect"
    if future_undertaking(c) and talk_with_aim(c.desc):
        return "expected"   # "will discuss working together to realize ...": an act still to be talked over (x24agenda)
    if c.trigger.name == "noun-will-be-made" and not NOUN.search(c.desc):
        return "committed"  # "a joint commission will be set up": a body both are bound to create
    if c.trigger.name == "signing-synonym" and m.group().startswith(("enter ", "entering ")):
        # "proposed for the two countries to enter into a Free Trade Agreement": put on the table, else still to come
        return "discussed" if re.search(r"\b(?:proposed|suggested|urged|called|asked|invited|proposal)\b", c.subject) \
            else "expected"
    if c.trigger.status == "signed" and (_FUTURE.search(text, max(0, m.start() - 60), m.start())
                                          or m.group().startswith(("signing of", "exchange of")) and _NOMINAL_FUTURE.search(text)):
        return "expected"   # "will sign", "the signing of ... is expected"
    if c.trigger.status == "signed" and m.group().startswith("signing") and \
            re.search(r"\b(?:potential|possible|prospective|eventual|hypothetical)\s+$", text[:m.start()]):
        return "discussed"  # "views of both sides about potential signing of a peace treaty": a signing talked over
    if c.trigger.status == "signed" and m.group().startswith("signing") and \
            re.search(r"\b(?:for|towards?|before|ahead\s+of|about|on|(?:importance|necessity|need|urgency|possibility|"
                      r"prospects?)\s+of)\s+$", text[:m.start()]):
        return "expected"   # "no date has been set for signing a peace treaty", "the importance of signing the treaty"
    if c.trigger.status in ("agreed", "committed") and c.m.group().rstrip().endswith("to") \
            and re.match(rf"(?:sign|ink|conclude|finali[sz]e)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){{0,4}}?{NOUNS}", c.desc):
        return "expected"   # "we agreed to sign a trilateral treaty": the treaty is still to be signed
    if c.trigger.name == "renegotiation-of-noun" and re.search(r"\b(?:brace|bracing|expected|will|upcoming|planned|set|due|"
                                                              r"ahead\s+of|prepare|preparing)\b", c.subject):
        return "expected"   # "as both countries brace for the renegotiation of the trade deal"
    if c.trigger.name == "stage-of-noun" and re.search(rf"\b{DISCUSS_VERBS}\s+(?:\w+\s+){{0,2}}$|\b(?:talks|discussions)\s+"
                                                      r"(?:on|about|over)\s+(?:the\s+)?$", c.subject[-50:]):
        return "discussed"  # "talked about the finalisation of a security agreement": the stage is still talked over
    if c.trigger.name == "stage-of-noun" and _FUTURE.search(c.subject[-40:]):
        return "expected"   # "will welcome the entry into force of the treaty"
    if c.trigger.status in ("agreed", "committed") and re.search(r"\b(?:expected|likely)\s+to\s+$", c.subject[-40:]):
        return "expected"
    if c.trigger.noun_object and c.trigger.status == "agreed" and \
            re.search(r"\b(?:close\s+to|near\s+to|on\s+the\s+(?:cusp|verge|brink)\s+of|about\s+to|nearing)\s+$", c.subject[-40:]):
        return "expected"   # "Australia is on the cusp of finalising an agreement with Vanuatu": not yet made
    if c.trigger.noun_object and c.trigger.status == "agreed" and \
            re.search(r"\b(?:will|would|shall|to)\s+(?:also\s+|jointly\s+)?$", c.subject[-30:]):
        return "committed"  # "will also set up a joint working group": bound to it, not yet done
    return c.trigger.status


# x24agstatus2, content-of-signed-deal: "Sunday's agreement includes coordination in protecting the common borders",
# "One of the agreements provides that A and B will share ...": what a deal the report has told as signed sets out was
# signed with it, not merely agreed (the gold gives such content the deal's status; blind audit24b 61). The deal is
# named definitely ("the", "this", "its", "Sunday's", "one of the") by a head noun an earlier draft carries; the plain
# nouns name one another ("the deal includes" after "signed a security agreement"). A content row whose deal is not
# found, or was only agreed, keeps its row's status.
_CONTENT_OF = ("deal-includes",)
_DEFINITE_OWNER = re.compile(r"(?:\b(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Ii]ts|[Tt]heir|[Oo]ne\s+of\s+the)|"
                             r"\b[\w-]+['’]s)\s+(?:[\w'’-]+\s+){0,4}$")


def content_status(c: Clause, earlier: list[_Draft]) -> str | None:
    """"signed" when the clause sets out the content of a deal the report told as signed before it, else None."""
    if c.trigger.name not in _CONTENT_OF or not _DEFINITE_OWNER.search(c.subject[-80:]):
        return None
    head = NOUN.match(c.m.group())
    if head is None:
        return None
    word = head.group().lower().split()[0].rstrip("s")
    same = _last_naming(earlier, _PLAIN_HEADS if word in _PLAIN else rf"\b{word_stem(word)}")
    return "signed" if same is not None and same.status == "signed" else None


# "the agreement", "the bilateral policing agreement": a definite noun phrase of lowercase modifiers whose head is not
# followed by a complement of its own ("on X", "to X", "between A and B", a participle); what follows is a verb or an
# adverbial ("announced the agreement at a joint conference", "the signing of the policing agreement underscored ...").
_DEFINITE_NP = re.compile(rf"^(?:[a-z][\w'’-]*\s+){{0,3}}?(?P<head>{NOUNS})(?:\s+\([A-Za-z]+\))?"
                          r"(?=\s*$|\s*,|\s+(?!(?:on|to|between|of|for|with|covering|including|that|which|signed|reached|"
                          r"agreed|struck|concluded|in\s+(?:the\s+)?(?:areas?|fields?|spheres?))\b|\())")


# A definite deal of lowercase words right before its participle: "the security MoU signed", "the deal, signed".
_RESTATED_BEFORE = re.compile(rf"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:(?!(?:of|on|in|with|for|to|and|between|by)\b)[a-z][\w'’-]*\s+){{0,3}}"
                              rf"(?P<head>{NOUNS}|documents?)\s*(?:\([A-Za-z]+\)\s*)?,?\s*(?:(?:recently|newly|jointly|also)\s+)?$")


def _restated_participle(c: Clause, before: str, earlier: list[_Draft]) -> _Draft | None:
    """The signed draft a definite, untitled deal before a signing participle names again, if the report has one."""
    if c.trigger.name != "sign-verb" or not c.m.group().startswith(("signed", "inked", "ratified")):
        return None
    m = _RESTATED_BEFORE.search(before)
    if m is None or not (m.group("head")[0].islower() or m.group("head").startswith(("MoU", "MOU"))):
        return None   # a title ("the Shusha Declaration signed with Turkey") names an instrument of its own
    signed = [d for d in earlier if d.status == "signed"]
    return signed[-1] if signed else None


def _definite_again(c: Clause, earlier: list[_Draft]) -> _Draft | None:
    """The earlier draft a definite object names again ("announced the agreement ..."), by its head noun."""
    if not ((c.trigger.noun_object or c.trigger.name == "sign-verb" and not c.backward)
            and c.m.group().endswith(("the ", "The ")) and earlier):
        return None
    m = _DEFINITE_NP.match(c.desc)
    if m is None:
        return None
    if m.start("head") == 0 and m.group("head").lower() in ("agreement", "deal"):
        return earlier[-1]   # "announced the agreement": the one just reported, whatever its words
    head = m.group("head").lower().split()[-1].rstrip("s")
    return _last_naming(earlier, rf"\b{word_stem(head)}")


def _last_naming(earlier: list[_Draft], pattern: str) -> _Draft | None:
    return next((d for d in reversed(earlier) if re.search(pattern, d.description.lower())), None)


# x23passive, passive-subject: "Agreements on cooperation in A, B and C, as well as on X, were signed on Monday by ...",
# "Also a Memorandum of Intent to create a joint commission between the two countries, was signed": the subject of a
# passive signing, from its instrument noun up to the auxiliary of its own clause, says what was signed; the words
# after the verb are the signing's setting (who, where, when). The clause opens at the sentence (never a dateline: "LOME,
# Togo, March 18 - ..."), a semicolon or colon, a dash, or a word that starts a clause of its own ("said", "which"); a
# relative clause on the instrument itself ("the arrangement which outlines how ...") is part of its subject.
_PASSIVE_VERB = re.compile(r"\s*,?\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+|also\s+)?"
                           r"(?:signed|ratified|inked|finali[sz]ed)\b")
_CLAUSE_OPEN = re.compile(r"[;:]\s*|\s[-–—]+\s+|-{3}\s*|\b(?P<sub>after|before|since|when|once|until|while|because|although|"
                          r"though|if|whether)\s+|\b(?:where|which|that|who|said|says|added|noted|stated|announced|"
                          r"confirmed|reported)\s+|(?<!such\s)(?<!well\s)\bas\s+(?!well\s+as\b)|,\s+(?:and|but)\s+",
                          re.IGNORECASE)
_RELATIVE = re.compile(r"\b(?:which|that|who)\s+$", re.IGNORECASE)
# "Also a memorandum ...", "In addition, two protocols ...": a sentence adverb before the subject is no part of it
_SENTENCE_ADVERB = re.compile(r"^(?:also|in\s+addition|additionally|moreover|furthermore|meanwhile|besides|finally|"
                              r"likewise|similarly|today|yesterday)\b,?\s*", re.IGNORECASE)
_DET = r"(?:an?|the|two|three|four|five|six|seven|eight|nine|ten|\d+|several|some|more\s+than\s+\w+(?:\s+dozen)?|a\s+total\s+of\s+\w+)"
_SUBJECT_HEAD = re.compile(rf"^(?i:{_DET}\s+)?(?:(?!(?i:{_DET})\s)[\w'’()-]+\s+){{0,4}}?{NOUNS}\b")
# "no agreement was signed", "neither accord has been ratified": no signing
_NO_SIGNING = re.compile(rf"^(?i:no|neither)\s+(?:[\w-]+\s+){{0,3}}?{NOUNS}\b")


def passive_subject(text: str, offset: int) -> tuple[str, str] | None:
    """(the subject of the sentence's passive signing, the words after its verb), or None when the passive has no
    instrument for subject in a clause of its own; ("", "") when the subject says nothing was signed. A signing in a
    clause of time or condition ("... is set to begin after a deal with France was ratified") is the setting of its
    sentence, whose main clause says what the deal does: None."""
    if not any(w in text for w in ("signed", "ratified", "inked", "finali")):
        return None   # (the common case, read without the pattern)
    verb = _PASSIVE_VERB.search(text, offset)
    if verb is None:
        return None
    clause_at, subordinate, relative = offset, False, False
    for m in _CLAUSE_OPEN.finditer(text, offset, verb.start()):
        if _RELATIVE.search(m.group()) and (relative or NOUN.search(text[max(offset, m.start() - 40):m.start()])):
            relative = True   # a relative clause on the instrument, and what is nested in it: the subject's own words
            continue
        clause_at, subordinate = m.end(), m.group("sub") is not None
    clause = text[clause_at:verb.start()]
    # "After the talks, agreements on A and B were signed": the clause of time ends at its comma
    for at in ([] if subordinate else [0]) + [m.end() for m in re.finditer(r",\s+", clause)]:
        words = _SENTENCE_ADVERB.sub("", clause[at:])
        if _NO_SIGNING.match(words):
            return "", ""
        if _SUBJECT_HEAD.match(words):
            # an aside after a comma ("the border agreement, which had been negotiated for years") is cut as any
            # description is; "a"/"an" go, as in any description; a count or a definite article opening the sentence
            # is kept, in lower case, for it makes the words a reference ("The agreement", "Two agreements": folded)
            words = re.sub(r"^an?\s+", "", _description(words), flags=re.IGNORECASE).strip(" ,")
            return re.sub(rf"^(?:{_DET}|this|that|these|those)\b", lambda d: d.group().lower(), words,
                          flags=re.IGNORECASE), text[verb.end():]
    return None
