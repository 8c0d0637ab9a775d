import DocumentModel

/// Finds unruled tables from text alignment: runs of lines that break into aligned cells.
///
/// A line's words split into cells at gaps wider than `streamCellGapRatio` line heights. Lines
/// with at least `streamMinimumColumns` cells, or a label and a value, are table rows; the lines
/// between them make blocks (`blocks(of:)`): wrapped labels join the nearest row, other lines
/// are rows of their own. Columns come from the cells that hold numbers, with the labels left of
/// them one column; a block without numbers takes its columns from the cells of the rows with
/// the most common cell count. Every stream cell is 1 × 1; method `.stream`.
struct StreamTableFinder {
  var settings: TableSettings

  /// A line split into horizontally separated cells.
  struct SplitLine {
    var line: TextLine
    var segments: [Segment]
    var height: Double
    var isRow: Bool
  }

  /// One cell of a line: its extent and whether it reads as a number.
  struct Segment {
    var minX: Double
    var maxX: Double
    var text: String
    /// The height of the cell's line.
    var height: Double

    /// Whether the cell reads as a value (`86`, `-1`, `4790000元`).
    ///
    /// A value is mostly digits and signs, with fewer CJK characters than digits, and no wider
    /// than one line height a character. A label misread as Latin letters beside its value
    /// (`En0`, 139 pt wide, stress 9710:9) is not one.
    var isNumber: Bool {
      let scalars = text.unicodeScalars.filter { !$0.properties.isWhitespace }
      let digits = scalars.filter { ("0"..."9").contains($0) }.count
      let signs = scalars.filter { ".,+-%".unicodeScalars.contains($0) }.count
      let cjk = scalars.filter(\.isHan).count
      return digits > 0 && cjk < digits && 2 * (digits + signs) >= scalars.count
        && maxX - minX <= Double(scalars.count) * height
    }
  }

  /// The stream tables among `lines` (top to bottom), each on `page`.
  func tables(in lines: [TextLine], page: Int) -> [TableGrid] {
    let splitLines = lines.map { self.split($0) }
    return blocks(of: splitLines).compactMap { table(from: $0, page: page) }
  }

  /// The line's words grouped into cells at gaps wider than `streamCellGapRatio` heights.
  ///
  /// With `valueGapRatio`, a number following a label starts a cell at a gap of that many of
  /// the number's own heights (a line already known to be a table row).
  private func split(_ line: TextLine, valueGapRatio: Double? = nil) -> SplitLine {
    let height = line.words.map(\.lineBox.height).max() ?? line.box.height
    var segments: [Segment] = []
    var previous: Word?
    // The gap is measured in the two words' own heights, not the line's: a two-line label beside
    // a row's values makes the line 21 pt tall, and its `11` and `143` (6 pt of ink, 24 pt
    // apart) became one cell (stress 9710:9, a scan whose table borders vanished).
    for word in Self.withoutMarksBetweenValues(line.words.sorted(by: { $0.box.minX < $1.box.minX }))
    {
      defer { previous = word }
      // Heights of the words' line boxes: a text layer whose font metrics inflate its boxes to
      // 23 pt around 10 pt digits joined `3956` and `503`, 26 pt apart (text stress 9801:3).
      let pairHeight = max(word.lineBox.height, previous?.lineBox.height ?? 0)
      let gap = word.box.minX - (segments.last?.maxX ?? -.infinity)
      let valueAfterLabel =
        valueGapRatio.map { ratio in
          gap > ratio * word.lineBox.height
            && Segment(minX: 0, maxX: word.box.width, text: word.text, height: height).isNumber
            && segments.last?.isNumber == false
        } ?? false
      if let last = segments.last, gap <= settings.streamCellGapRatio * pairHeight,
        !valueAfterLabel
      {
        segments[segments.count - 1].maxX = max(last.maxX, word.box.maxX)
        segments[segments.count - 1].text += word.text
      } else {
        segments.append(
          Segment(minX: word.box.minX, maxX: word.box.maxX, text: word.text, height: height))
      }
    }
    // A cell of marks alone is no cell (`isStrayMark`). Marks are dropped only here, after the
    // cells are cut: taken out before, the gaps they bridged split a title into cells, and the
    // title lines of nine fresh scans (stress 9772) were taken for a table.
    let marked = segments.filter { !Self.isStrayMark($0.text) }
    if !marked.isEmpty { segments = marked }
    // A label and one value (`行政许可 52`) is a row too: bands 五–八 of table 二 have two
    // columns, and a scan whose borders vanished prints them as such lines.
    let labelAndValue =
      segments.count == 2 && segments[1].isNumber && !segments[0].isNumber
    return SplitLine(
      line: line, segments: segments, height: height,
      isRow: segments.count >= settings.streamMinimumColumns || labelAndValue)
  }

  /// The words that are more than marks, or all of them when none is (a line of its own).
  static func withoutStrayMarks(_ words: [Word]) -> [Word] {
    let kept = words.filter { !isStrayMark($0.text) }
    return kept.isEmpty ? words : kept
  }

