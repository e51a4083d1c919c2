"""Taking a view out of the app: export buttons under every map and chart, the XLSX beside
every CSV, "copy this view", and the print style sheet.

Export files are built only when someone clicks (``st.download_button`` with a callable
``data=``, Streamlit >= 1.59): a rerun costs the buttons, not the files."""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import urlencode

import pandas as pd
import streamlit as st

from twente import exports
from twente.exports import Meta
from twente.i18n import t
from twente.text import escape_markdown

XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def standalone_map(build_base: Callable, build_groups: Callable):
    m = build_base()
    for group in build_groups():
        group.add_to(m)
    return m


def map_buttons(meta: Meta, build_base: Callable, build_groups: Callable, lang: str, key: str) -> None:
    """'Download map (HTML)': one file with Leaflet and the data inside. ``build_base`` must
    build the map without tiles (basemap 'none'): the file must not depend on a tile server."""
    st.download_button(
        f":material/map: {t('export_map_html', lang)}",
        lambda: exports.map_html(standalone_map(build_base, build_groups), meta, lang),
        file_name=exports.filename(meta, "html"),
        mime="text/html",
        key=f"{key}_export_html",
        on_click="ignore",
        type="tertiary",
    )


def chart_buttons(meta: Meta, spec: dict, lang: str, key: str) -> None:
    """'Chart as SVG' and 'Chart as PNG', rendered on the server."""
    row = st.container(horizontal=True, gap="small")
    row.download_button(
        f":material/image: {t('export_svg', lang)}",
        lambda: exports.chart_svg(spec, meta, lang),
        file_name=exports.filename(meta, "svg"),
        mime="image/svg+xml",
        key=f"{key}_export_svg",
        on_click="ignore",
        type="tertiary",
    )
    row.download_button(
        f":material/image: {t('export_png', lang)}",
        lambda: exports.chart_png(spec, meta, lang),
        file_name=exports.filename(meta, "png"),
        mime="image/png",
        key=f"{key}_export_png",
        on_click="ignore",
        type="tertiary",
    )


def xlsx_button(frame: pd.DataFrame, meta: Meta, lang: str, key: str, file_name: str) -> None:
    st.download_button(
        t("download_xlsx", lang),
        lambda: exports.table_xlsx(frame, meta, lang),
        file_name=file_name,
        mime=XLSX_MIME,
        key=f"{key}_xlsx",
        on_click="ignore",
    )


# --------------------------------------------------------------------------- copy this view


def view_link(base: str | None, path: str, params: dict[str, str]) -> str:
    """The full link of a view: the app's address, the page and every parameter in the URL."""
    query = urlencode(params)
    root = (base or "").split("?")[0].rstrip("/")
    if root.endswith("/" + path) and path:
        root = root[: -len(path) - 1]
    return f"{root}/{path}{'?' + query if query else ''}"


def readable(page_title: str, params: dict[str, str], lang: str = "nl", names: dict[str, str] | None = None) -> str:
    """The view in words a colleague can read: 'Gezondheid · Indicator: Rokers · Jaar: 2020'.
    ``names``: ids in the link (indicator ids, area codes) and the names to show for them."""
    names = names or {}

    def value(name: str, raw: str) -> str:
        if name == "lang":
            return t("language_name", raw) if raw in ("nl", "en", "de") else raw
        return ", ".join(names.get(part, part) for part in str(raw).split(","))

    labels = {  # what a URL parameter means, as a label of the UI; the others keep their name
        "indicator": t("indicator", lang),
        "jaar": t("year", lang),
        "wijkjaar": t("year", lang),
        "groep": t("age_group", lang),
        "gemeente": t("municipality", lang),
        "gemeenten": t("municipalities", lang),
        "ref": t("pop_refs", lang),
        "weergave": t("pop_mode", lang),
        "van": t("pop_period_start", lang),
        "tot": t("pop_period_end", lang),
        "niveau": t("level", lang),
        "domein": t("domain", lang),
        "kaart": t("basemap", lang),
        "lang": t("language", lang),
    }

    def label(name: str) -> str:
        return labels.get(name, name)

    return " · ".join([page_title] + [f"{label(k)}: {value(k, v)}" for k, v in params.items()])


