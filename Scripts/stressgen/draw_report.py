"""Draws one report: values, printed styles and label wording, with an exact truth.

The values come from samplegen's Report (its spec dict is drawn here); what Report has no knob
for (zeros blank in only part of the tables, random source defects, label typos and spacing) is
applied to the finished Report through `put`, so the truth stays "what is printed"."""
import re

from samplegen.report import Report
from samplegen import schema

from . import agencies
from .seeds import weighted

HEADING_VARIANTS = {
    "四": ["政府信息公开行政复议、行政诉讼情况", "政府信息公开行政法复议、行政诉讼情况"],
    "五": ["存在的主要问题及改进情况", "政府信息公开工作存在的主要问题及改进情况"],
    "三": ["收到和处理政府信息公开申请情况"],
    "二": ["主动公开政府信息情况"],
}
PROCURE_UNITS = {"元": 6, "万元": 3}


def draw_spec(rng, dseed, fix=None):
    """`fix` ({"year", "agency"}, either optional) overrides those draws: the reports of a
    compilation share a year and a county (compilation/plan.py); the format follows the year."""
    fix = fix or {}
    fmt = "2019" if rng.random() < 0.25 else "2021"
    year = rng.choice([2019, 2020]) if fmt == "2019" else rng.choice([2021, 2022, 2023, 2024, 2025])
    if fix.get("year"):
        year = fix["year"]
        fmt = "2019" if year < 2021 else "2021"
    magnitude = weighted(rng, {"zero": 8, "small": 40, "medium": 35, "large": 17})
    spec = dict(slug=f"stress-{dseed}", agency=agencies.draw(rng), year=year, seed=dseed % (2 ** 31),
                format=fmt, magnitude=magnitude)
    if fix.get("agency"):
        spec["agency"] = fix["agency"]
    if fmt == "2021" and rng.random() < 0.15:
        spec["split_other"] = False            # a 2021-era report still printing the single （六） row
    if magnitude == "large" and rng.random() < 0.5:
        spec["big_counts"] = True              # 7-digit counts
    spec["fee_decimals"] = weighted(rng, {0: 2, 1: 1, 2: 5, 4: 2, 6: 1})
    if fmt == "2019":
        spec["plus_sign"] = rng.random() < 0.4
        spec["procurement_unit"] = weighted(rng, PROCURE_UNITS)
        spec["unit_in_cell"] = rng.random() < 0.85
    hv = {}
    for num, options in HEADING_VARIANTS.items():
        if len(options) > 1 and rng.random() < 0.25:
            hv[num] = rng.choice(options[1:])
    if hv:
        spec["heading_variants"] = hv
    if rng.random() < 0.04:
        spec["defect"] = "sum27"
    elif rng.random() < 0.02:
        spec["blank_total"] = True
    return spec


def _title_lines(rng, rep, feats):
    y = f"{rep.year} 年" if rng.random() < 0.15 else f"{rep.year}年"
    style = weighted(rng, {"one": 70, "two": 25, "spaced": 5})
    if y != f"{rep.year}年":
        feats.append("title:spaced-year")
    if style == "two":
        feats.append("title:two-lines")
        return [rep.agency, f"{y}政府信息公开工作年度报告"]
    if style == "spaced":                    # like the 包屯镇 report: 包屯镇人民政府 2024 年政府…
        feats.append("title:spaced")
        return [f"{rep.agency} {rep.year} 年政府信息公开工作年度报告"]
    return [f"{rep.agency}{y}政府信息公开工作年度报告"]


# ---- label wording ---------------------------------------------------------------------------
TYPOS = {
    "denied.prohibited_by_law": ["其他法律行政止公开"],
    "denied.security_stability": ["危及\"三安全一稳定\"", "危及三安全一稳定"],
    "partially_granted": ["部分公开(区分处理的，只计这一情形，不计其他情形)", "部分公开"],
    "not_processed.reconfirm": ["要求行政机关确认或重新出具已获取的信息"],
}


def _split_number(label):
    """('1.', 'rest') for '1.属于…', ('（一）', 'rest') for '（一）予以公开', (None, label) otherwise."""
    m = re.match(r"^(\d[.、．]|（[一二三四五六七]）|[一二三四]、)(.*)$", label)
    return (m.group(1), m.group(2)) if m else (None, label)


