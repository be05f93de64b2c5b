"""chains: every title chain of a sentence, the tables of named rejections and steps applied in order."""

from __future__ import annotations

from collections.abc import Callable

from kg.extract import reference
from kg.extract.context import Context
from kg.extract.sentences import Sentence

from kg.extract.posts.records import Chain, _Post
from kg.extract.posts.after import (_acronym_case, _acronym_lowercase, _body_after, _bracketed_remit, _chief_as_rank,
                                    _envoy_remit_lowercase, _field_after, _field_into_body, _grade_before_remit,
                                    _leader_served, _remit_after)
from kg.extract.posts.before import _de_facto, _field_before_grade, _ordinal_deputy, _stacked_grades, _words_before
from kg.extract.posts.joining import _into_chain, _merge_ranks
from kg.extract.posts.chain_steps import (_acronym_body_after, _complement, _country_of_post, _place_after,
                                          _post_in_ministry, _post_of_known_body)


# -- title chains: a short driver over tables of named steps (issue 8). Each title the title table finds is read by
# _TITLE_REJECTIONS (the first that holds drops it), then grown by _TITLE_STEPS in order, and the last row puts it into
# a chain; _CHAIN_STEPS then grow each chain over what follows it. Adding a wording is adding a row.

# Named rejections, in order; the first that holds drops the title.
_TITLE_REJECTIONS: tuple[tuple[str, Callable[[_Post], bool]], ...] = (
    ("acronym-case", _acronym_case),              # a short title in capitals the sentence writes otherwise (inert)
    ("acronym-lowercase", _acronym_lowercase),    # "pm", "fm": acronym titles only in capitals
    ("chief-as-rank", _chief_as_rank),            # "Chief Cabinet Secretary": a rank of the post that follows
)
# Named steps, in order: the words after the post, then the words before it, then the chain it goes into.
_TITLE_STEPS: tuple[tuple[str, Callable[[_Post], None]], ...] = (
    ("field-after-post", _field_after),           # "Minister for Public Safety", "Secretary of Homeland Security"
    ("field-into-body", _field_into_body),        # "Chief of the Defence Force", "Director of Defence Services"
    ("remit-after-post", _remit_after),           # "Special Envoy for Climate"
    ("grade-before-remit", _grade_before_remit),  # "Joint Secretary (Counter Terrorism)": the post a grade is read on
    ("body-after-post", _body_after),             # "Chairman Joint Chiefs of Staff Committee", "Secretary Defence X"
    ("bracketed-remit", _bracketed_remit),        # "deputy secretary (policy) Teo Eng Dih"
    ("leader-served", _leader_served),            # "National Security Advisor to the Prime Minister Ajit Doval"
    ("envoy-remit-lowercase", _envoy_remit_lowercase),  # "special envoy for border issues"
    ("words-before-post", _words_before),         # the first row of _WORDS_BEFORE that holds
    ("stacked-grades", _stacked_grades),          # "Deputy Assistant Secretary", "Principal Deputy Director"
    ("field-before-grade", _field_before_grade),  # "Foreign Affairs Principal Secretary"
    ("de-facto-post", _de_facto),                 # "the kingdom's de facto ruler"
    ("ordinal-deputy", _ordinal_deputy),          # "First Deputy Prime Minister"
    ("into-chain", _into_chain),                  # the chain before it, or a chain of its own
)


# Named steps over the chains, in order; each row runs over every chain before the next row.
_CHAIN_STEPS: tuple[tuple[str, Callable[[Chain, Sentence, Context], None]], ...] = (
    # before the place: "Permanent Secretary in Zambia's Ministry of Defence" is no post "in Zambia"
    ("post-in-ministry", _post_in_ministry),      # "Permanent Secretary in the Ministry of Defence"
    ("place-after-post", _place_after),           # "Adviser of Canada", "Crown Prince of Abu Dhabi"
    ("body-complement", _complement),             # "Chairman of the Parliament of Georgia"
    ("country-of-post", _country_of_post),        # "External Affairs Minister" is India's post
    ("post-of-known-body", _post_of_known_body),  # "vice chairman of China's Central Military Commission"
    ("acronym-body-after-post", _acronym_body_after),  # "DG BSF Daljit Singh Chaudhary"
)


def _unswallowed(chains: list[Chain]) -> list[Chain]:
    """A title swallowed by the one before ("to the Prime Minister of Canada") is not its own."""
    kept: list[Chain] = []
    for chain in chains:
        if kept and chain.start < kept[-1].end:
            continue
        kept.append(chain)
    return kept


def chains(s: Sentence, ctx: Context) -> list[Chain]:
    """Every title chain of a sentence, with its prefix (country, body) and complement ("to the PM of Canada")."""
    titles = reference.titles()
    found: list[Chain] = []
    for m in titles.pattern.finditer(s.text):
        wording = m.group()
        p = _Post(s=s, ctx=ctx, chains=found, m=m, wording=wording, normal=titles.normal[wording.lower()],
                  lower=wording[0].islower(), end=m.end(), start=m.start())
        if any(rejects(p) for _, rejects in _TITLE_REJECTIONS):
            continue
        for _, step in _TITLE_STEPS:
            step(p)
    for _, step in _CHAIN_STEPS:
        for chain in found:
            step(chain, s, ctx)
    return _unswallowed(_merge_ranks(found, s.text))
