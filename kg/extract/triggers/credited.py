"""Rows whose credit stands apart from the words: "according to X", "..., X said.", "said X", passives, citing."""

from __future__ import annotations

import re
from dataclasses import replace

from kg.extract import credits
from kg.extract.model import Speaker
from kg.extract.speakers import as_credited, meeting_group
from kg.extract.triggers.clause import Clause, Found, _according_to, _person_speaks, is_denial, nested, outlet
from kg.extract.triggers.leads import _after_setting, _noun_states, setting_only, split_by_credit
from kg.extract.triggers.patterns import (_ACCORDING, _ACCORDING_BARE, _ACCORDING_END, _ACCORDING_MID, _CITING, _CREDIT_MID, _FINAL,
                                          _FIRST_VERB, _IN_A_STATEMENT, _INVERTED_END, _INVERTED_MID,
                                          _PASSIVE_STANCE, _QUOTED_AS_SAYING, _VERB, _WHAT_TERMED, ACCORDING_NORM,
                                          CHARACTERISED, SPEECH_VERBS, VERBS)


# "X reaffirmed that ...": a credit's words opening with their own speaker's verb and "that"
_VERB_THAT = re.compile(rf"^(?:[\w’'.-]+\s+){{1,5}}?(?:had\s+|has\s+)?(?:also\s+)?{VERBS}\s+that\b")


def according_to_first(c: Clause) -> Found | None:
    """"According to X, ..." opening the sentence."""
    acc = _ACCORDING.match(c.text[c.offset:])
    if not acc:
        return None
    speaker = _according_to(c, c.offset + acc.start("who"), acc.group("who"))
    return Found(speaker, _after_named_credit(c, c.offset + acc.start("text"), speaker, acc.group("text")), "statement/according-to") \
        if speaker else None


def _after_named_credit(c: Clause, at: int, speaker: Speaker, words: str) -> str:
    """Reading `credit-in-words` (x23sttext): "According to Liberia's national security advisor, A B, a highlight of
    the meeting will be ...": the name set off after the post is the credit's, not the words' first."""
    start = c.s.start + at
    named = next((m for m in c.ctx.persons_in(start, c.s.end) if m.key == speaker.key and m.start == start), None)
    if named and c.ctx.text.startswith(",", named.end) and len(c.ctx.text[named.end + 1:c.s.end].split()) >= 3:
        return c.ctx.text[named.end + 1:c.s.end].lstrip()
    return words


def according_to_after(c: Clause) -> Found | None:
    """"..., according to X." or "..., according to X, ..." — unless a named person says it in the sentence
    ("Sjafrie said ..., according to the ministry") or the credit before it is a speaker's ("..., she said,
    according to Radio New Zealand": the outlet only passed the words on)."""
    text = c.text
    end_acc = _ACCORDING_END.search(text) or _ACCORDING_MID.search(text)
    if not end_acc or end_acc.start() <= c.offset or _FINAL.search(text[:end_acc.start()]) \
            or _person_speaks(c.ctx, c.s, end_acc.start()):
        return None
    speaker = _according_to(c, end_acc.start("who"), end_acc.group("who"))
    if not speaker:
        return None
    words = f"{text[c.offset:end_acc.start()]} {text[end_acc.end():]}" if end_acc.re is _ACCORDING_MID \
        else text[c.offset:end_acc.start()]
    return Found(speaker, words, "statement/according-to-after")


def according_to_bare(c: Clause) -> Found | None:
    """"... more than 4,258 people have been killed according to conflict tracker ACLED." — the credit closes the
    sentence without a comma (x24forspeaker). Not a measure ("according to schedule", "according to European
    standards": ACCORDING_NORM), and not where a reporting verb in the words names its own speaker ("He said that the
    border must be secured according to ..."): the rows after this one read those."""
    m = _ACCORDING_BARE.search(c.text)
    who = m.group("who").rstrip(" .") if m else ""
    if not m or m.start() <= c.offset or len(who) < 2 or ACCORDING_NORM.match(who):
        return None
    words = c.text[c.offset:m.start()]
    if len(words.split()) < 4 or _VERB.search(words) or words.count("“") != words.count("”"):
        return None
    speaker = _according_to(c, m.start("who"), who)
    return Found(speaker, words, "statement/according-to-bare") if speaker else None


# A credit in the passive (x15stance): "..., as stated by Iraqi officials.", "..., as announced by the press service of
# the ministry."; "This was stated by the President of Kyrgyzstan during a meeting ..." credits the sentence before.
_CREDITED_BY = (r"(?:stated|announced|disclosed|revealed|said|noted|confirmed|reported|emphasi[sz]ed|stressed|"
                r"underlined|highlighted|pointed\s+out)\s+by\s+")
