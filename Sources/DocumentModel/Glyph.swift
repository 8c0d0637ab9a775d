/// One Unicode scalar of a page's text layer with the box poppler reports for it.
///
/// Poppler returns exactly one rectangle per Unicode scalar of the page text, including a
/// zero-width one for each line break; `PDFSource` keeps whitespace glyphs because gaps and
/// spaces both separate words.
public struct Glyph: Hashable, Sendable, Codable {
  /// A single Unicode scalar, as a string.
  public var text: String
  /// The glyph's box in points (it includes the font's descent).
  public var box: Box
  /// The font size in points, when the text layer reports it.
  public var fontSize: Double?

  public init(text: String, box: Box, fontSize: Double? = nil) {
    self.text = text
    self.box = box
    self.fontSize = fontSize
  }

  /// Whether the glyph is whitespace or a line break.
  public var isWhitespace: Bool { text.unicodeScalars.allSatisfy(\.isWhitespace) }
}
