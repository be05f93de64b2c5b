"""The speaker resolver of reported speech (kg.extract.speakers, kg.extract.triggers.outlet_relays): who a credit
names, one table per mechanism. Sentences written for these tests in news style. Each row: text after INTRO, who
must be credited (None: no statement), a word of what was said, and (where it matters) the rule."""

from __future__ import annotations

import pytest

INTRO = ("Foreign Minister Karin Holm of Portugal met Danish Foreign Minister Lars Berg in Lisbon on Monday. "
         "Holm and Berg discussed maritime security. ")


def _found(x, word):
    return [s for s in x.statements if word in s.text]


def _check(extract, text, speaker, word, rule=None):
    x, _ = extract(INTRO + text)
    found = _found(x, word)
    if speaker is None:
        assert found == [], [(s.speaker.label, s.support.rule, s.text) for s in found]
        return
    assert [s.speaker.label for s in found][:1] == [speaker], [(s.speaker.label, s.support.rule) for s in x.statements]
    if rule:
        assert found[0].support.rule == rule


# An outlet has no stance of its own: the subject of the clause it reports, speaking, is credited — a person, a
# pronoun, several together (whose undertaking is an agreement, so no statement at all); without such a subject
# the outlet stays credited.
OUTLET_RELAYS = [
    ("The ministers called on all coastal states to respect the fishing quotas, state news agency Lusa reported.",
     "Karin Holm and Lars Berg", "quotas", "statement/outlet-relays"),
    ("Berg urged the European Union to fund the new radar chain, the Xinhua news agency said.",
     "Lars Berg", "radar chain", None),
    ("The Lusa news agency had also reported Danish officials as claiming the trawlers were escorted by warships.",
     "Danish officials", "trawlers", "statement/outlet-relays"),
    ("According to the Lusa news agency, the two ministers also agreed to hold naval drills next spring.",
     None, "naval drills", None),
    ("The Danish frigate will remain in Portuguese waters until the end of the month, the Lusa news agency reported.",
     "Lusa news agency", "frigate", None),
]


@pytest.mark.parametrize("text, speaker, word, rule", OUTLET_RELAYS, ids=[r[2] for r in OUTLET_RELAYS])
def test_outlet_relays(extract, text, speaker, word, rule):
    _check(extract, text, speaker, word, rule)


# A style or rank written with a full stop does not end the credit after a quotation.
STYLE_STOP = [
    ("“Our navies will patrol the strait together from the summer onwards,” Dr. Berg said.", "Lars Berg", "navies"),
    ("“The fishing grounds belong to no single state in this region,” Mrs. Holm told reporters.", "Karin Holm",
     "fishing grounds"),
]


# A post written short ("the FM", "the PM") is the person the report gave that post.
POST_SHORT = [
    ("Berg later toured the naval base at Alfeite. He met sailors there. The FM said that Denmark would send two "
     "more frigates to the Atlantic patrols.", "Lars Berg", "frigates"),
]


# Who is not the speaker: a reporting verb in a relative clause with a pronoun subject, a document credited after
# its verb ("states an official note"), several parties pledging on a weekday or announcing a joint body set up
# (an agreement, not a statement).
NOT_SPEAKERS = [
    ("The patrols have grown as they look to counter what they have described as reckless fishing in the strait.",
     None, "reckless"),
    ("Portugal and Denmark reviewed cooperation in maritime surveillance and port security, states an official note.",
     None, "surveillance"),
    ("Portugal and Denmark pledged Tuesday to cooperate more closely on coastal surveillance.", None, "coastal"),
    ("Portugal and Denmark announced the formation of a joint maritime security committee.", None, "committee"),
]


# The subject of the reporting verb past what stands between: an apposition ("Berg, a former navy officer,
# warned ..."), "both" after several names.
SUBJECT = [
    ("Berg, a former navy officer, warned on Tuesday that the strait was becoming more dangerous, adding that "
     "Denmark would not back down.", "Lars Berg", "dangerous"),
    ("Holm and Berg both emphasised the importance of close cooperation against piracy in the Gulf of Guinea.",
     "Lars Berg", "piracy"),
]


