import DocumentModel

extension LatticeGrid {
  /// The table: elementary cells merged across missing borders into spanning cells, filled with
  /// the words whose centres fall inside them.
  ///
  /// - Parameters:
  ///   - words: The page's words; those outside the grid are ignored.
  ///   - page: The page number the cells are printed on.
  /// - Returns: A grid whose cells cover every (row, column) exactly once.
  /// - Complexity: O(r·c·k + w log(r·c)) for r × c elementary cells, k rulings per edge and w words.
  func table(words: [Word], page: Int) -> TableGrid {
    let spans = spanningRectangles()
    var owner = Array(repeating: Array(repeating: 0, count: columnCount), count: rowCount)
    for (index, span) in spans.enumerated() {
      for row in span.row..<(span.row + span.rowSpan) {
        for column in span.column..<(span.column + span.columnSpan) { owner[row][column] = index }
      }
    }
    var contents = Array(repeating: [Word](), count: spans.count)
    for word in words {
      guard let row = PositionClusters.interval(of: word.box.midY, in: rowEdges),
        let column = PositionClusters.interval(of: word.box.midX, in: columnEdges)
      else { continue }
      contents[owner[row][column]].append(word)
    }
    let cells = spans.enumerated().map { index, span in
      TableCell(
        row: span.row, column: span.column, rowSpan: span.rowSpan, columnSpan: span.columnSpan,
        page: page,
        box: Box(
          minX: columnEdges[span.column], minY: rowEdges[span.row],
          maxX: columnEdges[span.column + span.columnSpan], maxY: rowEdges[span.row + span.rowSpan]),
        words: CellLines.lines(of: contents[index]).flatMap { $0 })
    }
    return TableGrid(
      rowCount: rowCount, columnCount: columnCount, cells: cells, method: .lattice,
      columnEdges: columnEdges, pages: [page])
  }

  /// The spanning cells as rectangles, in row-major order of their top-left corners.
  ///
  /// Elementary cells connect across every missing border; a connected region that is not a
  /// rectangle (a border lost only partly) is cut greedily into rectangles so that every grid
  /// position still belongs to exactly one cell.
  func spanningRectangles() -> [(row: Int, column: Int, rowSpan: Int, columnSpan: Int)] {
    let region = connectedRegions()
    var taken = Array(repeating: Array(repeating: false, count: columnCount), count: rowCount)
    var result: [(row: Int, column: Int, rowSpan: Int, columnSpan: Int)] = []
    for row in 0..<rowCount {
      for column in 0..<columnCount where !taken[row][column] {
        let label = region[row][column]
        var width = 1
        while column + width < columnCount, !taken[row][column + width],
          region[row][column + width] == label
        {
          width += 1
        }
        var height = 1
        while row + height < rowCount,
          (column..<(column + width)).allSatisfy({
            !taken[row + height][$0] && region[row + height][$0] == label
          })
        {
          height += 1
        }
        for r in row..<(row + height) {
          for c in column..<(column + width) { taken[r][c] = true }
        }
        result.append((row, column, height, width))
      }
    }
    return result
  }

  /// A region label per elementary cell: cells share a label when a missing border joins them.
  private func connectedRegions() -> [[Int]] {
    var sets = DisjointSets(count: rowCount * columnCount)
    for row in 0..<rowCount {
      for column in 0..<columnCount {
        let here = row * columnCount + column
        if column + 1 < columnCount, !hasVerticalBorder(atColumnEdge: column + 1, row: row) {
          sets.join(here, here + 1)
        }
        if row + 1 < rowCount, !hasHorizontalBorder(atRowEdge: row + 1, column: column) {
          sets.join(here, here + columnCount)
        }
      }
    }
    return (0..<rowCount).map { row in
      (0..<columnCount).map { sets.root(row * columnCount + $0) }
    }
  }
}
