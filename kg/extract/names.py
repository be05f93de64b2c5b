"""Personal-name grammar (capitalised tokens, initials, particles) and article-independent person keys."""

from __future__ import annotations

import functools
import re
import unicodedata

from kg.extract import reference, styles

# Latin letters with diacritics beyond Latin-1 too ("Błaszczak", "Anušauskas", "Phan Văn Giang"): Latin
# Extended-A/B and Vietnamese, sorted by case, as character-class contents.
_EXTENDED = [chr(c) for c in (*range(0x100, 0x250), *range(0x1E00, 0x1F00))]
_UP = "A-ZÀ-ÖØ-Þ" + "".join(ch for ch in _EXTENDED if ch.isupper())
_LO = "a-zß-öø-ÿ" + "".join(ch for ch in _EXTENDED if ch.islower())
# "McCarthy", "LeBlanc", "DeSantis": one capital inside a name word is part of it.
CAP = (rf"(?:[{_UP}][{_LO}]+(?:[{_UP}][{_LO}]{{2,}})?|[OD]['’][{_UP}][{_LO}]+)"
       rf"(?:-[{_UP}]?[{_LO}]+|(?<=\b[AE]l)–[{_UP}][{_LO}]+|['’][{_UP}][{_LO}]+|['’](?!s(?![{_LO}]))[{_LO}]+"  # "Ja'far", never "Smith's"
       rf"|-\s[{_UP}][{_LO}]+)*"  # "Kan- Dapaah": a hyphenated name that copy-editing broke after the hyphen
       # `apostrophe-final-word`: "Mohammed Shia’ Sabbar al-Sudani": a name word may end in an apostrophe when another
       # name word follows it; never after an s ("the Defence Ministers’ Meeting", "Caracas' fort": possessives)
       rf"(?:(?<![sS])['’](?=\s+[{_UP}]))?")
INITIAL = rf"[{_UP}]\.?"
PARTICLES = ("bin", "bint", "ibn", "de", "la", "del", "della", "da", "di", "do", "dos", "das", "van", "von", "der", "den",
             "ter", "ten", "zu", "al", "el", "le", "du", "e")  # "e": Portuguese "Silva e Luna"
_PART = "(?:" + "|".join(PARTICLES) + ")"
# Arabic articles and kin joined by a hyphen: "al-Sisi", "el-Sayed", "bin-Zayed" are name tokens of their own.
HYPHEN_PARTICLES = ("al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ud", "ul", "bin", "ibn", "abu", "ben")
# `en-dash-article`: "Al–Zaabi", "al–Sudani": an en dash where the hyphen belongs joins the article all the same (only
# after the article: "India–Pakistan" stays two words).
_HYPART = "(?:" + "|".join(HYPHEN_PARTICLES) + rf")[-–]{CAP}"
# A name: optional leading initial ("S Jaishankar"), then capitalised tokens with initials and particles between.
# Initials written together take two to four letters ("K.P. Oli", "W.M.M.R. Adikari") and may lose the last full stop
# ("B.S Dhanoa").
NAME = (rf"(?<![{_UP}]\.)(?:(?:{INITIAL}\s+){{1,3}}|(?:[{_UP}]\.){{2,4}}\s*|(?:[{_UP}]\.){{1,3}}[{_UP}]\s+)?{CAP}"  # "K P Sharma Oli"
        rf"(?:\s+(?:{INITIAL}\s+)*(?:(?:{_PART}|Sta\.|Sto\.)\s+)*(?:{CAP}|{_HYPART}))*"
        rf"(?:['’]\s+{_HYPART})?"  # "Mohammed Shia' al-Sudani": an apostrophe closing a word before the article
        rf"(?:\s+(?:II|III|IV|VI|VII|VIII|IX|XI|XII)(?![\w-]))?"  # a regnal number: "King Abdullah II"
        rf"(?:,\s+(?:Jr|Sr)(?=\.|[\s,;]))?")  # `comma-suffix`: "Ferdinand R. Marcos, Jr." (without the comma, Jr is a name word)
