/// A table as a grid of cells with row and column spans, possibly continued across pages.
///
/// Rows and columns are counted from 0 over the whole table; a table stitched from several pages
/// numbers its rows on, so a cell's `page` says where it was printed.
public struct TableGrid: Hashable, Sendable, Codable {
  /// How the grid was found.
  public enum Method: String, Hashable, Sendable, Codable {
    /// From ruling lines.
    case lattice
    /// From text alignment (no rulings).
    case stream
  }

  public var rowCount: Int
  public var columnCount: Int
  /// Every cell once, top-left cell of a span carrying the span; sorted by row, then column.
  public var cells: [TableCell]
  public var method: Method
  /// The x of each column boundary on the first page (`columnCount + 1` values), in points.
  public var columnEdges: [Double]
  /// The pages the table covers, ascending.
  public var pages: [Int]

  public init(
    rowCount: Int, columnCount: Int, cells: [TableCell], method: Method, columnEdges: [Double],
    pages: [Int]
  ) {
    self.rowCount = rowCount
    self.columnCount = columnCount
    self.cells = cells
    self.method = method
    self.columnEdges = columnEdges
    self.pages = pages
  }

  /// Whether the columns were placed from where the words lie rather than by rulings: a cell
  /// found blank may have had its value put in a neighbouring column.
  public var columnsFromText: Bool { method != .lattice }

  /// The cell that covers (row, column), following spans.
  public func cell(atRow row: Int, column: Int) -> TableCell? {
    cells.first {
      row >= $0.row && row < $0.row + $0.rowSpan && column >= $0.column
        && column < $0.column + $0.columnSpan
    }
  }

  /// The cells whose top-left corner is in `row`, left to right.
  public func cells(inRow row: Int) -> [TableCell] {
    cells.filter { $0.row == row }.sorted { $0.column < $1.column }
  }
}
