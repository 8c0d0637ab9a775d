"""Does each altered document have the property its form promises? Generator tooling only.

    cd Scripts && python3 -m stressgen.altered.check DIR/S-I ...   (folders kept by --keep)

Per document one line `ok|BAD S-I FORM producer: facts`. Every form must still look like its
text.pdf: pages rendered at 75 dpi, gray, averaged over 8×8-pixel blocks (vector text, outlines
and a downsampled picture anti-alias differently; a page out of place or turned does not average
away), mean absolute difference at most LOOKS_SAME; the cover and appendix pages and the scanned
pages of `mixed` are left out.
Then, per form:
  lying-tounicode  pdftotext gives as much CJK text as text.pdf's, but no CJK character or digit
                   where text.pdf's has the same one (same layout, so same positions)
  no-tounicode     no font has a ToUnicode, no ActualText is left
  outlines         pdftotext gives nothing, pdffonts lists no font, pdfimages no image
  table-picture    one image on each page with a part of table 三, no text under it, and
                   pdftotext (of the whole document) lacks nearly all of table 三's row labels
                   (a few, 予以公开 or 总计, also occur in the prose)
  mixed            scanned pages: one image and no text; the others: text and no image
  rotated          pdfinfo gives the drawn /Rotate on the chosen pages; renders upright
  cover-appendix   the report's pages render as text.pdf's, with pages before and after"""
import json
import os
import re
import subprocess
import sys
import tempfile

import numpy as np
import pikepdf
from PIL import Image

from .. import printcheck
from . import tounicode

# mean absolute gray difference (0-255) of 8×8 blocks at 75 dpi still "the same" (measured on seed
# 77: outlines ≤ 2, table-picture ≤ 4.2, rotated ≤ 0.4; a page turned sideways: no match at all)
LOOKS_SAME = 6.0


def sh(*cmd):
    return subprocess.run(cmd, capture_output=True, text=True, timeout=300).stdout


def renders(pdf, first=None, last=None):
    with tempfile.TemporaryDirectory() as tmp:
        rng = (["-f", str(first), "-l", str(last)] if first else [])
        subprocess.run(["pdftoppm", "-r", "75", "-gray"] + rng + [pdf, os.path.join(tmp, "p")], check=True)
        return [np.asarray(Image.open(os.path.join(tmp, f)), dtype=np.float32) for f in sorted(os.listdir(tmp))]


