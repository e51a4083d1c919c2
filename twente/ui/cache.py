"""Cached access to the data. Loads happen once per process; a rerun reads from memory.

``cache_resource`` hands out the same objects to every session without copying them:
callers must not modify what they get (the pages only read).

An edited data file is picked up without a restart: every page run starts with
``refresh_when_files_change()``, which compares the files' modification times and sizes with
those of the last load and, when any differ, empties every ``st.cache_resource`` cache (the
loaded files and everything derived from them: views, charts, rendered maps)."""

from __future__ import annotations

import gc
import sys

import pandas as pd
import streamlit as st

from twente import config, data, geo, places
from twente.indicators import Catalogue

# What the caches were filled from (once per process): the stamps of twente_data/ and geodata/.
_loaded_from: dict[str, tuple] = {}
# Caches that read nothing but the GeoJSON files: they survive an edited CSV.
GEOMETRY_ONLY = ("municipalities", "municipality_shapes", "municipality_labels", "nature_areas", "nature_shapes")


def refresh_when_files_change() -> bool:
    """Empty the caches when a data file was saved since they were filled; True if it did.

    An edited GeoJSON empties every cache; an edited CSV every cache but the geometry-only
    ones (the loaded files and all that is derived from them: views, charts, rendered maps)."""
    stamps = {"csv": config.files_stamp(config.data_dir()), "geo": config.files_stamp(config.geo_dir())}
    if stamps == _loaded_from:
        return False
    if _loaded_from:
        gc.unfreeze()  # the old data may be garbage now (see twente/ui/warmup.py)
    if _loaded_from and stamps["geo"] != _loaded_from["geo"]:
        st.cache_resource.clear()
    elif _loaded_from:
        for module_name, module in list(sys.modules.items()):
            if module_name.startswith("twente.ui"):
                for name, value in vars(module).items():
                    if hasattr(value, "clear") and type(value).__name__ == "CachedFunc" and name not in GEOMETRY_ONLY:
                        value.clear()
    _loaded_from.update(stamps)
    return True


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
    """Display geometry of the 14 (simplified as a coverage) as a FeatureCollection for Folium."""
    layer = municipalities()
    if not layer.ok:
        return {"type": "FeatureCollection", "features": []}
    shapes = layer.frame[["code", "name", "geometry"]]
    return shapes.set_geometry(geo.display_geometry(shapes.geometry)).to_geo_dict(drop_id=True)


@st.cache_resource(show_spinner=False)
def municipality_labels() -> list[tuple[str, float, float]]:
    layer = municipalities()
    names = layer.frame["name"] if layer.ok else []
    return [(name, lat, lon) for name, (lat, lon) in zip(names, geo.label_points(layer.frame))]


def municipality_at(lat: float, lon: float) -> str:
    """The code of the Twente municipality a point (a map tap) lies in; '' outside Twente."""
    layer = municipalities()
    return geo.municipality_at(layer.frame, lat, lon) if layer.ok else ""


@st.cache_resource(show_spinner=False)
def parks():
    return places.load_parks()


@st.cache_resource(show_spinner=False)
def pois():
    return places.load_pois()


@st.cache_resource(show_spinner=False)
def facilities():
    return places.load_facilities()


@st.cache_resource(show_spinner=False)
def recreation_facts():
    return places.load_recreation_facts()


@st.cache_resource(show_spinner=False)
def age_sex():
    return data.load_age_sex()


@st.cache_resource(show_spinner=False)
def nature_areas() -> geo.Layer:
    return geo.load_layer(geo.NATURE_FILE)


@st.cache_resource(show_spinner=False)
def gazetteer():
    from twente.search import Gazetteer

    found, postcodes = places.load_places(), places.load_postcodes()
    return Gazetteer(found.frame, postcodes.frame), found.problems + postcodes.problems


@st.cache_resource(show_spinner=False)
def data_index() -> dict:
    """Which years (and age groups) each indicator has data for: computed once."""
    from twente.indicators import index_years_groups

    return index_years_groups(values().frame)