NAME_RE = re.compile(rf"(?<![\w-]){NAME}(?![\w])")
# Initials written as one capitalised word ("General MM Naravane", "Prime Minister KP Sharma Oli"): the same letters
# as a body's acronym ("UN Secretary", "RSIPF Commissioner"), so they are read only where a post, a rank or a style
# says a person follows, and only when they pass caps_initials_vetoed.
CAPS_INITIALS = rf"[{_UP}]{{2,3}}"
CAPS_INITIALED_NAME = rf"{CAPS_INITIALS}\s+{NAME}"
_CAPS_INITIALS_RE = re.compile(rf"{CAPS_INITIALS}")
# "X, the group's Americas director": the body owning the post may stand between the name and the title.
NAME_AT_END_RE = re.compile(rf"(?<![\w-])({NAME})\s*(?:,|\()\s*(?:the\s+|a\s+|an\s+)?"
                            rf"(?:(?:former|then|current|outgoing|incoming|new|acting|interim|host|visiting|top|senior)\s+)*(?:(?<=the )(?:group|organi[sz]ation|"
                            rf"agency|ministry|body|party|government|company|bloc|alliance|council|service|force)['’]s\s+(?:[A-Z][\w-]+\s+)?)?$")

# Capitalised words that start sentences or name things other than people; a name never contains them.
STOP_WORDS = set("""
The A An In On At Of For To And But Or As After Before During Since Until While When Where Which Who What Why How
His Her Their Its Our Your My This That These Those It He She They We I You Both Two Three Also Earlier Later
Meanwhile However Following According Under Upon Through Building Responding Speaking Reinstating Advancing
Continuing Resuming Less More Most Many Some Any All Each Every Such Other Another Here There Then Now Today
Yesterday Tomorrow Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June
July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
Minister Ministers Ministry President Prime Deputy Secretary Foreign External Affairs Defence Defense Home Security
National Intelligence Advisor Adviser Office Agency Service Police Forum Commission Council Assembly Committee Bureau
Department Directorate Force Forces Army Navy Guard Wing Party Front Organisation Organization Institute Foundation
Group Cartel Network Networks Movement Summit Dialogue Agreement Project Palace Royal News Times Media Press Post
Government Parliament Cabinet Embassy High Commissioner Commissioner Ambassador Crown Prince King Queen Field Marshal
General Chief Staff Spokesperson Clerk Dr Mr Mrs Ms Sir Lord Lady Gen Lt Col Updated Published Get Current Latest
Joint Research Strategic Mutual Bilateral Consultations Initiative Referendum Plan Policy Act Law Court State States
Union United Republic Kingdom Islamic Federal Democratic People Peoples Khalistan Khalistani Sikh Sikhs Hindu Muslim
Muslims Christian Western Eastern Northern Southern Global Regional International Public Safety Affairs Enforcement
Trade Economic Energy Cooperation Partnership Relations Talks Visit Meeting Statement Says Said Vows Hold Holds
Meet Meets Met Agree Agrees Agreed Sign Signs Signed Crackdown Anti Pro Soil Forum Centre Center Wednesday Islamic
Operation Mission Shift Focus Political What Cyber Cybersecurity Tackling Here's Is Not No Yes Live Web Stories
Entertainment Cricket India-Canada Ottawa Delhi Watch Rights Bank Fund University College Company Corporation
Association Federation League Alliance Coalition Society Club Airlines Airways Express Daily Herald Tribune Journal
Chronicle Gazette Observer Guardian Telegraph Reuters Bloomberg Sabha Lok Rajya House Senate Congress Tribunal Board
Mullah Maulana Mufti Hafiz Sardar Shri Smt Sri Air Human International Amnesty Forum Channel Strait Sea Ocean Gulf River Valley Province Territory District County
Island Islands Islets Archipelago Shoal Shoals Reef Reefs Atoll Peninsula Bay Coast Cape Desert Basin Canal Lake Mountains
Mount Hills Plateau Delta Corridor Crossing Bridge Port Airport Square Street Avenue Road Highway Region Oblast
Wire Newswire Radio Television TV Broadcasting Agency Daily Weekly Monitor Review Insider Today Tonight
Ayatollah Imam Rabbi Reverend Rev Pope Cardinal Archbishop Bishop Pastor Professor Prof Supreme Leader Sheikh Sheikha
Justice Interior Finance Migration Immigration Health Education Transport Agriculture Environment Commerce Industry
Labour Labor Treasury Citizenship Veterans Customs Border Borders Homeland Counterterrorism Narcotics
Representative Representatives Constable Superintendent Inspector Commodore Captain Colonel Brigadier Admiral Marshal
Speaker Chairman Chairwoman Chair Chairperson Envoy Premier Governor Mayor Senator Taoiseach Tanaiste Emir Administrator Mantri
Honourable Honorable Hon Excellency H.E. H.E Datuk Dato Dato' Datin Seri Tunku Tengku Adm Brig Maj Capt Cdr Sgt
""".split())
# Honorifics of two words whose first word is also a name ("Tan Sri Abang Johari", "Puan Sri ..."): dropped as a pair.
_PAIRED_HONORIFICS = {("Tan", "Sri"), ("Puan", "Sri"), ("Toh", "Puan")}

