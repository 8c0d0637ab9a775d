import DocumentModel
import ReportSchema

/// Maps table 四 (administrative review and litigation) to its 15 canonical cells.
///
/// The header names each column twice over: its group (行政复议 / 未经复议直接起诉 / 复议后起诉)
/// and its result (结果维持 … 总计). When all 15 columns are named, values are read under their
/// names; otherwise (OCR noise in the header, as in `shared/examples/baotun-2024-as-extracted.txt`)
/// the data row's last 15 cells are taken in canonical order.
struct ReviewTableMapper {
  var settings: MappingSettings

  /// Maps the grid into the recorder and returns the footnote rows (`注：…`) found inside it.
  func map(_ grid: TableGrid, into recorder: inout CellRecorder) -> [String] {
    var notes: [String] = []
    var noteRows = Set<Int>()
    for row in 0..<grid.rowCount {
      let text = grid.cells(inRow: row).map(\.text).joined()
      if Self.isNote(text) {
        notes.append(text.removingWhitespace)
        noteRows.insert(row)
      }
    }
    let rows = (0..<grid.rowCount).filter { !noteRows.contains($0) }
    guard let dataRow = dataRow(of: grid, rows: rows) else {
      recorder.findings.append(
        Finding(
          check: "mapping.table-unreadable", page: grid.pages.first,
          message: "table 四: no data row found; its cells are null"))
      return notes
    }
    let keys = CanonicalSchema.reviewGroups.flatMap { group in
      CanonicalSchema.reviewColumns.map {
        CellKey(.reviewLitigation, row: group.key, column: $0.key)
      }
    }
    if let other = contender(of: dataRow, in: grid, rows: rows) {
      recorder.findings.append(
        Finding(
          check: CellRecorder.cellCheck, page: grid.pages.last, cells: keys.map(\.path),
          code: .ambiguous,
          reason:
            "table 四: rows \(other + 1) and \(dataRow + 1) of its grid hold as many numbers; the lower is taken as the data row"
        ))
    }
    var cells: [TableCell] = []
    for column in 0..<grid.columnCount {
      if let cell = grid.cell(atRow: dataRow, column: column), cells.last != cell {
        cells.append(cell)
      }
    }
    if let named = namedColumns(of: grid, headerRows: 0..<dataRow) {
      for (key, column) in zip(keys, named) {
        if let cell = grid.cell(atRow: dataRow, column: column) {
          recorder.record(key, from: cell, row: cells)
        }
      }
      return notes
    }
    guard cells.count >= keys.count else {
      recorder.findings.append(
        Finding(
          check: "mapping.table-unreadable", page: grid.pages.first,
          message:
            "table 四: the header is unreadable and the data row has \(cells.count) cells, not 15; its cells are null"
        ))
      return notes
    }
    recorder.findings.append(
      Finding(
        check: "mapping.columns-by-position", page: grid.pages.first,
        message:
          "table 四: the column header could not be read; the last 15 cells are taken in canonical order"
      ))
    for (key, cell) in zip(keys, cells.suffix(keys.count)) {
      recorder.record(key, from: cell, row: cells)
    }
    return notes
  }

  /// Of the grids, the one whose data row holds the most numbers (the first of equals), or the
  /// first with a data row of none; nil when none has a data row.
  func gridWithDataRow(_ grids: [TableGrid]) -> TableGrid? {
    var best: (grid: TableGrid, numbers: Int)?
    for grid in grids {
      let rows = (0..<grid.rowCount).filter { row in
        !Self.isNote(grid.cells(inRow: row).map(\.text).joined())
      }
      guard let row = dataRow(of: grid, rows: rows) else { continue }
      let numbers = numberCount(grid, row: row)
      if numbers > best?.numbers ?? -1 { best = (grid, numbers) }
    }
    return best?.grid
  }

  /// How many cells of the row read as numbers.
  private func numberCount(_ grid: TableGrid, row: Int) -> Int {
    grid.cells(inRow: row).filter { settings.parser.parse($0.text).number != nil }.count
  }

