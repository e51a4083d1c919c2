"""The map component every page uses: an indicator's values on the municipalities (or wijken)
with parks, legend and source line, drawn with streamlit-folium. A share, rate or density is a
choropleth; a count (``aggregate = sum``) is proportional circles over pale outlines
(``value_layers`` and ``value_legend`` decide, for every map).

The base map (tiles, labels, parks) stays the same while someone explores, so
streamlit-folium keeps it; the coloured municipalities are a feature group that it swaps
in place (``feature_group_to_add``). Only a click on a municipality reruns the script:
pan and zoom do not (``returned_objects``)."""

from __future__ import annotations

import functools
import html
import json

import folium
import pandas as pd
import streamlit as st

from twente import geo, maps
from twente.classify import NO_DATA_COLOUR, Classes
from twente.exports import Meta
from twente.formatting import format_number, format_value
from twente.i18n import t
from twente.indicators import Indicator
from twente.registry import MUNICIPALITIES, MUNICIPALITY_CODES
from twente.ui import cache, common, exports, folium_adapter


def basemap_choice(lang: str) -> str:
    """Sidebar chooser for the background map, kept in ?kaart=."""
    return common.url_chooser(
        st.sidebar.selectbox,
        t("basemap", lang),
        "kaart",
        list(maps.BASEMAPS),
        maps.DEFAULT_BASEMAP,
        "basemap",
        format_func=lambda b: maps.BASEMAPS[b].label(lang),
    )


# The parks' descriptions in twente_data/living/parks.csv are written in English only.
PARK_DESCRIPTION_LANG = "en"


def park_labels(lang: str) -> dict[str, str]:
    """The labels of a park's popup; the description's label says when it is in another language."""
    labels = {
        k: t(k, lang)
        for k in ("operator", "municipality", "area", "offers", "location", "approximate", "approximate_short")
    }
    if lang != PARK_DESCRIPTION_LANG:
        labels["offers"] += f" ({t('in_english', lang)})"
    return labels


@st.cache_resource(show_spinner=False)
def municipality_points() -> dict[str, tuple[float, float]]:
    """A point inside each municipality (lat, lon), keyed by code: where its circle and name go."""
    layer = cache.municipalities()
    return dict(zip(layer.frame["code"], geo.label_points(layer.frame))) if layer.ok else {}


@st.cache_resource(show_spinner=False)
def labels_by_size() -> list[tuple[str, float, float]]:
    """The municipality labels, most inhabitants first: where names collide (a phone), the
    larger town keeps its name (``maps.MapManners`` places them in this order)."""
    labels = cache.municipality_labels()
    frame = cache.values().frame
    people = frame[(frame["indicator"] == "population") & frame["value"].notna()] if len(frame) else frame
    names = {m.code: m.name for m in MUNICIPALITIES}
    latest = people.sort_values("year").groupby("code")["value"].last() if len(people) else pd.Series(dtype=float)
    size = {names.get(code, code): value for code, value in latest.items()}
    return sorted(labels, key=lambda label: -size.get(label[0], 0))


def base_map(
    lang: str, basemap: str, with_parks: bool = True, wheel_zoom: bool = True, outlines: bool = False
) -> folium.Map:
    """The Twente map every page starts from: ``maps.folium_map`` with the municipality labels
    and, unless ``with_parks=False``, the parks; with ``outlines``, the municipal borders under
    them (a map whose layers are only points, so they do not float on an empty background)."""
    m = maps.folium_map(basemap, lang, labels=labels_by_size(), wheel_zoom=wheel_zoom)
    if outlines:
        maps.outline_group(
            cache.municipality_shapes(),
            t("municipality", lang),
            {"color": "#5a5a5a", "weight": 1.2, "fillColor": "#f7f7f2", "fillOpacity": 0.6},
            class_name="twente-outline",  # not interactive: a tap on the map stays a tap on the map
        ).add_to(m)
    parks = cache.parks()
    if with_parks and parks.ok:
        maps.parks_group(parks.frame, lang, t("layer_parks", lang), park_labels(lang)).add_to(m)
    return m


