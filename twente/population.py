"""Population computations for the population page (no Streamlit)."""

from __future__ import annotations

import pandas as pd

from twente.registry import MUNICIPALITY_CODES, TWENTE

AGE_2025 = ["0-4", "5-9", "10-14", "15-19", "20-24", "25-44", "45-64", "65-79", "80+"]


def age_shares(age_sex: pd.DataFrame, year: int = 2025, groups: list[str] = AGE_2025) -> pd.DataFrame:
    """Share of each age group in the total, per area, for one year's age scheme only.
    Twente is the sum of the 14 (counts), and only when all 14 have every group."""
    rows = age_sex[
        (age_sex["year"] == year) & (age_sex["sex"] == "total") & age_sex["age_group"].isin(groups + ["total"])
    ]
    munis = rows[rows["code"].isin(MUNICIPALITY_CODES)]
    if munis["code"].nunique() == len(MUNICIPALITY_CODES) and munis["population"].notna().all():
        twente = munis.groupby("age_group", as_index=False)["population"].sum()
        twente["code"] = TWENTE.code
        rows = pd.concat([rows, twente], ignore_index=True)
    totals = rows[rows["age_group"] == "total"].set_index("code")["population"]
    parts = rows[rows["age_group"] != "total"].copy()
    parts["share_pct"] = parts["population"] / parts["code"].map(totals) * 100
    parts["order"] = parts["age_group"].map({g: i for i, g in enumerate(groups)})
    return parts.sort_values(["code", "order"])[["code", "age_group", "population", "share_pct"]].reset_index(drop=True)


def sex_split(age_sex: pd.DataFrame, year: int) -> pd.DataFrame:
    rows = age_sex[
        (age_sex["year"] == year) & (age_sex["age_group"] == "total") & age_sex["sex"].isin(["male", "female"])
    ]
    out = rows.pivot_table(index="code", columns="sex", values="population", aggfunc="first").reset_index()
    out["female_pct"] = out["female"] / (out["female"] + out["male"]) * 100
    return out


def wide_by_year(trend: pd.DataFrame, column: str, codes: list[str], names: dict[str, str]) -> pd.DataFrame:
    """The trend as a table a reader scans: one row per year, one column per area (in the order
    chosen), the chosen measure in the cells. Missing stays empty (NaN), never 0."""
    table = trend.pivot_table(index="year", columns="code", values=column, aggfunc="first", dropna=False)
    table = table.reindex(columns=[c for c in codes if c in table.columns])
    table.columns = [names[c] for c in table.columns]
    return table.reset_index()


def wide_by_age(shares: pd.DataFrame, codes: list[str], names: dict[str, str], groups: list[str] = AGE_2025):
    """Age shares as one row per age group and one column per area (in the order given)."""
    table = shares.pivot_table(index="age_group", columns="code", values="share_pct", aggfunc="first")
    table = table.reindex(
        index=[g for g in groups if g in table.index], columns=[c for c in codes if c in table.columns]
    )
    table.columns = [names[c] for c in table.columns]
    return table.rename_axis(None, axis=1).reset_index()
