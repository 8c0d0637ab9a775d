import ReportSchema

/// Rule 1, per column of table 三: `new + carried_over == total + carried_forward`.
///
/// The rule printed in the table's own header (本列数据的勾稽关系为：第一项加第二项之和，等于第三项
/// 加第四项之和).
struct BalanceCheck: HardCheck {
  func results(for report: AnnualReport) -> [CheckResult] {
    CanonicalSchema.applicationColumns.map { column in
      let key = { (row: String) in CellKey(.applications, row: row, column: column.key) }
      return compare(
        .balance, scope: column.key, parts: [key("new"), key("carried_over")],
        totals: [key("total"), key("carried_forward")], in: report)
    }
  }
}
