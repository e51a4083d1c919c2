"""The pieces of the municipality profile page (pages/gemeente.py): which municipality the link
names, the district map and table, the key-figures table, the two small charts, print layout."""

from __future__ import annotations

import html

import altair as alt
import folium
import pandas as pd
import streamlit as st

from twente import charts, maps
from twente.charts import bottom_legend
from twente.classify import classify
from twente.districts import DistrictIndicator, district_values, indicators_in, source_line, years
from twente.exports import Meta
from twente.formatting import capitalised, format_number, indicator_title, title_with_unit
from twente.i18n import t
from twente.indicators import Catalogue
from twente.matching import match_municipality, suggestions
from twente.profile import age_structure, key_figures, neighbours_in_order, population_trend
from twente.registry import MUNICIPALITIES, TWENTE_BOUNDS, area_name
from twente.text import escape_markdown
from twente.ui import cache, chartview, common, mapview

KEY = "profile_gemeente"
_SEEN = "_profile_url_value"
_UNMATCHED = "_profile_unmatched"
ORDER = [m.code for m in sorted(MUNICIPALITIES, key=lambda m: m.name)]

# Browser print (A4 portrait): no sidebar, header or controls; columns stacked; maps and
# charts scaled to the page width and never split over two pages.
PRINT_CSS = """
<style>
@media print {
  @page { size: A4 portrait; margin: 12mm; }
  [data-testid="stSidebar"], [data-testid="stHeader"], [data-testid="stToolbar"], [data-testid="stDecoration"],
  [data-testid="stSelectbox"], [data-testid="stButton"], [data-testid="stDownloadButton"],
  [data-testid="stPageLink"], [data-testid="stExpanderToggleIcon"] { display: none !important; }
  .stMainBlockContainer, [data-testid="stMainBlockContainer"] { max-width: 100% !important; padding: 0 !important; }
  [data-testid="stHorizontalBlock"] { flex-wrap: wrap !important; }
  [data-testid="stColumn"] { flex: 1 1 100% !important; width: 100% !important; min-width: 100% !important; }
  iframe, [data-testid="stVegaLiteChart"], [data-testid="stDataFrame"] { max-width: 100% !important;
    break-inside: avoid; page-break-inside: avoid; }
}
</style>
"""


def print_style() -> None:
    st.markdown(PRINT_CSS, unsafe_allow_html=True)


def _go(code: str) -> None:
    st.session_state[KEY] = code
    st.session_state[_UNMATCHED] = ""


def chosen_municipality() -> str | None:
    """The municipality ?gemeente= names (any usual spelling), kept in the chooser's state.
    A value that names none of the 14 is remembered to explain it (see ``chooser``)."""
    raw = st.query_params.get("gemeente", "")
    if KEY not in st.session_state or raw != st.session_state.get(_SEEN):
        matched = match_municipality(raw) if raw else None
        st.session_state[KEY] = matched or ""
        st.session_state[_UNMATCHED] = raw if raw and not matched else ""
    return st.session_state[KEY] or None


def chooser(lang: str) -> str | None:
    """The chooser with previous/next, and a friendly note for a link that names no municipality."""
    unmatched = st.session_state.get(_UNMATCHED, "")
    if unmatched:
        close = [area_name(c, lang) for c in suggestions(unmatched)]
        text = t("profile_unknown", lang, value=unmatched[:60])
        if close:
            text += " " + t("profile_did_you_mean", lang, names=", ".join(close))
        st.warning(escape_markdown(text))
    names = {m.code: m.name for m in MUNICIPALITIES}
    # keyed: on a phone previous and next share a row under the chooser (twente.ui.nav.SCREEN_CSS)
    left, prev_col, next_col = st.container(key="profile_chooser").columns([4, 1, 1], vertical_alignment="bottom")
    with left:
        code = (
            st.selectbox(
                t("municipality", lang),
                [""] + ORDER,
                key=KEY,
                format_func=lambda c: names.get(c, "") if c else t("none_selected", lang),
            )
            or None
        )
    if code:
        previous, following = neighbours_in_order(code)
        prev_col.button(
            f"← {names[previous]}",
            key="profile_prev",
            on_click=_go,
            args=(previous,),
            help=t("profile_previous", lang),
            width="stretch",
        )
        next_col.button(
            f"{names[following]} →",
            key="profile_next",
            on_click=_go,
            args=(following,),
            help=t("profile_next", lang),
            width="stretch",
        )
        st.session_state[_UNMATCHED] = ""
    common.set_url("gemeente", code or (unmatched or None), "")
    st.session_state[_SEEN] = st.query_params.get("gemeente", "")
    return code


