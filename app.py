"""Starts the dashboard warm: `streamlit run app.py` (flags and STREAMLIT_* variables as with any
`streamlit run`, e.g. `streamlit run app.py --server.port 8080`).

The app is dashboard.py (the home page) with pages/; this file only serves it through Streamlit's
own launcher, ``st.App``, which `streamlit run` recognises. Its start-up hook (``lifespan``,
twente/ui/warmup.py) runs dashboard.py once, in a session of its own, before the server takes
its first request: the data, the catalogue, the shapes and the overview's map are ready then, as
in the deployment (deploy/). `streamlit run dashboard.py` serves the same app, but its first
visitor waits for all of that (issue #16)."""

import streamlit as st

from twente.ui import warmup

app = st.App("dashboard.py", lifespan=warmup.lifespan)
