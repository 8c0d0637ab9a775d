"""`table-picture`: table 三 (收到和处理政府信息公开申请情况) turned into a picture pasted into
an otherwise text page, as when someone pastes a screenshot of the table into the report.

1. Where the table is: pdftotext -bbox-layout gives the lines of heading 三 and heading 四; on
   each page from the one with heading 三 to the one with heading 四, the band between them
   (less a page footer) is rendered, and in it the table starts at its first ruling (a pixel row
   dark across ≥ 35 % of the page width: section 三's paragraphs sit between the heading and
   the table) and ends at the last ink in the band; left and right are the ink's extent there.
2. That region of the rendered page becomes the image (150–300 dpi, PNG or JPEG).
3. The page's text and paths inside the region are removed from its content stream
   (region.py) and the image is drawn there, after the page's own content.
The rest of the page stays text. Truth: unchanged (the picture shows the same numbers)."""
import html
import io
import os
import re
import shutil
import subprocess
import tempfile
import zlib

import numpy as np
import pikepdf
from PIL import Image

from . import region

HEADING_3 = re.compile(r"^三[、.．]?收到和处理政府信息公开申请")
HEADING_4 = re.compile(r"^四[、.．]?政府信息公开行政")
FOOTER = re.compile(r"^([-—–]*\d+[-—–]*|第\d+页)$")
INK = 235            # gray level below which a pixel is ink (light grey #bbb borders are 187)
RULE_SHARE = 0.35    # a pixel row dark across this share of the page width is a ruling
MARGIN_PX = 2


def draw(rng):
    return {"dpi": rng.choice([150, 200, 200, 300]), "image": rng.choice(["png", "jpeg"]),
            "quality": rng.randint(70, 92)}


