"""A spreadsheet of one's own on the Twente map: reading, matching and checking an upload.

Nothing here imports Streamlit and nothing is written to disk: the page hands over the bytes
the browser sent and gets back a table, a matching report and problems that name the file,
the row as a spreadsheet shows it and what is wrong.

* ``read_upload``: CSV (comma, semicolon or tab; decimal point or comma; UTF-8 with or without
  a byte-order mark, or Windows-1252) and XLSX (any sheet) through ``python-calamine`` (the
  reader behind pandas' ``engine="calamine"``, used directly: 3-4x faster on a 5 MB sheet), which
  gives a formula's cached value and never evaluates it. The file's kind is told by its
  bytes, not its name (an Excel file called .csv is read as Excel; a PDF called .csv is refused).
  Rows above the header that are a title (one cell) are skipped; header bands above it (merged
  cells, such as 'Aantallen' over two columns) are prefixed to the column names.
* ``build``: the chosen municipality and value columns matched to the 14 with
  ``twente.matching`` (codes and names as people type them), reported row by row: matched,
  ambiguous (a cell naming two municipalities, or two different values for one), outside
  Twente (another CBS code, or a reference area such as Overijssel), unmatched (with 'did you
  mean'), and the municipalities left without a value. Missing stays missing, never zero.
* ``Settings``: the choices as a small JSON file that restores the same view when it is
  uploaded with the same data again; read strictly (known keys and types only, never eval).
"""

from __future__ import annotations

import csv
import io
import json
import math
import re
import zipfile
from dataclasses import asdict, dataclass, field

import numpy as np
import pandas as pd

from twente.csvio import MISSING_MARKERS, parse_number
from twente.matching import match_municipality, suggestions
from twente.problems import Problem
from twente.registry import MUNICIPALITIES, MUNICIPALITY_CODES, REFERENCE_AREAS, area_name
from twente.search import normalise

MAX_BYTES = 10 * 1024 * 1024  # a 5 MB export must fit; the upload widget allows a little more
MAX_ROWS = 200_000
MAX_COLUMNS = 200
MAX_UNZIPPED = 200 * 1024 * 1024  # an .xlsx is a zip: what it unpacks to, not only what it weighs
MAX_SETTINGS_BYTES = 20_000
HEADER_SEARCH_ROWS = 20
DELIMITERS = (",", ";", "\t", "|")
DIRECTIONS = ("neutral", "higher_better", "higher_worse")
LEVELS = ("municipality", "district")
KINDS = ("count", "rate")  # as the catalogue's aggregate: 'sum' (circles) or 'none' (coloured areas)

_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0"  # old .xls and other Office 97 files
_YEAR = re.compile(r"^\s*((?:19|20)\d\d)(?:\.0+)?\s*$")
_SPLIT = re.compile(r"\s*(?:/|&|\+|;|,|\ben\b|\band\b)\s*", re.IGNORECASE)
_YEAR_NAMES = {"jaar", "year", "perioden", "periode", "period", "peiljaar"}


class UploadError(Exception):
    """A file that cannot be used at all; ``problems`` say why."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("; ".join(str(p) for p in problems))


@dataclass
class Table:
    """The cells of an uploaded file below its header, as text or numbers (object dtype)."""

    file: str
    kind: str  # csv | xlsx
    columns: list[str]
    cells: pd.DataFrame  # columns as above; index = spreadsheet row number
    header_row: int  # spreadsheet row of the header (1-based)
    sheets: list[str] = field(default_factory=list)
    sheet: str = ""
    delimiter: str = ""
    decimal: str | None = None
    decimal_chosen: bool = False  # the user said which mark: '1.234' is then no longer ambiguous
    encoding: str = ""
    problems: list[Problem] = field(default_factory=list)


# --------------------------------------------------------------------------- reading


def column_letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA: how a spreadsheet names a column."""
    out = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        out = chr(65 + rest) + out
    return out


def read_upload(
    name: str, data: bytes, sheet: str | None = None, delimiter: str | None = None, decimal: str | None = None
) -> Table:
    """The table in ``data`` (an uploaded file called ``name``). Raises UploadError with a clear
    message when the file is empty, too large, not a table or has no data rows."""
    if not data:
        raise UploadError([Problem(name, "upload_empty")])
    if len(data) > MAX_BYTES:
        raise UploadError([Problem(name, "upload_too_large", params={"size": _mb(len(data)), "limit": _mb(MAX_BYTES)})])
    if data.startswith(_ZIP):
        grid, sheets, chosen = _xlsx_grid(name, data, sheet)
        table = _table(name, "xlsx", grid)
        table.sheets, table.sheet = sheets, chosen
        return table
    if data.startswith(_OLE):
        raise UploadError([Problem(name, "upload_old_excel")])
    text, encoding = _decode(name, data)
    delim = delimiter if delimiter in DELIMITERS else _sniff(text)
    rows = _csv_rows(name, text, delim)
    table = _table(name, "csv", rows)
    table.delimiter, table.encoding = delim, encoding
    table.decimal = decimal if decimal in (",", ".") else _decimal_mark(table.cells, delim)
    table.decimal_chosen = decimal in (",", ".")
    return table


