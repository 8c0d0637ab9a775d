import DocumentModel

/// The columns of OCR'd tables that hold row labels, told by what page OCR read in them.
///
/// A cell of such a column that page OCR read as nothing or as a short number is a label whose
/// characters were lost, not a value: table 三's item column, wrapped two or three characters a
/// line, came back empty from page OCR on stress scan 9773:54, the digits engine read its ink as
/// `6.8`, `2.68`, `3`, `7`, and seven rows matched nothing (49 values unmapped). A table's value
/// columns hold labels too, but only their headers: one or two a page against a value a row.
struct LabelColumns {
  /// A column is a label column with at least this many label cells starting in it.
  ///
  /// Table 三's item column holds 22 labels over three pages; a value column's headers are one
  /// or two a page, and table 四's columns (one value row) hold two or three.
  var minimumLabels = 3
  /// …and at least this share of the cells starting in it that read as a label or a number
  /// are labels.
  ///
  /// Table 二's value columns mix headers and values about half and half; an item column read
  /// by page OCR holds no number at all (9773:54: 10 labels, 0 numbers before the re-read).
  var minimumLabelShare = 0.75

  /// The label columns of `tables`.
  ///
  /// - Parameters:
  ///   - tables: The stitched tables, before any re-read.
  ///   - isLabel: Whether a cell's page-OCR text is a label (`NumberRereader.isLabel`).
  /// - Returns: Each label column as its table's index and its column's index.
  func columns(of tables: [TableGrid], isLabel: (TableCell) -> Bool) -> Set<Column> {
    var found: Set<Column> = []
    for (table, grid) in tables.enumerated() {
      var labels: [Int: Int] = [:]
      var numbers: [Int: Int] = [:]
      for cell in grid.cells where cell.columnSpan == 1 {
        if isLabel(cell) {
          labels[cell.column, default: 0] += 1
        } else if cell.text.unicodeScalars.contains(where: { ("0"..."9").contains($0) }) {
          numbers[cell.column, default: 0] += 1
        }
      }
      for (column, count) in labels where count >= minimumLabels {
        let share = Double(count) / Double(count + numbers[column, default: 0])
        if share >= minimumLabelShare { found.insert(Column(table: table, column: column)) }
      }
    }
    return found
  }

  /// One column of one table.
  struct Column: Hashable, Sendable {
    var table: Int
    var column: Int
  }
}
