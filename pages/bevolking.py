"""Population: trends, growth map, age structure, households and change."""

import altair as alt
import pandas as pd
import streamlit as st

from twente import maps
from twente.charts import area_colour, area_dash, bottom_legend, chart_title
from twente.classify import classify
from twente.data import AGE_SEX_FILE
from twente.exports import Meta
from twente.formatting import capitalised, format_number
from twente.i18n import t
from twente.indicators import area_table, growth_to_each, series, with_growth, with_index
from twente.loading import display_name
from twente.population import age_shares, sex_split, wide_by_age, wide_by_year
from twente.registry import MUNICIPALITIES, MUNICIPALITY_CODES, NETHERLANDS, TREND_DEFAULTS, TWENTE, area_name
from twente.ui import cache, chartview, common, mapview, nav

lang = nav.page_start("population")
catalogue, catalogue_problems = cache.catalogue()
loaded = cache.values()
values = loaded.frame
st.title(t("pop_title", lang))
if "population" not in catalogue or values.empty or not (values["indicator"] == "population").any():
    st.error(t("data_unavailable", lang))
    common.show_problems(catalogue_problems + loaded.problems, lang)
    st.stop()
# The files whose problems change the population figures shown below.
population_files = [display_name("population/population_by_year.csv"), display_name("population/key_figures.csv")]
population = catalogue["population"]
source = population.source_line(lang)
names = {m.code: m.name for m in MUNICIPALITIES}
labels = {c: capitalised(area_name(c, lang)) for c in [*MUNICIPALITY_CODES, TWENTE.code, NETHERLANDS.code]}

# ---------------------------------------------------------------- 1. trends
st.subheader(t("pop_trend", lang))
modes = ["absolute", "index", "growth"]
mode = common.url_chooser(
    st.radio,
    t("pop_mode", lang),
    "weergave",
    modes,
    "index",
    "pop_mode",
    horizontal=True,
    format_func=lambda m: t("mode_" + m, lang),
)
default_areas = list(TREND_DEFAULTS)
chosen = common.url_chooser(
    st.multiselect,
    t("pop_areas", lang),
    "gemeenten",
    MUNICIPALITY_CODES,
    default_areas,
    "pop_areas",
    format_func=names.get,
)
refs_all = [TWENTE.code, NETHERLANDS.code]
refs = common.url_chooser(
    st.multiselect,
    t("pop_refs", lang),
    "ref",
    refs_all,
    refs_all,
    "pop_refs",
    format_func=lambda c: capitalised(area_name(c, lang)),
)
codes = chosen + [r for r in refs if not (mode == "absolute" and r == NETHERLANDS.code)]
column = {"absolute": "value", "index": "index", "growth": "growth_pct"}[mode]
label = t("mode_" + mode, lang)
view_key = (mode, tuple(codes), lang)  # everything the trend's chart and table depend on


def trend_view():
    """The trend's frame and its table (one row per year), built once per view."""
    frame = with_growth(with_index(series(values, "population", codes)))
    frame["area"] = frame["code"].map(labels)
    table = wide_by_year(frame, column, codes, labels).rename(columns={"year": t("col_year", lang)})
    table = table.round(0 if mode == "absolute" else 2)
    return frame, table


trend, trend_table = chartview.view(("population_trend_view", *view_key), trend_view)
trend_meta = Meta(
    f"{t('pop_trend', lang)}: {label}",
    f"{t('jan1', lang, year=int(trend['year'].min()))} – {t('jan1', lang, year=int(trend['year'].max()))}"
    if len(trend)
    else "",
    source,
)
if len(trend):
    chartview.show(
        ("population_trend", *view_key),
        lambda: (
            alt.Chart(trend.dropna(subset=[column]))
            .mark_line(point=True)
            .encode(
                # the years level, every other one left out where they do not fit (a phone): upright
                # years took 40 px of the chart's height
                x=alt.X(
                    "year:O",
                    title=capitalised(t("col_year", lang)),
                    axis=alt.Axis(labelAngle=0, labelOverlap="parity", labelPadding=4),
                ),
                y=alt.Y(f"{column}:Q", title=label, scale=alt.Scale(zero=mode != "index")),
                # one legend of lines, each dashed as its area's line is (a reference area dashed)
                color=area_colour("area:N", codes, lang, title=None, legend=bottom_legend(symbolType="stroke")),
                strokeDash=area_dash("area:N", codes, lang, title=None, legend=bottom_legend(symbolType="stroke")),
                tooltip=[
                    alt.Tooltip("area:N", title=capitalised(t("col_name", lang))),
                    alt.Tooltip("year:O", title=capitalised(t("col_year", lang))),
                    alt.Tooltip("value:Q", title=t("inhabitants", lang), format=",.0f"),
                    alt.Tooltip(f"{column}:Q", title=label, format=",.1f" if mode != "absolute" else ",.0f"),
                ],
            )
            # the view is the y axis's title: the chart's own title fits a phone on one line (a second
            # line, or a subtitle, is drawn above the chart's box and cut off there). The height is the
            # whole chart's, legend and axes included (Streamlit fits it): 380 px left a 115 px strip of
            # lines at 1440 and 1920 px wide; 500 px leave about 300 px for them, still within a 900 px screen
            .properties(height=500, title=chart_title(t("pop_trend", lang)))
        ),
        export=trend_meta,
        lang=lang,
    )
