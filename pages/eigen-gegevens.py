"""Your own data: a spreadsheet of one's own on the Twente map, matched to the 14 municipalities,
with the same map, ranking and table as the built-in indicators. Nothing is kept after the session."""

import streamlit as st

from twente import upload as logic
from twente.i18n import t
from twente.ui import cache, common, mapview, nav, upload

lang = nav.page_start("upload")
st.title(t("upload_title", lang))
st.caption(t("upload_intro", lang))
st.info(t("upload_no_link", lang), icon=":material/info:")
basemap = mapview.basemap_choice(lang)
upload.start_release()  # what a closed tab uploaded is freed once Streamlit forgets the session

data_file, settings_file = upload.data_file(lang)
if data_file is None:
    st.caption(t("upload_waiting", lang))
    st.stop()
table = upload.read(data_file, lang)
if table is None:
    st.stop()
upload.apply_settings(settings_file, table, lang)
upload.read_options(table, lang)
chosen = upload.choices(table, lang)
if chosen is None:
    st.stop()
text = upload.labels(chosen, table, lang)
try:
    result = logic.build(table, chosen, upload.wijken())
except logic.UploadError as error:
    common.show_problems(error.problems, lang)
    st.stop()

upload.report(result, lang)
common.show_problems(result.problems, lang)
source = t("upload_source", lang, file=table.file) + (f", {table.sheet}" if table.sheet else "")
indicator = upload.indicator_for(result, text, logic.decimals_for(result.frame["value"]))
if result.drawn:
    upload.map_and_ranking(result, indicator, text, source, lang, basemap, chosen.municipality)
else:
    st.warning(t("upload_nothing_to_draw", lang))
upload.download(result, chosen, indicator, table, source, lang)
catalogue, _ = cache.catalogue()
compare_with = ""
if result.drawn and result.level == "municipality":  # the built-in indicators are per municipality
    compare_with = upload.comparison(result, text, catalogue, cache.values().frame, lang)
upload.settings_download(chosen, table, text, compare_with, lang)
