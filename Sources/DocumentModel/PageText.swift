/// What the text layer holds for one page, before layout analysis.
public struct PageText: Hashable, Sendable, Codable {
  /// The page number, counted from 1.
  public var number: Int
  /// The page size in points.
  public var width: Double
  public var height: Double
  /// The glyphs in the text layer's own order (not reading order inside tables).
  public var glyphs: [Glyph]

  public init(number: Int, width: Double, height: Double, glyphs: [Glyph]) {
    self.number = number
    self.width = width
    self.height = height
    self.glyphs = glyphs
  }
}
