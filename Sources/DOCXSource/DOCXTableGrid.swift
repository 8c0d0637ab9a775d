import MarkupTree

/// The grid of a DOCX table (`w:tbl`): each cell's place and spans.
///
/// `w:gridSpan` widens a cell over grid columns; `w:vMerge` (`restart`, then continuations)
/// merges it with the cells below in the same columns; the legacy `w:hMerge` merges it with the
/// cells to its right; `w:gridBefore` leaves grid columns empty at a row's start.
struct DOCXTableGrid {
  /// The grid's columns are cut at `MarkupGridSlot.maximumColumns`.
  static let maximumColumns = MarkupGridSlot.maximumColumns

  var rowCount = 0
  var columnCount = 0
  var cells: [MarkupGridSlot] = []

  init(_ table: MarkupElement) {
    let gridColumns = table.child("tblGrid")?.elements.filter { $0.name == "gridCol" }.count ?? 0
    let rows = Self.children(named: "tr", in: table)
    // The cell index of the vertical merge open in each grid column.
    var open: [Int: Int] = [:]
    var widest = 0
    for (rowIndex, row) in rows.enumerated() {
      var column = min(Self.value(row.child("trPr")?.child("gridBefore")) ?? 0, Self.maximumColumns)
      var previous: Int?
      for cell in Self.children(named: "tc", in: row) {
        guard column < Self.maximumColumns else { break }
        let properties = cell.child("tcPr")
        let span = max(
          1, min(Self.value(properties?.child("gridSpan")) ?? 1, Self.maximumColumns - column))
        if let merge = properties?.child("hMerge"), merge.attributes["val"] != "restart",
          let left = previous
        {
          cells[left].columnSpan += span
          column += span
          continue
        }
        if let merge = properties?.child("vMerge"), merge.attributes["val"] != "restart",
          let above = open[column], cells[above].columnSpan == span,
          cells[above].row + cells[above].rowSpan == rowIndex
        {
          cells[above].rowSpan += 1
          previous = above
          column += span
          continue
        }
        for covered in column..<(column + span) { open[covered] = nil }
        cells.append(
          MarkupGridSlot(
            row: rowIndex, column: column, rowSpan: 1, columnSpan: span, element: cell))
        previous = cells.count - 1
        if properties?.child("vMerge")?.attributes["val"] == "restart" {
          open[column] = cells.count - 1
        }
        column += span
      }
      widest = max(widest, column)
    }
    rowCount = rows.count
    columnCount = max(gridColumns, widest)
  }

  /// The children named `name`, looking through content controls and custom XML wrappers.
  static func children(named name: String, in element: MarkupElement) -> [MarkupElement] {
    element.elements.flatMap { child -> [MarkupElement] in
      if child.name == name { return [child] }
      if DOCXWalker.transparent.contains(child.name) { return children(named: name, in: child) }
      return []
    }
  }

  /// An integer `w:val`.
  static func value(_ element: MarkupElement?) -> Int? {
    element?.attributes["val"].flatMap { Int($0) }
  }
}
