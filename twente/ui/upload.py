"""The pieces of the 'own data' page: the upload, the column choices, the matching report and
the views (the same map, ranking and table components as the built-in indicators).

The upload lives only in this session: the bytes stay in Streamlit's in-memory upload manager,
the parsed table in ``st.session_state`` (both go when the session ends, see
``release_ended_sessions``), and the map and charts of an upload are drawn without the
process-wide caches the built-in views use."""

from __future__ import annotations

import ctypes
import functools
import gc
import json
import logging
import os
import re
import threading
import time

import pandas as pd
import streamlit as st

from twente import charts, maps, upload
from twente.classify import classify
from twente.exports import Meta
from twente.formatting import format_number, format_value
from twente.i18n import t
from twente.indicators import Indicator
from twente.registry import MUNICIPALITY_CODES, area_name
from twente.text import escape_markdown
from twente.ui import cache, chartview, common, folium_adapter, mapview, nav

P = "up_"  # widget keys
# seconds between looks for ended sessions' uploads (0: never; bench/upload_memory.py compares)
RELEASE_EVERY = float(os.environ.get("TWENTE_UPLOAD_RELEASE_EVERY", "20"))
_LOG = logging.getLogger(__name__)


def _keep(key: str, options: list) -> None:
    """Forget a widget's value that is not among its options (another file was uploaded)."""
    if key in st.session_state and st.session_state[key] not in options:
        del st.session_state[key]


def _default(key: str, value) -> None:
    """A widget's first value, set through the session (so a settings file can set it too)."""
    if key not in st.session_state:
        st.session_state[key] = value


@st.cache_resource(show_spinner=False)
def wijken() -> upload.Wijken | None:
    """The 127 wijken to match a district-level file to (the shipped boundaries, not an upload)."""
    layer = cache.districts()
    return upload.Wijken(layer.frame) if layer.ok else None


# Streamlit keeps a closed tab's session for ``server.disconnectedSessionTTL`` (120 s) so that
# the tab can reconnect. When that time is up, Streamlit 1.67 forgets the session without
# shutting it down (runtime/memory_session_storage.py: a TTLCache without a removal hook; the
# session manager says so too), so what ``AppSession.shutdown`` frees stays: the uploaded file
# in the MemoryUploadedFileManager and the session with its st.session_state (the parsed table).
# Measured with bench/upload_memory.py (3 tabs, 5 MB each): without this clean-up, Streamlit
# still counted 15.3 MB of uploads and the 3 parsed tables were alive 60 s after the TTL, until
# another visitor came; with it, the uploads are released within RELEASE_EVERY of the TTL.
# This thread does what the shutdown would have done, for the sessions that uploaded a file.


def release_ended_sessions() -> int:
    """Free what sessions that Streamlit no longer knows still hold: their uploaded files, media
    and dataframe sources; drop expired sessions from Streamlit's reconnect store. Returns how
    many sessions' files were released. Safe to call from any thread; does nothing when the
    runtime is not Streamlit's usual one."""
    from streamlit.runtime import Runtime

    if not Runtime.exists():
        return 0
    runtime = Runtime.instance()
    manager = getattr(runtime, "_session_mgr", None)
    files = runtime.uploaded_file_mgr
    storage = getattr(files, "file_storage", None)
    if manager is None or not isinstance(storage, dict):
        return 0
    kept = getattr(manager, "_session_storage", None)
    cache, lock = getattr(kept, "_cache", None), getattr(manager, "_storage_lock", None)
    if cache is not None and lock is not None and hasattr(cache, "expire"):
        with lock:  # the reconnect store is not thread-safe; the session manager holds this lock
            cache.expire()
    ended = [sid for sid in list(storage) if manager.get_session_info(sid) is None]
    for sid in ended:
        files.remove_session_files(sid)
        runtime.media_file_mgr.clear_session_refs(sid)
        runtime.dataframe_source_mgr.clear_all_for_session(sid)
    if ended:
        runtime.media_file_mgr.remove_orphaned_files()
        gc.collect()
        _trim_heap()
    return len(ended)


def _trim_heap() -> None:
    """Give freed heap pages back to the system (glibc keeps them otherwise: RSS would not fall)."""
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass


