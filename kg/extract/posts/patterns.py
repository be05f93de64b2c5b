"""The tables a post's surroundings are read with: fields, grades, remits, leaders, places, post sets, ranks."""

from __future__ import annotations

import re

from kg.extract import ranks, reference


_JOIN = re.compile(r"\s*(?:,|and|&)\s*(?:the\s+)?$|^\s+(?:and|&)\s+$|^\s*,\s*$")

# A state's formal style: "the Federal Democratic Republic of", "the Kingdom of", "the Hashemite Kingdom of".
STATE_STYLE = (r"(?:(?:Federal|Democratic|Islamic|People['’]s|United|Socialist|Arab|Plurinational|Bolivarian|Hashemite|"
               r"Cooperative|Independent)\s+){0,3}(?:Republic|Kingdom|Federation|Sultanate|State|Emirate|"
               # "the Union of the Comoros", "the Commonwealth of Dominica", "the Principality of Monaco"
               r"Union|Commonwealth|Principality)")
# `state-formal-style`: "Ambassador to the Sultanate of Oman X", "Military Attache in the Republic of Kazakhstan X":
# where a post reads a state after "to" or "in", the state may be written in its formal style; the style is read
# over (group "style") and the state is the name after it, or the whole when the style is part of the state's own
# name ("the Republic of Korea", "the Democratic People's Republic of Korea": `styled_state`).
_STYLED = rf"(?:the\s+)?(?P<style>{STATE_STYLE}\s+of\s+(?:the\s+)?)?"


def styled_state(match: re.Match[str]) -> str:
    """The state's words a place pattern read: with its style when the style belongs to the state's name."""
    style = match.groupdict().get("style")
    return style + match.group("c") if style and country_of(style + match.group("c")) else match.group("c")


_OF_COUNTRY = re.compile(r"^\s+(?:to\s+the\s+(?:Prime\s+Minister|President|Premier)\s+)?of\s+(?:the\s+)?(?P<c>[A-Z][A-Za-z]+(?:\s+[A-Z][a-z]+)?)(?![\w'’])")
_TO_ADJ_LEADER = re.compile(r"^\s+to\s+the\s+(?P<c>[A-Z][a-z]+)\s+(?:Prime\s+Minister|President|Premier|Chancellor)\b")
_TO_PLACE = re.compile(rf"^\s+to\s+{_STYLED}(?P<c>[A-Z][A-Za-z]+(?:\s+[A-Z][a-z]+)?)")
_FIELDS = ("Affairs|Defence|Defense|Security|Safety|Home|Foreign|External|Finance|Commerce|Trade|Industry|Health|"
           "Education|Justice|Immigration|Citizenship|Refugees|Public|National|International|Development|Energy|"
           "Environment|Agriculture|Interior|Internal|Economic|Economy|Emergency|Preparedness|Intelligence|"
           "Information|Broadcasting|Communications|Telecommunications|Transport|Labour|Labor|Employment|Law|Legal|Parliamentary|"
           "Veterans|Border|Customs|Revenue|Treasury|Cooperation|Relations|Diaspora|Overseas|Indians|Women|Youth|"
           "Science|Technology|Digital|Innovation|Infrastructure|Housing|Culture|Tourism|Sport|Mines|Minerals|"
           "Natural|Resources|Fisheries|Oceans|Water|Petroleum|Gas|Oil|Power|Railways|Civil|Aviation|Shipping|"
           "Ports|Finance|Planning|Statistics|Heritage|Crown-Indigenous|Indigenous|Northern|Defence Production|Migration|Asylum|"
           "Political|"  # Indonesia's "Coordinating Minister for Political, Legal and Security Affairs"
           "Homeland|"
           "Integration|Narcotics|Drugs|Crime|Counterterrorism|Counter-Terrorism|Maritime|Climate|Neighbourhood|"
           "Enlargement|Equality|Social|Welfare|Policing|Cabinet")
# "Minister of Posts, Telecommunications & Technology": "&" joins a post's fields as "and" does
_FOR_FIELD = re.compile(rf"^\s+(?:for|of)\s+(?:the\s+)?((?:{_FIELDS})(?:,?\s+(?:(?:and|&)\s+)?(?:{_FIELDS}))*)\b")
# "deputy minister of economy", "minister of investments and foreign trade": a post written in lowercase names its
# field in lowercase too.
_FOR_FIELD_LOWER = re.compile(rf"^\s+(?:for|of)\s+(?:the\s+)?((?:{_FIELDS.lower()}|investments?)(?:,?\s+(?:and\s+)?"
                              rf"(?:{_FIELDS.lower()}|investments?))*)\b(?!\s+(?:of|and)\s+[A-Z])")
