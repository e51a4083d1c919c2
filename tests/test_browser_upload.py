"""The own-data page in Chromium: a file chosen in the browser's file dialog is matched and drawn."""

import pytest

from tests.browser import RequestLog, app_idle, chromium, map_frame, streamlit_server

pytestmark = pytest.mark.browser

# Semicolons, decimal commas and a BOM (Dutch Excel); every one of the 14 once, by name or code.
ROWS = [
    ("Almelo", "7,1"),
    ("GM0147", "6,8"),
    ("Dinkelland", "7,9"),
    ("Enschede", "6,5"),
    ("Haaksbergen", "7,3"),
    ("Hellendoorn", "7,6"),
    ("Hengelo (O.)", "6,9"),
    ("hof v twente", "7,7"),
    ("Losser", "7,0"),
    ("Oldenzaal", "7,2"),
    ("Rijssen Holten", "7,8"),
    ("0183", "8,0"),
    ("Twenterand", "7,4"),
    ("Wierden", "7,5"),
]
FILE = ("\ufeffGemeente;Tevredenheid\n" + "".join(f"{name};{score}\n" for name, score in ROWS)).encode()


def test_upload_draws_the_14_shapes_offline():
    with streamlit_server() as url, chromium() as browser:
        page = browser.new_page(viewport={"width": 1440, "height": 900})
        log = RequestLog(page)
        page.goto(f"{url}/eigen-gegevens?kaart=none")
        page.locator("input[type=file]").first.wait_for(state="attached", timeout=60_000)
        page.locator("input[type=file]").first.set_input_files(
            files=[{"name": "tevredenheid.csv", "mimeType": "text/csv", "buffer": FILE}]
        )
        frame = map_frame(page, timeout=90_000)
        app_idle(page)
        assert frame.locator("path.twente-municipality").count() == 14
        assert page.get_by_text("Gekoppeld").first.is_visible()
        # the Dutch decimal comma was read: 8,0 (Tubbergen, given as 0183) is the top class's upper bound
        assert page.get_by_text("8,0").first.is_visible()
        assert log.outside_hosts() == set(), log.outside_hosts()


# Wijk names as people type them (no 'Wijk 00', other case and punctuation), from Enschede's ten
# 2024 wijken in twente_data/districts/district_key_figures.csv; the page guesses the level and
# the municipality.
WIJKEN = [
    "Binnensingelgebied",
    "hogeland - velve",
    "Boswinkel/Stadsveld",
    "Twekkelerveld - T.H.T.",
    "ENSCHEDE-NOORD",
    "Ribbelt - Stokhorst",
    "Enschede-Zuid",
    "Bedrijfsterreinen Enschede-West",
    "Glanerbrug en omgeving",
    "Landelijk gebied en kernen",
]
DISTRICT_FILE = ("wijk,score\n" + "".join(f'"{name}",{i + 1}\n' for i, name in enumerate(WIJKEN))).encode()


def test_district_upload_draws_the_wijken_of_enschede():
    with streamlit_server() as url, chromium() as browser:
        page = browser.new_page(viewport={"width": 1440, "height": 900})
        log = RequestLog(page)
        page.goto(f"{url}/eigen-gegevens?kaart=none")
        page.locator("input[type=file]").first.wait_for(state="attached", timeout=60_000)
        page.locator("input[type=file]").first.set_input_files(
            files=[{"name": "wijken.csv", "mimeType": "text/csv", "buffer": DISTRICT_FILE}]
        )
        page.wait_for_selector("iframe[title='streamlit_folium.st_folium']", state="attached", timeout=90_000)
        frame = page.frame_locator("iframe[title='streamlit_folium.st_folium']").first
        frame.locator("path.twente-district").first.wait_for(timeout=90_000)
        app_idle(page)
        assert frame.locator("path.twente-district").count() == len(WIJKEN)
        assert page.get_by_text("Wijken zonder waarde").first.is_visible()
        assert log.outside_hosts() == set(), log.outside_hosts()


def test_a_count_is_drawn_as_circles_whose_areas_follow_the_values():
    """Whole numbers (the shipped inhabitants of 1 January 2025) are counts: circles, as the
    built-in population map draws them, the page says so, and the legend shows circles."""
    from twente import data

    catalogue = data.load_catalogue().frame
    values = data.load_values(catalogue).frame
    from twente.registry import MUNICIPALITY_CODES

    people = values[(values["indicator"] == "population") & (values["year"] == 2025) & (values["group"] == "")]
    people = people[people["code"].isin(MUNICIPALITY_CODES)]
    assert len(people) == 14
    body = "gemeente,aantal\n" + "".join(f"{c},{int(v)}\n" for c, v in zip(people["code"], people["value"]))
    largest, second = sorted(people["value"], reverse=True)[:2]
    with streamlit_server() as url, chromium() as browser:
        page = browser.new_page(viewport={"width": 1440, "height": 900})
        page.goto(f"{url}/eigen-gegevens?kaart=none&lang=en")
        page.locator("input[type=file]").first.wait_for(state="attached", timeout=60_000)
        page.locator("input[type=file]").first.set_input_files(
            files=[{"name": "people.csv", "mimeType": "text/csv", "buffer": body.encode()}]
        )
        frame = map_frame(page, timeout=90_000)
        frame.locator("path.twente-circle").nth(13).wait_for(timeout=60_000)
        app_idle(page)
        assert frame.locator("path.twente-circle").count() == 14
        expected = (largest / second) ** 0.5
        try:  # the map may still be redrawing (a rerun after the upload): wait for its settled circles
            page.wait_for_function(
                """e => { const f = document.querySelector("iframe[title='streamlit_folium.st_folium']");
                  const w = [...f.contentDocument.querySelectorAll('path.twente-circle')]
                    .map(p => p.getBoundingClientRect().width).sort((a, b) => a - b);
                  return w.length === 14 && Math.abs(w[13] / w[12] / e - 1) < 0.05; }""",
                arg=expected,
                timeout=30_000,
            )
        except Exception:  # noqa: BLE001 - the assertion below says what was drawn
            pass
        widths = sorted(frame.locator("path.twente-circle").nth(i).bounding_box()["width"] for i in range(14))
        # the circle's AREA stands for the number: the two largest widths differ by the square root
        assert widths[-1] / widths[-2] == pytest.approx(expected, rel=0.05)
        assert page.get_by_text("Drawn as counts").first.is_visible()
        assert page.locator(".twente-legend .circle-legend").count() >= 2