def _release_loop() -> None:
    while True:
        time.sleep(RELEASE_EVERY)
        try:
            release_ended_sessions()
        except Exception:  # noqa: BLE001 - a failed clean-up is logged and tried again, never fatal
            _LOG.exception("releasing ended sessions' uploads failed")


@st.cache_resource(show_spinner=False)
def start_release() -> threading.Thread:
    """The one thread per process that releases ended sessions' uploads (started by the page)."""
    thread = threading.Thread(target=_release_loop, name="twente-upload-release", daemon=True)
    if RELEASE_EVERY > 0:
        thread.start()
    return thread


def uploader_text_css(key: str, lang: str, mb: int, types: list[str]) -> str:
    """Streamlit 1.67's file uploader writes 'Upload', '11MB per file • CSV' and, while a file is dragged
    over it, 'Drag and drop a file here' in English, and has no option for them (streamlit/streamlit#13500).
    This style sheet, for the uploader of widget ``key`` only, hides those texts and shows the reader's
    language in their place with CSS ``content``; ``UPLOAD_NAMES_JS`` gives the button the same words as
    its name ('Bestand kiezen'), as seen and as read aloud."""

    def quoted(text: str) -> str:
        return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ") + '"'

    box = f".st-key-{key} [data-testid='stFileUploaderDropzone']"
    limit = t("upload_limit", lang, mb=mb, types=", ".join(x.upper() for x in types))
    return (
        "<style>"
        f"{box} button [data-testid='stMarkdownContainer']{{display:none}}"
        f"{box} button [data-has-shortcut]::after{{content:{quoted(t('upload_browse', lang))};font-size:14px}}"
        f"{box} [data-testid='stFileUploaderDropzoneInstructions'] span{{display:none}}"
        f"{box} [data-testid='stFileUploaderDropzoneInstructions']>div::after{{content:{quoted(limit)};"
        "font-size:14px;line-height:1.6;color:rgba(47,45,43,0.7)}"
        # while a file is dragged over the box: its own line (a div without a test id), in the reader's words
        f"{box}>div:not([data-testid]) span{{display:none}}"
        f"{box}>div:not([data-testid])::after{{content:{quoted(t('upload_drop', lang))}}}"
        "</style>"
    )


# The names the uploaders' button and hidden file input are read by (a screen reader, axe): CSS content
# shows the words, but not every checker counts it in a name, and the input is called 'file upload'.
# Set again whenever Streamlit redraws the uploader.
UPLOAD_NAMES_JS = """
window.twenteUploadNames = %s;
window.twenteNameUploads = () => Object.entries(window.twenteUploadNames).forEach(([key, names]) => {
  const set = (selector, name) => document.querySelectorAll(`.st-key-${key} ${selector}`).forEach(e => {
    if (e.getAttribute('aria-label') !== name) { e.setAttribute('aria-label', name); }
  });
  set(`[data-testid=stFileUploaderDropzone] button`, names[0]);  // selectors in backticks: code, not text
  set(`input[type=file]`, names[1]);
});
// Watch only while this page is shown (the app's other pages redraw often), at most once a frame.
window.twenteUploadPath = location.pathname;
if (!window.twenteUploadObserver) {
  window.twenteUploadObserver = new MutationObserver(() => {
    if (location.pathname !== window.twenteUploadPath) {
      window.twenteUploadObserver.disconnect();
      window.twenteUploadObserver = null;
      return;
    }
    if (!window.twenteUploadFrame) {
      window.twenteUploadFrame = requestAnimationFrame(() => {
        window.twenteUploadFrame = 0;
        window.twenteNameUploads();
      });
    }
  });
  window.twenteUploadObserver.observe(document.body, {childList: true, subtree: true});
}
window.twenteNameUploads();
"""


def upload_names_js(names: dict[str, tuple[str, str]]) -> str:
    """``UPLOAD_NAMES_JS`` for {widget key: (button name, file input name)}: this app's own texts,
    written as JSON with '<' escaped, so that no text can close the script."""
    return UPLOAD_NAMES_JS % json.dumps(names).replace("<", "\\u003c")


