"""Rows where the clause's subject speaks through its verb ("X said that ...", "..., saying ..."), with their vetoes."""

from __future__ import annotations

import re

from kg.extract import credits, reporting
from kg.extract.context import Context, Mention
from kg.extract.model import Speaker
from kg.extract.triggers.clause import Clause, Found, _nested
from kg.extract.triggers.leads import (_after_setting, _lead_before_that, _noun_states, _subject_start, credit_mention,
                                       hearer_before_that, lead_before_words, setting_only, split_by_credit,
                                       words_around_credit)
from kg.extract.triggers.patterns import (_FIRST_VERB, _ISSUED, _PARTICIPLE_SAYING, _PARTICIPLE_WORDS, _SAYING,
                                          _TOLD_OBJECT, _VERB, _WITH_SAYING, SPEECH_VERBS, VERBS)


def saying_that(c: Clause) -> Found | None:
    """"Dobrindt did not commit to a date, saying only that ...", "Anna Veld welcomed the deal and said ...": the
    person the sentence opens with speaks (unless a reporting verb follows the name: that is another row)."""
    ctx, s, text = c.ctx, c.s, c.text
    saying = _SAYING.search(text)
    first = next((m for m in ctx.persons_in(s.start + c.offset, s.end) if m.key), None)
    if not saying or not first or len(text[saying.end():].split()) < 3:
        return None
    before = ctx.text[s.start + c.offset:first.start]
    opens = re.fullmatch(r"(?:[A-Z][\w'’-]*\s+){0,5}", before) or (
        # "The EU's foreign policy chief, Anna Veld, welcomed ...": a post, then the name set off.
        re.fullmatch(r"[^,;]{3,80},\s+", before) and ctx.text[first.end:first.end + 1] == ",")
    after = ctx.text[first.end:s.end]
    # "Kallas, a former Estonian prime minister, warned on X that ...": the name's apposition before its verb.
    after = re.sub(r"^,\s+(?:a|an|the|who|whose)\s[^,;“”\"]{2,100},(?=\s)", "", after)
    verb = re.match(rf"^(?:\s+\w+ly)?\s+(?P<verb>{VERBS})\b", after)
    if not opens or verb and reporting.complement_ok(verb.group("verb"), after[verb.end():]):
        return None  # "X acknowledged the support and says ...": a verb that reports nothing itself leaves it here
    person = ctx.persons[first.key]
    return Found(Speaker(kind="person", key=person.key, label=person.name), text[saying.end():],
                 "statement/saying-that")


def saying_participle(c: Clause) -> Found | None:
    """"The Canary Islands regional government declared an emergency, saying its centres were full": a body or
    state acts and says; the act is part of what is credited."""
    participle = _PARTICIPLE_SAYING.search(c.text)
    verb = _FIRST_VERB.search(c.text, c.offset)
    if not participle or not verb or verb.start() >= participle.start() or len(c.text[participle.end():].split()) < 3:
        return None
    speaker = c.credit(c.offset, verb.start())
    if speaker and speaker.kind != "person":
        return Found(speaker, c.text[c.offset:], "statement/saying-participle")
    named = [m for m in c.ctx.persons_in(c.s.start + c.offset, c.s.start + verb.start()) if m.key]
    if speaker and not named and _PARTICIPLE_WORDS.match(c.text, participle.start()):
        # "The president extended his congratulations ..., saying that ...": a person credited by post or pronoun
        # (a named one is saying-that's); as for a body, the act is part of what is credited.
        return Found(speaker, c.text[c.offset:], "statement/saying-participle")
    return None


def with_x_saying(c: Clause) -> Found | None:
    """"The two states traded blame, with Bangui accusing N'Djamena of arming rebels": the subject of an absolute
    "with" clause speaks (a person, a body, a state or its capital); the words are the participle's clause."""
    m = _WITH_SAYING.search(c.text, c.offset)
    if not m or len(c.text[m.end():].split()) < 3:
        return None
    speaker = c.credit(m.start("who"), m.end("who"), whole=True)
    verb = (m.group("verb") or c.text[m.end():]).split()[0]
    return Found(speaker, c.text[m.end():], "statement/with-x-saying", verb) if speaker else None