# Veto `body-or-post-word`: words of bodies, posts and levels that a capitalised run after a post carries on into
# ("Minister Delegate in charge of ...", "Head of EU Delegation", "the General Secretariat", "Corps Commander Level
# talks", "Minister of Security and Civil Protection", "Interior, Local Authorities and ...", "his Korean Counterpart,
# Han Duck-soo"): never a person's name word. Kept apart from STOP_WORDS, which organisations read too: these are names of bodies there.
BODY_OR_POST_WORDS = frozenset("""
Delegate Delegates Delegation Delegations Secretariat Headquarters HQ Level Protection Authorities Authority Local
Civil Counter Terrorism Counterpart Counterparts Command Commands Responsible
""".split())
# ("General Command of the Armed Forces", "Central Command", "Minister Responsible for Defence Affairs": round 24)
# Veto `remit-noun`: an abstract noun of a post's remit or a body's name ("Minister of Interior, Public Security,
# Decentralization and ...", "Directorate of Identification", "Peacemaking Coordination") is no name word: words in
# -ation/-ition/-ution, and in -ment from eight letters ("Development", "Procurement"; "Clement" is a name).
_REMIT_NOUN = re.compile(r"[A-Z][a-z]*(?:[aiu]tion|[a-z]{3}ment)s?")


# Ranks and honorifics that open a name block and are never a name's first word ("Major General X", "Senior Lieutenant
# General X", "Alhaji (Dr) X", "Amb. X", "Engr X"): dropped from the front only, since a family name may be one
# ("John Major").
LEADING_RANKS = frozenset({"Major", "Lieutenant", "Senior", "Junior", "Sergeant", "Corporal", "Alhaji", "Alhaja", "Alh",
                           "Hajia", "Haji", "Hajiya", "Engr", "Eng", "Amb", "Barr", "Arc", "Retd", "Rtd", "Retired",
                           "Rear", "Vice"})  # "Rear Admiral X", "Vice Admiral Y": never "Rear" or "Vice" alone
_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
# Month names that are also names of people, kept inside a name once it has begun.
_GIVEN_MONTHS = {"Jun", "May", "Jan", "June", "April", "August"}


def strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@functools.lru_cache(maxsize=8192)
def slug(text: str) -> str:
    text = strip_accents(text).lower().replace("&", " and ").replace("’", "").replace("'", "")
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def tokens(name: str) -> list[str]:
    return name.replace(".", " ").split()


def is_initial(token: str) -> bool:
    """"S", "G.", and initials written together ("B.S.", "W.M.M.R.", "B.S"): letters of a name, never a name."""
    return len(token.rstrip(".")) == 1 and token[0].isupper() or bool(_DOTTED_INITIALS.fullmatch(token))


_DOTTED_INITIALS = re.compile(rf"(?:[{_UP}]\.){{1,4}}[{_UP}]?\.?")


def is_caps_initials(token: str) -> bool:
    """"MM", "KP", "NRN": a name's initials written as one word, when a name word follows them."""
    return bool(_CAPS_INITIALS_RE.fullmatch(token))


def _without_leading_initials(toks: list[str]) -> list[str]:
    """The name's words without a leading word of initials ("MM Naravane" → Naravane): it is not a given name."""
    return toks[1:] if len(toks) >= 2 and is_caps_initials(toks[0]) else toks


def caps_initials_vetoed(text: str, start: int, token: str, following: str) -> bool:
    """Veto `initials-are-a-body` on initials written as one word at ``start``, before the name word ``following``:
    the letters name a body, a post, a state or a style ("DG BSF Daljit Singh", "FM Gil", "HE Sheikh Mohamed",
    "US President"), or the report writes them elsewhere without that name word after them ("the BSF delegation",
    "(NID)"): a person's initials come only with the name."""
    if token in reference.organizations().by_word or token.lower() in reference.titles().normal \
            or reference.countries().code(token) is not None or token in STOP_WORDS or token in _STYLE_INITIALS \
            or _ROMAN.fullmatch(token):
        return True
    for m in re.finditer(rf"(?<![\w-]){token}(?![\w-])", text):
        if m.start() != start and not re.match(rf"\s+{re.escape(following)}(?![\w-])", text[m.end():]):
            return True
    return False


# A regnal or ordinal number ("Defence Minister II Pehin ...", "Elizabeth II", "Phase III") is no one's initials.
_ROMAN = re.compile(r"(?=[IVX]{2,4}$)X{0,3}(?:IX|IV|V?I{0,3})")