# `compound-remit-before`: "Defence and Military Veterans Minister", "Home & Security Minister", "Investment and
# Foreign Trade Minister": a post's remit before it may join fields with "and" or "&", and after the join one
# capitalised word may qualify the next field ("Military Veterans"); the whole remit is the post's.
# `region-remit-before`: "Australia's Pacific Minister": a minister for a region of the world has it as remit.
_REGION_REMITS = "Pacific|Indo-Pacific|Asia-Pacific|Arctic"
_FIELD_BEFORE = re.compile(rf"(?<![\w-])((?:Presidential\s+)?(?:{_FIELDS}|Investments?|{_REGION_REMITS})(?:\s+(?:and\s+)?(?:{_FIELDS})"
                           rf"|\s+(?:and|&)\s+(?:[A-Z][a-z]+\s+)?(?:{_FIELDS}))*)\s+$")
# `field-before-lower-post`: "Ghana's national security minister", "BGB's operations director": a post written in
# lowercase has its field before it in lowercase too.
_FIELD_BEFORE_LOWER = re.compile(rf"(?<![\w-])((?:presidential\s+)?(?:{_FIELDS.lower()}|operations)(?:\s+(?:and\s+)?"
                                 rf"(?:{_FIELDS.lower()}|operations))*)\s+$")
# Posts a field before them makes a post of its own ("Defence Minister", "Homeland Security Adviser").
_FIELDED_POSTS = ("Minister", "Secretary", "Cabinet Secretary", "State Secretary", "Commander", "Director",
                  "Commissioner", "Adviser")
# "Commissioner of the RCMP", "spokesperson for the MEA", "secretary of Iran's Supreme National Security Council"
_OF_ORG = re.compile(r"^\s+(?:of|for|at)\s+(?:the\s+)?(?P<owner>[A-Z][\w.-]*['’]s\s+|U\.S\.\s+|US\s+)?")
# "Deputy Foreign Minister", "Vice Minister of Public Security", "Assistant Secretary of State": a rank before a
# post makes a different post.
# `coordinating-grade`: "Coordinating Minister for Maritime Affairs" (Indonesia, Singapore) heads other ministers
_RANK_BEFORE = re.compile(r"(?<![\w-])(?:Deputy|Vice|Assistant|Under|Acting|Junior|Principal|Senior|Chief|Coordinating|deputy|vice|assistant|acting|interim|Interim|transitional|Transitional|caretaker|Caretaker)[ -]$"
                          # body-before-post: "Ministry of External Affairs Joint Secretary X", "Additional Secretary"
                          r"|(?<![\w-])(?:Joint|Additional|joint|additional)\s$")
_GRADED_ONLY = re.compile(r"^(?:Joint|Additional|joint|additional)\s$")  # ... only before these posts:
_GRADED_POSTS = {"Secretary", "Director", "Director General", "Commissioner", "Director-General"}
# "First Deputy Prime Minister", "First Vice President": an ordinal ranks a deputy post among its deputies; it is part
# of the post ("Deputy Prime Minister" is another post). Only before a deputy's post: "First Minister", "First Lady"
# are posts of their own, already in the titles table.
_ORDINAL_BEFORE = re.compile(r"(?<![\w-])(?:First|Second|Third|first|second|third)[ -]$")
_DEPUTY_POST = re.compile(r"^(?:Deputy|Vice)\b")
# "... of Abu Dhabi and ": the place a post rules, then the "and" before the holder's next post
_PLACE_THEN_AND = re.compile(r"^\s+of\s+(?:the\s+)?(?P<c>[A-Z][A-Za-z]+(?:\s+[A-Z][a-z]+)?)\s*(?:,\s*|\s+)(?:and\s+)?$")
_DE_FACTO_BEFORE = re.compile(r"(?<![\w-])[Dd]e[ -]facto\s+$")
# "Under President Donald Trump": before any post but a secretary's, "Under" is the preposition, not a rank.
_UNDER = re.compile(r"^(?:Under|under)[ -]$")
# "Assistant Secretary of State for International Narcotics and Law Enforcement Affairs": a capitalised remit.
_FOR_REMIT = re.compile(r"^\s+for\s+((?:[A-Z][\w-]*)(?:\s+(?:and|of|the|&)\s+[A-Z][\w-]*|\s+[A-Z][\w-]*)*)(?=\s*(?:\(|,|\.|;|$))")
_FOR_REMIT_LOWER = re.compile(r"^\s+(?:for|on)\s+((?:(?!the\b|a\b|an\b|his\b|her\b)[a-z-]+\s+){0,2}(?!the\b|a\b)[a-z-]{3,})"
                              r"(?=\s*[,.;]|\s+(?:in|at|on|and|said|says|told|who|was|is|has|had)\b)")
