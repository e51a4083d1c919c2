"""Files to take a view out of the app: the map as one standalone HTML file, the chart as SVG
and PNG, the data as XLSX. Each carries the view's title, its reference date and the source
line with the licence.

Nothing here needs a network or a browser: Leaflet's JS and CSS are copied into the HTML from
``static/leaflet/`` (its images as data URIs), the map has no tiles, and charts are rendered by
``vl-convert-python`` (Vega in Rust, fonts bundled). Nothing here imports Streamlit."""

from __future__ import annotations

import base64
import copy
import csv
import html
import io
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from twente import config, maps
from twente.i18n import t

LEAFLET_DIR = Path(__file__).resolve().parent.parent / "static" / "leaflet"


@dataclass(frozen=True)
class Meta:
    """What every export says about itself. ``legend``: (colour, label) rows for a map, or
    (colour, label, diameter) for a circle of a count (see ``mapview.legend_rows_for``)."""

    title: str
    reference_date: str
    source: str
    legend: tuple[tuple, ...] = field(default=())

    def lines(self, lang: str) -> list[str]:
        return [self.title, t("export_reference_date", lang, date=self.reference_date), self.source]


def filename(meta: Meta, extension: str) -> str:
    """A file name from the title: 'twente_overgewicht_bmi_25_2020.svg'."""
    stem = re.sub(r"[^a-z0-9]+", "_", f"{meta.title} {meta.reference_date}".lower()).strip("_")[:80]
    return f"twente_{stem or 'export'}.{extension}"


# --------------------------------------------------------------------------- map


def _leaflet_css() -> str:
    css = (LEAFLET_DIR / "leaflet.css").read_text(encoding="utf-8")

    def inline(match: re.Match) -> str:
        image = LEAFLET_DIR / match.group(1)
        if not image.is_file():
            return match.group(0)
        return f"url(data:image/png;base64,{base64.b64encode(image.read_bytes()).decode('ascii')})"

    return re.sub(r"url\((images/[\w.-]+\.png)\)", inline, css)


def _script_safe(text: str) -> str:
    """Keep inlined code from closing its own <script> element."""
    return text.replace("</script", "<\\/script")


def map_html(m, meta: Meta, lang: str) -> bytes:
    """The folium map ``m`` as one HTML file that works offline: Leaflet inlined, no tiles,
    with a box naming the title, reference date, legend and source. Modifies ``m``."""
    from branca.element import Element

    legend = "".join(_legend_row(*row) for row in meta.legend)
    title, when, source = (html.escape(x) for x in meta.lines(lang))
    box = (
        "<style>.twente-export{position:absolute;z-index:1000;top:10px;left:54px;max-width:min(460px,70%);"
        "background:rgba(255,255,255,.94);padding:8px 12px;border:1px solid #888;border-radius:4px;"
        "font:14px/1.35 'Segoe UI',Arial,sans-serif;color:#111}.twente-export h1{font-size:17px;margin:0 0 4px}"
        ".twente-export .swatch{display:inline-block;width:16px;height:12px;border:1px solid #555;margin-right:6px}"
        ".twente-export .circle{display:inline-block;border-radius:50%;opacity:.7;margin-right:6px;"
        "vertical-align:middle}.twente-export .ring{border:1px solid #333;opacity:1}"
        ".twente-export .note{font-size:12px;color:#333}"
        ".twente-export .src{font-size:12px;color:#333;margin-top:6px}"
        # the map's own background (``maps.MAP_CSS``), which the inlined leaflet.css, coming after it, set
        # back to Leaflet's grey: the see-through areas, and so the legend's swatches, are seen over it
        f"html body .leaflet-container{{background:{maps.MAP_BACKGROUND}}}</style>"
        f"<div class='twente-export'><h1>{title}</h1><div>{when}</div>{legend}<div class='src'>{source}</div></div>"
    )
    m.get_root().html.add_child(Element(box))
    page = m.get_root().render()
    js = _script_safe((LEAFLET_DIR / "leaflet.js").read_text(encoding="utf-8"))
    css = _leaflet_css()
    static = re.escape(config.STATIC_URL)
    page = re.sub(rf'<script src="{static}/leaflet/leaflet\.js"></script>', lambda _: f"<script>{js}</script>", page)
    page = re.sub(
        rf'<link rel="stylesheet" href="{static}/leaflet/leaflet\.css"\s*/?>', lambda _: f"<style>{css}</style>", page
    )
    page = page.replace("<head>", f"<head><title>{title}</title>", 1)
    return page.encode("utf-8")


def _legend_row(colour: str, label: str, diameter: float | None = None) -> str:
    """One legend row of an exported map: a colour swatch and its label; with ``diameter``, a circle
    of that many pixels as the map draws a count ('transparent': an empty ring); without a colour, a note."""
    text = html.escape(label)
    if not colour:
        return f"<div class='note'>{text}</div>"
    if diameter is not None:
        ring = " ring" if colour == "transparent" else ""
        size = f"width:{diameter:.1f}px;height:{diameter:.1f}px"
        return f"<div><span class='circle{ring}' style='{size};background:{html.escape(colour)}'></span>{text}</div>"
    # the map's areas are see-through (``maps.FILL_OPACITY`` over ``maps.MAP_BACKGROUND``): the swatch
    # in the colour the reader sees on the map, as the page's own legend draws it (``ui.common.legend``)
    drawn = maps.as_drawn(colour)
    return f"<div><span class='swatch' style='background:{html.escape(drawn)}'></span>{text}</div>"


