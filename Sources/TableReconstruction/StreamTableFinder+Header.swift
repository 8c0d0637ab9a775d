import DocumentModel

extension StreamTableFinder {
  /// The cells of the block's lines above its first row of values: its header.
  ///
  /// A text layer's words are its cells: the header cells of narrow columns stand closer than
  /// any gap that separates cells (table 四's `结果维持` and `结果纠正` 1 pt apart, text stress
  /// 9804:13), and each is a word of its own. OCR's words are not: tesseract reads Chinese a
  /// character or two at a time, and each was taken for a blank column (scan 9763:2, 22 → 115
  /// cells wrong); there the cells are the line's own (`split`).
  func headerSegments(of block: [SplitLine], rows: [SplitLine]) -> [Segment] {
    guard
      let top = rows.filter({ $0.segments.contains(where: \.isNumber) })
        .map(\.line.box.minY).min()
    else { return [] }
    return block.filter { $0.line.box.maxY <= top }.flatMap { line in
      guard Self.wordsAreCells(line) else { return line.segments }
      return line.line.words.map {
        Segment(minX: $0.box.minX, maxX: $0.box.maxX, text: $0.text, height: line.height)
      }
    }.filter { !$0.isNumber }
  }

  /// Whether the line's words come from a text layer, where each word is a run the producer
  /// drew as one.
  static func wordsAreCells(_ line: SplitLine) -> Bool {
    line.line.words.allSatisfy { $0.origin == .text }
  }

  /// The value columns with those that only the header witnesses: columns whose every value
  /// is blank.
  ///
  /// Columns come from the cells that hold numbers, so a column left blank in every row (zeros
  /// printed as blanks, a 总计 column left empty) was no column: its header joined the next
  /// one's cell and the table had one column too few (text stress 9804:16 and 9804:13, scan
  /// 9761:36, all without rulings). The header's cells over one column each right of the rows'
  /// labels (`leafCells`) are columns of their own when no value column lies under them or in
  /// the gaps beside them (values right-aligned off their header's extent are no evidence that a
  /// column is blank).
  static func witnessed(
    _ values: [(minX: Double, maxX: Double)], header: [Segment], rows: [SplitLine]
  ) -> [(minX: Double, maxX: Double)] {
    // The labels of the rows of values: no header cell over them is a value column.
    var labelRight = rows.compactMap { row -> Double? in
      guard row.segments.contains(where: \.isNumber), let first = row.segments.first,
        !first.isNumber
      else { return nil }
      return first.maxX
    }.max()
    guard let firstValue = values.first?.minX else { return values }
    // A header cell starting over the labels and ending before the values is the label
    // column's own header (`和，等于第三项加第四项` over `之和）`, text stress 9804:14).
    for cell in header.sorted(by: { $0.minX < $1.minX })
    where labelRight.map({ cell.minX <= $0 }) == true && cell.maxX < firstValue {
      labelRight = max(labelRight ?? cell.maxX, cell.maxX)
    }
    // Beside labels, a header cell left of every value lies over the label column. A table
    // without labels (table 四's one row of values) has none, and its first columns may be the
    // blank ones (text stress 9804:13: 结果维持 blank).
    let labelEnd = labelRight ?? -.infinity
    let valuesStart = labelRight == nil ? -.infinity : firstValue
    var cells = leafCells(
      header.filter { $0.minX > labelEnd && ($0.minX + $0.maxX) / 2 > valuesStart })
    cells.sort { $0.minX < $1.minX }
    func overlaps(_ value: (minX: Double, maxX: Double), _ cell: Segment) -> Bool {
      value.minX <= cell.maxX && cell.minX <= value.maxX
    }
    // Value columns under no header cell: right-aligned values between two headers' centres.
    let astray = values.filter { value in !cells.contains { overlaps(value, $0) } }
    let added = cells.indices.filter { index in
      let cell = cells[index]
      let left = index > 0 ? cells[index - 1].maxX : labelEnd
      let right = index + 1 < cells.count ? cells[index + 1].minX : .infinity
      return !values.contains { overlaps($0, cell) }
        && !astray.contains { $0.maxX > left && $0.minX < right }
    }.map { (minX: cells[$0].minX, maxX: cells[$0].maxX) }
    return (values + added).sorted { $0.minX < $1.minX }
  }

  /// The header cells over one column each: no cell over two others that stand apart
  /// (法人或其他组织 over 商业企业 and 科研机构), and of cells one over the other, the widest
  /// (`商业企` over its wrapped `业`, which stands off the column's values: text stress 9801:19).
  static func leafCells(_ candidates: [Segment]) -> [Segment] {
    func overlap(_ a: Segment, _ b: Segment) -> Bool { a.minX <= b.maxX && b.minX <= a.maxX }
    let leaves = candidates.indices.filter { index in
      let under = candidates.indices.filter {
        $0 != index && overlap(candidates[$0], candidates[index])
      }
      return !under.contains { a in under.contains { b in !overlap(candidates[a], candidates[b]) } }
    }.map { candidates[$0] }
    var cells: [Segment] = []
    for cell in leaves.sorted(by: { ($1.maxX - $1.minX, $0.minX) < ($0.maxX - $0.minX, $1.minX) })
    where !cells.contains(where: { overlap($0, cell) }) {
      cells.append(cell)
    }
    return cells
  }
}
