"""Living environment: work and income per municipality, and recreation (parks, nature, routes)."""
import streamlit as st

from twente.i18n import t
from twente.ui import cache, common, compare, mapview, panels, pickers, recreation

lang = common.language()
catalogue, catalogue_problems = cache.catalogue()
loaded = cache.values()
values = loaded.frame

st.title(t("living_title", lang))
st.caption(t("living_intro", lang))
basemap = mapview.basemap_choice(lang)

# ---------------------------------------------------------------- work and income
st.header(t("living_work_income", lang))
pick = pickers.indicator_picker(catalogue, values, lang, ("living",), "net_labour_participation", "lv") if len(values) else None
if pick is None:
    st.error(t("data_unavailable", lang))
else:
    view = compare.view_for(values, pick, lang)
    compare.caveats(view, lang)
    left, right = st.columns([1, 1], gap="medium")
    with right:
        selected = compare.highlight_chooser(view, lang, "lv_selected")
        compare.ranking(view, lang, selected)
    with left:
        mapview.indicator_map(view.frame, pick, lang, basemap, key="living", selected=selected, selected_key="lv_selected",
                              tooltips=compare.tooltips(view, lang), height=560, hint="map_hint_compare")
    panels.table_for(view.frame, pick, view.refs, lang, key="lv", reference_name=view.reference_name)
    if pick.indicator.compare_years:
        start, end = pick.indicator.compare_years
        st.subheader(t("change_title", lang, start=start, end=end))
        compare.change_over_time(values, view, lang, key="lv")

# ---------------------------------------------------------------- recreation
st.header(t("living_recreation", lang))
st.markdown(t("recreation_intro", lang))
recreation.facts(lang)
recreation.parks_and_nature_map(lang, basemap)
recreation.parks_table(lang)
common.page_link("views/parks.py", "parken", t("to_finder", lang))

common.show_problems(catalogue_problems + loaded.problems + cache.parks().problems + cache.recreation_facts().problems, lang)
