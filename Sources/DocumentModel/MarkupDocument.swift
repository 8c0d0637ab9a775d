/// A document read from markup (an HTML page, a DOCX file): its blocks in reading order.
///
/// Markup has no pages and no coordinates; `MarkupLayout` lays the blocks out as one page of
/// lines and table grids for the same mapping stage a PDF feeds.
public struct MarkupDocument: Hashable, Sendable {
  /// Paragraphs and tables, in document order.
  public var blocks: [MarkupBlock]
  /// The program that wrote the file, when it says (`<meta name="generator">`, DOCX app.xml).
  public var producer: String?
  /// The document's own title metadata (HTML `<title>`, DOCX `dc:title`), often with the site's
  /// name appended; the report's title when the body prints none.
  public var title: String?
  /// What the reader noticed on the way (an encoding guessed, content skipped), one sentence each.
  public var notices: [String]

  public init(
    blocks: [MarkupBlock], producer: String? = nil, title: String? = nil, notices: [String] = []
  ) {
    self.blocks = blocks
    self.producer = producer
    self.title = title
    self.notices = notices
  }

  /// The tables among the blocks, in document order.
  public var tables: [MarkupTable] {
    blocks.compactMap { if case .table(let table) = $0 { table } else { nil } }
  }
}

/// One block of a markup document.
public enum MarkupBlock: Hashable, Sendable {
  case paragraph(MarkupParagraph)
  case table(MarkupTable)
}

/// A paragraph: its lines as the markup breaks them (`<br>`, a line break in Word).
public struct MarkupParagraph: Hashable, Sendable {
  /// The lines, whitespace collapsed and trimmed; never empty strings.
  public var lines: [String]
  /// The font size in points when the markup says (a heading, a Word run's size); nil for body
  /// text.
  public var fontSize: Double?

  public init(lines: [String], fontSize: Double? = nil) {
    self.lines = lines
    self.fontSize = fontSize
  }
}

/// A table as the markup defines it: a grid of cells with their row and column spans resolved.
public struct MarkupTable: Hashable, Sendable {
  /// The table's number in its document, counted from 1 over every table element in document
  /// order (layout tables, nested and hidden tables included), so a person can find it.
  public var index: Int
  public var rowCount: Int
  public var columnCount: Int
  /// Every cell once, at the top-left slot it covers; sorted by row, then column.
  public var cells: [MarkupCell]

  public init(index: Int, rowCount: Int, columnCount: Int, cells: [MarkupCell]) {
    self.index = index
    self.rowCount = rowCount
    self.columnCount = columnCount
    self.cells = cells
  }
}

/// One cell of a markup table: its place in the grid (counted from 0), its spans and its text.
public struct MarkupCell: Hashable, Sendable {
  public var row: Int
  public var column: Int
  public var rowSpan: Int
  public var columnSpan: Int
  /// The text's lines (`<br>`, `<p>` and Word paragraphs inside the cell break lines).
  public var lines: [String]

  public init(row: Int, column: Int, rowSpan: Int = 1, columnSpan: Int = 1, lines: [String]) {
    self.row = row
    self.column = column
    self.rowSpan = rowSpan
    self.columnSpan = columnSpan
    self.lines = lines
  }
}

/// Where a table cell sits in a markup document: the table's number and the cell's row and
/// column in that table's grid, all counted from 1.
///
/// The provenance of a value read from HTML or DOCX, which has no pages or coordinates.
public struct MarkupPosition: Hashable, Sendable, Codable {
  /// The table's number in the document (`MarkupTable.index`).
  public var table: Int
  /// The row of the cell's top-left slot, counted from 1.
  public var row: Int
  /// The column of the cell's top-left slot, counted from 1.
  public var column: Int

  public init(table: Int, row: Int, column: Int) {
    self.table = table
    self.row = row
    self.column = column
  }
}
