"""Readings of a name and the words around it: whose body it is, what kind, where its name ends."""

from __future__ import annotations

import re

from kg.extract import reference
from kg.extract.org_words import HEADS as _HEADS, LEAD_STOP as _LEAD_STOP
from kg.extract.context import Context
from kg.extract.dates import MONTHS, WEEKDAYS_TITLE
from kg.extract.names import CAP, STOP_WORDS
from kg.extract.organizations.patterns import _COMPLEMENT, _KIND_BY_HEAD, _SERVICE_WORDS, _STATE_QUALIFIER


def _qualifying_state(before: str) -> str | None:
    """The state whose possessive or adjective ends ``before`` ("South Korea's ", "the Philippines' ", "Swedish "):
    the longest run of its last words that names a state."""
    q = _STATE_QUALIFIER.search(before)
    if q is None:
        return None
    words, countries = q.group("state").split(), reference.countries()
    return next((code for i in range(len(words)) if (code := countries.code(" ".join(words[i:])))), None)


def _generic_alias(said: str, org: reference.KnownOrg) -> bool:
    """Whether ``said`` is an alias that drops the owner from the body's name ("Security Council" of "UN Security
    Council"): a name any state's body may carry."""
    return said != org.name and org.name.endswith(f" {said}") and not re.search(r"\b[A-Z]{2,}\b", said)


# "of the Republic of Tajikistan", "of Australia", "of the Russian Federation": a complement that names a state.
_OF_RUN = re.compile(r"^\s+of\s+(?:the\s+)?(?P<run>[A-Z][\w’'-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w’'-]*){0,4})")


def _of_a_state(after: str) -> bool:
    """Whether ``after`` opens with "of" and a state ("of the Kingdom of Saudi Arabia", "of the Kyrgyz Republic"),
    not with a body of one ("of the Royal Thai Armed Forces")."""
    run = _OF_RUN.match(after)
    if run is None or re.search(rf"\b(?:{_HEADS})\b", run.group("run")):
        return False
    words, countries = run.group("run").split(), reference.countries()
    return any(countries.code(" ".join(words[i:j])) for i in range(len(words)) for j in range(i + 1, len(words) + 1)
               if words[i] != "of" and words[j - 1] != "of")


def _inside_longer_name(m: re.Match[str], before: str) -> bool:
    inside = re.search(r"(?<![\w-])([A-Z][a-z]+)\s+$", before[-30:])
    pair = re.search(r"(?<![\w-])([A-Z][a-z]+\s+[A-Z][a-z]+)\s+$", before[-30:])
    if pair and reference.countries().code(pair.group(1)):
        # "the South Korean Joint Chiefs of Staff", "the New Zealand Ministry of Defence": a two-word state says whose
        return False
    return bool(inside and inside.group(1) not in _LEAD_STOP and not reference.countries().code(inside.group(1))
                and " " in m.group() and inside.start(1) + len(before) - len(before[-30:]) > 0)


def _with_complement(name: str, after: str) -> str:
    """The name with the "of/for" complement right after it (of-complement), ended where a post's holder or a
    state closes it ("... of the PLA General Li" ends at "PLA"); the name as it was if none follows."""
    comp = _COMPLEMENT.match(after)
    if comp is None or all(w in _SERVICE_WORDS for w in name.split()) and not _of_a_state(after):
        return name  # "Chief of Defense Forces of the Royal Thai Armed Forces": service words say whose by a state only
    whole = _closed_by_state(_cut_at_post(name + comp.group()))
    return whole if len(whole) > len(name) and not re.search(r"\s(?:of|for|the)$", whole) else name


# state-pair opener: "the joint Ghana/Togo Maritime Technical Committee", "the Angola-Namibia Security and Defence Joint
# Commission": two states joined by a slash or a dash open a joint body's name; the body is neither state's alone.
_PAIR_GLUED = re.compile(r"(?<![\w/–-])(?P<s>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)[/–-]$")
_PAIR_BEFORE = re.compile(r"(?<![\w/–-])(?:(?P<open>[A-Z][a-z]+)\s+)?(?P<s1>[A-Z][a-z]+)[/–-](?P<s2>[A-Z][a-z]+)\s+$")


