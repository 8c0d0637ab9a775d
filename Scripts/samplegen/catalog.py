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
         magnitude="small", blank_total=True, results_style="stacked", body_font=SERIF),
    dict(slug="t10-template-2019-format-2019-city", producer="docx", format="2019", agency="北川市人民政府",
         year=2019, seed=110, magnitude="medium", results_style="wrap", body_font=SERIF,
         procurement_unit="万元", heading_variants={"五": "政府信息公开工作存在的主要问题及改进情况"}),
]

SCANS = []
