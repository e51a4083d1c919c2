"""Every view is a link, in a real browser: on every page every control is set to a value that
is not its default, the language is switched there and back, the year is changed last, and the
URL then opened in a fresh browser context shows the same view. Parameters that make no sense
leave the URL. One server for the module; all waits are on conditions."""

from urllib.parse import parse_qs, urlparse

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from tests.browser import ARTIFACTS, app_idle

pytestmark = pytest.mark.browser

# What the widgets show, read from the page (the oracle is what a user sees, not the code).
SNAPSHOT_JS = """() => {
  const out = {};
  const key = el => ([...el.closest('[class*="st-key-"]')?.classList || []].find(c => c.startsWith('st-key-')) || '?')
      .slice(7);
  document.querySelectorAll('[data-testid=stSelectbox]').forEach(el => {
    out[key(el)] = el.querySelector('input').value; });
  document.querySelectorAll('[data-testid=stMultiSelect]').forEach(el => {
    out[key(el)] = [...el.querySelectorAll('[data-tag] span[title]')].map(s => s.getAttribute('title')); });
  document.querySelectorAll('[data-testid=stRadio]').forEach(el => {
    const c = el.querySelector('input:checked'); out[key(el)] = c ? c.closest('label').innerText : null; });
  document.querySelectorAll('[data-testid=stSlider]').forEach(el => {
    out[key(el)] = el.querySelector('[data-testid=stSliderThumbValue]')?.innerText; });
  document.querySelectorAll('[data-testid=stTextInput]').forEach(el => {
    out[key(el)] = el.querySelector('input').value; });
  document.querySelectorAll('[data-testid=stCheckbox]').forEach(el => {
    out[key(el)] = el.querySelector('input').checked; });
  out['h1'] = document.querySelector('h1')?.innerText;
  out['language_button'] = document.querySelector(".st-key-lang_switch [role=radio][aria-checked=true]")?.innerText;
  return out;
}"""


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1440, "height": 900})
    page = context.new_page()
    yield page
    context.close()


def open_page(page, url: str) -> None:
    page.goto(url)
    page.locator("h1").first.wait_for(timeout=60_000)
    app_idle(page)


def snapshot(page) -> dict:
    app_idle(page)
    return page.evaluate(SNAPSHOT_JS)


def params(page) -> dict[str, str]:
    return {k: v[-1] for k, v in parse_qs(urlparse(page.url).query, keep_blank_values=True).items()}


def wait_url(page, name: str, value: str | None) -> None:
    """Wait until the browser's URL has ?name=value (None: the parameter is gone)."""
    page.wait_for_function(
        "([n, v]) => new URLSearchParams(location.search).get(n) === v", arg=[name, value], timeout=30_000
    )


def select(page, key: str, option: str, param: tuple[str, str | None]) -> None:
    """Choose the option whose label starts with ``option`` in the select box with key ``key``;
    then wait until the URL has ``param`` (name, value) and the run is over."""
    box = page.locator(f".st-key-{key} [data-testid=stSelectbox]")
    box.locator("input").click()
    box.locator("input").fill(option)
    page.get_by_role("option").filter(has_text=option).first.click()
    page.wait_for_function(
        "([k, v]) => document.querySelector(`.st-key-${k} input`).value.startsWith(v)",
        arg=[key, option],
        timeout=30_000,
    )
    wait_url(page, *param)
    app_idle(page)


def switch_language(page, heading: str) -> None:
    """Between Dutch and English with the sidebar's language switch (NL · EN · DE)."""
    current = page.locator(".st-key-lang_switch [role='radio'][aria-checked='true']").inner_text().strip()
    target = "EN" if current == "NL" else "NL"
    page.locator(".st-key-lang_switch [role='radio']", has_text=target).first.click()
    page.locator("h1", has_text=heading).first.wait_for(timeout=60_000)
    app_idle(page)


