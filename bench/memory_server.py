"""``streamlit run`` with a memory probe, for bench/upload_memory.py (not for deployment).

On SIGUSR1 the server collects garbage and writes to the file named by TWENTE_MEMORY_DUMP
what is alive: the count of the most common object types, the app's upload objects (tables,
results), Streamlit sessions, and bytes objects over 1 MB. The bench reads it to say what
keeps memory after the sessions ended."""

from __future__ import annotations

import collections
import gc
import os
import signal
import sys


def dump(_signum=None, _frame=None) -> None:
    gc.collect()
    objects = gc.get_objects()
    kinds = collections.Counter(type(o).__qualname__ for o in objects)
    watched = ("Table", "Result", "AppSession", "DataFrame", "SessionState", "UploadedFile", "ScriptRunner")
    big = [len(o) for o in objects if isinstance(o, (bytes, bytearray)) and len(o) > 1_000_000]
    lines = [f"{name} {kinds.get(name, 0)}" for name in watched]
    lines.append(f"allocated blocks {sys.getallocatedblocks()}")  # every Python object, strings too
    lines.append(f"bytes>1MB {len(big)} total {sum(big) / 1024 / 1024:.1f} MB")
    lines += [f"top {name} {n}" for name, n in kinds.most_common(12)]
    for session in [o for o in objects if type(o).__qualname__ == "AppSession"]:
        lines.append(f"AppSession {getattr(session, 'id', '?')} held by: " + "; ".join(_holders(session, objects)))
    with open(os.environ["TWENTE_MEMORY_DUMP"], "w") as f:
        f.write("\n".join(lines) + "\n")


def _holders(target, objects, depth: int = 3) -> list[str]:
    """Short descriptions of what refers to ``target`` (and what refers to those), ``depth`` deep."""
    out = []
    frontier = [(target, "")]
    seen = {id(objects), id(frontier)}
    for _ in range(depth):
        following = []
        for obj, path in frontier:
            for ref in gc.get_referrers(obj):
                if id(ref) in seen or ref is frontier or ref is following:
                    continue
                seen.add(id(ref))
                name = type(ref).__qualname__
                if isinstance(ref, dict):
                    keys = [k for k, v in ref.items() if v is obj][:2]
                    name += f"[{','.join(map(str, keys))}]"
                elif type(ref).__name__ == "frame":
                    name += f"({ref.f_code.co_name})"
                step = f"{path} <- {name}" if path else name
                out.append(step)
                following.append((ref, step))
        frontier = following[:12]
    return out[:30]


if __name__ == "__main__":
    signal.signal(signal.SIGUSR1, dump)
    from streamlit.web import cli

    sys.argv = ["streamlit", "run", *sys.argv[1:]]
    sys.exit(cli.main())
