"""Cached access to the data. Loads happen once per process; a rerun reads from memory.

``cache_resource`` hands out the same objects to every session without copying them:
callers must not modify what they get (the pages only read)."""
from __future__ import annotations

import streamlit as st

from twente import data, geo
from twente.indicators import Catalogue


@st.cache_resource(show_spinner=False)
def catalogue() -> tuple[Catalogue, list]:
    loaded = data.load_catalogue()
    return Catalogue(loaded.frame), loaded.problems


@st.cache_resource(show_spinner=False)
def values():
    cat = data.load_catalogue()
    return data.load_values(cat.frame)


@st.cache_resource(show_spinner=False)
def municipalities() -> geo.Layer:
    return geo.load_municipalities()


@st.cache_resource(show_spinner=False)
def municipality_shapes() -> dict:
    """Display geometry of the 14 (simplified as a coverage) as a FeatureCollection."""
    layer = municipalities()
    if not layer.ok:
        return {"type": "FeatureCollection", "features": []}
    props = [{"code": p["code"], "name": p.get("name", p["code"])} for p in layer.properties]
    return geo.feature_collection(geo.display_geometries(layer.geometries), props)


@st.cache_resource(show_spinner=False)
def municipality_labels() -> list[tuple[str, float, float]]:
    layer = municipalities()
    return [(p.get("name", p["code"]), lat, lon) for p, (lat, lon) in zip(layer.properties, geo.label_points(layer.geometries))]


@st.cache_resource(show_spinner=False)
def parks():
    return data.load_parks()


@st.cache_resource(show_spinner=False)
def pois():
    return data.load_pois()


@st.cache_resource(show_spinner=False)
def facilities():
    return data.load_facilities()


@st.cache_resource(show_spinner=False)
def recreation_facts():
    return data.load_recreation_facts()


@st.cache_resource(show_spinner=False)
def age_sex():
    return data.load_age_sex()


@st.cache_resource(show_spinner=False)
def nature_areas() -> geo.Layer:
    return geo.load_layer(geo.NATURE_FILE)


@st.cache_resource(show_spinner=False)
def gazetteer():
    from twente.search import Gazetteer

    places, postcodes = data.load_places(), data.load_postcodes()
    return Gazetteer(places.frame, postcodes.frame), places.problems + postcodes.problems


@st.cache_resource(show_spinner=False)
def data_index() -> dict:
    """Which years (and age groups) each indicator has data for: computed once."""
    from twente.indicators import index_years_groups

    return index_years_groups(values().frame)


@st.cache_resource(show_spinner=False)
def finder():
    """Parks and Natura 2000 areas, ready to rank by distance."""
    from twente.nearest import Destination, Finder
    from twente.search import normalise

    parks_loaded, tagged, pois_loaded, nature = parks(), facilities(), pois(), nature_areas()
    tags: dict[str, list[str]] = {}
    for _, r in tagged.frame.iterrows():
        tags.setdefault(r["park"], []).append(r["facility"])
    points = [
        Destination(r["name"], "park", float(r["latitude"]), float(r["longitude"]), bool(r["approximate"]), r["operator"],
                    r["description"], tuple(tags.get(r["name"], ())), {"municipality": r["municipality"], "area_ha": r["area_ha"]})
        for _, r in parks_loaded.frame.iterrows()
    ]
    described = {normalise(r["name"]): r for _, r in pois_loaded.frame.iterrows()}
    areas = []
    for g, p in zip(nature.geometries, nature.properties):
        if (p.get("area_in_twente_ha") or 0) < 5:  # Boetelerveld touches Twente by 1.5 ha only
            continue
        key = normalise(p["name"])
        poi = next((r for k, r in described.items() if key in k or k.endswith(key)), None)
        areas.append((Destination(p["name"], "nature", 0.0, 0.0, False, poi["operator"] if poi is not None else "",
                                  poi["description"] if poi is not None else "", (),
                                  {"designation": p.get("designation", ""), "area_ha": p.get("area_ha")}), g))
    problems = parks_loaded.problems + tagged.problems + pois_loaded.problems + nature.problems
    return Finder(points, areas), problems


@st.cache_resource(show_spinner=False)
def nature_shapes() -> dict:
    """Natura 2000 outlines simplified for drawing (about 20 m), keyed by name."""
    import shapely

    layer = nature_areas()
    return {p["name"]: shapely.set_precision(shapely.simplify(g, 0.0002, preserve_topology=True), 1e-5)
            for g, p in zip(layer.geometries, layer.properties)}
