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
def _spec(key: tuple, _build) -> dict:
    return charts.spec(_build())


def show(key: tuple, build, export: Meta | None = None, lang: str = "nl", style: dict | None = None,
         height: int | dict | None = None) -> None:
    """Draw the chart ``build()`` returns; ``key`` must name everything the chart depends
    on (page, view parameters, language). With ``export``, buttons under the chart download
    it as SVG and PNG (rendered on the server when clicked). ``style`` is merged into the
    chart's Vega-Lite ``config`` (e.g. bigger type on a projector) and then Streamlit's own theme
    is left out, as it would set the type sizes again."""
    spec = _spec(key, build)
    shown = copy.deepcopy(spec)  # Streamlit edits the dict it gets
    for part, settings in (style or {}).items():
        shown.setdefault("config", {}).setdefault(part, {}).update(settings)
    if height is not None:
        shown["height"] = height
    st.vega_lite_chart(shown, width="stretch", theme=None if style else "streamlit")
    if export is not None:
        from twente.ui import exports

        exports.chart_buttons(export, spec, lang, key="chart_" + "_".join(str(k) for k in key)[:120])
