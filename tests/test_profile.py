"""The municipality profile: figures against values computed here straight from the CSV files
(csv module, not the code under test), 'no data' for CBS's secret cells, and the page itself
(AppTest) for several municipalities and for links people type."""

import csv
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from twente.registry import MUNICIPALITY_CODES

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "twente_data"
PAGE = str(ROOT / "pages" / "gemeente.py")


def _rows(relative: str) -> list[dict]:
    with open(DATA / relative, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def _population(code: str, year: int) -> float:
    [row] = [r for r in _rows("population/population_by_year.csv") if r["code"] == code and int(r["year"]) == year]
    return float(row["population"])


# --------------------------------------------------------------------------- key figures and rank


@pytest.fixture(scope="module")
def figures(values, catalogue):
    from twente.profile import key_figures

    return {
        code: key_figures(values, catalogue, code).set_index("indicator") for code in ("GM0153", "GM1774", "GM0147")
    }


@pytest.mark.parametrize("code", ["GM0153", "GM1774", "GM0147"])
def test_population_rank_and_share_of_twente(figures, code):
    latest = max(int(r["year"]) for r in _rows("population/population_by_year.csv"))
    by_code = {c: _population(c, latest) for c in MUNICIPALITY_CODES}
    expected_rank = sorted(by_code.values(), reverse=True).index(by_code[code]) + 1
    row = figures[code].loc["population"]
    assert int(row["year"]) == latest
    assert row["value"] == by_code[code]
    assert row["region"] == sum(by_code.values())
    assert row["rank"] == expected_rank and row["ranked"] == 14
    assert row["share_of_region"] == pytest.approx(by_code[code] / sum(by_code.values()) * 100)
    assert pd.isna(row["difference_region"]), "a count is not compared by difference with a total"


def test_share_65_plus_against_the_netherlands(figures):
    rows = [r for r in _rows("population/key_figures.csv") if r["indicator"] == "share_65_plus"]
    year = max(int(r["year"]) for r in rows)
    at = {r["code"]: float(r["value"]) for r in rows if int(r["year"]) == year and r["value"]}
    row = figures["GM0153"].loc["share_65_plus"]
    assert row["value"] == at["GM0153"] and row["nl"] == at["NL01"]
    assert row["difference_nl"] == pytest.approx(at["GM0153"] - at["NL01"])
    assert row["versus_nl"] == ("higher" if at["GM0153"] > at["NL01"] else "lower")
    municipal = sorted((at[c] for c in MUNICIPALITY_CODES), reverse=True)
    assert row["rank"] == municipal.index(at["GM0153"]) + 1


def _health(code: str, indicator: str, year: str, age: str) -> dict:
    [row] = [
        r
        for r in _rows("living/health_indicators.csv")
        if (r["code"] or "GGD") == code and r["indicator"] == indicator and r["year"] == year and r["age_group"] == age
    ]
    return row


def test_survey_figures_claim_no_rank_where_the_interval_holds_the_region_value(figures):
    checked = 0
    for indicator, row in figures["GM0153"].iterrows():
        if pd.isna(row["ci_low"]):
            continue
        mine = _health("GM0153", indicator, str(int(row["year"])), row["group_label"])
        region = [
            r
            for r in _rows("living/health_indicators.csv")
            if r["level"] == "ggd_region"
            and r["indicator"] == indicator
            and r["year"] == str(int(row["year"]))
            and r["age_group"] == row["group_label"]
        ]
        low, high, reference = float(mine["ci95_lower"]), float(mine["ci95_upper"]), float(region[0]["value"])
        assert row["region"] == reference
        if low <= reference <= high:
            assert pd.isna(row["rank"]), indicator
            assert row["versus_region"] == "similar"
        else:
            assert not pd.isna(row["rank"]), indicator
            assert row["versus_region"] == ("higher" if low > reference else "lower")
        checked += 1
    assert checked >= 10


def test_rank_ties_share_the_best_place():
    from twente.profile import rank_of

    values = pd.Series({"A": 5.0, "B": 7.0, "C": 7.0, "D": None})
    assert rank_of(values, "B") == (1, 3) and rank_of(values, "C") == (1, 3) and rank_of(values, "A") == (3, 3)
    assert rank_of(values, "D") == (None, 3)


def test_previous_and_next_wrap_around_in_alphabetical_order():
    from twente.profile import neighbours_in_order

    assert neighbours_in_order("GM0141") == ("GM0189", "GM0147")  # Almelo: Wierden before, Borne after
    assert neighbours_in_order("GM0189") == ("GM1700", "GM0141")


# --------------------------------------------------------------------------- districts


@pytest.fixture(scope="module")
def district_frame():
    from twente import districts

    catalogue, problems = districts.load_catalogue()
    loaded = districts.load_values(catalogue)
    assert not [p for p in problems + loaded.problems if p.severity == "error"]
    return catalogue, loaded.frame


def test_district_counts_per_year_match_the_file(district_frame):
    catalogue, frame = district_frame
    rows = _rows("districts/district_key_figures.csv")
    from twente.districts import indicators_in

    for year, wijken, n_indicators in ((2024, 127, 21), (2023, 102, 47)):
        in_file = {r["code"] for r in rows if int(r["year"]) == year}
        assert len(in_file) == wijken
        assert len(indicators_in(frame, year, catalogue)) == n_indicators
    assert set(catalogue) == {r["indicator"] for r in rows}


def test_secret_cells_are_no_data_not_zero(district_frame):
    _, frame = district_frame
    from twente.districts import district_values

    empty = [r for r in _rows("districts/district_key_figures.csv") if r["value"] == ""]
    assert len(empty) == 94  # as SOURCES.md counts them
    for r in empty[:40]:
        shown = district_values(frame, int(r["year"]), r["indicator"], r["municipality_code"]).set_index("code")
        assert pd.isna(shown.at[r["code"], "value"]), r
    # WK174204 (Holten business park): no age shares in 2024, but its counts are there
    holten = district_values(frame, 2024, "share_65_plus", "GM1742").set_index("code")
    assert pd.isna(holten.at["WK174204", "value"])
    assert (holten["value"].dropna() > 0).all()


@pytest.mark.parametrize("code", ["GM1774", "GM0183"])
def test_dinkelland_and_tubbergen_have_no_2023_wijken(district_frame, code):
    from twente.districts import years

    _, frame = district_frame
    assert years(frame, code) == [2024]
    assert years(frame, "GM0153") == [2024, 2023]


def test_district_values_equal_the_file(district_frame):
    from twente.districts import district_values

    _, frame = district_frame
    expected = {
        r["code"]: float(r["value"])
        for r in _rows("districts/district_key_figures.csv")
        if r["year"] == "2023" and r["indicator"] == "average_woz_value" and r["municipality_code"] == "GM0153"
    }
    shown = district_values(frame, 2023, "average_woz_value", "GM0153")
    assert dict(zip(shown["code"], shown["value"])) == expected


def test_every_wijk_in_the_data_has_an_outline():
    from twente import geo

    layer = geo.load_districts()
    assert not layer.problems
    shapes = set(layer.frame["code"])
    assert {r["code"] for r in _rows("districts/district_key_figures.csv")} == shapes
    assert len(shapes) == 127


def test_circle_area_is_proportional_to_the_count():
    from twente.maps import circle_radius

    assert circle_radius(100, 100) == pytest.approx(24)
    assert circle_radius(25, 100) == pytest.approx(12)  # a quarter of the number, a quarter of the area
    assert circle_radius(float("nan"), 100) == 0 and circle_radius(0, 100) == 0
    assert circle_radius(-25, 100) == pytest.approx(12)  # a loss is drawn by its size (in another colour)


def test_counts_are_the_catalogue_entries_that_add_up():
    from twente.maps import is_count

    with open(ROOT / "twente_data" / "indicators.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    from twente import data
    from twente.indicators import Catalogue

    catalogue = Catalogue(data.load_catalogue().frame)
    for r in rows:
        assert is_count(catalogue[r["id"]]) == (r["aggregate"] == "sum"), r["id"]


def test_legend_amounts_are_round_shares_of_the_largest():
    from twente.maps import nice_amounts

    assert nice_amounts(162317) == [160000, 81000, 16000]
    assert nice_amounts(815) == [820, 410, 82]
    assert nice_amounts(0) == []


def test_no_data_is_a_mark_and_zero_an_empty_ring_never_a_circle():
    import json

    from twente.maps import CirclePoint, circles_group

    group = circles_group(
        [
            CirclePoint("A", 52.0, 6.0, 400.0, "a"),
            CirclePoint("B", 52.1, 6.1, 100.0, "b"),
            CirclePoint("C", 52.2, 6.2, 0.0, "c"),
            CirclePoint("D", 52.3, 6.3, float("nan"), "d"),
            CirclePoint("E", 52.4, 6.4, -100.0, "e"),
        ],
        "test",
        "n/a",
    )
    layers = [c for c in group._children.values()]
    circles = json.loads(json.dumps(layers[0].data))["features"]
    marks = layers[1].data["features"]
    by_code = {f["properties"]["code"]: f["properties"] for f in circles}
    assert set(by_code) == {"A", "B", "C", "E"} and [f["properties"]["code"] for f in marks] == ["D"]
    assert by_code["A"]["r"] == 24 and by_code["B"]["r"] == 12 and by_code["E"]["r"] == 12
    assert by_code["C"]["kind"] == "twente-zero" and by_code["A"]["kind"] == "twente-circle"
    assert by_code["E"]["fill"] and "fill" not in by_code["B"]  # a loss has its own colour


# --------------------------------------------------------------------------- the page


def _run(**params) -> AppTest:
    at = AppTest.from_file(PAGE, default_timeout=120)
    for k, v in params.items():
        at.query_params[k] = v
    return at.run()


def _map_args(at: AppTest) -> dict:
    import json

    [component] = [c for c in at.get("component_instance") if c.proto.component_name.endswith("st_folium")][:1]
    return json.loads(component.proto.json_args)


@pytest.mark.parametrize(
    "link, code, name",
    [
        ("GM0153", "GM0153", "Enschede"),
        ("enschede", "GM0153", "Enschede"),
        ("153", "GM0153", "Enschede"),
        ("hengelo (o.)", "GM0164", "Hengelo"),
        ("Hof v Twente", "GM1735", "Hof van Twente"),
        ("Rijssen Holten", "GM1742", "Rijssen-Holten"),
    ],
)
def test_links_people_type_open_the_profile(link, code, name):
    at = _run(gemeente=link)
    assert not at.exception
    assert at.title[0].value.startswith(name + ":")
    assert at.query_params["gemeente"] == [code] or at.query_params["gemeente"] == code
    assert not at.warning


@pytest.mark.parametrize("link", ["GM9999", "Hengelo (Gld)", "<b>x</b>", "Enschde", "a" * 300])
def test_an_unknown_link_gets_a_friendly_message_and_the_chooser(link):
    at = _run(gemeente=link)
    assert not at.exception
    assert at.warning and "14" in at.warning[0].value
    assert "<b>" not in at.warning[0].value
    assert at.selectbox(key="profile_gemeente").value == ""
    if link == "Enschde":
        assert "Enschede" in at.warning[0].value


def test_without_a_municipality_the_page_asks_for_one():
    at = _run()
    assert not at.exception and at.info and not at.get("component_instance")


def test_dinkelland_says_there_are_no_2023_wijken_and_offers_2024_only():
    at = _run(gemeente="GM1774")
    assert not at.exception
    assert any("2024" in i.value and "Dinkelland" in i.value for i in at.info)
    assert at.selectbox(key="profile_year").options == ["2024"]


def test_enschede_map_has_its_ten_wijken_and_the_table_has_its_values():
    at = _run(gemeente="GM0153", lang="en")
    assert not at.exception
    groups = _map_args(at)["feature_group"]
    wijken = {r["code"] for r in _rows("districts/district_key_figures.csv") if r["municipality_code"] == "GM0153"}
    assert all(w in groups for w in wijken) and "WK016400" not in groups  # no Hengelo wijk
    assert "twente-district" in groups and "twente-outline" in groups


def test_a_count_is_drawn_as_circles_with_a_size_legend():
    at = _run(gemeente="GM0153")
    at.selectbox(key="profile_indicator").select("population").run()
    assert not at.exception
    groups = _map_args(at)["feature_group"]
    assert "twente-circle" in groups
    assert groups.count('"type": "Point"') == 10  # one circle per wijk of Enschede
    assert any("oppervlakte van een cirkel" in m.value for m in at.html)


@pytest.mark.parametrize("indicator, year", [("households", "2025"), ("net_migration", "2023")])
def test_the_overview_draws_a_municipal_count_as_circles_with_a_size_legend(indicator, year):
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120)
    at.query_params["indicator"] = indicator
    at.query_params["jaar"] = year
    at.run()
    assert not at.exception
    groups = _map_args(at)["feature_group"]
    assert groups.count('"type": "Point"') == 14 and "twente-circle" in groups
    legend = [m.value for m in at.html if "circle-legend" in m.value]
    assert legend and "oppervlakte van een cirkel" in legend[0]


def test_a_share_stays_a_choropleth():
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120)
    at.query_params["indicator"] = "share_65_plus"
    at.run()
    assert not at.exception
    groups = _map_args(at)["feature_group"]
    assert "twente-circle" not in groups and '"type": "Point"' not in groups


