"""Producer (c): the report as an HTML page shaped like the ones Chinese government portals
publish (a bordered table with rowspan/colspan, <p> inside cells, <br>-wrapped labels), printed
to PDF by an HTML engine (headless Chromium or WeasyPrint, see html_print.py).

Cells keep the browsers' default `vertical-align: middle`, so a rowspan parent label
（三）不予公开 / 三、本年度办理结果 sits in the middle of its block, and a table row that is taller
than the room left on a page is split by the engine (values on page N, the rest of a wrapped
label on page N+1), as real portal pages print."""
import html

from samplegen import schema

NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"


def esc(text):
    return html.escape(text, quote=False)


class Page:
    def __init__(self, rep, lay, rng):
        self.rep, self.L, self.rng = rep, lay, rng
        self.out = []

    # ---- cells -------------------------------------------------------------------------------
    def label_html(self, text, wrap_ok=True):
        """A label, maybe hard-wrapped with <br> like labels typed into narrow Word cells."""
        t = esc(text)
        if wrap_ok and len(text) >= 6 and self.rng.random() < self.L["br_rate"]:
            cut = self.rng.randrange(2, len(text) - 2)
            t = esc(text[:cut]) + "<br>" + esc(text[cut:])
        return t

    def td(self, inner, rs=1, cs=1, align="center", cls=None, style=""):
        attrs = []
        if rs > 1:
            attrs.append(f'rowspan="{rs}"')
        if cs > 1:
            attrs.append(f'colspan="{cs}"')
        if cls:
            attrs.append(f'class="{cls}"')
        st = f"text-align:{align};" + style
        attrs.append(f'style="{st}"')
        if inner == "" and self.L["blank_nbsp"]:
            inner = "&nbsp;"
        cp = self.L["cell_p"]
        if cp == "p0":
            inner = f'<p style="margin:0">{inner}</p>'
        elif cp == "p":
            inner = f"<p>{inner}</p>"
        elif cp == "span":
            inner = f'<p style="margin:0;line-height:{self.L["cell_lh"]}"><span>{inner}</span></p>'
        return f"<td {' '.join(attrs)}>{inner}</td>"

    def value(self, path):
        return self.td(esc(self.rep.text[path]), align=self.L["value_align"], cls="v")

    # ---- tables ------------------------------------------------------------------------------
    def colgroup(self, fracs):
        return "<colgroup>" + "".join(f'<col style="width:{100 * f:.2f}%">' for f in fracs) + "</colgroup>"

    def table_open(self, fracs, cls):
        L = self.L
        return (f'<table class="{cls}" border="1" cellspacing="0" cellpadding="0" '
                f'style="border-collapse:collapse;width:{L["table_width"]}%">' + self.colgroup(fracs))

    def table2(self):
        rep, L = self.rep, self.L
        lf = L["t2_label_frac"]
        fr = [lf] + [(1 - lf) / 3] * 3
        band = f"background:{L['band_fill']};" if L["band_fill"] else ""
        rows = []

        def bandrow(text):
            rows.append("<tr>" + self.td(esc(text), cs=4, style=band) + "</tr>")

        def head(texts):
            spans = {4: [1, 1, 1, 1], 3: [1, 1, 2], 2: [1, 3]}[len(texts)]
            rows.append("<tr>" + "".join(self.td(self.label_html(t), cs=c) for t, c in zip(texts, spans)) + "</tr>")

        def data(label, paths):
            spans = {4: [1, 1, 1, 1], 3: [1, 1, 2], 2: [1, 3]}[len(paths) + 1][1:]
            cells = [self.td(esc(label), align=L["t2_label_align"])]
            cells += [self.td(esc(rep.text[p]), cs=c, align=L["value_align"]) for p, c in zip(paths, spans)]
            rows.append("<tr>" + "".join(cells) + "</tr>")

        if rep.fmt == "2021":
            cols = ("issued", "repealed", "in_force")
            bandrow("第二十条第（一）项")
            head(["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"])
            data("规章", [f"proactive.rules.{c}" for c in cols])
            data(rep.normative_label, [f"proactive.normative_documents.{c}" for c in cols])
            bandrow("第二十条第（五）项")
            head(["信息内容", "本年处理决定数量"])
            data("行政许可", ["proactive.licensing"])
            bandrow("第二十条第（六）项")
            head(["信息内容", "本年处理决定数量"])
            data("行政处罚", ["proactive.penalty"])
            data("行政强制", ["proactive.coercion"])
            bandrow("第二十条第（八）项")
            head(["信息内容", "本年收费金额（单位：万元）"])
            data("行政事业性收费", ["proactive.fees_10k_yuan"])
        else:
            items = ("prev_year_items", "change", "decisions")
            ih = ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"]
            cols = ("new_made", "new_published", "total_published")
            bandrow("第二十条第（一）项")
            head(["信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"])
            data("规章", [f"proactive.rules.{c}" for c in cols])
            data("规范性文件", [f"proactive.normative_documents.{c}" for c in cols])
            bandrow("第二十条第（五）项")
            head(ih)
            data("行政许可", [f"proactive.licensing.{c}" for c in items])
            data("其他对外管理服务事项", [f"proactive.other_admin_services.{c}" for c in items])
            bandrow("第二十条第（六）项")
            head(ih)
            data("行政处罚", [f"proactive.penalty.{c}" for c in items])
            data("行政强制", [f"proactive.coercion.{c}" for c in items])
            bandrow("第二十条第（八）项")
            head(["信息内容", "上一年项目数量", "本年增/减"])
            data("行政事业性收费", ["proactive.fees.prev_year_items", "proactive.fees.change"])
            bandrow("第二十条第（九）项")
            head(["信息内容", "采购项目数量", "采购总金额"])
            data("政府集中采购", ["proactive.procurement.items", "proactive.procurement.total_amount"])
        self.out.append(self.table_open(fr, "t2") + "<tbody>" + "".join(rows) + "</tbody></table>")

    def results_label(self):
        label = "三、本年度办理结果"
        style = self.L["results_style"]
        if style == "stacked":
            return "<br>".join(esc(ch) for ch in label)
        if style == "vertical":
            return f'<div style="writing-mode:vertical-rl;margin:0 auto">{esc(label)}</div>'
        return esc(label)

    def table3(self):
        rep, L = self.rep, self.L
        f0, f1, f2 = L["t3_label_fracs"]
        vf = (1 - f0 - f1 - f2) / 7
        fr = [f0, f1, f2] + [vf] * 7
        la = L["t3_label_align"]
        head = [
            "<tr>" + self.td(esc(NOTE), rs=3, cs=3) + self.td("申请人情况", cs=7) + "</tr>",
            "<tr>" + self.td("自然人", rs=2) + self.td("法人或其他组织", cs=5) + self.td("总计", rs=2) + "</tr>",
            "<tr>" + "".join(self.td(self.label_html(h)) for h in
                             ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]) + "</tr>",
        ]
        results = schema.result_row_keys(rep.row_order)
        group_rows = {}
        for key in rep.row_order:
            if "." in key and key != "other.unsplit":
                group_rows.setdefault(key.split(".")[0], []).append(key)
        body = []
        for key in rep.row_order:
            cells = []
            label = rep.labels[key]
            if key == "granted":
                cells.append(self.td(self.results_label(), rs=len(results) + 1, cls="res",
                                     style=L["results_cell_style"]))
            if key in ("new", "carried_over", "carried_forward"):
                cells.append(self.td(self.label_html(label), cs=3, align=la))
            elif key in ("granted", "partially_granted", "other.unsplit", "total"):
                cells.append(self.td(self.label_html(label), cs=2, align=la))
            else:
                grp = key.split(".")[0]
                if group_rows[grp][0] == key:
                    cells.append(self.td(self.label_html(rep.group_labels[grp]), rs=len(group_rows[grp]),
                                         style=f"vertical-align:{L['group_valign']};"))
                cells.append(self.td(self.label_html(label), align=la))
            cells += [self.value(f"applications.rows.{key}.{c}") for c in schema.APP_COLUMN_KEYS]
            body.append("<tr>" + "".join(cells) + "</tr>")
        if L["thead"]:
            t = "<thead>" + "".join(head) + "</thead><tbody>" + "".join(body) + "</tbody>"
        else:
            t = "<tbody>" + "".join(head + body) + "</tbody>"
        self.out.append(self.table_open(fr, "t3") + t + "</table>")

    def table4(self):
        heads = [l for _, l in schema.REVIEW_COLUMNS]
        rows = [
            "<tr>" + self.td("行政复议", cs=5) + self.td("行政诉讼", cs=10) + "</tr>",
            "<tr>" + "".join(self.td(self.label_html(h, False), rs=2) for h in heads)
            + self.td("未经复议直接起诉", cs=5) + self.td("复议后起诉", cs=5) + "</tr>",
            "<tr>" + "".join(self.td(esc(h)) for h in heads * 2) + "</tr>",
            "<tr>" + "".join(self.value(f"review_litigation.{g}.{c}") for g, _ in schema.REVIEW_GROUPS
                             for c, _ in schema.REVIEW_COLUMNS) + "</tr>",
        ]
        self.out.append(self.table_open([1 / 15] * 15, "t4") + "<tbody>" + "".join(rows) + "</tbody></table>")

    # ---- page --------------------------------------------------------------------------------
    def css(self):
        L = self.L
        w, h = L["page_mm"]
        mt, mr, mb, ml = L["margins_mm"]
        footer = ""
        if L["footer"]:
            pre, post = L["footer"]
            footer = (f'@bottom-center {{ content: "{pre}" counter(page) "{post}"; '
                      f'font-size: 10pt; font-family: "{L["body_font"]}"; }}')
        tr_break = "tr { break-inside: avoid; page-break-inside: avoid; }" if L["tr_avoid"] else ""
        if L.get("orphans"):
            tr_break += f" td, td p {{ orphans: {L['orphans']}; widows: {L['orphans']}; }}"
        return f"""
@page {{ size: {w}mm {h}mm; margin: {mt}mm {mr}mm {mb}mm {ml}mm; {footer} }}
body {{ font-family: "{L['body_font']}", serif; font-size: {L['body_pt']}pt; line-height: {L['line_height']};
       margin: 0; }}
p.body {{ text-indent: 2em; margin: {L['par_gap_em']}em 0; text-align: justify; }}
.title {{ text-align: center; font-family: "{L['head_font']}"; font-size: {L['title_pt']}pt; font-weight: bold;
          margin: 0 0 1em 0; line-height: 1.5; }}
.h {{ font-family: "{L['head_font']}"; font-size: {L['heading_pt']}pt; font-weight: {L['heading_weight']};
      margin: 0.6em 0 0.3em 0; text-indent: {L['heading_indent_em']}em; }}
table {{ border-collapse: collapse; table-layout: {L['table_layout']}; margin: 0.4em auto; }}
td {{ {self.border_css()} padding: {L['pad_px']}px {L['pad_x_px']}px;
      font-family: "{L['table_font']}", serif; font-size: {L['table_pt']}pt; line-height: {L['cell_lh']};
      {f"height: {L['row_h_px']}px;" if L['row_h_px'] else ""} word-break: break-all; }}
table.t4 td {{ font-size: {L['t4_pt']}pt; }}
{tr_break}
.sig {{ text-align: right; margin-right: 2em; }}
"""

    def border_css(self):
        L = self.L
        line = f"{L['border_px']}px solid {L.get('border_color', '#000')}"
        style = L.get("border_style", "grid")
        if style == "rows":
            return f"border: none; border-top: {line}; border-bottom: {line};"
        if style == "none":
            return "border: none;"
        return f"border: {line};"

    def paragraph(self, text):
        self.out.append(f'<p class="body">{esc(text)}</p>')

    def heading(self, text):
        tag = self.L["heading_tag"]
        self.out.append(f'<{tag} class="h">{esc(text)}</{tag}>')

    def render(self):
        self.head()
        self.body()
        return self.tail()

    def head(self, title=None):
        """The document head and the stylesheet (`title`: the <title>, the report's by default)."""
        L = self.L
        self.out.append("<!DOCTYPE html>" if L["doctype"] else "")
        self.out.append(f'<html><head><meta charset="utf-8"><title>{esc(title or self.rep.title)}</title>'
                        f"<style>{self.css()}</style></head><body>")

    def tail(self):
        self.out.append("</body></html>")
        return "\n".join(self.out)

    def body(self):
        """The report itself, title to signature: what a compilation prints one after another."""
        rep, L, rng = self.rep, self.L, self.rng
        self.out.append('<div class="title">' + "<br>".join(esc(x) for x in rep.title_lines) + "</div>")
        for s in rep.sections:
            num = s["number"]
            if num in L["page_break_before"]:
                self.out.append('<div style="break-before:page;page-break-before:always"></div>')
            self.heading(f"{num}、{s['title']}")
            for p in s["paragraphs"]:
                self.paragraph(p)
            if num == "三":
                # content of random length above table 三 moves its page breaks around
                for p in L["filler"]:
                    self.paragraph(p)
                if L["spacer_px"]:
                    self.out.append(f'<div style="height:{L["spacer_px"]}px"></div>')
            if num in ("二", "三", "四"):
                getattr(self, {"二": "table2", "三": "table3", "四": "table4"}[num])()
                if num == "四" and L["t4_footnote"]:
                    self.out.append('<p style="font-size:10pt">注：行政复议、行政诉讼数量含上年度结转数量。</p>')
        if L["signature"]:
            self.out.append(f'<p class="sig">{esc(rep.agency)}</p>')
            self.out.append(f'<p class="sig">{rep.year + 1}年{rng.randint(1, 3)}月{rng.randint(1, 28)}日</p>')


def render(rep, lay, rng):
    """The HTML text of one report under layout `lay` (drawn by layouts.draw_html)."""
    return Page(rep, lay, rng).render()
