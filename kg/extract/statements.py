"""Attributed statements: who is credited (person, body, unnamed source), what they said, via whom, how surely."""

from __future__ import annotations

import re

from kg.extract import credits, reporting
from kg.extract.speakers import Memory, as_credited, resolve
from kg.extract.context import Context
from kg.extract.model import Event, Speaker, Statement
from kg.extract.sentences import Sentence

VERBS = reporting.finite()                  # speech and stance verbs, any tense: "X denied ...", "X said ..."
SPEECH_VERBS = reporting.finite(stance=False)  # verbs that may follow the words they credit: "..., X said."
_VERB = re.compile(rf"\b{VERBS}\b")
_TOLD_OBJECT = re.compile(r"^\s*(?:the\s+)?(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*|reporters|journalists|media|parliament|"
                          r"lawmakers|(?:a|the)\s+\w+(?:\s+\w+)?)\s*,?\s*")
_ACCORDING_MID = re.compile(r",\s+according\s+to\s+(?P<who>[^,]{2,100}?),\s+")
_ACCORDING_END = re.compile(r",\s+according\s+to\s+(?P<who>[^,]{2,100}?)\s*[.]?$")
# "..., a decision Lewandowski described as a sovereign measure", "..., a claim the RSF has denied": the
# characterisation or the denial is the speaker's.
_CHARACTERISED = re.compile(r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:decision|move|step|measure|plan|deal|policy|"
                            r"proposal|claim|charge|accusation|allegation|account|version|report)\s+(?:that\s+|which\s+)?"
                            r"(?P<who>[^,]{2,60}?)\s+(?:(?:has\s+|have\s+|had\s+)?(?:described|called|termed|"
                            r"characteri[sz]ed|hailed|condemned)\s+as\s+|(?:has\s+|have\s+|had\s+)?(?:denied|rejected|"
                            r"dismissed|disputed|denounced)\b)")
# "..., a step criticised by the UN refugee agency", "The plan was rejected by Kabul": a stance taken by someone.
_PASSIVE_STANCE = re.compile(r"(?:,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:decision|move|step|measure|plan|deal|policy|"
                             r"proposal|claim|charge|accusation|allegation|remark|comment|statement)|\s+(?:was|were|has\s+been|"
                             r"have\s+been|had\s+been))\s+(?:also\s+|swiftly\s+|strongly\s+|widely\s+)?(?P<verb>criticised|"
                             r"criticized|condemned|denounced|rejected|dismissed|denied|disputed|welcomed|praised|hailed|"
                             r"questioned|slammed)\s+by\s+(?P<who>[^,;.]{2,80}?)(?=\s*(?:[,;.]|$|\s+(?:as|on|in|after|for)\b))")
# "In a joint statement, ...", "In a post on X, ...": a lead-in that makes the sentence a report of the text.
_IN_A_STATEMENT = re.compile(r"(?:In|Through)\s+(?:a|an|the|its|their|his|her)\s+(?:[\w-]+\s+){0,3}?(?:statement|declaration|"
                             r"communiqu[eé]|readout|post|letter|release|message|speech|interview|address)\b[^,]{0,60},\s+")
# ", saying that ...": the subject of the sentence speaks, whoever it is.
_PARTICIPLE_SAYING = re.compile(r",\s+(?:saying|adding|arguing|warning|noting|insisting|stressing|claiming)\s+(?:that\s+)?")
_FIRST_VERB = re.compile(r"\s+(?:has\s+|have\s+|had\s+|also\s+|on\s+\w+\s+)*(?:[a-z]{3,}ed|was|were|is|are|will|would)\b")
# "... to punish Brazil for what Trump termed a “witch hunt”": the naming is the speaker's.
_WHAT_TERMED = re.compile(r"\bwhat\s+(?P<who>[^,;“”\"]{2,60}?)\s+(?:has\s+|have\s+|had\s+)?(?:termed|called|described\s+as|"
                          r"characteri[sz]ed\s+as|branded|labell?ed|dubbed)\s+")
