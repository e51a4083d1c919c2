"""Folium map builders, shared by every page.

* ``folium_map``: the part that does not change while someone explores (background tiles,
  municipality labels, attribution); ``twente.ui.mapview.base_map`` adds the parks to it.
  streamlit-folium draws it once.
* ``choropleth_group`` / ``points_group``: feature groups that change with the indicator,
  year or selection; streamlit-folium swaps them without reloading the map.

Every map asset (Leaflet's JS, CSS and images) is served by the app itself: ``LocalMap``
replaces folium's CDN links. Text from data files is HTML-escaped before it reaches a
tooltip or popup.
"""

from __future__ import annotations

import html
import json
import math
import re
from dataclasses import dataclass

import folium
from branca.element import Element, MacroElement
from jinja2 import Template

from twente import config
from twente.classify import NO_DATA_COLOUR, Classes
from twente.i18n import DEFAULT_LANG, t
from twente.registry import TWENTE_BOUNDS

TWENTE_CORNERS = TWENTE_BOUNDS.corners()  # what a map fits to: the 14 municipal outlines

TWENTE_CENTER = (52.31, 6.70)
TWENTE_ZOOM = 10


@dataclass(frozen=True)
class Basemap:
    id: str
    provider: str | None  # xyzservices name, None for no tiles

    def label(self, lang: str) -> str:
        return t("basemap_" + self.id, lang)


BASEMAPS: dict[str, Basemap] = {
    b.id: b
    for b in (
        Basemap("brt", "nlmaps.grijs"),
        Basemap("brt-kleur", "nlmaps.standaard"),
        Basemap("osm", "OpenStreetMap.Mapnik"),
        Basemap("none", None),
    )
}
DEFAULT_BASEMAP = "brt"
NO_TILES = "none"  # the basemap of exports and presenter mode: nothing fetched from a tile server

# A choropleth's areas are drawn see-through over the map's background (or its basemap), so the
# colour a reader sees is a blend; the legend's swatches show that blend (``as_drawn``).
FILL_OPACITY = 0.78
MAP_BACKGROUND = "#eef1f4"


def as_drawn(colour: str, opacity: float = FILL_OPACITY, background: str = MAP_BACKGROUND) -> str:
    """``colour`` as the map shows it: laid at ``opacity`` over ``background`` (hex colours)."""

    def rgb(hex_colour: str) -> list[int]:
        h = hex_colour.lstrip("#")
        if len(h) == 3:
            h = "".join(c * 2 for c in h)
        return [int(h[i : i + 2], 16) for i in (0, 2, 4)]

    try:
        front, back = rgb(colour), rgb(background)
    except ValueError:
        return colour
    return "#" + "".join(f"{math.floor(f * opacity + b * (1 - opacity) + 0.5):02x}" for f, b in zip(front, back))


