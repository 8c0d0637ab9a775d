import DocumentModel

/// Re-reads what page OCR gets wrong on scanned pages, one page at a time on the workers'
/// threads (stage 4): number cells digit by digit (`NumberRereader`), doubtful labels line by
/// line (`LabelRereader`; first, in a column of labels, `LabelColumns`), then the title and
/// headings (`ProseRereader`).
///
/// Each re-read depends only on its cell or line and its page's image, so pages are independent.
/// A page's image is unpacked once for all three and released when the page is done: a thread
/// holds one unpacked page (8.7 MB at 300 dpi) whatever the number of pages, while the others
/// stay packed in their `ReadPage` (docs/performance.md).
package struct ScanRereader {
  var numbers = NumberRereader()
  var labels = LabelRereader()
  var prose = ProseRereader()
  /// The label re-reader of a text page's pictures, whose rulings were erased from their image:
  /// its ink lines are looked for up to `pictureLabelInset` points from the cell's edge.
  var pictureLabels = LabelRereader()
  /// Finds the columns of row labels, whose cells are not given to the digits engine first.
  var labelColumns = LabelColumns()

  /// - Parameter pictureLabelInset: The margin inside a picture's label cell left out when its
  ///   ink lines are looked for, in points (a scan's cells keep `InkLines.inset`).
  package init(pictureLabelInset: Double = InkLines().inset) {
    pictureLabels.inkLines.inset = pictureLabelInset
  }

  /// Re-reads every OCR'd page's cells, title and headings.
  ///
  /// - Parameters:
  ///   - tables: The stitched tables; each cell names its page.
  ///   - pages: Every page read, in order.
  ///   - workers: The OCR threads; nil when no page was OCR'd.
  /// - Returns: The tables and pages re-read; text-layer pages and their cells are unchanged.
  package func reread(_ tables: [TableGrid], pages: [ReadPage], workers: OCRWorkers?) -> (
    tables: [TableGrid], pages: [ReadPage]
  ) {
    guard let workers else { return (tables, pages) }
    let scanned = pages.indices.filter { pages[$0].hasImage }
    let cellsOfPage = Self.cellIndices(in: tables)
    let firstPage = pages.map(\.layout.pageNumber).min()
    let labelColumns = labelColumns.columns(of: tables, isLabel: numbers.isLabel)
    let reread = workers.map(scanned.count) {
      session, index -> Result<(cells: [TableCell], shapes: [[DigitShape]], page: ReadPage), Never>
      in
      let page = pages[scanned[index]]
      guard let image = page.image else { preconditionFailure("a scanned page without image") }
      let positions = cellsOfPage[page.layout.pageNumber] ?? []
      let cells = positions.map { tables[$0.table].cells[$0.cell] }
      // A text page's pictures (`ocrRegions`): only their cells were read by OCR; its title
      // and headings are text.
      let mixed = page.origin == .text
      let read = zip(positions, cells).map {
        position, cell -> (cell: TableCell, shapes: [DigitShape]) in
        guard !mixed || page.layout.isInOCRRegion(x: cell.box.midX, y: cell.box.midY) else {
          return (cell, [])
        }
        let column = LabelColumns.Column(table: position.table, column: cell.column)
        if labelColumns.contains(column), !numbers.isLabel(cell),
          let label = (mixed ? pictureLabels : labels).rereadInLabelColumn(
            cell, in: image, session: session)
        {
          return (label, [])
        }
        let number = numbers.reread(cell, in: image, session: session)
        return (
          (mixed ? pictureLabels : labels).reread(number.cell, in: image, session: session),
          number.shapes
        )
      }
      let readPage =
        mixed
        ? page
        : prose.reread(
          page, image: image, darkInk: page.darkInk, tableCells: cells.map(\.box),
          isFirstPage: page.layout.pageNumber == firstPage, session: session)
      return .success((read.map(\.cell), read.map(\.shapes), readPage))
    }
    let results = reread.get()
    var tables = tables
    var newPages = pages
    var shapes: [(position: CellIndex, shapes: [DigitShape])] = []
    for (index, result) in zip(scanned, results) {
      newPages[index] = result.page
      let positions = cellsOfPage[pages[index].layout.pageNumber] ?? []
      for (position, cell) in zip(positions, result.cells) {
        tables[position.table].cells[position.cell] = cell
      }
      shapes += zip(positions, result.shapes).map { ($0, $1) }
    }
    // Pages are read apart; the digits' shapes are compared over the whole document.
    let doubtful = workers.settings.reshapedConfidence
    for (index, verdict) in numbers.shapeWitness.doubted(shapes.map(\.shapes)) {
      let position = shapes[index].position
      var cell = tables[position.table].cells[position.cell]
      let read = String(shapes[index].shapes.map(\.digit))
      // The digits read, and a unit after them, are the cell's one word unless the label
      // re-read took the cell since.
      if cell.words.count == 1, cell.words[0].text.hasPrefix(read) {
        cell.words[0].text = verdict.digits + cell.words[0].text.dropFirst(read.count)
      }
      for word in cell.words.indices {
        cell.words[word].confidence = min(cell.words[word].confidence, doubtful)
      }
      tables[position.table].cells[position.cell] = cell
    }
    if DebugDump.folder != nil {
      DebugDump.text(
        ProseRereader.topLines(pages) + "\n== after\n" + ProseRereader.topLines(newPages),
        name: "title-lines")
    }
    return (tables, newPages)
  }

  /// Each page's cells, by page number, in table order then cell order.
  private static func cellIndices(in tables: [TableGrid]) -> [Int: [CellIndex]] {
    var cellsOfPage: [Int: [CellIndex]] = [:]
    for (table, grid) in tables.enumerated() {
      for (cell, item) in grid.cells.enumerated() {
        cellsOfPage[item.page, default: []].append(CellIndex(table: table, cell: cell))
      }
    }
    return cellsOfPage
  }

  /// Where a cell is: its table's index and its index in the table's cells.
  private struct CellIndex: Sendable {
    var table: Int
    var cell: Int
  }
}
