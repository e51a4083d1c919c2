"""The floor of the map component: one marker on a map with no tiles, served offline."""

import folium
import streamlit as st
from streamlit_folium import st_folium

from twente.maps import TWENTE_CENTER, LocalMap

st.title("Eén marker")
m = LocalMap(location=list(TWENTE_CENTER), zoom_start=10, tiles=None)
folium.Marker(TWENTE_CENTER, icon=folium.DivIcon(html='<div class="bench-marker">●</div>')).add_to(m)
st_folium(m, height=560, use_container_width=True, returned_objects=[])
