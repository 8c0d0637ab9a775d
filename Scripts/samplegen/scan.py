"""Producer 3: scanned variants — rasterize a text-layer sample, degrade it like a paper scan
(rotation, noise, blur, JPEG, optional translucent red seal 公章), wrap back as image-only A4 PDF."""
import io
import math
import os
import re
import shutil
import subprocess
import tempfile

import img2pdf
import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

A4_PT = (img2pdf.mm_to_pt(210), img2pdf.mm_to_pt(297))
SEAL_FONT = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"


def describe(spec):
    bits = [f"{spec['dpi']} dpi", "color" if spec.get("color") else ("black-and-white" if spec.get("bilevel") else "gray")]
    if spec.get("rotate"):
        bits.append(f"rotation {spec['rotate']:+.1f}°")
    if spec.get("noise"):
        bits.append(f"noise σ={spec['noise']}" + (" incl. background" if spec.get("noisy_background") else ""))
    if spec.get("blur"):
        bits.append(f"blur r={spec['blur']}")
    if spec.get("bilevel"):
        bits.append("bilevel CCITT G4 (black-and-white scan)")
    else:
        bits.append(f"JPEG q={spec.get('quality', 60)}")
    if spec.get("seal"):
        bits.append(f"red seal over the {spec['seal']}")
    if spec.get("about"):
        bits.append(spec["about"])
    return ", ".join(bits)


def _word_boxes(pdf, page):
    """Words of one page with boxes in PDF points: [(text, x0, y0, x1, y1)]."""
    out = subprocess.run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), pdf, "-"],
                         capture_output=True, text=True, check=True).stdout
    words = []
    for m in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', out):
        words.append((m.group(5), *map(float, m.group(1, 2, 3, 4))))
    return words


def _seal_anchor(pdf, npages, where, agency):
    """(page, x, y) in points where the seal's centre goes."""
    if where == "date":
        for page in range(npages, 0, -1):
            for w in reversed(_word_boxes(pdf, page)):
                if re.search(r"\d{4}年\d{1,2}月\d{1,2}日", w[0]) or (w[0] == agency):
                    return page, (w[1] + w[3]) / 2 - 10, (w[2] + w[4]) / 2 - 8
    for page in range(1, npages + 1):      # table edge: the left edge of table 四's header
        for w in _word_boxes(pdf, page):
            if w[0] == "行政复议":
                return page, w[1] - 30, w[2] + 12
    return npages, 400, 600


def _seal(agency, diameter_px, rng):
    """An RGBA image of a round red seal with star and the agency name on an arc."""
    d = diameter_px
    img = Image.new("L", (d, d), 0)
    dr = ImageDraw.Draw(img)
    ring = max(2, int(d * 0.035))
    dr.ellipse([ring, ring, d - ring, d - ring], outline=255, width=ring)
    cx = cy = d / 2
    r_star = d * 0.16
    pts = []
    for i in range(10):
        ang = -math.pi / 2 + i * math.pi / 5
        rr = r_star if i % 2 == 0 else r_star * 0.4
        pts.append((cx + rr * math.cos(ang), cy + rr * math.sin(ang)))
    dr.polygon(pts, fill=255)
    name = agency
    fs = int(d * 0.13)
    font = ImageFont.truetype(SEAL_FONT, fs)
    span = math.radians(min(250, 24 * len(name)))
    r_text = d / 2 - ring * 2 - fs * 0.6
    for i, ch in enumerate(name):
        ang = -math.pi / 2 - span / 2 + span * (i + 0.5) / len(name)
        glyph = Image.new("L", (fs * 2, fs * 2), 0)
        ImageDraw.Draw(glyph).text((fs / 2, fs / 2), ch, font=font, fill=255)
        glyph = glyph.rotate(-math.degrees(ang) - 90, resample=Image.BICUBIC)
        x = cx + r_text * math.cos(ang) - fs
        y = cy + r_text * math.sin(ang) - fs
        img.paste(255, (int(x), int(y)), glyph)
    bottom = "政务公开专用章" if len(name) < 9 else ""
    if bottom:
        f2 = ImageFont.truetype(SEAL_FONT, int(d * 0.085))
        tw = dr.textlength(bottom, font=f2)
        dr.text((cx - tw / 2, cy + d * 0.2), bottom, font=f2, fill=255)
    a = np.asarray(img, dtype=np.float32) / 255.0
    # uneven ink: low-frequency density variation and speckle
    lo = rng.random((8, 8)).astype(np.float32)
    lo = np.asarray(Image.fromarray((lo * 255).astype(np.uint8)).resize((d, d), Image.BICUBIC), np.float32) / 255
    a = a * (0.55 + 0.35 * lo) * (rng.random((d, d)) > 0.06)
    return a


