"""Trigger matches → Clauses: each trigger row's match in a sentence, its object read after the verb or before it."""

from __future__ import annotations

import re

from kg.extract import prefilter
from kg.extract.agreement_lexicon import INSTITUTIONS, NOUN, NOUNS, TRIGGERS, Trigger
from kg.extract.agreement_parties import deal_states
from kg.extract.agreement_parts import before_own_verb
from kg.extract.agreement_vetoes import GROUP_SUBJECT, Clause, names_only_instrument, parties_named
from kg.extract.agreements.draft import _FALLBACK, _description
from kg.extract.context import Context
from kg.extract.sentences import Sentence

# What follows a verb whose object came before it: "signed in 2024", "signed last year".
_ADVERBIAL = re.compile(r"^(?:in|on|at|last|earlier|this|by|during|following|after|before|under|as|when|here|there|"
                        r"today|yesterday|\d)\b", re.IGNORECASE)
# "an accord would be signed", "the pact was ratified": a signing verb in the passive names its agreement before it;
# with a modal ("would be signed", "must now be ratified") the signing is still to come.
_PASSIVE_BE = re.compile(r"\b(?:be|been|being|was|were|is|are)\s+(?:\w+ly\s+|now\s+|also\s+|soon\s+)?$")
_MODAL_BE = re.compile(r"\b(?:will|would|shall|must|should|could|may|might|can|to)\s+(?:\w+\s+)?be\s+(?:\w+ly\s+|now\s+|"
                       r"also\s+|soon\s+)?$")
# "The agreement was signed", "the treaty must now be ratified", "A key aspect of the agreement, signed in May, ...": a
# bare definite noun points back to one reported.
_DEFINITE_BACK = re.compile(rf"(?:^|\b)(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:[a-z]+\s+of\s+the\s+)?(?:{NOUNS}|documents?)(?:\s+\([A-Za-z]+\))?"
                            r"(?:\s+(?:(?:will|would|shall|must|should|could|may|might|can|to|has|have|had)\s+)?(?:\w+\s+)?"
                            r"(?:be|been|being|was|were|is|are)\s+(?:\w+ly\s+|now\s+|also\s+|soon\s+)?|,?\s*)$")
# "the Geneva Agreement signed between the parties in 1966", "the agreement signed with Ethiopia": a participle.
_PARTICIPLE_PHRASE = re.compile(r"^(?:with|between|within)\b")
_AUXILIARY = re.compile(r"\s*,?\s*(?:was|were|is|are|has|have|had|be|been|will|would|shall)\b")
# The participle's counterpart phrase names the deal's makers: "signed with Turkey", "reached between the two armies".
_COUNTERPART_PHRASE = re.compile(r"^(?:with|between)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*(?:\s+|$)(?:and\s+)?)+")
_AGREEMENT_NOUN = r"(?:agreement|accord|treaty|pact|memorandum|deal|protocol|convention|MoU|MOU|arrangement|commission|mechanism)"
_OBJECT_BEFORE_SUBJECT = re.compile(
    rf"(?P<np>(?:[\w'’-]+\s+){{0,6}}?(?i:{_AGREEMENT_NOUN})(?:\s+(?:of|on)\s+understanding)?(?:\s+\([A-Z]+\))?)\s+(?:that\s+|which\s+)?"
    r"(?P<subj>(?:the\s+two\s+\w+|both\s+\w+|they|we|he|she|I|you|[A-Z][\w-]+(?:,\s+[A-Z][\w-]+)*(?:,?\s+and\s+[A-Z][\w-]+)?))"
    r"\s+(?:had\s+|have\s+|has\s+)?$")
# "about 10 agreements and MoUs on fuel, ... will be signed": instruments counted, the subject of a passive.
_COUNTED_NP = re.compile(r"(?:^|\b(?:as|that|while|and|where|when|said|says|added|noted|stated)\s+|,\s+)(?:(?:about|some|around|over|nearly|almost|"
                         r"more\s+than|at\s+least|up\s+to)\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|"
                         r"a\s+dozen|dozens\s+of|several|a\s+number\s+of)\s+"
                         r"(?P<np>(?:[\w-]+\s+){0,2}?(?i:agreements|accords|deals|pacts|treaties|memoranda|memorandums|"
                         r"MoUs|instruments|documents|protocols)\b[^;:]{0,200}?)\s+$")
