"""Printing a stress run: one line per failing document, figures per kind and producer, and the
closing `N passed, M failed` line."""
from collections import Counter

FIRST_CELLS = 3


def kind_name(r):
    """text, scan, or altered/FORM."""
    return f"{r['kind']}/{r['form']}" if r.get("form") else r["kind"]


def failure_line(r):
    head = f"FAIL {r['id']} [{kind_name(r)} {r['producer']}] exit {r['exit']}"
    feats = ",".join(f for f in r["features"] if not f.startswith("heading"))
    if r.get("error"):
        last = r["error"].strip().splitlines()[-1]
        return f"{head}: error: {last} ({feats})"
    if r.get("missing"):
        return f"{head}: no output JSON" + (f" in split/ ({r['report_count']} reports)" if "reports" in r else "") \
            + f" ({feats})"
    wrong = r["wrong"]
    silent = sum(1 for w in wrong if w["silent"])
    bits = [f"{len(wrong)}/{r['cells']} cells wrong ({silent} silent)"]
    if "reports" in r:
        bits = reports_bits(r) + bits
    for f in r["fields"]:
        name = f["field"].split(" ")[-1]       # a compilation's are "#2 report.agency"
        if name == "applications.row_order":
            bits.append(f["field"].replace("applications.", "") + " " + f.get("diff", ""))
        elif name != "sections":
            bits.append(f"{f['field']}: expected {f['expected']}, found {f['found']}")
    cells = "; ".join(f"{w['path']} exp {w['expected']} got {w['found']}"
                      + (" SILENT" if w["silent"] else " (review)") for w in wrong[:FIRST_CELLS])
    if len(wrong) > FIRST_CELLS:
        cells += f"; +{len(wrong) - FIRST_CELLS} more"
    return f"{head}: " + "; ".join(bits) + (" | " + cells if cells else "") + f"  [{feats}]"


def reports_bits(r):
    """A compilation's report-level faults: how many found and rightly paged, which ones are
    missing, which have a wrong range, which outputs are extra."""
    reps = r["reports"]
    found = [e for e in reps if not e.get("missing")]
    bits = [f"reports found {len(found)}/{len(reps)}, page ranges right "
            f"{sum(1 for e in found if e['pages_right'])}/{len(reps)}"]
    bits += [f"#{e['index']} missing (pages {e['pages']}, {e['agency']})" for e in reps if e.get("missing")]
    bits += [f"#{e['index']} pages {e['pages']} found {e['pages_found']} ({e['file']})"
             for e in found if not e["pages_right"]]
    bits += [f"extra {x['file']} (pages {x['pages']}, {x['agency']})" for x in r["extra"]]
    return bits


class Tally:
    def __init__(self):
        self.docs = self.passed = self.cells = self.wrong = self.silent = self.missing = 0
        self.agency = self.year = self.format = self.row_order = self.sections = self.scored = 0
        self.exits = Counter()
        self.seconds = 0.0
        # compilations: reports expected, found, found with the right page range; extra outputs
        self.reports = self.found = self.ranges = self.extra = 0

    def add(self, r):
        self.docs += 1
        self.exits[str(r["exit"])] += 1
        self.seconds += r.get("seconds", 0.0)
        self.cells += r.get("cells", 0)
        if r.get("passed"):
            self.passed += 1
        self.reports += r.get("report_count", 0)
        if r.get("error") or r.get("missing") or "wrong" not in r:
            self.missing += r.get("cells", 0)
            return
        if "reports" in r:
            # a compilation: agency, year, … are counted per report found
            self.extra += len(r["extra"])
            for e in r["reports"]:
                if e.get("missing"):
                    self.missing += e["cells"]
                else:
                    self.found += 1
                    self.ranges += e["pages_right"]
                    self.add_scored(e)
            return
        self.add_scored(r)

    def add_scored(self, r):
        """The figures of one scored report: a document, or one report of a compilation."""
        self.scored += 1
        self.wrong += len(r["wrong"])
        self.silent += sum(1 for w in r["wrong"] if w["silent"])
        bad = {f["field"] for f in r["fields"]}
        self.agency += "report.agency" not in bad
        self.year += "report.year" not in bad
        self.format += "report.format" not in bad
        self.row_order += "applications.row_order" not in bad
        self.sections += "sections" not in bad

    def line(self, name, width=18):
        right = self.cells - self.wrong - self.missing
        pct = 100.0 * right / self.cells if self.cells else 100.0
        n = self.scored
        exits = " ".join(f"{k}:{v}" for k, v in sorted(self.exits.items()))
        return (f"{name:{width}s} docs {self.docs:4d}, passed {self.passed:4d}; cells right {right}/{self.cells} "
                f"({pct:.2f} %), silent errors {self.silent}, unscored cells {self.missing}; "
                f"agency {self.agency}/{n}, year {self.year}/{n}, format {self.format}/{n}, "
                f"row_order {self.row_order}/{n}, sections {self.sections}/{n}; exit codes {{{exits}}}; "
                f"extract {self.seconds / max(1, self.docs):.2f} s/doc"
                + (f"; reports found {self.found}/{self.reports}, page ranges right {self.ranges}/{self.reports}, "
                   f"extra reports {self.extra}" if self.reports else ""))


