"""The sample corpus: one entry per sample. Text-layer samples first, then scans of them."""
from . import baotun

SERIF = "Noto Serif CJK SC"
SANS = "Noto Sans CJK SC"
UMING = "AR PL UMing CN"
ZENHEI = "WenQuanYi Zen Hei"

TEXT = [
    dict(slug="t01-template-2023-county", producer="docx", agency="清河县人民政府", year=2023, seed=101,
         magnitude="small", results_style="wrap", body_font=SERIF),
    dict(slug="t02-template-2022-bureau-split", producer="docx", agency="临江市生态环境局", year=2022,
         seed=102, magnitude="medium", results_style="stacked", body_font=SERIF, table_font=SERIF,
         gap_after_table2=1),
    dict(slug="t03-template-2019-format-2020", producer="docx", format="2019", agency="东城区司法局",
         year=2020, seed=103, magnitude="small", results_style="stacked", body_font=UMING,
         procurement_unit="元", plus_sign=True),
    dict(slug="t04-template-2024-street-unsplit-typos", producer="docx", format="2021", split_other=False,
         agency="城关街道办事处", year=2024, seed=104, magnitude="small", results_style="vertical",
         body_font=SERIF, numbering="、",
         labels={"denied.prohibited_by_law": "2、其他法律行政止公开"},
         notes=["2021-era report printing the single （六）其他处理 row -> other.unsplit; label typo 其他法律行政止公开; 1、 numbering."]),
    dict(slug="t05-template-2021-commission-zero-blank", producer="docx", agency="南湖市卫生健康委员会",
         year=2021, seed=105, magnitude="small", zero_blank=True, results_style="wrap", body_font=SANS,
         table_font=SANS, notes=["Zeros of tables 三 and 四 printed blank -> null."]),
    dict(slug="t06-template-baotun-2024", producer="docx", agency="包屯镇人民政府", year=2024, seed=106,
         magnitude="zero", results_style="wrap", body_font=SERIF,
         title="包屯镇人民政府2024年政府信息公开工作年度报告",
         title_lines=["包屯镇人民政府 2024 年政府信息公开工作年度报告"],
         sections=baotun.sections(),
         notes=["Seed report rebuilt from shared/examples/baotun-2024-as-extracted.txt: all-zero tables, its prose."]),
    dict(slug="t07-template-2022-province-large", producer="docx", agency="江南省市场监督管理局", year=2022,
         seed=107, magnitude="large", big_counts=True, fee_decimals=6, results_style="stacked",
         body_font=UMING, table_size=9,
         annotations={"proactive.normative_documents.issued": (22, "22（其中修订16件）")},
         title_lines=["江南省市场监督管理局", "2022年政府信息公开工作年度报告"],
         notes=["7-digit counts, fee with 6 decimals, annotated cell 22（其中修订16件）, title on two lines."]),
    dict(slug="t08-template-2023-defect-sum27", producer="docx", agency="安平县交通运输局", year=2023,
         seed=108, magnitude="small", defect="sum27", results_style="wrap", body_font=SERIF),
    dict(slug="t09-template-2022-blank-total", producer="docx", agency="西山区教育局", year=2022, seed=109,
         magnitude="small", blank_total=True, results_style="stacked", body_font=SERIF,
         about="table 三's header row itself breaks across pages (LibreOffice splits the row)"),
    dict(slug="t11-template-2021-district-zenhei", producer="docx", agency="云溪区人民政府", year=2021,
         seed=111, magnitude="medium", results_style="stacked", body_font=ZENHEI, table_font=ZENHEI,
         table_size=9, gap_after_table2=0, heading_variants={"四": "政府信息公开行政复议、行政诉讼情况"}),
    dict(slug="t10-template-2019-format-2019-city", producer="docx", format="2019", agency="北川市人民政府",
         year=2019, seed=110, magnitude="medium", results_style="wrap", body_font=SERIF,
         procurement_unit="万元", heading_variants={"五": "政府信息公开工作存在的主要问题及改进情况"}),
]

