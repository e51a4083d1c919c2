import math

import pytest

from twente import data
from twente.nearest import haversine_km, route_url
from twente.search import Gazetteer, normalise


@pytest.fixture(scope="module")
def gazetteer():
    return Gazetteer(data.load_places().frame, data.load_postcodes().frame)


@pytest.mark.parametrize("query, expected, how", [
    ("Delden", "Delden", "exact"), ("delden", "Delden", "exact"), ("  DELDEN ", "Delden", "exact"),
    ("Deldn", "Delden", "fuzzy"), ("Ootmarsm", "Ootmarsum", "fuzzy"), ("Oldenz", "Oldenzaal", "prefix"),
    ("7511", "7511 Enschede", "postcode"), ("7511 AB", "7511 Enschede", "postcode"), ("7511ab", "7511 Enschede", "postcode"),
])
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


def test_haversine_against_an_independent_computation():
    # Enschede station -> Hengelo station, by the spherical law of cosines
    a, b = (52.2225, 6.8904), (52.2627, 6.7939)
    p1, p2, dl = math.radians(a[0]), math.radians(b[0]), math.radians(b[1] - a[1])
    expected = 6371.0088 * math.acos(math.sin(p1) * math.sin(p2) + math.cos(p1) * math.cos(p2) * math.cos(dl))
    assert haversine_km(*a, *b) == pytest.approx(expected, rel=1e-9)


def test_ranking_is_nearest_first_and_flags_approximate():
    import streamlit as st

    from twente.ui import cache

    st.cache_resource.clear()
    finder, problems = cache.finder()
    assert problems == []
    de_lutte = (52.3142, 7.0139)  # GeoNames point of De Lutte, near Arboretum Poort Bulten
    ranked = finder.rank(*de_lutte)
    distances = [r.distance_km for r in ranked]
    assert distances == sorted(distances)
    parks = [r for r in ranked if r.destination.kind == "park"]
    assert parks[0].destination.name == "Arboretum Poort Bulten" and parks[0].destination.approximate
    for r in parks:
        assert r.distance_km == pytest.approx(haversine_km(*de_lutte, r.destination.lat, r.destination.lon))
    assert all(not r.destination.approximate for r in parks[1:])


def test_inside_a_nature_area_is_distance_zero():
    from twente.ui import cache

    finder, _ = cache.finder()
    # a point inside the Engbertsdijksvenen polygon (its representative point)
    shapes = cache.nature_areas()
    inside = next(g for g, p in zip(shapes.geometries, shapes.properties) if p["name"] == "Engbertsdijksvenen").representative_point()
    hit = next(r for r in finder.rank(inside.y, inside.x) if r.destination.name == "Engbertsdijksvenen")
    assert hit.inside and hit.distance_km == 0.0


def test_route_link_is_an_openstreetmap_directions_url():
    url = route_url(52.26, 6.79, 52.18, 6.84)
    assert url.startswith("https://www.openstreetmap.org/directions?") and "52.26000%2C6.79000%3B52.18000%2C6.84000" in url


@pytest.mark.parametrize("query, meant", [("haaksbergn", "Haaksbergen"), ("haksbrgen", "Haaksbergen"),
                                          ("wiedren", "Wierden"), ("olderzaal", "Oldenzaal")])
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
