/// Doubts a number whose digit looks like the document's other digits of another value.
///
/// The digits engine can misread one glyph of a font the same way every time and be sure of it:
/// on stress 9709:6 (WeasyPrint's monospace `1` with flag and foot, 300 dpi gray) two `1`s of
/// table 四 were read `4` at 0.86 and 0.81, the total and one of its parts, so the sum held and
/// both were silently wrong. Other `1`s of the same table were read right. The witness averages
/// each digit's shapes over the document's sure readings and doubts a number with a glyph nearer
/// another digit's average than its own; the cell then goes to review. A glyph much nearer
/// another digit's average (`correctionRatio`) is read as that digit, still for review.
struct DigitShapeWitness: Sendable {
  /// Readings at least this confident make a digit's average shape.
  var sureConfidence = 0.9
  /// A digit's average needs at least this many sure glyphs before it is compared with.
  var minimumSamples = 3
  /// Grid cells per side of a glyph's shape (`DigitShape`).
  var side = 12
  /// Glyphs lower than this, in pixels, are not judged (a 6 pt digit at 100 dpi is ~6 px).
  var minimumHeight = 8
  /// A doubted glyph whose distance to another digit's average is at most this share of its
  /// distance to its own digit's average is read as the other digit.
  ///
  /// Squared distances on 12 × 12 grids: the `1`s read `4` on stress 9709:6 and 9709:9 (WeasyPrint
  /// and Chromium, 300 dpi gray) were 0.06–0.42 of their distance to the `4`s; the only glyphs
  /// doubted on the 21 scanned samples, each read right, 0.70–0.77.
  var correctionRatio = 0.5

  /// What the witness says of one number.
  struct Verdict: Equatable {
    /// The number's digits as the shapes read them: the reading with each glyph that is much
    /// nearer another digit's average replaced by that digit (unchanged when none is).
    var digits: String
  }

  /// The doubted numbers among `cells` (each the digit shapes of one number, or empty): those
  /// with a glyph nearer another digit's average shape than its own, by index into `cells`.
  func doubted(_ cells: [[DigitShape]]) -> [Int: Verdict] {
    var sums: [Character: [Double]] = [:]
    var counts: [Character: Int] = [:]
    for shape in cells.joined() where shape.confidence >= sureConfidence {
      sums[shape.digit] = zip(sums[shape.digit] ?? shape.grid.map { _ in 0 }, shape.grid)
        .map(+)
      counts[shape.digit, default: 0] += 1
    }
    var doubted: [Int: Verdict] = [:]
    for (index, shapes) in cells.enumerated() {
      var digits = shapes.map(\.digit)
      var isDoubted = false
      for (position, shape) in shapes.enumerated() {
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
        let nearest = sums.keys.sorted().compactMap { digit -> (Character, Double)? in
          guard digit != shape.digit, let other = average(of: digit) else { return nil }
          return (digit, Self.distance(shape.grid, other))
        }
        .min { $0.1 < $1.1 }
        guard let (other, distance) = nearest, distance < ownDistance else { continue }
        isDoubted = true
        if distance <= correctionRatio * ownDistance { digits[position] = other }
      }
      if isDoubted { doubted[index] = Verdict(digits: String(digits)) }
    }
    return doubted
  }

  /// The squared Euclidean distance between two shapes.
  static func distance(_ a: [Double], _ b: [Double]) -> Double {
    zip(a, b).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) }
  }
}
