import DocumentModel
import Testing

@testable import ScanReading

/// `InkCluster` on drawn cells: which ink is the printed value.
@Suite struct InkClusterTests {
  /// A white cell image at 72 dpi (one pixel per point) with black rectangles.
  static func cell(width: Int, height: Int, ink: [(x: Range<Int>, y: Range<Int>)]) -> PageImage {
    var pixels = [UInt8](repeating: 255, count: width * height)
    for block in ink {
      for y in block.y { for x in block.x { pixels[y * width + x] = 0 } }
    }
    return PageImage(width: width, height: height, channels: 1, dpi: 72, pixels: pixels)
  }

  @Test func inkReachingTheCellEdgeIsNotTheValue() throws {
    // A seal's ring runs through the top of the cell, thicker than a ruling and larger than the
    // `0` printed in the middle (stress 9704:4): the value is the `0`.
    let image = Self.cell(
      width: 100, height: 60, ink: [(x: 0..<100, y: 0..<7), (x: 44..<52, y: 25..<40)])
    let box = try #require(
      InkCluster().box(in: image, cell: Box(minX: 0, minY: 0, maxX: 100, maxY: 60)))
    #expect(box == Box(minX: 44, minY: 25, maxX: 52, maxY: 40))
  }

  @Test func inkReachingTheEdgeIsKeptWhenNothingElseIsThere() throws {
    let image = Self.cell(width: 100, height: 60, ink: [(x: 0..<100, y: 0..<7)])
    let box = try #require(
      InkCluster().box(in: image, cell: Box(minX: 0, minY: 0, maxX: 100, maxY: 60)))
    #expect(box.minY == 1)
  }
}

extension InkClusterTests {
  @Test func aDigitAtTheEdgeOnTheValuesLineJoinsIt() throws {
    // A number as wide as its cell: its first digit reaches the cell's left edge (`3300000`).
    let image = Self.cell(
      width: 100, height: 60,
      ink: [(x: 0..<8, y: 25..<40), (x: 12..<20, y: 25..<40), (x: 24..<32, y: 25..<40)])
    let box = try #require(
      InkCluster().box(in: image, cell: Box(minX: 0, minY: 0, maxX: 100, maxY: 60)))
    #expect(box == Box(minX: 1, minY: 25, maxX: 32, maxY: 40))
  }
}

extension InkClusterTests {
  @Test func aValueFlushAgainstTheBorderIsNotLostToASpeck() throws {
    // Right-aligned values set without padding touch the cell's edge; a speck clear of the edge
    // is no value (stress 9705:21).
    let image = Self.cell(
      width: 100, height: 60, ink: [(x: 90..<100, y: 25..<40), (x: 40..<42, y: 30..<32)])
    let box = try #require(
      InkCluster().box(in: image, cell: Box(minX: 0, minY: 0, maxX: 100, maxY: 60)))
    #expect(box == Box(minX: 90, minY: 25, maxX: 99, maxY: 40))
  }
}

extension InkClusterTests {
  @Test func aOneFlushAgainstTheBorderIsFoundAndMarked() throws {
    // A `1` right-aligned against its border is as thin as a ruling fragment; it was dropped as
    // one and the cell read blank, silently (stress 9709:10).
    let cell = Box(minX: 0, minY: 0, maxX: 100, maxY: 60)
    let one = Self.cell(width: 100, height: 60, ink: [(x: 98..<100, y: 22..<32)])
    let value = try #require(InkCluster().value(in: one, cell: cell))
    #expect(value.againstBorder)
    #expect(value.box == Box(minX: 98, minY: 22, maxX: 99, maxY: 32))
  }

  @Test func aRulingSliverAlongTheWholeEdgeIsNoValue() {
    // The cell's own border left inside it by a residual skew runs from corner to corner.
    let sliver = Self.cell(width: 100, height: 60, ink: [(x: 98..<100, y: 0..<60)])
    #expect(InkCluster().value(in: sliver, cell: Box(minX: 0, minY: 0, maxX: 100, maxY: 60)) == nil)
  }

  @Test func aStrokeAtTheBorderBesideAValueIsNotTheValue() throws {
    let image = Self.cell(
      width: 100, height: 60, ink: [(x: 98..<100, y: 22..<38), (x: 44..<52, y: 25..<40)])
    let value = try #require(
      InkCluster().value(in: image, cell: Box(minX: 0, minY: 0, maxX: 100, maxY: 60)))
    #expect(!value.againstBorder)
    #expect(value.box == Box(minX: 44, minY: 25, maxX: 52, maxY: 40))
  }
}

extension InkClusterTests {
  @Test func aLongSliverOfABowedBorderIsNoValue() {
    // A border bowed by the scan leaves a sliver that reaches neither corner (stress 9709:7).
    let sliver = Self.cell(width: 40, height: 110, ink: [(x: 0..<2, y: 4..<104)])
    #expect(InkCluster().value(in: sliver, cell: Box(minX: 0, minY: 0, maxX: 40, maxY: 110)) == nil)
  }
}