def _a_state(word: str) -> bool:
    countries = reference.countries()
    return countries.code(word) is not None or word in countries.adjectives


def _state_pair_before(before: str, name: str) -> str | None:
    """The state pair (with its joint) that opens ``name`` from the text right before it, or None."""
    first = name.split()[0]
    glued = _PAIR_GLUED.search(before)
    if glued and _a_state(first):
        state = glued.group("s") if _a_state(glued.group("s")) else glued.group("s").split()[-1]
        if _a_state(state):
            return before[before.rindex(state):]  # "Ghana/" + "Togo Maritime Technical Committee"
    pair = _PAIR_BEFORE.search(before)
    if pair and _a_state(pair.group("s1")) and _a_state(pair.group("s2")) and not _a_state(first):
        # "Angola-Namibia " + "Security and Defence Joint Commission"; a capitalised word before the pair opens the
        # name too ("Intergovernmental Chile–Peru Commission ..."), the sentence's own words do not ("The")
        opener = pair.group("open")
        if opener and (opener in _LEAD_STOP or _a_state(opener)):
            return before[pair.start("s1"):]
        return before[pair.start():]
    return None


def _state_opens(name: str) -> bool:
    """state-opens-conjunct: "Commandant Ronnie Gavan and Japan Coast Guard", "Tir, Shardul and Indian Coast Guard Ship":
    a body whose name opens with a state or its adjective is whole; the words before "and" are another item of a
    list (a person, a ship), not its first words ("Jammu and Kashmir Police" still joins)."""
    return _a_state(name.split()[0])


def _after_post(words: list[str]) -> list[str]:
    """post-opener: "Additional Secretary Ministry of Defence": capitalised words before an of-shape that hold a post
    name the post of a person (the body is its complement); only words after the post may open the body's name."""
    joined = " ".join(words)
    posts = [m for m in reference.titles().pattern.finditer(joined) if m.group() != "General"]  # "General
    # Secretariat", "General Directorate": a rank word that also opens bodies' names
    return joined[posts[-1].end():].split() if posts else words


def _post_ends(text: str) -> bool:
    """Whether ``text`` ends with a post ("... UN Secretary-General ")."""
    text = text.rstrip()
    return any(m.end() == len(text) for m in reference.titles().pattern.finditer(text))


def _cut_at_post(name: str) -> str:
    """"Department of Internal Security and Police Commissioner Manning": a conjunct that opens with a post (or a
    state's adjective and a post: "... and Cameroonian Head of Delegation") is a person, not the rest of the body's
    name. Then the holder-tail readings (below) end the name where a post's holder runs on after it."""
    adjectives = reference.countries().adjectives
    for m in re.finditer(r"\s+(?:and|&)\s+", name):
        at = m.end()
        adjective = re.match(r"([A-Z][a-z]+)\s+", name[at:])
        if adjective and adjective.group(1) in adjectives:
            at += len(adjective.group())
        if reference.titles().pattern.match(name, at):
            return name[:m.start()]
    holder = _HOLDER.search(name) or _GLUED_HONORIFIC.search(name)
    name = name[:holder.start()] if holder else name
    return _holder_tail(name)


# holder-tail: "Ministry of Defence Rear Admiral Faisal Amin", "Ministry of Foreign Affairs Secretary-General Ahmed",
# "... Affairs Undersecretary", "State Committee for National Security Kamchybek Tashiev": news writes "<post> of
# <body> <holder>" and "<body> <post> <holder>", so a post that follows a word of the complement (not "of the
# Secretary ...", which the complement names), or a two-word name after the complement's closing "Affairs" or
# "Security", opens the holder, not more of the body's name.
_GLUED_HONORIFIC = re.compile(r"(?<=[a-z])(?:Mrs|Mr|Ms|Dr)\.?\s+[A-Z]")  # "Ministry of the InteriorMrs Adelaide"
_EXTRA_POSTS = re.compile(r"\s(?:Undersecretary|Under\s+Secretary)\b")
_COMPLEMENT_CLOSED = re.compile(r"\s(?:Affairs|Security)(?P<rest>\s+[A-Z][a-z]+\s+[A-Z][\w’'-]+)$")


