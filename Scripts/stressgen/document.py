"""One stress document: its draws, its files and its truth.

Files of document S:I live in one folder: source.html / source.docx (what the producer read),
text.pdf (the text-layer document), doc.pdf (what is extracted: text.pdf itself, its scan or
its altered form), layout.json (every draw), altered.json (what an alteration did: pages chosen,
content removed), truth.json (expected JSON, the Samples/*.expected.json format), out.json and
stderr.txt (the extractor's), result.json (the score)."""
import json
import os

from samplegen import jsonio, schema

from . import draw_report, layouts, seeds

KINDS = ("text", "scan", "altered", "compilation")


def draw_kind(dseed, kind):
    """text / scan / altered / compilation. `all` draws text or scan only (as before the altered
    kinds existed, so an `all` id still names the same document)."""
    for family in ("altered", "compilation"):
        if kind.startswith(family):
            return family
    if kind != "all":
        return kind
    return "scan" if seeds.stream(dseed, "kind").random() < 0.3 else "text"


class Document:
    def __init__(self, seed, index, kind, folder, scan_extras=(), fix=None):
        """`fix` fixes the report's year and agency (a compilation's parts, compilation/)."""
        self.seed, self.index = seed, index
        self.id = f"{seed}:{index}"
        self.dseed = seeds.doc_seed(seed, index)
        self.kind = draw_kind(self.dseed, kind)
        self.folder = folder
        self.rep, self.features, self.defects = draw_report.draw(
            seeds.stream(self.dseed, "report"), self.dseed, fix)
        text_extras = tuple(x for x in scan_extras if x in layouts.TEXT_EXTRAS)
        self.producer, self.params = layouts.draw(
            seeds.stream(self.dseed, "layout"), self.rep, text_extras)
        self.scan = self.altered = None
        if self.kind == "altered":
            from . import altered
            self.altered = altered.draw(self.dseed, altered.parse_kind(kind))
        if self.kind == "scan":
            from . import scanner
            self.scan = scanner.draw(self.dseed, tuple(x for x in scan_extras if x in scanner.EXTRAS))

    def path(self, name):
        return os.path.join(self.folder, name)

    # ---- generation --------------------------------------------------------------------------
    def render_text(self):
        """Write text.pdf (or, for LibreOffice, source.docx: converted later in one batch).
        Returns the (docx, pdf) pairs that still need the batch conversion."""
        os.makedirs(self.folder, exist_ok=True)
        if self.producer in ("chromium", "weasyprint"):
            from . import html_print, html_render
            text = html_render.render(self.rep, self.params, seeds.stream(self.dseed, "html"))
            html_print.produce(self.producer, text, self.path("source.html"), self.path("text.pdf"))
            return []
        if self.producer == "reportlab":
            from . import rl_producer
            rl_producer.produce(self.rep, self.params, self.path("text.pdf"))
            return []
        from . import docx_producer
        docx_producer.build(self.rep, self.params, self.path("source.docx"))
        return [(self.path("source.docx"), self.path("text.pdf"))]

    def docx_path(self):
        return self.path("source.docx")

    @property
    def form(self):
        """The altered form's name (lying-tounicode, outlines, ...), None for text and scans."""
        return self.altered["form"] if self.altered else None

    def finish(self):
        """After text.pdf exists: make doc.pdf (scan it or alter it when the document is one)."""
        if self.kind == "scan":
            from . import scanner
            scanner.produce(self.path("text.pdf"), self.path("doc.pdf"), self.scan, self.rep.agency, self.dseed)
        elif self.kind == "altered":
            from . import altered
            facts = altered.produce(self.path("text.pdf"), self.path("doc.pdf"), self.altered, self)
            with open(self.path("altered.json"), "w", encoding="utf-8") as f:
                json.dump(dict(self.altered, **facts), f, ensure_ascii=False, indent=1, default=str)
        else:
            link = self.path("doc.pdf")
            if os.path.lexists(link):
                os.remove(link)
            os.link(self.path("text.pdf"), link)

    def write_truth(self):
        os.makedirs(self.folder, exist_ok=True)
        doc = self.truth()
        with open(self.path("truth.json"), "w", encoding="utf-8") as f:
            f.write(jsonio.dumps(doc))
        with open(self.path("layout.json"), "w", encoding="utf-8") as f:
            json.dump(self.describe(), f, ensure_ascii=False, indent=1, default=str)

    def truth(self):
        """The expected JSON (the Samples/*.expected.json format), checked against the schema."""
        scanned = None
        notes = ["features: " + ", ".join(self.features)]
        if self.scan:
            from . import scanner
            scanned = {"dpi": self.scan["dpi"]}
            notes.append(scanner.describe(self.scan, self.rep.agency))
        if self.altered:
            from . import altered
            notes.append(altered.describe(self.altered))
            if self.form == "mixed":
                scanned = {"dpi": self.altered["scan"]["dpi"]}
        doc = draw_report.truth(self.rep, self.producer_label(), self.defects, scanned, notes)
        problems = schema.validate_expected(doc)
        if problems:
            raise RuntimeError(f"generated truth is invalid: {problems[:3]}")
        return doc

    def producer_label(self):
        return f"stress {self.producer}" + (" + scan" if self.kind == "scan" else "") \
            + (f" + altered {self.form}" if self.altered else "")

    def describe(self):
        return {"id": self.id, "doc_seed": self.dseed, "kind": self.kind, "producer": self.producer,
                "features": self.features, "defects": self.defects, "params": self.params, "scan": self.scan,
                "altered": self.altered,
                "agency": self.rep.agency, "year": self.rep.year, "format": self.rep.fmt}