MAP_CSS = (
    """
<style>
.leaflet-container { background: """
    + MAP_BACKGROUND
    + """; font-family: "Source Sans Pro", "Segoe UI", sans-serif; }
.gm-label { font: 600 12px/1.1 "Source Sans Pro", sans-serif; color: #1f2933; text-align: center;
  text-shadow: 0 0 3px #fff, 0 0 3px #fff, 0 0 3px #fff; white-space: nowrap; pointer-events: none; }
.park-marker { width: 26px; height: 26px; border-radius: 50%; background: #1b7837; color: #fff;
  border: 2px solid #fff; box-shadow: 0 1px 4px rgba(0,0,0,.5); font: 700 14px/22px sans-serif; text-align: center; }
.park-marker.approximate { background: #fff; color: #1b7837; border: 2px dashed #1b7837; }
.search-marker { width: 18px; height: 18px; border-radius: 50%; background: #c51b7d; border: 3px solid #fff;
  box-shadow: 0 1px 4px rgba(0,0,0,.6); }
.rank-marker { width: 24px; height: 24px; border-radius: 50%; background: #2166ac; color: #fff; border: 2px solid #fff;
  box-shadow: 0 1px 4px rgba(0,0,0,.5); font: 700 13px/20px sans-serif; text-align: center; }
.rank-marker.approximate { background: #fff; color: #2166ac; border: 2px dashed #2166ac; }
.twente-popup h4 { margin: 0 0 4px; font-size: 15px; }
.twente-popup p { margin: 2px 0; }
.twente-popup .approx { color: #8c2d04; font-weight: 600; }
.leaflet-tooltip table th { text-align: left; padding-right: 8px; }
.leaflet-tooltip { white-space: normal; max-width: min(280px, calc(100vw - 16px)); }
.nodata-mark { font: 600 10px/14px "Source Sans Pro", sans-serif; color: #333; background: rgba(255,255,255,.9);
  border: 1px dashed #555; border-radius: 3px; text-align: center; white-space: nowrap; }
.leaflet-control-attribution { white-space: nowrap; overflow: hidden; text-overflow: ellipsis;
  max-width: calc(100vw - 130px); }
@media (max-width: 520px) { .gm-label { font-size: 10px; } }
@media print { .leaflet-control-zoom, .leaflet-control-layers { display: none !important; }
  .gm-label { visibility: visible !important; } }
</style>
"""
)
MAP_CSS = re.sub(r"\s*([{};,])\s*", r"\1", MAP_CSS)  # sent with every map: only the spaces CSS needs


class LocalMap(folium.Map):
    """A folium Map that loads only Leaflet, from the app's own static folder."""

    default_js = [("leaflet", f"{config.STATIC_URL}/leaflet/leaflet.js")]
    default_css = [("leaflet_css", f"{config.STATIC_URL}/leaflet/leaflet.css")]


class _Attribution(MacroElement):
    """The credit line: one short line in the user's language ('Kaart: © Kadaster, CBS'), with no
    'Leaflet' prefix; the full credits are on the Sources page."""

    _template = Template(
        """{% macro script(this, kwargs) %}
        {{ this._parent.get_name() }}.attributionControl.setPrefix(false);
        {{ this._parent.get_name() }}.attributionControl.addAttribution({{ this.text }});
        {% endmacro %}"""
    )

    def __init__(self, credit_html: str):
        super().__init__()
        self.text = json.dumps(credit_html)


def credit_line(basemap_id: str, lang: str) -> str:
    """The short credit line of a map with this background (HTML): one line, the longer credits
    as its hover text; all of them are on the Sources page."""
    owners = "OpenStreetMap, Kadaster, CBS" if basemap_id == "osm" else "Kadaster, CBS"
    short = t("map_credit_short", lang, owners=owners)
    return f'<span title="{html.escape(t("map_attribution", lang))}">{html.escape(short)}</span>'


def _compact(source: str) -> str:
    """Script or CSS without its indentation: it is sent with every map."""
    return "\n".join(line.strip() for line in source.splitlines() if line.strip())


