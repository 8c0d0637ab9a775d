import DocumentModel
import Foundation
import ReportTestSupport
import Testing
import TextRecognition

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

  /// A last digit page OCR read as a CJK character that is no unit is re-read with the rest
  /// (stress 9771:20: `44025` read `4402引`), below the review threshold.
  @Test func aLastDigitMisreadAsACharacterIsReadWithTheRest() throws {
    let (image, numbers) = try #require(Self.fixture, "needs Samples/t01-* and poppler-utils")
    let long = numbers.filter { $0.text.count >= 2 }
    try #require(long.count >= 3, "page 3 should hold numbers of two digits or more")
    let session = try OCRSession(settings: OCRSettings())
    var right = 0
    for number in long {
      let misread = Word(
        text: String(number.text.dropLast()) + "引", box: number.box, origin: .ocr,
        confidence: 0.9)
      let cell = TableCell(
        row: 0, column: 0, page: 3,
        box: Box(
          minX: number.box.minX - 4, minY: number.box.minY - 3, maxX: number.box.maxX + 4,
          maxY: number.box.maxY + 3), words: [misread])
      let reread = NumberRereader().reread(cell, in: image, session: session).cell
      if reread.text == number.text { right += 1 }
      #expect(reread.confidence < 0.8, "\(number.text) read \(reread.text)")
    }
    #expect(right == long.count, "\(right)/\(long.count) right")
  }

  @Test func aCellWithoutInkHasNoValueBox() throws {
    let (image, _) = try #require(Self.fixture, "needs Samples/t01-* and poppler-utils")
    // The top-left corner of the page is margin: paper only.
    #expect(InkCluster().box(in: image, cell: Box(minX: 5, minY: 5, maxX: 40, maxY: 25)) == nil)
  }
}

@Test func aMinusPageOCRReadBeforeTheSameDigitsIsKeptWhenTheRereadDropsIt() {
  // Stress 8331:2: page OCR read `-8`, the digits engine's crop of the ink cluster left the
  // short minus out and read `8`.
  func cell(_ texts: [String]) -> TableCell {
    let words = texts.enumerated().map { index, text in
      Word(
        text: text,
        box: Box(
          minX: 300 + Double(index) * 8, minY: 585, maxX: 306 + Double(index) * 8, maxY: 600),
        origin: .ocr, confidence: 0.97)
    }
    return TableCell(
      row: 7, column: 2, page: 1, box: Box(minX: 291, minY: 584, maxX: 405, maxY: 601), words: words
    )
  }
  let reread = TextReading(text: "8", confidence: 0.87)
  #expect(NumberRereader.signLostByReread(cell(["-8"]), reread: reread) == "-")
  #expect(NumberRereader.signLostByReread(cell(["-", "8"]), reread: reread) == "-")
  // Other digits, no sign, or a sign the re-read kept: nothing to add.
  #expect(NumberRereader.signLostByReread(cell(["-3"]), reread: reread) == nil)
  #expect(NumberRereader.signLostByReread(cell(["8"]), reread: reread) == nil)
  #expect(
    NumberRereader.signLostByReread(cell(["-8"]), reread: TextReading(text: "-8", confidence: 0.9))
      == nil)
}

@Test func aUnitPageOCRReadAsTwoWordsIsKeptWhole() {
  // Stress 9761:6: page OCR read `3537.24万` and `元`; the unit kept was `万`, which no
  // amount takes, and table 二's procurement amount was lost.
  let words = [
    Word(
      text: "3537.24万", box: Box(minX: 340, minY: 520, maxX: 392, maxY: 532), origin: .ocr,
      confidence: 0.91),
    Word(
      text: "元", box: Box(minX: 393, minY: 520, maxX: 405, maxY: 532), origin: .ocr,
      confidence: 0.9),
  ]
  let cell = TableCell(
    row: 15, column: 2, page: 2, box: Box(minX: 303, minY: 515, maxX: 432, maxY: 538),
    words: words)
  let (region, unit) = NumberRereader.valueRegion(of: cell)
  #expect(unit == "万元")
  // The digits end where `万` begins, one em left of the first word's end.
  #expect(region.maxX < 381 && region.maxX > 379)
}