# Styles and honours written in capitals before a name: "HE Sheikh Mohamed", "HRH Prince X", "Ajit Doval KC".
_STYLE_INITIALS = frozenset({"HE", "HRH", "HM", "HH", "KC", "MP", "MLA", "OBE", "CBE", "MBE", "QC", "SC", "SAN", "RTD",
                             "MOS"})


def bare(token: str) -> str:
    """A name token without its hyphenated article: "al-Sisi" → "Sisi" (how reports refer back to him)."""
    head, _, rest = token.replace("–", "-").partition("-")
    return rest if rest and head.lower() in HYPHEN_PARTICLES else token


# `style-not-patronymic`: under a ruler's style the lone word is the ruler's own given name ("King Salman", "Sheikh
# Hamad"), never the father's name another person carries after "bin" ("Crown Prince Mohammed bin Salman").
RULER_STYLES = frozenset({"king", "queen", "sultan", "emir", "amir", "prince", "princess", "sheikh", "sheikha"})
KIN = frozenset({"bin", "bint", "ibn"})


def patronymic_only(full: str, word: str) -> bool:
    """``word`` stands in ``full`` only as a father's name, right after "bin"/"bint"/"ibn"."""
    toks = tokens(full)
    after_kin = {t for i, t in enumerate(toks) if i and toks[i - 1].lower() in KIN}
    own = {t for i, t in enumerate(toks) if not i or toks[i - 1].lower() not in KIN}
    return word in after_kin and word not in own


def surname(name: str) -> str:
    """The family part: from the first particle on ("de la Fuente", "bin Salman", "al-Sisi"), else the last token."""
    toks = [t for t in _without_leading_initials(tokens(name)) if not is_initial(t)]
    while len(toks) > 2 and toks[-1].lower() in _SUFFIXES:
        toks.pop()  # "Ferdinand Marcos Jr": the family name is Marcos
    for i, tok in enumerate(toks[1:], start=1):
        if tok.lower() in PARTICLES and i < len(toks) - 1 or bare(tok) != tok:
            return " ".join(toks[i:])
    return toks[-1] if toks else name


# Leading names that reports often drop ("Syed Asim Munir" / "Asim Munir", "Mohammad Ishaq Dar" / "Ishaq Dar"):
# with a third name present, the next one is the name a key should use.
_DROPPABLE_FIRST = {"syed", "sayyid", "mohammad", "mohammed", "muhammad", "mohamed", "mian", "chaudhry", "khawaja",
                    "hafiz", "sheikh", "mullah", "maulana", "mufti", "sardar"}


def given(name: str) -> str | None:
    toks = [t for t in _without_leading_initials(tokens(name)) if not is_initial(t)]
    if len(toks) < 2 or toks[0].lower() in PARTICLES:
        return None
    while len(toks) >= 3 and toks[0].lower() in _DROPPABLE_FIRST and toks[1].lower() not in PARTICLES:
        toks = toks[1:]
    return toks[0]


def person_key(name: str) -> str:
    """Given name (spelling variants folded) + surname, without middle names or initials.

    Middle names and initials come and go between reports ("Nathalie G. Drouin", "Nathalie Drouin"), and
    transliterated given names vary ("Natalie"); the reviewable table data/reference/name_variants.tsv folds the
    known variants, so all of these keep the key "nathalie-drouin".
    """
    family = surname(name)
    first = given(name)
    if first is None or family.startswith(first):
        return slug(family)
    first = reference.name_variants().get(first.lower(), first)
    return slug(f"{first} {family}")


# Honorifics that open a name as a title ("Sheikh Tamim") but stand inside many Somali and Arabic names as a name
# word of their own ("Hassan Sheikh Mohamud", "Sharif Sheikh Ahmed").
NAME_INTERNAL_HONORIFICS = frozenset({"Sheikh", "Sheikha", "Sharif", "Mullah", "Sayed", "Sayyid"})


def located(run: str, name: str) -> tuple[int, int]:
    """Where a cleaned name stands in the run it came from, as (offset, length). clean_name joins its words with one
    space, so "Hillary Nzioki  Mutyambai" (two spaces, as pasted from a release) is no substring of its run."""
    at = run.find(name)
    if at >= 0:
        return at, len(name)
    m = re.search(r"\s+".join(map(re.escape, name.split())), run)
    return (m.start(), m.end() - m.start()) if m else (0, len(name))


# Capitalised words that open a phrase or name a thing, never a given name before a state's word ("From Mongolia",
# "If Russia", "Concerns Over Myanmar").
_PHRASE_WORDS = frozenset("From If Over With Into Amid Across Against Via Between Beyond Despite Without Within Toward "
                          "Towards Concerns".split())
