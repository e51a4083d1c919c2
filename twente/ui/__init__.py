"""The Streamlit side: cached data access and the components the pages are made of.

Only this sub-package imports Streamlit."""
