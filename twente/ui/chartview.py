"""Showing an Altair chart built once per view.

Building and validating an Altair chart costs tens of milliseconds on every rerun; the
Vega-Lite dict of a view is the same until the data changes (which restarts the app), so
it is built once per process and key."""

from __future__ import annotations

import copy

import streamlit as st

from twente import charts
from twente.exports import Meta


@st.cache_resource(max_entries=1024, show_spinner=False)
def _spec(key: tuple, lang: str, _build) -> dict:
    return charts.spec(_build(), lang)


@st.cache_resource(max_entries=1024, show_spinner=False)
def _view(key: tuple, _build):
    return _build()


def view(key: tuple, build):
    """What ``build()`` returns (the frames a view shows), computed once per process and ``key``;
    ``key`` must name everything the result depends on. The result is shared: do not change it.
    Emptied with every other cache when a data file changes (``cache.refresh_when_files_change``)."""
    return _view(key, build)


def show(
    key: tuple,
    build,
    export: Meta | None = None,
    lang: str | None = None,
    style: dict | None = None,
    height: int | dict | None = None,
    type_scale: float = 1.0,
) -> None:
    """Draw the chart ``build()`` returns; ``key`` must name everything the chart depends
    on (page, view parameters, language). With ``export``, buttons under the chart download
    it as SVG and PNG (rendered on the server when clicked). ``style`` is merged into the
    chart's Vega-Lite ``config`` (e.g. bigger type on a projector) and then Streamlit's own theme
    is left out, as it would set the type sizes again. ``type_scale`` multiplies every type size the
    chart sets itself (a projector needs about 1.7×)."""
    if lang is None:  # the page's language, as the URL says
        from twente.ui import common

        lang = common.language()
    spec = _spec(key, lang, build)
    options = (repr(style), repr(height), type_scale)
    _chart(key, lang, options, spec, style, height, type_scale)
    if export is not None:
        from twente.ui import exports

        exports.chart_buttons(export, spec, lang, key="chart_" + "_".join(str(k) for k in key)[:120])


@st.cache_resource(max_entries=1024, show_spinner=False)
def _chart(key: tuple, lang: str, options: tuple, _spec: dict, _style, _height, _type_scale: float) -> None:
    """The chart element, built once per chart and options and replayed from Streamlit's cache
    after that: copying the spec and turning its data into Arrow cost 2-4 ms a chart on every rerun."""
    shown = copy.deepcopy(_spec)  # Streamlit edits the dict it gets
    for part, settings in (_style or {}).items():
        shown.setdefault("config", {}).setdefault(part, {}).update(settings)
    if _height is not None:
        shown["height"] = _height
    if _type_scale != 1.0:
        _scale_type(shown, _type_scale)
    pixels = _height if isinstance(_height, int) else "content"
    st.vega_lite_chart(shown, width="stretch", height=pixels, theme=None if _style else "streamlit")


def show_uncached(chart, lang: str, export: Meta | None = None, key: str = "chart") -> None:
    """Draw a chart of one session's own data (an uploaded file) as ``show`` draws a view: the
    numbers in ``lang``'s locale (``charts.spec``), Streamlit's theme, the SVG/PNG buttons with
    ``export``; but built on every run and never put in the process-wide cache."""
    spec = charts.spec(chart, lang)
    st.vega_lite_chart(copy.deepcopy(spec), width="stretch", theme="streamlit")
    if export is not None:
        from twente.ui import exports

        exports.chart_buttons(export, spec, lang, key=key)


def _scale_type(node, factor: float) -> None:
    """Multiply every font size (``fontSize``, ``labelFontSize``, ...) and label width in a spec, and
    a text mark's offsets (``dx``, ``dy``), so text stacked by offsets stays apart at the new size."""
    if isinstance(node, dict):
        text_mark = "fontSize" in node
        for key, value in node.items():
            if (key.endswith("ontSize") or key == "labelLimit") and isinstance(value, (int, float)):
                node[key] = value * factor
            elif text_mark and key in ("dx", "dy") and isinstance(value, (int, float)):
                node[key] = value * factor
            elif key not in ("data", "datasets"):
                _scale_type(value, factor)
    elif isinstance(node, list):
        for item in node:
            _scale_type(item, factor)