TEXT += [
    dict(slug="r01-reportlab-2023-bureau-break-in-merged", producer="reportlab", agency="滨海市自然资源和规划局",
         year=2023, seed=201, magnitude="medium", rl_body_font="UMing", rl_head_font="ZenHei", body_size=15,
         table_size=9.5, break_before_rows=("unable.needs_creation",), break_in_merged=True,
         results_style="stacked", footer="- {n} -"),
    dict(slug="r02-reportlab-2020-2019format-county", producer="reportlab", format="2019", agency="长宁县人民政府",
         year=2020, seed=202, magnitude="medium", rl_body_font="ZenHei", rl_head_font="ZenHei", body_size=12,
         table_size=10.5, plus_sign=True, procurement_unit="元", line_width=1.0, margin_left=60,
         margin_right=60, footer="— {n} —", t3_label_fracs=(0.05, 0.11, 0.27)),
    dict(slug="r03-reportlab-2024-county-unsplit-blank-zeros", producer="reportlab", format="2021",
         split_other=False, agency="平阳县农业农村局", year=2024, seed=203, magnitude="small", zero_blank=True,
         numbering="、", labels={"denied.prohibited_by_law": "2、其他法律行政止公开"}, rl_body_font="UMing",
         rl_head_font="UMing", body_size=16, table_size=9, results_style="stacked", footer="-{n}-",
         heading_variants={"四": "政府信息公开行政复议、行政诉讼情况"}),
    dict(slug="r04-reportlab-2021-province-large", producer="reportlab", agency="海东省人民政府办公厅",
         year=2021, seed=204, magnitude="large", big_counts=True, fee_decimals=6, num_align="right",
         annotations={"proactive.normative_documents.issued": (22, "22（其中修订16件）")}, rl_body_font="UMing",
         rl_head_font="ZenHei", body_size=14, table_size=8.5, line_width=0.4, results_style="stacked",
         t3_label_fracs=(0.05, 0.1, 0.22), title_lines=["海东省人民政府办公厅", "2021年政府信息公开工作年度报告"]),
    dict(slug="r05-reportlab-2022-defect-sum27", producer="reportlab", agency="望江区城市管理局", year=2022,
         seed=205, magnitude="small", defect="sum27", rl_body_font="ZenHei",
         rl_head_font="ZenHei", body_size=13, table_size=10, results_style="wrap", footer=None),
    dict(slug="r06-reportlab-2019-zero-street", producer="reportlab", format="2019", agency="新华街道办事处",
         year=2019, seed=206, magnitude="zero", rl_body_font="UMing", rl_head_font="ZenHei", body_size=14,
         table_size=10, procurement_unit="元", results_style="stacked"),
    dict(slug="r08-reportlab-2021-district-one-page-table", producer="reportlab", agency="龙湖区人民政府",
         year=2021, seed=208, magnitude="small", rl_body_font="ZenHei", rl_head_font="ZenHei", body_size=12,
         table_size=8.5, line_width=0.9, num_align="right", page_break_before=("三",), results_style="stacked",
         t3_label_align="left", footer="第{n}页", signature=False,
         about="table 三 alone on one page (page break before section 三)"),
    dict(slug="r07-reportlab-2023-committee-wide", producer="reportlab", agency="青山市发展和改革委员会",
         year=2023, seed=207, magnitude="medium", rl_body_font="UMing", rl_head_font="UMing", body_size=16,
         heading_size=16, table_size=10, margin_left=50, margin_right=50, margin_top=60, results_style="wrap",
         t3_label_fracs=(0.07, 0.12, 0.28), band_fill=None, t2_label_frac=0.35,
         heading_variants={"五": "政府信息公开工作存在的主要问题及改进情况"}),
]

