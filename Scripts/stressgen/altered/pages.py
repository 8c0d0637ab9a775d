"""Whole-page alterations: `outlines`, `rotated`, `mixed`.

Draws are made before the text PDF exists (LibreOffice prints it later, in one batch), so they
cannot name pages; a draw holds a `pick` seed and the pages are chosen from it once the page
count is known: the same document always gets the same pages."""
import os
import random
import shutil
import subprocess
import tempfile

import pikepdf

from .. import scanner
from ..seeds import weighted
from .region import mul


def pick_pages(n, seed, share="some"):
    """Page numbers (from 1) of an n-page document: all of them, or a non-empty proper subset
    when the document has more than one page."""
    if share == "all" or n == 1:
        return list(range(1, n + 1))
    rng = random.Random(seed)
    return sorted(rng.sample(range(1, n + 1), rng.randint(1, n - 1)))


def page_count(pdf_path):
    with pikepdf.open(pdf_path) as pdf:
        return len(pdf.pages)


# ---- outlines: every glyph a filled path -------------------------------------------------------
def outlines(src_pdf, out_pdf):
    """Ghostscript's pdfwrite with -dNoOutputFonts draws each glyph as a path: the pages look
    the same, and there is no text layer and no image (a PDF "printed" through a driver that
    converts text to curves)."""
    tmp = out_pdf + ".gs.pdf"
    r = subprocess.run(["gs", "-q", "-o", tmp, "-sDEVICE=pdfwrite", "-dNoOutputFonts", src_pdf],
                       capture_output=True, text=True, timeout=600)
    if r.returncode != 0 or not os.path.exists(tmp):
        raise RuntimeError(f"gs failed ({r.returncode}): {r.stderr[-300:]}")
    # gs stamps the time and a random document id; without them the same seed gives the same bytes
    with pikepdf.open(tmp) as pdf:
        for key in ("/CreationDate", "/ModDate"):
            if key in pdf.docinfo:
                del pdf.docinfo[key]
        if "/Metadata" in pdf.Root:
            del pdf.Root["/Metadata"]
        if "/ID" in pdf.trailer:
            del pdf.trailer["/ID"]      # qpdf would keep its first half
        pdf.save(out_pdf, deterministic_id=True)
    os.remove(tmp)
    return {}


# ---- rotated: /Rotate with the content turned the other way ------------------------------------
def draw_rotated(rng):
    return {"rotate": rng.choice([90, 270]), "share": weighted(rng, {"all": 60, "some": 40}),
            "pick": rng.getrandbits(32)}


def counter_rotation(angle, width, height):
    """The cm that draws a width × height page, upright, on a height × width MediaBox that a
    viewer turns by `angle` (clockwise) for display. /Rotate 90 shows media point (u, v) at
    (v, height - u), so content point (x, y) goes to (height - y, x); /Rotate 270 shows it at
    (width - v, u), so (x, y) goes to (y, width - x)."""
    if angle == 90:
        return (0, 1, -1, 0, height, 0)
    return (0, -1, 1, 0, 0, width)


def rotate_page(pdf, page, angle):
    x0, y0, x1, y1 = (float(v) for v in page.mediabox)
    w, h = x1 - x0, y1 - y0
    m = mul((1, 0, 0, 1, -x0, -y0), counter_rotation(angle, w, h))
    page.contents_add(pdf.make_stream(("q %s cm\n" % " ".join(f"{v:.6g}" for v in m)).encode()), prepend=True)
    page.contents_add(pdf.make_stream(b"\nQ\n"))
    page.mediabox = pikepdf.Array([0, 0, h, w])
    for box in ("/CropBox", "/TrimBox", "/BleedBox", "/ArtBox"):
        if box in page.obj:
            del page.obj[box]            # equal to the MediaBox in every producer's output
    page.obj.Rotate = angle              # (no producer writes annotations, which would need turning too)


def rotated(src_pdf, out_pdf, p):
    with pikepdf.open(src_pdf) as pdf:
        pages = pick_pages(len(pdf.pages), p["pick"], p["share"])
        for n in pages:
            rotate_page(pdf, pdf.pages[n - 1], p["rotate"])
        pdf.save(out_pdf, deterministic_id=True)
    return {"pages": pages}


# ---- mixed: some pages scanned, the others text ------------------------------------------------
def mild_scan(rng):
    """The scanner's base pass at mild settings: 200–300 dpi, little skew, noise and blur,
    good JPEG, no bilevel, no seal (its fallback place could land on table values when the
    page with the date is not among the scanned ones). Also the scan of a compilation."""
    return dict(dpi=rng.choice([200, 240, 300]), rotate=round(rng.uniform(-0.8, 0.8), 2),
                noise=rng.choice([0, 2, 3, 4]), blur=rng.choice([0, 0, 0.3]), quality=rng.randint(55, 85),
                color=rng.random() < 0.3, bilevel=False, noisy_background=False, seal=None, extras={})


def draw_mixed(rng):
    return {"scan": mild_scan(rng), "pick": rng.getrandbits(32)}


def mixed(src_pdf, out_pdf, p, agency, dseed):
    tmp = tempfile.mkdtemp(prefix="stress-mixed-")
    try:
        with pikepdf.open(src_pdf) as pdf:
            pages = pick_pages(len(pdf.pages), p["pick"])
            subset = pikepdf.new()
            for n in pages:
                subset.pages.append(pdf.pages[n - 1])
            subset.save(os.path.join(tmp, "pages.pdf"))
            scanner.produce(os.path.join(tmp, "pages.pdf"), os.path.join(tmp, "scan.pdf"), p["scan"], agency, dseed)
            with pikepdf.open(os.path.join(tmp, "scan.pdf")) as scan:
                for k, n in enumerate(pages):
                    pdf.pages[n - 1] = scan.pages[k]
                pdf.save(out_pdf, deterministic_id=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return {"scanned_pages": pages}
