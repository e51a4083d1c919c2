"""Twente in figures: entry point. Run with `streamlit run dashboard.py`.

The page scripts live in views/, not pages/: with a pages/ folder next to the entry
point Streamlit first runs the app in its old folder-based mode, so the first visit to a
deep link (/gezondheid) after a server start showed a "Page not found" dialog.

Pages carry no icons: Streamlit fetches Material icons used as a favicon from Google's
font servers, and this app makes no outside request but the basemap tiles."""
import streamlit as st

from twente.i18n import t
from twente.ui.common import language, language_switch

lang = language()
st.set_page_config(page_title=t("app_title", lang), page_icon="static/favicon.png", layout="wide")

pages = {
    t("nav_explore", lang): [
        st.Page("views/overview.py", title=t("page_overview", lang), default=True),
        st.Page("views/population.py", title=t("page_population", lang), url_path="bevolking"),
    ],
    t("nav_domains", lang): [
        st.Page("views/health.py", title=t("page_health", lang), url_path="gezondheid"),
        st.Page("views/living.py", title=t("page_living", lang), url_path="leefomgeving"),
    ],
    t("nav_residents", lang): [
        st.Page("views/parks.py", title=t("page_parks", lang), url_path="parken"),
    ],
    t("nav_about", lang): [
        st.Page("views/sources.py", title=t("page_sources", lang), url_path="bronnen"),
    ],
}
navigation = st.navigation(pages)
language_switch(lang)
navigation.run()
