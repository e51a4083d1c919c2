"""The start of every page: browser tab, language, the sidebar navigation and the language switch.

The app uses Streamlit's folder-based pages: `dashboard.py` is the home page and each file in
`pages/` is a page whose URL is its file name (`pages/gezondheid.py` is `/gezondheid`). There is
no `st.navigation`: with a `pages/` folder, the first request to a fresh server runs in folder
mode, so a deep link runs the page script alone (no navigation, titles or language switch from
the entry point), or shows "Page not found" when st.navigation gives a page another URL than its
file name. The built-in page list is hidden (`client.showSidebarNavigation = false`) and
replaced by the grouped, translated links below, which keep ?lang= and ?kaart=.

Pages carry no icons: Streamlit fetches Material icons used as a favicon from Google's font
servers, and this app makes no outside request but the basemap tiles."""

from __future__ import annotations

import json
from dataclasses import dataclass

import streamlit as st

from twente import maps
from twente.i18n import DEFAULT_LANG, t
from twente.ui import cache, common, exports

FAVICON = "static/favicon.png"

# Screen layout and contrast, for every page (issue #15): the title starts at the top instead of
# ~100 px down (Streamlit's header is made see-through and takes no clicks but on its buttons);
# captions (source lines, hints) are dark enough for WCAG AA (Streamlit draws them at 60 % opacity, 3.9:1 on
# white); the hidden container that carries the page's small scripts takes no room.
SCREEN_CSS = """<style>
@media screen {
  [data-testid="stHeader"] { background: transparent; pointer-events: none; }
  [data-testid="stHeader"] button, [data-testid="stHeader"] a,
  [data-testid="stToolbar"], [data-testid="stExpandSidebarButton"] { pointer-events: auto; }
  [data-testid="stMainBlockContainer"] { padding-top: 1.25rem; padding-bottom: 3rem; }
  [data-testid="stMainBlockContainer"] h1 { padding-top: 0; padding-bottom: 0.25rem; }
  [data-testid="stCaptionContainer"] { color: #5c5b57; opacity: 1; }
  [class*="st-key-page_script"] { display: none; }
  .st-key-headline [data-testid="stMetricValue"] { font-size: 1.6rem; line-height: 1.3; }
  /* a map's download button after its legend: the map and its legend are seen together */
  [class*="_export_html"] { order: 10; }
}
@media screen and (max-width: 640px) {
  /* the header's button that opens the sidebar sits top left: the title goes below it */
  [data-testid="stMainBlockContainer"] { padding-top: 3.25rem; padding-left: 0.75rem; padding-right: 0.75rem; }
  [data-testid="stMainBlockContainer"] h1 { font-size: 1.9rem; }
  /* the three headline figures side by side, not three screens of big numbers */
  .st-key-headline [data-testid="stHorizontalBlock"] { flex-wrap: nowrap; gap: 0.5rem; }
  .st-key-headline [data-testid="stColumn"] { min-width: 0 !important; width: auto; flex: 1 1 0; }
  .st-key-headline [data-testid="stMetricValue"] { font-size: 1.3rem; }
  .st-key-headline [data-testid="stMetricLabel"] p { font-size: 0.8rem; }
  /* 'Inwoners (1-1-2025)' on two lines rather than 'Inwoners (1-1-…' */
  .st-key-headline [data-testid="stMetricLabel"] div,
  .st-key-headline [data-testid="stMetricLabel"] p { white-space: normal; overflow: visible; text-overflow: clip; }
  /* the choosers above a map: the indicator on a row of its own, domain, year and age group side by side;
     a domain that is not a choice (the page's title says it) and empty columns take no room */
  [class*="st-key-pickers_"] [data-testid="stHorizontalBlock"] { flex-wrap: wrap; gap: 0.5rem 0.75rem; }
  [class*="st-key-pickers_"] [data-testid="stColumn"] { flex: 1 1 8rem !important; min-width: 0 !important; }
  [class*="st-key-pickers_"] [data-testid="stColumn"]:nth-child(2) { order: -1; flex-basis: 100% !important; }
  [class*="st-key-pickers_"] [data-testid="stColumn"]:nth-child(3) { flex: 0 0 6.5rem !important; }
  [class*="st-key-pickers_"] [data-testid="stColumn"]:first-child:not(:has([data-testid="stSelectbox"])),
  [class*="st-key-pickers_"] [data-testid="stColumn"]:not(:has([data-testid="stElementContainer"])) {
    display: none; }
  /* the profile's previous and next buttons side by side under its chooser */
  .st-key-profile_chooser [data-testid="stHorizontalBlock"] { flex-wrap: wrap; gap: 0.5rem; }
  .st-key-profile_chooser [data-testid="stColumn"] { flex: 1 1 0 !important; min-width: 0 !important; }
  .st-key-profile_chooser [data-testid="stColumn"]:first-child { flex-basis: 100% !important; }
  /* the caveat line above a map in smaller type */
  .st-key-caveats summary p, .st-key-caveats [data-testid="stCaptionContainer"] p {
    font-size: 0.8rem; line-height: 1.35; }
  /* section headings a size below the title, not as large as it (28 px against 30 px) */
  [data-testid="stMainBlockContainer"] h2 { font-size: 1.5rem; padding-top: 0.5rem; }
  [data-testid="stMainBlockContainer"] h3 { font-size: 1.3rem; }
  .st-key-caveats summary { padding-top: 0.4rem; padding-bottom: 0.4rem; }
}
</style>"""


