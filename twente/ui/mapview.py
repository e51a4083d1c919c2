"""The map component every page uses: a municipality choropleth with parks, legend and
source line, drawn with streamlit-folium.

The base map (tiles, labels, parks) stays the same while someone explores, so
streamlit-folium keeps it; the coloured municipalities are a feature group that it swaps
in place (``feature_group_to_add``). Only a click on a municipality reruns the script:
pan and zoom do not (``returned_objects``)."""

from __future__ import annotations

import functools
import json

import folium
import pandas as pd
import streamlit as st

from twente import maps
from twente.classify import NO_DATA_COLOUR, Classes
from twente.exports import Meta
from twente.formatting import format_number, format_value
from twente.i18n import t
from twente.indicators import Indicator
from twente.registry import MUNICIPALITY_CODES
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


def base_map(lang: str, basemap: str, with_parks: bool = True, wheel_zoom: bool = True) -> folium.Map:
    """The Twente map every page starts from: ``maps.folium_map`` with the municipality labels
    and, unless ``with_parks=False``, the parks."""
    m = maps.folium_map(basemap, lang, labels=cache.municipality_labels(), wheel_zoom=wheel_zoom)
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
    selected: str | None,
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
        selected=selected,
        missing=missing,
        area_label=t("municipality", lang),
    )


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
    classes: Classes, indicator: Indicator, lang: str, title: str, any_missing: bool, decimals: int | None = None
) -> None:
    d = indicator.decimals if decimals is None else decimals
    rows = maps.legend_rows(classes, lambda v: format_number(v, d, lang))
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
    from twente.ui import panels

    classes = classify(frame["value"], pick.indicator.direction, pick.indicator.scale)
    title = panels.view_title(pick, lang)
    return (
        (
            ("overview", lang, basemap, wheel_zoom),
            lambda: base_map(lang, basemap, wheel_zoom=wheel_zoom),
            ("choropleth", lang, pick.indicator.id, pick.year, pick.group, selected, tooltips is not None),
            lambda: [choropleth(frame, pick.indicator, classes, lang, title, selected, tooltips=tooltips)],
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
    legend = maps.legend_rows(classes, lambda v: format_number(v, pick.indicator.decimals, lang))
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
    )
    legend_for(classes, pick.indicator, lang, title, frame["value"].isna().any())
    panels.source_line(pick.indicator, lang)
    st.caption(t(hint, lang) + " " + t("map_table_note", lang))  # the map's text alternative
