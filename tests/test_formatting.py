"""Numbers and words as the reader's language writes them (issue #15, points 2 and 3): the one
formatter, the chart locale, one colour per area, tables, and the Population page built once per
view. The oracles are literal strings a Dutch, English or German reader writes, not the code."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from twente.formatting import (
    column_decimals,
    format_number,
    format_signed,
    format_value,
    indicator_title,
    table_formats,
    title_with_unit,
    title_with_year,
    vega_locale,
)
from twente.indicators import Indicator

ROOT = Path(__file__).resolve().parent.parent


def _indicator(unit_nl: str, unit_en: str, decimals: int) -> Indicator:
    return Indicator("x", "d", "Titel", "Title", unit_nl, unit_en, "2023", "CBS", "t", "CC BY 4.0", "neutral",
                     decimals, "none", "sequential")  # fmt: skip


@pytest.mark.parametrize(
    "value, decimals, lang, written",
    [
        (643603, 0, "nl", "643.603"),
        (643603, 0, "en", "643,603"),
        (643603, 0, "de", "643.603"),
        (12.45, 1, "nl", "12,4"),  # Python rounds half to even on the binary value; 12.45 is 12.4499...
        (56.3, 1, "en", "56.3"),
        (-0.04, 1, "nl", "0,0"),  # never '-0,0'
        (-0.0, 0, "en", "0"),
        (-1028, 0, "nl", "-1.028"),
    ],
)
def test_numbers_as_the_language_writes_them(value, decimals, lang, written):
    assert format_number(value, decimals, lang) == written


def test_missing_is_no_number_and_a_change_has_its_sign():
    assert format_number(float("nan"), 1, "nl") is None and format_number(None) is None
    assert format_signed(3.26, 1, "nl") == "+3,3" and format_signed(-0.04, 1, "nl") == "0,0"
    assert format_signed(-2.5, 1, "en") == "-2.5"


def test_thousands_of_euros_are_written_as_euros():
    income = _indicator("× 1.000 euro", "× 1,000 euro", 1)
    assert format_value(47.8, income, "nl") == "€ 47.800"
    assert format_value(47.8, income, "en") == "€ 47,800"
    assert format_value(47.8, income, "de") == "€ 47.800"
    assert format_value(56.3, _indicator("% van de volwassenen", "% of adults", 1), "nl") == "56,3 % van de volwassenen"


def test_a_unit_is_not_said_twice():
    assert title_with_unit("Inwoners op 1 januari", "inwoners") == "Inwoners op 1 januari"
    assert title_with_unit("Rookt", "% van de volwassenen", "volwassenen") == "Rookt (% van de volwassenen)"
    assert title_with_unit("Rookt", "% van de volwassenen", "65+") == "Rookt (% van de volwassenen, 65+)"
    assert title_with_unit("Werkloosheid", "%") == "Werkloosheid (%)"


def test_table_columns_keep_their_kind():
    frame = pd.DataFrame({"jaar": [2024, 2025], "inwoners": [81938, 162317], "aandeel": [56.3, 47.0], "n": ["a", "b"]})
    formats = table_formats(frame, "nl")
    assert formats["n"]("the Netherlands") == "The Netherlands", "a name opens a cell with a capital"
    assert formats["n"]("km²") == "km²", "a unit keeps its case"
    assert [formats["jaar"](v) for v in frame["jaar"]] == ["2024", "2025"], "a year has no thousands mark"
    assert [formats["inwoners"](v) for v in frame["inwoners"]] == ["81.938", "162.317"]
    assert [formats["aandeel"](v) for v in frame["aandeel"]] == ["56,3", "47,0"], "one column, one number of decimals"
    # missing is said ('n.b.'), never empty: Streamlit's grid shows an empty display text as 'None'
    assert formats["aandeel"](float("nan")) == "n.b." and formats["n"](None) == "n.b."
    assert formats["jaar"](float("nan")) == "n.b." and table_formats(frame, "en")["aandeel"](None) == "n/a"
    assert column_decimals(pd.Series([1.25, 2.0])) == 2 and column_decimals(pd.Series([3.0, None])) == 0


def test_chart_locale_is_the_languages_d3_locale():
    assert vega_locale("nl")["number"] | {} == {
        "decimal": ",",
        "thousands": ".",
        "grouping": [3],
        "currency": ["€ ", ""],
    }
    assert (vega_locale("en")["number"]["decimal"], vega_locale("en")["number"]["thousands"]) == (".", ",")
    assert (vega_locale("de")["number"]["decimal"], vega_locale("de")["number"]["thousands"]) == (",", ".")


# --------------------------------------------------------------------------- the Population page


def _population(**params) -> AppTest:
    at = AppTest.from_file(str(ROOT / "pages/bevolking.py"), default_timeout=120)
    for k, v in params.items():
        at.query_params[k] = v
    at.run()
    assert not at.exception, at.exception
    return at


def _colours(spec: dict) -> dict[str, str]:
    """Area name -> colour of the chart's colour scale."""
    layers = [spec] + spec.get("layer", [])
    for layer in layers:
        scale = layer.get("encoding", {}).get("color", {}).get("scale")
        if scale and "domain" in scale:
            return dict(zip(scale["domain"], scale["range"]))
    raise AssertionError("no colour scale with a domain")