# --------------------------------------------------------------------------- headline


def headline(code: str, values: pd.DataFrame, lang: str) -> None:
    trend = chartview.view(("profile_trend_frame", code), lambda: population_trend(values, code))
    wijken = cache.district_shapes(code)["features"]
    c1, c2, c3 = st.container(key="headline").columns(3)  # side by side on a phone too (twente.ui.nav)
    if len(trend):
        last = trend.iloc[-1]
        label = f"{t('inhabitants', lang)} ({t('jan1', lang, year=int(last['year']))})"  # German: 1.1.2025
        c1.metric(label, format_number(last["value"], 0, lang))
    else:
        c1.metric(t("inhabitants", lang), t("no_data", lang))
    c2.metric(t("profile_district_count", lang), len(wijken) if wijken else t("no_data", lang))
    area = values[(values["indicator"] == "land_area") & (values["code"] == code) & values["value"].notna()]
    if len(area):
        latest = area.loc[area["year"].idxmax()]
        c3.metric(
            f"{t('profile_land_area', lang)} ({int(latest['year'])})", f"{format_number(latest['value'], 1, lang)} km²"
        )


# --------------------------------------------------------------------------- districts


def district_section(code: str, lang: str, basemap: str) -> None:
    catalogue, _ = cache.district_catalogue()
    loaded = cache.district_values()
    frame = loaded.frame
    st.subheader(t("profile_districts", lang, name=area_name(code, lang)))
    available = chartview.view(("district_years", code), lambda: years(frame, code) if len(frame) else [])
    missing_2023 = len(frame) and 2023 in _all_years(frame) and 2023 not in available
    if missing_2023:
        st.info(t("profile_no_2023", lang, name=area_name(code, lang)))
    if not available or not catalogue:
        st.warning(t("data_unavailable", lang))
        return
    # The map beside its choosers and table (issue #15): title, choosers, the whole map and its legend
    # fit 1440×900. On a phone the map comes first, under the heading; its choosers follow its legend.
    left, right = st.columns([3, 2], gap="medium")
    year, indicator_id = district_choosers(frame, available, catalogue, lang, right, right, "profile")
    indicator = catalogue[indicator_id]
    with left:
        rows = district_map(code, year, indicator, lang, basemap)
        st.caption(escape_markdown(source_line(year, lang)))
    with right:
        district_table(code, year, indicator, rows, lang)


def _tooltip_value(value, indicator: DistrictIndicator, lang: str) -> str:
    text = format_number(value, indicator.decimals, lang)
    return t("no_data", lang) if text is None else f"{text} {indicator.unit(lang)}"


def _title(indicator: DistrictIndicator, year: int, lang: str) -> str:
    return indicator_title(indicator.title(lang), indicator.unit(lang), year)


@st.cache_resource(max_entries=256, show_spinner=False)
def district_view(year: int, indicator_id: str, municipality: str | None):
    """The wijken's values and, for a non-count, their classes: once per view (do not edit them)."""
    indicator = cache.district_catalogue()[0][indicator_id]
    rows = district_values(cache.district_values().frame, year, indicator_id, municipality)
    classes = None if indicator.is_count else classify(rows["value"], indicator.direction, indicator.scale)
    return rows, classes


