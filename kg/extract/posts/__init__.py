"""Posts named in text: chains of titles ("Deputy Prime Minister and Foreign Minister") with the state or body
they serve ("India's", "of Canada", "MEA spokesperson", "Commissioner of the RCMP")."""

from kg.extract.posts.driver import (BODY_POSTS, INSIDE_REMIT, LOWER_BODY_POSTS, SPOKESPEOPLE, STATE_STYLE, _FIELDS,
                                     _RANKS, Chain, _heads_body, _post_in_ministry, bare_post, body_as_named, chains,
                                     country_of, ends_in_post)

__all__ = ["BODY_POSTS", "INSIDE_REMIT", "LOWER_BODY_POSTS", "SPOKESPEOPLE", "STATE_STYLE", "Chain", "bare_post",
           "body_as_named", "chains", "country_of", "ends_in_post"]
