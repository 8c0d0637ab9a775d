import PDFSource
import ReportSchema
import TextRecognition

/// The versions of GovReport, its output schema and the C libraries it reads with.
public enum LibraryVersions {
  /// GovReport's own version.
  public static let govreport = "0.1.0"

  /// One line per component, for `--version`.
  public static var summary: String {
    """
    govreport \(govreport) (output schema_version \(ExtractionOutput.schemaVersion))
    poppler-glib \(PopplerVersion.text)
    tesseract \(OCRLibraryVersions.tesseract)
    \(OCRLibraryVersions.leptonica)
    """
  }
}
