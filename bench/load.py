"""Load figures for the deployment: prints numbers, asserts nothing.

    python bench/load.py                      # 1 and 2 replicas, stepped load
    python bench/load.py --soak               # ... then 10 minutes at half the 2-replica limit
    python bench/load.py --replicas 2 --levels 20,40 --step 40     # a quick look

For each replica count it starts deploy/local-cluster.sh (replicas behind nginx, 127.0.0.1 only)
and runs Locust (bench/locustfile.py) at rising numbers of concurrent users, each acting every
10 s (3 in 4 actions an indicator change, 1 in 4 a map click). Per step it prints the p50/p95
of an indicator change (message -> script_finished), script runs per second, errors, the
replicas' memory, and their CPU per script run (all runs of the step, page loads included: unlike
latency, this hardly depends on how much of the machine they got). It stops at the first level
whose p95 passes 1 s (or that has errors).

Memory per open session: RSS growth of the replicas with 60 idle sessions open, divided by 60.
Soak: --soak-minutes (10) at half the 2-replica limit; memory is sampled every 10 s and
the growth over the last third is compared with the middle third.

Everything is bounded: each Locust run has its run time, each wait a deadline. The load
generator runs on the same machine and takes CPU from the replicas: figures are a floor.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import threading
import time
from pathlib import Path

import numpy as np
import psutil

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bench.stclient import StreamlitSession  # noqa: E402
from tests.cluster import local_cluster, read_results, start_load  # noqa: E402

MB = 1024 * 1024
WARM_PATHS = ["/", "/gezondheid", "/leefomgeving", "/bevolking", "/parken", "/bronnen"]


def rss(pids) -> list[float]:
    out = []
    for pid in pids:
        try:
            out.append(psutil.Process(pid).memory_info().rss / MB)
        except psutil.Error:
            out.append(float("nan"))
    return out


class MemorySampler:
    """Replica RSS every `interval` seconds in a thread, while a load runs."""

    def __init__(self, pids, interval: float = 2.0):
        self.pids, self.interval, self.samples = list(pids), interval, []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self):
        while not self._stop.is_set():
            self.samples.append((time.time(), rss(self.pids)))
            self._stop.wait(self.interval)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join(timeout=10)


def warm_up(url: str) -> None:
    """Each page once per replica-ish (a few sessions): a running server has warm caches."""
    for i in range(2):
        for path in WARM_PATHS:
            s = StreamlitSession(url, path, "kaart=none" + ("&lang=en" if i % 2 else ""), timeout=120)
            try:
                s.load()
            finally:
                s.close()


def memory_per_session(url: str, pids, sessions: int = 60) -> tuple[float, list[float]]:
    before = rss(pids)
    open_sessions = []
    try:
        for i in range(sessions):
            s = StreamlitSession(url, "/", "kaart=none" + ("&lang=en" if i % 2 else ""), timeout=120)
            s.load()
            open_sessions.append(s)
        time.sleep(2)  # let the replicas settle before reading their memory
        after = rss(pids)
    finally:
        for s in open_sessions:
            s.close()
    return (sum(after) - sum(before)) / sessions, after


def cpu_seconds(pids) -> float:
    total = 0.0
    for pid in pids:
        try:
            t = psutil.Process(pid).cpu_times()
            total += t.user + t.system
        except psutil.Error:
            pass
    return total


def cpu_per_change(url: str, pids, actions: int = 30) -> tuple[float, float]:
    """CPU seconds the replicas spend on one indicator change (one user, one change at a time):
    unlike latency, this hardly depends on what else runs on the machine."""
    import random

    rng = random.Random(1)
    s = StreamlitSession(url, "/", "kaart=none&lang=en", timeout=120)
    try:
        s.load()
        for _ in range(3):  # the views are rendered once per process; count warm changes
            s.change_indicator(rng=rng)
        before, start = cpu_seconds(pids), time.perf_counter()
        for _ in range(actions):
            s.change_indicator(rng=rng)
        return (cpu_seconds(pids) - before) / actions, (time.perf_counter() - start) / actions
    finally:
        s.close()


def run_step(url: str, users: int, seconds: int, pacing: float, pids, work: Path) -> dict:
    results = work / f"users-{users}-{time.time():.0f}.jsonl"
    ramp = max(5.0, users / 10)  # users per second: all started within ~10 s
    started = time.time()
    cpu_before = cpu_seconds(pids)
    with MemorySampler(pids) as memory:
        proc = start_load(url, results, users, seconds, spawn_rate=ramp, pacing=pacing, log=work / "locust.log")
        proc.wait(timeout=seconds + 180)
    cpu_used = cpu_seconds(pids) - cpu_before
    records = read_results(results)
    # Steady state: after the ramp and every user's first page load.
    window_start, window_end = started + min(users / ramp + pacing, seconds / 2), started + seconds
    samples = [s for r in records for s in r["samples"] if window_start <= s[1] <= window_end]
    changes = [s[2] for s in samples if s[0] == "indicator change" and s[4]]
    clicks = [s[2] for s in samples if s[0] == "map click" and s[4]]
    runs = sum(s[3] for s in samples if s[4])
    all_runs = sum(s[3] for r in records for s in r["samples"] if s[4])  # page loads included
    errors = sum(len(r["errors"]) for r in records)
    actions = sum(len(r["samples"]) for r in records)
    peak = max((sum(m) for _, m in memory.samples), default=float("nan"))
    return {
        "users": users,
        "changes": len(changes),
        "p50": float(np.percentile(changes, 50)) if changes else float("nan"),
        "p95": float(np.percentile(changes, 95)) if changes else float("nan"),
        "click_p95": float(np.percentile(clicks, 95)) if clicks else float("nan"),
        "runs_per_s": runs / max(1.0, window_end - window_start),
        "errors": errors,
        "first_error": next((e for r in records for e in r["errors"]), None),
        "actions": actions,
        "peak_rss": peak,
        # Replica CPU per script run over the whole step (ramp and page loads included): what the
        # replicas spend under this load, however much of the machine they got.
        "cpu_per_run": cpu_used / all_runs if all_runs else float("nan"),
        "load": os.getloadavg()[0],
    }


def stepped(replicas: int, levels: list[int], seconds: int, pacing: float, work: Path) -> dict:
    print(f"\n== {replicas} replica(s) ==", flush=True)
    with local_cluster(replicas) as cluster:
        pids = list(cluster.replicas.values())
        warm_up(cluster.url)
        idle = rss(pids)
        per_session, with_sessions = memory_per_session(cluster.url, pids)
        print(
            f"memory: idle replicas {', '.join(f'{m:.0f}' for m in idle)} MB; "
            f"{per_session * 1024:.0f} KB per open session (with 60 idle sessions: "
            f"{', '.join(f'{m:.0f}' for m in with_sessions)} MB)",
            flush=True,
        )
        cpu, wall = cpu_per_change(cluster.url, pids)
        print(
            f"one indicator change alone: {cpu * 1000:.0f} ms of replica CPU, {wall * 1000:.0f} ms wall "
            f"(load average {os.getloadavg()[0]:.1f}); at one change per user every {pacing:g} s a fully "
            f"used core serves about {pacing / cpu:.0f} users",
            flush=True,
        )
        if not levels:
            return {
                "replicas": replicas,
                "idle": idle,
                "per_session": per_session,
                "steps": [],
                "ok_users": 0,
                "limit": None,
                "cpu": cpu,
            }
        print(
            f"{'users':>6} {'changes':>8} {'p50 s':>7} {'p95 s':>7} {'click p95':>9} {'runs/s':>7} "
            f"{'errors':>7} {'peak RSS MB':>11} {'CPU ms/run':>10} {'load avg':>8}",
            flush=True,
        )
        steps, limit = [], None
        for users in levels:
            step = run_step(cluster.url, users, seconds, pacing, pids, work)
            steps.append(step)
            print(
                f"{step['users']:>6} {step['changes']:>8} {step['p50']:>7.2f} {step['p95']:>7.2f} "
                f"{step['click_p95']:>9.2f} {step['runs_per_s']:>7.1f} {step['errors']:>7} "
                f"{step['peak_rss']:>11.0f} {step['cpu_per_run'] * 1000:>10.0f} {step['load']:>8.1f}",
                flush=True,
            )
            if step["first_error"]:
                print(f"       first error: {step['first_error']}", flush=True)
            if step["p95"] > 1.0 or step["errors"] > 0.01 * max(1, step["actions"]):
                limit = users
                break
        good = [s["users"] for s in steps if s["p95"] <= 1.0 and s["errors"] <= 0.01 * max(1, s["actions"])]
        print(
            f"p95 of an indicator change stays <= 1 s up to {max(good) if good else 'none of the levels'} users; "
            f"passes 1 s at {limit if limit else f'> {levels[-1]} (not reached)'}; "
            f"max {max(s['runs_per_s'] for s in steps):.1f} script runs/s",
            flush=True,
        )
        return {
            "replicas": replicas,
            "idle": idle,
            "per_session": per_session,
            "steps": steps,
            "ok_users": max(good) if good else 0,
            "limit": limit,
        }


def soak(users: int, minutes: float, pacing: float, work: Path) -> None:
    print(f"\n== soak: 2 replicas, {users} users, {minutes:g} min ==", flush=True)
    with local_cluster(2) as cluster:
        pids = list(cluster.replicas.values())
        warm_up(cluster.url)
        seconds = int(minutes * 60)
        results = work / "soak.jsonl"
        with MemorySampler(pids, interval=10) as memory:
            proc = start_load(
                cluster.url,
                results,
                users,
                seconds,
                spawn_rate=max(2.0, users / 10),
                pacing=pacing,
                log=work / "soak-locust.log",
            )
            proc.wait(timeout=seconds + 300)
        records = read_results(results)
        errors = [e for r in records for e in r["errors"]]
        changes = [s[2] for r in records for s in r["samples"] if s[0] == "indicator change" and s[4]]
        series = [(t, sum(m)) for t, m in memory.samples]
        third = max(1, len(series) // 3)
        middle = [m for _, m in series[third : 2 * third]]
        last = [m for _, m in series[2 * third :]]
        print(
            f"actions {sum(len(r['samples']) for r in records)}, errors {len(errors)}"
            + (f" (first: {errors[0]})" if errors else ""),
            flush=True,
        )
        if changes:
            print(f"indicator change p50 {np.percentile(changes, 50):.2f} s, p95 {np.percentile(changes, 95):.2f} s")
        print(
            "replica RSS (sum, MB) every ~minute: "
            + ", ".join(f"{m:.0f}" for _, m in series[:: max(1, len(series) // int(max(1, minutes)))])
        )
        if middle and last:
            growth = (max(last) - max(middle)) / max(middle) * 100
            print(
                f"memory: max of the middle third {max(middle):.0f} MB, of the last third {max(last):.0f} MB "
                f"({growth:+.1f} %)",
                flush=True,
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--replicas", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--levels", default="5,10,20,30,40,60,80,100,150,200,250,300")
    parser.add_argument("--step", type=int, default=60, help="seconds per load level")
    parser.add_argument("--pacing", type=float, default=10, help="seconds between a user's actions")
    parser.add_argument("--soak", action="store_true")
    parser.add_argument("--soak-minutes", type=float, default=10)
    parser.add_argument("--soak-users", type=int, help="default: half the 2-replica limit")
    args = parser.parse_args()
    levels = [int(x) for x in args.levels.split(",") if x]  # --levels "" : memory and CPU figures only
    print(
        f"machine: {os.cpu_count()} cores, {psutil.virtual_memory().total / MB / 1024:.0f} GB; "
        f"load average {', '.join(f'{x:.1f}' for x in os.getloadavg())} before the run",
        flush=True,
    )
    with tempfile.TemporaryDirectory(prefix="twente-load-") as tmp:
        work = Path(tmp)
        found = {r: stepped(r, levels, args.step, args.pacing, work) for r in args.replicas}
        if args.soak:
            ref = found.get(2) or found[max(found)]
            base = ref["limit"] or ref["ok_users"] or levels[0]  # half the load at which p95 passes 1 s
            soak(args.soak_users or max(1, base // 2), args.soak_minutes, args.pacing, work)


if __name__ == "__main__":
    main()
