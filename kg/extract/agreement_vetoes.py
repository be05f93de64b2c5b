"""Named rejections of agreement clauses: one trigger match (a Clause) and the vetoes that keep one state's
measure, a reaffirmed principle, a topic of talks or an itinerary from becoming an agreement."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from kg.extract import reference
from kg.extract.agreement_lexicon import NOUN, NOUNS, Trigger
from kg.extract.agreement_parts import NEXT_VERB
from kg.extract.agreement_topics import GENERAL_WORDS as TOPIC_GENERAL_WORDS
from kg.extract.agreement_topics import VETOES as TOPIC_VETOES
from kg.extract.agreement_topics import general_goal
from kg.extract.context import Context
from kg.extract.sentences import Sentence


_PRINCIPLE = re.compile(r"^(?:the\s+|their\s+|a\s+)?(?:principles?|values|ideals|rule of law|sovereignty|territorial integrity|"
                        r"international law|peace|stability|rules-based|democracy|democratic values|multilateralism|"
                        r"respect for|shared values|the UN Charter|one India)\b", re.IGNORECASE)


_MODAL = re.compile(r"\b(?:will|would|shall|should|must|is to|are to|can)\b")


_UMBRELLA = re.compile(r"^(?:a|the)\s+(?:series|range|number|host|slew|raft|set)\s+of\s+", re.IGNORECASE)


_COOPERATIVE = re.compile(r"\b(?:cooperation|co-operation|bilateral|joint|each other|both|together|mutual|collaborat\w*|"
                          r"partnership|liaison|dialogue|counterparts?)\b", re.IGNORECASE)


GROUP_SUBJECT = re.compile(r"\b(?:both|two|they|we|sides|countries|ministers|leaders|nsas|governments|counterparts?|"
                            r"delegations|negotiators)\b",
                            re.IGNORECASE)


_NEGATED = re.compile(r"\b(?:not|never|no|n['’]t|refused to|declined to|failed to)\s+(?:\w+\s+)?$", re.IGNORECASE)


# A discussed item that is a general topic or points back at something already reported is not a proposal.
TOPIC = re.compile(r"^(?:cooperation|co-operation|ways|issues?|matters|the situation|situation|ties|relations|"
                    r"bilateral|regional|developments|progress|areas|security|trade|the plan|plan|the deal|the matter|"
                    r"the issue|it|them|this|that|these|those|details|steps|measures|the (?:agreement|proposal|idea))\b",
                    re.IGNORECASE)


_BLOC = re.compile(r"\b(?:European Union|EU|African Union|ASEAN|Mercosur)\b")


# What a proposal looks like: "a faster system", "the possible transfer", "tighter controls", "sharing data",
# "requests for the extradition" (not "the war in Ukraine" or "regional security").
_PROPOSAL = re.compile(r"^(?!promising\s)(?:(?:a|an)\s+|(?:the\s+)?(?:possible|proposed|potential|planned|draft|new)\b|(?!(?:other|under|over|after|further|border|water|power)\s)\w+er\s|\w+ing\s|"
                       r"(?:[A-Z][\w'’]+\s+)?(?:requests?|proposals?|plans?|demands?)\s+(?:for|to)\b)")


def _discussed_proposal(rest: str, desc: str) -> bool:
    rest = rest.strip(" \"“")
    return not TOPIC.match(rest) and not TOPIC.match(desc) and len(desc.split()) >= 2 and bool(_PROPOSAL.match(rest))


@dataclass
class Clause:
    """One trigger match in one sentence: what it is about, who acts, and how far along it is."""

    trigger: Trigger
    m: re.Match[str]
    sentence: Sentence
    offset: int
    subject: str         # the sentence before the trigger (after any dateline)
    rest: str            # the sentence after the trigger
    desc: str
    actor: str
    backward: bool = False
    status: str = ""
    parties: list[str] = field(default_factory=list)
    two_people: bool = False   # two named persons before the trigger ("Kono and Teodoro signed")
    to_come: bool = False      # a passive signing with a modal: "would be signed", "must now be ratified"
    reduced: bool = False      # an instrument named before its participle ("a pact reached with China"): not the subject's act

    @property
    def plain(self) -> str:
        return re.sub(r",[^,]*,", "", self.m.group())  # "discussed, but did not settle, " is "discussed "

    @property
    def general_discussion(self) -> bool:
        return self.trigger.status == "discussed" and not self.trigger.noun_object \
            and re.fullmatch(r"discussed\s+(?:the\s+)?", self.plain) is not None

    @property
    def single(self) -> bool:
        """One named state acts alone: no group word, no second person, no bloc."""
        return len(parties_named(self.actor)) == 1 and not GROUP_SUBJECT.search(self.actor) \
            and not self.two_people and not _BLOC.search(self.subject)


def _negated(ctx: Context, c: Clause) -> bool:
    return bool(_NEGATED.search(c.subject[-40:])) or c.rest.startswith("disagree")


def _topic_not_proposal(ctx: Context, c: Clause) -> bool:
    return c.general_discussion and not _discussed_proposal(c.rest, c.desc)


def _too_short(ctx: Context, c: Clause) -> bool:
    return len(c.desc.split()) < 2 or bool(_UMBRELLA.match(c.desc))


def _principle(ctx: Context, c: Clause) -> bool:
    return c.trigger.status != "signed" and bool(_PRINCIPLE.match(c.desc) or _UPHOLD_PRINCIPLE.match(c.desc))


# "agreed to uphold an international rules-based order", "committing to maintain peace and stability in the South China
# Sea", "pledged to respect each other's sovereignty": a principle upheld is a reaffirmation, not an agreement (the
# README's convention). A concrete place of the two ("peace and tranquillity in the border areas") is a commitment.
_UPHOLD_PRINCIPLE = re.compile(
    r"^(?:jointly\s+|continue\s+to\s+|further\s+)?(?:uphold|maintain|preserve|safeguard|protect|respect|defend|promote|support|"
    r"abide\s+by|adhere\s+to|observe|honou?r)\s+(?:the\s+|an?\s+|their\s+|each\s+other['’]s\s+)?"
    # "safeguard common interests", "protect their shared interests": a principle, no act
    r"(?:(?:common|shared|mutual|core|legitimate)\s+interests\b|"
    r"(?:(?:(?:free|open|inclusive|international|global|regional|stable|and),?\s+)*(?:rules-based|rules\s+based)"
    r"(?:\s+international)?\s+order|international\s+law|the\s+UN\s+Charter|UN\s+Charter|freedom\s+of\s+navigation|"
    r"sovereignty|territorial\s+integrity|principles?\b|(?:regional\s+)?peace\s+and\s+(?:stability|security|prosperity)"
    r"(?![^,;]{0,40}\bborder)))", re.IGNORECASE)


# "..., and to deepen engagement through regional frameworks", "deepen relations between the two armies": one piece of a
# commitment list that only tends the relationship names no act of its own (the list's other pieces stand).
_TENDS_TIES = re.compile(r"^(?:further\s+)?(?:strengthen|enhance|deepen|expand|boost|broaden|bolster|improve|advance|"
                         r"promote|intensify|widen|upgrade|consolidate)\s+(?:the\s+|their\s+|our\s+|bilateral\s+|mutual\s+)*"
                         r"(?:engagement|ties|relations|relationship|friendship)\b", re.IGNORECASE)


def tends_ties(desc: str) -> bool:
    return bool(_TENDS_TIES.match(desc))


def upholds_principle(desc: str) -> bool:
    """One piece of a commitment list that upholds a principle ("..., safeguard common interests, and protect peace and
    security across the world"): the list's other pieces stand, this one is no agreement."""
    return bool(_UPHOLD_PRINCIPLE.match(desc))


# "the signed agreement", "Under the newly signed security deal, ...": "signed" after a determiner is an adjective; the
# phrase names a deal already made (reported elsewhere in the report), not a signing. A title after it ("the recently
# signed Joint Declaration on Maritime Cooperation") names an instrument of its own and stays.
_DETERMINER_BEFORE = re.compile(r"\b(?:the|this|that|these|those|its|their|our|his|her)\s+(?:(?:recently|newly|already|"
                                r"just|previously|jointly|bilaterally|formally|officially)\s+)?$", re.IGNORECASE)


def _signed_adjective(ctx: Context, c: Clause) -> bool:
    return c.trigger.status == "signed" and not c.backward and c.m.group().startswith(("signed", "inked", "ratified")) \
        and bool(_DETERMINER_BEFORE.search(c.subject[-40:])) and not c.rest[:1].isupper()  # a title names its deal


# "signed the bill into law", "signed a decree on mobilisation", "signed the Book of Honour", "signed the visitors' book":
# what is signed is one state's own act or a courtesy of the visit, no instrument between states (the corpus: unilateral
# measures are not agreements). The words must head the object; "letters of intent", "a contract" stay.
_NOT_AN_INSTRUMENT = re.compile(r"^(?:[\w'’-]+\s+){0,2}?(?:bills?|laws?|legislation|decrees?|(?:executive\s+)?orders?|"
                                r"ordinances?|budgets?|(?:[\w'’-]+\s+)?books?|registers?|petitions?|autographs?)\b", re.IGNORECASE)
_INSTRUMENT_NOUN = re.compile(rf"\b(?:{NOUNS})\b|\b(?i:convention|charter|intent)\b")


def _signed_not_an_instrument(ctx: Context, c: Clause) -> bool:
    m = _NOT_AN_INSTRUMENT.match(c.desc) if c.trigger.name == "sign-verb" and not c.backward else None
    # "the Law of the Sea Convention", "an order on the memorandum": an instrument named in the phrase stays
    return m is not None and not _INSTRUMENT_NOUN.search(" ".join(c.desc.split()[:5]))


def _shared_view(ctx: Context, c: Clause) -> bool:
    return c.m.group().rstrip().endswith("that") and not _MODAL.search(" ".join(c.desc.split()[:10]))


def _one_state_stance(ctx: Context, c: Clause) -> bool:
    return c.single and bool(re.search(r"\b(?:is|was|are|were|remains|remained)\s+[“\"]?\s*(?:\w+\s+)?committed\s+to\s+$",
                                       c.actor))


# x23willing, one-side-willing: "Wang said that China is willing to work with Laos to implement the consensus", "the
# Chinese military is ready to ...", "his government is committed to ...": one side's stated readiness, its subject one
# state (a singular copula, one state named after the last "said"/"that"), is that side's stance (the studied golds:
# 6 of 7 such one-sided stances carry no agreement). Readiness stated by both sides is a commitment (blind9's convention:
# "willing to work with China ..." and "willing to work with Tajikistan ..." are `committed`), so a stance of another
# state of the report spares it.
_STANCE = re.compile(r"\b(?:is|was|remains|remained|stands|stood)\s+(?:\w+\s+)?(?:committed|willing|ready|prepared|"
                     r"determined)\s+to\s+$")
_ANY_STANCE = re.compile(r"\b(?:is|was|are|were|remains|remained|stands|stood)\s+(?:\w+\s+){0,2}?(?:committed|willing|"
                         r"ready|prepared|determined)\s+to\b|\bhop(?:es|ed)\s+to\b|\b(?:expressed|voiced)\s+(?:his|her|its|"
                         r"the)\s+(?:hope|readiness|willingness)\b")
# where the stance's own clause opens: after a speech verb or "that", else at the sentence's start
_CLAUSE_OPEN = re.compile(r".*(?:\b(?:said|says|stated|added|noted|told\s+[^,]{0,60}?|stressed|emphasi[sz]ed|that)\s+|^)",
                          re.DOTALL)


def _stance_side(text: str) -> str | None:
    """The one state whose stance a clause ending in "is willing to" states: the first state named after the clause
    opening (None for a group subject)."""
    clause = text[_CLAUSE_OPEN.match(text).end():]
    if GROUP_SUBJECT.search(clause) or _BLOC.search(clause) or re.search(r"\band\s+[A-Z]", clause.split(",")[0]):
        return None
    named = parties_named(clause)
    return named[0] if named else None


def _one_side_willing(ctx: Context, c: Clause) -> bool:
    if not (c.trigger.name == "willing-to-work-with"
            or c.trigger.name == "pledged-to-clause" and c.m.group().startswith("committed")):
        return False   # ("pledged to", "vowed to" are acts of promising, not a stance)
    if not _STANCE.search(" ".join((c.subject + " " + c.m.group()).split()) + " "):
        return False
    side = _stance_side(c.subject)
    if side is None or NOUN.search(c.subject):
        return False   # ("this agreement aims ..., for which Spain is committed to ..."): what a party owes under a deal
    main = ctx.main_countries()
    for s in ctx.sentences:   # the other side's readiness, anywhere in the report, makes it both sides'
        for m in _ANY_STANCE.finditer(s.text):
            other = _stance_side(s.text[:m.start()]) or _speaker_side(ctx, s, m.start())
            if other is not None and other != side and other in main:
                return False
    return True


def _speaker_side(ctx: Context, s: Sentence, end: int) -> str | None:
    """"Vilay expressed his readiness to ...": the state of the first person named before a stance with no state."""
    for mention in ctx.persons_in(s.start, s.start + end):
        person = ctx.persons.get(mention.key)
        if person is not None:
            return person.country or next((r.country for r in person.roles if r.country), None)
    return None


def _one_side_agenda(ctx: Context, c: Clause) -> bool:
    return c.general_discussion and not (GROUP_SUBJECT.search(c.actor) or c.two_people or _capital_pair(c.subject)
                                         or len(parties_named(c.subject)) >= 2)


# Clauses that say nothing of a partner: one named state doing them acts alone ("Japan is set to open a base").
_NEEDS_TWO = ("set-to-create", "created-joint-body", "agree-verb+noun")


_SIGNINGS = ("sign-verb+noun", "signing-synonym", "expected-to-sign+noun", "stage-of-noun", "instrument-in-the-making")  # a deal signed has a counterparty even if unnamed


# "South Korea finalized a major arms export deal with Poland": an instrument made with a second state named right after
# it has its counterparty (deal-with-state).
_DEAL_WITH = re.compile(rf"^(?:[\w'’()-]+\s+){{0,5}}?{NOUNS}\s+with\s+(?:the\s+)?(?P<who>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,2}})")


def _deal_with_state(c: Clause, own: list[str]) -> bool:
    m = _DEAL_WITH.match(c.desc)
    return m is not None and any(code not in own for code in parties_named(m.group("who").rstrip(".,")))


# "France agreed to deliver 24 jets to Egypt", "it had reached an agreement for a ceasefire with Tajikistan", "the
# Myanmar side agreed to cooperate with Bangladesh", "signed a contract to buy jets from the United States": one
# state's assent or signing whose object names a second state of the report as its partner (after "with", "to",
# "from") is a deal between the two, not a measure of its own (partner-named; x16agreeR bank census). "decided to"
# stays one side's act; "sanctions against Russia", "sentiments expressed by Namibia" name no partner.
_PARTNER = re.compile(r"\b(?:with|to|from)\s+(?:the\s+)?(?P<who>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})")


def _partner_named(ctx: Context, c: Clause, own: list[str]) -> bool:
    if c.status not in ("agreed", "signed") or c.m.group().strip().startswith(("decided", "signing")):
        return False   # ("hailed the signing of a new agreement with Fiji": a signing named, mostly the one reported)
    main = ctx.main_countries()
    return any(code not in own and code in main
               for m in _PARTNER.finditer(c.desc) for code in parties_named(m.group("who").rstrip(".,")))


def _unilateral(ctx: Context, c: Clause) -> bool:
    own = parties_named(c.subject)
    if c.trigger.name == "agree-verb+noun" and _deal_with_state(c, own) or _partner_named(ctx, c, own):
        return False
    to_other = any(code not in own for code in parties_named(c.desc) if code in ctx.main_countries()) \
        or not parties_named(c.desc)
    return c.single and (c.m.group().strip().startswith("decided") or c.trigger.name in _NEEDS_TWO or not _COOPERATIVE.search(c.desc) and
                         not ((c.trigger.name in _SIGNINGS or c.reduced) and NOUN.search(c.desc)) and
                         (c.status != "committed" and "offer" not in c.m.group() or not to_other))


# "This agreement reflects the shared commitment of both nations to enhance their security": what a deal stands for,
# told of the deal, is no commitment of its own (deal-spirit).
_SPIRIT = re.compile(r"\b(?:reflects?|reflected|reflecting|underscores?|embod(?:y|ies|ied)|demonstrates?|shows?|"
                     r"symboli[sz]es?|testament\s+to|sign\s+of)\s+(?:the\s+|a\s+)?$")


def _deal_spirit(ctx: Context, c: Clause) -> bool:
    return c.trigger.name == "their-commitment-to-act" and bool(_SPIRIT.search(c.subject[-40:]))


def _vague_goal(ctx: Context, c: Clause) -> bool:
    # a reaffirmed resolve "to bolster strategic ties" restates a goal; it binds to no act
    # (x17talks: talking over "ways of enhancing cooperation in defence industries" names a field: field-named)
    return (c.trigger.status == "discussed" and not field_named(c.desc) or c.trigger.name == "their-commitment-to-act") \
        and bool(_VAGUE_GOAL.match(c.desc)) or c.trigger.name == "their-commitment-to-act" and _abstract_only(c.desc)


# x17talks, field-named: "discussed ways of enhancing cooperation in defence industries", "the talks focused on
# cooperation in military training": cooperation talked over in a concrete field is an agreement discussed (its
# description carries the field); in a general one ("in all fields", "in areas of mutual interest") it is no topic.
# The cooperation heads the description ("enhancing bilateral cooperation in X", not "issues ..., and cooperation in X");
# "in the face of threats" names no field.
_FIELD = re.compile(r"^(?:[\w-]+\s+){0,3}?(?:cooperation|co-operation|collaboration)\s+(?:in|on)\s+(?!the\s+face\b)"
                    r"(?:the\s+)?(?:(?:fields?|areas?|spheres?|"
                    r"domains?|sectors?)\s+of\s+)?(?P<field>[\w’'-]+(?:\s+[\w’'-]+){0,3})", re.IGNORECASE)
_BROAD = TOPIC_GENERAL_WORDS | set("region future all many multiple diverse different fields field areas area sectors sector "
                              "spheres sphere domains domain interest interests years come time which that this these "
                              "those such as including each".split())


# The field must be one of the corpus's own (security, defence, policing, energy): on the studied golds, cooperation
# talked over in tourism, trade or disaster relief was not recorded.
_SECURITY_FIELD = re.compile(r"\b(?:defen[cs]e|military|security|maritime|naval|terror\w*|counter-?\w+|intelligence|border|"
                             r"polic\w+|law\s+enforcement|cyber\w*|arms|nuclear|energy|crime|drugs?|narcotics|migration|"
                             r"coast\s+guards?|peacekeeping|weapons|missiles?|armament\w*)\b", re.IGNORECASE)


# The field as the cooperation's modifier: "ways to enhance bilateral defence cooperation", "expanding military cooperation".
_FIELD_MODIFIER = re.compile(r"^(?:[\w-]+\s+)?(?:(?:the|their|our|bilateral|mutual|further|closer)\s+)*(?P<field>(?:[\w-]+\s+){1,2}?)"
                             r"(?:cooperation|co-operation|collaboration)\b", re.IGNORECASE)


def field_named(desc: str) -> bool:
    m = _FIELD.match(desc)
    if m is None:
        m = _FIELD_MODIFIER.match(desc)
        return m is not None and bool(_SECURITY_FIELD.search(m.group("field")))
    return any(w not in _BROAD for w in re.findall(r"[a-z][\w-]*", m.group("field").lower())) \
        and bool(_SECURITY_FIELD.search(desc[m.start("field"):m.start("field") + 80]))


# "reiterated their commitment to cooperate and find ways to strengthen mutual trust and confidence": a reaffirmed
# commitment whose every content word is a general verb or an abstract good restates a principle (the README's
# convention), however its words are arranged.
_ABSTRACT = frozenset("cooperate cooperation co-operation work together find ways way strengthen enhance deepen build "
                      "promote maintain continue further mutual bilateral closer close trust confidence friendship ties "
                      "relations relationship partnership peace stability dialogue understanding communication "
                      "coordination and to the their our each other both sides countries".split())


def _abstract_only(desc: str) -> bool:
    words = re.findall(r"[\w-]+", desc.lower())
    return bool(words) and all(w in _ABSTRACT for w in words)


# Talking about "further strengthening ties" is a topic of talks; agreeing to it is still an agreement.
_VAGUE_GOAL = re.compile(r"^(?:(?:ways|efforts|plans|steps|measures)\s+to\s+)?(?:further\s+)?(?:strengthen|enhanc|deepen|expand|boost|develop|promot|advanc|"
                         r"improv|broaden|bolster|intensif)\w*\s+(?:the\s+|their\s+|our\s+)?(?:\w+\s+){0,3}?"
                         # ("enhancing military relations" as "enhance ...": the stems; "enhance security and stability in
                         # the region" names no step either)
                         r"(?:cooperation|co-operation|ties|relations|relationship|partnership|friendship|dialogue|"
                         r"(?:peace|security)\s+and\s+stability)"
                         r"(?!\s+(?:to|through|by)\b)", re.IGNORECASE)


def _general_goal_discussed(ctx: Context, c: Clause) -> bool:
    """"discussed existing cooperation relations and means of enhancing them", "called for greater cooperation between
    the two countries": a goal talked over that names no step, field or body (x21vague; the report's own pair are
    parties, a third state is content). Agreed or committed, such a goal stays: the golds keep "agreed to strengthen
    cooperation between the two countries"."""
    return c.trigger.status == "discussed" and general_goal(c.desc, ctx.main_countries())


def _general_topic(ctx: Context, c: Clause) -> bool:
    """"The talks focused on regional and international developments": a topic made of general words proposes nothing."""
    if c.trigger.name != "talks-focused-on-topic":
        return False
    based = _GERUND.sub(_base, c.desc, count=1)   # "strengthening ties" read as "strengthen ties"
    return any(veto(c.desc, c.desc) for _, veto in TOPIC_VETOES) or bool(_VAGUE_GOAL.match(c.desc)) \
        or (based != c.desc and bool(_VAGUE_GOAL.match(based))) or bool(_TALK_TOPIC_HEAD.match(c.desc))


# "enhancing cooperation on X" reads as "enhance cooperation on X" for the vague-goal test
_GERUND = re.compile(r"^(?:further\s+)?(strengthen|deepen|expand|boost|bolster|broaden|intensif|enhanc|promot|advanc|improv|"
                     r"develop)(?:y)?ing\b")


def _base(m: re.Match[str]) -> str:
    stem = m.group(1)
    return stem + ("y" if stem == "intensif" else "e" if stem in ("enhanc", "promot", "advanc", "improv") else "")


# A topic whose head is talk, ties or one state's own course: "consultations between the two governments",
# "cooperation on security and good neighbourly relations", "Kosovo's strategic orientation toward the EU".
_TALK_TOPIC_HEAD = re.compile(r"^(?:(?:the|their|further|closer|bilateral)\s+)?(?:cooperation|co-operation|relations|ties|issues|"
                              r"matters|consultations|talks|meetings?|dialogue|contacts|exchanges\s+of\s+views)\b|"
                              r"^[A-Z][\w-]+['’]s\s", re.IGNORECASE)


def _itinerary(ctx: Context, c: Clause) -> bool:
    return bool(_ITINERARY.match(c.desc)) and not NEXT_VERB.search(c.desc)  # "meet soon and establish a mechanism"


def _deal_content(ctx: Context, c: Clause) -> bool:
    return bool(re.search(r",\s+(?:which|that)\s+(?:also\s+)?$", c.subject)) and bool(NOUN.search(c.subject))


def _framework_idiom(ctx: Context, c: Clause) -> bool:
    return bool(_FRAMEWORK_IDIOM.match(c.desc))


# "signed within the framework of the joint conference": where it was signed, not what.
_FRAMEWORK_IDIOM = re.compile(r"^(?:within|in|under)\s+(?:the\s+)?framework\s+of\b", re.IGNORECASE)


# A plan to meet, travel or talk is a meeting, not an agreement ("will participate in a meeting today").
_ITINERARY = re.compile(r"^(?:also\s+)?(?:participate\s+in\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}(?:meeting|talks|summit)|"
                        r"attend|travel|fly|arrive|hold\s+(?:(?:further|more|new|formal|direct|bilateral)\s+)?(?:talks|discussions|"
                        r"consultations|a\s+(?:\w+\s+)?(?:meeting|summit|call)))\b")


# x24agenda. A meeting still to come, told as what its sides "will" do, is an agenda or a schedule, not an undertaking
# (fresh-bank audit 24c/24d: the largest group of wrong agreements). Read only for a trigger of a joint undertaking
# ("the two sides will", "said they would", "is due to"); "agreed to hold the next round of talks" is an agreement
# (studied golds: 5 of 5 kept).
_FUTURE_UNDERTAKING = ("both-will", "said-they-would", "set-to-create")


def future_undertaking(c: Clause) -> bool:
    return c.trigger.name in _FUTURE_UNDERTAKING and c.trigger.status == "committed" \
        and not c.m.group().lstrip().startswith(("agreed", "affirmed", "reaffirmed"))  # "agreed that both would ..."


# future-agenda: "the two sides will review the ongoing cooperation and explore new initiatives", "the two leaders will
# also exchange views on regional and global issues", "the two countries will discuss defence and security issues":
# what the talks to come will go over (studied golds: 5 of 5 such agendas carry no agreement). A talk with a concrete
# act or aim ("will likely discuss working together to realize ...", "expected to discuss co-operation on security, with
# the aim of establishing ...") is an agreement expected (2 of 2): talk_with_aim, read by the status row.
_AGENDA_VERB = re.compile(r"^(?:(?:also|further|likely|then|jointly|as\s+well)\s+)*(?:discuss|review|deliberate|"
                          r"take\s+stock|talk\s+(?:about|over)|exchange\s+(?:views|opinions|ideas|notes|information)\b"
                          r"|exchanging\s+(?:views|opinions|ideas)\b)\b", re.IGNORECASE)
# an act named right after the talk verb ("discuss working together to ..."), or an aim said in so many words
_TALK_ACT = re.compile(r"^\s*(?!(?:ongoing|existing|emerging|pressing|outstanding|evolving|growing|remaining|pending|"
                       r"following|upcoming)\b)[a-z]+ing\b")
_TALK_AIM = re.compile(r"\b(?:with\s+the\s+(?:aim|objective|goal|purpose)\s+of|aimed\s+at|with\s+a\s+view\s+to)\s+"
                       r"(?:[a-z]+ing)\b", re.IGNORECASE)
# "exchanging information on nine key topics": information swapped on topics is talk, not an exchange set up
_ON_TOPICS = re.compile(r"^exchang\w*\s+information\s+on\s+(?:[\w-]+\s+){0,3}(?:topics|issues|matters|subjects)\b",
                        re.IGNORECASE)


def talk_with_aim(desc: str) -> bool:
    """A talk verb heading a description whose object is an act ("working together to ...") or that says its aim."""
    m = _AGENDA_VERB.match(desc)
    return m is not None and not desc.lower().startswith(("exchang",)) \
        and bool(_TALK_ACT.match(desc[m.end():]) or _TALK_AIM.search(desc))


def _future_agenda(ctx: Context, c: Clause) -> bool:
    if c.trigger.name.startswith("talks-focused-on"):
        return bool(_ON_TOPICS.match(c.desc))   # "the meeting focused on exchanging information on nine key topics"
    if not future_undertaking(c) or not _AGENDA_VERB.match(c.desc):
        return False
    if re.match(r"(?i)exchang\w*\s+information\b", c.desc):
        return bool(_ON_TOPICS.match(c.desc))   # "will exchange information on terrorist suspects": an undertaking
    return not talk_with_aim(c.desc)


# scheduled-meeting: "Kuwait and Iraq will hold a round of legal and technical talks on Sunday", "the foreign and
# defense chiefs will hold a two-plus-two meeting in the Indian capital on Tuesday", "the commission is due to start
# this Tuesday ... the meeting of experts", "the two delegations will meet again today": one meeting on the calendar
# (studied golds: 5 of 5 such schedules carry no agreement). Meetings made a routine ("will meet every three months",
# "would hold periodic meetings to coordinate ...") are a mechanism both bind themselves to (3 of 3 kept), as is a
# meeting that goes on to a further act ("meet soon and establish a mechanism") or that is about an instrument.
_MEETING = r"(?:meetings?|talks|rounds?|summits?|calls?|consultations|discussions|sessions?|negotiations)"
_SCHEDULED = re.compile(rf"^(?:(?:also|then|first)\s+)*(?:(?:hold|have)\s+(?:[\w'’+-]+\s+){{0,5}}?{_MEETING}\b|"
                        rf"(?:start|begin|open|convene)\s+(?:[\w'’+-]+\s+){{0,10}}?(?:the\s+)?(?:meetings?|sessions?|summit|"
                        rf"round|consultations)\b|"
                        # ("meet NATO capability targets" is no meeting)
                        r"meet\s+(?:again|in|on|at|with|next|soon|later|today|tomorrow|this|early|face|separately)\b)",
                        re.IGNORECASE)
_ROUTINE = re.compile(r"\b(?:every|regular(?:ly)?|periodic(?:al|ally)?|annual(?:ly)?|yearly|biannual(?:ly)?|quarterly|"
                      r"monthly|twice|once\s+(?:a|every|in)|each\s+(?:year|month|quarter)|routinely|frequently|more\s+often|"
                      r"alternately|on\s+a\s+\w+\s+basis)\b", re.IGNORECASE)


def _scheduled_meeting(ctx: Context, c: Clause) -> bool:
    return future_undertaking(c) and bool(_SCHEDULED.match(c.desc)) and not _ROUTINE.search(c.desc) \
        and not NEXT_VERB.search(c.desc) and not NOUN.search(c.desc)


def _partner_not_a_state(ctx: Context, c: Clause) -> bool:
    """"is willing to work with the IMF": readiness to work with a body, not with the other state."""
    if c.trigger.name == "willing-to-work-with" and re.fullmatch(r"(?:work|cooperate)\s+with\W*", c.desc):
        return True   # nobody named to work with
    partner = re.match(r"(?:work|cooperate)\s+with\s+(?P<who>[^,;]+?)(?:\s+(?:to|on|in|against)\b|$)", c.desc)
    return c.trigger.name == "willing-to-work-with" and partner is not None and not parties_named(partner.group("who")) \
        and not re.match(r"(?:each\s+other|one\s+another|\w+\s+counterparts?)\b", partner.group("who"))


# A call for calm or for more of the same proposes no step: "de-escalation", "restraint", "continued cooperation".
_CALM = re.compile(r"^(?:the\s+)?(?:de-?escalation|restraint|calm|peaceful|dialogue|continu\w*|maintain\w*|further\s+"
                   r"strengthen\w*)\b", re.IGNORECASE)


def _proposal_alone(ctx: Context, c: Clause) -> bool:
    """"called for the release of the crew": a demand of one side, not a joint step put on the table."""
    if c.trigger.name == "proposed-act" and (_VAGUE_GOAL.search(c.desc) or _CALM.match(c.desc)):
        return True   # "the need to improve bilateral ties", "called for de-escalation", "called for continued cooperation"
    if c.trigger.name == "proposed-act" and "offer" in c.m.group():
        main, own = ctx.main_countries(), parties_named(c.subject)
        offered = any(code in main and code not in own for code in parties_named(c.desc))
    else:
        offered = False
    if offered:
        return False  # "Bukele offered to house American prisoners": an offer made to the other state
    return c.trigger.name == "proposed-act" and not _COOPERATIVE.search(c.desc) \
        and not re.search(r"\b(?:joint|common|shared|committees?|mechanisms?|commissions?|centres?|centers?|coordination|"
                          r"co-ordination|exchanges|combined)\b", c.desc)


# Words that name no act or object of their own: a pronoun, a general noun, a manner ("work together in other ways,
# too", "collaborate at various levels", "respond appropriately", "tackle the issue", "strengthen it further").
_EMPTY_WORDS = frozenset("it them this that these those such the a an same issue issues matter matters measures steps "
                         "efforts further together too also other others ways way various levels level all in at on "
                         "appropriately accordingly closely more each as well possible manner means fronts sides "
                         "both fields areas forward".split())
_LEAD = re.compile(r"^(?:(?:further|also|jointly|continue\s+to|closely)\s+)*[a-z]+\b", re.IGNORECASE)


def empty_object(desc: str) -> bool:
    """A verb phrase whose words after the verb are all pronouns, general nouns or manner words."""
    lead = _LEAD.match(desc)
    if lead is None:
        return False
    words = re.findall(r"[\w'’-]+", desc[lead.end():].lower())
    return bool(words) and all(w in _EMPTY_WORDS for w in words)


def names_no_act(c: Clause, desc: str) -> bool:
    """A clause's description (or one part of it) that names no act: its trigger governs a verb phrase (not an
    instrument noun, not a description read backwards) whose object is empty."""
    return not c.backward and not c.trigger.noun_object and empty_object(desc)


def _empty_object(ctx: Context, c: Clause) -> bool:
    return names_no_act(c, c.desc)


def _noun_infinitive(ctx: Context, c: Clause) -> bool:
    """"a new defence agreement to be signed next year": the infinitive says what happens to the agreement, not what it
    commits anyone to (the instrument itself is read by the noun rows)."""
    return c.m.group().lower().startswith("agreement") and bool(re.match(r"be\s+(?:\w+ly\s+)?\w+(?:ed|en|wn)\b", c.desc))


# "Islamabad has decided to recall its ambassador", "We have decided to sever diplomatic relations with Morocco", "the High
# Security Council decided to review relations": a decision whose subject is one body, one capital or one speaker's
# "we" is that side's own measure (the README's convention), however the state is named. "Decided" binds two sides
# only when its subject says so ("the two sides decided", "they decided", "the joint commission decided").
_DECIDING_GROUP = re.compile(r"\b(?:both|two|three|sides|countries|ministers|leaders|governments|counterparts?|delegations|"
                             r"parties|nations|presidents|heads|chiefs|they|joint|meeting|talks|summit|conference|"
                             r"commission|committee|authorities|officials|forces|armies|militaries|navies|services|"
                             r"agencies|ministries)\b", re.IGNORECASE)
# "we have decided to upgrade our ties", "we decided to hold the next round in Accra": a speaker's "we" is both sides
# unless it acts on the other by name
_OURS = re.compile(r"\b(?:our|ours|joint|jointly|mutual|each\s+other|both|together|bilateral)\b", re.IGNORECASE)


def _any_state(text: str) -> bool:
    """A state named, by its name or its capital ("close the consulate in Lomé")."""
    return bool(_state_codes(text, capitals=True))


def _one_body_decision(ctx: Context, c: Clause) -> bool:
    if re.search(r"\b[Ww]e\b", c.subject) and not parties_named(c.subject) \
            and (_OURS.search(c.desc) or not _any_state(c.desc)):
        return False   # a speaker's "we" is one side only when it acts on the other by name ("sever relations with X")
    return c.trigger.name == "decided-to-clause" and not _DECIDING_GROUP.search(c.subject) \
        and len(parties_named(c.subject)) < 2 and not c.two_people and not _capital_pair(c.subject) \
        and not _BLOC.search(c.subject)


# "Venezuela called on Guyana to resume dialogue and leave aside its conduct", "urged Caracas to pay attention to the
# motion": a demand made in public on the other side is a stance in a dispute, not a step put on the table for both (a
# request, "asked him to help ...", stays).
def _public_demand(ctx: Context, c: Clause) -> bool:
    return c.trigger.name == "asked-for" and bool(re.match(r"(?:urged|pressed|called\s+on)\b", c.m.group()))


# "the Line of Control and Working Boundary will meet a befitting response", "talks between Vucic and Kurti will
# continue": "and <Name> will" reads two states' undertaking only when the name is a state's.
def _named_not_a_state(ctx: Context, c: Clause) -> bool:
    if c.trigger.name != "both-will" or not c.m.group()[:1].isupper() \
            or re.match(r"(?i:the|both|our|their|these)\b", c.m.group()):
        return False
    name = re.match(r"[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?", c.m.group()).group()
    countries = reference.countries()
    return not any(countries.code(w) for w in [name] + name.split())


# x25agprec, no-undertaking. A will-clause that nobody undertakes: one side's hope for what both will do ("Wei
# expressed his hope that the two militaries will expand joint training", "[Wei] hoped that South Korea and China would
# cooperate ..."), or the effect a thing will have ("the development of military cooperation between Azerbaijan and
# Georgia will ensure regional stability", "agreed that a strong defence partnership between them will augur well"):
# a hope or an expected effect, not a commitment (studied golds: 0 of 10 such effects and hopes recorded; "agreed that
# the early conduct of the exercise will pave the way" keeps its subject, read elsewhere). A deal's provision ("the
# agreement will enable Turkey to deploy troops") is no effect verb and stays.
_WILL_CLAUSES = ("both-will", "said-they-would")
_HOPE = re.compile(r"\b(?:hop(?:e|es|ed|ing)|wish(?:es|ed)?|desire|expectation)\s+(?:that\s+)?(?P<tail>[^.;:!?]*)$",
                   re.IGNORECASE)
# the clause's subject is a relation, a deal or a course of work, told with whom it is ("of/between A and B")
_THING_SUBJECT = re.compile(r"^[\s“\"]*(?:(?:the|a|an|this|that|these|their|our|such|its)\s+)?(?:[\w’'-]+\s+){0,5}?"
                            r"(?:cooperation|co-operation|collaboration|relations|relationship|ties|partnership|friendship|"
                            r"work|development|agreement|deal|pact|accord|treaty|memorandum|visit|exchanges|dialogue|"
                            r"alliance|integration)\b(?:\s+(?:of|between|among|with)\s+[^,;]{0,80}?)?\s*$", re.IGNORECASE)
_EFFECT = re.compile(r"^(?:(?:also|further|only|definitely|certainly|surely|greatly|not\s+only)\s+)*(?:help|contribute|"
                     r"ensure|serve|benefit|restore|promote|boost|pave|bring|augur|remain|develop|strengthen|enhance|deepen|"
                     r"improve|lead|give|usher|raise|mark)\b", re.IGNORECASE)
_WILL_SPLIT = re.compile(r"\s(?:will|would|shall|can|could)\s+(?=\S)")


def _clause_text(text: str) -> str:
    return text[_CLAUSE_OPEN.match(text).end():]


def _no_undertaking(ctx: Context, c: Clause) -> bool:
    if c.trigger.name in _WILL_CLAUSES:
        # the will-clause's subject: the sentence since its clause opened, with the trigger's words up to the modal
        head = re.split(r"\s(?:will|would|shall)\s", " " + c.m.group() + " ", maxsplit=1)[0]
        text = (c.subject + head).rstrip()
        hope = _HOPE.search(text[-200:])
        if hope is not None:
            hoper = text[-200:][:hope.start()]
            hoper = hoper[max(hoper.rfind("."), hoper.rfind(";")) + 1:]
            if not GROUP_SUBJECT.search(hoper) and not _BLOC.search(hoper):
                return True   # one side's hope, not a shared undertaking
        return bool(_THING_SUBJECT.match(_clause_text(text))) and bool(_EFFECT.match(c.desc))
    if c.trigger.status == "agreed" and c.m.group().rstrip().endswith("that"):
        parts = _WILL_SPLIT.split(" " + c.desc, maxsplit=1)
        return len(parts) == 2 and bool(_THING_SUBJECT.match(parts[0])) and bool(_EFFECT.match(parts[1]))
    return False


# Named rejections, applied in order; the first that holds drops the clause.
# Words first (what is said), then who says it (after parties are known).
WORD_VETOES: tuple[tuple[str, Callable[[Context, Clause], bool]], ...] = (
    ("negated", _negated),                       # "did not commit to a date", "agreed to disagree"
    ("signed-adjective", _signed_adjective),     # "the signed agreement": a deal already made, restated
    ("signed-not-an-instrument", _signed_not_an_instrument),  # "signed the bill into law", "signed the visitors' book"
    ("topic-not-proposal", _topic_not_proposal),  # "discussed cooperation on terrorism": a topic, not a proposal
    ("too-short-or-umbrella", _too_short),       # "a series of agreements": the items are the agreements
    ("reaffirmed-principle", _principle),        # "committed to the principles of sovereignty"
    ("noun-infinitive", _noun_infinitive),       # "an agreement to be signed next year": not a commitment to sign
    ("empty-object", _empty_object),             # "agreed to work together in other ways, too": no act named
    ("shared-view", _shared_view),               # "agreed that terrorism is a threat" shares a view
    ("deal-spirit", _deal_spirit),               # "the deal reflects the shared commitment of both to ...": its spirit
    ("vague-goal-discussed", _vague_goal),       # "discussed ways to further strengthen ties": a topic
    ("general-topic", _general_topic),           # "the talks focused on bilateral relations": no concrete step
    ("general-goal-discussed", _general_goal_discussed),  # "discussed greater cooperation between the two": no step
    ("itinerary", _itinerary),                   # "will participate in a meeting today": a meeting, not a deal
    ("future-agenda", _future_agenda),           # "the two sides will exchange views on regional issues": an agenda
    ("scheduled-meeting", _scheduled_meeting),   # "Kuwait and Iraq will hold a round of talks on Sunday": a schedule
    ("deal-content", _deal_content),             # "a pact signed in 2024, which pledged ...": what a deal says
    ("framework-idiom", _framework_idiom),       # "signed within the framework of the conference": a setting
    ("partner-not-a-state", _partner_not_a_state),  # "willing to work with the IMF": no second state
    ("proposal-alone", _proposal_alone),         # "called for the release of the crew": one side's demand
    ("public-demand", _public_demand),           # "called on Guyana to leave aside its conduct": a stance in a dispute
    ("named-not-a-state", _named_not_a_state),   # "the Working Boundary will meet a response": no state undertakes
    ("no-undertaking", _no_undertaking),         # "hoped the two would ...", "the cooperation will ensure stability"
)


ACTOR_VETOES: tuple[tuple[str, Callable[[Context, Clause], bool]], ...] = (
    ("one-state-stance", _one_state_stance),     # "Somalia was committed to ...": a stance, not a commitment
    ("one-side-agenda", _one_side_agenda),       # one side's talking points are not talks between two sides
    ("one-side-willing", _one_side_willing),     # "China is willing to work with Laos to ...": one side's readiness
    ("unilateral-measure", _unilateral),         # one state's own measure; its promise to another state passes
    ("one-body-decision", _one_body_decision),   # "Islamabad has decided to recall its ambassador": one side decides
)


def _capital_pair(subject: str) -> bool:
    """"Manila and Hanoi had discussed": two capitals joined as a subject stand for their states."""
    m = re.search(r"\b([A-Z][a-z]+)\s+and\s+([A-Z][a-z]+)\s+(?:have\s+|has\s+|had\s+)?$", subject)
    capitals = reference.countries().capitals
    return bool(m) and m.group(1) in capitals and m.group(2) in capitals


def parties_named(subject: str) -> list[str]:
    return _state_codes(subject, capitals=False)  # a capital in the subject is mostly a place ("on her return to Ottawa")


def states_in(text: str) -> list[str]:
    """The states a text names, by name, adjective or capital ("hosted by Kazakhstan's foreign minister")."""
    return _state_codes(text, capitals=True)


# `state-in-a-name`: "Agence France-Presse" (an agency, not France); a hyphened pair stays both ("the Israel-Hamas
# ceasefire", "China-Africa cooperation"), so only the agencies' own word is read.
_IN_A_NAME = re.compile(r"-Presse?\b")


def _state_codes(text: str, *, capitals: bool) -> list[str]:
    """The states a text names, in order, once each; by their capitals too when ``capitals``."""
    countries = reference.countries()
    codes = []
    for m in countries.pattern.finditer(text):
        word = re.sub(r"['’]s$", "", m.group())
        if not capitals and word in countries.capitals and word not in countries.names:
            continue
        if _IN_A_NAME.match(text, m.end()):
            continue  # `state-in-a-name`
        code = countries.mention_code(word)
        if code and code not in codes:
            codes.append(code)
    return codes


# -- descriptions that name no content (issue 8, bank census) ---------------------------------------------------------
# A description left when its clause was cut holds nothing the agreement is about: "agreement on April 2007", "agreed
# a few days ago", "principal agreement was reached on", "and Lal-lo Airport in Cagayan", "publicly available
# agreement". What is left after dates, places, determiners, pronouns, participles and adjectives of appraisal is
# nothing. A bare instrument ("a memorandum of understanding", "two documents") or a named one ("the Geneva
# Agreement", "the SMDA") is content: what was signed is the instrument itself.
_FUNCTION_WORDS = frozenset(
    "a an the this that these those it its they them their his her our we us he she which who whom what whose "
    "on of in at by with to for from and or but nor as so than then there here between among amongst after before "
    "during since until till into onto over under upon through about around across along via per within without "
    "against towards toward is was were be been being are am has have had will would shall should can could may "
    "might must do does did not no also already just only even still yet very too more most much other such same "
    "both either neither each every all any some few several many one two three four five six seven eight nine ten "
    "dozen dozens last next earlier later ago today yesterday tomorrow now recently year years month months week weeks "
    "day days time times morning evening night weekend jan feb mar apr may jun jul aug sep sept oct nov dec "
    "january february march april june july august september october november december monday tuesday wednesday "
    "thursday friday saturday sunday".split())
# adjectives of appraisal or time that say nothing of what was agreed
_APPRAISAL = frozenset("available public publicly recent new landmark historic historical controversial final principal "
                       "previous former latest existing current earlier later first second third important major key "
                       "significant formal full broad general so-called said relevant respective".split())
# the setting of a signing, not its object: "this at a meeting held in Hanoi", "on the sidelines of the summit"
_SETTING = frozenset("meeting meetings visit visits talks summit session sidelines ceremony occasion conference event".split())
# carrying out what was already agreed names nothing new: "implementing agreements reached", "review the accords"
_CARRY_OUT = frozenset("implement implementing implementation implemented review reviewing reviewed".split())
# who signed or where, not what: "during the Sultan's recent visit", "witnessed by the Prime Minister"
_TITLES = frozenset("president presidents prime minister ministers king queen emir sultan crown prince chancellor "
                    "secretary premier foreign defence defense".split())
_IRREGULAR_PARTICIPLES = frozenset("held made signed reached witnessed known done brought set seen taken given written "
                                   "struck sealed inked agreed drawn sworn undertaken met put".split())
_INSTRUMENT_WORDS = frozenset("agreement agreements accord accords treaty treaties pact pacts deal deals memorandum "
                              "memoranda memorandums understanding mou mous protocol protocols arrangement arrangements "
                              "document documents instrument instruments declaration declarations charter".split())
# every word that says nothing of what was agreed, one set for the per-word test
_NO_CONTENT = _FUNCTION_WORDS | _APPRAISAL | _SETTING | _CARRY_OUT | _TITLES | _IRREGULAR_PARTICIPLES | _INSTRUMENT_WORDS
_BARE_NP = re.compile(r"^(?:(?:an?|the|two|three|four|five|several|\d+|new|landmark|historic|bilateral)\s+)*"
                      r"(?:agreements?|accords?|treaty|treaties|pacts?|deals?|memorand(?:um|a|ums)(?:\s+of\s+understanding)?|"
                      r"documents?|instruments?|protocols?|arrangements?)(?:\s+\([A-Za-z]+\))?$", re.IGNORECASE)


def _place_or_time(word: str) -> bool:
    countries = reference.countries()
    w = re.sub(r"['’]s$", "", word)
    return bool(countries.code(w)) or w.lower().rstrip(".") in _FUNCTION_WORDS


def names_no_content(desc: str, instrument: bool = False) -> bool:
    """A description whose every word is a date, a place, a function word, a participle or an adjective of appraisal
    (besides any instrument noun), and which is not a bare or named instrument. For an agreement signed or expected
    (``instrument``) an instrument noun is content: the instrument is what was or will be signed ("signed a Memorandum
    of Understanding in Hanoi", "a treaty in 2027", "a more detailed agreement will be reached in March")."""
    text = desc.strip(" .,;:\"'“”‘’")
    if not text or _BARE_NP.match(text):
        return False
    words = re.findall(r"[A-Za-z][\w'’.-]*", text)
    for i, word in enumerate(words):
        w = re.sub(r"['’]s$", "", word.lower().rstrip("."))
        if w in _INSTRUMENT_WORDS and instrument:
            return False
        if w in _NO_CONTENT:
            continue
        if word[:1].isupper():
            if word.isupper() and len(word) >= 2 or not _place_or_time(word) \
                    or i + 1 < len(words) and words[i + 1].lower() in _INSTRUMENT_WORDS:
                return False   # an acronym, a name that is no state nor date, or a place naming its instrument ("the Doha agreement")
            continue
        if w.endswith("ly") or (w.endswith("ed") and len(w) > 4 and w not in ("need", "speed", "creed")):
            continue
        return False
    return True


# -- a reference instead of the instrument (x19agrref) ----------------------------------------------------------------
# "two agreements between India and UK", "the relevant document", "a memorandum of understanding", "Memorandum of
# Agreement", "six new deals signed between A and B": the words name an instrument and nothing it is about. A year
# ("the MOU first signed in 2009"), "another", or any other name ("the Ankara Declaration", "Charter of X") names one
# instrument of its own.
_OF_INSTRUMENT = frozenset("understanding intent agreement arrangement cooperation".split()) - {"cooperation"}
_OTHER_ONE = re.compile(r"\b(?:another|other|second|separate|(?:19|20)\d\d)\b", re.IGNORECASE)


_PLACE_NAMED = re.compile(r"\b(?!(?:The|This|That|A|An|New|Memorandum|Letters?|Such)\b)[A-Z][a-z]+\s+(?i:agreement|accord|"
                          r"treaty|pact|declaration|protocol|charter|convention)")
_REFERENCE_WORDS = _FUNCTION_WORDS | _APPRAISAL | _SETTING | _IRREGULAR_PARTICIPLES | _INSTRUMENT_WORDS | _OF_INSTRUMENT \
    | frozenset("relevant such numerous respective communiqué communique communiqués communiques legal".split())


def names_only_instrument(desc: str) -> bool:
    """A description whose only content is an instrument noun: every other word is a determiner, a count, an
    appraisal, a date, a state or a place (a reference to an instrument, not its name or subject matter)."""
    text = desc.strip(" .,;:\"'“”‘’")
    if not text or _OTHER_ONE.search(text) or not (NOUN.search(text) or re.search(r"(?i)\b(?:documents?|instruments?)\b", text)):
        return False
    if _PLACE_NAMED.search(text):
        return False   # "the Ankara Declaration", "the Doha agreement": a place names its instrument
    text = reference.countries().pattern.sub(" ", text)   # the states (and capitals) it names are no content
    for word in re.findall(r"[A-Za-z][\w'’.-]*", text):
        w = re.sub(r"['’]s$", "", word.lower().rstrip("."))
        if w in _REFERENCE_WORDS or w.endswith("ly") or w == "signing":
            continue
        return False   # a word of content, or a name of its own ("Ankara Declaration", an acronym)
    return True


# -- an instrument named by a pointer back (x24agprec) -----------------------------------------------------------------
# "the aforementioned cooperation agreement was signed by ...", "we signed a memorandum of understanding (MOU) on that
# cooperation", "signed a cooperation agreement in this sector", "The agreement was signed within the framework of ...",
# "the agreements reached at our talks in Moscow": the words point at an instrument or a field the report named
# already; they say nothing of what it is about (blind audit24b items 6, 107, 165, 202; audit24a 15). The studied golds
# hold no such description (0 of 535). A word of content besides ("the aforementioned agreement on cadet exchanges")
# keeps it.
_POINTER_HEAD = re.compile(r"^(?:(?:the|this|that|these|those)\s+)?(?:aforementioned|afore-mentioned|above-?mentioned|"
                           r"aforesaid)\s+|"
                           # "the terms of the agreement signed with Ethiopia": the parts of the one named already
                           r"^(?:the\s+)?(?:terms|text|details|provisions)\s+of\s+(?=(?:the|this|that|these|those)\s)",
                           re.IGNORECASE)
_POINTER_TAIL = re.compile(r"\s+(?:(?:in|on|for)\s+(?:this|that|these|those)\s+(?:sector|field|area|regard|domain|sphere|"
                           r"cooperation|co-operation|matter|respect)s?|(?:reached|signed|concluded|agreed)\s+(?:at|during|in)\s+"
                           r"(?:our|the|their)\s+(?:talks|meetings?|visits?|summits?|negotiations)\b.*)"
                           r"(?:\s+(?:today|yesterday|(?:on\s+)?\w+day))?$", re.IGNORECASE)
BARE_DEFINITE = re.compile(r"^(?:the|this|that|these|those)\s+(?:agreements?|deals?|accords?|pacts?|treat(?:y|ies)|"
                            r"memorand(?:um|a|ums)(?:\s+of\s+understanding)?|MoUs?|MOUs?|protocols?|documents?)$", re.IGNORECASE)
_GENERIC_COOPERATION = re.compile(r"\b(?:cooperation|co-operation|bilateral)\b", re.IGNORECASE)


def points_back(desc: str) -> bool:
    """An instrument whose description is only a pointer back: a pointing adjective before it, a pointing phrase after
    it, or a bare definite noun; besides the pointer it names nothing but the instrument ("cooperation" counts as
    nothing)."""
    text = desc.strip(" .,;:\"'“”‘’")
    if BARE_DEFINITE.match(text):
        return True
    core = _POINTER_TAIL.sub("", _POINTER_HEAD.sub("", text))
    if core == text:
        return False
    core = " ".join(_GENERIC_COOPERATION.sub(" ", core).split())
    return bool(NOUN.search(core)) and names_only_instrument(core)
