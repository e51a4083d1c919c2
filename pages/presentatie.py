"""Presenter mode: the storyboard (twente_data/storyboard.csv) as slides for a projector.

Next and previous with the arrow keys or Page Up/Page Down (what a clicker sends); the slide
is kept in ?dia=N and ?contrast=hoog gives high contrast. No sidebar, menu or basemap."""

import streamlit as st

from twente import state, storyboard
from twente.i18n import t
from twente.ui import common, nav, presenter

lang = nav.page_start("presentation")
contrast = state.choice(st.query_params, "contrast", ["hoog"], None) == "hoog"
common.set_url("contrast", "hoog" if contrast else None)  # anything else leaves the URL
presenter.style(contrast)
board = presenter.load_storyboard()
count = len(board.slides)
if not count:
    st.title(t("page_presentation", lang))
    st.error(t("presenter_no_slides", lang))
    presenter.problems(board, lang)
    st.stop()

if "dia" not in st.session_state:
    asked = storyboard.slide_position(st.query_params.get("dia"), count)
    st.session_state["dia"] = asked or 1
if not 1 <= st.session_state["dia"] <= count:
    st.session_state["dia"] = 1


def step(by: int) -> None:
    st.session_state["dia"] = min(max(st.session_state["dia"] + by, 1), count)


previous, following = t("presenter_prev", lang), t("presenter_next", lang)
for key, label, shortcut, by in (
    ("dia_prev", previous, "Left", -1),
    ("dia_prev_page", previous, "PageUp", -1),
    ("dia_next", following, "Right", 1),
    ("dia_next_page", following, "PageDown", 1),
):
    st.button(label, key=key, shortcut=shortcut, on_click=step, args=(by,))
position = st.session_state["dia"]
common.set_url("dia", position, 1)

slide = board.slides[position - 1]
kept = {k: st.query_params[k] for k in ("lang", "contrast") if k in st.query_params}
presenter.header(slide, position, count, lang, kept)
presenter.show(slide, lang, contrast)
presenter.problems(board, lang)