# ---- where the table is ------------------------------------------------------------------------
def text_lines(pdf_path):
    """[(page number from 1, page width, page height, [(text, xMin, yMin, xMax, yMax)])] in pt,
    origin top-left, from pdftotext -bbox-layout."""
    xml = subprocess.run(["pdftotext", "-bbox-layout", pdf_path, "-"], capture_output=True, text=True,
                         check=True, timeout=120).stdout
    pages = []
    for n, m in enumerate(re.finditer(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', xml, re.S), 1):
        lines = []
        for lm in re.finditer(r'<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</line>',
                              m.group(3), re.S):
            words = re.findall(r"<word[^>]*>(.*?)</word>", lm.group(5), re.S)
            text = re.sub(r"\s+", "", html.unescape("".join(words)))
            lines.append((text,) + tuple(float(lm.group(i)) for i in range(1, 5)))
        pages.append((n, float(m.group(1)), float(m.group(2)), lines))
    return pages


def bands(pdf_path):
    """[(page number, top pt, bottom pt)]: where table 三 can be on each
    page, between the bottom of heading 三 and the top of heading 四, above any footer."""
    pages = text_lines(pdf_path)
    start = end = None
    for n, _, _, lines in pages:
        for text, _, y0, _, y1 in lines:
            if start is None and HEADING_3.match(text):
                start = (n, y1)
            elif start is not None and end is None and HEADING_4.match(text):
                end = (n, y0)
    if start is None or end is None:
        raise RuntimeError("table-picture: headings 三 and 四 not found in the text")
    out = []
    for n, _, height, lines in pages:
        if not start[0] <= n <= end[0]:
            continue
        top = start[1] if n == start[0] else 0.0
        bottom = end[1] if n == end[0] else height
        foot = footer_top(lines, height)
        if foot is not None and n != end[0]:
            bottom = min(bottom, foot)
        out.append((n, top, bottom))
    return out


def footer_top(lines, height):
    """The top of the page footer (- 3 -, 第3页): the lowest line of the page when it stands
    alone at that height in the bottom 15 % and reads as a page number. (A table's value cells
    are lines of their own too, "0" or "3", but they share their height with their row.)"""
    if not lines:
        return None
    text, _, y0, _, y1 = max(lines, key=lambda line: line[2])
    beside = [line for line in lines if line[2] < y1 and line[4] > y0]
    if len(beside) == 1 and FOOTER.match(text) and y0 > 0.85 * height:
        return y0
    return None


def render(pdf_path, page, dpi, folder):
    base = os.path.join(folder, f"p{page}")
    subprocess.run(["pdftoppm", "-r", str(dpi), "-f", str(page), "-l", str(page), "-singlefile", "-png",
                    pdf_path, base], check=True, timeout=120)
    return Image.open(base + ".png").convert("RGB")


def table_box(img, top_px, bottom_px, from_rule):
    """(left, top, right, bottom) in pixels of the table inside the band, or None when the band
    holds none of it. `from_rule`: the table has not started yet on an earlier page, so it
    starts at the band's first ruling (above it: section 三's paragraphs); without one, the band
    holds only paragraphs (the table starts on a later page)."""
    gray = np.asarray(img.convert("L"))
    band = gray[top_px:bottom_px] < INK
    rows = np.flatnonzero(band.any(axis=1))
    if rows.size == 0:
        return None
    rules = [r for r in rows if _longest_run(band[r]) >= RULE_SHARE * gray.shape[1]]
    if from_rule and not rules:
        return None
    top = rules[0] if from_rule else rows[0]
    bottom = rows[-1]
    cols = np.flatnonzero(band[top:bottom + 1].any(axis=0))
    h, w = gray.shape
    return (max(0, cols[0] - MARGIN_PX), max(0, top_px + top - MARGIN_PX),
            min(w, cols[-1] + 1 + MARGIN_PX), min(h, top_px + bottom + 1 + MARGIN_PX))


def _longest_run(row):
    if not row.any():
        return 0
    padded = np.concatenate(([0], row.astype(np.int8), [0]))
    edges = np.flatnonzero(np.diff(padded))
    return int((edges[1::2] - edges[0::2]).max())


# ---- the picture and the page ------------------------------------------------------------------
def image_xobject(pdf, crop, p):
    """The picture as an image XObject of `pdf`: JPEG (DCTDecode) or lossless (FlateDecode)."""
    if p["image"] == "jpeg":
        buf = io.BytesIO()
        crop.save(buf, "JPEG", quality=p["quality"])
        data, filt = buf.getvalue(), pikepdf.Name.DCTDecode
    else:
        data, filt = zlib.compress(crop.tobytes(), 9), pikepdf.Name.FlateDecode
    return pikepdf.Stream(pdf, data, Type=pikepdf.Name.XObject, Subtype=pikepdf.Name.Image, Width=crop.width,
                          Height=crop.height, ColorSpace=pikepdf.Name.DeviceRGB, BitsPerComponent=8, Filter=filt)


def paste(pdf, page, image, rect, name):
    """Draw `image` over `rect` after the page's own content (wrapped in q/Q, so whatever
    state it leaves does not move the picture)."""
    page.add_resource(image, pikepdf.Name.XObject, pikepdf.Name("/" + name))
    page.contents_add(pdf.make_stream(b"q\n"), prepend=True)
    w, h = rect.x1 - rect.x0, rect.y1 - rect.y0
    draw = f"\nQ q {w:.4f} 0 0 {h:.4f} {rect.x0:.4f} {rect.y0:.4f} cm /{name} Do Q\n"
    page.contents_add(pdf.make_stream(draw.encode()))


def find_tables(src_pdf, dpi, folder):
    """[(page number, rendered page, pixel box)] of table 三's parts. A table without rulings
    (--text-extras unruled) has no first ruling to start at: then its part on the heading's page
    starts at the band's first ink and takes section 三's paragraphs with it."""
    rendered = [(n, render(src_pdf, n, dpi, folder), top, bottom) for n, top, bottom in bands(src_pdf)]
    for need_rule in (True, False):
        found = []
        for n, img, top, bottom in rendered:
            box = table_box(img, int(top * dpi / 72), int(bottom * dpi / 72) + 1, need_rule and not found)
            if box is not None:
                found.append((n, img, box))
        if found:
            return found
    raise RuntimeError("table-picture: table 三 not found on the rendered pages")


def produce(src_pdf, out_pdf, p):
    """Write out_pdf: src_pdf with table 三 a picture. Returns facts for altered.json."""
    scale = 72.0 / p["dpi"]
    tmp = tempfile.mkdtemp(prefix="stress-tablepic-")
    facts = []
    try:
        with pikepdf.open(src_pdf) as pdf:
            for n, img, box in find_tables(src_pdf, p["dpi"], tmp):
                page = pdf.pages[n - 1]
                x0, _, _, y1 = (float(v) for v in page.mediabox)
                # pixel box (origin top-left) -> default user space (origin bottom-left)
                rect = region.Rect(x0 + box[0] * scale, y1 - box[3] * scale,
                                   x0 + box[2] * scale, y1 - box[1] * scale)
                shows, paths = region.strip_page(pdf, page, rect)
                # a name per page: producers share one /Resources dictionary among pages
                paste(pdf, page, image_xobject(pdf, img.crop(box), p), rect, f"TablePicture{n}")
                facts.append({"page": n, "rect_pt": [round(float(v), 1) for v in (rect.x0, rect.y0, rect.x1, rect.y1)],
                              "shows_removed": shows, "paths_removed": paths})
            pdf.save(out_pdf, deterministic_id=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return {"pictures": facts}
