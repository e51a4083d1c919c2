"""What the speed work (issue #16) relies on, checked without any timing: Streamlit's "magic"
is off because no page uses it, and elements that are built once per view and replayed from
Streamlit's cache (charts, printed tables) come back the same, in the same place, on a rerun."""

import ast
import json
import tomllib
from pathlib import Path

import pytest
from streamlit.runtime.scriptrunner import magic
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parent.parent
SCRIPTS = ["dashboard.py"] + sorted(f"pages/{p.name}" for p in (ROOT / "pages").glob("*.py"))


@pytest.mark.parametrize("script", SCRIPTS)
def test_no_page_relies_on_magic(script):
    """Magic would write each bare expression to the page; it is off (.streamlit/config.toml),
    so a page that had one would lose what it shows. Magic's own rewrite finds none."""
    tree = magic.add_magic((ROOT / script).read_text(encoding="utf-8"), script)
    assert "transparent_write" not in ast.dump(tree)


def test_magic_is_off_in_the_project_config():
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["runner"]["magicEnabled"] is False


def _shown(at: AppTest) -> list:
    """Every chart's spec and every HTML block, in page order, with the container path each sits in."""
    out = []

    def walk(node, path):
        kind = getattr(node, "type", "")
        if kind in ("vega_lite_chart", "arrow_vega_lite_chart"):
            spec = json.loads(node.proto.spec)
            out.append((path, "chart", json.dumps(spec, sort_keys=True)))
        elif kind == "html":
            out.append((path, "html", node.proto.body))
        for i, child in enumerate(getattr(node, "children", {}).values()):
            walk(child, (*path, i))

    walk(at._tree, ())
    return out


@pytest.mark.parametrize(
    "script, params",
    [
        ("pages/gezondheid.py", {}),
        ("pages/bevolking.py", {}),
        ("pages/leefomgeving.py", {"lang": "de"}),
    ],
)
def test_a_rerun_shows_the_same_charts_and_tables_in_the_same_places(script, params):
    at = AppTest.from_file(str(ROOT / script), default_timeout=60)
    for name, value in params.items():
        at.query_params[name] = value
    first = _shown(at.run())
    assert not at.exception
    second = _shown(at.run())
    assert not at.exception
    assert sum(kind == "chart" for _, kind, _ in first) >= 2
    assert any("print-table" in body for _, kind, body in first if kind == "html")
    assert second == first
