"""The wording patterns the trigger rows read: verb classes, credits, participles, reported clauses."""

from __future__ import annotations

import re

from kg.extract import reporting


VERBS = reporting.finite()                  # speech and stance verbs, any tense: "X denied ...", "X said ..."
SPEECH_VERBS = reporting.finite(stance=False)  # verbs that may follow the words they credit: "..., X said."
_VERB = re.compile(rf"\b{VERBS}\b")
# x21outletfix: "told the Reuters news agency", "told the Asia-Plus newspaper": an outlet with what it is
_TOLD_OBJECT = re.compile(r"^\s*(?:the\s+)?(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*(?:\s+(?:news\s+agency|newspaper|daily|"
                          r"broadcaster|channel|television|radio|website))?|reporters|journalists|media|parliament|"
                          r"lawmakers|(?:a|the)\s+\w+(?:\s+\w+)?)\s*,?\s*")
_ACCORDING_MID = re.compile(r",\s+according\s+to\s+(?P<who>[^,]{2,100}?),\s+")
_ACCORDING_END = re.compile(r",\s+according\s+to\s+(?P<who>[^,]{2,100}?)\s*[.]?$")
# x24forspeaker: the credit closing the clause with no comma before it ("... have been killed according to conflict
# tracker ACLED, and 820,000 have fled", "The issue was also discussed according to Holness. [...]"); the words before
# are the source's, as with the comma (studied golds 1 of 1). A credit that runs on into a circumstance ("according
# to the presidency before another meeting with ...") is not read: where the source's name ends is unsure.
_ACCORDING_BARE = re.compile(r"(?<=[\w%)”\"’])\s+according\s+to\s+"
                             r"(?P<who>(?:(?!(?:before|after|during|following|ahead|while|when|with|at|on)\s)[^,;:“”\"\s]+\s*){1,12}?)"
                             r"(?:\s*[.]?\s*(?:\[(?:\.\.\.|…)\])?\s*$|,\s+(?=(?:and|but|while)\s))")
# What "according to" measures the words by rather than credits them with: "go ahead according to schedule", "secure
# the border according to European standards", "according to the agreement", "according to its own needs".
ACCORDING_NORM = re.compile(r"^(?:(?:the|its|their|his|her|our|a|an)\s+)?(?:[\w’'-]+\s+){0,3}?(?:schedule|plans?|laws?|rules?|"
                            r"standards?|norms?|procedures?|principles?|provisions?|terms|constitution|charter|treaty|"
                            r"agreements?|accords?|conventions?|protocols?|resolutions?|memorandum|mou|timetable|"
                            r"programme|program|roadmap|needs|requirements|conditions|guidelines|regulations?|practice|"
                            r"traditions?|customs?|wishes|will|interests?|priorities|mandate|framework)\b", re.IGNORECASE)
# What one takes a stance on or characterises: "a decision", "the claim", "a move" (both rows below).
_STANCE_NOUNS = r"decision|move|step|measure|plan|deal|policy|proposal|claim|charge|accusation|allegation"
# "..., a decision Lewandowski described as a sovereign measure", "..., a claim the RSF has denied": the
# characterisation or the denial is the speaker's.
CHARACTERISED = re.compile(r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:" + _STANCE_NOUNS + r"|account|version|report)\s+"
                            r"(?:that\s+|which\s+)?"
                            r"(?P<who>[^,]{2,60}?)\s+(?:(?:has\s+|have\s+|had\s+)?(?:described|called|termed|"
                            r"characteri[sz]ed|hailed|condemned)\s+as\s+|(?:has\s+|have\s+|had\s+)?(?:denied|rejected|"
                            r"dismissed|disputed|denounced)\b)")
