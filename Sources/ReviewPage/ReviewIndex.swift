import DocumentModel
import ReportSchema

/// Each cell's standing for the review page: its review items (numbered as in the output's
/// `review` list, from 1) and whether it is fine, to review, repaired or corrected by hand.
public struct ReviewIndex: Sendable {
  /// How a cell is shown.
  public enum Status: String, Sendable, CaseIterable {
    /// Read and not doubted.
    case ok
    /// Listed in `review` (red).
    case review
    /// Repaired from the cross-sums (orange); also listed in `review`.
    case repaired
    /// Corrected by a person (`origin: manual`).
    case manual
    /// Not found in the document.
    case missing
  }

  /// Review item numbers (1-based positions in `review`) by cell path.
  public private(set) var numbers: [String: [Int]] = [:]
  /// Review reasons by cell path, in list order.
  public private(set) var reasons: [String: [String]] = [:]
  private let origins: [String: TextOrigin]

  /// The index of an output's review list and cell origins.
  public init(_ output: ExtractionOutput) {
    for (offset, item) in output.review.enumerated() {
      numbers[item.cell, default: []].append(offset + 1)
      reasons[item.cell, default: []].append(item.reason)
    }
    origins = Dictionary(
      output.report.cells.map { ($0.key.path, $0.value.origin) },
      uniquingKeysWith: { first, _ in first })
  }

  /// How the cell at `path` is shown.
  ///
  /// Repaired wins over review: a repaired cell is always listed.
  public func status(of path: String) -> Status {
    if origins[path] == .repaired { return .repaired }
    if numbers[path] != nil { return .review }
    if origins[path] == .manual { return .manual }
    return origins[path] == nil ? .missing : .ok
  }
}
