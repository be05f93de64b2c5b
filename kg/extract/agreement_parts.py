"""One agreement per commitment: the pieces of a description that names several ("agreed to A and B",
"an MoU on X, an accord on Y", "agreements covering A, B and C"). Plain strings in, plain strings out."""

from __future__ import annotations

import re

from kg.extract import reference
from kg.extract.agreement_lexicon import COMMIT_VERBS, CREATE_VERBS, NOUN, NOUNS
from kg.extract.dates import MONTH_NAMES, WEEKDAY_NAMES

LIST_HEAD = re.compile(r"^(?P<head>(?:[\w-]+\s+){0,3}(?:agreements|deals|pacts|accords|memoranda|memorandums(?:\s+of\s+understanding)?|"
                        r"MoUs|MOUs)(?:\s+\([A-Za-z]+\))?),?\s+(?P<link>covering|on|in the (?:areas|fields|spheres|sectors) of|"
                        r"in areas such as|in|related to|for|including(?:\s+on)?)\s+(?P<items>.+)$", re.IGNORECASE)


_REAFFIRMED = re.compile(r"\b(?:existing|ongoing|current)\b")  # "and reinforce existing mechanisms" adds nothing new
# A verb followed by "and"/"or" is an adjective in a list ("a free, open and secure region"), not a new commitment.
LIST_ITEMS = re.compile(r",\s*(?:and\s+)?|\s+and\s+")   # "A, B and C", "A, and B": the items of a list


# "... on education, energy, trade, among other matters": a closing phrase that names no member (list-tail).
_LIST_TAIL = re.compile(r"(?i:among\s+(?:many\s+)?others?(?:\s+(?:things|matters|areas|fields|issues|sectors|topics))?|"
                        r"inter\s+alia|etc\.?|and\s+so\s+on|and\s+more)")


# x22agveto, list-not-matter (census x22agreeprec, re-measured on bank78): after "agreements in/on ...", a phrase that
# says where, before whom or in keeping with what the instruments were signed is the signing's setting, not a member
# of what they are about ("signed 10 agreements in the presence of the two leaders", "two cooperation agreements in
# Maputo aimed at fighting terrorism", "... cultural spheres, in line with the history of friendly relations"). The
# members end where the setting begins. Named rows:
LIST_SETTINGS: tuple[tuple[str, str], ...] = (
    ("signing-presence", r"(?:in|at|before)\s+the\s+presence\s+of\b|witnessed\s+by\b"),
    ("signing-occasion", r"on\s+the\s+sidelines\s+of\b|within\s+the\s+framework\s+of\b|"
                         r"at\s+(?:a|the)\s+(?:[\w-]+\s+){0,2}(?:ceremony|meeting|summit)\b"),
    ("in-keeping-with", r"in\s+(?:line|keeping|accordance)\s+with\b"),
    # a state or a city by name: "in Maputo", "in Accra" (a member is a field, not a place)
    ("signing-place", r"(?:in|at)\s+(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)(?![\w'’-])"),
)
_LIST_SETTING = re.compile(r"(?:^|,?\s+)(?:" + "|".join(f"(?:{p})" for _, p in LIST_SETTINGS) + ")")
# what may follow a setting and still say what the instruments are about: "in Maputo aimed at fighting terrorism"
_AFTER_SETTING = re.compile(r"\s+(?P<purpose>(?:aimed\s+at|intended\s+to|meant\s+to|to\s+(?!be\b)[a-z]+|covering|"
                            r"concerning|regarding|on\s+(?![A-Z]))\b.*)$")


def _setting_at(text: str) -> re.Match[str] | None:
    """The first setting phrase of a list (a place only when it is a known state or city)."""
    for m in _LIST_SETTING.finditer(text):
        place = m.group("place")
        if place is None or any(reference.countries().place_state(w) for w in [place] + place.split()):
            return m
    return None


# list-not-matter, members-share-head: "the military, political, economic and cultural spheres": words listed before one
# field noun are one member, not one each ("agreement on political" names nothing).
_SHARED_HEAD = re.compile(r"^(?:the\s+)?(?:[a-z-]+,\s+)+(?:and\s+)?[a-z-]+\s+(?:and\s+[a-z-]+\s+)?"
                          r"(?:spheres|fields|areas|sectors|domains|matters|issues)$")
