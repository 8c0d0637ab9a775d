"""The stress run: generate documents in parallel, convert the LibreOffice ones in one batch,
then scan (if drawn), extract and score each document in parallel."""
import json
import multiprocessing
import os
import shutil
import tempfile
import time
import traceback

from samplegen.scoring import load

from . import printcheck
from .compilation import Compilation
from .document import Document
from .score import extract, score

# seconds per extraction; altered documents can send the extractor to OCR (outlines, mixed)
EXTRACT_TIMEOUT = {"text": 120, "scan": 600, "altered": 600}


def _doc(job):
    seed, index, kind, folder, extras = job
    if kind.startswith("compilation"):
        return Compilation(seed, index, kind, folder, extras)
    return Document(seed, index, kind, folder, extras)


def generate(job):
    """Phase 1 (worker): draw and render; returns (id, [(docx, pdf) LibreOffice must convert], error)."""
    did = f"{job[0]}:{job[1]}"
    try:
        d = _doc(job)
        d.write_truth()
        return did, d.render_text(), None
    except Exception:                          # noqa: BLE001 - a producer failure is that document's result
        return did, [], traceback.format_exc(limit=3)


def extract_and_score(job_bin):
    """Phase 3 (worker): scan if drawn, extract with the binary, score against the truth."""
    job, binary = job_bin
    d = _doc(job)
    res = {"id": d.id, "kind": d.kind, "form": d.form, "producer": d.producer, "features": d.features, "exit": None,
           "error": None, "seconds": 0.0}
    try:
        if isinstance(d, Compilation):
            d.extract_and_score(binary, res)
        else:
            _extract_and_score(d, binary, res)
    except Exception:                          # noqa: BLE001
        res["error"] = traceback.format_exc(limit=3)
    os.makedirs(d.folder, exist_ok=True)
    with open(d.path("result.json"), "w", encoding="utf-8") as f:
        json.dump(res, f, ensure_ascii=False, indent=1)
    return res


def _extract_and_score(d, binary, res):
    if not os.path.exists(d.path("text.pdf")):
        raise RuntimeError("producer wrote no PDF")
    d.finish()
    truth = load(d.path("truth.json"))
    fault = printcheck.producer_fault(d.path("text.pdf"), truth["applications"]["row_order"])
    if fault:
        res["producer_fault"] = fault
    if binary is None:                   # --generate-only
        res["generated"] = True
        return
    out = d.path("out.json")
    if os.path.exists(out):
        os.remove(out)
    res["exit"], stderr, res["seconds"] = extract([binary, "extract", d.path("doc.pdf"), "-o", out],
                                                  EXTRACT_TIMEOUT[d.kind])
    with open(d.path("stderr.txt"), "w", encoding="utf-8") as f:
        f.write(stderr)
    res.update(score(truth, out))


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
            for i, (did, pairs, err) in enumerate(pool.imap(generate, jobs), 1):
                gen[did] = (pairs, err)
                if err:
                    log(f"generate {did}: {err.strip().splitlines()[-1]}")
                if i % 20 == 0:
                    log(f"generated {i}/{len(jobs)}")
            timings["generate"] = time.time() - t0
            t0 = time.time()
            lo = [pair for pairs, _ in gen.values() for pair in pairs]
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