def _holder_tail(name: str) -> str:
    for m in list(reference.titles().pattern.finditer(name)) + list(_EXTRA_POSTS.finditer(name)):
        start = m.start() + (1 if name[m.start()].isspace() else 0)
        before = name[:start].split()
        if len(before) >= 3 and before[-1] not in ("of", "for", "the", "and", "&") and name[start - 1] == " " \
                and before[-1][0].isupper():
            return name[:start].rstrip()
    closed = _COMPLEMENT_CLOSED.search(name)
    if closed and not any(re.fullmatch(_HEADS, w) or w in _SERVICE_WORDS for w in closed.group("rest").split()):
        return name[:closed.start("rest")]
    return name


# "... Vice President of the Executive Council of the Emirate of Abu Dhabi Sheikh Hazza Bin Zayed": an honorific or a
# rank inside a body's of-complement opens the name of the post's holder, which ends the body's name.
_HOLDER = re.compile(r"\s+(?:Sheikh|Sheikha|Sayed|Sayyid|Mullah|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Prof\.?|Gen\.?|Lt\.?|"
                     r"Lieutenant|Col\.?|Colonel|Brig\.?|Sergeant|Corporal|Alhaji|Engr\.?|Amb\.?)\s+[A-Z]")


def _closed_by_state(name: str) -> str:
    countries = reference.countries()
    for m in re.finditer(r"\sof\s+(?:the\s+)?(?P<c>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)", name):
        for state in (m.group("c"), m.group("c").split()[0]):
            end = m.start("c") + len(state)
            if countries.names.get(state) and re.match(r"\s+[A-Z]", name[end:]):
                return name[:end]
            if countries.names.get(state):
                break  # "... of Saudi Arabia": a two-word state is not closed by its first word
    return name


# name-end boundary (x25orgextent): a body's capitalised run stops where the sentence goes on to something else, and
# the body keeps the name before it (the studied golds stop the name there 10 of 10 times):
#   when-ends       a day or a month: "a release by Ghana's Ministry of Information Thursday";
#   possessive-ends the body's possessive: "the Kuwaiti Ministry of Interior's efforts";
#   honorific-ends  an honorific or a rank opening the holder's name: "head of the Supreme Committee for Combating Drugs
#                   Dr. Saleh";
#   holder-ends     two to four name words closing the run, when the body is the complement of a post written before it
#                   ("Spokesman for the Chinese Ministry of National Defense Zhang Xiaogang", "head of the State Committee
#                   for National Security of the Kyrgyz Republic Kamchybek Tashiev") or the report writes the last of
#                   them elsewhere ("... Commissioners of Police Atlee Rodney said", later "Rodney said"). A name word is
#                   none of a body's, a state's, a post's or a date's words and the report never writes it in lower case
#                   (a common noun: "Trade Promotion"). A holder right after "of/for/the" is the complement itself ("the
#                   office of Prime Minister Mohammed Shia al-Sudani"), not a run-on.
_WHEN_WORDS = frozenset(WEEKDAYS_TITLE | {m.title() for m in MONTHS if len(m) > 3 and m != "sept"})  # not "May"
_HONORIFIC_END = re.compile(r"\s+(?:Dr|Mr|Mrs|Ms|Prof|Engr|Amb|Gen|Lt|Col|Maj|Brig|Adm|Capt|Sheikh|Sheikha|Sayed|Sayyid|"
                            r"Mullah|Alhaji)\.?$")  # "... Staff Gen. Mashal", "... of Sharjah Sheikh Saud Al Qasimi"
