"""Statement mechanisms of the fifth round, one table per mechanism (sentences written for these tests): a style
before a name in apposition ("..., Dr. X, said"), a quotation inside a stance verb's object, a resolve restated,
verbs of appraisal and of closing or recalling, a post read by its kind ("the defence chief") and a post with an
aside before its verb. Each row: text after INTRO, who must be credited (None: no statement), a word of the words."""

from __future__ import annotations

import pytest

INTRO = "Defence Minister Ana Costa of Portugal met Danish Defense Secretary Jens Lund in Lisbon on Monday. "


def _credited(x, word):
    return [s.speaker.label for s in x.statements if word in s.text]


# A style or rank before a name set off by commas after a post: the person speaks, not the body of the post.
STYLED_APPOSITION = [
    ("Opening the session, the Deputy Director of the Ministry of Fisheries, Dr. Rita Alves, described the talks "
     "as a turning point.", "Rita Alves", "turning point"),
    ("The Permanent Secretary of the Ministry of Fisheries, Mr. Tomas Berg, said the quotas would hold.",
     "Tomas Berg", "quotas"),
    ("The Deputy Director of the Ministry of Fisheries described the talks as a turning point.",
     "Ministry of Fisheries", "turning point"),
]


@pytest.mark.parametrize("text, speaker, word", STYLED_APPOSITION, ids=[r[2] for r in STYLED_APPOSITION])
def test_styled_apposition(extract, text, speaker, word):
    x, _ = extract(INTRO + text)
    assert _credited(x, word) == [speaker]


# A quotation in the object of a stance verb marks the words as the speaker's, whatever the verb otherwise needs;
# without it, "reaffirmed support" and "expressed gratitude" stay courtesies.
QUOTED_OBJECT = [
    ("Lund also reaffirmed the “unbreakable” Danish commitment to the treaty of 1990.", "Jens Lund", "unbreakable"),
    ("Costa expressed “deep gratitude” for the Danish frigates sent to the strait.", "Ana Costa", "frigates"),
    ("Lund reaffirmed Danish support for the treaty of 1990 and its patrols.", None, "patrols"),
    ("Costa expressed gratitude for the Danish frigates sent to the strait.", None, "frigates"),
]


@pytest.mark.parametrize("text, speaker, word", QUOTED_OBJECT, ids=[r[2] + str(i) for i, r in enumerate(QUOTED_OBJECT)])
def test_quoted_object(extract, text, speaker, word):
    x, _ = extract(INTRO + text)
    assert _credited(x, word) == ([speaker] if speaker else [])


# A resolve restated is a stance; a restated commitment is the readout's courtesy.
RESOLVE = [
    ("Costa reaffirmed Portugal's readiness to contribute to a stable regime in the strait.", "Ana Costa", "stable"),
    ("Lund reaffirmed Denmark's determination to keep the shipping lanes open.", "Jens Lund", "lanes"),
    ("Lund reaffirmed that the patrols would go on through the winter.", "Jens Lund", "winter"),
    ("Both sides reaffirmed their commitment to a stable regime in the strait.", None, "stable"),
]


@pytest.mark.parametrize("text, speaker, word", RESOLVE, ids=[r[2] for r in RESOLVE])
def test_resolve_restated(extract, text, speaker, word):
    x, _ = extract(INTRO + text)
    assert _credited(x, word) == ([speaker] if speaker else [])


# Appraisal ("praised", "lauded") is a stance; "concluded" and "recalled" report words after a quotation or with
# "that", and are acts otherwise ("concluded an agreement", "recalled the treaty").
VERBS = [
    ("Costa praised Denmark's contributions to maritime safety in the region.", "Ana Costa", "maritime"),
    ("Lund lauded the steady growth of naval exercises between the two countries.", "Jens Lund", "exercises"),
    ("“We also talked about the renewal of the quota agreement between our countries,” Costa concluded.",
     "Ana Costa", "renewal"),
    ("Lund recalled that earlier rounds had produced a joint patrol scheme for the strait.", "Jens Lund", "scheme"),
    ("The two sides concluded an agreement on joint patrols in the strait.", None, "patrols"),
    ("Lund recalled the treaty of 1990 and the patrols it set up in the strait.", None, "patrols"),
]


@pytest.mark.parametrize("text, speaker, word", VERBS, ids=[r[2] + str(i) for i, r in enumerate(VERBS)])
def test_appraisal_and_closing_verbs(extract, text, speaker, word):
    x, _ = extract(INTRO + text)
    assert _credited(x, word) == ([speaker] if speaker else [])


# "The Danish defense chief" is the one person named before who holds the defence post; an aside between the
# post and its verb is set aside for a single post, while several people credited by a plural post stay unnamed.
POST_KINDS = [
    ("The Danish defense chief vowed to “remain in close coordination” with Costa.", "Jens Lund", "coordination"),
    ("The Danish defence chief, whose term began in May, also said the frigates would stay in the strait.",
     "Jens Lund", "frigates"),
    ("The Portuguese health chief said the frigates would stay in the strait.", None, "frigates"),
    ("The ministers, joined by the NATO deputy secretary general, also said the frigates would stay.", None,
     "frigates"),
]


