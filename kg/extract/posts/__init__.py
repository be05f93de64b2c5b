"""Posts named in text: chains of titles ("Deputy Prime Minister and Foreign Minister") with the state or body
they serve ("India's", "of Canada", "MEA spokesperson", "Commissioner of the RCMP").

chains(sentence, context) reads each title the title table finds through named rejections, then named steps (the
words after the post, the words before it, the chain it goes into), then named steps over each chain (the place,
ministry, body and state after it); a rank right after a post joins that post's chain.

The parts, each importing only from those before it:
    patterns     the tables a post's surroundings are read with (fields, grades, remits, places, post sets, ranks)
    records      Chain, and _Post: one title as the steps grow it
    prefix       what stands before a post: the state or body it serves, "former", places named
    bodies       the body or remit a post is of, and the state a body is in
    after        the named rejections of a title, and the steps over the words after a post
    before       the steps over the words before a post (field, body, kind, grades, "de facto", ordinal)
    joining      which chain a post goes into; a rank after a post merged into its chain
    chain_steps  the named steps over whole chains
    driver       chains: the tables of named rejections and steps, applied in order
"""

from kg.extract.posts.patterns import (BODY_POSTS, LOWER_BODY_POSTS, SPOKESPEOPLE, STATE_STYLE, _FIELDS, _RANKS, bare_post,
                                      country_of)
from kg.extract.posts.records import Chain
from kg.extract.posts.bodies import INSIDE_REMIT, _heads_body, body_as_named, ends_in_post
from kg.extract.posts.driver import chains

# named as posts.<name> by tests' docstrings: still reachable under that name
from kg.extract.posts.chain_steps import _post_in_ministry

__all__ = ["BODY_POSTS", "INSIDE_REMIT", "LOWER_BODY_POSTS", "SPOKESPEOPLE", "STATE_STYLE", "Chain", "bare_post",
           "body_as_named", "chains", "country_of", "ends_in_post"]