# list-not-matter, other-remainder: "..., and other industries", "several other fields": the rest of a list names no
# member of its own; examples after it ("several other fields, including A, B and C") are one member, as the golds
# keep them (ma-mr)
_REMAINDER = re.compile(r"^(?:(?:several|many|various|a\s+number\s+of|some|all|the)\s+)?other\s+[a-z-]+$")
_EXAMPLES = re.compile(r"^(?:including|such\s+as)\s+")
# x23splitter, member-connectors: each member of "agreements on A, B and C, as well as on D" is "agreement on <its own
# words>"; the words that join it to the list say nothing of it ("agreement on as well as on D", "agreement on on B",
# "agreement on in fields such as trade"). Named rows, a member's opening words dropped in this order:
MEMBER_CONNECTORS: tuple[tuple[str, str], ...] = (
    ("added-member", r"as\s+well\s+as\s+|along\s+with\s+|together\s+with\s+"),      # "..., as well as on D"
    ("example-cue", r"(?:including|notably|especially|particularly)\s+"),                # "including in fields such as A"
    ("field-cue", r"(?:in|on|for)\s+(?:the\s+)?(?:various\s+)?(?:fields?|areas?|spheres?|sectors?|domains?)\s+"
                  r"(?:such\s+as|like|of)\s+|such\s+as\s+"),
    ("repeated-link", r"(?:on|in|for|covering|concerning|regarding)\s+(?=\S)"),          # "on A and on B"
)
_AS_WELL_AS = re.compile(r",?\s+(?:" + dict(MEMBER_CONNECTORS)["added-member"] + ")")
_MEMBER_OPENS = re.compile(r"(^|,\s*|\s+and\s+)(?:" + "|".join(f"(?:{p})" for _, p in MEMBER_CONNECTORS) + ")+")


def own_words(items: str) -> str:
    """A list whose members carry no words that join them to it: "A, B and C, as well as on D" -> "A, B and C and D"
    ("as well as" parts members as "and" does)."""
    return _MEMBER_OPENS.sub(lambda m: m.group(1), _AS_WELL_AS.sub(" and ", items))


def list_matter(link: str, items: str) -> tuple[list[str], str]:
    """The members of "agreements <link> <items>", or none and what goes with the instruments when a setting opens the
    items: "in Maputo aimed at fighting crime" -> ([], "aimed at fighting crime"); "in the presence of the leaders" ->
    ([], "in the presence of the leaders")."""
    text = f"{link} {items}"
    setting = _setting_at(text)
    if setting is not None and setting.start() == 0:
        # no list: the instruments with their purpose, if one follows; else with the words as written (the setting
        # itself tells them apart from other instruments of the report: "10 agreements in the presence of the leaders")
        after = _AFTER_SETTING.search(text, setting.end())
        return [], after.group("purpose") if after else text
    if setting is not None:
        items = text[len(link) + 1:setting.start()]
    items = items.strip(" ,")
    if _SHARED_HEAD.match(items):
        return [items], ""
    members = list_members(items)
    if len(members) > 1 and _REMAINDER.match(members[0]) and _EXAMPLES.match(members[1]):
        return [_EXAMPLES.sub("", items.split(",", 1)[1].strip())], ""
    members = list_members(own_words(items))
    return [m for m in members if not _REMAINDER.match(m)], ""


def list_members(items: str) -> list[str]:
    """"A, B, C, and D and E": the members of a list. Commas part them; the last piece is cut at "and" too, but a
    one-word piece after a longer one belongs to it ("enhancing trade and commerce", "exchanges and cooperation")."""
    pieces = [re.sub(r"^(?:and|or)\s+", "", p.strip(" ,.“”\"'‘’")).strip(" “”\"")
              for p in re.split(r",\s*(?:and\s+|or\s+)?|;\s*(?:and\s+)?", items)]
    pieces = [p for p in pieces if p and not _LIST_TAIL.fullmatch(p)]
    if not pieces:
        return []
    last: list[str] = []
    for x in re.split(r"\s+and\s+", pieces[-1]):
        if last and len(x.split()) == 1 and len(last[-1].split()) >= 2:
            last[-1] += " and " + x
        else:
            last.append(x)
    return pieces[:-1] + last


