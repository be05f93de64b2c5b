"""Agreements and commitments between states: what, between whom, how far along; one record per agreement."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.extract import dates as dates_mod
from kg.extract import reference
from kg.extract.context import Context
from kg.extract.model import Agreement, Event
from kg.extract.sentences import Sentence

_DAY = r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday))?"
_TRIGGERS = [
    ("expected", re.compile(r"\b(?:to|will|would|could|may|might)\s+sign\s+(?:an?\s+|the\s+)?")),
    # "A separate accord on X is expected to be signed": the agreement is the subject, before the verb.
    ("expected", re.compile(r"\b(?:is|are|was|were)\s+(?:expected|likely|due|set|scheduled|planned)\s+to\s+be\s+"
                            r"(?:signed|finali[sz]ed|established|concluded|set up|agreed|approved)\b")),
    ("signed", re.compile(r"\b(?:signed|inked|ratified|signing of)\s+(?:an?\s+|the\s+)?|"
                          r"\bexchanged\s+(?=(?:\w+\s+){0,2}(?:agreements|MoUs|MOUs|memoranda|instruments)\b)|"
                          r"\bconcluded\s+(?=(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}(?:agreement|deal|pact|accord|treaty)\b)")),
    # "reached an agreement on Tuesday to share data", "struck a deal on the joint purchase of shells".
    ("agreed", re.compile(r"\b(?:reached|struck|clinched|sealed)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}(?:agreement|deal|accord|"
                          r"understanding|consensus)(?:\s+on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?"
                          r"\s+(?:on|to|over|for)\s+(?:the\s+)?")),
    ("agreed", re.compile(rf"\b(?:have\s+|has\s+|had\s+)?(?:agreed|agree|agreeing){_DAY}\s+(?:in\s+principle\s+)?(?:to|on|upon|that)\s+|\bdecided{_DAY}\s+to\s+|\bagreement\s+to\s+|"
                          r"\b(?:it\s+was|it\s+has\s+been)\s+agreed\s+(?:that\s+)?")),
    ("committed", re.compile(r"\b(?:committed|commit|pledged|vowed|undertook|resolved|promised)" + _DAY + r"\s+to\s+|"
                             r"\b(?:said|say|says)\s+(?:that\s+)?(?:they|both sides|both countries|the two (?:sides|countries))\s+(?:would|will)\s+|"
                             r"\boutlined\s+(?:cooperation|plans|measures|steps)\s+to\s+|"
                             r"\b(?:the two|both)\s+(?:countries|sides|nations|governments|armies|militaries|navies|forces|police forces)\s+"
                             r"(?:will|would|shall)\s+(?:also\s+)?(?!be\b|have\b)|"
                             r"(?<=\band\s)[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?\s+(?:will|would|shall)\s+(?:also\s+)?(?!be\b|have\b|sign\b)")),
    # "the dialogue focused on opening channels for ...": a concrete step talked about (not "strengthening ties").
    ("discussed", re.compile(r"\b(?:talks|dialogue|discussions|meeting|engagement)\s+(?:also\s+)?(?:focused|focussed|centred|centered)\s+on\s+"
                             r"(?!(?:strengthening|enhancing|deepening|improving|boosting|advancing|expanding|building|"
                             r"reviewing|discussing|addressing|bolstering|furthering|promoting|resetting|rebuilding)\b)(?=\w+ing\b)")),
    ("discussed", re.compile(r"\bdeliberated\s+to\s+|\bdiscussed\s+(?:ways|the possibility|a proposal|plans)\s+(?:to|of|for)\s+")),
    # "The two sides also discussed a faster system for ...": a concrete proposal talked over by both sides
    # (a general topic, "discussed cooperation on terrorism", is not one; see _TOPIC).
    # "discussed, but did not settle, a dispute over ...": talked over without a result is still discussed.
    ("discussed", re.compile(r"\bdiscussed(?:,\s+(?:but\s+(?:did\s+not|failed\s+to)|without)\s+\w+,)?\s+"
                             r"(?!(?:ways|the possibility|a proposal|plans)\s+(?:to|of|for)\s)(?:the\s+)?")),
    # "Under the MoU, the two countries will set up ...": commitments made under an umbrella deal.
    ("committed", re.compile(r"^Under\s+(?:it|(?:the|this|that|their)\s+[^,]{2,60}),\s+(?:[\w'’()-]+\s+){1,12}?(?:will|would|shall)\s+"
                             r"(?:also\s+)?(?!be\s)|"
                             # "Under it, a direct hotline will be activated": the subject is what is committed to
                             r"^Under\s+(?:it|(?:the|this|that|their)\s+[^,]{2,60}),\s+(?=(?:an?|the)\s+[^,]{3,60}?\s+(?:will|would|shall)\s+be\s+\w+ed\b)")),
    # "It creates a joint cell in X and commits both countries to Y": what a signed deal sets up and binds them to.
    ("committed", re.compile(r"^(?:It|The\s+(?:deal|agreement|accord|pact|memorandum|protocol|framework))\s+(?:also\s+)?"
                             r"(?:creates|establishes|sets up)\s+(?:an?\s+|the\s+)?|"
                             r"\bcommits\s+(?:both|the two)\s+(?:countries|sides|governments|states)\s+to\s+")),
    ("agreed", re.compile(r"\b(?:agreement|deal|pact|accord)\s+(?:also\s+)?(?:includes|covers|provides for)\s+")),
    ("agreed", re.compile(r"\b(?:we|they|both sides|the two sides|the two countries|both countries)\s+(?:have\s+)?(?:established|set up|created|launched)\s+")),
]
_MECHANISM = re.compile(r"\b(?:ongoing|regular|annual|existing|institutionali[sz]ed)\s+((?:[A-Z][\w-]*\s+(?:and\s+)?){1,6}"
                        r"(?:Dialogue|Mechanism|Framework|Partnership|Initiative|Consultations|Working Group|Task Force))")
_PASSIVE_SIGNED = re.compile(r"\b(?:deal|agreement|pact|accord|treaty)\b[^.]{0,40}?\b(?:was|were|has been|had been|have been)\s+"
                             r"(?:signed|ratified|inked|finali[sz]ed)\b")
_FUTURE = re.compile(r"\b(?:expected to|likely to|set to|will|plans? to|to sign|would sign)\s+(?:\w+\s+){0,2}$")
_CUT = re.compile(r"\s*(?:;|,\s+(?:the\s+|a\s+|an\s+)?[\w’' ()-]{0,80}?\b(?:said|says|noted|added|stated|told)\b|,\s+according\b|,\s+with\b|\s+when\b|"
                  r"\s+so that\b|\s+and\s+(?:commits|creates|establishes|obliges)\b|\s+during\b|\s+after\b|\s+following\b|,\s+which\b|,\s+while\b|,\s+as part of\b|\s+as per\b|:|\s+•|"
                  r"\s+(?:and\s+)?(?:agreed|decided|committed|deliberated|welcomed|discussed)\b|,?\s+and\s+(?:also\s+)?(?:signed|struck|"
                  r"reached|pledged|vowed|clinched)\b|,\s+but\b|,\s+and\s+(?:an?|the)\s+|"
                  r"[.?!](?:\s|$)|[”\"]\s*$)")
_PRINCIPLE = re.compile(r"^(?:the\s+|their\s+|a\s+)?(?:principles?|values|ideals|rule of law|sovereignty|territorial integrity|"
                        r"international law|peace|stability|rules-based|democracy|democratic values|multilateralism|"
                        r"respect for|shared values|the UN Charter|one India)\b", re.IGNORECASE)
_MODAL = re.compile(r"\b(?:will|would|shall|should|must|is to|are to|can)\b")
_UMBRELLA = re.compile(r"^(?:a|the)\s+(?:series|range|number|host|slew|raft|set)\s+of\s+", re.IGNORECASE)
_BARE = re.compile(r"^(?:a\s+|an\s+|the\s+)?(?:landmark\s+|historic\s+|new\s+)?(?:deal|agreement|pact|accord|agreements|deals)\b")
_COOPERATIVE = re.compile(r"\b(?:cooperation|co-operation|bilateral|joint|each other|both|together|mutual|collaborat\w*|"
                          r"partnership|liaison|dialogue|counterparts?)\b", re.IGNORECASE)
_GROUP_SUBJECT = re.compile(r"\b(?:both|two|they|we|sides|countries|ministers|leaders|nsas|governments|counterparts?|"
                            r"delegations|negotiators)\b",
                            re.IGNORECASE)
_INCLUDES = re.compile(r"\b(?:agreement|deal|pact|accord)\s+(?:also\s+)?(?:includes|covers|provides for)\b")
_ANAPHOR = re.compile(r"^(?:The|This|That|Under the|Under this)\s+(?:\w+\s+)?(?:agreement|deal|pact|accord)\b")
_BULLET_INTRO = re.compile(r"\b(?:steps|measures|plans|initiatives|outcomes|commitments|agreements|decisions|deliverables)\b"
                           r"[^•]{0,80}?\b(?:include|includes|including|included)\s*:?\s*$", re.IGNORECASE)
_BULLET_END = re.compile(r"\s+(?=(?:These|This|The|They|It|Both|In|As)\s)")
_STOP = set("a an the to of and or in on for with by at from as that this these those their its our we they both each "
            "other there will be would can is are was were have has had so which who also more further between two sides "
            "countries side country".split())
STATUS_RANK = {"signed": 0, "agreed": 1, "committed": 2, "expected": 3, "discussed": 4}


@dataclass
class _Draft:
    description: str
    status: str
    parties: list[str]
    sentence: Sentence
    evidence: list[Sentence] = field(default_factory=list)
    date: dates_mod.DateMention | None = None
    bare: bool = False     # described by its whole sentence ("X and Y signed a pact on Tuesday ...")


def _stems(text: str, n: int) -> set[str]:
    words = [w.lower() for w in re.findall(r"[A-Za-z][\w-]+", text)]
    content = [w for w in words if w not in _STOP][:n]
    return {w[:5] for w in content}


def _same(a: str, b: str) -> bool:
    """Same agreement: its opening content words mostly agree (the rest of a report's wording varies)."""
    for n, threshold in ((3, 0.6), (6, 0.55)):
        sa, sb = _stems(a, n), _stems(b, n)
        if sa and sb and len(sa & sb) / min(len(sa), len(sb)) >= threshold:
            return True
    return False


def _description(rest: str) -> str:
    cut = _CUT.search(rest)
    text = rest[:cut.start()] if cut else rest
    words = text.split()
    if len(words) > 30:
        text = " ".join(words[:30])
    return text.strip(" ,.“”\"'‘’").replace("“", "").replace("”", "")


_NEGATED = re.compile(r"\b(?:not|never|no|n['’]t|refused to|declined to|failed to)\s+(?:\w+\s+)?$", re.IGNORECASE)
# What follows a verb whose object came before it: "signed in 2024", "signed last year".
_ADVERBIAL = re.compile(r"^(?:in|on|at|last|earlier|this|by|during|\d)\b", re.IGNORECASE)
_AGREEMENT_NOUN = r"(?:agreement|accord|treaty|pact|memorandum|deal|protocol|convention|MoU|MOU|arrangement|commission|mechanism)"
_OBJECT_BEFORE_SUBJECT = re.compile(
    rf"(?P<np>(?:[\w'’-]+\s+){{0,6}}?(?i:{_AGREEMENT_NOUN})(?:\s+(?:of|on)\s+understanding)?(?:\s+\([A-Z]+\))?)\s+(?:that\s+|which\s+)?"
    r"(?P<subj>(?:the\s+two\s+\w+|both\s+\w+|they|[A-Z][\w-]+(?:,\s+[A-Z][\w-]+)*(?:,?\s+and\s+[A-Z][\w-]+)?))"
    r"\s+(?:had\s+|have\s+|has\s+)?$")
_SUBJECT_NP = re.compile(r"(?:^|;\s+|,\s+(?:and\s+)?|\band\s+)(?P<np>(?:an?|the)\s+[^,;]{3,160}?)\s+$", re.IGNORECASE)
# A discussed item that is a general topic or points back at something already reported is not a proposal.
_TOPIC = re.compile(r"^(?:cooperation|co-operation|ways|issues?|matters|the situation|situation|ties|relations|"
                    r"bilateral|regional|developments|progress|areas|security|trade|the plan|plan|the deal|the matter|"
                    r"the issue|it|them|this|that|these|those|details|steps|measures|the (?:agreement|proposal|idea))\b",
                    re.IGNORECASE)


_DEFINITE = re.compile(r"^(?:document|deal|accord|agreement|pact|memorandum|MoU|MOU|letter|protocol|treaty)\b")
_NAMED = re.compile(r"^(?:[A-Z][\w-]*\s+(?:(?:and|of|on|for)\s+)?){1,7}(?:Agreement|Accord|Treaty|Pact|Memorandum|Protocol|"
                    r"Convention|Arrangement)\b")
_IN_FORCE = re.compile(r"(?P<name>(?:[A-Z][\w-]*\s+(?:(?:and|of|on|for)\s+)?){1,7}(?:Agreement|Accord|Treaty|Pact|Protocol|"
                       r"Convention)(?:\s+\([A-Z]+\))?),?\s+(?:which\s+|that\s+)?(?:took effect|entered into force|came into force|"
                       r"(?:has been|is) in force)\b")
_PURPOSE = re.compile(r"^(?:an?\s+|the\s+)?(?:\w+\s+){0,2}(?:deal|agreement|pact|accord)\s+(?:on\s+[A-Z]\w+\s+)?to\s+[a-z]+\s+\w+")
_BACK_DEAL = re.compile(r"\b(?:deal|agreement|accord|pact)\s+on\s+the\s+(?P<what>[\w-]+(?:\s+[\w-]+)?)\s+(?:was|is|were|are)\s+"
                        r"(?:expected|likely|due)\b")
# "Talks on reopening the posts are expected to produce an agreement": what the expected agreement is about.
_TALKS_TOWARD = re.compile(r"\b(?:Talks|talks|Negotiations|negotiations)\s+on\s+(?P<what>\w+ing\s+[^,;]{3,100}?)\s+(?:are|is|were|was)\s+"
                           r"(?:expected|likely|set)\s+to\s+(?:produce|yield|lead to|result in)\s+(?:an?\s+)?(?:agreement|deal|accord)")
_BLOC = re.compile(r"\b(?:European Union|EU|African Union|ASEAN|Mercosur)\b")


def _object_before(subject: str) -> tuple[str, str] | None:
    """(the agreement's words, the clause's actor) when the object precedes the verb; None if no such phrase."""
    rel = _OBJECT_BEFORE_SUBJECT.search(subject)
    if rel and re.search(rf"(?i:{_AGREEMENT_NOUN})", rel.group("np")):
        np = re.sub(r"^(?:.*\b(?:under|on|of|from|in|with|to)\s+)?(?:an?\s+|the\s+)", "", rel.group("np"), flags=re.IGNORECASE)
        return np.strip(), rel.group("subj")
    passive = _SUBJECT_NP.search(subject)
    if passive:
        np = re.sub(r"^(?:an?|the)\s+(?:separate\s+|new\s+)?", "", passive.group("np"), flags=re.IGNORECASE)
        return np.strip(" ,"), subject[:passive.start("np")]
    return None


# What a proposal looks like: "a faster system", "the possible transfer", "tighter controls", "sharing data",
# "requests for the extradition" (not "the war in Ukraine" or "regional security").
_PROPOSAL = re.compile(r"^(?:(?:a|an)\s+|(?:the\s+)?(?:possible|proposed|potential|planned|draft|new)\b|(?!(?:other|under|over|after|further|border|water|power)\s)\w+er\s|\w+ing\s|"
                       r"(?:[A-Z][\w'’]+\s+)?(?:requests?|proposals?|plans?|demands?)\s+(?:for|to)\b)")


def _discussed_proposal(rest: str, desc: str) -> bool:
    rest = rest.strip(" \"“")
    return not _TOPIC.match(rest) and not _TOPIC.match(desc) and len(desc.split()) >= 2 and bool(_PROPOSAL.match(rest))


def _parties(ctx: Context, s: Sentence, subject: str) -> list[str] | None:
    """Countries bound: those named together as subject, else the article's two states; None if unilateral."""
    codes = _parties_named(subject)
    if len(codes) >= 2:
        return codes
    main = ctx.main_countries()
    if len(codes) == 1 and not _GROUP_SUBJECT.search(subject):
        return [codes[0]] + [c for c in main if c != codes[0]][:1] if len(main) > 1 else codes
    return list(main)


def find(ctx: Context, events: list[Event]) -> list[Agreement]:
    drafts: list[_Draft] = []
    for s, offset in ctx.body():
        text = s.text
        found: list[_Draft] = []
        for status, pattern in _TRIGGERS:
            for m in pattern.finditer(text, offset):
                rest = text[m.end():]
                desc = _description(rest)
                subject = text[offset:m.start()]
                actor = subject + " " + m.group()
                if _NEGATED.search(subject[-40:]) or rest.startswith("disagree"):  # "agreed to disagree"
                    continue  # "Dobrindt did not commit to a date", "made no commitments"
                backward = m.group().startswith(("is ", "are ", "was ", "were ")) or \
                    status == "signed" and _ADVERBIAL.match(desc) is not None
                if backward:
                    # The agreement is named before its verb: "an accord on X is expected to be signed",
                    # "the Defence Cooperation Agreement the two countries signed in 2024".
                    np = _object_before(subject)
                    if np is None:
                        continue
                    desc, subject = np
                    desc = re.sub(r"\s+(?:was|were|is|are|has been|had been|have been)$", "", desc)  # "framework was"
                    actor = subject + " " + m.group()
                plain = re.sub(r",[^,]*,", "", m.group())  # "discussed, but did not settle, " is "discussed "
                if status == "discussed" and re.fullmatch(r"discussed\s+(?:the\s+)?", plain) \
                        and not _discussed_proposal(rest, desc):
                    continue
                if len(desc.split()) < 2 or _UMBRELLA.match(desc):
                    continue
                if status != "signed" and _PRINCIPLE.match(desc):
                    continue  # "committed to the principles of sovereignty": a reaffirmation, not an agreement
                if m.group().rstrip().endswith("that") and not _MODAL.search(" ".join(desc.split()[:10])):
                    continue  # "agreed that terrorism is a threat" shares a view; "agreed that X would ..." binds
                bare = False
                if status == "signed" and (m.group().endswith("the ") and _DEFINITE.match(desc)
                                           or re.match(r"(?:it|them)\b", desc)):
                    # "... signed the document in Tunis": the agreement already reported, signed again in words.
                    earlier = [x for x in drafts + found if x.status == "signed"]
                    if earlier and s not in earlier[-1].evidence:
                        earlier[-1].evidence.append(s)
                    continue
                if _BARE.match(desc) and not _LIST_HEAD.match(desc) and not backward:
                    # "signed an agreement on Tuesday to tighten border security": the purpose describes it;
                    # a bare "signed a deal" takes its whole sentence.
                    if not _PURPOSE.match(desc):
                        desc = text[offset:].strip()
                    bare = True
                if status == "signed" and _FUTURE.search(text, max(0, m.start() - 60), m.start()):
                    status_here = "expected"
                else:
                    status_here = status
                if status_here in ("agreed", "committed") and re.search(r"\b(?:expected|likely)\s+to\s+$", subject[-40:]):
                    status_here = "expected"
                parties = _parties(ctx, s, actor)
                two_people = len({m.key for m in ctx.persons_in(s.start + offset, s.start + m.start())}) >= 2
                single = len(_parties_named(subject)) == 1 and not _GROUP_SUBJECT.search(actor) and not two_people \
                    and not _BLOC.search(subject)
                if single and re.search(r"\b(?:is|was|are|were|remains|remained)\s+[“\"]?\s*(?:\w+\s+)?committed\s+to\s+$", actor):
                    continue  # "Somalia was committed to ...": one state's stance, not a commitment to the other
                general = status == "discussed" and re.fullmatch(r"discussed\s+(?:the\s+)?", plain) is not None
                if general and not (_GROUP_SUBJECT.search(actor) or two_people or _capital_pair(subject)
                                                  or len(_parties_named(subject)) >= 2):
                    continue  # talks between the two sides, not one side's agenda
                own = _parties_named(subject)
                to_other = any(c not in own for c in _parties_named(desc) if c in ctx.main_countries()) \
                    or not _parties_named(desc)
                if single and (m.group().strip().startswith("decided") or not _COOPERATIVE.search(desc) and
                               (status_here != "committed" or not to_other)):
                    continue  # one state's own measure is not an agreement; its promise to another state is
                for part in _parts(desc):
                    found.append(_Draft(description=part, status=status_here, parties=parties or [], sentence=s,
                                        evidence=[s], bare=bare))
        passive = _PASSIVE_SIGNED.search(text)
        if passive and not found:
            found.append(_Draft(description=text[offset:].strip(" ."), status="signed", parties=ctx.main_countries(),
                                sentence=s, evidence=[s]))
        for m in _TALKS_TOWARD.finditer(text):
            found.append(_Draft(description=m.group("what"), status="expected", parties=ctx.main_countries(),
                                sentence=s, evidence=[s]))
        for m in _MECHANISM.finditer(text):
            found.append(_Draft(description=m.group(1).strip(), status="committed", parties=ctx.main_countries(),
                                sentence=s, evidence=[s]))
        found += _bullets(ctx, s)
        if _ANAPHOR.match(text) and drafts and not (text.startswith("Under") and found) and not any(f.status == "agreed" and re.match(r"(?:public|joint|\w+ing\b)", f.description) for f in found if _INCLUDES.search(text)):
            # "The agreement is the first time that France has agreed ...": more about the deal already found.
            if not _INCLUDES.search(text):
                drafts[-1].evidence.append(s)
                found = []
        for m in _BACK_DEAL.finditer(text):
            # "... discussed the possible transfer of destroyers. A deal on the destroyers was expected by December":
            # the deal talked about is now expected.
            what = m.group("what").lower()
            earlier = [d for d in drafts if re.search(rf"\b{re.escape(what)}\b", d.description.lower())]
            if earlier and STATUS_RANK["expected"] < STATUS_RANK[earlier[-1].status]:
                earlier[-1].status = "expected"
            if earlier and s not in earlier[-1].evidence:
                earlier[-1].evidence.append(s)
        for m in _IN_FORCE.finditer(text):
            # "builds on the Reciprocal Access Agreement (RAA), which took effect last year": an earlier pact in force.
            found.append(_Draft(description=m.group("name").strip(), status="signed", parties=ctx.main_countries(),
                                sentence=s, evidence=[s]))
        for new in found:
            new.date = next((dm for dm in dates_mod.find(new.description, published=ctx.doc.published) if dm.date), None)
            if new.date and new.status == "expected" and ctx.doc.published and new.date.date < ctx.doc.published \
                    and not re.search(r"(?:19|20)\d\d", new.date.text):
                try:  # a signing still to come is dated ahead of publication
                    new.date = dates_mod.DateMention(start=new.date.start, end=new.date.end, text=new.date.text,
                                                     date=new.date.date.replace(year=new.date.date.year + 1))
                except ValueError:
                    pass
            _merge(drafts, new)
    out = []
    for d in drafts:
        topics = []
        for m in reference.threat_pattern().finditer(d.description):
            concept = reference.threat_rows()[m.lastindex - 1][0]
            if concept not in topics:
                topics.append(concept)
        event_index = next((i for i, e in enumerate(events)
                            if any(sp.start == d.sentence.start for sp in e.support.evidence)), None)
        out.append(Agreement(description=d.description, status=d.status, parties=d.parties, topics=topics,
                             date=d.date.date if d.date else None, event_index=event_index,
                             support=ctx.support(d.evidence, rule=f"agreement-{d.status}", confidence=0.75)))
    return out


_LIST_HEAD = re.compile(r"^(?P<head>(?:[\w-]+\s+){0,3}(?:agreements|deals|pacts|accords|memoranda|memorandums(?:\s+of\s+understanding)?|"
                        r"MoUs|MOUs)(?:\s+\([A-Za-z]+\))?)\s+(?:covering|on|in|related to|for|in areas such as|"
                        r"in the (?:areas|fields) of)\s+(?P<items>.+)$", re.IGNORECASE)


def _parts(desc: str) -> list[str]:
    """Several agreements in one breath: "A, as well as B"; "that A and that B"; "agreements covering A, B and C"."""
    parts = []
    for part in re.split(r",?\s+as well as\s+|,?\s+and\s+that\s+", desc):
        listed = _LIST_HEAD.match(part)
        if listed:
            items = re.split(r",\s*(?:and\s+)?|\s+and\s+", listed.group("items"))
            parts += [f"agreement on {item.strip()}" for item in items if item.strip()]
        elif len(part.split()) >= 2:
            parts.append(part)
    return parts


def _capital_pair(subject: str) -> bool:
    """"Manila and Hanoi had discussed": two capitals joined as a subject stand for their states."""
    m = re.search(r"\b([A-Z][a-z]+)\s+and\s+([A-Z][a-z]+)\s+(?:have\s+|has\s+|had\s+)?$", subject)
    capitals = reference.countries().capitals
    return bool(m) and m.group(1) in capitals and m.group(2) in capitals


def _parties_named(subject: str) -> list[str]:
    countries = reference.countries()
    codes = []
    for m in countries.pattern.finditer(subject):
        word = re.sub(r"['’]s$", "", m.group())
        if word in countries.capitals and word not in countries.names:
            continue  # a capital in the subject is mostly a place ("on her return to Ottawa")
        code = countries.code(word)
        if code and code not in codes:
            codes.append(code)
    return codes


def _bullets(ctx: Context, s: Sentence) -> list[_Draft]:
    """"Steps taken include: • Reinstating High Commissioners • Advancing security cooperation": one per item."""
    parts = s.text.split("•")
    if len(parts) < 2 or not _BULLET_INTRO.search(parts[0]):
        return []
    out = []
    for item in parts[1:]:
        item = _BULLET_END.split(item.strip(), maxsplit=1)[0] if _BULLET_END.search(item) else item.strip()
        item = item.strip(" ,;.")
        if len(item.split()) < 2 or re.search(r"\[(?:\.\.\.|…)\]$", item) and len(item.split()) < 4:
            continue
        item = re.sub(r"\s*\[(?:\.\.\.|…)\]$", "", item)
        if not re.match(r"\w+ing\b", item) and re.search(r"\b(?:consultations|meetings?|talks|visits?|summit)\b", item):
            continue  # a listed meeting ("Pre-Foreign Office consultations ...") is an event, not a commitment
        status = "committed" if re.match(r"continu|maintain|keep", item, re.IGNORECASE) else "agreed"
        out.append(_Draft(description=item, status=status, parties=ctx.main_countries(), sentence=s, evidence=[s]))
    return out


def _merge(drafts: list[_Draft], new: _Draft) -> None:
    """The same agreement reported twice is one agreement: merge evidence, keep the most advanced status."""
    if new.status == "signed" and _NAMED.match(new.description):
        # A lead's "signed a pact on Tuesday allowing ..." is the pact the next sentence names: take the name.
        bare = next((old for old in drafts if old.bare and old.status == "signed"), None)
        if bare is not None:
            bare.description, bare.bare = new.description, False
            if new.sentence not in bare.evidence:
                bare.evidence.append(new.sentence)
            return
    for old in drafts:
        if _same(old.description, new.description):
            if new.sentence not in old.evidence:
                old.evidence.append(new.sentence)
            if STATUS_RANK[new.status] < STATUS_RANK[old.status]:
                old.status = new.status
            return
    drafts.append(new)
