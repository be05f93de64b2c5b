"""Occasions named without people: carried to the lead's meeting, or given the holders named near them."""

from __future__ import annotations

import re

from kg.extract import frames, places
from kg.extract import participants as who
from kg.extract.event_triggers import BODY_SESSION, KIND_PRIORITY, TRIGGERS, Trigger
from kg.extract.context import Context
from kg.extract.sentences import Sentence

from kg.extract.events.drafts import _Draft, _here, _modality, _states, _when
from kg.extract.events.merging import _compatible, _merge_into


def _carry_lead(ctx: Context, drafts: list[_Draft], orphans: list, published) -> list:
    """A lead often reports talks without naming who held them ("officials held talks in Beijing on Monday") and
    the next sentences name the people: the talks' place and date go to that meeting, or the people named as the
    next sentence's subject held them. Meetings without people elsewhere ("a technical meeting in Asuncion on
    June 18") are kept when their venue is named."""
    lead_paragraph = next((s.paragraph for s in ctx.reporting() if s.index not in ctx.headlines), 0)
    left = []  # the orphans that neither join a meeting nor name its place: kg.extract.frames may still frame them
    # Meetings without named people are not events of their own (an event needs a participant).
    for s, a, b, t, trig in orphans:
        seg, kind = s.text[a:b], trig.kind
        if trig.role != "noun":
            left.append((s, a, b, t, trig))
            continue
        probe = _draft_without_people(ctx, s, a, b, t, trig, published)
        prev = next((x for x in reversed(ctx.reporting()) if x.index < s.index and x.index not in ctx.headlines), None)
        pair = _coordinated_pair(ctx, prev) if prev and _THEIR.search(seg[:t.start()]) else None
        if pair and not any(prev.index <= d.sentence.index <= s.index and len(d.participants) > 1
                            and set(d.participants) != set(pair) for d in drafts):
            # "A and his British counterpart B agreed on Thursday to ... During their meeting in Tokyo, the defence
            # chiefs also agreed ...": "their" occasion is held by the pair of two states the last sentence opened on
            # (and is the occasion the pair's own "agreed" reported, if it did)
            if len(_states(ctx, pair)) >= 2:
                probe.participants, probe.evidence, probe.trigger = pair, [prev, s], f"{trig.name}-their-pair"
                _merge_into(drafts, probe, same_sentence=False, nearest=True)
                continue
        if lead_paragraph <= s.paragraph <= lead_paragraph + 1 and not any(
                d.sentence.index < s.index and len(d.participants) > 1 for d in drafts):
            # The lead's unnamed talks are the first occasion of several named people reported soon after, if
            # nothing places that occasion elsewhere or at another time. Veto "lead-talks-not-a-call" (x25pastvisit):
            # as in _compatible, a phone call is an occasion of its own: "are holding talks here" is not "the
            # telephone conversation between Modi and Putin" recalled three paragraphs on.
            later = [d for d in drafts if d.sentence.index > s.index and len(d.participants) > 1
                     and (d.kind == "call") == (kind == "call")
                     and (d.sentence.paragraph <= s.paragraph + 1 or d.sentence.paragraph <= s.paragraph + 3
                          and d.modality == probe.modality and d.place in (None, probe.place)
                          and (d.date is None or probe.date is None or d.date.date == probe.date.date))]
            if later:
                target = later[0]
                target.place = target.place or probe.place
                target.date = target.date or probe.date
                if KIND_PRIORITY[kind] < KIND_PRIORITY[target.kind] or target.trigger == "agreed-pair":
                    target.kind, target.trigger = kind, trig.name
                target.evidence.insert(0, s)
                continue
            nxt = next((x for x in ctx.reporting() if x.index > s.index and x.index not in ctx.headlines), None)
            pair = _coordinated_pair(ctx, nxt) if nxt else None
            if pair:
                probe.participants, probe.evidence = pair, [s, nxt]
                drafts.insert(0, probe)
                continue
        # "The agreement was reached at a meeting in Rabat on Monday": the meeting just reported, placed and dated.
        recent = [d for d in drafts if s.index - 4 <= d.sentence.index < s.index and len(d.participants) > 1
                  and d.modality == "asserted" and probe.modality == "asserted"]
        # "The meeting, which took place in Algiers on Tuesday, ...": "the meeting" is the one just reported.
        if recent and (probe.place or probe.date) and (re.search(r"\b(?:was|were)\s+(?:reached|agreed|signed|"
                                                                 r"announced|made)\s+(?:at|during|following|after)\b", seg)
                                                       or _DEFINITE.search(seg[:t.start()])):
            recent[-1].place = recent[-1].place or probe.place
            recent[-1].date = recent[-1].date or probe.date
            continue
        # "A and B may meet on the sidelines of the APEC summit in Shenzhen": the summit is where they meet.
        # (A meeting with no named people at all is not kept: an event needs a participant.)
        same = [d for d in drafts if d.sentence.index == s.index]
        if same and kind == "summit" and same[0].kind == "meeting":
            same[0].kind, same[0].trigger = "summit", trig.name
        if probe.place and same and same[0].place is None:
            same[0].place = probe.place
        if not same:
            left.append((s, a, b, t, trig))
    return left


