import DocumentModel
import ReportSchema

/// Where table 三's seven value columns and its data rows are in one grid.
struct ApplicationColumns: Sendable, Equatable {
  /// The grid column of each canonical column, in `CanonicalSchema.applicationColumns` order.
  var gridColumns: [Int]
  /// The first row below the header.
  var firstDataRow: Int
  /// Whether the columns were placed by position because the header could not be read.
  var byPosition: Bool
  /// The x extent of each of `gridColumns` on the page where they were found, in points: a
  /// continuation grid's columns are matched to them.
  var extents: [ClosedRange<Double>] = []

  /// The first value column; the label columns are the ones left of it.
  var firstValueColumn: Int { gridColumns.first ?? 0 }

  /// Finds the value columns of a table-三 grid from its header, or by position.
  ///
  /// The header is the rows above the first row that holds a number or a row label. A header
  /// cell names a column when it matches a canonical column label (`自然人`, `商业企业` …); the
  /// columns are aligned in order, one gap between two named columns is filled, and when fewer
  /// than four are named the last seven grid columns are taken. A continuation grid without a
  /// header reuses the previous grid's columns when it has as many columns.
  static func locate(
    in grid: TableGrid, inherited: ApplicationColumns?, settings: MappingSettings
  ) -> ApplicationColumns {
    let count = CanonicalSchema.applicationColumns.count
    let positional = (0..<count).map { max(0, grid.columnCount - count) + $0 }
    let guessFirst = numericColumns(in: grid, settings: settings).first ?? positional[0]
    let firstDataRow = dataStart(
      in: grid, firstValueColumn: min(guessFirst, positional[0]), settings: settings)
    let named = headerColumns(in: grid, headerRows: 0..<firstDataRow, settings: settings)
    if let named {
      return ApplicationColumns(
        gridColumns: named, firstDataRow: firstDataRow, byPosition: false,
        extents: extents(of: named, in: grid))
    }
    // Columns the previous grid took by position are no better than this grid's own: a header
    // alone at the foot of a page, its cells wrapped past reading, gave every continuation its
    // guess (text stress 9804:20, no rulings).
    if let inherited, !inherited.byPosition, firstDataRow == 0 {
      // A continuation on the next page: its columns lie under the header's. Its grid may have
      // a column more or less on the left (a label column empty on that page has no rulings of
      // its own), so the header's columns are found again by their x extent, not their index.
      if let placed = inherited.columns(under: grid) {
        return ApplicationColumns(
          gridColumns: placed, firstDataRow: 0, byPosition: inherited.byPosition,
          extents: inherited.extents)
      }
      if inherited.gridColumns.last.map({ $0 < grid.columnCount }) == true {
        return ApplicationColumns(
          gridColumns: inherited.gridColumns, firstDataRow: 0, byPosition: inherited.byPosition,
          extents: inherited.extents)
      }
    }
    let byCells = cellColumns(in: grid, from: firstDataRow, count: count) ?? positional
    return ApplicationColumns(
      gridColumns: byCells, firstDataRow: firstDataRow, byPosition: true,
      extents: extents(of: byCells, in: grid))
  }

  /// The grid columns where the last `count` cells of the data rows start, as most rows have
  /// them; nil when no data row has that many cells.
  ///
  /// Counting cells, not grid columns, keeps the value columns when strokes of a scanned header
  /// added column edges above them (stress 9742:90: 商业企业's cells spanned three grid columns,
  /// the last seven grid columns began inside it and every value moved one column left).
  static func cellColumns(in grid: TableGrid, from firstDataRow: Int, count: Int) -> [Int]? {
    var tally: [[Int]: Int] = [:]
    var order: [[Int]] = []
    for row in firstDataRow..<grid.rowCount {
      let starts = grid.cells.filter { $0.row == row }.map(\.column).sorted()
      guard starts.count >= count else { continue }
      let last = Array(starts.suffix(count))
      if tally[last] == nil { order.append(last) }
      tally[last, default: 0] += 1
    }
    return order.max { (tally[$0] ?? 0) < (tally[$1] ?? 0) }
  }

  /// The x extent (left, right edge in points) of each of `columns` in `grid`.
  static func extents(of columns: [Int], in grid: TableGrid) -> [ClosedRange<Double>] {
    columns.compactMap { column in
      guard column + 1 < grid.columnEdges.count else { return nil }
      let (left, right) = (grid.columnEdges[column], grid.columnEdges[column + 1])
      return left <= right ? left...right : nil
    }
  }

