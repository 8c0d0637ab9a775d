import DocumentModel

/// Turns a page's glyphs (or OCR words) and rulings into words and lines in reading order.
///
/// The text layer's own order is useless inside tables (poppler runs adjacent cells together,
/// see `examples/baotun-2024-as-extracted.txt`), so every decision here is geometric: words from
/// gaps, whitespace and rulings; lines from vertical overlap.
public struct LayoutAnalyzer: Sendable {
  public var settings: LayoutSettings

  public init(settings: LayoutSettings = LayoutSettings()) {
    self.settings = settings
  }

  /// Lays out a page read from the text layer.
  ///
  /// The rulings are cleaned with `RulingMerger` first (unless `settings.mergesRulings` is off);
  /// words never cross a vertical ruling.
  ///
  /// - Parameters:
  ///   - page: The page's glyphs in text-layer order.
  ///   - rulings: The ruling lines found on the page, in points.
  /// - Returns: The page's words in reading order, its lines and its cleaned rulings.
  /// - Complexity: O(g log g + g·k) for g glyphs and k vertical rulings crossing a glyph pair's
  ///   gap (usually 0 or 1).
  public func layout(of page: PageText, rulings: [Ruling]) -> PageLayout {
    let cleaned = cleaned(rulings)
    let words = words(from: page.glyphs, rulings: cleaned)
    return assemble(
      pageNumber: page.number, width: page.width, height: page.height, words: words,
      rulings: cleaned)
  }

  /// Lays out a page whose words are already known (recognized by OCR).
  ///
  /// Words a vertical ruling crosses are split there (see `split(_:atRulings:)`).
  ///
  /// - Parameters:
  ///   - pageNumber: The page number, counted from 1.
  ///   - width: The page width in points.
  ///   - height: The page height in points.
  ///   - words: The words in any order.
  ///   - rulings: The ruling lines found on the page, in points.
  /// - Returns: The words in reading order, grouped into lines, with the cleaned rulings.
  public func layout(
    pageNumber: Int, width: Double, height: Double, words: [Word], rulings: [Ruling]
  ) -> PageLayout {
    let cleaned = cleaned(rulings)
    let kept = split(words.filter { !$0.text.isEmpty }, atRulings: cleaned)
    return assemble(
      pageNumber: pageNumber, width: width, height: height, words: kept, rulings: cleaned)
  }

  /// Groups words into lines and orders everything top to bottom, then left to right.
  private func assemble(
    pageNumber: Int, width: Double, height: Double, words: [Word], rulings: [Ruling]
  ) -> PageLayout {
    let lines = lines(from: words)
    return PageLayout(
      pageNumber: pageNumber, width: width, height: height, words: lines.flatMap(\.words),
      lines: lines, rulings: rulings)
  }

  private func cleaned(_ rulings: [Ruling]) -> [Ruling] {
    settings.mergesRulings ? RulingMerger(settings: settings).merged(rulings) : rulings
  }
}
