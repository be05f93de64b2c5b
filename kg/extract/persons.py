"""People and their posts: title chains before or after a name, appositives, descriptors, counterparts."""

from __future__ import annotations

import re

import pycountry

from kg.extract import coreference, prefilter, reference
from kg.extract.context import Context, Mention
from kg.extract.dates import MONTHS, WEEKDAYS_TITLE
from kg.extract.model import Person, Role, Support
from kg.extract.names import (_UP as _UP_LETTERS, BODY_OR_POST_WORDS, CAP, LEADING_RANKS as _LEADING_RANKS, NAME,
                              NAME_AT_END_RE, NAME_RE, PARTICLES, STOP_WORDS, clean_name, person_key, slug, tokens)
from kg.extract.posts import _FIELDS as posts_fields, _RANKS, Chain, country_of
from kg.extract.posts import chains as title_chains
from kg.extract.sentences import Sentence

# "Minister for Foreign Affairs, Hon. Justin Tkatchenko", "Permanent Secretary, Dr. Sunday Attah": a style or an
# honorific with a full stop may stand before the name (without the stop it is a name token NAME strips later).
_DOTTED = r"(?:Dr|Mr|Mrs|Ms|Mme|Prof|Engr|Eng|Amb|Barr|Arc|Pr)\."  # honorifics written with a full stop
# "Alhaji (Dr) Mahamudu Bawumia", "Chief (Mrs) X": a style with a bracketed honorific after it opens the name.
_BRACKETED_STYLE = r"(?:Alhaji|Alhaja|Hajia|Chief|Engr|Arc|Barr)\.?\s*\((?:Dr|Mrs|Prof|Engr|Barr|Arc)\.?\)"
# "Air Marshal (Rtd) X": a bracketed "retired" between a rank and the name (the rank stays as written: golds differ
# on writing "(retired)" into it, and the judges' readers leave it out).
_RETIRED = r"\((?i:retd|rtd|retired)\.?\)"
_NAME_AFTER = re.compile(rf"^\s*(?:\([A-Z]{{2,6}}\)\s*)?(?:{_RETIRED}\s*)?(,\s*)?(?:(?:the\s+)?(?:Rt\.?\s+)?Hon(?:ourable|orable)?\.?\s+)?"
                         rf"(?:{_BRACKETED_STYLE}\s+)?(?:{_DOTTED}\s+)?(?:(?:sheikh|sheikha|shaikh)\s+)?({NAME})")

# " of Chad, " or " of the Philippines, " between a post and the name in apposition after it.
_OF_STATE = re.compile(rf"^\s+of\s+(?:the\s+)?(?P<state>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,3}})(?=\s*,\s*{NAME})")


def _state_named(name: str) -> str | None:
    """The state a name after "president of" is: the reference's names, or any ISO name ("Chad", which the reference
    keeps out of its table since it is more often a given name)."""
    found = country_of(name)
    if found:
        return found
    try:
        return pycountry.countries.get(name=name).alpha_2
    except (AttributeError, LookupError):
        return None


_TRUNCATED = re.compile(r"^\s*\[(?:\.\.\.|…)\]")
# Words before a bare name that mark it as a person ("Khalistani terrorist Gurpatwant Singh Pannun"), in apposition
# after a comma too (`descriptor-comma-name`: "the Venezuelan dictator, Nicolas Maduro,", "an opposition activist,
# Roman Protasevich"); round 16 added the words of rulers and their entourage (politician, dictator, ruler, strongman,
# warlord, assistant, partner, spokeswoman).
_DESCRIPTOR = re.compile(
    rf"(?<![\w])(?:terrorist|coordinator|leader|activist|gangster|separatist|extremist|commander|militant|founder|"
    rf"diplomat|journalist|businessman|official|counterpart|spokesperson|spokesman|spokeswoman|lawyer|analyst|envoy|"
    rf"negotiator|chief|head|aide|suspect|accused|dissident|cleric|politician|dictator|ruler|strongman|warlord|"
    rf"assistant|partner),?\s+({NAME})")
_APPOSITIVE_DESCRIPTOR = re.compile(
    rf"(?<![\w-])({NAME}),\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,4}}?(?:coordinator|leader|activist|terrorist|official|"
    rf"member|founder|commander|spokesperson|chief|head|diplomat|journalist|businessman|gangster|militant|researcher|"
    rf"analyst|professor|fellow|lecturer|economist|scholar|expert|prosecutor|judge|investigator|lawmaker|legislator|"
    rf"lawyer|criminologist|consultant)\b"
    # "Jaish al-Adl, a militant group": the descriptor describes a group, not a person.
    rf"(?!\s+(?:group|groups|organi[sz]ation|network|movement|outfit|faction|militia|cell|wing)\b)")
# "Marcos Herbas Camacho, known as Marcola": only people go by another name.
_KNOWN_AS = re.compile(rf"(?<![\w-])({NAME}),\s+(?:also\s+|better\s+)?known\s+as\b")
_HONORIFICS = {"Prince", "Princess", "Sheikh", "Sheikha", "Dr", "Dr.", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Sir",
               "Dame", "Lord", "Lady", "Shri", "Smt", "Smt.", "Emir", "King", "Queen", "Mullah", "Maulana", "Mufti", "Hafiz",
               "Sardar", "Sri", "Ayatollah", "Grand Ayatollah", "Hojatoleslam", "Imam", "Rabbi", "Reverend", "Rev", "Rev.", "Pope",
               "Cardinal", "Archbishop", "Bishop", "Father", "Pastor", "Professor", "Prof", "Prof.", "Honourable",
               "Honorable", "Hon", "Hon.", "Excellency", "His", "Her", "Tan", "Puan", "Toh", "Datuk", "Dato", "Dato'",
               "Datin", "Seri", "Tunku", "Tengku"}
# Styles of address, never part of how a report names someone again ("the Honourable", "Tan Sri").
_STYLES = {"Honourable", "Honorable", "Hon", "Hon.", "Excellency", "His", "Her", "Tan", "Puan", "Toh", "Datuk", "Dato",
           "Dato'", "Datin", "Seri"}
_POST_DESCRIPTOR = re.compile(r"^,\s+(?:a|an|the)\s+(?:(?:key|senior|top|former|prominent|chief|self-styled)\s+)*"
                              r"(?P<post>(?:[A-Z][\w-]*\s+){1,4}(?:coordinator|leader|commander|founder|chief|head|"
                              r"spokesperson|member|official))\b")
# '"We will act," said John Smith.' — a full name right after a speech verb that follows a quotation.
_SAID_NAME = re.compile(rf"[,.!?][\"”’']\s+(?:said|says|added|asked|told\s+reporters)\s+({NAME})(?=\s*[,.;]|\s+(?:on|in|at|after|"
                        rf"before|during|when|while|who|from)\b)")
_SPEECH = re.compile(rf"(?<![\w-])({NAME})\s+(?:said|says|told|added|stated|noted|wrote|announced|met|held|visited|"
                     rf"urged|warned|called|emphasi[sz]ed|stressed|highlighted)\b")
# "Hina Rabbani Khar and Amir Khan Muttaqi, the host foreign minister, discussed ...": two full names coordinated as
# the subject of a reporting or meeting verb are both people, as one name before the verb is (_SPEECH).
_PAIR_SUBJECT = re.compile(rf"(?<![\w-])({NAME})\s+and\s+({NAME})(?:,\s+[^,;]{{3,80}},)?\s+(?:also\s+)?(?:said|met|held|"
                           rf"discussed|signed|agreed|spoke|talked|reviewed|exchanged|pledged|vowed|announced|inked)\b")
# "the government of Abdul Hamid Dbeibah", "during the administration of Ivan Duque": a government named after the
# person who leads it.
_LED_BY_NAME = re.compile(rf"(?<![\w-])(?:administration|government|regime|presidency|premiership|cabinet)\s+of\s+({NAME})")
# "Sir Keir Starmer", "Mr John Healey", "Dame Karen Pierce": a style of address before a full name marks a person.
_STYLED_NAME = re.compile(rf"(?<![\w-])(?:Mr|Mrs|Ms|Mme|Dr|Sir|Dame|Madam|Alhaji|Alhaja)\.?\s+({NAME})")
# `style-or-rank-name`: a full name right after a style of address or a military rank written in a form the post
# grammar does not read as a post ("Prince Khaled Al-Faisal", "Sheikh Abdulla bin Ahmed Al Khalifa", "Professor
# Purnomo Yusgiantoro", "Hon. Lesego Motsumi, MP", "Dato' Seri Hishammuddin Tun Hussein", "Maj.-Gen. Babagana Monguno",
# "Gen Min Aung Hlaing", "Lt Gen (R) Hamood Khan"): the style or the rank says a person is named.
_STYLE_WORDS = r"(?:Prince|Princess|Sheikh|Sheikha|Professor|Prof\.|Hon\.|Honourable|Honorable|(?:Tan|Puan)\s+Sri|" \
               r"(?:Datuk|Dato['’]?)(?:\s+Seri)?)"
_RANK_WRITTEN = r"(?:(?:Lt|Maj|Brig)\.?[\s-]*)?Gen\.?|Col\.|(?:Rear|Vice)\s+Admiral|Air\s+(?:Vice\s+|Chief\s+)?Marshal|" \
                r"(?:Lieutenant|Major|Brigadier)[\s-]General"
_STYLE_OR_RANK_NAME = re.compile(rf"(?<![\w.-])(?P<style>{_STYLE_WORDS}|{_RANK_WRITTEN})"
                                 rf"(?:\s*\((?:[Rr]td|[Rr]etd|R|Res)\.?\))?\s+(?P<name>{NAME})")
# "Baku appointed Vugar Hasanov as special envoy", "the re-election of Donald Trump as U.S. President": the post a
# person is appointed or elected to, named after "as".
_AS_POST = re.compile(rf"(?<![\w-])(?:appointed|appointing|appoints|appoint|named|naming|names|elected|re-elected|"
                      rf"election|re-election|nominated|nominating|nominates|nomination|designated|confirmed|"
                      rf"confirmation|installed|sworn\s+in|swearing-in|chose|picked|tapped|reappointed)\s+"
                      rf"(?:of\s+)?({NAME})\s+as\s+(?:the\s+|a\s+|an\s+|its\s+|his\s+|her\s+)?"
                      rf"(?:(?:new|next|first|country['’]s|nation['’]s)\s+)?$")
_COUNTERPART = re.compile(rf"(?:(?:his|her|their|its)\s+(?:(?P<adj0>[A-Z][a-z]+|US|UK|U\.S\.)\s+)?|(?P<adj>[A-Z][a-z]+|US|UK|U\.S\.)\s+)counterparts?,?\s+"
                          rf"(?P<name>{NAME})")
# "Defence Minister Gen Nakatani": a title abbreviation followed by one name word is a given name, not a rank.
_ABBREVIATION_NAME = re.compile(r"^\s+((?:Gen|Col|Lt|Maj|Adm|Sen|Gov)\s+[A-Z][a-z]+)\b(?![\s-]+[A-Z])")
# "Presidents Luiz Inacio Lula da Silva and Santiago Pena": one plural title, two holders.
_PLURAL_TITLE = re.compile(rf"(?<![\w-])(?P<t>(?:(?:[A-Z][a-z]+|foreign|defen[cs]e|interior|justice|finance|trade|home|"
                           rf"security)\s+)?(?:[Pp]residents|[Pp]rime [Mm]inisters|[Mm]inisters|[Ss]ecretaries|"
                           rf"[Cc]hancellors|[Aa]mbassadors|[Gg]enerals|[Ee]nvoys))"
                           rf"(?:\s+of\s+(?:the\s+)?(?P<ca>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+and\s+(?:the\s+)?"
                           rf"(?P<cb>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?),)?,?\s+"
                           rf"(?P<a>{NAME})(?:\s+of\s+(?:the\s+)?(?P<oa>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?))?\s+and\s+"
                           rf"(?P<b>{NAME})(?:\s+of\s+(?:the\s+)?(?P<ob>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?))?")
# "Defense Ministers A (Colombia) and B (Venezuela)", "the foreign ministers of Guyana (A) and Venezuela (B)": one
# plural title, each holder's state in brackets after the name, or each name in brackets after the state, or in
# apposition after it.
_PLURAL_BRACKETED = re.compile(rf"(?<![\w-])(?P<t>(?:(?:[A-Z][a-z]+|foreign|defen[cs]e|interior|justice|finance|trade|home|"
                               rf"security)\s+)?(?:[Pp]residents|[Pp]rime [Mm]inisters|[Mm]inisters|[Ss]ecretaries|"
                               rf"[Cc]hancellors|[Aa]mbassadors|[Gg]enerals|[Ee]nvoys|[Cc]hiefs))\s+"
                               rf"(?:(?P<a>{NAME})\s+\((?P<ca>[A-Z][\w ]+)\)\s*,?\s+and\s+(?P<b>{NAME})\s+\((?P<cb>[A-Z][\w ]+)\)|"
                               rf"of\s+(?P<ca2>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+\((?P<a2>{NAME})\)\s*,?\s+and\s+"
                               rf"(?P<cb2>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+\((?P<b2>{NAME})\)|"
                               # "The presidents of Mexico, A, and Guatemala, B, met": each holder in apposition
                               rf"of\s+(?:the\s+)?(?P<ca3>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?),\s+(?P<a3>{NAME}),\s+and\s+"
                               rf"(?:the\s+)?(?P<cb3>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?),\s+(?P<b3>{NAME})(?=\s*,))")
