import DocumentModel

/// Joins a table continued across a page break into one grid.
///
/// Table 三 often runs over two pages, usually without repeating its header, sometimes cut inside
/// a merged label cell (“（四）无” on one page, “法提供” on the next). The last table of page N
/// and the first table of page N+1 join when their columns match. A label cell broken by the
/// page break stays two cells, one per page; a repeated header row stays too (the mapper skips
/// header rows and reads continuation rows by their labels).
public struct TableStitcher: Sendable {
  public var settings: TableSettings

  public init(settings: TableSettings = TableSettings()) {
    self.settings = settings
  }

  /// The tables with continuations joined, in the input order, judged by geometry alone.
  ///
  /// Two tables join when one is the last table of page N, the other the first table of page N+1,
  /// and their column edges match: the same count within `settings.stitchEdgeTolerance` points
  /// (or the same width shares within `settings.stitchWidthShareTolerance`), or the outer edges
  /// match and the inner edges of one table (at least two) are all edges of the other — a
  /// continuation whose rows all span the label columns lacks those columns' edges — or every
  /// edge of one, at least `settings.stitchSubsetMinimumEdges`, is an edge of the other, or, over
  /// the width both tables cover, every edge of one (at least as many) is an edge of the other —
  /// each part lost edges the other kept. The joined grid uses the union of the edges; rows of
  /// the continuation are numbered on; `pages` lists both pages; every cell keeps its own page
  /// and box.
  ///
  /// - Parameter tables: The tables of a document, page by page, each page's top to bottom.
  /// - Returns: The tables, continuations joined.
  public func stitched(_ tables: [TableGrid]) -> [TableGrid] {
    stitched(tables, minimumInnerMatches: 2) { _, _ in true }
  }

  /// The tables with continuations joined, also checking the text around the page break.
  ///
  /// As `stitched(_:)`, but two tables join only when no text other than page furniture (page
  /// numbers such as `-3-`, `— 1 —`, `第3页`) lies below the first on page N or above the second
  /// on page N+1: a heading there (三、收到和处理…) starts a new table. With that check, one
  /// matching inner edge is enough, which joins table 二's 2-column bands to its 4-column start
  /// (`real/hongze-2023.pdf` pp. 2–3).
  ///
  /// - Parameters:
  ///   - tables: The tables of a document, page by page, each page's top to bottom.
  ///   - layouts: The pages' layouts; a page without one is not checked.
  /// - Returns: The tables, continuations joined.
  public func stitched(_ tables: [TableGrid], layouts: [PageLayout]) -> [TableGrid] {
    var byPage: [Int: PageLayout] = [:]
    for layout in layouts { byPage[layout.pageNumber] = layout }
    let prose = ProseExtractor()
    func hasText(on page: Int, where isOutside: (Box) -> Bool) -> Bool {
      guard let layout = byPage[page] else { return false }
      return prose.lines(outside: tables, in: layout).contains {
        isOutside($0.box) && !PageFurniture.isPageNumber($0.text)
          && !PageFurniture.isMarginPageNumber(
            $0, pageHeight: layout.height, band: settings.pageNumberBand)
      }
    }
    return stitched(tables, minimumInnerMatches: 1) { first, second in
      guard let firstPage = first.pages.last, let secondPage = second.pages.first,
        let bottom = first.bounds(onPage: firstPage)?.maxY,
        let top = second.bounds(onPage: secondPage)?.minY
      else { return false }
      return !hasText(on: firstPage) { $0.midY > bottom }
        && !hasText(on: secondPage) { $0.midY < top }
    }
  }

