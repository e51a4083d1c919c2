"""AppTest of every page: it runs without an exception in both languages, restores its
state from the URL, and falls back to defaults on nonsense."""
import json
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parent.parent
PAGES = sorted(p.name for p in (ROOT / "pages").glob("*.py"))


def run(page: str, **params) -> AppTest:
    at = AppTest.from_file(str(ROOT / "pages" / page), default_timeout=60)
    for k, v in params.items():
        at.query_params[k] = v
    return at.run()


def map_args(at: AppTest) -> dict:
    [component] = [c for c in at.get("component_instance") if c.proto.component_name.endswith("st_folium")][:1]
    return json.loads(component.proto.json_args)


def test_every_page_is_tested():
    assert len(PAGES) >= 2 and "overview.py" in PAGES


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("page", PAGES)
def test_page_runs_without_exception(page, lang):
    at = run(page, lang=lang)
    assert not at.exception, at.exception
    assert at.title, "every page has a title"


def test_entry_point_runs_with_navigation():
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60).run()
    assert not at.exception
    assert at.title[0].value == "Twente in cijfers"


def test_overview_headline_figures():
    at = run("overview.py")
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Inwoners (1-1-2025)"] == "643.603"
    assert metrics["Gemeenten"] == "14" and metrics["Recreatieparken"] == "4"


def test_changing_the_indicator_changes_the_map_data():
    at = run("overview.py")
    before = map_args(at)
    assert "162.317 inwoners" in before["feature_group"]  # Enschede, 1 January 2025
    at.selectbox(key="ov_indicator").select("population_density").run()
    after = map_args(at)
    assert after["feature_group"] != before["feature_group"]
    assert "162.317 inwoners" not in after["feature_group"]
    assert after["script"].count("park-marker") == before["script"].count("park-marker") == 4
    assert at.query_params["indicator"] == ["population_density"] or at.query_params["indicator"] == "population_density"


def test_map_loads_no_outside_assets():
    args = map_args(run("overview.py", kaart="none"))
    assert all(link.startswith("/app/static/") for link in args["js_links"] + args["css_links"]), args["js_links"]
    assert "tile" not in args["script"].lower() or "openstreetmap" not in args["script"].lower()


def test_map_payload_is_small():
    at = run("overview.py")
    [component] = at.get("component_instance")
    assert len(component.proto.json_args) < 60_000


def test_view_restores_from_the_url():
    at = run("overview.py", indicator="smokers", jaar="2020", groep="65+", gemeente="GM0153", lang="en")
    assert at.selectbox(key="ov_domain").value == "health"
    assert at.selectbox(key="ov_indicator").value == "smokers"
    assert at.selectbox(key="ov_group").value == "65+"
    assert at.selectbox(key="ov_selected").value == "GM0153"
    assert any("Enschede" in s.value for s in at.subheader)


@pytest.mark.parametrize("params", [
    {"indicator": "nonsense", "jaar": "1850", "gemeente": "GM9999", "kaart": "<b>", "lang": "fr"},
    {"indicator": "__import__('os').system('x')", "jaar": "abc", "groep": "x" * 5000},
])
def test_nonsense_in_the_url_falls_back_to_defaults(params):
    at = run("overview.py", **params)
    assert not at.exception
    assert at.selectbox(key="ov_indicator").value == "population"
    assert at.selectbox(key="ov_year").value == 2025
    assert at.selectbox(key="ov_selected").value == ""
    assert at.selectbox(key="basemap").value == "brt"


def test_selecting_a_municipality_shows_its_key_figures():
    at = run("overview.py")
    at.selectbox(key="ov_selected").select("GM0164").run()
    assert any(s.value == "Hengelo" for s in at.subheader)
    table = at.dataframe[0].value
    assert "Inwoners op 1 januari" in set(table.iloc[:, 0])


def test_broken_data_file_leaves_the_page_working(project_copy):
    (project_copy / "twente_data/population/key_figures.csv").write_text("gemeente;jaar\nx;y\n")
    at = run("overview.py")
    assert not at.exception
    shown = [e.value.replace("\\", "") for e in at.error]  # Markdown escapes removed, as the reader sees it
    assert any("key_figures.csv, rij 1" in text and "gemeente, jaar" in text for text in shown), shown
    assert at.metric[0].value == "643.603", "population_by_year.csv still loads"


@pytest.mark.parametrize("params, heading", [({"plaats": "delden"}, "Vanaf Delden"), ({"postcode": "7511"}, "Vanaf 7511 Enschede"),
                                             ({"plaats": "deldn"}, "Vanaf Delden")])
def test_park_finder_restores_the_search_from_the_url(params, heading):
    at = run("parks.py", **params)
    assert not at.exception
    assert at.subheader[0].value.startswith(heading)
    assert len([m for m in at.markdown if m.value.startswith("**1. ")]) == 1


@pytest.mark.parametrize("query", ["Atlantis", "<img src=x onerror=alert(1)>", "99999999"])
def test_park_finder_unknown_or_hostile_input(query):
    at = run("parks.py", plaats=query)
    assert not at.exception
    assert at.warning, "an unknown entry says so, never an error"
    assert not at.subheader


def test_park_finder_typing_a_search():
    at = run("parks.py")
    at.text_input(key="pf_query").input("Ootmarsum").run()
    assert at.subheader[0].value.startswith("Vanaf Ootmarsum")
    assert at.query_params["plaats"] in ("ootmarsum", ["ootmarsum"])


@pytest.mark.parametrize("params, mode, areas, start, end", [
    ({}, "index", ["GM0153", "GM0164", "GM0141"], 2012, 2025),
    ({"weergave": "growth", "gemeenten": "GM0183,GM1774", "van": "2015", "tot": "2020"}, "growth", ["GM0183", "GM1774"], 2015, 2020),
    ({"weergave": "eval(1)", "gemeenten": "x,y", "van": "2030", "tot": "1999"}, "index", ["GM0153", "GM0164", "GM0141"], 2012, 2025),
])
def test_population_page_url_state(params, mode, areas, start, end):
    at = run("population.py", **params)
    assert not at.exception
    assert at.radio(key="pop_mode").value == mode
    assert at.multiselect(key="pop_areas").value == areas
    assert at.selectbox(key="pop_start").value == start and at.select_slider(key="pop_end").value == end
    args = map_args(at)
    assert "%" in args["feature_group"]
