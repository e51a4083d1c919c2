"""AppTest of every page: it runs without an exception in every language, restores its
state from the URL, and falls back to defaults on nonsense."""

import json
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from twente.i18n import LANGS

ROOT = Path(__file__).resolve().parent.parent
PAGES = ["dashboard.py"] + sorted(f"pages/{p.name}" for p in (ROOT / "pages").glob("*.py"))


def run(page: str, **params) -> AppTest:
    at = AppTest.from_file(str(ROOT / page), default_timeout=60)
    for k, v in params.items():
        at.query_params[k] = v
    return at.run()


def map_args(at: AppTest) -> dict:
    [component] = [c for c in at.get("component_instance") if c.proto.component_name.endswith("st_folium")][:1]
    return json.loads(component.proto.json_args)


def test_every_page_is_in_the_navigation():
    from twente.ui.nav import PAGES as NAVIGATION

    assert sorted(p.script for p in NAVIGATION) == sorted(PAGES)
    assert [p.url_path for p in NAVIGATION] == [
        "",
        "bevolking",
        "gemeente",
        "eigen-gegevens",
        "gezondheid",
        "leefomgeving",
        "parken",
        "bronnen",
        "presentatie",
    ]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("script", PAGES)
def test_page_runs_without_exception(script, lang):
    at = AppTest.from_file(str(ROOT / script), default_timeout=60)
    at.query_params["lang"] = lang
    at.run()
    assert not at.exception, at.exception
    assert at.title and at.title[0].value.strip(), "every page has a title"


def test_entry_point_runs_with_navigation():
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60).run()
    assert not at.exception
    assert at.title[0].value == "Twente in cijfers"


def test_overview_headline_figures():
    at = run("dashboard.py")
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Inwoners (1-1-2025)"] == "643.603"
    german = {m.label: m.value for m in run("dashboard.py", lang="de").metric}
    assert german["Einwohner (1.1.2025)"] == "643.603", "a German date and Dutch number marks"
    english = {m.label: m.value for m in run("dashboard.py", lang="en").metric}
    assert english["Inhabitants (1 Jan 2025)"] == "643,603", "an English date, not the Dutch 1-1-2025"
    assert metrics["Gemeenten"] == "14" and metrics["Recreatieparken"] == "4"


def test_changing_the_indicator_changes_the_map_data():
    at = run("dashboard.py")
    before = map_args(at)
    assert "162.317 inwoners" in before["feature_group"]  # Enschede, 1 January 2025
    at.selectbox(key="ov_indicator").select("population_density").run()
    after = map_args(at)
    assert after["feature_group"] != before["feature_group"]
    assert "162.317 inwoners" not in after["feature_group"]
    assert after["script"].count("park-marker") == before["script"].count("park-marker") == 4
    assert (
        at.query_params["indicator"] == ["population_density"] or at.query_params["indicator"] == "population_density"
    )


def test_map_loads_no_outside_assets():
    args = map_args(run("dashboard.py", kaart="none"))
    assert all(link.startswith("/app/static/") for link in args["js_links"] + args["css_links"]), args["js_links"]
    script = args["script"].lower()
    assert "tilelayer" not in script and "service.pdok.nl" not in script and "openstreetmap" not in script
    default = map_args(run("dashboard.py"))["script"].lower()
    assert "tilelayer" in default and "service.pdok.nl" in default, "the check above can see a basemap"


def test_map_payload_is_small():
    at = run("dashboard.py")
    [component] = at.get("component_instance")
    # about 59.8 KB of shapes, labels and scripts, plus 0.55 KB for the fit that keeps the whole of
    # Twente in view when the map's frame is sized late or narrowed for print (maps.FitView), plus
    # 0.1 KB for placing the names again after a move and when a first measure hid them all
    assert len(component.proto.json_args) < 61_200


