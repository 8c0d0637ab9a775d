/// Facts about the input file and how each page was read.
public struct SourceInfo: Hashable, Sendable {
  /// The file's name (not its path, so output does not depend on where the file sits).
  public var file: String
  /// The SHA-256 of the file's bytes, lowercase hex.
  public var sha256: String
  public var pages: Int
  /// The PDF's producer metadata, when present.
  public var producer: String?
  /// Pages read from the text layer, counted from 1.
  public var textPages: [Int]
  /// Pages read by OCR, counted from 1.
  public var ocrPages: [Int]
  /// Pages found scanned sideways or upside down: page number → degrees turned clockwise.
  ///
  /// Their text was turned 90, 180 or 270 degrees and they were read turned back. Empty when
  /// no page was.
  public var turnedPages: [Int: Int] = [:]

  public init(
    file: String, sha256: String, pages: Int, producer: String?, textPages: [Int], ocrPages: [Int]
  ) {
    self.file = file
    self.sha256 = sha256
    self.pages = pages
    self.producer = producer
    self.textPages = textPages
    self.ocrPages = ocrPages
  }
}