# "Leader of the South African delegation, Mr. X", "The Kenyan delegation, led by X,": a state's delegation head.
_DELEGATION_HEAD = re.compile(
    rf"(?<![\w-])(?P<head>[Ll]eader|[Hh]ead|[Cc]hief)\s+of\s+(?:the\s+)?(?P<dem>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+"
    rf"delegation,?\s+(?:{_DOTTED}?\s+)?(?P<name>{NAME})|"
    rf"(?!The\s)(?P<dem2>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+delegation,?\s+(?:was\s+)?(?:led|headed)\s+by\s+"
    rf"(?:{_DOTTED}?\s+)?(?P<name2>{NAME})")
# "Ali Shamkhani, who heads Iran's Supreme National Security Council": the body a person heads names the post.
_WHO_HEADS = re.compile(rf"(?<![\w-])(?P<name>{NAME}),\s+who\s+(?:heads|head|headed|leads|led|chairs|chaired|commands|"
                        rf"commanded|runs|ran)\s+(?:the\s+)?")
_STATES_PERSON = re.compile(rf"(?<![\w-])(?P<state>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)['’]s\s+(?P<name>{NAME})")
# First words of place names, never of a person's name.
_PLACE_STARTS = {"Sao", "São", "San", "Santa", "Santo", "Puerto", "Port", "Rio", "Ciudad", "Nuevo", "Nueva", "Los", "Las",
                 "El", "La", "Mount", "Lake", "Cape", "Fort", "Saint", "St", "New", "North", "South", "East", "West",
                 "Upper", "Lower", "Greater", "Gulf", "Bay"}
# "Army chief Gen Asim Munir": a rank abbreviation between a post and a full name is not part of the name.
_RANK_ABBREVIATIONS = {"Gen", "Lt", "Col", "Maj", "Adm", "Brig", "Capt", "Cdr", "Sgt"}
# A rank, a style or a post's initials and a name after a post that follows a name: the post opens the next item of
# a list of holders ("Vice Chief X, Additional Director General of the Coast Guard, ADG Y").
_NEXT_HOLDER = re.compile(r"(?:\s+of\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s*?)+)?\s*,\s+(?:(?:"
                          + "|".join(sorted(_RANK_ABBREVIATIONS | {"Dr", "Mr", "Mrs", "Ms"})) + r")\.?|[A-Z]{2,5}|General|Admiral|"
                          r"Colonel|Major|Brigadier|Commodore|Captain|Lieutenant|Air\s+Marshal|Vice\s+Admiral|"
                          r"Rear\s+Admiral)\s+[A-Z]")
# Posts that exist in many bodies: which body is part of the post ("FBI Director", "DEA Administrator").
_BODY_POSTS = {"Director", "Director General", "Executive Director", "Deputy Director", "Commissioner", "Chief",
               "Commander", "Administrator", "Press Secretary", "Head", "head",
               "Secretary"}  # body-before-post: "Iran's Supreme National Security Council Secretary, X"
# Posts of an international body, which serves no one state: the body is what tells the post ("EU foreign policy
# chief", "NATO Secretary General"); of a state's body ("Japan's top diplomat") the state is the post's country.
_INTERNATIONAL_POSTS = {"foreign policy chief", "top diplomat", "Secretary-General", "Secretary General",
                        "Deputy Secretary-General", "Deputy Secretary General"}
# Jobs named by an appositive ("Abdi Farah, a researcher at ..."): the job is the post.
_JOBS = ("researcher", "analyst", "professor", "fellow", "lecturer", "economist", "scholar", "expert", "prosecutor",
         "judge", "investigator", "lawmaker", "legislator", "lawyer", "journalist", "criminologist", "consultant")
# "Gen", "Lt Gen": a rank abbreviated before a name is the rank written out, a post of its own.
_RANK_WORDS = {"Gen": "General", "Lt": "Lieutenant", "Maj": "Major", "Brig": "Brigadier", "Adm": "Admiral",
               "Col": "Colonel", "Capt": "Captain", "Cdr": "Commander", "Sgt": "Sergeant"}


def _abbreviated_rank(words: list[str]) -> tuple[str, str] | None:
    ranks = [w.rstrip(".") for w in words if w.rstrip(".") in _RANK_WORDS]
    if not ranks or len(ranks) != len([w for w in words if w.rstrip(".") in _RANK_ABBREVIATIONS]):
        return None
    expanded = " ".join(_RANK_WORDS[r] for r in ranks)
    if ranks[-1] == "Brig" and len(ranks) == 1:
        expanded = "Brigadier"
    return " ".join(ranks), expanded


# "the Vice Minister of Internal Order of Peru, Nestor Zegarra", "the Minister of National Defence and Veterans of the
# Homeland, Joao dos Santos": a post's remit runs on in capitalised words (joined by of/for/to/and) up to the comma
# that sets its holder's name in apposition; the whole run is the post, a state at its end is whose post it is.
_CAPWORD = r"[A-Z][\w'’-]*"
_POST_RUNS_ON = re.compile(
    rf"^(?P<rest>(?:\s+{_CAPWORD})*(?:\s+(?:of|for|to|and|on)\s+(?:the\s+)?{_CAPWORD}(?:\s+{_CAPWORD})*){{0,4}})"
    rf"(?=\s*,\s*(?:the\s+)?(?:Rt\.?\s+)?(?:(?:{_DOTTED}|Hon\.?)\s+)?(?P<name>{NAME})(?:\s+MP)?\s*(?:[,;.)(\"“”]|and\b|in\b|(?:has|have|had|was|were|is|said|"
    rf"says|told|met|signed|arrived|participated|led|took|held)\b|$))")
_STATE_AT_END = re.compile(r"\s+(?:of|to)\s+(?:the\s+)?(?P<state>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})$")


def _post_runs_on(s: Sentence, chain: Chain) -> None:
    """Grow the chain's last post over a capitalised remit that ends at the comma before a full name."""
    m = _POST_RUNS_ON.match(s.text[chain.end:])
    if not m or not m.group("rest").strip() or len(m.group("rest").split()) > 14:
        return
    rest, name = m.group("rest"), clean_name(m.group("name"))
    if not name or len(tokens(name)) < 2 or not m.group("name").startswith(name.split()[0]) \
            or reference.titles().pattern.search(rest) \
            or any(w in WEEKDAYS_TITLE or w.lower() in MONTHS for w in re.findall(r"[A-Z][a-z]+", rest)):
        return
    _grow_post(chain, rest)


def _grow_post(chain: Chain, rest: str) -> None:
    """The chain's last post grown over its capitalised remit ``rest``; a state at the remit's end is whose post."""
    words = rest
    # "... of the United Kingdom of Great Britain and ...", "... of the Republic of Armenia"
    for of in re.finditer(r"\s+of\s+(?:the\s+)?(?:(?:Republic|Kingdom|Federation|Sultanate)\s+of\s+(?:the\s+)?)?", rest):
        tail = rest[of.end():].split()
        named = next((_state_named(" ".join(tail[:n])) for n in range(min(4, len(tail)), 0, -1)
                      if _state_named(" ".join(tail[:n]))), None)
        if named and all(w[0].isupper() or w in ("and", "of", "the") for w in tail):
            chain.country = chain.country or named
            words = rest[:of.start()]
            break
    state = _STATE_AT_END.search(words)
    while state and _state_named(state.group("state")):  # "... of Peru", "... of Venezuela to Guyana"
        if chain.country is None or not state.group(0).lstrip().startswith("to"):
            chain.country = chain.country or _state_named(state.group("state"))
        words = words[:state.start()]
        state = _STATE_AT_END.search(words)
    wording, normal = chain.titles[-1]
    chain.titles[-1] = (wording + rest, normal + re.sub(r"\s+", " ", words))
    chain.end += len(rest)


# `post-remit-name`: "Minister of Defence of the Republic of Armenia Suren Papikyan received ...", "Minister of Foreign
# and European Affairs Gordan Grlic Radman said", "Cabinet Secretary for Defence Raychelle Awour Omamo, and ...": the
# remit runs on in capitalised words and the holder's name follows with no comma. The remit must end in a word that
# ends remits (a state, a field, a body or post word), the name be two to four name words, then a clause goes on.
_REMIT_RUN = re.compile(rf"^(?:\s+(?:(?:of|for|and|&)\s+(?:the\s+)?)?{_CAPWORD})+")
_REMIT_FIELDS = frozenset(re.sub(r"\s+", "|", posts_fields).split("|"))
_AFTER_HOLDER = re.compile(r"^\s*(?:[,;.)(:\"“”]|(?:and|has|have|had|was|were|is|said|says|told|met|received|signed|"
                           r"arrived|held|hosted|welcomed|visited|noted|stated|stressed|added|exchanged|led|paid|"
                           r"called|expressed|discussed|attended|announced|urged|thanked)\b|$)")


# An adjective's shape ("Western", "Human", "National", "Strategic", "Federal"): it goes before a noun, so a remit
# that seems to end in one goes on into the next capitalised word, which is not the holder's first name.
_REMIT_ADJECTIVE = re.compile(r"(?:ern|al|ic|an|ive)$")
# `post-inside-remit`: a post right after "under the", "of the", "to the" belongs to another post's remit
_INSIDE_REMIT = re.compile(r"\b(?:of|under|to|for|at)\s+(?:the\s+)?\Z")


def _remit_ends(words: list[str]) -> bool:
    """The remit's last word(s) close a remit: a state ("of the Republic of Armenia", "of Papua New Guinea"), a field
    ("Foreign and European Affairs"), or a word of bodies and posts ("of the Security Council")."""
    last = re.sub(r"['’]s$", "", words[-1])
    if last in STOP_WORDS and _REMIT_ADJECTIVE.search(last) and last != "Republic" and not (
            last in _REMIT_FIELDS or last.lower() in reference.titles().normal or _state_named(last)):
        return False  # `remit-adjective`: "for the Western | Hemisphere X", "and Human | Mobility X": a noun follows
    if last in _REMIT_FIELDS or last == "Administration" or last in STOP_WORDS or last in BODY_OR_POST_WORDS \
            or last.lower() in reference.titles().normal:
        return True
    return any(_state_named(" ".join(words[-n:])) for n in range(1, min(4, len(words)) + 1))


def _post_runs_into_name(ctx: Context, s: Sentence, chain: Chain) -> tuple[int, int, str, str] | None:
    """`post-remit-name`: where the holder's name after the post's remit begins and ends, the chain grown over the
    remit; None when the run is not remit-then-name."""
    run = _REMIT_RUN.match(s.text[chain.end:])
    if not run:
        return None
    # `remit-name-and`: the run may go on over "and" into the next holder ("Minister of Interior and Administration
    # A and the Minister of Interior of Germany B", "Prime Minister of Papua New Guinea A and Solomon Islands Prime
    # Minister B"): the whole run first, then each cut before an "and"
    found = _remit_run_name(ctx, s, chain, run.group())
    for cut in re.finditer(r"\s+and\s+", run.group()):
        if found is not None:
            break
        found = _remit_run_name(ctx, s, chain, run.group()[:cut.start()], rule="remit-name-and")
    return found


def _remit_run_name(ctx: Context, s: Sentence, chain: Chain, run: str, *, rule: str = "post-remit-name"):
    if _INSIDE_REMIT.search(s.text, max(0, chain.prefix_start - 12), chain.prefix_start):
        return None  # "the Secretary of the Security Council under the President of Uzbekistan A": not the President
    if not re.search(r"\s(?:of|for)\s", s.text[chain.start:chain.end] + run) \
            or not _AFTER_HOLDER.match(s.text[chain.end + len(run):]):
        return None
    words = run.split()
    for n in (4, 3, 2):
        if len(words) < n + 2:
            continue
        name, remit = " ".join(words[-n:]), words[:-n]
        if clean_name(name) != name or not re.fullmatch(NAME, name) or remit[-1] in ("of", "for", "and", "&", "the") \
                or not _remit_ends(remit) or coreference.is_place(ctx, name):
            continue
        rest = s.text[chain.end:chain.end + len(run)]
        rest = rest[:rest.rindex(words[-n])].rstrip()
        if reference.titles().pattern.search(rest) or len(rest.split()) > 14:
            return None  # another post inside the run: a list of posts, not one remit
        gap = s.text[chain.end + len(rest):]
        start = s.start + chain.end + len(rest) + len(gap) - len(gap.lstrip())
        _grow_post(chain, rest)
        return start, start + len(name), name, rule
    return None


