import DocumentModel
import LayoutAnalysis
import PageImaging
import ReportMapping
import ScanReading
import TableReconstruction
import VectorGraphics

/// How a document is read; the defaults suit published reports.
public struct ExtractionSettings: Sendable, Equatable, Codable {
  /// When pages are read by OCR.
  public enum OCRMode: String, Sendable, CaseIterable, Codable {
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
  /// The first this many OCR'd pages are read at `ocrDPI`, not `pageOCRDPI`: the title's rare
  /// place-name characters need the detail (长宁县, 包屯镇 in `Samples/s07`, `s08`).
  public var fullResolutionPages = 1
  /// A PDF whose text layer does not read as a report is read again by OCR, every page, when
  /// it has at most this many pages: a layer that lies (fonts mapped to other characters) or
  /// text drawn as outlines leaves no report in the text, and OCR reads what the page shows.
  ///
  /// Reports run 4–20 pages; OCR costs ~2–3 s a page, so a long document that is no report
  /// is not OCR'd whole only to be refused (exit 4) minutes later.
  public var maximumPagesForOCRRetry = 30
  /// Render resolution used only to find the ruling lines of text-layer pages, in dpi.
  ///
  /// Used when a page's drawing cannot give its rulings (`RulingSource`); a render's cost grows
  /// with the pixel count. Every text-layer sample and hongze-2023 gave identical output at 100,
  /// 72 and 50 dpi (Scripts/evaluate); 72 keeps a 0.25 pt hairline at one pixel of gray ≈ 190,
  /// still darker than the detector's threshold of 200.
  public var rulingDPI = 72.0
  /// Where text-layer pages get their ruling lines from.
  public enum RulingSource: String, Sendable, CaseIterable, Codable {
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

  /// The OCR engines' languages and the scan re-read and orientation tunables.
  public var recognition = OCRSettings()
  /// Scan clean-up before OCR: seal ink, background, binarization, specks, skew.
  public var scanCleaning = ScanCleanerSettings()
  /// Ruling lines found in a render (scans, and text pages whose drawing is not used).
  public var rulings = RulingSettings()
  /// The one clean-up every ruling goes through, whatever found it (ink, thickness, lengths,
  /// snapping and joining).
  public var rulingCleanup = RulingCleanupSettings()
  /// Ruling lines read from a page's vector drawing.
  public var vectorRulings = VectorSettings()
  /// When a page's text layer is trusted, and when a page is a scan.
  public var textLayer = TextLayerQuality()
  /// When a picture on a text page (a table pasted in as a screenshot) is read by OCR.
  public var pictures = PictureSettings()
  /// Words into lines and blocks.
  public var layout = LayoutSettings()
  /// Table grids from rulings and from text alignment, and their stitching across pages.
  public var tables = TableSettings()
  /// Row and column labels onto canonical keys, and how printed values are parsed.
  public var mapping = MappingSettings()

  public init() {}
}
