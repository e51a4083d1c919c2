"""For residents: the nearest parks and nature areas from a place, postcode or map tap."""

import html

import folium
import streamlit as st

from twente import maps, state
from twente.exports import Meta
from twente.formatting import format_number
from twente.i18n import t
from twente.nearest import route_url
from twente.registry import TWENTE_BOUNDS
from twente.search import Location
from twente.text import escape_markdown
from twente.ui import cache, common, mapview, nav

lang = nav.page_start("parks")
st.title(t("finder_title", lang))
st.caption(t("finder_intro", lang))

gazetteer, gazetteer_problems = cache.gazetteer()
finder, finder_problems = cache.finder()

# Every view is a link: the search text is bound to ?plaats= by Streamlit, the nature toggle to
# ?natuur=, a tapped point is ?punt=lat,lon (hand-written: no widget holds it). ?postcode= is an
# older form of ?plaats= that links still carry.
if "postcode" in st.query_params and "plaats" not in st.query_params and "plaats" not in st.session_state:
    st.session_state["plaats"] = st.query_params.get("postcode", "")[:80]


def new_search() -> None:
    """A new search replaces a tapped point and an old ?postcode= link."""
    common.set_url("punt", None)
    common.set_url("postcode", None)


query = st.text_input(
    t("finder_input", lang),
    key=common.url_key("plaats"),
    placeholder=t("finder_placeholder", lang),
    max_chars=80,
    bind="query-params",
    on_change=new_search,
)
with_nature = st.toggle(t("finder_show_nature", lang), value=True, key=common.url_key("natuur"), bind="query-params")

result = gazetteer.search(query) if query.strip() else None
origin: Location | None = result.location if result else None
tapped = state.point(st.query_params, "punt", TWENTE_BOUNDS)
common.set_url("punt", None if tapped is None else state.point_text(*tapped))
if tapped:
    origin = Location(t("finder_map_point", lang), tapped[0], tapped[1], "map", cache.municipality_at(*tapped))
if st.query_params.get("postcode") and st.query_params.get("postcode") != query.strip():
    common.set_url("postcode", None)

if result and origin is None:
    st.warning(t("finder_not_found", lang, query=escape_markdown(query)))
if result and result.suggestions and (origin is None or result.how in ("prefix", "fuzzy")):
    st.caption(t("finder_did_you_mean", lang))
    cols = st.columns(min(len(result.suggestions), 3))
    for i, loc in enumerate(result.suggestions[:6]):
        if cols[i % len(cols)].button(escape_markdown(loc.describe(lang)), key=f"pf_sugg_{i}", width="stretch"):
            st.session_state["plaats"] = loc.label.split(" ")[0] if loc.kind == "postcode" else loc.label
            new_search()
            st.rerun()

# The results beside the map on a screen, above it on a phone (the first result on the first screen).
results_column, map_column = st.columns([2, 3], gap="medium")
ranked = []
if origin is not None:
    ranked = [r for r in finder.rank(origin.lat, origin.lon) if with_nature or r.destination.kind == "park"][:6]
with results_column:
    if origin is not None:
        st.subheader(t("finder_from", lang, place=escape_markdown(origin.describe(lang))))
        for n, r in enumerate(ranked, start=1):
            d = r.destination
            km = format_number(r.distance_km, 1, lang)
            km = t("finder_inside", lang) if r.inside else t("finder_km", lang, km=km)
            approx = f" · ⚠ {t('approximate_short', lang)}" if d.approximate else ""
            facilities = ", ".join(t("fac_" + f, lang) for f in d.facilities)
            with st.container(border=True):
                st.markdown(f"**{n}. {escape_markdown(d.name)}** — {escape_markdown(km)}{approx}")
                line = t("kind_" + d.kind, lang) + (f" · {facilities}" if facilities else "")
                if d.kind == "nature" and d.extra.get("area_ha"):
                    line += f" · {format_number(d.extra['area_ha'], 0, lang)} ha"
                if d.operator:
                    line += f" · {t('operator', lang)}: {d.operator.split('(')[0].strip()}"
                st.caption(escape_markdown(line))
                st.link_button(
                    t("finder_route", lang),
                    route_url(origin.lat, origin.lon, r.target_lat, r.target_lon),
                    width="stretch",
                )
        st.caption(t("finder_distance_note", lang))
    else:
        st.info(t("finder_start", lang))


def build_groups():
    group = folium.FeatureGroup(name=t("finder_results", lang))
    if origin is not None:
        folium.Marker(
            (origin.lat, origin.lon), icon=maps.point_icon("search"), tooltip=html.escape(origin.describe(lang))
        ).add_to(group)
        shapes = cache.nature_shapes()
        for n, r in enumerate(ranked, start=1):
            d = r.destination
            if d.kind == "nature" and d.name in shapes:
                folium.GeoJson(
                    shapes[d.name].__geo_interface__,
                    style_function=lambda f: {"color": "#1b7837", "weight": 1.5, "fillOpacity": 0.2},
                    tooltip=html.escape(d.name),
                ).add_to(group)
            folium.PolyLine(
                [(origin.lat, origin.lon), (r.target_lat, r.target_lon)],
                color="#2166ac",
                weight=2,
                dash_array="6 4",
                opacity=0.8,
            ).add_to(group)
            marker = folium.Marker(
                (r.target_lat if d.kind == "nature" else d.lat, r.target_lon if d.kind == "nature" else d.lon),
                icon=maps.point_icon("rank", str(n), d.approximate),
                tooltip=html.escape(f"{n}. {d.name}" + (f" ({t('approximate_short', lang)})" if d.approximate else "")),
            )
            marker.add_to(group)
        # every result the list shows is on the map (the nearest three only left 4 to 6 off it)
        maps.FitView([(origin.lat, origin.lon)] + [(r.target_lat, r.target_lon) for r in ranked]).add_to(group)
    else:
        for _, p in cache.parks().frame.iterrows():
            folium.Marker(
                (p["latitude"], p["longitude"]),
                icon=maps.point_icon("park", "≈" if p["approximate"] else "P", bool(p["approximate"])),
                tooltip=html.escape(p["name"]),
            ).add_to(group)
    return [group]


basemap = mapview.basemap_choice(lang)
view = (origin.lat, origin.lon, with_nature) if origin is not None else None
common.layer_notice(lang, cache.nature_areas(), cache.parks(), cache.municipalities())
with map_column:
    result_map = mapview.show_map(
        ("finder", lang, basemap),
        lambda: mapview.base_map(lang, basemap, with_parks=False, outlines=True),
        ("finder", lang, view),
        build_groups,
        key="finder",
        height=420,
        returned=["last_clicked"],
        export=Meta(t("finder_title", lang), t("export_date_see_sources", lang), t("finder_sources", lang)),
        lang=lang,
        export_base=lambda: mapview.base_map(lang, maps.NO_TILES, with_parks=False, outlines=True),
    )
    st.caption(t("finder_sources", lang))
tap = result_map.get("last_clicked") if result_map else None
if tap and tap != st.session_state.get("pf_last_tap"):
    st.session_state["pf_last_tap"] = tap
    common.set_url("punt", state.point_text(float(tap["lat"]), float(tap["lng"])))
    st.rerun()

common.show_problems(gazetteer_problems + finder_problems, lang)
nav.page_end("parks", lang)
