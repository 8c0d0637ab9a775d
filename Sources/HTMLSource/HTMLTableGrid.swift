import DocumentModel
import MarkupTree

/// The grid of an HTML table: its rows, and each cell's place and spans as a browser lays them
/// out (the HTML standard's table model, simplified: every row group is one group).
///
/// Rows are the table's `<tr>` elements in order, an empty `<tr></tr>` included, so a cell's row
/// is the one a person counts in the markup.
struct HTMLTableGrid {
  static let maximumColumns = MarkupGridSlot.maximumColumns

  var rowCount = 0
  var columnCount = 0
  var slots: [MarkupGridSlot] = []

  /// The grid of a `<table>` element: rows from its own `<tr>` children and those of its
  /// `<thead>`, `<tbody>` and `<tfoot>` (never from a nested table's).
  init(_ table: MarkupElement) {
    let rows = Self.rows(of: table)
    var occupied: [[Bool]] = []
    func isOccupied(_ row: Int, _ column: Int) -> Bool {
      row < occupied.count && column < occupied[row].count && occupied[row][column]
    }
    func occupy(_ row: Int, _ column: Int) {
      while occupied.count <= row { occupied.append([]) }
      while occupied[row].count <= column { occupied[row].append(false) }
      occupied[row][column] = true
    }
    for (rowIndex, cells) in rows.enumerated() {
      var column = 0
      for cell in cells {
        while isOccupied(rowIndex, column) { column += 1 }
        guard column < Self.maximumColumns else { break }
        let columnSpan = min(
          Self.span(cell.attributes["colspan"], zero: 1), Self.maximumColumns - column)
        // rowspan="0" spans to the end of the row group: here, of the table.
        var rowSpan = Self.span(cell.attributes["rowspan"], zero: rows.count - rowIndex)
        rowSpan = max(1, min(rowSpan, rows.count - rowIndex))
        for r in rowIndex..<(rowIndex + rowSpan) {
          for c in column..<(column + columnSpan) { occupy(r, c) }
        }
        slots.append(
          MarkupGridSlot(
            row: rowIndex, column: column, rowSpan: rowSpan, columnSpan: columnSpan,
            element: cell))
        column += columnSpan
      }
    }
    rowCount = rows.count
    columnCount = occupied.map(\.count).max() ?? 0
  }

  /// The cell elements of each row, in order.
  ///
  /// libxml2 does not insert the `<tbody>` or `<tr>` a browser would: a `<td>` straight inside
  /// `<table>` or a row group joins an implied row.
  static func rows(of table: MarkupElement) -> [[MarkupElement]] {
    var rows: [[MarkupElement]] = []
    var implied: [MarkupElement] = []
    func flushImplied() {
      if !implied.isEmpty { rows.append(implied) }
      implied = []
    }
    func visit(_ element: MarkupElement) {
      for child in element.elements {
        switch child.name {
        case "tr":
          flushImplied()
          rows.append(child.elements.filter { $0.name == "td" || $0.name == "th" })
        case "thead", "tbody", "tfoot":
          flushImplied()
          visit(child)
          flushImplied()
        case "td", "th":
          implied.append(child)
        case "form", "div", "span", "font", "center":
          // Tag soup: a row wrapped in an element that has no place inside a table.
          visit(child)
        default:
          continue
        }
      }
    }
    visit(table)
    flushImplied()
    return rows
  }

  /// A span attribute's value: its leading digits; 1 when absent or unreadable; `zero` for 0.
  static func span(_ value: String?, zero: Int) -> Int {
    guard let value else { return 1 }
    let digits = value.drop { $0.isWhitespace }.prefix { $0.isASCII && $0.isNumber }
    guard let number = Int(digits.prefix(6)) else { return 1 }
    return number == 0 ? zero : number
  }
}
