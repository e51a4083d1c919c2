"""The parks, bathing sites, other nature spots, places and postcodes, the parks' facilities
and Recreatieschap Twente's own figures: their files, schemas and loaders. Every coordinate is
checked to lie in or near Twente."""

from __future__ import annotations

import pandas as pd

from twente import config
from twente.csvio import Column, Schema
from twente.loading import Loaded
from twente.loading import read as _read
from twente.problems import Problem
from twente.registry import DATA_CODES, TWENTE_BOUNDS

RECREATION_FACTS_FILE = "living/recreation_facts.csv"
RECREATION_FACTS_SCHEMA = Schema(
    columns=(
        Column("id", not_empty=True),
        Column("qualifier", "choice", required=False, choices=frozenset({"about", "more_than", "exactly"})),
        Column("value", "number", not_empty=True, low=0),
        Column("unit_nl"),
        Column("unit_en"),
        Column("label_nl", not_empty=True),
        Column("label_en", not_empty=True),
        Column("publisher", not_empty=True),
        Column("source_url", not_empty=True),
        Column(
            "reference_date",
            required=False,
            pattern=r"\d{4}(-\d{2}(-\d{2})?)?",  # ISO; Excel turns 2024-05-01 into 1-5-2024 (May or January?)
            pattern_hint="YYYY-MM-DD",
        ),
    ),
    key=("id",),
    value_columns=("value",),
)

FACILITIES_FILE = "living/park_facilities.csv"
FACILITIES = ("swimming", "beach", "playground", "water_sports", "walking", "cycling", "food", "arboretum")
FACILITIES_SCHEMA = Schema(
    columns=(
        Column("park", not_empty=True),
        Column("facility", "choice", not_empty=True, choices=frozenset(FACILITIES)),
        Column("basis", required=False),
    ),
    key=("park", "facility"),
    value_columns=("basis",),
)
PARKS_FILE = "living/parks.csv"
POIS_FILE = "living/pois.csv"
_SITE_COLUMNS = (
    Column("name", not_empty=True),
    Column("municipality", required=False),
    Column("municipality_code", required=False),
    Column("place", required=False),
    Column("address", required=False),
    Column("latitude", "number", not_empty=True),
    Column("longitude", "number", not_empty=True),
    Column("coord_status", "choice", not_empty=True, choices=frozenset({"sourced", "approximate"})),
    Column("coord_note", required=False),
    Column("area_ha", "number", required=False, low=0),
    Column("area_note", required=False),
    Column("operator", required=False),
    Column("description", required=False),
    Column("source_coordinates", required=False),
    Column("source_facts", required=False),
)
PARKS_SCHEMA = Schema(
    columns=_SITE_COLUMNS + (Column("park_type", required=False), Column("bathing_water_eea_2016", required=False)),
    key=("name",),
    value_columns=("latitude", "longitude"),
)
POIS_SCHEMA = Schema(
    columns=_SITE_COLUMNS + (Column("category", required=False),),
    key=("name",),
    value_columns=("latitude", "longitude"),
)

BATHING_FILE = "places/parks_coordinates.csv"
BATHING_SCHEMA = Schema(
    columns=(
        Column("name", not_empty=True),
        Column("latitude", "number", not_empty=True),
        Column("longitude", "number", not_empty=True),
        Column("what_the_point_is", required=False),
        Column("source", required=False),
        Column("park", not_empty=True),
        Column("primary_marker", "choice", not_empty=True, choices=frozenset({"yes", "no"})),
    ),
    key=("name",),
    value_columns=("latitude", "longitude"),
)
PLACES_FILE = "places/places.csv"
PLACES_SCHEMA = Schema(
    columns=(
        Column("name", not_empty=True),
        Column("municipality_code", "code", not_empty=True),
        Column("latitude", "number", not_empty=True),
        Column("longitude", "number", not_empty=True),
        Column("kind", required=False),
        Column("coordinate_type", required=False),
    ),
    key=("name", "municipality_code"),
    value_columns=("latitude", "longitude"),
)
POSTCODES_FILE = "places/postcodes.csv"
POSTCODES_SCHEMA = Schema(
    columns=(
        Column("pc4", not_empty=True, pattern=r"[1-9][0-9]{3}", pattern_hint="1000-9999"),
        Column("municipality_code", "code", not_empty=True),
        Column("latitude", "number", not_empty=True),
        Column("longitude", "number", not_empty=True),
        Column("place", required=False),
    ),
    key=("pc4", "place", "municipality_code"),
    value_columns=("latitude", "longitude"),
)

