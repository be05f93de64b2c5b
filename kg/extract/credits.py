"""Credit phrases of reported speech: unnamed sources ("a senior Kenyan security official"), bodies and states
credited as a whole ("Brazilian authorities", "India has cautioned"), and quotations."""

from __future__ import annotations

import os
import re

from kg.extract import reference
from kg.extract.context import Context
from kg.extract.model import Speaker
from kg.extract.names import slug

# Unnamed sources, singular or plural, with whose they are ("a Polish government source", "a senior Kenyan
# security official", "Commission officials", "two diplomats familiar with the preparations", "officials in
# Canberra", "people familiar with the talks", "human rights groups", "a Thai negotiator", "prosecutors").
_SOURCE_WORD = (r"(?:senior|top|government|official|diplomatic|intelligence|security|informed|unnamed|ministry|police|"
                r"defence|defense|military|western|local|federal|state|human|rights|other|foreign|(?-i:[A-Z][\w.]*))")
UNNAMED = re.compile(r"(?<![\w-])((?:(?:a|an|the|one|two|three|four|several|some)\s+)?(?:" + _SOURCE_WORD + r"\s+){0,3}"
                     r"(?:sources?|officials?|(?:a|an|the)\s+(?:\w+\s+)?(?:spokesperson|spokesman|spokeswoman)|"
                     r"spokesperson|spokesman|spokeswoman|"
                     r"analysts|experts|observers|strategists|diplomats?|negotiators?|prosecutors?|investigators?|mediators?|"
                     r"leaders(?=\s+(?:of|from)\s)|"
                     r"insiders|groups|people(?=\s+(?:familiar|close|briefed))|(?:state\s+)?media|news\s+agency|broadcaster|"
                     r"intelligence assessments(?: cited by sources)?)"
                     r"(?:\s+(?:from|in|at|of|with|close to|familiar with|briefed on)\s+[^,;:]{1,50})?)\s*$", re.IGNORECASE)
# "officials in Canberra": a source placed somewhere is still a source, not the state of that place.
UNNAMED_TAIL = re.compile(r"\b(?:sources?|officials?|diplomats?|negotiators?|prosecutors?|investigators?|people)\s+(?:from|in|at|of|close to|familiar with|briefed on)\s+"
                          r"[^,;:]{1,50}$", re.IGNORECASE)
# "its intelligence agency", "Brazilian authorities", "the government": a body credited without its name.
# "the Philippines’ defense department": a plural state's possessive is an apostrophe alone.
BODY = re.compile(r"(?:(?P<owner>its|their|the|[A-Z][a-z]+(?:['’]s?)?)\s+)?(?P<body>intelligence agency|spy agency|"
                   r"intelligence service|security service|[Pp]olice|(?:foreign|interior|defen[cs]e|justice|home|finance|trade) ministry|"
                   r"(?:defen[cs]e|justice|state) department|"
                   r"military|army|navy|air force|armed forces|coast guard|border guards?|embassy|consulate|"
                   r"(?:high\s+)?commission|cabinet|"
                   r"authorities|government|administration|presidency|(?:foreign\s+)?office)\s*$")
_SIDE = re.compile(r"\s+side\s*$")  # "the Indian side" is India; "Brazilian authorities" stay a body
DETERMINER = re.compile(r"^(?:a|an|the|one|two|three|four|several|some)\s+", re.IGNORECASE)


def unnamed(label: str) -> Speaker:
    """An unnamed source as credited, without its determiner: "a Polish government source" → "Polish government source"."""
    label = DETERMINER.sub("", label.strip())
    label = label[0].upper() + label[1:]
    return Speaker(kind="unnamed", key=slug(label), label=label)


def quoted(ctx: Context) -> list[tuple[int, int, str]]:
    """quotations() of the report, read once (statements and the credit-inside-quote veto both need them)."""
    if ctx._quotations is None:
        ctx._quotations = quotations(ctx.text)
    return ctx._quotations


