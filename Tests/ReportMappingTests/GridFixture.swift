import DocumentModel
import ReportSchema

/// Builds hand-made `TableGrid`s: cells placed on a regular grid, text split into one word per
/// line (`\n` in the text), rows optionally continued on a second page.
struct GridFixture {
  var columnWidths: [Double]
  var rowHeight = 20.0
  var top = 100.0
  /// The first row printed on page 2 (rows restart at `top` there); nil for one page.
  var pageBreakRow: Int?
  var origin: TextOrigin = .text
  var cells: [TableCell] = []

  init(columnWidths: [Double], pageBreakRow: Int? = nil) {
    self.columnWidths = columnWidths
    self.pageBreakRow = pageBreakRow
  }

  /// Adds a cell; a cell spanning the page break becomes two, the text split by row share.
  mutating func add(
    _ text: String, row: Int, column: Int, rowSpan: Int = 1, columnSpan: Int = 1,
    confidence: Double = 1
  ) {
    if let breakRow = pageBreakRow, row < breakRow, row + rowSpan > breakRow {
      let characters = Array(text)
      let share = Int(
        (Double(characters.count) * Double(breakRow - row) / Double(rowSpan)).rounded())
      add(
        String(characters.prefix(share)), row: row, column: column, rowSpan: breakRow - row,
        columnSpan: columnSpan, confidence: confidence)
      add(
        String(characters.dropFirst(share)), row: breakRow, column: column,
        rowSpan: row + rowSpan - breakRow, columnSpan: columnSpan, confidence: confidence)
      return
    }
    let page = pageBreakRow.map { row >= $0 ? 2 : 1 } ?? 1
    let firstRow = page == 2 ? row - (pageBreakRow ?? 0) : row
    let minX = columnWidths.prefix(column).reduce(50, +)
    let maxX = minX + columnWidths[column..<(column + columnSpan)].reduce(0, +)
    let minY = top + Double(firstRow) * rowHeight
    let box = Box(minX: minX, minY: minY, maxX: maxX, maxY: minY + Double(rowSpan) * rowHeight)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: true)
    let words = lines.enumerated().map { index, line in
      Word(
        text: String(line),
        box: Box(
          minX: minX + 2, minY: minY + 2 + Double(index) * 12, maxX: maxX - 2,
          maxY: minY + 12 + Double(index) * 12),
        origin: origin, confidence: confidence)
    }
    cells.append(
      TableCell(
        row: row, column: column, rowSpan: rowSpan, columnSpan: columnSpan, page: page, box: box,
        words: words))
  }

  /// Adds table 三's three header rows as the official template prints them (rows 0–2, three
  /// label columns, then the seven value columns), header labels wrapped as in the template.
  mutating func addApplicationHeader() {
    add(
      "（本列数据的勾稽关系为：第一项加第二项之和，\n等于第三项加第四项之和）", row: 0, column: 0, rowSpan: 3, columnSpan: 3)
    add("申请人情况", row: 0, column: 3, columnSpan: 7)
    add("自然人", row: 1, column: 3, rowSpan: 2)
    add("法人或其他组织", row: 1, column: 4, columnSpan: 5)
    add("总计", row: 1, column: 9, rowSpan: 2)
    for (index, label) in ["商业\n企业", "科研\n机构", "社会\n公益\n组织", "法律\n服务\n机构", "其他"].enumerated() {
      add(label, row: 2, column: 4 + index)
    }
  }

  /// The grid of the cells added.
  func grid(rowCount: Int) -> TableGrid {
    let sorted = cells.sorted { ($0.row, $0.column) < ($1.row, $1.column) }
    var edges = [50.0]
    for width in columnWidths { edges.append((edges.last ?? 0) + width) }
    return TableGrid(
      rowCount: rowCount, columnCount: columnWidths.count, cells: sorted, method: .lattice,
      columnEdges: edges, pages: Array(Set(sorted.map(\.page))).sorted())
  }

  /// The layout as page OCR would give it: every word recognized, at confidence 0.9.
  static func ocr(_ layout: PageLayout) -> PageLayout {
    var layout = layout
    layout.lines = layout.lines.map { line in
      TextLine(
        words: line.words.map {
          var word = $0
          word.origin = .ocr
          word.confidence = 0.9
          return word
        })
    }
    layout.words = layout.lines.flatMap(\.words)
    return layout
  }

  /// Lines of page text (outside tables) for a layout: one word per line, each at its own y.
  static func layout(
    page: Int, lines: [(text: String, x: Double, y: Double)], fontSize: Double? = nil
  )
    -> PageLayout
  {
    let textLines = lines.map { line in
      TextLine(words: [
        Word(
          text: line.text,
          box: Box(
            minX: line.x, minY: line.y, maxX: line.x + 12 * Double(line.text.count),
            maxY: line.y + 12),
          fontSize: fontSize)
      ])
    }
    return PageLayout(
      pageNumber: page, width: 595, height: 842, words: textLines.flatMap(\.words),
      lines: textLines,
      rulings: [])
  }
}

