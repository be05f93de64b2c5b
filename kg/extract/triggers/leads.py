"""Where a credit's words begin and end: settings, leads before "that", and clauses a mid-sentence credit splits."""

from __future__ import annotations

import re


# Only the setting of the words, not the words (x15bstmtP): "(Singh said) in a tweet", "(the ministry said) in a
# statement.", "(Goita said) on X, the social media platform formerly known as Twitter.", "In a tweet following the
# meeting(, Zarif said, ...)", "Earlier, the Omani Foreign Ministry(, said, ...)". A medium, an occasion or a time,
# then at most an appositive without a verb; "at the same time that the meeting will mark ..." goes on to a claim.
_SETTING_MEDIUM = (r"(?:statements?|tweets?|posts?|interviews?|briefings?|conferences?|releases?|messages?|"
                   r"letters?|speech(?:es)?|address|account|remarks|X|Twitter|Facebook|Telegram|Instagram|meetings?|"
                   r"talks|calls?|sessions?|participation|visits?)")
_SETTING = re.compile(rf"^(?:(?:earlier|later|meanwhile|separately|today|yesterday)\b|"
                      rf"(?:in|on|through|via|after|following|during|at)\s+(?:[\w’'-]+\s+){{0,5}}?{_SETTING_MEDIUM}\b"
                      rf"(?:\s+(?:issued|released|published|posted|shared|following|after|on|at|in|of|by|from|with|"
                      rf"during|formerly)\b[^,;:“”\"'‘’]{{0,70}})?(?=,|$))",
                      re.IGNORECASE)
_CLAIM_WORD = re.compile(r"\b(?:that|is|are|was|were|will|would|has|have|had|can|could|should|must|may|might|"
                         r"(?!issued\b|released\b|published\b|posted\b|held\b|shared\b)\w+ed)\b", re.IGNORECASE)


# What stands between a reporting verb and its "that" (x15bstmtP): the setting ("said in a press statement issued
# on Friday that"), the time ("said Wednesday, July 17, that", "reported earlier that"), the hearer ("told his
# counterpart Saar in a phone call on Monday that", "told the press that", "said to the agency Europe Press that")
# or the manner ("noted with satisfaction that"). A relative "that" ("all equipment that has crossed") is a word of
# the claim; so is a lead with a verb of its own.
_TIME_LEAD = re.compile(r"(?:on\s+)?(?:(?-i:[A-Z])[a-z]+day,?(?:\s+(?-i:[A-Z])[a-z]+\s+\d{1,2}(?:,\s*\d{4})?)?|"
                        r"(?-i:[A-Z])[a-z]+\s+\d{1,2}|earlier|later|today|yesterday|again|also|"
                        r"(?:last|this|earlier\s+this)\s+(?:week|month|year|morning|evening))", re.IGNORECASE)
# Reading `hearer-before-that` (x25sttext): a named hearer is the hearer too, whatever the verb ("confirmed to the
# Daily Tribune that", "explained to the Commission that", "revealed to GMA News Online that"): a "to" with a proper
# name of at most five words and nothing after it but "that". The words are the clause after "that".
_HEARER_LEAD = re.compile(r"to\s+(?:the\s+)?(?:[\w’'.-]+\s+){0,4}?(?:reporters|journalists|media|press|agency|"
                          r"newspaper|broadcaster|television|radio|outlet)(?:\s+(?-i:[A-Z])[\w’'.-]*){0,3}|"
                          r"to\s+(?:the\s+)?(?-i:[A-Z])[\w’'.-]*(?:\s+(?-i:[A-Z])[\w’'.-]*){0,4}|"
                          r"with\s+(?:great\s+|deep\s+)?(?:satisfaction|concern|regret|pleasure|appreciation)",
                          re.IGNORECASE)
# x25sttext: "that" with a comma after it ("told reporters that, after the operations, ...") opens the words as well.
# (the cut stops before such a "that,": the clause-lead reading of kg.extract.statements takes it off with its comma)
_THAT_AFTER = (r",?\s+(?:that\s+(?!(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|"
               r"does|do|did)\b)|(?=that\s*,\s))")
_LEAD_THAT = re.compile(r"^\s*(?P<lead>[^“”\"‘’;:]{1,100}?)" + _THAT_AFTER)
# Reading `long-hearer` (x25sttext): after "told", "informed", "assured" the object is the hearer, however long its
# description ("told a joint Angola-Namibia commission on defence and security meeting held at the coastal town of
# Swakopmund on Thursday that crimes ... were rampant"): up to 24 words before the "that", still with no verb of a
# claim among them.
_LEAD_THAT_TOLD = re.compile(r"^\s*(?P<lead>[^“”\"‘’;:]{1,180}?)" + _THAT_AFTER)


# Verbs whose object is the hearer: "informed the press that", "assured his guest that".
_HEARER_VERBS = frozenset(("told", "tells", "informed", "informs", "assured", "assures", "briefed", "briefs",
                           "reminded", "reminds", "reassured", "reassures"))
