"""Population: trends, growth map, age structure, households and change."""
import altair as alt
import pandas as pd
import streamlit as st

from twente.classify import classify
from twente.i18n import t
from twente.indicators import area_table, format_number, growth_to_each, series, with_growth, with_index
from twente.population import age_shares, sex_split
from twente.registry import MUNICIPALITIES, MUNICIPALITY_CODES, area_name
from twente.ui import cache, chartview, common, mapview, nav

lang = nav.page_start("population")
catalogue, _ = cache.catalogue()
loaded = cache.values()
values = loaded.frame
st.title(t("pop_title", lang))
if "population" not in catalogue or values.empty:
    st.error(t("data_unavailable", lang))
    common.show_problems(loaded.problems, lang)
    st.stop()
population = catalogue["population"]
source = population.source_line(lang)
names = {m.code: m.name for m in MUNICIPALITIES}

# ---------------------------------------------------------------- 1. trends
st.subheader(t("pop_trend", lang))
modes = ["absolute", "index", "growth"]
common.url_choice("weergave", modes, "index", "pop_mode")
mode = st.radio(t("pop_mode", lang), modes, key="pop_mode", horizontal=True, format_func=lambda m: t("mode_" + m, lang))
common.set_url("weergave", mode, "index")
default_areas = ["GM0153", "GM0164", "GM0141"]
chosen = common.url_many("gemeenten", MUNICIPALITY_CODES, default_areas, "pop_areas")
chosen = st.multiselect(t("pop_areas", lang), list(MUNICIPALITY_CODES), key="pop_areas", format_func=names.get)
common.set_url("gemeenten", ",".join(chosen), ",".join(default_areas))
refs_all = ["TWENTE", "NL01"]
refs = common.url_many("ref", refs_all, refs_all, "pop_refs")
refs = st.multiselect(t("pop_refs", lang), refs_all, key="pop_refs", format_func=lambda c: area_name(c, lang))
common.set_url("ref", ",".join(refs), ",".join(refs_all))
codes = chosen + [r for r in refs if not (mode == "absolute" and r == "NL01")]
trend = with_growth(with_index(series(values, "population", codes)))
trend["area"] = [area_name(c, lang) for c in trend["code"]]
column = {"absolute": "value", "index": "index", "growth": "growth_pct"}[mode]
label = t("mode_" + mode, lang)
if len(trend):
    chartview.show(("population_trend", mode, tuple(codes), lang), lambda: alt.Chart(trend.dropna(subset=[column])).mark_line(point=True).encode(
        x=alt.X("year:O", title=t("col_year", lang)),
        y=alt.Y(f"{column}:Q", title=label, scale=alt.Scale(zero=mode != "index")),
        color=alt.Color("area:N", title=None, legend=alt.Legend(orient="bottom")),
        strokeDash=alt.condition(alt.FieldOneOfPredicate("code", refs_all), alt.value([5, 3]), alt.value([1, 0])),
        tooltip=[alt.Tooltip("area:N", title=t("col_name", lang)), alt.Tooltip("year:O", title=t("col_year", lang)),
                 alt.Tooltip("value:Q", title=t("inhabitants", lang), format=",.0f"),
                 alt.Tooltip(f"{column}:Q", title=label, format=",.2f")],
    ).properties(height=380, title=f"{t('pop_trend', lang)}: {label}"))
if mode == "absolute" and "NL01" in refs:
    st.caption(t("pop_abs_note", lang))
common.source_caption(source)
table = trend[["code", "area", "year", "value", "index", "growth_pct"]].rename(columns={
    "code": t("col_code", lang), "area": t("col_name", lang), "year": t("col_year", lang),
    "value": t("inhabitants", lang),
    "index": t("mode_index", lang), "growth_pct": t("mode_growth", lang)})
common.table_and_download(table.round(2), f"twente_population_{mode}.csv", lang, key="pop_trend_dl")

# ---------------------------------------------------------------- 2. growth map
st.subheader(t("pop_growth_map", lang))
years = sorted(int(y) for y in values[values["indicator"] == "population"]["year"].unique())
c1, c2 = st.columns([1, 3])
common.url_int("van", years[:-1], years[0], "pop_start")
with c1:
    start = st.selectbox(t("pop_period_start", lang), years[:-1], key="pop_start")
ends = [y for y in years if y > start]
common.url_int("tot", ends, ends[-1], "pop_end")
with c2:
    end = st.select_slider(t("pop_period_end", lang), ends, key="pop_end")