# A point outside this box is not in or near Twente (it is usually lat/lon swapped or RD).
TWENTE_MARGIN = 0.2  # degrees around the outlines: a point further out is usually lat/lon swapped or RD


def _check_points(loaded: Loaded, relative: str) -> Loaded:
    frame = loaded.frame
    if frame.empty:
        return loaded
    inside = pd.Series(
        [TWENTE_BOUNDS.contains(lat, lon, TWENTE_MARGIN) for lat, lon in zip(frame["latitude"], frame["longitude"])],
        index=frame.index,
        dtype=bool,
    )
    name = config.display_path(config.data_dir() / relative)
    problems = list(loaded.problems) + [
        Problem(
            name,
            "bad_coordinate",
            row=int(r["_row"]),
            column="latitude",
            params={"lat": r["latitude"], "lon": r["longitude"]},
        )
        for _, r in frame[~inside].iterrows()
    ]
    return Loaded(frame[inside].reset_index(drop=True), problems)


def load_parks() -> Loaded:
    """The four recreation parks, with the official bathing sites as their points where sourced.

    A park whose point comes from the bathing-water register gets that point
    (``coord_status='sourced'``); a park without one keeps the estimate from parks.csv
    and stays marked approximate."""
    parks = _check_points(_read(PARKS_FILE, PARKS_SCHEMA), PARKS_FILE)
    sites = load_bathing_sites()
    problems = parks.problems + sites.problems
    frame = parks.frame.copy()
    if frame.empty:
        return Loaded(frame, problems)
    frame["coord_source"] = frame["source_coordinates"].fillna("")
    primary = (
        sites.frame[sites.frame["primary_marker"] == "yes"].drop_duplicates("park")
        if not sites.frame.empty
        else sites.frame
    )
    for i, park in frame.iterrows():
        match = primary[primary["park"] == park["name"]] if not primary.empty else primary
        if len(match):
            site = match.iloc[0]
            frame.loc[i, ["latitude", "longitude"]] = [site["latitude"], site["longitude"]]
            frame.loc[i, "coord_status"] = "sourced"
            frame.loc[i, "coord_source"] = f"zwemwater.nl: {site['name']}"
    frame["approximate"] = frame["coord_status"] == "approximate"
    for col in (
        "operator",
        "description",
        "address",
        "place",
        "municipality",
        "area_note",
        "bathing_water_eea_2016",
        "park_type",
    ):
        frame[col] = frame[col].fillna("")
    return Loaded(frame, problems)


def load_bathing_sites() -> Loaded:
    return _check_points(_read(BATHING_FILE, BATHING_SCHEMA), BATHING_FILE)


def load_pois() -> Loaded:
    loaded = _check_points(_read(POIS_FILE, POIS_SCHEMA), POIS_FILE)
    frame = loaded.frame
    if not frame.empty:
        frame["approximate"] = frame["coord_status"] == "approximate"
        for col in ("operator", "description", "address", "place", "municipality"):
            frame[col] = frame[col].fillna("")
    return Loaded(frame, loaded.problems)


def load_places() -> Loaded:
    return _check_points(_read(PLACES_FILE, PLACES_SCHEMA, DATA_CODES), PLACES_FILE)


def load_postcodes() -> Loaded:
    return _check_points(_read(POSTCODES_FILE, POSTCODES_SCHEMA, DATA_CODES), POSTCODES_FILE)


def load_recreation_facts() -> Loaded:
    """Figures the recreation board publishes about itself (route length, visitors)."""
    loaded = _read(RECREATION_FACTS_FILE, RECREATION_FACTS_SCHEMA)
    frame = loaded.frame
    if not frame.empty:
        frame["qualifier"] = frame["qualifier"].fillna("exactly") if "qualifier" in frame.columns else "exactly"
        for col in ("unit_nl", "unit_en", "reference_date"):
            frame[col] = frame[col].fillna("") if col in frame.columns else ""
    return Loaded(frame, loaded.problems)


def load_facilities() -> Loaded:
    """What each park offers: our tags of the facilities its sourced description names."""
    return _read(FACILITIES_FILE, FACILITIES_SCHEMA)
