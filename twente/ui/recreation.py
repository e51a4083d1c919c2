"""Recreation: the recreation board's own figures, the parks and Natura 2000 areas on a
map, and a table of the parks with their operator and what they offer."""

from __future__ import annotations

import html

import folium
import pandas as pd
import streamlit as st

from twente import maps
from twente.exports import Meta
from twente.formatting import format_number
from twente.i18n import in_sentence, localized, t
from twente.text import escape_markdown
from twente.ui import cache, chartview, common, mapview

DIRECTIVES = {"HR": "directive_hr", "VR": "directive_vr", "VR+HR": "directive_vr_hr"}


def facts(lang: str) -> None:
    """Route length and visitors as the recreation board publishes them ('about', 'more than')."""
    loaded = cache.recreation_facts()
    if loaded.frame.empty:
        return
    frame = loaded.frame
    st.markdown(f"**{t('recreation_facts', lang)}**")
    cols = st.columns(len(frame))
    for col, (_, r) in zip(cols, frame.iterrows()):
        qualifier = "" if r["qualifier"] == "exactly" else t("qualifier_" + r["qualifier"], lang) + " "
        unit = localized(r, "unit", lang)
        col.metric(
            escape_markdown(localized(r, "label", lang)),
            escape_markdown(f"{qualifier}{_short_number(r['value'], lang)} {unit}".strip()),
        )
    publishers = sorted(set(frame["publisher"]))
    urls = sorted(set(frame["source_url"]))
    dates = sorted(set(frame["reference_date"]) - {""})
    when = ", ".join(dates) if dates else t("undated", lang)
    common.source_caption(f"{t('source', lang)}: {', '.join(publishers)}, {', '.join(urls)} ({when})")

    def build() -> pd.DataFrame:
        return pd.DataFrame(
            {
                t("indicator", lang): localized(frame, "label", lang),
                t("col_qualifier", lang): [
                    t("qualifier_" + q, lang) if q != "exactly" else "" for q in frame["qualifier"]
                ],
                t("col_value", lang): frame["value"],
                t("col_unit", lang): localized(frame, "unit", lang),
                t("col_source", lang): frame["publisher"] + ", " + frame["source_url"],
            }
        )

    table = chartview.view(("recreation_facts", lang), build)
    meta = Meta(
        t("recreation_facts", lang),
        when,
        f"{t('source', lang)}: {', '.join(publishers)}, {', '.join(urls)} · {t('export_licence_not_stated', lang)}",
    )
    common.table_and_download(
        table, "twente_recreatieschap_figures.csv", lang, key="recreation_facts_download", meta=meta
    )


def _short_number(value: float, lang: str) -> str:
    """1200000 -> '1,2 mln' / '1.2 million'; smaller numbers in full."""
    if value >= 1_000_000:
        return f"{format_number(value / 1_000_000, 1, lang)} {t('million', lang)}"
    return format_number(value, 0, lang)


def _nature_group(lang: str) -> folium.FeatureGroup:
    group = folium.FeatureGroup(name=t("layer_nature", lang))
    shapes = cache.nature_shapes()
    for _, p in cache.nature_areas().frame.iterrows():
        if p["name"] not in shapes:
            continue
        directive = t(DIRECTIVES[p["directive"]], lang) if p.get("directive") in DIRECTIVES else ""
        area = format_number(p.get("area_ha"), 0, lang)
        tip = (
            f"{p['name']} · Natura 2000" + (f" ({directive})" if directive else "") + (f" · {area} ha" if area else "")
        )
        folium.GeoJson(
            shapes[p["name"]].__geo_interface__,
            tooltip=html.escape(tip),
            style_function=lambda f: {"color": "#1b7837", "weight": 1.2, "fillColor": "#5aae61", "fillOpacity": 0.35},
        ).add_to(group)
    return group


def _outlines_group() -> folium.FeatureGroup:
    group = folium.FeatureGroup(name="outlines", control=False)
    folium.GeoJson(
        cache.municipality_shapes(),
        interactive=False,
        style_function=lambda f: {"color": "#6b6b6b", "weight": 1, "fill": False},
    ).add_to(group)
    return group


def parks_and_nature_map(lang: str, basemap: str) -> None:
    st.subheader(t("recreation_map", lang))
    meta = Meta(
        t("recreation_map", lang),
        t("export_date_see_sources", lang),
        t("nature_sources", lang) + " " + t("parks_sources", lang),
    )
    mapview.show_map(
        ("recreation", lang, basemap),
        lambda: mapview.base_map(lang, basemap, with_parks=True, wheel_zoom=False),
        ("recreation", lang),
        lambda: [_outlines_group(), _nature_group(lang)],
        key="recreation",
        height=520,
        returned=["last_clicked"],
        lang=lang,
        export_base=lambda: mapview.base_map(lang, maps.NO_TILES),
        export=meta,
    )
    st.caption(t("recreation_map_hint", lang) + " " + t("map_table_note", lang))
    common.source_caption(t("nature_sources", lang) + " " + t("parks_sources", lang))

    def build() -> pd.DataFrame:
        areas = [p for _, p in cache.nature_areas().frame.iterrows() if (p.get("area_in_twente_ha") or 0) > 0]
        return pd.DataFrame(
            {
                t("col_name", lang): [p["name"] for p in areas],
                "Natura 2000": [
                    t(DIRECTIVES[p["directive"]], lang) if p.get("directive") in DIRECTIVES else "" for p in areas
                ],
                t("col_area_ha", lang): [p.get("area_ha") for p in areas],
                t("col_area_twente_ha", lang): [p.get("area_in_twente_ha") for p in areas],
            }
        )

    table = chartview.view(("recreation_nature_table", lang), build)
    common.table_and_download(table, "twente_natura2000.csv", lang, key="nature_download", meta=meta)


def parks_table(lang: str) -> None:
    """The four parks: operator, municipality, what they offer, area, how sure the location is."""
    parks = cache.parks()
    if not parks.ok or parks.frame.empty:
        st.warning(t("data_unavailable", lang))
        return
    frame = parks.frame

    def build() -> pd.DataFrame:
        tags: dict[str, list[str]] = {}
        for _, r in cache.facilities().frame.iterrows():
            tags.setdefault(r["park"], []).append(t("fac_" + r["facility"], lang))
        return pd.DataFrame(
            {
                t("col_park", lang): frame["name"],
                in_sentence(t("municipality", lang), lang): frame["municipality"],
                t("col_operator", lang): [str(o).split("(")[0].strip() for o in frame["operator"]],
                t("col_offers", lang): [", ".join(tags.get(n, [])) or t("no_data", lang) for n in frame["name"]],
                t("col_area_ha", lang): frame["area_ha"],
                t("col_location", lang): [
                    t("loc_approximate" if a else "loc_sourced", lang) for a in frame["approximate"]
                ],
            }
        )

    table = chartview.view(("recreation_parks_table", lang), build)
    st.subheader(t("parks_table", lang))
    common.dataframe(table, lang, "parks_table")
    if frame["approximate"].any():
        st.caption(t("approximate", lang) + ": " + escape_markdown(", ".join(frame.loc[frame["approximate"], "name"])))
    meta = Meta(
        t("parks_table", lang),
        t("export_date_see_sources", lang),
        f"{t('parks_sources', lang)} {t('export_licence_not_stated', lang)}",
    )
    common.downloads(table, "twente_recreation_parks.csv", lang, "parks_table_download", meta)
