"""Building blocks every page uses: language, URL-bound widgets, problem messages,
source lines, table views and downloads, legends."""

from __future__ import annotations

import html
import math
from collections.abc import Sequence

import pandas as pd
import streamlit as st
from streamlit.errors import StreamlitAPIException

from twente import config, datafiles, loading, state
from twente.i18n import DEFAULT_LANG, LANGS, data_language, t
from twente.problems import Problem
from twente.text import escape_markdown

# --------------------------------------------------------------------------- language


def language() -> str:
    """The language of this run: from ?lang= on a session's first run (a link) and on the
    browser's back/forward; after that the session's, which only the language switch changes.
    These are the rules Streamlit applies to its own URL-bound widgets. The URL must not win on
    every run: a rerun the browser sent before it had the switch's new URL (a map event that
    crossed the click) carries the old ``?lang=`` and would undo the click."""
    from_url = state.choice(st.query_params, "lang", LANGS, None)
    in_session = st.session_state.get("lang")
    if in_session not in LANGS or _history_navigation():
        lang = from_url or (in_session if in_session in LANGS else DEFAULT_LANG)
    else:
        lang = in_session
    st.session_state["lang"] = lang
    return lang


def _history_navigation() -> bool:
    """Whether this run comes from the browser's back or forward button (the URL is the truth)."""
    from streamlit.runtime.scriptrunner import get_script_run_ctx

    return bool(getattr(get_script_run_ctx(), "is_history_navigation", False))


def set_url(name: str, value, default=None) -> None:
    """Write a parameter to the URL; the default value is left out to keep links short.
    A parameter bound to a widget (``bind="query-params"``) is the widget's: left alone."""
    value = None if value is None else str(value)
    try:
        if value is None or value == (None if default is None else str(default)):
            if name in st.query_params:
                del st.query_params[name]
        elif st.query_params.get(name) != value:
            st.query_params[name] = value
    except StreamlitAPIException:  # bound to a widget: Streamlit keeps it in step
        pass


def language_switch(lang: str) -> None:
    """All languages side by side in the sidebar as NL · EN · DE (their names in themselves in
    the help: three full names do not fit on one line); choosing one changes only ?lang=, so
    the other parameters of the URL stay. On a page whose data texts are in another language
    (German: Dutch), a note says so."""
    if st.session_state.get("lang_switch") != lang:
        st.session_state["lang_switch"] = lang  # the URL or another page may have changed the language
    st.sidebar.segmented_control(
        t("language", lang),
        LANGS,
        format_func=str.upper,
        key="lang_switch",
        required=True,
        help=" · ".join(f"{code.upper()}: {t('language_name', code)}" for code in LANGS),
        on_change=_switch_language,
    )
    set_url("lang", lang, DEFAULT_LANG)
    if data_language(lang) != lang:
        st.sidebar.caption(t("data_text_note", lang))


def phone_language_note(lang: str) -> None:
    """The note that data texts are in Dutch, at the foot of the page where the sidebar is folded
    away (a phone): there the sidebar's note is not seen. Hidden on wider screens."""
    if data_language(lang) == lang:
        return
    st.html(
        "<style>@media (min-width: 768px) { .twente-phone-note { display: none; } }</style>"
        f'<p class="twente-phone-note" style="font-size: 0.875rem; color: rgb(49, 51, 63);">'
        f"{html.escape(t('data_text_note', lang))}</p>"
    )


def _switch_language() -> None:
    chosen = st.session_state.get("lang_switch")
    if chosen in LANGS:
        st.session_state["lang"] = chosen
        set_url("lang", chosen, DEFAULT_LANG)
    whole_page()


