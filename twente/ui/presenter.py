"""Presenter mode: one storyboard slide filling a 1920×1080 projector.

A slide is a title with the slide counter, the view's map or chart on the left and the slide's
text (>= 28 px), legend and source line on the right; a map's legend says what the map draws
(circles at the map's sizes for a count, the colour classes otherwise). On a health or living
slide the ranking takes the right column and the map's legend and source line go under the map. The maps have no basemap: presenter mode
makes no request outside the app. The sidebar, toolbar and menu are hidden on this page only;
the next/previous buttons answer the keys a presenter's clicker sends (arrows, Page Up/Down)."""

from __future__ import annotations

import functools
import html
from urllib.parse import urlencode

import altair as alt
import pandas as pd
import streamlit as st
from branca.element import Element, MacroElement
from jinja2 import Template

from twente import charts, maps, storyboard
from twente.classify import NO_DATA_COLOUR, classify
from twente.formatting import format_number, format_value, title_with_year, unit_kept_with_number
from twente.i18n import data_language, localized, t
from twente.indicators import growth_to_each, series, with_growth, with_index
from twente.registry import MUNICIPALITY_CODES, area_name
from twente.storyboard import Slide, Storyboard
from twente.ui import cache, chartview, compare, mapview, panels, recreation

VISUAL_HEIGHT = 800  # px: with the title row, inside 1080 px without scrolling
RANKED_MAP_HEIGHT = 680  # px: a map with its colour legend under it (the ranking has the right column)
TITLE_ROW = 136  # px: the slide's title on one line above the map, and a margin under its frame
UNDER_MAP = 310  # px: under a ranked map, its legend (two title lines), the source line, a German note
RANKING_LEGEND = 54  # px: on a lower screen, under a ranked map's legend, the ranking's legend (see style)
MAX_RADIUS = 24.0  # px: the largest circle of a count, on the map and in its legend
NO_TILES = maps.NO_TILES


@st.cache_resource(show_spinner=False)
def load_storyboard() -> Storyboard:
    catalogue, _ = cache.catalogue()
    domains = {i: catalogue[i].domain for i in catalogue.ids()}
    population = sorted(cache.data_index().get("population", {}))
    return storyboard.load(cache.data_index(), domains, population)


