import DocumentModel

/// One report's content in canonical keys: title, sections and the values of its three tables.
///
/// A value absent from `values` is `null` in the output: printed blank, or unreadable. Where it was
/// read from is in `cells`, keyed the same way.
public struct AnnualReport: Hashable, Sendable {
  /// The title line as printed, whitespace removed (`洪泽区人民政府2023年政府信息公开工作年度报告`).
  public var title: String?
  /// The publishing body, from the title (`洪泽区人民政府`).
  public var agency: String?
  /// The reporting year, from the title.
  public var year: Int?
  /// The layout found (2021 or 2019 format).
  public var format: ReportFormat
  /// The report's numbered sections in printed order.
  public var sections: [ReportSection]
  /// Table values by cell; a missing key means blank or unreadable.
  public var values: [CellKey: ReportNumber]
  /// Where each value (or blank cell) was read: page, box, raw text, confidence, origin.
  public var cells: [CellKey: CellReading]
  /// Table 三's row keys in printed order.
  public var applicationRowOrder: [String]
  /// Units printed inside cells and stripped from the values (`251000元` → `元`).
  public var units: [CellKey: String]
  /// Table footnotes kept as notes (`注：行政复议、行政诉讼数量含上年度结转数量。`).
  public var notes: [String]

  public init(
    title: String? = nil, agency: String? = nil, year: Int? = nil, format: ReportFormat = .v2021,
    sections: [ReportSection] = [], values: [CellKey: ReportNumber] = [:],
    cells: [CellKey: CellReading] = [:], applicationRowOrder: [String]? = nil,
    units: [CellKey: String] = [:], notes: [String] = []
  ) {
    self.title = title
    self.agency = agency
    self.year = year
    self.format = format
    self.sections = sections
    self.values = values
    self.cells = cells
    self.applicationRowOrder =
      applicationRowOrder ?? CanonicalSchema.applicationRows(format).map(\.key)
    self.units = units
    self.notes = notes
  }

  /// Every canonical cell of this report's format, in output order.
  public var cellKeys: [CellKey] {
    CanonicalSchema.cellKeys(format, applicationRowOrder: applicationRowOrder)
  }

  /// The value of a table-三 cell.
  public func application(_ row: String, _ column: String) -> ReportNumber? {
    values[CellKey(.applications, row: row, column: column)]
  }

  /// The value of a table-四 cell.
  public func reviewLitigation(_ group: String, _ column: String) -> ReportNumber? {
    values[CellKey(.reviewLitigation, row: group, column: column)]
  }
}

/// A numbered section of the report (一、总体情况 …).
public struct ReportSection: Hashable, Sendable, Codable {
  /// The Chinese numeral as printed (`一`).
  public var number: String
  /// The heading without its number (`总体情况`).
  public var title: String
  /// The page the heading is on, counted from 1.
  public var page: Int
  /// The section's prose up to the next heading, tables excluded, lines joined.
  public var text: String

  public init(number: String, title: String, page: Int, text: String) {
    self.number = number
    self.title = title
    self.page = page
    self.text = text
  }
}

/// Where one value was read, and how sure the reading is.
public struct CellReading: Hashable, Sendable {
  /// The page, counted from 1.
  public var page: Int
  /// The cell's box in points, origin top-left.
  public var box: Box
  /// The raw text read from the cell (for a repaired value, the text that was misread).
  public var text: String
  /// Confidence in `0...1` (1 for the text layer).
  public var confidence: Double
  /// Where the value came from.
  public var origin: TextOrigin
  /// The cell's table, row and column in a markup document (HTML, DOCX); nil for a PDF.
  ///
  /// When set, `page` and `box` come from a layout made up for the mapping stage, not from a
  /// printed page: the output gives this position instead of them.
  public var position: MarkupPosition?

  public init(
    page: Int, box: Box, text: String, confidence: Double, origin: TextOrigin,
    position: MarkupPosition? = nil
  ) {
    self.page = page
    self.box = box
    self.text = text
    self.confidence = confidence
    self.origin = origin
    self.position = position
  }
}
