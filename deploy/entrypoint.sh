#!/bin/sh
# Start one replica with the public-server settings of deploy/streamlit.env.
# Used by the Docker image and by deploy/local-cluster.sh; extra arguments go to
# `streamlit run` (e.g. --server.port 8501 --server.address 0.0.0.0).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
cd "$here/.."
set -a
. "$here/streamlit.env"
set +a
# Warm-up: once the server answers, run dashboard.py once through Streamlit's script health check
# (enabled in streamlit.env), so the first visitor finds the data and the overview's map ready.
# In the background, bounded (about 3 minutes), and nothing but 127.0.0.1.
"${PYTHON:-python3}" - "$@" <<'WARM' &
import os, sys, time, urllib.request
server = os.getppid()  # this shell, which becomes the server (exec below)
args = sys.argv[1:]
port = next((a.split("=", 1)[1] for a in args if a.startswith("--server.port=")), None)
if port is None and "--server.port" in args[:-1]:
    port = args[args.index("--server.port") + 1]
base = f"http://127.0.0.1:{port or 8501}/_stcore"
for _ in range(120):
    if os.getppid() != server:  # the server has gone: nothing to warm
        break
    try:
        up = urllib.request.urlopen(base + "/health", timeout=2).status == 200
    except OSError:
        up = False
    if up:
        try:  # one run, whatever it answers (503: the page itself shows what is wrong)
            urllib.request.urlopen(base + "/script-health-check", timeout=90)
        except OSError:
            pass
        break
    time.sleep(1)
WARM
exec "${PYTHON:-python3}" -m streamlit run dashboard.py "$@"