# ("and jointly maintain ...", "and also reopen ...": an adverb may open the next verb phrase)
NEXT_VERB = re.compile(rf",?\s+and\s+(?=(?:(?:jointly|also|further|then)\s+)?(?:{'|'.join(COMMIT_VERBS)})\s+(?!and\b|or\b|of\b))")
# ("joint exercises and exchange of personnel": a verb's form before "of" is a noun, no new commitment)
_COMMA_VERB = re.compile(rf",\s+(?=(?:{'|'.join(COMMIT_VERBS)})\s+(?!and\b|or\b|of\b))")
_CREATED_PAIR = re.compile(rf"^(?P<verb>{CREATE_VERBS})\s+(?P<first>(?:an?|another)\s+.+?)\s+and\s+(?P<second>(?:an?|another)\s+.+)$")


# "will not only play a bigger role ... and enhance ...": one commitment, stressed by "not only".
_NOT_ONLY = re.compile(r"^(?:not\s+)?only\b")


def _coordinated(part: str) -> list[str]:
    """"maintain aid to Ukraine and deepen industrial cooperation": two commitments, one per verb phrase;
    "establish a centre in X and a centre in Y": two things created. Kept whole when a piece would be a stub."""
    pieces = NEXT_VERB.split(part) if not _NOT_ONLY.match(part) else [part]
    if len(pieces) >= 2:
        # "strengthen A, cooperate more closely on B, and coordinate C": a list that ends in "and <verb>" has a verb
        # phrase after each comma too
        pieces = [p for piece in pieces[:-1] for p in _COMMA_VERB.split(piece)] + pieces[-1:]
    # "to control, regulate and share information": bare verbs listed before one object are one commitment
    shared_object = any(re.search(r",\s*[a-z]+$", p) for p in pieces[:-1])
    if len(pieces) < 2 or shared_object or any(len(p.split()) < 3 or _REAFFIRMED.search(p) for p in pieces):
        pieces = [part]
    out = []
    for piece in pieces:
        pair = _CREATED_PAIR.match(piece)
        if pair and len(pair.group("first").split()) >= 3 and len(pair.group("second").split()) >= 3:
            out += [f"{pair.group('verb')} {pair.group('first')}", f"{pair.group('verb')} {pair.group('second')}"]
        else:
            out.append(piece)
    return out


# "the Charter and an MoU for the Secretariat": two instruments signed together.
_NOUN_PAIR = re.compile(rf"^(?P<first>(?:[\w'’-]+\s+){{0,3}}{NOUNS})\s+(?:and|&)\s+(?:an?\s+|the\s+)?"
                        rf"(?P<second>(?:[\w'’-]+\s+){{0,3}}{NOUNS}\b.*)$")


# "an MoU on X, an accord on Y and a protocol on Z"; not an apposition ("..., the first such deal since 2020").
NEXT_INSTRUMENT = re.compile(rf"(?:,\s*|\s+and\s+)(?:an?\s+|the\s+|another\s+)"
                              rf"(?!(?:first|second|third|latest|last|biggest|largest|most|only|such)\b)"
                              rf"(?=(?:[\w'’-]+\s+){{0,4}}?{NOUNS}\b)")


# "agreed to stop sending troops to the flashpoint and to avoid ...", "to deepen relations ..., and to cooperate further":
# a repeated "to" before a verb of the commitment list opens one more commitment of the clause (round x15); not when the piece before has an infinitive of its own, which the second "to" continues ("form a force to
# prevent infiltration and to fight armed groups", "sensitise residents to live in peace and to abide by the law").
_AND_TO = re.compile(rf",?\s+(?:and|as\s+well\s+as)\s+to\s+(?=(?:\w+ly\s+)?(?:{'|'.join(COMMIT_VERBS)})\s)")
_INNER_INFINITIVE = re.compile(r"\bto\s+(?!(?:the|a|an|their|its|his|her|this|that|these|those|each|both|all|zero|date|"
                               r"[A-Z]\w*|\d+)\b)[a-z]+\b")


