import Foundation

/// Writes the long cell table as CSV (RFC 4180: comma-separated, CRLF-free `\n` lines, fields
/// quoted when they hold a comma, quote or line break).
public enum CellCSVWriter {
  /// The header row, in column order.
  public static let header = [
    "report_id", "file", "agency", "year", "table_name", "row_key", "column_key", "value", "raw",
    "page", "bbox", "origin", "confidence", "in_review",
  ]

  /// The CSV text for `cells`, header first, one line per cell.
  public static func csv(_ cells: [ExportedCell]) -> String {
    var out = header.joined(separator: ",") + "\n"
    for exported in cells {
      let cell = exported.cell
      let fields: [String?] = [
        exported.reportID, exported.file, exported.agency, exported.year.map(String.init),
        cell.table, cell.row, cell.column, cell.value, cell.raw, cell.page.map(String.init),
        cell.bbox, cell.origin, cell.confidence.map { String($0) }, cell.inReview ? "1" : "0",
      ]
      out += fields.map { quoted($0 ?? "") }.joined(separator: ",") + "\n"
    }
    return out
  }

  /// One field, quoted when needed.
  public static func quoted(_ field: String) -> String {
    guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else {
      return field
    }
    return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
