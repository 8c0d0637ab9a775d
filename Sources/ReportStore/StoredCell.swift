/// One table cell of one report in the long format: a `cells` row.
public struct StoredCell: Sendable, Hashable {
  /// The value table: `proactive`, `applications` or `review_litigation`.
  public var table: String
  /// The canonical row key (`denied.state_secret`); may contain dots.
  public var row: String
  /// The canonical column key, or `""` for a proactive row with one value (`licensing`).
  public var column: String
  /// The number literal as printed (`7730.28`), or nil for a blank or unreadable cell.
  public var value: String?
  /// The raw text read from the page, when the output recorded where the cell was read.
  public var raw: String?
  /// The page the cell is on, counted from 1.
  public var page: Int?
  /// The cell's box as the JSON array literal `[x0, y0, x1, y1]` in points, origin top-left.
  public var bbox: String?
  /// `text`, `ocr` or `repaired`.
  public var origin: String?
  /// Reading confidence in `0...1`.
  public var confidence: Double?
  /// Whether the output lists this cell for a person to review.
  public var inReview: Bool
  /// Where an HTML or Word file's cell was read: the table's number in the document and the
  /// cell's row and column in its grid, all from 1 (nil for a PDF's cell, which has `page`).
  public var sourceTable: Int? = nil
  public var sourceRow: Int? = nil
  public var sourceColumn: Int? = nil

  public init(
    table: String, row: String, column: String, value: String?, raw: String? = nil,
    page: Int? = nil, bbox: String? = nil, origin: String? = nil, confidence: Double? = nil,
    inReview: Bool = false
  ) {
    self.table = table
    self.row = row
    self.column = column
    self.value = value
    self.raw = raw
    self.page = page
    self.bbox = bbox
    self.origin = origin
    self.confidence = confidence
    self.inReview = inReview
  }

  /// The dotted cell path of the output contract (`applications.rows.new.total`).
  public var path: String {
    let head = table == "applications" ? "applications.rows.\(row)" : "\(table).\(row)"
    return column.isEmpty ? head : "\(head).\(column)"
  }
}
