import DocumentModel

/// A markup document laid out as one page: the page's prose lines and the table grids.
public struct MarkupPage: Hashable, Sendable {
  /// The page: prose lines only (table text is in `tables`), no rulings.
  public var layout: PageLayout
  /// The data tables in document order, each cell carrying its `MarkupPosition`.
  public var tables: [TableGrid]
}

/// Lays a `MarkupDocument` out as one tall page of running text and table grids, the shape the
/// mapping stage reads from a PDF's pages.
///
/// Paragraphs wrap at `wrapEms` with their first line indented; tables get a column per markup
/// column, sized to its text. Blocks before the report's title (portal navigation) are left out
/// (`ReportStart`), and the title is set in the largest font. The geometry is made up: the
/// output locates values by `MarkupPosition`, never by these boxes.
public struct MarkupLayouter: Sendable {
  public var settings: MarkupLayoutSettings

  public init(settings: MarkupLayoutSettings = MarkupLayoutSettings()) {
    self.settings = settings
  }

  /// The page number every markup document is laid out on.
  public static let pageNumber = 1

  /// The laid-out page of `document`.
  public func page(of document: MarkupDocument) -> MarkupPage {
    var blocks = document.blocks
    var titles: Set<Int> = []
    if let start = ReportStart.start(of: blocks) {
      titles = Set(start.title.map { $0 - start.first })
      blocks = Array(blocks[start.first...])
    } else if let title = document.title, ReportStart.isTitle(ReportStart.compact(title)) {
      // The body prints no title (a page that shows it only in the browser's tab): the
      // document's title metadata stands first, site name and all (the title reader stops at
      // 报告).
      blocks.insert(.paragraph(MarkupParagraph(lines: [title])), at: 0)
      titles = [0]
    }
    let largest = blocks.compactMap { block -> Double? in
      if case .paragraph(let paragraph) = block { paragraph.fontSize } else { nil }
    }.max()
    let titleSize = max(settings.titleSize, largest ?? 0)

    let margin = settings.margin
    let wrapWidth = settings.wrapEms * settings.bodySize
    var lines: [TextLine] = []
    var tables: [TableGrid] = []
    var y = margin
    var right = margin + wrapWidth
    let placer = GridPlacer(settings: settings)
    for (index, block) in blocks.enumerated() {
      switch block {
      case .paragraph(let paragraph):
        let size =
          titles.contains(index) ? titleSize : (paragraph.fontSize ?? settings.bodySize)
        let advance = settings.lineAdvance * size
        for line in paragraph.lines {
          // A title is not indented: it is a line sure to sit at the left margin.
          let indent = titles.contains(index) ? 0 : settings.indentEms * size
          let placed = TextPlacer.lines(
            of: line, size: size, firstX: margin + indent, left: margin,
            right: margin + wrapWidth, top: y, advance: advance)
          lines += placed
          y += Double(placed.count) * advance
        }
        y += settings.blockGap * settings.bodySize
      case .table(let table):
        guard
          let grid = placer.grid(
            of: table, left: margin, top: y, page: Self.pageNumber)
        else { continue }
        tables.append(grid)
        right = max(right, grid.columnEdges.last ?? right)
        y = (grid.cells.map(\.box.maxY).max() ?? y) + settings.blockGap * settings.bodySize
      }
    }
    right = max(right, lines.map(\.box.maxX).max() ?? right)
    let layout = PageLayout(
      pageNumber: Self.pageNumber, width: right + margin, height: y + margin,
      words: lines.flatMap(\.words), lines: lines, rulings: [])
    return MarkupPage(layout: layout, tables: tables)
  }
}
