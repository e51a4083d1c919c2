"""Memory of uploads (issue #17): is an upload's memory released when its session ends?
Prints figures, asserts nothing. Run: python bench/upload_memory.py [--sessions 4] [--kind csv|xlsx]

A real Streamlit server on 127.0.0.1 (the app as deployed, with a short
``server.disconnectedSessionTTL`` so the bench does not wait two minutes) and Chromium tabs
(Playwright, /usr/bin/chromium) that each upload the 5 MB file of bench/upload_bench.py on the
own-data page and wait for the map. The tabs are then closed (their WebSockets end) and the
bench waits, bounded, until Streamlit's own memory figures (/_stcore/metrics,
``cache_memory_bytes``) hold no upload and no session state of those sessions, then a little
longer for the RSS to settle.

Printed: the server's RSS (VmRSS of its process) as floor (the server after a session that
opened the page without uploading), with the sessions open, and after they ended; next to
each, what Streamlit itself counts as held (uploaded files, session state)."""

from __future__ import annotations

import argparse
import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def rss_mb(pid: int) -> float:
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def held(url: str) -> dict[str, float]:
    """Streamlit's own count of bytes held, by kind (MB): uploaded files, session state, caches."""
    with urllib.request.urlopen(f"{url}/_stcore/metrics?families=cache_memory_bytes", timeout=30) as r:
        text = r.read().decode()
    out: dict[str, float] = {}
    for line in text.splitlines():
        m = re.match(r'cache_memory_bytes\{cache_type="([^"]+)"[^}]*\}\s+([0-9.eE+-]+)', line)
        if m:
            out[m.group(1)] = out.get(m.group(1), 0.0) + float(m.group(2)) / 1024 / 1024
    return out


def sessions(url: str) -> int:
    with urllib.request.urlopen(f"{url}/_stcore/metrics?families=active_sessions", timeout=30) as r:
        m = re.search(r"^active_sessions\s+([0-9.]+)", r.read().decode(), re.M)
    return int(float(m.group(1))) if m else -1


def upload_bytes(figures: dict[str, float]) -> float:
    return sum(v for k, v in figures.items() if "upload" in k.lower())


def state_bytes(figures: dict[str, float]) -> float:
    return sum(v for k, v in figures.items() if "session_state" in k.lower())


def line(label: str, pid: int, url: str, floor: float | None) -> float:
    rss = rss_mb(pid)
    figures = held(url)
    extra = "" if floor is None else f" (+{rss - floor:6.1f} MB over the floor)"
    print(
        f"{label:34} RSS {rss:7.1f} MB{extra}; Streamlit holds: uploads {upload_bytes(figures):6.1f} MB, "
        f"session state {state_bytes(figures):6.1f} MB; active sessions {sessions(url)}",
        flush=True,
    )
    return rss


def open_page(browser, url: str, path: Path | None):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(f"{url}/eigen-gegevens?kaart=none")
    page.locator("input[type=file]").first.wait_for(state="attached", timeout=180_000)
    if path is not None:
        page.locator("input[type=file]").first.set_input_files(str(path))
        page.wait_for_selector("iframe[title='streamlit_folium.st_folium']", state="attached", timeout=300_000)
    page.locator("[data-testid='stApp'][data-test-script-state='notRunning']").wait_for(timeout=300_000)
    return page


