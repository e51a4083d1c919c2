"""GeoJSON loading and validation, CRS handling, and the geometry the maps draw.

RFC 7946 says GeoJSON is longitude/latitude (WGS84). People also hand in files in RD New
(EPSG:28992, metres) or with latitude and longitude swapped: both are recognised, reported
and corrected. Geometry is checked with shapely.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import shapely
from shapely.geometry import mapping, shape

from twente import config
from twente.problems import DataFileError, Problem
from twente.registry import MUNICIPALITY_CODES

MUNICIPALITIES_FILE = "boundaries/twente_municipalities.geojson"
NEIGHBOURS_FILE = "boundaries/neighbours.geojson"
NATURE_FILE = "places/nature_areas.geojson"

# Bounding boxes used to recognise the coordinate system of a file about Twente.
_LONLAT = (3.0, 8.0, 50.5, 54.0)  # lon_min, lon_max, lat_min, lat_max (the Netherlands)
_RD = (0.0, 300_000.0, 300_000.0, 625_000.0)  # x_min, x_max, y_min, y_max of RD New


@dataclass
class Layer:
    """Features of one GeoJSON file: shapely geometries and their properties."""

    geometries: list = field(default_factory=list)
    properties: list[dict] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return bool(self.geometries)

    def by_code(self) -> dict[str, int]:
        return {p.get("code"): i for i, p in enumerate(self.properties)}


def _bounds_in(bounds, box) -> bool:
    x0, y0, x1, y1 = bounds
    return box[0] <= x0 and x1 <= box[1] and box[2] <= y0 and y1 <= box[3]


def _declared_crs(doc: dict) -> str:
    crs = doc.get("crs") or {}
    return str((crs.get("properties") or {}).get("name", "")).upper()


def _fix_crs(geoms: list, doc: dict, name: str, problems: list[Problem]) -> list:
    bounds = shapely.total_bounds(geoms)
    declared = _declared_crs(doc)
    if "28992" in declared or (_bounds_in(bounds, _RD) and not _bounds_in(bounds, _LONLAT)):
        from pyproj import Transformer

        tf = Transformer.from_crs("EPSG:28992", "EPSG:4326", always_xy=True)
        problems.append(Problem(name, "reprojected", severity="warning"))
        return [shapely.transform(g, lambda xy: _stack(*tf.transform(xy[:, 0], xy[:, 1]))) for g in geoms]
    if _bounds_in(bounds, _LONLAT):
        return geoms
    swapped = (bounds[1], bounds[0], bounds[3], bounds[2])
    if _bounds_in(swapped, _LONLAT):
        problems.append(Problem(name, "swapped_axes", severity="warning"))
        return [shapely.transform(g, lambda xy: xy[:, ::-1]) for g in geoms]
    raise DataFileError([Problem(name, "unknown_crs", params={"detail": f"bounds {tuple(round(b, 3) for b in bounds)}"})])


def _stack(x, y):
    import numpy as np

    return np.column_stack([x, y])


def read_geojson(path: Path, polygons: bool = True) -> Layer:
    """Read a FeatureCollection, check every feature, fix the CRS. Raises DataFileError."""
    name = config.display_path(path)
    if not Path(path).exists():
        raise DataFileError([Problem(name, "missing_file")])
    text = Path(path).read_bytes().decode("utf-8-sig", errors="replace")
    if not text.strip():
        raise DataFileError([Problem(name, "empty_file")])
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise DataFileError([Problem(name, "bad_json", row=exc.lineno, params={"detail": exc.msg})]) from None
    if not isinstance(doc, dict) or doc.get("type") != "FeatureCollection" or not isinstance(doc.get("features"), list):
        raise DataFileError([Problem(name, "not_feature_collection")])
    problems: list[Problem] = []
    geoms, props = [], []
    for i, feature in enumerate(doc["features"], start=1):
        p = (feature or {}).get("properties") or {}
        label = p.get("code") or p.get("name") or "?"
        try:
            g = shape(feature["geometry"])
        except Exception as exc:  # shapely raises several kinds for broken geometry
            problems.append(Problem(name, "bad_geometry", params={"index": i, "value": label, "detail": f"geometry unreadable ({exc.__class__.__name__})"}))
            continue
        if g.is_empty or (polygons and g.geom_type not in ("Polygon", "MultiPolygon")):
            problems.append(Problem(name, "bad_geometry", params={"index": i, "value": label, "detail": f"expected a polygon, got {g.geom_type}"}))
            continue
        if not g.is_valid:
            g = shapely.make_valid(g)
            problems.append(Problem(name, "bad_geometry", severity="warning", params={"index": i, "value": label, "detail": "invalid geometry repaired (make_valid)"}))
        geoms.append(g)
        props.append(dict(p))
    if not geoms:
        raise DataFileError(problems or [Problem(name, "no_rows")])
    geoms = _fix_crs(geoms, doc, name, problems)
    return Layer(geoms, props, problems)


def load_municipalities() -> Layer:
    """The 14 municipal outlines. Codes are checked against the registry."""
    path = config.geo_dir() / MUNICIPALITIES_FILE
    name = config.display_path(path)
    try:
        layer = read_geojson(path)
    except DataFileError as exc:
        return Layer(problems=exc.problems)
    keep_g, keep_p, seen = [], [], set()
    for g, p in zip(layer.geometries, layer.properties):
        code = str(p.get("code", "")).upper()
        if code not in MUNICIPALITY_CODES:
            layer.problems.append(Problem(name, "unknown_code", column="code", params={"value": code or "-"}))
            continue
        if code in seen:
            layer.problems.append(Problem(name, "duplicate_feature", column="code", severity="warning", params={"value": code}))
            continue
        seen.add(code)
        p["code"] = code
        keep_g.append(g)
        keep_p.append(p)
    missing = [c for c in MUNICIPALITY_CODES if c not in seen]
    if missing:
        layer.problems.append(Problem(name, "missing_codes", severity="warning", params={"value": ", ".join(missing)}))
    return Layer(keep_g, keep_p, layer.problems)


def load_layer(relative: str) -> Layer:
    try:
        return read_geojson(config.geo_dir() / relative)
    except DataFileError as exc:
        return Layer(problems=exc.problems)


def display_geometries(geoms: list, tolerance: float = 0.0004, precision: float = 1e-5) -> list:
    """Geometry for drawing: simplified as a coverage so shared borders stay shared (no
    slivers between neighbours), and snapped to 1e-5 degrees (about 1 m). About 40 m of
    tolerance is below one screen pixel at the zoom that shows all of Twente."""
    simplified = shapely.coverage_simplify(geoms, tolerance) if tolerance else geoms
    return list(shapely.set_precision(simplified, precision))


def feature_collection(geoms: list, properties: list[dict]) -> dict:
    return {
        "type": "FeatureCollection",
        "features": [{"type": "Feature", "properties": p, "geometry": mapping(g)} for g, p in zip(geoms, properties)],
    }


def label_points(geoms: list) -> list[tuple[float, float]]:
    """A point inside each polygon (lat, lon), for labels."""
    return [(p.y, p.x) for p in (g.representative_point() for g in geoms)]


def bounds_latlon(geoms: list) -> list[list[float]]:
    x0, y0, x1, y1 = shapely.total_bounds(geoms)
    return [[float(y0), float(x0)], [float(y1), float(x1)]]
