"""Scoring one extractor output against one report's truth (shared by every kind: a
compilation scores each of its reports with it) and running the extractor on one file."""
import os
import subprocess
import time

from samplegen import schema
from samplegen.scoring import compare, load, show


def extract(command, timeout):
    """Run `govreport extract …` (`command` without --settings); returns (exit status or
    "timeout", stderr, seconds). `Scripts/stress --settings FILE` sweeps a tunable: the file
    goes to every extraction."""
    settings = os.environ.get("GOVREPORT_STRESS_SETTINGS")
    command = command + (["--settings", settings] if settings else [])
    t0 = time.time()
    try:
        r = subprocess.run(command, capture_output=True, text=True, timeout=timeout)
        code, stderr = r.returncode, r.stderr
    except subprocess.TimeoutExpired as e:
        code = "timeout"
        stderr = (e.stderr or b"").decode("utf-8", "replace") if isinstance(e.stderr, bytes) else (e.stderr or "")
    return code, stderr, round(time.time() - t0, 2)


def score(exp, out_path):
    """The comparison of one output with its truth, in plain JSON types."""
    n = len(schema.cell_paths(exp["report"]["format"], exp["applications"]["row_order"]))
    res = {"cells": n}
    if not os.path.exists(out_path):
        res.update(missing=True, passed=False, wrong=[], fields=[])
        return res
    out = load(out_path)
    reviewed = {r.get("cell") for r in (out.get("review") or []) if isinstance(r, dict)}
    cells, fields = compare(exp, out)
    res["missing"] = False
    res["wrong"] = [{"path": p, "expected": show(e), "found": show(o), "silent": p not in reviewed}
                    for p, e, o in cells]
    res["fields"] = [{"field": f, "expected": str(e), "found": str(o)} for f, e, o in fields]
    for f in res["fields"]:
        if f["field"] == "applications.row_order":
            f["diff"] = row_order_diff(exp["applications"]["row_order"], out)
    res["review_count"] = len(reviewed)
    # sections are reported, not required: a document passes on its data alone
    res["passed"] = not cells and all(f == "sections" for f, _, _ in fields)
    return res


def row_order_diff(expected, out):
    """A short account of how the found row order differs: rows missing, rows extra, or the
    first position where the order differs."""
    found = (out.get("applications") or {}).get("row_order") if isinstance(out.get("applications"), dict) else None
    if not isinstance(found, list):
        return f"found {found!r}"
    missing = [k for k in expected if k not in found]
    extra = [k for k in found if k not in expected]
    if missing or extra:
        return f"missing [{','.join(missing)}] extra [{','.join(map(str, extra))}]"
    i = next(i for i, (a, b) in enumerate(zip(expected, found)) if a != b)
    return f"order differs at {i}: expected {expected[i]}, found {found[i]}"


