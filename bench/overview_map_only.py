"""The overview's map alone (same component arguments), to split the overview's map time into
the map itself and the rest of the page."""

import streamlit as st

from twente.ui import cache, compare, mapview, pickers

st.title("Kaart")
values = cache.values().frame
catalogue, _ = cache.catalogue()
pick = pickers.indicator_picker(catalogue, values, "nl", ("population", "health", "living"), "population", "ov")
view = compare.view_for(values, pick, "nl")
mapview.indicator_map(view.frame, pick, "nl", "none", key="overview", selected=None)