# A body's document is the body's word: "a defence ministry statement said" credits the ministry the report names
# (every word of the credit in its name), else the body as credited; "the statement said" later is the same body's.
BODY_DOCUMENT = [
    ("The talks were hosted by Portugal's Ministry of National Defence. A defence ministry statement said the two "
     "navies would exchange liaison officers from June.", "Ministry of National Defence", "liaison officers"),
    ("A Foreign Ministry statement said the two states would share radar data on the strait.", "Foreign Ministry",
     "radar data"),
]


# Pronouns and posts back to the right person: "he" goes on with the last speaker when that speaker is named again
# as a subject just before (not the people of the clause he reported); a post run together with another by a comma
# ("the Danish minister, the envoy said") is no reference to the first post's holder.
BACK_REFERENCE = [
    ("Berg said Holm and the Danish admiral reviewed the patrol schedule. He said they also emphasised the need to "
     "share sonar data quickly.", "Lars Berg", "sonar"),
    ("Portuguese President Rui Costa received Berg on Tuesday. Berg later toured the shipyards in Porto. "
     "Following his talks with the Portuguese President, the minister said at a briefing that he was “honoured” "
     "to meet with Costa.", "Lars Berg", "honoured"),
    ("“We will patrol the strait together,” Holm said. Berg was in Porto on Tuesday when he assured Holm that the "
     "Danish frigates would stay until spring.", "Lars Berg", "frigates"),
]


# Several people credited together: two names set off by commas after a plural post, or a plural post with whose
# it is ("the Foreign Ministers of Portugal and Denmark") — the meeting's people.
SEVERAL = [
    ("The ministers, Karin Holm of Portugal and Lars Berg of Denmark, also said coast guard training would expand.",
     "Karin Holm and Lars Berg", "coast guard"),
    ("Closer radar coordination is essential for the Atlantic patrols, concluded the Foreign Ministers of Portugal "
     "and Denmark.", "Karin Holm and Lars Berg", "radar coordination"),
]


# A name with a hyphenated particle, the particle capitalised at the start of a sentence ("Al-Rashid told ...")
# is the person named "al-Rashid".
PARTICLE = [
    ("Portugal's envoy Omar al-Rashid joined the talks. Al-Rashid told state television that the patrols would "
     "resume in April.", "Omar al-Rashid", "resume in April"),
]


# A body's unnamed spokesperson speaks for the body the report names ("the spokesperson" after it is the same voice);
# when a statement was issued is no part of who issued it.
BODY_VOICE = [
    ("A Portuguese Navy spokesperson told reporters that the frigates would sail on Friday.", "Portuguese Navy",
     "frigates"),
    ("A Portuguese Navy spokesperson confirmed the dates. “The frigates will sail on Friday and return in May,” the "
     "spokesperson said.", "Portuguese Navy", "return in May"),
    ("According to a statement from the Portuguese Navy after the meeting, the frigates will sail on Friday.",
     "Portuguese Navy", "frigates"),
]


# One test over every three-column table above: (the mechanism's name, its table).
TABLES = [("style_before_name_after_quote", STYLE_STOP),
          ("post_written_short", POST_SHORT),
          ("not_speakers", NOT_SPEAKERS),
          ("subject_of_the_verb", SUBJECT),
          ("body_document", BODY_DOCUMENT),
          ("back_reference", BACK_REFERENCE),
          ("several_speakers", SEVERAL),
          ("particle_capitalised", PARTICLE),
          ("body_voice", BODY_VOICE)]
ROWS = [(name, *row) for name, table in TABLES for row in table]


@pytest.mark.parametrize("mechanism, text, speaker, word", ROWS, ids=[f"{r[0]}:{r[3]}" for r in ROWS])
def test_speaker_tables(extract, mechanism, text, speaker, word):
    _check(extract, text, speaker, word)
