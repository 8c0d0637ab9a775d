import DocumentModel

extension StreamTableFinder {
  /// Whether every cell of `row` after its label lies over a cell of an earlier row of `block`.
  private static func continues(_ block: [SplitLine], with row: SplitLine) -> Bool {
    let earlier = block.filter(\.isRow).flatMap(\.segments)
    let cells = row.segments.first?.isNumber == false ? row.segments.dropFirst() : row.segments[...]
    return !earlier.isEmpty && !cells.isEmpty
      && cells.allSatisfy { cell in
        earlier.contains { $0.minX <= cell.maxX && cell.minX <= $0.maxX }
      }
  }

  /// Whether `line` lies within the horizontal extent of the lines of `header` (none: false).
  private static func liesWithin(_ line: SplitLine, _ header: [SplitLine]) -> Bool {
    guard let left = header.map(\.line.box.minX).min(),
      let right = header.map(\.line.box.maxX).max()
    else { return false }
    return line.line.box.minX >= left && line.line.box.maxX <= right
  }

  /// Whether `line` holds at least `streamMinimumColumns` words of a text layer
  /// (`wordsAreCells`) and follows the header's last line within one line height: header cells
  /// of narrow columns that stand too close to split (`结果维持结果纠正其他结果尚未审结总计`
  /// under 行政复议, wider than the lines above it: table 四, text stress 9804:13).
  private static func wordsCloseBelow(
    _ line: SplitLine, _ header: [SplitLine], settings: TableSettings
  ) -> Bool {
    guard let last = header.last, wordsAreCells(line),
      line.line.words.count >= settings.streamMinimumColumns
    else {
      return false
    }
    return Self.gap(from: last, to: line) <= 1
  }

  /// Whether `line` is one cell no wider than the header's widest, following the header's last
  /// line within one line height: a header cell wrapped beyond the width of the lines above
  /// (`总计` right of 法人或其他组织, text stress 9804:6).
  private static func narrowCellCloseBelow(_ line: SplitLine, _ header: [SplitLine]) -> Bool {
    guard let last = header.last, line.segments.count == 1,
      let widest = header.flatMap(\.segments).map({ $0.maxX - $0.minX }).max()
    else { return false }
    return line.line.box.width <= widest
      && Self.gap(from: last, to: line) <= 1
  }

  /// The vertical gap from `above` to `below`, in the taller line's heights.
  private static func gap(from above: SplitLine, to below: SplitLine) -> Double {
    (below.line.box.minY - above.line.box.maxY) / max(above.height, below.height)
  }

  /// Whether `below` follows `above` within `streamMaximumLineGapRatio` line heights.
  private static func adjacent(_ above: SplitLine, _ below: SplitLine, settings: TableSettings)
    -> Bool
  {
    gap(from: above, to: below) <= settings.streamMaximumLineGapRatio
  }

  /// The lines of one cell above a block's first row, when it holds values, that are that row's
  /// label: those left of where its values begin, the last of them close above it (`三` and `、`
  /// of 三、本年度办理结果 printed down a column, above the first row of a continued table 三:
  /// text stress 9804:1, where they were taken for text between two parts of the table).
  private func labels(_ lines: [SplitLine], before row: SplitLine) -> [SplitLine] {
    guard let last = lines.last, Self.adjacent(last, row, settings: settings),
      let start = Self.valueStart(of: row)
    else { return [] }
    return lines.filter { $0.line.box.maxX < start }
  }

  /// Where the values of a row begin: its first number after the label, or nil.
  private static func valueStart(of line: SplitLine) -> Double? {
    line.isRow ? line.segments.dropFirst().first(where: \.isNumber)?.minX : nil
  }