/// A `0` of stress 9806:67 as the cleaned page holds it, `#` for ink.
///
/// Scanned at 150 dpi (blur 0.9, JPEG q34) and read at 300 dpi, it is binarized fat and squared,
/// its right side flat where it ran into the border.
private let fusedZero = [
  ".......##....",
  "..###########",
  ".############",
  ".#####..#####",
  ".####....####",
  "#####....####",
  "#####....####",
  "#####....####",
  "#####....####",
  "#####....####",
  "#####....####",
  "#####....####",
  "####.....####",
  "####.....####",
  ".####....####",
  "..####...####",
  "..#####.#####",
  "...##########",
  ".....##......",
]

@Test func inkTheDigitsEngineReadsAsNothingIsReadByThePageEngineForReview() throws {
  // The glyph at (60, 60) px of an otherwise white 300 dpi image; its cell is 38 × 38 pt.
  var pixels = [UInt8](repeating: 255, count: 160 * 160)
  for (y, row) in fusedZero.enumerated() {
    for (x, mark) in row.enumerated() where mark == "#" {
      pixels[(60 + y) * 160 + 60 + x] = 0
    }
  }
  let image = PageImage(width: 160, height: 160, channels: 1, dpi: 300, pixels: pixels)
  let session = try OCRSession(settings: OCRSettings())
  let ink = try #require(
    InkCluster().box(in: image, cell: Box(minX: 0, minY: 0, maxX: 38, maxY: 38)))
  // The premise: the digits engine alone reads nothing here.
  #expect(session.number(in: image, ink: ink) == nil)
  let cell = TableCell(
    row: 0, column: 0, page: 1, box: Box(minX: 0, minY: 0, maxX: 38, maxY: 38),
    words: [Word(text: "d", box: ink, origin: .ocr, confidence: 0.6)])
  let reread = NumberRereader().reread(cell, in: image, session: session).cell
  #expect(reread.text == "0")
  #expect(reread.confidence <= OCRSettings().reshapedConfidence)
}

/// A value cell holding one word page OCR read as `text`.
private func pageWordCell(_ text: String, confidence: Double) -> TableCell {
  TableCell(
    row: 9, column: 2, page: 2, box: Box(minX: 267, minY: 300, maxX: 382, maxY: 327),
    words: [
      Word(
        text: text, box: Box(minX: 300, minY: 306, maxX: 340, maxY: 320), origin: .ocr,
        confidence: confidence)
    ])
}

@Test func aDecimalPointPageOCRReadAmongTheSameDigitsIsKeptWhenTheRereadDropsIt() {
  // Stress 9807:78 (240 dpi bilevel): page OCR read `943809.8`, the digits engine `9438098`.
  func cell(_ text: String) -> TableCell { pageWordCell(text, confidence: 0.79) }
  let reread = TextReading(text: "9438098", confidence: 0.34)
  #expect(NumberRereader.pointLostByReread(cell("943809.8"), reread: reread) == "943809.8")
  #expect(NumberRereader.pointLostByReread(cell("943809.8万元"), reread: reread) == "943809.8")
  // Other digits, no point, two points, or a re-read that kept its point: nothing to take.
  #expect(NumberRereader.pointLostByReread(cell("943808.8"), reread: reread) == nil)
  #expect(NumberRereader.pointLostByReread(cell("9438098"), reread: reread) == nil)
  #expect(NumberRereader.pointLostByReread(cell("9.43809.8"), reread: reread) == nil)
  #expect(
    NumberRereader.pointLostByReread(
      cell("943809.8"), reread: TextReading(text: "94380.98", confidence: 0.5)) == nil)
}

@Test func aMinusPageOCRReadBeforeMisreadDigitsIsKeptWhenTheRereadDropsIt() {
  // Stress 9807:64 (150 dpi gray): page OCR read `-7` as `-了`, the digits engine `7`.
  func cell(_ text: String) -> TableCell { pageWordCell(text, confidence: 0.68) }
  let reread = TextReading(text: "7", confidence: 0.63)
  #expect(NumberRereader.signBeforeMisreadDigits(cell("-了"), reread: reread) == "-")
  // As many characters as digits only; no sign, or a re-read that kept it: nothing to add.
  #expect(NumberRereader.signBeforeMisreadDigits(cell("-了了"), reread: reread) == nil)
  #expect(NumberRereader.signBeforeMisreadDigits(cell("了"), reread: reread) == nil)
  #expect(
    NumberRereader.signBeforeMisreadDigits(
      cell("-了"), reread: TextReading(text: "-7", confidence: 0.9)) == nil)
}
