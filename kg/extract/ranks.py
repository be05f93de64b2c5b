"""The rank grammar, one table: the grades of the military and police ladders, and how news abbreviates each of their
words, so that a rank is read whole and written out however the report spells it ("Sen. Lt. Gen." is "Senior
Lieutenant General", "Maj.-Gen." is "Major General", "AVM" is "Air Vice Marshal"). The post grammar (titles.tsv via
reference.titles), the name finders (persons, person_posts, person_words) and the counterpart reader all take their
ranks from here."""

from __future__ import annotations

from functools import cache
from itertools import product

# The grades, as the gold writes them (written out, without a service such as "(Pilot)" or a "(retired)").
GRADES = frozenset({
    "General", "Colonel General", "Lieutenant General", "Major General", "Brigadier General", "Brigadier", "Admiral",
    "Vice Admiral", "Rear Admiral", "Air Marshal", "Air Chief Marshal", "Field Marshal", "Colonel",
    "Lieutenant Colonel", "Commodore", "Captain",
    # the rest of the standard ladders: "Defence Minister, Army General X" keeps both posts
    "Army General", "General of the Army", "Senior Lieutenant General", "Senior Major General", "Senior Colonel",
    "Air Commodore", "Air Vice Marshal", "Group Captain", "Wing Commander", "Squadron Leader", "Flight Lieutenant",
    "Lieutenant Commander", "Counter Admiral", "Fleet Admiral", "Admiral of the Fleet"})

# How a grade's word is abbreviated. STANDALONE forms are a rank (or a rank's word) on their own before a name ("Gen
# X", "Brig Y"); INSIDE forms only inside a grade of several words: "Sen." alone is a senator, "R." and "V." alone are
# a name's initials.
STANDALONE = {"Gen": "General", "Lt": "Lieutenant", "Lieut": "Lieutenant", "Maj": "Major", "Brig": "Brigadier",
              "Adm": "Admiral", "Col": "Colonel", "Capt": "Captain", "Cdr": "Commander", "Sgt": "Sergeant"}
INSIDE = {"Sen": "Senior", "Snr": "Senior", "R": "Rear", "V": "Vice", "Sqn": "Squadron", "Flt": "Flight",
          "Wg": "Wing", "Gp": "Group", "Cmdr": "Commander", "Ldr": "Leader"}
# Whole grades written as one abbreviation ("AVM X", "RAdm Y", "Cdre Z").
WHOLE = {"AVM": "Air Vice Marshal", "ACM": "Air Chief Marshal", "RAdm": "Rear Admiral",
         "RADM": "Rear Admiral", "VAdm": "Vice Admiral", "VADM": "Vice Admiral", "Cdre": "Commodore",
         "Cmdre": "Commodore"}
ABBREVIATIONS = frozenset(STANDALONE) | frozenset(INSIDE) | frozenset(WHOLE)
# "(retd)", "(Rtd.)", "(Ret.)", "(retired)": a rank held before retiring, written after the rank or after the name.
RETIRED = r"\((?i:retd|rtd|ret|retired)\.?\)"
# Grades that open with a service, read only written out: "Army Gen. X" is mostly "(US) Army General X", a General.
_WRITTEN_OUT_ONLY = {"Army General", "General of the Army", "Admiral of the Fleet"}


def _forms(word: str) -> list[str]:
    """A grade's word as news writes it: in full, abbreviated, abbreviated with a full stop."""
    abbreviations = [a for a, full in {**STANDALONE, **INSIDE}.items() if full == word]
    return [word] + abbreviations + [a + "." for a in abbreviations]


@cache
def wordings() -> dict[str, str]:
    """Every written form of every grade of two or more words -> the grade ("Lt.-Col." -> "Lieutenant Colonel"),
    and the whole-grade abbreviations. One-word grades keep the forms titles.tsv gives them ("Gen.", "Adm.")."""
    out: dict[str, str] = {}
    for grade in GRADES:
        words = grade.split()
        if len(words) < 2 or grade in _WRITTEN_OUT_ONLY:
            continue
        for choice in product(*(_forms(w) for w in words)):
            for joiner in (" ", "-"):
                out[joiner.join(choice)] = grade
            if all(c.endswith(".") for c in choice[:-1]):  # "Lt.Gen.", "Brig.Gen."
                out["".join(choice)] = grade
    return out | WHOLE


def grade_of(written: str) -> str | None:
    """The grade a written rank stands for ("Maj.-Gen." -> "Major General", "AVM" -> "Air Vice Marshal"), None when
    the words are no grade."""
    if written in GRADES:
        return written
    if written in WHOLE:
        return WHOLE[written]
    words = [w for w in written.replace("-", " ").replace(".", " ").split()]
    full = " ".join(STANDALONE.get(w) or (INSIDE.get(w) if len(words) > 1 else None) or w for w in words)
    return full if full in GRADES else None
