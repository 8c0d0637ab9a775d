/// How a document is read; the defaults suit published reports.
public struct ExtractionSettings: Sendable, Equatable {
  /// When pages are read by OCR.
  public enum OCRMode: String, Sendable, CaseIterable {
    /// Only pages whose text layer is empty or garbage.
    case auto
    /// Every page, ignoring the text layer.
    case always
    /// Never; pages without a usable text layer yield no text.
    case never
  }

  public var ocr = OCRMode.auto
  /// Render resolution for OCR, in dpi.
  ///
  /// c-libraries.md §3: digits-only re-reads got 223–224/224 cells right at 300 dpi against
  /// 218–220 at 200 dpi.
  public var ocrDPI = 300.0
  /// Render resolution used only to find the ruling lines of text-layer pages, in dpi.
  ///
  /// At 100 dpi a 0.5 pt ruling is still one dark pixel; rendering costs a fraction of 300 dpi.
  public var rulingDPI = 100.0
  /// The tesseract language for page OCR (labels, headings, prose).
  public var ocrLanguage = "chi_sim"
  /// The tessdata folder; nil uses tesseract's default.
  public var tessdataPath: String? = nil

  public init() {}
}
