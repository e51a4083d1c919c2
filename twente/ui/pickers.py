"""Choosing what to show: domain, indicator, year and age group, all kept in the URL
(?domein=, ?indicator=, ?jaar=, ?groep=; see common.url_chooser for why only the year is
bound by Streamlit itself). Indicators come from the catalogue: a new
catalogue row appears here without code changes."""

from __future__ import annotations

from dataclasses import dataclass

import streamlit as st

from twente import state
from twente.i18n import t
from twente.indicators import Catalogue, Indicator
from twente.ui import cache, common


@dataclass
class Pick:
    indicator: Indicator
    year: int
    group: str
    group_label: str


def indicator_picker(
    catalogue: Catalogue, values, lang: str, domains: tuple[str, ...], default: str, prefix: str
) -> Pick | None:
    index = cache.data_index()
    with_data = [i for i in catalogue.ids() if catalogue[i].domain in domains and index.get(i)]
    if not with_data:
        return None
    # keyed for the phone layout in twente.ui.nav.SCREEN_CSS: the indicator on a row of its own, the others
    # side by side, so the map starts on the first screen
    cols = st.container(key=f"pickers_{prefix}").columns([2, 4, 1.3, 1.8])
    domain_options = [d for d in domains if any(catalogue[i].domain == d for i in with_data)]
    # The one rule Streamlit cannot express: a link with only ?indicator= implies its domain.
    implied = state.choice(st.query_params, "indicator", with_data, None)
    anchor = implied or (default if default in with_data else None)
    default_domain = catalogue[anchor].domain if anchor else domain_options[0]
    if len(domain_options) > 1:
        with cols[0]:
            domain = common.url_chooser(
                st.selectbox,
                t("domain", lang),
                "domein",
                domain_options,
                default_domain,
                f"{prefix}_domain",
                format_func=lambda d: t(f"domain_{d}", lang),
            )
    else:
        domain = domain_options[0]
        with cols[0]:
            st.markdown(f"**{t('domain', lang)}**  \n{t(f'domain_{domain}', lang)}")
    options = [i for i in with_data if catalogue[i].domain == domain]
    default_id = default if default in options else options[0]  # never the URL's own value
    with cols[1]:
        indicator_id = common.url_chooser(
            st.selectbox,
            t("indicator", lang),
            "indicator",
            options,
            default_id,
            f"{prefix}_indicator",
            format_func=lambda i: catalogue[i].title(lang),
        )
    indicator = catalogue[indicator_id]

    # Years are plain numbers: Streamlit binds them to ?jaar= itself (latest year by default).
    years = sorted(index[indicator_id])
    with cols[2]:
        if len(years) > 1:
            year = st.selectbox(
                t("year", lang),
                years,
                index=len(years) - 1,
                key=common.url_key("jaar"),
                bind="query-params",
                on_change=common.whole_page,
            )
        else:
            year = years[0]
            common.set_url("jaar", None)
            st.markdown(f"**{t('year', lang)}**  \n{year}")

    if year not in index[indicator_id]:
        # a year this indicator has no figures for, as the browser sent it (a rerun that crossed an indicator
        # change; Streamlit hands over a value that is not an option as the text itself): its latest year
        year = years[-1]
    groups = index[indicator_id][year]
    group = groups[0] if groups else ""
    if len(groups) > 1:
        with cols[3]:
            group = common.url_chooser(
                st.selectbox,
                t("age_group", lang),
                "groep",
                groups,
                groups[0],
                f"{prefix}_group",
                format_func=lambda g: f"{t('group_' + g, lang)} ({cache.group_label(indicator_id, year, g)})",
            )
    else:
        common.set_url("groep", None)
    return Pick(indicator, year, group, cache.group_label(indicator_id, year, group))