# Without "that", only a setting or a weekday before a new subject: "said in a statement it welcomes ...", "said
# on Twitter the two ministers discussed ...", "said Friday they had agreed ...".
_BARE_LEAD = re.compile(rf"^\s*(?P<lead>(?:in|on|through|via)\s+(?:[\w’'-]+\s+){{0,5}}?{_SETTING_MEDIUM}|"
                        r"(?:on\s+)?(?-i:[A-Z])[a-z]+day)\s+(?=(?:it|he|she|they|we|the|this|these|its|their|our|"
                        r"(?-i:[A-Z])[\w’'-]+)\s)", re.IGNORECASE)


def lead_before_words(rest: str, verb: str) -> re.Match[str] | None:
    """The setting, time, hearer or manner between a reporting verb and its words (see _LEAD_THAT and
    _BARE_LEAD): the match to cut, or None."""
    if setting_only(re.sub(r"^\s*that\s+", "", rest)):
        return None  # only a setting ("on X, the platform formerly known as Twitter."): the words are elsewhere
    lead = _lead_before_that(rest, told=verb in _HEARER_VERBS)
    if lead is None and (bare := _BARE_LEAD.match(rest)) and not _CLAIM_WORD.search(bare.group("lead")):
        return bare
    return lead


# the named or reporting hearer alone (the "to ..." rows of _HEARER_LEAD), for hearer_before_that
_HEARER_TO = re.compile(r"to\s.*", re.IGNORECASE)


def hearer_before_that(rest: str) -> re.Match[str] | None:
    """Reading `hearer-before-that` for a stance verb ("conveyed to India that it will cooperate ..."): the hearer
    before "that" is no part of the words even where the verb is (kg.extract.statements puts "conveyed that" back at
    their head): the match to cut, or None."""
    lead = _lead_before_that(rest)
    return lead if lead and _HEARER_TO.match(lead.group("lead").strip(" ,")) \
        and _HEARER_LEAD.fullmatch(lead.group("lead").strip(" ,")) else None


def _lead_before_that(rest: str, *, told: bool = False) -> re.Match[str] | None:
    """The setting, time, hearer or manner before "that" (see _LEAD_THAT): the match to cut, or None."""
    m = (_LEAD_THAT_TOLD if told else _LEAD_THAT).match(rest)
    if not m:
        return None
    lead = m.group("lead").strip(" ,")
    if len(lead.split()) > (24 if told else 14) or _CLAIM_WORD.search(re.sub(r"\bthat\b|\bMay(?=\s+\d)", "", lead)):
        return None  # (the "May" of "May 14" is a month)
    known = setting_only(lead) or _TIME_LEAD.fullmatch(lead) or _HEARER_LEAD.fullmatch(lead)
    return m if told or known else None


def _after_setting(after: str) -> str:
    """The words after "said,": a setting of its own ("through his account on Twitter:") is no part of them."""
    words = after.lstrip(" ,")
    head = re.match(r"^[^:]{0,80}:\s*", words)
    return words[head.end():] if head and setting_only(re.sub(r"[“”\"]", "", head.group().rstrip(": "))) else words


# Reading `split-by-credit` (x17speakers): a credit set off by commas inside a clause splits the words, it does not
# end them — "One such opportunity, he argued, lies in ...", "The Fijian government, he said, would reassess ...",
# "At the bilateral level, he said, the two countries enjoy ...". Before the credit only a subject (a short noun
# phrase with no verb) or a fronted setting; after it the rest of the same clause (the subject's verb, or a clause of
# its own after a setting). "Friday's contract covers a first installment, DAPA said, without elaborating" keeps its
# words before the credit (they have their verb; what follows is a circumstance).
_HEAD_VERB = re.compile(r"\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|must|should|shall|"
                        r"does|did|do|said|says|that|which|who)\b|\w+ed\b", re.IGNORECASE)
_FRONTED = re.compile(r"^(?:at|in|on|for|with|under|regarding|concerning|beyond|besides|as\s+(?:for|to)|apart\s+from)\s",
                      re.IGNORECASE)
_NOT_S_VERB = r"(?!(?:this|its|his|hers|ours|theirs|as|us|thus|plus|unless|perhaps|whereas|across|towards|afterwards|besides|" \
              r"regardless|nevertheless|always|sometimes|less|news|various|serious|previous|numerous)\b)"
_FINITE_AFTER = re.compile(rf"^(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|shall|does|did|"
                           rf"also\s+\w+|still\s+\w+|{_NOT_S_VERB}[a-z]+(?<!ing)(?:ed|s))\b")
_CLAUSE_AFTER = re.compile(r"^(?:the|a|an|this|these|those|both|all|our|their|its|his|her|we|they|he|she|it|"
                           r"(?-i:[A-Z])[\w’'-]+)\s+[\w’'-]+", re.IGNORECASE)


# "officials from various offices of the two states, started on Tuesday": "states" after a number or a quantifier is
# the plural noun, not a credit set inside a clause (the bank2 judge found the one it split wrong); "the press
# release states," stays a credit.
_QUANTIFIER_BEFORE = re.compile(r"\b(?:two|three|four|five|both|member|other|neighbou?ring|these|those|all|many|several|"
                                r"some|island|coastal|partner|our|their)\s*$", re.IGNORECASE)


