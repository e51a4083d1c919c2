"""A shared link opened as the very first request to a freshly started server shows its page
with its state, and no "Page not found" (the trap of mixing a pages/ folder with st.navigation).
One fresh server per page, started one after the other; the browser is shared."""

from urllib.parse import urlparse

import pytest

from tests.browser import app_idle, chromium, streamlit_server

pytestmark = pytest.mark.browser

# path, browser tab title, heading, {label of a select box: what it shows}, text on the page
CASES = [
    (
        "/?indicator=smokers&groep=65%2B&lang=en&kaart=none",
        "Twente in figures",
        "Twente in figures",
        {"Indicator": "Smokes", "Age group": "65 and over (65+)"},
        "Map of Twente",
    ),
    (
        "/bevolking?van=2015&tot=2020&lang=en&kaart=none",
        "Population · Twente in figures",
        "Population of Twente",
        {"From 1 January": "2015"},
        "Population growth",
    ),
    (
        "/gezondheid?indicator=smokers&groep=65%2B&lang=en&kaart=none",
        "Health · Twente in figures",
        "Health in Twente",
        {"Indicator": "Smokes", "Age group": "65 and over (65+)"},
        "Read with care",
    ),
    (
        "/leefomgeving?indicator=avg_disposable_income_household&kaart=none",
        "Leefomgeving · Twente in cijfers",
        "Leefomgeving in Twente",
        {"Indicator": "Gemiddeld besteedbaar inkomen per huishouden"},
        "Recreatie en natuur",
    ),
    (
        "/parken?plaats=delden&kaart=none",
        "Park zoeken · Twente in cijfers",
        "Park of natuurgebied in de buurt",
        {},
        "Vanaf Delden",
    ),
    ("/bronnen?lang=en", "Sources and data · Twente in figures", "Sources and data", {}, "Licences"),
]


@pytest.fixture(scope="module")
def browser():
    with chromium() as b:
        yield b


@pytest.mark.parametrize("path, tab_title, heading, boxes, text", CASES, ids=[c[0].split("?")[0] for c in CASES])
def test_deep_link_is_the_first_request_to_a_fresh_server(browser, path, tab_title, heading, boxes, text):
    with streamlit_server() as url:
        context = browser.new_context(viewport={"width": 1400, "height": 1000})
        page = context.new_page()
        try:
            page.goto(url + path)
            page.locator("h1").filter(has_text=heading).first.wait_for(timeout=60_000)
            page.get_by_text(text).first.wait_for(timeout=60_000)
            app_idle(page)
            assert page.title() == tab_title
            assert urlparse(page.url).path == urlparse(path).path, "the app stayed on the linked page"
            for label, shown in boxes.items():
                box = (
                    page.locator("[data-testid='stSelectbox']")
                    .filter(has=page.locator("[data-testid='stWidgetLabel']", has_text=label))
                    .first
                )
                assert box.locator("input").first.input_value() == shown, label
            chosen = page.locator(".st-key-lang_switch [role='radio'][aria-checked='true']").inner_text().strip()
            assert chosen == ("EN" if "lang=en" in path else "NL"), "the switch shows the language of the link"
            assert page.get_by_text("Page not found").count() == 0
            assert "not found" not in page.locator("body").inner_text().lower()
        finally:
            context.close()