def style(contrast: bool) -> None:
    """The page's own CSS: no chrome, big type, the buttons out of sight but usable."""
    ink = "#000" if contrast else "#1f2933"
    weight = 600 if contrast else 400
    st.html(f"""<style>
[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"], [data-testid="stHeader"],
[data-testid="stToolbar"], [data-testid="stDecoration"], [data-testid="stStatusWidget"], header {{ display: none !important; }}
[data-testid="stMainBlockContainer"], .block-container {{ padding: 12px 32px 0 32px !important; max-width: 100% !important; }}
[data-testid="stMain"] {{ background: #fff; }}
h1 {{ font-size: 56px !important; line-height: 1.15 !important; margin: 0 160px 8px 0 !important; padding: 0 !important;
  color: {ink} !important; font-weight: 700 !important; }}
.slide-counter {{ position: fixed; top: 18px; right: 36px; z-index: 10; font-size: 28px; color: {ink}; white-space: nowrap;
  font-weight: {weight}; }}
.slide-counter .step {{ display: inline-block; padding: 0 14px; color: {"#000" if contrast else "#7b8794"};
  text-decoration: none; }}
.slide-counter a.step:hover, .slide-counter a.step:focus {{ color: #000; text-decoration: underline; }}
.slide-counter .step.off {{ visibility: hidden; }}
.slide-text {{ font-size: 32px; line-height: 1.35; color: {ink}; font-weight: {weight}; }}
.slide-small {{ font-size: 22px; line-height: 1.35; color: {"#000" if contrast else "#404b57"}; margin-top: 12px; }}
.slide-legend {{ font-size: 28px; line-height: 1.4; color: {ink}; margin-top: 12px; font-weight: {weight}; }}
.slide-legend .title {{ font-weight: 700; }}
.slide-legend .note {{ font-size: 24px; color: {"#000" if contrast else "#404b57"}; margin: 2px 0 6px 0; }}
.slide-legend .sw {{ display: inline-block; width: 40px; height: 28px; border: 1px solid #333; margin-right: 12px;
  vertical-align: middle; flex: none; }}
.slide-legend .row {{ display: flex; align-items: center; margin: 2px 0; }}
.slide-legend.across .rows {{ display: flex; flex-wrap: wrap; column-gap: 28px; }}
.slide-legend .circles {{ display: flex; align-items: center; flex-wrap: wrap; column-gap: 28px; }}
.slide-legend .circle {{ display: inline-block; border-radius: 50%; margin-right: 10px; flex: none; opacity: .7; }}
.slide-legend .shape {{ display: inline-block; width: 40px; margin-right: 12px; text-align: center; flex: none; }}
.slide-legend .nodata {{ font: 600 18px sans-serif; border: 1px dashed #555; padding: 0 4px; margin-right: 12px; }}
.slide-figures {{ font-size: 28px; line-height: 1.45; color: {ink}; margin-top: 12px; border-collapse: collapse; }}
.slide-figures td {{ padding: 2px 18px 2px 0; }} .slide-figures td.v {{ font-weight: 700; text-align: right; }}
.slide-problems {{ font-size: 20px; color: #8c2d04; margin-top: 24px; }}
/* On a laptop's lower screen (1440×900) the notes and legends a size smaller, so that they fit under the map */
/* A legend made for one height of screen (the ranking's, beside the chart or under the map's legend) */
.slide-legend.low-screen {{ display: none; }}
@media (max-height: 1000px) and (min-width: 641px) {{
  .slide-small, .slide-legend .note {{ font-size: 18px; }}
  .slide-small {{ margin-top: 6px; line-height: 1.3; }}
  .slide-legend {{ font-size: 24px; line-height: 1.25; }}
  .slide-legend .sw {{ height: 24px; }}
  /* the ranking beside a map on the same screen: the words a size smaller, its legend under the map's */
  .slide-text {{ font-size: 26px; }}
  .slide-legend.low-screen {{ display: block; font-size: 18px; margin-top: 0; }}
  .slide-legend.tall-screen {{ display: none; }}
  /* under a ranked map (its legend across): the classes a size smaller, so that the map keeps 400 px */
  .slide-legend.across {{ font-size: 20px; margin-top: 4px; }}
  .slide-legend.across .sw {{ width: 32px; height: 22px; margin-right: 8px; }}
  .slide-legend.across .rows {{ column-gap: 20px; }}
  /* a municipality's key figures under the text and legend: a size smaller, so that the last one fits */
  .slide-figures {{ font-size: 22px; line-height: 1.3; margin-top: 8px; }}
}}
/* Made for a projector; on a phone the same slide in smaller type, words kept whole. */
@media (max-width: 640px) {{
  [data-testid="stMainBlockContainer"], .block-container {{ padding: 8px 12px 0 12px !important; }}
  h1 {{ font-size: 30px !important; margin-right: 96px !important; overflow-wrap: normal !important;
    word-break: normal !important; hyphens: manual !important; }}
  .slide-counter {{ top: 10px; right: 12px; font-size: 20px; }}
  .slide-counter .step {{ padding: 0 6px; }}
  .slide-text, .slide-figures, .slide-legend {{ font-size: 20px; }}
  .slide-small, .slide-legend .note {{ font-size: 16px; }}
}}
/* The map is to look at: clicks and keys stay with the page, where the clicker's keys are heard. */
iframe {{ pointer-events: none; }}
/* The next/previous buttons: hidden from sight, still there for the keyboard. */
.st-key-dia_prev, .st-key-dia_next, .st-key-dia_prev_page, .st-key-dia_next_page {{
  position: absolute !important; width: 1px !important; min-width: 0 !important; max-width: 1px !important;
  height: 1px !important; overflow: hidden !important;
  clip: rect(0 0 0 0) !important; white-space: nowrap !important; margin: -1px !important; }}
</style>""")


def chart_style(contrast: bool) -> dict:
    ink = "#000000" if contrast else "#1f2933"
    weight = "bold" if contrast else "normal"
    return {
        "axis": {
            "labelFontSize": 22,
            "titleFontSize": 22,
            "labelColor": ink,
            "titleColor": ink,
            "labelLimit": 400,
            "labelFontWeight": weight,
        },
        "legend": {
            "labelFontSize": 22,
            "titleFontSize": 22,
            "labelColor": ink,
            "symbolSize": 220,
            "labelLimit": 500,
            "titleLimit": 560,
        },
        "title": {"fontSize": 26, "color": ink},
        "text": {"fontSize": 20},
        "view": {"stroke": None},
    }


