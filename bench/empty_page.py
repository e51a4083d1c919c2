"""The floor: an (almost) empty Streamlit page."""

import streamlit as st

st.title("Leeg")
