"""Helpers for the cluster tests and bench/load.py: deploy/local-cluster.sh as a context manager,
nginx's access log (which replica served which affinity cookie) and a bounded Locust run."""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "deploy" / "local-cluster.sh"
LOCUSTFILE = ROOT / "bench" / "locustfile.py"
LOG_LINE = re.compile(
    r'"(?P<method>\S+) (?P<path>\S+) [^"]*" (?P<status>\d+) .* affinity=(?P<affinity>\S+) '
    r"upstream=(?P<upstream>.*) upstream_status="
)


def free_port_block(n: int, attempts: int = 50) -> int:
    """A port P with P..P+n all free on 127.0.0.1."""
    for _ in range(attempts):
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            base = s.getsockname()[1]
        if base + n > 65000:
            continue
        ok = True
        for p in range(base, base + n + 1):
            with socket.socket() as s:
                try:
                    s.bind(("127.0.0.1", p))
                except OSError:
                    ok = False
                    break
        if ok:
            return base
    raise RuntimeError("no free block of ports")


def wait_until(condition, timeout: float, interval: float = 0.2, message: str = "condition"):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(interval)
    raise TimeoutError(f"{message} not met within {timeout:.0f} s")


@dataclass
class Cluster:
    url: str
    port: int
    replicas: dict[int, int]  # replica port -> pid
    work: Path
    proc: subprocess.Popen
    output: list[str] = field(default_factory=list)

    def log(self) -> list[dict]:
        path = self.work / "logs" / "access.log"
        if not path.exists():
            return []
        return [m.groupdict() for m in map(LOG_LINE.search, path.read_text(errors="replace").splitlines()) if m]

    def ports_of(self, affinity: str) -> set[int]:
        """The replicas that served requests carrying this affinity cookie (tries included)."""
        ports = set()
        for line in self.log():
            if line["affinity"] == affinity:
                ports |= {int(p) for p in re.findall(r"127\.0\.0\.1:(\d+)", line["upstream"])}
        return ports

    def connected_users(self) -> int:
        return len({line["affinity"] for line in self.log() if line["path"] == "/_stcore/host-config"})

    def nginx_pid(self) -> int | None:
        try:
            return int((self.work / "nginx.pid").read_text().strip())
        except (OSError, ValueError):
            return None

    def replica_alive(self, port: int) -> bool:
        try:
            os.kill(self.replicas[port], 0)
        except OSError:
            return False
        return True


@contextmanager
def local_cluster(n: int = 2, env: dict | None = None, timeout: float = 240):
    port = free_port_block(n)
    proc = subprocess.Popen(
        ["bash", str(SCRIPT), str(n), str(port)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
        env={**os.environ, "PYTHON": sys.executable, **(env or {})},
    )
    output: list[str] = []
    reader = threading.Thread(target=lambda: output.extend(iter(proc.stdout.readline, "")), daemon=True)
    reader.start()
    try:
        wait_until(
            lambda: any(line.startswith("cluster ready") for line in output) or proc.poll() is not None,
            timeout,
            message="cluster ready",
        )
        if proc.poll() is not None:
            raise RuntimeError("local-cluster.sh stopped:\n" + "".join(output))
        replica_line = re.compile(r"replica \d+: http://127\.0\.0\.1:(\d+) pid (\d+)")
        replicas = {int(m.group(1)): int(m.group(2)) for m in map(replica_line.match, output) if m}
        work = Path(next(line.split(": ", 1)[1].strip() for line in output if line.startswith("work folder:")))
        yield Cluster(f"http://127.0.0.1:{port}", port, replicas, work, proc, output)
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(timeout=10)
        reader.join(timeout=5)


def start_load(
    url: str,
    results: Path,
    users: int,
    seconds: int,
    spawn_rate: float = 5,
    pacing: float = 10,
    log: Path | None = None,
    timeout: float = 30,
    stop_timeout: int = 30,
) -> subprocess.Popen:
    """Locust in its own process (gevent patches everything it imports). ``timeout``: the longest
    wait for a script run; ``stop_timeout``: how long users may finish their action (or
    reconnect) after the run time."""
    out = open(log, "w") if log else subprocess.DEVNULL  # noqa: SIM115 - closed with the process
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "locust",
            "-f",
            str(LOCUSTFILE),
            "--headless",
            "-u",
            str(users),
            "-r",
            str(spawn_rate),
            "-t",
            f"{seconds}s",
            "--stop-timeout",
            str(stop_timeout),
            "--host",
            url,
            "--only-summary",
            "--exit-code-on-error",
            "0",
        ],
        cwd=ROOT,
        stdout=out,
        stderr=subprocess.STDOUT,
        env={
            **os.environ,
            "LOAD_RESULTS": str(results),
            "LOAD_PROGRESS": str(progress_file(results)),
            "LOAD_PACING": str(pacing),
            "LOAD_TIMEOUT": str(timeout),
        },
    )


def progress_file(results: Path) -> Path:
    return results.with_suffix(".progress")


def pages_loaded(results: Path) -> int:
    """Simulated users that have their page (from the running Locust's progress lines)."""
    path = progress_file(results)
    lines = path.read_text().splitlines() if path.exists() else []
    return sum(1 for line in lines if line == "page load\tTrue")


def read_results(results: Path) -> list[dict]:
    return [json.loads(line) for line in results.read_text().splitlines() if line.strip()]