_PLAIN_WORD = re.compile(rf"[{_UP}][{_LO}]+")


def _state_word_in_name(toks: list[str], i: int, bad) -> bool:
    """`state-word-in-name`: in a name right after its post, a state's name or demonym written bare after plain name
    words is a name word when it ends the run or a name word follows it ("Ambassador Lai Thai Binh", "General Badrodin
    Haiti", "Deputy Attorney General Lisa Monaco"): a post's state is written "of X", "X's" or after a comma, never
    glued to its holder's name. Not after a hyphenated word ("Junta-led Niger", "Tehrik-i-Taliban Pakistan") nor a
    phrase word ("From Mongolia")."""
    tok = toks[i]
    if tok in STOP_WORDS or tok in BODY_OR_POST_WORDS or tok != re.sub(r"['’]s$", "", tok) \
            or reference.countries().code(tok) is None or tok.lower() in reference.titles().normal:
        return False
    if not all(_PLAIN_WORD.fullmatch(w) and w not in _PHRASE_WORDS and not bad(w) for w in toks[:i]):
        return False
    return i + 1 == len(toks) or not bad(toks[i + 1])


# Veto `body-run`: a run that a body's head word ends ("Central Command", "Peacemaking Coordination") is a body's
# name: none of its words is a person's.
_BODY_HEADS = frozenset({"Command", "Commands"})


# `ruler-style-doubled`: "Sultan Sultan Haitham Bin Tarik": a ruler's style written twice over is one style.
def _undoubled(toks: list[str]) -> list[str]:
    return toks[1:] if len(toks) > 2 and toks[0] == toks[1] and toks[0].lower() in RULER_STYLES else toks


@functools.lru_cache(maxsize=4096)  # a pure function of the run and the fixed reference tables; runs recur
def clean_name(candidate: str, *, after_post: bool = False) -> str | None:
    """Trim stop words off both ends of a capitalised run; None when nothing name-like is left. ``after_post``: the run
    follows its holder's post (`state-word-in-name` reads a state's word inside it)."""
    toks = _undoubled(candidate.split())
    countries = reference.countries()
    title_words = reference.titles().normal
    for i in range(len(toks) - 1):  # two-word states and demonyms: "South Korean", "Sri Lanka"
        if countries.code(re.sub(r"['’]s$", "", f"{toks[i]} {toks[i + 1]}")):
            toks = toks[:i] if i else toks[i + 2:]
            break
    def bad(tok: str) -> bool:
        bare = re.sub(r"['’]s$", "", tok)
        return (bare in STOP_WORDS or bare in BODY_OR_POST_WORDS or _REMIT_NOUN.fullmatch(bare) is not None
                or countries.code(bare) is not None
                or bare in countries.cities
                or bare.lower() in title_words)
    toks = toks[styles.inside(toks):]  # `style-opens-name`: "Jen Tan Sri Abdul Aziz Zainal" names Abdul Aziz Zainal
    while toks:
        # `style-skipped`: a style of styles.STYLES opens no name ("Dato Paduka Awang Haji Halbi ...", "Pilot X")
        styled = styles.leading(toks)
        paired = tuple(toks[:2]) in _PAIRED_HONORIFICS
        if not (bad(toks[0]) or toks[0].lower() in PARTICLES or paired
                or toks[0].rstrip(".") in LEADING_RANKS and len(toks) > 1 or styled):
            break
        toks = toks[2:] if paired else toks[max(1, styled):]
    for i, tok in enumerate(toks):
        # "Dong Jun", "Theresa May", "Jose Lima": month and city names are family names once a name has begun
        if i and tok in NAME_INTERNAL_HONORIFICS and (i + 1 == len(toks) or not bad(toks[i + 1])):
            continue  # "Hassan Sheikh Mohamud", "General Zakaria Sheikh": after a name word an honorific is a name
        if bad(tok) and not (i and (tok in _GIVEN_MONTHS or tok in countries.cities and tok not in STOP_WORDS
                                    and tok not in countries.names and tok not in countries.adjectives
                                    and tok.lower() not in title_words
                                    or after_post and _state_word_in_name(toks, i, bad))):
            if i and (tok in _BODY_HEADS or _REMIT_NOUN.fullmatch(tok)):
                return None  # `body-run`: "Central Command", "Peacemaking Coordination"
            toks = toks[:i]
            break
    while toks and (toks[-1].lower() in PARTICLES or is_initial(toks[-1])):
        toks.pop()
    if not toks or all(is_initial(t) for t in toks):
        return None
    return " ".join(toks)
