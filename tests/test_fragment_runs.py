"""A change of a widget outside a fragment can reach the server with a fragment's rerun: Chromium
sent a click on the language switch together with the map's first value as the map fragment's
rerun (about once in fifty page loads), and only the map's fragment ran; the switch said DE, the
URL said lang=de, the page stayed Dutch. Such a change must rerun the whole page; a click on
the map, which is inside the fragment, must still rerun only the fragment (that is what keeps a
click fast).

A real server; the browser's part is played by bench/stclient.py, which sends the BackMsg
Chromium sent. Oracles: the translation table's page title, the indicator catalogue's id,
Streamlit's own script_finished status."""

from __future__ import annotations

import csv

import pytest
from streamlit.proto.Common_pb2 import StringArray
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from streamlit.proto.WidgetStates_pb2 import WidgetState

from bench.stclient import FOLIUM, StreamlitSession, click_value
from tests.browser import ROOT, streamlit_server
from twente.i18n import t

pytestmark = pytest.mark.browser  # a real Streamlit server (no Chromium: stclient speaks for it)

WHOLE_PAGE = ForwardMsg.ScriptFinishedStatus.FINISHED_SUCCESSFULLY
FRAGMENT_ONLY = ForwardMsg.ScriptFinishedStatus.FINISHED_FRAGMENT_RUN_SUCCESSFULLY


@pytest.fixture(scope="module")
def server():
    with streamlit_server() as url:
        yield url


@pytest.fixture
def tab(server):
    session = StreamlitSession(server, "/", "kaart=none", timeout=120)
    session.load()
    yield session
    session.close()


def _map_fragment(tab: StreamlitSession) -> tuple[str, str]:
    """The map widget's id and the id of the fragment that draws it."""
    element = next(e for e in tab.last.of("component_instance") if e.component_instance.component_name == FOLIUM)
    widget = element.component_instance.id
    assert tab.last.fragments.get(widget), "the overview's map is drawn in a fragment"
    return widget, tab.last.fragments[widget]


def _widget(tab: StreamlitSession, kind: str, key: str):
    return next(getattr(e, kind) for e in tab.last.of(kind) if getattr(e, kind).id.endswith(key))


def test_a_language_click_sent_with_the_maps_fragment_rerun_reruns_the_whole_page(tab):
    _, fragment = _map_fragment(tab)
    switch = _widget(tab, "button_group", "lang_switch")
    assert switch.id not in tab.last.fragments, "the language switch is outside every fragment"
    tab.widgets[switch.id] = WidgetState(id=switch.id, string_array_value=StringArray(data=["DE"]))
    run = tab.send(fragment)  # what Chromium sent: the click inside the map fragment's rerun
    assert "lang=de" in tab.query
    assert run.status == WHOLE_PAGE, "the whole page ran, not only the map's fragment"
    assert t("app_title", "de") in run.texts()["headings"], "and it is German"


def test_an_indicator_chosen_in_a_fragment_rerun_reruns_the_whole_page(tab):
    _, fragment = _map_fragment(tab)
    box = _widget(tab, "selectbox", "ov_indicator")
    assert box.id not in tab.last.fragments
    with open(ROOT / "twente_data" / "indicators.csv", encoding="utf-8") as f:
        births = next(row for row in csv.DictReader(f) if row["id"] == "live_births")
    tab.widgets[box.id] = WidgetState(id=box.id, string_value=births["title_nl"])
    run = tab.send(fragment)
    assert "indicator=live_births" in tab.query
    assert run.status == WHOLE_PAGE
    shown = next(e.selectbox for e in run.of("selectbox") if e.selectbox.id == box.id)
    assert shown.raw_value == births["title_nl"] or shown.options[shown.default] == births["title_nl"]


def test_a_click_on_the_map_still_reruns_only_the_maps_fragment(tab):
    widget, fragment = _map_fragment(tab)
    tab.widgets[widget] = WidgetState(id=widget, json_value=click_value("GM0153", "Enschede"))
    run = tab.send(fragment)
    assert "gemeente=GM0153" in tab.query
    assert run.status == FRAGMENT_ONLY, "a click inside the fragment does not rerun the page"
    assert t("app_title", "nl") not in run.texts()["headings"]


def test_a_year_chosen_in_a_fragment_rerun_reruns_the_whole_page(tab):
    """The year is bound to ?jaar= by Streamlit itself (the browser writes it to its URL); its
    change must still rerun the page."""
    _, fragment = _map_fragment(tab)
    box = _widget(tab, "selectbox", "jaar")
    assert box.id not in tab.last.fragments
    earlier = box.options[0]
    assert earlier != tab.current(box)
    tab.widgets[box.id] = WidgetState(id=box.id, string_value=earlier)
    run = tab.send(fragment)
    assert run.status == WHOLE_PAGE
    legends = [e.html.body for e in run.of("html") if "twente-legend" in e.html.body]
    assert legends and all(f", {earlier}" in body for body in legends), "the map's legend is of the chosen year"


def test_a_municipality_chosen_in_the_panel_still_reruns_only_the_fragment(tab):
    """The panel's chooser is inside the map's fragment: its own rerun stays the fragment's."""
    _, fragment = _map_fragment(tab)
    box = _widget(tab, "selectbox", "ov_selected")
    assert tab.last.fragments.get(box.id) == fragment
    tab.widgets[box.id] = WidgetState(id=box.id, string_value="Enschede")
    run = tab.send(fragment)
    assert "gemeente=GM0153" in tab.query
    assert run.status == FRAGMENT_ONLY
