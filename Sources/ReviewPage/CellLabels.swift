import ReportSchema

/// Short names for cells, for labels drawn inside small table cells on the page images.
///
/// A table-三 cell is about 35 × 17 pt; at 110 dpi a 5 pt label is 7–8 px high, so the column tag
/// must stay within about 6 characters. The full canonical path is in the review page's tooltips.
public enum CellLabels {
  /// Abbreviations of column keys longer than 6 characters.
  static let columnTags: [String: String] = [
    "natural_person": "natural", "commercial": "comm", "research": "resrch", "nonprofit": "nonpro",
    "legal_services": "legal", "in_force": "inforce", "repealed": "repeal", "new_made": "made",
    "new_published": "publ", "total_published": "totpub", "prev_year_items": "prev",
    "decisions": "decis", "total_amount": "amount", "corrected": "correct",
  ]

  /// Abbreviations of the table-四 groups, which share one printed row.
  static let groupTags: [String: String] = [
    "review": "rev", "litigation_direct": "dir", "litigation_after_review": "aft",
  ]

  /// The tag drawn in the cell's corner: its column (with the group, for table 四).
  public static func tag(for key: CellKey) -> String {
    let column = key.column.map { columnTags[$0] ?? $0 } ?? ""
    switch key.table {
    case .reviewLitigation: return (groupTags[key.row] ?? key.row) + "." + column
    case .applications, .proactive: return column
    }
  }

  /// The label drawn left of a printed row's first value cell: the row key (table 四: its name).
  public static func rowLabel(for key: CellKey) -> String {
    key.table == .reviewLitigation ? "review_litigation" : key.row
  }
}
