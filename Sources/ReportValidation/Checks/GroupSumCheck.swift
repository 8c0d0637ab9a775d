import ReportSchema

/// Rule 4, per group of table 四: `upheld + corrected + other + pending == total`.
struct GroupSumCheck: HardCheck {
  func results(for report: AnnualReport) -> [CheckResult] {
    CanonicalSchema.reviewGroups.map { group in
      let parts = CanonicalSchema.reviewColumns.map(\.key).filter { $0 != "total" }
      return compare(
        .groupSum, scope: group.key,
        parts: parts.map { CellKey(.reviewLitigation, row: group.key, column: $0) },
        totals: [CellKey(.reviewLitigation, row: group.key, column: "total")], in: report)
    }
  }
}