# "X did not commit to a date, saying only that ...", "X welcomed the deal and said it would ...": the subject's words.
_SAYING = re.compile(r"(?:,\s+(?:saying|adding|arguing|warning|noting|insisting)|\s+and\s+(?:also\s+)?(?:said|added|warned|"
                     r"stressed|noted|insisted|argued|told\s+[\w\s]{1,30}?))\s+(?:only\s+)?(?:that\s+)?")
# "Berg was quoted by state media as saying that ...": the words are Berg's.
_QUOTED_AS_SAYING = re.compile(r"\s+(?:was|were|has been|had been)\s+(?:quoted|cited|reported)\s+(?:by\s+[^,.“”\"]{1,40}?\s+)?"
                               r"as\s+saying\s+(?:by\s+[^,.“”\"]{1,40}?\s+)?(?:that\s+)?")
# "A statement from the presidency said Saied had told ...": the words are the person's, as the statement reports.
_NESTED = re.compile(r"^(?:had\s+|has\s+)?(?:told|said|warned|assured|informed)\b")
_ACCORDING = re.compile(r"^(?:According to|As per)\s+(?P<who>[^,]{2,120}),\s+(?P<text>.+)$")
_FINAL = re.compile(rf",\s+(?P<who>[^,“”\"]{{2,100}}?)\s+{SPEECH_VERBS}(?:\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*|\s+reporters|\s+journalists)?"
                    rf"(?:\s+(?:on\s+\w+|in\s+(?:an?\s+)?(?:official\s+|press\s+|joint\s+)*"
                    r"(?:statement|release|briefing)|today|yesterday|in\s+a\s+press\s+release))*"
                    # "..., the leaders said after talks in Sydney on Wednesday (Nov 12).": a closing circumstance.
                    r"(?:\s+(?:after|during|at|following|in|on|via|ahead\s+of|before)\s+[^,;“”\"]{2,80}?)?\s*[.'\"”]*$")
_ISSUED = re.compile(r"\bissued\s+a\s+(?:joint\s+)?statement\s+(?:affirming|saying|stating|declaring|noting)\s+(?:that\s+)?")
_HEDGE = re.compile(r"\b(?:likely|may|might|could|possibly|perhaps|reportedly|probably)\b", re.IGNORECASE)
_ALLEGED = re.compile(r"\b(?:alleged|allegedly|accused|accusing)\b", re.IGNORECASE)
_EXPECTED = re.compile(r"\b(?:is expected to|are expected to|will)\b", re.IGNORECASE)
# "..., while Berg said ...", "but the ministry insisted that ...": a second speaker in a contrasting clause.
_WHILE = re.compile(rf"(?:,\s*|\s+)(?:while|whereas|but|and|although|though)\s+(?P<who>[^,;“”\"]{{2,80}}?)\s+"
                    rf"(?:(?:also|has|have|had)\s+)?(?P<verb>{SPEECH_VERBS})\b(?:\s+that\b)?\s*")
# A credit inside a relative clause ("checks that Warsaw says disrupt trade", "in what Kabul calls"): the words it
# credits are not a clause of their own.
_RELATIVE = re.compile(r"\b(?:that|which|what|whom)\s+(?:the\s+)?(?-i:[A-Z])[\w.-]*(?:\s+(?-i:[A-Z])[\w.-]*)?\s*$")
# "..., adding that ...", "and also urged ...": a second reporting verb of the same subject.
_SECOND = re.compile(rf"(?:,\s+(?:and\s+)?|\s+and\s+)(?:(?:also|further|then|later)\s+)?"
                     rf"(?P<verb>{reporting.gerund()}|{VERBS})\b(?:\s+that\b)?\s*")
# "..., Interior Minister X was quoted by BNS as saying": the words are X's, reported by the outlet.
_QUOTED_AS = re.compile(r"^\s*,?\s*(?P<who>[^,.“”\"]{2,80}?)\s+(?:was|were|has been|had been)\s+(?:quoted|cited)\s+"
                        r"(?:by\s+[^,.“”\"]{1,40}?\s+)?as\s+saying\b")
