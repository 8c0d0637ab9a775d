import DocumentModel

/// Lays a markup table out as a `TableGrid`: columns as wide as their widest line, rows as tall
/// as their tallest cell, every cell's lines placed inside its box.
struct GridPlacer {
  var settings: MarkupLayoutSettings

  /// The grid of `table` with its top-left corner at (`left`, `top`) on `page`; nil when the
  /// table has no cell.
  ///
  /// Rows no cell covers (`<tr></tr>`) are left out of the grid; each cell's `position` keeps
  /// its row and column as the markup counts them.
  func grid(of table: MarkupTable, left: Double, top: Double, page: Int) -> TableGrid? {
    let rows = keptRows(table)
    guard !rows.isEmpty, table.columnCount > 0 else { return nil }
    var newRow: [Int: Int] = [:]
    for (index, row) in rows.enumerated() { newRow[row] = index }
    let size = settings.bodySize
    let padding = settings.cellPadding * size
    let advance = settings.lineAdvance * size

    // Column widths: single-column cells first, then spanning cells widen their last column.
    var widths = [Double](repeating: settings.minimumColumnEms * size, count: table.columnCount)
    func need(_ cell: MarkupCell) -> Double {
      (cell.lines.map { TextPlacer.ems(of: Substring($0)) }.max() ?? 0) * size + 2 * padding
    }
    for cell in table.cells where cell.columnSpan == 1 {
      widths[cell.column] = max(widths[cell.column], need(cell))
    }
    for cell in table.cells where cell.columnSpan > 1 {
      let span = cell.column..<min(table.columnCount, cell.column + cell.columnSpan)
      let have = span.map { widths[$0] }.reduce(0, +)
      if need(cell) > have, let last = span.last { widths[last] += need(cell) - have }
    }
    // Row heights, the same way.
    var heights = [Double](repeating: advance + 2 * padding, count: rows.count)
    func height(_ cell: MarkupCell) -> Double {
      Double(max(1, cell.lines.count)) * advance + 2 * padding
    }
    for cell in table.cells {
      guard let row = newRow[cell.row] else { continue }
      let span = rowRange(cell, rows: rows, newRow: newRow)
      if span.count == 1 { heights[row] = max(heights[row], height(cell)) }
    }
    for cell in table.cells {
      let span = rowRange(cell, rows: rows, newRow: newRow)
      guard span.count > 1, let last = span.last else { continue }
      let have = span.map { heights[$0] }.reduce(0, +)
      if height(cell) > have { heights[last] += height(cell) - have }
    }
    var columnEdges = [left]
    for width in widths { columnEdges.append((columnEdges.last ?? left) + width) }
    var rowEdges = [top]
    for height in heights { rowEdges.append((rowEdges.last ?? top) + height) }

    let cells = table.cells.compactMap { cell -> TableCell? in
      let span = rowRange(cell, rows: rows, newRow: newRow)
      guard let first = span.first, let last = span.last else { return nil }
      let lastColumn = min(table.columnCount, cell.column + cell.columnSpan)
      let box = Box(
        minX: columnEdges[cell.column], minY: rowEdges[first], maxX: columnEdges[lastColumn],
        maxY: rowEdges[last + 1])
      var words: [Word] = []
      for (index, line) in cell.lines.enumerated() {
        let placed = TextPlacer.lines(
          of: line, size: size, firstX: box.minX + padding, left: box.minX + padding,
          right: .infinity, top: box.minY + padding + Double(index) * advance, advance: advance)
        words += placed.flatMap(\.words)
      }
      return TableCell(
        row: first, column: cell.column, rowSpan: span.count,
        columnSpan: lastColumn - cell.column, page: page, box: box, words: words,
        position: MarkupPosition(table: table.index, row: cell.row + 1, column: cell.column + 1))
    }
    .sorted { ($0.row, $0.column) < ($1.row, $1.column) }
    return TableGrid(
      rowCount: rows.count, columnCount: table.columnCount, cells: cells, method: .lattice,
      columnEdges: columnEdges, pages: [page])
  }

  /// The markup rows some cell covers, ascending.
  private func keptRows(_ table: MarkupTable) -> [Int] {
    var covered = Set<Int>()
    for cell in table.cells {
      for row in cell.row..<min(table.rowCount, cell.row + max(1, cell.rowSpan)) {
        covered.insert(row)
      }
    }
    return covered.sorted()
  }

  /// The grid rows a cell covers.
  private func rowRange(_ cell: MarkupCell, rows: [Int], newRow: [Int: Int]) -> [Int] {
    (cell.row..<(cell.row + max(1, cell.rowSpan))).compactMap { newRow[$0] }
  }
}