_AS_CREDITED_END = re.compile(rf",?\s+as\s+(?:also\s+|earlier\s+|previously\s+)?{_CREDITED_BY}"
                              r"(?P<who>[^,;“”\"]{2,100}?)"
                              r"(?:\s+(?:on|in|at|last|this|earlier)\s+[^,;.“”\"]{1,25}?)?\s*[.]?$")
_THIS_WAS_BY = re.compile(rf"^(?:This|It|That)\s+was\s+(?:also\s+|further\s+)?{_CREDITED_BY}"
                          r"(?P<who>[^,;“”\"]{2,100}?)"
                          r"(?=\s*(?:[,;]|\.\s*$|$|\s+(?:during|at|in|on|while|when|after|following|before|who|"
                          r"speaking)\b))")


def as_credited_by(c: Clause) -> Found | None:
    """"..., as stated by Tehran." (the clause before is the credited one's); "This was announced by the police
    chief, ..." opening a sentence (the sentence before is)."""
    end = _AS_CREDITED_END.search(c.text)
    if end and end.start() > c.offset and len(c.text[c.offset:end.start()].split()) >= 4:
        speaker = _according_to(c, end.start("who"), end.group("who"))
        return Found(speaker, c.text[c.offset:end.start()], "statement/as-credited-by") if speaker else None
    this = _THIS_WAS_BY.match(c.text, c.offset)
    if not this or c.s.index == 0:
        return None
    before = c.ctx.sentences[c.s.index - 1].text.strip()
    if len(before.split()) < 4 or re.search(r"[“”\"]", before) or before.endswith(":"):
        return None
    speaker = c.credit(this.start("who"), this.end("who"), whole=True) or as_credited(this.group("who"))
    if speaker is None or outlet(c, speaker):
        return None  # "This was reported by the agency APS": an outlet's sourcing, no one's position
    return Found(speaker, before, "statement/this-was-stated-by")


def characterisation(c: Clause) -> Found | None:
    """"..., a decision Lewandowski described as a sovereign measure", "..., a claim the RSF has denied"."""
    m = CHARACTERISED.search(c.text)
    if not m or m.start() <= c.offset:
        return None
    speaker = c.credit(m.start("who"), m.end("who"), whole=True)
    if speaker and (speaker.kind != "unnamed" or is_denial(m)):
        return Found(speaker, c.text[c.offset:], "statement/characterisation")
    return None


def passive_stance(c: Clause) -> Found | None:
    """"..., a step criticised by the UN refugee agency", "The plan was rejected by Kabul"."""
    m = _PASSIVE_STANCE.search(c.text)
    if not m or m.start() < c.offset:
        return None
    speaker = c.credit(m.start("who"), m.end("who"), whole=True) or as_credited(m.group("who"))
    return Found(speaker, c.text[c.offset:], "statement/passive-stance", m.group("verb")) if speaker else None


def quoted_as_saying(c: Clause) -> Found | None:
    """"Berg was quoted by state media as saying that Denmark would retaliate"."""
    m = _QUOTED_AS_SAYING.search(c.text)
    if not m or m.start() <= c.offset or len(c.text[m.end():].split()) < 3:
        return None
    speaker = c.credit(c.offset, m.start())
    return Found(speaker, c.text[m.end():], "statement/quoted-as-saying") if speaker else None


def what_x_termed(c: Clause) -> Found | None:
    """"... to punish Brazil for what Trump termed a “witch hunt”"."""
    m = _WHAT_TERMED.search(c.text)
    if not m or m.start() <= c.offset:
        return None
    speaker = c.credit(m.start("who"), m.end("who"), whole=True)
    if speaker and speaker.kind != "unnamed":
        return Found(speaker, c.text[c.offset:], "statement/what-x-termed")
    return None


# An outlet named by what it is rather than by name (x19embedded): "..., an outlet close to the council reported", "...,
# a news site linked to the army said" — the phrase may hold a body ("the army") the credit would otherwise resolve to.
_OUTLET_CREDIT = re.compile(r"^(?:the\s+|an?\s+)?(?:[\w’'-]+\s+){0,3}?(?:outlets?|media|news\s+(?:agency|site|website|portal)|"
                            r"agency|newspapers?|daily|broadcasters?|channel|websites?|TV|television|radio)\b"
                            r"(?:\s+(?:close\s+to|linked\s+to|affiliated\s+with|run\s+by|of)\b|\s*$)", re.IGNORECASE)


