"""The figures: the indicator catalogue, the indicator values and population by age and sex,
each validated against its declared schema. The parks and places are in ``twente.places``, the
wijken in ``twente.districts``; reading one file against its schema is ``twente.loading``; the
list of every data file is ``twente.datafiles``.

Each loader returns a ``Loaded`` (a frame plus the problems found). A file that cannot be
used at all is reported as an error and left out; the other files still load, so the pages
that do not need it keep working. Nothing here imports Streamlit: ``twente.ui.cache`` wraps
these functions with Streamlit's cache.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from twente import config
from twente.csvio import Column, Schema
from twente.loading import Loaded, display_name
from twente.loading import read as _read
from twente.problems import Problem
from twente.registry import DATA_CODES, GGD_REGION, MUNICIPALITIES, MUNICIPALITY_CODES, TWENTE

# --------------------------------------------------------------------------- schemas

CATALOGUE_FILE = "indicators.csv"
DOMAINS = ("population", "health", "living")
DIRECTIONS = frozenset({"higher_better", "higher_worse", "neutral"})

CATALOGUE_SCHEMA = Schema(
    columns=(
        Column("id", not_empty=True),
        Column("domain", "choice", not_empty=True, choices=frozenset(DOMAINS)),
        Column("title_nl", not_empty=True),
        Column("title_en", not_empty=True),
        Column("unit_nl", not_empty=True),
        Column("unit_en", not_empty=True),
        Column("years", not_empty=True),
        Column("publisher", not_empty=True),
        Column("table_id", not_empty=True),
        Column("licence", not_empty=True),
        Column("direction", "choice", not_empty=True, choices=DIRECTIONS),
        Column("decimals", "number", not_empty=True, low=0, high=6),
        Column("aggregate", "choice", not_empty=True, choices=frozenset({"sum", "none"})),
        Column("scale", "choice", not_empty=True, choices=frozenset({"sequential", "diverging"})),
        Column("note_nl", required=False),
        Column("note_en", required=False),
        Column("compare", required=False),  # years whose values may be compared, e.g. 2016;2020
    ),
    key=("id",),
    value_columns=("title_nl", "title_en", "unit_nl", "unit_en"),
)

# Plausibility: a figure outside these bounds is a typing or cut-off error, not a fact.
MAX_POPULATION = 30_000_000  # more than the Netherlands has ever had (18 million in 2025)
PERCENT_RANGE = (0.0, 100.0)  # every indicator whose unit starts with '%'
INDICATOR_RANGES: dict[str, tuple[float | None, float | None]] = {
    "population": (100, MAX_POPULATION),
    "households": (0, MAX_POPULATION),
    "dwellings": (0, MAX_POPULATION),
    "average_household_size": (1, 10),
    "land_area": (0, None),
    "water_area": (0, None),
    "total_area": (0, None),
    "population_density": (0, None),
}

# Age groups in the Gezondheidsmonitor: 2016 counts adults from 19, 2020 from 18.
AGE_GROUPS = {"19+": "adults", "18+": "adults", "19-64": "adults_lt65", "18-64": "adults_lt65", "65+": "65+"}

_VALUE_FILES = {
    "population/population_by_year.csv": Schema(
        columns=(
            Column("code", "code", not_empty=True),
            Column("name", required=False),
            Column("year", "year", not_empty=True),
            Column("population", "number", low=100, high=MAX_POPULATION),
        ),
        key=("code", "year"),
        value_columns=("population",),
    ),
    "population/key_figures.csv": Schema(
        columns=(
            Column("code", "code", not_empty=True),
            Column("name", required=False),
            Column("year", "year", not_empty=True),
            Column("indicator", not_empty=True),
            Column("value", "number"),
            Column("unit", required=False),
        ),
        key=("code", "year", "indicator"),
        value_columns=("value",),
    ),
    "living/labour_market.csv": Schema(
        columns=(
            Column("code", "code", not_empty=True),
            Column("name", required=False),
            Column("year", "year", not_empty=True),
            Column("indicator", not_empty=True),
            Column("value", "number", low=0),
            Column("unit", required=False),
            Column("source", required=False),
        ),
        key=("code", "year", "indicator"),
        value_columns=("value",),
    ),
    "living/health_indicators.csv": Schema(
        columns=(
            Column("code", "str"),
            Column("name", required=False),
            Column("level", not_empty=True),
            Column("year", "year", not_empty=True),
            Column("age_group", "choice", not_empty=True, choices=frozenset(AGE_GROUPS)),
            Column("indicator", not_empty=True),
            Column("value", "number", low=0),
            Column("unit", required=False),
            Column("ci95_lower", "number", required=False, low=0),
            Column("ci95_upper", "number", required=False, low=0),
            Column("source", required=False),
        ),
        key=("code", "level", "year", "age_group", "indicator"),
        value_columns=("value", "ci95_lower", "ci95_upper"),
    ),
}
VALUE_FILES = tuple(_VALUE_FILES)

AGE_SEX_FILE = "population/population_by_age_sex.csv"
AGE_SEX_SCHEMA = Schema(
    columns=(
        Column("code", "code", not_empty=True),
        Column("name", required=False),
        Column("year", "year", not_empty=True),
        Column("age_group", not_empty=True),
        Column("sex", "choice", not_empty=True, choices=frozenset({"total", "male", "female"})),
        Column("population", "number", low=0, high=MAX_POPULATION),
    ),
    key=("code", "year", "age_group", "sex"),
    value_columns=("population",),
)


# --------------------------------------------------------------------------- catalogue


def load_catalogue() -> Loaded:
    loaded = _read(CATALOGUE_FILE, CATALOGUE_SCHEMA)
    frame = loaded.frame
    if not frame.empty:
        frame["decimals"] = frame["decimals"].astype(int)
        for optional in ("note_nl", "note_en", "compare"):
            frame[optional] = frame[optional].fillna("") if optional in frame.columns else ""
        name = config.display_path(config.data_dir() / CATALOGUE_FILE)
        problems = list(loaded.problems)
        keep = []
        for i, r in frame.iterrows():
            if not _years_ok(r["years"]):
                problems.append(
                    Problem(
                        name,
                        "bad_value",
                        row=int(r["_row"]),
                        column="years",
                        params={"value": r["years"], "allowed": "2016;2020 / 2012-2025"},
                    )
                )
                keep.append(False)
                continue
            if r["compare"] and not (_years_ok(r["compare"]) and len(parse_years(r["compare"])) >= 2):
                problems.append(
                    Problem(
                        name,
                        "ignored_value",
                        row=int(r["_row"]),
                        column="compare",
                        severity="warning",
                        params={"value": r["compare"], "allowed": "2016;2020"},
                    )
                )
                frame.loc[i, "compare"] = ""
            keep.append(True)
        frame = frame[keep].set_index("id", drop=False)
        return Loaded(frame, problems)
    return loaded


def _years_ok(text: str) -> bool:
    try:
        return bool(parse_years(text))
    except ValueError:
        return False


def parse_years(text: str) -> list[int]:
    """'2012-2025' or '2016;2020' -> the list of years."""
    years: list[int] = []
    for part in str(text).replace(",", ";").split(";"):
        part = part.strip()
        if "-" in part:
            a, b = part.split("-", 1)
            years.extend(range(int(a), int(b) + 1))
        elif part:
            years.append(int(part))
    return years


# --------------------------------------------------------------------------- values

VALUE_COLUMNS = ["code", "year", "indicator", "group", "group_label", "value", "ci_low", "ci_high", "file", "_row"]


def _tidy(relative: str, loaded: Loaded) -> tuple[pd.DataFrame, list[Problem]]:
    frame = loaded.frame.copy()
    problems = list(loaded.problems)
    name = config.display_path(config.data_dir() / relative)
    if frame.empty:
        return pd.DataFrame(columns=VALUE_COLUMNS), problems
    if "population" in frame.columns and "indicator" not in frame.columns:
        frame["indicator"] = "population"
        frame["value"] = frame["population"]
    if "age_group" in frame.columns:
        # The GGD region has no CBS code in the source: it is the region of the 14.
        frame["code"] = frame["code"].fillna("").str.upper()
        is_ggd = (frame["code"] == "") & (frame["level"] == "ggd_region")
        frame.loc[is_ggd, "code"] = GGD_REGION.code
        bad = ~frame["code"].isin(DATA_CODES)
        for _, r in frame[bad].iterrows():
            problems.append(
                Problem(name, "unknown_code", row=int(r["_row"]), column="code", params={"value": r["code"]})
            )
        frame = frame[~bad]
        frame["group"] = frame["age_group"].map(AGE_GROUPS)
        frame["group_label"] = frame["age_group"]
        frame["ci_low"], frame["ci_high"] = frame["ci95_lower"], frame["ci95_upper"]
        inside = (
            frame["ci_low"].isna()
            | frame["value"].isna()
            | ((frame["ci_low"] <= frame["value"]) & (frame["value"] <= frame["ci_high"]))
        )
        for _, r in frame[~inside].iterrows():
            problems.append(
                Problem(
                    name,
                    "interval",
                    row=int(r["_row"]),
                    column="ci95_lower",
                    severity="warning",
                    params={"low": r["ci_low"], "high": r["ci_high"], "value": r["value"]},
                )
            )
        frame.loc[~inside, ["ci_low", "ci_high"]] = np.nan
    else:
        frame["group"] = ""
        frame["group_label"] = ""
        frame["ci_low"] = np.nan
        frame["ci_high"] = np.nan
    frame["file"] = name
    return frame[VALUE_COLUMNS], problems


def load_values(catalogue: pd.DataFrame) -> Loaded:
    """All indicator values in one tidy table: code, year, indicator, group, value, interval."""
    parts: list[pd.DataFrame] = []
    problems: list[Problem] = []
    for relative, schema in _VALUE_FILES.items():
        codes = None if relative.endswith("health_indicators.csv") else DATA_CODES
        tidy, found = _tidy(relative, _read(relative, schema, codes))
        problems.extend(found)
        parts.append(tidy)
    values = (
        pd.concat([p for p in parts if not p.empty], ignore_index=True)
        if any(not p.empty for p in parts)
        else pd.DataFrame(columns=VALUE_COLUMNS)
    )
    if values.empty:
        return Loaded(values, problems)

    known = set(catalogue.index) if not catalogue.empty else set()
    unknown = ~values["indicator"].isin(known)
    for (file, indicator), rows in values[unknown].groupby(["file", "indicator"]):
        problems.append(
            Problem(
                file,
                "not_in_catalogue",
                row=int(rows["_row"].min()),
                column="indicator",
                severity="warning",
                params={"value": indicator},
            )
        )
    values = values[~unknown]
    values = _check_plausible(values, catalogue, problems)

    # The same figure in two files (population 2025 is in two CBS tables): it must agree.
    key = ["code", "year", "indicator", "group"]
    dups = values[values.duplicated(key, keep=False)]
    drop: set[int] = set()
    for _, group in dups.groupby(key):
        first = group.iloc[0]
        drop.update(group.index[1:])
        if group["value"].nunique(dropna=False) > 1:
            drop.add(group.index[0])
            for _, other in group.iloc[1:].iterrows():
                problems.append(
                    Problem(
                        other["file"],
                        "cross_file_conflict",
                        row=int(other["_row"]),
                        column="value",
                        params={
                            "indicator": first["indicator"],
                            "code": first["code"],
                            "year": first["year"],
                            "value": other["value"],
                            "other": first["value"],
                            "other_file": first["file"],
                        },
                    )
                )
    values = values.drop(index=sorted(drop))
    problems.extend(_missing_rows(values, catalogue))
    values = pd.concat([values, _twente_totals(values, catalogue)], ignore_index=True)
    values["year"] = values["year"].astype(int)
    return Loaded(values.reset_index(drop=True), problems)


def indicator_range(indicator: str, catalogue: pd.DataFrame) -> tuple[float | None, float | None] | None:
    """The values ``indicator`` can take at all, or None when anything goes."""
    if indicator in INDICATOR_RANGES:
        return INDICATOR_RANGES[indicator]
    if indicator in catalogue.index and str(catalogue.loc[indicator, "unit_en"]).lstrip().startswith("%"):
        return PERCENT_RANGE
    return None


def _check_plausible(values: pd.DataFrame, catalogue: pd.DataFrame, problems: list[Problem]) -> pd.DataFrame:
    """Leave out rows whose year the catalogue does not list for the indicator, and values
    the indicator cannot take (a share of 340 %, a municipality of 34 inhabitants)."""
    from twente.csvio import range_text

    if values.empty:
        return values
    years = {i: set(parse_years(r["years"])) for i, r in catalogue.iterrows()}
    listed = pd.Series(
        [int(y) in years.get(i, {int(y)}) for i, y in zip(values["indicator"], values["year"])], index=values.index
    )
    for _, r in values[~listed].iterrows():
        problems.append(
            Problem(
                r["file"],
                "year_not_catalogued",
                row=int(r["_row"]),
                column="year",
                params={
                    "value": int(r["year"]),
                    "indicator": r["indicator"],
                    "years": catalogue.loc[r["indicator"], "years"],
                },
            )
        )
    keep = listed.copy()
    for ind in values["indicator"].unique():
        bounds = indicator_range(ind, catalogue)
        if bounds is None:
            continue
        low, high = bounds
        v = values["value"]
        bad = (
            (values["indicator"] == ind)
            & listed
            & v.notna()
            & ((v < low if low is not None else False) | (v > high if high is not None else False))
        )
        for _, r in values[bad].iterrows():
            problems.append(
                Problem(
                    r["file"],
                    "implausible_value",
                    row=int(r["_row"]),
                    column="value",
                    params={"indicator": ind, "value": f"{r['value']:g}", "range": range_text(low, high)},
                )
            )
        keep &= ~bad
    return values[keep]


def _missing_rows(values: pd.DataFrame, catalogue: pd.DataFrame) -> list[Problem]:
    """Which of the 14 municipalities, and which catalogued years, have no row at all for
    an indicator that the files do have (an empty value is a row: 'no data' on purpose)."""
    names = {m.code: m.name for m in MUNICIPALITIES}
    problems: list[Problem] = []
    munis = values[values["code"].isin(MUNICIPALITY_CODES)]
    for ind, rows in munis.groupby("indicator", sort=False):
        if ind not in catalogue.index:
            continue
        file = str(rows["file"].iloc[0])
        expected = parse_years(catalogue.loc[ind, "years"])
        absent_years = [y for y in expected if not (rows["year"] == y).any()]
        if absent_years:
            problems.append(
                Problem(
                    file,
                    "missing_years",
                    severity="warning",
                    column="year",
                    params={"indicator": ind, "years": ", ".join(map(str, absent_years))},
                )
            )
        for year in expected:
            if year in absent_years:
                continue
            present = set(rows.loc[rows["year"] == year, "code"])
            missing = [c for c in MUNICIPALITY_CODES if c not in present]
            if missing:
                problems.append(
                    Problem(
                        file,
                        "missing_rows",
                        severity="warning",
                        column="code",
                        params={
                            "indicator": ind,
                            "year": year,
                            "codes": tuple(missing),
                            "names": ", ".join(names[c] for c in missing),
                        },
                    )
                )
    return problems


def _twente_totals(values: pd.DataFrame, catalogue: pd.DataFrame) -> pd.DataFrame:
    """Twente = the sum of the 14, for counts only, and only where all 14 have a value."""
    summable = catalogue.index[catalogue["aggregate"] == "sum"]
    munis = values[values["code"].isin(MUNICIPALITY_CODES) & values["indicator"].isin(summable)]
    rows = []
    for (indicator, year, group), g in munis.groupby(["indicator", "year", "group"]):
        complete = g["value"].notna().sum() == len(MUNICIPALITY_CODES) and g["code"].nunique() == len(
            MUNICIPALITY_CODES
        )
        rows.append(
            {
                "code": TWENTE.code,
                "year": year,
                "indicator": indicator,
                "group": group,
                "group_label": "",
                "value": float(g["value"].sum()) if complete else np.nan,
                "ci_low": np.nan,
                "ci_high": np.nan,
                "file": "sum of the 14 municipalities",
                "_row": 0,
            }
        )
    return pd.DataFrame(rows, columns=VALUE_COLUMNS)


# --------------------------------------------------------------------------- other datasets


def load_age_sex() -> Loaded:
    """Population by age group and sex; years outside the catalogue's population years are
    left out, and municipalities without a single row are named."""
    loaded = _read(AGE_SEX_FILE, AGE_SEX_SCHEMA, DATA_CODES)
    frame, problems = loaded.frame, list(loaded.problems)
    if frame.empty:
        return loaded
    name = display_name(AGE_SEX_FILE)
    catalogue = load_catalogue().frame
    if "population" in catalogue.index:
        years = set(parse_years(catalogue.loc["population", "years"]))
        outside = ~frame["year"].isin(years)
        for _, r in frame[outside].iterrows():
            problems.append(
                Problem(
                    name,
                    "year_not_catalogued",
                    row=int(r["_row"]),
                    column="year",
                    params={
                        "value": int(r["year"]),
                        "indicator": "population",
                        "years": catalogue.loc["population", "years"],
                    },
                )
            )
        frame = frame[~outside].reset_index(drop=True)
    names = {m.code: m.name for m in MUNICIPALITIES}
    missing = [c for c in MUNICIPALITY_CODES if c not in set(frame["code"])]
    if missing:
        problems.append(
            Problem(
                name,
                "missing_municipalities",
                severity="warning",
                column="code",
                params={"names": ", ".join(names[c] for c in missing), "codes": tuple(missing)},
            )
        )
    return Loaded(frame, problems)