class MapManners(MacroElement):
    """What keeps a map readable at every size, in the browser:

    * labels apart from markers and from each other: each municipality name (``.gm-label``) is
      tried at its place, then just above, below, right and left of it; the first spot that
      covers no marker (a park, a result) and no name already placed is kept, and a name that fits
      nowhere at this zoom (a phone) is hidden until a zoom makes room. Names are placed in the
      order given (largest municipality first), after every zoom, move, resize or added layer, and
      once the fonts and the page have loaded (placed before, on a map without its size or its font,
      every name could end up hidden). A placement that hides every name is a measure taken too
      early (seen on a loaded machine, cause not found): it measures again every 150 ms, 20 times.
    * tooltips inside the map: a tooltip that would stick out (a long one near an edge of a
      narrow map) is moved back inside."""

    _template = Template(
        _compact(
            """{% macro script(this, kwargs) %}
        (function (map) {
            var box = function (el) {
                var range = document.createRange(); range.selectNodeContents(el);
                var r = range.getBoundingClientRect();
                return {l: r.left, t: r.top, r: r.right, b: r.bottom};
            };
            var hit = function (a, b, pad) {
                return a.l < b.r + pad && b.l < a.r + pad && a.t < b.b + pad && b.t < a.b + pad;
            };
            var place = function () {
                var root = map.getContainer(), frame = root.getBoundingClientRect();
                var obstacles = [];
                root.querySelectorAll(".leaflet-marker-icon:not(.gm-label-icon)").forEach(function (m) {
                    var r = m.getBoundingClientRect();
                    if (r.width) { obstacles.push({l: r.left, t: r.top, r: r.right, b: r.bottom}); }
                });
                var placed = [];
                root.querySelectorAll(".gm-label").forEach(function (el) {
                    el.style.transform = ""; el.style.visibility = "";
                    var b = box(el), w = b.r - b.l, h = b.b - b.t;
                    if (!w) { return; }
                    var steps = [[0, 0], [0, -(h + 8)], [0, h + 8], [w / 2 + 18, 0], [-(w / 2 + 18), 0],
                                 [0, -(h + 20)], [0, h + 20]];
                    for (var i = 0; i < steps.length; i++) {
                        var dx = steps[i][0], dy = steps[i][1];
                        var c = {l: b.l + dx, t: b.t + dy, r: b.r + dx, b: b.b + dy};
                        var inside = c.l >= frame.left && c.r <= frame.right && c.t >= frame.top && c.b <= frame.bottom;
                        var free = inside && !obstacles.some(function (o) { return hit(c, o, 1); })
                            && !placed.some(function (o) { return hit(c, o, 3); });
                        if (free) {
                            if (dx || dy) { el.style.transform = "translate(" + dx + "px," + dy + "px)"; }
                            placed.push(c);
                            el.dataset.placed = i;
                            return;
                        }
                    }
                    el.style.visibility = "hidden";
                    el.dataset.placed = "hidden";
                });
                if (root.querySelector(".gm-label") && !root.querySelector(".gm-label:not([data-placed=hidden])")
                    && tries++ < 20) { setTimeout(place, 150); }
            };
            var tries = 0;
            var pending = null;
            var later = function () {
                if (pending) { clearTimeout(pending); }
                pending = setTimeout(function () { pending = null; place(); }, 30);
            };
            map.on("zoomend moveend resize layeradd viewreset", later);
            map.whenReady(later);
            if (document.fonts) { document.fonts.ready.then(later); }
            window.addEventListener("load", later);
            if (window.ResizeObserver) { new ResizeObserver(later).observe(map.getContainer()); }
            if (!L.Tooltip.prototype._twenteInside) {
                var setPosition = L.Tooltip.prototype._setPosition;
                L.Tooltip.prototype._setPosition = function (pos) {
                    setPosition.call(this, pos);
                    var m = this._map, el = this._container;
                    if (!m || !el) { return; }
                    var at = L.DomUtil.getPosition(el), p = m.layerPointToContainerPoint(at), size = m.getSize();
                    var dx = Math.max(0, 4 - p.x) || Math.min(0, size.x - 4 - el.offsetWidth - p.x);
                    var dy = Math.max(0, 4 - p.y) || Math.min(0, size.y - 4 - el.offsetHeight - p.y);
                    if (dx || dy) { L.DomUtil.setPosition(el, at.add([dx, dy])); }
                };
                L.Tooltip.prototype._twenteInside = true;
            }
        })({{ this._parent.get_name() }});
        {% endmacro %}"""
        )
    )