_STATE_STYLE = frozenset({"Republic", "Kingdom", "Federation", "Sultanate", "Emirate", "Emirates", "State", "States",
                          "Union", "Commonwealth", "Principality", "Islands", "Region", "Province", "District", "County"})
# Words bodies, meetings and firms are named by beyond HEADS: never a person's ("... Political Consultative Conference").
_BODY_WORDS = frozenset({"Conference", "Congress", "Senate", "Assembly", "Board", "Fund", "Bank", "Tribunal", "Union",
                         "Association", "Alliance", "League", "Coalition", "Federation", "Society", "Group", "Summit",
                         "Meeting", "Dialogue", "Platform", "Initiative", "Programme", "Program", "Network", "Team",
                         "Partnership", "Holding", "Holdings", "Company", "Corporation", "Industries", "Presidency"})
_CAP_WORD = re.compile(CAP)
_POST_OF = re.compile(r"\s(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){0,2}$")
_OPEN_ENDS = ("of", "for", "the", "and", "&")


def _holder_word(word: str, text: str) -> bool:
    """Whether ``word`` may be a word of a person's name in a report with ``text`` (holder-ends, above)."""
    countries = reference.countries()
    return _CAP_WORD.fullmatch(word) is not None and word not in STOP_WORDS and word not in _SERVICE_WORDS \
        and word not in _STATE_STYLE | _WHEN_WORDS | _BODY_WORDS and re.fullmatch(_HEADS, word) is None \
        and not countries.code(word) and word not in countries.adjectives and word not in countries.cities \
        and reference.titles().pattern.fullmatch(word) is None \
        and re.search(rf"(?<![\w-]){re.escape(word.lower())}(?![\w-])", text) is None


