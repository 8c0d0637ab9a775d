import DocumentModel
import Foundation
import ReportTestSupport
import Testing

@testable import ScanReading

/// The live number re-read (`InkCluster` + `OCRSession.number`) on real crops: a committed
/// text-layer sample rendered at scan resolution, its text layer telling each number and where.
@Suite(.serialized) struct NumberReadingTests {
  /// Page 3 (table 三) of a template sample, rendered gray at 200 dpi and binarized as scans are.
  static let fixture: (image: PageImage, numbers: [Word])? = {
    guard let sample = Samples.textLayer.first(where: { $0.slug.hasPrefix("t01-") }),
      let page = Poppler.grayPage(sample.pdf, page: 3, dpi: 200)
    else { return nil }
    let numbers = Poppler.words(sample.pdf, page: 3).filter { word in
      !word.text.isEmpty && word.text.allSatisfy { $0.isASCII && $0.isNumber }
    }
    return (ScanBinarizer().binarized(page), numbers)
  }()

  @Test func everyNumberIsReadRightOrWithLowConfidence() throws {
    let (image, numbers) = try #require(Self.fixture, "needs Samples/t01-* and poppler-utils")
    try #require(numbers.count >= 100, "page 3 should hold table 三's numbers")
    let session = try OCRSession(settings: OCRSettings())
    var right = 0
    for word in numbers {
      let cell = Box(
        minX: word.box.minX - 4, minY: word.box.minY - 3, maxX: word.box.maxX + 4,
        maxY: word.box.maxY + 3)
      let ink = try #require(InkCluster().box(in: image, cell: cell), "no ink for \(word.text)")
      let reading = session.number(in: image, ink: ink)
      if reading?.text == word.text {
        right += 1
      } else {
        // A wrong reading must not pass as sure: it goes to review below 0.8.
        #expect((reading?.confidence ?? 0) < 0.8, "\(word.text) read \(reading?.text ?? "nothing")")
      }
    }
    #expect(Double(right) >= 0.98 * Double(numbers.count), "\(right)/\(numbers.count) right")
  }

  @Test func aCellWithoutInkHasNoValueBox() throws {
    let (image, _) = try #require(Self.fixture, "needs Samples/t01-* and poppler-utils")
    // The top-left corner of the page is margin: paper only.
    #expect(InkCluster().box(in: image, cell: Box(minX: 5, minY: 5, maxX: 40, maxY: 25)) == nil)
  }
}
