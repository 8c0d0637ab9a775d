/// How one page of a PDF was read, and why by OCR: an entry of the output's `source.page_reads`.
///
/// A person checking a report wants to know which pages a value could have been misread on
/// (issue #13 item 5): a page read by OCR, or the OCR'd part of a text page, is where a digit can
/// be wrong while the text layer's cannot.
public struct PageReading: Hashable, Sendable, Codable {
  /// What the page's words came from.
  public enum Method: String, Hashable, Sendable, Codable, CaseIterable {
    /// The text layer only.
    case text
    /// OCR of the rendered page only; its text layer, if any, was not used.
    case ocr
    /// The text layer, and OCR of the pictures on the page that no text lies over
    /// (`PageLayout.ocrRegions`).
    case textAndOCR = "text+ocr"
  }

  /// Why (part of) the page was read by OCR.
  public enum Reason: String, Hashable, Sendable, Codable, CaseIterable {
    /// The page has no text layer (or a few glyphs, a page number) and images cover it: a scan.
    case noText = "no-text"
    /// The text layer does not decode to readable characters (fonts without a Unicode map).
    case garbledText = "garbled-text"
    /// The document's text layer, readable as it was, did not read as a report, so every page
    /// was read again by OCR: a layer that lies (fonts mapped to other characters).
    case notAReportText = "not-a-report-text"
    /// As `notAReportText`, on a page with no text and no image but drawn paths: glyphs drawn
    /// as outlines.
    case outlines
    /// A picture on a text page, with no text over it, large enough to hold text (a table
    /// pasted in as a screenshot).
    case imageRegion = "image-region"
    /// OCR was asked for on every page (`--ocr always`).
    case forced
  }

  /// The page number, counted from 1.
  public var page: Int
  public var method: Method
  /// Nil for a page read from its text layer alone.
  public var reason: Reason?
  /// How far the page was found turned clockwise and read turned back: 0, 90, 180 or 270.
  public var turn: Int

  public init(page: Int, method: Method, reason: Reason?, turn: Int = 0) {
    self.page = page
    self.method = method
    self.reason = reason
    self.turn = turn
  }
}
