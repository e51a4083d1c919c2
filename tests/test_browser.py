"""End to end, in Debian's Chromium: the app as a user sees it."""

import re

import pytest

from tests.browser import ARTIFACTS, RequestLog, app_idle, map_frame
from twente.registry import MUNICIPALITIES

pytestmark = pytest.mark.browser

NAMES = {m.name for m in MUNICIPALITIES}
PDOK = "service.pdok.nl"


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    yield page
    context.close()


def test_overview_map_draws_offline_with_no_outside_request(app_url, page):
    log = RequestLog(page)
    page.goto(f"{app_url}/?kaart=none")
    frame = map_frame(page)
    assert frame.locator("path.twente-municipality").count() == 14
    assert frame.locator(".park-marker").count() == 4
    assert frame.locator(".park-marker.approximate").count() == 1, "Poort Bulten has no sourced coordinate"
    assert frame.locator(".gm-label").count() == 14
    page.get_by_text("643.603").first.wait_for()
    app_idle(page)
    assert frame.locator("img.leaflet-tile").count() == 0, "no basemap: no tiles at all"
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "overview.png"), full_page=True)
    assert log.outside_hosts() == set(), log.outside_hosts()


def test_default_basemap_asks_only_for_its_tiles(app_url, page):
    log = RequestLog(page)
    # The tiles fail here (no network), but the request is made: wait until the map asked for one.
    with page.expect_request(lambda r: r.url.startswith(f"https://{PDOK}/"), timeout=60_000):
        page.goto(app_url)
    frame = map_frame(page)
    frame.locator("img.leaflet-tile").first.wait_for(state="attached")
    app_idle(page)
    assert log.outside_hosts() == {PDOK}, log.outside_hosts()


def test_clicking_a_municipality_selects_it(app_url, page):
    page.goto(f"{app_url}/?kaart=none")
    frame = map_frame(page)
    frame.locator("path.twente-municipality").nth(3).click()
    heading = page.locator("h3").filter(has_text=re.compile("|".join(sorted(NAMES))))
    heading.first.wait_for(timeout=20_000)
    assert heading.first.inner_text().strip() in NAMES
    assert "gemeente=GM" in page.url
    # the chosen municipality is outlined on top (a layer of its own): the outline covers the
    # clicked shape, and a click on another shape, through nothing, moves it there
    for n in (3, 1):
        if n == 1:
            first_name = heading.first.inner_text().strip()
            frame.locator("path.twente-municipality").nth(n).click()
            page.locator("h3").filter(has_text=re.compile("|".join(sorted(NAMES - {first_name})))).first.wait_for(
                timeout=20_000
            )
        shape = frame.locator("path.twente-municipality").nth(n)
        outline = frame.locator("path.twente-selected")
        page.wait_for_function(
            "() => document.querySelector(\"iframe[title='streamlit_folium.st_folium']\")"
            ".contentDocument.querySelectorAll('path.twente-selected').length === 1",
            timeout=20_000,
        )
        a, b = shape.bounding_box(), outline.bounding_box()
        assert all(abs(a[k] - b[k]) < 6 for k in ("x", "y", "width", "height")), (n, a, b)


def test_every_language_is_one_click_away_and_the_url_keeps_the_rest(app_url, page):
    page.goto(f"{app_url}/?kaart=none")
    map_frame(page)
    for code, heading in (("EN", "Twente in figures"), ("DE", "Twente in Zahlen"), ("NL", "Twente in cijfers")):
        page.get_by_role("radio", name=code, exact=True).click()
        page.locator("h1").filter(has_text=heading).wait_for(timeout=20_000)
        app_idle(page)
        assert ("lang=" + code.lower() in page.url) == (code != "NL"), page.url
        assert "kaart=none" in page.url, "the other parameters stay"
        assert page.locator(".st-key-lang_switch [role='radio'][aria-checked='true']").inner_text().strip() == code


def test_park_finder_on_a_phone(app_url, browser):
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    page = context.new_page()
    log = RequestLog(page)
    page.goto(f"{app_url}/parken?kaart=none")
    page.get_by_label("Plaats of postcode").fill("Delden")
    page.get_by_label("Plaats of postcode").press("Enter")
    page.get_by_text("1. Lonnekermeer").wait_for(timeout=30_000)
    frame = page.frame_locator("iframe[title='streamlit_folium.st_folium']").first
    frame.locator(".rank-marker").first.wait_for(timeout=30_000)
    assert frame.locator(".rank-marker").count() == 6 and frame.locator(".search-marker").count() == 1
    assert page.evaluate("document.documentElement.scrollWidth") <= 390, "no horizontal scrolling"
    assert "plaats=Delden" in page.url, "the search as typed is in the URL (bound by Streamlit)"
    page.set_viewport_size({"width": 390, "height": 2300})
    app_idle(page)
    page.screenshot(path=str(ARTIFACTS / "park_finder_phone.png"))
    assert log.outside_hosts() == set()
    context.close()


def test_population_page_draws_charts_and_map(app_url, page):
    page.goto(f"{app_url}/bevolking?kaart=none")
    map_frame(page)
    page.locator("[data-testid='stVegaLiteChart']").nth(1).wait_for(timeout=30_000)
    assert page.locator("[data-testid='stVegaLiteChart']").count() >= 2
    page.screenshot(path=str(ARTIFACTS / "population.png"), full_page=True)


