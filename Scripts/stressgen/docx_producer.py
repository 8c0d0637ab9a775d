"""Producer (b): the official Word template filled by samplegen's docx_fill, with drawn fonts,
sizes, page size and margins, converted to PDF by LibreOffice — many documents per soffice call
(starting LibreOffice costs seconds; converting one more document, well under one)."""
import os
import shutil
import subprocess
import tempfile

import docx
from docx.oxml.ns import qn
from docx.shared import Mm

from samplegen import docx_fill

PAGE_MM = {"A4": (210, 297), "Letter": (215.9, 279.4), "B5": (176, 250)}


def build(rep, params, docx_path):
    rep.spec.update({k: v for k, v in params.items() if k not in ("page", "margins_mm")})
    if getattr(rep, "normative_label", "行政规范性文件") == "规范性文件" and rep.fmt == "2021":
        rep.spec["label_2019_normative"] = True
    docx_fill.build_docx(rep, docx_path)
    d = docx.Document(docx_path)
    w, h = PAGE_MM[params["page"]]
    mt, mr, mb, ml = params["margins_mm"]
    for s in d.sections:
        s.page_width, s.page_height = Mm(w), Mm(h)
        s.top_margin, s.right_margin, s.bottom_margin, s.left_margin = Mm(mt), Mm(mr), Mm(mb), Mm(ml)
    fit_tables(d, Mm(w - ml - mr).twips)
    d.save(docx_path)


def fit_tables(document, text_width_twips):
    """Shrink every table wider than the text column to fit it, as a person who changed the
    page size would: the template's tables are laid out for A4 with Word's margins, and on a
    narrower page LibreOffice lets them run past the page edge, where a reader cannot see the
    numbers at all (stress 105:73 printed 2072 as a clipped '20')."""
    w = qn("w:w")
    for table in document.tables:
        grid = table._tbl.tblGrid
        columns = grid.findall(qn("w:gridCol")) if grid is not None else []
        total = sum(int(c.get(w, "0")) for c in columns)
        if total <= text_width_twips or total == 0:
            continue
        scale = text_width_twips / total
        for c in columns:
            c.set(w, str(int(int(c.get(w, "0")) * scale)))
        for width in table._tbl.iter(qn("w:tcW")):
            if width.get(qn("w:type"), "dxa") == "dxa" and width.get(w):
                width.set(w, str(int(int(width.get(w)) * scale)))
        for width in table._tbl.iter(qn("w:tblW")):
            if width.get(qn("w:type"), "dxa") == "dxa" and width.get(w):
                width.set(w, str(min(int(width.get(w)), text_width_twips)))


def convert(pairs, timeout=1800):
    """Convert each (docx, pdf) pair with one LibreOffice process; returns the docx paths that
    gave no PDF."""
    if not pairs:
        return []
    if not shutil.which("soffice"):
        return [d for d, _ in pairs]
    tmp = tempfile.mkdtemp(prefix="stress-lo-")
    try:
        # one soffice call writes into one --outdir: link the inputs into one folder, unique names
        src = os.path.join(tmp, "in")
        os.makedirs(src)
        names = {}
        for i, pair in enumerate(pairs):
            name = f"d{i:05d}.docx"
            os.symlink(os.path.abspath(pair[0]), os.path.join(src, name))
            names[name] = pair
        env = dict(os.environ, SOURCE_DATE_EPOCH="1700000000", TZ="UTC")
        profile = "file://" + os.path.join(tmp, "profile")
        try:
            subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                            "--outdir", os.path.join(tmp, "out")] + [os.path.join(src, n) for n in sorted(names)],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, timeout=timeout)
        except subprocess.TimeoutExpired:
            pass                              # what it converted counts; the rest fail below
        failed = []
        for name, (docx_path, pdf_path) in names.items():
            got = os.path.join(tmp, "out", name[:-5] + ".pdf")
            if os.path.exists(got) and os.path.getsize(got) > 0:
                shutil.move(got, pdf_path)
            else:
                failed.append(docx_path)
        return failed
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
