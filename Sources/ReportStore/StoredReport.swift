import ReportSchema

/// Everything the database keeps about one input file: a `reports` row and its child rows.
///
/// A failed file has a status of `.failed`, a reason and no child rows. Saving is all or
/// nothing: a report is either fully in the database or not at all.
public struct StoredReport: Sendable, Hashable {
  /// The SHA-256 of the file's bytes, lowercase hex: the same content always has the same id.
  public var id: String
  /// The file's path as given to the batch.
  public var file: String
  public var title: String?
  public var agency: String?
  public var year: Int?
  /// `2021` or `2019`.
  public var format: String?
  public var pages: Int?
  public var status: ReportStatus
  /// Why the file failed or which checks failed, as a sentence; nil when everything passed.
  public var reason: String?
  /// The worker's exit code, when it exited normally.
  public var exitCode: Int?
  /// Wall-clock seconds the worker ran.
  public var seconds: Double?
  /// The JSON written for the report, relative to the output folder.
  public var output: String?
  public var cells: [StoredCell]
  public var sections: [StoredSection]
  public var checks: [StoredCheck]
  /// The SHA-256 of the file's bytes: `id` for a file holding one report, `id` less its `-<n>`
  /// for one report of a compilation.
  public var fileSHA256: String
  /// Its place among a compilation's reports; nil for a file holding one.
  public var place: ReportPosition?

  public init(
    id: String, file: String, title: String? = nil, agency: String? = nil, year: Int? = nil,
    format: String? = nil, pages: Int? = nil, status: ReportStatus, reason: String? = nil,
    exitCode: Int? = nil, seconds: Double? = nil, output: String? = nil, cells: [StoredCell] = [],
    sections: [StoredSection] = [], checks: [StoredCheck] = []
  ) {
    self.id = id
    self.file = file
    self.title = title
    self.agency = agency
    self.year = year
    self.format = format
    self.pages = pages
    self.status = status
    self.reason = reason
    self.exitCode = exitCode
    self.seconds = seconds
    self.output = output
    self.cells = cells
    self.sections = sections
    self.checks = checks
    fileSHA256 = id
  }

  /// The id of report `index` (from 1) of a compilation whose bytes hash to `sha256`.
  public static func id(sha256: String, reportIndex index: Int) -> String { "\(sha256)-\(index)" }

  /// The number of hard cross-checks that failed.
  public var checksFailed: Int { checks.filter { !$0.ok }.count }

  /// The number of cells listed for review.
  public var cellsInReview: Int { cells.filter(\.inReview).count }
}