def _degrade(img, spec, rng, seal=None):
    color = spec.get("color", False)
    arr = np.asarray(img.convert("RGB"), dtype=np.float32)
    if seal is not None:
        alpha, (px, py) = seal
        h, w = alpha.shape
        x0, y0 = int(px - w / 2), int(py - h / 2)
        ink = np.array([205, 35, 45], np.float32) / 255.0
        sub = arr[y0:y0 + h, x0:x0 + w]
        al = alpha[: sub.shape[0], : sub.shape[1], None]
        arr[y0:y0 + h, x0:x0 + w] = sub * (1 - al) + sub * ink * al
    if color:
        arr = arr * np.array([0.99, 0.975, 0.94], np.float32)   # paper tint
    if spec.get("noise"):
        noise = rng.normal(0, spec["noise"], arr.shape[:2]).astype(np.float32)
        if not spec.get("noisy_background"):
            # scanners' background removal: grain stays on and around the ink, paper stays flat
            ink = arr.min(axis=2) < 235
            ink = np.asarray(Image.fromarray(ink.astype(np.uint8) * 255).filter(ImageFilter.MaxFilter(3))) > 0
            noise *= ink
        arr = arr + noise[..., None]
        # dust: a few dark specks
        h, w = arr.shape[:2]
        n = int(h * w / 40000)
        ys, xs = rng.integers(0, h - 2, n), rng.integers(0, w - 2, n)
        arr[ys, xs] *= 0.35
        arr[ys + 1, xs] *= 0.6
    arr = np.clip(arr, 0, 255).astype(np.uint8)
    out = Image.fromarray(arr, "RGB")
    if not color:
        out = out.convert("L")
    if spec.get("blur"):
        out = out.filter(ImageFilter.GaussianBlur(spec["blur"]))
    rot = spec.get("rotate", 0) + rng.uniform(-0.15, 0.15)
    fill = (246, 242, 232) if color else 245
    out = out.rotate(rot, resample=Image.BICUBIC, expand=False, fillcolor=fill)
    return out


def produce(src_pdf, out_pdf, spec):
    rng = np.random.default_rng(spec["seed"])
    dpi = spec["dpi"]
    tmp = tempfile.mkdtemp(prefix="samplescan-")
    try:
        args = ["pdftoppm", "-r", str(dpi), "-png"]
        if not spec.get("color"):
            args.append("-gray")
        subprocess.run(args + [src_pdf, os.path.join(tmp, "p")], check=True)
        pages = sorted(f for f in os.listdir(tmp) if f.endswith(".png"))
        seal_at = None
        if spec.get("seal"):
            seal_at = _seal_anchor(src_pdf, len(pages), spec["seal"], spec["agency"])
        jpgs = []
        for i, name in enumerate(pages, start=1):
            img = Image.open(os.path.join(tmp, name))
            seal = None
            if seal_at and seal_at[0] == i:
                d = int(42 / 25.4 * dpi)
                seal = (_seal(spec["agency"], d, rng), (seal_at[1] * dpi / 72, seal_at[2] * dpi / 72))
            out = _degrade(img, spec, rng, seal)
            buf = io.BytesIO()
            if spec.get("bilevel"):
                # black-and-white scan (CCITT G4), thresholded like a fax-mode scanner
                bw = out.convert("L").point(lambda v: 255 if v > spec.get("threshold", 150) else 0).convert("1")
                bw.save(buf, "TIFF", compression="group4", dpi=(dpi, dpi))
            else:
                out.save(buf, "JPEG", quality=spec.get("quality", 60), optimize=True, subsampling=2,
                         dpi=(dpi, dpi))
            jpgs.append(buf.getvalue())
        layout = img2pdf.get_layout_fun(A4_PT)
        pdf = img2pdf.convert(jpgs, layout_fun=layout, nodate=True, engine=img2pdf.Engine.internal,
                              producer="scanner", creator="scanner")
        with open(out_pdf, "wb") as f:
            f.write(pdf)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
