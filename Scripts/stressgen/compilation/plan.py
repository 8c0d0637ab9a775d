"""The draws of one compilation: how many reports, whose, which year, the pages around them
(cover, table of contents, appendices, blank separators) and how the reports are laid out —
each printed on its own by its own producer ("paged"), or all in one HTML page printed at once
so that a report starts right under the end of the previous one ("flow").

Everything comes from the compilation's own streams (`compilation`, `compilation-layout`,
`compilation-scan`); each report's values and producer come from its part's document seed
(Compilation in __init__.py), so adding a draw here never changes a report."""
from .. import agencies, fonts, layouts
from ..altered.pages import mild_scan
from ..seeds import stream, weighted

# How many reports one file holds: a county's handful of departments, sometimes more.
REPORTS = {2: 35, 3: 35, 4: 20, 5: 10}
LEVELS = {"县": 50, "区": 30, "市": 20}
COMPILERS = ["人民政府办公室", "政务服务和数据管理局", "档案馆", "政务公开办公室"]
# After a report that is not the last one: nothing, an appendix page (prose only) or a blank
# separator page; after the last one, nothing or an appendix.
AFTER = {None: 70, "appendix": 15, "blank": 15}
AFTER_LAST = {None: 75, "appendix": 25}
# Between two reports printed in one flow: nothing, a gap, a rule, or a page break after all.
BOUNDARIES = {"none": 45, "space": 25, "hr": 15, "page": 15}
LEADERS = ["…", "·", ".", "．"]


def _year(rng):
    """Drawn like draw_report.draw_spec: a quarter 2019-format years (2019–2020)."""
    return rng.choice([2019, 2020]) if rng.random() < 0.25 else rng.choice([2021, 2022, 2023, 2024, 2025])


def _agencies(rng, n):
    """(publisher, [agency] * n): a county's (district's, city's) departments, one of them now
    and then a township under it; or (15 %) unrelated bodies, as an archive binds them."""
    if rng.random() < 0.15:
        names = []
        while len(names) < n:
            name = agencies.draw(rng)
            if name not in names:
                names.append(name)
        return None, names
    place = rng.choice(agencies.PLACES)
    publisher = place + weighted(rng, LEVELS)
    names = [publisher + d for d in rng.sample(agencies.DEPARTMENTS, n)]
    if rng.random() < 0.25:
        town = rng.choice([p for p in agencies.PLACES if p != place])
        names[rng.randrange(n)] = f"{town}{rng.choice(['镇', '乡'])}人民政府"
    return publisher, names


def draw(dseed, text_extras=()):
    rng = stream(dseed, "compilation")
    n = weighted(rng, REPORTS)
    publisher, names = _agencies(rng, n)
    # most volumes bind one year; the others leave each report its own year (and format)
    year = _year(rng) if rng.random() < 0.85 else None
    p = {"reports": n, "publisher": publisher, "agencies": names, "year": year,
         "cover": weighted(rng, {None: 25, "title": 40, "compiler": 35}),
         "compiler": rng.choice(COMPILERS),
         "toc": rng.random() < 0.4,
         # printed page numbers in the TOC: the file's pages, or counted from the first report
         "toc_numbers": weighted(rng, {"file": 60, "from-first-report": 40}),
         "toc_leader": rng.choice(LEADERS), "toc_numbered": rng.random() < 0.5,
         "font": rng.choice(sorted(fonts.reportlab_fonts())),
         "text": rng.getrandbits(32)}
    flow = rng.random() < 0.25
    if flow:
        p["flow"] = weighted(rng, {"chromium": 70, "weasyprint": 30})
        p["boundaries"] = [weighted(rng, BOUNDARIES) for _ in range(n - 1)]
        p["after"] = [None] * (n - 1) + [weighted(rng, AFTER_LAST)]
    else:
        p["flow"] = None
        p["after"] = [weighted(rng, AFTER) for _ in range(n - 1)] + [weighted(rng, AFTER_LAST)]
    p["blank_marker"] = rng.random() < 0.3        # a blank page that says （此页无正文）
    if flow:
        p["layout"] = layouts.draw_html(stream(dseed, "compilation-layout"), p["flow"], text_extras)
    p["scan"] = mild_scan(stream(dseed, "compilation-scan"))
    return p