# "..., a step criticised by the UN refugee agency", "The plan was rejected by Kabul": a stance taken by someone.
_PASSIVE_STANCE = re.compile(r"(?:,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:" + _STANCE_NOUNS + r"|remark|comment|statement)|"
                             r"\s+(?:was|were|has\s+been|have\s+been|had\s+been))\s+(?:also\s+|swiftly\s+|strongly\s+|widely\s+)?(?P<verb>criticised|"
                             r"criticized|condemned|denounced|rejected|dismissed|denied|disputed|welcomed|praised|hailed|"
                             r"questioned|slammed)\s+by\s+(?P<who>[^,;.]{2,80}?)(?=\s*(?:[,;.]|$|\s+(?:as|on|in|after|for)\b))")
# "In a joint statement, ...", "In a post on X, ...": a lead-in that makes the sentence a report of the text.
_IN_A_STATEMENT = re.compile(r"(?:In|Through)\s+(?:a|an|the|its|their|his|her)\s+(?:[\w-]+\s+){0,3}?(?:statement|declaration|"
                             r"communiqu[eé]|readout|post|letter|release|message|speech|interview|address)\b[^,]{0,60},\s+")
# An accusation is words of one's own: "..., accusing them of stoking unrest", "..., blaming Minsk for the surge".
_ACCUSING = r"(?:accusing|blaming)\s+(?:[^,;“”\"]{1,60}?\s)?(?:of|for|with)\s+"
# The participles that introduce words of their own (not "noting his visit to ...").
_PARTICIPLE_WORDS = re.compile(rf",\s+(?:(?:saying|adding|arguing|warning|insisting|stressing|claiming)\s+|"
                               rf"{_ACCUSING})")
# ", saying that ...": the subject of the sentence speaks, whoever it is.
_PARTICIPLE_SAYING = re.compile(rf",\s+(?:(?:saying|adding|arguing|warning|noting|insisting|stressing|claiming)\s+"
                                rf"(?:that\s+)?|"
                                rf"(?={_ACCUSING}))")
# "..., with Bangui accusing N'Djamena of arming rebels", "..., with Kyiv saying the strike hit a hospital": an
# absolute clause whose subject speaks; the words are the participle's clause.
_WITH_SAYING = re.compile(rf"(?:,\s+|\s)with\s+(?P<who>(?:the\s+)?(?-i:[A-Z])[^,;“”\"]{{1,60}}?)\s+"
                          rf"(?P<verb>(?:saying|insisting|claiming|arguing|warning)\s+(?:that\s+)?|(?={_ACCUSING}))")
_FIRST_VERB = re.compile(r"\s+(?:has\s+|have\s+|had\s+|also\s+|on\s+\w+\s+)*(?:[a-z]{3,}ed|was|were|is|are|will|would)\b")
# "... to punish Brazil for what Trump termed a “witch hunt”": the naming is the speaker's.
_WHAT_TERMED = re.compile(r"\bwhat\s+(?P<who>[^,;“”\"]{2,60}?)\s+(?:has\s+|have\s+|had\s+)?(?:termed|called|described\s+as|"
                          r"characteri[sz]ed\s+as|branded|labell?ed|dubbed)\s+")
# "X did not commit to a date, saying only that ...", "X welcomed the deal and said it would ...": the subject's words.
_SAYING = re.compile(r"(?:,\s+(?:saying|adding|arguing|warning|noting|insisting)|\s+and\s+(?:also\s+)?(?:said|says|added|adds|warned|"
                     r"stressed|noted|insisted|argued|told\s+[\w\s]{1,30}?))\s+(?:only\s+)?(?:that\s+)?")
# "Berg was quoted by state media as saying that ...": the words are Berg's.
_QUOTED_AS_SAYING = re.compile(r"\s+(?:was|were|has been|had been)\s+(?:quoted|cited|reported)\s+(?:by\s+[^,.“”\"]{1,40}?\s+)?"
                               r"as\s+saying\s+(?:by\s+[^,.“”\"]{1,40}?\s+)?(?:that\s+)?")