@pytest.mark.parametrize("text, speaker, word", POST_KINDS, ids=[r[2] + str(i) for i, r in enumerate(POST_KINDS)])
def test_post_kinds_and_asides(extract, text, speaker, word):
    x, _ = extract(INTRO + text)
    assert _credited(x, word) == ([speaker] if speaker else [])


# "according to" after a quotation credits its source only when no named person speaks before the quotation in
# the sentence: the tweet or the broadcaster relayed the person's words.
RELAYED = [
    ("Costa met Lund in Lisbon, where Lund told Costa that the navies are “firmly on the same side against "
     "illegal fishing”, according to a tweet by the Danish embassy.", "Jens Lund", "illegal fishing"),
    ("Costa said that, while the patrols are already “robust,” the new pact “would make that robustness last "
     "for years,” according to local broadcaster RTP.", "Ana Costa", "robustness"),
    ("Both officials “held an introductory call today to discuss naval cooperation,” according to the readout "
     "by the Danish Defence Ministry.", "Danish Defence Ministry", "introductory"),
]


@pytest.mark.parametrize("text, speaker, word", RELAYED, ids=[r[2] for r in RELAYED])
def test_relayed_quotation(extract, text, speaker, word):
    x, _ = extract(INTRO + text)
    assert _credited(x, word) == [speaker]


# Vetoes: "called on" a person is a courtesy visit (an appeal has "to ..." or "for ..."); "said this" points back at
# words reported elsewhere.
VETOES = [
    ("Lund also called on Portugal's Deputy Minister of Fisheries, Rui Sousa, on Tuesday.", None, "Tuesday"),
    ("Lund called on Portugal to join the regional patrol scheme in the strait.", "Jens Lund", "patrol scheme"),
    ("Costa said this on Thursday when she met her Danish counterpart in Lisbon.", None, "counterpart"),
    ("Costa said it would take a year to train the new crews.", "Ana Costa", "crews"),
]


@pytest.mark.parametrize("text, speaker, word", VETOES, ids=[r[2] for r in VETOES])
def test_visit_and_back_reference_vetoes(extract, text, speaker, word):
    x, _ = extract(INTRO + text)
    assert _credited(x, word) == ([speaker] if speaker else [])


# ", saying that ..." after a person credited by post or pronoun: the act and the words are that person's.
PARTICIPLE_BY_POST = [
    ("The Danish defence secretary extended his congratulations on the navy's anniversary, saying that Denmark "
     "is pleased with the joint patrols.", "Jens Lund", "anniversary"),
    ("Lund visited the frigate. He thanked the crews for their work, adding that the patrols would go on.",
     "Jens Lund", "crews"),
    ("The frigates docked in Lisbon, noting their long voyage from Copenhagen.", None, "voyage"),
]


@pytest.mark.parametrize("text, speaker, word", PARTICIPLE_BY_POST, ids=[r[2] for r in PARTICIPLE_BY_POST])
def test_participle_by_post(extract, text, speaker, word):
    x, _ = extract(INTRO + text)
    assert _credited(x, word) == ([speaker] if speaker else [])


# "X said that ..., the ministry said": the words are X's as the ministry reports them; a stance verb instead
# ("X appreciated ..., the ministry said") leaves the ministry's report of it.
REPORTED_SPEECH = [
    ("Lund said that the two navies are determined to keep the strait open, the Danish Defence Ministry said.",
     "Jens Lund", "strait open"),
    ("Lund appreciated Portugal's role in keeping the strait open, the Danish Defence Ministry said.",
     "Danish Defence Ministry", "strait open"),
]


@pytest.mark.parametrize("text, speaker, word", REPORTED_SPEECH, ids=[r[2] + str(i) for i, r in enumerate(REPORTED_SPEECH)])
def test_speech_inside_a_report(extract, text, speaker, word):
    x, _ = extract(INTRO + text)
    assert _credited(x, word) == [speaker]


# "he said" after a sentence whose subject is one person and whose object is another: the subject, also when its
# verb is an irregular past ("held", "met").
PRONOUN_SUBJECT = [
    ("Costa on Thursday held a meeting with Lund in Porto. He said the frigates would stay in the strait.", "frigates"),
    ("Costa on Thursday met Lund in Porto. She said the frigates would stay in the strait.", "frigates"),
]


@pytest.mark.parametrize("text, word", PRONOUN_SUBJECT, ids=[str(i) for i in range(len(PRONOUN_SUBJECT))])
def test_pronoun_after_irregular_subject_verb(extract, text, word):
    x, _ = extract("Defence Minister Ana Costa of Portugal and Danish Defense Secretary Jens Lund spoke on Monday. "
                   + text)
    assert _credited(x, word) == ["Ana Costa"]
