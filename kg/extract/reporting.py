"""Reporting verbs: the lexicon of verbs that credit words to a speaker, in every tense, as one regex.

A row is a lemma and its class. ``speech`` verbs credit what follows them ("X said that ...", "..., X said");
``stance`` verbs credit their object as the speaker's position ("X denounced the move as a scam", "X expressed
concern", "X urged China to respond"), so they only count with a credited subject and never after the words.
Forms are generated (say → says, said, saying), with the irregular ones listed.
"""

from __future__ import annotations

import re
from functools import cache

SPEECH = ("say", "tell", "add", "state", "note", "announce", "stress", "underline", "underscore", "emphasise",
          "emphasize", "highlight", "warn", "confirm", "claim", "allege", "assert", "insist", "argue", "explain",
          "remark", "observe", "report", "maintain", "reiterate", "write", "outline", "caution", "assure", "declare",
          "point out", "acknowledge", "admit", "reveal", "disclose", "predict", "suggest", "estimate", "signal",
          "inform", "contend", "concede", "indicate", "tweet", "describe", "characterise",
          "characterize", "reply",
          # "..., Kuleba concluded.", "He recalled that ...": they report words after a quotation or with "that"
          "conclude", "recall")
STANCE = ("accuse", "deny", "reject", "urge", "call for", "call on", "demand", "vow", "pledge", "promise",
          "express", "voice", "condemn", "denounce", "criticise", "criticize", "protest", "thank", "raise",
          "expect", "question", "dismiss", "blame", "propose", "slam", "reaffirm", "affirm", "ask for", "call", "term",
          "label", "brand", "repeat", "renew", "hail",
          # verbs of appraisal and appeal that analysts count as statements ("X applauded the progress", "X
          # encouraged Venezuela to take part", "X welcomed the decision", "officials view the move as ...")
          "welcome", "applaud", "appreciate", "commend", "encourage", "echo", "complain",
          "rubbish", "convey", "view", "praise", "laud",
          # x25stspeaker: an appeal made by asking ("Islamabad has repeatedly asked the Taliban to withdraw support",
          # "Australia asked China to provide transparency"), as "called on X to" is; NEEDS holds it to its appeal
          "ask")
# Verbs that report words only with a "that" clause after them (x16stmtR): "X mentioned / clarified / reminded (the
# audience) / reassured (Kazakhstan) / responded that ...", "Iran believes / Baku thinks / Beirut hopes that ...",
# "X requested that ...". Without the clause they are acts or mere mentions ("mentioned the cooperation", "responded
# to the letter", "hopes for progress"), so NEEDS holds each to its clause; they never credit words before them.
THAT_CLAUSE = ("mention", "clarify", "remind", "reassure", "respond", "believe", "think", "hope", "request")

# Verbs that report words only with a clause or a speech noun after them: "expressed concern" and "expressed that
# ..." are statements, "expressed gratitude" and "raised funds" are not; "reaffirmed that ..." is, "reaffirmed
# support" is a courtesy. An absent row means no condition.
_OBJECT = (r"(?:\s+(?:\w+ly\s+)?(?:its|their|his|her|the|deep|serious|strong|grave)?\s*)?"
           r"(?:concerns?|alarm|regret|hope|doubts?|fears?|opposition|disappointment|displeasure|frustration|anger|"
           r"outrage|dismay|questions?|issues?|the matter|objections?)\b")
_THAT = r"^(?:\s+[\w’'-]+){0,3}?\s+that\b|^\s*[:“\"]"
# A resolve restated: "(reaffirmed) [Georgia's / their / the country's] readiness | determination | position". A
# restated "commitment" is the readout's courtesy, like "support" (analysts count it in one report of three).
_RESOLVE = (r"^\s+(?:\w+['’]s\s+|(?:its|their|his|her|the|our)\s+(?:\w+['’]s\s+)?)(?:[\w-]+\s+){0,2}?(?:"
            r"readiness|determination|resolve|willingness|vision|position|stance)\b")
