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
  /// Resolution of the image page OCR reads (labels, headings, prose), in dpi; the cleaned render
  /// is shrunk to it.
  ///
  /// Number cells and title lines are re-read from the render itself.
  public var pageOCRDPI = 200.0
  /// Render resolution used only to find the ruling lines of text-layer pages, in dpi.
  ///
  /// Used when a page's drawing cannot give its rulings (`RulingSource`); a render's cost grows
  /// with the pixel count. Every text-layer sample and hongze-2023 gave identical output at 100,
  /// 72 and 50 dpi (Scripts/evaluate); 72 keeps a 0.25 pt hairline at one pixel of gray ≈ 190,
  /// still darker than the detector's threshold of 200.
  public var rulingDPI = 72.0
  /// Where text-layer pages get their ruling lines from.
  public enum RulingSource: String, Sendable, CaseIterable {
    /// The page's vector drawing (PDFStructure), falling back to a render when the page is
    /// rotated, its content cannot be read, or images cover much of it.
    case auto
    /// Always a render at `rulingDPI` (leptonica morphology), as for scans.
    case render
  }

  public var rulingSource = RulingSource.auto
  /// A text-layer page whose images cover more than this fraction of its area is rendered for its
  /// rulings: its table may be a picture.
  ///
  /// A seal or logo covers under 5 %.
  public var maximumImageFractionForVectorRulings = 0.1
  /// Resolution at which a scanned page's orientation is detected (tesseract OSD), in dpi.
  ///
  /// OSD judges glyph shapes, not their detail: on the four pages of `Samples/s03` turned
  /// 0/90/180/270° it was right 16/16 at both 100 and 150 dpi, with confidences 1.3–10.6 at
  /// 100 dpi and 6.1–16.8 at 150.
  public var orientationDPI = 150.0
  /// A page is turned back only when OSD's confidence reaches this (OSD's own unit: how much
  /// the best orientation outscored the next); below it the page is read as it lies, with a
  /// warning.
  ///
  /// Every page of the 14 scan samples at 150 dpi, turned 0/90/180/270°: the wrong answers
  /// (2, both on `s05`'s blurred noisy page 3) scored 0.68–0.69, the right ones 0.52–20; at 1.0
  /// no wrong turn is taken and 2 right ones of 168 fall back to upright.
  public var minimumOrientationConfidence = 1.0
  /// The tesseract language for page OCR (labels, headings, prose).
  public var ocrLanguage = "chi_sim"
  /// The tessdata folder; nil uses tesseract's default.
  public var tessdataPath: String? = nil

  public init() {}
}
