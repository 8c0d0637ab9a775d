import DocumentModel
import ReportSchema

/// One data row of a printed table 三: its label pieces and its value cells.
///
/// The label is split in two: the leaf (the cell next to the values, `2.重复申请`) and the
/// context (the merged group cells to its left, `三、本年度办理结果`, `（五）不予处理`), so that a
/// group cell broken by a page break (`（四）无` / `法提供`) only weakens the context.
struct PrintedRow: Sendable {
  /// The leaf label, normalized.
  var leaf: String
  /// The group labels to the left of the leaf, normalized, left to right.
  var context: [String]
  /// The value cells in canonical column order (nil where the grid has no cell).
  var valueCells: [TableCell?]
  /// The page of the row's first value cell or label.
  var page: Int

  /// Whether any value cell holds text.
  var hasValues: Bool { valueCells.contains { !($0?.text.isEmpty ?? true) } }

  /// Whether any value cell reads as a number (a repeated header row holds text, not numbers).
  func holdsNumbers(_ parser: ValueParser) -> Bool {
    valueCells.contains { cell in cell.map { parser.parse($0.text).number != nil } ?? false }
  }

  /// The data rows of a table-三 grid below its header.
  static func rows(
    of grid: TableGrid, columns: ApplicationColumns, parser: ValueParser = ValueParser()
  ) -> [PrintedRow] {
    var rows: [PrintedRow] = []
    var row = columns.firstDataRow
    let labelColumns = 0..<columns.firstValueColumn
    while row < grid.rowCount {
      let values = columns.gridColumns.map { grid.cell(atRow: row, column: $0) }
      let span = max(
        1, values.compactMap { cell in cell.map { $0.row + $0.rowSpan - row } }.max() ?? 1)
      let unit = row..<min(grid.rowCount, row + span)
      var labelCells: [TableCell] = []
      var seen: Set<Int> = []
      for column in labelColumns {
        for r in unit {
          guard let cell = grid.cell(atRow: r, column: column),
            seen.insert(cell.row << 32 | cell.column).inserted
          else { continue }
          labelCells.append(cell)
        }
      }
      let lastLabelColumn = labelColumns.upperBound - 1
      let leafCells = labelCells.filter {
        $0.column + $0.columnSpan - 1 >= lastLabelColumn && !$0.text.isEmpty
      }
      var leaf = leafCells.sorted { $0.row < $1.row }.map { LabelText.normalized($0.text) }.joined()
      var contextCells = labelCells.filter { cell in !leafCells.contains(cell) && !cell.text.isEmpty
      }
      // With no leaf, a label broken over the label columns (a stream grid) still names the row
      // by its rightmost piece; a group cell spanning more rows than this one, or a group label
      // (（五）不予处理, centred in its block by a browser, lands in any child row) names no row.
      // Nor does any piece when the leaf column has an empty cell of its own in this row: the row's
      // label is elsewhere (a page break moved it on), and the piece beside it is its group's
      // (（六）其他处理 cut by the page break, stress 9002:164).
      let ownCells = contextCells.filter {
        $0.row >= unit.lowerBound && $0.row + $0.rowSpan <= unit.upperBound
          && !Self.isGroupLabel(LabelText.normalized($0.text))
      }
      let emptyLeafCell = labelCells.contains {
        $0.column + $0.columnSpan - 1 >= lastLabelColumn && $0.text.isEmpty
      }
      if leaf.isEmpty, !emptyLeafCell, let rightmost = ownCells.max(by: { $0.column < $1.column }) {
        leaf = LabelText.normalized(rightmost.text)
        contextCells.removeAll { $0 == rightmost }
      }
      let page =
        values.compactMap { $0?.page }.first ?? labelCells.first?.page ?? grid.pages.first ?? 1
      rows.append(
        PrintedRow(
          leaf: leaf,
          context: contextCells.sorted { ($0.column, $0.row) < ($1.column, $1.row) }
            .map { LabelText.normalized($0.text) },
          valueCells: values, page: page))
      row = unit.upperBound
    }
    return mergedWrappedLabels(
      rows.filter { (!$0.leaf.isEmpty || $0.hasValues) && !$0.isRepeatedHeader(parser: parser) },
      parser: parser)
  }