_SUBJECT_NP = re.compile(r"(?:^|;\s+|,\s+(?:and\s+)?|\band\s+)(?P<np>(?:an?|the)\s+[^,;]{3,160}?)\s+$", re.IGNORECASE)
# "approved the peace deal": a definite deal named by its noun alone is one already reported.
_POINTS_BACK = re.compile(rf"(?:[\w-]+\s+)?{NOUNS}")
_DEFINITE = re.compile(r"^(?:documents?|deal|accord|agreement|pact|memorandum|MoU|MOU|letter|protocol|treaty)\b|"
                       # "signed the Treaty in Canberra": a capital for the one already reported, not a title
                       r"^(?:Treaty|Agreement|Accord|Pact|Memorandum|Protocol)\b(?!\s+(?:of|on|for|between|to)\b|\s+[A-Z])")
_NAMED = re.compile(r"^(?:[A-Z][\w-]*\s+(?:(?:and|of|on|for)\s+)?){1,7}(?:Agreement|Accord|Treaty|Pact|Memorandum|Protocol|"
                    r"Convention|Arrangement)\b")
_PURPOSE = re.compile(r"^(?:an?\s+|the\s+)?(?:\w+\s+){0,2}(?:deal|agreement|pact|accord)\s+(?:on\s+[A-Z]\w+\s+)?to\s+[a-z]+\s+\w+")
_BACK_DEAL = re.compile(r"\b(?:deal|agreement|accord|pact)\s+on\s+the\s+(?P<what>[\w-]+(?:\s+[\w-]+)?)\s+(?:was|is|were|are)\s+"
                        r"(?:expected|likely|due)\b")
# "Talks on reopening the posts are expected to produce an agreement": what the expected agreement is about.
_TALKS_TOWARD = re.compile(r"\b(?:Talks|talks|Negotiations|negotiations)\s+on\s+(?P<what>\w+ing\s+[^,;]{3,100}?)\s+(?:are|is|were|was)\s+"
                           r"(?:expected|likely|set)\s+to\s+(?:produce|yield|lead to|result in)\s+(?:an?\s+)?(?:agreement|deal|accord)")
_NOUN_BEFORE_VERB = re.compile(rf"(?P<np>\b(?i:an?|the|their|this|that)\s+(?:[\w'’-]+\s+){{0,4}}?{NOUNS}"
                               r"(?:\s+\([A-Za-z]+\))?),?\s*(?:(?:which|that)\s+)?$")


# A finite verb after a reduced participle's adverbial starts the sentence's own clause: "an accord due to be signed on
# Thursday could mark a step toward peace".
_CLAUSE_VERB = re.compile(r"\s+(?:could|would|will|may|might|can|should|must|is|are|was|were|has|have|had)\b")
_REDUCED = "\u2063"  # marks a noun phrase read before its participle: its participle phrase describes it too


def _object_before(subject: str) -> tuple[str, str] | None:
    """(the agreement's words, the clause's actor) when the object precedes the verb; None if no such phrase."""
    rel = _OBJECT_BEFORE_SUBJECT.search(subject)
    if rel and re.search(rf"(?i:{_AGREEMENT_NOUN})", rel.group("np")):
        np = re.sub(r"^(?:.*\b(?:under|on|of|from|in|with|to)\s+)?(?:an?\s+|the\s+)", "", rel.group("np"), flags=re.IGNORECASE)
        return np.strip(), rel.group("subj")
    reduced = _NOUN_BEFORE_VERB.search(subject)
    if reduced:   # "under a framework signed in Abuja": the noun phrase right before its participle
        np = re.sub(r"^(?:an?|the|their|this|that)\s+", "", reduced.group("np"), flags=re.IGNORECASE)
        return np.strip(" ,") + _REDUCED, subject[:reduced.start("np")]
    counted = _COUNTED_NP.search(subject)
    if counted:   # "as about 10 agreements and MoUs on A, B and C will be signed": a number of instruments
        return counted.group("np").strip(" ,"), subject[:counted.start("np")]
    passive = _SUBJECT_NP.search(subject)
    if passive:
        np = re.sub(r"^(?:an?|the)\s+(?:separate\s+|new\s+)?", "", passive.group("np"), flags=re.IGNORECASE)
        return np.strip(" ,"), subject[:passive.start("np")]
    return None


# "the US also signed a bilateral defense pact with Papua New Guinea": the counterpart named after the instrument.
_WITH_STATE = re.compile(r"^(?:[\w'’()-]+\s+){0,6}?with\s+(?:the\s+)?(?P<who>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})")


