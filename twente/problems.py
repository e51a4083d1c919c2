"""Problems found in data files, as structured records with a message in Dutch and English.

A problem names the file, the row as a spreadsheet shows it (the header is row 1) and the
column. ``severity='error'`` means the file (or the rows named) could not be used;
``'warning'`` means the data was used but something was corrected or left out.
"""
from __future__ import annotations

from dataclasses import dataclass, field

MESSAGES: dict[str, dict[str, str]] = {
    "missing_file": {
        "nl": "bestand ontbreekt",
        "en": "file is missing",
    },
    "empty_file": {
        "nl": "bestand is leeg",
        "en": "file is empty",
    },
    "no_rows": {
        "nl": "bestand heeft een kopregel maar geen gegevens",
        "en": "file has a header but no data rows",
    },
    "not_utf8": {
        "nl": "bestand is geen UTF-8; gelezen als Windows-1252 (Excel). Sla het op als 'CSV UTF-8'",
        "en": "file is not UTF-8; read as Windows-1252 (Excel). Save it as 'CSV UTF-8'",
    },
    "missing_columns": {
        "nl": "kolommen ontbreken: {missing}. Gevonden kolommen: {found}",
        "en": "missing columns: {missing}. Columns found: {found}",
    },
    "field_count": {
        "nl": "rij heeft {got} velden, de kopregel {want}",
        "en": "row has {got} fields, the header has {want}",
    },
    "not_a_number": {
        "nl": "'{value}' is geen getal; rij overgeslagen",
        "en": "'{value}' is not a number; row skipped",
    },
    "ambiguous_number": {
        "nl": "'{value}' is dubbelzinnig (decimaalteken of duizendtal?); rij overgeslagen",
        "en": "'{value}' is ambiguous (decimal mark or thousands separator?); row skipped",
    },
    "mixed_decimals": {
        "nl": "'{value}' gebruikt een ander decimaalteken dan de rest van het bestand; rij overgeslagen",
        "en": "'{value}' uses another decimal mark than the rest of the file; row skipped",
    },
    "not_a_year": {
        "nl": "'{value}' is geen jaartal; rij overgeslagen",
        "en": "'{value}' is not a year; row skipped",
    },
    "year_range": {
        "nl": "jaar {value} ligt buiten {low}-{high}; rij overgeslagen",
        "en": "year {value} is outside {low}-{high}; row skipped",
    },
    "unknown_code": {
        "nl": "onbekende gemeente- of regiocode '{value}'; rij overgeslagen",
        "en": "unknown municipality or region code '{value}'; row skipped",
    },
    "bad_value": {
        "nl": "'{value}' is geen geldige waarde (verwacht: {allowed}); rij overgeslagen",
        "en": "'{value}' is not a valid value (expected: {allowed}); row skipped",
    },
    "ignored_value": {
        "nl": "'{value}' is geen geldige waarde (verwacht: {allowed}); genegeerd",
        "en": "'{value}' is not a valid value (expected: {allowed}); ignored",
    },
    "required_empty": {
        "nl": "verplicht veld is leeg; rij overgeslagen",
        "en": "required field is empty; row skipped",
    },
    "duplicate_same": {
        "nl": "dubbele rij (zelfde als rij {first}); één keer gebruikt",
        "en": "duplicate row (same as row {first}); used once",
    },
    "duplicate_conflict": {
        "nl": "dubbele sleutel {key} met een andere waarde dan rij {first}; beide weggelaten (getoond als 'geen gegevens')",
        "en": "duplicate key {key} with a different value than row {first}; both left out (shown as 'no data')",
    },
    "interval": {
        "nl": "95%-interval {low}-{high} bevat de waarde {value} niet; interval weggelaten",
        "en": "95% interval {low}-{high} does not contain the value {value}; interval left out",
    },
    "not_in_catalogue": {
        "nl": "indicator '{value}' staat niet in de indicatorcatalogus (indicators.csv); rij overgeslagen",
        "en": "indicator '{value}' is not in the indicator catalogue (indicators.csv); row skipped",
    },
    "cross_file_conflict": {
        "nl": "{indicator} {code} {year}: {value} wijkt af van {other} in {other_file}; weggelaten",
        "en": "{indicator} {code} {year}: {value} differs from {other} in {other_file}; left out",
    },
    "bad_json": {
        "nl": "geen geldige JSON: {detail}",
        "en": "not valid JSON: {detail}",
    },
    "not_feature_collection": {
        "nl": "geen GeoJSON FeatureCollection",
        "en": "not a GeoJSON FeatureCollection",
    },
    "bad_geometry": {
        "nl": "object {index} ('{value}'): {detail}",
        "en": "feature {index} ('{value}'): {detail}",
    },
    "reprojected": {
        "nl": "coördinaten zijn RD New (EPSG:28992), niet lengte/breedte (RFC 7946); omgerekend naar WGS84",
        "en": "coordinates are RD New (EPSG:28992), not lon/lat (RFC 7946); reprojected to WGS84",
    },
    "unknown_crs": {
        "nl": "coördinaten zijn geen lengte/breedtegraden (RFC 7946) en geen RD New: {detail}",
        "en": "coordinates are not longitude/latitude (RFC 7946) nor RD New: {detail}",
    },
    "swapped_axes": {
        "nl": "coördinaten staan als breedte/lengte in plaats van lengte/breedte (RFC 7946); omgedraaid",
        "en": "coordinates are lat/lon instead of lon/lat (RFC 7946); swapped",
    },
    "missing_codes": {
        "nl": "gemeenten ontbreken: {value}",
        "en": "municipalities missing: {value}",
    },
    "duplicate_feature": {
        "nl": "code '{value}' komt meer dan eens voor; alleen de eerste gebruikt",
        "en": "code '{value}' occurs more than once; only the first is used",
    },
    "bad_coordinate": {
        "nl": "coördinaat ({lat}, {lon}) ligt niet in of bij Twente; rij overgeslagen",
        "en": "coordinate ({lat}, {lon}) is not in or near Twente; row skipped",
    },
    "unclosed_quote": {
        "nl": "het aanhalingsteken dat in deze rij (regel {line}) opent, wordt nooit gesloten: "
              "het bestand is halverwege een rij afgebroken of een \" staat verkeerd; rij overgeslagen",
        "en": "the quote that opens in this row (line {line}) is never closed: the file was cut off "
              "in the middle of a row or a \" is misplaced; row skipped",
    },
    "bad_quote": {
        "nl": "aanhalingsteken op een verkeerde plaats (regel {line}); rij overgeslagen",
        "en": "quote character in the wrong place (line {line}); row skipped",
    },
    "out_of_range": {
        "nl": "'{value}' kan niet kloppen voor deze kolom (mogelijk: {range}); rij overgeslagen",
        "en": "'{value}' cannot be right for this column (possible: {range}); row skipped",
    },
    "implausible_value": {
        "nl": "{indicator} = '{value}' kan niet kloppen (mogelijk: {range}); rij overgeslagen",
        "en": "{indicator} = '{value}' cannot be right (possible: {range}); row skipped",
    },
    "bad_format": {
        "nl": "'{value}' heeft niet de juiste vorm ({expected}); rij overgeslagen",
        "en": "'{value}' does not have the right form ({expected}); row skipped",
    },
    "year_not_catalogued": {
        "nl": "jaar {value} van '{indicator}' staat niet in de indicatorcatalogus (jaren: {years}); rij overgeslagen",
        "en": "year {value} of '{indicator}' is not in the indicator catalogue (years: {years}); row skipped",
    },
    "missing_rows": {
        "nl": "{indicator} {year}: geen rij voor {names}; getoond als 'geen gegevens'",
        "en": "{indicator} {year}: no row for {names}; shown as 'no data'",
    },
    "missing_years": {
        "nl": "{indicator}: geen enkele rij voor {years} (de catalogus noemt deze jaren)",
        "en": "{indicator}: no rows at all for {years} (the catalogue lists these years)",
    },
    "missing_municipalities": {
        "nl": "gemeenten ontbreken in het bestand: {names}",
        "en": "municipalities missing from the file: {names}",
    },
}