# Markup samples: read by govreport from the file itself (HTML page or DOCX), no PDF.
MARKUP = [
    dict(slug="m01-html-portal-2023-district-zero-blank", producer="html", html_style="portal",
         agency="青溪区人民政府", year=2023, seed=401, magnitude="medium", zero_blank=True,
         results_style="stacked",
         about="UTF-8 portal page: navigation, breadcrumb ending in the title, layout table around the "
               "article, <p> in cells, &nbsp; blanks, <br>-wrapped header labels, hidden element, footer"),
    dict(slug="m02-html-gbk-word-2020-2019format", producer="html", html_style="word", format="2019",
         agency="江北县水利局", year=2020, seed=402, magnitude="small", procurement_unit="元",
         plus_sign=True, results_style="wrap", title_lines=["江北县水利局", "2020年政府信息公开工作年度报告"],
         about="GBK page declared gb2312, pasted from Word: upper-case tags, unclosed <P> and <TD>, "
               "<THEAD>, <o:p>, title over two lines"),
    dict(slug="m03-docx-template-2022-unsplit-typos", producer="docx-file", format="2021",
         split_other=False, agency="临河市交通运输局", year=2022, seed=403, magnitude="small",
         results_style="stacked", body_font=SERIF, numbering="、",
         labels={"denied.prohibited_by_law": "2、其他法律行政止公开"},
         about="w:vMerge/w:gridSpan from the template, w:br inside cells"),
    dict(slug="m04-docx-template-2019-format-city", producer="docx-file", format="2019",
         agency="南山市人民政府", year=2019, seed=404, magnitude="medium", results_style="vertical",
         body_font=SERIF, procurement_unit="万元",
         title_lines=["南山市人民政府", "2019年政府信息公开工作年度报告"]),
]

MARKUP_EXTENSIONS = {"html": ".html", "docx-file": ".docx"}


def _scan(slug, source, seed, dpi, **kw):
    agency = next(t["agency"] for t in TEXT if t["slug"] == source)
    return dict(slug=slug, source=source, seed=seed, dpi=dpi, agency=agency, **kw)


SCANS = [
    _scan("s01-scan-150dpi-gray-rot05", "t01-template-2023-county", 301, 150, rotate=0.5, noise=6, quality=55),
    _scan("s02-scan-200dpi-gray-seal-date-rot1", "r01-reportlab-2023-bureau-break-in-merged", 302, 200,
          rotate=1.0, noise=5, blur=0.6, quality=50, seal="date"),
    _scan("s03-scan-200dpi-color-seal-table-rot-1", "t02-template-2022-bureau-split", 303, 200, color=True,
          rotate=-1.1, noise=4, quality=45, seal="table"),
    _scan("s04-scan-300dpi-bw-2019format-rot03", "t03-template-2019-format-2020", 304, 300, rotate=0.3,
          noise=12, blur=0.8, bilevel=True),
    _scan("s05-scan-150dpi-color-noise-blur-unsplit", "t04-template-2024-street-unsplit-typos", 305, 150,
          color=True, rotate=-0.6, noise=10, blur=0.9, quality=50, noisy_background=True),
    _scan("s06-scan-200dpi-gray-jpeg-heavy-blank-zeros", "t05-template-2021-commission-zero-blank", 306, 200,
          rotate=0.8, noise=4, quality=25),
    _scan("s07-scan-300dpi-gray-seal-date-2019format", "r02-reportlab-2020-2019format-county", 307, 300,
          rotate=-0.4, noise=3, quality=25, seal="date"),
    _scan("s08-scan-200dpi-color-seal-baotun", "t06-template-baotun-2024", 308, 200, color=True, rotate=1.5,
          noise=4, quality=30, seal="table"),
    _scan("s09-scan-150dpi-gray-rot2-large", "t07-template-2022-province-large", 309, 150, rotate=2.0,
          noise=5, quality=50, noisy_background=True),
    _scan("s10-scan-200dpi-color-defect-sum27", "t08-template-2023-defect-sum27", 310, 200, color=True,
          rotate=-0.7, noise=4, blur=0.5, quality=45, seal="table"),
    _scan("s11-scan-300dpi-bw-large-rot-1", "r04-reportlab-2021-province-large", 311, 300, rotate=-1.2,
          noise=10, blur=0.6, bilevel=True, threshold=140),
    _scan("s12-scan-200dpi-gray-2019-zero-seal", "r06-reportlab-2019-zero-street", 312, 200, rotate=0.9,
          noise=6, blur=0.7, quality=45, seal="date"),
    _scan("s13-scan-150dpi-color-seal-date-unsplit", "r03-reportlab-2024-county-unsplit-blank-zeros", 313, 150,
          color=True, rotate=-1.6, noise=7, quality=55, seal="date"),
    _scan("s14-scan-200dpi-gray-2019format-city-rot-07", "t10-template-2019-format-2019-city", 314, 200,
          rotate=-0.7, noise=5, quality=45),
]
