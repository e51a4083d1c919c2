"""GeoJSON for the maps and the park finder, read and handled with GeoPandas.

GeoPandas (with pyogrio) reads the files, reprojects, repairs, simplifies and measures. What
stays here is what it does not do:

* say what is wrong with a file, naming the file, the feature number and the problem, in
  Dutch and English (``twente.problems``), instead of a traceback or a silently dropped feature;
* recognise two common mistakes a reader cannot see in the file. RFC 7946 says GeoJSON is
  longitude/latitude (WGS84), and GDAL assumes so when a file declares no CRS; people still
  hand in files in RD New (EPSG:28992, metres) without declaring it, or with latitude and
  longitude swapped. Both are recognised by their bounds, reported as a warning and corrected.

GeoPandas is imported inside the functions: a page without a map does not pay for it.
"""

from __future__ import annotations

import json
import re
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from twente import config
from twente.problems import DataFileError, Problem
from twente.registry import MUNICIPALITY_CODES, area_name

if TYPE_CHECKING:
    import geopandas as gpd

MUNICIPALITIES_FILE = "boundaries/twente_municipalities.geojson"
NEIGHBOURS_FILE = "boundaries/neighbours.geojson"
DISTRICTS_FILE = "boundaries/twente_districts.geojson"
NATURE_FILE = "places/nature_areas.geojson"

WGS84 = "EPSG:4326"
RD_NEW = "EPSG:28992"  # Amersfoort / RD New: metres, the Dutch national grid; distances and areas here

# Bounding boxes used to recognise the coordinate system of a file about Twente.
_LONLAT = (3.0, 8.0, 50.5, 54.0)  # lon_min, lon_max, lat_min, lat_max (the Netherlands)
_RD = (0.0, 300_000.0, 300_000.0, 625_000.0)  # x_min, x_max, y_min, y_max of RD New


@dataclass(frozen=True)
class Prop:
    """A property every feature of a file carries: its name, its JSON type ('text' or
    'number'), whether a feature without it is left out, and the form a text must have."""

    name: str
    kind: str = "text"
    required: bool = True
    pattern: str | None = None


_GM = r"GM\d{4}"
# What the app reads from each file's features; other properties are kept as GDAL reads them.
PROPERTIES: dict[str, tuple[Prop, ...]] = {
    # a municipality or wijk without a name is still drawn, named by its code
    MUNICIPALITIES_FILE: (Prop("code", pattern=_GM), Prop("name", required=False)),
    NEIGHBOURS_FILE: (Prop("code", pattern=_GM), Prop("name", required=False)),
    DISTRICTS_FILE: (
        Prop("code", pattern=r"WK\d{6}"),
        Prop("name", required=False),
        Prop("municipality_code", pattern=_GM),
        Prop("municipality_name", required=False),
    ),
    NATURE_FILE: (
        Prop("name"),
        Prop("designation", required=False),
        Prop("directive", required=False),
        Prop("area_ha", "number", required=False),
        Prop("area_in_twente_ha", "number", required=False),
        Prop("municipality_codes", required=False, pattern=rf"(|{_GM}(,{_GM})*)"),
    ),
}


@dataclass
class Layer:
    """The usable features of one GeoJSON file, in WGS84 (lon/lat), and what was wrong with the file."""

    frame: gpd.GeoDataFrame = field(default_factory=lambda: empty_frame())
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.frame.empty


def empty_frame() -> gpd.GeoDataFrame:
    import geopandas as gpd

    return gpd.GeoDataFrame(geometry=gpd.GeoSeries([], crs=WGS84))


def _bounds_in(bounds, box) -> bool:
    x0, y0, x1, y1 = bounds
    return box[0] <= x0 and x1 <= box[1] and box[2] <= y0 and y1 <= box[3]


def _features(text: str, name: str) -> list:
    """The file's features as JSON, only to check its structure and to explain a bad feature."""
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise DataFileError([Problem(name, "bad_json", row=exc.lineno, params={"detail": exc.msg})]) from None
    if not isinstance(doc, dict) or doc.get("type") != "FeatureCollection" or not isinstance(doc.get("features"), list):
        raise DataFileError([Problem(name, "not_feature_collection")])
    if not doc["features"]:
        raise DataFileError([Problem(name, "no_features")])
    return doc["features"]


