"""The population page's figures, computed once per view and language (the page's reruns only
show them). Like everything from ``twente.ui.cache``, the frames are shared between sessions:
callers must not modify them."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from twente.classify import Classes, classify
from twente.i18n import t
from twente.indicators import area_table, growth_to_each, series, with_growth, with_index
from twente.population import age_shares, sex_split
from twente.registry import MUNICIPALITIES, MUNICIPALITY_CODES, area_name
from twente.ui import cache

NAMES = {m.code: m.name for m in MUNICIPALITIES}


@st.cache_resource(max_entries=256, show_spinner=False)
def trend(codes: tuple[str, ...], mode: str, lang: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(the population of ``codes`` by year with index and growth, the same as a table)."""
    frame = with_growth(with_index(series(cache.values().frame, "population", list(codes))))
    frame["area"] = [area_name(c, lang) for c in frame["code"]]
    table = frame[["code", "area", "year", "value", "index", "growth_pct"]].rename(columns={
        "area": t("col_name", lang), "year": t("col_year", lang), "value": t("inhabitants", lang),
        "index": t("mode_index", lang), "growth_pct": t("mode_growth", lang)})
    return frame, table.round(2)


@st.cache_resource(max_entries=64, show_spinner=False)
def _growth_to_each(start: int, ends: tuple[int, ...]) -> tuple[pd.DataFrame, Classes]:
    every_end = growth_to_each(cache.values().frame, "population", start, list(ends), list(MUNICIPALITY_CODES))
    return every_end, classify(every_end["change_pct"], "neutral", "diverging")  # fixed over all end years


@st.cache_resource(max_entries=256, show_spinner=False)
def growth(start: int, end: int, ends: tuple[int, ...], lang: str) -> tuple[pd.DataFrame, Classes, pd.DataFrame]:
    """(growth from ``start`` to ``end`` per municipality, the classes fixed over all ``ends``,
    the table)."""
    every_end, classes = _growth_to_each(start, ends)
    frame = every_end[every_end["end_year"] == end].drop(columns="end_year").reset_index(drop=True)
    frame["name"] = frame["code"].map(NAMES)
    table = frame.rename(columns={"start": f"1-1-{start}", "end": f"1-1-{end}", "change": t("col_change", lang),
                                  "change_pct": "%", "name": t("col_name", lang)})
    return frame, classes, table.round(2)


@st.cache_resource(max_entries=256, show_spinner=False)
def ages(codes: tuple[str, ...], lang: str) -> tuple[list[str], pd.DataFrame, pd.DataFrame]:
    """(the age groups in order, the shares of ``codes``, the same as a table)."""
    shares = age_shares(cache.age_sex().frame)
    show = shares[shares["code"].isin(codes)].copy()
    show["area"] = [area_name(c, lang) for c in show["code"]]
    columns = {"area": t("col_name", lang), "age_group": t("age_group_col", lang),
               "population": t("inhabitants", lang), "share_pct": t("share_pct", lang)}
    return list(dict.fromkeys(shares["age_group"])), show, show[["code", *columns]].rename(columns=columns).round(2)


@st.cache_resource(max_entries=8, show_spinner=False)
def sexes(year: int, lang: str) -> pd.DataFrame:
    frame = sex_split(cache.age_sex().frame, year)
    frame["area"] = [area_name(c, lang) for c in frame["code"]]
    return frame.rename(columns={"male": t("sex_male", lang), "female": t("sex_female", lang),
                                 "female_pct": t("col_female_pct", lang), "area": t("col_name", lang)}).round(2)


@st.cache_resource(max_entries=16, show_spinner=False)
def areas(ids: tuple[str, ...], lang: str) -> pd.DataFrame:
    """The latest value of each of ``ids`` for the 14, Twente and the Netherlands."""
    catalogue = cache.catalogue()[0]
    codes = list(MUNICIPALITY_CODES) + ["TWENTE", "NL01"]
    frame = area_table(cache.values().frame, list(ids), codes)
    frame = frame.rename(columns={i: catalogue[i].title(lang) for i in ids})
    frame.insert(0, t("col_name", lang), [area_name(c, lang) for c in codes])
    return frame.reset_index(drop=True)