def test_view_restores_from_the_url():
    at = run("dashboard.py", indicator="smokers", jaar="2020", groep="65+", gemeente="GM0153", lang="en")
    assert at.selectbox(key="ov_domain").value == "health"
    assert at.selectbox(key="ov_indicator").value == "smokers"
    assert at.selectbox(key="ov_group").value == "65+"
    assert at.selectbox(key="ov_selected").value == "GM0153"
    assert any("Enschede" in s.value for s in at.subheader)


@pytest.mark.parametrize(
    "params",
    [
        {"indicator": "nonsense", "jaar": "1850", "gemeente": "GM9999", "kaart": "<b>", "lang": "fr"},
        {"indicator": "__import__('os').system('x')", "jaar": "abc", "groep": "x" * 5000},
    ],
)
def test_nonsense_in_the_url_falls_back_to_defaults(params):
    at = run("dashboard.py", **params)
    assert not at.exception
    assert at.selectbox(key="ov_indicator").value == "population"
    assert at.selectbox(key="jaar").value == 2025
    assert at.selectbox(key="ov_selected").value == ""
    assert at.selectbox(key="basemap").value == "brt"


def test_selecting_a_municipality_shows_its_key_figures():
    at = run("dashboard.py")
    at.selectbox(key="ov_selected").select("GM0164").run()
    assert any(s.value == "Hengelo" for s in at.subheader)
    table = next(m for m in texts(at.markdown) if m.startswith("| Indicator |"))
    assert "\n| Inwoners op 1 januari | " in table


def test_broken_data_file_leaves_the_page_working(project_copy):
    (project_copy / "twente_data/population/key_figures.csv").write_text("gemeente;jaar\nx;y\n")
    at = run("dashboard.py")
    assert not at.exception
    shown = [e.value.replace("\\", "") for e in at.error]  # Markdown escapes removed, as the reader sees it
    assert any("key_figures.csv, rij 1" in text and "gemeente, jaar" in text for text in shown), shown
    assert at.metric[0].value == "643.603", "population_by_year.csv still loads"


@pytest.mark.parametrize(
    "params, heading",
    [
        ({"plaats": "delden"}, "Vanaf Delden"),
        ({"postcode": "7511"}, "Vanaf 7511 Enschede"),
        ({"plaats": "deldn"}, "Vanaf Delden"),
    ],
)
def test_park_finder_restores_the_search_from_the_url(params, heading):
    at = run("pages/parken.py", **params)
    assert not at.exception
    assert at.subheader[0].value.startswith(heading)
    assert len([m for m in at.markdown if m.value.startswith("**1. ")]) == 1


@pytest.mark.parametrize("query", ["Atlantis", "<img src=x onerror=alert(1)>", "99999999"])
def test_park_finder_unknown_or_hostile_input(query):
    at = run("pages/parken.py", plaats=query)
    assert not at.exception
    assert at.warning, "an unknown entry says so, never an error"
    assert not at.subheader


def test_park_finder_typing_a_search():
    at = run("pages/parken.py")
    at.text_input(key="plaats").input("Ootmarsum").run()
    assert at.subheader[0].value.startswith("Vanaf Ootmarsum")
    # Streamlit binds the box to ?plaats= (the browser writes it; see test_url_state.py)
    assert at.text_input(key="plaats").proto.query_param_key == "plaats"


@pytest.mark.parametrize(
    "params, mode, areas, start, end",
    [
        ({}, "index", ["GM0153", "GM0164", "GM0141"], 2012, 2025),
        (
            {"weergave": "growth", "gemeenten": "GM0183,GM1774", "van": "2015", "tot": "2020"},
            "growth",
            ["GM0183", "GM1774"],
            2015,
            2020,
        ),
        (
            {"weergave": "eval(1)", "gemeenten": "x,y", "van": "2030", "tot": "1999"},
            "index",
            ["GM0153", "GM0164", "GM0141"],
            2012,
            2025,
        ),
    ],
)
def test_population_page_url_state(params, mode, areas, start, end):
    at = run("pages/bevolking.py", **params)
    assert not at.exception
    assert at.radio(key="pop_mode").value == mode
    assert at.multiselect(key="pop_areas").value == areas
    assert at.selectbox(key="van").value == start and at.select_slider(key="tot").value == end
    args = map_args(at)
    assert "%" in args["feature_group"]


