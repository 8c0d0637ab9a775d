/// Doubts a number whose digit looks like the document's other digits of another value.
///
/// The digits engine can misread one glyph of a font the same way every time and be sure of it:
/// on stress 9709:6 (WeasyPrint's monospace `1` with flag and foot, 300 dpi gray) two `1`s of
/// table 四 were read `4` at 0.86 and 0.81, the total and one of its parts, so the sum held and
/// both were silently wrong. Other `1`s of the same table were read right. The witness averages
/// each digit's shapes over the document's sure readings and doubts a number with a glyph nearer
/// another digit's average than its own; the cell then goes to review (it is not corrected:
/// a shape average is evidence of doubt, not a reading).
struct DigitShapeWitness: Sendable {
  /// Readings at least this confident make a digit's average shape.
  var sureConfidence = 0.9
  /// A digit's average needs at least this many sure glyphs before it is compared with.
  var minimumSamples = 3
  /// Grid cells per side of a glyph's shape (`DigitShape`).
  var side = 12
  /// Glyphs lower than this, in pixels, are not judged (a 6 pt digit at 100 dpi is ~6 px).
  var minimumHeight = 8

  /// Which of `cells` (each the digit shapes of one number, or empty) hold a glyph nearer to
  /// another digit's average shape than to its own; the indices into `cells`.
  func doubted(_ cells: [[DigitShape]]) -> Set<Int> {
    var sums: [Character: [Double]] = [:]
    var counts: [Character: Int] = [:]
    for shape in cells.joined() where shape.confidence >= sureConfidence {
      sums[shape.digit] = zip(sums[shape.digit] ?? shape.grid.map { _ in 0 }, shape.grid)
        .map(+)
      counts[shape.digit, default: 0] += 1
    }
    var doubted: Set<Int> = []
    for (index, shapes) in cells.enumerated() {
      for shape in shapes {
        // The glyph's own reading counts against its own average only as one of the others.
        let isSample = shape.confidence >= sureConfidence
        func average(of digit: Character) -> [Double]? {
          guard var sum = sums[digit], var count = counts[digit] else { return nil }
          if isSample, digit == shape.digit {
            sum = zip(sum, shape.grid).map(-)
            count -= 1
          }
          guard count >= minimumSamples else { return nil }
          return sum.map { $0 / Double(count) }
        }
        guard let own = average(of: shape.digit) else { continue }
        let ownDistance = Self.distance(shape.grid, own)
        let nearer = sums.keys.contains { digit in
          guard digit != shape.digit, let other = average(of: digit) else { return false }
          return Self.distance(shape.grid, other) < ownDistance
        }
        if nearer {
          doubted.insert(index)
          break
        }
      }
    }
    return doubted
  }

  /// The squared Euclidean distance between two shapes.
  static func distance(_ a: [Double], _ b: [Double]) -> Double {
    zip(a, b).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) }
  }
}
