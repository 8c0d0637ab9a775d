/// A page after layout analysis: words grouped into lines, plus the table rulings found on it.
public struct PageLayout: Hashable, Sendable, Codable {
  /// The page number, counted from 1.
  public var pageNumber: Int
  /// The page size in points.
  public var width: Double
  public var height: Double
  /// Every word on the page, in reading order (top to bottom, then left to right).
  public var words: [Word]
  /// The words grouped into lines, top to bottom.
  public var lines: [TextLine]
  /// Ruling lines found on the page, in points.
  public var rulings: [Ruling]

  public init(
    pageNumber: Int, width: Double, height: Double, words: [Word], lines: [TextLine],
    rulings: [Ruling]
  ) {
    self.pageNumber = pageNumber
    self.width = width
    self.height = height
    self.words = words
    self.lines = lines
    self.rulings = rulings
  }
}
