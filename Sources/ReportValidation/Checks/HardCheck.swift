import ReportSchema

/// One hard cross-check (勾稽关系): a rule evaluated in each of its scopes.
protocol HardCheck: Sendable {
  /// The results of the rule in each scope, in the order of the scopes.
  func results(for report: AnnualReport) -> [CheckResult]
}

extension HardCheck {
  /// A result comparing the sum of `parts` with the sum of `totals` (blank counts as 0).
  func compare(
    _ rule: CheckResult.Rule, scope: String, parts: [CellKey], totals: [CellKey],
    in report: AnnualReport
  ) -> CheckResult {
    let expected = ReportNumber.sum(parts.map { report.values[$0] ?? ReportNumber(0) })
    let found = ReportNumber.sum(totals.map { report.values[$0] ?? ReportNumber(0) })
    return CheckResult(
      rule: rule, scope: scope, expected: expected, found: found, cells: parts + totals)
  }
}
