"""The floor of a page's script run: as many containers, elements and widgets as the page shows,
with nothing computed (bench/benchmark.py counts them in the page and passes them in the URL:
?blocks=&elements=&widgets=). What a rerun costs beyond this is the page's own work."""

import streamlit as st

counts = {name: int(st.query_params.get(name, "0") or 0) for name in ("blocks", "elements", "widgets")}
st.title("Floor")
for i in range(counts["blocks"]):
    st.container(key=f"block_{i}")
for i in range(counts["elements"]):
    st.markdown(f"Element {i}")
for i in range(counts["widgets"]):
    st.checkbox(f"Widget {i}", key=f"widget_{i}")
