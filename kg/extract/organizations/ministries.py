"""Bare ministries ("the defence ministry", "the ministry said"): whose they are, by the ministers the report names."""

from __future__ import annotations

import re

from kg.extract import reference, state_bodies
from kg.extract.context import Context
from kg.extract.model import Organization, Support
from kg.extract.names import slug
from kg.extract.sentences import Sentence

# The words a minister's portfolio is named with: "Minister of National Security", "Interior Minister", "Minister for
# Foreign Affairs and Trade". A lexicon of portfolios, so that "Minister of Interior Sheikh Fahad" ends at "Interior".
_PORTFOLIO = (r"(?:Foreign|Interior|Internal|External|Home|Defen[cs]e|Justice|Finance|National|Public|Security|Safety|"
              r"Affairs|Trade|Commerce|Economy|Economic|Health|Information|Education|Labou?r|Immigration|Migration|"
              r"Agriculture|Energy|Transport|Communications|Fisheries|Environment|Planning|Development|Industry|"
              r"Tourism|Culture|Youth|Maritime|Marine|Border|Emergency|Situations|Digital|Investment|Petroleum|Oil|"
              r"Mines|Works|Housing|Local|Government|Social|Welfare|Science|Technology|Innovation|Territorial|"
              r"Administration|Veterans|Intelligence|Homeland|Regional|International|Co-?operation|Relations|"
              r"Diaspora|Citizenship|Reconstruction|Integration|Order)")
_MINISTER_POST = re.compile(rf"(?<![\w-])(?:(?P<state>[A-Z][a-z]+(?:['’]s)?)\s+)?(?P<f1>{_PORTFOLIO}(?:\s+{_PORTFOLIO}){{0,2}})\s+"
                            rf"Minister(?![\w-])|(?<![\w-])Minister\s+(?:of|for)\s+(?:the\s+)?"
                            rf"(?P<f2>{_PORTFOLIO}(?:\s+(?:and\s+|&\s+)?{_PORTFOLIO}){{0,3}})(?![\w-])")


def _post_ministries(ctx: Context) -> None:
    """"a ministry statement said", "at the Ministry’s offices": a ministry named by the bare word is a ministry the
    report names of the portfolio of the minister whose post it names last before the word (before or after: "the
    ministry said" may come first), else the ministry named last before it; those are found already. Else it is
    that minister's ministry, a body of its own, when the post stands in the word's sentence or the one before
    ("Minister of National Security Peter Bunting ... the Ministry’s offices" → "Ministry of National Security").
    Run once every sentence is read, so that a ministry named later is known."""
    countries = reference.countries()
    ministries = [m for m in ctx.org_mentions if m.key in ctx.organizations
                  and ctx.organizations[m.key].kind == "ministry"]
    taken = [(m.start, m.end) for m in ctx.org_mentions]
    for s in ctx.reporting():
        if s.index in ctx.headlines:
            continue
        for start, end in state_bodies.fieldless(s.text):
            at = s.start + start
            if any(a < s.start + end and at < b for a, b in taken):
                continue
            posts = list(_MINISTER_POST.finditer(ctx.text, 0, at))
            post = posts[-1] if posts else None
            field = _field_key(post.group("f1") or post.group("f2")).split()[-1] if post else ""
            same_field = [m for m in ministries if field and field in _field_key(" ".join(
                [ctx.organizations[m.key].name, *ctx.organizations[m.key].aliases]))]
            state = re.sub(r"['’]s$", "", post.group("state") or "") if post else ""
            code = countries.adjectives.get(state) or countries.names.get(state) if state else None
            own = [m for m in same_field if code and ctx.organizations[m.key].country == code]
            same_field = own or same_field  # "Turkish ... Defense Minister": the Turkish one, not the Qatari one
            before = [m for m in ministries if m.end <= at]
            chosen = min(same_field, key=lambda m: abs(m.start - at)) if same_field else \
                before[-1] if before and (post is None or before[-1].start > post.start()) else None
            if chosen:  # "Seoul's defense ministry ... Defense Minister Shin ... the ministry said": that ministry,
                continue  # already found; who said what is the statement rules' to settle (kg/extract/speakers/)
            if post is None or post.start() < _previous_sentence_start(ctx, s):
                continue  # a post further back is no longer what "the ministry" points to
            demonym = state_bodies.demonym(code) if code else None
            if post.group("f1") and demonym:  # "Saudi Interior Minister" → "Saudi interior ministry", as the
                name = f"{demonym} {post.group('f1').lower()} ministry"  # state-body rule names it
            else:
                name = f"{post.group('f1')} Ministry" if post.group("f1") else f"Ministry of {post.group('f2')}"
            # the body only, no mention: the bare word stays for the statement rules to credit as they do
            org = ctx.organizations.setdefault(slug(name), Organization(
                key=slug(name), name=name, kind="ministry", country=code,
                support=Support(evidence=[ctx.span(s)], rule="org/post-ministry", confidence=0.85)))
            if ctx.span(s) not in org.support.evidence:
                org.support.evidence.append(ctx.span(s))
            if s.text[start:end] not in (org.name, *org.aliases):
                org.aliases.append(s.text[start:end])
            field = post.group("f1") or post.group("f2")
            for form in (f"{field} Ministry", f"Ministry of {field}"):  # one ministry, both word orders
                if form != org.name and form not in org.aliases:
                    org.aliases.append(form)


def _previous_sentence_start(ctx: Context, s: Sentence) -> int:
    earlier = [x.start for x in ctx.sentences if x.end <= s.start]
    return max(earlier, default=s.start)


def _field_key(words: str) -> str:
    """A portfolio's words compared across spellings: "Defense Affairs" and "defence" → "defence"."""
    return re.sub(r"\s*affairs\b", "", words.lower()).replace("defense", "defence").strip()


def _last_state_before(ctx: Context, at: int) -> str | None:
    before = [m for m in ctx.country_mentions if m.end <= at]
    return before[-1].key if before else None


_FIELD_MINISTER = (r"(?P<state>[A-Z][a-z]+(?:\s+(?:and\s+)?[A-Z][a-z]+){0,2})(?:['’]s)?\s+(?i:FIELD)(?:\s+(?i:affairs))?"
                   r"\s+(?i:minister)")


def _minister_state(ctx: Context, field: str, at: int) -> str | None:
    """The state of the "<Demonym> <Field> Minister" nearest the mention: in its sentence or before it, else after."""
    countries = reference.countries()
    stem = {"defence": "defen[cs]e", "defense": "defen[cs]e"}.get(field, field)
    found = []
    for m in re.finditer(_FIELD_MINISTER.replace("FIELD", stem), ctx.text):
        words = m.group("state").split()
        state = next((" ".join(words[i:]) for i in range(len(words)) if countries.code(" ".join(words[i:]))), None)
        code = state and (countries.adjectives.get(state) or countries.names.get(state))
        if code:
            found.append((m.start(), code))
    sentence = ctx.sentence_at(at)
    here = [c for start, c in found if sentence.start <= start < sentence.end]
    before = [c for start, c in found if start < at]
    return (here or before[-1:] or [c for _, c in found][:1] or [None])[0]