common.set_url("van", start, years[0]); common.set_url("tot", end, ends[-1])
every_end = growth_to_each(values, "population", start, ends, list(MUNICIPALITY_CODES))
classes = classify(every_end["change_pct"], "neutral", "diverging")  # fixed over all end years
growth = every_end[every_end["end_year"] == end].drop(columns="end_year").reset_index(drop=True)
growth["name"] = growth["code"].map(names)
pct = lambda v: (format_number(v, 1, lang) + " %") if pd.notna(v) else t("no_data", lang)
title = f"{t('pop_growth_map', lang)} {start}–{end} (%)"
basemap = mapview.basemap_choice(lang)
mapview.show_map(("population", lang, basemap), lambda: mapview.base_map(lang, basemap, with_parks=False, wheel_zoom=False),
                 ("growth", lang, start, end),
                 lambda: [mapview.choropleth(growth, population, classes, lang, title, None, "change_pct", pct)],
                 key="population", height=480)
mapview.legend_for(classes, population, lang, title, growth["change_pct"].isna().any(), decimals=1)
st.caption(t("pop_fixed_breaks", lang))
common.source_caption(source)
out = growth.rename(columns={"code": t("col_code", lang), "start": t("jan1", lang, year=start),
                             "end": t("jan1", lang, year=end),
                             "change": t("col_change", lang), "change_pct": "%", "name": t("col_name", lang)})
common.table_and_download(out.round(2), f"twente_population_growth_{start}_{end}.csv", lang, key="pop_growth_dl")

# ---------------------------------------------------------------- 3. age structure
st.subheader(t("pop_age", lang))
age = cache.age_sex()
if age.ok:
    shares = age_shares(age.frame)
    show = shares[shares["code"].isin((chosen or default_areas) + ["TWENTE", "NL01"])].copy()
    show["area"] = [area_name(c, lang) for c in show["code"]]
    chartview.show(("population_age", tuple(show["code"].unique()), lang), lambda: alt.Chart(show).mark_bar().encode(
        x=alt.X("age_group:N", sort=list(dict.fromkeys(shares["age_group"])), title=t("age_group_col", lang)),
        xOffset="area:N",
        y=alt.Y("share_pct:Q", title=t("share_pct", lang)),
        color=alt.Color("area:N", title=None, legend=alt.Legend(orient="bottom")),
        tooltip=[alt.Tooltip("area:N", title=t("col_name", lang)),
                 alt.Tooltip("age_group:N", title=t("age_group_col", lang)),
                 alt.Tooltip("population:Q", title=t("inhabitants", lang), format=",.0f"),
                 alt.Tooltip("share_pct:Q", title=t("share_pct", lang), format=".1f")],
    ).properties(height=340, title=t("pop_age", lang)))
    st.caption(t("pop_age_note", lang))
    common.source_caption(t("source_line", lang, publisher="CBS", table="70072ned (2025)", licence="CC BY 4.0"))
    age_columns = {"code": t("col_code", lang), "area": t("col_name", lang), "age_group": t("age_group_col", lang),
                   "population": t("inhabitants", lang), "share_pct": t("share_pct", lang)}
    age_table = show[[*age_columns]].rename(columns=age_columns).round(2)
    common.table_and_download(age_table, "twente_age_2025.csv", lang, key="pop_age_dl")
    sexes = sex_split(age.frame, 2024)
    sexes["area"] = [area_name(c, lang) for c in sexes["code"]]
    st.markdown(f"**{t('pop_sex', lang, year=2024)}**")
    common.table_and_download(sexes.rename(columns={
        "code": t("col_code", lang), "male": t("sex_male", lang), "female": t("sex_female", lang),
        "female_pct": t("col_female_pct", lang), "area": t("col_name", lang)}).round(2),
                              "twente_sex_2024.csv", lang, key="pop_sex_dl", expanded=False)
else:
    common.show_problems(age.problems, lang)

# ---------------------------------------------------------------- 4. households and change
for heading, ids, filename in (
    ("pop_households", ["households", "households_one_person", "households_multi_person_without_children",
                        "households_multi_person_with_children", "share_one_person_households", "average_household_size"], "households_2025"),
    ("pop_change", ["live_births", "deaths", "natural_increase", "net_migration", "population_growth"], "change_2023"),
):
    st.subheader(t(heading, lang))
    codes = list(MUNICIPALITY_CODES) + ["TWENTE", "NL01"]
    frame = area_table(values, ids, codes).rename(columns={i: catalogue[i].title(lang) for i in ids})
    frame.insert(0, t("col_name", lang), [area_name(c, lang) for c in codes])
    frame = frame.reset_index(drop=True)
    st.dataframe(frame, hide_index=True, width="stretch")
    common.source_caption(catalogue[ids[0]].source_line(lang) + " · " + t("empty_is_no_data", lang))
    st.download_button(t("download_csv", lang), common.csv_bytes(frame), file_name=f"twente_{filename}.csv", key=f"dl_{filename}")

common.show_problems(loaded.problems + age.problems, lang)
