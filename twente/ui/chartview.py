"""Showing an Altair chart built once per view.

Building and validating an Altair chart costs tens of milliseconds on every rerun; the
Vega-Lite dict of a view is the same until the data changes (which restarts the app), so
it is built once per process and key."""
from __future__ import annotations

import copy

import streamlit as st

from twente import charts


@st.cache_resource(max_entries=1024, show_spinner=False)
def _spec(key: tuple, _build) -> dict:
    return charts.spec(_build())


def show(key: tuple, build) -> None:
    """Draw the chart ``build()`` returns; ``key`` must name everything the chart depends
    on (page, view parameters, language)."""
    st.vega_lite_chart(copy.deepcopy(_spec(key, build)), width="stretch")  # Streamlit edits the dict it gets