def test_previous_and_next_buttons_move_through_the_municipalities():
    at = _run(gemeente="GM0153")
    at.button(key="profile_next").click().run()
    assert at.title[0].value.startswith("Haaksbergen") and at.query_params["gemeente"] in ("GM0158", ["GM0158"])
    at.button(key="profile_prev").click().run()
    at.button(key="profile_prev").click().run()
    assert at.title[0].value.startswith("Dinkelland")


def test_the_overview_panel_links_to_the_profile():
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120)
    at.query_params["gemeente"] = "GM0153"
    at.run()
    assert not at.exception
    links = [(link.proto.page, link.proto.query_string) for link in at.get("page_link")]
    assert ("gemeente", "gemeente=GM0153") in links


def test_a_domain_page_links_to_the_profile_of_the_highlighted_municipality():
    at = AppTest.from_file(str(ROOT / "pages" / "gezondheid.py"), default_timeout=120)
    at.query_params["gemeente"] = "GM1735"
    at.run()
    assert not at.exception
    # run on its own, the page links with a relative URL (see common.page_link)
    assert any("gemeente?gemeente=GM1735" in m.value and "Hof van Twente" in m.value for m in at.markdown)


# --------------------------------------------------------------------------- overview: wijken of all of Twente


def test_overview_can_show_the_wijken_of_all_of_twente():
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120)
    at.query_params["niveau"] = "wijken"
    at.run()
    assert not at.exception
    [component] = [c for c in at.get("component_instance") if c.proto.component_name.endswith("st_folium")]
    assert len(component.proto.json_args) <= 120_000  # issue #11: the region's wijken map stays small
    groups = _map_args(at)["feature_group"]
    wijken = {r["code"] for r in _rows("districts/district_key_figures.csv")}
    assert len(wijken) == 127 and all(f'"{w}"' in groups for w in wijken)
    # share of 65+ in 2024 (the default): WK174204 has no published share: 'no data', not 0
    assert "geen gegevens" in groups
    at.selectbox(key="ov_district_year").select("2023").run()
    assert any("Dinkelland" in i.value for i in at.info)


