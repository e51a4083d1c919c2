"""Legend labels and titles (issue #15): a class label says which values are in the class, so every
value on the map is in exactly one label's range, the one with the colour the map gives it; and a
legend title never nests brackets ('(% van de inwoners (hele procenten))')."""

import csv
import re
from pathlib import Path

import pytest

from twente import maps
from twente.classify import Classes, classify
from twente.formatting import title_with_unit
from twente.i18n import LANGS, NUMBER_MARKS

ROOT = Path(__file__).resolve().parent.parent


def _number(text: str, lang: str) -> float:
    thousands, decimal = NUMBER_MARKS[lang]
    return float(text.replace(thousands, "").replace(decimal, ".").replace("−", "-"))


def _ranges(rows, lang: str) -> list[tuple[float, float, str]]:
    """(from, to, colour) read back from the labels' text, as a reader reads them."""
    out = []
    for colour, label in rows:
        parts = label.split(" – ")
        low, high = _number(parts[0], lang), _number(parts[-1], lang)
        out.append((low, high, colour))
    return out


def _district_values(code: str, year: str, indicator: str) -> list[float]:
    path = ROOT / "twente_data" / "districts" / "district_key_figures.csv"
    with path.open(encoding="utf-8") as f:
        return [
            float(r["value"])
            for r in csv.DictReader(f)
            if r["municipality_code"] == code and r["year"] == year and r["indicator"] == indicator and r["value"]
        ]


def test_whole_percentages_read_as_classes_that_do_not_overlap():
    classes = Classes(14.0, (14.0, 16.0, 18.0, 22.0, 24.0), ("a", "b", "c", "d", "e"))
    labels = [label for _, label in maps.legend_rows(classes, "nl", 0)]
    assert labels == ["14", "15 – 16", "17 – 18", "19 – 22", "23 – 24"]


@pytest.mark.parametrize("lang", LANGS)
def test_every_wijk_value_is_in_exactly_the_label_of_its_colour(lang):
    """Enschede's share of 65+ per wijk in 2024 (whole percentages, read from the file here): the
    profile's legend showed '14', '14 – 16', '16 – 18', so a wijk of 16 % seemed to be in two classes."""
    values = _district_values("GM0153", "2024", "share_65_plus")
    assert len(values) == 10
    classes = classify(values)
    ranges = _ranges(maps.legend_rows(classes, lang, 0), lang)
    for v in values:
        holding = [colour for low, high, colour in ranges if low <= v <= high]
        assert holding == [classes.colour(v)], (v, ranges)


@pytest.mark.parametrize("decimals", [0, 1, 2])
def test_values_at_the_legends_precision_fall_in_one_class_each(decimals):
    """Growth in % with one decimal, diverging around zero (the population page), and others."""
    step = 10**-decimals
    values = [round(x * step, decimals) for x in (-23, -14, -9, -6, -3, 0, 2, 5, 17, 29, 33, 64, 146)]
    for classes in (classify(values), classify(values, scale="diverging")):
        rows = maps.legend_rows(classes, "nl", decimals)
        ranges = _ranges(rows, "nl")
        for v in values:
            holding = [colour for low, high, colour in ranges if low - 1e-9 <= v <= high + 1e-9]
            assert holding == [classes.colour(v)], (v, rows)


def _depth(text: str) -> int:
    depth = deepest = 0
    for ch in text:
        depth += ch == "("
        deepest = max(deepest, depth)
        depth -= ch == ")"
    return deepest


def test_the_profile_legend_title_has_no_nested_brackets():
    title = title_with_unit("Aandeel 65 jaar en ouder", "% van de inwoners (hele procenten)")
    assert title == "Aandeel 65 jaar en ouder (% van de inwoners, hele procenten)"


def test_no_district_or_catalogue_title_with_its_unit_nests_brackets():
    seen = 0
    for path in ("districts/district_indicators.csv", "indicators.csv"):
        with (ROOT / "twente_data" / path).open(encoding="utf-8") as f:
            for row in csv.DictReader(f):
                for lang in ("nl", "en"):
                    title, unit = row[f"title_{lang}"], row[f"unit_{lang}"]
                    shown = title_with_unit(title, unit)
                    assert _depth(shown) <= max(1, _depth(title)), shown
                    seen += "(" in unit
    assert seen, "some unit has brackets of its own: the test would prove nothing"


def test_brackets_of_a_group_are_kept_out_of_the_unit_too():
    assert not re.search(r"\([^)]*\(", title_with_unit("Rokers", "% (schatting)", "18 jaar en ouder (2020)"))


