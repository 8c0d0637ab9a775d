"""Producer 2: an independent layout drawn with reportlab (its own fonts, widths, sizes, breaks).

Tables are laid out as one continuous strip of rows and cut into pages between rows; a merged
cell that straddles a cut is split, its text lines shared between the parts (so a label such as
（四）无法提供 can read “（四）无” on one page and “法提供” on the next). Headers are not repeated."""
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from . import schema

FONTS = {
    "UMing": ("/usr/share/fonts/truetype/arphic/uming.ttc", 0),
    "ZenHei": ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
}
_registered = set()
NO_LINE_START = "，。、；：！？）》”’%"


def _font(name):
    if name not in _registered:
        path, idx = FONTS[name]
        pdfmetrics.registerFont(TTFont(name, path, subfontIndex=idx))
        _registered.add(name)
    return name


class Cell:
    def __init__(self, row, col, text, rs=1, cs=1, align="center", valign="middle", stacked=False,
                 fill=None, bold=False):
        self.row, self.col, self.text, self.rs, self.cs = row, col, text, rs, cs
        self.align, self.valign, self.stacked, self.fill, self.bold = align, valign, stacked, fill, bold


class Table:
    def __init__(self, widths, nrows):
        self.widths = widths
        self.nrows = nrows
        self.cells = []
        self.keys = {}          # row index -> row key (table 三), for forced breaks

    def add(self, *a, **k):
        c = Cell(*a, **k)
        self.cells.append(c)
        return c