# --------------------------------------------------------------------------- comparison cells (#15)


@pytest.mark.parametrize("lang", ["nl", "en", "de"])
def test_no_comparison_cell_is_empty_and_a_missing_national_figure_is_named(values, catalogue, lang):
    """Where the data have no figure for the Netherlands (key_figures.csv holds NL01 only for some
    indicators, read here with the csv module) the cell says so; a count is said not to be compared."""
    from twente.i18n import t
    from twente.registry import area_name
    from twente.ui.profile import key_table

    table = key_table("GM0153", lang, values, catalogue)
    versus_region, versus_nl = t("profile_versus_region", lang), t("profile_versus_nl", lang)
    assert (table[versus_region].str.strip() != "").all() and (table[versus_nl].str.strip() != "").all()
    national = {r["indicator"] for r in _rows("population/key_figures.csv") if r["code"] == "NL01"}
    expected_missing = {
        "nl": "geen cijfer voor Nederland in de gegevens",
        "en": "no figure for the Netherlands in the data",
        "de": "Niederlande: keine Zahl in den Daten",
    }[lang]
    assert area_name("NL01", lang) in expected_missing
    density = catalogue["population_density"].title(lang)
    row = table[table[t("indicator", lang)] == density].iloc[0]
    assert "population_density" not in national
    assert row[versus_nl] == expected_missing
    count = {"nl": "een aantal: niet vergeleken", "en": "a count: not compared", "de": "eine Anzahl: nicht verglichen"}
    households = table[table[t("indicator", lang)] == catalogue["households"].title(lang)].iloc[0]
    assert "households" in national and households[versus_nl] == count[lang]


@pytest.mark.parametrize(
    "lang, cells, figures",
    [
        (
            "nl",
            {"a": ["162.317", "geen\u00a0gegevens"], "b": ["3 van 14", "geen rang"], "c": ["-1.028", "18,6 %"]},
            ["a", "c"],
        ),
        ("en", {"a": ["162,317", "no data"], "b": ["Enschede", "Twente"], "c": ["−3.0", "0.5%"]}, ["a", "c"]),
        ("de", {"a": ["keine Daten", "keine Daten"], "b": ["2012-2025", "1,5"], "c": ["+4", "12,5"]}, ["c"]),
    ],
)
def test_columns_of_figures_are_found_for_right_alignment(lang, cells, figures):
    from twente.ui.tables import number_columns

    frame = pd.DataFrame({**cells, "year": [2024, 2025]})
    assert number_columns(frame, lang) == figures + ["year"]
