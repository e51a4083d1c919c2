"""A table as the reader's language writes it, whole: numbers with the language's marks
(sorting stays numeric: the cells keep their values, only what is shown is formatted), headers
starting with a capital (the label shown; the column keeps its name), every row shown (no
scroll inside the table, so Twente and the Netherlands below the 14 municipalities are in
view) and the first column pinned, so on a phone the name stays beside the figures when the table is swiped sideways."""

from __future__ import annotations

import hashlib
import re
import weakref

import pandas as pd
import streamlit as st

from twente.formatting import capitalised, table_formats, table_headers
from twente.text import escape_markdown

ROW_PX = 35  # Streamlit's row height


def show(frame: pd.DataFrame, lang: str, pin_first: bool = True, static: bool = False, wrap: bool = False) -> None:
    """Formatting a table costs ~15 ms; the element is built once per table and language and
    replayed from Streamlit's cache after that (a cached function's elements are replayed). The
    table is found by a fingerprint of its headers and cells (cheaper than Streamlit's own hashing).
    ``static``: a plain table whose headers wrap (for a table of many long headers that a grid would
    cut off), the first column as its row names. ``wrap``: its cells' text wraps too (a catalogue of
    long names and titles fits the page's width instead of scrolling sideways)."""
    if static:
        key = fingerprint(frame)
        st.html(STATIC_CSS)  # a style sheet goes to Streamlit's event block: not in the cached function
        digest = hashlib.sha1(repr(key).encode()).hexdigest()[:12]
        with st.container(key="static-table-" + ("wrap-" if wrap else "") + digest):
            _static(key, lang, wrap, frame)
    else:
        _show(fingerprint(frame), lang, pin_first, frame)


def fingerprint(frame: pd.DataFrame) -> tuple:
    """The table's headers, types, shape and a hash of its cells. Remembered per frame object
    while it lives: a view's frames are cached and shown again on every rerun, and hashing them
    cost 1-2 ms a table (frames shown are not changed afterwards; see ``cache``)."""
    known = _fingerprints.get(id(frame))
    if known is not None and known[0]() is frame:
        return known[1]
    cells = pd.util.hash_pandas_object(frame, index=False).to_numpy().tobytes()
    key = tuple(map(str, frame.columns)), tuple(map(str, frame.dtypes)), frame.shape, cells
    ident = id(frame)
    _fingerprints[ident] = (weakref.ref(frame, lambda _: _fingerprints.pop(ident, None)), key)
    return key


_fingerprints: dict[int, tuple[weakref.ref, tuple]] = {}


@st.cache_resource(max_entries=512, show_spinner=False)
def _show(key: tuple, lang: str, pin_first: bool, _frame: pd.DataFrame) -> None:
    frame = _frame
    styler = frame.style.format(table_formats(frame, lang))
    # a text column with one value in every row (the unit, the source) is said once under the table
    # instead of as a wide column that a grid cuts off; the data and the downloads keep it
    same = [c for c in constant_columns(frame) if c != frame.columns[0]]
    # the header shown starts with a capital; the data keeps its column names (as the CSV has them)
    config = {
        name: st.column_config.Column(
            label=label, pinned=pin_first and i == 0, width=_width(frame, name) if i == 0 else None
        )
        for i, (name, label) in enumerate(table_headers(frame).items())
    }
    order = [c for c in frame.columns if c not in same]
    height = (len(frame) + 1) * ROW_PX + 3
    st.dataframe(styler, hide_index=True, width="stretch", height=height, column_config=config, column_order=order)
    if same:
        st.caption(" · ".join(escape_markdown(_said_once(c, frame[c].iloc[0])) for c in same))


def _said_once(header, value) -> str:
    """'Unit: % of adults'; a value that already names its header ('Source: CBS') stays as it is."""
    label, text = capitalised(str(header)), str(value)
    return text if text.lower().startswith(label.lower()) else f"{label}: {text}"


def constant_columns(frame: pd.DataFrame) -> list:
    """Text columns with the same (non-empty) text in every one of two or more rows."""
    if len(frame) < 2:
        return []
    text = [c for c in frame.columns if not pd.api.types.is_numeric_dtype(frame[c]) and frame[c].notna().all()]
    return [c for c in text if frame[c].nunique() == 1 and str(frame[c].iloc[0]).strip()]


def _width(frame: pd.DataFrame, name) -> int | None:
    """A first (pinned) column of text as wide as its longest text, so 'Hof van Twente' is not cut off."""
    if pd.api.types.is_numeric_dtype(frame[name]):
        return None
    longest = max([len(str(name))] + [len(str(v)) for v in frame[name]])
    return int(min(280, 24 + 7.5 * longest))


