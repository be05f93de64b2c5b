"""HTTP content negotiation as a pure function (RFC 9110 §12.5.1): q-values, wildcards, most specific match.

>>> negotiate("text/turtle;q=0.5, application/rdf+xml", ["text/turtle", "application/rdf+xml"])
'application/rdf+xml'
>>> negotiate("*/*", ["text/turtle", "application/rdf+xml"])
'text/turtle'
>>> negotiate("text/*;q=0, */*", ["text/csv", "application/sparql-results+json"])
'application/sparql-results+json'
>>> negotiate("image/png", ["text/csv"]) is None
True
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class MediaRange:
    type: str
    subtype: str
    params: tuple[tuple[str, str], ...]
    q: float

    def specificity(self, media_type: str) -> int:
        """-1 if this range does not match ``media_type``, else how specific the match is (higher wins)."""
        mtype, _, msub = media_type.partition("/")
        if self.type == "*":
            return 0 if self.subtype == "*" else -1
        if self.type != mtype:
            return -1
        if self.subtype == "*":
            return 1
        if self.subtype != msub:
            return -1
        return 2 + len(self.params)


def parse_accept(header: str) -> list[MediaRange]:
    """Media ranges of an Accept header; malformed parts are skipped, a malformed q counts as 0."""
    ranges = []
    for part in header.split(","):
        pieces = [p.strip() for p in part.split(";")]
        media = pieces[0].lower()
        if "/" not in media:
            if media == "*":  # some clients send a bare "*"
                media = "*/*"
            else:
                continue
        mtype, _, msub = media.partition("/")
        q = 1.0
        params = []
        for param in pieces[1:]:
            key, _, value = param.partition("=")
            key = key.strip().lower()
            value = value.strip().strip('"')
            if key == "q":
                try:
                    q = min(max(float(value), 0.0), 1.0)
                except ValueError:
                    q = 0.0
                break  # parameters after q are accept-extensions, not media type parameters
            if key and key != "charset":  # charset is not a distinguishing parameter for us (always UTF-8)
                params.append((key, value.lower()))
        ranges.append(MediaRange(mtype.strip(), msub.strip(), tuple(params), q))
    return ranges


def quality(ranges: Sequence[MediaRange], media_type: str) -> float:
    """The q-value the client gives ``media_type``: that of the most specific range matching it, else 0."""
    best_spec, best_q = -1, 0.0
    for rng in ranges:
        spec = rng.specificity(media_type)
        if spec > best_spec:
            best_spec, best_q = spec, rng.q
    return best_q if best_spec >= 0 else 0.0


def negotiate(accept: str | None, offers: Sequence[str]) -> str | None:
    """The offer the client prefers, or None when nothing is acceptable (→ 406).

    No or an empty Accept header means anything goes: the server's first offer. Ties go to the earlier offer,
    so ``offers`` is the server's order of preference.
    """
    if not offers:
        return None
    if accept is None or not accept.strip():
        return offers[0]
    ranges = parse_accept(accept)
    if not ranges:
        return offers[0]
    best, best_q = None, 0.0
    for offer in offers:
        q = quality(ranges, offer.lower())
        if q > best_q:
            best, best_q = offer, q
    return best


def prefers_html(accept: str | None) -> bool:
    """True when a browser asks: text/html is explicitly accepted and ranked at least as high as anything RDF."""
    if not accept:
        return False
    ranges = parse_accept(accept)
    html = max((r.q for r in ranges if r.type == "text" and r.subtype == "html"), default=0.0)
    if html <= 0:
        return False
    explicit = [r for r in ranges if r.type != "*"]
    rdf = max(quality(explicit, m) for m in ("text/turtle", "application/rdf+xml", "application/ld+json"))
    return html >= rdf
