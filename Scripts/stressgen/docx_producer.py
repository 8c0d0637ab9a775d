"""Producer (b): the official Word template filled by samplegen's docx_fill, with drawn fonts,
sizes, page size and margins, converted to PDF by LibreOffice — many documents per soffice call
(starting LibreOffice costs seconds; converting one more document, well under one)."""
import os
import shutil
import subprocess
import tempfile

import docx
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
    d.save(docx_path)


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
