"""The one registry of areas: the 14 municipalities with their search terms, and the
reference regions that appear in the data (the Netherlands, Overijssel, the GGD region)."""

from __future__ import annotations

from dataclasses import dataclass, field

from twente.i18n import t


@dataclass(frozen=True)
class Area:
    code: str
    name: str
    kind: str  # municipality | region | province | country
    search_terms: tuple[str, ...] = field(default=())

    def label(self, lang: str = "nl") -> str:
        """The name on screen: a municipality's own name; a reference area's name is
        translated (``"area_" + code`` in twente.i18n)."""
        return self.name if self.kind == "municipality" else t("area_" + self.code, lang)


MUNICIPALITIES: tuple[Area, ...] = (
    Area("GM0141", "Almelo", "municipality", ("almelo", "aadorp", "bornerbroek")),
    Area("GM0147", "Borne", "municipality", ("borne", "zenderen", "hertme")),
    Area("GM1774", "Dinkelland", "municipality", ("dinkelland", "denekamp", "ootmarsum", "weerselo")),
    Area("GM0153", "Enschede", "municipality", ("enschede", "glanerbrug", "lonneker", "boekelo")),
    Area("GM0158", "Haaksbergen", "municipality", ("haaksbergen", "buurse", "sint isidorushoeve")),
    Area("GM0163", "Hellendoorn", "municipality", ("hellendoorn", "nijverdal", "haarle")),
    Area("GM0164", "Hengelo", "municipality", ("hengelo", "hengelo (o.)", "beckum")),
    Area("GM1735", "Hof van Twente", "municipality", ("hof van twente", "goor", "delden", "markelo", "diepenheim")),
    Area("GM0168", "Losser", "municipality", ("losser", "de lutte", "glane", "overdinkel")),
    Area("GM0173", "Oldenzaal", "municipality", ("oldenzaal",)),
    Area("GM1742", "Rijssen-Holten", "municipality", ("rijssen-holten", "rijssen", "holten")),
    Area("GM0183", "Tubbergen", "municipality", ("tubbergen", "albergen", "vasse", "geesteren")),
    Area("GM1700", "Twenterand", "municipality", ("twenterand", "vriezenveen", "vroomshoop", "den ham")),
    Area("GM0189", "Wierden", "municipality", ("wierden", "enter", "hoge hexel")),
)

TWENTE = Area("TWENTE", "Twente", "region", ("twente",))
GGD_REGION = Area("GGD_TWENTE", "GGD Twente (regio)", "region")
OVERIJSSEL = Area("PV23", "Overijssel", "province")
NETHERLANDS = Area("NL01", "Nederland", "country")

MUNICIPALITY_CODES: tuple[str, ...] = tuple(m.code for m in MUNICIPALITIES)
REFERENCE_AREAS: tuple[Area, ...] = (TWENTE, GGD_REGION, OVERIJSSEL, NETHERLANDS)
ALL_AREAS: dict[str, Area] = {a.code: a for a in MUNICIPALITIES + REFERENCE_AREAS}
# The population trend's default comparison: the three largest municipalities.
TREND_DEFAULTS: tuple[str, ...] = ("GM0153", "GM0164", "GM0141")  # Enschede, Hengelo, Almelo


@dataclass(frozen=True)
class Bounds:
    """A box in latitude/longitude (WGS84)."""

    south: float
    west: float
    north: float
    east: float

    def corners(self) -> list[list[float]]:
        """[[south, west], [north, east]], as Leaflet's fitBounds takes it."""
        return [[self.south, self.west], [self.north, self.east]]

    def contains(self, lat: float, lon: float, margin: float = 0.0) -> bool:
        """Inside the box widened by ``margin`` degrees (False for nan and inf)."""
        return (self.south - margin <= lat <= self.north + margin) and (self.west - margin <= lon <= self.east + margin)


# The one bounding box of Twente: the 14 municipal outlines (CBS 2026).
TWENTE_BOUNDS = Bounds(south=52.118, west=6.327, north=52.495, east=7.073)

# Codes a value file may contain (Twente itself is derived: the sum of the 14).
DATA_CODES: frozenset[str] = frozenset(MUNICIPALITY_CODES) | {"NL01", "PV23", "GGD_TWENTE"}


def area_name(code: str, lang: str = "nl") -> str:
    area = ALL_AREAS.get(code)
    return area.label(lang) if area else code
