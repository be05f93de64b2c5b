"""Styles of address and honours written before a person's name, one table: the name reader skips them. A style is
not part of the name, never a person by itself and never a role ("Datuk Seri Hishammuddin Hussein" is Hishammuddin
Hussein, a Defence Minister; "Alhaji (Dr) Mahamudu Bawumia" is Mahamudu Bawumia, a Vice President): the studied golds
write the name without its style and give the style no role.

Each row names one family of styles. A row's forms are written as news writes them, one or more words. OPENS rows
stand only at the front of a name, since their words are also name words inside one ("bin Hj Abdul Rahman",
"Hishammuddin Tun Hussein"); ANYWHERE rows are never a name's word, so a name begins after them even inside a
capitalised run ("Jen Tan Sri Abdul Aziz Zainal": the name is Abdul Aziz Zainal). EXTENDERS lengthen a style into a
longer honour ("Datuk Seri Pahlawan", "Dato Paduka Awang Haji", "Pehin Datu Lailaraja") and are skipped only next to
a style of a row.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache


@dataclass(frozen=True)
class Style:
    name: str                 # the row's name, cited by tests and comments
    forms: tuple[str, ...]    # as written: one word or several ("Tan Sri")
    anywhere: bool = False    # never a name's word: a name begins after it even inside a run
    alias: bool = False       # reports name the person again with it ("Sheikh Tamim"): kept as an alias


STYLES: tuple[Style, ...] = (
    # Malaysia's federal honours and their spouses' styles; "Tan" alone is a surname, so only the pair is a style.
    Style("malay-tan-sri", ("Tan Sri", "Puan Sri", "Toh Puan"), anywhere=True),
    # Malaysian and Bruneian state honours ("Datuk Seri", "Dato' Sri", "Dato Paduka"): the extenders follow them.
    Style("malay-datuk", ("Datuk", "Dato", "Dato'", "Dato’", "Datin"), anywhere=True),
    # Brunei's ministerial honours ("Pehin Datu Lailaraja", "Pehin Orang Kaya ...").
    Style("brunei-pehin", ("Pehin",), anywhere=True),
    # One who made the pilgrimage, in Malay and Indonesian usage: "bin Hj Abdul Rahman" keeps it inside the name.
    Style("malay-haji", ("Haji", "Hj", "Hj.", "Hajah", "Hajjah", "Hjh", "Hjh.")),
    # The West African pilgrim's style: "Alhaji Kashim Shettima", "Alh. X", "Hajia Y", "Elhadj Z".
    Style("west-african-alhaji", ("Alhaji", "Alhaja", "Alh", "Alh.", "Alhadji", "Hajia", "Hajiya", "Elhadj", "El-Hadj"),
          anywhere=True),
    # Ethiopia's "Mr" and "Mrs" in English-language reports: "Ato Shemsedin Ahmed", "Woizero X", "W/ro Y".
    Style("ethiopian-ato", ("Ato", "Woizero", "W/ro", "Weizero")),
    # The Gulf's rulers' families: "Sheikh Fahad Yousef Saud Al-Sabah", Bahrain's "Shaikh Nasser bin Hamad".
    Style("gulf-sheikh", ("Sheikh", "Sheikha", "Shaikh", "Shaikha", "Sheik"), alias=True),
    # Oman's ruling family: "Sayyid Badr bin Hamad Albusaidi" (Pakistan's "Syed" is a name word the golds keep).
    Style("omani-sayyid", ("Sayyid", "Sayyida", "Sayyidah")),
    # Address by rank of office: "HE Dr. Abbas Araghchi", "HH Sheikh Tamim", "YB Dato' X".
    Style("excellency", ("HE", "H.E.", "H.E", "H. E.", "H E", "His Excellency", "Her Excellency", "HH", "His Highness",
                         "Her Highness", "HRH", "His Royal Highness", "Her Royal Highness"), anywhere=True),
    Style("honourable", ("Honourable", "Honorable", "Hon.", "Rt Hon", "Rt. Hon.", "Right Honourable", "Yang Berhormat",
                         "YB", "Yang Amat Berhormat", "YAB", "Yang Berbahagia", "YBhg", "YBhg."), anywhere=True),
    # Professions worn as a style in Southern and West Africa and Indonesia: "Advocate Ngoako Ramatlhodi", "Engr X",
    # "Ir. Y", "Drs. Z".
    Style("profession", ("Advocate", "Adv.", "Engr", "Engr.", "Barr.", "Arc.", "Ir.", "Drs.")),
    # Indonesia's aircrew mark after a rank ("Brigadier General Pilot X", the "(Pnb)" of Indonesian).
    Style("aircrew-pilot", ("Pilot", "(Pilot)", "(Pnb)", "Pnb")),
    # A doctorate in brackets after a rank or a style: "Col (Dr) J", "Alhaji (Dr) X", "Chief (Mrs) Y".
    Style("bracketed-honorific", ("(Dr)", "(Dr.)", "(Mrs)", "(Prof)", "(Prof.)", "(Engr)", "(Barr)"), anywhere=True),
)

# Words that lengthen a Malay or Bruneian honour: skipped only beside a style of a row ("Datuk Seri Panglima",
# "Datuk Patinggi", "Dato Seri Setia", "Pehin Orang Kaya Laila Setia Bakti Diraja", "Dato Paduka Awang Haji"). Brunei's
# plain "Awang" and "Dayang" ("Mr", "Ms") are here too, as "Awang" alone is also a given name ("Awang Adek Hussin").
EXTENDERS = frozenset("""
Seri Sri Paduka Setia Pahlawan Panglima Patinggi Amar Wira Laila Lailaraja Datu Orang Kaya Diraja Indera Jasa Utama
Bakti Dewa Lela Maharaja Pekerma Udana Kerma Awang Dayang
""".split())

_BY_FORM: dict[tuple[str, ...], Style] = {tuple(form.split()): row for row in STYLES for form in row.forms}
_LONGEST = max(len(words) for words in _BY_FORM)
WORDS = frozenset(word for words in _BY_FORM for word in words)
UNALIASED = frozenset(word for row in STYLES if not row.alias for form in row.forms for word in form.split())


def row_of(words: list[str]) -> tuple[Style, int] | None:
    """The row of the style that opens ``words`` and how many words it takes, longest form first."""
    for n in range(min(_LONGEST, len(words)), 0, -1):
        row = _BY_FORM.get(tuple(words[:n]))
        if row is not None:
            return row, n
    return None


def leading(words: list[str]) -> int:
    """How many of ``words`` open with styles (rows and the extenders beside them), leaving one word at least:
    "Dato Paduka Awang Haji Halbi Mohammad Yussof" → 4; "Awang Adek Hussin" → 0 (no style of a row)."""
    i, end, row_seen = 0, 0, False
    while i < len(words) - 1:
        found = row_of(words[i:])
        if found is not None:
            i += found[1]
            end, row_seen = i, True
        elif words[i] in EXTENDERS:
            i += 1
            end = i if row_seen else end  # "Datuk Seri Pahlawan X"; before a row only once one follows
        else:
            break
    return min(end, len(words) - 1)


def trailing(words: list[str]) -> int:
    """How many of ``words`` close with styles and their extenders, one of a row among them ("... Forces Tan Sri" →
    2): a post's remit ends before them."""
    for i in range(len(words)):
        tail = words[i:] + ["X"]  # leading() keeps one word: a stand-in for the name after
        if leading(tail) == len(tail) - 1:
            return len(words) - i
    return 0


def inside(words: list[str]) -> int:
    """Where a name begins after a style no name holds, inside a run ("Jen Tan Sri Abdul Aziz Zainal" → 1, the
    start of "Tan Sri"); 0 when none stands after the first word."""
    for i in range(1, len(words) - 1):
        found = row_of(words[i:])
        if found is not None and found[0].anywhere:
            return i
    return 0


@cache
def written() -> str:
    """A regex of the forms the name grammar cannot read as a name word (an apostrophe, a bracket, a full stop or
    capitals: "Dato'", "(Dr)", "HE", "Hj."), any number in a row, each with the space after it: the name reader skips
    them before a name."""
    odd = sorted({form for words in _BY_FORM for form in [" ".join(words)]
                  if re.search(r"['’().]|[A-Z]{2}|^[A-Z](?: [A-Z])+$", form)}, key=len, reverse=True)
    one = "|".join(re.escape(form).replace(r"\ ", r"\s+") for form in odd)
    return rf"(?:(?<![\w(])(?:{one})(?![\w'’])\s*)+"
