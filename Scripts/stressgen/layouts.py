"""Layout draws: which producer prints a document and with which parameters.

Every draw takes a random.Random and returns a plain dict, recorded in the document's
`layout.json` under --keep, so a failure can be described and reproduced."""
from . import fonts
from .seeds import weighted

# producer -> weight for --kind text (HTML engines carry the most weight: portals publish HTML
# pages printed to PDF, and it is the layout family the samples do not cover)
PRODUCERS = {"chromium": 40, "weasyprint": 15, "reportlab": 20, "docx": 25}

FILLER = [
    "本年度，我单位严格按照《中华人民共和国政府信息公开条例》规定，依法依规办理政府信息公开申请，"
    "做到应答尽答、答复规范。",
    "对申请人提出的政府信息公开申请，均按照法定时限和程序予以答复，未发生逾期答复情形。",
    "进一步规范依申请公开办理流程，完善登记、审核、办理、答复、归档等环节的工作要求。",
    "对于申请内容不明确的，及时告知申请人作出补正，并说明需要补正的事项和合理的补正期限。",
    "建立依申请公开会商机制，对疑难复杂申请组织法律顾问进行会商研判，确保答复合法合规。",
    "全年依申请公开工作总体平稳有序，申请数量较上年有所变化，申请内容主要集中在征地拆迁、规划审批、"
    "行政执法等领域。",
    "收到和处理政府信息公开申请情况详见下表。",
]
PAGES = {"A4": (210, 297), "Letter": (215.9, 279.4), "B5": (176, 250)}


def draw_html(rng, engine, extras=()):
    fam = fonts.installed()
    if engine == "weasyprint":
        # WeasyPrint 57 subsets CFF fonts (Noto CJK) through fontTools at ~8 s a face; the
        # TrueType families print in ~3 s
        fam = [f for f in fam if f in fonts.truetype_families()]
    body_font = rng.choice(fam)
    L = dict(engine=engine)
    page = weighted(rng, {"A4": 70, "Letter": 15, "B5": 15})
    L["page"] = page
    L["page_mm"] = PAGES[page]
    L["margins_mm"] = (rng.randint(12, 32), rng.randint(10, 30), rng.randint(12, 30), rng.randint(10, 30))
    L["body_font"] = body_font
    L["table_font"] = body_font if rng.random() < 0.6 else rng.choice(fam)
    L["head_font"] = body_font if rng.random() < 0.5 else rng.choice(fam)
    L["body_pt"] = rng.choice([10.5, 12, 14, 15, 16])
    L["line_height"] = round(rng.uniform(1.3, 2.1), 2)
    L["par_gap_em"] = rng.choice([0, 0, 0.3, 0.6])
    L["title_pt"] = rng.choice([16, 18, 20, 22])
    L["heading_pt"] = L["body_pt"] + rng.choice([0, 0, 1, 2])
    L["heading_weight"] = rng.choice(["bold", "bold", "normal"])
    L["heading_tag"] = rng.choice(["p", "p", "h2", "h3", "div"])
    L["heading_indent_em"] = rng.choice([0, 2, 2])
    L["table_pt"] = rng.choice([7.5, 8, 9, 9, 10, 10.5, 11, 12])
    L["t4_pt"] = min(L["table_pt"], rng.choice([7.5, 8, 9, 10]))
    L["cell_lh"] = round(rng.uniform(1.1, 1.8), 2)
    L["pad_px"] = rng.choice([0, 1, 2, 3, 5, 8])
    L["pad_x_px"] = rng.choice([0, 2, 4, 6])
    L["row_h_px"] = rng.choice([0, 0, 0, 20, 28, 36, 44])
    L["border_px"] = rng.choice([0.5, 1, 1, 1, 1.5])
    # portals often draw light grey cell borders (CSS #999, #ccc) rather than black
    L["border_color"] = weighted(rng, {"#000": 60, "#333": 10, "#666": 10, "#999": 12, "#bbb": 8})
    # some pages rule only the rows (no vertical borders) or nothing at all: tables read from
    # text alignment alone
    # (drawn always, so a document is the same with or without --text-extras unruled; kept as
    # "grid" unless that extra is on)
    L["border_style"] = weighted(rng, {"grid": 90, "rows": 6, "none": 4})
    if "unruled-all" in extras:
        L["border_style"] = "rows" if L["border_style"] == "rows" or rng.random() < 0.6 else "none"
    elif "unruled" not in extras:
        L["border_style"] = "grid"
    L["table_width"] = rng.choice([100, 100, 100, 96, 90])
    L["table_layout"] = rng.choice(["auto", "fixed"])
    # narrow label columns make labels wrap over 2-4 lines, so rows get tall and split at pages
    L["t3_label_fracs"] = (round(rng.uniform(0.035, 0.09), 3), round(rng.uniform(0.06, 0.14), 3),
                           round(rng.uniform(0.10, 0.30), 3))
    L["t3_label_align"] = rng.choice(["left", "left", "center", "justify"])
    L["t2_label_frac"] = round(rng.uniform(0.2, 0.4), 3)
    L["t2_label_align"] = rng.choice(["center", "left"])
    L["value_align"] = rng.choice(["center", "center", "center", "right"])
    L["results_style"] = weighted(rng, {"wrap": 35, "stacked": 40, "vertical": 25})
    if engine == "weasyprint" and L["results_style"] == "vertical":
        L["results_style"] = "stacked"         # WeasyPrint 57 ignores writing-mode
    L["results_cell_style"] = rng.choice(["", "", "padding:0 2px;"])
    L["group_valign"] = "middle" if rng.random() < 0.9 else "top"
    L["thead"] = rng.random() < 0.4
    L["cell_p"] = weighted(rng, {"none": 40, "p0": 25, "p": 10, "span": 25})
    L["br_rate"] = rng.choice([0, 0, 0.1, 0.3])
    L["blank_nbsp"] = rng.random() < 0.5
    L["band_fill"] = rng.choice([None, None, "#dbe5f1", "#eeeeee", "#c6d9f1"])
    n_fill = rng.randint(0, 8)
    L["filler"] = [rng.choice(FILLER) for _ in range(n_fill)]
    L["spacer_px"] = rng.choice([0, 0, 0, 0, 6, 12, 18, 24, 36, 48])
    L["tr_avoid"] = rng.random() < 0.12
    # the engines' default widows/orphans of 2 keep 3-line labels whole; 1 lets a page break
    # fall after the first line of a label (values on page N, the rest of the label on N+1)
    L["orphans"] = 1 if rng.random() < 0.6 else None
    L["page_break_before"] = [n for n in ("二", "三", "四") if rng.random() < 0.08]
    L["footer"] = rng.choice([None, None, ("- ", " -"), ("— ", " —"), ("第", "页")])
    L["t4_footnote"] = rng.random() < 0.3
    L["signature"] = rng.random() < 0.85
    L["doctype"] = rng.random() < 0.7
    return L


