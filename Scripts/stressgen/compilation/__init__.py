"""Compilations (`--kind compilation`, `--kind compilation:scan`): one PDF holding the reports of
several bodies, as a county publishes its departments' reports in one file or an archive scans a
bound volume. A cover, a table of contents, appendix and blank pages may sit around them.

Report k of compilation S:I is the text document of seed "S:I", index "partk" (its own values
and producer, see document.py) with the compilation's year and agency fixed in; its files are
under part-k/. The compilation's files: source.html and flow.pdf (flow layouts only), text.pdf
(the assembled text-layer file), doc.pdf (what is extracted: text.pdf or its scan), truth.json
(each report's truth and page range), layout.json (the plan), split/ (the extractor's outputs).

truth.json: {"compilation": {"pages", "roles": [one per page: "cover", "toc", "report 2",
"report 1+2", "appendix", "blank"], ...}, "reports": [{"index", "pages": [first, last],
"producer", "truth": the Samples/*.expected.json format}]}. Ranges are 1-based and inclusive; a
page shared by two reports (flow) is in both ranges; cover, TOC, appendix and blank pages are
in none."""
import contextlib
import io
import json
import os

import pikepdf

from samplegen import jsonio

from .. import layouts, seeds
from ..document import Document
from . import flow, pages, plan