_INDEFINITE_SPEAKER = re.compile(r",\s+(?:a|an)\s+(?:[\w'’-]+\s+){0,2}$")
_SPOKE_AFTER = re.compile(r"^\s+(?:said|says|told|added|confirmed|noted|stated)\b")
_OFFICE_AFTER = re.compile(r"^(?:['’]s)?\s+(?:Office|Secretariat|House|Media)\b")


def find(ctx: Context) -> None:
    """Fill ctx.persons and ctx.person_mentions; then resolve short references ("Doval", "the NSA")."""
    singles: list[tuple[Sentence, int, int, str, Chain | None]] = []
    counterparts: list[tuple[Sentence, re.Match[str]]] = []
    unheld: list[tuple[Sentence, Chain]] = []  # posts named with no holder beside them
    author = ctx.doc.author.strip()
    for s in ctx.reporting():
        folded = prefilter.scan(s.text)  # each regex below is run only when the sentence holds a word it needs
        chains = title_chains(s, ctx)
        claimed: list[tuple[int, int]] = []
        named_after: set[int] = set()  # where the names that follow their post in apposition end
        skip_to = -1
        for i, chain in enumerate(chains):
            if chain.start < skip_to:
                continue
            if chain.country is None and re.search(r"(?<![\w-])(?:his|her)\s+$", s.text[:chain.start]):
                # "Goita sent his defence minister, Sadio Camara": the post serves the state of the one just named
                prior = [pm for pm in ctx.person_mentions if s.start - 300 < pm.start < s.start + chain.start]
                owner = ctx.persons.get(max(prior, key=lambda pm: pm.start).key) if prior else None
                if owner and owner.key in ctx.person_explicit_country:
                    chain.country = owner.country
            abbreviated = _ABBREVIATION_NAME.match(s.text[chain.end:])
            if abbreviated and not any(n in ("General", "Admiral", "Senator", "Governor") for _, n in chain.titles):
                start = s.start + chain.end + abbreviated.start(1)
                _add(ctx, s, start, start + len(abbreviated.group(1)), abbreviated.group(1), chain, rule="title-name")
                claimed.append((chain.start, chain.end))
                skip_to = chain.end + abbreviated.end()
                continue
            of_state = _OF_STATE.match(s.text[chain.end:])
            state = _state_named(of_state.group("state")) if of_state else None
            if state and chain.country in (None, state):
                # "The transitional president of Chad, Mahamat Deby,": the state qualifies the post before the name
                chain.country = state
                chain.end += of_state.end()
            if chain.titles[-1][1][:1].isupper():
                _post_runs_on(s, chain)
            after = _NAME_AFTER.match(s.text[chain.end:])
            name_after = clean_name(after.group(2)) if after else None
            first = after.group(2).split()[0] if after else ""
            if name_after and first in WEEKDAYS_TITLE and after.group(2).startswith(f"{first} {name_after}"):
                name_after = f"{first} {name_after}"  # "Dr. Sunday Attah": right after a post, a weekday is a given name
            rank = None
            if name_after and not after.group(2).startswith(name_after):
                skipped = after.group(2)[:after.group(2).find(name_after)].split()
                if skipped == ["He"] and len(tokens(name_after)) == 1 and not chain.lower:
                    name_after = f"He {name_after}"  # the Chinese surname: "Vice Premier He Lifeng"
                elif not all(w in _HONORIFICS or w.rstrip(".") in _RANK_ABBREVIATIONS or w in _LEADING_RANKS
                             or w.lower() in reference.titles().normal and reference.titles().normal[w.lower()] in _RANKS
                             for w in skipped):
                    name_after = None  # the run started with a non-name word: not a name right after the title
                else:
                    rank = _abbreviated_rank(skipped)
            before = NAME_AT_END_RE.search(s.text[max(0, chain.prefix_start - 120):chain.prefix_start])
            name_before = clean_name(before.group(1)) if before and not chain.lower or before and chain.lower else None
            if name_before and not before.group(1).endswith(name_before):
                name_before = None
            if name_before and _INDEFINITE_SPEAKER.search(s.text[:chain.prefix_start]) \
                    and _SPOKE_AFTER.match(s.text[chain.end:]):
                # "... to meet General X, a presidency spokesman said": an indefinite post followed by a speech verb
                # is the subject of its own clause, another person than the name before the comma
                name_before = None
            if name_before and name_after and s.start + max(0, chain.prefix_start - 120) + before.end(1) in named_after:
                # "the Prime Minister, A, the Speaker, B,": A already holds the post before it, so B holds this one
                name_before = None
            use_after = name_after and (not after.group(1) or not name_before)
            if chain.lower and use_after and len(tokens(name_after)) < 2:
                use_after = False
            if use_after:
                if rank and all(normal != rank[1] for _, normal in chain.titles):
                    chain.titles.append(rank)  # "Army Chief Gen Qamar Bajwa" is a General as well
                styled = s.text[chain.end:chain.end + after.start(2)]
                if re.search(r"(?<![\w-])Amb\.\s+$", styled) and all(normal != "Ambassador" for _, normal in chain.titles):
                    chain.titles.append(("Amb.", "Ambassador"))  # "NISA Director Amb. X": an ambassador's style is the post
                start = s.start + chain.end + after.start(2) + after.group(2).find(name_after)
                end = start + len(name_after)
                if _TRUNCATED.match(s.text[end - s.start:]):
                    continue
                named_after.add(end)
                if len(tokens(name_after)) == 1:
                    singles.append((s, start, end, name_after, chain))
                else:
                    _add(ctx, s, start, end, name_after, chain, rule="title-name")
                    honorific = after.group(2)[:after.group(2).find(name_after) + len(name_after)]
                    person = ctx.persons.get(person_key(name_after))
                    if person and honorific != name_after and honorific not in person.aliases \
                            and honorific.split()[0].rstrip(".") not in _RANK_ABBREVIATIONS \
                            and honorific.split()[0] not in _STYLES \
                            and all(w in _HONORIFICS for w in honorific[:-len(name_after)].split()):
                        person.aliases.append(honorific)  # "Mullah Mohammad Yaqoob" as written
                claimed.append((chain.start, chain.end))
                # "Mexican President X and Foreign Secretary Y": the nationality carries over the "and".
                if i + 1 < len(chains) and chains[i + 1].country is None and chain.country and \
                        re.fullmatch(r"\s+and\s+", s.text[end - s.start:chains[i + 1].start]):
                    chains[i + 1].country = chain.country
            elif name_before and _NEXT_HOLDER.match(s.text[chain.end:]):
                pass  # `post-opens-next-item`: "..., Brigadier General X, Additional Director General of the Coast
                # Guard, ADG Y": a post followed by a rank and a name is the next list item's, not X's
            elif name_before:
                start = s.start + max(0, chain.prefix_start - 120) + before.start(1) + before.group(1).index(name_before)
                end = start + len(name_before)
                if len(tokens(name_before)) == 1:  # "Kallas, a former Estonian prime minister": the Kaja Kallas named
                    singles.append((s, start, end, name_before, chain))
                else:
                    _add(ctx, s, start, end, name_before, chain, rule="name-appositive-title")
                claimed.append((chain.start, chain.end))
            elif (held := _AS_POST.search(s.text, max(0, chain.prefix_start - 160), chain.prefix_start)) \
                    and (name_as := clean_name(held.group(1))) and held.group(1).endswith(name_as) \
                    and len(tokens(name_as)) >= 2 and not coreference.is_place(ctx, name_as):
                start = s.start + held.end(1) - len(name_as)
                _add(ctx, s, start, start + len(name_as), name_as, chain, rule="name-as-post", confidence=0.8)
                claimed.append((chain.start, chain.end))
            elif (into := _post_runs_into_name(ctx, s, chain)) is not None:
                _add(ctx, s, *into[:3], chain, rule=into[3], confidence=0.8)
                claimed.append((chain.start, chain.end))
            else:
                unheld.append((s, chain))
                if not chain.lower and not _OFFICE_AFTER.match(s.text[chain.end:]) \
                        and not re.match(r"^\s+[A-Z]", s.text[chain.end:]):  # "General Assembly" is not a general
                    ctx.title_refs.append(Mention(start=s.start + chain.start, end=s.start + chain.end,
                                                  key="", text=s.text[chain.start:chain.end]))
                    ctx.title_refs[-1].chain = chain  # type: ignore[attr-defined]
        for m in prefilter.finditer(_WHO_IS, s.text, folded):
            _who_is(ctx, s, m, chains, claimed)
        for pattern, rule in ((_DESCRIPTOR, "descriptor-name"), (_APPOSITIVE_DESCRIPTOR, "name-appositive"),
                              (_SPEECH, "name-verb"), (_KNOWN_AS, "name-known-as"), (_SAID_NAME, "quote-said-name"),
                              (_STYLED_NAME, "styled-name"), (_LED_BY_NAME, "government-of-name")):
            for m in prefilter.finditer(pattern, s.text, folded):
                name = clean_name(m.group(1))
                if not name or len(tokens(name)) < 2 or (author and name == author):
                    continue
                if rule in ("name-verb", "quote-said-name", "government-of-name") and coreference.is_place(ctx, name):
                    continue  # "Police in Sao Paulo and Rio de Janeiro said"
                if rule == "quote-said-name" and any(om.start <= s.start + m.start(1) < om.end for om in ctx.org_mentions):
                    continue  # '"...," said Transparency International
                start = s.start + m.start(1) + m.group(1).index(name)
                chain = None
                post = _POST_DESCRIPTOR.match(s.text[m.end(1):]) if rule == "name-appositive" else None
                if post:
                    # "Inderjeet Singh Gosal, a key Khalistan Referendum coordinator": a post named by its holder's job.
                    chain = Chain(start=m.end(1), end=m.end(1) + post.end(), titles=[(post.group("post"), post.group("post"))])
                elif rule == "name-appositive":
                    job = re.match(rf"^,\s+(?:a|an)\s+(?:senior\s+|leading\s+|independent\s+)?((?:[\w-]+\s+){{0,3}}?"
                                   rf"(?:{'|'.join(_JOBS)}))\b", s.text[m.end(1):])
                    if job:
                        # "a Sao Paulo state prosecutor": the job with its own modifiers, not the place
                        post = " ".join(w for w in job.group(1).split() if not w[0].isupper())
                        chain = Chain(start=m.end(1), end=m.end(1) + job.end(), titles=[(post, post)])
                elif rule == "descriptor-name":
                    chain = _body_descriptor(ctx, s, m)
                named_by = "counterpart-name" if m.group().startswith("counterpart,") else rule  # as before round 16
                _add(ctx, s, start, start + len(name), name, chain, rule=named_by, confidence=0.7)
        for m in prefilter.finditer(_STYLE_OR_RANK_NAME, s.text, folded):
            _style_or_rank_name(ctx, s, m)
        for m in prefilter.finditer(_PLURAL_BRACKETED, s.text, folded):
            _plural_bracketed(ctx, s, m)
        for m in prefilter.finditer(_WHO_HEADS, s.text, folded):
            _who_heads(ctx, s, m)
        for m in prefilter.finditer(_PAIR_SUBJECT, s.text, folded):
            for group in (1, 2):
                name = clean_name(m.group(group))
                if not name or len(tokens(name)) < 2 or not m.group(group).endswith(name) or name == author \
                        or coreference.is_place(ctx, name):
                    continue
                start = s.start + m.start(group) + m.group(group).index(name)
                if not any(pm.start <= start < pm.end for pm in ctx.person_mentions) \
                        and not any(om.start <= start < om.end for om in ctx.org_mentions):
                    _add(ctx, s, start, start + len(name), name, None, rule="name-pair-subject", confidence=0.7)
        for m in prefilter.finditer(_STATES_PERSON, s.text, folded):
            _states_person(ctx, s, m)
        for m in prefilter.finditer(_COUNTERPART, s.text, folded):
            name = clean_name(m.group("name"))
            if name and m.group("name").startswith(name) and (author != name):
                # "met his Polish counterpart, Marcin Kierwinski", "with her counterpart Sugiono": a person even
                # when the name is one word, since "counterpart" says so.
                start = s.start + m.start("name")
                _add(ctx, s, start, start + len(name), name, None, rule="counterpart-name", confidence=0.7)
            second = _SECOND_COUNTERPART.match(s.text, m.end()) if "counterparts" in m.group(0) else None
            name2 = clean_name(second.group("name")) if second else None
            if name2 and second.group("name").startswith(name2) and len(tokens(name2)) >= 2 and name2 != author:
                # "their German counterparts Heiko Brandt and Anna Vogel": the second counterpart is a person too
                start = s.start + second.start("name")
                _add(ctx, s, start, start + len(name2), name2, None, rule="counterpart-name", confidence=0.7)
            counterparts.append((s, m))
        for m in prefilter.finditer(_PLURAL_TITLE, s.text, folded):
            plural = _plural_antecedent(ctx, s.start + m.start("t"), m.group("t"))
            singular = re.sub(r"ies$", "y", plural) if plural.endswith("ies") else plural[:-1]
            normal = reference.titles().normal.get(singular.lower(), singular)
            for group in ("a", "b"):
                name = clean_name(m.group(group))
                if name and m.group(group).startswith(name):
                    # "The foreign ministers of India and Canada, A and B", "A of Australia and B of the Philippines"
                    state = m.group("o" + group) or m.group("c" + group)
                    chain = Chain(start=m.start("t"), end=m.end("t"), titles=[(plural, normal)],
                                  country=country_of(state) if state else None)
                    start = s.start + m.start(group)
                    if len(tokens(name)) == 1:  # "Presidents Lula and Milei": surnames, resolved like "President Lula"
                        singles.append((s, start, start + len(name), name, chain))
                    else:
                        _add(ctx, s, start, start + len(name), name, chain, rule="plural-title-names")
        for m in prefilter.finditer(_DELEGATION_HEAD, s.text, folded):
            _delegation_head(ctx, s, m)
    for s, m in counterparts:
        if not _counterparts_respectively(ctx, s, m):
            _counterpart(ctx, s, m)
    for s, start, end, name, chain in singles:
        key = coreference.resolve_token(ctx, name)
        if key:
            coreference.mention(ctx, key, start, end, name)
            _add_roles(ctx, ctx.persons[key], s, chain)
        elif _not_a_surname(ctx, name, start, end):
            continue
        else:
            full = _known_full_name(name, chain)
            _add(ctx, s, start, end, name, chain, rule="title-surname", confidence=0.75)
            if full:
                # "Prime Minister Carney" is the Mark Carney other reports name in full: same key across articles.
                person = ctx.persons.pop(person_key(name))
                for m in ctx.person_mentions:
                    if m.key == person.key:
                        m.key = person_key(full)
                person.key, person.aliases = person_key(full), [*person.aliases, name]
                person.name = full
                ctx.persons[person.key] = person
    _bare_names(ctx)
    _echoed_surnames(ctx, unheld)
    _surname_in_full(ctx)
    coreference.merge_initials(ctx)
    coreference.short_mentions(ctx)
    _list_mates(ctx)
    _title_then_name(ctx)
    _name_then_title(ctx)
    coreference.title_refs(ctx)
    _post_then_new_name(ctx, unheld)
    for s, m in counterparts:
        # `counterpart-post-late`: the owner named by a surname ("Fidan, speaking alongside his Iraqi counterpart
        # B") is a person only once short mentions are resolved, and its post may be read after the first pass
        _counterpart(ctx, s, m, rule="counterpart-post-late")
    for person in ctx.persons.values():
        _own_post_over_counterpart(person)
        _merge_same_posts(person)
    for key, person in ctx.persons.items():
        international = any(r.organization and ctx.organizations[r.organization].country is None for r in person.roles)
        if person.country is None and not international:
            # An unqualified "President Donald Trump" in a Beijing report is still American when he is well known.
            known = [c for full, c in reference.known_people().get(tokens(person.name)[-1], []) if full == person.name]
            person.country = (known[0] or None) if known else ctx.person_sentence_country.get(key) \
                or _state_after_holder(ctx, person) or _represented_state(ctx, person) \
                or _home_fallback(ctx, person)
        for role in person.roles:
            role.country = role.country or person.country


