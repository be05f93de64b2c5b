"""SHAPES, the table of speaker shapes tried in order, with the statement rows that read the table again."""

from __future__ import annotations

import re
from collections.abc import Callable

from kg.extract import credits
from kg.extract.model import Speaker
from kg.extract.speakers.bodies import (_body, _body_back, _body_named_before, _body_short_form, _body_spokesperson,
                                        _country, _definite_body, _document_named, _state_body, _unnamed_placed)
from kg.extract.speakers.groups import _document
from kg.extract.speakers.memory import Credit
from kg.extract.speakers.named import _named
from kg.extract.speakers.patterns import _DOCUMENT, STATEMENT_REF
from kg.extract.speakers.persons import _counterpart, _described, _post_of_speaker, _title_only
from kg.extract.speakers.voices import (_group_shape, _he_she, _his_people, _it, _plural_post, _several_states,
                                        _source_again, _they, _they_statement, _unknown_name, _unnamed)

# The statement rows live with the table: issuer-document reads SHAPES again (its issuer, by the body and state rows).


def _statement_ref(c: Credit) -> Speaker | None:
    """"the statement said": whoever issued the statement last mentioned."""
    if not STATEMENT_REF.search(c.head):
        return None
    c.memory.how = "document" if c.memory.statement_source else "named"
    return c.memory.statement_source or _mentioned_document(c) or _issued_before(c) or \
        Speaker(kind="unnamed", key="official-statement", label="official statement")


# "the statement" points back at a joint document the report mentioned without crediting anything to it: "This plan
# was sent in a joint statement following the meeting", "This came in a joint statement issued after the talks".
_THE_STATEMENT = re.compile(r"(?:^|\s)[Tt]he\s+(?:joint\s+)?(?:statement|declaration|communiqu[eé])\s*$")
_JOINT_MENTION = re.compile(r"\b(?:a|an|the|their)\s+joint\s+(?:press\s+)?(?:statement|declaration|communiqu[eé])\b")


def _mentioned_document(c: Credit) -> Speaker | None:
    """"the statement said" with no source credited before: the joint document last mentioned, if any (its parties)."""
    if not _THE_STATEMENT.search(c.head):
        return None
    mentions = list(_JOINT_MENTION.finditer(c.ctx.text, 0, c.start))
    if not mentions:
        return None
    speaker = _document(c.ctx, mentions[-1].group(), c.events, c.memory, at=c.start)
    if speaker:
        c.memory.statement_source = speaker
        c.memory.how = "document"
    return speaker