def _holder_at(name: str, before: str, text: str, at: int) -> int | None:
    """Where the holder's name closing ``name`` starts (holder-ends, above), or None. ``at``: the name's offset in the
    report's ``text``."""
    words = list(re.finditer(r"\S+", name))
    run = 0
    while run < len(words) and _holder_word(words[-run - 1].group(), text):
        run += 1
    if not 2 <= run <= 4 or run > len(words) - 2 or words[-run - 1].group() in _OPEN_ENDS:
        return None
    post = _POST_OF.search(before)
    surname = words[-1].group()
    elsewhere = any(not at <= m.start() < at + len(name)
                    for m in re.finditer(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", text))
    return words[-run].start() if post and _post_ends(before[:post.start() + 1]) or elsewhere else None


def _name_end(name: str, *, before: str, text: str, at: int) -> str:
    """The body's name as the name-end boundary (above) ends it: ``before`` is the sentence up to the name, ``text``
    the report and ``at`` the name's offset in it."""
    kept = re.sub(r"['’]s$", "", name)
    when = next((m for m in re.finditer(r"\s+(\S+)", kept) if m.group(1) in _WHEN_WORDS
                 and not re.search(rf"\b(?:{_HEADS})\b", kept[m.end():])), None)  # "the 26 July Movement" goes on
    kept = kept[:when.start()] if when else kept
    kept = _HONORIFIC_END.sub("", kept)
    holder = _holder_at(kept, before, text, at)
    kept = _HONORIFIC_END.sub("", kept[:holder].rstrip()) if holder else kept
    return kept if len(kept.split()) >= 2 and kept.split()[-1] not in _OPEN_ENDS else name


# sentence-opener: "Likewise Guatemala's Defense Ministry released ...", "Three US Navy ships ...": a sentence adverb or a
# count opening the capitalised run is the sentence's word, not the body's.
_SENTENCE_OPENERS = {"Likewise", "Similarly", "Additionally", "Moreover", "Furthermore", "Also", "Separately", "Two",
                     "Three", "Four", "Five", "Six", "Several", "Some", "Many", "Other"}


def _trim(text: str, start: int, name: str) -> tuple[int, str | None]:
    words = name.split()
    while words and (words[0] in _LEAD_STOP or words[0] in _SENTENCE_OPENERS or reference.countries().code(words[0]) and len(words) > 2
                     and words[1] in ("Ministry",) and False):
        start += len(words[0]) + 1 + (len(name) - len(name.lstrip()))
        name = name[len(words[0]):].lstrip()
        words.pop(0)
    if len(words) < 2 or words[0] in ("Ministry", "Office") and len(words) < 3 and "of" not in words:
        return start, None if len(words) < 2 else name
    return start, name


def _title_follows(name: str, after: str) -> bool:
    """"Interior Cabinet Secretary" is a post, not a body called "Interior Cabinet"."""
    return name.endswith("Cabinet") and re.match(r"^\s+(?:Secretary|Minister)\b", after) is not None


def _expand(name: str) -> str:
    """"PM Office" is the Prime Minister's Office; "Ministry Of X" in a crosshead is "Ministry of X"."""
    name = re.sub(r"\s(Of|For|And|The)\s", lambda m: " " + m.group(1).lower() + " ", name)
    return re.sub(r"^PM(?:['’]s)?\s+Office", "Prime Minister's Office", name)


def _kind(name: str) -> str:
    seated = re.sub(r"\s+in\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*$", "", name)  # "Turkish Embassy in Doha": by its head
    for kind, pattern in _KIND_BY_HEAD:
        if pattern.search(name) or pattern.search(name.split(" of ")[0]) or pattern.search(seated):
            return kind
    return "other"


def _country(name: str, ctx: Context) -> str | None:
    countries = reference.countries()
    first = re.sub(r"['’]s$", "", name.split()[0])
    if "-" in first:
        return None  # "Canada-India CEO Forum" belongs to both
    code = _opening_state(name)
    if code:
        return code
    of = re.search(r"\bof\s+(?:the\s+)?([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)$", name)
    if of and countries.code(of.group(1)):
        return countries.code(of.group(1))  # "Armed Forces of the Philippines"
    closing = _closing_state(name)
    if closing:
        return closing
    if _kind(name) in ("ministry", "government"):
        return ctx.body_home
    return None


# `closing-state`: "Border Guard Bangladesh", "Border Guards Bangladesh": a state's name (not its adjective) closes a
# body's name, straight after the body's own capitalised words (no "of"/"in"/"for" between, which says what the body
# acts on, not whose it is), and names the state the body serves.
_CLOSING_STATE = re.compile(r"^(?:[A-Z][\w'’-]*\s+){1,4}?(?<![Oo]f\s)(?<![Ii]n\s)(?<![Ff]or\s)(?<![Tt]o\s)(?<!and\s)"
                            r"(?P<state>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)$")


def _closing_state(name: str) -> str | None:
    m = _CLOSING_STATE.match(name)
    if not m or "-" in name:
        return None
    last = m.group("state").split()[-1]  # "Border Guard Bangladesh": the state's name is the last word
    return reference.countries().code(last) if last in reference.countries().names else None


# "Royal Canadian Navy", "Republic of Fiji Military Forces": a service's style opens the name before its state.
_STYLE = re.compile(r"^(?:Royal|Republic\s+of(?:\s+the)?)\s+")


def _opening_state(name: str) -> str | None:
    """The state a body's name opens with, in one to five words, possessive or not: "Sri Lanka Navy", "New Zealand
    Defence Force", "South Korea's Defence Ministry", "Royal Canadian Navy" (not only its first word: "Sri", "South")."""
    countries = reference.countries()
    for words in (name.split(), _STYLE.sub("", name).split()):  # "Republic of Korea Navy", "Republic of Fiji ..."
        for n in (5, 4, 3, 2, 1):
            if len(words) > n:
                code = countries.code(re.sub(r"['’]s$", "", " ".join(words[:n])))
                if code:
                    return code
    return None


def _initials(name: str) -> str:
    words = [w for w in re.sub(r"['’]s\b", "", name).replace("-", " ").split()
             if w not in ("of", "the", "and", "for", "&")]
    return "".join(w[0] for w in words if w[0].isupper())


def _plain(name: str) -> str:
    return name.replace("’", "'")