def same_view_in_a_fresh_browser(page, browser, view: dict) -> dict:
    """Open the current URL in a new browser context (no cookies, no session) and read the view.
    A fresh page draws in steps (the sidebar's language switch can come after the last widget),
    so wait until it shows ``view`` or 60 s have passed, then read it: a wrong view still fails
    the caller's comparison, with the difference."""
    context = browser.new_context(viewport={"width": 1440, "height": 900})
    try:
        fresh = context.new_page()
        open_page(fresh, page.url)
        try:
            fresh.wait_for_function(
                f"""want => {{
                  const s = ({SNAPSHOT_JS})();
                  const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
                  return Object.keys(want).length === Object.keys(s).length
                    && Object.keys(want).every(k => same(s[k], want[k]));
                }}""",
                arg=view,
                timeout=60_000,
            )
        except PlaywrightTimeout:
            pass  # the comparison in the test reports what differs
        return snapshot(fresh)
    finally:
        context.close()


def test_overview(app_url, page, browser):
    open_page(page, f"{app_url}/?kaart=none")
    select(page, "ov_domain", "Gezondheid (GGD Twente)", ("domein", "health"))
    select(page, "ov_indicator", "Ernstig overgewicht (BMI ≥ 30)", ("indicator", "obesity_bmi_ge_30"))
    select(page, "ov_group", "65 jaar en ouder (65+)", ("groep", "65+"))
    select(page, "ov_selected", "Hengelo", ("gemeente", "GM0164"))
    switch_language(page, "Twente in figures")
    switch_language(page, "Twente in cijfers")
    select(page, "jaar", "2016", ("jaar", "2016"))
    view = snapshot(page)
    assert (view["ov_domain"], view["ov_indicator"], view["jaar"], view["ov_selected"]) == (
        "Gezondheid (GGD Twente)",
        "Ernstig overgewicht (BMI ≥ 30)",
        "2016",
        "Hengelo",
    ), view
    assert view["ov_group"].startswith("65 jaar en ouder"), view
    # ?domein= is implied by ?indicator= and left out
    assert params(page) == {
        "kaart": "none",
        "indicator": "obesity_bmi_ge_30",
        "groep": "65+",
        "gemeente": "GM0164",
        "jaar": "2016",
    }
    assert same_view_in_a_fresh_browser(page, browser, view) == view


def test_health(app_url, page, browser):
    open_page(page, f"{app_url}/gezondheid?kaart=none")
    select(page, "hl_indicator", "Ernstig overgewicht (BMI ≥ 30)", ("indicator", "obesity_bmi_ge_30"))
    select(page, "hl_group", "65 jaar en ouder", ("groep", "65+"))
    select(page, "hl_selected", "Almelo", ("gemeente", "GM0141"))
    switch_language(page, "Health in Twente")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "health_after_language_switch.png"))
    english = snapshot(page)
    assert (english["hl_indicator"], english["hl_selected"]) == ("Obesity (BMI ≥ 30)", "Almelo"), english
    assert english["hl_group"].startswith("65 and over") and english["jaar"] == "2020", english
    switch_language(page, "Gezondheid in Twente")
    select(page, "jaar", "2016", ("jaar", "2016"))
    view = snapshot(page)
    assert (view["hl_indicator"], view["jaar"], view["hl_selected"]) == (
        "Ernstig overgewicht (BMI ≥ 30)",
        "2016",
        "Almelo",
    ), view
    assert view["hl_group"].startswith("65 jaar en ouder"), view
    assert params(page) == {
        "kaart": "none",
        "indicator": "obesity_bmi_ge_30",
        "groep": "65+",
        "gemeente": "GM0141",
        "jaar": "2016",
    }
    assert same_view_in_a_fresh_browser(page, browser, view) == view


def test_living(app_url, page, browser):
    open_page(page, f"{app_url}/leefomgeving?kaart=none&lang=en")
    select(page, "lv_indicator", "Employed labour force", ("indicator", "employed_labour_force"))
    select(page, "lv_selected", "Enschede", ("gemeente", "GM0153"))
    switch_language(page, "Leefomgeving in Twente")
    switch_language(page, "Living environment in Twente")
    select(page, "jaar", "2019", ("jaar", "2019"))
    view = snapshot(page)
    assert (view["lv_indicator"], view["jaar"], view["lv_selected"]) == ("Employed labour force", "2019", "Enschede"), (
        view
    )
    assert params(page) == {
        "kaart": "none",
        "lang": "en",
        "indicator": "employed_labour_force",
        "gemeente": "GM0153",
        "jaar": "2019",
    }
    assert same_view_in_a_fresh_browser(page, browser, view) == view


