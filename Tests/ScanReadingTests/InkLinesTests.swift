import DocumentModel
import Testing

@testable import ScanReading

/// A white 300 dpi region 400 px wide with dark rows at `inked` (pixel rows, half-open ranges).
private func rows(_ inked: [Range<Int>], height: Int = 160) -> PageImage {
  var pixels = [UInt8](repeating: 255, count: 400 * height)
  for range in inked {
    for y in range {
      for x in 40..<360 { pixels[y * 400 + x] = 0 }
    }
  }
  return PageImage(width: 400, height: height, channels: 1, dpi: 300, pixels: pixels)
}

private let region = Box(minX: 0, minY: 0, maxX: 96, maxY: 38.4)

@Test func twoLinesSetTightAreTwoLines() {
  // Stress 9761:8: a label's two lines 43 and 44 px tall (10.3 and 10.5 pt) stood 7 px (1.7 pt)
  // apart, within the 2 pt that joins the parts of one glyph row; read as one line, junk.
  let lines = InkLines().lines(in: rows([20..<63, 70..<114]), box: region)
  #expect(lines.count == 2)
}

@Test func thinStrokesCloseTogetherAreOneLine() {
  // 三 in 12 pt type at 300 dpi: three 4 px strokes 6 px apart, one glyph row.
  let lines = InkLines().lines(in: rows([20..<24, 30..<34, 40..<44]), box: region)
  #expect(lines.count == 1)
}

@Test func inkWidthSpansTheFirstToTheLastDarkColumn() {
  // Dark columns 40..<360 of a 300 dpi region: 320 px, 76.8 pt; a blank region has none.
  let image = rows([20..<63])
  let width = LabelRereader.inkWidth(in: image, box: region)
  #expect(width.map { abs($0 - 76.8) < 0.01 } == true)
  #expect(LabelRereader.inkWidth(in: image, box: Box(minX: 0, minY: 30, maxX: 9, maxY: 38)) == nil)
}