def unscored(r):
    """A producer fault (the PDF does not print its truth, printcheck.py) with no silent error is
    left out of the figures; one with a silent error still counts, so nothing silent is hidden."""
    return bool(r.get("producer_fault")) and not any(w["silent"] for w in r.get("wrong", []))


def print_report(results, timings, out=print, lines=True):
    faults = [r for r in results if unscored(r)]
    if lines:
        for r in faults:
            out(f"SKIP {r['id']} [{kind_name(r)} {r['producer']}] producer fault: {r['producer_fault']}")
    results = [r for r in results if not unscored(r)]
    failed = [r for r in results if not r.get("passed")]
    if lines:
        for r in failed:
            out(failure_line(r))
    if failed or not lines:
        out("")
    groups = {}
    for r in results:
        # altered documents are told apart by form (altered/outlines), the others by producer
        second = kind_name(r) if r.get("form") else f"{r['kind']}/{r['producer']}"
        for key in (f"kind {r['kind']}", second):
            groups.setdefault(key, Tally()).add(r)
    total = Tally()
    for r in results:
        total.add(r)
    width = max([18] + [len(k) for k in groups])
    for key in sorted(groups, key=lambda k: (not k.startswith("kind"), k)):
        out(groups[key].line(key, width))
    out(total.line("all", width))
    out("time: " + ", ".join(f"{k} {v:.0f} s" for k, v in timings.items()))
    if faults:
        out(f"{len(faults)} document(s) not scored: the producer's PDF does not print the truth")
    passed = len(results) - len(failed)
    out(f"{passed} passed, {len(failed)} failed")
    return len(failed)


def print_detail(r, out=print):
    """Everything about one document (--doc)."""
    out(failure_line(r) if not r.get("passed") else f"ok   {r['id']} [{kind_name(r)} {r['producer']}] exit {r['exit']}")
    for w in r.get("wrong", []):
        out(f"     {'SILENT ' if w['silent'] else 'review '} {w['path']}: expected {w['expected']}, found {w['found']}")
    for f in r.get("fields", []):
        if f["field"] == "applications.row_order":
            out(f"     field   row_order: {f.get('diff', '')}")
        else:
            out(f"     field   {f['field']}: expected {f['expected']}, found {f['found']}")
    for e in r.get("reports", []):
        state = "missing" if e.get("missing") else f"{e['file']} pages {e['pages_found']}" + (
            "" if e["pages_right"] else " WRONG RANGE")
        out(f"     report  #{e['index']} pages {e['pages']} {e['agency']}: {state}")
    for x in r.get("extra", []):
        out(f"     extra   {x['file']} pages {x['pages']} {x['agency']}")
    if r.get("error"):
        out(r["error"].rstrip())