# A credit inside a relative clause ("checks that Warsaw says disrupt trade", "in what Kabul calls"): the words it
# credits are not a clause of their own.
# "to counter what they have described as ...": a pronoun in the relative clause too.
_RELATIVE = re.compile(r"(?:\b(?:that|which|what|whom)\s+(?:the\s+)?(?-i:[A-Z])[\w.-]*(?:\s+(?-i:[A-Z])[\w.-]*)?|"
                       r"\bwhat\s+(?:they|he|she|it|we)(?:\s+(?:have|has|had))?)\s*$")


def speaker_verb(c: Clause) -> Found | None:
    """"X said (that) ...", "X denied ...", "X told reporters ...", "..., X said, as ..." — the subject before a
    reporting verb, and the words after it (or before the credit, when the credit is set off by commas)."""
    ctx, s, text, offset = c.ctx, c.s, c.text, c.offset
    issued = _ISSUED.search(text)
    for m in ([issued] if issued else []) + list(_VERB.finditer(text, offset)):
        if _RELATIVE.search(text[offset:m.start()]):
            continue  # veto: "German checks that Warsaw says disrupt trade": the credit sits in a relative clause
        if inside_credited_quote(ctx, s.start + m.start()):
            continue  # veto `credit-inside-quote` (x19embedded): "“..., Iraq pledges ...,” said an official"
        speaker = c.credit(offset, m.start())
        if speaker is None:
            continue
        rest = text[m.end():]
        thanks = reporting.thanks_for(m.group(), rest)  # "expressed gratitude to Japan for its assistance" (x19courtesy)
        participle = re.match(r"\s+by\b", rest) or text[:m.start()].endswith(", ") and m.group().endswith("ed") \
            and re.match(r"\s+(?:during|in|at|on|last|after|earlier|this)\b", rest) \
            and not re.match(r"^[^,;“”\"]{0,40}?\bthat\s", rest)  # "X, a former officer, warned on Tuesday that"
        if not reporting.complement_ok(m.group(), rest) or participle or _impersonal_belief(text[:m.start()], m.group()):
            # vetoes: "is expected to travel", "raised funds", "expressed gratitude" are not speech; "the agreement
            # announced by Arévalo", "the deal, announced during the visit, ..." are participles.
            continue
        if m.group() in ("told", "tells"):
            that = re.match(r"^\s*(?:[\w’'-]+\s+){1,6}?that\s+", rest) or _lead_before_that(rest, told=True)
            rest = rest[that.end():] if that else _TOLD_OBJECT.sub("", rest, count=1)  # "told the parliament that"
        elif (lead := lead_before_words(rest, m.group())) is not None and not reporting.is_stance(m.group()):
            rest = rest[lead.end():]  # "said in a press statement issued on Friday that ...": the setting is no part
        elif reporting.is_stance(m.group()) and (lead := hearer_before_that(rest)) is not None:
            rest = rest[lead.end():]  # x25sttext: "conveyed to India that ...": the hearer is no part of the words
        # "..., a Vietnamese official told SEAN, asking not to be named": the words come before the credit.
        circumstance = re.match(r"^\s*(?:on\s+[A-Z]\w+|today|yesterday|after|following|during|at\s+(?:a|the)|"
                                r"in\s+(?:a|an|the)|asking|speaking|requesting|declining|on condition|when\s+asked)\b"
                                # "“...,” X, the governor, told the Reuters news agency.": nothing after whom X told
                                + (r"|\s*[.!?]?\s*$" if m.group() in ("told", "tells") else ""),
                                rest) and not re.search(r"\bthat\b", rest) and ", " in text[offset:m.start()]
        if circumstance or rest.startswith(",") and not rest.startswith(", “") and not rest.startswith(', "'):
            # "..., the State Department said, as ...": the words credited come before the credit.
            after = rest
            rest = text[offset:m.start()]
            closed = list(re.finditer(r"[,.?!]\s*[”\"’']\s", rest)) if circumstance else []
            # x21outletfix: '“...,” Davron Z., the deputy governor, told Asia-Plus in an interview': the quotation
            if circumstance and not closed:  # "..., the official, who spoke on condition of anonymity, said when asked"
                rest = re.sub(r",\s+(?:who|whose)\s[^,;“”\"]{3,100},?\s*$", "", rest)
            rest = rest[:closed[-1].start()].strip(" ,‘’'\"“”") if closed else rest[:_subject_start(rest)].rstrip(" ,")
            moved = False
            cut = None if closed else _credit_cut(c, speaker, m.start())
            if cut is not None and cut < offset + len(rest):  # reading `credit-in-words` (x23sttext)
                rest, moved = words_around_credit(text[offset:cut], after)
            joined = not moved and not circumstance and not _noun_states(text[:m.start()], m.group()) \
                and split_by_credit(rest, after)
            if joined:
                c.memory.verb_end = s.start + m.end()
                return Found(speaker, joined, "statement/split-by-credit", m.group())
            if setting_only(rest) and not circumstance and not moved:
                # "In a tweet, Mr Singh said, the signing ...": before the credit only its setting; the words follow.
                rest = _after_setting(after)
        elif setting_only(re.sub(r"^\s*that\s+", "", rest)):
            # "..., the ministry said in a statement.": the words (if any) come before the credit.
            before = text[offset:m.start()]
            closed = list(re.finditer(r"[,.?!]\s*[”\"’']\s", before))  # '"...," General X, the commander, said'
            rest = before[:closed[-1].start() if closed else _subject_start(before)].strip(" ,‘’'\"“”")
        if _SAID_THIS.match(rest):
            continue  # veto: "Onyema said this on Thursday when he met ...": the words are elsewhere
        if _INVERTED_DOCUMENT.match(rest) and text[:m.start()].rstrip().endswith(","):
            continue  # veto: "..., states an official note.": the credit inverted, not the subject's words
        # "said on Monday that", "said Friday that": when it was said is no part of the words
        rest = re.sub(r"^\s*(?:(?:in|on|last|earlier)\s+[^,]{0,30}?\s+that\s+|(?-i:[A-Z])[a-z]+day\s+that\s+|that\s+)?", "", rest)
        speaker, rest = _nested(ctx, s, speaker, rest)
        short = 2 if reporting.is_stance(m.group()) else 3  # "Copenhagen denied any wrongdoing"
        if len(rest.split()) < short or rest.rstrip().endswith(":") or \
                re.search(r"\[(?:\.\.\.|…)\]$", rest) and len(rest.split()) < 6:
            continue
        c.memory.verb_end = s.start + m.end()
        return Found(speaker, rest, "statement/thanks-for" if thanks else _verb_rule(m.group()), m.group())
    return None


