"""The floor of an answer: a button whose click reruns an (almost) empty script."""

import streamlit as st

st.title("Knop")
if st.button("Klik"):
    st.subheader("Geklikt")
