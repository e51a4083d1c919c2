"""Health (GGD Twente): the Health Monitor per municipality, compared with the region."""
import streamlit as st

from twente.i18n import t
from twente.ui import cache, common, compare, mapview, panels, pickers

lang = common.language()
catalogue, catalogue_problems = cache.catalogue()
loaded = cache.values()
values = loaded.frame

st.title(t("health_title", lang))
st.caption(t("health_intro", lang))
with st.expander(t("ggd_about_title", lang)):
    st.markdown(t("ggd_about", lang))

basemap = mapview.basemap_choice(lang)
pick = pickers.indicator_picker(catalogue, values, lang, ("health",), "overweight_bmi_ge_25", "hl") if len(values) else None
if pick is None:
    st.error(t("data_unavailable", lang))
    common.show_problems(catalogue_problems + loaded.problems, lang)
    st.stop()

view = compare.view_for(values, pick, lang)
compare.caveats(view, lang)
left, right = st.columns([1, 1], gap="medium")
with right:
    selected = compare.highlight_chooser(view, lang, "hl_selected")
    compare.ranking(view, lang, selected)
with left:
    mapview.indicator_map(view.frame, pick, lang, basemap, key="health", selected=selected, selected_key="hl_selected",
                          tooltips=compare.tooltips(view, lang), height=600, hint="map_hint_compare")

panels.table_for(view.frame, pick, view.refs, lang, key="hl", reference_name=view.reference_name)
st.subheader(t("change_title", lang, start=2016, end=2020))
compare.change_over_time(values, view, lang, key="hl")
common.show_problems(catalogue_problems + loaded.problems, lang)