def _props(feature) -> dict:
    props = feature.get("properties") if isinstance(feature, dict) else None
    return props if isinstance(props, dict) else {}


def _why_unreadable(geometry) -> str:
    """Why GDAL gave a feature no geometry, in words (the reader only says 'null')."""
    if not geometry:
        return "no geometry"
    import shapely.geometry

    try:
        shape = shapely.geometry.shape(geometry)
    except Exception as exc:  # shapely raises several kinds for broken geometry
        return f"geometry unreadable ({exc.__class__.__name__}: {str(exc)[:100]})"
    return "empty geometry" if shape.is_empty else f"geometry unreadable (type {geometry.get('type')!r})"


def _drop_strays(frame: gpd.GeoDataFrame, name: str, problems: list[Problem]) -> gpd.GeoDataFrame:
    """Features in another coordinate system than most of the file (one feature pasted in from an
    RD New file, or with its axes swapped) are named and left out: the file as a whole cannot be
    reprojected, and drawn as they are they would lie far outside the Netherlands."""
    boxes = frame.geometry.bounds
    systems = {
        "lonlat": boxes.apply(lambda b: _bounds_in(tuple(b), _LONLAT), axis=1),
        "rd": boxes.apply(lambda b: _bounds_in(tuple(b), _RD), axis=1),
        "latlon": boxes.apply(lambda b: _bounds_in((b.iloc[1], b.iloc[0], b.iloc[3], b.iloc[2]), _LONLAT), axis=1),
    }
    most = max(systems, key=lambda k: int(systems[k].sum()))
    fits = systems[most]
    if fits.all() or fits.sum() * 2 <= len(frame):  # all alike, or no clear majority: judged as a whole
        return frame
    for i in frame.index[~fits]:
        detail = f"coordinates not like the rest of the file: bounds {tuple(round(float(x), 3) for x in boxes.loc[i])}"
        params = {"index": i, "value": _label(frame, i), "detail": detail}
        problems.append(Problem(name, "bad_geometry", params=params))
    return frame[fits]


def _to_wgs84(frame: gpd.GeoDataFrame, name: str, problems: list[Problem]) -> gpd.GeoDataFrame:
    """Reproject to WGS84; a file in RD New or with swapped axes is recognised by its bounds."""
    import shapely

    declared = frame.crs.to_epsg() if frame.crs is not None else 4326  # GDAL: no "crs" member means WGS84
    bounds = frame.total_bounds
    if declared == 28992 or (declared == 4326 and _bounds_in(bounds, _RD) and not _bounds_in(bounds, _LONLAT)):
        problems.append(Problem(name, "reprojected", severity="warning"))
        return frame.set_crs(RD_NEW, allow_override=True).to_crs(WGS84)
    if declared != 4326:  # another declared CRS: GeoPandas knows how to get to lon/lat
        frame = frame.to_crs(WGS84)
        bounds = frame.total_bounds
    if _bounds_in(bounds, _LONLAT):
        return frame
    swapped = (bounds[1], bounds[0], bounds[3], bounds[2])
    if _bounds_in(swapped, _LONLAT):
        problems.append(Problem(name, "swapped_axes", severity="warning"))
        return frame.set_geometry(shapely.transform(frame.geometry.array, lambda xy: xy[:, ::-1]), crs=WGS84)
    detail = f"bounds {tuple(round(float(b), 3) for b in bounds)}"
    raise DataFileError([Problem(name, "unknown_crs", params={"detail": detail})])


