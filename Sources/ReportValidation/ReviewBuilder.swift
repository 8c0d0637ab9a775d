import DocumentModel
import ReportSchema

/// Lists every cell a person should look at, with why.
///
/// The promise to users is that a wrong value never goes unlisted, so a cell is listed when it
/// is involved in a failed hard check, read by OCR with low confidence, unreadable, repaired
/// from the sums, not found at all, or named by a cell-level finding (a finding whose message
/// starts with the cell path and `: `, as ReportMapping writes them). One item per (cell,
/// reason), ordered by the canonical cell order, then by reason: the output is deterministic.
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
  ///   - findings: the findings so far; those whose message starts with a cell path name it.
  ///   - extra: items made elsewhere (e.g. by `SumRepairer`), merged and sorted in.
  /// - Returns: the items, one per (cell, reason), in canonical cell order.
  public func review(
    for report: AnnualReport, checks: [CheckResult], findings: [Finding], extra: [ReviewItem] = []
  ) -> [ReviewItem] {
    var items = Set(extra)
    for check in checks where !check.ok {
      let reason =
        "fails \(check.rule.rawValue) [\(check.scope)]: expected \(check.expected), found \(check.found)"
      for cell in check.cells { items.insert(ReviewItem(cell: cell.path, reason: reason)) }
    }
    // Cells no hard check reads (table 二) have nothing to catch a misread digit, and OCR
    // misreads digits at high confidence (c-libraries.md §3): a person confirms each one.
    let checked = Set(checks.flatMap(\.cells))
    for key in report.cellKeys {
      guard let reading = report.cells[key] else {
        items.insert(ReviewItem(cell: key.path, reason: "not found in the document"))
        continue
      }
      let printed = reading.text.contains { !$0.isWhitespace }
      if printed && report.values[key] == nil {
        items.insert(ReviewItem(cell: key.path, reason: "unreadable: '\(reading.text)'"))
      }
      if reading.origin == .ocr && !checked.contains(key) {
        items.insert(
          ReviewItem(
            cell: key.path, reason: "read by OCR and covered by no cross-check; compare with the page"))
      }
      if reading.origin == .repaired {
        items.insert(
          ReviewItem(
            cell: key.path, reason: "repaired from the cross-sums; read as '\(reading.text)'"))
      }
      if reading.origin != .text && reading.confidence < minimumConfidence {
        items.insert(
          ReviewItem(
            cell: key.path, reason: "low OCR confidence \(Self.twoDecimals(reading.confidence))"))
      }
    }
    // Findings may name a cell of the other format's row set (the （六） block read either way).
    // Only `mapping.cell` findings doubt a value; annotations and the like are plain warnings.
    let cellFindings = findings.filter { $0.check == "mapping.cell" }
    let paths =
      cellFindings.isEmpty
      ? []
      : Set(
        report.cellKeys.map(\.path)
          + ReportFormat.allCases.flatMap { CanonicalSchema.cellKeys($0) }.map(\.path))
    for finding in cellFindings {
      guard let colon = finding.message.range(of: ": ") else { continue }
      let path = String(finding.message[..<colon.lowerBound])
      guard paths.contains(path) else { continue }
      items.insert(ReviewItem(cell: path, reason: String(finding.message[colon.upperBound...])))
    }
    return Self.ordered(items, cellOrder: report.cellKeys.map(\.path))
  }

  /// Items sorted by the canonical cell order (unknown cells last, by path), then by reason.
  static func ordered(_ items: Set<ReviewItem>, cellOrder: [String]) -> [ReviewItem] {
    var rank: [String: Int] = [:]
    for (index, path) in cellOrder.enumerated() where rank[path] == nil { rank[path] = index }
    return items.sorted { a, b in
      let ra = rank[a.cell] ?? Int.max
      let rb = rank[b.cell] ?? Int.max
      if ra != rb { return ra < rb }
      if a.cell != b.cell { return a.cell < b.cell }
      return a.reason < b.reason
    }
  }

  /// `0.623` → `0.62`.
  static func twoDecimals(_ value: Double) -> String {
    let hundredths = Int((value * 100).rounded())
    let fraction = hundredths % 100
    return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
  }
}