_VIA = re.compile(r"\b(?:told|to|by|with)\s+(?:the\s+)?$", re.IGNORECASE)


def find(ctx: Context, events: list[Event]) -> list[Statement]:
    out: list[Statement] = []
    state = Memory()
    used: set[int] = set()
    quotes = credits.quotations(ctx.text)
    for s, offset in ctx.body():
        for qs, qe, quote in quotes:
            if not (s.start <= qs < s.end) or len(quote.split()) < 5:
                continue
            statement = _quoted(ctx, s, qs, qe, quote, state, events)
            if statement:
                _append(out, statement, state)
                used.update(x.index for x in ctx.sentences if x.start <= qe and qs < x.end)
                used.add(ctx.sentence_at(qe).index)
        if s.index in used:
            continue
        state.verb_end = None
        statement = _reported(ctx, s, offset, state, events)
        if statement:
            _append(out, statement, state)
            other = _other_speaker(ctx, s, out[-1], state, events)
            if other:
                out.append(other)
            else:
                _second_clause(ctx, s, out[-1], state)
    return out


def _other_speaker(ctx: Context, s: Sentence, first: Statement, state: Memory, events: list[Event]) -> Statement | None:
    """"X said A, while Y said B": a contrasting clause with a speaker of its own is a statement of its own, and
    the first statement keeps only A."""
    denial = _CHARACTERISED.search(s.text)
    if denial and re.search(r"(?:denied|rejected|dismissed|disputed|denounced)$", denial.group().rstrip()):
        # "According to a source, the RSF bought drones, a claim the RSF has denied": the denial is the RSF's.
        who_start = s.start + denial.start("who")
        speaker = resolve(ctx, who_start, who_start + len(denial.group("who")), state, events, whole=True)
        if speaker and speaker.key != first.speaker.key:
            return _make(ctx, speaker, s.text[:denial.start()].strip() + " " + denial.group().strip(" ,"), [s], s,
                         state, rule="statement/characterisation")
    if state.verb_end is None:
        return None
    tail = ctx.text[state.verb_end:s.end]
    m = _WHILE.search(tail)
    if not m:
        return None
    who_start = state.verb_end + m.start("who")
    speaker = resolve(ctx, who_start, who_start + len(m.group("who")), state, events)
    words = tail[m.end():].strip()
    if speaker is None or speaker.key == first.speaker.key or len(words.split()) < 3:
        return None
    cut = first.text.find(tail[m.start():].strip(" ,")[:30])
    if cut > 0:
        first.text = first.text[:cut].rstrip(" ,;")
    return _make(ctx, speaker, words, [s], s, state, rule="statement/while-other-said", verb=m.group("verb"))


def _second_clause(ctx: Context, s: Sentence, first: Statement, state: Memory) -> None:
    """"A, X said, adding that B" / "X said A and urged B": the second reporting verb's clause is part of the same
    statement (one utterance, as analysts count it), so its words join the statement's text."""
    if state.verb_end is None:
        return
    tail = ctx.text[state.verb_end:s.end]
    m = _SECOND.search(tail)
    if not m or len(tail[m.end():].split()) < 3 or not reporting.complement_ok(m.group("verb"), tail[m.end("verb"):]):
        return
    clause = tail[m.end():].strip(" ,")
    if clause[:40] not in first.text:
        first.text = f"{first.text} … {clause}"


def _append(out: list[Statement], statement: Statement, state: Memory) -> None:
    """One document, one statement: "..., it said" or "according to the statement" right after the same statement
    continues it. A person's next sentence ("He said ...", "..., she added") is an utterance of its own."""
    previous = out[-1] if out else None
    continues = state.how == "document"
    if previous and continues and previous.speaker.key == statement.speaker.key:
        previous.text = f"{previous.text} … {statement.text}"
        previous.quoted = previous.quoted or statement.quoted
        previous.support.evidence.extend(e for e in statement.support.evidence if e not in previous.support.evidence)
        return
    out.append(statement)