def districts_map(
    municipality: str | None,
    year: int,
    indicator: DistrictIndicator,
    lang: str,
    base_key: tuple,
    build_base,
    key: str,
    height: int,
    more_layers=lambda: [],
) -> pd.DataFrame:
    """The one district map (a municipality's wijken on the profile, all 127 on the overview):
    ``mapview.value_layers`` on the wijken (a choropleth, or circles for a count), the map, its
    legend. ``more_layers()`` are drawn over the wijken. Returns the rows shown."""
    rows, classes = district_view(year, indicator.id, municipality)
    shapes = cache.district_shapes(municipality)
    title = _title(indicator, year, lang)
    max_radius = 24.0 if municipality else 17.0  # 127 wijken on one map: smaller circles, fewer overlaps

    def build_groups() -> list[folium.FeatureGroup]:
        # For a count on the region map the municipal borders are drawn instead of 127 pale wijken
        # (payload); a single municipality's wijken are drawn in full.
        outlines = cache.municipality_shapes() if municipality is None and indicator.is_count else None
        layers = mapview.value_layers(
            rows,
            indicator,
            classes,
            lang,
            title,
            value_text=lambda v: _tooltip_value(v, indicator, lang),
            shapes=shapes,
            points=cache.district_points(),
            area_label=t("district", lang),
            class_name="twente-district",
            outlines=outlines,
            max_radius=max_radius,
        )
        return layers + list(more_layers())

    mapview.show_map(
        base_key,
        build_base,
        ("districts", municipality, year, indicator.id, lang),
        build_groups,
        key=key,
        height=height,
        returned=["last_clicked"],
    )
    every_wijk = rows.set_index("code")["value"].reindex([f["properties"]["code"] for f in shapes["features"]])
    mapview.value_legend(every_wijk, indicator, classes, lang, title, max_radius=max_radius)  # no row: no data
    return rows


def district_map(code: str, year: int, indicator: DistrictIndicator, lang: str, basemap: str) -> pd.DataFrame:
    """One municipality's wijken, its border, greyed neighbours, parks and nature areas."""
    outline, bounds = cache.municipality_outline(code)

    def build_base() -> folium.Map:
        m = maps.folium_map(
            basemap, lang, bounds=_padded(bounds) if bounds else TWENTE_BOUNDS.corners(), wheel_zoom=False
        )
        maps.outline_group(
            cache.context_shapes(code),
            t("profile_context", lang),
            {"color": "#8a8a8a", "weight": 1, "fillColor": "#c8c8c8", "fillOpacity": 0.55},
            class_name="twente-context",
            tooltip_label=t("municipality", lang),
        ).add_to(m)
        parks = cache.parks()
        if parks.ok:
            maps.parks_group(parks.frame, lang, t("layer_parks", lang), mapview.park_labels(lang)).add_to(m)
        return m

    def border_and_nature() -> list[folium.FeatureGroup]:
        border = maps.outline_group(
            outline,
            area_name(code, lang),
            {"color": "#111111", "weight": 3, "fill": False},
            class_name="twente-outline",
        )
        return [border, nature_group(code, lang)]

    rows = districts_map(
        code, year, indicator, lang, ("profile", code, lang, basemap), build_base, "profile_map", 440, border_and_nature
    )
    st.caption(t("profile_map_hint", lang))
    return rows


def _padded(bounds: list[list[float]], share: float = 0.06) -> list[list[float]]:
    """The bounds widened a little on every side, so the border is not drawn on the map's edge."""
    (s, w), (n, e) = bounds
    dy, dx = (n - s) * share, (e - w) * share
    return [[s - dy, w - dx], [n + dy, e + dx]]


def nature_group(code: str, lang: str) -> folium.FeatureGroup:
    """Natura 2000 areas in or within 2 km of the municipality, drawn over the wijken."""
    group = folium.FeatureGroup(name=t("layer_nature", lang), control=False)
    shapes = cache.nature_shapes()
    for name in cache.nature_near(code):
        if name in shapes:
            folium.GeoJson(
                shapes[name].__geo_interface__,
                tooltip=html.escape(f"{name} · Natura 2000"),
                style_function=lambda f: {
                    "color": "#1b7837",
                    "weight": 1.5,
                    "dashArray": "5 3",
                    "fillColor": "#5aae61",
                    "fillOpacity": 0.25,
                },
            ).add_to(group)
    return group


def district_table(code: str, year: int, indicator: DistrictIndicator, rows: pd.DataFrame, lang: str) -> None:
    table = chartview.view(  # once per view: a new frame on every run was hashed again on every run
        ("profile_district_table", code, year, indicator.id, lang),
        lambda: pd.DataFrame(
            {
                t("col_code", lang): rows["code"],
                t("district", lang): rows["name"],
                t("col_year", lang): year,
                indicator.title(lang): rows["value"],
                t("col_unit", lang): indicator.unit(lang),
                t("col_source", lang): source_line(year, lang),
            }
        ),
    )
    meta = Meta(f"{area_name(code, lang)}: {_title(indicator, year, lang)}", str(year), source_line(year, lang))
    common.table_and_download(
        table, f"wijken_{code}_{indicator.id}_{year}.csv", lang, key="profile_district_download", meta=meta
    )


