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
  /// Words never cross a vertical ruling. The rulings come cleaned, once, by their source
  /// (`RulingCleaner`).
  ///
  /// - Parameters:
  ///   - page: The page's glyphs in text-layer order.
  ///   - rulings: The page's rulings, in points, as their sources cleaned them.
  /// - Returns: The page's words in reading order, its lines and its rulings.
  /// - Complexity: O(g log g + g·k) for g glyphs and k vertical rulings crossing a glyph pair's
  ///   gap (usually 0 or 1).
  public func layout(of page: PageText, rulings: [Ruling]) -> PageLayout {
    let words = words(from: page.glyphs, rulings: rulings)
    return assemble(
      pageNumber: page.number, width: page.width, height: page.height, words: words,
      rulings: rulings)
  }

  /// Lays out a page whose words are already known (recognized by OCR).
  ///
  /// Words a vertical ruling crosses are split there (see `split(_:atRulings:)`). The rulings
  /// come cleaned, once (a scan's from two binarizations of the page cleaned together,
  /// `RulingDetector.rulings(in:)`).
  ///
  /// - Parameters:
  ///   - pageNumber: The page number, counted from 1.
  ///   - width: The page width in points.
  ///   - height: The page height in points.
  ///   - words: The words in any order.
  ///   - rulings: The page's rulings, in points, as their sources cleaned them.
  /// - Returns: The words in reading order, grouped into lines, with the rulings.
  public func layout(
    pageNumber: Int, width: Double, height: Double, words: [Word], rulings: [Ruling]
  ) -> PageLayout {
    let kept = split(words.filter { !$0.text.isEmpty }, atRulings: rulings)
    return assemble(
      pageNumber: pageNumber, width: width, height: height, words: kept, rulings: rulings)
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
}