def data_file(lang: str):
    """The uploaded data file and settings file (or None)."""
    data_types, mb = ["csv", "xlsx", "txt"], int(upload.MAX_BYTES / 1024 / 1024)
    settings_types, settings_mb = ["json"], 1
    st.html(
        uploader_text_css(P + "file", lang, mb, data_types)
        + uploader_text_css(P + "settings_file", lang, settings_mb, settings_types)
    )
    # two buttons, each named for its uploader: a screen reader hears which one it is on; the name
    # starts with the words it shows
    button = t("upload_browse", lang)
    names = {
        P + "file": (f"{button}: {t('upload_file', lang)}", t("upload_file", lang)),
        P + "settings_file": (f"{button}: {t('upload_settings_file', lang)}", t("upload_settings_file", lang)),
    }
    nav.page_script(upload_names_js(names), name="upload_names")
    left, right = st.columns([3, 2])
    with left:
        data = st.file_uploader(
            t("upload_file", lang),
            type=data_types,
            key=P + "file",
            max_upload_size=mb + 1,
            help=t(
                "upload_file_help",
                lang,
                mb=mb,
                rows=format_number(upload.MAX_ROWS, 0, lang),
                columns=upload.MAX_COLUMNS,
            ),
        )
    with right:
        settings = st.file_uploader(
            t("upload_settings_file", lang), type=settings_types, key=P + "settings_file", max_upload_size=settings_mb
        )
    return data, settings


def read(uploaded, lang: str) -> upload.Table | None:
    """The table of the uploaded file, read once per file and reading options (kept in the session)."""
    sheet = st.session_state.get(P + "sheet")
    delimiter = st.session_state.get(P + "delimiter") or None
    decimal = st.session_state.get(P + "decimal") or None
    key = (uploaded.file_id, sheet, delimiter, decimal)
    kept = st.session_state.get(P + "table")
    if kept and kept[0] == key:
        return kept[1]
    try:
        table = upload.read_upload(uploaded.name, uploaded.getvalue(), sheet, delimiter, decimal)
    except upload.UploadError as error:
        common.show_problems(error.problems, lang)
        st.session_state.pop(P + "table", None)
        return None
    st.session_state[P + "table"] = (key, table)
    return table


def apply_settings(settings_file, table: upload.Table, lang: str) -> None:
    """Put a settings file's choices into the widgets, once per settings file."""
    if settings_file is None or st.session_state.get(P + "settings_applied") == (settings_file.file_id, table.file):
        return
    st.session_state[P + "settings_applied"] = (settings_file.file_id, table.file)
    try:
        settings = upload.read_settings(settings_file.name, settings_file.getvalue())
    except upload.UploadError as error:
        common.show_problems(error.problems, lang)
        return
    missing = upload.check_settings(settings, table)
    if missing:
        common.show_problems(missing, lang)
        return
    state = st.session_state
    state[P + "area"], state[P + "values"] = settings.area_column, list(settings.value_columns)
    state[P + "shown"] = settings.shown or settings.value_columns[0]
    state[P + "year_column"] = settings.year_column
    if settings.year is not None:
        state[P + "year"] = settings.year
    state[P + "title"], state[P + "unit"], state[P + "period"] = settings.title, settings.unit, settings.period
    state[P + "direction"], state[P + "compare"] = settings.direction, settings.compare_with
    state[P + "level"], state[P + "municipality"] = settings.level, settings.municipality
    state[P + "level_guessed"] = (table.file, len(table.cells), settings.area_column)
    if settings.figures:  # what the user chose stays, instead of the page's guess
        state[P + "figures"] = settings.figures
        shown = settings.shown or settings.value_columns[0]
        state[P + "figures_guessed"] = (table.file, len(table.cells), shown, settings.unit.strip())
        state[P + "figures_guess"] = None  # the file's choice counts as the user's own
    for name, value in (("sheet", settings.sheet), ("delimiter", settings.delimiter), ("decimal", settings.decimal)):
        if value:
            state[P + name] = value
    st.success(t("upload_settings_applied", lang, file=escape_markdown(settings_file.name)))