def _ranking_style(contrast: bool) -> dict:
    """The ranking beside a map: its legend's long lines ('significantly higher than GGD Twente
    (region)') in a smaller size and never cut (at the projector's type size they ran out of the
    column)."""
    style = chart_style(contrast)
    style["legend"] = {**style["legend"], "labelFontSize": 15, "titleFontSize": 15, "labelLimit": 0, "titleLimit": 0}
    return style


def _map_css(contrast: bool) -> Element:
    """The slide map's own style (inside its frame). The map fills its frame, whose height the page
    sets to fit the screen (``_map``); on a phone the names are smaller, so that they stand apart
    (at 22 px 'Hengelo' and 'Losser' ran together)."""
    return Element(
        "<style>.gm-label{font-size:22px !important;font-weight:700;color:#000}"
        f"path.twente-municipality{{stroke-width:{2.5 if contrast else 1.5}px}}"
        ".leaflet-control-zoom,.leaflet-control-layers{display:none}"
        ".park-marker{transform:scale(1.5)}.leaflet-container{background:#fff}"
        "#map_div{height:100vh !important}"
        "@media (max-width:520px){.gm-label{font-size:13px !important}.park-marker{transform:none}}</style>"
    )


class _PlaceNamesAgain(MacroElement):
    """The names placed once more (``maps.MapManners`` places them on 'viewreset') when the page and its
    fonts have loaded: the slide's map has its final size from the start (``_map``), so no resize places
    them again, and placed while the first slide loaded they were all hidden in one load of four."""

    _template = Template(
        """{% macro script(this, kwargs) %}
(function(m){var again=function(){m.invalidateSize();m.fire("viewreset");};
if(document.fonts){document.fonts.ready.then(again);}window.addEventListener("load",again);
setTimeout(again,600);})({{ this._parent.get_name() }});
{% endmacro %}"""
    )


def _base(lang: str, contrast: bool, with_parks: bool):
    m = mapview.base_map(lang, NO_TILES, with_parks=with_parks, wheel_zoom=False)
    m.get_root().header.add_child(_map_css(contrast))
    _PlaceNamesAgain().add_to(m)
    return m


def _map(
    key: tuple,
    build_groups,
    lang: str,
    contrast: bool,
    with_parks: bool = False,
    height: int = VISUAL_HEIGHT,
    below: int = 0,
    below_low: int = 0,
) -> None:
    """The slide's map, ``height`` px on a 1080 px projector. On a lower screen (a 1440×900 laptop) it
    is as high as the screen leaves under the title and above the ``below`` px the slide shows under
    the map (a legend, the source line), so that its scale bar and credit line, and what is under it,
    stay on the screen. On a phone, where the slide's columns are stacked, it is about as high as it is
    wide. The map is fitted to Twente again when its size changes (``maps.FitView``). ``below_low``: px
    more under the map on a lower screen only (the ranking's legend, see ``_significance_legend``)."""
    frame = "iframe[title='streamlit_folium.st_folium']"
    low = (
        f"@media (max-height:1000px) and (min-width:641px){{{frame}{{"
        f"height:max(260px,calc(100vh - {TITLE_ROW + below + below_low}px)) !important}}}}"
    )
    st.html(
        f"<style>{frame}{{height:min({height}px,max(260px,calc(100vh - {TITLE_ROW + below}px))) !important}}"
        + (low if below_low else "")
        + f"@media (max-width:640px){{{frame}{{height:min({height}px,92vw) !important}}}}</style>"
    )
    mapview.show_map(
        ("presenter", lang, contrast, with_parks),
        lambda: _base(lang, contrast, with_parks),
        ("presenter",) + key,
        build_groups,
        key="presenter_map",
        height=height,
        returned=[],
    )


def _legend_html(
    title: str, items: list[str], lang: str, note: str = "", across: bool = False, screen: str = ""
) -> None:
    """A legend in the slide's type (>= 28 px on a projector, a size smaller on a lower screen): its
    title, an optional note, then its items.
    ``screen``: 'low' or 'tall' for a legend shown only on a lower (<= 1000 px) or a taller screen."""
    note_html = f"<div class='note'>{html.escape(note)}</div>" if note else ""
    kinds = (" across" if across else "") + (f" {screen}-screen" if screen else "")
    st.html(
        f"<div class='slide-legend{kinds}' role='group' "
        f"aria-label='{html.escape(t('legend', lang))}'><div class='title'>{html.escape(title)}</div>"
        f"{note_html}<div class='rows'>{''.join(items)}</div></div>"
    )