@dataclass(frozen=True)
class PageEntry:
    id: str
    script: str  # relative to the folder of dashboard.py
    url_path: str  # "" is the home page
    title_key: str
    group_key: str
    params: tuple[str, ...] = ()  # the URL parameters the page reads, besides lang and kaart


PAGES = (
    PageEntry(
        "overview",
        "dashboard.py",
        "",
        "page_overview",
        "nav_explore",
        ("domein", "indicator", "jaar", "groep", "gemeente", "niveau", "wijkjaar", "wijkindicator"),
    ),
    PageEntry(
        "population",
        "pages/bevolking.py",
        "bevolking",
        "page_population",
        "nav_explore",
        ("weergave", "gemeenten", "ref", "van", "tot"),
    ),
    PageEntry(
        "municipality",
        "pages/gemeente.py",
        "gemeente",
        "page_municipality",
        "nav_explore",
        ("gemeente", "wijkjaar", "wijkindicator"),
    ),
    PageEntry("upload", "pages/eigen-gegevens.py", "eigen-gegevens", "page_upload", "nav_explore"),
    PageEntry(
        "health",
        "pages/gezondheid.py",
        "gezondheid",
        "page_health",
        "nav_domains",
        ("indicator", "jaar", "groep", "gemeente"),
    ),
    PageEntry(
        "living",
        "pages/leefomgeving.py",
        "leefomgeving",
        "page_living",
        "nav_domains",
        ("indicator", "jaar", "groep", "gemeente"),
    ),
    PageEntry(
        "parks", "pages/parken.py", "parken", "page_parks", "nav_residents", ("plaats", "postcode", "punt", "natuur")
    ),
    PageEntry("sources", "pages/bronnen.py", "bronnen", "page_sources", "nav_about"),
    PageEntry(
        "presentation", "pages/presentatie.py", "presentatie", "page_presentation", "nav_about", ("dia", "contrast")
    ),
)
BY_ID = {p.id: p for p in PAGES}


def page_start(page_id: str) -> str:
    """Call first in every page script; returns the language. Parameters the page does not
    use leave the URL here; the page's own widgets drop the invalid values of the others."""
    from twente.ui import warmup

    warmup.start()  # once per process: every page's default view, prepared in the background
    entry = BY_ID[page_id]
    cache.refresh_when_files_change()
    common.drop_unknown_params(entry.params)
    lang = common.language()
    app = t("app_title", lang)
    title = app if entry.id == "overview" else f"{t(entry.title_key, lang)} · {app}"
    st.set_page_config(page_title=title, page_icon=FAVICON, layout="wide")
    exports.print_style()
    st.html(SCREEN_CSS)
    page_script(
        f"document.documentElement.lang = {json.dumps(lang)};"
        + SCROLL_REGIONS_JS % json.dumps(t("table_scrolls", lang))
    )
    navigation(lang)
    common.language_switch(lang)
    return lang


def page_end(page_id: str, lang: str) -> None:
    """Call last in every page script: "copy this view" with the link as the page now stands."""
    entry = BY_ID[page_id]
    exports.copy_view(entry.url_path, t(entry.title_key, lang), lang)
    common.phone_language_note(lang)


