"""Building blocks every page uses: language, URL-bound widgets, problem messages,
source lines, table views and downloads, legends."""
from __future__ import annotations

import html
from collections.abc import Sequence

import pandas as pd
import streamlit as st

from twente import state
from twente.i18n import DEFAULT_LANG, LANGS, data_language, t
from twente.problems import Problem


# --------------------------------------------------------------------------- language


def language() -> str:
    """The language from ?lang=, kept in the session across pages; Dutch by default."""
    from_url = state.choice(st.query_params, "lang", LANGS, None)
    lang = from_url or st.session_state.get("lang", DEFAULT_LANG)
    st.session_state["lang"] = lang
    return lang


def set_url(name: str, value, default=None) -> None:
    """Write a parameter to the URL; the default value is left out to keep links short."""
    value = None if value is None else str(value)
    if value is None or value == (None if default is None else str(default)):
        if name in st.query_params:
            del st.query_params[name]
    elif st.query_params.get(name) != value:
        st.query_params[name] = value


def language_switch(lang: str) -> None:
    """All languages side by side in the sidebar as NL · EN · DE (their names in themselves in
    the help: three full names do not fit on one line); choosing one changes only ?lang=, so
    the other parameters of the URL stay. On a page whose data texts are in another language
    (German: Dutch), a note says so."""
    if st.session_state.get("lang_switch") != lang:
        st.session_state["lang_switch"] = lang  # the URL or another page may have changed the language
    st.sidebar.segmented_control(
        t("language", lang), LANGS, format_func=str.upper, key="lang_switch", required=True,
        help=" · ".join(f"{code.upper()}: {t('language_name', code)}" for code in LANGS), on_change=_switch_language,
    )
    set_url("lang", lang, DEFAULT_LANG)
    if data_language(lang) != lang:
        st.sidebar.caption(t("data_text_note", lang))


def _switch_language() -> None:
    chosen = st.session_state.get("lang_switch")
    if chosen in LANGS:
        st.session_state["lang"] = chosen
        set_url("lang", chosen, DEFAULT_LANG)


# --------------------------------------------------------------------------- URL-bound widgets


def url_choice(name: str, options: Sequence[str], default: str, key: str) -> str:
    """Prepare session state for a widget whose value lives in ``?name=``. Call before the
    widget; pass ``key`` to it; then call ``set_url(name, value, default)``."""
    options = list(options)
    if key not in st.session_state or st.session_state[key] not in options:
        st.session_state[key] = state.choice(st.query_params, name, options, default) if options else None
    return st.session_state[key]


def url_int(name: str, options: Sequence[int], default: int, key: str) -> int:
    options = list(options)
    if key not in st.session_state or st.session_state[key] not in options:
        st.session_state[key] = state.integer(st.query_params, name, options, default)
    return st.session_state[key]


def url_many(name: str, options: Sequence[str], default: list[str], key: str) -> list[str]:
    options = list(options)
    if key not in st.session_state:
        st.session_state[key] = state.many(st.query_params, name, options, default)
    else:
        st.session_state[key] = [v for v in st.session_state[key] if v in options]
    return st.session_state[key]


def page_link(page: str, url_path: str, label: str, icon: str | None = ":material/arrow_forward:",
              query_params: dict[str, str] | None = None) -> None:
    """A link to another page of the app (``page`` relative to dashboard.py), keeping
    ``query_params``; a plain relative link when the page runs on its own (AppTest runs one
    page script, so the other pages are unknown)."""
    from urllib.parse import urlencode

    from streamlit.errors import StreamlitPageNotFoundError

    try:
        st.page_link(page, label=label, icon=icon, query_params=query_params or None)
    except StreamlitPageNotFoundError:
        query = f"?{urlencode(query_params)}" if query_params else ""
        st.markdown(f"[{_md_escape(label)}]({url_path or './'}{query})")


# --------------------------------------------------------------------------- messages


def show_problems(problems: list[Problem], lang: str, expanded: bool = False) -> None:
    """Data-file problems: errors in red, warnings folded away; text is never HTML."""
    if not problems:
        return
    errors = [p for p in problems if p.severity == "error"]
    warnings = [p for p in problems if p.severity != "error"]
    if errors:
        lines = "\n".join(f"- {p.text(lang)}" for p in errors[:20])
        more = f"\n- … (+{len(errors) - 20})" if len(errors) > 20 else ""
        st.error(f"**{t('data_problems', lang)}**\n\n{_md_escape(lines)}{more}", icon="⚠️")
    if warnings:
        with st.expander(f"{t('severity_warning', lang)}: {len(warnings)}", expanded=expanded):
            for p in warnings[:50]:
                st.text(p.text(lang))


def _md_escape(text: str) -> str:
    """Keep file contents from being read as Markdown or HTML."""
    out = html.escape(text, quote=False)
    for ch in "*_`[]<>#|~":
        out = out.replace(ch, "\\" + ch)
    return out.replace("\\-", "-").replace("\n\\- ", "\n- ")


def source_caption(text: str) -> None:
    st.caption(_md_escape(text))


# --------------------------------------------------------------------------- tables and downloads


def csv_bytes(frame: pd.DataFrame) -> bytes:
    return frame.to_csv(index=False).encode("utf-8-sig")


def table_and_download(frame: pd.DataFrame, filename: str, lang: str, key: str, expanded: bool = False) -> None:
    """The numbers behind a view: a table (also for screen readers) and a CSV download."""
    with st.expander(t("table_view", lang), expanded=expanded):
        st.dataframe(frame, hide_index=True, width="stretch")
        st.download_button(t("download_csv", lang), csv_bytes(frame), file_name=filename, mime="text/csv", key=key)


# --------------------------------------------------------------------------- legend


def legend(title: str, rows: list[tuple[str, str]], no_data_colour: str | None, lang: str) -> None:
    """A legend drawn with HTML that only contains escaped text."""
    items = "".join(
        f"<span style='display:inline-flex;align-items:center;margin:2px 12px 2px 0'>"
        f"<span style='width:18px;height:14px;background:{html.escape(c)};border:1px solid #555;margin-right:6px'></span>{html.escape(label)}</span>"
        for c, label in rows
    )
    if no_data_colour:
        items += (
            f"<span style='display:inline-flex;align-items:center;margin:2px 12px 2px 0'>"
            f"<span style='width:18px;height:14px;background:{no_data_colour};border:1px dashed #555;margin-right:6px'></span>{html.escape(t('legend_no_data', lang))}</span>"
        )
    st.markdown(
        f"<div role='img' aria-label='{html.escape(t('legend', lang))}' style='line-height:1.6'>"
        f"<b>{html.escape(title)}</b><br>{items}</div>",
        unsafe_allow_html=True,
    )

