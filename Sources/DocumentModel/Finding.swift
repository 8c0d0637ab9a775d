/// Something noticed while reading a report that does not stop the extraction.
///
/// Findings end up in the output's `warnings`. A finding that doubts cells names them in
/// `cells` with a `ReviewCode`, set where the finding is made: the review stage lists those
/// cells from these fields, never from the message, which is presentation only.
public struct Finding: Hashable, Sendable, Codable {
  /// A stable identifier of what was noticed, such as `page.ocr-fallback` or `table.not-found`.
  public var check: String
  /// The page it concerns, counted from 1, when it concerns one.
  public var page: Int?
  /// A sentence for a person.
  public var message: String
  /// The cell paths this finding puts in `review` (empty for a plain warning).
  public var cells: [String]
  /// Why those cells are doubtful; nil for a plain warning.
  public var reviewCode: ReviewCode?
  /// The review reason for each cell: a sentence without the cell path.
  public var reviewReason: String?

  public init(check: String, page: Int? = nil, message: String) {
    self.check = check
    self.page = page
    self.message = message
    self.cells = []
  }

  /// A finding that puts cells in `review`.
  ///
  /// - Parameters:
  ///   - check: what was noticed (`check`).
  ///   - page: the page it concerns, when it concerns one.
  ///   - cells: the cell paths doubted; the message names the first and says how many more.
  ///   - code: why.
  ///   - reason: the review reason for a person, without the cell path.
  public init(check: String, page: Int? = nil, cells: [String], code: ReviewCode, reason: String) {
    self.check = check
    self.page = page
    self.cells = cells
    self.reviewCode = code
    self.reviewReason = reason
    let subject =
      cells.count <= 1 ? (cells.first ?? "") : "\(cells[0]) and \(cells.count - 1) more cell(s)"
    self.message = "\(subject): \(reason)"
  }

  /// The finding as one warning line: `[check] p.N: message`.
  public var line: String {
    "[\(check)]" + (page.map { " p.\($0)" } ?? "") + ": " + message
  }
}

/// Why a cell is listed in `review`: a stable code beside the sentence for a person.
///
/// The codes are output (each review item's `code`) and so public interface: add, never rename.
public enum ReviewCode: String, Hashable, Sendable, Codable, CaseIterable {
  /// The cell takes part in a failed hard cross-check.
  case checkFailed = "check-failed"
  /// The only cross-check covering the cell passed with some of its cells not found (counted
  /// as 0): the sum does not vouch for the cells it did read.
  case checkIncomplete = "check-incomplete"
  /// No located table cell holds this canonical cell (row, column or table not found).
  case notFound = "not-found"
  /// A printed row with values matched no canonical row; the cell may be one of its values.
  case rowUnmapped = "row-unmapped"
  /// The row label could not be read; the row was placed by its position.
  case rowByPosition = "row-by-position"
  /// More than one reading is possible (a merged cell, two cells for one key, one row or three).
  case ambiguous
  /// Printed text that is not a number.
  case unreadable
  /// A number read with a doubtful character (a letter taken for a digit).
  case doubtfulReading = "doubtful-reading"
  /// OCR read it with low confidence.
  case lowConfidence = "low-confidence"
  /// OCR read it and no cross-check covers it.
  case ocrUnchecked = "ocr-unchecked"
  /// Its value was repaired from the cross-sums.
  case repaired
  /// Read from a table printed without rulings (cells placed by text alignment alone) and
  /// covered by no cross-check: nothing confirms it sits in the right cell.
  case unruledUnchecked = "unruled-unchecked"
  /// The report's format could not be told from table 二; the cells of the other format's
  /// table 二 were not read.
  case formatUncertain = "format-uncertain"
  /// Listed without a code (an output written before codes existed).
  case other

  /// Whether the code comes from reading the page (kept as found by `validate`) rather than
  /// from the values, which `validate` recomputes.
  public var isFromReading: Bool {
    switch self {
    case .rowUnmapped, .rowByPosition, .ambiguous, .doubtfulReading, .unruledUnchecked,
      .formatUncertain, .other:
      true
    case .checkFailed, .checkIncomplete, .notFound, .unreadable, .lowConfidence, .ocrUnchecked,
      .repaired:
      false
    }
  }
}