def vary_labels(rng, rep, feats):
    numbering = weighted(rng, {".": 70, "、": 20, "．": 5, ". ": 5})
    halfwidth_parens = rng.random() < 0.12
    spaces = rng.random() < 0.08
    typo_rate = 0.25 if rng.random() < 0.3 else 0.0
    if numbering != ".":
        feats.append(f"numbering'{numbering}'")
    if halfwidth_parens:
        feats.append("half-width-parens")
    if spaces:
        feats.append("spaced-labels")
    for key, label in list(rep.labels.items()):
        num, rest = _split_number(label)
        if key in TYPOS and rng.random() < typo_rate:
            rest = rng.choice(TYPOS[key])
            feats.append(f"typo:{key}")
        if num and num[0].isdigit():
            num = num[0] + numbering
        if num and halfwidth_parens and num.startswith("（"):
            num = "(" + num[1:-1] + ")"
        if spaces and len(rest) > 3:
            i = rng.randrange(1, len(rest) - 1)
            rest = rest[:i] + " " + rest[i:]
        rep.labels[key] = (num or "") + rest
    if halfwidth_parens:
        rep.group_labels = {k: "(" + v[1:3] + ")" + v[4:] for k, v in rep.group_labels.items()}


# ---- printed zeros and defects ---------------------------------------------------------------
def blank_zeros(rng, rep, feats):
    mode = weighted(rng, {"none": 60, "tables34": 18, "table3": 8, "table4": 5, "all": 4, "scattered": 5})
    if mode == "none":
        return
    feats.append(f"zero-blank:{mode}")
    scope = {"tables34": ("applications", "review_litigation"), "table3": ("applications",),
             "table4": ("review_litigation",), "all": ("applications", "review_litigation", "proactive"),
             "scattered": ("applications", "review_litigation")}[mode]
    for path, v in list(rep.values.items()):
        if v == 0 and path.startswith(scope) and rep.text[path] == "0":
            if mode == "scattered" and rng.random() < 0.6:
                continue
            rep.put(path, None, "")


def annotate(rng, rep, feats):
    """`6（其中修订3件）`: a count with a remark in the same cell; the value is the leading count."""
    if rng.random() > 0.15:
        return
    cands = [p for p in rep.values if p.startswith("proactive.") and
             re.search(r"\.(issued|in_force|new_made|new_published|total_published)$", p)
             and isinstance(rep.values[p], int) and rep.values[p] >= 2]
    if not cands:
        return
    path = rng.choice(cands)
    v = rep.values[path]
    k = rng.randint(1, v - 1)
    text = rng.choice([f"{v}（其中修订{k}件）", f"{v}（其中修订 {k} 件）", f"{v}(含修订{k}件)"])
    rep.put(path, v, text)
    feats.append(f"annotation:{path.split('.', 1)[1]}")


def source_defect(rng, rep, feats):
    """A misprint in the source itself (truth keeps the printed values; `defects` is set)."""
    if rng.random() > 0.04:
        return False
    kind = weighted(rng, {"cell": 3, "zero_total": 1, "review_total": 1})
    if kind == "cell":
        row = rng.choice(rep.row_order)
        col = rng.choice(schema.APPLICANT_KEYS)
        path = f"applications.rows.{row}.{col}"
        old = rep.values[path] or 0
        rep.put(path, old + rng.randint(1, 9))
    elif kind == "zero_total":
        for c in schema.APP_COLUMN_KEYS:
            if rep.values[f"applications.rows.total.{c}"]:
                rep.put(f"applications.rows.total.{c}", 0)
    else:
        g = rng.choice([g for g, _ in schema.REVIEW_GROUPS])
        path = f"review_litigation.{g}.total"
        rep.put(path, (rep.values[path] or 0) + rng.randint(1, 5))
    feats.append(f"defect:{kind}")
    return True


def draw(rng, dseed, fix=None):
    """(Report, features, defects) for one document; `fix` as in draw_spec."""
    spec = draw_spec(rng, dseed, fix)
    rep = Report(spec)
    feats = [f"fmt{rep.fmt}", spec["magnitude"]]
    if rep.fmt == "2021" and not rep.split_other:
        feats.append("2021-unsplit-other")
    if spec.get("big_counts"):
        feats.append("7-digit")
    rep.title_lines = _title_lines(rng, rep, feats)
    vary_labels(rng, rep, feats)
    # 2021-era report printing the 2019 label 规范性文件 in table 二
    rep.normative_label = "规范性文件" if rep.fmt == "2019" or rng.random() < 0.1 else "行政规范性文件"
    annotate(rng, rep, feats)
    blank_zeros(rng, rep, feats)
    defects = bool(spec.get("defect") or spec.get("blank_total"))
    if spec.get("defect"):
        feats.append("defect:sum27")
    if spec.get("blank_total"):
        feats.append("defect:blank-total")
    if not defects:
        defects = source_defect(rng, rep, feats)
    for s in rep.sections:
        if s["number"] in spec.get("heading_variants", {}):
            feats.append(f"heading{s['number']}:{s['title']}")
    return rep, feats, defects


def truth(rep, producer, defects, scanned=None, notes=()):
    doc = rep.expected(producer, scanned=scanned, extra_notes=list(notes))
    doc["defects"] = bool(defects) or not all(c["ok"] for c in doc["checks"])
    return doc
