import DocumentModel

/// Reads the text of a page outside its tables: headings, prose, footnotes.
public struct ProseExtractor: Sendable {
  public init() {}

  /// The page's lines with every word inside a table removed; lines left empty are dropped.
  ///
  /// A word is inside a table when its centre lies in the bounds of the table's cells printed on
  /// this page (a stitched table's cells on other pages do not count).
  ///
  /// - Parameters:
  ///   - tables: Tables of this page, or stitched tables that include it.
  ///   - layout: The page.
  /// - Returns: Lines top to bottom, words left to right.
  /// - Complexity: O(w·t) for w words and t tables.
  public func lines(outside tables: [TableGrid], in layout: PageLayout) -> [TextLine] {
    let bounds = tables.compactMap { $0.bounds(onPage: layout.pageNumber) }
    guard !bounds.isEmpty else { return layout.lines }
    return layout.lines.compactMap { line in
      let kept = line.words.filter { word in
        !bounds.contains { $0.contains(x: word.box.midX, y: word.box.midY) }
      }
      return kept.isEmpty ? nil : TextLine(words: kept)
    }
  }
}
