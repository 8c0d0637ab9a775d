/// A table cell element at its place in its table's grid (HTML `<td>`, DOCX `w:tc`).
///
/// HTML places cells by the rows its `rowspan`s occupy, DOCX by `w:gridSpan` and merges; both
/// give their cells as these slots, counted from 0.
public struct MarkupGridSlot: Sendable {
  public var row: Int
  public var column: Int
  public var rowSpan: Int
  public var columnSpan: Int
  /// The cell's element (for a merge, its first cell's).
  public var element: MarkupElement

  public init(row: Int, column: Int, rowSpan: Int, columnSpan: Int, element: MarkupElement) {
    self.row = row
    self.column = column
    self.rowSpan = rowSpan
    self.columnSpan = columnSpan
    self.element = element
  }

  /// A span beyond this many columns is cut: HTML caps `colspan` at 1000 (Word allows 63); a
  /// report table has 15 columns at most.
  public static let maximumColumns = 1000
}