def _check_properties(features: list, i: int, props: tuple[Prop, ...], name: str) -> tuple[dict, list[Problem]]:
    """Feature ``i`` (1-based)'s declared properties as read from the JSON, and what is wrong
    with them; the feature is unusable when the list holds an error."""
    feature = features[i - 1]
    raw = feature.get("properties") if isinstance(feature, dict) else None
    label = _raw_label(raw)
    if not isinstance(raw, dict):
        return {}, [Problem(name, "feature_no_properties", params={"index": i})]
    values, problems = {}, []
    for prop in props:
        value = raw.get(prop.name)
        where = {"index": i, "value": label, "property": prop.name}
        if value is None or (isinstance(value, str) and not value.strip()):
            if prop.required:
                problems.append(Problem(name, "feature_property_missing", params=where))
            values[prop.name] = None
            continue
        if prop.kind == "number":
            ok = isinstance(value, (int, float)) and not isinstance(value, bool)
        else:
            ok = isinstance(value, str)
        if not ok:
            found = json.dumps(value, ensure_ascii=False)[:40]
            params = {**where, "found": found}
            if prop.kind == "number":
                problems.append(Problem(name, "feature_not_number", params=params))
            else:
                problems.append(Problem(name, "feature_not_text", params=params))
            continue
        if prop.pattern and not re.fullmatch(prop.pattern, value.strip().upper()):
            problems.append(Problem(name, "feature_bad_format", params={**where, "found": value[:40]}))
            continue
        values[prop.name] = value.strip() if isinstance(value, str) else float(value)
    return values, problems


def _raw_label(props) -> str:
    if isinstance(props, dict):
        for key in ("code", "name"):
            if isinstance(props.get(key), str) and props[key]:
                return props[key][:60]
    return "?"


def read_geojson(path: Path, polygons: bool = True, properties: tuple[Prop, ...] = ()) -> Layer:
    """Read a FeatureCollection with GeoPandas, check every feature, bring it to WGS84.

    A feature without usable geometry, or without one of the ``properties`` it must carry (or
    with one of the wrong type or form) is left out and named; the declared properties are
    taken from the JSON as written (GDAL turns a column of mixed types into text). An invalid
    polygon is repaired (``make_valid``) with a warning. Raises DataFileError when nothing is usable."""
    import geopandas as gpd
    import pandas as pd

    name = config.display_path(path)
    if not Path(path).exists():
        raise DataFileError([Problem(name, "missing_file")])
    raw = Path(path).read_bytes()
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):  # Windows 'Unicode': GeoJSON is UTF-8 (RFC 7946), GDAL reads no other
        raise DataFileError([Problem(name, "geojson_not_utf8")])
    text = raw.decode("utf-8-sig", errors="replace")
    if not text.strip():
        raise DataFileError([Problem(name, "empty_file")])
    features = _features(text, name)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)  # GDAL's notes on odd geometry: reported per feature below
            warnings.filterwarnings("ignore", "Could not parse column", UserWarning)  # mixed types: checked below
            frame = gpd.read_file(path, engine="pyogrio", on_invalid="ignore")
    except Exception as exc:  # pyogrio.errors.DataSourceError and the like: the file as a whole is unreadable
        raise DataFileError([Problem(name, "unreadable_geojson", params={"detail": str(exc)[:200]})]) from None

    problems: list[Problem] = []
    # GDAL skips array entries that are not {"type": "Feature", ...}: name them, and number the
    # rows it did read as the file does (feature 1 is the first entry of "features").
    numbers = []
    for i, feature in enumerate(features, start=1):
        if isinstance(feature, dict) and feature.get("type") == "Feature":
            numbers.append(i)
        else:
            label = str(_props(feature).get("code") or _props(feature).get("name") or "?")
            detail = "not a GeoJSON Feature" + (' (no "type": "Feature")' if isinstance(feature, dict) else "")
            problems.append(Problem(name, "bad_geometry", params={"index": i, "value": label, "detail": detail}))
    if len(numbers) != len(frame):  # not expected; number the rows as read rather than guess
        numbers = list(range(1, len(frame) + 1))
    frame.index = numbers

    geometry = frame.geometry
    unusable = geometry.isna() | geometry.is_empty
    if polygons:
        unusable |= ~geometry.geom_type.isin(["Polygon", "MultiPolygon"])
    for i in frame.index[unusable]:
        g = geometry[i]
        feature = features[i - 1] if i <= len(features) else None
        raw = feature.get("geometry") if isinstance(feature, dict) else None
        label = _raw_label(_props(feature)) if isinstance(feature, dict) else "?"
        if g is None and not raw:
            problems.append(Problem(name, "feature_no_geometry", params={"index": i, "value": label}))
            continue
        detail = _why_unreadable(raw) if g is None or g.is_empty else f"expected a polygon, got {g.geom_type}"
        problems.append(Problem(name, "bad_geometry", params={"index": i, "value": label, "detail": detail}))
    if properties and len(numbers) == len(frame) and numbers and max(numbers) <= len(features):
        checked = {i: _check_properties(features, i, properties, name) for i in frame.index[~unusable]}
        for i, (_, found) in checked.items():
            problems.extend(found)
            if any(p.severity == "error" for p in found):
                unusable[i] = True
        for prop in properties:
            frame[prop.name] = pd.Series({i: values.get(prop.name) for i, (values, _) in checked.items()}, dtype=object)
            if prop.kind == "number":
                frame[prop.name] = pd.to_numeric(frame[prop.name], errors="coerce")
    frame = frame[~unusable]
    invalid = ~frame.geometry.is_valid
    if invalid.any():
        reasons = frame.geometry[invalid].is_valid_reason()
        for i in frame.index[invalid]:
            detail = f"invalid geometry repaired (make_valid): {reasons[i]}"
            params = {"index": i, "value": _label(frame, i), "detail": detail}
            problems.append(Problem(name, "bad_geometry", severity="warning", params=params))
        frame.loc[invalid, frame.geometry.name] = frame.geometry[invalid].make_valid()
    if frame.empty:
        raise DataFileError(problems or [Problem(name, "no_features")])
    frame = _drop_strays(frame, name, problems)
    frame = _to_wgs84(frame, name, problems)
    return Layer(frame.reset_index(drop=True), problems)


