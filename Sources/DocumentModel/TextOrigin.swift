/// Where a piece of text or a value came from.
///
/// The raw values are the output contract's `origin`.
public enum TextOrigin: String, Hashable, Sendable, Codable, CaseIterable {
  /// Read from the PDF's text layer.
  case text
  /// Recognized by OCR from a rendered page.
  case ocr
  /// Not read but proven by the cross-sums (勾稽关系); the raw reading is kept beside it.
  case repaired
  /// Corrected by a person and re-validated with `govreport validate`.
  case manual
}
