import DocumentModel

/// Tells a printed `3` from a `5` by its shape, where the digits engine confuses them.
///
/// On black-and-white scans the thin left stroke of a `5` drops out and `eng` reads the rest as
/// `3` at 0.6–0.9 confidence (`57`→`37`, `555`→`353`: 6 cells of `Samples/s11`, 300 dpi
/// bilevel). The two differ where the stroke is not thin: the upper bowl of a `3` closes on the
/// right, so every pixel row between 20 % and 40 % of its height has ink in the right 40 % of
/// its width; a `5` has that part empty (its bowl starts lower). Measured on the cleaned pages
/// of the scanned samples, glyph by glyph against the expected values: every `3` (93 glyphs)
/// had ink in all of those rows, every `5` (68 glyphs) in at most half of them.
public struct ThreeFiveCheck: Sendable {
  /// A `3` or `5` glyph with ink on the right in at least this share of the probed rows is a
  /// `3`; below it, a `5`.
  public var threeShare = 0.75
  /// Glyphs lower than this, in pixels, are not judged.
  public var minimumHeight = 10
  /// The probed rows, as shares of the glyph's height from its top.
  public var rows = 0.2..<0.4
  /// The probed columns start at this share of the glyph's width from its left.
  public var rightPart = 0.6

  public init() {}

  /// The reading with each `3` and `5` set by its shape; unchanged unless the ink in `ink`
  /// (points, the number's ink box) falls into exactly one column run per character.
  ///
  /// - Returns: the corrected text and whether any character changed.
  public func corrected(_ text: String, in image: PageImage, ink: Box) -> (
    text: String, changed: Bool
  ) {
    let region = PixelRect(covering: ink, in: image)
    let characters = Array(text)
    guard characters.contains(where: { $0 == "3" || $0 == "5" }), !region.isEmpty else {
      return (text, false)
    }
    let runs = image.inkedColumnRuns(in: region)
    guard runs.count == characters.count else { return (text, false) }
    var result = characters
    for (index, character) in characters.enumerated() where character == "3" || character == "5" {
      guard let share = rightInkShare(in: image, region: region, columns: runs[index]) else {
        continue
      }
      result[index] = share >= threeShare ? "3" : "5"
    }
    return (String(result), result != characters)
  }

  /// The share of the probed rows of the glyph in `columns` with ink in its right part; nil
  /// for a glyph too small to judge.
  private func rightInkShare(in image: PageImage, region: PixelRect, columns: Range<Int>) -> Double?
  {
    let inkRows = (region.y..<region.maxY).filter { y in
      columns.contains { image.gray(x: $0, y: y) < 128 }
    }
    guard let top = inkRows.first, let bottom = inkRows.last, bottom - top + 1 >= minimumHeight
    else { return nil }
    let height = Double(bottom - top + 1)
    let first = top + Int((rows.lowerBound * height).rounded())
    let last = top + Int((rows.upperBound * height).rounded())
    let left = columns.lowerBound + Int((rightPart * Double(columns.count)).rounded())
    guard last > first, left < columns.upperBound else { return nil }
    let inked = (first..<last).filter { y in
      (left..<columns.upperBound).contains { image.gray(x: $0, y: y) < 128 }
    }
    return Double(inked.count) / Double(last - first)
  }
}
