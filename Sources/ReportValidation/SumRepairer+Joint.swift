import ReportSchema

extension SumRepairer {
  /// Misread table-三 cells on one line, repaired together; nil when the sums prove none so.
  ///
  /// Each is the one cell where a failing check of rules 1–3 meets the other failing checks,
  /// that check alone gives its value, and with all the values every check of the table passes.
  /// At least one failing check gives no value and only confirms them.
  ///
  /// Three `0`s of one column read `9`, `6`, `9` (stress 9810:94, 150 dpi gray) fail their three
  /// rows and the column's sum. No cell has two failing checks requiring one value, so
  /// `applicationRepair` repairs none; each row meets the other failing checks in one cell, and
  /// the column's sum, which meets all three, holds once the three are 0. Two `0`s of one row
  /// read `9` (9810:78) the same way, across two columns.
  ///
  /// Every failing check must hold only cells read, as a number or a blank, but for the ones
  /// repaired: a row not found or another value unreadable counts as 0 and may be what fails.
  /// 9811:48 (300 dpi gray) lost its `other.no_correction` row (1 in 自然人 and 总计) while
  /// `denied.state_secret`'s 总计 read 4 for 1; the column sums gave that row's 自然人, read
  /// right, a 2.
  func jointRepair(_ report: AnnualReport) -> [(CellKey, ReportNumber, String)]? {
    let failing = ReportChecker().checks(for: report).filter { !$0.ok && $0.rule != .groupSum }
    guard failing.count >= 3 else { return nil }
    var found: [CellKey: (value: ReportNumber, check: CheckResult)] = [:]
    for check in failing {
      let crossings = check.cells.filter { cell in
        failing.contains { $0 != check && $0.cells.contains(cell) }
      }
      guard crossings.count == 1, let cell = crossings.first,
        let reading = report.cells[cell], reading.origin == .ocr,
        let value = Self.requiredValue(of: cell, by: [check], in: report),
        value.integer.map({ $0 >= 0 }) == true, Self.couldBeMisread(value, as: reading.text)
      else { continue }
      if let earlier = found[cell], !earlier.value.hasSameValue(as: value) { return nil }
      found[cell] = (value, check)
    }
    let confirming = failing.filter { check in !found.values.contains { $0.check == check } }
    guard found.count >= 2, !confirming.isEmpty else { return nil }
    let unknown = { (cell: CellKey) -> Bool in
      guard found[cell] == nil else { return false }
      guard let reading = report.cells[cell] else { return true }
      return report.values[cell] == nil && reading.text.contains { !$0.isWhitespace }
    }
    guard !failing.contains(where: { $0.cells.contains(where: unknown) }) else { return nil }
    var trial = report
    for (cell, repair) in found { trial.values[cell] = repair.value }
    guard ReportChecker().checks(for: trial).allSatisfy({ $0.ok || $0.rule == .groupSum }) else {
      return nil
    }
    let confirmed = confirming.map { "\($0.rule.rawValue) [\($0.scope)]" }.joined(separator: ", ")
    return found.keys.sorted { $0.path < $1.path }.compactMap { cell in
      guard let repair = found[cell] else { return nil }
      let reason =
        "repaired from the cross-sums with \(found.count - 1) other cell(s): OCR read '\(report.cells[cell]?.text ?? "")', \(repair.check.rule.rawValue) [\(repair.check.scope)] requires \(repair.value); with all \(found.count) repaired every check of table 三 passes, \(confirmed) included"
      return (cell, repair.value, reason)
    }
  }
}