  /// The grid column under each of these columns' x extents: the column overlapping it most,
  /// over half its width; nil when one has none or the order breaks.
  func columns(under grid: TableGrid) -> [Int]? {
    guard extents.count == gridColumns.count, grid.columnEdges.count == grid.columnCount + 1
    else { return nil }
    var placed: [Int] = []
    for extent in extents {
      let overlaps = (0..<grid.columnCount).map { column in
        min(extent.upperBound, grid.columnEdges[column + 1])
          - max(extent.lowerBound, grid.columnEdges[column])
      }
      guard let best = overlaps.indices.max(by: { overlaps[$0] < overlaps[$1] }),
        overlaps[best] > (extent.upperBound - extent.lowerBound) / 2,
        placed.last.map({ $0 < best }) ?? true
      else { return nil }
      placed.append(best)
    }
    return placed
  }

  /// Columns where numbers are the rule: at least 2 and a quarter of the rows hold one.
  static func numericColumns(in grid: TableGrid, settings: MappingSettings) -> [Int] {
    var counts = [Int](repeating: 0, count: grid.columnCount)
    for cell in grid.cells
    where cell.columnSpan == 1 && settings.parser.parse(cell.text).number != nil {
      counts[cell.column] += 1
    }
    let needed = max(2, grid.rowCount / 4)
    return counts.indices.filter { counts[$0] >= needed && $0 > 0 }
  }

  /// The bodies of the canonical row labels (2021 set), normalized, as scalars.
  static let rowLabelBodies: [[UInt32]] = CanonicalSchema.applicationRows(.v2021).map {
    TextSimilarity.scalars(of: LabelText.body(of: LabelText.normalized($0.label)))
  }

  /// The canonical column labels, normalized, as scalars.
  static let columnLabels: [[UInt32]] = CanonicalSchema.applicationColumns.map {
    TextSimilarity.scalars(of: LabelText.normalized($0.label))
  }

  /// The first row holding a number in a value column, or a label like a canonical row label.
  static func dataStart(in grid: TableGrid, firstValueColumn: Int, settings: MappingSettings) -> Int
  {
    let labels = rowLabelBodies
    for row in 0..<grid.rowCount {
      for cell in grid.cells(inRow: row) {
        let text = cell.text
        if cell.column >= firstValueColumn {
          if cell.columnSpan == 1, settings.parser.parse(text).number != nil { return row }
        } else {
          let body = ScalarText(LabelText.body(of: LabelText.normalized(text)))
          if body.characterCount >= 2,
            labels.contains(where: { TextSimilarity.ratio($0, body.scalars, reaches: 0.6) })
          {
            return row
          }
        }
      }
    }
    return 0
  }

  /// The grid column of each canonical column named in the header rows, or nil when fewer than
  /// four are named or the gaps cannot be filled consistently.
  static func headerColumns(
    in grid: TableGrid, headerRows: Range<Int>, settings: MappingSettings
  ) -> [Int]? {
    guard !headerRows.isEmpty else { return nil }
    let labels = columnLabels
    var texts: [[[UInt32]]] = []
    for column in 0..<grid.columnCount {
      var seen: Set<Int> = []
      var columnTexts: [[UInt32]] = []
      for row in headerRows {
        guard let cell = grid.cell(atRow: row, column: column),
          seen.insert(cell.row << 32 | cell.column).inserted
        else { continue }
        columnTexts.append(TextSimilarity.scalars(of: LabelText.normalized(cell.text)))
      }
      texts.append(columnTexts)
    }
    let alignment = SequenceAligner.align(
      leftCount: grid.columnCount, rightCount: labels.count, threshold: settings.headerThreshold
    ) { column, key in
      texts[column].map { TextSimilarity.ratio($0, labels[key]) }.max() ?? 0
    }
    guard alignment.pairs.count >= 4 else { return nil }
    var found = [Int?](repeating: nil, count: labels.count)
    for pair in alignment.pairs { found[pair.right] = pair.left }
    return filledGaps(found, columnCount: grid.columnCount)
  }

  /// Fills unnamed columns between, before or after named ones when the spacing is regular.
  static func filledGaps(_ found: [Int?], columnCount: Int) -> [Int]? {
    var result = found
    for key in result.indices where result[key] == nil {
      let below = (0..<key).last { found[$0] != nil }
      let above = (key + 1..<found.count).first { found[$0] != nil }
      var guess: Int?
      if let below, let b = found[below] {
        if let above, let a = found[above] {
          if a - b == above - below { guess = b + (key - below) }
        } else {
          guess = b + (key - below)
        }
      } else if let above, let a = found[above] {
        guess = a - (above - key)
      }
      guard let guess, guess >= 0, guess < columnCount else { return nil }
      result[key] = guess
    }
    let columns = result.compactMap { $0 }
    guard columns.count == found.count, zip(columns, columns.dropFirst()).allSatisfy({ $0 < $1 })
    else { return nil }
    return columns
  }
}