def read_options(table: upload.Table, lang: str) -> None:
    """Sheet (Excel), delimiter and decimal mark (CSV); a change reads the file again."""
    if table.kind == "xlsx" and len(table.sheets) > 1:
        _keep(P + "sheet", table.sheets)
        st.selectbox(t("upload_sheet", lang), table.sheets, key=P + "sheet")
    with st.expander(t("upload_read_options", lang)):
        if table.kind == "csv":
            names = {"": t("upload_auto", lang), ",": ",", ";": ";", "\t": t("upload_tab", lang), "|": "|"}
            c1, c2 = st.columns(2)
            c1.selectbox(t("upload_delimiter", lang), list(names), format_func=names.get, key=P + "delimiter")
            marks = {"": t("upload_auto", lang), ",": ",", ".": "."}
            c2.selectbox(t("upload_decimal", lang), list(marks), format_func=marks.get, key=P + "decimal")
        kind = table.kind.upper() + (f" ({table.encoding})" if table.encoding else "")
        st.caption(
            t("upload_read_as", lang, kind=kind, row=table.header_row, n=format_number(len(table.cells), 0, lang))
        )


def choices(table: upload.Table, lang: str) -> upload.Choices | None:
    """Which column names the municipality, which hold values, and an optional year column."""
    columns = table.columns
    numeric = upload.numeric_columns(table)
    known = wijken()
    guess = upload.guess_area_column(table, known) or columns[0]
    _keep(P + "area", columns)
    c1, c2, c3 = st.columns([2, 3, 2])
    _default(P + "area", guess)
    area = c1.selectbox(t("upload_area_column", lang), columns, key=P + "area")
    level, municipality = area_level(table, area, known, lang)
    candidates = [c for c in columns if c != area]
    if P + "values" in st.session_state:
        st.session_state[P + "values"] = [c for c in st.session_state[P + "values"] if c in candidates]
    default = [c for c in numeric if c != area and c != upload.guess_year_column(table)][:3]
    _default(P + "values", default)
    picked = c2.multiselect(t("upload_value_columns", lang), candidates, key=P + "values")
    year_options = [""] + [c for c in columns if c != area]
    _keep(P + "year_column", year_options)
    guess_year = upload.guess_year_column(table) or ""
    _default(P + "year_column", guess_year if guess_year in year_options else "")
    year_column = c3.selectbox(
        t("upload_year_column", lang),
        year_options,
        format_func=lambda c: c or t("upload_none", lang),
        key=P + "year_column",
    )
    if not picked:
        st.warning(t("problem_upload_no_value_column", lang))
        return None
    c1, c2, c3 = st.columns([2, 3, 2])
    _keep(P + "shown", picked)
    shown = c1.selectbox(t("upload_shown", lang), picked, key=P + "shown") if len(picked) > 1 else picked[0]
    year = None
    if year_column:
        years = upload.years_in(table, year_column)
        _keep(P + "year", years)
        if years:
            _default(P + "year", years[-1])
            year = c3.selectbox(t("upload_year", lang), years, key=P + "year")
    return upload.Choices(area, tuple(picked), shown, year_column, year, level, municipality)


def area_level(table: upload.Table, area: str, known: upload.Wijken | None, lang: str) -> tuple[str, str]:
    """Whether the area column names municipalities or wijken (guessed from its cells, once per
    file and column) and, for wijk names, whose wijken they are."""
    if known is None:
        return "municipality", ""
    state = st.session_state
    guessed = (table.file, len(table.cells), area)
    if state.get(P + "level_guessed") != guessed:
        state[P + "level_guessed"] = guessed
        state[P + "level"] = upload.guess_level(table, area, known)
        state[P + "municipality"] = upload.guess_municipality(table, area, known)
    _keep(P + "level", list(upload.LEVELS))
    c1, c2 = st.columns([2, 3])
    names = {"municipality": t("upload_level_municipality", lang), "district": t("upload_level_district", lang)}
    level = c1.radio(
        t("upload_level", lang), list(upload.LEVELS), key=P + "level", horizontal=True, format_func=names.get
    )
    if level != "district" or not upload.names_wijken(table, area, known):
        return level, "" if level != "district" else state.get(P + "municipality", "") or ""
    options = ["", *MUNICIPALITY_CODES]
    _keep(P + "municipality", options)
    municipality = c2.selectbox(
        t("upload_district_municipality", lang),
        options,
        key=P + "municipality",
        format_func=lambda c: area_name(c, lang) if c else t("upload_all_twente", lang),
        help=t("upload_district_municipality_help", lang),
    )
    return level, municipality