def blocks(a, k=8):
    h, w = a.shape[0] - a.shape[0] % k, a.shape[1] - a.shape[1] % k
    return a[:h, :w].reshape(h // k, k, w // k, k).mean(axis=(1, 3))


def difference(a, b):
    if a.shape != b.shape:
        return 255.0
    return float(np.abs(blocks(a) - blocks(b)).mean())


def images_per_page(pdf):
    counts = {}
    for line in sh("pdfimages", "-list", pdf).splitlines()[2:]:
        page = int(line.split()[0])
        counts[page] = counts.get(page, 0) + 1
    return counts


def page_text(pdf, n):
    return page_text_args(pdf, n)


def text_in(pdf, n, rect_pt):
    """pdftotext of a rectangle (default user space, y up) of page n, whitespace removed."""
    with pikepdf.open(pdf) as doc:
        top = float(doc.pages[n - 1].mediabox[3])
    x0, y0, x1, y1 = rect_pt
    crop = ["-x", str(int(x0) + 1), "-y", str(int(top - y1) + 1),
            "-W", str(int(x1 - x0) - 2), "-H", str(int(y1 - y0) - 2)]
    return page_text_args(pdf, n, crop)


def page_text_args(pdf, n, extra=()):
    return re.sub(r"\s+", "", sh("pdftotext", "-f", str(n), "-l", str(n), *extra, pdf, "-"))


def cjk(s):
    return [c for c in s if "\u4e00" <= c <= "\u9fff"]


def check(folder):
    doc, text = os.path.join(folder, "doc.pdf"), os.path.join(folder, "text.pdf")
    with open(os.path.join(folder, "altered.json"), encoding="utf-8") as f:
        facts = json.load(f)
    with open(os.path.join(folder, "truth.json"), encoding="utf-8") as f:
        truth = json.load(f)
    form = facts["form"]
    problems, said = [], []

    # looks the same
    base = renders(text)
    if form == "cover-appendix":
        a, b = facts["report_pages"]
        got = renders(doc, a, b)
        if len(renders(doc)) != len(base) + 1 + len(facts["appendices"]):
            problems.append("page count")
    else:
        got = renders(doc)
    skip = set(facts.get("scanned_pages", []))
    diffs = [difference(x, y) for i, (x, y) in enumerate(zip(base, got), 1) if i not in skip]
    said.append("render diff max %.2f" % max(diffs))
    if len(got) != len(base) or max(diffs) > LOOKS_SAME:
        problems.append(f"does not look like text.pdf (diffs {[round(d, 1) for d in diffs]})")

    full = re.sub(r"\s+", "", sh("pdftotext", doc, "-"))
    base_text = re.sub(r"\s+", "", sh("pdftotext", text, "-"))
    if form == "lying-tounicode":
        said.append(f"text {full[:16]}… (was {base_text[:16]}…)")
        if len(full) != len(base_text) or len(cjk(full)) < 0.9 * len(cjk(base_text)):
            problems.append("text not the same length / not Chinese")
        same = sum(1 for x, y in zip(full, base_text) if x == y and ("\u4e00" <= x <= "\u9fff" or x.isdigit()))
        if same:
            problems.append(f"{same} CJK characters or digits decode as before")
    elif form == "no-tounicode":
        with pikepdf.open(doc) as pdf:
            n = sum(1 for o in pdf.objects if isinstance(o, pikepdf.Dictionary) and "/ToUnicode" in o)
            spans = len(tounicode.actual_texts(pdf))
        said.append(f"pdftotext: {len(cjk(full))} CJK of {len(full)} chars "
                    f"(text.pdf {len(cjk(base_text))}): {full[:16]!r}…")
        if n or spans:
            problems.append(f"{n} ToUnicode, {spans} ActualText left")
    elif form == "outlines":
        fonts_ = sh("pdffonts", doc).splitlines()[2:]
        said.append(f"text {len(full)} chars, fonts {len(fonts_)}, images {sum(images_per_page(doc).values())}")
        if full or fonts_ or images_per_page(doc):
            problems.append("text, fonts or images left")
    elif form == "table-picture":
        images = images_per_page(doc)
        pages = [p["page"] for p in facts["pictures"]]
        missing = printcheck.missing_rows(doc, truth["applications"]["row_order"])
        n = len(truth["applications"]["row_order"])
        said.append(f"images {images}, table pages {pages}, row labels gone {len(missing)}/{n}")
        if images != {p: 1 for p in pages}:
            problems.append("not one image per table page")
        for pic in facts["pictures"]:
            if text_in(doc, pic["page"], pic["rect_pt"]):
                problems.append(f"text left under the picture on page {pic['page']}")
        if len(missing) < 0.8 * n:
            problems.append("table 三's labels still in the text")
    elif form == "mixed":
        images = images_per_page(doc)
        scanned = facts["scanned_pages"]
        said.append(f"scanned pages {scanned} of {len(base)}")
        for n in range(1, len(base) + 1):
            t = page_text(doc, n)
            if n in scanned and (images.get(n) != 1 or t):
                problems.append(f"page {n} not a bare scan")
            if n not in scanned and (images.get(n) or not t):
                problems.append(f"page {n} not text")
    elif form == "rotated":
        info = sh("pdfinfo", "-f", "1", "-l", str(len(base)), doc)
        rot = {int(m.group(1)): int(m.group(2)) for m in re.finditer(r"Page\s+(\d+) rot:\s+(\d+)", info)}
        said.append(f"rot {rot}")
        want = {n: (facts["rotate"] if n in facts["pages"] else 0) for n in range(1, len(base) + 1)}
        if rot != want:
            problems.append(f"rotation {rot}, wanted {want}")
    elif form == "cover-appendix":
        said.append(f"report pages {facts['report_pages']}, cover {facts['cover']}, appendices {facts['appendices']}")
    return problems, said, form


def main(folders):
    bad = 0
    for folder in folders:
        with open(os.path.join(folder, "layout.json"), encoding="utf-8") as f:
            producer = json.load(f)["producer"]
        problems, said, form = check(folder)
        bad += bool(problems)
        print(f"{'BAD' if problems else 'ok '} {os.path.basename(folder)} {form} {producer}: "
              + "; ".join(said) + ("  PROBLEMS: " + "; ".join(problems) if problems else ""))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
