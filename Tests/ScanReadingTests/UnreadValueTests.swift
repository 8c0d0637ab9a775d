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
    let found = reader.completed(
      labels, in: image, rulings: [], rulingTolerance: 3, session: session
    ).filter { !labels.contains($0) }
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
    #expect(
      reader.completed(
        labels + numbers, in: image, rulings: [], rulingTolerance: 3, session: session
      ) == labels + numbers)
  }

  /// Rulings that form no grid leave the numbers to be read; a grid's own numbers are not.
  ///
  /// A bilevel scan whose borders dropped out kept a stretch of the table above's bottom border
  /// and short stubs of the table's sides, none touching another (stress 9771:10): the table's
  /// grid comes from text alignment, so its unread numbers must still be found.
  @Test func rulingStubsThatFormNoGridDoNotHideTheNumbers() throws {
    let (image, numbers) = try #require(
      NumberReadingTests.fixture, "needs Samples/t01-* and poppler-utils")
    guard let sample = Samples.textLayer.first(where: { $0.slug.hasPrefix("t01-") }),
      let area = Box.union(of: numbers.map(\.box))
    else { return }
    let labels = Poppler.words(sample.pdf, page: 3).filter { word in
      !word.text.isEmpty && !word.text.allSatisfy { $0.isASCII && $0.isNumber }
    }
    let session = try OCRSession(settings: OCRSettings())
    let reader = UnreadValueReader(settings: OCRSettings())
    let (left, right) = (area.minX - 20, area.maxX + 20)
    let stubs = [
      Ruling(axis: .horizontal, position: area.minY - 30, start: left, end: right),
      Ruling(axis: .vertical, position: left, start: area.minY, end: area.minY + 25),
      Ruling(axis: .vertical, position: right, start: area.midY, end: area.midY + 25),
    ]
    let found = reader.completed(
      labels, in: image, rulings: stubs, rulingTolerance: 3, session: session
    ).filter { !labels.contains($0) }
    #expect(Double(found.count) >= 0.95 * Double(numbers.count), "\(found.count)/\(numbers.count)")
    // The same sides drawn whole, meeting the top and bottom borders: a ruled table.
    let (top, bottom) = (area.minY - 30, area.maxY + 10)
    let frame = [
      Ruling(axis: .horizontal, position: top, start: left, end: right),
      Ruling(axis: .horizontal, position: bottom, start: left, end: right),
      Ruling(axis: .vertical, position: left, start: top, end: bottom),
      Ruling(axis: .vertical, position: right, start: top, end: bottom),
    ]
    let inFrame = reader.completed(
      labels, in: image, rulings: frame, rulingTolerance: 3, session: session
    ).filter { !labels.contains($0) }
    #expect(inFrame.isEmpty, "\(inFrame.map(\.text))")
  }

  /// A number OCR found at (`x`, `y`), 6 × 8 pt.
  private func number(_ text: String, x: Double, y: Double) -> Word {
    Word(text: text, box: Box(minX: x, minY: y, maxX: x + 6, maxY: y + 8), origin: .ocr)
  }

  /// A number found alone on its line is a speck; one in a row of numbers is a value.
  @Test func aNumberFoundAloneOnItsLineIsNotKept() {
    let read = [
      Word(text: "一、本年新收", box: Box(minX: 40, minY: 100, maxX: 120, maxY: 110)),
      number("3", x: 200, y: 101), number("1", x: 240, y: 101),
    ]
    let found = [number("4", x: 280, y: 101), number("4", x: 150, y: 40)]
    #expect(
      UnreadValueReader.witnessed(found, read: read, lineMinimum: 3, pageMinimum: 1).map(\.box.minX)
        == [280])
  }

  /// A number found in a row of fewer numbers is kept when the nearest words above and below
  /// it are numbers of its column; under a label it is not (stress 9796:2, zeros printed blank).
  @Test func aNumberBetweenNumbersOfItsColumnIsKept() {
    let read = [
      Word(text: "商业企业", box: Box(minX: 270, minY: 60, maxX: 300, maxY: 70)),
      number("69", x: 280, y: 100), number("354", x: 515, y: 100),
      Word(text: "二、上年结转", box: Box(minX: 90, minY: 125, maxX: 170, maxY: 135)),
      number("33", x: 280, y: 160), number("157", x: 515, y: 160),
    ]
    let between = [number("6", x: 282, y: 130), number("6", x: 517, y: 130)]
    #expect(
      UnreadValueReader.witnessed(between, read: read, lineMinimum: 3, pageMinimum: 3).count == 2)
    // Above the column's first number lies its header: no witness.
    let overHeader = [number("4", x: 282, y: 80), number("4", x: 517, y: 80)]
    #expect(
      UnreadValueReader.witnessed(overHeader, read: read, lineMinimum: 3, pageMinimum: 3).isEmpty)
  }

  /// A full stop or comma as tall as a digit is a misread glyph; one of its own size is not.
  @Test func aMarkAsTallAsADigitIsAMisreadGlyph() {
    let read = [
      Word(text: "开申请数量", box: Box(minX: 90, minY: 596, maxX: 142, maxY: 609)),
      Word(text: "。", box: Box(minX: 282, minY: 589, maxX: 287, maxY: 597)),
      Word(text: "，", box: Box(minX: 521, minY: 589, maxX: 526, maxY: 597)),
      Word(text: "，", box: Box(minX: 150, minY: 605, maxX: 153, maxY: 609)),
      Word(text: "1", box: Box(minX: 300, minY: 589, maxX: 304, maxY: 597)),
    ]
    #expect(UnreadValueReader.misreadMarks(in: read, minimumHeight: 0.4 * 13) == [1, 2])
  }
}