def _credit_cut(c: Clause, speaker: Speaker, verb_start: int) -> int | None:
    """Where the credit before the verb at ``verb_start`` begins, when it names the speaker (reading `credit-in-words`,
    kg.extract.triggers.leads.credit_mention): an offset into the sentence, or None."""
    base = c.s.start
    mentions = c.ctx.persons_in(base + c.offset, base + verb_start) + c.ctx.orgs_in(base + c.offset, base + verb_start)
    if speaker.label and not any(m.key == speaker.key for m in mentions):
        # a credit the report names only here (an unnamed source labelled by its words): the label where it stands
        at = c.ctx.text.rfind(speaker.label, base + c.offset, base + verb_start)
        if at >= 0:
            mentions.append(Mention(start=at, end=at + len(speaker.label), key=speaker.key, text=speaker.label))
    mentions.sort(key=lambda x: x.start)
    at = credit_mention(mentions, base + c.offset, base + verb_start, speaker.key, c.ctx.text)
    return None if at is None else at - base


def _verb_rule(verb: str) -> str:
    """"statement/speaker-said" for speech verbs, "statement/speaker-stance" for "X denied / urged / condemned"."""
    if verb.startswith("issued"):
        return "statement/issued-statement"
    if reporting.needs_clause(verb):
        return "statement/speaker-that-clause"
    return "statement/speaker-stance" if reporting.is_stance(verb) else "statement/speaker-said"


# Veto `credit-inside-quote` (x19embedded): a reporting verb inside a quotation that its own credit closes ("“Under the
# deal, Iraq pledges it would not allow ...,” said an Iraqi official", "“The two presidents stressed the importance
# of ...,” the ministries announced", "“Croatia demands and expects ...,” the ministry's statement said") is part of the
# quoted words: whoever is credited after the quotation speaks them, the subject inside speaks nothing here. Read when
# the quotation's credit did not resolve and the sentence fell to these rows.
_CREDIT_AFTER_QUOTE = re.compile(rf"[”\"]?\s*,?\s*(?:{SPEECH_VERBS}\b|[^,.;“”\"]{{1,80}}?\s+(?:{SPEECH_VERBS}|reads?)\b)")


