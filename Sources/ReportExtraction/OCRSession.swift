import DocumentModel
import TextRecognition

/// The two tesseract engines one extraction uses, created on the first page that needs OCR.
///
/// Loading a model costs 0.2–0.5 s (c-libraries.md §3), so both live for the whole document:
/// the page engine (`chi_sim`) for labels, headings and prose, and the digits engine (`eng` with a
/// digit whitelist) for re-reading number cells one by one.
final class OCRSession {
  private let page: OCREngine
  private let digits: DigitReader

  init(settings: ExtractionSettings) throws(ExtractionError) {
    do {
      page = try OCREngine(language: settings.ocrLanguage, dataPath: settings.tessdataPath)
      digits = try DigitReader(dataPath: settings.tessdataPath)
    } catch {
      throw ExtractionError(
        kind: .dependencyMissing, message: "OCR is needed but unavailable: \(error)", remedy: error.remedy)
    }
  }

  /// The words of a cleaned page image, boxes in points.
  func words(in image: PageImage, page number: Int) throws(ExtractionError) -> [Word] {
    do {
      return try page.words(in: image)
    } catch {
      throw ExtractionError(
        kind: .dependencyMissing, message: "OCR failed on page \(number): \(error)", remedy: error.remedy)
    }
  }

  /// The text of `box` read as one line, or nil when recognition fails.
  func line(in image: PageImage, box: Box) -> TextReading? {
    try? page.readLine(in: image, box: box)
  }

  /// The number printed in `box`: blank, a digit string with its confidence, or nil when ink is
  /// there but nothing could be read.
  func number(in image: PageImage, box: Box) -> TextReading? {
    digits.readNumber(in: image, box: box)
  }
}