def _quoted(ctx: Context, s: Sentence, qs: int, qe: int, quote: str, state: Memory,
            events: list[Event]) -> Statement | None:
    """A quotation and its credit: after it ("..., Jaiswal said"), before it ("Drouin told reporters, ...")."""
    closing = ctx.sentence_at(qe)
    after = ctx.text[qe + 1:closing.end]
    # The credit follows the quotation directly; "... and would not host camps for migrants from EU states" goes on
    # with the sentence instead.
    m = re.match(rf"^(?!\s*,?\s*(?:and|but|or|which|that|to|for|in|as|while)\b)\s*,?\s*(?:(?P<who1>[^,.“”\"]{{1,80}}?)\s+{SPEECH_VERBS}\b|{SPEECH_VERBS}\s+(?P<who2>[^,.;“”\"(]{{1,80}}?)(?=\s*(?:\(|[,.;]|\s+in\s+an?\s|$)))", after)
    acc = re.match(r"^\s*,?\s*according\s+to\s+(?P<who>[^,.]{2,80})", after)
    passive = _QUOTED_AS.match(after)
    speaker = None
    rule = ""
    if m:
        who = m.group("who1") or m.group("who2")
        start = qe + 1 + (m.start("who1") if m.group("who1") else m.start("who2"))
        speaker = resolve(ctx, start, start + len(who), state, events, whole=bool(m.group("who2")))
        rule = "statement/said-after-quote"
    elif passive:
        start = qe + 1 + passive.start("who")
        speaker = resolve(ctx, start, start + len(passive.group("who")), state, events)
        rule = "statement/quoted-as-saying"
    elif acc:
        start = qe + 1 + acc.start("who")
        speaker = resolve(ctx, start, start + len(acc.group("who")), state, events)
        rule = "statement/according-to-after-quote"
    else:
        head_start = s.start
        if ctx.text[s.start:qs - 1].strip() == "" and s.index > 0:
            # A crosshead or lead-in ending in a colon credits the quotation below it.
            prev = ctx.sentences[s.index - 1]
            if prev.text.rstrip().endswith(":"):
                head_start = prev.start
        head = ctx.text[head_start:qs - 1]
        # "X told reporters:", "X said in a post on X in response to the remark that “...": the verb, then up to
        # a few words, or a "that" clause opening the quotation.
        b = re.search(rf"{VERBS}(?:(?:\s+[\w’'-]+){{0,5}}?\s*[,:]?|(?:\s+[^“”\".;]+?)?\s+that)\s*$", head)
        if b:
            speaker = resolve(ctx, head_start, head_start + b.start(), state, events)
            rule = "statement/credit-before-quote"
        elif ctx.text[s.start:qs - 1].strip() == "" and state.last_quoted and _same_paragraph(ctx, state.last_quoted_at, qs):
            # "“...,” said Berg. “We expect ...”": the quotation goes on, one utterance.
            speaker = state.last_quoted
            rule = "statement/quote-continues"
            state.how = "document"
        elif ctx.text[s.start:qs - 1].strip() == "" and state.last_quoted and _bare_quote(ctx, qs, qe):
            # A paragraph that is only a quotation: the speaker quoted just before speaks again.
            speaker = state.last_quoted
            rule = "statement/quote-paragraph"
    if speaker is None:
        return None
    sentences = [x for x in ctx.sentences if x.start < qe and qs < x.end]
    if closing not in sentences:
        sentences.append(closing)
    state.last_quoted = speaker if speaker.kind == "person" else None
    state.last_quoted_at = qe
    return _make(ctx, speaker, quote.strip(), sentences, s, state, quoted=True, rule=rule)


def _same_paragraph(ctx: Context, previous: int, qs: int) -> bool:
    """The previous quotation ended in the same paragraph, at most one sentence back."""
    return 0 <= previous < qs and "\n" not in ctx.text[previous:qs] and qs - previous < 200


def _bare_quote(ctx: Context, qs: int, qe: int) -> bool:
    """The quotation fills its paragraph: nothing but the quote marks and a full stop around it."""
    line_start = ctx.text.rfind("\n", 0, qs) + 1
    line_end = ctx.text.find("\n", qe)
    line_end = len(ctx.text) if line_end < 0 else line_end
    return ctx.text[line_start:qs - 1].strip() == "" and re.fullmatch(r"[”\"’.\s]*", ctx.text[qe:line_end]) is not None


