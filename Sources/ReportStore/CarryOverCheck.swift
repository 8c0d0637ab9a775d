/// The archive check across years: what an agency carried forward at the end of year Y−1 must be
/// what it carried over into year Y (table 三, rows `carried_forward` and `carried_over`).
public enum CarryOverCheck {
  /// Every column where carried_over(Y) ≠ carried_forward(Y−1) for the same agency.
  ///
  /// Blank cells count as 0, as in the report's own rules. When an agency has several reports
  /// for one year, each pair is compared.
  /// - Parameter cells: The `carried_over`/`carried_forward` cells (`ReportStore.carryOverCells`).
  /// - Returns: The mismatches ordered by agency, year and column.
  public static func mismatches(in cells: [ExportedCell]) -> [CarryOverMismatch] {
    struct ReportKey: Hashable {
      var id: String
      var agency: String
      var year: Int
    }
    var values: [ReportKey: [String: [String: String]]] = [:]  // report → row → column → value
    var files: [String: String] = [:]
    for exported in cells {
      guard let agency = exported.agency, let year = exported.year else { continue }
      let key = ReportKey(id: exported.reportID, agency: agency, year: year)
      values[key, default: [:]][exported.cell.row, default: [:]][exported.cell.column] =
        exported.cell.value ?? "0"
      files[exported.reportID] = exported.file
    }
    let byAgencyYear = Dictionary(grouping: values.keys) { "\($0.agency)\u{1}\($0.year)" }
    var mismatches: [CarryOverMismatch] = []
    for current in values.keys.sorted(by: {
      ($0.agency, $0.year, $0.id) < ($1.agency, $1.year, $1.id)
    }) {
      let previousKeys = byAgencyYear["\(current.agency)\u{1}\(current.year - 1)"] ?? []
      for previous in previousKeys.sorted(by: { $0.id < $1.id }) {
        let over = values[current]?["carried_over"] ?? [:]
        let forward = values[previous]?["carried_forward"] ?? [:]
        for column in Set(over.keys).union(forward.keys).sorted() {
          let now = over[column] ?? "0"
          let before = forward[column] ?? "0"
          guard !sameNumber(now, before) else { continue }
          mismatches.append(
            CarryOverMismatch(
              agency: current.agency, year: current.year, column: column, carriedOver: now,
              carriedForwardPreviousYear: before, file: files[current.id] ?? current.id,
              previousFile: files[previous.id] ?? previous.id))
        }
      }
    }
    return mismatches
  }

  private static func sameNumber(_ a: String, _ b: String) -> Bool {
    if a == b { return true }
    guard let x = Double(a), let y = Double(b) else { return false }
    return x == y
  }
}

/// One column where an agency's carry-over does not continue from the year before.
public struct CarryOverMismatch: Sendable, Hashable, CustomStringConvertible {
  public var agency: String
  public var year: Int
  public var column: String
  /// carried_over in `year`.
  public var carriedOver: String
  /// carried_forward in `year - 1`.
  public var carriedForwardPreviousYear: String
  public var file: String
  public var previousFile: String

  public var description: String {
    "\(agency) \(year): carried_over[\(column)] = \(carriedOver), but \(year - 1) carried_forward"
      + "[\(column)] = \(carriedForwardPreviousYear) (\(file) vs \(previousFile))"
  }
}