def whole_page() -> None:
    """Use as (or call last in) the ``on_change`` of a widget drawn outside every fragment.

    Streamlit reruns only a fragment when a widget inside it changes. Its frontend can send a
    change of a widget outside with such a fragment's rerun: a click on the language switch that
    lands as the map reports its first state (seen in Chromium with Streamlit 1.67, about once in
    fifty page loads). Only the map's fragment then ran; the switch showed DE, the URL said
    ``lang=de`` and the page stayed Dutch. Here the callback finds that the run is a fragment's
    and not its own widget's, and asks for the whole page (``st.rerun()`` in a callback widens
    the interaction's rerun to the app; it carries the URL as the callback left it)."""
    if _fragment_run_of_another_widget():
        st.rerun()


def _fragment_run_of_another_widget() -> bool:
    """Whether this callback runs at the start of a fragment run, for a widget that is not in a
    fragment being run. Streamlit runs a callback with its widget's fragment id in the thread's
    state; if a later Streamlit moves that, the answer is False and nothing changes."""
    from streamlit.runtime.scriptrunner import get_script_run_ctx

    running = getattr(get_script_run_ctx(), "fragment_ids_this_run", None)
    if not running:
        return False
    try:
        from streamlit.runtime.scriptrunner_utils.script_run_context import ThreadState

        own = ThreadState.get().fragment_id
    except (ImportError, AttributeError):
        return False
    return own not in running


# --------------------------------------------------------------------------- URL-bound widgets
#
# Widgets whose value is language-neutral (years, the search text, toggles) use Streamlit's own
# ``bind="query-params"`` with the parameter name as key (``key=url_key("jaar")``). Streamlit
# cannot bind the choosers below: for a selectbox, radio or multiselect it writes the *formatted
# option* (the ``format_func`` label) to the URL, and our labels are translated, so links would
# read ``?indicator=Rokers`` in Dutch, break in English, and break every existing
# ``?indicator=smokers`` link. Those choosers keep an id in the URL through ``url_chooser``.

GLOBAL_PARAMS = ("lang", "kaart")


def url_key(name: str) -> str:
    """The key of a widget bound to ``?name=`` (Streamlit uses the key as the parameter name)."""
    return name


def url_value(name: str, options: Sequence[str], default: str) -> str:
    """The valid id in ``?name=`` (case-insensitive), else ``default``. The URL is tidied on the
    way: an invalid value, or the default itself, leaves it."""
    value = state.choice(st.query_params, name, list(options), default)
    set_url(name, value, default)
    return value


def url_values(name: str, options: Sequence[str], default: Sequence[str]) -> list[str]:
    """The valid ids in ``?name=a,b`` (unknown ones dropped); ``?name=`` is an empty choice."""
    if name in st.query_params and not st.query_params.get(name, "").strip():
        chosen: list[str] = []
    else:
        chosen = state.many(st.query_params, name, list(options), list(default))
    set_url(name, ",".join(chosen), ",".join(default))
    return chosen


def url_chooser(widget, label: str, name: str, options: Sequence[str], default, key: str, **kwargs):
    """A chooser whose id lives in ``?name=`` (``widget`` is st.selectbox, st.radio,
    st.multiselect or the same on a container). The URL is the truth: every run sets the widget
    from it, so a language switch, which changes every label, cannot reset the choice; a change
    by the user is written to the URL by the widget's callback before the next run. Defaults
    must not be read from the URL."""
    many = isinstance(default, (list, tuple))
    value = url_values(name, options, default) if many else url_value(name, options, default)
    st.session_state[key] = value
    options = list(options)
    return widget(label, options, key=key, on_change=_chosen, args=(name, key, default, options), **kwargs)


def _chosen(name: str, key: str, default, options: Sequence[str]) -> None:
    """Only an id goes into the URL. The browser names a chosen option by its label; when that
    label is of another language than the run that reads it (a rerun that crossed a language
    switch), Streamlit hands over the label itself, which is not an option: the URL then stays as
    it is, and the next run sets the widget from it again."""
    value = st.session_state.get(key)
    if isinstance(default, (list, tuple)):
        value = list(value or [])
        if all(v in options for v in value):
            _set_list(name, value, default)
    elif value is None or value in options:
        set_url(name, value, default)
    whole_page()


