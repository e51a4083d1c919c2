"""Municipality profile: one municipality from a link (?gemeente=GM0153, ?gemeente=enschede):
where it is and its wijken on a map, how its wijken differ on any CBS district figure, how it
compares with Twente and the Netherlands on every indicator, its population trend and ages."""

import streamlit as st

from twente.i18n import t
from twente.registry import area_name
from twente.ui import cache, common, mapview, nav, profile

lang = nav.page_start("municipality")
profile.print_style()
catalogue, catalogue_problems = cache.catalogue()
loaded = cache.values()
code = profile.chosen_municipality()

st.title(t("profile_title", lang, name=area_name(code, lang)) if code else t("page_municipality", lang))
code = profile.chooser(lang)
problems = (
    catalogue_problems
    + loaded.problems
    + cache.district_values().problems
    + cache.district_catalogue()[1]
    + cache.districts().problems
    + cache.neighbours().problems
)
if not code:
    st.info(t("profile_prompt", lang))
    common.show_problems(problems, lang)
    st.stop()

basemap = mapview.basemap_choice(lang)
profile.headline(code, loaded.frame, lang)
common.layer_notice(lang, cache.municipalities(), cache.districts(), cache.neighbours(), cache.nature_areas())
profile.district_section(code, lang, basemap)
profile.key_figures_section(code, loaded.frame, catalogue, lang)
profile.charts_section(code, loaded.frame, lang)
common.show_problems(problems, lang)
nav.page_end("municipality", lang)