# ------------------------------------------------------------------ domain pages: health and living environment


def charts_of(at: AppTest) -> list[dict]:
    return [json.loads(c.proto.spec) for c in at.get("vega_lite_chart")]


def texts(elements) -> list[str]:
    return [e.value.replace("\\", "") for e in elements]


def test_health_page_default_view_compares_with_the_region():
    at = run("pages/gezondheid.py")
    assert not at.exception
    assert (
        at.selectbox(key="hl_indicator").value,
        at.selectbox(key="jaar").value,
        at.selectbox(key="hl_group").value,
    ) == ("overweight_bmi_ge_25", 2020, "adults")
    assert len(charts_of(at)) == 2, "ranking chart and 2016-2020 change chart"
    summary = " ".join(texts(at.markdown))
    assert "**Significant hoger** dan GGD Twente (regio): Almelo, Losser, Twenterand." in summary
    assert "11 gemeenten" in summary
    caveats = " ".join([e.label for e in at.expander] + texts(at.markdown))  # one line, the rest under 'more'
    assert "september tot december 2020" in caveats and "19+" in caveats and "18+" in caveats
    assert any("CC BY 4.0" in c and "85012NED" in c for c in texts(at.caption)), "source, table and licence on screen"
    hover = map_args(at)["feature_group"].encode().decode("unicode_escape")  # the GeoJSON is embedded as JSON
    assert "56,3 % van de volwassenen (95%-interval 54,3–58,2) · significant hoger dan GGD Twente (regio)" in hover, (
        "Almelo's hover text carries its interval and the comparison"
    )


def test_health_view_restores_from_the_url_in_english():
    at = run("pages/gezondheid.py", indicator="smokers", groep="65+", gemeente="GM0153", lang="en")
    assert not at.exception
    assert at.selectbox(key="hl_indicator").value == "smokers" and at.selectbox(key="hl_group").value == "65+"
    assert at.selectbox(key="hl_selected").value == "GM0153"
    assert len(charts_of(at)) == 1, "smoking was asked in 2020 only: no change chart"
    assert any("no comparable years" in c for c in texts(at.caption))
    assert any(m.startswith("**Enschede: ") for m in texts(at.markdown))
    caveats = " ".join([e.label for e in at.expander] + texts(at.markdown))  # one line, the rest under 'more'
    assert "COVID-19" in caveats and "19+" not in caveats


def test_health_2016_view_and_its_table():
    at = run("pages/gezondheid.py", jaar="2016")
    assert at.selectbox(key="jaar").value == 2016
    assert any("**Significant lager** dan GGD Twente (regio): Dinkelland, Tubbergen." in m for m in texts(at.markdown))
    at.session_state["hl_download_table"] = True  # the table is built once its section is opened
    at.run()
    table = at.dataframe[0].value
    column = "Vergeleken met GGD Twente (regio) (95%-interval)"
    assert column in table.columns and "leeftijdsgroep" not in table.columns
    rows = table.set_index("code")
    assert rows.at["GM0183", column] == "significant lager dan GGD Twente (regio)"
    assert rows.at["GGD_TWENTE", "waarde"] == 52.1 and rows.at["GGD_TWENTE", column] == ""
    assert set(rows["Leeftijdsgroep"]) == {"19+"}


@pytest.mark.parametrize(
    "params",
    [
        {"indicator": "population", "jaar": "2016", "groep": "<script>alert(1)</script>", "gemeente": "Enschede"},
        {"indicator": "eval('1')", "jaar": "20x20", "groep": "65+65+"},
    ],
)
def test_health_page_nonsense_in_the_url_falls_back_to_defaults(params):
    at = run("pages/gezondheid.py", **params)
    assert not at.exception
    assert at.selectbox(key="hl_indicator").value == "overweight_bmi_ge_25"  # 'population' is not a health indicator
    assert at.selectbox(key="hl_group").value == "adults"
    assert at.selectbox(key="hl_selected").value == ""