def said_after_words(c: Clause) -> Found | None:
    """"..., the ministry said on Tuesday after talks in Rabat." — the credit closes the sentence."""
    end_acc = _ACCORDING_END.search(c.text) or _ACCORDING_MID.search(c.text)
    cut = end_acc.start() if end_acc and _FINAL.search(c.text[:end_acc.start()]) else len(c.text)
    m = _FINAL.search(c.text[:cut])
    if not m or m.start() <= c.offset:
        return None
    speaker = c.credit(m.start("who"), m.end("who"), whole=True)
    if not speaker:
        return None
    # "Zarif said that the two governments are determined ..., the Foreign Ministry said": the words are Zarif's,
    # as the ministry reports them.
    words = c.text[c.offset:m.start()]
    inner = nested(c.ctx, c.s.start + c.offset, words, speaker)
    # An outlet has no stance of its own: "Tokayev said China is ..., Xinhua reported" and "Tokayev urged ..., the
    # agency said" are Tokayev's, whatever the verb.
    # x23relay (reading `stance-that-speaks`): "X reaffirmed that ..., the ministry said" too: the "that" clause is X's.
    if inner and (_VERB_THAT.match(words)
                  or outlet(c, speaker) or _OUTLET_CREDIT.match(m.group("who"))):
        speaker, words = inner  # a stance ("Maumoon appreciated ..., the ministry said") stays the ministry's report
    return Found(speaker, words, "statement/said-after-words")


def said_inverted(c: Clause) -> Found | None:
    """"..., said Mozambican President Filipe Nyusi.", "..., added the ministry (Mindef).", "Malaysia and Thailand,
    said the Defence Minister, were committed ...": the speaker after the verb; the rest of the sentence is theirs."""
    text = c.text
    m = _INVERTED_END.search(text, c.offset)
    words = text[c.offset:m.start()] if m else ""
    if not m:
        m = _INVERTED_MID.search(text, c.offset)
        words = f"{text[c.offset:m.start()]} {text[m.end():]}" if m else ""
    if not m or m.start() <= c.offset or len(words.split()) < 4:
        return None
    speaker = c.credit(m.start("who"), m.end("who"), whole=True) or as_credited(m.group("who"))
    return Found(speaker, words, "statement/said-inverted", m.group("verb")) if speaker else None


# Row `said-inverted-wide` (x16stmtR), tried after the subject-verb rows: an inverted credit closing the sentence that
# said-inverted misses — after a dash ("... is long-term - said Mariusz Błaszczak, Minister of ..."), opening with a
# lowercase post or an article (", said the prime minister.", ", said a Foreign Office statement.", ", says an
# official in Tashkent."), or followed by its occasion, time or a relative clause (", said Defence Minister X after
# signing the agreements with ...", ", said the sources, who did not want to be named ..."). The credit is read up to
# each such cut in turn, shortest first; the first reading that resolves is credited when it is a person or an unnamed
# source ("the sources", "an official in Tashkent"), not a body or a release.
_INVERTED_OPEN = re.compile(r"(?:,['’”\"]?|\s[-–—])\s+(?P<verb>said|says|added|adds|stated|states|reported|informed)\s+"
                            r"(?P<head>(?:(?:the|a|an)\s+)?(?:(?-i:[A-Z])|(?:(?:senior|top|former|chief|deputy|"
                            r"official|joint|foreign|defen[cs]e|interior|prime|press|government|military|security|"
                            r"[a-z]+(?:ian|ese|ish|i))\s+){0,2}(?:prime\s+minister|minister|president|premier|chancellor|"
                            r"secretary|spokes(?:man|woman|person)|officials?|officers?|sources?|statement|release|communiqu[eé]|"
                            r"ministry|press\s+service|head|chief|leader|envoy|ambassador|diplomats?|commander|government|"
                            r"office|embassy)\b))")
_INVERTED_CUT = re.compile(r"\s+(?:on|in|at|after|during|following|while|when|before|ahead\s+of|here|today|"
                           r"yesterday|late|earlier|last|this|(?-i:[A-Z])[a-z]+day)\b|"
                           r",\s+(?:who|which|for\s+whom|as|when|after)\b|"
                           r"\s*[.'\"”]*\s*(?:\[(?:\.\.\.|…)\])?\s*$")


def said_inverted_wide(c: Clause) -> Found | None:
    """"..., said the prime minister.", "... – said Foreign Minister X.", "..., said Defence Minister X after signing
    ...": an inverted credit with an article, a dash or a tail, read up to the first cut that resolves."""
    opens = [m for m in _INVERTED_OPEN.finditer(c.text, c.offset) if m.start() > c.offset]
    if not opens:
        return None
    m = opens[-1]
    tail = c.text[m.start("head"):]
    words = c.text[c.offset:m.start()].strip(" ,-–—")
    if len(words.split()) < 4 or re.search(r"[“”\"]", tail):
        return None
    saved = c.memory.snapshot()
    for cut in _INVERTED_CUT.finditer(tail):
        who = tail[:cut.start()].strip(" ,")
        if not who or len(who.split()) > 14:
            continue
        at = m.start("head")
        speaker = c.credit(at, at + len(who), whole=True)
        if speaker and (speaker.kind == "person" or speaker.kind == "unnamed" and credits.UNNAMED.search(who)):
            return Found(speaker, words, "statement/said-inverted-wide", m.group("verb"))
        if speaker:
            break  # a body's or a document's release read this way narrates the meeting as often as not
    c.memory.restore(saved)  # a rejected reading leaves no trace in who was credited last
    return None