def _frame_orphans(ctx: Context, drafts: list[_Draft], occasions: list, loose: list[_Draft], published) -> None:
    """An occasion named without people is held by the delegation heads named in the next sentences ("the Indian
    delegation was led by A, while the Nepali side was headed by B"), or, when its clause names its holders by post
    ("talks between the two countries' defence secretaries"), by the people of two states named next."""
    used: set[int] = set()
    for s, a, b, t, trig in sorted(occasions, key=lambda o: o[0].index):
        near = frames.window(ctx, s)
        joined = [d for d in loose if d.sentence in near]
        keys = list(dict.fromkeys(k for d in joined for k in d.participants))
        if len(keys) < 2:
            # the delegation heads of two states named further on in the paragraph that reports the occasion ("The
            # leader of the Kenyan delegation, A, said ... The Ugandan delegation was led by B")
            later = [d for d in loose if d.sentence.paragraph == s.paragraph and d.sentence.index >= s.index]
            heads = list(dict.fromkeys(k for d in later for k in d.participants))
            if len(_states(ctx, heads)) >= 2:
                joined, keys = later, heads
        if len(keys) < 2 and frames.unnamed_holders(s.text[a:b], t):
            # Rule "post-group-first": "The foreign ministers of A and B met ..., tension caused by A's defence minister
            # X": the holders of the post the group names, before the first person of each state named nearby
            keys = frames.post_group(ctx, s.text[a:b]) or frames.two_states(ctx, near)
        by_post = False
        if len(keys) < 2 and trig is not BODY_SESSION:
            # "In their meeting in December, the Iranian and Omani foreign ministers discussed ...": the holders of
            # the post the group names, wherever the report names them
            keys = frames.post_group(ctx, s.text[a:b])
            by_post = bool(keys)
        if len(keys) < 2 and trig is BODY_SESSION:
            if any(d.sentence is s and d.trigger in _VERB_ROWS for d in drafts):
                # veto "sitting-met-in-its-sentence" (x18session): "A will host his counterpart B for the 29th session
                # of the Joint Commission": the sentence's own meeting is the sitting, with the people its words give
                # (a visit or the sitting's own noun, "B will visit Doha to attend the 7th meeting of the ... Committee",
                # still takes them)
                continue
            keys = frames.session_holders(ctx, s, t.group(0))
        elif len(keys) < 2:
            continue
        if not keys:
            continue
        probe = _draft_without_people(ctx, s, a, b, t, trig, published)
        if trig is BODY_SESSION and probe.place is None:  # "..., which opened today in Abuja": past the clause
            probe.place = places.city(s.text[a + t.end():])
        probe.participants = keys
        if by_post:
            probe.trigger = f"{trig.name}-post-group"
            if any(_compatible(d, probe, same_sentence=False) for d in drafts):
                continue  # an occasion the holders' names already report: a post says nothing more about it
        # "The Philippine delegation to the talks held in Guiyang on Friday was led by A": the heads' own sentence may
        # place and date the occasion its report names without them
        probe.place = probe.place or next((d.place for d in joined if d.place), None)
        probe.date = probe.date or next((d.date for d in joined if d.date), None)
        probe.evidence = [s] + [x for x in near if x is not s and (x in (d.sentence for d in joined) or
                                                                   ctx.persons_in(x.start, x.end))]
        probe.recalled = bool(probe.date and published and (published - probe.date.date).days > 31)
        twin = next((d for d in drafts if d.sentence in near and set(d.participants) == set(keys)
                     and d.modality == probe.modality), None)
        if twin:  # "Indian and Canadian NSAs met in Delhi" over "Doval met Drouin ... in New Delhi": one meeting
            twin.date, twin.place = twin.date or probe.date, twin.place or probe.place
            continue
        _merge_into(drafts, probe, same_sentence=False, nearest=True)
        used.update(id(d) for d in joined)
    # "A of Kazakhstan, B of Kyrgyzstan ... took part in the sitting": people of two states joining an occasion no
    # trigger names met there ("the sitting was held in Taraz", the sentence before, says where).
    for s in dict.fromkeys(d.sentence for d in loose if id(d) not in used):
        keys = list(dict.fromkeys(k for d in loose if d.sentence is s for k in d.participants))
        if len(_states(ctx, keys)) < 2:
            continue
        before = next((x for x in ctx.reporting() if x.index == s.index - 1), None)
        held = _HELD_IN.search(before.text) if before else None
        place = places.city(s.text) or (places.city(before.text[held.end() - 2:]) if held else None) or _here(ctx, s.text)
        d = next(d for d in loose if d.sentence is s)
        _merge_into(drafts, _Draft(kind="meeting", participants=keys, sentence=s, modality=d.modality, place=place,
                                   date=d.date, evidence=[before, s] if held else [s], trigger=d.trigger),
                    same_sentence=False, nearest=True)
    drafts.sort(key=lambda d: d.sentence.index)