def _set_list(name: str, value: Sequence[str], default: Sequence[str]) -> None:
    if list(value) == list(default):
        set_url(name, None)
    elif st.query_params.get(name) != ",".join(value):
        st.query_params[name] = ",".join(value)


def choose(name: str, value: str, default: str = "") -> None:
    """Set a chooser's id from elsewhere (a click on the map): call, then ``st.rerun()``."""
    set_url(name, value, default)


def drop_unknown_params(known: Sequence[str]) -> None:
    """Parameters that this page does not use leave the URL (``?foo=bar``); lang and kaart stay."""
    for name in list(st.query_params):
        if name not in known and name not in GLOBAL_PARAMS:
            set_url(name, None)
    # ?kaart= is kept on every page (links carry it), so it is checked on every page, not only
    # where the basemap chooser is drawn
    from twente import maps

    if "kaart" in st.query_params:
        if st.query_params.get("kaart", "").lower() not in {b.lower() for b in maps.BASEMAPS}:
            set_url("kaart", None)


def page_link(
    page: str,
    url_path: str,
    label: str,
    icon: str | None = ":material/arrow_forward:",
    query_params: dict[str, str] | None = None,
) -> None:
    """A link to another page of the app (``page`` relative to dashboard.py), keeping
    ``query_params``; a plain relative link when the page runs on its own (AppTest runs one
    page script, so the other pages are unknown)."""
    from urllib.parse import urlencode

    from streamlit.errors import StreamlitPageNotFoundError

    try:
        st.page_link(page, label=label, icon=icon, query_params=query_params or None)
    except StreamlitPageNotFoundError:
        query = f"?{urlencode(query_params)}" if query_params else ""
        st.markdown(f"[{escape_markdown(label)}]({url_path or './'}{query})")


# --------------------------------------------------------------------------- messages


def show_problems(problems: list[Problem], lang: str, expanded: bool = False) -> None:
    """Data-file problems: errors in red, warnings folded away; text is never HTML."""
    if not problems:
        return
    errors = [p for p in problems if p.severity == "error"]
    warnings = [p for p in problems if p.severity != "error"]
    if errors:
        st.error(f"**{t('data_problems', lang)}**\n\n{_bullets(errors, lang, 20)}", icon="⚠️")
    if warnings:
        # named for what it holds: a bare 'Warning: 1' at the foot of a public page reads as an alarm
        with st.expander(t("data_file_notes", lang, n=len(warnings)), expanded=expanded):
            for p in warnings[:50]:
                st.text(p.text(lang))


def _bullets(problems: list[Problem], lang: str, limit: int) -> str:
    lines = [f"- {escape_markdown(p.text(lang))}" for p in problems[:limit]]
    if len(problems) > limit:
        lines.append(f"- … (+{len(problems) - limit})")
    return "\n".join(lines)


def concerns(problem: Problem, files=(), indicator: str | None = None, year: int | None = None) -> bool:
    """Whether ``problem`` changes what a component built from ``files`` (and, for an
    indicator view, ``indicator`` in ``year``) shows: a row of its indicator left out or
    missing, or an error in one of its files."""
    about = problem.params.get("indicator")
    if indicator is not None and about is not None:
        return about == indicator and (year is None or problem.params.get("year") in (None, year))
    return problem.file in set(files) and (problem.severity == "error" or problem.kind.startswith("missing"))


def notice(
    problems: list[Problem],
    lang: str,
    files=(),
    indicator: str | None = None,
    year: int | None = None,
    kinds: tuple[str, ...] | None = None,
    limit: int = 5,
) -> list[Problem]:
    """A warning beside a map, chart or table whose content a data problem changes, so the
    reader sees it there and not only in the folded list at the bottom of the page.
    Returns the problems it showed."""
    relevant = [p for p in problems if concerns(p, files, indicator, year) and (kinds is None or p.kind in kinds)]
    if relevant:
        st.warning(f"**{t('notice_heading', lang)}**\n\n{_bullets(relevant, lang, limit)}", icon="⚠️")
    return relevant


