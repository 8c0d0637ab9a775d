import Foundation

/// Why the OCR binding could not do what it was asked.
///
/// `ReportExtraction` maps `.librariesUnavailable`, `.languageDataMissing` and
/// `.engineUnavailable` to the `dependencyMissing` kind (exit code 3); the others are per-image
/// failures.
public enum OCRError: Error, Equatable, Sendable, CustomStringConvertible {
  /// Tesseract or Leptonica could not be loaded, or lacks a function GovReport calls.
  ///
  /// `reason` is the loader's message, e.g. `libtesseract.so.5 has no function TessBaseAPIInit4`.
  case librariesUnavailable(reason: String)
  /// Tesseract could not be created at all (out of memory or a broken installation).
  case engineUnavailable
  /// The trained data for `language` (e.g. `chi_sim`) was not found or did not load.
  ///
  /// `searched` is the tessdata directory Tesseract looked in.
  case languageDataMissing(language: String, searched: String)
  /// A page image could not be handed to Leptonica (empty image or allocation failure).
  case imageConversionFailed(width: Int, height: Int)
  /// `TessBaseAPIRecognize` reported an error.
  case recognitionFailed

  public var description: String {
    switch self {
    case .librariesUnavailable(let reason):
      "Tesseract and Leptonica are needed but unusable: \(reason)."
    case .engineUnavailable:
      "Tesseract could not be initialized."
    case .languageDataMissing(let language, let searched):
      "Tesseract language data '\(language)' was not found in \(searched)."
    case .imageConversionFailed(let width, let height):
      "A \(width)×\(height) image could not be converted for Tesseract."
    case .recognitionFailed:
      "Tesseract failed to recognize the image."
    }
  }

  /// What the user can do next, when there is something to do.
  public var remedy: String? {
    switch self {
    case .languageDataMissing(let language, let searched):
      "Install it, e.g. `apt-get install "
        + language.split(separator: "+").map { "tesseract-ocr-" + debianName(of: String($0)) }
        .joined(separator: " ")
        + "`, or put `<language>.traineddata` into \(searched) (or set TESSDATA_PREFIX)."
    case .librariesUnavailable:
      "Install them with `Scripts/install-deps` (libleptonica-dev, libtesseract-dev)."
    case .engineUnavailable:
      "Reinstall Tesseract: `apt-get install libtesseract5 tesseract-ocr`."
    case .imageConversionFailed, .recognitionFailed:
      nil
    }
  }
}

/// Debian's package suffix for a Tesseract language code (`chi_sim` → `chi-sim`).
private func debianName(of language: String) -> String {
  language.lowercased().replacingOccurrences(of: "_", with: "-")
}
