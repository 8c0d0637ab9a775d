import DocumentModel
import Foundation
import ReportTestSupport

/// Page 3 of the real report `../shared/real/hongze-2023.pdf`, rendered at test time with
/// poppler-utils, plus the words of its text layer as ground truth.
///
/// Nil when `../shared` or poppler-utils is absent, so the tests that need it skip cleanly.
enum HongzeFixture {
  /// The resolution every OCR measurement in `shared/spec/c-libraries.md` used.
  static let dpi = 300.0
  static let pageNumber = 3

  /// The report, when the shared folder is there.
  static let pdf: URL? = {
    let root = URL(filePath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let url = root.appending(path: "../shared/real/hongze-2023.pdf").standardizedFileURL
    return FileManager.default.fileExists(atPath: url.path) ? url : nil
  }()

  /// Page 3 as 8-bit gray at 300 dpi (`pdftoppm -gray`).
  static let page: PageImage? = pdf.flatMap { Poppler.grayPage($0, page: pageNumber, dpi: dpi) }

  /// The text layer's words on page 3 (`pdftotext -bbox`), in points.
  static let words: [Word] = pdf.map { Poppler.words($0, page: pageNumber) } ?? []

  /// The words that are plain numbers, like `21`, `4119` or `7730.28`.
  static var numericWords: [Word] {
    words.filter { word in
      word.text.first?.isASCII == true && word.text.first?.isNumber == true
        && word.text.last?.isNumber == true
        && word.text.allSatisfy { $0.isASCII && ($0.isNumber || $0 == ".") }
    }
  }
}
