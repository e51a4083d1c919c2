"""Reading CSV files the way people save them: comma or semicolon (Dutch Excel), decimal
point or decimal comma where that is unambiguous, with or without a byte-order mark.

``read_table`` checks a file against a declared schema and returns the rows it could use
plus a list of problems, each naming the file, the spreadsheet row and the column.
"""

from __future__ import annotations

import csv
import math
import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from twente.config import display_path
from twente.problems import DataFileError, Problem

MISSING_MARKERS = {"", ".", "x", "-", "na", "n/a", "nan", "null", "none"}
_INT_DOT = re.compile(r"^[+-]?\d+\.\d+$")
_INT_COMMA = re.compile(r"^[+-]?\d+,\d+$")
_NL_GROUPED = re.compile(r"^[+-]?\d{1,3}(\.\d{3})+(,\d+)?$")
_EN_GROUPED = re.compile(r"^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$")
_PLAIN_INT = re.compile(r"^[+-]?\d+$")


@dataclass(frozen=True)
class Column:
    name: str
    kind: str = "str"  # str | number | year | code | choice
    required: bool = True  # the column must exist
    not_empty: bool = False  # a row with an empty cell is skipped
    choices: frozenset[str] | None = None
    year_range: tuple[int, int] = (1990, 2100)
    # What the column can hold at all: a number outside [low, high] is a typing or cut-off
    # error (a municipality of 34 inhabitants), not a fact; text must match ``pattern``.
    low: float | None = None
    high: float | None = None
    pattern: str | None = None
    pattern_hint: str = ""  # the pattern in words, for the message ('four digits')


@dataclass(frozen=True)
class Schema:
    columns: tuple[Column, ...]
    key: tuple[str, ...] = ()
    value_columns: tuple[str, ...] = ()  # what must agree between duplicate keys

    def column(self, name: str) -> Column:
        return next(c for c in self.columns if c.name == name)


# What a file starts with when it is a spreadsheet saved under a .csv name, not text.
_WORKBOOKS = {b"PK\x03\x04": "xlsx", b"\xd0\xcf\x11\xe0": "xls"}


def _decode(raw: bytes, name: str, problems: list[Problem]) -> str:
    for signature, kind in _WORKBOOKS.items():
        if raw.startswith(signature):
            raise DataFileError([Problem(name, "workbook_not_csv", params={"kind": kind})])
    # Excel's 'Unicode text' is UTF-16 (with a byte-order mark); without one, every other byte is 0.
    utf16 = raw[:2] in (b"\xff\xfe", b"\xfe\xff") or (len(raw) > 3 and raw[1:4:2] == b"\x00\x00")
    if utf16:
        try:
            text = raw.decode("utf-16" if raw[:2] in (b"\xff\xfe", b"\xfe\xff") else "utf-16-le")
        except UnicodeDecodeError:
            raise DataFileError([Problem(name, "not_text")]) from None
        problems.append(Problem(name, "utf16", severity="warning"))
        return text.lstrip("\ufeff")
    if b"\x00" in raw[:4096]:
        raise DataFileError([Problem(name, "not_text")])
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        problems.append(Problem(name, "not_utf8", severity="warning"))
        return raw.decode("cp1252", errors="replace").lstrip("\ufeff")


def _normalise_header(cell: str) -> str:
    return cell.strip().strip("\ufeff").strip().lower()


def _sniff_delimiter(text: str, wanted: set[str]) -> str:
    first = text.splitlines()[0] if text else ""
    best, best_score = ",", (-1, -1)
    for delim in (",", ";", "\t"):
        header = next(csv.reader([first], delimiter=delim), [])
        # the expected columns found first; with none found, the delimiter that splits most
        score = (len(wanted & {_normalise_header(h) for h in header}), len(header))
        if score > best_score:
            best, best_score = delim, score
    return best


_THREE_AFTER = re.compile(r"^[+-]?\d{1,3}[.,]\d{3}$")  # '1.234' / '1,234': thousands or decimals?


def _decimal_style(cells: list[str], delimiter: str = ",") -> str | None:
    """',' or '.' when the file's numbers say which is the decimal mark. Cells such as
    '1.234' could be either and do not count. A semicolon file that does not tell is
    taken to be Dutch Excel (decimal comma)."""
    telling = [c for c in cells if not _THREE_AFTER.match(c)]
    commas = sum(1 for c in telling if _INT_COMMA.match(c) or (_NL_GROUPED.match(c) and "," in c))
    dots = sum(1 for c in telling if _INT_DOT.match(c) or (_EN_GROUPED.match(c) and "." in c))
    if not commas and not dots:
        return "," if delimiter == ";" else None
    if commas and not dots:
        return ","
    if dots and not commas:
        return "."
    if commas and dots:
        return "," if commas > dots else "."
    return None


