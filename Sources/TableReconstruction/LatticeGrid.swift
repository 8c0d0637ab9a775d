import DocumentModel

/// The row and column edges of one group of rulings, and which elementary-cell borders exist.
///
/// Edges are the clustered positions of the group's rulings, plus an implied closing edge where
/// perpendicular rulings run on past the outermost one (a table cut by a page break).
struct LatticeGrid {
  /// The y of each row edge, ascending.
  var rowEdges: [Double]
  /// The x of each column edge, ascending.
  var columnEdges: [Double]
  /// For each row edge, the x-extents of the horizontal rulings on it.
  var horizontalSegments: [[(Double, Double)]]
  /// For each column edge, the y-extents of the vertical rulings on it.
  var verticalSegments: [[(Double, Double)]]
  var settings: TableSettings

  var rowCount: Int { rowEdges.count - 1 }
  var columnCount: Int { columnEdges.count - 1 }

  /// The grid of a connected group of rulings, or nil when it is not a table (a lone line, a
  /// frame, rulings of one axis only).
  init?(rulings: [Ruling], settings: TableSettings) {
    let horizontals = rulings.filter { $0.axis == .horizontal }
    let verticals = rulings.filter { $0.axis == .vertical }
    guard !horizontals.isEmpty, !verticals.isEmpty else { return nil }
    let tolerance = settings.edgeTolerance
    var rows = PositionClusters.centres(of: horizontals.map(\.position), tolerance: tolerance)
    var columns = PositionClusters.centres(of: verticals.map(\.position), tolerance: tolerance)
    let implied = Self.impliedEdges(
      around: &rows, extents: verticals, minimum: settings.impliedEdgeMinimum)
    let impliedColumns = Self.impliedEdges(
      around: &columns, extents: horizontals, minimum: settings.impliedEdgeMinimum)
    guard rows.count >= 2, columns.count >= 2,
      (rows.count - 1) * (columns.count - 1) >= settings.minimumCellCount,
      columns[columns.count - 1] - columns[0] >= settings.minimumTableWidth,
      rows[rows.count - 1] - rows[0] >= settings.minimumTableHeight
    else { return nil }
    self.rowEdges = rows
    self.columnEdges = columns
    self.settings = settings
    horizontalSegments = Self.segments(of: horizontals, on: rows, tolerance: tolerance)
    verticalSegments = Self.segments(of: verticals, on: columns, tolerance: tolerance)
    // An implied edge closes the table along its whole length.
    for position in implied {
      if let index = rows.firstIndex(of: position) {
        horizontalSegments[index].append((columns[0], columns[columns.count - 1]))
      }
    }
    for position in impliedColumns {
      if let index = columns.firstIndex(of: position) {
        verticalSegments[index].append((rows[0], rows[rows.count - 1]))
      }
    }
  }

  /// Adds an edge before the first or after the last when the perpendicular rulings run on past
  /// them by at least `minimum` points; returns the added positions.
  private static func impliedEdges(
    around edges: inout [Double], extents perpendicular: [Ruling], minimum: Double
  ) -> [Double] {
    guard let low = perpendicular.map(\.start).min(), let high = perpendicular.map(\.end).max()
    else { return [] }
    var added: [Double] = []
    if let first = edges.first, first - low >= minimum {
      edges.insert(low, at: 0)
      added.append(low)
    }
    if let last = edges.last, high - last >= minimum {
      edges.append(high)
      added.append(high)
    }
    return added
  }

  /// Files each ruling's extent under the edge it lies on.
  private static func segments(of rulings: [Ruling], on edges: [Double], tolerance: Double)
    -> [[(Double, Double)]]
  {
    var result = Array(repeating: [(Double, Double)](), count: edges.count)
    for ruling in rulings {
      let nearest = edges.indices.min {
        abs(edges[$0] - ruling.position) < abs(edges[$1] - ruling.position)
      }
      if let index = nearest, abs(edges[index] - ruling.position) <= tolerance {
        result[index].append((ruling.start, ruling.end))
      }
    }
    return result
  }

  /// Whether the border along row edge `edge` above/below column `column` exists.
  func hasHorizontalBorder(atRowEdge edge: Int, column: Int) -> Bool {
    let lower = columnEdges[column]
    let upper = columnEdges[column + 1]
    let covered = Intervals.coveredLength(
      of: horizontalSegments[edge], from: lower, to: upper)
    return covered >= settings.borderCoverage * (upper - lower)
  }

  /// Whether the border along column edge `edge` beside row `row` exists.
  func hasVerticalBorder(atColumnEdge edge: Int, row: Int) -> Bool {
    let lower = rowEdges[row]
    let upper = rowEdges[row + 1]
    let covered = Intervals.coveredLength(of: verticalSegments[edge], from: lower, to: upper)
    return covered >= settings.borderCoverage * (upper - lower)
  }
}