@pytest.mark.parametrize("lang, decimal, thousands", [("nl", ",", "."), ("en", ".", ","), ("de", ",", ".")])
def test_population_charts_write_numbers_in_the_pages_language(lang, decimal, thousands):
    at = _population(lang=lang, weergave="absolute")
    specs = [json.loads(c.proto.spec) for c in at.get("vega_lite_chart")]
    assert len(specs) == 2
    for spec in specs:
        number = spec["config"]["locale"]["number"]
        assert (number["decimal"], number["thousands"]) == (decimal, thousands)


def test_an_area_keeps_its_colour_whatever_else_is_chosen():
    first = _population(gemeenten="GM0153,GM0164")
    second = _population(gemeenten="GM0141,GM1700,GM0153")
    trend_a, age_a = (json.loads(c.proto.spec) for c in first.get("vega_lite_chart"))
    trend_b, age_b = (json.loads(c.proto.spec) for c in second.get("vega_lite_chart"))
    colours_a, colours_b = _colours(trend_a), _colours(trend_b)
    assert colours_a["Enschede"] == colours_b["Enschede"] == _colours(age_a)["Enschede"] == _colours(age_b)["Enschede"]
    assert colours_a["Twente"] == colours_b["Twente"] and colours_a["Nederland"] == colours_b["Nederland"]
    assert len(set(colours_b.values())) == len(colours_b), "areas shown together differ in colour"


def test_population_tables_show_twente_and_the_netherlands_and_a_rerun_replays_them():
    at = _population(lang="en")
    households = at.table[0].value
    assert {"Twente", "The Netherlands"} <= set(households.index), "a label starts with a capital"
    assert len(households) == 16
    at.run()  # a warm rerun replays the cached tables
    assert not at.exception and len(at.table) == 2 and len(at.dataframe) == 4


def test_a_huge_number_is_written_without_invented_digits():
    """1e300 is exactly '1' and 300 zeros as a decimal; the float's binary expansion adds digits
    (…052504760…) that are in no file (found by trying an upload)."""
    text = format_number(1e300, 0, "nl")
    assert text.replace(".", "") == "1" + "0" * 300
    assert format_number(1.5e20, 0, "en") == "150,000,000,000,000,000,000"
    assert format_number(123456789.5, 1, "nl") == "123.456.789,5"


# --------------------------------------------------------------------------- titles, each word and year once


@pytest.mark.parametrize(
    "args, expected",
    [
        # the screens5 report (#15): 'Levend geborenen in 2023 (2023)', 'Live births in 2023 (persons), 2023'
        (("Levend geborenen in 2023", "personen", 2023), "Levend geborenen in 2023 (personen)"),
        (("Live births in 2023", "persons", 2023), "Live births in 2023 (persons)"),
        # '..., 2020, volwassenen (18+)' after '(% van de volwassenen)'
        (
            ("Overgewicht (BMI ≥ 25)", "% van de volwassenen", 2020, "volwassenen", "18+"),
            "Overgewicht (BMI ≥ 25) (% van de volwassenen, 18+), 2020",
        ),
        (
            ("Overweight (BMI ≥ 25)", "% of adults", 2016, "adults", "19+"),
            "Overweight (BMI ≥ 25) (% of adults, 19+), 2016",
        ),
        # a group the unit does not name stays, its label once
        (
            ("Rookt", "% van de inwoners", 2020, "65 jaar en ouder", "65+"),
            "Rookt (% van de inwoners, 65 jaar en ouder), 2020",
        ),
        (("Werkloosheid", "% van de beroepsbevolking", 2022), "Werkloosheid (% van de beroepsbevolking), 2022"),
        # a year that only looks like part of another number is not the year
        (("Inwoners per 12020 km²", "inwoners", 2020), "Inwoners per 12020 km², 2020"),
        (("Inwoners op 1 januari", "inwoners", 2025), "Inwoners op 1 januari, 2025"),
    ],
)
def test_indicator_title_says_each_word_and_year_once(args, expected):
    assert indicator_title(*args) == expected


def test_a_title_with_its_year_names_the_year_once():
    assert title_with_year("Levend geborenen in 2023", 2023) == "Levend geborenen in 2023"
    assert title_with_year("Bevolkingsdichtheid", 2024) == "Bevolkingsdichtheid (2024)"
    assert title_with_year("Levend geborenen in 2023", 2024.0) == "Levend geborenen in 2023 (2024)"


def test_a_slides_number_keeps_its_unit_on_its_line():
    """'(+12,5 %)' broke as '(+12,5' / '%)' on a slide: a no-break space joins a number and its unit,
    and only there."""
    from twente.formatting import unit_kept_with_number

    nb = "\u00a0"
    assert (
        unit_kept_with_number("Borne (+12,5 %). Twenterand (59.5 %)") == f"Borne (+12,5{nb}%). Twenterand (59.5{nb}%)"
    )
    assert unit_kept_with_number("1.149 inwoners per km² land") == "1.149 inwoners per km² land"
    assert unit_kept_with_number("142,72 km² en 3 km") == f"142,72{nb}km² en 3{nb}km"
    assert unit_kept_with_number("in 2020 had 53,2 % van") == f"in 2020 had 53,2{nb}% van"
