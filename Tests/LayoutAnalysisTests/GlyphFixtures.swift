import DocumentModel

/// Hand-built glyph runs: one glyph per scalar, `size` points square advance, box height 1.2 × size.
enum GlyphFixtures {
  /// The glyphs of `text` starting at (x, y) with no gap between them; spaces are glyphs too.
  static func run(_ text: String, x: Double, y: Double, size: Double = 10, advance: Double? = nil)
    -> [Glyph]
  {
    let step = advance ?? size
    return text.unicodeScalars.enumerated().map { index, scalar in
      let left = x + Double(index) * step
      return Glyph(
        text: String(scalar),
        box: Box(minX: left, minY: y, maxX: left + step, maxY: y + 1.2 * size),
        fontSize: size)
    }
  }

  /// A zero-width line-break glyph at the end of a line.
  static func newline(x: Double, y: Double, size: Double = 10) -> Glyph {
    Glyph(text: "\n", box: Box(minX: x, minY: y, maxX: x, maxY: y + 1.2 * size), fontSize: size)
  }

  /// A vertical ruling at x from y0 to y1.
  static func vertical(_ x: Double, _ y0: Double, _ y1: Double) -> Ruling {
    Ruling(axis: .vertical, position: x, start: y0, end: y1)
  }

  /// A horizontal ruling at y from x0 to x1.
  static func horizontal(_ y: Double, _ x0: Double, _ x1: Double) -> Ruling {
    Ruling(axis: .horizontal, position: y, start: x0, end: x1)
  }
}