@pytest.mark.parametrize(
    "path, text",
    [
        ("/gezondheid?kaart=none", "Significant hoger"),
        ("/leefomgeving?kaart=none&lang=en", "Recreatieschap Twente in figures"),
    ],
)
def test_domain_pages_draw_map_and_charts_offline(app_url, page, path, text):
    log = RequestLog(page)
    page.goto(app_url + path)
    frame = map_frame(page)
    assert frame.locator("path.twente-municipality").count() == 14
    charts = page.locator("[data-testid='stVegaLiteChart']")
    charts.nth(1).wait_for(timeout=30_000)
    drawn = charts.first.locator("canvas, svg.marks")
    drawn.first.wait_for(timeout=30_000)
    box = drawn.first.bounding_box()
    assert box and box["height"] > 300, "the ranking chart has room for 14 rows"
    page.get_by_text(text).first.wait_for(timeout=30_000)
    assert page.get_by_text("Page not found").count() == 0, "a deep link works on the first visit"
    name = path.split("?")[0].strip("/")
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)
    assert log.outside_hosts() == set(), log.outside_hosts()


def test_clicking_the_health_map_marks_the_municipality_in_words(app_url, page):
    # A tall window: with the map partly below the fold, Playwright's click lands on the
    # map container instead of the shape (by hand, scrolling and clicking works).
    page.set_viewport_size({"width": 1400, "height": 1400})
    page.goto(f"{app_url}/gezondheid?kaart=none")
    frame = map_frame(page)
    frame.locator("path.twente-municipality").nth(0).click()
    statement = page.locator("strong").filter(has_text=re.compile(rf"^({'|'.join(sorted(NAMES))}): "))
    statement.first.wait_for(timeout=20_000)
    assert "gemeente=GM" in page.url


def test_scrolling_over_the_health_map_scrolls_the_page(app_url, page):
    page.goto(f"{app_url}/gezondheid?kaart=none")
    frame = map_frame(page)
    app_idle(page)
    iframe = "iframe[title='streamlit_folium.st_folium']"
    map_window = page.locator(iframe).element_handle().content_frame()
    map_window.wait_for_function(SHAPES_AT_REST, polling="raf")
    before = frame.locator("path.twente-municipality").first.bounding_box()
    box = page.locator(iframe).bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + 100)
    page.mouse.wheel(0, 400)
    page.wait_for_function(
        "([sel, top]) => document.querySelector(sel).getBoundingClientRect().top < top - 100", arg=[iframe, box["y"]]
    )
    map_window.wait_for_function(SHAPES_AT_REST, polling="raf")  # a zoom, had there been one, has ended
    after = frame.locator("path.twente-municipality").first.bounding_box()
    assert after["width"] == pytest.approx(before["width"], abs=1), "the map did not zoom"
    assert after["y"] < before["y"] - 100, "the page scrolled"


# True once the first municipality has kept its place and size on screen for 300 ms
# (the map has fitted its bounds and no zoom is under way).
SHAPES_AT_REST = """() => {
    const r = document.querySelector('path.twente-municipality').getBoundingClientRect();
    const box = [r.x, r.y, r.width, r.height].map(Math.round).join();
    if (window.__box !== box) { window.__box = box; window.__since = performance.now(); }
    return performance.now() - window.__since > 300;
}"""


def test_sidebar_navigation_keeps_language_and_basemap(app_url, page):
    page.goto(f"{app_url}/gezondheid?lang=en&kaart=none")
    page.locator("h1").filter(has_text="Health in Twente").wait_for(timeout=30_000)
    app_idle(page)
    sidebar = page.locator("[data-testid='stSidebar']")
    assert [c.inner_text() for c in sidebar.locator("[data-testid='stCaptionContainer']").all()][:4] == [
        "Explore",
        "Domains",
        "For residents",
        "About",
    ]
    links = sidebar.locator("[data-testid='stPageLink-NavLink']")
    assert links.all_inner_texts() == [
        "Map of Twente",
        "Population",
        "Municipality profile",
        "Your own data",
        "Health",
        "Living environment",
        "Find a park",
        "Sources and data",
        "Presentation",
    ]
    assert sidebar.locator("[data-testid='stSidebarNav']").count() == 0, "Streamlit's own page list is hidden"
    marked = [
        link.inner_text()
        for link in links.all()
        if link.evaluate("e => getComputedStyle(e).backgroundColor") != "rgba(0, 0, 0, 0)"
    ]
    assert marked == ["Health"], "the current page is marked"
    page.get_by_role("link", name="Population").click()
    page.locator("h1").filter(has_text="Population of Twente").wait_for(timeout=30_000)
    assert "/bevolking?" in page.url and "lang=en" in page.url and "kaart=none" in page.url
    app_idle(page)
    basemap = sidebar.locator("[data-testid='stSelectbox']").filter(
        has=page.locator("[data-testid='stWidgetLabel']", has_text="Background map")
    )
    assert basemap.locator("input").input_value() == "None (works offline)"
