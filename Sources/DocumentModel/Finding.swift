/// Something noticed while reading a report that does not stop the extraction.
///
/// Findings end up in the output's `warnings` (and, when they name cells, its `review`).
public struct Finding: Hashable, Sendable, Codable {
  /// A stable identifier of what was noticed, e.g. `page.ocr-fallback` or `table.not-found`.
  public var check: String
  /// The page it concerns, counted from 1, when it concerns one.
  public var page: Int?
  /// A sentence for a person.
  public var message: String

  public init(check: String, page: Int? = nil, message: String) {
    self.check = check
    self.page = page
    self.message = message
  }

  /// The finding as one warning line: `[check] p.N: message`.
  public var line: String {
    "[\(check)]" + (page.map { " p.\($0)" } ?? "") + ": " + message
  }
}
