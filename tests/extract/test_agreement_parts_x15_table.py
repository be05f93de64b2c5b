"""Round x15: one agreement per commitment when a "to"-clause lists verb phrases whose verbs the first list lacked
("normalize relations and reopen embassies", "hold patrols, maintain a hotline and convene a meeting"), and an adverb
may open the next verb phrase ("and jointly maintain ..."). A verb's form before "of" is a noun and opens nothing.
Sentences are invented for this file."""

from __future__ import annotations

import pytest

_LEAD = "Ghana and Togo held security talks in Accra on Monday. "


def _descriptions(x) -> list[str]:
    return [a.description for a in x.agreements]


# (the commitment sentence, the pieces expected, each as its own agreement)
SPLIT = [
    ("The two countries agreed to normalise consular relations and reopen border posts at two crossings.",
     ["normalise consular relations", "reopen border posts at two crossings"]),
    ("The two sides agreed to run joint patrols on the lagoon, maintain the police hotline and convene the border "
     "commission before June.", ["run joint patrols on the lagoon", "maintain the police hotline",
                                 "convene the border commission before June"]),
    ("Both sides agreed to post defence attaches to each other's capitals and send liaison officers to the ports.",
     ["post defence attaches to each other's capitals", "send liaison officers to the ports"]),
    ("The ministers agreed to hold a second round of talks in Lome and jointly safeguard calm along the border strip.",
     ["hold a second round of talks in Lome", "jointly safeguard calm along the border strip"]),
    ("The two countries pledged to restore the ferry service, and arrive at a settlement of the fishing dispute "
     "within a year.", ["restore the ferry service", "arrive at a settlement of the fishing dispute within a year"]),
]


@pytest.mark.parametrize(("sentence", "pieces"), SPLIT)
def test_one_agreement_per_verb_phrase(extract, sentence, pieces):
    x, _ = extract(_LEAD + sentence)
    got = _descriptions(x)
    for piece in pieces:
        assert any(d.startswith(piece) for d in got), got
    assert not any(pieces[0] in d and pieces[1] in d for d in got), got


# (sentence, the one description expected whole)
WHOLE = [
    # "exchange of": a noun, not a verb
    ("Both sides reached a consensus to enlarge joint drills and exchange of cadets for training in Accra.",
     "exchange of cadets"),
    # "exchange", "provide", "take" stay out of the list: the package's content, or a goal
    ("The two countries will set up a joint fusion cell in Aflao and exchange information on smuggling networks.",
     "exchange information"),
    ("The two ministers committed to deepen maritime cooperation and take the relationship to a new level.",
     "take the relationship"),
]


@pytest.mark.parametrize(("sentence", "tail"), WHOLE)
def test_no_split_before_a_noun_or_a_package_verb(extract, sentence, tail):
    x, _ = extract(_LEAD + sentence)
    got = _descriptions(x)
    assert got and not any(d.startswith(tail) for d in got), got


# upholds-principle on one piece of a list: the principle goes, the list's acts stay
PRINCIPLE_PIECE = [
    ("The two sides agreed to set up a radar station at Keta, safeguard common interests, and protect peace and "
     "security across the continent.", "set up a radar station at Keta", ["safeguard common", "protect peace"]),
    ("The ministers agreed to open a second crossing at Aflao and protect their shared interests.",
     "open a second crossing at Aflao", ["protect their shared"]),
    # "the way forward" names no act of its own (an empty object, like "work together in other ways")
    ("Both sides agreed to work closely on the way forward and adopt a shared checklist for the border posts.",
     "adopt a shared checklist for the border posts", ["work closely on the way forward"]),
]


@pytest.mark.parametrize(("sentence", "kept", "dropped"), PRINCIPLE_PIECE)
def test_a_principle_among_commitments_is_dropped(extract, sentence, kept, dropped):
    x, _ = extract(_LEAD + sentence)
    got = _descriptions(x)
    assert any(d.startswith(kept) for d in got), got
    assert not any(d.startswith(w) for d in got for w in dropped), got


# repeated-to: "to A and to B" gives two commitments when B's verb is one of the list's; not when A has an infinitive of
# its own that the second "to" continues, nor when B's verb is outside the list
REPEATED_TO = [
    ("The two sides agreed to pull heavy guns back from the frontier and to carry out joint demining near Keta.",
     ["pull heavy guns back from the frontier", "carry out joint demining near Keta"]),
    ("The two leaders pledged to take part in the regional summit, and to implement its outcome along the lagoon.",
     ["take part in the regional summit", "implement its outcome along the lagoon"]),
]


@pytest.mark.parametrize(("sentence", "pieces"), REPEATED_TO)
def test_repeated_to_splits(extract, sentence, pieces):
    x, _ = extract(_LEAD + sentence)
    got = _descriptions(x)
    for piece in pieces:
        assert any(d.startswith(piece) for d in got), got


REPEATED_TO_WHOLE = [
    # the second "to" continues the first piece's own infinitive
    ("The two countries agreed to form a joint border unit to stop arms smuggling and to combat armed gangs on the "
     "lagoon.", "combat armed gangs"),
    # a verb outside the list
    ("The two ministers agreed to open a liaison office in Aflao and to concretise the earlier border accords.",
     "concretise"),
    # a piece that only tends the relationship
    ("The ministers agreed to run joint drills at sea, and to deepen engagement through regional forums.",
     "deepen engagement"),
]


@pytest.mark.parametrize(("sentence", "tail"), REPEATED_TO_WHOLE)
def test_repeated_to_keeps_whole(extract, sentence, tail):
    x, _ = extract(_LEAD + sentence)
    got = _descriptions(x)
    assert got and not any(d.startswith(tail) for d in got), got
