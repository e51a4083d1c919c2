"""The public-server settings the deployment uses (deploy/streamlit.env), as Streamlit itself
resolves them, and the deployment files that must agree with them. Fast: no server, no browser."""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEPLOY = ROOT / "deploy"


def env_file(path: Path) -> dict[str, str]:
    pairs = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            key, _, value = line.partition("=")
            pairs[key] = value
    return pairs


def resolved_config() -> dict:
    """`streamlit config show` run as the deployment runs it: from the project folder (so its
    .streamlit/config.toml is read too) with deploy/streamlit.env in the environment."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("STREAMLIT_")}
    env.update(env_file(DEPLOY / "streamlit.env"))
    out = subprocess.run(
        [sys.executable, "-m", "streamlit", "config", "show"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    ).stdout
    return tomllib.loads(out[out.index("[global]") :])  # the text before the first section is a banner


def resolved_option(name: str):
    """One option as Streamlit resolves it for the deployment (hidden options are not shown by
    `streamlit config show`)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("STREAMLIT_")}
    env.update(env_file(DEPLOY / "streamlit.env"))
    # `streamlit config show` as the CLI runs it (environment variables reach the options through
    # its command-line parser), printing the one option instead of the visible ones.
    code = (
        "from streamlit import config; from streamlit.web import cli; "
        f"config.show_config = lambda: print(repr(config.get_option({name!r}))); "
        "cli.main(['config', 'show'], standalone_mode=False)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True, timeout=120
    ).stdout
    return ast.literal_eval(out.strip().splitlines()[-1])


def test_no_full_garbage_collection_after_every_run():
    # Streamlit's default gc.collect(2) after each run walks every object the caches hold and cost
    # more CPU than the run itself (see streamlit.env); it is off, and is checked to be really off.
    assert resolved_option("runner.postScriptGC") is False
    assert resolved_option("server.enableXsrfProtection") is True  # the control: the file is read


def test_public_server_settings_as_streamlit_resolves_them():
    config = resolved_config()
    server, browser, client = config["server"], config["browser"], config["client"]
    assert server["enableXsrfProtection"] is True
    # Cross-origin access off: in Streamlit that is CORS *protection* on (enableCORS=false would
    # answer Access-Control-Allow-Origin: * and accept a WebSocket from any origin).
    assert server["enableCORS"] is True
    assert server.get("corsAllowedOrigins", []) == []
    assert server["maxUploadSize"] == 25
    assert server["enableStaticServing"] is True
    assert browser["gatherUsageStats"] is False
    assert server["enableAgentApi"] is False
    assert server["fileWatcherType"] == "none" and server["runOnSave"] is False
    assert client["showErrorDetails"] == "none"
    assert env_file(DEPLOY / "streamlit.env")["STREAMLIT_GLOBAL_DEVELOPMENT_MODE"] == "false"  # a hidden option
    # each replica runs the app once at start (warm-up); the public cannot reach that endpoint
    assert env_file(DEPLOY / "streamlit.env")["STREAMLIT_SERVER_SCRIPT_HEALTH_CHECK_ENABLED"] == "true"
    nginx = (DEPLOY / "nginx/streamlit-server.conf").read_text()
    assert "location ^~ /_stcore/script-health-check { return 404; }" in nginx


def test_only_static_is_served_and_it_holds_no_code_or_data():
    files = [p for p in (ROOT / "static").rglob("*") if p.is_file()]
    assert files and not [p for p in files if p.suffix in {".py", ".csv", ".geojson", ".toml", ".env"}]


def test_nginx_upload_limit_matches_streamlit():
    mb = int(env_file(DEPLOY / "streamlit.env")["STREAMLIT_SERVER_MAX_UPLOAD_SIZE"])
    server_conf = (DEPLOY / "nginx" / "streamlit-server.conf").read_text()
    assert re.search(rf"^client_max_body_size {mb}m;", server_conf, re.MULTILINE)


def test_every_deployment_uses_the_same_settings():
    assert (DEPLOY / "k8s" / "streamlit.env").read_text() == (DEPLOY / "streamlit.env").read_text()
    assert "streamlit.env" in (DEPLOY / "entrypoint.sh").read_text()
    assert "entrypoint.sh" in (DEPLOY / "Dockerfile").read_text()
    assert "streamlit.env" in (DEPLOY / "compose.yaml").read_text()
    assert "entrypoint.sh" in (DEPLOY / "local-cluster.sh").read_text()
    for name in ("streamlit-http.conf", "streamlit-server.conf"):  # one balancer for compose and the script
        assert name in (DEPLOY / "nginx" / "nginx.conf").read_text()
        assert name in (DEPLOY / "local-cluster.sh").read_text()


def test_internal_endpoints_closed_to_the_public_in_every_proxy():
    """/_stcore/metrics and /_stcore/script-health-check: nginx answers 404 (compose and
    local-cluster.sh; tests/test_cluster.py checks it through a running nginx), and the Kubernetes
    Ingress denies both paths to every address in a separate Ingress that kustomize applies."""
    server_conf = (DEPLOY / "nginx" / "streamlit-server.conf").read_text()
    internal = DEPLOY / "k8s" / "ingress-internal.yaml"
    text = internal.read_text()
    assert "- ingress-internal.yaml" in (DEPLOY / "k8s" / "kustomization.yaml").read_text()
    assert re.search(r'denylist-source-range: "0\.0\.0\.0/0,::/0"', text)
    for path in ("/_stcore/metrics", "/_stcore/script-health-check"):
        assert re.search(rf"^location \^~ {re.escape(path)} {{ return 404; }}", server_conf, re.MULTILINE)
        assert re.search(rf"^\s+- path: {re.escape(path)}\n\s+pathType: Prefix$", text, re.MULTILINE)
    assert (
        "host: dashboard.example.org" in text
        and "host: dashboard.example.org" in (DEPLOY / "k8s" / "ingress.yaml").read_text()
    )