  private func stitched(
    _ tables: [TableGrid], minimumInnerMatches: Int,
    allowed: (TableGrid, TableGrid) -> Bool
  ) -> [TableGrid] {
    var result: [TableGrid] = []
    for (index, table) in tables.enumerated() {
      guard let previous = result.last, let previousPage = previous.pages.last,
        let page = table.pages.first, page == previousPage + 1,
        isFirst(index, on: page, in: tables)
      else {
        result.append(table)
        continue
      }
      if let edges = joinedEdges(previous, table, minimumInnerMatches: minimumInnerMatches),
        allowed(previous, table)
      {
        result[result.count - 1] = joined(previous, table, edges: edges)
      } else if let regridded = regridded(table, under: previous), allowed(previous, table) {
        result[result.count - 1] = joined(previous, regridded, edges: previous.columnEdges)
      } else {
        result.append(table)
      }
    }
    return result
  }

  /// Whether `tables[index]` is the first table on `page` (the input lists each page's tables in
  /// order, so an earlier table on the same page would come right before it).
  private func isFirst(_ index: Int, on page: Int, in tables: [TableGrid]) -> Bool {
    index == 0 || tables[index - 1].pages.last != page
  }

  /// The column edges of the joined table, or nil when the two tables' columns do not match.
  func joinedEdges(_ first: TableGrid, _ second: TableGrid, minimumInnerMatches: Int) -> [Double]? {
    let a = first.columnEdges
    let b = second.columnEdges
    guard a.count >= 2, b.count >= 2 else { return nil }
    let tolerance = settings.stitchEdgeTolerance
    if a.count == b.count {
      if zip(a, b).allSatisfy({ abs($0 - $1) <= tolerance }) { return a }
      if sameWidthShares(a, b) { return a }
    }
    let (larger, smaller) = a.count >= b.count ? (a, b) : (b, a)
    func isEdgeOfLarger(_ edge: Double) -> Bool { larger.contains { abs($0 - edge) <= tolerance } }
    if abs(a[0] - b[0]) <= tolerance, abs(a[a.count - 1] - b[b.count - 1]) <= tolerance {
      let inner = smaller.dropFirst().dropLast()
      guard inner.count >= minimumInnerMatches, inner.allSatisfy(isEdgeOfLarger) else {
        return nil
      }
    } else {
      // One part lost an outer border, or both lost some: their edges nest where they
      // overlap (a part whose every edge is one of the other's nests over its whole width).
      guard overlapEdgesNest(a, b) else { return nil }
      return unionEdges(a, b)
    }
    return a.count >= b.count ? a : unionEdges(a, b)
  }

  /// Whether, across the width the two tables share, every edge of one is an edge of the
  /// other, at least `settings.stitchSubsetMinimumEdges` of them.
  ///
  /// Each part can lack edges the other has: on stress scan 9778:5 (150 dpi bilevel) table
  /// 三's part on pages 5–7 lost its left border (it began at 83 pt, page 5 alone at 123) while
  /// the page-8 part, `（七）总计` and `四、结转…` spanning the label columns, has no edge at
  /// 123 but keeps the left border at 48. Neither part's edges all belong to the other, so the
  /// table was read as three and its （六） block and totals were lost; from 83 pt to the right
  /// border the page-8 edges are all edges of pages 5–7 (and page 5's, from 123 pt, page 4's).
  private func overlapEdgesNest(_ a: [Double], _ b: [Double]) -> Bool {
    let tolerance = settings.stitchEdgeTolerance
    let low = max(a[0], b[0]) - tolerance
    let high = min(a[a.count - 1], b[b.count - 1]) + tolerance
    let sharedA = a.filter { $0 >= low && $0 <= high }
    let sharedB = b.filter { $0 >= low && $0 <= high }
    let (fewer, more) = sharedA.count <= sharedB.count ? (sharedA, sharedB) : (sharedB, sharedA)
    return fewer.count >= settings.stitchSubsetMinimumEdges
      && fewer.allSatisfy { edge in more.contains { abs($0 - edge) <= tolerance } }
  }

