"""app.py, the README's run command (`streamlit run app.py`), starts the app warm: before the server
answers its first request, dashboard.py has run once and the data, the shapes and the overview's
rendered map are in Streamlit's caches. The oracle is Streamlit's own cache statistics
(/_stcore/metrics), read before any visitor came; plain `streamlit run dashboard.py` is the
control, whose caches are empty until someone visits. The last test opens pages through the
launcher in Chromium: it serves the same app, deep links included."""

from __future__ import annotations

import re
import urllib.request

import pytest

from tests.browser import app_idle, map_frame, streamlit_server

# cache_memory_bytes{cache_type="st_cache_resource",cache="twente.ui.folium_adapter._rendered"} 1
METRIC = re.compile(r'^cache_memory_bytes\{cache_type="st_cache_resource",cache="([^"]+)"\}', re.MULTILINE)
# What a run of the overview fills: the loaded figures, the municipalities' shapes, the overview's map.
FILLED_BY_THE_OVERVIEW = ("cache.values", "cache.municipality_shapes", "folium_adapter._rendered")


def resource_caches(url: str) -> set[str]:
    """The st.cache_resource functions that hold at least one entry, as Streamlit reports them."""
    text = urllib.request.urlopen(url + "/_stcore/metrics", timeout=60).read().decode("utf-8")
    return set(METRIC.findall(text))


def holds(caches: set[str], name: str) -> bool:
    return any(cache.endswith(name) for cache in caches)


def test_the_launcher_runs_the_home_page_before_its_first_visitor():
    with streamlit_server("app.py") as url:  # returns once /_stcore/health answers
        caches = resource_caches(url)
    missing = [name for name in FILLED_BY_THE_OVERVIEW if not holds(caches, name)]
    assert not missing, f"not prepared before the first request: {missing} (caches: {sorted(caches)})"


def test_plain_streamlit_run_prepares_nothing_before_its_first_visitor():
    """The control: the same check on the server without the launcher finds the caches empty
    (so the check above can tell a warm server from a cold one)."""
    with streamlit_server("dashboard.py") as url:
        caches = resource_caches(url)
    assert not any(holds(caches, name) for name in FILLED_BY_THE_OVERVIEW), sorted(caches)


@pytest.mark.browser
def test_the_launcher_serves_the_app_and_its_deep_links(browser):
    with streamlit_server("app.py") as url:
        context = browser.new_context(viewport={"width": 1400, "height": 1000})
        page = context.new_page()
        try:
            page.goto(url + "/?kaart=none&lang=en")
            page.locator("h1").filter(has_text="Twente in figures").first.wait_for(timeout=60_000)
            map_frame(page, timeout=60_000)
            app_idle(page)
            page.goto(url + "/gezondheid?indicator=smokers&groep=65%2B&lang=en&kaart=none")
            page.locator("h1").filter(has_text="Health in Twente").first.wait_for(timeout=60_000)
            app_idle(page)
            assert page.title() == "Health · Twente in figures"
            assert page.url.split("?")[0].endswith("/gezondheid"), "the app stayed on the linked page"
            assert page.get_by_text("Page not found").count() == 0
        finally:
            context.close()