# --------------------------------------------------------------------------- key figures


def _versus_text(status, difference, decimals: int, reference: str, lang: str) -> str:
    if not isinstance(status, str):
        return ""
    if status == "similar":
        return t("profile_similar", lang, ref=reference)
    word = {
        "higher": t("profile_higher", lang, ref=reference),
        "lower": t("profile_lower", lang, ref=reference),
        "equal": t("profile_equal", lang, ref=reference),
    }[status]
    if difference is None or pd.isna(difference) or status == "equal":
        return word
    sign = "+" if difference > 0 else "−"
    return f"{word} ({sign}{format_number(abs(difference), decimals, lang)})"


def _why_not_compared(reference, indicator, name: str, lang: str) -> str:
    """Why a comparison cell has no comparison: the data have no figure for the area compared with
    (none is made up), or the figure is a count, which is not compared with a larger area's."""
    if reference is None or pd.isna(reference):
        return t("profile_no_reference", lang, ref=name)
    if indicator.aggregate == "sum":
        return t("profile_count_not_compared", lang)
    return ""


def key_figures_section(code: str, values: pd.DataFrame, catalogue: Catalogue, lang: str) -> None:
    st.subheader(t("profile_key_figures", lang))
    table = key_table(code, lang, values, catalogue)
    if table.empty:
        st.info(t("no_data", lang))
        return
    st.caption(t("profile_key_figures_help", lang))
    # A plain table whose text wraps: every column in view at 1440 and 1920 px without scrolling sideways
    # (a grid's cells do not wrap, and eight columns of words did not fit); on a phone it is swiped
    # sideways beside the indicator, which stays in view. The downloads keep every column as it is.
    shown = chartview.view(("profile_key_shown", code, lang), lambda: key_table_shown(table, lang))
    common.dataframe(shown, lang, "profile_key", static=True, wrap=True)
    meta = Meta(
        f"{area_name(code, lang)}: {t('profile_key_figures', lang)}",
        t("export_date_in_table", lang),
        t("profile_key_sources", lang) + " · CC BY 4.0",
    )
    common.downloads(table, f"profiel_{code}.csv", lang, "profile_key_download", meta)
    common.source_caption(t("profile_key_sources", lang))


