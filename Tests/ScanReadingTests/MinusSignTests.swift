import DocumentModel
import Testing

@testable import ScanReading

/// `MinusSign` on drawn values: a bar before the digits at their middle height is a minus.
@Suite struct MinusSignTests {
  /// A value's ink at 72 dpi: a 10 × 20 px block per digit from x = 34, 4 px apart, after an
  /// optional bar, and the ink's box.
  static func value(bar: (x: Range<Int>, y: Range<Int>)?, digits: Int = 1) -> (PageImage, Box) {
    var blocks = (0..<digits).map { (x: (34 + 14 * $0)..<(44 + 14 * $0), y: 10..<30) }
    if let bar { blocks.insert(bar, at: 0) }
    let image = InkClusterTests.cell(width: 80, height: 40, ink: blocks)
    let minX = Double(blocks.map(\.x.lowerBound).min() ?? 0)
    return (image, Box(minX: minX, minY: 10, maxX: Double(30 + 14 * digits), maxY: 30))
  }

  @Test func aFlatBarAtTheDigitsMiddleIsAMinus() {
    // Stress 9774:67: `-3`, its bar 3 px thick and 8 px wide, read `3`.
    let (image, ink) = Self.value(bar: (x: 22..<30, y: 19..<22))
    #expect(MinusSign().isLeading(in: image, ink: ink))
    let (two, twoInk) = Self.value(bar: (x: 22..<30, y: 19..<22), digits: 2)
    #expect(MinusSign().isLeading(in: two, ink: twoInk))
  }

  @Test func otherInkBeforeTheDigitsIsNoMinus() {
    // No bar; a bar at the digits' foot (an underscore, a ruling's remnant); a thick mark;
    // a bar wider than a digit is tall; a bar far from the digits.
    let cases: [(x: Range<Int>, y: Range<Int>)?] = [
      nil, (x: 22..<30, y: 27..<30), (x: 22..<30, y: 15..<24), (x: 8..<31, y: 19..<22),
      (x: 4..<10, y: 19..<22),
    ]
    for bar in cases {
      let (image, ink) = Self.value(bar: bar)
      #expect(!MinusSign().isLeading(in: image, ink: ink), "\(String(describing: bar))")
    }
  }
}

@Test func aSignReadFarLeftOfTheDigitsIsNoMinus() {
  // Stress 9795:34: a speck 120 pt left of `8709.8` read with it as `-8709.8`.
  let ink = Box(minX: 340, minY: 230, maxX: 380, maxY: 240)
  #expect(!MinusSign().couldPrecede(ink, from: 220))
  // A minus a bar's width and a gap before the digits (`-8`, stress 8331:2).
  #expect(MinusSign().couldPrecede(ink, from: 330))
}