# A stance expressed (x15stance): "expressed confidence that ...", "expressed Egypt's solidarity with ...",
# "expressed readiness to ..." ("expressed support for ..." stays a courtesy: analysts pass it over). Thanks count
# only as a state's ("expressed Iraq's appreciation for Jordan's stance") or with an appraisal after them ("expressed
# gratitude ..., lauding the ties"); "expressed gratitude for the hospitality" stays the readout's courtesy.
_EXPRESSED = (r"^\s+(?:\w+ly\s+)?(?:(?:its|their|his|her|the|our)\s+|[\w-]+['’]s\s+)?"
              r"(?:(?:deep|sincere|full|strong|firm|common|cautious|great|profound|unwavering|continued|complete|"
              r"cautiously|renewed)\s+){0,2}"
              r"(?:confidence|optimism|pessimism|s[ck]epticism|solidarity|determination|readiness|willingness|resolve|"
              r"(?:appreciation|gratitude|thanks)\b(?=[^.;]{0,160}?(?:,\s+|\s+while\s+|\s+and\s+)"
              r"(?:lauding|praising|commending|hailing|applauding|noting|stressing|calling|describing|saying)\b))\b|"
              r"^\s+[\w-]+['’]s\s+(?:(?:deep|sincere|great|profound)\s+)?(?:appreciation|gratitude|thanks)\b")
# One speaker restating its own state's commitment (x15stance): "The Federal Government has reaffirmed Nigeria's
# commitment to ...", "He reaffirmed his commitment to working with Egypt ...". Several parties' "their commitment"
# stays the readout's courtesy (and statement_vetoes.joint_courtesy rejects it for several speakers).
_OWN_COMMITMENT = (r"^\s+(?:once\s+again\s+|again\s+)?(?:(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*){0,2}['’]s|"
                   r"the\s+(?:country|nation|kingdom|government)['’]s|his|her|its)\s+"
                   r"(?:(?:[\w-]+\s+){0,2}?)(?:commitment|pledge)s?\s+to\b")
# One speaker's thanks for a named deed (x19courtesy): "expressed his gratitude to Japan for its assistance to ...",
# "conveyed deep appreciation for PNG's ongoing support on security cooperation", "expressed appreciation for the
# support of the two neighbouring countries" — what "thanked Japan for its assistance" already credits (studied golds
# count "thanked X for ..." 7 of 7, "expressed gratitude/appreciation for" a deed 3 of 3). Thanks for the hospitality,
# the welcome, the invitation, a visit or the arrangements stay the readout's courtesy (studied golds 0 of 1, bank
# 6 of 6 pure courtesies), and so do bare thanks ("expressed gratitude to the hosts") and thanks for "the
# opportunity". statement_vetoes.joint_thanks keeps several speakers' thanks out.
_HOSPITALITY = (r"(?:[\w’'-]+\s+){0,5}?(?:hospitality|welcome|reception|invitation|invite|accommodations?|warm|kind|"
                r"cordial|visit|trip|stay|opportunity|arrang\w*|organi[sz]\w*|prepar\w*|hosting|hosted|day\s+of|"
                r"time|efforts?\s+(?:in|of)\s+(?:organi[sz]|arrang|hosting))\b")
# The deed thanked for, named by a noun of help or stance within a few words: "its assistance to ...", "PNG's ongoing
# support on ...", "Dong Jun's contribution to ...", "Georgia's readiness to ...", "Fidan's role in ...".
_DEED = (r"(?:[\w’'-]+\s+){0,6}?(?:support|assistance|aid|help|backing|contributions?|role|stance|position|readiness|"
         r"solidarity|leadership|efforts?|training|cooperation|commitment|decision|understanding)\b")
THANKS_FOR = (r"^\s+(?:\w+ly\s+)?(?:(?:its|their|his|her|the|our)\s+|[\w-]+['’]s\s+)?"
              r"(?:(?:deep|deepest|sincere|heartfelt|profound|great|special|immense|utmost|high|full)\s+){0,2}"
              r"(?:appreciation|gratitude|thanks)"
              r"(?:\s+(?:to|of)\s+(?:(?!\bfor\b)[^.;:“”\"]){1,120}?)?\s+for\s+(?!" + _HOSPITALITY + r")" + _DEED)
