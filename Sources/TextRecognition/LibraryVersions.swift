import CLeptonica
import CTesseract

/// The tesseract and leptonica versions, for `govreport --version` and CI logs: OCR results
/// depend on them.
public enum OCRLibraryVersions {
  /// For example `5.3.0`.
  public static var tesseract: String {
    guard let version = TessVersion() else { return "unknown" }
    return String(cString: version)
  }

  /// For example `leptonica-1.82.0`.
  public static var leptonica: String {
    guard let version = getLeptonicaVersion() else { return "unknown" }
    defer { lept_free(version) }
    return String(cString: version)
  }
}
