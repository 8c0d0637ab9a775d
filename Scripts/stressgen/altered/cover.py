"""`cover-appendix`: the report between pages that are not part of it — a cover before (another
document's first page: a notice with its own 一、二、三、 headings, dates and phone numbers, or
the cover of a bound compilation) and one or two appendix pages after (a blank application
form drawn as a ruled table, a ruled monthly statistics table full of numbers, a glossary), as
when a report is published inside a larger file. Printed with reportlab on the report's page
size in one of the TrueType CJK fonts; the report's pages are kept as they are."""
import io
import random

import pikepdf
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from .. import fonts

COVERS = ("notice", "volume")
APPENDICES = ("form", "stats", "glossary")
TOPICS = ["春节期间安全生产", "防汛防台风", "政务服务便民热线规范运行", "森林防灭火", "营商环境优化提升"]
NUMERALS = "一二三四五六"


def draw(rng):
    names = sorted(fonts.reportlab_fonts())
    k = rng.choice([1, 1, 2])
    return {"cover": rng.choice(COVERS), "appendices": rng.sample(APPENDICES, k), "font": rng.choice(names),
            "text": rng.getrandbits(32)}


class Sheet:
    """A reportlab canvas with the few things these pages need: centred titles, wrapped CJK
    paragraphs and ruled tables, laid out from the top of the page down."""

    def __init__(self, c, font, size):
        self.c, self.font = c, font
        self.W, self.H = size
        self.left, self.right = 72.0, self.W - 72.0
        self.y = self.H - 80.0

    def title(self, text, size=18, gap=14):
        self.c.setFont(self.font, size)
        self.c.drawCentredString(self.W / 2, self.y - size, text)
        self.y -= size + gap

    def lines(self, text, size, width, indent=0.0):
        out, cur, w = [], "", indent
        for ch in text:
            cw = pdfmetrics.stringWidth(ch, self.font, size)
            if cur and w + cw > width:
                out.append(cur)
                cur, w = "", 0.0
            cur += ch
            w += cw
        return out + [cur]

    def para(self, text, size=12, indent_chars=2, leading=1.6, right=False):
        self.c.setFont(self.font, size)
        width = self.right - self.left
        for i, line in enumerate(self.lines(text, size, width, indent_chars * size)):
            self.y -= size * leading
            if right:
                self.c.drawRightString(self.right, self.y, line)
            else:
                self.c.drawString(self.left + (indent_chars * size if i == 0 else 0), self.y, line)

    def table(self, rows, widths, size=10, row_h=22.0):
        """A ruled grid; `widths` are shares of the text width; a row of one cell spans them all."""
        total = self.right - self.left
        xs = [self.left]
        for share in widths:
            xs.append(xs[-1] + share * total)
        self.c.setFont(self.font, size)
        self.c.setLineWidth(0.7)
        for row in rows:
            top, bottom = self.y, self.y - row_h
            edges = [xs[0], xs[-1]] if len(row) == 1 else xs
            self.c.line(xs[0], top, xs[-1], top)
            for x in edges:
                self.c.line(x, top, x, bottom)
            for i, text in enumerate(row):
                x0, x1 = edges[i], edges[i + 1]
                self.c.drawCentredString((x0 + x1) / 2, bottom + (row_h - size) / 2 + 1, text)
            self.y = bottom
        self.c.line(xs[0], self.y, xs[-1], self.y)
        self.y -= 12


# ---- the pages ---------------------------------------------------------------------------------
def notice(s, agency, year, r):
    topic = r.choice(TOPICS)
    s.title(f"关于做好{year + 1}年{topic}工作的通知", size=17)
    s.para("各乡镇人民政府、街道办事处，各有关单位：", indent_chars=0)
    s.para(f"为切实做好{year + 1}年{topic}工作，根据上级有关部署，结合本地实际，现将有关事项通知如下。")
    for i, head in enumerate(r.sample(["高度重视，加强组织领导", "突出重点，狠抓工作落实", "强化督查，压实工作责任",
                                       "加强宣传，营造良好氛围"], 3)):
        s.para(f"{NUMERALS[i]}、{head}", size=13)
        s.para(f"各单位要于{r.randint(1, 12)}月{r.randint(1, 28)}日前完成自查，发现问题{r.randint(3, 40)}个的，"
               f"应逐项建立台账，限期{r.randint(5, 30)}个工作日内整改到位。")
    s.para(f"联系人：王{r.choice('明华伟强静丽')}，联系电话：0{r.randint(310, 999)}-{r.randint(2000000, 8999999)}。")
    s.y -= 20
    s.para(f"{year + 1}年{r.randint(1, 3)}月{r.randint(1, 28)}日", right=True, indent_chars=0)