# "A statement from the presidency said Saied had told ...": the words are the person's, as the statement reports.
# The reporting verb of a reported clause whose subject is a person: "(said) [the prime minister] had highlighted".
_INNER_VERB = re.compile(rf"^(?P<who>(?:[\w’'.-]+\s+){{1,5}}?)(?:had\s+|has\s+)?(?:also\s+|further\s+|then\s+)?(?P<verb>{VERBS})\b")
# "(Kyodo News reports) Kishi saying that ...", "(the agency quoted) Tokayev as saying ...": a person and their words.
# "(The paper reported) Afghan officials as claiming ...": other participles after "as" too.
_INNER_SAYING = re.compile(r"^(?P<who>(?:[\w’'.-]+\s+){1,5}?)(?:as\s+)?(?P<verb>saying|(?<=as\s)(?:claiming|stating|warning|"
                           r"insisting))\b")
# "(According to the outlet,) the two leaders also agreed to ...": several undertaking something, as reported.
_INNER_UNDERTAKING = re.compile(r"^(?P<who>(?:[\w’'.-]+\s+){1,5}?)(?:have\s+|has\s+|had\s+)?(?:also\s+|further\s+|jointly\s+)?"
                                r"(?P<verb>agreed|decided|committed|pledged|vowed|resolved)(?=\s+to\b)")
_ACCORDING = re.compile(r"^(?:According to|As per)\s+(?P<who>[^,]{2,120}),\s+(?P<text>.+)$")
_FINAL = re.compile(rf",\s+(?P<who>[^,“”\"]{{2,100}}?)\s+{SPEECH_VERBS}(?:\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*|\s+reporters|\s+journalists)?"
                    rf"(?:\s+(?:on\s+\w+|in\s+(?:an?\s+)?(?:official\s+|press\s+|joint\s+)*"
                    r"(?:statement|release|briefing)|today|yesterday|in\s+a\s+press\s+release))*"
                    # "..., the leaders said after talks in Sydney on Wednesday (Nov 12).": a closing circumstance.
                    r"(?:\s+(?:after|during|at|following|in|on|via|ahead\s+of|before)\s+[^,;“”\"]{2,80}?)?\s*[.'\"”]*$")
# "..., said Mozambican President Filipe Nyusi.", "Malaysia and Thailand, said the Defence Minister, were ...": the
# credit inverted, verb before speaker, closing the sentence or set off by commas inside it.
_INVERTED_END = re.compile(rf",['’]?\s+(?P<verb>{SPEECH_VERBS})\s+(?P<who>(?:the\s+)?(?-i:[A-Z])[^,;“”\"]{{1,100}}?)"
                           r"(?:\s+(?:on\s+\w+|today|yesterday|in\s+a\s+(?:\w+\s+)?(?:statement|release|post)))?\s*[.'\"”]*$")
_INVERTED_MID = re.compile(rf",\s+(?P<verb>{SPEECH_VERBS})\s+(?P<who>(?:the\s+)?(?-i:[A-Z])[^,;“”\"]{{1,60}}?),\s+")
# "Germany has pledged to keep aid at 9 billion euros, Pistorius said, a commitment Berlin made alone.": a credit
# set off by commas mid-sentence reports the clause before it.
_CREDIT_MID = re.compile(rf",\s+(?P<who>[^,;“”\"]{{2,60}}?)\s+(?P<verb>{SPEECH_VERBS})(?:\s+on\s+\w+)?,\s+(?!adding|saying|noting)")
_ISSUED = re.compile(r"\bissued\s+a\s+(?:joint\s+)?statement\s+(?:affirming|saying|stating|declaring|noting)\s+(?:that\s+)?")

# "..., Trend reports via the press service ...", "..., Reuters reported, citing two officials.": the cited source.
_CITING = re.compile(r"(?:,\s*citing|\s+via|,\s*quoting)\s+(?P<who>[^,.;“”\"]{2,80}?)\s*[.]?$")
