/// One word on a page, as read from the text layer or recognized by OCR.
///
/// For Chinese, a "word" is a run of glyphs with no whitespace and no gap wider than a fraction
/// of the glyph height between them; it is a layout unit, not a linguistic one.
public struct Word: Hashable, Sendable, Codable {
  /// The text, NFC-normalized, without surrounding whitespace.
  public var text: String
  /// The bounds in PDF points, origin at the page's top-left corner.
  public var box: Box
  /// Where the text came from.
  public var origin: TextOrigin
  /// Recognition confidence in `0...1`; 1 for the text layer.
  public var confidence: Double
  /// The font size in points when known (text layer), used to spot headings.
  public var fontSize: Double?

  public init(
    text: String, box: Box, origin: TextOrigin = .text, confidence: Double = 1,
    fontSize: Double? = nil
  ) {
    self.text = text
    self.box = box
    self.origin = origin
    self.confidence = confidence
    self.fontSize = fontSize
  }
}
