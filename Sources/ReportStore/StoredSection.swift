/// One numbered section of one report: a `sections` row.
public struct StoredSection: Sendable, Hashable {
  /// The Chinese numeral as printed (`一`).
  public var number: String
  public var title: String
  /// The page the heading is on, counted from 1.
  public var page: Int?
  public var text: String

  public init(number: String, title: String, page: Int?, text: String) {
    self.number = number
    self.title = title
    self.page = page
    self.text = text
  }
}
