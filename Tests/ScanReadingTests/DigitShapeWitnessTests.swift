import DocumentModel
import Testing

@testable import ScanReading

/// `DigitShape` and `DigitShapeWitness` on drawn glyphs: a digit the engine read that looks like
/// the document's other digits of another value is doubted.
@Suite struct DigitShapeWitnessTests {
  /// A `1`: a bar 3 px wide and 20 tall, with its left edge at `x`.
  static func one(at x: Int) -> [(x: Range<Int>, y: Range<Int>)] {
    [(x: x..<x + 3, y: 10..<30)]
  }

  /// A `4`: its stem, a crossbar two thirds down and a left arm up to the top.
  static func four(at x: Int) -> [(x: Range<Int>, y: Range<Int>)] {
    [(x: x + 8..<x + 11, y: 10..<30), (x: x..<x + 14, y: 22..<25), (x: x..<x + 3, y: 10..<24)]
  }

  /// The shapes of `text` drawn with `ink` in a 72 dpi image (one pixel per point).
  static func shapes(_ text: String, confidence: Double, ink: [(x: Range<Int>, y: Range<Int>)])
    throws -> [DigitShape]
  {
    let image = InkClusterTests.cell(width: 60, height: 40, ink: ink)
    let box = Box(minX: 0, minY: 0, maxX: 60, maxY: 40)
    return try #require(
      DigitShape.shapes(
        of: text, confidence: confidence, in: image, ink: box, side: 12, minimumHeight: 8))
  }

  @Test func eachDigitOfANumberHasItsShape() throws {
    let shapes = try Self.shapes("14", confidence: 0.9, ink: Self.one(at: 5) + Self.four(at: 20))
    #expect(shapes.map(\.digit) == ["1", "4"])
    #expect(DigitShapeWitness.distance(shapes[0].grid, shapes[1].grid) > 10)
  }

  @Test func touchingDigitsAreNotJudged() {
    let image = InkClusterTests.cell(width: 60, height: 40, ink: [(x: 5..<30, y: 10..<30)])
    let box = Box(minX: 0, minY: 0, maxX: 60, maxY: 40)
    #expect(
      DigitShape.shapes(of: "11", confidence: 0.9, in: image, ink: box, side: 12, minimumHeight: 8)
        == nil)
  }

  @Test func aOneReadAsFourIsDoubted() throws {
    // Stress 9709:6: the engine read two `1`s as `4` at 0.86 and 0.81, the sum held.
    var cells: [[DigitShape]] = []
    for x in [5, 9, 13] {
      cells.append(try Self.shapes("1", confidence: 0.95, ink: Self.one(at: x)))
      cells.append(try Self.shapes("4", confidence: 0.95, ink: Self.four(at: x)))
    }
    cells.append(try Self.shapes("4", confidence: 0.86, ink: Self.one(at: 20)))
    cells.append(try Self.shapes("1", confidence: 0.86, ink: Self.one(at: 25)))
    cells.append(try Self.shapes("4", confidence: 0.86, ink: Self.four(at: 25)))
    #expect(DigitShapeWitness().doubted(cells) == [6: .init(digits: "1")])
  }

  @Test func aDigitWithTooFewSureSamplesIsNotJudged() throws {
    let cells = [
      try Self.shapes("1", confidence: 0.95, ink: Self.one(at: 5)),
      try Self.shapes("4", confidence: 0.95, ink: Self.four(at: 5)),
      try Self.shapes("4", confidence: 0.86, ink: Self.one(at: 20)),
    ]
    #expect(DigitShapeWitness().doubted(cells).isEmpty)
  }
}

extension DigitShapeWitnessTests {
  @Test func aGlyphOnlySomewhatNearerAnotherDigitIsDoubtedNotChanged() {
    func shape(_ digit: Character, _ confidence: Double, _ grid: [Double]) -> [DigitShape] {
      [DigitShape(digit: digit, confidence: confidence, grid: grid)]
    }
    let sure =
      Array(repeating: shape("1", 0.95, [1, 0]), count: 3)
      + Array(repeating: shape("4", 0.95, [0, 1]), count: 3)
    // Squared distances: 0.405 to the `1`s, 0.605 to the `4`s (0.67 of it), then 0.13 and 0.85.
    let halfway = DigitShapeWitness().doubted(sure + [shape("4", 0.7, [0.55, 0.45])])
    #expect(halfway == [6: .init(digits: "4")])
    let nearOne = DigitShapeWitness().doubted(sure + [shape("4", 0.7, [0.75, 0.35])])
    #expect(nearOne == [6: .init(digits: "1")])
  }
}