def labels(chosen: upload.Choices, table: upload.Table, lang: str) -> dict:
    """Title, unit, period and direction typed by the user (outside text: escaped where rendered),
    and whether the figures are counts or a share/average/score (``figures``)."""
    c1, c2, c3, c4, c5 = st.columns([3, 2, 2, 2, 3])
    title = c1.text_input(t("upload_title_input", lang), key=P + "title", max_chars=upload.TEXT_LIMITS["title"])
    unit = c2.text_input(t("upload_unit", lang), key=P + "unit", max_chars=upload.TEXT_LIMITS["unit"])
    period = (
        c3.text_input(t("upload_period", lang), key=P + "period", max_chars=upload.TEXT_LIMITS["period"])
        if not chosen.year_column
        else ""
    )
    _keep(P + "direction", list(upload.DIRECTIONS))
    direction = c4.selectbox(
        t("upload_direction", lang),
        list(upload.DIRECTIONS),
        key=P + "direction",
        format_func=lambda d: t("upload_dir_" + d, lang),
    )
    period = str(chosen.year) if chosen.year is not None else period
    return {
        "title": title.strip() or t("upload_default_title", lang, column=chosen.value),
        "unit": unit.strip(),
        "period": period.strip(),
        "direction": direction,
        "figures": figures(c5, chosen, table, unit, lang),
    }


def figures(column, chosen: upload.Choices, table: upload.Table, unit: str, lang: str) -> str:
    """'count' (circles) or 'rate' (coloured areas), as on the built-in maps, where the catalogue
    says it (``aggregate``). The page guesses it from the column and the unit typed: again for
    another file or column; for another unit only while the user has not chosen otherwise."""
    state = st.session_state
    guessed = (table.file, len(table.cells), chosen.value, unit.strip())
    before = state.get(P + "figures_guessed")
    if before != guessed:
        guess = upload.guess_column_kind(table, chosen.value, unit)
        own_choice = (
            before is not None
            and before[:3] == guessed[:3]
            and state.get(P + "figures") != state.get(P + "figures_guess")
        )
        state[P + "figures_guessed"], state[P + "figures_guess"] = guessed, guess
        if not own_choice:
            state[P + "figures"] = guess
    _keep(P + "figures", list(upload.KINDS))
    return column.selectbox(
        t("upload_figures", lang),
        list(upload.KINDS),
        key=P + "figures",
        format_func=lambda k: t("upload_figures_" + k, lang),
        help=t("upload_figures_help", lang),
    )


def indicator_for(result: upload.Result, text: dict, decimals: int) -> Indicator:
    values = result.frame["value"].dropna()
    scale = "diverging" if len(values) and values.min() < 0 < values.max() else "sequential"
    return Indicator(
        "upload",
        "upload",
        text["title"],
        text["title"],
        text["unit"],
        text["unit"],
        text["period"],
        "",
        "",
        "",
        text["direction"],
        decimals,
        "sum" if text.get("figures") == "count" else "none",  # as the catalogue says a count
        scale,
    )


def report(result: upload.Result, lang: str) -> None:
    """How the rows were matched: counts, the municipalities without a value, every row."""
    district = result.level == "district"
    st.subheader(t("upload_report_district" if district else "upload_report", lang))
    cols = st.columns(5)
    for col, key in zip(cols, ("matched", "ambiguous", "outside", "unmatched")):
        if district and key == "outside":
            col.metric(t("upload_count_outside_district", lang), result.counts[key])
        else:
            col.metric(t("upload_count_" + key, lang), result.counts[key])
    missing = t("upload_count_missing_district" if district else "upload_count_missing", lang)
    cols[4].metric(missing, len(result.missing))
    if result.missing:
        names = ", ".join(result.name_of(c, lang) for c in result.missing)
        st.caption(escape_markdown(t("upload_missing_list", lang, names=names)))
    rows = result.rows
    notes = []
    for status, note in zip(rows["status"], rows["note"]):
        if note == "duplicate":
            notes.append(t("upload_note_duplicate", lang))
        elif note and status == "ambiguous":
            notes.append(t("upload_note_names", lang, names=note))
        elif note and status == "unmatched":
            notes.append(t("upload_note_suggest", lang, names=note))
        elif note and status == "outside":
            notes.append(t("upload_note_where", lang, names=note))
        else:
            notes.append("")
    shown = pd.DataFrame(
        {
            t("upload_col_row", lang): rows["row"],
            t("upload_col_text", lang): rows["text"],  # a dataframe shows text as text
            t("upload_col_status", lang): [
                t("upload_status_outside_district", lang)
                if district and s == "outside"
                else t("upload_status_" + s, lang)
                for s in rows["status"]
            ],
            t("district" if district else "municipality", lang): rows["name"],
            t("upload_col_note", lang): notes,
        }
    )
    with st.expander(t("upload_rows", lang), expanded=bool(result.counts["unmatched"] or result.counts["ambiguous"])):
        st.dataframe(shown.head(5000), hide_index=True, width="stretch")


