import DocumentModel

extension TableStitcher {
  /// A stream table continued from `above` on the page before, its cells regridded to that
  /// table's columns; nil when its columns do not fall one by one into those columns.
  ///
  /// A stream table's columns come from where its values lie, so a continuation whose page
  /// holds no value in some column (zeros printed as blanks) has fewer columns than the part
  /// with the header, and their edges differ: the two were not joined, and the continuation's
  /// columns could only be placed by position (text stress 9804:1, no rulings: table 三's 8
  /// columns over its header, 6 on the next page). Every column of the continuation that holds
  /// words must fall within one column of `above`, in the same order.
  func regridded(_ table: TableGrid, under above: TableGrid) -> TableGrid? {
    guard table.method == .stream, above.method == .stream,
      table.columnCount <= above.columnCount, let page = table.pages.first,
      let left = above.columnEdges.first, let right = above.columnEdges.last
    else { return nil }
    let edges = above.columnEdges
    let tolerance = settings.stitchEdgeTolerance
    /// The column of `above` under a word; the label column for one left of the table.
    func column(of word: Word) -> Int? {
      let x = word.box.midX
      if x < left { return 0 }
      if x > right { return x <= right + tolerance ? edges.count - 2 : nil }
      return PositionClusters.interval(of: x, in: edges)
    }
    var target: [Int: Int] = [:]
    for index in 0..<table.columnCount {
      let words = table.cells.filter { $0.column == index }.flatMap(\.words)
      guard !words.isEmpty else { continue }
      let columns = Set(words.map(column(of:)))
      guard columns.count == 1, let only = columns.first, let placed = only else { return nil }
      target[index] = placed
    }
    let placed = target.keys.sorted().compactMap { target[$0] }
    guard placed.count >= 3, zip(placed, placed.dropFirst()).allSatisfy({ $0 < $1 }),
      table.cells.allSatisfy({ $0.columnSpan == 1 && $0.rowSpan == 1 })
    else { return nil }
    var cells: [TableCell] = []
    for row in 0..<table.rowCount {
      let own = table.cells.filter { $0.row == row }
      guard let top = own.map(\.box.minY).min(), let bottom = own.map(\.box.maxY).max() else {
        continue
      }
      for column in 0..<(edges.count - 1) {
        let words = own.filter { target[$0.column] == column }.flatMap(\.words)
        cells.append(
          TableCell(
            row: row, column: column, page: page,
            box: Box(minX: edges[column], minY: top, maxX: edges[column + 1], maxY: bottom),
            words: words))
      }
    }
    return TableGrid(
      rowCount: table.rowCount, columnCount: edges.count - 1, cells: cells, method: .stream,
      columnEdges: edges, pages: table.pages)
  }
}
