"""Benchmark of the own-data page (issue #17): prints figures, asserts nothing.
Run: python bench/upload_bench.py

A 5 MB CSV and a 5 MB XLSX are read, matched and drawn (the map component's arguments and the
ranking chart's Vega-Lite spec), next to the floor: the same steps for a 15-row file. The rows
are the shipped CBS population table (twente_data/population/population_by_year.csv) repeated
with a row number and a note column until the file weighs 5 MB; the view is the year 2025.
The target is under 3 s wall time for the 5 MB files; CPU time is printed too, since the
machine may be shared."""

from __future__ import annotations

import csv
import io
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TARGET_BYTES = 5 * 1024 * 1024
SOURCE = ROOT / "twente_data" / "population" / "population_by_year.csv"


def rows(target: int | None) -> list[list]:
    with SOURCE.open(encoding="utf-8") as f:
        base = list(csv.reader(f))[1:]
    out, size, i = [], 0, 0
    while True:
        _code, name, year, population = base[i % len(base)]
        row = [i + 1, name, year, population, f"regel {i + 1} uit {SOURCE.name}"]
        out.append(row)
        size += sum(len(str(c)) for c in row) + 6
        i += 1
        if target is None and i >= 15 or target is not None and size >= target:
            return out


def as_csv(body: list[list]) -> bytes:
    text = io.StringIO()
    writer = csv.writer(text, delimiter=";")
    writer.writerow(["nr", "gemeente", "jaar", "inwoners", "toelichting"])
    writer.writerows(body)
    return text.getvalue().encode("utf-8")


def as_xlsx(body: list[list], target: int | None) -> bytes:
    import openpyxl

    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("inwoners")
    sheet.append(["nr", "gemeente", "jaar", "inwoners", "toelichting"])
    for row in body:
        sheet.append([row[0], row[1], int(row[2]), int(row[3]), row[4]])
    out = io.BytesIO()
    book.save(out)
    data = out.getvalue()
    if target is not None and len(data) < target:  # xlsx compresses: add rows until it weighs the target
        return as_xlsx(rows(int(target * target / len(data) * 1.02)), None)
    return data


def once(name: str, data: bytes) -> tuple[float, float, int]:
    from twente import charts, upload
    from twente.classify import classify
    from twente.ui import folium_adapter, mapview

    wall, cpu = time.perf_counter(), time.process_time()
    table = upload.read_upload(name, data)
    result = upload.build(table, upload.Choices("gemeente", ("inwoners",), year_column="jaar", year=2025))
    indicator = __import__("twente.indicators", fromlist=["Indicator"]).Indicator(
        "upload", "upload", "inwoners", "inwoners", "", "", "2025", "", "", "", "neutral", 0, "none", "sequential"
    )
    classes = classify(result.frame["value"])
    folium_adapter.render(
        mapview.base_map("nl", "none", wheel_zoom=False),
        [mapview.choropleth(result.frame, indicator, classes, "nl", "inwoners", None)],
        [],
    )
    charts.spec(charts.ranking_chart(result.frame, indicator, result.refs.iloc[0:0], "nl"))
    return time.perf_counter() - wall, time.process_time() - cpu, result.drawn


def main() -> None:
    import logging

    logging.getLogger("streamlit").setLevel(logging.ERROR)
    from twente.ui import cache

    cache.municipality_shapes(), cache.municipality_labels(), cache.parks()  # the app loads these at start
    once("warm.csv", as_csv(rows(None)))  # imports and first-use costs, not counted
    print(f"{'file':28} {'MB':>6} {'rows':>8} {'wall s':>8} {'cpu s':>8} {'drawn':>6} {'x floor':>8}")
    for kind in ("csv", "xlsx"):
        small, big = rows(None), rows(TARGET_BYTES)
        if kind == "csv":
            floor_data, data = as_csv(small), as_csv(big)
        else:
            floor_data, data = as_xlsx(small, None), as_xlsx(big, TARGET_BYTES)
        floor = once(f"floor.{kind}", floor_data)
        timed = once(f"5mb.{kind}", data)
        n = upload_rows(data, kind)
        for label, d, r, rn in ((f"floor (15 rows) .{kind}", floor_data, floor, 15), (f"5 MB .{kind}", data, timed, n)):
            print(
                f"{label:28} {len(d) / 1024 / 1024:6.2f} {rn:8d} {r[0]:8.2f} {r[1]:8.2f} {r[2]:6d} "
                f"{r[0] / floor[0]:8.1f}"
            )
    print("target: the 5 MB files under 3 s (wall)")


def upload_rows(data: bytes, kind: str) -> int:
    from twente import upload

    return len(upload.read_upload(f"x.{kind}", data).cells)


if __name__ == "__main__":
    main()