def quotations(text: str) -> list[tuple[int, int, str]]:
    """(start, end, words) of each quotation of 12+ characters. Quote marks are paired in order within a line, so
    a short quotation ("candid") does not throw the pairing of straight quotes off for the rest of the report. A
    quotation left open at the end of a paragraph goes on into the next one, up to its first closing mark; when the
    next paragraph opens a quotation again (a quotation running over paragraphs opens each and closes only the last),
    the open one ends with its own paragraph, as does one the report's last paragraph leaves open."""
    out = []
    dangling = None  # where a curly quotation the previous paragraph left open begins
    previous_end = 0
    for line in re.finditer(r"[^\n]+", text):
        opened = None
        first = re.search(r"[“”]", line.group())
        if dangling is not None and first and first.group() == "”":
            out.append((dangling, line.start() + first.start(), text[dangling:line.start() + first.start()]))
        elif dangling is not None and first and first.start() == len(line.group()) - len(line.group().lstrip()) \
                and len(text[dangling:previous_end].strip()) >= 12:
            out.append((dangling, previous_end, text[dangling:previous_end]))
        dangling = None
        previous_end = line.start() + len(line.group().rstrip())
        for q in re.finditer(r"[“”\"]", line.group()):
            at = line.start() + q.start()
            if opened is None and q.group() != "”":
                opened = at
            elif opened is not None and q.group() != "“":
                inner = text[opened + 1:at]
                if len(inner) >= 12:
                    out.append((opened + 1, at, inner))
                opened = None
            elif q.group() == "“":
                opened = at
        dangling = opened + 1 if opened is not None and text[opened] == "“" else None
    if dangling is not None and len(text[dangling:previous_end].strip()) >= 12:
        out.append((dangling, previous_end, text[dangling:previous_end]))  # the report's last paragraph, left open
    return out


def country_speaker(ctx: Context, start: int, head: str) -> Speaker | None:
    """"India has cautioned ...", "The Canadian side assured ...": a state credited as a whole."""
    bare = _SIDE.sub("", head)
    end = start + len(bare)
    for m in ctx.countries_in(start, end):
        prev = re.search(r"([A-Z][\w-]*)\s+$", ctx.text[max(0, m.start - 20):m.start])
        if prev and m.start > start and prev.group(1) not in ("The", "A", "An", "This", "That", "Both", "Each"):
            continue  # "Air India", "Global Affairs Canada": a name that contains a state is not the state
        if (m.end == end or (m.end + 2 == end and bare.endswith("s"))) and not _governed(ctx, start, m.start):
            if bare != head or m.text in reference.countries().names or m.text in reference.countries().capitals:
                label = reference.countries().display.get(m.key, m.key)
                # "Lithuania and Poland accused ...": both states speak, not the last one named.
                pair = [c for c in ctx.countries_in(start, end) if c.end <= m.start and
                        re.fullmatch(r"\s*(?:,|and|,\s*and)\s*(?:the\s+)?", ctx.text[c.end:m.start])]
                credited = m.text
                if pair and pair[-1].key != m.key and pair[-1].text in reference.countries().names:
                    label = f"{reference.countries().display.get(pair[-1].key, pair[-1].key)} and {label}"
                    credited = f"{pair[-1].text} and {m.text}"
                # "Tehran said": Iran, also known as credited (a capital, "the Indian side").
                aliases = (credited,) if credited != label else ()
                return Speaker(kind="unnamed", key=slug(label), label=label, aliases=aliases)
    return None


_PREPOSITION = re.compile(r"\b(?:in|of|from|to|at|with|by|for|across|between|against|on|into|near|"
                          r"including|like)\s+(?:the\s+)?$", re.IGNORECASE)
_LISTED = re.compile(r"(?:[A-Z][\w.-]*\s+)*[A-Z][\w.-]*\s*(?:,\s*(?:and\s+)?|\s+and\s+)$")


def _governed(ctx: Context, start: int, at: int) -> bool:
    """The state named at ``at`` sits in a prepositional phrase ("sites in Belgium, Norway and Poland have
    reported"), not in the subject: walk back over the list it ends, then look for a preposition."""
    head = ctx.text[start:at]
    while True:
        listed = _LISTED.search(head)
        if not listed or listed.start() == len(head):
            break
        head = head[:listed.start()]
    return head.strip() != "" and _PREPOSITION.search(head) is not None


def body(ctx: Context, start: int, head: str, m: re.Match[str]) -> Speaker:
    """"its intelligence agency" → "Canadian intelligence agency": an unnamed body, credited with its state."""
    owner = m.group("owner") or ""
    code = reference.countries().code(re.sub(r"['’]s?$", "", owner)) if owner[:1].isupper() else None
    if code is None and owner.lower() in ("its", "their"):
        before = [c for c in ctx.countries_in(max(0, start - 300), start + m.start()) if c.text in reference.countries().names]
        code = before[-1].key if before else None
    label = m.group("body")
    if code:
        label = f"{adjective(code)} {label}"
    elif re.search(r"['’]s$", owner) and owner[:1].isupper():
        label = f"{owner} {label}"  # "Petro's office"
    label = label[0].upper() + label[1:]
    return Speaker(kind="unnamed", key=slug(label), label=label)


def adjective(code: str) -> str:
    adjectives = reference.countries().adjectives
    display = reference.countries().display.get(code, code)
    # of several ("Filipino", "Philippine"), the one closest to the state's name
    found = [a for a, c in adjectives.items() if c == code and a[0].isupper() and not a.isupper()]
    return max(found, key=lambda a: len(os.path.commonprefix([a, display]))) if found else display
