/// The address of one value in a report: its table, row and (except for single-value rows) column.
///
/// `path` is the dotted key path of the output contract, e.g. `proactive.rules.issued`,
/// `proactive.licensing`, `applications.rows.denied.state_secret.commercial`,
/// `review_litigation.litigation_direct.total`. Row keys may themselves contain dots.
public struct CellKey: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
  /// The three value tables of the report.
  public enum Table: String, Hashable, Sendable, Codable, CaseIterable {
    /// Table 二, 主动公开.
    case proactive
    /// Table 三, 收到和处理政府信息公开申请.
    case applications
    /// Table 四, 行政复议、行政诉讼.
    case reviewLitigation = "review_litigation"
  }

  public var table: Table
  /// The canonical row key (`rules`, `denied.state_secret`, `litigation_direct`).
  public var row: String
  /// The canonical column key, or nil for a proactive row with one value (`licensing`).
  public var column: String?

  public init(_ table: Table, row: String, column: String?) {
    self.table = table
    self.row = row
    self.column = column
  }

  /// The dotted path used in `cells` and `review`.
  public var path: String {
    // Concatenation, not interpolation: paths are built thousands of times per report.
    var path: String
    switch table {
    case .proactive: path = "proactive." + row
    case .applications: path = "applications.rows." + row
    case .reviewLitigation: path = "review_litigation." + row
    }
    if let column { path += "." + column }
    return path
  }

  public var description: String { path }

  public static func < (lhs: CellKey, rhs: CellKey) -> Bool { lhs.path < rhs.path }
}
