import DocumentModel
import Foundation

extension LayoutAnalyzer {
  /// Builds words from glyphs in text-layer order, without rulings.
  ///
  /// - Parameter glyphs: One glyph per Unicode scalar, whitespace and line breaks included.
  /// - Returns: The words in text-layer order.
  public func words(from glyphs: [Glyph]) -> [Word] {
    words(from: glyphs, rulings: [])
  }

  /// Builds words from glyphs in text-layer order, never letting a word cross a vertical ruling.
  ///
  /// A word ends at a whitespace, line-break or invisible format glyph; at a horizontal gap wider
  /// than `settings.wordGapRatio` × the taller glyph's height; where the next glyph is on another
  /// line or jumps back left; and where a vertical ruling passes between the two glyphs' centres.
  /// The text is kept as printed (full-width digits stay full-width), NFC-normalized. The box is the
  /// union of the glyph boxes; the font size the largest glyph font size.
  ///
  /// - Parameters:
  ///   - glyphs: One glyph per Unicode scalar, whitespace and line breaks included.
  ///   - rulings: The page's rulings; only vertical ones matter here.
  /// - Returns: The non-empty words in text-layer order.
  /// - Complexity: O(g + v log v + g·log v) for g glyphs and v vertical rulings.
  public func words(from glyphs: [Glyph], rulings: [Ruling]) -> [Word] {
    let verticals = rulings.filter { $0.axis == .vertical }.sorted { $0.position < $1.position }
    var words: [Word] = []
    var run: [Glyph] = []
    func flush() {
      if let word = Self.word(from: run) { words.append(word) }
      run.removeAll(keepingCapacity: true)
    }
    for glyph in glyphs {
      if Self.separates(glyph) {
        flush()
        continue
      }
      if let previous = run.last, breaksWord(between: previous, and: glyph, verticals: verticals) {
        flush()
      }
      run.append(glyph)
    }
    flush()
    return words
  }

  /// Whether a word boundary lies between two consecutive visible glyphs.
  private func breaksWord(between previous: Glyph, and next: Glyph, verticals: [Ruling]) -> Bool {
    let a = previous.box
    let b = next.box
    let smaller = min(a.height, b.height)
    if a.verticalOverlap(with: b) <= settings.sameLineOverlapRatio * smaller { return true }
    let taller = max(a.height, b.height)
    if b.minX - a.maxX > settings.wordGapRatio * taller { return true }
    if b.minX < a.maxX - settings.backtrackRatio * a.height { return true }
    if Self.stacked(a, b, overlapRatio: settings.stackedOverlapRatio) { return true }
    return Self.rulingSeparates(
      a, b, verticals: verticals, minimumLength: settings.splittingRulingHeightRatio * taller)
  }

  /// Whether the next glyph sits over the previous one rather than beside it: their horizontal
  /// overlap exceeds `overlapRatio` of the narrower glyph's width.
  ///
  /// Box heights cannot tell this: poppler sizes a box from the font's ascent and descent, and a
  /// Chromium-embedded Noto CJK subset gave 26 pt boxes for 10 pt digits, so the digits of two
  /// table rows 12 pt apart counted as one line and read as one word `01` (stress 9719:29).
  /// Widths are the advance of the glyph and stay true.
  static func stacked(_ a: Box, _ b: Box, overlapRatio: Double) -> Bool {
    let overlap = min(a.maxX, b.maxX) - max(a.minX, b.minX)
    return overlap > 0 && overlap > overlapRatio * min(a.width, b.width)
  }

  /// Whether a vertical ruling at least `minimumLength` long passes between the two boxes'
  /// centres at their height.
  static func rulingSeparates(_ a: Box, _ b: Box, verticals: [Ruling], minimumLength: Double)
    -> Bool
  {
    let low = min(a.midX, b.midX)
    let high = max(a.midX, b.midX)
    let y = (a.midY + b.midY) / 2
    var index = firstIndex(in: verticals, above: low)
    while index < verticals.count, verticals[index].position < high {
      let ruling = verticals[index]
      if ruling.start <= y && ruling.end >= y && ruling.length >= minimumLength { return true }
      index += 1
    }
    return false
  }

  /// The index of the first ruling whose position is greater than `value` (binary search).
  static func firstIndex(in sorted: [Ruling], above value: Double) -> Int {
    var low = 0
    var high = sorted.count
    while low < high {
      let middle = (low + high) / 2
      if sorted[middle].position <= value { low = middle + 1 } else { high = middle }
    }
    return low
  }

  /// Whether the glyph separates words instead of belonging to one: whitespace, line breaks and
  /// invisible control or format characters (zero-width space, soft hyphen, BOM).
  static func separates(_ glyph: Glyph) -> Bool {
    glyph.text.isEmpty
      || glyph.text.unicodeScalars.allSatisfy { scalar in
        // Printable ASCII and Chinese characters, most of every page, skip the property lookups.
        if (0x21...0x7E).contains(scalar.value) || scalar.isHan {
          return false
        }
        switch scalar.properties.generalCategory {
        case .control, .format, .spaceSeparator, .lineSeparator, .paragraphSeparator: return true
        default: return scalar.properties.isWhitespace
        }
      }
  }

  /// The word made of a run of visible glyphs, or nil when the run is empty.
  static func word(from run: [Glyph]) -> Word? {
    guard let box = Box.union(of: run.map(\.box)) else { return nil }
    let text = CanonicalComposition.composed(run.map(\.text).joined())
    guard !text.isEmpty else { return nil }
    let fontSize = run.compactMap(\.fontSize).max()
    return Word(text: text, box: box, origin: .text, confidence: 1, fontSize: fontSize)
  }
}