def _label(frame: gpd.GeoDataFrame, i) -> str:
    """What a feature is called in a message: its code, else its name, else '?'."""
    for column in ("code", "name"):
        value = frame.at[i, column] if column in frame.columns else None
        if isinstance(value, str) and value:
            return value
    return "?"


def load_municipalities() -> Layer:
    """The 14 municipal outlines (columns ``code``, ``name``, ...). Codes are checked against the registry."""
    path = config.geo_dir() / MUNICIPALITIES_FILE
    name = config.display_path(path)
    try:
        layer = read_geojson(path, properties=PROPERTIES[MUNICIPALITIES_FILE])
    except DataFileError as exc:
        return Layer(problems=exc.problems)
    frame, problems = layer.frame, layer.problems
    codes = (
        frame["code"].astype("string").str.strip().str.upper().fillna("")
        if "code" in frame.columns
        else frame.index.to_series().map(lambda _: "")
    )
    keep, seen = [], set()
    for i, code in codes.items():
        if code not in MUNICIPALITY_CODES:
            problems.append(Problem(name, "unknown_code", column="code", params={"value": code or "-"}))
        elif code in seen:
            problems.append(
                Problem(name, "duplicate_feature", column="code", severity="warning", params={"value": code})
            )
        else:
            seen.add(code)
            keep.append(i)
    frame = frame.loc[keep].assign(code=codes[keep])
    frame["name"] = frame["name"].fillna(frame["code"]) if "name" in frame.columns else frame["code"]
    missing = [c for c in MUNICIPALITY_CODES if c not in seen]
    if missing:
        named = ", ".join(f"{area_name(c)} ({c})" for c in missing)
        problems.append(Problem(name, "missing_codes", severity="warning", params={"value": named}))
    return Layer(frame.reset_index(drop=True), problems)