def choropleth(
    frame: pd.DataFrame,
    indicator: Indicator,
    classes: Classes,
    lang: str,
    title: str,
    value_column: str = "value",
    value_text=None,
    tooltips: dict[str, str] | None = None,
) -> folium.FeatureGroup:
    """Colour the 14 municipalities by ``frame[value_column]`` (indexed by code). The
    tooltip shows the formatted value, or ``tooltips[code]`` where given (plain text)."""
    values = frame.set_index("code")[value_column]
    colours = {code: classes.colour(v) for code, v in values.items()}
    missing = {code for code, v in values.items() if pd.isna(v)}
    fmt = value_text or (lambda v: format_value(v, indicator, lang))
    tooltips = {code: (tooltips or {}).get(code) or fmt(v) for code, v in values.items()}
    return maps.choropleth_group(
        cache.municipality_shapes(),
        colours,
        tooltips,
        name=title,
        title=title,
        missing=missing,
        area_label=t("municipality", lang),
    )


def value_layers(
    frame: pd.DataFrame,
    indicator,
    classes: Classes | None,
    lang: str,
    title: str,
    selected: str | None = None,
    value_column: str = "value",
    value_text=None,
    tooltips: dict[str, str] | None = None,
    shapes: dict | None = None,
    points: dict[str, tuple[float, float]] | None = None,
    area_label: str | None = None,
    class_name: str = "twente-municipality",
    outlines: dict | None = None,
    max_radius: float = 24.0,
) -> list[folium.FeatureGroup]:
    """The layers that show ``frame[value_column]`` (by ``code``) on the areas of ``shapes``
    (default: the 14 municipalities), for any map. A share, rate or density: the areas coloured
    by ``classes``. A count (``maps.is_count``): pale areas, 'no data' ones dashed grey, and a
    circle per area whose area stands for the value (at ``points``, default a point inside each
    municipality), 'no data' marked, never a circle. With ``outlines`` (a count on a map of many
    small areas) those outlines are drawn instead of the pale areas, plus the 'no data' areas.
    Tooltips show the formatted value, or ``tooltips[code]`` where given (plain text)."""
    shapes = cache.municipality_shapes() if shapes is None else shapes
    values = frame.set_index("code")[value_column]
    absent = [f["properties"]["code"] for f in shapes["features"] if f["properties"]["code"] not in values.index]
    values = pd.concat([values, pd.Series(float("nan"), index=absent)]) if absent else values  # no row: no data
    fmt = value_text or (lambda v: format_value(v, indicator, lang))
    tips = {code: (tooltips or {}).get(code) or fmt(v) for code, v in values.items()}
    missing = {code for code, v in values.items() if pd.isna(v)}
    area_label = area_label or t("municipality", lang)

    def areas(collection: dict, colours: dict[str, str]) -> folium.FeatureGroup:
        return maps.choropleth_group(
            collection,
            colours,
            tips,
            name=title,
            title=title,
            missing=missing,
            area_label=area_label,
            class_name=class_name,
        )

    chosen = [maps.selection_group(shapes, selected)] if selected else []
    if not maps.is_count(indicator):
        return [areas(shapes, {code: classes.colour(v) for code, v in values.items()}), *chosen]
    pale = {code: NO_DATA_COLOUR if code in missing else maps.COUNT_FILL for code in values.index}
    if outlines is None:
        layers = [areas(shapes, pale)]
    else:
        layers = [
            maps.outline_group(
                outlines,
                title,
                {"color": "#4d4d4d", "weight": 1.2, "fillColor": maps.COUNT_FILL, "fillOpacity": 0.5},
                class_name="twente-outline",
            )
        ]
        if missing:
            only = [f for f in shapes["features"] if f["properties"]["code"] in missing]
            layers.append(areas({"type": "FeatureCollection", "features": only}, pale))
    points = municipality_points() if points is None else points
    names = {f["properties"]["code"]: f["properties"].get("name", "") for f in shapes["features"]}
    circles = [
        maps.CirclePoint(
            code, *points[code], None if pd.isna(v) else float(v), f"{names.get(code) or code}: {tips[code]}"
        )
        for code, v in values.items()
        if code in points
    ]
    # where the areas under the circles carry the tooltips, the circles need none of their own
    layers.append(
        maps.circles_group(
            circles, title, t("no_data_mark", lang), max_radius=max_radius, interactive=outlines is not None
        )
    )
    return layers + chosen


def _amount_text(amount: float, decimals: int, lang: str) -> str:
    return format_number(amount, decimals if abs(amount) < 10 else 0, lang) or ""