def _swatch_row(colour: str, label: str, dashed: bool = False) -> str:
    border = ";border-style:dashed" if dashed else ""
    return (
        f"<div class='row'><span class='sw' style='background:{html.escape(colour)}{border}'></span>"
        f"{html.escape(label)}</div>"
    )


def _legend(rows: list[tuple[str, str]], title: str, missing: bool, lang: str, across: bool = False) -> None:
    """The colour classes of a choropleth: one swatch per class, as the map shows it (its areas are
    see-through over the slide's white map)."""
    seen = functools.partial(maps.as_drawn, background="#ffffff")
    items = [_swatch_row(seen(c), label) for c, label in rows]
    if missing:
        items.append(_swatch_row(seen(NO_DATA_COLOUR), t("legend_no_data", lang), dashed=True))
    _legend_html(title, items, lang, across=across)


def _circle_legend(values: pd.Series, indicator, lang: str, title: str, max_radius: float = MAX_RADIUS) -> None:
    """The circles of a count as the slide's map draws them (``mapview.value_layers``: area ~ value,
    the largest ``max_radius`` px on the map, the same pixels here), each with its amount."""
    finite = pd.to_numeric(values, errors="coerce").dropna()
    largest = float(finite.abs().max()) if len(finite) else 0.0
    d = indicator.decimals
    items = []
    for amount in maps.nice_amounts(largest):
        size = 2 * maps.circle_radius(amount, largest, max_radius)
        text = format_number(amount, d if abs(amount) < 10 else 0, lang) or ""
        items.append(
            f"<span class='row'><span class='circle' style='width:{size:.1f}px;height:{size:.1f}px;"
            f"background:{maps.CIRCLE_COLOUR}'></span>{html.escape(text)}</span>"
        )
    if (finite == 0).any():
        items.append(
            "<span class='row'><span class='circle' style='width:6px;height:6px;border:1px solid #333;opacity:1'>"
            f"</span>{html.escape(t('circle_zero', lang))}</span>"
        )
    note = t("circle_legend", lang) + (" " + t("circle_sign", lang) if (finite < 0).any() else "")
    rows = [f"<div class='circles'>{''.join(items)}</div>"]
    if finite.size < values.size:
        rows.append(
            f"<div class='row'><span class='nodata' style='background:{NO_DATA_COLOUR}'>"
            f"{html.escape(t('no_data_mark', lang))}</span>{html.escape(t('legend_no_data', lang))}</div>"
        )
    _legend_html(title, rows, lang, note=note)


def _map_legend(values: pd.Series, indicator, classes, lang: str, title: str, across: bool = False) -> None:
    """The legend of a slide's indicator map: circles for a count, colour classes otherwise (the
    rule of ``mapview.value_layers``, which drew the map)."""
    if maps.is_count(indicator):
        _circle_legend(values, indicator, lang, title)
    else:
        rows = maps.legend_rows(classes, lang, indicator.decimals, values)
        _legend(rows, title, bool(values.isna().any()), lang, across=across)


def _significance_legend(view, lang: str, screen: str = "") -> None:
    """What the ranking's colours and shapes mean, in the slide's type (the chart's own legend is
    left out: at a projector's size Vega cut its title and lines). ``screen``: see ``_legend_html``."""
    frame = view.frame[view.frame["value"].notna()]
    colours = compare.charts.status_colours(view.pick.indicator.direction)
    marks = {"higher": "▲", "lower": "▼", "similar": "●", None: "●"}
    present = [k for k in ("higher", "lower", "similar") if (frame["significance"] == k).any()]
    items = [
        f"<div class='row'><span class='shape' style='color:{colours[k]}' aria-hidden='true'>{marks[k]}</span>"
        f"{html.escape(compare.charts.status_label(k, view.reference_name, lang))}</div>"
        for k in present
    ]
    _legend_html(t("comparison_with", lang, ref=view.reference_name), items, lang, screen=screen)


def _without_legend(chart):
    """The chart without its colour legend (the slide draws it in HTML, see ``_significance_legend``)."""
    for layer in getattr(chart, "layer", []):
        encoding = getattr(layer, "encoding", None)
        for channel, kind in (("color", alt.Color), ("shape", alt.Shape)):
            found = getattr(encoding, channel, alt.Undefined)
            if isinstance(found, kind):  # a field's colours or shapes (a fixed one has no legend)
                setattr(encoding, channel, found.legend(None))
    return chart