def test_population(app_url, page, browser):
    open_page(page, f"{app_url}/bevolking?kaart=none")
    page.locator(".st-key-pop_mode label").filter(has_text="Groei").click()
    wait_url(page, "weergave", "growth")
    app_idle(page)
    areas = page.locator(".st-key-pop_areas [data-testid=stMultiSelect]")
    areas.locator("input").click()
    areas.locator("input").fill("Oldenzaal")
    page.get_by_role("option").filter(has_text="Oldenzaal").first.click()
    wait_url(page, "gemeenten", "GM0153,GM0164,GM0141,GM0173")
    app_idle(page)
    page.keyboard.press("Escape")
    page.locator(".st-key-pop_refs").get_by_role("button", name="Remove Nederland").first.click()
    wait_url(page, "ref", "TWENTE")
    app_idle(page)
    switch_language(page, "Population of Twente")
    switch_language(page, "Bevolking van Twente")
    select(page, "van", "2015", ("van", "2015"))
    view = snapshot(page)
    assert view["pop_mode"].startswith("Groei") and view["van"] == "2015", view
    assert view["pop_areas"] == ["Enschede", "Hengelo", "Almelo", "Oldenzaal"] and view["pop_refs"] == ["Twente"], view
    assert params(page) == {
        "kaart": "none",
        "weergave": "growth",
        "gemeenten": "GM0153,GM0164,GM0141,GM0173",
        "ref": "TWENTE",
        "van": "2015",
    }
    assert same_view_in_a_fresh_browser(page, browser, view) == view


def test_park_finder(app_url, page, browser):
    open_page(page, f"{app_url}/parken?kaart=none")
    page.locator(".st-key-plaats input").fill("Delden")
    page.locator(".st-key-plaats input").press("Enter")
    wait_url(page, "plaats", "Delden")
    page.get_by_text("Vanaf Delden").first.wait_for()
    app_idle(page)
    page.locator(".st-key-natuur label").click()
    wait_url(page, "natuur", "false")
    app_idle(page)
    frame = page.frame_locator("iframe[title='streamlit_folium.st_folium']").first
    frame.locator(".leaflet-container").first.wait_for()
    frame.locator(".leaflet-container").first.click(position={"x": 300, "y": 200})
    page.wait_for_function("() => new URLSearchParams(location.search).has('punt')", timeout=30_000)
    page.get_by_text("Vanaf punt op de kaart").first.wait_for()
    app_idle(page)
    switch_language(page, "Parks and nature near you")
    page.get_by_text("From point on the map").first.wait_for()
    switch_language(page, "Park of natuurgebied in de buurt")
    view = snapshot(page)
    heading = page.locator("h3").filter(has_text="Vanaf").first.inner_text()
    assert view["plaats"] == "Delden" and view["natuur"] is False, view
    point = params(page)["punt"]
    lat, lon = (float(x) for x in point.split(","))
    assert 52.0 < lat < 52.6 and 6.2 < lon < 7.2 and all(len(x.split(".")[1]) <= 4 for x in point.split(","))
    assert params(page) == {"kaart": "none", "plaats": "Delden", "natuur": "false", "punt": point}
    assert same_view_in_a_fresh_browser(page, browser, view) == view
    context = browser.new_context()
    try:
        fresh = context.new_page()
        open_page(fresh, page.url)
        assert fresh.locator("h3").filter(has_text="Vanaf").first.inner_text() == heading
    finally:
        context.close()


def test_sources(app_url, page, browser):
    open_page(page, f"{app_url}/bronnen?kaart=none")
    switch_language(page, "Sources and data")
    wait_url(page, "lang", "en")
    view = snapshot(page)
    assert params(page) == {"kaart": "none", "lang": "en"}
    assert same_view_in_a_fresh_browser(page, browser, view) == view


@pytest.mark.parametrize("path", ["/", "/bevolking", "/gezondheid", "/leefomgeving", "/parken", "/bronnen"])
def test_invalid_and_unknown_parameters_leave_the_url(app_url, page, path):
    open_page(page, f"{app_url}{path}?jaar=abc&indicator=nope&foo=bar&kaart=none&lang=en")
    page.wait_for_function(
        "() => [...new URLSearchParams(location.search).keys()].sort().join() === 'kaart,lang'", timeout=30_000
    )
    assert params(page) == {"kaart": "none", "lang": "en"}
