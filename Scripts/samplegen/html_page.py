"""Producer: the report as an HTML page shaped like the ones government portals publish, read by
govreport straight from its markup (no PDF).

Two page styles:
- "portal": UTF-8, a modern CMS page — header, navigation, a breadcrumb that ends with the title,
  a layout table (sidebar | article) around the report, inline styles, <p> inside every cell,
  &nbsp; in blank cells, <br>-wrapped header labels, rowspan/colspan, a footer.
- "word": GBK, declared gb2312 in a <meta http-equiv>; an old page pasted from Word: upper-case
  tags, MsoNormal paragraphs with <o:p>, unclosed <p> and <td> (tag soup), a <thead>, the title
  split over two lines with <br>.
The output is deterministic: the same report gives the same bytes."""
import html

from . import schema

NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"


def esc(text):
    return html.escape(text, quote=False)


class Page:
    def __init__(self, rep, style):
        self.rep, self.style = rep, style
        self.word = style == "word"

    # ---- cells -------------------------------------------------------------------------------
    def td(self, inner, rs=1, cs=1, align="center", width=None):
        span = (f' rowspan="{rs}"' if rs > 1 else "") + (f' colspan="{cs}"' if cs > 1 else "")
        if self.word:
            # Word's export: every cell a MsoNormal paragraph, the </td> left out (tag soup)
            body = inner if inner else "&nbsp;"
            return (f"<TD{span.upper()} VALIGN=center style='border:solid windowtext 1.0pt;padding:0cm 5.4pt'>"
                    f"<P class=MsoNormal align={align}><SPAN style='font-family:仿宋_GB2312'>{body}</SPAN><o:p></o:p>")
        body = inner if inner else "&nbsp;"
        w = f"width:{width};" if width else ""
        return (f'<td{span} style="border:1px solid #999;text-align:{align};vertical-align:middle;{w}">'
                f'<p style="margin:0;line-height:1.5">{body}</p></td>')

    def tr(self, cells):
        return ("<TR>" if self.word else "<tr>") + "".join(cells) + ("" if self.word else "</tr>")

    def value(self, path):
        return self.td(esc(self.rep.text[path]))

    def wrapped(self, text, cut):
        """A label typed into a narrow cell and broken by hand."""
        return esc(text[:cut]) + "<br>" + esc(text[cut:])

    def table(self, rows, head_rows=0):
        if self.word:
            head = "<THEAD>" + "".join(rows[:head_rows]) + "</THEAD>" if head_rows else ""
            body = "".join(rows[head_rows:])
            return ("<TABLE class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 "
                    "style='border-collapse:collapse;border:none'>" + head + "<TBODY>" + body
                    + "</TBODY></TABLE>")
        return ('<table border="1" cellspacing="0" cellpadding="0" width="100%" '
                'style="border-collapse:collapse;font-size:14px">\n<tbody>\n' + "\n".join(rows)
                + "\n</tbody>\n</table>")

    # ---- the three tables --------------------------------------------------------------------
    def table2(self):
        rep = self.rep
        rows = []

        def band(text):
            rows.append(self.tr([self.td(esc(text), cs=4, align="left")]))

        def head(texts, spans):
            rows.append(self.tr([self.td(esc(t), cs=c) for t, c in zip(texts, spans)]))

        def data(label, paths, spans):
            rows.append(self.tr([self.td(esc(label))]
                                + [self.value(p) if cs == 1 else self.td(esc(rep.text[p]), cs=cs)
                                   for p, cs in zip(paths, spans)]))

        if rep.fmt == "2021":
            cols = ("issued", "repealed", "in_force")
            normative = "规范性文件" if rep.spec.get("label_2019_normative") else "行政规范性文件"
            band("第二十条第（一）项")
            head(["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"], [1, 1, 1, 1])
            data("规章", [f"proactive.rules.{c}" for c in cols], [1, 1, 1])
            data(normative, [f"proactive.normative_documents.{c}" for c in cols], [1, 1, 1])
            band("第二十条第（五）项")
            head(["信息内容", "本年处理决定数量"], [1, 3])
            data("行政许可", ["proactive.licensing"], [3])
            band("第二十条第（六）项")
            head(["信息内容", "本年处理决定数量"], [1, 3])
            data("行政处罚", ["proactive.penalty"], [3])
            data("行政强制", ["proactive.coercion"], [3])
            band("第二十条第（八）项")
            head(["信息内容", "本年收费金额（单位：万元）"], [1, 3])
            data("行政事业性收费", ["proactive.fees_10k_yuan"], [3])
        else:
            items = ("prev_year_items", "change", "decisions")
            ih = ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"]
            cols = ("new_made", "new_published", "total_published")
            band("第二十条第（一）项")
            head(["信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"], [1, 1, 1, 1])
            data("规章", [f"proactive.rules.{c}" for c in cols], [1, 1, 1])
            data("规范性文件", [f"proactive.normative_documents.{c}" for c in cols], [1, 1, 1])
            band("第二十条第（五）项")
            head(ih, [1, 1, 1, 1])
            data("行政许可", [f"proactive.licensing.{c}" for c in items], [1, 1, 1])
            data("其他对外管理服务事项", [f"proactive.other_admin_services.{c}" for c in items], [1, 1, 1])
            band("第二十条第（六）项")
            head(ih, [1, 1, 1, 1])
            data("行政处罚", [f"proactive.penalty.{c}" for c in items], [1, 1, 1])
            data("行政强制", [f"proactive.coercion.{c}" for c in items], [1, 1, 1])
            band("第二十条第（八）项")
            head(["信息内容", "上一年项目数量", "本年增/减"], [1, 1, 2])
            data("行政事业性收费", ["proactive.fees.prev_year_items", "proactive.fees.change"], [1, 2])
            band("第二十条第（九）项")
            head(["信息内容", "采购项目数量", "采购总金额"], [1, 1, 2])
            data("政府集中采购", ["proactive.procurement.items", "proactive.procurement.total_amount"], [1, 2])
        return self.table(rows)

    def table3(self):
        rep = self.rep
        head = [
            self.tr([self.td(esc(NOTE), rs=3, cs=3), self.td("申请人情况", cs=7)]),
            self.tr([self.td("自然人", rs=2), self.td("法人或其他组织", cs=5), self.td("总计", rs=2)]),
            self.tr([self.td(self.wrapped(h, 2)) for h in ["商业企业", "科研机构", "社会公益组织", "法律服务机构"]]
                    + [self.td("其他")]),
        ]
        results = schema.result_row_keys(rep.row_order)
        group_rows = {}
        for key in rep.row_order:
            if "." in key and key != "other.unsplit":
                group_rows.setdefault(key.split(".")[0], []).append(key)
        label = "三、本年度办理结果"
        stacked = rep.spec.get("results_style") == "stacked"
        results_label = "<br>".join(esc(ch) for ch in label) if stacked else esc(label)
        body = []
        for key in rep.row_order:
            cells = []
            if key == "granted":
                cells.append(self.td(results_label, rs=len(results) + 1))
            text = rep.labels[key]
            if key in ("new", "carried_over", "carried_forward"):
                cells.append(self.td(esc(text), cs=3, align="left"))
            elif key in ("granted", "partially_granted", "other.unsplit", "total"):
                cells.append(self.td(esc(text), cs=2, align="left"))
            else:
                grp = key.split(".")[0]
                if group_rows[grp][0] == key:
                    cells.append(self.td(esc(rep.group_labels[grp]), rs=len(group_rows[grp])))
                cells.append(self.td(esc(text), align="left"))
            cells += [self.value(f"applications.rows.{key}.{c}") for c in schema.APP_COLUMN_KEYS]
            body.append(self.tr(cells))
        return self.table(head + body, head_rows=3)

    def table4(self):
        heads = [label for _, label in schema.REVIEW_COLUMNS]
        rows = [
            self.tr([self.td("行政复议", cs=5), self.td("行政诉讼", cs=10)]),
            self.tr([self.td(self.wrapped(h, 2), rs=2) for h in heads]
                    + [self.td("未经复议直接起诉", cs=5), self.td("复议后起诉", cs=5)]),
            self.tr([self.td(self.wrapped(h, 2)) for h in heads * 2]),
            self.tr([self.value(f"review_litigation.{g}.{c}") for g, _ in schema.REVIEW_GROUPS
                     for c, _ in schema.REVIEW_COLUMNS]),
        ]
        return self.table(rows)

    # ---- the page ----------------------------------------------------------------------------
    def article(self):
        rep, out = self.rep, []
        for s in rep.sections:
            num = s["number"]
            heading = f"{num}、{s['title']}"
            if self.word:
                out.append(f"<P class=MsoNormal style='text-indent:32.0pt'><B><SPAN style='font-family:黑体'>"
                           f"{esc(heading)}</SPAN></B>")
            else:
                out.append(f'<p style="text-indent:2em;font-weight:bold">{esc(heading)}</p>')
            for p in s["paragraphs"]:
                if self.word:
                    out.append(f"<P class=MsoNormal style='text-indent:32.0pt;line-height:28.0pt'>"
                               f"<SPAN style='font-family:仿宋_GB2312'>{esc(p)}</SPAN><o:p></o:p>")
                else:
                    out.append(f'<p style="text-indent:2em;line-height:2">{esc(p)}</p>')
            if num in ("二", "三", "四"):
                out.append({"二": self.table2, "三": self.table3, "四": self.table4}[num]())
        sign = [rep.agency, f"{rep.year + 1}年1月20日"]
        for line in sign:
            out.append(f"<P class=MsoNormal align=right>{esc(line)}" if self.word
                       else f'<p style="text-align:right">{esc(line)}</p>')
        return "\n".join(out)

    def portal(self):
        rep = self.rep
        nav = "".join(f"<li><a href=\"#\">{x}</a></li>" for x in ["首页", "政务公开", "政务服务", "互动交流", "走进{}".format(rep.agency[:2])])
        side = "".join(f'<p><a href="#">{x}</a></p>' for x in ["政府信息公开指南", "政府信息公开制度", "法定主动公开内容", "政府信息公开年报"])
        return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="generator" content="TRS WCM 7.0">