def load_layer(relative: str) -> Layer:
    """A file other than the municipal and district outlines (the neighbours, the Natura 2000
    areas), its features checked against ``PROPERTIES``. A neighbour whose code is one of the
    14 Twente municipalities, and a nature area said to lie in a municipality outside them,
    are named and left out."""
    path = config.geo_dir() / relative
    try:
        layer = read_geojson(path, properties=PROPERTIES.get(relative, ()))
    except DataFileError as exc:
        return Layer(problems=exc.problems)
    frame, problems = layer.frame, layer.problems
    name = config.display_path(path)
    if relative == NEIGHBOURS_FILE:
        codes = frame["code"].str.upper()
        bad = codes.isin(MUNICIPALITY_CODES)
        column = "code"
    elif relative == NATURE_FILE:
        codes = frame["municipality_codes"].fillna("").str.upper()
        bad = codes.map(lambda v: any(c and c not in MUNICIPALITY_CODES for c in v.split(",")))
        column = "municipality_codes"
    else:
        return layer
    for i in frame.index[bad]:
        params = {"value": f"{_label(frame, i)}: {codes[i]}"}
        if relative == NEIGHBOURS_FILE:
            problems.append(Problem(name, "neighbour_in_twente", column=column, params=params))
        else:
            problems.append(Problem(name, "unknown_code", column=column, params=params))
    if bad.all():
        return Layer(problems=problems)
    return Layer(frame[~bad].reset_index(drop=True), problems)


def display_geometry(geometry: gpd.GeoSeries, tolerance: float = 0.0004, precision: float = 1e-5) -> gpd.GeoSeries:
    """Geometry for drawing: simplified as a coverage so shared borders stay shared (no
    slivers between neighbours), and snapped to 1e-5 degrees (about 1 m). About 40 m of
    tolerance is below one screen pixel at the zoom that shows all of Twente."""
    simplified = geometry.simplify_coverage(tolerance) if tolerance else geometry
    return simplified.set_precision(precision)


def label_points(frame: gpd.GeoDataFrame) -> list[tuple[float, float]]:
    """A point inside each polygon (lat, lon), for labels."""
    return [(p.y, p.x) for p in frame.geometry.representative_point()]


def municipality_at(frame: gpd.GeoDataFrame, lat: float, lon: float) -> str:
    """The code of the municipality in ``frame`` that contains the point, or '' outside them all."""
    import geopandas as gpd

    here = gpd.GeoDataFrame(geometry=gpd.points_from_xy([lon], [lat]), crs=WGS84)
    hit = gpd.sjoin(here, frame[["code", "geometry"]], predicate="within")
    return str(hit["code"].iloc[0]) if len(hit) else ""


def load_districts() -> Layer:
    """The 127 wijken (columns ``code``, ``name``, ``municipality_code``); a feature without a
    code or with a municipality outside the 14 is named and left out."""
    path = config.geo_dir() / DISTRICTS_FILE
    try:
        layer = read_geojson(path, properties=PROPERTIES[DISTRICTS_FILE])
    except DataFileError as exc:
        return Layer(problems=exc.problems)
    frame, problems = layer.frame, layer.problems
    name = config.display_path(path)
    if "code" not in frame.columns or "municipality_code" not in frame.columns:
        return Layer(
            problems=problems
            + [
                Problem(
                    name,
                    "missing_columns",
                    params={
                        "missing": "code, municipality_code",
                        "found": ", ".join(c for c in frame.columns if c != "geometry"),
                    },
                )
            ]
        )
    frame = frame.assign(
        code=frame["code"].astype("string").str.strip().str.upper().fillna(""),
        municipality_code=frame["municipality_code"].astype("string").str.strip().str.upper().fillna(""),
    )
    # a wijk code is WK + the municipality's four digits + two: WK014110 lies in GM0141
    bad = (
        (frame["code"] == "")
        | ~frame["municipality_code"].isin(MUNICIPALITY_CODES)
        | (frame["code"].str[2:6] != frame["municipality_code"].str[2:6])
    )
    for i in frame.index[bad]:
        problems.append(
            Problem(
                name,
                "unknown_code",
                column="municipality_code",
                params={"value": f"{frame.at[i, 'code'] or '?'} / {frame.at[i, 'municipality_code'] or '-'}"},
            )
        )
    frame = frame[~bad]
    frame["name"] = frame["name"].fillna(frame["code"]) if "name" in frame.columns else frame["code"]
    return Layer(frame.reset_index(drop=True), problems)
