"""Living environment: work and income per municipality, and recreation (parks, nature, routes)."""

import streamlit as st

from twente.i18n import t
from twente.ui import cache, common, compare, mapview, nav, pickers, recreation

# Title, section heading, choosers and the whole map with its legend fit 1440×900.
MAP_HEIGHT = 410

lang = nav.page_start("living")
catalogue, catalogue_problems = cache.catalogue()
loaded = cache.values()
values = loaded.frame

st.title(t("living_title", lang))
st.caption(t("living_intro", lang))
basemap = mapview.basemap_choice(lang)

# ---------------------------------------------------------------- work and income
st.header(t("living_work_income", lang))
pick = (
    pickers.indicator_picker(catalogue, values, lang, ("living",), "net_labour_participation", "lv")
    if len(values)
    else None
)
if pick is None:
    st.error(t("data_unavailable", lang))
else:
    common.layer_notice(lang, cache.municipalities())
    compare.indicator_section(
        values, pick, lang, basemap, key="lv", map_height=MAP_HEIGHT, problems=catalogue_problems + loaded.problems
    )

# ---------------------------------------------------------------- recreation
st.header(t("living_recreation", lang))
st.markdown(t("recreation_intro", lang))
recreation.facts(lang)
common.layer_notice(lang, cache.municipalities(), cache.nature_areas(), cache.parks())
recreation.parks_and_nature_map(lang, basemap)
recreation.parks_table(lang)
nav.link("parks", t("to_finder", lang), lang)

common.show_problems(
    catalogue_problems
    + loaded.problems
    + cache.parks().problems
    + cache.recreation_facts().problems
    + cache.facilities().problems,
    lang,
)
nav.page_end("living", lang)