# The holder's state written right after their name, before the report's home state is assumed
# (`state-after-holder`): "Vice President X of El Salvador", "Major-General X of Nigeria who ...", "Gen. X, head of
# Pakistan's intelligence agency", "X, commander of the U.S. Coast Guard's Pacific Area", "X, Permanent Secretary,
# Mauritius." — a post of the holder's own apposition, no verb, no other person, no quotation between.
_HOLDER_OF = re.compile(r"\s+of\s+(?:the\s+)?")
_APPOSED_OF = re.compile(r"\s*,\s+(?:the\s+)?[^,;:\"“”()]{1,80}?\s+of\s+(?:the\s+)?")
_APPOSED_STATE = re.compile(r"\s*,\s+(?:the\s+)?[^,;:\"“”()]{1,60}?,\s+")
# a clause, a destination or a party between the name and the state: the state is not the holder's own
_CLAUSE_WORDS = re.compile(r"\b(?:said|says|met|meets|meeting|held|holds?|visit\w*|with|to|from|for|told|and|by|on|at|"
                           r"signed|discuss\w*|called|between|against|when|while|who|which|that|in|during|after|"
                           r"ambassador|envoy|attach[eé]|consul|counterpart)\b", re.I)
_STATE_ENDS = re.compile(r"['’]s\b|\s*[,.;:)]|\s*$|\s+(?:who|which)\b")


def _mentions_with_sentence(ctx: Context, person: Person):
    """(mention, its sentence) for every mention of the person (the context's bisect lookup, not a scan)."""
    for pm in ctx.person_mentions:
        if pm.key == person.key:
            s = ctx.sentence_at(pm.start)
            if s.start <= pm.start < s.end:
                yield pm, s


