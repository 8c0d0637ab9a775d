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
  /// The parts of a text-layer page that were read by OCR, in points.
  ///
  /// Pictures with no text over them (a table pasted in as a screenshot). Their words carry
  /// `.ocr`; a cell inside one without words was blank on the picture, not in a text layer.
  /// Empty for a page read one way.
  public var ocrRegions: [Box]

  public init(
    pageNumber: Int, width: Double, height: Double, words: [Word], lines: [TextLine],
    rulings: [Ruling], ocrRegions: [Box] = []
  ) {
    self.pageNumber = pageNumber
    self.width = width
    self.height = height
    self.words = words
    self.lines = lines
    self.rulings = rulings
    self.ocrRegions = ocrRegions
  }

  /// Whether the point lies in one of `ocrRegions`.
  public func isInOCRRegion(x: Double, y: Double) -> Bool {
    ocrRegions.contains { $0.contains(x: x, y: y) }
  }
}
