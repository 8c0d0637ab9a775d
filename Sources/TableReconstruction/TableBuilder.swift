import DocumentModel

/// Finds the tables of a page: ruled (lattice) grids first, then unruled (stream) tables among the
/// remaining lines.
///
/// Cells come from ruling lines, never from the text layer's order: each connected group of rulings
/// is one table; its ruling positions, clustered, are the row and column edges; elementary cells
/// merge across missing borders into spanning cells (table 三's 3 × 3 note, its vertical label
/// 三、本年度办理结果 spanning 22 rows).
public struct TableBuilder: Sendable {
  public var settings: TableSettings

  public init(settings: TableSettings = TableSettings()) {
    self.settings = settings
  }

  /// Returns the page's tables, top to bottom; empty when it has none.
  ///
  /// - Parameter layout: The page's words, lines and rulings.
  /// - Returns: Lattice tables from the rulings, then (if `settings.findsStreamTables`) stream
  ///   tables from lines outside them, ordered by their top edge.
  /// - Complexity: O(n² + r·c·k + w log w) for n rulings, r × c cells and w words.
  public func tables(in layout: PageLayout) -> [TableGrid] {
    let furniture = PageFurniture.marginPageNumberWords(in: layout, band: settings.pageNumberBand)
    let words = furniture.isEmpty ? layout.words : layout.words.filter { !furniture.contains($0) }
    let lattice = RulingGroups.groups(of: layout.rulings, tolerance: settings.edgeTolerance)
      .compactMap { LatticeGrid(rulings: $0, settings: settings) }
      // Rulings that make no column (row borders only, a portal's CSS, or a scan that kept
      // only its horizontal borders) leave the table to text alignment: as a one-column grid
      // its row `2 1 28` read as one cell, 2128 (text stress 9801:7).
      .filter { $0.columnCount > 1 }
      .map {
        $0.withTextRows(words: words).withTextColumns(words: words)
          .table(words: words, page: layout.pageNumber)
      }
      // A grid that lost rows is read better by text alignment, when that is on.
      .filter { !(settings.findsStreamTables && lostRows($0)) }
    var tables = lattice
    if settings.findsStreamTables {
      let remaining = ProseExtractor().lines(outside: lattice, in: layout)
      tables += StreamTableFinder(settings: settings).tables(in: remaining, page: layout.pageNumber)
    }
    return tables.sorted { $0.top < $1.top }
  }
}

extension TableBuilder {
  /// Whether a ruled grid stacks values in so many of its cells that it lost rows its rulings
  /// did not show (`TableSettings.lostRowsStackedShare`).
  func lostRows(_ table: TableGrid) -> Bool {
    let lines = table.cells.map { $0.bareValueLines.count }.filter { $0 > 0 }
    let stacked = lines.filter { $0 >= 2 }.count
    return stacked >= settings.lostRowsMinimumCells
      && Double(stacked) >= settings.lostRowsStackedShare * Double(lines.count)
  }
}

extension TableGrid {
  /// The top edge of the table's first cell, in points.
  var top: Double { cells.map(\.box.minY).min() ?? 0 }

  /// The union of the boxes of the cells printed on `page`, or nil when none is.
  func bounds(onPage page: Int) -> Box? {
    Box.union(of: cells.filter { $0.page == page }.map(\.box))
  }
}