UI_TEXT: dict[str, dict[str, str]] = {
    "notice_heading": {
        "nl": "Door een probleem in de gegevens is dit onderdeel onvolledig:",
        "en": "A problem in the data makes this part incomplete:",
    },
    "cannot_draw": {
        "nl": "Dit onderdeel kan niet getoond worden:",
        "en": "This part cannot be shown:",
    },
    "all_files_ok": {
        "nl": "Alle gegevensbestanden zijn gelezen zonder problemen.",
        "en": "All data files were read without problems.",
    },
    "file_status": {"nl": "Status per bestand", "en": "Status per file"},
    "col_file": {"nl": "bestand", "en": "file"},
    "col_errors": {"nl": "fouten", "en": "errors"},
    "col_warnings": {"nl": "waarschuwingen", "en": "warnings"},
    "col_read_by": {"nl": "gebruikt door", "en": "used by"},
}


def ui_text(key: str, lang: str = "nl") -> str:
    """Text about data problems shown around the pages' components."""
    return UI_TEXT[key]["en" if lang == "en" else "nl"]


SEVERITY_LABEL = {
    "error": {"nl": "Fout", "en": "Error"},
    "warning": {"nl": "Let op", "en": "Warning"},
}


@dataclass(frozen=True)
class Problem:
    file: str
    kind: str
    row: int | None = None
    column: str | None = None
    severity: str = "error"
    params: dict = field(default_factory=dict, hash=False, compare=False)

    def text(self, lang: str = "nl") -> str:
        template = MESSAGES[self.kind]["en" if lang == "en" else "nl"]
        message = template.format(**self.params)
        where = [self.file]
        if self.row is not None:
            where.append(("row " if lang == "en" else "rij ") + str(self.row))
        if self.column:
            where.append(("column " if lang == "en" else "kolom ") + f"'{self.column}'")
        return f"{', '.join(where)}: {message}"

    def __str__(self) -> str:  # English in logs and test output
        return self.text("en")


class DataFileError(Exception):
    """A file that could not be used at all."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("; ".join(str(p) for p in problems))