# What "express" and "convey" need besides thanks for a deed: a stance, a concern, or words of their own.
_EXPRESS_STANCE = rf"^(?:\s+that\b|{_OBJECT})|{_EXPRESSED}"
_CONVEY_WORDS = _THAT
NEEDS = {
    # _OBJECT opens with its own space: "^\s+" before it would eat the space "expressed deep / his concern" needs
    "express": rf"{_EXPRESS_STANCE}|{THANKS_FOR}", "voice": rf"^{_OBJECT}", "raise": rf"^{_OBJECT}",
    "expect": r"^\s+that\b",
    "reply": r"^\s+(?:that\b|:|“|\")",  # "replied that ..."; "replied to the letter" is an act
    # "repeated demands that ...", "renewed calls for ...": a stance said again; "repeated the exercise" is not.
    **dict.fromkeys(("repeat", "renew"), r"^\s+(?:(?:its|their|his|her|the|an?)\s+)?(?:\w+\s+)?(?:demands?|calls?|concerns?|"
                                         r"warnings?|accusations?|claims?|appeals?|criticism|pledges?|that)\b"),
    # "called it a generous offer", "termed the visit historic", "branded them terrorists": a characterisation.
    **dict.fromkeys(("call", "term", "label", "brand"),
                    r"^\s+(?:it|this|that|them|him|her|(?:the|his|her|their|its)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+)\s+"
                    r"(?:an?\s|the\s|“|\"|as\s|(?:very\s+)?[a-z]+(?:ic|al|ous|ful|ive|ble)\b)"),
    # "Vietnam protested to China" is a diplomatic act; "X protested the comment" credits a stance.
    "protest": r"^\s+(?!to\b|outside\b|in\b|at\b)",
    # "welcomed the decision", "welcomed that ...": a stance; "welcomed the delegation" is hospitality.
    "welcome": r"^\s+(?:that\b|(?:\w+\s+)?(?:the|this|its|their|his|her|an?)\s+(?:[\w’'-]+\s+){0,4}?(?:decisions?|move|steps?|"
               r"agreements?|deal|outcomes?|progress|signing|initiatives?|proposals?|commitments?|efforts?|plans?|"
               r"announcement|results?|development|role|support|talks|dialogue|ceasefire|truce|resumption|release)\b)",
    "view": r"^(?:\s+[\w’'-]+){1,6}?\s+as\b",     # "view the move as a provocation"; "viewed the parade" is not
    "complain": r"^\s+(?:that|about|of)\b",
    # "argued that ...", "argued for restraint"; "argued about fishing rights", "argued with Berg" is a quarrel.
    "argue": r"^\s+(?!about\b|over\b|with\b)",
    # "called on Russia to withdraw", "called on the council for restraint": an appeal; "called on the Deputy
    # Minister on Tuesday" is a courtesy visit.
    # "called on the Prime Minister and conveyed to him greetings": "to" before a pronoun is no appeal (x18uncovered).
    "call on": r"^[^.;]{1,100}?\b(?:to\s+(?!(?:him|her|them|it|us|me)\b)[a-z]+|for)\b",
    # x25stspeaker: "asked the Taliban to withdraw support", "asked him to help": a hearer, then what they are asked to
    # do. "asked not to be named", "was asked to comment", "asked about the talks", "asked whether" ask nothing of
    # anyone; "asked for" is its own row.
    "ask": r"^\s+(?!(?:not|to|about|if|whether|why|how|what|when|for|by|questions?)\b)(?:[\w’'-]+\s+){1,6}?to\s+(?!be\b)[a-z]+\b",
    # "echoed the sentiments, describing Fiji as ...": an echo counts with the words that say what was echoed.
    "echo": r"^[^.;]{0,80}?,\s+(?:saying|describing|adding|noting|calling|stressing)\b",
    "convey": rf"{_CONVEY_WORDS}|{THANKS_FOR}",  # "conveyed deep appreciation for PNG's support": thanks for a deed
    # "acknowledged the momentum", "declared an emergency", "revealed a plan" are acts; "... that ..." is speech.
    **dict.fromkeys(("acknowledge", "admit", "reveal", "disclose", "predict", "suggest", "estimate", "indicate",
                     "contend", "concede", "declare", "inform", "point out", "maintain", "conclude", "recall"), _THAT),
    # "reaffirmed that ...", "reaffirmed Georgia's readiness to ...": a stance restated; "reaffirmed support",
    # "reaffirmed ties", "reaffirmed their commitment" stay courtesies.
    **dict.fromkeys(("reaffirm", "affirm"), rf"(?:{_THAT}|{_RESOLVE}|{_OWN_COMMITMENT})"),
    # a hearer may stand between the verb and its clause ("reminded the two sides that", "reassured Kazakhstan that")
    **dict.fromkeys(("mention", "clarify", "remind", "reassure"), _THAT),
    # a reply, belief, hope or request is the speaker's only with the clause right after it ("hopes for progress",
    # "responded to claims that ..." — the claims are someone else's — are not)
    **dict.fromkeys(("respond", "believe", "think", "hope", "request"), r"^\s+(?:\w+ly\s+)?that\b"),
}

# Bare forms that are rarely nouns ("officials say", "they deny"); "state", "report", "protest" are left out.
_BARE = ("say", "tell", "warn", "insist", "argue", "accuse", "deny", "reject", "urge", "add", "believe", "fear",
         "allege", "maintain", "contend", "acknowledge", "admit", "confirm", "estimate", "view")

