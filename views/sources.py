"""Where every figure comes from, the licences, and the state of the data files."""
import pandas as pd
import streamlit as st

from twente.i18n import t
from twente.problems import ui_text
from twente.ui import cache, common

lang = common.language()
catalogue, catalogue_problems = cache.catalogue()

st.title(t("page_sources", lang))
st.write(t("sources_intro", lang))

st.subheader(t("licences", lang))
rows = [
    ("CBS StatLine (37259, 85984NED, 70072ned, 83674NED, 85012NED, Arbeidsdeelname)", "CC BY 4.0", "Bron: CBS / Source: Statistics Netherlands"),
    ("Gezondheidsmonitor Volwassenen en Ouderen 2016, 2020", "CC BY 4.0", "GGD'en, CBS en RIVM"),
    ("CBS Gebiedsindelingen 2026 (gemeentegrenzen), via PDOK", "CC BY 4.0", "CBS / Kadaster, PDOK"),
    ("Natura 2000-gebieden, via PDOK; RCE linked data", "geometry public domain; attributes CC BY 4.0", "RVO / PDOK, RCE"),
    ("Recreatieschap Twente, 'wie zijn wij' (route length, visitors; undated)", "not stated by the source" if lang == "en" else "niet vermeld door de bron", "Recreatieschap Twente"),
    ("Zwemwaterlocaties (bathing sites)", "not stated by the source" if lang == "en" else "niet vermeld door de bron", "zwemwater.nl"),
    ("GeoNames gazetteer and postal codes", "CC BY 4.0", "GeoNames"),
    ("PDOK BRT-Achtergrondkaart (basemap)", "CC BY 4.0", "Kadaster / PDOK"),
    ("OpenStreetMap (basemap, optional)", "ODbL", "OpenStreetMap contributors"),
    ("Leaflet 1.9.4 (map library, served by this app)", "BSD-2-Clause", "Volodymyr Agafonkin, CloudMade"),
]
st.dataframe(pd.DataFrame(rows, columns=["data", "licence", "credit"]), hide_index=True, width="stretch")

st.subheader(t("catalogue", lang))
if len(catalogue):
    frame = pd.DataFrame([
        {
            "id": i.id, t("domain", lang): t(f"domain_{i.domain}", lang), t("indicator", lang): i.title(lang),
            t("col_unit", lang): i.unit(lang), t("col_year", lang): i.years_text,
            t("col_compare", lang): i.compare, "publisher": i.publisher,
            "table": i.table_id, "licence": i.licence,
        }
        for i in catalogue.all()
    ])
    common.table_and_download(frame, "twente_indicator_catalogue.csv", lang, key="catalogue_download", expanded=True)

# Every file the app reads, the park finder's included.
problems = (catalogue_problems + cache.values().problems + cache.municipalities().problems + cache.parks().problems
            + cache.pois().problems + cache.age_sex().problems + cache.nature_areas().problems
            + cache.recreation_facts().problems + cache.facilities().problems + cache.gazetteer()[1])
st.subheader(t("data_problems", lang))
st.dataframe(common.file_status(problems, lang), hide_index=True, width="stretch")
if problems:
    common.show_problems(problems, lang, expanded=True)
else:
    st.success(ui_text("all_files_ok", lang))
