"""Numbers as the reader's language writes them, one formatter for tables, charts, tooltips,
maps and exports: Dutch and German 643.603 and 12,5; English 643,603 and 12.5. A missing value
is 'no data' in words, never 0."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import pandas as pd

from twente.i18n import NUMBER_MARKS, t

if TYPE_CHECKING:
    from twente.indicators import Indicator


def format_number(value, decimals: int = 0, lang: str = "nl") -> str | None:
    """Dutch: 643.603 and 12,5; English: 643,603 and 12.5. None for a missing value."""
    if value is None or (isinstance(value, float) and math.isnan(value)) or pd.isna(value):
        return None
    thousands, decimal = NUMBER_MARKS[lang]
    return f"{float(value):,.{int(decimals)}f}".translate(str.maketrans({",": thousands, ".": decimal}))


def format_value(
    value, indicator: Indicator, lang: str = "nl", with_unit: bool = True, no_data: str | None = None
) -> str:
    text = format_number(value, indicator.decimals, lang)
    if text is None:
        return no_data if no_data is not None else t("no_data", lang)
    unit = indicator.unit(lang)
    if not with_unit:
        return text
    return f"{text}%" if unit == "%" else f"{text} {unit}"