@st.cache_resource(show_spinner=False)
def _group_labels() -> dict[tuple[str, int, str], str]:
    """{(indicator, year, group): the age group as the source writes it}, for every row that has one."""
    frame = values().frame
    if frame.empty or "group_label" not in frame.columns:
        return {}
    rows = frame.dropna(subset=["group_label"]).drop_duplicates(["indicator", "year", "group"])
    return {(i, int(y), g): str(label) for i, y, g, label in rows[["indicator", "year", "group", "group_label"]].values}


def group_label(indicator: str, year: int, group: str) -> str:
    """``twente.indicators.group_label`` of the loaded values, looked up instead of filtered
    (a picker asks for it once per option on every run: 4 ms a time)."""
    return _group_labels().get((indicator, int(year), group), "")


@st.cache_resource(show_spinner=False)
def finder():
    """Parks and Natura 2000 areas, ready to rank by distance."""
    import geopandas as gpd

    from twente.nearest import Destination, Finder
    from twente.search import normalise

    parks_loaded, tagged, pois_loaded, nature = parks(), facilities(), pois(), nature_areas()
    tags: dict[str, list[str]] = {}
    for _, r in tagged.frame.iterrows():
        tags.setdefault(r["park"], []).append(r["facility"])
    park_frame = parks_loaded.frame
    destinations = [
        Destination(
            r["name"],
            "park",
            float(r["latitude"]),
            float(r["longitude"]),
            bool(r["approximate"]),
            r["operator"],
            r["description"],
            tuple(tags.get(r["name"], ())),
            {"municipality": r["municipality"], "area_ha": r["area_ha"]},
        )
        for _, r in park_frame.iterrows()
    ]
    shapes = list(gpd.points_from_xy(park_frame["longitude"], park_frame["latitude"])) if len(park_frame) else []
    described = {normalise(r["name"]): r for _, r in pois_loaded.frame.iterrows()}
    in_twente = nature.frame.get("area_in_twente_ha", pd.Series(0.0, index=nature.frame.index)).fillna(0)
    areas = nature.frame[in_twente >= 5]  # Boetelerveld touches Twente by 1.5 ha only
    for _, p in areas.iterrows():
        key = normalise(p["name"])
        poi = next((r for k, r in described.items() if key in k or k.endswith(key)), None)
        destinations.append(
            Destination(
                p["name"],
                "nature",
                0.0,
                0.0,
                False,
                poi["operator"] if poi is not None else "",
                poi["description"] if poi is not None else "",
                (),
                {"designation": _text(p.get("designation")), "area_ha": _number(p.get("area_ha"))},
            )
        )
        shapes.append(p.geometry)
    problems = parks_loaded.problems + tagged.problems + pois_loaded.problems + nature.problems
    return Finder(destinations, gpd.GeoSeries(shapes, crs=geo.WGS84)), problems


def _text(value) -> str:
    return value if isinstance(value, str) else ""


def _number(value) -> float | None:
    return None if pd.isna(value) else float(value)


@st.cache_resource(show_spinner=False)
def nature_shapes() -> dict:
    """Natura 2000 outlines simplified for drawing (about 20 m), keyed by name. A dict, not the
    GeoSeries: ``name in shapes`` asks about names here (a GeoSeries' ``in`` looks for a geometry)."""
    layer = nature_areas()
    if not layer.ok:
        return {}
    shapes = layer.frame.set_index("name").geometry
    return shapes.simplify(0.0002, preserve_topology=True).set_precision(1e-5).to_dict()


# --------------------------------------------------------------------------- wijken (districts) and context


@st.cache_resource(show_spinner=False)
def district_catalogue():
    from twente import districts as d

    return d.load_catalogue()


@st.cache_resource(show_spinner=False)
def district_values():
    from twente import districts as d

    return d.load_values(district_catalogue()[0])


@st.cache_resource(show_spinner=False)
def districts() -> geo.Layer:
    return geo.load_districts()