def _repeated_to(part: str) -> list[str]:
    pieces = _AND_TO.split(part)
    out = [pieces[0]]
    for piece in pieces[1:]:
        if _INNER_INFINITIVE.search(out[-1]) or len(piece.split()) < 2:
            out[-1] = f"{out[-1]} and to {piece}"   # the second "to" continues the first piece's own infinitive
        else:
            out.append(piece)
    return out


# An instrument's noun phrase: a determiner, up to four words without a preposition, its head noun ("an information
# security agreement", "a consultation and information-exchange agreement"); a verb may stand before the first one.
_HEADED = re.compile(rf"^(?:(?:an?|the|another)\s+)?(?:(?!(?:an?|the|on|in|at|with|about|over|for|to|by|from|of|that|which)\b)"
                     rf"[\w'’()-]+\s+){{0,4}}?{NOUNS}\b")
# (the verbs that take instruments for object: "will conclude early an accord and a pact", "to negotiate a treaty and a
# protocol"; a verb of another kind before two noun phrases is left whole)
_LEAD_VERB = re.compile(r"^(?P<verb>(?:sign|conclude|finali[sz]e|negotiate|ink|seal|adopt|discuss|draft|prepare|ratify|"
                        r"implement|renew|review|extend|update|approve)\s+(?:\w+ly\s+|early\s+|also\s+|jointly\s+)?)"
                        r"(?=(?:an?|the|another)\s)")


def _instruments(part: str) -> list[str]:
    """instrument-list (round x19): "conclude an information security agreement and a pact enabling arms exports",
    "discussed a consultation agreement between the security bodies and a cooperation agreement on migration": one
    agreement per instrument when every member of the list is headed by an instrument noun (the list's verb, if any,
    stands before each)."""
    lead = _LEAD_VERB.match(part)
    verb, body = (lead.group("verb"), part[lead.end():]) if lead else ("", part)
    if not _HEADED.match(body):
        return []
    members = [p.strip(" ,") for p in NEXT_INSTRUMENT.split(body)]
    if len(members) < 2 or not all(_HEADED.match(m) and (len(m.split()) >= 2 or NOUN.fullmatch(m)) for m in members):
        return []
    members[0] = re.sub(r"^(?:an?|the|another)\s+", "", members[0])
    return [f"{verb}{m}" if verb else m for m in members]


def parts(desc: str, *, split_verbs: bool = False) -> list[str]:
    """Several agreements in one breath: "A, as well as B" (not "cooperation in A, as well as in B": one phrase); "that A and that B"; "agreements covering A, B and C";
    after "agreed to"/"vowed to", coordinated verb phrases ("to A and B")."""
    parts = []
    for part in [p for whole in re.split(r",?\s+as well as\s+(?!(?:in|on|at|for|with|to|through|by|against)\s)|,?\s+and\s+that\s+", desc)
                 for p in ([c for r in _repeated_to(whole) for c in _coordinated(r)] if split_verbs else [whole])]:
        pair = _NOUN_PAIR.match(part)
        listed = LIST_HEAD.match(part)
        if pair and listed and pair.end("first") < listed.end("head"):
            pair = None   # "agreements and MoUs on A, B and C": one head of two nouns, its list the agreements
        if pair:
            parts += [pair.group("first"), pair.group("second")]
            continue
        listed_nouns = NEXT_INSTRUMENT.split(part) if NOUN.match(part) else [part]
        if len(listed_nouns) > 1 and all(NOUN.search(p) for p in listed_nouns):
            parts += [p.strip(" ,") for p in listed_nouns]   # "an MoU on X, an accord on Y and a protocol on Z"
            continue
        instruments = _instruments(part) if not listed else []
        if instruments:
            parts += instruments
            continue
        if listed:
            items, rest = list_matter(listed.group("link"), listed.group("items"))
            parts += [f"agreement on {item.strip()}" for item in items if item.strip()]
            if rest:
                parts.append(f"{listed.group('head')} {rest}")   # no list: the instruments and what goes with them
        elif len(part.split()) >= 2 or re.fullmatch(r"[A-Z][\w-]+", part) and NOUN.fullmatch(part):
            parts.append(part)
    return parts


