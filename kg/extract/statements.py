"""Attributed statements: who is credited (person, body, unnamed source), what they said, via whom, how surely."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract import credits, reference, reporting
from kg.extract.context import Context
from kg.extract.model import Event, Speaker, Statement
from kg.extract.names import slug
from kg.extract.sentences import Sentence

VERBS = reporting.finite()                  # speech and stance verbs, any tense: "X denied ...", "X said ..."
SPEECH_VERBS = reporting.finite(stance=False)  # verbs that may follow the words they credit: "..., X said."
_VERB = re.compile(rf"\b{VERBS}\b")
_TOLD_OBJECT = re.compile(r"^\s*(?:the\s+)?(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*|reporters|journalists|media|parliament|"
                          r"lawmakers|(?:a|the)\s+\w+(?:\s+\w+)?)\s*,?\s*")
_ACCORDING_END = re.compile(r",\s+according\s+to\s+(?P<who>[^,]{2,100}?)\s*[.]?$")
_CHARACTERISED = re.compile(r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:decision|move|step|measure|plan|deal|policy|"
                            r"proposal)\s+(?:that\s+|which\s+)?(?P<who>[^,]{2,60}?)\s+(?:described|called|termed|"
                            r"characteri[sz]ed|hailed|condemned)\s+as\s+")
_SAYING = re.compile(r",\s+(?:saying|adding|arguing|warning|noting|insisting)\s+(?:only\s+)?(?:that\s+)?")
# "A statement from the presidency said Saied had told ...": the words are the person's, as the statement reports.
_NESTED = re.compile(r"^(?:had\s+|has\s+)?(?:told|said|warned|assured|informed)\b")
_TIME_TAIL = re.compile(r"(?:\s+(?:last|this|next|earlier this|later this)\s+(?:week|month|year)|\s+on\s+[A-Z][a-z]+day|"
                        r"\s+(?:yesterday|today|separately|also))+\s*$")
_NATIONAL = re.compile(r"(?:^|\s)([A-Z][a-z]+)\s+(?:[a-z]+\s+)?(?:sources|officials|diplomats)\s*$")
_STATEMENT_REF = re.compile(r"\b(?:the|a|an)\s+(?:official\s+|joint\s+|press\s+|ministry\s+|(?-i:[A-Z][\w.]*)\s+)*(?:statement|release|"
                            r"readout|communiqu[eé])(?:\s+(?:issued\s+by|from|by)\s+.+)?\s*$", re.IGNORECASE)
_GROUP = re.compile(r"\b(?:they|the two (?:ministers|leaders|sides|countries|nsas|governments|counterparts)|"
                    r"both (?:ministers|leaders|sides|countries)|the governments)\s*$", re.IGNORECASE)
_COUNTRY_GROUP = re.compile(r"(?:countries|governments|sides)\s*$", re.IGNORECASE)
_AUX = re.compile(r"(?:\s+(?:has|have|had|also|further|later|then|again|separately|earlier|previously|repeatedly|"
                  r"however|too|would|will|is|was|had\s+been|has\s+been))+\s*$")
_BODY_NOUN = re.compile(r"(?:^|\b[Tt]he\s+)(?P<noun>ministry|department|agency|commission|office|service|bureau|force|"
                        r"police|army|navy|presidency|council|secretariat|directorate|Police|Ministry|Department)\s*$")
_BODY_BACK = re.compile(r"\bthe\s+(?:agency|service|ministry)(?:['’]s)?(?:\s+(?:report|assessment|statement))?\s*$",
                        re.IGNORECASE)
_HE_SHE = re.compile(r"\b(?:he|she)\s*$", re.IGNORECASE)
_IT = re.compile(r"\bit\s*$", re.IGNORECASE)
_PAREN = re.compile(r",\s[^,]{1,80},\s*$")
_ACR = re.compile(r"\s*\([A-Z][A-Za-z]{1,6}\)\s*$")
_ACCORDING = re.compile(r"^(?:According to|As per)\s+(?P<who>[^,]{2,120}),\s+(?P<text>.+)$")
_FINAL = re.compile(rf",\s+(?P<who>[^,“”\"]{{2,100}}?)\s+{SPEECH_VERBS}(?:\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*|\s+reporters|\s+journalists)?"
                    rf"(?:\s+(?:on\s+\w+|in\s+(?:an?\s+)?(?:official\s+|press\s+|joint\s+)*"
                    r"(?:statement|release|briefing)|today|yesterday|in\s+a\s+press\s+release))*\s*[.'\"”]*$")
_ISSUED = re.compile(r"\bissued\s+a\s+(?:joint\s+)?statement\s+(?:affirming|saying|stating|declaring|noting)\s+(?:that\s+)?")
_HEDGE = re.compile(r"\b(?:likely|may|might|could|possibly|perhaps|reportedly|probably)\b", re.IGNORECASE)
_ALLEGED = re.compile(r"\b(?:alleged|allegedly|accused|accusing)\b", re.IGNORECASE)
_EXPECTED = re.compile(r"\b(?:is expected to|are expected to|will)\b", re.IGNORECASE)
# What may follow a body in a credit: "a MEA release", "the ministry's statement", "the Taliban government".
_ORG_TAIL = re.compile(r"^(?:['’]s)?(?:\s+(?:press\s+)?(?:release|statement|report|readout|spokesperson|spokesman|"
                       r"officials?|sources|government|media wing|said))?\s*$")
# "..., adding that ...", "and also urged ...": a second reporting verb of the same subject.
_SECOND = re.compile(rf"(?:,\s+(?:and\s+)?|\s+and\s+)(?:(?:also|further|then|later)\s+)?"
                     rf"(?P<verb>{reporting.gerund()}|{VERBS})\b(?:\s+that\b)?\s*")
# "..., Interior Minister X was quoted by BNS as saying": the words are X's, reported by the outlet.
_QUOTED_AS = re.compile(r"^\s*,?\s*(?P<who>[^,.“”\"]{2,80}?)\s+(?:was|were|has been|had been)\s+quoted\s+"
                        r"(?:by\s+[^,.“”\"]{1,40}?\s+)?as\s+saying\b")
_VIA = re.compile(r"\b(?:told|to|by|with)\s+(?:the\s+)?$", re.IGNORECASE)


@dataclass
class _State:
    last_person: Speaker | None = None
    statement_source: Speaker | None = None
    last_body: Speaker | None = None
    verb_end: int | None = None  # where the reporting verb of the sentence's statement ends
    last_quoted: Speaker | None = None  # the person whose quotation came last
    how: str = "named"   # how the last speaker was found: "named", "document" (it, the statement), "pronoun"


def find(ctx: Context, events: list[Event]) -> list[Statement]:
    out: list[Statement] = []
    state = _State()
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
            _second_clause(ctx, s, out[-1], state)
    return out


def _second_clause(ctx: Context, s: Sentence, first: Statement, state: _State) -> None:
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


def _append(out: list[Statement], statement: Statement, state: _State) -> None:
    """One utterance, one statement: "..., it said" or "He said ..." right after the same speaker continues the
    previous statement; a fresh quotation by a person ("..., she added") stays a statement of its own."""
    previous = out[-1] if out else None
    continues = state.how == "document" or (state.how == "pronoun" and not statement.quoted)
    if previous and continues and previous.speaker.key == statement.speaker.key:
        previous.text = f"{previous.text} … {statement.text}"
        previous.quoted = previous.quoted or statement.quoted
        previous.support.evidence.extend(e for e in statement.support.evidence if e not in previous.support.evidence)
        return
    out.append(statement)


def _quoted(ctx: Context, s: Sentence, qs: int, qe: int, quote: str, state: _State,
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
        speaker = _speaker(ctx, start, start + len(who), state, events, whole=bool(m.group("who2")))
        rule = "statement/said-after-quote"
    elif passive:
        start = qe + 1 + passive.start("who")
        speaker = _speaker(ctx, start, start + len(passive.group("who")), state, events)
        rule = "statement/quoted-as-saying"
    elif acc:
        start = qe + 1 + acc.start("who")
        speaker = _speaker(ctx, start, start + len(acc.group("who")), state, events)
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
            speaker = _speaker(ctx, head_start, head_start + b.start(), state, events)
            rule = "statement/credit-before-quote"
        elif ctx.text[s.start:qs - 1].strip() == "" and state.last_quoted and _bare_quote(ctx, qs, qe):
            # A paragraph that is only a quotation goes on with the speaker quoted just before it.
            speaker = state.last_quoted
            rule = "statement/quote-continues"
    if speaker is None:
        return None
    sentences = [x for x in ctx.sentences if x.start < qe and qs < x.end]
    if closing not in sentences:
        sentences.append(closing)
    state.last_quoted = speaker if speaker.kind == "person" else None
    return _make(ctx, speaker, quote.strip(), sentences, s, state, quoted=True, rule=rule)


def _bare_quote(ctx: Context, qs: int, qe: int) -> bool:
    """The quotation fills its paragraph: nothing but the quote marks and a full stop around it."""
    line_start = ctx.text.rfind("\n", 0, qs) + 1
    line_end = ctx.text.find("\n", qe)
    line_end = len(ctx.text) if line_end < 0 else line_end
    return ctx.text[line_start:qs - 1].strip() == "" and re.fullmatch(r"[”\"’.\s]*", ctx.text[qe:line_end]) is not None


def _reported(ctx: Context, s: Sentence, offset: int, state: _State, events: list[Event]) -> Statement | None:
    text = s.text
    acc = _ACCORDING.match(text[offset:])
    if acc:
        who_start = s.start + offset + acc.start("who")
        speaker = _speaker(ctx, who_start, who_start + len(acc.group("who")), state, events, whole=True)
        if speaker:
            return _make(ctx, speaker, acc.group("text").strip(), [s], s, state, rule="statement/according-to")
    end_acc = _ACCORDING_END.search(text)
    if end_acc and end_acc.start() > offset and not _person_speaks(ctx, s, end_acc.start()):
        # "..., according to the International Organization for Migration (IOM)." — unless a named person
        # says it in the sentence ("Sjafrie said ..., according to the ministry": the words are Sjafrie's).
        who_start = s.start + end_acc.start("who")
        speaker = _speaker(ctx, who_start, who_start + len(end_acc.group("who")), state, events, whole=True)
        if speaker:
            return _make(ctx, speaker, text[offset:end_acc.start()].strip(), [s], s, state, rule="statement/according-to-after")
    characterised = _CHARACTERISED.search(text)
    if characterised and characterised.start() > offset:
        # "..., a decision Lewandowski described as a sovereign measure": the characterisation is his statement.
        who_start = s.start + characterised.start("who")
        speaker = _speaker(ctx, who_start, who_start + len(characterised.group("who")), state, events, whole=True)
        if speaker and speaker.kind != "unnamed":
            return _make(ctx, speaker, text[offset:].strip(), [s], s, state, rule="statement/characterisation")
    saying = _SAYING.search(text)
    first = next((m for m in ctx.persons_in(s.start + offset, s.end) if m.key), None)
    opens = first and re.fullmatch(r"(?:[A-Z][\w'’-]*\s+){0,5}", ctx.text[s.start + offset:first.start])
    speaks = first and re.match(rf"^(?:\s+\w+ly)?\s+{VERBS}\b", ctx.text[first.end:s.end])
    if saying and opens and not speaks and len(text[saying.end():].split()) >= 3:
        # "Dobrindt did not commit to a date, saying only that Berlin would review ...": the subject speaks.
        person = ctx.persons[first.key]
        return _make(ctx, Speaker(kind="person", key=person.key, label=person.name), text[saying.end():].strip(),
                     [s], s, state, rule="statement/saying-that")
    final = _FINAL.search(text)
    if final and final.start() > offset:
        who_start = s.start + final.start("who")
        speaker = _speaker(ctx, who_start, who_start + len(final.group("who")), state, events, whole=True)
        if speaker:
            return _make(ctx, speaker, text[offset:final.start()].strip(), [s], s, state, rule="statement/said-after-words")
    issued = _ISSUED.search(text)
    for m in ([issued] if issued else []) + list(_VERB.finditer(text, offset)):
        speaker = _speaker(ctx, s.start + offset, s.start + m.start(), state, events)
        if speaker is None:
            continue
        rest = text[m.end():]
        if not reporting.complement_ok(m.group(), rest):
            continue  # "is expected to travel", "raised funds", "expressed gratitude" are not speech
        if m.group() in ("told", "tells"):
            rest = _TOLD_OBJECT.sub("", rest, count=1)
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
        if len(rest.split()) < 3 or rest.rstrip().endswith(":") or re.search(r"\[(?:\.\.\.|…)\]$", rest) and len(rest.split()) < 6:
            continue
        state.verb_end = s.start + m.end()
        return _make(ctx, speaker, rest.strip(), [s], s, state, rule=_verb_rule(m.group()), verb=m.group())
    return None


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


def _speaker(ctx: Context, start: int, end: int, state: _State, events: list[Event], *,
             whole: bool = False) -> Speaker | None:
    """Who the words before a speech verb credit: the mention they end with, an unnamed source, or a pronoun."""
    start = max(start, end - 160)  # a subject sits right before its verb; "$"-anchored patterns scan the tail only
    state.how = "named"
    phrase = ctx.text[start:end]
    appositive = re.search(r",\s+([^,]{3,60}?),\s*$", phrase)
    if appositive:
        # "A spokesperson for the ministry, Randhir Jaiswal, said": a name set off by commas is the speaker.
        a_start = start + appositive.start(1)
        named = [m for m in ctx.persons_in(a_start, a_start + len(appositive.group(1))) if m.key]
        if named and named[0].start == a_start and named[-1].end == a_start + len(appositive.group(1)):
            person = ctx.persons[named[0].key]
            state.last_person = Speaker(kind="person", key=person.key, label=person.name)
            return state.last_person
    candidates = [phrase.rstrip(" ,")]
    stripped = _PAREN.sub("", phrase.rstrip() + (" " if phrase.endswith(",") else ""))
    if stripped.rstrip(" ,") != candidates[0]:
        # "Rubio, speaking alongside la Fuente, characterized ...": the subject is before the parenthesis.
        if phrase.rstrip().endswith(","):
            candidates.insert(0, stripped.rstrip(" ,"))
        else:
            candidates.append(stripped.rstrip(" ,"))
    candidates += [_AUX.sub("", c) for c in candidates if _AUX.search(c)]
    candidates += [_TIME_TAIL.sub("", c) for c in candidates if _TIME_TAIL.search(c)]  # "The Commission last month"
    for cand in candidates:
        cand_end = start + len(_ACR.sub("", cand))
        for m in ctx.persons_in(start, cand_end):
            if m.end == cand_end and m.key:
                person = ctx.persons[m.key]
                speaker = Speaker(kind="person", key=person.key, label=person.name)
                state.last_person = speaker
                return speaker
        orgs = ctx.orgs_in(start, cand_end)
        if orgs and (orgs[-1].end == cand_end or whole and _ORG_TAIL.match(ctx.text[orgs[-1].end:cand_end])
                     and len(ctx.text[start:orgs[-1].start].split()) <= 6):
            org = ctx.organizations[orgs[-1].key]
            speaker = Speaker(kind="organization", key=org.key, label=orgs[-1].text)
            if _STATEMENT_REF.search(cand) or re.search(r"\b(?:statement|release)\b", cand):
                state.statement_source = speaker
                if whole and re.search(r"\b(?:statement|release|readout)\s*$", cand):
                    state.how = "document"  # "according to the PMO press release": more of the release quoted
            return speaker
    # Named speakers win over unnamed ones in any reading ("High Commissioner to Canada, Dinesh Patnaik, said").
    for cand in candidates:
        head = _ACR.sub("", cand)
        if credits.UNNAMED_TAIL.search(head) and credits.UNNAMED.search(head):
            return credits.unnamed(credits.UNNAMED.search(head).group(1))  # "officials in Canberra" are not Australia itself
        ref = _STATEMENT_REF.search(head)
        if ref:
            named = _document(ctx, ref.group(), events, state)
            if named:
                return named
        country = credits.country_speaker(ctx, start, head)
        if country:
            return country
        body = credits.BODY.search(head)
        if body:
            state.last_body = credits.body(ctx, start, head, body)
            return state.last_body
        back = _BODY_NOUN.search(head)
        if back:
            # "The ministry said ...", "Police said ...": the body of that kind the report named last.
            noun = back.group("noun").lower()
            earlier = [m for m in ctx.org_mentions if m.end <= start and noun in ctx.organizations[m.key].name.lower()]
            if earlier:
                org = ctx.organizations[earlier[-1].key]
                return Speaker(kind="organization", key=org.key, label=org.name)
        if _BODY_BACK.search(head) and state.last_body:
            return state.last_body
        if _STATEMENT_REF.search(head):
            state.how = "document" if state.statement_source else "named"
            return state.statement_source or Speaker(kind="unnamed", key="official-statement", label="official statement")
        u = credits.UNNAMED.search(head)
        if u:
            label = credits.DETERMINER.sub("", u.group(1).strip())
            nat = _NATIONAL.search(head)
            if nat and reference.countries().adjectives.get(nat.group(1)) and head[nat.start(1):].strip() in label:
                label = head[nat.start(1):].strip()  # "Canadian officials": whose officials is part of the credit
            return credits.unnamed(label)
        if _GROUP.search(head):
            return _group(ctx, head, events, state, at=start)
        if _HE_SHE.search(head):
            if state.last_person is None:
                # No one has spoken yet: "he" is the last person named.
                named = [m for m in ctx.person_mentions if m.end <= start + len(head) and m.key]
                if named:
                    person = ctx.persons[max(named, key=lambda m: m.start).key]
                    state.last_person = Speaker(kind="person", key=person.key, label=person.name)
            if state.last_person:
                state.how = "pronoun"
                return state.last_person
        if _IT.search(head) and state.statement_source:
            state.how = "document"
            return state.statement_source
        if re.search(r"\bthey\s*$", head, re.IGNORECASE) and state.statement_source:
            state.how = "pronoun"
            return state.statement_source
    return None


def _document(ctx: Context, ref: str, events: list[Event], state: _State) -> Speaker | None:
    """Who a statement or readout is credited to, when the words say: "a joint statement" (the two states), "a
    statement from Kenya's Ministry of Interior" (the body), "a U.S. readout" (as credited); else None."""
    words = credits.DETERMINER.sub("", ref.strip())
    if re.match(r"joint\b", words, re.IGNORECASE):
        speaker = _group(ctx, "the governments", events, state)
        state.how = "named"
        return speaker
    source = re.search(r"\s(?:issued\s+by|from|by)\s+(?:the\s+)?(?P<src>.+)$", words)
    if source:
        at = ctx.text.find(source.group("src"))
        orgs = [m for m in ctx.org_mentions if m.text and source.group("src").rstrip().endswith(m.text)]
        if orgs:
            org = ctx.organizations[orgs[-1].key]
            speaker = Speaker(kind="organization", key=org.key, label=orgs[-1].text)
        else:
            speaker = credits.unnamed(source.group("src")) if at >= 0 else None
        if speaker:
            state.statement_source = speaker
        return speaker
    if re.match(r"(?-i:[A-Z])", words) and not re.match(r"(?:Official|Joint|Press|Ministry)\b", words):
        return credits.unnamed(words)  # "a U.S. readout"
    return None


def _group(ctx: Context, head: str, events: list[Event], state: _State, *, at: int | None = None) -> Speaker:
    """"the two ministers" = the last meeting's people; "the governments" = the states the sentence names
    ("Germany and France agreed ..., the two governments said"), else the article's two states."""
    people = [e for e in events if len(e.participants) > 1]
    here: list[str] = []
    if at is not None:
        s = ctx.sentence_at(at)
        for m in ctx.countries_in(s.start, at):
            if m.text in reference.countries().names and m.key not in here:
                here.append(m.key)
    if people and not _COUNTRY_GROUP.search(head):
        names = [ctx.persons[k].name for k in people[0].participants if k in ctx.persons]
        label = " and ".join(names)
    else:
        codes = here if len(here) == 2 else ctx.main_countries()
        names = [reference.countries().display.get(c, c) for c in codes]
        label = " and ".join(names) or head.strip()
    speaker = Speaker(kind="unnamed", key=slug(label), label=label)
    state.statement_source = speaker
    return speaker


def _make(ctx: Context, speaker: Speaker, text: str, sentences: list[Sentence], s: Sentence, state: _State, *,
          rule: str, quoted: bool = False, verb: str = "") -> Statement:
    if speaker.kind == "person":
        state.last_person = speaker
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
