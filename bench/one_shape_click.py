"""The floor of a click on the map component: one shape on a map with no tiles; a click on it
reruns this (almost) empty script, which then shows a heading. streamlit-folium waits 250 ms
after a click before it tells Streamlit (its frontend debounces every map event), so no click on
any st_folium map answers faster than that plus one round trip."""

import folium
import streamlit as st
from streamlit_folium import st_folium

from twente.maps import TWENTE_CENTER, LocalMap

st.title("Eén vorm")
lat, lon = TWENTE_CENTER
square = {
    "type": "Feature",
    "properties": {"code": "shape"},
    "geometry": {
        "type": "Polygon",
        "coordinates": [
            [
                [lon - 0.1, lat - 0.05],
                [lon + 0.1, lat - 0.05],
                [lon + 0.1, lat + 0.05],
                [lon - 0.1, lat + 0.05],
                [lon - 0.1, lat - 0.05],
            ]
        ],
    },
}
m = LocalMap(location=list(TWENTE_CENTER), zoom_start=10, tiles=None)
folium.GeoJson(
    square, on_each_feature=folium.JsCode("function(feature, layer) { layer.options.className = 'bench-shape'; }")
).add_to(m)
value = st_folium(m, height=560, use_container_width=True, returned_objects=["last_active_drawing"])
if (value or {}).get("last_active_drawing"):
    st.subheader("Geklikt")
