import DocumentModel

/// The outcome of one hard cross-check (勾稽关系) in one scope.
///
/// `expected` is what the rule computes from the parts; `found` is the printed total it is
/// compared with. Blank cells count as 0.
public struct CheckResult: Hashable, Sendable {
  /// The four hard rules of the format, with stable ids.
  public enum Rule: String, Hashable, Sendable, CaseIterable {
    /// Per column: new + carried_over == total + carried_forward (the rule printed in table 三).
    case balance = "applications.balance"
    /// Per row: the six applicant columns sum to total.
    case rowSum = "applications.row_sum"
    /// Per column: total == the sum of every result row.
    case resultsSum = "applications.results_sum"
    /// Per table-四 group: upheld + corrected + other + pending == total.
    case groupSum = "review_litigation.group_sum"
  }

  public var rule: Rule
  /// The column key (rules 1 and 3), row key (rule 2) or group key (rule 4).
  public var scope: String
  public var ok: Bool
  public var expected: ReportNumber
  public var found: ReportNumber
  /// The cells the check reads, parts first, totals last.
  public var cells: [CellKey]

  public init(
    rule: Rule, scope: String, expected: ReportNumber, found: ReportNumber, cells: [CellKey]
  ) {
    self.rule = rule
    self.scope = scope
    self.expected = expected
    self.found = found
    self.ok = expected.hasSameValue(as: found)
    self.cells = cells
  }
}

/// A cell a person should look at, with the reason.
public struct ReviewItem: Hashable, Sendable {
  /// The cell path (`applications.rows.new.total`).
  public var cell: String
  /// Why it is listed, as a stable code.
  public var code: ReviewCode
  /// Why it is listed, as a sentence.
  public var reason: String

  public init(cell: String, code: ReviewCode, reason: String) {
    self.cell = cell
    self.code = code
    self.reason = reason
  }
}