def _text(text: str) -> None:
    """The slide's words, a number and its unit kept on one line ('(59,5 %)' broke before the '%')."""
    st.html(f"<div class='slide-text'>{html.escape(unit_kept_with_number(text))}</div>")


def _small(text: str) -> None:
    st.html(f"<div class='slide-small'>{html.escape(text)}</div>")


def header(slide: Slide, position: int, count: int, lang: str, params: dict[str, str]) -> None:
    """The title and the slide counter; the counter's ‹ and › are links to the previous and next
    slide, for a presenter with a mouse (the keys are the clicker's: arrows, Page Up/Down).
    ``params``: the presenter's own URL parameters (language, contrast) that the links keep."""
    st.title(slide.title(lang), anchor=False)
    counter = html.escape(t("presenter_counter", lang, n=position, count=count))
    st.html(
        f"<nav class='slide-counter' aria-label='{html.escape(t('presenter_slides', lang))}'>"
        f"{_step_link(position - 1, count, '‹', t('presenter_prev', lang), params)}"
        f"<span aria-live='polite'>{counter}</span>"
        f"{_step_link(position + 1, count, '›', t('presenter_next', lang), params)}</nav>"
    )


def _step_link(target: int, count: int, sign: str, label: str, params: dict[str, str]) -> str:
    if not 1 <= target <= count:
        return f"<span class='step off' aria-hidden='true'>{sign}</span>"
    query = urlencode({**params, "dia": target})
    return f"<a class='step' href='?{html.escape(query)}' target='_self' aria-label='{html.escape(label)}'>{sign}</a>"


def show(slide: Slide, lang: str, contrast: bool) -> None:
    """The slide's view: one visual on the left, the words on the right."""
    left, right = st.columns([3, 2], gap="large")
    kind = slide.view.kind
    room = right  # the column with room for the source line and notes
    if kind == "indicator":
        room = _indicator(slide, lang, contrast, left, right)
    elif kind == "trend":
        _trend(slide, lang, contrast, left, right)
    elif kind == "growth":
        _growth(slide, lang, contrast, left, right)
    else:
        _parks(slide, lang, contrast, left, right)
    if data_language(lang) != lang:  # German: the indicator names and units are the sources' Dutch
        with room:
            _small(t("presenter_data_note", lang))


def _pick(view):
    from twente.indicators import group_label
    from twente.ui.pickers import Pick

    catalogue, _ = cache.catalogue()
    values = cache.values().frame
    return Pick(
        catalogue[view.indicator], view.year, view.group, group_label(values, view.indicator, view.year, view.group)
    )


def _indicator(slide: Slide, lang: str, contrast: bool, left, right):
    """A map with its legend and, for a health or living indicator, the ranking. Returns the
    column with room left for notes (on a ranked slide the left one, under the map's legend)."""
    values = cache.values().frame
    pick = _pick(slide.view)
    view = compare.view_for(values, pick, lang)
    selected = slide.view.municipality
    classes = classify(view.frame["value"], pick.indicator.direction, pick.indicator.scale)
    title = panels.view_title(pick, lang)
    tips = compare.tooltips(view, lang) if view.intervals else None
    ranked = slide.view.page in ("gezondheid", "leefomgeving")
    with left:
        _map(
            ("indicator", pick.indicator.id, pick.year, pick.group, selected),
            lambda: mapview.value_layers(
                view.frame, pick.indicator, classes, lang, title, selected, tooltips=tips, max_radius=MAX_RADIUS
            ),
            lang,
            contrast,
            height=RANKED_MAP_HEIGHT if ranked else VISUAL_HEIGHT,
            below=UNDER_MAP if ranked else 0,
            below_low=RANKING_LEGEND if ranked and view.intervals else 0,
        )
        if ranked:  # the ranking takes the right column: the map's legend goes under the map
            _map_legend(view.frame["value"], pick.indicator, classes, lang, title, across=True)
            if view.intervals:  # on a lower screen the ranking's legend too, so that the ranking fits beside it
                _significance_legend(view, lang, screen="low")
    with right:
        _text(slide.text(lang))
        if ranked:
            st.html(f"<div class='slide-small'><b>{html.escape(t('ranking_title', lang))}</b></div>")
            chartview.show(
                ("ranking", pick.indicator.id, pick.year, pick.group, lang, selected, "presenter"),
                lambda: _without_legend(
                    compare.charts.ranking_chart(
                        view.frame, pick.indicator, view.refs, lang, view.reference_name, selected
                    )
                ),
                style=_ranking_style(contrast),
                height={"step": 24},
                type_scale=1.45,
            )
            if view.intervals:
                _significance_legend(view, lang, screen="tall")
        else:
            _map_legend(view.frame["value"], pick.indicator, classes, lang, title)
        if selected:
            _key_figures(selected, lang)
    note = pick.indicator.note(lang)
    with left if ranked else right:
        _small(pick.indicator.source_line(lang) + (f" · {note}" if note else ""))
    return left if ranked else right