_HELD_IN = re.compile(r"\b(?:was|were)\s+(?:held|hosted|convened)\s+in\b")
# "During their meeting", "at their talks in Tokyo": an occasion its holders' possessive points back to.
_THEIR = re.compile(r"\b[Tt]heir\s+(?:[\w-]+\s+){0,2}$")
# "The meeting", "The talks, which ...": an occasion named as the one the reader already knows (opening its clause).
_DEFINITE = re.compile(r"^\s*(?:[Tt]he|[Tt]heir|[Tt]his)\s+$")


def _coordinated_pair(ctx: Context, s: Sentence) -> list[str] | None:
    """The people of a coordinated subject opening a sentence ("Marles and Indonesia's Defence Minister Sjafrie
    agreed ..."), when there are at least two."""
    mentions = ctx.persons_in(s.start, s.end)
    if len(mentions) < 2:
        return None
    verb = re.search(r"\b(?:agreed|said|signed|discussed|announced|pledged|committed|decided|met|held)\b", s.text)
    if not verb:
        return None
    before = [m for m in mentions if m.end <= s.start + verb.start()]
    keys = who.coordinated_subjects(ctx, before)
    return keys if len(set(keys)) >= 2 else None


def _draft_without_people(ctx: Context, s: Sentence, a: int, b: int, t: re.Match[str], trig: Trigger,
                          published) -> _Draft:
    seg = s.text[a:b]
    modality = _modality(s, seg, t, trig)
    place = places.venue(seg[t.start():]) or places.city(seg[t.start():]) or _here(ctx, seg)
    date, vague = _when(s, a, seg, t, trig, modality, published)
    return _Draft(kind=trig.kind, participants=[], sentence=s, modality=modality, place=place, date=date, evidence=[s],
                  trigger=trig.name, vague=vague)


_VERB_ROWS = {t.name for t in TRIGGERS if t.role == "verb"}  # "A met B", "A hosted B": the verb gives who met