# "the statement said" with no source credited before: the document the report mentioned last, when its words name who
# issued it ("... in Accra, said a Foreign Office statement. ... The statement further said ...", "Sunday’s deal was
# announced in a statement by the Saudi government. ... the statement said"): that issuer (x19docspeaker).
_THE_DOCUMENT = re.compile(r"(?:^|\s)[Tt]he\s+(?:(?:joint|press|official)\s+)?(?:statement|release|readout|communiqu[eé])\s*$")
_DOCUMENT_MENTION = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+(?:[\w’'.-]+\s+){0,4}?(?:statement|release|readout|communiqu[eé])\b"
                               r"(?:\s+(?:(?:issued|released|published|put\s+out)\s+by|from|by)\s+(?:the\s+)?"
                               r"(?:(?-i:[A-Z])[\w’'.-]*(?:\s+(?:of\s+|and\s+|for\s+|the\s+)*)?){1,8}"
                               r"(?:government|ministry|presidency|office|army|navy|police|military)?)?")


def _issued_before(c: Credit) -> Speaker | None:
    """"the statement said" with no source yet: the issuer the words of the document mentioned last name, if any."""
    if not _THE_DOCUMENT.search(c.head):
        return None
    mention = next((m for m in reversed(list(_DOCUMENT_MENTION.finditer(c.ctx.text, 0, c.start)))
                    if not _THE_DOCUMENT.search(m.group())), None)
    if mention is None:
        return None
    words = mention.group().rstrip().rstrip(".")  # "... by the Kyrgyz Cabinet of Ministers." ends a sentence
    credit = Credit(ctx=c.ctx, start=mention.start(), head=words, memory=c.memory, events=c.events)
    speaker = _document(c.ctx, words, c.events, c.memory, at=mention.start()) or _issuer_document(credit)
    if speaker is None or speaker.kind == "person" or speaker.key == "official-statement":
        return None
    c.memory.statement_source = speaker
    c.memory.how = "document"
    return speaker


# Row `issuer-document` (x19docspeaker): a document credited by its issuer's words that the rows above do not read —
# "a navy statement", "the ministry's statement", "Qatar's statement", "a BGB press release issued on Tuesday", "the
# Russian Foreign Ministry statement on measures ...". The issuer before the document noun (a few words, no joint or
# bilateral document's) is read by the body and state rows: a named body, "the ministry", "the navy", a state. When,
# where and about what the document was issued is no part of who issued it: without such an issuer, a document read
# again without that tail counts only if the document rows name its issuer ("a joint declaration issued in Astana on
# Saturday": its parties); "a communiqué released after the meeting" stays for the rows after this one.
_ISSUER_DOCUMENT = re.compile(r"^(?P<issuer>.*?\S)(?P<s>['’]s?)?\s+(?:(?:press|news|official|media)\s+)?"
                              r"(?P<doc>statement|release|readout|communiqu[eé]|declaration)"
                              r"(?P<tail>\s+(?:(?:issued|released|published|put\s+out)\s+)?"
                              r"(?:(?:on|in|at|after|following|this|last|late|earlier|yesterday|today|about|regarding)\b|"
                              r"of\s+(?:the|their|its)\s+(?=(?-i:[a-z])))"
                              r"(?:(?!\b(?:which|that|who|whom|where|whose)\b)[^,;“”\"]){0,60})?\s*$")
_ISSUER_ROWS = ("country", "definite-body", "body-short-form", "body", "state-body", "body-named-before")
_SHARED_DOCUMENT = re.compile(r"\b(?:joint|bilateral|trilateral|their|its)\b", re.IGNORECASE)


def _issuer_document(c: Credit) -> Speaker | None:
    """"a navy statement", "the ministry's statement", "a BGB release issued on Tuesday": the body or state that
    issued the document; "a joint statement this afternoon": the document without its circumstance, its parties."""
    m = _ISSUER_DOCUMENT.search(c.head)
    if not m or (not m.group("s") and not m.group("tail") and STATEMENT_REF.search(c.head)):
        return None  # "a joint statement", "an official release": the document rows above read it
    issuer = m.group("issuer")
    speaker = None
    if len(issuer.split()) <= 6 and not _SHARED_DOCUMENT.search(issuer):
        credit = Credit(ctx=c.ctx, start=c.start, head=issuer, memory=c.memory, events=c.events)
        speaker = _named(c.ctx, c.start, issuer, c.memory, whole=False) or next(
            (who for name, shape in SHAPES if name in _ISSUER_ROWS and (who := shape(credit))), None)
    ref = _DOCUMENT_REF.search(c.head[:m.end("doc")]) if speaker is None and m.group("tail") else None
    if ref:
        speaker = _document(c.ctx, ref.group(), c.events, c.memory, at=c.start)
    if speaker is None or speaker.kind == "person":
        return None
    c.memory.statement_source = speaker
    return speaker


# the document a tail followed, from its determiner: "a joint declaration", "a BGB press release"
_DOCUMENT_REF = re.compile(r"(?:^|\s)(?:[Aa]n?|[Tt]he)\s+(?:[\w’'.-]+\s+){0,3}?(?:statement|release|readout|communiqu[eé]|"
                           r"declaration)$")


def _document_itself(c: Credit) -> Speaker | None:
    """"the agreement said", "the draft states": a text credited with what it says, as named."""
    m = _DOCUMENT.search(c.head)
    return credits.unnamed(m.group("doc")) if m else None


# Tried in order on each reading of the credit; the first that answers is the speaker.
SHAPES: tuple[tuple[str, Callable[[Credit], Speaker | None]], ...] = (
    ("body-spokesperson", _body_spokesperson),
    ("unnamed-placed", _unnamed_placed),
    ("document-named", _document_named),
    ("country", _country),
    ("definite-body", _definite_body),
    ("body-short-form", _body_short_form),
    ("body", _body),
    ("state-body", _state_body),
    ("body-named-before", _body_named_before),
    ("body-back", _body_back),
    ("statement-ref", _statement_ref),
    ("document-itself", _document_itself),
    ("issuer-document", _issuer_document),
    ("title-only", _title_only),
    ("post-described", _described),
    ("post-of-speaker", _post_of_speaker),
    ("counterpart", _counterpart),
    ("source-again", _source_again),
    ("unnamed", _unnamed),
    ("several-states", _several_states),
    ("his-people", _his_people),
    ("they-group", _they),
    ("group", _group_shape),
    ("plural-post", _plural_post),
    ("he-she", _he_she),
    ("it", _it),
    ("they-statement", _they_statement),
    ("unknown-name", _unknown_name),
)