extension InkClusterTests {
  @Test func aZeroFlushAgainstTheBorderIsFollowedOutToIt() throws {
    // A `0` set without padding against the right border (stress 9754:90): its right side lies
    // in the inset margin, and cut there it read as a `C`. Its ink is followed out to the
    // border (x = 99), which is inked along the value's whole height.
    let zero: [(x: Range<Int>, y: Range<Int>)] = [
      (x: 91..<97, y: 25..<27), (x: 91..<97, y: 38..<40), (x: 90..<92, y: 27..<38),
      (x: 96..<99, y: 28..<37),
    ]
    let cell = Box(minX: 0, minY: 0, maxX: 100, maxY: 60)
    let image = Self.cell(width: 100, height: 60, ink: zero + [(x: 99..<100, y: 0..<60)])
    let box = try #require(InkCluster(inset: 3).box(in: image, cell: cell))
    #expect(box == Box(minX: 90, minY: 25, maxX: 99, maxY: 40))
    // With paper between the value and the border, the value ends where its ink does.
    let apart = Self.cell(
      width: 100, height: 60,
      ink: zero.map { (x: ($0.x.lowerBound - 4)..<($0.x.upperBound - 4), y: $0.y) }
        + [(x: 99..<100, y: 0..<60)])
    let inside = try #require(InkCluster(inset: 3).box(in: apart, cell: cell))
    #expect(inside == Box(minX: 86, minY: 25, maxX: 95, maxY: 40))
  }
}

extension InkClusterTests {
  @Test func theSideOfABrokenZeroAgainstTheBorderJoinsTheValue() throws {
    // Stress 9772:102 (bilevel, a low threshold): a `0` broken at top and bottom, flush against
    // its border. Its right side is as thin as a ruling fragment along the edge; dropped as one,
    // the `(` left read as nothing. A stroke along the edge off the value's line stays out.
    let cell = Box(minX: 0, minY: 0, maxX: 100, maxY: 60)
    let left: (x: Range<Int>, y: Range<Int>) = (x: 90..<92, y: 25..<40)
    let border: (x: Range<Int>, y: Range<Int>) = (x: 99..<100, y: 0..<60)
    let zero = Self.cell(width: 100, height: 60, ink: [left, (x: 98..<99, y: 26..<39), border])
    let box = try #require(InkCluster().box(in: zero, cell: cell))
    #expect(box == Box(minX: 90, minY: 25, maxX: 99, maxY: 40))
    let below = Self.cell(width: 100, height: 60, ink: [left, (x: 98..<99, y: 42..<56), border])
    let alone = try #require(InkCluster().box(in: below, cell: cell))
    #expect(alone == Box(minX: 90, minY: 25, maxX: 92, maxY: 40))
  }
}

/// The ink's glyph count, the second witness of how many digits a number has
/// (`OCRSession.number(in:ink:)`).
@Test func glyphsAreTheRunsOfInkAsTallAsTheNumber() {
  // `11.3`: two bars, a point at the foot, a wider glyph.
  let image = InkClusterTests.cell(
    width: 60, height: 30,
    ink: [
      (x: 5..<8, y: 5..<25), (x: 14..<17, y: 5..<25), (x: 21..<24, y: 21..<25),
      (x: 30..<40, y: 5..<25),
    ])
  let ink = Box(minX: 5, minY: 5, maxX: 40, maxY: 25)
  #expect(OCRSession.glyphCount(in: image, ink: ink) == 3)
  #expect(OCRSession.digitCount("11.3") == 3)
  // Touching digits or a CJK glyph: one run wider than a digit, so the ink does not count.
  let touching = InkClusterTests.cell(width: 60, height: 30, ink: [(x: 5..<40, y: 5..<25)])
  #expect(OCRSession.glyphCount(in: touching, ink: ink) == nil)
  #expect(OCRSession.keepsDigits(of: "3", in: "113"))
  #expect(!OCRSession.keepsDigits(of: "256", in: "2365"))
}

extension InkClusterTests {
  @Test func theBorderBesideAValueIsWhereTheRowsAboveAndBelowAreInked() throws {
    // Stress 9773:46: a border 3 px wide, tilted by a residual skew so that it moves a column
    // at y = 35, beside a `0` whose right side is fused with it. The column the border leaves
    // is inked on only part of the value's rows, and was taken for the digit's; the rows above
    // and below the value, where no digit is, show it is the border's.
    let zero: [(x: Range<Int>, y: Range<Int>)] = [
      (x: 86..<96, y: 25..<27), (x: 86..<96, y: 38..<40), (x: 86..<88, y: 27..<38),
      (x: 94..<97, y: 27..<38),
    ]
    let border: [(x: Range<Int>, y: Range<Int>)] = [
      (x: 97..<100, y: 0..<35), (x: 98..<101, y: 35..<60),
    ]
    let image = Self.cell(width: 101, height: 60, ink: zero + border)
    let box = try #require(
      InkCluster(inset: 3).box(in: image, cell: Box(minX: 0, minY: 0, maxX: 100, maxY: 60)))
    #expect(box == Box(minX: 86, minY: 25, maxX: 97, maxY: 40))
  }
}
