"""Twente in figures: the entry point and home page. Run with `streamlit run dashboard.py`.

Home: Twente on one map, coloured by the indicator the user picks. The other pages are the
scripts in pages/ (their file names are their URLs); twente/ui/nav.py draws the navigation."""

import streamlit as st

from twente.i18n import t
from twente.ui import cache, common, compare, mapview, nav, panels, pickers, profile

lang = nav.page_start("overview")
catalogue, catalogue_problems = cache.catalogue()
loaded = cache.values()
values = loaded.frame

st.title(t("app_title", lang))
st.caption(t("app_subtitle", lang))
panels.headline(values, catalogue, cache.parks(), lang)

basemap = mapview.basemap_choice(lang)
if profile.level_choice(lang) == "wijken":
    profile.all_districts(lang, basemap)
    common.show_problems(cache.district_values().problems + cache.districts().problems, lang)
    st.stop()
for name in ("wijkjaar", "wijkindicator"):  # the wijken's choosers: not used at municipal level
    common.set_url(name, None)
pick = (
    pickers.indicator_picker(catalogue, values, lang, ("population", "health", "living"), "population", "ov")
    if len(values)
    else None
)
if pick is None:
    st.error(t("data_unavailable", lang))
    common.show_problems(catalogue_problems + loaded.problems, lang)
    st.stop()

view = compare.view_for(values, pick, lang)
frame, refs = view.frame, view.refs


# Title, headline, choosers, the whole map and its legend fit 1440×900 without scrolling.
OVERVIEW_MAP_HEIGHT = 420


@st.fragment
def map_and_panel(frame, pick, view, basemap: str, problems) -> None:
    """The map and the chosen municipality's panel. A click on the map or a choice in the
    panel reruns only this part, once; the choice lives in ?gemeente=."""
    selected = common.url_value("gemeente", [""] + list(frame["code"]), "") or None
    left, right = st.columns([3, 2], gap="medium")
    with left:
        mapview.indicator_map(
            frame,
            pick,
            lang,
            basemap,
            key="overview",
            selected=selected,
            height=OVERVIEW_MAP_HEIGHT,
            tooltips=compare.tooltips(view, lang) if view.intervals else None,
        )
        compare.map_notice(values, pick, problems, lang)
    with right, st.container(key="ov_panel"):
        selected = panels.municipality_chooser(frame, lang, "ov_selected")
        panels.municipality_panel(selected or None, pick, frame, refs, values, catalogue, lang)
    # On a phone the panel is below the map: a tap (or a new choice) brings it into view.
    if selected and selected != st.session_state.get("_ov_shown", selected):
        nav.scroll_into_view("ov_panel")
    st.session_state["_ov_shown"] = selected


common.layer_notice(lang, cache.municipalities(), cache.parks())
map_and_panel(frame, pick, view, basemap, catalogue_problems + loaded.problems)
panels.table_for(frame, pick, refs, lang, key="ov", reference_name=view.reference_name)
common.show_problems(
    catalogue_problems + loaded.problems + cache.municipalities().problems + cache.parks().problems, lang
)
nav.page_end("overview", lang)
