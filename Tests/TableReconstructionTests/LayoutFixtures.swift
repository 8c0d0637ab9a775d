import DocumentModel
import Testing

extension PageLayout {
  /// A page with a full ruled grid: a horizontal ruling at each row edge and a vertical one at each
  /// column edge, each spanning the whole grid.
  static func grid(
    rowsAt rows: [Double], columnsAt columns: [Double], words: [Word], page: Int = 1
  ) -> PageLayout {
    let rulings =
      rows.map {
        Ruling(axis: .horizontal, position: $0, start: columns[0], end: columns[columns.count - 1])
      }
      + columns.map {
        Ruling(axis: .vertical, position: $0, start: rows[0], end: rows[rows.count - 1])
      }
    return PageLayout.page(words: words, rulings: rulings, number: page)
  }

  /// A page with the given words (lines grouped simply by equal top edge) and rulings.
  static func page(words: [Word], rulings: [Ruling], number: Int = 1) -> PageLayout {
    var lines: [[Word]] = []
    for word in words.sorted(by: { ($0.box.minY, $0.box.minX) < ($1.box.minY, $1.box.minX) }) {
      if let last = lines.last?.last, abs(last.box.minY - word.box.minY) < 3 {
        lines[lines.count - 1].append(word)
      } else {
        lines.append([word])
      }
    }
    return PageLayout(
      pageNumber: number, width: 595, height: 842, words: lines.flatMap { $0 },
      lines: lines.map(TextLine.init(words:)), rulings: rulings)
  }
}

/// A word of `text` with its top-left corner at (x, y), 10 pt per character, 12 pt high.
func word(_ text: String, _ x: Double, _ y: Double) -> Word {
  Word(text: text, box: Box(minX: x, minY: y, maxX: x + 10 * Double(text.count), maxY: y + 12))
}

/// A word as OCR reads it, placed as `word(_:_:_:)` places one, at confidence 0.9.
func ocrWord(_ text: String, _ x: Double, _ y: Double) -> Word {
  Word(
    text: text, box: Box(minX: x, minY: y, maxX: x + 10 * Double(text.count), maxY: y + 12),
    origin: .ocr, confidence: 0.9)
}

func horizontal(_ y: Double, _ x0: Double, _ x1: Double) -> Ruling {
  Ruling(axis: .horizontal, position: y, start: x0, end: x1)
}

func vertical(_ x: Double, _ y0: Double, _ y1: Double) -> Ruling {
  Ruling(axis: .vertical, position: x, start: y0, end: y1)
}

/// Expects every (row, column) of the grid to be covered by exactly one cell, cells sorted.
func expectCoversGridOnce(_ table: TableGrid, sourceLocation: SourceLocation = #_sourceLocation) {
  var count = Array(repeating: Array(repeating: 0, count: table.columnCount), count: table.rowCount)
  for cell in table.cells {
    for row in cell.row..<(cell.row + cell.rowSpan) {
      for column in cell.column..<(cell.column + cell.columnSpan)
      where row < table.rowCount && column < table.columnCount {
        count[row][column] += 1
      }
    }
  }
  #expect(count.allSatisfy { $0.allSatisfy { $0 == 1 } }, sourceLocation: sourceLocation)
  let order = table.cells.map { [$0.row, $0.column] }
  #expect(
    order == order.sorted { $0.lexicographicallyPrecedes($1) }, sourceLocation: sourceLocation)
}