# "deputy secretary (policy) Teo Eng Dih": a bracketed remit of one or two words (not an acronym) before a name.
_BRACKETED_REMIT = re.compile(r"^\s+\((?P<r>[A-Za-z][a-z]+(?:\s+(?:and\s+)?[A-Za-z][a-z]+)?)\)(?=\s+[A-Z][a-z])")
# "... to the Prime Minister", "... to the President": the leader an aide serves.
_TO_LEADER = re.compile(rf"^\s+to\s+the\s+(?P<leader>(?:Vice\s+)?(?:Prime\s+Minister|President|Premier|Chancellor)|"
                        rf"(?:vice\s+)?(?:prime\s+minister|president|premier|chancellor))(?![\w-])")
_OF_AFTER = re.compile(r"\s+of\b")  # "... to the Prime Minister of Canada": the state's, read by _OF_COUNTRY
_LEADER_POST = re.compile(r"(?:Vice\s+|Deputy\s+)?(?:Prime\s+Minister|President|Premier|Chancellor)", re.IGNORECASE)
# "former prime minister and current leader of the opposition X": "and" plus a word saying the next post is held now
# still joins one holder's posts (the first keeps its "former").
_NOW_HELD = re.compile(r"(?<=and)\s+(?:current|currently|now|incumbent|sitting)(?=\s)")
# "foreign ministry spokesperson": the unnamed ministry a spokesperson speaks for is part of the post.
_MINISTRY_BEFORE = re.compile(r"(?<![\w-])((?:foreign|defence|defense|interior|home|justice|finance|security|"
                              r"foreign affairs|external affairs)\s+ministry)\s+$", re.IGNORECASE)
# "government spokesman", "presidential spokeswoman": the one a spokesperson speaks for, written in lowercase.
_SPEAKS_FOR_BEFORE = re.compile(r"(?<![\w-])(government|presidential|presidency|palace|cabinet|army|military|police|"
                                r"party|embassy)\s+$", re.IGNORECASE)
# "Ukraine's national security council secretary": an unnamed body written in lowercase before a lowercase post.
_BODY_BEFORE = re.compile(r"(?<![\w'’-])((?:(?!the\b|a\b|an\b|and\b|of\b|its\b|his\b|her\b)[a-z]+\s+){1,3}"
                          r"(?:council|committee|commission|agency|service|office|ministry|department))\s+$")
# Lowercase posts that a lowercase word before them qualifies ("opposition leader"), unless it only grades them.
_KINDED = {"leader", "Commander", "analyst", "Adviser", "head"}
_KIND_BEFORE = re.compile(r"(?<![\w'’-])((?!(?:the|a|an|and|of|its|his|her|their|former|top|senior|new|then|current|"
                          r"veteran|prominent|key|chief|deputy|acting|interim|main|military|political|said|says|by|as|"
                          r"with|to|for|from|in|on|at|is|was|who|facto)\b)[a-z]{3,})\s+$")
# "a spokesperson in Jakarta", "state secretary at Sweden's foreign ministry": where the post is.
_IN_PLACE = re.compile(rf"^\s+(?:in|at)\s+{_STYLED}(?P<c>[A-Z][A-Za-z]+)(?=['’]s\s|[\s,.])")


# Posts that exist in many bodies: which body is part of the post ("FBI Director", "DEA Administrator").
BODY_POSTS = {"Director", "Director General", "Executive Director", "Deputy Director", "Commissioner", "Chief",
              "Commander", "Administrator", "Press Secretary", "Head", "head",
              "Secretary"}  # body-before-post: "Iran's Supreme National Security Council Secretary, X"
# Posts written in lowercase that the body bound to them names the same way ("Kyrgyz border service head"), and
# spokespeople, whom the body they speak for names ("Foreign Ministry Spokesperson").
LOWER_BODY_POSTS = {"Director", "Director General", "Commissioner", "Chief", "Commander", "Chairman", "Secretary",
                    "head"}
SPOKESPEOPLE = {"Spokesperson", "Spokesman", "Spokeswoman"}


def country_of(word: str) -> str | None:
    return reference.countries().code(re.sub(r"['’]s$", "", word.strip()))


_RANKS = ranks.GRADES  # the rank grammar (ranks.py): a rank is held, not a post of a body
# `bare-post`: a post named by its head alone ("Minister Kang", "the Director"), which says what kind of post the
# person holds but not of what; a fuller post with the same head that the report gives the same person (or, for a
# counterpart, the owner's post) completes it. Ranks are no bare posts: a General holds a rank, not half a post.
_BARE_POST = re.compile(r"(?:(?:deputy|vice|assistant|under)\s+)?"
                        r"(?:minister|secretary|director(?:[\s-]general)?|commander|chief|head)", re.IGNORECASE)


def bare_post(title: str) -> bool:
    """A post that is its head alone ("Minister", "Deputy Head", "Director General"), nothing of what it heads."""
    return _BARE_POST.fullmatch(title.strip()) is not None
