"""Scanned documents: a text-layer document rasterized and degraded with drawn parameters.

The degradations are a registry of options. Each option draws its parameters (or None when
it is not applied to this document) and may transform each page image after samplegen/scan.py's
base degradation (rotation, noise, blur, seal, colour mode). `DEFAULT_OPTIONS` are drawn for every
scan; the others are implemented but off unless named with --scan-extras, so turning them on
later changes no existing document's base draw (each option has its own random stream)."""
import io
import os
import shutil
import subprocess
import tempfile

import img2pdf
import numpy as np
from PIL import Image

from samplegen import scan

from .seeds import stream, weighted


class Option:
    """name; draw(rng) -> params or None; page(img, params, rng) -> img (after the base pass)."""

    def __init__(self, name, draw, page=None, about=""):
        self.name, self.draw, self.page, self.about = name, draw, page, about


# ---- the base scan (samplegen/scan.py's knobs) ---------------------------------------------------
def _draw_base(rng):
    mode = weighted(rng, {"gray": 55, "color": 30, "bilevel": 15})
    p = dict(dpi=rng.choice([150, 150, 200, 200, 240, 300]), rotate=round(rng.uniform(-2.0, 2.0), 2),
             noise=rng.choice([0, 3, 4, 6, 8, 12]), blur=rng.choice([0, 0, 0.4, 0.6, 0.9]),
             quality=rng.randint(25, 75), color=mode == "color", bilevel=mode == "bilevel",
             noisy_background=rng.random() < 0.2,
             seal=weighted(rng, {None: 50, "date": 30, "table": 20}))
    if p["bilevel"]:
        p["threshold"] = rng.randint(130, 170)
        p["blur"] = min(p["blur"], 0.6)
    return p


# ---- extra degradations (off by default; --scan-extras NAME,...) ------------------------------
def _draw_dpi100(rng):
    return {"dpi": 100} if rng.random() < 0.3 else None


def _draw_skew3(rng):
    return {"rotate": round(rng.choice([-1, 1]) * rng.uniform(2.0, 3.0), 2)} if rng.random() < 0.3 else None


def _draw_quarter(rng):
    return {"turn": rng.choice([90, 180, 270])} if rng.random() < 0.15 else None


def _page_quarter(img, p, rng):
    return img.rotate(p["turn"], expand=True)


def _draw_light(rng):
    if rng.random() >= 0.3:
        return None
    return {"light_from": rng.choice(["left", "right", "top", "bottom"]), "light_drop": round(rng.uniform(0.15, 0.45), 2)}


def _page_light(img, p, rng):
    """Uneven lighting: the page darkens linearly away from one edge (a book-edge shadow)."""
    a = np.asarray(img, dtype=np.float32)
    h, w = a.shape[:2]
    if p["light_from"] in ("left", "right"):
        ramp = np.linspace(0, 1, w, dtype=np.float32)[None, :]
        ramp = ramp if p["light_from"] == "left" else ramp[:, ::-1]
    else:
        ramp = np.linspace(0, 1, h, dtype=np.float32)[:, None]
        ramp = ramp if p["light_from"] == "top" else ramp[::-1, :]
    gain = 1.0 - p["light_drop"] * ramp
    a = a * (gain[..., None] if a.ndim == 3 else gain)
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), img.mode)


def _draw_perspective(rng):
    return {"keystone": round(rng.uniform(0.01, 0.04), 3)} if rng.random() < 0.25 else None


def _page_perspective(img, p, rng):
    """A phone photo of the page: the top edge narrower than the bottom (keystone)."""
    w, h = img.size
    k = p["keystone"] * w
    # coefficients mapping output -> input for a trapezoid whose top is inset by k
    src = [(k, 0), (w - k, 0), (w, h), (0, h)]
    dst = [(0, 0), (w, 0), (w, h), (0, h)]
    coeffs = _perspective_coeffs(dst, src)
    fill = 245 if img.mode == "L" else (246, 242, 232)
    return img.transform((w, h), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=fill)


def _perspective_coeffs(out_pts, in_pts):
    m = []
    for (x, y), (u, v) in zip(out_pts, in_pts):
        m.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        m.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    b = np.array([c for pt in in_pts for c in pt], dtype=np.float64)
    return np.linalg.solve(np.array(m, dtype=np.float64), b).tolist()


EXTRAS = {
    "dpi100": Option("dpi100", _draw_dpi100, about="100 dpi"),
    "skew3": Option("skew3", _draw_skew3, about="skew up to ±3°"),
    "quarter": Option("quarter", _draw_quarter, _page_quarter, "page turned 90/180/270°"),
    "light": Option("light", _draw_light, _page_light, "uneven lighting"),
    "perspective": Option("perspective", _draw_perspective, _page_perspective, "keystone perspective"),
}


def draw(dseed, extras=()):
    """The scan parameters of a document: the base draw, then each enabled extra option."""
    p = _draw_base(stream(dseed, "scan"))
    p["extras"] = {}
    for name in extras:
        got = EXTRAS[name].draw(stream(dseed, "scan-" + name))
        if got:
            if EXTRAS[name].page is None:
                p.update(got)               # a parameter of the base pass (dpi, rotation)
            else:
                p["extras"][name] = got
    return p


def describe(p, agency=""):
    spec = dict(p, seed=0, agency=agency)
    text = scan.describe(spec)
    for name, got in p["extras"].items():
        text += ", " + EXTRAS[name].about + " " + ",".join(f"{k}={v}" for k, v in got.items())
    return text


def produce(src_pdf, out_pdf, p, agency, dseed):
    """Rasterize `src_pdf`, degrade each page, write an image-only PDF whose pages keep the
    source's size (img2pdf takes the size from the image's dpi)."""
    rng = np.random.default_rng(dseed % (2 ** 63))
    spec = dict(p, agency=agency)
    dpi = p["dpi"]
    tmp = tempfile.mkdtemp(prefix="stress-scan-")
    try:
        args = ["pdftoppm", "-r", str(dpi), "-png"] + ([] if p["color"] else ["-gray"])
        subprocess.run(args + [src_pdf, os.path.join(tmp, "p")], check=True)
        pages = sorted(f for f in os.listdir(tmp) if f.endswith(".png"))
        seal_at = scan._seal_anchor(src_pdf, len(pages), p["seal"], agency) if p["seal"] else None
        images = []
        for i, name in enumerate(pages, start=1):
            img = Image.open(os.path.join(tmp, name))
            seal = None
            if seal_at and seal_at[0] == i:
                d = int(42 / 25.4 * dpi)
                seal = (scan._seal(agency, d, rng), (seal_at[1] * dpi / 72, seal_at[2] * dpi / 72))
            out = scan._degrade(img, spec, rng, seal)
            for name_, got in p["extras"].items():
                out = EXTRAS[name_].page(out, got, rng)
            buf = io.BytesIO()
            if p["bilevel"]:
                thr = p.get("threshold", 150)
                bw = out.convert("L").point(lambda v: 255 if v > thr else 0).convert("1")
                bw.save(buf, "TIFF", compression="group4", dpi=(dpi, dpi))
            else:
                out.save(buf, "JPEG", quality=p["quality"], optimize=True, subsampling=2, dpi=(dpi, dpi))
            images.append(buf.getvalue())
        pdf = img2pdf.convert(images, nodate=True, engine=img2pdf.Engine.internal, producer="scanner",
                              creator="scanner")
        with open(out_pdf, "wb") as f:
            f.write(pdf)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