def _key_figures(code: str, lang: str) -> None:
    """The municipality's key figures, as the overview's panel lists them, in big type."""
    values = cache.values().frame
    catalogue, _ = cache.catalogue()
    mine = values[(values["code"] == code) & (values["group"] == "") & values["value"].notna()]
    rows = []
    for ind_id in panels.KEY_FIGURES:
        if ind_id not in catalogue:
            continue
        found = mine[mine["indicator"] == ind_id]
        if found.empty:
            continue
        latest = found.loc[found["year"].idxmax()]
        ind = catalogue[ind_id]
        rows.append(
            f"<tr><td>{html.escape(title_with_year(ind.title(lang), latest['year']))}</td>"
            f"<td class='v'>{html.escape(format_value(latest['value'], ind, lang))}</td></tr>"
        )
    if rows:
        st.html(
            f"<table class='slide-figures' aria-label='{html.escape(t('key_figures', lang))}: "
            f"{html.escape(area_name(code, lang))}'>{''.join(rows[:4])}</table>"
        )


def _fit_chart() -> None:
    """The slide's chart (made ``VISUAL_HEIGHT + 100`` px high for a 1080 px projector) as high as a lower
    screen (a 1440×900 laptop) leaves under the title, so that its axis title and legend stay on the screen:
    the chart is drawn to fit its frame's height (Vega-Lite's 'fit'), which the page sets here."""
    chart = "[data-testid='stColumn'] [data-testid='stElementContainer']:has([data-testid='stVegaLiteChart'])"
    st.html(
        f"<style>@media (max-height:1000px) and (min-width:641px){{{chart},"
        f"{chart} [data-testid='stFullScreenFrame'], {chart} [data-testid='stVegaLiteChart']{{"
        f"height:calc(100vh - {TITLE_ROW}px) !important}}}}</style>"
    )


def _trend(slide: Slide, lang: str, contrast: bool, left, right) -> None:
    values = cache.values().frame
    catalogue, _ = cache.catalogue()
    v = slide.view
    codes = list(v.areas) + [r for r in v.refs if not (v.mode == "absolute" and r == "NL01")]
    column = {"absolute": "value", "index": "index", "growth": "growth_pct"}[v.mode]
    label = t("mode_" + v.mode, lang)
    with left:
        _fit_chart()

        def build():
            trend = with_growth(with_index(series(values, "population", codes)))
            trend["area"] = [charts.area_label(c, lang) for c in trend["code"]]
            # a line in the legend, dashed as the area's line is (not only its colour)
            # one name a line: at a projector's type size a phone's chart has no room for two side by side
            # ('Haaksberge' was cut); the chart fits its height on a laptop (``_fit_chart``)
            legend = alt.Legend(orient="bottom", columns=1, symbolType="stroke", symbolStrokeWidth=4, symbolSize=500)
            return (
                alt.Chart(trend.dropna(subset=[column]))
                .mark_line(point=alt.OverlayMarkDef(size=90), strokeWidth=4)
                .encode(
                    # every other year left out where they do not fit (a phone: '201220132014…')
                    x=alt.X("year:O", title=t("col_year", lang), axis=alt.Axis(labelOverlap="parity")),
                    y=alt.Y(f"{column}:Q", title=label, scale=alt.Scale(zero=v.mode != "index")),
                    # each area's own colour and dash, as in every chart (``charts.area_colour``)
                    color=charts.area_colour("area:N", codes, lang, title=None, legend=legend),
                    strokeDash=charts.area_dash("area:N", codes, lang, title=None, legend=legend),
                )
            )

        chartview.show(
            ("presenter_trend", v.mode, tuple(codes), lang),
            build,
            style=chart_style(contrast),
            height=VISUAL_HEIGHT + 100,
            type_scale=1.3,
        )
    with right:
        _text(slide.text(lang))
        _small(f"{t('pop_trend', lang)}: {label}")
        _small(catalogue["population"].source_line(lang))


