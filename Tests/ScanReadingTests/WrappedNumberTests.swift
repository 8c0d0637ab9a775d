import DocumentModel
import Foundation
import Testing
import TextRecognition

@testable import ScanReading

/// Numbers wrapped onto a second line of their cell (`WrappedNumber`), drawn from the digits of
/// a committed sample rendered at scan resolution (`NumberReadingTests.fixture`).
@Suite(.serialized) struct WrappedNumberTests {
  /// A cell of `width` points holding `first` over `second` (words of the fixture), the second
  /// line `gap` digit heights below the first, both flush left at 3 pt; page OCR read the first
  /// line only.
  static func cell(
    _ first: Word, over second: Word, gap: Double, width: Double, from page: PageImage
  ) -> (PageImage, TableCell) {
    let scale = page.dpi / 72
    let lineHeight = first.box.height
    let height = 6 + lineHeight * (2 + gap)
    let columns = Int((width * scale).rounded())
    var pixels = [UInt8](repeating: 255, count: columns * Int((height * scale).rounded()))
    func paste(_ word: Word, atY top: Double) {
      let x0 = Int((word.box.minX * scale).rounded(.down))
      let y0 = Int((word.box.minY * scale).rounded(.down))
      let w = Int((word.box.width * scale).rounded(.up))
      let h = Int((word.box.height * scale).rounded(.up))
      let left = Int((3 * scale).rounded())
      let down = Int((top * scale).rounded())
      for y in 0..<h {
        for x in 0..<w where left + x < columns {
          pixels[(down + y) * columns + left + x] = page.pixels[(y0 + y) * page.width + x0 + x]
        }
      }
    }
    paste(first, atY: 3)
    paste(second, atY: 3 + lineHeight * (1 + gap))
    let image = PageImage(
      width: columns, height: pixels.count / columns, channels: 1, dpi: page.dpi, pixels: pixels)
    let read = Word(
      text: first.text, box: Box(minX: 3, minY: 3, maxX: 3 + first.box.width, maxY: 3 + lineHeight),
      origin: .ocr, confidence: 0.9)
    let cell = TableCell(
      row: 0, column: 0, page: 1,
      box: Box(minX: 0, minY: 0, maxX: width, maxY: Double(image.height) / scale), words: [read])
    return (image, cell)
  }

  /// Two numbers of the fixture: one of two digits or more, one of one digit.
  static func numbers() throws -> (PageImage, Word, Word) {
    let (image, numbers) = try #require(
      NumberReadingTests.fixture, "needs Samples/t01-* and poppler-utils")
    let long = try #require(numbers.first { $0.text.count >= 2 }, "a number of 2 digits")
    let short = try #require(numbers.first { $0.text.count == 1 && $0.text != "0" })
    return (image, long, short)
  }

  @Test func aNumberWrappedInANarrowCellIsReadWhole() throws {
    // Stress 9795:35: `1881` printed `188` over `1` in a 30 pt column, re-read `188` at 0.96.
    let (page, long, short) = try Self.numbers()
    let session = try OCRSession(settings: OCRSettings())
    let width = 6 + long.box.width * 1.2
    let (image, cell) = Self.cell(long, over: short, gap: 0.7, width: width, from: page)
    let reread = NumberRereader().reread(cell, in: image, session: session).cell
    #expect(reread.text == long.text + short.text)
  }

  @Test func twoValuesARowApartOrInAWideCellStayApart() throws {
    // `211` over `1` (stress 9758:22): two rows' values, a row border lost. Either the line is
    // far from filling its cell, or the second line is a row's height away.
    let (page, long, short) = try Self.numbers()
    let session = try OCRSession(settings: OCRSettings())
    let wide = Self.cell(long, over: short, gap: 0.7, width: 6 + long.box.width * 3, from: page)
    let apart = Self.cell(long, over: short, gap: 1.8, width: 6 + long.box.width * 1.2, from: page)
    for (image, cell) in [wide, apart] {
      #expect(NumberRereader().reread(cell, in: image, session: session).cell.text == long.text)
    }
  }
}

@Test func anAnnotationAfterANumberIsLeftOutOfTheValueRegion() throws {
  // Stress 9795:12: page OCR read `19(含修订15件)`, the digits engine the whole line as
  // `194467715`. The value's region ends past `19`'s advance: 2 of the word's 7.3 em (six
  // narrow glyphs of 0.55 em, four CJK of 1), 1.1 em, and 0.1 em into the bracket.
  let word = Word(
    text: "19(含修订15件)", box: Box(minX: 330, minY: 233, maxX: 391, maxY: 245), origin: .ocr,
    confidence: 0.71)
  let cell = TableCell(
    row: 2, column: 3, page: 2, box: Box(minX: 317, minY: 230, maxX: 409, maxY: 249),
    words: [word])
  let (region, rest) = NumberRereader.valueRegion(of: cell)
  #expect(rest == "(含修订15件)")
  let em = 61.0 / (6 * 0.55 + 4)
  #expect(abs(region.maxX - (330 + em * (1.1 + 0.1))) < 0.01)
  #expect(region.minX == 317)
  // Without a bracket, or with no digit before it, there is no annotation.
  for text in ["19件", "(含修订)"] {
    let plain = TableCell(
      row: 2, column: 3, page: 2, box: cell.box,
      words: [Word(text: text, box: word.box, origin: .ocr, confidence: 0.9)])
    #expect(NumberRereader.annotatedValueRegion(of: plain) == nil, "\(text)")
  }
}
