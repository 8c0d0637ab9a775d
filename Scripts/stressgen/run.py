"""The stress run: generate documents in parallel, convert the LibreOffice ones in one batch,
then scan (if drawn), extract and score each document in parallel."""
import json
import multiprocessing
import os
import shutil
import subprocess
import tempfile
import time
import traceback

from samplegen import schema
from samplegen.scoring import compare, load, show

from . import printcheck
from .document import Document

# seconds per extraction; altered documents can send the extractor to OCR (outlines, mixed)
EXTRACT_TIMEOUT = {"text": 120, "scan": 600, "altered": 600}


def _doc(job):
    seed, index, kind, folder, extras = job
    return Document(seed, index, kind, folder, extras)


def generate(job):
    """Phase 1 (worker): draw and render; returns (id, needs LibreOffice, error)."""
    did = f"{job[0]}:{job[1]}"
    try:
        d = _doc(job)
        d.write_truth()
        return did, d.render_text(), None
    except Exception:                          # noqa: BLE001 - a producer failure is that document's result
        return did, False, traceback.format_exc(limit=3)


def extract_and_score(job_bin):
    """Phase 3 (worker): scan if drawn, extract with the binary, score against the truth."""
    job, binary = job_bin
    d = _doc(job)
    res = {"id": d.id, "kind": d.kind, "form": d.form, "producer": d.producer, "features": d.features, "exit": None,
           "error": None, "seconds": 0.0}
    try:
        if not os.path.exists(d.path("text.pdf")):
            raise RuntimeError("producer wrote no PDF")
        d.finish()
        truth = load(d.path("truth.json"))
        fault = printcheck.producer_fault(d.path("text.pdf"), truth["applications"]["row_order"])
        if fault:
            res["producer_fault"] = fault
        if binary is None:                   # --generate-only
            res["generated"] = True
            return res
        out = d.path("out.json")
        if os.path.exists(out):
            os.remove(out)
        t0 = time.time()
        try:
            # `Scripts/stress --settings FILE` sweeps a tunable: the file goes to every extraction.
            settings = os.environ.get("GOVREPORT_STRESS_SETTINGS")
            command = [binary, "extract", d.path("doc.pdf"), "-o", out]
            command += ["--settings", settings] if settings else []
            r = subprocess.run(command, capture_output=True,
                               text=True, timeout=EXTRACT_TIMEOUT[d.kind])
            res["exit"] = r.returncode
            stderr = r.stderr
        except subprocess.TimeoutExpired as e:
            res["exit"] = "timeout"
            stderr = (e.stderr or b"").decode("utf-8", "replace") if isinstance(e.stderr, bytes) else (e.stderr or "")
        res["seconds"] = round(time.time() - t0, 2)
        with open(d.path("stderr.txt"), "w", encoding="utf-8") as f:
            f.write(stderr)
        res.update(score(load(d.path("truth.json")), out))
    except Exception:                          # noqa: BLE001
        res["error"] = traceback.format_exc(limit=3)
    os.makedirs(d.folder, exist_ok=True)
    with open(d.path("result.json"), "w", encoding="utf-8") as f:
        json.dump(res, f, ensure_ascii=False, indent=1)
    return res


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


def run(args, binary, log):
    """Returns the list of per-document results (in index order) and phase timings."""
    base = args.keep or tempfile.mkdtemp(prefix="govreport-stress-")
    os.makedirs(base, exist_ok=True)
    jobs = [(s, i, args.kind, os.path.join(base, f"{s}-{i}"), tuple(args.scan_extras)) for s, i in args.docs]
    timings = {}
    ctx = multiprocessing.get_context("fork")
    try:
        with ctx.Pool(args.jobs) as pool:
            t0 = time.time()
            gen = {}
            for i, (did, needs_lo, err) in enumerate(pool.imap(generate, jobs), 1):
                gen[did] = (needs_lo, err)
                if err:
                    log(f"generate {did}: {err.strip().splitlines()[-1]}")
                if i % 20 == 0:
                    log(f"generated {i}/{len(jobs)}")
            timings["generate"] = time.time() - t0
            t0 = time.time()
            lo = [(os.path.join(j[3], "source.docx"), os.path.join(j[3], "text.pdf"))
                  for j in jobs if gen.get(f"{j[0]}:{j[1]}", (False,))[0]]
            if lo:
                from .docx_producer import convert
                log(f"LibreOffice: converting {len(lo)} documents in one process")
                failed = convert(lo)
                for p in failed:
                    log(f"LibreOffice produced no PDF for {p}")
            timings["libreoffice"] = time.time() - t0
            t0 = time.time()
            results = []
            for i, res in enumerate(pool.imap(extract_and_score, [(j, binary) for j in jobs]), 1):
                gerr = gen.get(res["id"], (None, None))[1]
                if gerr and not res.get("error"):
                    res["error"] = gerr
                results.append(res)
                if i % 20 == 0:
                    log(f"extracted {i}/{len(jobs)}")
            timings["extract"] = time.time() - t0
    finally:
        if not args.keep:
            shutil.rmtree(base, ignore_errors=True)
    return results, timings