class FitView(MacroElement):
    """Zoom the map to some points when the layer this is added to (a feature group, or the map
    itself) is drawn. It finds the map through that layer, not through a variable name, so it
    works when streamlit-folium swaps the group in (``feature_group_to_add``) and in plain folium.

    The map is fitted again whenever it changes size until the user moves it (pointer, wheel,
    keys): streamlit-folium sizes its iframe after the first render, and a printed page narrows
    it; fitted once, a map stayed at the largest zoom (fitted at no size) or was cut off on paper.
    The fit is not animated: an animated zoom still running would end after a later fit. The
    script is kept short: it goes with every map (tests/test_pages.py keeps the payload small)."""

    _template = Template(
        """{% macro script(this, kwargs) %}
(function(l){var f=function(m){m._tB={{ this.bounds }};m._tO={{ this.options }};m._tT=false;
m.fitBounds(m._tB,m._tO);if(m._tF){return;}m._tF=true;
["pointerdown","wheel","keydown","touchstart"].forEach(function(k){m.getContainer().addEventListener(k,
function(){m._tT=true;},{passive:true});});
m.on("resize",function(){if(!m._tT){m.fitBounds(m._tB,m._tO);}});};
if(l instanceof L.Map){f(l);}else if(l._map){f(l._map);}else{l.once("add",function(){f(l._map);});}
})({{ this._parent.get_name() }});
{% endmacro %}"""
    )

    def __init__(self, points: list[tuple[float, float]], padding: int = 30, max_zoom: int = 13):
        super().__init__()
        lats, lons = [p[0] for p in points], [p[1] for p in points]
        self.bounds = json.dumps([[min(lats), min(lons)], [max(lats), max(lons)]])
        # at once, not animated: an animated zoom still running would end after a later fit
        self.options = json.dumps(
            {"padding": [padding, padding], "maxZoom": max_zoom, "animate": False}, separators=(",", ":")
        )


def tile_layer(basemap_id: str, lang: str = DEFAULT_LANG) -> folium.TileLayer | None:
    basemap = BASEMAPS.get(basemap_id, BASEMAPS[DEFAULT_BASEMAP])
    if basemap.provider is None:
        return None
    import xyzservices.providers as xyz

    provider = xyz.query_name(basemap.provider)
    return folium.TileLayer(
        tiles=provider.build_url(),
        attr=credit_line(basemap_id, lang),  # the one short credit line
        name=basemap.label(DEFAULT_LANG),
        max_zoom=provider.get("max_zoom", 19),
        overlay=False,
        control=False,
    )


def folium_map(
    basemap_id: str = DEFAULT_BASEMAP,
    lang: str = "nl",
    labels: list[tuple[str, float, float]] | None = None,
    center=TWENTE_CENTER,
    zoom: int = TWENTE_ZOOM,
    min_zoom: int = 8,
    bounds=TWENTE_CORNERS,
    wheel_zoom: bool = True,
) -> folium.Map:
    """``wheel_zoom=False`` for a map in the middle of a long page: scrolling the page over
    it then scrolls the page instead of zooming the map (zoom with +/- or a double click)."""
    m = LocalMap(
        location=list(center),
        zoom_start=zoom,
        tiles=None,
        min_zoom=min_zoom,
        max_zoom=18,
        control_scale=True,
        zoom_snap=0.25,
        scroll_wheel_zoom=wheel_zoom,
    )
    if bounds:  # fitted again when the map changes size (its frame is sized late; print narrows it)
        m.add_child(FitView(list(bounds), padding=0, max_zoom=18))
    tiles = tile_layer(basemap_id, lang)
    if tiles is not None:
        tiles.add_to(m)  # its attribution is the credit line
    _Attribution("" if tiles is not None else credit_line(basemap_id, lang)).add_to(m)
    m.get_root().header.add_child(Element(MAP_CSS))
    if labels:
        group = folium.FeatureGroup(name=t("layer_labels", lang), control=False)
        for name, lat, lon in labels:
            folium.Marker(
                (lat, lon),
                icon=folium.DivIcon(
                    html=f'<div class="gm-label">{html.escape(name)}</div>',
                    icon_size=(120, 16),
                    icon_anchor=(60, 8),
                    class_name="gm-label-icon",
                ),
                interactive=False,
                keyboard=False,  # a name is not a control: Tab goes from the map to what follows it
            ).add_to(group)
        group.add_to(m)
    MapManners().add_to(m)
    return m


