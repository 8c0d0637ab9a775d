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
}