def map_and_ranking(
    result: upload.Result,
    indicator: Indicator,
    text: dict,
    source: str,
    lang: str,
    basemap: str,
    municipality: str = "",
) -> None:
    """The map and the ranking, as for a built-in indicator (``mapview.value_layers``: circles for
    counts, coloured areas for a share, average or score), drawn without shared caches."""
    frame = result.frame
    title = text["title"] + (f" ({text['unit']})" if text["unit"] else "")
    title += f", {text['period']}" if text["period"] else ""
    count = maps.is_count(indicator)
    classes = None if count else classify(frame["value"], indicator.direction, indicator.scale)
    left, right = st.columns([1, 1], gap="medium")
    with left:
        drawn = t("upload_drawn_count" if count else "upload_drawn_rate", lang)
        st.caption(f"{drawn} {t('upload_drawn_change', lang)}")
        if result.level == "district":
            build_base, layers, max_radius = district_layers(
                result, indicator, classes, title, municipality, lang, basemap
            )
        else:
            build_base = functools.partial(mapview.base_map, lang, basemap, wheel_zoom=False)
            layers, max_radius = mapview.value_layers(frame, indicator, classes, lang, title), 24.0
        folium_adapter.draw_uncached(build_base, layers, key=P + "map", height=560, returned=[])
        mapview.value_legend(frame["value"], indicator, classes, lang, title, max_radius=max_radius)
        common.source_caption(source)
    with right:
        heading = t("upload_ranking_district" if result.level == "district" else "ranking_title", lang)
        st.markdown(f"**{escape_markdown(heading)}**  \n{escape_markdown(title)}")
        # Areas such as 'Nederland' in the file are listed, not drawn: a country's total would
        # squash the 14 bars, and whether a figure is a total or a rate is the file's secret.
        chart = charts.ranking_chart(frame, indicator, result.refs.iloc[0:0], lang)
        meta = Meta(title, text["period"] or t("export_date_in_table", lang), source)
        chartview.show_uncached(chart, lang, export=meta, key=P + "ranking")
        st.caption(t("ranking_sorted", lang) + t("ranking_how_plain", lang))
        if len(result.refs):
            st.caption(
                escape_markdown(
                    " · ".join(
                        f"{area_name(c, lang)}: {format_value(v, indicator, lang)}"
                        for c, v in zip(result.refs["code"], result.refs["value"])
                    )
                )
            )


def district_layers(
    result: upload.Result, indicator: Indicator, classes, title: str, municipality: str, lang: str, basemap: str
):
    """The wijken with the upload's values on the shared map component (one municipality's wijken
    within its border, or all 127 on the Twente map): coloured by class, or circles for a count as
    on the profile's district map. The shapes are the app's, the values this session's. Returns
    the base map's builder, the layers and the largest circle's radius."""
    shapes = cache.district_shapes(municipality or None)
    count = maps.is_count(indicator)
    max_radius = 24.0 if municipality else 17.0  # 127 wijken on one map: smaller circles (as the profile)
    layers = mapview.value_layers(
        result.frame,
        indicator,
        classes,
        lang,
        title,
        shapes=shapes,
        points=cache.district_points(),
        area_label=t("district", lang),
        class_name="twente-district",
        outlines=cache.municipality_shapes() if count and not municipality else None,
        max_radius=max_radius,
    )
    if not municipality:
        return functools.partial(mapview.base_map, lang, basemap, wheel_zoom=False), layers, max_radius
    outline, bounds = cache.municipality_outline(municipality)
    layers.append(
        maps.outline_group(
            outline, area_name(municipality, lang), {"color": "#111111", "weight": 3, "fill": False}, "twente-outline"
        )
    )
    corners = bounds or maps.TWENTE_CORNERS
    return functools.partial(maps.folium_map, basemap, lang, bounds=corners, wheel_zoom=False), layers, max_radius