  /// The words of a line (left to right) without the stray marks (`isStrayMark`) standing
  /// between two values.
  ///
  /// A speck in the gap between two columns, read `。`, bridged it, and the
  /// two values became one cell whose extent merged the columns (stress scan 9773:14, bilevel,
  /// borders gone: `279` `。` `62`, and table 三 lost its 自然人 column). Between words that are
  /// not both values a mark stays: it may join a title's words (see `split`).
  static func withoutMarksBetweenValues(_ words: [Word]) -> [Word] {
    func isValue(_ word: Word?) -> Bool {
      guard let word else { return false }
      return Segment(minX: 0, maxX: word.box.width, text: word.text, height: word.lineBox.height)
        .isNumber
    }
    return words.indices.filter { index in
      guard isStrayMark(words[index].text) else { return true }
      let before = words[..<index].last { !isStrayMark($0.text) }
      let after = words[(index + 1)...].first { !isStrayMark($0.text) }
      return !(isValue(before) && isValue(after))
    }.map { words[$0] }
  }

  /// Whether a word is only marks OCR made of a ruling's remains or a speck (`|`, `，`): it
  /// places no column and makes no row beside other words.
  ///
  /// A bilevel scan whose borders dropped out kept stubs of the right border, read `|` at the
  /// end of label lines (stress 9771:10): each such line became a row of its own, and table
  /// 三's row `3.要求提供公开出版物` lost its first line and its values went to the next row.
  /// A dash stays: it is what a table prints for none; so does `、`, part of labels printed
  /// down the label column (`三` / `、` / `本`).
  static func isStrayMark(_ text: String) -> Bool {
    !text.isEmpty
      && text.unicodeScalars.allSatisfy { strayMarks.contains($0) }
  }

  /// The characters `isStrayMark` takes for noise.
  static let strayMarks = Set("|丨!,，.。'`‘’:;_".unicodeScalars)

  /// The table of one block, or nil when its rows do not line up in enough columns.
  private func table(from block: [SplitLine], page: Int) -> TableGrid? {
    // A long label may end closer to its row's first value than the cell gap: split again,
    // now that the lines are known to be rows.
    let rows = block.filter(\.isRow).map {
      split($0.line, valueGapRatio: settings.streamValueAfterLabelGapRatio)
    }
    guard
      let intervals = valueColumns(of: rows, header: headerSegments(of: block, rows: rows))
        ?? commonColumns(of: rows),
      intervals.count >= 2
    else { return nil }
    let words = block.flatMap(\.line.words)
    guard let left = words.map(\.box.minX).min(), let right = words.map(\.box.maxX).max() else {
      return nil
    }
    var columnEdges = [min(left, intervals[0].minX)]
    for index in 1..<intervals.count {
      columnEdges.append((intervals[index - 1].maxX + intervals[index].minX) / 2)
    }
    columnEdges.append(max(right, intervals[intervals.count - 1].maxX))
    let rowGroups = groupedRows(block, columnEdges: columnEdges)
    guard !rowGroups.isEmpty else { return nil }
    return grid(rows: rowGroups, columnEdges: columnEdges, page: page)
  }

  /// The columns of a table of values: the x-extents of the cells that hold numbers, merged,
  /// after one column for the labels left of them; nil when fewer than two value columns.
  ///
  /// The labels' extent takes only the cells that end before the first value column: a long
  /// label reaching over it (`二、上年结转政府信息公开申请 数量`) would otherwise merge the
  /// labels with the first value column (stress 9710:9, a bilevel scan whose borders vanished:
  /// table 三's 自然人 column read as part of its labels).
  private func valueColumns(of allRows: [SplitLine], header: [Segment])
    -> [(minX: Double, maxX: Double)]?
  {
    // Rows of several values place the columns; a row of one value (table 二's `行政许可 869`,
    // centred under a header spanning the band) spans them, and its number would bridge two
    // (text stress 9801:1: `27` and `8` read as one cell).
    let several = allRows.filter { $0.segments.filter(\.isNumber).count >= 2 }
    let rows = several.isEmpty ? allRows : several
    var values = mergedIntervals(
      rows.flatMap(\.segments).filter(\.isNumber).map { ($0.minX, $0.maxX) })
    // A number alone in its column, left of columns with numbers in three rows or more, is a
    // label's numbering (`2.` of `2.其他法律行政法规禁止公开` read apart from its text, s23),
    // not a value. Table 四's single row has one number in every column: all are kept.
    func support(_ interval: (minX: Double, maxX: Double)) -> Int {
      rows.filter { row in
        row.segments.contains {
          $0.isNumber && $0.minX <= interval.maxX && $0.maxX >= interval.minX
        }
      }.count
    }
    if values.map(support).contains(where: { $0 >= 3 }) {
      while values.count > 1, let leading = values.first, support(leading) < 2 {
        values.removeFirst()
      }
    }
    guard !values.isEmpty else { return nil }
    values = Self.witnessed(values, header: header, rows: rows)
    guard let first = values.first else { return nil }
    let labels = allRows.flatMap(\.segments).filter { !$0.isNumber && $0.maxX < first.minX }
    guard let left = labels.map(\.minX).min(), let right = labels.map(\.maxX).max() else {
      // No labels: table 四's one row of values, its columns those of the values and of the
      // header cells over blank ones (text stress 9804:13, 结果维持 blank in the first column).
      return header.isEmpty || values.count < settings.streamSingleRowMinimumValues
        ? nil : values
    }
    return [(left, right)] + values
  }

