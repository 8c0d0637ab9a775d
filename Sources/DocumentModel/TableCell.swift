/// One cell of a table grid, with its span and the words inside it.
public struct TableCell: Hashable, Sendable, Codable {
  public var row: Int
  public var column: Int
  public var rowSpan: Int
  public var columnSpan: Int
  /// The page the cell is printed on (a span broken by a page break is two cells, one per page).
  public var page: Int
  /// The cell's bounds in points.
  public var box: Box
  /// The words whose centres fall inside the cell, in reading order.
  public var words: [Word]

  public init(
    row: Int, column: Int, rowSpan: Int = 1, columnSpan: Int = 1, page: Int, box: Box,
    words: [Word]
  ) {
    self.row = row
    self.column = column
    self.rowSpan = rowSpan
    self.columnSpan = columnSpan
    self.page = page
    self.box = box
    self.words = words
  }

  /// The cell's text in reading order: lines top to bottom, words left to right, CJK unspaced.
  ///
  /// Vertical text (one character per line) comes out as the characters top to bottom, which is
  /// how it reads.
  public var text: String { TextJoiner.join(CellLines.lines(of: words).map { TextJoiner.join($0.map(\.text)) }) }

  /// The lowest confidence of the cell's words, 1 for an empty cell.
  public var confidence: Double { words.map(\.confidence).min() ?? 1 }
}

/// Groups a cell's words into lines by vertical overlap.
public enum CellLines {
  /// The words grouped into lines, top to bottom, each left to right.
  public static func lines(of words: [Word]) -> [[Word]] {
    var lines: [[Word]] = []
    for word in words.sorted(by: { $0.box.minY < $1.box.minY }) {
      if let index = lines.lastIndex(where: { line in
        line.contains { $0.box.verticalOverlap(with: word.box) > 0.5 * min($0.box.height, word.box.height) }
      }) {
        lines[index].append(word)
      } else {
        lines.append([word])
      }
    }
    return lines.map { $0.sorted { $0.box.minX < $1.box.minX } }
  }
}
