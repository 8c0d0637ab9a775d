import DocumentModel
import Foundation
import ReportTestSupport
import Testing

@testable import ScanReading

/// The numbers page OCR left unread, read from the ink no word covers (`UnreadValueReader`), on
/// a text-layer sample rendered at scan resolution: its text layer tells each number and where.
@Suite(.serialized) struct UnreadValueTests {
  @Test func numbersNoWordCoversAreReadWhereTheyArePrinted() throws {
    let (image, numbers) = try #require(
      NumberReadingTests.fixture, "needs Samples/t01-* and poppler-utils")
    guard let sample = Samples.textLayer.first(where: { $0.slug.hasPrefix("t01-") }) else {
      return
    }
    // Page OCR as on 9758:79: every label read, not one value.
    let labels = Poppler.words(sample.pdf, page: 3).filter { word in
      !word.text.isEmpty && !word.text.allSatisfy { $0.isASCII && $0.isNumber }
    }
    let session = try OCRSession(settings: OCRSettings())
    let reader = UnreadValueReader(settings: OCRSettings())
    let found = reader.words(in: image, read: labels, rulings: [], session: session)
    var right = 0
    for number in numbers {
      let here = found.filter {
        $0.box.contains(x: number.box.midX, y: number.box.midY)
          || number.box.contains(x: $0.box.midX, y: $0.box.midY)
      }
      if here.map(\.text) == [number.text] { right += 1 }
    }
    #expect(Double(right) >= 0.95 * Double(numbers.count), "\(right)/\(numbers.count) found")
    // Nothing is made up: every number found lies on a printed one.
    let stray = found.filter { word in
      !numbers.contains { $0.box.contains(x: word.box.midX, y: word.box.midY) }
    }
    #expect(stray.isEmpty, "\(stray.map(\.text))")
    // With every word read, there is nothing left to read.
    #expect(reader.words(in: image, read: labels + numbers, rulings: [], session: session).isEmpty)
  }
}
