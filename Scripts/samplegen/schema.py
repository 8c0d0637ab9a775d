"""Canonical keys of the report format (shared/spec/report-format.md §2-§5, §7) and the four hard
cross-checks. Mirrors Sources/ReportSchema/CanonicalSchema.swift; used by make-samples and evaluate."""
from decimal import Decimal

APP_COLUMNS = [
    ("natural_person", "自然人"), ("commercial", "商业企业"), ("research", "科研机构"),
    ("nonprofit", "社会公益组织"), ("legal_services", "法律服务机构"), ("other", "其他"), ("total", "总计"),
]
APP_COLUMN_KEYS = [k for k, _ in APP_COLUMNS]
APPLICANT_KEYS = APP_COLUMN_KEYS[:6]

_HEAD = [
    ("new", "一、本年新收政府信息公开申请数量"),
    ("carried_over", "二、上年结转政府信息公开申请数量"),
    ("granted", "（一）予以公开"),
    ("partially_granted", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"),
    ("denied.state_secret", "1.属于国家秘密"),
    ("denied.prohibited_by_law", "2.其他法律行政法规禁止公开"),
    ("denied.security_stability", "3.危及“三安全一稳定”"),
    ("denied.third_party_rights", "4.保护第三方合法权益"),
    ("denied.internal_affairs", "5.属于三类内部事务信息"),
    ("denied.process_info", "6.属于四类过程性信息"),
    ("denied.enforcement_files", "7.属于行政执法案卷"),
    ("denied.admin_query", "8.属于行政查询事项"),
    ("unable.not_held", "1.本机关不掌握相关政府信息"),
    ("unable.needs_creation", "2.没有现成信息需要另行制作"),
    ("unable.unclear", "3.补正后申请内容仍不明确"),
    ("not_processed.petition", "1.信访举报投诉类申请"),
    ("not_processed.duplicate", "2.重复申请"),
    ("not_processed.publication", "3.要求提供公开出版物"),
    ("not_processed.excessive", "4.无正当理由大量反复申请"),
    ("not_processed.reconfirm", "5.要求行政机关确认或重新出具已获取信息"),
]
_OTHER_SPLIT = [
    ("other.no_correction", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
    ("other.fee_unpaid", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
    ("other.other", "3.其他"),
]
_OTHER_UNSPLIT = [("other.unsplit", "（六）其他处理")]
_TAIL = [("total", "（七）总计"), ("carried_forward", "四、结转下年度继续办理")]

GROUP_LABELS = {
    "denied": "（三）不予公开", "unable": "（四）无法提供", "not_processed": "（五）不予处理",
    "other": "（六）其他处理",
}


def app_rows(split_other):
    """Table 三 rows (key, printed label) in order; `split_other` False gives the single
    （六）其他处理 row of the 2019 format."""
    return _HEAD + (_OTHER_SPLIT if split_other else _OTHER_UNSPLIT) + _TAIL


def result_row_keys(row_order):
    return [k for k in row_order if k not in ("new", "carried_over", "total", "carried_forward")]


REVIEW_GROUPS = [("review", "行政复议"), ("litigation_direct", "未经复议直接起诉"),
                 ("litigation_after_review", "复议后起诉")]
REVIEW_COLUMNS = [("upheld", "结果维持"), ("corrected", "结果纠正"), ("other", "其他结果"),
                  ("pending", "尚未审结"), ("total", "总计")]

# proactive: (key, columns or None for a single value)
PROACTIVE_2021 = [
    ("rules", ["issued", "repealed", "in_force"]),
    ("normative_documents", ["issued", "repealed", "in_force"]),
    ("licensing", None), ("penalty", None), ("coercion", None), ("fees_10k_yuan", None),
]
PROACTIVE_2019 = [
    ("rules", ["new_made", "new_published", "total_published"]),
    ("normative_documents", ["new_made", "new_published", "total_published"]),
    ("licensing", ["prev_year_items", "change", "decisions"]),
    ("other_admin_services", ["prev_year_items", "change", "decisions"]),
    ("penalty", ["prev_year_items", "change", "decisions"]),
    ("coercion", ["prev_year_items", "change", "decisions"]),
    ("fees", ["prev_year_items", "change"]),
    ("procurement", ["items", "total_amount"]),
]

SECTION_NUMBERS = ["一", "二", "三", "四", "五", "六"]
CANONICAL_TOP_KEYS = ["report", "sections", "proactive", "applications",
                      "review_litigation"]


def proactive_layout(fmt):
    return PROACTIVE_2021 if fmt == "2021" else PROACTIVE_2019


def cell_paths(fmt, row_order):
    """Every numeric cell path of a report, in output order."""
    paths = []
    for key, cols in proactive_layout(fmt):
        if cols is None:
            paths.append(f"proactive.{key}")
        else:
            paths += [f"proactive.{key}.{c}" for c in cols]
    for r in row_order:
        paths += [f"applications.rows.{r}.{c}" for c in APP_COLUMN_KEYS]
    for g, _ in REVIEW_GROUPS:
        paths += [f"review_litigation.{g}.{c}" for c, _ in REVIEW_COLUMNS]
    return paths


def get_path(doc, path):
    """Value at a cell path; raises KeyError when a key is absent."""
    if path.startswith("applications.rows."):
        rest = path[len("applications.rows."):]
        row, col = rest.rsplit(".", 1)
        return doc["applications"]["rows"][row][col]
    node = doc
    for part in path.split("."):
        node = node[part]
    return node


def _d(v):
    return Decimal(0) if v is None else Decimal(str(v))


def _num(d):
    """A Decimal as a JSON-friendly int (all check operands are counts)."""
    return int(d) if d == d.to_integral_value() else d


def compute_checks(doc):
    """The hard cross-checks, in the order of the output contract, blank counted as 0."""
    rows = doc["applications"]["rows"]
    order = doc["applications"]["row_order"]
    results = result_row_keys(order)
    out = []

    def add(rule, scope, expected, found):
        out.append({"rule": rule, "scope": scope, "ok": expected == found,
                    "expected": _num(expected), "found": _num(found)})

    for c in APP_COLUMN_KEYS:
        add("applications.balance", c, _d(rows["new"][c]) + _d(rows["carried_over"][c]),
            _d(rows["total"][c]) + _d(rows["carried_forward"][c]))
    for r in order:
        add("applications.row_sum", r, sum((_d(rows[r][c]) for c in APPLICANT_KEYS), Decimal(0)),
            _d(rows[r]["total"]))
    for c in APP_COLUMN_KEYS:
        add("applications.results_sum", c, sum((_d(rows[r][c]) for r in results), Decimal(0)),
            _d(rows["total"][c]))
    for g, _ in REVIEW_GROUPS:
        grp = doc["review_litigation"][g]
        add("review_litigation.group_sum", g,
            sum((_d(grp[c]) for c in ("upheld", "corrected", "other", "pending")), Decimal(0)),
            _d(grp["total"]))
    return out


def validate_expected(doc):
    """Problems that make an expected JSON unusable: a missing canonical key, a cell that is not
    a number or null, checks that disagree with the values, or (outside deliberate-defect
    samples) a failed hard cross-check. Returns a list of messages (empty when valid)."""
    problems = []
    for k in CANONICAL_TOP_KEYS:
        if k not in doc:
            problems.append(f"missing canonical key '{k}'")
    if problems:
        return problems
    for k in ("title", "agency", "year", "format"):
        if k not in doc["report"]:
            problems.append(f"missing canonical key 'report.{k}'")
    fmt = doc["report"].get("format")
    if fmt not in ("2021", "2019"):
        problems.append(f"report.format is {fmt!r}, not '2021' or '2019'")
        return problems
    apps = doc["applications"]
    if "row_order" not in apps or "rows" not in apps:
        problems.append("missing canonical key 'applications.row_order' or 'applications.rows'")
        return problems
    order = apps["row_order"]
    valid_orders = ([k for k, _ in app_rows(True)], [k for k, _ in app_rows(False)])
    if order not in valid_orders:
        problems.append("applications.row_order is neither the 2021 nor the 2019 row list")
        return problems
    for path in cell_paths(fmt, order):
        try:
            v = get_path(doc, path)
        except (KeyError, TypeError):
            problems.append(f"missing canonical key '{path}'")
            continue
        if v is not None and (isinstance(v, bool) or not isinstance(v, (int, float, Decimal))):
            problems.append(f"{path} is {v!r}, not a number or null")
    if fmt == "2019":
        try:
            doc["proactive"]["procurement"]["total_amount_unit"]
        except (KeyError, TypeError):
            problems.append("missing canonical key 'proactive.procurement.total_amount_unit'")
    if problems:
        return problems
    checks = compute_checks(doc)
    if "checks" in doc:
        norm = lambda cs: [(c["rule"], c["scope"], bool(c["ok"]), _d(c["expected"]), _d(c["found"]))
                           for c in cs]
        if norm(doc["checks"]) != norm(checks):
            problems.append("the 'checks' array disagrees with the checks recomputed from the values")
    failed = [c for c in checks if not c["ok"]]
    if failed and not doc.get("defects", False):
        for c in failed:
            problems.append(f"hard cross-check {c['rule']} [{c['scope']}] fails "
                            f"(expected {c['expected']}, found {c['found']}) but 'defects' is not true")
    return problems