def test_living_page_work_income_and_recreation():
    at = run("pages/leefomgeving.py")
    assert not at.exception
    assert (
        at.selectbox(key="lv_indicator").value == "net_labour_participation" and at.selectbox(key="jaar").value == 2022
    )
    assert "duizendtallen" in " ".join(texts(at.caption)), "labour caveat (one line): rounded to thousands"
    assert len(charts_of(at)) == 2, "ranking and 2019-2022 change"
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Fietspaden in beheer"] == "ca. 380 km" and metrics["Recreatieve routes"] == "ca. 11.000 km"
    assert metrics["Bezoekers van de parken per jaar"] == "meer dan 1,2 mln"
    parks = at.dataframe[-1].value.set_index("park")
    assert parks.at["Arboretum Poort Bulten", "beheerder"] == "Natuurmonumenten"
    assert parks.at["Arboretum Poort Bulten", "locatie"] == "bij benadering"
    assert set(parks.loc[["Het Hulsbeek", "Het Rutbeek", "Het Lageveld"], "beheerder"]) == {"Recreatieschap Twente"}
    maps = [json.loads(c.proto.json_args) for c in at.get("component_instance")]
    assert len(maps) == 2 and "Natura 2000" in maps[1]["feature_group"]


def test_living_page_income_has_no_change_section_and_restores_from_url():
    at = run("pages/leefomgeving.py", indicator="avg_disposable_income_household", gemeente="GM0164", lang="en")
    assert not at.exception
    assert at.selectbox(key="lv_indicator").value == "avg_disposable_income_household"
    assert at.selectbox(key="lv_selected").value == "GM0164"
    assert len(charts_of(at)) == 1
    assert not any(s.value.startswith("Change") for s in at.subheader)


def test_living_page_survives_a_broken_recreation_file(project_copy):
    (project_copy / "twente_data/living/recreation_facts.csv").write_text("id;value\nx;veel\n", encoding="utf-8")
    at = run("pages/leefomgeving.py")
    assert not at.exception
    assert any("recreation_facts.csv" in e for e in texts(at.error))
    assert at.selectbox(key="lv_indicator").value == "net_labour_participation", "the rest of the page still works"


def test_maps_in_long_pages_do_not_catch_the_scroll_wheel():
    assert '"scrollWheelZoom": false' in map_args(run("pages/gezondheid.py"))["script"]
    assert '"scrollWheelZoom": false' in map_args(run("pages/bevolking.py"))["script"]
    assert '"scrollWheelZoom": true' in map_args(run("dashboard.py"))["script"], (
        "the home map is the page: wheel zoom stays"
    )


def test_overview_shows_intervals_and_the_comparison_for_survey_indicators():
    at = run("dashboard.py", indicator="overweight_bmi_ge_25", gemeente="GM0141")
    hover = map_args(at)["feature_group"].encode().decode("unicode_escape")
    assert "(95%-interval 54,3–58,2) · significant hoger dan GGD Twente (regio)" in hover
    assert any("significant hoger dan GGD Twente (regio)" in c for c in texts(at.caption)), (
        "the panel says how Almelo compares"
    )
    assert not any(c.startswith("Positie") for c in texts(at.caption)), "no rank for survey estimates"


@pytest.mark.parametrize("page", ["dashboard.py", "pages/gezondheid.py"])
def test_german_pages_say_in_the_page_itself_that_data_texts_are_dutch(page):
    """The sidebar's note is folded away on a phone: the page's foot says it too (German only)."""
    from twente.i18n import t

    def notes(at):
        return [h for h in at.get("html") if t("data_text_note", "de") in h.proto.body]

    assert len(notes(run(page, lang="de"))) == 1
    assert notes(run(page, lang="nl")) == []