if mode == "absolute" and NETHERLANDS.code in refs:
    st.caption(t("pop_abs_note", lang))
common.notice(loaded.problems, lang, population_files, indicator="population")
common.source_caption(source)
common.table_and_download(trend_table, f"twente_population_{mode}.csv", lang, key="pop_trend_dl", meta=trend_meta)

# ---------------------------------------------------------------- 2. growth map
st.subheader(t("pop_growth_map", lang))
years = chartview.view(
    ("population_years",), lambda: sorted(int(y) for y in values[values["indicator"] == "population"]["year"].unique())
)
if len(years) < 2:  # a growth needs two years: say which file lacks them instead of failing
    st.warning(f"**{t('cannot_draw', lang)}**", icon="⚠️")
    common.notice(loaded.problems, lang, population_files, indicator="population")
else:
    c1, c2 = st.columns([1, 3])
    with c1:  # years are plain numbers: Streamlit binds them to ?van= and ?tot= itself
        start = st.selectbox(t("pop_period_start", lang), years[:-1], key=common.url_key("van"), bind="query-params")
    ends = [y for y in years if y > start]
    with c2:
        end = st.select_slider(
            t("pop_period_end", lang), ends, value=ends[-1], key=common.url_key("tot"), bind="query-params"
        )

    def growth_classes():
        every_end = growth_to_each(values, "population", start, ends, list(MUNICIPALITY_CODES))
        return every_end, classify(every_end["change_pct"], "neutral", "diverging")  # fixed over all end years

    def growth_view():
        every_end, _ = chartview.view(("population_growth_classes", start), growth_classes)
        frame = every_end[every_end["end_year"] == end].drop(columns="end_year").reset_index(drop=True)
        frame["name"] = frame["code"].map(names)
        table = frame[["name", "start", "end", "change", "change_pct", "code"]].rename(
            columns={
                "name": t("col_name", lang),
                "code": t("col_code", lang),
                "start": t("jan1", lang, year=start),
                "end": t("jan1", lang, year=end),
                "change": t("col_change", lang),
                "change_pct": t("col_change", lang) + " (%)",
            }
        )
        return frame, table.round({t("col_change", lang) + " (%)": 1})

    every_end, classes = chartview.view(("population_growth_classes", start), growth_classes)
    growth, growth_table = chartview.view(("population_growth_view", start, end, lang), growth_view)
    pct = lambda v: (format_number(v, 1, lang) + " %") if pd.notna(v) else t("no_data", lang)
    title = f"{t('pop_growth_map', lang)} {start}–{end} (%)"
    basemap = mapview.basemap_choice(lang)
    common.layer_notice(lang, cache.municipalities())
    mapview.show_map(
        ("population", lang, basemap),
        lambda: mapview.base_map(lang, basemap, with_parks=False, wheel_zoom=False),
        ("growth", lang, start, end),
        lambda: [mapview.choropleth(growth, population, classes, lang, title, "change_pct", pct)],
        key="population",
        height=480,
        export_base=lambda: mapview.base_map(lang, maps.NO_TILES, with_parks=False),
        export=(
            growth_meta := Meta(
                title,
                f"{t('jan1', lang, year=start)}, {t('jan1', lang, year=end)}",
                source,
                tuple(maps.legend_rows(classes, lang, 1, every_end["change_pct"])),
            )
        ),
        lang=lang,
    )
    mapview.legend_for(
        classes, population, lang, title, growth["change_pct"].isna().any(), decimals=1, values=every_end["change_pct"]
    )
    for year in (start, end):
        common.notice(loaded.problems, lang, indicator="population", year=year, kinds=("missing_rows",))
    st.caption(t("pop_fixed_breaks", lang))
    common.source_caption(source)
    common.table_and_download(
        growth_table, f"twente_population_growth_{start}_{end}.csv", lang, key="pop_growth_dl", meta=growth_meta
    )

