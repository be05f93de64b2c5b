"""Round x21 (x21outletfix): reading `web-name-not-an-end` — an outlet named by its web address ("News.Az reports",
"Caliber.Az", "Report.az", "YEN.com.gh") is one word; its full stop ends no sentence. A glued stop before a word that
opens sentences still ends one. Sentences invented for this file."""

from __future__ import annotations

import pytest

from kg.extract.sentences import split

# (text, the sentences split reads)
ROWS = [
    ("The ministers met in Batumi, said the defence ministry, News.Az reports. Talks go on.",
     ["The ministers met in Batumi, said the defence ministry, News.Az reports.", "Talks go on."]),
    ("The plan runs to 2027, Caliber.Az reports, citing Russian media.",
     ["The plan runs to 2027, Caliber.Az reports, citing Russian media."]),
    ("The pact was signed, Report.az said. YEN.com.gh reported it too.",
     ["The pact was signed, Report.az said.", "YEN.com.gh reported it too."]),
    # a glued stop before a word that opens sentences ("On", "In", "The", a name) still ends one
    ("The talks were held in Khartoum.On Thursday, the envoys left.",
     ["The talks were held in Khartoum.", "On Thursday, the envoys left."]),
    ("They met in Juba.The two leaders spoke.", ["They met in Juba.", "The two leaders spoke."]),
    ("Tanks go to Poland.Yoon said so.", ["Tanks go to Poland.", "Yoon said so."]),
    # a state's domain that opens a name ("Ma" is Morocco's) ends the sentence before the name
    ("The envoys met in Beijing.Ma Zhaoxu said so.", ["The envoys met in Beijing.", "Ma Zhaoxu said so."]),
    ("The pact was first reported on News.Az. Talks go on.", ["The pact was first reported on News.Az.", "Talks go on."]),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_a_web_name_is_one_word(text, expected):
    assert [s.text for s in split(text)] == expected
