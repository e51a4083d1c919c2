"""Municipality names and codes as people type them (links, search boxes, uploaded files)."""

import pytest

from twente.matching import match_municipality, suggestions


@pytest.mark.parametrize(
    "text, code",
    [
        ("GM0153", "GM0153"),
        ("gm0153", "GM0153"),
        ("GM 0153", "GM0153"),
        ("0153", "GM0153"),
        ("153", "GM0153"),
        (" 153 ", "GM0153"),
        ("Enschede", "GM0153"),
        ("ENSCHEDE", "GM0153"),
        ("enschede", "GM0153"),
        ("Gemeente Enschede", "GM0153"),
        ("hengelo", "GM0164"),
        ("Hengelo (O.)", "GM0164"),
        ("hengelo (o.)", "GM0164"),
        ("Hengelo Ov", "GM0164"),
        ("Hengelo (Overijssel)", "GM0164"),
        ("GM0164", "GM0164"),
        ("164", "GM0164"),
        ("hof van twente", "GM1735"),
        ("Hof v Twente", "GM1735"),
        ("hof v. twente", "GM1735"),
        ("HofvanTwente", "GM1735"),
        ("1735", "GM1735"),
        ("Rijssen Holten", "GM1742"),
        ("rijssen-holten", "GM1742"),
        ("RIJSSEN–HOLTEN", "GM1742"),
        ("Dinkelland", "GM1774"),
        ("GM1774", "GM1774"),
        ("twenterand", "GM1700"),
        ("141", "GM0141"),
        ("Almelo", "GM0141"),
        ("Oldenzaal", "GM0173"),
        ("tubbergen", "GM0183"),
        ("Wierden", "GM0189"),
        ("Losser", "GM0168"),
        ("Borne", "GM0147"),
    ],
)
def test_forms_people_type(text, code):
    assert match_municipality(text) == code


@pytest.mark.parametrize(
    "text",
    [
        None,
        "",
        "   ",
        "GM0154",
        "154",
        "1530",
        "GM01530",
        "GM",
        "gm-",
        "Hengelo (Gld)",
        "Hengelo Gelderland",
        "Enschede-Noord",
        "Enschedee",
        "Enschde",
        "Hof",
        "Twente",
        "Rijssen",
        "Holten",
        "Goor",
        "Amsterdam",
        "GM0363",
        "0",
        "-153",
        "15.3",
        "<script>",
        "Hof van Twente en Enschede",
    ],
)
def test_near_misses_are_not_matched(text):
    assert match_municipality(text) is None


def test_every_registry_code_and_name_matches_itself():
    from twente.registry import MUNICIPALITIES

    for m in MUNICIPALITIES:
        assert match_municipality(m.code) == m.code
        assert match_municipality(m.name.upper()) == m.code
        assert match_municipality(m.code[2:].lstrip("0")) == m.code


@pytest.mark.parametrize(
    "text, first",
    [
        ("Enschde", "GM0153"),
        ("Enschedee", "GM0153"),
        ("hof", "GM1735"),
        ("Goor", "GM1735"),
        ("Rijssen", "GM1742"),
        ("Hengelo Gld", "GM0164"),
        ("dinkeland", "GM1774"),
    ],
)
def test_suggestions_offer_the_closest_municipality(text, first):
    found = suggestions(text)
    assert found and found[0] == first, found
    assert len(found) <= 3


def test_no_suggestions_for_nothing_or_nonsense():
    assert suggestions("") == []
    assert suggestions(None) == []
    assert suggestions("zzzzqqq") == []