class Renderer:
    def __init__(self, rep, path):
        sp = rep.spec
        self.rep = rep
        self.sp = sp
        self.c = canvas.Canvas(path, pagesize=A4, invariant=1, pageCompression=1)
        self.c.setTitle(rep.title)
        self.c.setAuthor("")
        self.c.setCreator(sp.get("creator", "Microsoft Word"))
        self.body_font = _font(sp.get("rl_body_font", "UMing"))
        self.head_font = _font(sp.get("rl_head_font", "ZenHei"))
        self.table_font = _font(sp.get("rl_table_font", self.body_font))
        self.body_size = sp.get("body_size", 14)
        self.table_size = sp.get("table_size", 9.5)
        self.line_w = sp.get("line_width", 0.6)
        self.W, self.H = A4
        self.ml = sp.get("margin_left", 72)
        self.mr = sp.get("margin_right", 72)
        self.mt = sp.get("margin_top", 72)
        self.mb = sp.get("margin_bottom", 72)
        self.y = self.mt
        self.page = 1
        self.footer = sp.get("footer", "- {n} -")

    # ---- basic text --------------------------------------------------------------------------
    def width(self, text, font, size):
        return pdfmetrics.stringWidth(text, font, size)

    def wrap(self, text, font, size, width, indent=0.0):
        lines = []
        for para in text.split("\n"):
            cur, w, first = "", indent, True
            for ch in para:
                cw = self.width(ch, font, size)
                if cur and w + cw > width + 0.01 and ch not in NO_LINE_START:
                    lines.append(cur)
                    cur, w, first = "", 0.0, False
                cur += ch
                w += cw
            lines.append(cur)
        return lines

    def text_at(self, x, y_top, text, font, size):
        """Draw text whose line box top is y_top (top-down coordinates)."""
        self.c.setFont(font, size)
        self.c.drawString(x, self.H - (y_top + size * 0.88), text)

    def new_page(self):
        self.draw_footer()
        self.c.showPage()
        self.page += 1
        self.y = self.mt

    def draw_footer(self):
        if self.footer:
            t = self.footer.format(n=self.page)
            self.c.setFont(self.body_font, 10.5)
            self.c.drawCentredString(self.W / 2, self.mb * 0.45, t)

    def space(self, h):
        if self.y + h > self.H - self.mb:
            self.new_page()
        else:
            self.y += h

    def paragraph(self, text, font=None, size=None, indent_chars=2, align="left", lead=1.75):
        font = font or self.body_font
        size = size or self.body_size
        avail = self.W - self.ml - self.mr
        indent = indent_chars * size
        lines = self.wrap(text, font, size, avail, indent)
        for i, line in enumerate(lines):
            if self.y + size * lead > self.H - self.mb:
                self.new_page()
            if align == "center":
                x = (self.W - self.width(line, font, size)) / 2
            elif align == "right":
                x = self.W - self.mr - self.width(line, font, size) - 2 * size
            else:
                x = self.ml + (indent if i == 0 else 0)
            self.text_at(x, self.y + size * (lead - 1) / 2, line, font, size)
            self.y += size * lead

    # ---- tables ------------------------------------------------------------------------------
    def cell_lines(self, cell, width):
        size = self.table_size
        if cell.stacked:
            return [ch for ch in cell.text if ch.strip()]
        return self.wrap(cell.text, self.table_font, size, width - 4)

    def layout_rows(self, t):
        pad = self.sp.get("cell_pad", 3)
        lh = self.table_size * 1.3
        heights = [self.sp.get("row_min", 16.0)] * t.nrows
        multi = []
        for cell in t.cells:
            w = sum(t.widths[cell.col:cell.col + cell.cs])
            need = len(self.cell_lines(cell, w)) * lh + 2 * pad
            if cell.rs == 1:
                heights[cell.row] = max(heights[cell.row], need)
            else:
                multi.append((cell, need))
        for cell, need in multi:
            have = sum(heights[cell.row:cell.row + cell.rs])
            if need > have:
                extra = (need - have) / cell.rs
                for r in range(cell.row, cell.row + cell.rs):
                    heights[r] += extra
        return heights

    def table(self, t, x0=None, force_breaks=()):
        heights = self.layout_rows(t)
        x0 = self.ml if x0 is None else x0
        xs = [x0]
        for w in t.widths:
            xs.append(xs[-1] + w)
        # cut the strip of rows into page fragments
        frags, r, start_y = [], 0, self.y
        cur = []
        y = self.y
        for r in range(t.nrows):
            forced = t.keys.get(r) in force_breaks and cur
            if cur and (y + heights[r] > self.H - self.mb or forced):
                frags.append((cur, start_y))
                cur, y, start_y = [], self.mt, self.mt
            elif not cur and y + heights[r] > self.H - self.mb:
                frags.append(([], start_y))
                y = start_y = self.mt
            cur.append(r)
            y += heights[r]
        frags.append((cur, start_y))
        row_page = {}
        row_top = {}
        for fi, (rows, sy) in enumerate(frags):
            yy = sy
            for rr in rows:
                row_page[rr] = fi
                row_top[rr] = yy
                yy += heights[rr]
        lh = self.table_size * 1.3
        for fi, (rows, sy) in enumerate(frags):
            if fi > 0:
                self.new_page()
            if not rows:
                continue
            c = self.c
            c.setLineWidth(self.line_w)
            for cell in t.cells:
                span = [rr for rr in range(cell.row, cell.row + cell.rs) if row_page.get(rr) == fi]
                if not span:
                    continue
                top = row_top[span[0]]
                bottom = row_top[span[-1]] + heights[span[-1]]
                xa, xb = xs[cell.col], xs[cell.col + cell.cs]
                if cell.fill:
                    c.setFillColorRGB(*cell.fill)
                    c.rect(xa, self.H - bottom, xb - xa, bottom - top, stroke=0, fill=1)
                    c.setFillColorRGB(0, 0, 0)
                c.rect(xa, self.H - bottom, xb - xa, bottom - top, stroke=1, fill=0)
                # text share of this fragment
                lines = self.cell_lines(cell, xb - xa)
                parts = [[rr for rr in range(cell.row, cell.row + cell.rs) if row_page.get(rr) == f]
                         for f in sorted({row_page[rr] for rr in range(cell.row, cell.row + cell.rs)})]
                if len(parts) > 1:
                    hs = [sum(heights[rr] for rr in p) for p in parts]
                    total = sum(hs)
                    counts, acc = [], 0
                    for i, h in enumerate(hs):
                        n = round(len(lines) * (sum(hs[:i + 1]) / total)) - acc
                        counts.append(n)
                        acc += n
                    idx = [row_page[p[0]] for p in parts].index(fi)
                    lines = lines[sum(counts[:idx]):sum(counts[:idx + 1])]
                block = len(lines) * lh
                if cell.valign == "top":
                    ty = top + 3
                else:
                    ty = top + (bottom - top - block) / 2
                for line in lines:
                    w = self.width(line, self.table_font, self.table_size)
                    if cell.align == "left":
                        tx = xa + 3
                    elif cell.align == "right":
                        tx = xb - 3 - w
                    else:
                        tx = (xa + xb - w) / 2
                    self.text_at(tx, ty + (lh - self.table_size) / 2, line, self.table_font, self.table_size)
                    ty += lh
            self.y = row_top[rows[-1]] + heights[rows[-1]]

    # ---- the report ----------------------------------------------------------------------------
    def heading(self, text):
        size = self.sp.get("heading_size", self.body_size)
        self.space(size * 0.6)
        self.paragraph(text, font=self.head_font, size=size, indent_chars=self.sp.get("heading_indent", 2))

    def table2(self):
        rep = self.rep
        avail = self.W - self.ml - self.mr
        w0 = avail * self.sp.get("t2_label_frac", 0.3)
        widths = [w0] + [(avail - w0) / 3] * 3
        band_fill = self.sp.get("band_fill", (0.78, 0.85, 0.95))
        rows = []
        if rep.fmt == "2021":
            counts = ["本年制发件数", "本年废止件数", "现行有效件数"]
            rows = [("band", "第二十条第（一）项"), ("head", ["信息内容"] + counts),
                    ("data", "规章", [f"proactive.rules.{c}" for c in ("issued", "repealed", "in_force")]),
                    ("data", "行政规范性文件", [f"proactive.normative_documents.{c}" for c in ("issued", "repealed", "in_force")]),
                    ("band", "第二十条第（五）项"), ("head", ["信息内容", "本年处理决定数量"]),
                    ("data", "行政许可", ["proactive.licensing"]),
                    ("band", "第二十条第（六）项"), ("head", ["信息内容", "本年处理决定数量"]),
                    ("data", "行政处罚", ["proactive.penalty"]), ("data", "行政强制", ["proactive.coercion"]),
                    ("band", "第二十条第（八）项"), ("head", ["信息内容", "本年收费金额（单位：万元）"]),
                    ("data", "行政事业性收费", ["proactive.fees_10k_yuan"])]
        else:
            items = ["prev_year_items", "change", "decisions"]
            ih = ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"]
            rows = [("band", "第二十条第（一）项"), ("head", ["信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"]),
                    ("data", "规章", [f"proactive.rules.{c}" for c in ("new_made", "new_published", "total_published")]),
                    ("data", "规范性文件", [f"proactive.normative_documents.{c}" for c in ("new_made", "new_published", "total_published")]),
                    ("band", "第二十条第（五）项"), ("head", ih),
                    ("data", "行政许可", [f"proactive.licensing.{c}" for c in items]),
                    ("data", "其他对外管理服务事项", [f"proactive.other_admin_services.{c}" for c in items]),
                    ("band", "第二十条第（六）项"), ("head", ih),
                    ("data", "行政处罚", [f"proactive.penalty.{c}" for c in items]),
                    ("data", "行政强制", [f"proactive.coercion.{c}" for c in items]),
                    ("band", "第二十条第（八）项"), ("head", ["信息内容", "上一年项目数量", "本年增/减"]),
                    ("data", "行政事业性收费", ["proactive.fees.prev_year_items", "proactive.fees.change"]),
                    ("band", "第二十条第（九）项"), ("head", ["信息内容", "采购项目数量", "采购总金额"]),
                    ("data", "政府集中采购", ["proactive.procurement.items", "proactive.procurement.total_amount"])]
        t = Table(widths, len(rows))
        for r, row in enumerate(rows):
            if row[0] == "band":
                t.add(r, 0, row[1], cs=4, fill=band_fill, align=self.sp.get("band_align", "center"))
            elif row[0] == "head":
                texts = row[1]
                spans = self._spans(len(texts))
                col = 0
                for text, cs in zip(texts, spans):
                    t.add(r, col, text, cs=cs)
                    col += cs
            else:
                t.add(r, 0, row[1], align=self.sp.get("t2_label_align", "center"))
                spans = self._spans(len(row[2]) + 1)[1:]
                col = 1
                for path, cs in zip(row[2], spans):
                    t.add(r, col, self.rep.text[path], cs=cs, align=self.sp.get("num_align", "center"))
                    col += cs
        self.table(t)

    @staticmethod
    def _spans(n):
        return {4: [1, 1, 1, 1], 3: [1, 1, 2], 2: [1, 3]}[n]

    def table3(self):
        rep = self.rep
        avail = self.W - self.ml - self.mr
        fr = self.sp.get("t3_label_fracs", (0.055, 0.1, 0.25))
        lw = [avail * f for f in fr]
        vw = (avail - sum(lw)) / 7
        t = Table(lw + [vw] * 7, 3 + len(rep.row_order))
        na = self.sp.get("num_align", "center")
        t.add(0, 0, "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", rs=3, cs=3)
        t.add(0, 3, "申请人情况", cs=7)
        t.add(1, 3, "自然人", rs=2)
        t.add(1, 4, "法人或其他组织", cs=5)
        t.add(1, 9, "总计", rs=2)
        for j, h in enumerate(["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]):
            t.add(2, 4 + j, h)
        results = schema.result_row_keys(rep.row_order)
        groups = {}
        for i, key in enumerate(rep.row_order):
            r = 3 + i
            t.keys[r] = key
            label = rep.labels[key]
            la = self.sp.get("t3_label_align", "left")
            if key in ("new", "carried_over", "carried_forward"):
                t.add(r, 0, label, cs=3, align=la)
            elif key in ("granted", "partially_granted", "other.unsplit", "total"):
                t.add(r, 1, label, cs=2, align=la)
            else:
                grp = key.split(".")[0]
                groups.setdefault(grp, []).append(r)
                t.add(r, 2, label, align=la)
            for j, col in enumerate(schema.APP_COLUMN_KEYS):
                t.add(r, 3 + j, rep.text[f"applications.rows.{key}.{col}"], align=na)
        for grp, rows in groups.items():
            t.add(rows[0], 1, rep.group_labels[grp], rs=len(rows))
        first = 3 + rep.row_order.index("granted")
        t.add(first, 0, "三、本年度办理结果", rs=len(results) + 1,
              stacked=self.sp.get("results_style", "stacked") != "wrap")
        brk = self.sp.get("break_before_rows", ())
        self.table(t, force_breaks=brk)

    def table4(self):
        avail = self.W - self.ml - self.mr
        t = Table([avail / 15] * 15, 4)
        t.add(0, 0, "行政复议", cs=5)
        t.add(0, 5, "行政诉讼", cs=10)
        heads = [l for _, l in schema.REVIEW_COLUMNS]
        for j, h in enumerate(heads):
            t.add(1, j, h, rs=2)
        t.add(1, 5, "未经复议直接起诉", cs=5)
        t.add(1, 10, "复议后起诉", cs=5)
        for j, h in enumerate(heads * 2):
            t.add(2, 5 + j, h)
        paths = [f"review_litigation.{g}.{c}" for g, _ in schema.REVIEW_GROUPS for c, _ in schema.REVIEW_COLUMNS]
        for j, p in enumerate(paths):
            t.add(3, j, self.rep.text[p])
        self.table(t)

    def render(self):
        rep = self.rep
        ts = self.sp.get("title_size", 20)
        self.y += self.sp.get("title_gap", 20)
        for line in rep.title_lines:
            self.paragraph(line, font=self.head_font, size=ts, indent_chars=0, align="center", lead=1.5)
        self.space(self.body_size)
        for s in rep.sections:
            self.heading(f"{s['number']}、{s['title']}")
            for p in s["paragraphs"]:
                self.paragraph(p)
            if s["number"] in ("二", "三", "四"):
                self.space(6)
                getattr(self, {"二": "table2", "三": "table3", "四": "table4"}[s["number"]])()
                self.space(10)
        if self.sp.get("signature", True):
            self.space(self.body_size * 2)
            self.paragraph(rep.agency, indent_chars=0, align="right")
            self.paragraph(self.sp.get("date_text", f"{rep.year + 1}年1月{15 + rep.year % 10}日"),
                           indent_chars=0, align="right")
        self.draw_footer()
        self.c.showPage()
        self.c.save()


def produce(rep, path):
    Renderer(rep, path).render()