def _names(lang: str) -> dict[str, str]:
    """Indicator ids and area codes with their names in ``lang``."""
    from twente.registry import MUNICIPALITIES, area_name
    from twente.ui import cache

    catalogue, _ = cache.catalogue()
    names = {i: catalogue[i].title(lang) for i in catalogue.ids()}
    names.update({c: area_name(c, lang) for c in [m.code for m in MUNICIPALITIES] + ["TWENTE", "NL01", "GGD_TWENTE"]})
    return names


def copy_view(path: str, page_title: str, lang: str) -> None:
    """A sidebar section with the current page's full link (with a copy button) and its short form.
    Filled only while open (a rerun opens it): ``st.code`` loads 1.5 MB of script in the browser,
    which delayed every page's first paint, its map included (issue #16)."""
    params = {k: st.query_params.get(k) for k in st.query_params}
    link = view_link(st.context.url, path, params)
    section = st.sidebar.expander(f":material/link: {t('copy_view', lang)}", key="copy_view", on_change="rerun")
    with section:
        if not section.open:
            return
        st.caption(t("copy_view_help", lang))
        st.code(link, language=None, wrap_lines=True)
        st.caption(escape_markdown(readable(page_title, params, lang, _names(lang))))


# --------------------------------------------------------------------------- print

PRINT_CSS = """
<style>
[class*="st-key-print_copy_"] { display: none !important; }
@media print {
  [class*="st-key-print_copy_"] { display: block !important; }
  /* a folded section is left out; an open one prints its content without the fold's header */
  [data-testid="stExpander"]:has(details:not([open])) { display: none !important; }
  [data-testid="stExpander"] summary { display: none !important; }
  [data-testid="stExpander"] details { border: none !important; }
  [class*="st-key-screen_copy_"] { display: none !important; }
  .print-table { border-collapse: collapse; width: 100%; font-size: 8pt; line-height: 1.25; }
  .print-table th, .print-table td { border-bottom: 1px solid #bbb; padding: 2px 4px 2px 0; text-align: left;
    vertical-align: top; overflow-wrap: anywhere; hyphens: auto; }
  .print-table td.n { white-space: nowrap; text-align: right; }
  .print-table th { border-bottom: 1.5px solid #333; overflow-wrap: anywhere; }
  .print-table tr { break-inside: avoid; page-break-inside: avoid; }
  @page { size: A4 portrait; margin: 12mm; }
  [data-testid="stSidebar"], [data-testid="stHeader"], [data-testid="stToolbar"], [data-testid="stDecoration"],
  [data-testid="stStatusWidget"], [data-testid="stSidebarCollapsedControl"], header, footer,
  [data-testid="stBaseButton-secondary"], [data-testid="stBaseButton-tertiary"], [data-testid="stBaseButton-primary"],
  [data-testid="stDownloadButton"], [data-testid="stButton"], [data-testid="stPopover"], [data-testid="stPageLink"],
  [data-testid="stSelectbox"], [data-testid="stMultiSelect"], [data-testid="stRadio"], [data-testid="stSlider"],
  [data-testid="stTextInput"], [data-testid="stCheckbox"], [data-testid="stToggle"], [data-testid="stLinkButton"],
  .stSelectSlider, [data-testid="stElementToolbar"] { display: none !important; }
  [data-testid="stAppViewContainer"], [data-testid="stMain"], .main, .block-container, [data-testid="stMainBlockContainer"] {
    padding: 0 !important; margin: 0 !important; max-width: 100% !important; width: 100% !important;
    overflow: visible !important; height: auto !important; position: static !important; }
  [data-testid="stApp"], html, body { overflow: visible !important; height: auto !important; }
  iframe, [data-testid="stVegaLiteChart"], [data-testid="stIFrame"], .stCustomComponentV1 {
    break-inside: avoid; page-break-inside: avoid; max-width: 100% !important; }
  [data-testid="stHorizontalBlock"] { flex-wrap: wrap !important; }
  [data-testid="stColumn"] { min-width: 100% !important; width: 100% !important; flex: 1 1 100% !important; }
  [data-testid="stCaptionContainer"] { color: #000 !important; }
}
</style>
"""


def print_style() -> None:
    """One style sheet for printing on A4: no sidebar, toolbar or controls; each map or chart
    whole on a page, full width; captions (the source lines) kept."""
    st.html(PRINT_CSS)
