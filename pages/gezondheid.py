"""Health (GGD Twente): the Health Monitor per municipality, compared with the region."""

import streamlit as st

from twente.i18n import t
from twente.ui import cache, common, compare, mapview, nav, pickers

# Title, choosers, the one-line caveat and the whole map with its legend fit 1440×900.
MAP_HEIGHT = 440

lang = nav.page_start("health")
catalogue, catalogue_problems = cache.catalogue()
loaded = cache.values()
values = loaded.frame

st.title(t("health_title", lang))
st.caption(t("health_intro", lang))
basemap = mapview.basemap_choice(lang)
pick = (
    pickers.indicator_picker(catalogue, values, lang, ("health",), "overweight_bmi_ge_25", "hl")
    if len(values)
    else None
)
if pick is None:
    st.error(t("data_unavailable", lang))
    common.show_problems(catalogue_problems + loaded.problems, lang)
    st.stop()

common.layer_notice(lang, cache.municipalities())
compare.indicator_section(
    values, pick, lang, basemap, key="hl", map_height=MAP_HEIGHT, problems=catalogue_problems + loaded.problems
)
with st.expander(t("ggd_about_title", lang)):  # below the figures: title, choosers and map come first
    st.markdown(t("ggd_about", lang))
common.show_problems(catalogue_problems + loaded.problems, lang)
nav.page_end("health", lang)