def parse_number(cell: str, decimal: str | None) -> float | None:
    """Parse one cell. None for a missing value. ValueError('kind') when it is not a number.

    ``decimal`` is the file's decimal mark (',' or '.'), or None when the file has no
    fractional numbers at all."""
    value = _parse_number(cell, decimal)
    if value is not None and not math.isfinite(value):  # 'inf', or 400 digits: beyond a float
        raise ValueError("not_a_number")
    return value


def _parse_number(cell: str, decimal: str | None) -> float | None:
    text = cell.strip().replace("\u00a0", "").replace(" ", "")
    if text.lower() in MISSING_MARKERS:
        return None
    if _PLAIN_INT.match(text):
        return float(text)
    if _INT_DOT.match(text):
        if decimal == ",":
            # '1.234' in a file that writes decimals with a comma: a thousands separator
            # or a decimal point? Do not guess.
            raise ValueError("ambiguous_number" if re.match(r"^[+-]?\d{1,3}\.\d{3}$", text) else "mixed_decimals")
        return float(text)
    if _INT_COMMA.match(text):
        if decimal == ".":
            raise ValueError("ambiguous_number" if re.match(r"^[+-]?\d{1,3},\d{3}$", text) else "mixed_decimals")
        return float(text.replace(",", "."))
    if _NL_GROUPED.match(text) and "," in text:
        return float(text.replace(".", "").replace(",", "."))
    if _EN_GROUPED.match(text) and "." in text:
        return float(text.replace(",", ""))
    if re.fullmatch(r"[+-]?\d+([.,]\d+)?[eE][+-]?\d+", text):
        # '7,28E+04': how Excel shows a number too wide for its column, and saves it so;
        # the digits it dropped are gone (72757 became 72800).
        raise ValueError("scientific_notation")
    try:
        return float(text)
    except ValueError:
        raise ValueError("not_a_number") from None


def read_table(path: Path, schema: Schema, codes: frozenset[str] | None = None) -> tuple[pd.DataFrame, list[Problem]]:
    """Read and check one CSV file. Raises DataFileError when nothing in it can be used."""
    name = display_path(path)
    problems: list[Problem] = []
    if not Path(path).exists():
        raise DataFileError([Problem(name, "missing_file")])
    raw = Path(path).read_bytes()
    text = _decode(raw, name, problems)
    if not text.strip():
        raise DataFileError([Problem(name, "empty_file")])

    wanted = {c.name for c in schema.columns}
    delimiter = _sniff_delimiter(text, wanted)
    numbered = _records(text, delimiter, name, problems)
    if not numbered:
        raise DataFileError(problems or [Problem(name, "empty_file")])
    header = [_normalise_header(h) for h in numbered[0][1]]
    missing = [c.name for c in schema.columns if c.required and c.name not in header]
    if missing:
        raise DataFileError(
            [
                Problem(
                    name,
                    "missing_columns",
                    row=1,
                    params={"missing": ", ".join(missing), "found": ", ".join(h for h in header if h) or "-"},
                )
            ]
        )
    body = [(line, r) for line, r in numbered[1:] if any(cell.strip() for cell in r)]
    if not body:
        raise DataFileError(problems + [Problem(name, "no_rows")])

    index = {h: i for i, h in enumerate(header) if h}
    present = [c for c in schema.columns if c.name in index]
    number_cells = [
        r[index[c.name]].strip() for _, r in body for c in present if c.kind == "number" and index[c.name] < len(r)
    ]
    decimal = _decimal_style(number_cells, delimiter)

    records: list[dict] = []
    for line, r in body:
        if [_normalise_header(c) for c in r if c.strip()] == [h for h in header if h]:
            # the header again (two files pasted together): not data, nothing lost
            problems.append(Problem(name, "repeated_header", row=line, severity="warning"))
            continue
        if len(r) != len(header):
            # Excel sometimes pads rows with empty trailing fields: only those are let pass.
            # A short row is a row cut off or a cell lost, and its values cannot be trusted.
            if len(r) < len(header) or any(x.strip() for x in r[len(header) :]):
                problems.append(Problem(name, "field_count", row=line, params={"got": len(r), "want": len(header)}))
                continue
            r = r[: len(header)]
        record: dict = {"_row": line}
        ok = True
        for col in present:
            cell = r[index[col.name]].strip()
            value, error = _convert(cell, col, decimal, codes)
            if error:
                problems.append(Problem(name, error[0], row=line, column=col.name, params=error[1]))
                ok = False
                break
            record[col.name] = value
        if ok:
            records.append(record)
    for col in schema.columns:
        if col.name not in index:
            for rec in records:
                rec[col.name] = None

    frame = pd.DataFrame.from_records(records, columns=["_row"] + [c.name for c in schema.columns])
    if schema.key and not frame.empty:
        frame = _resolve_duplicates(frame, schema, name, problems)
    if frame.empty:
        raise DataFileError(problems or [Problem(name, "no_rows")])
    return frame.reset_index(drop=True), problems