# Headers of a static table may break inside a long word ('Meerpersoons-huishoudens'), cells may not:
# the table then fits its column instead of cutting off its last column.
_T = "[class*='st-key-static-table']"
STATIC_CSS = (
    f"<style>{_T} th,{_T} th *{{white-space:normal!important;overflow-wrap:anywhere;hyphens:auto}}"
    f"{_T} thead th{{vertical-align:bottom}}{_T} td{{white-space:nowrap}}"
    # seven columns of figures (the households) in a size smaller: they fit 1440 px
    f"{_T} table:has(tr>:nth-child(7)){{font-size:0.8125rem}}"
    # the row names stay in view when a wide table is swiped sideways on a phone
    f"{_T} tbody th,{_T} thead th:first-child{{position:sticky;left:0;z-index:1;"
    "background:var(--st-background-color,#fff)}"
    # a table of words (the catalogue, the file list, the profile's key figures): cells wrap between words,
    # an id or a path after its '_' or '/' (``breakable``), never inside a word ('Bevolkingsdich-theid')
    f"{_T}[class*='-wrap-'] td,{_T}[class*='-wrap-'] tbody th{{min-width:3rem;vertical-align:top;"
    "padding-left:5px!important;padding-right:5px!important}"
    # nine columns (the catalogue) in a size smaller: its longest words side by side fit 1440 px
    f"{_T}[class*='-wrap-'] table:has(tr>:nth-child(9)){{font-size:0.8125rem}}"
    f"{_T}[class*='-wrap-'] td,{_T}[class*='-wrap-'] td *,{_T}[class*='-wrap-'] tbody th,"
    f"{_T}[class*='-wrap-'] tbody th *{{white-space:normal!important;overflow-wrap:normal!important}}"
    # on a phone nine columns do not fit however they wrap ('Bevölkeru-ng'): cells on one line, swiped
    # sideways beside the pinned row names, which wrap between words
    f"@media (max-width:640px){{{_T}[class*='-wrap-'] td,{_T}[class*='-wrap-'] td *{{white-space:nowrap!important;"
    f"overflow-wrap:normal!important}}{_T}[class*='-wrap-'] tbody th,{_T}[class*='-wrap-'] tbody th *{{"
    "min-width:8rem;overflow-wrap:normal!important}}</style>"
)


@st.cache_resource(max_entries=256, show_spinner=False)
def _static(key: tuple, lang: str, wrap: bool, _frame: pd.DataFrame) -> None:
    frame = _frame.rename(columns=table_headers(_frame))
    frame = frame.set_index(frame.columns[0])
    formats = table_formats(frame, lang)
    if wrap:  # what is shown only: the data and the downloads keep their text as it is
        formats = {name: (lambda v, f=f: breakable(f(v))) for name, f in formats.items()}
    styler = frame.style.format(formats)
    figures = number_columns(frame, lang)
    if figures:  # figures right-aligned, so that their digits line up (a column of words stays left)
        # (!important: Streamlit writes 'text-align: left' into each text cell's own style)
        styler = styler.set_properties(subset=figures, **{"text-align": "right !important"})
        styler = styler.set_table_styles(
            {c: [{"selector": "th", "props": [("text-align", "right !important")]}] for c in figures}, overwrite=False
        )
    st.table(styler)


# A figure as a table shows it: '162.317', '-1.028', '12,5', '18,6 %', '0.5%', '−3'.
_FIGURE = re.compile(r"^[+\-−]?\d[\d.,\u00a0 ]*(\s?%)?$")


def number_columns(frame: pd.DataFrame, lang: str) -> list:
    """The columns of figures: numbers, or text that is a formatted figure or the language's 'no data'
    (the profile's key figures are text, each with its indicator's decimals), at least one figure."""
    from twente.i18n import t

    missing = {t("no_data", lang), t("no_data", lang).replace(" ", "\u00a0"), t("no_data_mark", lang), ""}
    out = []
    for name in frame.columns:
        column = frame[name]
        if pd.api.types.is_bool_dtype(column):
            continue
        if pd.api.types.is_numeric_dtype(column):
            out.append(name)
            continue
        cells = [str(v).strip() for v in column if v is not None and not (isinstance(v, float) and pd.isna(v))]
        figures = [c for c in cells if c not in missing]
        if figures and all(_FIGURE.match(c) for c in figures):
            out.append(name)
    return out


def breakable(text):
    """An id or a path ('households_multi_person', 'living/parks.csv') may break after its '_' and '/'
    only (a zero-width space there), never inside one of its words."""
    return re.sub(r"([_/])(?=\w)", "\\1\u200b", text) if isinstance(text, str) else text
