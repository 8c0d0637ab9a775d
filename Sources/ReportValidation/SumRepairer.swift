import DocumentModel
import ReportSchema

/// Repairs an OCR misreading when the hard checks prove the one value the cell must hold.
///
/// Only cells read by OCR are ever changed; a text-layer value is printed truth, and a source
/// defect stays as printed with its failed checks. Three cases are repaired, all exactly:
/// - Table 三: changing one single cell makes every failing check of rules 1–3 it lies on pass
///   and no other fail, the value is the same from each of those checks (at least two: a row
///   sum and a column sum), and no other such cell lies on any of them; repeated while one is
///   found.
/// - Table 四: a failing group sum with exactly one untrusted cell (unreadable or below the
///   confidence threshold) whose four partners are trusted; one equation only, which the
///   review item says.
/// - Table 三: a cell read as a zero with marks beside it, left unread, where the checks on it
///   hold with 0 (`zeroReadings`).
/// - Table 三: several misread cells on one line, each the one cell where a failing check meets
///   the others, repaired together when the whole table then passes (`jointRepair`).
/// Repaired values get origin `.repaired`, keep the misread text in `CellReading.text`, and
/// come with a review item each; a table-四 repair also lists the OCR'd cells it took as right.
public struct SumRepairer: Sendable {
  /// A table-四 cell is trusted at or above this OCR confidence (`0...1`).
  ///
  /// The same 0.8 as `ReviewBuilder.minimumConfidence`: a cell not listed for confidence is
  /// trusted as evidence.
  public var minimumConfidence = 0.8

  /// The fewest cells of table 三 read as printed blanks for it to print its zeros blank.
  ///
  /// With `zeroBlankRatio` (`printsZerosBlank`). A table 三 holds 150–175 cells; a report
  /// printing its zeros blank leaves most of them so, one printing zeros as `0` a few by
  /// accident.
  public var zeroBlankMinimum = 20
  /// How many times as many printed blanks as cells read `0` a table 三 printing its zeros
  /// blank holds, at least.
  public var zeroBlankRatio = 10.0

  public init() {}

  /// The report with provable misreadings repaired, and a review item per repaired cell.
  public func repaired(_ report: AnnualReport) -> (AnnualReport, [ReviewItem]) {
    var result = report
    var items: [ReviewItem] = []
    // Each repair makes at least two failing checks pass, so this ends.
    let zerosBlank = printsZerosBlank(report)
    while let repairs = applicationRepair(result).map({ [$0] }) ?? jointRepair(result) {
      for (key, value, reason) in repairs {
        if zerosBlank, value.integer == 0 {
          // Blank is what such a table prints for 0, and the sums count it as 0 all the same.
          apply(nil, to: key, in: &result)
          items.append(
            ReviewItem(
              cell: key.path, code: .repaired,
              reason: reason + "; left blank, as this table prints its zeros"))
          continue
        }
        apply(value, to: key, in: &result)
        items.append(ReviewItem(cell: key.path, code: .repaired, reason: reason))
      }
    }
    for (key, reason) in zeroReadings(result) {
      apply(ReportNumber(decimal: 0), to: key, in: &result)
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

  /// A table-三 cell whose change makes every failing check of rules 1–3 it lies on pass (at
  /// least two, all requiring the same value) and no other check fail, where no other such cell
  /// lies on any of those checks.
  ///
  /// One misread cell fails its row sum and its column's sum, and both require its true value.
  /// Several misreads in different rows and columns are each such a cell, repaired one after
  /// another (stress 9767:8, an all-zero report scanned at 150 dpi: `0` read `1` or `9` in
  /// several rows). Two misreads in one row or one column fail the shared check by their joint error,
  /// so neither check agrees with the other on either cell. A correct cell whose row and column
  /// each hold a misread off by the same amount would seem to need a change too; the misread
  /// cell in its row then claims the row's check as well, and neither is repaired.
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
        value.integer.map({ $0 >= 0 }) == true,
        Self.couldBeMisread(value, as: report.cells[cell]?.text ?? "")
      else { continue }
      var trial = report
      trial.values[cell] = value
      let stillFailing = ReportChecker().checks(for: trial).filter {
        !$0.ok && $0.rule != .groupSum
      }
      // While other checks still fail, only a number misread is repaired: a cell read blank
      // or unreadable beside other misreads agreed by chance with a column failing for another
      // reason (stress 9768:104, a table 三 printing its zeros blank: `6` put in the wrong
      // column of a row whose value was not read).
      let alone = stillFailing.isEmpty
      if stillFailing.count == failing.count - involved.count, alone || report.values[cell] != nil {
        solutions.append((cell, value, involved))
      }
    }
    // A check two solutions claim is explained by at most one of them: both stay unrepaired.
    let unshared = solutions.filter { solution in
      !solutions.contains { other in
        other.0 != solution.0 && other.2.contains { check in solution.2.contains(check) }
      }
    }
    guard let (cell, value, involved) = unshared.first else { return nil }
    let rules = involved.map { "\($0.rule.rawValue) [\($0.scope)]" }.joined(separator: ", ")
    let reason =
      "repaired from the cross-sums: OCR read '\(report.cells[cell]?.text ?? "")', and \(rules) all require \(value)"
    return (cell, value, reason)
  }