# Irregular or doubled forms: lemma -> (third person, past, participle, gerund).
_IRREGULAR = {
    "say": ("says", "said", "said", "saying"),
    "tell": ("tells", "told", "told", "telling"),
    "write": ("writes", "wrote", "written", "writing"),
    "deny": ("denies", "denied", "denied", "denying"),
    "signal": ("signals", "signalled", "signaled", "signalling"),
    "admit": ("admits", "admitted", "admitted", "admitting"),
    "slam": ("slams", "slammed", "slammed", "slamming"),
    "label": ("labels", "labelled", "labeled", "labelling"),
    "underline": ("underlines", "underlined", "underlined", "underlining"),
    "echo": ("echoes", "echoed", "echoed", "echoing"),
    "think": ("thinks", "thought", "thought", "thinking"),
}


def forms(lemma: str) -> tuple[str, ...]:
    """say → (say, says, said, saying); "call for" → (call for, calls for, called for, calling for)."""
    head, _, tail = lemma.partition(" ")
    if head in _IRREGULAR:
        inflected = _IRREGULAR[head]
    elif head.endswith("e"):
        inflected = (head + "s", head + "d", head + "d", head[:-1] + "ing")
    elif head.endswith("y") and head[-2] not in "aeiou":
        inflected = (head[:-1] + "ies", head[:-1] + "ied", head[:-1] + "ied", head + "ing")
    elif head.endswith(("s", "sh", "ch", "x")):
        inflected = (head + "es", head + "ed", head + "ed", head + "ing")
    else:
        inflected = (head + "s", head + "ed", head + "ed", head + "ing")
    out = dict.fromkeys(f"{w} {tail}".strip() for w in (head, *inflected))
    return tuple(out)


def _finite_forms(lemma: str) -> tuple[str, ...]:
    """Forms that can head a finite clause: no gerund, and the bare form only where it is rarely a noun."""
    all_forms = forms(lemma)
    return tuple(f for f in all_forms if not f.split()[0].endswith("ing") and (f != lemma or lemma in _BARE))


def _alternation(lemmas: tuple[str, ...]) -> str:
    words = {f for lemma in lemmas for f in _finite_forms(lemma)}
    return "(?:" + "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in words), key=len, reverse=True)) + ")"


@cache
def finite(*, stance: bool = True) -> str:
    """Finite forms (said, says, tells, denied ...) as a regex alternation, longest first."""
    return _alternation(SPEECH + (STANCE + THAT_CLAUSE if stance else ()))


@cache
def gerund() -> str:
    """Participle forms of speech verbs that open a second clause: "..., adding that ...", "warning ..."."""
    return "(?:" + "|".join(sorted({forms(lemma)[-1] for lemma in SPEECH if " " not in lemma}, key=len, reverse=True)) + ")"


@cache
def _lemmas() -> dict[str, str]:
    return {f: lemma for lemma in SPEECH + STANCE + THAT_CLAUSE for f in forms(lemma)}


def lemma_of(word: str) -> str | None:
    """The lemma of a reporting-verb form ("said" → "say"), or None."""
    return _lemmas().get(re.sub(r"\s+", " ", word.lower()))


# A quotation inside the verb's object: "reaffirmed the “ironclad” commitment", "voiced “deep” unease".
_QUOTED_OBJECT = re.compile(r"^[^.;:“”\"]{0,60}[“\"][^“”\"]{2,120}[”\"]")


def complement_ok(word: str, rest: str) -> bool:
    """The words after the verb are what the verb needs to report speech (see NEEDS); a quotation in the object
    ("reaffirmed the “ironclad” commitment") marks the words as the speaker's, whatever the verb needs."""
    need = NEEDS.get(lemma_of(word) or "")
    return need is None or re.match(need, rest, re.IGNORECASE) is not None or _QUOTED_OBJECT.match(rest) is not None


def thanks_for(word: str, rest: str) -> bool:
    """One speaker's thanks for a deed ("expressed gratitude to Japan for its assistance"), found through the
    condition of "express" or "convey" alone (rule statement/thanks-for)."""
    other = {"express": _EXPRESS_STANCE, "convey": _CONVEY_WORDS}.get(lemma_of(word) or "")
    return (other is not None and re.match(THANKS_FOR, rest, re.IGNORECASE) is not None
            and re.match(other, rest, re.IGNORECASE) is None)


def is_stance(word: str) -> bool:
    return lemma_of(word) in STANCE


def needs_clause(word: str) -> bool:
    """A verb of THAT_CLAUSE: it reports words only through the "that" clause after it."""
    return lemma_of(word) in THAT_CLAUSE