/// A printed table 三 in the layout of the official template, with consistent values.
struct ApplicationTableFixture {
  var format: ReportFormat = .v2021
  /// Leaf labels to print instead of the canonical ones, by row key.
  var labels: [String: String] = [:]
  /// Value texts to print instead of the consistent ones, by row key and column index.
  var texts: [String: [Int: String]] = [:]
  /// The row key printed first on page 2.
  var pageBreakBefore: String?
  var origin: TextOrigin = .text
  /// Confidence of particular cells, by row key and column index.
  var confidences: [String: [Int: Double]] = [:]

  /// Consistent values (natural_person, commercial); other applicant columns are 0.
  static let parts: [String: (Int, Int)] = [
    "new": (13, 3), "carried_over": (1, 1), "granted": (5, 1), "partially_granted": (2, 0),
    "denied.state_secret": (1, 0), "unable.not_held": (3, 1), "not_processed.duplicate": (1, 0),
    "other.other": (0, 1), "other.unsplit": (0, 1), "total": (12, 3), "carried_forward": (2, 1),
  ]

  /// The expected value of a cell as printed by default.
  static func value(_ row: String, _ column: Int) -> Int {
    let (natural, commercial) = parts[row] ?? (0, 0)
    switch column {
    case 0: return natural
    case 1: return commercial
    case 6: return natural + commercial
    default: return 0
    }
  }

  var rows: [CanonicalSchema.ApplicationRow] { CanonicalSchema.applicationRows(format) }

  /// The header rows and data rows as one grid.
  func grid() -> TableGrid {
    let rows = self.rows
    let breakRow = pageBreakBefore.flatMap { key in rows.firstIndex { $0.key == key } }.map {
      $0 + 3
    }
    var fixture = GridFixture(
      columnWidths: [30, 60, 150] + Array(repeating: 40, count: 7), pageBreakRow: breakRow)
    fixture.origin = origin
    fixture.addApplicationHeader()
    let results = rows.indices.filter { !rows[$0].group.isEmpty }
    if let first = results.first, let last = results.last {
      fixture.add("三\n、\n本\n年\n度\n办\n理\n结\n果", row: first + 3, column: 0, rowSpan: last - first + 1)
    }
    var index = 0
    while index < rows.count {
      let row = rows[index]
      let label = labels[row.key] ?? row.label
      if row.group.isEmpty {
        fixture.add(label, row: index + 3, column: 0, columnSpan: 3)
        index += 1
      } else if row.group.hasSuffix("三、本年度办理结果") {
        fixture.add(label, row: index + 3, column: 1, columnSpan: 2)
        index += 1
      } else {
        let members = rows[index...].prefix { $0.group == row.group }
        let subgroup = String(row.group.dropFirst("三、本年度办理结果".count))
        fixture.add(subgroup, row: index + 3, column: 1, rowSpan: members.count)
        for (offset, member) in members.enumerated() {
          fixture.add(labels[member.key] ?? member.label, row: index + 3 + offset, column: 2)
        }
        index += members.count
      }
    }
    for (index, row) in rows.enumerated() {
      for column in 0..<7 {
        let text = texts[row.key]?[column] ?? String(Self.value(row.key, column))
        fixture.add(
          text, row: index + 3, column: 3 + column, confidence: confidences[row.key]?[column] ?? 1)
      }
    }
    return fixture.grid(rowCount: rows.count + 3)
  }
}

extension TableGrid {
  /// The grid with every cell printed on `page` instead.
  func moved(toPage page: Int) -> TableGrid {
    var grid = self
    grid.pages = [page]
    grid.cells = cells.map { cell in
      var moved = cell
      moved.page = page
      return moved
    }
    return grid
  }
}