  /// The columns of the rows with the most common cell count: each cell's x-extent, merged.
  private func commonColumns(of rows: [SplitLine]) -> [(minX: Double, maxX: Double)]? {
    var counts: [Int: Int] = [:]
    for row in rows { counts[row.segments.count, default: 0] += 1 }
    guard let mode = counts.max(by: { ($0.value, $0.key) < ($1.value, $1.key) })?.key else {
      return nil
    }
    return mergedIntervals(
      rows.filter { $0.segments.count == mode }.flatMap(\.segments).map { ($0.minX, $0.maxX) })
  }

  /// Overlapping x-intervals merged, ascending.
  private func mergedIntervals(_ segments: [(minX: Double, maxX: Double)])
    -> [(minX: Double, maxX: Double)]
  {
    Intervals.merged(segments.map { ($0.minX, $0.maxX) }).map { (minX: $0.0, maxX: $0.1) }
  }

  /// The block's lines grouped into table rows: row lines, plus wrapped label lines (words in
  /// the label column only) merged into the vertically nearest row line; every other line is a
  /// row of its own.
  ///
  /// A band title centred over the values (`第二十条第（五）项`) is a row of its own: merged into
  /// the row above, it read `56第二十条第（六）项` (text stress 9801:13, no rulings).
  private func groupedRows(_ block: [SplitLine], columnEdges: [Double]) -> [[Word]] {
    let rowLines = block.filter(\.isRow)
    var rows = rowLines.map(\.line.words)
    func columns(_ line: SplitLine) -> Set<Int> {
      Set(
        Self.withoutStrayMarks(line.line.words).compactMap {
          PositionClusters.interval(of: $0.box.midX, in: columnEdges)
        })
    }
    // Label lines among the header's lines stay rows of their own: the label column's header
    // (`二项之和，等于第三项加第四项之和）`) was joined to the first row of values and that row's
    // label no longer read (text stress 9801:16, no rulings). Label lines below the header's
    // last line over the values are a label's rest, continued from the page before (9801:1).
    let firstValues =
      rowLines.filter { $0.segments.contains(where: \.isNumber) }
      .map(\.line.box.minY).min() ?? -.infinity
    let headerBottom =
      block.filter { $0.line.box.maxY <= firstValues && columns($0) != [0] }
      .map(\.line.box.maxY).max() ?? -.infinity
    for line in block where !line.isRow {
      let columns = columns(line)
      let nearest = rowLines.indices.min {
        abs(rowLines[$0].line.box.midY - line.line.box.midY)
          < abs(rowLines[$1].line.box.midY - line.line.box.midY)
      }
      if columns == [0], line.line.box.maxY > headerBottom, let nearest {
        rows[nearest] += line.line.words
      } else {
        rows.append(line.line.words)
      }
    }
    return rows.sorted { ($0.map(\.box.minY).min() ?? 0) < ($1.map(\.box.minY).min() ?? 0) }
  }

  /// A grid of 1 × 1 cells from rows of words and column edges.
  private func grid(rows: [[Word]], columnEdges: [Double], page: Int) -> TableGrid {
    let boxes = rows.map { Box.union(of: $0.map(\.box)) ?? Box(minX: 0, minY: 0, maxX: 0, maxY: 0) }
    var rowEdges = [boxes[0].minY]
    for index in 1..<boxes.count {
      let middle = (boxes[index - 1].maxY + boxes[index].minY) / 2
      rowEdges.append(max(middle, rowEdges[index - 1]))
    }
    rowEdges.append(max(boxes.map(\.maxY).max() ?? 0, rowEdges[rowEdges.count - 1]))
    let columnCount = columnEdges.count - 1
    var cells: [TableCell] = []
    for (rowIndex, words) in rows.enumerated() {
      var byColumn = Array(repeating: [Word](), count: columnCount)
      for word in words {
        let column = PositionClusters.interval(of: word.box.midX, in: columnEdges) ?? 0
        byColumn[min(column, columnCount - 1)].append(word)
      }
      for column in 0..<columnCount {
        cells.append(
          TableCell(
            row: rowIndex, column: column, page: page,
            box: Box(
              minX: columnEdges[column], minY: rowEdges[rowIndex], maxX: columnEdges[column + 1],
              maxY: rowEdges[rowIndex + 1]),
            words: CellLines.lines(of: byColumn[column]).flatMap { $0 }))
      }
    }
    return TableGrid(
      rowCount: rows.count, columnCount: columnCount, cells: cells, method: .stream,
      columnEdges: columnEdges, pages: [page])
  }
}
