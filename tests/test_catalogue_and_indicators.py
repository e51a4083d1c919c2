import csv
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from twente import data, formatting, indicators, state
from twente.classify import NO_DATA_COLOUR, classify
from twente.registry import MUNICIPALITY_CODES

ROOT = Path(__file__).resolve().parent.parent


def test_every_catalogued_indicator_has_values_for_its_years(catalogue, values):
    for ind in catalogue.all():
        assert indicators.years_with_data(values, ind.id) == ind.years, ind.id


def test_every_value_in_the_files_has_a_catalogue_row(catalogue):
    for relative in data.VALUE_FILES:
        with open(ROOT / "twente_data" / relative, encoding="utf-8") as f:
            ids = {r.get("indicator", "population") for r in csv.DictReader(f)}
        assert ids <= set(catalogue.ids()), (relative, ids - set(catalogue.ids()))


def test_catalogue_is_bilingual_and_sourced(catalogue):
    assert len(catalogue) >= 60
    for ind in catalogue.all():
        assert ind.title_nl and ind.title_en and ind.unit_nl and ind.unit_en and ind.table_id and ind.licence
        assert ind.direction in ("higher_better", "higher_worse", "neutral")


def test_twente_population_is_the_sum_of_the_14_as_cbs_publishes(values):
    # SOURCES.md: Twente totals 2012 626,586 · 2025 643,603
    assert indicators.reference_value(values, "population", 2025, "TWENTE") == 643_603
    assert indicators.reference_value(values, "population", 2012, "TWENTE") == 626_586
    frame = indicators.municipality_values(values, "population", 2025)
    assert frame["value"].sum() == 643_603 and len(frame) == 14


def test_rates_are_never_summed_into_a_twente_value(values):
    assert indicators.reference_value(values, "unemployment_rate", 2022, "TWENTE") is None
    assert indicators.reference_value(values, "smokers", 2020, "TWENTE", "adults") is None


def test_figures_match_cbs_sources(values):
    # spot checks against SOURCES.md (living): Almelo 2016 self-rated health 72.3, overweight 55.0
    almelo = lambda ind: values[
        (values.code == "GM0141") & (values.year == 2016) & (values.indicator == ind) & (values.group == "adults")
    ]["value"].iloc[0]
    assert almelo("self_rated_health_good_or_very_good") == 72.3
    assert almelo("overweight_bmi_ge_25") == 55.0
    enschede = indicators.municipality_values(values, "population", 2012).set_index("code")["value"]["GM0153"]
    assert enschede == 158_048


def test_health_age_groups_keep_their_source_labels(values):
    assert indicators.group_label(values, "overweight_bmi_ge_25", 2016, "adults") == "19+"
    assert indicators.group_label(values, "overweight_bmi_ge_25", 2020, "adults") == "18+"


@pytest.mark.parametrize(
    "low, high, ref, expected",
    [
        (10, 12, 9, "higher"),
        (10, 12, 13, "lower"),
        (10, 12, 11, "similar"),
        (10, 12, 10, "similar"),
        (np.nan, 12, 9, None),
        (10, 12, None, None),
    ],
)
def test_significance(low, high, ref, expected):
    assert indicators.significance(low, high, ref) == expected


def test_index_and_growth_against_hand_computation():
    frame = pd.DataFrame(
        {
            "code": ["A"] * 3 + ["B"] * 2,
            "year": [2020, 2021, 2022, 2020, 2022],
            "value": [100.0, 110.0, 99.0, 50.0, 60.0],
        }
    )
    idx = indicators.with_index(frame).set_index(["code", "year"])["index"]
    assert (
        idx[("A", 2021)] == pytest.approx(110.0)
        and idx[("A", 2022)] == pytest.approx(99.0)
        and idx[("B", 2022)] == pytest.approx(120.0)
    )
    growth = indicators.with_growth(frame).set_index(["code", "year"])["growth_pct"]
    assert growth[("A", 2021)] == pytest.approx(10.0) and growth[("A", 2022)] == pytest.approx(-10.0)
    assert np.isnan(growth[("B", 2022)]), "no growth across a gap in the series"


def test_growth_between_matches_the_csv(values):
    g = indicators.growth_between(values, "population", 2012, 2025, ["GM0153"]).iloc[0]
    assert g["start"] == 158_048 and g["end"] == 162_317
    assert g["change_pct"] == pytest.approx((162_317 / 158_048 - 1) * 100)


def test_missing_values_are_no_data_not_zero(catalogue):
    ind = catalogue["population"]
    assert formatting.format_value(np.nan, ind, "nl") == "geen gegevens"
    assert formatting.format_value(np.nan, ind, "en") == "no data"
    assert classify([1.0, 2.0, 3.0]).colour(np.nan) == NO_DATA_COLOUR