  /// Table-三 cells OCR read as a zero with marks beside it (`0一`, `0加`: a ruling's stub or a
  /// seal's stroke read with the digit), left unread, where every check of rules 1–3 on the
  /// cell holds with it counted as 0, two checks at least.
  ///
  /// Counted as 0 for lack of a value, the checks cannot vouch for such a cell; with a reading
  /// whose only digits are zeros they are a second witness, each an equation that gives the
  /// cell 0. On the kept scans of stress seeds 9795–9797 and 9799 (168 documents), 23 table-三
  /// cells were read so, and the page printed 0 in all 23.
  func zeroReadings(_ report: AnnualReport) -> [(CellKey, String)] {
    let checks = ReportChecker().checks(for: report).filter { $0.rule != .groupSum }
    return report.cells.keys.sorted { $0.path < $1.path }.compactMap { key in
      guard let reading = report.cells[key], reading.origin == .ocr, report.values[key] == nil
      else { return nil }
      let digits = reading.text.unicodeScalars.filter { ("0"..."9").contains($0) }
      guard !digits.isEmpty, digits.allSatisfy({ $0 == "0" }) else { return nil }
      let involved = checks.filter { $0.cells.contains(key) }
      guard involved.count >= 2, involved.allSatisfy(\.ok) else { return nil }
      let rules = involved.map { "\($0.rule.rawValue) [\($0.scope)]" }.joined(separator: ", ")
      return (
        key,
        "OCR read '\(reading.text)', a zero with marks beside it; \(rules) all hold with 0"
      )
    }
  }

  /// Whether OCR could have read `value` as `text`: with other characters than digits, with
  /// digits lost or added, or with one digit changed.
  ///
  /// A clean number of as many digits, two or more of them different, is what the page prints:
  /// a defect of the source, to report as printed with its failed checks (report-format.md §5,
  /// "parts summing to 27 under a total of 21"). The defects of stress seeds 9795 and 9796 (five
  /// documents) printed `21` where the sums require `15`, read right and "repaired"; the 36
  /// right repairs of those 96 scans were each one digit changed (`22` → 12, `902` → 502),
  /// digits lost (`4` → 41, `3` → 53) or junk (`3村`, `lo`).
  ///
  /// Digits lost or added keep the others in order: the shorter reading is a subsequence of the
  /// longer. A clean `21` where the sums require 0 is no misread of `0` but a row printed with
  /// its 总计 column and the other rows blank (stress 9807:73 and :111, both "repaired" to 0).
  static func couldBeMisread(_ value: ReportNumber, as text: String) -> Bool {
    guard !text.isEmpty, text.allSatisfy({ $0.isASCII && $0.isNumber }) else { return true }
    let digits = Array(value.literal)
    let read = Array(text)
    guard digits.count == read.count else {
      return digits.count < read.count
        ? digits.isSubsequence(of: read) : read.isSubsequence(of: digits)
    }
    return zip(digits, read).filter { $0 != $1 }.count <= 1
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

  /// Whether table 三 prints its zeros blank: at least `zeroBlankMinimum` of its OCR'd cells
  /// read as printed blanks, and more than `zeroBlankRatio` times as many as cells read `0`.
  ///
  /// A speck in a blank cell reads `1`, and the sums require 0: in a table printing zeros as
  /// blanks the page holds a blank (stress 9807:88, 9807:71, 9797:25 …: on the kept scans of
  /// six seeds, 18 table-三 repairs put 0 where the page printed nothing).
  func printsZerosBlank(_ report: AnnualReport) -> Bool {
    var blanks = 0
    var zeros = 0
    for (key, reading) in report.cells where key.table == .applications && reading.origin == .ocr {
      if reading.text.allSatisfy(\.isWhitespace) {
        blanks += 1
      } else if reading.text.filter({ !$0.isWhitespace }) == "0" {
        zeros += 1
      }
    }
    return blanks >= zeroBlankMinimum && Double(blanks) > zeroBlankRatio * Double(zeros)
  }

  /// Sets a repaired value (nil: blank), keeping the misread text as the reading's text.
  func apply(_ value: ReportNumber?, to cell: CellKey, in report: inout AnnualReport) {
    report.values[cell] = value
    report.cells[cell]?.origin = .repaired
  }
}