  /// Whether a leaf is empty or its numbering alone, however OCR read the numbering.
  ///
  /// The rest of the label went on to the next page (`2．`, stress 9003:149). OCR can read the
  /// numbering without its mark or with a speck (`2`, `1.9`, stress 9810:80, 150 dpi gray):
  /// digits without one Chinese character. A label read as junk alone (`?`) is no numbering:
  /// taken for one, `（六）其他处理` above it took the values of the `（七）总计` row under it on
  /// the next page (9808:26).
  static func hasNoBody(_ leaf: String) -> Bool {
    let body = LabelText.body(of: leaf)
    return body.isEmpty
      || (!body.unicodeScalars.contains { $0.isHan } && leaf.contains { $0.isASCII && $0.isNumber })
  }

  /// The canonical row label bodies of both formats, normalized, as scalars.
  static let canonicalBodies: [[UInt32]] = Set(
    ReportFormat.allCases.flatMap { CanonicalSchema.applicationRows($0) }.map(\.label)
  ).sorted().map { TextSimilarity.scalars(of: LabelText.body(of: LabelText.normalized($0))) }

  /// How well a normalized leaf reads as some canonical row label (`TextSimilarity.ratio` of
  /// the label bodies, `0...1`).
  static func labelScore(_ leaf: String) -> Double {
    let body = TextSimilarity.scalars(of: LabelText.body(of: leaf))
    return canonicalBodies.map { TextSimilarity.ratio($0, body) }.max() ?? 0
  }

  /// The labels that head a block of rows and are no row's own label, normalized, as scalars:
  /// 三、本年度办理结果, （三）不予公开, （四）无法提供, （五）不予处理 (（六）其他处理 is a row of
  /// the 2019 set).
  static let groupOnlyLabels: [[UInt32]] = {
    let rows = ReportFormat.allCases.flatMap { CanonicalSchema.applicationRows($0) }
    let results = LabelText.normalized("三、本年度办理结果")
    let labels = Set(rows.map { LabelText.normalized($0.label) })
    var groups: Set<String> = [results]
    for row in rows {
      let group = LabelText.normalized(row.group)
      if group.hasPrefix(results), group.count > results.count {
        groups.insert(String(group.dropFirst(results.count)))
      }
    }
    return groups.subtracting(labels).sorted().map(TextSimilarity.scalars(of:))
  }()

  /// Whether a normalized label piece reads as a group label (`groupOnlyLabels`).
  static func isGroupLabel(_ text: String) -> Bool {
    let scalars = TextSimilarity.scalars(of: text)
    return groupOnlyLabels.contains { TextSimilarity.ratio($0, scalars, reaches: groupLabelRatio) }
  }

  /// A piece at least this similar (`0...1`) to a group label is that group label.
  ///
  /// 0.8 takes `(五)不予处理` and `三本年度办理结果` (1.0 after normalizing) and OCR damage of one
  /// character in six; the nearest row label, `（六）其他处理`, scores 0.33 against `（五）不予处理`.
  static let groupLabelRatio = 0.8

  /// Whether two label pieces joined read more like a canonical label than either alone.
  ///
  /// The vocabulary is the witness that a value-less row is the rest of a wrapped label and
  /// not a row of its own whose numbering was not recognized: `3.补` + `正后申请内容仍不明确`
  /// reads better joined; `5.要求行政机关确认或重新出具已获取信息` + a blank row
  /// `…1.申请人无正当理由…` reads worse, so the blank row stays a row, and so does a blank
  /// `二、上年结转…` above `（一）予以公开` (stress 102:55, 102:59, 103:112).
  static func readsBetter(_ first: String, _ second: String) -> Bool {
    labelScore(first + second) > max(labelScore(first), labelScore(second))
  }

