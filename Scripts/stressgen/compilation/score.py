"""Extracting a compilation with `govreport extract FILE --split DIR` and scoring what it wrote.

The extractor writes one JSON per report found, DIR/<stem>-<n>.json in page order; when the file
holds more than one report, each one's `source.report` is {"index", "count", "pages": [first,
last]}. Each expected report is matched to one output: the pair whose page ranges overlap most
first, the same agency breaking ties. A matched report is scored like any other document
(stressgen/score.py) and must also have exactly its page range. A report with no output counts
all its cells as unscored; an output matched to no report (a TOC line or the cover taken for a
report) is an extra. The document passes when every report is found, right and rightly paged,
and nothing extra was found."""
import glob
import os
import re
import shutil

from samplegen import schema
from samplegen.scoring import load, norm_title

from .. import printcheck
from ..score import extract, score

# seconds: text extraction is well under a second a page; OCR of a scanned page ~10 s
TIMEOUT = {"text": 120, "scan": 900}


def run(comp, binary, res):
    """Fill `res` (run.py's per-document result) for compilation `comp`."""
    res["report_count"] = len(comp.parts)
    comp.finish()
    truth = load(comp.path("truth.json"))
    faults = [f"report {e['index']}: {f}" for e in truth["reports"]
              for f in [printcheck.producer_fault(comp.path("text.pdf"), e["truth"]["applications"]["row_order"],
                                                  e["pages"])] if f]
    if faults:
        res["producer_fault"] = "; ".join(faults)
    if binary is None:                         # --generate-only
        res["generated"] = True
        return
    split = comp.path("split")
    shutil.rmtree(split, ignore_errors=True)
    os.makedirs(split)
    per_report = TIMEOUT["scan" if comp.scanned else "text"]
    res["exit"], stderr, res["seconds"] = extract(
        [binary, "extract", comp.path("doc.pdf"), "--split", split], per_report * len(comp.parts))
    with open(comp.path("stderr.txt"), "w", encoding="utf-8") as f:
        f.write(stderr)
    res.update(judge(truth["reports"], outputs(split, "doc", int(truth["compilation"]["pages"]))))


def outputs(folder, stem, pages):
    """[{"file", "path", "pages", "agency"}] of the JSONs the extractor wrote, in their order.
    An output without `source.report` (a file it took for one report) covers every page."""
    found = []
    for path in glob.glob(os.path.join(folder, f"{glob.escape(stem)}-*.json")):
        m = re.fullmatch(re.escape(stem) + r"-(\d+)\.json", os.path.basename(path))
        if not m:
            continue
        try:
            out = load(path)
        except ValueError:
            out = {}
        report = ((out.get("source") or {}).get("report") or {}) if isinstance(out, dict) else {}
        span = report.get("pages") if isinstance(report, dict) else None
        span = [int(x) for x in span] if isinstance(span, list) and len(span) == 2 else [1, pages]
        agency = (out.get("report") or {}).get("agency") if isinstance(out.get("report"), dict) else None
        found.append({"n": int(m.group(1)), "file": os.path.basename(path), "path": path, "pages": span,
                      "agency": agency})
    return sorted(found, key=lambda o: o["n"])


def overlap(a, b):
    return max(0, min(a[1], b[1]) - max(a[0], b[0]) + 1)


def match(expected, found):
    """{expected index: output} — greedy on (pages in common, same agency)."""
    pairs = []
    for e in expected:
        for o in found:
            common = overlap(e["pages"], o["pages"])
            if common:
                same = norm_title(e["truth"]["report"]["agency"]) == norm_title(o["agency"] or "")
                pairs.append((common, same, -e["index"], -o["n"], e["index"], o["n"]))
    taken_e, taken_o, out = set(), set(), {}
    for *_, ei, on in sorted(pairs, reverse=True):
        if ei not in taken_e and on not in taken_o:
            taken_e.add(ei)
            taken_o.add(on)
            out[ei] = next(o for o in found if o["n"] == on)
    return out


def judge(expected, found):
    """The compilation's result: per report, the extras, and the totals summary.py reads."""
    # the truth was read with numbers as Decimal (exact cells); indexes and pages are ints
    expected = [dict(e, index=int(e["index"]), pages=[int(x) for x in e["pages"]]) for e in expected]
    matched = match(expected, found)
    reports, wrong, fields = [], [], []
    for e in expected:
        k, agency = e["index"], e["truth"]["report"]["agency"]
        entry = {"index": k, "pages": e["pages"], "agency": agency}
        o = matched.get(k)
        if o is None:
            entry.update(missing=True, passed=False, wrong=[], fields=[],
                         cells=len(schema.cell_paths(e["truth"]["report"]["format"],
                                                     e["truth"]["applications"]["row_order"])))
        else:
            entry.update(score(e["truth"], o["path"]))
            entry.update(file=o["file"], pages_found=o["pages"], pages_right=o["pages"] == e["pages"])
            entry["passed"] = entry["passed"] and entry["pages_right"]
        reports.append(entry)
        wrong += [dict(w, path=f"#{k} {w['path']}") for w in entry["wrong"]]
        fields += [dict(f, field=f"#{k} {f['field']}") for f in entry["fields"]]
    taken = {o["file"] for o in matched.values()}
    extra = [{"file": o["file"], "pages": o["pages"], "agency": o["agency"]} for o in found if o["file"] not in taken]
    return {"cells": sum(r["cells"] for r in reports), "missing": not found, "wrong": wrong, "fields": fields,
            "reports": reports, "extra": extra, "review_count": sum(r.get("review_count", 0) for r in reports),
            "passed": all(r["passed"] for r in reports) and not extra}