def draw_reportlab(rng):
    rfonts = sorted(fonts.reportlab_fonts())
    body = rng.choice(rfonts)
    sp = dict(
        rl_body_font=body, rl_head_font=rng.choice(rfonts),
        rl_table_font=body if rng.random() < 0.6 else rng.choice(rfonts),
        body_size=rng.choice([12, 13, 14, 15, 16]), table_size=rng.choice([8, 8.5, 9, 9.5, 10, 10.5, 11]),
        heading_size=rng.choice([None, 14, 16]), title_size=rng.choice([18, 20, 22]),
        line_width=rng.choice([0.4, 0.6, 0.8, 1.0]),
        margin_left=rng.randint(40, 90), margin_right=rng.randint(40, 90),
        margin_top=rng.randint(40, 90), margin_bottom=rng.randint(40, 90),
        footer=rng.choice([None, "- {n} -", "— {n} —", "-{n}-", "第{n}页"]),
        t3_label_fracs=(round(rng.uniform(0.04, 0.08), 3), round(rng.uniform(0.08, 0.14), 3),
                        round(rng.uniform(0.18, 0.32), 3)),
        t3_label_align=rng.choice(["left", "center"]),
        results_style=rng.choice(["stacked", "wrap"]),
        num_align=rng.choice(["center", "center", "right"]),
        band_fill=rng.choice([None, (0.78, 0.85, 0.95), (0.9, 0.9, 0.9)]),
        t2_label_frac=round(rng.uniform(0.22, 0.38), 3),
        cell_pad=rng.choice([2, 3, 4]), row_min=rng.choice([14.0, 16.0, 18.0, 22.0]),
        signature=rng.random() < 0.85,
        page=weighted(rng, {"A4": 75, "Letter": 12, "B5": 13}),
        page_break_before=tuple(n for n in ("三",) if rng.random() < 0.1),
    )
    if sp["heading_size"] is None:
        del sp["heading_size"]
    if rng.random() < 0.3:
        keys = ["granted", "denied.internal_affairs", "unable.not_held", "unable.needs_creation",
                "not_processed.petition", "total", "carried_forward"]
        sp["break_before_rows"] = (rng.choice(keys),)
    return sp


def draw_docx(rng):
    fam = fonts.installed()
    body = rng.choice(fam)
    return dict(
        body_font=body, table_font=body if rng.random() < 0.6 else rng.choice(fam),
        table_size=rng.choice([8, 9, 9, 10, 10, 10.5, 11]),
        results_style=rng.choice(["wrap", "stacked", "vertical"]),
        gap_after_table2=rng.randint(0, 9),
        page=weighted(rng, {"A4": 75, "Letter": 10, "B5": 15}),
        margins_mm=(rng.randint(15, 37), rng.randint(15, 32), rng.randint(15, 35), rng.randint(15, 32)),
    )


# Text-layer layouts that are implemented but off unless named with --text-extras: tables
# printed without vertical rulings or without any (read from text alignment alone).
# `unruled-all` prints every document by an HTML engine with every table unruled (rows only 60 %,
# none 40 %): the measure of the text-alignment path; its documents differ from the plain draw.
TEXT_EXTRAS = ("unruled", "unruled-all")


def draw(rng, rep, extras=()):
    """(producer, params) for one text-layer document."""
    producer = weighted(rng, PRODUCERS)
    if "unruled-all" in extras and producer not in ("chromium", "weasyprint"):
        producer = "chromium" if rng.random() < 0.5 else "weasyprint"
    if producer in ("chromium", "weasyprint"):
        return producer, draw_html(rng, producer, extras)
    if producer == "reportlab":
        return producer, draw_reportlab(rng)
    return producer, draw_docx(rng)
