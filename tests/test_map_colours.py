"""The colours a reader matches: a legend swatch must look like the areas of its class on the map.
The areas are see-through over the map's background, so the swatch is the blend.

Oracle: the pixels Chromium drew for the five classes of the ColorBrewer OrRd scale on the Health
page's map without a basemap (1440x900 screenshot, 27 Nov 2026), read with PIL."""

import pytest
from branca.utilities import color_brewer

from twente import maps

DRAWN_IN_CHROMIUM = [(250, 240, 223), (249, 212, 162), (249, 163, 123), (229, 111, 94), (192, 53, 54)]


def rgb(hex_colour: str) -> tuple[int, ...]:
    return tuple(int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))


@pytest.mark.parametrize("colour, seen", list(zip(color_brewer("OrRd", 5), DRAWN_IN_CHROMIUM)))
def test_a_swatch_is_the_colour_the_map_shows(colour, seen):
    assert all(abs(a - b) <= 1 for a, b in zip(rgb(maps.as_drawn(colour)), seen)), (maps.as_drawn(colour), seen)
    assert rgb(colour) != seen, "the class colour itself is not what the map shows"


def test_the_legend_draws_its_swatches_as_the_map_shows_them():
    from streamlit.testing.v1 import AppTest

    def page():
        from twente.ui import common

        common.legend("T", [("#b30000", "top class")], "#d9d9d9", "en")

    at = AppTest.from_function(page).run()
    body = at.get("html")[0].proto.body
    assert "background:#c03536" in body and "background:#b30000" not in body
    assert f"background:{maps.as_drawn('#d9d9d9')}" in body, "the no-data swatch too"