def volume(s, agency, year, r):
    s.y = s.H * 0.68
    s.title(agency, size=22, gap=30)
    s.title("政务公开工作资料汇编", size=28, gap=24)
    s.title(f"（{year}年度）", size=20)
    s.y = s.H * 0.2
    s.title(f"{year + 1}年{r.randint(1, 3)}月", size=16)


def form(s, agency, year, r):
    s.para("附件1", indent_chars=0)
    s.title("政府信息公开申请表", size=18)
    rows = [["申请人信息"], ["公民", "姓名", "", "证件号码", ""], ["", "联系电话", "", "邮政编码", ""],
            ["", "通信地址", "", "电子邮箱", ""], ["法人或其他组织", "名称", "", "统一社会信用代码", ""],
            ["", "联系人", "", "联系电话", ""], ["申请内容"], ["所需信息名称", "", "", "", ""],
            ["所需信息用途", "", "", "", ""], ["获取方式", "邮寄", "电子邮件", "当面领取", "其他"],
            ["申请人签名", "", "", "申请时间", "    年  月  日"]]
    s.table(rows, [0.2, 0.18, 0.22, 0.2, 0.2], size=10, row_h=26)
    s.para("注：本表可从政府门户网站下载，复印有效。", size=10, indent_chars=0)


def stats(s, agency, year, r):
    s.para("附件2", indent_chars=0)
    s.title(f"{year}年度政务服务便民热线工单办理情况统计表", size=15)
    rows = [["月份", "受理量（件）", "办结量（件）", "按时办结率", "满意率"]]
    total_in = total_done = 0
    for month in range(1, 13):
        got = r.randint(40, 900)
        done = got - r.randint(0, min(15, got))
        total_in, total_done = total_in + got, total_done + done
        rows.append([f"{month}月", str(got), str(done), f"{r.uniform(95, 100):.1f}%", f"{r.uniform(90, 100):.1f}%"])
    rows.append(["合计", str(total_in), str(total_done), f"{100 * total_done / total_in:.1f}%", "—"])
    s.table(rows, [0.16, 0.21, 0.21, 0.21, 0.21], size=10, row_h=22)


def glossary(s, agency, year, r):
    s.para("附件3", indent_chars=0)
    s.title("名词解释", size=18)
    for term, text in [("主动公开", "指行政机关对涉及公众利益调整、需要公众广泛知晓或者需要公众参与决策的政府信息，"
                                   "通过政府网站、政府公报、新闻发布会等途径主动向社会公开。"),
                       ("依申请公开", "指公民、法人或者其他组织根据自身生产、生活、科研等特殊需要，"
                                     "向行政机关申请获取相关政府信息，行政机关依法予以答复。"),
                       ("政务新媒体", "指各级行政机关在微博、微信等第三方平台上开设的政务账号或应用，"
                                     "以及自行开发建设的移动客户端等。")]:
        s.para(f"{term}：{text}")


PAGES = {"notice": notice, "volume": volume, "form": form, "stats": stats, "glossary": glossary}


def register(font):
    """Make one of fonts.reportlab_fonts() usable by name on a canvas (once per process)."""
    if font not in pdfmetrics.getRegisteredFontNames():
        where = fonts.reportlab_fonts()[font]
        pdfmetrics.registerFont(TTFont(font, where[0], subfontIndex=where[1]))


def pages_pdf(names, size, p, agency, year):
    """The extra pages, one per name, as PDF bytes."""
    register(p["font"])
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=size, invariant=1, pageCompression=1)
    r = random.Random(f"{p['text']}:{'-'.join(names)}")
    for name in names:
        PAGES[name](Sheet(c, p["font"], size), agency, year, r)
        c.showPage()
    c.save()
    return buf.getvalue()


def produce(src_pdf, out_pdf, p, agency, year):
    """The report's own file (its metadata kept) with the cover inserted first and the
    appendices appended."""
    with pikepdf.open(src_pdf) as pdf:
        x0, y0, x1, y1 = (float(v) for v in pdf.pages[0].mediabox)
        size = (x1 - x0, y1 - y0)
        n = len(pdf.pages)
        with pikepdf.open(io.BytesIO(pages_pdf([p["cover"]], size, p, agency, year))) as front, \
                pikepdf.open(io.BytesIO(pages_pdf(p["appendices"], size, p, agency, year))) as back:
            for k, page in enumerate(front.pages):
                pdf.pages.insert(k, page)
            pdf.pages.extend(back.pages)
            first = len(front.pages) + 1
            pdf.save(out_pdf, deterministic_id=True)
    return {"report_pages": [first, first + n - 1]}
