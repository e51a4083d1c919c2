import pytest
import shapely
from pyproj import Geod

from twente import places
from twente.nearest import route_url
from twente.search import Gazetteer, normalise


@pytest.fixture(scope="module")
def gazetteer():
    return Gazetteer(places.load_places().frame, places.load_postcodes().frame)


@pytest.mark.parametrize(
    "query, expected, how",
    [
        ("Delden", "Delden", "exact"),
        ("delden", "Delden", "exact"),
        ("  DELDEN ", "Delden", "exact"),
        ("Deldn", "Delden", "fuzzy"),
        ("Ootmarsm", "Ootmarsum", "fuzzy"),
        ("Oldenz", "Oldenzaal", "prefix"),
        ("7511", "7511 Enschede", "postcode"),
        ("7511 AB", "7511 Enschede", "postcode"),
        ("7511ab", "7511 Enschede", "postcode"),
    ],
)
def test_search_finds(gazetteer, query, expected, how):
    result = gazetteer.search(query)
    assert result.location is not None and result.location.label == expected and result.how == how


def test_accents_are_ignored():
    assert normalise("Hengeló (O.)") == "hengelo o"


@pytest.mark.parametrize("query", ["Amsterdam", "zzzz", "9999", "", "<script>alert(1)</script>", "x" * 500])
def test_unknown_entries_give_no_error(gazetteer, query):
    result = gazetteer.search(query)
    assert result.location is None


def test_unknown_postcode_suggests_nearby_codes(gazetteer):
    result = gazetteer.search("7400")
    assert result.location is None and result.suggestions and all(s.kind == "postcode" for s in result.suggestions)


GEOD = Geod(ellps="WGS84")


def _geodesic_km(lat1, lon1, lat2, lon2):
    """The oracle: distance on the WGS84 ellipsoid (pyproj's Geod, Karney's algorithm),
    which the finder does not use (it measures straight lines in RD New)."""
    return GEOD.inv(lon1, lat1, lon2, lat2)[2] / 1000


def _vertices(geometry, step=0.0001):
    """Every vertex of an area after adding points every 0.0001 degrees (at most ~11 m apart)."""
    return shapely.get_coordinates(shapely.segmentize(geometry, step))


@pytest.fixture(scope="module")
def finder():
    import streamlit as st

    from twente.ui import cache

    st.cache_resource.clear()
    return cache.finder()


@pytest.fixture(scope="module")
def nature():
    from twente.ui import cache

    return cache.nature_areas().frame.set_index("name").geometry


def test_ranking_is_nearest_first_and_flags_approximate(finder):
    finder, problems = finder
    assert problems == []
    de_lutte = (52.3142, 7.0139)  # GeoNames point of De Lutte, near Arboretum Poort Bulten
    ranked = finder.rank(*de_lutte)
    distances = [r.distance_km for r in ranked]
    assert distances == sorted(distances)
    parks = [r for r in ranked if r.destination.kind == "park"]
    assert parks[0].destination.name == "Arboretum Poort Bulten" and parks[0].destination.approximate
    assert all(not r.destination.approximate for r in parks[1:])


# places and a postcode as the gazetteer finds them (GeoNames points, twente_data/places/)
ORIGINS = ["Enschede", "Haaksbergen", "Oldenzaal", "Delden", "De Lutte", "7511"]


@pytest.mark.parametrize("place", ORIGINS)
def test_park_distances_match_the_geodesic_on_the_ellipsoid(gazetteer, finder, place):
    origin = gazetteer.search(place).location
    lat, lon = origin.lat, origin.lon
    parks = [r for r in finder[0].rank(lat, lon) if r.destination.kind == "park"]
    assert len(parks) == 4
    for r in parks:
        expected = _geodesic_km(lat, lon, r.destination.lat, r.destination.lon)
        # RD New's scale error in Twente is < 0.01 % (measured: < 0.005 %); its datum shift about a metre
        assert r.distance_km == pytest.approx(expected, rel=1e-4, abs=0.002)


@pytest.mark.parametrize("place", ORIGINS)
def test_area_distances_against_the_nearest_vertex_on_the_ellipsoid(gazetteer, finder, nature, place):
    """Outside an area the distance lies between the geodesic distance to its nearest vertex
    (densified to <= ~11 m spacing, measured in lon/lat with Geod) minus that spacing and the
    distance to that vertex itself; inside an area (shapely in lon/lat) it is 0."""
    origin = gazetteer.search(place).location
    lat, lon = origin.lat, origin.lon
    here = shapely.Point(lon, lat)
    areas = [r for r in finder[0].rank(lat, lon) if r.destination.kind == "nature"]
    assert len(areas) >= 10
    for r in areas:
        geometry = nature[r.destination.name]
        if geometry.contains(here):
            assert r.inside and r.distance_km == 0.0
            continue
        xy = _vertices(geometry)
        nearest_vertex = min(GEOD.inv([lon] * len(xy), [lat] * len(xy), xy[:, 0], xy[:, 1])[2]) / 1000
        assert not r.inside
        assert nearest_vertex - 0.012 <= r.distance_km <= nearest_vertex * 1.0001 + 0.002
        # the point the route leads to is on the area's outline, and as far as the distance says
        assert geometry.boundary.distance(shapely.Point(r.target_lon, r.target_lat)) < 1e-6
        assert _geodesic_km(lat, lon, r.target_lat, r.target_lon) == pytest.approx(r.distance_km, rel=1e-4, abs=0.002)


def test_inside_a_nature_area_is_distance_zero(finder, nature):
    # a point inside the Engbertsdijksvenen polygon (its representative point)
    inside = nature["Engbertsdijksvenen"].representative_point()
    hit = next(r for r in finder[0].rank(inside.y, inside.x) if r.destination.name == "Engbertsdijksvenen")
    assert hit.inside and hit.distance_km == 0.0


def test_a_map_tap_is_placed_in_its_municipality():
    from twente.ui import cache

    # GeoNames points of places whose municipality the gazetteer records (places.csv)
    gazetteer = places.load_places().frame.set_index("name")
    for name in ("Delden", "Ootmarsum", "Haaksbergen", "Almelo"):
        row = gazetteer.loc[name]
        assert cache.municipality_at(row["latitude"], row["longitude"]) == row["municipality_code"]
    assert cache.municipality_at(52.09, 5.12) == ""  # Utrecht


def test_route_link_is_an_openstreetmap_directions_url():
    url = route_url(52.26, 6.79, 52.18, 6.84)
    assert (
        url.startswith("https://www.openstreetmap.org/directions?") and "52.26000%2C6.79000%3B52.18000%2C6.84000" in url
    )


@pytest.mark.parametrize(
    "query, meant",
    [("haaksbergn", "Haaksbergen"), ("haksbrgen", "Haaksbergen"), ("wiedren", "Wierden"), ("olderzaal", "Oldenzaal")],
)
def test_the_place_meant_comes_first(gazetteer, query, meant):
    """A typo: the place meant is the one found, or the first suggestion; never a place that
    only shares a fragment (Rhaan, Haarle for 'haaksbergn')."""
    result = gazetteer.search(query)
    first = result.location or result.suggestions[0]
    assert first.label == meant


def test_did_you_mean_for_haaksbergn_is_not_rhaan_or_haarle(gazetteer):
    result = gazetteer.search("haaksbergn")
    assert result.location.label == "Haaksbergen"
    assert not {"Rhaan", "Haarle"} & {s.label for s in result.suggestions[:2]}
