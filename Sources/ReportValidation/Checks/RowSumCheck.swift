import ReportSchema

/// Rule 2, per row of table 三 in printed order: the six applicant columns sum to `total`.
struct RowSumCheck: HardCheck {
  func results(for report: AnnualReport) -> [CheckResult] {
    report.applicationRowOrder.map { row in
      compare(
        .rowSum, scope: row,
        parts: CanonicalSchema.applicantColumnKeys.map {
          CellKey(.applications, row: row, column: $0)
        },
        totals: [CellKey(.applications, row: row, column: "total")], in: report)
    }
  }
}