def _mb(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB"


def _decode(name: str, data: bytes) -> tuple[str, str]:
    head = data[:8192]
    if b"\x00" in head or head.lstrip().startswith((b"%PDF", b"\x89PNG", b"GIF8", b"\xff\xd8\xff")):
        raise UploadError([Problem(name, "upload_not_a_table")])
    if data.startswith(b"\xef\xbb\xbf"):
        text, encoding = data[3:].decode("utf-8", errors="replace"), "UTF-8 (BOM)"
    else:
        try:
            text, encoding = data.decode("utf-8"), "UTF-8"
        except UnicodeDecodeError:
            text, encoding = data.decode("cp1252", errors="replace"), "Windows-1252"
    sample = text[:8192]
    controls = sum(1 for c in sample if ord(c) < 32 and c not in "\r\n\t")
    if controls > max(2, len(sample) // 100):
        raise UploadError([Problem(name, "upload_not_a_table")])
    if sample.lstrip().lower().startswith(("<!doctype", "<html", "<?xml", "{", "[")):
        raise UploadError([Problem(name, "upload_not_a_table")])
    return text, encoding


def _sniff(text: str) -> str:
    """The delimiter that splits the first lines into the same number (> 1) of columns most often."""
    lines = [line for line in text.splitlines()[:50] if line.strip()]
    best, best_score = ",", (0, 0)
    for delim in DELIMITERS:
        counts = [len(r) for r in csv.reader(lines, delimiter=delim)]
        wide = [c for c in counts if c > 1]
        if not wide:
            continue
        mode = max(set(wide), key=wide.count)
        score = (wide.count(mode), mode)
        if score > best_score:
            best, best_score = delim, score
    return best


def _csv_rows(name: str, text: str, delimiter: str) -> list[list]:
    rows: list[list] = []
    try:
        for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter):
            rows.append(row)
            if len(rows) > MAX_ROWS + HEADER_SEARCH_ROWS:
                raise UploadError([Problem(name, "upload_too_many_rows", params={"limit": f"{MAX_ROWS:,}"})])
    except csv.Error as error:
        problem = Problem(name, "upload_unreadable", row=len(rows) + 1, params={"detail": str(error)})
        raise UploadError([problem]) from None
    return rows


def _xlsx_grid(name: str, data: bytes, sheet: str | None) -> tuple[list[list], list[str], str]:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = archive.namelist()
            unpacked = sum(i.file_size for i in archive.infolist())
    except zipfile.BadZipFile:
        raise UploadError([Problem(name, "upload_not_a_table")]) from None
    if "xl/workbook.xml" not in names:
        raise UploadError([Problem(name, "upload_not_a_table")])
    if unpacked > MAX_UNZIPPED:
        params = {"size": _mb(unpacked), "limit": _mb(MAX_UNZIPPED)}
        raise UploadError([Problem(name, "upload_too_large", params=params)])
    from python_calamine import CalamineWorkbook  # the reader pandas' engine='calamine' uses, without
    # its per-cell conversion to a typed frame (a 5 MB sheet took four times as long that way)

    try:
        book = CalamineWorkbook.from_filelike(io.BytesIO(data))
        sheets = [str(s) for s in book.sheet_names]
        chosen = sheet if sheet in sheets else sheets[0]
        cells = book.get_sheet_by_name(chosen)
        if cells.height > MAX_ROWS + HEADER_SEARCH_ROWS:
            raise UploadError([Problem(name, "upload_too_many_rows", params={"limit": f"{MAX_ROWS:,}"})])
        grid = cells.to_python(skip_empty_area=False)  # keep leading empty rows: row numbers stay Excel's
    except UploadError:
        raise
    except Exception as error:  # noqa: BLE001 - any reader failure is a message naming the file, not a traceback
        raise UploadError([Problem(name, "upload_unreadable", params={"detail": type(error).__name__})]) from None
    return grid, sheets, chosen


def _cleaned(row: list) -> list:
    """Empty cells (None, '', spaces only, NaN) as None; one pass, no call per cell."""
    return [
        None
        if c is None or c == "" or (c.__class__ is str and c.isspace()) or (c.__class__ is float and math.isnan(c))
        else c
        for c in row
    ]


def _table(name: str, kind: str, rows: list[list]) -> Table:
    """Find the header, name the columns, keep the rows below it."""
    while rows and not any(v is not None for v in _cleaned(rows[-1])):
        rows.pop()
    if not rows:
        raise UploadError([Problem(name, "upload_empty")])
    width = max(map(len, rows))
    if width > MAX_COLUMNS:
        raise UploadError([Problem(name, "upload_too_many_columns", params={"n": width, "limit": MAX_COLUMNS})])
    # the first rows cell by cell (to find the header); the body at once, as a frame
    rows = [_cleaned(r) + [None] * (width - len(r)) for r in rows[:HEADER_SEARCH_ROWS]] + rows[HEADER_SEARCH_ROWS:]
    filled = [sum(v is not None for v in r) for r in rows[:HEADER_SEARCH_ROWS]]
    header = _header_index(rows[:HEADER_SEARCH_ROWS], filled)
    problems: list[Problem] = []
    numbers = [v for v in rows[header] if v is not None and not _is_name(v)]
    if numbers:  # no row of names only: the first full row is taken as the header, though it holds data
        problems.append(
            Problem(
                name,
                "upload_header_has_numbers",
                row=header + 1,
                severity="warning",
                params={"value": _short(numbers[0])},
            )
        )
    labels = ["" if v is None else _label(v) for v in rows[header]]
    for i in range(header - 1, -1, -1):  # header bands above it: merged cells, left value carried right
        if filled[i] == 0 or (filled[i] == 1 and rows[i][0] is not None):
            if filled[i]:
                problems.append(Problem(name, "upload_title_row_skipped", row=i + 1, severity="warning"))
            continue
        band, last = [], ""
        for v in rows[i]:
            last = _label(v) if v is not None else last
            band.append(last)
        labels = [f"{b} – {lab}" if b and lab else (lab or b) for b, lab in zip(band, labels)]
    columns: list[str] = []
    for j, lab in enumerate(labels):
        lab = lab or f"{column_letter(j)}"
        unique, n = lab, 2
        while unique in columns:
            unique, n = f"{lab} ({n})", n + 1
        columns.append(unique)
    body = [r if len(r) == width else r + [None] * (width - len(r)) for r in rows[header + 1 :]]
    if len(body) > MAX_ROWS:
        raise UploadError([Problem(name, "upload_too_many_rows", params={"limit": f"{MAX_ROWS:,}"})])
    cells = pd.DataFrame(body, columns=columns, dtype=object)
    cells = cells.where(cells.notna() & ~cells.isin([""]), None)  # empty is None; '  ' is read as empty later
    cells.index = range(header + 2, header + 2 + len(body))
    if not len(cells) or not cells.notna().to_numpy().any():
        raise UploadError([Problem(name, "upload_no_rows", row=header + 1)])
    used = max((j for j, lab in enumerate(labels) if lab), default=0) + 1
    wider = list(cells.index[cells.iloc[:, used:].notna().any(axis=1)]) if used < width else []
    if wider:  # '7,5' in a comma-separated file: the numbers are cut in two
        problems.append(
            Problem(name, "upload_wider_than_header", row=int(wider[0]), params={"n": len(wider), "columns": used})
        )
    return Table(name, kind, columns, cells, header + 1, problems=problems)


def _header_index(rows: list[list], filled: list[int]) -> int:
    """The first row of two or more cells that are all names (text, or a year such as 2024);
    else the first row as wide as any. A title above it has one cell; a band of merged cells
    has gaps."""
    for i, row in enumerate(rows):
        cells = [v for v in row if v is not None]
        if len(cells) >= 2 and all(_is_name(v) for v in cells):
            while i + 1 < len(rows) and _band_over(rows[i], rows[i + 1]):
                i += 1  # merged cells over two header rows: 'Aantallen' over 'clubs' and 'leden'
            return i
    return filled.index(max(filled))


def _band_over(row: list, below: list) -> bool:
    """Whether ``row`` is a band of merged cells over the header ``below``: ``below`` is names
    only, and has a name where ``row`` has a gap (a merged cell keeps its text in its first cell)."""
    names = [v for v in below if v is not None]
    if not names or not all(isinstance(v, str) and _is_name(v) for v in names):
        return False
    return any(a is None and b is not None for a, b in zip(row, below))


def _is_name(value) -> bool:
    if year_of(value) is not None or not isinstance(value, str):
        return year_of(value) is not None
    try:
        parse_number(value, None)
    except ValueError:
        return True
    return False


def _label(value) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return " ".join(str(value).split())


_THREE_AFTER = re.compile(r"^[+-]?\d{1,3}[.,]\d{3}$")
_COMMA_DEC = re.compile(r"^[+-]?\d*,\d+$|^[+-]?\d{1,3}(\.\d{3})+,\d+$")
_DOT_DEC = re.compile(r"^[+-]?\d*\.\d+$|^[+-]?\d{1,3}(,\d{3})+\.\d+$")


def _decimal_mark(cells: pd.DataFrame, delimiter: str) -> str | None:
    """',' or '.' when the file's numbers tell; a semicolon file that does not tell is Dutch Excel."""
    commas = dots = 0
    for column in cells.columns:
        for v in cells[column].head(2000):
            if not isinstance(v, str) or _THREE_AFTER.match(v.strip()):
                continue
            text = v.strip().replace(" ", "")
            commas += bool(_COMMA_DEC.match(text))
            dots += bool(_DOT_DEC.match(text))
    if commas or dots:
        return "," if commas >= dots else "."
    return "," if delimiter == ";" else None


# --------------------------------------------------------------------------- numbers and years


def to_number(value, decimal: str | None, chosen: bool = False) -> float | None:
    """A cell as a number: None when empty or a missing marker; ValueError('kind') otherwise.
    ``chosen``: the user said the decimal mark, so '1.234' follows it instead of being ambiguous."""
    if value is None:
        return None
    if isinstance(value, (int, float, np.integer, np.floating)) and not isinstance(value, bool):
        value = float(value)
        if math.isnan(value) or math.isinf(value):
            return None
        return value
    text = str(value).strip()
    if text.lower() in MISSING_MARKERS:
        return None
    text = text.removesuffix("%").removeprefix("€").strip()  # a unit sign stays a number's unit
    if chosen and _THREE_AFTER.match(text):
        thousands = "." if decimal == "," else ","
        text = text.replace(thousands, "")
    return parse_number(text, decimal)


def numeric_columns(table: Table, minimum: float = 0.5) -> list[str]:
    """Columns whose filled cells are mostly numbers: the likely value columns."""
    out = []
    for column in table.columns:
        cells = [v for v in table.cells[column].head(500) if v is not None]
        ok = 0
        for v in cells:
            try:
                ok += to_number(v, table.decimal, table.decimal_chosen) is not None
            except ValueError:
                pass
        if cells and ok / len(cells) >= minimum:
            out.append(column)
    return out


def guess_area_column(table: Table, wijken: Wijken | None = None) -> str | None:
    """The column whose cells most often name one of the 14 (by code or name) or, given
    ``wijken``, one of the wijken."""
    best, best_n = None, 0
    for column in table.columns:
        sample = [v for v in table.cells[column].head(300) if v is not None]
        n = sum(match_municipality(_label(v)) is not None for v in sample)
        if wijken is not None:
            codes, names, _per = wijken.count_matches(sample)
            n = max(n, codes + names)
        if n > best_n:
            best, best_n = column, n
    return best


def guess_year_column(table: Table) -> str | None:
    for column in table.columns:
        if normalise(column) in _YEAR_NAMES:
            return column
    return None


def year_of(value) -> int | None:
    if value is None:
        return None
    m = _YEAR.match(_label(value))
    return int(m.group(1)) if m else None


def years_in(table: Table, column: str) -> list[int]:
    return sorted({y for y in map(year_of, set(table.cells[column])) if y is not None})


# --------------------------------------------------------------------------- matching


@dataclass(frozen=True)
class Choices:
    area_column: str
    value_columns: tuple[str, ...]
    shown: str = ""  # the value column on the map; the first when empty
    year_column: str = ""
    year: int | None = None
    level: str = "municipality"  # or "district": the cells name wijken (see ``Wijken``)
    municipality: str = ""  # district level: the municipality whose wijken are meant ('' = all of Twente)

    @property
    def value(self) -> str:
        return self.shown if self.shown in self.value_columns else self.value_columns[0]


@dataclass
class Result:
    frame: pd.DataFrame  # the 14 (or the wijken): code, name, value, ci_low, ci_high (NaN = no value)
    values: pd.DataFrame  # the same areas with every chosen value column (for the download)
    rows: pd.DataFrame  # every row: row, text, status, code, name, value, note
    refs: pd.DataFrame  # reference areas in the file with a value: code, name, value, ci_low, ci_high
    problems: list[Problem]
    counts: dict[str, int]
    missing: list[str]  # codes of the 14 (or the wijken) without a value
    level: str = "municipality"
    names: dict[str, str] = field(default_factory=dict)  # code -> name of every area that can be matched

    def name_of(self, code: str, lang: str = "nl") -> str:
        return self.names.get(code, code) if self.level == "district" else area_name(code, lang)

    @property
    def drawn(self) -> int:
        return int(self.frame["value"].notna().sum())


_REFERENCE_NAMES = (
    {normalise(a.name): a.code for a in REFERENCE_AREAS}
    | {normalise(a.code): a.code for a in REFERENCE_AREAS}
    | {"netherlands": "NL01", "regio twente": "TWENTE"}
)
_OTHER_CODE = re.compile(r"^\s*gm\s*[-_]?\s*\d{4}\s*$", re.IGNORECASE)


def classify_area(text) -> tuple[str, str | None, str]:
    """(status, code, note) for a cell of the area column: matched, ambiguous, outside, unmatched, empty."""
    label = "" if text is None else _label(text)
    if not label:
        return "empty", None, ""
    code = match_municipality(label)
    if code:
        return "matched", code, ""
    reference = _REFERENCE_NAMES.get(normalise(label))
    if reference:
        return "outside", reference, ""
    if _OTHER_CODE.match(label):
        return "outside", None, ""
    parts = [p for p in _SPLIT.split(label) if p]
    named = {c for c in map(match_municipality, parts) if c}
    if len(parts) > 1 and len(named) > 1:
        return "ambiguous", None, ", ".join(area_name(c) for c in sorted(named))
    return "unmatched", None, ", ".join(area_name(c) for c in suggestions(label))


_WIJK_CODE = re.compile(r"^(?:wk)?(\d{5,6})$")  # WK015300, 'wk 0153 00', 015300, 15300 (Excel ate the 0)
_WIJK_NUMBER = re.compile(r"^wijk (\d{1,2})(?: |$)")
_BUURT_CODE = re.compile(r"^bu\d{7,8}$")


def wijk_keys(name: str) -> set[str]:
    """The spellings of a CBS wijk name that people type, canonical (lower case, no accents,
    punctuation or spaces): 'Wijk 02 Boswinkel - Stadsveld' -> the full name, 'boswinkelstadsveld'
    (most people leave out CBS's 'Wijk 02' prefix) and 'wijk02'/'wijk2' (the number alone);
    'Wijk Mander' -> 'wijkmander' and 'mander'."""
    plain = normalise(name)
    keys = {plain.replace(" ", "")}
    number = _WIJK_NUMBER.match(plain)
    if number:
        rest = plain[number.end() :].strip()
        n = int(number.group(1))
        keys |= {f"wijk{n:02d}", f"wijk{n}"}
        if rest:
            keys.add(rest.replace(" ", ""))
    elif plain.startswith("wijk "):
        keys.add(plain.removeprefix("wijk ").replace(" ", ""))
    keys.discard("")
    return keys


def _wijk_key(text: str) -> str:
    """A cell as a key of ``wijk_keys``: 'WIJK 2 Boswinkel/Stadsveld' -> 'wijk02boswinkelstadsveld'."""
    plain = normalise(text)
    number = _WIJK_NUMBER.match(plain)
    if number:
        plain = f"wijk {int(number.group(1)):02d} " + plain[number.end() :]
    return plain.replace(" ", "")


class Wijken:
    """The wijken a district-level file is matched to: ``frame`` has ``code`` (WKxxxxxx), ``name``
    (CBS spelling) and ``municipality_code`` (the 127 wijken of the district GeoJSON). Matched:
    the CBS code in the usual spellings, or the name in any case, with or without CBS's 'Wijk 00'
    prefix, punctuation and spaces ignored, within the chosen municipality (names repeat across
    Twente: 'Binnenstad' is in Almelo, Hengelo and Oldenzaal) or, with none chosen, where the
    name is Twente's only wijk of that name."""

    def __init__(self, frame: pd.DataFrame):
        self.frame = frame[["code", "name", "municipality_code"]].reset_index(drop=True)
        self.municipality_of = dict(zip(self.frame["code"], self.frame["municipality_code"]))
        self.names = dict(zip(self.frame["code"], self.frame["name"]))
        self.by_key: dict[str, list[str]] = {}
        for code, name in self.names.items():
            for key in wijk_keys(name):
                self.by_key.setdefault(key, []).append(code)

    def code_of(self, text: str) -> str | None:
        """'WK015300' for a cell that is written as a wijk code (in Twente or not), else None."""
        m = _WIJK_CODE.match(re.sub(r"[\s._-]+", "", text.casefold()))
        return f"WK{int(m.group(1)):06d}" if m else None

    def candidates(self, text: str) -> list[str]:
        """Codes of the wijken (anywhere in Twente) whose name ``text`` is."""
        return self.by_key.get(_wijk_key(text), [])

    def classify(self, text, municipality: str = "") -> tuple[str, str | None, str]:
        """(status, code, note) like ``classify_area``: matched, ambiguous (a name that more
        than one wijk has), outside (a wijk code outside Twente or outside the chosen
        municipality; a municipality or reference area), unmatched (with 'did you mean'), empty."""
        label = "" if text is None else _label(text)
        if not label:
            return "empty", None, ""
        code = self.code_of(label)
        if code is not None:
            if code not in self.municipality_of:
                known = f"GM{code[2:6]}" in MUNICIPALITY_CODES
                return ("unmatched" if known else "outside"), None, ""
            if municipality and self.municipality_of[code] != municipality:
                return "outside", None, self._where(code)
            return "matched", code, ""
        found = self.candidates(label)
        inside = [c for c in found if not municipality or self.municipality_of[c] == municipality]
        if len(inside) == 1:
            return "matched", inside[0], ""
        if len(inside) > 1:
            return "ambiguous", None, ", ".join(self._where(c) for c in inside)
        if found:  # another municipality's wijk
            return "outside", None, ", ".join(self._where(c) for c in found)
        if _BUURT_CODE.match(label.replace(" ", "").casefold()):
            return "unmatched", None, ""
        status, area, _note = classify_area(label)
        if status in ("matched", "outside") and area:  # a municipality's or the region's total
            return "outside", None, area_name(area)
        return "unmatched", None, ", ".join(self._suggest(label, municipality))

    def _where(self, code: str) -> str:
        return f"{self.names[code]} ({area_name(self.municipality_of[code])})"

    def _suggest(self, text: str, municipality: str, limit: int = 3) -> list[str]:
        from rapidfuzz import fuzz, process

        codes = [c for c in self.names if not municipality or self.municipality_of[c] == municipality]
        choices = {c: _wijk_key(self.names[c]) for c in codes}
        best = process.extract(_wijk_key(text), choices, scorer=fuzz.WRatio, limit=limit, score_cutoff=70)
        return [self._where(code) for _key, _score, code in best]

    def count_matches(self, cells: list) -> tuple[int, int, dict[str, int]]:
        """In a sample of a column: how many cells are wijk codes of Twente, how many are wijk
        names, and per municipality how many of those names are one of its wijken."""
        codes = names = 0
        per: dict[str, int] = {}
        for v in cells:
            label = _label(v)
            code = self.code_of(label)
            if code is not None:
                codes += code in self.municipality_of
                continue
            found = self.candidates(label)
            names += bool(found)
            for m in {self.municipality_of[c] for c in found}:
                per[m] = per.get(m, 0) + 1
        return codes, names, per


def guess_level(table: Table, column: str, wijken: Wijken | None) -> str:
    """'district' when the column names more wijken (by code or name) than municipalities."""
    if wijken is None or column not in table.columns:
        return "municipality"
    sample = [v for v in table.cells[column].head(300) if v is not None]
    municipalities = sum(match_municipality(_label(v)) is not None for v in sample)
    codes, names, _per = wijken.count_matches(sample)
    return "district" if codes + names > municipalities else "municipality"


def names_wijken(table: Table, column: str, wijken: Wijken) -> bool:
    """Whether the column has cells that are not wijk codes (names, which need a municipality)."""
    sample = [_label(v) for v in table.cells[column].head(300) if v is not None]
    return any(wijken.code_of(v) is None for v in sample)


def guess_municipality(table: Table, column: str, wijken: Wijken) -> str:
    """The municipality whose wijken the column's names are, when at least 80% of the names
    are among its wijken; '' (all of Twente) otherwise."""
    sample = [v for v in table.cells[column].head(300) if v is not None]
    _codes, names, per = wijken.count_matches(sample)
    if not per:
        return ""
    best = max(per, key=per.get)
    return best if per[best] >= 0.8 * names else ""


def build(table: Table, choices: Choices, wijken: Wijken | None = None) -> Result:
    """Match every row of ``table`` to the 14 (or, at district level, to the wijken in ``wijken``)
    and collect the chosen values, with the report."""
    name = table.file
    problems = list(table.problems)
    if choices.area_column not in table.columns:
        raise UploadError([Problem(name, "upload_no_column", params={"column": choices.area_column})])
    for column in choices.value_columns:
        if column not in table.columns:
            raise UploadError([Problem(name, "upload_no_column", params={"column": column})])
    if not choices.value_columns:
        raise UploadError([Problem(name, "upload_no_value_column")])
    district = choices.level == "district"
    if district:
        if wijken is None or not len(wijken.frame):
            raise UploadError([Problem(name, "upload_no_districts")])
        scope = wijken.frame
        if choices.municipality:
            scope = scope[scope["municipality_code"] == choices.municipality]
        labels = scope["name"].tolist()
        if not choices.municipality:  # 'Binnenstad' is in three municipalities: say which
            labels = [f"{n} ({area_name(m)})" for n, m in zip(labels, scope["municipality_code"])]
        base = pd.DataFrame({"code": scope["code"].tolist(), "name": labels})
        names = dict(zip(wijken.frame["code"], wijken.frame["name"])) | dict(zip(base["code"], base["name"]))

        def classify(text):
            return wijken.classify(text, choices.municipality)
    else:
        base = pd.DataFrame({"code": list(MUNICIPALITY_CODES), "name": [m.name for m in MUNICIPALITIES]})
        names = {m.code: m.name for m in MUNICIPALITIES}
        classify = classify_area
    cells = table.cells
    if choices.year_column:
        if choices.year_column not in table.columns:
            raise UploadError([Problem(name, "upload_no_column", params={"column": choices.year_column})])
        years = {v: year_of(v) for v in set(cells[choices.year_column])}  # few distinct years, many rows
        cells = cells[[years[v] == choices.year for v in cells[choices.year_column]]]
    areas = {}  # each distinct cell is matched once: a 100,000-row file names few areas
    records = []
    numbers = {c: _numbers(cells[c].tolist(), table.decimal, table.decimal_chosen) for c in choices.value_columns}
    area_cells = cells[choices.area_column].tolist()
    row_numbers = cells.index.tolist()
    for i, row in enumerate(row_numbers):
        text = area_cells[i]
        key = "" if text is None else _label(text)
        if key not in areas:
            areas[key] = classify(text)
        status, code, note = areas[key]
        if status == "matched":
            for column in choices.value_columns:
                error = numbers[column][1].get(i)
                if error is not None:
                    value = cells[column].iat[i]
                    problems.append(_number_problem(name, error, int(row), column, value))
        records.append((int(row), key, status, code, note))
    rows = pd.DataFrame(records, columns=["row", "text", "status", "code", "note"])
    for column in choices.value_columns:
        rows[column] = numbers[column][0]
    rows["name"] = [names.get(c, area_name(c)) if isinstance(c, str) else "" for c in rows["code"]]
    problems += _duplicates(rows, choices, name, names)
    matched = rows[rows["status"] == "matched"]
    values = base.copy()
    for column in choices.value_columns:
        firsts = {}
        for code, group in matched.groupby("code", sort=False):
            distinct = set(group[column].dropna())
            firsts[code] = distinct.pop() if len(distinct) == 1 else np.nan
        values[column] = [firsts.get(c, np.nan) for c in base["code"]]
    frame = base.assign(value=values[choices.value].astype(float), ci_low=np.nan, ci_high=np.nan)
    if district:
        ref_rows = rows.iloc[0:0]  # a municipality's total next to its wijken is listed, not drawn
    else:
        ref_rows = rows[(rows["status"] == "outside") & rows["code"].notna() & rows[choices.value].notna()]
        ref_rows = ref_rows.drop_duplicates("code")
    refs = pd.DataFrame(
        {
            "code": ref_rows["code"],
            "name": [area_name(c) for c in ref_rows["code"]],
            "value": ref_rows[choices.value],
            "ci_low": np.nan,
            "ci_high": np.nan,
        }
    ).reset_index(drop=True)
    missing = [c for c, v in zip(frame["code"], frame["value"]) if pd.isna(v)]
    counts = {s: int((rows["status"] == s).sum()) for s in ("matched", "ambiguous", "outside", "unmatched", "empty")}
    if counts["ambiguous"]:
        problems.append(Problem(name, "upload_ambiguous_rows", severity="warning", params={"n": counts["ambiguous"]}))
    if counts["unmatched"]:
        problems.append(Problem(name, "upload_unmatched_rows", severity="warning", params={"n": counts["unmatched"]}))
    if not counts["matched"] and counts["ambiguous"]:
        # rows did name areas, but every one of them twice with different values (or two at once)
        problems.append(Problem(name, "upload_nothing_unambiguous", column=choices.area_column))
    elif not counts["matched"]:
        if district:
            problems.append(Problem(name, "upload_nothing_matched_district", column=choices.area_column))
        else:
            problems.append(Problem(name, "upload_nothing_matched", column=choices.area_column))
    level = "district" if district else "municipality"
    return Result(frame, values, rows, refs, problems, counts, missing, level, names)


def _numbers(cells: list, decimal: str | None, chosen: bool) -> tuple[np.ndarray, dict[int, str]]:
    """A column's cells as floats (NaN = empty or not a number) and, by position, why a cell is
    not a number. Numbers read from Excel need no parsing; text is parsed once per distinct cell."""
    out = np.full(len(cells), np.nan)
    errors: dict[int, str] = {}
    parsed: dict[str, float | None | str] = {}
    for i, v in enumerate(cells):
        if v is None:
            continue
        if v.__class__ is float or v.__class__ is int:
            out[i] = v if math.isfinite(v) else np.nan
            continue
        key = v if v.__class__ is str else None
        if key is not None and key in parsed:
            number = parsed[key]
        else:
            try:
                number = to_number(v, decimal, chosen)
            except ValueError as error:
                number = "!" + error.args[0]
            if key is not None:
                parsed[key] = number
        if isinstance(number, str):
            errors[i] = number[1:]
        elif number is not None:
            out[i] = number
    return out, errors


def _number_problem(name: str, kind: str, row: int, column: str, value) -> Problem:
    params = {"value": _short(value)}
    if kind == "ambiguous_number":
        return Problem(name, "upload_ambiguous_number", row=row, column=column, severity="warning", params=params)
    if kind == "mixed_decimals":
        return Problem(name, "upload_mixed_decimals", row=row, column=column, severity="warning", params=params)
    return Problem(name, "upload_not_a_number", row=row, column=column, severity="warning", params=params)


def _short(value, limit: int = 60) -> str:
    text = _label(value) if value is not None else ""
    return text if len(text) <= limit else text[:limit] + "…"


def _duplicates(rows: pd.DataFrame, choices: Choices, name: str, names: dict[str, str]) -> list[Problem]:
    """A municipality named on more than one row: the same value is used once; different
    values are not guessed between (the municipality gets no value) and the rows are marked."""
    problems = []
    matched = rows[rows["status"] == "matched"]
    for code, group in matched.groupby("code", sort=False):
        if len(group) < 2:
            continue
        conflict = any(len(set(group[c].dropna())) > 1 for c in choices.value_columns)
        where = ", ".join(str(r) for r in group["row"].head(10))
        if conflict:
            rows.loc[group.index, "status"] = "ambiguous"
            rows.loc[group.index, "note"] = "duplicate"
            problems.append(
                Problem(
                    name,
                    "upload_conflicting_duplicate",
                    severity="warning",
                    params={"name": names.get(code, code), "rows": where},
                )
            )
        else:
            problems.append(
                Problem(
                    name,
                    "upload_same_duplicate",
                    severity="warning",
                    params={"name": names.get(code, code), "rows": where},
                )
            )
    return problems


def correlation(a: pd.Series, b: pd.Series) -> tuple[float | None, int]:
    """Pearson's r of the pairs where both have a value, and how many pairs; None below 3 pairs."""
    both = pd.DataFrame({"a": a.to_numpy(dtype=float), "b": b.to_numpy(dtype=float)}).dropna()
    n = len(both)
    if n < 3 or both["a"].std() == 0 or both["b"].std() == 0:
        return None, n
    return float(np.corrcoef(both["a"], both["b"])[0, 1]), n


def decimals_for(values: pd.Series, most: int = 3) -> int:
    """As many decimals as the file's values have (7.5 -> 1, 12 -> 0), at most ``most``."""
    finite = values.dropna().astype(float)
    for d in range(most):
        if all(abs(v - round(v, d)) < 1e-9 for v in finite):
            return d
    return most


# Words in a column's name or unit that say its figures are not amounts: a share, rate, average,
# density, score or index is coloured by class, never drawn as circles that add up.
_RATE_WORDS = re.compile(
    r"%|‰|\bper\b|\bpro\b|procent|percent|prozent|aandeel|share|anteil|gemiddeld|average|mean|durchschnitt"
    r"|dichtheid|density|dichte|score|index|ratio|rate\b|cijfer|\bgraad|quote|tevreden|satisf",
    re.IGNORECASE,
)


def guess_kind(values: pd.Series, column: str, unit: str = "") -> str:
    """'rate' when the column's name or the unit the user typed says share, rate, average,
    density, score or index (or '%', 'per'), or when a value has decimals; otherwise 'count'
    (whole numbers: an amount such as clubs, members or inhabitants, drawn as circles)."""
    if _RATE_WORDS.search(f"{column} {unit}"):
        return "rate"
    finite = pd.to_numeric(values, errors="coerce").dropna()
    if finite.empty or not np.allclose(finite, finite.round()):
        return "rate"
    return "count"


def guess_column_kind(table: Table, column: str, unit: str = "") -> str:
    """``guess_kind`` of a column of the uploaded table (its first 2,000 cells); a cell written
    with '%' makes it a rate."""
    cells = [v for v in table.cells[column].head(2000) if v is not None] if column in table.columns else []
    if any(isinstance(v, str) and "%" in v for v in cells):
        return "rate"
    numbers = []
    for v in cells:
        try:
            numbers.append(to_number(v, table.decimal, table.decimal_chosen))
        except ValueError:
            pass
    return guess_kind(pd.Series(numbers, dtype=float), column, unit)


# --------------------------------------------------------------------------- settings file

SETTINGS_KIND = "twente-upload-settings"
SETTINGS_VERSION = 1


@dataclass(frozen=True)
class Settings:
    """What restores a view of an upload (never the data itself)."""

    area_column: str
    value_columns: tuple[str, ...]
    shown: str = ""
    sheet: str = ""
    delimiter: str = ""
    decimal: str = ""
    year_column: str = ""
    year: int | None = None
    title: str = ""
    unit: str = ""
    period: str = ""
    direction: str = "neutral"
    compare_with: str = ""
    level: str = "municipality"
    municipality: str = ""
    figures: str = ""  # 'count' or 'rate' as the user chose; '' = guessed again (files written before)

    def to_json(self) -> bytes:
        body = {"kind": SETTINGS_KIND, "version": SETTINGS_VERSION, **asdict(self)}
        body["value_columns"] = list(self.value_columns)
        return json.dumps(body, ensure_ascii=False, indent=2).encode("utf-8")


_TEXT_FIELDS = (
    "area_column",
    "shown",
    "sheet",
    "delimiter",
    "decimal",
    "year_column",
    "title",
    "unit",
    "period",
    "direction",
    "compare_with",
    "level",
    "municipality",
    "figures",
)
# What the page's text inputs accept (twente/ui/upload.py): a settings file may not bring more.
TEXT_LIMITS = {"title": 120, "unit": 40, "period": 40}


def read_settings(name: str, data: bytes) -> Settings:
    """A settings file, checked strictly: JSON only (no code is run), known keys, right types,
    short texts. Raises UploadError naming what is wrong."""

    def bad(detail: str) -> UploadError:
        return UploadError([Problem(name, "upload_bad_settings", params={"detail": detail})])

    if len(data) > MAX_SETTINGS_BYTES:
        raise bad(f"> {MAX_SETTINGS_BYTES} bytes")

    def no_constant(token):
        raise ValueError(token)

    try:
        body = json.loads(data.decode("utf-8-sig"), parse_constant=no_constant)
    except (UnicodeDecodeError, ValueError, RecursionError) as error:  # RecursionError: [[[[…]]]]
        raise bad(type(error).__name__) from None
    if not isinstance(body, dict):
        raise bad("not an object")
    if body.get("kind") != SETTINGS_KIND or body.get("version") != SETTINGS_VERSION:
        raise bad("kind/version")
    known = set(_TEXT_FIELDS) | {"kind", "version", "value_columns", "year"}
    unknown = sorted(set(body) - known)
    if unknown:
        raise bad("unknown keys: " + ", ".join(k[:40] for k in unknown[:5]))
    for key in _TEXT_FIELDS:
        if not isinstance(body.get(key, ""), str) or len(body.get(key, "")) > TEXT_LIMITS.get(key, 200):
            raise bad(key)
    columns = body.get("value_columns")
    if (
        not isinstance(columns, list)
        or not columns
        or len(columns) > MAX_COLUMNS
        or not all(isinstance(c, str) and len(c) <= 200 for c in columns)
    ):
        raise bad("value_columns")
    year = body.get("year")
    if year is not None and (not isinstance(year, int) or isinstance(year, bool) or not 1900 <= year <= 2100):
        raise bad("year")
    if not body.get("area_column"):
        raise bad("area_column")
    if body.get("direction", "neutral") not in DIRECTIONS:
        raise bad("direction")
    if body.get("level", "municipality") not in LEVELS:
        raise bad("level")
    if body.get("municipality", "") not in ("", *MUNICIPALITY_CODES):
        raise bad("municipality")
    if body.get("figures", "") not in ("", *KINDS):
        raise bad("figures")
    if body.get("delimiter", "") not in ("",) + DELIMITERS or body.get("decimal", "") not in ("", ",", "."):
        raise bad("delimiter/decimal")
    fields = {k: body[k] for k in _TEXT_FIELDS if k in body}
    return Settings(value_columns=tuple(columns), year=year, **fields)


def check_settings(settings: Settings, table: Table) -> list[Problem]:
    """The settings' columns that the uploaded table does not have."""
    wanted = [settings.area_column, *settings.value_columns] + ([settings.year_column] if settings.year_column else [])
    return [
        Problem(table.file, "upload_settings_column_missing", params={"column": c})
        for c in wanted
        if c not in table.columns
    ]