# x20agrinst, instrument-setting-tail (bank census: signed instruments whose description ran on past the instrument into
# when and where it was signed, "a defence agreement on Thursday in Canberra, paving the way for ...", "the MoU on border
# security on Monday 22 May 2023, to strengthen ..."): the setting is the signing's, not the instrument's. A date
# adverbial (with a place beside it) right after the instrument's phrase ends the description; a purpose or a relative
# clause after it still says what the instrument does and is kept, a participle's comment ("paving the way", "cementing
# ties") is not. A place alone is left: "the Peace Agreement in Mali" can be the instrument's own name.
_WEEKDAY, _MONTH = WEEKDAY_NAMES, MONTH_NAMES
_DAY_DATE = rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?)(?:,?\s+(?:19|20)\d\d)?"
_WHEN = (rf"(?:on\s+(?:{_WEEKDAY}(?:,?\s+(?:the\s+)?{_DAY_DATE})?|(?:the\s+)?{_DAY_DATE})|(?:late|early)\s+{_WEEKDAY}|"
         rf"(?:on\s+)?(?:yesterday|today)|last\s+(?:week|month|{_WEEKDAY})|earlier\s+(?:this|in\s+the)\s+(?:week|month)|"
         rf"this\s+(?:week|month))")
_WHERE = r"(?:in|at)\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}(?:,\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)?"
# (a date glossed in brackets goes with it: "on Friday (June 10)")
_SETTING_TAIL = re.compile(rf"(?:\s+{_WHERE})?\s+{_WHEN}\b(?:\s*\([^()]{{1,30}}\))?(?:\s+{_WHERE})?(?P<after>.*)$", re.DOTALL)
# What may follow the setting and still describe the instrument: its purpose, its matter, a relative clause about it, or a
# participle saying what it does ("allowing police to exchange records"); a comment on the signing ("paving the way",
# "cementing ties", "normalising ties between the foes") and an "as"-clause of circumstance do not.
_COMMENT = (r"(?:paving|cementing|marking|normali[sz]ing|signall?ing|underscoring|highlighting|capping|reflecting|ending|"
            r"coming|bringing|opening\s+a\s+new|ushering|raising|sparking|drawing|prompting)")
_KEPT_AFTER = re.compile(r"^\s*,?\s*(?P<kept>(?:to\s+(?!be\b|date\b)[a-z]+|concerning|regarding|covering|relating\s+to|known\s+as|"
                         rf"(?!{_COMMENT}\b)[a-z]+ing\s+(?!the\s+way\b)|"
                         r"(?:which|that)\s+(?:provides?|will|would|allows?|aims?|"
                         r"covers?|sets?|seeks?|envisages?|establish\w*)\b|aimed\s+at|meant\s+to|intended\s+to)\b.*)$", re.DOTALL)
_BARE_PARTICIPLE = re.compile(r",?\s+(?:\w+ly\s+)?(?:signed|inked|concluded|reached|agreed|adopted|brokered)$")
_CIRCUMSTANCE = re.compile(r",\s+as\s+(?!well\b|part\b|a\b|an\b)")
_INSTRUMENT_HEAD = re.compile(rf"^(?:[^\s,;:]+\s+){{0,8}}?{NOUNS}\b")


def without_setting(desc: str) -> str:
    """The instrument without the date and place of its signing, its purpose kept: "the pact on Friday in Riverton, to
    enhance cooperation" -> "the pact to enhance cooperation". Unchanged unless the description opens on its instrument."""
    head = _INSTRUMENT_HEAD.match(desc)
    if head is None:
        return desc
    tail = _SETTING_TAIL.search(desc, head.end())
    if tail is None or re.search(r"[;:]", desc[head.end():tail.start()]):
        return desc
    kept = _KEPT_AFTER.match(tail.group("after"))
    # "..., initially signed [in Chisinau on 20 April 2012]": a participle left with nothing after it goes too
    trimmed = _BARE_PARTICIPLE.sub("", desc[:tail.start()]).rstrip(" ,")
    if kept is None:
        return trimmed
    return f"{trimmed} {_CIRCUMSTANCE.split(kept.group('kept'))[0]}"   # "..., as Cairo grows alarmed": not the deal's


