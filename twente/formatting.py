"""Numbers as the reader's language writes them, one formatter for tables, charts, tooltips,
maps and exports: Dutch and German 643.603 and 12,5; English 643,603 and 12.5. A missing value
is 'no data' in words, never 0; a value that rounds to zero has no minus sign ('0,0 %', never
'-0,0 %'); amounts in thousands of euros are written as a reader would ('€ 47.800').

Charts get the same marks through Vega's format locale (``vega_locale``), set in the chart's
``config.locale`` (Streamlit keeps a spec's config but drops vega-embed's ``formatLocale``
option), so axes, legends and tooltips with a d3 format (``,.0f``) follow the page's language."""

from __future__ import annotations

import math
import re
from decimal import Decimal
from typing import TYPE_CHECKING

import pandas as pd

from twente.i18n import LANGS, NUMBER_MARKS, t

if TYPE_CHECKING:
    from twente.indicators import Indicator

# Units that are a count in thousands of euros: shown as euros ('× 1.000 euro', '× 1,000 euro').
_THOUSAND_EUROS = re.compile(r"^×\s*1[.,]000\s+euro$")


def _rounded(value, decimals: int) -> float:
    """The value rounded as shown; a value that rounds to zero is plain zero (no '-0,0')."""
    number = round(float(value), int(decimals))
    return 0.0 if number == 0 else number


def format_number(value, decimals: int = 0, lang: str = "nl") -> str | None:
    """Dutch: 643.603 and 12,5; English: 643,603 and 12.5. None for a missing value."""
    if value is None or (isinstance(value, float) and math.isnan(value)) or pd.isna(value):
        return None
    thousands, decimal = NUMBER_MARKS[lang]
    number = _rounded(value, decimals)
    if abs(number) >= 1e16:  # past a float's 16 digits: the shortest decimal that is this float, not
        number = Decimal(repr(float(number)))  # its binary expansion ('1000…000052504760…' for 1e300)
    text = f"{number:,.{int(decimals)}f}"
    return text.translate(str.maketrans({",": thousands, ".": decimal}))


def format_signed(value, decimals: int = 0, lang: str = "nl") -> str | None:
    """A change with its sign: '+1.234', '-0,4', and '0' for a change that rounds to zero."""
    text = format_number(value, decimals, lang)
    if text is None:
        return None
    return ("+" + text) if _rounded(value, decimals) > 0 else text


def is_thousand_euros(unit: str) -> bool:
    return bool(_THOUSAND_EUROS.match(unit.strip()))


def format_value(
    value, indicator: Indicator, lang: str = "nl", with_unit: bool = True, no_data: str | None = None
) -> str:
    text = format_number(value, indicator.decimals, lang)
    if text is None:
        return no_data if no_data is not None else t("no_data", lang)
    unit = indicator.unit(lang)
    if is_thousand_euros(unit):  # 47,8 × 1.000 euro is written € 47.800
        euros = format_number(float(value) * 1000, max(0, indicator.decimals - 3), lang)
        return f"€ {euros}"
    if not with_unit:
        return text
    return f"{text}%" if unit == "%" else f"{text} {unit}"


# A no-break space: between a number and its unit, so that a line never breaks there ('59,5 / %').
NBSP = "\u00a0"
_NUMBER_THEN_UNIT = re.compile(r"(?<=\d) (?=(%|‰|km²|km\b|m²|€|euro\b|jaar\b|years?\b|Jahre?n?\b))")


def unit_kept_with_number(text: str) -> str:
    """A written text (a slide's) with a no-break space where a number and its unit are joined:
    'Borne groeide ... (+12,5 %)' keeps '12,5 %' on one line."""
    return _NUMBER_THEN_UNIT.sub(NBSP, text)


def vega_locale(lang: str) -> dict:
    """The d3 number locale of ``lang`` for a Vega-Lite ``config.locale``."""
    thousands, decimal = NUMBER_MARKS[lang]
    return {"number": {"decimal": decimal, "thousands": thousands, "grouping": [3], "currency": ["€ ", ""]}}


def capitalised(text: str) -> str:
    """A label starts with a capital: 'the Netherlands: 49.4' -> 'The Netherlands: 49.4'."""
    return text[:1].upper() + text[1:] if text else text


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"\w+", text.lower()) if len(w) > 2}


