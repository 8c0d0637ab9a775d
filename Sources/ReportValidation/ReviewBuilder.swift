import DocumentModel
import ReportSchema

/// Lists every cell a person should look at, with why: the one place where the output's
/// completeness promise (report-format.md §7) is enforced.
///
/// Every canonical cell of the report's format ends up either with a reading taken from one
/// located table cell, or here with a reason: not found, involved in a failed hard check, read by
/// OCR with low confidence or uncovered by any check, unreadable, repaired from the sums, or
/// doubted by a finding of an earlier stage (a row that matched no key, a row placed by
/// position, a merged cell …; `Finding.cells` with its `ReviewCode`). No mapper has to
/// remember to list a cell it did not find: a cell without a reading is listed here. One item
/// per (cell, reason), ordered by the canonical cell order, then by reason: the output is
/// deterministic.
public struct ReviewBuilder: Sendable {
  /// OCR readings below this confidence (`0...1`) are listed.
  ///
  /// 0.8: tesseract's word confidences for clean digits in the rendered samples are above 0.9;
  /// misread digits seen so far scored below 0.8.
  public var minimumConfidence = 0.8

  public init() {}

  /// The review items for a report, its check results and the findings of the stages before.
  ///
  /// - Parameters:
  ///   - report: the report as mapped (and possibly repaired).
  ///   - checks: the hard check results for `report`.
  ///   - findings: the findings so far; those with `cells` and a `reviewCode` name cells.
  ///   - extra: items made elsewhere (e.g. by `SumRepairer`), merged and sorted in.
  /// - Returns: the items, one per (cell, reason), in canonical cell order.
  public func review(
    for report: AnnualReport, checks: [CheckResult], findings: [Finding], extra: [ReviewItem] = []
  ) -> [ReviewItem] {
    var items = Set(extra)
    for check in checks where !check.ok {
      let reason =
        "fails \(check.rule.rawValue) [\(check.scope)]: expected \(check.expected), found \(check.found)"
      for cell in check.cells {
        items.insert(ReviewItem(cell: cell.path, code: .checkFailed, reason: reason))
      }
    }
    // A check that passes while some of its cells were not found (counted as 0) vouches for
    // nothing: the cells it did read could hide errors that the lost ones offset (a scan's
    // misread 1 in one column balanced by a row lost to OCR, stress 9005:6), and a lost row
    // puts the table's mapping itself in doubt (rows of 0s shifted by one pass every sum).
    for check in checks where check.ok {
      guard check.cells.contains(where: { report.cells[$0] == nil }) else { continue }
      let reason =
        "\(check.rule.rawValue) [\(check.scope)] passes only with cells not found counted as 0; it cannot vouch for this cell"
      for cell in check.cells where report.cells[cell] != nil {
        items.insert(ReviewItem(cell: cell.path, code: .checkIncomplete, reason: reason))
      }
    }
    // A located cell read but unreadable is counted as 0 too, and a blank beside it may be a 0
    // whose ink binarization erased (stress 9809:23, 150 dpi bilevel: two of table 四's 0s
    // read blank, silently, beside `?`s). Its table was mapped, so a cell that another check of
    // known cells holds is vouched for by that one: an error in it would fail that check too.
    // Listing every cell of each row and column with an unreadable value instead tripled the
    // review of some scanned samples (s06: 49 → 213 items; this way 121).
    func unreadable(_ key: CellKey) -> Bool {
      guard let reading = report.cells[key] else { return false }
      return report.values[key] == nil && reading.text.contains { !$0.isWhitespace }
    }
    let vouched = Set(
      checks.filter { check in
        check.ok && check.cells.allSatisfy { report.cells[$0] != nil && !unreadable($0) }
      }.flatMap(\.cells))
    for check in checks where check.ok && check.cells.contains(where: unreadable) {
      let reason =
        "\(check.rule.rawValue) [\(check.scope)] passes only with unreadable cells counted as 0, and no check of known cells holds this one"
      for cell in check.cells
      where report.cells[cell] != nil && !unreadable(cell) && !vouched.contains(cell) {
        items.insert(ReviewItem(cell: cell.path, code: .checkIncomplete, reason: reason))
      }
    }
    // A blank read by OCR passes a sum as a 0 lost in binarization does. A report prints its
    // zeros one way, so where the same check reads printed 0s by OCR it cannot vouch for its
    // blanks (stress 9755:8, 200 dpi bilevel: 20 zeros of table 三's all-zero rows read blank,
    // silently, while their rows' other columns printed 0).
    for check in checks where check.ok {
      let read = check.cells.compactMap { key in report.cells[key].map { (key, $0) } }
      func text(_ reading: CellReading) -> String { reading.text.removingWhitespace }
      guard read.contains(where: { $0.1.origin == .ocr && text($0.1) == "0" }) else { continue }
      let reason =
        "read blank by OCR while \(check.rule.rawValue) [\(check.scope)] reads printed 0s: a 0 lost by OCR would pass it too"
      for (key, reading) in read where reading.origin == .ocr && text(reading).isEmpty {
        items.insert(ReviewItem(cell: key.path, code: .checkIncomplete, reason: reason))
      }
    }
    // Cells no hard check reads (table 二) have nothing to catch a misread digit, and OCR
    // misreads digits at high confidence (c-libraries.md §3): a person confirms each one.
    let checked = Set(checks.flatMap(\.cells))
    for key in report.cellKeys {
      guard let reading = report.cells[key] else {
        items.insert(
          ReviewItem(cell: key.path, code: .notFound, reason: "not found in the document"))
        continue
      }
      let printed = reading.text.contains { !$0.isWhitespace }
      if printed && report.values[key] == nil {
        items.insert(
          ReviewItem(cell: key.path, code: .unreadable, reason: "unreadable: '\(reading.text)'"))
      }
      if reading.origin == .ocr && !checked.contains(key) {
        items.insert(
          ReviewItem(
            cell: key.path, code: .ocrUnchecked,
            reason: "read by OCR and covered by no cross-check; compare with the page"))
      }
      if reading.origin == .repaired {
        items.insert(
          ReviewItem(
            cell: key.path, code: .repaired,
            reason: "repaired from the cross-sums; read as '\(reading.text)'"))
      }
      if reading.origin != .text && reading.confidence < minimumConfidence {
        items.insert(
          ReviewItem(
            cell: key.path, code: .lowConfidence,
            reason: "low OCR confidence \(Self.twoDecimals(reading.confidence))"))
      }
    }
    // Findings may name a cell of the other format's row set (the （六） block read either way):
    // any canonical cell path of either format is listed.
    let cellFindings = findings.filter { $0.reviewCode != nil && !$0.cells.isEmpty }
    let paths =
      cellFindings.isEmpty
      ? []
      : Set(
        Self.reportFields + report.cellKeys.map(\.path)
          + ReportFormat.allCases.flatMap { CanonicalSchema.cellKeys($0) }.map(\.path))
    for finding in cellFindings {
      guard let code = finding.reviewCode else { continue }
      for path in finding.cells where paths.contains(path) {
        items.insert(
          ReviewItem(cell: path, code: code, reason: finding.reviewReason ?? finding.message))
      }
    }
    // The agency and year identify the report in a database; a title that did not give them
    // (a cover page in front of the report, stress altered cover-appendix) must not pass as ok.
    if report.agency == nil {
      items.insert(
        ReviewItem(
          cell: "report.agency", code: .notFound, reason: "the agency was not found in the title"))
    }
    if report.year == nil {
      items.insert(
        ReviewItem(
          cell: "report.year", code: .notFound, reason: "the year was not found in the title"))
    }
    return Self.ordered(items, cellOrder: Self.reportFields + report.cellKeys.map(\.path))
  }

  /// The report's fields that `review` can list beside its cells, in that order.
  static let reportFields = ["report.agency", "report.year"]

  /// Items sorted by the canonical cell order (unknown cells last, by path), then by reason.
  static func ordered(_ items: Set<ReviewItem>, cellOrder: [String]) -> [ReviewItem] {
    var rank: [String: Int] = [:]
    for (index, path) in cellOrder.enumerated() where rank[path] == nil { rank[path] = index }
    return items.sorted { a, b in
      let ra = rank[a.cell] ?? Int.max
      let rb = rank[b.cell] ?? Int.max
      if ra != rb { return ra < rb }
      if a.cell != b.cell { return a.cell < b.cell }
      if a.reason != b.reason { return a.reason < b.reason }
      return a.code.rawValue < b.code.rawValue
    }
  }
  /// `0.623` → `0.62`.
  static func twoDecimals(_ value: Double) -> String {
    let hundredths = Int((value * 100).rounded())
    let fraction = hundredths % 100
    return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
  }
}
