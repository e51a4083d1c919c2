"""Twente in figures: entry point. Run with `streamlit run dashboard.py`.

Pages carry no icons: Streamlit fetches Material icons used as a favicon from Google's
font servers, and this app makes no outside request but the basemap tiles."""
import streamlit as st

from twente.i18n import t
from twente.ui.common import language, language_switch

st.set_page_config(page_title="Twente in cijfers", page_icon="static/favicon.png", layout="wide")
lang = language()

pages = {
    t("nav_explore", lang): [
        st.Page("pages/overview.py", title=t("page_overview", lang), default=True),
        st.Page("pages/population.py", title=t("page_population", lang), url_path="bevolking"),
    ],
    t("nav_domains", lang): [
        st.Page("pages/health.py", title=t("page_health", lang), url_path="gezondheid"),
        st.Page("pages/living.py", title=t("page_living", lang), url_path="leefomgeving"),
    ],
    t("nav_residents", lang): [
        st.Page("pages/parks.py", title=t("page_parks", lang), url_path="parken"),
    ],
    t("nav_about", lang): [
        st.Page("pages/sources.py", title=t("page_sources", lang), url_path="bronnen"),
    ],
}
navigation = st.navigation(pages)
language_switch(lang)
navigation.run()
