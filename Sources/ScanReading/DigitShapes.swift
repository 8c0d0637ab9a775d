import DocumentModel

/// The shape of one digit the digits engine read in a table cell, scaled to a small grid.
///
/// Every number of a report's tables is printed in the same font and scanned the same way, so
/// the glyphs of one digit look alike across the document. That makes the document's own sure
/// readings a second witness for each unsure one (`DigitShapeWitness`).
struct DigitShape: Sendable, Equatable {
  /// The digit the engine read.
  var digit: Character
  /// The engine's confidence in the whole number, `0...1`.
  var confidence: Double
  /// The glyph's ink, as the inked share of each cell of a `side` × `side` grid: the glyph
  /// scaled to the grid's height and centred across it, so a narrow `1` stays narrow.
  var grid: [Double]

  /// The shapes of a number's digits, one per digit.
  ///
  /// - Parameters:
  ///   - text: The engine's reading.
  ///   - confidence: The engine's confidence in it.
  ///   - image: The cleaned page (0 ink, 255 paper).
  ///   - ink: The number's ink box, in points (`InkCluster`).
  ///   - side: The grid's cells per side.
  ///   - minimumHeight: Glyphs lower than this, in pixels, are not judged.
  /// - Returns: nil unless `text` is all digits and its ink falls into exactly one run of inked
  ///   pixel columns per digit (touching digits are not judged).
  static func shapes(
    of text: String, confidence: Double, in image: PageImage, ink: Box, side: Int,
    minimumHeight: Int
  ) -> [DigitShape]? {
    let digits = Array(text)
    let region = PixelRect(covering: ink, in: image)
    guard !digits.isEmpty, digits.allSatisfy(\.isASCIIDigit), !region.isEmpty else { return nil }
    let columns = image.inkedColumnRuns(in: region)
    guard columns.count == digits.count else { return nil }
    var shapes: [DigitShape] = []
    for (digit, run) in zip(digits, columns) {
      let rows = (region.y..<region.maxY).filter { y in
        run.contains { image.gray(x: $0, y: y) < 128 }
      }
      guard let top = rows.first, let bottom = rows.last, bottom - top + 1 >= minimumHeight
      else { return nil }
      let glyph = PixelRect(x: run.lowerBound, y: top, width: run.count, height: bottom - top + 1)
      shapes.append(
        DigitShape(
          digit: digit, confidence: confidence, grid: grid(of: glyph, in: image, side: side)))
    }
    return shapes
  }

  /// The inked share of each grid cell over the glyph scaled to the grid's height.
  private static func grid(of glyph: PixelRect, in image: PageImage, side: Int) -> [Double] {
    let scale = Double(side) / Double(glyph.height)
    // Grid columns the glyph covers, centred: a glyph wider than tall is squeezed to fit.
    let columns = min(Double(side), Double(glyph.width) * scale)
    let left = (Double(side) - columns) / 2
    var cells = [Double](repeating: 0, count: side * side)
    var counts = [Double](repeating: 0, count: side * side)
    for y in glyph.y..<glyph.maxY {
      let row = min(side - 1, Int(Double(y - glyph.y) * scale))
      for x in glyph.x..<glyph.maxX {
        let across = left + (Double(x - glyph.x) + 0.5) / Double(glyph.width) * columns
        let column = min(side - 1, max(0, Int(across)))
        counts[row * side + column] += 1
        if image.gray(x: x, y: y) < 128 { cells[row * side + column] += 1 }
      }
    }
    return zip(cells, counts).map { $1 > 0 ? $0 / $1 : 0 }
  }
}

extension Character {
  var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