  private func sameWidthShares(_ a: [Double], _ b: [Double]) -> Bool {
    let widthA = a[a.count - 1] - a[0]
    let widthB = b[b.count - 1] - b[0]
    guard widthA > 0, widthB > 0 else { return false }
    return a.indices.allSatisfy { index in
      abs((a[index] - a[0]) / widthA - (b[index] - b[0]) / widthB)
        <= settings.stitchWidthShareTolerance
    }
  }

  /// The first table's edges plus the second's edges it lacks, ascending.
  private func unionEdges(_ a: [Double], _ b: [Double]) -> [Double] {
    let extra = b.filter { edge in !a.contains { abs($0 - edge) <= settings.stitchEdgeTolerance } }
    return (a + extra).sorted()
  }

  /// The two tables as one, the second's rows numbered on and its columns mapped to `edges`.
  ///
  /// The joined table is ruled only when both parts are: a part whose columns came from text
  /// alignment leaves the whole table's columns a guess.
  private func joined(_ first: TableGrid, _ second: TableGrid, edges: [Double]) -> TableGrid {
    let method = second.columnsFromText ? second.method : first.method
    let cells =
      remapped(placedByWords(first, on: edges), to: edges, rowOffset: 0)
      + remapped(placedByWords(second, on: edges), to: edges, rowOffset: first.rowCount)
    return TableGrid(
      rowCount: first.rowCount + second.rowCount, columnCount: edges.count - 1,
      cells: cells.sorted { ($0.row, $0.column) < ($1.row, $1.column) }, method: method,
      columnEdges: edges, pages: Array(Set(first.pages + second.pages)).sorted())
  }

  /// A stream table's words placed anew in the columns of `edges`, by where each word lies;
  /// other tables, and stream tables with spanning cells, as they are.
  ///
  /// A stream part's columns are only where its words were seen apart: table 三's part of two
  /// rows at the foot of a page (scan 9811:17, borders lost) took the first value column,
  /// `2817` and `41`, into its label column, which the next page's 20 rows keep apart. Joined,
  /// the column edges of both parts are the table's, and each part's words fall into them.
  private func placedByWords(_ table: TableGrid, on edges: [Double]) -> TableGrid {
    guard table.method == .stream, table.columnEdges != edges, edges.count >= 2,
      table.cells.allSatisfy({ $0.columnSpan == 1 && $0.rowSpan == 1 })
    else { return table }
    func column(of word: Word) -> Int {
      PositionClusters.interval(of: word.box.midX, in: edges)
        ?? (word.box.midX < edges[0] ? 0 : edges.count - 2)
    }
    var cells: [TableCell] = []
    for row in 0..<table.rowCount {
      let own = table.cells.filter { $0.row == row }
      guard let top = own.map(\.box.minY).min(), let bottom = own.map(\.box.maxY).max(),
        let page = own.first?.page
      else { continue }
      let words = own.flatMap(\.words)
      for index in 0..<(edges.count - 1) {
        cells.append(
          TableCell(
            row: row, column: index, page: page,
            box: Box(minX: edges[index], minY: top, maxX: edges[index + 1], maxY: bottom),
            words: words.filter { column(of: $0) == index }))
      }
    }
    return TableGrid(
      rowCount: table.rowCount, columnCount: edges.count - 1, cells: cells, method: .stream,
      columnEdges: edges, pages: table.pages)
  }

  /// The table's cells with rows shifted and columns renumbered against `edges`.
  private func remapped(_ table: TableGrid, to edges: [Double], rowOffset: Int) -> [TableCell] {
    let own = table.columnEdges
    let sameCount = own.count == edges.count
    func index(of ownIndex: Int) -> Int {
      if sameCount { return ownIndex }
      let position = own[ownIndex]
      return edges.indices.min { abs(edges[$0] - position) < abs(edges[$1] - position) } ?? ownIndex
    }
    return table.cells.map { cell in
      var cell = cell
      let start = index(of: cell.column)
      let end = index(of: cell.column + cell.columnSpan)
      cell.row += rowOffset
      cell.column = start
      cell.columnSpan = max(1, end - start)
      return cell
    }
  }
}