def choropleth_group(
    feature_collection: dict,
    colours: dict[str, str],
    tooltips: dict[str, str],
    name: str,
    title: str,
    missing: set[str] | None = None,
    area_label: str = "Gemeente",
    class_name: str = "twente-municipality",
) -> folium.FeatureGroup:
    """The coloured municipalities. ``colours`` and ``tooltips`` are keyed by code; the
    tooltip text is escaped here. A code in ``missing`` is drawn hatched-grey as 'no data'.
    The chosen municipality's outline is a layer of its own (``selection_group``)."""
    missing = missing or set()
    features = []
    for f in feature_collection["features"]:
        code = f["properties"]["code"]
        features.append(
            {
                "type": "Feature",
                "id": code,
                "properties": {
                    "code": code,
                    "name": html.escape(str(f["properties"].get("name", code))),
                    "value": html.escape(tooltips.get(code, "")),
                },
                "geometry": f["geometry"],
            }
        )
    data = {"type": "FeatureCollection", "features": features}

    def style(feature):
        code = feature["id"]
        return {
            "fillColor": colours.get(code, NO_DATA_COLOUR),
            "fillOpacity": FILL_OPACITY,
            "color": "#4d4d4d",
            "weight": 1,
            "dashArray": "4 3" if code in missing else None,
        }

    group = folium.FeatureGroup(name=html.escape(name), overlay=True, control=True)
    folium.GeoJson(
        data,
        style_function=style,
        highlight_function=lambda f: {"weight": 3, "color": "#000000"},
        # folium refuses a tooltip on a layer without features (a broken shapes file): no tooltip then.
        tooltip=folium.GeoJsonTooltip(
            fields=["name", "value"], aliases=[html.escape(area_label), html.escape(title)], sticky=True
        )
        if features
        else None,
        on_each_feature=folium.JsCode(f"function(feature, layer) {{ layer.options.className = '{class_name}'; }}"),
    ).add_to(group)
    return group


SELECTED_OUTLINE = {"fill": False, "color": "#111111", "weight": 3.5, "opacity": 1}


def selection_group(feature_collection: dict, selected: str | None) -> folium.FeatureGroup:
    """The chosen area's outline, drawn over the map's other layers: not clickable (a click goes
    to the area under it), not in the layer control, and the same whatever the map shows, so a
    map can cache it apart from the view (one per area instead of one per view and area)."""
    group = folium.FeatureGroup(name="selection", overlay=True, control=False)
    chosen = [f for f in feature_collection["features"] if f["properties"].get("code") == selected]
    if chosen:
        folium.GeoJson(
            {"type": "Feature", "id": selected, "properties": {}, "geometry": chosen[0]["geometry"]},
            style_function=lambda _: SELECTED_OUTLINE,
            interactive=False,
            on_each_feature=folium.JsCode("function(feature, layer) { layer.options.className = 'twente-selected'; }"),
        ).add_to(group)
    return group