def value_legend(
    values: pd.Series,
    indicator,
    classes: Classes | None,
    lang: str,
    title: str,
    decimals: int | None = None,
    max_radius: float = 24.0,
) -> None:
    """The legend under a map drawn with ``value_layers``: class colours, or for a count two or
    three reference circles at the sizes the map draws them, with their values."""
    d = indicator.decimals if decimals is None else decimals
    if not maps.is_count(indicator):
        legend_for(classes, indicator, lang, title, values.isna().any(), d, values)
        return
    finite = pd.to_numeric(values, errors="coerce").dropna()
    largest = float(finite.abs().max()) if len(finite) else 0.0
    item = "<span style='display:inline-flex;align-items:center;margin:2px 14px 2px 0'>{}{}</span>"
    items = []
    for amount in maps.nice_amounts(largest):
        size = 2 * maps.circle_radius(amount, largest, max_radius)
        dot = (
            f"<span class='circle-legend' style='width:{size:.1f}px;height:{size:.1f}px;"
            f"border-radius:50%;background:{maps.CIRCLE_COLOUR};opacity:.7;margin-right:6px;display:inline-block'>"
            "</span>"
        )
        items.append(item.format(dot, html.escape(_amount_text(amount, d, lang))))
    if (finite == 0).any():
        ring = "<span style='width:5px;height:5px;border-radius:50%;border:1px solid #333;margin-right:6px'></span>"
        items.append(item.format(ring, html.escape(t("circle_zero", lang))))
    if finite.size < values.size:
        mark = (
            f"<span style='font:600 10px sans-serif;border:1px dashed #555;background:{NO_DATA_COLOUR};"
            f"padding:0 3px;margin-right:6px'>{html.escape(t('no_data_mark', lang))}</span>"
        )
        items.append(item.format(mark, html.escape(t("legend_no_data", lang))))
    notes = t("circle_legend", lang) + (" " + t("circle_sign", lang) if (finite < 0).any() else "")
    st.html(
        # a named group like the colour legend (common.legend): a screen reader reads the amounts.
        # st.html, not Markdown with HTML: that needs a 190 KB script the map's first paint waited for
        f"<div class='twente-legend' role='group' aria-label='{html.escape(t('legend', lang))}' "
        f"style='line-height:1.6'><b>{html.escape(title)}</b><br><small>{html.escape(notes)}</small><br>"
        f"{''.join(items)}</div>"
    )


def legend_rows_for(
    values: pd.Series,
    indicator,
    classes: Classes | None,
    lang: str,
    decimals: int | None = None,
    max_radius: float = 24.0,
) -> list[tuple]:
    """The legend of an exported map (``twente.exports.map_html``), as ``value_legend`` draws it on
    screen: (colour, label) rows of colour classes; for a count, its note as (``""``, text), then
    (colour, amount, diameter in px) rows that are drawn as circles at the map's sizes. 'No data'
    where a value is missing, an empty ring for zero."""
    d = indicator.decimals if decimals is None else decimals
    finite = pd.to_numeric(values, errors="coerce").dropna()
    missing = [(NO_DATA_COLOUR, t("legend_no_data", lang))] if finite.size < values.size else []
    if not maps.is_count(indicator):
        return maps.legend_rows(classes, lang, d, finite) + missing
    largest = float(finite.abs().max()) if len(finite) else 0.0
    note = t("circle_legend", lang) + (" " + t("circle_sign", lang) if (finite < 0).any() else "")
    rows: list[tuple] = [("", note)]
    rows += [
        (maps.CIRCLE_COLOUR, _amount_text(a, d, lang), 2 * maps.circle_radius(a, largest, max_radius))
        for a in maps.nice_amounts(largest)
    ]
    if (finite == 0).any():
        rows.append(("transparent", t("circle_zero", lang), 5.0))
    return rows + missing


RETURNED = ["last_active_drawing", "last_clicked"]


def show_map(
    base_key: tuple,
    build_base,
    groups_key: tuple,
    build_groups,
    key: str,
    height: int = 560,
    returned: list[str] | None = None,
    on_change=None,
    export: Meta | None = None,
    lang: str = "nl",
    export_base=None,
    overlay_key: tuple | None = None,
    build_overlay=None,
) -> dict:
    """Draw a map from cached arguments (see ``folium_adapter``). ``build_base``/``build_groups``
    are only called when the view (``base_key``/``groups_key``) was not drawn before in this
    process. Returns what the user did (see ``returned``); ``on_change(state_key)`` runs before
    the rerun an interaction starts. With ``export``, a button under the map downloads it as a
    standalone HTML file, built on click from ``export_base`` (the same base map without tiles)
    and ``build_groups``."""
    result = folium_adapter.draw(
        base_key,
        build_base,
        groups_key,
        build_groups,
        key=key,
        height=height,
        returned=returned or RETURNED,
        on_change=on_change,
        overlay_key=overlay_key,
        build_overlay=build_overlay,
    )
    if export is not None and export_base is not None:
        exports.map_buttons(export, export_base, build_groups, lang, key)
    return result


