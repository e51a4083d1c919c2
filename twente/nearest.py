"""Which parks and nature areas are nearest to a point, and how far.

Distances are great-circle (haversine, vectorised with numpy). For a nature area the
distance is to the nearest point of its outline (0 when the point is inside): that point
is found in RD New (EPSG:28992, metres) with shapely and measured back on the sphere."""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import shapely
import shapely.ops
from pyproj import Transformer

EARTH_RADIUS_KM = 6371.0088
_TO_RD = Transformer.from_crs("EPSG:4326", "EPSG:28992", always_xy=True)
_FROM_RD = Transformer.from_crs("EPSG:28992", "EPSG:4326", always_xy=True)


def haversine_km(lat1, lon1, lat2, lon2):
    """Great-circle distance in km; works on scalars and numpy arrays."""
    lat1, lon1, lat2, lon2 = map(np.radians, (lat1, lon1, lat2, lon2))
    a = np.sin((lat2 - lat1) / 2) ** 2 + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(a))


@dataclass
class Destination:
    name: str
    kind: str  # park | nature
    lat: float  # the point measured to (for an area: filled in per search)
    lon: float
    approximate: bool = False
    operator: str = ""
    description: str = ""
    facilities: tuple[str, ...] = ()
    extra: dict = field(default_factory=dict)


@dataclass
class Ranked:
    destination: Destination
    distance_km: float
    target_lat: float
    target_lon: float
    inside: bool = False


class Finder:
    def __init__(self, points: list[Destination], areas: list[tuple[Destination, object]]):
        self.points = points
        self.areas = [d for d, _ in areas]
        self._areas_rd = [shapely.transform(g, lambda xy: np.column_stack(_TO_RD.transform(xy[:, 0], xy[:, 1]))) for _, g in areas]
        self._lat = np.array([p.lat for p in points], dtype=float)
        self._lon = np.array([p.lon for p in points], dtype=float)

    def rank(self, lat: float, lon: float, limit: int | None = None) -> list[Ranked]:
        out: list[Ranked] = []
        if self.points:
            dist = haversine_km(lat, lon, self._lat, self._lon)
            out += [Ranked(p, float(d), p.lat, p.lon) for p, d in zip(self.points, dist)]
        if self.areas:
            here = shapely.Point(*_TO_RD.transform(lon, lat))
            for dest, geom in zip(self.areas, self._areas_rd):
                if geom.contains(here):
                    out.append(Ranked(dest, 0.0, lat, lon, inside=True))
                    continue
                nearest = shapely.ops.nearest_points(geom.boundary, here)[0]
                tlon, tlat = _FROM_RD.transform(nearest.x, nearest.y)
                out.append(Ranked(dest, float(haversine_km(lat, lon, tlat, tlon)), tlat, tlon))
        out.sort(key=lambda r: (r.distance_km, r.destination.name))
        return out[:limit] if limit else out


def route_url(from_lat: float, from_lon: float, to_lat: float, to_lon: float, mode: str = "bicycle") -> str:
    """An OpenStreetMap directions link (opens in the user's browser or map app)."""
    engine = {"bicycle": "fossgis_osrm_bike", "foot": "fossgis_osrm_foot", "car": "fossgis_osrm_car"}[mode]
    return (f"https://www.openstreetmap.org/directions?engine={engine}"
            f"&route={from_lat:.5f}%2C{from_lon:.5f}%3B{to_lat:.5f}%2C{to_lon:.5f}")