def _parties(ctx: Context, s: Sentence, subject: str, desc: str = "") -> list[str] | None:
    """Countries bound: those named together as subject, else the article's two states; None if unilateral."""
    codes = parties_named(subject)
    if len(codes) >= 2:
        return codes
    main = deal_states(ctx)
    other = _WITH_STATE.match(desc)
    if len(codes) == 1 and other and NOUN.search(desc[:other.start("who")]) and not GROUP_SUBJECT.search(subject):
        with_code = [c for c in parties_named(other.group("who").rstrip(".,")) if c != codes[0]][:1]
        if with_code:
            return [codes[0]] + with_code   # a deal of the subject's state with the state named after "with"
    if len(codes) == 1 and not GROUP_SUBJECT.search(subject):
        return [codes[0]] + [c for c in main if c != codes[0]][:1] if len(main) > 1 else codes
    return list(main)


# Rows whose object is an instrument named by its noun ("signed an agreement", "the signing of", "revision of the treaty").
def _governs_instrument(t: Trigger) -> bool:
    return t.noun_object or t.status == "signed" or t.name == "renegotiation-of-noun"


_TRIGGER_ROWS = prefilter.Rows(TRIGGERS)  # each row chosen by the words its pattern needs


def _clauses(ctx: Context, s: Sentence, offset: int) -> list[Clause]:
    """Every trigger match in the sentence, its object found (after the verb, or before it when passive)."""
    text = s.text
    out = []
    folded = prefilter.scan(text)
    for t in _TRIGGER_ROWS.could_match(folded):  # (a row whose words the sentence lacks: its regex is not run)
        for m in t.pattern.finditer(text, offset):
            rest = text[m.end():]
            subject = text[offset:m.start()]
            c = Clause(trigger=t, m=m, sentence=s, offset=offset, subject=subject, rest=rest,
                        desc=_description(rest), actor=subject + " " + m.group())
            lead = _FALLBACK["setting-before-object"].match(rest) if t.name == "sign-verb" else None
            if lead is not None:   # setting-before-object: "signed in Dushanbe an agreement on X"
                c.desc = _description(rest[lead.end():])
            passive = t.name == "sign-verb" and _PASSIVE_BE.search(subject) is not None
            c.backward = t.backward or m.group().startswith(("is ", "are ", "was ", "were ")) and t.status == "expected" \
                or t.status == "signed" and (_ADVERBIAL.match(c.desc) is not None or passive
                                             or t.name == "sign-verb" and _PARTICIPLE_PHRASE.match(c.desc) is not None)
            c.to_come = passive and _MODAL_BE.search(subject) is not None
            if t.name == "discussed-and-agreed":
                c.desc, c.actor = _description(subject), rest   # what was agreed comes first; "by both sides" after
            if c.backward:
                # The agreement is named before its verb: "an accord on X is expected to be signed",
                # "the Defence Cooperation Agreement the two countries signed in 2024".
                np = _object_before(subject)
                if np is None:
                    continue
                desc, c.subject = np
                # instrument-own-verb: "The police cooperation pact was among nine deals signed ...": the pact, not its verb
                desc = before_own_verb(desc[:-1]) + _REDUCED if desc.endswith(_REDUCED) else before_own_verb(desc)
                if desc.endswith(_REDUCED) and t.name == "noun-took-effect":
                    desc = desc[:-1]
                elif desc.endswith(_REDUCED):
                    # "a framework signed in Abuja on Wednesday": the participle and its adverbial describe the deal;
                    # "the Shusha Declaration signed with Turkey", "an agreement signed between the two governments":
                    # so does its counterpart phrase
                    counterpart = _COUNTERPART_PHRASE.match(rest)
                    adverbial = _description(rest.split(",")[0]) if _ADVERBIAL.match(rest) or counterpart else ""
                    if re.match(r"\s*,?\s*(?:was|were|has|have|had)\b", m.group()) and _FALLBACK["passive-setting"].match(rest):
                        adverbial = ""   # passive-setting: "The agreement was reached during a meeting ...": its setting
                    if t.name == "noun-due-to-be-signed":
                        adverbial = _CLAUSE_VERB.split(adverbial)[0]   # "... on Thursday could mark a step": its own verb
                    desc = " ".join(w for w in (desc[:-1], m.group().strip(" ,"), adverbial) if w)
                    # instrument-own-verb: "the agreement signed between A and B underscores ...": the participle's
                    # phrase ends at the sentence's own verb (a passive's "is in the works" is the trigger's own)
                    if _AUXILIARY.match(m.group()) is None:
                        desc = before_own_verb(desc)
                    if desc.endswith(m.group().strip(" ,")):
                        desc = desc[: -len(m.group().strip(" ,"))].strip()   # nothing after the participle
                    # instrument-participle: the clause's subject did not make the deal ("parliament approved the
                    # declaration signed with Turkey"); its makers are the ones the participle names, if any
                    c.reduced = not passive and _AUXILIARY.match(m.group()) is None   # a participle, not a passive
                    makers = counterpart.group() if counterpart and c.reduced else None
                c.desc = re.sub(r"\s+(?:was|were|is|are|has been|had been|have been)(?:\s+(?:also|then|later|now|already|"
                                r"eventually|finally))?$", "", desc)  # "framework was", "memorandum was also"
                # "a memorandum would be signed", "The treaty must now be ratified": the verb group is no description
                c.desc = re.sub(r"\s+(?:will|would|shall|must|should|could|may|might|can|is\s+to|are\s+to|to)\s+"
                                r"(?:\w+\s+)?be$", "", c.desc)
                if t.name == "noun-will-be-made" and (re.match(r"by\s+(?:the\s+)?[A-Z]", rest) and len(parties_named(
                        _description(rest))) == 1 or not (NOUN.search(c.desc) or _INSTITUTION.search(c.desc))):
                    continue  # "a committee will be established by the Kenyan Government": one state's own body
                if t.backward and not NOUN.search(c.desc) and t.name != "noun-will-be-made":
                    continue  # "the two ministers agreed on Monday": no agreement noun before the verb
                if len(c.desc.split()) < 3 and re.match(r"(?:on|to|for|over|covering)\s", rest):
                    c.desc = f"{c.desc} {_description(rest)}"  # "An agreement was reached on sharing data"
                elif len(c.desc.split()) < 2 and t.backward and re.search(r"(?i:\ban?\s+|ceasefire|truce)\S*\s*$", np[0] + " " + subject[-30:]):
                    # "A ceasefire brokered by Qatar in March": a new deal, described by its own participle
                    c.desc = f"{c.desc} {m.group().strip(' ,')} {_description(rest)}"
                c.actor = makers if c.reduced and makers is not None else c.subject + " " + m.group()
            if not c.backward and _governs_instrument(t):
                # "the signing of the declaration on X has historical significance"; only after a row whose object is
                # the instrument itself: in "agreed that the partnership will ..." the verb after the noun is what was
                # agreed, and an act proposed ("A proposed new treaty will be a symbol of co-operation") is judged by
                # its vetoes on the words as written
                c.desc = before_own_verb(c.desc)
            c.desc = _with_matter(c.desc, rest, c.backward)
            out.append(c)
    return out