def clicked_municipality(result: dict, key: str) -> str | None:
    """The code of a municipality the user just clicked in the map's new value ``result``.
    The component keeps reporting the last shape clicked, also after a click beside the
    shapes: a click counts when the shape changed, or when the clicked point lies in it."""
    drawing = result.get("last_active_drawing") or {}
    code = ((drawing.get("properties") or {}).get("code")) if isinstance(drawing, dict) else None
    if code not in MUNICIPALITY_CODES:
        return None
    marker = f"_{key}_last_click"
    fingerprint = json.dumps(drawing, sort_keys=True, default=str)[:2000]
    seen, st.session_state[marker] = st.session_state.get(marker), fingerprint
    if fingerprint != seen:
        return code
    point = result.get("last_clicked") or {}
    try:
        inside = cache.municipality_at(float(point["lat"]), float(point["lng"])) == code
    except (KeyError, TypeError, ValueError):
        inside = False
    return code if inside else None


def _select_clicked(key: str, state_key: str) -> None:
    """The map's callback: a click on a municipality selects it (``?gemeente=``) before the
    rerun the click starts, so that one run shows the selection on the map and in the panel."""
    clicked = clicked_municipality(st.session_state.get(state_key) or {}, key)
    if clicked:
        common.choose("gemeente", clicked)


def legend_for(
    classes: Classes,
    indicator: Indicator,
    lang: str,
    title: str,
    any_missing: bool,
    decimals: int | None = None,
    values=None,
) -> None:
    """The legend of colour classes under a map; ``values``: those the classes were made from."""
    d = indicator.decimals if decimals is None else decimals
    rows = maps.legend_rows(classes, lang, d, values)
    common.legend(title, rows, NO_DATA_COLOUR if any_missing else None, lang)


def _indicator_view(
    frame: pd.DataFrame,
    pick,
    lang: str,
    basemap: str,
    selected: str | None,
    tooltips: dict[str, str] | None,
    wheel_zoom: bool,
):
    """The cache keys and builders of an indicator map, its classes and title."""
    from twente.classify import classify
    from twente.ui import chartview, panels

    classes = chartview.view(
        ("classes", pick.indicator.id, pick.year, pick.group),
        lambda: classify(frame["value"], pick.indicator.direction, pick.indicator.scale),
    )
    title = panels.view_title(pick, lang)
    return (
        (
            ("overview", lang, basemap, wheel_zoom),
            lambda: base_map(lang, basemap, wheel_zoom=wheel_zoom),
            ("choropleth", lang, pick.indicator.id, pick.year, pick.group, tooltips is not None),
            lambda: value_layers(frame, pick.indicator, classes, lang, title, tooltips=tooltips),
        ),
        classes,
        title,
    )


def indicator_map(
    frame: pd.DataFrame,
    pick,
    lang: str,
    basemap: str,
    key: str,
    selected: str | None,
    tooltips: dict[str, str] | None = None,
    height: int = 560,
    hint: str = "map_hint",
    wheel_zoom: bool = True,
) -> None:
    """The choropleth of one indicator view with parks, legend, source line and hint. A click
    on a municipality selects it (``?gemeente=``, read by the municipality chooser) in the map's
    callback, before the run it starts: call this inside the ``st.fragment`` that also draws
    what depends on the selection, and only that part reruns, once."""
    from twente.ui import panels

    (base_key, build_base, groups_key, build_groups), classes, title = _indicator_view(
        frame, pick, lang, basemap, selected, tooltips, wheel_zoom
    )
    legend = legend_rows_for(frame["value"], pick.indicator, classes, lang)
    meta = Meta(title, str(pick.year), pick.indicator.source_line(lang), tuple(legend))
    show_map(
        base_key,
        build_base,
        groups_key,
        build_groups,
        key=key,
        height=height,
        on_change=functools.partial(_select_clicked, key),
        export=meta,
        lang=lang,
        export_base=lambda: base_map(lang, maps.NO_TILES, wheel_zoom=wheel_zoom),
        # the chosen municipality's outline is cached apart from the view: a click re-renders only
        # the outline, and 15 outlines serve every view instead of 15 views per view
        overlay_key=("selection", selected),
        build_overlay=lambda: [maps.selection_group(cache.municipality_shapes(), selected)],
    )
    value_legend(frame["value"], pick.indicator, classes, lang, title)
    panels.source_line(pick.indicator, lang)
    st.caption(t(hint, lang) + " " + t("map_table_note", lang))  # the map's text alternative