def layer_notice(lang: str, *loaded) -> list[Problem]:
    """Beside a map: what a problem in the files it is drawn from leaves out of it (a
    municipality missing from the boundaries, a park without coordinates, a whole layer);
    ``loaded``: what the caches hand out for those files (anything with ``.problems``)."""
    relevant = [p for item in loaded for p in item.problems if concerns(p, {p.file})]
    by_file: dict[str, list[Problem]] = {}
    for p in relevant:
        by_file.setdefault(p.file, []).append(p)
    if by_file:  # a few lines per file, so that a file with many problems hides no other file
        lines = "\n".join(_bullets(found, lang, 3) for found in by_file.values())
        st.warning(f"**{t('notice_heading', lang)}**\n\n{lines}", icon="⚠️")
    return relevant


def file_status(problems: list[Problem], lang: str) -> pd.DataFrame:
    """One row per data file the app reads (twente.datafiles.DATA_FILES and GEO_USED_BY, then any
    other file a problem names): errors, warnings and the pages that show it."""

    files = {
        loading.display_name(rel): ", ".join(t(f"page_{page}", lang) for page in datafiles.USED_BY[rel])
        for rel in datafiles.DATA_FILES
    }
    for rel, pages in datafiles.GEO_USED_BY.items():
        files[config.display_path(config.geo_dir() / rel)] = ", ".join(t(f"page_{page}", lang) for page in pages)
    for p in problems:
        files.setdefault(p.file, "")
    return pd.DataFrame(
        {
            t("col_file", lang): list(files),
            t("col_errors", lang): [sum(p.file == f and p.severity == "error" for p in problems) for f in files],
            t("col_warnings", lang): [sum(p.file == f and p.severity != "error" for p in problems) for f in files],
            t("col_read_by", lang): list(files.values()),
        }
    )


def source_caption(text: str) -> None:
    st.caption(escape_markdown(text))


# --------------------------------------------------------------------------- tables and downloads


def dataframe(frame: pd.DataFrame, lang: str, key: str, static: bool = False, wrap: bool = False, **kwargs) -> None:
    """A table shown on the page: Streamlit's interactive table on screen, and for print a plain
    HTML copy (the interactive table is drawn on a canvas of fixed height and width, which a
    printed page cuts off). The print style sheet (twente.ui.exports.PRINT_CSS) swaps them."""
    from twente.ui import tables

    with st.container(key=f"screen_copy_{key}"):
        if kwargs:  # a grid of its own size (e.g. the profile's long, sortable key-figure table)
            st.dataframe(frame, hide_index=True, width="stretch", **kwargs)
        else:  # every row, numbers in the reader's format (twente.ui.tables); static: headers wrap
            tables.show(frame, lang, static=static, wrap=wrap)
    with st.container(key=f"print_copy_{key}"):
        st.html(_printed(tables.fingerprint(frame), lang, frame))


@st.cache_resource(max_entries=512, show_spinner=False)
def _printed(key: tuple, lang: str, _frame: pd.DataFrame) -> str:
    """``print_table`` once per table (by its fingerprint) and language."""
    return print_table(_frame, lang)


def print_table(frame: pd.DataFrame, lang: str) -> str:
    """``frame`` as an escaped HTML table, numbers written in ``lang`` (whole numbers without
    decimals, others with up to two), missing as 'no data'."""
    from twente.formatting import format_number

    years = {c for c in frame.columns if str(c).lower() in (t("col_year", code).lower() for code in LANGS)}

    def cell(value, column) -> tuple[str, str]:
        """(text, class): numbers are kept on one line."""
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            missing = value is None or (not isinstance(value, str) and pd.isna(value))
            return (t("no_data", lang) if missing else str(value)), ""
        if pd.isna(value):
            return t("no_data", lang), ""
        if column in years:
            return str(int(value)), "n"
        number = float(value)
        if not math.isfinite(number):
            return ("∞" if number > 0 else "−∞"), "n"
        decimals = 0 if number.is_integer() else 1 if round(number, 1) == number else 2
        if 0 < abs(number) < 0.01:  # two significant digits, not '0,00'
            decimals = min(6, 1 - math.floor(math.log10(abs(number))))
        return format_number(number, decimals, lang), "n"

    def td(value, column) -> str:
        text, kind = cell(value, column)
        return f"<td class='{kind}'>{html.escape(text)}</td>" if kind else f"<td>{html.escape(text)}</td>"

    head = "".join(f"<th>{html.escape(str(c))}</th>" for c in frame.columns)
    rows = "".join(
        "<tr>" + "".join(td(v, c) for v, c in zip(row, frame.columns)) + "</tr>"
        for row in frame.itertuples(index=False, name=None)
    )
    return f"<table class='print-table'><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"