def _state_after_holder(ctx: Context, person: Person) -> str | None:
    names, adjectives = reference.countries().names, reference.countries().adjectives
    found = set()
    for pm, s in _mentions_with_sentence(ctx, person):
        cm = next(iter(ctx.countries_in(pm.end, s.end)), None)
        if cm is None or cm.start - pm.end > 120 or any(pm.end <= o.start < cm.start for o in ctx.person_mentions):
            continue
        between, tail = ctx.text[pm.end:cm.start], ctx.text[cm.end:s.end]
        if _CLAUSE_WORDS.search(between.replace(" of ", " ")) and not _HOLDER_OF.fullmatch(between):
            continue
        if _HOLDER_OF.fullmatch(between):
            if cm.text in names and re.match(r"(?!\s+[A-Z]|['’]s)", tail):
                found.add(cm.key)  # "X of Nigeria who ...", "Y of the Republic of Korea for ..."
            continue
        comma = re.match(r"\s*,\s*(?:(?:Mr|Mrs|Ms|Dr|Monsieur|Madame|Hon)\.?\s+)?", tail)
        named = NAME_RE.match(tail, comma.end()) if comma else None
        if comma and (any(cm.end < o.start <= cm.end + 40 for o in ctx.person_mentions)
                      or named and len(named.group().split()) >= 2):
            continue  # "..., the High Commissioner of Koulpélgo in ... Burkina Faso, Monsieur Y": the next one's post
        run = re.match(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*", ctx.text[cm.start:s.end])
        if run and _NEXT_HOLDER.match(ctx.text[cm.start + run.end():s.end]):
            continue  # post-opens-next-item: "..., Additional Director General of Indian Coast Guard, ADG Y"
        if cm.text in names and _APPOSED_OF.fullmatch(between) and (_STATE_ENDS.match(tail)
                                                                     or re.match(r"\s+[A-Z]", tail)):
            found.add(cm.key)  # "X, head of Pakistan's intelligence agency", "of the U.S. Coast Guard's Pacific Area"
        elif cm.text in adjectives and cm.text not in names and _APPOSED_OF.fullmatch(between) \
                and re.match(r"\s+[A-Z]?[a-z]", tail):
            found.add(cm.key)  # "X, commander of the Chinese navy"
        elif cm.text in names and _APPOSED_STATE.fullmatch(between) and re.match(r"\s*(?:[.;]|$)", tail):
            found.add(cm.key)
    return found.pop() if len(found) == 1 else None


# The state a delegation frame names for the people it lists (`represented-by`): "Guinea was represented by X,
# Minister of ...", "the Philippines was represented by Foreign Affairs Secretary X and ... Y", "the Sri Lankan
# delegation was headed by Rear Admiral X". A clause break (";", "while") or another state between ends the frame.
_REPRESENTED = re.compile(r"(?:['’]s)?(?:\s+(?:delegation|side|team))?\s+(?:was|were|is|are|has\s+been|had\s+been)"
                          r"\s+(?:represented|led|headed)\s+by\b")
_FRAME_BREAK = re.compile(r";|\b(?:while|whereas|but|which|who)\b|\b(?:said|says|told|met|signed)\b")


def _represented_state(ctx: Context, person: Person) -> str | None:
    found = set()
    for pm, s in _mentions_with_sentence(ctx, person):
        ahead = ctx.countries_in(s.start, pm.start)
        if not ahead:
            continue
        cm = ahead[-1]
        if len(ahead) > 1 and re.fullmatch(r"\s*(?:,|and|&)\s*(?:the\s+)?", ctx.text[ahead[-2].end:cm.start]):
            continue  # "Kenya and Tanzania were represented by X": the frame names no one state
        frame = _REPRESENTED.match(ctx.text, cm.end)
        if frame and frame.end() <= pm.start and pm.start - frame.end() < 150 \
                and not _FRAME_BREAK.search(ctx.text, frame.end(), pm.start) \
                and not _QUOTE_MARK.search(ctx.text, frame.end(), pm.start):
            found.add(cm.key)
    return found.pop() if len(found) == 1 else None


# The visitor is not the host (`visitor-not-host`): "Army chief General X on his first official visit to China",
# "X on Friday embarked upon a two-day visit to Bhutan", "X, who is paying a state visit to Mozambique", "X's visit to
# Armenia", "X ... is expected to arrive in Doha": a post whose holder travels to the report's home state does not
# serve it; no state is better than the host's.
_VISIT_TO = re.compile(r"\b(?:visit(?:s|ed|ing)?(?:\s+to)?|trip\s+to|tour\s+of|travel(?:l?ed|s|ling)?\s+to|"
                       r"arriv(?:e|ed|es|ing|al)\s+in|landed\s+in)\s+(?:the\s+)?$")
_NOT_THE_VISITOR = re.compile(r"\b(?:met|meets?|with|called\s+on|receiv\w*|welcom\w*|host\w*|by|said|says|told|"
                              r"invit\w*|and)\b|[;:\"“”]")


# ... nor is one the visitor met: "held talks with the Prime Minister and Army chief Gen X soon after his arrival in
# Islamabad" — "his" is the subject's ("talks with President X, who is paying a state visit" stay X's own).
_MET_BEFORE = re.compile(r"\b(?:with|met|meets|called\s+on|receiv\w*|welcom\w*|and)\s+(?:[\w.'’-]+\s+){0,6}$")
_PRONOUN_TRIP = re.compile(r"\b(?:his|her|their)\s+(?:[\w-]+\s+){0,3}?(?:visit|trip|tour|travel|arrival)")


def _visits(ctx: Context, person: Person, state: str) -> bool:
    for pm, s in _mentions_with_sentence(ctx, person):
        cm = next(iter(ctx.countries_in(pm.end, s.end)), None)
        if cm is None or cm.key != state or cm.start - pm.end > 120 \
                or any(pm.end <= o.start < cm.start for o in ctx.person_mentions):
            continue
        between = ctx.text[pm.end:cm.start]
        if _VISIT_TO.search(between) and not _NOT_THE_VISITOR.search(between) \
                and not (_MET_BEFORE.search(ctx.text[s.start:pm.start]) and _PRONOUN_TRIP.search(between)):
            return True
    return False


def _home_fallback(ctx: Context, person: Person) -> str | None:
    """The report's home state for an unqualified post, unless the post's sentence tells against it.

    "Malaysia was represented by Foreign Minister X", "during his visit to Colombo, Menon called on President X",
    "a Myanmar delegation led by Major General X": when no sentence of the person's posts names the home state, and
    one names another state AHEAD of the person, outside a quotation, that no other person of the sentence is
    explicitly from (not "Mongolian" of "Mongolian President Y"), the post more likely serves that state than the
    home one, and no state is better than a wrong one. A state named after the person ("President X said ... with
    Morocco", "talks with China's Y") is what the post acts on, and leaves the home state standing.
    """
    home = ctx.home_country
    spans = {(e.start, e.end) for role in person.roles for e in role.support.evidence}
    if home is None or not spans:
        return home
    if _visits(ctx, person, home):
        return None
    free = False
    for start, end in spans:
        inside = [cm for cm in ctx.country_mentions if start <= cm.start and cm.end <= end]
        if any(cm.key == home for cm in inside):
            return home
        at = min((pm.start for pm in ctx.person_mentions if pm.key == person.key and start <= pm.start < end),
                 default=None)
        if at is None:
            continue
        bound = {ctx.persons[pm.key].country for pm in ctx.person_mentions
                 if start <= pm.start and pm.end <= end and pm.key != person.key and pm.key in ctx.persons
                 and pm.key in ctx.person_explicit_country}
        free = free or any(cm.end <= at and cm.key not in bound
                           and len(_QUOTE_MARK.findall(ctx.text, start, cm.start)) % 2 == 0 for cm in inside)
    return None if free else home


# Words that make a different post of the same kind ("Deputy Prime Minister" is not the Prime Minister; a "former
# President" is not the President now): a post with one of them never stands for the post without it.
_OTHER_POST_WORDS = frozenset("former ex deputy vice first second assistant under acting interim outgoing incoming "
                              "junior principal permanent then designate elect".split())
_POST_SPELLINGS = {"defense": "defence", "advisor": "adviser", "counselor": "counsellor", "councilor": "councillor",
                   "organization": "organisation"}
_POST_FILLERS = frozenset("of the for and affairs in at".split())


def _post_words(title: str) -> frozenset[str]:
    return frozenset(_POST_SPELLINGS.get(w, w) for w in re.findall(r"[a-z]+", title.lower()) if w not in _POST_FILLERS)


_COUNTERPART_RULES = ("counterpart-post", "counterpart-post-translated", "counterparts-respectively", "counterpart-post-late",
                      "counterparts-both-post")


def _own_post_over_counterpart(person: Person) -> None:
    """"Police Commissioner General A held talks with his Kenyan counterpart B. Kenyan Inspector General B said ...":
    the like post a counterpart is given stands in for a post the report does not name; once the report names the
    counterpart's own post (a later sentence, a surname resolved after the counterpart was read), the like post goes."""
    if any(r.support.rule not in _COUNTERPART_RULES and r.title not in _RANKS for r in person.roles):
        person.roles = [r for r in person.roles if r.support.rule not in _COUNTERPART_RULES]


def _merge_same_posts(person: Person) -> None:
    """One post named twice: "Minister of National Security Peter Bunting ... Minister Bunting", "the Speaker of the
    Georgian Parliament ... the Speaker", "Foreign Minister" and "Minister of Foreign Affairs". A post whose words are
    all among another post's words of the same person is that post said again, unless the fuller one adds a word
    that makes another post ("Deputy", "former")."""
    if len(person.roles) < 2:
        return
    words = [_post_words(r.title) for r in person.roles]
    dropped: set[int] = set()
    for i, role in enumerate(person.roles):
        for j, other in enumerate(person.roles):
            if i == j or j in dropped or not words[i] or not words[i] <= words[j]:
                continue
            if words[i] == words[j] and i < j:
                continue  # the same words twice: the later one goes, the first stays
            if (words[j] - words[i]) & _OTHER_POST_WORDS:
                continue
            if role.title in _RANKS and other.title not in _RANKS:
                continue  # a rank is no post said again: "General X, Chief of the General Staff" holds both
            dropped.add(i)
            other.country = other.country or role.country
            other.support.evidence.extend(e for e in role.support.evidence if e not in other.support.evidence)
            break
    person.roles = [r for i, r in enumerate(person.roles) if i not in dropped]


_DEFINITE_PLURAL = re.compile(r"^(?:The|the|These|these|Both|both)\s+(?P<bare>[A-Za-z ]+)$")


def _plural_antecedent(ctx: Context, at: int, plural: str) -> str:
    """"The defence ministers of Peru and Colombia agreed ... The ministers, A of Peru and B of Colombia, said": a
    definite plural post with no field of its own refers back to the last plural post of its kind named before it
    (up to two sentences back); with none, the bare plural is the post."""
    definite = _DEFINITE_PLURAL.match(plural)
    if not definite:
        return plural
    bare = definite.group("bare")
    if " " in bare.strip():
        return plural  # "The Foreign Ministers": already has its own field
    antecedent = None
    for found in re.finditer(rf"(?<![\w-])((?:foreign|defen[cs]e|interior|justice|finance|trade|home|security)\s+{bare})\b",
                             ctx.text[max(0, at - 500):at], re.IGNORECASE):
        antecedent = found.group(1)
    return antecedent or bare


def _plural_bracketed(ctx: Context, s: Sentence, m: re.Match[str]) -> None:
    plural = re.sub(r"^(?:The|These|Both)\s+", "", m.group("t"))
    singular = re.sub(r"ies$", "y", plural) if plural.endswith("ies") else plural[:-1]
    normal = reference.titles().normal.get(singular.lower(), singular)
    for name_group, state_group in (("a", "ca"), ("b", "cb"), ("a2", "ca2"), ("b2", "cb2"), ("a3", "ca3"), ("b3", "cb3")):
        written = m.group(name_group)
        name = clean_name(written) if written else None
        code = country_of(m.group(state_group)) if written else None
        if not name or not written.startswith(name) or len(tokens(name)) < 2 or not code:
            continue
        chain = Chain(start=m.start("t"), end=m.end("t"), titles=[(plural, normal)], country=code)
        start = s.start + m.start(name_group)
        _add(ctx, s, start, start + len(name), name, chain, rule="plural-title-bracketed")
        key = person_key(name)
        ctx.persons[key].country = code
        ctx.person_explicit_country.add(key)


def _delegation_head(ctx: Context, s: Sentence, m: re.Match[str]) -> None:
    """"Leader of the South African delegation, Mr. X", "the Kenyan delegation, led by X": the head of a state's
    delegation is a post of that state, as the text words it."""
    which, demonym = ("name", m.group("dem")) if m.group("name") else ("name2", m.group("dem2"))
    written = m.group(which)
    name, code, start = clean_name(written), country_of(demonym), s.start + m.start(which)
    if not name or not written.startswith(name) or not code:
        return
    named = next((pm for pm in ctx.person_mentions if pm.start <= start < pm.end
                  and pm.key in ctx.persons and ctx.persons[pm.key].roles), None)
    if named:  # "led by Defence Minister X": the title stays; the delegation says whose minister
        person = ctx.persons.get(named.key)
        if person and person.country is None and named.key not in ctx.person_explicit_country:
            person.country = code
            ctx.person_explicit_country.add(named.key)
        return
    if len(tokens(name)) < 2:
        return
    head = (m.group("head") or "head").lower()
    title = f"{head.capitalize()} of the {demonym} delegation"
    chain = Chain(start=m.start(), end=m.start() + 1, titles=[(title, title)], country=code)
    _add(ctx, s, start, start + len(name), name, chain, rule="delegation-head", confidence=0.8)


# Words of places and facilities named after people ("Prince Sultan Air Base", "Gen Mwai Kibaki Barracks"): a run
# after a style that holds one names the place.
_FACILITY_WORDS = frozenset("""Barracks Base Airbase Airport Road Street Avenue Highway Bridge Hospital University
College School Academy Institute Stadium Mosque Hall Centre Center Port Camp Cantonment Hotel Palace Foundation Award
Prize Park Square Dam Canal Causeway Station Complex Memorial Museum Library Cup Trophy Garrison Field""".split())


def _rank_post(written: str) -> tuple[str, str] | None:
    """"Maj.-Gen." -> ("Maj.-Gen.", "Major General"), "Rear Admiral" -> itself: a rank as a post, None for a style."""
    words = re.sub(r"[.\s-]+", " ", written).split()
    if all(w in _RANK_WORDS for w in words):
        normal = " ".join(_RANK_WORDS[w] for w in words)
    else:
        normal = " ".join(words)
    return (written, normal) if normal in _RANKS else None


# A family name in capitals after the given names, as some governments write it; the name ends there.
_CAPITALS_SURNAME = re.compile(r"\s([A-Z]{3,}(?:-[A-Z]{3,})?)(?=\s*(?:[,;:.)]|and\b|$))")


def _style_or_rank_name(ctx: Context, s: Sentence, m: re.Match[str]) -> None:
    """`style-or-rank-name`: the full name after a style or a rank (see _STYLE_OR_RANK_NAME). Vetoes: the name must be
    the whole capitalised run (`style-run-on`: "King Abdul Aziz International Airport", "Prince Sultan Air Base" name
    places), of two words at least (a lone word after "Gen" is often a given name or a body word), and no place,
    body or byline."""
    written = m.group("name")
    name = clean_name(written)
    if not name or name != written or len(tokens(name)) < 2 or name == ctx.doc.author.strip():
        return
    if any(tok in _FACILITY_WORDS for tok in tokens(name)):
        return  # `style-run-on`: "Gen Mwai Kibaki Barracks", "Sheikh Zayed Stadium"
    caps = _CAPITALS_SURNAME.match(s.text, m.end("name"))
    if caps and not country_of(caps.group(1)):
        name += caps.group()  # `capitals-surname`: "Honourable Dikgakgamatso Ndelu SERETSE, Minister of ..."
    start = s.start + m.start("name")
    rank = _rank_post(m.group("style"))
    chain = Chain(start=m.start("style"), end=m.end("style"), titles=[rank]) if rank else None
    held = next((pm for pm in ctx.person_mentions if pm.key and pm.start == start and pm.end == start + len(name)), None)
    if held is not None:
        if chain is not None:  # "Gen X, the deputy commander": found by the apposition, a General as well
            _add_roles(ctx, ctx.persons[held.key], s, chain)
        return
    if any(om.start < start + len(name) and start < om.end for om in (*ctx.org_mentions, *ctx.person_mentions)) \
            or coreference.is_place(ctx, name):
        return
    _add(ctx, s, start, start + len(name), name, chain, rule="style-or-rank-name", confidence=0.75)


def _who_heads(ctx: Context, s: Sentence, m: re.Match[str]) -> None:
    """The post is "head of <body>" when a body the organisation shapes found opens the relative clause."""
    name = clean_name(m.group("name"))
    at = s.start + m.end()
    org = next((om for om in ctx.org_mentions if at <= om.start <= at + len("Iran's ") + 12
                and re.fullmatch(r"(?:[A-Z][\w.-]*['’]s\s+)?", ctx.text[at:om.start])), None)
    if not name or not m.group("name").endswith(name) or len(tokens(name)) < 2 or org is None:
        return
    body = ctx.organizations.get(org.key)
    owner = country_of(ctx.text[at:org.start].strip().replace("’s", "").replace("'s", "")) if org.start > at else None
    title = f"head of the {org.text}"
    chain = Chain(start=m.end("name"), end=org.end - s.start, titles=[(title, title)],
                  country=owner or (body.country if body else None), org_key=org.key)
    start = s.start + m.start("name") + m.group("name").index(name)
    _add(ctx, s, start, start + len(name), name, chain, rule="name-who-heads", confidence=0.7)


# "Giang, who is also a Politburo member and Deputy Secretary of the Central Military Commission, applauded ...",
# "Maria Lopes, who is also the Deputy Prime Minister, said": a relative clause after a name lists posts its holder has
# besides the one the report used; each post chain in the clause is the name's.
_WHO_IS = re.compile(rf"(?<![\w-])(?P<name>{NAME}),\s+who\s+(?:is|was|also\s+serves\s+as|serves\s+as|"
                     rf"concurrently\s+serves\s+as)\s+(?:also\s+|currently\s+|now\s+|concurrently\s+)?"
                     rf"(?:(?:the|a|an)\s+)?(?P<posts>[^,;()\"“”]{{3,160}})")
# "a Politburo member", "a Central Committee member": membership of a named body, as the clause words it.
_BODY_MEMBER = re.compile(r"^(?:(?:the|a|an)\s+)?(?P<post>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}\s+member)\b")


def _who_is(ctx: Context, s: Sentence, m: re.Match[str], chains: list[Chain], claimed: list[tuple[int, int]]) -> None:
    """Bind the post chains of a "NAME, who is (also) ..." clause that nothing else bound to the name before it."""
    name = clean_name(m.group("name"))
    if not name or not m.group("name").endswith(name):
        return
    start = s.start + m.end("name") - len(name)
    lo, hi = m.start("posts"), m.end("posts")
    found = [c for c in chains if lo <= c.start < hi and (c.start, c.end) not in claimed]
    if not found or found[0].start != lo and not re.fullmatch(r"\s*(?:(?:the|a|an)\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}"
                                                           r"\s+member\s+and\s+(?:(?:the|a|an)\s+)?",
                                                           s.text[lo:found[0].start]):
        return  # the clause must open with a post (or a body's membership and a post)
    member = _BODY_MEMBER.match(s.text[lo:found[0].start]) if found[0].start != lo else None
    if member:
        found.insert(0, Chain(start=lo, end=lo + member.end(), titles=[(member.group("post"), member.group("post"))],
                              lower=True))
    key = coreference.resolve_token(ctx, name) if len(tokens(name)) == 1 else None
    for chain in found:
        if key:
            _add_roles(ctx, ctx.persons[key], s, chain, rule="who-is-post")
        elif len(tokens(name)) >= 2:
            _add(ctx, s, start, start + len(name), name, None, rule="name-who-is-post", confidence=0.8)
            _add_roles(ctx, ctx.persons[person_key(name)], s, chain, rule="who-is-post")
        else:
            return
        claimed.append((chain.start, chain.end))
        ctx.title_refs[:] = [r for r in ctx.title_refs if r.start != s.start + chain.start]


def _states_person(ctx: Context, s: Sentence, m: re.Match[str]) -> None:
    """"Hungary's Viktor Orban", "New Zealand's Judith Collins": a full name owned by a state is its politician."""
    code = reference.countries().names.get(m.group("state"))
    name = clean_name(m.group("name"))
    if not code or not name or not m.group("name").startswith(name) or len(tokens(name)) < 2:
        return
    start = s.start + m.start("name")
    if tokens(name)[0] in _PLACE_STARTS or coreference.is_place(ctx, name) \
            or any(om.start < start + len(name) and start < om.end for om in ctx.org_mentions):
        return  # "Brazil's Sao Paulo state", "Brazil's Federal Police"
    _add(ctx, s, start, start + len(name), name, None, rule="state-possessive-name", confidence=0.7)
    key = person_key(name)
    if key in ctx.persons and key not in ctx.person_explicit_country:
        ctx.persons[key].country = code
        ctx.person_explicit_country.add(key)


# Descriptors that are no post in the body named before them ("his PNG counterpart", "Hezbollah politician").
_NO_BODY_POST = frozenset({"counterpart", "suspect", "accused", "politician", "dictator", "ruler", "strongman", "warlord",
                           "assistant", "partner"})


def _body_descriptor(ctx: Context, s: Sentence, m: re.Match[str]) -> Chain | None:
    """"Hamas official Basem Naim", "Taliban commander X": the job in the body named right before it is the post."""
    word_start = m.start()
    org = next((om for om in ctx.org_mentions if om.end == s.start + word_start - 1), None)
    if org is None or org.key not in ctx.organizations:
        return None
    body = ctx.organizations[org.key]
    word = s.text[word_start:m.start(1)].strip().rstrip(",")
    if word in _NO_BODY_POST:
        return None
    span = s.text[org.start - s.start:word_start + len(word)]
    if any(t.end() == len(span) for t in reference.titles().pattern.finditer(span)):
        return None  # "Indian Army chief": the title chain ("Army chief") already names the post
    title = f"{body.name} {word}"
    return Chain(start=org.start - s.start, end=m.start(1), titles=[(s.text[org.start - s.start:m.start(1)].strip(), title)],
                 country=body.country, org_key=body.key, lower=True)


# "the Home Secretary Level Talks", "King Khalid International Airport": a word after a post that runs on into more
# capitalised words that are no name (the name grammar cut them off) names an event, a place or a body, not a holder.
_RUNS_ON = re.compile(r"^(?:['’]s)?\s+([A-Z][a-z]+)")
# ... and "the 8th round of Corps Commander Level talks", "Foreign Secretary Dialogue": words of a meeting's name.
_EVENT_WORDS = frozenset({"Level", "Round", "Talks", "Dialogue", "Summit", "Meeting", "Consultations"})


def _not_a_surname(ctx: Context, name: str, start: int, end: int) -> bool:
    """A lone word after or before a post that no one in the article bears, and that is no surname: a plural
    ("National Security Advisors (NSA)"), a sentence adverb ("Separately, a defence ministry spokesperson"), a word
    of a longer capitalised name ("Home Secretary Level Talks"), or a rank or honorific opening the holder's name
    ("Senior Lieutenant General X")."""
    titles = reference.titles().normal
    if name.endswith("s") and (name[:-1].lower() in titles or name[:-1] in STOP_WORDS):
        return True
    if name.endswith("ly") and re.search(r"(?:^|[.!?]\s+)$", ctx.text[max(0, start - 3):start]) \
            and ctx.text[end:end + 1] == ",":
        return True
    if name in _LEADING_RANKS:
        return True
    if name in _EVENT_WORDS:
        return True  # "Corps Commander Level talks": the word names a meeting or its level, not a holder
    runs_on = _RUNS_ON.match(ctx.text[end:end + 40])
    return bool(runs_on) and runs_on.group(1) in STOP_WORDS and runs_on.group(1) not in WEEKDAYS_TITLE \
        and runs_on.group(1).lower() not in MONTHS


def _known_full_name(surname: str, chain: Chain | None) -> str | None:
    hits = reference.known_people().get(surname, [])
    if chain and chain.country:
        hits = [h for h in hits if h[1] == chain.country]
    return hits[0][0] if len(hits) == 1 else None


_SPOKE = re.compile(r"^(?:['’]s)?\s+(?:also\s+|later\s+)?(?:said|says|told|added|adds|stated|noted|announced|warned|"
                    r"stressed)\b")


def _unheld_speaking_posts(ctx: Context, opener: str):
    """A post no one in the report holds, speaking as the subject of its sentence (what comes before it in the
    sentence matches ``opener``): each with the body's sentences, the sentence's index among them and the chain."""
    body = ctx.body()
    for ref in ctx.title_refs:
        chain: Chain = ref.chain  # type: ignore[attr-defined]
        wanted = {slug(normal) for _, normal in chain.titles}
        if any(wanted & {r.key for r in p.roles} for p in ctx.persons.values()):
            continue
        at = next((i for i, (x, _) in enumerate(body) if x.start <= ref.start < x.end), None)
        if at is None:
            continue
        s, offset = body[at]
        if re.fullmatch(opener, ctx.text[s.start + offset:ref.start]) and _SPOKE.match(ctx.text[ref.end:s.end]):
            yield body, at, chain


def _opening_mention(ctx: Context, sentence: tuple) -> Mention | None:
    """The mention of an untitled person whose name opens the sentence (at its offset), if any."""
    s, offset = sentence
    first = next((m for m in ctx.person_mentions if m.key and m.start == s.start + offset), None)
    return None if first is None or ctx.persons[first.key].roles else first


def _title_then_name(ctx: Context) -> None:
    """"Ghana's National Security Minister said ... . Albert Kan-Dapaah added ...": a post no one holds, speaking
    as a sentence's subject, is held by the untitled person who speaks first in the next sentence."""
    for body, at, chain in _unheld_speaking_posts(ctx, r"(?:[Tt]he\s+)?(?:[A-Z][\w'’.-]*\s+){0,2}"):
        first = _opening_mention(ctx, body[at + 1]) if at + 1 < len(body) else None
        if first is not None and _SPOKE.match(ctx.text[first.end:body[at + 1][0].end]):
            _add_roles(ctx, ctx.persons[first.key], body[at][0], chain)


def _name_then_title(ctx: Context) -> None:
    """"John Healey hailed the pact ... . The Defence Secretary said ...": a definite post no one holds, speaking as
    the subject of a sentence, is the post of the untitled person who opened the sentence before it (the report's
    subject carried over, as _title_then_name carries a post forward to the next sentence's speaker)."""
    for body, at, chain in _unheld_speaking_posts(ctx, r"[Tt]he\s+"):
        first = _opening_mention(ctx, body[at - 1]) if at else None
        if first is not None:
            _add_roles(ctx, ctx.persons[first.key], body[at][0], chain, rule="name-then-title")


# "The deputy foreign minister was in Kabul ...", "X met the Qatari minister of state ...": a post that introduces its
# holder is definite ("the") or a state's ("Pakistan's") and stands alone, the name coming in a later sentence.
_INTRODUCED = re.compile(r"(?:^|(?<![\w-])[Tt]he\s+)$")
_POSSESSED = re.compile(r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w'’-]*)?['’]s\s")


# People found by the shape of their name alone (a surname that recurs, a comma and "a ..."/"the ..." after it): the
# post of an unnamed holder is not carried to them, since on news at large they are places and events as often
# ("Sital Nivas, the official residence", "the Pakistan Day Parade").
_WEAK_NAME_RULES = frozenset({"bare-name-recurring-surname", "bare-name-styled-surname", "name-appositive"})


def _post_then_new_name(ctx: Context, unheld: list[tuple[Sentence, Chain]]) -> None:
    """"ISLAMABAD: The deputy foreign minister was in Kabul on Tuesday ... . Hina Rabbani Khar and Amir Khan Muttaqi,
    the host foreign minister, discussed ...", "Guler met the Qatari minister of state for defense affairs ... . Guler
    and Sheikh Saoud ... exchanged views": news introduces a person by the post first and names them after. A definite
    post no one in the report holds (one of the lead's two sentences, or one a state qualifies) is the post of the
    first person the next two sentences name for the first time, when that person has no post of their own and is of
    no other state."""
    if not unheld:
        return
    body = ctx.body()
    at_of = {x.index: i for i, (x, _) in enumerate(body)}
    first_seen: dict[str, int] = {}
    for m in sorted(ctx.person_mentions, key=lambda m: m.start):
        if m.key:
            first_seen.setdefault(m.key, m.start)
    bound: set[str] = set()
    for s, chain in unheld:
        at = at_of.get(s.index)
        if at is None or any(normal in _RANKS for _, normal in chain.titles) or chain.former:
            continue
        if not (chain.country or at <= 1):
            continue
        offset = body[at][1]
        prefix = s.text[chain.prefix_start:chain.start]
        if not (_INTRODUCED.search(s.text[offset:chain.prefix_start]) or re.match(r"[Tt]he\s", prefix)
                or _POSSESSED.match(prefix)):
            continue
        wanted = {slug(normal) for _, normal in chain.titles}
        if any(wanted & {r.key for r in p.roles} for p in ctx.persons.values()):
            continue
        for x, _ in body[at + 1:at + 3]:
            new = sorted((m for m in ctx.person_mentions if m.key and x.start <= m.start < x.end
                          and first_seen.get(m.key) == m.start), key=lambda m: m.start)
            if not new:
                continue
            person = ctx.persons[new[0].key]
            if person.support.rule in _WEAK_NAME_RULES:
                break  # "... ceremony at Sital Nivas, the official residence": a name only its shape vouches for
            if person.key not in bound and not any(r.title not in _RANKS for r in person.roles) \
                    and (chain.country is None or person.key not in ctx.person_explicit_country
                         or person.country == chain.country):
                bound.add(person.key)
                _add_roles(ctx, person, s, chain, rule="post-then-new-name")
            break


_STYLED_SURNAME = re.compile(r"(?<![\w-])(?:Mr|Mrs|Ms|Mme|Dr|Sir|Dame)\.?\s+([A-Z][\w'’-]+)(?![\w-])")


def _bare_names(ctx: Context) -> None:
    """A name with no title ("Hardeep Singh Nijjar was killed") counts when its surname recurs on its own later
    ("Nijjar's killing"): that is how reports refer back to people, and place or body names rarely do it."""
    known = [(m.start, m.end) for m in ctx.person_mentions] + [(m.start, m.end) for m in ctx.org_mentions]
    # the offsets inside those spans: an overlap is a set lookup per offset of the name, not a scan of every span
    covered = {i for a, b in known for i in range(a, b)}
    odd = [(a, b) for a, b in known if a >= b]  # empty or reversed spans keep the plain test
    # surnames written after a style of address anywhere in the article ("Mr Healey"): one scan per article
    styled_surnames = {m.group(1) for m in _STYLED_SURNAME.finditer(ctx.text)}
    for s in ctx.reporting():
        if s.index in ctx.headlines:
            continue
        for m in NAME_RE.finditer(s.text):
            name = clean_name(m.group())
            if not name or not m.group().endswith(name):
                continue
            start = s.start + m.end() - len(name)
            if any(i in covered for i in range(start, start + len(name))) \
                    or any(a < start + len(name) and start < b for a, b in odd):
                continue
            if not 2 <= len(tokens(name)) <= 4 or name == ctx.doc.author.strip():
                continue
            last = tokens(name)[-1]
            if last.lower() in reference.titles().normal or len(last) < 3:
                continue
            # "John Healey hailed the pact ... Mr Healey is making his first visit": the surname again after a
            # style of address says the name is a person's, at the start of a sentence too
            styled = last in styled_surnames
            if start == s.start and not styled:
                continue  # sentence-initial capitals prove nothing
            if coreference.is_place(ctx, name):
                continue  # "officers in Ciudad del Este": a place
            if styled:
                _add(ctx, s, start, start + len(name), name, None, rule="bare-name-styled-surname", confidence=0.7)
            elif any(coreference.lone_at(ctx.text, a, b) for a, b in coreference.occurrences(ctx.text, last)
                     if not start <= a < start + len(name)):
                _add(ctx, s, start, start + len(name), name, None, rule="bare-name-recurring-surname", confidence=0.6)


# `echoed-surname`: a surname that speaks on its own ("Marape acknowledges the agreement", "..., Adikari said",
# "Mr Scher told") names a person; when no person found so far bears it, the report's fuller writing of it ("Prime
# Minister of Papua New Guinea James Marape", "Robert Scher, deputy assistant secretary") gives the full name: the
# one to three given names or initials right before one of its other occurrences.
_ECHO_VERB = (r"(?:['’]s)?\s+(?:also\s+|later\s+|further\s+)?(?:said|says|told|added|adds|stated|noted|announced|"
              r"warned|stressed|acknowledged|acknowledges|explained|insisted|thanked|urged|emphasi[sz]ed|"
              r"underlined|reiterated|argued|pointed\s+out|tweeted|wrote|was\s+quoted|held|met|"
              r"welcomed|visited|received)\b")
# (no "was", "has", "is": places and states take them too, "Aflao has long been a crossing point")
# the lone word as a subject: opening its sentence (after a quotation mark), after a quotation's closing comma, or
# after a style of address anywhere
_ECHO_SUBJECT = re.compile(rf"(?:^[\"“‘']?|[,!?][\"”’']?\s+|(?<![\w-])(?:Mr|Mrs|Ms|Dr)\.?\s+)"
                           rf"(?P<w>{CAP})(?={_ECHO_VERB})")
_GIVEN = re.compile(rf"(?:{CAP}|[{_UP_LETTERS}]\.(?:[{_UP_LETTERS}]\.)*|(?:{'|'.join(PARTICLES)}))")


def _given_names(words: list[str]) -> list[str]:
    """The one to three given names or initials at the end of ``words`` ("James", "W.M.M.R.", "Rajni Kant")."""
    given: list[str] = []
    for word in reversed(words[-3:]):
        if not _GIVEN.fullmatch(word) or word[0].isupper() and not word.endswith(".") and clean_name(word) != word:
            break
        given.insert(0, word)
    while given and given[0].lower() in PARTICLES:
        given.pop(0)
    return given


def _fuller_writing(ctx: Context, word: str, covered: set[int]) -> tuple[Sentence, int, int, str] | None:
    """(sentence, start, end, name) of the first place where given names or initials stand right before ``word``."""
    for a, b in coreference.occurrences(ctx.text, word):
        if a in covered or not re.search(r"\S\s+$", ctx.text[max(0, a - 3):a]):
            continue
        given = _given_names(ctx.text[max(0, a - 60):a].split())
        written = " ".join(given)
        start = ctx.text.rfind(written, max(0, a - 60), a) if given else -1
        name = f"{written} {word}"
        if start < 0 or re.sub(r"\s+", " ", ctx.text[start:b]) != name or any(i in covered for i in range(start, b)):
            continue
        at = next((x for x in ctx.reporting() if x.start <= start < x.end), None)
        if at is not None and at.index not in ctx.headlines:
            return at, start, b, name
    return None


def _post_beside(at: Sentence, start: int, end: int, unheld: list[tuple[Sentence, Chain]]) -> Chain | None:
    """The holderless post right before the name ("Prime Minister of Papua New Guinea James Marape", "Secretary to
    the Ministry ..., W.M.M.R. Adikari") or right after it in apposition ("Robert Scher, deputy assistant
    secretary of defense"): the name found late is its holder."""
    for x, chain in unheld:
        if x.index != at.index:
            continue
        gap = at.text[chain.end:start - at.start]
        if chain.end <= start - at.start and _REMIT_GAP.fullmatch(gap):
            of_state = _GAP_STATE.fullmatch(gap)
            state = _state_named(of_state.group("state")) if of_state else None
            if state and chain.country in (None, state):
                chain.country = state  # "Prime Minister of Papua New Guinea James Marape"
            return chain
        if chain.prefix_start >= end - at.start \
                and re.fullmatch(r"\s*,\s*(?:the\s+|a\s+|an\s+)?", at.text[end - at.start:chain.prefix_start]):
            return chain
    return None


# between a post and its holder's given names: nothing, a comma, or the post's capitalised remit ("Secretary to the
# Ministry of Fisheries and Aquatic Resources Development, W.M.M.R. Adikari")
_REMIT_GAP = re.compile(r"(?:\s+(?:of|for|to|and|the|[A-Z][\w'’&-]*))*\s*,?\s*")
_GAP_STATE = re.compile(r"\s+of\s+(?:the\s+)?(?P<state>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\s*,?\s*")


def _covered(ctx: Context) -> set[int]:
    """Every character offset a person or body already names."""
    return {i for m in (*ctx.person_mentions, *ctx.org_mentions) for i in range(m.start, m.end)}


def _echoed_surnames(ctx: Context, unheld: list[tuple[Sentence, Chain]]) -> None:
    covered = _covered(ctx)
    done: set[str] = set()
    for s in ctx.reporting():
        if s.index in ctx.headlines:
            continue
        for m in _ECHO_SUBJECT.finditer(s.text):
            word = m.group("w")
            if word in done or s.start + m.start("w") in covered or clean_name(word) != word \
                    or coreference.resolve_token(ctx, word) or coreference.is_place(ctx, word) or country_of(word):
                continue
            done.add(word)
            if (fuller := _fuller_writing(ctx, word, covered)) is not None:
                at, start, end, name = fuller
                _add(ctx, at, start, end, name, _post_beside(at, start, end, unheld), rule="echoed-surname",
                     confidence=0.7)
                covered.update(range(start, end))


def _surname_in_full(ctx: Context) -> None:
    """`surname-in-full`: a person known only by a surname after a post ("Minister Sadi") takes the full name the
    report writes elsewhere with no post before it ("René Emmanuel Sadi speaking during the opening")."""
    covered = _covered(ctx)
    for person in list(ctx.persons.values()):
        if " " in person.name or person.support.rule != "title-surname" or person.key not in ctx.persons:
            continue
        fuller = _fuller_writing(ctx, person.name, covered)
        if fuller is None or person_key(fuller[3]) in ctx.persons:
            continue
        at, start, end, name = fuller
        ctx.persons.pop(person.key)
        for pm in ctx.person_mentions:
            if pm.key == person.key:
                pm.key = person_key(name)
        person.key, person.aliases, person.name = person_key(name), [*person.aliases, person.name], name
        ctx.persons[person.key] = person
        if ctx.span(at) not in person.support.evidence:
            person.support.evidence.append(ctx.span(at))
        coreference.mention(ctx, person.key, start, end, name)
        covered.update(range(start, end))


# `list-mate`: "Daniel Ortega, Mauricio Funes, and Porfirio Lobo signed", "ministers Sven Mikser (Estonia), Raimonds
# Vejonis (Latvia) and Juozas Olekas", "Jeff Sessions of the United States, Nestor Martinez of Colombia": a full name
# listed right beside a person the report names is a person too. Between the two only a list joint (a comma, "and", a
# semicolon), after the first one's bracketed or "of" state.
_LIST_JOINT = re.compile(r"(?:\s*\([^()]{1,30}\))?(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?"
                         r"\s*(?:,|;|,?\s+and)\s*(?:and\s+)?")  # no dash: "Ibok – Ete Ekwe Ibas" is one name


# `list-not-item`: a capitalised run after "of", "the", "for", "to" or a possessive is part of a post, a body or a
# place ("the Vice Minister of Internal Order of Peru, Nestor Zegarra"), not an item of the list.
_NOT_LISTED = re.compile(r"(?:\b(?:of|the|for|to|a|an|at|in)|['’]s)\s+\Z")


def _list_mates(ctx: Context) -> None:
    for s in ctx.reporting():
        if s.index in ctx.headlines:
            continue
        mentions = [pm for pm in ctx.person_mentions if pm.key and s.start <= pm.start < s.end]
        if not mentions:
            continue
        for m in NAME_RE.finditer(s.text):
            name = clean_name(m.group())
            if not name or name != m.group() or not 2 <= len(tokens(name)) <= 4 or name == ctx.doc.author.strip():
                continue
            start, end = s.start + m.start(), s.start + m.end()
            if any(om.start < end and start < om.end for om in (*ctx.org_mentions, *ctx.person_mentions)):
                continue
            if not any(_LIST_JOINT.fullmatch(ctx.text, pm.end, start) for pm in mentions if pm.end <= start) \
                    and not any(_LIST_JOINT.fullmatch(ctx.text, end, pm.start) for pm in mentions if pm.start >= end):
                continue
            if coreference.is_place(ctx, name) or country_of(name) \
                    or _NOT_LISTED.search(ctx.text, max(0, start - 12), start):
                continue
            _add(ctx, s, start, end, name, None, rule="list-mate", confidence=0.7)
            mentions = [pm for pm in ctx.person_mentions if pm.key and s.start <= pm.start < s.end]


# "... and their German counterparts Heiko Brandt and Anna Vogel": the second of two counterparts named together.
_SECOND_COUNTERPART = re.compile(rf"\s+and\s+(?P<name>{NAME})")
# Seats in a legislature: posts with no like abroad for a counterpart to hold (`counterpart-no-seat`).
_SEATS = frozenset({"Senator", "MP", "Member of Parliament", "Congressman", "Congresswoman", "Lawmaker", "Legislator"})
# Styles, honorifics and abbreviated ranks before a counterpart's name ("Prince", "Sheikh", "Dr", "Col", "Maj Gen
# (Rtd)"): the person the report found starts after them.
_STYLE_BEFORE_NAME = re.compile(r"(?:(?:Prince|Princess|Sheikh|Sheikha|Shaikh|Sheik|Dr|Mr|Mrs|Ms|Mme|Prof|Professor|"
                                r"Sir|Dame|H\.\s?E|Hon|Datuk|Dato'?|Seri|Tan\s+Sri|Col|Lt|Maj|Gen|Brig|Adm|Capt|Cdr|"
                                r"Colonel|Major|Lieutenant|Captain|Commodore|General|Admiral|Brigadier|Rear|Vice|Air|"
                                r"Marshal|Field)\.?[\s-]+|\((?:[Rr]td|[Rr]etd|[Rr]etired)\.?\)\s+)+(?=[A-Z])")


def _counterpart_state(s: Sentence, m: re.Match[str]) -> str | None:
    """The state the adjective before "counterpart" names, read with the word before it when the two are one
    adjective ("his South Korean counterpart": South Korea, not the Korea "Korean" leaves to guess)."""
    group = "adj" if m.group("adj") else "adj0" if m.group("adj0") else None
    if group is None:
        return None
    two = re.search(r"(?<![\w-])([A-Z][a-z]+)\s+$", s.text[:m.start(group)])
    if two and country_of(f"{two.group(1)} {m.group(group)}"):
        return country_of(f"{two.group(1)} {m.group(group)}")
    return country_of(m.group(group))


def _counterparts_respectively(ctx: Context, s: Sentence, m: re.Match[str]) -> bool:
    """"Foreign Minister A and Defence Minister B will meet their German counterparts C and D": two counterparts
    named together pair, in order, with the two post holders named before them in the sentence; each holds the
    like post of the state the adjective names, and the holders are from the article's other state."""
    if "counterparts" not in m.group(0):
        return False
    second = _SECOND_COUNTERPART.match(s.text, m.end())
    if second is None:
        return False
    keys = [coreference.mention_key(ctx, s.start + m.start("name")),
            coreference.mention_key(ctx, s.start + second.start("name"))]
    if None in keys or keys[0] == keys[1]:
        return False
    owners: list[str] = []
    for pm in sorted(ctx.person_mentions, key=lambda pm: pm.start):
        if s.start <= pm.start < s.start + m.start() and pm.key not in keys and pm.key not in owners:
            owners.append(pm.key)
    owners = owners[-2:]
    if len(owners) != 2 or not all(ctx.persons[o].roles for o in owners):
        return False
    code = _counterpart_state(s, m)
    if code is None:
        mine = next((ctx.persons[o].country for o in owners if ctx.persons[o].country), None) or ctx.home_country
        others = [c for c in ctx.main_countries() if c != mine]
        code = others[0] if mine and others else None
    for owner_key, key in zip(owners, keys):
        person, other = ctx.persons[key], ctx.persons[owner_key]
        if code and key not in ctx.person_explicit_country:
            person.country = code
            ctx.person_explicit_country.add(key)
        if code and owner_key not in ctx.person_explicit_country:
            rest = [c for c in ctx.main_countries() if c != code]
            if rest:
                other.country = rest[0]
                ctx.person_explicit_country.add(owner_key)
        if not all(r.title in _RANKS for r in person.roles):
            continue  # the counterpart's own post is named
        here = [r for r in other.roles if ctx.span(s) in r.support.evidence] or other.roles
        here = [r for r in here if r.title not in _RANKS and not r.organization]
        for role in here[-1:]:
            title = _like_post(role.title, other.country or ctx.home_country, code or person.country)
            person.roles.append(Role(title=title, key=slug(title), country=code or person.country,
                                     wording="counterpart",
                                     support=Support(evidence=[ctx.span(s)], rule="counterparts-respectively",
                                                     confidence=0.6)))
    return True


# A counterpart holds the like post in the state that names it its own way: Britain and the United States call their
# defence and foreign ministers secretaries, the others ministers ("UK Defence Secretary A and his German counterpart
# B": B is Germany's Defence Minister). The other way round ("Defence Minister A and his British counterpart B") is
# left as written: reports and their readers carry the post over as it stands.
_AS_MINISTER = {"defence secretary": "Defence Minister", "defense secretary": "Defense Minister",
                "secretary of defense": "Defense Minister", "secretary of defence": "Defence Minister",
                "secretary of war": "Defense Minister", "secretary of state": "Foreign Minister",
                "foreign secretary": "Foreign Minister"}
_SECRETARY_STATES = ("GB", "US")


def _like_post(title: str, owner_country: str | None, code: str | None) -> str:
    """The post a counterpart from ``code`` holds, like ``title`` held in ``owner_country``."""
    if owner_country in _SECRETARY_STATES and code and code not in _SECRETARY_STATES:
        return _AS_MINISTER.get(title.lower(), title)
    return title


def _counterpart(ctx: Context, s: Sentence, m: re.Match[str], *, rule: str | None = None) -> None:
    """"Modi and his Canadian counterpart Mark Carney": Carney is Canadian and holds Modi's post there; Modi is
    from the article's other state. ``rule`` names the late pass, which only fills a counterpart still without a post."""
    code = _counterpart_state(s, m)
    key = coreference.mention_key(ctx, s.start + m.start("name"))
    second = _second_counterpart(ctx, s, m, key)
    paired = _paired_states(s, m) if second else None
    if paired:  # "his Latvian and Estonian counterparts A and B": the first adjective is the first name's state
        code = paired[0]
    if rule and key and not all(r.title in _RANKS for r in ctx.persons[key].roles) \
            and not (second and all(r.title in _RANKS for r in ctx.persons[second].roles)):
        return  # the first pass (or the counterparts' own posts) already gave each a post
    rank = re.match(r"(?:General|Gen\.?|(?:Rear\s+|Vice\s+)?Admiral|Field Marshal|Lieutenant General|Major General|"
                    r"Air (?:Chief )?Marshal|Colonel|Brigadier(?: General)?)\s+",
                    m.group("name"))
    if key is None and rank:  # "his Indonesian counterpart General Prabowo Subianto": the name after the rank
        key = coreference.mention_key(ctx, s.start + m.start("name") + rank.end())
    styled = _STYLE_BEFORE_NAME.match(s.text, m.start("name")) if key is None else None
    if styled:  # `counterpart-styled`: "his Saudi counterpart Prince Faisal bin Farhan", "counterpart, Dr X"
        key = coreference.mention_key(ctx, s.start + styled.end())
    before = [pm for pm in ctx.person_mentions if s.start <= pm.start < s.start + m.start() and pm.key != key]
    if re.match(r"(?:his|her)\b", m.group(0)) and re.match(r"(?:He|She)\s", s.text):
        # "He met A, B, and his counterpart C": "his" is the subject's, the person the report followed before
        prior = [pm for pm in ctx.person_mentions if s.start - 600 < pm.start < s.start and pm.key != key]
        before = prior[-1:] or before
    if not before:  # "Pistorius and his Ukrainian counterpart": a surname whose full name came earlier
        surname = re.search(r"(?<![\w-])([A-Z][\w'’-]+)\s+and\s+$", s.text[:m.start()])
        known = coreference.resolve_token(ctx, surname.group(1)) if surname else None
        if known and known != key:
            before = [Mention(start=s.start + surname.start(1), end=s.start + surname.end(1), key=known,
                              text=surname.group(1))]
    if not code and key and before:  # no adjective, or one that names no state ("his Defence counterpart")
        # "Penny Wong ... with her counterpart Sugiono": the counterpart is from the article's other state.
        mine = ctx.persons[before[-1].key].country or ctx.home_country
        others = [c for c in ctx.main_countries() if c != mine]
        code = others[0] if mine and others else None
    if not code or not key:
        return
    person = ctx.persons[key]
    if key not in ctx.person_explicit_country:
        person.country = code
        ctx.person_explicit_country.add(key)
    if not before:
        return
    other = ctx.persons[before[-1].key]
    if other.key not in ctx.person_explicit_country:
        rest = [c for c in ctx.main_countries() if c != code and c not in (paired or ())]  # the owner is of neither
        if rest:
            other.country = rest[0]
            ctx.person_explicit_country.add(other.key)
            for role in other.roles:
                role.country = rest[0]
    if all(r.title in _RANKS for r in person.roles):  # "his counterpart General X": the rank is no post
        # The matching post: of "Deputy Prime Minister and Defence Minister X", the counterpart is the other
        # side's Defence Minister, the post named last where the two meet.
        here = [r for r in other.roles if ctx.span(s) in r.support.evidence] or other.roles
        # a rank is the person's, not the post matched; the late pass gives none when the owner has only a rank
        here = [r for r in here if r.title not in _RANKS] or (here if rule is None and not styled else [])
        here = [r for r in here if not r.organization]  # a counterpart holds the like post, not in the same body
        # `counterpart-no-seat`: a seat in a legislature is no office another state has a like of ("Senator Johnston
        # described talks with his Indonesian counterpart"): the owner's office named elsewhere stands in for it
        here = [r for r in here if r.title not in _SEATS] or [
            r for r in other.roles if r.title not in _SEATS and r.title not in _RANKS and not r.organization] \
            if here else here
        for role in here[-1:]:
            title = _like_post(role.title, other.country or ctx.home_country, code)
            named = rule or ("counterpart-styled" if styled else "counterpart-post" if title == role.title
                             else "counterpart-post-translated")
            person.roles.append(Role(title=title, key=slug(title), country=code, wording="counterpart",
                                     support=Support(evidence=[ctx.span(s)], rule=named, confidence=0.6)))
    if second and person.roles and all(r.title in _RANKS for r in ctx.persons[second].roles):
        # `counterparts-both-post`: "his Latvian and Estonian counterparts A and B" (one owner, two names): the
        # second holds the like post as well, in the second adjective's state when two are named
        _second_holds(ctx, s, person, ctx.persons[second], paired[1] if paired else None)


def _second_counterpart(ctx: Context, s: Sentence, m: re.Match[str], key: str | None) -> str | None:
    """The person of "counterparts A and B" named second, when that is another person than the first."""
    if "counterparts" not in m.group(0) or key is None:
        return None
    second = _SECOND_COUNTERPART.match(s.text, m.end())
    other = coreference.mention_key(ctx, s.start + second.start("name")) if second else None
    return other if other and other != key else None


_PAIRED_ADJECTIVE = re.compile(r"(?<![\w-])([A-Z][a-z]+)\s+and\s+$")


def _paired_states(s: Sentence, m: re.Match[str]) -> tuple[str, str] | None:
    """("LV", "EE") of "his Latvian and Estonian counterparts": each adjective a state, in the order named."""
    group = "adj" if m.group("adj") else "adj0" if m.group("adj0") else None
    if group is None:
        return None
    first = _PAIRED_ADJECTIVE.search(s.text, max(0, m.start(group) - 30), m.start(group))
    codes = (country_of(first.group(1)), country_of(m.group(group))) if first else (None, None)
    return codes if all(codes) and codes[0] != codes[1] else None


def _second_holds(ctx: Context, s: Sentence, first: Person, second: Person, code: str | None) -> None:
    """The second counterpart holds the post the first was given here, in its own state when one is named."""
    role = next((r for r in reversed(first.roles) if r.wording == "counterpart" and r.title not in _RANKS), None)
    if role is None:
        return
    if code and second.key not in ctx.person_explicit_country:  # no state named for it: the first's is no guide
        second.country = code
        ctx.person_explicit_country.add(second.key)
    second.roles.append(Role(title=role.title, key=role.key, country=code, wording="counterpart",
                             support=Support(evidence=[ctx.span(s)], rule="counterparts-both-post", confidence=0.6)))


def _add(ctx: Context, s: Sentence, start: int, end: int, name: str, chain: Chain | None, *, rule: str,
         confidence: float = 0.9) -> None:
    if name in (ctx.doc.author.strip(), ctx.doc.publisher.strip()):
        return  # the byline and the outlet are not people in the story
    key = person_key(name)
    person = ctx.persons.get(key)
    if person is None:
        person = Person(key=key, name=name, support=Support(evidence=[ctx.span(s)], rule=rule, confidence=confidence))
        ctx.persons[key] = person
    elif name != person.name and name not in person.aliases:
        if len(name) > len(person.name):
            person.aliases.append(person.name)
            person.name = name
        else:
            person.aliases.append(name)
    if ctx.span(s) not in person.support.evidence:
        person.support.evidence.append(ctx.span(s))
    coreference.mention(ctx, key, start, end, name)
    _add_roles(ctx, person, s, chain)


def _body_as_named(ctx: Context, key: str, written: str) -> str:
    """The body a post belongs to, as the post names it: an acronym the report spells out elsewhere ("the Government
    Communications Security Bureau (GCSB) ... GCSB Director-General X") stands for the full name (posts are written
    with abbreviations expanded); one it never spells out ("NISA Director") stays as written."""
    org = ctx.organizations.get(key)
    if org and re.fullmatch(r"[A-Z][A-Z&]{1,7}", written) and org.name != written and len(org.name.split()) >= 2 \
            and org.name in ctx.text:
        return org.name
    return written


# "Egyptian Armed Forces Chief of Staff, Lt Gen X", "US Joint Chiefs of Staff Spokesperson Navy Capt. Y": a state
# named as an adjective or a possessive ahead of an unqualified post, with no other person between, is whose post it
# is more often than the report's home state; a bare state name ("talks in Australia, Prime Minister X") is not.
_POSSESSIVE_AFTER = re.compile(r"['’]s\b")
_QUOTE_MARK = re.compile(r"[\"“”]")


def _sentence_country(ctx: Context, s: Sentence, chain: Chain, person: Person) -> str | None:
    at = s.start + min(chain.prefix_start, chain.start)
    floor = max((pm.end for pm in ctx.person_mentions
                 if s.start <= pm.start < at and pm.key != person.key), default=s.start)
    ahead = [cm for cm in ctx.country_mentions if floor <= cm.start and cm.end <= at]
    if not ahead:
        return None
    last = max(ahead, key=lambda cm: cm.end)
    between = ctx.text[last.end:at]
    if _QUOTE_MARK.search(between) or any(
            (name := clean_name(m.group())) and len(tokens(name)) >= 2 and name != person.name
            for m in NAME_RE.finditer(between)):
        return None  # a quotation ends, or someone else is named, between the state and the post
    adjective = last.text in reference.countries().adjectives and last.text not in reference.countries().names
    if adjective or _POSSESSIVE_AFTER.match(ctx.text, last.end):
        return last.key
    return None


def _add_roles(ctx: Context, person: Person, s: Sentence, chain: Chain | None, *, rule: str = "title") -> None:
    if chain is None:
        return
    if chain.country is None and person.key not in ctx.person_explicit_country \
            and person.key not in ctx.person_sentence_country:
        code = _sentence_country(ctx, s, chain, person)
        if code:
            ctx.person_sentence_country[person.key] = code
    if chain.country and person.key not in ctx.person_explicit_country:
        person.country = chain.country
        ctx.person_explicit_country.add(person.key)
    for wording, normal in chain.titles:
        title = normal
        if chain.org_key and (normal in ("Spokesperson", "Spokesman", "Spokeswoman") or chain.lower and normal in ("Director", "Director General",
                                                                                   "Commissioner", "Chief", "Commander",
                                                                                   "Chairman", "Secretary", "head")
                              or normal[0].islower() and ctx.organizations[chain.org_key].kind == "nonstate"
                              and not normal.startswith(ctx.organizations[chain.org_key].name)):  # "Taliban commander"
            # "head of the Kyrgyz border service": the body as this sentence writes it, not under its fuller name
            written = next((m.text for m in ctx.org_mentions if m.key == chain.org_key
                            and s.start + chain.start <= m.start < s.start + chain.end), None)
            title = f"{written or ctx.organizations[chain.org_key].name} {normal}"
        elif chain.org_key and (normal in _BODY_POSTS or normal in _INTERNATIONAL_POSTS
                                and chain.org_key in ctx.organizations
                                and ctx.organizations[chain.org_key].country is None):
            # "FBI Director Kash Patel", "White House press secretary": the post is the body's, named as written.
            written = next((m for m in ctx.org_mentions if m.key == chain.org_key
                            and s.start + chain.prefix_start - 1 <= m.start < s.start + chain.end + 80), None)
            if written is None or not re.match(r"['’]s\b", ctx.text[written.end:written.end + 2]):
                title = f"{_body_as_named(ctx, chain.org_key, written.text) if written else ctx.organizations[chain.org_key].name} {normal}"
            # "Europol's executive director": the possessive names the body, the post stays as it is
        if chain.former and (wording, normal) == chain.titles[0]:
            title = f"former {title}"  # "former president Jair Bolsonaro": not the president now
        key = slug(title)
        role = next((r for r in person.roles if r.key == key), None)
        if role is None:
            person.roles.append(Role(title=title, key=key, country=chain.country, organization=chain.org_key,
                                     wording=wording.strip(),
                                     support=Support(evidence=[ctx.span(s)], rule=rule, confidence=0.85)))
        else:
            if len(wording) > len(role.wording):
                role.wording = wording.strip()
            role.country = role.country or chain.country
            if ctx.span(s) not in role.support.evidence:
                role.support.evidence.append(ctx.span(s))