class Compilation:
    kind = "compilation"

    def __init__(self, seed, index, kind, folder, extras=()):
        self.seed, self.index = seed, index
        self.id = f"{seed}:{index}"
        self.dseed = seeds.doc_seed(seed, index)
        self.scanned = kind == "compilation:scan"
        self.folder = folder
        text_extras = tuple(x for x in extras if x in layouts.TEXT_EXTRAS)   # scan extras do not apply
        self.plan = plan.draw(self.dseed, text_extras)
        p = self.plan
        self.parts = [Document(self.id, f"part{k + 1}", "text", self.path(f"part-{k + 1}"), text_extras,
                               fix={"year": p["year"], "agency": p["agencies"][k]})
                      for k in range(p["reports"])]
        if p["flow"]:                          # printed together: one engine, one stylesheet
            for part in self.parts:
                part.producer, part.params = p["flow"], p["layout"]

    def path(self, name):
        return os.path.join(self.folder, name)

    @property
    def form(self):
        return "scan" if self.scanned else None

    @property
    def producer(self):
        """flow or paged (summary groups by it); the producers themselves are in features."""
        return "flow" if self.plan["flow"] else "paged"

    @property
    def features(self):
        p = self.plan
        feats = [f"{p['reports']} reports", "producers:" + "+".join(x.producer for x in self.parts)]
        feats += [f"cover:{p['cover']}"] if p["cover"] else []
        feats += ["toc"] if p["toc"] else []
        feats += [f"boundaries:{'+'.join(p['boundaries'])}"] if p["flow"] else []
        feats += [f"{a} after {k + 1}" for k, a in enumerate(p["after"]) if a]
        feats += ["years:" + "+".join(str(x.rep.year) for x in self.parts)] if not p["year"] else []
        return feats

    # ---- generation --------------------------------------------------------------------------
    def write_truth(self):
        """Each part's truth (part-k/truth.json) and the plan; truth.json needs the page
        ranges, known once every report is printed (finish)."""
        os.makedirs(self.folder, exist_ok=True)
        for part in self.parts:
            part.write_truth()
        with open(self.path("layout.json"), "w", encoding="utf-8") as f:
            json.dump({"id": self.id, "doc_seed": self.dseed, "kind": self.kind, "form": self.form,
                       "plan": self.plan, "parts": [x.describe() for x in self.parts]},
                      f, ensure_ascii=False, indent=1, default=str)

    def render_text(self):
        """Print the reports; returns the (docx, pdf) pairs left for the LibreOffice batch."""
        if self.plan["flow"]:
            flow.render(self.parts, self.plan["flow"], self.plan["layout"], self.plan["boundaries"],
                        self.title(), self.path("source.html"), self.path("flow.pdf"))
            return []
        return [pair for part in self.parts for pair in part.render_text()]

    def title(self):
        years = sorted({x.rep.year for x in self.parts})
        y = f"{years[0]}年" if len(years) == 1 else ""
        return f"{self.plan['publisher'] or ''}{y}政府信息公开工作年度报告汇编"

    def finish(self):
        """Assemble text.pdf (reports and extra pages in order), doc.pdf (it, or its scan) and
        truth.json."""
        p = self.plan
        sources = [self.path("flow.pdf")] if p["flow"] else [x.path("text.pdf") for x in self.parts]
        for src in sources:
            if not os.path.exists(src):
                raise RuntimeError(f"producer wrote no PDF ({os.path.relpath(src, self.folder)})")
        with contextlib.ExitStack() as stack:
            pdfs = [stack.enter_context(pikepdf.open(s)) for s in sources]
            sequence = self.sequence(pdfs)
            ranges, roles = self.number(sequence)
            about = dict(p, years=[x.rep.year for x in self.parts], entries=self.entries(ranges))
            out = pikepdf.new()
            for role, pdf, info in sequence:
                if pdf is None:
                    page = pages.page_pdf(role, info["size"], dict(about, **info))
                    pdf = stack.enter_context(pikepdf.open(io.BytesIO(page)))
                out.pages.extend(pdf.pages)
            out.save(self.path("text.pdf"), deterministic_id=True)
        if self.scanned:
            from .. import scanner
            scanner.produce(self.path("text.pdf"), self.path("doc.pdf"), p["scan"], self.parts[0].rep.agency,
                            self.dseed)
        else:
            if os.path.lexists(self.path("doc.pdf")):
                os.remove(self.path("doc.pdf"))
            os.link(self.path("text.pdf"), self.path("doc.pdf"))
        self.write_full_truth(ranges, roles)

    def sequence(self, pdfs):
        """[(role, pdf, info)] in page order: "report" (its PDF; info k), "flow" (the flowed
        PDF), or an extra page (pdf None; info: page size, the agency of the report before)."""
        p = self.plan
        seq = [(role, None, {"size": _size(pdfs[0].pages[0])}) for role in ("cover", "toc") if p[role]]
        if p["flow"]:                          # appendix or nothing after the last report only
            seq.append(("flow", pdfs[0], {}))
            return seq + ([self._after(len(self.parts) - 1, pdfs[0])] if p["after"][-1] else [])
        for k in range(len(self.parts)):
            seq.append(("report", pdfs[k], {"k": k}))
            if p["after"][k]:
                seq.append(self._after(k, pdfs[k]))
        return seq

    def _after(self, k, pdf):
        return (self.plan["after"][k], None, {"size": _size(pdf.pages[-1]), "agency": self.parts[k].rep.agency})

    def number(self, sequence):
        """Each report's [first, last] page in the file, and each page's role."""
        ranges, roles = [None] * len(self.parts), []
        for role, pdf, info in sequence:
            start = len(roles)
            if role == "report":
                n = len(pdf.pages)
                ranges[info["k"]] = [start + 1, start + n]
                roles += [f"report {info['k'] + 1}"] * n
            elif role == "flow":
                inner, n = flow.ranges(self.path("flow.pdf"), [x.rep.title for x in self.parts])
                if n != len(pdf.pages):
                    raise RuntimeError(f"flow: pdftotext saw {n} pages, the PDF has {len(pdf.pages)}")
                for k, (a, b) in enumerate(inner):
                    ranges[k] = [start + a, start + b]
                for i in range(1, n + 1):
                    roles.append("report " + "+".join(str(k + 1) for k, (a, b) in enumerate(inner) if a <= i <= b))
            else:
                roles.append(role)
        return ranges, roles

    def entries(self, ranges):
        """The TOC's lines: each report's title and the page number printed for it."""
        before = 0 if self.plan["toc_numbers"] == "file" else ranges[0][0] - 1
        return [(x.rep.title, r[0] - before) for x, r in zip(self.parts, ranges)]

    def write_full_truth(self, ranges, roles):
        p = self.plan
        reports = []
        for k, (part, r) in enumerate(zip(self.parts, ranges)):
            truth = part.truth()              # the values as drawn (exact decimals), not re-read
            truth["producer"] = f"stress compilation {part.producer}" + (" + scan" if self.scanned else "")
            if self.scanned:
                truth["scanned"] = {"dpi": p["scan"]["dpi"]}
            reports.append({"index": k + 1, "pages": r, "producer": part.producer, "truth": truth})
        doc = {"compilation": {"id": self.id, "pages": len(roles), "roles": roles, "cover": p["cover"],
                               "toc": p["toc"], "flow": p["flow"], "scanned": self.scanned},
               "reports": reports}
        with open(self.path("truth.json"), "w", encoding="utf-8") as f:
            f.write(jsonio.dumps(doc))

    # ---- extraction --------------------------------------------------------------------------
    def extract_and_score(self, binary, res):
        from . import score
        score.run(self, binary, res)


def _size(page):
    x0, y0, x1, y1 = (float(v) for v in page.mediabox)
    return (x1 - x0, y1 - y0)