def _reported(ctx: Context, s: Sentence, offset: int, state: Memory, events: list[Event]) -> Statement | None:
    text = s.text
    acc = _ACCORDING.match(text[offset:])
    if acc:
        who_start = s.start + offset + acc.start("who")
        speaker = _according_to(ctx, who_start, acc.group("who"), state, events)
        if speaker:
            return _make(ctx, speaker, acc.group("text").strip(), [s], s, state, rule="statement/according-to")
    end_acc = _ACCORDING_END.search(text) or _ACCORDING_MID.search(text)
    final_end = len(text)
    if end_acc and end_acc.start() > offset and _FINAL.search(text[:end_acc.start()]):
        # "..., she said, according to Radio New Zealand": the words are hers; the outlet only passed them on.
        final_end = end_acc.start()
    elif end_acc and end_acc.start() > offset and not _person_speaks(ctx, s, end_acc.start()):
        # "..., according to the International Organization for Migration (IOM)." — unless a named person
        # says it in the sentence ("Sjafrie said ..., according to the ministry": the words are Sjafrie's).
        who_start = s.start + end_acc.start("who")
        speaker = _according_to(ctx, who_start, end_acc.group("who"), state, events)
        if speaker:
            words = f"{text[offset:end_acc.start()]} {text[end_acc.end():]}" if end_acc.re is _ACCORDING_MID \
                else text[offset:end_acc.start()]
            return _make(ctx, speaker, words.strip(), [s], s, state, rule="statement/according-to-after")
    characterised = _CHARACTERISED.search(text)
    if characterised and characterised.start() > offset:
        # "..., a decision Lewandowski described as a sovereign measure": the characterisation is his statement.
        who_start = s.start + characterised.start("who")
        speaker = resolve(ctx, who_start, who_start + len(characterised.group("who")), state, events, whole=True)
        denial = re.search(r"(?:denied|rejected|dismissed|disputed|denounced)$", characterised.group().rstrip())
        if speaker and (speaker.kind != "unnamed" or denial):
            return _make(ctx, speaker, text[offset:].strip(), [s], s, state, rule="statement/characterisation")
    stance = _PASSIVE_STANCE.search(text)
    if stance and stance.start() >= offset:
        who_start = s.start + stance.start("who")
        speaker = resolve(ctx, who_start, who_start + len(stance.group("who")), state, events, whole=True) \
            or as_credited(stance.group("who"))
        if speaker:
            return _make(ctx, speaker, text[offset:].strip(), [s], s, state, rule="statement/passive-stance",
                         verb=stance.group("verb"))
    passive = _QUOTED_AS_SAYING.search(text)
    if passive and passive.start() > offset:
        speaker = resolve(ctx, s.start + offset, s.start + passive.start(), state, events)
        if speaker and len(text[passive.end():].split()) >= 3:
            return _make(ctx, speaker, text[passive.end():].strip(), [s], s, state, rule="statement/quoted-as-saying")
    termed = _WHAT_TERMED.search(text)
    if termed and termed.start() > offset:
        who_start = s.start + termed.start("who")
        speaker = resolve(ctx, who_start, who_start + len(termed.group("who")), state, events, whole=True)
        if speaker and speaker.kind != "unnamed":
            return _make(ctx, speaker, text[offset:].strip(), [s], s, state, rule="statement/what-x-termed")
    saying = _SAYING.search(text)
    first = next((m for m in ctx.persons_in(s.start + offset, s.end) if m.key), None)
    opens = first and (re.fullmatch(r"(?:[A-Z][\w'’-]*\s+){0,5}", ctx.text[s.start + offset:first.start]) or
                       # "The EU's foreign policy chief, Anna Veld, welcomed ...": a post, then the name set off.
                       re.fullmatch(r"[^,;]{3,80},\s+", ctx.text[s.start + offset:first.start])
                       and ctx.text[first.end:first.end + 1] == ",")
    speaks = first and re.match(rf"^(?:\s+\w+ly)?\s+{VERBS}\b", ctx.text[first.end:s.end])
    if saying and opens and not speaks and len(text[saying.end():].split()) >= 3:
        # "Dobrindt did not commit to a date, saying only that Berlin would review ...": the subject speaks.
        person = ctx.persons[first.key]
        return _make(ctx, Speaker(kind="person", key=person.key, label=person.name), text[saying.end():].strip(),
                     [s], s, state, rule="statement/saying-that")
    participle = _PARTICIPLE_SAYING.search(text)
    verb = _FIRST_VERB.search(text, offset)
    if participle and verb and verb.start() < participle.start() and len(text[participle.end():].split()) >= 3:
        # "The Canary Islands regional government declared an emergency, saying its centres were full."
        speaker = resolve(ctx, s.start + offset, s.start + verb.start(), state, events)
        if speaker and speaker.kind != "person":
            # The act is part of what is credited: "declared an emergency, saying its centres were full".
            return _make(ctx, speaker, text[offset:].strip(), [s], s, state, rule="statement/saying-participle")
    final = _FINAL.search(text[:final_end])
    if final and final.start() > offset:
        who_start = s.start + final.start("who")
        speaker = resolve(ctx, who_start, who_start + len(final.group("who")), state, events, whole=True)
        if speaker:
            return _make(ctx, speaker, text[offset:final.start()].strip(), [s], s, state, rule="statement/said-after-words")
    issued = _ISSUED.search(text)
    for m in ([issued] if issued else []) + list(_VERB.finditer(text, offset)):
        if _RELATIVE.search(text[offset:m.start()]):
            continue  # "German checks that Warsaw says disrupt trade": the credit sits in a relative clause
        speaker = resolve(ctx, s.start + offset, s.start + m.start(), state, events)
        if speaker is None:
            continue
        rest = text[m.end():]
        participle = re.match(r"\s+by\b", rest) or text[:m.start()].endswith(", ") and m.group().endswith("ed") \
            and re.match(r"\s+(?:during|in|at|on|last|after|earlier|this)\b", rest)
        if not reporting.complement_ok(m.group(), rest) or participle:
            # "the agreement announced by Arévalo", "the deal, announced during the visit, ...": participles.
            continue  # "is expected to travel", "raised funds", "expressed gratitude" are not speech
        if m.group() in ("told", "tells"):
            that = re.match(r"^\s*(?:[\w’'-]+\s+){1,6}?that\s+", rest)
            rest = rest[that.end():] if that else _TOLD_OBJECT.sub("", rest, count=1)  # "told the parliament that"
        # "..., a Vietnamese official told SEAN, asking not to be named": the words come before the credit.
        circumstance = re.match(r"^\s*(?:on\s+[A-Z]\w+|today|yesterday|after|following|during|at\s+(?:a|the)|in\s+(?:a|an|the)|"
                                r"asking|speaking|requesting|declining|on condition)\b",
                                rest) and not re.search(r"\bthat\b", rest) and ", " in text[offset:m.start()]
        if circumstance or rest.startswith(",") and not rest.startswith(", “") and not rest.startswith(', "'):
            # "..., the State Department said, as ...": the words credited come before the credit.
            rest = text[offset:m.start()]
            phrase = _subject_start(rest)
            rest = rest[:phrase].rstrip(" ,")
        rest = re.sub(r"^\s*(?:(?:in|on|last|earlier)\s+[^,]{0,30}?\s+that\s+|that\s+)?", "", rest)
        if speaker.kind != "person":
            inner = next((p for p in ctx.persons_in(s.end - len(rest), s.end) if p.key), None)
            titled = inner and re.fullmatch(r"(?:[A-Z][\w-]*\s+){0,4}", ctx.text[s.end - len(rest):inner.start])
            told = _NESTED.match(ctx.text[inner.end:].lstrip()) if titled else None
            if told:
                # "A statement from the presidency said Saied had told the commissioner that ...": Saied's words.
                person = ctx.persons[inner.key]
                speaker = Speaker(kind="person", key=person.key, label=person.name)
                said = ctx.text[inner.end:s.end]
                that = re.search(r"\bthat\s+", said)
                rest = said[that.end():] if that else said.lstrip()[told.end():]
        short = 2 if reporting.is_stance(m.group()) else 3  # "Copenhagen denied any wrongdoing"
        if len(rest.split()) < short or rest.rstrip().endswith(":") or re.search(r"\[(?:\.\.\.|…)\]$", rest) and len(rest.split()) < 6:
            continue
        state.verb_end = s.start + m.end()
        return _make(ctx, speaker, rest.strip(), [s], s, state, rule=_verb_rule(m.group()), verb=m.group())
    lead = _IN_A_STATEMENT.match(text, offset)
    verb = _FIRST_VERB.search(text, lead.end()) if lead else None
    if lead and verb and len(text[verb.start():].split()) >= 4:
        # "In a short joint declaration, the two sides committed to a moratorium ...": whatever the verb, the
        # sentence reports what the statement says.
        speaker = resolve(ctx, s.start + lead.end(), s.start + verb.start(), state, events)
        if speaker:
            return _make(ctx, speaker, text[lead.end():].strip(), [s], s, state, rule="statement/in-a-statement")
    return None