# --------------------------------------------------------------------------- chart


def _with_meta(spec: dict, meta: Meta, lang: str) -> dict:
    out = copy.deepcopy(spec)
    title, when, source = meta.lines(lang)
    out["title"] = {
        "text": title,
        "subtitle": [when, source],
        "anchor": "start",
        "fontSize": 16,
        "subtitleFontSize": 12,
        "subtitleColor": "#333333",
    }
    out["background"] = "white"
    out.setdefault("padding", 12)
    composed = any(k in out for k in ("hconcat", "vconcat", "concat", "facet", "repeat"))
    if not composed and not isinstance(out.get("width"), (int, float)):
        out["width"] = 760
    return out


def _vl_version(spec: dict) -> str | None:
    match = re.search(r"/v(\d+)\.(\d+)", spec.get("$schema", ""))
    return f"{match.group(1)}.{match.group(2)}" if match else None


def _convert(kind: str, spec: dict, meta: Meta, lang: str, **options):
    import vl_convert as vlc

    full = _with_meta(spec, meta, lang)
    wanted = _vl_version(full)
    versions = vlc.get_vegalite_versions()
    version = wanted if wanted in versions else versions[-1]
    convert = vlc.vegalite_to_svg if kind == "svg" else vlc.vegalite_to_png
    return convert(json.loads(json.dumps(full, default=str)), vl_version=version, **options)


def chart_svg(spec: dict, meta: Meta, lang: str) -> bytes:
    """The Vega-Lite ``spec`` as SVG, its title and subtitle the title, reference date and source."""
    return _convert("svg", spec, meta, lang).encode("utf-8")


def chart_png(spec: dict, meta: Meta, lang: str, scale: float = 2) -> bytes:
    """As ``chart_svg``, as a PNG at ``scale`` times the chart's size (sharp in a memo or on a slide)."""
    return _convert("png", spec, meta, lang, scale=scale)


# --------------------------------------------------------------------------- data
#
# The CSV layout: the title, the reference date and the source line first, each on a line of its
# own that starts with '# '; then one header row and the data. Text is always quoted (so a '#'
# inside a value stays data), numbers never are, and use a dot: ``pandas.read_csv(f, comment="#")``
# reads the table, R's ``read.csv(f, comment.char = "#")`` too. Missing is an empty field.
# Counts are written as counts (74776, not 74776.0). People who open files in Excel get the XLSX.


def whole_numbers(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy with every float column that holds only whole numbers (a count with a gap, which
    pandas keeps as float) as integers, missing values kept missing."""
    out = frame.copy()
    for column in out.columns:
        values = out[column]
        if pd.api.types.is_float_dtype(values) and values.notna().any():
            known = values.dropna()
            if ((known % 1) == 0).all() and known.abs().max() < 2**53:
                out[column] = values.astype("Int64")
    return out


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def table_csv(frame: pd.DataFrame, meta: Meta, lang: str) -> bytes:
    """The table as CSV with its metadata lines on top (see the layout above), UTF-8 with a BOM
    so that Excel reads the accents."""
    head = "".join(f"# {_one_line(line)}\n" for line in meta.lines(lang))
    body = whole_numbers(frame).to_csv(index=False, quoting=csv.QUOTE_NONNUMERIC, na_rep="", lineterminator="\n")
    return (head + body).encode("utf-8-sig")


def table_xlsx(frame: pd.DataFrame, meta: Meta, lang: str) -> bytes:
    """The table as an Excel workbook: title, reference date and source above the data."""
    from openpyxl.styles import Font

    buffer = io.BytesIO()
    first = len(meta.lines(lang)) + 1
    frame = whole_numbers(frame)
    for column in frame.columns:
        if not pd.api.types.is_numeric_dtype(frame[column]):
            frame[column] = frame[column].map(_not_a_formula)
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        frame.to_excel(writer, index=False, startrow=first, sheet_name="Twente")
        sheet = writer.sheets["Twente"]
        for row, text in enumerate(meta.lines(lang), start=1):
            sheet.cell(row=row, column=1, value=_not_a_formula(text))
        sheet.cell(row=1, column=1).font = Font(bold=True, size=13)
        for column in range(1, len(frame.columns) + 1):
            sheet.cell(row=first + 1, column=column).font = Font(bold=True)
    return buffer.getvalue()


def _not_a_formula(value):
    """Text from a data file stays text in Excel: a leading '=' would make it a formula."""
    if isinstance(value, str) and value[:1] in ("=", "+", "@") and len(value) > 1:
        return "\u200b" + value  # a zero-width space: shown the same, never evaluated
    return value