# ---------------------------------------------------------------- 3. age structure
st.subheader(t("pop_age", lang))
age = cache.age_sex()
common.notice(age.problems, lang, [display_name(AGE_SEX_FILE)])
if age.ok:
    age_codes = list(dict.fromkeys((chosen or default_areas) + refs_all))

    def age_view():
        shares = age_shares(age.frame)
        shown = shares[shares["code"].isin(age_codes)].copy()
        shown["area"] = shown["code"].map(labels)
        table = wide_by_age(shown, [c for c in age_codes if c in set(shown["code"])], labels)
        table = table.rename(columns={"age_group": f"{t('age_group_col', lang)} · {t('share_pct', lang)}"})
        sexes = sex_split(age.frame, 2024)
        sexes.insert(0, "area", sexes["code"].map(lambda c: labels.get(c, area_name(c, lang))))
        sexes = sexes.rename(
            columns={
                "code": t("col_code", lang),
                "male": t("sex_male", lang),
                "female": t("sex_female", lang),
                "female_pct": t("col_female_pct", lang),
                "area": t("col_name", lang),
            }
        )
        female_pct = t("col_female_pct", lang)
        return shown, list(dict.fromkeys(shares["age_group"])), table.round(1), sexes.round({female_pct: 1})

    show, age_order, age_table, sex_table = chartview.view(("population_age_view", tuple(age_codes), lang), age_view)
    chartview.show(
        ("population_age", tuple(age_codes), lang),
        lambda: (
            alt.Chart(show)
            .mark_bar()
            .encode(
                x=alt.X("age_group:N", sort=age_order, title=capitalised(t("age_group_col", lang))),
                xOffset=alt.XOffset("area:N", sort=[labels[c] for c in age_codes]),
                y=alt.Y("share_pct:Q", title=capitalised(t("share_pct", lang))),
                color=area_colour(
                    "area:N",
                    [c for c in age_codes if c in set(show["code"])],
                    lang,
                    title=None,
                    legend=bottom_legend(),
                ),
                tooltip=[
                    alt.Tooltip("area:N", title=capitalised(t("col_name", lang))),
                    alt.Tooltip("age_group:N", title=capitalised(t("age_group_col", lang))),
                    alt.Tooltip("population:Q", title=t("inhabitants", lang), format=",.0f"),
                    alt.Tooltip("share_pct:Q", title=capitalised(t("share_pct", lang)), format=",.1f"),
                ],
            )
            .properties(height=340, title=chart_title(t("pop_age", lang)))
        ),
        export=(
            age_meta := Meta(
                t("pop_age", lang),
                t("jan1", lang, year=2025),
                t("source_line", lang, publisher="CBS", table="70072ned (2025)", licence="CC BY 4.0"),
            )
        ),
        lang=lang,
    )
    st.caption(t("pop_age_note", lang))
    common.source_caption(t("source_line", lang, publisher="CBS", table="70072ned (2025)", licence="CC BY 4.0"))
    common.table_and_download(age_table, "twente_age_2025.csv", lang, key="pop_age_dl", meta=age_meta)
    st.markdown(f"**{t('pop_sex', lang, year=2024)}**")
    common.table_and_download(
        sex_table,
        "twente_sex_2024.csv",
        lang,
        key="pop_sex_dl",
        expanded=False,
        meta=Meta(
            t("pop_sex", lang, year=2024),
            t("jan1", lang, year=2024),
            t("source_line", lang, publisher="CBS", table="85984NED (2024)", licence="CC BY 4.0"),
        ),
    )
else:
    st.info(t("data_unavailable", lang))

# ---------------------------------------------------------------- 4. households and change
for heading, ids, filename in (
    (
        "pop_households",
        [
            "households",
            "households_one_person",
            "households_multi_person_without_children",
            "households_multi_person_with_children",
            "share_one_person_households",
            "average_household_size",
        ],
        "households_2025",
    ),
    ("pop_change", ["live_births", "deaths", "natural_increase", "net_migration", "population_growth"], "change_2023"),
):
    st.subheader(t(heading, lang))

    def area_view(ids=ids):
        codes = list(MUNICIPALITY_CODES) + refs_all
        frame = area_table(values, ids, codes).rename(columns={i: catalogue[i].title(lang) for i in ids})
        frame.insert(0, t("col_name", lang), [labels[c] for c in codes])
        return frame.reset_index(drop=True)

    def latest_years(ids=ids, codes=codes):
        shown = values[values["indicator"].isin(ids) & values["code"].isin(codes) & values["value"].notna()]
        latest = shown.groupby(["code", "indicator"])["year"].max()  # area_table shows each figure's latest year
        return ", ".join(str(y) for y in sorted(set(latest)))

    frame = chartview.view(("population_table", filename, lang), area_view)
    common.dataframe(frame, lang, filename, static=True)  # six long headers: a grid would cut the last one off
    common.source_caption(catalogue[ids[0]].source_line(lang) + " · " + t("empty_is_no_data", lang))
    years_shown = chartview.view(("population_table_years", filename, tuple(codes)), latest_years)
    meta = Meta(t(heading, lang), years_shown, catalogue[ids[0]].source_line(lang))
    common.downloads(frame, f"twente_{filename}.csv", lang, f"dl_{filename}", meta)

common.show_problems(catalogue_problems + loaded.problems + age.problems, lang)
nav.page_end("population", lang)
