import DocumentModel
import Testing

@testable import ScanReading

/// `TitleRereader.widenedToInk`: a title line's box reaches the glyphs page OCR left outside it.
@Suite struct TitleWideningTests {
  @Test func theBoxTakesInTheGlyphsThatContinueItsLine() {
    // Glyphs 20 pt tall, 20 wide, 4 apart from x = 10; page OCR's box covered the middle ones
    // only (stress 9711:13 lost `红` and `报告`). A speck 40 pt past the last glyph stays out.
    var ink: [(x: Range<Int>, y: Range<Int>)] = (0..<8).map { index in
      (x: 10 + 24 * index..<30 + 24 * index, y: 20..<40)
    }
    ink.append((x: 240..<244, y: 28..<32))
    let image = InkClusterTests.cell(width: 300, height: 60, ink: ink)
    let widened = TitleRereader().widenedToInk(
      Box(minX: 34, minY: 20, maxX: 150, maxY: 40), in: image)
    #expect(widened == Box(minX: 10, minY: 20, maxX: 198, maxY: 40))
  }
}