  /// Runs of row lines, with non-row lines between them, close together vertically.
  ///
  /// Between two rows may lie any number of lines left of where the block's values begin (a
  /// label wrapped over five lines in a narrow column, its numbers on the third), and at most
  /// `streamMaximumWrappedLines` other lines (a band title, a header).
  func blocks(of lines: [SplitLine]) -> [[SplitLine]] {
    var blocks: [[SplitLine]] = []
    var current: [SplitLine] = []
    var pendingWrapped: [SplitLine] = []
    var pendingOther = 0
    /// Lines of several cells just above the block's first row: its header.
    var leading: [SplitLine] = []
    /// Lines of one cell just above, outside any block and header: perhaps the first row's
    /// label wrapped above its values.
    var labelsAbove: [SplitLine] = []
    var valueStart = Double.infinity
    /// Whether a gap wider than `streamMaximumLineGapRatio` lies after the block's last row.
    var wideGap = false
    func close() {
      // Label lines close below the last row are its label's rest: `数量` of
      // 二、上年结转政府信息公开申请 at the foot of a page (scan 9811:17) left out, the table
      // seemed to go on into text and was not joined to its continuation.
      for line in pendingWrapped {
        guard let last = current.last, current.contains(where: \.isRow),
          line.line.box.maxX < valueStart,
          Self.gap(from: last, to: line) <= settings.streamWrappedLineGapRatio
        else { break }
        current.append(line)
      }
      let rows = current.filter(\.isRow)
      if rows.count >= settings.streamMinimumRows
        || rows.contains(where: {
          $0.segments.filter(\.isNumber).count >= settings.streamSingleRowMinimumValues
        })
      {
        blocks.append(current)
      }
      current = []
      pendingWrapped = []
      pendingOther = 0
      valueStart = .infinity
      wideGap = false
    }
    /// Takes a line outside any block into the header being gathered (`leading`) or the label
    /// lines above a first row (`labelsAbove`).
    func advanceHeader(with line: SplitLine) {
      // A header wraps over lines of two or more cells (本年/制发件数 over 信息内容 and
      // 现行有效件数); a line of one cell (prose, a band title) ends it, unless it lies within
      // the header's width: the rest of a wrapped header cell (`其他` below `商业企 科研机…`,
      // text stress 9804:1, where table 三's header took seven lines).
      let continuesHeader =
        line.segments.count >= 2 || Self.liesWithin(line, leading)
        || Self.wordsCloseBelow(line, leading, settings: settings)
        || Self.narrowCellCloseBelow(line, leading)
      leading =
        continuesHeader
        ? Array((leading + [line]).suffix(settings.streamMaximumHeaderLines)) : []
      if continuesHeader || line.segments.count != 1 {
        labelsAbove = []
      } else {
        labelsAbove = Array(
          (labelsAbove.last.map { Self.adjacent($0, line, settings: settings) } == true
            ? labelsAbove + [line] : [line]).suffix(settings.streamMaximumWrappedLines))
      }
    }
    for line in lines {
      if let previous = (pendingWrapped.last ?? current.last) {
        if !Self.adjacent(previous, line, settings: settings) { wideGap = true }
      }
      // A line left of where the block's values begin is part of a wrapped label.
      let labelOnly = !current.isEmpty && line.line.box.maxX < valueStart
      // A row of many more cells than the block's widest row of values is the next table:
      // table 四's 15 columns after table 三's 8 across a heading (s23), table 三's 8 after
      // table 二's 4. A header above the values (5 cells over 8 columns) does not count.
      if line.isRow,
        let widest = current.filter({ $0.isRow && $0.segments.contains(where: \.isNumber) })
          .map(\.segments.count).max(),
        Double(line.segments.count) > settings.streamColumnGrowthRatio * Double(widest)
      {
        // The lines after the block's last row of values belong to the next table: its
        // header, or text between the two. Taken as the first table's wrapped labels, table
        // 三's header went into table 二 and table 三 was read without it (text stress 9801:19).
        // Label lines close below the last row (its label's rest) stay with it.
        // OCR'd lines stay as they were: a header OCR reads in fragments (`结` `持` `4结`) made
        // table 四 a table of junk rows that no longer read as table 四 (scan 9763:103).
        let lastValues =
          current.lastIndex { $0.isRow && $0.segments.contains(where: \.isNumber) } ?? -1
        let after = Array(current[(lastValues + 1)...]) + pendingWrapped
        var tail = after.allSatisfy(Self.wordsAreCells) ? after : []
        if !tail.isEmpty {
          current.removeSubrange((lastValues + 1)...)
          pendingWrapped = []
        }
        while let next = tail.first, let last = current.last, next.line.box.maxX < valueStart,
          Self.gap(from: last, to: next) <= settings.streamWrappedLineGapRatio
        {
          current.append(tail.removeFirst())
        }
        close()
        leading = []
        labelsAbove = []
        for line in tail { advanceHeader(with: line) }
      }
      // Across a wide gap only a row whose cells line up with the block's goes on with it, and
      // the label lines before that row: a table with tall rows (44 px) leaves 3 line heights
      // between its rows, and the text after a table is not aligned with it.
      if wideGap && !(line.isRow && Self.continues(current, with: line)) && !labelOnly {
        close()
        leading = []
      }
      if line.isRow {
        wideGap = false
        if current.isEmpty { current = leading + labels(labelsAbove, before: line) }
        leading = []
        labelsAbove = []
        current += pendingWrapped + [line]
        pendingWrapped = []
        pendingOther = 0
        valueStart = min(valueStart, Self.valueStart(of: line) ?? .infinity)
      } else if labelOnly {
        pendingWrapped.append(line)
      } else if !current.isEmpty && pendingOther < settings.streamMaximumWrappedLines {
        pendingWrapped.append(line)
        pendingOther += 1
      } else {
        close()
        advanceHeader(with: line)
      }
    }
    close()
    return blocks
  }
}