def downloads(frame: pd.DataFrame, filename: str, lang: str, key: str, meta) -> None:
    """A CSV and an XLSX download of ``frame``, side by side; both carry ``meta`` (the view's
    title, reference date and source line with the licence; see ``twente.exports.Meta``).
    The files are built only when clicked."""
    from twente import exports as files
    from twente.ui import exports

    row = st.container(horizontal=True, gap="small")
    row.download_button(
        t("download_csv", lang),
        lambda: files.table_csv(frame, meta, lang),
        file_name=filename,
        mime="text/csv",
        key=key,
        on_click="ignore",
    )
    with row:
        exports.xlsx_button(frame, meta, lang, key, filename.rsplit(".", 1)[0] + ".xlsx")


def table_and_download(
    frame: pd.DataFrame,
    filename: str,
    lang: str,
    key: str,
    expanded: bool = False,
    *,
    meta,
    lazy: bool = False,
    wrap: bool = False,
) -> None:
    """The numbers behind a view: a table (also for screen readers), a CSV and an XLSX download
    (``meta``: the view's title, reference date and source; see ``twente.exports.Meta``).
    ``lazy``: filled only while open (opening reruns): the table's grid loads 1.3 MB of script in
    the browser, which held back a map drawn beside it (issue #16). ``wrap``: a plain table whose text
    wraps to the page's width (``twente.ui.tables.show``), for a table of words rather than figures."""
    section = st.expander(
        t("table_view", lang), expanded=expanded, **({"key": f"{key}_table", "on_change": "rerun"} if lazy else {})
    )
    with section:
        if lazy and not section.open:
            return
        dataframe(frame, lang, key, static=wrap, wrap=wrap)
        downloads(frame, filename, lang, key, meta)


# --------------------------------------------------------------------------- legend


def legend(title: str, rows: list[tuple[str, str]], no_data_colour: str | None, lang: str) -> None:
    """A map's colour legend, drawn with HTML that only contains escaped text. Its swatches are the
    colours as the map shows them (its areas are see-through over the map's background)."""
    from twente import maps

    items = "".join(
        f"<span style='display:inline-flex;align-items:center;margin:2px 12px 2px 0'>"
        f"<span style='width:18px;height:14px;background:{html.escape(maps.as_drawn(c))};border:1px solid #555;margin-right:6px'></span>{html.escape(label)}</span>"
        for c, label in rows
    )
    if no_data_colour:
        items += (
            f"<span style='display:inline-flex;align-items:center;margin:2px 12px 2px 0'>"
            f"<span style='width:18px;height:14px;background:{maps.as_drawn(no_data_colour)};border:1px dashed #555;margin-right:6px'></span>{html.escape(t('legend_no_data', lang))}</span>"
        )
    st.html(
        # a named group, not role='img': a screen reader reads the classes and their colours' labels.
        # st.html, not Markdown with HTML: Streamlit loads a 190 KB script for that, and the page's
        # elements (the map among them) were drawn only once it had loaded (issue #16)
        f"<div class='twente-legend' role='group' aria-label='{html.escape(t('legend', lang))}' style='line-height:1.6'>"
        f"<b>{html.escape(title)}</b><br>{items}</div>"
    )