def _growth(slide: Slide, lang: str, contrast: bool, left, right) -> None:
    values = cache.values().frame
    catalogue, _ = cache.catalogue()
    population = catalogue["population"]
    v = slide.view
    years = sorted(cache.data_index()["population"])
    ends = [y for y in years if y > v.start]
    every_end = growth_to_each(values, "population", v.start, ends, list(MUNICIPALITY_CODES))
    classes = classify(every_end["change_pct"], "neutral", "diverging")  # as on the population page
    growth = every_end[every_end["end_year"] == v.end].drop(columns="end_year").reset_index(drop=True)
    growth["name"] = [area_name(c, lang) for c in growth["code"]]
    title = f"{t('pop_growth_map', lang)} {v.start}–{v.end} (%)"

    def pct(value):
        return (format_number(value, 1, lang) + " %") if pd.notna(value) else t("no_data", lang)

    with left:
        _map(
            ("growth", v.start, v.end),
            lambda: [mapview.choropleth(growth, population, classes, lang, title, "change_pct", pct)],
            lang,
            contrast,
        )
    with right:
        _text(slide.text(lang))
        _legend(
            maps.legend_rows(classes, lang, 1, every_end["change_pct"]),
            title,
            bool(growth["change_pct"].isna().any()),
            lang,
        )
        _small(population.source_line(lang))


def _parks(slide: Slide, lang: str, contrast: bool, left, right) -> None:
    with left:
        _map(
            ("parks",),
            lambda: [recreation._outlines_group(), recreation._nature_group(lang)],
            lang,
            contrast,
            with_parks=True,
            height=RANKED_MAP_HEIGHT,
            below=160,  # its legend only: three rows across the column
        )
        _parks_legend(lang)
    with right:
        _text(slide.text(lang))
        facts = cache.recreation_facts().frame
        lines = []
        for _, r in facts.iterrows():
            qualifier = "" if r["qualifier"] == "exactly" else t("qualifier_" + r["qualifier"], lang) + " "
            unit = localized(r, "unit", lang)
            lines.append(
                f"<tr><td>{html.escape(localized(r, 'label', lang))}</td><td class='v'>"
                f"{html.escape(qualifier + recreation._short_number(r['value'], lang) + ' ' + unit)}</td></tr>"
            )
        if lines:
            st.html(f"<table class='slide-figures'>{''.join(lines)}</table>")
        publishers = ", ".join(sorted(set(facts["publisher"]))) if len(facts) else ""
        _small(" ".join(x for x in (t("parks_sources", lang), t("nature_sources", lang), publishers) if x))


def _parks_legend(lang: str) -> None:
    """What the parks map draws, as it draws it (``maps.park_markers``, ``recreation._nature_group``):
    a park, a park whose location is approximate (dashed), a Natura 2000 area."""
    marker = (
        "<span class='shape' aria-hidden='true'><span style='display:inline-block;width:34px;height:34px;"
        "border-radius:50%;font:700 20px/34px sans-serif;text-align:center;{}'>{}</span></span>"
    )
    items = [
        f"<div class='row'>{marker.format('background:#1b7837;color:#fff', 'P')}"
        f"{html.escape(t('layer_parks', lang))}</div>",
        "<div class='row'>"
        + marker.format("background:#fff;color:#1b7837;border:2px dashed #1b7837;box-sizing:border-box", "≈")
        + f"{html.escape(t('approximate_short', lang))}</div>",
        _swatch_row("rgba(90,174,97,.35)", t("layer_nature", lang)),
    ]
    _legend_html(t("legend", lang), items, lang, across=True)


def problems(board: Storyboard, lang: str) -> None:
    """Storyboard rows that could not be shown, each with its row and slide number."""
    if board.problems:
        lines = "".join(f"<li>{html.escape(p.text(lang))}</li>" for p in board.problems[:30])
        st.html(
            f"<div class='slide-problems' role='alert'><b>{html.escape(t('presenter_skipped', lang))}</b>"
            f"<ul>{lines}</ul></div>"
        )
