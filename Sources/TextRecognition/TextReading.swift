/// The text read from one region of a page and how sure the engine was.
public struct TextReading: Hashable, Sendable {
  /// The recognized text, NFC-normalized and trimmed; empty for a blank region.
  public var text: String
  /// Recognition confidence in `0...1`; 1 for a region found blank without OCR.
  public var confidence: Double

  public init(text: String, confidence: Double) {
    self.text = text
    self.confidence = confidence
  }

  /// A region with no ink.
  public static let blank = TextReading(text: "", confidence: 1)
}
