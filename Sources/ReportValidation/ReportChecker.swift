import ReportSchema

/// Runs the four hard cross-checks (勾稽关系) of `shared/spec/report-format.md` §5.
///
/// Results come in a fixed order: balance per column, row sums per printed row, results sums
/// per column, group sums per table-四 group. Blank (null) cells count as 0.
public struct ReportChecker: Sendable {
  public init() {}

  /// The results of every hard check in every scope.
  public func checks(for report: AnnualReport) -> [CheckResult] {
    let rules: [any HardCheck] = [
      BalanceCheck(), RowSumCheck(), ResultsSumCheck(), GroupSumCheck(),
    ]
    return rules.flatMap { $0.results(for: report) }
  }

  /// Soft check across years of one agency: `carried_over(Y) == carried_forward(Y−1)` per column.
  ///
  /// Only columns read in both reports are compared. Returns one warning line per mismatch.
  public func carryOverWarnings(previous: AnnualReport, current: AnnualReport) -> [String] {
    CanonicalSchema.applicationColumns.compactMap { column in
      let before = CellKey(.applications, row: "carried_forward", column: column.key)
      let now = CellKey(.applications, row: "carried_over", column: column.key)
      guard previous.cells[before] != nil, current.cells[now] != nil else { return nil }
      let forward = previous.values[before] ?? ReportNumber(0)
      let over = current.values[now] ?? ReportNumber(0)
      guard !forward.hasSameValue(as: over) else { return nil }
      let years = (
        current.year.map(String.init) ?? "this year",
        previous.year.map(String.init) ?? "the year before"
      )
      return
        "[applications.carry_over] \(column.key): carried_over \(over) in \(years.0) but carried_forward \(forward) in \(years.1)"
    }
  }
}
