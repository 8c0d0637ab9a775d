import DocumentModel
import Foundation
import ReportTestSupport
import Testing

@testable import TextRecognition

/// Tesseract's orientation detection on a committed scan turned each way.
@Suite(.serialized) struct OrientationTests {
  /// Page 2 (table 三) of a committed 200 dpi colour scan, rendered gray at 150 dpi.
  static let page: PageImage? = Poppler.grayPage(
    Repository.root.appending(path: "Samples/s03-scan-200dpi-color-seal-table-rot-1.pdf"),
    page: 2, dpi: 150)

  @Test(arguments: [0, 90, 180, 270])
  func aTurnedPageIsFoundTurnedByAsMuch(counterClockwise: Int) throws {
    let page = try #require(Self.page, "pdftoppm could not render the sample")
    let engine = try OCREngine(language: "osd", pageSegmentation: .orientationOnly)
    let found = try #require(
      try engine.orientation(of: page.turnedCounterClockwise(by: counterClockwise)))
    // Turned counter-clockwise by t is turned clockwise by 360 − t.
    #expect(found.degrees == (360 - counterClockwise) % 360)
    #expect(found.confidence >= 2)
  }
}