# x22instrdesc, instrument-own-verb (census of x22agreeprec; bank7: "the cooperation agreement signed between A and B
# underscores the international dimension ...", "the signing of the joint declaration on X has historical significance",
# "a revision of the treaty has been in the works", "the police cooperation pact was among nine deals"): a description
# that opens on its instrument ends where the sentence's own verb begins. What that verb says is about the instrument
# (its weight, its fate), not in it. A verb that says what the instrument holds or does ("covers deployment of police",
# "established the Joint Planning Group", "will allow troops to ...") is its matter and stays (the golds keep it: pg-sb).
# Named rows, each a finite verb that closes the instrument's noun phrase:
OWN_VERBS: tuple[tuple[str, str], ...] = (
    # "is a breakthrough", "was among nine deals", "has historical significance", "will be a powerful symbol", "are already
    # being implemented"; not when a verb of content follows ("will allow", "has established")
    ("copula-or-auxiliary", r"(?:is|are|was|were|has|have|had|will|would|could|can|may|might|should|must)"
                            r"(?:\s+(?:also|already|now|still|not|being|been|be))*\s+"
                            r"(?!(?:allow|enabl|provid|cover|includ|establish|creat|set|grant|commit|oblig|permit|ensur|"
                            r"see|give|let|requir|bind|envisag|stipulat|compris|open|extend|replac)\w*\b)"),
    # "underscores the international dimension", "marks a new chapter", "represents a shift": a comment on the instrument
    ("appraisal-verb", r"(?:underscores?|underlines?|highlights?|marks?|marked|represents?|represented|signals?|signall?ed|"
                       r"reflects?|reflected|demonstrates?|demonstrated|shows?|showed|constitutes?|comes|came|remains?|"
                       r"remained|becomes?|became|serves?|served|follows|followed|builds|built\s+on)\b"),
)
# The instrument's noun phrase: a head noun among its first words, then its complement or participle phrase with no
# clause of its own in it ("agreement to ensure that the border is ..." keeps its "is": the purpose has its own verb).
# ("A key aspect of the agreement ... is a climate mobility pathway": the head is the aspect, and what follows its verb is
# the instrument's content, as the golds keep it: au-tv)
_DETERMINERS = r"(?:an?|the|this|that|its|their)"
_OPENS_ON_INSTRUMENT = re.compile(rf"^(?:{_DETERMINERS}\s+)?(?:(?!(?:of|on|in|at|for|to|by|with|from|about|{_DETERMINERS})\b)"
                                  rf"[\w'’()-]+\s+){{0,5}}?{NOUNS}\b")
# ("... with China and would send a proposal": a second predicate of the sentence's subject, not the instrument's verb)
_OWN_VERB = re.compile(r"(?<!\bthat)(?<!\bwhich)(?<!\bwho)(?<!\band)(?<!\bor)\s+(?:" + "|".join(p for _, p in OWN_VERBS) + ")")
_OWN_CLAUSE = re.compile(r"\b(?:that|which|who|whose|where|when|if|whether|because|while|as|to|but|said|says)\b|,?\s+and\s+"
                         r"(?:they|it|we|he|she|both|the\s+two)\b|[,;:“\"]|\((?![A-Za-z-]{1,10}\))")


def before_own_verb(desc: str) -> str:
    """"cooperation agreement signed between A and B underscores the ..." -> "cooperation agreement signed between A and
    B": an instrument's description without the sentence's own verb. Unchanged unless it opens on its instrument."""
    head = _OPENS_ON_INSTRUMENT.match(desc)
    if head is None:
        return desc
    verb = _OWN_VERB.search(desc, head.end())
    if verb is None or _OWN_CLAUSE.search(desc, head.end(), verb.start()):
        return desc
    return desc[:verb.start()].rstrip(" ,")