def _records(text: str, delimiter: str, name: str, problems: list[Problem]) -> list[tuple[int, list[str]]]:
    """(spreadsheet row, cells) of every record, read strictly.

    The lenient reader takes a quote that is never closed (a file cut off in the middle of
    a quoted cell) as the start of one long cell holding the rest of the file, and half the
    rows vanish without a word. Here such a record is reported and skipped, and reading
    resumes on the line after the one it started on, so the rows after a stray quote are
    still read."""
    lines = text.splitlines(keepends=True)
    records: list[tuple[int, list[str]]] = []
    pos = 0
    while pos < len(lines):
        reader = csv.reader(lines[pos:], delimiter=delimiter, strict=True)
        start = pos
        try:
            for cells in reader:
                records.append((len(records) + 1, cells))
                start = pos + reader.line_num
        except csv.Error as exc:
            kind = "unclosed_quote" if "end of data" in str(exc) else "bad_quote"
            problems.append(Problem(name, kind, row=len(records) + 1, params={"line": start + 1}))
            records.append((len(records) + 1, []))  # keeps the row numbers of later rows right
            pos = start + 1
            continue
        break
    return records


def _convert(cell: str, col: Column, decimal: str | None, codes: frozenset[str] | None):
    if cell == "" or (col.kind == "number" and cell.lower() in MISSING_MARKERS):
        if col.not_empty:
            return None, ("required_empty", {})
        return None, None
    if col.kind == "number":
        try:
            value = parse_number(cell, decimal)
        except ValueError as exc:
            return None, (str(exc), {"value": cell})
        if value is not None and not _within(value, col.low, col.high):
            return None, ("out_of_range", {"value": cell, "range": range_text(col.low, col.high)})
        return value, None
    if col.pattern and not re.fullmatch(col.pattern, cell):
        return None, ("bad_format", {"value": cell, "expected": col.pattern_hint or col.pattern})
    if col.kind == "year":
        if not re.fullmatch(r"\d{4}", cell):
            return None, ("not_a_year", {"value": cell})
        year = int(cell)
        low, high = col.year_range
        if not low <= year <= high:
            return None, ("year_range", {"value": year, "low": low, "high": high})
        return year, None
    if col.kind == "code":
        code = cell.upper()
        if codes is not None and code not in codes:
            return None, ("unknown_code", {"value": cell})
        return code, None
    if col.kind == "choice" and col.choices is not None and cell not in col.choices:
        return None, ("bad_value", {"value": cell, "allowed": ", ".join(sorted(col.choices))})
    return cell, None


def _within(value: float, low: float | None, high: float | None) -> bool:
    return (low is None or value >= low) and (high is None or value <= high)


def range_text(low: float | None, high: float | None) -> str:
    """'0 - 100', '>= 100', '<= 5' (numbers without a needless '.0')."""

    def num(x: float) -> str:
        return str(int(x)) if float(x).is_integer() else str(x)

    if low is not None and high is not None:
        return f"{num(low)} - {num(high)}"
    return f">= {num(low)}" if low is not None else f"<= {num(high)}"


def _resolve_duplicates(frame: pd.DataFrame, schema: Schema, name: str, problems: list[Problem]) -> pd.DataFrame:
    key = list(schema.key)
    dup_mask = frame.duplicated(key, keep=False)
    if not dup_mask.any():
        return frame
    drop: set[int] = set()
    values = list(schema.value_columns)
    for _, group in frame[dup_mask].groupby(key, dropna=False, sort=False):
        first = group.iloc[0]
        same = all(group[v].isna().all() or (group[v].nunique(dropna=False) == 1) for v in values)
        key_text = " / ".join(str(first[k]) for k in key)
        for idx, later in group.iloc[1:].iterrows():
            drop.add(idx)
            if same:
                problems.append(
                    Problem(
                        name,
                        "duplicate_same",
                        row=int(later["_row"]),
                        severity="warning",
                        params={"first": int(first["_row"])},
                    )
                )
            else:
                problems.append(
                    Problem(
                        name,
                        "duplicate_conflict",
                        row=int(later["_row"]),
                        params={"key": key_text, "first": int(first["_row"])},
                    )
                )
        if not same:
            drop.add(group.index[0])
    return frame.drop(index=sorted(drop))
