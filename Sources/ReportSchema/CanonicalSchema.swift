/// The canonical keys of the report format (`shared/spec/report-format.md`) with the labels
/// printed for them, for both official formats.
///
/// Label matching (ReportMapping), validation and the JSON writer all read this one table, so a
/// key is spelled in exactly one place.
public enum CanonicalSchema {
  /// A row of table 三 with the labels printed for it.
  public struct ApplicationRow: Hashable, Sendable {
    public var key: String
    /// The merged group label the row sits under (`三、本年度办理结果（三）不予公开`), or "".
    public var group: String
    /// The row's own label (`1.属于国家秘密`).
    public var label: String
  }

  /// A row of table 二 (proactive disclosure) with its band, label and column keys.
  public struct ProactiveRow: Hashable, Sendable {
    public var key: String
    /// The band that heads its block (`第二十条第（一）项`).
    public var band: String
    /// The row label (`规章`).
    public var label: String
    /// Column keys; empty for a row with a single value (`licensing`).
    public var columns: [String]
    /// The printed column headers, parallel to `columns` (or the single value's header).
    public var headers: [String]
  }

  /// The applicant columns of table 三, in printed order.
  public static let applicationColumns: [(key: String, label: String)] = [
    ("natural_person", "自然人"), ("commercial", "商业企业"), ("research", "科研机构"),
    ("nonprofit", "社会公益组织"), ("legal_services", "法律服务机构"), ("other", "其他"),
    ("total", "总计"),
  ]

  /// The six applicant columns whose sum is `total` (hard check 2).
  public static let applicantColumnKeys = applicationColumns.map(\.key).filter { $0 != "total" }