def _noun_states(before: str, verb: str) -> bool:
    return verb.strip().lower() == "states" and _QUANTIFIER_BEFORE.search(before) is not None


def split_by_credit(head: str, after: str) -> str | None:
    """The words of a clause a mid-sentence credit splits (reading `split-by-credit`), or None."""
    head, after = head.strip(" ,"), after.lstrip(" ,")
    if not head or len(head.split()) > 8 or len(after.split()) < 3 or re.search(r"[;:“”\"]", head) \
            or setting_only(head):  # "In a tweet, Mr Singh said, the MoU adds ...": a setting is no part of the words
        return None
    if _FRONTED.match(head):
        return f"{head}, {after}" if _CLAUSE_AFTER.match(after) and not _FINITE_AFTER.match(after) else None
    if _HEAD_VERB.search(head) or not re.match(r"(?-i:[A-Z])", head):
        return None
    return f"{head} {after}" if _FINITE_AFTER.match(after) else None


def setting_only(words: str) -> bool:
    """The words name where, how or when something was said, and say nothing (see _SETTING)."""
    w = words.strip(" .,…")
    m = _SETTING.match(w)
    if not m or _CLAIM_WORD.search(m.group()):
        return False
    tail = w[m.end():].strip(" ,.")
    return tail == "" or (re.match(r"(?:the|a|an)\s", tail, re.IGNORECASE) is not None and len(tail.split()) <= 10
                          and not _CLAIM_WORD.search(tail) and not re.search(r"[;:“”\"]", tail))


def _subject_start(text: str) -> int:
    """Where the credit phrase before a mid-sentence verb begins: after the last comma."""
    return text.rfind(",") if "," in text else 0


# Reading `credit-in-words` (x23sttext): a credit read after the words it credits ("..., X said in an interview", "X,
# for his part, said, ...") ends those words where the speaker's own mention begins, with the post or apposition set
# off around it — "The two sides agreed to hold exercises, Cheng C., deputy minister of the coast guard, told Reuters
# in an interview" credits "The two sides agreed to hold exercises". What then stands before the credit may be no
# words at all but the credit's frame: a participle ("Addressing the annual meeting, the minister, A B, said in the
# region the threat has grown"), a stance marker ("X, for his part, said, as cited by the agency, that ...") or nothing
# ("Spokesman A B, in a statement, said during the meeting ..."): the words are then those after the verb.
_SET_OFF = re.compile(r"^(?:\s*,\s*[^,;:“”\"]{1,100}?){0,2}[\s,]*$")
_FRAME_ONLY = re.compile(r"^(?:(?-i:[A-Z])[a-z]+ing\b|(?:for|on)\s+(?:his|her|its|their)\s+part\b|in\s+turn\b|"
                         r"however\b|meanwhile\b|separately\b|also\b)", re.IGNORECASE)
# a verb in what stands before the name: a clause of the words, not a post ("United States Ambassador" is one)
_POST_VERB = re.compile(r"\b(?:that|is|are|was|were|will|would|has|have|had|can|could|(?-i:[a-z])\w+ed)\b", re.IGNORECASE)
# "(said,) as cited by the Anadolu news agency, that ...": the relay of the credit, no part of the words after it
_RELAY_AFTER_VERB = re.compile(r"^[\s,]*(?:as\s+(?:cited|quoted|reported)\s+by\s+[^,;“”\"]{1,60},\s*)?")


def credit_mention(mentions: list, start: int, end: int, key: str, text: str) -> int | None:
    """Where the speaker's own credit begins in text[start:end], the words before a credit's verb at ``end``: at the
    post before the speaker's mention (back to the comma that sets it off, or to ``start``), or at the mention when
    what stands before it says something; None when the speaker is not named there with only a set-off post or
    apposition between the mention and the verb."""
    mine = [m for m in mentions if m.key == key and start <= m.start and m.end <= end and _SET_OFF.match(text[m.end:end])]
    if not mine:
        return None
    first = mine[0]  # "A B, deputy minister of X,": the name, not the post after it (also a mention of the speaker)
    comma = text.rfind(",", start, first.start)
    post = text[comma + 1 if comma >= 0 else start:first.start]
    # "Trinidad and Tobago's National Security Minister, A B", "Defence spokesman Brigadier General A B": a post
    # before the name (no verb, a few words) belongs to the credit
    if len(post.split()) <= 8 and not re.search(r"[;:“”\"]", post) and not _POST_VERB.search(post):
        return comma if comma >= 0 else start
    return first.start


def words_around_credit(head: str, after: str) -> tuple[str, bool]:
    """The words when the credit (cut from ``head``) stands after them: ``head`` itself, or, when it is only the
    credit's frame (reading `credit-in-words`), the words after the verb; and whether those are the ones after."""
    head = head.strip(" ,")
    if len(head.split()) >= 3 and not _FRAME_ONLY.match(head) and not setting_only(head):
        return head, False
    return after[_RELAY_AFTER_VERB.match(after).end():], True
