"""The one list of data files: every CSV the app reads, with its declared schema, and which
pages show what it holds. The Sources page lists them; the guard test breaks each in turn. A
file added to twente_data/ must be added here (a test compares this list with the folder)."""

from __future__ import annotations

from twente import districts, geo, storyboard
from twente.csvio import Schema
from twente.data import _VALUE_FILES, AGE_SEX_FILE, AGE_SEX_SCHEMA, CATALOGUE_FILE, CATALOGUE_SCHEMA
from twente.places import (
    BATHING_FILE,
    BATHING_SCHEMA,
    FACILITIES_FILE,
    FACILITIES_SCHEMA,
    PARKS_FILE,
    PARKS_SCHEMA,
    PLACES_FILE,
    PLACES_SCHEMA,
    POIS_FILE,
    POIS_SCHEMA,
    POSTCODES_FILE,
    POSTCODES_SCHEMA,
    RECREATION_FACTS_FILE,
    RECREATION_FACTS_SCHEMA,
)

DATA_FILES: dict[str, Schema] = {
    CATALOGUE_FILE: CATALOGUE_SCHEMA,
    **_VALUE_FILES,
    AGE_SEX_FILE: AGE_SEX_SCHEMA,
    RECREATION_FACTS_FILE: RECREATION_FACTS_SCHEMA,
    FACILITIES_FILE: FACILITIES_SCHEMA,
    PARKS_FILE: PARKS_SCHEMA,
    BATHING_FILE: BATHING_SCHEMA,
    POIS_FILE: POIS_SCHEMA,
    PLACES_FILE: PLACES_SCHEMA,
    POSTCODES_FILE: POSTCODES_SCHEMA,
    districts.VALUES_FILE: districts.VALUES_SCHEMA,
    districts.CATALOGUE_FILE: districts.CATALOGUE_SCHEMA,
    storyboard.FILE: storyboard.SCHEMA,
}

# Which pages show what each file holds (page scripts by name; the Sources page reads all).
_INDICATOR_PAGES = ("overview", "population", "health", "living")
USED_BY: dict[str, tuple[str, ...]] = {
    CATALOGUE_FILE: _INDICATOR_PAGES,
    "population/population_by_year.csv": ("overview", "population"),
    "population/key_figures.csv": ("overview", "population"),
    "living/labour_market.csv": ("living",),
    "living/health_indicators.csv": ("health",),
    AGE_SEX_FILE: ("population",),
    RECREATION_FACTS_FILE: ("living",),
    FACILITIES_FILE: ("living", "parks"),
    PARKS_FILE: ("overview", "living", "parks"),
    BATHING_FILE: ("overview", "living", "parks"),
    POIS_FILE: ("parks",),
    PLACES_FILE: ("parks",),
    POSTCODES_FILE: ("parks",),
    districts.VALUES_FILE: ("municipality",),
    districts.CATALOGUE_FILE: ("municipality",),
    storyboard.FILE: ("presentation",),
}

# The GeoJSON files (geodata/), checked feature by feature against ``geo.PROPERTIES``, and the
# pages that draw them ("overview" draws the wijken only at ?niveau=wijken).
GEO_USED_BY: dict[str, tuple[str, ...]] = {
    geo.MUNICIPALITIES_FILE: ("overview", "population", "municipality", "health", "living", "parks"),
    geo.NEIGHBOURS_FILE: ("municipality",),
    geo.DISTRICTS_FILE: ("overview", "municipality"),
    geo.NATURE_FILE: ("municipality", "living", "parks"),
}
