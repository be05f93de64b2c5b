"""Word tables and patterns the person finders share: honorifics written with a full stop, military rank
abbreviations and the ranks they stand for, the first words of place names, a post that opens the next list item."""

from __future__ import annotations

import re

from kg.extract import ranks



# "Minister for Foreign Affairs, Hon. Justin Tkatchenko", "Permanent Secretary, Dr. Sunday Attah": a style or an
# honorific with a full stop may stand before the name (without the stop it is a name token NAME strips later).
_DOTTED = r"(?:Dr|Mr|Mrs|Ms|Mme|Prof|Engr|Eng|Amb|Barr|Arc|Pr)\."  # honorifics written with a full stop
# First words of place names, never of a person's name.
_PLACE_STARTS = {"Sao", "São", "San", "Santa", "Santo", "Puerto", "Port", "Rio", "Ciudad", "Nuevo", "Nueva", "Los", "Las",
                 "El", "La", "Mount", "Lake", "Cape", "Fort", "Saint", "St", "New", "North", "South", "East", "West",
                 "Upper", "Lower", "Greater", "Gulf", "Bay"}
# "Gen", "Lt Gen": a rank abbreviated before a name is the rank written out, a post of its own.
_RANK_WORDS = ranks.STANDALONE  # the rank grammar's abbreviations that stand before a name on their own
# One rank table for persons: organisations' _RANK_WORDS (organizations.py) is another thing, grade words that open a
# post's head ("Deputy", "Senior", "Acting"), and shares no word with this one, so the two stay apart.
# "Army chief Gen Asim Munir": a rank abbreviation between a post and a full name is not part of the name.
_RANK_ABBREVIATIONS = set(_RANK_WORDS)
# A rank, a style or a post's initials and a name after a post that follows a name: the post opens the next item of
# a list of holders ("Vice Chief X, Additional Director General of the Coast Guard, ADG Y").
# `next-holder-bracketed`: a bracketed remit after the post ("Additional Secretary (Defence) of the Ministry of Defence,
# Mr. X"), a remit with "of"/"and" of its own, and a bracketed "retired" after the rank ("..., General (Retd) X") leave
# the next item's shape as it was.
_NEXT_HOLDER = re.compile(r"(?:\s*\([^()]{1,40}\))?(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]*"
                          # a remit with its own "of", "and" ("of South Asian and SAARC Division of the Ministry")
                          r"(?:\s+(?:(?:of|and|for)\s+(?:the\s+)?)?[A-Z][\w'’-]*)*)?\s*,\s+(?:(?:"
                          + "|".join(sorted(_RANK_ABBREVIATIONS | {"Dr", "Mr", "Mrs", "Ms"})) + r")\.?|[A-Z]{2,5}|General|Admiral|"
                          r"Colonel|Major|Brigadier|Commodore|Captain|Lieutenant|Air\s+Marshal|Vice\s+Admiral|"
                          rf"Rear\s+Admiral)(?:\s*{ranks.RETIRED})?\s+[A-Z]")