def test_number_format_per_language():
    assert formatting.format_number(643603, 0, "nl") == "643.603"
    assert formatting.format_number(643603, 0, "en") == "643,603"
    assert formatting.format_number(12.5, 1, "nl") == "12,5" and formatting.format_number(1234.5, 1, "en") == "1,234.5"


def test_colours_carry_meaning():
    worse = classify(list(range(14)), "higher_worse")
    better = classify(list(range(14)), "higher_better")
    assert worse.colour(13) != better.colour(13)
    assert worse.colours[-1].lower() in ("#b30000", "#d7301f", "#990000")  # OrRd: dark red on top
    diverging = classify([-5, -1, 2, 8], scale="diverging")
    assert 0.0 in diverging.bounds, "zero separates decline from growth"
    assert diverging.colour(-1) != diverging.colour(2)


@pytest.mark.parametrize(
    "params, expected",
    [
        ({}, "nl"),
        ({"lang": "en"}, "en"),
        ({"lang": "EN"}, "en"),
        ({"lang": "xx"}, "nl"),
        ({"lang": "<script>"}, "nl"),
        ({"lang": ["nl", "en"]}, "en"),
    ],
)
def test_url_choice_falls_back(params, expected):
    assert state.choice(params, "lang", ("nl", "en"), "nl") == expected


def test_url_integer_and_list():
    assert state.integer({"jaar": "2020"}, "jaar", [2016, 2020], 2016) == 2020
    assert state.integer({"jaar": "1900"}, "jaar", [2016, 2020], 2016) == 2016
    assert state.integer({"jaar": "__import__('os')"}, "jaar", [2016, 2020], 2016) == 2016
    assert state.many({"g": "GM0153,gm0164,GM9999"}, "g", MUNICIPALITY_CODES, ["GM0141"]) == ["GM0153", "GM0164"]
    assert state.many({"g": "nonsense"}, "g", MUNICIPALITY_CODES, ["GM0141"]) == ["GM0141"]


def test_age_shares_use_one_scheme_and_add_up():
    from twente.population import AGE_2025, age_shares

    shares = age_shares(data.load_age_sex().frame)
    assert set(shares["age_group"]) == set(AGE_2025), "2024 groups are never mixed in"
    for code, g in shares.groupby("code"):
        assert g["share_pct"].sum() == pytest.approx(100.0, abs=0.01), code
    twente = shares[shares["code"] == "TWENTE"]["population"].sum()
    assert twente == 643_603


def test_area_table_takes_the_latest_year_and_keeps_missing_values_missing(values):
    codes = ["GM0153", "TWENTE", "NL01", "XX"]
    table = indicators.area_table(values, ["population", "households"], codes)
    assert list(table.index) == codes and list(table.columns) == ["population", "households"]
    assert table.at["GM0153", "population"] == 162317  # 1 January 2025, the latest year
    assert pd.isna(table.at["XX", "population"]), "an unknown area is 'no data', not 0"


def population_from_the_csv() -> dict[tuple[str, int], int]:
    """The oracle: inhabitants per (code, year) read straight from the shipped CSV."""
    with open(ROOT / "twente_data/population/population_by_year.csv", newline="", encoding="utf-8") as f:
        return {(row["code"], int(row["year"])): int(row["population"]) for row in csv.DictReader(f)}


def test_growth_to_each_end_year_against_the_csv(values):
    csv_values = population_from_the_csv()
    assert (csv_values[("GM0153", 2012)], csv_values[("GM0153", 2025)]) == (158_048, 162_317)  # CBS, Enschede
    codes = ["GM0153", "GM0183", "XX"]
    every = indicators.growth_to_each(values, "population", 2015, [2016, 2020, 2025], codes)
    assert len(every) == 9
    rows = every.set_index(["code", "end_year"])
    for code in ("GM0153", "GM0183"):
        start = csv_values[(code, 2015)]
        for end in (2016, 2020, 2025):
            last = csv_values[(code, end)]
            row = rows.loc[(code, end)]
            assert (row["start"], row["end"], row["change"]) == (start, last, last - start), (code, end)
            assert row["change_pct"] == pytest.approx(100.0 * (last - start) / start), (code, end)
    assert rows.loc["XX"][["start", "end", "change", "change_pct"]].isna().all().all(), "unknown area: no data, not 0"


def test_growth_between_against_the_csv(values):
    csv_values = population_from_the_csv()
    codes = ["GM0141", "GM0164", "GM1774"]
    g = indicators.growth_between(values, "population", 2012, 2025, codes).set_index("code")
    for code in codes:
        start, last = csv_values[(code, 2012)], csv_values[(code, 2025)]
        assert (g.at[code, "start"], g.at[code, "end"]) == (start, last), code
        assert g.at[code, "change_pct"] == pytest.approx(100.0 * (last - start) / start), code
