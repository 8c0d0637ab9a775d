import DocumentModel
import Testing

@testable import ReportExtraction

/// Which full reading of a scanned page wins when orientation detection calls it turned
/// (`PageReader.readsBetterUpright`).
struct OrientationChoiceTests {
  static func words(_ texts: [String], confidence: Double) -> [Word] {
    texts.enumerated().map { index, text in
      let y = Double(index) * 20
      return Word(
        text: text, box: Box(minX: 10, minY: y, maxX: 10 + 12 * Double(text.count), maxY: y + 12),
        origin: .ocr, confidence: confidence)
    }
  }

  @Test func theReadingWithMoreOfTheFormatsWordPairsWins() {
    let report = Self.words(["政府信息公开", "行政复议"], confidence: 0.5)
    let junk = Self.words(["人上尘", "旦目"], confidence: 0.9)
    #expect(PageReader.readsBetterUpright(upright: report, turned: junk))
    #expect(!PageReader.readsBetterUpright(upright: junk, turned: report))
  }

  /// A page of zeros and letter-spaced labels holds no pair either way.
  ///
  /// Stress 9766:19 p. 3: its upright reading was the more confident one.
  @Test func withAsManyPairsTheMoreConfidentReadingWins() {
    let upright = Self.words(["0", "0", "危", "及"], confidence: 0.49)
    let turned = Self.words(["0", "人", "0", "全"], confidence: 0.30)
    #expect(PageReader.readsBetterUpright(upright: upright, turned: turned))
    #expect(!PageReader.readsBetterUpright(upright: turned, turned: upright))
  }
}