def point_icon(kind: str, text: str = "", approximate: bool = False) -> folium.DivIcon:
    cls = f"{kind}-marker" + (" approximate" if approximate else "")
    size = {"park": 26, "rank": 24, "search": 18}.get(kind, 20)
    return folium.DivIcon(
        html=f'<div class="{cls}">{html.escape(text)}</div>',
        icon_size=(size, size),
        icon_anchor=(size // 2, size // 2),
        class_name=f"{kind}-icon",
    )


class Popup(MacroElement):
    """A popup bound with Leaflet's own bindPopup: folium.Popup needs jQuery, which this
    app does not load. ``content`` must already be safe HTML (see ``popup_html``)."""

    _template = Template(
        """{% macro script(this, kwargs) %}
        {{ this._parent.get_name() }}.bindPopup({{ this.content }}, {maxWidth: {{ this.max_width }}});
        {% endmacro %}"""
    )

    def __init__(self, content: str, max_width: int = 320):
        super().__init__()
        self.content = json.dumps(content)
        self.max_width = int(max_width)


def popup_html(fields: list[tuple[str, str]], title: str, approximate_note: str | None = None) -> str:
    """A popup with a title and label/value lines, every piece escaped."""
    parts = [f"<div class='twente-popup'><h4>{html.escape(title)}</h4>"]
    if approximate_note:
        parts.append(f"<p class='approx'>⚠ {html.escape(approximate_note)}</p>")
    for label, value in fields:
        if value:
            parts.append(f"<p><b>{html.escape(label)}:</b> {html.escape(str(value))}</p>")
    parts.append("</div>")
    return "".join(parts)


def parks_group(parks, lang: str, name: str, labels: dict[str, str]) -> folium.FeatureGroup:
    """The recreation parks as markers; an approximate location is drawn dashed and says so."""
    group = folium.FeatureGroup(name=html.escape(name), overlay=True, control=True)
    for _, park in parks.iterrows():
        approx = bool(park["approximate"])
        fields = [
            (labels["operator"], park["operator"]),
            (labels["municipality"], park["municipality"]),
            (labels["area"], f"{park['area_ha']:g} ha" if park["area_ha"] == park["area_ha"] else ""),
            (labels["offers"], park["description"]),
            (labels["location"], park.get("coord_source", "")),
        ]
        marker = folium.Marker(
            (park["latitude"], park["longitude"]),
            icon=point_icon("park", "≈" if approx else "P", approx),
            tooltip=html.escape(park["name"] + (f" ({labels['approximate_short']})" if approx else "")),
        )
        Popup(popup_html(fields, park["name"], labels["approximate"] if approx else None)).add_to(marker)
        marker.add_to(group)
    return group


def legend_rows(classes: Classes, lang: str, decimals: int, values=None) -> list[tuple[str, str]]:
    """(colour, 'from – to') for each class, its edges written with ``decimals`` in ``lang``. A class
    holds the values above the bound of the class before it, up to its own bound (the first class from
    the lowest value). A class's 'from' is the lowest of the ``values`` in it (those the classes were
    made from), or without values the first number at that precision above the bound before it, so no
    value seems to be in two classes: whole percentages read '14', '15 – 16', '17 – 18', not '14',
    '14 – 16', '16 – 18'. Where a bound and the next class's 'from' read the same ('-0,3' for -0.324
    and for -0.319), those two edges get more decimals until they differ ('-0,32', '-0,31'); the other
    edges keep ``decimals``."""
    from twente.formatting import format_number

    def fmt(value: float, places: int) -> str:
        return format_number(value, places, lang) or ""

    intervals = classes.intervals()
    lowest = _lowest_per_class(classes, values)
    tops = [high for _, high, _ in intervals]
    precision = [_edge_decimals(b, lowest[i + 1], tops[i + 1], fmt, decimals) for i, b in enumerate(tops[:-1])]
    precision.append(decimals)
    rows = []
    for i, (low, high, colour) in enumerate(intervals):
        if i:
            p_from = precision[i - 1]
            start = lowest[i] if lowest[i] is not None else min(next_above(low, p_from), high)
        else:
            p_from, start = (precision[0] if low == high else decimals), low
        p_to = precision[i]
        # edges at different precisions must not read backwards ('0,14 – 0,1') nor one value as two
        # ('0,124 – 0,1236'): then both take the finer one
        if start >= high or round(start, p_from) > round(high, p_to):
            p_from = p_to = max(p_from, p_to)
        rows.append((colour, _span(fmt(start, p_from), fmt(high, p_to))))
    return rows


def _lowest_per_class(classes: Classes, values) -> list[float | None]:
    """The lowest of ``values`` in each class (None for a class without one, or without values)."""
    lowest: list[float | None] = [None] * len(classes.bounds)
    for v in values if values is not None else ():
        try:
            v = float(v)
        except (TypeError, ValueError):
            continue
        if not math.isfinite(v):
            continue
        i = next((k for k, b in enumerate(classes.bounds) if v <= b + 1e-9), len(classes.bounds) - 1)
        if lowest[i] is None or v < lowest[i]:
            lowest[i] = v
    return lowest


def _span(a: str, b: str) -> str:
    return a if a == b else f"{a} – {b}"


def _edge_decimals(bound: float, lowest_above: float | None, next_bound: float, fmt, decimals: int) -> int:
    """The fewest decimals (at least ``decimals``, at most 6 more) at which a class's upper ``bound``
    and the next class's 'from' are written differently: the lowest value in that class if known,
    else the first number at that precision above ``bound`` (not past that class's ``next_bound``)."""
    for p in range(decimals, decimals + 7):
        after = lowest_above if lowest_above is not None else next_above(bound, p)
        if after <= next_bound + 1e-12 and fmt(bound, p) != fmt(after, p):
            return p
    return decimals + 6


def next_above(value: float, decimals: int) -> float:
    """The smallest number with ``decimals`` decimals that is greater than ``value``."""
    scaled = value * 10**decimals
    near = round(scaled)
    whole = near if abs(scaled - near) < 1e-6 else math.floor(scaled)
    return (whole + 1) / 10**decimals


def outline_group(
    feature_collection: dict,
    name: str,
    style: dict,
    class_name: str,
    tooltip_label: str = "",
    tooltip_field: str = "name",
) -> folium.FeatureGroup:
    """Outlines drawn for context (greyed neighbours, a municipal border); a tooltip with
    each feature's ``tooltip_field`` when ``tooltip_label`` is given (names are escaped)."""
    features = [
        {
            "type": "Feature",
            "properties": {tooltip_field: html.escape(str(f["properties"].get(tooltip_field, "")))},
            "geometry": f["geometry"],
        }
        for f in feature_collection["features"]
    ]
    group = folium.FeatureGroup(name=html.escape(name), overlay=True, control=False)
    folium.GeoJson(
        {"type": "FeatureCollection", "features": features},
        style_function=lambda f: style,
        interactive=bool(tooltip_label),
        tooltip=folium.GeoJsonTooltip(fields=[tooltip_field], aliases=[html.escape(tooltip_label)])
        if tooltip_label and features
        else None,
        on_each_feature=folium.JsCode(f"function(feature, layer) {{ layer.options.className = '{class_name}'; }}"),
    ).add_to(group)
    return group


CIRCLE_COLOUR = "#2166ac"
NEGATIVE_COLOUR = "#b35806"  # a count below zero (a loss, a migration deficit): same area rule, other colour
COUNT_FILL = "#f4f4f4"  # the outlines under the circles of a count


def is_count(indicator) -> bool:
    """A count (``aggregate = sum`` in the catalogue: inhabitants, households, births) is drawn as
    proportional circles; a share, rate or density as a choropleth."""
    return getattr(indicator, "aggregate", "none") == "sum"


def circle_radius(value: float, largest: float, max_radius: float = 24.0) -> float:
    """Pixels for a proportional circle: the circle's AREA is proportional to the value
    (radius ~ square root), the largest value gets ``max_radius``. A negative count is drawn by its
    size (see ``circles_group``); 0 and 'no data' get no circle."""
    if not largest or largest <= 0 or value is None or math.isnan(value) or value == 0:
        return 0.0
    return max_radius * (abs(value) / largest) ** 0.5


def nice_amounts(largest: float, shares=(1.0, 0.5, 0.1)) -> list[float]:
    """The legend's reference amounts: shares of the largest value rounded to 2 significant
    digits (16234 -> 16000), distinct, largest first."""
    out = []
    for share in shares:
        x = largest * share
        if x <= 0:
            continue
        step = 10 ** max(math.floor(math.log10(x)) - 1, 0) if x >= 1 else 10 ** math.floor(math.log10(x) - 1)
        amount = round(round(x / step) * step, 10)
        if amount > 0 and amount not in out:
            out.append(amount)
    return out


@dataclass(frozen=True)
class CirclePoint:
    code: str
    lat: float
    lon: float
    value: float | None  # None or NaN: 'no data'
    tip: str  # plain text


def circles_group(
    points: list[CirclePoint],
    name: str,
    no_data_text: str,
    class_name: str = "twente-circle",
    max_radius: float = 24.0,
    interactive: bool = True,
) -> folium.FeatureGroup:
    """Proportional circles (area ~ |value|, the largest ``max_radius`` px) as one GeoJSON layer of
    points (far smaller than one marker each), largest first so small ones stay on top. A negative
    count is drawn in ``NEGATIVE_COLOUR``; a 0 as a small empty ring (``twente-zero``); 'no data'
    as a mark with ``no_data_text`` (``twente-nodata``), never as a circle. Not ``interactive``:
    no tooltips of their own, pointing at a circle reaches the area under it (and its tooltip)."""
    known = [p for p in points if p.value is not None and not math.isnan(p.value)]
    largest = max((abs(p.value) for p in known), default=0.0)
    features = []
    for p in sorted(known, key=lambda p: -abs(p.value)):
        radius = circle_radius(p.value, largest, max_radius)
        zero = radius <= 0
        properties = {"r": 2.5 if zero else round(radius, 2), "kind": "twente-zero" if zero else class_name}
        if zero or p.value < 0:  # every other circle has the layer's own colour (fewer bytes to send)
            properties["fill"] = "#ffffff" if zero else NEGATIVE_COLOUR
        if interactive:  # a click or a tooltip on the circle itself names its area
            properties.update(code=p.code, label=html.escape(p.tip))
        features.append(
            {
                "type": "Feature",
                "properties": properties,
                "geometry": {"type": "Point", "coordinates": [round(p.lon, 5), round(p.lat, 5)]},
            }
        )
    group = folium.FeatureGroup(name=html.escape(name), overlay=True, control=True)
    if features:
        folium.GeoJson(
            {"type": "FeatureCollection", "features": features},
            marker=folium.CircleMarker(
                radius=4,
                color="#ffffff",
                weight=1,
                fill=True,
                fill_color=CIRCLE_COLOUR,
                fill_opacity=0.7,
                interactive=interactive,
            ),
            tooltip=folium.GeoJsonTooltip(fields=["label"], labels=False) if interactive else None,
            # size, colour and class from each point's properties (no per-feature style table to send)
            on_each_feature=folium.JsCode(
                "function(f, layer) { var p = f.properties; layer.options.className = p.kind;"
                + ("" if interactive else " layer.options.interactive = false;")
                + " if (p.fill) { layer.options.fillColor = p.fill; }"
                " if (p.kind === 'twente-zero') { layer.options.color = '#333'; }"
                " layer.setRadius(p.r); }"
            ),
        ).add_to(group)
    missing = [p for p in points if p.value is None or math.isnan(p.value)]
    if missing:
        folium.GeoJson(
            {
                "type": "FeatureCollection",
                "features": [
                    {
                        "type": "Feature",
                        "properties": {"code": p.code, "label": html.escape(p.tip)},
                        "geometry": {"type": "Point", "coordinates": [round(p.lon, 5), round(p.lat, 5)]},
                    }
                    for p in missing
                ],
            },
            marker=folium.Marker(
                icon=folium.DivIcon(
                    html=f'<div class="nodata-mark">{html.escape(no_data_text)}</div>',
                    icon_size=(44, 16),
                    icon_anchor=(22, 8),
                    class_name="twente-nodata",
                )
            ),
            tooltip=folium.GeoJsonTooltip(fields=["label"], labels=False),
        ).add_to(group)
    return group