  /// The row with the most numbers, five or more (the lowest of equals), else the last row below
  /// a header-like row.
  ///
  /// Not simply the first with five: a page break inside the header leaves its last row's
  /// fragments (`果维持` under `结`) in rows that OCR reads partly as digits (`45`, `4`: six
  /// numbers on stress altered 8301:24), above the data row's fifteen. With zeros printed blank
  /// the data row may hold no more numbers than such fragments (five each on scan 9774:17): the
  /// fragments lie above it, so the lowest is taken (`contender(of:)` puts that choice in review).
  func dataRow(of grid: TableGrid, rows: [Int]) -> Int? {
    let counts = rows.map { row in (row, numberCount(grid, row: row)) }
    if let most = counts.max(by: { ($0.1, $0.0) < ($1.1, $1.0) }), most.1 >= 5 {
      return most.0
    }
    let words = Self.headerWords
    let plain = rows.filter { row in
      !grid.cells(inRow: row).contains { cell in
        let text = TextSimilarity.scalars(of: LabelText.normalized(cell.text))
        return words.contains { TextSimilarity.ratio($0, text, reaches: settings.headerThreshold) }
      }
    }
    return plain.last.flatMap { $0 > 0 ? $0 : nil }
  }

  /// Another row holding as many numbers as the data row, five or more: which of the two is the
  /// data row is a guess.
  func contender(of dataRow: Int, in grid: TableGrid, rows: [Int]) -> Int? {
    let numbers = numberCount(grid, row: dataRow)
    guard numbers >= 5 else { return nil }
    return rows.first { $0 != dataRow && numberCount(grid, row: $0) == numbers }
  }

  /// The column and group labels as printed (not normalized), as scalars.
  static let headerWords =
    (CanonicalSchema.reviewColumns.map(\.label) + CanonicalSchema.reviewGroups.map(\.label))
    .map(TextSimilarity.scalars(of:))

  /// The group labels, normalized, as scalars.
  static let groupLabels = CanonicalSchema.reviewGroups.map {
    TextSimilarity.scalars(of: LabelText.normalized($0.label))
  }

  /// The column labels, normalized, as scalars.
  static let columnLabels = CanonicalSchema.reviewColumns.map {
    TextSimilarity.scalars(of: LabelText.normalized($0.label))
  }

  /// The grid column of each canonical cell, in group-then-column order, when the header names
  /// all fifteen; else nil.
  func namedColumns(of grid: TableGrid, headerRows: Range<Int>) -> [Int]? {
    let groups = Self.groupLabels
    let columns = Self.columnLabels
    var found: [[Int?]] = Array(
      repeating: Array(repeating: nil, count: columns.count), count: groups.count)
    for column in 0..<grid.columnCount {
      var group: Int?
      var result: Int?
      for row in headerRows {
        guard let cell = grid.cell(atRow: row, column: column) else { continue }
        let text = TextSimilarity.scalars(of: LabelText.normalized(cell.text))
        if let match = Self.best(text, among: groups, threshold: settings.headerThreshold) {
          group = match
        }
        if let match = Self.best(text, among: columns, threshold: settings.headerThreshold) {
          result = match
        }
      }
      guard let group, let result else { continue }
      if found[group][result] != nil { return nil }
      found[group][result] = column
    }
    let flat = found.flatMap { $0 }.compactMap { $0 }
    return flat.count == groups.count * columns.count ? flat : nil
  }

  /// The index of the label most like `text`, when above the threshold.
  static func best(_ text: [UInt32], among labels: [[UInt32]], threshold: Double) -> Int? {
    let scores = labels.map { TextSimilarity.ratio($0, text) }
    guard let top = scores.max(), top >= threshold else { return nil }
    return scores.firstIndex(of: top)
  }

  /// Whether a text is a footnote (`注：…`, `注:…`).
  static func isNote(_ text: String) -> Bool {
    // The first two visible characters decide; asked of every cell, so no whitespace-free copy.
    var start: [Character] = []
    for character in text where !character.isWhitespace {
      start.append(character)
      if start.count == 2 { break }
    }
    return start == ["注", "："] || start == ["注", ":"] || start == ["备", "注"]
  }
}