def key_table_shown(table: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The key figures as the page shows them: the unit with the indicator ('Bevolkingsdichtheid
    (inwoners per km²)'), the year beside the value it belongs to, the rank as '3 van 14' ('geen rang'
    where a survey figure's interval holds the region's value), the domain left to the downloads."""
    indicator, year = t("indicator", lang), t("col_year", lang)
    rank, of = t("rank", lang), t("profile_rank_of", lang)
    out = pd.DataFrame({indicator: table.attrs["shown_indicator"]})
    # 'geen gegevens' on one line: two lines in each figure's cell doubled the rows' height
    missing = t("no_data", lang)
    whole = {missing: missing.replace(" ", "\u00a0")}
    out[table.columns[1]] = table[table.columns[1]].replace(whole)
    out[year] = table[year]
    for column in table.columns[2:6]:
        out[column] = table[column].replace(whole) if column in table.columns[2:4] else table[column]
    out[rank] = [
        t("rank_of", lang, rank=int(r), n=int(n)) if pd.notna(r) else t("profile_no_rank", lang)
        for r, n in zip(table[rank], table[of])
    ]
    return out


@st.cache_resource(max_entries=64, show_spinner=False)
def key_table(code: str, lang: str, _values: pd.DataFrame, _catalogue: Catalogue) -> pd.DataFrame:
    """The key-figures table as shown, built once per municipality and language (do not edit it).
    Values are text with each indicator's decimals and 'no data' where the source has none
    (Streamlit would show an empty number cell as 'None'); rank stays a number to sort by."""
    values, catalogue = _values, _catalogue
    figures = key_figures(values, catalogue, code)
    region_name = {"TWENTE": area_name("TWENTE", lang), "GGD_TWENTE": area_name("GGD_TWENTE", lang)}
    nl = area_name("NL01", lang)
    out, shown_indicator = [], []
    for _, r in figures.iterrows():
        ind = catalogue[r["indicator"]]
        shown_indicator.append(title_with_unit(ind.title(lang), ind.unit(lang), r["group_label"] or ""))
        ref = region_name.get(r["region_code"], area_name("TWENTE", lang))
        versus = _versus_text(r["versus_region"], r["difference_region"], ind.decimals, ref, lang)
        if pd.notna(r["share_of_region"]):
            versus = t("profile_share_of", lang, share=format_number(r["share_of_region"], 1, lang), ref=ref)
        versus = versus or _why_not_compared(r["region"], ind, ref, lang)
        versus_nl = _versus_text(r["versus_nl"], r["difference_nl"], ind.decimals, nl, lang)
        shown = {k: format_number(r[k], ind.decimals, lang) or t("no_data", lang) for k in ("value", "region", "nl")}
        out.append(
            {
                t("indicator", lang): ind.title(lang) + (f" ({r['group_label']})" if r["group_label"] else ""),
                area_name(code, lang): shown["value"],
                t("profile_region", lang): shown["region"],
                nl: shown["nl"],
                t("profile_versus_region", lang): versus,
                t("profile_versus_nl", lang): versus_nl or _why_not_compared(r["nl"], ind, nl, lang),
                t("rank", lang): r["rank"],
                t("profile_rank_of", lang): int(r["ranked"]),
                t("col_unit", lang): ind.unit(lang),
                t("col_year", lang): int(r["year"]),
                t("domain", lang): t("domain_" + ind.domain, lang),
            }
        )
    table = pd.DataFrame(out)
    if len(table):
        table[t("rank", lang)] = table[t("rank", lang)].astype("Int64")
    table.attrs["shown_indicator"] = shown_indicator  # with its unit and group, for the page (key_table_shown)
    return table


# --------------------------------------------------------------------------- charts


def charts_section(code: str, values: pd.DataFrame, lang: str) -> None:
    left, right = st.columns(2, gap="medium")
    with left:
        st.markdown(f"**{escape_markdown(t('profile_trend', lang))}**")
        trend = chartview.view(("profile_trend_frame", code), lambda: population_trend(values, code))
        if trend.empty:
            st.info(t("no_data", lang))
        else:
            chartview.show(("profile_trend", code, lang), lambda: _trend_chart(trend, lang))
            common.source_caption(t("source_cbs", lang))
    with right:
        ages = _ages(code)
        st.markdown(f"**{escape_markdown(t('profile_ages', lang, year=ages.attrs.get('year', '')))}**")
        if ages.empty:
            st.info(t("no_data", lang))
        else:
            chartview.show(("profile_ages", code, lang), lambda: _age_chart(ages, code, lang))
            common.source_caption(t("source_cbs", lang))


@st.cache_resource(max_entries=64, show_spinner=False)
def _ages(code: str) -> pd.DataFrame:
    return age_structure(cache.age_sex().frame, code)


def _trend_chart(trend: pd.DataFrame, lang: str):
    return (
        alt.Chart(trend.assign(year=trend["year"].astype(str)))
        .mark_line(point=True)
        .encode(
            # 'Jaar' with a capital and the years level (on a phone the rotated years pushed the title's
            # 'j' below the chart's box: 'iaar'); every other year where they do not fit
            x=alt.X(
                "year:O",
                title=capitalised(t("col_year", lang)),
                axis=alt.Axis(labelAngle=0, labelOverlap="parity", labelPadding=4),
            ),
            y=alt.Y("value:Q", title=capitalised(t("inhabitants", lang)), scale=alt.Scale(zero=False)),
            tooltip=[
                alt.Tooltip("year:O", title=t("col_year", lang)),
                alt.Tooltip("value:Q", title=t("inhabitants", lang), format=",.0f"),
            ],
        )
        .properties(height=220)
    )


def _age_chart(ages: pd.DataFrame, code: str, lang: str):
    # each area's own colour, as in every chart (``charts.area_colour``); a name opens with a capital
    frame = ages.assign(area_name=[charts.area_label(a, lang) for a in ages["area"]])
    order = list(dict.fromkeys(frame.sort_values("start")["age_group"]))
    codes = [a for a in (code, "TWENTE", "NL01") if a in set(frame["area"])]
    mine = frame[frame["area"] == code]
    others = frame[frame["area"] != code]
    y = alt.Y("age_group:N", sort=order, title=t("age_group", lang))
    tooltip = [
        alt.Tooltip("area_name:N", title=t("municipality", lang)),
        alt.Tooltip("age_group:N", title=t("age_group", lang)),
        alt.Tooltip("share:Q", title="%", format=".1f"),
        alt.Tooltip("population:Q", title=t("inhabitants", lang), format=",.0f"),
    ]
    colour = charts.area_colour("area_name:N", codes, lang, title=None, legend=bottom_legend())
    bars = (
        alt.Chart(mine)
        .mark_bar(opacity=0.85)
        .encode(y=y, x=alt.X("share:Q", title=t("profile_share_pct", lang)), color=colour, tooltip=tooltip)
    )
    ticks = alt.Chart(others).mark_tick(thickness=3, size=16).encode(y=y, x="share:Q", color=colour, tooltip=tooltip)
    return (bars + ticks).properties(height=240)


# --------------------------------------------------------------------------- the overview's wijken option

LEVELS = ("gemeenten", "wijken")


def level_choice(lang: str) -> str:
    """Municipalities or wijken on the overview map, kept in ?niveau=."""
    labels = {"gemeenten": t("level_gemeenten", lang), "wijken": t("level_wijken", lang)}
    return common.url_chooser(
        st.sidebar.radio,
        t("level", lang),
        "niveau",
        LEVELS,
        "gemeenten",
        "ov_level",
        horizontal=True,
        format_func=labels.get,
    )


def _all_years(frame: pd.DataFrame) -> list[int]:
    """The years of the district values (``cache.district_values``), once per loaded file."""
    return chartview.view(("district_years", None), lambda: years(frame))


def district_choosers(frame, available: list[int], catalogue, lang: str, left, right, prefix: str) -> tuple[int, str]:
    """Year and district indicator, kept in ?wijkjaar= and ?wijkindicator= (share of 65+ by default)."""
    years_text = [str(y) for y in available]  # the URL holds text
    year = int(
        common.url_chooser(left.selectbox, t("year", lang), "wijkjaar", years_text, years_text[0], f"{prefix}_year")
    )
    options = chartview.view(("district_indicators", year), lambda: indicators_in(frame, year, catalogue))
    default = "share_65_plus" if "share_65_plus" in options else options[0]
    indicator_id = common.url_chooser(
        right.selectbox,
        t("indicator", lang),
        "wijkindicator",
        options,
        default,
        f"{prefix}_indicator",
        format_func=lambda i: catalogue[i].title(lang),
    )
    return year, indicator_id


def all_districts(lang: str, basemap: str) -> None:
    """The 127 wijken of Twente coloured (or circled) by one district indicator, with the
    municipal borders drawn over them, legend, source line and table."""
    catalogue, _ = cache.district_catalogue()
    frame = cache.district_values().frame
    available = _all_years(frame) if len(frame) else []
    if not available or not catalogue:
        st.warning(t("data_unavailable", lang))
        return
    # The map beside its choosers, note and table: title, choosers, the whole map and its legend fit 1440×900.
    left, right = st.columns([3, 2], gap="medium")
    year, indicator_id = district_choosers(frame, available, catalogue, lang, right, right, "ov_district")
    indicator = catalogue[indicator_id]
    if year == 2023:
        right.info(t("districts_2023_note", lang))
    # No separate municipal borders over a choropleth: they would cost about 20 KB more; the base map
    # names the municipalities and each wijk's tooltip does too.
    with left:
        rows = districts_map(
            None,
            year,
            indicator,
            lang,
            ("overview", lang, basemap, True),
            lambda: mapview.base_map(lang, basemap),
            "overview_districts",
            460,
        )
        st.caption(escape_markdown(source_line(year, lang)))
    names = {m.code: m.name for m in MUNICIPALITIES}
    table = pd.DataFrame(
        {
            t("col_code", lang): rows["code"],
            t("district", lang): rows["name"],
            t("municipality", lang): [names.get(c, c) for c in rows["municipality_code"]],
            t("col_year", lang): year,
            indicator.title(lang): rows["value"],
            t("col_unit", lang): indicator.unit(lang),
            t("col_source", lang): source_line(year, lang),
        }
    )
    meta = Meta(_title(indicator, year, lang), str(year), source_line(year, lang))
    with right:
        common.table_and_download(
            table, f"wijken_twente_{indicator.id}_{year}.csv", lang, key="ov_district_download", meta=meta
        )
