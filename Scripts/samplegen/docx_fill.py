"""Producer 1: the official Word template filled with python-docx, converted by LibreOffice."""
import copy
import os
import shutil
import subprocess
import tempfile

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from docx.table import _Cell

from . import schema, pdfclean

TEMPLATE = "/work/shared/templates/official-2021-template.docx"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _set_fonts(doc, body_font, table_font):
    """Point every run at installed fonts (the template asks for 宋体/楷体, absent here)."""
    def fix(el, font):
        for rf in el.iter(qn("w:rFonts")):
            for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
                rf.set(qn(a), font)
            if rf.get(qn("w:hint")) is not None:
                del rf.attrib[qn("w:hint")]
    fix(doc.styles.element, body_font)
    for el in doc.element.body:
        fix(el, table_font if el.tag == qn("w:tbl") else body_font)


def _set_par_text(p, text, size=None, bold=None):
    runs = p.runs
    if runs:
        runs[0].text = text
        for r in runs[1:]:
            r._r.getparent().remove(r._r)
        run = runs[0]
    else:
        run = p.add_run(text)
    if size:
        run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold
    return run


def _set_cell_text(cell, text, font, size, align="center", lines=None):
    p = cell.paragraphs[0]
    for extra in cell.paragraphs[1:]:
        extra._p.getparent().remove(extra._p)
    for r in list(p.runs):
        r._r.getparent().remove(r._r)
    parts = lines if lines is not None else [text]
    for i, part in enumerate(parts):
        run = p.add_run(part)
        run.font.size = Pt(size)
        run.font.name = font
        run._r.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)
        if i < len(parts) - 1:
            run.add_break()
    # the paragraph mark's size sets the height of an empty cell (a blank printed value)
    pPr = p._p.get_or_add_pPr()
    mark = pPr.find(qn("w:rPr"))
    if mark is None:
        mark = OxmlElement("w:rPr")
        pPr.append(mark)
    for tag in ("w:sz", "w:szCs"):
        el = mark.find(qn(tag))
        if el is None:
            el = OxmlElement(tag)
            mark.append(el)
        el.set(qn("w:val"), str(int(size * 2)))
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "left":
        p.alignment = WD_ALIGN_PARAGRAPH.LEFT


def _tcs(row):
    return row._tr.findall(qn("w:tc"))


def _label(tc, table, text):
    cell = _Cell(tc, table)
    p = cell.paragraphs[0]
    _set_par_text(p, text)


def _fill_table2_2021(rep, t, font, size):
    rows = t.rows
    for ri, key in ((2, "rules"), (3, "normative_documents")):
        for tc, col in zip(_tcs(rows[ri])[1:], ("issued", "repealed", "in_force")):
            _set_cell_text(_Cell(tc, t), rep.text[f"proactive.{key}.{col}"], font, size)
    for ri, key in ((6, "licensing"), (9, "penalty"), (10, "coercion"), (13, "fees_10k_yuan")):
        _set_cell_text(_Cell(_tcs(rows[ri])[1], t), rep.text[f"proactive.{key}"], font, size)
    if rep.spec.get("label_2019_normative"):
        _label(_tcs(rows[3])[0], t, "规范性文件")


