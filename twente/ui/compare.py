"""Comparing municipalities honestly: the pieces the domain pages are built from.

``view_for`` gathers one indicator view (municipality values tested against the region,
reference areas); ``ranking`` draws the 14 with intervals and says in words which differ
significantly; ``change_over_time`` shows two comparable years; ``caveats`` lists what to
keep in mind. Every piece reads the catalogue, so a new indicator needs no code."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import streamlit as st

from twente import charts
from twente.exports import Meta
from twente.formatting import capitalised, format_number, format_value, title_with_unit
from twente.i18n import in_sentence, t
from twente.indicators import (
    caveats as caveat_keys,
)
from twente.indicators import (
    change_between,
    group_label,
    has_intervals,
    municipality_values,
    reference_rows,
    significance_reference,
    split_by_significance,
    with_significance,
)
from twente.registry import GGD_REGION, MUNICIPALITY_CODES, NETHERLANDS, area_name
from twente.text import escape_markdown
from twente.ui import chartview, common, mapview, nav, panels


@dataclass
class View:
    pick: object
    frame: pd.DataFrame  # the 14 municipalities, with 'significance'
    refs: pd.DataFrame  # reference areas that have a value
    reference_code: str | None
    reference_name: str
    intervals: bool


def indicator_files(values: pd.DataFrame, indicator_id: str) -> list[str]:
    """The data files the values of ``indicator_id`` were read from (once per indicator)."""
    return chartview.view(
        ("indicator_files", indicator_id), lambda: sorted(set(values.loc[values["indicator"] == indicator_id, "file"]))
    )


def map_notice(values: pd.DataFrame, pick, problems, lang: str) -> None:
    """Beside a map: the problems that change what it shows (a municipality missing for
    this indicator and year, an error in the file it comes from)."""
    common.notice(
        problems, lang, indicator_files(values, pick.indicator.id), indicator=pick.indicator.id, year=pick.year
    )


def indicator_section(
    values: pd.DataFrame, pick, lang: str, basemap: str, key: str, map_height: int = 580, problems=()
) -> View:
    """One indicator compared across the 14, as the domain pages show it: the caveats; the
    map beside the ranking with intervals and the summary in words; the table; then the
    change between the catalogue's comparable years (or a note that there are none).
    ``key`` prefixes the widget keys (``{key}_selected``)."""
    view = view_for(values, pick, lang)
    caveats(view, lang)
    _map_and_ranking(view, values, pick, lang, basemap, key, map_height, problems)
    panels.table_for(view.frame, pick, view.refs, lang, key=key, reference_name=view.reference_name)
    years = pick.indicator.compare_years
    if years:
        st.subheader(t("change_title", lang, start=years[0], end=years[1]))
    change_over_time(values, view, lang, key=key)
    return view


@st.fragment
def _map_and_ranking(
    view: View, values: pd.DataFrame, pick, lang: str, basemap: str, key: str, map_height: int, problems
) -> None:
    """The map beside the chooser and the ranking: a click on the map or a choice reruns only
    this part, once (the map's callback puts the clicked municipality in ?gemeente=)."""
    selected = common.url_value("gemeente", [""] + list(view.frame["code"]), "") or None
    left, right = st.columns([1, 1], gap="medium")
    with left:
        mapview.indicator_map(
            view.frame,
            pick,
            lang,
            basemap,
            key=f"{key}_map",
            selected=selected,
            tooltips=tooltips(view, lang),
            height=map_height,
            hint="map_hint_compare",
            wheel_zoom=False,
        )
        map_notice(values, pick, problems, lang)
    with right, st.container(key=f"{key}_answer"):
        selected = highlight_chooser(view, lang, f"{key}_selected")
        ranking(view, lang, selected)
    # On a phone the chooser and the ranking are below the map: a tap (or a new choice) brings them into view.
    if selected and selected != st.session_state.get(f"_{key}_shown", selected):
        nav.scroll_into_view(f"{key}_answer")
    st.session_state[f"_{key}_shown"] = selected


def view_for(values: pd.DataFrame, pick, lang: str) -> View:
    """The view's figures, computed once per indicator/year/group/language (do not edit them)."""
    return _view(pick.indicator.id, pick.year, pick.group, lang, values, pick)


@st.cache_resource(max_entries=512, show_spinner=False)
def _view(indicator_id: str, year: int, group: str, lang: str, _values: pd.DataFrame, _pick) -> View:
    values, pick = _values, _pick
    frame = municipality_values(values, pick.indicator.id, pick.year, pick.group)
    refs = reference_rows(values, pick.indicator.id, pick.year, pick.group, lang)
    reference = significance_reference(refs)
    frame = with_significance(frame, None if reference is None else float(reference["value"]))
    return View(
        pick,
        frame,
        refs,
        None if reference is None else reference["code"],
        "" if reference is None else reference["name"],
        has_intervals(frame),
    )


def tooltips(view: View, lang: str) -> dict[str, str]:
    """Plain-text hover text per municipality: value, interval and the comparison (once per view)."""
    pick = view.pick
    return _tooltips(pick.indicator.id, pick.year, pick.group, lang, view)


@st.cache_resource(max_entries=512, show_spinner=False)
def _tooltips(indicator_id: str, year: int, group: str, lang: str, _view: View) -> dict[str, str]:
    view = _view
    out = {}
    for _, r in view.frame.iterrows():
        text = format_value(r["value"], view.pick.indicator, lang)
        if view.intervals and pd.notna(r["value"]) and pd.notna(r["ci_low"]):
            text += f" ({t('interval_95', lang)} {_interval(r, view, lang)})"
            if isinstance(r["significance"], str):
                text += " · " + charts.status_label(r["significance"], view.reference_name, lang)
        out[r["code"]] = text
    return out


def _interval(row, view: View, lang: str) -> str:
    d = view.pick.indicator.decimals
    return f"{format_number(row['ci_low'], d, lang)}–{format_number(row['ci_high'], d, lang)}"


def highlight_chooser(view: View, lang: str, key: str) -> str | None:
    """The municipality to highlight (map, chart, statement), kept in ?gemeente=."""
    code = panels.municipality_chooser(view.frame, lang, key)
    if code:
        nav.profile_link(code, lang)
    return code or None


def ranking(view: View, lang: str, selected: str | None) -> None:
    """The 14 sorted by value, with intervals and reference lines, and the outcome in words."""
    pick = view.pick
    st.markdown(f"**{escape_markdown(t('ranking_title', lang))}**  \n{escape_markdown(panels.view_title(pick, lang))}")
    chartview.show(
        ("ranking", pick.indicator.id, pick.year, pick.group, lang, selected),
        lambda: charts.ranking_chart(view.frame, pick.indicator, view.refs, lang, view.reference_name, selected),
        export=Meta(
            f"{t('ranking_title', lang)}: {panels.view_title(pick, lang)}",
            str(pick.year),
            pick.indicator.source_line(lang),
        ),
        lang=lang,
    )
    if view.intervals:
        st.caption(t("ranking_sorted", lang) + t("ranking_how_ci", lang, ref=view.reference_name))
        _summary(view, lang, selected)
    else:
        st.caption(t("ranking_sorted", lang) + t("ranking_how_plain", lang))


def _summary(view: View, lang: str, selected: str | None) -> None:
    groups = split_by_significance(view.frame)
    ref = view.reference_name
    lines = []
    if selected:
        row = view.frame[view.frame["code"] == selected].iloc[0]
        if pd.notna(row["value"]) and pd.notna(row["ci_low"]):
            status = charts.status_label(
                row["significance"] if isinstance(row["significance"], str) else None, ref, lang
            )
            # names come from the registry (the app's own text); the value carries the
            # catalogue's unit, which is data-file text
            lines.append(
                "**"
                + t(
                    "selected_vs_ref",
                    lang,
                    name=row["name"],
                    value=escape_markdown(format_value(row["value"], view.pick.indicator, lang)),
                    interval=_interval(row, view, lang),
                    status=status,
                )
                + "**"
            )
    if not groups["higher"] and not groups["lower"]:
        lines.append(t("summary_all_similar", lang, ref=ref))
    else:
        for key in ("higher", "lower"):
            if groups[key]:
                lines.append(t(f"summary_{key}", lang, ref=ref, names=", ".join(groups[key])))
        if groups["similar"]:
            lines.append(t("summary_similar", lang, ref=ref, n=len(groups["similar"])))
    if groups["missing"]:
        lines.append(t("summary_missing", lang, names=", ".join(groups["missing"])))
    st.markdown("  \n".join(lines))


def change_over_time(values: pd.DataFrame, view: View, lang: str, key: str) -> None:
    """Both comparable years side by side, where the catalogue calls them comparable."""
    indicator = view.pick.indicator
    years = indicator.compare_years
    if years is None:
        st.caption(t("change_not_comparable", lang))
        return
    start, end = years
    change, refs, labels, table = _change(indicator.id, start, end, view.pick.group, lang, values, indicator)
    if change["start"].isna().all() or change["end"].isna().all():
        st.caption(t("change_not_comparable", lang))
        return
    group = in_sentence(t("group_" + view.pick.group, lang), lang) if view.pick.group else ""
    # ' (unit, group)' without what the title or unit already says ('% van de volwassenen, volwassenen')
    unit = title_with_unit(indicator.title(lang), indicator.unit(lang), group)[len(indicator.title(lang)) :]
    st.markdown(
        f"**{escape_markdown(indicator.title(lang))}**{escape_markdown(unit)}: "
        f"{escape_markdown(labels[0])} → {escape_markdown(labels[1])}"
    )
    meta = Meta(
        f"{indicator.title(lang)}{unit}: {labels[0]} → {labels[1]}",
        f"{start}, {end}",
        indicator.source_line(lang),
    )
    chartview.show(
        ("change", indicator.id, start, end, view.pick.group, lang),
        lambda: charts.change_chart(change, indicator, lang, labels[0], labels[1]),
        export=meta,
        lang=lang,
    )
    how = t("change_how", lang) if change["change"].notna().any() else t("change_no_intervals", lang)
    st.caption(t("change_intro", lang, start=escape_markdown(labels[0]), end=escape_markdown(labels[1])) + " " + how)
    panels.source_line(indicator, lang)
    if len(refs):
        st.caption(
            escape_markdown(
                " · ".join(
                    # the unit once, after both values ('48,9 → 49,4 % van de volwassenen')
                    f"{capitalised(area_name(r['code'], lang))}: "
                    f"{format_value(r['start'], indicator, lang, with_unit=False)}"
                    f" → {format_value(r['end'], indicator, lang)}"
                    for _, r in refs.iterrows()
                )
            )
        )
    group = f"_{view.pick.group}" if view.pick.group else ""
    common.table_and_download(
        table, f"twente_{indicator.id}_{start}_{end}{group}.csv", lang, key=f"{key}_change_download", meta=meta
    )


@st.cache_resource(max_entries=512, show_spinner=False)
def _change(
    indicator_id: str, start: int, end: int, group: str, lang: str, _values: pd.DataFrame, _indicator
) -> tuple[pd.DataFrame, pd.DataFrame, list[str], pd.DataFrame]:
    """(the 14 municipalities, the reference areas with both values, the two years' labels, the
    table) between two years, once per view: the table is the same object on every rerun."""
    indicator = _indicator
    codes = list(MUNICIPALITY_CODES) + [GGD_REGION.code, NETHERLANDS.code]
    change = change_between(_values, indicator_id, start, end, group, codes=codes)
    change["name"] = [area_name(c, lang) for c in change["code"]]
    municipalities = change[change["code"].isin(MUNICIPALITY_CODES)].reset_index(drop=True)
    refs = change[~change["code"].isin(MUNICIPALITY_CODES) & change["start"].notna() & change["end"].notna()]
    labels = []
    for year in (start, end):
        label = group_label(_values, indicator_id, year, group)
        labels.append(f"{year} ({label})" if label else str(year))
    change = municipalities
    table = pd.DataFrame(
        {
            t("col_code", lang): change["code"],
            t("col_name", lang): change["name"],
            labels[0]: change["start"],
            f"{labels[0]} {t('col_ci_low', lang)}": change["start_low"],
            f"{labels[0]} {t('col_ci_high', lang)}": change["start_high"],
            labels[1]: change["end"],
            f"{labels[1]} {t('col_ci_low', lang)}": change["end_low"],
            f"{labels[1]} {t('col_ci_high', lang)}": change["end_high"],
            t("difference", lang): change["difference"].round(indicator.decimals),
            t("change_meaning", lang): [
                t(f"chg_{c}", lang) if isinstance(c, str) else t("chg_none", lang) for c in change["change"]
            ],
            t("col_source", lang): indicator.source_line(lang),
        }
    )
    return municipalities, refs, labels, table


def caveats(view: View, lang: str) -> None:
    """What to keep in mind for this view: survey caveats by domain and year, and the
    indicator's own note (e.g. labour figures rounded to thousands)."""
    keys = caveat_keys(view.pick.indicator, view.pick.year, view.pick.group, view.pick.indicator.compare_years)
    lines = [t(k, lang) for k in keys]
    note = view.pick.indicator.note(lang)
    if note:
        lines.append(note)
    if not lines:
        return
    # Compact (issue #15): one line, the first caveat, above the map; the others fold out under 'more'.
    first = f"**{t('caveats', lang)}:** {escape_markdown(lines[0])}"
    with st.container(key="caveats"):  # smaller type on a phone (twente.ui.nav.SCREEN_CSS)
        if len(lines) == 1:
            st.caption(":material/info: " + first)
            return
        with st.expander(f"{first} · _{t('caveats_more', lang, n=len(lines) - 1)}_", icon=":material/info:"):
            st.markdown("  \n".join("• " + escape_markdown(line) for line in lines[1:]))
