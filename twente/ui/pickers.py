"""Choosing what to show: domain, indicator, year and age group, all kept in the URL
(?domein=, ?indicator=, ?jaar=, ?groep=). Indicators come from the catalogue: a new
catalogue row appears here without code changes."""
from __future__ import annotations

from dataclasses import dataclass

import streamlit as st

from twente import state
from twente.i18n import t
from twente.indicators import Catalogue, Indicator, group_label
from twente.ui import common


@dataclass
class Pick:
    indicator: Indicator
    year: int
    group: str
    group_label: str


def indicator_picker(catalogue: Catalogue, values, lang: str, domains: tuple[str, ...], default: str, prefix: str) -> Pick | None:
    from twente.ui.cache import data_index

    index = data_index()
    with_data = [i for i in catalogue.ids() if catalogue[i].domain in domains and index.get(i)]
    if not with_data:
        return None
    cols = st.columns([2, 4, 1.3, 1.8])
    domain_options = [d for d in domains if any(catalogue[i].domain == d for i in with_data)]
    # A link with only ?indicator= implies its domain.
    from_url = state.choice(st.query_params, "indicator", with_data, None)
    anchor = from_url or (default if default in with_data else None)
    default_domain = catalogue[anchor].domain if anchor else domain_options[0]
    if len(domain_options) > 1:
        common.url_choice("domein", domain_options, default_domain, f"{prefix}_domain")
        with cols[0]:
            domain = st.selectbox(t("domain", lang), domain_options, format_func=lambda d: t(f"domain_{d}", lang), key=f"{prefix}_domain")
        common.set_url("domein", domain, default_domain)
    else:
        domain = domain_options[0]
        with cols[0]:
            st.markdown(f"**{t('domain', lang)}**  \n{t(f'domain_{domain}', lang)}")
    options = [i for i in with_data if catalogue[i].domain == domain]
    default_id = from_url if from_url in options else (default if default in options else options[0])
    common.url_choice("indicator", options, default_id, f"{prefix}_indicator")
    with cols[1]:
        indicator_id = st.selectbox(t("indicator", lang), options, format_func=lambda i: catalogue[i].title(lang), key=f"{prefix}_indicator")
    common.set_url("indicator", indicator_id, default_id)
    indicator = catalogue[indicator_id]

    years = sorted(index[indicator_id])
    common.url_int("jaar", years, years[-1], f"{prefix}_year")
    with cols[2]:
        if len(years) > 1:
            year = st.selectbox(t("year", lang), years, key=f"{prefix}_year")
        else:
            year = years[0]
            st.session_state[f"{prefix}_year"] = year
            st.markdown(f"**{t('year', lang)}**  \n{year}")
    common.set_url("jaar", year, years[-1])

    groups = index[indicator_id][year]
    group = groups[0] if groups else ""
    if len(groups) > 1:
        common.url_choice("groep", groups, groups[0], f"{prefix}_group")
        with cols[3]:
            group = st.selectbox(t("age_group", lang), groups, key=f"{prefix}_group",
                                 format_func=lambda g: f"{t('group_' + g, lang)} ({group_label(values, indicator_id, year, g)})")
        common.set_url("groep", group, groups[0])
    else:
        common.set_url("groep", None)
    return Pick(indicator, year, group, group_label(values, indicator_id, year, group))