# x19agrref, reference-takes-matter: "A memorandum of understanding was also signed by the two interior ministers to set
# up a bilateral committee ...", "signed a protocol in Bishkek on Monday, which provides for talks on the borderline":
# an instrument named by its noun alone takes the subject matter the sentence gives after its verb or its setting (who
# signed it, where, when), so the description says what the instrument is about.
_SETTING_THEN_MATTER = re.compile(
    r"^[\s,]*(?:(?:by|between)\s+[^,;:]{3,80}?\s+|(?:in|at)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s*,?\s+|"
    r"on\s+(?:\w+day|\d{1,2}\s+[A-Z]\w+|[A-Z][a-z]+\s+\d{1,2})\s*,?\s*|(?:yesterday|today|last\s+\w+|this\s+\w+)\s*,?\s*)*?"
    r"(?P<matter>(?:to\s+(?!be\b|date\b|the\b)[a-z]+|on\s+(?!behalf\b|the\s+sidelines\b|\w+day\b|\d)|"
    r"for\s+(?!the\s+first\b)|covering|regarding|concerning|aimed\s+at|"
    r"(?:which|that)\s+(?:provides?|will|would|allows?|aims?|covers?|sets?|seeks?|envisages?|establish\w*)\b)\b.*)$",
    re.DOTALL)


def _with_matter(desc: str, rest: str, backward: bool) -> str:
    if not names_only_instrument(desc):
        return desc
    after = rest
    if not backward:   # the description was read from the words after the verb: its matter follows it
        at = rest.find(desc[-20:]) if desc else -1
        if at < 0:
            return desc
        after = rest[at + len(desc[-20:]):]
    m = _SETTING_THEN_MATTER.match(after)
    if m is None:
        return desc
    relative = re.match(r"(?:which|that)\s+", m.group("matter"))
    matter = _description(m.group("matter")[relative.end() if relative else 0:])
    if len(matter.split()) < 2:
        return desc
    if not backward:   # the sentence's own words, setting and all: "protocol in Bishkek on Monday, which provides for X"
        return desc + after[:m.start("matter")] + (relative.group() if relative else "") + matter
    return f"{desc} {matter}"


_INSTITUTION = re.compile(rf"\b{INSTITUTIONS}\b")