def said_mid(c: Clause) -> Found | None:
    """"Germany has pledged to keep aid at 9 billion euros, Pistorius said, a commitment Berlin made alone." — the
    credit set off by commas inside the sentence; the clause before it is the speaker's."""
    m = _CREDIT_MID.search(c.text, c.offset)
    if not m or m.start() <= c.offset or len(c.text[c.offset:m.start()].split()) < 4:
        return None
    speaker = c.credit(m.start("who"), m.end("who"), whole=True)
    if speaker is None or speaker.kind == "unnamed" and not credits.UNNAMED.search(m.group("who")):
        return None
    words = c.text[c.offset:m.start()]
    joined = None if _noun_states(c.text[:m.start("verb")], m.group("verb")) else split_by_credit(words, c.text[m.end():])
    if joined:
        return Found(speaker, joined, "statement/split-by-credit", m.group("verb"))
    if setting_only(words):
        # "In a tweet following the meeting, Zarif said, they discussed ...": only the setting before the credit.
        words = _after_setting(c.text[m.end():])
        if len(words.split()) < 4:
            return None
    return Found(speaker, words, "statement/said-mid", m.group("verb"))


def citing(c: Clause) -> Found | None:
    """"..., Trend reports via the press service of the Uzbek president", "..., the agency reported, citing a
    senior official": a chained credit; the words are the cited source's, the outlet only passed them on."""
    cited = _CITING.search(c.text)
    if not cited or not _FINAL.search(c.text[:cited.start()] + "."):
        return None
    who = cited.group("who")
    unnamed = credits.UNNAMED.search(who)
    if re.search(r"\s(?:of|for)\s", who):
        speaker = credits.unnamed(who)  # "the press service of the Uzbek president": the service, as named
    else:
        speaker = c.credit(cited.start("who"), cited.end("who"), whole=True) or as_credited(who) or (
            credits.unnamed(unnamed.group(1)) if unnamed else None)
    words = c.text[c.offset:_FINAL.search(c.text[:cited.start()] + ".").start()]
    return Found(speaker, words, "statement/citing") if speaker else None


# "It was also emphasized that ...", "It was once again noted that ...": a meeting's readout without a subject.
_IMPERSONAL = re.compile(r"^(?:[^,]{0,40},\s+)?[Ii]t\s+(?:was|has\s+been|had\s+been)\s+(?:also\s+|further\s+|"
                         r"once\s+again\s+|again\s+|jointly\s+)?(?P<verb>noted|emphasi[sz]ed|stressed|underlined|"
                         r"underscored|pointed\s+out|highlighted|reaffirmed|reiterated|recalled)\s+that\s+")


def impersonal_passive(c: Clause) -> Found | None:
    """"It was also emphasized that ...": what the sides of the meeting last reported said together."""
    m = _IMPERSONAL.match(c.text, c.offset)
    if not m or len(c.text[m.end():].split()) < 4:
        return None
    speaker = meeting_group(c.ctx, c.events, c.memory, at=c.s.start + c.offset)
    return Found(speaker, c.text[m.end():], "statement/impersonal-passive", m.group("verb")) if speaker else None


def in_a_statement(c: Clause) -> Found | None:
    """"In a short joint declaration, the two sides committed to a moratorium ...": whatever the verb, the
    sentence reports what the statement says."""
    lead = _IN_A_STATEMENT.match(c.text, c.offset)
    verb = _FIRST_VERB.search(c.text, lead.end()) if lead else None
    if not verb or len(c.text[verb.start():].split()) < 4:
        return None
    speaker = c.credit(lead.end(), verb.start())
    if speaker and speaker.kind == "unnamed" and speaker.aliases:
        # "In a joint declaration, the two sides ...": the sides, also known as the document they issued.
        document = re.sub(r"^(?:In|Through)\s+(?:a|an|the|its|their|his|her)\s+(?:short\s+|brief\s+)?", "",
                          lead.group().strip(" ,"))
        speaker = replace(speaker, aliases=(*speaker.aliases, credits.unnamed(document).label))
    return Found(speaker, c.text[lead.end():], "statement/in-a-statement") if speaker else None