def download(
    result: upload.Result, chosen: upload.Choices, indicator: Indicator, table: upload.Table, source: str, lang: str
) -> None:
    out = result.values.rename(columns={"code": t("col_code", lang), "name": t("col_name", lang)})
    for column in chosen.value_columns:
        out[column] = out[column].round(6)
    if indicator.years_text:
        out.insert(2, t("col_year", lang), indicator.years_text)
    if indicator.unit_nl:
        out[t("col_unit", lang)] = indicator.unit_nl
    out[t("col_source", lang)] = source
    source = f"{source} · {t('export_licence_not_stated', lang)}"
    meta = Meta(indicator.title(lang), indicator.years_text or t("export_date_in_table", lang), source)
    common.table_and_download(
        out, f"{safe_stem(table.file)}_twente.csv", lang, key=P + "download", expanded=True, meta=meta
    )


def safe_stem(name: str) -> str:
    stem = re.sub(r"\.[A-Za-z0-9]{1,5}$", "", name)
    return re.sub(r"[^A-Za-z0-9_-]+", "_", stem).strip("_")[:60] or "upload"


def comparison(result: upload.Result, text: dict, catalogue, values: pd.DataFrame, lang: str) -> str:
    """A scatter plot against a built-in indicator (its latest year) with Pearson's r."""
    from twente.indicators import municipality_values, years_with_data

    options = [""] + [i for i in catalogue.ids() if years_with_data(values, i)]
    _keep(P + "compare", options)
    chosen = st.selectbox(
        t("upload_compare", lang),
        options,
        key=P + "compare",
        format_func=lambda i: catalogue[i].title(lang) if i else t("upload_compare_none", lang),
    )
    if not chosen:
        return ""
    indicator = catalogue[chosen]
    year = years_with_data(values, chosen)[-1]
    builtin = municipality_values(values, chosen, year)
    pair = pd.DataFrame(
        {"name": result.frame["name"], "x": builtin["value"].to_numpy(), "y": result.frame["value"].to_numpy()}
    )
    x_title = f"{indicator.title(lang)} ({indicator.unit(lang)}), {year}"
    meta = Meta(f"{text['title']} × {indicator.title(lang)}", str(year), indicator.source_line(lang))
    chartview.show_uncached(charts.scatter_chart(pair, x_title, text["title"], lang), lang, meta, key=P + "scatter")
    r, n = upload.correlation(pair["x"], pair["y"])
    if r is None:
        st.caption(t("upload_no_correlation", lang, n=n))
    else:
        st.caption(t("upload_correlation", lang, n=n, r=format_number(r, 2, lang)))
    common.source_caption(indicator.source_line(lang))
    return chosen


def settings_download(chosen: upload.Choices, table: upload.Table, text: dict, compare_with: str, lang: str) -> None:
    settings = upload.Settings(
        area_column=chosen.area_column,
        value_columns=chosen.value_columns,
        shown=chosen.value,
        sheet=table.sheet,
        delimiter=st.session_state.get(P + "delimiter") or "",
        decimal=st.session_state.get(P + "decimal") or "",
        year_column=chosen.year_column,
        year=chosen.year,
        title=st.session_state.get(P + "title", ""),
        unit=text["unit"],
        period="" if chosen.year_column else text["period"],
        direction=text["direction"],
        compare_with=compare_with,
        level=chosen.level,
        municipality=chosen.municipality,
        figures=text["figures"],
    )
    st.subheader(t("upload_settings", lang))
    st.caption(t("upload_no_link", lang))
    st.download_button(
        t("upload_settings_download", lang),
        settings.to_json(),
        file_name=f"{safe_stem(table.file)}_instellingen.json",
        mime="application/json",
        key=P + "settings_download",
    )