def wait_until(condition, timeout: float, step: float = 1.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(step)
    return condition()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sessions", type=int, default=4)
    parser.add_argument("--kind", choices=("csv", "xlsx"), default="csv")
    parser.add_argument("--ttl", type=int, default=10, help="server.disconnectedSessionTTL for the bench (s)")
    parser.add_argument("--timeout", type=float, default=300, help="longest wait for the release (s)")
    parser.add_argument("--rounds", type=int, default=2, help="upload rounds (memory reused, or growing?)")
    parser.add_argument("--no-release", action="store_true", help="without the page's clean-up thread (to compare)")
    args = parser.parse_args()

    from playwright.sync_api import sync_playwright

    data = five_mb(args.kind)
    folder = Path(tempfile.mkdtemp(prefix="upload_memory_"))
    path = folder / f"inwoners_5mb.{args.kind}"
    path.write_bytes(data)

    port = free_port()
    url = f"http://127.0.0.1:{port}"
    env = {**os.environ, "STREAMLIT_SERVER_DISCONNECTED_SESSION_TTL": str(args.ttl)}
    probe = folder / "alive.txt"
    env["TWENTE_MEMORY_DUMP"] = str(probe)
    if args.no_release:
        env["TWENTE_UPLOAD_RELEASE_EVERY"] = "0"
    command = [sys.executable, str(ROOT / "bench" / "memory_server.py"), "dashboard.py", "--server.port", str(port)]
    command += ["--server.address", "127.0.0.1", "--server.headless", "true", "--browser.gatherUsageStats", "false"]
    server = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        if not wait_until(lambda: _healthy(url), 120):
            raise SystemExit("Streamlit did not start")
        print(f"{args.sessions} sessions, {path.name} ({len(data) / 1024 / 1024:.1f} MB), TTL {args.ttl} s", flush=True)
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            try:
                open_page(browser, url, None).close()  # imports, shapes and caches the app keeps anyway
                wait_until(lambda: sessions(url) == 0, 60)
                wait_until(lambda: state_bytes(held(url)) == 0, args.ttl + 60)
                time.sleep(2)  # settle (a figure, not a test)
                floor = line("floor (page opened, no upload)", server.pid, url, None)
                print("  alive at the floor:", ", ".join(alive(server, probe)[:8]), flush=True)
            finally:
                browser.close()
        for round_ in range(1, args.rounds + 1):
            after = one_round(args, url, path, server, probe, floor, round_)
        print(f"released: RSS {after:.1f} MB vs floor {floor:.1f} MB ({after - floor:+.1f} MB)")
    finally:
        server.terminate()
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()
        for leftover in folder.iterdir():
            leftover.unlink()
        folder.rmdir()


def one_round(args, url: str, path: Path, server: subprocess.Popen, probe: Path, floor: float, round_: int) -> float:
    """N tabs upload the file and are closed; RSS with the sessions open, after Streamlit forgot
    them (and the clean-up ran), and after one more visitor. Returns the last RSS."""
    from playwright.sync_api import sync_playwright

    print(f"round {round_}", flush=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            started = time.monotonic()
            pages = [open_page(browser, url, path) for _ in range(args.sessions)]
            print(f"  {args.sessions} uploads drawn in {time.monotonic() - started:.1f} s", flush=True)
            line(f"{args.sessions} sessions open, file drawn", server.pid, url, floor)
            for page in pages:
                page.close()
        finally:
            browser.close()
    ended = time.monotonic()
    wait_until(lambda: sessions(url) == 0, 60)
    line("sessions closed (just now)", server.pid, url, floor)

    def released() -> bool:
        figures = held(url)
        return upload_bytes(figures) < 0.01 and state_bytes(figures) < 0.01

    ok = wait_until(released, args.timeout, step=2.0)
    print(f"  Streamlit's figures at zero: {ok} after {time.monotonic() - ended:.0f} s", flush=True)
    time.sleep(5)  # settle (a figure, not a test)
    line("after the sessions ended", server.pid, url, floor)
    print("  alive:", ", ".join(alive(server, probe)[:8]), flush=True)
    # Streamlit's message loop keeps the last session it flushed in a loop variable
    # (runtime.py, _loop_coroutine) until it flushes another: the next visitor's page frees it.
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            open_page(browser, url, None).close()
        finally:
            browser.close()
    wait_until(lambda: sessions(url) == 0, 60)
    time.sleep(5)  # settle (a figure, not a test)
    after = line("after one more visitor (no upload)", server.pid, url, floor)
    print("  alive:", ", ".join(alive(server, probe)[:8]), flush=True)
    return after


def alive(server: subprocess.Popen, probe: Path) -> list[str]:
    """What the server's probe (bench/memory_server.py) counts as alive, after a garbage collection."""
    probe.unlink(missing_ok=True)
    server.send_signal(signal.SIGUSR1)
    wait_until(probe.exists, 60, step=0.5)
    time.sleep(0.5)  # the probe writes the file in one go; a figure, not a test
    return probe.read_text().splitlines() if probe.exists() else ["(no answer from the probe)"]


def five_mb(kind: str) -> bytes:
    """The benchmark's 5 MB file without its row-number column, so the page's default choice
    (every numeric column) draws the map: gemeente, jaar, inwoners, toelichting."""
    import csv
    import io

    from bench import upload_bench

    target = upload_bench.TARGET_BYTES
    body = [row[1:] for row in upload_bench.rows(int(target * 1.12))]
    header = ["gemeente", "jaar", "inwoners", "toelichting"]
    if kind == "csv":
        text = io.StringIO()
        writer = csv.writer(text, delimiter=";")
        writer.writerow(header)
        writer.writerows(body)
        return text.getvalue().encode("utf-8")
    import openpyxl

    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("inwoners")
    sheet.append(header)
    n = len(body)
    while True:
        for i in range(n):
            name, year, population, note = body[i % len(body)]
            sheet.append([name, int(year), int(population), note])
        out = io.BytesIO()
        book.save(out)
        if len(out.getvalue()) >= target * 0.98:
            return out.getvalue()
        book = openpyxl.Workbook(write_only=True)
        sheet = book.create_sheet("inwoners")
        sheet.append(header)
        n = int(n * target / len(out.getvalue()) * 1.02)


def _healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as r:
            return r.status == 200
    except OSError:
        return False


if __name__ == "__main__":
    main()