  /// Table 三 rows in printed order for a format.
  public static func applicationRows(_ format: ReportFormat) -> [ApplicationRow] {
    let results = "三、本年度办理结果"
    var rows: [ApplicationRow] = [
      .init(key: "new", group: "", label: "一、本年新收政府信息公开申请数量"),
      .init(key: "carried_over", group: "", label: "二、上年结转政府信息公开申请数量"),
      .init(key: "granted", group: results, label: "（一）予以公开"),
      .init(
        key: "partially_granted", group: results,
        label: "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"),
    ]
    let denied = results + "（三）不予公开"
    rows += [
      ("state_secret", "1.属于国家秘密"), ("prohibited_by_law", "2.其他法律行政法规禁止公开"),
      ("security_stability", "3.危及“三安全一稳定”"), ("third_party_rights", "4.保护第三方合法权益"),
      ("internal_affairs", "5.属于三类内部事务信息"), ("process_info", "6.属于四类过程性信息"),
      ("enforcement_files", "7.属于行政执法案卷"), ("admin_query", "8.属于行政查询事项"),
    ].map { ApplicationRow(key: "denied.\($0.0)", group: denied, label: $0.1) }
    let unable = results + "（四）无法提供"
    rows += [
      ("not_held", "1.本机关不掌握相关政府信息"), ("needs_creation", "2.没有现成信息需要另行制作"),
      ("unclear", "3.补正后申请内容仍不明确"),
    ].map { ApplicationRow(key: "unable.\($0.0)", group: unable, label: $0.1) }
    let notProcessed = results + "（五）不予处理"
    rows += [
      ("petition", "1.信访举报投诉类申请"), ("duplicate", "2.重复申请"),
      ("publication", "3.要求提供公开出版物"), ("excessive", "4.无正当理由大量反复申请"),
      ("reconfirm", "5.要求行政机关确认或重新出具已获取信息"),
    ].map { ApplicationRow(key: "not_processed.\($0.0)", group: notProcessed, label: $0.1) }
    let other = results + "（六）其他处理"
    switch format {
    case .v2021:
      rows += [
        ("no_correction", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
        ("fee_unpaid", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
        ("other", "3.其他"),
      ].map { ApplicationRow(key: "other.\($0.0)", group: other, label: $0.1) }
    case .v2019:
      rows.append(.init(key: "other.unsplit", group: results, label: "（六）其他处理"))
    }
    rows += [
      .init(key: "total", group: results, label: "（七）总计"),
      .init(key: "carried_forward", group: "", label: "四、结转下年度继续办理"),
    ]
    return rows
  }

  /// The result rows whose sum is the `total` row (hard check 3), for a format.
  public static func resultRowKeys(_ format: ReportFormat) -> [String] {
    let all = applicationRows(format).map(\.key)
    return all.filter { !["new", "carried_over", "total", "carried_forward"].contains($0) }
  }

  /// The groups of table 四, in printed order.
  public static let reviewGroups: [(key: String, label: String)] = [
    ("review", "行政复议"), ("litigation_direct", "未经复议直接起诉"),
    ("litigation_after_review", "复议后起诉"),
  ]

  /// The columns of each table-四 group, in printed order.
  public static let reviewColumns: [(key: String, label: String)] = [
    ("upheld", "结果维持"), ("corrected", "结果纠正"), ("other", "其他结果"), ("pending", "尚未审结"),
    ("total", "总计"),
  ]

  /// Table 二 rows for a format, in printed order.
  public static func proactiveRows(_ format: ReportFormat) -> [ProactiveRow] {
    switch format {
    case .v2021:
      let counts = ["issued", "repealed", "in_force"]
      let countHeaders = ["本年制发件数", "本年废止件数", "现行有效件数"]
      return [
        .init(key: "rules", band: "第二十条第（一）项", label: "规章", columns: counts, headers: countHeaders),
        .init(
          key: "normative_documents", band: "第二十条第（一）项", label: "行政规范性文件", columns: counts,
          headers: countHeaders),
        .init(
          key: "licensing", band: "第二十条第（五）项", label: "行政许可", columns: [], headers: ["本年处理决定数量"]),
        .init(key: "penalty", band: "第二十条第（六）项", label: "行政处罚", columns: [], headers: ["本年处理决定数量"]),
        .init(
          key: "coercion", band: "第二十条第（六）项", label: "行政强制", columns: [], headers: ["本年处理决定数量"]),
        .init(
          key: "fees_10k_yuan", band: "第二十条第（八）项", label: "行政事业性收费", columns: [],
          headers: ["本年收费金额（单位：万元）"]),
      ]
    case .v2019:
      let counts = ["new_made", "new_published", "total_published"]
      let countHeaders = ["本年新制作数量", "本年新公开数量", "对外公开总数量"]
      let items = ["prev_year_items", "change", "decisions"]
      let itemHeaders = ["上一年项目数量", "本年增/减", "处理决定数量"]
      return [
        .init(key: "rules", band: "第二十条第（一）项", label: "规章", columns: counts, headers: countHeaders),
        .init(
          key: "normative_documents", band: "第二十条第（一）项", label: "规范性文件", columns: counts,
          headers: countHeaders),
        .init(
          key: "licensing", band: "第二十条第（五）项", label: "行政许可", columns: items, headers: itemHeaders),
        .init(
          key: "other_admin_services", band: "第二十条第（五）项", label: "其他对外管理服务事项", columns: items,
          headers: itemHeaders),
        .init(
          key: "penalty", band: "第二十条第（六）项", label: "行政处罚", columns: items, headers: itemHeaders),
        .init(
          key: "coercion", band: "第二十条第（六）项", label: "行政强制", columns: items, headers: itemHeaders),
        .init(
          key: "fees", band: "第二十条第（八）项", label: "行政事业性收费", columns: ["prev_year_items", "change"],
          headers: ["上一年项目数量", "本年增/减"]),
        .init(
          key: "procurement", band: "第二十条第（九）项", label: "政府集中采购",
          columns: ["items", "total_amount"],
          headers: ["采购项目数量", "采购总金额"]),
      ]
    }
  }

  /// Every value cell of a report of the given format, in output order: proactive, applications
  /// (rows as printed, columns in order), review_litigation.
  public static func cellKeys(_ format: ReportFormat, applicationRowOrder: [String]? = nil)
    -> [CellKey]
  {
    var keys: [CellKey] = []
    for row in proactiveRows(format) {
      if row.columns.isEmpty {
        keys.append(CellKey(.proactive, row: row.key, column: nil))
      } else {
        keys += row.columns.map { CellKey(.proactive, row: row.key, column: $0) }
      }
    }
    for row in applicationRowOrder ?? applicationRows(format).map(\.key) {
      keys += applicationColumns.map { CellKey(.applications, row: row, column: $0.key) }
    }
    for group in reviewGroups {
      keys += reviewColumns.map { CellKey(.reviewLitigation, row: group.key, column: $0.key) }
    }
    return keys
  }

  /// The six section headings with their usual titles.
  public static let sectionTitles: [(number: String, title: String)] = [
    ("一", "总体情况"), ("二", "主动公开政府信息情况"), ("三", "收到和处理政府信息公开申请情况"),
    ("四", "政府信息公开行政复议、行政诉讼情况"), ("五", "存在的主要问题及改进情况"), ("六", "其他需要报告的事项"),
  ]

  /// Wordings of section titles that reports print besides the usual ones, by section number
  /// (`shared/spec/report-format.md` §1: the typo `行政法复议`, `政府信息公开工作存在的…`).
  public static let sectionTitleVariants: [Int: [String]] = [
    4: ["政府信息公开行政法复议、行政诉讼情况"],
    5: ["政府信息公开工作存在的主要问题及改进情况"],
  ]
}