def _according_to(ctx: Context, start: int, who: str, state: Memory, events: list[Event]) -> Speaker | None:
    """The source after "according to": a speaker the report knows, else the source as named ("Syria TV", "the
    Al Nahar newspaper"): "according to" credits whatever follows it."""
    return resolve(ctx, start, start + len(who), state, events, whole=True) or as_credited(who)


def _verb_rule(verb: str) -> str:
    """"statement/speaker-said" for speech verbs, "statement/speaker-stance" for "X denied / urged / condemned"."""
    if verb.startswith("issued"):
        return "statement/issued-statement"
    return "statement/speaker-stance" if reporting.is_stance(verb) else "statement/speaker-said"


def _person_speaks(ctx: Context, s: Sentence, end: int) -> bool:
    """A named person in the sentence (before ``end``) is followed by a speech verb."""
    return any(re.match(rf"^(?:['’]s)?\s+(?:also\s+|later\s+|then\s+)?{SPEECH_VERBS}\b", ctx.text[m.end:s.start + end])
               for m in ctx.persons_in(s.start, s.start + end) if m.key)


def _subject_start(text: str) -> int:
    """Where the credit phrase before a mid-sentence verb begins: after the last comma."""
    return text.rfind(",") if "," in text else 0


def _make(ctx: Context, speaker: Speaker, text: str, sentences: list[Sentence], s: Sentence, state: Memory, *,
          rule: str, quoted: bool = False, verb: str = "") -> Statement:
    if speaker.kind == "person":
        state.last_person = speaker
    else:
        state.last_voice = speaker
    if speaker.kind == "unnamed" and (" and " in speaker.label or speaker.label.endswith("s")):
        state.last_group = speaker
    if re.search(r"\b(?:statement|release)\b", s.text) and speaker.kind != "person":
        state.statement_source = speaker
    if _ALLEGED.search(text) or verb in ("alleged", "accused", "accuses", "claimed", "claims"):
        modality = "alleged"
    elif _HEDGE.search(text):
        modality = "hedged"
    elif speaker.kind == "unnamed" and re.search(r"source|official|assessment|analyst|expert", speaker.label, re.I):
        modality = "reported"
    elif _EXPECTED.search(text):
        modality = "expected"
    else:
        modality = "asserted"
    via = None
    for m in ctx.orgs_in(s.start, s.end):
        org = ctx.organizations[m.key]
        if org.kind == "media" and _VIA.search(ctx.text[max(s.start, m.start - 30):m.start]):
            via = org.key
    text = text.strip().rstrip(",")
    confidence = 0.85 if quoted else (0.6 if speaker.kind == "unnamed" else 0.75)
    return Statement(speaker=speaker, text=text, modality=modality, via=via, quoted=quoted,
                     support=ctx.support(sentences, rule=rule, confidence=confidence))