def inside_credited_quote(ctx: Context, at: int) -> bool:
    """The character ``at`` lies inside a quotation followed by its own credit."""
    for qs, qe, _ in credits.quoted(ctx):
        if qs <= at < qe:
            return _CREDIT_AFTER_QUOTE.match(ctx.text, qe) is not None
    return False


# "it is believed that ...", "it was hoped that ...": a belief with no holder (veto `impersonal-belief`, x16stmtR)
_PASSIVE_AUX = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:(?:widely|generally|also|now|still)\s+)?$", re.IGNORECASE)


def _impersonal_belief(before: str, verb: str) -> bool:
    """A verb of reporting.THAT_CLAUSE in the passive: the clause has no speaker."""
    return reporting.needs_clause(verb) and _PASSIVE_AUX.search(before) is not None


# "..., states an official note.", "..., reads the joint communique.": a document credited after its verb.
_INVERTED_DOCUMENT = re.compile(r"^\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:note|statement|communiqu[eé]|release|readout|"
                                r"report|letter|declaration)\s*[.]?\s*$", re.IGNORECASE)


# "said this on Thursday", "said so in Abuja": the verb points back at words reported elsewhere.
_SAID_THIS = re.compile(r"^\s+(?:this|so|these\s+words|it)\s*(?:[,.;]|$|\s+(?:on|at|in|when|while|during|after|before|"
                        r"as|to|while|yesterday|today|earlier|later)\b)", re.IGNORECASE)


# "PM X expressed gratitude to the Saudi leadership and reiterated Pakistan's commitment to ...", "Both sides
# reviewed the exercises and stressed the need to ...": a reporting verb coordinated with the clause's first verb
# has the clause's subject (x15stance).
_COORDINATED = re.compile(rf"\s+and\s+(?:also\s+|then\s+|further\s+|later\s+)?(?P<verb>{VERBS})\b")
_CLAUSE_BREAK = re.compile(r"[;:“”\"]|,\s+(?:who|which|while|whereas|but|as|after|when)\b|"
                           r"\b(?:who|which|that|whom)\s")


# Verbs of appraisal and acknowledgement after "and" narrate the meeting's courtesies ("thanked the hosts and noted
# the preparations", "witnessed a demonstration and praised the troops"): only words of one's own, a position or an
# appeal, are credited this way.
_COURTESY_LEMMAS = frozenset((
    "note", "thank", "praise", "welcome", "commend", "appreciate", "applaud", "laud", "hail", "highlight", "express",
    "acknowledge", "convey", "encourage", "echo", "outline", "observe", "describe", "remark", "recall", "inform",
    "report", "announce", "underline", "underscore", "emphasise", "emphasize", "characterise", "characterize", "view",
    "term", "call", "label"))


def coordinated_verb(c: Clause) -> Found | None:
    """"X summoned the ambassador and protested over ...", "He acknowledged the disagreements and said ...": the
    second, reporting verb's words, credited to the one subject of the clause's first verb (several subjects
    narrate a readout; a rejected credit leaves the memory as it was)."""
    text = c.text
    first = _FIRST_VERB.search(text, c.offset)
    if not first:
        return None
    for m in _COORDINATED.finditer(text, first.end()):
        between = text[first.end():m.start()]
        rest = text[m.end("verb"):]
        if _CLAUSE_BREAK.search(between) or len(between.split()) > 25 or \
                reporting.lemma_of(m.group("verb")) in _COURTESY_LEMMAS or \
                not reporting.complement_ok(m.group("verb"), rest) or re.match(r"\s+by\b", rest):
            continue
        saved = c.memory.snapshot()
        speaker = c.credit(c.offset, first.start())
        if speaker is None or speaker.kind == "unnamed" and (" and " in speaker.label or speaker.label.endswith("s")):
            c.memory.restore(saved)
            return None
        words = re.sub(r"^\s*that\s+", "", rest)
        if len(words.split()) < 3:
            continue
        c.memory.verb_end = c.s.start + m.end("verb")
        return Found(speaker, words.strip(), "statement/coordinated-verb", m.group("verb"))
    return None
