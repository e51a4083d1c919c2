"""In Chromium: every page prints on A4 with its source line and without controls; the map
exported from a page opens with the network cut; "share this view" gives the page's link."""

import re
import shutil
import subprocess

import pytest

from tests.browser import app_idle
from twente.registry import MUNICIPALITIES

pytestmark = pytest.mark.browser

PAGES = [
    "/?kaart=none&gemeente=GM0153",
    "/bevolking?kaart=none",
    "/gemeente?kaart=none&gemeente=GM0153",
    "/eigen-gegevens",
    "/gezondheid?kaart=none&groep=65%2B",
    "/leefomgeving?kaart=none",
    "/parken?kaart=none&plaats=delden",
    "/bronnen",
]
MAP = "iframe[title='streamlit_folium.st_folium']"


def open_page(browser, url: str):
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.goto(url)
    page.locator("h1").first.wait_for(timeout=60_000)
    if "bronnen" not in url and "eigen-gegevens" not in url:
        page.frame_locator(MAP).first.locator(".leaflet-marker-icon, path.leaflet-interactive").first.wait_for(
            timeout=60_000
        )
    app_idle(page)
    # the print style sheet is injected by the page script; it can arrive after the first drawing
    page.wait_for_function(
        "[...document.querySelectorAll('style')].some(s => s.textContent.includes('@page'))", timeout=30_000
    )
    return page


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="needs poppler-utils (pdftotext, pdfinfo)")
@pytest.mark.parametrize("path", PAGES)
def test_page_prints_on_a4_with_the_source_line_and_no_controls(app_url, browser, path, tmp_path):
    page = open_page(browser, app_url + path)
    page.emulate_media(media="print")
    pdf = tmp_path / "page.pdf"
    page.pdf(path=str(pdf), format="A4", print_background=True)
    page.close()
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert "(A4)" in info
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    if "eigen-gegevens" not in path:  # the upload page has no figures before a file is chosen
        assert "CC BY 4.0" in text, "the source line with the licence is printed"
    for control in ("Download CSV", "Download XLSX", "Kaart (HTML", "Grafiek (SVG)", "Deze weergave delen", "English"):
        assert control not in text, control
    if path.startswith("/?"):
        missing = [m.name for m in MUNICIPALITIES if m.name not in text]
        assert not missing, f"the whole map is printed: {missing}"
    if path.startswith("/bevolking"):  # the households table: all 16 rows, Twente and Nederland last
        households = text[text.index("Huishoudens op 1 januari") :]
        assert "Twenterand" in households and "Twente" in households and "Nederland" in households
    if path.startswith("/gemeente"):  # the key-figure table whole: one year per row, every row printed
        from twente import data
        from twente.indicators import Catalogue
        from twente.profile import key_figures

        frame = data.load_catalogue().frame
        rows = len(key_figures(data.load_values(frame).frame, Catalogue(frame), "GM0153"))
        table = text[text.index("Kerncijfers en rangorde") :]
        assert len(re.findall(r"\b20[12]\d\b", table)) >= rows > 40


@pytest.mark.parametrize("path", ["/?kaart=none", "/gemeente?kaart=none&gemeente=GM0153"])
def test_map_buttons_are_not_printed(app_url, browser, path):
    """Leaflet's zoom and layer buttons live inside the map's iframe, out of reach of the page's
    print style: on screen they are there, on paper they are not."""
    page = open_page(browser, app_url + path)
    controls = page.frame_locator(MAP).first.locator(".leaflet-control-zoom, .leaflet-control-layers")
    assert controls.count() >= 2
    assert all(controls.nth(i).is_visible() for i in range(controls.count())), "on screen the buttons show"
    page.emulate_media(media="print")
    for i in range(controls.count()):
        controls.nth(i).wait_for(state="hidden", timeout=10_000)
    page.close()


@pytest.mark.parametrize("path", ["/gemeente?kaart=none&gemeente=GM0153", "/bevolking?kaart=none", "/bronnen"])
def test_printed_tables_fit_the_width_of_an_a4_page(app_url, browser, path):
    """At the width of A4 portrait (210 mm less 2 × 12 mm margins, at 96 px per inch), the tables
    printed instead of the on-screen grids are as wide as the page or narrower, and show all rows."""
    page = open_page(browser, app_url + path)
    page.set_viewport_size({"width": round((210 - 24) / 25.4 * 96), "height": 1100})
    page.emulate_media(media="print")
    tables = page.locator(".print-table:visible")  # those in a folded section are not printed
    assert tables.count() >= 1
    for i in range(tables.count()):
        box = tables.nth(i).evaluate(
            "t => ({width: t.scrollWidth, room: t.parentElement.clientWidth, rows: t.rows.length,"
            " visible: t.getBoundingClientRect().height > 0})"
        )
        assert box["visible"] and box["rows"] > 1, box
        assert box["width"] <= box["room"] + 1, box
    assert page.locator("[data-testid='stDataFrame']:visible").count() == 0, "no canvas grid is printed"
    page.close()


def test_map_exported_from_the_page_opens_offline(app_url, browser, tmp_path):
    page = open_page(browser, app_url + "/")  # the default basemap: the file must still need no tiles
    with page.expect_download(timeout=60_000) as download:
        page.get_by_role("button", name="Kaart (HTML, werkt offline)").first.click()
    saved = tmp_path / "kaart.html"
    download.value.save_as(saved)
    page.close()
    context = browser.new_context(offline=True)
    outside = []
    context.route(
        "**/*",
        lambda r: r.continue_() if r.request.url.startswith("file:") else (outside.append(r.request.url), r.abort()),
    )
    offline = context.new_page()
    offline.goto(saved.as_uri())
    offline.locator("path.twente-municipality").nth(13).wait_for(timeout=20_000)
    assert offline.locator("path.twente-municipality").count() == 14
    assert offline.get_by_text("Inwoners op 1 januari").first.is_visible()
    assert offline.get_by_text("CC BY 4.0").first.is_visible()
    context.close()
    assert outside == []


def test_share_this_view_gives_the_full_link(app_url, browser):
    page = open_page(browser, app_url + "/gezondheid?kaart=none&groep=65%2B&gemeente=GM0153")
    page.get_by_text("Deze weergave delen").click()
    code = page.locator("[data-testid='stSidebar'] [data-testid='stCode'] code").first
    code.wait_for(timeout=20_000)
    link = code.inner_text().strip()
    assert link.startswith(app_url + "/gezondheid?")
    for part in ("kaart=none", "groep=65%2B", "gemeente=GM0153"):
        assert part in link, (part, link)
    page.close()
