"""Producer: the official Word template filled with python-docx (docx_fill.build_docx), kept as
the .docx itself: govreport reads it from its markup, no PDF.

python-docx stamps the ZIP entries with the time of writing; the archive is rewritten with fixed
entry dates and core-property dates so the same report gives the same bytes."""
import os
import re
import shutil
import tempfile
import zipfile

from . import docx_fill

FIXED_DATE = (2024, 1, 1, 0, 0, 0)


def normalize(src, dst):
    """Copy a DOCX with every entry dated FIXED_DATE, in the same order, deflated."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)",
                              rb"\g<1>2024-01-01T00:00:00Z\g<3>", data)
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED_DATE)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            zout.writestr(fixed, data)


def produce(rep, out_docx):
    tmp = tempfile.mkdtemp(prefix="samplegen-")
    try:
        src = os.path.join(tmp, rep.slug + ".docx")
        docx_fill.build_docx(rep, src)
        normalize(src, out_docx)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