def title_with_unit(title: str, unit: str, extra: str = "") -> str:
    """'Title (unit, extra)', leaving out what the title or the unit already says:
    'Inwoners op 1 januari' with unit 'inwoners' stays 'Inwoners op 1 januari', and the group
    'volwassenen' is not added to '% van de volwassenen'. A unit's own brackets become a comma, so
    brackets are never nested: '% van de inwoners (hele procenten)' is added as
    '(% van de inwoners, hele procenten)'."""
    parts = []
    if unit and not (_words(unit) and _words(unit) <= _words(title)):
        parts.append(_unbracketed(unit))
    if extra and not (_words(extra) and _words(extra) <= _words(title + " " + " ".join(parts))):
        parts.append(_unbracketed(extra))
    return f"{title} ({', '.join(parts)})" if parts else title


def names_year(title: str, year) -> bool:
    """Whether ``title`` names ``year`` already ('Levend geborenen in 2023' names 2023, not 202)."""
    return year is not None and re.search(rf"(?<!\d){int(year)}(?!\d)", title) is not None


def title_with_year(title: str, year) -> str:
    """'Title (year)', unless the title names the year itself: 'Levend geborenen in 2023' stays as it is
    (it read 'Levend geborenen in 2023 (2023)')."""
    return title if year is None or names_year(title, year) else f"{title} ({int(year)})"


def indicator_title(title: str, unit: str, year=None, group: str = "", group_label: str = "") -> str:
    """A view's title: 'Title (unit, group (label)), year', each part once. The year is left out when
    the title names it; the group's words when the title or unit says them (only its label stays):
    'Overgewicht (BMI ≥ 25)', '% van de volwassenen', 2020, 'volwassenen', '18+' ->
    'Overgewicht (BMI ≥ 25) (% van de volwassenen, 18+), 2020' (it read '..., 2020, volwassenen (18+)')."""
    if group_label and re.fullmatch(r"\d+\+?", group_label) and re.search(rf"(?<!\d){group_label[:2]}(?!\d)", group):
        group_label = ""  # '65 jaar en ouder (65+)': the label says nothing the group does not
    extra = group
    if group and _words(group) and _words(group) <= _words(f"{title} {unit}"):
        extra = group_label
    elif group and group_label:
        extra = f"{group} ({group_label})"
    elif group_label:
        extra = group_label
    text = title_with_unit(title, unit, extra)
    return text if year is None or names_year(title, year) else f"{text}, {int(year)}"


def _unbracketed(text: str) -> str:
    """'a (b)' as 'a, b': a text that goes inside brackets itself."""
    return re.sub(r"\s*\(([^()]*)\)", r", \1", text).strip(" ,")


# --------------------------------------------------------------------------- tables


def _year_like(name: str) -> bool:
    return str(name).strip().lower() in {t("col_year", lang).lower() for lang in LANGS}


def column_decimals(values: pd.Series) -> int:
    """How many decimals a numeric column shows: none for whole numbers, else as many as the
    values have, at most two."""
    numbers = pd.to_numeric(values, errors="coerce").dropna()
    for decimals in range(3):
        if ((numbers * 10**decimals).round(6) % 1 == 0).all():
            return decimals
    return 2


def _missing(value) -> bool:
    return value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value))


def _text_cell(value, missing: str = "") -> str:
    if _missing(value):
        return missing
    text = f"{value}"
    return capitalised(text) if text.startswith("the ") else text  # 'km²' keeps its case


def table_formats(frame: pd.DataFrame, lang: str) -> dict[str, object]:
    """For each column of a table, a function that writes a cell as the reader's language does:
    numbers with its marks (years without a thousands mark), English 'the Netherlands' opening a cell
    as 'The Netherlands' (units such as 'km²' keep their case); a missing value is written 'n.b.' ('n/a',
    'k. A.'): an empty text would make Streamlit's grid show the raw value, 'None'."""
    formats = {}
    missing = t("no_data_mark", lang)
    for name in frame.columns:
        column = frame[name]
        if pd.api.types.is_bool_dtype(column):
            continue
        if not pd.api.types.is_numeric_dtype(column):  # a cell opening with 'the' is a name: 'The Netherlands'
            formats[name] = lambda v: _text_cell(v, missing)
            continue
        if _year_like(name):
            formats[name] = lambda v: missing if pd.isna(v) else str(int(v))
            continue
        decimals = column_decimals(column)
        formats[name] = lambda v, d=decimals: format_number(v, d, lang) or missing
    return formats


def table_headers(frame: pd.DataFrame) -> dict[str, str]:
    """Column headers start with a capital letter."""
    return {c: capitalised(str(c)) for c in frame.columns}