def _rebuild_table2_2019(rep, t, font, size):
    """Reshape the template's table 二 into the 2019 layout (（五）-（九） with item counts)."""
    rows = t.rows
    band, head4, data4 = rows[0]._tr, rows[1]._tr, rows[2]._tr
    tbl = t._tbl
    for r in list(rows):
        tbl.remove(r._tr)

    def add(proto, texts, span_last=False, fill=None):
        tr = copy.deepcopy(proto)
        tcs = tr.findall(qn("w:tc"))
        if span_last:
            last, prev = tcs[-1], tcs[-2]
            w_last = int(last.find(qn("w:tcPr")).find(qn("w:tcW")).get(qn("w:w")))
            tcw = prev.find(qn("w:tcPr")).find(qn("w:tcW"))
            tcw.set(qn("w:w"), str(int(tcw.get(qn("w:w"))) + w_last))
            gs = OxmlElement("w:gridSpan")
            gs.set(qn("w:val"), "2")
            tcw.addnext(gs)
            tr.remove(last)
            tcs = tcs[:-1]
        tbl.append(tr)
        from docx.table import _Row
        row = _Row(tr, t)
        for tc, text in zip(tcs, texts):
            c = _Cell(tc, t)
            if fill == "label" and tc is tcs[0]:
                _label(tc, t, text)
            elif fill == "value":
                _set_cell_text(c, text, font, size)
            else:
                _label(tc, t, text)
        return row

    def value_row(label, key, cols, span_last=False):
        r = add(data4, [label] + [""] * (3 if not span_last else 2), span_last)
        tcs = _tcs(r)
        _label(tcs[0], t, label)
        for tc, col in zip(tcs[1:], cols):
            _set_cell_text(_Cell(tc, t), rep.text[f"proactive.{key}.{col}"], font, size)

    items = ["prev_year_items", "change", "decisions"]
    add(band, ["第二十条第（一）项"])
    add(head4, ["信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"])
    value_row("规章", "rules", ["new_made", "new_published", "total_published"])
    value_row("规范性文件", "normative_documents", ["new_made", "new_published", "total_published"])
    add(band, ["第二十条第（五）项"])
    add(head4, ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"])
    value_row("行政许可", "licensing", items)
    value_row("其他对外管理服务事项", "other_admin_services", items)
    add(band, ["第二十条第（六）项"])
    add(head4, ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"])
    value_row("行政处罚", "penalty", items)
    value_row("行政强制", "coercion", items)
    add(band, ["第二十条第（八）项"])
    add(head4, ["信息内容", "上一年项目数量", "本年增/减"], span_last=True)
    value_row("行政事业性收费", "fees", ["prev_year_items", "change"], span_last=True)
    add(band, ["第二十条第（九）项"])
    add(head4, ["信息内容", "采购项目数量", "采购总金额"], span_last=True)
    value_row("政府集中采购", "procurement", ["items", "total_amount"], span_last=True)


def _fill_table3(rep, t, font, size, results_style):
    rows = t.rows
    if not rep.split_other:
        proto = copy.deepcopy(rows[6]._tr)          # （二）部分公开: continues col 0, label spans 2
        rows[23]._tr.addprevious(proto)
        for i in (24, 25, 26):                      # the three （六） sub-rows, shifted by one
            t._tbl.remove(t.rows[24]._tr)
        rows = t.rows
    data = rows[3:]
    assert len(data) == len(rep.row_order), (len(data), len(rep.row_order))
    group_first = {}
    for key, row in zip(rep.row_order, data):
        tcs = _tcs(row)
        _label(tcs[-8], t, rep.labels[key])
        for tc, col in zip(tcs[-7:], schema.APP_COLUMN_KEYS):
            _set_cell_text(_Cell(tc, t), rep.text[f"applications.rows.{key}.{col}"], font, size)
        grp = key.split(".")[0] if "." in key and key != "other.unsplit" else None
        if grp and grp not in group_first:
            group_first[grp] = tcs[1]
    for grp, tc in group_first.items():
        _label(tc, t, rep.group_labels[grp])
    res_tc = _tcs(data[2])[0]
    label = "三、本年度办理结果"
    cell = _Cell(res_tc, t)
    if results_style == "stacked":
        _set_cell_text(cell, "", font, 10, align="center", lines=list(label))
    elif results_style == "vertical":
        tcPr = res_tc.find(qn("w:tcPr"))
        td = OxmlElement("w:textDirection")
        td.set(qn("w:val"), "tbRlV")
        tcPr.find(qn("w:vAlign")).addprevious(td)
        _set_cell_text(cell, label, font, 10)


def _fill_table4(rep, t, font, size):
    tcs = _tcs(t.rows[3])
    paths = [f"review_litigation.{g}.{c}" for g, _ in schema.REVIEW_GROUPS for c, _ in schema.REVIEW_COLUMNS]
    for tc, path in zip(tcs, paths):
        _set_cell_text(_Cell(tc, t), rep.text[path], font, size)


def _insert_paragraphs_after(p, texts):
    anchor = p
    for text in texts:
        newp = copy.deepcopy(p._p)
        anchor._p.addnext(newp) if hasattr(anchor, "_p") else anchor.addnext(newp)
        from docx.text.paragraph import Paragraph
        para = Paragraph(newp, p._parent)
        _set_par_text(para, text)
        anchor = para


def build_docx(rep, path):
    spec = rep.spec
    doc = docx.Document(TEMPLATE)
    body_font = spec.get("body_font", "Noto Serif CJK SC")
    table_font = spec.get("table_font", body_font)
    _set_fonts(doc, body_font, table_font)
    cp = doc.core_properties
    cp.author = "办公室"
    cp.title = rep.title
    pars = doc.paragraphs
    heads = {3: "一", 6: "二", 18: "三", 23: "四", 28: "五", 30: "六"}
    titles = {s["number"]: s for s in rep.sections}
    # title (possibly on two lines)
    tp = pars[1]
    run = _set_par_text(tp, rep.title_lines[0])
    for extra in rep.title_lines[1:]:
        run.add_break()
        run = tp.add_run(extra)
        run.font.bold = True
        run.font.size = Pt(18)
    for idx, num in heads.items():
        _set_par_text(pars[idx], f"{num}、{titles[num]['title']}")
    for idx, num in ((4, "一"), (29, "五"), (31, "六")):
        texts = titles[num]["paragraphs"] or [""]
        _set_par_text(pars[idx], texts[0])
        _insert_paragraphs_after(pars[idx], texts[1:])
    # trim the empty paragraphs after table 二 (moves the page breaks of table 三)
    keep = spec.get("gap_after_table2", 9)
    empties = [p for p in pars[8:18] if not p.text.strip()]
    for p in empties[keep:]:
        p._p.getparent().remove(p._p)
    tsize = spec.get("table_size", 10)
    t2, t3, t4 = doc.tables
    if rep.fmt == "2021":
        _fill_table2_2021(rep, t2, table_font, tsize)
    else:
        _rebuild_table2_2019(rep, t2, table_font, tsize)
    _fill_table3(rep, t3, table_font, tsize, spec.get("results_style", "wrap"))
    _fill_table4(rep, t4, table_font, tsize)
    doc.save(path)


def produce(rep, out_pdf):
    """Write `out_pdf` from the template; returns the number of pages."""
    tmp = tempfile.mkdtemp(prefix="samplegen-")
    try:
        src = os.path.join(tmp, rep.slug + ".docx")
        build_docx(rep, src)
        env = dict(os.environ, SOURCE_DATE_EPOCH="1700000000", TZ="UTC")
        profile = "file://" + os.path.join(tmp, "profile")
        subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", tmp, src],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        pdfclean.normalize(os.path.join(tmp, rep.slug + ".pdf"), out_pdf)
        pdfclean.canonicalize_lo(out_pdf)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