def carried_params(lang: str) -> dict[str, str]:
    """What a link to another page keeps: the language and the basemap, when not the default."""
    params = {}
    if lang != DEFAULT_LANG:
        params["lang"] = lang
    basemap = st.session_state.get("basemap") or st.query_params.get("kaart")
    if basemap in maps.BASEMAPS and basemap != maps.DEFAULT_BASEMAP:
        params["kaart"] = basemap
    return params


def navigation(lang: str) -> None:
    """Links to every page in the sidebar, grouped by purpose; the current page is shown in bold."""
    params = carried_params(lang)
    groups: dict[str, list[PageEntry]] = {}
    for entry in PAGES:
        groups.setdefault(entry.group_key, []).append(entry)
    with st.sidebar:
        for group_key, entries in groups.items():
            st.caption(t(group_key, lang))
            for entry in entries:
                common.page_link(entry.script, entry.url_path, t(entry.title_key, lang), icon=None, query_params=params)
        st.divider()


def link(page_id: str, label: str, lang: str) -> None:
    """A link in the page body to another page, keeping the language and the basemap."""
    entry = BY_ID[page_id]
    common.page_link(entry.script, entry.url_path, label, query_params=carried_params(lang))


def profile_link(code: str, lang: str) -> None:
    """'Open the profile' of one municipality (pages/gemeente.py), keeping the language and the basemap."""
    from twente.registry import area_name

    entry = BY_ID["municipality"]
    common.page_link(
        entry.script,
        entry.url_path,
        t("open_profile", lang, name=area_name(code, lang)),
        query_params={**carried_params(lang), "gemeente": code},
    )


# A table wider than its box scrolls sideways inside it (a phone, a narrow window): such a box gets the
# keyboard focus (Tab, then the arrow keys scroll it) and a name, as WCAG 2.1.1 asks and axe checks
# ('scrollable-region-focusable'). Watched for as Streamlit draws and redraws, and on resize.
SCROLL_REGIONS_JS = """
window.twenteScrollLabel = %s;
if (!window.twenteScrollRegions) {
  window.twenteScrollRegions = true;
  const mark = () => document.querySelectorAll('.stTable table').forEach(table => {
    const box = table.parentElement;
    const wide = box.scrollWidth > box.clientWidth + 1;
    if (wide && box.getAttribute('tabindex') !== '0') { box.tabIndex = 0; box.setAttribute('role', 'region'); }
    if (!wide && box.getAttribute('tabindex') === '0') { box.removeAttribute('tabindex'); box.removeAttribute('role'); }
    if (wide) { box.setAttribute('aria-label', window.twenteScrollLabel); }
  });
  let pending = null;
  const later = () => { clearTimeout(pending); pending = setTimeout(mark, 100); };
  new MutationObserver(later).observe(document.body, {childList: true, subtree: true});
  window.addEventListener('resize', later);
  later();
}
"""


def page_script(js: str, name: str = "lang") -> None:
    """Run a few lines of this app's own JavaScript in the page (never text from a user or a
    file): Streamlit renders st.html in the page itself, not in an iframe. Used to give
    ``<html lang>`` the chosen language (Streamlit always says 'en') and to scroll an answer
    into view on a phone. The container that holds the script is hidden (SCREEN_CSS)."""
    with st.container(key=f"page_script_{name}"):
        st.html(f"<script>{js}</script>", unsafe_allow_javascript=True)


def scroll_into_view(key: str, phone_only: bool = True) -> None:
    """Bring the container ``st.container(key=key)`` into view once it is drawn, e.g. the
    municipality panel below the map after a tap on a phone. The run's nonce makes the script
    new, so it runs again after the next tap."""
    nonce = st.session_state["_scroll_nonce"] = st.session_state.get("_scroll_nonce", 0) + 1
    narrow = "window.matchMedia('(max-width: 640px)').matches" if phone_only else "true"
    page_script(
        f"/* {nonce} */ (function () {{ if (!({narrow})) return; let tries = 0;"
        f" const go = () => {{ const el = document.querySelector({json.dumps('.st-key-' + key)});"
        " if (el) { el.scrollIntoView({block: 'start', behavior: 'smooth'}); } else if (tries++ < 40) "
        "{ setTimeout(go, 50); } }; setTimeout(go, 50); })();",
        name=f"scroll_{key}",
    )
