"""The pages of a compilation that belong to no report: its cover, its table of contents, an
appendix after a report (prose only: a 政府信息公开指南 or a short explanatory note) and blank
separator pages. One page each, printed with reportlab (altered/cover.py's Sheet) on the size of
the report next to it.

The cover and the TOC carry the words a report title is made of (政府信息公开工作年度报告, each
report's full title with its page number), so an extractor that takes them for reports fails."""
import io
import random

from reportlab.pdfgen import canvas

from ..altered.cover import Sheet, register

CN_DIGITS = "〇一二三四五六七八九"
NUMERALS = "一二三四五六七八九十"


def _cn_year(year):
    return "".join(CN_DIGITS[int(d)] for d in str(year))


def cover(s, p, r):
    """XX县2023年政府信息公开工作年度报告汇编, maybe with who compiled it and when."""
    years = sorted({y for y in p["years"]})
    head = p["publisher"] or ""
    if len(years) == 1 and r.random() < 0.4:
        lines = [f"{head}{years[0]}年政府信息公开工作年度报告汇编"]
    elif len(years) == 1:
        lines = [f"{head}{years[0]}年", "政府信息公开工作年度报告", "汇  编"]
    else:
        lines = [head, "政府信息公开工作年度报告汇编", f"（{years[0]}—{years[-1]}年度）"]
    s.y = s.H * 0.72
    width = s.right - s.left
    for line in [x for x in lines if x]:
        size = min(26, width / max(1, len(line)))
        s.title(line, size=size, gap=22)
    if p["cover"] == "compiler":
        s.y = s.H * 0.25
        who = (p["publisher"] or "") + p["compiler"]
        s.title(r.choice([f"{who} 编", f"编印：{who}"]), size=16, gap=14)
        last = years[-1] + 1
        month = r.randint(2, 5)
        s.title(r.choice([f"{last}年{month}月", f"{_cn_year(last)}年{NUMERALS[month - 1]}月"]), size=16)


def toc(s, p, r):
    """目录: each report's title, leader dots and the page it starts on."""
    s.title(r.choice(["目  录", "目录"]), size=20, gap=24)
    width = s.right - s.left
    for k, (title, page) in enumerate(p["entries"]):
        text = (f"{NUMERALS[k]}、" if p["toc_numbered"] else "") + title
        size = min(13.0, (width - 40) / len(text))
        s.c.setFont(s.font, size)
        s.y -= 2.2 * size
        s.c.drawString(s.left, s.y, text)
        number = str(page)
        s.c.drawRightString(s.right, s.y, number)
        x0 = s.left + s.c.stringWidth(text, s.font, size) + 4
        x1 = s.right - s.c.stringWidth(number, s.font, size) - 4
        dot = p["toc_leader"]
        step = s.c.stringWidth(dot, s.font, size)
        if step > 0 and x1 > x0:
            s.c.drawString(x0, s.y, dot * int((x1 - x0) / step))


GUIDE = [
    ("一、公开主体", "{agency}负责本机关政府信息公开工作，日常工作由办公室承担。"),
    ("二、主动公开", "主动公开的政府信息通过政府门户网站、政务新媒体、政务服务中心查阅点等途径公开，"
                    "属于主动公开范围的信息自形成或者变更之日起二十个工作日内予以公开。"),
    ("三、依申请公开", "申请人可以通过当面、邮寄、网络等方式提出申请，申请时应当提供身份证明，"
                      "并写明所需政府信息的名称、文号或者便于查询的其他特征性描述。"),
    ("四、受理机构", "办公地址：{place}人民路{no}号；办公时间：工作日上午9:00—12:00，下午14:00—17:30；"
                    "联系电话：0{area}-{phone}。"),
]
NOTE = [
    "本汇编所收录的年度报告，均由各单位按照《中华人民共和国政府信息公开条例》规定编制，"
    "并已在各单位门户网站公开。",
    "报告中所列数据的统计期限为本年度1月1日至12月31日，涉及的金额按照相关统计口径填报，"
    "如对报告内容有疑问，可向报告发布单位咨询。",
    "各单位应当加强政府信息公开工作年度报告的审核，确保内容准确、格式规范、数据一致。",
]


def appendix(s, p, r):
    """附件：… in prose only, about the report before it."""
    agency = p["agency"]
    if r.random() < 0.6:
        s.para(r.choice(["附件", "附件1"]), indent_chars=0)
        s.title(f"{agency}政府信息公开指南", size=16)
        for head, text in GUIDE:
            s.para(head, size=13)
            s.para(text.format(agency=agency, place=agency[:2], no=r.randint(1, 300),
                               area=r.randint(310, 999), phone=r.randint(2000000, 8999999)))
    else:
        s.para(f"附件：关于{agency}政府信息公开工作年度报告的说明", indent_chars=0, size=13)
        for text in NOTE:
            s.para(text)


def blank(s, p, r):
    """Nothing, or the note a bound volume prints on a page left empty on purpose."""
    if p["blank_marker"]:
        s.y = s.H * 0.55
        s.title("（此页无正文）", size=14)


PAGES = {"cover": cover, "toc": toc, "appendix": appendix, "blank": blank}


def page_pdf(role, size, p):
    """One page of `role` as PDF bytes; `p` is the plan with what the page needs added
    (years; entries for the TOC; agency for an appendix)."""
    register(p["font"])
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=size, invariant=1, pageCompression=1)
    r = random.Random(f"{p['text']}:{role}:{p.get('agency', '')}")
    PAGES[role](Sheet(c, p["font"], size), p, r)
    c.showPage()
    c.save()
    return buf.getvalue()
