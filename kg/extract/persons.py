"""People and their posts: title chains before or after a name, appositives, descriptors, counterparts.

find() runs the per-sentence patterns and composes the parts, whose imports run one way:
person_words (shared word tables) <- person_roles (adding a person and their posts) <- person_states (the state a
person serves) <- person_posts (linking a name to its post) and person_names (a name and its variants);
person_counterparts (the post and state of a counterpart) stands apart; persons uses them all.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from kg.extract import coreference, prefilter, ranks, reference, styles
from kg.extract.context import Context, Mention
from kg.extract.dates import WEEKDAYS_TITLE
from kg.extract.names import (CAPS_INITIALED_NAME, CAPS_INITIALS, LEADING_RANKS as _LEADING_RANKS, NAME, NAME_AT_END_RE,
                              RULER_STYLES, caps_initials_vetoed, clean_name, located, patronymic_only,
                              person_key, tokens)
from kg.extract.person_counterparts import _SECOND_COUNTERPART, _counterpart, _counterparts_respectively
from kg.extract.person_names import (_bare_names, _echoed_surnames, _known_full_name, _list_mates, _name_then_title,
                                     _not_a_surname, _post_then_new_name, _styled_surnames, _surname_in_full,
                                     _title_then_name)
from kg.extract.person_posts import (_WHO_IS, PLURAL_LIST_POST, _abbreviated_rank, _body_descriptor, _delegation_head,
                                     _merge_same_posts, _own_post_over_counterpart, _plural_antecedent,
                                     _plural_bracketed, _plural_title_list, _post_runs_into_name, _post_runs_on,
                                     _remit_ends, _states_person, _style_or_rank_name, _who_heads, _who_is)
from kg.extract.person_roles import _add, _add_roles
from kg.extract.person_states import _home_fallback, _represented_state, _state_after_holder, _state_named
from kg.extract.person_words import _DOTTED, _NEXT_HOLDER, _RANK_ABBREVIATIONS
from kg.extract.posts import _RANKS, Chain, country_of, chains as title_chains
from kg.extract.sentences import Sentence


# "Alhaji (Dr) Mahamudu Bawumia", "Chief (Mrs) X": a style with a bracketed honorific after it opens the name.
_BRACKETED_STYLE = r"(?:Alhaji|Alhaja|Hajia|Chief|Engr|Arc|Barr)\.?\s*\((?:Dr|Mrs|Prof|Engr|Barr|Arc)\.?\)"
# "Air Marshal (Rtd) X": a bracketed "retired" between a rank and the name (the rank stays as written: golds differ
# on writing "(retired)" into it, and the judges' readers leave it out).
_RETIRED = ranks.RETIRED
# What may stand between a post and its holder's name: an acronym, "(retd)", a comma, "Hon." or "H.E.".
_TO_HOLDER = (rf"^\s*(?:\([A-Z]{{2,6}}\)\s*)?(?:{_RETIRED}\s*)?(,\s*)?(?:(?:the\s+)?(?:Rt\.?\s+)?Hon(?:ourable|orable)?\.?\s+|"
              rf"H\.\s?E\.?\s+)?")
# `style-skipped`: the styles of styles.STYLES that the name grammar cannot read ("Dato’", "HE", "(Dr)") are skipped
# before the name ("Maj. Gen. Dato’ Hj Fazal ...", "Foreign Minister HE Dr. Abbas Araghchi", "Col (Dr) J"); the rest
# clean_name drops.
_WRITTEN_STYLES = styles.written()
_NAME_AFTER = re.compile(_TO_HOLDER + rf"(?:{_WRITTEN_STYLES})?"
                         + rf"(?:{_BRACKETED_STYLE}\s+)?(?:{_DOTTED}\s+)?(?:{_WRITTEN_STYLES})?"
                         + rf"(?:(?:sheikh|sheikha|shaikh)\s+)?({NAME})")
# `title-initials-name`: a post, perhaps a rank or a style after it, then a name opening with initials written as one
# word ("Chief of Army Staff Gen MM Naravane", "Nepal's Prime Minister KP Sharma Oli"); the words before the initials
# must be ranks or styles (the test _title_holders applies to every name after a post).
_NAME_AFTER_INITIALED = re.compile(
    _TO_HOLDER + rf"((?:[A-Z][a-z]{{1,11}}\.?\s+){{0,3}}(?P<ini>{CAPS_INITIALS}) (?P<rest>{NAME}))")

# " of Chad, " or " of the Philippines, " between a post and the name in apposition after it.
_OF_STATE = re.compile(rf"^\s+of\s+(?:the\s+)?(?P<state>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,3}})(?=\s*,\s*{NAME})")


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
               "Datin", "Seri", "Tunku", "Tengku", "H.E.", "H.E"}
# Styles of address, never part of how a report names someone again ("the Honourable", "Tan Sri").
_STYLES = {"Honourable", "Honorable", "Hon", "Hon.", "Excellency", "His", "Her", "Tan", "Puan", "Toh", "Datuk", "Dato",
           "Dato'", "Datin", "Seri", "H.E.", "H.E"} | styles.UNALIASED | styles.EXTENDERS
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
# "the Minister of Defense and Military Production": a pair after "of"/"for" is what a post or body serves.
_REMIT_BEFORE = re.compile(r"\b(?:of|for)\s+(?:the\s+)?$")
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
               r"(?:Datuk|Dato['’]?)(?:\s+Seri)?|H\.\s?E\.)"  # "H.E. U. Khurelsukh": His or Her Excellency
_RANK_WRITTEN = r"(?:(?:Lt|Maj|Brig)\.?[\s-]*)?Gen\.?|Col\.|(?:Rear|Vice)\s+Admiral|Air\s+(?:Vice\s+|Chief\s+)?Marshal|" \
                r"(?:Lieutenant|Major|Brigadier)[\s-]General"
_STYLE_OR_RANK_NAME = re.compile(rf"(?<![\w.-])(?P<style>{_STYLE_WORDS}|{_RANK_WRITTEN})"
                                 rf"(?:\s*\((?:[Rr]td|[Rr]etd|[Rr]et|R|Res)\.?\))?\s+(?P<name>{CAPS_INITIALED_NAME}|{NAME})")
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
# Jobs named by an appositive ("Abdi Farah, a researcher at ..."): the job is the post.
_JOBS = ("researcher", "analyst", "professor", "fellow", "lecturer", "economist", "scholar", "expert", "prosecutor",
         "judge", "investigator", "lawmaker", "legislator", "lawyer", "journalist", "criminologist", "consultant")


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
        _title_holders(ctx, s, chains, claimed, singles, unheld)
        for m in prefilter.finditer(_WHO_IS, s.text, folded):
            _who_is(ctx, s, m, chains, claimed)
        _pattern_names(ctx, s, folded, author)
        for m in prefilter.finditer(_STYLE_OR_RANK_NAME, s.text, folded):
            _style_or_rank_name(ctx, s, m)
        for m in prefilter.finditer(_PLURAL_BRACKETED, s.text, folded):
            _plural_bracketed(ctx, s, m)
        for m in prefilter.finditer(_WHO_HEADS, s.text, folded):
            _who_heads(ctx, s, m)
        _pair_subjects(ctx, s, folded, author)
        for m in prefilter.finditer(_STATES_PERSON, s.text, folded):
            _states_person(ctx, s, m)
        _counterpart_names(ctx, s, folded, author, counterparts)
        _plural_title_names(ctx, s, folded, singles)
        for m in prefilter.finditer(PLURAL_LIST_POST, s.text, folded):
            _plural_title_list(ctx, s, m)
        for m in prefilter.finditer(_DELEGATION_HEAD, s.text, folded):
            _delegation_head(ctx, s, m)
    for s, m in counterparts:
        if not _counterparts_respectively(ctx, s, m):
            _counterpart(ctx, s, m)
    _resolve_singles(ctx, singles)
    _bare_names(ctx)
    _echoed_surnames(ctx, unheld)
    _styled_surnames(ctx)
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
    _fill_states(ctx)


# The words a list item may hold between its post and its holder's name: its state, a comma, then ranks and styles.
_POST_TO_NAME = re.compile(r"(?:\s*of\s*(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?\s*,?\s*"
                           r"(?:[A-Z][a-z]*\.?\s+){0,3}$")


def _posts_lead_items(chains: list[Chain], i: int, text: str, name_start: int) -> bool:
    """`post-opens-next-item` holds in a list whose items open with the post ("Chief of Defence Force, Lieutenant
    General A, Vice Chief of Defence Force, Brigadier General B, ..."): the name before the post followed a post
    itself. In a list whose items open with the name ("General A, National Commissioner of the Police Service,
    Lieutenant General B, ..."), the post after a name is that name's."""
    return any(not all(normal in _RANKS for _, normal in c.titles) and c.end <= name_start
               and _POST_TO_NAME.fullmatch(text[c.end:name_start]) for c in chains[:i])


@dataclass
class _Holding:
    """One post of a sentence while the rows of _HOLDER_ROWS look for its holder: the lists they fill, what the rows
    before have read (the name after the post, the name before it), and the two things one post leaves the next."""

    s: Sentence
    chains: list[Chain]
    i: int
    chain: Chain  # chains[i], the post in hand
    claimed: list[tuple[int, int]]
    singles: list[tuple[Sentence, int, int, str, Chain | None]]
    unheld: list[tuple[Sentence, Chain]]
    named_after: set[int]  # where the names that follow their post in apposition end (kept across the sentence)
    skip_to: int  # posts that start before this offset were read as part of a name (kept across the sentence)
    after: re.Match[str] | None = None
    name_after: str | None = None
    initialed: tuple[re.Match[str], str] | None = None
    rank: tuple[str, str] | None = None  # a rank written between the post and the name after it
    before: re.Match[str] | None = None
    name_before: str | None = None


def _title_holders(ctx: Context, s: Sentence, chains: list[Chain], claimed: list[tuple[int, int]],
                   singles: list[tuple[Sentence, int, int, str, Chain | None]],
                   unheld: list[tuple[Sentence, Chain]]) -> None:
    """The holder of each post in the sentence: the name right after it, the name before it in apposition, "X as
    post", a post that runs into a name; a one-word name waits in singles, a post with no holder in unheld.
    The rows of _HOLDER_ROWS run in order on each post; the first that returns True settles it."""
    named_after: set[int] = set()
    skip_to = -1
    for i, chain in enumerate(chains):
        if chain.start < skip_to:
            continue
        h = _Holding(s=s, chains=chains, i=i, chain=chain, claimed=claimed, singles=singles, unheld=unheld,
                     named_after=named_after, skip_to=skip_to)
        for _name, row in _HOLDER_ROWS:
            if row(ctx, h):
                break
        skip_to = h.skip_to


def _owner_state(ctx: Context, h: _Holding) -> bool:
    """"Goita sent his defence minister, Sadio Camara": the post serves the state of the one just named."""
    s, chain = h.s, h.chain
    if chain.country is None and re.search(r"(?<![\w-])(?:his|her)\s+$", s.text[:chain.start]):
        prior = [pm for pm in ctx.person_mentions if s.start - 300 < pm.start < s.start + chain.start]
        owner = ctx.persons.get(max(prior, key=lambda pm: pm.start).key) if prior else None
        if owner and owner.key in ctx.person_explicit_country:
            chain.country = owner.country
    return False


def _abbreviation_name(ctx: Context, h: _Holding) -> bool:
    """"Defence Minister Gen Nakatani": a title abbreviation and one name word after a post are its holder's name
    (rule title-name); the posts inside that name are skipped."""
    s, chain = h.s, h.chain
    abbreviated = _ABBREVIATION_NAME.match(s.text[chain.end:])
    if not abbreviated or any(n in ("General", "Admiral", "Senator", "Governor") for _, n in chain.titles):
        return False
    start = s.start + chain.end + abbreviated.start(1)
    _add(ctx, s, start, start + len(abbreviated.group(1)), abbreviated.group(1), chain, rule="title-name")
    h.claimed.append((chain.start, chain.end))
    h.skip_to = chain.end + abbreviated.end()
    return True


def _of_state(ctx: Context, h: _Holding) -> bool:
    """"The transitional president of Chad, Mahamat Deby,": the state qualifies the post before the name."""
    of_state = _OF_STATE.match(h.s.text[h.chain.end:])
    state = _state_named(of_state.group("state")) if of_state else None
    if state and h.chain.country in (None, state):
        h.chain.country = state
        h.chain.end += of_state.end()
    return False


def _runs_on(ctx: Context, h: _Holding) -> bool:
    """"the Vice Minister of Internal Order of Peru, Nestor Zegarra": a capitalised post grows over its remit."""
    if h.chain.titles[-1][1][:1].isupper():
        _post_runs_on(h.s, h.chain)
    return False


def _name_after(ctx: Context, h: _Holding) -> bool:
    """The name right after the post, `style-skipped` styles, "Hon." or "H.E." before it."""
    h.after = _NAME_AFTER.match(h.s.text[h.chain.end:])
    h.name_after = clean_name(h.after.group(2), after_post=True) if h.after else None
    return False


def _initials_after(ctx: Context, h: _Holding) -> bool:
    """"Chief of Army Staff Gen MM Naravane": a name opening with initials after the post is read instead."""
    h.initialed = _initialed_after(ctx, h.s, h.chain)
    if h.initialed is not None:
        h.after, h.name_after = h.initialed
    return False


def _weekday_name(ctx: Context, h: _Holding) -> bool:
    """"Dr. Sunday Attah": right after a post, a weekday is a given name."""
    first = h.after.group(2).split()[0] if h.after else ""
    if h.name_after and first in WEEKDAYS_TITLE and h.after.group(2).startswith(f"{first} {h.name_after}"):
        h.name_after = f"{first} {h.name_after}"
    return False


def _words_skipped(ctx: Context, h: _Holding) -> bool:
    """The words clean_name dropped before the name after the post: "He" is the Chinese surname ("Vice Premier He
    Lifeng"); ranks and styles may stand there (a rank is kept); any other word means no name follows the post."""
    if h.name_after and not h.after.group(2).startswith(h.name_after):
        skipped = h.after.group(2)[:h.after.group(2).find(h.name_after)].split()
        if skipped == ["He"] and len(tokens(h.name_after)) == 1 and not h.chain.lower:
            h.name_after = f"He {h.name_after}"
        elif not all(_rank_or_style_word(w) for w in skipped):
            h.name_after = None
        else:
            h.rank = _abbreviated_rank(skipped)
    return False


def _name_before(ctx: Context, h: _Holding) -> bool:
    """The name that ends right before the post (within 120 characters), whole."""
    h.before = NAME_AT_END_RE.search(h.s.text[max(0, h.chain.prefix_start - 120):h.chain.prefix_start])
    h.name_before = clean_name(h.before.group(1)) if h.before else None
    if h.name_before and not h.before.group(1).endswith(h.name_before):
        h.name_before = None
    return False


def _indefinite_speaker(ctx: Context, h: _Holding) -> bool:
    """"... to meet General X, a presidency spokesman said": an indefinite post followed by a speech verb is the subject
    of its own clause, another person than the name before the comma."""
    if h.name_before and _INDEFINITE_SPEAKER.search(h.s.text[:h.chain.prefix_start]) \
            and _SPOKE_AFTER.match(h.s.text[h.chain.end:]):
        h.name_before = None
    return False


def _before_holds_earlier(ctx: Context, h: _Holding) -> bool:
    """"the Prime Minister, A, the Speaker, B,": A already holds the post before it, so B holds this one."""
    if h.name_before and h.name_after \
            and h.s.start + max(0, h.chain.prefix_start - 120) + h.before.end(1) in h.named_after:
        h.name_before = None
    return False


def _title_name(ctx: Context, h: _Holding) -> bool:
    """The name right after the post holds it, unless a comma sets that name apart and a name before holds it; after
    a lowercase post only a full name does (rules title-name, title-initials-name; a one-word name waits in singles)."""
    s, chain, after, name_after = h.s, h.chain, h.after, h.name_after
    use_after = name_after and (not after.group(1) or not h.name_before)
    if not use_after or chain.lower and len(tokens(name_after)) < 2:
        return False
    if h.rank and all(normal != h.rank[1] for _, normal in chain.titles):
        chain.titles.append(h.rank)  # "Army Chief Gen Qamar Bajwa" is a General as well
    styled = s.text[chain.end:chain.end + after.start(2)]
    if re.search(r"(?<![\w-])Amb\.\s+$", styled) and all(normal != "Ambassador" for _, normal in chain.titles):
        chain.titles.append(("Amb.", "Ambassador"))  # "NISA Director Amb. X": an ambassador's style is the post
    start = s.start + chain.end + after.start(2) + after.group(2).find(name_after)
    end = start + len(name_after)
    if _TRUNCATED.match(s.text[end - s.start:]):
        return True
    if not all(normal in _RANKS for _, normal in chain.titles):
        h.named_after.add(end)  # a rank before a name is no post: "General A, Commissioner of X, ..." is A's
    if len(tokens(name_after)) == 1:
        h.singles.append((s, start, end, name_after, chain))
    else:
        _add(ctx, s, start, end, name_after, chain,
             rule="title-initials-name" if h.initialed is not None else "title-name")
        _alias_as_written(ctx, after.group(2)[:after.group(2).find(name_after) + len(name_after)], name_after)
    h.claimed.append((chain.start, chain.end))
    # "Mexican President X and Foreign Secretary Y": the nationality carries over the "and".
    if h.i + 1 < len(h.chains) and h.chains[h.i + 1].country is None and chain.country and \
            re.fullmatch(r"\s+and\s+", s.text[end - s.start:h.chains[h.i + 1].start]):
        h.chains[h.i + 1].country = chain.country
    return True


def _alias_as_written(ctx: Context, honorific: str, name: str) -> None:
    """"Mullah Mohammad Yaqoob": the name with the honorifics written before it is an alias as written (not with a
    rank or a style of address)."""
    person = ctx.persons.get(person_key(name))
    if person and honorific != name and honorific not in person.aliases \
            and honorific.split()[0].rstrip(".") not in _RANK_ABBREVIATIONS \
            and honorific.split()[0] not in _STYLES \
            and all(w in _HONORIFICS for w in honorific[:-len(name)].split()):
        person.aliases.append(honorific)


def _post_opens_next_item(ctx: Context, h: _Holding) -> bool:
    """"..., Brigadier General X, Additional Director General of the Coast Guard, ADG Y": a post followed by a rank
    and a name is the next list item's, not X's; nobody holds it here."""
    return bool(h.name_before and _NEXT_HOLDER.match(h.s.text[h.chain.end:]) and _posts_lead_items(
        h.chains, h.i, h.s.text, max(0, h.chain.prefix_start - 120) + h.before.start(1)
        + h.before.group(1).index(h.name_before)))


# `post-runs-into-next-holder`: the words a post runs on into with no comma: capitalised words joined by of/for/and/to,
# a bracketed remit or acronym ("(MoD)"), abbreviated styles ("H E Lt. Gen"); the run ends at a clause's edge.
_RUN_PAST_POST = re.compile(r"^(?P<run>(?:\s*\([^()]{1,40}\)|\s+(?:(?:of|for|and|to)\s+(?:the\s+)?)?[A-Z][\w'’-]*\.?)+)"
                            r"(?=\s*(?:[,;:)\"“”]|\.\s|\.?$)|\s+[a-z])")


def _runs_into_next_holder(ctx: Context, h: _Holding) -> bool:
    """"Permanent Secretary A B, Commander of the Air Force C D", "Foreign Minister A B, Secretary of Government C D":
    in a list whose items open with the post, a post after a name that holds the post before it, running on with no
    comma into capitalised words that end in a name (not in a field, body or state: "of the Central Military
    Commission"), is the next item's; the name before is no apposition of it (the rows after may find the holder)."""
    if not h.name_before:
        return False
    run = _RUN_PAST_POST.match(h.s.text[h.chain.end:])
    if run is None:
        return False
    segments = re.split(r"\s(?:of|for|and|to)\s+(?:the\s+)?", run.group("run"))
    words = [w.rstrip(".") for w in re.findall(r"[A-Z][\w'’-]*\.?", segments[-1])]
    if not words or (len(segments) > 1 and len(words) < 2) or _remit_ends(words):
        return False
    name_start = max(0, h.chain.prefix_start - 120) + h.before.start(1) + h.before.group(1).index(h.name_before)
    if _posts_lead_items(h.chains, h.i, h.s.text, name_start):
        h.name_before = None
    return False


def _name_appositive_title(ctx: Context, h: _Holding) -> bool:
    """The name before the post, in apposition, holds it; "Kallas, a former Estonian prime minister": a one-word name
    (the Kaja Kallas named) waits in singles."""
    if not h.name_before:
        return False
    s, chain = h.s, h.chain
    start = s.start + max(0, chain.prefix_start - 120) + h.before.start(1) + h.before.group(1).index(h.name_before)
    end = start + len(h.name_before)
    if len(tokens(h.name_before)) == 1:
        h.singles.append((s, start, end, h.name_before, chain))
    else:
        _add(ctx, s, start, end, h.name_before, chain, rule="name-appositive-title")
    h.claimed.append((chain.start, chain.end))
    return True


def _name_as_post(ctx: Context, h: _Holding) -> bool:
    """"Baku appointed Vugar Hasanov as special envoy": the full name appointed or elected "as" the post holds it."""
    s, chain = h.s, h.chain
    held = _AS_POST.search(s.text, max(0, chain.prefix_start - 160), chain.prefix_start)
    name_as = clean_name(held.group(1)) if held else None
    if not name_as or not held.group(1).endswith(name_as) or len(tokens(name_as)) < 2 \
            or coreference.is_place(ctx, name_as):
        return False
    start = s.start + held.end(1) - len(name_as)
    _add(ctx, s, start, start + len(name_as), name_as, chain, rule="name-as-post", confidence=0.8)
    h.claimed.append((chain.start, chain.end))
    return True


def _post_remit_name(ctx: Context, h: _Holding) -> bool:
    """A post whose remit runs on into its holder's name (rules post-remit-name, remit-name-and)."""
    into = _post_runs_into_name(ctx, h.s, h.chain)
    if into is None:
        return False
    _add(ctx, h.s, *into[:3], h.chain, rule=into[3], confidence=0.8)
    h.claimed.append((h.chain.start, h.chain.end))
    return True


def _unheld(ctx: Context, h: _Holding) -> bool:
    """No holder beside the post: it waits in unheld, and a capitalised one may be a title reference ("the
    Minister"), but not "the President's Office" nor "General Assembly" (a general followed by a capital)."""
    s, chain = h.s, h.chain
    h.unheld.append((s, chain))
    if not chain.lower and not _OFFICE_AFTER.match(s.text[chain.end:]) \
            and not re.match(r"^\s+[A-Z]", s.text[chain.end:]):
        ctx.title_refs.append(Mention(start=s.start + chain.start, end=s.start + chain.end,
                                      key="", text=s.text[chain.start:chain.end]))
        ctx.title_refs[-1].chain = chain  # type: ignore[attr-defined]
    return True


# The steps that find a post's holder, in the order they run. A row returns True when it settles the post (the rows
# after it do not run); the others read or veto what the rows after them use.
_HOLDER_ROWS: tuple[tuple[str, Callable[[Context, _Holding], bool]], ...] = (
    ("possessive-owner-state", _owner_state),
    ("abbreviation-name", _abbreviation_name),
    ("of-state-before-name", _of_state),
    ("post-runs-on", _runs_on),
    ("name-after", _name_after),
    ("title-initials-name", _initials_after),
    ("weekday-given-name", _weekday_name),
    ("words-before-name", _words_skipped),
    ("name-before", _name_before),
    ("indefinite-speaker", _indefinite_speaker),
    ("name-before-holds-earlier", _before_holds_earlier),
    ("title-name", _title_name),
    ("post-opens-next-item", _post_opens_next_item),
    ("post-runs-into-next-holder", _runs_into_next_holder),
    ("name-appositive-title", _name_appositive_title),
    ("name-as-post", _name_as_post),
    ("post-remit-name", _post_remit_name),
    ("unheld", _unheld),
)


def _rank_or_style_word(word: str) -> bool:
    """A word that may stand between a post and its holder's name: a style, a rank or its abbreviation."""
    normal = reference.titles().normal
    # (a ruler's style too: the first of "Sultan Sultan X", which clean_name reads as one, `ruler-style-doubled`)
    return word in _HONORIFICS or word.rstrip(".") in _RANK_ABBREVIATIONS or word in _LEADING_RANKS \
        or word.lower() in RULER_STYLES \
        or word in styles.WORDS or word in styles.EXTENDERS \
        or word.lower() in normal and normal[word.lower()] in _RANKS


def _initialed_after(ctx: Context, s: Sentence, chain: Chain) -> tuple[re.Match[str], str] | None:
    """(the match, the name) of a name opening with initials written as one word right after a post
    (`title-initials-name`), when only ranks or styles stand between and the initials pass caps_initials_vetoed;
    None otherwise. Veto `three-letters-need-a-rank`: three capitals are a name's initials only after a rank or a
    style ("Air Chief Marshal RKS Bhadauria", "Army Chief Gen NRN Rao"); right after a civil post they are as often
    a party's or a force's initials ("Commander XYZ First Last"), which two capitals seldom are (a state's or a union's,
    which the veto's tables know)."""
    at = chain.end
    m = _NAME_AFTER_INITIALED.match(s.text[at:])
    if m is None:
        return None
    rest = clean_name(m.group("rest"))
    if not rest or not m.group("rest").startswith(rest) or len(tokens(rest)) > 4:
        return None
    skipped = m.group(2)[:m.start("ini") - m.start(2)].split()
    start = s.start + at + m.start("ini")
    if len(m.group("ini")) == 3 and not skipped and not any(normal in _RANKS for _, normal in chain.titles):
        return None
    if not all(_rank_or_style_word(w) for w in skipped) \
            or caps_initials_vetoed(ctx.text, start, m.group("ini"), tokens(rest)[0]) \
            or any(om.start < start + len(m.group("ini")) and start < om.end for om in ctx.org_mentions):
        return None
    return m, f"{m.group('ini')} {rest}"


def _pattern_names(ctx: Context, s: Sentence, folded: str, author: str) -> None:
    """Names marked as people by the words around them: a descriptor, an appositive, a speech verb, "known as",
    a quote's "said X", a style, "the government of X"."""
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
            offset, length = located(m.group(1), name)
            start = s.start + m.start(1) + offset
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
            _add(ctx, s, start, start + length, name, chain, rule=named_by, confidence=0.7)


# `nearest-namesake`: "The Minister of Defence, Gen. Yassin Ibrahim ... Gen. Ibrahim described ... the Chadian Minister,
# Gen. Daoud Yahia Ibrahim": a surname two people of the report share names the one named last before it; and a
# surname the report's own people hold is never a well-known namesake from the reference list ("Anwar Ibrahim").
def _namesakes(ctx: Context, name: str) -> list[str]:
    return [p.key for p in ctx.persons.values() if len(tokens(p.name)) > 1 and tokens(p.name)[-1] == name]


def _nearest_before(ctx: Context, keys: list[str], start: int) -> str | None:
    before = [m for m in ctx.person_mentions if m.key in keys and m.end <= start]
    return max(before, key=lambda m: m.end).key if before else None


def _resolve_singles(ctx: Context, singles: list[tuple[Sentence, int, int, str, Chain | None]]) -> None:
    """A one-word name beside a post: a person already named, a known full name, or a surname of its own."""
    for s, start, end, name, chain in singles:
        key = coreference.resolve_token(ctx, name)
        namesakes = _namesakes(ctx, name) if key is None else []   # (resolved: "King Salman" beside "Mohammed bin
        if len(namesakes) > 1:                                     # Salman" may still be the known King Salman)
            key = _nearest_before(ctx, namesakes, start)
        styled = chain is not None and any(n.lower() in RULER_STYLES for _, n in chain.titles)
        if key and styled and patronymic_only(ctx.persons[key].name, name):
            key = None  # `style-not-patronymic`: "King Salman" is not "Mohammed bin Salman"
        if key:
            coreference.mention(ctx, key, start, end, name)
            _add_roles(ctx, ctx.persons[key], s, chain)
        elif _not_a_surname(ctx, name, start, end):
            continue
        else:
            full = None if namesakes else _known_full_name(name, chain)
            if full and styled and patronymic_only(full, name):
                full = None  # `style-not-patronymic`: the known "Mohammed bin Salman" is not "King Salman"
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


# Bodies that serve no one state: their holders get none (`international-body`); a state body whose state the report
# leaves unsaid ("National Armed Forces", "Border Police") still lets its holder's own sentence say it
# (`body-holder-sentence-state`: "Indonesia was represented by ... National Armed Forces commander-in-chief X").
_NO_STATE_KINDS = ("international", "nonstate")


def _fill_states(ctx: Context) -> None:
    """The state of a person no post qualified, from the known people, the sentence, the holder's apposition, the side
    they represent or the report's home state; each post serves its holder's state unless it names its own."""
    for key, person in ctx.persons.items():
        bodies = [ctx.organizations[r.organization] for r in person.roles if r.organization]
        international = any(o.country is None and o.kind in _NO_STATE_KINDS for o in bodies)
        if person.country is None and not international:
            # An unqualified "President Donald Trump" in a Beijing report is still American when he is well known.
            known = [c for full, c in reference.known_people().get(tokens(person.name)[-1], []) if full == person.name]
            person.country = (known[0] or None) if known else ctx.person_sentence_country.get(key) \
                or _state_after_holder(ctx, person) or _represented_state(ctx, person)
            if person.country is None and not any(o.country is None for o in bodies):
                # `stateless-body-no-home`: a body of no known state ("14 Corps", "Border Police") may be either
                # side's, so its holder gets a state only from their own sentence, never the report's home state
                person.country = _home_fallback(ctx, person)
                if person.country and person.country == ctx.home_country:
                    ctx.home_fallback.add(key)
            # `sentence-state-first-named`: a state ahead of a repeated post only where nothing else tells one
            person.country = person.country or ctx.person_later_sentence_country.get(key)
        for role in person.roles:
            role.country = role.country or person.country


def _pair_subjects(ctx: Context, s: Sentence, folded: str, author: str) -> None:
    """Two full names joined by "and" before a speech or meeting verb: both are people."""
    for m in prefilter.finditer(_PAIR_SUBJECT, s.text, folded):
        if _REMIT_BEFORE.search(s.text, 0, m.start()):
            continue  # "Minister of Defense and Military Production, X, met": a post's remit, not two people
        for group in (1, 2):
            name = clean_name(m.group(group))
            if not name or len(tokens(name)) < 2 or not m.group(group).endswith(name) or name == author \
                    or coreference.is_place(ctx, name):
                continue
            start = s.start + m.start(group) + m.group(group).index(name)
            if not any(pm.start <= start < pm.end for pm in ctx.person_mentions) \
                    and not any(om.start <= start < om.end for om in ctx.org_mentions):
                _add(ctx, s, start, start + len(name), name, None, rule="name-pair-subject", confidence=0.7)


def _counterpart_names(ctx: Context, s: Sentence, folded: str, author: str,
                       counterparts: list[tuple[Sentence, re.Match[str]]]) -> None:
    """The names after "counterpart(s)"; each match waits in counterparts for its post and state."""
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


def _plural_title_names(ctx: Context, s: Sentence, folded: str,
                        singles: list[tuple[Sentence, int, int, str, Chain | None]]) -> None:
    """The holders a plural title names ("the foreign ministers of India and Canada, A and B")."""
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
