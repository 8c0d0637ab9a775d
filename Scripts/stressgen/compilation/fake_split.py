#!/usr/bin/env python3
"""A stand-in for `govreport extract FILE --split DIR` that writes, for a compilation made by
`Scripts/stress --kind compilation`, each report's truth in the extractor's output form, so the
compilation scorer can be checked without the extractor:

    Scripts/stress --kind compilation --seed 1 --count 6 --bin Scripts/stressgen/compilation/fake_split.py

passes every document. GOVREPORT_FAKE_FAULTS (comma-separated) makes it wrong on purpose:
drop-last (the last report not found), toc-extra (an extra report on page 1), range (the last
report's range one page too long), cell (one silent wrong cell in report 1), merge (reports 1
and 2 as one). Plain `extract FILE` on a compilation exits 8, as the contract says."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))

from samplegen import jsonio  # noqa: E402

TRUTH_ONLY = ("defects", "scanned", "producer", "notes")


def output(truth, pdf, pages, index, count, span):
    out = {k: v for k, v in truth.items() if k not in TRUTH_ONLY}
    out["source"] = {"file": os.path.basename(pdf), "pages": pages, "producer": "fake", "text_pages": [],
                     "ocr_pages": [], "report": {"index": index, "count": count, "pages": span}}
    out.update(cells={}, review=[], warnings=[])
    return out


def main(argv):
    if len(argv) < 2 or argv[0] != "extract":
        print("usage: fake_split.py extract FILE --split DIR", file=sys.stderr)
        return 64
    pdf = argv[1]
    doc = jsonio.load(os.path.join(os.path.dirname(os.path.abspath(pdf)), "truth.json"))
    reports, pages = doc["reports"], doc["compilation"]["pages"]
    if "--split" not in argv:
        ranges = ", ".join(f"{r['pages'][0]}-{r['pages'][1]}" for r in reports)
        print(f"error: {pdf} holds {len(reports)} reports (pages {ranges}); use --split DIR", file=sys.stderr)
        return 8
    folder = argv[argv.index("--split") + 1]
    faults = set(filter(None, os.environ.get("GOVREPORT_FAKE_FAULTS", "").split(",")))
    found = [(r["truth"], list(r["pages"])) for r in reports]
    if "cell" in faults:
        row = found[0][0]["applications"]["rows"]["new"]
        row["total"] = (row["total"] or 0) + 1
    if "merge" in faults:
        found[0:2] = [(found[0][0], [found[0][1][0], found[1][1][1]])]
    if "range" in faults:
        found[-1][1][1] += 1
    if "drop-last" in faults:
        found.pop()
    if "toc-extra" in faults:
        found.insert(0, (found[0][0], [1, 1]))
    stem = os.path.splitext(os.path.basename(pdf))[0]
    for n, (truth, span) in enumerate(found, 1):
        with open(os.path.join(folder, f"{stem}-{n}.json"), "w", encoding="utf-8") as f:
            f.write(jsonio.dumps(output(truth, pdf, pages, n, len(found), span)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
