import DocumentModel
import ReportSchema

/// Repairs an OCR misreading when the hard checks prove the one value the cell must hold.
///
/// Only cells read by OCR are ever changed; a text-layer value is printed truth, and a source
/// defect stays as printed with its failed checks. Two cases are repaired, both exactly:
/// - Table 三: the failing checks of rules 1–3 are all fixed by changing one single cell, the
///   value is the same from every failing check it lies on (at least two: a row sum and a
///   column sum), and no other single cell does the same.
/// - Table 四: a failing group sum with exactly one untrusted cell (unreadable or below the
///   confidence threshold) whose four partners are trusted; one equation only, which the
///   review item says.
/// Repaired values get origin `.repaired`, keep the misread text in `CellReading.text`, and
/// come with a review item each; a table-四 repair also lists the OCR'd cells it took as right.
public struct SumRepairer: Sendable {
  /// A table-四 cell is trusted at or above this OCR confidence (`0...1`).
  ///
  /// The same 0.8 as `ReviewBuilder.minimumConfidence`: a cell not listed for confidence is
  /// trusted as evidence.
  public var minimumConfidence = 0.8

  public init() {}

  /// The report with provable misreadings repaired, and a review item per repaired cell.
  public func repaired(_ report: AnnualReport) -> (AnnualReport, [ReviewItem]) {
    var result = report
    var items: [ReviewItem] = []
    if let (key, value, reason) = applicationRepair(report) {
      apply(value, to: key, in: &result)
      items.append(ReviewItem(cell: key.path, code: .repaired, reason: reason))
    }
    for check in ReportChecker().checks(for: result) where check.rule == .groupSum && !check.ok {
      guard let (key, value, reason) = groupRepair(check, in: result) else { continue }
      apply(value, to: key, in: &result)
      items.append(ReviewItem(cell: key.path, code: .repaired, reason: reason))
      // One equation balanced by changing one cell proves nothing about the other four: a
      // misread partner read with confidence is then hidden by the repair (stress 9702:10:
      // total 41 read 44 at 0.87, other 0 "repaired" to 3, the group sum passed). Each OCR'd
      // partner is listed too.
      for partner in check.cells where partner != key && report.cells[partner]?.origin == .ocr {
        items.append(
          ReviewItem(
            cell: partner.path, code: .ocrUnchecked,
            reason:
              "taken as read to repair \(key.path) from \(check.rule.rawValue) [\(check.scope)] alone; one equation cannot confirm it"
          ))
      }
    }
    return (result, items)
  }

  /// The single table-三 cell whose change fixes every failing check of rules 1–3, if unique.
  func applicationRepair(_ report: AnnualReport) -> (CellKey, ReportNumber, String)? {
    let failing = ReportChecker().checks(for: report).filter { !$0.ok && $0.rule != .groupSum }
    guard failing.count >= 2 else { return nil }
    var candidates: [CellKey] = []
    for check in failing {
      for cell in check.cells where !candidates.contains(cell) && report.cells[cell]?.origin == .ocr
      {
        candidates.append(cell)
      }
    }
    var solutions: [(CellKey, ReportNumber, [CheckResult])] = []
    for cell in candidates {
      let involved = failing.filter { $0.cells.contains(cell) }
      guard involved.count >= 2, let value = Self.requiredValue(of: cell, by: involved, in: report),
        value.integer.map({ $0 >= 0 }) == true
      else { continue }
      var trial = report
      trial.values[cell] = value
      let stillFailing = ReportChecker().checks(for: trial).filter {
        !$0.ok && $0.rule != .groupSum
      }
      if stillFailing.isEmpty { solutions.append((cell, value, involved)) }
    }
    guard solutions.count == 1, let (cell, value, involved) = solutions.first else { return nil }
    let rules = involved.map { "\($0.rule.rawValue) [\($0.scope)]" }.joined(separator: ", ")
    let reason =
      "repaired from the cross-sums: OCR read '\(report.cells[cell]?.text ?? "")', and \(rules) all require \(value)"
    return (cell, value, reason)
  }

  /// The value of a table-四 cell implied by its failing group sum, when it is the one
  /// untrusted OCR cell of the group.
  func groupRepair(_ check: CheckResult, in report: AnnualReport) -> (
    CellKey, ReportNumber, String
  )? {
    let untrusted = check.cells.filter { !isTrusted($0, in: report) }
    guard untrusted.count == 1, let cell = untrusted.first, report.cells[cell]?.origin == .ocr,
      let value = Self.requiredValue(of: cell, by: [check], in: report),
      value.integer.map({ $0 >= 0 }) == true
    else { return nil }
    let reason =
      "repaired from \(check.rule.rawValue) [\(check.scope)] alone (single evidence): OCR read '\(report.cells[cell]?.text ?? "")' with low confidence; the four other cells are trusted and require \(value)"
    return (cell, value, reason)
  }

  /// Whether a cell is good evidence: read, confident, and either a number or printed blank.
  func isTrusted(_ cell: CellKey, in report: AnnualReport) -> Bool {
    guard let reading = report.cells[cell], reading.confidence >= minimumConfidence else {
      return false
    }
    return report.values[cell] != nil || !reading.text.contains { !$0.isWhitespace }
  }

  /// The value `cell` must take for every check in `checks` to hold, if they agree.
  ///
  /// A check's cells are its parts followed by its totals (two totals for the balance rule).
  static func requiredValue(of cell: CellKey, by checks: [CheckResult], in report: AnnualReport)
    -> ReportNumber?
  {
    let current = report.values[cell]?.decimal ?? 0
    var required: ReportNumber?
    for check in checks {
      let totalCount = check.rule == .balance ? 2 : 1
      guard let index = check.cells.firstIndex(of: cell) else { return nil }
      let isTotal = index >= check.cells.count - totalCount
      let difference = check.expected.decimal - check.found.decimal
      let value = ReportNumber(decimal: isTotal ? current + difference : current - difference)
      if let required, !required.hasSameValue(as: value) { return nil }
      required = value
    }
    return required
  }

  /// Sets a repaired value, keeping the misread text as the reading's text.
  func apply(_ value: ReportNumber, to cell: CellKey, in report: inout AnnualReport) {
    report.values[cell] = value
    report.cells[cell]?.origin = .repaired
  }
}
