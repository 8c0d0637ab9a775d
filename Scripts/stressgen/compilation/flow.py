"""Continuous flow: several reports in one HTML page, printed at once by Chromium or WeasyPrint,
so that a report starts right after the previous one ends, on the same page (as when a portal
puts a county's reports on one page, or someone pastes them into one document).

Only the HTML producers do it: a browser lays the reports out one after another for free. The
LibreOffice producer fills the official template once per report (docx_fill), and merging
several filled templates into one DOCX (tables, numbering, section properties) is a project of
its own; reportlab's renderer starts on a fresh canvas per report."""
import re
import subprocess

from .. import html_print, html_render
from ..seeds import stream

SEPARATORS = {
    "none": "",
    "space": '<div style="height:3em"></div>',
    "hr": '<hr style="margin:1.5em 0">',
    "page": '<div style="break-before:page;page-break-before:always"></div>',
}
# a line that is nothing but a page number (the layouts' footers: - 3 -, — 3 —, 第3页)
FOOTER = re.compile(r"^\s*(第\s*\d+\s*页|[-—]?\s*\d+\s*[-—]?)\s*$")


def render(parts, engine, layout, boundaries, title, html_path, pdf_path):
    """Print the reports of `parts` (Documents) one after another with one stylesheet."""
    page = html_render.Page(parts[0].rep, layout, stream(parts[0].dseed, "html"))
    page.head(title)
    page.body()
    for part, boundary in zip(parts[1:], boundaries):
        page.out.append(SEPARATORS[boundary])
        nxt = html_render.Page(part.rep, layout, stream(part.dseed, "html"))
        nxt.body()
        page.out += nxt.out
    html_print.produce(engine, page.tail(), html_path, pdf_path)


def page_texts(pdf):
    """Each page's text without whitespace and without page-number lines."""
    text = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True, check=True,
                          timeout=120).stdout
    pages = text.split("\f")
    if pages and not pages[-1].strip():
        pages.pop()                            # pdftotext ends the last page with \f too
    return ["".join(re.sub(r"\s+", "", line) for line in page.splitlines() if not FOOTER.match(line))
            for page in pages]


def ranges(pdf, titles):
    """[first, last] (1-based, in `pdf`) of each report, found by its title: a report starts on
    the page where its title begins; the previous one ends there too when that page has text
    before the title, else on the page before. Raises RuntimeError when a title is not found
    in order (the printed text would not show the report where the truth says)."""
    texts = page_texts(pdf)
    starts, offsets, flat = [], [], ""
    for t in texts:
        offsets.append(len(flat))
        flat += t
    pos = -1
    for title in titles:
        pos = flat.find(re.sub(r"\s+", "", title), pos + 1)
        if pos < 0:
            raise RuntimeError(f"flow: title {title!r} not found in order in {pdf}")
        page = max(i for i, o in enumerate(offsets) if o <= pos)
        starts.append((page + 1, pos > offsets[page]))
    out = []
    for k, (first, _) in enumerate(starts):
        if k + 1 < len(starts):
            nxt, shared = starts[k + 1]
            last = nxt if shared else nxt - 1
        else:
            last = len(texts)
        out.append([first, last])
    return out, len(texts)
