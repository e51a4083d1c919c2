"""Where every figure comes from, the licences, and the state of the data files."""

import pandas as pd
import streamlit as st

from twente.exports import Meta
from twente.formatting import capitalised
from twente.i18n import t
from twente.ui import cache, chartview, common, nav, presenter

lang = nav.page_start("sources")
catalogue, catalogue_problems = cache.catalogue()

st.title(t("page_sources", lang))
st.write(t("sources_intro", lang))

st.subheader(t("licences", lang))
rows = [
    (t("lic_cbs_statline", lang), "CC BY 4.0", f"{t('source', lang)}: CBS"),
    (t("lic_health_monitor", lang), "CC BY 4.0", t("credit_health_monitor", lang)),
    (t("lic_boundaries", lang), "CC BY 4.0", "CBS / Kadaster, PDOK"),
    (t("lic_natura2000", lang), t("lic_natura2000_licence", lang), "RVO / PDOK, RCE"),
    (t("lic_recreatieschap", lang), t("lic_not_stated", lang), "Recreatieschap Twente"),
    (t("lic_bathing", lang), t("lic_not_stated", lang), "zwemwater.nl"),
    (t("lic_geonames", lang), "CC BY 4.0", "GeoNames"),
    (t("lic_brt", lang), "CC BY 4.0", "Kadaster / PDOK"),
    (t("lic_osm", lang), "ODbL", "OpenStreetMap contributors"),
    (t("lic_leaflet", lang), "BSD-2-Clause", "Volodymyr Agafonkin, CloudMade"),
]
columns = [capitalised(t("col_data", lang)), capitalised(t("col_licence", lang)), capitalised(t("col_credit", lang))]
# a static table: its text wraps, so no column is cut off on a phone
common.dataframe(
    chartview.view(("sources_licences", lang), lambda: pd.DataFrame(rows, columns=columns)),
    lang,
    "licences",
    static=True,
)

st.subheader(t("catalogue", lang))
if len(catalogue):
    frame = chartview.view(
        ("sources_catalogue", lang),
        lambda: pd.DataFrame(
            [
                {
                    t("indicator", lang): i.title(lang),
                    t("domain", lang): t(f"domain_{i.domain}", lang),
                    t("col_unit", lang): i.unit(lang),
                    t("col_year", lang): i.years_text,
                    t("col_compare", lang): i.compare,
                    t("col_publisher", lang): i.publisher_name(lang),
                    t("col_table", lang): i.table_id,
                    t("col_licence", lang): i.licence,
                    "id": i.id,
                }
                for i in catalogue.all()
            ]
        ),
    )
    meta = Meta(t("catalogue", lang), t("export_date_in_table", lang), t("export_source_in_table", lang))
    common.table_and_download(
        frame, "twente_indicator_catalogue.csv", lang, key="catalogue_download", expanded=True, meta=meta, wrap=True
    )  # wraps: the catalogue's nine columns fit the page instead of scrolling sideways

# Every file the app reads, the park finder's included.
problems = (
    catalogue_problems
    + cache.values().problems
    + cache.municipalities().problems
    + cache.neighbours().problems
    + cache.districts().problems
    + cache.parks().problems
    + cache.pois().problems
    + cache.age_sex().problems
    + cache.nature_areas().problems
    + cache.recreation_facts().problems
    + cache.facilities().problems
    + cache.gazetteer()[1]
    + cache.district_values().problems
    + cache.district_catalogue()[1]
    + presenter.load_storyboard().problems
)
st.subheader(t("data_problems", lang))
common.dataframe(common.file_status(problems, lang), lang, "file_status", static=True, wrap=True)
if problems:
    common.show_problems(problems, lang, expanded=True)
else:
    st.success(t("all_files_ok", lang))
nav.page_end("sources", lang)
