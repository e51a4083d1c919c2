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
exec "${PYTHON:-python3}" -m streamlit run dashboard.py "$@"
