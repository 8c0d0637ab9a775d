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
  public var words: [Word] {
    didSet { text = Self.text(of: words) }
  }
  /// The cell's text in reading order: lines top to bottom, words left to right, CJK unspaced.
  ///
  /// Vertical text (one character per line) comes out as the characters top to bottom, which is
  /// how it reads. Stored, not computed, and kept in step with `words`: the mapping stage reads
  /// each cell's text dozens of times (docs/performance.md).
  public private(set) var text: String
  /// Where the cell sits in a markup document (HTML, DOCX); nil for a cell found on a page.
  ///
  /// The page and box of such a cell are laid out by `MarkupLayout`, not printed anywhere, so
  /// the output names this position instead.
  public var position: MarkupPosition?

  private enum CodingKeys: String, CodingKey {
    case row, column, rowSpan, columnSpan, page, box, words, position
  }

  public init(
    row: Int, column: Int, rowSpan: Int = 1, columnSpan: Int = 1, page: Int, box: Box,
    words: [Word], position: MarkupPosition? = nil
  ) {
    self.row = row
    self.column = column
    self.rowSpan = rowSpan
    self.columnSpan = columnSpan
    self.page = page
    self.box = box
    self.words = words
    self.text = Self.text(of: words)
    self.position = position
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      row: try container.decode(Int.self, forKey: .row),
      column: try container.decode(Int.self, forKey: .column),
      rowSpan: try container.decode(Int.self, forKey: .rowSpan),
      columnSpan: try container.decode(Int.self, forKey: .columnSpan),
      page: try container.decode(Int.self, forKey: .page),
      box: try container.decode(Box.self, forKey: .box),
      words: try container.decode([Word].self, forKey: .words),
      position: try container.decodeIfPresent(MarkupPosition.self, forKey: .position))
  }

  /// The text of `words` in reading order (see `text`).
  static func text(of words: [Word]) -> String {
    TextJoiner.join(CellLines.lines(of: words).map { TextJoiner.join($0.map(\.text)) })
  }

  /// The cell's lines made of bare values alone (`Word.isBareValue`), top to bottom.
  ///
  /// Two of them are two values stacked in one cell: a row border the table lost (a scan whose
  /// dashed borders broke up, stress 9758:22: `211` over `1` read as 2111).
  public var bareValueLines: [[Word]] {
    CellLines.lines(of: words).filter { !$0.isEmpty && $0.allSatisfy(\.isBareValue) }
  }

  /// The lowest confidence of the cell's words, 1 for an empty cell.
  public var confidence: Double { words.map(\.confidence).min() ?? 1 }
}

/// Groups a cell's words into lines by the vertical overlap of their line boxes (`Word.lineBox`).
public enum CellLines {
  /// The words grouped into lines, top to bottom, each left to right.
  public static func lines(of words: [Word]) -> [[Word]] {
    // Most cells hold one word (a value) or none: nothing to group or sort. Table building
    // asks for every cell's lines (docs/performance.md, "One-word cells").
    if words.count <= 1 { return words.isEmpty ? [] : [words] }
    var lines: [[Word]] = []
    for word in words.sorted(by: { $0.lineBox.minY < $1.lineBox.minY }) {
      let band = word.lineBox
      if let index = lines.lastIndex(where: { line in
        line.contains {
          $0.lineBox.verticalOverlap(with: band) > 0.5 * min($0.lineBox.height, band.height)
        }
      }) {
        lines[index].append(word)
      } else {
        lines.append([word])
      }
    }
    return lines.map { $0.sorted { $0.box.minX < $1.box.minX } }
  }
}