  /// The texts only table 三's header prints in its value columns: the column labels and their
  /// parent headers, normalized, as scalars.
  static let headerTexts: [[UInt32]] =
    (CanonicalSchema.applicationColumns.map(\.label) + ["申请人情况", "法人或其他组织"]).map {
      TextSimilarity.scalars(of: LabelText.normalized($0))
    }

  /// Whether this is a header row printed again below the first (a browser repeats `<thead>`
  /// on every page): no value cell holds a number, and one holds a column header.
  ///
  /// Such rows are not data: counted as printed rows they would tip the choice between the
  /// 25-row and the 23-row (single （六）) row sets.
  ///
  /// A header cell that OCR read as a mark (`总计` as `|`, which parses as `1`) does not make
  /// the row data when more of its cells hold column headers than numbers: on stress scan
  /// 9763:16 a header repeated on every page of a seven-page table 三 was taken for a row with
  /// values and cut a label from its page-break continuation.
  func isRepeatedHeader(parser: ValueParser, threshold: Double = 0.6) -> Bool {
    var cells: [TableCell] = []
    for case let cell? in valueCells where !cell.text.isEmpty && !cells.contains(cell) {
      cells.append(cell)
    }
    let headers = cells.filter { cell in
      let text = TextSimilarity.scalars(of: LabelText.normalized(cell.text))
      return Self.headerTexts.contains { TextSimilarity.ratio($0, text, reaches: threshold) }
    }.count
    let numbers = cells.filter { parser.parse($0.text).number != nil }.count
    return headers > 0 && (numbers == 0 || headers > numbers)
  }

  /// Rows whose label wrapped into rows of their own, joined to the row holding the values.
  ///
  /// Without rulings a long label (`5.要求行政机关确认或重新出具` / `已获取信息`) can come out as
  /// a row with the label's first line and no values, then a row with the rest and the values,
  /// and sometimes a third with the label's tail. A row without values is joined to the next
  /// row when that row's leaf is not numbered (a continuation); an unnumbered row without values
  /// is joined to the row before, with values or not (a blank row's label wrapped or split by a
  /// page break: `二、上年结转政府信息公开申` / `请数量`, stress 2026:26). Either join is made only when the
  /// joined label reads more like a canonical label than either piece (`readsBetter`).
  ///
  /// A page break inside a row (a browser splits it: the values stay on page N, the label goes
  /// on to page N+1 in a row of its own with blank cells) leaves a value row without a label, or
  /// with its numbering alone, beside a label row without values on the next page: the two are
  /// joined whatever the label.
  ///
  /// A row whose value cells hold no number (blank, or a speck read as `?`: stress scan 9763:87,
  /// where `纳费用、行政机关不再处理其政府信息公开申请` went on to the next page beside a `?`) is a
  /// row without values here.
  static func mergedWrappedLabels(_ rows: [PrintedRow], parser: ValueParser) -> [PrintedRow] {
    var merged: [PrintedRow] = []
    var pending: PrintedRow?
    for var row in rows {
      let numbered = LabelText.numbering(of: row.leaf) != nil
      if let head = pending {
        if row.holdsNumbers(parser)
          && ((!numbered && !row.leaf.isEmpty && readsBetter(head.leaf, row.leaf))
            || (Self.hasNoBody(row.leaf) && row.page > head.page))
        {
          row.leaf = head.leaf + row.leaf
          row.context = head.context + row.context.filter { !head.context.contains($0) }
          pending = nil
        } else {
          merged.append(head)
          pending = nil
        }
      }
      if !row.holdsNumbers(parser) {
        if let last = merged.last, !row.leaf.isEmpty,
          (!numbered && readsBetter(last.leaf, row.leaf))
            || (last.hasValues && Self.hasNoBody(last.leaf) && row.page > last.page)
        {
          merged[merged.count - 1].leaf += row.leaf
          continue
        }
        pending = row
        continue
      }
      merged.append(row)
    }
    if let pending { merged.append(pending) }
    return merged
  }
}
