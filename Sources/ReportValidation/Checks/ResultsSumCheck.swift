import ReportSchema

/// Rule 3, per column of table 三: the `total` row equals the sum of every result row present
/// (granted … other.* or other.unsplit, whichever the report printed).
struct ResultsSumCheck: HardCheck {
  func results(for report: AnnualReport) -> [CheckResult] {
    let resultKeys = Set(ReportFormat.allCases.flatMap(CanonicalSchema.resultRowKeys))
    let rows = report.applicationRowOrder.filter { resultKeys.contains($0) }
    return CanonicalSchema.applicationColumns.map { column in
      compare(
        .resultsSum, scope: column.key,
        parts: rows.map { CellKey(.applications, row: $0, column: column.key) },
        totals: [CellKey(.applications, row: "total", column: column.key)], in: report)
    }
  }
}