def test_an_exported_count_map_shows_circles_at_the_maps_sizes_not_swatches(catalogue):
    """The exported map's legend of a count: the amounts beside circles whose areas are in the ratio of
    the amounts (as the map draws them), not beside colour squares; its note without a swatch."""
    import folium
    import pandas as pd

    from twente.exports import Meta, map_html
    from twente.ui.mapview import legend_rows_for

    population = catalogue["population"]
    assert population.aggregate == "sum"
    values = pd.Series([162317.0, 83655.0, 20000.0, None])
    meta = Meta("Inwoners", "2025", "Bron: CBS", tuple(legend_rows_for(values, population, None, "nl")))
    page = map_html(folium.Map(tiles=None), meta, "nl").decode("utf-8")
    legend = page[page.index("<div class='twente-export'>") :]
    circles = re.findall(r"class='circle' style='width:([\d.]+)px;height:[\d.]+px;[^']*'></span>([^<]+)<", legend)
    assert len(circles) >= 2, legend[:600]
    amounts = [_number(text, "nl") for _, text in circles]
    sizes = [float(width) for width, _ in circles]
    for (a, s), (b, r) in zip(zip(amounts, sizes), zip(amounts[1:], sizes[1:])):
        assert abs((s / r) ** 2 - a / b) < 0.02 * a / b, (a, s, b, r)
    swatches = re.findall(r"class='swatch'[^>]*></span>([^<]+)<", legend)
    assert swatches == ["geen gegevens"], "no amount beside a colour square; the missing value said as 'no data'"


# Growth in % (one decimal) with bounds that are not at that precision, as on the population page.
_GROWTH = Classes(-1.27, (-0.84, -0.3239, 0.0, 2.14, 5.93), ("a", "b", "c", "d", "e"))
_GROWTH_VALUES = [-1.27, -0.84, -0.61, -0.3239, -0.31, -0.05, 0.02, 2.14, 2.9, 5.93]


def _labels(classes, lang, values=None):
    rows = maps.legend_rows(classes, lang, 1, values)
    return [label for _, label in rows]


@pytest.mark.parametrize(
    "lang, expected",
    [
        ("nl", ["-1,3 – -0,8", "-0,6 – -0,32", "-0,31 – 0,00", "0,02 – 2,1", "2,9 – 5,9"]),
        ("de", ["-1,3 – -0,8", "-0,6 – -0,32", "-0,31 – 0,00", "0,02 – 2,1", "2,9 – 5,9"]),
        ("en", ["-1.3 – -0.8", "-0.6 – -0.32", "-0.31 – 0.00", "0.02 – 2.1", "2.9 – 5.9"]),
    ],
)
def test_edges_that_round_alike_get_the_decimals_that_tell_them_apart(lang, expected):
    """The bound -0.3239 and the lowest value above it, -0.31, both read '-0,3' at one decimal (the
    legend showed '… – -0,3', '-0,3 – …'); so do 0.0 and 0.02. Those edges get a second decimal."""
    assert _labels(_GROWTH, lang, _GROWTH_VALUES) == expected


@pytest.mark.parametrize(
    "lang, expected",
    [
        ("nl", ["-1,3 – -0,84", "-0,83 – -0,324", "-0,323 – 0,0", "0,1 – 2,1", "2,2 – 5,9"]),
        ("de", ["-1,3 – -0,84", "-0,83 – -0,324", "-0,323 – 0,0", "0,1 – 2,1", "2,2 – 5,9"]),
        ("en", ["-1.3 – -0.84", "-0.83 – -0.324", "-0.323 – 0.0", "0.1 – 2.1", "2.2 – 5.9"]),
    ],
)
def test_without_values_a_from_is_the_first_number_above_the_bound_that_reads_differently(lang, expected):
    assert _labels(_GROWTH, lang) == expected


@pytest.mark.parametrize("lang", LANGS)
def test_no_two_edges_of_the_growth_legend_read_the_same_for_any_start_year(lang):
    """The population page's growth map, every start year (classes over all end years, as drawn)."""
    from twente import data
    from twente.indicators import growth_to_each
    from twente.registry import MUNICIPALITY_CODES

    values = data.load_values(data.load_catalogue().frame).frame
    years = sorted(int(y) for y in values[values["indicator"] == "population"]["year"].unique())
    for start in years[:-1]:
        every_end = growth_to_each(
            values, "population", start, [y for y in years if y > start], list(MUNICIPALITY_CODES)
        )
        classes = classify(every_end["change_pct"], "neutral", "diverging")
        labels = _labels(classes, lang, every_end["change_pct"])
        edges = [part for label in labels for part in dict.fromkeys(label.split(" – "))]
        assert len(edges) == len(set(edges)), (start, labels)
        read = [_number(e, lang) for e in edges]
        assert read == sorted(read), (start, labels)
        by_colour = dict(zip(classes.colours, labels))
        for v in every_end["change_pct"].dropna():  # each value, rounded as its class's edges are, is in its label
            parts = by_colour[classes.colour(v)].split(" – ")
            low, high = (_number(x, lang) for x in (parts[0], parts[-1]))
            assert round(v, _places(parts[0], lang)) >= low and round(v, _places(parts[-1], lang)) <= high, (v, labels)


def _places(text: str, lang: str) -> int:
    decimal = NUMBER_MARKS[lang][1]
    return len(text.split(decimal)[1]) if decimal in text else 0