<title>{esc(rep.title)}_{esc(rep.agency)}</title>
<style>body{{font-family:"Microsoft YaHei";}} .footer{{color:#666}}</style>
<script>var _hmt = _hmt || []; document.write("<div>统计代码</div>");</script>
</head>
<body>
<div class="header"><div class="logo">{esc(rep.agency)}门户网站</div>
<nav><ul>{nav}</ul></nav></div>
<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">政府信息公开年报</a> &gt; {esc(rep.title)}</div>
<table width="1000" align="center" cellpadding="0" cellspacing="0" class="layout">
<tr>
<td width="200" valign="top" class="side">{side}</td>
<td width="800" valign="top" class="main">
<div class="article">
<h1 style="font-size:22px;text-align:center;color:#c00">{esc(rep.title)}</h1>
<div class="info">发布时间：{rep.year + 1}-01-20&nbsp;&nbsp;来源：{esc(rep.agency)}办公室&nbsp;&nbsp;【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
<div class="content" style="font-size:16px">
{self.article()}
</div>
<div class="print" style="display:none">【打印本页】</div>
</div>
</td>
</tr>
</table>
<footer><div class="footer">主办：{esc(rep.agency)}办公室　网站标识码：3208000001　备案号：苏ICP备00000000号</div></footer>
</body>
</html>
"""

    def word_page(self):
        rep = self.rep
        title = "<br>".join(esc(x) for x in rep.title_lines)
        return f"""<HTML xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<HEAD>
<META http-equiv=Content-Type content="text/html; charset=gb2312">
<META name=Generator content="Microsoft Word 15">
<TITLE>{esc(rep.title)}</TITLE>
<!--[if gte mso 9]><xml><w:WordDocument><w:View>Print</w:View></w:WordDocument></xml><![endif]-->
</HEAD>
<BODY lang=ZH-CN style='text-justify-trim:punctuation'>
<DIV class=Section1 style='layout-grid:15.6pt'>
<P class=MsoNormal align=center style='text-align:center'><B><SPAN style='font-size:22.0pt;font-family:方正小标宋简体'>{title}</SPAN></B><o:p></o:p>
{self.article()}
</DIV>
</BODY>
</HTML>
"""

    def render(self):
        return self.portal() if self.style == "portal" else self.word_page()


def produce(rep, out_html):
    """Write the page; "word" pages are encoded in GBK, "portal" pages in UTF-8."""
    style = rep.spec.get("html_style", "portal")
    text = Page(rep, style).render()
    data = text.encode("gbk") if style == "word" else text.encode("utf-8")
    with open(out_html, "wb") as f:
        f.write(data)
