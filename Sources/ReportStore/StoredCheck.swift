/// One hard cross-check outcome of one report: a `checks` row.
public struct StoredCheck: Sendable, Hashable {
  /// The stable rule id (`applications.balance`).
  public var rule: String
  /// The column, row or group the rule was applied to.
  public var scope: String
  public var ok: Bool
  /// What the rule computed from the parts, as a number literal.
  public var expected: String?
  /// The printed total it was compared with, as a number literal.
  public var found: String?

  public init(rule: String, scope: String, ok: Bool, expected: String?, found: String?) {
    self.rule = rule
    self.scope = scope
    self.ok = ok
    self.expected = expected
    self.found = found
  }
}