# The district file is not a coverage: each wijk was simplified on its own upstream, so
# neighbours overlap and leave gaps (about 1.6 km² in all). GEOS's coverage simplification then
# keeps nearly every vertex (4,592 -> 4,435 at 0.0008°), so the wijken are simplified one by one
# (topology kept) like the upstream file was: for all of Twente at 0.001° (70-110 m, about a
# pixel at the zoom that shows the region) and to 1e-4° (about 10 m), to keep the payload under
# 120 KB; one municipality's wijken finer, to 1e-5° (about 1 m).
DISTRICT_DETAIL = {None: (0.001, 1e-4), "one": (0.0002, 1e-5)}


@st.cache_resource(show_spinner=False)
def district_shapes(municipality: str | None = None) -> dict:
    """Display geometry of the wijken (of one municipality, or all) as a FeatureCollection."""
    layer = districts()
    if not layer.ok:
        return {"type": "FeatureCollection", "features": []}
    frame = layer.frame[["code", "name", "municipality_code", "geometry"]]
    if municipality is not None:
        frame = frame[frame["municipality_code"] == municipality]
    else:  # the region: the tooltip names the municipality too
        names = layer.frame.get("municipality_name", frame["municipality_code"]).fillna(frame["municipality_code"])
        frame = frame.assign(name=frame["name"] + " (" + names + ")")
    tolerance, precision = DISTRICT_DETAIL[None if municipality is None else "one"]
    geometry = frame.geometry.simplify(tolerance, preserve_topology=True).set_precision(precision)
    return frame.set_geometry(geometry).to_geo_dict(drop_id=True)


@st.cache_resource(show_spinner=False)
def district_points() -> dict[str, tuple[float, float]]:
    """A point inside each wijk (lat, lon), for proportional circles."""
    layer = districts()
    return dict(zip(layer.frame["code"], geo.label_points(layer.frame))) if layer.ok else {}


@st.cache_resource(show_spinner=False)
def neighbours() -> geo.Layer:
    return geo.load_layer(geo.NEIGHBOURS_FILE)


@st.cache_resource(show_spinner=False)
def context_shapes(municipality: str) -> dict:
    """The other 13 municipalities and the Dutch neighbours of Twente, to draw greyed."""
    parts = []
    layer = municipalities()
    if layer.ok:
        parts.append(layer.frame.loc[layer.frame["code"] != municipality, ["code", "name", "geometry"]])
    near = neighbours()
    if near.ok and {"code", "name"} <= set(near.frame.columns):
        parts.append(near.frame[["code", "name", "geometry"]])
    if not parts:
        return {"type": "FeatureCollection", "features": []}
    import geopandas as gpd

    frame = gpd.GeoDataFrame(pd.concat(parts, ignore_index=True), crs=geo.WGS84)
    return frame.set_geometry(geo.display_geometry(frame.geometry)).to_geo_dict(drop_id=True)


@st.cache_resource(show_spinner=False)
def municipality_outline(municipality: str) -> tuple[dict, list[list[float]] | None]:
    """One municipality's outline (from the municipal file) and its bounds [[lat, lon], [lat, lon]]."""
    layer = municipalities()
    if not layer.ok:
        return {"type": "FeatureCollection", "features": []}, None
    frame = layer.frame.loc[layer.frame["code"] == municipality, ["code", "name", "geometry"]]
    if frame.empty:
        return {"type": "FeatureCollection", "features": []}, None
    x0, y0, x1, y1 = frame.total_bounds
    shapes = frame.set_geometry(frame.geometry.set_precision(1e-5))
    return shapes.to_geo_dict(drop_id=True), [[float(y0), float(x0)], [float(y1), float(x1)]]


@st.cache_resource(show_spinner=False)
def nature_near(municipality: str, margin_m: float = 2000.0) -> list[str]:
    """Names of the Natura 2000 areas in the municipality or within ``margin_m`` of it."""
    layer, towns = nature_areas(), municipalities()
    if not layer.ok or not towns.ok:
        return []
    town = towns.frame[towns.frame["code"] == municipality]
    if town.empty:
        return []
    zone = town.to_crs(geo.RD_NEW).buffer(margin_m).to_crs(geo.WGS84).union_all()
    return [str(n) for n, g in zip(layer.frame["name"], layer.frame.geometry) if g.intersects(zone)]
